"""Positional encodings."""

from __future__ import annotations

import torch


def sinusoidal_encoding(length: int, d_model: int) -> torch.Tensor:
    """`[length, d_model]`: PE(pos, 2i) = sin(pos / 10000^(2i/d)), PE(pos, 2i+1) = cos(pos / 10000^(2i/d))."""
    position = torch.arange(length, dtype=torch.float64)[:, None]  # [pos, 1]
    rates = 10000 ** (-torch.arange(0, d_model, 2, dtype=torch.float64) / d_model)  # [d_model / 2]
    table = torch.zeros(length, d_model, dtype=torch.float64)
    table[:, 0::2] = torch.sin(position * rates)
    table[:, 1::2] = torch.cos(position * rates[: d_model // 2])
    return table.float()
