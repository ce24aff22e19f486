"""Toy English→Korean grammar: subject–object–verb order, topic/object particles chosen by
the noun's final consonant (는/은, 를/을, 와/과), `안` negation, connective verb forms for "and".
`i eat an apple` → `나는 사과를 먹는다`."""

from __future__ import annotations

from models.tasks.en_fr import TargetToken
from models.tasks.lexicon import PREPOSITIONS
from models.tasks.sentences import Clause, NounPhrase, Sentence


def has_final_consonant(word: str) -> bool:
    """True when the last Hangul syllable has a 받침 (final consonant)."""
    code = ord(word[-1]) - 0xAC00
    return 0 <= code < 11172 and code % 28 != 0


def particle(word: str, after_consonant: str, after_vowel: str) -> str:
    return word + (after_consonant if has_final_consonant(word) else after_vowel)


def korean_np(np_: NounPhrase, key: str, suffix: tuple[str, str] | None, extra: tuple[str, ...] = ()) -> list[TargetToken]:
    """Attributive adjectives, then the noun with its particle glued on (`빨간 차를`)."""
    if np_.pronoun:
        return [(np_.pronoun.ko, key + ".noun", ())]
    out = [(a.ko_attr, f"{key}.adj{i}", ()) for i, a in enumerate(np_.adjectives)]
    stem = np_.noun.ko + ("들" if np_.plural else "")  # 고양이들: plural marker before the particle
    noun = particle(stem, *suffix) if suffix else stem
    return out + [(noun, key + ".noun", (key + ".det",) + extra)]


def _korean_clause(clause: Clause, c: int, last: bool) -> list[TargetToken]:
    out: list[TargetToken] = []
    n_subj = len(clause.subjects)
    for i, np_ in enumerate(clause.subjects):
        suffix = ("은", "는") if i == n_subj - 1 else ("과", "와")
        out += korean_np(np_, f"c{c}.s{i}", suffix, (f"c{c}.sand",) if i < n_subj - 1 else ())
    for j, (prep, np_) in enumerate(clause.preps):
        key = f"c{c}.pp{j}"
        if prep == "in":
            out += korean_np(np_, key, ("에서", "에서"), (key + ".prep",))
        elif prep == "on":
            out += korean_np(np_, key, None) + [(PREPOSITIONS[prep][1], key + ".prep", ())]
        else:
            out += korean_np(np_, key, ("과", "와")) + [("함께", key + ".prep", ())]
    and_key = () if last else (f"and{c + 1}",)
    neg = [("안", f"c{c}.not", (f"c{c}.do",))] if clause.negated else []
    if clause.kind == "adj":
        adj = clause.adjective
        out += neg + [(adj.ko_pred if last else adj.ko_conn, f"c{c}.padj", (f"c{c}.be",) + and_key)]
    elif clause.kind == "noun":
        pred = clause.predicate
        adjs = [(a.ko_attr, f"c{c}.p.adj{i}", ()) for i, a in enumerate(pred.adjectives)]
        noun_key, possible = f"c{c}.p.noun", (f"c{c}.p.det", f"c{c}.be")
        if clause.negated:  # 학생이 아니다
            word = particle(pred.noun.ko, "이", "가")
            tail = "아니다" if last else "아니고"
            out += adjs + [(word, noun_key, possible), (tail, f"c{c}.not", (f"c{c}.be",) + and_key)]
        else:  # 학생이다
            out += adjs + [(pred.noun.ko + ("이다" if last else "이고"), noun_key, possible + and_key)]
    else:
        if clause.obj:
            out += korean_np(clause.obj, f"c{c}.o", ("을", "를"))
        verb = clause.verb
        out += neg + [(verb.ko if last else verb.ko_conn, f"c{c}.verb", (f"c{c}.do",) + and_key)]
    return out


def korean(sentence: Sentence) -> list[TargetToken]:
    """The Korean words of a sentence, each with its alignment keys."""
    out: list[TargetToken] = []
    for c, clause in enumerate(sentence):
        out += _korean_clause(clause, c, last=c == len(sentence) - 1)
    return out
