"""Toy English→French grammar: gendered articles, adjective–noun inversion, subject–verb
agreement and `ne … pas` negation. `the red car` → `la voiture rouge`."""

from __future__ import annotations

from models.tasks.lexicon import BE_FR, PREPOSITIONS, Adjective
from models.tasks.sentences import Clause, NounPhrase, Sentence

# (word, sure key, possible keys): the word translates the English word(s) with `sure key`.
TargetToken = tuple[str, str | None, tuple[str, ...]]

_VOWELS = "aeiouéèêâîôh"


def _adjective(a: Adjective, gender: str, plural: bool) -> str:
    word = a.fr_f if gender == "f" else a.fr_m
    return word if not plural or word.endswith(("s", "x")) else word + "s"


def _determiner(np_: NounPhrase, negated_object: bool) -> str:
    if np_.plural:
        return "les"
    if np_.definite:
        return "la" if np_.noun.gender == "f" else "le"
    if negated_object:
        return "de"  # "je ne mange pas de pomme"
    return "une" if np_.noun.gender == "f" else "un"


def french_np(np_: NounPhrase, key: str, negated_object: bool = False) -> list[TargetToken]:
    if np_.pronoun:
        return [(np_.pronoun.fr, key + ".noun", ())]
    gender, plural = np_.noun.gender, np_.plural
    before = [(_adjective(a, gender, plural), f"{key}.adj{i}", ()) for i, a in enumerate(np_.adjectives) if a.before_noun]
    after = [(_adjective(a, gender, plural), f"{key}.adj{i}", ()) for i, a in enumerate(np_.adjectives) if not a.before_noun]
    noun = (np_.noun.fr_plural if plural else np_.noun.fr, key + ".noun", ())
    return [(_determiner(np_, negated_object), key + ".det", ())] + before + [noun] + after


def _subject_gender(clause: Clause) -> tuple[str, bool]:
    """Gender and plurality a predicate adjective agrees with."""
    if len(clause.subjects) > 1:
        return "m", True
    np_ = clause.subjects[0]
    if np_.pronoun:
        return ("f" if np_.pronoun.fr == "elle" else "m"), np_.pronoun.person in (3, 4)
    return np_.noun.gender, np_.plural


def _french_clause(clause: Clause, c: int) -> list[TargetToken]:
    out: list[TargetToken] = []
    for i, np_ in enumerate(clause.subjects):
        if i:
            out.append(("et", f"c{c}.sand", ()))
        out += french_np(np_, f"c{c}.s{i}")
    neg = clause.negated
    if clause.kind in ("adj", "noun"):
        verb = (BE_FR[clause.person], f"c{c}.be", ())
    else:
        verb = (clause.verb.fr[clause.person], f"c{c}.verb", (f"c{c}.do",))
    if neg:
        out += [("ne", f"c{c}.not", (f"c{c}.do",)), verb, ("pas", f"c{c}.not", ())]
    else:
        out.append(verb)
    if clause.kind == "adj":
        gender, plural = _subject_gender(clause)
        out.append((_adjective(clause.adjective, gender, plural), f"c{c}.padj", ()))
    elif clause.kind == "noun":
        out += french_np(clause.predicate, f"c{c}.p")
    elif clause.obj:
        out += french_np(clause.obj, f"c{c}.o", negated_object=neg)
    for j, (prep, np_) in enumerate(clause.preps):
        out.append((PREPOSITIONS[prep][0], f"c{c}.pp{j}.prep", ()))
        out += french_np(np_, f"c{c}.pp{j}")
    return out


def _elide(tokens: list[TargetToken]) -> list[TargetToken]:
    """le/la → l', je → j', ne → n', de → d' before a vowel or mute h."""
    out = []
    for i, (word, sure, possible) in enumerate(tokens):
        nxt = tokens[i + 1][0] if i + 1 < len(tokens) else ""
        if word in ("le", "la", "je", "ne", "de") and nxt[:1] in _VOWELS and nxt:
            word = word[0] + "'"
        out.append((word, sure, possible))
    return out


def french(sentence: Sentence) -> list[TargetToken]:
    """The French words of a sentence, each with its alignment keys."""
    out: list[TargetToken] = []
    for c, clause in enumerate(sentence):
        if c:
            out.append(("et", f"and{c}", ()))
        out += _french_clause(clause, c)
    return _elide(out)


def join_french(tokens: list[str]) -> str:
    """Display form: glue elided words to the next one (`l' école` → `l'école`)."""
    text = " ".join(tokens)
    return text.replace("' ", "'")
