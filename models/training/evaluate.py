"""Held-out figures: exact match, token accuracy, and the alignment error rate of attention."""

from __future__ import annotations

import torch

from models.nn.capture import capture
from models.nn.seq2seq import Seq2Seq
from models.nn.vocab import Vocab, batch_tensor, source_ids
from models.tasks import Pair


@torch.no_grad()
def exact_match(model: Seq2Seq, pairs: list[Pair], src_vocab: Vocab, tgt_vocab: Vocab, batch_size: int = 500) -> dict:
    """Greedy-decode every pair; share of outputs equal to the reference, and token accuracy."""
    model.eval()
    exact = tokens_right = tokens_total = 0
    for start in range(0, len(pairs), batch_size):
        chunk = pairs[start : start + batch_size]
        src, lengths = batch_tensor([source_ids(src_vocab, p.src) for p in chunk])
        max_len = max(len(p.tgt) for p in chunk) + 5
        outputs = model.greedy(src, lengths, tgt_vocab.bos_id, tgt_vocab.eos_id, max_len)
        for pair, out in zip(chunk, outputs):
            want = tgt_vocab.encode(pair.tgt) + [tgt_vocab.eos_id]
            exact += out == want
            tokens_right += sum(a == b for a, b in zip(out, want))
            tokens_total += len(want)
    return {"exact_match": exact / len(pairs), "token_accuracy": tokens_right / tokens_total, "n": len(pairs)}


@torch.no_grad()
def alignment_error_rate(model: Seq2Seq, pairs: list[Pair], src_vocab: Vocab, tgt_vocab: Vocab) -> float:
    """AER (Och & Ney 2003) of argmax attention, with the reference output fed to the decoder.

    Each output word links to the source word it attends to most; AER = 1 − (|A∩S| + |A∩P|) /
    (|A| + |S|) over the corpus, S = sure and P = possible gold links. Output words with no gold
    link at all (the *I* of a Korean source that leaves its subject out: 밥 먹었어) are left out, as is </s>.
    """
    model.eval()
    predicted = []
    for pair in pairs:
        src, lengths = batch_tensor([source_ids(src_vocab, pair.src)])
        tgt_in = torch.tensor([[tgt_vocab.bos_id] + tgt_vocab.encode(pair.tgt)])
        with capture() as store:
            model(src, lengths, tgt_in)
        weights = model.cross_attention(store)  # [tgt_pos, src_pos]
        linked = {t for t, _ in pair.possible}
        predicted.append({(t, int(weights[t].argmax())) for t in range(len(pair.tgt)) if t in linked})
    return corpus_aer(pairs, predicted)


def corpus_aer(pairs: list[Pair], predicted: list[set[tuple[int, int]]]) -> float:
    """1 − (|A∩S| + |A∩P|) / (|A| + |S|), summed over the corpus; `predicted[i]` is A for `pairs[i]`."""
    a_s = sum(len(a & p.sure) for p, a in zip(pairs, predicted, strict=True))
    a_p = sum(len(a & p.possible) for p, a in zip(pairs, predicted, strict=True))
    n_a, n_s = sum(map(len, predicted)), sum(len(p.sure) for p in pairs)
    return 1 - (a_s + a_p) / (n_a + n_s)
