"""The training CLI is deterministic for a seed and writes a checkpoint the app can load."""

import torch

import models
from models.train import main
from models.training.config import TrainConfig
from models.training.loop import train


def test_same_seed_same_weights():
    torch.set_num_threads(1)
    cfg = TrainConfig(task="dates", attention="dot", seed=3, steps=12, eval_every=6, eval_size=50)
    a, b = train(cfg), train(cfg)
    for k, v in a.model.state_dict().items():
        assert torch.equal(v, b.model.state_dict()[k]), k
    timeless = lambda history: [{k: v for k, v in h.items() if "seconds" not in k} for h in history]
    assert timeless(a.history) == timeless(b.history)


def test_cli_writes_a_loadable_checkpoint_with_metrics(tmp_path):
    main(["--task", "dates", "--attention", "additive", "--steps", "20", "--out", str(tmp_path)])
    assert models.available(tmp_path) == ["seq2seq-additive-dates"]
    m = models.load("seq2seq-additive-dates", tmp_path)
    assert {"test_exact_match", "test_aer", "steps"} <= set(m.metrics)
    assert m.sidecar["training"]["command"].startswith("python -m models.train --task dates --attention additive")
    assert len(m.run("22/11/2026").tgt_tokens) >= 1
