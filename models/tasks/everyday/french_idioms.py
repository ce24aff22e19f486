"""French "avoir" idioms for a person's state: j'ai faim, tu avais soif, il aura peur, nous allons
avoir froid, where English and Korean use "be" + adjective (I am hungry, 나는 배고프다).

Only a person or an animal has hunger or fear: "the soup is hot" stays "la soupe est chaude".
The avoir form is keyed like English "am" (`c.be`) and the noun like the adjective (`c.adj`), so
the gold alignment links faim to hungry and ai to am.
"""

from __future__ import annotations

from dataclasses import replace

from models.tasks.everyday.french_words import ALLER, AVOIR, AVOIR_IMPERFECT, FUTURE_ENDINGS
from models.tasks.everyday.lexicon import Name, Noun, Pronoun
from models.tasks.everyday.tree import Clause, NounPhrase, Token

AVOIR_NOUNS = {"hungry": "faim", "thirsty": "soif", "scared": "peur", "afraid": "peur", "cold": "froid", "hot": "chaud"}


def animate(np_: NounPhrase | None) -> bool:
    """A person or an animal (I, Tom, my dog), not a thing (it, the soup)."""
    if np_ is None:
        return False
    head = np_.head
    if isinstance(head, Pronoun):
        return head.en != "it"
    if isinstance(head, Name):
        return head.kind in ("male", "female")
    return head.cls in ("person", "animal")


def says_avoir(clause: Clause) -> bool:
    return clause.adjective is not None and clause.adjective.en in AVOIR_NOUNS and animate(clause.subject)


def avoir_idiom(clause: Clause, c: str, person: int) -> list[Token]:
    """(ne) + avoir in the clause's tense + (pas) + degree + noun: je n'ai pas très faim."""
    if clause.tense == "going_to":
        finite, rest = [(ALLER[person], c + ".tense", ())], [("avoir", c + ".be", ())]
    else:
        forms = {"past": AVOIR_IMPERFECT, "future": tuple("aur" + e for e in FUTURE_ENDINGS)}.get(clause.tense, AVOIR)
        finite, rest = [(forms[person], c + ".be", (c + ".tense",))], []
    if clause.negated:
        finite = [("ne", c + ".neg", ()), *finite, ("pas", c + ".neg", ())]
    degree = [(w, c + ".deg", ()) for w in clause.degree.fr.split()] if clause.degree else []
    return finite + rest + degree + [(AVOIR_NOUNS[clause.adjective.en], c + ".adj", ())]


# "Eat" a meal is a verb of its own in French: nous dînons, tu as déjeuné, je prends le petit-déjeuner.
# (infinitive, present je … ils, future stem, past participle)
MEAL_VERBS = {
    "dinner": ("dîner", ("dîne", "dînes", "dîne", "dînons", "dînez", "dînent"), "dîner", "dîné"),
    "lunch": ("déjeuner", ("déjeune", "déjeunes", "déjeune", "déjeunons", "déjeunez", "déjeunent"), "déjeuner", "déjeuné"),
    "breakfast": ("prendre", ("prends", "prends", "prend", "prenons", "prenez", "prennent"), "prendr", "pris"),
}


def meal_idiom(clause: Clause) -> Clause:
    """The clause French says for "eat <meal>": dîner / déjeuner with no object, prendre le petit-déjeuner."""
    verb, obj = clause.verb, clause.obj
    if verb is None or verb.en != "eat" or obj is None or obj.coordinated is not None or obj.adjectives:
        return clause
    if not isinstance(obj.head, Noun) or obj.head.en not in MEAL_VERBS or obj.det != "bare" or obj.plural:
        return clause
    inf, present, future, participle = MEAL_VERBS[obj.head.en]
    french_verb = replace(verb, fr_inf=inf, fr_present=present, fr_future_stem=future, fr_pp=participle, fr_group="irr")
    if inf == "prendre":
        return replace(clause, verb=french_verb, obj=replace(obj, det="the"))
    return replace(clause, verb=french_verb, obj=None)
