"""Q·K·V lab: hand-made queries, keys and values through every step of scaled dot-product attention."""

import streamlit as st

from ui import state
from ui.frame import page_header
from ui.i18n import t
from ui.views.qkv_lab import PRESETS, build_mask, edit_mask, edit_matrix, preset_qkv, scaling_panel, show_steps, token_labels

MASKS = ("none", "causal", "padding", "custom")
TEMPERATURES = ("0.1", "0.25", "0.5", "1.0", "2.0", "4.0", "10.0")
VIEW = {
    "n": (4, state.integer(3, 6, "n")),
    "dk": (2, state.integer(2, 4, "dk")),
    "preset": ("match", state.choice(PRESETS)),
    "seed": (0, state.integer(0, 9999, "seed")),
    "mask": ("none", state.choice(MASKS)),
    "pads": (1, state.integer(0, 5, "pads")),
    "window": (0, state.integer(0, 5, "window")),
    "scale": ("on", state.choice(("on", "off"))),
    "temp": ("1.0", state.choice(TEMPERATURES)),
    "hard": ("off", state.choice(("on", "off"))),
}

page_header("qkv_title", "qkv_intro")
state.restore_view(VIEW)

c1, c2, c3, c4 = st.columns(4)
n = c1.number_input(t("n_tokens"), 3, 6, key="n")
dk = c2.number_input("d_k", 2, 4, key="dk")
preset = c3.selectbox(t("preset"), PRESETS, key="preset", format_func=lambda p: t(f"preset_{p}"))
seed = c4.number_input(t("seed"), 0, 9999, key="seed", disabled=preset != "random")
words = st.text_input(t("token_words"), ", ".join(["the", "cat", "sat", "on", "the", "mat"][:n]), max_chars=120, key="words")
labels = token_labels(words, int(n))
version = f"{preset}-{n}-{dk}-{seed}"  # a new preset or size starts the editors afresh
q0, k0, v0 = preset_qkv(preset, int(n), int(dk), int(seed))

cols = st.columns(3)
with cols[0]:
    st.markdown("**Q**")
    q = edit_matrix("q", q0, labels, version)
with cols[1]:
    st.markdown("**K**")
    k = edit_matrix("k", k0, labels, version)
with cols[2]:
    st.markdown("**V**")
    v = edit_matrix("v", v0, labels, version)

c1, c2, c3, c4, c5 = st.columns(5)
mask_kind = c1.selectbox(t("mask"), MASKS, key="mask", format_func=lambda m: t(f"mask_{m}"))
st.session_state["pads"] = min(int(st.session_state["pads"]), int(n) - 1)  # fewer tokens, fewer possible pads
pads = c2.number_input(t("pads"), 0, int(n) - 1, key="pads", disabled=mask_kind != "padding")
window = c3.number_input(t("window"), 0, 5, key="window", help=t("window_help"))
scale = c4.segmented_control(t("scaling"), ("on", "off"), key="scale", required=True, format_func=lambda x: t(f"switch_{x}"))
hard = c5.segmented_control(t("hard"), ("on", "off"), key="hard", required=True, format_func=lambda x: t(f"switch_{x}"))
temperature = st.select_slider(t("attn_temperature"), TEMPERATURES, key="temp")
custom = edit_mask(labels, f"{n}") if mask_kind == "custom" else None
state.save_view(VIEW)

mask = build_mask(mask_kind, int(n), int(pads), int(window) or None, custom)
show_steps(q, k, v, mask, labels, scale=scale == "on", temperature=float(temperature), hard=hard == "on")

st.divider()
st.subheader(t("sqrt_title"))
scaling_panel()
