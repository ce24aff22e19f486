"""Which English word a Korean word reads as, where several English words share it.

보다 is "see", "look at" and "watch"; 차 is "car" and "tea"; 배 is "boat", "pear" and "belly". A
Korean→English model can only learn a function, so each Korean word reads as one lemma: the one a
student expects (PREFERRED, else the shortest), unless the sentence shows it cannot be meant. What
the sentence shows is Korean too, so the reading stays a function of the Korean: 차를 마신다 is
"drink tea" (마시다 takes drinks), 차와 커피 "tea and coffee" (a drink beside a drink), 차를 판다
"sell a car" (the expected reading fits).
"""

from __future__ import annotations

import functools
from dataclasses import replace

from models.tasks.everyday.lexicon import Name, Noun, load
from models.tasks.everyday.tree import Clause, NounPhrase, Place

# Where several lemmas share a Korean word, the one a student expects back (학생 is "student", not
# "pupil"; 아이 "child"; 닫다 "close"). Elsewhere the shortest lemma, then the alphabetically first.
PREFERRED = frozenset(
    "student child close start find wear return grandmother grandfather time bottle boat hat shop rabbit test "
    "completely delicious house movie dinner breakfast respect prepare marry guest".split()
) | {"listen to"}  # 음악을 듣는다 "listen to music"

MEDIA = {"movie", "film", "television", "tv", "show", "match", "game", "video"}


def _senses(rows, korean) -> dict[str, list]:
    """Rows by their Korean form, the expected reading first (PREFERRED, else the shortest), so the
    choice is stable."""
    senses: dict[str, list] = {}
    for row in sorted(rows, key=lambda r: (r.en not in PREFERRED, len(r.en.split()), len(r.en), r.en)):
        senses.setdefault(korean(row), []).append(row)
    return senses


def _representatives(rows, korean) -> dict[str, object]:
    return {ko: rows_[0] for ko, rows_ in _senses(rows, korean).items()}


@functools.cache
def lemmas() -> dict[str, dict]:
    """Lexicon rows by English lemma: {"verb": {"watch": …}, "noun": {…}, "pronoun": {…}, "adverb": {…}}."""
    lex = load()
    kinds = (("verb", lex.verbs), ("noun", lex.nouns), ("pronoun", lex.pronouns), ("adverb", lex.adverbs))
    return {kind: {r.en: r for r in rows} for kind, rows in kinds}


@functools.cache
def _verb_representatives() -> dict[bool, dict]:
    """Representatives among the verbs that take an object (True) and among those that do not."""
    verbs = load().verbs
    return {t: _representatives([v for v in verbs if bool(v.objects) == t], lambda v: v.ko_dict) for t in (True, False)}


@functools.cache
def _korean_representatives() -> tuple[dict, dict, dict, dict]:
    lex = load()
    return (
        _senses(lex.nouns, lambda n: n.ko),
        _representatives(lex.adjectives, lambda a: a.ko_dict),
        _representatives(lex.adverbs + lex.times, lambda a: a.ko),
        _representatives(lex.names, lambda n: n.ko),  # 지수 is Jisu (not also Jisoo)
    )


@functools.cache
def _objects_of_korean_verb() -> dict[str, frozenset[str]]:
    """The noun classes a Korean verb takes as its object: those of every English verb written with
    it (보다 takes what see, look at and watch take)."""
    classes: dict[str, set[str]] = {}
    for verb in load().verbs:
        classes.setdefault(verb.ko_dict, set()).update(verb.objects)
    return {ko: frozenset(c) for ko, c in classes.items()}


def _noun(korean: str, fallback: Noun, *contexts: frozenset[str]) -> Noun:
    """The reading of a Korean noun: the expected one, unless a context (the noun classes the
    sentence allows there, most telling first) rules it out and admits another."""
    senses = _korean_representatives()[0].get(korean)
    if not senses:
        return fallback
    for allowed in contexts:
        fitting = [s for s in senses if s.cls in allowed]
        if fitting:
            return fitting[0]
    return senses[0]


def verb_written(korean: str):
    """The verb a Korean dictionary form reads as with no object (샤워하다 "take a shower"), or None."""
    by_transitivity = _verb_representatives()
    return by_transitivity[False].get(korean) or by_transitivity[True].get(korean)


def _verb_for(by_transitivity: dict, clause: Clause):
    """A verb reads as the lemma of its Korean word that takes an object as it does (나는 그를
    기다린다 "I wait for him", not "I wait"); 영화를 본다 is "watch a movie"."""
    verb = by_transitivity[bool(clause.verb.objects)].get(clause.verb.ko_dict, clause.verb)
    if verb.en == "see" and clause.obj is not None and _media(clause.obj):
        return lemmas()["verb"].get("watch", verb)
    if verb.en == "find" and clause.tense == "progressive":  # 찾고 있다 "is looking for" (not "is finding")
        return lemmas()["verb"].get("look for", verb)
    return verb


def _media(np_: NounPhrase) -> bool:
    return isinstance(np_.head, Noun) and np_.head.en in MEDIA


def one_english_word_per_korean_word(clause: Clause) -> Clause:
    senses, adjectives, adverbs, names = _korean_representatives()

    def np(phrase: NounPhrase | None, *contexts: frozenset[str]) -> NounPhrase | None:
        if phrase is not None and phrase.coordinated is not None:
            first, second = phrase.first, phrase.coordinated
            return replace(
                np(first, _partner_class(second), *contexts),  # 차와 커피 "tea and coffee"
                coordinated=np(second, _partner_class(first), *contexts),
                conj=phrase.conj,
            )
        if phrase is not None and isinstance(phrase.owner, Name):
            phrase = replace(phrase, owner=names.get(phrase.owner.ko, phrase.owner))
        if phrase is not None and isinstance(phrase.head, Name):
            return replace(phrase, head=names.get(phrase.head.ko, phrase.head))
        if phrase is None or not isinstance(phrase.head, Noun):
            return phrase
        return replace(
            phrase,
            head=_noun(phrase.head.ko, phrase.head, *contexts),
            adjectives=[adjectives.get(a.ko_dict, a) for a in phrase.adjectives],
        )

    verb_takes = (_objects_of_korean_verb().get(clause.verb.ko_dict, frozenset()),) if clause.verb else ()
    return replace(
        clause,
        verb=_verb_for(_verb_representatives(), clause) if clause.verb else None,
        adjective=adjectives.get(clause.adjective.ko_dict, clause.adjective) if clause.adjective else None,
        adjective2=adjectives.get(clause.adjective2.ko_dict, clause.adjective2) if clause.adjective2 else None,
        adverb=adverbs.get(clause.adverb.ko, clause.adverb) if clause.adverb else None,
        degree=adverbs.get(clause.degree.ko, clause.degree) if clause.degree else None,
        time=adverbs.get(clause.time.ko, clause.time) if clause.time else None,
        subject=np(clause.subject),
        obj=np(clause.obj, *verb_takes),  # 차를 마신다 "drink tea"
        predicate=np(clause.predicate),
        place=Place(clause.place.prep, np(clause.place.np)) if clause.place else None,
        companion=np(clause.companion),
        beneficiary=np(clause.beneficiary),
    )


def _partner_class(phrase: NounPhrase) -> frozenset[str]:
    """The class of the expected reading of the other noun in a coordination ("coffee": drink)."""
    head = phrase.head
    if not isinstance(head, Noun):
        return frozenset()
    senses = _korean_representatives()[0].get(head.ko)
    return frozenset({(senses[0] if senses else head).cls})
