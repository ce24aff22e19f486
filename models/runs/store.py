"""Training runs on disk, so a reload or reconnect loses nothing.

    runs/<id>/spec.json        what to train (task, architecture, budget…)
    runs/<id>/status.json      a RunState (queued, running, done, cancelled, failed), with a message
    runs/<id>/metrics.jsonl    one line per evaluation (step, seconds, loss, validation accuracy)
    runs/<id>/snapshots.jsonl  attention on a fixed sample sentence at each evaluation
    runs/<id>/cancel           present = the student asked to stop
    runs/<id>/model.*          the final checkpoint, in the shipped format

A run id is 12 hex digits; anything else is refused before it touches the file system.
"""

from __future__ import annotations

import json
import os
import re
import time
import uuid
from dataclasses import asdict, dataclass, field, fields
from enum import StrEnum
from pathlib import Path

from models.nn.seq2seq import ATTENTION_KINDS
from models.tasks import TRAINABLE_TASKS

RUNS_DIR = Path(os.environ.get("ATTENTION_LAB_RUNS", Path(__file__).resolve().parents[2] / "runs"))
MAX_SECONDS = 300  # wall-time cap of one run
MAX_HIDDEN, MAX_LAYERS, MAX_HEADS = 256, 4, 8  # model-size caps
_ID = re.compile(r"^[0-9a-f]{12}$")


class RunState(StrEnum):
    """Where a run is; stored as its value in status.json."""

    QUEUED = "queued"
    RUNNING = "running"
    DONE = "done"
    CANCELLED = "cancelled"  # stopped on request; the model so far is kept
    FAILED = "failed"
    MISSING = "missing"  # no readable status.json

    @property
    def active(self) -> bool:
        """Queued or running: the page keeps polling."""
        return self in (RunState.QUEUED, RunState.RUNNING)

    @property
    def has_model(self) -> bool:
        """Finished with a checkpoint (done, or cancelled after training what it could)."""
        return self in (RunState.DONE, RunState.CANCELLED)


@dataclass(frozen=True)
class RunStatus:
    state: RunState
    message: str = ""  # why it failed
    time: float = 0.0  # when the status was written
    started: float | None = None
    finished: float | None = None
    metrics: dict = field(default_factory=dict)  # held-out figures of the final model
    by_length: dict | None = None  # {"lengths": [...], "exact_match": [...]} on validation


@dataclass(frozen=True)
class RunSpec:
    task: str = "dates"
    arch: str = "seq2seq"
    attention: str = "additive"
    hidden: int = 0  # 0 = the task's preset
    layers: int = 2
    heads: int = 4
    seconds: int = 20  # training budget
    seed: int = 0

    def validate(self) -> RunSpec:
        """Raise ValueError naming the first field outside its allowed range."""
        if self.task not in TRAINABLE_TASKS:
            raise ValueError(f"task must be one of {TRAINABLE_TASKS}")
        if self.arch not in ("seq2seq", "transformer"):
            raise ValueError("arch must be seq2seq or transformer")
        if self.attention not in ATTENTION_KINDS:
            raise ValueError(f"attention must be one of {ATTENTION_KINDS}")
        if not 0 <= self.hidden <= MAX_HIDDEN or self.hidden % 8:
            raise ValueError(f"hidden must be a multiple of 8 up to {MAX_HIDDEN}")
        if not 1 <= self.layers <= MAX_LAYERS or not 1 <= self.heads <= MAX_HEADS:
            raise ValueError(f"layers must be 1–{MAX_LAYERS} and heads 1–{MAX_HEADS}")
        if self.arch == "transformer" and (self.hidden or 64) % self.heads:
            raise ValueError("d_model must be divisible by the number of heads")
        if not 5 <= self.seconds <= MAX_SECONDS:
            raise ValueError(f"the budget must be 5–{MAX_SECONDS} seconds")
        return self

    def label(self) -> str:
        if self.arch == "transformer":
            return f"Transformer {self.layers}×{self.heads} · {self.task}"
        return f"GRU + {self.attention} · {self.task}"


def valid_id(run_id: str) -> bool:
    return bool(_ID.match(run_id or ""))


def run_dir(run_id: str, root: Path | None = None) -> Path:
    if not valid_id(run_id):
        raise ValueError(f"not a run id: {run_id[:20]!r}")
    return (root or RUNS_DIR) / run_id


def create(spec: RunSpec, root: Path | None = None) -> str:
    """Write a new queued run; returns its id."""
    spec.validate()
    run_id = uuid.uuid4().hex[:12]
    path = run_dir(run_id, root)
    path.mkdir(parents=True)
    write_spec(path, spec)
    set_status(path, RunState.QUEUED)
    return run_id


def write_spec(path: Path, spec: RunSpec) -> None:
    _write(path / "spec.json", asdict(spec))


def _write(path: Path, data) -> None:
    """Write JSON atomically: a reader never sees half a file."""
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(json.dumps(data))
    tmp.replace(path)


def write_sample(path: Path, src: list[str], tgt: list[str]) -> None:
    """The fixed sentence whose attention is snapshotted, with </s> on both sides as in the maps."""
    _write(path / "sample.json", {"rows": tgt + ["</s>"], "cols": src + ["</s>"]})


def read_sample(path: Path) -> dict | None:
    try:
        return json.loads((path / "sample.json").read_text())
    except (OSError, json.JSONDecodeError):
        return None


def set_status(path: Path, state: RunState, message: str = "", **extra) -> None:
    """Write status.json; `extra` are RunStatus fields (started, finished, metrics, by_length)."""
    _write(path / "status.json", {"state": RunState(state).value, "message": message, "time": time.time(), **extra})


def read_spec(path: Path) -> RunSpec:
    return RunSpec(**json.loads((path / "spec.json").read_text()))


def read_status(path: Path) -> RunStatus:
    try:
        data = json.loads((path / "status.json").read_text())
        known = {f.name for f in fields(RunStatus)} - {"state"}
        return RunStatus(RunState(data["state"]), **{k: v for k, v in data.items() if k in known})
    except (OSError, json.JSONDecodeError, KeyError, TypeError, ValueError):
        return RunStatus(RunState.MISSING)


def append(path: Path, name: str, record: dict) -> None:
    with open(path / name, "a") as f:
        f.write(json.dumps(record) + "\n")


def read_lines(path: Path, name: str) -> list[dict]:
    try:
        lines = (path / name).read_text().splitlines()
    except OSError:
        return []
    out = []
    for line in lines:
        try:
            out.append(json.loads(line))
        except json.JSONDecodeError:
            break  # a line being written right now
    return out


def request_cancel(path: Path) -> None:
    (path / "cancel").touch()


def cancel_requested(path: Path) -> bool:
    return (path / "cancel").exists()
