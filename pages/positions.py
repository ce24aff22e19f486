"""Positional encoding lab: what the sinusoids look like, why they work, and what breaks without them."""

import streamlit as st

from ui.classroom import ask_positions
from ui.frame import page_header
from ui.params import restore
from ui.views.positions import (
    D_MODEL,
    DIMS,
    LENGTH,
    OFFSET,
    PAIR,
    PE_VIEW,
    POSITION,
    SEED,
    SIMILARITY,
    TAB,
    extrapolation_panel,
    learned_panel,
    sentence_panel,
    shuffle_panel,
    similarity_panel,
    sinusoid_panel,
)
from ui.widgets import TASK, TEXT, transformer_on_sentence

page_header("pe_title", "pe_intro")
restore([TASK, TEXT, *PE_VIEW])

c1, c2 = st.columns(2)
d_model = D_MODEL.show(c1)
length = LENGTH.show(c2)
tabs, open_tab = TAB.show()
with tabs[open_tab]:
    if open_tab == "sinusoid":
        dims = DIMS.show(high=d_model - 1)
        a, b = st.columns(2)
        pos = POSITION.show(a, high=length - 1)
        pair = PAIR.show(b, high=d_model // 2 - 1)
        sinusoid_panel(d_model, length, dims, pos, pair)
        ask_positions(d_model, length, pos, pair)
    elif open_tab == "similarity":
        a, b, c = st.columns(3)
        kind = SIMILARITY.show(a)
        k = OFFSET.show(b)
        pair = PAIR.show(c, high=d_model // 2 - 1)
        similarity_panel(d_model, length, kind, k, pair)
    elif open_tab in ("sentence", "shuffle"):
        ran = transformer_on_sentence()
        if ran and open_tab == "sentence":
            sentence_panel(ran[1])
        elif ran:
            shuffle_panel(ran[0], ran[1], SEED.show(), layer=0, head=0)
    elif open_tab == "learned":
        learned_panel(length)
    else:
        extrapolation_panel()
