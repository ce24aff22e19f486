"""Coordinated noun phrases the sampler draws: "Tom and Anna are friends", "my brother and I go
to school", "I like tea and coffee", "do you want tea or coffee".

The tree holds them as `NounPhrase.coordinated`; the realisers write each part as a phrase of its
own (French repeats the determiner: le thé et le café) joined by and/et/와·과 or or/ou/이나·나.
"""

from __future__ import annotations

import random
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
