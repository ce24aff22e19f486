"""Train: train a model live (or race two) and watch its attention form while the loss falls."""

import streamlit as st

from ui.frame import page_header
from ui.i18n import t
from ui.views.train import live_runs, run_ids_from_url, train_form, upload_form

page_header("train_title", "train_intro")
ids = run_ids_from_url()

if not ids:
    train_form()
    upload_form()
else:
    live_runs(ids)
    if st.button(t("train_new")):
        del st.query_params["run"]
        st.rerun()
