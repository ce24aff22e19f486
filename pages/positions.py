"""Positional encoding lab: what the sinusoids look like, why they work, and what breaks without them."""

import streamlit as st

from ui import state
from ui.frame import page_header
from ui.i18n import t
from ui.views.positions import extrapolation_panel, learned_panel, sentence_panel, shuffle_panel, similarity_panel, sinusoid_panel
from ui.widgets import TASK, TEXT, transformer_on_sentence

VIEW = (
    TASK
    | TEXT
    | {
        "d": (64, state.integer(8, 128, "d")),
        "len": (50, state.integer(8, 128, "len")),
        "pos": (3, state.integer(0, 127, "pos")),
        "pair": (0, state.integer(0, 63, "pair")),
        "k": (5, state.integer(1, 50, "k")),
        "sim": ("cosine", state.choice(("cosine", "dot"))),
        "shuffle": (1, state.integer(0, 9999, "shuffle")),
    }
)

page_header("pe_title", "pe_intro")
state.restore_view(VIEW)

c1, c2 = st.columns(2)
d_model = c1.slider("d_model", 8, 128, step=8, key="d")
length = c2.slider(t("pe_length"), 8, 128, key="len")
st.session_state["pos"] = min(st.session_state["pos"], length - 1)
st.session_state["pair"] = min(st.session_state["pair"], d_model // 2 - 1)
tabs = st.tabs(
    [
        t("pe_tab_sinusoid"),
        t("pe_tab_similarity"),
        t("pe_tab_sentence"),
        t("pe_tab_learned"),
        t("pe_tab_shuffle"),
        t("pe_tab_length"),
    ],
    key="petab",
    on_change="rerun",
)
if tabs[0].open:
    with tabs[0]:
        dims = st.multiselect(t("pe_dims"), list(range(d_model)), default=[0, 2, min(10, d_model - 2), d_model - 2], key="dims")
        a, b = st.columns(2)
        pos = a.slider(t("position"), 0, length - 1, key="pos")
        pair = b.slider(t("pe_pair"), 0, d_model // 2 - 1, key="pair")
        sinusoid_panel(d_model, length, dims, pos, pair)
if tabs[1].open:
    with tabs[1]:
        a, b, c = st.columns(3)
        kind = a.segmented_control(t("pe_similarity"), ("cosine", "dot"), key="sim", required=True)
        k = b.slider(t("pe_offset"), 1, 50, key="k")
        pair = c.slider(t("pe_pair"), 0, d_model // 2 - 1, key="pair")
        similarity_panel(d_model, length, kind, k, pair)
if tabs[2].open or tabs[4].open:
    with tabs[2] if tabs[2].open else tabs[4]:
        ran = transformer_on_sentence()
        if ran:
            runner, result = ran
            if tabs[2].open:
                sentence_panel(result)
            else:
                seed = st.number_input(t("pe_shuffle_seed"), 0, 9999, key="shuffle")
                shuffle_panel(runner, result, int(seed), layer=0, head=0)
if tabs[3].open:
    with tabs[3]:
        bert_len = st.slider(t("pe_bert_positions"), 16, 512, 128, step=16, key="bertlen")
        learned_panel(min(length, 64), bert_len)
if tabs[5].open:
    with tabs[5]:
        extrapolation_panel()
state.save_view(VIEW)
