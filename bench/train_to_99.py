"""How long the additive dates model takes to reach 99% held-out exact match, on this machine.

    python -m bench.train_to_99 [--runs 3] [--threads 1]

Trains from scratch `--runs` times (seeds 0, 1, 2, …), scoring all 1,000 validation dates every
25 steps, and reports the training time (evaluation excluded) at the first evaluation with
≥ 99% exact match: the median and each run. The same comparison for the no-attention model
shows how far behind the fixed-context bottleneck is at that moment.
"""

from __future__ import annotations

import argparse
import statistics

import torch

from models.training.config import shipped
from models.training.loop import train


def time_to_target(attention: str, seed: int, target: float, budget_steps: int) -> tuple[float | None, dict]:
    """Training seconds until validation exact match ≥ target (None if never), and the last evaluation."""
    reached: dict = {}

    def on_eval(entry: dict) -> None:
        if not reached and entry["val_exact_match"] >= target:
            reached.update(entry)

    cfg = shipped("dates", attention=attention, seed=seed, steps=budget_steps, eval_every=25, eval_size=1000)
    result = train(cfg, on_eval=on_eval, should_stop=lambda: bool(reached))
    return (reached.get("train_seconds"), result.history[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--threads", type=int, default=1)
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    times = []
    for seed in range(args.runs):
        seconds, last = time_to_target("additive", seed, 0.99, budget_steps=2000)
        times.append(seconds)
        print(f"additive seed {seed}: 99% at step {last['step']} after {seconds:.1f} s of training")
        budget = int(last["step"])
        _, baseline = time_to_target("none", seed, 1.01, budget_steps=budget)  # same number of steps
        print(f"  no attention after the same {budget} steps: {100 * baseline['val_exact_match']:.1f}% exact match")
    done = [t for t in times if t is not None]
    print(f"median time to 99% (additive, dates, {args.threads} thread): {statistics.median(done):.1f} s over {len(done)} runs")


if __name__ == "__main__":
    main()
