"""The Why self-attention page and the attention-vs-attribution panels through AppTest."""

import json

import pytest

import models
from tests.conftest import open_page
from tests.test_pages import HOSTILE, _labels, _specs
from viz.labels import escape_labels

WHY = "pages/why_attention.py"


def _open_tab(at, tab: int):
    at.session_state["why_tab"] = at.tabs[tab].label
    return at.run()


def test_cost_tab_shows_table_one_and_both_charts():
    at = open_page(WHY)
    assert not at.exception
    titles = [s["layout"]["title"] for s in _specs(at)]
    assert len(titles) == 2 and "d = 64" in str(titles[0])
    assert at.get("arrow_data_frame") or at.dataframe
    assert any("n ≈" in c.value or "not slower" in c.value for c in at.caption)


def test_measure_again_times_the_layers_here():
    at = open_page(WHY)
    at.button(key="why_measure").click().run()
    assert not at.exception
    assert any("Measured just now" in c.value for c in at.caption)
    assert len(at.get("plotly_chart")) == 2


def test_paths_and_gradients_follow_the_typed_sentence():
    at = open_page(WHY, wtab="paths")
    at.text_input(key="text").set_value("she is reading a book in the library").run()
    assert not at.exception
    specs = _specs(at)
    assert len(specs) == 2 and "library" in _labels(specs[0])
    cells = specs[0]["data"][0]["text"]  # every cell's number, as drawn
    assert cells[0][-1] == cells[-1][0] == "8" and cells[3][3] == "0"  # 9 tokens with </s>: |0 − 8| steps
    assert {c for row in specs[1]["data"][0]["text"] for c in row} == {"0", "1"}  # one attention hop
    _open_tab(at, 2)
    assert not at.exception
    (spec,) = _specs(at)
    assert len(spec["data"]) == 3 and "library" in _labels(spec)


@pytest.mark.parametrize("tab", [1, 2])
def test_hostile_sentences_on_the_sentence_tabs(tab):
    at = _open_tab(open_page(WHY), tab)
    for text in HOSTILE[:8] + HOSTILE[-4:]:
        at.text_input(key="text").set_value(text).run()
        assert not at.exception, (text[:20], at.exception)
        for spec in _specs(at):
            assert all("<b>" not in label and "<a " not in label for label in _labels(spec))


def test_korean_interface():
    at = open_page(WHY, lang="ko", wtab="gradient")
    assert not at.exception
    assert any("기울기" in c.value for c in at.caption)


def test_alignment_attribution_panel():
    out = models.load("seq2seq-additive-en-fr").run("the red car is fast").tgt_tokens  # what the page's left model wrote
    assert len(out) >= 2
    step, word = len(out) - 2, escape_labels([out[-2]])[0]  # its last word before </s>
    at = open_page("pages/alignment.py", task="en-fr", score="additive", attrib="on")
    at.text_input(key="text").set_value("the red car is fast").run()
    assert not at.exception
    bars = [s for s in _specs(at) if s["data"][0]["type"] == "bar"]
    assert len(bars) == 1 and len(bars[0]["data"]) == 3 and "car" in _labels(bars[0])
    assert any("Spearman" in m.value for m in at.markdown)
    assert any("Completeness" in c.value for c in at.caption)
    assert at.selectbox(key="atok").options[step] == f"{step + 1}. {out[step]}"
    at.selectbox(key="atok").set_value(step).run()
    title = json.dumps(_specs(at)[-1]["layout"]["title"], ensure_ascii=False)
    assert not at.exception and f"depended on: log p(“{word}”)" in title
    at.selectbox(key="score").set_value("none").run()  # no attention row: attributions only
    assert not at.exception and any("no attention" in i.value for i in at.info)
    at.text_input(key="text").set_value("<b>x</b> the car").run()
    assert not at.exception and "<b>" not in json.dumps([_labels(s) for s in _specs(at)])


def test_bert_attribution_panel_escapes_its_title():
    at = open_page("pages/bert.py", btext="<b>bank</b> of the river", battrib="on", bpiece="2")
    assert not at.exception
    bars = [s for s in _specs(at) if s["data"][0]["type"] == "bar"]
    assert len(bars) == 1 and len(bars[0]["data"]) == 3
    assert "<b>" not in json.dumps(bars[0]["layout"]["title"]) and "<b>" not in json.dumps(_labels(bars[0]))
    assert any("Spearman" in m.value for m in at.markdown)
