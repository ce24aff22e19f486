"""40 students join and answer within the same two seconds: every answer counted, none twice.

Threads of one server, processes as replicas (each its own store connection), same-moment
double answers, and a reveal in the middle of the answers; against SQLite and Redis alike.
Speed is measured by `python -m bench.class_load`, not here.
"""

import multiprocessing as mp
import threading
import time

from bench.class_load import CHOICES, open_backend, run_students, students_process
from classroom import Classroom, errors

STUDENTS, WINDOW = 40, 2.0


def _class(backend):
    room = Classroom(open_backend(backend))
    teacher = room.start()
    number = room.ask(teacher.code, teacher.token, "transformer", "quiz_previous_token_head", CHOICES, 1)
    return room, teacher, number


def _check_counted(room, teacher, number, rows):
    """Every acknowledged answer is in the store with its choice, nothing else is, and no one answered twice."""
    joins = [r for r in rows if r["what"] == "join"]
    answers = [r for r in rows if r["what"] == "answer"]
    assert len(joins) == STUDENTS and all(r["outcome"] == "ok" for r in joins)
    assert len(answers) == STUDENTS and all(r["outcome"] == "ok" for r in answers), [r["outcome"] for r in answers]
    assert all(r["outcome"] == "AlreadyAnswered" for r in rows if r["what"] == "again")
    stored = sorted(room.store.answers(teacher.code, number).values())
    assert stored == sorted(r["choice"] for r in answers)
    view = room.teacher_view(teacher.code, teacher.token)
    assert view.students == STUDENTS and view.tally.answered == STUDENTS
    assert list(view.tally.counts) == [stored.count(i) for i in range(len(CHOICES))]


def test_forty_students_in_threads_join_and_answer_within_two_seconds(backend):
    room, teacher, number = _class(backend)
    rows = run_students(backend, teacher.code, STUDENTS, [(number, time.time() + 0.2)], WINDOW, twice=True)
    assert max(r["sent"] for r in rows if r["what"] == "answer") - min(r["sent"] for r in rows) < WINDOW + 1.0
    _check_counted(room, teacher, number, rows)
    room.store.close()


def test_forty_students_across_four_replica_processes(backend):
    room, teacher, number = _class(backend)
    ctx = mp.get_context("spawn")
    out = ctx.Queue()
    start = time.time() + 4.0  # the processes start meanwhile
    procs = [
        ctx.Process(target=students_process, args=(backend, teacher.code, 10, [(number, start)], WINDOW, 1, True, 10 * i, out))
        for i in range(4)
    ]
    for p in procs:
        p.start()
    rows = [row for _ in procs for row in out.get(timeout=60)]
    for p in procs:
        p.join(timeout=30)
        assert p.exitcode == 0
    _check_counted(room, teacher, number, rows)
    room.store.close()


def test_two_answers_from_one_student_at_the_same_moment_count_once(backend):
    room, teacher, number = _class(backend)
    students = [room.join(teacher.code) for _ in range(STUDENTS)]
    gate, outcomes, lock = threading.Barrier(2 * STUDENTS), [], threading.Lock()

    def press(student, choice):
        other = Classroom(open_backend(backend))  # each tab its own connection
        gate.wait()
        try:
            other.answer(teacher.code, student.student, number, choice)
            result = ("ok", student.student, choice)
        except errors.AlreadyAnswered:
            result = ("twice", student.student, choice)
        with lock:
            outcomes.append(result)
        other.store.close()

    threads = [threading.Thread(target=press, args=(s, c)) for s in students for c in (0, 3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    won = {sid: choice for kind, sid, choice in outcomes if kind == "ok"}
    assert len(won) == STUDENTS and sum(kind == "twice" for kind, *_ in outcomes) == STUDENTS
    stored = room.store.answers(teacher.code, number)
    assert len(stored) == STUDENTS and sorted(stored.values()) == sorted(won.values())
    room.store.close()


def test_a_reveal_in_the_middle_of_the_answers_closes_them_cleanly(backend):
    room, teacher, number = _class(backend)
    start = time.time() + 0.2
    reveal = threading.Timer(start + WINDOW / 2 - time.time(), room.reveal, args=(teacher.code, teacher.token, number))
    reveal.start()
    rows = run_students(backend, teacher.code, STUDENTS, [(number, start)], WINDOW)
    reveal.join()
    answers = [r for r in rows if r["what"] == "answer"]
    accepted = [r for r in answers if r["outcome"] == "ok"]
    assert all(r["outcome"] in ("ok", "QuestionClosed") for r in answers)
    assert 0 < len(accepted) < STUDENTS  # some before the reveal, some after (random moments over the window)
    assert len(room.store.answers(teacher.code, number)) == len(accepted)  # acknowledged = counted, nothing after
    room.store.close()
