"""Named capture points ("taps") recorded into a per-call store.

A `Tap` is an identity module. Inside `with capture() as store:` every tap appends a detached
copy of what flows through it to `store[tap.name]`; outside such a block it does nothing.
The store lives in a `ContextVar`, not on the model, so one model shared by many Streamlit
sessions (threads) can be traced by all of them at once without mixing their traces; forward
hooks on a shared model would fire for every session. Names are the taps' places in the
module tree (`decoder.attention.weights`), set by `name_taps`. A decoding loop passes a tap
once per step, so a name holds one entry per step; the caller stacks them.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

import torch
from torch import nn

_STORE: ContextVar[dict[str, list[torch.Tensor]] | None] = ContextVar("attention_lab_capture", default=None)


class Tap(nn.Module):
    """Identity that records its input while a `capture()` block is active."""

    def __init__(self) -> None:
        super().__init__()
        self.name = ""

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        store = _STORE.get()
        if store is not None:
            store.setdefault(self.name, []).append(x.detach().clone())
        return x


def name_taps(model: nn.Module) -> None:
    """Give every tap its dotted path in `model`, e.g. `encoder.states`."""
    for name, module in model.named_modules():
        if isinstance(module, Tap):
            module.name = name


@contextmanager
def capture() -> Iterator[dict[str, list[torch.Tensor]]]:
    """Record every tap passed inside the block into the yielded dict."""
    store: dict[str, list[torch.Tensor]] = {}
    token = _STORE.set(store)
    try:
        yield store
    finally:
        _STORE.reset(token)


def capturing() -> bool:
    """True inside a `capture()` block: lets a model skip work only a trace needs."""
    return _STORE.get() is not None
