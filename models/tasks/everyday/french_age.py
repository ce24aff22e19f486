"""How French says an age: avoir + number + ans ("il a dix ans", "quel âge est-ce que tu as").

English and Korean use the verb "be" (he is ten years old, 그는 열 살이다); French uses avoir, so
the verb is keyed like English "is" (`c.be`) and the gold alignment links "a" to "is".
"""

from __future__ import annotations

from models.tasks.everyday.french_words import AVOIR, AVOIR_IMPERFECT, FUTURE_ENDINGS, NUMBERS
from models.tasks.everyday.tree import Clause, Token


def age_tokens(clause: Clause, c: str, subject: list[Token], person: int, time: list[Token]) -> list[Token]:
    forms = {"past": AVOIR_IMPERFECT, "future": tuple("aur" + e for e in FUTURE_ENDINGS)}.get(clause.tense, AVOIR)
    verb = [(forms[person], c + ".be", (c + ".tense",))]
    if clause.negated:
        verb = [("ne", c + ".neg", ())] + verb + [("pas", c + ".neg", ())]
    if clause.mood == "wh":  # how old: quel âge est-ce que tu as
        return [("quel", c + ".wh", ()), ("âge", c + ".wh", ()), ("est-ce", c + ".q", ()), ("que", c + ".q", ())] + (
            subject + verb + time
        )
    years = [(NUMBERS[clause.age], c + ".age", ()), ("an" if clause.age == 1 else "ans", c + ".age.unit", ())]
    body = subject + verb + years + time
    if clause.mood == "yes_no":
        return [("est-ce", c + ".q", ()), ("que", c + ".q", ())] + body
    return body
