"""Pretrained BERT: every layer and head of MiniLM on the student's own sentence (or pair)."""

import streamlit as st

from ui import state
from ui.frame import page_header
from ui.i18n import t
from ui.loaders import BERT_MAX_CHARS, MINILM, run_model, try_load
from ui.views.bert import (
    head_view_panel,
    heatmap_panel,
    model_view_panel,
    neuron_panel,
    rollout_panel,
    shown_attention,
    stats_panel,
    tokenization,
)

VIEW = {
    "btext": ("The cat sat on the mat because it was tired.", state.text(BERT_MAX_CHARS, "btext")),
    "bpair": ("", state.text(BERT_MAX_CHARS, "bpair")),
    "blayer": (1, state.integer(1, 6, "blayer")),
    "bhead": (1, state.integer(1, 12, "bhead")),
    "hide": ("off", state.choice(("on", "off"))),
    "merge": ("off", state.choice(("on", "off"))),
}

page_header("bert_title", "bert_intro")
state.restore_view(VIEW)

text = st.text_input(t("sentence"), key="btext", max_chars=BERT_MAX_CHARS, live=True)
pair = st.text_input(t("bert_pair"), key="bpair", max_chars=BERT_MAX_CHARS, live=True, placeholder=t("bert_pair_placeholder"))
c1, c2, c3, c4 = st.columns(4)
layer = c1.selectbox(t("layer"), range(1, 7), key="blayer")
head = c2.selectbox(t("head"), range(1, 13), key="bhead")
hide = c3.segmented_control(t("bert_hide"), ("on", "off"), key="hide", required=True, format_func=lambda x: t(f"switch_{x}"))
merge = c4.segmented_control(t("bert_merge"), ("on", "off"), key="merge", required=True, format_func=lambda x: t(f"switch_{x}"))
state.save_view(VIEW)

runner = try_load(MINILM)
if not text.strip():
    st.info(t("empty_input"))
elif runner:
    result = run_model(MINILM, text, pair=pair.strip() or None)
    if result.truncated:
        st.warning(t("bert_truncated", n=len(result.tokens)), icon="⚠️")
    with st.expander(t("bert_tokenization"), expanded=False):
        tokenization(result)
    weights, labels = shown_attention(result, hide == "on", merge == "on")
    if hide == "on" or merge == "on":
        st.caption(t("bert_toggles_note"))
    tabs = st.tabs(
        [
            t("bert_tab_lines"),
            t("bert_tab_heatmap"),
            t("bert_tab_model"),
            t("bert_tab_neuron"),
            t("bert_tab_stats"),
            t("bert_tab_rollout"),
        ],
        key="btab",
        on_change="rerun",
    )
    panels = [
        lambda: head_view_panel(weights, labels, layer - 1),
        lambda: heatmap_panel(weights, labels, layer - 1, head - 1),
        lambda: model_view_panel(weights, labels, layer - 1, head - 1),
        lambda: neuron_panel(result, layer - 1, head - 1),
        lambda: stats_panel(result),
        lambda: rollout_panel(weights, labels),
    ]
    for tab, panel in zip(tabs, panels):
        if tab.open:
            with tab:
                panel()
