"""The burst benchmark's yardstick: one text box and one small heatmap, nothing else.

`python -m bench.burst` serves it with the app's own config (.streamlit/config.toml, same cwd) so
that each page's server CPU per rerun can be given as a ratio to what Streamlit itself costs.
"""

import numpy as np
import plotly.graph_objects as go
import streamlit as st

text = st.text_input("Sentence", "the cat sleeps", key="sentence-text")
words = text.split()[:20] or ["(empty)"]
weights = np.random.default_rng(len(text)).random((len(words), len(words)))
st.plotly_chart(go.Figure(go.Heatmap(z=weights, x=words, y=words)))
