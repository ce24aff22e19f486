"""Training: configs and presets (`config`), the one loop (`loop`), held-out evaluation
(`evaluate`), the CLI behind `python -m models.train` (`cli`) and the model card (`card`)."""
