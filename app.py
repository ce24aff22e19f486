"""Attention Lab: the entry point. Page setup, language picker, navigation; nothing else."""

import streamlit as st

import ui.warmup  # noqa: F401  (first: heavy imports, once, before any page's thread races for them)
from ui import state
from ui.i18n import LANGUAGES, t

st.set_page_config(page_title="Attention Lab", page_icon="🔍", layout="wide")

LANG = {"lang": ("en", state.choice(list(LANGUAGES)))}
state.restore_view(LANG)
with st.sidebar:
    st.selectbox("Language / 언어", list(LANGUAGES), key="lang", format_func=LANGUAGES.get, persist_state="session")
state.save_view(LANG)

pages = [
    st.Page(
        "app_pages/alignment.py", title=t("page_alignment"), icon=":material/compare_arrows:", url_path="alignment", default=True
    ),
    st.Page("app_pages/steps.py", title=t("page_steps"), icon=":material/calculate:", url_path="steps"),
    st.Page("app_pages/qkv_lab.py", title=t("page_qkv"), icon=":material/grid_on:", url_path="qkv_lab"),
    st.Page("app_pages/transformer.py", title=t("page_transformer"), icon=":material/hub:", url_path="transformer"),
    st.Page("app_pages/bert.py", title=t("page_bert"), icon=":material/psychology:", url_path="bert"),
    st.Page("app_pages/positions.py", title=t("page_pe"), icon=":material/timeline:", url_path="positions"),
    st.Page("app_pages/train.py", title=t("page_train"), icon=":material/model_training:", url_path="train"),
    st.Page("app_pages/add_norm.py", title=t("page_addnorm"), icon=":material/add_circle:", url_path="add_norm"),
]
st.navigation(pages).run()
