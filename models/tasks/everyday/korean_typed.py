"""Korean as students type it where the grammar writes one form: contractions (이건 = 이것은),
colloquial particles (엄마한테 = 엄마에게, 톰하고 / 톰이랑 = 톰과) and uncontracted past tenses
(보았다 = 봤다, 공부하였다 = 공부했다). Each becomes the tokens the grammar writes for the same words,
so a model reads what it was trained on.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Container

from models.tasks.everyday import hangul as h
from models.tasks.everyday import korean_phrases

# 이것 / 그것 / 저것 "this / it / that" and 무엇 "what", spoken short: 이거, 이건 (이것은), 이게 (이것이), 이걸 (이것을).
_CONTRACTIONS: dict[str, list[str]] = {"뭐": ["무엇"], "뭘": ["무엇", "-을"], "뭐가": ["무엇", "-이"], "뭐니": ["무엇", "-이니"]}
for _d in ("이", "그", "저"):
    _CONTRACTIONS |= {
        _d + "거": [_d + "것"],
        _d + "건": [_d + "것", "-은"],
        _d + "게": [_d + "것", "-이"],
        _d + "걸": [_d + "것", "-을"],
    }
_CONTRACTIONS |= {"내게": ["나", "-에게"], "네게": ["너", "-에게"]}  # 나에게, 너에게
_CONTRACTIONS |= {place + "서": [place, "-에서"] for place in ("여기", "거기", "저기", "어디")}  # 여기서 = 여기에서
_CONTRACTIONS |= {"같이": ["함께"]}  # "together" as it is said (친구랑 같이); the grammar writes 함께
# "really", as it is said (진짜 좋다); the grammar writes 정말 (이거 진짜야? "is it real?" reads as 정말 too)
_CONTRACTIONS |= {"진짜": ["정말"], "진짜로": ["정말"]}

# Spoken particles → the written one the grammar uses: 한테 is 에게; 하고, 랑 / 이랑 are 와 / 과; the
# honorific 께서(는) of someone respected is 이/가 (은/는). A kind of hangul.PARTICLES takes the form
# the noun before it needs.
_COLLOQUIAL = (("한테", "에게"), ("하고", "and"), ("이랑", "and"), ("랑", "and"), ("께서는", "topic"), ("께서", "subject"))


def contraction(word: str, known: Container[str]) -> list[str] | None:
    """The grammar's tokens for a contracted pronoun (이건 → 이것 -은), if the model knows them."""
    tokens = _CONTRACTIONS.get(word)
    return tokens if tokens and all(t in known for t in tokens) else None


def colloquial(word: str, known: Container[str], peel: Callable[[str], list[str]]) -> list[str] | None:
    """A noun with a spoken particle, as the grammar writes it: 엄마한테 → 엄마 -에게, 톰하고 → 톰 -과.
    Only after a word that takes particles: 세차하고 is 세차하다 "wash the car" + -고, not 세차 + 하고."""
    for spoken, written in _COLLOQUIAL:
        stem = word[: -len(spoken)]
        if not word.endswith(spoken) or not stem or (spoken == "이랑" and not h.final(stem)):
            continue
        inner = peel(stem)
        noun = inner[0]
        if len(inner) != 1 or noun not in known or not (noun in korean_phrases.noun_like() or noun.endswith("들")):
            continue
        particle = "-" + (h.particle(noun, written) if written in h.PARTICLES else written)
        if particle in known:
            return [noun, particle]
    return None


@functools.cache
def _uncontracted() -> dict[str, tuple[str, str]]:
    """Past forms written without contraction → (stem, ending): 보았다 → 보 ~었다, 하였다 → 하 ~었다."""
    table: dict[str, tuple[str, str]] = {}
    for stem, (_, cls) in korean_phrases._stems().items():
        for ending in ("~었다", "~었니", "~었고", "~었지만"):
            tail = ending.removeprefix("~었")
            if cls == "하다":
                table.setdefault(stem[:-1] + "하였" + tail, (stem, ending))
            elif not h.final(stem) and h.vowel(stem) in ("ㅗ", "ㅜ", "ㅚ"):  # 보았다, 주었다, 되었다
                past = "았" if h.vowel(stem) == "ㅗ" else "었"
                table.setdefault(stem + past + tail, (stem, ending))
    return {w: r for w, r in table.items() if not korean_phrases.analyses(w)}


def uncontracted(word: str, known: Container[str]) -> list[str] | None:
    """The grammar's stem + ending for an uncontracted past (보았다 → 보 ~었다), if the model knows them."""
    reading = _uncontracted().get(word)
    return list(reading) if reading and all(t in known for t in reading) else None


def noun_and_hada_as_one_verb(tokens: list[str], known: Container[str]) -> list[str]:
    """샤워를 하다 as the grammar writes it, 샤워하다 "take a shower" (공부를 했다 → 공부했다 "studied"):
    Korean says a 하다 verb either way, and the grammar writes the verb. The noun may be one the
    model knows only inside its verb: 수영을 하다 is 수영하다 "swim", and there is no noun 수영."""
    out: list[str] = []
    for token in tokens:
        if token == "하" and len(out) >= 2 and out[-1] in ("-을", "-를") and out[-2] + "하" in known:
            out[-2:] = [out[-2] + "하"]
        elif token == "하" and out and out[-1][-1:] in ("을", "를") and out[-1][:-1] + "하" in known:
            out[-1] = out[-1][:-1] + "하"
        else:
            out.append(token)
    return out


def can_not_as_written(tokens: list[str], known: Container[str]) -> list[str]:
    """못 before a verb, as the grammar writes "can not" (V-지 못하다): 못 간다 → 가지 못한다, and
    수영을 못한다 → 수영을 하지 못한다 (then 수영하지 못한다, by `noun_and_hada_as_one_verb`)."""
    if not all(t in known for t in ("~지", "못하")):
        return tokens
    out: list[str] = []
    for token, nxt in zip(tokens, [*tokens[1:], ""]):
        verb = token in known and token in korean_phrases.verb_stems() and nxt.startswith("~")
        if out[-1:] == ["못"] and verb:
            out[-1:] = [token, "~지", "못하"]
        elif token == "못하" and out[-1:] != ["~지"] and nxt.startswith("~"):
            out += ["하", "~지", "못하"]
        else:
            out.append(token)
    return out


# -는 중이다 "in the middle of": 가는 중이다 is the progressive the grammar writes 가고 있다.
_IN_THE_MIDDLE_OF = {
    "중" + tail: "있" + ending for tail, ending in (("이다", "다"), ("이었다", "었다"), ("이니", "니"), ("이었니", "었니"))
}


def progressive_as_written(words: list[str]) -> list[str]:
    """가는 중이다 → 가고 있다, 뭐 하는 중이니 → 뭐 하고 있니 (words as typed, polite endings made plain)."""
    out: list[str] = []
    for word in words:
        helper = _IN_THE_MIDDLE_OF.get(word)
        stems = [stem for stem, ending in korean_phrases.analyses(out[-1]) if ending == "~는"] if helper and out else []
        if stems:
            out[-1:] = [_likelier(stems, out[:-1]) + "고", helper]
        else:
            out.append(word)
    return out


def _likelier(stems: list[str], before: list[str]) -> str:
    """사는 is 사다 "buy" after an object (집을 사는 중이다) and 살다 "live" otherwise (the commoner)."""
    if len(stems) > 1 and before and before[-1][-1:] in ("을", "를"):
        transitive = [s for s in stems if s in korean_phrases.transitive_stems()]
        stems = transitive or stems
    weights = korean_phrases.stem_weights()
    return max(stems, key=lambda s: weights.get(s, 0))
