"""Walking somewhere. English walks to a place; French and Korean go there on foot:

    I walk to school     je vais à l'école à pied     나는 학교에 걸어서 간다

Walking with no destination stays a verb of its own (je marche, 나는 걷는다). Each realiser asks
for the clause its language says (`french`, `korean`); English keeps the tree's "walk".
"""

from __future__ import annotations

import random
from dataclasses import replace

from models.tasks.everyday.french_words import ALLER
from models.tasks.everyday.lexicon import Adverb
from models.tasks.everyday.tree import Clause, Place

ON_FOOT = Adverb("on foot", "à pied", "걸어서", "manner")


def walking_to(clause: Clause) -> bool:
    verb, place = clause.verb, clause.place
    return verb is not None and verb.en == "walk" and place is not None and place.prep == "to" and clause.adverb is None


def french(clause: Clause) -> Clause:
    if not walking_to(clause):
        return clause
    aller = replace(clause.verb, fr_inf="aller", fr_present=ALLER, fr_future_stem="ir", fr_pp="allé", fr_aux="être")
    return replace(clause, verb=replace(aller, fr_group="irr", place="to"), adverb=ON_FOOT)


def korean(clause: Clause) -> Clause:
    if not walking_to(clause):
        return clause
    return replace(clause, verb=replace(clause.verb, ko_dict="가다", ko_class="reg", ko_alt=(), place="to"), adverb=ON_FOOT)


def draw(sampler, rng: random.Random, clause: Clause) -> None:
    """Most walks with no adverb go somewhere: "I walk to school" (a walk "in the park" stays)."""
    if clause.verb is None or clause.verb.en != "walk" or clause.adverb is not None or rng.random() >= 0.6:
        return
    np_ = clause.place.np if clause.place is not None else sampler.place(rng, None).np
    clause.place = Place("to", np_)
