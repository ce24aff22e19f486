"""*Please* on a command: please sit down, assieds-toi, s'il te plaît, 앉아 줘.

The sampler asks politely for one command in three (`Clause.please`, never a negated one). English
says *please* first, French *s'il te plaît* after a comma at the end, Korean asks with the verb's
아/어 form and 주다 (앉아 줘, 문을 닫아 줘: korean_predicate.py), which a student types as 주세요
too (korean_polite.py). Every word of it carries the key `c.please`.
"""

from __future__ import annotations

from models.tasks.everyday.tree import Token

KOREAN = "줘"  # the plain request after the 아/어 form; 주세요, 줘요, 주십시오 are read as it


def english(tokens: list[Token], c: str) -> list[Token]:
    return [("please", c + ".please", ())] + tokens


def french(tokens: list[Token], c: str) -> list[Token]:
    # "si il" is elided to s'il with the rest of the sentence (french_words.elide)
    return tokens + [(w, c + ".please", ()) for w in (",", "si", "il", "te", "plaît")]


def read_english(words: list[str]) -> list[str]:
    """A typed command with *please* at its end (close the door, please) as the grammar says it."""
    if len(words) > 1 and words[-1] == "please" and words[0] != "please":
        return ["please"] + words[:-1]
    return words
