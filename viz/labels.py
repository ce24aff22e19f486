"""Token labels made safe for plotly text, and figures built without plotly.py's per-property checks."""

from __future__ import annotations

import html

MAX_LABEL = 40  # characters; a 5,000-character "word" must not swallow the chart


def escape_labels(tokens: list[str]) -> list[str]:
    """html.escape each token (plotly renders <b>, <span style>, <a href> otherwise), cut long ones."""
    out = []
    for tok in tokens:
        tok = "".join(ch for ch in str(tok) if ch.isprintable())
        if len(tok) > MAX_LABEL:
            tok = tok[: MAX_LABEL - 1] + "…"
        out.append(html.escape(tok) if tok else "␣")
    return out


def top_title(title: str) -> dict:
    """A title pinned to the top of the figure, clear of tick labels drawn above the plot.

    Titles are the app's own (translated) strings; they may carry escaped user tokens.
    """
    return dict(text=title, x=0.01, xanchor="left", y=0.99, yanchor="top", yref="container", font=dict(size=14))


def fast_figure(data: list[dict] | dict | None = None, layout: dict | None = None, **kwargs):
    """A plotly Figure from plain dicts, skipping plotly's per-property validation.

    Validation costs ~20 ms per heatmap, a third of a rerun (measured under bench.load); our
    inputs are checked by the builders themselves and the figure contracts are tested.
    """
    import plotly.graph_objects as go

    return go.Figure(data=data, layout=layout, _validate=False, **kwargs)
