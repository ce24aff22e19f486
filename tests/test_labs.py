"""The Q·K·V lab arithmetic and the norm comparison, against torch references."""

import numpy as np
import pytest
import torch
import torch.nn.functional as F

from models.lessons.norms import batch_norm, demo_batch, layer_norm
from models.lessons.qkv import PRESETS, attention_steps, build_mask, preset_qkv, scaling_experiment


@pytest.mark.parametrize("preset", PRESETS)
@pytest.mark.parametrize("mask_kind", ["none", "causal", "padding"])
def test_lab_attention_equals_torch(preset, mask_kind):
    q, k, v = preset_qkv(preset, 5, 3, seed=4)
    mask = build_mask(mask_kind, 5, pads=2)
    r = attention_steps(q, k, v, mask)
    ref = F.scaled_dot_product_attention(*(torch.tensor(x)[None] for x in (q, k, v)), attn_mask=torch.tensor(mask)[None])
    np.testing.assert_allclose(r.output, ref[0].numpy(), atol=1e-10)
    assert np.all(r.weights[~mask] == 0) and np.all(np.isneginf(r.masked[~mask]))


def test_presets_do_what_they_say():
    q, k, v = preset_qkv("match", 4, 4)
    assert np.all(np.argmax(attention_steps(q, k, v).weights, axis=1) == np.arange(4))
    q, k, v = preset_qkv("previous", 4, 4)
    w = attention_steps(q, k, v, build_mask("causal", 4)).weights
    assert np.all(np.argmax(w[1:], axis=1) == np.arange(3))
    q, k, v = preset_qkv("uniform", 4, 2)
    np.testing.assert_allclose(attention_steps(q, k, v).weights, 0.25)


def test_switches_temperature_hard_window_scaling_entropy():
    q, k, v = preset_qkv("random", 5, 3, seed=1)
    soft = attention_steps(q, k, v, temperature=1.0)
    sharp = attention_steps(q, k, v, temperature=0.1)
    assert (sharp.entropy <= soft.entropy + 1e-9).all()
    hard = attention_steps(q, k, v, hard=True)
    assert np.all(hard.weights.sum(1) == 1) and np.all(hard.entropy == 0)
    local = build_mask("none", 5, window=1)
    assert local[0, 2] == False and local[2, 1] and local[2, 3]  # noqa: E712
    unscaled = attention_steps(q, k, v, scale=False)
    np.testing.assert_allclose(unscaled.scaled, q @ k.T)
    np.testing.assert_allclose(attention_steps(q, k, v).entropy.max(), soft.entropy.max())
    assert attention_steps(q, k, v, np.zeros((5, 5), bool)).output.sum() == 0  # all masked: zeros


def test_custom_mask_shape_is_checked():
    with pytest.raises(ValueError):
        build_mask("custom", 3, custom=np.ones((2, 2)))


def test_scaling_experiment_measures_variance_growing_with_dk():
    e = scaling_experiment(dims=(4, 64, 512), trials=400)
    assert e.var_raw[0] < e.var_raw[1] < e.var_raw[2]
    assert np.allclose(e.var_scaled, 1.0, atol=0.2)
    assert e.max_weight_raw[-1] > 0.8 > e.max_weight_scaled[-1]


def test_layer_norm_and_batch_norm_equal_torch():
    x = demo_batch(3)
    ln, bn = layer_norm(x), batch_norm(x)
    xt = torch.tensor(x)
    np.testing.assert_allclose(ln.output, F.layer_norm(xt, (x.shape[-1],)).numpy(), atol=1e-6)
    ref = F.batch_norm(xt.reshape(-1, x.shape[-1]), None, None, training=True).reshape(x.shape)
    np.testing.assert_allclose(bn.output, ref.numpy(), atol=1e-6)
    np.testing.assert_allclose(ln.output.mean(-1), 0, atol=1e-9)
    np.testing.assert_allclose(bn.output.mean((0, 1)), 0, atol=1e-9)
