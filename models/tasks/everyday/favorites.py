""" "My favourite food is pizza" and "what is your favourite colour?", in all three languages:

    my favorite food is pizza     mon plat préféré est la pizza    내가 가장 좋아하는 음식은 피자다
    my favorite animal is the cat mon animal préféré est le chat   내가 가장 좋아하는 동물은 고양이다
    what is your favorite color   quelle est ta couleur préférée   네가 가장 좋아하는 색깔은 무엇이니

The subject is a possessed noun phrase with `favorite` set (each language's noun_phrase writes
"favorite", préféré and 가장 좋아하는); the answer is drawn from what the category holds. English
names the answer bare (pizza, summer, blue, soccer) except an animal (the cat); French always with
the article (la pizza, l'été, le bleu). Keys as in set_phrases.py: subject `c.s`, answer `c.p`,
is / est / 이다 `c.be`, the question word `c.wh`.
"""

from __future__ import annotations

import random
from dataclasses import replace

from models.tasks.everyday import english_phrases, french_words, korean_phrases
from models.tasks.everyday.lexicon import Lexicon, Name, Noun
from models.tasks.everyday.pastimes import LANGUAGES, SPORTS
from models.tasks.everyday.tree import Clause, NounPhrase, Token

# Foods English names without an article when they are what one likes best (my favourite food is
# pizza): the mass nouns and these.
BARE_FOODS = frozenset("pizza fish cake sushi spaghetti".split())
SCHOOL_SUBJECTS = frozenset({"math", "science", "history", "music", "art"}) | LANGUAGES
SEASONS = frozenset("spring summer autumn winter".split())
# French says "my favourite dish" (plat), not "my favourite nourriture"; Korean the day of the week (요일).
_FRENCH_HEAD = {"food": ("plat", "m", "plats")}
_KOREAN_HEAD = {"day": "요일"}


def answers(lex: Lexicon) -> dict[str, list[Noun | Name]]:
    """Category noun (English) → what can be one's favourite of it."""
    nouns = lex.nouns
    days = [n for n in nouns if n.cls == "time" and n.en.endswith("day") and n.en not in ("today", "birthday", "day")]
    pools = {
        "food": [n for n in nouns if n.cls == "food" and n.en != "food" and (n.mass or n.en in BARE_FOODS)],
        "animal": [n for n in nouns if n.cls == "animal" and n.en != "animal"],
        "color": [n for n in nouns if n.cls == "color"],
        "season": [n for n in nouns if n.en in SEASONS],
        "day": days,
        "sport": [n for n in nouns if n.en in SPORTS],
        "subject": [n for n in nouns if n.en in SCHOOL_SUBJECTS],
        "city": [n for n in lex.names if n.kind == "city"],
    }
    heads = {n.en: n for n in nouns}
    return {category: pool for category, pool in pools.items() if pool and category in heads}


def choose(sampler, rng: random.Random, clause: Clause) -> None:
    """Fill a "favorite" clause: whose, which category, and (for a statement) the answer."""
    pools = answers(sampler.lex)
    category = rng.choice(sorted(pools))
    head = next(n for n in sampler.lex.nouns if n.en == category)
    people = sampler.people if sampler.people and rng.random() < 0.15 else sampler.owners
    if clause.mood == "wh":  # one asks about someone else's: what is your / his favourite food
        people = [p for p in people if getattr(p, "person", 1) not in (0, 3)]
    clause.subject = NounPhrase(head, det="poss", owner=rng.choice(people), favorite=True)
    clause.predicate = NounPhrase(rng.choice(pools[category]), det="")
    clause.wh = "what" if clause.mood == "wh" else None


def _answer_is_bare_in_english(answer) -> bool:
    return isinstance(answer, Name) or answer.cls != "animal"


def english(clause: Clause, c: str) -> list[Token]:
    subject = english_phrases.noun_phrase(clause.subject, c + ".s")
    if clause.mood == "wh":
        return [("what", c + ".wh", ()), ("is", c + ".be", ())] + subject
    answer = clause.predicate.head
    det = "bare" if _answer_is_bare_in_english(answer) else "the"
    return subject + [("is", c + ".be", ())] + english_phrases.noun_phrase(replace(clause.predicate, det=det), c + ".p")


def french(clause: Clause, c: str) -> list[Token]:
    head = clause.subject.head
    if head.en in _FRENCH_HEAD:
        fr, gender, plural = _FRENCH_HEAD[head.en]
        head = replace(head, fr=fr, fr_gender=gender, fr_plural=plural)
    subject = french_words.noun_phrase(replace(clause.subject, head=head), c + ".s")
    if clause.mood == "wh":  # quel est ton plat préféré, quelle est ta couleur préférée
        return [("quelle" if head.fr_gender == "f" else "quel", c + ".wh", ()), ("est", c + ".be", ())] + subject
    answer = clause.predicate
    if isinstance(answer.head, Name):
        return subject + [("est", c + ".be", ()), (answer.head.fr, c + ".p.noun", ())]
    return subject + [("est", c + ".be", ())] + french_words.noun_phrase(replace(answer, det="the"), c + ".p", "object")


def korean(clause: Clause, c: str) -> list[Token]:
    head = clause.subject.head
    head = replace(head, ko=_KOREAN_HEAD[head.en], ko_alt=()) if head.en in _KOREAN_HEAD else head
    subject = korean_phrases.noun_phrase(replace(clause.subject, head=head), c + ".s")
    subject = korean_phrases.with_particle(subject, "topic", c + ".s.case", (c + ".s.noun",))
    if clause.mood == "wh" and head.en == "city":  # 네가 가장 좋아하는 도시는 어디니
        return subject + [("어디", c + ".wh", ()), ("-니", c + ".be", ())]
    if clause.mood == "wh":
        return subject + [("무엇", c + ".wh", ()), ("-이니", c + ".be", ())]
    noun = clause.predicate.head.ko
    return subject + [(noun, c + ".p.noun", ()), korean_phrases.particle(noun, "copula", c + ".be")]
