"""Alignment: type a sentence, see the translation and which source words each output word used."""

import streamlit as st

from ui.i18n import t
from ui.loaders import get_model, model_name, run_model
from ui.panels import alignment_panel
from ui.state import clamp_int
from ui.widgets import attention_picker, sentence_box, show_source, task_picker

st.title(t("alignment_title"))
st.caption(t("alignment_intro"))

col_task, col_left, col_right, col_beam = st.columns([2, 2, 2, 1])
with col_task:
    task = task_picker()
with col_left:
    left = attention_picker("score", t("score_left"))
with col_right:
    right = attention_picker("compare", t("score_right"), default="dot")
with col_beam:
    clamp_int("beam", 1, 5, 1)
    beam = st.number_input(t("beam"), 1, 5, key="beam", help=t("beam_help"), bind="query-params")

text = sentence_box(task)
if not text.strip():
    st.info(t("empty_input"))
    st.stop()

results = {a: run_model(model_name(task, a), text, int(beam)) for a in (left, right)}
show_source(results[left], task)

for column, attention in zip(st.columns(2), (left, right)):
    with column:
        metrics = get_model(model_name(task, attention)).metrics
        alignment_panel(results[attention], attention, metrics, key=f"{attention}_{column is not None}_{left == attention}")

with st.expander(t("how_to_read")):
    st.markdown(t("how_to_read_body"))
