"""The shown matrix as CSV for worksheets and spreadsheets."""

from __future__ import annotations

import csv
import io

import numpy as np


def _cell(text: str) -> str:
    """Stop a spreadsheet from running a typed token as a formula (CSV injection)."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def matrix_csv(matrix: np.ndarray, row_labels: list[str], col_labels: list[str], corner: str = "") -> str:
    """CSV with the column labels as header and each row led by its label."""
    matrix = np.asarray(matrix)
    if matrix.shape != (len(row_labels), len(col_labels)):
        raise ValueError(f"matrix shape {matrix.shape} does not match {len(row_labels)} × {len(col_labels)} labels")
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([_cell(corner)] + [_cell(c) for c in col_labels])
    for label, row in zip(row_labels, matrix):
        writer.writerow([_cell(label)] + [f"{v:.6f}" for v in row])
    return out.getvalue()
