"""Translation tasks with gold alignments: `dates`, `en-fr`, `en-ko`, `ko-en` (the everyday grammar),
and `copy` / `reverse` for the Train page.

task = get_task("en-fr")
task.pairs("train")          # deterministic; train/validation/test never share a sentence
task.tokenize("I'm a student")  # ['i', 'am', 'a', 'student']
task.source_vocabulary()     # every word the grammar can write
"""

from __future__ import annotations

from models.tasks.base import SPLITS, Pair, Task, split_of
from models.tasks.everyday.task import TASKS as EVERYDAY_TASKS
from models.tasks.toy import ToyTask

__all__ = ["SPLITS", "Pair", "Task", "split_of", "TASKS", "TASK_NAMES", "MODEL_TASKS", "TRAINABLE_TASKS", "get_task"]

TASK_NAMES = ("dates", "en-fr", "en-ko", "ko-en")  # the tasks with shipped models
MODEL_TASKS = ("dates", "en-fr", "en-ko", "ko-en")  # every task `python -m models.train --all` trains
TRAINABLE_TASKS = TASK_NAMES + ("copy", "reverse")  # what the Train page offers

TASKS: dict[str, Task] = {
    "dates": ToyTask("dates", "char", 40, (30000, 1000, 2000), seed=1),
    **EVERYDAY_TASKS,
    "copy": ToyTask("copy", "char", 16, (20000, 500, 1000), seed=4),
    "reverse": ToyTask("reverse", "char", 16, (20000, 500, 1000), seed=5),
    # The first toy grammars, kept while checkpoints trained on them are still shipped.
    "toy-en-fr": ToyTask("toy-en-fr", "word", 30, (40000, 1000, 2000), seed=2),
    "toy-en-ko": ToyTask("toy-en-ko", "word", 30, (40000, 1000, 2000), seed=3),
}


def get_task(name: str) -> Task:
    if name not in TASKS:
        raise ValueError(f"unknown task {name!r}; expected one of {sorted(TASKS)}")
    return TASKS[name]
