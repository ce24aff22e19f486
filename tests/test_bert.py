"""MiniLM with our attention equals Hugging Face's BERT, and its views keep rows summing to 1."""

import numpy as np
import pytest
import torch

import models
from models.inference.minilm import MAX_PIECES, SPECIAL
from models.lessons.head_stats import display_attention, head_statistics, merge_pieces, pattern_labels, rollout

CASES = [
    ("The cat sat on the mat because it was tired.", None),
    ("Transformers are unbelievably good at translation.", None),
    ("Where is the bank?", "I deposited money at the bank."),
    ("나는 학생이다", None),
]


@pytest.fixture(scope="module")
def bert():
    return models.load("minilm")


@pytest.fixture(scope="module")
def hf():
    from transformers import BertModel

    from models.inference.minilm import package_dir

    return BertModel.from_pretrained(str(package_dir()), attn_implementation="eager").eval()


@pytest.mark.parametrize("text,pair", CASES)
def test_attention_equals_hugging_face(bert, hf, text, pair):
    r = bert.run(text, pair)
    ids = torch.tensor([r.ids])
    with torch.no_grad():
        out = hf(
            input_ids=ids, token_type_ids=torch.tensor([r.type_ids]), attention_mask=torch.ones_like(ids), output_attentions=True
        )
    reference = torch.stack([a[0] for a in out.attentions]).numpy()
    assert r.attention["encoder.self"].shape == (6, 12, len(r.tokens), len(r.tokens))
    np.testing.assert_allclose(r.attention["encoder.self"], reference, atol=1e-4)
    np.testing.assert_allclose(r.trace["encoder.layer.5.after"], out.last_hidden_state[0].numpy(), atol=1e-4)


def test_sentence_embedding_equals_sentence_transformers(bert):
    from sentence_transformers import SentenceTransformer

    from models.inference.minilm import package_dir

    st_model = SentenceTransformer(str(package_dir()), device="cpu")
    sentences = [c[0] for c in CASES[:3]]
    reference = st_model.encode(sentences)
    for sentence, ref in zip(sentences, reference):
        ours = bert.run(sentence).embedding
        assert float(ours @ ref / np.linalg.norm(ref)) >= 0.9999


def test_tokenisation_pairs_and_limits(bert):
    r = bert.run("Where is the bank?", "At the river.")
    assert r.tokens[0] == "[CLS]" and r.tokens.count("[SEP]") == 2
    assert set(r.type_ids[: r.tokens.index("[SEP]") + 1]) == {0} and r.type_ids[-1] == 1
    long = bert.run("word " * 400)
    assert long.truncated and len(long.tokens) == MAX_PIECES and long.tokens[-1] == "[SEP]"
    korean = bert.run("나는 학생이다")
    assert len(korean.tokens) >= 3  # shown as the tokenizer splits it, never an exception
    for hostile in ["", "<b>x</b>", "😀" * 50, "\x00\u202e"]:
        assert bert.run(hostile).tokens[0] == "[CLS]"


def test_run_does_not_change_the_shared_model(bert):
    before = {k: v.clone() for k, v in bert.model.state_dict().items()}
    bert.run("The cat sat.")
    assert all(torch.equal(before[k], v) for k, v in bert.model.state_dict().items())


def test_toggles_keep_rows_normalised(bert):
    r = bert.run("Transformers are unbelievably good", "I agree")
    w, labels = display_attention(r.attention["encoder.self"], r.tokens, r.words, r.type_ids, True, True)
    assert labels == ["transformers", "are", "unbelievably", "good", "i", "agree"]
    np.testing.assert_allclose(w.sum(-1), 1.0, atol=1e-9)
    merged = merge_pieces(np.eye(3)[None, None], [0, 1, 1])
    np.testing.assert_allclose(merged[0, 0], [[1, 0], [0, 1]])


def test_head_statistics_and_labels(bert):
    r = bert.run("The cat sat on the mat because it was tired.")
    stats = head_statistics(r.attention["encoder.self"], np.array([t in SPECIAL for t in r.tokens]))
    for value in stats.by_name().values():
        assert value.shape == (6, 12)
    labels = pattern_labels(stats)
    assert set(labels.ravel()) <= {"previous", "next", "self", "special", "broad"}
    assert (labels != "broad").any()  # a real model has some sharp heads
    roll = rollout(r.attention["encoder.self"])
    assert roll.shape == (6, len(r.tokens), len(r.tokens))
    np.testing.assert_allclose(roll.sum(-1), 1.0, atol=1e-9)


def test_tampered_weights_are_refused(monkeypatch, tmp_path):
    from models.checkpoint import CheckpointError
    from models.inference import minilm as bert_runner

    source = bert_runner.package_dir()
    for name in ("model.safetensors", "tokenizer.json"):
        data = (source / name).read_bytes()
        (tmp_path / name).write_bytes(data[:-100] if name.endswith("safetensors") else data)
    monkeypatch.setattr(bert_runner, "package_dir", lambda: tmp_path)
    with pytest.raises(CheckpointError, match="sha256"):
        bert_runner.load_minilm()
