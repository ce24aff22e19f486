"""Korean as a student writes it, both ways: the Korean an English→Korean model learns to produce
(은/는 subjects, 우리 엄마, 항상 before the object, 다음 주에), the variants a Korean source may be
written in (몇몇, 좀, 자기, -어도 되다, 못하다) and the one English reading Korean→English gives them."""

from __future__ import annotations

import random

import pytest

from models.tasks.everyday import english, korean, korean_phrases
from models.tasks.everyday.korean_canonical import canonical_for_korean
from models.tasks.everyday.lexicon import load
from models.tasks.everyday.task import TASKS
from models.tasks.everyday.tree import Clause, NounPhrase, Place, Sentence

LEX = load()


def _row(rows, en):
    return next(r for r in rows if r.en == en)


def noun(en):
    return _row(LEX.nouns, en)


def verb(en):
    return _row(LEX.verbs, en)


def pronoun(en):
    return _row(LEX.pronouns, en)


def ko(clause: Clause) -> str:
    return korean_phrases.join([w for w, _, _ in korean.sentence_tokens(Sentence([clause]))])


def en_for_korean(clause: Clause) -> str:
    return " ".join(w for w, _, _ in english.sentence_tokens(canonical_for_korean(Sentence([clause]))))


def test_family_is_ours_and_subjects_take_the_topic_particle():
    mom = NounPhrase(noun("mom"), det="poss", owner=pronoun("i"))
    clause = Clause("action", mom, verb=verb("eat"), obj=NounPhrase(noun("breakfast"), det="bare"))
    assert ko(clause) == "우리 엄마는 아침을 먹는다"


def test_frequency_adverbs_come_after_the_subject():
    always = _row(LEX.adverbs, "always")
    clause = Clause(
        "action", NounPhrase(pronoun("i"), det=""), verb=verb("eat"), obj=NounPhrase(noun("breakfast"), det="bare"), adverb=always
    )
    assert ko(clause) == "나는 항상 아침을 먹는다"


def test_dated_times_take_e():
    next_week = _row(LEX.times, "next week")
    clause = Clause("action", NounPhrase(pronoun("she"), det=""), verb=verb("come"), tense="future", time=next_week)
    assert ko(clause) == "그녀는 다음 주에 올 것이다"


def test_i_and_you_before_the_subject_particle_are_nae_and_ne():
    for who, word in (("i", "내가"), ("you", "네가")):
        clause = Clause("action", NounPhrase(pronoun("we"), det=""), verb=verb("need"), obj=NounPhrase(pronoun(who), det=""))
        assert word in ko(clause).split()


@pytest.mark.parametrize(
    ("clause", "english_reading"),
    [
        (Clause("be_noun", NounPhrase(pronoun("i"), det=""), predicate=NounPhrase(noun("student"), det="a")), "i am a student"),
        (
            Clause("action", NounPhrase(pronoun("i"), det=""), verb=verb("wait for"), obj=NounPhrase(pronoun("he"), det="")),
            "i wait for him",
        ),
        (
            Clause("action", NounPhrase(pronoun("we"), det=""), verb=verb("see"), obj=NounPhrase(noun("movie"), det="a")),
            "we watch a movie",
        ),
        (
            Clause(
                "action",
                NounPhrase(pronoun("i"), det=""),
                verb=verb("go"),
                place=Place("to", NounPhrase(noun("house"), det="the")),
            ),
            "i go home",
        ),
        (Clause("action", None, verb=verb("open"), obj=NounPhrase(noun("door"), det="a"), mood="imperative"), "open the door"),
        (
            Clause("action", NounPhrase(pronoun("i"), det=""), verb=verb("eat"), obj=NounPhrase(noun("breakfast"), det="a")),
            "i eat breakfast",
        ),
        (
            Clause("be_adj", NounPhrase(noun("student"), det="some", plural=True), adjective=_row(LEX.adjectives, "happy")),
            "some students are happy",
        ),
        (
            Clause("action", NounPhrase(pronoun("she"), det=""), verb=verb("speak"), obj=NounPhrase(noun("french"), det="bare")),
            "she speaks french",
        ),
    ],
    ids=["student", "wait-for", "watch", "home", "the-door", "meal", "some", "speak-french"],
)
def test_korean_reads_as_one_natural_english_sentence(clause, english_reading):
    assert en_for_korean(clause) == english_reading


def test_source_variants_are_read_back_word_for_word():
    """The variants a Korean source may be written in (몇몇, 좀, 자기, -어도 되다, 못한다, -으로…) are
    split by the reader into the tokens the model was trained on (as often as any sentence is:
    거북이 is "turtle" and also 거북 + 이, so no reader gets every sentence back)."""
    task = TASKS["ko-en"]
    rng = random.Random(3)
    variants = ("몇몇", "어떤", "좀", "자기", "~어도", "못하", "-으로", "벌써", "우리")
    seen, back = dict.fromkeys(variants, 0), []
    for _ in range(40000):  # -으로 is rare (about one sentence in 10,000): stop once each was seen
        pair = task.sample(rng)
        found = [v for v in variants if v in pair.src]
        for v in found:
            seen[v] += 1
        if found:
            back.append(task.tokenize(korean_phrases.join(list(pair.src))) == list(pair.src))
        if all(seen.values()) and len(back) >= 1000:
            break
    assert all(seen.values()), seen
    assert sum(back) / len(back) >= 0.99, f"{sum(back)}/{len(back)} read back"


@pytest.mark.parametrize(
    ("polite", "plain"),
    [
        ("저는 학생이에요.", "저는 학생이다."),
        ("나는 사과를 먹어요.", "나는 사과를 먹는다."),
        ("커피를 좋아해요?", "커피를 좋아하니?"),
        ("나는 사과를 먹습니다.", "나는 사과를 먹는다."),
        ("어제 학교에 갔어요.", "어제 학교에 갔다."),
        ("내일 비가 올 거예요.", "내일 비가 올 것이다."),
        ("그것은 예쁘지 않아요.", "그것은 예쁘지 않다."),
        ("나는 먹지 않아요.", "나는 먹지 않는다."),
        ("창문을 열지 마세요.", "창문을 열지 마라."),
        ("여기 앉으세요.", "여기 앉아라."),
        ("음악을 들으세요.", "음악을 들어라."),
        ("저는 학생이에요.", "나는 학생이다."),
        ("저 사람은 제 친구예요.", "저 사람은 내 친구다."),
        ("불을 꺼 주세요.", "불을 꺼 줘."),
        ("지금 몇 시예요?", "지금 몇 시니?"),
        ("나 학생이야.", "나 학생이다."),
        ("내일 비가 올 거야.", "내일 비가 올 것이다."),
        ("커피 좋아해?", "커피 좋아하니?"),
        # Endings the grammar has no word for, read as the nearest one it has.
        ("오늘 날씨가 정말 좋네요.", "오늘 날씨가 정말 좋다."),
        ("선생님이 정말 친절하세요.", "선생님이 정말 친절하다."),
        ("선생님이 집에 가셨어요.", "선생님이 집에 갔다."),
        ("어디에 가세요?", "어디에 가니?"),
        ("내일 전화할게.", "내일 전화할 것이다."),
        ("나는 집에 갈게요.", "나는 집에 갈 것이다."),
        ("내일 같이 공부할래?", "내일 함께 공부하고 싶니?"),
        ("걱정하지 마.", "걱정하지 마라."),
        ("어디서 살아?", "어디에서 사니?"),
        # -(으)세요 of someone respected who is the subject is a statement; 께서 is their 이/가.
        ("할머니는 시골에 사세요.", "할머니는 시골에 산다."),
        ("선생님께서 오세요.", "선생님이 온다."),
        ("누구세요?", "누구니?"),
        ("선생님이세요?", "선생님이니?"),
        # -는 중이다 "in the middle of" is the progressive; 진짜 "really" is 정말.
        ("나는 지금 가는 중이야.", "나는 지금 가고 있다."),
        ("뭐 하는 중이에요?", "뭐 하고 있니?"),
        ("그들은 노는 중이었다.", "그들은 놀고 있었다."),
        ("나는 집을 사는 중이다.", "나는 집을 사고 있다."),  # 사다 "buy" after an object, 살다 "live" without
        ("그는 서울에 사는 중이다.", "그는 서울에 살고 있다."),
        ("오늘 날씨가 진짜 좋아.", "오늘 날씨가 정말 좋다."),
        # two expressions in a row, each read whole
        ("안녕하세요, 만나서 반가워요.", "안녕, 만나서 반가워."),
    ],
)
def test_polite_korean_reads_as_the_plain_style(polite, plain):
    task = TASKS["ko-en"]
    known = frozenset(task.source_vocabulary())
    assert task.tokenize(polite, known) == task.tokenize(plain, known)


@pytest.mark.parametrize("style", ["polite", "intimate"])
def test_every_generated_sentence_reads_the_same_in_the_polite_style(style):
    """The grammar's plain sentences, their last word made polite (먹는다 → 먹어요, 먹니 → 먹어요?)
    or intimate (먹어, 먹어?), split into the same tokens: the rule holds for every verb, not a list."""
    from models.tasks.everyday.korean_polite import _verbs

    polite_of: dict[str, str] = {}
    for polite, (statement, question) in _verbs().items():
        if polite.endswith("요") and not polite.endswith("세요"):
            intimate = polite[:-1] if style == "intimate" else polite  # 먹어요, 먹어
            polite_of.setdefault(statement, intimate)
            polite_of.setdefault(question, intimate + "?")
    task, rng = TASKS["ko-en"], random.Random(5)
    known = frozenset(task.source_vocabulary())
    same = tried = 0
    for _ in range(3000):
        text = korean_phrases.join(list(task.sample(rng).src))
        words = text.split()
        if not words or words[-1] not in polite_of or not task.tokenize(text, known)[-1].startswith("~"):
            continue  # a verb's ending, not 시 -니 "is it … o'clock" (also 시다 "sour" + 니)
        tried += 1
        polite = " ".join(words[:-1] + [polite_of[words[-1]]])
        same += task.tokenize(polite, known) == task.tokenize(text, known)
    assert tried >= 500
    assert same / tried >= 0.97, f"{same}/{tried}"


@pytest.mark.parametrize(
    ("short", "long"),
    [
        ("나는 못 간다.", "나는 가지 못한다."),
        ("나는 수영을 못한다.", "나는 수영하지 못한다."),
        ("나는 수영을 못 한다.", "나는 수영을 하지 못한다."),
        ("그는 숙제를 못 했다.", "그는 숙제를 하지 못했다."),
    ],
)
def test_mot_before_a_verb_is_the_grammars_can_not(short, long):
    task = TASKS["ko-en"]
    known = frozenset(task.source_vocabulary())
    assert task.tokenize(short, known) == task.tokenize(long, known)


def test_every_verb_reads_the_same_with_mot():
    """V-지 못하다, the grammar's "can not", written 못 V (먹지 못했다 → 못 먹었다) splits into the
    grammar's tokens, for every verb in three tenses: a rule, not a list."""
    task = TASKS["ko-en"]
    known = frozenset(task.source_vocabulary())
    stems = [s for s, (_, cls) in korean_phrases._stems().items() if cls != "하다" and s in known and " " not in s]
    same = tried = 0
    for stem in stems:
        for ending in ("~ㄴ다", "~었다", "~니"):
            tried += 1
            short = "나는 못 " + korean_phrases.join([stem, ending])
            same += task.tokenize(short, known) == ["나", "-는", stem, "~지", "못하", ending]
    assert tried >= 300
    assert same / tried >= 0.95, f"{same}/{tried}"
