"""`python -m models.train …`: the training CLI, kept at its documented name.

The code is in `models.training.cli`; see `python -m models.train --help`.
"""

from models.training.cli import main

__all__ = ["main"]

if __name__ == "__main__":
    main()
