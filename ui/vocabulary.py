"""What a word-level translation model can read, shown to the student: "did you mean …" buttons
under an unknown word, and a searchable list of the words the model knows, by part of speech.

The words and their classes come from `models.tasks.everyday.known_words`. An English model's
known words are its source vocabulary; a Korean model's vocabulary holds stems, endings and
particles (`먹`, `~었다`, `-가`), which nobody types alone, so for a Korean source the words are
the written forms the grammar produces (`먹었다`, `고양이가`).
"""

from __future__ import annotations

import re

import streamlit as st

from models.tasks.everyday import known_words as kw
from ui.i18n import t
from ui.params import Text
from ui.text import escape_markdown

SUGGESTED_WORDS = 5  # unknown words that get suggestions (the first ones): typing stays fast
_WORD = re.compile(r"[^\s.,!?;:\"()“”«»…]+")  # a typed word, as the tokenizers cut them
FILTER = Text("known", "known_filter", limit=40, placeholder="known_filter_placeholder", help="known_filter_help")


def source_language(runner) -> str | None:
    """ "en" or "ko" for a word-level translation model; None for character models (dates, copy…)."""
    task = getattr(runner, "task", None)
    if task is None or task.unit != "word":
        return None
    source = task.name.split("-")[-2]  # "en-fr" → en, "ko-en" → ko, "toy-en-ko" → en
    return source if source in ("en", "ko") else None


@st.cache_resource(show_spinner=False)
def _lexicon(lang: str) -> tuple[dict[str, str], dict[str, int]]:
    """Word → class and word → frequency in the grammar, built once per process (a few seconds)."""
    return kw.word_classes(lang), kw.word_counts(lang)


@st.cache_resource(max_entries=64, show_spinner=False)
def _known(name: str, size: int, lang: str, _tokens: tuple[str, ...]) -> dict[str, str]:
    """The words model `name` (source vocabulary of `size` tokens) reads, each with its class."""
    classes, _ = _lexicon(lang)
    if lang == "ko":
        return classes
    return {w: classes.get(w, "other") for w in _tokens if not w.startswith("<")}


def known_words(runner) -> dict[str, str]:
    """Word → class for a word-level model; {} for a character model."""
    lang = source_language(runner)
    if lang is None:
        return {}
    tokens = tuple(runner.src_vocab.tokens)
    return _known(runner.name, len(tokens), lang, tokens)


@st.cache_data(max_entries=4096, show_spinner=False)
def _suggest(name: str, size: int, lang: str, word: str, _runner) -> list[str]:
    """The known words closest to `word` (memoised per model and word)."""
    classes, counts = _lexicon(lang)
    return kw.suggest(word, known_words(_runner), classes, counts)


def unknown_spans(text: str, runner) -> list[tuple[int, int, str]]:
    """(start, end, word) in `text` for each typed word the model cannot read, as the student wrote it.

    English: the unknown token itself ("Studnet," → "Studnet"). Korean: the whole written word
    ("고앙이가"), since suggestions are written words with their endings and particles.
    """
    lang, spans = source_language(runner), []
    for match in _WORD.finditer(text):
        word = match.group()
        unknown = [tok for tok in runner.task.tokenize(word, runner.src_vocab) if tok not in runner.src_vocab]
        if not unknown:
            continue
        if lang == "ko":
            spans.append((match.start(), match.end(), word))
            continue
        for tok in dict.fromkeys(unknown):
            at = word.lower().find(tok)
            if at >= 0:
                spans.append((match.start() + at, match.start() + at + len(tok), word[at : at + len(tok)]))
    return spans


def _cased(suggestion: str, typed: str) -> str:
    """The suggestion written like the typed word: "Studnet" → "Student"."""
    if typed[:1].isupper() and not typed.isupper():
        return suggestion[:1].upper() + suggestion[1:]
    return suggestion


def _replace(text_key: str, pill_key: str, start: int, end: int, typed: str) -> None:
    """Put the clicked suggestion in place of the unknown word, and clear the pill."""
    choice, text = st.session_state.get(pill_key), st.session_state.get(text_key, "")
    st.session_state[pill_key] = None
    if not choice:
        return
    if text[start:end] == typed:
        st.session_state[text_key] = text[:start] + choice + text[end:]
    else:  # the text changed since the buttons were drawn: replace the word where it now is
        st.session_state[text_key] = re.sub(rf"(?<![^\W_]){re.escape(typed)}(?![^\W_])", lambda _: choice, text, count=1)


def did_you_mean(text: str, runner, text_key: str = "text") -> None:
    """A row of suggestion pills under each of the first unknown words; clicking one fixes the sentence."""
    lang = source_language(runner)
    if lang is None:
        return
    size = len(runner.src_vocab)
    for i, (start, end, typed) in enumerate(unknown_spans(text, runner)[:SUGGESTED_WORDS]):
        options = _suggest(runner.name, size, lang, typed.lower(), runner)
        if options:
            st.pills(
                t("did_you_mean", word=escape_markdown(typed)),
                [_cased(o, typed) for o in options],
                key=f"suggest.{i}",
                on_change=_replace,
                args=(text_key, f"suggest.{i}", start, end, typed),
            )


def _rows(known: dict[str, str], query: str) -> list[tuple[str, str]]:
    """(word, translated class) sorted by class then word: all of one class when the query names
    it ("verb", "명사"), else those whose word or class contains the query."""
    query = query.strip().lower()
    order = {c: i for i, c in enumerate(kw.CLASSES)}
    rows = [(w, t(f"word_class_{c}")) for w, c in sorted(known.items(), key=lambda wc: (order.get(wc[1], 99), wc[0]))]
    if not query:
        return rows
    if any(c.lower() == query for _, c in rows):
        return [(w, c) for w, c in rows if c.lower() == query]
    return [(w, c) for w, c in rows if query in w.lower() or query in c.lower()]


def known_words_list(runner) -> None:
    """An expander with the words the model knows, a filter box and a (word, class) table.

    Its content runs only while it is open; a link with `?known=` opens it on that filter.
    """
    if source_language(runner) is None:
        return
    FILTER.restore_early()
    box = st.expander(t("known_title"), expanded=bool(st.session_state.get(FILTER.key)), key="known_open", on_change="rerun")
    if not box.open:
        return
    with box:
        known = known_words(runner)
        query = FILTER.show()
        rows = _rows(known, query)
        st.caption(t("known_count", shown=len(rows), total=len(known)))
        st.dataframe(
            {t("known_word"): [w for w, _ in rows], t("known_class"): [c for _, c in rows]},
            hide_index=True,
            height=260,
            key="known_table",
        )
