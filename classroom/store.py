"""The one interface every class store implements, and the choice of store for this server.

A store keeps records and does the few things that must be atomic across threads, processes
and replicas (create a code once, join under the limit, number questions, answer once while
the question is open). It knows no tokens and no clock of its own: the protocol (`protocol.py`)
checks roles and expiry and passes `now` in, so tests can move time.
"""

from __future__ import annotations

import os
from abc import ABC, abstractmethod
from enum import StrEnum
from pathlib import Path

from classroom.records import ClassInfo, Question

REDIS_URL_ENV = "ATTENTION_LAB_REDIS_URL"
DATA_DIR = Path(os.environ.get("ATTENTION_LAB_DATA", Path(__file__).resolve().parents[1] / "data"))


class Joined(StrEnum):
    """Outcome of `ClassStore.add_student`."""

    OK = "ok"  # joined (or was already in: joining again changes nothing)
    FULL = "full"
    NO_CLASS = "no_class"


class Answered(StrEnum):
    """Outcome of `ClassStore.record_answer`."""

    OK = "ok"
    TWICE = "twice"  # this student had answered: the first answer stands
    CLOSED = "closed"  # revealed, not the current question, or no such question
    NOT_STUDENT = "not_student"


class ClassStore(ABC):
    """Classes, their students, questions and answers. Students are keyed by the digest of their id."""

    @abstractmethod
    def create_class(self, info: ClassInfo, now: float) -> bool:
        """Store a new class; False if its code is taken. Kept until `info.expires + GRACE_SECONDS`."""

    @abstractmethod
    def get_class(self, code: str) -> ClassInfo | None:
        """The class, or None if no class has this code (never had, or deleted after its grace)."""

    @abstractmethod
    def end_class(self, code: str, now: float) -> None:
        """Make the class expire at `now` (the teacher ended it)."""

    @abstractmethod
    def add_student(self, code: str, student: str, nickname: str, limit: int) -> Joined:
        """Add a student unless the class holds `limit` already; joining twice is a no-op."""

    @abstractmethod
    def nickname(self, code: str, student: str) -> str | None:
        """The student's nickname ("" if none), or None if they have not joined."""

    @abstractmethod
    def nicknames(self, code: str) -> list[str]:
        """Every joined student's nickname, in joining order where the store knows it."""

    @abstractmethod
    def add_question(self, code: str, question: Question) -> int:
        """Store `question` under the next number, make it the current one, and return the number."""

    @abstractmethod
    def get_question(self, code: str, number: int) -> Question | None:
        """Question `number` of the class, or None."""

    @abstractmethod
    def reveal(self, code: str, number: int) -> bool:
        """Mark the question revealed (answers close); False if there is no such question."""

    @abstractmethod
    def record_answer(self, code: str, number: int, student: str, choice: int) -> Answered:
        """Atomically: a joined student's first answer to the current, unrevealed question."""

    @abstractmethod
    def answers(self, code: str, number: int) -> dict[str, int]:
        """Every answer to question `number`: student digest → choice."""

    @abstractmethod
    def answer_of(self, code: str, number: int, student: str) -> int | None:
        """One student's answer, or None."""

    @abstractmethod
    def set_place(self, code: str, place: str) -> None:
        """Keep where the teacher is (a JSON text: page and view parameters) for followers."""

    @abstractmethod
    def place(self, code: str) -> str | None:
        """The teacher's place as last kept, or None."""

    def close(self) -> None:  # noqa: B027 - optional hook
        """Release connections."""


def open_store(redis_url: str | None = None, path: Path | None = None) -> ClassStore:
    """Redis when `redis_url` or ATTENTION_LAB_REDIS_URL is set (several replicas), else SQLite
    in the data folder (ATTENTION_LAB_DATA, default `data/` beside the code)."""
    url = redis_url or os.environ.get(REDIS_URL_ENV, "").strip()
    if url:
        from classroom.redis_store import RedisStore  # redis-py is only needed when configured

        return RedisStore(url)
    from classroom.sqlite_store import SQLiteStore

    return SQLiteStore(path or DATA_DIR / "classroom.sqlite3")
