"""Class protocol: start, join, ask, answer, reveal; roles, expiry and hostile input. Both stores."""

import html
import json
import unicodedata
from pathlib import Path

import pytest
import redis

from bench.class_load import open_backend
from classroom import Classroom, codes, errors
from classroom.records import MAX_HOURS, NICKNAME_CHARS

CHOICES = ["the", "red", "car", "is fast"]
HOSTILE = [
    "<script>alert(1)</script>",
    '<b>bold</b><a href="javascript:alert(1)">x</a><span style="font-size:99px">',
    "x" * 10_000,
    "👩‍🔬🇰🇷 Mina 😀" * 20,
    "a\x00b\x07c\x1b[31md\r\ne\u202eevil\u2066\u200b\ufeff",
    "   \t\n  ",
    "Robert'); DROP TABLE students;--",
    "{code} %s {0}",
]


class Clock:
    """A clock the test moves."""

    def __init__(self, now: float = 1_800_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def room(backend, clock):
    r = Classroom(open_backend(backend), clock)
    yield r
    r.store.close()


@pytest.fixture
def asked(room):
    """A class with two students and one open question (right answer: "car")."""
    teacher = room.start()
    a, b = room.join(teacher.code, "Mina"), room.join(teacher.code)
    n = room.ask(teacher.code, teacher.token, "alignment", "quiz_most_attended_source", CHOICES, 2, {"word": "voiture"})
    return teacher, a, b, n


def test_start_gives_a_short_code_and_keeps_only_a_digest_of_the_token(room, backend):
    teacher = room.start()
    assert codes.parse_code(teacher.code) == teacher.code and len(teacher.code) == 4
    assert not set(teacher.code) & set("01OILUV")
    assert len(teacher.token) >= 22 and teacher.token not in teacher.code
    assert room.store.get_class(teacher.code).teacher_hash == codes.digest(teacher.token)
    student = room.join(teacher.code, "Mina")
    assert teacher.token not in repr(teacher) and student.student not in repr(student)
    assert teacher.token not in _everything_stored(backend) and student.student not in _everything_stored(backend)


def test_join_reads_the_code_as_people_type_it(room):
    teacher = room.start()
    typed = f" {teacher.code[:2].lower()}-{teacher.code[2:].lower()} "
    assert room.join(typed, "").code == teacher.code


@pytest.mark.parametrize("code", ["", "ZZZZ", "K7Q", "K7Q2X", "0O1I", None, 42, "x" * 10_000, "<b>K7Q2</b>", "🙂🙂🙂🙂"])
def test_a_wrong_code_is_a_clear_typed_error(room, code):
    room.start()
    with pytest.raises(errors.UnknownCode) as err:
        room.join(code, "Mina")
    assert err.value.key == "class_error_unknown_code" and len(err.value.params["code"]) <= 8


def test_a_class_expires_after_its_hours_and_when_the_teacher_ends_it(room, clock):
    teacher = room.start(hours=2)
    student = room.join(teacher.code)
    clock.now += 2 * 3600 - 1
    room.student_view(teacher.code, student.student)
    clock.now += 1
    for call in (lambda: room.join(teacher.code), lambda: room.student_view(teacher.code, student.student)):
        with pytest.raises(errors.ClassExpired) as err:
            call()
        assert err.value.key == "class_error_expired"
    other = room.start()
    room.end(other.code, other.token)
    with pytest.raises(errors.ClassExpired):
        room.join(other.code)


@pytest.mark.parametrize("hours", [-5, 0, 1e9, float("nan"), float("inf")])
def test_class_hours_are_bounded(room, clock, hours):
    teacher = room.start(hours=hours)
    assert 0 < teacher.expires - clock.now <= MAX_HOURS * 3600


def test_a_teacher_reload_keeps_the_class(room, backend, clock):
    teacher = room.start()
    room.join(teacher.code, "Mina")
    after_reload = Classroom(open_backend(backend), clock)  # a new session, maybe on another replica
    assert after_reload.resume(teacher.code, teacher.token) == teacher
    assert after_reload.teacher_view(teacher.code, teacher.token).nicknames == ("Mina",)
    with pytest.raises(errors.NotTeacher):
        after_reload.resume(teacher.code, "wrong-token")
    after_reload.store.close()


def test_only_the_teacher_can_ask_reveal_end_or_read_the_tally(room, asked):
    teacher, a, _, n = asked
    for token in (a.student, "", None, "x" * 10_000, teacher.token + "x", codes.digest(teacher.token)):
        for call in (
            lambda: room.reveal(teacher.code, token, n),
            lambda: room.teacher_view(teacher.code, token),
            lambda: room.ask(teacher.code, token, "qkv", "quiz_x", ["a", "b"], 0),
            lambda: room.end(teacher.code, token),
            lambda: room.resume(teacher.code, token),
        ):
            with pytest.raises(errors.NotTeacher):
                call()
    assert not room.store.get_question(teacher.code, n).revealed


def test_students_see_no_answer_and_no_tally_until_the_reveal(room, asked):
    teacher, a, b, n = asked
    room.answer(teacher.code, a.student, n, 1)
    view = room.student_view(teacher.code, a.student)
    assert view.question.choices == tuple(CHOICES) and view.question.params == {"word": "voiture"}
    assert not hasattr(view.question, "answer") and view.answer is None and view.tally is None
    assert view.mine == 1 and room.student_view(teacher.code, b.student).mine is None
    tally = room.teacher_view(teacher.code, teacher.token).tally
    assert (tally.counts, tally.answered, tally.students) == ((0, 1, 0, 0), 1, 2)
    room.reveal(teacher.code, teacher.token, n)
    after = room.student_view(teacher.code, a.student)
    assert (after.answer, after.mine, after.tally.counts, after.question.revealed) == (2, 1, (0, 1, 0, 0), True)
    assert room.student_view(teacher.code, b.student).mine is None  # no guess: the answer alone


def test_a_student_answers_once_and_not_after_the_reveal_or_the_next_question(room, asked):
    teacher, a, b, n = asked
    room.answer(teacher.code, a.student, n, 3)
    with pytest.raises(errors.AlreadyAnswered):
        room.answer(teacher.code, a.student, n, 2)
    assert room.student_view(teacher.code, a.student).mine == 3  # the first answer stands
    n2 = room.ask(teacher.code, teacher.token, "steps", "quiz_softmax_weight", ["0.1", "0.5", "0.9"], 2)
    with pytest.raises(errors.QuestionClosed):
        room.answer(teacher.code, b.student, n, 0)
    room.answer(teacher.code, b.student, str(n2), "0")  # digits as a form sends them
    room.reveal(teacher.code, teacher.token, n2)
    with pytest.raises(errors.QuestionClosed):
        room.answer(teacher.code, a.student, n2, 2)
    with pytest.raises(errors.QuestionClosed):
        room.answer(teacher.code, a.student, 99, 0)
    assert room.teacher_view(teacher.code, teacher.token).tally.counts == (1, 0, 0)


def test_someone_who_has_not_joined_cannot_answer_or_watch(room, asked):
    teacher, _, _, n = asked
    for who in ("made-up-id", teacher.token, "", None, "x" * 10_000):
        with pytest.raises(errors.NotAStudent):
            room.answer(teacher.code, who, n, 0)
        with pytest.raises(errors.NotAStudent):
            room.student_view(teacher.code, who)


@pytest.mark.parametrize("choice", [-1, 4, 10**30, 1.0, True, None, "", " 1", "1.0", "0x1", "١", "<b>1</b>", "9" * 10_000, [1]])
def test_a_hostile_answer_is_refused_and_counts_nothing(room, asked, choice):
    teacher, a, _, n = asked
    with pytest.raises(errors.BadAnswer):
        room.answer(teacher.code, a.student, n, choice)
    room.answer(teacher.code, a.student, n, 0)  # the student can still answer properly
    assert room.teacher_view(teacher.code, teacher.token).tally.counts == (1, 0, 0, 0)


@pytest.mark.parametrize("nickname", HOSTILE)
def test_a_hostile_nickname_is_cleaned_and_limited(room, nickname):
    teacher = room.start()
    student = room.join(teacher.code, nickname)
    stored = room.teacher_view(teacher.code, teacher.token).nicknames[0]
    assert stored == student.nickname and len(stored) <= NICKNAME_CHARS and stored == stored.strip()
    assert all(unicodedata.category(ch) not in ("Cc", "Cf") or ch == "\u200d" for ch in stored)
    assert "<" not in html.escape(stored) and "\u202e" not in stored
    assert room.student_view(teacher.code, student.student).nickname == stored


def test_nicknames_keep_what_people_write():
    assert codes.clean_text("  김민아 \t 👩‍🔬 ", NICKNAME_CHARS) == "김민아 👩‍🔬"
    assert codes.clean_text("Élodie", NICKNAME_CHARS) == "Élodie"
    assert codes.clean_text("e\u0301", 5) == "é"  # NFC


def test_hostile_words_in_a_question_are_cleaned_and_malformed_questions_refused(room):
    teacher = room.start()
    ask = lambda choices, answer=0, **kw: room.ask(
        teacher.code, teacher.token, kw.pop("page", "bert"), "quiz_x", choices, answer, kw
    )
    n = ask([HOSTILE[2], HOSTILE[4], "ok"], word=HOSTILE[0] * 50)
    q = room.teacher_view(teacher.code, teacher.token).question
    assert q.number == n and all(len(c) <= 60 for c in q.choices) and len(q.params["word"]) <= 100
    for bad in (
        lambda: ask(["only one"]),
        lambda: ask(["a", "a"]),
        lambda: ask(["a", "  "]),
        lambda: ask([str(i) for i in range(9)]),
        lambda: ask(["a", "b"], 2),
        lambda: ask(["a", "b"], True),
        lambda: ask(["a", "b"], page="Bert<script>"),
        lambda: ask(["a", "b"], x=float("nan")),
        lambda: ask(["a", "b"], x=[1, 2]),
        lambda: ask(["a", "b"], **{"Bad-Key": 1}),
    ):
        with pytest.raises(ValueError):
            bad()


def test_a_full_class_refuses_more_students(room, monkeypatch):
    monkeypatch.setattr("classroom.protocol.MAX_STUDENTS", 3)
    teacher = room.start()
    for _ in range(3):
        room.join(teacher.code)
    with pytest.raises(errors.ClassFull):
        room.join(teacher.code, "late")
    assert room.teacher_view(teacher.code, teacher.token).students == 3


def test_every_error_has_a_message_in_both_languages():
    kinds = [errors.ClassError, *errors.ClassError.__subclasses__()]
    assert len(kinds) == 9
    for lang in ("en", "ko"):
        catalog = json.loads((Path(__file__).parent.parent / "locales" / f"{lang}.json").read_text(encoding="utf-8"))
        assert all(kind.key in catalog for kind in kinds), lang


def _everything_stored(backend) -> str:
    """Every byte the store holds, as text: to check what it must not hold."""
    kind, where = backend
    if kind == "sqlite":
        return b"".join(p.read_bytes() for p in Path(where).parent.glob("classroom.sqlite3*")).decode("latin-1")
    client = redis.Redis.from_url(where, decode_responses=True)
    parts = []
    for key in client.scan_iter("*"):
        kind_of = client.type(key)
        value = client.hgetall(key) if kind_of == "hash" else client.smembers(key) if kind_of == "set" else client.get(key)
        parts.append(f"{key} {value}")
    client.close()
    return "\n".join(parts)


def test_students_can_follow_where_the_teacher_is_and_only_the_teacher_moves(room, asked):
    teacher, a, _, _ = asked
    assert room.teacher_place(teacher.code, a.student) is None
    room.move(teacher.code, teacher.token, "transformer", {"layer": "2", "text": "<b>le chat</b>"})
    assert room.teacher_place(teacher.code, a.student) == ("transformer", {"layer": "2", "text": "<b>le chat</b>"})
    with pytest.raises(errors.NotTeacher):
        room.move(teacher.code, a.student, "bert", {})
    with pytest.raises(errors.NotAStudent):
        room.teacher_place(teacher.code, "not-a-student")
    for page, view in (("Bad Page", {}), ("qkv", {"x": 1}), ("qkv", {"t": "x" * 5000})):
        with pytest.raises(ValueError):
            room.move(teacher.code, teacher.token, page, view)
    assert room.teacher_place(teacher.code, a.student)[0] == "transformer"
