"""Live training: the worker, the queue, persistence on disk, cancel, crashes, hostile uploads."""

import hashlib
import io
import json
import pickle
import time
import zipfile

import pytest
import torch
from safetensors.torch import save as save_safetensors

import models
from models.runs import store as runs
from models.runs import worker
from models.runs.queue import JobQueue
from ui.views import train as train_view


@pytest.fixture()
def root(tmp_path, monkeypatch):
    monkeypatch.setattr(runs, "RUNS_DIR", tmp_path)
    return tmp_path


def _wait(path, states, seconds=60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        status = runs.read_status(path)
        if status.state in states:
            return status
        time.sleep(0.1)
    raise AssertionError(f"run stayed {runs.read_status(path).state}")


def test_worker_trains_and_writes_everything(root):
    shipped = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in models.CHECKPOINT_DIR.glob("*.safetensors")}
    run_id = runs.create(runs.RunSpec(task="dates", seconds=6))
    path = runs.run_dir(run_id)
    worker.execute(str(path))
    status = runs.read_status(path)
    assert status.state == "done" and status.metrics["test_n"] == 500
    metrics = runs.read_lines(path, "metrics.jsonl")
    snaps = runs.read_lines(path, "snapshots.jsonl")
    assert len(metrics) >= 2 and len(snaps) == len(metrics)
    assert metrics[-1]["seconds"] <= 6 + 3  # the budget is honoured (one evaluation may run over)
    runner = models.load_from(path / "model")  # the shipped checkpoint format, validated
    assert len(runner.run("22/11/2026").tgt_tokens) >= 1
    assert status.by_length["lengths"]
    # One student's training never changes the shipped models.
    assert shipped == {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in models.CHECKPOINT_DIR.glob("*.safetensors")}


def test_a_crash_is_written_as_an_error(root):
    run_id = runs.create(runs.RunSpec(task="dates", seconds=5))
    path = runs.run_dir(run_id)
    (path / "spec.json").write_text(json.dumps({"task": "klingon"}))
    worker.execute(str(path))
    status = runs.read_status(path)
    assert status.state == "failed" and "task" in status.message


def test_queue_runs_in_a_process_reports_progress_and_cancels_within_a_second(root):
    queue = JobQueue(slots=1)
    first = runs.run_dir(runs.create(runs.RunSpec(task="copy", seconds=60)))
    second = runs.run_dir(runs.create(runs.RunSpec(task="copy", seconds=60)))
    queue.submit(first)
    queue.submit(second)
    queue.submit(second)  # submitting twice queues once
    _wait(first, ("running",))
    assert queue.ahead(second) == 0
    deadline = time.monotonic() + 60
    while not runs.read_lines(first, "metrics.jsonl") and time.monotonic() < deadline:
        time.sleep(0.2)
    assert runs.read_lines(first, "metrics.jsonl"), "no progress written"
    runs.request_cancel(first)
    asked = time.monotonic()
    status = _wait(first, ("cancelled", "done", "failed"), seconds=90)
    assert status.state == "cancelled"
    stopped = json.loads((first / "metrics.jsonl").read_text().splitlines()[-1])["seconds"]
    assert stopped < 60  # it did not run to its budget
    assert time.monotonic() - asked < 30  # training stopped at once; the rest is the final scoring
    runs.request_cancel(second)  # a queued run that is cancelled never starts
    _wait(second, ("cancelled",), seconds=10)


def test_a_worker_that_dies_is_marked_failed(root, monkeypatch):
    queue = JobQueue(slots=1)
    path = runs.run_dir(runs.create(runs.RunSpec(task="copy", seconds=60)))
    queue.submit(path)
    _wait(path, ("running",))
    with queue.lock:
        process = queue.running[path]
    process.kill()
    status = _wait(path, ("failed",), seconds=20)
    assert "exit code" in status.message


def test_run_ids_are_checked_before_touching_the_disk(root):
    for bad in ["../etc", "", "x" * 12, "0123456789ABCDEF", "abc/../../.."]:
        assert not runs.valid_id(bad)
        with pytest.raises(ValueError):
            runs.run_dir(bad)
    a, b = runs.create(runs.RunSpec()), runs.create(runs.RunSpec())
    assert a != b and runs.run_dir(a) != runs.run_dir(b)
    with pytest.raises(ValueError):
        runs.create(runs.RunSpec(seconds=10_000))
    with pytest.raises(ValueError):
        runs.create(runs.RunSpec(arch="transformer", hidden=24, heads=5))


# ---------------------------------------------------------------- uploads


@pytest.fixture()
def shipped_zip():
    return train_view.checkpoint_zip_from(models.CHECKPOINT_DIR, "seq2seq-additive-dates")


def _zip(files: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, data in files.items():
            z.writestr(name, data)
    return out.getvalue()


def _with_weights(shipped: bytes, blob: bytes) -> bytes:
    """Swap the weights and fix the sidecar's hash, so only the deeper checks can refuse it."""
    with zipfile.ZipFile(io.BytesIO(shipped)) as z:
        sidecar = json.loads(z.read("model.json"))
    sidecar["sha256"] = hashlib.sha256(blob).hexdigest()
    return _zip({"model.safetensors": blob, "model.json": json.dumps(sidecar).encode()})


def test_a_good_upload_becomes_a_run(root, shipped_zip, monkeypatch):
    monkeypatch.setattr(train_view, "t", lambda key, **kw: key)
    run_id = train_view.accept_upload(shipped_zip)
    assert runs.read_status(runs.run_dir(run_id)).state == "done"
    assert models.load_from(runs.run_dir(run_id) / "model").run("22/11/2026").text == "2026-11-22"


def test_hostile_uploads_are_refused(root, shipped_zip, monkeypatch):
    monkeypatch.setattr(train_view, "t", lambda key, **kw: key)
    with zipfile.ZipFile(io.BytesIO(shipped_zip)) as z:
        good = {name: z.read(name) for name in z.namelist()}
    state = {k: v for k, v in models.load("seq2seq-additive-dates").model.state_dict().items()}
    wrong_shape = dict(state, **{"decoder.out.weight": torch.zeros(3, 3)})
    header = (10**9).to_bytes(8, "little") + b"{}"  # declares a 1 GB header in a tiny file
    cases = {
        "empty": b"",
        "not a zip": b"hello",
        "truncated": shipped_zip[: len(shipped_zip) // 2],
        "pickle renamed": _with_weights(shipped_zip, pickle.dumps({"w": [1, 2, 3]})),
        "wrong shapes": _with_weights(shipped_zip, save_safetensors(wrong_shape)),
        "1 GB header": _with_weights(shipped_zip, header),
        "extra file": _zip({**good, "evil.py": b"import os"}),
        "tampered": _zip({**good, "model.safetensors": good["model.safetensors"][:-8] + b"\0" * 8}),
    }
    for name, data in cases.items():
        with pytest.raises(models.CheckpointError):
            train_view.accept_upload(data)
        assert not any(root.iterdir()), f"{name}: a refused upload left files behind"
