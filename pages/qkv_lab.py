"""Q·K·V lab: hand-made queries, keys and values through every step of scaled dot-product attention."""

import streamlit as st

from ui.classroom import ask_qkv
from ui.frame import page_header
from ui.i18n import t
from ui.params import keep_in_link, restore
from ui.views.qkv_lab import (
    DK,
    HARD,
    MASK,
    PADS,
    PRESET,
    QKV_VIEW,
    SCALE,
    SEED,
    TEMPERATURE,
    WINDOW,
    WORDS,
    N,
    edit_qkv,
    mask_of,
    scaling_panel,
    show_steps,
    token_labels,
)

page_header("qkv_title", "qkv_intro")
restore(QKV_VIEW)

c1, c2, c3, c4 = st.columns(4)
n = N.show(c1)
dk = DK.show(c2)
preset = PRESET.show(c3)
seed = SEED.show(c4, disabled=preset != "random")
labels = token_labels(WORDS.show(n=n), n)
(q, k, v), edits = edit_qkv(preset, n, dk, seed, labels)

c1, c2, c3, c4, c5 = st.columns(5)
mask_kind = MASK.show(c1)
pads = PADS.show(c2, high=n - 1, disabled=mask_kind != "padding")  # fewer tokens, fewer possible pads
window = WINDOW.show(c3)
scale = SCALE.show(c4)
hard = HARD.show(c5)
temperature = TEMPERATURE.show()
mask, mask_edits = mask_of(mask_kind, n, pads, window, labels)
keep_in_link(edits + mask_edits)

show_steps(q, k, v, mask, labels, scale=scale, temperature=float(temperature), hard=hard)
ask_qkv(q, k, v, mask, labels, scale=scale, temperature=float(temperature), hard=hard)

st.divider()
st.subheader(t("sqrt_title"))
scaling_panel()
