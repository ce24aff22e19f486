"""The AER ceiling of one link per output word: 0 when every word has one sure link, and above 0
as soon as one output word has two (English "is" ↔ Korean 있 + ~다)."""

from __future__ import annotations

from models.tasks.base import Pair, gold_links
from models.training.aer_ceiling import aer_ceiling


def test_one_sure_link_per_word_can_be_recalled_whole():
    sure, possible = gold_links(["a", "b"], [("B", "b", ()), ("A", "a", ())])
    assert aer_ceiling([Pair(("a", "b"), ("B", "A"), sure, possible)]) == 0


def test_a_word_with_two_sure_links_caps_recall():
    # "is" carries the keys of both the stem and the ending: two sure links, one can be predicted
    sure, possible = gold_links(["cat", "be", "be"], [("cat", "cat", ()), ("is", "be", ())])
    pair = Pair(("고양이", "있", "~다"), ("cat", "is"), sure, possible)
    assert len(sure) == 3
    assert aer_ceiling([pair]) == 1 - (2 + 2) / (2 + 3)
