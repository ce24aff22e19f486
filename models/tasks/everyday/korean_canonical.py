"""The one English reading a Korean sentence gets where Korean does not mark the difference.

Korean writes "the cat", "a cat", "cats" and "some cats" all as 고양이, "will" and "going to" both
as -ㄹ 것이다, and "see", "look at" and "watch" all as 보다. A Korean→English model can only learn
a function, so for that direction the tree is rewritten to one fixed choice before both sides are
realised. `tests/test_grammar.py` checks that no Korean sentence gets two English ones.
"""

from __future__ import annotations

from dataclasses import replace

from models.tasks.everyday.korean_object import a_business, addressee_owns
from models.tasks.everyday.korean_phrases import COLLECTIVE, OURS, PAIR
from models.tasks.everyday.korean_senses import lemmas, one_english_word_per_korean_word, verb_written
from models.tasks.everyday.lexicon import Noun
from models.tasks.everyday.pastimes import INSTRUMENTS, LANGUAGES, SPORTS, korean_verb
from models.tasks.everyday.tree import Clause, NounPhrase, Place, Sentence

APPRECIATION = {"like", "love", "hate", "prefer", "enjoy"}


COLLAPSED = ("the", "a", "some", "bare")  # English choices Korean writes the same way (a bare noun)


def canonical_for_korean(sentence: Sentence) -> Sentence:
    """The one English reading a Korean sentence gets when Korean does not mark it.

    Korean writes "the cat", "a cat", "cats" and "some cats" all as 고양이, and "will" and "going
    to" both as -ㄹ 것이다. A Korean→English model can only learn a function, so for that direction
    the tree is rewritten to a fixed choice per role: subjects and places definite, objects of
    like/love plural (I like cats), other objects and predicates indefinite.
    """
    clauses = []
    for clause in sentence.clauses:
        clause = replace(clause, tense="future" if clause.tense == "going_to" else clause.tense, age_short=False)
        clause = _this_person_as_this_is(clause)
        clause = _business_opens(clause)
        clause = one_english_word_per_korean_word(clause)
        clause = _play_and_speak(_noun_and_do_as_one_verb(clause))
        if clause.subject is not None:
            clause.subject = _canonical(clause.subject, "subject")
        if clause.obj is not None and addressee_owns(clause):
            clause.obj = replace(clause.obj, det="the", owner=None)  # 채소를 먹어라 "eat the vegetables"
        if clause.obj is not None:
            role = "appreciated" if clause.verb is not None and clause.verb.en in APPRECIATION else "object"
            if role == "object" and (clause.mood == "imperative" or _instrument_played(clause)):
                role = "commanded"  # 문을 열어라 "open the door"; 피아노를 배운다 "learn the piano"
            clause.obj = _transport_taken(clause, _watched_screen(clause, _canonical(clause.obj, role)))
        if clause.predicate is not None:
            clause.predicate = _canonical_predicate(clause)
        if clause.than is not None:  # 선생님보다 크다 "taller than the teacher"
            clause.than = _canonical(clause.than, "subject")
        if clause.place is not None:
            clause.place = _home(Place(clause.place.prep, _canonical(clause.place.np, "place")))
        clauses.append(_a_lot_of_it(_one_way_to_be_home(clause)))
    # not turned: one English order, "if A, B", "B because A"
    return Sentence(clauses, sentence.conjunction, one_subject=sentence.one_subject)


def _play_and_speak(clause: Clause) -> Clause:
    """축구를 하다 is "play football" and 영어를 하다 "speak English", whichever English verb
    (do, play, speak) the tree was drawn with."""
    if clause.verb is None or clause.obj is None or clause.verb.en not in ("do", "play", "speak"):
        return clause
    verbs = lemmas()["verb"]
    head = clause.obj.head.en if isinstance(clause.obj.head, Noun) else ""
    if head in SPORTS and "play" in verbs:
        return replace(clause, verb=verbs["play"], obj=replace(clause.obj, det="the", plural=False, adjectives=[]))
    if head in LANGUAGES and "speak" in verbs:
        return replace(clause, verb=verbs["speak"], obj=replace(clause.obj, det="bare", plural=False, adjectives=[]))
    return clause


def _noun_and_do_as_one_verb(clause: Clause) -> Clause:
    """샤워를 하다 is 샤워하다 "take a shower" (공부를 하다 "study"): where Korean has a 하다 verb for
    the noun, 하다 with that noun is the verb, whichever tree ("do a shower") it was drawn from."""
    obj = clause.obj
    if clause.verb is None or clause.verb.ko_dict != "하다" or obj is None or obj.coordinated is not None:
        return clause
    if not isinstance(obj.head, Noun) or obj.det not in COLLAPSED or obj.adjectives or obj.plural:
        return clause
    verb = verb_written(obj.head.ko + "하다")
    return replace(clause, verb=verb, obj=None) if verb is not None else clause


def _this_person_as_this_is(clause: Clause) -> Clause:
    """이 사람은 내 친구다 is "this is my friend" (what English says when it introduces someone), the
    same Korean as "this person is my friend"."""
    s = clause.subject
    if (
        clause.kind != "be_noun"
        or clause.mood not in ("statement", "yes_no")
        or s is None
        or s.coordinated is not None
        or s.det not in ("this", "that")
        or not isinstance(s.head, Noun)
        or s.head.ko != "사람"
        or s.adjectives
    ):
        return clause
    predicate = replace(clause.predicate, plural=s.plural)
    return replace(clause, kind="this_is", demonstrative=s.det, subject=None, predicate=predicate)


def _business_opens(clause: Clause) -> Clause:
    """가게는 문을 연다 is "the shop opens", the same Korean as "the shop opens the door"."""
    s, obj = clause.subject, clause.obj
    if (
        clause.verb is None
        or clause.verb.en not in ("open", "close")
        or not a_business(s)
        or obj is None
        or obj.coordinated is not None
        or not isinstance(obj.head, Noun)
        or obj.head.ko != "문"
        or obj.det not in COLLAPSED
        or obj.adjectives
    ):
        return clause
    return replace(clause, obj=None)


def _instrument_played(clause: Clause) -> bool:
    obj = clause.obj
    verb = clause.verb.en if clause.verb is not None else ""
    return isinstance(obj.head, Noun) and obj.head.en in INSTRUMENTS and verb in ("play", "learn", "practice")


def _canonical_predicate(clause: Clause) -> NounPhrase:
    """Korean writes a predicate noun without 들 (우리는 학생이다, 이것들은 사과다): its number comes from
    the subject (be_noun) or from 이것들 (this_is), and the, a and bare all read as "a"."""
    pred = clause.predicate
    plural = clause.subject.person in (3, 4, 5) if clause.kind == "be_noun" and clause.subject else pred.plural
    if clause.kind not in ("be_noun", "this_is") or pred.det not in COLLAPSED:
        return (
            replace(_canonical(pred, "predicate"), plural=plural) if clause.kind == "be_noun" else _canonical(pred, "predicate")
        )
    if pred.head.mass:
        return replace(pred, det="bare", plural=False)
    return replace(pred, det="a", plural=plural)


MEALS = {"breakfast", "lunch", "dinner"}  # 아침을 먹는다 "eat breakfast": no article


def _our_as_my(we):
    """An owner written 우리 in Korean and "my" in English."""
    me = lemmas()["pronoun"]["i"]
    return replace(we, en=me.en, en_obj=me.en_obj, en_poss=me.en_poss)


def _home(place: Place) -> Place:
    """집에 is "at home" / "home", 우리 집 근처에 "near my house": 집 alone after at / to is home."""
    np_ = place.np
    if (
        isinstance(np_.head, Noun)
        and np_.head.en == "house"
        and place.prep in ("at", "to", "in")
        and np_.det == "the"
        and not np_.adjectives
    ):
        home = lemmas()["noun"].get("home")
        return Place("at" if place.prep == "in" else place.prep, replace(np_, head=home)) if home else place
    return place


def _one_way_to_be_home(clause: Clause) -> Clause:
    """집에 있다 is "is home" and 집에서 찾다 "find at home": English has both "home" (an adverb) and
    "at home" where Korean has one 집에."""
    adverb, home = lemmas()["adverb"].get("home"), lemmas()["noun"].get("home")
    if adverb is None or home is None:
        return clause
    place = clause.place
    at_home = place is not None and place.prep == "at" and isinstance(place.np.head, Noun) and place.np.head.en == "home"
    if clause.kind == "be_place" and at_home and clause.adverb is None:
        return replace(clause, place=None, adverb=adverb)
    moving = clause.verb is not None and clause.verb.place == "to"
    if clause.kind == "action" and clause.adverb is adverb and not moving and place is None:
        return replace(clause, adverb=None, place=Place("at", NounPhrase(home, det="the")))
    return clause


def _canonical(np_: NounPhrase, role: str) -> NounPhrase:
    if np_.coordinated is not None:
        return replace(_canonical(np_.first, role), coordinated=_canonical(np_.coordinated, role), conj=np_.conj)
    if np_.is_pronoun or np_.is_name or np_.measure is not None:  # 커피 두 잔: the number is written
        return np_
    if np_.det == "what":  # 무슨 책 has no number: "what book"
        return replace(np_, plural=False)
    if np_.adjectives and np_.adjectives[0].en == "same":  # 같은 학교 "the same school"
        return replace(np_, det="the")
    if np_.det == "poss" and getattr(np_.owner, "en", "") == "we" and np_.head.en in OURS and not np_.favorite:
        np_ = replace(np_, owner=_our_as_my(np_.owner))
    if np_.head.ko in COLLECTIVE and np_.det != "number":  # 우리 부모님 "my parents", 부모님 "the parents"
        return replace(np_, det="the" if np_.det in COLLAPSED else np_.det, plural=True)
    if np_.head.ko_counter == PAIR and np_.det not in ("number", "every"):  # 저 신발은 "those shoes"
        det = ("the" if role in ("subject", "place", "commanded") else "bare") if np_.det in COLLAPSED else np_.det
        return replace(np_, det=det, plural=True)
    if np_.head.en in MEALS and np_.det in COLLAPSED and not np_.adjectives and role != "subject":
        return replace(np_, det="bare", plural=False)
    korean_bare = np_.det in COLLAPSED and not (np_.det == "the" and np_.plural)
    if role == "subject" and np_.det == "some" and np_.plural:
        return np_  # 몇몇 학생들은 "some students" (korean_phrases.SOME)
    if not korean_bare:
        return np_
    noun = np_.head
    if noun.mass or (noun.en in EATEN_AS_A_SUBSTANCE and role in ("object", "appreciated")):
        det = "the" if role in ("subject", "place") else "bare"
        return replace(np_, det=det, plural=False)
    if role == "appreciated":
        return replace(np_, det="bare", plural=True)
    if role in ("subject", "place", "commanded") and not (role == "place" and np_.adjectives):
        return replace(np_, det="the", plural=False)
    if role == "object" and noun.en in ONE_AROUND_US:
        return replace(np_, det="the", plural=False)
    return replace(np_, det="a", plural=False)  # also a described place: 작은 집에 산다 "live in a small house"


# Things there is one of around the speaker, so English says "the" where Korean writes the bare
# noun: 바다를 보고 싶다 "want to see the sea", 창문을 열었다 "opened the window".
ONE_AROUND_US = frozenset("sun moon sky sea ocean world door window light radio".split())
# Foods English counts as a substance when eaten or liked: 피자를 먹었다 "ate pizza", 생선을 안 먹는다
# "doesn't eat fish" (a sandwich, an apple stay countable).
EATEN_AS_A_SUBSTANCE = frozenset("pizza fish cake sushi spaghetti".split())
SCREENS = {"television", "tv"}


def _a_lot_of_it(clause: Clause) -> Clause:
    """책을 많이 읽는다 is "reads many books", whether the English said that or "reads books a lot"."""
    obj = clause.obj
    if clause.adverb is None or clause.adverb.en != "a lot" or obj is None or obj.coordinated is not None:
        return clause
    if obj.is_pronoun or obj.is_name or obj.det not in COLLAPSED or korean_verb(clause).ko_object not in ("을", "이", "와"):
        return clause
    return replace(clause, adverb=None, obj=replace(obj, det="many", plural=not obj.head.mass))


def _watched_screen(clause: Clause, obj: NounPhrase) -> NounPhrase:
    """텔레비전을 본다 is "watch TV": no article on the screen one watches."""
    watching = clause.verb is not None and clause.verb.en == "watch"
    if watching and isinstance(obj.head, Noun) and obj.head.en in SCREENS and obj.det in COLLAPSED and not obj.adjectives:
        return replace(obj, det="bare", plural=False)
    return obj


def _transport_taken(clause: Clause, obj: NounPhrase) -> NounPhrase:
    """버스를 탄다 is "take the bus" (the service, not one bus), 택시를 탄다 "take a taxi"."""
    taking = clause.verb is not None and clause.verb.en == "take"
    if taking and isinstance(obj.head, Noun) and obj.det in ("the", "a") and not obj.adjectives and not obj.plural:
        return replace(obj, det="a" if obj.head.en == "taxi" else "the")
    return obj
