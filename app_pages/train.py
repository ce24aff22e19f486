"""Train: train a model live (or race two) and watch its attention form while the loss falls."""

import streamlit as st

from models import runs
from models.checkpoint import CheckpointError
from models.tasks import TRAINABLE_TASKS
from ui.i18n import t
from ui.train_view import ACTIVE, accept_upload, by_length, config_form, curves, run_card, run_ids_from_url, start

st.title(t("train_title"))
st.caption(t("train_intro"))
ids = run_ids_from_url()

if not ids:
    with st.form("train_form"):
        c1, c2, c3 = st.columns(3)
        task = c1.selectbox(t("task"), TRAINABLE_TASKS, format_func=lambda k: t(f"task_{k}"), key="train_task")
        seconds = c2.slider(t("train_budget"), 5, runs.MAX_SECONDS, 20, key="train_seconds")
        race = c3.toggle(t("train_race"), value=True, key="train_race", help=t("train_race_help"))
        left, right = st.columns(2)
        left.markdown("**A**")
        spec_a = config_form(left, "a", "additive")
        right.markdown("**B** " + t("train_race_only"))
        spec_b = config_form(right, "b", "none")
        submitted = st.form_submit_button(t("train_start"), type="primary")
    if submitted:
        specs = [spec_a] + ([spec_b] if race else [])
        try:
            start([runs.RunSpec(**{**s.__dict__, "task": task, "seconds": seconds}).validate() for s in specs])
        except ValueError as exc:
            st.error(str(exc))
    upload = st.file_uploader(t("train_upload"), type=["zip"], max_upload_size=20, key="train_upload")
    if upload is not None:
        try:
            st.query_params["run"] = accept_upload(upload.getvalue())
            st.rerun()
        except CheckpointError as exc:
            st.error(t("upload_refused", reason=str(exc)))
else:
    active = any(runs.read_status(runs.run_dir(i))["state"] in ACTIVE for i in ids)

    @st.fragment(run_every=1.0 if active else None)
    def live() -> None:
        columns = st.columns(len(ids))
        for run_id, column in zip(ids, columns):
            run_card(run_id, column)
        curves(ids)
        by_length(ids)
        if active and not any(runs.read_status(runs.run_dir(i))["state"] in ACTIVE for i in ids):
            st.rerun()  # finished: redraw once as a static page, and stop polling

    live()
    if st.button(t("train_new")):
        del st.query_params["run"]
        st.rerun()
