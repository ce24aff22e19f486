"""The view-parameter machinery: a `Param` restores itself from the URL, keeps inside its bounds,
draws its widget and saves itself back; `Tabs` does the same for the open tab."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

import streamlit as st

from ui.i18n import LANGUAGES, catalog, t

LAST = "last"  # `Int(initial=LAST)`: the highest allowed value is the default, e.g. the last decoding step
_SHOWN = 40  # characters of a bad value echoed back in a note


def shorten(value: str) -> str:
    value = "".join(ch for ch in str(value) if ch.isprintable())
    return value if len(value) <= _SHOWN else value[:_SHOWN] + "…"


def note(message: str) -> None:
    st.warning(message, icon="⚠️")


@dataclass(frozen=True)
class Param:
    """One view parameter. Subclasses define its default, parser, bounds and widget; `**bounds`
    are what the page knows only when drawing (`high=runner.layers`, `task=…`, `fmt=…`,
    `disabled=…`)."""

    key: str  # URL query key and session-state key
    label: str | Callable[[], str] = ""  # translation key of the widget label, or a function giving it
    help: str | Callable[[], str] = ""  # translation key of the widget's help text, or a function giving it
    persist: str | None = "page"  # keep the value while the widget is hidden ("session": across pages too)
    on_change: Callable[[], None] | None = None

    # What each kind of parameter defines -------------------------------------------------
    def default(self, **bounds) -> Any:
        raise NotImplementedError

    def parse(self, raw: str, **bounds) -> tuple[Any, str | None]:
        """A link's text → (value, note if it had to be changed); ValueError if unusable."""
        raise NotImplementedError

    def fit(self, value: Any, **bounds) -> Any:
        """The value kept inside the current bounds."""
        return value

    def encode(self, value: Any) -> str:
        return str(value)

    def widget(self, where, **bounds) -> Any:
        raise NotImplementedError

    # What every parameter does ----------------------------------------------------------------
    def text(self) -> str:
        return self.label() if callable(self.label) else t(self.label) if self.label else ""

    def value(self, **bounds) -> Any:
        """The current value: restored from the URL the first time, then kept inside the bounds."""
        state = st.session_state
        if self.key not in state:
            state[self.key] = self._restore(**bounds)
        else:
            # Written back even when unchanged: a slider whose range changed is a new widget to
            # Streamlit, and would start from its minimum instead of the value kept here.
            state[self.key] = self.fit(state[self.key], **bounds)
        return state[self.key]

    def current(self, **bounds) -> Any:
        """The value as it stands, read only: for code that runs after the widget was drawn."""
        state = st.session_state
        return self.fit(state[self.key], **bounds) if self.key in state else self.default(**bounds)

    def show(self, where=st, **bounds) -> Any:
        """Restore, draw the widget in `where` (st, a column, the sidebar) and save to the URL."""
        self.value(**bounds)
        value = self.widget(where, **bounds)
        self.save(value, **bounds)
        return value

    def save(self, value: Any, **bounds) -> None:
        """Write the value into the URL; the default is left out to keep links short."""
        if value is None or value == self.default(**bounds):
            if self.key in st.query_params:
                del st.query_params[self.key]
        elif st.query_params.get(self.key) != self.encode(value):
            st.query_params[self.key] = self.encode(value)

    @property
    def needs_bounds(self) -> bool:
        """True when the allowed values are only known once the model or sentence is (read when drawn)."""
        return False

    def restore_early(self) -> None:
        """Read this parameter from the URL now, if the link has it and its bounds are fixed."""
        if self.key not in st.session_state and self.key in st.query_params and not self.needs_bounds:
            st.session_state[self.key] = self._restore()

    def _restore(self, **bounds) -> Any:
        raw, value = st.query_params.get(self.key), self.default(**bounds)
        if raw is None:
            return value
        try:
            value, message = self.parse(raw, **bounds)
        except ValueError:
            message = t("note_bad_value", key=self.key, value=shorten(raw), default=self.encode(value))
        if message:
            note(message)
        return value

    def _kwargs(self, **bounds) -> dict:
        """The widget's keyword arguments; `disabled=True` among the bounds greys it out."""
        kwargs = {"key": self.key, "label": self.text()}
        if bounds.get("disabled"):
            kwargs["disabled"] = True
        if self.help:
            kwargs["help"] = self.help() if callable(self.help) else t(self.help)
        if self.on_change:
            kwargs["on_change"] = self.on_change
        if self.persist:
            kwargs["persist_state"] = self.persist
        return kwargs


@dataclass(frozen=True)
class Tabs(Param):
    """Which tab is open, by id. Streamlit's tab state is the (translated) label, kept under
    `widget_key`; the URL and everything else use the id."""

    widget_key: str = ""
    ids: tuple[str, ...] = ()
    labels: tuple[str, ...] = ()  # translation keys, one per id
    persist: str | None = None

    def default(self, **bounds) -> str:
        return self.ids[0]

    def parse(self, raw: str, **bounds) -> tuple[str, str | None]:
        if raw not in self.ids:
            raise ValueError(raw)
        return raw, None

    def _id_of(self, label: str) -> str | None:
        """The tab id of a label in any language (the interface language may have changed)."""
        for lang in LANGUAGES:
            names = [catalog(lang).get(key) for key in self.labels]
            if label in names:
                return self.ids[names.index(label)]
        return None

    def restore_early(self) -> None:
        if self.widget_key not in st.session_state and self.key in st.query_params:
            st.session_state[self.widget_key] = t(self.labels[self.ids.index(self._restore())])

    def show(self, where=st, **bounds) -> tuple[dict[str, Any], str]:
        """Draw the tabs; returns ({id: tab container}, the open tab's id)."""
        labels = [t(key) for key in self.labels]
        state = st.session_state
        current = self._id_of(state[self.widget_key]) if self.widget_key in state else None
        if current is None:
            current = self._restore()
        state[self.widget_key] = labels[self.ids.index(current)]
        tabs = where.tabs(labels, key=self.widget_key, on_change="rerun")
        open_id = self._id_of(state[self.widget_key]) or self.ids[0]
        self.save(open_id)
        return dict(zip(self.ids, tabs)), open_id


def restore(params: Iterable[Param]) -> None:
    """Read a page's parameters from the URL before anything is drawn, so a bad value gets its
    note even when its widget is not part of the open view. Parameters whose bounds come from
    the model are read (and checked) when their widget is drawn."""
    for param in params:
        param.restore_early()
