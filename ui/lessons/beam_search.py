"""Beam search shown (the Alignment page): the search tree of the left model, and, where beam and
greedy decoding disagree, why, in their scores."""

from __future__ import annotations

import streamlit as st

import viz
from models.lessons.beam_story import BeamStory, divergence, tell_beam
from ui.charts import CHART_CONFIG, style
from ui.i18n import t
from ui.lessons.what_if import number
from ui.loaders import MAX_CHARS, get_model
from ui.text import escape_markdown
from viz.beam_tree import TreeNames


@st.cache_data(max_entries=512, show_spinner=False)
def _story(name: str, text: str, width: int) -> BeamStory:
    return tell_beam(get_model(name), text[:MAX_CHARS], width)


def _names() -> TreeNames:
    keys = ("kept", "finished", "pruned", "best", "greedy", "step", "score", "logp")
    return TreeNames(**{key: t(f"tree_{key}") for key in keys})


def _explain(story: BeamStory) -> str:
    """Why the beam's output differs from greedy's, in their scores (or that they agree)."""
    d, width = divergence(story), story.trace.width
    if d is None:
        return t("beam_agrees", width=width, total=number(story.greedy.total), n=len(story.greedy.ids))
    text = t(
        "beam_differs",
        greedy=escape_markdown(d.greedy_token),
        gs=number(d.greedy_score),
        step=d.step + 1,
        beam=escape_markdown(d.beam_token),
        bs=number(d.beam_score),
        bt=number(d.beam_total),
        gt=number(d.greedy_total),
        bn=d.beam_length,
        gn=d.greedy_length,
        bnorm=number(d.beam_normalised),
        gnorm=number(d.greedy_normalised),
    )
    if len(story.greedy_rows) < len(story.greedy.ids):
        text += " " + t("beam_greedy_pruned", step=len(story.greedy_rows) + 1, width=width)
    return text


def beam_view(name: str, label: str, text: str, width: int) -> None:
    """The recorded search of model `name` (shown as `label`) on `text` at beam `width`."""
    if width < 2:
        st.caption(t("beam_width_one"))
        return
    st.subheader(t("beam_tree_title", model=label, width=width))
    story = _story(name, text, width)
    steps = story.trace.steps
    st.markdown(_explain(story))
    fig = viz.beam_tree(
        story.tokens,
        [[c.parent for c in step] for step in steps],
        [[c.score for c in step] for step in steps],
        [[c.logp for c in step] for step in steps],
        [[c.status for c in step] for step in steps],
        best=story.best_rows,
        greedy=story.greedy_rows,
        names=_names(),
        style=style(),
    )
    st.plotly_chart(fig, key="beam_tree", config=CHART_CONFIG)
    st.caption(t("beam_tree_caption", width=width))
