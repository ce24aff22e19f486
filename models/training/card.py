"""The model card: held-out figures of every shipped checkpoint, read from their sidecars.

python -m models.training.card > models/README.md
"""

from __future__ import annotations

from models.checkpoint import CHECKPOINT_DIR, ROW_SCALE, read_sidecar
from models.tasks.everyday import reference_set

HEADER = """# Model card

Shipped models: GRU encoder–decoders with four kinds of attention (`models/nn/seq2seq.py`) and
encoder–decoder Transformers (`models/nn/transformer.py`), all trained by
`python -m models.train --all` (one thread, seed 0). Tasks: `dates`; the everyday grammar
`en-fr`, `en-ko`, `ko-en` (~1,600 English lemmas, `models/tasks/everyday/`).

Figures: **generated test** = exact match on the held-out test split (2,000 pairs per task; no test
sentence appears in training or validation); **everyday** = the {everyday} hand-written sentences of
`tests/data/everyday.tsv`: share read with no unknown word, exact match against any reference
(case and final punctuation ignored), chrF. AER = alignment error rate of argmax attention
against the grammar's gold word alignment (lower is better). All recomputed by
`tests/test_quality.py`. Issue targets for the everyday tasks: generated ≥ 97%, everyday read
≥ 95%, everyday exact ≥ 80% en→fr / ≥ 70% en→ko / ≥ 80% ko→en (additive and Transformer).

| model | task | architecture | params | generated test | AER | everyday read | everyday exact | chrF | steps |
|---|---|---|---:|---:|---:|---:|---:|---:|---:|
"""


def card() -> str:
    rows = []
    for path in sorted(CHECKPOINT_DIR.glob("*.json")):
        s = read_sidecar(path.with_suffix(""))
        m = s["metrics"]
        weights = {name: t for name, t in s["tensors"].items() if not name.endswith(ROW_SCALE)}  # not the int8 scales
        params = sum(_numel(t["shape"]) for t in weights.values())
        aer = f"{m['test_aer']:.3f}" if "test_aer" in m else "n/a"
        e = m.get("everyday")
        everyday = f"{100 * e['read']:.1f}% | {100 * e['exact']:.1f}% | {e['chrf']:.1f}" if e else "– | – | –"
        rows.append(
            f"| `{s['name']}` | {s['task']} | {_architecture(s)} | {params:,} | "
            f"{100 * m['test_exact_match']:.2f}% | {aer} | {everyday} | {m['steps']} |"
        )
    return HEADER.replace("{everyday}", str(len(reference_set.read()))) + "\n".join(rows) + "\n"


def _architecture(sidecar: dict) -> str:
    c = sidecar["config"]
    if sidecar["kind"] == "transformer":
        tied = ", tied output" if c.get("tie_output") else ""
        return f"Transformer {c['n_layers']}×{c['n_heads']}, d={c['d_model']}, {c['positions']} PE, {c['norm']}-LN{tied}"
    return f"GRU + {c['attention']} attention" if c["attention"] != "none" else "GRU, no attention"


def _numel(shape: list[int]) -> int:
    n = 1
    for d in shape:
        n *= d
    return n


if __name__ == "__main__":
    print(card(), end="")
