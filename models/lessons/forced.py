"""Ask the model "what if": force a word at one step and let it go on greedily from there, or
feed it a reference translation (teacher forcing) instead of its own output (free running).

Every sequence is scored the same way: one teacher-forced pass over it inside `capture()`, so
its log-probabilities are log_softmax of the logits the model computed, and its cross-attention
is the one the model used to write it (with causal decoding, a pass over a finished output
computes, row by row, what each decoding step did).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
import torch

from models.inference.runner import TranslationRunner, output_limit
from models.nn.capture import capture
from models.nn.vocab import EOS, UNK, batch_tensor
from models.tasks.everyday import tokenize


@dataclass(frozen=True)
class Source:
    """A typed sentence as the encoder reads it, and how long a translation of it may be."""

    tokens: list[str]  # cut to the task's limit; </s> not included
    src: torch.Tensor  # [1, src_pos]
    lengths: torch.Tensor  # [1]
    max_len: int  # the output limit (tokens, </s> included)


@dataclass(frozen=True)
class Scored:
    """A target sequence and what the model thinks of it, token by token."""

    ids: list[int]
    tokens: list[str]
    logp: np.ndarray  # [tgt_pos]: log p(y_t | y_<t, source)
    cross: np.ndarray | None  # [tgt_pos, src_pos]: cross-attention (last layer, mean of heads); None without attention

    @property
    def total(self) -> float:
        """Log-probability of the whole sequence: the sum of its tokens' log-probabilities."""
        return float(self.logp.sum())


@dataclass(frozen=True)
class Forcing:
    """Greedy decoding beside the decoding forced to write `token` at `step` and greedy after it."""

    step: int  # 0-based output position that was forced
    token: str
    greedy: Scored
    forced: Scored


@dataclass(frozen=True)
class TeacherForcing:
    """A reference fed to the decoder (teacher forcing) beside the model's own output (free running)."""

    reference: Scored  # ends with </s>
    free: Scored  # greedy decoding
    unknown: list[int]  # reference positions the target vocabulary does not know (read as <unk>)
    cut: bool  # the reference was longer than the output limit and was cut


def encode_source(runner: TranslationRunner, text: str) -> Source:
    """Tokenize and batch `text` exactly as `runner.run` does."""
    tokens, _ = runner.tokenize(text)
    src, lengths = batch_tensor([runner.source_ids(tokens)])
    return Source(tokens, src, lengths, output_limit(len(tokens) + 1))


@torch.inference_mode()
def continue_greedy(runner: TranslationRunner, source: Source, prefix: list[int]) -> list[int]:
    """Write `prefix`, then the most probable token at every step until </s> or the output limit."""
    model, bos, eos = runner.model, runner.tgt_vocab.bos_id, runner.tgt_vocab.eos_id
    out = list(prefix[: source.max_len])
    if runner.kind == "seq2seq":  # an RNN must read its prefix to get the state after it
        keys, summary, hidden, feed, mask = model.encode(source.src, source.lengths)
        out, prev = [], bos
        for t in range(source.max_len):
            if out and out[-1] == eos:
                break
            logits, hidden, feed = model.decoder.step(torch.tensor([prev]), hidden, feed, keys, summary, mask)
            prev = prefix[t] if t < len(prefix) else int(logits[0].argmax())
            out.append(prev)
        return out
    memory, src_mask = model.encode(source.src, source.lengths)
    while len(out) < source.max_len and not (out and out[-1] == eos):
        ys = torch.tensor([[bos] + out])  # [1, tgt_pos]: no cache, the models are tiny
        out.append(int(model.decode(ys, memory, src_mask)[0, -1].argmax()))
    return out


@torch.inference_mode()
def score(runner: TranslationRunner, source: Source, ids: list[int]) -> Scored:
    """Feed `ids` to the decoder (each step reads the previous token of `ids`) and record the
    log-probability of each token and the cross-attention of each step."""
    if not ids:
        raise ValueError("nothing to score: the sequence is empty")
    tgt_in = torch.tensor([[runner.tgt_vocab.bos_id] + ids[:-1]])  # [1, tgt_pos]
    with capture() as store:
        logits = runner.model(source.src, source.lengths, tgt_in)  # [1, tgt_pos, vocab]
    logp = torch.log_softmax(logits[0].float(), dim=-1)[torch.arange(len(ids)), torch.tensor(ids)]
    cross = runner.model.cross_attention(store)
    return Scored(
        list(ids), runner.tgt_vocab.decode(ids), logp.numpy().copy(), None if cross is None else cross.float().numpy().copy()
    )


def decode_with_prefix(runner: TranslationRunner, text: str, prefix: list[int]) -> Scored:
    """Force `prefix` (ids), continue greedily, and score the whole output."""
    source = encode_source(runner, text)
    return score(runner, source, continue_greedy(runner, source, prefix))


def force(runner: TranslationRunner, text: str, step: int, token: str, greedy: list[int] | None = None) -> Forcing:
    """Greedy decoding, and the decoding that writes greedy's first `step` tokens, then `token`,
    then goes on greedily. `greedy`: the greedy output's ids when already decoded (`run(text)`)."""
    if token not in runner.tgt_vocab:
        raise ValueError(f"{token!r} is not in the target vocabulary")
    source = encode_source(runner, text)
    greedy_scored = score(runner, source, greedy or continue_greedy(runner, source, []))
    if not 0 <= step < len(greedy_scored.ids):
        raise ValueError(f"step {step} is outside 0..{len(greedy_scored.ids) - 1}")
    prefix = greedy_scored.ids[:step] + [runner.tgt_vocab.index[token]]
    return Forcing(step, token, greedy_scored, score(runner, source, continue_greedy(runner, source, prefix)))


def reference_tokens(runner: TranslationRunner, text: str) -> list[str]:
    """A typed reference translation split into the target vocabulary's tokens: characters for a
    character task; else words, with Korean particles and endings, French elisions (`l'`) and
    hyphenated pronouns (`-toi`) split off the way the grammar writes them."""
    vocab = runner.tgt_vocab
    if runner.task.unit == "char":
        return [ch for ch in text.strip() if ch.isprintable()]
    if getattr(runner.task, "languages", ("", ""))[1] == "ko":
        return tokenize.korean(text, set(vocab.tokens))
    out = []
    for word in re.findall(r"[^\s.,!?;:\"()“”«»…]+", text.lower().replace("’", "'")):
        out += _split_word(word, vocab)
    return out


def _split_word(word: str, vocab) -> list[str]:
    """A known word whole; else an elided article (`l'école` → `l'`, `école`) or a hyphenated
    pronoun (`lève-toi` → `lève`, `-toi`) split off."""
    if word in vocab:
        return [word]
    if "'" in word[:-1]:
        head, tail = word.split("'", 1)
        return [head + "'", *_split_word(tail, vocab)]
    if "-" in word[1:]:
        head, tail = word.rsplit("-", 1)
        return [*_split_word(head, vocab), "-" + tail]
    return [word]


def teacher_forcing(runner: TranslationRunner, text: str, reference: str, greedy: list[int] | None = None) -> TeacherForcing:
    """The model fed the typed `reference` (cut to the output limit, </s> appended) beside its own
    greedy output (`greedy`: its ids when already decoded), each token with its log-probability
    and each step with its cross-attention."""
    source = encode_source(runner, text)
    typed = [t for t in reference_tokens(runner, reference) if t != EOS]
    tokens = typed[: source.max_len - 1]
    ids = runner.tgt_vocab.encode(tokens) + [runner.tgt_vocab.eos_id]
    unknown = [i for i, t in enumerate(tokens) if t not in runner.tgt_vocab or t == UNK]
    free = score(runner, source, greedy or continue_greedy(runner, source, []))
    return TeacherForcing(score(runner, source, ids), free, unknown, len(typed) > len(tokens))
