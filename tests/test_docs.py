"""The model card matches the shipped checkpoints, and the README keeps its two commands."""

from models.training.card import card
from tests.conftest import ROOT


def test_model_card_is_generated_from_the_sidecars():
    assert (ROOT / "models" / "README.md").read_text(encoding="utf-8") == card()


def test_readme_names_the_two_commands_and_ci_calls_make_test():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "make run" in readme and "make test" in readme
    assert "make test" in (ROOT / ".ci" / "run").read_text()
