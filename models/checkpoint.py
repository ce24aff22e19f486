"""Checkpoints: weights in safetensors, everything else in a JSON sidecar.

    name.safetensors   tensors only (no code, so nothing can run when it is read)
    name.json          {"format", "name", "kind", "task", "config", "src_vocab", "tgt_vocab",
                        "metrics", "training", "sha256", "tensors": {name: {shape, dtype}}}

`read_checkpoint` refuses a file whose hash, tensor names, shapes or dtypes differ from what
the sidecar and the architecture expect, with a message that says which. `torch.load` and
pickle are never used. Float weights are stored as float16 (half the size; every shipped model
together must stay under 60 MB) and read back as float32, the dtype the models compute in.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import torch
from safetensors import SafetensorError
from safetensors.torch import load as load_safetensors
from safetensors.torch import save as save_safetensors

FORMAT = "attention-lab/1"
CHECKPOINT_DIR = Path(__file__).resolve().parent / "checkpoints"  # the shipped models
MAX_WEIGHTS_BYTES = 64 * 1024 * 1024  # the shipped models are < 10 MB each; refuse anything absurd


class CheckpointError(ValueError):
    """A checkpoint that cannot be trusted or does not fit the model."""


def write_checkpoint(stem: Path, state: dict[str, torch.Tensor], meta: dict) -> dict:
    """Write `stem.safetensors` and `stem.json`; returns the sidecar."""
    stem = Path(stem)
    state = {k: _stored(v.detach().contiguous().cpu()) for k, v in state.items()}
    blob = save_safetensors(state)
    sidecar = dict(
        meta,
        format=FORMAT,
        sha256=hashlib.sha256(blob).hexdigest(),
        tensors={k: {"shape": list(v.shape), "dtype": str(v.dtype).removeprefix("torch.")} for k, v in sorted(state.items())},
    )
    stem.parent.mkdir(parents=True, exist_ok=True)
    stem.with_suffix(".safetensors").write_bytes(blob)
    stem.with_suffix(".json").write_text(json.dumps(sidecar, ensure_ascii=False, indent=1) + "\n")
    return sidecar


def _stored(tensor: torch.Tensor) -> torch.Tensor:
    return tensor.to(torch.float16) if tensor.dtype == torch.float32 else tensor


def read_sidecar(stem: Path) -> dict:
    path = Path(stem).with_suffix(".json")
    try:
        sidecar = json.loads(path.read_text())
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise CheckpointError(f"{path.name}: cannot read the JSON sidecar ({exc})") from None
    if not isinstance(sidecar, dict) or sidecar.get("format") != FORMAT:
        raise CheckpointError(f"{path.name}: not an Attention Lab checkpoint (format must be {FORMAT!r})")
    return sidecar


def verify_weights(blob: bytes, sidecar: dict, expected: dict[str, torch.Tensor], label: str) -> dict[str, torch.Tensor]:
    """Check `blob` against the sidecar's hash and the architecture's `expected` tensors."""
    if len(blob) > MAX_WEIGHTS_BYTES:
        raise CheckpointError(f"{label}: {len(blob)} bytes is larger than the {MAX_WEIGHTS_BYTES} allowed")
    digest = hashlib.sha256(blob).hexdigest()
    if digest != sidecar.get("sha256"):
        raise CheckpointError(
            f"{label}: sha256 {digest[:12]}… does not match the sidecar's "
            f"{str(sidecar.get('sha256'))[:12]}…; the file was changed or truncated"
        )
    try:
        tensors = load_safetensors(blob)
    except (SafetensorError, ValueError, RuntimeError) as exc:
        raise CheckpointError(f"{label}: not a valid safetensors file ({exc})") from None
    missing, extra = sorted(set(expected) - set(tensors)), sorted(set(tensors) - set(expected))
    if missing or extra:
        raise CheckpointError(f"{label}: tensor names differ from the model: missing {missing[:5]}, unexpected {extra[:5]}")
    for name, want in expected.items():
        got = tensors[name]
        if tuple(got.shape) != tuple(want.shape):
            raise CheckpointError(f"{label}: {name} has shape {tuple(got.shape)}, the model needs {tuple(want.shape)}")
        if got.dtype != want.dtype and not (got.dtype == torch.float16 and want.dtype == torch.float32):
            raise CheckpointError(f"{label}: {name} has dtype {got.dtype}, the model needs {want.dtype}")
        if got.dtype != want.dtype:
            tensors[name] = got.to(want.dtype)  # stored as float16, computed in float32
    return tensors


def read_weights(stem: Path, sidecar: dict, expected: dict[str, torch.Tensor]) -> dict[str, torch.Tensor]:
    path = Path(stem).with_suffix(".safetensors")
    try:
        if path.stat().st_size > MAX_WEIGHTS_BYTES:
            raise CheckpointError(f"{path.name}: larger than the {MAX_WEIGHTS_BYTES} bytes allowed")
        blob = path.read_bytes()
    except OSError as exc:
        raise CheckpointError(f"{path.name}: cannot read the weights ({exc})") from None
    return verify_weights(blob, sidecar, expected, path.name)
