"""Translation lookup: every string the app shows comes from locales/<lang>.json."""

from __future__ import annotations

import functools
import json
from collections.abc import Callable
from contextvars import ContextVar
from pathlib import Path

import streamlit as st

LOCALES = Path(__file__).resolve().parent.parent / "locales"
LANGUAGES = {"en": "English", "ko": "한국어"}
DEFAULT = "en"


@functools.cache
def catalog(lang: str) -> dict[str, str]:
    return json.loads((LOCALES / f"{lang}.json").read_text(encoding="utf-8"))


_FROZEN: ContextVar[str | None] = ContextVar("attention_lab_language", default=None)


def current_language() -> str:
    lang = _FROZEN.get() or st.session_state.get("lang", DEFAULT)
    return lang if lang in LANGUAGES else DEFAULT


def in_this_language(fmt: Callable) -> Callable:
    """`fmt` bound to the language of this run: a widget may format its options later, outside
    the run (Streamlit's test client does), and must still produce the labels it showed."""
    lang = current_language()

    def bound(*args):
        token = _FROZEN.set(lang)
        try:
            return fmt(*args)
        finally:
            _FROZEN.reset(token)

    return bound


def t(message_id: str, /, **values) -> str:
    """The text for `message_id` in the session's language, with `{placeholders}` filled in."""
    text = catalog(current_language()).get(message_id) or catalog(DEFAULT)[message_id]
    return text.format(**values) if values else text
