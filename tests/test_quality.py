"""The shipped models meet their held-out bars, recomputed here (not read from the sidecar), and
the figures in each sidecar (the model card) are the ones a fresh evaluation gives."""

import pytest

import models
from models.tasks.everyday.reference_set import read
from models.training.evaluate import alignment_error_rate, exact_match
from models.training.everyday import everyday_scores

# Held-out exact match on the generated test split (2,000 pairs) per task. The everyday tasks'
# issue target is 97%; the floors below are what the shipped models reach (see README): the
# Transformers and the additive GRUs (2-3 M weights, 14,000-20,000 steps at a peak rate of 1e-3).
BARS = {"dates": 0.995, "toy-en-fr": 0.97, "toy-en-ko": 0.97, "en-fr": 0.95, "en-ko": 0.97, "ko-en": 0.96}
TRANSFORMER_BARS = {"en-fr": 0.97, "en-ko": 0.97, "ko-en": 0.97}
# Models trained before the grammar's last constructions and scored on it (none this round).
RESCORED_BARS: dict[str, float] = {}
# The dot and general score functions train 6,000 steps at 3e-3 (the Alignment page sets them beside
# additive attention; the bars are for additive and the Transformer). They were trained four
# grammar rounds ago and are scored on the grammar as it is (ko→en now with its sources written as
# spoken, korean_dropped.py): general en-fr 48.8%, en-ko 55.3%, ko-en 58.3%; dot 59.9 / 61.7 / 60.7%.
OTHER_SCORE_BARS = {"en-fr": 0.48, "en-ko": 0.55, "ko-en": 0.58}
# The hand-written everyday set (tests/data/everyday.tsv): read with no unknown word, exact match.
# Issue targets: read ≥ 95%; exact ≥ 80% en→fr, ≥ 70% en→ko, ≥ 80% ko→en; floors of the shipped models below
# (additive GRU and Transformer), and the Transformers' own, higher floors.
EVERYDAY_BARS = {"en-fr": (0.98, 0.84), "en-ko": (0.98, 0.81), "ko-en": (0.97, 0.81)}
TRANSFORMER_EVERYDAY_EXACT = {"en-fr": 0.87, "en-ko": 0.83, "ko-en": 0.84}
# AER of argmax attention against the gold keys. Target ≤ 0.20, met for en-fr (0.10); the Korean
# GRUs reach 0.23 (ko-en) and 0.33 (en-ko: particles and endings are separate tokens whose gold
# links are only "possible").
AER_BARS = {"toy-en-fr": 0.20, "toy-en-ko": 0.20, "en-fr": 0.20, "en-ko": 0.34, "ko-en": 0.24}
# The positional-encoding lab's learned-position Transformer is smaller (d_model 128, two layers,
# 6,000 steps): it is shown beside the sinusoids, not used to translate. Its own floors; trained three
# grammar rounds ago, it has never seen set expressions or *please* nor some of the words since (87.6%
# generated; everyday 96.9% read, 77.3% exact).
LAB_FLOORS = {"transformer-learned-en-fr": (0.87, 0.96, 0.77)}  # generated test, everyday read, everyday exact
ATTENTION_MODELS = [name for name in models.available() if name.startswith("seq2seq-") and "-none-" not in name]


@pytest.mark.parametrize("name", ATTENTION_MODELS + [n for n in models.available() if n.startswith("transformer-")])
def test_models_meet_the_exact_match_bar(name):
    m = models.load(name)
    if "upto" in name:
        pytest.skip("trained on short sentences only: the positional-encoding lab's extrapolation models")
    score = exact_match(m.model, m.task.pairs("test"), m.src_vocab, m.tgt_vocab)
    assert score["n"] == 2000
    other_score = name.startswith(("seq2seq-dot-", "seq2seq-general-"))
    bar = OTHER_SCORE_BARS.get(m.task.name, BARS[m.task.name]) if other_score else BARS[m.task.name]
    if m.kind == "transformer":
        bar = LAB_FLOORS[name][0] if name in LAB_FLOORS else TRANSFORMER_BARS.get(m.task.name, bar)
    bar = RESCORED_BARS.get(name, bar)
    assert score["exact_match"] >= bar, score
    assert score["exact_match"] == pytest.approx(m.metrics["test_exact_match"])  # the model card is honest


@pytest.mark.parametrize("name", [n for n in models.available() if n.startswith("seq2seq-additive-") and "dates" not in n])
def test_additive_attention_aligns_like_the_gold_alignment(name):
    m = models.load(name)
    aer = alignment_error_rate(m.model, m.task.pairs("test"), m.src_vocab, m.tgt_vocab)
    assert aer <= AER_BARS[m.task.name]
    assert aer == pytest.approx(m.metrics["test_aer"], abs=1e-9)


def test_no_attention_baseline_falls_behind_on_the_grammars():
    """The fixed-context bottleneck is visible: it loses to attention on the same held-out sentences."""
    for task in ("en-fr", "en-ko", "ko-en"):
        with_attention = models.load(f"seq2seq-additive-{task}")
        without = models.load(f"seq2seq-none-{task}")
        if with_attention.task.name != without.task.name:
            continue  # one of the pair is retrained on the everyday grammar, the other not yet
        assert without.metrics["test_exact_match"] < with_attention.metrics["test_exact_match"] - 0.05


EVERYDAY_MODELS = [n for n in models.available() if n.rsplit("-", 2)[-2:] in (["en", "fr"], ["en", "ko"], ["ko", "en"])]


@pytest.mark.parametrize("name", EVERYDAY_MODELS)
def test_everyday_sentences(name):
    """On the hand-written everyday set: what the model card says, and at least the floor."""
    m = models.load(name)
    if m.task.name not in EVERYDAY_BARS:
        pytest.skip(f"{name} is trained on {m.task.name}, not on the everyday grammar")
    if "upto" in name:
        pytest.skip("trained on short sentences only")
    score = everyday_scores(m.model, m.task, m.src_vocab, m.tgt_vocab)
    assert score["sentences"] == len(read()) >= 300
    read_bar, exact_bar = EVERYDAY_BARS[m.task.name]
    if m.metrics.get("everyday"):
        assert score["exact"] == pytest.approx(m.metrics["everyday"]["exact"])
        assert score["read"] == pytest.approx(m.metrics["everyday"]["read"])
    if m.kind == "transformer":
        exact_bar = LAB_FLOORS[name][2] if name in LAB_FLOORS else TRANSFORMER_EVERYDAY_EXACT[m.task.name]
        read_bar = LAB_FLOORS[name][1] if name in LAB_FLOORS else read_bar
    if m.kind == "transformer" or m.model.cfg.attention == "additive":
        assert score["read"] >= read_bar and score["exact"] >= exact_bar, score
