"""Beam search over a `Seq2Seq` model for one sentence."""

from __future__ import annotations

import torch

from models.nn.seq2seq import Seq2Seq

MAX_BEAM = 5


@torch.no_grad()
def beam_search(
    model: Seq2Seq, src: torch.Tensor, lengths: torch.Tensor, bos: int, eos: int, max_len: int, beam: int
) -> list[int]:
    """Best output ids for src `[1, src_pos]`, ending at </s>; scores are length-normalised log-probs."""
    if not 1 <= beam <= MAX_BEAM:
        raise ValueError(f"beam must be 1..{MAX_BEAM}, got {beam}")
    keys, summary, hidden, feed, mask = model.encode(src, lengths)
    live = [(0.0, [], hidden, feed)]  # (log-prob, ids, decoder state, input feed)
    finished: list[tuple[float, list[int]]] = []
    for _ in range(max_len):
        candidates = []
        for logp, ids, h, f in live:
            prev = torch.tensor([ids[-1] if ids else bos])
            logits, h2, f2 = model.decoder.step(prev, h, f, keys, summary, mask)
            top = torch.log_softmax(logits[0], dim=-1).topk(beam)
            for lp, idx in zip(top.values.tolist(), top.indices.tolist()):
                candidates.append((logp + lp, ids + [idx], h2, f2))
        candidates.sort(key=lambda c: c[0], reverse=True)
        live = []
        for cand in candidates[:beam]:
            if cand[1][-1] == eos:
                finished.append((cand[0] / len(cand[1]), cand[1]))
            else:
                live.append(cand)
        if not live or len(finished) >= beam:
            break
    finished += [(logp / len(ids), ids) for logp, ids, _, _ in live]
    return max(finished, key=lambda f: f[0])[1]
