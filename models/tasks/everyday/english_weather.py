"""English weather clauses: "it" with a weather verb (it rains, it is snowing) or with be and an
adjective (it is cold, the weather is nice); the question "what is the weather like"."""

from __future__ import annotations

from collections.abc import Callable

from models.tasks.everyday.tree import Clause, Token

WEATHER_VERBS = {"rain": ("rain", "rains", "rained", "raining"), "snow": ("snow", "snows", "snowed", "snowing")}


def weather_tokens(clause: Clause, c: str, be_group: Callable) -> list[Token]:
    """It is raining, it snowed, the weather is nice, it will be very cold; `be_group` is english.py's."""
    if clause.mood == "wh":  # what is the weather like
        weather = [("the", c + ".s.det", ()), ("weather", c + ".s.noun", ())]
        return [("what", c + ".wh", ()), ("is", c + ".be", ()), *weather, ("like", c + ".wh", ())]
    it = [("it", c + ".s.noun", ())]
    neg = [("not", c + ".neg", ())] if clause.negated else []
    w = clause.weather
    if w in WEATHER_VERBS:
        base, third, past, ing = WEATHER_VERBS[w]
        if clause.tense == "past":
            aux, rest = (
                ([("did", c + ".tense", ())], neg + [(base, c + ".verb", ())])
                if clause.negated or clause.mood == "yes_no"
                else ([], [(past, c + ".verb", ())])
            )
        elif clause.tense == "future":
            aux, rest = [("will", c + ".tense", ())], neg + [(base, c + ".verb", ())]
        elif clause.in_condition:  # if it rains, if it does not snow
            aux, rest = (
                ([("does", c + ".tense", ())], neg + [(base, c + ".verb", ())])
                if clause.negated
                else ([], [(third, c + ".verb", ())])
            )
        else:  # it is raining
            aux, rest = [("is", c + ".tense", ())], neg + [(ing, c + ".verb", ())]
    else:
        word = {"nice": "nice", "bad": "bad"}.get(w, w)
        subject_words = [("the", c + ".s.det", ()), ("weather", c + ".s.noun", ())] if w in ("nice", "bad") else it
        aux, rest = be_group(clause, c, 2)
        deg = [(w, c + ".deg", ()) for w in clause.degree.en.split()] if clause.degree else []
        rest = rest + deg + [(word, c + ".adj", ())]
        if clause.mood == "yes_no":
            return aux + subject_words + rest
        return subject_words + aux + rest
    if clause.mood == "yes_no":
        return aux + it + rest
    return it + aux + rest
