"""The server's one training queue, shared by every session (`cache_resource`)."""

from __future__ import annotations

import streamlit as st

from models.runs.queue import JobQueue


@st.cache_resource(show_spinner=False)
def job_queue() -> JobQueue:
    return JobQueue()
