"""Bar charts of one value per token (scores, weights, probabilities)."""

from __future__ import annotations

import numpy as np
import plotly.graph_objects as go

from viz.labels import escape_labels, fast_figure
from viz.style import DEFAULT_STYLE, Style


def bar_chart(
    values: np.ndarray,
    labels: list[str],
    *,
    title: str = "",
    value_name: str = "value",
    fmt: str = ".4f",
    highlight: int | None = None,
    style: Style = DEFAULT_STYLE,
) -> go.Figure:
    """One bar per label, the exact value on hover and above the bar; `highlight` colours one bar."""
    values = np.asarray(values, dtype=np.float64)
    if values.ndim != 1 or len(values) != len(labels):
        raise ValueError(f"{values.shape} values do not match {len(labels)} labels")
    names = escape_labels(labels)
    colors = [style.colours.categorical[0]] * len(values)
    if highlight is not None and 0 <= highlight < len(values):
        colors[highlight] = style.colours.highlight
    fig = fast_figure(
        dict(
            type="bar",
            x=list(range(len(values))),
            y=values.astype(np.float32),
            marker_color=colors,
            customdata=names,
            text=[format(v, fmt) for v in values],
            textposition="outside",
            cliponaxis=False,
            hovertemplate=f"%{{customdata}}<br>{value_name}: %{{y:{fmt}}}<extra></extra>",
        )
    )
    fig.update_layout(
        title=title,
        margin=dict(l=10, r=10, t=40 if title else 20, b=10),
        height=300,
        xaxis=dict(tickmode="array", tickvals=list(range(len(values))), ticktext=names, tickangle=-45),
        yaxis=dict(title=value_name),
    )
    return fig
