"""The server's training queue: at most `SLOTS` worker processes, the rest wait in order.

A daemon thread starts queued runs when a slot is free and marks a run failed if its process
died without writing a final status. Training runs in separate processes (`spawn`), so it never
blocks a web server thread. The app keeps one queue per server (`ui.jobs.job_queue`).
"""

from __future__ import annotations

import multiprocessing
import threading
import time
from collections import deque
from pathlib import Path

from models.runs import store, worker

SLOTS = 1  # 2 cores: one trains, one serves every student's page


class JobQueue:
    def __init__(self, slots: int = SLOTS):
        self.slots = slots
        self.pending: deque[Path] = deque()
        self.running: dict[Path, multiprocessing.Process] = {}
        self.lock = threading.Lock()
        self.context = multiprocessing.get_context("spawn")
        threading.Thread(target=self._loop, daemon=True, name="training-queue").start()

    def submit(self, path: Path) -> None:
        """Queue a run (again, after a server restart); a no-op if it is queued or running."""
        with self.lock:
            if path not in self.pending and path not in self.running:
                self.pending.append(path)

    def ahead(self, path: Path) -> int | None:
        """How many runs wait before this one (0 = it starts next); None if not waiting."""
        with self.lock:
            return list(self.pending).index(path) if path in self.pending else None

    def _loop(self) -> None:
        while True:
            with self.lock:
                for path, process in list(self.running.items()):
                    if not process.is_alive():
                        del self.running[path]
                        if store.read_status(path).state.active:
                            message = f"the worker stopped (exit code {process.exitcode})"
                            store.set_status(path, store.RunState.FAILED, message=message)
                while self.pending and len(self.running) < self.slots:
                    path = self.pending.popleft()
                    if store.cancel_requested(path):
                        store.set_status(path, store.RunState.CANCELLED)
                        continue
                    process = self.context.Process(target=worker.execute, args=(str(path),), daemon=True)
                    process.start()
                    self.running[path] = process
            time.sleep(0.2)
