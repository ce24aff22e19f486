"""What to train: the config of one training run, the model sizes per task, and the one place
the optimiser's hyperparameters are written down.

`shipped(task, arch)` is the config every shipped checkpoint was trained with; the CLI, the
Train page's worker and the benchmarks start from it and override what they need.
"""

from __future__ import annotations

from dataclasses import dataclass

LEARNING_RATE = 3e-3  # Adam; both architectures
# Steps of linear learning-rate warm-up: post-LN Transformers diverge without it, the GRUs do not need it.
WARMUP_STEPS = {"seq2seq": 0, "transformer": 200}
SHIPPED_STEPS = {"dates": 2000}  # upper bounds: training stops once validation is perfect
EVERYDAY_TASKS = ("en-fr", "en-ko", "ko-en")
# The everyday grammar has ~1,600 English lemmas: models are larger and train longer, within the
# budget of `make train` (every shipped model in ≤ 3 hours on two cores). Steps per architecture,
# score function for the GRUs; the no-attention baseline and the other score functions get less.
EVERYDAY_STEPS = {"transformer": 14000, "additive": 14000, "dot": 6000, "general": 6000, "none": 4000}
# Korean→English reads the most source forms (particles by final consonant, typed variants): its
# additive GRU was still climbing at 14,000 steps (validation 97% → 98% over the last 3,000).
# The English→French additive GRU was also still climbing at 14,000 (validation 97.0% → 97.8% over
# the last 2,000 steps, generated test 96.3%, under the 97% target).
# The ko→en GRU trained 20,000 steps the round before; this round 16,000, to finish within one
# working session beside the Transformer (see README, "Everyday sentences").
EVERYDAY_STEPS_FOR_TASK = {("additive", "ko-en"): 16000, ("additive", "en-fr"): 16000}
# Peak rate per kind. d_model 192 post-LN diverges at 3e-3. The additive GRU plateaus at 3e-3 until
# the decay (val 72% from step 3,000 to 8,000, 91% at the end) and reaches 97-99% at 1e-3; the dot,
# general and no-attention GRUs were trained at 3e-3 and are kept as they are.
EVERYDAY_LEARNING_RATE = {"transformer": 1e-3, "additive": 1e-3, "dot": 3e-3, "general": 3e-3, "none": 3e-3}
EVERYDAY_WARMUP = {"seq2seq": 0, "transformer": 400}
SHORT_SOURCES = 10  # words: the length-extrapolation models never see a longer source

# GRU sizes per task: dates are short strings over 37 characters, the grammars have ~200 words.
SEQ2SEQ_PRESETS = {
    "dates": dict(emb_dim=32, hidden=96, attention_dim=48),
    **{task: dict(emb_dim=128, hidden=256, attention_dim=128) for task in EVERYDAY_TASKS},
    **{f"toy-{task}": dict(emb_dim=64, hidden=128, attention_dim=64) for task in ("en-fr", "en-ko")},
    "copy": dict(emb_dim=32, hidden=96, attention_dim=48),
    "reverse": dict(emb_dim=32, hidden=96, attention_dim=48),
}
# Transformer sizes per task: 2 layers × 4 heads, d_model 64: enough for all three toy tasks.
TRANSFORMER_PRESETS = {
    "dates": dict(d_model=64, n_heads=4, n_layers=2, d_ff=256),
    **{task: dict(d_model=192, n_heads=4, n_layers=3, d_ff=768) for task in EVERYDAY_TASKS},
    # French has the largest vocabulary: a shared output matrix keeps the checkpoint under 5 MB.
    "en-fr": dict(d_model=192, n_heads=4, n_layers=3, d_ff=768, tie_output=True),
    **{f"toy-{task}": dict(d_model=64, n_heads=4, n_layers=2, d_ff=256) for task in ("en-fr", "en-ko")},
    "copy": dict(d_model=64, n_heads=4, n_layers=2, d_ff=256),
    "reverse": dict(d_model=64, n_heads=4, n_layers=2, d_ff=256),
}


@dataclass(frozen=True)
class TrainConfig:
    task: str
    attention: str = "additive"  # seq2seq only
    arch: str = "seq2seq"  # "seq2seq" (GRU + attention) or "transformer"
    positions: str = "sinusoidal"  # transformer only: "sinusoidal" or "learned"
    norm: str = "post"  # transformer only: "post" or "pre"
    seed: int = 0
    steps: int = 3000  # upper bound; training stops early once validation is perfect
    batch_size: int = 64
    lr: float = LEARNING_RATE
    warmup: int = 0  # see WARMUP_STEPS; `shipped()` sets it per architecture
    max_src_len: int = 0  # train only on sources of at most this many tokens (0 = all): for length extrapolation
    hidden: int = 0  # seq2seq state size, or Transformer d_model (0 = the task's preset)
    layers: int = 0  # Transformer layers (0 = preset)
    heads: int = 0  # Transformer heads (0 = preset)
    eval_every: int = 250
    eval_size: int = 500  # validation pairs scored at each evaluation (all of them at the end)
    bf16: bool = False  # train the forward pass in bfloat16 autocast (evaluation and checkpoints stay fp32)
    dropout: float = 0.0  # seq2seq only: on embeddings and the attentional state while training


def shipped(task: str, arch: str = "seq2seq", **overrides) -> TrainConfig:
    """The config the shipped checkpoints were trained with, for `task` and `arch`, with `overrides`."""
    settings = dict(task=task, arch=arch, warmup=WARMUP_STEPS[arch], steps=SHIPPED_STEPS.get(task, 3000))
    if task in EVERYDAY_TASKS:
        kind = arch if arch == "transformer" else overrides.get("attention", "additive")
        settings |= dict(
            steps=EVERYDAY_STEPS_FOR_TASK.get((kind, task), EVERYDAY_STEPS[kind]),
            lr=EVERYDAY_LEARNING_RATE[kind],
            warmup=EVERYDAY_WARMUP[arch],
            eval_every=1000,
            bf16=True,
        )
    return TrainConfig(**{**settings, **overrides})
