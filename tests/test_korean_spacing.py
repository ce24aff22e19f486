"""Korean typed without its spaces (먹고싶다, 갈수있다, 우리엄마는) is read as the spaced sentence,
and an unknown word is never cut into known pieces to hide it."""

from __future__ import annotations

import random

import pytest

from models.tasks.everyday import korean_phrases
from models.tasks.everyday.task import TASKS


@pytest.fixture(scope="module")
def read():
    task = TASKS["ko-en"]
    known = frozenset(task.source_vocabulary())
    return lambda text: task.tokenize(text, known)


@pytest.mark.parametrize(
    ("unspaced", "spaced"),
    [
        ("나는 사과를 먹고싶다.", "나는 사과를 먹고 싶다."),
        ("나는 학교에 갈수있다.", "나는 학교에 갈 수 있다."),
        ("나는학생이다.", "나는 학생이다."),
        ("학교에갔다.", "학교에 갔다."),
        ("비가온다.", "비가 온다."),
        ("우리엄마는 선생님이다.", "우리 엄마는 선생님이다."),
        ("그의개는 크다.", "그의 개는 크다."),
        ("나는 고양이가 두마리있다.", "나는 고양이가 두 마리 있다."),
        ("고양이가 침대위에서 잔다.", "고양이가 침대 위에서 잔다."),
        ("사과를먹고싶어요.", "사과를 먹고 싶다."),
    ],
)
def test_a_sentence_typed_without_spaces_reads_as_the_spaced_one(read, unspaced, spaced):
    assert read(unspaced) == read(spaced)


def test_an_unknown_noun_stays_one_unknown_word(read):
    tokens = read("나는 김치를 좋아한다.")
    assert tokens[2:4] == ["김치", "-를"]  # not 김 + 치를
    assert "김치" not in TASKS["ko-en"].source_vocabulary()


def test_a_noun_the_model_does_not_know_is_spaced_off_and_still_flagged(read):
    assert read("나는 김치를먹고싶다.") == read("나는 김치를 먹고 싶다.") == ["나", "-는", "김치", "-를", "먹", "~고", "싶다"]
    assert read("나는김치를 먹는다.")[:4] == ["나", "-는", "김치", "-를"]


def test_a_long_run_of_hangul_is_read_in_time(read):
    import time

    started = time.perf_counter()
    read("가나다라마바사아자차카타파하" * 700)  # 10,000 characters, no space
    assert time.perf_counter() - started < 2


def test_generated_sentences_read_the_same_with_one_space_left_out(read):
    """Over the grammar's own sentences: leave out one space, get the same tokens (most of the
    time: 사과세 is also 사과 + 세 "apple tax", and some splits are truly ambiguous)."""
    task, rng = TASKS["ko-en"], random.Random(2)
    same = tried = 0
    while tried < 400:
        words = korean_phrases.join(list(task.sample(rng).src)).split()
        if len(words) < 2:
            continue
        i = rng.randrange(len(words) - 1)
        tried += 1
        same += read(" ".join(words[:i] + [words[i] + words[i + 1]] + words[i + 2 :])) == read(" ".join(words))
    assert same / tried >= 0.75, f"{same}/{tried}"
