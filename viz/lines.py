"""Line charts of measured series (e.g. variance against d_k)."""

from __future__ import annotations

import html

import numpy as np
import plotly.graph_objects as go

from viz.labels import fast_figure
from viz.style import DEFAULT_STYLE, Style


def line_chart(
    x: np.ndarray | None,
    series: dict[str, np.ndarray | tuple[np.ndarray, np.ndarray]],
    *,
    title: str = "",
    x_title: str = "",
    y_title: str = "",
    log_x: bool = False,
    log_y: bool = False,
    style: Style = DEFAULT_STYLE,
) -> go.Figure:
    """One line per named series: over the shared `x`, or over its own x when given as (x, y).

    Names are app-chosen (translated) strings, escaped anyway.
    """
    fig = fast_figure()
    colours = style.colours.categorical
    for i, (name, values) in enumerate(series.items()):
        xs, ys = (np.asarray(v) for v in values) if isinstance(values, tuple) else (np.asarray(x), np.asarray(values))
        if ys.shape != xs.shape:
            raise ValueError(f"series {name!r} has shape {ys.shape}, x has {xs.shape}")
        line = dict(color=colours[i % len(colours)])
        fig.add_trace(dict(type="scatter", x=xs, y=ys, mode="lines+markers", name=html.escape(name), line=line, marker=line))
    fig.update_layout(
        title=title,
        height=320,
        margin=dict(l=10, r=10, t=40 if title else 10, b=10),
        xaxis=dict(title=x_title, type="log" if log_x else "linear"),
        yaxis=dict(title=y_title, type="log" if log_y else "linear"),
        legend=dict(orientation="h"),
    )
    return fig
