"""Presenter mode for the projector: large type, high contrast, the sidebar out of the way, the
join code and QR code pinned in a corner, and a big Reveal button.

Static CSS only (no user text in it), placed with `st.html`, which puts a style-only body in
Streamlit's event container, so it takes no room on the page.
"""

from __future__ import annotations

import streamlit as st

from ui.i18n import t

PRESENTER = "class_presenter"  # session-state key of the switch (in the class box and the corner)

_CSS = """<style>
.stApp { background: #ffffff; color: #000000; }
.stApp p, .stApp li, .stApp label, .stApp [data-testid="stCaptionContainer"] {
  font-size: 1.4rem !important; color: #000000 !important; }
.stApp h1 { font-size: 3rem !important; }
[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"] { display: none !important; }
.st-key-class_corner { position: fixed; top: 4rem; right: 1.5rem; z-index: 999990; width: 220px;
  background: #ffffff; border: 3px solid #000000; border-radius: 0.5rem; padding: 0.5rem; }
.st-key-class_corner code { font-size: 2.4rem !important; color: #000000 !important; }
.st-key-class_reveal button { font-size: 2rem !important; padding: 0.8rem 3rem !important; }
.st-key-class_teacher_box { border: 3px solid #000000 !important; }
</style>"""


def presenting() -> bool:
    return bool(st.session_state.get(PRESENTER))


def presenter_corner(code: str, show_code) -> None:
    """The style, and the corner with the code, the QR code and the way out of presenter mode."""
    st.html(_CSS)
    with st.container(key="class_corner"):
        show_code(code, width=180, link=False)
        st.button(t("class_presenter_off"), key="class_presenter_off", icon=":material/close_fullscreen:", on_click=_off)


def _off() -> None:
    st.session_state[PRESENTER] = False
