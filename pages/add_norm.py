"""Add & Norm: the residual stream around every sub-layer, and LayerNorm against BatchNorm."""

import streamlit as st

from ui.frame import page_header
from ui.i18n import t
from ui.params import Int, restore
from ui.views.add_norm import norm_comparison, residual_panel, sublayer_label
from ui.widgets import TASK, TEXT, transformer_on_sentence

SUBLAYER = Int("sub", "sublayer", low=1, kind="select")  # one of the model's Add & Norms, in the order data flows
SEED = Int("nseed", "seed", low=0, high=9999, kind="number")

page_header("addnorm_title", "addnorm_intro")
restore([TASK, TEXT, SUBLAYER, SEED])

ran = transformer_on_sentence()
if ran:
    runner, result = ran
    places = result.add_norms()
    choice = SUBLAYER.show(high=len(places), fmt=lambda i: sublayer_label(places[i - 1]))
    st.caption(t("postln_formula") if runner.norm == "post" else t("preln_formula"))
    residual_panel(places[choice - 1])

st.divider()
st.subheader(t("ln_vs_bn"))
norm_comparison(SEED.show())
