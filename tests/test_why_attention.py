"""Why self-attention: Table 1's counts, the measured crossover, path lengths, last-word gradients."""

import numpy as np
import pytest
import torch
from torch.nn import functional as F

import models
from models.lessons import why_attention as why


def test_flop_counts_cross_at_n_equals_d():
    d = 64
    below, at, above = (why.flops(n, d) for n in (d // 2, d, 2 * d))
    assert below["attention"] < below["rnn"] and at["attention"] == at["rnn"] and above["attention"] > above["rnn"]
    assert why.flop_crossover(d) == d
    assert why.flops(10, 8, 3)["conv"] == 2 * 10 * 3 * 8 * 8


def test_table_one_columns():
    assert why.sequential_steps(12) == {"attention": 1, "rnn": 12, "conv": 1}
    assert why.max_path_length(9, 3) == {"attention": 1, "rnn": 8, "conv": 2}
    assert why.max_path_length(1) == {"attention": 0, "rnn": 0, "conv": 0}


def test_path_lengths_on_a_sentence():
    paths = why.path_lengths(5)
    assert paths["rnn"][0, 4] == paths["rnn"][4, 0] == 4 and np.all(np.diag(paths["rnn"]) == 0)
    assert paths["attention"].max() == 1 and np.all(np.diag(paths["attention"]) == 0)


def _timings(attention, rnn):
    return why.Timings(64, 3, [8, 16, 32, 64], {"attention": attention, "rnn": rnn, "conv": [1.0] * 4}, 3, 1, "test")


def test_measured_crossover_is_interpolated_between_grid_points():
    assert _timings([1, 1, 4, 8], [2, 2, 2, 2]).crossover() == pytest.approx(np.exp((np.log(16) + np.log(32)) / 2))
    assert _timings([1, 1, 1, 1], [2, 2, 2, 2]).crossover() is None


def test_the_timed_attention_layer_is_scaled_dot_product_attention():
    layer = why.layers(16)["attention"]
    x = torch.randn(1, 7, 16)
    q, k, v = layer.qkv(x).chunk(3, dim=-1)
    torch.testing.assert_close(layer(x), layer.out(F.scaled_dot_product_attention(q, k, v)))


def test_time_layers_on_a_tiny_grid_and_the_shipped_result():
    result = why.time_layers(lengths=(4, 8), d=8, repeats=2)
    assert set(result.seconds) == set(why.LAYERS) and all(len(v) == 2 and min(v) > 0 for v in result.seconds.values())
    shipped = why.read_result()
    assert shipped is not None and shipped.lengths == list(why.LENGTHS) and shipped.d == why.D_MODEL


@pytest.mark.parametrize("name", ["seq2seq-none-en-fr", "seq2seq-additive-en-fr", "transformer-en-fr"])
def test_last_word_gradients_reach_every_source_word(name):
    torch.set_num_threads(1)
    tokens, word, norms = why.last_word_gradients(models.load(name), "she is reading a book in the library")
    assert tokens[-1] == "</s>" and word != "</s>"
    assert norms.shape == (len(tokens),) and np.all(np.isfinite(norms)) and np.all(norms >= 0) and norms.max() > 0
