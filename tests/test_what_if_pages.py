"""The "what if" lessons in the app: forcing a word (Steps page, Transformer explorer), teacher
forcing vs free running, and the beam search tree (Alignment page); links reopen each view.

What the pages should show is computed here from the shipped model itself (its greedy output, its
top candidates, the lesson functions), so these tests hold whatever weights a retraining gives it.
"""

import json

from streamlit.testing.v1 import AppTest

import models
from models.lessons.beam_story import divergence, tell_beam
from models.lessons.forced import force, teacher_forcing
from models.nn.vocab import EOS, UNK
from tests.conftest import open_page
from tests.test_beam_tree import sentence_where_beam_and_greedy_differ
from ui.text import escape_markdown, token_line
from viz.labels import escape_labels

TEXT = "the red car is fast"
STEPS_MODEL, TRANSFORMER = "seq2seq-additive-en-fr", "transformer-en-fr"  # what the pages load for task en-fr
BEAM_SCORE = "none"  # the Alignment page's left model: seq2seq-none-en-fr


def _specs(at: AppTest) -> list[dict]:
    return [json.loads(chart.proto.spec) for chart in at.get("plotly_chart")]


def _link(at: AppTest) -> dict[str, str]:
    return {k: v for k, v in at.query_params.items() if k != "lang"}


def _texts(at: AppTest) -> str:
    return "\n".join(m.value for m in at.markdown)


def _words(runner, tokens: list[str]) -> str:
    """An output as the what-if panels write it: detokenized, escaped for markdown."""
    return escape_markdown(runner.task.detokenize([tok for tok in tokens if tok != EOS])) or "∅"


def _heatmap_rows(at: AppTest) -> list[list[str]]:
    return [s["layout"]["yaxis"]["ticktext"] for s in _specs(at) if s["data"][0]["type"] == "heatmap"]


def _another_word(candidates: list[str], skip: int = 2) -> str:
    """A candidate past the first `skip` (greedy's choice, then the runner-up: the default), a word
    if one is offered."""
    others = [w for w in candidates[skip:] if w not in (EOS, UNK)] or candidates[skip:]
    return next((w for w in others if w.isalpha()), others[0])


def test_steps_page_forces_a_word_and_the_link_reopens_it_in_korean():
    runner = models.load(STEPS_MODEL)
    run = runner.run(TEXT)
    assert len(run.tgt_tokens) >= 2 and len(run.topk_tokens[1]) >= 3
    runner_up, word = run.topk_tokens[1][1], _another_word(run.topk_tokens[1])  # step 2 is index 1
    f = force(runner, TEXT, 1, word)
    assert f.forced.ids != f.greedy.ids  # a different word at step 2: a different output

    at = open_page("pages/steps.py", task="en-fr", score="additive")
    assert not any(c.value.startswith("Pick another word") for c in at.caption)  # off by default: nothing computed
    at.text_input(key="text").set_value(TEXT).run()
    at.slider(key="step").set_value(2).run()
    at.button_group(key="whatif").set_value("forced").run()
    assert at.button_group(key="fword").value == runner_up  # the runner-up by default
    assert at.button_group(key="fword").options == [
        f"{escape_markdown(w)} · p = {p:.3g}" for w, p in zip(run.topk_tokens[1], run.topk_probs[1])
    ]
    at.button_group(key="fword").set_value(word).run()
    assert not at.exception
    texts = _texts(at)
    assert f"Forcing **{escape_markdown(word)}** at step 2" in texts
    gap = format(f.forced.total - f.greedy.total, "+.3f").replace("-", "−")
    assert f"by {gap} (forced − greedy)" in texts
    assert f.greedy.tokens == run.tgt_tokens and f"**Greedy**: {_words(runner, run.tgt_tokens)}" in texts
    assert f": {_words(runner, f.forced.tokens)}" in texts  # the forced translation, greedy after the forced word
    rows = _heatmap_rows(at)  # each side's cross-attention, one row per token it wrote
    assert escape_labels(f.greedy.tokens) in rows and escape_labels(f.forced.tokens) in rows
    link = _link(at)
    assert link["fword"] == word and link["step"] == "2" and link["whatif"] == "forced"
    again = open_page("pages/steps.py", lang="ko", **link)
    assert not again.exception and not again.warning
    assert again.button_group(key="fword").value == word and _link(again) == link
    assert "강제" in _texts(again) and escape_labels(f.forced.tokens) in _heatmap_rows(again)


def test_transformer_explorer_forced_tab_link_and_a_bad_word():
    runner = models.load(TRANSFORMER)
    run = runner.run(TEXT)
    word = _another_word(run.topk_tokens[1])
    f = force(runner, TEXT, 1, word)
    at = open_page("pages/transformer.py", task="en-fr", tab="forced", text=TEXT)
    at.slider(key="fstep").set_value(2).run()
    options = at.button_group(key="fword").options  # with the model's probability
    assert options[0] == f"{escape_markdown(run.topk_tokens[1][0])} · p = {run.topk_probs[1][0]:.3g}"
    assert at.button_group(key="fword").value == run.topk_tokens[1][1]
    at.button_group(key="fword").set_value(word).run()
    assert not at.exception and f"Forcing **{escape_markdown(word)}** at step 2" in _texts(at)
    assert f": {_words(runner, f.forced.tokens)}" in _texts(at) and escape_labels(f.forced.tokens) in _heatmap_rows(at)
    link = _link(at)
    assert link["tab"] == "forced" and link["fstep"] == "2" and link["fword"] == word
    again = open_page("pages/transformer.py", **link)
    assert not again.exception and not again.warning and _link(again) == link
    bad = open_page("pages/transformer.py", **{**link, "fword": "<b>x</b>"})
    assert not bad.exception and any("not among" in w.value for w in bad.warning)
    assert bad.button_group(key="fword").value == run.topk_tokens[1][1]  # the default kept instead


def test_teacher_forcing_with_a_typed_reference_unknown_and_hostile_words():
    runner = models.load(TRANSFORMER)
    run = runner.run(TEXT)
    greedy = run.tgt_tokens[:-1]
    # a reference the model would not write: its own output with its second word swapped for another candidate
    swapped = greedy[:1] + [_another_word(run.topk_tokens[1], skip=1)] + greedy[2:]
    reference = runner.task.detokenize(swapped)
    tf = teacher_forcing(runner, TEXT, reference)
    assert not tf.unknown and tf.reference.ids != tf.free.ids

    at = open_page("pages/transformer.py", task="en-fr", tab="teacher", text=TEXT)
    assert any("reference translation" in i.value for i in at.info)  # nothing typed yet
    at.text_input(key="ref").set_value(reference).run()
    assert not at.exception and not at.warning
    assert "The decoder reads: " + token_line(tf.reference.tokens, set()) in _texts(at)
    assert "Teacher forcing" in _texts(at) and len(_specs(at)) >= 2
    rows = _heatmap_rows(at)
    assert escape_labels(tf.reference.tokens) in rows and escape_labels(tf.free.tokens) in rows
    for typed in ("la zzyzx <b>x</b> rouge", "😀 " * 200, "   "):
        at.text_input(key="ref").set_value(typed).run()
        assert not at.exception
        for spec in _specs(at):
            labels = spec["layout"].get("yaxis", {}).get("ticktext", [])
            assert not any("<b>" in label for label in labels)
    assert "zzyzx" not in runner.tgt_vocab
    unknown = runner.task.detokenize(greedy[:1] + ["zzyzx"] + greedy[1:])
    flagged = teacher_forcing(runner, TEXT, unknown)
    assert flagged.unknown == [1]
    at.text_input(key="ref").set_value(unknown).run()
    assert any("1 reference token(s) the model does not know" in w.value for w in at.warning)
    assert "The decoder reads: " + token_line(flagged.reference.tokens, {1}) in _texts(at)  # shown in red
    assert _link(at)["ref"] == unknown


def test_steps_page_teacher_tab_in_korean():
    ko = models.load("seq2seq-additive-en-ko")
    text = "i am a student"
    reference = ko.task.detokenize(ko.run(text).tgt_tokens[:-1])  # the model's own output: every word known
    at = open_page("pages/steps.py", task="en-ko", lang="ko", whatif="teacher", text=text, ref=reference)
    assert not at.exception and not at.warning
    assert "디코더가 읽는 것" in _texts(at)
    tf = teacher_forcing(ko, text, reference)
    assert tf.reference.tokens == tf.free.tokens and escape_labels(tf.reference.tokens) in _heatmap_rows(at)


def test_alignment_page_draws_the_beam_tree_and_says_why_beam_and_greedy_differ():
    runner = models.load(f"seq2seq-{BEAM_SCORE}-en-fr")
    text, story, d = sentence_where_beam_and_greedy_differ(runner, 3)
    at = open_page("pages/alignment.py", task="en-fr", score=BEAM_SCORE, beam="3")
    at.text_input(key="text").set_value(text).run()
    assert not at.exception
    texts = _texts(at)
    assert f"Greedy took **{escape_markdown(d.greedy_token)}**" in texts
    assert f"at step {d.step + 1}; the beam also kept **{escape_markdown(d.beam_token)}**" in texts
    trees = [s for s in _specs(at) if s["data"][0]["type"] == "scatter"]
    assert len(trees) == 1
    names = {tr.get("name") for tr in trees[0]["data"]}
    assert {"pruned", "kept", "greedy", "beam's choice"} <= names
    nodes = sum(len(tr["x"]) for tr in trees[0]["data"] if tr.get("mode") == "markers+text")
    assert nodes == sum(len(s) for s in story.trace.steps) + 1  # every candidate the search scored, and the start
    at.text_input(key="text").set_value(TEXT).run()  # agreeing or not, the page says which, in the scores
    agrees = divergence(tell_beam(runner, TEXT, 3)) is None
    assert ("writes the same output as greedy" in _texts(at)) == agrees
    assert ("Greedy took" in _texts(at)) != agrees
    at.number_input(key="beam").set_value(1).run()
    assert not [s for s in _specs(at) if s["data"][0]["type"] == "scatter"]
    assert any("Beam width 1" in c.value for c in at.caption)


def test_beam_tree_with_hostile_input_and_in_korean():
    at = open_page("pages/alignment.py", task="en-fr", beam="5", lang="ko")
    for text in ("<b>x</b> the car", "😀🚀", "the cat " * 200):
        at.text_input(key="text").set_value(text).run()
        assert not at.exception
        for spec in _specs(at):
            texts = [x for tr in spec["data"] for x in (tr.get("text") or []) if isinstance(x, str)]
            assert not any("<b>" in x for x in texts)
    assert any("빔 탐색" in h.value for h in at.subheader) and "탐욕적" in _texts(at)


def test_forced_views_take_hostile_sentences_one_after_another():
    from tests.test_pages import HOSTILE

    for page, params in (("pages/steps.py", {"whatif": "forced"}), ("pages/transformer.py", {"tab": "forced"})):
        at = open_page(page, task="en-fr", **params)
        for text in HOSTILE:
            at.text_input(key="text").set_value(text).run()
            assert not at.exception, (page, text, at.exception)
            for spec in _specs(at):
                labels = spec["layout"].get("yaxis", {}).get("ticktext", []) + spec["layout"].get("xaxis", {}).get("ticktext", [])
                assert not any("<b>" in x or "<a " in x or "<span" in x for x in labels)
