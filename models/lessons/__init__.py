"""The arithmetic each page explains, testable on its own: one decoder step and one (query, key)
pair taken apart, the Q·K·V lab, positional-encoding properties, the shuffle ablation, length
extrapolation, LayerNorm vs BatchNorm, and per-head statistics."""
