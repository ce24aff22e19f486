"""Colour, in one place: a sequential scale for weights, one diverging convention for signed
values, and the palettes a user can pick (all colour-blind safe).

- Weights (attention, probabilities, shares: 0 … 1) use the palette's *sequential* scale.
- Signed values (scores, vectors, differences, similarities) use its *diverging* scale, centred
  on 0 and symmetric: **negative in the first colour, 0 white, positive in the second**, in every
  figure; the colour bar of a diverging map states it ("− blue · 0 white · + red").

Scales are explicit lists. Figures skip plotly.py's validation (`fast_figure`), which is also what
turns a name like "Blues" into plotly.py's colours; plotly.js has its own, reversed "Blues" and
"RdBu", so a name would draw the opposite of what was meant.
"""

from __future__ import annotations

from dataclasses import dataclass

from plotly.colors import diverging, make_colorscale, sequential

Scale = list[list]  # [[0.0, colour], …, [1.0, colour]]


@dataclass(frozen=True)
class Palette:
    sequential: Scale  # 0 → first colour, 1 → last
    diverging: Scale  # most negative → white → most positive
    negative: str  # colour name (an id) of the negative end, for the legend
    positive: str
    categorical: tuple[str, ...]  # one colour per head or series
    highlight: str  # the one bar or frame to look at


_TABLEAU = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf")
# Okabe & Ito (2008): distinguishable with every common colour-vision deficiency.
_OKABE_ITO = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")

PALETTES = {
    # ColorBrewer Blues and RdBu (both colour-blind safe), the app's original look.
    "blue-red": Palette(
        make_colorscale(sequential.Blues),
        make_colorscale(diverging.RdBu[::-1]),
        "blue",
        "red",
        _TABLEAU + ("#393b79", "#637939"),
        "#d62728",
    ),
    # Viridis (perceptually uniform, readable in greyscale) and ColorBrewer PuOr.
    "viridis": Palette(
        make_colorscale(sequential.Viridis),
        make_colorscale(diverging.PuOr[::-1]),
        "purple",
        "orange",
        _OKABE_ITO,
        "#D55E00",
    ),
    # Cividis (made for colour-vision deficiencies) and ColorBrewer BrBG.
    "cividis": Palette(
        make_colorscale(sequential.Cividis),
        make_colorscale(diverging.BrBG),
        "brown",
        "teal",
        _OKABE_ITO,
        "#D55E00",
    ),
}
PALETTE_IDS = tuple(PALETTES)
DEFAULT_PALETTE = "blue-red"


@dataclass(frozen=True)
class Style:
    """What a figure factory needs to colour a figure: the palette id and the diverging legend.

    `signs` is the legend of a diverging map in the reader's language ("− blue · 0 white ·
    + red"); the caller translates it, figure factories never do.
    """

    palette: str = DEFAULT_PALETTE
    signs: str = ""

    @property
    def colours(self) -> Palette:
        if self.palette not in PALETTES:
            raise ValueError(f"unknown palette {self.palette!r}; expected one of {PALETTE_IDS}")
        return PALETTES[self.palette]

    @property
    def legend(self) -> str:
        """The diverging convention in words (English colour names when no translation was given)."""
        return self.signs or f"− {self.colours.negative} · 0 white · + {self.colours.positive}"

    def scale(self, signed: bool) -> Scale:
        """The diverging scale for signed values, the sequential one otherwise."""
        return self.colours.diverging if signed else self.colours.sequential


DEFAULT_STYLE = Style()
