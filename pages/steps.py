"""Score → softmax → context: follow one output word through the whole attention chain."""

import streamlit as st

from ui.classroom import ask_steps
from ui.frame import page_header
from ui.i18n import t
from ui.lessons.what_if import PARAMS as WHAT_IF
from ui.lessons.what_if import what_if
from ui.loaders import model_name, run_model, try_load
from ui.params import Int, restore
from ui.views.steps import CALCULATOR, output_line, softmax_calculator, step_view
from ui.widgets import SCORE, TASK, TEXT, sentence_box, show_source

STEP = Int("step", "step", low=1, help="step_help")  # up to the output's length

page_header("steps_title", "steps_intro")
restore([TASK, SCORE, TEXT, STEP, *CALCULATOR, *WHAT_IF])

col_task, col_model = st.columns(2)
task = TASK.show(col_task)
attention = SCORE.show(col_model)
text = sentence_box(task, model_name(task, attention))

name = model_name(task, attention)
if not text.strip():
    st.info(t("empty_input"))
elif runner := try_load(name):
    result = run_model(name, text)
    show_source(result, task, runner)
    step = STEP.show(high=len(result.tgt_tokens))
    output_line(result, step - 1)
    step_view(result, step - 1)
    what_if(name, text, result, step - 1)  # force another word at this step, or feed a reference
    ask_steps(result, step)

st.divider()
softmax_calculator()
