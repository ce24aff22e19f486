"""A trained translation model on the hand-written everyday test set (tests/data/everyday.tsv):
share read with no unknown word, exact match against a reference, chrF."""

from __future__ import annotations

import torch

from models.nn.vocab import Vocab, batch_tensor, source_ids
from models.tasks import Task
from models.tasks.everyday import reference_set


@torch.no_grad()
def everyday_scores(model: torch.nn.Module, task: Task, src_vocab: Vocab, tgt_vocab: Vocab) -> dict:
    """`{"sentences", "read", "exact", "chrf", "by_construction"}` for a model of an everyday task."""
    model.eval()
    known = frozenset(src_vocab.tokens)

    def translate(text: str) -> tuple[str, int]:
        tokens = task.tokenize(text, known)[: task.max_source_tokens]
        unknown = sum(t not in src_vocab for t in tokens)
        src, lengths = batch_tensor([source_ids(src_vocab, tokens)])
        out = model.greedy(src, lengths, tgt_vocab.bos_id, tgt_vocab.eos_id, min(2 * len(tokens) + 10, 80))[0]
        words = tgt_vocab.decode(i for i in out if i != tgt_vocab.eos_id)
        return task.detokenize(words), unknown

    score = reference_set.score(task.name, translate)
    return score.as_dict() | {"by_construction": score.by_construction}
