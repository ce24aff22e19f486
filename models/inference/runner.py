"""The one `Runner` base every model answers through, and the translation runners' shared path:
tokenize → batch → decode (capped) → the traced pass → a result."""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import ClassVar

import numpy as np
import torch
from torch import nn

from models.inference.results import RunResult
from models.nn.capture import capture
from models.nn.vocab import BOS, EOS, Vocab, batch_tensor, source_ids
from models.tasks import Task

TOP_K = 5  # next-token candidates kept per output step
MAX_OUTPUT_TOKENS = 80  # a translation never writes more


def output_limit(n_source: int) -> int:
    """How many tokens a translation of `n_source` tokens (</s> included) may write: twice as
    many plus 10, at most MAX_OUTPUT_TOKENS. A model that never writes </s> stops there."""
    return min(2 * n_source + 10, MAX_OUTPUT_TOKENS)


Store = dict[str, list[torch.Tensor]]


class Runner(ABC):
    """What every model answers: a name, its size, its held-out metrics, and `run(text)`.

    A runner never changes its model, so one instance can serve every session at once.
    """

    kind: ClassVar[str]
    attention_kinds: tuple[str, ...] = ()  # the keys `run(...).attention` has

    def __init__(self, name: str, model: nn.Module, sidecar: dict | None = None):
        self.name, self.model, self.sidecar = name, model.eval(), sidecar or {}

    @property
    def metrics(self) -> dict:
        return self.sidecar.get("metrics", {})

    @property
    @abstractmethod
    def layers(self) -> int:
        """Layers with attention maps (the first axis of every `attention` array)."""

    @property
    @abstractmethod
    def heads(self) -> int:
        """Heads per layer (the second axis)."""

    @abstractmethod
    def run(self, text: str, **options):
        """Run the model on `text` and return everything it computed (a result dataclass)."""

    def _traced(self, *inputs) -> tuple[torch.Tensor, Store]:
        """One forward pass inside `capture()`: its output and every tap's tensors."""
        with capture() as store, torch.inference_mode():
            out = self.model(*inputs)
        return out, store


def first_of_one_pass(store: Store) -> dict[str, np.ndarray]:
    """A one-pass trace as numpy, batch axis dropped: name → the tensor of the first sentence."""
    return {name: tensors[0][0].numpy() for name, tensors in store.items()}


class TranslationRunner(Runner):
    """A task model (seq2seq or Transformer): a task, its two vocabularies, greedy or beam decoding."""

    result_class: ClassVar[type[RunResult]] = RunResult

    def __init__(self, name: str, model: nn.Module, task: Task, src_vocab: Vocab, tgt_vocab: Vocab, sidecar: dict):
        super().__init__(name, model, sidecar)
        self.task, self.src_vocab, self.tgt_vocab = task, src_vocab, tgt_vocab
        self._known = frozenset(src_vocab.tokens)  # what typed Korean is split into (see Task.tokenize)

    def tokenize(self, text: str) -> tuple[list[str], bool]:
        """Source tokens (cut to the task's limit) and whether they were cut."""
        tokens = self.task.tokenize(text, self._known)
        limit = self.task.max_source_tokens
        return tokens[:limit], len(tokens) > limit

    def source_ids(self, tokens: list[str]) -> list[int]:
        """Ids of source tokens followed by </s>, as the encoder reads them (unknown words → <unk>)."""
        return source_ids(self.src_vocab, tokens)

    def run(self, text: str, beam: int = 1) -> RunResult:
        """Translate `text` (greedy, or beam search of width `beam`) and trace what produced the output.

        A decoding that was not traced as it ran is replayed in one teacher-forced pass inside
        `capture()`: with causal decoding that pass computes, row by row, what each step did.
        """
        tokens, truncated = self.tokenize(text)
        src, lengths = batch_tensor([source_ids(self.src_vocab, tokens)])
        with torch.inference_mode():
            out_ids, store = self._decode(src, lengths, output_limit(len(tokens) + 1), beam)
        if store is None:
            _, store = self._traced(src, lengths, torch.tensor([[self.tgt_vocab.bos_id] + out_ids[:-1]]))
        trace = self._trace(store)
        return self._result(tokens, truncated, out_ids, self._attention(trace), trace)

    @abstractmethod
    def _decode(self, src: torch.Tensor, lengths: torch.Tensor, max_len: int, beam: int) -> tuple[list[int], Store | None]:
        """Output ids ending at </s> (or cut at `max_len`), and the trace if decoding recorded one."""

    @abstractmethod
    def _trace(self, store: Store) -> dict[str, np.ndarray]:
        """The captured tensors of the first sentence as numpy, by trace name."""

    @abstractmethod
    def _attention(self, trace: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
        """Attention kind → `[layer, head, query, key]`, read from the trace."""

    @abstractmethod
    def _probs(self, trace: dict[str, np.ndarray]) -> np.ndarray:
        """Next-token probabilities `[tgt_pos, vocab]`."""

    def _result(self, tokens: list[str], truncated: bool, out_ids: list[int], attention: dict, trace: dict) -> RunResult:
        """Assemble the result: output tokens and text, unknown source words, top-k next tokens."""
        tgt_tokens = self.tgt_vocab.decode(out_ids)
        probs = self._probs(trace)
        top = torch.from_numpy(probs).topk(min(TOP_K, probs.shape[-1]), dim=-1)
        return self.result_class(
            src_tokens=tokens + [EOS],
            tgt_tokens=tgt_tokens,
            attention=attention,
            trace=trace,
            unknown=[i for i, t in enumerate(tokens) if t not in self.src_vocab],
            truncated=truncated,
            text=self.task.detokenize([t for t in tgt_tokens if t != EOS]),
            topk_ids=top.indices.numpy(),
            topk_tokens=[self.tgt_vocab.decode(row) for row in top.indices.tolist()],
            topk_probs=top.values.numpy(),
            tgt_input_tokens=[BOS] + tgt_tokens[:-1],
        )
