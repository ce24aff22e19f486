"""The abstract sentence: one tree, realised in English, French and Korean.

A sentence is one or two clauses. A clause says *what* is meant (subject, predicate, object,
place, time, tense, negation, question) and nothing about word order or endings; the realisers
`english.py`, `french.py` and `korean.py` decide those. Every word a realiser writes carries the
key of the tree part it expresses (`c0.s.noun`, `c0.verb`, `c0.neg`…), so the gold alignment
between two languages is "same key".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from models.tasks.everyday.lexicon import Adjective, Adverb, Name, Noun, Pronoun, TimeExpression, Verb

if TYPE_CHECKING:
    from models.tasks.everyday.expressions import Expression

TENSES = ("present", "progressive", "past", "future", "going_to")
MODALS = ("can", "want", "like", "have_to")
MOODS = ("statement", "yes_no", "wh", "imperative", "lets")
KINDS = ("action", "be_adj", "be_noun", "be_place", "be_from", "there_is", "have", "weather", "this_is", "age")
KINDS += ("name", "greeting", "clock", "day", "favorite", "expression")  # set phrases: set_phrases.py, favorites.py,
# expressions.py
WH = ("what", "who_subject", "who_object", "where", "when", "why", "how", "how_old")
# Determiners. "bare" = no article: a generic plural ("I like cats") or a mass noun ("water").
DETERMINERS = ("the", "a", "this", "that", "poss", "some", "every", "number", "bare", "many")
# Determiners a place or a predicate noun never takes ("in many parks"): the sampler makes them "the" or "a".
NOT_FOR_PLACES = ("a", "number", "some", "every", "bare", "many")
# Places that open and close: "the shop opens at nine" (Korean: 가게는 문을 연다)
BUSINESSES = frozenset("shop store bank library museum restaurant cafe supermarket bakery pharmacy school market".split())
WEATHER = ("rain", "snow", "cold", "hot", "warm", "cool", "nice", "bad", "sunny", "cloudy")

# A realised word: (word, key of the tree part it expresses, other keys it may also align to).
Token = tuple[str, str, tuple[str, ...]]


@dataclass
class NounPhrase:
    head: Noun | Pronoun | Name
    det: str = "the"
    plural: bool = False
    adjectives: list[Adjective] = field(default_factory=list)
    owner: Pronoun | Name | None = None  # det == "poss": my, your…, Tom's
    number: int = 0  # det == "number": 1..20
    # "Tom and Anna", "tea or coffee": a second phrase joined by `conj` ("and" / "or"); its words
    # carry the key `<key>.2`, the conjunction `<key>.conj`. A pronoun is only ever the second one.
    coordinated: NounPhrase | None = None
    conj: str = "and"
    # my favourite book, mon livre préféré, 내가 가장 좋아하는 책: only with det "poss" (ignored otherwise)
    favorite: bool = False
    # a cup of tea, deux tasses de café, 커피 두 잔: the container holding the head, which `det` and
    # `number` count (measures.py)
    measure: Noun | None = None
    named: Name | None = None  # my friend Minji: the person's name after the noun (named_people.py)

    @property
    def first(self) -> NounPhrase:
        """This phrase without its coordinated part."""
        return NounPhrase(
            self.head,
            self.det,
            self.plural,
            self.adjectives,
            self.owner,
            self.number,
            favorite=self.favorite,
            measure=self.measure,
            named=self.named,
        )

    @property
    def last(self) -> NounPhrase:
        return self.coordinated.last if self.coordinated is not None else self

    @property
    def is_pronoun(self) -> bool:
        return isinstance(self.head, Pronoun)

    @property
    def is_name(self) -> bool:
        return isinstance(self.head, Name)

    @property
    def person(self) -> int:
        """French person index of this phrase as a subject (0 je … 5 ils)."""
        if self.coordinated is not None:  # my brother and I → nous, Tom and you → vous, Tom and Anna → ils
            persons = {self.first.person, self.coordinated.person}
            return 3 if persons & {0, 3} else 4 if persons & {1, 4} else 5
        if isinstance(self.head, Pronoun):
            return self.head.person
        return 5 if self.plural else 2

    @property
    def feminine(self) -> bool:
        if self.coordinated is not None:  # Anna et Marie sont amies; one man makes it masculine
            return self.first.feminine and self.coordinated.feminine
        head = self.head
        if isinstance(head, Pronoun):
            return head.fr_gender == "f"
        if isinstance(head, Name):
            return head.kind == "female" or head.fr_gender == "f"
        return head.fr_gender == "f"


@dataclass
class Place:
    prep: str  # in, on, under, near, behind, in front of, next to, at, to, with
    np: NounPhrase


@dataclass
class Clause:
    kind: str
    subject: NounPhrase | None  # None for weather and imperatives
    tense: str = "present"
    mood: str = "statement"
    negated: bool = False
    modal: str | None = None
    wh: str | None = None
    verb: Verb | None = None
    obj: NounPhrase | None = None
    adjective: Adjective | None = None  # be_adj
    degree: Adverb | None = None  # very happy
    # be_adj: "tired but happy", "small and clean": a second adjective joined by `adj_conj`
    adjective2: Adjective | None = None
    adj_conj: str = "and"
    than: NounPhrase | None = None  # be_adj compared: "taller than my brother" (comparison.py)
    predicate: NounPhrase | None = None  # be_noun, this_is
    place: Place | None = None
    companion: NounPhrase | None = None  # "with my friend" (companions.py)
    beneficiary: NounPhrase | None = None  # "for my mother" (companions.py)
    time: TimeExpression | None = None
    adverb: Adverb | None = None  # manner, frequency, time ("early") or place ("here")
    weather: str | None = None
    demonstrative: str = "this"  # this_is: "this" / "that"
    age: int = 0  # age: years (1..20)
    age_short: bool = False  # age: English "he is ten" rather than "he is ten years old"
    in_condition: bool = False  # the condition of "if": English "if it rains", not "if it is raining"
    expression: Expression | None = None  # hello, thank you, see you tomorrow (expressions.py)
    please: bool = False  # a command asked politely: please sit down (please.py)

    @property
    def third_singular(self) -> bool:
        return self.subject is not None and self.subject.person == 2


@dataclass
class Sentence:
    clauses: list[Clause]
    conjunction: str = ""  # "and", "but", "or", "so", "because", "if" between two clauses; "," after an expression
    # English (and French) say the clauses the other way round: "B if A" (rather than "if A, B"),
    # "because A, B" (rather than "B because A"). Korean keeps one order (korean_reason.py).
    turned: bool = False
    one_subject: bool = False  # "she opened the box and smiled": the second clause's subject is the first's (one_subject.py)


def clause_order(sentence: Sentence) -> list[int | None]:
    """The order English and French say a sentence's clauses in; None is the conjunction."""
    if len(sentence.clauses) == 1:
        return [0]
    if sentence.conjunction == "if":  # if A, B · B if A
        return [1, None, 0] if sentence.turned else [None, 0, 1]
    if sentence.conjunction == "because" and sentence.turned:  # because A, B
        return [None, 1, 0]
    return [0, None, 1]


def split_words(tokens: list[Token]) -> list[Token]:
    """One token per written word: a lexicon entry of several words (`police officer`, `우주 비행사`,
    `noix de coco`) becomes several tokens with the same key, as typed text is split at spaces. An
    expression's token stays whole (잘 가: expressions.py says why)."""
    out: list[Token] = []
    for word, key, also in tokens:
        whole = " " not in word or key.endswith(".expr")
        out += [(word, key, also)] if whole else [(part, key, also) for part in word.split()]
    return out
