"""Play football, play the piano, speak French: the verb each language uses depends on the object.

English plays a sport and an instrument; French joue *au* football but *du* piano; Korean 축구를
*하다* but 피아노를 *치다*; a language is spoken without an article (parler français, 한국어를 하다).
The tree keeps the English verb (play, speak); each realiser asks here for its own verb row.
"""

from __future__ import annotations

from dataclasses import replace

from models.tasks.everyday.lexicon import Verb
from models.tasks.everyday.tree import Clause

SPORTS = {"football", "soccer", "tennis", "basketball", "baseball", "volleyball", "golf", "hockey", "badminton"}
INSTRUMENTS = {"piano", "guitar", "violin", "drums", "flute", "trumpet", "cello"}
LANGUAGES = {"english", "french", "korean", "chinese", "japanese", "spanish", "german"}
STRUCK = {"piano", "guitar", "drums"}  # 피아노를 치다; the others 연주하다 (바이올린을 연주하다)


def pastime(clause: Clause) -> str | None:
    """ "sport", "instrument" or "language" when the clause plays a sport / an instrument or speaks a language."""
    verb, obj = clause.verb, clause.obj
    if verb is None or obj is None or obj.is_pronoun or obj.is_name:
        return None
    if verb.en == "play" and obj.head.en in SPORTS:
        return "sport"
    if verb.en == "play" and obj.head.en in INSTRUMENTS:
        return "instrument"
    if verb.en == "speak" and obj.head.en in LANGUAGES:
        return "language"
    return None


def french_verb(clause: Clause) -> Verb:
    """jouer à (au tennis), jouer de (du piano), parler + bare language."""
    kind = pastime(clause)
    if kind is None:
        return clause.verb
    return replace(clause.verb, fr_object={"sport": "à", "instrument": "de", "language": "direct"}[kind])


def korean_verb(clause: Clause) -> Verb:
    """축구를 하다, 피아노를 치다, 바이올린을 연주하다, 한국어를 하다."""
    kind = pastime(clause)
    if kind is None:
        return clause.verb
    if kind == "instrument":
        form = ("치다", "reg") if clause.obj.head.en in STRUCK else ("연주하다", "하다")
    else:
        form = ("하다", "하다")
    return replace(clause.verb, ko_dict=form[0], ko_class=form[1], ko_object="을", ko_alt=())
