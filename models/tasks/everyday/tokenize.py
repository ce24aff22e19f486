"""Typed text → the tokens the everyday models read, and tokens → display text.

English: english_reading.py (contractions, digits, British spellings, "a lot of" as "many").
Korean: split at spaces; a conjugated word becomes its stem and ending (`먹었다` → `먹 ~었다`), and
a word the model does not know as a whole is split into a known noun and its particle(s)
(`고양이가` → `고양이 -가`): the way the grammar writes Korean.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Container
from dataclasses import replace

from models.tasks.everyday import korean_clause, korean_phrases, korean_polite, korean_spacing, korean_typed
from models.tasks.everyday.english_reading import WORD as _PUNCTUATION
from models.tasks.everyday.english_reading import english  # noqa: F401  (tokenize.english is the public name)
from models.tasks.everyday.korean_particles import KOREAN_PARTICLES, fits, particle_token, unknown_noun
from models.tasks.everyday.lexicon import load

# Words after which the word before is a verb's -ㄹ / -는 form, not a noun: 볼 것이다 "will see", not
# 볼 "cheek"; 자는 것을 "sleeping", not 자 "ruler" + -는. 것 / 거 "thing" with the copula or a particle.
_BOUND_NOUNS = (
    {"수", "것", "거"}
    | {"것" + p for p in ("이다", "이니", "이고", "이지만", "이었다", "이었니", "이었고", "이었지만", "은", "이", "을")}
    | {"거" + p for p in ("다", "니", "고", "지만", "야")}
)
_TERMINAL = ".!?"
_COMPLEMENTS = ("-에", "-에서", "-에게", "-을", "-를", "-로", "-으로")  # a verb's, not a noun's
# Copula forms that are also verb endings: 자고 is "sleeps and" far more often than "is a ruler and",
# so there the verb wins. (-다 and -니 stay nouns first: 배우다 "is an actor", 배우니 "is it an actor?")
_ALSO_ENDINGS = {"고", "지만"}


def korean(text: str, known: Container[str]) -> list[str]:
    """Split Korean at spaces, then into stems, endings and particles the vocabulary knows."""
    out: list[str] = []
    typed = re.findall(_PUNCTUATION + "|[" + _TERMINAL + "]", text.lower())
    typed = korean_spacing.respaced(typed, lambda w: _readable(w, known), replace(_spacing(), known=known))
    found = korean_typed.progressive_as_written(korean_polite.plain(typed))  # 먹어요 → 먹는다; 가는 중이다 → 가고 있다
    for i, word in enumerate(found):
        if word in _TERMINAL:
            continue
        nxt = found[i + 1] if i + 1 < len(found) else ""
        # The object (-을 / -를) since the last verb: 집을 산다 is 사다 "buy", 서울에 산다 is 살다 "live".
        clause = out[max((j for j, t in enumerate(out) if korean_clause.ends_clause(t)), default=-1) + 1 :]
        obj = next((clause[j - 1] for j in range(len(clause) - 1, 0, -1) if clause[j] in ("-을", "-를")), "")
        counted = i > 0 and (found[i - 1] in _NUMBER_WORDS or found[i - 1] == "몇")  # 네 시다, 몇 시니
        # Before a noun the grammar writes only adjectives (가는 반지 "a thin ring"); after a complement
        # a person types a verb's clause (학교에 가는 버스 "the bus that goes to school").
        adjective = _before_noun_word(nxt, known) and not (out and out[-1] in _COMPLEMENTS)
        verb = _verb(word, known, obj, adjective)
        idiom = korean_clause.idiom_split(word, nxt) if word in known else None
        if idiom and all(t in known for t in idiom):
            out += idiom  # 배 -가 고프 ~다, though 배가 is a word the model knows (배가 고픈 아이)
        elif last := korean_clause.idiom_verb(word, found[max(i - 2, 0) : i], known):
            out += last  # 화가 날 것이다: 나다 of 화가 나다, not 날다 "fly"
        elif (subject := _subject(word, found[i + 1 : i + 3], known)) is not None:
            out += subject  # 종이 없다 "there is no bell": 종 -이, though 종이 "paper" is a word too
        elif word in ("그", "네") and nxt and nxt not in _TERMINAL:
            out += _determiner(word, _peel(nxt, known, obj)[0], known)
        elif verb and verb[1] in ("~ㄹ", "~는") and nxt in _BOUND_NOUNS:
            out += verb
        elif verb and word in _BOUND_NOUNS and not korean_clause.bound_follows(out[-1] if out else ""):
            out += verb  # 것 / 거 follow a verb's -ㄹ / -는: 동상을 거니 is 걸다 "hang", not 거 -니
        elif verb and verb[1] in ("~ㄴ", "~는") and i > 0 and verb[0] in korean_clause.idioms().get(found[i - 1], ()):
            out += verb  # 키가 큰 벌: the idiom 키가 크다 before a noun
        elif verb and verb[1] in ("~고", "~지만") and korean_clause.fits_object(verb[0], obj):
            out += verb  # 샐러드를 사고: the verb of the clause's object, not 사고 "accident" with no particle
        elif verb and nxt and verb[1] == korean_clause.before_helper(nxt):
            out += verb  # 사고 있니, 잡지 않았니: a verb before a helper verb, not 사고 "accident", 잡지 "magazine"
        elif verb and verb[1] in ("~ㄴ", "~는") and {"-은", "-는"} & set(clause) and _describes(word, nxt, known):
            # One topic a clause: 그는 입은 셔츠를 is "the shirt he wore", not 입 "mouth" -은; but people
            # are topics after a time (오늘은 나는 학교에 간다: 나 "I", not 날다 "fly").
            out += verb if korean_clause.noun_class(word[:-1]) != "person" else _peel(word, known, obj)
        elif verb and verb[1] in ("~ㄴ", "~는") and _before_noun(word, nxt, known):
            out += verb  # 큰 나무 "a big tree": 크 ~ㄴ, though 큰 alone is a word the model knows (큰 소리로)
        elif verb and nxt in ("", "아니면", *_TERMINAL) and len(found) > 1 and word in korean_phrases.noun_like():
            # A noun never ends a written sentence or clause (the copula follows it: 판다다, 판다이다), so a
            # last word that spells a noun and a verb is the verb: 그들은 옥수수를 판다 (아니면 …) "they sell corn".
            out += verb
        else:
            out += _peel(word, known, obj, counted, adjective)
    return korean_typed.noun_and_hada_as_one_verb(korean_typed.can_not_as_written(out, known), known)


def _readable(word: str, known: Container[str]) -> list[str] | None:
    """The tokens of one typed word if the model knows them all (but for a noun before its particle:
    김치 -를 is read, and flagged). A polite word may end an unspaced one (먹고싶어요); the intimate
    style (가 "go") only a sentence, so it is not read here."""
    tokens = _peel(korean_polite.plain([word, "…"])[0], known)
    unknown_noun_first = len(tokens) > 1 and tokens[1].startswith("-")
    return tokens if all(t in known for t in tokens[unknown_noun_first:]) else None


@functools.cache
def _spacing() -> korean_spacing.Spacing:
    """Where a space may go in Korean typed without one (see korean_spacing)."""
    lex = load()
    modifiers = {row["ko"] for row in lex.function_words if row["role"] == "det"} | {p.ko + "의" for p in lex.pronouns}
    modifiers |= {"내", "네", "우리", "그", *korean_phrases.SOME}
    adverbs = {a.ko for a in lex.adverbs}
    return korean_spacing.Spacing(
        modifiers=frozenset(w for w in modifiers if w and " " not in w),
        adverbs=frozenset(w for w in adverbs if " " not in w),
        numbers=_NUMBER_WORDS,
        counters=_COUNTERS,
        nouns=korean_phrases.noun_like(),
        places=frozenset(korean_phrases.POSTPOSITIONS.values()),
        describing=korean_phrases.descriptive_stems(),
        stems=korean_phrases.verb_stems(),
        known=frozenset(),  # set per model by `korean`
    )


def _subject(word: str, following: list[str], known: Container[str]) -> list[str] | None:
    """A noun that also spells noun + subject particle (종이: 종 -이, 거북이: 거북 -이) is the subject
    before a verb (one that ends the sentence, or no noun): the grammar writes a bare noun only before
    a noun, a number or a postposition (종이 위에, 거북이 두 마리)."""
    nouns, stem, p = korean_phrases.noun_like(), word[:-1], word[-1:]
    if word not in nouns or p not in ("이", "가") or stem not in nouns or stem not in known or "-" + p not in known:
        return None
    nxt, after = (following + ["", ""])[:2]
    if not fits(stem, p) or nxt in _NUMBER_WORDS or not _verb(nxt, known):
        return None
    last = after in ("", "아니면", *_TERMINAL)
    return [stem, "-" + p] if last or _peel(nxt, known)[0] not in nouns else None


def _before_noun_word(nxt: str, known: Container[str]) -> bool:
    """Whether `nxt` is a noun a word before may describe (no verb form, no counter, no 것 / 수), or an
    adjective's form before one (큰 자랑스러운 딸, 가는 좋은 반지)."""
    if not nxt or nxt in _TERMINAL or nxt in _BOUND_NOUNS:
        return False
    also = _verb(nxt, known)
    if also:
        return also[1] in ("~ㄴ", "~는") and also[0] in korean_phrases.descriptive_stems()
    head = _peel(nxt, known)[0]
    return head.removesuffix("들") in korean_phrases.noun_like() and head not in _COUNTERS  # 큰 문장들을


def _before_noun(word: str, nxt: str, known: Container[str]) -> bool:
    """Whether a word known whole (큰, 어린) is an adjective's form before a noun here: the next word
    is a noun (or another adjective before one), and the two are no fixed phrase of the lexicon (큰
    소리로, 어린 시절). Nouns and numbers stay themselves (문 앞 "in front of the door", 한 시 "one
    o'clock"), and 안 "not" before a verb (안 열 것이다, 안 자고: 열 "ten" and 자 "ruler" are nouns too);
    어린, a noun only inside 어린 시절, is no noun alone."""
    noun = word in korean_phrases.noun_like() and word not in korean_clause.only_before_nouns()
    if word not in known or noun or word in _NUMBER_WORDS or _fixed(word, nxt, known):
        return False
    return _before_noun_word(nxt, known)


def _describes(word: str, nxt: str, known: Container[str]) -> bool:
    return _before_noun_word(nxt, known) and not _fixed(word, nxt, known)


def _fixed(word: str, nxt: str, known: Container[str]) -> bool:
    """Whether two words are a phrase of the lexicon as written (큰 소리로, 어린 시절을)."""
    pairs = korean_phrases.fixed_pairs()
    return (word, nxt) in pairs or (bool(nxt) and (word, _peel(nxt, known)[0]) in pairs)


# Words that follow a number: 네 명 "four people", 네 시 "four o'clock"; 네 before any other noun is "your".
_COUNTERS = korean_phrases.counters() | {"시", "시간", "살", "번", "분"}


def _determiner(word: str, following: str, known: Container[str]) -> list[str]:
    """그 and 네 standing alone before a noun. The pronoun 그 "he" always carries a particle (그는, 그의),
    so 그 케이크 is "the cake", which the grammar writes as the bare noun; 네 is "four" before a counter
    and "your" (너의) before a noun."""
    if following not in korean_phrases.noun_like() or following in _COUNTERS:
        return [word]
    if word == "그":
        return []
    return ["너의"] if "너의" in known else [word]


_NUMBER_WORDS = frozenset(korean_phrases.NUMBERS.values())  # 한 두 세 … 열두 스무: they count, they take no particle


def _verb(word: str, known: Container[str], obj: str = "", adjective: bool = False) -> list[str] | None:
    """Stem + ending of a conjugated word whose stem and ending the model knows. Of two verbs that write
    the same word the one that fits the clause wins: before a noun an adjective (가는 반지 "a thin ring",
    가늘다; the grammar writes no verb's -는 before a noun but 것 / 수); after an object `obj`, a
    transitive verb (집을 산다: 사다 "buy"; 서울에 산다: 살다 "live"), one that takes that kind of object
    (가게를 쓴다: 쓸다 "sweep"; 편지를 쓴다: 쓰다 "write"); then the one the grammar draws more often, then
    the one whose stem is not also a noun or pronoun (나 "I")."""
    weights, nouns, transitive = korean_phrases.stem_weights(), korean_phrases.noun_like(), korean_phrases.transitive_stems()
    descriptive = korean_phrases.descriptive_stems()
    readings = [r for r in korean_phrases.analyses(word) if r[0] in known and r[1] in known]
    readings.sort(
        key=lambda r: (
            adjective and r[0] not in descriptive,
            (r[0] in transitive) != bool(obj),
            not korean_clause.fits_object(r[0], obj),
            -weights.get(r[0], 0),
            r[0] in nouns,
        )
    )  # stable
    return list(readings[0]) if readings else None


def _verb_wins(stem: str, particle: str, verb: list[str], counted: bool = False) -> bool:
    """Where a word is both noun + copula and a verb form, which the grammar writes far more often:
    -고 / -지만 join clauses of verbs; -니 asks with a verb (자니 "do you sleep?"; in 20,000 generated
    sentences ~니 45 times, -니 twice), -다 only with an adjective (시다 "is sour"; 배우다 "is an actor").
    A counter after a number (`counted`) stays a noun: 몇 시니 "what time is it", 네 시다 "it is four"."""
    if particle in _ALSO_ENDINGS:
        return True
    if stem in _COUNTERS and counted:
        return False
    if particle == "니":
        return verb[1] == "~니"
    return particle == "다" and verb[1] == "~다" and verb[0] in korean_phrases.descriptive_stems()


def _peel(word: str, known: Container[str], obj: str = "", counted: bool = False, adjective: bool = False) -> list[str]:
    """A whole known word; else a known noun + particle(s); else a verb's stem + ending; else a noun
    or verb stem + particle. Nouns win over verbs: 나를 is "me", not a form of 나르다 "carry"."""
    if word in known:
        return [word]
    typed = korean_typed.contraction(word, known) or korean_typed.uncontracted(word, known)
    if typed:
        return typed
    stems, nouns = korean_phrases.verb_stems(), korean_phrases.noun_like()
    verb = _verb(word, known, obj, adjective)
    for p in KOREAN_PARTICLES:
        stem = word[: -len(p)]
        if not (word.endswith(p) and stem in known and fits(stem, p) and particle_token(stem, p) in known):
            continue
        number = stem in _NUMBER_WORDS and stem not in nouns  # 한다 is 하 + ~ㄴ다, never "one" + -다
        if (stem not in stems or stem in nouns) and not number and not (verb and _verb_wins(stem, p, verb, counted)):
            if p not in _ALSO_ENDINGS or stem in nouns or stem.endswith("들"):  # 사려고 is no noun + -고
                return [stem, particle_token(stem, p)]
    if verb:
        return verb
    typed = korean_typed.colloquial(word, known, lambda stem: _peel(stem, known))
    if typed:
        return typed
    for p in KOREAN_PARTICLES:
        stem = word[: -len(p)]
        if word.endswith(p) and stem and fits(stem, p) and particle_token(stem, p) in known:
            inner = _peel(stem, known)  # 고양이들이 → 고양이들 -이
            if inner[0] in known:
                return inner + [particle_token(stem, p)]
    return unknown_noun(word, known)


def join_english(tokens: list[str], capitalised: dict[str, str]) -> str:
    """Display English: `I`, capitalised names and the first word (`tom likes paris` → `Tom likes Paris`)."""
    words = [capitalised.get(t, "I" if t == "i" else t) for t in tokens]
    if words:
        words[0] = words[0][:1].upper() + words[0][1:]
    return " ".join(words).replace(" 's", "'s").replace(" ,", ",")  # Tom 's car → Tom's car
