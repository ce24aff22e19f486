"""One module per page, named after it (`pages/bert.py` draws with `ui/views/bert.py`): the
panels only that page shows. What several pages share stays in `ui/`."""
