"""A page's view lives in the URL: helpers that read it and clamp bad values with a note.

Widgets are bound with `bind="query-params"`, so Streamlit keeps the URL in sync. Streamlit
silently ignores a bound value it cannot use; these helpers check the raw parameter first so
the student sees *why* the view differs from the link.
"""

from __future__ import annotations

from collections.abc import Sequence

import streamlit as st

from ui.i18n import t

_SHOWN = 40  # characters of a bad value echoed back in a note


def _short(value: str) -> str:
    value = "".join(ch for ch in value if ch.isprintable())
    return value if len(value) <= _SHOWN else value[:_SHOWN] + "…"


def check_choice(key: str, options: Sequence[str]) -> None:
    """Warn when ?key= names something that is not one of `options`."""
    raw = st.query_params.get(key)
    if raw is not None and raw != "" and raw not in options:
        st.warning(t("note_bad_choice", key=key, value=_short(raw), default=options[0]), icon="⚠️")


def clamp_int(key: str, low: int, high: int, default: int) -> int:
    """Keep session and URL value of an integer widget inside [low, high]; warn when it was not."""
    raw = st.session_state.get(key, st.query_params.get(key, default))
    try:
        value = int(str(raw))
    except ValueError:
        st.warning(t("note_bad_number", key=key, value=_short(str(raw)), default=default), icon="⚠️")
        value = default
    clamped = min(max(value, low), high)
    if clamped != value:
        st.warning(t("note_clamped", key=key, value=value, low=low, high=high, clamped=clamped), icon="⚠️")
    st.session_state[key] = clamped
    return clamped
