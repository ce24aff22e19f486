"""Ablation: without positional encodings, self-attention cannot tell word order.

Shuffle a sentence and run the encoder on both orders. Without positions every layer is
permutation-equivariant, so the shuffled sentence's attention matrix is the original one with
rows and columns permuted, exactly (up to float rounding). With positions it is not.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import torch

from models.inference.results import ENCODER_SELF
from models.nn.capture import capture
from models.nn.transformer import Transformer, site_name


def encoder_attention(model: Transformer, ids: list[int], use_positions: bool) -> np.ndarray:
    """Encoder self-attention `[layer, head, pos, pos]` of one sentence, positional encodings on or off.

    Runs the shared model's own layers on a hand-built embedding; the model is not changed.
    """
    src = torch.tensor([ids])
    mask = torch.ones(1, 1, 1, len(ids), dtype=torch.bool)
    embed = model.src_embed
    with capture() as store, torch.inference_mode():
        x = embed.token(src) * embed.scale
        if use_positions:
            x = x + embed.position_table(len(ids))[None]
        for layer in model.encoder:
            x = layer(x, mask)
    return np.stack([store[site_name(ENCODER_SELF, i, "weights")][0][0].numpy() for i in range(len(model.encoder))])


def shuffled_order(n_words: int, seed: int) -> np.ndarray:
    """A permutation of the words that moves at least one (when there are two or more); </s> stays last."""
    rng = np.random.default_rng(seed)
    perm = np.arange(n_words)
    for _ in range(20):
        perm = rng.permutation(n_words)
        if n_words < 2 or (perm != np.arange(n_words)).any():
            break
    return np.append(perm, n_words)


@dataclass(frozen=True)
class PermutationCheck:
    """Encoder self-attention `[layer, head, pos, pos]` of a sentence and of its shuffle."""

    original: np.ndarray
    shuffled: np.ndarray
    restored: np.ndarray  # the shuffled sentence's attention, rows and columns put back in the original order
    difference: np.ndarray  # restored − original
    max_difference: float  # 0 up to float rounding without positional encodings


def permutation_check(model: Transformer, ids: list[int], perm: np.ndarray, use_positions: bool) -> PermutationCheck:
    """Attention of the original order, of the shuffled order put back in the original order, and
    their difference (0 up to rounding when `use_positions` is False)."""
    original = encoder_attention(model, ids, use_positions)
    shuffled = encoder_attention(model, [ids[p] for p in perm], use_positions)
    back = np.argsort(perm)  # position of each original token in the shuffled sentence
    restored = shuffled[:, :, back][:, :, :, back]
    return PermutationCheck(original, shuffled, restored, restored - original, float(np.abs(restored - original).max()))
