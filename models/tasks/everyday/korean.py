"""Korean realisation of a sentence tree, plain written style (해라체): word order subject – time –
place – object – adverb – verb; particles as their own tokens (`고양이 -가`, see korean_phrases.py),
so a model sees one `-가` for every noun, and an alignment shows what the particle answers to."""

from __future__ import annotations

from models.tasks.everyday import hangul as h
from models.tasks.everyday import korean_verbs as kv
from models.tasks.everyday.korean_phrases import _coin, noun_phrase, particle, place_phrase, with_particle
from models.tasks.everyday.tree import Clause, Sentence, Token, split_words

DESCRIPTIVE_VERBS = {"필요하다"}


WEATHER = {
    "rain": ("비", "오다", "reg"),
    "snow": ("눈", "오다", "reg"),
    "cold": (None, "춥다", "ㅂ"),
    "hot": (None, "덥다", "ㅂ"),
    "warm": (None, "따뜻하다", "하다"),
    "cool": (None, "시원하다", "하다"),
    "nice": ("날씨", "좋다", "reg"),
    "bad": ("날씨", "나쁘다", "으"),
}


def _subject(clause: Clause, c: str) -> list[Token]:
    """Pronouns and names take the topic particle 은/는; nouns the subject particle 이/가 for
    events ("고양이가 잔다") and the topic particle for descriptions ("차는 빨갛다")."""
    s = clause.subject
    if s is None:
        return []
    tokens = noun_phrase(s, c + ".s")
    topic = s.is_pronoun or s.is_name or clause.kind in ("be_adj", "be_noun", "be_place", "have")
    if _coin(0.3):
        topic = not topic  # 내가 간다 / 고양이는 잔다: both correct
    if not topic and s.is_pronoun and tokens[-1][0] in ("나", "너"):
        tokens[-1] = ({"나": "내", "너": "네"}[tokens[-1][0]], *tokens[-1][1:])
    return with_particle(tokens, "topic" if topic else "subject", c + ".s.case", (c + ".s.noun",))


def _negate(words: list[Token], c: str) -> list[Token]:
    """Short negation: 안 before the verb (안 먹는다)."""
    return [("안", c + ".neg", ())] + words


def _long_negation(dictionary_form: str) -> bool:
    """-지 않다 instead of 안 for noun + 하다 verbs (공부하지 않는다, not 안 공부한다)."""
    return dictionary_form.endswith("하다") and len(dictionary_form) >= 4


def predicate(clause: Clause, c: str, dictionary_form: str, cls: str, adjective: bool, key: str) -> list[Token]:
    """The verb group; a multi-word verb (그림을 그리다) conjugates its last word only: 그림을 안 그린다."""
    *fixed, last = dictionary_form.split()
    return [(w, key, ()) for w in fixed] + _predicate(clause, c, last, cls, adjective, key)


def _predicate(clause: Clause, c: str, dictionary_form: str, cls: str, adjective: bool, key: str) -> list[Token]:
    """The verb group of a one-word verb for tense, negation, modal and mood."""
    tense, mood, neg, modal = clause.tense, clause.mood, clause.negated, clause.modal
    question = mood in ("yes_no", "wh")
    k = (key, ())
    if mood == "imperative":
        if neg:
            return [(kv.negative_stem(dictionary_form), *k), ("마라", c + ".neg", ())]
        return [(kv.imperative(dictionary_form, cls), *k)]
    if mood == "lets":
        if neg:
            return [(kv.negative_stem(dictionary_form), *k), ("말자", c + ".neg", ())]
        return [(kv.stem(dictionary_form) + "자", key, (c + ".lets",))]
    if modal == "can":
        aux = ("있니" if question else "있다") if not neg else ("없니" if question else "없다")
        return [
            (kv.prospective(dictionary_form, cls), *k),
            ("수", c + ".modal", ()),
            (aux, c + ".modal", (c + ".neg",) if neg else ()),
        ]
    if modal == "want":
        third = clause.subject is not None and clause.subject.person in (2, 5)
        head = [(kv.connective(dictionary_form), *k)]
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
        head = [(kv.attributive(dictionary_form, cls, adjective=False), *k), ("것", c + ".modal", ()), ("-을", c + ".modal", ())]
        if neg:
            return head + [("좋아하지", c + ".modal", ()), ("않니" if question else "않는다", c + ".neg", ())]
        return head + [("좋아하니" if question else "좋아한다", c + ".modal", ())]
    if modal == "have_to":
        if neg:
            return [
                (kv.negative_stem(dictionary_form), *k),
                ("않아도", c + ".neg", ()),
                ("되니" if question else "된다", c + ".modal", ()),
            ]
        return [(kv.obligation(dictionary_form, cls), *k), ("하니" if question else "한다", c + ".modal", ())]
    long_neg = neg and (_long_negation(dictionary_form) or _coin(0.4))
    if tense == "progressive" and not adjective:
        aux = "있니" if question else "있다"
        if neg:
            return [
                (kv.connective(dictionary_form), *k),
                ("있지", c + ".tense", ()),
                ("않니" if question else "않다", c + ".neg", ()),
            ]
        return [(kv.connective(dictionary_form), *k), (aux, c + ".tense", ())]
    if tense in ("future", "going_to"):
        tail = ("거니" if question else ("거다" if _coin(0.25) else "것이다"), c + ".tense", ())
        if long_neg:
            return [(kv.negative_stem(dictionary_form), *k), ("않을", c + ".neg", ()), tail]
        words = [(kv.prospective(dictionary_form, cls), *k), tail]
        return _negate(words, c) if neg else words
    if tense == "past":
        if long_neg:
            return [(kv.negative_stem(dictionary_form), *k), ("않았니" if question else "않았다", c + ".neg", (c + ".tense",))]
        form = kv.past_question(dictionary_form, cls) if question else kv.past(dictionary_form, cls)
        words = [(form, key, (c + ".tense",))]
        return _negate(words, c) if neg else words
    if long_neg:
        ending = "않니" if question else ("않다" if adjective else "않는다")
        return [(kv.negative_stem(dictionary_form), *k), (ending, c + ".neg", ())]
    form = kv.question(dictionary_form, cls) if question else kv.present(dictionary_form, cls, adjective)
    words = [(form, *k)]
    return _negate(words, c) if neg else words


def _exist(clause: Clause, c: str, key: str) -> list[Token]:
    """있다 / 없다 with tense and mood: have, there is, be somewhere."""
    base = "없다" if clause.negated else "있다"
    also = (c + ".neg",) if clause.negated else ()
    question = clause.mood in ("yes_no", "wh")
    if clause.tense == "past":
        return [(kv.past_question(base, "있다") if question else kv.past(base, "있다"), key, (c + ".tense",) + also)]
    if clause.tense in ("future", "going_to"):
        return [(kv.prospective(base, "있다"), key, also), ("거니" if question else "것이다", c + ".tense", ())]
    return [(kv.question(base, "있다") if question else base, key, also)]


def _copula(clause: Clause, c: str, noun: str) -> list[Token]:
    """학생 -이다 / 의사 -다, -이었다, -일 것이다, -이 아니다, -이니."""
    vowel_final = not h.final(noun)
    question = clause.mood in ("yes_no", "wh")
    if clause.negated:
        tail = {"past": "아니었다", "future": "아닐", "going_to": "아닐"}.get(clause.tense, "아니다")
        if question:
            tail = {"past": "아니었니"}.get(clause.tense, "아니니")
        out = [("-가" if vowel_final else "-이", c + ".be", ()), (tail, c + ".neg", (c + ".be",))]
        return out + ([("것이다", c + ".tense", ())] if tail == "아닐" else [])
    if clause.tense == "past":
        form = ("였" if vowel_final else "이었") + ("니" if question else "다")
        return [("-" + form, c + ".be", (c + ".tense",))]
    if clause.tense in ("future", "going_to"):
        return [("-일", c + ".be", ()), ("거니" if question else "것이다", c + ".tense", ())]
    form = ("" if vowel_final else "이") + ("니" if question else "다")
    return [("-" + form, c + ".be", ())]


WH_KO = {"when": "언제", "why": "왜", "how": "어떻게"}


def clause_tokens(clause: Clause, c: str) -> list[Token]:
    kind = clause.kind
    subject = _subject(clause, c)
    if clause.wh == "who_subject":
        subject = [("누가", c + ".wh", ())]
    time = [(w, c + ".time", ()) for w in clause.time.ko.split()] if clause.time and clause.wh != "when" else []
    activity = kind == "action" and clause.verb is not None and clause.verb.place == "at"
    place = place_phrase(clause.place, c + ".pp", activity) if clause.place else []
    if clause.wh == "where":
        place = [("어디", c + ".wh", ()), ("-에서" if activity else "-에", c + ".wh", ())]
    wh = [(WH_KO[clause.wh], c + ".wh", ())] if clause.wh in WH_KO else []
    adverb = (
        [(w, c + ".adv", ()) for w in clause.adverb.ko.split()]
        if clause.adverb and clause.adverb.en != "never" and clause.wh != "how"
        else []
    )
    if clause.adverb is not None and clause.adverb.type == "place":  # 여기에 / 여기에서: said where places go
        words = clause.adverb.ko.split()
        if activity and words[-1].endswith("에"):
            words[-1] += "서"
        place, adverb = place + [(w, c + ".adv", ()) for w in words], []
    companion = []
    if clause.companion is not None:
        companion = with_particle(noun_phrase(clause.companion, c + ".with"), "and", c + ".with") + [("함께", c + ".with", ())]
    never = clause.adverb is not None and clause.adverb.en == "never"
    if never:
        clause = _as_negated(clause)
        adverb = [("절대", c + ".adv", ())]
    if kind == "weather":
        if time and time[-1][0] not in ("매일", "매주", "매년", "매달"):
            time = with_particle(time, "topic", c + ".time")  # 오늘은 춥다, 어젯밤에는 눈이 왔다
        return time + _weather(clause, c)
    if kind == "this_is":
        demo = {"this": "이것", "that": "저것"}[clause.demonstrative] + ("들" if clause.predicate.plural else "")
        pred = noun_phrase(clause.predicate, c + ".p")
        return [(demo, c + ".s.noun", ()), ("-은", c + ".s.case", ())] + pred + _copula(clause, c, pred[-1][0])
    if kind == "be_adj":
        deg = [(w, c + ".deg", ()) for w in clause.degree.ko.split()] if clause.degree else []
        a = clause.adjective
        return subject + time + wh + adverb + deg + predicate(clause, c, a.ko_dict, a.ko_class, True, c + ".adj")
    if kind == "be_noun":
        pred = noun_phrase(clause.predicate, c + ".p")
        return subject + time + wh + pred + _copula(clause, c, pred[-1][0])
    if kind == "be_place":
        return subject + time + wh + place + _exist(clause, c, c + ".be")
    if kind == "be_from":
        origin = [("어디", c + ".wh", ())] if clause.mood == "wh" else noun_phrase(clause.place.np, c + ".pp")
        origin.append(("-에서", c + ".pp.prep", ()))
        return subject + time + origin + predicate(_with_tense(clause, "past"), c, "오다", "reg", False, c + ".be")
    if kind == "there_is":
        thing = with_particle(noun_phrase(clause.predicate, c + ".p"), "subject", c + ".p.case", (c + ".there",))
        return time + place + thing + _exist(clause, c, c + ".be")
    if kind == "have":
        if clause.wh == "what":
            thing = [("무엇", c + ".wh", ()), ("-이", c + ".o.case", ())]
        else:
            thing = with_particle(noun_phrase(clause.obj, c + ".o"), "subject", c + ".o.case", (c + ".o.noun",))
        return subject + time + place + thing + _exist(clause, c, c + ".verb")
    verb = clause.verb
    obj = _object(clause, c)
    descriptive = verb.ko_dict in DESCRIPTIVE_VERBS
    body = predicate(clause, c, verb.ko_dict, verb.ko_class, descriptive, c + ".verb")
    return subject + time + wh + place + companion + obj + adverb + body


def _with_tense(clause: Clause, tense: str) -> Clause:
    from dataclasses import replace

    return replace(clause, tense=tense)


def _as_negated(clause: Clause) -> Clause:
    from dataclasses import replace

    return replace(clause, negated=True)


def _object(clause: Clause, c: str) -> list[Token]:
    verb, obj = clause.verb, clause.obj
    particle_kind = {"을": "object", "이": "subject", "와": "and"}.get(verb.ko_object)
    if clause.wh == "what":
        return [("무엇", c + ".wh", ()), ("-을" if particle_kind == "object" else "-에", c + ".o.case", ())]
    if clause.wh == "who_object":
        return [("누구", c + ".wh", ()), ("-를" if particle_kind == "object" else "-에게", c + ".o.case", ())]
    if obj is None:
        return []
    tokens = noun_phrase(obj, c + ".o")
    if obj.is_pronoun and particle_kind == "object":
        return [(obj.head.ko, c + ".o.noun", ()), ("-" + obj.head.ko_obj[len(obj.head.ko) :], c + ".o.case", ())]
    if particle_kind:
        return with_particle(tokens, particle_kind, c + ".o.case", (c + ".o.noun",))
    return tokens + [("-" + (verb.ko_object or "에"), c + ".o.case", (c + ".o.noun",))]


def _weather(clause: Clause, c: str) -> list[Token]:
    noun, dictionary_form, cls = WEATHER[clause.weather]
    adjective = clause.weather not in ("rain", "snow")
    out = [(noun, c + ".s.noun", ()), particle(noun, "subject", c + ".s.case")] if noun else []
    return out + predicate(clause, c, dictionary_form, cls, adjective, c + ".verb" if not adjective else c + ".adj")


def _connect(tokens: list[Token], conjunction: str, clause: Clause) -> list[Token]:
    """Turn a finished statement into the first half of 'A and/but B': 먹는다 → 먹고 / 먹지만."""
    word, key, also = tokens[-1]
    ending = "고" if conjunction == "and" else "지만"
    verb = clause.verb
    last_word = verb.ko_dict.split()[-1] if verb is not None else ""
    if verb is not None and word == kv.present(last_word, verb.ko_class, False):
        word = kv.stem(last_word)  # 산다 → 살, 먹는다 → 먹
    elif word.endswith("는다"):
        word = word[:-2]  # 않는다 → 않
    elif len(word) >= 2 and h.is_syllable(word[-2]) and h.final(word[-2]) == "ㄴ":
        word = h.with_final(word[:-1], "")  # 한다 → 하
    else:
        word = word[:-1]  # 먹었다 → 먹었, 것이다 → 것이, 춥다 → 춥
    return tokens[:-1] + [(word + ending, key, also)]


def sentence_tokens(sentence: Sentence) -> list[Token]:
    out: list[Token] = []
    n = len(sentence.clauses)
    for i, clause in enumerate(sentence.clauses):
        tokens = clause_tokens(clause, f"c{i}")
        if i < n - 1 and sentence.conjunction in ("and", "but"):
            tokens = _connect(tokens, sentence.conjunction, clause)
            tokens[-1] = (tokens[-1][0], tokens[-1][1], tokens[-1][2] + (f"conj{i + 1}",))
        elif i:
            if sentence.conjunction == "or":
                out.append(("아니면", f"conj{i}", ()))
        out += tokens
    return split_words(out)
