"""The Q·K·V lab's widgets and panels: editable matrices, the mask, every intermediate."""

from __future__ import annotations

import numpy as np
import pandas as pd
import streamlit as st

import viz
from models.lessons.qkv import PRESETS, ScalingExperiment, attention_steps, build_mask, preset_qkv, scaling_experiment
from ui.charts import CHART_CONFIG
from ui.i18n import t

__all__ = ["PRESETS", "build_mask", "preset_qkv"]  # for the page

DEFAULT_WORDS = ["the", "cat", "sat", "on", "the", "mat"]


def token_labels(words_text: str, n: int) -> list[str]:
    """n labels from the typed words (padded with #i); numbered, since the editors need unique names."""
    words = [w.strip() for w in words_text.split(",") if w.strip()][:n]
    words += DEFAULT_WORDS[len(words) : n] if len(words) < n else []
    return [f"{i + 1}·{w[:12]}" for i, w in enumerate(words)]


def edit_matrix(name: str, values: np.ndarray, labels: list[str], version: str) -> np.ndarray:
    """An editable `[n, d]` table; returns the (possibly edited) numbers, non-numbers as 0."""
    df = pd.DataFrame(values, index=labels, columns=[f"d{i + 1}" for i in range(values.shape[1])])
    config = {c: st.column_config.NumberColumn(c, min_value=-10.0, max_value=10.0, step=0.1, format="%.1f") for c in df.columns}
    edited = st.data_editor(df, key=f"edit_{name}_{version}", column_config=config, width="stretch")
    return np.nan_to_num(edited.to_numpy(dtype=np.float64))


def edit_mask(labels: list[str], version: str) -> np.ndarray:
    """A table of checkboxes, one per (query, key): ticked = may attend."""
    df = pd.DataFrame(np.tril(np.ones((len(labels), len(labels)), dtype=bool)), index=labels, columns=labels)
    edited = st.data_editor(df, key=f"edit_mask_{version}", width="stretch")
    return edited.to_numpy(dtype=bool)


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
                matrix, labels, col_labels, title=title, diverging=diverging, zrange=None if diverging else (0.0, 1.0)
            )
            st.plotly_chart(fig, key=f"lab_{title_key}", config=CHART_CONFIG)
    with cols[0]:
        st.plotly_chart(viz.value_heatmap(r.output, labels, dims_v, title=t("qkv_output")), key="lab_out", config=CHART_CONFIG)
    with cols[1]:
        st.plotly_chart(
            viz.bar_chart(r.entropy, labels, title=t("qkv_entropy"), value_name=t("entropy_bits"), fmt=".3f"),
            key="lab_entropy",
            config=CHART_CONFIG,
        )
    if not mask.any(axis=1).all():
        st.info(t("qkv_empty_row"))


@st.cache_data(show_spinner=False)
def _experiment() -> ScalingExperiment:
    return scaling_experiment()


def scaling_panel() -> None:
    """Measured: variance of q·k against d_k, and how peaked softmax gets, with and without ÷√d_k."""
    e = _experiment()
    charts = [
        ("sqrt_var", "Var(q·k)", e.var_raw, e.var_scaled, True),
        ("sqrt_max", t("mean_max_weight"), e.max_weight_raw, e.max_weight_scaled, False),
    ]
    for column, (key, y_title, raw, scaled, log_y) in zip(st.columns(2), charts):
        fig = viz.line_chart(
            e.dims,
            {t("without_scaling"): raw, t("with_scaling"): scaled},
            title=t(f"{key}_title"),
            x_title="d_k",
            y_title=y_title,
            log_x=True,
            log_y=log_y,
        )
        with column:
            st.plotly_chart(fig, key=key, config=CHART_CONFIG)
    st.caption(t("sqrt_caption"))
