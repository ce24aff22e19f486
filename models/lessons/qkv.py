"""The Q·K·V lab's arithmetic: attention on tiny hand-made matrices, every step kept.

Pure numpy in, numpy out, so the page can show each matrix; the softmax itself is
`models.nn.attention.masked_softmax`, the same function the models use.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import torch

from models.nn.attention import masked_softmax

PRESETS = ("match", "previous", "uniform", "random")


def preset_qkv(name: str, n: int, d: int, seed: int = 0) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Small Q, K, V (`[n, d]` each) that show one behaviour.

    - match: each query equals its own key, so every token attends to itself.
    - previous: each query equals the key of the token before it (a "previous-token head").
    - uniform: all keys equal, so every query spreads its attention evenly.
    - random: standard normal entries from `seed`.
    """
    if name not in PRESETS:
        raise ValueError(f"unknown preset {name!r}; expected one of {PRESETS}")
    rng = np.random.default_rng(seed)
    v = np.round(rng.normal(size=(n, d)), 1)
    if name == "random":
        return np.round(rng.normal(size=(n, d)), 1), np.round(rng.normal(size=(n, d)), 1), v
    basis = np.zeros((n, d))
    for i in range(n):  # distinct directions: ±2 on one axis each (d may be smaller than n)
        basis[i, i % d] = 2.0 * (1 if (i // d) % 2 == 0 else -1)
    if name == "match":
        return basis.copy(), basis.copy(), v
    if name == "previous":
        return np.roll(basis, 1, axis=0), basis.copy(), v
    return np.round(rng.normal(size=(n, d)), 1), np.ones((n, d)), v


def build_mask(kind: str, n: int, pads: int = 0, window: int | None = None, custom: np.ndarray | None = None) -> np.ndarray:
    """Boolean `[n, n]` mask, True = may attend: none, causal, padding (last `pads` keys) or custom,
    intersected with a local window |i − j| ≤ `window` when one is given."""
    if kind == "none":
        mask = np.ones((n, n), dtype=bool)
    elif kind == "causal":
        mask = np.tril(np.ones((n, n), dtype=bool))
    elif kind == "padding":
        mask = np.ones((n, n), dtype=bool)
        if pads:
            mask[:, n - pads :] = False
    elif kind == "custom":
        if custom is None or custom.shape != (n, n):
            raise ValueError(f"a custom mask must be {n} × {n}")
        mask = custom.astype(bool)
    else:
        raise ValueError(f"unknown mask kind {kind!r}")
    if window is not None:
        i, j = np.indices((n, n))
        mask = mask & (np.abs(i - j) <= window)
    return mask


@dataclass(frozen=True)
class AttentionSteps:
    """Every matrix of scaled dot-product attention on small hand-made Q, K, V (float64)."""

    scores: np.ndarray  # [n_q, n_k]: Q Kᵀ
    scaled: np.ndarray  # ÷ √d_k (or the scores again when scaling is off)
    masked: np.ndarray  # −∞ where masked
    weights: np.ndarray  # softmax (or hard argmax) per row
    output: np.ndarray  # [n_q, d_v]: weights @ V
    entropy: np.ndarray  # [n_q]: of each row, in bits (0 for a one-hot row)


def attention_steps(
    q: np.ndarray,
    k: np.ndarray,
    v: np.ndarray,
    mask: np.ndarray | None = None,
    *,
    scale: bool = True,
    temperature: float = 1.0,
    hard: bool = False,
) -> AttentionSteps:
    """QKᵀ → ÷√d_k → mask → softmax (with temperature; or hard argmax) → ×V, and row entropies."""
    q, k, v = (np.asarray(x, dtype=np.float64) for x in (q, k, v))
    if q.ndim != 2 or k.ndim != 2 or v.ndim != 2 or q.shape[1] != k.shape[1] or k.shape[0] != v.shape[0]:
        raise ValueError(f"incompatible shapes q {q.shape}, k {k.shape}, v {v.shape}")
    scores = q @ k.T
    scaled = scores / np.sqrt(q.shape[1]) if scale else scores.copy()
    mask = np.ones_like(scores, dtype=bool) if mask is None else np.asarray(mask, dtype=bool)
    masked = np.where(mask, scaled, -np.inf)
    weights = masked_softmax(torch.from_numpy(scaled), torch.from_numpy(mask), temperature=temperature).numpy()
    if hard:  # argmax attention: all weight on the best allowed key (ties: the first)
        best = np.where(mask.any(axis=1), np.argmax(masked, axis=1), -1)
        weights = np.zeros_like(weights)
        rows = np.nonzero(best >= 0)[0]
        weights[rows, best[rows]] = 1.0
    with np.errstate(divide="ignore", invalid="ignore"):
        entropy = -np.nansum(np.where(weights > 0, weights * np.log2(weights), 0.0), axis=1)
    return AttentionSteps(scores, scaled, masked, weights, weights @ v, entropy + 0.0)  # + 0.0 turns −0.0 into 0.0


@dataclass(frozen=True)
class ScalingExperiment:
    """Measured for each d_k in `dims`: the variance of q·k and the mean largest softmax weight,
    without (`raw`) and with (`scaled`) the ÷√d_k."""

    dims: np.ndarray
    var_raw: np.ndarray
    var_scaled: np.ndarray
    max_weight_raw: np.ndarray
    max_weight_scaled: np.ndarray


def scaling_experiment(
    dims: tuple[int, ...] = (2, 4, 8, 16, 32, 64, 128, 256, 512), n_keys: int = 16, trials: int = 2000, seed: int = 0
) -> ScalingExperiment:
    """Why ÷√d_k: with q, k ~ N(0, 1) the variance of q·k grows like d_k and softmax saturates.

    Measured (not derived) for each d_k: the variance of q·k, the variance after ÷√d_k, and the
    mean largest softmax weight over `n_keys` random keys with and without scaling.
    """
    rng = np.random.default_rng(seed)
    out = {name: [] for name in ("var_raw", "var_scaled", "max_weight_raw", "max_weight_scaled")}
    for d in dims:
        q = rng.normal(size=(trials, 1, d))
        k = rng.normal(size=(trials, n_keys, d))
        scores = (q * k).sum(-1)  # [trials, n_keys]
        for suffix, s in (("raw", scores), ("scaled", scores / np.sqrt(d))):
            out[f"var_{suffix}"].append(float(s.var()))
            w = np.exp(s - s.max(axis=1, keepdims=True))
            out[f"max_weight_{suffix}"].append(float((w / w.sum(axis=1, keepdims=True)).max(axis=1).mean()))
    return ScalingExperiment(np.array(dims), **{k: np.array(v) for k, v in out.items()})
