"""The class box in the sidebar: start or join a class, its code and QR code, presenter mode.

A student joins with the 4-character code (typed, or from the QR link `?class=K7Q2`, which
fills it in) and an optional nickname. The teacher's box shows the code large, the QR code as
an image (segno's SVG: only modules, no text), the join link (the code only), and End class.
"""

from __future__ import annotations

import os
from urllib.parse import urlsplit, urlunsplit

import streamlit as st

from classroom.codes import parse_code
from classroom.qr import JOIN_PARAM, join_link, qr_svg
from classroom.records import NICKNAME_CHARS
from ui.classroom.presenter import PRESENTER
from ui.classroom.session import STUDENT, TEACHER, attempt, keep, restore_role, room, student, teacher
from ui.i18n import current_language, t
from ui.text import escape_markdown

PUBLIC_URL_ENV = "ATTENTION_LAB_PUBLIC_URL"  # e.g. https://lab.school.example/attention, behind a proxy


def class_sidebar() -> None:
    """The class box: what this browser can do in a class right now.

    A join link (the QR code) opens the join form at the top of the page instead: on a phone the
    sidebar starts collapsed, and a student who scanned the code must see where to join."""
    restore_role()
    invited = bool(st.query_params.get(JOIN_PARAM)) and not (teacher() or student())
    opened = bool(teacher() or student())
    with st.sidebar.expander(t("class_title"), icon=":material/groups:", expanded=opened):
        if teacher():
            _teacher_box()
        elif student():
            _student_box()
        elif invited:
            st.caption(t("class_join_above"))
        else:
            _join_or_start()
    if invited:
        with st.container(border=True, key="class_invite"):
            st.markdown(f"**{t('class_invited')}**")
            _join_or_start(can_teach=False)


def _join_or_start(can_teach: bool = True) -> None:
    form = st.empty()
    started = False
    with form.container():
        code = st.text_input(t("class_code"), value=st.query_params.get(JOIN_PARAM, ""), max_chars=16, key="class_code_in")
        nickname = st.text_input(t("class_nickname"), max_chars=NICKNAME_CHARS, key="class_nickname_in")
        joined = st.button(t("class_join"), key="class_join", type="primary", use_container_width=True)
        if can_teach:
            st.caption(t("class_or_teach"))
            started = st.button(t("class_start"), key="class_start", use_container_width=True)
    if joined:
        me = attempt(lambda: room().join(code, nickname))
        if me is not None:
            form.empty()
            keep(STUDENT, me)
            _student_box()
    elif started:
        me = attempt(lambda: room().start())
        if me is not None:
            form.empty()
            keep(TEACHER, me)
            _teacher_box()


def join_url(code: str) -> str:
    """The link the QR code holds: this app's address (or ATTENTION_LAB_PUBLIC_URL) with ?class=."""
    base = os.environ.get(PUBLIC_URL_ENV, "").strip()
    if not base:
        parts = urlsplit(st.context.url or "http://localhost:8501/")
        base = urlunsplit((parts.scheme or "http", parts.netloc or "localhost:8501", "", "", ""))
    lang = current_language()
    return join_link(base, code, lang="" if lang == "en" else lang)


def show_code(code: str, width: int = 200, link: bool = True) -> None:
    """The class code, large, and its QR code (an image of segno's SVG, never raw HTML)."""
    st.markdown(f"## `{parse_code(code) or '?'}`")
    try:
        url = join_url(code)
    except ValueError:
        return
    st.image(qr_svg(url, scale=6), width=width, caption=t("class_scan"))
    if link:
        st.code(url, language=None)


def _teacher_box() -> None:
    me = teacher()
    st.caption(t("class_you_teach"))
    show_code(me.code)
    st.toggle(t("class_presenter"), key=PRESENTER, help=t("class_presenter_help"))
    if st.button(t("class_end"), key="class_end", icon=":material/stop_circle:"):
        attempt(lambda: room().end(me.code, me.token))
        keep(TEACHER, None)  # forgotten even if the store could not be told: the class expires anyway
        st.toast(t("class_ended"))


def _student_box() -> None:
    me = student()
    name = escape_markdown(me.nickname) if me.nickname else t("class_anonymous")
    st.markdown(t("class_joined", code=me.code, name=name))
    st.toggle(t("class_follow"), key="class_follow", help=t("class_follow_help"))
    if st.button(t("class_leave"), key="class_leave"):
        keep(STUDENT, None)
        st.toast(t("class_left"))
