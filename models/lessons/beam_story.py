"""Beam search, recorded and explained: the search as a tree, and, where beam search and greedy
decoding disagree, why, in their own scores."""

from __future__ import annotations

from dataclasses import dataclass

from models.inference.beam import BeamTrace, beam_trace
from models.inference.runner import TranslationRunner
from models.lessons.forced import Scored, continue_greedy, encode_source, score


@dataclass(frozen=True)
class BeamStory:
    """A recorded beam search beside greedy decoding of the same sentence."""

    trace: BeamTrace
    tokens: list[list[str]]  # per step, the token of every candidate (rows as in `trace.steps`)
    best_rows: list[int]  # per step, the row of the best hypothesis's token
    greedy: Scored  # greedy decoding, every token with its log-probability
    greedy_rows: list[int]  # greedy's path through the tree, as long as the search scored it


@dataclass(frozen=True)
class Divergence:
    """The first step where the beam's best hypothesis leaves greedy's path, with the scores."""

    step: int  # 0-based
    greedy_token: str
    greedy_score: float  # cumulative log-prob of greedy's prefix through `step`
    beam_token: str
    beam_score: float  # cumulative log-prob of the beam's prefix through `step`
    greedy_total: float  # log-prob of greedy's whole output
    beam_total: float  # log-prob of the beam's whole output
    greedy_length: int
    beam_length: int

    @property
    def greedy_normalised(self) -> float:
        return self.greedy_total / self.greedy_length

    @property
    def beam_normalised(self) -> float:
        """What the beam ranks finished hypotheses by: log-prob ÷ length."""
        return self.beam_total / self.beam_length


def tell_beam(runner: TranslationRunner, text: str, width: int) -> BeamStory:
    """Run beam search of `width` on `text`, recording it, and greedy decoding beside it (an RNN
    seq2seq runner: the Transformer explorer decodes greedily)."""
    if runner.kind != "seq2seq":
        raise ValueError("beam search is recorded for the RNN encoder–decoder models")
    source = encode_source(runner, text)
    vocab = runner.tgt_vocab
    trace = beam_trace(runner.model, source.src, source.lengths, vocab.bos_id, vocab.eos_id, source.max_len, width)
    greedy = score(runner, source, continue_greedy(runner, source, []))
    return BeamStory(
        trace=trace,
        tokens=[vocab.decode(c.token for c in step) for step in trace.steps],
        best_rows=trace.path(*trace.best_node),
        greedy=greedy,
        greedy_rows=trace.rows_of(greedy.ids),
    )


def divergence(story: BeamStory) -> Divergence | None:
    """Where and by how much the beam's best output differs from greedy's; None when they agree."""
    best, greedy = story.trace.best, story.greedy.ids
    if best == greedy:
        return None
    step = next((t for t, (a, b) in enumerate(zip(best, greedy)) if a != b), min(len(best), len(greedy)) - 1)
    beam_path = [story.trace.steps[t][row] for t, row in enumerate(story.best_rows)]
    cumulative = story.greedy.logp.cumsum()
    return Divergence(
        step=step,
        greedy_token=story.greedy.tokens[step],
        greedy_score=float(cumulative[step]),
        beam_token=story.tokens[step][story.best_rows[step]],
        beam_score=beam_path[step].score,
        greedy_total=story.greedy.total,
        beam_total=beam_path[-1].score,
        greedy_length=len(greedy),
        beam_length=len(best),
    )
