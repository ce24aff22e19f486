"""What several pages share: the task, score-function, beam and sentence parameters, the sentence
box with its examples, and the notes on what happened to the typed input."""

from __future__ import annotations

import streamlit as st

from models.inference.beam import MAX_BEAM
from models.nn.seq2seq import ATTENTION_KINDS
from models.tasks import TASK_NAMES, get_task
from ui.i18n import t
from ui.loaders import MAX_CHARS, run_model, transformer_name, try_load
from ui.params import Choice, Int, Text
from ui.text import escape_markdown, token_line

EXAMPLES = {
    "dates": ["sunday, 22 nov 2026", "22 november 2026", "november 22, 2026", "22/11/2026", "2026.11.22", "nov 22 2026"],
    "en-fr": [
        "i am a student",
        "the red car is fast",
        "the small dog does not eat the green apple",
        "she reads a long letter in the garden",
        "the cats and the dogs sleep",
    ],
    "en-ko": [
        "i eat an apple",
        "the teacher reads a book in the school",
        "we do not like the cold soup",
        "the small cat sleeps on the table",
        "he is a doctor",
    ],
}


def _reset_text() -> None:
    """A new task gets that task's first example: a date typed into a French model helps no one."""
    st.session_state["text"] = EXAMPLES[st.session_state["task"]][0]


# The view parameters several pages share.
TASK = Choice("task", "task", options=TASK_NAMES, initial="en-fr", fmt="task_", on_change=_reset_text, persist="session")
SCORE = Choice("score", "score_left", options=ATTENTION_KINDS, initial="additive", fmt="attention_", persist="session")
COMPARE = Choice("compare", "score_right", options=ATTENTION_KINDS, initial="dot", fmt="attention_", persist="session")
BEAM = Int("beam", "beam", low=1, high=MAX_BEAM, kind="number", help="beam_help", persist="session")
TEXT = Text(
    "text",
    "sentence",
    limit=MAX_CHARS,
    initial=lambda task=TASK.initial, **_: EXAMPLES[task][0],  # the task's first example
    live=True,
    help=lambda: t("sentence_help", limit=MAX_CHARS),
    placeholder="sentence_placeholder",
    persist="session",
)


def _use_example() -> None:
    """Copy a clicked example into the text box and clear the pill, so it can be clicked again."""
    if st.session_state.get("example"):
        st.session_state["text"] = st.session_state["example"]
    st.session_state["example"] = None


def sentence_box(task: str) -> str:
    """The text box (redraws while typing, after a short pause) and example buttons."""
    text = TEXT.show(task=task)
    st.pills(t("examples"), EXAMPLES[task], key="example", on_change=_use_example, label_visibility="collapsed")
    return text


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


def show_source(result, task: str) -> None:
    """What the encoder read, unknown tokens in red, plus notes on cut or unknown input."""
    st.markdown(t("encoder_read") + " " + token_line(result.src_tokens, set(result.unknown)))
    for kind, message in input_notes(result, task):
        (st.warning if kind == "warning" else st.info)(message, icon="⚠️" if kind == "warning" else "ℹ️")


def transformer_on_sentence():
    """Task picker and sentence box, then the task's Transformer run on the sentence.

    Returns (runner, result), or None after telling the student why there is nothing to show
    (no sentence yet, or the model cannot be loaded).
    """
    task = TASK.show()
    text = sentence_box(task)
    runner = try_load(transformer_name(task))
    if not text.strip():
        st.info(t("empty_input"))
        return None
    if runner is None:
        return None
    result = run_model(transformer_name(task), text)
    show_source(result, task)
    return runner, result
