"""Every layer × head attention map at once, as one heatmap with gaps between the maps.

One trace instead of a subplot per head: for 2 × 4 heads it builds and serialises about five
times faster than `make_subplots`, which matters on a page that redraws as the student types.
"""

from __future__ import annotations

import numpy as np
import plotly.graph_objects as go

from viz.labels import escape_labels, fast_figure
from viz.style import DEFAULT_STYLE, Style


def heads_grid(
    weights: np.ndarray,
    query_tokens: list[str],
    key_tokens: list[str],
    *,
    layer_name: str = "layer",
    head_name: str = "head",
    highlight: tuple[int, int] | None = None,
    compact: bool = False,
    value_name: str = "weight",
    style: Style = DEFAULT_STYLE,
) -> go.Figure:
    """`weights` `[layer, head, q_pos, k_pos]` → a grid of maps (rows = layers, columns = heads).

    Same colour scale for all; hover names the layer, head and the two tokens; `highlight`
    frames one map. `compact` (for many heads, e.g. BERT's 6 × 12) sends 8-bit weights
    (0–255) and no per-cell hover text, which keeps the payload small; hover shows weight × 255.
    """
    w = np.asarray(weights, dtype=np.float32)
    if w.ndim != 4 or w.shape[2:] != (len(query_tokens), len(key_tokens)):
        raise ValueError(f"weights {w.shape} do not match {len(query_tokens)} queries × {len(key_tokens)} keys")
    n_layers, n_heads, n_q, n_k = w.shape
    row_gap, col_gap = 2, 1  # blank rows leave room for each map's title
    big = np.full((n_layers * (n_q + row_gap), n_heads * (n_k + col_gap) - col_gap), np.nan, dtype=np.float32)
    hover = np.full(big.shape, "", dtype=object)
    rows, cols = escape_labels(query_tokens), escape_labels(key_tokens)
    pair = np.char.add(
        np.char.add(np.array(rows, dtype=object)[:, None].astype(str), " → "), np.array(cols, dtype=object)[None, :].astype(str)
    )
    annotations = []
    for i in range(n_layers):
        for j in range(n_heads):
            r0, c0 = i * (n_q + row_gap) + row_gap, j * (n_k + col_gap)
            big[r0 : r0 + n_q, c0 : c0 + n_k] = w[i, j]
            if not compact:
                hover[r0 : r0 + n_q, c0 : c0 + n_k] = np.char.add(f"{layer_name} {i + 1} · {head_name} {j + 1}<br>", pair)
            annotations.append(
                dict(
                    x=c0 + (n_k - 1) / 2,
                    y=r0 - 0.6,
                    text=f"{layer_name[:1].upper()}{i + 1}·{head_name[:1].upper()}{j + 1}",
                    showarrow=False,
                    font=dict(size=11),
                    yanchor="bottom",
                )
            )
    trace = dict(type="heatmap", colorscale=style.scale(signed=False), zmin=0, hoverongaps=False)
    if compact:  # 8-bit weights and no per-cell hover text: about 40× less to send for 72 heads
        z8 = np.where(np.isnan(big), 0, np.round(big * 255)).astype(np.uint8)
        trace.update(z=z8, zmax=255, showscale=False, hovertemplate="%{z}/255<extra></extra>")
    else:
        trace.update(z=big, zmax=1, customdata=hover, showscale=True, hovertemplate="%{customdata}<br>%{z:.4f}<extra></extra>")
        trace.update(colorbar=dict(title=dict(text=value_name), thickness=12))
    fig = fast_figure(trace)
    if highlight is not None:
        r0, c0 = highlight[0] * (n_q + row_gap) + row_gap, highlight[1] * (n_k + col_gap)
        fig.add_shape(
            type="rect",
            x0=c0 - 0.5,
            x1=c0 + n_k - 0.5,
            y0=r0 - 0.5,
            y1=r0 + n_q - 0.5,
            line=dict(color=style.colours.highlight, width=3),
        )
    fig.update_layout(
        annotations=annotations,
        height=max(260, 16 * big.shape[0] + 80),
        margin=dict(l=10, r=10, t=30, b=10),
        xaxis=dict(visible=False),
        yaxis=dict(visible=False, range=[big.shape[0] - 0.5, -0.5]),
        plot_bgcolor="rgba(0,0,0,0)",
    )
    return fig
