"""Expressions (hello, thank you, see you tomorrow): every row is complete, every typed form reads as
its row and no other, and an expression's Korean token is never one of the grammar's words."""

from __future__ import annotations

import random

import pytest

from models.tasks.everyday import expressions, set_phrases
from models.tasks.everyday.task import TASKS, sampler
from models.tasks.everyday.tree import Clause, Sentence

ROWS = expressions.load()


def _sentence(e: expressions.Expression) -> Sentence:
    return Sentence([Clause("expression", None, expression=e)])


def _source(task: str, e: expressions.Expression) -> list[str]:
    return [w for w, _, _ in TASKS[task].realise(_sentence(e))[0]]


def test_rows_are_complete_and_forms_belong_to_one_row():
    assert len(ROWS) >= 20
    for language, forms in (("en", lambda e: (e.en, *e.en_typed)), ("ko", lambda e: (e.ko, *e.ko_typed))):
        owner: dict[str, str] = {}
        for e in ROWS:
            assert e.en and e.fr and e.ko, e
            for form in forms(e):
                key = expressions._key(form, language)
                assert owner.setdefault(key, e.en) == e.en, f"{form!r} is typed for {owner[key]!r} and {e.en!r}"


@pytest.mark.parametrize("e", ROWS, ids=lambda e: e.en)
def test_every_typed_form_reads_as_its_row(e):
    english = _source("en-fr", e)
    assert english == _source("en-ko", e)
    for form in (e.en, *e.en_typed):
        assert TASKS["en-fr"].tokenize(form.capitalize() + "!") == english, form
    korean = _source("ko-en", e)
    assert "," not in korean  # a source is read without its commas
    for form in (e.ko, *e.ko_typed):
        assert TASKS["ko-en"].tokenize(form + ".") == korean, form
        assert TASKS["ko-en"].tokenize(form.replace(" ", "")) == korean, form  # typed without its spaces
        assert expressions.read(form + "?", "ko") is None, form  # a question is not an expression (잘 지내?)


@pytest.mark.parametrize("e", ROWS, ids=lambda e: e.en)
def test_realised_in_three_languages_with_one_key(e):
    sentence = _sentence(e)
    assert set_phrases.closed(sentence)  # trained on always, never held out
    for task in ("en-fr", "en-ko", "ko-en"):
        source, target = TASKS[task].realise(sentence)
        assert {key for _, key, _ in source + target} == {"c0.expr"}
    assert TASKS["en-fr"].detokenize([w for w, _, _ in TASKS["en-fr"].realise(sentence)[1]]) == e.fr
    assert TASKS["en-ko"].detokenize([w for w, _, _ in TASKS["en-ko"].realise(sentence)[1]]) == e.ko


def test_korean_expression_tokens_are_not_the_grammars_words():
    rng = random.Random(7)
    grammar: set[str] = set()
    drawn = 0
    while drawn < 4000:
        sentence = sampler().sentence(rng)
        if any(c.kind == "expression" for c in sentence.clauses):
            continue
        drawn += 1
        grammar |= {w for w, _, _ in TASKS["en-ko"].realise(sentence)[1]}
    assert not (expressions.korean_words() & grammar)


def test_an_expression_word_inside_a_sentence_is_read_as_the_grammar_reads_it():
    tokens = TASKS["ko-en"].tokenize("나도 학교에 간다")
    assert "나도" not in tokens and tokens[-2:] == ["가", "~ㄴ다"]
    assert TASKS["ko-en"].tokenize("안녕 나는 학생이다")[:3] == ["안녕", "나", "-는"]  # hello leads a sentence; me too does not


def test_the_sampler_draws_every_expression():
    rng = random.Random(3)
    seen = set()
    for _ in range(30000):
        clause = sampler().sentence(rng).clauses[0]
        if clause.kind == "expression":
            seen.add(clause.expression.en)
    assert seen == {e.en for e in ROWS}


def test_a_sentence_after_an_expression_reads_back_as_drawn():
    """Hello, my name is Tom: the expression, a comma only in the target, and the sentence."""
    rng = random.Random(11)
    drawn, back = 0, {"en-fr": 0, "ko-en": 0}
    while drawn < 150:
        sentence = sampler().sentence(rng)
        if sentence.conjunction != ",":
            continue
        drawn += 1
        assert sentence.clauses[0].expression.en in expressions.LEADS
        for task in back:
            source, target = TASKS[task].realise(sentence)
            assert "," not in [w for w, _, _ in source] and "," in [w for w, _, _ in target]
            words = [w for w, _, _ in source]
            lead = len([t for t in source if t[1] == "c0.expr"])
            rest = " ".join(words[lead:]) if task == "en-fr" else TASKS["en-ko"].detokenize(words[lead:])
            typed = " ".join(words[:lead]) + ", " + rest
            back[task] += TASKS[task].tokenize(typed) == words
    assert back["en-fr"] >= 0.98 * drawn and back["ko-en"] >= 0.95 * drawn, back


def test_no_leads_only_before_a_comma():
    assert TASKS["en-fr"].tokenize("no one came") == ["no", "one", "came"]
    assert TASKS["en-fr"].tokenize("Nope, I don't like it")[:2] == ["no", "i"]
    assert TASKS["en-fr"].tokenize("hi I'm Tom") == ["hello", "i", "am", "tom"]
