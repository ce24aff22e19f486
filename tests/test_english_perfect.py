"""Typed English in the present perfect is read as the simple past the grammar writes
(english_perfect.py): French and Korean say both the same way."""

from __future__ import annotations

import pytest

from models.tasks.everyday.task import TASKS

READINGS = [
    ("I've already eaten breakfast.", "i already ate breakfast"),
    ("I haven't finished my homework.", "i did not finish my homework"),
    ("Have you eaten?", "did you eat"),
    ("What have you done today?", "what did you do today"),
    ("She has written a letter.", "she wrote a letter"),
    ("He has never seen the sea.", "he never saw the sea"),
    ("Have you ever eaten sushi?", "did you eat sushi"),
    # not a perfect: left as typed
    ("I have a cat.", "i have a cat"),
    ("I have to go.", "i have to go"),
    ("She has two brothers.", "she has two brothers"),
    ("Have you ever been to Paris?", "have you ever been to paris"),
]


@pytest.mark.parametrize("typed, read", READINGS)
def test_present_perfect_reads_as_the_simple_past(typed, read):
    assert " ".join(TASKS["en-fr"].tokenize(typed)) == read
    assert TASKS["en-ko"].tokenize(typed) == TASKS["en-fr"].tokenize(typed)
