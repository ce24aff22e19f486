""" "Ask the class": on each of the six lesson pages, questions made from the view on screen.

Only a teacher's session computes anything here (everyone else returns at once). The
questions and their right answers come from `models.lessons.quiz`, on the very result the page
shows; the teacher picks one in the sidebar and asks. The knock-out question of the Transformer
page costs one more translation, memoised like the page's own runs.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import streamlit as st

from models.lessons import quiz
from models.lessons.knockout import translation_knockout
from models.lessons.qkv import attention_steps
from ui.classroom.live import prompt_text
from ui.classroom.presenter import presenting
from ui.classroom.session import attempt, room, teacher
from ui.i18n import in_this_language, t
from ui.loaders import get_model


def _ask(page: str, make: Callable[[], list[quiz.Quiz]]) -> None:
    """The teacher's "Ask the class" box in the sidebar, for the questions `make()` returns."""
    me = teacher()
    if me is None:
        return
    where = st.container if presenting() else st.sidebar.container  # presenter mode hides the sidebar
    with where(border=True, key="class_ask_box"):
        st.markdown(f"**{t('class_ask_title')}**")
        quizzes = {q.kind: q for q in make()}
        if not quizzes:
            st.caption(t("class_ask_none"))
            return
        kind = st.selectbox(
            t("class_ask_kind"),
            list(quizzes),
            format_func=in_this_language(lambda k: prompt_text(quizzes[k]).replace("\\", "")),
            key=f"class_ask_{page}",
        )
        if st.button(t("class_ask"), key="class_ask", type="primary", icon=":material/help:", use_container_width=True):
            q = quizzes[kind]
            number = attempt(lambda: room().ask(me.code, me.token, page, q.prompt, list(q.choices), q.answer, q.params))
            if number:
                st.rerun()  # the live box above the page was drawn before the question existed


def ask_alignment(result) -> None:
    _ask("alignment", lambda: quiz.alignment_quizzes(result))


def ask_steps(result, step: int) -> None:
    """`step` is the page's 1-based output position."""
    _ask("steps", lambda: quiz.steps_quizzes(result, step - 1))


def ask_qkv(q: np.ndarray, k: np.ndarray, v: np.ndarray, mask, labels: list[str], **options) -> None:
    """The Q·K·V lab's own steps again (a few tiny matrices), asked about the last query."""
    _ask("qkv_lab", lambda: quiz.qkv_quizzes(attention_steps(q, k, v, mask, **options).weights, labels, len(labels) - 1))


@st.cache_data(max_entries=64, show_spinner=False)
def _knockout_changes(name: str, text: str, _normal, kind: str, layer: int, head: int) -> bool:
    """Whether the greedy translation changes with this one head removed."""
    runner = get_model(name)
    return translation_knockout(runner, text, _normal, [(kind, layer, head)]).result.tgt_tokens != _normal.tgt_tokens


def ask_transformer(name: str, text: str, result, kind: str, layer: int, head: int, step: int) -> None:
    """0-based layer and head; `step` is the page's decoding step (1-based): the query row asked about."""

    def make() -> list[quiz.Quiz]:
        changed = _knockout_changes(name, text, result, kind, layer, head)
        return quiz.transformer_quizzes(result, kind, layer, head, step - 1, changed)

    _ask("transformer", make)


def ask_bert(result, layer: int, head: int) -> None:
    _ask("bert", lambda: quiz.bert_quizzes(result, layer, head))


def ask_positions(d_model: int, length: int, pos: int, pair: int) -> None:
    _ask("positions", lambda: quiz.positions_quizzes(d_model, length, pos, pair))
