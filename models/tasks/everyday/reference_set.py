"""The hand-written everyday test set (`tests/data/everyday.tsv`) and how translations are scored.

Each row holds one sentence a student would type, with one or more references per language. The
first English variant is the English source, the first Korean variant the Korean source; every
variant of the target language is an accepted reference. Scores: the share read with no unknown
word, exact match against any reference (case, spacing and final punctuation ignored) and chrF.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

EVERYDAY_SET = Path(__file__).resolve().parents[3] / "tests" / "data" / "everyday.tsv"


@dataclass(frozen=True)
class Example:
    id: str
    construction: str
    references: dict[str, tuple[str, ...]]  # language ("en", "fr", "ko") → variants, source first


def read(path: Path = EVERYDAY_SET) -> list[Example]:
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [
        Example(r["id"], r["construction"], {lang: tuple(v.strip() for v in r[lang].split(" | ")) for lang in ("en", "fr", "ko")})
        for r in rows
    ]


def normalise(text: str) -> str:
    """Lower case, one kind of apostrophe, no space before punctuation, no final punctuation."""
    text = text.lower().replace("’", "'").replace("\u202f", " ").replace("\u00a0", " ")
    text = re.sub(r"\s+([?!.,;:])", r"\1", text)
    text = re.sub(r"[\s.?!…]+$", "", text.strip())
    return re.sub(r"\s+", " ", text)


def exact(hypothesis: str, references: tuple[str, ...]) -> bool:
    return normalise(hypothesis) in {normalise(r) for r in references}


def _ngrams(text: str, n: int) -> Counter:
    text = text.replace(" ", "")
    return Counter(text[i : i + n] for i in range(len(text) - n + 1))


def chrf(hypothesis: str, reference: str, max_n: int = 6, beta: float = 2.0) -> float:
    """Sentence chrF (Popović 2015): character n-gram F-beta, n = 1..6, averaged over n; 0..100."""
    hyp, ref = normalise(hypothesis), normalise(reference)
    precisions, recalls = [], []
    for n in range(1, max_n + 1):
        h, r = _ngrams(hyp, n), _ngrams(ref, n)
        if not h or not r:
            continue
        overlap = sum((h & r).values())
        precisions.append(overlap / sum(h.values()))
        recalls.append(overlap / sum(r.values()))
    if not precisions:
        return 100.0 if hyp == ref else 0.0
    p, r = sum(precisions) / len(precisions), sum(recalls) / len(recalls)
    return 0.0 if p + r == 0 else 100 * (1 + beta**2) * p * r / (beta**2 * p + r)


def best_chrf(hypothesis: str, references: tuple[str, ...]) -> float:
    return max(chrf(hypothesis, r) for r in references)


@dataclass(frozen=True)
class Score:
    sentences: int
    read_share: float  # sources read with no unknown word
    exact: float  # translations equal to a reference
    chrf: float  # mean best chrF against the references, 0..100
    by_construction: dict[str, float]  # exact match per construction

    def as_dict(self) -> dict:
        return {"sentences": self.sentences, "read": self.read_share, "exact": self.exact, "chrf": self.chrf}


def score(direction: str, translate, examples: list[Example] | None = None) -> Score:
    """Score `translate(source) -> (hypothesis, unknown_word_count)` on the everyday set.

    `direction` is "en-fr", "en-ko" or "ko-en": the first variant in the source language is the
    input, every variant in the target language a reference.
    """
    src, tgt = direction.split("-")
    examples = read() if examples is None else examples
    read_ok, hits, chrfs = 0, 0, []
    per: dict[str, list[bool]] = {}
    for e in examples:
        hypothesis, unknown = translate(e.references[src][0])
        hit = exact(hypothesis, e.references[tgt])
        read_ok += unknown == 0
        hits += hit
        chrfs.append(best_chrf(hypothesis, e.references[tgt]))
        per.setdefault(e.construction, []).append(hit)
    n = len(examples)
    return Score(n, read_ok / n, hits / n, sum(chrfs) / n, {k: sum(v) / len(v) for k, v in sorted(per.items())})
