"""Level 2: every shipped model answers the models contract, and sharing it is safe."""

import threading

import numpy as np
import pytest
import torch

import models
from models.nn.seq2seq import ATTENTION_KINDS, STEP_KEYS
from models.tasks import TASK_NAMES

ATTENTION_TRACE_KEYS = {
    "encoder.states",
    "decoder.state",
    "decoder.attention.scores",
    "decoder.attention.weights",
    "decoder.attention.context",
    "decoder.concat",
    "decoder.attentional",
    "decoder.probs",
}
NO_ATTENTION_TRACE_KEYS = {"encoder.states", "decoder.state", "decoder.concat", "decoder.attentional", "decoder.probs"}


def test_every_task_and_attention_is_shipped():
    expected = {f"seq2seq-{a}-{t}" for t in TASK_NAMES for a in ATTENTION_KINDS} | {f"transformer-{t}" for t in TASK_NAMES}
    assert expected <= set(models.available())


@pytest.fixture(scope="module")
def fr():
    return models.load("seq2seq-additive-en-fr")


def test_run_shapes_and_pinned_trace_keys(fr):
    r = fr.run("the red car is fast")
    assert r.src_tokens == ["the", "red", "car", "is", "fast", "</s>"]
    assert r.text == "la voiture rouge est rapide" and r.tgt_tokens[-1] == "</s>"
    n_tgt, n_src, hidden = len(r.tgt_tokens), len(r.src_tokens), fr.model.cfg.hidden
    assert set(r.trace) == ATTENTION_TRACE_KEYS
    assert r.attention["cross"].shape == (1, 1, n_tgt, n_src)
    assert r.trace["encoder.states"].shape == (n_src, hidden)
    assert r.trace["decoder.attention.scores"].shape == (n_tgt, n_src)
    assert r.trace["decoder.concat"].shape == (n_tgt, 2 * hidden)
    np.testing.assert_allclose(r.attention["cross"].sum(-1), 1.0, rtol=1e-5)
    assert r.topk_probs.shape == (n_tgt, 5) and r.topk_tokens[0][0] == r.tgt_tokens[0]


def test_no_attention_model_has_no_attention_keys():
    r = models.load("seq2seq-none-en-fr").run("the cat sleeps")
    assert set(r.trace) == NO_ATTENTION_TRACE_KEYS and r.attention == {}
    assert set(STEP_KEYS) >= set(r.trace) - {"encoder.states"}


def test_context_is_the_weighted_sum_of_encoder_states(fr):
    r = fr.run("i am a student")
    expected = r.trace["decoder.attention.weights"] @ r.trace["encoder.states"]
    np.testing.assert_allclose(r.trace["decoder.attention.context"], expected, atol=1e-5)
    assert r.text == "je suis étudiant"  # a profession after être takes no article in French


def test_trace_is_what_produced_the_output(fr):
    """The traced teacher-forced pass picks, at every step, the token greedy decoding wrote."""
    r = fr.run("the small dog does not eat the green apple")
    ids = fr.tgt_vocab.encode(r.tgt_tokens)
    assert r.trace["decoder.probs"].argmax(-1).tolist() == ids


def test_run_does_not_change_the_shared_model(fr):
    before = {k: v.clone() for k, v in fr.model.state_dict().items()}
    fr.run("the cat eats the bread", beam=3)
    after = fr.model.state_dict()
    assert all(torch.equal(before[k], after[k]) for k in before)
    assert not fr.model.training


def test_concurrent_runs_do_not_mix_traces(fr):
    sentences = ["the cat sleeps", "i am a student", "the red car is fast", "we do not like the cold soup"] * 3
    expected = {s: fr.run(s).trace["decoder.attention.weights"] for s in set(sentences)}
    failures = []

    def work(sentence):
        got = fr.run(sentence).trace["decoder.attention.weights"]
        if got.shape != expected[sentence].shape or not np.allclose(got, expected[sentence]):
            failures.append(sentence)

    threads = [threading.Thread(target=work, args=(s,)) for s in sentences]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert not failures


@pytest.mark.parametrize("text", ["", "   ", "😀 🚀", "나는 학생이다", "<b>x</b>", "x" * 5000, "zzz qqq"])
def test_hostile_input_never_raises(fr, text):
    r = fr.run(text)
    assert r.src_tokens[-1] == "</s>" and len(r.tgt_tokens) >= 1
    assert len(r.src_tokens) <= fr.task.max_source_tokens + 1


def test_unknown_words_and_truncation_are_reported(fr):
    r = fr.run("the cat eats the qwzx")
    assert r.unknown == [4]
    long = fr.run(" ".join(["cat"] * 100))
    assert long.truncated and len(long.src_tokens) == fr.task.max_source_tokens + 1


def test_beam_search_widths(fr):
    for beam in range(1, 6):
        assert fr.run("the red car is fast", beam=beam).text == "la voiture rouge est rapide"
    with pytest.raises(ValueError):
        fr.run("the cat", beam=6)


@pytest.mark.parametrize("name", ["seq2seq-additive-dates", "seq2seq-general-en-ko", "seq2seq-dot-en-fr"])
def test_examples_translate(name):
    m = models.load(name)
    text, want = {
        "dates": ("sunday, 22 nov 2026", "2026-11-22"),
        "en-ko": ("i eat an apple", "나는 사과를 먹는다"),
        "en-fr": ("the red car is fast", "la voiture rouge est rapide"),
        "toy-en-ko": ("i eat an apple", "나는 사과를 먹는다"),
        "toy-en-fr": ("the red car is fast", "la voiture rouge est rapide"),
    }[m.task.name]
    assert m.run(text).text == want
