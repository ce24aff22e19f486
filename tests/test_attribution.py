"""Attention vs attribution: integrated gradients are complete, gradient × input is a directional
derivative, and the from-embeddings paths equal the models' own forward passes."""

import numpy as np
import pytest
import torch

import models
from models.lessons import attribution as attr
from models.lessons.from_embeddings import embed, minilm_hidden, translation_logits
from models.nn.vocab import batch_tensor


def _tiny_score(seed=0):
    """A small smooth non-linear function of a [batch, 3, 4] input, for exact checks."""
    g = torch.Generator().manual_seed(seed)
    w1, w2 = torch.randn(4, 5, generator=g, dtype=torch.float64), torch.randn(5, generator=g, dtype=torch.float64)
    return lambda x: (torch.tanh(x @ w1) @ w2).sum(-1)


def test_integrated_gradients_are_complete_on_a_tiny_function():
    score = _tiny_score()
    x = torch.randn(3, 4, generator=torch.Generator().manual_seed(1), dtype=torch.float64)
    ig, value, base = attr.integrated_gradients(score, x)
    assert value == pytest.approx(float(score(x[None])[0])) and base == pytest.approx(0.0)
    assert float(ig.sum()) == pytest.approx(value - base, rel=0.01)


def test_gradient_times_input_equals_a_finite_difference():
    """Σ_d x_id ∂f/∂x_id is the derivative of f(x + ε·x_i) in ε, x_i = row i alone."""
    score = _tiny_score(2)
    x = torch.randn(3, 4, generator=torch.Generator().manual_seed(3), dtype=torch.float64)
    gxi = attr.gradient_x_input(score, x)
    eps = 1e-6
    for i in range(3):
        bump = torch.zeros_like(x)
        bump[i] = x[i] * eps
        fd = (score((x + bump)[None]) - score((x - bump)[None]))[0] / (2 * eps)
        assert float(gxi[i]) == pytest.approx(float(fd), rel=1e-6, abs=1e-9)


def test_spearman_ranks_with_ties_and_undefined_cases():
    assert attr.spearman(np.array([1, 2, 3, 4]), np.array([10, 20, 30, 40])) == pytest.approx(1.0)
    assert attr.spearman(np.array([1, 2, 3, 4]), np.array([4, 3, 2, 1])) == pytest.approx(-1.0)
    assert attr.spearman(np.array([1, 2, 2, 3]), np.array([1, 2, 2, 3])) == pytest.approx(1.0)
    assert attr.spearman(np.array([1, 1, 1]), np.array([1, 2, 3])) is None
    assert attr.spearman(np.array([1, 2]), np.array([1, 2])) is None


@pytest.fixture(scope="module")
def translators():
    torch.set_num_threads(1)
    return {name: models.load(name) for name in ("seq2seq-additive-en-fr", "transformer-en-fr")}


def _ids(runner, text):
    result = runner.run(text)
    return runner.source_ids(result.src_tokens[:-1]), runner.tgt_vocab.encode(result.tgt_tokens)


@pytest.mark.parametrize("name", ["seq2seq-additive-en-fr", "transformer-en-fr"])
def test_from_embeddings_equals_the_model(translators, name):
    runner = translators[name]
    src, out = _ids(runner, "the red car is fast")
    tgt_in = [runner.tgt_vocab.bos_id] + out[:-1]
    s, lengths = batch_tensor([src])
    with torch.no_grad():
        reference = runner.model(s, lengths, torch.tensor([tgt_in]))
        mine = translation_logits(runner.model, embed(runner.model, src)[None], tgt_in)
    torch.testing.assert_close(mine, reference, atol=1e-5, rtol=1e-5)


@pytest.mark.parametrize("name", ["seq2seq-additive-en-fr", "transformer-en-fr"])
def test_translation_attribution_is_complete_within_one_percent(translators, name):
    runner = translators[name]
    src, out = _ids(runner, "the red car is fast")
    for step in (0, len(out) - 2):
        found = attr.translation_attribution(runner.model, src, out, runner.tgt_vocab.bos_id, step)
        assert found.integrated.shape == found.grad_input.shape == (len(src),)
        assert abs(found.completeness_gap) <= 0.01 * abs(found.value - found.baseline_value)


def test_attribution_leaves_the_shared_model_untouched(translators):
    runner = translators["transformer-en-fr"]
    before = {k: v.clone() for k, v in runner.model.state_dict().items()}
    src, out = _ids(runner, "i am a student")
    attr.translation_attribution(runner.model, src, out, runner.tgt_vocab.bos_id, 0)
    assert all(torch.equal(before[k], v) for k, v in runner.model.state_dict().items())
    assert all(p.grad is None for p in runner.model.parameters())


def test_minilm_from_embeddings_and_completeness():
    torch.set_num_threads(1)
    runner = models.load("minilm")
    result = runner.run("the bank of the river")
    mask = torch.ones(1, len(result.ids), dtype=torch.long)
    with torch.no_grad():
        reference = runner.model(torch.tensor([result.ids]), torch.tensor([result.type_ids]), mask)
        mine = minilm_hidden(runner.model, embed(runner.model, result.ids)[None], result.type_ids)
    torch.testing.assert_close(mine, reference, atol=1e-5, rtol=1e-5)
    found = attr.minilm_attribution(runner.model, result.ids, result.type_ids, 2)
    assert abs(found.completeness_gap) <= 0.01 * abs(found.value - found.baseline_value)
