"""Attention written out by hand, as small pure functions that return `(output, weights)`.

Score functions (query `[..., q_pos, d]`, keys `[..., k_pos, d]` → scores `[..., q_pos, k_pos]`):
- `dot_scores`:      q · k                       (Luong "dot")
- `general_scores`:  q · (W k)                   (Luong "general")
- `additive_scores`: vᵀ tanh(W_q q + W_k k)      (Bahdanau "additive"/"concat")
- `scaled_dot_product`: q · k / √d, the Transformer's attention.

Masks are boolean and broadcast to the scores' shape; **True means "may attend"**. A masked
entry gets a weight of exactly 0. A row whose keys are *all* masked has no distribution to
normalise; we define its weights as all zeros (so its output is the zero vector) instead of
the NaN that `softmax` of all `-inf` would give.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import torch


def masked_softmax(scores: torch.Tensor, mask: torch.Tensor | None = None, temperature: float = 1.0) -> torch.Tensor:
    """Softmax over the last axis that is stable for huge scores and exact-zero under a mask.

    Args:
        scores: `[..., q_pos, k_pos]` raw scores.
        mask: boolean, broadcastable to `scores`; True = may attend.
        temperature: divides the scores first; < 1 sharpens, > 1 flattens.
    Returns:
        weights of `scores`' shape; each row sums to 1, or is all 0 if fully masked.
    """
    if temperature <= 0:
        raise ValueError(f"temperature must be > 0, got {temperature}")
    scores = scores / temperature
    if mask is not None:
        scores = scores.masked_fill(~mask, float("-inf"))
    # Subtracting the row maximum keeps exp() ≤ 1, so scores of ±1e4 cannot overflow.
    row_max = scores.amax(dim=-1, keepdim=True)
    row_max = torch.where(torch.isfinite(row_max), row_max, torch.zeros_like(row_max))
    exps = torch.exp(scores - row_max)  # exp(-inf) is exactly 0 for masked entries
    total = exps.sum(dim=-1, keepdim=True)
    return exps / torch.where(total > 0, total, torch.ones_like(total))


def attend(scores: torch.Tensor, values: torch.Tensor, mask: torch.Tensor | None = None) -> tuple[torch.Tensor, torch.Tensor]:
    """Normalise scores into weights and take the weighted sum of values.

    Args:
        scores: `[..., q_pos, k_pos]`; values: `[..., k_pos, d_v]`; mask as in `masked_softmax`.
    Returns:
        (output `[..., q_pos, d_v]`, weights `[..., q_pos, k_pos]`).
    """
    weights = masked_softmax(scores, mask)
    return weights @ values, weights


def dot_scores(query: torch.Tensor, keys: torch.Tensor) -> torch.Tensor:
    """q · k for every (query, key) pair: `[..., q_pos, d] x [..., k_pos, d] → [..., q_pos, k_pos]`."""
    return query @ keys.transpose(-2, -1)


def general_scores(query: torch.Tensor, keys: torch.Tensor, weight: torch.Tensor) -> torch.Tensor:
    """q · (W k) with `weight` `[d_q, d_k]` (Luong's bilinear "general" score)."""
    return query @ (keys @ weight.T).transpose(-2, -1)


def additive_scores(
    query: torch.Tensor, keys: torch.Tensor, w_query: torch.Tensor, w_key: torch.Tensor, v: torch.Tensor
) -> torch.Tensor:
    """vᵀ tanh(W_q q + W_k k): a one-hidden-layer network scores each pair (Bahdanau).

    `w_query` `[d_att, d_q]`, `w_key` `[d_att, d_k]`, `v` `[d_att]`.
    """
    q = (query @ w_query.T).unsqueeze(-2)  # [..., q_pos, 1, d_att]
    k = (keys @ w_key.T).unsqueeze(-3)  # [..., 1, k_pos, d_att]
    return torch.tanh(q + k) @ v  # [..., q_pos, k_pos]


def scaled_dot_product(
    q: torch.Tensor, k: torch.Tensor, v: torch.Tensor, mask: torch.Tensor | None = None
) -> tuple[torch.Tensor, torch.Tensor]:
    """softmax(q kᵀ / √d) v, the Transformer's attention.

    Args:
        q: `[..., q_pos, d]`; k: `[..., k_pos, d]`; v: `[..., k_pos, d_v]`.
        mask: boolean `[..., q_pos, k_pos]` (broadcastable); True = may attend.
    Returns:
        (output `[..., q_pos, d_v]`, weights `[..., q_pos, k_pos]`).
    """
    # Dividing by √d keeps the scores' variance near 1 whatever d is, so softmax does not saturate.
    scores = dot_scores(q, k) / math.sqrt(q.shape[-1])
    return attend(scores, v, mask)


def causal_mask(length: int) -> torch.Tensor:
    """`[length, length]` boolean: position i may attend to positions ≤ i."""
    return torch.ones(length, length, dtype=torch.bool).tril()


@dataclass(frozen=True)
class SoftmaxParts:
    """Every intermediate of a stable softmax over one row of scores, for display."""

    scaled: np.ndarray  # the scores ÷ temperature
    shift: float  # their maximum m, subtracted before exp
    exps: np.ndarray  # exp(scaled − m) ≤ 1
    normaliser: float  # Σ exps
    weights: np.ndarray  # exps / normaliser; sums to 1


def softmax_breakdown(scores: np.ndarray, temperature: float = 1.0) -> SoftmaxParts:
    """Every intermediate of a stable softmax over a 1-D score vector, exact in float64 even for
    scores in the thousands. −inf scores (masked keys) get exp = 0."""
    scores = np.asarray(scores, dtype=np.float64)
    if scores.ndim != 1 or scores.size == 0:
        raise ValueError(f"scores must be a non-empty 1-D array, got shape {scores.shape}")
    if temperature <= 0:
        raise ValueError(f"temperature must be > 0, got {temperature}")
    scaled = scores / temperature
    shift = float(scaled.max())
    exps = np.exp(scaled - shift)
    total = float(exps.sum())
    return SoftmaxParts(scaled=scaled, shift=shift, exps=exps, normaliser=total, weights=exps / total)
