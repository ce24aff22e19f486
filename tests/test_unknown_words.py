"""The interface for words a model does not know: "did you mean" buttons, the list of words the
model knows, the everyday example chips, and Korean → English first on the Korean interface."""

import json

import pytest
from streamlit.testing.v1 import AppTest

from models.tasks.everyday.known_words import CLASSES
from tests.conftest import ROOT, open_page

TYPING_PAGES = ["pages/alignment.py", "pages/steps.py", "pages/transformer.py"]


def _app(page: str, **params) -> AppTest:
    return open_page(page, default_timeout=120, **params)


@pytest.mark.parametrize("page", TYPING_PAGES)
def test_an_unknown_word_gets_a_suggestion_and_clicking_it_fixes_the_sentence(page):
    at = _app(page, task="en-fr")
    at.text_input(key="text").set_value("I am a studnet").run()
    assert not at.exception, at.exception
    assert any("studnet" in w.value for w in at.warning)  # still flagged as unknown
    pills = at.button_group(key="suggest.0")
    assert "student" in pills.options
    pills.set_value("student").run()
    assert not at.exception, at.exception
    assert at.text_input(key="text").value == "I am a student"
    assert "text" not in at.query_params  # the default sentence: left out of the link
    assert not any("unknown" in w.value for w in at.warning)


def test_a_capitalised_typo_keeps_its_capital_and_punctuation():
    at = _app(TYPING_PAGES[0], task="en-ko")
    at.text_input(key="text").set_value("Teh cat sleeps.").run()
    pills = at.button_group(key="suggest.0")
    assert pills.options[0] == "The"
    pills.set_value("The").run()
    assert at.text_input(key="text").value == "The cat sleeps."
    assert at.query_params["text"] == "The cat sleeps."  # the link follows


def test_hostile_unknown_words_give_no_exception():
    at = _app(TYPING_PAGES[0], task="en-fr")
    for text in ["<b>studnet</b>", "**studnet** [x](https://example.com)", "x" * 300, "studnet " * 40, "고앙이가 잔다"]:
        at.text_input(key="text").set_value(text).run()
        assert not at.exception, (text, at.exception)


def test_character_models_get_no_suggestions_nor_word_list():
    at = _app(TYPING_PAGES[0], task="dates")
    at.text_input(key="text").set_value("22 novembr 2026").run()
    assert not at.exception
    assert not [g for g in at.get("button_group") if "suggest" in g.id]
    assert not [e for e in at.expander if e.label == "Words this model knows"]


def test_the_known_words_list_filters_by_word_and_by_class():
    at = _app(TYPING_PAGES[0], task="en-fr", known="stud")
    assert not at.exception, at.exception
    assert [e for e in at.expander if e.label == "Words this model knows"]
    table = at.dataframe[0].value
    assert "student" in list(table["Word"]) and all("stud" in w for w in table["Word"])
    at.text_input(key="known").set_value("adjective").run()
    table = at.dataframe[0].value
    assert len(table) > 3 and set(table["Part of speech"]) == {"adjective"}
    assert at.query_params["known"] == "adjective"


def test_the_known_words_list_speaks_korean():
    at = _app(TYPING_PAGES[2], task="en-ko", lang="ko", known="명사")
    assert not at.exception, at.exception
    table = at.dataframe[0].value
    assert len(table) > 3 and set(table["품사"]) == {"명사"}


@pytest.mark.parametrize("page", TYPING_PAGES)
def test_example_chips_are_everyday_sentences_with_the_seed_first(page):
    at = _app(page, task="en-fr")
    chips = at.button_group(key="example")
    assert chips.options[0] == "I am a student"
    assert {"I love you", "Where do you live?"} <= set(chips.options)
    chips.set_value("I love you").run()
    assert at.text_input(key="text").value == "I love you"


def test_korean_to_english_comes_first_on_the_korean_interface():
    """Works once a ko-en model ships: the task picker lists it first in Korean, not in English."""
    from ui import widgets

    shipped = ("dates", "en-fr", "en-ko", "ko-en")
    assert widgets.in_offered_order(shipped, "ko") == ("ko-en", "dates", "en-fr", "en-ko")
    assert widgets.in_offered_order(shipped, "en") == shipped
    assert widgets.in_offered_order(("dates", "en-fr"), "ko") == ("dates", "en-fr")
    assert widgets.TASK.default() == "en-fr"  # the same default in both languages: links stay portable
    assert widgets.examples("ko-en")[0] == "나는 학생이다"
    assert widgets.examples("en-ko")[0] == widgets.examples("en-fr")[0] == "I am a student"


def test_every_word_class_is_translated():
    for lang in ("en", "ko"):
        catalog = json.loads((ROOT / "locales" / f"{lang}.json").read_text(encoding="utf-8"))
        assert {f"word_class_{c}" for c in CLASSES} <= set(catalog), lang
        assert "task_ko-en" in catalog


def test_a_korean_source_suggests_written_words():
    """A ko-en model (none may be shipped yet): the typed word with its particle is corrected whole."""
    from types import SimpleNamespace

    from models.nn.vocab import Vocab
    from models.tasks.everyday.task import TASKS
    from ui import vocabulary

    task = TASKS["ko-en"]
    runner = SimpleNamespace(name="test-ko-en", task=task, src_vocab=Vocab(task.tokenize("고양이가 잔다 나는 학생이다")))
    assert vocabulary.source_language(runner) == "ko"
    assert vocabulary.unknown_spans("고앙이가 잔다?", runner) == [(0, 4, "고앙이가")]
    assert vocabulary._suggest(runner.name, len(runner.src_vocab), "ko", "고앙이가", runner)[0] == "고양이가"
    assert vocabulary.known_words(runner)["먹었다"] == "verb"  # written forms, not the model's stems
