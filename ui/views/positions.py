"""Panels of the positional-encoding lab."""

from __future__ import annotations

import numpy as np
import plotly.graph_objects as go
import streamlit as st

import viz
from models.checkpoint import CheckpointError
from models.inference.results import TransformerResult
from models.lessons import positions as pe
from models.lessons.ablation import permutation_check, shuffled_order
from models.lessons.extrapolation import NAMES, accuracy_by_length, read_result
from ui.charts import CHART_CONFIG, style
from ui.i18n import current_language, t
from ui.loaders import MINILM, get_model, try_load
from ui.params import Choice, Int, Ints, Tabs
from viz.style import Style

# The lab's view parameters; the position and frequency-pair bounds follow the length and d_model.
D_MODEL = Int("d", lambda: "d_model", low=8, high=128, step=8, initial=64)
LENGTH = Int("len", "pe_length", low=8, high=128, initial=50)
POSITION = Int("pos", "position", low=0, initial=3)
PAIR = Int("pair", "pe_pair", low=0)
DIMS = Ints("dims", "pe_dims", low=0, initial=lambda high, **_: [0, 2, min(10, high - 1), high - 1])  # dimensions drawn as waves
SIMILARITY = Choice("sim", "pe_similarity", options=("cosine", "dot"), kind="segmented")
OFFSET = Int("k", "pe_offset", low=1, high=50, initial=5)
SEED = Int("shuffle", "pe_shuffle_seed", low=0, high=9999, initial=1, kind="number")
BERT_LENGTH = Int("bertlen", "pe_bert_positions", low=16, step=16, initial=128)  # up to MiniLM's table
TAB = Tabs(
    "tab",
    widget_key="petab",
    ids=("sinusoid", "similarity", "sentence", "learned", "shuffle", "length"),
    labels=("pe_tab_sinusoid", "pe_tab_similarity", "pe_tab_sentence", "pe_tab_learned", "pe_tab_shuffle", "pe_tab_length"),
)
PE_VIEW = (D_MODEL, LENGTH, POSITION, PAIR, DIMS, SIMILARITY, OFFSET, SEED, BERT_LENGTH, TAB)


# The sinusoid table depends only on its size: built once per server for a size, palette and
# language, not on every rerun of a class typing at once. Shared read-only.
@st.cache_resource(max_entries=64, show_spinner=False)
def _pe_table_figure(d_model: int, length: int, chart_style: Style, lang: str) -> go.Figure:
    table = pe.sinusoidal(length, d_model)
    return viz.vector_heatmap(
        table, [str(p) for p in range(length)], title=t("pe_table_title", d=d_model), value_name="PE", style=chart_style
    )


def sinusoid_panel(d_model: int, length: int, dims: list[int], pos: int, pair: int) -> None:
    table = pe.sinusoidal(length, d_model)
    st.plotly_chart(_pe_table_figure(d_model, length, style(), current_language()), key="pe_table", config=CHART_CONFIG)
    waves = {f"dim {d} (λ = {pe.wavelengths(d_model)[d // 2]:.1f})": table[:, d] for d in dims if d < d_model}
    if waves:
        st.plotly_chart(
            viz.line_chart(
                np.arange(length), waves, title=t("pe_waves_title"), x_title=t("position"), y_title="PE", style=style()
            ),
            key="pe_waves",
            config=CHART_CONFIG,
        )
    omega = pe.frequencies(d_model)[pair]
    st.latex(
        r"PE(%d, %d) = \sin\!\left(\frac{%d}{10000^{%d/%d}}\right) = \sin(%.4f) = %.4f,\quad "
        r"PE(%d, %d) = \cos(%.4f) = %.4f"
        % (
            pos,
            2 * pair,
            pos,
            2 * pair,
            d_model,
            pos * omega,
            np.sin(pos * omega),
            pos,
            2 * pair + 1,
            pos * omega,
            np.cos(pos * omega),
        )
    )


def similarity_panel(d_model: int, length: int, kind: str, k: int, pair: int) -> None:
    table = pe.sinusoidal(length, d_model)
    labels = [str(p) for p in range(length)]
    sim = pe.similarity(table, kind)
    fig = viz.value_heatmap(
        sim,
        labels,
        labels,
        title=t("pe_similarity_title", kind=kind),
        show_text=False,
        zrange=None if kind == "dot" else (-1.0, 1.0),  # signed either way: the diverging scale
        value_name=kind,
        style=style(),
    )
    st.plotly_chart(fig, key="pe_sim", config=CHART_CONFIG)
    st.caption(t("pe_similarity_caption"))
    omega = pe.frequencies(d_model)[pair]
    rot = pe.rotation(k, omega)
    left, right = st.columns(2)
    with left:
        st.plotly_chart(
            viz.value_heatmap(
                rot, ["row 1", "row 2"], ["col 1", "col 2"], fmt=".4f", title=t("pe_rotation_title", k=k, i=pair), style=style()
            ),
            key="pe_rot",
            config=CHART_CONFIG,
        )
    with right:
        residual = pe.offset_residual(length, d_model, k)
        st.metric(t("pe_residual"), f"{residual:.2e}")
        st.caption(t("pe_rotation_caption", k=k, angle=f"{k * omega:.4f}"))


def sentence_panel(result: TransformerResult) -> None:
    tokens, parts = result.src_tokens, result.embeddings("src")
    dims = parts.sum.shape[-1]
    shown = ((parts.token, "pe_tokens_title", "tokens"), (parts.position, "pe_positions_title", "positions"))
    for matrix, title, name in shown + ((parts.sum, "pe_sum_title", "sum"),):
        fig = viz.vector_heatmap(matrix, tokens, title=t(title, d=dims), value_name=name, style=style())
        st.plotly_chart(fig, key=f"pe_sentence_{name}", config=CHART_CONFIG)


def _cosine_chart(table: np.ndarray, labels: list[str], key: str) -> None:
    """Position × position cosine similarity of a position table."""
    fig = viz.value_heatmap(
        pe.similarity(table),
        labels,
        labels,
        title=t("pe_similarity_title", kind="cosine"),
        show_text=False,
        zrange=(-1.0, 1.0),
        value_name="cosine",
        style=style(),
    )
    st.plotly_chart(fig, key=key, config=CHART_CONFIG)


def _minilm():
    """MiniLM, whose 512 learned position embeddings the tab shows, if the package is installed."""
    try:
        return get_model(MINILM)
    except CheckpointError:
        return None


def learned_panel(length: int) -> None:
    runner = try_load("transformer-learned-en-fr")
    if runner is None:
        return
    length = min(length, runner.max_positions)
    learned = runner.position_table(length)
    sinus = pe.sinusoidal(length, learned.shape[1])
    labels = [str(p) for p in range(length)]
    left, right = st.columns(2)
    for column, table, name in ((left, sinus, "pe_sinusoidal"), (right, learned, "pe_learned")):
        with column:
            st.plotly_chart(
                viz.vector_heatmap(table, labels, title=t(name), value_name="PE", style=style()),
                key=f"pe_{name}",
                config=CHART_CONFIG,
            )
            _cosine_chart(table, labels, key=f"pe_{name}_sim")
    st.caption(t("pe_learned_caption"))
    minilm = _minilm()
    if minilm is not None:
        bert_length = BERT_LENGTH.show(high=minilm.max_positions)
        bert = minilm.position_table(bert_length)
        st.markdown("**" + t("pe_bert_title", n=bert_length) + "**")
        labels = [str(p) for p in range(bert_length)]
        left, right = st.columns(2)
        with left:
            st.plotly_chart(viz.vector_heatmap(bert, labels, value_name="PE", style=style()), key="pe_bert", config=CHART_CONFIG)
        with right:
            _cosine_chart(bert, labels, key="pe_bert_sim")
        st.caption(t("pe_bert_caption"))


def shuffle_panel(runner, result: TransformerResult, seed: int, layer: int, head: int) -> None:
    words = result.src_tokens[:-1]
    ids = runner.source_ids(words)
    perm = shuffled_order(len(words), seed)
    st.markdown(t("pe_shuffled") + " " + " ".join(f"`{result.src_tokens[p]}`" for p in perm))
    left, right = st.columns(2)
    for column, use in ((left, False), (right, True)):
        check = permutation_check(runner.model, ids, perm, use_positions=use)
        with column:
            st.markdown("**" + t("pe_with" if use else "pe_without") + "**")
            st.metric(t("pe_max_diff"), f"{check.max_difference:.2e}")
            fig = viz.value_heatmap(
                check.difference[layer, head],
                result.src_tokens,
                result.src_tokens,
                fmt=".3f",
                title=t("pe_diff_title", layer=layer + 1, head=head + 1),
                style=style(),
            )
            st.plotly_chart(fig, key=f"pe_diff_{use}", config=CHART_CONFIG)
    st.caption(t("pe_shuffle_caption"))


def extrapolation_panel() -> None:
    result = read_result()
    if st.button(t("pe_recompute"), key="pe_recompute") or result is None:
        bar = st.progress(0.0, text=t("pe_recomputing"))
        if all(try_load(name) for name in NAMES):
            result = accuracy_by_length(on_progress=lambda f: bar.progress(f, text=t("pe_recomputing")))
        bar.empty()
    if result is None:
        return
    series = {t("pe_sinusoidal_short"): result.exact_match[NAMES[0]], t("pe_learned_short"): result.exact_match[NAMES[1]]}
    fig = viz.line_chart(
        np.array(result.lengths),
        series,
        title=t("pe_extrapolation_title", n=result.trained_up_to),
        x_title=t("pe_source_length"),
        y_title=t("exact_match"),
        style=style(),
    )
    fig.add_vline(x=result.trained_up_to + 0.5, line_dash="dash", line_color="grey")
    st.plotly_chart(fig, key="pe_extrapolation", config=CHART_CONFIG)
    st.caption(t("pe_extrapolation_caption", n=result.trained_up_to))
