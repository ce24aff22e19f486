"""The sinusoidal positional encoding of Vaswani et al. (2017), as the Transformer uses it.

Dimensions (2i, 2i+1) hold (sin(pos·ω_i), cos(pos·ω_i)) with ω_i = 10000^(−2i/d_model).
The properties the positional-encoding page shows are in `models.lessons.positions`.
"""

from __future__ import annotations

import numpy as np
import torch


def frequencies(d_model: int) -> np.ndarray:
    """ω_i = 10000^(−2i/d_model) for i = 0 … d_model/2 − 1."""
    return 10000.0 ** (-np.arange(0, d_model, 2) / d_model)


def sinusoidal(length: int, d_model: int) -> np.ndarray:
    """`[length, d_model]` float64: PE(pos, 2i) = sin(pos·ω_i), PE(pos, 2i+1) = cos(pos·ω_i)."""
    angles = np.arange(length)[:, None] * frequencies(d_model)[None, :]  # [pos, d_model / 2]
    table = np.zeros((length, d_model))
    table[:, 0::2] = np.sin(angles)
    table[:, 1::2] = np.cos(angles[:, : d_model // 2])
    return table


def sinusoidal_encoding(length: int, d_model: int) -> torch.Tensor:
    """The same table as a float32 tensor, for the models."""
    return torch.from_numpy(sinusoidal(length, d_model)).float()
