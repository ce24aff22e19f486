"""Level 2: checkpoints round-trip, and anything altered is refused with a clear message."""

import json
import pickle
import shutil

import pytest
import torch
from safetensors.torch import save as save_safetensors

import models
from models.checkpoint import ROW_SCALE, CheckpointError, as_stored, write_checkpoint


@pytest.fixture()
def copy(tmp_path):
    """A copy of a shipped checkpoint we may damage."""
    for suffix in (".json", ".safetensors"):
        shutil.copy(models.CHECKPOINT_DIR / f"seq2seq-additive-dates{suffix}", tmp_path / f"m{suffix}")
    return tmp_path / "m"


def test_round_trip_gives_identical_weights_and_outputs(copy, tmp_path):
    """Weights are stored as int8 matrices and float16 vectors: a model read from a checkpoint round-trips exactly."""
    sidecar = json.loads(copy.with_suffix(".json").read_text())
    meta = {k: v for k, v in sidecar.items() if k not in ("sha256", "tensors", "format")}
    write_checkpoint(tmp_path / "once", models.load_from(copy).model.state_dict(), meta)
    m = models.load_from(tmp_path / "once")
    write_checkpoint(tmp_path / "again", m.model.state_dict(), meta)
    again = models.load_from(tmp_path / "again")
    for k, v in m.model.state_dict().items():
        assert v.dtype == torch.float32 and torch.equal(v, again.model.state_dict()[k])
    stored = json.loads((tmp_path / "again.json").read_text())["tensors"]
    assert {t["dtype"] for t in stored.values()} == {"float16", "int8"}
    assert all(stored[k + ROW_SCALE]["dtype"] == "float16" for k, t in stored.items() if t["dtype"] == "int8")
    assert again.run("22/11/2026").text == m.run("22/11/2026").text == "2026-11-22"


def test_flipped_byte_is_refused(copy):
    path = copy.with_suffix(".safetensors")
    blob = bytearray(path.read_bytes())
    blob[-10] ^= 0xFF
    path.write_bytes(bytes(blob))
    with pytest.raises(CheckpointError, match="sha256"):
        models.load_from(copy)


def test_truncated_file_is_refused(copy):
    path = copy.with_suffix(".safetensors")
    path.write_bytes(path.read_bytes()[:1000])
    with pytest.raises(CheckpointError, match="truncated|sha256"):
        models.load_from(copy)


def _rewrite(copy, tensors):
    """Replace the weights *and* fix the hash, so only the shape/name/dtype checks can catch it."""
    import hashlib

    blob = save_safetensors(tensors)
    copy.with_suffix(".safetensors").write_bytes(blob)
    sidecar = json.loads(copy.with_suffix(".json").read_text())
    sidecar["sha256"] = hashlib.sha256(blob).hexdigest()
    copy.with_suffix(".json").write_text(json.dumps(sidecar))


def test_wrong_shape_name_or_dtype_is_refused(copy):
    good = models.load_from(copy).model.state_dict()
    name = "decoder.out.weight"
    _rewrite(copy, {**good, name: torch.zeros(3, 3)})
    with pytest.raises(CheckpointError, match="shape"):
        models.load_from(copy)
    _rewrite(copy, {**good, name: good[name].double()})
    with pytest.raises(CheckpointError, match="dtype"):
        models.load_from(copy)
    renamed = dict(good)
    renamed["decoder.out.extra"] = renamed.pop(name)
    _rewrite(copy, renamed)
    with pytest.raises(CheckpointError, match="names"):
        models.load_from(copy)


def test_pickle_renamed_to_safetensors_is_refused(copy):
    blob = pickle.dumps({"weights": [1, 2, 3]})
    _rewrite(copy, {})  # fix sidecar hash logic below
    import hashlib

    copy.with_suffix(".safetensors").write_bytes(blob)
    sidecar = json.loads(copy.with_suffix(".json").read_text())
    sidecar["sha256"] = hashlib.sha256(blob).hexdigest()
    copy.with_suffix(".json").write_text(json.dumps(sidecar))
    with pytest.raises(CheckpointError, match="safetensors"):
        models.load_from(copy)


@pytest.mark.parametrize("content", ["", "{not json", "[]", '{"format": "other"}'])
def test_bad_sidecar_is_refused(copy, content):
    copy.with_suffix(".json").write_text(content)
    with pytest.raises(CheckpointError):
        models.load_from(copy)


def test_unknown_name_is_refused_with_the_list():
    with pytest.raises(CheckpointError, match="available"):
        models.load("no-such-model")


def test_int8_rows_keep_each_weight_within_half_a_step_of_its_row_scale():
    torch.manual_seed(0)
    w = torch.randn(64, 128) * torch.logspace(-3, 1, 64)[:, None]  # rows of very different ranges
    back = as_stored({"w": w})["w"]
    step = w.abs().amax(dim=1, keepdim=True) / 127
    assert torch.all((back - w).abs() <= 0.51 * step + 1e-3 * step)
    assert torch.equal(as_stored({"w": back})["w"], back)  # quantising what was read changes nothing


def test_int8_matrix_without_its_row_scale_is_refused(copy):
    good = models.load_from(copy).model.state_dict()
    name = "decoder.out.weight"
    stored = {k: v.half() for k, v in good.items()}
    stored[name] = torch.zeros_like(good[name], dtype=torch.int8)
    _rewrite(copy, stored)
    with pytest.raises(CheckpointError, match="row scale"):
        models.load_from(copy)
    _rewrite(copy, {**stored, name + ROW_SCALE: torch.ones(3, dtype=torch.float16)})
    with pytest.raises(CheckpointError, match="row scale"):
        models.load_from(copy)
    _rewrite(copy, {**stored, "decoder.nothing" + ROW_SCALE: torch.ones(3, dtype=torch.float16)})
    with pytest.raises(CheckpointError, match="names"):
        models.load_from(copy)


def test_shipped_checkpoints_fit_the_budget():
    """Every shipped model together ≤ 60 MB (issue 11), no single file above 5 MB."""
    sizes = {p.name: p.stat().st_size for p in models.CHECKPOINT_DIR.glob("*.safetensors")}
    assert sum(sizes.values()) <= 60_000_000, sizes
    assert max(sizes.values()) <= 5_000_000, max(sizes.items(), key=lambda kv: kv[1])


def test_tied_output_matrix_is_written_once_and_read_back_shared(tmp_path):
    """A Transformer whose output projection shares the target embedding stores that matrix once."""
    from models.nn.transformer import Transformer, TransformerConfig

    shipped = models.CHECKPOINT_DIR / "transformer-dates"
    sidecar = json.loads(shipped.with_suffix(".json").read_text())
    config = TransformerConfig(**{**sidecar["config"], "tie_output": True})
    torch.manual_seed(0)
    model = Transformer(config)
    meta = {k: v for k, v in sidecar.items() if k not in ("sha256", "tensors", "format", "tied")} | {"config": config.to_dict()}
    written = write_checkpoint(tmp_path / "tied", model.state_dict(), meta)
    assert written["tied"] == {"generator.weight": "tgt_embed.token.weight"}
    assert "generator.weight" not in written["tensors"]
    loaded = models.load_from(tmp_path / "tied").model
    assert loaded.generator.weight is loaded.tgt_embed.token.weight
    assert torch.equal(loaded.generator.weight, as_stored(model.state_dict())["generator.weight"])
    bad = json.loads((tmp_path / "tied.json").read_text()) | {"tied": {"generator.weight": "no.such.tensor"}}
    (tmp_path / "tied.json").write_text(json.dumps(bad))
    with pytest.raises(CheckpointError, match="tied"):
        models.load_from(tmp_path / "tied")
