"""Level 4: every page through the real entry point, with normal and hostile input."""

import json

import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import open_page

PAGES = ["pages/alignment.py", "pages/steps.py", "pages/transformer.py", "pages/add_norm.py"]
ALL_PAGES = PAGES + ["pages/qkv_lab.py", "pages/positions.py", "pages/bert.py", "pages/why_attention.py"]
NO_CHART_PAGES = ["pages/train.py"]  # the Train page starts with a form
HOSTILE = [
    "",
    "   ",
    "x" * 5000,
    "😀🚀 ✨",
    "나는 학생이다",
    "<b>x</b>",
    '<a href="https://example.com">x</a>',
    "**bold** [link](https://example.com) $x^2$",
    "the\x00cat\u202esleeps",
    "supercalifragilistic" * 30,
    "the cat " * 1250,  # 10,000 characters
    "我是学生",
    "مرحبا بالعالم \u200f",  # right-to-left
    r"$\frac{1}{0}$ \begin{align}x\end{align}",
    "\t\n\r\x1b[31m",
    "<span style='font-size:80px'>x</span>",
]


_app = open_page


def _specs(at: AppTest) -> list[dict]:
    return [json.loads(chart.proto.spec) for chart in at.get("plotly_chart")]


def _labels(spec: dict) -> list[str]:
    layout = spec.get("layout", {})
    return list(layout.get("xaxis", {}).get("ticktext", [])) + list(layout.get("yaxis", {}).get("ticktext", []))


@pytest.mark.parametrize("page", ALL_PAGES)
def test_page_renders_a_chart_by_default(page):
    at = _app(page)
    assert not at.exception
    assert len(at.get("plotly_chart")) >= 1


def test_alignment_page_shows_the_translation_and_both_heatmaps():
    at = _app(PAGES[0], task="en-fr")
    at.text_input(key="text").set_value("the red car is fast").run()
    assert not at.exception
    outputs = [m.value for m in at.markdown if "la voiture rouge est rapide" in m.value]
    assert len(outputs) == 2  # additive and dot side by side
    heatmaps = [s for s in _specs(at) if s["data"][0]["type"] == "heatmap"]
    assert len(heatmaps) == 2
    assert "voiture" in _labels(heatmaps[0]) and "car" in _labels(heatmaps[0])
    assert at.get("download_button")


@pytest.mark.parametrize("text", HOSTILE)
@pytest.mark.parametrize("page", PAGES)
def test_hostile_input_gives_no_exception_and_escaped_labels(page, text):
    at = _app(page, task="en-fr")
    at.text_input(key="text").set_value(text).run()
    assert not at.exception, at.exception
    if not text.strip():
        assert any("Type a sentence" in i.value for i in at.info)
        return
    for spec in _specs(at):
        for label in _labels(spec):
            assert "<b>" not in label and "<a " not in label and "<span" not in label
    if "<b>" in text:
        assert any("&lt;b&gt;x&lt;/b&gt;" in label for spec in _specs(at) for label in _labels(spec))
    if text.startswith(("😀", "나는", "x" * 10)):
        assert any("unknown" in w.value or "longer" in w.value for w in at.warning)


# Every text box a student can type into, per page (the Train page has none: it is a form).
TYPED = {
    "pages/alignment.py": ["text"],
    "pages/steps.py": ["text", "calc_scores", "calc_words"],
    "pages/transformer.py": ["text"],
    "pages/add_norm.py": ["text"],
    "pages/bert.py": ["btext", "bpair"],
    "pages/qkv_lab.py": ["words"],
    "pages/positions.py": ["text"],
    "pages/why_attention.py": ["text"],
}


@pytest.mark.parametrize("page", sorted(TYPED))
def test_hostile_inputs_one_after_another_in_one_session(page):
    """As a student types: each input leaves its state (a step slider at its end, an open tab,
    a chosen cell) for the next one, in one session, on every page with a text box."""
    at = _app(page, task="en-fr")
    if page.endswith("positions.py"):
        at.session_state["petab"] = at.tabs[2].label  # the tab with the sentence box
        at.run()
    if page.endswith("transformer.py"):
        _open_tab(at, 2)  # show your work: a chosen (query, key) cell depends on the sentence
    for text in HOSTILE + ["the small dog does not eat the green apple"] + HOSTILE[::-1]:
        for key in TYPED[page]:
            at.text_input(key=key).set_value(text).run()
            assert not at.exception, (key, text[:30], at.exception)
            for slider in at.slider:
                if slider.key in ("step", "tstep"):  # move to the last step, as a student does
                    slider.set_value(int(slider.max)).run()
                    assert not at.exception, (key, text[:30], at.exception)
            for box in at.selectbox:
                if box.key in ("qi", "kj") and len(box.options) > 1:
                    box.set_value(len(box.options) - 1).run()
                    assert not at.exception, (key, text[:30], at.exception)


def test_korean_typed_into_an_english_model_is_flagged_as_unknown():
    at = _app(PAGES[0], task="en-fr")
    at.text_input(key="text").set_value("나는 사과를 먹는다").run()
    assert any("unknown" in w.value and "3" in w.value for w in at.warning)


@pytest.mark.parametrize("page", ALL_PAGES)
def test_korean_interface(page):
    at = _app(page, lang="ko")
    assert not at.exception
    assert all(
        not any("a" <= ch <= "z" for ch in t.value.replace("Add & Norm", "").replace("MiniLM", "")) or "Q·K·V" in t.value
        for t in at.title
    )
    assert any(any("\uac00" <= ch <= "\ud7a3" for ch in c.value) for c in at.caption)


NONSENSE = [
    {"task": "klingon"},
    {"score": "<b>x</b>"},
    {"beam": "99"},
    {"beam": "banana"},
    {"step": "-4"},
    {"step": "9999"},
    {"lang": "xx"},
    {"nonsense": "1"},
    {"text": "y" * 10000},
    {"calc_temp": "-1"},
    {"layer": "7"},
    {"head": "-1"},
    {"kind": "<i>"},
    {"tstep": "1e9"},
    {"n": "99"},
    {"mask": "??"},
    {"temp": "0"},
    {"sub": "500"},
    {"d": "7"},
    {"len": "100000"},
    {"sim": "<b>"},
    {"blayer": "9"},
    {"bhead": "0"},
    {"hide": "maybe"},
    {"btext": "z" * 10000},
    {"layer": "x" * 10000},
    {"task": "y" * 10000},
    {"zzz": "q" * 10000},
    {"step": "3.5"},
    {"beam": "[]"},
    {"wtab": "<b>"},
    {"attrib": "maybe"},
]
# Which page owns which parameter (and so must say it replaced a bad value).
OWNERS = {
    "task": PAGES + ["pages/positions.py"],
    "score": PAGES[:2],
    "beam": PAGES[:1],
    "step": PAGES[1:2],
    "kind": PAGES[2:3],
    "tstep": PAGES[2:3],
    "layer": PAGES[2:3],
    "head": PAGES[2:3],
    "n": ["pages/qkv_lab.py"],
    "mask": ["pages/qkv_lab.py"],
    "temp": ["pages/qkv_lab.py"],
    "d": ["pages/positions.py"],
    "len": ["pages/positions.py"],
    "sim": ["pages/positions.py"],
    "blayer": ["pages/bert.py"],
    "bhead": ["pages/bert.py"],
    "hide": ["pages/bert.py"],
    "btext": ["pages/bert.py"],
    "text": PAGES + ["pages/why_attention.py"],
    "wtab": ["pages/why_attention.py"],
    "attrib": PAGES[:1],
    "lang": [],
}


@pytest.mark.parametrize("params", NONSENSE)
@pytest.mark.parametrize("page", ALL_PAGES + NO_CHART_PAGES)
def test_nonsense_url_parameters_are_clamped_with_a_note(page, params):
    at = _app(page, **params)
    assert not at.exception, at.exception
    key, value = next(iter(params.items()))
    if page in OWNERS.get(key, []):
        assert at.warning, f"no note for {key}={value[:20]} on {page}"


def test_step_page_breaks_down_every_step():
    at = _app(PAGES[1], task="en-fr")
    at.text_input(key="text").set_value("i am a student").run()
    slider = at.slider(key="step")
    assert (slider.min, slider.max) == (1, 4)  # je suis étudiant </s>
    slider.set_value(2).run()
    assert not at.exception
    assert any("suis" in m.value for m in at.markdown)
    bars = [s for s in _specs(at) if s["data"][0]["type"] == "bar"]
    assert len(bars) >= 3  # scores, weights, top-k, calculator


def test_softmax_calculator_handles_bad_numbers_and_shows_one_hot():
    at = _app(PAGES[1])
    assert any("one-hot" in i.value for i in at.info)
    at.text_input(key="calc_scores").set_value("1, two, 3").run()
    assert not at.exception and any("two" in e.value for e in at.error)
    at.text_input(key="calc_scores").set_value("1e400, 1").run()
    assert not at.exception and at.error
    at.text_input(key="calc_scores").set_value("1, 2, 3").run()
    assert not at.error


def _open_tab(at: AppTest, index: int) -> AppTest:
    """Stateful tabs render only the open one; AppTest opens another through its session key."""
    at.session_state["tftab"] = at.tabs[index].label
    return at.run()


def test_transformer_explorer_views():
    at = _app("pages/transformer.py", task="en-fr", kind="decoder.self", layer="2", head="3")
    at.text_input(key="text").set_value("the red car is fast").run()
    assert not at.exception
    assert any("la voiture rouge est rapide" in m.value for m in at.markdown)
    title = _specs(at)[0]["layout"]["title"]["text"]
    assert "layer 2" in title and "head 3" in title
    at.slider(key="tstep").set_value(2).run()  # only two rows decoded so far: the rest is hidden
    z = _specs(at)[0]["data"][0]["z"]
    assert z is not None
    _open_tab(at, 1)
    grid = _specs(at)[0]
    assert len(grid["layout"]["annotations"]) == 12  # 3 layers × 4 heads
    assert grid["layout"]["shapes"]  # the chosen head is framed
    _open_tab(at, 3)
    assert len(_specs(at)) == 2 and not at.exception  # RNN and Transformer side by side


def test_decoding_step_has_no_sentinel_and_follows_the_output():
    """No "step 99 = last": the default is the output's length, not written into the link; a step
    at the end stays at the end of a longer output, a step in the middle stays where it is."""
    at = _app("pages/transformer.py", task="en-fr")
    at.text_input(key="text").set_value("i am a student").run()
    assert at.slider(key="tstep").value == at.slider(key="tstep").max == 4 and "tstep" not in dict(at.query_params)
    at.text_input(key="text").set_value("the small dog does not eat the green apple").run()
    assert at.slider(key="tstep").value == at.slider(key="tstep").max > 4
    at.slider(key="tstep").set_value(2).run()
    at.text_input(key="text").set_value("she reads a long letter in the garden").run()
    assert at.slider(key="tstep").value == 2 and dict(at.query_params)["tstep"] == "2"
    for short in ("x", "go"):  # short outputs: a one-token output has no slider at all, never an error
        at.text_input(key="text").set_value(short).run()
        assert not at.exception, at.exception
        sliders = [s for s in at.slider if s.key == "tstep"]
        assert not sliders or sliders[0].value <= sliders[0].max


def test_transformer_show_your_work_matches_the_model():
    at = _app("pages/transformer.py", task="en-fr", kind="cross")
    at.text_input(key="text").set_value("i am a student").run()
    _open_tab(at, 2)
    at.selectbox(key="qi").set_value(1).run()
    at.selectbox(key="kj").set_value(1).run()
    assert not at.exception
    assert any("model" in x.value for x in at.latex)
    _open_tab(at, 2)
    at.session_state["kind"] = "decoder.self"
    at.run()
    at.selectbox(key="qi").set_value(0).run()
    at.selectbox(key="kj").set_value(2).run()  # a future token: masked
    assert any("masked" in i.value for i in at.info)


def test_qkv_lab_custom_mask_and_switches():
    at = _app("pages/qkv_lab.py", mask="custom", preset="previous", hard="on", window="1", scale="off", temp="0.1")
    assert not at.exception and len(at.get("plotly_chart")) >= 8
    at = _app("pages/qkv_lab.py", mask="padding", pads="5", n="3")
    assert not at.exception


def test_add_norm_page_every_sublayer():
    at = _app("pages/add_norm.py", task="en-fr")
    for sub in range(1, 11):
        at.selectbox(key="sub").set_value(sub).run()
        assert not at.exception
    assert len(at.get("plotly_chart")) >= 6


@pytest.mark.parametrize("tab", range(6))
def test_positional_encoding_lab_every_tab(tab):
    at = _app("pages/positions.py", d="32", len="40", k="3")
    at.session_state["petab"] = at.tabs[tab].label
    at.run()
    assert not at.exception and not at.error
    assert len(at.get("plotly_chart")) >= 1
    if tab == 1:
        assert float(at.metric[0].value) < 1e-6  # the rotation residual
    if tab == 4:
        without, with_pe = (float(m.value) for m in at.metric)
        assert without < 1e-5 < with_pe


def test_positional_encoding_lab_draws_its_table_and_its_similarities_in_one_convention():
    """The sinusoidal table (signed), the dot and the cosine similarity (signed) share one diverging
    scale, negative at the same end; a weight map elsewhere uses the sequential one."""
    scales = []
    for sim in ("dot", "cosine"):
        at = _app("pages/positions.py", sim=sim)
        scales.append(_specs(at)[0]["data"][0]["colorscale"])  # the table
        at.session_state["petab"] = at.tabs[1].label
        at.run()
        similarity = _specs(at)[0]["data"][0]
        scales.append(similarity["colorscale"])
        assert similarity["zmid"] == 0 and similarity["zmin"] == -similarity["zmax"]
    assert all(scale == scales[0] for scale in scales) and scales[0][0][1] == "rgb(5,48,97)"  # negative: blue
    weights = _specs(_app(PAGES[0]))[0]["data"][0]["colorscale"]
    assert weights != scales[0] and weights[0][1] == "rgb(247,251,255)"


@pytest.mark.parametrize("text", HOSTILE[:7])
def test_positional_encoding_lab_hostile_sentences(text):
    at = _app("pages/positions.py", task="en-fr")
    for tab in (2, 4):
        at.session_state["petab"] = at.tabs[tab].label
        at.run()
        at.text_input(key="text").set_value(text).run()
        assert not at.exception


@pytest.mark.parametrize("tab", range(6))
@pytest.mark.parametrize("toggles", [{}, {"hide": "on", "merge": "on"}])
def test_bert_page_every_view(tab, toggles):
    at = _app("pages/bert.py", btext="Transformers are unbelievably good", bpair="I agree", **toggles)
    at.session_state["btab"] = at.tabs[tab].label
    at.run()
    assert not at.exception and not at.error
    assert len(at.get("plotly_chart")) >= 1


@pytest.mark.parametrize("text", HOSTILE)
def test_bert_page_hostile_input(text):
    at = _app("pages/bert.py")
    at.text_input(key="btext").set_value(text).run()
    assert not at.exception
    for spec in _specs(at):
        for label in _labels(spec):
            assert "<b>" not in label and "<a " not in label
    if "x" * 200 in text:
        assert any("[UNK]" in i.value for i in at.info) or not at.info  # one over-long word: a single [UNK]


def test_bert_page_says_when_pieces_are_cut():
    at = _app("pages/bert.py", btext="unbelievably " * 46)  # 600 characters, about 230 word pieces
    at.session_state["btab"] = at.tabs[1].label
    at.run()
    assert any("128" in w.value for w in at.warning)


@pytest.mark.parametrize("params", [{}, {"run": "../../etc"}, {"run": "0123456789ab"}, {"run": "a" * 5000}, {"lang": "ko"}])
def test_train_page_form_and_bad_run_links(params):
    at = _app("pages/train.py", **params)
    assert not at.exception
    assert at.get("form_submit_button") or at.button
    if params.get("run"):
        assert at.warning


def test_train_page_shows_a_finished_run(tmp_path, monkeypatch):
    from models.runs import store as runs
    from models.runs import worker

    monkeypatch.setattr(runs, "RUNS_DIR", tmp_path)
    run_id = runs.create(runs.RunSpec(task="reverse", seconds=5))
    worker.execute(str(runs.run_dir(run_id)))
    at = _app("pages/train.py", run=run_id)
    assert not at.exception
    assert any("Finished" in s.value for s in at.success)
    assert len(at.get("plotly_chart")) >= 3  # replay, accuracy, loss (and by length)
    assert at.get("download_button")
    at = _app("pages/alignment.py", run=run_id)  # the run opened like a shipped model
    assert not at.exception and any("Your trained model" in h.value for h in at.subheader)
