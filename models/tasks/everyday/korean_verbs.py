"""Korean verb and adjective endings in the plain written style (해라체).

Every form is built from the dictionary form (`먹다`) and the stem's conjugation class, which
decides how the stem changes before a vowel ending (`듣다` → `들어`, `춥다` → `추워`):

    reg  먹다 먹어 · 가다 가 · 마시다 마셔        ㅂ   춥다 추워 · 돕다 도와
    하다 공부하다 공부해                          ㄷ   듣다 들어
    르   모르다 몰라 · 부르다 불러                 ㅅ   짓다 지어
    으   쓰다 써 · 바쁘다 바빠                     ㅎ   빨갛다 빨개 · 빨간
    ㄹ   살다 살아 · 산다 · 사는 · 살              있다 있다 · 있는 (맛있다, 재미있다)
"""

from __future__ import annotations

from models.tasks.everyday import hangul as h

CLASSES = ("reg", "하다", "ㅂ", "ㄷ", "르", "ㅅ", "으", "ㄹ", "ㅎ", "있다")
_BRIGHT = ("ㅏ", "ㅗ", "ㅑ")  # vowels that take 아 rather than 어


def stem(dictionary_form: str) -> str:
    if not dictionary_form.endswith("다") or len(dictionary_form) < 2:
        raise ValueError(f"not a Korean dictionary form: {dictionary_form!r}")
    return dictionary_form[:-1]


def _bright(syllable: str) -> bool:
    return h.split(syllable)[1] in _BRIGHT


_CONTRACT = {"ㅗ": "ㅘ", "ㅜ": "ㅝ", "ㅣ": "ㅕ", "ㅚ": "ㅙ"}  # 보+아 봐, 주+어 줘, 마시+어 마셔, 되+어 돼


def infinitive(dictionary_form: str, cls: str) -> str:
    """The 아/어 form every vowel ending starts from: 먹어, 가, 해, 마셔, 들어, 몰라, 빨개."""
    s = stem(dictionary_form)
    last = s[-1]
    if cls == "하다":
        return s[:-1] + "해"
    if cls == "ㅂ":
        ending = "와" if s in ("돕", "곱") else "워"
        return h.with_final(s, "") + ending
    if cls == "ㄷ":
        base = h.with_final(s, "ㄹ")
        return base + ("아" if _bright(last) else "어")
    if cls == "르":
        before = s[:-1]
        ending = "라" if _bright(before[-1]) else "러"
        return h.with_final(before, "ㄹ") + ending
    if cls == "ㅅ":
        return h.with_final(s, "") + ("아" if _bright(last) else "어")
    if cls == "ㅎ":
        v = h.split(last)[1]
        return h.with_vowel(s, "ㅒ" if v == "ㅑ" else "ㅐ")
    if cls == "으":
        bright = len(s) > 1 and _bright(s[-2])
        return h.with_vowel(s, "ㅏ" if bright else "ㅓ")
    # reg, ㄹ, 있다: regular before a vowel.
    if h.final(s):
        return s + ("아" if _bright(last) else "어")
    v = h.vowel(s)
    if v in ("ㅏ", "ㅓ", "ㅐ", "ㅔ", "ㅕ", "ㅑ"):
        return s  # 가+아 → 가, 서+어 → 서, 보내+어 → 보내
    if v in _CONTRACT and not (v == "ㅣ" and h.split(last)[0] == 11 and len(s) == 1):
        return h.with_vowel(s, _CONTRACT[v])
    return s + ("아" if _bright(last) else "어")  # 쉬어, 띄어


def present(dictionary_form: str, cls: str, adjective: bool) -> str:
    """Plain present statement: 먹는다, 간다, 산다, 공부한다; adjectives keep the dictionary form."""
    s = stem(dictionary_form)
    if adjective or cls == "있다":
        return dictionary_form
    if cls == "ㄹ":
        return h.with_final(s, "ㄴ") + "다"
    if h.final(s):
        return s + "는다"
    return h.with_final(s, "ㄴ") + "다"


def past(dictionary_form: str, cls: str) -> str:
    """먹었다, 갔다, 했다, 마셨다, 추웠다, 빨갰다."""
    return h.with_final(infinitive(dictionary_form, cls), "ㅆ") + "다"


def prospective(dictionary_form: str, cls: str) -> str:
    """The -(으)ㄹ form before 것이다 / 수 있다: 먹을, 갈, 살, 추울, 들을, 지을, 빨갈."""
    s = stem(dictionary_form)
    if cls == "ㅂ":
        return h.with_final(s, "") + "울"
    if cls == "ㄷ":
        return h.with_final(s, "ㄹ") + "을"
    if cls == "ㅅ":
        return h.with_final(s, "") + "을"
    if cls == "ㅎ":
        return h.with_final(s, "ㄹ")
    if cls == "ㄹ" or not h.final(s):
        return h.with_final(s, "ㄹ")
    return s + "을"


def attributive(dictionary_form: str, cls: str, adjective: bool) -> str:
    """Before a noun: verbs 먹는/사는, adjectives 큰/작은/추운/빨간/긴, 있다-words 맛있는."""
    s = stem(dictionary_form)
    if not adjective or cls == "있다":
        return (h.with_final(s, "") if cls == "ㄹ" else s) + "는"
    if cls == "ㅂ":
        return h.with_final(s, "") + "운"
    if cls in ("ㅎ", "ㄹ"):
        return h.with_final(s, "ㄴ")
    if h.final(s):
        return s + "은"
    return h.with_final(s, "ㄴ")


def question(dictionary_form: str, cls: str) -> str:
    """Plain present question: 먹니, 가니, 사니 (ㄹ drops), 춥니, 빨갛니."""
    s = stem(dictionary_form)
    if cls == "ㄹ":
        return h.with_final(s, "") + "니"
    return s + "니"


def past_question(dictionary_form: str, cls: str) -> str:
    return h.with_final(infinitive(dictionary_form, cls), "ㅆ") + "니"


def connective(dictionary_form: str) -> str:
    """-고: 먹고, 가고, 살고 (progressive 먹고 있다, 'and' 먹고, 'want to' 먹고 싶다)."""
    return stem(dictionary_form) + "고"


def conditional(dictionary_form: str, cls: str) -> str:
    """-(으)면: 먹으면, 가면, 살면 (ㄹ stays), 추우면, 들으면, 지으면, 빨가면, 있으면."""
    if cls == "ㄹ":
        return stem(dictionary_form) + "면"
    return h.with_final(prospective(dictionary_form, cls), "") + "면"


def negative_stem(dictionary_form: str) -> str:
    """-지 before 않다 / 마라: 먹지, 가지."""
    return stem(dictionary_form) + "지"


def imperative(dictionary_form: str, cls: str) -> str:
    """먹어라, 가라, 해라, 와라 (오다), 봐라."""
    return infinitive(dictionary_form, cls) + "라"


def obligation(dictionary_form: str, cls: str) -> str:
    """The -아/어야 form before 한다: 먹어야, 가야, 해야."""
    return infinitive(dictionary_form, cls) + "야"


# Ending tokens: a conjugated word is written as its stem and one of these (`먹 ~었다`), so a model
# learns each ending once for every verb; `conjugate` gives the written word (`먹었다`, `갔다`).
_FORMS = {
    "ㄴ다": lambda d, c: present(d, c, adjective=False),
    "다": lambda d, c: d,
    "었다": past,
    "었니": past_question,
    "었고": lambda d, c: past(d, c)[:-1] + "고",
    "었지만": lambda d, c: past(d, c)[:-1] + "지만",
    "ㄹ": prospective,
    "고": lambda d, c: connective(d),
    "지": lambda d, c: negative_stem(d),
    "지만": lambda d, c: stem(d) + "지만",
    "니": question,
    "어라": imperative,
    "어야": obligation,
    "는": lambda d, c: attributive(d, c, adjective=False),
    "ㄴ": lambda d, c: attributive(d, c, adjective=True),
    "자": lambda d, c: stem(d) + "자",
    "어": infinitive,
    "어도": lambda d, c: infinitive(d, c) + "도",
    # the reason of "so" and "because" (korean_reason.py): 고파서, 고프기 때문에, 고팠기 때문에
    "어서": lambda d, c: infinitive(d, c) + "서",
    "기": lambda d, c: stem(d) + "기",
    "었기": lambda d, c: past(d, c)[:-1] + "기",
    "면": lambda d, c: conditional(d, c),  # the condition of "if": 오면, 먹으면, 살면
    "거나": lambda d, c: stem(d) + "거나",  # "or" between two actions of one subject (one_subject.py): 걷거나, 살거나
}
ENDINGS = tuple("~" + e for e in _FORMS)


def conjugate(dictionary_form: str, cls: str, ending: str) -> str:
    """The written word for a stem and an ending token: conjugate('마시다', 'reg', '~었다') == '마셨다'."""
    return _FORMS[ending.removeprefix("~")](dictionary_form, cls)


def canonical_ending(dictionary_form: str, cls: str, ending: str) -> str:
    """The first ending in ENDINGS that writes the same word (맛있다: ~ㄴ and ~는 both give 맛있는),
    so one written word always has one analysis, whichever path of the grammar wrote it."""
    word = conjugate(dictionary_form, cls, ending)
    return next(e for e in ENDINGS if conjugate(dictionary_form, cls, e) == word)


# Conjugated words the grammar writes besides the lexicon's verbs and adjectives.
EXTRA_VERBS = {
    "지내다": "reg",  # 어떻게 지내니 (set_phrases.py)
    "있다": "있다",
    "없다": "있다",
    "오다": "reg",
    "춥다": "ㅂ",
    "덥다": "ㅂ",
    "따뜻하다": "하다",
    "시원하다": "하다",
    "좋다": "reg",
    "나쁘다": "으",
    "치다": "reg",  # 피아노를 치다, 연주하다: the verbs of pastimes.py
    "연주하다": "하다",
    "못하다": "하다",  # 수영을 못한다 "can't swim" (korean_predicate.py)
    "많다": "reg",  # 사람이 많다, 많은 사람 "many" (korean_quantity.py)
    "되다": "reg",  # 의사가 되고 싶다 "want to be a doctor" (korean.py)
}
