"""Minimal pairs: the page's sentence against a second one that differs in a few words; which heads
moved most, and the chosen token's attention row in both sentences side by side."""

from __future__ import annotations

import numpy as np
import streamlit as st

import viz
from models.inference.results import ENCODER_SELF, EncoderResult, TransformerResult
from models.lessons.minimal_pairs import PairChange, pair_change
from ui.charts import CHART_CONFIG, style
from ui.i18n import t
from ui.loaders import BERT_MAX_CHARS, MAX_CHARS, MINILM, run_model
from ui.params import Text
from ui.text import escape_markdown
from ui.views import bert, transformer

# A known partner for a few example sentences; any other sentence starts as itself, ready to edit.
PARTNERS = {
    "The animal didn't cross the street because it was too tired": "The animal didn't cross the street because it was too wide",
    "The cat sat on the mat because it was tired.": "The cat sat on the mat because it was wide.",
    "I am a student": "I am a teacher",
}
BERT_EXAMPLE = next(iter(PARTNERS))


def partner(first: str = "", **bounds) -> str:
    return PARTNERS.get(first.strip(), first)


TF_SECOND = Text("text2", "pairs_second", limit=MAX_CHARS, initial=partner, help="pairs_second_help")
BERT_SECOND = Text("btext2", "pairs_second", limit=BERT_MAX_CHARS, initial=partner, live=True, help="pairs_second_help")


def load_example(first_key: str, second_key: str) -> None:
    """Button callback: the page's sentence and the second one become the textbook pair."""
    st.session_state[first_key] = BERT_EXAMPLE
    st.session_state[second_key] = PARTNERS[BERT_EXAMPLE]


def pairs_panel(
    pc: PairChange,
    weights: tuple[np.ndarray, np.ndarray],
    labels: tuple[tuple[list[str], list[str]], tuple[list[str], list[str]]],
    layer: int,
    head: int,
    query: int,
    key: str,
) -> None:
    """`weights` `[layer, head, q, k]` of sentences A and B; `labels` their (query, key) tokens;
    `layer`, `head`, `query` (0-based, query in A) pick the row compared."""
    (qa, ka), (qb, kb) = labels
    changed = [escape_markdown(tok) for i, tok in enumerate(qa) if i not in {a for a, _ in pc.queries}]
    st.caption(t("pairs_caption", n=len(pc.queries), edited=", ".join(changed) or "—"))
    layers, heads = pc.change.shape
    fig = viz.value_heatmap(
        pc.change,
        [f"L{i + 1}" for i in range(layers)],
        [f"H{h + 1}" for h in range(heads)],
        diverging=False,
        zrange=(0.0, 1.0),
        title=t("pairs_change_title"),
        value_name="TV",
        style=style(),
    )
    st.plotly_chart(fig, key=f"{key}_change", config=CHART_CONFIG)
    top = ", ".join(f"L{i + 1} H{h + 1} ({c:.3f})" for i, h, c in pc.top(5))
    st.markdown(t("pairs_top", heads=top))
    partner_row = dict(pc.queries).get(query)
    left, right = st.columns(2)
    a_row = weights[0][layer, head, query]
    title = t("pairs_row_title", layer=layer + 1, head=head + 1)
    left.plotly_chart(
        viz.bar_chart(a_row, ka, value_name=t("col_weight"), title=f"A · {title}", style=style()),
        key=f"{key}_row_a",
        config=CHART_CONFIG,
    )
    if partner_row is None:
        right.info(t("pairs_no_partner"))
    else:
        b_row = weights[1][layer, head, partner_row]
        right.plotly_chart(
            viz.bar_chart(b_row, kb, value_name=t("col_weight"), title=f"B · {title}", style=style()),
            key=f"{key}_row_b",
            config=CHART_CONFIG,
        )


def translation_view(name: str, text: str, result: TransformerResult, kind: str, layer: int, head: int) -> None:
    """The Transformer explorer's tab: the page's sentence (A) against the second one (B), attention `kind`."""
    second = TF_SECOND.show(first=text)
    if not second.strip():
        st.info(t("pairs_empty"))
        return
    other = run_model(name, second)
    st.markdown(f"A → **{escape_markdown(result.text) or '∅'}**  \nB → **{escape_markdown(other.text) or '∅'}**")
    labels = (result.axis_tokens(kind), other.axis_tokens(kind))
    pc = pair_change(result.attention[kind], other.attention[kind], *zip(*labels))
    rows = labels[0][0]
    query = transformer.QUERY.show(high=len(rows) - 1, fmt=lambda i: f"{i + 1}. {rows[i]}")
    pairs_panel(pc, (result.attention[kind], other.attention[kind]), labels, layer, head, query, "mp")


def bert_view(text: str, pair: str | None, result: EncoderResult, layer: int, head: int) -> None:
    """The Pretrained BERT page's tab: the page's sentence (A) against the second one (B)."""
    st.button(t("pairs_example"), on_click=load_example, args=(bert.TEXT.key, BERT_SECOND.key), key="bpairs_example")
    second = BERT_SECOND.show(first=text)
    if not second.strip():
        st.info(t("pairs_empty"))
        return
    other = run_model(MINILM, second, pair=pair)
    weights = (result.attention[ENCODER_SELF], other.attention[ENCODER_SELF])
    labels = ((result.tokens, result.tokens), (other.tokens, other.tokens))
    pc = pair_change(*weights, *zip(*labels))
    query = bert.QUERY.show(high=len(result.tokens) - 1, fmt=lambda i: f"{i + 1}. {result.tokens[i]}")
    pairs_panel(pc, weights, labels, layer, head, query, "bmp")
