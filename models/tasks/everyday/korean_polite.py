"""Korean typed in a polite style, read as the plain style the grammar writes.

A student writes to a machine politely: 먹어요 or 먹습니다 (해요체, 합니다체) where the grammar and
its models write 먹는다 (해라체). The styles say the same thing, so each polite word is rewritten to
its plain word before the sentence is split into tokens; with a question mark after it, to the
plain question:

    먹어요 → 먹는다 · 먹어요? → 먹니 · 갔어요 → 갔다 · 먹습니다 → 먹는다 · 좋아요 → 좋다
    학생이에요 → 학생이다 · 의사예요? → 의사니 · 학생입니다 → 학생이다 · 갈 거예요 → 갈 것이다
    앉으세요 → 앉아라 · 가지 마세요 → 가지 마라 · 먹지 않아요 → 먹지 않는다 · 가고 싶어요 → 가고 싶다

and the intimate style (반말) of the sentence's last word: 먹어 → 먹는다, 학생이야 → 학생이다, 갈 거야 → 갈 것이다;
the humble 저는 / 제 as 나는 / 내, and a request with 주세요 as a command: 꺼 주세요 → 꺼라.

Endings the grammar has no word for are read as the nearest one it has: the exclamation -네요
(좋네요 → 좋다), the honorific -(으)시- of someone respected (친절하세요 → 친절하다, 가셨어요 → 갔다,
가세요? → 가니), the promise -(으)ㄹ게요 as the future (전화할게 → 전화할 것이다), and -(으)ㄹ래요
"want to" (공부할래? → 공부하고 싶니). A reading may be two words.
"""

from __future__ import annotations

import functools

from models.tasks.everyday import hangul as h
from models.tasks.everyday import korean_phrases, please
from models.tasks.everyday import korean_verbs as kv

# Helper words the grammar writes whole: polite form → (plain statement, plain question).
_HELPERS = {
    "싶어요": ("싶다", "싶니"),
    "싶습니다": ("싶다", "싶니"),
    "싶었어요": ("싶었다", "싶었니"),
    "아니에요": ("아니다", "아니니"),
    "아닙니다": ("아니다", "아니니"),
    "거예요": ("것이다", "거니"),
    "겁니다": ("것이다", "거니"),
    "것입니다": ("것이다", "거니"),
    "겁니까": ("거니", "거니"),
    "마세요": ("마라", "마라"),
    "마요": ("마라", "마라"),
    "말아요": ("마라", "마라"),
    "않았어요": ("않았다", "않았니"),
    "않았습니다": ("않았다", "않았니"),
}
# The humble "I" and "my" of polite speech, as the plain style writes them (저 alone before a noun
# is "that": 저 사람, and stays).
_HUMBLE = {"저는": "나는", "저도": "나도", "저를": "나를", "저에게": "나에게", "저한테": "나한테", "제가": "내가"}
_HUMBLE |= {"저의": "나의", "제": "내", "저와": "나와", "저랑": "나랑", "저하고": "나하고"}
# 주다 after a verb's 아/어 form asks for the verb politely: 꺼 주세요 "please turn off" → 꺼 줘.
_PLEASE = ("주세요", "줘요", "줘", "주십시오")
# 않아요 follows a verb (먹지 않는다) or an adjective (예쁘지 않다), as the word before it shows.
_NOT = ("않아요", "않습니다", "않습니까")


def _formal(dictionary_form: str, cls: str) -> str:
    """The 합니다체 form before 니다 / 니까: 갑, 삽 (살다), 먹습, 합."""
    s = kv.stem(dictionary_form)
    if cls == "ㄹ" or not h.final(s):
        return h.with_final(s, "ㅂ")
    return s + "습"


def _honorific(dictionary_form: str, cls: str, ending: str = "세요") -> str:
    """The honorific -(으)시- (세요, 셨어요, 십니다), on the stem -(으)ㄹ is written on: 먹을 먹으세요,
    갈 가세요, 살 사세요, 도울 도우세요, 들을 들으세요, 지을 지으세요."""
    return h.with_final(kv.prospective(dictionary_form, cls), "") + ending


def _exclaimed(dictionary_form: str, cls: str) -> str:
    """The stem -네요 is written on: 먹네요, 좋네요, 사네요 (살다: ㄹ drops before ㄴ)."""
    s = kv.stem(dictionary_form)
    return h.with_final(s, "") if cls == "ㄹ" else s


def _verbs() -> dict[str, tuple[str, str]]:
    """Polite verb or adjective → (plain statement, plain question), the most used stem first
    where two write the same polite word."""
    return _tables()[0]


def _respected() -> dict[str, str]:
    """A verb's -(으)세요 said of someone respected, who is its subject: 할머니는 시골에 사세요 → 산다
    (with no subject it is a request: 여기 앉으세요)."""
    return _tables()[1]


@functools.cache
def _tables() -> tuple[dict[str, tuple[str, str]], dict[str, str]]:
    """`_verbs()` and `_respected()`, built in one pass over the lexicon's stems."""
    table: dict[str, tuple[str, str]] = {}
    respected: dict[str, str] = {}
    weights, descriptive = korean_phrases.stem_weights(), korean_phrases.descriptive_stems()
    for stem, (d, cls) in sorted(korean_phrases._stems().items(), key=lambda item: -weights.get(item[0], 0)):
        now = (kv.present(d, cls, stem in descriptive), kv.question(d, cls))
        before = (kv.past(d, cls), kv.past_question(d, cls))
        past_stem = before[0][:-1]  # 먹었, 갔, 했
        forms = {
            kv.infinitive(d, cls) + "요": now,
            past_stem + "어요": before,
            _formal(d, cls) + "니다": now,
            _formal(d, cls) + "니까": (now[1], now[1]),
            past_stem + "습니다": before,
            past_stem + "습니까": (before[1], before[1]),
        }
        future, wanted = kv.prospective(d, cls) + " 것이다", kv.connective(d)
        forms |= {
            _exclaimed(d, cls) + "네요": now,
            past_stem + "네요": before,
            _honorific(d, cls, "셨어요"): before,
            _honorific(d, cls, "셨습니다"): before,
            _honorific(d, cls, "십니다"): now,
            _honorific(d, cls, "십니까"): (now[1], now[1]),
            kv.prospective(d, cls) + "게요": (future, future),
            kv.prospective(d, cls) + "래요": (wanted + " 싶다", wanted + " 싶니"),
        }
        # Someone respected is described (선생님이 친절하세요) or asked about (가세요? "are you going?");
        # a verb's -(으)세요 said is a request (앉으세요 "sit down").
        forms[_honorific(d, cls)] = now if stem in descriptive else (kv.imperative(d, cls), now[1])
        if stem not in descriptive:
            respected.setdefault(_honorific(d, cls), now[0])
        for polite, plain in forms.items():
            table.setdefault(polite, plain)
    return table, respected


def _has_subject(words: list[str]) -> bool:
    """A word before with a topic or subject particle (할머니는, 선생님께서, 엄마가)."""
    return any(w.endswith(("는", "은", "께서")) or (len(w) >= 3 and w.endswith(("이", "가"))) for w in words)


@functools.cache
def _infinitives() -> frozenset[str]:
    """Every verb's 아/어 form (꺼, 열어): before 주세요 it asks for the verb, whose command is that
    form + 라 (꺼라, 열어라)."""
    return frozenset(kv.infinitive(d, cls) for d, cls in korean_phrases._stems().values())


@functools.cache
def _intimate() -> dict[str, tuple[str, str]]:
    """The intimate style (반말, 해체), read only as the last word of a sentence, where no noun is
    written: 먹어 → 먹는다, 먹어? → 먹니, 먹었어 → 먹었다, 학생이야 → 학생이다 (see `_copula`)."""
    table = {"아니야": ("아니다", "아니니"), "거야": ("것이다", "거니"), "마": ("마라", "마라")}
    table |= {polite[:-1]: plain_ for polite, plain_ in _HELPERS.items() if polite.endswith("어요")}  # 싶어, 않았어
    for polite, plain_ in _verbs().items():
        if polite.endswith("요") and not polite.endswith("세요"):
            table.setdefault(polite[:-1], plain_)  # 먹어요 → 먹어, 갔어요 → 갔어
    return table


def _copula(word: str) -> tuple[str, str] | None:
    """학생이에요 → 학생이다, 의사예요 → 의사다, 학생입니다 → 학생이다, 의사였어요 → 의사였다."""
    endings = (("이었어요", "past"), ("였어요", "past"), ("이에요", "now"), ("예요", "now"), ("입니다", "now"))
    endings += (("이었어", "past"), ("였어", "past"), ("이야", "now"), ("야", "now"))  # intimate: last word only
    for polite, kind in endings:
        noun = word.removesuffix(polite)
        if noun == word or not noun:
            continue
        if kind == "past":
            past = noun + ("이었" if h.final(noun) else "였")
            return past + "다", past + "니"
        return noun + h.particle(noun, "copula"), noun + ("이니" if h.final(noun) else "니")
    if word.endswith("세요") and len(word) > 2:  # the honorific copula: 누구세요? 선생님이세요?
        noun = word[:-2].removesuffix("이") if h.final(word[:-3] or "가") else word[:-2]
        return noun + h.particle(noun, "copula"), noun + ("이니" if h.final(noun) else "니")
    if word.endswith("입니까") and len(word) > 3:
        noun = word[:-3]
        return (noun + ("이니" if h.final(noun) else "니"),) * 2
    return None


def plain(words: list[str]) -> list[str]:
    """`words` (the sentence's words and punctuation marks) with each polite word in the plain style."""
    out = []
    for i, word in enumerate(words):
        following = words[i + 1] if i + 1 < len(words) else ""
        asked, last = following == "?", following in ("", ".", "!", "?")
        if word in _HUMBLE:
            out.append(_HUMBLE[word])
            continue
        if word in _PLEASE and out and out[-1] in _infinitives():
            out.append(please.KOREAN)  # 꺼 주세요 "please turn it off" is the grammar's 꺼 줘 (please.py)
            continue
        if word in _NOT or (last and word == "않아"):
            before = out[-1] if out else ""
            adjective = before.endswith("지") and before[:-1] in korean_phrases.descriptive_stems()
            plain_ = ("않다" if adjective else "않는다", "않니")
            out.append(plain_[1] if asked or word.endswith("까") else plain_[0])
            continue
        if not asked and word in _respected() and _has_subject(out):
            out.append(_respected()[word])
            continue
        forms = _HELPERS.get(word) or _verbs().get(word)
        if forms is None and word.endswith(("요", "니다", "니까")):
            forms = _copula(word)
        if forms is None and last:
            forms = _intimate().get(word) or (_copula(word) if word.endswith(("야", "었어", "였어")) else None)
        out += [word] if forms is None else (forms[1] if asked else forms[0]).split()
    return out
