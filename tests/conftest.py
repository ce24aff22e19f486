import os
import sys
from pathlib import Path

from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("OMP_NUM_THREADS", "1")


def open_page(page: str, default_timeout: float = 60, **params) -> AppTest:
    """Run the app as a link would open it: query parameters set, then the page."""
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=default_timeout)
    for key, value in params.items():
        at.query_params[key] = value
    at.switch_page(page)
    return at.run()
