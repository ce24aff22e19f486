"""Attention vs attribution: which source words an output *depended on*, by gradients.

Attention says where a head looked. An attribution asks the model a different question: if this
source word's embedding were different, how much would the output change? Two classic answers,
both computed with autograd on the same model and the same output:

- gradient × input (Shrikumar et al. 2016): Σ_d x_id · ∂f/∂x_id, a first-order estimate;
- integrated gradients (Sundararajan et al. 2017): the same product with the gradient averaged
  along the straight path from a baseline x' (here: all-zero embeddings) to x. Its attributions
  add up to f(x) − f(x') ("completeness"), which tests/test_attribution.py checks.

What f is: for a translation model, log p(output token t | source, the model's own earlier output)
(teacher-forced on what it wrote); for MiniLM, the cosine between one word piece's last hidden
state and the sentence embedding (the mean of all of them, as sentence-transformers pools).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import torch
from torch.nn import functional as F

from models.lessons.from_embeddings import embed, minilm_hidden, translation_logits

IG_STEPS = 32  # equal intervals on the path from the baseline to start with
IG_TOLERANCE = 0.01  # refine the path until Σ attributions is within 1% of f(x) − f(x')
IG_BUDGET = 512  # … or it has this many points (a GRU's log-probability can need ~300)
MINILM_BUDGET = 2 * IG_STEPS + 1  # points at most for MiniLM, whose forward pass costs ~50× a GRU's

Score = Callable[[torch.Tensor], torch.Tensor]  # embeddings [batch, src_pos, emb] → one number each [batch]


@dataclass(frozen=True)
class Attribution:
    """One output's attributions over the source tokens, signed (summed over embedding dimensions)."""

    integrated: np.ndarray  # [src_pos] integrated gradients
    grad_input: np.ndarray  # [src_pos] gradient × input
    value: float  # f(x)
    baseline_value: float  # f(x'), x' = zero embeddings

    @property
    def completeness_gap(self) -> float:
        """Σ integrated gradients − (f(x) − f(x')): 0 for the exact integral."""
        return float(self.integrated.sum() - (self.value - self.baseline_value))


def gradient(score: Score, x: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    """(f(x) `[batch]`, ∂f/∂x `[batch, src_pos, emb]`) for a batch of inputs."""
    x = x.detach().requires_grad_(True)
    with torch.enable_grad():
        values = score(x)
        (grad,) = torch.autograd.grad(values.sum(), x)
    return values.detach(), grad


def gradient_x_input(score: Score, x: torch.Tensor) -> torch.Tensor:
    """Σ_d x_id · ∂f/∂x_id for one input `[src_pos, emb]` → `[src_pos]`."""
    _, grad = gradient(score, x[None])
    return (grad[0] * x).sum(-1)


def integrated_gradients(
    score: Score, x: torch.Tensor, baseline: torch.Tensor | None = None, steps: int = IG_STEPS, budget: int = IG_BUDGET
) -> tuple[torch.Tensor, float, float]:
    """Integrated gradients of one input `[src_pos, emb]` → (`[src_pos]`, f(x), f(baseline)).

    The path integral is the trapezoid rule, first over `steps` equal intervals. A translation's
    log-probability can jump over a small stretch of the path (a GRU gate or an attention softmax
    switching), where equal steps miss most of the change; so while the attributions miss
    f(x) − f(x') by more than IG_TOLERANCE, the intervals whose ends disagree most with their
    trapezoid are split, up to `budget` points in all.
    """
    baseline = torch.zeros_like(x) if baseline is None else baseline
    delta = x - baseline
    alphas = torch.linspace(0.0, 1.0, steps + 1)
    values, grads = gradient(score, baseline + alphas[:, None, None] * delta)  # grads [points, src_pos, emb]
    while True:
        slopes = (grads * delta).sum((1, 2))  # df/dα at each point [points]
        widths = alphas.diff()
        misses = values.diff() - widths * (slopes[1:] + slopes[:-1]) / 2  # each interval's error [points - 1]
        change = float(values[-1] - values[0])
        if abs(float(misses.sum())) <= IG_TOLERANCE * abs(change) or len(alphas) >= budget:
            break
        worst = misses.abs().topk(min(steps, len(misses), budget - len(alphas))).indices
        new = (alphas[worst] + alphas[worst + 1]) / 2  # midpoints of the worst intervals
        new_values, new_grads = gradient(score, baseline + new[:, None, None] * delta)
        alphas, order = torch.cat([alphas, new]).sort()
        values, grads = torch.cat([values, new_values])[order], torch.cat([grads, new_grads])[order]
    widths = alphas.diff()
    weights = torch.zeros_like(alphas)  # trapezoid weights of uneven intervals
    weights[1:] += widths / 2
    weights[:-1] += widths / 2
    mean_grad = (weights[:, None, None] * grads).sum(0)  # [src_pos, emb]
    return (delta * mean_grad).sum(-1), float(values[-1]), float(values[0])


def attribute(score: Score, x: torch.Tensor, steps: int = IG_STEPS, budget: int = IG_BUDGET) -> Attribution:
    """Both attributions of one input `[src_pos, emb]`."""
    integrated, value, base = integrated_gradients(score, x, steps=steps, budget=budget)
    return Attribution(integrated.numpy(), gradient_x_input(score, x).numpy(), value, base)


def translation_score(model, tgt_in: list[int], step: int, token: int) -> Score:
    """f = log p(`token` at output position `step`), teacher-forced on `tgt_in` (starts with <s>)."""

    def score(emb: torch.Tensor) -> torch.Tensor:
        logits = translation_logits(model, emb, tgt_in[: step + 1])  # positions after `step` cannot matter
        return torch.log_softmax(logits[:, step], dim=-1)[:, token]

    return score


def translation_attribution(model, src_ids: list[int], out_ids: list[int], bos: int, step: int) -> Attribution:
    """Attributions over the source ids (</s> included) of output token `step` of `out_ids`."""
    tgt_in = [bos] + out_ids[:-1]
    return attribute(translation_score(model, tgt_in, step, out_ids[step]), embed(model, src_ids))


def minilm_score(model, type_ids: list[int], piece: int) -> Score:
    """f = cos(last hidden state of word piece `piece`, the mean-pooled sentence embedding)."""

    def score(emb: torch.Tensor) -> torch.Tensor:
        hidden = minilm_hidden(model, emb, type_ids)  # [batch, pos, hidden]
        return F.cosine_similarity(hidden[:, piece], hidden.mean(1), dim=-1)

    return score


def minilm_attribution(model, ids: list[int], type_ids: list[int], piece: int) -> Attribution:
    """Attributions over MiniLM's word pieces of word piece `piece`'s similarity to the sentence."""
    # MiniLM's cosine is smooth along the path: one refinement round at most, so that 128 word
    # pieces stay a few seconds (the page shows the completeness gap either way).
    return attribute(minilm_score(model, type_ids, piece), embed(model, ids), budget=MINILM_BUDGET)


def _ranks(values: np.ndarray) -> np.ndarray:
    """Ranks from 1, ties sharing their average rank."""
    order = np.argsort(values, kind="stable")
    ranks = np.empty(len(values))
    ranks[order] = np.arange(1, len(values) + 1)
    for v in np.unique(values):
        tied = values == v
        ranks[tied] = ranks[tied].mean()
    return ranks


def spearman(a: np.ndarray, b: np.ndarray) -> float | None:
    """Spearman's rank correlation; None when it is undefined (fewer than 3 values, or a constant)."""
    a, b = np.asarray(a, dtype=np.float64), np.asarray(b, dtype=np.float64)
    if a.shape != b.shape or len(a) < 3:
        return None
    ra, rb = _ranks(a), _ranks(b)
    if ra.std() == 0 or rb.std() == 0:
        return None
    return float(np.corrcoef(ra, rb)[0, 1])
