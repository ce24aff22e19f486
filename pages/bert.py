"""Pretrained BERT: every layer and head of MiniLM on the student's own sentence (or pair)."""

import streamlit as st

from ui.classroom import ask_bert
from ui.frame import page_header
from ui.i18n import t
from ui.lessons import knockout, minimal_pairs, multihead
from ui.lessons.attribution import BERT_ATTRIB_VIEW, minilm_attribution_panel
from ui.loaders import MINILM, run_model, try_load
from ui.params import restore
from ui.views.bert import (
    BERT_VIEW,
    HEAD,
    HIDE,
    LAYER,
    MERGE,
    PAIR,
    TAB,
    TEXT,
    head_view_panel,
    heatmap_panel,
    model_view_panel,
    neuron_panel,
    rollout_panel,
    shown_attention,
    stats_panel,
    tokenization,
)

page_header("bert_title", "bert_intro")
restore([*BERT_VIEW, knockout.BERT_OFF, minimal_pairs.BERT_SECOND, *BERT_ATTRIB_VIEW])

text = TEXT.show()
pair = PAIR.show()
runner = try_load(MINILM)
c1, c2, c3, c4 = st.columns(4)
if runner:
    layer = LAYER.show(c1, high=runner.layers)
    head = HEAD.show(c2, high=runner.heads)
hide = HIDE.show(c3)
merge = MERGE.show(c4)

if not text.strip():
    st.info(t("empty_input"))
elif runner:
    result = run_model(MINILM, text, pair=pair.strip() or None)
    if result.truncated:
        st.warning(t("bert_truncated", n=len(result.tokens)), icon="⚠️")
    with st.expander(t("bert_tokenization"), expanded=False):
        tokenization(result)
    weights, labels = shown_attention(result, hide, merge)
    ask_bert(result, layer - 1, head - 1)
    if hide or merge:
        st.caption(t("bert_toggles_note"))
    tabs, open_tab = TAB.show()
    with tabs[open_tab]:
        if open_tab == "lines":
            head_view_panel(weights, labels, layer - 1)
        elif open_tab == "heatmap":
            heatmap_panel(weights, labels, layer - 1, head - 1)
        elif open_tab == "model":
            model_view_panel(weights, labels, layer - 1, head - 1)
        elif open_tab == "neuron":
            neuron_panel(result, layer - 1, head - 1)
        elif open_tab == "stats":
            stats_panel(result)
        elif open_tab == "rollout":
            rollout_panel(weights, labels)
        elif open_tab == "knockout":
            knockout.embedding_panel(text, pair.strip() or None, layer - 1, head - 1)
        elif open_tab == "assembly":
            multihead.bert_view(result, layer - 1)
        else:
            minimal_pairs.bert_view(text, pair.strip() or None, result, layer - 1, head - 1)
    minilm_attribution_panel(text, pair.strip() or None, result, layer - 1, head - 1)
