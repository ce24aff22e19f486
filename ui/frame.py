"""What every page run goes through: the entry point (`app.py`) first, then the page's header.

With a `pages/` folder next to `app.py`, Streamlit 1.67 starts in its legacy multipage mode
until some session has called `st.navigation` (measured in a real browser): the first session
after a server start gets Streamlit's own, untranslated page list, and a link straight to a page
(`/transformer?…`) runs that page file *without* `app.py` (no language, no navigation). Two
things close that window: `.streamlit/config.toml` hides the legacy list and `app.py` turns
the list back on just before its own `st.navigation`; and every page's first call,
`page_header`, runs `app.py` itself when it was not run, then stops the legacy run.
"""

from __future__ import annotations

import runpy
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path

import streamlit as st

from ui.i18n import t

APP = Path(__file__).resolve().parent.parent / "app.py"
_ENTERED: ContextVar[bool] = ContextVar("attention_lab_entered", default=False)


@contextmanager
def entered() -> Iterator[None]:
    """Mark the page run as started by the entry point (`app.py` wraps `page.run()` in this)."""
    token = _ENTERED.set(True)
    try:
        yield
    finally:
        _ENTERED.reset(token)


def page_header(title: str, intro: str) -> None:
    """A page's title and introduction (translation keys), after making sure `app.py` ran."""
    if not _ENTERED.get():
        runpy.run_path(str(APP), run_name="__main__")  # page config, language, navigation, then this page
        st.stop()
    st.title(t(title))
    st.caption(t(intro))
