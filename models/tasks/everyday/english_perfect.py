"""Typed English in the present perfect, read as the simple past the grammar writes.

French and Korean say a finished *I have eaten* and *I ate* the same way (j'ai mangé, 먹었다), so
reading one as the other keeps the translation right: *I've already eaten breakfast* → *i already
ate breakfast*, *I haven't finished* → *i did not finish*, *have you eaten?* → *did you eat*,
*he's gone* → *he went*. Left as typed: a perfect that is still going on (*we have lived here for
two years*, *I have known him since May*, *I have always lived here*: French says it in the present,
nous habitons ici depuis deux ans), one after a modal or *to* (*I should have eaten*), *ever*
(*have you ever eaten sushi?* asks about experience), *been*, and every *have* not followed by a
past participle (*I have a cat*, *I have to go*).
"""

from __future__ import annotations

import functools

from models.tasks.everyday.lexicon import load

_HAVE = frozenset({"have", "has"})
_BETWEEN = frozenset({"already", "just", "never", "not", "often", "recently"})
_SUBJECTS = frozenset({"i", "you", "we", "they", "he", "she", "it"})
_MODALS = frozenset({"will", "would", "should", "could", "can", "may", "might", "must", "to"})
# A perfect still going on: French and Korean say it in the present (depuis, 2년째 살고 있다).
_ONGOING = frozenset({"since", "always", "ever", "yet", "lately"})
_DURATIONS = frozenset({"years", "months", "weeks", "days", "hours", "minutes", "long", "ages", "year", "month", "week", "time"})
_STATES = frozenset({"know", "live", "be", "have", "want", "like", "love", "need"})


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
    out = _has_before_participle(list(words), participles)
    if _ONGOING & set(out) or _for_a_while(out):
        return out
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
    if i == 0 or j >= len(words) or words[j] not in participles or _MODALS & set(words[max(i - 3, 0) : i]):
        return None
    past, base = participles[words[j]]
    if base in _STATES:
        return None
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
    if k >= len(words) or words[k] not in participles or participles[words[k]][1] in _STATES:
        return None
    if _MODALS & set(words[max(i - 3, 0) : i]):  # would you have gone
        return None
    return words[:i] + ["did", words[j]] + words[j + 1 : k] + [participles[words[k]][1]] + words[k + 1 :]


def _for_a_while(words: list[str]) -> bool:
    """for years, for two years, for a long time: how long something has gone on."""
    return any(w == "for" and _DURATIONS & set(words[i + 1 : i + 4]) for i, w in enumerate(words))


def _has_before_participle(words: list[str], participles: dict) -> list[str]:
    """he's gone: the reader wrote "he is gone"; before a participle that is no past form it is *has*."""
    pasts = {past for past, _ in participles.values()}
    return [
        "has" if w == "is" and i and words[i - 1] in ("he", "she", "it") and nxt in participles and nxt not in pasts else w
        for i, (w, nxt) in enumerate(zip(words, [*words[1:], ""], strict=False))  # "" after the last word
    ]
