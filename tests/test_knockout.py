"""Head knock-out: no knock-out is the normal run exactly; one head left is that head through W_O;
the ranking is sorted by the effect it measures; MiniLM still equals Hugging Face."""

import numpy as np
import pytest
import torch

import models
from models.inference.results import ATTENTION_KINDS, CROSS, ENCODER_SELF
from models.lessons import knockout as ko
from models.nn import bert, transformer
from models.nn.head_mask import knock_out

TEXT = "the small dog does not eat the green apple"
SENTENCE = "The animal didn't cross the street because it was too tired"


@pytest.fixture(scope="module")
def tf():
    return models.load("transformer-en-fr")


@pytest.fixture(scope="module")
def minilm():
    return models.load("minilm")


def _same_run(a, b):
    assert a.keys() == b.keys()
    for name in a:
        assert np.array_equal(a[name], b[name]), name


def test_knocking_out_no_head_reproduces_the_normal_run_exactly(tf, minilm):
    normal = tf.run(TEXT)
    with knock_out(ko.head_masks(ko._transformer_gate, tf.heads, [])):
        again = tf.run(TEXT)
    with knock_out({transformer.gate_name(CROSS, 1): torch.ones(tf.heads)}):  # a mask that keeps every head
        kept = tf.run(TEXT)
    assert again.text == kept.text == normal.text
    _same_run(normal.trace, again.trace)
    _same_run(normal.trace, kept.trace)
    empty = ko.translation_knockout(tf, TEXT, normal, [])
    assert empty.result.text == normal.text and np.allclose(empty.p_before, empty.p_after)
    assert all(np.allclose(c, 0, atol=1e-6) for c in empty.change.values())
    b = minilm.run(SENTENCE)
    with knock_out({bert.gate_name(2): torch.ones(minilm.heads)}):
        b2 = minilm.run(SENTENCE)
    _same_run(b.trace, b2.trace)
    assert ko.embedding_knockout(minilm, SENTENCE, b, []).cosine == pytest.approx(1.0, abs=1e-9)


@pytest.mark.parametrize("kind,layer,keep", [(ENCODER_SELF, 0, 2), ("decoder.self", 1, 0), (CROSS, 2, 3)])
def test_all_heads_but_one_is_that_head_alone_through_w_o(tf, kind, layer, keep):
    off = [(kind, layer, h) for h in range(tf.heads) if h != keep]
    result = ko.translation_knockout(tf, TEXT, tf.run(TEXT), off).result
    heads = result.site(kind, layer).heads  # [head, q_pos, d_head], knocked-out heads are 0
    assert np.all(heads[[h for h in range(tf.heads) if h != keep]] == 0) and np.any(heads[keep] != 0)
    block = transformer.attention_block(tf.model, kind, layer)
    d_head = heads.shape[-1]
    w = block.w_o.weight.detach().numpy()[:, keep * d_head : (keep + 1) * d_head]  # [d_model, d_head]
    alone = heads[keep] @ w.T + block.w_o.bias.detach().numpy()
    np.testing.assert_allclose(result.trace[transformer.site_name(kind, layer, "out")], alone, atol=1e-5)


def test_the_same_holds_in_minilm(minilm):
    normal = minilm.run(SENTENCE)
    off = [(ENCODER_SELF, 3, h) for h in range(minilm.heads) if h != 5]
    r = ko.embedding_knockout(minilm, SENTENCE, normal, off).result
    heads = r.site(3).heads
    dense = bert.output_projection(minilm.model, 3)
    w = dense.weight.detach().numpy()[:, 5 * 32 : 6 * 32]
    np.testing.assert_allclose(r.trace[bert.attention_output_name(3)], heads[5] @ w.T + dense.bias.detach().numpy(), atol=1e-5)


def test_knocked_out_heads_change_only_what_comes_after(tf, minilm):
    k = ko.translation_knockout(tf, TEXT, tf.run(TEXT), [("decoder.self", 1, 2)])
    assert np.allclose(k.change[ENCODER_SELF], 0, atol=1e-6)  # the encoder never sees the decoder
    assert np.allclose(k.change["decoder.self"][:2], 0, atol=1e-6) and np.allclose(k.change[CROSS][:1], 0, atol=1e-6)
    assert k.change[CROSS][1:].max() > 0 and k.change["decoder.self"][2].max() > 0
    assert k.p_after.shape == k.p_before.shape == (len(tf.run(TEXT).tgt_tokens),)
    e = ko.embedding_knockout(minilm, SENTENCE, minilm.run(SENTENCE), [(ENCODER_SELF, 2, 4)])
    assert np.allclose(e.change[:3], 0, atol=1e-6) and e.change[3:].min() > 0 and e.cosine < 1


def test_translation_ranking_is_sorted_by_the_measured_drop(tf):
    normal = tf.run(TEXT)
    ranking = ko.rank_translation_heads(tf, TEXT, normal)
    assert len(ranking) == len(ATTENTION_KINDS) * tf.layers * tf.heads
    effects = [e for _, e in ranking]
    assert effects == sorted(effects, reverse=True)
    for head, effect in (ranking[0], ranking[-1]):  # the batched measure equals one knock-out at a time
        alone = ko.translation_knockout(tf, TEXT, normal, [head])
        assert float((alone.p_before - alone.p_after).mean()) == pytest.approx(effect, abs=1e-5)


def test_minilm_ranking_is_sorted_by_the_measured_embedding_change(minilm):
    normal = minilm.run(SENTENCE)
    ranking = ko.rank_embedding_heads(minilm, normal)
    assert len(ranking) == 72 and len({h for h, _ in ranking}) == 72
    effects = [e for _, e in ranking]
    assert effects == sorted(effects, reverse=True) and effects[0] > 0
    for head, effect in (ranking[0], ranking[35]):
        assert 1 - ko.embedding_knockout(minilm, SENTENCE, normal, [head]).cosine == pytest.approx(effect, abs=1e-5)


def test_minilm_attention_with_knock_out_machinery_idle_equals_hugging_face(minilm):
    from transformers import BertModel

    from models.inference.minilm import package_dir

    hf = BertModel.from_pretrained(str(package_dir()), attn_implementation="eager").eval()
    with knock_out({}):
        r = minilm.run(SENTENCE)
    ids = torch.tensor([r.ids])
    with torch.no_grad():
        out = hf(input_ids=ids, token_type_ids=torch.tensor([r.type_ids]), output_attentions=True)
    np.testing.assert_allclose(r.attention[ENCODER_SELF], torch.stack([a[0] for a in out.attentions]).numpy(), atol=1e-4)


def test_the_knock_out_is_local_to_its_block_and_thread(tf):
    """One shared model: a knock-out in one session (thread) leaves another session's runs alone."""
    import threading

    normal = tf.run(TEXT)
    masks = {transformer.gate_name(CROSS, layer): torch.zeros(tf.heads) for layer in range(tf.layers)}
    seen = []
    with knock_out(masks):
        inside = tf.run(TEXT)
        other = threading.Thread(target=lambda: seen.append(tf.run(TEXT)))
        other.start()
        other.join()
    assert np.all(inside.site(CROSS, 0).heads == 0)  # the knock-out acted inside the block ...
    assert not np.allclose(inside.topk_probs[0], normal.topk_probs[0])  # ... and the source no longer reached the output
    for after in (seen[0], tf.run(TEXT)):  # ... but not in the other thread, nor after the block
        assert after.text == normal.text
        np.testing.assert_allclose(after.topk_probs, normal.topk_probs, rtol=1e-4, atol=1e-7)
        assert np.any(after.site(CROSS, 0).heads != 0)


def test_attention_change_is_total_variation():
    assert ko.attention_change(np.eye(3)[None], np.eye(3)[None]).tolist() == [0.0]
    assert ko.attention_change(np.eye(2), np.eye(2)[::-1]) == pytest.approx(1.0)
    assert ko.attention_change(np.array([[0.5, 0.5]]), np.array([[1.0, 0.0]])) == pytest.approx(0.5)
