"""What every chart on every page shares: the plotly toolbar (PNG download, no logo)."""

CHART_CONFIG = {"displaylogo": False, "toImageButtonOptions": {"format": "png", "filename": "attention"}}
