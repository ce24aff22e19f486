"""French weather idioms: il pleut, il a neigé, il fait froid, il va faire beau.

English says "it is cold" and Korean 춥다; French uses impersonal verbs (pleuvoir, neiger) and
"il fait" + adjective, so the weather word is keyed as English "it is" / the adjective.
"""

from __future__ import annotations

from models.tasks.everyday.tree import Clause, Token

# il fait + adjective
FAIT = {
    "cold": "froid",
    "hot": "chaud",
    "warm": "chaud",
    "cool": "frais",
    "nice": "beau",
    "bad": "mauvais",
    "sunny": "beau",
    "cloudy": "gris",
}


def weather_tokens(clause: Clause, c: str) -> list[Token]:
    if clause.mood == "wh":  # quel temps fait-il
        return [("quel", c + ".wh", ()), ("temps", c + ".s.noun", ()), ("fait", c + ".be", ()), ("-il", c + ".be", ())]
    w, tense, neg = clause.weather, clause.tense, clause.negated
    if w in ("rain", "snow"):
        forms = {
            "rain": {"past": ("a", "plu"), "future": ("pleuvra",), "going_to": ("va", "pleuvoir")},
            "snow": {"past": ("a", "neigé"), "future": ("neigera",), "going_to": ("va", "neiger")},
        }[w]
        words = forms.get(tense, ("pleut",) if w == "rain" else ("neige",))
        verb = [(words[0], c + ".verb", (c + ".tense",))]
        rest = [(x, c + ".verb", ()) for x in words[1:]]
    else:
        word = FAIT[w]
        faire = {"past": ("faisait",), "future": ("fera",), "going_to": ("va", "faire")}.get(tense, ("fait",))
        verb = [(faire[0], c + ".be", (c + ".tense",))]
        degree = [(x, c + ".deg", ()) for x in clause.degree.fr.split()] if clause.degree else []
        rest = [(x, c + ".be", ()) for x in faire[1:]] + degree + [(word, c + ".adj", ())]  # il fait très froid
    il = [("il", c + ".s.noun", ())]
    if neg:
        return il + [("ne", c + ".neg", ())] + verb + [("pas", c + ".neg", ())] + rest
    return il + verb + rest
