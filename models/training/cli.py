"""Train a model and write a checkpoint the app can load.

    python -m models.train --task en-fr --attention additive          # GRU seq2seq
    python -m models.train --task en-fr --arch transformer             # Transformer
    python -m models.train --all          # every shipped model (what models/checkpoints holds)
    python -m models.train --all --jobs 2 # the same, two models at a time (one per core)

Deterministic for a seed: one thread per model, seeded data order and initialisation, so a model
comes out the same whether it trains alone or beside another.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import multiprocessing
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import torch

from models.checkpoint import CHECKPOINT_DIR, as_stored, read_sidecar, write_checkpoint
from models.inference.loading import load_from
from models.nn.seq2seq import ATTENTION_KINDS
from models.tasks import MODEL_TASKS, get_task
from models.training.config import EVERYDAY_TASKS, SHORT_SOURCES, TrainConfig, shipped
from models.training.evaluate import alignment_error_rate, exact_match
from models.training.everyday import everyday_scores
from models.training.loop import train


def model_name(cfg: TrainConfig) -> str:
    if cfg.arch == "transformer":
        variant = "".join(f"-{v}" for v in (cfg.positions, cfg.norm) if v not in ("sinusoidal", "post"))
        variant += f"-upto{cfg.max_src_len}" if cfg.max_src_len else ""
        return f"transformer{variant}-{cfg.task}"
    return f"seq2seq-{cfg.attention}-{cfg.task}"


def _command(cfg: TrainConfig) -> str:
    if cfg.arch == "transformer":
        return (
            f"python -m models.train --task {cfg.task} --arch transformer --positions {cfg.positions} "
            f"--norm {cfg.norm} --max-src-len {cfg.max_src_len} --seed {cfg.seed}"
        )
    return f"python -m models.train --task {cfg.task} --attention {cfg.attention} --seed {cfg.seed}"


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


def train_and_save(cfg: TrainConfig, out_dir: Path = CHECKPOINT_DIR) -> dict:
    """Train, score on the held-out test split, write the checkpoint named by `model_name`."""
    torch.set_num_threads(1)
    name = model_name(cfg)
    print(f"training {name}", file=sys.stderr)
    result = train(cfg, on_eval=_progress(cfg.steps))
    print(file=sys.stderr)
    # Score the model as it will be shipped: weights rounded as the checkpoint stores them (int8 / float16).
    result.model.load_state_dict(as_stored(result.model.state_dict()))
    metrics = held_out_metrics(cfg.task, result.model, result.src_vocab, result.tgt_vocab)
    metrics.update(
        val_exact_match=result.history[-1]["val_exact_match"],
        steps=result.history[-1]["step"],
        train_seconds=round(result.seconds, 1),
    )
    meta = {
        "name": name,
        "kind": cfg.arch,
        "task": cfg.task,
        "config": result.model.cfg.to_dict(),
        "src_vocab": result.src_vocab.tokens,
        "tgt_vocab": result.tgt_vocab.tokens,
        "metrics": metrics,
        "training": {"command": _command(cfg), **cfg.__dict__, "history": result.history},
    }
    write_checkpoint(out_dir / name, result.model.state_dict(), meta)
    print(f"{name}: {metrics}", file=sys.stderr)
    return metrics


def held_out_metrics(task_name: str, model, src_vocab, tgt_vocab) -> dict:
    """Exact match on the test split, AER of attention, and the everyday set (everyday tasks)."""
    task = get_task(task_name)
    test = task.pairs("test")
    metrics = {f"test_{k}": v for k, v in exact_match(model, test, src_vocab, tgt_vocab).items()}
    if getattr(model.cfg, "attention", "none") != "none":
        metrics["test_aer"] = alignment_error_rate(model, test, src_vocab, tgt_vocab)
    if task_name in EVERYDAY_TASKS:
        metrics["everyday"] = everyday_scores(model, task, src_vocab, tgt_vocab)
    return metrics


def rescore(name: str, out_dir: Path = CHECKPOINT_DIR, everyday_only: bool = False) -> dict:
    """Recompute a shipped checkpoint's held-out figures from the file itself and rewrite its sidecar.

    `everyday_only`: only the hand-written everyday set (seconds, not minutes): after a change to
    how typed text is split or output is joined, which the generated test split does not see."""
    stem = out_dir / name
    sidecar = read_sidecar(stem)
    m = load_from(stem)
    if everyday_only:
        sidecar["metrics"]["everyday"] = everyday_scores(m.model, m.task, m.src_vocab, m.tgt_vocab)
    else:
        sidecar["metrics"] |= held_out_metrics(sidecar["task"], m.model, m.src_vocab, m.tgt_vocab)
    stem.with_suffix(".json").write_text(json.dumps(sidecar, ensure_ascii=False, indent=1) + "\n")
    return sidecar["metrics"]


def _everyday_summary(metrics: dict) -> dict:
    everyday = metrics.get("everyday")
    return {f"everyday_{k}": everyday[k] for k in ("read", "exact", "chrf")} if everyday else {}


PE_LAB_WIDTH = 128


def shipped_configs() -> list[TrainConfig]:
    """Every checkpoint in models/checkpoints, as the training configs that make it."""
    out = [shipped(t, attention=a) for t in MODEL_TASKS for a in ATTENTION_KINDS]
    out += [shipped(t, "transformer") for t in MODEL_TASKS]
    # For the positional-encoding lab: learned positions, and both kinds trained on short sentences
    # only. They are compared with each other, not used to translate: a smaller Transformer (d_model
    # 128, two layers) keeps the three of them within the checkpoint budget.
    lab = dict(hidden=PE_LAB_WIDTH, layers=2, steps=6000)
    out += [shipped("en-fr", "transformer", positions="learned", **lab)]
    out += [shipped("en-fr", "transformer", positions=p, max_src_len=SHORT_SOURCES, **lab) for p in ("sinusoidal", "learned")]
    return out


def _cost(cfg: TrainConfig) -> float:
    """Rough core-seconds of one run (steps × seconds per step, measured with bf16 on this
    machine), to start the longest runs first so that the workers finish together."""
    per_step = 0.0 if cfg.task == "dates" else 0.14 if cfg.arch == "transformer" else 0.12
    return cfg.steps * per_step


def train_all(configs: list[TrainConfig], out_dir: Path, jobs: int) -> None:
    """Train `configs`, `jobs` at a time, longest first."""
    configs = sorted(configs, key=_cost, reverse=True)
    if jobs <= 1:
        for cfg in configs:
            train_and_save(cfg, out_dir)
        return
    # spawn, not fork: a forked child would inherit torch's thread pool in an undefined state
    with ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("spawn")) as pool:
        for done in [pool.submit(train_and_save, cfg, out_dir) for cfg in configs]:
            done.result()  # re-raise a worker's error here


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--task", choices=MODEL_TASKS)
    parser.add_argument("--arch", choices=("seq2seq", "transformer"), default="seq2seq")
    parser.add_argument("--attention", choices=ATTENTION_KINDS, default="additive", help="seq2seq score function")
    parser.add_argument("--positions", choices=("sinusoidal", "learned"), default="sinusoidal", help="transformer only")
    parser.add_argument("--norm", choices=("post", "pre"), default="post", help="transformer only")
    parser.add_argument("--max-src-len", type=int, default=0, help="train on sources of at most N tokens (0 = all)")
    parser.add_argument("--all", action="store_true", help="train every shipped model")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--steps", type=int, help="training steps (default: per task and architecture)")
    parser.add_argument("--lr", type=float, help="peak learning rate (default: per architecture, see config.py)")
    parser.add_argument("--dropout", type=float, help="seq2seq: dropout while training (default: see config.py)")
    parser.add_argument("--out", type=Path, default=CHECKPOINT_DIR)
    parser.add_argument("--jobs", type=int, default=1, help="models trained at the same time (one thread each)")
    parser.add_argument(
        "--rescore", metavar="NAME", nargs="+", help="recompute checkpoints' figures from their files and update their sidecars"
    )
    parser.add_argument("--everyday-only", action="store_true", help="with --rescore: only the everyday set's figures")
    args = parser.parse_args(argv)
    if args.rescore:
        for name in args.rescore:  # one process: a task's generated splits are drawn once for all its models
            metrics = rescore(name, args.out, args.everyday_only)
            print(name, json.dumps({k: v for k, v in metrics.items() if k != "everyday"} | _everyday_summary(metrics)))
        return
    if args.all:
        configs = shipped_configs()
    elif args.task:
        overrides = dict(seed=args.seed) | ({"steps": args.steps} if args.steps else {}) | ({"lr": args.lr} if args.lr else {})
        overrides |= {"dropout": args.dropout} if args.dropout is not None else {}
        if args.arch == "transformer":
            options = overrides | dict(positions=args.positions, norm=args.norm, max_src_len=args.max_src_len)
        else:
            options = overrides | dict(attention=args.attention)
        wanted = shipped(args.task, args.arch, **options)
        # A shipped model keeps its own settings (the positional-encoding lab's size) when trained alone.
        base = {model_name(c): c for c in shipped_configs()}.get(model_name(wanted))
        configs = [dataclasses.replace(base, **overrides) if base else wanted]
    else:
        parser.error("give --task (and --attention or --arch), or --all")
    train_all(configs, args.out, args.jobs)


if __name__ == "__main__":
    main()
