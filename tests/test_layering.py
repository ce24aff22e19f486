"""Imports point one way: models/ and viz/ never import streamlit; viz/ never imports torch."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def _package(name: str) -> list[Path]:
    return sorted((ROOT / name).rglob("*.py"))


def test_models_do_not_import_streamlit_or_plotly():
    for path in _package("models"):
        assert not _imports(path) & {"streamlit", "plotly", "ui", "viz"}, path


def test_viz_does_not_import_streamlit_or_torch():
    for path in _package("viz"):
        assert not _imports(path) & {"streamlit", "torch", "ui", "models"}, path


def test_pages_hold_no_tensor_math_or_raw_plotly():
    for path in _package("app_pages"):
        assert not _imports(path) & {"torch", "plotly", "numpy"}, path
        assert len(path.read_text().splitlines()) <= 120, f"{path} is longer than a page should be"


def test_files_stay_small():
    for package in ("models", "viz", "ui"):
        for path in _package(package):
            assert len(path.read_text().splitlines()) <= 300, path
