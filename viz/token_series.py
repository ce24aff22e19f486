"""Several measured values per token, side by side: grouped bars or lines over the token positions."""

from __future__ import annotations

import html

import numpy as np
import plotly.graph_objects as go

from viz.labels import escape_labels, fast_figure
from viz.style import DEFAULT_STYLE, Style


def token_series(
    labels: list[str],
    series: dict[str, np.ndarray],
    *,
    kind: str = "bars",
    title: str = "",
    y_title: str = "",
    log_y: bool = False,
    fmt: str = ".4f",
    style: Style = DEFAULT_STYLE,
) -> go.Figure:
    """One bar group (or one line) per named series over the tokens; exact values on hover.

    Tokens are placed by position, so a repeated word keeps its own slot; they and the series
    names are escaped.
    """
    if kind not in ("bars", "lines"):
        raise ValueError(f"kind must be 'bars' or 'lines', got {kind!r}")
    names = escape_labels(labels)
    positions = list(range(len(labels)))
    colours = style.colours.categorical
    traces = []
    for i, (name, values) in enumerate(series.items()):
        values = np.asarray(values, dtype=np.float64)
        if values.shape != (len(labels),):
            raise ValueError(f"series {name!r} has shape {values.shape}, there are {len(labels)} tokens")
        colour = colours[i % len(colours)]
        trace = dict(
            x=positions,
            y=values.astype(np.float32),
            name=html.escape(name),
            customdata=names,
            hovertemplate=f"%{{customdata}}<br>{html.escape(name)}: %{{y:{fmt}}}<extra></extra>",
        )
        if kind == "bars":
            trace.update(type="bar", marker_color=colour)
        else:
            trace.update(type="scatter", mode="lines+markers", line=dict(color=colour), marker=dict(color=colour))
        traces.append(trace)
    layout = dict(
        title=title,
        barmode="group",
        height=340,
        margin=dict(l=10, r=10, t=40 if title else 20, b=10),
        xaxis=dict(tickmode="array", tickvals=positions, ticktext=names, tickangle=-45),
        yaxis=dict(title=y_title, type="log" if log_y else "linear"),
        legend=dict(orientation="h"),
    )
    return fast_figure(traces, layout)
