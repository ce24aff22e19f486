"""Abstract toy sentences and their English realisation.

A sentence is sampled once as a small tree (clauses, noun phrases, verbs); `english()`,
`en_fr.french()` and `en_ko.korean()` each turn the same tree into words. Every word carries a
*key* naming the part of the tree it expresses, so the gold word alignment between English and
a translation is simply "same key".
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from models.tasks.lexicon import (
    ADJECTIVES,
    BE_EN,
    NOUN_BY_EN,
    NOUNS,
    PLACES,
    PREPOSITIONS,
    PRONOUNS,
    VERBS,
    Adjective,
    Noun,
    Pronoun,
    Verb,
)

MIN_WORDS, MAX_WORDS = 3, 25


@dataclass
class NounPhrase:
    pronoun: Pronoun | None = None
    noun: Noun | None = None
    definite: bool = True
    plural: bool = False
    adjectives: list[Adjective] = field(default_factory=list)


@dataclass
class Clause:
    subjects: list[NounPhrase]  # two subjects = "the cat and the dog"
    kind: str  # "adj" (is red), "noun" (is a student), "trans" (eats X), "intrans" (sleeps)
    negated: bool = False
    adjective: Adjective | None = None
    predicate: NounPhrase | None = None  # for kind "noun"
    verb: Verb | None = None
    obj: NounPhrase | None = None
    preps: list[tuple[str, NounPhrase]] = field(default_factory=list)

    @property
    def person(self) -> int:
        """Grammatical person/number index (see lexicon.Pronoun.person)."""
        if len(self.subjects) > 1:
            return 4
        np_ = self.subjects[0]
        if np_.pronoun:
            return np_.pronoun.person
        return 4 if np_.plural else 2


Sentence = list[Clause]
Token = tuple[str, str]  # (word, key)


# ---------------------------------------------------------------- sampling


def _noun_phrase(rng: random.Random, kinds, allow_plural: bool) -> NounPhrase:
    noun = rng.choice([n for n in NOUNS if n.kind in kinds])
    plural = allow_plural and rng.random() < 0.2
    n_adj = rng.choices([0, 1, 2], weights=[55, 35, 10])[0]
    adjs = rng.sample(ADJECTIVES, n_adj)
    return NounPhrase(noun=noun, definite=plural or rng.random() < 0.6, plural=plural, adjectives=adjs)


def _subject(rng: random.Random, allow_plural: bool) -> list[NounPhrase]:
    if rng.random() < 0.4:
        return [NounPhrase(pronoun=rng.choice(PRONOUNS))]
    animate = ("person", "animal")
    first = _noun_phrase(rng, animate, allow_plural)
    if rng.random() < 0.12:
        return [first, _noun_phrase(rng, animate, allow_plural)]
    return [first]


def sample_clause(rng: random.Random, allow_plural: bool = True) -> Clause:
    """Draw one clause; `allow_plural=False` keeps every noun phrase singular."""
    subjects = _subject(rng, allow_plural)
    clause = Clause(subjects=subjects, kind=rng.choices(["adj", "noun", "trans", "intrans"], [2, 1, 5, 3])[0])
    clause.negated = rng.random() < 0.25
    if clause.kind == "noun" and clause.person in (3, 4):
        clause.kind = "adj"  # "we are a student" is not English: plural subjects take an adjective
    if clause.kind == "adj":
        clause.adjective = rng.choice(ADJECTIVES)
    elif clause.kind == "noun":
        pred = _noun_phrase(rng, ("person",), allow_plural=False)
        pred.definite, pred.adjectives = False, pred.adjectives[:1]
        clause.predicate = pred
    else:
        transitive = clause.kind == "trans"
        clause.verb = rng.choice([v for v in VERBS if bool(v.objects) == transitive])
        if transitive:
            clause.obj = _noun_phrase(rng, clause.verb.objects, allow_plural)
    if clause.kind in ("trans", "intrans"):
        n_preps = rng.choices([0, 1, 2], weights=[60, 30, 10])[0]
        for prep in rng.sample(list(PREPOSITIONS), n_preps):
            kinds = ("person", "animal") if prep == "with" else ("thing",)
            np_ = _noun_phrase(rng, kinds, allow_plural)
            if prep == "in":
                np_.noun = NOUN_BY_EN[rng.choice(PLACES)]
            clause.preps.append((prep, np_))
    return clause


def sample_sentence(rng: random.Random, allow_plural: bool = True) -> Sentence:
    """Draw sentences until one has MIN_WORDS..MAX_WORDS English words."""
    while True:
        n_clauses = 1 if rng.random() < 0.75 else 2
        sentence = [sample_clause(rng, allow_plural) for _ in range(n_clauses)]
        if MIN_WORDS <= len(english(sentence)) <= MAX_WORDS:
            return sentence


# ---------------------------------------------------------------- English


def _article(definite: bool, next_word: str) -> str:
    if definite:
        return "the"
    return "an" if next_word[0] in "aeio" else "a"


def english_np(np_: NounPhrase, key: str) -> list[Token]:
    """English words of a noun phrase; keys are `key.det`, `key.adj0`, `key.noun`."""
    if np_.pronoun:
        return [(np_.pronoun.en, key + ".noun")]
    words = [(a.en, f"{key}.adj{i}") for i, a in enumerate(np_.adjectives)]
    noun = np_.noun.en_plural if np_.plural else np_.noun.en
    words.append((noun, key + ".noun"))
    return [(_article(np_.definite, words[0][0]), key + ".det")] + words


def _english_clause(clause: Clause, c: int) -> list[Token]:
    out: list[Token] = []
    for i, np_ in enumerate(clause.subjects):
        if i:
            out.append(("and", f"c{c}.sand"))
        out += english_np(np_, f"c{c}.s{i}")
    person = clause.person
    if clause.kind in ("adj", "noun"):
        out.append((BE_EN[person], f"c{c}.be"))
        if clause.negated:
            out.append(("not", f"c{c}.not"))
        if clause.kind == "adj":
            out.append((clause.adjective.en, f"c{c}.padj"))
        else:
            out += english_np(clause.predicate, f"c{c}.p")
    else:
        verb = clause.verb
        if clause.negated:
            out += [("does" if person == 2 else "do", f"c{c}.do"), ("not", f"c{c}.not")]
            out.append((verb.en, f"c{c}.verb"))
        else:
            out.append((verb.en_3sg if person == 2 else verb.en, f"c{c}.verb"))
        if clause.obj:
            out += english_np(clause.obj, f"c{c}.o")
    for j, (prep, np_) in enumerate(clause.preps):
        out.append((prep, f"c{c}.pp{j}.prep"))
        out += english_np(np_, f"c{c}.pp{j}")
    return out


def english(sentence: Sentence) -> list[Token]:
    """The English words of a sentence, each with its alignment key."""
    out: list[Token] = []
    for c, clause in enumerate(sentence):
        if c:
            out.append(("and", f"and{c}"))
        out += _english_clause(clause, c)
    return out
