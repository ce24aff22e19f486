"""One decoder step taken apart: the numbers behind a single output word."""

from __future__ import annotations

import numpy as np

from models.inference.runner import RunResult
from models.nn.attention import softmax_breakdown


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


def pair_breakdown(result: RunResult, site: str, head: int, query: int, key: int) -> dict:
    """ "Show your work" for one (query, key) pair of one head at attention site `site`.

    `site` is a trace prefix such as `decoder.1.cross_attn`. Returns the q and k vectors, their
    term-by-term products and sum, the score ÷ √d_k, the row's softmax breakdown (masked keys
    give exp = 0), this key's weight, its value vector and its contribution weight × v to the
    head's output (which is also returned, to check the sum).
    """
    t = result.trace
    q, k = t[f"{site}.q"][head, query], t[f"{site}.k"][head, key]  # [d_head]
    products = q.astype(np.float64) * k
    row = t[f"{site}.masked"][head, query].astype(np.float64)  # [k_pos], −inf where masked
    parts = softmax_breakdown(row)
    weight = float(parts["weights"][key])
    v = t[f"{site}.v"][head]  # [k_pos, d_head]
    return {
        "q": q,
        "k": k,
        "products": products,
        "dot": float(products.sum()),
        "d_head": q.shape[0],
        "scaled": float(products.sum() / np.sqrt(q.shape[0])),
        "row_scaled": row,
        "exps": parts["exps"],
        "normaliser": parts["normaliser"],
        "shift": parts["shift"],
        "weight": weight,
        "model_weight": float(t[f"{site}.weights"][head, query, key]),
        "value": v[key],
        "contribution": weight * v[key].astype(np.float64),
        "head_output": t[f"{site}.heads"][head, query],
        "all_contributions": parts["weights"][:, None] * v.astype(np.float64),
    }
