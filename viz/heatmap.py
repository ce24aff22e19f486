"""Heatmaps of attention weights and of vectors."""

from __future__ import annotations

import numpy as np
import plotly.graph_objects as go

from viz.labels import BLUES, RDBU, escape_labels, fast_figure, top_title

VALUE_TEXT_LIMIT = 14  # rows or columns; beyond that numbers inside cells are unreadable (hover keeps them)


def _check_matrix(z: np.ndarray, rows: list[str], cols: list[str]) -> np.ndarray:
    z = np.asarray(z)
    if z.ndim != 2:
        raise ValueError(f"expected a 2-D matrix, got shape {z.shape}")
    if z.shape != (len(rows), len(cols)):
        raise ValueError(f"matrix shape {z.shape} does not match {len(rows)} row labels × {len(cols)} column labels")
    return z.astype(np.float32)


def attention_heatmap(
    weights: np.ndarray,
    query_tokens: list[str],
    key_tokens: list[str],
    *,
    title: str = "",
    x_title: str = "",
    y_title: str = "",
    hover: tuple[str, str, str] = ("query", "key", "weight"),
    zmax: float | None = 1.0,
) -> go.Figure:
    """Query × key heatmap: token labels on both axes, the exact weight on hover.

    Args:
        weights: `[q_pos, k_pos]`.
        query_tokens / key_tokens: row / column labels (escaped here).
        hover: translated names for (row, column, value) in the hover text.
    """
    z = _check_matrix(weights, query_tokens, key_tokens)
    rows, cols = escape_labels(query_tokens), escape_labels(key_tokens)
    # Positions, not labels, on the axes: a repeated word ("the … the") must keep its own column.
    custom = np.dstack(np.meshgrid(cols, rows))  # [q_pos, k_pos, 2] = (key label, query label)
    trace = dict(
        type="heatmap",
        z=z,
        x=list(range(len(cols))),
        y=list(range(len(rows))),
        customdata=custom,
        colorscale=BLUES,
        zmin=0.0,
        zmax=zmax,
        hovertemplate=(
            f"{hover[0]}: %{{customdata[1]}}<br>{hover[1]}: %{{customdata[0]}}<br>{hover[2]}: %{{z:.4f}}<extra></extra>"
        ),
    )
    if max(z.shape) <= VALUE_TEXT_LIMIT:
        trace.update(texttemplate="%{z:.2f}", textfont={"size": 11})
    layout = dict(
        title=top_title(title),
        margin=dict(l=10, r=10, t=110 if title else 70, b=10),  # room for the title above the angled top ticks
        height=max(280, 28 * len(rows) + 170),
        xaxis=dict(
            tickmode="array", tickvals=list(range(len(cols))), ticktext=cols, title=dict(text=x_title), side="top", tickangle=-45
        ),
        yaxis=dict(
            tickmode="array", tickvals=list(range(len(rows))), ticktext=rows, title=dict(text=y_title), autorange="reversed"
        ),
    )
    return fast_figure([trace], layout)


def vector_heatmap(vectors: np.ndarray, row_labels: list[str], *, title: str = "", value_name: str = "value") -> go.Figure:
    """Rows of vectors (`[rows, dims]`) as a diverging heatmap; hover gives row, dimension and value."""
    vectors = np.atleast_2d(np.asarray(vectors))
    z = _check_matrix(vectors, row_labels, [str(i) for i in range(vectors.shape[1])])
    rows = escape_labels(row_labels)
    limit = float(np.abs(z).max()) or 1.0
    custom = np.repeat(np.array(rows, dtype=object)[:, None], z.shape[1], axis=1)
    fig = fast_figure(
        dict(
            type="heatmap",
            z=z,
            y=list(range(len(rows))),
            customdata=custom,
            colorscale=RDBU,
            zmid=0,
            zmin=-limit,
            zmax=limit,
            hovertemplate=f"%{{customdata}}<br>dim %{{x}}<br>{value_name}: %{{z:.4f}}<extra></extra>",
        )
    )
    fig.update_layout(
        title=title,
        margin=dict(l=10, r=10, t=40 if title else 10, b=10),
        height=max(140, 26 * len(rows) + 90),
        yaxis=dict(tickmode="array", tickvals=list(range(len(rows))), ticktext=rows, autorange="reversed"),
    )
    return fig
