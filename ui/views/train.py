"""Widgets and panels of the Train page: the form, the live view of runs, downloads and uploads."""

from __future__ import annotations

import io
import time
import zipfile
from pathlib import Path

import numpy as np
import streamlit as st

import models
import viz
from models.checkpoint import CheckpointError, read_sidecar
from models.nn.seq2seq import ATTENTION_KINDS
from models.runs import store as runs
from models.runs.store import RunState
from models.tasks import TRAINABLE_TASKS
from ui.charts import CHART_CONFIG, style
from ui.i18n import t
from ui.jobs import job_queue

MAX_UPLOAD = 20 * 1024 * 1024  # bytes


def run_ids_from_url() -> list[str]:
    """Run ids in ?run=a,b that exist on disk; a note for anything else."""
    raw = st.query_params.get("run", "")
    ids = []
    for part in [p for p in raw.split(",") if p][:2]:
        if runs.valid_id(part) and runs.run_dir(part).is_dir():
            ids.append(part)
        else:
            st.warning(t("train_bad_run", value=part[:20]), icon="⚠️")
    return ids


def config_form(column, key: str, default_attention: str) -> runs.RunSpec:
    """One model's settings (the race shows two side by side)."""
    arch = column.segmented_control(
        t("train_arch"),
        ("seq2seq", "transformer"),
        default="seq2seq",
        key=f"{key}_arch",
        required=True,
        format_func=lambda a: t(f"arch_{a}"),
    )
    if arch == "transformer":
        layers = column.slider(t("layer") + " ×", 1, runs.MAX_LAYERS, 2, key=f"{key}_layers")
        heads = column.select_slider(t("head") + " ×", [1, 2, 4, 8], 4, key=f"{key}_heads")
        attention = "additive"
    else:
        attention = column.selectbox(
            t("score_left"),
            ATTENTION_KINDS,
            index=ATTENTION_KINDS.index(default_attention),
            key=f"{key}_att",
            format_func=lambda k: t(f"attention_{k}"),
        )
        layers, heads = 2, 4
    hidden = column.select_slider(
        t("train_size"),
        [0, 32, 64, 128, 256],
        0,
        key=f"{key}_hidden",
        format_func=lambda h: t("train_preset") if h == 0 else str(h),
    )
    return runs.RunSpec(arch=arch, attention=attention, layers=layers, heads=heads, hidden=hidden)


def start(specs: list[runs.RunSpec]) -> None:
    ids = [runs.create(spec) for spec in specs]
    for run_id in ids:
        job_queue().submit(runs.run_dir(run_id))
    st.query_params["run"] = ",".join(ids)
    st.rerun()


def curves(ids: list[str]) -> None:
    accuracy, loss = {}, {}
    for run_id in ids:
        label = runs.read_spec(runs.run_dir(run_id)).label()
        lines = runs.read_lines(runs.run_dir(run_id), "metrics.jsonl")
        if lines:
            x = np.array([m["seconds"] for m in lines])
            accuracy[label] = (x, np.array([m["val_exact_match"] for m in lines]))
            loss[label] = (x, np.array([m["loss"] for m in lines]))
    if not accuracy:
        return
    left, right = st.columns(2)
    for column, data, title, key in ((left, accuracy, "train_accuracy", "acc"), (right, loss, "train_loss", "loss")):
        fig = viz.line_chart(None, data, title=t(title), x_title=t("train_seconds"), style=style())
        with column:
            st.plotly_chart(fig, key=f"curve_{key}", config=CHART_CONFIG)


def run_card(run_id: str, column) -> None:
    path = runs.run_dir(run_id)
    spec, status = runs.read_spec(path), runs.read_status(path)
    with column:
        st.markdown(f"**{spec.label()}** · `{run_id}`")
        state = status.state
        if state == RunState.QUEUED:
            ahead = job_queue().ahead(path)
            st.info(t("train_waiting", n=ahead if ahead is not None else 0))
            if ahead is None:
                job_queue().submit(path)  # the server restarted: queue it again
        elif state == RunState.RUNNING:
            elapsed = time.time() - (status.started or time.time())
            st.progress(min(elapsed / spec.seconds, 1.0), text=t("train_running", s=int(elapsed), total=spec.seconds))
        elif state.has_model:
            exact = status.metrics.get("test_exact_match", 0)
            st.success(t(f"train_{state}", exact=f"{100 * exact:.1f}", steps=status.metrics.get("steps", 0)))
        else:  # failed, or no readable status
            st.error(t("train_failed", message=status.message))
        if state.active and st.button(t("train_cancel"), key=f"cancel_{run_id}"):
            runs.request_cancel(path)
        snaps, sample = runs.read_lines(path, "snapshots.jsonl"), runs.read_sample(path)
        if snaps and sample:  # the sentence comes from the run folder: no task data is generated here
            rows, cols = sample["rows"], sample["cols"]
            fig = viz.attention_replay(
                [np.array(s["weights"]) for s in snaps],
                [s["step"] for s in snaps],
                rows,
                cols,
                step_name=t("train_step"),
                style=style(),
            )
            st.plotly_chart(fig, key=f"replay_{run_id}", config=CHART_CONFIG)
        if state.has_model and (path / "model.safetensors").exists():
            st.download_button(
                t("train_download"),
                checkpoint_zip(path),
                file_name=f"run-{run_id}.zip",
                mime="application/zip",
                key=f"dl_{run_id}",
                on_click="ignore",
            )
            page = "transformer" if spec.arch == "transformer" else ""
            st.markdown(f"[{t('train_open')}](/{page}?run={run_id}&task={spec.task})")


def by_length(ids: list[str]) -> None:
    series, x = {}, None
    for run_id in ids:
        status = runs.read_status(runs.run_dir(run_id))
        if status.by_length:
            x = np.array(status.by_length["lengths"])
            series[runs.read_spec(runs.run_dir(run_id)).label()] = np.array(status.by_length["exact_match"])
    if series and all(len(v) == len(x) for v in series.values()):
        st.plotly_chart(
            viz.line_chart(
                x, series, title=t("train_by_length"), x_title=t("pe_source_length"), y_title=t("exact_match"), style=style()
            ),
            key="by_length",
            config=CHART_CONFIG,
        )


def checkpoint_zip(path: Path) -> bytes:
    """A run's checkpoint as the zip the upload accepts."""
    return checkpoint_zip_from(path, "model")


def checkpoint_zip_from(directory: Path, stem: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.write(directory / f"{stem}.safetensors", "model.safetensors")
        z.write(directory / f"{stem}.json", "model.json")
    return out.getvalue()


def accept_upload(data: bytes) -> str:
    """Validate an uploaded checkpoint zip like a shipped one; store it as a finished run. Raises CheckpointError."""
    if not data:
        raise CheckpointError(t("upload_empty"))
    if len(data) > MAX_UPLOAD:
        raise CheckpointError(t("upload_too_big", mb=MAX_UPLOAD // 2**20))
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            names = set(z.namelist())
            if names != {"model.safetensors", "model.json"}:
                raise CheckpointError(t("upload_contents"))
            blob, sidecar_text = z.read("model.safetensors"), z.read("model.json")
    except zipfile.BadZipFile:
        raise CheckpointError(t("upload_not_zip")) from None
    run_id = runs.create(runs.RunSpec())
    path = runs.run_dir(run_id)
    (path / "model.json").write_bytes(sidecar_text)
    (path / "model.safetensors").write_bytes(blob)
    try:
        sidecar = read_sidecar(path / "model")
        models.load_from(path / "model")  # checks hash, tensor names, shapes and dtypes like a shipped model
        if sidecar.get("task") not in TRAINABLE_TASKS:
            raise CheckpointError(t("upload_task"))
    except CheckpointError:
        for f in path.iterdir():
            f.unlink()
        path.rmdir()
        raise
    runs.write_spec(path, runs.RunSpec(task=sidecar["task"], arch=sidecar["kind"]))
    runs.set_status(path, RunState.DONE, metrics=sidecar.get("metrics", {}))
    return run_id


def train_form() -> None:
    """Task, budget and one or two models' settings; starting queues the runs and puts their ids in the URL."""
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


def upload_form() -> None:
    upload = st.file_uploader(t("train_upload"), type=["zip"], max_upload_size=20, key="train_upload")
    if upload is not None:
        try:
            st.query_params["run"] = accept_upload(upload.getvalue())
            st.rerun()
        except CheckpointError as exc:
            st.error(t("upload_refused", reason=str(exc)))


def live_runs(ids: list[str]) -> None:
    """Every run's card, curves and accuracy by length, redrawn each second while one is still training."""
    active = any(runs.read_status(runs.run_dir(i)).state.active for i in ids)

    @st.fragment(run_every=1.0 if active else None)
    def live() -> None:
        columns = st.columns(len(ids))
        for run_id, column in zip(ids, columns):
            run_card(run_id, column)
        curves(ids)
        by_length(ids)
        if active and not any(runs.read_status(runs.run_dir(i)).state.active for i in ids):
            st.rerun()  # finished: redraw once as a static page, and stop polling

    live()
