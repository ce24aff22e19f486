"""Run a shipped model from its source *embeddings* instead of its token ids, so autograd can
ask how the output depends on each source word.

Each function below repeats, with the model's own submodules, what the model's forward pass does
after its embedding lookup. Nothing is changed on the model (no hooks, no swapped parameters): a
model shared by many sessions can be differentiated by all of them at once. `tests/
test_attribution.py` checks that each path equals the model's own forward pass on the real
embeddings.

"Embedding of source word i" means the row the lookup table gives for it: for the Transformer
before ×√d_model and the positional encoding, for MiniLM before positions, segments and LayerNorm.
"""

from __future__ import annotations

import torch

from models.nn.bert import Bert
from models.nn.seq2seq import Seq2Seq
from models.nn.transformer import Transformer


def source_embedding_table(model: torch.nn.Module) -> torch.nn.Embedding:
    """The lookup table of the source side (the only side for MiniLM)."""
    if isinstance(model, Seq2Seq):
        return model.encoder.embed
    if isinstance(model, Transformer):
        return model.src_embed.token
    if isinstance(model, Bert):
        return model.embeddings.word_embeddings
    raise TypeError(f"no source embedding known for {type(model).__name__}")


def embed(model: torch.nn.Module, ids: list[int]) -> torch.Tensor:
    """The source embeddings `[src_pos, emb]` of `ids`, detached (a leaf to differentiate against)."""
    with torch.no_grad():
        return source_embedding_table(model)(torch.tensor(ids)).detach().clone()


def translation_logits(model: Seq2Seq | Transformer, emb: torch.Tensor, tgt_in: list[int]) -> torch.Tensor:
    """Teacher-forced logits `[batch, tgt_pos, vocab]` from source embeddings `[batch, src_pos, emb]`.

    Every source in the batch has the same length (no padding), so no mask hides anything.
    """
    batch, length = emb.shape[:2]
    tgt = torch.tensor(tgt_in).expand(batch, -1)  # [batch, tgt_pos]
    if isinstance(model, Transformer):
        e = model.src_embed
        x = emb * e.scale + e.position_table(length).unsqueeze(0)  # as Embedding.forward
        mask = torch.ones(batch, 1, 1, length, dtype=torch.bool)  # [batch, 1, 1, src_pos]
        for layer in model.encoder:
            x = layer(x, mask)
        return model.decode(tgt, model.encoder_norm(x), mask)
    keys, last = model.encoder.rnn(emb)  # no padding, so no packing: the same GRU pass
    summary = torch.cat([last[0], last[1]], dim=-1)  # [batch, hidden], as Encoder.forward
    mask = torch.ones(batch, length, dtype=torch.bool)
    hidden, feed = summary, torch.zeros_like(summary)
    logits = []
    for t in range(tgt.shape[1]):
        step_logits, hidden, feed = model.decoder.step(tgt[:, t], hidden, feed, keys, summary, mask)
        logits.append(step_logits)
    return torch.stack(logits, dim=1)


def minilm_hidden(model: Bert, emb: torch.Tensor, type_ids: list[int]) -> torch.Tensor:
    """MiniLM's last hidden states `[batch, pos, hidden]` from word-piece embeddings `[batch, pos, hidden]`."""
    e = model.embeddings
    positions = e.position_embeddings(torch.arange(emb.shape[1]))[None]  # [1, pos, hidden]
    types = e.token_type_embeddings(torch.tensor(type_ids))[None]
    x = e.LayerNorm(emb + positions + types)  # as Embeddings.forward
    mask = torch.ones(emb.shape[0], 1, 1, emb.shape[1], dtype=torch.bool)
    for layer in model.encoder.layer:
        x = layer(x, mask)
    return x
