"""A small matrix the student edits in a table (Q, K, V, a hand-ticked mask), kept in the URL as
long as the link stays short enough to share ("1,0;0.5,2": rows split by ";", values by ",")."""

from __future__ import annotations

import math
from dataclasses import dataclass
from urllib.parse import urlencode

import numpy as np
import pandas as pd
import streamlit as st

from ui.i18n import t
from ui.params.base import Param

LINK_BUDGET = 2000  # characters: longer links break in chat apps and e-mail


@dataclass(frozen=True)
class Matrix(Param):
    """`show(preset=…, labels=…, columns=…, version=…)`: a table starting from the link's numbers
    (first time in the session) or from `preset`, afresh whenever `version` changes."""

    bits: bool = False  # a mask of ticks (True = may attend), written as 0/1
    low: float = -10.0  # entries of a number matrix
    high: float = 10.0
    persist: str | None = None

    @property
    def needs_bounds(self) -> bool:
        return True  # its shape comes from the page's other parameters

    def default(self, preset: list | None = None, **bounds) -> list | None:
        return preset

    def parse(self, raw: str, preset: list | None = None, **bounds) -> tuple[list, str | None]:
        rows = [[self._entry(v) for v in row.split(",")] for row in raw.split(";")]
        if preset is None or np.shape(rows) != np.shape(preset):
            raise ValueError(raw)
        return rows, None

    def _entry(self, text: str) -> float | bool:
        if self.bits:
            if text not in ("0", "1"):
                raise ValueError(text)
            return text == "1"
        value = float(text)
        if not math.isfinite(value):
            raise ValueError(text)
        return min(max(value, self.low), self.high)

    def encode(self, value: list) -> str:
        fmt = (lambda v: "1" if v else "0") if self.bits else (lambda v: f"{v:g}")
        return ";".join(",".join(fmt(v) for v in row) for row in value)

    def show(self, where=st, **bounds) -> list:
        preset, version = bounds["preset"], bounds["version"]
        state = st.session_state
        start_key = f"{self.key}.start.{version}"
        if start_key not in state:  # a new size or preset: start afresh (from the link, the first time)
            state[start_key] = self._restore(preset=preset) if self.key not in state else preset
        frame = pd.DataFrame(state[start_key], index=bounds["labels"], columns=bounds["columns"])
        config = {}
        if not self.bits:
            number = dict(min_value=self.low, max_value=self.high, step=0.1, format="%.1f")
            config = {c: st.column_config.NumberColumn(c, **number) for c in frame.columns}
        edited = where.data_editor(frame, key=f"edit_{self.key}_{version}", column_config=config, width="stretch")
        if self.bits:
            value = edited.to_numpy(dtype=bool).tolist()
        else:
            value = np.nan_to_num(edited.to_numpy(dtype=np.float64)).tolist()  # an emptied cell counts as 0
        state[self.key] = value
        return value


def keep_in_link(edits: list[tuple[Matrix, list, list]]) -> None:
    """Write edited matrices (param, value, preset) into the URL if the link stays under
    LINK_BUDGET characters with them; otherwise leave them out and say so."""
    keys = {m.key for m, _, _ in edits}
    others = {k: v for k, v in st.query_params.items() if k not in keys}
    changed = {m.key: m.encode(v) for m, v, preset in edits if v != preset}
    fits = len(urlencode({**others, **changed})) <= LINK_BUDGET
    for matrix, value, preset in edits:
        if fits:
            matrix.save(value, preset=preset)
        elif matrix.key in st.query_params:
            del st.query_params[matrix.key]
    if not fits:
        st.caption(t("link_too_long", n=LINK_BUDGET))
