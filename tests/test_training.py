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


def test_every_shipped_checkpoint_has_one_training_config():
    """`make train` (`--all`) re-creates exactly the shipped files; the positional-encoding lab's
    models are small (d_model 128), and the en-fr Transformer shares its output matrix."""
    from models.training.cli import PE_LAB_WIDTH, model_name, shipped_configs
    from models.training.loop import build_model

    configs = {model_name(c): c for c in shipped_configs()}
    assert len(configs) == len(shipped_configs())
    assert sorted(configs) == [n for n in models.available() if n != "minilm"]  # MiniLM comes pretrained
    for name in ("transformer-learned-en-fr", "transformer-upto10-en-fr", "transformer-learned-upto10-en-fr"):
        assert configs[name].hidden == PE_LAB_WIDTH and configs[name].task == "en-fr"
    big = build_model(configs["transformer-en-fr"], 50, 60)
    assert big.generator.weight is big.tgt_embed.token.weight


def test_dropout_acts_in_training_only():
    """A GRU trained with dropout runs in the app (eval mode) exactly as one without it."""
    from models.nn.seq2seq import Seq2Seq, Seq2SeqConfig

    torch.manual_seed(0)
    with_dropout = Seq2Seq(Seq2SeqConfig(20, 20, "additive", emb_dim=8, hidden=16, attention_dim=8, dropout=0.5))
    without = Seq2Seq(Seq2SeqConfig(20, 20, "additive", emb_dim=8, hidden=16, attention_dim=8))
    without.load_state_dict(with_dropout.state_dict())
    src, lengths, tgt = torch.tensor([[4, 5, 6, 2]]), torch.tensor([4]), torch.tensor([[1, 7, 8]])
    with_dropout.eval(), without.eval()
    assert torch.equal(with_dropout(src, lengths, tgt), without(src, lengths, tgt))
    with_dropout.train()
    assert not torch.equal(with_dropout(src, lengths, tgt), without(src, lengths, tgt))
