"""Every layer × head attention map at once, as a grid of small heatmaps."""

from __future__ import annotations

import numpy as np
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from viz.labels import escape_labels


def heads_grid(
    weights: np.ndarray,
    query_tokens: list[str],
    key_tokens: list[str],
    *,
    layer_name: str = "layer",
    head_name: str = "head",
    highlight: tuple[int, int] | None = None,
) -> go.Figure:
    """`weights` `[layer, head, q_pos, k_pos]` → one small heatmap per (layer, head), same colour scale.

    Token labels are in the hover (the cells are too small for ticks); `highlight` outlines one map.
    """
    w = np.asarray(weights)
    if w.ndim != 4 or w.shape[2:] != (len(query_tokens), len(key_tokens)):
        raise ValueError(f"weights {w.shape} do not match {len(query_tokens)} queries × {len(key_tokens)} keys")
    n_layers, n_heads = w.shape[:2]
    titles = [f"{layer_name} {i + 1} · {head_name} {j + 1}" for i in range(n_layers) for j in range(n_heads)]
    fig = make_subplots(rows=n_layers, cols=n_heads, subplot_titles=titles, horizontal_spacing=0.02, vertical_spacing=0.08)
    rows, cols = escape_labels(query_tokens), escape_labels(key_tokens)
    custom = np.dstack(np.meshgrid(cols, rows))
    for i in range(n_layers):
        for j in range(n_heads):
            fig.add_trace(
                go.Heatmap(
                    z=w[i, j].astype(np.float32),
                    colorscale="Blues",
                    zmin=0,
                    zmax=1,
                    showscale=False,
                    customdata=custom,
                    hovertemplate="%{customdata[1]} → %{customdata[0]}<br>%{z:.4f}<extra></extra>",
                ),
                row=i + 1,
                col=j + 1,
            )
            fig.update_xaxes(showticklabels=False, row=i + 1, col=j + 1)
            fig.update_yaxes(showticklabels=False, autorange="reversed", row=i + 1, col=j + 1)
    if highlight is not None:
        index = highlight[0] * n_heads + highlight[1] + 1
        suffix = "" if index == 1 else str(index)
        fig.add_shape(
            type="rect",
            xref=f"x{suffix} domain",
            yref=f"y{suffix} domain",
            x0=0,
            y0=0,
            x1=1,
            y1=1,
            line=dict(color="#d62728", width=3),
        )
    fig.update_layout(height=190 * n_layers + 40, margin=dict(l=10, r=10, t=40, b=10))
    fig.update_annotations(font_size=11)
    return fig
