"""Two clauses in one sentence: "I was hungry so I ate", "I ate because I was hungry", "if it
rains, I will stay at home". The clauses are drawn like any other; what is drawn here is how they
fit together (tenses, one person for both) — korean_reason.py says how Korean joins them."""

from __future__ import annotations

import random

from models.tasks.everyday.one_subject import shares_subject
from models.tasks.everyday.set_phrases import KINDS as SET_PHRASES
from models.tasks.everyday.tree import Clause, NounPhrase, Sentence


def reason_and_result(sampler, rng: random.Random, conjunction: str) -> Sentence:
    """ "I was hungry so I ate", "I ate because I was hungry": the reason is present, progressive or
    past; the reason of "so" has its result's tense (past with past), as Korean -어서 has none."""
    while True:
        result, reason = sampler.clause(rng, statement_only=True), sampler.clause(rng, statement_only=True)
        if conjunction == "so" and (result.tense == "past") != (reason.tense == "past"):
            continue
        if reason.tense in ("present", "progressive", "past"):
            break
    mostly_one_person(rng, reason, result)  # "I was hungry so I ate"
    turned = conjunction == "because" and rng.random() < 0.15  # "because I was hungry, I ate"
    return Sentence([reason, result] if conjunction == "so" else [result, reason], conjunction, turned)


def condition_and_result(sampler, rng: random.Random) -> Sentence:
    """ "If it rains (tomorrow), I will stay at home", "if you are tired, sleep": the condition is in
    the present, the result a statement (not in the past) or a command."""
    condition = sampler.clause(rng, statement_only=True)
    while condition.tense not in ("present", "progressive") or condition.kind == "be_from":  # 왔다: a past form
        condition = sampler.clause(rng, statement_only=True)
    condition.in_condition = True
    result = sampler.clause(rng)
    while result.mood not in ("statement", "imperative") or result.kind in SET_PHRASES or result.tense == "past":
        result = sampler.clause(rng)
    mostly_one_person(rng, condition, result)
    you = [p for p in sampler.subject_pronouns if p.en == "you"]
    if (
        result.mood == "imperative"
        and condition.subject is not None
        and condition.subject.is_pronoun
        and you
        and rng.random() < 0.6
    ):
        condition.subject = NounPhrase(you[0], det="")  # if you are tired, sleep
    return Sentence([condition, result], "if", turned=rng.random() < 0.3)  # "I will stay at home if it rains"


def one_subject_actions(sampler, rng: random.Random, conjunction: str) -> Sentence:
    """ "She opened the box and smiled", "we can walk or take the bus": two affirmative actions of
    one subject in one tense (present, past, future) or after one "can" (one_subject.py)."""
    first, second = sampler.clause(rng, statement_only=True), sampler.clause(rng, statement_only=True)
    while not shares_subject(first, first):
        first = sampler.clause(rng, statement_only=True)
    while not (shares_subject(first, second) and second.verb is not first.verb):
        second = sampler.clause(rng, statement_only=True)
    second.subject, second.tense, second.modal = first.subject, first.tense, first.modal
    second.time = None  # said once, in the first: "yesterday she opened the box and smiled"
    if second.adverb is not None and second.adverb.type == "frequency" and second.tense != "present":
        second.adverb = None  # "always" was drawn for a present clause
    return Sentence([first, second], conjunction, one_subject=True)


def mostly_one_person(rng: random.Random, first: Clause, second: Clause) -> None:
    """Two clauses about the same person more often than chance: "I was hungry so I ate"."""
    if first.subject is not None and second.subject is not None and first.subject.is_pronoun and second.subject.is_pronoun:
        if rng.random() < 0.6:
            first.subject = second.subject
