"""Classroom load test: N students' sessions speaking Streamlit's own WebSocket protocol.

    python -m bench.load --sessions 40              # starts the app on a free loopback port
    python -m bench.load --sessions 40 --url 127.0.0.1:8080   # an existing server (e.g. nginx)

Each session connects like a browser (`/_stcore/stream`, BackMsg/ForwardMsg protobufs), opens a
page, then types a new sentence every 2–4 s (a student's pace), alternating the Alignment page
and the Transformer explorer. It reports p50 / p95 rerun latency (sending the change → the
script finished), errors (exceptions on a page, timeouts, dropped connections) and the server's
memory. Traffic goes to loopback only, and every loop is bounded in count and time.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import websockets
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

from models.tasks import get_task

PAGES = ("alignment", "transformer")
RERUN_TIMEOUT = 60.0  # seconds; a rerun slower than this counts as an error
LOG = Path("/tmp/attention-lab-load-server.log")


@dataclass
class Stats:
    latencies: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    dropped: int = 0


async def _rerun(ws, msg: BackMsg, stats: Stats, what: str) -> str | None:
    """Send one rerun and wait for script_finished; returns the sentence box's widget id."""
    start = time.perf_counter()
    await ws.send(msg.SerializeToString())
    text_id = None
    while True:
        raw = await asyncio.wait_for(ws.recv(), RERUN_TIMEOUT)
        fm = ForwardMsg()
        fm.ParseFromString(raw)
        kind = fm.WhichOneof("type")
        if kind == "delta" and fm.delta.WhichOneof("type") == "new_element":
            element = fm.delta.new_element
            if element.WhichOneof("type") == "text_input" and element.text_input.id.endswith("-text"):
                text_id = element.text_input.id
            elif element.WhichOneof("type") == "exception":
                stats.errors.append(f"{what}: {element.exception.message[:80]}")
        elif kind == "script_finished":
            stats.latencies.append(time.perf_counter() - start)
            return text_id


async def student(url: str, index: int, sentences: list[str], actions: int, stats: Stats) -> None:
    rng = random.Random(index)
    page = PAGES[index % len(PAGES)]
    try:
        # Each browser has its own XSRF cookie; a sticky load balancer hashes on it (deploy/nginx.conf.template).
        cookie = {"Cookie": f"_streamlit_xsrf=load-{index}-{rng.getrandbits(32):08x}"}
        async with websockets.connect(
            f"ws://{url}/_stcore/stream", subprotocols=["streamlit"], max_size=2**26, open_timeout=30, additional_headers=cookie
        ) as ws:
            first = BackMsg()
            first.rerun_script.query_string = "task=en-fr"
            first.rerun_script.page_name = page
            text_id = await _rerun(ws, first, stats, f"{page} open")
            for _ in range(actions):
                await asyncio.sleep(rng.uniform(2.0, 4.0))  # the student reads, then types a new sentence
                msg = BackMsg()
                msg.rerun_script.query_string = "task=en-fr"
                msg.rerun_script.page_name = page
                if text_id:
                    widget = msg.rerun_script.widget_states.widgets.add()
                    widget.id = text_id
                    widget.string_value = rng.choice(sentences)
                await _rerun(ws, msg, stats, page)
    except (TimeoutError, OSError, websockets.WebSocketException) as exc:
        stats.dropped += 1
        stats.errors.append(f"session {index}: {type(exc).__name__}")


def rss_mb(pids: list[int]) -> float:
    total = 0
    for pid in pids:
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            pass
    return total / 1024


async def run_load(url: str, sessions: int, actions: int, pids: list[int]) -> tuple[Stats, float, float]:
    sentences = [" ".join(p.src) for p in get_task("en-fr").pairs("test") if len(p.src) <= 20][:500]
    stats = Stats()
    start = time.perf_counter()
    peak = rss_mb(pids)

    async def watch_memory():
        nonlocal peak
        while True:
            peak = max(peak, rss_mb(pids))
            await asyncio.sleep(0.5)

    watcher = asyncio.create_task(watch_memory())
    await asyncio.gather(*(student(url, i, sentences, actions, stats) for i in range(sessions)))
    watcher.cancel()
    return stats, time.perf_counter() - start, peak


def report(label: str, stats: Stats, seconds: float, peak: float) -> str:
    ms = sorted(1000 * x for x in stats.latencies)
    p95 = ms[int(0.95 * (len(ms) - 1))] if ms else float("nan")
    line = (
        f"{label}: {len(ms)} reruns in {seconds:.0f} s ({len(ms) / seconds:.1f}/s), p50 {statistics.median(ms):.0f} ms, "
        f"p95 {p95:.0f} ms, errors {len(stats.errors)}, sessions dropped {stats.dropped}, server RSS peak {peak:.0f} MB"
    )
    return line


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sessions", type=int, default=40)
    parser.add_argument("--actions", type=int, default=6, help="sentences each student types")
    parser.add_argument("--url", help="host:port of a running server (default: start one on loopback)")
    parser.add_argument("--pids", default="", help="server process ids to watch memory of (with --url)")
    args = parser.parse_args()
    if not 1 <= args.sessions <= 500:
        parser.error("sessions must be 1..500")
    proc = None
    if args.url:
        url, pids = args.url, [int(p) for p in args.pids.split(",") if p]
    else:
        from tests.browser import free_port, start_server

        port = free_port()
        proc = start_server(port, LOG)
        url, pids = f"127.0.0.1:{port}", [proc.pid]
    try:
        asyncio.run(run_load(url, 2, 1, pids))  # warm the caches: models loaded, first figures built
        stats, seconds, peak = asyncio.run(run_load(url, args.sessions, args.actions, pids))
        if proc:  # uncaught exceptions are hidden from students (showErrorDetails = none) but logged
            stats.errors += [f"server log: {line[:80]}" for line in LOG.read_text().splitlines() if "Traceback" in line]
        print(report(f"{args.sessions} sessions against {url}", stats, seconds, peak))
        for error in stats.errors[:10]:
            print("  error:", error, file=sys.stderr)
    finally:
        if proc:
            proc.terminate()
            proc.wait(timeout=20)


if __name__ == "__main__":
    main()
