"""A finished training run opened on a model page (?run=<id>): type into it like a shipped model."""

from __future__ import annotations

import streamlit as st

import viz
from models import RUN_PREFIX
from models.runs import store as runs
from ui.charts import CHART_CONFIG, style
from ui.i18n import t
from ui.loaders import MAX_CHARS, run_model, try_load
from ui.params import Text
from ui.text import escape_markdown
from ui.widgets import show_source

RUN_TEXT = Text(
    "run_text", "sentence", limit=MAX_CHARS, initial=lambda example="", **_: example
)  # default: a validation sentence


def trained_run_panel() -> None:
    """Shown at the top of a page when the URL names a training run that has a checkpoint."""
    run_id = st.query_params.get("run", "")
    if not run_id:
        return
    if not runs.valid_id(run_id) or not (runs.run_dir(run_id) / "model.json").exists():
        st.warning(t("train_bad_run", value=run_id[:20]), icon="⚠️")
        return
    name = RUN_PREFIX + run_id
    runner = try_load(name)
    if runner is None:
        return
    with st.container(border=True):
        st.subheader(t("run_panel_title", label=runs.read_spec(runs.run_dir(run_id)).label()))
        example = runner.task.detokenize(list(runner.task.pairs("validation")[1].src))
        text = RUN_TEXT.show(example=example)
        if not text.strip():
            st.info(t("empty_input"))
            return
        result = run_model(name, text)
        show_source(result, runner.task.name)
        st.markdown(t("output") + " **" + (escape_markdown(result.text) or "∅") + "**")
        weights = result.cross_mean()  # last layer, mean over heads (RNN: its only map)
        if weights is None:
            st.info(t("no_attention_explained"))
            return
        st.plotly_chart(
            viz.attention_heatmap(
                weights, result.tgt_tokens, result.src_tokens, x_title=t("axis_source"), y_title=t("axis_output"), style=style()
            ),
            key="run_heatmap",
            config=CHART_CONFIG,
        )
