"""Expressions: what a class types before any sentence (hello, thank you, see you tomorrow, yes).

No word-by-word rule gives them (*good night* is bonne nuit and 잘 자, *you are welcome* is de rien
and 천만에), so each is one row of `data/expressions.tsv`: the English the grammar writes, the
French and the Korean, and the other ways a student types it (*hi*, *thanks*; 안녕하세요, 감사합니다).

- Realised as a clause of kind "expression" (set_phrases.py): every word carries the key
  `c0.expr`, so the gold alignment links the whole expression to the whole expression.
- A Korean expression is written as whole tokens (잘 가 is one token, `tree.split_words` keeps it):
  its words are not the grammar's words (가 is the stem of 가다 in 학교에 간다), and a typed
  sentence is split at spaces, so the reader never meets an expression's token by accident.
- Read as a whole (`read`): a typed sentence that is one of a row's forms, punctuation and spaces
  aside, is that row's canonical form. A question is never an expression (잘 지내? asks).
- Or before a sentence (`split`, `LEADS`): *hello, my name is Tom* is the expression, a comma
  (target-side only, as in lists) and the sentence (sampler.py draws them, conjunction ",").
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from models.tasks.everyday.english_reading import WORD
from models.tasks.everyday.english_reading import english as read_english
from models.tasks.everyday.lexicon import DATA, read_rows
from models.tasks.everyday.tree import Clause, Token

KEY = ".expr"  # the key suffix of an expression's words (tree.split_words keeps them whole)
# Expressions that open a sentence: "hello, my name is Tom", "sorry, I am late", "yes, I like it".
LEADS = ("hello", "good morning", "yes", "no", "okay", "sorry", "excuse me", "thank you", "of course")
# Typed forms that lead only before a pause, being words of sentences too: *no one came*; 네 시 "four
# o'clock", 네가 "you"; 예 "example"; 아니 너는 … does lead (아니다 ends a sentence, never starts one).
AFTER_A_PAUSE = {"en": ("no",), "ko": ("네", "예", "어")}


@dataclass(frozen=True)
class Expression:
    en: str  # as the grammar writes it, lower case: "thank you"
    en_typed: tuple[str, ...]  # other forms a student types: "thanks", "thank u"
    fr: str  # "merci beaucoup", "je vais bien, merci"
    ko: str  # "정말 고마워", "잘 지내, 고마워" (plain speech, as the grammar talks to 너)
    ko_typed: tuple[str, ...]  # polite and other forms: "정말 감사합니다"


@functools.cache
def load(directory: Path = DATA) -> tuple[Expression, ...]:
    return tuple(
        Expression(r["en"], _variants(r["en_typed"]), r["fr"], r["ko"], _variants(r["ko_typed"]))
        for r in read_rows("expressions.tsv", directory)
    )


def _variants(cell: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in cell.split("|") if v.strip())


def english(clause: Clause, c: str) -> list[Token]:
    return [(w, c + KEY, ()) for w in read_english(clause.expression.en)]


def french(clause: Clause, c: str) -> list[Token]:
    """Words as french_words.join glues them back: `d' accord`, `excuse -moi`, `bien ,`."""
    text = clause.expression.fr.replace(",", " ,").replace("'", "' ").replace("-", " -")
    return [(w, c + KEY, ()) for w in text.split()]


def korean(clause: Clause, c: str) -> list[Token]:
    """One token per part between commas: `잘 지내`, `,`, `고마워`."""
    parts = [p.strip() for p in clause.expression.ko.split(",")]
    tokens: list[Token] = []
    for i, part in enumerate(parts):
        tokens += [(",", c + KEY, ())] if i else []
        tokens.append((part, c + KEY, ()))
    return tokens


def korean_words() -> frozenset[str]:
    """Every Korean expression token: the general reader must not read a typed word as one."""
    return frozenset(p.strip() for e in load() for p in e.ko.split(","))


def read(text: str, language: str) -> list[str] | None:
    """The tokens of the expression `text` is (as the source side of a model reads it), or None."""
    if text.strip().endswith("?"):
        return None
    found = (_korean_forms() if language == "ko" else _english_forms()).get(_key(text, language))
    return None if found is None else _tokens(found, language)


def split(text: str, language: str) -> tuple[list[str], str]:
    """A leading expression's tokens and the rest of `text` ("hello, my name is Tom" → ["hello"],
    "my name is Tom"); ([], text) when `text` does not start with one. The longest form wins; some
    lead only before a comma (AFTER_A_PAUSE)."""
    words = list(re.finditer(WORD, text))
    forms = _korean_forms() if language == "ko" else _english_forms()
    for n in range(min(len(words) - 1, 5), 0, -1):
        end = words[n - 1].end()
        typed = _key(text[:end], language)
        found = forms.get(typed)
        pause = text[end:].lstrip()[:1] in (",", "!", ".")
        if found is not None and found.en in LEADS and (pause or typed not in AFTER_A_PAUSE[language]):
            return _tokens(found, language), text[end:].lstrip(" ,!.")
    return [], text


def _tokens(found: Expression, language: str) -> list[str]:
    if language == "ko":
        return [p.strip() for p in found.ko.split(",")]  # a source is read without its commas (task._read)
    return read_english(found.en)


def _key(text: str, language: str) -> str:
    """What two typings of one expression share: lower case, no punctuation; Korean without spaces."""
    if language == "ko":
        return re.sub(r"[\s.,!?~^…]+", "", text)
    return " ".join(read_english(text))


@functools.cache
def _english_forms() -> dict[str, Expression]:
    return {_key(form, "en"): e for e in load() for form in (e.en, *e.en_typed)}


@functools.cache
def _korean_forms() -> dict[str, Expression]:
    return {_key(form, "ko"): e for e in load() for form in (e.ko, *e.ko_typed)}
