"""Beam search over a `Seq2Seq` model for one sentence, recorded step by step.

`beam_trace` runs the search and keeps every candidate it looked at (parent, token, scores,
whether it was kept, finished or pruned), so the search can be drawn as a tree; `beam_search`
is the same search returning only the best output, so what is drawn is what decoded.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import torch

from models.nn.seq2seq import Seq2Seq

MAX_BEAM = 5
KEPT, FINISHED, PRUNED = "kept", "finished", "pruned"  # a candidate's fate at its step


@dataclass(frozen=True)
class Candidate:
    """One hypothesis extended by one token, as the search scored it."""

    parent: int  # row, in the previous step, of the hypothesis it extends (-1: the start, <s>)
    token: int  # the id it appends
    logp: float  # log p(token | hypothesis so far)
    score: float  # cumulative log-probability of the whole hypothesis, this token included
    status: str  # KEPT (extended at the next step), FINISHED (ended with </s>) or PRUNED


@dataclass
class BeamTrace:
    """Every candidate the search scored, per step, in expansion order (parents in the order they
    were kept, each parent's children best first); `best` is what `beam_search` returns."""

    width: int
    steps: list[list[Candidate]] = field(default_factory=list)
    best: list[int] = field(default_factory=list)  # output ids, ending at </s> unless cut at max_len
    best_score: float = 0.0  # its length-normalised score: cumulative log-prob ÷ length
    best_node: tuple[int, int] = (0, 0)  # (step, row) of its last token

    def path(self, step: int, row: int) -> list[int]:
        """Rows, one per step from the first, of the hypothesis that ends at (step, row)."""
        rows = [row]
        for s in range(step, 0, -1):
            rows.append(self.steps[s][rows[-1]].parent)
        return rows[::-1]

    def rows_of(self, ids: list[int]) -> list[int]:
        """Rows of the hypothesis spelling `ids`, for as many steps as the search scored it
        (greedy's path: it leaves the tree where it was pruned)."""
        rows, parent = [], -1
        for step, token in zip(self.steps, ids):
            row = next((i for i, c in enumerate(step) if c.parent == parent and c.token == token), None)
            if row is None:
                break
            rows.append(row)
            parent = row
        return rows


@torch.no_grad()
def beam_trace(
    model: Seq2Seq, src: torch.Tensor, lengths: torch.Tensor, bos: int, eos: int, max_len: int, beam: int
) -> BeamTrace:
    """Beam search for src `[1, src_pos]`, recording every candidate; scores of finished
    hypotheses are length-normalised log-probs."""
    if not 1 <= beam <= MAX_BEAM:
        raise ValueError(f"beam must be 1..{MAX_BEAM}, got {beam}")
    trace = BeamTrace(beam)
    keys, summary, hidden, feed, mask = model.encode(src, lengths)
    live = [(0.0, [], hidden, feed, -1)]  # (log-prob, ids, decoder state, input feed, row at the last step)
    finished: list[tuple[float, list[int], tuple[int, int]]] = []
    for step in range(max_len):
        candidates = []
        for logp, ids, h, f, row in live:
            prev = torch.tensor([ids[-1] if ids else bos])
            logits, h2, f2 = model.decoder.step(prev, h, f, keys, summary, mask)
            top = torch.log_softmax(logits[0], dim=-1).topk(beam)
            for lp, idx in zip(top.values.tolist(), top.indices.tolist()):
                candidates.append((logp + lp, ids + [idx], h2, f2, row, lp))
        order = sorted(range(len(candidates)), key=lambda i: candidates[i][0], reverse=True)  # stable
        status = [PRUNED] * len(candidates)
        live = []
        for i in order[:beam]:
            score, ids, h2, f2, _, _ = candidates[i]
            if ids[-1] == eos:
                finished.append((score / len(ids), ids, (step, i)))
                status[i] = FINISHED
            else:
                live.append((score, ids, h2, f2, i))
                status[i] = KEPT
        trace.steps.append([Candidate(c[4], c[1][-1], c[5], c[0], s) for c, s in zip(candidates, status)])
        if not live or len(finished) >= beam:
            break
    finished += [(logp / len(ids), ids, (len(trace.steps) - 1, row)) for logp, ids, _, _, row in live]
    trace.best_score, trace.best, trace.best_node = max(finished, key=lambda f: f[0])
    return trace


def beam_search(
    model: Seq2Seq, src: torch.Tensor, lengths: torch.Tensor, bos: int, eos: int, max_len: int, beam: int
) -> list[int]:
    """Best output ids for src `[1, src_pos]`, ending at </s>; scores are length-normalised log-probs."""
    return beam_trace(model, src, lengths, bos, eos, max_len, beam).best
