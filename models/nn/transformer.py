"""Encoder–decoder Transformer (Vaswani et al. 2017), small enough to read in one sitting.

Every sub-layer is wrapped in Add & Norm: post-LN `x = norm(x + f(x))` as in the paper, or
pre-LN `x = x + f(norm(x))` (more stable for deep stacks). Attention is
`models.nn.attention.scaled_dot_product`; taps record, per layer and head, Q, K, V, the raw,
scaled and masked scores, the weights, each head's output, their concatenation, the output
projection and the residual stream before and after every Add & Norm.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass

import torch
from torch import nn

from models.nn import attention as att
from models.nn.capture import Tap, capturing, name_taps
from models.nn.head_mask import HeadGate, name_gates
from models.nn.positional import sinusoidal_encoding

# Where one run's tensors are recorded: the taps' places in the module tree (pinned by
# tests/test_transformer.py). Only this module spells them; everything else asks these helpers.
ATTENTION_SITES = {  # attention kind → its multi-head block in layer {i}
    "encoder.self": "encoder.{i}.self_attn",
    "decoder.self": "decoder.{i}.self_attn",
    "cross": "decoder.{i}.cross_attn",
}
SITE_KEYS = ("q", "k", "v", "scores", "scaled", "masked", "weights", "heads", "concat", "out")  # per block
ADD_NORMS = {"encoder": ("self", "ffn"), "decoder": ("self", "cross", "ffn")}  # each layer's sub-layers, in order
ADD_NORM_KEYS = ("before", "sublayer", "after")  # x, f(x) and the Add & Norm output
EMBEDDING_KEYS = ("tokens", "positions", "sum")  # token × √d_model, the positional encoding, their sum
PROBS = "probs"  # [batch, tgt_pos, vocab]


def site_name(kind: str, layer: int, key: str) -> str:
    """Trace name of one tensor (`key` in SITE_KEYS) of attention `kind` in `layer`."""
    return f"{ATTENTION_SITES[kind].format(i=layer)}.{key}"


def gate_name(kind: str, layer: int) -> str:
    """Name of the head gate of attention `kind` in `layer` (the key of a `knock_out` mask)."""
    return f"{ATTENTION_SITES[kind].format(i=layer)}.head_gate"


def attention_block(model: Transformer, kind: str, layer: int) -> MultiHeadAttention:
    """The multi-head block behind `attention[kind][layer]` (its `w_o` is the output projection)."""
    return model.get_submodule(ATTENTION_SITES[kind].format(i=layer))


def add_norm_name(stack: str, layer: int, index: int, key: str) -> str:
    """Trace name of `key` (in ADD_NORM_KEYS) around sub-layer `index` (0-based) of a layer of `stack`."""
    return f"{stack}.{layer}.add_norm{index + 1}.{key}"


def embedding_name(side: str, key: str) -> str:
    """Trace name of `key` (in EMBEDDING_KEYS) of the source ("src") or target ("tgt") embedding."""
    return f"{side}_embed.{key}"


@dataclass(frozen=True)
class TransformerConfig:
    src_vocab_size: int
    tgt_vocab_size: int
    d_model: int = 64
    n_heads: int = 4
    n_layers: int = 2
    d_ff: int = 256  # feed-forward hidden size, 4 × d_model as in the paper
    max_len: int = 96  # longest sequence the learned position table can hold
    positions: str = "sinusoidal"  # "sinusoidal" (fixed) or "learned" (a trained table)
    norm: str = "post"  # "post" = the 2017 paper; "pre" = LayerNorm before each sub-layer
    # The output projection shares the target embedding matrix (as in the 2017 paper, after
    # Press & Wolf): one vocabulary-sized matrix instead of two, which keeps a large-vocabulary
    # model's checkpoint small.
    tie_output: bool = False

    def __post_init__(self):
        if self.d_model % self.n_heads:
            raise ValueError("d_model must be divisible by n_heads")
        if self.positions not in ("sinusoidal", "learned", "none"):
            raise ValueError(f"unknown positions {self.positions!r}")
        if self.norm not in ("post", "pre"):
            raise ValueError(f"unknown norm {self.norm!r}")

    def to_dict(self) -> dict:
        return asdict(self)


class MultiHeadAttention(nn.Module):
    def __init__(self, cfg: TransformerConfig):
        super().__init__()
        self.n_heads, self.d_head = cfg.n_heads, cfg.d_model // cfg.n_heads
        self.w_q, self.w_k, self.w_v, self.w_o = (nn.Linear(cfg.d_model, cfg.d_model) for _ in range(4))
        self.q, self.k, self.v = Tap(), Tap(), Tap()
        self.scores, self.scaled, self.masked, self.weights = Tap(), Tap(), Tap(), Tap()
        self.heads, self.concat, self.out = Tap(), Tap(), Tap()
        self.head_gate = HeadGate()  # multiplies knocked-out heads by 0 before W_O (models/nn/head_mask.py)

    def _split(self, x: torch.Tensor) -> torch.Tensor:
        """[batch, pos, d_model] → [batch, head, pos, d_head]."""
        return x.view(x.shape[0], x.shape[1], self.n_heads, self.d_head).transpose(1, 2)

    def forward(self, x_q: torch.Tensor, x_kv: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        """x_q `[batch, q_pos, d_model]`, x_kv `[batch, k_pos, d_model]`, mask broadcastable to
        `[batch, head, q_pos, k_pos]` (True = may attend) → `[batch, q_pos, d_model]`."""
        q = self.q(self._split(self.w_q(x_q)))
        k = self.k(self._split(self.w_k(x_kv)))
        v = self.v(self._split(self.w_v(x_kv)))
        if capturing():  # the intermediate score matrices, for display only
            raw = self.scores(att.dot_scores(q, k))
            scaled = self.scaled(raw / math.sqrt(self.d_head))
            self.masked(scaled.masked_fill(~mask, float("-inf")))
        heads, weights = att.scaled_dot_product(q, k, v, mask)
        self.weights(weights)
        heads = self.heads(self.head_gate(heads))
        concat = self.concat(heads.transpose(1, 2).reshape(x_q.shape[0], x_q.shape[1], -1))  # [batch, q_pos, d_model]
        return self.out(self.w_o(concat))


class AddNorm(nn.Module):
    """Residual connection plus LayerNorm, post- or pre-LN; taps the stream before and after."""

    def __init__(self, cfg: TransformerConfig):
        super().__init__()
        self.pre = cfg.norm == "pre"
        self.norm = nn.LayerNorm(cfg.d_model)
        self.before, self.sublayer, self.after = Tap(), Tap(), Tap()

    def forward(self, x: torch.Tensor, sublayer) -> torch.Tensor:
        self.before(x)
        if self.pre:
            return self.after(x + self.sublayer(sublayer(self.norm(x))))
        return self.after(self.norm(x + self.sublayer(sublayer(x))))


class FeedForward(nn.Sequential):
    def __init__(self, cfg: TransformerConfig):
        super().__init__(nn.Linear(cfg.d_model, cfg.d_ff), nn.ReLU(), nn.Linear(cfg.d_ff, cfg.d_model))


class EncoderLayer(nn.Module):
    def __init__(self, cfg: TransformerConfig):
        super().__init__()
        self.self_attn, self.ffn = MultiHeadAttention(cfg), FeedForward(cfg)
        self.add_norm1, self.add_norm2 = AddNorm(cfg), AddNorm(cfg)

    def forward(self, x: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        x = self.add_norm1(x, lambda h: self.self_attn(h, h, mask))
        return self.add_norm2(x, self.ffn)


class DecoderLayer(nn.Module):
    def __init__(self, cfg: TransformerConfig):
        super().__init__()
        self.self_attn, self.cross_attn, self.ffn = MultiHeadAttention(cfg), MultiHeadAttention(cfg), FeedForward(cfg)
        self.add_norm1, self.add_norm2, self.add_norm3 = AddNorm(cfg), AddNorm(cfg), AddNorm(cfg)

    def forward(self, y: torch.Tensor, memory: torch.Tensor, self_mask: torch.Tensor, cross_mask: torch.Tensor) -> torch.Tensor:
        y = self.add_norm1(y, lambda h: self.self_attn(h, h, self_mask))
        y = self.add_norm2(y, lambda h: self.cross_attn(h, memory, cross_mask))
        return self.add_norm3(y, self.ffn)

    def step(self, y: torch.Tensor, prefix: torch.Tensor, memory: torch.Tensor, cross_mask: torch.Tensor) -> torch.Tensor:
        """`forward` for the newest position only: y `[batch, 1, d_model]` attends to `prefix`, this
        layer's inputs so far (y included), which is all the causal mask lets it see."""
        keys = self.add_norm1.norm(prefix) if self.add_norm1.pre else prefix  # what `forward` attends to
        everything = torch.ones(1, 1, 1, prefix.shape[1], dtype=torch.bool)
        y = self.add_norm1(y, lambda h: self.self_attn(h, keys, everything))
        y = self.add_norm2(y, lambda h: self.cross_attn(h, memory, cross_mask))
        return self.add_norm3(y, self.ffn)


class Embedding(nn.Module):
    """Token embedding × √d_model plus a positional encoding; taps all three."""

    def __init__(self, vocab_size: int, cfg: TransformerConfig):
        super().__init__()
        self.scale = math.sqrt(cfg.d_model)
        self.token = nn.Embedding(vocab_size, cfg.d_model, padding_idx=0)
        # N(0, 1/d_model) so that token × √d_model has unit scale, like the ±1 positional
        # encodings; with N(0, 1) the tokens would be 8× louder and drown the positions.
        nn.init.normal_(self.token.weight, std=cfg.d_model**-0.5)
        with torch.no_grad():
            self.token.weight[0].zero_()  # the padding row
        self.kind = cfg.positions
        if cfg.positions == "learned":
            self.position = nn.Embedding(cfg.max_len, cfg.d_model)
            nn.init.normal_(self.position.weight, std=0.5)  # about the spread of the sinusoids
        else:
            self.register_buffer("table", sinusoidal_encoding(cfg.max_len, cfg.d_model), persistent=False)
        self.tokens, self.positions, self.sum = Tap(), Tap(), Tap()

    def position_table(self, length: int) -> torch.Tensor:
        """`[length, d_model]` positional encodings (zeros for the no-position ablation)."""
        if self.kind == "learned":
            return self.position.weight[:length]
        table = self.table[:length]
        return table if self.kind == "sinusoidal" else torch.zeros_like(table)

    def forward(self, ids: torch.Tensor) -> torch.Tensor:
        tokens = self.tokens(self.token(ids) * self.scale)  # [batch, pos, d_model]
        positions = self.positions(self.position_table(ids.shape[1]).unsqueeze(0).expand_as(tokens))
        return self.sum(tokens + positions)


class Transformer(nn.Module):
    def __init__(self, cfg: TransformerConfig):
        super().__init__()
        self.cfg = cfg
        self.src_embed, self.tgt_embed = Embedding(cfg.src_vocab_size, cfg), Embedding(cfg.tgt_vocab_size, cfg)
        self.encoder = nn.ModuleList(EncoderLayer(cfg) for _ in range(cfg.n_layers))
        self.decoder = nn.ModuleList(DecoderLayer(cfg) for _ in range(cfg.n_layers))
        # Pre-LN leaves the last residual stream un-normalised, so each stack ends with a LayerNorm.
        self.encoder_norm = nn.LayerNorm(cfg.d_model) if cfg.norm == "pre" else nn.Identity()
        self.decoder_norm = nn.LayerNorm(cfg.d_model) if cfg.norm == "pre" else nn.Identity()
        self.generator = nn.Linear(cfg.d_model, cfg.tgt_vocab_size)
        if cfg.tie_output:
            self.generator.weight = self.tgt_embed.token.weight  # one Parameter, two names
        self.probs = Tap()
        name_taps(self)
        name_gates(self)

    def encode(self, src: torch.Tensor, lengths: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """src `[batch, src_pos]` → (memory `[batch, src_pos, d_model]`, key mask `[batch, 1, 1, src_pos]`)."""
        src_mask = (torch.arange(src.shape[1])[None, :] < lengths[:, None])[:, None, None, :]
        x = self.src_embed(src)
        for layer in self.encoder:
            x = layer(x, src_mask)
        return self.encoder_norm(x), src_mask

    def decode(self, tgt_in: torch.Tensor, memory: torch.Tensor, src_mask: torch.Tensor) -> torch.Tensor:
        """tgt_in `[batch, tgt_pos]` → logits `[batch, tgt_pos, vocab]`; position t sees inputs ≤ t only."""
        length = tgt_in.shape[1]
        pad = (tgt_in != 0)[:, None, None, :]  # [batch, 1, 1, tgt_pos]
        self_mask = att.causal_mask(length)[None, None] & pad
        y = self.tgt_embed(tgt_in)
        for layer in self.decoder:
            y = layer(y, memory, self_mask, src_mask)
        logits = self.generator(self.decoder_norm(y))
        if not self.training:
            self.probs(torch.softmax(logits, dim=-1))
        return logits

    def forward(self, src: torch.Tensor, lengths: torch.Tensor, tgt_in: torch.Tensor) -> torch.Tensor:
        memory, src_mask = self.encode(src, lengths)
        return self.decode(tgt_in, memory, src_mask)

    def cross_attention(self, store: dict[str, list[torch.Tensor]]) -> torch.Tensor:
        """Output × source weights `[tgt_pos, src_pos]` of the first sentence of a captured pass:
        the last layer's cross-attention, averaged over its heads."""
        return store[site_name("cross", self.cfg.n_layers - 1, "weights")][0][0].mean(0)

    @torch.no_grad()
    def greedy(self, src: torch.Tensor, lengths: torch.Tensor, bos: int, eos: int, max_len: int) -> list[list[int]]:
        """Greedy decoding for a batch. A step runs only the newest position through the decoder: with
        a causal mask the earlier positions never change, so each layer keeps its inputs so far and
        the new position attends to them (the same arithmetic as `decode` on the whole prefix, in
        1/length of the work)."""
        memory, src_mask = self.encode(src, lengths)
        ys = torch.full((src.shape[0], 1), bos, dtype=torch.long)
        done = torch.zeros(src.shape[0], dtype=torch.bool)
        inputs: list[torch.Tensor | None] = [None] * len(self.decoder)  # per layer: its inputs so far
        for _ in range(max_len):
            y = self.tgt_embed(ys)[:, -1:]  # the newest token with its position
            for i, layer in enumerate(self.decoder):
                inputs[i] = y if inputs[i] is None else torch.cat([inputs[i], y], dim=1)
                y = layer.step(y, inputs[i], memory, src_mask)
            next_ids = self.generator(self.decoder_norm(y))[:, -1].argmax(-1)
            ys = torch.cat([ys, next_ids[:, None]], dim=1)
            done |= next_ids == eos
            if bool(done.all()):
                break
        outputs = []
        for row in ys[:, 1:].tolist():
            outputs.append(row[: row.index(eos) + 1] if eos in row else row)
        return outputs
