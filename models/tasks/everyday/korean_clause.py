"""What the words around a typed Korean word say about it, where its spelling alone does not decide:
the object a verb takes (가게를 쓴다 "sweeps the shop", 편지를 쓴다 "writes a letter"), helper verbs
after -고 / -지 (사고 있니 "are you buying", not 사고 "accident"), and idioms whose first word the
grammar writes whole only before a noun (배가 고픈 아이, but 배 -가 고프 ~다).
"""

from __future__ import annotations

import functools
from collections.abc import Container

from models.tasks.everyday import hangul as h
from models.tasks.everyday import korean_phrases
from models.tasks.everyday import korean_verbs as kv
from models.tasks.everyday.lexicon import load


@functools.cache
def object_classes() -> dict[str, frozenset[str]]:
    """Verb stem → the noun classes its objects belong to (쓸 "sweep": place; 쓰 "write": text)."""
    table: dict[str, set[str]] = {}
    for v in load().verbs:
        for d in (v.ko_dict, *(a for a, _ in v.ko_alt)):
            table.setdefault(kv.stem(d.split()[-1]), set()).update(v.objects)
    return {stem: frozenset(classes) for stem, classes in table.items()}


@functools.cache
def _noun_classes() -> dict[str, str]:
    lex = load()
    table = {p.ko: "person" for p in lex.pronouns} | {n.ko: "person" for n in lex.names}
    for n in lex.nouns:
        for form in (n.ko, *n.ko_alt):
            table.setdefault(form.split()[-1], n.cls)
    return table


def noun_class(noun: str) -> str:
    """The class of a noun as written (고양이들 → animal); '' if it is no noun of the lexicon."""
    classes = _noun_classes()
    return classes.get(noun) or classes.get(noun.removesuffix("들"), "")


def fits_object(stem: str, obj: str) -> bool:
    """Whether a verb takes the clause's object noun `obj` ('' when the clause has none)."""
    return bool(obj) and noun_class(obj) in object_classes().get(stem, ())


# Helper verbs and the ending of the verb before them: 먹고 있다 / 먹고 싶다, 먹지 않는다 / 먹지 마라.
_HELPERS = {"있": "~고", "싶": "~고", "않": "~지", "마": "~지", "줘": "~어"}  # 줘: 자 줘 "please sleep" (please.py)


def before_helper(nxt: str) -> str:
    """The ending a verb takes before the helper verb `nxt` ('' if `nxt` is none)."""
    return _HELPERS.get(nxt[:1], "")


def ends_clause(token: str) -> bool:
    """A verb's ending, or the copula joining clauses (탑 -이었지만 나 -는 …)."""
    return token.startswith("~") or (token.startswith("-") and token.endswith(("고", "지만")))


def bound_follows(before: str) -> bool:
    """Whether 것 / 거 / 수 may follow the token `before`: a verb's -ㄹ / -는 (볼 ~ㄹ, 않을, 제빵사 -일)."""
    return before in ("~ㄹ", "~는", "-일") or (not before.startswith(("-", "~")) and h.final(before) == "ㄹ")


@functools.cache
def idioms() -> dict[str, frozenset[str]]:
    """First word of a multi-word verb or adjective → stems of its last word: 배가 → 고프 (배가 고프다),
    목이 → 마르, 화를 → 내. The grammar writes it whole before the last word's form before a noun (배가
    고픈 아이) and as noun + particle in a verb group (배 -가 고프 ~다)."""
    lex = load()
    forms = [d for r in (*lex.verbs, *lex.adjectives) for d in (r.ko_dict, *(a for a, _ in r.ko_alt))]
    table: dict[str, set[str]] = {}
    for form in forms:
        *fixed, last = form.split()
        for word in fixed:
            table.setdefault(word, set()).add(kv.stem(last))
    return {word: frozenset(stems) for word, stems in table.items()}


def idiom_split(word: str, nxt: str) -> list[str] | None:
    """Noun + particle for an idiom's first word in a verb group (배가 고프다 → 배 -가), None where the
    grammar writes it whole: before a noun (배가 고픈) or in a fixed phrase of the lexicon (화를 내며); a word
    that is a noun itself (화가 "painter") is the idiom only before its last word (화가 났다)."""
    stems = idioms().get(word)
    if not stems or (word, nxt) in korean_phrases.fixed_pairs():
        return None
    readings = korean_phrases.analyses(nxt)
    if any(s in stems and e in ("~ㄴ", "~는") for s, e in readings):
        return None
    if word in korean_phrases.noun_like() and not any(s in stems for s, _ in readings) and nxt != "안":
        return None  # 화가 "painter" unless 나다 follows (화가 났다, 화가 안 났다)
    tokens = [t for t, _, _ in korean_phrases.split_particle(word, "")]
    return tokens if len(tokens) == 2 else None


@functools.cache
def only_before_nouns() -> frozenset[str]:
    """Words of the lexicon's nouns that never stand alone: 어린 of 어린 시절 "childhood" is 어리다's form."""
    forms = [f.split() for n in load().nouns for f in (n.ko, *n.ko_alt)]
    inner = {w for f in forms for w in f[:-1]}
    return frozenset(inner - {f[-1] for f in forms})


def idiom_verb(word: str, before: list[str], known: Container[str]) -> list[str] | None:
    """The idiom's own verb after its first word, 안 between or not: 화가 (안) 날 것이다 → 나 ~ㄹ (화가
    나다 "get angry"), though 날 is also 날다 "fly" and 날 "day"."""
    if before[-1:] == ["안"]:
        before = before[:-1]
    stems = idioms().get(before[-1], frozenset()) if before else frozenset()
    readings = [list(r) for r in korean_phrases.analyses(word) if r[0] in stems and r[0] in known and r[1] in known]
    return readings[0] if readings else None
