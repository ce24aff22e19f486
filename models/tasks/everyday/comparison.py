""" "Taller than my brother": an adjective compared, in all three languages.

    my brother is taller than me      mon frère est plus grand que moi   내 형은 나보다 (더) 키가 크다
    this book is more interesting     ce livre est plus intéressant      이 책은 그 영화보다 더 재미있다
      than that movie                   que ce film

English writes the comparative by the adjective's shape (-er, more, better/worse); French says
plus … que (meilleur, pire); Korean puts what is compared with first, with -보다, and 더.
Keys: the compared-with phrase `c.than` (its -보다 / que / than `c.than.prep`), more / plus / 더 `c.cmp`.
"""

from __future__ import annotations

import re

from models.tasks.everyday.tree import Token

# Adjectives one does not compare ("more same", "bluer", "more sorry") or compares otherwise.
NOT_COMPARED = frozenset(
    "same different sorry free possible impossible perfect unique correct little pale".split()
    + "white black red blue yellow brown green pink purple gray".split()
)
_IRREGULAR = {"good": "better", "bad": "worse", "far": "farther"}
_FRENCH_IRREGULAR = {"good": ("meilleur", "meilleure", "meilleurs", "meilleures"), "bad": ("pire", "pire", "pires", "pires")}
_LONG_ENDINGS = ("ed", "ing", "ful", "ous", "ive", "al", "ic", "less", "ish", "ant", "ent", "ible", "able")


def _syllables(word: str) -> int:
    groups = re.findall(r"[aeiouy]+", word)
    silent_e = word.endswith("e") and not word.endswith(("le", "ee")) and len(groups) > 1
    return len(groups) - silent_e


def english(adjective: str) -> list[str]:
    """The comparative: taller, bigger, nicer, happier, simpler, more beautiful, better."""
    if adjective in _IRREGULAR:
        return [_IRREGULAR[adjective]]
    n = _syllables(adjective)
    if (
        " " in adjective
        or adjective.endswith(_LONG_ENDINGS)
        or n > 2
        or (n == 2 and not adjective.endswith(("y", "ow", "le", "er")))
    ):
        return ["more", adjective]
    if adjective.endswith("y") and adjective[-2] not in "aeiou":
        return [adjective[:-1] + "ier"]  # happier, busier
    if adjective.endswith("e"):
        return [adjective + "r"]  # nicer, larger, simpler
    if n == 1 and re.search(r"[^aeiou][aeiou][bdgmnpt]$", adjective):
        return [adjective + adjective[-1] + "er"]  # bigger, hotter, thinner
    return [adjective + "er"]


def english_tokens(adjective: str, c: str) -> list[Token]:
    words = english(adjective)
    return [("more", c + ".cmp", ())] * (len(words) - 1) + [(words[-1], c + ".adj", (c + ".cmp",) if len(words) == 1 else ())]


def french_tokens(adjective, form: str, feminine: bool, plural: bool, c: str) -> list[Token]:
    """plus grand, plus intéressantes; meilleur, pire (`form`: the agreed adjective)."""
    if adjective.en in _FRENCH_IRREGULAR:
        word = _FRENCH_IRREGULAR[adjective.en][2 * plural + feminine]
        return [(word, c + ".adj", (c + ".cmp",))]
    return [("plus", c + ".cmp", ()), (form, c + ".adj", ())]
