"""Level 1: the attention functions' invariants and their torch references."""

import numpy as np
import pytest
import torch
import torch.nn.functional as F

from models.nn import attention as att

torch.manual_seed(0)


def _qkv(batch=2, lq=5, lk=7, d=8, dv=6):
    return torch.randn(batch, lq, d), torch.randn(batch, lk, d), torch.randn(batch, lk, dv)


def test_scaled_dot_product_equals_torch_reference_without_mask():
    q, k, v = _qkv()
    out, weights = att.scaled_dot_product(q, k, v)
    torch.testing.assert_close(out, F.scaled_dot_product_attention(q, k, v))
    torch.testing.assert_close(weights.sum(-1), torch.ones(2, 5))


@pytest.mark.parametrize("kind", ["random", "causal", "padding"])
def test_scaled_dot_product_equals_torch_reference_with_mask(kind):
    q, k, v = _qkv(lq=6, lk=6)
    if kind == "random":
        mask = torch.rand(2, 6, 6) > 0.4
        mask[..., 0] = True  # keep every row attendable so the reference has no NaN
    elif kind == "causal":
        mask = att.causal_mask(6).expand(2, 6, 6)
    else:
        mask = torch.ones(2, 6, 6, dtype=torch.bool)
        mask[1, :, 4:] = False  # the second sentence is two pads shorter
    out, weights = att.scaled_dot_product(q, k, v, mask)
    torch.testing.assert_close(out, F.scaled_dot_product_attention(q, k, v, attn_mask=mask))
    assert torch.all(weights[~mask] == 0.0)  # exactly zero, not merely small
    torch.testing.assert_close(weights.sum(-1), torch.ones(2, 6))


def test_multi_head_shapes_broadcast():
    q, k, v = torch.randn(2, 4, 5, 8), torch.randn(2, 4, 7, 8), torch.randn(2, 4, 7, 3)
    out, weights = att.scaled_dot_product(q, k, v)
    assert out.shape == (2, 4, 5, 3) and weights.shape == (2, 4, 5, 7)
    torch.testing.assert_close(out, F.scaled_dot_product_attention(q, k, v))


def test_causal_weights_are_exactly_zero_above_the_diagonal():
    q, k, v = _qkv(lq=5, lk=5)
    _, weights = att.scaled_dot_product(q, k, v, att.causal_mask(5))
    upper = torch.triu(torch.ones(5, 5, dtype=torch.bool), diagonal=1)
    assert torch.all(weights[:, upper] == 0.0)


@pytest.mark.parametrize("big", [1e4, -1e4, 3e38])
def test_softmax_is_stable_for_huge_scores(big):
    scores = torch.tensor([[big, 0.0, -big, big / 2]])
    weights = att.masked_softmax(scores)
    assert torch.all(torch.isfinite(weights))
    assert float(weights.sum()) == pytest.approx(1.0)


def test_fully_masked_row_gives_zero_weights_and_zero_output():
    q, k, v = _qkv(batch=1, lq=2, lk=3)
    mask = torch.tensor([[[True, False, True], [False, False, False]]])
    out, weights = att.scaled_dot_product(q, k, v, mask)
    assert torch.all(weights[0, 1] == 0) and torch.all(out[0, 1] == 0)
    assert float(weights[0, 0].sum()) == pytest.approx(1.0)


def test_temperature_sharpens_and_flattens():
    scores = torch.tensor([[1.0, 2.0, 3.0]])
    sharp, flat = att.masked_softmax(scores, temperature=0.1), att.masked_softmax(scores, temperature=10)
    assert sharp.max() > att.masked_softmax(scores).max() > flat.max()
    with pytest.raises(ValueError):
        att.masked_softmax(scores, temperature=0)


def test_score_functions_match_their_formulas_written_as_loops():
    q, k = torch.randn(1, 2, 4), torch.randn(1, 3, 4)
    w = torch.randn(4, 4)
    wq, wk, v = torch.randn(5, 4), torch.randn(5, 4), torch.randn(5)
    dot, general, additive = att.dot_scores(q, k), att.general_scores(q, k, w), att.additive_scores(q, k, wq, wk, v)
    for i in range(2):
        for j in range(3):
            assert dot[0, i, j] == pytest.approx(float(q[0, i] @ k[0, j]), abs=1e-5)
            assert general[0, i, j] == pytest.approx(float(q[0, i] @ (w @ k[0, j])), abs=1e-4)
            expected = float(v @ torch.tanh(wq @ q[0, i] + wk @ k[0, j]))
            assert additive[0, i, j] == pytest.approx(expected, abs=1e-5)


def test_attend_is_the_weighted_sum_of_values():
    scores, values = torch.randn(3, 4), torch.randn(4, 2)
    out, weights = att.attend(scores, values)
    torch.testing.assert_close(out, torch.softmax(scores, -1) @ values)


def test_softmax_breakdown_shows_every_intermediate():
    parts = att.softmax_breakdown(np.array([40.0, 20.0, 20.0, 320.0]))
    assert parts.shift == 320.0
    assert parts.exps[3] == 1.0 and parts.normaliser == pytest.approx(1.0)
    assert parts.weights[3] == pytest.approx(1.0) and parts.weights[0] < 1e-100
    warm = att.softmax_breakdown(np.array([40.0, 20.0, 20.0, 320.0]), temperature=100.0)
    assert warm.weights.max() < 0.9
    with pytest.raises(ValueError):
        att.softmax_breakdown(np.array([]))
