"""The Korean verb group: tense, negation, modal and mood around one verb or adjective
(먹는다, 안 먹었다, 먹을 수 있다, 먹고 싶어 한다, 먹지 마라). Every conjugated word, helper verbs
included, is written as stem + ending (먹 ~었다, 있 ~다)."""

from __future__ import annotations

from models.tasks.everyday import please
from models.tasks.everyday.korean_phrases import _coin, analyse, split_particle, verb_tokens
from models.tasks.everyday.tree import Clause, Token

DESCRIPTIVE_VERBS = {"필요하다"}


_v = verb_tokens  # one name for the many calls below


def _negate(words: list[Token], c: str) -> list[Token]:
    """Short negation: 안 before the verb (안 먹는다)."""
    return [("안", c + ".neg", ())] + words


def _long_negation(dictionary_form: str) -> bool:
    """-지 않다 instead of 안 for noun + 하다 verbs (공부하지 않는다, not 안 공부한다) and 많다 (많지 않다)."""
    return (dictionary_form.endswith("하다") and len(dictionary_form) >= 4) or dictionary_form == "많다"


def predicate(clause: Clause, c: str, dictionary_form: str, cls: str, adjective: bool, key: str) -> list[Token]:
    """The verb group; a multi-word verb (그림을 그리다) conjugates its last word only: 그림을 안 그린다."""
    *fixed, last = dictionary_form.split()
    words = _predicate(clause, c, last, cls, adjective, key)
    return [t for w in fixed for t in split_particle(w, key)] + [t for token in words for t in _split_auxiliary(token)]


# Helper verbs the verb group writes as whole words (먹고 있다, 먹고 싶다, 먹지 않는다): split like any
# conjugated word (있 ~다), so 있다 reads the same whether it means "exist" or helps another verb.
AUXILIARIES = {
    "있다",
    "있니",
    "있지",
    "없다",
    "없니",
    "한다",
    "하니",
    "하지",
    "싶어",
    "싶지",
    "싶니",
    "싶다",
    "않는다",
    "않니",
    "않다",
}


AUXILIARIES |= {"좋아하지", "좋아하니", "좋아한다", "않아도", "되니", "된다", "않을", "않았니", "않았다"}


def _split_auxiliary(token: Token) -> list[Token]:
    word, key, also = token
    analysed = analyse(word) if word in AUXILIARIES else None
    return [(analysed[0], key, also), (analysed[1], key, also)] if analysed else [token]


def _asks_permission(clause: Clause) -> bool:
    """ "You can sit here" and "can I / can we open the window?" are permission, which Korean may
    write with -어도 되다 instead of -ㄹ 수 있다."""
    s = clause.subject
    if s is None or not s.is_pronoun or clause.tense != "present":
        return False
    return s.person in (1, 4) if clause.mood == "statement" else clause.mood == "yes_no" and s.person in (0, 3)


def _predicate(clause: Clause, c: str, dictionary_form: str, cls: str, adjective: bool, key: str) -> list[Token]:
    """The verb group of a one-word verb for tense, negation, modal and mood."""
    tense, mood, neg, modal = clause.tense, clause.mood, clause.negated, clause.modal
    question = mood in ("yes_no", "wh")
    if mood == "imperative":
        if neg:
            return [*_v(dictionary_form, cls, "~지", key), ("마라", c + ".neg", ())]
        if clause.please:  # 앉아 줘, 문을 닫아 줘 (please.py)
            return [*_v(dictionary_form, cls, "~어", key), (please.KOREAN, c + ".please", ())]
        return _v(dictionary_form, cls, "~어라", key)
    if mood == "lets":
        if neg:
            return [*_v(dictionary_form, cls, "~지", key), ("말자", c + ".neg", ())]
        return _v(dictionary_form, cls, "~자", key, (c + ".lets",))
    if modal == "can" and neg and _coin(0.3):  # 수영을 못한다, 가지 못한다 "can't"
        ending = "~니" if question else "~ㄴ다"
        if dictionary_form == "하다":  # the 하다 of 수영을 하다: 수영을 못한다
            return _v("못하다", "하다", ending, key, (c + ".modal", c + ".neg"))
        return [*_v(dictionary_form, cls, "~지", key), *_v("못하다", "하다", ending, c + ".modal", (c + ".neg",))]
    if modal == "can" and not neg and _asks_permission(clause) and _coin(0.3):  # 앉아도 된다, 열어도 되니
        return [*_v(dictionary_form, cls, "~어도", key), ("되니" if question else "된다", c + ".modal", ())]
    if modal == "can":
        aux = ("있니" if question else "있다") if not neg else ("없니" if question else "없다")
        return [
            *_v(dictionary_form, cls, "~ㄹ", key),
            ("수", c + ".modal", ()),
            (aux, c + ".modal", (c + ".neg",) if neg else ()),
        ]
    if modal == "want":
        third = clause.subject is not None and clause.subject.person in (2, 5)
        head = _v(dictionary_form, cls, "~고", key)
        if third:
            tail = "하니" if question else "한다"
            if neg:
                return head + [
                    ("싶어", c + ".modal", ()),
                    ("하지", c + ".modal", ()),
                    ("않는다" if not question else "않니", c + ".neg", ()),
                ]
            return head + [("싶어", c + ".modal", ()), (tail, c + ".modal", ())]
        if neg:
            return head + [("싶지", c + ".modal", ()), ("않니" if question else "않다", c + ".neg", ())]
        return head + [("싶니" if question else "싶다", c + ".modal", ())]
    if modal == "like":
        head = [*_v(dictionary_form, cls, "~는", key), ("것", c + ".modal", ()), ("-을", c + ".modal", ())]
        if neg:
            return head + [("좋아하지", c + ".modal", ()), ("않니" if question else "않는다", c + ".neg", ())]
        return head + [("좋아하니" if question else "좋아한다", c + ".modal", ())]
    if modal == "have_to":
        if neg:
            return [
                *_v(dictionary_form, cls, "~지", key),
                ("않아도", c + ".neg", ()),
                ("되니" if question else "된다", c + ".modal", ()),
            ]
        return [*_v(dictionary_form, cls, "~어야", key), ("하니" if question else "한다", c + ".modal", ())]
    long_neg = neg and (_long_negation(dictionary_form) or _coin(0.4))
    if tense == "progressive" and not adjective:
        aux = "있니" if question else "있다"
        if neg:
            return [
                *_v(dictionary_form, cls, "~고", key),
                ("있지", c + ".tense", ()),
                ("않니" if question else "않다", c + ".neg", ()),
            ]
        return [*_v(dictionary_form, cls, "~고", key), (aux, c + ".tense", ())]
    if tense in ("future", "going_to"):
        tail = ("거니" if question else ("거다" if _coin(0.25) else "것이다"), c + ".tense", ())
        if long_neg:
            return [*_v(dictionary_form, cls, "~지", key), ("않을", c + ".neg", ()), tail]
        words = [*_v(dictionary_form, cls, "~ㄹ", key), tail]
        return _negate(words, c) if neg else words
    if tense == "past":
        if long_neg:
            return [*_v(dictionary_form, cls, "~지", key), ("않았니" if question else "않았다", c + ".neg", (c + ".tense",))]
        words = _v(dictionary_form, cls, "~었니" if question else "~었다", key, (c + ".tense",))
        return _negate(words, c) if neg else words
    if long_neg:
        ending = "않니" if question else ("않다" if adjective else "않는다")
        return [*_v(dictionary_form, cls, "~지", key), (ending, c + ".neg", ())]
    words = _v(dictionary_form, cls, "~니" if question else ("~다" if adjective else "~ㄴ다"), key)
    return _negate(words, c) if neg else words
