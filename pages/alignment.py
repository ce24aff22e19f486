"""Alignment: type a sentence, see the translation and which source words each output word used."""

import streamlit as st

from ui.classroom import ask_alignment
from ui.frame import page_header
from ui.i18n import t
from ui.lessons.attribution import ALIGN_VIEW, translation_attribution_panel
from ui.lessons.beam_search import beam_view
from ui.loaders import model_name, run_model, try_load
from ui.params import restore
from ui.trained_run import trained_run_panel
from ui.views.alignment import alignment_panel
from ui.widgets import BEAM, COMPARE, SCORE, TASK, TEXT, sentence_box, show_source

page_header("alignment_title", "alignment_intro")
restore([TASK, SCORE, COMPARE, BEAM, TEXT, *ALIGN_VIEW])
trained_run_panel()

col_task, col_left, col_right, col_beam = st.columns([2, 2, 2, 1])
task = TASK.show(col_task)
left = SCORE.show(col_left)
right = COMPARE.show(col_right)
beam = BEAM.show(col_beam)
text = sentence_box(task, model_name(task, left))

runners = {a: try_load(model_name(task, a)) for a in (left, right)}
if not text.strip():
    st.info(t("empty_input"))
elif all(runners.values()):
    results = {a: run_model(model_name(task, a), text, beam=beam) for a in (left, right)}
    show_source(results[left], task, runners[left])
    for side, (column, attention) in enumerate(zip(st.columns(2), (left, right))):
        with column:
            alignment_panel(results[attention], attention, runners[attention].metrics, key=f"side{side}")
    beam_view(model_name(task, left), t(f"attention_{left}"), text, beam)  # the left model's search, as a tree
    translation_attribution_panel(model_name(task, left), text, beam, results[left])
    ask_alignment(results[left])  # a teacher in a class: questions on the left-hand model

with st.expander(t("how_to_read")):
    st.markdown(t("how_to_read_body"))
