"""The burst benchmark's client: every session opens, then all press Enter at once; the server's
CPU is read from /proc, and a rerun with no typed text is still a rerun (the reference page)."""

import asyncio

from bench.burst import REFERENCE, burst, cpu_seconds, summary
from tests.browser import ARTIFACTS_DIR, free_port, start_server


def test_burst_client_counts_every_press_and_the_server_cpu():
    port = free_port()
    server = start_server(port, ARTIFACTS_DIR / "burst-reference.log", script="bench/reference_page.py")
    try:
        before = cpu_seconds(server.pid)
        sentences = [f"sentence number {i}" for i in range(20)]
        stats, seconds, cpu = asyncio.run(burst(f"127.0.0.1:{port}", [REFERENCE], 4, 2, sentences, server.pid))
    finally:
        server.terminate()
        server.wait(timeout=20)
    assert not stats.errors and stats.dropped == 0
    row = summary(stats, seconds, cpu)
    assert row["reruns"] == 4 * 2 and row["p95"] >= row["p50"] > 0
    assert cpu > 0 and before > 0  # read from /proc/<pid>/stat
    assert "Traceback" not in (ARTIFACTS_DIR / "burst-reference.log").read_text()
