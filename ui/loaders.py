"""Cached model loading and inference: one loader set for every model.

Models are loaded once per server (`cache_resource`) and never changed: `run` only reads them
and records its trace in a per-call store. Results are memoised per (model, text, options) with
`cache_data`, so 40 students typing the same example cost one forward pass.
"""

from __future__ import annotations

import streamlit as st
import torch

import models
from models.inference.minilm import NAME as MINILM
from ui.i18n import t

MAX_CHARS = 300  # the text box refuses more; the task's token limit cuts further
BERT_MAX_CHARS = 600  # per sentence of the Pretrained BERT page; MiniLM itself stops at 128 word pieces

__all__ = ["MINILM", "get_model", "run_model", "try_load", "model_name", "transformer_name"]


def model_name(task: str, attention: str) -> str:
    return f"seq2seq-{attention}-{task}"


def transformer_name(task: str) -> str:
    return f"transformer-{task}"


@st.cache_resource(max_entries=32, show_spinner=False)
def get_model(name: str) -> models.Runner:
    """A shipped model, "minilm", or a finished training run as "run-<id>" (read-only, shared)."""
    # The models are tiny: one thread per forward pass leaves the cores to the other sessions.
    torch.set_num_threads(1)
    return models.load(name)


@st.cache_data(max_entries=2048, show_spinner=False)
def run_model(name: str, text: str, **options):
    """`get_model(name).run(text, **options)` (beam= for translators, pair= for MiniLM), memoised."""
    limit = BERT_MAX_CHARS if name == MINILM else MAX_CHARS
    if options.get("pair"):
        options["pair"] = options["pair"][:limit]
    return get_model(name).run(text[:limit], **options)


def try_load(name: str) -> models.Runner | None:
    """The model, or None after telling the student why it cannot be used."""
    try:
        return get_model(name)
    except models.CheckpointError as exc:
        st.error(t("model_unavailable", name=name, reason=str(exc)))
        return None
