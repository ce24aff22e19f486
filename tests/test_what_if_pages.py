"""The "what if" lessons in the app: forcing a word (Steps page, Transformer explorer), teacher
forcing vs free running, and the beam search tree (Alignment page); links reopen each view."""

import json

from streamlit.testing.v1 import AppTest

from tests.conftest import open_page


def _specs(at: AppTest) -> list[dict]:
    return [json.loads(chart.proto.spec) for chart in at.get("plotly_chart")]


def _link(at: AppTest) -> dict[str, str]:
    return {k: v for k, v in at.query_params.items() if k != "lang"}


def _texts(at: AppTest) -> str:
    return "\n".join(m.value for m in at.markdown)


def test_steps_page_forces_a_word_and_the_link_reopens_it_in_korean():
    at = open_page("pages/steps.py", task="en-fr")
    assert not any(c.value.startswith("Pick another word") for c in at.caption)  # off by default: nothing computed
    at.text_input(key="text").set_value("the red car is fast").run()
    at.slider(key="step").set_value(2).run()
    at.button_group(key="whatif").set_value("forced").run()
    words = at.button_group(key="fword")
    assert at.button_group(key="fword").value == "grange"  # the runner-up by default
    words.set_value("chaussure").run()
    assert not at.exception
    assert "Forcing **chaussure** at step 2" in _texts(at)
    assert "la chaussure rouge" in _texts(at) and "la voiture rouge est rapide" in _texts(at)
    heatmaps = [s for s in _specs(at) if s["data"][0]["type"] == "heatmap" and "chaussure" in json.dumps(s)]
    assert heatmaps  # the forced translation's cross-attention
    link = _link(at)
    assert link["fword"] == "chaussure" and link["step"] == "2" and link["whatif"] == "forced"
    again = open_page("pages/steps.py", lang="ko", **link)
    assert not again.exception and not again.warning
    assert again.button_group(key="fword").value == "chaussure" and _link(again) == link
    assert "강제" in _texts(again)


def test_transformer_explorer_forced_tab_link_and_a_bad_word():
    at = open_page("pages/transformer.py", task="en-fr", tab="forced", text="the red car is fast")
    at.slider(key="fstep").set_value(2).run()
    assert at.button_group(key="fword").options[0].startswith("voiture · p = ")  # with the model's probability
    at.button_group(key="fword").set_value("baleine").run()
    assert not at.exception and "Forcing" in _texts(at)
    link = _link(at)
    assert link["tab"] == "forced" and link["fstep"] == "2" and link["fword"] == "baleine"
    again = open_page("pages/transformer.py", **link)
    assert not again.exception and not again.warning and _link(again) == link
    bad = open_page("pages/transformer.py", **{**link, "fword": "<b>x</b>"})
    assert not bad.exception and any("not among" in w.value for w in bad.warning)


def test_teacher_forcing_with_a_typed_reference_unknown_and_hostile_words():
    at = open_page("pages/transformer.py", task="en-fr", tab="teacher", text="the red car is fast")
    assert any("reference translation" in i.value for i in at.info)  # nothing typed yet
    at.text_input(key="ref").set_value("la voiture rouge est rapide").run()
    assert not at.exception and "The decoder reads:" in _texts(at)
    assert "Teacher forcing" in _texts(at) and len(_specs(at)) >= 2
    for reference in ("la zzyzx <b>x</b> rouge", "😀 " * 200, "   "):
        at.text_input(key="ref").set_value(reference).run()
        assert not at.exception
        for spec in _specs(at):
            labels = spec["layout"].get("yaxis", {}).get("ticktext", [])
            assert not any("<b>" in label for label in labels)
    at.text_input(key="ref").set_value("la zzyzx rouge").run()
    assert any("does not know" in w.value for w in at.warning)
    assert _link(at)["ref"] == "la zzyzx rouge"


def test_steps_page_teacher_tab_in_korean():
    at = open_page("pages/steps.py", task="en-ko", lang="ko", whatif="teacher", ref="나는 학생이다")
    assert not at.exception and not at.warning
    assert "디코더가 읽는 것" in _texts(at)


def test_alignment_page_draws_the_beam_tree_and_says_why_beam_and_greedy_differ():
    at = open_page("pages/alignment.py", task="en-fr", score="none", beam="3")
    at.text_input(key="text").set_value("my friend will go to the market tomorrow").run()
    assert not at.exception
    assert "Greedy took **voit**" in _texts(at)
    trees = [s for s in _specs(at) if s["data"][0]["type"] == "scatter"]
    assert len(trees) == 1
    names = {tr.get("name") for tr in trees[0]["data"]}
    assert {"pruned", "kept", "greedy", "beam's choice"} <= names
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
