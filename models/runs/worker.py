"""What a training worker process does: train one run from its folder and write everything down.

The training queue (`models.runs.queue`) starts this in a separate process (`multiprocessing`,
spawn), so training never runs in a web server thread and other students' pages stay
responsive. It uses the same loop (`models.training.loop.train`) as the CLI.
"""

from __future__ import annotations

import time
import traceback
from dataclasses import asdict
from pathlib import Path

import numpy as np
import torch
from torch import nn

from models.checkpoint import write_checkpoint
from models.nn.capture import capture
from models.nn.vocab import Vocab, batch_tensor, source_ids
from models.runs import store as runs
from models.runs.store import RunState
from models.tasks import Pair, get_task
from models.training.config import TrainConfig, shipped
from models.training.evaluate import exact_match
from models.training.loop import train


def training_config(spec: runs.RunSpec) -> TrainConfig:
    """A run's TrainConfig: the shipped settings, stopped by the wall-time budget, not by a step count."""
    return shipped(
        spec.task,
        spec.arch,
        attention=spec.attention,
        hidden=spec.hidden,
        layers=spec.layers,
        heads=spec.heads,
        seed=spec.seed,
        steps=1_000_000,
        eval_every=25,
        eval_size=200,
    )


def sample_attention(model: nn.Module, pair: Pair, src_vocab, tgt_vocab) -> np.ndarray | None:
    """Output × source attention on one fixed sentence (reference output fed in), or None without attention."""
    src, lengths = batch_tensor([source_ids(src_vocab, pair.src)])
    tgt_in = torch.tensor([[tgt_vocab.bos_id] + tgt_vocab.encode(pair.tgt)])
    model.eval()
    with capture() as store, torch.inference_mode():
        model(src, lengths, tgt_in)
    weights = model.cross_attention(store)  # a Transformer's: its last layer, averaged over heads
    return None if weights is None else weights.numpy()


def accuracy_by_length(model, pairs: list[Pair], src_vocab, tgt_vocab) -> dict[str, list]:
    lengths = sorted({len(p.src) for p in pairs})
    scores = [exact_match(model, [p for p in pairs if len(p.src) == n], src_vocab, tgt_vocab)["exact_match"] for n in lengths]
    return {"lengths": lengths, "exact_match": scores}


def execute(path_str: str) -> None:
    """Train the run in `path_str`; never raises: a failure is written to its status."""
    path = Path(path_str)
    torch.set_num_threads(1)
    try:
        spec = runs.read_spec(path).validate()
        started = time.time()
        runs.set_status(path, RunState.RUNNING, started=started)
        task = get_task(spec.task)
        sample = task.pairs("validation")[0]
        runs.write_sample(path, list(sample.src), list(sample.tgt))
        deadline = time.monotonic() + spec.seconds
        cfg = training_config(spec)
        # The same vocabularies train() builds from the task, to encode the sample sentence.
        src_vocab, tgt_vocab = Vocab(task.source_vocabulary()), Vocab(task.target_vocabulary())

        def on_snapshot(model: nn.Module, entry: dict) -> None:
            weights = sample_attention(model, sample, src_vocab, tgt_vocab)
            if weights is not None:
                runs.append(
                    path,
                    "snapshots.jsonl",
                    {"step": entry["step"], "seconds": entry["seconds"], "weights": np.round(weights, 4).tolist()},
                )

        def should_stop() -> bool:
            return time.monotonic() > deadline or runs.cancel_requested(path)

        def on_eval(entry: dict) -> None:
            runs.append(path, "metrics.jsonl", entry)

        result = train(cfg, on_eval=on_eval, should_stop=should_stop, on_snapshot=on_snapshot)
        model = result.model
        held_out = task.pairs("test")[:500]
        metrics = {f"test_{k}": v for k, v in exact_match(model, held_out, result.src_vocab, result.tgt_vocab).items()}
        metrics.update(steps=result.history[-1]["step"], train_seconds=round(result.seconds, 1))
        meta = {
            "name": f"run-{path.name}",
            "kind": spec.arch,
            "task": spec.task,
            "config": model.cfg.to_dict(),
            "src_vocab": result.src_vocab.tokens,
            "tgt_vocab": result.tgt_vocab.tokens,
            "metrics": metrics,
            "training": {"run_spec": asdict(spec), "history": result.history},
        }
        write_checkpoint(path / "model", model.state_dict(), meta)
        by_length = accuracy_by_length(model, task.pairs("validation")[:500], result.src_vocab, result.tgt_vocab)
        state = RunState.CANCELLED if runs.cancel_requested(path) else RunState.DONE
        runs.set_status(
            path,
            state,
            started=started,
            finished=time.time(),
            metrics=metrics,
            by_length=by_length,
        )
    except Exception as exc:  # noqa: BLE001 - the student sees the message; the traceback goes to the log
        traceback.print_exc()
        runs.set_status(path, RunState.FAILED, message=f"{type(exc).__name__}: {exc}")
