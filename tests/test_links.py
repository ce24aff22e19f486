"""A shared link reopens the same view: the open tab, the chosen cell, the head-view controls,
the typed words and edited numbers, in either interface language (values are ids, never labels)."""

import json

from streamlit.testing.v1 import AppTest

from tests.conftest import open_page

_app = open_page


def _link(at: AppTest) -> dict[str, str]:
    return {k: v for k, v in at.query_params.items() if k != "lang"}


def _reopen(at: AppTest, page: str, lang: str) -> tuple[dict[str, str], AppTest]:
    """The link the view wrote, opened in a new session in `lang`; it must write the same link back."""
    link = _link(at)
    again = _app(page, lang=lang, **link)
    assert not again.exception and not again.warning, [w.value for w in again.warning]
    assert _link(again) == link
    return link, again


def _hangul(text: str) -> bool:
    return any("\uac00" <= ch <= "\ud7a3" for ch in text)


def test_transformer_link_reopens_kind_layer_head_step_tab_and_cell_from_korean_to_english():
    at = _app("pages/transformer.py", task="en-ko", lang="ko")
    at.text_input(key="text").set_value("the teacher reads a book in the school").run()
    at.session_state["kind"] = "decoder.self"
    at.run()
    at.selectbox(key="layer").set_value(2).run()
    at.selectbox(key="head").set_value(3).run()
    at.slider(key="tstep").set_value(3).run()
    at.session_state["tftab"] = at.tabs[2].label  # show your work, labelled in Korean
    at.run()
    at.selectbox(key="qi").set_value(2).run()
    at.selectbox(key="kj").set_value(3).run()  # a future token of query 2: masked
    assert not at.exception
    link, again = _reopen(at, "pages/transformer.py", "en")
    assert link["tab"] == "work" and link["kind"] == "decoder.self" and (link["qi"], link["kj"]) == ("2", "3")
    assert not any(_hangul(v) for k, v in link.items() if k != "text")  # ids, not translated labels
    assert again.tabs[2].label == "Show your work" and any("model" in x.value for x in again.latex)
    assert [again.selectbox(key=k).value for k in ("layer", "head", "qi", "kj")] == [2, 3, 2, 3]
    assert again.slider(key="tstep").value == 3
    assert any("masked" in i.value for i in again.info)  # the same cell, so the same explanation
    back, ko = _reopen(again, "pages/transformer.py", "ko")
    assert back == link and _hangul(ko.tabs[2].label)


def test_bert_link_reopens_the_neuron_view_cell_and_head_view_controls():
    at = _app("pages/bert.py", btext="Where is the bank?", bpair="At the river.", lang="ko")
    at.session_state["btab"] = at.tabs[0].label
    at.run()
    at.multiselect(key="bheads").set_value([2, 5]).run()
    at.number_input(key="btopk").set_value(2).run()
    at.selectbox(key="bfocus").set_value(3).run()
    link, again = _reopen(at, "pages/bert.py", "en")
    assert (link["bheads"], link["btopk"], link["bfocus"]) == ("2,5", "2", "3")
    assert again.multiselect(key="bheads").value == [2, 5] and again.selectbox(key="bfocus").value == 3
    at.session_state["btab"] = at.tabs[3].label  # the neuron view
    at.run()
    at.selectbox(key="bqi").set_value(4).run()
    at.selectbox(key="bkj").set_value(6).run()
    link, again = _reopen(at, "pages/bert.py", "en")
    assert link["tab"] == "neuron" and again.selectbox(key="bqi").value == 4 and again.selectbox(key="bkj").value == 6


def test_positions_link_reopens_the_tab_and_its_controls():
    at = _app("pages/positions.py", d="32", len="40")
    at.session_state["petab"] = at.tabs[1].label
    at.run()
    at.slider(key="k").set_value(7).run()
    link, again = _reopen(at, "pages/positions.py", "ko")
    assert link == {"d": "32", "len": "40", "tab": "similarity", "k": "7"}
    assert again.slider(key="k").value == 7 and float(again.metric[0].value) < 1e-6


def test_qkv_link_carries_the_words_and_the_edited_numbers():
    preset = _app("pages/qkv_lab.py", n="3", dk="2")
    scores = json.loads(preset.get("plotly_chart")[0].proto.spec)["data"][0]["z"]
    edited = "1,0;0,1;2,2"  # Q as a student typed it
    at = _app("pages/qkv_lab.py", n="3", dk="2", words="le, chat, dort", mq=edited, mask="custom", mmask="1,0,0;1,1,0;0,1,1")
    assert not at.exception and not at.warning
    assert dict(at.query_params)["mq"] == edited and dict(at.query_params)["mmask"] == "1,0,0;1,1,0;0,1,1"
    specs = [json.loads(c.proto.spec) for c in at.get("plotly_chart")]
    assert specs[0]["data"][0]["z"] != scores  # QKᵀ was computed from the link's Q
    assert "2·chat" in specs[0]["layout"]["yaxis"]["ticktext"]
    bad = _app("pages/qkv_lab.py", n="3", dk="2", mq="1,0;0,1")  # the wrong shape for 3 tokens
    assert not bad.exception and any("mq" in w.value for w in bad.warning) and "mq" not in dict(bad.query_params)


def test_calculator_link_keeps_scores_words_and_temperature():
    at = _app("pages/steps.py", calc_scores="1, 2, 3", calc_words="a, b, c", calc_temp="2.5", lang="ko")
    assert not at.exception and not at.warning
    assert at.text_input(key="calc_scores").value == "1, 2, 3" and at.slider(key="calc_temp").value == 2.5
    _reopen(at, "pages/steps.py", "en")


def _heatmaps(at: AppTest) -> list[dict]:
    specs = [json.loads(c.proto.spec) for c in at.get("plotly_chart")]
    return [s["data"][0] for s in specs if s["data"] and s["data"][0]["type"] == "heatmap"]


def test_the_colour_palette_is_picked_in_the_sidebar_and_kept_in_the_link():
    from viz import PALETTES

    at = _app("pages/positions.py", palette="viridis", lang="ko")
    assert at.sidebar.selectbox(key="palette").value == "viridis"
    table = _heatmaps(at)[0]  # the sinusoidal table: signed values
    assert (
        table["colorscale"] == [list(c) for c in PALETTES["viridis"].diverging] and "보라" in table["colorbar"]["title"]["text"]
    )
    link, again = _reopen(at, "pages/positions.py", "en")
    assert link["palette"] == "viridis" and "purple" in _heatmaps(again)[0]["colorbar"]["title"]["text"]
    weights = _heatmaps(_app("pages/alignment.py", palette="cividis"))[0]
    assert weights["colorscale"] == [list(c) for c in PALETTES["cividis"].sequential]
    bad = _app("pages/alignment.py", palette="rainbow")
    assert any("rainbow" in w.value for w in bad.warning) and "palette" not in dict(bad.query_params)
