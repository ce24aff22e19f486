"""English realisation of a sentence tree: do-support, agreement, articles, word order."""

from __future__ import annotations

from dataclasses import replace

from models.tasks.everyday import companions, comparison, set_phrases
from models.tasks.everyday.english_phrases import NUMBERS, noun_phrase
from models.tasks.everyday.english_weather import weather_tokens
from models.tasks.everyday.one_subject import said_once
from models.tasks.everyday.pastimes import pastime
from models.tasks.everyday.tree import Clause, Place, Sentence, Token, clause_order, split_words

BE_PRESENT = {0: "am", 2: "is"}  # every other person: "are"
# Places English names without an article after a preposition: "at school", "go to work".
BARE_PLACES = {"school", "work", "home", "bed", "church", "class", "college"}
BARE_PREPS = {"to", "at", "in", "from"}  # the prepositions after which those places drop "the"
WH_WORDS = {
    "what": "what",
    "who_subject": "who",
    "who_object": "who",
    "where": "where",
    "when": "when",
    "why": "why",
    "how": "how",
}


def _place(place: Place, key: str, motion: bool) -> list[Token]:
    np_ = place.np
    if not np_.is_pronoun and not np_.is_name and np_.head.en == "home" and place.prep in ("at", "to"):
        return [("home", key + ".noun", (key + ".prep",))] if motion else [("at", key + ".prep", ()), ("home", key + ".noun", ())]
    # "go to bed", "at school", "in class", but "under the bed", "near the school"
    bare = (
        place.prep in BARE_PREPS
        and not np_.is_pronoun
        and not np_.is_name
        and np_.head.en in BARE_PLACES
        and np_.det == "the"
        and not np_.adjectives
    )
    words = [(np_.head.en, key + ".noun", (key + ".det",))] if bare else noun_phrase(np_, key, "object")
    return [*((w, key + ".prep", ()) for w in place.prep.split())] + words


def _be(clause: Clause, person: int) -> str:
    if clause.tense == "past":
        return "was" if person in (0, 2) else "were"
    return BE_PRESENT.get(person, "are")


def _verb_group(clause: Clause, c: str) -> tuple[list[Token], list[Token]]:
    """(auxiliary part that moves before the subject in a question, the rest of the verb group)."""
    verb, person = clause.verb, clause.subject.person if clause.subject else 2
    third = person == 2
    neg = [("not", c + ".neg", ())] if clause.negated else []
    lemma = verb.en.split()
    if clause.modal == "can":
        return [("can", c + ".modal", ())], neg + _words(verb.en, c)
    if clause.modal in ("want", "like", "have_to"):
        main = {"want": "want", "like": "like", "have_to": "have"}[clause.modal]
        inflected = {"want": "wants", "like": "likes", "have_to": "has"}[clause.modal]
        rest = [("to", c + ".modal", ())] + _words(verb.en, c)
        if clause.negated or clause.mood in ("yes_no", "wh"):
            return [("does" if third else "do", c + ".tense", ())], neg + [(main, c + ".modal", ())] + rest
        return [], [(inflected if third else main, c + ".modal", ())] + rest
    if clause.tense == "progressive":
        return [(_be(clause, person), c + ".tense", ())], neg + _words(verb.en_ing, c)
    if clause.tense == "future":
        return [("will", c + ".tense", ())], neg + _words(verb.en, c)
    if clause.tense == "going_to":
        return [(_be(clause, person), c + ".tense", ())], neg + [("going", c + ".tense", ()), ("to", c + ".tense", ())] + _words(
            verb.en, c
        )
    do_support = clause.negated or (clause.mood in ("yes_no", "wh") and clause.wh != "who_subject")
    if do_support:
        aux = "did" if clause.tense == "past" else ("does" if third else "do")
        return [(aux, c + ".tense", (c + ".verb",))], neg + _words(verb.en, c)
    form = verb.en_past if clause.tense == "past" else (verb.en_3sg if third else verb.en)
    return [], _words(form, c, len(lemma))


_PARTICLES = {"up", "off", "on", "down", "away", "out", "back"}  # separable: "turn it off"


def _particle_after(verb: list[Token], obj: list[Token]) -> tuple[list[Token], list[Token]]:
    """Move a phrasal verb's particle after a pronoun object: (switch off, it) → (switch, it off)."""
    return verb[:-1], obj + verb[-1:]


def _words(phrase: str, c: str, _n: int = 0) -> list[Token]:
    """A (phrasal) verb form: every word carries the verb's key."""
    return [(w, c + ".verb", ()) for w in phrase.split()]


def _be_group(clause: Clause, c: str, person: int) -> tuple[list[Token], list[Token]]:
    neg = [("not", c + ".neg", ())] if clause.negated else []
    if clause.modal == "want":  # I want to be a doctor, she does not want to be a teacher
        be = [("to", c + ".modal", ()), ("be", c + ".be", ())]
        if clause.negated or clause.mood in ("yes_no", "wh"):
            return [("does" if person == 2 else "do", c + ".tense", ())], neg + [("want", c + ".modal", ())] + be
        return [], [("wants" if person == 2 else "want", c + ".modal", ())] + be
    if clause.tense == "future":
        return [("will", c + ".tense", ())], neg + [("be", c + ".be", ())]
    if clause.tense == "going_to":
        return [(_be(clause, person), c + ".tense", ())], neg + [
            ("going", c + ".tense", ()),
            ("to", c + ".tense", ()),
            ("be", c + ".be", ()),
        ]
    return [(_be(clause, person), c + ".be", ())], neg


def _have_group(clause: Clause, c: str, person: int) -> tuple[list[Token], list[Token]]:
    neg = [("not", c + ".neg", ())] if clause.negated else []
    if clause.tense == "future":
        return [("will", c + ".tense", ())], neg + [("have", c + ".verb", ())]
    if clause.negated or clause.mood in ("yes_no", "wh"):
        aux = "did" if clause.tense == "past" else ("does" if person == 2 else "do")
        return [(aux, c + ".tense", ())], neg + [("have", c + ".verb", ())]
    form = "had" if clause.tense == "past" else ("has" if person == 2 else "have")
    return [], [(form, c + ".verb", ())]


def _age(clause: Clause, c: str, subject: list[Token], person: int) -> list[Token]:
    """He is ten (years old), how old are you, will she be twelve."""
    aux, rest = _be_group(clause, c, person)
    if clause.mood == "wh":
        return [("how", c + ".wh", ()), ("old", c + ".wh", ())] + aux + subject + rest
    years = [(NUMBERS[clause.age], c + ".age", ())]
    if not clause.age_short:
        years += [("year" if clause.age == 1 else "years", c + ".age.unit", ()), ("old", c + ".age.unit", ())]
    return (aux + subject if clause.mood == "yes_no" else subject + aux) + rest + years


def clause_tokens(clause: Clause, c: str) -> list[Token]:
    """The English words of one clause."""
    if clause.kind in set_phrases.KINDS:
        return set_phrases.english(clause, c)
    subj = clause.subject
    person = subj.person if subj else 2
    subject = noun_phrase(subj, c + ".s") if subj else []
    frequency = [(clause.adverb.en, c + ".adv", ())] if clause.adverb and clause.adverb.type == "frequency" else []
    manner = (
        [(w, c + ".adv", ()) for w in clause.adverb.en.split()] if clause.adverb and clause.adverb.type != "frequency" else []
    )
    place = _place(clause.place, c + ".pp", clause.verb is not None and clause.verb.place == "to") if clause.place else []
    time = [(w, c + ".time", ()) for w in clause.time.en.split()] if clause.time else []
    never = clause.adverb is not None and clause.adverb.en == "never"
    polarity = clause.negated or never or clause.mood in ("yes_no", "wh")  # never drinks any
    separable = clause.verb is not None and len(clause.verb.en.split()) > 1 and clause.verb.en.split()[-1] in _PARTICLES
    obj = noun_phrase(clause.obj, c + ".o", "object", polarity) if clause.obj else []
    if pastime(clause) == "sport":
        obj = [t for t in obj if t[1] != c + ".o.det"]  # play football, but play the piano
    obj = obj + companions.english(clause, c)  # with my friend, for you
    kind = clause.kind

    if kind == "weather":  # it will snow in seoul tomorrow
        return weather_tokens(clause, c, _be_group) + place + time
    if kind == "this_is":
        plural = clause.predicate.plural
        aux, rest = _be_group(clause, c, 5 if plural else 2)
        pred = noun_phrase(clause.predicate, c + ".p", "object")
        demo = [({"this": "these", "that": "those"}[clause.demonstrative] if plural else clause.demonstrative, c + ".s.noun", ())]
        if clause.mood == "yes_no":
            return aux + demo + rest + pred
        return demo + aux + rest + pred
    if kind == "age":
        return _age(clause, c, subject, person) + time
    if kind == "be_from":
        aux, rest = _be_group(clause, c, person)
        origin = [("from", c + ".pp.prep", ())] + noun_phrase(clause.place.np, c + ".pp", "object")
        if clause.mood == "wh":
            return [("where", c + ".wh", ())] + aux + subject + rest + [("from", c + ".pp.prep", ())]
        if clause.mood == "yes_no":
            return aux + subject + rest + origin
        return subject + aux + rest + origin
    if kind in ("be_adj", "be_noun", "be_place", "there_is"):
        aux, rest = _be_group(clause, c, clause.predicate.person if kind == "there_is" else person)
        rest = rest[:1] + frequency + rest[1:] if rest and rest[0][0] == "not" else frequency + rest
        if kind == "be_adj":
            deg = [(w, c + ".deg", ()) for w in clause.degree.en.split()] if clause.degree else []
            complement = deg + [(clause.adjective.en, c + ".adj", ())]
            if clause.than is not None:  # taller than me, more beautiful than Paris
                than = [("than", c + ".than.prep", ())] + noun_phrase(clause.than, c + ".than", "object")
                complement = comparison.english_tokens(clause.adjective.en, c) + than
            if clause.adjective2 is not None:  # tired but happy
                complement += [(clause.adj_conj, c + ".adjconj", ()), (clause.adjective2.en, c + ".adj2", ())]
        elif kind == "be_noun":
            complement = noun_phrase(clause.predicate, c + ".p", "object")
        elif kind == "be_place":
            complement = [] if clause.wh == "where" else place
            place = []
        else:  # there_is: "there is a book on the table"
            subject = [("there", c + ".there", ())]
            complement = noun_phrase(clause.predicate, c + ".p", "object", polarity)
            if clause.negated and clause.mood == "statement" and clause.predicate.det in ("a", "some", "bare"):
                # what people write: "there is no milk", "there are no clouds" (not "there is not a")
                rest = [t for t in rest if t[0] != "not"]
                bare = replace(clause.predicate, det="bare")
                complement = [("no", c + ".neg", ())] + noun_phrase(bare, c + ".p", "object")
        if clause.mood == "wh" and clause.wh == "where":
            return [("where", c + ".wh", ())] + aux + subject + rest + complement + time
        if clause.mood == "wh" and clause.wh == "why":
            return [("why", c + ".wh", ())] + aux + subject + rest + complement + place + manner + time
        if clause.mood == "yes_no":
            return aux + subject + rest + complement + place + manner + time
        return subject + aux + rest + complement + place + manner + time
    if kind == "have":
        aux, rest = _have_group(clause, c, person)
    else:
        aux, rest = _verb_group(clause, c)
    imperative_obj = obj  # the imperative below moves the particle itself
    if separable and clause.obj is not None and clause.obj.is_pronoun and obj:
        rest, obj = _particle_after(rest, obj)  # switch it off, not switch off it
    if frequency:  # "I always eat", "I will always eat", "I do not always eat"
        at = 1 if rest and rest[0][0] == "not" else 0
        rest = rest[:at] + frequency + rest[at:]
    if clause.mood in ("imperative", "lets"):
        lead = [("do", c + ".neg", ()), ("not", c + ".neg", ())] if clause.negated and clause.mood == "imperative" else []
        if clause.mood == "lets":
            lead = [("let", c + ".lets", ()), ("us", c + ".lets", ())] + ([("not", c + ".neg", ())] if clause.negated else [])
        verb_words, obj = _words(clause.verb.en, c), imperative_obj
        if separable and clause.obj is not None and clause.obj.is_pronoun and obj:
            verb_words, obj = _particle_after(verb_words, obj)
        return lead + frequency + verb_words + obj + manner + place + time
    if clause.mood == "yes_no":
        return aux + subject + rest + obj + manner + place + time
    if clause.mood == "wh":
        wh = noun_phrase(clause.obj, c + ".o", "object") if clause.wh == "which" else [(WH_WORDS[clause.wh], c + ".wh", ())]
        if clause.wh == "who_subject":
            return wh + aux + rest + obj + manner + place + time
        if clause.wh in ("what", "who_object", "which"):
            obj = []
        elif clause.wh == "where":
            place = []
        elif clause.wh == "when":
            time = []
        elif clause.wh == "how":
            manner = []
        return wh + aux + subject + rest + obj + manner + place + time
    return subject + aux + rest + obj + manner + place + time


def sentence_tokens(sentence: Sentence) -> list[Token]:
    out: list[Token] = []
    for i in clause_order(sentence):
        out += [(sentence.conjunction, "conj1", ())] if i is None else said_once(sentence, i, clause_tokens, "en")
    return split_words(out)
