"""The model card: held-out figures of every shipped checkpoint, read from their sidecars.

python -m models.training.card > models/README.md
"""

from __future__ import annotations

from models.checkpoint import CHECKPOINT_DIR, read_sidecar

HEADER = """# Model card

Shipped models: GRU encoder–decoders with four kinds of attention (`models/nn/seq2seq.py`) and
small encoder–decoder Transformers (`models/nn/transformer.py`: post-LN, sinusoidal positions,
d_model 64, 2 layers × 4 heads), all trained by `python -m models.train --all` (one thread,
seed 0; about an hour on one core). Figures are on
the held-out **test** split (2,000 pairs per task; no test sentence appears in training or
validation) and are recomputed by `tests/test_quality.py`. AER is the alignment error rate of
argmax attention against the grammar's gold word alignment (lower is better; n/a without
attention). Bars from the issue: dates ≥ 99.5%, en-fr / en-ko ≥ 97% exact match for attention
models, AER ≤ 0.20 for additive en-fr / en-ko.

| model | task | architecture | params | test exact match | test token accuracy | test AER | training steps |
|---|---|---|---:|---:|---:|---:|---:|
"""


def card() -> str:
    rows = []
    for path in sorted(CHECKPOINT_DIR.glob("*.json")):
        s = read_sidecar(path.with_suffix(""))
        m = s["metrics"]
        params = sum(_numel(t["shape"]) for t in s["tensors"].values())
        aer = f"{m['test_aer']:.3f}" if "test_aer" in m else "n/a"
        rows.append(
            f"| `{s['name']}` | {s['task']} | {_architecture(s)} | {params:,} | "
            f"{100 * m['test_exact_match']:.2f}% | {100 * m['test_token_accuracy']:.2f}% | {aer} | {m['steps']} |"
        )
    return HEADER + "\n".join(rows) + "\n"


def _architecture(sidecar: dict) -> str:
    c = sidecar["config"]
    if sidecar["kind"] == "transformer":
        return f"Transformer {c['n_layers']}×{c['n_heads']}, d={c['d_model']}, {c['positions']} PE, {c['norm']}-LN"
    return f"GRU + {c['attention']} attention" if c["attention"] != "none" else "GRU, no attention"


def _numel(shape: list[int]) -> int:
    n = 1
    for d in shape:
        n *= d
    return n


if __name__ == "__main__":
    print(card(), end="")
