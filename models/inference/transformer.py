"""The encoder–decoder Transformer behind the models contract."""

from __future__ import annotations

import numpy as np
import torch

from models.inference.results import ATTENTION_KINDS, TransformerResult
from models.inference.runner import Store, TranslationRunner, first_of_one_pass
from models.nn import transformer


class TransformerRunner(TranslationRunner):
    """`run(text)`: greedy translation, then one teacher-forced pass over the output that records
    every layer and head. Because decoder self-attention is causal, row t of every decoder matrix
    in that pass is exactly what the model computed when it wrote token t, so step-by-step
    decoding can be shown by revealing rows one at a time (tests/test_transformer.py checks this).
    """

    kind = "transformer"
    attention_kinds = ATTENTION_KINDS
    result_class = TransformerResult

    @property
    def layers(self) -> int:
        return self.model.cfg.n_layers

    @property
    def heads(self) -> int:
        return self.model.cfg.n_heads

    @property
    def norm(self) -> str:
        """Where LayerNorm sits: "post" (the 2017 paper, after the residual add) or "pre"."""
        return self.model.cfg.norm

    @property
    def max_positions(self) -> int:
        """The longest sequence the position table holds."""
        return self.model.cfg.max_len

    def position_table(self, length: int) -> np.ndarray:
        """The source side's positional encodings `[length, d_model]` (sinusoidal or learned)."""
        with torch.inference_mode():
            return self.model.src_embed.position_table(length).numpy().copy()

    def _decode(self, src: torch.Tensor, lengths: torch.Tensor, max_len: int, beam: int) -> tuple[list[int], Store | None]:
        if beam != 1:
            raise ValueError("the Transformer explorer decodes greedily (beam=1)")
        return self.model.greedy(src, lengths, self.tgt_vocab.bos_id, self.tgt_vocab.eos_id, max_len)[0], None

    def _trace(self, store: Store) -> dict[str, np.ndarray]:
        return first_of_one_pass(store)

    def _attention(self, trace: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
        return {
            kind: np.stack([trace[transformer.site_name(kind, i, "weights")] for i in range(self.layers)])
            for kind in self.attention_kinds
        }  # each [layer, head, query, key]

    def _probs(self, trace: dict[str, np.ndarray]) -> np.ndarray:
        return trace[transformer.PROBS]
