"""A beam search drawn as a tree: one column per decoding step, one node per candidate the search
scored (its token, its cumulative log-probability on hover), pruned candidates greyed, the best
hypothesis's path drawn thick and greedy decoding's path dashed."""

from __future__ import annotations

import html
from dataclasses import asdict, dataclass

import numpy as np
import plotly.graph_objects as go

from viz.labels import escape_labels, fast_figure, top_title
from viz.style import DEFAULT_STYLE, Style

STATUSES = ("kept", "finished", "pruned")
_GREY = "#b0b0b0"


@dataclass(frozen=True)
class TreeNames:
    """The figure's words, translated by the caller (English defaults)."""

    kept: str = "kept"
    finished: str = "finished (</s>)"
    pruned: str = "pruned"
    best: str = "beam's choice"
    greedy: str = "greedy"
    step: str = "step"
    score: str = "cumulative log p"
    logp: str = "log p of the token"
    start: str = "<s>"


def _check(tokens, parents, scores, logps, statuses, best, greedy) -> None:
    """ValueError naming the first mismatch between the per-step lists."""
    n = len(tokens)
    for name, values in (("parents", parents), ("scores", scores), ("logps", logps), ("statuses", statuses)):
        if len(values) != n:
            raise ValueError(f"{name} has {len(values)} steps, tokens has {n}")
    for t in range(n):
        rows = len(tokens[t])
        if not all(len(x[t]) == rows for x in (parents, scores, logps, statuses)):
            raise ValueError(f"step {t}: {rows} tokens but parents/scores/logps/statuses of other lengths")
        above = len(tokens[t - 1]) if t else 1
        if any(not (-1 if t == 0 else 0) <= p < (0 if t == 0 else above) for p in parents[t]):
            raise ValueError(f"step {t}: a parent row outside 0..{above - 1}")
        if set(statuses[t]) - set(STATUSES):
            raise ValueError(f"step {t}: unknown status {set(statuses[t]) - set(STATUSES)}; expected {STATUSES}")
    for name, path in (("best", best), ("greedy", greedy)):
        if len(path) > n or any(not 0 <= r < len(tokens[t]) for t, r in enumerate(path)):
            raise ValueError(f"{name} path {list(path)} does not fit the steps")


def _positions(parents: list[list[int]]) -> list[np.ndarray]:
    """y of every node: a step's rows ordered by their parent's height (so edges do not cross),
    centred on the start node's 0."""
    ys: list[np.ndarray] = []
    for t, rows in enumerate(parents):
        above = [ys[t - 1][p] if t else 0.0 for p in rows]
        order = sorted(range(len(rows)), key=lambda r: (above[r], r))
        y = np.empty(len(rows))
        y[order] = np.arange(len(rows)) - (len(rows) - 1) / 2
        ys.append(y)
    return ys


def _edges(ys: list[np.ndarray], parents: list[list[int]], keep) -> tuple[list, list]:
    """Line segments parent → child for the children `keep(t, row)` accepts, None-separated."""
    x, y = [], []
    for t, rows in enumerate(parents):
        for row, parent in enumerate(rows):
            if keep(t, row):
                x += [t, t + 1, None]
                y += [0.0 if t == 0 else float(ys[t - 1][parent]), float(ys[t][row]), None]
    return x, y


def _path_segments(ys: list[np.ndarray], path: list[int]) -> tuple[list, list]:
    """The polyline from the start node along `path` (one row per step)."""
    return list(range(len(path) + 1)), [0.0] + [float(ys[t][r]) for t, r in enumerate(path)]


def beam_tree(
    tokens: list[list[str]],
    parents: list[list[int]],
    scores: list[list[float]],
    logps: list[list[float]],
    statuses: list[list[str]],
    *,
    best: list[int] = (),
    greedy: list[int] = (),
    title: str = "",
    names: TreeNames = TreeNames(),
    style: Style = DEFAULT_STYLE,
) -> go.Figure:
    """The search tree.

    Args:
        tokens / parents / scores / logps / statuses: per step, one entry per candidate (row);
            a parent is a row of the previous step (-1 at the first step: the start, <s>).
        best / greedy: per step, the row on the beam's chosen path / on greedy's path (greedy's
            may stop early: where the beam pruned it).
    """
    _check(tokens, parents, scores, logps, statuses, best, greedy)
    names = TreeNames(**{k: html.escape(v, quote=False) for k, v in asdict(names).items()})  # plotly renders tags
    colours = style.colours
    ys = _positions(parents)
    status = {(t, r): s for t, step in enumerate(statuses) for r, s in enumerate(step)}
    traces = []
    for fate, colour, width in (("pruned", _GREY, 1), ("alive", colours.categorical[0], 1.5)):
        x, y = _edges(ys, parents, lambda t, r, fate=fate: (status[(t, r)] == "pruned") == (fate == "pruned"))
        traces.append(
            dict(type="scatter", x=x, y=y, mode="lines", line=dict(color=colour, width=width), hoverinfo="skip", showlegend=False)
        )
    for path, name, line in (
        (best, names.best, dict(color=colours.highlight, width=5)),
        (greedy, names.greedy, dict(color="#222222", width=2, dash="dash")),
    ):
        x, y = _path_segments(ys, list(path))
        traces.append(dict(type="scatter", x=x, y=y, mode="lines", name=name, line=line, hoverinfo="skip"))
    for fate, name, colour, symbol in (
        ("pruned", names.pruned, _GREY, "circle"),
        ("kept", names.kept, colours.categorical[0], "circle"),
        ("finished", names.finished, colours.categorical[2], "square"),
    ):
        cells = [(t, r) for (t, r), s in status.items() if s == fate]
        labels = escape_labels([tokens[t][r] for t, r in cells])
        traces.append(
            dict(
                type="scatter",
                x=[t + 1 for t, _ in cells],
                y=[float(ys[t][r]) for t, r in cells],
                mode="markers+text",
                name=name,
                text=labels,
                textposition="middle right",
                textfont=dict(size=11, color="#999999" if fate == "pruned" else "#222222"),
                marker=dict(color=colour, size=9, symbol=symbol),
                customdata=[[label, scores[t][r], logps[t][r], t + 1] for label, (t, r) in zip(labels, cells)],
                hovertemplate=(
                    f"%{{customdata[0]}} ({name})<br>{names.step} %{{customdata[3]}}"
                    f"<br>{names.logp}: %{{customdata[2]:.3f}}<br>{names.score}: %{{customdata[1]:.3f}}<extra></extra>"
                ),
            )
        )
    traces.append(
        dict(
            type="scatter",
            x=[0],
            y=[0.0],
            mode="markers+text",
            text=[names.start],
            textposition="middle left",
            marker=dict(color="#222222", size=10),
            hoverinfo="skip",
            showlegend=False,
        )
    )
    tallest = max((len(step) for step in tokens), default=1)
    layout = dict(
        title=top_title(title),
        margin=dict(l=10, r=10, t=90 if title else 60, b=10),  # the legend sits above the plot
        height=max(320, 26 * tallest + 170),
        xaxis=dict(
            title=dict(text=names.step),
            tickmode="array",
            tickvals=list(range(len(tokens) + 1)),
            ticktext=[""] + [str(t + 1) for t in range(len(tokens))],  # column 0 is the start, <s>
            range=[-0.6, len(tokens) + 0.9],
        ),
        yaxis=dict(visible=False, autorange="reversed"),
        legend=dict(orientation="h", x=0, y=1.0, yanchor="bottom"),
        hovermode="closest",
    )
    return fast_figure(traces, layout)
