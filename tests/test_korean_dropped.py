"""Korean sources written as people speak (korean_dropped.py): the subject and particles a speaker
leaves out are left out of some Korean→English training sources, the English stays a function of
the Korean, and what a student types that way is read as those sources."""

from __future__ import annotations

import functools
import random
from collections import defaultdict

import pytest

from models.tasks.everyday import korean, korean_dropped
from models.tasks.everyday.korean_canonical import canonical_for_korean
from models.tasks.everyday.korean_phrases import variants
from models.tasks.everyday.task import TASKS, sampler


@functools.cache
def _pairs(n: int = 30000) -> list:
    rng = random.Random(21)
    task = TASKS["ko-en"]
    out = []
    for _ in range(n):
        sentence = sampler().sentence(rng)
        out.append((sentence, task.realise(sentence, rng)))
    return out


def _words(tokens) -> tuple[str, ...]:
    return tuple(w for w, _, _ in tokens)


def _has_subject(source, i: int = 0) -> bool:
    return any(key.startswith(f"c{i}.s.") for _, key, _ in source)


def test_the_english_of_a_korean_source_is_one_sentence():
    english = defaultdict(set)
    for _, (source, target) in _pairs():
        english[_words(source)].add(_words(target))
    clashes = {src: tgts for src, tgts in english.items() if len(tgts) > 1}
    assert not clashes, list(clashes.items())[:5]


def test_a_subject_is_left_out_only_where_korean_means_the_speaker_or_the_listener():
    """Every source that lost its 나 / 너 is one clause said of a person, *I* in a statement and
    *you* in a question: never 맛있다 *it is delicious*, 책이다 *it is a book*, 춥다 (weather), 책이
    있다 *there is a book*, nor the second clause of 그는 피곤해서 잤다 (its subject is 그)."""
    rng, dropped = random.Random(5), 0
    for _ in range(4000):
        sentence = canonical_for_korean(sampler().sentence(rng))
        with variants(rng):
            full = korean.sentence_tokens(sentence)
        forced = _forced(full, sentence, rng)
        for i, clause in enumerate(sentence.clauses):
            if _has_subject(full, i) and not _has_subject(forced, i):
                dropped += 1
                said = [c for c in sentence.clauses if c.kind != "expression"]
                assert said == [clause], _words(forced)
                assert korean_dropped._said_of_a_person(clause), _words(forced)
                assert clause.subject.head.en == ("i" if clause.mood == "statement" else "you"), _words(forced)
    assert dropped > 100


def _forced(tokens, sentence, rng):
    """`drop` with every rate at 1: whatever may be left out, left out."""
    rates = {name: getattr(korean_dropped, name) for name in dir(korean_dropped) if name.startswith("DROP_")}
    try:
        for name in rates:
            setattr(korean_dropped, name, 1.0)
        return korean_dropped.drop(tokens, sentence, rng)
    finally:
        for name, rate in rates.items():
            setattr(korean_dropped, name, rate)


def test_drop_rates_are_the_ones_the_readme_gives():
    """A third of the subjects that may go, 13% of object particles, 30% of 어디's 에 (measured)."""
    eligible = subject_gone = objects = object_bare = where = where_bare = 0
    for sentence, (source, target) in _pairs():
        said = [c for c in sentence.clauses if c.kind != "expression"]
        clause = said[0] if len(said) == 1 else None
        if clause is not None and clause.kind == "action" and clause.mood == "statement" and _words(target)[:1] == ("i",):
            i = sentence.clauses.index(clause)
            eligible += clause.subject is not None and clause.subject.head.en == "i" and clause.subject.coordinated is None
            subject_gone += not _has_subject(source, i)
        for j, (word, key, _) in enumerate(source[:-1]):
            following, next_key = source[j + 1][0], source[j + 1][1]
            case = key[: -len("noun")] + "case"
            if key.endswith(".o.noun") and (next_key == case or not next_key.startswith(case[: -len("case")])):
                objects += following in ("-을", "-를") or following[0] not in "-~"
                object_bare += following[0] not in "-~"
            if word == "어디" and key.endswith(".wh") and following != "-에서":
                where += 1
                where_bare += following != "-에"
    assert abs(subject_gone / eligible - korean_dropped.DROP_SUBJECT) < 0.07, (subject_gone, eligible)
    assert 0.07 < object_bare / objects < 0.2, (object_bare, objects)
    assert 0.15 < where_bare / where < 0.45, (where_bare, where)


def test_targets_keep_every_word_and_only_korean_sources_drop(monkeypatch):
    """The English→Korean models learn whole sentences; Korean→English sources go through `drop`."""
    calls = []
    monkeypatch.setattr(korean_dropped, "drop", lambda tokens, sentence, rng: calls.append(1) or tokens)
    rng = random.Random(3)
    for _ in range(300):
        sentence = sampler().sentence(rng)
        _, korean_target = TASKS["en-ko"].realise(sentence, rng)
        assert korean_target == korean.sentence_tokens(sentence)
        TASKS["en-fr"].realise(sentence, rng)
    assert not calls
    TASKS["ko-en"].realise(sampler().sentence(rng), rng)
    assert calls == [1]


# Typed as spoken → the tokens read; and training sources with no subject (or, for 나 학교에 가,
# with 나 bare) that hold a window of the same words (`*`: any noun or verb; `^`: the sentence starts
# there), whose English has the words given.
SPOKEN = [
    ("밥 먹었어", ["밥", "먹", "~었다"], ("*", "*", "~었다"), ("i",)),
    ("밥 먹었어?", ["밥", "먹", "~었니"], ("*", "*", "~었니"), ("did", "you")),
    ("뭐 먹었어?", ["무엇", "먹", "~었니"], ("무엇", "*"), ("what", "you")),
    ("어디 가?", ["어디", "가", "~니"], ("어디", "*"), ("where", "you")),
    ("배고파", ["배고프", "~다"], ("*", "~다"), ("i", "am")),
    ("나 학교에 가", ["나", "학교", "-에", "가", "~ㄴ다"], ("^", "나", "*"), ("i",)),
]


@pytest.mark.parametrize("typed, tokens, window, english", SPOKEN)
def test_spoken_korean_reads_as_the_sources_it_was_trained_on(typed, tokens, window, english):
    assert TASKS["ko-en"].tokenize(typed) == tokens
    assert _matches(window, tokens)
    subject_kept = tokens[0] == "나"
    found = [
        _words(target)
        for _, (source, target) in _pairs()
        if _matches(window, _words(source))
        and _has_subject(source) == subject_kept
        and _words(target)[:1] == english[:1]
        and set(english) <= set(_words(target)[:4])
    ]
    assert found, window


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


@pytest.mark.parametrize(
    "source, target, who",
    [
        (["밥", "먹", "~었니", "</s>"], ["did", "you", "eat", "rice", "</s>"], ["you"]),
        (["사랑하", "~ㄴ다"], ["I", "love", "you"], ["i", "you"]),
        (["너", "-를", "사랑하", "~ㄴ다"], ["i", "love", "you"], ["i"]),
        (["나", "-는", "너", "-를", "사랑하", "~ㄴ다"], ["i", "love", "you"], []),
        (["너희", "-는", "학생", "-이다"], ["you", "are", "students"], []),
        (["고양이", "-가", "잔다"], ["the", "cat", "sleeps"], []),
        # the English of a set expression is no understood subject
        (["고마워", "</s>"], ["thank", "you", "</s>"], []),
        (["내일 봐"], ["see", "you", "tomorrow"], []),
        (["잘 지내", "고마워"], ["i", "am", "fine", "thank", "you"], []),
        (["고마워", "밥", "먹", "~었니"], ["thank", "you", ",", "did", "you", "eat"], ["you"]),
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
