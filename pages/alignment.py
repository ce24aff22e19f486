"""Alignment: type a sentence, see the translation and which source words each output word used."""

import streamlit as st

from ui import state
from ui.frame import page_header
from ui.i18n import t
from ui.loaders import model_name, run_model, try_load
from ui.trained_run import trained_run_panel
from ui.views.alignment import alignment_panel
from ui.widgets import BEAM, COMPARE, SCORE, TASK, TEXT, attention_picker, sentence_box, show_source, task_picker

VIEW = TASK | SCORE | COMPARE | BEAM | TEXT

page_header("alignment_title", "alignment_intro")
trained_run_panel()
state.restore_view(VIEW)

col_task, col_left, col_right, col_beam = st.columns([2, 2, 2, 1])
with col_task:
    task = task_picker()
with col_left:
    left = attention_picker("score", t("score_left"))
with col_right:
    right = attention_picker("compare", t("score_right"))
with col_beam:
    beam = st.number_input(t("beam"), 1, 5, key="beam", help=t("beam_help"), persist_state="session")
text = sentence_box(task)
state.save_view(VIEW)

runners = {a: try_load(model_name(task, a)) for a in (left, right)}
if not text.strip():
    st.info(t("empty_input"))
elif all(runners.values()):
    results = {a: run_model(model_name(task, a), text, beam=int(beam)) for a in (left, right)}
    show_source(results[left], task)
    for side, (column, attention) in enumerate(zip(st.columns(2), (left, right))):
        with column:
            alignment_panel(results[attention], attention, runners[attention].metrics, key=f"side{side}")

with st.expander(t("how_to_read")):
    st.markdown(t("how_to_read_body"))
