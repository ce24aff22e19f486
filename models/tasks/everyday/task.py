"""The everyday translation tasks: en-fr, en-ko and ko-en, all from the same sentence trees.

task = TASKS["ko-en"]
pair = task.pairs("train")[0]      # Pair(src, tgt, sure, possible): gold links by shared key
task.tokenize("고양이가 잔다")       # ['고양이', '-가', '잔다']
"""

from __future__ import annotations

import functools
import random
from collections.abc import Container
from dataclasses import dataclass

from models.tasks.base import Pair, Task, gold_links
from models.tasks.everyday import (
    english,
    expressions,
    french,
    french_words,
    korean,
    korean_dropped,
    korean_phrases,
    set_phrases,
    tokenize,
)
from models.tasks.everyday.korean_canonical import canonical_for_korean
from models.tasks.everyday.lexicon import load
from models.tasks.everyday.sampler import Sampler
from models.tasks.everyday.tree import Sentence, Token

MAX_SOURCE_TOKENS = 40  # longer input is cut, and the app says so
REALISERS = {"en": english.sentence_tokens, "fr": french.sentence_tokens, "ko": korean.sentence_tokens}


@functools.cache
def sampler() -> Sampler:
    return Sampler(load())


@dataclass(frozen=True)
class EverydayTask(Task):
    """A Task whose pairs come from the everyday grammar; `name` is "<source>-<target>"."""

    @property
    def languages(self) -> tuple[str, str]:
        src, tgt = self.name.split("-")
        return src, tgt

    def realise(self, sentence: Sentence, rng: random.Random | None = None) -> tuple[list[Token], list[Token]]:
        """Source and target words; with `rng`, a Korean source is written in one of its correct variants."""
        src, tgt = self.languages
        if src == "ko":
            sentence = canonical_for_korean(sentence)  # English must be a function of the Korean
            if rng is not None:
                with korean_phrases.variants(rng):
                    source = korean_dropped.drop(REALISERS[src](sentence), sentence, rng)  # 밥 먹었어
                    return _read(source), REALISERS[tgt](sentence)
        return _read(REALISERS[src](sentence)), REALISERS[tgt](sentence)

    def sample(self, rng: random.Random) -> Pair:
        sentence = sampler().sentence(rng)
        source, target = self.realise(sentence, rng)
        sure, possible = gold_links([key for _, key, _ in source], target)
        return Pair(tuple(w for w, _, _ in source), tuple(w for w, _, _ in target), sure, possible, set_phrases.closed(sentence))

    def tokenize(self, text: str, known: Container[str] | None = None) -> list[str]:
        expression = expressions.read(text, self.languages[0])  # hello, 감사합니다: read whole
        if expression is not None:
            return expression
        lead, text = expressions.split(text, self.languages[0])  # hello, my name is Tom
        if lead and (second := expressions.read(text, self.languages[0])) is not None:
            return lead + second  # 안녕하세요, 만나서 반가워요: two expressions, each read whole
        if self.languages[0] == "ko":
            known = _known_words(self) if known is None else known
            return lead + tokenize.korean(text, _Without(known, expressions.korean_words()))
        words = tokenize.english(text)
        return lead + (words if known is None else [_as_known(w, known) for w in words])

    def detokenize(self, tokens: list[str]) -> str:
        tgt = self.languages[1]
        if tgt == "fr":
            return french_words.join(tokens)
        if tgt == "ko":
            return korean_phrases.join(tokens)
        return tokenize.join_english(tokens, _capitalised())


def _read(source: list[Token]) -> list[Token]:
    """A source as the readers give it: typed text is read without its commas (coordination.py)."""
    return [t for t in source if t[0] != ","]


class _Without:
    """`known` less `words`: 안녕 and 나도 are tokens of expressions only, so a typed word is never
    read as one (나도 간다 is 나 -도 간다)."""

    def __init__(self, known: Container[str], words: frozenset[str]):
        self.known, self.words = known, words

    def __contains__(self, word: object) -> bool:
        return word not in self.words and word in self.known


def _as_known(word: str, known: Container[str]) -> str:
    """A plural the model never saw is read as its singular (hands → hand: 손을 씻어라)."""
    singular = _singulars().get(word)
    return singular if word not in known and singular in known else word


@functools.cache
def _singulars() -> dict[str, str]:
    return {n.en_plural: n.en for n in load().nouns if n.en_plural != n.en}


@functools.cache
def _known_words(task: EverydayTask) -> frozenset[str]:
    return frozenset(task.source_vocabulary())


@functools.cache
def _capitalised() -> dict[str, str]:
    return {n.en: n.en.capitalize() for n in load().names}


# Korean→English draws more training pairs: its source has the most forms (particles by final
# consonant, variants a student writes), and at 200,000 some lexicon words (생일) never came up.
# Training keeps repeated sentences (base.py): about one pair in nine is a repeat, so each split
# draws that much more to keep as many different sentences as when it held each once.
TASKS = {
    name: EverydayTask(name, "word", MAX_SOURCE_TOKENS, (train, 1000, 2000), seed=seed, train_repeats=True)
    for name, seed, train in (("en-fr", 12, 225_000), ("en-ko", 13, 225_000), ("ko-en", 14, 340_000))
}
