"""Two actions of one subject, said once: "she opened the box and smiled", "we can walk or take
the bus", "I will cook and clean".

    she opened the box and smiled   elle a ouvert la boîte et a souri   그녀는 상자를 열고 웃었다
    we can walk or take the bus     nous pouvons marcher ou prendre le bus   우리는 걸어가거나 버스를 탈 수 있다

The tree holds two whole clauses with the same subject, tense and modal (`Sentence.one_subject`);
each language leaves out what it says once. English drops the second subject and a shared "will"
or "can"; French the second subject and a shared pouvoir (the auxiliary of the passé composé stays:
"et a souri"); Korean says the subject once and the tense and modal only at the end (열고 웃었다,
걸어가거나 … 탈 수 있다), so the first clause ends in -고 (and) or -거나 (or).
"""

from __future__ import annotations

from dataclasses import replace

from models.tasks.everyday import please
from models.tasks.everyday.tree import Clause, Sentence, Token


def said_once(sentence: Sentence, i: int, clause_tokens, language: str) -> list[Token]:
    """Clause `i`'s English or French words (`clause_tokens(clause, key)`, the language's own) without
    what the first clause already said, and with *please* on a command (please.py)."""
    tokens = clause_tokens(sentence.clauses[i], f"c{i}")
    if sentence.clauses[i].please:  # Korean asks in its verb ending (korean_predicate.py)
        tokens = (please.english if language == "en" else please.french)(tokens, f"c{i}")
    if not sentence.one_subject or i == 0:
        return tokens
    clause, c = sentence.clauses[i], f"c{i}"
    shared = {c + ".modal"} if clause.modal else set()
    if language == "en" and clause.tense == "future":
        shared.add(c + ".tense")  # she will open it and smile
    return [t for t in tokens if not t[1].startswith(c + ".s.") and t[1] not in shared]


def korean_first(clause: Clause) -> Clause:
    """The first clause as Korean says it before -고 / -거나: no tense or modal of its own."""
    return replace(clause, tense="present", modal=None)


def korean_second(tokens: list[Token]) -> list[Token]:
    """The second clause without its subject; its tense and modal answer both English clauses'
    (English "will" and "can" are said in the first)."""
    out = []
    for word, key, also in tokens:
        if key.startswith("c1.s."):
            continue
        if key in ("c1.tense", "c1.modal"):
            also = also + ("c0" + key.removeprefix("c1"),)
        out.append((word, key, also))
    return out


def shares_subject(first: Clause, second: Clause) -> bool:
    """Whether `second` can be said after `first` with their one subject: two affirmative actions."""
    return all(
        c.kind == "action" and c.subject is not None and not c.negated and c.mood == "statement" for c in (first, second)
    ) and (first.tense in ("present", "past", "future") and first.modal in (None, "can"))
