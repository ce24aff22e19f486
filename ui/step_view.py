"""The score → softmax → weighted sum → context → output chain for one decoder step."""

from __future__ import annotations

import numpy as np
import pandas as pd
import streamlit as st

import viz
from models.explain import step_breakdown
from models.runner import RunResult
from ui.i18n import t
from ui.panels import CHART_CONFIG
from ui.text import escape_markdown


def _scores_table(parts: dict, tokens: list[str]) -> pd.DataFrame:
    return pd.DataFrame(
        {
            t("col_token"): tokens,
            t("col_score"): parts["scores"],
            t("col_shifted"): parts["scaled"] - parts["shift"],
            t("col_exp"): parts["exps"],
            t("col_weight"): parts["weights"],
        }
    )


def step_view(result: RunResult, step: int) -> None:
    """Render every intermediate of output position `step` (0-based)."""
    parts = step_breakdown(result, step)
    src = result.src_tokens
    previous = result.tgt_tokens[step - 1] if step else "<s>"
    st.markdown(t("step_header", n=step + 1, prev=escape_markdown(previous), out=escape_markdown(parts["output"])))
    if "scores" in parts:
        st.markdown("#### 1. " + t("step_scores"))
        st.plotly_chart(
            viz.bar_chart(parts["scores"], src, value_name=t("col_score"), fmt=".3f"), key="step_scores", config=CHART_CONFIG
        )
        st.markdown("#### 2. " + t("step_softmax"))
        st.latex(
            r"\alpha_j = \frac{e^{s_j - m}}{\sum_k e^{s_k - m}},\quad m = %.4f,\quad \sum_k e^{s_k - m} = %.6f"
            % (parts["shift"], parts["normaliser"])
        )
        st.dataframe(_scores_table(parts, src), hide_index=True, width="stretch")
        st.plotly_chart(
            viz.bar_chart(parts["weights"], src, value_name=t("col_weight"), highlight=int(np.argmax(parts["weights"]))),
            key="step_weights",
            config=CHART_CONFIG,
        )
        st.markdown("#### 3. " + t("step_weighted_sum"))
        rows = np.vstack([parts["contributions"], parts["context"][None]])
        labels = [f"{w:.3f} × {tok}" for w, tok in zip(parts["weights"], src)] + ["= context c"]
        st.plotly_chart(viz.vector_heatmap(rows, labels, value_name=t("value")), key="step_sum", config=CHART_CONFIG)
    else:
        st.info(t("no_attention_step"))
    st.markdown("#### 4. " + t("step_attentional"))
    hidden = parts["state"].shape[0]
    vectors = np.vstack([parts["context"], parts["concat"][hidden:], parts["attentional"]])
    st.plotly_chart(
        viz.vector_heatmap(vectors, ["context c", "state h", "tanh(W_c[c; h])"], value_name=t("value")),
        key="step_vectors",
        config=CHART_CONFIG,
    )
    st.markdown("#### 5. " + t("step_output"))
    chosen = parts["topk_tokens"].index(parts["output"]) if parts["output"] in parts["topk_tokens"] else None
    st.plotly_chart(
        viz.bar_chart(parts["topk_probs"], parts["topk_tokens"], value_name=t("probability"), highlight=chosen),
        key="step_topk",
        config=CHART_CONFIG,
    )
