""" "A lot of" and "lots of" before a plural, read as the "many" the grammar writes there:
"I have a lot of friends" → "i have many friends"; "a lot of water" stays, as the grammar writes it."""

from __future__ import annotations

import functools

from models.tasks.everyday.lexicon import load


@functools.cache
def _plurals() -> frozenset[str]:
    return frozenset(n.en_plural for n in load().nouns if n.count == "count" and n.en_plural != n.en)


@functools.cache
def _adjectives() -> frozenset[str]:
    return frozenset(a.en for a in load().adjectives)


def many_before_plurals(words: list[str]) -> list[str]:
    out, i = [], 0
    while i < len(words):
        lots = words[i : i + 2] == ["lots", "of"]
        a_lot = words[i : i + 3] == ["a", "lot", "of"]
        if lots or a_lot:
            rest = words[i + (2 if lots else 3) :]
            head = next((w for w in rest if w not in _adjectives()), "")
            if head in _plurals():
                out.append("many")
            else:
                out += ["a", "lot", "of"]
            i += 2 if lots else 3
            continue
        out.append(words[i])
        i += 1
    return out
