"""The properties of positional encodings that the positional-encoding page shows.

The sinusoidal encoding of Vaswani et al. (2017) pairs dimensions (2i, 2i+1) as
(sin(pos·ω_i), cos(pos·ω_i)) with frequencies ω_i = 10000^(−2i/d_model). Moving k positions
rotates every pair by the angle k·ω_i, whatever pos is: PE(pos + k) = R(k) PE(pos). That is
why relative offsets are easy for attention to read.
"""

from __future__ import annotations

import numpy as np

from models.nn.positional import frequencies, sinusoidal

__all__ = ["frequencies", "sinusoidal", "wavelengths", "rotation", "offset_residual", "similarity"]


def wavelengths(d_model: int) -> np.ndarray:
    """2π / ω_i: how many positions one full sine cycle of pair i takes."""
    return 2 * np.pi / frequencies(d_model)


def rotation(k: int, omega: float) -> np.ndarray:
    """The 2 × 2 matrix R with [sin((p+k)ω), cos((p+k)ω)] = R · [sin(pω), cos(pω)] for every p."""
    c, s = np.cos(k * omega), np.sin(k * omega)
    return np.array([[c, s], [-s, c]])


def offset_residual(length: int, d_model: int, k: int) -> float:
    """max |PE(pos + k) − R(k) PE(pos)| over every position and frequency pair (≈ 1e-15)."""
    table = sinusoidal(length + k, d_model)
    worst = 0.0
    for i, omega in enumerate(frequencies(d_model)):
        pairs = table[:, 2 * i : 2 * i + 2]  # [pos, 2]
        predicted = pairs[:length] @ rotation(k, omega).T
        worst = max(worst, float(np.abs(pairs[k : k + length] - predicted).max()))
    return worst


def similarity(table: np.ndarray, kind: str = "cosine") -> np.ndarray:
    """Position × position similarity of the rows of `table` `[pos, d]`: dot product or cosine."""
    table = np.asarray(table, dtype=np.float64)
    dots = table @ table.T
    if kind == "dot":
        return dots
    if kind != "cosine":
        raise ValueError(f"kind must be 'dot' or 'cosine', got {kind!r}")
    norms = np.linalg.norm(table, axis=1)
    return dots / np.maximum(norms[:, None] * norms[None, :], 1e-12)
