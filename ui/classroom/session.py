"""The class store, the role this browser holds in a class, and errors said in words.

A role (`Teacher` or `Student` from classroom/) lives in the session. A browser reload starts a
new session, so the role is also kept in a cookie: Streamlit 1.67 reads cookies
(`st.context.cookies`, read-only) but cannot set them, so a two-line script written with
`st.html(..., unsafe_allow_javascript=True)` sets it (`SameSite=Strict`, expiring with the
class). The script holds only a code from the class alphabet and a token from
`secrets.token_urlsafe`, both checked against a strict pattern, never typed text. The teacher
token therefore never appears in a link, a QR code or on the projected page, and a reload
(even on another replica behind nginx: the cookie travels with the browser) resumes the class.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import streamlit as st

from classroom import ClassError, Classroom, Student, Teacher, open_store
from classroom.store import DATA_DIR, REDIS_URL_ENV
from ui.i18n import t

TEACHER, STUDENT = "class_teacher", "class_student"  # session-state keys of the two roles
COOKIE = {TEACHER: "attention_lab_teacher", STUDENT: "attention_lab_student"}
_SAFE = re.compile(r"[A-Z0-9]{4}:[A-Za-z0-9_-]{10,64}")
T = TypeVar("T")


@st.cache_resource(show_spinner=False)
def _room(where: str) -> Classroom:
    """One `Classroom` per store location and server process, shared by every session."""
    if where.startswith(("redis://", "rediss://", "unix://")):
        return Classroom(open_store(redis_url=where))
    return Classroom(open_store(path=Path(where)))


def room() -> Classroom:
    """The class protocol over this server's store: Redis when ATTENTION_LAB_REDIS_URL is set,
    else SQLite under ATTENTION_LAB_DATA (read now, so tests can point it at a temporary folder)."""
    url = os.environ.get(REDIS_URL_ENV, "").strip()
    data = Path(os.environ.get("ATTENTION_LAB_DATA", DATA_DIR))
    return _room(url or str(data / "classroom.sqlite3"))


def attempt(action: Callable[[], T], where=st) -> T | None:
    """Run a class action; on failure show a translated message in `where` and return None.

    Class errors name their own message; a malformed question is said as such; anything else
    (Redis unreachable, a locked or unwritable SQLite file) is "the class service is not
    reachable", never a traceback.
    """
    try:
        return action()
    except ClassError as err:
        where.error(t(err.key, **{k: str(v) for k, v in err.params.items()}), icon="⚠️")
    except ValueError:
        where.warning(t("class_error_question"), icon="⚠️")
    except Exception:  # noqa: BLE001 - the store's own failures (redis, sqlite3, OSError) all mean the same to a class
        where.error(t("class_error_store"), icon="⚠️")
    return None


def teacher() -> Teacher | None:
    return st.session_state.get(TEACHER)


def student() -> Student | None:
    return st.session_state.get(STUDENT)


def keep(role: str, value: Teacher | Student | None, hours: float = 12.0) -> None:
    """Hold `value` as this session's role and in the browser's cookie (None forgets both)."""
    if value is None:
        st.session_state.pop(role, None)
        _cookie(COOKIE[role], "", 0)
        return
    st.session_state[role] = value
    other = STUDENT if role == TEACHER else TEACHER
    st.session_state.pop(other, None)  # one role per browser
    secret = value.token if isinstance(value, Teacher) else value.student
    _cookie(COOKIE[role], f"{value.code}:{secret}", int(hours * 3600))


def _cookie(name: str, value: str, max_age: int) -> None:
    if value and not _SAFE.fullmatch(value):
        return  # never write anything but a code and a token into a script
    st.html(
        f"<script>document.cookie = '{name}={value}; path=/; max-age={max_age}; SameSite=Strict';</script>",
        unsafe_allow_javascript=True,
    )


def browser_cookies() -> dict[str, str]:
    """The cookies the browser sent when this session opened ({} without a browser)."""
    try:
        return dict(st.context.cookies or {})
    except Exception:  # noqa: BLE001 - no browser behind this session (tests, scripts)
        return {}


def restore_role() -> None:
    """After a reload: take the role back from the cookie if its class still accepts it."""
    if TEACHER in st.session_state or STUDENT in st.session_state:
        return
    cookies = browser_cookies()
    for role in (TEACHER, STUDENT):
        value = cookies.get(COOKIE[role], "")
        if not _SAFE.fullmatch(value or ""):
            continue
        code, secret = value.split(":", 1)
        try:
            if role == TEACHER:
                st.session_state[TEACHER] = room().resume(code, secret)
            else:
                view = room().student_view(code, secret)
                st.session_state[STUDENT] = Student(code, secret, view.nickname)
            return
        except Exception:  # noqa: BLE001 - an ended class or a stale cookie: start afresh
            continue
