"""Head knock-out panels: tick heads, run the model again without them, see what changed; and
every head knocked out alone, ranked by its effect on this sentence."""

from __future__ import annotations

import numpy as np
import pandas as pd
import streamlit as st

import viz
from models.inference.results import ATTENTION_KINDS, ENCODER_SELF
from models.lessons.knockout import (
    EmbeddingKnockout,
    Head,
    TranslationKnockout,
    embedding_knockout,
    rank_embedding_heads,
    rank_translation_heads,
    translation_knockout,
)
from ui.charts import CHART_CONFIG, style
from ui.i18n import t
from ui.loaders import BERT_MAX_CHARS, MAX_CHARS, MINILM, get_model, run_model
from ui.params import Ints
from ui.text import escape_markdown

SHORT_KINDS = dict(zip(ATTENTION_KINDS, ("short_encoder", "short_decoder", "short_cross")))
TOP = 12  # heads drawn in the ranking chart (the table lists all)

# Which heads are knocked out: one index per head, (kind, layer, head) in the order data flows.
TF_OFF = Ints("ko", "knockout_heads", low=0, help="knockout_heads_help")
BERT_OFF = Ints("bko", "knockout_heads", low=0, help="knockout_heads_help")


def _all_heads(kinds: tuple[str, ...], layers: int, heads: int) -> list[Head]:
    return [(kind, layer, head) for kind in kinds for layer in range(layers) for head in range(heads)]


def head_label(head: Head, with_kind: bool = True) -> str:
    kind, layer, h = head
    name = f"L{layer + 1} H{h + 1}"
    return f"{t(SHORT_KINDS[kind])} · {name}" if with_kind else name


def _pick(param: Ints, heads: list[Head], with_kind: bool) -> tuple[Head, ...]:
    chosen = param.show(high=len(heads) - 1, fmt=lambda i: head_label(heads[i], with_kind))
    return tuple(heads[i] for i in chosen)


@st.cache_data(max_entries=256, show_spinner=False)
def _translation(name: str, text: str, off: tuple[Head, ...]) -> TranslationKnockout:
    text = text[:MAX_CHARS]  # as run_model cuts it
    return translation_knockout(get_model(name), text, run_model(name, text), off)


@st.cache_data(max_entries=256, show_spinner=False)
def _translation_ranking(name: str, text: str) -> list[tuple[Head, float]]:
    """36 knock-outs of the shipped Transformer in one batched pass (about 0.04 s)."""
    text = text[:MAX_CHARS]
    return rank_translation_heads(get_model(name), text, run_model(name, text))


@st.cache_data(max_entries=256, show_spinner=False)
def _embedding(text: str, pair: str | None, off: tuple[Head, ...]) -> EmbeddingKnockout:
    normal = run_model(MINILM, text, pair=pair)
    return embedding_knockout(get_model(MINILM), text[:BERT_MAX_CHARS], normal, off, pair and pair[:BERT_MAX_CHARS])


@st.cache_data(max_entries=256, show_spinner=False)
def _embedding_ranking(text: str, pair: str | None) -> list[tuple[Head, float]]:
    """72 knock-outs in one batched pass (about 0.25 s for a 15-piece sentence on one core)."""
    return rank_embedding_heads(get_model(MINILM), run_model(MINILM, text, pair=pair))


def _ranking(ranking: list[tuple[Head, float]], value_name: str, with_kind: bool, key: str) -> None:
    st.markdown(f"**{t('knockout_ranking')}**")
    st.caption(t("knockout_ranking_caption"))
    top = ranking[:TOP]
    labels = [head_label(h, with_kind) for h, _ in top]
    fig = viz.bar_chart(np.array([e for _, e in top]), labels, value_name=value_name, style=style())
    st.plotly_chart(fig, key=f"{key}_rank", config=CHART_CONFIG)
    table = pd.DataFrame({t("head"): [head_label(h, with_kind) for h, _ in ranking], value_name: [e for _, e in ranking]})
    with st.expander(t("knockout_all_heads")):
        st.dataframe(table, hide_index=True, width="stretch")


def _change_heatmap(change: np.ndarray, rows: list[str], heads: int, key: str) -> None:
    st.markdown(f"**{t('knockout_change')}**")
    st.caption(t("knockout_change_caption"))
    fig = viz.value_heatmap(
        change, rows, [f"H{h + 1}" for h in range(heads)], diverging=False, zrange=(0.0, 1.0), value_name="TV", style=style()
    )
    st.plotly_chart(fig, key=key, config=CHART_CONFIG)


def translation_panel(name: str, text: str, layer: int, head: int, kind: str) -> None:
    """The Transformer explorer's knock-out tab; `layer`, `head` (0-based) and `kind` pick the map shown."""
    runner = get_model(name)
    heads = _all_heads(ATTENTION_KINDS, runner.layers, runner.heads)
    off = _pick(TF_OFF, heads, with_kind=True)
    normal = run_model(name, text)
    if not off:
        st.info(t("knockout_pick"))
    else:
        k = _translation(name, text, off)
        st.markdown(
            t("knockout_before") + f" **{escape_markdown(normal.text) or '∅'}**  \n"
            f"{t('knockout_after')} **{escape_markdown(k.result.text) or '∅'}**"
        )
        drop = float((k.p_before - k.p_after).mean())
        st.metric(t("knockout_mean_drop"), f"{drop:+.3f}")
        probs = np.vstack([k.p_before, k.p_after])
        fig = viz.value_heatmap(
            probs,
            [t("knockout_with"), t("knockout_without")],
            normal.tgt_tokens,
            diverging=False,
            zrange=(0.0, 1.0),
            title=t("knockout_probs_title"),
            value_name="p",
            style=style(),
        )
        st.plotly_chart(fig, key="ko_probs", config=CHART_CONFIG)
        rows = [f"{t(SHORT_KINDS[kd])} · L{i + 1}" for kd in ATTENTION_KINDS for i in range(runner.layers)]
        _change_heatmap(np.vstack([k.change[kd] for kd in ATTENTION_KINDS]), rows, runner.heads, "ko_change")
        _side_by_side(normal.attention[kind][layer, head], k.attention[kind][layer, head], *normal.axis_tokens(kind), "ko")
    _ranking(_translation_ranking(name, text), t("knockout_drop"), True, "ko")


def embedding_panel(text: str, pair: str | None, layer: int, head: int) -> None:
    """The Pretrained BERT page's knock-out tab; `layer`, `head` (0-based) pick the map shown."""
    runner = get_model(MINILM)
    heads = _all_heads((ENCODER_SELF,), runner.layers, runner.heads)
    off = _pick(BERT_OFF, heads, with_kind=False)
    if not off:
        st.info(t("knockout_pick"))
    else:
        k = _embedding(text, pair, off)
        normal = run_model(MINILM, text, pair=pair)
        st.metric(t("knockout_cosine"), f"{k.cosine:.4f}", help=t("knockout_cosine_help"))
        rows = [f"L{i + 1}" for i in range(runner.layers)]
        _change_heatmap(k.change, rows, runner.heads, "bko_change")
        most = np.argsort(-k.change, axis=None, kind="stable")[:5]
        listed = ", ".join(f"L{i // runner.heads + 1} H{i % runner.heads + 1} ({k.change.flat[i]:.3f})" for i in most)
        st.caption(t("knockout_most_changed", heads=listed))
        w = normal.attention[ENCODER_SELF]
        _side_by_side(w[layer, head], k.result.attention[ENCODER_SELF][layer, head], normal.tokens, normal.tokens, "bko")
    with st.spinner(t("knockout_ranking_running")):
        ranking = _embedding_ranking(text, pair)
    _ranking(ranking, t("knockout_one_minus_cos"), False, "bko")


def _side_by_side(before: np.ndarray, after: np.ndarray, rows: list[str], cols: list[str], key: str) -> None:
    """The chosen head's attention, normal and with the heads knocked out."""
    hover = (t("hover_query"), t("hover_key"), t("hover_weight"))
    st.caption(t("knockout_maps_caption"))
    left, right = st.columns(2)
    for where, weights, title, suffix in ((left, before, "knockout_with", "a"), (right, after, "knockout_without", "b")):
        fig = viz.attention_heatmap(weights, rows, cols, title=t(title), hover=hover, style=style())
        where.plotly_chart(fig, key=f"{key}_map_{suffix}", config=CHART_CONFIG)
