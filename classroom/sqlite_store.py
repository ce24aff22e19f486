"""The default class store: one SQLite file in the data folder, nothing to start.

WAL mode lets readers (every polling student) run beside the one writer; each write is a
short `BEGIN IMMEDIATE` transaction, so concurrent writers from several threads or processes
queue on SQLite's lock (busy timeout) instead of failing, and a check-then-write (answer once,
join under the limit) cannot interleave with another. Connections are per thread and per
process (a forked child opens its own).
"""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from classroom.records import GRACE_SECONDS, ClassInfo, Question
from classroom.store import Answered, ClassStore, Joined

_SCHEMA = """
CREATE TABLE IF NOT EXISTS classes (
    code TEXT PRIMARY KEY, teacher_hash TEXT NOT NULL, created REAL NOT NULL, expires REAL NOT NULL,
    current INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS students (
    code TEXT NOT NULL REFERENCES classes ON DELETE CASCADE, student TEXT NOT NULL, nickname TEXT NOT NULL,
    seq INTEGER PRIMARY KEY AUTOINCREMENT, UNIQUE (code, student));
CREATE TABLE IF NOT EXISTS questions (
    code TEXT NOT NULL REFERENCES classes ON DELETE CASCADE, number INTEGER NOT NULL, body TEXT NOT NULL,
    revealed INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (code, number));
CREATE TABLE IF NOT EXISTS answers (
    code TEXT NOT NULL, number INTEGER NOT NULL, student TEXT NOT NULL, choice INTEGER NOT NULL,
    PRIMARY KEY (code, number, student), FOREIGN KEY (code, number) REFERENCES questions ON DELETE CASCADE);
CREATE TABLE IF NOT EXISTS places (
    code TEXT PRIMARY KEY REFERENCES classes ON DELETE CASCADE, body TEXT NOT NULL);
"""
_BUSY_MS = 15_000  # a writer waits this long for the lock before giving up


class SQLiteStore(ClassStore):
    """`ClassStore` on one SQLite file; safe to share between threads and processes."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._local = threading.local()
        for attempt in range(50):  # switching to WAL needs a moment alone with the file
            try:
                with self._write() as db:
                    for statement in _SCHEMA.split(";"):
                        if statement.strip():
                            db.execute(statement)
                break
            except sqlite3.OperationalError:
                if attempt == 49:
                    raise
                time.sleep(0.1)

    def _db(self) -> sqlite3.Connection:
        """This thread's connection (a new one after a fork)."""
        db = getattr(self._local, "db", None)
        if db is None or self._local.pid != os.getpid():
            db = sqlite3.connect(self.path, timeout=_BUSY_MS / 1000, isolation_level=None)
            db.execute(f"PRAGMA busy_timeout = {_BUSY_MS}")
            if db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA synchronous = NORMAL")  # WAL + NORMAL: durable across a crash of the app
            db.execute("PRAGMA foreign_keys = ON")
            self._local.db, self._local.pid = db, os.getpid()
        return db

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction that takes the lock up front, so its reads cannot go stale."""
        db = self._db()
        db.execute("BEGIN IMMEDIATE")
        try:
            yield db
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")

    def close(self) -> None:
        db = getattr(self._local, "db", None)
        if db is not None and self._local.pid == os.getpid():
            db.close()
        self._local = threading.local()

    def create_class(self, info: ClassInfo, now: float) -> bool:
        with self._write() as db:
            db.execute("DELETE FROM classes WHERE expires < ?", (now - GRACE_SECONDS,))  # past their grace
            cur = db.execute(
                "INSERT OR IGNORE INTO classes (code, teacher_hash, created, expires, current) VALUES (?, ?, ?, ?, ?)",
                (info.code, info.teacher_hash, info.created, info.expires, info.current),
            )
            return cur.rowcount == 1

    def get_class(self, code: str) -> ClassInfo | None:
        row = self._db().execute("SELECT code, teacher_hash, created, expires, current FROM classes WHERE code = ?", (code,))
        found = row.fetchone()
        return ClassInfo(*found) if found else None

    def end_class(self, code: str, now: float) -> None:
        with self._write() as db:
            db.execute("UPDATE classes SET expires = MIN(expires, ?) WHERE code = ?", (now, code))

    def add_student(self, code: str, student: str, nickname: str, limit: int) -> Joined:
        with self._write() as db:
            if db.execute("SELECT 1 FROM classes WHERE code = ?", (code,)).fetchone() is None:
                return Joined.NO_CLASS
            if db.execute("SELECT 1 FROM students WHERE code = ? AND student = ?", (code, student)).fetchone():
                return Joined.OK
            if db.execute("SELECT COUNT(*) FROM students WHERE code = ?", (code,)).fetchone()[0] >= limit:
                return Joined.FULL
            db.execute("INSERT INTO students (code, student, nickname) VALUES (?, ?, ?)", (code, student, nickname))
            return Joined.OK

    def nickname(self, code: str, student: str) -> str | None:
        row = self._db().execute("SELECT nickname FROM students WHERE code = ? AND student = ?", (code, student)).fetchone()
        return row[0] if row else None

    def nicknames(self, code: str) -> list[str]:
        rows = self._db().execute("SELECT nickname FROM students WHERE code = ? ORDER BY seq", (code,))
        return [r[0] for r in rows]

    def add_question(self, code: str, question: Question) -> int:
        with self._write() as db:
            row = db.execute("SELECT current FROM classes WHERE code = ?", (code,)).fetchone()
            if row is None:
                raise KeyError(code)
            number = row[0] + 1
            db.execute("INSERT INTO questions (code, number, body) VALUES (?, ?, ?)", (code, number, question.to_json()))
            db.execute("UPDATE classes SET current = ? WHERE code = ?", (number, code))
            return number

    def get_question(self, code: str, number: int) -> Question | None:
        row = self._db().execute("SELECT body, revealed FROM questions WHERE code = ? AND number = ?", (code, number))
        found = row.fetchone()
        return Question.from_json(number, found[0], bool(found[1])) if found else None

    def reveal(self, code: str, number: int) -> bool:
        with self._write() as db:
            cur = db.execute("UPDATE questions SET revealed = 1 WHERE code = ? AND number = ?", (code, number))
            return cur.rowcount == 1

    def record_answer(self, code: str, number: int, student: str, choice: int) -> Answered:
        with self._write() as db:
            if db.execute("SELECT 1 FROM students WHERE code = ? AND student = ?", (code, student)).fetchone() is None:
                return Answered.NOT_STUDENT
            open_ = db.execute(
                "SELECT 1 FROM questions q JOIN classes c ON c.code = q.code AND c.current = q.number"
                " WHERE q.code = ? AND q.number = ? AND q.revealed = 0",
                (code, number),
            ).fetchone()
            if open_ is None:
                return Answered.CLOSED
            cur = db.execute(
                "INSERT OR IGNORE INTO answers (code, number, student, choice) VALUES (?, ?, ?, ?)",
                (code, number, student, choice),
            )
            return Answered.OK if cur.rowcount == 1 else Answered.TWICE

    def answers(self, code: str, number: int) -> dict[str, int]:
        rows = self._db().execute("SELECT student, choice FROM answers WHERE code = ? AND number = ?", (code, number))
        return dict(rows.fetchall())

    def answer_of(self, code: str, number: int, student: str) -> int | None:
        row = (
            self._db()
            .execute("SELECT choice FROM answers WHERE code = ? AND number = ? AND student = ?", (code, number, student))
            .fetchone()
        )
        return row[0] if row else None

    def set_place(self, code: str, place: str) -> None:
        with self._write() as db:
            if db.execute("SELECT 1 FROM classes WHERE code = ?", (code,)).fetchone():
                db.execute("INSERT OR REPLACE INTO places (code, body) VALUES (?, ?)", (code, place))

    def place(self, code: str) -> str | None:
        row = self._db().execute("SELECT body FROM places WHERE code = ?", (code,)).fetchone()
        return row[0] if row else None
