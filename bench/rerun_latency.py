"""Rerun latency of the sentence pages for a newly typed sentence.

    python -m bench.rerun_latency [--sentences 40] [--task en-fr]

Drives the real page through Streamlit's AppTest (the same script run a browser triggers,
without the network and the drawing in the browser): each rerun types a sentence the page has
not seen (so nothing comes from the cache), runs both models side by side and builds both
heatmaps. Sentences of at most 20 words come from the held-out test split. Prints p50 / p95.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from streamlit.testing.v1 import AppTest

from models.tasks import get_task

APP = Path(__file__).resolve().parent.parent / "app.py"


def measure(task: str, n: int, page: str = "pages/alignment.py", offset: int = 0) -> list[float]:
    """Rerun times for n new sentences; `offset` picks other sentences, so repeated calls miss the cache."""
    sentences = [" ".join(p.src) for p in get_task(task).pairs("test") if len(p.src) <= 20][offset : offset + n + 3]
    at = AppTest.from_file(str(APP), default_timeout=60)
    at.query_params["task"] = task
    at.switch_page(page)
    at.run()
    timings = []
    for i, sentence in enumerate(sentences):
        start = time.perf_counter()
        at.text_input(key="text").set_value(sentence).run()
        elapsed = time.perf_counter() - start
        assert not at.exception, at.exception
        if i >= 3:  # the first reruns warm up imports and model loading
            timings.append(elapsed)
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sentences", type=int, default=40)
    parser.add_argument("--task", default="en-fr")
    args = parser.parse_args()
    for page in ("pages/alignment.py", "pages/steps.py", "pages/transformer.py", "pages/add_norm.py"):
        ms = sorted(1000 * t for t in measure(args.task, args.sentences, page))
        p95 = ms[int(0.95 * (len(ms) - 1))]
        print(
            f"{page}: {len(ms)} new sentences (≤ 20 words, {args.task}): "
            f"p50 {statistics.median(ms):.0f} ms, p95 {p95:.0f} ms, min {ms[0]:.0f} ms"
        )


if __name__ == "__main__":
    main()
