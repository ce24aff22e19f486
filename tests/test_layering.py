"""Imports point one way: app.py → pages/ → ui/ → (models/, viz/, classroom/), and downward inside models/.

models/ and viz/ never import streamlit; viz/ never imports torch; pages hold no tensor maths.
classroom/ (class mode's shared store) is pure Python: the standard library, redis-py and segno.
Inside models/, a subpackage imports only those below it in `MODELS_ORDER`; `tasks/` and
`checkpoint.py` sit at the bottom, usable by all, and the package root (`load`, `available`)
sits on top.
"""

import ast
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Bottom to top. A module may import its own subpackage and any one listed before it.
MODELS_ORDER = ["tasks", "checkpoint", "nn", "inference", "training", "lessons", "runs"]


def _modules(path: Path) -> set[str]:
    """Dotted names of every module `path` imports (relative imports are not used here)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            assert node.level == 0, f"{path}: relative import"
            names.add(node.module)
            names |= {f"{node.module}.{a.name}" for a in node.names}
    return names


def _imports(path: Path) -> set[str]:
    return {name.split(".")[0] for name in _modules(path)}


def _package(name: str) -> list[Path]:
    return sorted((ROOT / name).rglob("*.py"))


def test_app_imports_only_streamlit_and_ui():
    assert _imports(ROOT / "app.py") <= {"streamlit", "ui"}


def test_pages_import_only_ui_and_hold_no_tensor_math_or_raw_plotly():
    pages = _package("pages")
    registered = re.findall(r'^\s+\("(\w+)", "page_\w+"', (ROOT / "app.py").read_text(), flags=re.M)
    assert sorted(p.stem for p in pages) == sorted(registered) and len(pages) >= 9  # each file is a page in app.py
    for path in pages:
        assert _imports(path) <= {"streamlit", "ui"}, path
        assert len(path.read_text().splitlines()) <= 120, f"{path} is longer than a page should be"


def test_ui_never_imports_pages():
    for path in _package("ui"):
        assert "pages" not in _imports(path) and "app" not in _imports(path), path


def test_models_do_not_import_streamlit_or_plotly():
    for path in _package("models"):
        assert not _imports(path) & {"streamlit", "plotly", "ui", "viz", "pages"}, path


def test_classroom_is_pure_python_with_its_two_clients():
    for path in _package("classroom"):
        outside = _imports(path) - set(sys.stdlib_module_names) - {"__future__"}
        assert outside <= {"classroom", "redis", "segno"}, f"{path}: {outside}"


def test_only_ui_uses_the_classroom():
    for package in ("models", "viz", "pages"):
        for path in _package(package):
            assert "classroom" not in _imports(path), path


def test_viz_does_not_import_streamlit_or_torch():
    for path in _package("viz"):
        assert not _imports(path) & {"streamlit", "torch", "ui", "models", "pages"}, path


def _models_part(dotted: str) -> str | None:
    """`models.nn.seq2seq` → "nn"; the package root itself → "" ; not a models module → None."""
    parts = dotted.split(".")
    if parts[0] != "models":
        return None
    return parts[1] if len(parts) > 1 and parts[1] in MODELS_ORDER else ""


def test_models_subpackages_import_downward_only():
    for part in MODELS_ORDER:
        target = ROOT / "models" / part
        paths = sorted(target.rglob("*.py")) if target.is_dir() else [target.with_suffix(".py")]
        allowed = set(MODELS_ORDER[: MODELS_ORDER.index(part) + 1])
        for path in paths:
            for module in _modules(path):
                used = _models_part(module)
                assert used is None or used in allowed, f"{path.relative_to(ROOT)} imports {module} (above {part}/)"


def test_every_models_module_sits_in_a_subpackage():
    loose = {p.name for p in (ROOT / "models").glob("*.py")}
    assert loose == {"__init__.py", "checkpoint.py", "train.py"}  # train.py: `python -m models.train`


def test_files_stay_small():
    for package in ("models", "viz", "ui", "classroom"):
        for path in _package(package):
            assert len(path.read_text().splitlines()) <= 300, path


def test_every_page_has_its_view_module():
    pages = {p.stem for p in _package("pages")}
    views = {p.stem for p in (ROOT / "ui" / "views").glob("*.py")} - {"__init__"}
    assert views == pages, views ^ pages
