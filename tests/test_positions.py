"""Positional encodings: the paper's definition, the rotation property, and the shuffle ablation."""

import numpy as np
import pytest

import models
from models.lessons import positions as pe
from models.lessons.ablation import permutation_check, shuffled_order
from models.lessons.extrapolation import NAMES, read_result


def test_table_is_the_papers_definition():
    table = pe.sinusoidal(100, 32)
    pos, i = np.meshgrid(np.arange(100), np.arange(16), indexing="ij")
    np.testing.assert_allclose(table[:, 0::2], np.sin(pos / 10000 ** (2 * i / 32)), atol=1e-12)
    np.testing.assert_allclose(table[:, 1::2], np.cos(pos / 10000 ** (2 * i / 32)), atol=1e-12)


@pytest.mark.parametrize("k", [1, 5, 37])
@pytest.mark.parametrize("d_model", [8, 64, 128])
def test_offset_is_a_rotation(k, d_model):
    assert pe.offset_residual(200, d_model, k) < 1e-6
    r = pe.rotation(k, 0.3)
    np.testing.assert_allclose(r @ r.T, np.eye(2), atol=1e-12)  # a rotation: orthogonal


def test_similarity_depends_only_on_distance():
    sim = pe.similarity(pe.sinusoidal(60, 64), "dot")
    for offset in (1, 7, 20):
        diagonal = np.diagonal(sim, offset)
        np.testing.assert_allclose(diagonal, diagonal[0], atol=1e-9)
    assert np.allclose(np.diag(pe.similarity(pe.sinusoidal(10, 16))), 1.0)


@pytest.fixture(scope="module")
def runner():
    return models.load("transformer-en-fr")


def test_without_positions_attention_is_permutation_equivariant(runner):
    words = "the small dog does not eat the green apple".split()
    ids = runner.src_vocab.encode(words) + [runner.src_vocab.eos_id]
    perm = shuffled_order(len(words), seed=3)
    assert sorted(perm) == list(range(len(ids))) and perm[-1] == len(words)
    without = permutation_check(runner.model, ids, perm, use_positions=False)
    assert without.max_difference < 1e-5
    with_pe = permutation_check(runner.model, ids, perm, use_positions=True)
    assert with_pe.max_difference > 0.05


def test_ablation_does_not_change_the_shared_model(runner):
    before = {k: v.clone() for k, v in runner.model.state_dict().items()}
    ids = runner.src_vocab.encode("i am a student".split()) + [3]
    permutation_check(runner.model, ids, shuffled_order(4, 0), use_positions=False)
    assert all((before[k] == v).all() for k, v in runner.model.state_dict().items())
    assert runner.run("i am a student").text == "je suis étudiant"


def test_stored_extrapolation_result_is_complete():
    result = read_result()
    assert result is not None and result.trained_up_to == 10
    test_split = models.load(NAMES[0]).task.pairs("test")
    assert result.lengths == sorted({len(p.src) for p in test_split})  # every length of the split the models are scored on
    for name in NAMES:
        scores = result.exact_match[name]
        assert len(scores) == len(result.lengths) and all(0 <= s <= 1 for s in scores)
    short = [s for n, s in zip(result.lengths, result.exact_match[NAMES[0]]) if n < 10]
    # In-distribution lengths are learned (beyond them the learned table falls to 0): 85-100% up to
    # 9 words. The 10-word sentences are the hardest short ones, and most hold constructions added to
    # the grammar after these models were trained (lists, named people, two actions of one subject,
    # set expressions, please): 72-74%.
    assert min(short) >= 0.84
    assert all(result.exact_match[name][result.lengths.index(10)] >= 0.70 for name in NAMES)
