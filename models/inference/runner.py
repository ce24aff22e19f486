"""A loaded seq2seq model that answers `run(text)` with everything it computed."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import torch
from torch import nn

from models.inference.beam import beam_search
from models.nn.capture import capture
from models.nn.vocab import BOS, EOS, Vocab, batch_tensor
from models.tasks import Task

TOP_K = 5
# Trace keys of one run, pinned by tests/test_models_contract.py.
STEP_KEYS = (
    "decoder.state",
    "decoder.attention.scores",
    "decoder.attention.weights",
    "decoder.attention.context",
    "decoder.concat",
    "decoder.attentional",
    "decoder.probs",
)


@dataclass
class RunResult:
    src_tokens: list[str]  # what the encoder read, ending with </s>
    tgt_tokens: list[str]  # what the decoder wrote, ending with </s> unless cut at max length
    attention: dict[str, np.ndarray]  # {"cross": [layer=1, head=1, tgt_pos, src_pos]}; empty without attention
    trace: dict[str, np.ndarray]  # every captured tensor by dotted name; step tensors are [tgt_pos, ...]
    unknown: list[int] = field(default_factory=list)  # source positions the vocabulary does not know
    truncated: bool = False  # input was longer than the task's limit and was cut
    text: str = ""  # the output as a string
    topk_ids: np.ndarray | None = None  # [tgt_pos, k] most probable next tokens per step
    topk_tokens: list[list[str]] = field(default_factory=list)
    topk_probs: np.ndarray | None = None  # [tgt_pos, k]
    tgt_input_tokens: list[str] = field(default_factory=list)  # what the decoder read: <s>, y1, …


class Runner:
    """What every model answers: a name, its task and vocabularies, its held-out metrics, `run`."""

    kind = ""

    def __init__(self, name: str, model: nn.Module, task: Task, src_vocab: Vocab, tgt_vocab: Vocab, sidecar: dict):
        self.name, self.model, self.task = name, model.eval(), task
        self.src_vocab, self.tgt_vocab, self.sidecar = src_vocab, tgt_vocab, sidecar

    @property
    def metrics(self) -> dict:
        return self.sidecar.get("metrics", {})

    def tokenize(self, text: str) -> tuple[list[str], bool]:
        """Source tokens (cut to the task's limit) and whether they were cut."""
        tokens = self.task.tokenize(text)
        limit = self.task.max_source_tokens
        return tokens[:limit], len(tokens) > limit

    def _topk(self, probs: np.ndarray) -> tuple[np.ndarray, list[list[str]], np.ndarray]:
        """Top-k token ids, tokens and probabilities per output step, from `[tgt_pos, vocab]`."""
        top = torch.from_numpy(probs).topk(min(TOP_K, probs.shape[-1]), dim=-1)
        return top.indices.numpy(), [self.tgt_vocab.decode(row) for row in top.indices.tolist()], top.values.numpy()

    def _result(
        self, tokens: list[str], truncated: bool, out_ids: list[int], attention: dict, trace: dict, probs: np.ndarray
    ) -> RunResult:
        """Assemble a RunResult: output tokens and text, unknown source words, top-k next tokens."""
        tgt_tokens = self.tgt_vocab.decode(out_ids)
        topk_ids, topk_tokens, topk_probs = self._topk(probs)
        return RunResult(
            src_tokens=tokens + [EOS],
            tgt_tokens=tgt_tokens,
            attention=attention,
            trace=trace,
            unknown=[i for i, t in enumerate(tokens) if t not in self.src_vocab],
            truncated=truncated,
            text=self.task.detokenize([t for t in tgt_tokens if t != EOS]),
            topk_ids=topk_ids,
            topk_tokens=topk_tokens,
            topk_probs=topk_probs,
            tgt_input_tokens=[BOS] + tgt_tokens[:-1],
        )


class Seq2SeqRunner(Runner):
    """The models contract for seq2seq checkpoints; never changes its model, so it can be shared."""

    kind = "seq2seq"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.has_attention = self.model.cfg.attention != "none"

    def run(self, text: str, beam: int = 1) -> RunResult:
        """Translate `text` (greedy, or beam search of width `beam`) and trace every step.

        Greedy decoding runs inside `capture()`: each decoding step records its tensors, so the
        trace is exactly what produced the output. Beam search explores many hypotheses, so the
        best one is then replayed in one teacher-forced pass inside `capture()`.
        """
        tokens, truncated = self.tokenize(text)
        src_tokens = tokens + [EOS]
        src, lengths = batch_tensor([self.src_vocab.encode(tokens) + [self.src_vocab.eos_id]])
        bos, eos = self.tgt_vocab.bos_id, self.tgt_vocab.eos_id
        max_len = min(2 * len(src_tokens) + 10, 80)
        with torch.inference_mode():
            if beam == 1:
                with capture() as store:
                    out_ids = self.model.greedy(src, lengths, bos, eos, max_len)[0]
            else:
                out_ids = beam_search(self.model, src, lengths, bos, eos, max_len, beam)
                with capture() as store:
                    self.model(src, lengths, torch.tensor([[bos] + out_ids[:-1]]))
        trace = {"encoder.states": store["encoder.states"][0][0].numpy()}
        trace.update({k: torch.stack(store[k])[:, 0].numpy() for k in STEP_KEYS if k in store})
        attention = {}
        if self.has_attention:
            attention["cross"] = trace["decoder.attention.weights"][None, None]  # [1, 1, tgt_pos, src_pos]
        return self._result(tokens, truncated, out_ids, attention, trace, trace["decoder.probs"])
