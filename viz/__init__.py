"""Figure factories: numpy arrays and token lists in, plotly figures out. No streamlit, no torch."""

from viz.bars import bar_chart
from viz.export import matrix_csv
from viz.heatmap import attention_heatmap, vector_heatmap
from viz.labels import escape_labels

__all__ = ["attention_heatmap", "vector_heatmap", "bar_chart", "matrix_csv", "escape_labels"]
