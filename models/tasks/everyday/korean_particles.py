"""Korean particles as the grammar writes them, as their own tokens (고양이 -가, 의사 -였고), and
whether a typed word ends in one that fits the word before it (책을, 사과를; never 책를)."""

from __future__ import annotations

from collections.abc import Container

from models.tasks.everyday import hangul, korean_phrases

# Korean particles the grammar writes as their own tokens, longest first. The copula (이다 / 다) and
# its endings are written as particles too: 학생 -이다, 의사 -였고.
KOREAN_PARTICLES = sorted(
    [
        "이었지만",
        "였지만",
        "이었다",
        "였다",
        "이었니",
        "였니",
        "이었고",
        "였고",
        "이지만",
        "지만",
        "이어서",  # the reason of "so" and "because" (korean_reason.py): 학생이어서, 의사여서, 학생이기 때문에
        "여서",
        "이었기",
        "였기",
        "이기",
        "보다",  # 나보다 크다 "bigger than me" (comparison.py)
        "이면",  # the condition of "if": 학생이면, 의사면
        "면",
        "이다",
        "이니",
        "이고",
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
        "고",
        "일",
        "의",
    ],
    key=len,
    reverse=True,
)
# Particles with a form for each kind of word before them (hangul.PARTICLES): the one after a 받침,
# the one after a vowel. 안다 is never 안 "inside" + 다 (that would be 안이다), so it is 알 ~ㄴ다 "knows".
_AFTER_CONSONANT = {"이", "은", "을", "과", "으로"} | {p for p in KOREAN_PARTICLES if p.startswith("이") and len(p) > 1}
_AFTER_VOWEL = {"가", "는", "를", "와", "다", "니", "고", "지만", "여서", "면"} | {
    p for p in KOREAN_PARTICLES if p.startswith("였")
}


def fits(noun: str, particle: str) -> bool:
    """Whether `particle` may follow `noun` as typed (책을, 사과를, never 책를). After a vowel the full
    copula is correct too (의사이다 = 의사다); `particle_token` writes it the grammar's way."""
    if particle in _AFTER_CONSONANT:
        full_copula = particle in _COPULA_AFTER_VOWEL and (noun in korean_phrases.noun_like() or noun.endswith("들"))
        return bool(hangul.final(noun)) or full_copula  # 사이다 is no 사 "buy" + 이다
    if particle in _AFTER_VOWEL:
        return not hangul.final(noun) and hangul.is_syllable(noun[-1:])
    return True


# The copula after a vowel, typed in full → as the grammar writes it: 의사이다 → 의사 -다, 의사이었다 → 의사 -였다.
_COPULA_AFTER_VOWEL = (
    {p: p[1:] for p in KOREAN_PARTICLES if p.startswith("이") and len(p) > 1}
    | {p: "였" + p[2:] for p in KOREAN_PARTICLES if p.startswith("이었")}
    | {"이어서": "여서", "이기": "이기"}
)  # 의사이기 때문에 stays: the short 의사기 is spoken only


def particle_token(noun: str, particle: str) -> str:
    """The particle token the grammar writes after `noun` for a typed `particle`."""
    if not hangul.final(noun) and particle in _COPULA_AFTER_VOWEL:
        return "-" + _COPULA_AFTER_VOWEL[particle]
    return "-" + particle


# Case particles that end a noun the model does not know: 마당에 → 마당 -에, so the model still reads
# "at" (and the learner is told 마당, not 마당에, is the word it does not know).
_CASE = ("에서", "에게", "이", "가", "은", "는", "을", "를", "에", "의", "와", "과")


def unknown_noun(word: str, known: Container[str]) -> list[str]:
    for p in _CASE:
        stem = word[: -len(p)]
        verb_like = stem.endswith("하") and p in ("은", "는", "을")  # 운전하는 is a verb, not 운전하 + -는
        if word.endswith(p) and len(stem) >= 2 and fits(stem, p) and "-" + p in known and not verb_like:
            return [stem, "-" + p]
    return [word]
