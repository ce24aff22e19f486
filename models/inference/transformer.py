"""A loaded Transformer that answers `run(text)` with every attention map and intermediate."""

from __future__ import annotations

import numpy as np
import torch

from models.inference.runner import Runner, RunResult
from models.nn.capture import capture
from models.nn.vocab import EOS, batch_tensor

# What each attention kind is called in the trace, per layer `{i}`.
ATTENTION_SITES = {
    "encoder.self": "encoder.{i}.self_attn",
    "decoder.self": "decoder.{i}.self_attn",
    "cross": "decoder.{i}.cross_attn",
}
# Per attention site, the tensors recorded (pinned by tests/test_transformer.py).
SITE_KEYS = ("q", "k", "v", "scores", "scaled", "masked", "weights", "heads", "concat", "out")


class TransformerRunner(Runner):
    kind = "transformer"
    has_attention = True

    def run(self, text: str, beam: int = 1) -> RunResult:
        """Greedy-translate `text`, then trace one teacher-forced pass over the output.

        Because decoder self-attention is causal, row t of every decoder matrix in that pass is
        exactly what the model computed when it wrote token t: step-by-step decoding can be
        shown by revealing rows one at a time (tests/test_transformer.py checks this).
        """
        if beam != 1:
            raise ValueError("the Transformer explorer decodes greedily (beam=1)")
        tokens, truncated = self.tokenize(text)
        src_tokens = tokens + [EOS]
        src, lengths = batch_tensor([self.src_vocab.encode(tokens) + [self.src_vocab.eos_id]])
        bos, eos = self.tgt_vocab.bos_id, self.tgt_vocab.eos_id
        with torch.inference_mode():
            out_ids = self.model.greedy(src, lengths, bos, eos, max_len=min(2 * len(src_tokens) + 10, 80))[0]
            with capture() as store:
                self.model(src, lengths, torch.tensor([[bos] + out_ids[:-1]]))
        trace = {name: tensors[0][0].numpy() for name, tensors in store.items()}  # one pass: drop the batch axis
        attention = {
            kind: np.stack([trace[f"{site.format(i=i)}.weights"] for i in range(self.model.cfg.n_layers)])
            for kind, site in ATTENTION_SITES.items()
        }  # each [layer, head, query, key]
        return self._result(tokens, truncated, out_ids, attention, trace, trace["probs"])
