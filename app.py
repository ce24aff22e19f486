"""Attention Lab: the entry point. Page setup, language picker, navigation; nothing else."""

import streamlit as st

from ui.i18n import LANGUAGES, t

st.set_page_config(page_title="Attention Lab", page_icon="🔍", layout="wide")

with st.sidebar:
    st.selectbox("Language / 언어", list(LANGUAGES), key="lang", format_func=LANGUAGES.get, bind="query-params")

pages = [
    st.Page("pages/alignment.py", title=t("page_alignment"), icon="🔀", url_path="alignment", default=True),
    st.Page("pages/steps.py", title=t("page_steps"), icon="🧮", url_path="steps"),
]
st.navigation(pages).run()
