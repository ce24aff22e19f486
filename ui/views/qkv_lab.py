"""The Q·K·V lab's widgets and panels: editable matrices, the mask, every intermediate."""

from __future__ import annotations

import numpy as np
import plotly.graph_objects as go
import streamlit as st

import viz
from models.lessons.qkv import PRESETS, ScalingExperiment, attention_steps, build_mask, preset_qkv, scaling_experiment
from ui.charts import CHART_CONFIG, style
from ui.i18n import current_language, t
from ui.params import Choice, Flag, Int, Matrix, Text
from viz.style import Style

DEFAULT_WORDS = ["the", "cat", "sat", "on", "the", "mat"]
MASKS = ("none", "causal", "padding", "custom")
TEMPERATURES = ("0.1", "0.25", "0.5", "1.0", "2.0", "4.0", "10.0")

# The lab's view parameters, edited numbers included (while the link stays short).
N = Int("n", "n_tokens", low=3, high=6, initial=4, kind="number")
DK = Int("dk", lambda: "d_k", low=2, high=4, kind="number")
PRESET = Choice("preset", "preset", options=PRESETS, fmt="preset_")
SEED = Int("seed", "seed", low=0, high=9999, kind="number")
WORDS = Text("words", "token_words", limit=120, initial=lambda n=N.initial, **_: ", ".join(DEFAULT_WORDS[:n]))
MASK = Choice("mask", "mask", options=MASKS, fmt="mask_")
PADS = Int("pads", "pads", low=0, initial=1, kind="number")  # up to n − 1
WINDOW = Int("window", "window", low=0, high=5, kind="number", help="window_help")  # 0 = no window
SCALE = Flag("scale", "scaling", initial=True)
HARD = Flag("hard", "hard")
TEMPERATURE = Choice("temp", "attn_temperature", options=TEMPERATURES, initial="1.0", kind="select_slider")
MATRICES = (Matrix("mq"), Matrix("mk"), Matrix("mv"))  # Q, K, V
CUSTOM_MASK = Matrix("mmask", bits=True)
QKV_VIEW = (N, DK, PRESET, SEED, WORDS, MASK, PADS, WINDOW, SCALE, HARD, TEMPERATURE, *MATRICES, CUSTOM_MASK)
Edits = list[tuple[Matrix, list, list]]  # (parameter, value, preset) of each editor, for the link


def token_labels(words_text: str, n: int) -> list[str]:
    """n labels from the typed words (padded with #i); numbered, since the editors need unique names."""
    words = [w.strip() for w in words_text.split(",") if w.strip()][:n]
    words += DEFAULT_WORDS[len(words) : n] if len(words) < n else []
    return [f"{i + 1}·{w[:12]}" for i, w in enumerate(words)]


def edit_qkv(preset: str, n: int, dk: int, seed: int, labels: list[str]) -> tuple[list[np.ndarray], Edits]:
    """Q, K and V side by side, each an editable `[n, d_k]` table starting from the preset (a new
    preset or size starts them afresh); returns the three matrices and their edits."""
    version = f"{preset}-{n}-{dk}-{seed}"
    columns = [f"d{i + 1}" for i in range(dk)]
    values, edits = [], []
    for column, name, param, start in zip(st.columns(3), "QKV", MATRICES, preset_qkv(preset, n, dk, seed)):
        with column:
            st.markdown(f"**{name}**")
            start = start.tolist()
            value = param.show(preset=start, labels=labels, columns=columns, version=version)
        values.append(np.asarray(value))
        edits.append((param, value, start))
    return values, edits


def mask_of(kind: str, n: int, pads: int, window: int, labels: list[str]) -> tuple[np.ndarray, Edits]:
    """The boolean `[n, n]` mask; for "custom", a table of ticks (one per (query, key), ticked = may attend)."""
    if kind != "custom":
        return build_mask(kind, n, pads, window or None), []
    start = np.tril(np.ones((n, n), dtype=bool)).tolist()
    value = CUSTOM_MASK.show(preset=start, labels=labels, columns=labels, version=str(n))
    return build_mask(kind, n, pads, window or None, np.asarray(value, dtype=bool)), [(CUSTOM_MASK, value, start)]


def show_steps(q, k, v, mask, labels, *, scale: bool, temperature: float, hard: bool) -> None:
    """Every matrix from QKᵀ to the output, with its numbers, and each row's entropy."""
    r = attention_steps(q, k, v, mask, scale=scale, temperature=temperature, hard=hard)
    dims_v = [f"d{i + 1}" for i in range(v.shape[1])]
    panels = [
        ("qkv_scores", r.scores, labels, True),
        ("qkv_scaled" if scale else "qkv_unscaled", r.scaled, labels, True),
        ("qkv_masked", r.masked, labels, True),
        ("qkv_weights_hard" if hard else "qkv_weights", r.weights, labels, False),
    ]
    cols = st.columns(2)
    for i, (title_key, matrix, col_labels, diverging) in enumerate(panels):
        with cols[i % 2]:
            title = t(title_key, d=q.shape[1], T=f"{temperature:g}")
            fig = viz.value_heatmap(
                matrix,
                labels,
                col_labels,
                title=title,
                diverging=diverging,
                zrange=None if diverging else (0.0, 1.0),
                style=style(),
            )
            st.plotly_chart(fig, key=f"lab_{title_key}", config=CHART_CONFIG)
    with cols[0]:
        st.plotly_chart(
            viz.value_heatmap(r.output, labels, dims_v, title=t("qkv_output"), style=style()), key="lab_out", config=CHART_CONFIG
        )
    with cols[1]:
        st.plotly_chart(
            viz.bar_chart(r.entropy, labels, title=t("qkv_entropy"), value_name=t("entropy_bits"), fmt=".3f", style=style()),
            key="lab_entropy",
            config=CHART_CONFIG,
        )
    if not mask.any(axis=1).all():
        st.info(t("qkv_empty_row"))


# The √d_k study does not depend on anything a student types: measured once per server, its
# charts built once per palette and language, not on every rerun of a class typing at once.
@st.cache_resource(show_spinner=False)
def _experiment() -> ScalingExperiment:
    return scaling_experiment()


@st.cache_resource(max_entries=16, show_spinner=False)
def _scaling_charts(chart_style: Style, lang: str) -> list[tuple[str, go.Figure]]:
    e = _experiment()
    charts = [
        ("sqrt_var", "Var(q·k)", e.var_raw, e.var_scaled, True),
        ("sqrt_max", t("mean_max_weight"), e.max_weight_raw, e.max_weight_scaled, False),
    ]
    return [
        (
            key,
            viz.line_chart(
                e.dims,
                {t("without_scaling"): raw, t("with_scaling"): scaled},
                title=t(f"{key}_title"),
                x_title="d_k",
                y_title=y_title,
                log_x=True,
                log_y=log_y,
                style=chart_style,
            ),
        )
        for key, y_title, raw, scaled, log_y in charts
    ]


def scaling_panel() -> None:
    """Measured: variance of q·k against d_k, and how peaked softmax gets, with and without ÷√d_k."""
    for column, (key, fig) in zip(st.columns(2), _scaling_charts(style(), current_language())):
        with column:
            st.plotly_chart(fig, key=key, config=CHART_CONFIG)
    st.caption(t("sqrt_caption"))
