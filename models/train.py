"""Train a seq2seq model and write a checkpoint the app can load.

    python -m models.train --task en-fr --attention additive
    python -m models.train --all          # every shipped model (what models/checkpoints holds)

Deterministic for a seed: one thread, seeded data order and initialisation.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import torch

from models.checkpoint import write_checkpoint
from models.evaluate import alignment_error_rate, exact_match
from models.seq2seq import ATTENTION_KINDS
from models.tasks import TASK_NAMES, get_task
from models.training import TrainConfig, train

CHECKPOINT_DIR = Path(__file__).parent / "checkpoints"
STEPS = {"dates": 2000, "en-fr": 4000, "en-ko": 4000}


def _progress(total: int):
    start = time.perf_counter()

    def show(entry: dict) -> None:
        done = entry["step"] / total
        bar = "#" * int(30 * done) + "-" * (30 - int(30 * done))
        print(
            f"\r[{bar}] step {entry['step']}/{total}  loss {entry['loss']:.3f}  "
            f"val exact {entry['val_exact_match']:.3f}  {time.perf_counter() - start:.0f}s",
            end="",
            file=sys.stderr,
            flush=True,
        )

    return show


def train_and_save(task: str, attention: str, seed: int = 0, steps: int | None = None, out_dir: Path = CHECKPOINT_DIR) -> dict:
    """Train, score on the held-out test split, write `seq2seq-<attention>-<task>`."""
    torch.set_num_threads(1)
    cfg = TrainConfig(task=task, attention=attention, seed=seed, steps=steps or STEPS[task])
    print(f"training seq2seq-{attention}-{task}", file=sys.stderr)
    result = train(cfg, on_eval=_progress(cfg.steps))
    print(file=sys.stderr)
    test = get_task(task).pairs("test")
    metrics = {f"test_{k}": v for k, v in exact_match(result.model, test, result.src_vocab, result.tgt_vocab).items()}
    metrics.update(
        val_exact_match=result.history[-1]["val_exact_match"],
        steps=result.history[-1]["step"],
        train_seconds=round(result.seconds, 1),
    )
    if attention != "none":
        metrics["test_aer"] = alignment_error_rate(result.model, test, result.src_vocab, result.tgt_vocab)
    name = f"seq2seq-{attention}-{task}"
    meta = {
        "name": name,
        "kind": "seq2seq",
        "task": task,
        "config": result.model.cfg.to_dict(),
        "src_vocab": result.src_vocab.tokens,
        "tgt_vocab": result.tgt_vocab.tokens,
        "metrics": metrics,
        "training": {
            "command": f"python -m models.train --task {task} --attention {attention} --seed {seed}",
            **cfg.__dict__,
            "history": result.history,
        },
    }
    write_checkpoint(out_dir / name, result.model.state_dict(), meta)
    print(f"{name}: {metrics}", file=sys.stderr)
    return metrics


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--task", choices=TASK_NAMES)
    parser.add_argument("--attention", choices=ATTENTION_KINDS)
    parser.add_argument("--all", action="store_true", help="train every task × attention")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--steps", type=int, help="training steps (default: per task)")
    parser.add_argument("--out", type=Path, default=CHECKPOINT_DIR)
    args = parser.parse_args(argv)
    if args.all:
        jobs = [(t, a) for t in TASK_NAMES for a in ATTENTION_KINDS]
    elif args.task and args.attention:
        jobs = [(args.task, args.attention)]
    else:
        parser.error("give --task and --attention, or --all")
    for task, attention in jobs:
        train_and_save(task, attention, args.seed, args.steps, args.out)


if __name__ == "__main__":
    main()
