"""The moment a teacher says "now everyone type": N sessions open a page, then all press Enter R
times at once (each waits for its own rerun before the next press; nobody pauses to read).

    python -m bench.burst                          # 40 × 3 on every page alone, then all mixed
    python -m bench.burst --pages alignment steps --sessions 20 --presses 2

It starts the app and a trivial reference page (bench/reference_page.py: one text box, one small
heatmap, the same .streamlit/config.toml) on two loopback ports in the same run, and reports per
page: p50 / p95 latency of the burst's reruns, errors, and the server's CPU per rerun (user +
system time of the server process during the burst, divided by the reruns) as a ratio to the
reference page's. Traffic goes to loopback only; every loop is bounded in count and time.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import time
from pathlib import Path

import websockets
from streamlit.proto.BackMsg_pb2 import BackMsg

from bench.load import Stats, _rerun
from models.tasks import get_task

PAGES = ("alignment", "steps", "qkv_lab", "transformer", "bert", "positions", "add_norm", "why_attention")
REFERENCE = "reference"
LOG_DIR = Path("/tmp")
TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int) -> float:
    """User + system CPU of a process (all its threads) so far, from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS  # utime, stime (fields 14 and 15 of stat)


def _message(page: str, text_id: str | None, sentence: str | None) -> BackMsg:
    msg = BackMsg()
    msg.rerun_script.SetInParent()  # a rerun even when no field below is set
    if page != REFERENCE:
        msg.rerun_script.query_string = "task=en-fr"
        msg.rerun_script.page_name = page
    if text_id and sentence is not None:
        widget = msg.rerun_script.widget_states.widgets.add()
        widget.id = text_id
        widget.string_value = sentence
    return msg


async def burst(url: str, pages: list[str], sessions: int, presses: int, sentences: list[str], pid: int):
    """Open `sessions` pages (round robin over `pages`), then press Enter `presses` times in all at once.
    Press k of session i types sentences[i * presses + k]: pass a fresh slice for each burst, or the
    pages' per-sentence caches answer instead of the models."""
    opened, stats = Stats(), Stats()
    all_open, go = asyncio.Event(), asyncio.Event()
    waiting = [sessions]  # sessions not yet open (or failed): the burst starts when it reaches 0

    def arrived() -> None:
        waiting[0] -= 1
        if waiting[0] == 0:
            all_open.set()

    async def student(index: int) -> None:
        page = pages[index % len(pages)]
        cookie = {"Cookie": f"_streamlit_xsrf=burst-{index}"}  # one browser each: sticky nginx hashes on it
        counted = False
        try:
            async with websockets.connect(
                f"ws://{url}/_stcore/stream",
                subprotocols=["streamlit"],
                max_size=2**26,
                open_timeout=30,
                additional_headers=cookie,
            ) as ws:
                text_id = await _rerun(ws, _message(page, None, None), opened, f"{page} open")
                counted = True
                arrived()
                await go.wait()
                for k in range(presses):
                    sentence = sentences[(index * presses + k) % len(sentences)]
                    await _rerun(ws, _message(page, text_id, sentence), stats, page)
        except (TimeoutError, OSError, websockets.WebSocketException) as exc:
            stats.dropped += 1
            stats.errors.append(f"session {index}: {type(exc).__name__}")
            if not counted:
                arrived()

    tasks = [asyncio.create_task(student(i)) for i in range(sessions)]
    await asyncio.wait_for(all_open.wait(), 600)
    cpu, start = cpu_seconds(pid), time.perf_counter()
    go.set()
    await asyncio.gather(*tasks)
    stats.errors += opened.errors  # an exception while opening a page is an error too (its latency is not counted)
    return stats, time.perf_counter() - start, cpu_seconds(pid) - cpu


def summary(stats: Stats, seconds: float, cpu: float) -> dict:
    ms = sorted(1000 * x for x in stats.latencies)
    return dict(
        reruns=len(ms),
        p50=statistics.median(ms) if ms else float("nan"),
        p95=ms[int(0.95 * (len(ms) - 1))] if ms else float("nan"),
        errors=len(stats.errors),
        seconds=seconds,
        cpu_per_rerun=cpu / max(len(ms), 1),
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sessions", type=int, default=40)
    parser.add_argument("--presses", type=int, default=3, help="Enter presses per session in the burst")
    parser.add_argument("--pages", nargs="*", default=list(PAGES), choices=PAGES)
    parser.add_argument("--no-mixed", action="store_true", help="skip the all-pages-mixed burst")
    args = parser.parse_args()
    if not 1 <= args.sessions <= 200 or not 1 <= args.presses <= 10:
        parser.error("sessions must be 1..200 and presses 1..10")
    from tests.browser import free_port, start_server

    sentences = [" ".join(p.src) for p in get_task("en-fr").pairs("test") if len(p.src) <= 20]
    app_port, ref_port = free_port(), free_port()
    app = start_server(app_port, LOG_DIR / "attention-lab-burst-app.log")
    ref = start_server(ref_port, LOG_DIR / "attention-lab-burst-reference.log", script="bench/reference_page.py")
    try:
        runs = [(REFERENCE, [REFERENCE], f"127.0.0.1:{ref_port}", ref.pid)]
        runs += [(p, [p], f"127.0.0.1:{app_port}", app.pid) for p in args.pages]
        if not args.no_mixed and len(args.pages) > 1:
            runs.append(("all mixed", list(args.pages), f"127.0.0.1:{app_port}", app.pid))
        reference_cpu = None
        print(f"burst: {args.sessions} sessions × {args.presses} presses at once, per page", flush=True)
        fresh = iter(range(0, 10**6, args.sessions * args.presses + 2))  # a new slice of sentences per burst
        for label, pages, url, pid in runs:
            start = next(fresh)
            asyncio.run(burst(url, pages, 2, 1, sentences[start:], pid))  # warm: models loaded, figures built once
            row = summary(*asyncio.run(burst(url, pages, args.sessions, args.presses, sentences[start + 2 :], pid)))
            reference_cpu = reference_cpu or row["cpu_per_rerun"]
            ratio = row["cpu_per_rerun"] / reference_cpu if reference_cpu else float("nan")
            print(
                f"{label:>14}: {row['reruns']} reruns in {row['seconds']:.1f} s, p50 {row['p50']:.0f} ms, "
                f"p95 {row['p95']:.0f} ms, errors {row['errors']}, server CPU/rerun {1000 * row['cpu_per_rerun']:.0f} ms "
                f"({ratio:.1f}× reference)",
                flush=True,
            )
    finally:
        for proc in (app, ref):
            proc.terminate()
            proc.wait(timeout=20)
    tracebacks = [line for line in (LOG_DIR / "attention-lab-burst-app.log").read_text().splitlines() if "Traceback" in line]
    if tracebacks:
        print(f"server log: {len(tracebacks)} tracebacks", file=sys.stderr)


if __name__ == "__main__":
    main()
