"""Class-mode questions: every right answer is the tensor fact the question names."""

import numpy as np
import pytest

import models
from models.inference.results import CROSS, ENCODER_SELF
from models.lessons import quiz
from models.lessons.head_stats import PATTERNS, head_statistics, pattern_labels
from models.lessons.positions import sinusoidal, wavelengths
from models.lessons.qkv import attention_steps, preset_qkv


def _answer(q: quiz.Quiz) -> str:
    return q.choices[q.answer]


def _valid(q: quiz.Quiz) -> None:
    assert 2 <= len(q.choices) <= quiz.MAX_CHOICES and len(set(q.choices)) == len(q.choices)
    assert 0 <= q.answer < len(q.choices) and q.prompt == f"quiz_{q.kind}"


def test_labels_are_distinct_short_and_never_blank():
    assert quiz.labels(["the", "cat", "the", "", "x" * 500]) == ["the (1)", "cat", "the (3)", "#4", "x" * 40]


def test_window_keeps_the_center_and_the_limit():
    for n in range(1, 30):
        for c in range(n):
            w = quiz.window(n, c)
            assert c in w and len(w) == min(n, 8)


def test_row_questions_answer_the_argmax_the_bin_and_the_entropy():
    rng = np.random.default_rng(0)
    w = rng.dirichlet(np.ones(12), size=5)  # 5 queries × 12 keys: the window is needed
    keys = [f"k{i}" for i in range(12)]
    found = {q.kind: q for q in quiz.row_questions(w, list("abcde"), keys, query=3)}
    for q in found.values():
        _valid(q)
    assert _answer(found["key_for_query"]) == keys[int(np.argmax(w[3]))]
    peak = w[3].max()
    assert _answer(found["peak_weight"]) == quiz.WEIGHT_CHOICES[min(int(peak // 0.25), 3)]
    assert _answer(found["broadest_query"]) == "abcde"[int(np.argmax(quiz.entropy(w)))]


def test_a_one_hot_row_peaks_in_the_top_bin():
    w = np.eye(3)
    found = {q.kind: q for q in quiz.row_questions(w, list("abc"), list("abc"), 1)}
    assert _answer(found["key_for_query"]) == "b" and _answer(found["peak_weight"]) == "75–100%"


def test_head_for_offers_the_best_heads_and_answers_the_best():
    share = np.array([0.1, 0.9, 0.3, 0.05, 0.6, 0.2])
    q = quiz.head_for(share, "previous_head", {"layer": 2})
    assert q.choices == ("L2 H2", "L2 H3", "L2 H5", "L2 H6") and _answer(q) == "L2 H2"


def test_qkv_questions_follow_the_previous_token_preset():
    q, k, v = preset_qkv("previous", 4, 3)
    steps = attention_steps(q, k, v)
    tokens = ["the", "cat", "sat", "down"]
    found = {x.kind: x for x in quiz.qkv_quizzes(steps.weights, tokens, query=3)}
    assert _answer(found["key_for_query"]) == tokens[int(np.argmax(steps.weights[3]))]


def test_positions_questions_are_computed_from_the_table():
    found = {q.kind: q for q in quiz.positions_quizzes(d_model=16, length=50, pos=7, pair=2)}
    value = sinusoidal(8, 16)[7, 4]
    assert _answer(found["pe_value"]) == quiz.VALUE_CHOICES[int(np.searchsorted(quiz.VALUE_BINS, value, "right") - 1)]
    cycle = wavelengths(16)[2]
    assert _answer(found["pe_cycle"]) == quiz.CYCLE_CHOICES[int(np.searchsorted(quiz.CYCLE_BINS, cycle, "right") - 1)]
    table = sinusoidal(7 + 33, 16)
    dots = {k: table[7] @ table[7 + k] for k in quiz.OFFSETS}
    assert _answer(found["pe_far_offset"]) == f"k = {min(dots, key=dots.get)}"


@pytest.fixture(scope="module")
def seq2seq():
    return models.load("seq2seq-additive-en-fr").run("the red car is fast")


def test_alignment_questions_on_the_real_model(seq2seq):
    w = seq2seq.attention[CROSS][0, 0]
    found = {q.kind: q for q in quiz.alignment_quizzes(seq2seq)}
    assert set(found) == {"key_for_query", "peak_weight", "broadest_query", "query_for_key"}
    out = int(np.argmax(w.max(-1)))
    assert found["key_for_query"].params["word"] == quiz.labels(seq2seq.tgt_tokens)[out]
    assert _answer(found["key_for_query"]) == quiz.labels(seq2seq.src_tokens)[int(np.argmax(w[out]))]
    src = int(np.argmax(w[out]))
    assert _answer(found["query_for_key"]) == quiz.labels(seq2seq.tgt_tokens)[int(np.argmax(w[:, src]))]


def test_steps_next_word_is_what_the_model_wrote(seq2seq):
    for step in range(len(seq2seq.tgt_tokens)):
        found = {q.kind: q for q in quiz.steps_quizzes(seq2seq, step)}
        _valid(found["next_word"])
        assert _answer(found["next_word"]) == seq2seq.topk_tokens[step][int(np.argmax(seq2seq.topk_probs[step]))]
        assert (
            _answer(found["key_for_query"])
            == quiz.labels(seq2seq.src_tokens)[int(np.argmax(seq2seq.attention[CROSS][0, 0, step]))]
        )


def test_no_attention_no_alignment_questions():
    assert quiz.alignment_quizzes(models.load("seq2seq-none-en-fr").run("the cat")) == []


def test_transformer_questions_on_the_real_model():
    result = models.load("transformer-en-fr").run("the red car is fast")
    w = result.attention[ENCODER_SELF][1]
    found = {q.kind: q for q in quiz.transformer_quizzes(result, ENCODER_SELF, 1, 0, 2, changed=True)}
    assert _answer(found["key_for_query"]) == quiz.labels(result.src_tokens)[int(np.argmax(w[0, 2]))]
    previous = head_statistics(w[None], np.zeros(w.shape[-1], bool)).previous[0]
    assert _answer(found["previous_head"]) == f"L2 H{int(np.argmax(previous)) + 1}"
    assert _answer(found["knockout_changes"]) == "quiz_choice_yes"
    cross = {q.kind: q for q in quiz.transformer_quizzes(result, CROSS, 0, 1, 0)}
    assert "knockout_changes" not in cross
    assert _answer(cross["broadest_head"]) == f"L1 H{int(np.argmax(quiz.entropy(result.attention[CROSS][0]).mean(-1))) + 1}"


def test_bert_questions_on_minilm():
    result = models.load("minilm").run("The animal didn't cross the street")
    found = {q.kind: q for q in quiz.bert_quizzes(result, 2, 3)}
    for q in found.values():
        _valid(q)
    w = result.attention["encoder.self"]
    special = np.array([t in quiz.SPECIAL for t in result.tokens])
    stats = head_statistics(w, special)
    assert _answer(found["previous_head"]) == f"L3 H{int(np.argmax(stats.previous[2])) + 1}"
    assert found["head_pattern"].answer == PATTERNS.index(pattern_labels(stats)[2, 3])
    row = np.where(special, 0, w[2, 3, 1])
    assert _answer(found["key_for_query"]) == quiz.labels(result.tokens)[int(np.argmax(row))]
