"""Korean "many" / "a lot of": 많다 says it, in the place the sentence gives it.

    There are many people in the street.  거리에 사람이 많다        (what there is: 많다 is the verb)
    I have a lot of friends.              나는 친구가 많다
    I read many books.                    나는 책을 많이 읽는다      (an object: the adverb 많이)
    Many people like rain.                많은 사람들이 비를 좋아한다 (a subject: 많은 before it,
                                                                     korean_phrases.noun_phrase)

A Korean source is sometimes written the other way (많은 책을 읽는다, 많은 친구가 있다), as
students write it too; the English of both is the same.
"""

from __future__ import annotations

from dataclasses import replace

from models.tasks.everyday.korean_phrases import _coin, noun_phrase, with_particle
from models.tasks.everyday.korean_predicate import predicate
from models.tasks.everyday.tree import Clause, NounPhrase, Token


def counted_many(np_: NounPhrase | None) -> bool:
    return np_ is not None and np_.det == "many" and np_.coordinated is None


def _without_many(np_: NounPhrase) -> NounPhrase:
    return replace(np_, det="bare", plural=False)


def there_are_many(clause: Clause, c: str, np_: NounPhrase, key: str, verb_key: str) -> list[Token] | None:
    """사람이 많다 for "there are many people" and "have many friends" (`key`: the phrase's, `c.p`
    or `c.o`); None when a source writes 많은 사람이 있다 instead."""
    if not counted_many(np_) or _coin(0.25):
        return None
    counted = not np_.head.mass and _coin(0.3)  # a source may say 사람들이 많다
    np_ = replace(np_, det="the", plural=True) if counted else _without_many(np_)
    thing = with_particle(noun_phrase(np_, key), "subject", key + ".case", (key + ".noun",))
    many = predicate(replace(clause, modal=None), c, "많다", "reg", True, key + ".det")
    return thing + [(w, k, also + (verb_key,)) if k == key + ".det" else (w, k, also) for w, k, also in many]


def object_many_times(obj: NounPhrase, key: str, particle_kind: str) -> list[Token] | None:
    """The object of "read many books": 책을 많이, the adverb after it; None for the 많은 책을 of a source."""
    if not counted_many(obj) or _coin(0.3):
        return None
    return with_particle(noun_phrase(_without_many(obj), key), particle_kind, key + ".case", (key + ".noun",)) + [
        ("많이", key + ".det", ())
    ]
