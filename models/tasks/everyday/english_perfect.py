"""Typed English in the present perfect, read as the simple past the grammar writes.

French and Korean say *I have eaten* and *I ate* the same way (j'ai mangé, 먹었다), so reading one
as the other keeps the translation right: *I've already eaten breakfast* → *i already ate
breakfast*, *I haven't finished* → *i did not finish*, *have you eaten?* → *did you eat*. *been*
is left alone (*I have been to Paris* is no past of a lexicon verb), and so is every *have* not
followed by a past participle (*I have a cat*, *I have to go*).
"""

from __future__ import annotations

import functools

from models.tasks.everyday.lexicon import load

_HAVE = frozenset({"have", "has"})
_BETWEEN = frozenset({"already", "just", "never", "ever", "not", "always", "often", "recently"})
_SUBJECTS = frozenset({"i", "you", "we", "they", "he", "she", "it"})


@functools.cache
def _participles() -> dict[str, tuple[str, str]]:
    """Past participle → (simple past, base form) of the lexicon's verbs, by their first word."""
    out: dict[str, tuple[str, str]] = {}
    for verb in load().verbs:
        pp, past, base = verb.en_pp.split()[0], verb.en_past.split()[0], verb.en.split()[0]
        if pp != "been":
            out.setdefault(pp, (past, base))
    return out


def read_perfect(words: list[str]) -> list[str]:
    """`words` (lower case, contractions expanded) with a present perfect as the simple past."""
    participles = _participles()
    out = list(words)
    i = 0
    while i < len(out):
        if out[i] in _HAVE:
            out = _statement(out, i, participles) or _question(out, i, participles) or out
        i += 1
    return out


def _statement(words: list[str], i: int, participles: dict) -> list[str] | None:
    """i have (already / not …) eaten → i (already) ate / i did not eat."""
    j = i + 1
    while j < len(words) and words[j] in _BETWEEN and words[j] != "ever":
        j += 1
    if i == 0 or j >= len(words) or words[j] not in participles:
        return None
    past, base = participles[words[j]]
    between = words[i + 1 : j]
    if "not" in between:  # i have not eaten → i did not eat
        return words[:i] + ["did"] + between + [base] + words[j + 1 :]
    return words[:i] + between + [past] + words[j + 1 :]


def _question(words: list[str], i: int, participles: dict) -> list[str] | None:
    """(what) have you (ever / not) eaten → (what) did you (not) eat."""
    j = i + 1
    if j >= len(words) or words[j] not in _SUBJECTS:
        return None
    k = j + 1
    while k < len(words) and words[k] in _BETWEEN:
        k += 1
    if k >= len(words) or words[k] not in participles:
        return None
    between = [w for w in words[j + 1 : k] if w != "ever"]  # have you ever eaten sushi: did you eat
    return words[:i] + ["did", words[j]] + between + [participles[words[k]][1]] + words[k + 1 :]
