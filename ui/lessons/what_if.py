"""Ask the model "what if": force another word at one step and let it go on (forced decoding), or
feed it a reference translation (teacher forcing) beside its own output (free running). Shared by
the Score → softmax → context page and the Transformer explorer, so it sits beside the other
shared panels rather than in one page's view module."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
import streamlit as st

import viz
from models.inference.results import RunResult
from models.lessons.forced import Forcing, Scored, TeacherForcing, force, teacher_forcing
from models.nn.vocab import EOS
from ui.charts import CHART_CONFIG, style
from ui.i18n import in_this_language, t
from ui.loaders import MAX_CHARS, get_model, run_model
from ui.params import Choice, Int, Param, Text
from ui.params.base import shorten
from ui.text import escape_markdown, token_line


@dataclass(frozen=True)
class Word(Param):
    """One of the words offered when drawn (`options=`, the step's top-k); the default is the
    runner-up, the first word that changes anything."""

    def default(self, options: tuple[str, ...] = (), **bounds) -> str:
        return options[1] if len(options) > 1 else options[0] if options else ""

    @property
    def needs_bounds(self) -> bool:
        return True

    def parse(self, raw: str, options: tuple[str, ...] = (), **bounds) -> tuple[str, str | None]:
        if raw in options:
            return raw, None
        kept = self.default(options=options)
        return kept, t("note_forced_word", value=shorten(raw), kept=shorten(kept))

    def fit(self, value: Any, options: tuple[str, ...] = (), **bounds) -> str:
        return value if value in options else self.default(options=options)

    def widget(self, where, options: tuple[str, ...] = (), fmt=None, **bounds) -> str:
        kwargs = self._kwargs(**bounds)
        label = kwargs.pop("label")
        show = in_this_language(fmt or escape_markdown)
        return where.pills(label, list(options), format_func=show, required=True, **kwargs)


# The view parameters: the forced step (the Transformer explorer's own; the Steps page forces at
# its step), the forced word, the reference, and which of the two lessons is open.
FSTEP = Int("fstep", "forced_step", low=1, help="forced_step_help")  # up to the output's length
FWORD = Word("fword", "forced_word", help="forced_word_help")
REFERENCE = Text("ref", "reference", limit=MAX_CHARS, placeholder="reference_placeholder", help="reference_help")
# Off by default on the Steps page: each lesson costs a decoding, computed only when asked for.
WHAT_IF_LABELS = {"off": lambda: t("whatif_off"), "forced": lambda: t("tab_forced"), "teacher": lambda: t("tab_teacher")}
WHAT_IF = Choice("whatif", "what_if_title", options=tuple(WHAT_IF_LABELS), fmt=lambda k: WHAT_IF_LABELS[k](), kind="segmented")
PARAMS = (FSTEP, FWORD, REFERENCE, WHAT_IF)
_FORCED_AT = "forced_at"  # session key: the (model, sentence, step) the forced word was offered for


def number(x: float, fmt: str = ".3f") -> str:
    """A log-probability as shown: with a real minus sign (−0.412)."""
    return format(x, fmt).replace("-", "−")


def _greedy(name: str, text: str) -> list[int]:
    """The greedy output's ids, from the page's own (cached) run: no second decoding."""
    return get_model(name).tgt_vocab.encode(run_model(name, text).tgt_tokens)


@st.cache_data(max_entries=512, show_spinner=False)
def _forcing(name: str, text: str, step: int, word: str) -> Forcing:
    return force(get_model(name), text[:MAX_CHARS], step, word, _greedy(name, text))


@st.cache_data(max_entries=512, show_spinner=False)
def _teacher(name: str, text: str, reference: str) -> TeacherForcing:
    return teacher_forcing(get_model(name), text[:MAX_CHARS], reference[:MAX_CHARS], _greedy(name, text))


def _words(name: str, scored: Scored) -> str:
    """The output as the task writes it, escaped for markdown."""
    return escape_markdown(get_model(name).task.detokenize([tok for tok in scored.tokens if tok != EOS])) or "∅"


def _table(left: Scored, right: Scored, names: tuple[str, str]) -> pd.DataFrame:
    """Step by step: each side's token, its probability and log-probability (blank past its end)."""
    n = max(len(left.ids), len(right.ids))
    columns = {t("col_step"): list(range(1, n + 1))}
    for name, side in zip(names, (left, right)):
        pad = n - len(side.ids)
        columns[name] = side.tokens + [""] * pad
        columns[f"p · {name}"] = list(np.exp(side.logp)) + [None] * pad
        columns[f"log p · {name}"] = list(side.logp) + [None] * pad
    return pd.DataFrame(columns)


def _side_by_side(name: str, pair: tuple[Scored, Scored], titles: tuple[str, str], src_tokens: list[str], key: str) -> None:
    """Each side's output and total log-probability above its cross-attention heatmap."""
    hover = (t("hover_output"), t("hover_source"), t("hover_weight"))
    if get_model(name).kind == "transformer":
        st.caption(t("transformer_cross_mean"))  # the heatmaps below: its last layer, heads averaged
    for column, scored, title, side in zip(st.columns(2), pair, titles, ("a", "b")):
        with column:
            st.markdown(f"**{title}**: {_words(name, scored)}")
            st.markdown(t("log_prob_total", total=number(scored.total), n=len(scored.ids)))
            if scored.cross is None:
                st.info(t("no_attention_explained"))
                continue
            fig = viz.attention_heatmap(
                scored.cross,
                scored.tokens,
                src_tokens,
                x_title=t("axis_source"),
                y_title=t("axis_output"),
                hover=hover,
                style=style(),
            )
            st.plotly_chart(fig, key=f"{key}_{side}", config=CHART_CONFIG)


def forced_view(name: str, text: str, result: RunResult, step: int | None = None) -> None:
    """Pick another word from the top-k at one step; the model goes on greedily from there.

    `step` (0-based) is the page's own step when it has one; otherwise a step slider is drawn.
    """
    st.caption(t("forced_intro"))
    if step is None:
        step = FSTEP.show(high=len(result.tgt_tokens)) - 1
    options = tuple(result.topk_tokens[step])
    probs = dict(zip(options, result.topk_probs[step]))
    # A new step (or sentence, or model) offers new candidates: start again from its runner-up rather
    # than keeping the word chosen for the last one when it happens to be offered again. A link's
    # word is kept: on the first run there is no last place.
    place, last = (name, text, step), st.session_state.get(_FORCED_AT)
    if last is not None and last != place:
        st.session_state.pop(FWORD.key, None)
    st.session_state[_FORCED_AT] = place
    word = FWORD.show(options=options, fmt=lambda w: f"{escape_markdown(w)} · p = {probs.get(w, 0):.3g}")
    f = _forcing(name, text, step, word)
    names = (t("greedy"), t("forced"))
    if f.forced.ids == f.greedy.ids:
        st.info(t("forced_same"))
    else:
        gap = f.forced.total - f.greedy.total
        st.markdown(t("forced_summary", word=escape_markdown(word), step=step + 1, gap=number(gap, "+.3f")))
    st.dataframe(_table(f.greedy, f.forced, names), hide_index=True, width="stretch")
    titles = (names[0], t("forced_title", word=escape_markdown(word), step=step + 1))
    _side_by_side(name, (f.greedy, f.forced), titles, result.src_tokens, "forced")


def teacher_view(name: str, text: str, result: RunResult) -> None:
    """Type a reference: its per-token probabilities when fed to the decoder, beside greedy's own."""
    st.caption(t("teacher_intro"))
    reference = REFERENCE.show()
    if not reference.strip():
        st.info(t("reference_empty"))
        return
    tf = _teacher(name, text, reference)
    st.markdown(t("reference_read") + " " + token_line(tf.reference.tokens, set(tf.unknown)))
    if tf.unknown:
        words = ", ".join(escape_markdown(tf.reference.tokens[i]) for i in tf.unknown[:10])
        st.warning(t("reference_unknown", n=len(tf.unknown), words=words), icon="⚠️")
    if tf.cut:
        st.warning(t("reference_cut", limit=len(tf.reference.ids) - 1), icon="⚠️")
    names = (t("teacher_forcing"), t("free_running"))
    st.dataframe(_table(tf.reference, tf.free, names), hide_index=True, width="stretch")
    _side_by_side(name, (tf.reference, tf.free), names, result.src_tokens, "teacher")


def what_if(name: str, text: str, result: RunResult, step: int | None = None) -> None:
    """A switch between the two lessons (off by default); only the chosen one is computed."""
    lesson = WHAT_IF.show()
    if lesson == "forced":
        forced_view(name, text, result, step)
    elif lesson == "teacher":
        teacher_view(name, text, result)
