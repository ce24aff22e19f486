"""Plain-language notes about what happened to the typed input."""

from __future__ import annotations

from models.tasks import get_task
from ui.i18n import t
from ui.text import escape_markdown


def input_notes(result, task: str) -> list[tuple[str, str]]:
    """(kind, message) pairs: the input was cut, or has tokens the model never saw."""
    notes = []
    limit = get_task(task).max_source_tokens
    if result.truncated:
        notes.append(("warning", t("note_truncated", limit=limit, unit=t(f"unit_{get_task(task).unit}"))))
    if result.unknown:
        words = ", ".join(escape_markdown(result.src_tokens[i]) for i in result.unknown[:10])
        more = len(result.unknown) - 10
        notes.append(
            ("warning", t("note_unknown", n=len(result.unknown), words=words) + (t("note_more", n=more) if more > 0 else ""))
        )
    return notes
