"""French words: conjugation tables, agreement, determiners, elision (je → j'), contractions
(à le → au, de les → des) and noun phrases. `french.py` puts them in clause order."""

from __future__ import annotations

from models.tasks.everyday import measures, named_people
from models.tasks.everyday.lexicon import Name
from models.tasks.everyday.tree import NounPhrase, Place, Token

AVOIR = ("ai", "as", "a", "avons", "avez", "ont")


ETRE = ("suis", "es", "est", "sommes", "êtes", "sont")


ETRE_IMPERFECT = ("étais", "étais", "était", "étions", "étiez", "étaient")


AVOIR_IMPERFECT = ("avais", "avais", "avait", "avions", "aviez", "avaient")


ALLER = ("vais", "vas", "va", "allons", "allez", "vont")


FUTURE_ENDINGS = ("ai", "as", "a", "ons", "ez", "ont")


REFLEXIVE = ("me", "te", "se", "nous", "vous", "se")


NUMBERS = dict(enumerate(
    "zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize dix-sept dix-huit "
    "dix-neuf vingt".split()
))  # fmt: skip


PREPOSITIONS = {
    "in": "dans", "on": "sur", "under": "sous", "near": "près de", "behind": "derrière",
    "in front of": "devant", "next to": "à côté de", "at": "à", "to": "à", "with": "avec",
}  # fmt: skip


MODAL_FORMS = {
    "can": ("peux", "peux", "peut", "pouvons", "pouvez", "peuvent"),
    "want": ("veux", "veux", "veut", "voulons", "voulez", "veulent"),
    "like": ("aime", "aimes", "aime", "aimons", "aimez", "aiment"),
    "have_to": ("dois", "dois", "doit", "devons", "devez", "doivent"),
}
VENIR = ("viens", "viens", "vient", "venons", "venez", "viennent")
# between two clauses; "," follows an expression (bonjour, je m'appelle Tom: expressions.py)
CONJUNCTIONS = {"and": "et", "but": "mais", "or": "ou", "so": "donc", "because": "parce que", "if": "si", ",": ","}
APPRECIATION = {"aimer", "adorer", "détester", "préférer"}  # take the definite article: j'aime les chats


LANGUAGES = {"english", "french", "korean", "chinese", "japanese", "spanish", "german"}


_VOWEL_START = tuple("aeiouyéèêàâîôûœh")


_H_ASPIRE = ("haricot", "héros", "hibou", "hamburger", "hockey", "huit", "haut", "honte", "hall")


_ELIDE = {
    "ce": "c'",
    "je": "j'",
    "me": "m'",
    "te": "t'",
    "se": "s'",
    "le": "l'",
    "la": "l'",
    "ne": "n'",
    "de": "d'",
    "que": "qu'",
}


_CONTRACT = {("à", "le"): "au", ("à", "les"): "aux", ("de", "le"): "du", ("de", "les"): "des"}


def starts_with_vowel(word: str) -> bool:
    return word.lower().startswith(_VOWEL_START) and not word.lower().startswith(_H_ASPIRE)


def agree(masculine: str, feminine: bool, plural: bool) -> str:
    """A regular participle or adjective ending: allé → allée, allés, allées; pris → prise, pris."""
    word = masculine + ("e" if feminine and not masculine.endswith("e") else "")
    return word + ("s" if plural and not word.endswith(("s", "x")) else "")


def adjective_form(adj, feminine: bool, plural: bool, next_word: str = "") -> str:
    if plural:
        return adj.fr_f_pl if feminine else adj.fr_m_pl
    if feminine:
        return adj.fr_f
    return adj.fr_m_vowel if adj.fr_m_vowel and next_word and starts_with_vowel(next_word) else adj.fr_m


# Nouns French uses only in the plural where English has a mass noun: mes devoirs, les cheveux.
PLURAL_ONLY = {"devoirs", "vacances", "cheveux", "pâtes", "vêtements", "lunettes", "maths"}


def _plural(np_: NounPhrase) -> bool:
    return np_.plural or (np_.det == "number" and np_.number > 1) or np_.head.fr in PLURAL_ONLY


def noun_phrase(np_: NounPhrase, key: str, role: str = "subject", person_feminine: bool = False) -> list[Token]:
    """`role`: subject, object, object_neg (negated: de), appreciated (aimer: definite), predicate."""
    if np_.coordinated is not None:  # Tom et moi, le thé ou le café: each part keeps its determiner
        parts = []
        for part, k in ((np_.first, key), (np_.coordinated, key + ".2")):
            stressed = part.is_pronoun and part.coordinated is None  # mon frère et moi
            parts.append([(part.head.fr_stressed, k + ".noun", ())] if stressed else noun_phrase(part, k, role, person_feminine))
        return parts[0] + [({"and": "et", "or": "ou", "list": ","}[np_.conj], key + ".conj", ())] + parts[1]
    if np_.measure is not None:  # deux tasses de café
        return measures.french(np_, key, role, noun_phrase)
    head = np_.head
    if np_.is_pronoun:
        return [(head.fr if role == "subject" else head.fr_stressed, key + ".noun", ())]
    if isinstance(head, Name):
        return [(head.fr, key + ".noun", ())]
    plural, fem = _plural(np_), head.fr_gender == "f"
    noun = head.fr_plural if plural else head.fr
    if noun == "personnes" and np_.det in ("many", "some", "a", "bare") and not np_.adjectives:
        noun, fem = "gens", False  # beaucoup de gens, des gens: people in general
    if role == "predicate" and head.cls == "person" and head.fr_f and person_feminine:
        noun, fem = (agree(head.fr_f, False, True) if plural else head.fr_f), True  # elles sont étudiantes
    before = [a for a in np_.adjectives if a.fr_position == "before"]
    after = [a for a in np_.adjectives if a.fr_position != "before"]
    words: list[Token] = []
    for i, a in enumerate(before):
        nxt = adjective_form(before[i + 1], fem, plural) if i + 1 < len(before) else noun
        words.append((adjective_form(a, fem, plural, nxt), f"{key}.adj{np_.adjectives.index(a)}", ()))
    if named_people.feminine(np_) and head.fr_f:  # mon amie Minji
        noun, fem = head.fr_f, True
    words.append((noun, key + ".noun", ()))
    words += [(name.fr, key + ".name", ())] if (name := named_people.shown(np_)) else []
    words += [(adjective_form(a, fem, plural), f"{key}.adj{np_.adjectives.index(a)}", ()) for a in after]
    if np_.favorite and np_.det == "poss":  # mon livre préféré, ma couleur préférée
        words.append((agree("préféré", fem, plural), key + ".fav", ()))
    if np_.det == "poss" and isinstance(np_.owner, Name):  # le chat de Tom
        words += [("de", key + ".det", ()), (np_.owner.fr, key + ".det", ())]
        np_ = NounPhrase(np_.head, "the", np_.plural, np_.adjectives)
    det = _determiner(np_, role, fem, plural, words[0][0])
    if det is None:
        return words
    if det == "des" and before:
        det = "de"  # de bons amis: des becomes de before an adjective
    return [(w, key + ".det", ()) for w in det.split()] + words


def _determiner(np_: NounPhrase, role: str, fem: bool, plural: bool, first: str) -> str | None:
    det, mass = np_.det, np_.head.mass
    if np_.adjectives and np_.adjectives[0].en == "same":
        det = "the"  # le même livre, also after a negation: pas le même livre
    if det == "many":
        return "beaucoup de"  # beaucoup de livres, beaucoup d'eau; also after a negation: pas beaucoup d'amis
    if det == "some" and role == "subject" and plural:
        return "certaines" if fem else "certains"  # some people like rain: certaines personnes aiment la pluie
    if det == "bare" and role in ("object", "object_neg") and not plural and not mass:
        det = "the"  # watch TV: regarder la télé (a bare singular noun is a definite one in French)
    indefinite = det in ("a", "some") or (det == "bare" and role not in ("appreciated", "subject"))
    if role == "object_neg" and indefinite:
        return "de"
    if role == "predicate" and det == "a" and np_.head.cls == "person" and not np_.adjectives:
        return None  # je suis étudiant, nous sommes étudiants
    if det == "the" or (det == "bare" and role in ("appreciated", "subject")):
        return "les" if plural else ("la" if fem else "le")
    if det in ("a", "some", "bare"):
        if plural:
            return "des"
        if mass and np_.head.fr not in PLURAL_ONLY:
            return "de la" if fem else "du"
        return "une" if fem else "un"
    if det in ("this", "that"):
        return "ces" if plural else ("cette" if fem else ("cet" if starts_with_vowel(first) else "ce"))
    if det == "poss":
        owner = np_.owner
        if plural:
            return owner.fr_poss_pl
        return owner.fr_poss_m if not fem or starts_with_vowel(first) else owner.fr_poss_f
    if det == "every":
        return "chaque"
    if det == "what":  # quelle couleur (est-ce que tu aimes)
        return "quel" + ("le" if fem else "") + ("s" if plural else "")
    if det == "number":
        return ("une" if fem else "un") if np_.number == 1 else NUMBERS[np_.number]
    raise ValueError(f"unknown determiner {det!r}")


def _with_preposition(prep: str, tokens: list[Token], key: str) -> list[Token]:
    """Put a preposition before a phrase, contracting à le → au, de les → des."""
    words = prep.split()
    last = words[-1]
    if last == "de" and tokens and tokens[0][0] in ("des", "du", "de"):
        # de + des/du/de la → de: "avoir besoin de pommes", "se souvenir de longues chansons"
        drop = 2 if tokens[0][0] == "de" and len(tokens) > 1 and tokens[1][0] in ("la", "l'") else 1
        tokens = tokens[drop:]
    elides = len(tokens) > 1 and starts_with_vowel(tokens[1][0])  # de l'oreiller, à l'hôpital: no du, no au
    if tokens and (last, tokens[0][0]) in _CONTRACT and not (tokens[0][0] == "le" and elides):
        merged = (_CONTRACT[(last, tokens[0][0])], key + ".prep", (tokens[0][1],))
        return [(w, key + ".prep", ()) for w in words[:-1]] + [merged] + tokens[1:]
    return [(w, key + ".prep", ()) for w in words] + tokens


def place_phrase(place: Place, key: str) -> list[Token]:
    np_, head = place.np, place.np.head
    if isinstance(head, Name) and head.kind == "country" and place.prep in ("in", "at", "to"):
        prep = {"f": "en", "m": "au", "pl": "aux"}[head.fr_gender or "f"]
        return [(prep, key + ".prep", ()), (head.fr, key + ".noun", ())]
    if isinstance(head, Name) and place.prep in ("in", "at", "to"):
        return [("à", key + ".prep", ()), (head.fr, key + ".noun", ())]
    if not np_.is_pronoun and not isinstance(head, Name) and head.en == "home" and place.prep in ("at", "to"):
        return [("à", key + ".prep", ()), ("la", key + ".noun", ()), ("maison", key + ".noun", ())]
    if (
        not np_.is_pronoun
        and not isinstance(head, Name)
        and head.en == "class"
        and np_.det == "the"
        and place.prep in ("at", "to", "in")
    ):
        return [("en", key + ".prep", ()), ("classe", key + ".noun", ())]
    return _with_preposition(PREPOSITIONS[place.prep], noun_phrase(np_, key, "object"), key)


def elide(tokens: list[Token]) -> list[Token]:
    """je → j', le → l', ne → n', de → d', que → qu' before a vowel or mute h."""
    out = []
    for i, (word, key, also) in enumerate(tokens):
        nxt = tokens[i + 1][0] if i + 1 < len(tokens) else ""
        if word in _ELIDE and nxt and starts_with_vowel(nxt) and not nxt.startswith("-"):
            word = _ELIDE[word]
        elif word == "si" and nxt in ("il", "ils"):
            word = "s'"  # s'il pleut
        out.append((word, key, also))
    return out


def join(tokens: list[str]) -> str:
    """Display form: glue elided words and imperative pronouns (`l' école` → `l'école`, `lève -toi` → `lève-toi`)."""
    text = " ".join(tokens).replace("' ", "'").replace(" -", "-").replace(" ,", ",")
    return text
