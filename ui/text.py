"""Showing user-typed text safely in Streamlit markdown."""

from __future__ import annotations

import re

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:&/\"'=;%@^?,])")


def escape_markdown(text: str) -> str:
    """Backslash-escape every markdown/HTML-significant character, so typed text shows literally.

    Streamlit's markdown does not render raw HTML, but it would still turn `**x**`, `[a](b)`,
    `$x$` or a bare URL into formatting, maths or a live link.
    """
    text = "".join(ch for ch in text if ch.isprintable() or ch == " ")
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


def token_line(tokens: list[str], unknown: set[int]) -> str:
    """Markdown for a token list with unknown tokens highlighted in red."""
    parts = []
    for i, tok in enumerate(tokens):
        safe = escape_markdown(tok) or "␣"
        plain = "".join(ch for ch in tok if ch.isprintable()).replace(" ", "␣")
        if i in unknown:
            parts.append(f":red-background[{safe}]")
        else:  # a code span shows its text literally, so only backticks need care
            parts.append(f"`{plain}`" if plain and "`" not in plain else safe)
    return " ".join(parts)
