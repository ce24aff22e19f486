"""Attention vs attribution, beside an attention row: on the Alignment page (one output word of
the left-hand model) and on the Pretrained BERT page (one word piece, the chosen layer and head)."""

from __future__ import annotations

import numpy as np
import streamlit as st

import viz
from models.inference.minilm import NAME as MINILM
from models.lessons import attribution as attr
from ui.charts import CHART_CONFIG, style
from ui.i18n import t
from ui.loaders import get_model, run_model
from ui.params import Flag, Int

ALIGN_ON = Flag("attrib", "attrib_toggle", help="attrib_help")
ALIGN_STEP = Int("atok", "attrib_output", low=0, kind="select")  # which output word, 0-based
BERT_ON = Flag("battrib", "attrib_toggle", help="attrib_help")
BERT_PIECE = Int("bpiece", "attrib_piece", low=0, kind="select")  # which word piece, 0-based
ALIGN_VIEW, BERT_ATTRIB_VIEW = (ALIGN_ON, ALIGN_STEP), (BERT_ON, BERT_PIECE)


@st.cache_data(max_entries=512, show_spinner=False)
def _translation(name: str, text: str, beam: int, step: int) -> attr.Attribution:
    runner, result = get_model(name), run_model(name, text, beam=beam)
    src_ids = runner.source_ids(result.src_tokens[:-1])
    out_ids = runner.tgt_vocab.encode(result.tgt_tokens)
    return attr.translation_attribution(runner.model, src_ids, out_ids, runner.tgt_vocab.bos_id, step)


@st.cache_data(max_entries=512, show_spinner=False)
def _minilm(text: str, pair: str | None, piece: int) -> attr.Attribution:
    result = run_model(MINILM, text, pair=pair)
    return attr.minilm_attribution(get_model(MINILM).model, result.ids, result.type_ids, piece)


def _share(values: np.ndarray) -> np.ndarray:
    """|values| as shares of their sum (all zeros stay zeros), to sit beside attention weights."""
    magnitude = np.abs(values)
    return magnitude / magnitude.sum() if magnitude.sum() > 0 else magnitude


def _compare(result: attr.Attribution, weights: np.ndarray | None, tokens: list[str], what: str, key: str) -> None:
    """The bars, the rank correlations, completeness, and what it all means (`what` is escaped)."""
    series = {} if weights is None else {t("attrib_attention"): weights}
    series |= {t("attrib_ig"): _share(result.integrated), t("attrib_gxi"): _share(result.grad_input)}
    fig = viz.token_series(tokens, series, title=t("attrib_chart_title", what=what), y_title=t("attrib_share"), style=style())
    st.plotly_chart(fig, key=f"attrib_{key}", config=CHART_CONFIG)
    if weights is not None:
        rho = {k: attr.spearman(weights, np.abs(v)) for k, v in (("ig", result.integrated), ("gxi", result.grad_input))}
        shown = {k: "—" if v is None else f"{v:+.2f}" for k, v in rho.items()}
        st.markdown(t("attrib_spearman", ig=shown["ig"], gxi=shown["gxi"]))
    st.caption(
        t(
            "attrib_completeness",
            total=f"{result.integrated.sum():.4f}",
            value=f"{result.value:.4f}",
            baseline=f"{result.baseline_value:.4f}",
            gap=f"{abs(result.completeness_gap):.2g}",
        )
    )
    matrix = np.stack([np.asarray(v, dtype=np.float64) for v in series.values()] + [result.integrated, result.grad_input])
    rows = list(series) + [t("attrib_ig_signed"), t("attrib_gxi_signed")]
    csv = viz.matrix_csv(matrix.astype(np.float32), rows, tokens, corner="")
    st.download_button(
        t("download_csv"), csv, file_name=f"attribution-{key}.csv", mime="text/csv", key=f"attrib_csv_{key}", on_click="ignore"
    )
    st.caption(t("attrib_caption"))


def translation_attribution_panel(name: str, text: str, beam: int, result) -> None:
    """One output word of a translation model: its attention row beside its attributions."""
    st.subheader(t("attrib_title"))
    if not ALIGN_ON.show():
        return
    out = result.tgt_tokens
    step = ALIGN_STEP.show(high=len(out) - 1, fmt=lambda i: f"{i + 1}. {out[i]}")
    weights = result.cross_mean()
    row = None if weights is None else weights[step]
    if row is None:
        st.info(t("attrib_no_attention"))
    with st.spinner(t("attrib_computing")):
        found = _translation(name, text, beam, step)
    _compare(found, row, result.src_tokens, t("attrib_logp", word=viz.escape_labels([out[step]])[0]), "alignment")


def minilm_attribution_panel(text: str, pair: str | None, result, layer: int, head: int) -> None:
    """One word piece of MiniLM: its attention row (layer, head, 0-based) beside its attributions."""
    st.subheader(t("attrib_title"))
    if not BERT_ON.show():
        return
    tokens = result.tokens
    piece = BERT_PIECE.show(high=len(tokens) - 1, fmt=lambda i: f"{i + 1}. {tokens[i]}")
    row = result.attention["encoder.self"][layer, head, piece]
    st.caption(t("attrib_bert_row", layer=layer + 1, head=head + 1))
    with st.spinner(t("attrib_computing")):
        found = _minilm(text, pair, piece)
    _compare(found, row, tokens, t("attrib_cosine", piece=viz.escape_labels([tokens[piece]])[0]), "bert")
