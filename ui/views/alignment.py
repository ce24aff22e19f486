"""The alignment panel: one model's output, its attention heatmap and the CSV of that matrix."""

from __future__ import annotations

import streamlit as st

import viz
from models.inference.results import RunResult
from ui.charts import CHART_CONFIG, style
from ui.i18n import t
from ui.text import escape_markdown


def model_header(metrics: dict, attention: str) -> None:
    st.subheader(t(f"attention_{attention}"))
    exact = metrics.get("test_exact_match")
    if exact is not None:
        st.caption(t("held_out", exact=f"{100 * exact:.1f}"))


def alignment_panel(result: RunResult, attention: str, metrics: dict, key: str) -> None:
    """Output text, then the target × source heatmap (or why there is none)."""
    model_header(metrics, attention)
    st.markdown(t("output") + " **" + (escape_markdown(result.text) or "∅") + "**")
    weights = result.cross_mean()  # [tgt_pos, src_pos]: one layer, one head
    if weights is None:
        st.info(t("no_attention_explained"))
        return
    fig = viz.attention_heatmap(
        weights,
        result.tgt_tokens,
        result.src_tokens,
        x_title=t("axis_source"),
        y_title=t("axis_output"),
        hover=(t("hover_output"), t("hover_source"), t("hover_weight")),
        style=style(),
    )
    st.plotly_chart(fig, key=f"heatmap_{key}", config=CHART_CONFIG)
    csv = viz.matrix_csv(weights, result.tgt_tokens, result.src_tokens, corner="output \\ source")
    st.download_button(
        t("download_csv"), csv, file_name=f"attention-{attention}.csv", mime="text/csv", key=f"csv_{key}", on_click="ignore"
    )
