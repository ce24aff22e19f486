"""Multi-head attention, assembled: h head outputs → one concatenation → W_O → one d_model vector.

For one query position of one layer, each head's output `[d_head]` is laid side by side into
`[h · d_head] = [d_model]`, multiplied by the output projection W_O and shifted by its bias: the
layer's attention output at that position, exactly what the model computed (`max_error`).
Column block h of W_O only ever meets head h, so the product is also the sum of each head's own
contribution, head_h @ W_O[:, block h]ᵀ, plus the bias.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from models.inference.minilm import MiniLMRunner
from models.inference.results import EncoderResult, TransformerResult
from models.inference.transformer import TransformerRunner
from models.nn import bert, transformer


@dataclass(frozen=True)
class Assembly:
    """The step from h heads to one d_model vector, at one query position."""

    heads: np.ndarray  # [head, d_head]: each head's output
    concat: np.ndarray  # [d_model]: the heads side by side
    w_o: np.ndarray  # [d_model, d_model]: W_O as nn.Linear stores it (out × in), so output = concat @ W_Oᵀ + b
    bias: np.ndarray  # [d_model]
    contributions: np.ndarray  # [head, d_model]: head h through its block of W_O; they sum to product − bias
    product: np.ndarray  # [d_model]: concat @ W_Oᵀ + b
    captured: np.ndarray  # [d_model]: the attention output the model computed at this position

    @property
    def max_error(self) -> float:
        """Largest |product − captured|: float rounding only."""
        return float(np.abs(self.product - self.captured).max())


def assemble(heads: np.ndarray, w_o: np.ndarray, bias: np.ndarray, captured: np.ndarray) -> Assembly:
    """Assemble one position's heads `[head, d_head]` through W_O `[d_model, d_model]` and bias."""
    heads = np.asarray(heads, np.float32)
    n_heads, d_head = heads.shape
    if w_o.shape != (n_heads * d_head, n_heads * d_head):
        raise ValueError(f"W_O is {w_o.shape}, expected {(n_heads * d_head,) * 2} for {n_heads} heads × {d_head}")
    concat = heads.reshape(-1)  # head 0's d_head numbers, then head 1's, …
    blocks = w_o.reshape(w_o.shape[0], n_heads, d_head)  # [d_model, head, d_head]
    contributions = np.einsum("hd,ohd->ho", heads, blocks)
    return Assembly(heads, concat, w_o, bias, contributions, concat @ w_o.T + bias, np.asarray(captured))


def _weights(linear) -> tuple[np.ndarray, np.ndarray]:
    return linear.weight.detach().numpy().copy(), linear.bias.detach().numpy().copy()


def transformer_assembly(runner: TransformerRunner, result: TransformerResult, kind: str, layer: int, query: int) -> Assembly:
    """Attention `kind` in `layer` of a Transformer run, at query position `query` (0-based)."""
    w_o, bias = _weights(transformer.attention_block(runner.model, kind, layer).w_o)
    captured = result.trace[transformer.site_name(kind, layer, "out")][query]
    return assemble(result.site(kind, layer).heads[:, query], w_o, bias, captured)


def bert_assembly(runner: MiniLMRunner, result: EncoderResult, layer: int, query: int) -> Assembly:
    """MiniLM's self-attention in `layer` at token `query`, up to W_O (before its Add & Norm)."""
    w_o, bias = _weights(bert.output_projection(runner.model, layer))
    captured = result.trace[bert.attention_output_name(layer)][query]
    return assemble(result.site(layer).heads[:, query], w_o, bias, captured)
