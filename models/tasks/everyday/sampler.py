"""Draw sentence trees with the mix of constructions a class types: statements, questions,
imperatives; every tense; negation; pronouns, names, possessives, numbers; places and times.

Nouns, verbs and adjectives are drawn uniformly from the lexicon (within the classes a verb
accepts), so every row is seen in training, not only the frequent ones.
"""

from __future__ import annotations

import random

from models.tasks.everyday import companions, expressions, measures, named_people, on_foot
from models.tasks.everyday.clause_kinds import ClauseKinds, _pick, _time_tense
from models.tasks.everyday.coordination import coordinate_object, coordinated_subject
from models.tasks.everyday.french_idioms import AVOIR_NOUNS
from models.tasks.everyday.lexicon import Lexicon, Noun, Verb
from models.tasks.everyday.pastimes import INSTRUMENTS, LANGUAGES, SPORTS
from models.tasks.everyday.questions import choose_question_word
from models.tasks.everyday.tree import BUSINESSES, NOT_FOR_PLACES, Clause, NounPhrase, Place, Sentence
from models.tasks.everyday.two_clauses import condition_and_result, one_subject_actions, reason_and_result

ANIMATE = ("person", "animal")
# English says "at school", "at the station" but "in the kitchen", "in the park".
AT_PLACES = {
    "school",
    "work",
    "home",
    "station",
    "airport",
    "office",
    "restaurant",
    "hospital",
    "library",
    "bank",
    "beach",
    "party",
    "church",
    "university",
    "store",
    "shop",
    "bus stop",
    "museum",
    "cinema",
    "theater",
    "hotel",
    "market",
    "gym",
    "concert",
    "class",
}


# Verbs of state, which English does not put in the progressive.
STATIVE = frozenset("need know like love want hate prefer understand believe own remember mean belong".split())


class Sampler(ClauseKinds):
    """Draws sentence trees from one lexicon; deterministic for the `random.Random` it is given."""

    def __init__(self, lexicon: Lexicon):
        self.lex = lexicon
        self.by_class: dict[str, list[Noun]] = {}
        for n in lexicon.nouns:
            if n.en != "home":  # "home" is only a place to be or go: "at home", "go home"
                self.by_class.setdefault(n.cls, []).append(n)
        self.home = next((n for n in lexicon.nouns if n.en == "home"), None)
        self.containers = {n.en: n for n in lexicon.nouns if n.en in measures.CONTAINERS}
        self.measuring = [v for v in lexicon.verbs if v.en in measures.MEASURED_BY]
        # what each of them is measured in: a drink for "drink" (measures.draw), looked up once
        self.held = {v.en: measures.held_by_containers(lexicon.nouns, v.objects) for v in self.measuring}
        self.transitive = [v for v in lexicon.verbs if v.objects]
        self.person_objects = [v for v in self.transitive if "person" in v.objects]
        self.with_place = [v for v in lexicon.verbs if v.place]
        self.manner = [a for a in lexicon.adverbs if a.type in ("manner", "time")]
        self.place_adverbs = [a for a in lexicon.adverbs if a.type == "place"]
        self.frequency = [a for a in lexicon.adverbs if a.type == "frequency"]
        self.degree = [a for a in lexicon.adverbs if a.type == "degree" and len(a.en.split()) == 1]
        self.people = [n for n in lexicon.names if n.kind in ("male", "female")]
        self.towns = [n for n in lexicon.names if n.kind in ("city", "country")]
        # Cities as subjects and objects (Paris is a big city, we visited Seoul): countries would need
        # French's article there (la France est belle), which the French realiser writes only in places.
        self.cities = [n for n in lexicon.names if n.kind == "city"]
        self.countries = [n for n in lexicon.names if n.kind == "country"]
        self.city_noun = next((n for n in lexicon.nouns if n.en == "city"), None)
        self.businesses = [n for n in lexicon.nouns if n.en in BUSINESSES]  # what opens and closes
        # adjectives one clause may join (tired but happy): not the ones French says with avoir, nor
        # hot / cold, whose Korean depends on the subject
        # "same" only ever stands before a noun, after "the": the same school, la même école, 같은 학교;
        # "sorry" never does (I am sorry, not "a sorry boy")
        self.adjectives = [a for a in lexicon.adjectives if a.en != "same"]
        self.before_nouns = [a for a in self.adjectives if a.en != "sorry"]
        self.same = next((a for a in lexicon.adjectives if a.en == "same"), None)
        self.joinable_adjectives = [a for a in self.adjectives if a.en not in AVOIR_NOUNS and a.en not in ("hot", "cold")]
        self.subject_pronouns = [p for p in lexicon.pronouns if p.en != "it"]  # "it" for things: see _action, _be_adj
        self.owners = self.subject_pronouns
        self.it = next((p for p in lexicon.pronouns if p.en == "it"), None)
        self.pastimes = {
            "play": [n for n in lexicon.nouns if n.en in SPORTS | INSTRUMENTS],
            "speak": [n for n in lexicon.nouns if n.en in LANGUAGES],
        }

    # ------------------------------------------------------------ noun phrases

    def noun(self, rng: random.Random, classes) -> Noun:
        pool = [n for c in classes for n in self.by_class.get(c, [])]
        return rng.choice(pool or self.lex.nouns)  # a verb whose object classes have no nouns yet

    def noun_phrase(self, rng: random.Random, classes, *, allow_plural=True, allow_adjectives=True) -> NounPhrase:
        noun = self.noun(rng, classes)
        if noun.mass:
            det = _pick(rng, {"the": 3, "poss": 2, "this": 1, "that": 1, "some": 1, "bare": 4, "many": 1})
            plural = False
        else:
            det = _pick(
                rng,
                {"the": 35, "a": 22, "poss": 14, "this": 5, "that": 4, "number": 6, "some": 3, "every": 2, "bare": 9, "many": 4},
            )
            if not allow_plural and det in ("number", "some", "bare", "many"):
                det = "the"
            plural = det in ("number", "some", "bare", "many") or (
                allow_plural and det in ("the", "poss", "this", "that") and rng.random() < 0.2
            )
        if noun.cls == "time" and det in ("number", "some", "every", "bare", "many"):
            det, plural = "the", False
        n_adj = _pick(rng, {0: 70, 1: 25, 2: 5}) if allow_adjectives else 0
        adjectives = rng.sample(self.before_nouns, min(n_adj, len(self.before_nouns)))
        if det == "the" and self.same is not None and rng.random() < 0.04:
            adjectives = [self.same, *adjectives[:1]]
        owner = None
        if det == "poss":
            owner = rng.choice(self.people) if self.people and rng.random() < 0.15 else rng.choice(self.owners)
        number = _pick(rng, {n: (6 if n <= 5 else 3 if n <= 10 else 1) for n in range(1, 21)}) if det == "number" else 0
        plural = plural and number != 1
        favorite = det == "poss" and rng.random() < 0.06  # my favourite book
        np_ = NounPhrase(noun, det, plural, adjectives, owner, number, favorite=favorite)
        named_people.draw(rng, np_, self.people)  # my friend Minji
        return np_

    def subject(self, rng: random.Random, classes=ANIMATE, coordinate: bool = True) -> NounPhrase:
        if coordinate and rng.random() < 0.06:
            return coordinated_subject(self, rng, classes)
        roll = rng.random()
        if roll < 0.45:
            return NounPhrase(rng.choice(self.subject_pronouns), det="")
        if roll < 0.55 and self.people:
            return NounPhrase(rng.choice(self.people), det="")
        return self.noun_phrase(rng, classes)

    def place(self, rng: random.Random, verb: Verb | None) -> Place:
        how = verb.place if verb else "in"
        if rng.random() < 0.15 and self.towns:
            return Place("to" if how == "to" else "in", NounPhrase(rng.choice(self.towns), det=""))
        if self.home is not None and how in ("to", "at") and rng.random() < 0.1:
            return Place(how, NounPhrase(self.home, det="the"))
        np_ = self.noun_phrase(rng, ("place",), allow_plural=False)
        np_.det = "the" if np_.det in NOT_FOR_PLACES else np_.det
        if how == "to":
            return Place("to", np_)
        return Place("at" if np_.head.en in AT_PLACES else "in", np_)

    # ------------------------------------------------------------ clauses

    def clause(self, rng: random.Random, statement_only: bool = False) -> Clause:
        kind = _pick(
            rng,
            {
                "action": 55,
                "be_adj": 12,
                "be_noun": 6,
                "be_place": 5,
                "be_from": 2,
                "there_is": 5,
                "have": 7,
                "weather": 4,
                "this_is": 6,
                "age": 2,
            },
        )
        mood = (
            "statement" if statement_only else _pick(rng, {"statement": 62, "yes_no": 14, "wh": 12, "imperative": 8, "lets": 4})
        )
        if mood in ("imperative", "lets") and kind != "action":
            mood = "statement"
        tense = _pick(rng, {"present": 35, "progressive": 15, "past": 25, "future": 13, "going_to": 12})
        if kind != "action" and tense == "progressive":
            tense = "present"
        if kind in ("have", "there_is") and tense == "going_to":
            tense = "future"
        clause = Clause(kind=kind, subject=None, tense=tense, mood=mood, negated=rng.random() < 0.22)
        if not statement_only and rng.random() < 0.07:
            return self._set_phrase(rng, clause)
        getattr(self, "_" + kind)(rng, clause)
        if clause.tense == "progressive" and clause.verb is not None and clause.verb.en in STATIVE:
            clause.tense = "present"  # "I need water", never "I am needing water"
        if mood in ("imperative", "lets") and " " in clause.verb.fr_inf:
            clause.mood = mood = "statement"  # "need it!": avoir besoin and 필요하다 have no imperative
        if mood in ("imperative", "lets"):
            clause.subject, clause.tense, clause.modal = None, "present", None
            clause.please = mood == "imperative" and not clause.negated and rng.random() < 0.3  # please sit down
            self._imperative_object(rng, clause)
            clause.time = None if clause.time and clause.time.tense == "past" else clause.time
        if mood == "wh":
            choose_question_word(self, rng, clause)
        asked_when = kind == "weather" and clause.mood == "wh"  # questions.py chose its time
        if clause.time is None and kind not in ("this_is", "be_from") and not asked_when and rng.random() < 0.2:
            fitting = [t for t in self.lex.times if t.tense in ("any", _time_tense(clause))]
            clause.time = rng.choice(fitting) if fitting else None
        return clause

    def _action(self, rng: random.Random, clause: Clause) -> None:
        verb = rng.choice(self.transitive if rng.random() < 0.7 else self.lex.verbs)
        if rng.random() < 0.03 and self.measuring:
            verb = rng.choice(self.measuring)  # drink, order, want: what a cup of tea is for (measures.py)
        clause.verb = verb
        clause.subject = self.subject(rng)
        if verb.objects:
            if "person" in verb.objects and rng.random() < 0.25:
                clause.obj = NounPhrase(rng.choice(self.subject_pronouns), det="")
            elif self.it is not None and "person" not in verb.objects and rng.random() < 0.08:
                clause.obj = NounPhrase(self.it, det="")  # I like it, je l'aime, 나는 그것을 좋아한다
            elif "place" in verb.objects and self.cities and rng.random() < 0.25:
                clause.obj = NounPhrase(rng.choice(self.cities), det="")  # we visited Paris
            else:
                clause.obj = self.noun_phrase(rng, verb.objects)
                while verb.ko_dict == "듣다" and clause.obj.head.ko == "말":
                    # 내 말을 듣는다 is "listens to me" (korean.py), so no one hears a horse (말)
                    clause.obj = self.noun_phrase(rng, verb.objects)
                if verb.en in measures.MEASURED_BY and not clause.negated:
                    clause.obj = measures.draw(rng, clause.obj, self.containers, self.held[verb.en])  # two cups of coffee
        if verb.en == "play" and self.pastimes["play"] and rng.random() < 0.6:
            clause.obj = NounPhrase(rng.choice(self.pastimes["play"]), det="the")  # play football, play the piano
        elif verb.en == "speak" and self.pastimes["speak"] and rng.random() < 0.6:
            clause.obj = NounPhrase(rng.choice(self.pastimes["speak"]), det="bare")  # speak French
        if rng.random() < (0.25 if verb.en == "speak" else 0.07):
            coordinate_object(self, rng, clause)
        if verb.place and rng.random() < 0.3:
            clause.place = self.place(rng, verb)
        elif verb.place and rng.random() < 0.08 and self.place_adverbs:
            clause.adverb = rng.choice(self.place_adverbs)  # I live here, go home
        if clause.adverb is None and rng.random() < 0.15 and clause.mood == "statement" and clause.tense == "present":
            clause.adverb = rng.choice(self.frequency) if self.frequency else None
        elif clause.adverb is None and rng.random() < 0.12 and self.manner:
            clause.adverb = rng.choice(self.manner)
        companions.draw(self, rng, clause)  # with my friend, for my mother
        if clause.mood in ("statement", "yes_no") and rng.random() < 0.15:
            clause.modal = _pick(rng, {"can": 3, "want": 3, "like": 2, "have_to": 2})
            clause.tense = "present"
        if verb.en in ("open", "close") and self.businesses and clause.mood != "imperative" and rng.random() < 0.35:
            # the shop opens at nine / 가게는 아홉 시에 문을 연다
            clause.subject = NounPhrase(rng.choice(self.businesses), det="the")
            clause.obj, clause.companion, clause.modal = None, None, None
        on_foot.draw(self, rng, clause)  # walk to school

    def _imperative_object(self, rng: random.Random, clause: Clause) -> None:
        """Help me, call him, listen to us: a person pronoun, but never the addressee (not "help you")."""
        verb, obj = clause.verb, clause.obj
        addressee = (1,) if clause.mood == "imperative" else (0, 1, 3)  # not "help you", "let us help us"
        others = [p for p in self.subject_pronouns if p.person not in addressee]
        if obj is not None and obj.is_pronoun and obj.person in addressee:
            clause.obj = NounPhrase(rng.choice(others), det="")
        elif verb is not None and "person" in verb.objects and not verb.fr_reflexive and rng.random() < 0.35:
            clause.obj = NounPhrase(rng.choice(others), det="")

    def sentence(self, rng: random.Random) -> Sentence:
        if rng.random() < 0.015:
            return self._after_an_expression(rng)  # hello, my name is Tom
        if rng.random() < 0.13:
            conjunction = _pick(rng, {"and": 5, "but": 3, "or": 1, "so": 2, "because": 2, "if": 3})
            if conjunction == "if":
                return condition_and_result(self, rng)
            if conjunction in ("so", "because"):
                return reason_and_result(self, rng, conjunction)
            if conjunction in ("and", "or") and rng.random() < 0.45:
                return one_subject_actions(self, rng, conjunction)  # she opened the box and smiled
            first, second = self.clause(rng, statement_only=True), self.clause(rng, statement_only=True)
            return Sentence([first, second], conjunction)
        return Sentence([self.clause(rng)])

    def _after_an_expression(self, rng: random.Random) -> Sentence:
        """Hello, my name is Tom · sorry, I am late · yes, I like it (expressions.py; the comma is target-only)."""
        leading = [e for e in expressions.load() if e.en in expressions.LEADS]
        first = Clause("expression", None, expression=rng.choice(leading))
        second = self.clause(rng)
        while second.kind == "expression":
            second = self.clause(rng)
        return Sentence([first, second], ",")
