"""Class mode under load: N students join and answer within the same window; how soon does
the teacher's tally show every answer?

    python -m bench.class_load                      # 40 students, SQLite and Redis, 2 replicas, 5 rounds
    python -m bench.class_load --backend redis --replicas 1 --window 0

Protocol level (the `Classroom` calls a page makes, no browser). Each replica is a process with
its own store connection, its students are threads. Round k: the teacher asks question k, every
student answers at a random moment of the window (in round 1 they join first; by default a paced
class, a 2 s window, then a burst, everyone at the same instant), the teacher polls
its view every 50 ms as the page would, then reveals. Reported: answer and join call latency,
teacher-view read latency, and the tally latency: for the k-th answer acknowledged, the time
until a teacher poll counted k answers (p50 / p95), plus answers lost or counted twice. The Redis
server is Debian's `redis-server`, started on a free loopback port; everything stops by itself.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import random
import tempfile
import threading
import time
from contextlib import ExitStack
from pathlib import Path

from classroom import ClassError, Classroom
from classroom.store import ClassStore

POLL = 0.05  # the teacher's polling period in this bench (the page's fragment may poll slower)
CHOICES = ["le chat", "noir", "dort", "ici"]


def open_backend(spec: tuple[str, str]) -> ClassStore:
    """A new store on a shared backend: ("sqlite", path) or ("redis", url)."""
    kind, where = spec
    if kind == "sqlite":
        from classroom.sqlite_store import SQLiteStore

        return SQLiteStore(where)
    from classroom.redis_store import RedisStore

    return RedisStore(where)


def run_students(spec, code, count, plan, window, seed=0, twice=False, first=0) -> list[dict]:
    """`count` students as threads of one replica; `plan` is [(question number, round start)].

    Each student joins at a random moment of round 1's window and answers at once; in later
    rounds it answers at a random moment of that round's window. With `twice`, it answers again
    right after (which must fail). Returns one row per call: who, what, when sent, when acked, outcome.
    """
    room, rows, lock = Classroom(open_backend(spec)), [], threading.Lock()

    def student(i: int) -> None:
        rng = random.Random(seed * 10_000 + first + i)
        me = None
        for number, start in plan:
            time.sleep(max(0.0, start + rng.uniform(0, window) - time.time()))
            calls = [("join", None)] if me is None else []
            calls += [("answer", rng.randrange(len(CHOICES)))] + ([("again", rng.randrange(len(CHOICES)))] if twice else [])
            for what, choice in calls:
                sent = time.time()
                try:
                    if what == "join":
                        me = room.join(code, f"student {first + i}")
                    else:
                        room.answer(code, me.student, number, choice)
                    outcome = "ok"
                except ClassError as err:
                    outcome = type(err).__name__
                row = {"student": first + i, "what": what, "number": number, "choice": choice, "sent": sent}
                with lock:
                    rows.append({**row, "acked": time.time(), "outcome": outcome})

    threads = [threading.Thread(target=student, args=(i,)) for i in range(count)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    room.store.close()
    return rows


def students_process(spec, code, count, plan, window, seed, twice, first, out) -> None:
    """`run_students` in a replica process; puts its rows on `out`."""
    out.put(run_students(spec, code, count, plan, window, seed, twice, first))


def run_class(spec, students=40, replicas=2, rounds=5, window=2.0, seed=0, twice=False):
    """One class under load. Returns (student rows, teacher polls per round, view read times)."""
    room = Classroom(open_backend(spec))
    teacher = room.start()
    ctx = mp.get_context("spawn")
    out = ctx.Queue()
    period = window + 1.5
    t0 = time.time() + 3.0  # time for the replica processes to start
    plan = [(k + 1, t0 + k * period) for k in range(rounds)]
    shares = [students // replicas + (r < students % replicas) for r in range(replicas)]
    firsts = [sum(shares[:r]) for r in range(replicas)]
    procs = [
        ctx.Process(target=students_process, args=(spec, teacher.code, n, plan, window, seed, twice, f, out))
        for n, f in zip(shares, firsts)
    ]
    for p in procs:
        p.start()
    polls, reads = [], []
    for number, start in plan:
        time.sleep(max(0.0, start - 0.5 - time.time()))
        assert room.ask(teacher.code, teacher.token, "alignment", "quiz_bench", CHOICES, 0) == number
        round_polls, deadline = [], start + period - 0.2
        while time.time() < deadline:
            before = time.time()
            view = room.teacher_view(teacher.code, teacher.token)
            after = time.time()
            reads.append(after - before)
            round_polls.append((after, view.tally.answered))
            time.sleep(max(0.0, POLL - (time.time() - before)))
        room.reveal(teacher.code, teacher.token, number)
        polls.append(round_polls)
    rows = [row for _ in procs for row in out.get(timeout=60)]
    for p in procs:
        p.join(timeout=30)
    final = [room.store.answers(teacher.code, n) for n, _ in plan]
    room.store.close()
    return rows, polls, reads, final


def _pct(values: list[float], q: float) -> float:
    """The q-quantile (0–1) of `values`, in milliseconds."""
    ordered = sorted(values)
    return 1000 * ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))] if ordered else float("nan")


def _spread(values: list[float], digits: int = 1) -> str:
    """`p50 … ms, p95 … ms` of seconds."""
    return f"p50 {_pct(values, 0.5):.{digits}f} ms, p95 {_pct(values, 0.95):.{digits}f} ms"


def tally_latencies(rows, polls, plan_numbers) -> list[float]:
    """For each round, the k-th acknowledged answer → the first teacher poll counting ≥ k answers."""
    out = []
    for number, round_polls in zip(plan_numbers, polls):
        acks = sorted(r["acked"] for r in rows if r["number"] == number and r["what"] == "answer" and r["outcome"] == "ok")
        for k, acked in enumerate(acks, 1):
            seen = next((t for t, answered in round_polls if answered >= k and t >= acked), None)
            out.append(float("inf") if seen is None else seen - acked)
    return out


def report(name: str, students: int, rows, polls, reads, final) -> None:
    """Print one run's figures."""
    ok = [r for r in rows if r["what"] == "answer" and r["outcome"] == "ok"]
    counted = sum(len(f) for f in final)
    failed = [r for r in rows if r["what"] in ("join", "answer") and r["outcome"] != "ok"]
    doubled = sum(r["what"] == "again" and r["outcome"] == "ok" for r in rows)
    late = tally_latencies(rows, polls, range(1, len(polls) + 1))
    calls = lambda what: _spread([r["acked"] - r["sent"] for r in rows if r["what"] == what and r["outcome"] == "ok"])
    print(f"{name}: {students} students × {len(polls)} rounds")
    print(f"  answers counted {counted} / {students * len(polls)}, acknowledged but lost {len(ok) - counted}, ", end="")
    print(f"failed calls {len(failed)}, counted twice {doubled}")
    print(f"  join {calls('join')}; answer {calls('answer')}; teacher view read {_spread(reads)}")
    print(f"  tally latency (answer acknowledged → the teacher's poll counts it; polls every {POLL * 1000:.0f} ms): ", end="")
    print(f"{_spread(late, 0)}, max {_pct(late, 1.0):.0f} ms")
    for r in failed[:5]:
        print(f"  failed: {r['what']} q{r['number']} → {r['outcome']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--backend", choices=["sqlite", "redis", "both"], default="both")
    parser.add_argument("--students", type=int, default=40)
    parser.add_argument("--replicas", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--window", type=float, action="append", help="seconds (repeat; default: 2 and 0)")
    args = parser.parse_args()
    with ExitStack() as stack:
        backends = []
        if args.backend in ("sqlite", "both"):
            tmp = stack.enter_context(tempfile.TemporaryDirectory(prefix="attention-lab-class-"))
            backends.append(("sqlite", str(Path(tmp) / "classroom.sqlite3")))
        if args.backend in ("redis", "both"):
            from tests.redis_server import redis_server

            backends.append(("redis", stack.enter_context(redis_server())))
        for spec in backends:
            for window in args.window or [2.0, 0.0]:
                result = run_class(spec, args.students, args.replicas, args.rounds, window)
                how = f"answers within {window:g} s" if window else "burst (all at once)"
                report(f"{spec[0]}, {args.replicas} replica process(es), {how}", args.students, *result)


if __name__ == "__main__":
    main()
