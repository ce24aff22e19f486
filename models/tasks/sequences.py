"""Copy and reverse: the simplest tasks where attention has to find the right source position.

Sources are 3–16 random letters from a–j; the target is the same string (copy) or its reverse.
Each output letter's gold link is the one source letter it copies.
"""

from __future__ import annotations

import random

LETTERS = "abcdefghij"


def sample(rng: random.Random, reverse: bool) -> tuple[list[str], list[str], set, set]:
    n = rng.randint(3, 16)
    src = [rng.choice(LETTERS) for _ in range(n)]
    order = list(range(n))[::-1] if reverse else list(range(n))
    tgt = [src[i] for i in order]
    links = {(t, s) for t, s in enumerate(order)}
    return src, tgt, links, set(links)
