"""Checkpoints: weights in safetensors, everything else in a JSON sidecar.

    name.safetensors   tensors only (no code, so nothing can run when it is read)
    name.json          {"format", "name", "kind", "task", "config", "src_vocab", "tgt_vocab",
                        "metrics", "training", "sha256", "tensors": {name: {shape, dtype}}}

`read_checkpoint` refuses a file whose hash, tensor names, shapes or dtypes differ from what
the sidecar and the architecture expect, with a message that says which. `torch.load` and
pickle are never used.

Storage (every shipped model together must stay under 60 MB): weight matrices (2-D, at least
`QUANTISE_MIN_ELEMENTS` values: embeddings, projections, GRU gates) are stored as int8 with one
float16 scale per row (`name` + `ROW_SCALE`), a quarter of float32; every other float tensor
(biases, LayerNorm) as float16. Both are read back as float32, the dtype the models compute in.
Per-row scales keep a row's largest weight exact to 1/254 of its range; the model card's figures
are measured on the weights as stored (`as_stored`).
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
ROW_SCALE = "::row_scale"  # the float16 scales of an int8 matrix; "::" never occurs in a parameter name
QUANTISE_MIN_ELEMENTS = 4096  # smaller matrices (the dates models' gates) are not worth an int8 copy


class CheckpointError(ValueError):
    """A checkpoint that cannot be trusted or does not fit the model."""


def write_checkpoint(stem: Path, state: dict[str, torch.Tensor], meta: dict) -> dict:
    """Write `stem.safetensors` and `stem.json`; returns the sidecar."""
    stem = Path(stem)
    tied = _tied(state)
    state = {k: v for k, v in state.items() if k not in tied}
    state = {name: t for k, v in state.items() for name, t in _stored(k, v.detach().contiguous().cpu()).items()}
    blob = save_safetensors(state)
    sidecar = dict(
        meta,
        **({"tied": tied} if tied else {}),
        format=FORMAT,
        sha256=hashlib.sha256(blob).hexdigest(),
        tensors={k: {"shape": list(v.shape), "dtype": str(v.dtype).removeprefix("torch.")} for k, v in sorted(state.items())},
    )
    stem.parent.mkdir(parents=True, exist_ok=True)
    stem.with_suffix(".safetensors").write_bytes(blob)
    stem.with_suffix(".json").write_text(json.dumps(sidecar, ensure_ascii=False, indent=1) + "\n")
    return sidecar


def _tied(state: dict[str, torch.Tensor]) -> dict[str, str]:
    """{name: the earlier name it shares its storage with}: a tied matrix is written once."""
    first: dict[tuple, str] = {}
    tied = {}
    for name, tensor in state.items():
        key = (tensor.untyped_storage().data_ptr(), tensor.storage_offset(), tuple(tensor.shape), tuple(tensor.stride()))
        if key in first:
            tied[name] = first[key]
        else:
            first[key] = name
    return tied


def _stored(name: str, tensor: torch.Tensor) -> dict[str, torch.Tensor]:
    """The tensors written for one parameter: int8 + row scales, float16, or as it is."""
    if tensor.dtype != torch.float32:
        return {name: tensor}
    if tensor.dim() != 2 or tensor.numel() < QUANTISE_MIN_ELEMENTS:
        return {name: tensor.to(torch.float16)}
    # Scale rounded to float16 first, so that quantising a dequantised matrix gives it back exactly.
    absmax = tensor.abs().amax(dim=1)  # [rows]
    scale = torch.where(absmax > 0, absmax / 127, torch.ones_like(absmax)).to(torch.float16)
    q = torch.round(tensor / scale.float()[:, None]).clamp(-127, 127).to(torch.int8)
    return {name: q, name + ROW_SCALE: scale}


def _dequantised(q: torch.Tensor, scale: torch.Tensor) -> torch.Tensor:
    return q.float() * scale.float()[:, None]  # [rows, cols]


def as_stored(state: dict[str, torch.Tensor]) -> dict[str, torch.Tensor]:
    """`state` as a checkpoint gives it back: what the shipped model really computes with."""
    out = {}
    for k, v in state.items():
        stored = _stored(k, v.detach().cpu())
        if k + ROW_SCALE in stored:
            out[k] = _dequantised(stored[k], stored[k + ROW_SCALE])
        else:
            out[k] = stored[k].to(v.dtype)
    return out


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
    scales = {k.removesuffix(ROW_SCALE): tensors.pop(k) for k in [k for k in tensors if k.endswith(ROW_SCALE)]}
    tied = sidecar.get("tied", {})
    if not isinstance(tied, dict) or any(not isinstance(a, str) or s not in tensors or a in tensors for a, s in tied.items()):
        raise CheckpointError(f"{label}: the sidecar's tied tensors do not name one stored tensor each")
    for alias, source in tied.items():  # the output projection that shares the target embedding
        tensors[alias] = tensors[source]
        if source in scales:
            scales[alias] = scales[source]
    missing, extra = sorted(set(expected) - set(tensors)), sorted(set(tensors) - set(expected))
    extra += sorted(k + ROW_SCALE for k in set(scales) - set(tensors))
    if missing or extra:
        raise CheckpointError(f"{label}: tensor names differ from the model: missing {missing[:5]}, unexpected {extra[:5]}")
    for name, want in expected.items():
        got = tensors[name]
        if tuple(got.shape) != tuple(want.shape):
            raise CheckpointError(f"{label}: {name} has shape {tuple(got.shape)}, the model needs {tuple(want.shape)}")
        if want.dtype == torch.float32 and got.dtype == torch.int8:
            scale = scales.get(name)
            if scale is None or scale.dtype != torch.float16 or tuple(scale.shape) != (want.shape[0],):
                raise CheckpointError(f"{label}: {name} is int8 but has no float16 row scale of shape ({want.shape[0]},)")
            tensors[name] = _dequantised(got, scale)
        elif name in scales:
            raise CheckpointError(f"{label}: {name} has a row scale but is stored as {got.dtype}, not int8")
        elif got.dtype != want.dtype and not (got.dtype == torch.float16 and want.dtype == torch.float32):
            raise CheckpointError(f"{label}: {name} has dtype {got.dtype}, the model needs {want.dtype}")
        elif got.dtype != want.dtype:
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
