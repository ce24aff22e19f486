"""Minimal pairs: difflib alignment, total-variation distance per row, heads ranked by change."""

import numpy as np
import pytest

import models
from models.inference.results import ENCODER_SELF
from models.lessons.minimal_pairs import align, pair_change, row_distance

A = "The animal didn't cross the street because it was too tired"
B = "The animal didn't cross the street because it was too wide"


def test_align_pairs_the_unchanged_tokens():
    assert align(["a", "b", "c", "d"], ["a", "x", "c", "d"]) == [(0, 0), (2, 2), (3, 3)]
    assert align(["a", "b"], ["z", "a", "b"]) == [(0, 1), (1, 2)]
    assert align(["a"], ["b"]) == []


def test_row_distance_is_total_variation_over_the_union_of_keys():
    keys = [(0, 0), (1, 1)]
    assert row_distance(np.array([0.5, 0.5]), np.array([0.5, 0.5]), keys) == pytest.approx(0)
    assert row_distance(np.array([1.0, 0.0]), np.array([0.0, 1.0]), keys) == pytest.approx(1)
    # all of b's weight on its extra key, none of a's there: nothing in common
    assert row_distance(np.array([0.5, 0.5, 0.0]), np.array([0.0, 0.0, 1.0]), keys) == pytest.approx(1)
    assert row_distance(np.array([0.5, 0.5, 0.0]), np.array([0.5, 0.25, 0.25]), keys) == pytest.approx(0.25)


def test_the_same_sentence_has_no_change_and_the_pair_ranks_heads():
    bert = models.load("minilm")
    ra, rb = bert.run(A), bert.run(B)
    same = pair_change(ra.attention[ENCODER_SELF], ra.attention[ENCODER_SELF], (ra.tokens, ra.tokens), (ra.tokens, ra.tokens))
    assert np.allclose(same.change, 0)
    pc = pair_change(ra.attention[ENCODER_SELF], rb.attention[ENCODER_SELF], (ra.tokens, rb.tokens), (ra.tokens, rb.tokens))
    assert pc.change.shape == (6, 12) and (pc.change > 0).all() and (pc.change <= 1).all()
    assert len(pc.queries) == len(ra.tokens) - 1  # every piece but "tired" / "wide"
    top = pc.top(5)
    assert [c for *_, c in top] == sorted(pc.change.ravel(), reverse=True)[:5]
    layer, head, change = top[0]
    assert pc.change[layer, head] == change
    rows = [
        row_distance(ra.attention[ENCODER_SELF][layer, head, i], rb.attention[ENCODER_SELF][layer, head, j], pc.keys)
        for i, j in pc.queries
    ]
    assert np.mean(rows) == pytest.approx(change)


def test_nothing_in_common_counts_as_entirely_changed():
    w = np.full((1, 1, 2, 2), 0.5)
    assert pair_change(w, w, (["a", "b"], ["c", "d"]), (["a", "b"], ["c", "d"])).change.tolist() == [[1.0]]
