"""Level 3: figure contracts: type, z shape, escaped tick labels, ValueError on mismatch."""

import html
import json

import numpy as np
import plotly.graph_objects as go
import pytest

import viz

HOSTILE = ["<b>x</b>", '<a href="https://example.com">x</a>', "<span style='font-size:80px'>S</span>", "the", "the"]


def test_attention_heatmap_contract():
    z = np.random.default_rng(0).random((3, 5))
    fig = viz.attention_heatmap(z, ["a", "b", "c"], HOSTILE)
    assert isinstance(fig, go.Figure) and isinstance(fig.data[0], go.Heatmap)
    assert np.asarray(fig.data[0].z).shape == (3, 5)
    assert np.asarray(fig.data[0].z).dtype == np.float32
    assert list(fig.layout.xaxis.ticktext) == [html.escape(t) for t in HOSTILE]
    assert list(fig.layout.yaxis.ticktext) == ["a", "b", "c"]
    # Repeated words keep their own columns: positions, not labels, are the x values.
    assert list(fig.data[0].x) == [0, 1, 2, 3, 4]
    spec = fig.to_json()
    assert "<b>" not in spec and "<a href" not in spec and "&lt;b&gt;" in spec


def test_hover_carries_escaped_tokens_and_exact_value():
    fig = viz.attention_heatmap(np.eye(2), ["<i>q</i>", "q2"], ["k1", "k2"], hover=("row", "col", "w"))
    custom = np.asarray(fig.data[0].customdata)
    assert custom.shape == (2, 2, 2) and custom[0, 1, 1] == "&lt;i&gt;q&lt;/i&gt;" and custom[0, 1, 0] == "k2"
    assert "%{z:.4f}" in fig.data[0].hovertemplate


@pytest.mark.parametrize("shape,rows,cols", [((2, 3), 3, 3), ((2, 3), 2, 2), ((2, 3, 1), 2, 3)])
def test_heatmap_rejects_mismatched_labels(shape, rows, cols):
    with pytest.raises(ValueError, match="shape|matrix"):
        viz.attention_heatmap(np.zeros(shape), ["r"] * rows, ["c"] * cols)


def test_long_and_control_character_labels_are_cut_and_cleaned():
    labels = viz.escape_labels(["x" * 5000, "a\x00b\u202e", ""])
    assert len(labels[0]) <= 40 and labels[0].endswith("…")
    assert labels[1] == "ab" and labels[2] == "␣"


def test_vector_heatmap_and_bar_chart():
    fig = viz.vector_heatmap(np.arange(6.0).reshape(2, 3), ["<b>c</b>", "h"])
    assert np.asarray(fig.data[0].z).shape == (2, 3) and fig.layout.yaxis.ticktext[0] == "&lt;b&gt;c&lt;/b&gt;"
    bars = viz.bar_chart(np.array([0.1, 0.9]), ["<b>a</b>", "b"], highlight=1)
    assert isinstance(bars.data[0], go.Bar) and list(bars.layout.xaxis.ticktext) == ["&lt;b&gt;a&lt;/b&gt;", "b"]
    with pytest.raises(ValueError):
        viz.bar_chart(np.array([1.0]), ["a", "b"])
    with pytest.raises(ValueError):
        viz.vector_heatmap(np.zeros((2, 3)), ["only one"])


def test_matrix_csv_round_trip_and_formula_guard():
    csv = viz.matrix_csv(np.array([[0.25, 0.75]]), ["=cmd()"], ["a", "b"], corner="out")
    lines = csv.strip().splitlines()
    assert lines[0] == "out,a,b" and lines[1] == "'=cmd(),0.250000,0.750000"
    with pytest.raises(ValueError):
        viz.matrix_csv(np.zeros((2, 2)), ["a"], ["b", "c"])


def test_figures_serialise_small():
    fig = viz.attention_heatmap(np.random.default_rng(0).random((20, 20)), ["w"] * 20, ["w"] * 20)
    assert len(json.dumps(fig.to_plotly_json(), default=str)) < 60_000


def test_colour_scales_are_explicit_so_the_browser_draws_white_to_dark():
    """Figures skip plotly.py's validation, so a scale name would reach plotly.js, whose "Blues" is reversed."""
    figures = [
        viz.attention_heatmap(np.eye(2), ["a", "b"], ["c", "d"]),
        viz.value_heatmap(np.eye(2), ["a", "b"], ["c", "d"]),
        viz.vector_heatmap(np.eye(2), ["a", "b"]),
        viz.heads_grid(np.ones((1, 1, 2, 2)) / 2, ["a", "b"], ["c", "d"]),
        viz.attention_replay([np.eye(2)], [1], ["a", "b"], ["c", "d"]),
    ]
    for fig in figures:
        scale = json.loads(fig.to_json())["data"][0]["colorscale"]
        assert isinstance(scale, list) and scale[0][0] == 0 and scale[-1][0] == 1
    blues = json.loads(figures[0].to_json())["data"][0]["colorscale"]
    assert blues[0][1] == "rgb(247,251,255)"  # weight 0 is near-white


def _signed_figures(style):
    values = np.array([[-2.0, 0.5], [1.0, -np.inf]])
    return [
        viz.value_heatmap(values, ["a", "b"], ["c", "d"], style=style),
        viz.vector_heatmap(np.array([[-1.0, 2.0, 0.0]]), ["v"], style=style),
    ]


def _weight_figures(style):
    return [
        viz.attention_heatmap(np.eye(2), ["a", "b"], ["c", "d"], style=style),
        viz.value_heatmap(np.eye(2), ["a", "b"], ["c", "d"], diverging=False, zrange=(0.0, 1.0), style=style),
        viz.heads_grid(np.ones((1, 1, 2, 2)) / 2, ["a", "b"], ["c", "d"], style=style),
        viz.attention_replay([np.eye(2)], [1], ["a", "b"], ["c", "d"], style=style),
    ]


@pytest.mark.parametrize("palette", viz.PALETTE_IDS)
def test_one_diverging_convention_everywhere_stated_on_the_colour_bar(palette):
    """Signed values: negative in the palette's first diverging colour, 0 white, positive in its
    second, symmetric around 0, and the colour bar says so; weights: the sequential scale."""
    style = viz.Style(palette, signs="− cold · 0 white · + warm")
    colours = viz.PALETTES[palette]
    for fig in _signed_figures(style):
        trace = json.loads(fig.to_json())["data"][0]
        assert trace["colorscale"] == [list(c) for c in colours.diverging]
        assert trace["zmid"] == 0 and trace["zmin"] == -trace["zmax"]
        assert "− cold · 0 white · + warm" in trace["colorbar"]["title"]["text"]
        assert "reversescale" not in trace
    for fig in _weight_figures(style):
        trace = json.loads(fig.to_json())["data"][0]
        assert trace["colorscale"] == [list(c) for c in colours.sequential] and "reversescale" not in trace
    assert dict(colours.diverging)[0.5] in ("rgb(247,247,247)", "rgb(245,245,245)")  # 0 is (near) white


def test_the_default_palette_draws_negative_blue_and_positive_red():
    scale = viz.PALETTES[viz.DEFAULT_PALETTE].diverging
    assert scale[0][1] == "rgb(5,48,97)" and scale[-1][1] == "rgb(103,0,31)"  # dark blue … dark red
    assert "blue" in viz.Style().legend and "red" in viz.Style().legend


def test_chosen_cell_is_framed_and_unknown_palettes_refused():
    fig = viz.attention_heatmap(np.eye(3), ["a", "b", "c"], ["d", "e", "f"], highlight=(2, 1))
    shape = fig.layout.shapes[0]
    assert (shape.x0, shape.x1, shape.y0, shape.y1) == (0.5, 1.5, 1.5, 2.5)
    assert not viz.attention_heatmap(np.eye(3), ["a", "b", "c"], ["d", "e", "f"], highlight=(5, 0)).layout.shapes
    with pytest.raises(ValueError, match="palette"):
        viz.value_heatmap(np.eye(2), ["a", "b"], ["c", "d"], style=viz.Style("rainbow"))
