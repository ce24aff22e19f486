"""Score → softmax → context: follow one output word through the whole attention chain."""

import streamlit as st

from ui import state
from ui.frame import page_header
from ui.i18n import t
from ui.loaders import model_name, run_model, try_load
from ui.views.steps import softmax_calculator, step_view
from ui.widgets import SCORE, TASK, TEXT, attention_picker, sentence_box, show_source, task_picker

VIEW = TASK | SCORE | TEXT | {"step": (1, state.integer(1, 80, "step"))}

page_header("steps_title", "steps_intro")
state.restore_view(VIEW)

col_task, col_model = st.columns(2)
with col_task:
    task = task_picker()
with col_model:
    attention = attention_picker("score", t("score_left"))
text = sentence_box(task)

name = model_name(task, attention)
if not text.strip():
    st.info(t("empty_input"))
elif try_load(name):
    result = run_model(name, text)
    show_source(result, task)
    n_steps = len(result.tgt_tokens)
    step = state.clamp_index("step", n_steps)
    if n_steps > 1:
        step = st.slider(t("step"), 1, n_steps, key="step", help=t("step_help"))
    st.markdown(
        t("output") + " " + " ".join(f"**`{tok}`**" if i == step - 1 else f"`{tok}`" for i, tok in enumerate(result.tgt_tokens))
    )
    step_view(result, step - 1)
state.save_view(VIEW)

st.divider()
softmax_calculator()
