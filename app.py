"""Attention Lab: the entry point. Page setup, language and colour pickers, navigation; nothing else.

`st.navigation` runs before anything heavy is imported: until some session has called it, a
server started with a `pages/` folder is in Streamlit's legacy multipage mode (see ui/frame.py).
The warm-up imports come after it, just before the page runs.
"""

import streamlit as st

from ui.frame import entered
from ui.i18n import DEFAULT, LANGUAGES, t
from ui.params import Choice

LANGUAGE = Choice(
    "lang", lambda: "Language / 언어", options=tuple(LANGUAGES), initial=DEFAULT, fmt=LANGUAGES.get, persist="session"
)

st.set_page_config(page_title="Attention Lab", page_icon="🔍", layout="wide")
LANGUAGE.value()  # from the link (?lang=ko) or the session, before any title is translated

PAGES = [
    ("alignment", "page_alignment", ":material/compare_arrows:"),
    ("steps", "page_steps", ":material/calculate:"),
    ("qkv_lab", "page_qkv", ":material/grid_on:"),
    ("transformer", "page_transformer", ":material/hub:"),
    ("bert", "page_bert", ":material/psychology:"),
    ("positions", "page_pe", ":material/timeline:"),
    ("train", "page_train", ":material/model_training:"),
    ("add_norm", "page_addnorm", ":material/add_circle:"),
    ("why_attention", "page_why", ":material/speed:"),
]
st.set_option("client.showSidebarNavigation", True)  # off in config.toml: it hid the legacy list
page = st.navigation(
    [
        st.Page(f"pages/{name}.py", title=t(title), icon=icon, url_path=name, default=i == 0)
        for i, (name, title, icon) in enumerate(PAGES)
    ]
)
LANGUAGE.show(st.sidebar)

import ui.warmup  # noqa: E402, F401  (heavy imports, once, before any page's thread races for them)
from ui.charts import palette_picker  # noqa: E402  (imports plotly: after st.navigation too)
from ui.classroom import class_live, class_sidebar  # noqa: E402

palette_picker()
class_sidebar()  # start or join a class; a teacher's or student's role comes back after a reload

with entered():
    if class_live(page.url_path or PAGES[0][0]):  # False while a student has a question to answer before seeing the page
        page.run()
