"""Follow the teacher: a student's page and view track the teacher's, polled once a second.

The teacher's session writes its place (the page and its view parameters, the same ones a
shared link carries) into the class whenever it changes. A following student's fragment reads
it and, when it differs from their own, forgets their view state and opens the teacher's page
with the teacher's parameters, exactly as the teacher's link would open it. Switching "follow"
off leaves the student where they are. Language, colour palette and class state stay theirs.
"""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from ui.classroom.session import attempt, room, student, teacher

FOLLOW = "class_follow"  # session-state key of the student's switch
POLL_SECONDS = 1.0
_PLACED = "class_placed"  # the place this teacher session last wrote
_OWN = ("lang", "palette", "class")  # parameters each browser keeps for itself
PAGES = Path(__file__).resolve().parents[2] / "pages"


def _view() -> dict[str, str]:
    return {k: v for k, v in st.query_params.to_dict().items() if k not in _OWN}


def publish_view(page: str) -> None:
    """Teacher: store this page and its view parameters when they changed since the last write."""
    me = teacher()
    place = (page, _view())
    if me is None or st.session_state.get(_PLACED) == place:
        return
    attempt(lambda: room().move(me.code, me.token, page, place[1]), where=st.sidebar)
    st.session_state[_PLACED] = place  # kept even when refused (too long): not retried on every run


@st.fragment(run_every=POLL_SECONDS)
def follow_teacher(page: str) -> None:
    """Student: when following, go where the teacher is."""
    me = student()
    if me is None or not st.session_state.get(FOLLOW):
        return
    place = attempt(lambda: room().teacher_place(me.code, me.student))
    if not place or place == (page, _view()) or not (PAGES / f"{place[0]}.py").is_file():
        return
    target, view = place
    for key in list(st.session_state):
        if not str(key).startswith("class_") and key not in _OWN:
            del st.session_state[key]  # the view state of the page left behind: the link decides now
    own = {k: v for k, v in st.query_params.to_dict().items() if k in ("lang", "palette")}
    st.switch_page(f"pages/{target}.py", query_params={**view, **own})
