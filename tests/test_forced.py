"""Forced decoding and teacher forcing: forcing greedy's own choices reproduces greedy exactly;
log-probabilities are log_softmax of the model's logits; teacher forcing with greedy's output as
the reference is free running."""

import numpy as np
import pytest
import torch

import models
from models.lessons.forced import (
    continue_greedy,
    decode_with_prefix,
    encode_source,
    force,
    reference_tokens,
    score,
    teacher_forcing,
)

NAMES = ["seq2seq-additive-dates", "seq2seq-none-dates", "transformer-dates", "seq2seq-additive-en-fr", "transformer-en-fr"]
SENTENCES = {
    "dates": ["22 nov 2026", "sunday, 3 march 1999"],
    "en-fr": ["the red car is fast", "my friend will go to the market"],
}


@pytest.fixture(scope="module", params=NAMES)
def runner(request):
    return models.load(request.param)


def _sentences(runner):
    return SENTENCES[runner.task.name]


def test_forcing_greedy_at_every_step_reproduces_greedy_exactly(runner):
    for text in _sentences(runner):
        run = runner.run(text)
        greedy_ids = runner.tgt_vocab.encode(run.tgt_tokens)
        for k in range(len(greedy_ids) + 1):
            scored = decode_with_prefix(runner, text, greedy_ids[:k])
            assert scored.tokens == run.tgt_tokens
            if run.cross_mean() is None:
                assert scored.cross is None
            else:
                np.testing.assert_array_equal(scored.cross, run.cross_mean())


def test_log_probabilities_are_log_softmax_of_the_logits(runner):
    text = _sentences(runner)[0]
    f = force(runner, text, 1, runner.run(text).topk_tokens[1][1])
    source = encode_source(runner, text)
    for scored in (f.greedy, f.forced):
        tgt_in = torch.tensor([[runner.tgt_vocab.bos_id] + scored.ids[:-1]])
        with torch.no_grad():
            logits = runner.model(source.src, source.lengths, tgt_in)[0]
        expected = torch.log_softmax(logits, -1)[torch.arange(len(scored.ids)), torch.tensor(scored.ids)]
        np.testing.assert_allclose(scored.logp, expected.numpy(), rtol=1e-5, atol=1e-6)
        assert scored.total == pytest.approx(float(expected.sum()), rel=1e-5)
    # The greedy side agrees with the probabilities `run` reports for its own output.
    run = runner.run(text)
    np.testing.assert_allclose(np.exp(f.greedy.logp), run.topk_probs[:, 0], rtol=1e-4)


def test_forced_word_is_written_and_the_rest_is_greedy(runner):
    text = _sentences(runner)[0]
    run = runner.run(text)
    step = min(2, len(run.tgt_tokens) - 1)
    word = run.topk_tokens[step][1]
    f = force(runner, text, step, word)
    assert f.forced.tokens[: step + 1] == run.tgt_tokens[:step] + [word]
    source = encode_source(runner, text)
    assert continue_greedy(runner, source, f.forced.ids[: step + 1]) == f.forced.ids
    assert f.forced.total < f.greedy.total or f.forced.ids == f.greedy.ids or len(f.forced.ids) != len(f.greedy.ids)


def test_teacher_forcing_with_the_greedy_output_is_free_running(runner):
    text = _sentences(runner)[0]
    run = runner.run(text)
    tf = teacher_forcing(runner, text, runner.task.detokenize(run.tgt_tokens[:-1]))
    assert tf.reference.tokens == tf.free.tokens == run.tgt_tokens
    np.testing.assert_array_equal(tf.reference.logp, tf.free.logp)
    if tf.free.cross is not None:
        np.testing.assert_array_equal(tf.reference.cross, tf.free.cross)
    assert not tf.unknown and not tf.cut


def test_reference_is_split_into_target_tokens_unknown_words_flagged_and_long_ones_cut():
    fr = models.load("seq2seq-additive-en-fr")
    assert reference_tokens(fr, "L'oiseau est rouge.") == ["l'", "oiseau", "est", "rouge"]  # elision split off
    assert reference_tokens(fr, "Lève-toi !")[-1] == "-toi"
    own = fr.run("the red car is fast").tgt_tokens[:-1]  # the model's own words, with one it cannot know
    assert "zzyzx" not in fr.tgt_vocab
    tf = teacher_forcing(fr, "the red car is fast", fr.task.detokenize(own[:1] + ["zzyzx"] + own[1:]))
    assert tf.unknown == [1] and tf.reference.tokens == own[:1] + ["<unk>"] + own[1:] + ["</s>"]
    long = teacher_forcing(fr, "the car", "la " * 200)
    assert long.cut and len(long.reference.ids) == encode_source(fr, "the car").max_len
    ko = models.load("seq2seq-additive-en-ko")
    split = 0  # the model's own outputs, typed back: particles and endings split off again (선생님이 → 선생님 -이)
    for text in ("I am a student", "the teacher reads a book in the school", "my friend will go to the market"):
        written = ko.run(text).tgt_tokens[:-1]
        assert reference_tokens(ko, ko.task.detokenize(written)) == written
        split += len(written) > len(ko.task.detokenize(written).split())
    assert split  # some words there had a particle or an ending to split off
    with pytest.raises(ValueError):
        score(fr, encode_source(fr, "the car"), [])


def test_greedy_ids_given_by_the_page_change_nothing(runner):
    text = _sentences(runner)[0]
    run = runner.run(text)
    ids = runner.tgt_vocab.encode(run.tgt_tokens)
    word = run.topk_tokens[1][2]
    given, computed = force(runner, text, 1, word, ids), force(runner, text, 1, word)
    assert given.forced.ids == computed.forced.ids and given.greedy.ids == computed.greedy.ids
    np.testing.assert_array_equal(given.forced.logp, computed.forced.logp)
    reference = "x " + runner.task.detokenize(run.tgt_tokens[:-1])
    a, b = teacher_forcing(runner, text, reference, ids), teacher_forcing(runner, text, reference)
    assert a.free.ids == b.free.ids and a.reference.ids == b.reference.ids
