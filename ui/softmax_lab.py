"""The softmax calculator: edit scores and a temperature, see the exact weights."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import streamlit as st

import viz
from models.attention import softmax_breakdown
from ui.i18n import t
from ui.panels import CHART_CONFIG

MAX_SCORES = 12
MAX_ABS_SCORE = 1e6


def parse_scores(text: str) -> tuple[list[float], str | None]:
    """Comma-separated numbers → (values, error message or None)."""
    items = [s.strip() for s in text.replace(";", ",").split(",") if s.strip()]
    if not items:
        return [], t("calc_need_numbers")
    if len(items) > MAX_SCORES:
        return [], t("calc_too_many", n=MAX_SCORES)
    values = []
    for item in items:
        try:
            value = float(item)
        except ValueError:
            return [], t("calc_not_number", item=item[:20])
        if not math.isfinite(value) or abs(value) > MAX_ABS_SCORE:
            return [], t("calc_out_of_range", item=item[:20], limit=f"{MAX_ABS_SCORE:g}")
        values.append(value)
    return values, None


@st.fragment
def softmax_calculator() -> None:
    st.subheader(t("calc_title"))
    st.caption(t("calc_intro"))
    left, right = st.columns([3, 2])
    with left:
        text = st.text_input(t("calc_scores"), "40, 20, 20, 320", key="calc_scores", max_chars=200, bind="query-params")
        words = st.text_input(t("calc_words"), "i, am, a, student", key="calc_words", max_chars=200, bind="query-params")
    with right:
        temperature = st.slider(t("calc_temperature"), 0.05, 100.0, 1.0, step=0.05, key="calc_temp", bind="query-params")
    values, error = parse_scores(text)
    if error:
        st.error(error)
        return
    labels = [w.strip() for w in words.split(",")][: len(values)]
    labels += [f"#{i + 1}" for i in range(len(labels), len(values))]
    parts = softmax_breakdown(np.array(values), temperature)
    st.latex(
        r"\alpha_j = \frac{e^{s_j/T - m}}{\sum_k e^{s_k/T - m}},\quad T = %g,\quad m = %g,\quad \sum = %.6g"
        % (temperature, parts["shift"], parts["normaliser"])
    )
    st.dataframe(
        pd.DataFrame(
            {
                t("col_token"): labels,
                t("col_score"): values,
                "s/T": parts["scaled"],
                t("col_exp"): parts["exps"],
                t("col_weight"): parts["weights"],
            }
        ),
        hide_index=True,
        width="stretch",
        column_config={
            t("col_exp"): st.column_config.NumberColumn(format="%.4e"),
            t("col_weight"): st.column_config.NumberColumn(format="%.6f"),
        },
    )
    st.plotly_chart(
        viz.bar_chart(parts["weights"], labels, value_name=t("col_weight"), fmt=".4f"), key="calc_chart", config=CHART_CONFIG
    )
    top = float(parts["weights"].max())
    if top > 0.99:
        st.info(t("calc_one_hot", weight=f"{top:.6f}"))
    if np.any(parts["weights"] == 0):
        st.caption(t("calc_underflow"))
