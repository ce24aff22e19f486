"""Streamlit glue: cached loaders, shared widgets, URL state, translations."""
