"""Who else an action is with or for:

    I ate with Tom            j'ai mangé avec Tom               나는 톰과 함께 먹었다
    I made a cake for you     j'ai fait un gâteau pour toi      나는 너를 위해 케이크를 만들었다

English and French say them after the object, Korean before it, each with its own postposition
(와/과 함께, 을/를 위해). Keys: "with" and its noun phrase `c.with`, "for" and its noun phrase `c.for`.
"""

from __future__ import annotations

import random

from models.tasks.everyday import english_phrases, french_words, korean_phrases
from models.tasks.everyday.tree import Clause, Token

# Verbs one does for someone: I made / bought / cooked a cake for you.
FOR_SOMEONE = frozenset("make buy cook bake bring write draw sing play order prepare choose find".split())


def english(clause: Clause, c: str) -> list[Token]:
    out = []
    if clause.companion is not None:
        out += [("with", c + ".with", ())] + english_phrases.noun_phrase(clause.companion, c + ".with", "object")
    if clause.beneficiary is not None:
        out += [("for", c + ".for", ())] + english_phrases.noun_phrase(clause.beneficiary, c + ".for", "object")
    return out


def french(clause: Clause, c: str) -> list[Token]:
    out = []
    if clause.companion is not None:
        out += [("avec", c + ".with", ())] + french_words.noun_phrase(clause.companion, c + ".with", "object")
    if clause.beneficiary is not None:
        out += [("pour", c + ".for", ())] + french_words.noun_phrase(clause.beneficiary, c + ".for", "object")
    return out


def korean(clause: Clause, c: str) -> list[Token]:
    out = []
    if clause.companion is not None:
        np_ = korean_phrases.noun_phrase(clause.companion, c + ".with")
        out += korean_phrases.with_particle(np_, "and", c + ".with") + [("함께", c + ".with", ())]
    if clause.beneficiary is not None:
        np_ = korean_phrases.noun_phrase(clause.beneficiary, c + ".for")
        out += korean_phrases.with_particle(np_, "object", c + ".for") + [("위해", c + ".for", ())]
    return out


def draw(sampler, rng: random.Random, clause: Clause) -> None:
    """Sometimes with someone (with my friend), and a thing made or bought sometimes for someone."""
    if rng.random() < 0.08:
        clause.companion = sampler.subject(rng, classes=("person", "animal"), coordinate=False)
    if clause.verb is not None and clause.verb.en in FOR_SOMEONE and clause.obj is not None and rng.random() < 0.2:
        someone = sampler.subject(rng, classes=("person",), coordinate=False)
        if clause.subject is None or someone.head is not clause.subject.head:  # not "I made it for me"
            clause.beneficiary = someone
