"""What every task is: pairs of token sequences with gold alignments, split by a hash of the source.

A task draws pairs from its own generator (`sample`), deterministically for its seed; the three
splits never share a source sentence. Validation and test hold each sentence once. A task with
`train_repeats` keeps the training split as the generator draws it, repeats included: a short
sentence a class types every day (how are you, what time is it) has only a few forms, and
keeping one copy of each would all but remove it from training (3 of 300,000 pairs for *what time
is it*, where the generator draws it once in 250). A closed set phrase (`Pair.closed`) is always
trained on: holding one of its few forms out would teach the model every form but the one typed.
"""

from __future__ import annotations

import functools
import hashlib
import random
from collections.abc import Container
from dataclasses import dataclass

SPLITS = ("train", "validation", "test")


@dataclass(frozen=True)
class Pair:
    src: tuple[str, ...]
    tgt: tuple[str, ...]
    sure: frozenset[tuple[int, int]]  # gold links (target position, source position)
    possible: frozenset[tuple[int, int]]  # sure links plus acceptable ones
    closed: bool = False  # one of a short closed list of set phrases: trained on, never held out


def gold_links(source_keys: list[str], target: list[tuple[str, str, tuple[str, ...]]]) -> tuple[frozenset, frozenset]:
    """(sure, possible): a target word links to every source word with its key (sure) or with one of
    its other keys (possible); `target` holds (word, key, other keys). Possible includes sure."""
    positions: dict[str, list[int]] = {}
    for i, key in enumerate(source_keys):
        positions.setdefault(key, []).append(i)
    sure, possible = set(), set()
    for t, (_, key, others) in enumerate(target):
        sure.update((t, s) for s in positions.get(key, []))
        for other in others:
            possible.update((t, s) for s in positions.get(other, []))
    return frozenset(sure), frozenset(possible | sure)


def split_of(src: tuple[str, ...]) -> str:
    """A sentence's split is a hash of its text, so no sentence can sit in two splits."""
    bucket = hashlib.sha1("\x1f".join(src).encode()).digest()[0] % 20
    return "test" if bucket == 0 else "validation" if bucket == 1 else "train"


@dataclass(frozen=True)
class Task:
    name: str
    unit: str  # "char" or "word": what one token is
    max_source_tokens: int  # longer input is cut, and the app says so
    sizes: tuple[int, int, int]  # pairs per split (train, validation, test)
    seed: int
    train_repeats: bool = False  # the training split keeps repeated sentences (see the module docstring)

    def sample(self, rng: random.Random) -> Pair:
        raise NotImplementedError

    def tokenize(self, text: str, known: Container[str] | None = None) -> list[str]:
        """Split typed text into source tokens, the way the training data was written.

        `known`: the source vocabulary of the model that reads the tokens (Korean is split into the
        parts it knows). Without it the task's own training vocabulary is used, which means
        drawing every training pair first: pass the model's vocabulary when you have one."""
        raise NotImplementedError

    def detokenize(self, tokens: list[str]) -> str:
        raise NotImplementedError

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
    """Draw pairs until every split is full; deterministic for the task's seed."""
    rng = random.Random(task.seed)
    wanted = dict(zip(SPLITS, task.sizes))
    out: dict[str, list[Pair]] = {s: [] for s in SPLITS}
    seen: set[tuple[str, ...]] = set()
    closed: set[tuple[str, ...]] = set()  # sources of closed set phrases: never held out
    while any(len(out[s]) < wanted[s] for s in SPLITS):
        pair = task.sample(rng)
        split = "train" if pair.closed else split_of(pair.src)
        repeat = pair.src in seen
        seen.add(pair.src)
        if pair.closed:
            closed.add(pair.src)
        if (repeat and not (split == "train" and task.train_repeats)) or (split != "train" and pair.src in closed):
            continue
        if len(out[split]) < wanted[split]:
            out[split].append(pair)
    held_out = {p.src for s in ("validation", "test") for p in out[s]}
    if held_out & closed:  # a closed phrase drawn as an ordinary sentence before it was drawn as one
        raise ValueError(f"{task.name}: a closed set phrase is also held out: {sorted(held_out & closed)[:3]}")
    return out
