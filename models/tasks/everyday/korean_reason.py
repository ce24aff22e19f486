"""Korean "so" and "because": the reason comes first and ends in a connective.

    I was hungry so I ate.        나는 배가 고파서 샌드위치를 먹었다      (-아/어서: no tense of its own)
    I ate because I was hungry.   나는 배가 고팠기 때문에 샌드위치를 먹었다 (-기 때문에 keeps the tense)

English and French keep the order result – *because* – reason; Korean turns it round, so the
alignment of a *because* sentence crosses. A second subject equal to the first is left out in
Korean (나는 … 먹었다), as a Korean writer does. The sampler gives the reason of "so" the tense of
its result (past with past, else present), because -어서 cannot say it.
"""

from __future__ import annotations

from models.tasks.everyday.tree import Sentence, Token

# The last word of a finished statement → its -어서 form and its -기 form. Ending tokens (`~었다`)
# follow a stem; whole words are the helpers and the copula the grammar writes in one piece.
_SO = {
    "~ㄴ다": "~어서",
    "~다": "~어서",
    "~었다": "~어서",
    "않는다": "않아서",
    "않다": "않아서",
    "않았다": "않아서",
    "싶다": "싶어서",
    "싶었다": "싶어서",
    "한다": "해서",
    "했다": "해서",
    "된다": "돼서",
    "됐다": "돼서",
    "-다": "-여서",
    "-였다": "-여서",
    "-이다": "-이어서",
    "-이었다": "-이어서",
    "아니다": "아니어서",
    "아니었다": "아니어서",
}
_BECAUSE = {
    "~ㄴ다": "~기",
    "~다": "~기",
    "~었다": "~었기",
    "않는다": "않기",
    "않다": "않기",
    "않았다": "않았기",
    "싶다": "싶기",
    "싶었다": "싶었기",
    "한다": "하기",
    "했다": "했기",
    "된다": "되기",
    "됐다": "됐기",
    "-다": "-이기",
    "-였다": "-였기",
    "-이다": "-이기",
    "-이었다": "-이었기",
    "아니다": "아니기",
    "아니었다": "아니었기",
}
# Last words the reason clause can end in; the sampler draws only reasons that end in one.
CONNECTABLE = frozenset(_SO)


def _as_reason(tokens: list[Token], conjunction: str, conj_key: str) -> list[Token]:
    """The finished statement as the reason: 먹 ~었다 → 먹 ~어서 (so) or 먹 ~었기 때문에 (because)."""
    word, key, also = tokens[-1]
    table = _SO if conjunction == "so" else _BECAUSE
    out = tokens[:-1] + [(table[word], key, also + (conj_key,))]
    return out + [("때문에", conj_key, ())] if conjunction == "because" else out


def _shared_subject(kept: list[Token], kept_c: str, dropped: list[Token], dropped_c: str) -> list[Token]:
    """Leave out the subject of `dropped`; the subject Korean keeps answers to both English ones."""

    def both(t: Token) -> Token:
        word, key, also = t
        return (word, key, also + (dropped_c + key.removeprefix(kept_c),)) if key.startswith(kept_c + ".s.") else t

    return [both(t) for t in kept] + [t for t in dropped if not t[1].startswith(dropped_c + ".s.")]


def reason_first(sentence: Sentence, clause_tokens) -> list[Token]:
    """The two clauses of a so / because sentence in Korean order, reason first."""
    first, second = sentence.clauses
    same_subject = first.subject is not None and first.subject == second.subject
    # so: reason c0, result c1 · because: result c0, reason c1
    reason_c, result_c = ("c0", "c1") if sentence.conjunction == "so" else ("c1", "c0")
    reason_clause, result_clause = (first, second) if sentence.conjunction == "so" else (second, first)
    reason = _as_reason(clause_tokens(reason_clause, reason_c), sentence.conjunction, "conj1")
    result = clause_tokens(result_clause, result_c)
    if same_subject:
        return _shared_subject(reason, reason_c, result, result_c)
    return reason + result
