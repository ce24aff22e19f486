"""Korean weather clauses: 비가 온다 / 눈이 왔다 (the rain is the subject), 춥다, 날씨가 좋다; a place or
time before them is the topic (서울에는 내일 춥다, 오늘은 춥다), but not before 비 / 눈."""

from __future__ import annotations

from models.tasks.everyday.korean_phrases import alternative, particle, with_particle
from models.tasks.everyday.korean_predicate import predicate
from models.tasks.everyday.tree import Clause, Token

WEATHER = {
    "rain": ("비", "오다", "reg"),
    "snow": ("눈", "오다", "reg"),
    "cold": (None, "춥다", "ㅂ"),
    "hot": (None, "덥다", "ㅂ"),
    "warm": (None, "따뜻하다", "하다"),
    "cool": (None, "시원하다", "하다"),
    "nice": ("날씨", "좋다", "reg"),
    "bad": ("날씨", "나쁘다", "으"),
    "sunny": (None, "맑다", "reg"),
    "cloudy": (None, "흐리다", "reg"),
}


def weather_tokens(clause: Clause, c: str, time: list[Token], place: list[Token]) -> list[Token]:
    if clause.mood == "wh":  # (오늘) 날씨는 어떠니 / 날씨가 어떠니
        case = alternative("-는", ("-가",))
        return time + [("날씨", c + ".s.noun", ()), (case, c + ".s.case", ()), ("어떠니", c + ".wh", (c + ".be",))]
    if clause.weather in ("rain", "snow") and not clause.negated:
        return time + place + _weather(clause, c)  # 비 / 눈 is the subject: 어젯밤에 눈이 왔다, 내일 서울에 비가 온다
    if place:  # one topic per clause: 서울에는 내일 춥다
        return with_particle(place, "topic", c + ".pp.prep") + time + _weather(clause, c)
    if time and time[-1][0] not in ("매일", "매주", "매년", "매달"):
        time = with_particle(time, "topic", c + ".time")  # 오늘은 춥다, 어젯밤에는 눈이 왔다
    return time + _weather(clause, c)


def _weather(clause: Clause, c: str) -> list[Token]:
    noun, dictionary_form, cls = WEATHER[clause.weather]
    adjective = clause.weather not in ("rain", "snow")
    out = [(noun, c + ".s.noun", ()), particle(noun, "subject", c + ".s.case")] if noun else []
    if clause.degree is not None and adjective:  # 아주 춥다
        out += [(w, c + ".deg", ()) for w in clause.degree.ko.split()]
    return out + predicate(clause, c, dictionary_form, cls, adjective, c + ".verb" if not adjective else c + ".adj")
