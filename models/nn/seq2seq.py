"""GRU encoder–decoder with pluggable attention (Bahdanau 2015, Luong 2015).

Encoder: embedding → bidirectional GRU; the two directions are concatenated, so each source
position has a state of size `hidden`. Decoder, one step per output token:

    h_t   = GRU([embed(y_{t-1}); h̃_{t-1}], h_{t-1})     # "input feeding": last attentional state
    s_t   = score(h_t, encoder states)                   # dot / general / additive
    a_t   = softmax(s_t)                                 # pads get exactly 0
    c_t   = Σ_j a_tj · enc_j                             # context vector
    h̃_t   = tanh(W_c [c_t; h_t])                         # attentional state
    p_t   = softmax(W_o h̃_t)                             # next-token probabilities

With attention "none", c_t is the same fixed summary of the whole source at every step (the
final encoder states): the bottleneck attention was invented to remove.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

import torch
from torch import nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

from models.nn import attention as att
from models.nn.capture import Tap, name_taps

ATTENTION_KINDS = ("additive", "dot", "general", "none")

# Where one run's tensors are recorded: the taps' places in the module tree (pinned by
# tests/test_models_contract.py). Each decoder name holds one entry per decoding step.
ENCODER_STATES = "encoder.states"  # [batch, src_pos, hidden]
STEP_NAMES = {
    "state": "decoder.state",  # [batch, hidden]: h_t
    "scores": "decoder.attention.scores",  # [batch, src_pos]: s_t (with attention only)
    "weights": "decoder.attention.weights",  # [batch, src_pos]: a_t
    "context": "decoder.attention.context",  # [batch, hidden]: c_t
    "concat": "decoder.concat",  # [batch, 2 * hidden]: [c_t; h_t]
    "attentional": "decoder.attentional",  # [batch, hidden]: h̃_t
    "probs": "decoder.probs",  # [batch, vocab]: p_t (in eval mode)
}
STEP_KEYS = tuple(STEP_NAMES.values())
WEIGHTS, PROBS = STEP_NAMES["weights"], STEP_NAMES["probs"]


@dataclass(frozen=True)
class Seq2SeqConfig:
    src_vocab_size: int
    tgt_vocab_size: int
    attention: str = "additive"
    emb_dim: int = 64
    hidden: int = 128  # decoder state size; each encoder direction gets half, so dot scores need no projection
    attention_dim: int = 64  # hidden layer of the additive score network (unused by the others)
    dropout: float = 0.0  # on embeddings and the attentional state, in training only (no effect in the app)

    def __post_init__(self):
        if self.attention not in ATTENTION_KINDS:
            raise ValueError(f"attention must be one of {ATTENTION_KINDS}, got {self.attention!r}")
        if self.hidden % 2:
            raise ValueError("hidden must be even (two encoder directions of hidden // 2)")

    def to_dict(self) -> dict:
        return asdict(self)


class Encoder(nn.Module):
    def __init__(self, cfg: Seq2SeqConfig):
        super().__init__()
        self.embed = nn.Embedding(cfg.src_vocab_size, cfg.emb_dim, padding_idx=0)
        self.rnn = nn.GRU(cfg.emb_dim, cfg.hidden // 2, batch_first=True, bidirectional=True)
        self.drop = nn.Dropout(cfg.dropout)
        self.states = Tap()

    def forward(self, src: torch.Tensor, lengths: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """src `[batch, src_pos]` → (states `[batch, src_pos, hidden]`, summary `[batch, hidden]`)."""
        packed = pack_padded_sequence(self.drop(self.embed(src)), lengths.cpu(), batch_first=True, enforce_sorted=False)
        out, last = self.rnn(packed)
        out, _ = pad_packed_sequence(out, batch_first=True, total_length=src.shape[1])
        summary = torch.cat([last[0], last[1]], dim=-1)  # forward's last + backward's first state
        return self.states(out), summary


class Attention(nn.Module):
    """Scores one decoder state against every encoder state, then takes the weighted sum."""

    def __init__(self, cfg: Seq2SeqConfig):
        super().__init__()
        self.kind = cfg.attention
        if self.kind == "general":
            self.weight = nn.Parameter(torch.empty(cfg.hidden, cfg.hidden))
            nn.init.xavier_uniform_(self.weight)
        elif self.kind == "additive":
            self.w_query = nn.Linear(cfg.hidden, cfg.attention_dim, bias=False)
            self.w_key = nn.Linear(cfg.hidden, cfg.attention_dim, bias=False)
            self.v = nn.Parameter(torch.empty(cfg.attention_dim).uniform_(-0.1, 0.1))
        self.scores, self.weights, self.context = Tap(), Tap(), Tap()

    def forward(self, query: torch.Tensor, keys: torch.Tensor, mask: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """query `[batch, hidden]`, keys `[batch, src_pos, hidden]`, mask `[batch, src_pos]`
        → (context `[batch, hidden]`, weights `[batch, src_pos]`)."""
        q = query.unsqueeze(1)  # [batch, 1, hidden]: one query position
        if self.kind == "dot":
            scores = att.dot_scores(q, keys)
        elif self.kind == "general":
            scores = att.general_scores(q, keys, self.weight)
        else:
            scores = att.additive_scores(q, keys, self.w_query.weight, self.w_key.weight, self.v)
        scores = self.scores(scores.squeeze(1))  # [batch, src_pos]
        weights = self.weights(att.masked_softmax(scores, mask))
        context = (weights.unsqueeze(1) @ keys).squeeze(1)  # [batch, hidden]
        return self.context(context), weights


class Decoder(nn.Module):
    def __init__(self, cfg: Seq2SeqConfig):
        super().__init__()
        self.cfg = cfg
        self.embed = nn.Embedding(cfg.tgt_vocab_size, cfg.emb_dim, padding_idx=0)
        self.cell = nn.GRUCell(cfg.emb_dim + cfg.hidden, cfg.hidden)
        self.attention = Attention(cfg) if cfg.attention != "none" else None
        self.combine = nn.Linear(2 * cfg.hidden, cfg.hidden)  # W_c
        self.out = nn.Linear(cfg.hidden, cfg.tgt_vocab_size)  # W_o
        self.drop = nn.Dropout(cfg.dropout)
        self.state, self.concat, self.attentional, self.probs = Tap(), Tap(), Tap(), Tap()

    def step(
        self,
        prev: torch.Tensor,
        hidden: torch.Tensor,
        feed: torch.Tensor,
        keys: torch.Tensor,
        summary: torch.Tensor,
        mask: torch.Tensor,
    ) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        """One output token: prev ids `[batch]` → (logits `[batch, vocab]`, hidden, attentional state)."""
        hidden = self.state(self.cell(torch.cat([self.drop(self.embed(prev)), feed], dim=-1), hidden))
        if self.attention is not None:
            context, _ = self.attention(hidden, keys, mask)
        else:
            context = summary  # fixed-context baseline: the same vector at every step
        concat = self.concat(torch.cat([context, hidden], dim=-1))  # [batch, 2 * hidden]
        attentional = self.attentional(torch.tanh(self.combine(concat)))
        logits = self.out(self.drop(attentional))
        if not self.training:
            self.probs(torch.softmax(logits, dim=-1))
        return logits, hidden, attentional


class Seq2Seq(nn.Module):
    def __init__(self, cfg: Seq2SeqConfig):
        super().__init__()
        self.cfg = cfg
        self.encoder = Encoder(cfg)
        self.decoder = Decoder(cfg)
        name_taps(self)

    def encode(self, src: torch.Tensor, lengths: torch.Tensor):
        """Encoder states, summary, first decoder state and input-feed, and the source mask."""
        keys, summary = self.encoder(src, lengths)
        mask = torch.arange(src.shape[1])[None, :] < lengths[:, None]  # [batch, src_pos] True = real token
        feed = torch.zeros_like(summary)
        return keys, summary, summary.clone(), feed, mask

    def forward(self, src: torch.Tensor, lengths: torch.Tensor, tgt_in: torch.Tensor) -> torch.Tensor:
        """Teacher forcing: tgt_in `[batch, tgt_pos]` (starts with <s>) → logits `[batch, tgt_pos, vocab]`."""
        keys, summary, hidden, feed, mask = self.encode(src, lengths)
        logits = []
        for t in range(tgt_in.shape[1]):
            step_logits, hidden, feed = self.decoder.step(tgt_in[:, t], hidden, feed, keys, summary, mask)
            logits.append(step_logits)
        return torch.stack(logits, dim=1)

    @staticmethod
    def cross_attention(store: dict[str, list[torch.Tensor]]) -> torch.Tensor | None:
        """Output × source weights `[tgt_pos, src_pos]` of the first sentence of a captured pass, or
        None for the model without attention."""
        steps = store.get(WEIGHTS)
        return torch.stack(steps)[:, 0] if steps else None

    @torch.no_grad()
    def greedy(self, src: torch.Tensor, lengths: torch.Tensor, bos: int, eos: int, max_len: int) -> list[list[int]]:
        """Greedy decoding for a batch; each output ends at (and includes) its first </s>."""
        keys, summary, hidden, feed, mask = self.encode(src, lengths)
        prev = torch.full((src.shape[0],), bos, dtype=torch.long)
        outputs = [[] for _ in range(src.shape[0])]
        done = torch.zeros(src.shape[0], dtype=torch.bool)
        for _ in range(max_len):
            logits, hidden, feed = self.decoder.step(prev, hidden, feed, keys, summary, mask)
            prev = logits.argmax(dim=-1)
            for i in torch.nonzero(~done).flatten().tolist():
                outputs[i].append(prev[i].item())
            done |= prev == eos
            if bool(done.all()):
                break
        return outputs
