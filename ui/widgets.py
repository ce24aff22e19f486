"""What several pages share: the task, score-function, beam and sentence parameters, the sentence
box with its examples, and the notes on what happened to the typed input."""

from __future__ import annotations

from dataclasses import dataclass, replace

import streamlit as st

import models
from models.inference.beam import MAX_BEAM
from models.nn.seq2seq import ATTENTION_KINDS
from models.tasks import TASK_NAMES, get_task
from models.tasks.everyday.korean_dropped import understood_subjects
from ui.i18n import current_language, t
from ui.loaders import MAX_CHARS, get_model, run_model, transformer_name, try_load
from ui.params import Choice, Int, Text
from ui.text import escape_markdown, token_line
from ui.vocabulary import did_you_mean, known_words_list

ENGLISH_EXAMPLES = [
    "I am a student",  # the seeds' example, first: the default sentence
    "I love you",
    "The weather is nice today",
    "She is reading a book in the library",
    "Where do you live?",
    "We went to the park yesterday",
    "I don't like milk",
    "My brother has two cats",
]
KOREAN_EXAMPLES = ["나는 학생이다", "나는 너를 사랑한다", "오늘은 날씨가 좋다", "우리는 어제 공원에 갔다", "너는 어디에 사니?"]
EXAMPLES = {
    "dates": ["sunday, 22 nov 2026", "22 november 2026", "november 22, 2026", "22/11/2026", "2026.11.22", "nov 22 2026"],
    "en-fr": ENGLISH_EXAMPLES,
    "en-ko": ENGLISH_EXAMPLES,
    "ko-en": KOREAN_EXAMPLES,
}


def examples(task: str) -> list[str]:
    """The example sentences of a task; a direction without its own list gets its source language's."""
    return EXAMPLES.get(task) or (KOREAN_EXAMPLES if task.startswith("ko-") else ENGLISH_EXAMPLES)


def _reset_text() -> None:
    """A new task gets that task's first example: a date typed into a French model helps no one."""
    st.session_state["text"] = examples(st.session_state["task"])[0]


@dataclass(frozen=True)
class TaskChoice(Choice):
    """The direction picker: on the Korean interface, Korean → English (when shipped) comes first.

    Only the order shown changes; the default stays the same in both languages, so a link opens
    the same view in either.
    """

    def widget(self, where, **bounds):
        return Choice.widget(replace(self, options=in_offered_order(self.options, current_language())), where, **bounds)


def in_offered_order(tasks, lang: str) -> tuple[str, ...]:
    """The tasks in the order the picker shows them: Korean → English first for a Korean reader."""
    tasks = tuple(tasks)
    return ("ko-en", *(x for x in tasks if x != "ko-en")) if lang == "ko" and "ko-en" in tasks else tasks


# The view parameters several pages share.
TASK = TaskChoice("task", "task", options=TASK_NAMES, initial="en-fr", fmt="task_", on_change=_reset_text, persist="session")
SCORE = Choice("score", "score_left", options=ATTENTION_KINDS, initial="additive", fmt="attention_", persist="session")
COMPARE = Choice("compare", "score_right", options=ATTENTION_KINDS, initial="dot", fmt="attention_", persist="session")
BEAM = Int("beam", "beam", low=1, high=MAX_BEAM, kind="number", help="beam_help", persist="session")
TEXT = Text(
    "text",
    "sentence",
    limit=MAX_CHARS,
    initial=lambda task=TASK.initial, **_: examples(task)[0],  # the task's first example
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


def sentence_box(task: str, model: str | None = None) -> str:
    """The text box (redraws while typing, after a short pause), example buttons and, for a
    word-level `model`, the list of words it knows."""
    text = TEXT.show(task=task)
    st.pills(t("examples"), examples(task), key="example", on_change=_use_example, label_visibility="collapsed")
    if model is not None:
        try:
            known_words_list(get_model(model))
        except models.CheckpointError:
            pass  # the page says why when it loads the model
    return text


def input_notes(result, task: str) -> list[tuple[str, str]]:
    """(kind, message) pairs: the input was cut, has tokens the model never saw, or (Korean) never
    says who the English *I* or *you* is."""
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
    if task == "ko-en" and (who := understood_subjects(result.src_tokens, result.tgt_tokens)):
        notes.append(("info", t("note_understood", who=", ".join(who))))
    return notes


def show_source(result, task: str, runner=None) -> None:
    """What the encoder read, unknown tokens in red, plus notes on cut or unknown input and, given
    the runner, "did you mean" buttons under the unknown words of the sentence box."""
    st.markdown(t("encoder_read") + " " + token_line(result.src_tokens, set(result.unknown)))
    for kind, message in input_notes(result, task):
        (st.warning if kind == "warning" else st.info)(message, icon="⚠️" if kind == "warning" else "ℹ️")
    if runner is not None and result.unknown:
        did_you_mean(TEXT.current(task=task)[:MAX_CHARS], runner, TEXT.key)


def transformer_on_sentence():
    """Task picker and sentence box, then the task's Transformer run on the sentence.

    Returns (runner, result), or None after telling the student why there is nothing to show
    (no sentence yet, or the model cannot be loaded).
    """
    task = TASK.show()
    text = sentence_box(task, transformer_name(task))
    runner = try_load(transformer_name(task))
    if not text.strip():
        st.info(t("empty_input"))
        return None
    if runner is None:
        return None
    result = run_model(transformer_name(task), text)
    show_source(result, task, runner)
    return runner, result
