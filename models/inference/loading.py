"""A checkpoint file pair (`stem.json` + `stem.safetensors`) turned into a ready Runner."""

from __future__ import annotations

from pathlib import Path

from models.checkpoint import CheckpointError, read_sidecar, read_weights
from models.inference.runner import Runner
from models.inference.seq2seq import Seq2SeqRunner
from models.inference.transformer import TransformerRunner
from models.nn.seq2seq import Seq2Seq, Seq2SeqConfig
from models.nn.transformer import Transformer, TransformerConfig
from models.nn.vocab import Vocab
from models.tasks import get_task

# Sidecar "kind" → (config, network, runner).
KINDS = {
    "seq2seq": (Seq2SeqConfig, Seq2Seq, Seq2SeqRunner),
    "transformer": (TransformerConfig, Transformer, TransformerRunner),
}


def load_from(stem: Path) -> Runner:
    """Load `stem.json` + `stem.safetensors` after checking hash, tensor names, shapes and dtypes."""
    sidecar = read_sidecar(stem)
    if sidecar.get("kind") not in KINDS:
        raise CheckpointError(f"{Path(stem).name}: unknown model kind {sidecar.get('kind')!r}")
    config_class, model_class, runner_class = KINDS[sidecar["kind"]]
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
