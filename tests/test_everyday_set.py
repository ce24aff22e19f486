"""The hand-written everyday test set is well formed, and its scoring behaves as documented."""

from __future__ import annotations

from collections import Counter

from models.tasks.everyday import reference_set as rs

CONSTRUCTIONS = (
    "pronoun possessive determiner number there-is this-is be-adj be-noun present progressive past future-will going-to "
    "modal negation yes-no-question wh-question imperative adverb place-time weather coordination name expression "
    "spoken-korean"
).split()


def test_at_least_300_sentences_over_every_construction():
    examples = rs.read()
    assert len(examples) >= 300
    assert len({e.id for e in examples}) == len(examples)
    counts = Counter(e.construction for e in examples)
    assert set(counts) == set(CONSTRUCTIONS)
    assert min(counts.values()) >= 10, counts
    for e in examples:
        assert all(all(v for v in e.references[lang]) for lang in ("en", "fr", "ko")), e.id


def test_exact_match_ignores_case_spacing_and_final_punctuation():
    assert rs.exact("je t'aime", ("Je t'aime.",))
    assert rs.exact("tu aimes les chats", ("Tu aimes les chats ?",))
    assert rs.exact("J’ai un chat", ("j'ai un chat",))
    assert not rs.exact("je t'aime", ("Je vous aime.",))


def test_chrf():
    assert rs.chrf("le chat", "le chat") == 100.0
    assert rs.chrf("xyz", "le chat") == 0.0
    near = rs.chrf("le chats", "le chat")
    assert 70 < near < 100
    assert rs.best_chrf("le chat", ("un chien", "le chat")) == 100.0
