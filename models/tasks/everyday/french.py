"""French realisation of a sentence tree: agreement, elision, contractions (au, du), partitive,
object-pronoun placement, passé composé with avoir/être, futur, est-ce que, ne … pas."""

from __future__ import annotations

from models.tasks.everyday import companions, comparison, on_foot, set_phrases
from models.tasks.everyday.french_age import age_tokens
from models.tasks.everyday.french_idioms import avoir_idiom, meal_idiom, says_avoir
from models.tasks.everyday.french_weather import weather_tokens
from models.tasks.everyday.french_words import (
    ALLER,
    APPRECIATION,
    AVOIR,
    AVOIR_IMPERFECT,
    CONJUNCTIONS,
    ETRE,
    ETRE_IMPERFECT,
    FUTURE_ENDINGS,
    LANGUAGES,
    MODAL_FORMS,
    REFLEXIVE,
    VENIR,
    _with_preposition,
    adjective_form,
    agree,
    elide,
    noun_phrase,
    place_phrase,
)  # fmt: skip
from models.tasks.everyday.lexicon import Name, Verb
from models.tasks.everyday.one_subject import said_once
from models.tasks.everyday.pastimes import french_verb
from models.tasks.everyday.tree import Clause, Sentence, Token, clause_order, split_words

WH_WORDS = {"where": "où", "when": "quand", "why": "pourquoi", "how": "comment"}


def _subject_agreement(clause: Clause) -> tuple[bool, bool]:
    s = clause.subject
    if s is None:
        return False, False
    return s.feminine, s.person in (3, 4, 5)


def _imperative(verb: Verb, person: int) -> str:
    form = verb.fr_present[person]
    if person == 1 and (verb.fr_inf.endswith("er") or form.endswith("es")) and form.endswith("s"):
        return form[:-1]  # tu manges → mange, tu vas → va, tu ouvres → ouvre
    return form


def _object_pronoun(clause: Clause, c: str) -> list[Token]:
    """Clitic object pronoun (je le vois, je t'aime, je lui parle), or [] when the object is a phrase."""
    obj = clause.obj
    if obj is None or not obj.is_pronoun or clause.verb.fr_object == "de":
        return []
    form = obj.head.fr_indirect if clause.verb.fr_object == "à" else obj.head.fr_obj
    return [(form, c + ".o.noun", ())]


def _object_phrase(clause: Clause, c: str, negated: bool) -> list[Token]:
    obj, verb = clause.obj, french_verb(clause)
    if obj is None or (obj.is_pronoun and verb.fr_object != "de"):
        return []
    language = not obj.is_pronoun and not obj.is_name and obj.head.en in LANGUAGES and obj.det == "bare"
    if verb.fr_inf in APPRECIATION or language:
        role = "appreciated"  # j'aime les chats, j'apprends l'anglais
    else:
        role = "object_neg" if negated and verb.fr_object == "direct" else "object"  # pas de: direct objects only
    tokens = noun_phrase(obj, c + ".o", role)
    if language and verb.fr_inf == "parler":
        tokens = [t for t in tokens if t[1] not in (c + ".o.det", c + ".o.2.det")]  # je parle anglais et français
    if verb.fr_object in ("à", "de"):
        return _with_preposition(verb.fr_object, tokens, c + ".o")
    return tokens


def _verb_complex(clause: Clause, c: str, person: int) -> list[Token]:
    """Negation, clitics, finite verb, participle or infinitive, in French order.

    A verb written as several words (`avoir besoin`) conjugates its first word; the rest follows
    the verb group (je n'ai pas besoin, j'aurai besoin).
    """
    tokens = _verb_group(clause, c, person)
    extra = clause.verb.fr_inf.split()[1:]
    if not extra or clause.modal or clause.tense == "going_to":
        return tokens
    return tokens + [(w, c + ".verb", ()) for w in extra]


def _verb_group(clause: Clause, c: str, person: int) -> list[Token]:
    verb, tense, modal = clause.verb, clause.tense, clause.modal
    fem, plural = _subject_agreement(clause)
    clitics = _object_pronoun(clause, c)
    reflexive = [(REFLEXIVE[person], c + ".verb", ())] if verb.fr_reflexive else []
    verb_key = (c + ".verb", (c + ".tense",))
    if modal:
        finite = [(MODAL_FORMS[modal][person], c + ".modal", ())]
        nonfinite = reflexive + clitics + [(verb.fr_inf, *verb_key)]
        clitics_before_finite = []
    elif tense == "going_to":
        finite = [(ALLER[person], c + ".tense", ())]
        nonfinite = reflexive + clitics + [(verb.fr_inf, c + ".verb", ())]
        clitics_before_finite = []
    elif tense == "past":
        aux = ETRE if verb.fr_aux == "être" or verb.fr_reflexive else AVOIR
        finite = [(aux[person], c + ".tense", (c + ".verb",))]
        if aux is ETRE:
            participle = agree(verb.fr_pp, fem, plural)
        elif clitics and clause.obj.is_pronoun and verb.fr_object == "direct":
            participle = agree(verb.fr_pp, clause.obj.feminine, clause.obj.person in (3, 4, 5))  # je l'ai vue
        elif clause.wh == "which" and verb.fr_object == "direct":  # quelles robes est-ce qu'elle a achetées
            participle = agree(verb.fr_pp, clause.obj.head.fr_gender == "f", clause.obj.plural)
        else:
            participle = verb.fr_pp
        nonfinite = [(participle, c + ".verb", ())]
        clitics_before_finite = reflexive + clitics
    else:
        form = verb.fr_future_stem + FUTURE_ENDINGS[person] if tense == "future" else verb.fr_present[person]
        finite = [(form, *verb_key)] if tense == "future" else [(form, c + ".verb", ())]
        nonfinite, clitics_before_finite = [], reflexive + clitics
    frequency = [(clause.adverb.fr, c + ".adv", ())] if clause.adverb and clause.adverb.type == "frequency" else []
    if clause.negated or (clause.adverb and clause.adverb.en == "never"):
        never = clause.adverb and clause.adverb.en == "never"
        closing = [("jamais", c + ".adv", ())] if never else [("pas", c + ".neg", ())]
        frequency = [] if never else frequency
        return [("ne", c + ".neg", ())] + clitics_before_finite + finite + closing + frequency + nonfinite
    return clitics_before_finite + finite + frequency + nonfinite


def _be_complex(clause: Clause, c: str, person: int) -> list[Token]:
    tense = clause.tense
    if clause.modal == "want":  # je veux être médecin
        finite, nonfinite = [(MODAL_FORMS["want"][person], c + ".modal", ())], [("être", c + ".be", ())]
    elif tense == "going_to":
        finite, nonfinite = [(ALLER[person], c + ".tense", ())], [("être", c + ".be", ())]
    else:
        forms = {"past": ETRE_IMPERFECT, "future": tuple("ser" + e for e in FUTURE_ENDINGS)}.get(tense, ETRE)
        finite, nonfinite = [(forms[person], c + ".be", (c + ".tense",))], []
    frequency = [(clause.adverb.fr, c + ".adv", ())] if clause.adverb and clause.adverb.type == "frequency" else []
    if clause.negated:
        return [("ne", c + ".neg", ())] + finite + [("pas", c + ".neg", ())] + frequency + nonfinite
    return finite + frequency + nonfinite


def _avoir_complex(clause: Clause, c: str, person: int) -> list[Token]:
    forms = {"past": AVOIR_IMPERFECT, "future": tuple("aur" + e for e in FUTURE_ENDINGS)}.get(clause.tense, AVOIR)
    finite = [(forms[person], c + ".verb", (c + ".tense",))]
    if clause.negated:
        return [("ne", c + ".neg", ())] + finite + [("pas", c + ".neg", ())]
    return finite


def _question(clause: Clause, c: str, body: list[Token]) -> list[Token]:
    """est-ce que + statement; wh-words before est-ce que."""
    if clause.mood == "yes_no":
        return [("est-ce", c + ".q", ()), ("que", c + ".q", ())] + body
    wh = clause.wh
    if wh == "what":
        return [("qu'est-ce", c + ".wh", ()), ("que", c + ".wh", ())] + body
    if wh == "who_object":
        return [("qui", c + ".wh", ()), ("est-ce", c + ".wh", ()), ("que", c + ".wh", ())] + body
    if wh == "which":  # quelle couleur est-ce que tu aimes
        return noun_phrase(clause.obj, c + ".o", "object") + [("est-ce", c + ".q", ()), ("que", c + ".q", ())] + body
    return [(WH_WORDS[wh], c + ".wh", ()), ("est-ce", c + ".q", ()), ("que", c + ".q", ())] + body


def clause_tokens(clause: Clause, c: str) -> list[Token]:
    if clause.kind in set_phrases.KINDS:
        return set_phrases.french(clause, c)
    clause = on_foot.french(meal_idiom(clause))  # nous dînons; je vais à l'école à pied
    subj, kind = clause.subject, clause.kind
    person = subj.person if subj else 2
    fem, plural = _subject_agreement(clause)
    subject = noun_phrase(subj, c + ".s") if subj else []
    if clause.wh == "who_subject":
        subject, person = [("qui", c + ".wh", ())], 2
    time = [(w, c + ".time", ()) for w in clause.time.fr.split()] if clause.time and clause.wh != "when" else []
    place = place_phrase(clause.place, c + ".pp") if clause.place and clause.wh != "where" and kind != "be_from" else []
    manner = []
    if clause.adverb and clause.adverb.type != "frequency" and clause.wh != "how":
        manner = [(w, c + ".adv", ()) for w in clause.adverb.fr.split()]
    if kind == "age":
        return age_tokens(clause, c, subject, person, time)
    if kind == "weather":
        body = weather_tokens(clause, c) + place + time  # il neigera à Séoul demain
        if clause.mood == "wh":  # quel temps fait-il aujourd'hui: no est-ce que
            return body
    elif kind == "this_is":
        demo = [("ce", c + ".s.noun", ()), *_be_complex(clause, c, 5 if clause.predicate.plural else 2)]  # c'est, ce sont
        body = demo + noun_phrase(clause.predicate, c + ".p", "object")
    elif kind == "be_from":
        return _from(clause, c, person, subject, time)
    elif kind in ("be_adj", "be_noun", "be_place"):
        verb = _be_complex(clause, c, person)
        if kind == "be_adj" and says_avoir(clause):  # j'ai faim, not je suis affamé
            verb, complement = avoir_idiom(clause, c, person), []
        elif kind == "be_adj":
            deg = [(w, c + ".deg", ()) for w in clause.degree.fr.split()] if clause.degree else []
            complement = deg + [(adjective_form(clause.adjective, fem, plural), c + ".adj", ())]
            if clause.than is not None:  # plus grand que moi, meilleure que Paris
                than = [("que", c + ".than.prep", ())] + noun_phrase(clause.than, c + ".than", "object")
                complement = comparison.french_tokens(clause.adjective, complement[-1][0], fem, plural, c) + than
            if clause.adjective2 is not None:  # fatiguée mais heureuse
                conj = {"and": "et", "but": "mais"}[clause.adj_conj]
                complement += [(conj, c + ".adjconj", ()), (adjective_form(clause.adjective2, fem, plural), c + ".adj2", ())]
        elif kind == "be_noun":
            complement = noun_phrase(clause.predicate, c + ".p", "predicate", person_feminine=fem)
            if _says_cest(clause):  # il est médecin, but c'est mon frère, c'est un bon médecin
                subject = [("ça" if clause.tense == "going_to" else "ce", c + ".s.noun", ())]
        else:
            complement = place
            place = []
        if clause.mood == "wh" and clause.wh == "where" and kind == "be_place" and not subj.is_pronoun and not clause.negated:
            return [("où", c + ".wh", ())] + verb + subject + time  # où est le chat
        body = subject + verb + complement + place + manner + time
    elif kind == "there_is":
        forms = {"past": "avait", "future": "aura"}.get(clause.tense, "a")
        role = "object_neg" if clause.negated else "object"
        pred = noun_phrase(clause.predicate, c + ".p", role)
        y = [("il", c + ".there", ()), ("y", c + ".there", ())]
        verb = [(forms, c + ".be", (c + ".tense",))]
        if clause.negated:
            body = (
                [("il", c + ".there", ()), ("ne", c + ".neg", ()), ("y", c + ".there", ())]
                + verb
                + [("pas", c + ".neg", ())]
                + pred
                + place
                + time
            )
        else:
            body = y + verb + pred + place + time
    elif kind == "have":
        obj_role = "object_neg" if clause.negated else "object"
        obj = [] if clause.wh == "what" else noun_phrase(clause.obj, c + ".o", obj_role)
        body = subject + _avoir_complex(clause, c, person) + obj + place + time
    elif clause.mood in ("imperative", "lets"):
        p = 1 if clause.mood == "imperative" else 3
        verb = clause.verb
        form = (_imperative(verb, p), c + ".verb", ())
        obj = _object_phrase(clause, c, clause.negated) + companions.french(clause, c)
        if verb.fr_reflexive:
            pron = ("toi", "nous")[p == 3] if not clause.negated else REFLEXIVE[p]
            if clause.negated:
                return (
                    [("ne", c + ".neg", ()), (pron, c + ".verb", ()), form, ("pas", c + ".neg", ())] + obj + manner + place + time
                )
            return [form, ("-" + pron, c + ".verb", ())] + obj + manner + place + time
        clitic = _object_pronoun(clause, c)
        if clause.negated:  # ne le mange pas, ne me parle pas
            return [("ne", c + ".neg", ()), *clitic, form, ("pas", c + ".neg", ())] + obj + manner + place + time
        # aide-moi, appelle-le, parle-lui: the pronoun follows, me/te become moi/toi
        after = [("-" + {"me": "moi", "te": "toi"}.get(w, w), k, a) for w, k, a in clitic]
        return [form] + after + obj + manner + place + time
    else:
        verb = _verb_complex(clause, c, person)
        obj = [] if clause.wh in ("what", "who_object", "which") else _object_phrase(clause, c, _negative(clause))
        body = subject + verb + obj + companions.french(clause, c) + manner + place + time
    if clause.mood == "yes_no" or (clause.mood == "wh" and clause.wh != "who_subject"):
        return _question(clause, c, body)
    return body


def _negative(clause: Clause) -> bool:
    """ne … pas and ne … jamais both turn du / des / un into de: il ne boit jamais de café."""
    return clause.negated or (clause.adverb is not None and clause.adverb.en == "never")


def _says_cest(clause: Clause) -> bool:
    """He/she/they + a noun with a determiner or an adjective: French says c'est / ce sont, not il est."""
    subj, pred = clause.subject, clause.predicate
    pronoun = subj.is_pronoun and subj.head.en in ("he", "she", "they") and clause.modal is None  # il veut être
    return pronoun and (pred.det != "a" or bool(pred.adjectives))


def _from(clause: Clause, c: str, person: int, subject: list[Token], time: list[Token]) -> list[Token]:
    """Je viens de Corée, il vient du Japon, d'où est-ce que tu viens."""
    verb = [(VENIR[person], c + ".be", ())]
    if clause.negated:
        verb = [("ne", c + ".neg", ())] + verb + [("pas", c + ".neg", ())]
    if clause.mood == "wh":
        return [("d'où", c + ".wh", ()), ("est-ce", c + ".q", ()), ("que", c + ".q", ())] + subject + verb + time
    head = clause.place.np.head
    key = c + ".pp"
    if isinstance(head, Name) and head.kind == "country" and head.fr_gender in ("m", "pl"):
        origin = [("du" if head.fr_gender == "m" else "des", key + ".prep", ()), (head.fr, key + ".noun", ())]
    elif isinstance(head, Name):
        origin = [("de", key + ".prep", ()), (head.fr, key + ".noun", ())]
    else:
        origin = _with_preposition("de", noun_phrase(clause.place.np, key, "object"), key)
    body = subject + verb + origin + time
    return _question(clause, c, body) if clause.mood == "yes_no" else body


def sentence_tokens(sentence: Sentence) -> list[Token]:
    out: list[Token] = []
    for i in clause_order(sentence):
        out += [(CONJUNCTIONS[sentence.conjunction], "conj1", ())] if i is None else said_once(sentence, i, clause_tokens, "fr")
    return elide(split_words(out))
