"""A page's view lives in the URL, so a teacher can share a link that opens the same view.

`restore_view` runs before a page draws its widgets: for each key it seeds
`st.session_state` from the URL (first time in the session) or the default, and says on
screen why a bad or out-of-range value was replaced. `save_view` runs after the widgets and
mirrors their values back into the URL. We sync by hand instead of `bind="query-params"`
because binding writes a selectbox's *translated label* into the URL, so a link made in the
Korean interface would not open in the English one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import streamlit as st

from ui.i18n import t

Parser = Callable[[str], tuple[Any, str | None]]  # raw → (value, note); ValueError if unusable
_SHOWN = 40  # characters of a bad value echoed back in a note


def shorten(value: str) -> str:
    value = "".join(ch for ch in str(value) if ch.isprintable())
    return value if len(value) <= _SHOWN else value[:_SHOWN] + "…"


def choice(options: Sequence[str]) -> Parser:
    def parse(raw: str):
        if raw not in options:
            raise ValueError(raw)
        return raw, None

    return parse


def integer(low: int, high: int, key: str) -> Parser:
    def parse(raw: str):
        value = int(raw)
        clamped = min(max(value, low), high)
        note = t("note_clamped", key=key, value=value, low=low, high=high, clamped=clamped) if clamped != value else None
        return clamped, note

    return parse


def text(limit: int, key: str) -> Parser:
    def parse(raw: str):
        if len(raw) > limit:
            return raw[:limit], t("note_text_cut", key=key, limit=limit)
        return raw, None

    return parse


def restore_view(spec: dict[str, tuple[Any, Parser]]) -> None:
    """Seed each key from the URL (or its default) once, noting any value that was replaced."""
    for key, (default, parse) in spec.items():
        if key in st.session_state:
            continue
        raw, value, note = st.query_params.get(key), default, None
        if raw is not None:
            try:
                value, note = parse(raw)
            except ValueError:
                note = t("note_bad_value", key=key, value=shorten(raw), default=default)
        if note:
            st.warning(note, icon="⚠️")
        st.session_state[key] = value


def save_view(spec: dict[str, tuple[Any, Parser]]) -> None:
    """Write the current values into the URL; defaults are left out to keep links short."""
    for key, (default, _) in spec.items():
        value = st.session_state.get(key, default)
        if value == default or value is None:
            if key in st.query_params:
                del st.query_params[key]
        elif st.query_params.get(key) != str(value):
            st.query_params[key] = str(value)


def clamp_index(key: str, high: int) -> int:
    """Keep an index inside 1..high when the model or sentence (and so the range) changes.

    When the out-of-range value came from the link, say so, as for any other bad parameter.
    """
    value = st.session_state.get(key, 1)
    if not isinstance(value, int) or not 1 <= value <= high:
        clamped = min(max(value if isinstance(value, int) else 1, 1), high)
        if st.query_params.get(key) == str(value):
            st.warning(t("note_clamped", key=key, value=value, low=1, high=high, clamped=clamped), icon="⚠️")
        st.session_state[key] = clamped
        value = clamped
    return value
