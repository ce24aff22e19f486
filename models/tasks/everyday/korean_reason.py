"""Korean "so", "because" and "if": the reason or condition comes first and ends in a connective.

    I was hungry so I ate.        나는 배가 고파서 샌드위치를 먹었다      (-아/어서: no tense of its own)
    I ate because I was hungry.   나는 배가 고팠기 때문에 샌드위치를 먹었다 (-기 때문에 keeps the tense)
    If it rains, I will stay.     비가 오면 나는 있을 것이다              (-(으)면: the condition)

English and French say "B because A" and "B if A" too; Korean has one order, so the alignment of
those sentences crosses. A second subject equal to the first is left out in Korean (나는 … 먹었다),
as a Korean writer does. The sampler gives the reason of "so" the tense of its result (past with
past, else present), because -어서 cannot say it, and a condition the present.
"""

from __future__ import annotations

from models.tasks.everyday.korean_phrases import SUBJECT_FORMS
from models.tasks.everyday.tree import Sentence, Token

# The last word of a finished statement → its form before "so" (-어서), "because" (-기 때문에) and
# "if" (-(으)면; None: a condition is never in the past). Ending tokens (`~었다`) follow a stem;
# whole words are the helpers and the copula the grammar writes in one piece.
_CONNECTIVES = {
    "~ㄴ다": ("~어서", "~기", "~면"),
    "~다": ("~어서", "~기", "~면"),
    "~었다": ("~어서", "~었기", None),
    "않는다": ("않아서", "않기", "않으면"),
    "않다": ("않아서", "않기", "않으면"),
    "않았다": ("않아서", "않았기", None),
    "싶다": ("싶어서", "싶기", "싶으면"),
    "싶었다": ("싶어서", "싶었기", None),
    "한다": ("해서", "하기", "하면"),
    "했다": ("해서", "했기", None),
    "된다": ("돼서", "되기", "되면"),
    "됐다": ("돼서", "됐기", None),
    "-다": ("-여서", "-이기", "-면"),
    "-였다": ("-여서", "-였기", None),
    "-이다": ("-이어서", "-이기", "-이면"),
    "-이었다": ("-이어서", "-이었기", None),
    "아니다": ("아니어서", "아니기", "아니면"),
    "아니었다": ("아니어서", "아니었기", None),
}
_COLUMN = {"so": 0, "because": 1, "if": 2}


def _as_reason(tokens: list[Token], conjunction: str, conj_key: str) -> list[Token]:
    """The finished statement as the reason: 먹 ~었다 → 먹 ~어서 (so) or 먹 ~었기 때문에 (because)."""
    word, key, also = tokens[-1]
    out = tokens[:-1] + [(_CONNECTIVES[word][_COLUMN[conjunction]], key, also + (conj_key,))]
    return out + [("때문에", conj_key, ())] if conjunction == "because" else out


def _shared_subject(kept: list[Token], kept_c: str, dropped: list[Token], dropped_c: str) -> list[Token]:
    """Leave out the subject of `dropped`; the subject Korean keeps answers to both English ones."""

    def both(t: Token) -> Token:
        word, key, also = t
        return (word, key, also + (dropped_c + key.removeprefix(kept_c),)) if key.startswith(kept_c + ".s.") else t

    return [both(t) for t in kept] + [t for t in dropped if not t[1].startswith(dropped_c + ".s.")]


_TOPIC_AS_SUBJECT = {"-는": "-가", "-은": "-이"}


def _subject_marked(tokens: list[Token], c: str) -> list[Token]:
    """The subject of a reason or condition of its own takes 이/가, not the topic 은/는: 비가 오면,
    코치들이 목마르면 (the topic is what the whole sentence is about)."""
    out = list(tokens)
    for i, (word, key, also) in enumerate(out):
        if key == c + ".s.case" and word in _TOPIC_AS_SUBJECT:
            out[i] = (_TOPIC_AS_SUBJECT[word], key, also)
            before, k, a = out[i - 1]
            out[i - 1] = (SUBJECT_FORMS.get(before, before), k, a)  # 나는 → 내가
    return out


def reason_first(sentence: Sentence, clause_tokens) -> list[Token]:
    """The two clauses of a so / because / if sentence in Korean order, reason or condition first."""
    first, second = sentence.clauses
    same_subject = first.subject is not None and first.subject == second.subject
    # so, if: reason c0, result c1 · because: result c0, reason c1
    because = sentence.conjunction == "because"
    reason_c, result_c = ("c1", "c0") if because else ("c0", "c1")
    reason_clause, result_clause = (second, first) if because else (first, second)
    reason = _as_reason(clause_tokens(reason_clause, reason_c), sentence.conjunction, "conj1")
    result = clause_tokens(result_clause, result_c)
    if same_subject:
        return _shared_subject(reason, reason_c, result, result_c)
    return _subject_marked(reason, reason_c) + result
