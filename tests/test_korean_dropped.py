"""Korean sources written as people speak (korean_dropped.py): the subject and particles a speaker
leaves out are left out of some Korean→English training sources, the English stays a function of
the Korean, and what a student types that way is read as those sources."""

from __future__ import annotations

import functools
import random
from collections import defaultdict

import pytest

from models.tasks.everyday import korean_dropped
from models.tasks.everyday.task import TASKS, sampler


@functools.cache
def _pairs(n: int = 20000) -> list:
    rng = random.Random(21)
    task = TASKS["ko-en"]
    out = []
    for _ in range(n):
        sentence = sampler().sentence(rng)
        out.append((sentence, task.realise(sentence, rng)))
    return out


def _words(tokens) -> tuple[str, ...]:
    return tuple(w for w, _, _ in tokens)


def test_the_english_of_a_korean_source_is_one_sentence():
    """A statement without a subject is always *I*, a question without one *you*: never a weather
    adjective (춥다 "it is cold") or 있다 (책이 있다 "there is a book")."""
    english = defaultdict(set)
    for _, (source, target) in _pairs():
        english[_words(source)].add(_words(target))
    clashes = {src: tgts for src, tgts in english.items() if len(tgts) > 1}
    assert not clashes, list(clashes.items())[:5]


def test_some_sources_leave_out_the_speaker_the_listener_and_particles():
    dropped_i = dropped_you = object_bare = 0
    for sentence, (source, target) in _pairs():
        words = _words(source)
        english = _words(target)
        has_subject = any(key.startswith("c0.s.") for _, key, _ in source)
        if english[:1] == ("i",) and not has_subject and sentence.clauses[0].mood == "statement":
            dropped_i += 1
        if not has_subject and sentence.clauses[0].mood == "yes_no" and "you" in english[:3]:
            dropped_you += 1
        object_bare += any(key.endswith(".o.noun") for _, key, _ in source) and not any(w in ("-을", "-를") for w in words)
    assert dropped_i > 100 and dropped_you > 20 and object_bare > 200, (dropped_i, dropped_you, object_bare)


def test_targets_and_other_tasks_keep_every_word(monkeypatch):
    """Only Korean *sources* drop words: the English→Korean models learn full sentences."""

    def never(*args):
        raise AssertionError("a Korean target went through korean_dropped")

    monkeypatch.setattr(korean_dropped, "drop", never)
    rng = random.Random(3)
    for _ in range(500):
        sentence = sampler().sentence(rng)
        for name in ("en-ko", "en-fr"):
            TASKS[name].realise(sentence, rng)


# Typed as spoken → the tokens read, and a window of them (`*`: any noun or verb; `^`: the sentence
# starts there) that Korean→English training sources hold.
SPOKEN = [
    ("밥 먹었어", ["밥", "먹", "~었다"], ("^", "*", "*", "~었다")),
    ("밥 먹었어?", ["밥", "먹", "~었니"], ("^", "*", "*", "~었니")),
    ("뭐 먹었어?", ["무엇", "먹", "~었니"], ("무엇", "*")),
    ("어디 가?", ["어디", "가", "~니"], ("어디", "*")),
    ("나 학교에 가", ["나", "학교", "-에", "가", "~ㄴ다"], ("^", "나", "*")),
    ("배고파", ["배고프", "~다"], ("^", "*", "~다")),
]


@pytest.mark.parametrize("typed, tokens, window", SPOKEN)
def test_spoken_korean_reads_as_the_sources_it_was_trained_on(typed, tokens, window):
    assert TASKS["ko-en"].tokenize(typed) == tokens
    assert _matches(window, tokens)
    assert any(_matches(window, _words(source)) for _, (source, _) in _pairs()), window


def _matches(window: tuple[str, ...], words) -> bool:
    anchored = window[0] == "^"
    window = window[1:] if anchored else window
    starts = [0] if anchored else range(len(words) - len(window) + 1)
    return any(
        all(_fits(p, w) for p, w in zip(window, words[i : i + len(window)], strict=True))
        for i in starts
        if i + len(window) <= len(words)
    )


def _fits(pattern: str, word: str) -> bool:
    return word[0] not in "-~" if pattern == "*" else word == pattern


def test_drop_rates_are_what_the_module_says():
    assert 0 < korean_dropped.DROP_SUBJECT_PARTICLE < korean_dropped.DROP_OBJECT_PARTICLE < korean_dropped.DROP_SUBJECT < 0.5


@pytest.mark.parametrize(
    "source, target, who",
    [
        (["밥", "먹", "~었니", "</s>"], ["did", "you", "eat", "rice", "</s>"], ["you"]),
        (["사랑하", "~ㄴ다"], ["I", "love", "you"], ["i", "you"]),
        (["너", "-를", "사랑하", "~ㄴ다"], ["i", "love", "you"], ["i"]),
        (["나", "-는", "너", "-를", "사랑하", "~ㄴ다"], ["i", "love", "you"], []),
        (["고양이", "-가", "잔다"], ["the", "cat", "sleeps"], []),
    ],
)
def test_the_person_the_korean_leaves_unsaid_is_named(source, target, who):
    assert korean_dropped.understood_subjects(source, target) == who


def test_the_source_note_says_who_korean_left_unsaid():
    """The app's note under the source (ui/widgets.py), for Korean→English only."""
    from types import SimpleNamespace

    from ui.widgets import input_notes

    result = SimpleNamespace(
        truncated=False, unknown=[], src_tokens=["밥", "먹", "~었니", "</s>"], tgt_tokens=["did", "you", "eat"]
    )
    notes = input_notes(result, "ko-en")
    assert [kind for kind, _ in notes] == ["info"] and "*you*" in notes[0][1]
    assert input_notes(result, "en-ko") == []
