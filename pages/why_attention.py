"""Why self-attention: the Transformer paper's Table 1 measured here, and on the student's sentence."""

import streamlit as st

from ui.frame import page_header
from ui.i18n import t
from ui.params import restore
from ui.views.why_attention import SOURCE_MODEL, TAB, TASK, WHY_VIEW, cost_panel, gradient_panel, paths_panel, sentence_length
from ui.widgets import TEXT, sentence_box

page_header("why_title", "why_intro")
restore([TEXT, *WHY_VIEW])

text = sentence_box(TASK, SOURCE_MODEL)
tabs, open_tab = TAB.show()
with tabs[open_tab]:
    if open_tab == "cost":
        cost_panel(sentence_length(text))
    elif not text.strip():
        st.info(t("empty_input"))
    elif open_tab == "paths":
        paths_panel(text)
    else:
        gradient_panel(text)
