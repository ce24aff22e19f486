"""The class store contract, run against SQLite and a real Redis server alike."""

import time

import pytest

from bench.class_load import open_backend
from classroom.records import GRACE_SECONDS, ClassInfo, make_question
from classroom.store import Answered, Joined, open_store

NOW = 1_800_000_000.25


@pytest.fixture
def store(backend):
    s = open_backend(backend)
    yield s
    s.close()


def _class(store, code="K7Q2", now=NOW, hours=4, started=None):
    started = now if started is None else started
    assert store.create_class(ClassInfo(code, "f" * 64, started, started + hours * 3600), now)
    return code


def _question(choices=("chat", "chien", "voiture"), answer=1, **params):
    return make_question("alignment", "quiz_most_attended_source", list(choices), answer, params, NOW)


def test_a_code_is_created_once_and_read_back_exactly(store):
    code = _class(store)
    assert not store.create_class(ClassInfo(code, "0" * 64, NOW, NOW + 60), NOW)
    assert store.get_class(code) == ClassInfo(code, "f" * 64, NOW, NOW + 4 * 3600, 0)
    assert store.get_class("ZZZZ") is None


def test_students_join_once_under_the_limit(store):
    code = _class(store)
    assert store.add_student(code, "a" * 64, "Mina", limit=2) is Joined.OK
    assert store.add_student(code, "a" * 64, "renamed", limit=2) is Joined.OK  # joining again changes nothing
    assert store.add_student(code, "b" * 64, "", limit=2) is Joined.OK
    assert store.add_student(code, "c" * 64, "late", limit=2) is Joined.FULL
    assert store.add_student("ZZZZ", "d" * 64, "", limit=2) is Joined.NO_CLASS
    assert store.nicknames(code) == ["Mina", ""]
    assert store.nickname(code, "a" * 64) == "Mina" and store.nickname(code, "c" * 64) is None


def test_questions_are_numbered_and_round_trip(store):
    code = _class(store)
    q = _question(word="chien 🐶", weight=0.5, layer=2)
    assert [store.add_question(code, q) for _ in range(3)] == [1, 2, 3]
    assert store.get_class(code).current == 3
    got = store.get_question(code, 2)
    assert (got.number, got.choices, got.answer, got.params, got.revealed) == (2, q.choices, 1, q.params, False)
    assert store.get_question(code, 4) is None
    with pytest.raises(KeyError):
        store.add_question("ZZZZ", q)


def test_answers_once_only_to_the_open_question_by_a_student(store):
    code = _class(store)
    store.add_student(code, "a" * 64, "", 10)
    store.add_student(code, "b" * 64, "", 10)
    one = store.add_question(code, _question())
    assert store.record_answer(code, one, "a" * 64, 2) is Answered.OK
    assert store.record_answer(code, one, "a" * 64, 0) is Answered.TWICE
    assert store.record_answer(code, one, "x" * 64, 0) is Answered.NOT_STUDENT
    assert store.record_answer(code, 7, "b" * 64, 0) is Answered.CLOSED  # no such question
    assert store.answers(code, one) == {"a" * 64: 2} and store.answer_of(code, one, "a" * 64) == 2
    two = store.add_question(code, _question())
    assert store.record_answer(code, one, "b" * 64, 0) is Answered.CLOSED  # the teacher moved on
    assert store.record_answer(code, two, "b" * 64, 1) is Answered.OK
    assert store.reveal(code, two) and store.get_question(code, two).revealed
    assert store.record_answer(code, two, "a" * 64, 1) is Answered.CLOSED  # revealed
    assert not store.reveal(code, 9)
    assert store.answers(code, two) == {"b" * 64: 1} and store.answer_of(code, two, "a" * 64) is None


def test_ending_a_class_moves_its_expiry_forward_only(store):
    code = _class(store)
    store.end_class(code, NOW + 60)
    store.end_class(code, NOW + 600)
    assert store.get_class(code).expires == NOW + 60


def test_a_class_is_deleted_after_its_grace(store):
    now = time.time()  # real time: Redis expires keys by its own clock
    gone = _class(store, "AAAA", now=now, started=now - GRACE_SECONDS, hours=0.3 / 3600)  # its grace ends in 0.3 s
    store.add_student(gone, "a" * 64, "", 10)
    store.add_question(gone, _question())
    time.sleep(0.6)
    _class(store, "BBBB", now=time.time())  # SQLite deletes what is past its grace when a class starts
    assert store.get_class("AAAA") is None and store.nickname("AAAA", "a" * 64) is None
    assert store.get_question("AAAA", 1) is None and store.get_class("BBBB") is not None


def test_open_store_picks_redis_when_its_url_is_set(backend, monkeypatch, tmp_path):
    kind, where = backend
    monkeypatch.setenv("ATTENTION_LAB_REDIS_URL", where if kind == "redis" else "")
    store = open_store(path=tmp_path / "c.sqlite3")
    assert type(store).__name__ == ("RedisStore" if kind == "redis" else "SQLiteStore")
    store.close()


def test_sqlite_runs_in_wal_mode(tmp_path):
    store = open_backend(("sqlite", str(tmp_path / "c.sqlite3")))
    assert store._db().execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    store.close()
