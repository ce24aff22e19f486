"""A throwaway `redis-server` (Debian's package) on a free loopback port, for tests and benchmarks."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import redis

from tests.browser import free_port


def redis_server_path() -> str | None:
    for candidate in (shutil.which("redis-server"), "/usr/bin/redis-server"):
        if candidate and Path(candidate).exists():
            return candidate
    return None


@contextmanager
def redis_server() -> Iterator[str]:
    """Start redis-server on 127.0.0.1 with its files in a temp dir; yield its URL; stop it after."""
    binary = redis_server_path()
    if binary is None:
        raise FileNotFoundError("redis-server is not installed (apt-get install redis-server; `make test` does it as root)")
    with tempfile.TemporaryDirectory(prefix="attention-lab-redis-") as tmp:
        port = free_port()
        args = [binary, "--bind", "127.0.0.1", "--port", str(port), "--dir", tmp, "--save", "", "--appendonly", "no"]
        args += ["--protected-mode", "yes", "--daemonize", "no", "--logfile", str(Path(tmp) / "redis.log")]
        proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        url = f"redis://127.0.0.1:{port}/0"
        try:
            client = redis.Redis.from_url(url)
            deadline = time.monotonic() + 20
            while True:
                try:
                    client.ping()
                    break
                except redis.ConnectionError:
                    if proc.poll() is not None or time.monotonic() > deadline:
                        log = (Path(tmp) / "redis.log").read_text(errors="replace")[-2000:]
                        raise RuntimeError(f"redis-server did not start on port {port}:\n{log}") from None
                    time.sleep(0.05)
            client.close()
            yield url
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
