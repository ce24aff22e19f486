"""Score → softmax → context: follow one output word through the whole attention chain."""

import streamlit as st

from ui.i18n import t
from ui.loaders import model_name, run_model
from ui.softmax_lab import softmax_calculator
from ui.state import clamp_int
from ui.step_view import step_view
from ui.widgets import attention_picker, sentence_box, show_source, task_picker

st.title(t("steps_title"))
st.caption(t("steps_intro"))

col_task, col_model = st.columns(2)
with col_task:
    task = task_picker()
with col_model:
    attention = attention_picker("score", t("score_left"))
text = sentence_box(task)

if text.strip():
    result = run_model(model_name(task, attention), text)
    show_source(result, task)
    n_steps = len(result.tgt_tokens)
    clamp_int("step", 1, n_steps, 1)
    if n_steps > 1:
        step = st.slider(t("step"), 1, n_steps, key="step", bind="query-params", help=t("step_help"))
    else:
        step = 1
    st.markdown(t("output") + " " + " ".join(f"`{tok}`" if i != step - 1 else f"**`{tok}`**"
                                              for i, tok in enumerate(result.tgt_tokens)))
    step_view(result, step - 1)
else:
    st.info(t("empty_input"))

st.divider()
softmax_calculator()
