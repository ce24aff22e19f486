"""What a translation model can read: its words by class, and "did you mean" for an unknown word.

Word classes come from the grammar itself: every realised word carries the key of the tree part
it expresses (`c0.s.noun`, `c0.verb`, `c0.adj`…), so drawing sentences and reading the keys gives
each surface form its class, in every language, without a tagger.
"""

from __future__ import annotations

import functools
import random
from collections import Counter

from models.tasks.everyday import english, french, hangul, korean, korean_phrases
from models.tasks.everyday.korean_canonical import canonical_for_korean
from models.tasks.everyday.lexicon import load
from models.tasks.everyday.sampler import Sampler

CLASSES = ("noun", "verb", "adjective", "adverb", "time", "pronoun", "name", "determiner", "preposition", "question")
CLASSES += ("expression", "other")
_REALISERS = {"en": english.sentence_tokens, "fr": french.sentence_tokens, "ko": korean.sentence_tokens}


def _class_of(key: str, word: str, names: set[str], pronouns: set[str]) -> str:
    part = key.split(".")[-1]
    if word in names:
        return "name"
    if word in pronouns:
        return "pronoun"
    if part == "noun":
        return "noun"
    if part in ("verb", "be", "modal", "tense", "lets"):
        return "verb"
    if part.startswith("adj"):
        return "adjective"
    if part in ("adv", "deg"):
        return "adverb"
    if part == "time":
        return "time"
    if part == "det":
        return "determiner"
    if part in ("prep", "with"):
        return "preposition"
    if part in ("wh", "q"):
        return "question"
    if part == "expr":
        return "expression"
    return "other"


def word_classes(language: str) -> dict[str, str]:
    """Surface word → its most frequent class in `language` ("en", "fr" or "ko"); deterministic."""
    return {word: counts.most_common(1)[0][0] for word, counts in _votes(language).items()}


def word_counts(language: str) -> dict[str, int]:
    """How often each word occurs in a fixed sample of the grammar: a tie-break for suggestions."""
    return {word: sum(counts.values()) for word, counts in _votes(language).items()}


@functools.cache
def _votes(language: str, sentences: int = 20_000) -> dict[str, Counter]:
    lex = load()
    names = {getattr(n, language, n.en) for n in lex.names} | {n.en for n in lex.names}
    pronouns = (
        {p.en for p in lex.pronouns}
        | {p.en_obj for p in lex.pronouns}
        | {p.fr for p in lex.pronouns}
        | {p.ko for p in lex.pronouns}
    )
    sampler, rng = Sampler(lex), random.Random(0)
    votes: dict[str, Counter] = {}
    for _ in range(sentences):
        sentence = sampler.sentence(rng)
        if language == "ko":
            sentence = canonical_for_korean(sentence)
        for word, key in _written_words(_REALISERS[language](sentence)):
            if any(ch.isalnum() for ch in word):  # not the comma between the parts of a list (빵, 우유, 달걀)
                votes.setdefault(word, Counter())[_class_of(key, word, names, pronouns)] += 1
    return votes


def _written_words(tokens) -> list[tuple[str, str]]:
    """Tokens as the words a person writes, each with its first token's key: Korean stems take
    their endings and nouns their particles back (마시 ~었다 → 마셨다, 물 -을 → 물을)."""
    words: list[tuple[list[str], str]] = []
    for word, key, _also in tokens:
        if word.startswith(("-", "~")) and words:
            words[-1][0].append(word)
        else:
            words.append(([word], key))
    return [(korean_phrases.join(parts) if len(parts) > 1 else parts[0], key) for parts, key in words]


def edit_distance(a: str, b: str, limit: int = 3) -> int:
    """Levenshtein distance with adjacent swaps (Damerau), stopping early once it exceeds `limit`."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2, previous = None, list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        row = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            row[j] = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (ca != cb))
            if previous2 is not None and i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                row[j] = min(row[j], previous2[j - 2] + 1)
        if min(row) > limit:
            return limit + 1
        previous2, previous = previous, row
    return previous[-1]


def _guess_class(word: str) -> str | None:
    """An English word's class from its ending, when the word itself is unknown (runnning → verb)."""
    if word.endswith(("ing", "ed")):
        return "verb"
    if word.endswith("ly"):
        return "adverb"
    return None


def _letters(word: str) -> str:
    """Hangul as its letters (jamo), so 먹엇다 is one letter from 먹었다, not one syllable from 먹는다."""
    out = []
    for ch in word:
        if hangul.is_syllable(ch):
            initial, vowel, final = hangul.split(ch)
            out += [chr(0x1100 + initial), vowel, final]
        else:
            out.append(ch)
    return "".join(out)


def suggest(
    word: str, known: set[str], classes: dict[str, str] | None = None, counts: dict[str, int] | None = None, limit: int = 3
) -> list[str]:
    """Known words closest to `word` by edit distance; among equals the same class first, then the more frequent.

    Distance allowed grows with length: 1 edit for words of up to 4 letters, 2 up to 8, then 3.
    """
    if not any(ch.isalpha() for ch in word):
        return []  # 1, 😀, <: no word is a spelling of them
    classes, counts = classes or {}, counts or {}
    spelled = _letters(word)
    allowed = 1 if len(spelled) <= 4 else 2 if len(spelled) <= 8 else 3
    guess = _guess_class(word)
    scored = []
    for candidate in known:
        if candidate.startswith(("<", "-")) or candidate == word:
            continue
        d = edit_distance(spelled, _letters(candidate), allowed)
        if d <= allowed:
            same_class = guess is not None and classes.get(candidate) == guess
            scored.append((d, not same_class, -counts.get(candidate, 0), candidate))
    return [c for *_, c in sorted(scored)[:limit]]
