"""Panels of the Add & Norm page: the residual stream of one sub-layer, and LayerNorm vs BatchNorm."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

import viz
from models.inference.results import AddNormSite
from models.lessons.norms import batch_norm, demo_batch, layer_norm, token_norms
from ui.charts import CHART_CONFIG, style
from ui.i18n import current_language, t
from viz.style import Style


def sublayer_label(site: AddNormSite) -> str:
    """ "Encoder layer 1 · self-attention" and the like, translated."""
    stack = "enc" if site.stack == "encoder" else "dec"
    return t(f"sub_{stack}_{site.sublayer}", layer=site.layer + 1)


def residual_panel(site: AddNormSite) -> None:
    """x, f(x) and the Add & Norm output for every token, and their per-token norms."""
    tokens, before, sub, after = site.tokens, site.before, site.sublayer_out, site.after
    dims = [str(i) for i in range(before.shape[-1])]
    for key, matrix in (("stream_before", before), ("stream_sublayer", sub), ("stream_after", after)):
        st.plotly_chart(
            viz.value_heatmap(matrix, tokens, dims, title=t(key), show_text=False, style=style()),
            key=f"stream_{key}",
            config=CHART_CONFIG,
        )
    norms = pd.DataFrame(
        {t("col_token"): tokens, "‖x‖": token_norms(before), "‖f(x)‖": token_norms(sub), t("norm_after"): token_norms(after)}
    )
    st.markdown("**" + t("token_norms") + "**")
    st.dataframe(
        norms,
        hide_index=True,
        width="stretch",
        column_config={c: st.column_config.NumberColumn(format="%.3f") for c in norms.columns[1:]},
    )


def norm_comparison(seed: int) -> None:
    """LayerNorm and BatchNorm of the same batch, with the statistics each one computed."""
    parts = _norm_parts(seed, style(), current_language())
    st.plotly_chart(parts.input, key="norm_in", config=CHART_CONFIG)
    left, right = st.columns(2)
    with left:
        st.plotly_chart(parts.ln, key="norm_ln", config=CHART_CONFIG)
        st.caption(t("norm_ln_stats"))
        st.dataframe(parts.ln_stats, hide_index=True, width="stretch")
    with right:
        st.plotly_chart(parts.bn, key="norm_bn", config=CHART_CONFIG)
        st.caption(t("norm_bn_stats"))
        st.dataframe(parts.bn_stats, hide_index=True, width="stretch")
    st.info(t("norm_takeaway"))


@dataclass(frozen=True)
class _NormParts:
    input: go.Figure
    ln: go.Figure
    bn: go.Figure
    ln_stats: pd.DataFrame
    bn_stats: pd.DataFrame


# The comparison does not depend on the typed sentence: built once per server for a seed, palette
# and language, so that a class typing sentences at once does not rebuild it on every rerun.
# Shared read-only (st.plotly_chart and st.dataframe do not change what they are given).
@st.cache_resource(max_entries=32, show_spinner=False)
def _norm_parts(seed: int, chart_style: Style, lang: str) -> _NormParts:
    x = demo_batch(seed)
    batch, pos, d = x.shape
    rows = [f"s{b + 1}·t{p + 1}" for b in range(batch) for p in range(pos)]
    feats = [f"f{i + 1}" for i in range(d)]
    ln, bn = layer_norm(x), batch_norm(x)
    return _NormParts(
        input=viz.value_heatmap(x.reshape(-1, d), rows, feats, title=t("norm_input"), style=chart_style),
        ln=viz.value_heatmap(ln.output.reshape(-1, d), rows, feats, title=t("norm_ln"), style=chart_style),
        bn=viz.value_heatmap(bn.output.reshape(-1, d), rows, feats, title=t("norm_bn"), style=chart_style),
        ln_stats=pd.DataFrame({t("norm_token"): rows, t("norm_mean"): ln.mean.ravel(), t("norm_std"): ln.std.ravel()}),
        bn_stats=pd.DataFrame({t("norm_feature"): feats, t("norm_mean"): bn.mean, t("norm_std"): bn.std}),
    )
