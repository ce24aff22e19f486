"""Add & Norm: the residual stream around every sub-layer, and LayerNorm against BatchNorm."""

import streamlit as st

from ui import state
from ui.frame import page_header
from ui.i18n import t
from ui.views.add_norm import norm_comparison, residual_panel, sublayer_label
from ui.widgets import TASK, TEXT, transformer_on_sentence

VIEW = TASK | TEXT | {"sub": (1, state.integer(1, 40, "sub")), "nseed": (0, state.integer(0, 9999, "nseed"))}

page_header("addnorm_title", "addnorm_intro")
state.restore_view(VIEW)

ran = transformer_on_sentence()
if ran:
    runner, result = ran
    places = result.add_norms()
    state.clamp_index("sub", len(places))
    choice = st.selectbox(
        t("sublayer"), range(1, len(places) + 1), key="sub", format_func=lambda i: sublayer_label(places[i - 1])
    )
    st.caption(t("postln_formula") if runner.norm == "post" else t("preln_formula"))
    residual_panel(places[choice - 1])

st.divider()
st.subheader(t("ln_vs_bn"))
seed = st.number_input(t("seed"), 0, 9999, key="nseed")
norm_comparison(int(seed))
state.save_view(VIEW)
