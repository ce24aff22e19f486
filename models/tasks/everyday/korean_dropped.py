"""What spoken Korean leaves out, as a Korean *source* may be written: the subject everyone knows
and the particles the word order already makes clear.

- 밥 먹었어 "I ate": a statement without a subject is about the speaker, a question (밥 먹었어?
  "did you eat?") about the listener. Only 나 in a statement and 너 in a question are dropped, so
  the English stays a function of the Korean, and only in a sentence of one clause (in 그는 피곤해서
  잤다 the second clause's subject is 그) whose predicate says something of a person: 배고파 *I am
  hungry*, 학생이야 *I am a student*, but 맛있어 is *it is delicious*, 책이야 *it is a book*, 춥다 the
  weather and 책이 있다 *there is a book*, so those keep their 나 / 너.
- 나 학교에 가, 엄마 어디 갔어?: the subject's particle left out (내가 → 나, 네가 → 너).
- 밥 먹었어, 영화 봤어, 뭐 먹었어?: the object's 을/를 left out; 어디 가?: the 에 after 어디.

Only sources are written this way (Korean→English training pairs); a Korean *target* keeps every
word, since the English→Korean models should write full, correct sentences.
"""

from __future__ import annotations

import random
from collections import Counter

from models.tasks.everyday import expressions
from models.tasks.everyday.korean_weather import WEATHER
from models.tasks.everyday.lexicon import Adjective
from models.tasks.everyday.tree import Clause, Sentence, Token

DROP_SUBJECT = 0.35  # of the subjects that may be dropped (one clause, said of a person)
DROP_SUBJECT_PARTICLE = 0.10
DROP_OBJECT_PARTICLE = 0.13
DROP_WHERE_PARTICLE = 0.3
# The speaker in a statement, the listener in a question: the pronoun's forms (내, 네 before 가).
_SPEAKER, _LISTENER = frozenset({"나", "내"}), frozenset({"너", "네"})
_DETERMINER_LIKE = frozenset({"그", "이", "저"})
_BARE = {"내": "나", "네": "너"}  # 내가, 네가: the pronoun before 가 has its own form
_SUBJECT_PARTICLES = frozenset({"-은", "-는", "-이", "-가"})
_OBJECT_PARTICLES = frozenset({"-을", "-를"})


def drop(tokens: list[Token], sentence: Sentence, rng: random.Random) -> list[Token]:
    """`tokens` (a Korean source) with what a speaker may leave out left out, drawn by `rng`."""
    clauses = sentence.clauses
    said = [i for i, c in enumerate(clauses) if c.kind != "expression"]  # 미안해, 늦었어: one clause said
    out = list(tokens)
    for i in range(len(clauses)):
        subject = [j for j, (_, key, _) in enumerate(out) if key.startswith(f"c{i}.s.")]
        words = {out[j][0] for j in subject if out[j][1] == f"c{i}.s.noun"}
        clause = clauses[i]
        person = _SPEAKER if clause.mood == "statement" else _LISTENER if clause.wh != "who_subject" else frozenset()
        if (
            said == [i]
            and subject
            and words
            and words <= person
            and _said_of_a_person(clause)
            and _only_pronoun(out, subject, i)
            and rng.random() < DROP_SUBJECT
        ):
            out = [t for j, t in enumerate(out) if j not in set(subject)]
            continue
        out = _without_particle(out, f"c{i}.s.case", _SUBJECT_PARTICLES, DROP_SUBJECT_PARTICLE, rng)
    for i in range(len(clauses)):
        out = _without_particle(out, f"c{i}.o.case", _OBJECT_PARTICLES, DROP_OBJECT_PARTICLE, rng)
    where = [j for j in range(1, len(out)) if out[j][0] == "-에" and out[j - 1][0] == "어디" and out[j][1].endswith(".wh")]
    if where and rng.random() < DROP_WHERE_PARTICLE:
        del out[where[0]]
    return out


# What one says of oneself or asks of the listener with no subject: 배고파, 피곤해?, 바빠?.
# Other adjectives are said of a thing (맛있어 "it is delicious", 재미있었어 "it was fun").
_STATES = frozenset(
    "hungry thirsty tired sleepy busy happy sad sick full scared nervous worried lonely".split()
    + "late sorry glad upset free proud shy".split()
)


def _said_of_a_person(clause: Clause) -> bool:
    """Without its subject, the clause still says something of the speaker (or listener) only."""
    if clause.kind == "be_adj":
        a = clause.adjective
        return a is not None and a.en in _STATES and not _weather_word(a) and clause.than is None
    if clause.kind == "be_noun":  # 학생이야 "I am a student", but 책이야 "it is a book"
        head = clause.predicate.head if clause.predicate is not None else None
        return getattr(head, "cls", "") == "person"
    return clause.kind not in ("have", "this_is", "there_is", "weather")


_WEATHER_WORDS = frozenset(form for _, form, _ in WEATHER.values())


def _weather_word(a: Adjective) -> bool:
    """An adjective Korean also says of the weather with no subject: 춥다, 맑다 (also "clear")."""
    return a.en in WEATHER or bool({a.ko_dict, *(form for form, _ in a.ko_alt)} & _WEATHER_WORDS)


def _only_pronoun(tokens: list[Token], subject: list[int], i: int) -> bool:
    """The subject is the bare pronoun and its particle (not 나와 톰은, 너희, 나도)."""
    keys = [tokens[j][1] for j in subject]
    return keys == [f"c{i}.s.noun", f"c{i}.s.case"] and tokens[subject[1]][0] in _SUBJECT_PARTICLES


def _without_particle(tokens: list[Token], key: str, particles: frozenset[str], p: float, rng: random.Random) -> list[Token]:
    at = [j for j, (word, k, _) in enumerate(tokens) if k == key and word in particles]
    if len(at) != 1 or not _bare_noun_before(tokens, at[0], key) or rng.random() >= p:
        return tokens
    j = at[0]
    before = tokens[j - 1]
    out = tokens[:j] + tokens[j + 1 :]
    if before[0] in _BARE and before[1].endswith(".s.noun"):
        out[j - 1] = (_BARE[before[0]], before[1], before[2])
    return out


def _bare_noun_before(tokens: list[Token], j: int, key: str) -> bool:
    """The particle follows the phrase's noun itself, and that noun reads as one without it: not a
    counter (주스 한 병을: 한 would read as 하 + ㄴ) and not 그 "he" (그 alone is "the")."""
    if j == 0:
        return False
    word, before = tokens[j - 1][:2]
    noun = before in (key.replace(".case", ".noun"), key.replace(".o.case", ".wh"))  # 뭐 먹었어?
    return noun and word not in _DETERMINER_LIKE


_WRITTEN = {"i": frozenset({"나", "내", "저", "제"}), "you": frozenset({"너", "네", "너희", "너희들", "당신", "당신들"})}


def understood_subjects(source: list[str], target: list[str]) -> list[str]:
    """The English pronouns (*I*, *you*) a translation wrote for a person its Korean source never
    names (밥 먹었어? → *did you eat rice*): what the model took from the ending, as a speaker does.
    The English of a set expression does not count (고마워 → *thank you*, 내일 봐 → *see you tomorrow*)."""
    words, pool = set(source), Counter(source)
    rest = Counter(w.lower() for w in target)
    for expression in sorted(expressions.load(), key=lambda e: -e.ko.count(",")):  # 잘 지내, 고마워 before 고마워
        parts = Counter(part.strip() for part in expression.ko.split(","))
        while all(pool[part] >= n for part, n in parts.items()):
            pool -= parts
            rest -= Counter(expression.en.lower().split())
    return [pronoun for pronoun, korean in _WRITTEN.items() if rest[pronoun] and not words & korean]
