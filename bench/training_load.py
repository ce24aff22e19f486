"""Does a training run slow other students down? Alignment-page reruns, idle vs during training.

    python -m bench.training_load

Measures p50 rerun latency for new sentences (as bench.rerun_latency) with no training, then
again while a 60-second dates run trains in a worker process (the Train page's path), and
prints the ratio. Target: ≤ 1.5×.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from bench.rerun_latency import measure
from models.runs import store as runs
from models.runs.queue import JobQueue


def main() -> None:
    measure("en-fr", 10, offset=900)  # warm up: imports, model loading, task data
    idle = measure("en-fr", 30, offset=0)
    root = Path(tempfile.mkdtemp())
    runs.RUNS_DIR = root
    queue = JobQueue(slots=1)
    path = runs.run_dir(runs.create(runs.RunSpec(task="dates", seconds=60)))
    queue.submit(path)
    while runs.read_status(path).state != runs.RunState.RUNNING:
        time.sleep(0.2)
    time.sleep(3)  # past data generation, into the training steps
    busy = measure("en-fr", 30, offset=300)
    still = runs.read_status(path).state
    runs.request_cancel(path)
    time.sleep(3)
    after = measure("en-fr", 30, offset=600)
    a, b, c = (statistics.median(x) * 1000 for x in (idle, busy, after))
    print(
        f"alignment rerun p50: idle {a:.0f} ms, during training {b:.0f} ms, idle again {c:.0f} ms "
        f"({b / ((a + c) / 2):.2f}× the idle mean; training was {still} throughout)"
    )


if __name__ == "__main__":
    main()
