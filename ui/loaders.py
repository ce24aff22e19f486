"""Cached model loading and inference.

Models are loaded once per server (`cache_resource`) and never changed: `run` only reads them
and records its trace in a per-call store. Results are memoised per (model, text, beam) with
`cache_data`, so 40 students typing the same example cost one forward pass.
"""

from __future__ import annotations

import streamlit as st
import torch

import models
from models.inference.minilm import BertRunner, EncoderResult
from models.inference.runner import RunResult, Seq2SeqRunner
from ui.i18n import t

MAX_CHARS = 300  # the text box refuses more; the task's token limit cuts further


def model_name(task: str, attention: str) -> str:
    return f"seq2seq-{attention}-{task}"


@st.cache_resource(max_entries=32, show_spinner=False)
def get_model(name: str) -> Seq2SeqRunner:
    """A shipped model by name, or a finished training run as `run-<id>` (read-only, shared)."""
    # The models are tiny: one thread per forward pass leaves the cores to the other sessions.
    torch.set_num_threads(1)
    return models.load(name)


@st.cache_data(max_entries=2048, show_spinner=False)
def run_model(name: str, text: str, beam: int = 1) -> RunResult:
    return get_model(name).run(text[:MAX_CHARS], beam=beam)


def try_load(name: str) -> Seq2SeqRunner | None:
    """The model, or None after telling the student why it cannot be used."""
    try:
        return get_model(name)
    except models.CheckpointError as exc:
        st.error(t("model_unavailable", name=name, reason=str(exc)))
        return None


def transformer_name(task: str) -> str:
    return f"transformer-{task}"


BERT_MAX_CHARS = 600  # per sentence of the Pretrained BERT page; MiniLM itself stops at 128 word pieces


@st.cache_resource(show_spinner=False)
def get_bert() -> BertRunner:
    return models.load("minilm")


@st.cache_data(max_entries=512, show_spinner=False)
def run_bert(text: str, pair: str | None) -> EncoderResult:
    return get_bert().run(text[:BERT_MAX_CHARS], pair[:BERT_MAX_CHARS] if pair else None)


def try_bert() -> BertRunner | None:
    """MiniLM, or None after telling the student why it cannot be used."""
    try:
        return get_bert()
    except models.CheckpointError as exc:
        st.error(t("model_unavailable", name="minilm", reason=str(exc)))
        return None
