"""The Transformer: multi-head attention equals torch's, masks give exact zeros, traces are pinned."""

import numpy as np
import pytest
import torch
from torch import nn

import models
from models.nn.attention import causal_mask
from models.nn.capture import capture, name_taps
from models.nn.positional import sinusoidal_encoding
from models.nn.transformer import ATTENTION_SITES, SITE_KEYS, MultiHeadAttention, Transformer, TransformerConfig
from models.nn.vocab import batch_tensor

torch.manual_seed(0)
CFG = TransformerConfig(src_vocab_size=12, tgt_vocab_size=11, d_model=16, n_heads=4, n_layers=2, d_ff=32)


def _pair(cfg=CFG):
    """Our multi-head block and torch's, holding the same weights."""
    mha = MultiHeadAttention(cfg)
    name_taps(mha)
    ref = nn.MultiheadAttention(cfg.d_model, cfg.n_heads, batch_first=True)
    with torch.no_grad():
        ref.in_proj_weight.copy_(torch.cat([mha.w_q.weight, mha.w_k.weight, mha.w_v.weight]))
        ref.in_proj_bias.copy_(torch.cat([mha.w_q.bias, mha.w_k.bias, mha.w_v.bias]))
        ref.out_proj.weight.copy_(mha.w_o.weight)
        ref.out_proj.bias.copy_(mha.w_o.bias)
    return mha.eval(), ref.eval()


@pytest.mark.parametrize("kind", ["self", "self-causal", "self-padding", "cross", "cross-padding"])
def test_multi_head_attention_equals_torch(kind):
    mha, ref = _pair()
    x = torch.randn(2, 5, 16)
    memory = x if kind.startswith("self") else torch.randn(2, 7, 16)
    lk = memory.shape[1]
    allowed = torch.ones(2, 1, 5, lk, dtype=torch.bool)
    attn_mask, key_padding_mask = None, None
    if kind == "self-causal":
        allowed = causal_mask(5)[None, None].expand(2, 1, 5, 5)
        attn_mask = ~causal_mask(5)  # torch: True = may NOT attend
    if kind.endswith("padding"):
        key_padding_mask = torch.zeros(2, lk, dtype=torch.bool)
        key_padding_mask[1, -2:] = True  # the second sequence is two pads shorter
        allowed = ~key_padding_mask[:, None, None, :].expand(2, 1, 5, lk)
    with capture() as store:
        ours = mha(x, memory, allowed)
    theirs, their_weights = ref(
        x, memory, memory, attn_mask=attn_mask, key_padding_mask=key_padding_mask, need_weights=True, average_attn_weights=False
    )
    torch.testing.assert_close(ours, theirs, atol=1e-5, rtol=1e-4)
    torch.testing.assert_close(store["weights"][0], their_weights, atol=1e-6, rtol=1e-5)
    assert torch.all(store["weights"][0][~allowed.expand(2, 4, 5, lk)] == 0)


def test_positional_encoding_is_the_papers_formula():
    table = sinusoidal_encoding(50, 16).double()
    for pos in (0, 7, 49):
        for i in range(8):
            angle = pos / 10000 ** (2 * i / 16)
            assert table[pos, 2 * i] == pytest.approx(np.sin(angle), abs=1e-6)
            assert table[pos, 2 * i + 1] == pytest.approx(np.cos(angle), abs=1e-6)


@pytest.mark.parametrize("norm", ["post", "pre"])
@pytest.mark.parametrize("positions", ["sinusoidal", "learned"])
def test_masks_give_exact_zeros_in_a_padded_batch(norm, positions):
    model = Transformer(
        TransformerConfig(12, 11, d_model=16, n_heads=4, n_layers=2, d_ff=32, norm=norm, positions=positions)
    ).eval()
    src, lengths = batch_tensor([[4, 5, 6, 7, 3], [4, 5, 3]])
    tgt, _ = batch_tensor([[2, 5, 6, 7], [2, 5]])
    with capture() as store:
        model(src, lengths, tgt)
    for i in range(2):
        enc = store[f"encoder.{i}.self_attn.weights"][0]  # [batch, head, q, k]
        cross = store[f"decoder.{i}.cross_attn.weights"][0]
        dec = store[f"decoder.{i}.self_attn.weights"][0]
        assert torch.all(enc[1, :, :, 3:] == 0) and torch.all(cross[1, :, :, 3:] == 0)  # padding keys
        assert torch.all(dec[0][:, torch.triu(torch.ones(4, 4, dtype=torch.bool), 1)] == 0)  # the future
        assert torch.all(dec[1, :, :, 2:] == 0)
        torch.testing.assert_close(enc[0].sum(-1), torch.ones(4, 5))


@pytest.fixture(scope="module")
def shipped():
    return models.load("transformer-en-fr")


def test_contract_shapes_and_pinned_trace_keys(shipped):
    r = shipped.run("the red car is fast")
    assert r.text == "la voiture rouge est rapide"
    n_src, n_tgt, cfg = len(r.src_tokens), len(r.tgt_tokens), shipped.model.cfg
    assert r.attention["encoder.self"].shape == (cfg.n_layers, cfg.n_heads, n_src, n_src)
    assert r.attention["decoder.self"].shape == (cfg.n_layers, cfg.n_heads, n_tgt, n_tgt)
    assert r.attention["cross"].shape == (cfg.n_layers, cfg.n_heads, n_tgt, n_src)
    expected = {"probs"}
    for side in ("src_embed", "tgt_embed"):
        expected |= {f"{side}.tokens", f"{side}.positions", f"{side}.sum"}
    for i in range(cfg.n_layers):
        for site in ATTENTION_SITES.values():
            expected |= {f"{site.format(i=i)}.{key}" for key in SITE_KEYS}
        for stack, n_norms in (("encoder", 2), ("decoder", 3)):
            expected |= {f"{stack}.{i}.add_norm{j}.{w}" for j in range(1, n_norms + 1) for w in ("before", "sublayer", "after")}
    assert set(r.trace) == expected
    assert r.trace["decoder.0.cross_attn.q"].shape == (cfg.n_heads, n_tgt, cfg.d_model // cfg.n_heads)
    assert np.all(np.isneginf(r.trace["decoder.0.self_attn.masked"][:, 0, 1:]))


def test_trace_intermediates_chain_together(shipped):
    r = shipped.run("i am a student")
    t = r.trace
    q, k, v = t["encoder.1.self_attn.q"], t["encoder.1.self_attn.k"], t["encoder.1.self_attn.v"]
    np.testing.assert_allclose(t["encoder.1.self_attn.scores"], q @ k.transpose(0, 2, 1), atol=1e-4)
    np.testing.assert_allclose(t["encoder.1.self_attn.scaled"], t["encoder.1.self_attn.scores"] / np.sqrt(q.shape[-1]), atol=1e-5)
    np.testing.assert_allclose(t["encoder.1.self_attn.heads"], t["encoder.1.self_attn.weights"] @ v, atol=1e-5)
    assert np.allclose(t["encoder.0.add_norm2.before"], t["encoder.0.add_norm1.after"])


def test_greedy_with_trace_equals_greedy_without(shipped):
    src, lengths = batch_tensor([shipped.src_vocab.encode("the small dog does not eat the green apple".split()) + [3]])
    plain = shipped.model.greedy(src, lengths, 2, 3, 40)
    with capture():
        traced = shipped.model.greedy(src, lengths, 2, 3, 40)
    assert plain == traced


def test_rows_of_the_full_pass_are_what_each_decoding_step_computed(shipped):
    r = shipped.run("she reads a long letter in the garden")
    src, lengths = batch_tensor([shipped.src_vocab.encode(r.src_tokens[:-1]) + [3]])
    ids = shipped.tgt_vocab.encode(r.tgt_input_tokens)
    for t in range(1, len(ids) + 1):  # the decoder as it was after writing t tokens
        with capture() as store, torch.inference_mode():
            shipped.model(src, lengths, torch.tensor([ids[:t]]))
        step_cross = store["decoder.1.cross_attn.weights"][0][0, :, -1]  # [head, src_pos]
        np.testing.assert_allclose(step_cross.numpy(), r.attention["cross"][1, :, t - 1], atol=1e-5)


def test_run_does_not_change_the_shared_model(shipped):
    before = {k: v.clone() for k, v in shipped.model.state_dict().items()}
    shipped.run("the cat sleeps")
    assert all(torch.equal(before[k], v) for k, v in shipped.model.state_dict().items())


@pytest.mark.parametrize("text", ["", "😀", "나는 학생이다", "<b>x</b>", "x " * 500])
def test_hostile_input(shipped, text):
    r = shipped.run(text)
    assert r.src_tokens[-1] == "</s>" and r.attention["cross"].shape[-1] == len(r.src_tokens)


@pytest.mark.parametrize("norm", ["post", "pre"])
def test_cached_greedy_equals_re_decoding_the_whole_prefix(norm):
    """Greedy decoding runs one new position per step against each layer's cached inputs; it must
    write what re-running the decoder on the whole prefix (the textbook loop) writes."""
    torch.manual_seed(0)
    model = Transformer(TransformerConfig(30, 40, d_model=32, n_heads=4, n_layers=2, d_ff=64, norm=norm)).eval()
    src, lengths = torch.randint(4, 30, (5, 9)), torch.tensor([9, 7, 5, 9, 3])
    with torch.no_grad():
        memory, src_mask = model.encode(src, lengths)
        ys = torch.full((5, 1), 2, dtype=torch.long)
        for _ in range(12):
            ys = torch.cat([ys, model.decode(ys, memory, src_mask)[:, -1].argmax(-1)[:, None]], dim=1)
    cached = model.greedy(src, lengths, 2, 3, 12)
    expected = [row[: row.index(3) + 1] if 3 in row else row for row in ys[:, 1:].tolist()]
    assert cached == expected
