"""The records a class is made of, the limits on them, and the views the two roles poll.

A teacher's question is data, not text: the page that asked it, a translation key for its
wording, the values for that key's placeholders, the choices and the index of the right one
(computed from the model's tensors by the page). Students get a `Prompt`: the same question
with no answer in it until the reveal.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field

from classroom.codes import clean_text

DEFAULT_HOURS = 4.0  # a lesson or two
MAX_HOURS = 12.0
GRACE_SECONDS = 12 * 3600  # an ended class is kept this long to say "ended" rather than "no such code", then deleted
MAX_STUDENTS = 200
MAX_QUESTIONS = 500  # per class
NICKNAME_CHARS = 24
CHOICE_CHARS = 60
MIN_CHOICES, MAX_CHOICES = 2, 8
PARAM_CHARS, MAX_PARAMS = 100, 12
_NAME = re.compile(r"[a-z][a-z0-9_]{0,63}")


@dataclass(frozen=True)
class ClassInfo:
    """One class as stored. `current` is the number of the latest question asked (0: none yet)."""

    code: str
    teacher_hash: str  # SHA-256 of the teacher token
    created: float
    expires: float
    current: int = 0


@dataclass(frozen=True)
class Prompt:
    """A question as students see it: everything but the answer."""

    number: int
    page: str
    prompt: str
    params: dict = field(hash=False)
    choices: tuple[str, ...]
    revealed: bool = False


@dataclass(frozen=True)
class Question:
    """A question as stored and as the teacher sees it."""

    number: int  # 1, 2, … within the class; 0 until the store assigns one
    page: str  # the page that asked: "alignment", "steps", "qkv", "transformer", "bert", "positions"
    prompt: str  # translation key of the wording, e.g. "quiz_most_attended_source"
    params: dict = field(hash=False)  # the wording's placeholder values: {"word": "chien"}
    choices: tuple[str, ...] = ()
    answer: int = 0  # index of the right choice
    asked: float = 0.0
    revealed: bool = False

    def public(self) -> Prompt:
        """What a student may see: the answer left out."""
        return Prompt(self.number, self.page, self.prompt, dict(self.params), self.choices, self.revealed)

    def to_json(self) -> str:
        """The stored form (number and revealed are kept beside it by the stores)."""
        keep = {"page": self.page, "prompt": self.prompt, "params": self.params, "choices": list(self.choices)}
        return json.dumps({**keep, "answer": self.answer, "asked": self.asked}, ensure_ascii=False)

    @staticmethod
    def from_json(number: int, text: str, revealed: bool) -> Question:
        d = json.loads(text)
        return Question(number, d["page"], d["prompt"], d["params"], tuple(d["choices"]), d["answer"], d["asked"], revealed)


def make_question(page: str, prompt: str, choices: list[str], answer: int, params: dict | None, asked: float) -> Question:
    """A checked `Question` (number 0), or ValueError naming what is wrong.

    Choices and string parameters may hold a student's words (the sentence on screen), so they
    are cleaned and length-limited like any typed text; choices must stay distinct after that.
    """
    for name, value in (("page", page), ("prompt", prompt)):
        if not isinstance(value, str) or not _NAME.fullmatch(value):
            raise ValueError(f"{name} must be a lower-case key, got {value!r:.80}")
    if not isinstance(choices, list | tuple) or not MIN_CHOICES <= len(choices) <= MAX_CHOICES:
        raise ValueError(f"a question needs {MIN_CHOICES}–{MAX_CHOICES} choices")
    cleaned = tuple(clean_text(str(c), CHOICE_CHARS) for c in choices)
    if any(not c for c in cleaned) or len(set(cleaned)) != len(cleaned):
        raise ValueError(f"choices must be non-empty and distinct once cleaned: {cleaned!r:.200}")
    if type(answer) is not int or not 0 <= answer < len(cleaned):
        raise ValueError(f"answer must index the choices, got {answer!r:.40}")
    return Question(0, page, prompt, _clean_params(params or {}), cleaned, answer, float(asked))


def _clean_params(params: dict) -> dict:
    if not isinstance(params, dict) or len(params) > MAX_PARAMS:
        raise ValueError(f"params must be a dict of at most {MAX_PARAMS} entries")
    out = {}
    for key, value in params.items():
        if not isinstance(key, str) or not _NAME.fullmatch(key):
            raise ValueError(f"param names are lower-case keys, got {key!r:.80}")
        if isinstance(value, str):
            out[key] = clean_text(value, PARAM_CHARS)
        elif isinstance(value, bool | int) or (isinstance(value, float) and math.isfinite(value)):
            out[key] = value
        else:
            raise ValueError(f"param {key} must be text or a finite number")
    return out


PLACE_CHARS = 4000  # a page's whole view in its link parameters: a Q·K·V matrix edit is the largest


def make_place(page: str, view: dict) -> str:
    """The teacher's place as stored JSON, or ValueError: a page key and string parameters."""
    if not isinstance(page, str) or not _NAME.fullmatch(page):
        raise ValueError(f"page must be a lower-case key, got {page!r:.80}")
    if not isinstance(view, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in view.items()):
        raise ValueError("view parameters must be strings")
    text = json.dumps({"page": page, "view": view}, ensure_ascii=False)
    if len(text) > PLACE_CHARS:
        raise ValueError(f"a place is at most {PLACE_CHARS} characters")
    return text


def read_place(text: str | None) -> tuple[str, dict[str, str]] | None:
    """(page, view parameters) from stored JSON; None for nothing or anything malformed."""
    try:
        d = json.loads(text) if text else None
        page, view = d["page"], d["view"]
    except (ValueError, TypeError, KeyError):
        return None
    if not isinstance(page, str) or not _NAME.fullmatch(page) or not isinstance(view, dict):
        return None
    return page, {str(k): str(v) for k, v in view.items()}


@dataclass(frozen=True)
class Tally:
    """How many students picked each choice of one question."""

    number: int
    counts: tuple[int, ...]
    students: int  # joined so far

    @property
    def answered(self) -> int:
        return sum(self.counts)


@dataclass(frozen=True)
class TeacherView:
    """What the teacher's screen polls: the class, the latest question with its answer, the live tally."""

    code: str
    expires: float
    students: int
    nicknames: tuple[str, ...]  # as typed (cleaned); empty strings for students who gave none
    question: Question | None
    tally: Tally | None


@dataclass(frozen=True)
class StudentView:
    """What a student's screen polls. `answer` and `tally` stay None until the reveal."""

    code: str
    nickname: str
    expires: float
    question: Prompt | None
    mine: int | None  # this student's choice, if any
    answer: int | None
    tally: Tally | None
