"""Class mode in the app: the teacher starts a class and asks, students join and answer.

session.py  the shared class store (opened once per server), the roles a session holds, the
            cookie that keeps a role across a reload, translated errors
panel.py    the sidebar: start / join / end, the code and its QR code, presenter mode, follow
live.py     the polled parts: the teacher's live tally and reveal, a student's question
ask.py      "Ask the class" on each page: questions made from the view on screen
"""

from ui.classroom.ask import ask_alignment, ask_bert, ask_positions, ask_qkv, ask_steps, ask_transformer
from ui.classroom.live import class_live
from ui.classroom.panel import class_sidebar

__all__ = [
    "ask_alignment",
    "ask_bert",
    "ask_positions",
    "ask_qkv",
    "ask_steps",
    "ask_transformer",
    "class_live",
    "class_sidebar",
]
