"""One decoder step and one (query, key) pair taken apart: the numbers behind a single weight."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from models.inference.results import AttentionSite, DecoderStep, Seq2SeqResult
from models.nn.attention import SoftmaxParts, softmax_breakdown


@dataclass(frozen=True)
class StepBreakdown:
    """Output position t of an RNN decoder: score → softmax → weighted sum → context → output."""

    step: DecoderStep  # the vectors the decoder computed (state, concatenation, attentional state, top-k)
    softmax: SoftmaxParts | None = None  # of the step's scores `[src_pos]`; None without attention
    contributions: np.ndarray | None = None  # [src_pos, hidden]: weight × encoder state, summing to the context


def step_breakdown(result: Seq2SeqResult, step: int) -> StepBreakdown:
    """Everything the decoder computed for output position `step` (0-based), with the softmax
    redone in float64 so every intermediate can be shown (it equals the model's weights)."""
    s = result.step(step)
    if s.scores is None:
        return StepBreakdown(s)
    return StepBreakdown(s, softmax_breakdown(s.scores), s.weights[:, None] * s.encoder_states)


@dataclass(frozen=True)
class PairBreakdown:
    """ "Show your work" for one (query, key) pair of one head."""

    q: np.ndarray  # [d_head]
    k: np.ndarray  # [d_head]
    products: np.ndarray  # [d_head]: q ⊙ k, term by term
    dot: float  # their sum, q · k
    d_head: int
    scaled: float  # q · k ÷ √d_head
    row_scaled: np.ndarray  # [k_pos]: the query's whole row, −inf where a key is masked
    row: SoftmaxParts  # the row's softmax (masked keys get exp = 0)
    weight: float  # this key's weight, recomputed here
    model_weight: float  # the weight the model computed
    value: np.ndarray  # [d_head]: this key's value vector
    contribution: np.ndarray  # [d_head]: weight × value
    head_output: np.ndarray  # [d_head]: the head's output for this query, Σ of every key's contribution
    all_contributions: np.ndarray  # [k_pos, d_head]


def pair_breakdown(site: AttentionSite, head: int, query: int, key: int) -> PairBreakdown:
    """Take apart the weight `key` gets from `query` in `head` of one attention block."""
    q, k = site.q[head, query], site.k[head, key]  # [d_head]
    products = q.astype(np.float64) * k
    row = site.masked[head, query].astype(np.float64)  # [k_pos], −inf where masked
    parts = softmax_breakdown(row)
    weight = float(parts.weights[key])
    v = site.v[head]  # [k_pos, d_head]
    return PairBreakdown(
        q=q,
        k=k,
        products=products,
        dot=float(products.sum()),
        d_head=q.shape[0],
        scaled=float(products.sum() / np.sqrt(q.shape[0])),
        row_scaled=row,
        row=parts,
        weight=weight,
        model_weight=float(site.weights[head, query, key]),
        value=v[key],
        contribution=weight * v[key].astype(np.float64),
        head_output=site.heads[head, query],
        all_contributions=parts.weights[:, None] * v.astype(np.float64),
    )
