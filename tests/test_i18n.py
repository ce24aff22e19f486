"""The English and Korean catalogs are complete and agree on placeholders."""

import json
import re
import string
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _catalog(lang):
    return json.loads((ROOT / "locales" / f"{lang}.json").read_text(encoding="utf-8"))


def _fields(text):
    return {f for _, f, _, _ in string.Formatter().parse(text) if f}


def test_catalogs_have_the_same_keys_and_placeholders():
    en, ko = _catalog("en"), _catalog("ko")
    assert set(en) == set(ko)
    for key in en:
        assert en[key].strip() and ko[key].strip(), key
        assert _fields(en[key]) == _fields(ko[key]), key


def test_every_key_used_in_the_code_exists():
    en = _catalog("en")
    used = set()
    for path in list((ROOT / "ui").rglob("*.py")) + list((ROOT / "pages").glob("*.py")) + [ROOT / "app.py"]:
        used |= set(re.findall(r'\bt\("([a-z_]+)"', path.read_text(encoding="utf-8")))
    prefixes = {
        "task_": ["dates", "en-fr", "en-ko", "ko-en"],
        "attention_": ["additive", "dot", "general", "none"],
        "unit_": ["char", "word"],
    }
    used |= {p + v for p, values in prefixes.items() for v in values}
    assert used <= set(en), used - set(en)


def test_every_view_parameter_is_labelled_in_both_languages():
    """Parameter labels, help texts and option names are translation keys given as data, which the
    scan above cannot see: check them on the declared parameters themselves."""
    import importlib

    from ui.params import Choice, Param, Tabs, Text

    en, ko = _catalog("en"), _catalog("ko")
    modules = (
        ["ui.widgets", "ui.trained_run"]
        + [f"ui.lessons.{p.stem}" for p in (ROOT / "ui" / "lessons").glob("[a-z]*.py")]
        + [f"ui.views.{p.stem}" for p in (ROOT / "ui" / "views").glob("[a-z]*.py")]
    )
    params = [v for m in modules for v in vars(importlib.import_module(m)).values() if isinstance(v, Param)]
    assert len(params) > 40
    keys = set()
    for p in params:
        keys |= {k for k in (p.label, p.help) if isinstance(k, str) and k}
        if isinstance(p, Choice) and isinstance(p.fmt, str):
            keys |= {p.fmt + str(option) for option in p.options}
        if isinstance(p, Tabs):
            keys |= set(p.labels)
        if isinstance(p, Text) and p.placeholder:
            keys.add(p.placeholder)
    assert keys <= set(en) and keys <= set(ko), keys - (set(en) & set(ko))
