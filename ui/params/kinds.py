"""The kinds of view parameter: a choice among ids, a switch, integers, numbers, a set of
integers, typed text."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import streamlit as st

from ui.i18n import in_this_language, t
from ui.params.base import LAST, Param, shorten


@dataclass(frozen=True)
class Choice(Param):
    """One of a fixed set of ids; the widget shows each through `fmt` (a translation prefix or a function)."""

    options: Sequence[Any] = ()
    initial: Any = None  # the default id (the first option when None)
    fmt: str | Callable[[Any], str] | None = None
    kind: str = "select"  # select | segmented | pills | radio | select_slider

    def default(self, **bounds) -> Any:
        return self.options[0] if self.initial is None else self.initial

    def parse(self, raw: str, **bounds) -> tuple[Any, str | None]:
        for option in self.options:
            if self.encode(option) == raw:
                return option, None
        raise ValueError(raw)

    def fit(self, value: Any, **bounds) -> Any:
        return value if value in self.options else self.default()

    def label_of(self, option: Any) -> str:
        if callable(self.fmt):
            return self.fmt(option)
        return t(f"{self.fmt}{option}") if self.fmt else str(option)

    def widget(self, where, **bounds) -> Any:
        kwargs = self._kwargs(**bounds)
        label = kwargs.pop("label")
        options, fmt = list(self.options), in_this_language(self.label_of)
        if self.kind == "segmented":
            return where.segmented_control(label, options, format_func=fmt, required=True, **kwargs)
        if self.kind == "pills":
            return where.pills(label, options, format_func=fmt, required=True, **kwargs)
        if self.kind == "radio":
            return where.radio(label, options, format_func=fmt, horizontal=True, **kwargs)
        if self.kind == "select_slider":
            return where.select_slider(label, options, format_func=fmt, **kwargs)
        return where.selectbox(label, options, format_func=fmt, **kwargs)


@dataclass(frozen=True)
class Flag(Param):
    """On or off, shown as a two-way switch; "on"/"off" in the URL."""

    initial: bool = False

    def default(self, **bounds) -> bool:
        return self.initial

    def parse(self, raw: str, **bounds) -> tuple[bool, str | None]:
        if raw not in ("on", "off"):
            raise ValueError(raw)
        return raw == "on", None

    def encode(self, value: bool) -> str:
        return "on" if value else "off"

    def widget(self, where, **bounds) -> bool:
        kwargs = self._kwargs(**bounds)
        label = kwargs.pop("label")
        fmt = in_this_language(lambda on: t("switch_on") if on else t("switch_off"))
        return where.segmented_control(label, [True, False], format_func=fmt, required=True, **kwargs)


@dataclass(frozen=True)
class Int(Param):
    """An integer in [low, high]; bounds given at declaration or, from the model, when drawn.

    `initial=LAST` makes the highest value the default, and a value sitting at the top stays at
    the top when the range grows (a longer output shows all of it). `optional` adds "none"
    (absent from the URL) before the numbers, e.g. "all tokens" instead of one token's lines.
    """

    low: int = 0
    high: int | None = None
    initial: int | str | None = None  # None = low; LAST = high
    step: int = 1
    kind: str = "slider"  # slider | number | select
    fmt: Callable[[int], str] | None = None
    optional: bool = False

    def bounds(self, **bounds) -> tuple[int, int]:
        low, high = bounds.get("low", self.low), bounds.get("high", self.high)
        return low, max(low, high if high is not None else low)

    @property
    def needs_bounds(self) -> bool:
        return self.high is None

    def default(self, **bounds) -> int | None:
        low, high = self.bounds(**bounds)
        if self.optional:
            return None
        return high if self.initial == LAST else low if self.initial is None else min(max(self.initial, low), high)

    def _restore(self, **bounds) -> int | None:
        if self.initial == LAST:  # remember the top, so a value at the top can follow it
            st.session_state[f"{self.key}.high"] = self.bounds(**bounds)[1]
        return super()._restore(**bounds)

    def parse(self, raw: str, **bounds) -> tuple[int, str | None]:
        value = int(raw)
        low, high = self.bounds(**bounds)
        clamped = self.fit(value, **bounds)
        if clamped != value:
            return clamped, t("note_clamped", key=self.key, value=value, low=low, high=high, clamped=clamped)
        return value, None

    def fit(self, value: Any, **bounds) -> int | None:
        low, high = self.bounds(**bounds)
        if value is None and self.optional:
            return None
        if not isinstance(value, int):
            return self.default(**bounds)
        if self.initial == LAST:  # at the top of the old range: stay at the top
            previous = st.session_state.get(f"{self.key}.high")
            st.session_state[f"{self.key}.high"] = high
            if previous is not None and value == previous:
                return high
        value = min(max(value, low), high)
        return low + (value - low) // self.step * self.step

    def widget(self, where, **bounds) -> int | None:
        low, high = self.bounds(**bounds)
        kwargs = self._kwargs(**bounds)
        label = kwargs.pop("label")
        if self.kind == "select":
            options = ([None] if self.optional else []) + list(range(low, high + 1, self.step))
            fmt = bounds.get("fmt") or self.fmt or (lambda v: "—" if v is None else str(v))
            return where.selectbox(label, options, format_func=in_this_language(fmt), **kwargs)
        if low == high:  # one possible value: nothing to choose
            return low
        if self.kind == "number":
            return int(where.number_input(label, low, high, step=self.step, **kwargs))
        return where.slider(label, low, high, step=self.step, **kwargs)


@dataclass(frozen=True)
class Float(Param):
    """A number in [low, high] on a slider or a number box."""

    low: float = 0.0
    high: float = 1.0
    initial: float = 0.0
    step: float = 0.05
    kind: str = "slider"  # slider | number

    def default(self, **bounds) -> float:
        return self.initial

    def parse(self, raw: str, **bounds) -> tuple[float, str | None]:
        value = float(raw)
        if value != value:  # NaN
            raise ValueError(raw)
        clamped = self.fit(value)
        if clamped != value:
            return clamped, t("note_clamped", key=self.key, value=raw, low=self.low, high=self.high, clamped=clamped)
        return value, None

    def fit(self, value: Any, **bounds) -> float:
        if not isinstance(value, int | float):
            return self.initial
        return round(min(max(float(value), self.low), self.high), 6)

    def encode(self, value: float) -> str:
        return f"{value:g}"

    def widget(self, where, **bounds) -> float:
        kwargs = self._kwargs(**bounds)
        label = kwargs.pop("label")
        if self.kind == "number":
            return float(where.number_input(label, self.low, self.high, step=self.step, **kwargs))
        return float(where.slider(label, self.low, self.high, step=self.step, **kwargs))


@dataclass(frozen=True)
class Ints(Param):
    """A set of integers in [low, high] (a multiselect); "1,2,3" in the URL."""

    low: int = 0
    high: int | None = None
    initial: tuple[int, ...] | Callable[..., list[int]] = ()  # or a function of the bounds
    fmt: Callable[[int], str] | None = None

    def bounds(self, **bounds) -> tuple[int, int]:
        low, high = bounds.get("low", self.low), bounds.get("high", self.high)
        return low, max(low, high if high is not None else low)

    @property
    def needs_bounds(self) -> bool:
        return self.high is None

    def default(self, **bounds) -> list[int]:
        low, high = self.bounds(**bounds)
        initial = self.initial(low=low, high=high) if callable(self.initial) else self.initial
        return self.fit(list(initial), **bounds)

    def parse(self, raw: str, **bounds) -> tuple[list[int], str | None]:
        values = [int(v) for v in raw.split(",") if v.strip()] if raw.strip() else []
        kept = self.fit(values, **bounds)
        if kept != values:
            low, high = self.bounds(**bounds)
            return kept, t("note_dropped", key=self.key, value=shorten(raw), low=low, high=high)
        return kept, None

    def fit(self, value: Any, **bounds) -> list[int]:
        low, high = self.bounds(**bounds)
        return [v for v in dict.fromkeys(value) if isinstance(v, int) and low <= v <= high] if isinstance(value, list) else []

    def encode(self, value: list[int]) -> str:
        return ",".join(str(v) for v in value)

    def save(self, value: Any, **bounds) -> None:
        # An empty choice differs from the default, and must survive a reload: written as "".
        if value == self.default(**bounds):
            if self.key in st.query_params:
                del st.query_params[self.key]
        elif st.query_params.get(self.key) != self.encode(value):
            st.query_params[self.key] = self.encode(value)

    def widget(self, where, **bounds) -> list[int]:
        low, high = self.bounds(**bounds)
        kwargs = self._kwargs(**bounds)
        label = kwargs.pop("label")
        fmt = bounds.get("fmt") or self.fmt or str  # labels may depend on the model, like Int's
        return where.multiselect(label, list(range(low, high + 1)), format_func=in_this_language(fmt), **kwargs)


@dataclass(frozen=True)
class Text(Param):
    """Typed text, cut to `limit` characters; its default may depend on the bounds (e.g. the task)."""

    limit: int = 300
    initial: str | Callable[..., str] = ""
    live: bool = False
    placeholder: str = ""  # translation key

    def default(self, **bounds) -> str:
        return self.initial(**bounds) if callable(self.initial) else self.initial

    def parse(self, raw: str, **bounds) -> tuple[str, str | None]:
        if len(raw) > self.limit:
            return raw[: self.limit], t("note_text_cut", key=self.key, limit=self.limit)
        return raw, None

    def fit(self, value: Any, **bounds) -> str:
        return value[: self.limit] if isinstance(value, str) else self.default(**bounds)

    def widget(self, where, **bounds) -> str:
        kwargs = self._kwargs(**bounds)
        label = kwargs.pop("label")
        if self.placeholder:
            kwargs["placeholder"] = t(self.placeholder)
        return where.text_input(label, max_chars=self.limit, live=self.live, **kwargs) or ""
