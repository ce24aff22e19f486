"""Attention Lab models: pure PyTorch, usable without Streamlit.

import models
models.available()                         # names of the shipped checkpoints
m = models.load("seq2seq-additive-en-fr")
r = m.run("the red car is fast")
r.src_tokens, r.tgt_tokens, r.attention["cross"]   # [layer, head, tgt_pos, src_pos]
"""

from __future__ import annotations

from pathlib import Path

from models import bert_runner
from models.checkpoint import CheckpointError, read_sidecar, read_weights
from models.runner import Runner, RunResult, Seq2SeqRunner
from models.seq2seq import Seq2Seq, Seq2SeqConfig
from models.tasks import get_task
from models.transformer import Transformer, TransformerConfig
from models.transformer_runner import TransformerRunner
from models.vocab import Vocab

CHECKPOINT_DIR = Path(__file__).parent / "checkpoints"

__all__ = ["available", "load", "load_from", "CheckpointError", "RunResult", "Runner", "Seq2SeqRunner", "TransformerRunner"]


def available(directory: Path = CHECKPOINT_DIR) -> list[str]:
    """Names of the checkpoints in `directory` (both files present), plus the pretrained MiniLM when installed."""
    names = sorted(p.stem for p in Path(directory).glob("*.json") if p.with_suffix(".safetensors").exists())
    return names + ([bert_runner.NAME] if directory == CHECKPOINT_DIR and bert_runner.package_dir() else [])


def load(name: str, directory: Path = CHECKPOINT_DIR) -> Runner:
    """Load a checkpoint by name after checking hash, tensor names, shapes and dtypes."""
    if name not in available(directory):
        raise CheckpointError(f"no model named {name!r}; available: {', '.join(available(directory))}")
    if name == bert_runner.NAME:
        return bert_runner.load_minilm()
    return load_from(Path(directory) / name)


def load_from(stem: Path) -> Runner:
    """Load `stem.json` + `stem.safetensors`."""
    sidecar = read_sidecar(stem)
    kinds = {
        "seq2seq": (Seq2SeqConfig, Seq2Seq, Seq2SeqRunner),
        "transformer": (TransformerConfig, Transformer, TransformerRunner),
    }
    if sidecar.get("kind") not in kinds:
        raise CheckpointError(f"{Path(stem).name}: unknown model kind {sidecar.get('kind')!r}")
    config_class, model_class, runner_class = kinds[sidecar["kind"]]
    try:
        config = config_class(**sidecar["config"])
        src_vocab, tgt_vocab = Vocab(sidecar["src_vocab"]), Vocab(sidecar["tgt_vocab"])
        task = get_task(sidecar["task"])
    except (KeyError, TypeError, ValueError) as exc:
        raise CheckpointError(f"{Path(stem).name}: bad sidecar ({exc})") from None
    if (config.src_vocab_size, config.tgt_vocab_size) != (len(src_vocab), len(tgt_vocab)):
        raise CheckpointError(f"{Path(stem).name}: vocabulary sizes do not match the config")
    model = model_class(config)
    tensors = read_weights(stem, sidecar, model.state_dict())
    model.load_state_dict(tensors, strict=True)
    return runner_class(sidecar.get("name", Path(stem).name), model.eval(), task, src_vocab, tgt_vocab, sidecar)
