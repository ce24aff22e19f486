"""Per-head summaries of an attention tensor, and the views that reshape it.

All functions take weights `[layer, head, query, key]` (rows sum to 1) and return numpy arrays.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

PATTERNS = ("previous", "next", "self", "special", "broad")
STATISTICS = ("entropy", "distance", "special", "previous", "next", "self")


@dataclass(frozen=True)
class HeadStatistics:
    """Per head, each `[layer, head]`, averaged over the queries."""

    entropy: np.ndarray  # bits
    distance: np.ndarray  # mean |i − j| between a query and the keys it attends to
    special: np.ndarray  # share of attention on [CLS] / [SEP]
    previous: np.ndarray  # … on the token before
    next: np.ndarray  # … on the token after
    itself: np.ndarray  # … on the query token itself ("self")

    def by_name(self) -> dict[str, np.ndarray]:
        """The statistics keyed by their names in STATISTICS (the pattern "self" is `itself`)."""
        return {name: getattr(self, "itself" if name == "self" else name) for name in STATISTICS}


def head_statistics(weights: np.ndarray, special: np.ndarray) -> HeadStatistics:
    """Entropy, mean attention distance and the shares of attention on special tokens, the
    previous token, the next token and itself, per head. `special` `[key]` is True for [CLS] / [SEP].
    """
    w = np.asarray(weights, dtype=np.float64)
    n = w.shape[-1]
    i, j = np.indices((n, n))
    with np.errstate(divide="ignore", invalid="ignore"):
        entropy = -np.where(w > 0, w * np.log2(w), 0.0).sum(-1).mean(-1)
    return HeadStatistics(
        entropy=entropy + 0.0,
        distance=(w * np.abs(i - j)).sum(-1).mean(-1),
        special=w[..., np.asarray(special, dtype=bool)].sum(-1).mean(-1),
        previous=(w * (j == i - 1)).sum(-1).mean(-1),
        next=(w * (j == i + 1)).sum(-1).mean(-1),
        itself=(w * (j == i)).sum(-1).mean(-1),
    )


def pattern_labels(stats: HeadStatistics, threshold: float = 0.5) -> np.ndarray:
    """The dominant pattern of each head: the first of previous / next / self / special holding
    more than `threshold` of the attention on average, else "broad"."""
    shares = np.stack([stats.by_name()[p] for p in PATTERNS[:4]])  # [4, layer, head]
    best = shares.argmax(0)
    labels = np.array(PATTERNS[:4], dtype=object)[best]
    labels[shares.max(0) <= threshold] = "broad"
    return labels


def hide_special(weights: np.ndarray, special: np.ndarray) -> np.ndarray:
    """Drop the special tokens' rows and columns and renormalise each row to sum to 1."""
    keep = ~np.asarray(special, dtype=bool)
    w = weights[..., keep, :][..., keep]
    total = w.sum(-1, keepdims=True)
    return np.divide(w, total, out=np.zeros_like(w), where=total > 0)


def merge_pieces(weights: np.ndarray, groups: list[int]) -> np.ndarray:
    """Word-level attention from piece-level: sum over a word's key pieces, mean over its query pieces.

    `groups[p]` is the word index of piece p (0 … n_words − 1, pieces of a word adjacent). Rows
    still sum to 1.
    """
    groups = np.asarray(groups)
    n_words = int(groups.max()) + 1
    onehot = np.zeros((len(groups), n_words))
    onehot[np.arange(len(groups)), groups] = 1.0
    summed_keys = weights @ onehot  # [..., q, words]
    counts = onehot.sum(0)
    return np.swapaxes(np.swapaxes(summed_keys, -1, -2) @ onehot / counts, -1, -2)


def rollout(weights: np.ndarray) -> np.ndarray:
    """Attention rollout (Abnar & Zuidema 2020): average the heads, add the residual (0.5·A + 0.5·I),
    renormalise, and multiply the layers from the first up. Returns `[layer, query, key]`, one map
    per depth. An approximation of information flow, not an explanation."""
    a = np.asarray(weights, dtype=np.float64).mean(1)  # [layer, q, k]
    eye = np.eye(a.shape[-1])
    out, acc = [], eye
    for layer in a:
        mixed = 0.5 * layer + 0.5 * eye
        mixed /= mixed.sum(-1, keepdims=True)
        acc = mixed @ acc
        out.append(acc)
    return np.stack(out)


def display_attention(
    weights: np.ndarray,
    tokens: list[str],
    words: list[int | None],
    type_ids: list[int],
    hide_special_tokens: bool,
    merge_words: bool,
    special: tuple[str, ...] = ("[CLS]", "[SEP]"),
) -> tuple[np.ndarray, list[str]]:
    """The attention to draw and its labels after the page's two toggles.

    Merging joins the pieces of one typed word (`words[p]` per sentence `type_ids[p]`) into one
    row and column, labelled by the pieces glued together ("un" + "##believ" → "unbeliev").
    Hiding drops [CLS]/[SEP] and renormalises the rows. Both keep every row summing to 1.
    """
    w, labels = np.asarray(weights), list(tokens)
    is_special = np.array([t in special for t in tokens])
    if merge_words:
        groups, names, last = [], [], None
        for p, tok in enumerate(tokens):
            key = None if is_special[p] else (type_ids[p], words[p])
            if key is None or key != last:
                names.append(tok)
                groups.append(len(names) - 1)
            else:
                names[-1] += tok.removeprefix("##")
                groups.append(len(names) - 1)
            last = key
        w = merge_pieces(w, groups)
        is_special = np.array([n in special for n in names])
        labels = names
    if hide_special_tokens and is_special.any() and not is_special.all():
        w = hide_special(w, is_special)
        labels = [n for n, s in zip(labels, is_special) if not s]
    return w, labels
