"""Korean typed without its spaces, the most common slip in written Korean (띄어쓰기): 먹고싶다 for
먹고 싶다, 갈수있다 for 갈 수 있다, 학교에갔다 for 학교에 갔다, 우리엄마는 for 우리 엄마는.

A word the model cannot read as a whole is split into the fewest words it can read (a noun it
does not know may stand before a particle, and is flagged as unknown). Each part
must be a word on its own (no particle or ending alone, no bare verb stem), and every part but
the last must end the way a Korean word ends before a space: in a particle (학교에), a verb ending
(먹고), the bound noun 수 / 것 / 거, or as a word that stands before another: a determiner or
possessive before a noun (우리 엄마, 그의 개), a number before a counter (두 마리), an adverb (아주).
A verb's -ㄹ / -ㄴ form counts only before a bound noun (갈 수, 먹는 것), an adjective's also
before a noun (큰 나무), and a noun only before a noun of position (침대 위에). So an unknown noun is
not cut into known pieces (김치를 is not 김 + 치를, 신발들은 not 신 + 발들은): it stays one word and
the reader flags it as unknown.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Container
from dataclasses import dataclass

from models.tasks.everyday import hangul as h

LONGEST_WORD = 16  # syllables: a longer run of Hangul is left as it is (the work grows with its square)
LONGEST_PART = 8
BOUND_NOUNS = ("수", "것", "거")
BEFORE_A_NOUN = ("~ㄴ", "~는", "~ㄹ", "~은", "~을")  # 갈 수, 먹는 것; a noun after them is no typing slip
LAST_PARTICLES = ("-은", "-는", "-이", "-가", "-을", "-를")  # no particle follows these

Reading = Callable[[str], "tuple[str, ...] | None"]


@dataclass(frozen=True)
class Spacing:
    """What decides where a space may go."""

    modifiers: Container[str]  # stand before a noun: determiners, possessives (이 책, 우리 엄마, 그의 개)
    adverbs: Container[str]  # stand before any word: 아주 크다
    numbers: Container[str]  # stand before a counter: 두 마리, 세 시
    counters: Container[str]
    nouns: Container[str]
    places: Container[str]  # nouns of position after a noun: 침대 위에서
    describing: Container[str]  # adjective stems: their -ㄴ form stands before a noun (큰 나무)
    stems: Container[str]  # verb stems: never a word alone
    known: Container[str]  # the model's tokens

    def stands_alone(self, word: str) -> bool:
        """내, 세, 열 spell stems too, and are words on their own."""
        return word in self.modifiers or word in self.numbers or word in self.adverbs


def respaced(words: list[str], reading: Callable[[str], list[str] | None], spacing: Spacing) -> list[str]:
    """`words` with each word the model cannot read whole split into words it reads. `reading(word)`:
    the word's tokens if the model can read it (the first may be a noun it does not know, before a
    particle: 김치를), else None. The split with the fewest unknown syllables wins, then the one with
    the fewest words: 김치를먹고싶어요 is 김치를 먹고 싶어요, 나는김치를 is 나는 김치를."""

    @functools.cache
    def read(word: str) -> tuple[str, ...] | None:
        tokens = reading(word)
        if not tokens or tokens[0][:1] in ("-", "~") or (tokens[-1] in spacing.stems and not spacing.stands_alone(word)):
            return None  # a particle or ending alone, a bare verb stem
        stacked = any(a in LAST_PARTICLES and b.startswith("-") for a, b in zip(tokens, tokens[1:]))
        return None if stacked else tuple(tokens)  # 나는나의 is 나는 나의, not 나 -는 -나 -의

    def unknown(word: str) -> int:
        tokens = read(word)
        return len(tokens[0]) if tokens and tokens[0] not in spacing.known else 0

    out: list[str] = []
    for word in words:
        whole = read(word)
        typed_as_one = not 2 <= len(word) <= LONGEST_WORD or not all(h.is_syllable(c) for c in word)
        split = None if typed_as_one or (whole is not None and not unknown(word)) else _best_parts(word, read, unknown, spacing)
        out += split if split and (whole is None or sum(map(unknown, split)) < unknown(word)) else [word]
    return out


def _best_parts(word: str, read: Reading, unknown: Callable[[str], int], spacing: Spacing) -> list[str] | None:
    best: dict[int, tuple[tuple[int, int], list[str]]] = {0: ((0, 0), [])}  # prefix end → (cost, parts)
    for end in range(1, len(word) + 1):
        for start in range(max(0, end - LONGEST_PART), end):
            part = word[start:end]
            if start not in best or read(part) is None:
                continue
            (unknown_so_far, count), parts = best[start]
            if start > 0 and not _space_between(parts[-1], part, read, spacing):
                continue
            cost = (unknown_so_far + unknown(part), count + 1)
            if end not in best or cost < best[end][0]:
                best[end] = (cost, parts + [part])
    split = best.get(len(word), (None, []))[1]
    return split if len(split) > 1 else None


def _space_between(part: str, following: str, read: Reading, spacing: Spacing) -> bool:
    tokens, next_tokens = read(part) or ("",), read(following) or ("",)
    head = next_tokens[0]
    if tokens[-1] in BEFORE_A_NOUN:
        described = tokens[-1] == "~ㄴ" and len(tokens) == 2 and tokens[0] in spacing.describing
        return following in BOUND_NOUNS or (described and head in spacing.nouns and len(head) > 1)
    if len(tokens) == 1:
        noun_phrase = _noun(head, spacing) and not any(t[:1] == "~" for t in next_tokens)
        if part in spacing.numbers:
            return head in spacing.counters
        if part in spacing.modifiers:
            return noun_phrase  # 이 꽃들은; 저기는 is no 저 + 길다
        if part in spacing.counters:
            return not _noun(head, spacing)  # 두 마리 있다; 대도시 is no 대 + 도시
        if part in spacing.adverbs and len(part) > 1:
            return True
        if _noun(part, spacing) and (head in spacing.places or head in spacing.numbers):
            return True  # 침대 위에, 고양이 두 마리
    return tokens[-1][:1] in ("-", "~") or part in BOUND_NOUNS


def _noun(token: str, spacing: Spacing) -> bool:
    return token in spacing.nouns or (token.endswith("들") and token[:-1] in spacing.nouns)
