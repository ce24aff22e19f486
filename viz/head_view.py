"""BertViz-style head view: two columns of tokens joined by lines whose strength is the weight."""

from __future__ import annotations

import numpy as np
import plotly.graph_objects as go

from viz.labels import escape_labels, fast_figure
from viz.style import DEFAULT_STYLE, Style

OPACITY_BINS = (0.1, 0.25, 0.5, 0.75, 1.01)  # weights are drawn in 4 strength bands (one trace each)


def head_view(
    weights: np.ndarray,
    tokens: list[str],
    heads: list[int],
    *,
    threshold: float = 0.1,
    top_k: int = 3,
    focus: int | None = None,
    head_name: str = "head",
    style: Style = DEFAULT_STYLE,
) -> go.Figure:
    """Lines from each query token (left) to the key tokens (right) it attends to.

    Args:
        weights: one layer, `[head, q_pos, k_pos]`.
        heads: which heads to draw, each in its own colour.
        threshold / top_k: per query, draw only the top_k keys whose weight is ≥ threshold
            (keeps the figure light: at most heads × queries × top_k lines).
        focus: draw only this query token's lines.
    """
    w = np.asarray(weights)
    if w.ndim != 3 or w.shape[1:] != (len(tokens), len(tokens)):
        raise ValueError(f"weights {w.shape} do not match {len(tokens)} tokens")
    labels = escape_labels(tokens)
    n = len(tokens)
    colours = style.colours.categorical
    fig = fast_figure()
    queries = [focus] if focus is not None else range(n)
    for h in heads:
        bands: list[tuple[list, list]] = [([], []) for _ in OPACITY_BINS[:-1]]
        for i in queries:
            row = w[h, i]
            for j in np.argsort(row)[::-1][:top_k]:
                if row[j] < threshold:
                    break
                band = int(np.searchsorted(OPACITY_BINS, row[j], side="right")) - 1
                xs, ys = bands[max(band, 0)]
                xs += [0, 1, None]
                ys += [i, j, None]
        for b, (xs, ys) in enumerate(bands):
            if xs:
                fig.add_trace(
                    dict(
                        type="scatter",
                        x=xs,
                        y=ys,
                        mode="lines",
                        hoverinfo="skip",
                        showlegend=False,
                        line=dict(color=colours[h % len(colours)], width=1 + 2 * b),
                        opacity=[0.25, 0.45, 0.7, 0.95][b],
                    )
                )
        fig.add_trace(
            dict(
                type="scatter",
                x=[None],
                y=[None],
                mode="lines",
                name=f"{head_name} {h + 1}",
                line=dict(color=colours[h % len(colours)], width=3),
            )
        )
    for x, anchor in ((0, "left"), (1, "right")):  # queries to the left of their column, keys to the right
        fig.add_trace(
            dict(
                type="scatter",
                x=[x] * n,
                y=list(range(n)),
                mode="text",
                text=labels,
                textposition=f"middle {anchor}",
                hoverinfo="skip",
                showlegend=False,
                textfont=dict(size=13),
            )
        )
    fig.update_layout(
        height=max(300, 24 * n + 80),
        margin=dict(l=10, r=10, t=10, b=10),
        legend=dict(orientation="h"),
        xaxis=dict(visible=False, range=[-1.0, 2.0]),
        yaxis=dict(visible=False, autorange="reversed"),
        plot_bgcolor="rgba(0,0,0,0)",
    )
    return fig
