"""Which question word a clause can be asked with (who, what, what + noun, where, when, why, how)."""

from __future__ import annotations

import random
from dataclasses import replace

from models.tasks.everyday.lexicon import Noun
from models.tasks.everyday.pastimes import pastime
from models.tasks.everyday.tree import Clause, NounPhrase

# When one asks what the weather is like: today, these days, in summer (not "after school").
WEATHER_TIMES = frozenset(
    ("today", "now", "these days", "this morning", "this afternoon", "this evening", "this week", "this weekend")
    + ("in spring", "in summer", "in autumn", "in winter")
)


def choose_question_word(sampler, rng: random.Random, clause: Clause) -> None:
    """Pick a question word the clause can answer; fall back to a yes/no question."""
    options = []
    if clause.kind == "action":
        options.append("who_subject")
        if clause.obj is not None and not clause.obj.is_pronoun and clause.verb.ko_object in ("을", "") and not pastime(clause):
            options.append("what")
            if _asked_by_kind(clause.obj):
                options.append("which")  # what colour do you like, quelle couleur, 무슨 색
        if clause.obj is not None and "person" in clause.verb.objects:
            options.append("who_object")
        if clause.verb.place:
            options.append("where")
        options += ["when", "why"]
        if clause.adverb and clause.adverb.type == "manner":
            options.append("how")
    elif clause.kind == "be_place":
        options.append("where")
    elif clause.kind == "be_adj":
        options.append("why")
    elif clause.kind == "be_from":
        options.append("from")
    elif clause.kind == "have":
        options.append("what")
    elif clause.kind == "weather":  # what is the weather like (today): asked of now
        options.append("how")
        clause.tense, clause.negated, clause.degree, clause.place = "present", False, None, None
        asked_of = [t for t in sampler.lex.times if t.en in WEATHER_TIMES]
        clause.time = rng.choice(asked_of) if asked_of and rng.random() < 0.5 else None
    elif clause.kind == "age":
        options.append("how_old")
        clause.negated = False  # "how old are you not" is not a question anyone asks
    if not options:
        clause.mood = "yes_no"
        return
    clause.wh = rng.choice(options)
    if clause.wh == "from":
        clause.wh = "where"
        return
    if clause.wh == "where" and clause.adverb is not None and clause.adverb.type == "place":
        clause.adverb = None
    if clause.wh == "where" and clause.place is None and clause.kind == "action":
        clause.place = sampler.place(rng, clause.verb)
    if clause.wh == "when":
        clause.time = None
    if clause.wh == "which":  # the object keeps its noun and number; "what" is its determiner
        clause.obj = replace(clause.obj, det="what", adjectives=[], owner=None, favorite=False, number=0)
    if clause.wh == "who_subject":
        clause.subject = NounPhrase(rng.choice([p for p in sampler.subject_pronouns if p.person == 2]), det="")
    clause.modal = None if clause.wh == "who_subject" else clause.modal


def _asked_by_kind(np_: NounPhrase) -> bool:
    """An object one can ask "what <noun>" about: a plain noun (what book, what colour), not a name,
    a pronoun, a pair of things, a number, or a cup of something."""
    plain = np_.coordinated is None and np_.measure is None and np_.named is None and np_.det != "number"
    return plain and isinstance(np_.head, Noun) and np_.head.cls not in ("person", "time")
