"""Korean realisation of a sentence tree, plain written style (해라체): word order subject – time –
place – object – adverb – verb; particles as their own tokens (`고양이 -가`, see korean_phrases.py),
so a model sees one `-가` for every noun, and an alignment shows what the particle answers to."""

from __future__ import annotations

from dataclasses import replace

from models.tasks.everyday import companions, on_foot, set_phrases
from models.tasks.everyday import hangul as h
from models.tasks.everyday.french_idioms import animate
from models.tasks.everyday.korean_object import a_person, object_tokens
from models.tasks.everyday.korean_phrases import (
    DETERMINERS,
    NUMBERS,
    _coin,
    alternative,
    noun_phrase,
    particle,
    place_phrase,
    with_particle,
)
from models.tasks.everyday.korean_predicate import DESCRIPTIVE_VERBS, predicate
from models.tasks.everyday.korean_predicate import verb_tokens as _v
from models.tasks.everyday.korean_quantity import there_are_many
from models.tasks.everyday.korean_reason import reason_first
from models.tasks.everyday.korean_weather import weather_tokens
from models.tasks.everyday.lexicon import Noun
from models.tasks.everyday.one_subject import korean_first, korean_second
from models.tasks.everyday.pastimes import korean_verb
from models.tasks.everyday.tree import Clause, NounPhrase, Sentence, Token, split_words


def _subject(clause: Clause, c: str) -> list[Token]:
    """The topic particle 은/는 (고양이는 잔다: a sentence said on its own is about its subject); a
    Korean source also writes the subject particle 이/가 (내가 간다, 고양이가 잔다)."""
    s = clause.subject
    if s is None:
        return []
    tokens = noun_phrase(s, c + ".s")
    if _describes_a_scene(clause):
        kind = "topic" if _coin(0.3) else "subject"
    else:
        kind = "subject" if _coin(0.3) else "topic"
    return with_particle(tokens, kind, c + ".s.case", (c + ".s.noun",))


def _describes_a_scene(clause: Clause) -> bool:
    """A thing or animal doing something right now is new information, not the topic: 개가 공원에서
    달리고 있다, 아기가 울고 있다 (but 그는 자고 있다, 톰은 / 우리 엄마는 요리하고 있다)."""
    s = clause.subject
    return (
        clause.tense == "progressive"
        and clause.mood == "statement"
        and not clause.negated
        and s.coordinated is None
        and isinstance(s.head, Noun)
        and s.det in ("the", "a", "number", "bare", "some")
    )


def _counted(tokens: list[Token], np_: NounPhrase, key: str, also: tuple[str, ...]) -> list[Token]:
    """What one has or what there is, with its particle: 여동생이 한 명 있다 (the number after the
    particle, as Korean says it; 여동생 한 명이 있다 as a source variant)."""
    if np_.det != "number" or np_.coordinated is not None or _coin(0.3):
        return with_particle(tokens, "subject", key, also)
    count = 2  # number word + counter, last in noun_phrase
    return with_particle(tokens[:-count], "subject", key, also) + tokens[-count:]


def _exist(clause: Clause, c: str, key: str) -> list[Token]:
    """있다 / 없다 with tense and mood: have, there is, be somewhere."""
    base = "없다" if clause.negated else "있다"
    also = (c + ".neg",) if clause.negated else ()
    question = clause.mood in ("yes_no", "wh")
    if clause.tense == "past":
        return _v(base, "있다", "~었니" if question else "~었다", key, (c + ".tense",) + also)
    if clause.tense in ("future", "going_to"):
        return _v(base, "있다", "~ㄹ", key, also) + [("거니" if question else "것이다", c + ".tense", ())]
    return _v(base, "있다", "~니" if question else "~다", key, also)


def _copula(clause: Clause, c: str, noun: str) -> list[Token]:
    """학생 -이다 / 의사 -다, -이었다, -일 것이다, -이 아니다, -이니; 의사가 되고 싶다 "want to be"."""
    vowel_final = not h.final(noun)
    if clause.modal == "want":
        return [("-가" if vowel_final else "-이", c + ".be", ())] + predicate(clause, c, "되다", "reg", False, c + ".be")
    question = clause.mood in ("yes_no", "wh")
    if clause.negated:
        tail = {"past": "아니었다", "future": "아닐", "going_to": "아닐"}.get(clause.tense, "아니다")
        if question:
            tail = {"past": "아니었니", "future": "아닐", "going_to": "아닐"}.get(clause.tense, "아니니")
        out = [("-가" if vowel_final else "-이", c + ".be", ()), (tail, c + ".neg", (c + ".be",))]
        return out + ([("거니" if question else "것이다", c + ".tense", ())] if tail == "아닐" else [])
    if clause.tense == "past":
        form = ("였" if vowel_final else "이었") + ("니" if question else "다")
        return [("-" + form, c + ".be", (c + ".tense",))]
    if clause.tense in ("future", "going_to"):
        return [("-일", c + ".be", ()), ("거니" if question else "것이다", c + ".tense", ())]
    form = ("" if vowel_final else "이") + ("니" if question else "다")
    return [("-" + form, c + ".be", ())]


WH_KO = {"when": "언제", "why": "왜", "how": "어떻게"}
ADVERB_VARIANTS = {"이미": ("벌써",)}  # words a Korean source may use for the lexicon's adverb


def _adverb_words(clause: Clause, c: str) -> list[Token]:
    words = alternative(clause.adverb.ko, ADVERB_VARIANTS.get(clause.adverb.ko, ()))
    return [(w, c + ".adv", ()) for w in words.split()]


def _own(tokens: list[Token], clause: Clause) -> list[Token]:
    """그는 자기 방을 청소한다: a source may write a he / she subject's own things with 자기."""
    s = clause.subject
    if s is None or clause.wh == "who_subject" or not s.is_pronoun or s.head.en not in ("he", "she"):
        return tokens
    own = [w == s.head.ko_poss and key.endswith(".det") and _coin(0.3) for w, key, _ in tokens]
    return [("자기" if mine else w, key, also) for (w, key, also), mine in zip(tokens, own)]


def clause_tokens(clause: Clause, c: str) -> list[Token]:
    if clause.kind in set_phrases.KINDS:
        return set_phrases.korean(clause, c)
    clause = on_foot.korean(clause)  # 학교에 걸어서 간다
    kind = clause.kind
    subject = _subject(clause, c)
    if clause.wh == "who_subject":
        subject = [("누가", c + ".wh", ())]
    time = _time_words(clause, c) if clause.time and clause.wh != "when" else []
    activity = kind == "action" and clause.verb is not None and clause.verb.place == "at"
    place = place_phrase(clause.place, c + ".pp", activity) if clause.place else []
    if clause.wh == "where":
        place = [("어디", c + ".wh", ()), ("-에서" if activity else "-에", c + ".wh", ())]
    wh = [(WH_KO[clause.wh], c + ".wh", ())] if clause.wh in WH_KO else []
    adverb = _adverb_words(clause, c) if clause.adverb and clause.adverb.en != "never" and clause.wh != "how" else []
    if clause.adverb is not None and clause.adverb.type == "place":  # 여기에 / 여기에서: said where places go
        words = clause.adverb.ko.split()
        tail = []
        if words[-1].endswith("에") and len(words[-1]) > 1:  # 여기에 → 여기 -에 (-에서 for an activity)
            words[-1], tail = words[-1][:-1], [("-에서" if activity else "-에", c + ".adv", ())]
        place, adverb = place + [(w, c + ".adv", ()) for w in words] + tail, []
        if clause.adverb.en == "here" and clause.verb is not None and clause.verb.ko_dict == "오다" and _coin(0.3):
            place = [("이리", c + ".adv", ())]  # 이리 와라 "come here"
    companion = companions.korean(clause, c)  # 친구와 함께, 너를 위해
    never = clause.adverb is not None and clause.adverb.en == "never"
    if never:
        clause = _as_negated(clause)
        adverb = [("절대", c + ".adv", ())]
    if kind == "weather":
        return weather_tokens(clause, c, time, place)
    if kind == "this_is":
        pred = noun_phrase(_singular(clause.predicate), c + ".p")
        plural = "들" if clause.predicate.plural else ""
        if a_person(clause.predicate):  # 이 사람은 내 친구다: a person is not 이것 "this thing"
            demo = [(DETERMINERS[clause.demonstrative], c + ".s.noun", ()), ("사람" + plural, c + ".s.noun", ())]
        else:
            demo = [({"this": "이것", "that": "저것"}[clause.demonstrative] + plural, c + ".s.noun", ())]
        return demo + [particle(demo[-1][0], "topic", c + ".s.case")] + pred + _copula(clause, c, pred[-1][0])
    if kind == "be_adj":
        deg = [(w, c + ".deg", ()) for w in clause.degree.ko.split()] if clause.degree else []
        a = clause.adjective
        adjective = alternative((a.ko_dict, a.ko_class), a.ko_alt)
        if a.en in ("hot", "cold") and a.ko_alt and not animate(clause.subject):
            adjective = a.ko_alt[0]  # 나는 춥다 (a person feels cold), 물이 차갑다 (a thing is cold)
        if clause.adjective2 is not None:  # 피곤하지만 행복하다, 작고 깨끗했다
            ending = {"and": "~고", "but": "~지만"}[clause.adj_conj]
            ending = ending.replace("~", "~었") if clause.tense == "past" and clause.adj_conj == "but" else ending
            *fixed, last = adjective[0].split()  # 키가 크고
            first = [(w, c + ".adj", ()) for w in fixed] + _v(last, adjective[1], ending, c + ".adj", (c + ".adjconj",))
            second = alternative((clause.adjective2.ko_dict, clause.adjective2.ko_class), clause.adjective2.ko_alt)
            return subject + time + wh + adverb + first + predicate(clause, c, *second, True, c + ".adj2")
        if clause.than is not None:  # 나보다 더 크다: what is compared with, then 더
            than = with_particle(noun_phrase(clause.than, c + ".than"), "than", c + ".than.prep")
            deg = than + ([] if _coin(0.3) else [("더", c + ".cmp", ())])
        return subject + time + wh + adverb + deg + predicate(clause, c, *adjective, True, c + ".adj")
    if kind == "age":  # 열 살이다, 몇 살이니, 열두 살이 될 것이다
        years = [("몇", c + ".wh", ()), ("살", c + ".wh", ())] if clause.mood == "wh" else []
        years = years or [(NUMBERS[clause.age], c + ".age", ()), ("살", c + ".age.unit", ())]
        if clause.tense == "future" and not clause.negated:
            become = [("-이", c + ".be", ()), ("되", c + ".be", ()), ("~ㄹ", c + ".be", ())]  # 열두 살이 될 것이다, read 되 ~ㄹ
            return subject + time + years + become + [("거니" if clause.mood != "statement" else "것이다", c + ".tense", ())]
        return subject + time + years + _copula(clause, c, "살")
    if kind == "be_noun":
        pred = noun_phrase(_singular(clause.predicate), c + ".p")
        return subject + time + wh + pred + _copula(clause, c, pred[-1][0])
    if kind == "be_place":
        return subject + time + wh + place + _exist(clause, c, c + ".be")
    if kind == "be_from":
        origin = [("어디", c + ".wh", ())] if clause.mood == "wh" else noun_phrase(clause.place.np, c + ".pp")
        origin.append(("-에서", c + ".pp.prep", ()))
        return subject + time + origin + predicate(_with_tense(clause, "past"), c, "오다", "reg", False, c + ".be")
    if kind == "there_is" and (many := there_are_many(clause, c, clause.predicate, c + ".p", c + ".be")):
        return time + place + many  # 거리에 사람이 많다
    if kind == "there_is":
        thing = _counted(noun_phrase(clause.predicate, c + ".p"), clause.predicate, c + ".p.case", (c + ".there",))
        return time + place + thing + _exist(clause, c, c + ".be")
    if kind == "have":
        if clause.wh == "what":
            thing = [("무엇", c + ".wh", ()), ("-이", c + ".o.case", ())]
        elif many := there_are_many(clause, c, clause.obj, c + ".o", c + ".verb"):
            return subject + time + place + many  # 나는 친구가 많다
        else:
            thing = _counted(noun_phrase(clause.obj, c + ".o"), clause.obj, c + ".o.case", (c + ".o.noun",))
        return subject + time + place + thing + _exist(clause, c, c + ".verb")
    verb = korean_verb(clause)
    obj = object_tokens(clause, c)
    descriptive = verb.ko_dict in DESCRIPTIVE_VERBS
    dictionary_form, cls = alternative((verb.ko_dict, verb.ko_class), verb.ko_alt)
    body = predicate(clause, c, dictionary_form, cls, descriptive, c + ".verb")
    if clause.adverb is not None and clause.adverb.type == "frequency" and not _coin(0.3):
        return subject + adverb + time + wh + place + companion + _own(obj, clause) + body  # 나는 항상 아침을 먹는다
    return subject + time + wh + place + companion + _own(obj, clause) + adverb + body


LOOSE_E = ("last ", "next ", "this ", "tomorrow ", "yesterday ", "on ", "tonight")


def _time_words(clause: Clause, c: str) -> list[Token]:
    """오늘, 매일 아침, 일곱 시 -에: a clock time's 에 is split off like any particle, so that 시
    ("o'clock") reads the same as in 몇 시, and 시에 typed after a number is not 시 "city" + 에."""
    words = clause.time.ko.split()
    if words[-1].endswith("에") and clause.time.en.startswith(LOOSE_E) and _coin(0.3):
        words[-1] = words[-1][:-1]  # 다음 주 / 다음 주에, 월요일 / 월요일에: a source may drop the 에
    if len(words) > 1 and words[-1] == "시에":
        return [(w, c + ".time", ()) for w in words[:-1]] + [("시", c + ".time", ()), ("-에", c + ".time", ())]
    return [(w, c + ".time", ()) for w in words]


def _singular(np_: NounPhrase) -> NounPhrase:
    """A predicate noun takes no 들 (우리는 학생이다, 이것들은 내 신발이다): the subject says the number."""
    return replace(np_, plural=False)


def _with_tense(clause: Clause, tense: str) -> Clause:
    return replace(clause, tense=tense)


def _as_negated(clause: Clause) -> Clause:
    return replace(clause, negated=True)


_CONNECTED = {
    "and": {"~ㄴ다": "~고", "~다": "~고", "~었다": "~었고"},
    "but": {"~ㄴ다": "~지만", "~다": "~지만", "~었다": "~었지만"},
    "or": {"~ㄴ다": "~거나", "~다": "~거나"},  # one subject: 걸어가거나 버스를 탄다 (one_subject.py)
}
_ENDINGS = {"and": "고", "but": "지만", "or": "거나"}


def _connect(tokens: list[Token], conjunction: str) -> list[Token]:
    """Turn a finished statement into the first half of 'A and/but B': 먹 ~ㄴ다 → 먹 ~고, 것이다 → 것이고."""
    word, key, also = tokens[-1]
    if word in _CONNECTED[conjunction]:
        return tokens[:-1] + [(_CONNECTED[conjunction][word], key, also)]
    ending = _ENDINGS[conjunction]
    if word.endswith("는다"):
        word = word[:-2]  # 않는다 → 않
    elif len(word) >= 2 and h.is_syllable(word[-2]) and h.final(word[-2]) == "ㄴ":
        word = h.with_final(word[:-1], "")  # 한다 → 하
    else:
        word = word[:-1]  # 것이다 → 것이, 아니다 → 아니, -이다 → -이
    return tokens[:-1] + [(word + ending, key, also)]


def sentence_tokens(sentence: Sentence) -> list[Token]:
    if sentence.conjunction in ("so", "because", "if"):
        return split_words(reason_first(sentence, clause_tokens))
    if sentence.one_subject:  # 그녀는 상자를 열고 웃었다: the subject once, the tense at the end
        first = _connect(clause_tokens(korean_first(sentence.clauses[0]), "c0"), sentence.conjunction)
        first[-1] = (first[-1][0], first[-1][1], first[-1][2] + ("conj1",))
        return split_words(first + korean_second(clause_tokens(sentence.clauses[1], "c1")))
    out: list[Token] = []
    n = len(sentence.clauses)
    for i, clause in enumerate(sentence.clauses):
        tokens = clause_tokens(clause, f"c{i}")
        if i < n - 1 and sentence.conjunction in ("and", "but"):
            tokens = _connect(tokens, sentence.conjunction)
            tokens[-1] = (tokens[-1][0], tokens[-1][1], tokens[-1][2] + (f"conj{i + 1}",))
        elif i:
            if sentence.conjunction in ("or", ","):  # 아니면; 안녕, 나는 톰이다 (expressions.py)
                out.append(("아니면" if sentence.conjunction == "or" else ",", f"conj{i}", ()))
        out += tokens
    return split_words(out)
