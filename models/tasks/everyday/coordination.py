"""Coordinated noun phrases the sampler draws: "Tom and Anna are friends", "my brother and I go
to school", "I like tea and coffee", "do you want tea or coffee", "she bought bread, milk and eggs".

The tree holds them as `NounPhrase.coordinated`; the realisers write each part as a phrase of its
own (French repeats the determiner: le thé et le café) joined by and/et/와·과 or or/ou/이나·나. A list
of three joins the first two with a comma (`conj` "list"): bread, milk and eggs / du pain, du lait
et des œufs / 빵, 우유, 달걀 (Korean writes a comma between every part). A typed source has no
commas (the readers drop them), so a training source has none either (task.py).
"""

from __future__ import annotations

import random
from dataclasses import replace
from typing import TYPE_CHECKING

from models.tasks.everyday.pastimes import pastime
from models.tasks.everyday.tree import Clause, NounPhrase

if TYPE_CHECKING:
    from models.tasks.everyday.sampler import Sampler


def coordinated_subject(sampler: Sampler, rng: random.Random, classes: tuple[str, ...]) -> NounPhrase:
    """Tom and Anna, my brother and I, the cat and the dog: the pronoun (if any) comes last."""
    first = sampler.subject(rng, classes, coordinate=False)
    while first.is_pronoun:
        first = sampler.subject(rng, classes, coordinate=False)
    if "person" in classes and rng.random() < 0.35:
        me = [p for p in sampler.subject_pronouns if p.en == "i"]
        pronoun = me[0] if me and rng.random() < 0.6 else rng.choice([p for p in sampler.subject_pronouns if p.person < 3])
        first.coordinated = NounPhrase(pronoun, det="")
        return first
    second = sampler.subject(rng, classes, coordinate=False)
    while second.is_pronoun:
        second = sampler.subject(rng, classes, coordinate=False)
    first.coordinated = second
    return first


def coordinate_object(sampler: Sampler, rng: random.Random, clause: Clause) -> None:
    """I like tea and coffee, do you want tea or coffee: a second object like the first."""
    obj = clause.obj
    if not clause.negated and pastime(clause) == "language":  # speak english and french / parler anglais et français
        others = [n for n in sampler.pastimes["speak"] if n is not obj.head]
        obj.coordinated = NounPhrase(rng.choice(others), det="bare") if others else None
        obj.conj = "or" if clause.mood == "yes_no" and rng.random() < 0.5 else "and"
        return
    if obj is None or obj.is_pronoun or obj.is_name or obj.det == "number" or clause.negated:
        return
    if clause.verb.en in ("play", "speak"):
        return
    if clause.verb.fr_object != "direct":  # parler à Tom et à Anna repeats the preposition: not written yet
        return
    second = sampler.noun_phrase(rng, clause.verb.objects, allow_adjectives=False)
    if second.head is obj.head:
        return
    if obj.det == "some" and (obj.head.mass or second.head.mass):
        obj.det = "bare"  # some water and some apples → water and apples
    second.det, second.owner = obj.det, obj.owner
    # a bare count noun is a generic plural (apples), whatever number the first part has
    second.plural = not second.head.mass and (obj.plural or obj.det in ("bare", "some"))
    obj.coordinated = second
    obj.conj = "or" if clause.mood == "yes_no" and rng.random() < 0.5 else "and"
    if obj.conj == "and" and rng.random() < 0.3:  # bread, milk and eggs
        third = sampler.noun_phrase(rng, clause.verb.objects, allow_adjectives=False)
        if third.head not in (obj.head, second.head):
            third.det, third.owner, third.plural = second.det, second.owner, not third.head.mass and second.plural
            second.coordinated, second.conj, obj.conj = third, "and", "list"


def korean(np_: NounPhrase, key: str, noun_phrase, with_particle) -> list:
    """톰과 안나, 차나 커피, 빵, 우유, 달걀: 와/과 or 이나/나 after the first part, or a comma in a
    list; `noun_phrase` and `with_particle` are korean_phrases'."""
    first = noun_phrase(np_.first, key)
    if np_.conj == "list":
        rest = np_.coordinated
        rest = replace(rest, conj="list") if rest.coordinated is not None else rest  # a comma between every part
        return first + [(",", key + ".conj", ())] + noun_phrase(rest, key + ".2")
    first = with_particle(first, "and" if np_.conj == "and" else "or", key + ".conj")
    return first + noun_phrase(np_.coordinated, key + ".2")
