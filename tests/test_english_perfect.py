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
    ("He's eaten.", "he ate"),
    ("Has she called you?", "did she call you"),
    # not a finished perfect, or no perfect at all: left as typed
    ("I have a cat.", "i have a cat"),
    ("I have to go.", "i have to go"),
    ("She has two brothers.", "she has two brothers"),
    ("He's tired.", "he is tired"),
    ("Have you ever been to Paris?", "have you ever been to paris"),
    ("Have you ever eaten sushi?", "have you ever eaten sushi"),
    ("We have lived here for two years.", "we have lived here for two years"),
    ("I have known him for a long time.", "i have known him for a long time"),
    ("I have always lived here.", "i have always lived here"),
    ("I should have eaten.", "i should have eaten"),
    ("Would you have gone?", "would you have gone"),
    ("You must have seen it.", "you must have seen it"),
    ("I want to have finished.", "i want to have finished"),
    ("", ""),
    ("Has", "has"),
    ("he is", "he is"),
]


@pytest.mark.parametrize("typed, read", READINGS)
def test_a_finished_present_perfect_reads_as_the_simple_past(typed, read):
    assert " ".join(TASKS["en-fr"].tokenize(typed)) == read
