"""Translation tasks with gold alignments: `dates`, `en-fr`, `en-ko`.

task = get_task("en-fr")
task.pairs("train")          # deterministic; train/validation/test never share a sentence
task.tokenize("I'm a student")  # ['i', 'am', 'a', 'student']
task.source_vocabulary()     # every word the grammar can write
"""

from __future__ import annotations

import functools
import hashlib
import random
import re
from dataclasses import dataclass

from models.tasks import dates, en_fr, en_ko, sentences, sequences

SPLITS = ("train", "validation", "test")
TASK_NAMES = ("dates", "en-fr", "en-ko")  # the tasks with shipped models
TRAINABLE_TASKS = TASK_NAMES + ("copy", "reverse")  # what the Train page offers


@dataclass(frozen=True)
class Pair:
    src: tuple[str, ...]
    tgt: tuple[str, ...]
    sure: frozenset[tuple[int, int]]  # gold links (target position, source position)
    possible: frozenset[tuple[int, int]]  # sure links plus acceptable ones


def split_of(src: tuple[str, ...]) -> str:
    """A sentence's split is a hash of its text, so no sentence can sit in two splits."""
    bucket = hashlib.sha1("\x1f".join(src).encode()).digest()[0] % 20
    return "test" if bucket == 0 else "validation" if bucket == 1 else "train"


_CONTRACTIONS = {
    "i'm": "i am",
    "you're": "you are",
    "he's": "he is",
    "she's": "she is",
    "we're": "we are",
    "they're": "they are",
    "isn't": "is not",
    "aren't": "are not",
    "don't": "do not",
    "doesn't": "does not",
    "'m": " am",
}


@dataclass(frozen=True)
class Task:
    name: str
    unit: str  # "char" or "word": what one token is
    max_source_tokens: int  # longer input is cut, and the app says so
    sizes: tuple[int, int, int]  # pairs per split (train, validation, test)
    seed: int

    def tokenize(self, text: str) -> list[str]:
        """Split typed text into source tokens, the way the training data was written."""
        if self.unit == "char":
            return list(dates.normalize(text))
        text = text.lower().replace("’", "'")
        for short, long in _CONTRACTIONS.items():
            text = re.sub(rf"\b{re.escape(short)}\b" if short[0] != "'" else re.escape(short), long, text)
        return re.findall(r"[^\s.,!?;:\"()]+", text)

    def detokenize(self, tokens: list[str]) -> str:
        if self.unit == "char":
            return "".join(tokens)
        return en_fr.join_french(tokens) if self.name == "en-fr" else " ".join(tokens)

    def sample(self, rng: random.Random) -> Pair:
        if self.name in ("dates", "copy", "reverse"):
            if self.name == "dates":
                src, tgt, sure, possible = dates.sample(rng)
            else:
                src, tgt, sure, possible = sequences.sample(rng, reverse=self.name == "reverse")
            return Pair(tuple(src), tuple(tgt), frozenset(sure), frozenset(possible))
        sentence = sentences.sample_sentence(rng)
        source = sentences.english(sentence)
        target = en_fr.french(sentence) if self.name == "en-fr" else en_ko.korean(sentence)
        positions: dict[str, list[int]] = {}
        for i, (_, key) in enumerate(source):
            positions.setdefault(key, []).append(i)
        sure, possible = set(), set()
        for t, (_, sure_key, possible_keys) in enumerate(target):
            sure.update((t, s) for s in positions.get(sure_key, []))
            for key in possible_keys:
                possible.update((t, s) for s in positions.get(key, []))
        return Pair(tuple(w for w, _ in source), tuple(w for w, _, _ in target), frozenset(sure), frozenset(possible | sure))

    def pairs(self, split: str) -> list[Pair]:
        if split not in SPLITS:
            raise ValueError(f"unknown split {split!r}; expected one of {SPLITS}")
        return _all_pairs(self)[split]

    def source_vocabulary(self) -> set[str]:
        return {tok for p in self.pairs("train") for tok in p.src}

    def target_vocabulary(self) -> set[str]:
        return {tok for p in self.pairs("train") for tok in p.tgt}


@functools.cache
def _all_pairs(task: Task) -> dict[str, list[Pair]]:
    """Draw unique pairs until every split is full; deterministic for the task's seed."""
    rng = random.Random(task.seed)
    wanted = dict(zip(SPLITS, task.sizes))
    out: dict[str, list[Pair]] = {s: [] for s in SPLITS}
    seen: set[tuple[str, ...]] = set()
    while any(len(out[s]) < wanted[s] for s in SPLITS):
        pair = task.sample(rng)
        if pair.src in seen:
            continue
        seen.add(pair.src)
        split = split_of(pair.src)
        if len(out[split]) < wanted[split]:
            out[split].append(pair)
    return out


TASKS = {
    "dates": Task("dates", "char", 40, (30000, 1000, 2000), seed=1),
    "en-fr": Task("en-fr", "word", 30, (40000, 1000, 2000), seed=2),
    "en-ko": Task("en-ko", "word", 30, (40000, 1000, 2000), seed=3),
    "copy": Task("copy", "char", 16, (20000, 500, 1000), seed=4),
    "reverse": Task("reverse", "char", 16, (20000, 500, 1000), seed=5),
}


def get_task(name: str) -> Task:
    if name not in TASKS:
        raise ValueError(f"unknown task {name!r}; expected one of {sorted(TASKS)}")
    return TASKS[name]
