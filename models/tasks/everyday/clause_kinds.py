"""How each kind of clause is drawn once the sampler has chosen it: be + adjective / noun /
place, be from, there is, have, weather, age, this is, and the set phrases (what is your name…).

A mixin of `Sampler` (sampler.py), which owns the lexicon views these methods read (`self.lex`,
`self.subject_pronouns`, `self.people`, `self.towns`…) and the shared draws (`self.subject`,
`self.noun_phrase`, `self.place`).
"""

from __future__ import annotations

import random

from models.tasks.everyday import expressions, favorites
from models.tasks.everyday.comparison import NOT_COMPARED
from models.tasks.everyday.french_idioms import AVOIR_NOUNS, animate
from models.tasks.everyday.tree import NOT_FOR_PLACES, WEATHER, Clause, NounPhrase, Place

LOCATIVE_PREPS = ("on", "under", "near", "behind", "in front of", "next to", "in")


def _pick(rng: random.Random, weights: dict):
    keys = list(weights)
    return rng.choices(keys, [weights[k] for k in keys])[0]


def _time_tense(clause: Clause) -> str:
    return {"past": "past", "future": "future", "going_to": "future"}.get(clause.tense, "present")


class ClauseKinds:
    """The clause kinds other than actions (sampler.py draws actions, questions and imperatives)."""

    def _set_phrase(self, rng: random.Random, clause: Clause) -> Clause:
        """What is your name, her name is Anna, how are you, what time is it, today is Monday, hello."""
        clause.kind = _pick(rng, {"name": 4, "greeting": 2, "clock": 2, "day": 2, "favorite": 5, "expression": 3})
        clause.negated, clause.modal, clause.mood = False, None, "wh" if rng.random() < 0.5 else "statement"
        clause.tense = "present"
        if clause.kind == "expression":  # hello, thank you (expressions.py): ~1% of sentences
            clause.subject, clause.mood, clause.expression = None, "statement", rng.choice(expressions.load())
            return clause
        singular = [p for p in self.subject_pronouns if p.person < 3]
        if clause.kind == "name":
            clause.subject = NounPhrase(rng.choice(singular), det="")
            gender = {"he": ("male",), "she": ("female",)}.get(clause.subject.head.en, ("male", "female"))
            clause.predicate = NounPhrase(rng.choice([n for n in self.people if n.kind in gender]), det="")
        elif clause.kind == "greeting":
            greeted = [p for p in self.subject_pronouns if p.en in ("you", "he", "she", "they")]
            clause.subject, clause.mood = NounPhrase(rng.choice(greeted), det=""), "wh"
        elif clause.kind == "favorite":
            favorites.choose(self, rng, clause)
            return clause
        elif clause.kind == "clock":
            clause.age = rng.randint(1, 12)
            now = [t for t in self.lex.times if t.en == "now"]
            clause.time = now[0] if now and rng.random() < 0.3 else None  # what time is it now
        else:
            days = [n for n in self.by_class.get("time", []) if n.en.endswith("day") and n.en not in ("today", "birthday", "day")]
            clause.mood, clause.tense = "statement", _pick(rng, {"present": 3, "future": 1, "past": 1})
            clause.predicate = NounPhrase(rng.choice(days), det="bare")
        clause.wh = "what" if clause.mood == "wh" else None
        return clause

    def _be_adj(self, rng: random.Random, clause: Clause) -> None:
        clause.subject = self.subject(
            rng, classes=("person", "animal", "food", "drink", "thing", "place", "vehicle", "clothing", "text", "nature")
        )
        if self.it is not None and rng.random() < 0.06:
            clause.subject = NounPhrase(self.it, det="")  # it is big
        elif self.cities and rng.random() < 0.06:
            clause.subject = NounPhrase(rng.choice(self.cities), det="")  # Seoul is beautiful
        clause.adjective = rng.choice(self.adjectives)
        states = [a for a in self.lex.adjectives if a.en in AVOIR_NOUNS]
        if states and animate(clause.subject) and rng.random() < 0.2:
            clause.adjective = rng.choice(states)  # I am hungry / j'ai faim: common, and French says it otherwise
        if self._compared(rng, clause):
            return
        if rng.random() < 0.15 and self.degree:
            clause.degree = rng.choice(self.degree)
        if rng.random() < 0.12:
            self._second_adjective(rng, clause)

    def _compared(self, rng: random.Random, clause: Clause) -> bool:
        """My brother is taller than me, Seoul is bigger than Paris, this book is more interesting than that one."""
        a = clause.adjective
        if clause.mood not in ("statement", "yes_no") or a.en in NOT_COMPARED or a.en in AVOIR_NOUNS or rng.random() > 0.12:
            return False
        s = clause.subject
        if s.is_name and s.head in self.cities:
            than = NounPhrase(rng.choice([c for c in self.cities if c is not s.head]), det="")
        elif s.is_pronoun or s.is_name or s.coordinated is not None or s.head.cls == "person":
            than = self.subject(rng, classes=("person",), coordinate=False)
        else:
            than = self.noun_phrase(rng, (s.head.cls,), allow_plural=False)
        if than == s:
            return False
        clause.than = than
        return True

    def _second_adjective(self, rng: random.Random, clause: Clause) -> None:
        """She is tired but happy, the room is small and clean: statements in the present or past
        (Korean joins the first adjective with -고 / -지만, whose future forms are not written yet)."""
        if clause.mood != "statement" or clause.negated or clause.tense not in ("present", "past"):
            return
        plain = self.joinable_adjectives
        if clause.adjective not in plain or len(plain) < 2:
            return
        clause.adjective2 = rng.choice([a for a in plain if a is not clause.adjective])
        clause.adj_conj = "but" if rng.random() < 0.5 else "and"
        clause.degree = None

    def _be_noun(self, rng: random.Random, clause: Clause) -> None:
        """I am a student; a plural subject takes a plural predicate: we are students, they are my friends."""
        if self.cities and self.city_noun is not None and rng.random() < 0.1:  # Paris is a big city
            clause.subject = NounPhrase(rng.choice(self.cities), det="")
            n_adj = rng.choice((0, 1, 1, 1, 2))
            adjectives = rng.sample(self.before_nouns, min(n_adj, len(self.before_nouns)))
            clause.predicate = NounPhrase(self.city_noun, det="a", adjectives=adjectives)
            return
        clause.subject = self.subject(rng, classes=("person",))
        clause.predicate = self.noun_phrase(rng, ("person",), allow_plural=False)
        clause.predicate.det = "a" if rng.random() < 0.8 else clause.predicate.det
        if clause.predicate.det in ("every", "some", "bare", "number", "many"):
            clause.predicate.det = "a"
        clause.predicate.plural = clause.subject.person in (3, 4, 5)
        if clause.mood in ("statement", "yes_no") and rng.random() < 0.15:
            clause.modal, clause.tense = "want", "present"  # I want to be a doctor, 의사가 되고 싶다

    def _be_place(self, rng: random.Random, clause: Clause) -> None:
        clause.subject = self.subject(rng, classes=("person", "animal", "thing", "food", "text", "clothing", "vehicle"))
        if self.cities and self.countries and rng.random() < 0.08:  # Paris is in France
            clause.subject = NounPhrase(rng.choice(self.cities), det="")
            clause.place = Place("in", NounPhrase(rng.choice(self.countries), det=""))
        elif rng.random() < 0.6:
            clause.place = Place(
                rng.choice(LOCATIVE_PREPS[:-1]), self.noun_phrase(rng, ("thing", "vehicle", "place"), allow_plural=False)
            )
            if clause.place.np.det in NOT_FOR_PLACES:
                clause.place.np.det = "the"
        elif rng.random() < 0.5 or not self.place_adverbs:
            clause.place = self.place(rng, None)
        else:
            clause.adverb = rng.choice(self.place_adverbs)  # the cat is here

    def _be_from(self, rng: random.Random, clause: Clause) -> None:
        """I am from Korea, where are you from."""
        clause.subject = self.subject(rng, classes=("person",))
        clause.place = Place("from", NounPhrase(rng.choice(self.towns), det=""))
        clause.tense, clause.modal = "present", None
        clause.negated = clause.negated and clause.mood == "statement"  # not "where is John not from"

    def _there_is(self, rng: random.Random, clause: Clause) -> None:
        pred = self.noun_phrase(rng, ("person", "animal", "food", "drink", "thing", "text", "clothing", "vehicle"))
        if pred.det not in ("a", "number", "some", "bare", "many"):
            pred.det = "a" if not pred.head.mass else "some"
            pred.plural = False
        clause.predicate = pred
        if clause.mood in ("statement", "yes_no") and rng.random() < 0.2:
            return  # there is a problem, is there any milk?
        clause.place = Place(rng.choice(LOCATIVE_PREPS), self.noun_phrase(rng, ("thing", "place", "vehicle"), allow_plural=False))
        clause.place.np.det = "the" if clause.place.np.det in NOT_FOR_PLACES else clause.place.np.det

    def _have(self, rng: random.Random, clause: Clause) -> None:
        clause.subject = self.subject(rng)
        obj = self.noun_phrase(rng, ("animal", "thing", "food", "drink", "text", "clothing", "vehicle", "person"))
        if obj.det in ("the", "this", "that", "every"):
            obj.det = "a" if not obj.head.mass else "some"
            obj.plural = False
        clause.obj = obj

    def _weather(self, rng: random.Random, clause: Clause) -> None:
        clause.weather = rng.choice(WEATHER)  # a question (what is the weather like) is asked in questions.py
        # the adjuncts of any clause: it is very cold today, it will snow in Seoul tomorrow
        if clause.weather not in ("rain", "snow") and self.degree and rng.random() < 0.15:
            clause.degree = rng.choice(self.degree)
        if self.towns and rng.random() < 0.2:
            clause.place = Place("in", NounPhrase(rng.choice(self.towns), det=""))
        fitting = [t for t in self.lex.times if t.tense in ("any", _time_tense(clause))]
        if fitting and rng.random() < 0.35:
            clause.time = rng.choice(fitting)

    def _age(self, rng: random.Random, clause: Clause) -> None:
        """My brother is ten years old, how old are you, she will be twelve next month."""
        clause.subject = self.subject(rng, classes=("person", "animal"))
        clause.age = _pick(rng, {n: (1 if n < 5 else 3 if n <= 18 else 1) for n in range(1, 21)})
        clause.age_short = rng.random() < 0.3
        clause.tense = {"going_to": "future", "progressive": "present"}.get(clause.tense, clause.tense)
        clause.modal = None

    def _this_is(self, rng: random.Random, clause: Clause) -> None:
        clause.demonstrative = rng.choice(("this", "that"))
        classes = ("person", "animal", "food", "drink", "thing", "place", "text", "vehicle", "clothing")
        pred = self.noun_phrase(rng, classes, allow_plural=False)
        pred.det = pred.det if pred.det in ("a", "poss", "the") else "a"
        if not pred.head.mass and rng.random() < 0.25:
            pred.plural = True  # these are my books, those are apples
        if pred.head.mass and pred.det == "a":
            pred.det = "poss"
            pred.owner = rng.choice(self.owners)
        clause.predicate = pred
        clause.tense = "present" if clause.tense not in ("past",) else "past"
        if clause.mood == "wh":
            clause.mood = "yes_no"
