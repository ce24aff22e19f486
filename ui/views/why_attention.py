"""Panels of the Why self-attention page: Table 1 measured, path lengths on the student's
sentence, and the gradient that reaches each source word."""

from __future__ import annotations

import numpy as np
import pandas as pd
import streamlit as st

import viz
from models.lessons import why_attention as why
from ui.charts import CHART_CONFIG, style
from ui.i18n import t
from ui.loaders import get_model, run_model, transformer_name, try_load
from ui.params import Tabs

TASK = "en-fr"  # the shipped translators compared on the student's sentence
GRADIENT_MODELS = ("seq2seq-none-en-fr", "seq2seq-additive-en-fr", transformer_name(TASK))
SOURCE_MODEL = GRADIENT_MODELS[1]  # whose tokenisation the path-length tab shows
TAB = Tabs(
    "wtab",
    widget_key="why_tab",
    ids=("cost", "paths", "gradient"),
    labels=("why_tab_cost", "why_tab_paths", "why_tab_gradient"),
)
WHY_VIEW = (TAB,)


@st.cache_data(max_entries=512, show_spinner=False)
def _gradients(name: str, text: str) -> tuple[list[str], str, np.ndarray]:
    return why.last_word_gradients(get_model(name), text)


def _layer_names() -> dict[str, str]:
    return {name: t(f"why_layer_{name}") for name in why.LAYERS}


def sentence_length(text: str) -> int:
    """Tokens the encoder reads from the sentence, </s> included (1 for an empty box)."""
    if not text.strip() or try_load(SOURCE_MODEL) is None:
        return 1
    return len(run_model(SOURCE_MODEL, text).src_tokens)


def table_one(n: int) -> None:
    """Table 1 of the paper, with the values at the student's sentence length n."""
    names, d, k = _layer_names(), why.D_MODEL, why.KERNEL
    ops, steps, path = why.flops(n), why.sequential_steps(n), why.max_path_length(n)
    formulas = {
        "attention": ("O(n²·d)", "O(1)", "O(1)"),
        "rnn": ("O(n·d²)", "O(n)", "O(n)"),
        "conv": ("O(k·n·d²)", "O(1)", "O(logₖ n)"),
    }
    rows = [[names[x], *formulas[x][:1], f"{ops[x]:,}", formulas[x][1], steps[x], formulas[x][2], path[x]] for x in why.LAYERS]
    columns = [t("why_col_layer"), t("why_col_complexity"), t("why_col_flops", n=n, d=d, k=k)]
    columns += [t("why_col_sequential"), t("why_col_steps_at_n", n=n), t("why_col_path"), t("why_col_path_at_n", n=n)]
    st.dataframe(pd.DataFrame(rows, columns=columns), hide_index=True)


def cost_panel(n: int) -> None:
    """Table 1, then measured time per layer against n and the analytic FLOP counts."""
    st.markdown(t("why_table_heading"))
    table_one(n)
    result = why.read_result()
    if st.button(t("why_measure_again"), key="why_measure") or result is None:
        bar = st.progress(0.0, text=t("why_measuring"))
        result = why.time_layers(on_progress=lambda f: bar.progress(f, text=t("why_measuring")))
        bar.empty()
        st.caption(t("why_measured_here", machine=result.machine))
    else:
        st.caption(t("why_shipped", machine=result.machine))
    names, lengths = _layer_names(), np.array(result.lengths)
    times = {names[x]: np.array(result.seconds[x]) * 1e3 for x in why.LAYERS}
    left, right = st.columns(2)
    with left:
        fig = viz.line_chart(
            lengths,
            times,
            title=t("why_time_title", d=result.d),
            x_title="n",
            y_title=t("why_ms"),
            log_x=True,
            log_y=True,
            style=style(),
        )
        st.plotly_chart(fig, key="why_time", config=CHART_CONFIG)
    with right:
        counts = {names[x]: np.array([why.flops(int(n), result.d, result.kernel)[x] for n in lengths]) for x in why.LAYERS}
        fig = viz.line_chart(
            lengths,
            counts,
            title=t("why_flops_title", d=result.d),
            x_title="n",
            y_title="FLOPs",
            log_x=True,
            log_y=True,
            style=style(),
        )
        fig.add_vline(x=why.flop_crossover(result.d), line_dash="dash", line_color="grey")
        st.plotly_chart(fig, key="why_flops", config=CHART_CONFIG)
    crossover = result.crossover()
    measured = t("why_no_crossover") if crossover is None else t("why_crossover_at", n=f"{crossover:,.0f}")
    st.caption(t("why_crossover", d=result.d, measured=measured, repeats=result.repeats))


def paths_panel(text: str) -> list[str] | None:
    """Steps from word j to word i in a recurrence and in self-attention, on the student's tokens."""
    if try_load(SOURCE_MODEL) is None:
        return None
    tokens = run_model(SOURCE_MODEL, text).src_tokens
    paths, names = why.path_lengths(len(tokens)), _layer_names()
    columns = st.columns(2)
    for column, kind in zip(columns, ("rnn", "attention")):
        with column:
            fig = viz.value_heatmap(
                paths[kind].astype(np.float32),
                tokens,
                tokens,
                title=t("why_paths_title", layer=names[kind]),
                fmt=".0f",
                diverging=False,
                zrange=(0.0, float(max(1, len(tokens) - 1))),
                value_name=t("why_steps"),
                style=style(),
            )
            st.plotly_chart(fig, key=f"why_paths_{kind}", config=CHART_CONFIG)
    st.caption(t("why_paths_caption", n=len(tokens), far=len(tokens) - 1))
    return tokens


def gradient_panel(text: str) -> None:
    """‖∂ log p(last output word) / ∂ source embedding i‖ against i for three shipped models."""
    if not all(try_load(name) for name in GRADIENT_MODELS):
        return
    series, rows, tokens = {}, [], []
    for name in GRADIENT_MODELS:
        tokens, word, norms = _gradients(name, text)
        label = t(f"why_model_{name.split('-en-')[0].replace('seq2seq-', '')}")
        series[label] = np.maximum(norms / max(float(norms.max()), 1e-30), 1e-12)  # each line's shape, not its height
        rows.append([label, word, f"{norms[0]:.3g}", f"{norms[max(0, len(norms) - 2)]:.3g}"])  # last word before </s>
    fig = viz.token_series(
        tokens,
        series,
        kind="lines",
        title=t("why_gradient_title"),
        y_title=t("why_gradient_axis"),
        log_y=True,
        fmt=".3g",
        style=style(),
    )
    st.plotly_chart(fig, key="why_gradient", config=CHART_CONFIG)
    columns = [t("why_col_model"), t("why_col_last_word"), t("why_col_first_grad"), t("why_col_last_grad")]
    st.dataframe(pd.DataFrame(rows, columns=columns), hide_index=True)
    st.caption(t("why_gradient_caption"))
