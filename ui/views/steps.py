"""The Score → softmax → context page: one decoder step taken apart, and the softmax calculator."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import streamlit as st

import viz
from models.inference.results import Seq2SeqResult
from models.lessons.explain import step_breakdown
from models.nn.attention import SoftmaxParts, softmax_breakdown
from ui.charts import CHART_CONFIG, style
from ui.i18n import current_language, t
from ui.params import Float, Text
from ui.text import escape_markdown
from viz.style import Style

MAX_SCORES = 12
MAX_ABS_SCORE = 1e6
# The calculator's view parameters (preset: *i am a student* → *suis*).
SCORES = Text("calc_scores", "calc_scores", limit=200, initial="40, 20, 20, 320")
WORDS = Text("calc_words", "calc_words", limit=200, initial="i, am, a, student")
TEMPERATURE = Float("calc_temp", "calc_temperature", low=0.05, high=100.0, initial=1.0, step=0.05)
CALCULATOR = (SCORES, WORDS, TEMPERATURE)


def _scores_table(softmax: SoftmaxParts, tokens: list[str]) -> pd.DataFrame:
    return pd.DataFrame(
        {
            t("col_token"): tokens,
            t("col_score"): softmax.scaled,  # temperature 1: the scores themselves
            t("col_shifted"): softmax.scaled - softmax.shift,
            t("col_exp"): softmax.exps,
            t("col_weight"): softmax.weights,
        }
    )


def output_line(result: Seq2SeqResult, step: int) -> None:
    """The output tokens, the one written at `step` (0-based) in bold."""
    tokens = [f"`{tok}`" for tok in result.tgt_tokens]  # the model's own vocabulary: code spans show it literally
    tokens[step] = f"**{tokens[step]}**"
    st.markdown(t("output") + " " + " ".join(tokens))


def step_view(result: Seq2SeqResult, step: int) -> None:
    """Render every intermediate of output position `step` (0-based)."""
    parts = step_breakdown(result, step)
    s, softmax, src = parts.step, parts.softmax, result.src_tokens
    previous = result.tgt_tokens[step - 1] if step else "<s>"
    st.markdown(t("step_header", n=step + 1, prev=escape_markdown(previous), out=escape_markdown(s.output)))
    if softmax is not None:
        st.markdown("#### 1. " + t("step_scores"))
        st.plotly_chart(
            viz.bar_chart(softmax.scaled, src, value_name=t("col_score"), fmt=".3f", style=style()),
            key="step_scores",
            config=CHART_CONFIG,
        )
        st.markdown("#### 2. " + t("step_softmax"))
        st.latex(
            r"\alpha_j = \frac{e^{s_j - m}}{\sum_k e^{s_k - m}},\quad m = %.4f,\quad \sum_k e^{s_k - m} = %.6f"
            % (softmax.shift, softmax.normaliser)
        )
        st.dataframe(_scores_table(softmax, src), hide_index=True, width="stretch")
        st.plotly_chart(
            viz.bar_chart(
                softmax.weights, src, value_name=t("col_weight"), highlight=int(np.argmax(softmax.weights)), style=style()
            ),
            key="step_weights",
            config=CHART_CONFIG,
        )
        st.markdown("#### 3. " + t("step_weighted_sum"))
        rows = np.vstack([parts.contributions, s.context[None]])
        labels = [f"{w:.3f} × {tok}" for w, tok in zip(softmax.weights, src)] + ["= context c"]
        st.plotly_chart(
            viz.vector_heatmap(rows, labels, value_name=t("value"), style=style()), key="step_sum", config=CHART_CONFIG
        )
    else:
        st.info(t("no_attention_step"))
    st.markdown("#### 4. " + t("step_attentional"))
    vectors = np.vstack([s.context, s.state, s.attentional])
    st.plotly_chart(
        viz.vector_heatmap(vectors, ["context c", "state h", "tanh(W_c[c; h])"], value_name=t("value"), style=style()),
        key="step_vectors",
        config=CHART_CONFIG,
    )
    st.markdown("#### 5. " + t("step_output"))
    chosen = s.topk_tokens.index(s.output) if s.output in s.topk_tokens else None
    st.plotly_chart(
        viz.bar_chart(s.topk_probs, s.topk_tokens, value_name=t("probability"), highlight=chosen, style=style()),
        key="step_topk",
        config=CHART_CONFIG,
    )


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
        text = SCORES.show()
        words = WORDS.show()
    with right:
        temperature = TEMPERATURE.show()
    values, error = parse_scores(text)
    if error:
        st.error(error)
        return
    labels = [w.strip() for w in words.split(",")][: len(values)]
    labels += [f"#{i + 1}" for i in range(len(labels), len(values))]
    parts = softmax_breakdown(np.array(values), temperature)
    st.latex(
        r"\alpha_j = \frac{e^{s_j/T - m}}{\sum_k e^{s_k/T - m}},\quad T = %g,\quad m = %g,\quad \sum = %.6g"
        % (temperature, parts.shift, parts.normaliser)
    )
    st.dataframe(
        pd.DataFrame(
            {
                t("col_token"): labels,
                t("col_score"): values,
                "s/T": parts.scaled,
                t("col_exp"): parts.exps,
                t("col_weight"): parts.weights,
            }
        ),
        hide_index=True,
        width="stretch",
        column_config={
            t("col_exp"): st.column_config.NumberColumn(format="%.4e"),
            t("col_weight"): st.column_config.NumberColumn(format="%.6f"),
        },
    )
    chart = _calculator_chart(tuple(parts.weights.tolist()), tuple(labels), style(), current_language())
    st.plotly_chart(chart, key="calc_chart", config=CHART_CONFIG)
    top = float(parts.weights.max())
    if top > 0.99:
        st.info(t("calc_one_hot", weight=f"{top:.6f}"))
    if np.any(parts.weights == 0):
        st.caption(t("calc_underflow"))


# The calculator does not depend on the typed sentence: its chart is built once per server for
# its inputs, palette and language, not again on every rerun of a class typing at once. Shared read-only.
@st.cache_resource(max_entries=64, show_spinner=False)
def _calculator_chart(weights: tuple[float, ...], labels: tuple[str, ...], chart_style: Style, lang: str) -> go.Figure:
    return viz.bar_chart(np.array(weights), list(labels), value_name=t("col_weight"), fmt=".4f", style=chart_style)
