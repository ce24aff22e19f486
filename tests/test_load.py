"""The classroom load client speaks Streamlit's protocol: a few sessions, no errors, real reruns."""

import asyncio

from bench.load import run_load
from tests.browser import ARTIFACTS_DIR, free_port, start_server


def test_protocol_level_sessions_rerun_the_pages_without_errors():
    ARTIFACTS_DIR.mkdir(exist_ok=True)
    port = free_port()
    server = start_server(port, ARTIFACTS_DIR / "load-server.log")
    try:
        stats, seconds, peak = asyncio.run(run_load(f"127.0.0.1:{port}", sessions=4, actions=2, pids=[server.pid]))
    finally:
        server.terminate()
        server.wait(timeout=20)
    assert not stats.errors and stats.dropped == 0
    assert len(stats.latencies) == 4 * 3  # each session: open the page, then two typed sentences
    assert peak > 50  # the server's memory was read from /proc
    log = (ARTIFACTS_DIR / "load-server.log").read_text()
    assert "Traceback" not in log
