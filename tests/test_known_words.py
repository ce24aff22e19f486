"""'Did you mean' suggestions and the words a model knows, by class."""

from __future__ import annotations

from models.tasks.everyday import known_words as kw


def test_edit_distance_counts_swaps_as_one():
    assert kw.edit_distance("teh", "the") == 1
    assert kw.edit_distance("studnet", "student") == 1
    assert kw.edit_distance("cat", "dog") == 3
    assert kw.edit_distance("a", "abcdefgh", limit=2) == 3  # stops early past the limit


def test_english_misspellings_get_the_intended_word_first():
    classes, counts = kw.word_classes("en"), kw.word_counts("en")
    known = set(classes)
    for typo, meant in [("yesterdy", "yesterday"), ("teh", "the"), ("studnet", "student"), ("beautful", "beautiful")]:
        assert kw.suggest(typo, known, classes, counts)[0] == meant, typo
    assert kw.suggest("xqzvw", known, classes, counts) == []


def test_korean_suggestions_compare_letters_not_syllables():
    classes, counts = kw.word_classes("ko"), kw.word_counts("ko")
    assert kw.suggest("먹엇다", set(classes), classes, counts)[0] == "먹었다"
    assert kw.suggest("고앙이", set(classes), classes, counts)[0] == "고양이"


def test_every_word_has_a_class():
    classes = kw.word_classes("en")
    assert classes["cat"] == "noun" and classes["eat"] == "verb" and classes["red"] == "adjective"
    assert set(classes.values()) <= set(kw.CLASSES)


def test_punctuation_is_never_a_suggestion():
    """A list's commas are written in the target (빵, 우유, 달걀), but no word is offered for 1 or 😀."""
    for language in ("en", "ko"):
        classes, counts = kw.word_classes(language), kw.word_counts(language)
        assert "," not in classes
        assert kw.suggest("1", set(classes), classes, counts) == kw.suggest("😀", set(classes), classes, counts) == []
