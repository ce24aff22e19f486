"""One decoder step taken apart: the numbers behind a single output word."""

from __future__ import annotations

import numpy as np

from models.attention import softmax_breakdown
from models.runner import RunResult


def step_breakdown(result: RunResult, step: int) -> dict:
    """Everything the decoder computed for output position `step` (0-based).

    Returns a dict of numpy arrays: `scores` `[src_pos]`, the softmax breakdown (`shift`,
    `exps`, `normaliser`, `weights`), `contributions` `[src_pos, hidden]` (weight × encoder
    state, which sum to `context`), `context`, `state`, `concat`, `attentional` `[hidden]`, and
    the top-k next tokens with their probabilities. Without attention only the vectors are given.
    """
    trace = result.trace
    n = len(result.tgt_tokens)
    if not 0 <= step < n:
        raise ValueError(f"step {step} is outside 0..{n - 1}")
    out = {
        "state": trace["decoder.state"][step],
        "concat": trace["decoder.concat"][step],
        "attentional": trace["decoder.attentional"][step],
        "topk_tokens": result.topk_tokens[step],
        "topk_probs": result.topk_probs[step],
        "output": result.tgt_tokens[step],
    }
    hidden = out["state"].shape[-1]
    out["context"] = out["concat"][:hidden]  # the concatenation is [context; state]
    if "decoder.attention.scores" in trace:
        scores = trace["decoder.attention.scores"][step].astype(np.float64)
        out["scores"] = scores
        out.update(softmax_breakdown(scores))
        states = trace["encoder.states"]  # [src_pos, hidden]
        out["model_weights"] = trace["decoder.attention.weights"][step]
        out["contributions"] = out["model_weights"][:, None] * states
    return out
