"""Length extrapolation: models trained on short sentences, tested on longer ones.

    python -m models.lessons.extrapolation        # writes models/results/extrapolation.json

Two Transformers that differ only in their positional encodings (sinusoidal vs learned) were
trained on en-fr sources of at most 10 words. This scores both on the whole held-out test split
(3–25 words), grouped by source length. Positions a model never saw in training are where the
two kinds part ways: a learned table has untrained rows there, the sinusoids are defined for
every position.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

from models.checkpoint import CHECKPOINT_DIR
from models.inference.loading import load_from
from models.training.config import SHORT_SOURCES
from models.training.evaluate import exact_match

NAMES = ("transformer-upto10-en-fr", "transformer-learned-upto10-en-fr")
RESULT = Path(__file__).resolve().parent.parent / "results" / "extrapolation.json"


@dataclass(frozen=True)
class LengthCurves:
    """Exact match against source length for models trained on short sources only."""

    trained_up_to: int  # the longest source (words) seen in training
    lengths: list[int]  # every source length of the test split
    n: list[int]  # test pairs of each length
    exact_match: dict[str, list[float]]  # model name → one score per length


def accuracy_by_length(names=NAMES, on_progress: Callable[[float], None] | None = None) -> LengthCurves:
    """Exact match per source length for each model, on the en-fr test split."""
    runners = [load_from(CHECKPOINT_DIR / n) for n in names]
    pairs = runners[0].task.pairs("test")
    lengths = sorted({len(p.src) for p in pairs})
    out = LengthCurves(SHORT_SOURCES, lengths, [], {n: [] for n in names})
    for step, length in enumerate(lengths):
        group = [p for p in pairs if len(p.src) == length]
        out.n.append(len(group))
        for runner in runners:
            score = exact_match(runner.model, group, runner.src_vocab, runner.tgt_vocab)["exact_match"]
            out.exact_match[runner.name].append(round(score, 4))
        if on_progress:
            on_progress((step + 1) / len(lengths))
    return out


def read_result() -> LengthCurves | None:
    """The stored result (models/results/extrapolation.json), or None if it is missing or unreadable."""
    try:
        return LengthCurves(**json.loads(RESULT.read_text()))
    except (OSError, json.JSONDecodeError, TypeError):
        return None


def main() -> None:
    result = accuracy_by_length(on_progress=lambda f: print(f"\r{100 * f:.0f}%", end="", file=sys.stderr))
    RESULT.write_text(json.dumps(asdict(result), indent=1) + "\n")
    print(f"\nwrote {RESULT}", file=sys.stderr)


if __name__ == "__main__":
    main()
