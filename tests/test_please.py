"""*Please* on a command, in three languages, and read as a student types it."""

from __future__ import annotations

import random

from models.tasks.everyday.sampler import Sampler
from models.tasks.everyday.task import TASKS
from models.tasks.everyday.tree import Clause, Sentence
from tests.test_everyday_constructions import LEX, noun, pron, read_back, say, verb


def _command(en: str, **kw) -> Clause:
    return Clause("action", None, mood="imperative", verb=verb(en), please=True, **kw)


def test_please_in_three_languages():
    assert say(_command("sit down")) == ("please sit down", "assieds-toi, s'il te plaît", "앉아 줘")
    door = noun("door")
    assert say(_command("close", obj=door)) == ("please close the door", "ferme la porte, s'il te plaît", "문을 닫아 줘")
    assert say(_command("help", obj=pron("i"))) == ("please help me", "aide-moi, s'il te plaît", "나를 도와 줘")
    assert read_back(_command("close", obj=door)) == ("문을 닫아 줘", "please close the door")


def test_typed_please_reads_as_the_grammar_writes_it():
    sentence = Sentence([_command("close", obj=noun("door"))])
    english = [w for w, _, _ in TASKS["en-fr"].realise(sentence)[0]]
    for typed in ("Please close the door.", "Close the door, please!", "close the door please"):
        assert TASKS["en-fr"].tokenize(typed) == english, typed
    korean = [w for w, _, _ in TASKS["ko-en"].realise(sentence)[0]]
    for typed in ("문을 닫아 줘.", "문을 닫아 주세요", "문을 닫아 주십시오.", "문을 닫아줘"):
        assert TASKS["ko-en"].tokenize(typed) == korean, typed


def test_a_third_of_commands_say_please_and_no_negated_one():
    sampler, rng = Sampler(LEX), random.Random(5)
    commands = [c for c in (sampler.clause(rng) for _ in range(20000)) if c.mood == "imperative"]
    asked = [c for c in commands if c.please]
    assert not any(c.negated for c in asked)
    assert 0.2 < len(asked) / len(commands) < 0.35
