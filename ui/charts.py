"""What every chart on every page shares: the plotly toolbar (PNG download, no logo) and the
colours, from the palette the user picked in the sidebar (kept in the URL: ?palette=viridis)."""

from __future__ import annotations

import streamlit as st

from ui.i18n import t
from ui.params import Choice
from viz import DEFAULT_PALETTE, PALETTE_IDS, PALETTES, Style

CHART_CONFIG = {"displaylogo": False, "toImageButtonOptions": {"format": "png", "filename": "attention"}}

PALETTE = Choice(
    "palette", "palette", options=PALETTE_IDS, initial=DEFAULT_PALETTE, fmt="palette_", help="palette_help", persist="session"
)


def palette_picker() -> None:
    """The colour picker in the sidebar, under the language."""
    PALETTE.show(st.sidebar)


def style() -> Style:
    """The session's palette, with the diverging convention in the reader's language."""
    palette = PALETTE.current()  # drawn in the sidebar before the page runs
    colours = PALETTES[palette]
    signs = t("legend_signs", negative=t(f"colour_{colours.negative}"), positive=t(f"colour_{colours.positive}"))
    return Style(palette, signs)
