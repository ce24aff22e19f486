import os
import sys
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("OMP_NUM_THREADS", "1")


def open_page(page: str, default_timeout: float = 60, **params) -> AppTest:
    """Run the app as a link would open it: query parameters set, then the page."""
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=default_timeout)
    for key, value in params.items():
        at.query_params[key] = value
    at.switch_page(page)
    return at.run()


# -- class mode: the same suite against each class store ---------------------------------------


@pytest.fixture(scope="session")
def redis_url():
    """A real redis-server on a free loopback port for this test session (Debian's package)."""
    from tests.redis_server import redis_server, redis_server_path

    if redis_server_path() is None:
        message = "redis-server is not installed: apt-get install redis-server (`make test` installs it as root)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)  # CI must test the Redis store, as it must drive the browser
        pytest.skip(message)
    with redis_server() as url:
        yield url


@pytest.fixture(params=["sqlite", "redis"])
def backend(request, tmp_path):
    """("sqlite", file) or ("redis", url) with nothing in it; `bench.class_load.open_backend` opens it."""
    if request.param == "sqlite":
        return ("sqlite", str(tmp_path / "classroom.sqlite3"))
    import redis

    url = request.getfixturevalue("redis_url")
    with redis.Redis.from_url(url) as client:
        client.flushdb()
    return ("redis", url)


# -- the real-browser tests: Debian's Chromium driven by Playwright -------------------------------


@pytest.fixture(scope="module")
def browser():
    """One Chromium per test module; under CI=true a missing browser fails, never skips."""
    from tests.browser import CHROMIUM_FLAGS, chromium_path

    path = chromium_path()
    if path is None:
        if os.environ.get("CI") == "true":
            pytest.fail("Chromium is missing: CI must install Debian's chromium package (make browser)")
        pytest.skip("Chromium is not installed (run `make browser` as root)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=path, args=CHROMIUM_FLAGS)
        yield b
        b.close()
