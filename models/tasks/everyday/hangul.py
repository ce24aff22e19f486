"""Hangul syllable arithmetic: final consonants (받침), vowels, and particles chosen by them.

A syllable is 0xAC00 + (initial * 21 + vowel) * 28 + final, with final 0 meaning "no 받침".
"""

from __future__ import annotations

_BASE, _N_VOWELS, _N_FINALS = 0xAC00, 21, 28
VOWELS = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
FINALS = [
    "",
    "ㄱ",
    "ㄲ",
    "ㄳ",
    "ㄴ",
    "ㄵ",
    "ㄶ",
    "ㄷ",
    "ㄹ",
    "ㄺ",
    "ㄻ",
    "ㄼ",
    "ㄽ",
    "ㄾ",
    "ㄿ",
    "ㅀ",
    "ㅁ",
    "ㅂ",
    "ㅄ",
    "ㅅ",
    "ㅆ",
    "ㅇ",
    "ㅈ",
    "ㅊ",
    "ㅋ",
    "ㅌ",
    "ㅍ",
    "ㅎ",
]


def is_syllable(ch: str) -> bool:
    return len(ch) == 1 and 0 <= ord(ch) - _BASE < 11172


def split(ch: str) -> tuple[int, str, str]:
    """(initial index, vowel jamo, final jamo or '') of one syllable."""
    code = ord(ch) - _BASE
    return code // (_N_VOWELS * _N_FINALS), VOWELS[(code // _N_FINALS) % _N_VOWELS], FINALS[code % _N_FINALS]


def join(initial: int, vowel: str, final: str = "") -> str:
    return chr(_BASE + (initial * _N_VOWELS + VOWELS.index(vowel)) * _N_FINALS + FINALS.index(final))


def final(word: str) -> str:
    """The 받침 of the last syllable ('' for none, and for a word not ending in Hangul)."""
    return split(word[-1])[2] if word and is_syllable(word[-1]) else ""


def vowel(word: str) -> str:
    return split(word[-1])[1]


def with_final(word: str, jamo: str) -> str:
    """Replace the last syllable's 받침: with_final('가', 'ㄴ') == '간'."""
    initial, v, _ = split(word[-1])
    return word[:-1] + join(initial, v, jamo)


def with_vowel(word: str, v: str) -> str:
    """Replace the last syllable's vowel, keeping its initial and dropping its 받침."""
    initial, _, _ = split(word[-1])
    return word[:-1] + join(initial, v)


# Particle pairs: (after a 받침, after a vowel). 으로 also follows ㄹ as 로.
PARTICLES = {
    "topic": ("은", "는"),
    "subject": ("이", "가"),
    "object": ("을", "를"),
    "and": ("과", "와"),
    "or": ("이나", "나"),
    "copula": ("이다", "다"),
    "vocative": ("아", "야"),
    "than": ("보다", "보다"),  # 나보다 크다 "bigger than me"
}


def particle(word: str, kind: str) -> str:
    """The form of particle `kind` that follows `word` (사과 → 를, 책 → 을)."""
    after_consonant, after_vowel = PARTICLES[kind]
    return after_consonant if final(word) else after_vowel


def means(word: str) -> str:
    """으로 / 로: '로' after a vowel or ㄹ (버스로, 지하철로), '으로' after other 받침 (손으로)."""
    return "로" if final(word) in ("", "ㄹ") else "으로"
