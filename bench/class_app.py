"""A class through the real app: a teacher and N students, each a Streamlit session spoken to over
its own WebSocket (as a browser does), press the real buttons of the class box.

    python -m bench.class_app                    # 40 students, one app server, SQLite (as `make run`)
    python -m bench.class_app --replicas 2       # two app servers behind nginx, sharing Redis

The teacher opens the Alignment page and starts a class; the students open the join link
(`?class=CODE`), and all join within the same `--window` seconds (2 s); the teacher asks; every
student polls the class box as the page does (the fragment's own `auto_rerun` period) and, once
the question shows, answers within the same window; the teacher's box polls likewise. Reported:
answers counted (lost, doubled), the teacher's tally latency (from the k-th answer pressed to the
first teacher poll that shows k answers; p50 / p95), and the students' click latency.
Everything runs on loopback, bounded in count and time, and stops by itself.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import re
import secrets
import tempfile
import time
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path

import websockets
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

TIMEOUT = 60.0  # seconds for one rerun; slower counts as an error
ANSWERED = re.compile(r"(\d+) of (\d+) have answered")


@dataclass
class Screen:
    """What one rerun put on screen: keyed widgets by key, texts, polled fragments, errors."""

    widgets: dict[str, str] = field(default_factory=dict)  # user key → widget id
    texts: list[str] = field(default_factory=list)
    fragments: dict[str, float] = field(default_factory=dict)  # fragment id → polling period (s)
    errors: list[str] = field(default_factory=list)


class Session:
    """One browser tab: a WebSocket to `/_stcore/stream`, a page, its query string."""

    def __init__(self, url: str, page: str, query: str, name: str):
        self.url, self.page, self.query, self.name = url, page, query, name
        self.fragments: dict[str, float] = {}
        self.ws = None

    async def __aenter__(self) -> Session:
        # Each browser its own XSRF cookie: nginx's sticky hash keys on it (deploy/nginx.conf.template).
        cookie = {"Cookie": f"_streamlit_xsrf={self.name}-{secrets.token_hex(6)}"}
        self.ws = await websockets.connect(
            f"ws://{self.url}/_stcore/stream",
            subprotocols=["streamlit"],
            max_size=2**26,
            open_timeout=30,
            additional_headers=cookie,
        )
        return self

    async def __aexit__(self, *exc) -> None:
        await self.ws.close()

    async def rerun(
        self, clicks: tuple[str, ...] = (), texts: dict[str, str] | None = None, fragment: str = "", screen: Screen | None = None
    ) -> Screen:
        """Send one rerun (whole app, or one fragment) with buttons clicked and texts typed (by key)."""
        msg = BackMsg()
        state = msg.rerun_script
        state.query_string, state.page_name = self.query, self.page
        if fragment:
            state.fragment_id, state.is_auto_rerun = fragment, True
        known = screen.widgets if screen else {}
        for key in clicks:
            widget = state.widget_states.widgets.add()
            widget.id, widget.trigger_value = known[key], True
        for key, value in (texts or {}).items():
            widget = state.widget_states.widgets.add()
            widget.id, widget.string_value = known[key], value
        await self.ws.send(msg.SerializeToString())
        out = Screen()
        while True:
            fm = ForwardMsg()
            fm.ParseFromString(await asyncio.wait_for(self.ws.recv(), TIMEOUT))
            kind = fm.WhichOneof("type")
            if kind == "auto_rerun":
                out.fragments[fm.auto_rerun.fragment_id] = fm.auto_rerun.interval
            elif kind == "delta" and fm.delta.WhichOneof("type") == "new_element":
                _read_element(fm.delta.new_element, out)
            elif kind == "script_finished":
                if fm.script_finished == ForwardMsg.FINISHED_EARLY_FOR_RERUN:
                    out = Screen(errors=out.errors)  # st.rerun(): the run that follows is what the screen shows
                    continue
                self.fragments |= out.fragments
                return out


def _read_element(element, out: Screen) -> None:
    kind = element.WhichOneof("type")
    body = getattr(element, kind)
    if kind == "exception":
        out.errors.append(element.exception.message[:120])
    elif kind == "markdown":
        out.texts.append(element.markdown.body)
    elif kind == "progress":
        out.texts.append(element.progress.text)
    widget_id = getattr(body, "id", "")
    if isinstance(widget_id, str) and widget_id.startswith("$$ID"):
        out.widgets[widget_id.rsplit("-", 1)[-1]] = widget_id


def answered(screen: Screen) -> int | None:
    for text in screen.texts:
        if m := ANSWERED.search(text):
            return int(m.group(1))
    return None


@dataclass
class Result:
    students: int
    counted: int = 0
    tally_latencies: list[float] = field(default_factory=list)
    click_latencies: list[float] = field(default_factory=list)
    pressed: list[float] = field(default_factory=list)  # when each student pressed their answer
    acked: list[float] = field(default_factory=list)  # when each student's answer rerun finished
    errors: list[str] = field(default_factory=list)


async def _poll(session: Session, every: float, until: float, on_screen) -> None:
    """Rerun the session's polled fragments every `every` seconds until `until` (monotonic)."""
    while time.monotonic() < until:
        start = time.monotonic()
        for fragment in list(session.fragments):
            if on_screen(await session.rerun(fragment=fragment)):
                return
        await asyncio.sleep(max(0.0, every - (time.monotonic() - start)))


async def run_class(teacher_url: str, student_urls: list[str], students: int, window: float, seed: int = 0) -> Result:
    """One class round; `student_urls[i % len]` is where student i connects (a replica or nginx)."""
    rng = random.Random(seed)
    result = Result(students)
    async with Session(teacher_url, "alignment", "task=en-fr", "teacher") as teacher:
        screen = await teacher.rerun()
        screen = await teacher.rerun(clicks=("class_start",), screen=screen)
        code = next((m.group(1) for t in screen.texts if (m := re.fullmatch(r"## `([A-Z0-9]{4})`", t.strip()))), None)
        if code is None:
            raise RuntimeError(f"no class code on the teacher's screen: {screen.errors or screen.texts[:5]}")
        asked = asyncio.Event()
        deadline = time.monotonic() + 120

        async def student(i: int) -> None:
            url = student_urls[i % len(student_urls)]
            try:
                async with Session(url, "alignment", f"task=en-fr&class={code}", f"s{i}") as me:
                    screen = await me.rerun()
                    await asyncio.sleep(rng.uniform(0, window))  # everyone joins within the window
                    screen = await me.rerun(clicks=("class_join",), texts={"class_nickname_in": f"s{i}"}, screen=screen)
                    await asyncio.wait_for(asked.wait(), 60)
                    choices: list[Screen] = []
                    period = min(me.fragments.values(), default=1.0)
                    await _poll(me, period, deadline, lambda s: choices.append(s) or "class_choice_1_0" in s.widgets)
                    choice_screen = next((s for s in choices if "class_choice_1_0" in s.widgets), None)
                    if choice_screen is None:
                        raise RuntimeError("the question never reached this student")
                    await asyncio.sleep(rng.uniform(0, window))  # everyone answers within the window
                    pick = rng.choice([k for k in choice_screen.widgets if k.startswith("class_choice_1_")])
                    start = time.monotonic()
                    result.pressed.append(start)
                    after = await me.rerun(clicks=(pick,), screen=choice_screen)
                    result.click_latencies.append(time.monotonic() - start)
                    result.acked.append(time.monotonic())
                    result.errors += [f"student {i}: {e}" for e in after.errors]
            except (TimeoutError, OSError, RuntimeError, websockets.WebSocketException) as exc:
                result.errors.append(f"student {i}: {type(exc).__name__} {exc}"[:160])

        async def teach() -> None:
            while time.monotonic() < deadline:  # until every student has joined
                fragment = next(iter(teacher.fragments), "")
                screen = await teacher.rerun(fragment=fragment)
                if f"{students} students joined" in " ".join(screen.texts):
                    break
                await asyncio.sleep(0.5)
            screen = await teacher.rerun()  # the page with its Ask box
            await teacher.rerun(clicks=("class_ask",), screen=screen)
            asked.set()
            seen: list[tuple[float, int]] = []
            period = min(teacher.fragments.values(), default=1.0)

            def record(screen: Screen) -> bool:
                count = answered(screen)
                if count is not None:
                    seen.append((time.monotonic(), count))
                return count is not None and count >= students

            await _poll(teacher, period, deadline, record)
            result.counted = max((c for _, c in seen), default=0)
            # From the k-th press to the first teacher poll counting k answers. (Not from the
            # acknowledgement: the student's own rerun after answering redraws the whole page and
            # may end after the teacher already counted the answer.)
            for k, pressed in enumerate(sorted(result.pressed), start=1):
                shown = next((t for t, c in seen if c >= k and t >= pressed), None)
                if shown is not None:
                    result.tally_latencies.append(shown - pressed)

        await asyncio.gather(teach(), *(student(i) for i in range(students)))
    return result


def report(label: str, r: Result) -> str:
    def pct(xs: list[float], q: float) -> float:
        xs = sorted(xs)
        return xs[int(q * (len(xs) - 1))] if xs else float("nan")

    tally, click = r.tally_latencies, r.click_latencies

    return (
        f"{label}: {r.students} students, {len(r.acked)} answers acknowledged, {r.counted} counted on the teacher's "
        f"screen (lost {len(r.acked) - r.counted if r.counted <= len(r.acked) else 0}, "
        f"doubled {max(0, r.counted - len(r.acked))}); tally latency p50 {pct(tally, 0.5):.2f} s, "
        f"p95 {pct(tally, 0.95):.2f} s; answer click p50 {pct(click, 0.5):.2f} s, "
        f"p95 {pct(click, 0.95):.2f} s; errors {len(r.errors)}"
    )


def main() -> None:
    from bench.replicas import start_nginx
    from tests.browser import free_port, start_server
    from tests.redis_server import redis_server

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--students", type=int, default=40)
    parser.add_argument("--window", type=float, default=2.0, help="seconds within which all join, and all answer")
    parser.add_argument("--replicas", type=int, default=1, choices=(1, 2))
    args = parser.parse_args()
    if not 1 <= args.students <= 200:
        parser.error("students must be 1..200")
    with ExitStack() as stack:
        env = {"ATTENTION_LAB_DATA": stack.enter_context(tempfile.TemporaryDirectory(prefix="attention-lab-class-"))}
        if args.replicas == 2:
            env |= {"ATTENTION_LAB_REDIS_URL": stack.enter_context(redis_server())}
            env |= {"STREAMLIT_SERVER_COOKIE_SECRET": secrets.token_hex(16)}
        ports = [free_port() for _ in range(args.replicas)]
        for i, port in enumerate(ports):
            server = start_server(port, Path(f"/tmp/attention-lab-class-{i}.log"), env=env)
            stack.callback(server.wait, timeout=20)
            stack.callback(server.terminate)
        teacher_url = student_url = f"127.0.0.1:{ports[0]}"
        if args.replicas == 2:
            proxy = free_port()
            nginx, _ = start_nginx(proxy, ports)
            stack.callback(nginx.wait, timeout=10)
            stack.callback(nginx.terminate)
            teacher_url = student_url = f"127.0.0.1:{proxy}"
        asyncio.run(run_class(teacher_url, [student_url], 2, 0.5))  # warm up: models loaded, first figures built
        result = asyncio.run(run_class(teacher_url, [student_url], args.students, args.window, seed=1))
        where = "2 replicas behind nginx, Redis" if args.replicas == 2 else "1 server, SQLite"
        print(report(where, result))
        for error in result.errors[:10]:
            print("  error:", error)


if __name__ == "__main__":
    main()
