"""Head knock-out: "what if this head were not there?", asked without changing the model.

A `HeadGate` sits in every multi-head block between the heads and their concatenation, so a
knocked-out head contributes nothing to W_O's input (its attention weights are still computed
and recorded; only its output is multiplied by 0). Inside `with knock_out(masks):` each gate
named in `masks` multiplies head h's output by `masks[name][h]` (1 keeps it, 0 removes it);
outside such a block, or for a gate not named, it returns its input untouched, so a normal run
is exactly what it was. The masks live in a `ContextVar`, like the capture store, so one model
shared by many sessions can be knocked out in one of them without touching the others.

A mask is `[head]` (the same for the whole batch) or `[batch, head]` (one knock-out per
sentence of the batch: all single-head knock-outs of a layer in one forward pass).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

import torch
from torch import nn

_MASKS: ContextVar[dict[str, torch.Tensor] | None] = ContextVar("attention_lab_head_masks", default=None)


class HeadGate(nn.Module):
    """Identity on `[batch, head, q_pos, d_head]` unless a `knock_out()` block names this gate."""

    def __init__(self) -> None:
        super().__init__()
        self.name = ""

    def forward(self, heads: torch.Tensor) -> torch.Tensor:
        masks = _MASKS.get()
        if not masks or self.name not in masks:
            return heads
        keep = masks[self.name].to(heads.dtype)
        batch = keep.shape[0] if keep.dim() == 2 else 1
        return heads * keep.reshape(batch, heads.shape[1], 1, 1)  # broadcast over positions and d_head


def name_gates(model: nn.Module) -> None:
    """Give every gate its dotted path in `model`, e.g. `encoder.0.self_attn.head_gate`."""
    for name, module in model.named_modules():
        if isinstance(module, HeadGate):
            module.name = name


@contextmanager
def knock_out(masks: dict[str, torch.Tensor]) -> Iterator[None]:
    """Multiply the heads of the named gates by their masks inside the block (see module doc)."""
    token = _MASKS.set(dict(masks))
    try:
        yield
    finally:
        _MASKS.reset(token)
