"""Multi-head, assembled: concat(heads) @ W_Oᵀ + b is the attention output each model computed."""

import numpy as np
import pytest

import models
from models.inference.results import ATTENTION_KINDS
from models.lessons.multihead import assemble, bert_assembly, transformer_assembly
from models.nn import transformer


@pytest.fixture(scope="module")
def tf():
    return models.load("transformer-en-fr")


@pytest.mark.parametrize("kind", ATTENTION_KINDS)
def test_transformer_concat_through_w_o_is_the_captured_output(tf, kind):
    r = tf.run("the small dog does not eat the green apple")
    rows = r.axis_tokens(kind)[0]
    for layer in range(tf.layers):
        for query in (0, len(rows) - 1):
            a = transformer_assembly(tf, r, kind, layer, query)
            assert a.heads.shape == (4, 48) and a.concat.shape == (192,) and a.w_o.shape == (192, 192)
            np.testing.assert_allclose(a.product, a.captured, atol=1e-5)
            np.testing.assert_array_equal(a.concat, r.trace[transformer.site_name(kind, layer, "concat")][query])
            np.testing.assert_allclose(a.contributions.sum(0) + a.bias, a.product, atol=1e-5)


def test_minilm_concat_through_w_o_is_the_captured_output():
    bert = models.load("minilm")
    r = bert.run("The animal didn't cross the street because it was too tired")
    for layer in range(bert.layers):
        a = bert_assembly(bert, r, layer, 8)
        assert a.heads.shape == (12, 32) and a.w_o.shape == (384, 384)
        assert a.max_error < 1e-4
        np.testing.assert_allclose(a.contributions.sum(0) + a.bias, a.product, atol=1e-5)


def test_assemble_checks_shapes_and_orders_heads_side_by_side():
    heads = np.arange(6, dtype=np.float32).reshape(2, 3)
    a = assemble(heads, np.eye(6, dtype=np.float32), np.zeros(6, np.float32), np.arange(6, dtype=np.float32))
    assert a.concat.tolist() == [0, 1, 2, 3, 4, 5] and a.max_error == 0
    assert a.contributions.tolist() == [[0, 1, 2, 0, 0, 0], [0, 0, 0, 3, 4, 5]]
    with pytest.raises(ValueError, match="W_O"):
        assemble(heads, np.eye(4), np.zeros(4), np.zeros(4))


def test_matrix_heatmap_contract():
    import viz

    fig = viz.matrix_heatmap(np.arange(6.0).reshape(2, 3) - 2, title="W_O: 2 × 3", value_name="w")
    trace = fig.data[0]
    assert trace.type == "heatmap" and np.asarray(trace.z).shape == (2, 3) and np.asarray(trace.z).dtype == np.float32
    assert trace.zmid == 0 and trace.zmin == -3 and trace.zmax == 3  # the diverging convention, centred on 0
    with pytest.raises(ValueError, match="2-D"):
        viz.matrix_heatmap(np.zeros((2, 2, 2)))
