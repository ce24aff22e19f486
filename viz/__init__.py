"""Figure factories: numpy arrays and token lists in, plotly figures out. No streamlit, no torch.

One heatmap core (`heatmap.py`) and one style module (`style.py`: the palettes, a sequential scale
for weights, one diverging convention for signed values); every factory takes a `Style`.
"""

from viz.bars import bar_chart
from viz.beam_tree import beam_tree
from viz.export import matrix_csv
from viz.grid import heads_grid
from viz.head_view import head_view
from viz.heatmap import attention_heatmap, matrix_heatmap, value_heatmap, vector_heatmap
from viz.labels import escape_labels
from viz.lines import line_chart
from viz.replay import attention_replay
from viz.style import DEFAULT_PALETTE, PALETTE_IDS, PALETTES, Style
from viz.token_series import token_series

__all__ = [
    "attention_heatmap",
    "vector_heatmap",
    "matrix_heatmap",
    "value_heatmap",
    "heads_grid",
    "attention_replay",
    "head_view",
    "line_chart",
    "bar_chart",
    "beam_tree",
    "token_series",
    "matrix_csv",
    "escape_labels",
    "Style",
    "PALETTES",
    "PALETTE_IDS",
    "DEFAULT_PALETTE",
]
