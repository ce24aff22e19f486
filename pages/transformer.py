"""Transformer explorer: encoder self-, decoder masked self- and cross-attention, per layer and head."""

import streamlit as st

from ui.classroom import ask_transformer
from ui.frame import page_header
from ui.i18n import t
from ui.lessons import knockout, minimal_pairs, multihead
from ui.lessons.what_if import FSTEP, FWORD, REFERENCE, forced_view, teacher_view
from ui.loaders import model_name, run_model, transformer_name, try_load
from ui.params import restore
from ui.trained_run import trained_run_panel
from ui.views.transformer import (
    EXPLORER,
    HEAD,
    KIND,
    LAYER,
    STEP,
    TAB,
    all_heads,
    compare_with_rnn,
    head_heatmap,
    output_so_far,
    show_your_work,
)
from ui.widgets import TASK, TEXT, sentence_box, show_source

page_header("explorer_title", "explorer_intro")
restore([TASK, TEXT, *EXPLORER, knockout.TF_OFF, minimal_pairs.TF_SECOND, FSTEP, FWORD, REFERENCE])
trained_run_panel()

c_task, c_kind = st.columns([1, 2])
task = TASK.show(c_task)
kind = KIND.show(c_kind)
text = sentence_box(task, transformer_name(task))
runner = try_load(transformer_name(task))

if not text.strip():
    st.info(t("empty_input"))
elif runner:
    c_layer, c_head = st.columns(2)
    layer = LAYER.show(c_layer, high=runner.layers)
    head = HEAD.show(c_head, high=runner.heads)
    result = run_model(transformer_name(task), text)
    show_source(result, task, runner)
    step = STEP.show(high=len(result.tgt_tokens))
    output_so_far(result, step)
    ask_transformer(transformer_name(task), text, result, kind, layer - 1, head - 1, step)
    # Stateful tabs: only the open one is computed and sent, which keeps typing fast.
    tabs, open_tab = TAB.show()
    with tabs[open_tab]:
        if open_tab == "head":
            head_heatmap(result, kind, layer - 1, head - 1, step)
        elif open_tab == "grid":
            all_heads(result, kind, step, layer - 1, head - 1)
        elif open_tab == "work":
            show_your_work(result, kind, layer - 1, head - 1)
        elif open_tab == "knockout":
            knockout.translation_panel(transformer_name(task), text, layer - 1, head - 1, kind)
        elif open_tab == "assembly":
            multihead.translation_view(transformer_name(task), result, kind, layer - 1)
        elif open_tab == "pairs":
            minimal_pairs.translation_view(transformer_name(task), text, result, kind, layer - 1, head - 1)
        elif open_tab in ("forced", "teacher"):  # what if: another word, or a reference fed in
            (forced_view if open_tab == "forced" else teacher_view)(transformer_name(task), text, result)
        elif try_load(model_name(task, "additive")):
            compare_with_rnn(run_model(model_name(task, "additive"), text), result)
