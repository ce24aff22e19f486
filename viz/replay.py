"""An attention heatmap that replays its training snapshots (plotly frames, a play button and a slider)."""

from __future__ import annotations

import numpy as np
import plotly.graph_objects as go

from viz.labels import escape_labels, fast_figure
from viz.style import DEFAULT_STYLE, Style


def attention_replay(
    snapshots: list[np.ndarray],
    steps: list[int],
    rows: list[str],
    cols: list[str],
    *,
    step_name: str = "step",
    play: str = "▶",
    pause: str = "❚❚",
    style: Style = DEFAULT_STYLE,
) -> go.Figure:
    """One frame per snapshot `[q_pos, k_pos]`; starts on the last one."""
    if not snapshots or len(snapshots) != len(steps):
        raise ValueError(f"{len(snapshots)} snapshots for {len(steps)} steps")
    for s in snapshots:
        if np.asarray(s).shape != (len(rows), len(cols)):
            raise ValueError(f"snapshot shape {np.asarray(s).shape} does not match {len(rows)} × {len(cols)} labels")
    r, c = escape_labels(rows), escape_labels(cols)

    def heat(z):
        return dict(
            type="heatmap",
            z=np.asarray(z, dtype=np.float32),
            colorscale=style.scale(signed=False),
            zmin=0,
            zmax=1,
            x=list(range(len(c))),
            y=list(range(len(r))),
            hovertemplate="%{z:.3f}<extra></extra>",
        )

    frames = [go.Frame(data=[heat(z)], name=str(s)) for z, s in zip(snapshots, steps)]
    fig = fast_figure(data=[heat(snapshots[-1])], frames=frames)
    slider = dict(
        active=len(frames) - 1,
        currentvalue=dict(prefix=f"{step_name} "),
        pad=dict(t=40),
        steps=[
            dict(label=str(s), method="animate", args=[[str(s)], dict(mode="immediate", frame=dict(duration=0, redraw=True))])
            for s in steps
        ],
    )
    fig.update_layout(
        height=max(300, 26 * len(r) + 190),
        margin=dict(l=10, r=10, t=60, b=10),
        sliders=[slider],
        updatemenus=[
            dict(
                type="buttons",
                showactive=False,
                x=0,
                y=1.12,
                xanchor="left",
                buttons=[
                    dict(
                        label=play, method="animate", args=[None, dict(frame=dict(duration=300, redraw=True), fromcurrent=False)]
                    ),
                    dict(label=pause, method="animate", args=[[None], dict(mode="immediate", frame=dict(duration=0))]),
                ],
            )
        ],
        xaxis=dict(tickmode="array", tickvals=list(range(len(c))), ticktext=c, side="top"),
        yaxis=dict(tickmode="array", tickvals=list(range(len(r))), ticktext=r, autorange="reversed"),
    )
    return fig
