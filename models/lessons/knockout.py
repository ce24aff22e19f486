"""Head knock-out: run the model again with some heads removed and measure what changed.

A knocked-out head's output is multiplied by 0 before W_O (`models.nn.head_mask`), so the layer's
attention output is what the other heads say alone. Two models, two effects:

- the translation Transformer: its new greedy translation, and, re-reading the *original* output
  with the heads removed, the probability each original token keeps and how every later
  attention map moved;
- MiniLM: the cosine between the sentence embedding with and without the heads, and how every
  later attention map moved.

`rank_*` knocks out one head at a time (all of them in one batched forward pass: row b of the
batch has head b removed) and sorts the heads by their effect on this sentence.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from contextlib import nullcontext
from dataclasses import dataclass

import numpy as np
import torch

from models.inference.minilm import MiniLMRunner
from models.inference.results import ATTENTION_KINDS, ENCODER_SELF, EncoderResult, TransformerResult
from models.inference.transformer import TransformerRunner
from models.nn import bert, transformer
from models.nn.capture import capture
from models.nn.head_mask import knock_out
from models.nn.vocab import batch_tensor

Head = tuple[str, int, int]  # (attention kind, layer, head), 0-based; MiniLM's only kind is "encoder.self"
Gate = Callable[[str, int], str]  # (kind, layer) → the name of that block's head gate


def attention_change(before: np.ndarray, after: np.ndarray) -> np.ndarray:
    """Total-variation distance ½ Σ_k |a − b| between matching rows, averaged over the rows:
    `[..., q_pos, k_pos]` twice → `[...]`, 0 (same) to 1 (no overlap)."""
    return 0.5 * np.abs(np.asarray(after, np.float64) - before).sum(-1).mean(-1)


def head_masks(gate: Gate, n_heads: int, off: Iterable[Head]) -> dict[str, torch.Tensor]:
    """`knock_out` masks `[head]` that remove the heads in `off` (1 = keep, 0 = knocked out)."""
    masks: dict[str, torch.Tensor] = {}
    for kind, layer, head in off:
        masks.setdefault(gate(kind, layer), torch.ones(n_heads))[head] = 0.0
    return masks


def one_at_a_time(gate: Gate, sites: list[tuple[str, int]], n_heads: int) -> tuple[list[Head], dict[str, torch.Tensor]]:
    """Every head of `sites`, and masks `[1 + heads, head]` for a batch whose row 0 is the normal
    run and row b + 1 has head b (only) removed."""
    heads = [(kind, layer, h) for kind, layer in sites for h in range(n_heads)]
    masks = {gate(kind, layer): torch.ones(1 + len(heads), n_heads) for kind, layer in sites}
    for row, (kind, layer, h) in enumerate(heads, start=1):
        masks[gate(kind, layer)][row, h] = 0.0
    return heads, masks


def ranked(heads: list[Head], effects: np.ndarray) -> list[tuple[Head, float]]:
    """(head, effect) pairs, largest effect first (ties keep the model's order)."""
    order = np.argsort(-np.asarray(effects), kind="stable")
    return [(heads[i], float(effects[i])) for i in order]


# The translation Transformer ---------------------------------------------------------------


def _transformer_gate(kind: str, layer: int) -> str:
    return transformer.gate_name(kind, layer)


def transformer_sites(runner: TransformerRunner) -> list[tuple[str, int]]:
    """Every multi-head block, in the order data flows: (kind, layer)."""
    return [(kind, layer) for kind in ATTENTION_KINDS for layer in range(runner.layers)]


def _forced(runner: TransformerRunner, text: str, output: list[str], masks: dict, rows: int, trace: bool):
    """Re-read `output` (the normal run's tokens) teacher-forced, `rows` copies at once, heads
    gated by `masks`: (probability of each output token `[rows, tgt_pos]`, capture store or None)."""
    tokens, _ = runner.tokenize(text)
    src, lengths = batch_tensor([runner.source_ids(tokens)] * rows)
    ids = runner.tgt_vocab.encode(output)
    tgt_in = torch.tensor([[runner.tgt_vocab.bos_id] + ids[:-1]] * rows)  # [rows, tgt_pos]
    with knock_out(masks), capture() if trace else nullcontext() as store, torch.inference_mode():
        logits = runner.model(src, lengths, tgt_in)  # [rows, tgt_pos, vocab]
    probs = torch.softmax(logits.float(), dim=-1).gather(-1, torch.tensor([ids] * rows)[..., None])[..., 0]
    return probs.numpy(), store


@dataclass(frozen=True)
class TranslationKnockout:
    """The Transformer with heads removed, beside its normal run on the same sentence."""

    off: tuple[Head, ...]
    result: TransformerResult  # the knocked-out model's own greedy translation, traced
    p_before: np.ndarray  # [tgt_pos]: probability the normal model gave each token of its output
    p_after: np.ndarray  # [tgt_pos]: the probability of the same tokens with the heads removed
    attention: dict[str, np.ndarray]  # kind → [layer, head, q, k]: the normal output re-read with the heads removed
    change: dict[str, np.ndarray]  # kind → [layer, head]: mean row distance from the normal attention


def translation_knockout(
    runner: TransformerRunner, text: str, normal: TransformerResult, off: Iterable[Head]
) -> TranslationKnockout:
    """Translate `text` again with the heads in `off` removed, and re-read the normal output
    (`normal = runner.run(text)`) with them removed: token probabilities and attention."""
    off = tuple(sorted(set(off)))
    masks = head_masks(_transformer_gate, runner.heads, off)
    with knock_out(masks):
        result = runner.run(text)
    batched = {name: torch.stack([torch.ones_like(m), m]) for name, m in masks.items()}  # row 0: normal
    probs, store = _forced(runner, text, normal.tgt_tokens, batched, rows=2, trace=True)
    attention = {
        kind: np.stack([store[transformer.site_name(kind, i, "weights")][0][1].numpy() for i in range(runner.layers)])
        for kind in ATTENTION_KINDS
    }
    change = {kind: attention_change(normal.attention[kind], attention[kind]) for kind in ATTENTION_KINDS}
    return TranslationKnockout(off, result, probs[0], probs[1], attention, change)


def rank_translation_heads(runner: TransformerRunner, text: str, normal: TransformerResult) -> list[tuple[Head, float]]:
    """Every head knocked out alone, sorted by the mean drop in probability of the normal output's
    tokens (teacher-forced: the same tokens, so the drops are comparable)."""
    heads, masks = one_at_a_time(_transformer_gate, transformer_sites(runner), runner.heads)
    probs, _ = _forced(runner, text, normal.tgt_tokens, masks, rows=1 + len(heads), trace=False)
    return ranked(heads, (probs[0] - probs[1:]).mean(-1))


# MiniLM ------------------------------------------------------------------------------------


def _bert_gate(kind: str, layer: int) -> str:
    return bert.gate_name(layer)


def cosine(a: np.ndarray, b: np.ndarray) -> float:
    a, b = np.asarray(a, np.float64), np.asarray(b, np.float64)
    return float(a @ b / (np.linalg.norm(a) * np.linalg.norm(b) or 1.0))


@dataclass(frozen=True)
class EmbeddingKnockout:
    """MiniLM with heads removed, beside its normal run on the same sentence."""

    off: tuple[Head, ...]
    result: EncoderResult  # the run with the heads removed
    cosine: float  # between the sentence embeddings with and without the heads (1 = unchanged)
    change: np.ndarray  # [layer, head]: mean row distance of each head's attention from the normal run


def embedding_knockout(
    runner: MiniLMRunner, text: str, normal: EncoderResult, off: Iterable[Head], pair: str | None = None
) -> EmbeddingKnockout:
    """Run MiniLM on `text` (and `pair`) with the heads in `off` removed; compare with `normal`."""
    off = tuple(sorted(set(off)))
    with knock_out(head_masks(_bert_gate, runner.heads, off)):
        result = runner.run(text, pair)
    change = attention_change(normal.attention[ENCODER_SELF], result.attention[ENCODER_SELF])
    return EmbeddingKnockout(off, result, cosine(normal.embedding, result.embedding), change)


def rank_embedding_heads(runner: MiniLMRunner, normal: EncoderResult) -> list[tuple[Head, float]]:
    """Every head knocked out alone (72 runs in one batch), sorted by 1 − cosine between the
    sentence embedding with and without it."""
    sites = [(ENCODER_SELF, layer) for layer in range(runner.layers)]
    heads, masks = one_at_a_time(_bert_gate, sites, runner.heads)
    rows = 1 + len(heads)
    ids, types = torch.tensor([normal.ids] * rows), torch.tensor([normal.type_ids] * rows)
    mask = torch.ones_like(ids)
    with knock_out(masks), torch.inference_mode():
        pooled = bert.mean_pooled_embedding(runner.model(ids, types, mask), mask).numpy()  # [rows, hidden], unit length
    return ranked(heads, 1.0 - pooled[1:] @ pooled[0])
