"""The Korean object: its particle (을/를, or 이/가 and 와/과 where the verb takes them) and the
idioms where Korean names the object otherwise than English: 내 말을 듣다 "listen to me", 가게는
문을 연다 "the shop opens", 손을 씻어라 "wash your hands" (a command leaves out whose)."""

from __future__ import annotations

from dataclasses import replace

from models.tasks.everyday.korean_phrases import _coin, noun_phrase, with_particle
from models.tasks.everyday.korean_quantity import object_many_times
from models.tasks.everyday.lexicon import Noun
from models.tasks.everyday.pastimes import korean_verb
from models.tasks.everyday.tree import BUSINESSES, Clause, NounPhrase, Token


def addressee_owns(clause) -> bool:
    """ "Eat your vegetables", "let's take our umbrellas": Korean leaves out whose (채소를 먹어라)."""
    obj = clause.obj
    addressee = {"imperative": "you", "lets": "we"}.get(clause.mood)
    return (
        addressee is not None
        and obj is not None
        and obj.coordinated is None
        and obj.det == "poss"
        and getattr(obj.owner, "en", "") == addressee
    )


def a_business(np_: NounPhrase | None) -> bool:
    return np_ is not None and isinstance(np_.head, Noun) and np_.head.en in BUSINESSES


def a_person(np_: NounPhrase) -> bool:
    head = np_.head
    return np_.coordinated is None and (np_.is_pronoun or np_.is_name or (isinstance(head, Noun) and head.cls == "person"))


def words_of(person: NounPhrase, c: str) -> list[Token]:
    """One listens to a person's words: 내 말을 듣는다 "listens to me", 선생님의 말을 "to the teacher"."""
    if person.is_pronoun:
        owner = [(person.head.ko_poss, c + ".o.noun", ())]
    else:
        owner = noun_phrase(person, c + ".o") + [("-의", c + ".o.case", ())]
    return owner + [("말", c + ".verb", ()), ("-을", c + ".o.case", ())]


def object_tokens(clause: Clause, c: str) -> list[Token]:
    verb, obj = korean_verb(clause), clause.obj
    particle_kind = {"을": "object", "이": "subject", "와": "and"}.get(verb.ko_object)
    if clause.wh == "what":
        return [("무엇", c + ".wh", ()), ("-을" if particle_kind == "object" else "-에", c + ".o.case", ())]
    if clause.wh == "who_object":
        return [("누구", c + ".wh", ()), ("-를" if particle_kind == "object" else "-에게", c + ".o.case", ())]
    if obj is None and verb.en in ("open", "close") and a_business(clause.subject):
        return [("문", c + ".verb", ()), ("-을", c + ".verb", ())]  # 가게는 문을 연다 "the shop opens"
    if obj is None:
        return []
    if verb.en == "listen to" and a_person(obj):
        return words_of(obj, c)
    if addressee_owns(clause):
        obj = replace(obj, det="bare", owner=None)  # 손을 씻어라 "wash your hands"
    many = object_many_times(obj, c + ".o", particle_kind) if particle_kind else None
    if many is not None:
        return many  # 책을 많이 읽는다
    tokens = noun_phrase(obj, c + ".o")
    if obj.is_pronoun and particle_kind == "object":
        return [(obj.head.ko, c + ".o.noun", ()), ("-" + obj.head.ko_obj[len(obj.head.ko) :], c + ".o.case", ())]
    if particle_kind:
        tokens = with_particle(tokens, particle_kind, c + ".o.case", (c + ".o.noun",))
        if isinstance(obj.head, Noun) and obj.head.mass and obj.det in ("bare", "some") and _coin(0.25):
            tokens.append(("좀", c + ".o.det", ()))  # 물을 좀 마셔라, 물이 좀 필요하다: "some"
        return tokens
    return tokens + [("-" + (verb.ko_object or "에"), c + ".o.case", (c + ".o.noun",))]
