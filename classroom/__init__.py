"""Class mode's shared state: classes, their questions and answers, in one small store.

A top-level package beside models/ and viz/, not inside models/: DESIGN.md keeps models/ for
PyTorch (networks, inference, lessons) and this is neither tensors nor figures but the state
two browsers share (DESIGN.md, "Shared state across sessions"). Pure Python: no streamlit, no
torch, no project imports, so the protocol runs and is tested without the app, and ui/ wraps it.

    store.py         the `ClassStore` interface and `open_store()` (SQLite, or Redis when configured)
    sqlite_store.py  the default: one SQLite file in the data folder (WAL, BEGIN IMMEDIATE)
    redis_store.py   for several replicas: Redis, Lua scripts for the atomic steps, TTL = class expiry
    protocol.py      `Classroom`: start, join, ask, answer, reveal, the teacher's and students' views
    records.py       the records, the limits, the views
    codes.py         class codes, secrets (stored as digests), text cleaning
    qr.py            the join link and its QR code (segno, SVG)
    errors.py        typed errors, each with the translation key of its message
"""

from classroom.errors import ClassError
from classroom.protocol import Classroom, Student, Teacher
from classroom.store import ClassStore, open_store

__all__ = ["ClassError", "ClassStore", "Classroom", "Student", "Teacher", "open_store"]
