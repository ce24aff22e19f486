"""The one heatmap core, and the three heatmaps built on it.

- `attention_heatmap`: weights `[query, key]` on the sequential scale, token labels on both axes,
  the exact weight on hover, a chosen cell framed.
- `value_heatmap`: any labelled matrix with its numbers in the cells (±∞ and NaN allowed), signed
  values on the diverging scale, non-negative ones on the sequential scale.
- `vector_heatmap`: rows of vectors `[rows, dims]` (always signed), no numbers in the cells.

Every one validates its input first (`ValueError` naming the mismatch), escapes its labels and
places them by position (a repeated word keeps its own column), sends float32, and takes its
colours from a `viz.style.Style`: one diverging convention everywhere, stated on the colour bar.
"""

from __future__ import annotations

import numpy as np
import plotly.graph_objects as go

from viz.labels import escape_labels, fast_figure, top_title
from viz.style import DEFAULT_STYLE, Style

VALUE_TEXT_LIMIT = 14  # rows or columns; beyond that numbers inside cells are unreadable (hover keeps them)
MAX_TICKS = 40  # columns; beyond that (e.g. 64 dimensions) plotly picks which to label


def _matrix(z: np.ndarray, rows: list[str], cols: list[str]) -> np.ndarray:
    """`z` as float64 after checking it is a matrix with one label per row and per column."""
    z = np.asarray(z, dtype=np.float64)
    if z.ndim != 2:
        raise ValueError(f"expected a 2-D matrix, got shape {z.shape}")
    if z.shape != (len(rows), len(cols)):
        raise ValueError(f"matrix shape {z.shape} does not match {len(rows)} row labels × {len(cols)} column labels")
    return z


def _cell_text(z: np.ndarray, fmt: str) -> list[list[str]]:
    """Numbers as shown in cells: −∞ for masked scores, blank for hidden (NaN) cells."""
    # On Python floats (tolist), not numpy scalars: ~20× faster for the 2,000+ cells of a residual stream.
    inf = float("inf")
    return [
        ["" if v != v else ("−∞" if v < 0 else "∞") if v in (inf, -inf) else format(v, fmt) for v in row]
        for row in z.astype(np.float64).tolist()
    ]


def _colours(finite: np.ndarray, *, signed: bool, style: Style, zrange, value_name: str) -> dict:
    """Colour scale, range and colour bar: signed values symmetric around 0 with the diverging
    convention written on the bar, the rest from 0 on the sequential scale."""
    limit = float(np.nanmax(np.abs(finite))) if np.isfinite(finite).any() else 1.0
    if zrange is None:
        zrange = (-limit, limit) if signed else (0.0, max(limit, 1e-9))
    title = f"{value_name}<br>{style.legend}" if signed else value_name
    colours = dict(
        colorscale=style.scale(signed), zmin=zrange[0], zmax=zrange[1], colorbar=dict(title=dict(text=title), thickness=12)
    )
    if signed:
        colours["zmid"] = 0.0
    return colours


def _axes(rows: list[str], cols: list[str], *, angled: bool, x_title: str = "", y_title: str = "") -> dict:
    """Labels by position, columns on top, the first row at the top."""
    x = dict(side="top", title=dict(text=x_title))
    if len(cols) <= MAX_TICKS:
        x.update(tickmode="array", tickvals=list(range(len(cols))), ticktext=cols, tickangle=-45 if angled else 0)
    y = dict(tickmode="array", tickvals=list(range(len(rows))), ticktext=rows, title=dict(text=y_title), autorange="reversed")
    return dict(xaxis=x, yaxis=y)


def _frame(cell: tuple[int, int], colour: str) -> dict:
    row, col = cell
    return dict(type="rect", x0=col - 0.5, x1=col + 0.5, y0=row - 0.5, y1=row + 0.5, line=dict(color=colour, width=3))


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
    highlight: tuple[int, int] | None = None,
    style: Style = DEFAULT_STYLE,
) -> go.Figure:
    """Query × key heatmap: token labels on both axes, the exact weight on hover.

    Args:
        weights: `[q_pos, k_pos]` (NaN cells are drawn blank: rows not computed yet).
        query_tokens / key_tokens: row / column labels (escaped here).
        hover: translated names for (row, column, value) in the hover text and the colour bar.
        highlight: (row, column) of a cell to frame, e.g. the one "show your work" explains.
    """
    z = _matrix(weights, query_tokens, key_tokens)
    rows, cols = escape_labels(query_tokens), escape_labels(key_tokens)
    custom = np.dstack(np.meshgrid(cols, rows))  # [q_pos, k_pos, 2] = (key label, query label)
    trace = dict(
        type="heatmap",
        z=z.astype(np.float32),
        x=list(range(len(cols))),
        y=list(range(len(rows))),
        customdata=custom,
        hovertemplate=(
            f"{hover[0]}: %{{customdata[1]}}<br>{hover[1]}: %{{customdata[0]}}<br>{hover[2]}: %{{z:.4f}}<extra></extra>"
        ),
        **_colours(z, signed=False, style=style, zrange=(0.0, zmax) if zmax else None, value_name=hover[2]),
    )
    if max(z.shape) <= VALUE_TEXT_LIMIT:
        trace.update(texttemplate="%{z:.2f}", textfont={"size": 11})
    layout = dict(
        title=top_title(title),
        margin=dict(l=10, r=10, t=110 if title else 70, b=10),  # room for the title above the angled top ticks
        height=max(280, 28 * len(rows) + 170),
        **_axes(rows, cols, angled=True, x_title=x_title, y_title=y_title),
    )
    if highlight is not None and 0 <= highlight[0] < len(rows) and 0 <= highlight[1] < len(cols):
        layout["shapes"] = [_frame(highlight, style.colours.highlight)]
    return fast_figure([trace], layout)


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
    value_name: str = "value",
    style: Style = DEFAULT_STYLE,
) -> go.Figure:
    """Heatmap of `[rows, cols]` with every number written in its cell (±∞ and NaN allowed).

    `diverging` (the default) for signed values such as scores and vectors, centred on 0;
    otherwise the sequential scale from 0, for weights and other shares. Infinite cells are
    drawn blank and labelled −∞.
    """
    z = _matrix(values, row_labels, col_labels)
    finite = np.where(np.isfinite(z), z, np.nan)
    rows, cols = escape_labels(row_labels), escape_labels(col_labels)
    text = _cell_text(z, fmt)
    # Unicode arrays, not object arrays: the figure deep-copies its data, element by element for objects.
    pair = np.char.add(np.char.add(np.array(rows, dtype=str)[:, None], " · "), np.array(cols, dtype=str)[None, :])
    trace = dict(
        type="heatmap",
        z=finite.astype(np.float32),
        x=list(range(len(cols))),
        y=list(range(len(rows))),
        customdata=np.dstack([pair, np.array(text, dtype=str).reshape(pair.shape)]),
        hovertemplate=f"%{{customdata[0]}}<br>{value_name}: %{{customdata[1]}}<extra></extra>",
        **_colours(finite, signed=diverging, style=style, zrange=zrange, value_name=value_name),
    )
    if show_text:
        trace.update(text=text, texttemplate="%{text}", textfont={"size": 12})
    layout = dict(
        title=top_title(title),
        margin=dict(l=10, r=10, t=70 if title else 35, b=10),
        height=height or max(170, 34 * len(rows) + 110),
        **_axes(rows, cols, angled=False),
    )
    return fast_figure([trace], layout)


def vector_heatmap(
    vectors: np.ndarray, row_labels: list[str], *, title: str = "", value_name: str = "value", style: Style = DEFAULT_STYLE
) -> go.Figure:
    """Rows of vectors (`[rows, dims]`) on the diverging scale; hover gives row, dimension and value."""
    vectors = np.atleast_2d(np.asarray(vectors))
    dims = [str(i) for i in range(vectors.shape[-1])] if vectors.ndim == 2 else []
    return value_heatmap(
        vectors,
        row_labels,
        dims,
        title=title,
        fmt=".4f",
        show_text=False,
        height=max(140, 26 * len(row_labels) + 110),
        value_name=value_name,
        style=style,
    )


def matrix_heatmap(
    values: np.ndarray,
    *,
    title: str = "",
    row_name: str = "row",
    col_name: str = "column",
    value_name: str = "value",
    height: int = 520,
    style: Style = DEFAULT_STYLE,
) -> go.Figure:
    """A large signed matrix (a weight matrix such as W_O, `[rows, cols]`) on the diverging scale,
    axes by index and the exact value on hover: no per-cell labels, so 384 × 384 stays light."""
    values = np.asarray(values, dtype=np.float32)
    if values.ndim != 2:
        raise ValueError(f"expected a 2-D matrix, got shape {values.shape}")
    trace = dict(
        type="heatmap",
        z=values,
        hovertemplate=f"{row_name} %{{y}} · {col_name} %{{x}}<br>{value_name}: %{{z:.4f}}<extra></extra>",
        **_colours(values.astype(np.float64), signed=True, style=style, zrange=None, value_name=value_name),
    )
    layout = dict(
        title=top_title(title),
        margin=dict(l=10, r=10, t=70 if title else 35, b=10),
        height=height,
        xaxis=dict(title=dict(text=col_name)),
        yaxis=dict(title=dict(text=row_name), autorange="reversed"),
    )
    return fast_figure([trace], layout)
