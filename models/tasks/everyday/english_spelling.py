"""British spellings a student may type, read as the American ones the lexicon writes:
colour → color, theatre → theater, recognise → recognize, travelled → traveled, grey → gray.

Rules for whole families of words, not a list of examples; each is anchored on a stem, so
"four", "hour", "your" and "tour" are left alone.
"""

from __future__ import annotations

import re

_RULES = [
    (r"^(colo|neighbo|humo|favo|hono|flavo|behavio|harbo|labo)ur(s|ed|ing|ite|ites|ful)?$", r"\1r\2"),
    (r"^(theat|cent|met|lit|fib)re(s)?$", r"\1er\2"),
    (r"^(apolog|recogn|organ|real|memor|critic|emphas|summar|special|categor)is(e|es|ed|ing|ation)$", r"\1iz\2"),
    (r"^(travel|cancel|label|model|quarrel|signal)l(ed|ing|er|ers)$", r"\1\2"),
    (r"^practis(e|es|ed|ing)$", r"practic\1"),
    (r"^aeroplane(s)?$", r"airplane\1"),
    (r"^programme(s)?$", r"program\1"),
    (r"^grey$", "gray"),
]
_COMPILED = [(re.compile(pattern), replacement) for pattern, replacement in _RULES]


def american(word: str) -> str:
    """`word` (lower case) in American spelling."""
    for pattern, replacement in _COMPILED:
        if pattern.match(word):
            return pattern.sub(replacement, word)
    return word
