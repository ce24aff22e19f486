"""Typed text → the tokens the everyday models read, and tokens → display text.

English: lower case, contractions expanded the way the grammar writes them ("don't" → "do not",
"won't" → "will not", "can't" → "can not"), digits 1–10 as words.
Korean: split at spaces; a conjugated word becomes its stem and ending (`먹었다` → `먹 ~었다`), and
a word the model does not know as a whole is split into a known noun and its particle(s)
(`고양이가` → `고양이 -가`): the way the grammar writes Korean.
"""

from __future__ import annotations

import re
from collections.abc import Container

from models.tasks.everyday import korean_phrases

_ENGLISH_CONTRACTIONS = [
    (r"\bwon't\b", "will not"),
    (r"\bcan't\b", "can not"),
    (r"\bcannot\b", "can not"),
    (r"\blet's\b", "let us"),
    (r"\b(i|you|we|they|he|she|it)'ll\b", r"\1 will"),
    (r"\b(i|you|we|they)'ve\b", r"\1 have"),
    (r"\bi'm\b", "i am"),
    (r"\b(you|we|they)'re\b", r"\1 are"),
    (r"\b(he|she|it|that|what|where|who|there|how)'s\b", r"\1 is"),
    (r"\b(is|are|was|were|do|does|did|has|have)n't\b", r"\1 not"),
    (r"\b([a-z]+)'s\b", r"\1 's"),  # Tom's cat: a possessive, once the "it's", "he's" above are read
]
_DIGITS = {
    "1": "one",
    "2": "two",
    "3": "three",
    "4": "four",
    "5": "five",
    "6": "six",
    "7": "seven",
    "8": "eight",
    "9": "nine",
    "10": "ten",
}
_PUNCTUATION = r"[^\s.,!?;:\"()“”«»…]+"

# Korean particles the grammar writes as their own tokens, longest first.
KOREAN_PARTICLES = sorted(
    [
        "이었다",
        "였다",
        "이었니",
        "였니",
        "이다",
        "이니",
        "에서",
        "에게",
        "으로",
        "이",
        "가",
        "은",
        "는",
        "을",
        "를",
        "와",
        "과",
        "이나",
        "나",
        "에",
        "다",
        "니",
        "일",
        "의",
    ],
    key=len,
    reverse=True,
)


def english(text: str) -> list[str]:
    text = text.lower().replace("’", "'").replace("‘", "'")
    for pattern, replacement in _ENGLISH_CONTRACTIONS:
        text = re.sub(pattern, replacement, text)
    return [_DIGITS.get(w, w) for w in re.findall(_PUNCTUATION, text)]


# Words after which the word before is a verb's -ㄹ form, not a noun: 볼 것이다 "will see", not 볼 "cheek".
_AFTER_PROSPECTIVE = {"것이다", "거니", "거다", "것", "거", "수"}


def korean(text: str, known: Container[str]) -> list[str]:
    """Split Korean at spaces, then into stems, endings and particles the vocabulary knows."""
    out: list[str] = []
    words = re.findall(_PUNCTUATION, text.lower())
    for i, word in enumerate(words):
        conjugated = korean_phrases.analyse(word)
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if conjugated and conjugated[1] == "~ㄹ" and nxt in _AFTER_PROSPECTIVE and conjugated[0] in known:
            out += list(conjugated)
        else:
            out += _peel(word, known)
    return out


_NUMBER_WORDS = frozenset(korean_phrases.NUMBERS.values())  # 한 두 세 … 열두 스무: they count, they take no particle


def _peel(word: str, known: Container[str]) -> list[str]:
    """A whole known word; else a known noun + particle(s); else a verb's stem + ending; else a noun
    or verb stem + particle. Nouns win over verbs: 나를 is "me", not a form of 나르다 "carry"."""
    if word in known:
        return [word]
    stems, nouns = korean_phrases.verb_stems(), korean_phrases.noun_like()
    for p in KOREAN_PARTICLES:
        stem = word[: -len(p)]
        counted = stem in _NUMBER_WORDS and stem not in nouns  # 한다 is 하 + ~ㄴ다, never "one" + -다
        if word.endswith(p) and stem in known and (stem not in stems or stem in nouns) and not counted and ("-" + p) in known:
            return [stem, "-" + p]
    conjugated = korean_phrases.analyse(word)
    if conjugated is not None and conjugated[0] in known:
        return list(conjugated)
    for p in KOREAN_PARTICLES:
        stem = word[: -len(p)]
        if word.endswith(p) and stem and ("-" + p) in known:
            inner = _peel(stem, known)  # 고양이들이 → 고양이들 -이
            if inner[0] in known:
                return inner + ["-" + p]
    return [word]


def join_english(tokens: list[str], capitalised: dict[str, str]) -> str:
    """Display English: `I`, capitalised names and the first word (`tom likes paris` → `Tom likes Paris`)."""
    words = [capitalised.get(t, "I" if t == "i" else t) for t in tokens]
    if words:
        words[0] = words[0][:1].upper() + words[0][1:]
    return " ".join(words).replace(" 's", "'s")  # Tom 's car → Tom's car
