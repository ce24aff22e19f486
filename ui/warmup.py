"""Heavy imports, done once before any page runs.

When 40 students open the app right after the server starts, their script threads all import
pandas and plotly's validators at the same moment, and one of them can see a half-imported
module ("partially initialized module 'pandas' has no attribute 'Series'", seen in the load
test). Importing them here, at the top of app.py, serialises that: Python runs this module's
body once, and every other thread waits for it on the module's import lock.
"""

import pandas as pd  # noqa: F401
import plotly.graph_objects as go
import torch  # noqa: F401

# Building and serialising one of each figure type pulls in plotly's lazily imported validators.
go.Figure([go.Heatmap(z=[[0.0]]), go.Bar(y=[0.0]), go.Scatter(y=[0.0])]).to_json()
pd.DataFrame({"a": [0.0]}).to_json()
