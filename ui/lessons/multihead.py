"""Multi-head, assembled: each head's output at one token, their concatenation, W_O, and the
product, equal to the layer's attention output, drawn as matrices with their shapes."""

from __future__ import annotations

import numpy as np
import streamlit as st

import viz
from models.inference.results import EncoderResult, TransformerResult
from models.lessons.multihead import Assembly, bert_assembly, transformer_assembly
from ui.charts import CHART_CONFIG, style
from ui.i18n import t
from ui.loaders import MINILM, get_model
from ui.views import bert, transformer

W_HEIGHT = 520  # pixels for the d_model × d_model W_O map (one row per pixel would be too tall)


def _matrix(values: np.ndarray, rows: list[str], title: str, key: str, height: int | None = None) -> None:
    cols = [f"d{i}" for i in range(values.shape[-1])]
    fig = viz.value_heatmap(np.atleast_2d(values), rows, cols, title=title, show_text=False, height=height, style=style())
    st.plotly_chart(fig, key=key, config=CHART_CONFIG)


def assembly_panel(a: Assembly, token: str, key: str) -> None:
    """The assembly at one query position; `token` is its label (typed text: escaped here)."""
    token = viz.escape_labels([token])[0]
    n_heads, d_head = a.heads.shape
    d_model = a.concat.shape[0]
    st.caption(t("assembly_caption"))
    head_rows = [f"{t('head')} {h + 1}" for h in range(n_heads)]
    _matrix(a.heads, head_rows, t("assembly_heads", n=n_heads, d=d_head, token=token), f"{key}_heads")
    _matrix(a.concat, ["concat"], t("assembly_concat", d=d_model), f"{key}_concat")
    fig = viz.matrix_heatmap(
        a.w_o, title=t("assembly_w_o", d=d_model), row_name="out", col_name="in", value_name="W_O", height=W_HEIGHT, style=style()
    )
    st.plotly_chart(fig, key=f"{key}_w_o", config=CHART_CONFIG)
    _matrix(a.contributions, head_rows, t("assembly_contributions", n=n_heads, d=d_model), f"{key}_contrib")
    both = np.vstack([a.product, a.captured])
    _matrix(both, [t("assembly_product"), t("assembly_captured")], t("assembly_output", d=d_model), f"{key}_out")
    st.latex(
        r"\mathrm{concat}(h_1,\dots,h_{%d})\,W_O^{\top} + b \;=\; \text{%s}\quad(\max|\Delta| = %.1e)"
        % (n_heads, t("assembly_latex_output"), a.max_error)
    )


def translation_view(name: str, result: TransformerResult, kind: str, layer: int) -> None:
    """The Transformer explorer's tab: attention `kind` in `layer` (0-based) at the chosen query."""
    rows = result.axis_tokens(kind)[0]
    query = transformer.QUERY.show(high=len(rows) - 1, fmt=lambda i: f"{i + 1}. {rows[i]}")
    assembly_panel(transformer_assembly(get_model(name), result, kind, layer, query), rows[query], "asm")


def bert_view(result: EncoderResult, layer: int) -> None:
    """The Pretrained BERT page's tab: the self-attention in `layer` (0-based) at the chosen token."""
    tokens = result.tokens
    query = bert.QUERY.show(high=len(tokens) - 1, fmt=lambda i: f"{i + 1}. {tokens[i]}")
    assembly_panel(bert_assembly(get_model(MINILM), result, layer, query), tokens[query], "basm")
