"""Class-mode questions made from the tensors on screen: predict first, then reveal.

Each generator reads the arrays a page already shows and returns `Quiz` records whose right
answer is computed from them (an argmax, an entropy, a head statistic, a bin of a weight), so a
test can check the answer against the tensor. Wording is a translation key with placeholder
values; choices are display strings, except those starting with `quiz_choice_`, which are
translation keys too (yes / no, pattern names). No Streamlit, no class store: ui/ asks.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from models.inference.results import CROSS, EncoderResult, Seq2SeqResult, TransformerResult
from models.lessons.head_stats import PATTERNS, head_statistics, pattern_labels
from models.lessons.positions import sinusoidal, wavelengths

MAX_CHOICES = 8  # the class store's limit
LABEL_CHARS = 40  # a token label in a choice; longer tokens are cut (the store allows 60)
WEIGHT_BINS = (0.0, 0.25, 0.5, 0.75, 1.0)
WEIGHT_CHOICES = ("0–25%", "25–50%", "50–75%", "75–100%")
VALUE_BINS = (-1.0, -0.5, 0.0, 0.5, 1.0)
VALUE_CHOICES = ("−1 … −0.5", "−0.5 … 0", "0 … 0.5", "0.5 … 1")
CYCLE_BINS = (0.0, 10.0, 100.0, 1000.0, np.inf)
CYCLE_CHOICES = ("< 10", "10–100", "100–1,000", "≥ 1,000")
OFFSETS = (1, 2, 4, 8, 16, 32)
SPECIAL = ("[CLS]", "[SEP]", "[PAD]")


@dataclass(frozen=True)
class Quiz:
    """One question: a translation key and its values, the choices, the index of the right one."""

    kind: str  # stable id of the generator, e.g. "source_for_output"
    prompt: str  # translation key, "quiz_<kind>"
    params: dict = field(hash=False)
    choices: tuple[str, ...] = ()
    answer: int = 0


# -- building blocks on plain arrays ---------------------------------------------------------


def labels(tokens: list[str]) -> list[str]:
    """Distinct, short display labels: repeated tokens get their 1-based position, blanks `#n`."""
    short = [" ".join(str(tok).split())[:LABEL_CHARS] or f"#{i + 1}" for i, tok in enumerate(tokens)]
    seen: dict[str, int] = {}
    for label in short:
        seen[label] = seen.get(label, 0) + 1
    return [f"{label} ({i + 1})" if seen[label] > 1 else label for i, label in enumerate(short)]


def window(n: int, center: int, size: int = MAX_CHOICES) -> range:
    """At most `size` consecutive indices of 0 … n−1 that contain `center`."""
    start = min(max(center - size // 2, 0), max(n - size, 0))
    return range(start, min(start + size, n))


def _pick(scores: np.ndarray, names: list[str], kind: str, params: dict) -> Quiz | None:
    """Which of `names` has the largest score: a window of them around the argmax."""
    scores = np.asarray(scores, dtype=np.float64)
    if len(names) < 2 or len(scores) != len(names) or not np.isfinite(scores).any():
        return None
    best = int(np.nanargmax(np.where(np.isfinite(scores), scores, -np.inf)))
    shown = window(len(names), best)
    return Quiz(kind, f"quiz_{kind}", params, tuple(names[i] for i in shown), best - shown.start)


def _bin(value: float, edges: tuple, choices: tuple[str, ...], kind: str, params: dict) -> Quiz:
    """Which range `value` falls in (the last range includes its upper edge)."""
    index = int(np.clip(np.searchsorted(edges, value, side="right") - 1, 0, len(choices) - 1))
    return Quiz(kind, f"quiz_{kind}", params, choices, index)


def entropy(rows: np.ndarray) -> np.ndarray:
    """Entropy in bits of each row of weights `[..., key]` (0 for a one-hot row)."""
    w = np.asarray(rows, dtype=np.float64)
    with np.errstate(divide="ignore", invalid="ignore"):
        return -np.where(w > 0, w * np.log2(w), 0.0).sum(-1)


def row_questions(weights: np.ndarray, queries: list[str], keys: list[str], query: int, prefix: str = "") -> list[Quiz]:
    """From one attention matrix `[query, key]`: the key `query` attends to most, the weight
    it gets (binned), and the query whose row is spread most evenly (highest entropy)."""
    w = np.asarray(weights, dtype=np.float64)
    q_names, k_names = labels(queries), labels(keys)
    query = int(np.clip(query, 0, len(q_names) - 1))
    word = {"word": q_names[query]}
    found = [_pick(w[query], k_names, f"{prefix}key_for_query", word)]
    best = int(np.argmax(w[query]))
    found.append(_bin(w[query, best], WEIGHT_BINS, WEIGHT_CHOICES, f"{prefix}peak_weight", {**word, "key": k_names[best]}))
    found.append(_pick(entropy(w), q_names, f"{prefix}broadest_query", {}))
    return [q for q in found if q is not None]


def head_for(share: np.ndarray, kind: str, params: dict, top: int = 4) -> Quiz | None:
    """Which head (of one layer, `share` `[head]`) has the largest share: the best `top` heads
    as choices, in head order, so the others are close calls rather than give-aways."""
    share = np.asarray(share, dtype=np.float64)
    if len(share) < 2:
        return None
    keep = sorted(np.argsort(-share, kind="stable")[: min(top, len(share))].tolist())
    best = int(np.argmax(share))
    layer = params.get("layer", 1)
    return Quiz(kind, f"quiz_{kind}", params, tuple(f"L{layer} H{h + 1}" for h in keep), keep.index(best))


def yes_no(changed: bool, kind: str, params: dict) -> Quiz:
    return Quiz(kind, f"quiz_{kind}", params, ("quiz_choice_yes", "quiz_choice_no"), 0 if changed else 1)


# -- one set per page ------------------------------------------------------------------------


def clearest_row(weights: np.ndarray) -> int:
    """The query whose largest weight is the largest: the row with the clearest answer."""
    return int(np.argmax(np.asarray(weights).max(-1)))


def alignment_quizzes(result: Seq2SeqResult) -> list[Quiz]:
    """Alignment page: on the output word the model is surest about, and on one source word."""
    if CROSS not in result.attention:
        return []
    w = result.attention[CROSS][0, 0]  # [tgt_pos, src_pos]
    out = clearest_row(w)
    found = row_questions(w, result.tgt_tokens, result.src_tokens, out)
    src = int(np.argmax(w[out]))
    outputs = _pick(w[:, src], labels(result.tgt_tokens), "query_for_key", {"word": labels(result.src_tokens)[src]})
    return found + ([outputs] if outputs else [])


def next_word(tokens: list[str], probs: np.ndarray, step: int) -> Quiz | None:
    """Which of the top-k candidates the model writes at `step`: choices in alphabetical order."""
    names = labels(tokens)
    if len(names) < 2:
        return None
    order = sorted(range(len(names)), key=lambda i: names[i])[:MAX_CHOICES]
    best = int(np.argmax(probs))
    if best not in order:
        return None
    return Quiz("next_word", "quiz_next_word", {"step": step + 1}, tuple(names[i] for i in order), order.index(best))


def steps_quizzes(result: Seq2SeqResult, step: int) -> list[Quiz]:
    """Score → softmax page, at output position `step` (0-based)."""
    found = (
        row_questions(result.attention[CROSS][0, 0], result.tgt_tokens, result.src_tokens, step)
        if CROSS in result.attention
        else []
    )
    if result.topk_probs is not None and step < len(result.topk_tokens):
        quiz = next_word(result.topk_tokens[step], result.topk_probs[step], step)
        found += [quiz] if quiz else []
    return found


def qkv_quizzes(weights: np.ndarray, tokens: list[str], query: int) -> list[Quiz]:
    """Q·K·V lab: on the weights after softmax `[query, key]` of the hand-made tokens."""
    return row_questions(weights, tokens, tokens, query)


def transformer_quizzes(
    result: TransformerResult, kind: str, layer: int, head: int, query: int, changed: bool | None = None
) -> list[Quiz]:
    """Transformer explorer: the chosen head's row, the heads of the layer, and (when the
    knock-out was run) whether removing this head changes the translation. 0-based indices."""
    queries, keys = result.axis_tokens(kind)
    w = result.attention[kind][layer]  # [head, query, key]
    found = row_questions(w[head], queries, keys, query)
    place = {"layer": layer + 1}
    if kind == CROSS:
        found.append(head_for(entropy(w).mean(-1), "broadest_head", place))
    else:
        stats = head_statistics(w[None], np.zeros(w.shape[-1], dtype=bool))
        found.append(head_for(stats.previous[0], "previous_head", place))
    if changed is not None:
        found.append(yes_no(changed, "knockout_changes", {"head": f"L{layer + 1} H{head + 1}"}))
    return [q for q in found if q is not None]


def bert_quizzes(result: EncoderResult, layer: int, head: int) -> list[Quiz]:
    """Pretrained BERT: a word piece's strongest link, the layer's previous-token head, and the
    pattern label of the chosen head (as the statistics tab computes it)."""
    w = result.attention["encoder.self"]  # [layer, head, query, key]
    special = np.array([tok in SPECIAL for tok in result.tokens])
    real = np.flatnonzero(~special)
    query = int(real[0]) if len(real) else 0
    keys = np.where(special, 0.0, w[layer, head, query])  # [SEP] soaks up attention: ask about words
    found = [_pick(keys, labels(result.tokens), "key_for_query", {"word": labels(result.tokens)[query]})]
    stats = head_statistics(w, special)
    found.append(head_for(stats.previous[layer], "previous_head", {"layer": layer + 1}))
    label = pattern_labels(stats)[layer, head]
    found.append(
        Quiz("head_pattern", "quiz_head_pattern", {"head": f"L{layer + 1} H{head + 1}"},
             tuple(f"quiz_choice_{p}" for p in PATTERNS), PATTERNS.index(label))
    )  # fmt: skip
    return [q for q in found if q is not None]


def positions_quizzes(d_model: int, length: int, pos: int, pair: int) -> list[Quiz]:
    """Positional encoding: a value of the table, the cycle length of a pair, and the offset
    whose encoding is least like position `pos`'s (dot product)."""
    table = sinusoidal(pos + max(OFFSETS) + 1, d_model)
    found = [
        _bin(table[pos, 2 * pair], VALUE_BINS, VALUE_CHOICES, "pe_value", {"pos": pos, "dim": 2 * pair}),
        _bin(wavelengths(d_model)[pair], CYCLE_BINS, CYCLE_CHOICES, "pe_cycle", {"pair": pair}),
    ]
    offsets = [k for k in OFFSETS if k < max(length, 2)] or [1]
    dots = np.array([table[pos] @ table[pos + k] for k in offsets])
    if len(offsets) >= 2:
        names = [f"k = {k}" for k in offsets]
        found.append(_pick(-dots, names, "pe_far_offset", {"pos": pos}))
    return [q for q in found if q is not None]
