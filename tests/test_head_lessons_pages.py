"""The head lessons (head knock-out, multi-head assembled, minimal pairs) on the Transformer
explorer and Pretrained BERT pages: typing, ticking heads, hostile text, links that reopen them.

What the Transformer's tabs should show is computed here from the shipped model (its translations,
its heads ranked on the sentence), so these tests hold whatever weights a retraining gives it."""

import importlib
import json

import pytest

import models
from models.inference.results import ATTENTION_KINDS
from models.lessons import knockout as ko
from tests.conftest import open_page
from tests.test_i18n import _catalog
from ui.text import escape_markdown

TF, BERT = "pages/transformer.py", "pages/bert.py"
TEXT = "the small dog does not eat the green apple"
SHORT = dict(zip(ATTENTION_KINDS, ("Enc self", "Dec self", "Cross")))  # the heads' labels in English


def _specs(at):
    return [json.loads(c.proto.spec) for c in at.get("plotly_chart")]


def _title(spec):
    title = spec.get("layout", {}).get("title", "")
    return title.get("text", "") if isinstance(title, dict) else title


def _titles(at):
    return [_title(s) for s in _specs(at)]


def _texts(at):
    return "\n".join(m.value for m in at.markdown)


def test_transformer_knockout_typing_and_ticking_a_head():
    tf = models.load("transformer-en-fr")
    heads = [(kind, layer, h) for kind in ATTENTION_KINDS for layer in range(tf.layers) for h in range(tf.heads)]
    normal = tf.run(TEXT)
    top = heads.index(ko.rank_translation_heads(tf, TEXT, normal)[0][0])  # the sentence's most important head
    k = ko.translation_knockout(tf, TEXT, normal, [heads[top]])

    at = open_page(TF, task="en-fr", tab="knockout")
    at.text_input(key="text").set_value(TEXT).run()
    assert not at.exception and any("Tick one or more heads" in i.value for i in at.info)
    ms = at.multiselect(key="ko")
    assert len(ms.options) == len(heads) and ms.options[-1] == f"Cross · L{tf.layers} H{tf.heads}"
    kind, layer, head = heads[top]
    assert ms.options[top] == f"{SHORT[kind]} · L{layer + 1} H{head + 1}"
    ms.set_value([top]).run()
    assert not at.exception and at.query_params["ko"] == str(top)
    assert f"All heads: **{escape_markdown(normal.text) or '∅'}**" in _texts(at)
    assert f"Without the ticked heads: **{escape_markdown(k.result.text) or '∅'}**" in _texts(at)
    assert at.metric[0].value == f"{float((k.p_before - k.p_after).mean()):+.3f}"
    assert len(at.get("plotly_chart")) >= 5  # probabilities, change, two maps, ranking
    at.multiselect(key="ko").set_value([]).run()  # untick: back to the hint and the ranking
    assert not at.exception and "ko" not in at.query_params and len(at.get("plotly_chart")) == 1


def test_bert_knockout_cosine_and_ranking_and_a_link_reopens_it_in_korean():
    at = open_page(BERT, btext="The animal didn't cross the street because it was too tired", tab="knockout")
    assert not at.exception
    at.multiselect(key="bko").set_value([60, 71]).run()  # layer 6, heads 1 and 12
    assert not at.exception
    cosine = float(at.metric[0].value)
    assert 0 < cosine < 1
    link = {k: v for k, v in at.query_params.items()}
    assert link["bko"] == "60,71" and link["tab"] == "knockout"
    again = open_page(BERT, lang="ko", **link)
    assert not again.exception and not again.warning
    assert again.multiselect(key="bko").value == [60, 71] and float(again.metric[0].value) == cosine
    assert {k: v for k, v in again.query_params.items() if k != "lang"} == link


def test_assembly_tab_shows_shapes_and_the_match():
    at = open_page(TF, task="en-fr", tab="assembly", kind="encoder.self", qi="1")
    assert not at.exception and not at.warning
    titles = _titles(at)
    assert any("4 heads × 48" in x for x in titles) and any("1 × 192" in x for x in titles)
    assert any("192 × 192" in x for x in titles)
    assert any("max" in x.value for x in at.latex)
    b = open_page(BERT, tab="assembly", bqi="3", lang="ko")
    assert not b.exception and any("384 × 384" in x for x in _titles(b)) and any("12" in x for x in _titles(b))


def test_minimal_pairs_default_example_and_editing_the_second_sentence():
    at = open_page(BERT, tab="pairs")
    assert not at.exception
    at.button(key="bpairs_example").click().run()
    assert at.text_input(key="btext").value.endswith("too tired")
    assert at.text_input(key="btext2").value.endswith("too wide")
    assert any("Heads that moved most" in m.value for m in at.markdown)
    assert "btext2" not in at.query_params  # the partner of the first sentence is the default
    at.text_input(key="btext2").set_value("The animal didn't cross the road because it was too tired").run()
    assert not at.exception and at.query_params["btext2"].endswith("too tired")
    at.selectbox(key="bqi").set_value(13).run()  # "tired": aligned in both sentences
    assert not at.exception and len(at.get("plotly_chart")) == 3
    at.selectbox(key="bqi").set_value(8).run()  # "street": edited, no partner in B
    assert any("no partner" in i.value for i in at.info)
    link = {k: v for k, v in at.query_params.items()}
    again = open_page(BERT, **link)
    assert not again.exception and again.text_input(key="btext2").value == link["btext2"]


def test_transformer_minimal_pairs_on_each_attention_kind():
    tf = models.load("transformer-en-fr")
    first, second = "i am a student", "i am a teacher"
    at = open_page(TF, task="en-fr", tab="pairs", text=first, text2=second)
    assert f"A → **{escape_markdown(tf.run(first).text) or '∅'}**" in _texts(at)
    assert f"B → **{escape_markdown(tf.run(second).text) or '∅'}**" in _texts(at)
    for kind in ("encoder.self", "decoder.self", "cross"):
        at.session_state["kind"] = kind
        at.run()
        assert not at.exception and len(at.get("plotly_chart")) >= 2


HOSTILE = ["", "<b>x</b>", "😀🚀 ✨", "the\x00cat\u202esleeps", "x" * 700, '<a href="https://e.com">x</a>']


@pytest.mark.parametrize(
    "page,box,tab",
    [
        (TF, "text", "knockout"),
        (TF, "text2", "pairs"),
        (TF, "text", "assembly"),
        (BERT, "btext", "knockout"),
        (BERT, "btext2", "pairs"),
        (BERT, "btext", "assembly"),
    ],
)
def test_hostile_text_one_after_another_on_each_new_tab(page, box, tab):
    at = open_page(page, task="en-fr", tab=tab, ko="1,2", bko="1,2")
    for text in HOSTILE + [TEXT] + HOSTILE[::-1]:
        at.text_input(key=box).set_value(text).run()
        assert not at.exception, (tab, text[:20], at.exception)
        for spec in _specs(at):
            labels = list(spec.get("layout", {}).get("xaxis", {}).get("ticktext", []))
            title = _title(spec)
            assert not any("<b>" in x or "<a " in x for x in labels + [title])


def test_bad_knockout_links_are_noted_not_raised():
    at = open_page(TF, task="en-fr", tab="knockout", ko="1,999,x")
    assert not at.exception
    assert any("ko" in w.value for w in at.warning)
    b = open_page(BERT, tab="knockout", bko="-3,4")
    assert not b.exception and b.multiselect(key="bko").value == [4]


def test_every_new_parameter_is_labelled_in_both_languages():
    from ui.params import Param, Tabs, Text

    en, ko = _catalog("en"), _catalog("ko")
    keys = set()
    for name in ("ui.lessons.knockout", "ui.lessons.minimal_pairs", "ui.views.transformer", "ui.views.bert"):
        for p in vars(importlib.import_module(name)).values():
            if isinstance(p, Param):
                keys |= {k for k in (p.label, p.help) if isinstance(k, str) and k}
                keys |= set(p.labels) if isinstance(p, Tabs) else set()
                keys |= {p.placeholder} if isinstance(p, Text) and p.placeholder else set()
    assert {"knockout_heads", "pairs_second", "tab_knockout", "tab_assembly", "tab_pairs"} <= keys
    assert keys <= set(en) and keys <= set(ko), keys - (set(en) & set(ko))
