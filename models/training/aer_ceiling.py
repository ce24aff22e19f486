"""The best AER any argmax attention can reach on a task's test pairs.

`alignment_error_rate` links each output word to the one source word it attends to most. Where
the gold links one output word to several source words as sure (English "is" to Korean 있 and
its ending ~다, "with" to -와 and 함께), one link per word cannot recall them all. This picks,
for every output word, a sure gold link (else a possible one): the ceiling of that measure.

    python -m models.training.aer_ceiling      # per everyday task
"""

from __future__ import annotations

from models.tasks import Pair, get_task
from models.training.evaluate import corpus_aer


def aer_ceiling(pairs: list[Pair]) -> float:
    """AER of the best one-link-per-output-word alignment, computed as `alignment_error_rate` does."""
    predicted = []
    for pair in pairs:
        best: dict[int, int] = {}
        for t, s in sorted(pair.possible):
            if t not in best or ((t, s) in pair.sure and (t, best[t]) not in pair.sure):
                best[t] = s
        predicted.append(set(best.items()))
    return corpus_aer(pairs, predicted)


def main() -> None:
    for name in ("en-fr", "en-ko", "ko-en"):
        print(f"{name}: AER ceiling of argmax attention {aer_ceiling(get_task(name).pairs('test')):.3f}")


if __name__ == "__main__":
    main()
