"""A class of 40 through the real app (Streamlit sessions over WebSockets, the class box's own
buttons): every student joins and answers within the same two seconds, and the teacher's polled
tally counts every answer once. On one server with SQLite, and on two servers sharing Redis with
the teacher on one and the students spread over both (as behind nginx). Latency is measured by
`python -m bench.class_app` (README), not asserted here: CI machines are noisy.
"""

import asyncio
import os
import secrets
from contextlib import ExitStack

import pytest

from bench.class_app import run_class
from tests.browser import ARTIFACTS_DIR, free_port, start_server
from tests.redis_server import redis_server, redis_server_path

STUDENTS = 40


def _servers(stack: ExitStack, count: int, env: dict[str, str]) -> list[str]:
    urls = []
    for i in range(count):
        port = free_port()
        proc = start_server(port, ARTIFACTS_DIR / f"class-load-{i}.log", env=env)
        stack.callback(proc.wait, timeout=20)
        stack.callback(proc.terminate)
        urls.append(f"127.0.0.1:{port}")
    return urls


def _check(result) -> None:
    assert result.errors == []
    assert len(result.acked) == STUDENTS  # every student saw the question and had the answer acknowledged
    assert result.counted == STUDENTS  # the teacher's screen counts each of them, once
    assert len(result.tally_latencies) == STUDENTS


def test_forty_students_through_one_server(tmp_path):
    with ExitStack() as stack:
        (url,) = _servers(stack, 1, {"ATTENTION_LAB_DATA": str(tmp_path)})
        _check(asyncio.run(run_class(url, [url], STUDENTS, window=2.0, seed=3)))


def test_forty_students_over_two_replicas_sharing_redis(tmp_path):
    if redis_server_path() is None:
        if os.environ.get("CI") == "true":
            pytest.fail("redis-server is missing: CI must install Debian's redis-server (make redis)")
        pytest.skip("redis-server is not installed")
    with ExitStack() as stack:
        env = {"ATTENTION_LAB_DATA": str(tmp_path), "ATTENTION_LAB_REDIS_URL": stack.enter_context(redis_server())}
        env["STREAMLIT_SERVER_COOKIE_SECRET"] = secrets.token_hex(16)
        first, second = _servers(stack, 2, env)
        _check(asyncio.run(run_class(first, [first, second], STUDENTS, window=2.0, seed=4)))
