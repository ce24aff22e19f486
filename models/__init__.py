"""Attention Lab models: pure PyTorch, usable without Streamlit.

import models
models.available()                         # names of the shipped checkpoints (and "minilm")
m = models.load("seq2seq-additive-en-fr")  # also "minilm" and a finished training run, "run-<id>"
r = m.run("the red car is fast")
r.src_tokens, r.tgt_tokens, r.attention["cross"]   # [layer, head, tgt_pos, src_pos]

The subpackages, each importing only the ones above it in this list:
    nn/         the networks: attention, capture taps, GRU seq2seq, Transformer, BERT, vocabularies
    inference/  one `Runner` base and its runners (seq2seq, Transformer, MiniLM), beam search, results
    training/   configs and presets, the training loop, evaluation, the model card
    lessons/    the arithmetic each page explains (one decoder step, Q·K·V, positions, norms…)
    runs/       training runs started from the app: store on disk, queue, worker
`tasks/` (sentence grammars and their data) and `checkpoint.py` (safetensors + sidecar) sit
beside them, usable by all.
"""

from __future__ import annotations

from pathlib import Path

from models.checkpoint import CHECKPOINT_DIR, CheckpointError
from models.inference import minilm
from models.inference.loading import load_from
from models.inference.results import EncoderResult, RunResult
from models.inference.runner import Runner
from models.runs import store as runs

__all__ = ["available", "load", "load_from", "CHECKPOINT_DIR", "CheckpointError", "EncoderResult", "RunResult", "Runner"]

RUN_PREFIX = "run-"  # a finished training run loads as "run-<id>"


def available(directory: Path = CHECKPOINT_DIR) -> list[str]:
    """Names of the checkpoints in `directory` (both files present), plus the pretrained MiniLM when installed."""
    names = sorted(p.stem for p in Path(directory).glob("*.json") if p.with_suffix(".safetensors").exists())
    return names + ([minilm.NAME] if directory == CHECKPOINT_DIR and minilm.package_dir() else [])


def load(name: str, directory: Path = CHECKPOINT_DIR) -> Runner:
    """Load a model by name after checking hash, tensor names, shapes and dtypes.

    `name` is a shipped checkpoint, "minilm", or "run-<id>" for a finished training run.
    """
    if name.startswith(RUN_PREFIX) and directory == CHECKPOINT_DIR:
        run_id = name.removeprefix(RUN_PREFIX)
        if not runs.valid_id(run_id):
            raise CheckpointError(f"not a training run: {name[:20]!r}")
        return load_from(runs.run_dir(run_id) / "model")
    if name not in available(directory):
        raise CheckpointError(f"no model named {name!r}; available: {', '.join(available(directory))}")
    if name == minilm.NAME:
        return minilm.load_minilm()
    return load_from(Path(directory) / name)
