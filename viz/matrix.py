"""Any labelled matrix with its numbers in the cells: scores, Q/K/V, masks, statistics."""

from __future__ import annotations

import numpy as np
import plotly.graph_objects as go

from viz.labels import BLUES, RDBU, escape_labels, fast_figure, top_title


def _cell_text(z: np.ndarray, fmt: str) -> list[list[str]]:
    """Numbers as shown in cells: −∞ for masked scores, blank for hidden (NaN) cells."""
    out = []
    for row in z:
        cells = []
        for v in row:
            if np.isnan(v):
                cells.append("")
            elif np.isinf(v):
                cells.append("−∞" if v < 0 else "∞")
            else:
                cells.append(format(float(v), fmt))
        out.append(cells)
    return out


def value_heatmap(
    values: np.ndarray,
    row_labels: list[str],
    col_labels: list[str],
    *,
    title: str = "",
    fmt: str = ".2f",
    diverging: bool = True,
    zrange: tuple[float, float] | None = None,
    show_text: bool = True,
    height: int | None = None,
) -> go.Figure:
    """Heatmap of `[rows, cols]` with every number written in its cell (±∞ and NaN allowed).

    Diverging (red–blue around 0) for signed values such as scores and vectors, sequential
    (blues from 0) for weights; infinite cells are drawn blank and labelled −∞.
    """
    z = np.asarray(values, dtype=np.float64)
    if z.ndim != 2 or z.shape != (len(row_labels), len(col_labels)):
        raise ValueError(f"matrix shape {z.shape} does not match {len(row_labels)} × {len(col_labels)} labels")
    finite = np.where(np.isfinite(z), z, np.nan)
    if zrange is None:
        limit = float(np.nanmax(np.abs(finite))) if np.isfinite(finite).any() else 1.0
        zrange = (-limit, limit) if diverging else (0.0, max(limit, 1e-9))
    rows, cols = escape_labels(row_labels), escape_labels(col_labels)
    text = _cell_text(z, fmt)
    trace = dict(
        type="heatmap",
        z=finite.astype(np.float32),
        x=list(range(len(cols))),
        y=list(range(len(rows))),
        colorscale=RDBU if diverging else BLUES,
        reversescale=diverging,
        zmin=zrange[0],
        zmax=zrange[1],
        customdata=np.array(text, dtype=object),
        hovertemplate="%{customdata}<extra></extra>",
        showscale=False,
    )
    if show_text:
        trace.update(text=text, texttemplate="%{text}", textfont={"size": 12})
    fig = fast_figure(trace)
    fig.update_layout(
        title=top_title(title),
        margin=dict(l=10, r=10, t=70 if title else 35, b=10),
        height=height or max(170, 34 * len(rows) + 110),
        xaxis=dict(tickmode="array", tickvals=list(range(len(cols))), ticktext=cols, side="top"),
        yaxis=dict(tickmode="array", tickvals=list(range(len(rows))), ticktext=rows, autorange="reversed"),
    )
    return fig
