"""The GRU encoder–decoder behind the models contract."""

from __future__ import annotations

import numpy as np
import torch

from models.inference.beam import beam_search
from models.inference.results import CROSS, Seq2SeqResult
from models.inference.runner import Store, TranslationRunner
from models.nn import seq2seq
from models.nn.capture import capture


class Seq2SeqRunner(TranslationRunner):
    """`run(text, beam=1)`: attention is `{"cross": [layer=1, head=1, tgt_pos, src_pos]}` (empty
    for the model without attention); the trace holds one row per decoding step."""

    kind = "seq2seq"
    result_class = Seq2SeqResult

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.attention_kinds = (CROSS,) if self.model.cfg.attention != "none" else ()

    @property
    def layers(self) -> int:
        return 1

    @property
    def heads(self) -> int:
        return 1

    def _decode(self, src: torch.Tensor, lengths: torch.Tensor, max_len: int, beam: int) -> tuple[list[int], Store | None]:
        """Greedy decoding is traced as it runs (each step records its tensors), so the trace is
        exactly what produced the output; beam search explores many hypotheses, so its best one
        is replayed afterwards."""
        bos, eos = self.tgt_vocab.bos_id, self.tgt_vocab.eos_id
        if beam != 1:
            return beam_search(self.model, src, lengths, bos, eos, max_len, beam), None
        with capture() as store:
            out_ids = self.model.greedy(src, lengths, bos, eos, max_len)[0]
        return out_ids, store

    def _trace(self, store: Store) -> dict[str, np.ndarray]:
        trace = {seq2seq.ENCODER_STATES: store[seq2seq.ENCODER_STATES][0][0].numpy()}
        trace.update({name: torch.stack(store[name])[:, 0].numpy() for name in seq2seq.STEP_KEYS if name in store})
        return trace

    def _attention(self, trace: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
        weights = trace.get(seq2seq.WEIGHTS)
        return {} if weights is None else {CROSS: weights[None, None]}  # [1, 1, tgt_pos, src_pos]

    def _probs(self, trace: dict[str, np.ndarray]) -> np.ndarray:
        return trace[seq2seq.PROBS]
