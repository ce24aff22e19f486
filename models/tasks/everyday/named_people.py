"""A person named after the noun that says who they are to us: "my friend Minji", "his sister Anna".

    this is my friend Minji     c'est mon amie Minji      이 사람은 내 친구 민지다
    my brother Tom is a doctor  mon frère Tom est médecin  내 남동생 톰은 의사다

English and Korean just add the name; French takes the name's gender (mon amie Minji). The noun
must fit the name: a brother is named Tom, a sister Anna, a friend either. Key: `<key>.name`.
"""

from __future__ import annotations

import random

from models.tasks.everyday.lexicon import Name, Noun, Pronoun
from models.tasks.everyday.tree import NounPhrase

MALE_ONLY = frozenset(
    "brother father dad boy boyfriend husband grandfather grandpa grandson king man nephew prince son uncle".split()
)


def fits(noun: Noun, name: Name) -> bool:
    if noun.en in MALE_ONLY:
        return name.kind == "male"
    if noun.fr_gender == "f" and noun.en != "person":  # sister, mother, girl: the noun is a woman's
        return name.kind == "female"
    return True


def draw(rng: random.Random, np_: NounPhrase, people: list[Name]) -> None:
    """Sometimes my friend / my sister is named: "my friend Minji" (a possessed person, no adjective)."""
    head = np_.head
    if not isinstance(head, Noun) or head.cls != "person" or np_.det != "poss" or not isinstance(np_.owner, Pronoun):
        return
    if np_.plural or np_.adjectives:
        return
    if np_.favorite or rng.random() >= 0.12:
        return
    names = [n for n in people if fits(head, n)]
    np_.named = rng.choice(names) if names else None


def shown(np_: NounPhrase) -> Name | None:
    """The name, while the phrase is still a possessed one (a clause may have made it "a friend")."""
    return np_.named if np_.det == "poss" and isinstance(np_.owner, Pronoun) else None


def feminine(np_: NounPhrase) -> bool:
    """French writes the feminine noun for a woman's name: mon amie Minji, ma voisine Anna."""
    name = shown(np_)
    return name is not None and name.kind == "female"
