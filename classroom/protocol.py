"""The class protocol: who may do what, on top of any `ClassStore`.

    teacher = room.start()                          # code + token; the token stays in the teacher's session
    me = room.join("k7q2", "Mina")                  # anonymous student id (+ optional nickname)
    n = room.ask(code, teacher.token, "alignment", "quiz_most_attended_source", choices, answer, {"word": "chien"})
    room.answer(code, me.student, n, 2)             # once; closed after the reveal or the next question
    room.teacher_view(code, teacher.token)          # the live tally: teacher only
    room.reveal(code, teacher.token, n)             # now every student's view holds the answer and the tally
    room.student_view(code, me.student)

Roles are bearer secrets checked against stored digests; expiry is read from an injectable
clock, so tests move time without waiting.
"""

from __future__ import annotations

import math
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from classroom import codes
from classroom.errors import (
    AlreadyAnswered,
    BadAnswer,
    ClassExpired,
    ClassFull,
    NotAStudent,
    NotTeacher,
    QuestionClosed,
    UnknownCode,
)
from classroom.records import (
    DEFAULT_HOURS,
    MAX_HOURS,
    MAX_QUESTIONS,
    MAX_STUDENTS,
    NICKNAME_CHARS,
    ClassInfo,
    StudentView,
    Tally,
    TeacherView,
    make_place,
    make_question,
    read_place,
)
from classroom.store import Answered, ClassStore, Joined

_INDEX = re.compile(r"[0-9]{1,3}", re.ASCII)


@dataclass(frozen=True)
class Teacher:
    """What the teacher's session keeps: the code to show, the token to act with."""

    code: str
    token: str = field(repr=False)  # never in a log line
    expires: float = 0.0


@dataclass(frozen=True)
class Student:
    """What a student's session keeps. `student` is a secret: whoever holds it answers as them."""

    code: str
    student: str = field(repr=False)
    nickname: str = ""


class Classroom:
    """Start, join, ask, answer, reveal, and the two polled views, over one store."""

    def __init__(self, store: ClassStore, clock: Callable[[], float] = time.time) -> None:
        self.store = store
        self.clock = clock

    # -- teacher -------------------------------------------------------------------------------

    def start(self, hours: float = DEFAULT_HOURS) -> Teacher:
        """A new class under a fresh code, open for `hours` (at most MAX_HOURS)."""
        hours = float(hours)
        hours = min(max(hours, 0.1), MAX_HOURS) if math.isfinite(hours) else DEFAULT_HOURS
        token, now = codes.new_secret(), self.clock()
        for _ in range(100):  # 707k codes: a clash is rare, a hundred in a row means the store is full
            info = ClassInfo(codes.new_code(), codes.digest(token), now, now + hours * 3600)
            if self.store.create_class(info, now):
                return Teacher(info.code, token, info.expires)
        raise RuntimeError("no free class code after 100 tries")

    def resume(self, code: str, token: str) -> Teacher:
        """The teacher's class again after a reload, if `token` is its teacher token."""
        info = self._teacher(code, token)
        return Teacher(info.code, token, info.expires)

    def end(self, code: str, token: str) -> None:
        """End the class now: students see "ended", the code stops working."""
        info = self._teacher(code, token)
        self.store.end_class(info.code, self.clock())

    def ask(self, code: str, token: str, page: str, prompt: str, choices: list[str], answer: int, params=None) -> int:
        """Ask the next question (the previous one closes); returns its number. ValueError on a malformed question."""
        info = self._teacher(code, token)
        if info.current >= MAX_QUESTIONS:
            raise ValueError(f"a class holds at most {MAX_QUESTIONS} questions")
        question = make_question(page, prompt, choices, answer, params, self.clock())
        return self.store.add_question(info.code, question)

    def reveal(self, code: str, token: str, number: int) -> None:
        """Close question `number` and show its answer and tally to every student."""
        info = self._teacher(code, token)
        if not self.store.reveal(info.code, _number(number)):
            raise ValueError(f"class {info.code} has no question {number!r:.20}")

    def move(self, code: str, token: str, page: str, view: dict[str, str]) -> None:
        """Record where the teacher is now (a page and its view parameters) for students who follow."""
        info = self._teacher(code, token)
        self.store.set_place(info.code, make_place(page, view))

    def teacher_view(self, code: str, token: str) -> TeacherView:
        """The class, its latest question with the answer, and the live tally."""
        info = self._teacher(code, token)
        nicknames = tuple(self.store.nicknames(info.code))
        question = self.store.get_question(info.code, info.current) if info.current else None
        tally = self._tally(info.code, question, len(nicknames)) if question else None
        return TeacherView(info.code, info.expires, len(nicknames), nicknames, question, tally)

    # -- student -------------------------------------------------------------------------------

    def join(self, code_text: str, nickname: object = "") -> Student:
        """Join with the code as typed (or from the QR link); the nickname is optional and cleaned."""
        info = self._live(code_text)
        student, name = codes.new_secret(), codes.clean_text(nickname, NICKNAME_CHARS)
        joined = self.store.add_student(info.code, codes.digest(student), name, MAX_STUDENTS)
        if joined is Joined.FULL:
            raise ClassFull(f"class {info.code} is full ({MAX_STUDENTS} students)", limit=MAX_STUDENTS)
        if joined is Joined.NO_CLASS:
            raise UnknownCode(f"no class with code {info.code}", code=info.code)
        return Student(info.code, student, name)

    def answer(self, code: str, student: str, number: object, choice: object) -> None:
        """Record this student's one answer to the open question: `choice` indexes its choices."""
        info = self._live(code)
        n = _number(number)
        question = self.store.get_question(info.code, n)
        if question is None:
            raise QuestionClosed(f"class {info.code} has no question {n}")
        index = _choice(choice, len(question.choices))
        outcome = self.store.record_answer(info.code, n, codes.digest(_secret(student)), index)
        if outcome is Answered.NOT_STUDENT:
            raise NotAStudent(f"not a student of class {info.code}")
        if outcome is Answered.TWICE:
            raise AlreadyAnswered(f"already answered question {n}")
        if outcome is Answered.CLOSED:
            raise QuestionClosed(f"question {n} is closed")

    def student_view(self, code: str, student: str) -> StudentView:
        """The latest question without its answer; after the reveal, the answer, the tally and this student's guess."""
        info = self._live(code)
        key = codes.digest(_secret(student))
        nickname = self.store.nickname(info.code, key)
        if nickname is None:
            raise NotAStudent(f"not a student of class {info.code}")
        question = self.store.get_question(info.code, info.current) if info.current else None
        if question is None:
            return StudentView(info.code, nickname, info.expires, None, None, None, None)
        mine = self.store.answer_of(info.code, question.number, key)
        if not question.revealed:
            return StudentView(info.code, nickname, info.expires, question.public(), mine, None, None)
        tally = self._tally(info.code, question, len(self.store.nicknames(info.code)))
        return StudentView(info.code, nickname, info.expires, question.public(), mine, question.answer, tally)

    def teacher_place(self, code: str, student: str) -> tuple[str, dict[str, str]] | None:
        """Where the teacher is (page, view parameters), for a joined student; None before they moved."""
        info = self._live(code)
        if self.store.nickname(info.code, codes.digest(_secret(student))) is None:
            raise NotAStudent(f"not a student of class {info.code}")
        return read_place(self.store.place(info.code))

    # -- checks --------------------------------------------------------------------------------

    def _live(self, code_text: object) -> ClassInfo:
        """The class behind a typed code, or UnknownCode / ClassExpired."""
        code = codes.parse_code(code_text)
        info = self.store.get_class(code) if code else None
        shown = codes.clean_text(code_text, 8)
        if info is None:
            raise UnknownCode(f"no class with code {shown!r}", code=shown)
        if self.clock() >= info.expires:
            raise ClassExpired(f"class {info.code} has ended", code=info.code)
        return info

    def _teacher(self, code: str, token: object) -> ClassInfo:
        info = self._live(code)
        if not codes.same_secret(token, info.teacher_hash):
            raise NotTeacher(f"only the teacher of class {info.code} can do this")
        return info

    def _tally(self, code: str, question, students: int) -> Tally:
        counts = [0] * len(question.choices)
        for choice in self.store.answers(code, question.number).values():
            if 0 <= choice < len(counts):
                counts[choice] += 1
        return Tally(question.number, tuple(counts), students)


def _number(number: object) -> int:
    """A question number from a caller (int or digits), or BadAnswer."""
    if isinstance(number, str) and _INDEX.fullmatch(number):
        number = int(number)
    if type(number) is int and 0 < number <= MAX_QUESTIONS:
        return number
    raise BadAnswer(f"not a question number: {number!r:.20}")


def _choice(choice: object, n: int) -> int:
    """A choice index from a caller (int or 1–3 ASCII digits) within `n`, or BadAnswer."""
    if type(choice) is int:
        index = choice
    elif isinstance(choice, str) and _INDEX.fullmatch(choice):
        index = int(choice)
    else:
        raise BadAnswer(f"not a choice: {choice!r:.20}", limit=n)
    if not 0 <= index < n:
        raise BadAnswer(f"choice {index} is not one of the {n} choices", limit=n)
    return index


def _secret(value: object) -> str:
    """A secret as given, or "" (which matches nothing) when it is not a short string."""
    return value if isinstance(value, str) and 0 < len(value) <= 128 else ""
