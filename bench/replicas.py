"""One replica against two behind nginx (sticky sessions), under the same classroom load.

    python -m bench.replicas --sessions 60

Starts two app processes on loopback with a shared cookie secret, nginx in front of them
(Debian's package; `make load` installs it when run as root), runs the load test
(bench.load) against one replica directly and then through nginx, and prints both.
"""

from __future__ import annotations

import argparse
import asyncio
import secrets
import shutil
import subprocess
import tempfile
import time
import urllib.request
from pathlib import Path

from bench.load import report, run_load
from tests.browser import ROOT, free_port, start_server

TEMPLATE = ROOT / "deploy" / "nginx.conf.template"


def start_nginx(port: int, upstreams: list[int]) -> tuple[subprocess.Popen, Path]:
    nginx = shutil.which("nginx") or "/usr/sbin/nginx"
    if not Path(nginx).exists():
        raise SystemExit("nginx is not installed: `apt-get install nginx` (make load does it as root)")
    prefix = Path(tempfile.mkdtemp(prefix="attention-lab-nginx-"))
    conf = (
        TEMPLATE.read_text()
        .replace("@PORT@", str(port))
        .replace("@PREFIX@", str(prefix))
        .replace("@UPSTREAMS@", "\n".join(f"        server 127.0.0.1:{p};" for p in upstreams))
    )
    (prefix / "nginx.conf").write_text(conf)
    proc = subprocess.Popen([nginx, "-p", str(prefix), "-c", str(prefix / "nginx.conf"), "-g", "daemon off;"])
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2) as r:
                if r.read().strip() == b"ok":
                    return proc, prefix
        except OSError:
            time.sleep(0.3)
    proc.kill()
    raise SystemExit(f"nginx did not answer; see {prefix}/error.log")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sessions", type=int, default=60)
    parser.add_argument("--actions", type=int, default=6)
    args = parser.parse_args()
    secret = secrets.token_hex(16)
    ports = [free_port(), free_port()]
    servers = [
        start_server(p, Path(f"/tmp/attention-lab-replica-{i}.log"), env={"STREAMLIT_SERVER_COOKIE_SECRET": secret})
        for i, p in enumerate(ports)
    ]
    proxy_port = free_port()
    nginx, prefix = start_nginx(proxy_port, ports)
    pids = [s.pid for s in servers]
    try:
        for port in ports:  # warm both replicas' caches
            asyncio.run(run_load(f"127.0.0.1:{port}", 2, 1, pids))
        one = asyncio.run(run_load(f"127.0.0.1:{ports[0]}", args.sessions, args.actions, [servers[0].pid]))
        two = asyncio.run(run_load(f"127.0.0.1:{proxy_port}", args.sessions, args.actions, pids))
        print(report(f"{args.sessions} sessions, 1 replica", *one))
        print(report(f"{args.sessions} sessions, 2 replicas behind nginx", *two))
    finally:
        nginx.terminate()
        for s in servers:
            s.terminate()
        for s in servers:
            s.wait(timeout=20)
        nginx.wait(timeout=10)


if __name__ == "__main__":
    main()
