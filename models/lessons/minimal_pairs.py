"""Minimal pairs: two sentences that differ in a few words, and how each head's attention moved.

The token lists are aligned with difflib (tokens in matching blocks pair up; the rest are the
edit). For one head, a query row of sentence A and its partner row in B are two distributions
over different keys: aligned keys are the same outcome, every unaligned key its own. Their
total-variation distance, ½ (Σ_aligned |a − b| + Σ_unaligned a + Σ_unaligned b), is 0 for the
same attention and 1 for none in common; a head's change is its mean over the aligned query rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher

import numpy as np


def align(a: list[str], b: list[str]) -> list[tuple[int, int]]:
    """(position in a, position in b) of every token difflib matches between the two lists."""
    matcher = SequenceMatcher(a=a, b=b, autojunk=False)
    return [(block.a + k, block.b + k) for block in matcher.get_matching_blocks() for k in range(block.size)]


def row_distance(a: np.ndarray, b: np.ndarray, keys: list[tuple[int, int]]) -> np.ndarray:
    """TV distance between rows `a` `[..., k_a]` and `b` `[..., k_b]` whose keys pair up as `keys`."""
    a, b = np.asarray(a, np.float64), np.asarray(b, np.float64)
    ia, ib = np.array([i for i, _ in keys], dtype=int), np.array([j for _, j in keys], dtype=int)
    shared = np.abs(a[..., ia] - b[..., ib]).sum(-1)
    only = (a.sum(-1) - a[..., ia].sum(-1)) + (b.sum(-1) - b[..., ib].sum(-1))  # mass on unaligned keys
    return 0.5 * (shared + only)


@dataclass(frozen=True)
class PairChange:
    """How every head's attention moved between sentence A and sentence B."""

    queries: list[tuple[int, int]]  # aligned query rows (A, B)
    keys: list[tuple[int, int]]  # aligned key columns (A, B)
    change: np.ndarray  # [layer, head]: mean TV distance over the aligned query rows

    def top(self, n: int = 5) -> list[tuple[int, int, float]]:
        """The `n` heads that moved most: (layer, head, change), largest first."""
        flat = np.argsort(-self.change, axis=None, kind="stable")[:n]
        heads = self.change.shape[1]
        return [(int(i // heads), int(i % heads), float(self.change.flat[i])) for i in flat]


def pair_change(
    weights_a: np.ndarray,
    weights_b: np.ndarray,
    queries: tuple[list[str], list[str]],
    keys: tuple[list[str], list[str]],
) -> PairChange:
    """Per-head change between attention `[layer, head, q_a, k_a]` and `[layer, head, q_b, k_b]`,
    given each sentence's (query labels, key labels) to align."""
    q_pairs, k_pairs = align(*queries), align(*keys)
    if not q_pairs or not k_pairs:  # nothing in common: every row is entirely different
        return PairChange(q_pairs, k_pairs, np.ones(weights_a.shape[:2]))
    qa, qb = [i for i, _ in q_pairs], [j for _, j in q_pairs]
    rows = row_distance(weights_a[:, :, qa], weights_b[:, :, qb], k_pairs)  # [layer, head, aligned rows]
    return PairChange(q_pairs, k_pairs, rows.mean(-1))
