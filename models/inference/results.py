"""What a run returns: the tokens, every attention map and every captured tensor, with accessors
so that nothing outside the networks needs to know a trace name.

    r.attention[kind]        [layer, head, query, key] for kind in the runner's `attention_kinds`
    r.trace[name]            every captured tensor by dotted name (see models/nn/*.py)
    r.axis_tokens(kind)      (query labels, key labels) of an attention kind
    r.site(kind, layer)      every tensor of one attention block (Transformer, MiniLM)
    r.step(t)                everything one RNN decoding step computed (seq2seq)
    r.add_norms()            the residual stream around every sub-layer (Transformer)
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields

import numpy as np

from models.nn import bert, seq2seq, transformer

# Attention kinds (the keys of `attention`), in the order data flows: "encoder.self", "decoder.self", "cross".
ATTENTION_KINDS = tuple(transformer.ATTENTION_SITES)
ENCODER_SELF, DECODER_SELF, CROSS = ATTENTION_KINDS


@dataclass(frozen=True)
class AttentionSite:
    """Every tensor one attention block computed, per head: the block behind one attention map."""

    q: np.ndarray  # [head, q_pos, d_head]
    k: np.ndarray  # [head, k_pos, d_head]
    v: np.ndarray  # [head, k_pos, d_head]
    scores: np.ndarray  # [head, q_pos, k_pos]: q · k
    scaled: np.ndarray  # the same ÷ √d_head
    masked: np.ndarray  # the same with −inf where a key may not be attended
    weights: np.ndarray  # softmax of `masked`; rows sum to 1
    heads: np.ndarray  # [head, q_pos, d_head]: each head's output, weights @ v

    @classmethod
    def read(cls, trace: dict[str, np.ndarray], name) -> AttentionSite:
        """Collect the fields from `trace`, where `name(field)` is each field's trace name."""
        return cls(**{f.name: trace[name(f.name)] for f in fields(cls)})


@dataclass(frozen=True)
class AddNormSite:
    """The residual stream around one sub-layer: x, f(x) and Add & Norm's output."""

    stack: str  # "encoder" or "decoder"
    layer: int  # 0-based
    sublayer: str  # "self", "cross" or "ffn"
    tokens: list[str]  # one row per token
    before: np.ndarray  # [pos, d_model]: x
    sublayer_out: np.ndarray  # [pos, d_model]: f(x)
    after: np.ndarray  # [pos, d_model]: norm(x + f(x)) (post-LN) or x + f(norm(x)) (pre-LN)


@dataclass(frozen=True)
class EmbeddingParts:
    """What the first layer reads: token embedding × √d_model, the positional encoding, their sum."""

    token: np.ndarray  # [pos, d_model]
    position: np.ndarray  # [pos, d_model]
    sum: np.ndarray  # [pos, d_model]


@dataclass(frozen=True)
class DecoderStep:
    """Everything an RNN decoder computed for one output token."""

    output: str  # the token written
    state: np.ndarray  # [hidden]: h_t
    concat: np.ndarray  # [2 * hidden]: [c_t; h_t]
    attentional: np.ndarray  # [hidden]: tanh(W_c [c_t; h_t])
    topk_tokens: list[str]  # most probable next tokens
    topk_probs: np.ndarray  # [k]
    encoder_states: np.ndarray  # [src_pos, hidden]
    scores: np.ndarray | None = None  # [src_pos]: None without attention
    weights: np.ndarray | None = None  # [src_pos]

    @property
    def context(self) -> np.ndarray:
        """c_t `[hidden]`: the first half of the concatenation (the fixed summary without attention)."""
        return self.concat[: self.state.shape[-1]]


@dataclass
class RunResult:
    """A translation: what the encoder read, what the decoder wrote, and everything in between."""

    src_tokens: list[str]  # what the encoder read, ending with </s>
    tgt_tokens: list[str]  # what the decoder wrote, ending with </s> unless cut at max length
    attention: dict[str, np.ndarray]  # kind → [layer, head, query, key]; empty without attention
    trace: dict[str, np.ndarray]  # every captured tensor by dotted name
    unknown: list[int] = field(default_factory=list)  # source positions the vocabulary does not know
    truncated: bool = False  # input was longer than the task's limit and was cut
    text: str = ""  # the output as a string
    topk_ids: np.ndarray | None = None  # [tgt_pos, k] most probable next tokens per step
    topk_tokens: list[list[str]] = field(default_factory=list)
    topk_probs: np.ndarray | None = None  # [tgt_pos, k]
    tgt_input_tokens: list[str] = field(default_factory=list)  # what the decoder read: <s>, y1, …

    def axis_tokens(self, kind: str) -> tuple[list[str], list[str]]:
        """(query labels, key labels) of an attention kind; cross-attention rows are labelled by
        the token each one writes."""
        if kind == ENCODER_SELF:
            return self.src_tokens, self.src_tokens
        if kind == DECODER_SELF:
            return self.tgt_input_tokens, self.tgt_input_tokens
        if kind == CROSS:
            return self.tgt_tokens, self.src_tokens
        raise ValueError(f"unknown attention kind {kind!r}")

    def cross_mean(self, layer: int = -1) -> np.ndarray | None:
        """Output × source weights `[tgt_pos, src_pos]` of one layer, averaged over its heads (an
        RNN has one layer and one head); None without attention."""
        return self.attention[CROSS][layer].mean(0) if CROSS in self.attention else None


@dataclass
class Seq2SeqResult(RunResult):
    """A GRU encoder–decoder's run: its trace holds one row per decoding step."""

    def step(self, t: int) -> DecoderStep:
        """What the decoder computed for output position `t` (0-based)."""
        if not 0 <= t < len(self.tgt_tokens):
            raise ValueError(f"step {t} is outside 0..{len(self.tgt_tokens) - 1}")
        row = {key: self.trace[name][t] for key, name in seq2seq.STEP_NAMES.items() if name in self.trace}
        return DecoderStep(
            output=self.tgt_tokens[t],
            state=row["state"],
            concat=row["concat"],
            attentional=row["attentional"],
            topk_tokens=self.topk_tokens[t],
            topk_probs=self.topk_probs[t],
            encoder_states=self.trace[seq2seq.ENCODER_STATES],
            scores=row.get("scores"),
            weights=row.get("weights"),
        )


@dataclass
class TransformerResult(RunResult):
    """A Transformer's run: one teacher-forced pass over its own output, every layer and head."""

    def site(self, kind: str, layer: int) -> AttentionSite:
        """Every tensor behind `attention[kind][layer]`."""
        return AttentionSite.read(self.trace, lambda key: transformer.site_name(kind, layer, key))

    def add_norms(self) -> list[AddNormSite]:
        """Every Add & Norm in the order data flows: each encoder layer's, then each decoder layer's."""
        n_layers = self.attention[ENCODER_SELF].shape[0]
        out = []
        for stack, tokens in (("encoder", self.src_tokens), ("decoder", self.tgt_input_tokens)):
            for layer in range(n_layers):
                for index, sublayer in enumerate(transformer.ADD_NORMS[stack]):
                    before, sub, after = (
                        self.trace[transformer.add_norm_name(stack, layer, index, key)] for key in transformer.ADD_NORM_KEYS
                    )
                    out.append(AddNormSite(stack, layer, sublayer, tokens, before, sub, after))
        return out

    def embeddings(self, side: str = "src") -> EmbeddingParts:
        """The source ("src") or target ("tgt") embedding: token, position and their sum."""
        token, position, total = (self.trace[transformer.embedding_name(side, key)] for key in transformer.EMBEDDING_KEYS)
        return EmbeddingParts(token, position, total)


@dataclass
class EncoderResult:
    """A BERT run on one sentence or a pair."""

    tokens: list[str]  # word pieces with [CLS] / [SEP]
    ids: list[int]
    type_ids: list[int]  # 0 = first sentence, 1 = second
    words: list[int | None]  # which typed word each piece came from (None for special tokens)
    attention: dict[str, np.ndarray]  # {"encoder.self": [layer, head, query, key]}
    trace: dict[str, np.ndarray]
    embedding: np.ndarray  # mean-pooled, L2-normalised sentence embedding [hidden]
    truncated: bool = False

    def axis_tokens(self, kind: str = ENCODER_SELF) -> tuple[list[str], list[str]]:
        return self.tokens, self.tokens

    def site(self, layer: int) -> AttentionSite:
        """Every tensor behind `attention["encoder.self"][layer]`."""
        return AttentionSite.read(self.trace, lambda key: bert.site_name(layer, key))

    def hidden(self, layer: int) -> np.ndarray:
        """The hidden states leaving `layer` `[pos, hidden]`."""
        return self.trace[bert.layer_output_name(layer)]
