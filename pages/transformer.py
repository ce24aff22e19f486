"""Transformer explorer: encoder self-, decoder masked self- and cross-attention, per layer and head."""

import streamlit as st

from ui import state
from ui.frame import page_header
from ui.i18n import t
from ui.loaders import model_name, run_model, transformer_name, try_load
from ui.text import escape_markdown
from ui.trained_run import trained_run_panel
from ui.views.transformer import KIND_LABELS, KINDS, all_heads, compare_with_rnn, head_heatmap, show_your_work
from ui.widgets import TASK, TEXT, sentence_box, show_source, task_picker

VIEW = (
    TASK
    | TEXT
    | {
        "kind": ("cross", state.choice(KINDS)),
        "layer": (1, state.integer(1, 12, "layer")),
        "head": (1, state.integer(1, 16, "head")),
        "tstep": (99, state.integer(1, 99, "tstep")),
    }
)

page_header("explorer_title", "explorer_intro")
trained_run_panel()
state.restore_view(VIEW)

c_task, c_kind = st.columns([1, 2])
with c_task:
    task = task_picker()
with c_kind:
    kind = st.segmented_control(t("attention_kind"), KINDS, key="kind", format_func=lambda k: t(KIND_LABELS[k]), required=True)
text = sentence_box(task)
runner = try_load(transformer_name(task))

if not text.strip():
    st.info(t("empty_input"))
elif runner:
    state.clamp_index("layer", runner.layers)
    state.clamp_index("head", runner.heads)
    c_layer, c_head = st.columns(2)
    layer = c_layer.selectbox(t("layer"), range(1, runner.layers + 1), key="layer")
    head = c_head.selectbox(t("head"), range(1, runner.heads + 1), key="head")
    result = run_model(transformer_name(task), text)
    show_source(result, task)
    n_out = len(result.tgt_tokens)
    step = state.clamp_index("tstep", n_out)
    if n_out > 1:
        step = st.slider(t("decode_step"), 1, n_out, key="tstep", help=t("decode_step_help"))
    written = " ".join(f"`{tok}`" for tok in result.tgt_tokens[:step])
    st.markdown(t("output") + f" **{escape_markdown(result.text)}**  \n" + t("written_so_far") + " " + written)
    # Stateful tabs: only the open one is computed and sent, which keeps typing fast.
    tabs = st.tabs([t("tab_head"), t("tab_grid"), t("tab_work"), t("tab_compare")], key="tftab", on_change="rerun")
    if tabs[0].open:
        with tabs[0]:
            head_heatmap(result, kind, layer - 1, head - 1, step)
    if tabs[1].open:
        with tabs[1]:
            all_heads(result, kind, step, layer - 1, head - 1)
    if tabs[2].open:
        with tabs[2]:
            show_your_work(result, kind, layer - 1, head - 1)
    if tabs[3].open and try_load(model_name(task, "additive")):
        with tabs[3]:
            compare_with_rnn(run_model(model_name(task, "additive"), text), result)
state.save_view(VIEW)
