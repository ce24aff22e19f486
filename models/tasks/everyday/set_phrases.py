"""Everyday set phrases, each a small construction over the lexicon, realised in all three
languages here because no word-by-word rule gives them:

name      what is your name / comment tu t'appelles / 너의 이름은 무엇이니;
          her name is anna / elle s'appelle Anna / 그녀의 이름은 안나다
greeting  how are you / comment vas-tu / 너는 어떻게 지내니
clock     what time is it (now) / quelle heure est-il (maintenant) / (지금) 몇 시니; it is seven / il est sept heures / 일곱 시다
day       today is monday / aujourd'hui c'est lundi / 오늘은 월요일이다 (tomorrow, yesterday by tense)

Keys follow the other clauses: the owner or person is `c.s`, "is" / s'appelle / 이다 `c.be`, the
question word `c.wh`, the name or day `c.p`, today / aujourd'hui / 오늘 `c.time`.
"""

from __future__ import annotations

from models.tasks.everyday import expressions, favorites
from models.tasks.everyday import hangul as h
from models.tasks.everyday.french_words import NUMBERS as FR_NUMBERS
from models.tasks.everyday.french_words import REFLEXIVE
from models.tasks.everyday.korean_phrases import NUMBERS as KO_NUMBERS
from models.tasks.everyday.korean_phrases import verb_tokens
from models.tasks.everyday.tree import Clause, Sentence, Token

KINDS = ("name", "greeting", "clock", "day", "favorite", "expression")  # favorite: favorites.py; expression: expressions.py
EN_NUMBERS = dict(enumerate("zero one two three four five six seven eight nine ten eleven twelve".split()))  # clock hours
APPELER = ("appelle", "appelles", "appelle", "appelons", "appelez", "appellent")
ALLER = ("vais", "vas", "va", "allons", "allez", "vont")
# today / tomorrow / yesterday: the day a "day" clause speaks of follows its tense
DAY_WORDS = {
    "present": ("today", "aujourd'hui", "오늘"),
    "future": ("tomorrow", "demain", "내일"),
    "past": ("yesterday", "hier", "어제"),
}


def closed(sentence: Sentence) -> bool:
    """A set phrase with only a few forms, typed as it is: how are you, what time is it (now), it is
    seven, today is Monday, what is your name, what is your favourite colour, hello (base.py never holds
    one out). "Her name is Anna" and "my favourite food is pizza" are open: they name anyone, anything."""
    if len(sentence.clauses) != 1:
        return False
    clause = sentence.clauses[0]
    asked = clause.mood == "wh" and clause.kind in ("name", "favorite", "weather")  # what is the weather like (today)
    return clause.kind in ("greeting", "clock", "day", "expression") or asked


def english(clause: Clause, c: str) -> list[Token]:
    if clause.kind == "favorite":
        return favorites.english(clause, c)
    if clause.kind == "expression":
        return expressions.english(clause, c)
    question = clause.mood == "wh"
    if clause.kind == "name":
        owner = [(clause.subject.head.en_poss, c + ".s.det", ()), ("name", c + ".s.noun", ())]
        if question:
            return [("what", c + ".wh", ()), ("is", c + ".be", ())] + owner
        return owner + [("is", c + ".be", ()), (clause.predicate.head.en, c + ".p.noun", ())]
    if clause.kind == "greeting":
        p = clause.subject.head
        return [("how", c + ".wh", ()), ({0: "am", 2: "is"}.get(p.person, "are"), c + ".be", ()), (p.en, c + ".s.noun", ())]
    if clause.kind == "clock":
        now = [(clause.time.en, c + ".time", ())] if clause.time else []
        if question:
            return [("what", c + ".wh", ()), ("time", c + ".wh", ()), ("is", c + ".be", ()), ("it", c + ".s.noun", ())] + now
        return [("it", c + ".s.noun", ()), ("is", c + ".be", ()), (EN_NUMBERS[clause.age], c + ".hour", ())] + now
    day = DAY_WORDS[clause.tense][0]
    be = [("will", c + ".tense", ()), ("be", c + ".be", ())] if clause.tense == "future" else []
    be = be or [("was" if clause.tense == "past" else "is", c + ".be", ())]
    return [(day, c + ".time", ())] + be + [(clause.predicate.head.en, c + ".p.noun", ())]


def french(clause: Clause, c: str) -> list[Token]:
    if clause.kind == "favorite":
        return favorites.french(clause, c)
    if clause.kind == "expression":
        return expressions.french(clause, c)
    question = clause.mood == "wh"
    if clause.kind == "name":  # elle s'appelle Anna, comment tu t'appelles
        p = clause.subject.head
        verb = [(p.fr, c + ".s.det", ()), (REFLEXIVE[p.person], c + ".s.noun", ()), (APPELER[p.person], c + ".be", ())]
        if question:
            return [("comment", c + ".wh", ())] + verb
        return verb + [(clause.predicate.head.fr, c + ".p.noun", ())]
    if clause.kind == "greeting":  # comment vas-tu, comment va-t-il, comment vont-ils
        p = clause.subject.head
        form = ALLER[p.person]
        pronoun = ("-t-" if form.endswith("a") else "-") + p.fr
        return [("comment", c + ".wh", ()), (form, c + ".be", ()), (pronoun, c + ".s.noun", ())]
    if clause.kind == "clock":
        now = [(clause.time.fr, c + ".time", ())] if clause.time else []  # quelle heure est-il maintenant
        if question:
            return [("quelle", c + ".wh", ()), ("heure", c + ".wh", ()), ("est", c + ".be", ()), ("-il", c + ".s.noun", ())] + now
        hours = [(FR_NUMBERS[clause.age] if clause.age > 1 else "une", c + ".hour", ())]
        return (
            [("il", c + ".s.noun", ()), ("est", c + ".be", ())]
            + hours
            + [("heure" if clause.age == 1 else "heures", c + ".hour", ())]
            + now
        )
    be = {"present": ["est"], "past": ["était"], "future": ["sera"]}[clause.tense]
    day = [(DAY_WORDS[clause.tense][1], c + ".time", ())]
    return (
        day
        + [("ce", c + ".s.noun", ())]
        + [(w, c + ".be", (c + ".tense",)) for w in be]
        + [(clause.predicate.head.fr, c + ".p.noun", ())]
    )


def korean(clause: Clause, c: str) -> list[Token]:
    if clause.kind == "favorite":
        return favorites.korean(clause, c)
    if clause.kind == "expression":
        return expressions.korean(clause, c)
    question = clause.mood == "wh"
    if clause.kind == "name":  # 그녀의 이름은 안나다, 너의 이름은 무엇이니
        owner = [(clause.subject.head.ko_poss, c + ".s.det", ()), ("이름", c + ".s.noun", ()), ("-은", c + ".s.case", ())]
        if question:
            return owner + [("무엇", c + ".wh", ()), ("-이니", c + ".be", ())]
        name = clause.predicate.head.ko
        return owner + [(name, c + ".p.noun", ()), ("-" + h.particle(name, "copula"), c + ".be", ())]
    if clause.kind == "greeting":  # 너는 어떻게 지내니
        ko = clause.subject.head.ko
        subject = [(ko, c + ".s.noun", ()), ("-" + h.particle(ko, "topic"), c + ".s.case", ())]
        return subject + [("어떻게", c + ".wh", ())] + verb_tokens("지내다", "reg", "~니", c + ".be")
    if clause.kind == "clock":  # (지금) 몇 시니, 일곱 시다
        now = [(clause.time.ko, c + ".time", ())] if clause.time else []
        if question:
            return now + [("몇", c + ".wh", ()), ("시", c + ".wh", ()), ("-니", c + ".be", ())]
        return now + [(KO_NUMBERS[clause.age], c + ".hour", ()), ("시", c + ".hour", ()), ("-다", c + ".be", ())]
    day = DAY_WORDS[clause.tense][2]
    noun = clause.predicate.head.ko
    past = "-이었다" if h.final(noun) else "-였다"
    copula = {"present": [("-" + h.particle(noun, "copula"), c + ".be", ())], "past": [(past, c + ".be", (c + ".tense",))]}
    copula["future"] = [("-일", c + ".be", ()), ("것이다", c + ".tense", ())]
    topic = ("-" + h.particle(day, "topic"), c + ".time", ())  # 오늘은, 어제는
    return [(day, c + ".time", ()), topic, (noun, c + ".p.noun", ())] + copula[clause.tense]
