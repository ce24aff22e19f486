"""The polled part of class mode, above every page: the teacher's tally, a student's question.

Both poll the store once a second in a fragment (`st.fragment(run_every=…)`), so only this box
reruns, not the page. A student with an open question they have not answered sees the question
instead of the page: the page (its heatmap, its numbers) is the answer, so it comes back once
they have committed to a guess. The fragment asks for a whole-app rerun when that changes.
"""

from __future__ import annotations

import streamlit as st

from classroom.records import Prompt, Question, Tally
from ui.classroom.follow import follow_teacher, publish_view
from ui.classroom.panel import show_code
from ui.classroom.presenter import presenter_corner, presenting
from ui.classroom.session import attempt, room, student, teacher
from ui.i18n import catalog, current_language, t
from ui.text import escape_markdown

POLL_SECONDS = 1.0
REVEAL_KEY = "PageDown"  # what a presentation clicker sends for "next"; Streamlit reserves R and C
_MASKED = "class_masked"  # session key: whether the last whole-app run hid the page


def prompt_text(question: Prompt | Question) -> str:
    """The question in this session's language, its values (tokens a student typed) escaped."""
    if question.prompt not in catalog(current_language()):
        return t("class_question_unknown")
    values = {k: escape_markdown(str(v)) for k, v in question.params.items()}
    try:
        return t(question.prompt, **values)
    except (KeyError, IndexError):
        return t("class_question_unknown")


def choice_text(choice: str) -> str:
    """A choice as markdown: translated when it is a `quiz_choice_` key, else escaped."""
    if choice.startswith("quiz_choice_") and choice in catalog(current_language()):
        return t(choice)
    return escape_markdown(choice)


def class_live(page: str) -> bool:
    """Draw the class box above `page` (its url path); False when the page must stay hidden for now."""
    if teacher():
        publish_view(page)
        if presenting():
            presenter_corner(teacher().code, show_code)
        _teacher_live(page)
        return True
    if student():
        view = attempt(lambda: room().student_view(student().code, student().student))
        st.session_state[_MASKED] = _must_answer(view)
        _student_live()
        follow_teacher(page)
        return not st.session_state[_MASKED]
    return True


def _must_answer(view) -> bool:
    return bool(view and view.question and view.answer is None and view.mine is None)


def _tally_lines(question: Prompt | Question, tally: Tally | None, answer: int | None, mine: int | None) -> None:
    total = max(tally.answered, 1) if tally else 1
    for i, choice in enumerate(question.choices):
        marks = (" ✅" if i == answer else "") + (f" ← {t('class_your_guess')}" if i == mine else "")
        count = tally.counts[i] if tally else 0
        text = f"{choice_text(choice)} — {count}{marks}"
        st.progress(count / total, text=f"**{text}**" if i == answer else text)


@st.fragment(run_every=POLL_SECONDS)
def _teacher_live(page: str) -> None:
    me = teacher()
    if me is None:
        return
    publish_view(page)  # again each second: the page writes its view into the URL after this box
    view = attempt(lambda: room().teacher_view(me.code, me.token))
    if view is None:
        return
    box = st.container(border=True, key="class_teacher_box")
    with box:
        st.caption(t("class_status_teacher", code=view.code, n=view.students))
        question = view.question
        if question is None:
            st.caption(t("class_no_question"))
            return
        st.markdown(f"**{t('class_question_n', n=question.number)}** {prompt_text(question)}")
        revealed = question.revealed
        pressed = not revealed and st.button(
            t("class_reveal"),
            key="class_reveal",
            type="primary",
            icon=":material/visibility:",
            shortcut=REVEAL_KEY,  # a presentation clicker's "next" key
            help=t("class_reveal_help", key=REVEAL_KEY),
        )
        if pressed:
            revealed = bool(attempt(lambda: room().reveal(me.code, me.token, question.number) or True))
        answered = view.tally.answered if view.tally else 0
        st.caption(t("class_answered", n=answered, total=view.students))
        if revealed or not presenting():
            _tally_lines(question, view.tally, question.answer if revealed else None, None)
        else:
            st.caption(t("class_votes_hidden"))  # a projected tally would sway those who have not answered yet


@st.fragment(run_every=POLL_SECONDS)
def _student_live() -> None:
    me = student()
    if me is None:
        return
    view = attempt(lambda: room().student_view(me.code, me.student))
    if view is None:
        return
    if _must_answer(view) != st.session_state.get(_MASKED):
        st.rerun(scope="app")  # a new question hides the page; an answer brings it back
    question = view.question
    with st.container(border=True, key="class_student_box"):
        if question is None:
            st.caption(t("class_waiting", code=view.code))
            return
        st.markdown(f"**{t('class_question_n', n=question.number)}** {prompt_text(question)}")
        if view.answer is None and view.mine is None:
            st.caption(t("class_predict"))
            for i, choice in enumerate(question.choices):
                if st.button(choice_text(choice), key=f"class_choice_{question.number}_{i}", use_container_width=True):
                    if not attempt(lambda i=i: room().answer(me.code, me.student, question.number, i) or True):
                        return
                    st.session_state[_MASKED] = None
                    st.rerun(scope="app")
        elif view.answer is None:
            st.success(t("class_you_answered", choice=choice_text(question.choices[view.mine])))
            st.caption(t("class_wait_reveal"))
        else:
            right = view.mine == view.answer
            if view.mine is None:
                st.info(t("class_revealed_no_guess"))
            else:
                (st.success if right else st.warning)(t("class_right" if right else "class_wrong"))
            _tally_lines(question, view.tally, view.answer, view.mine)
