"""Korean noun phrases and particles, and the surface variants a Korean source may be written in.

Particles are chosen by the final consonant of the word before them and written as their own
tokens with a leading hyphen (`고양이 -가`); `join()` glues them back (`고양이가`).
"""

from __future__ import annotations

import contextlib
import functools
import random
from contextvars import ContextVar

from models.tasks.everyday import coordination, measures, named_people
from models.tasks.everyday import hangul as h
from models.tasks.everyday import korean_verbs as kv
from models.tasks.everyday.lexicon import Name, Noun, Pronoun, load
from models.tasks.everyday.tree import NounPhrase, Place, Token

_UNITS = ["", "한", "두", "세", "네", "다섯", "여섯", "일곱", "여덟", "아홉"]


NUMBERS = {n: ("열" if n >= 10 else "") + _UNITS[n % 10] for n in range(1, 20)} | {20: "스무"}  # 열두 마리


# When Korean is the *source*, the same sentence may be written several correct ways; drawing among
# them (with this generator) teaches a Korean→English model to read what students actually type.
_VARIANTS: ContextVar[random.Random | None] = ContextVar("korean_variants", default=None)


@contextlib.contextmanager
def variants(rng: random.Random):
    """Within this block, realise Korean with random but correct surface variants."""
    token = _VARIANTS.set(rng)
    try:
        yield
    finally:
        _VARIANTS.reset(token)


def _coin(p: float) -> bool:
    rng = _VARIANTS.get()
    return rng is not None and rng.random() < p


def writing_source() -> bool:
    """True while Korean is realised as a source sentence (inside `variants()`)."""
    return _VARIANTS.get() is not None


def choose(options: tuple[str, ...]) -> str:
    """One of `options`, drawn by the source-variant generator (call only while `writing_source()`)."""
    return _VARIANTS.get().choice(options)


def alternative(main, alternatives: tuple, p: float = 0.35):
    """The lexicon's main Korean form, or (as a source variant) one of the alternatives students write."""
    if alternatives and _coin(p):
        return _VARIANTS.get().choice(alternatives)
    return main  # verbs in English, adjectives in Korean: 나는 물이 필요하다


POSTPOSITIONS = {"in": "안", "on": "위", "under": "아래", "near": "근처", "behind": "뒤", "in front of": "앞", "next to": "옆"}


DETERMINERS = {"this": "이", "that": "저", "every": "모든", "what": "무슨"}  # 무슨 색을 좋아하니
# Adjectives Korean writes before a noun as a determiner word: 새 자전거 "a new bike" (새로운 자전거 is
# the written-style variant).
DETERMINER_ADJECTIVES = {"새롭다": "새"}
# Nouns that already mean a pair or group and take no 들: 우리 부모님 "my parents".
COLLECTIVE = frozenset({"부모님", "부모"})
PAIR = "켤레"  # the counter of shoes, socks, gloves: 신발은, never 신발들은 (English "the shoes")
# "Some" + plural subject, written only where a Korean source marks it (see korean_canonical.py);
# elsewhere Korean writes "some cats" as a bare 고양이.
SOME = ("몇몇", "어떤")


def particle(word: str, kind: str, key: str, also: tuple[str, ...] = ()) -> Token:
    return ("-" + h.particle(word, kind), key, also)


# Korean says 우리 ("our") for one's own family and home: "my mother" is 우리 엄마 (내 엄마 as a variant).
OURS = frozenset("mom dad mother father parent grandmother grandfather grandma grandpa family house home".split())


def owner_word(np_: NounPhrase) -> str:
    """내 고양이, 우리 엄마, 나의 책: the word for a pronoun owner."""
    mine = np_.owner.ko_poss == "내"
    if mine and np_.head.en in OURS and not _coin(0.3):
        return "우리"
    return "나의" if mine and _coin(0.25) else np_.owner.ko_poss


def noun_phrase(np_: NounPhrase, key: str) -> list[Token]:
    """Determiner, attributive adjectives, noun (+들 for a definite plural), number + counter."""
    if np_.coordinated is not None:  # 톰과 안나, 차나 커피, 빵, 우유, 달걀
        return coordination.korean(np_, key, noun_phrase, with_particle)
    if np_.measure is not None:  # 커피 두 잔
        return measures.korean(np_, key, NUMBERS)
    head = np_.head
    if isinstance(head, Pronoun):
        return [(head.ko, key + ".noun", ())]
    if isinstance(head, Name):
        return [(head.ko, key + ".noun", ())]
    out: list[Token] = []
    if np_.det == "poss" and np_.favorite:  # 내가 가장 좋아하는 책, 톰이 제일 좋아하는 음식: "my / Tom's favourite"
        out += with_particle([(np_.owner.ko, key + ".det", ())], "subject", key + ".det")
        out += [("제일" if _coin(0.4) else "가장", key + ".fav", ()), *verb_tokens("좋아하다", "하다", "~는", key + ".fav")]
    elif np_.det == "poss" and isinstance(np_.owner, Name):  # 톰의 고양이
        out += [(np_.owner.ko, key + ".det", ()), ("-의", key + ".det", ())]
    elif np_.det == "poss":
        out.append((owner_word(np_), key + ".det", ()))
    elif np_.det in DETERMINERS:
        out.append((DETERMINERS[np_.det], key + ".det", ()))
    elif np_.det == "many":  # 많은 사람들 (korean_quantity.py writes the other places of "many")
        out += verb_tokens("많다", "reg", "~ㄴ", key + ".det")
    elif np_.det == "some" and np_.plural and writing_source():  # 몇몇 학생들은, 어떤 사람들은
        out.append((choose(SOME), key + ".det", ()))
    for i, a in enumerate(np_.adjectives):
        dictionary_form, cls = alternative((a.ko_dict, a.ko_class), a.ko_alt)
        if dictionary_form.endswith("색이다") and _coin(0.5):  # 갈색 개: a colour noun written before a noun
            out.append((dictionary_form.removesuffix("이다"), f"{key}.adj{i}", ()))
            continue
        if dictionary_form in DETERMINER_ADJECTIVES and not _coin(0.3):  # 새 자전거 (새로운 as a variant)
            out.append((DETERMINER_ADJECTIVES[dictionary_form], f"{key}.adj{i}", ()))
            continue
        *fixed, last = dictionary_form.split()  # 키가 크다 → 키가 큰
        out += [(w, f"{key}.adj{i}", ()) for w in fixed]
        out += verb_tokens(last, cls, "~ㄴ", f"{key}.adj{i}")
    noun = alternative(head.ko, head.ko_alt)
    counted_whole = noun in COLLECTIVE or head.ko_counter == PAIR
    definite_plural = np_.plural and np_.det in ("the", "this", "that", "poss", "some") and not counted_whole
    out.append((noun + ("들" if definite_plural else ""), key + ".noun", (key + ".det",) if np_.det in ("the", "a") else ()))
    out += [(name.ko, key + ".name", ())] if (name := named_people.shown(np_)) else []  # 내 친구 민지
    if np_.det == "number":
        out += [(NUMBERS[np_.number], key + ".det", ()), (head.ko_counter or "개", key + ".det", ())]
    return out


def verb_tokens(dictionary_form: str, cls: str, ending: str, key: str, also: tuple[str, ...] = ()) -> list[Token]:
    """A conjugated word as two tokens, its stem and its ending: 먹 ~었다 (joined: 먹었다)."""
    return [(kv.stem(dictionary_form), key, also), (kv.canonical_ending(dictionary_form, cls, ending), key, also)]


def split_particle(word: str, key: str) -> list[Token]:
    """A fixed word that ends in a case particle, as noun + particle (그림을 → 그림 -을)."""
    nouns = _nouns()
    for p in ("을", "를", "이", "가", "에"):
        if word.endswith(p) and word[: -len(p)] in nouns:
            return [(word[: -len(p)], key, ()), ("-" + p, key, ())]
    return [(word, key, ())]


@functools.cache
def _nouns() -> frozenset[str]:
    lex = load()
    return frozenset(w for n in lex.nouns for form in (n.ko, *n.ko_alt) for w in form.split())


@functools.cache
def noun_like() -> frozenset[str]:
    """Every word that takes particles: nouns, pronouns, names (물 is "water" before 을, not 묻다 "ask")."""
    lex = load()
    return _nouns() | {p.ko for p in lex.pronouns} | {n.ko for n in lex.names} | {"무엇", "누구", "어디", "이것", "저것"}


SUBJECT_FORMS = {"나": "내", "너": "네", "저": "제"}  # 내가, 네가, 제가: never 나가


def with_particle(tokens: list[Token], kind: str, key: str, also: tuple[str, ...] = ()) -> list[Token]:
    if kind == "subject" and tokens[-1][0] in SUBJECT_FORMS:
        word, *rest = tokens[-1]
        tokens = tokens[:-1] + [(SUBJECT_FORMS[word], *rest)]
    return tokens + [particle(tokens[-1][0], kind, key, also)]


def place_phrase(place: Place, key: str, activity: bool) -> list[Token]:
    """학교에 / 부엌에서 / 탁자 위에 / 친구와 함께."""
    np_, head = place.np, place.np.head
    if place.prep == "with":
        return with_particle(noun_phrase(np_, key), "and", key + ".prep") + [("함께", key + ".prep", ())]
    tokens = noun_phrase(np_, key)
    if isinstance(head, Noun) and head.en == "home":
        tokens = [("집", key + ".noun", ())]
    post = POSTPOSITIONS.get(place.prep)
    if post == "아래" and _coin(0.4):
        post = "밑"
    if post and not (place.prep == "in" and (isinstance(head, Name) or head.cls == "place")):
        tokens.append((post, key + ".prep", ()))
    if place.prep == "to" and _coin(0.3):  # 부산으로 이사한다, 학교로 간다: -(으)로 for a destination
        return tokens + [("-" + h.means(tokens[-1][0]), key + ".prep", ())]
    return tokens + [("-에서" if activity else "-에", key + ".prep", ())]


def join(tokens: list[str]) -> str:
    """Display form: endings conjugate the stem before them (`먹 ~었다` → `먹었다`), particles glue
    to the word before them (`고양이 -가` → `고양이가`), everything else is a word of its own."""
    stems = _stems()
    words: list[str] = []
    for tok in tokens:
        if tok.startswith("~") and words and words[-1] in stems and tok in kv.ENDINGS:
            words[-1] = kv.conjugate(*stems[words[-1]], tok)
        elif tok.startswith(("-", "~")) and words:
            words[-1] += tok[1:]
        else:
            words.append(tok)
    return " ".join(words).replace(" ,", ",")


@functools.cache
def _stems() -> dict[str, tuple[str, str]]:
    """Stem → (dictionary form, conjugation class) of every verb and adjective the grammar conjugates."""
    lex = load()
    rows = [(d.split()[-1], c) for r in (*lex.verbs, *lex.adjectives) for d, c in ((r.ko_dict, r.ko_class), *r.ko_alt)]
    rows += list(kv.EXTRA_VERBS.items())
    return {kv.stem(d): (d, c) for d, c in reversed(rows)}


@functools.cache
def _analyses() -> dict[str, tuple[str, str]]:
    """Written word → (stem, ending) for every verb and adjective and every ending: the conjugator run backwards."""
    table: dict[str, tuple[str, str]] = {}
    for stem, (dictionary_form, cls) in _stems().items():
        for ending in kv.ENDINGS:
            table.setdefault(kv.conjugate(dictionary_form, cls, ending), (stem, ending))
    return table


def analyse(word: str) -> tuple[str, str] | None:
    """(stem, ending) of a conjugated word (`마셨다` → `마시`, `~었다`), or None."""
    return _analyses().get(word)


@functools.cache
def _all_analyses() -> dict[str, tuple[tuple[str, str], ...]]:
    """Written word → every (stem, ending) that writes it: 산다 is 살 ~ㄴ다 "lives" and 사 ~ㄴ다 "buys"."""
    table: dict[str, list[tuple[str, str]]] = {}
    for stem, (dictionary_form, cls) in _stems().items():
        for ending in kv.ENDINGS:
            readings = table.setdefault(kv.conjugate(dictionary_form, cls, ending), [])
            if (stem, ending) not in readings:
                readings.append((stem, ending))
    return {word: tuple(readings) for word, readings in table.items()}


def analyses(word: str) -> tuple[tuple[str, str], ...]:
    """Every (stem, ending) of a conjugated word, `analyse()`'s first; () if none."""
    return _all_analyses().get(word, ())


@functools.cache
def stem_weights() -> dict[str, int]:
    """Stem → how many lexicon rows write it as their main Korean verb or adjective: how often the
    grammar draws it, roughly (듣다 is "hear" and "listen to", 들다 only "hold"; 나다 is no row's main verb)."""
    lex = load()
    weights: dict[str, int] = {}
    for row in (*lex.verbs, *lex.adjectives):
        stem = kv.stem(row.ko_dict.split()[-1])
        weights[stem] = weights.get(stem, 0) + 1
    return weights


def verb_stems() -> frozenset[str]:
    """Every stem the grammar conjugates (먹, 마시, 있…)."""
    return frozenset(_stems())


@functools.cache
def transitive_stems() -> frozenset[str]:
    """Stems of verbs that take an object with 을 / 를: 사다 "buy" (집을 산다), not 살다 "live" (서울에 산다)."""
    lex = load()
    rows = [(d, v.ko_object) for v in lex.verbs for d in (v.ko_dict, *(a for a, _ in v.ko_alt))]
    return frozenset(kv.stem(d.split()[-1]) for d, obj in rows if obj == "을")


@functools.cache
def counters() -> frozenset[str]:
    """The words the grammar writes after a number: 명, 마리, 개, 잔… (고양이 두 마리)."""
    return frozenset(n.ko_counter for n in load().nouns if n.ko_counter) | {"개"}


@functools.cache
def fixed_pairs() -> frozenset[tuple[str, str]]:
    """Adjacent words of the lexicon's multi-word entries, written as they stand: 큰 소리로 "loudly",
    어린 시절 "childhood" (큰 there is no 크다 + ~ㄴ)."""
    lex = load()
    phrases = [a.ko for a in (*lex.adverbs, *lex.times)] + [w for n in lex.nouns for w in (n.ko, *n.ko_alt)]
    return frozenset(pair for p in phrases for pair in zip(p.split(), p.split()[1:]))


@functools.cache
def descriptive_stems() -> frozenset[str]:
    """Stems written with ~다 in the present (adjectives, 있다 / 없다): 시다 "is sour" is 시 ~다, while a
    verb's present is ~ㄴ다, so 배우다 typed is 배우 -다 "is an actor"."""
    lex = load()
    rows = [d for a in lex.adjectives for d in (a.ko_dict, *(alt for alt, _ in a.ko_alt))]
    rows += [d for d, cls in kv.EXTRA_VERBS.items() if cls in ("있다", "ㅂ", "으") or d.endswith(("하다", "좋다"))]
    return frozenset(kv.stem(d.split()[-1]) for d in rows) - {"연주하", "치", "못하"} | {"필요하"}
