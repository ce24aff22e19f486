"""LayerNorm and BatchNorm written out, with the statistics each one uses.

Both normalise x to (x − mean) / √(var + eps); they differ in *which* numbers share a mean:
LayerNorm averages over the features of one token (so each token is normalised on its own),
BatchNorm averages one feature over every token of every sentence in the batch.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

EPS = 1e-5


@dataclass(frozen=True)
class Normalised:
    """A norm's output and the statistics it used."""

    output: np.ndarray  # x normalised, the shape of x
    mean: np.ndarray  # LayerNorm: [batch, pos] (one per token); BatchNorm: [d_model] (one per feature)
    std: np.ndarray  # √(var + eps), the shape of `mean`


def layer_norm(x: np.ndarray, eps: float = EPS) -> Normalised:
    """x `[batch, pos, d_model]` → normalised x and the per-token mean and std `[batch, pos]`."""
    x = np.asarray(x, dtype=np.float64)
    mean = x.mean(axis=-1)
    var = x.var(axis=-1)
    out = (x - mean[..., None]) / np.sqrt(var[..., None] + eps)
    return Normalised(out, mean, np.sqrt(var + eps))


def batch_norm(x: np.ndarray, eps: float = EPS) -> Normalised:
    """x `[batch, pos, d_model]` → normalised x and the per-feature mean and std `[d_model]`
    over all batch × pos tokens (training-mode statistics, no running averages)."""
    x = np.asarray(x, dtype=np.float64)
    mean = x.mean(axis=(0, 1))
    var = x.var(axis=(0, 1))
    out = (x - mean) / np.sqrt(var + eps)
    return Normalised(out, mean, np.sqrt(var + eps))


def demo_batch(seed: int = 0, batch: int = 2, pos: int = 3, d_model: int = 4) -> np.ndarray:
    """A small batch whose features have very different scales, so the two norms visibly differ."""
    rng = np.random.default_rng(seed)
    scales = np.array([1.0, 5.0, 0.5, 2.0, 1.0, 3.0][:d_model])
    offsets = np.array([0.0, 10.0, -2.0, 1.0, 0.0, -4.0][:d_model])
    return np.round(rng.normal(size=(batch, pos, d_model)) * scales + offsets, 2)


def token_norms(x: np.ndarray) -> np.ndarray:
    """L2 norm of each token's vector: `[pos, d_model]` → `[pos]`."""
    return np.linalg.norm(np.asarray(x, dtype=np.float64), axis=-1)
