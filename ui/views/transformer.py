"""Panels of the Transformer explorer: one head's heatmap, every head at once, and "show your work"."""

from __future__ import annotations

import numpy as np
import pandas as pd
import streamlit as st

import viz
from models.inference.results import ATTENTION_KINDS, CROSS, ENCODER_SELF, RunResult, TransformerResult
from models.lessons.explain import pair_breakdown
from ui.charts import CHART_CONFIG, style
from ui.i18n import t
from ui.params import LAST, Choice, Int, Tabs
from ui.text import escape_markdown

KIND_LABELS = dict(zip(ATTENTION_KINDS, ("kind_encoder", "kind_decoder", "kind_cross")))

# The explorer's view parameters; layer, head, step and cell bounds come from the model and the sentence.
KIND = Choice("kind", "attention_kind", options=ATTENTION_KINDS, initial=CROSS, fmt=lambda k: t(KIND_LABELS[k]), kind="segmented")
LAYER = Int("layer", "layer", low=1, kind="select")
HEAD = Int("head", "head", low=1, kind="select")
STEP = Int("tstep", "decode_step", low=1, initial=LAST, help="decode_step_help")  # default: the whole output
TAB = Tabs(
    "tab",
    widget_key="tftab",
    ids=("head", "grid", "work", "compare", "knockout", "assembly", "pairs", "forced", "teacher"),
    labels=(
        "tab_head",
        "tab_grid",
        "tab_work",
        "tab_compare",
        "tab_knockout",
        "tab_assembly",
        "tab_pairs",
        "tab_forced",
        "tab_teacher",
    ),
)
QUERY = Int("qi", "query_token", low=0, kind="select")  # the (query, key) cell whose weight "show your work" explains
KEY = Int("kj", "key_token", low=0, kind="select")
EXPLORER = (KIND, LAYER, HEAD, STEP, TAB, QUERY, KEY)


def revealed(weights: np.ndarray, kind: str, step: int) -> np.ndarray:
    """Hide decoder rows not yet computed at decoding step `step` (NaN = blank)."""
    if kind == ENCODER_SELF:
        return weights
    out = weights.astype(np.float32).copy()
    out[..., step:, :] = np.nan
    return out


def output_so_far(result: RunResult, step: int) -> None:
    """The whole output, then the tokens written up to decoding step `step`."""
    written = " ".join(f"`{tok}`" for tok in result.tgt_tokens[:step])  # the model's own vocabulary
    st.markdown(t("output") + f" **{escape_markdown(result.text)}**  \n" + t("written_so_far") + " " + written)


def head_heatmap(result: RunResult, kind: str, layer: int, head: int, step: int) -> None:
    rows, cols = result.axis_tokens(kind)
    weights = revealed(result.attention[kind][layer, head], kind, step)
    title = t("head_title", kind=t(KIND_LABELS[kind]), layer=layer + 1, head=head + 1)
    fig = viz.attention_heatmap(
        weights, rows, cols, title=title, hover=(t("hover_query"), t("hover_key"), t("hover_weight")), style=style()
    )
    st.plotly_chart(fig, key="tf_head", config=CHART_CONFIG)
    csv = viz.matrix_csv(result.attention[kind][layer, head], rows, cols, corner="query \\ key")
    st.download_button(
        t("download_csv"), csv, file_name=f"{kind}-L{layer + 1}-H{head + 1}.csv", mime="text/csv", key="tf_csv", on_click="ignore"
    )


def all_heads(result: RunResult, kind: str, step: int, layer: int, head: int) -> None:
    rows, cols = result.axis_tokens(kind)
    weights = revealed(result.attention[kind], kind, step)
    st.caption(t("grid_caption"))
    fig = viz.heads_grid(weights, rows, cols, layer_name=t("layer"), head_name=t("head"), highlight=(layer, head), style=style())
    st.plotly_chart(fig, key="tf_grid", config=CHART_CONFIG)


def show_your_work(result: TransformerResult, kind: str, layer: int, head: int) -> None:
    rows, cols = result.axis_tokens(kind)
    c1, c2 = st.columns(2)
    qi = QUERY.show(c1, high=len(rows) - 1, fmt=lambda i: f"{i + 1}. {rows[i]}")
    kj = KEY.show(c2, high=len(cols) - 1, fmt=lambda j: f"{j + 1}. {cols[j]}")
    title = t("head_title", kind=t(KIND_LABELS[kind]), layer=layer + 1, head=head + 1)
    hover = (t("hover_query"), t("hover_key"), t("hover_weight"))
    fig = viz.attention_heatmap(
        result.attention[kind][layer, head], rows, cols, title=title, hover=hover, highlight=(qi, kj), style=style()
    )
    st.plotly_chart(fig, key="work_head", config=CHART_CONFIG)  # the cell taken apart below, framed
    w = pair_breakdown(result.site(kind, layer), head, qi, kj)
    dims = [f"d{i}" for i in range(w.d_head)]
    st.plotly_chart(
        viz.value_heatmap(np.vstack([w.q, w.k, w.products]), ["q", "k", "q ⊙ k"], dims, fmt=".2f", style=style()),
        key="work_vectors",
        config=CHART_CONFIG,
    )
    st.latex(
        r"q\cdot k = %.4f,\qquad \frac{q\cdot k}{\sqrt{d_k}} = \frac{%.4f}{\sqrt{%d}} = %.4f" % (w.dot, w.dot, w.d_head, w.scaled)
    )
    if np.isneginf(w.row_scaled[kj]):
        st.info(t("work_masked"))
    table = pd.DataFrame(
        {
            t("col_token"): cols,
            t("col_score"): w.row_scaled,
            t("col_exp"): w.row.exps,
            t("col_weight"): w.row.exps / w.row.normaliser,
        }
    )
    st.dataframe(table, hide_index=True, width="stretch")
    st.latex(
        r"\alpha = \frac{e^{%.4f - %.4f}}{%.6f} = %.6f\quad(\text{model: } %.6f)"
        % (w.scaled if np.isfinite(w.scaled) else 0, w.row.shift, w.row.normaliser, w.weight, w.model_weight)
    )
    vectors = np.vstack([w.value, w.contribution, w.head_output])
    labels = [f"v ({cols[kj]})", f"α × v = {w.weight:.3f} × v", t("head_output")]
    st.plotly_chart(
        viz.value_heatmap(vectors, labels, dims, fmt=".2f", style=style()), key="work_contribution", config=CHART_CONFIG
    )


def compare_with_rnn(rnn: RunResult, result: RunResult) -> None:
    """Additive (RNN) attention beside scaled dot-product cross-attention, same task, same sentence."""
    st.caption(t("compare_caption"))
    left, right = st.columns(2)
    with left:
        st.markdown(f"**{t('attention_additive')}** — " + t("output") + f" {rnn.text or '∅'}")
        if rnn.cross_mean() is not None:
            st.plotly_chart(
                viz.attention_heatmap(rnn.cross_mean(), rnn.tgt_tokens, rnn.src_tokens, style=style()),
                key="cmp_rnn",
                config=CHART_CONFIG,
            )
    with right:
        mean = result.cross_mean()  # last layer, averaged over heads
        st.markdown(f"**{t('transformer_cross_mean')}** — " + t("output") + f" {result.text or '∅'}")
        st.plotly_chart(
            viz.attention_heatmap(mean, result.tgt_tokens, result.src_tokens, style=style()), key="cmp_tf", config=CHART_CONFIG
        )
