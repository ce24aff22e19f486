"""Panels of the Pretrained BERT page: tokenisation, head view, heatmap, model view, neuron view,
per-head statistics and attention rollout."""

from __future__ import annotations

import numpy as np
import pandas as pd
import streamlit as st

import viz
from models.inference.minilm import SPECIAL
from models.inference.results import ENCODER_SELF, EncoderResult
from models.lessons.explain import pair_breakdown
from models.lessons.head_stats import PATTERNS, STATISTICS, display_attention, head_statistics, pattern_labels, rollout
from ui.charts import CHART_CONFIG, style
from ui.i18n import t
from ui.loaders import BERT_MAX_CHARS
from ui.params import LAST, Choice, Flag, Float, Int, Ints, Tabs, Text

# The page's view parameters; layer, head and token bounds come from MiniLM and the sentence.
TEXT = Text("btext", "sentence", limit=BERT_MAX_CHARS, initial="The cat sat on the mat because it was tired.", live=True)
PAIR = Text("bpair", "bert_pair", limit=BERT_MAX_CHARS, live=True, placeholder="bert_pair_placeholder")
LAYER = Int("blayer", "layer", low=1, kind="select")
HEAD = Int("bhead", "head", low=1, kind="select")
HIDE = Flag("hide", "bert_hide")
MERGE = Flag("merge", "bert_merge")
TAB = Tabs(
    "tab",
    widget_key="btab",
    ids=("lines", "heatmap", "model", "neuron", "stats", "rollout", "knockout", "assembly", "pairs"),
    labels=(
        "bert_tab_lines",
        "bert_tab_heatmap",
        "bert_tab_model",
        "bert_tab_neuron",
        "bert_tab_stats",
        "bert_tab_rollout",
        "tab_knockout",
        "tab_assembly",
        "tab_pairs",
    ),
)
# Head view: which heads, the weakest line drawn, lines per token, one token's lines only.
HEADS = Ints("bheads", "bert_heads", low=1, initial=(1, 2, 3))
THRESHOLD = Float("bthr", "bert_threshold", low=0.0, high=1.0, initial=0.1, step=0.05, kind="number")
TOP_K = Int("btopk", "bert_topk", low=1, high=10, initial=3, kind="number")
FOCUS = Int("bfocus", "bert_focus", low=0, optional=True, kind="select")
QUERY = Int("bqi", "query_token", low=0, kind="select")  # the neuron view's (query, key) cell
KEY = Int("bkj", "key_token", low=0, kind="select")
STAT = Choice("bstat", "bert_stat", options=STATISTICS, fmt="stat_")
DEPTH = Int("broll", "bert_rollout_depth", low=1, initial=LAST)
BERT_VIEW = (TEXT, PAIR, LAYER, HEAD, HIDE, MERGE, TAB, HEADS, THRESHOLD, TOP_K, FOCUS, QUERY, KEY, STAT, DEPTH)


def shown_attention(result: EncoderResult, hide: bool, merge: bool) -> tuple[np.ndarray, list[str]]:
    """The attention `[layer, head, query, key]` and labels to draw after the page's two toggles."""
    return display_attention(result.attention[ENCODER_SELF], result.tokens, result.words, result.type_ids, hide, merge)


def tokenization(result: EncoderResult) -> None:
    table = pd.DataFrame(
        {
            t("bert_piece"): result.tokens,
            "id": result.ids,
            t("bert_segment"): result.type_ids,
            t("bert_word"): ["—" if w is None else w + 1 for w in result.words],
        }
    )
    st.dataframe(table.astype(str).T, width="stretch")  # transposed: one column per piece
    unknown = sum(tok == "[UNK]" for tok in result.tokens)
    if unknown:
        st.info(t("bert_unknown", n=unknown))


def head_view_panel(weights: np.ndarray, labels: list[str], layer: int) -> None:
    c1, c2, c3, c4 = st.columns([3, 1, 1, 2])
    heads = HEADS.show(c1, high=weights.shape[1])
    threshold = THRESHOLD.show(c2)
    top_k = TOP_K.show(c3)
    focus = FOCUS.show(c4, high=len(labels) - 1, fmt=lambda i: t("bert_all_tokens") if i is None else f"{i + 1}. {labels[i]}")
    fig = viz.head_view(
        weights[layer],
        labels,
        [h - 1 for h in heads],
        threshold=threshold,
        top_k=top_k,
        focus=focus,
        head_name=t("head"),
        style=style(),
    )
    st.plotly_chart(fig, key="bert_headview", config=CHART_CONFIG)


def heatmap_panel(weights: np.ndarray, labels: list[str], layer: int, head: int) -> None:
    fig = viz.attention_heatmap(
        weights[layer, head],
        labels,
        labels,
        title=t("bert_head_title", layer=layer + 1, head=head + 1),
        hover=(t("hover_query"), t("hover_key"), t("hover_weight")),
        style=style(),
    )
    st.plotly_chart(fig, key="bert_heat", config=CHART_CONFIG)
    st.download_button(
        t("download_csv"),
        viz.matrix_csv(weights[layer, head], labels, labels, corner="query \\ key"),
        file_name=f"minilm-L{layer + 1}-H{head + 1}.csv",
        mime="text/csv",
        key="bert_csv",
        on_click="ignore",
    )


def model_view_panel(weights: np.ndarray, labels: list[str], layer: int, head: int) -> None:
    st.caption(t("bert_model_view_caption"))
    fig = viz.heads_grid(
        weights, labels, labels, layer_name=t("layer"), head_name=t("head"), highlight=(layer, head), compact=True, style=style()
    )
    st.plotly_chart(fig, key="bert_grid", config=CHART_CONFIG)


def neuron_panel(result: EncoderResult, layer: int, head: int) -> None:
    c1, c2 = st.columns(2)
    n = len(result.tokens)
    qi = QUERY.show(c1, high=n - 1, fmt=lambda i: f"{i + 1}. {result.tokens[i]}")
    kj = KEY.show(c2, high=n - 1, fmt=lambda j: f"{j + 1}. {result.tokens[j]}")
    w = pair_breakdown(result.site(layer), head, qi, kj)
    dims = [f"d{i}" for i in range(w.d_head)]
    st.plotly_chart(
        viz.value_heatmap(np.vstack([w.q, w.k, w.products]), ["q", "k", "q ⊙ k"], dims, show_text=False, style=style()),
        key="bert_neuron",
        config=CHART_CONFIG,
    )
    st.latex(
        r"q\cdot k = %.4f,\quad \frac{q\cdot k}{\sqrt{%d}} = %.4f,\quad \alpha = %.6f" % (w.dot, w.d_head, w.scaled, w.weight)
    )
    weights = w.row.weights
    st.plotly_chart(
        viz.bar_chart(
            weights, result.tokens, value_name=t("col_weight"), highlight=kj, title=t("bert_softmax_row"), style=style()
        ),
        key="bert_neuron_row",
        config=CHART_CONFIG,
    )


def stats_panel(result: EncoderResult) -> None:
    w = result.attention[ENCODER_SELF]
    per_head = head_statistics(w, np.array([tok in SPECIAL for tok in result.tokens]))
    labels, stats = pattern_labels(per_head), per_head.by_name()
    layers, heads = w.shape[:2]
    rows = [
        {
            t("layer"): i + 1,
            t("head"): j + 1,
            t("bert_pattern"): t(f"pattern_{labels[i, j]}"),
            **{t(f"stat_{k}"): float(v[i, j]) for k, v in stats.items()},
        }
        for i in range(layers)
        for j in range(heads)
    ]
    stat = STAT.show()
    names = [f"{t('head')} {j + 1}" for j in range(heads)]
    fig = viz.value_heatmap(
        stats[stat],
        [f"{t('layer')} {i + 1}" for i in range(layers)],
        names,
        fmt=".2f",
        diverging=False,
        zrange=(0.0, float(stats[stat].max()) or 1.0),
        title=t(f"stat_{stat}"),
        style=style(),
    )
    st.plotly_chart(fig, key="bert_stats", config=CHART_CONFIG)
    st.dataframe(pd.DataFrame(rows), hide_index=True, width="stretch")
    counts = {t(f"pattern_{p}"): int((labels == p).sum()) for p in PATTERNS}
    st.caption(t("bert_pattern_caption") + " " + ", ".join(f"{k}: {v}" for k, v in counts.items()))


def rollout_panel(weights: np.ndarray, labels: list[str]) -> None:
    st.warning(t("bert_rollout_caption"), icon="ℹ️")
    roll = rollout(weights)
    layer = DEPTH.show(high=roll.shape[0])
    st.plotly_chart(
        viz.attention_heatmap(roll[layer - 1], labels, labels, title=t("bert_rollout_title", layer=layer), style=style()),
        key="bert_rollout",
        config=CHART_CONFIG,
    )
