"""Models speak for themselves: only the networks (models/nn/) spell trace names.

Everything else reads a run through its accessors (`r.site(kind, layer)`, `r.step(t)`,
`r.add_norms()`, `r.embeddings()`, `model.cross_attention(store)`…). The tests that pin the
names (test_models_contract, test_transformer, test_bert) are the other place they appear.
"""

import ast
from pathlib import Path

import pytest

import models

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def trace_names() -> set[str]:
    names = set()
    names |= set(models.load("seq2seq-additive-en-fr").run("the cat sleeps").trace)
    names |= set(models.load("transformer-en-fr").run("the cat sleeps").trace)
    names |= set(models.load("minilm").run("the cat sleeps", "it is tired").trace)
    return names


def _code_strings(path: Path) -> list[str]:
    """Every string constant in a file's code (f-string pieces included), docstrings left out."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            if node.body and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant):
                docstrings.add(id(node.body[0].value))
    return [
        n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in docstrings
    ]


def _outside_the_networks() -> list[Path]:
    paths = [ROOT / "app.py"]
    for folder in ("pages", "ui", "viz", "bench", "models"):
        paths += sorted((ROOT / folder).rglob("*.py"))
    return [p for p in paths if not {"nn", "tasks"} & set(p.relative_to(ROOT).parts[:2])]


def test_the_scan_finds_what_it_looks_for(trace_names):
    assert "decoder.attention.weights" in trace_names and "decoder.0.cross_attn.q" in trace_names
    assert "encoder.layer.5.attention.self.weights" in trace_names
    assert any("decoder.attention" in s for s in _code_strings(ROOT / "models" / "nn" / "seq2seq.py"))
    assert len(_outside_the_networks()) > 40


def test_no_trace_name_is_spelt_outside_the_networks(trace_names):
    def spells_a_name(text: str) -> bool:
        if text in trace_names:
            return True
        # a piece of a dotted name, as in f"{site}.weights" or f"encoder.{i}.self_attn"
        return "." in text and len(text) >= 4 and any(text in name for name in trace_names)

    found = {
        f"{path.relative_to(ROOT)}: {text!r}"
        for path in _outside_the_networks()
        for text in _code_strings(path)
        if spells_a_name(text)
    }
    assert not found, sorted(found)
