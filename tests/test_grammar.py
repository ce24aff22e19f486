"""The everyday grammar: Korean conjugation, French agreement, and whole sentences in three languages."""

from __future__ import annotations

import random
from dataclasses import replace

import pytest

from models.tasks.everyday import english, english_phrases, french, french_words, hangul, korean, korean_phrases, korean_verbs
from models.tasks.everyday.korean_canonical import canonical_for_korean
from models.tasks.everyday.lexicon import Adjective, Name, Noun, Pronoun, Verb, load
from models.tasks.everyday.sampler import Sampler
from models.tasks.everyday.tree import Clause, NounPhrase, Place, Sentence

# dictionary form, class, adjective?, infinitive, present, past, prospective, attributive
CONJUGATIONS = [
    ("먹다", "reg", False, "먹어", "먹는다", "먹었다", "먹을", "먹는"),
    ("가다", "reg", False, "가", "간다", "갔다", "갈", "가는"),
    ("오다", "reg", False, "와", "온다", "왔다", "올", "오는"),
    ("마시다", "reg", False, "마셔", "마신다", "마셨다", "마실", "마시는"),
    ("배우다", "reg", False, "배워", "배운다", "배웠다", "배울", "배우는"),
    ("되다", "reg", False, "돼", "된다", "됐다", "될", "되는"),
    ("공부하다", "하다", False, "공부해", "공부한다", "공부했다", "공부할", "공부하는"),
    ("돕다", "ㅂ", False, "도와", "돕는다", "도왔다", "도울", "돕는"),
    ("춥다", "ㅂ", True, "추워", "춥다", "추웠다", "추울", "추운"),
    ("듣다", "ㄷ", False, "들어", "듣는다", "들었다", "들을", "듣는"),
    ("모르다", "르", False, "몰라", "모른다", "몰랐다", "모를", "모르는"),
    ("부르다", "르", False, "불러", "부른다", "불렀다", "부를", "부르는"),
    ("짓다", "ㅅ", False, "지어", "짓는다", "지었다", "지을", "짓는"),
    ("쓰다", "으", False, "써", "쓴다", "썼다", "쓸", "쓰는"),
    ("바쁘다", "으", True, "바빠", "바쁘다", "바빴다", "바쁠", "바쁜"),
    ("살다", "ㄹ", False, "살아", "산다", "살았다", "살", "사는"),
    ("길다", "ㄹ", True, "길어", "길다", "길었다", "길", "긴"),
    ("빨갛다", "ㅎ", True, "빨개", "빨갛다", "빨갰다", "빨갈", "빨간"),
    ("맛있다", "있다", True, "맛있어", "맛있다", "맛있었다", "맛있을", "맛있는"),
    ("좋다", "reg", True, "좋아", "좋다", "좋았다", "좋을", "좋은"),
    ("입다", "reg", False, "입어", "입는다", "입었다", "입을", "입는"),
]


@pytest.mark.parametrize("row", CONJUGATIONS, ids=[r[0] for r in CONJUGATIONS])
def test_korean_conjugation(row):
    dictionary_form, cls, adjective, inf, present, past, prospective, attributive = row
    assert korean_verbs.infinitive(dictionary_form, cls) == inf
    assert korean_verbs.present(dictionary_form, cls, adjective) == present
    assert korean_verbs.past(dictionary_form, cls) == past
    assert korean_verbs.prospective(dictionary_form, cls) == prospective
    assert korean_verbs.attributive(dictionary_form, cls, adjective) == attributive


def test_particles_follow_the_final_consonant():
    assert [hangul.particle(w, "object") for w in ("사과", "책", "물")] == ["를", "을", "을"]
    assert [hangul.particle(w, "topic") for w in ("나", "학생")] == ["는", "은"]
    assert hangul.means("버스") == "로" and hangul.means("손") == "으로" and hangul.means("지하철") == "로"


# Small hand-made rows, so these tests pin the grammar independently of the lexicon files.
ME = Pronoun("i", "me", "my", 0, "je", "me", "me", "moi", "mon", "ma", "mes", "m", "나", "나를", "내")
YOU = Pronoun("you", "you", "your", 1, "tu", "te", "te", "toi", "ton", "ta", "tes", "m", "너", "너를", "너의")
SHE = Pronoun("she", "her", "her", 2, "elle", "la", "lui", "elle", "son", "sa", "ses", "f", "그녀", "그녀를", "그녀의")
STUDENT = Noun("student", "students", "count", "étudiant", "m", "étudiants", "étudiante", "학생", "명", "person")
CAT = Noun("cat", "cats", "count", "chat", "m", "chats", "", "고양이", "마리", "animal")
WATER = Noun("water", "water", "count".replace("count", "mass"), "eau", "f", "eaux", "", "물", "", "drink")
SCHOOL = Noun("school", "schools", "count", "école", "f", "écoles", "", "학교", "", "place")
CAR = Noun("car", "cars", "count", "voiture", "f", "voitures", "", "차", "대", "vehicle")
RED = Adjective("red", "rouge", "rouge", "rouges", "rouges", "", "after", "빨갛다", "ㅎ")
EAT = Verb(
    "eat", "eats", "ate", "eaten", "eating", "manger", ("mange", "manges", "mange", "mangeons", "mangez", "mangent"), "manger",
    "mangé", "avoir", "er", False, "direct", "먹다", "reg", "을", ("food",), "at",
)  # fmt: skip
DRINK = Verb(
    "drink", "drinks", "drank", "drunk", "drinking", "boire", ("bois", "bois", "boit", "buvons", "buvez", "boivent"), "boir",
    "bu", "avoir", "irr", False, "direct", "마시다", "reg", "을", ("drink",), "at",
)  # fmt: skip
GO = Verb(
    "go", "goes", "went", "gone", "going", "aller", ("vais", "vas", "va", "allons", "allez", "vont"), "ir", "allé", "être",
    "irr", False, "", "가다", "reg", "", (), "to",
)  # fmt: skip
LOVE = Verb(
    "love", "loves", "loved", "loved", "loving", "aimer", ("aime", "aimes", "aime", "aimons", "aimez", "aiment"), "aimer",
    "aimé", "avoir", "er", False, "direct", "사랑하다", "하다", "을", ("person",), "",
)  # fmt: skip


def _say(clause: Clause) -> tuple[str, str, str]:
    s = Sentence([clause])
    en = " ".join(w for w, _, _ in english.sentence_tokens(s))
    fr = french_words.join([w for w, _, _ in french.sentence_tokens(s)])
    ko = korean_phrases.join([w for w, _, _ in korean.sentence_tokens(s)])
    return en, fr, ko


def test_i_am_a_student():
    clause = Clause("be_noun", NounPhrase(ME, det=""), predicate=NounPhrase(STUDENT, det="a"))
    assert _say(clause) == ("i am a student", "je suis étudiant", "나는 학생이다")
    clause.subject = NounPhrase(SHE, det="")
    assert _say(clause) == ("she is a student", "elle est étudiante", "그녀는 학생이다")


def test_i_love_you_places_the_french_pronoun_before_the_verb():
    clause = Clause("action", NounPhrase(ME, det=""), verb=LOVE, obj=NounPhrase(YOU, det=""))
    assert _say(clause) == ("i love you", "je t'aime", "나는 너를 사랑한다")
    clause.tense, clause.obj = "past", NounPhrase(SHE, det="")
    assert _say(clause) == ("i loved her", "je l'ai aimée", "나는 그녀를 사랑했다")


def test_partitive_and_negation():
    clause = Clause("action", NounPhrase(ME, det=""), verb=DRINK, obj=NounPhrase(WATER, det="bare"))
    assert _say(clause) == ("i drink water", "je bois de l'eau", "나는 물을 마신다")
    clause.negated = True
    assert _say(clause) == ("i do not drink water", "je ne bois pas d'eau", "나는 물을 안 마신다")


def test_passe_compose_with_etre_agrees_and_places_contract():
    clause = Clause("action", NounPhrase(SHE, det=""), tense="past", verb=GO, place=Place("to", NounPhrase(SCHOOL)))
    assert _say(clause) == ("she went to school", "elle est allée à l'école", "그녀는 학교에 갔다")
    clause.tense, clause.mood = "future", "yes_no"
    assert _say(clause) == ("will she go to school", "est-ce qu'elle ira à l'école", "그녀는 학교에 갈 거니")


def test_no_contraction_before_an_elided_article():
    pillow = Noun("pillow", "pillows", "count", "oreiller", "m", "oreillers", "", "베개", "개", "thing")
    place = Place("near", NounPhrase(pillow))
    assert french_words.join([w for w, _, _ in french.elide(french.place_phrase(place, "k"))]) == "près de l'oreiller"
    park = Noun("park", "parks", "count", "parc", "m", "parcs", "", "공원", "", "place")
    assert [w for w, _, _ in french.place_phrase(Place("at", NounPhrase(park)), "k")] == ["au", "parc"]


def test_adjective_agreement_and_korean_adjectives():
    clause = Clause("be_adj", NounPhrase(CAR), adjective=RED)
    assert _say(clause) == ("the car is red", "la voiture est rouge", "차는 빨갛다")
    clause.tense = "past"
    assert _say(clause) == ("the car was red", "la voiture était rouge", "차는 빨갰다")


def test_numbers_take_korean_counters():
    clause = Clause("have", NounPhrase(ME, det=""), obj=NounPhrase(CAT, det="number", plural=True, number=2))
    assert _say(clause) == ("i have two cats", "j'ai deux chats", "나는 고양이가 두 마리 있다")


def test_questions_and_imperatives():
    clause = Clause("action", NounPhrase(YOU, det=""), mood="wh", wh="what", verb=EAT, obj=NounPhrase(CAT))
    assert _say(clause) == ("what do you eat", "qu'est-ce que tu manges", "너는 무엇을 먹니")
    clause = Clause("action", None, mood="imperative", verb=EAT, obj=NounPhrase(CAT), negated=True)
    assert _say(clause) == ("do not eat the cat", "ne mange pas le chat", "고양이를 먹지 마라")


def test_every_word_carries_a_key_and_every_target_word_aligns():
    sampler = Sampler(load())
    rng = random.Random(7)
    unaligned = 0
    for _ in range(300):
        sentence = sampler.sentence(rng)
        en = english.sentence_tokens(sentence)
        keys = {k for _, k, _ in en}
        for realise in (french.sentence_tokens, korean.sentence_tokens):
            for _word, key, also in realise(sentence):
                unaligned += key not in keys and not set(also) & keys
    assert unaligned < 0.08 * 300 * 2 * 6  # particles and "est-ce que" may align to nothing


def test_korean_to_english_is_a_function():
    """After canonicalisation, no Korean sentence has two different English translations."""
    sampler = Sampler(load())
    rng = random.Random(3)
    seen: dict[tuple, tuple] = {}
    for _ in range(3000):
        sentence = canonical_for_korean(sampler.sentence(rng))
        ko = tuple(w for w, _, _ in korean.sentence_tokens(sentence))
        en = tuple(w for w, _, _ in english.sentence_tokens(sentence))
        assert seen.setdefault(ko, en) == en, (ko, seen[ko], en)


def test_korean_is_written_as_stems_endings_and_particles():
    clause = Clause("action", NounPhrase(ME, det=""), tense="past", verb=DRINK, obj=NounPhrase(WATER, det="bare"))
    tokens = [w for w, _, _ in korean.sentence_tokens(Sentence([clause]))]
    assert tokens == ["나", "-는", "물", "-을", "마시", "~었다"]
    assert korean_phrases.join(tokens) == "나는 물을 마셨다"
    assert korean_phrases.analyse("마셨다") == ("마시", "~었다")


# Typed Korean read back as the grammar writes it: tests/test_korean_reading.py (≥ 99.3% of generated sentences).


WE = Pronoun("we", "us", "our", 3, "nous", "nous", "nous", "nous", "notre", "notre", "nos", "m", "우리", "우리를", "우리")
APPLE = Noun("apple", "apples", "count", "pomme", "f", "pommes", "", "사과", "개", "food")


def test_a_plural_subject_takes_a_plural_predicate():
    clause = Clause("be_noun", NounPhrase(WE, det=""), predicate=NounPhrase(STUDENT, det="a", plural=True))
    assert _say(clause) == ("we are students", "nous sommes étudiants", "우리는 학생이다")
    clause = Clause("this_is", None, demonstrative="that", predicate=NounPhrase(APPLE, det="a", plural=True))
    assert _say(clause) == ("those are apples", "ce sont des pommes", "저것들은 사과다")


def test_sampled_plural_predicates_agree_in_every_language():
    sampler, rng = Sampler(load()), random.Random(11)
    clauses = [c for c in (sampler.clause(rng, statement_only=True) for _ in range(3000)) if c.kind == "be_noun"]
    plural = [c for c in clauses if c.subject.person in (3, 4, 5)]
    assert plural and all(c.predicate.plural for c in plural)
    for clause in plural[:20]:
        en = english.sentence_tokens(Sentence([clause]))
        assert not [w for w, key, _ in en if key == "c0.p.det" and w in ("a", "an")], en
        assert " est " not in f" {_say(clause)[1]} ", _say(clause)


TOM = Name("tom", "Tom", "톰", "male", "")
ANNA = Name("anna", "Anna", "안나", "female", "")
FRIEND = Noun("friend", "friends", "count", "ami", "m", "amis", "amie", "친구", "명", "person")
TEA = Noun("tea", "tea", "mass", "thé", "m", "thés", "", "차", "잔", "drink")
COFFEE = Noun("coffee", "coffee", "mass", "café", "m", "cafés", "", "커피", "잔", "drink")
WANT = Verb(
    "want", "wants", "wanted", "wanted", "wanting", "vouloir", ("veux", "veux", "veut", "voulons", "voulez", "veulent"),
    "voudr", "voulu", "avoir", "irr", False, "direct", "원하다", "하다", "을", ("drink",), "",
)  # fmt: skip


def test_coordinated_subjects_agree_in_the_plural():
    tom_and_anna = NounPhrase(TOM, det="", coordinated=NounPhrase(ANNA, det=""))
    clause = Clause("be_noun", tom_and_anna, predicate=NounPhrase(FRIEND, det="a", plural=True))
    assert _say(clause) == ("tom and anna are friends", "Tom et Anna sont amis", "톰과 안나는 친구다")
    brother_and_i = NounPhrase(FRIEND, det="poss", owner=ME, coordinated=NounPhrase(ME, det=""))
    clause = Clause("action", brother_and_i, verb=GO, place=Place("to", NounPhrase(SCHOOL)))
    en, fr, ko = _say(clause)
    assert (en, fr) == ("my friend and i go to school", "mon ami et moi allons à l'école")
    assert ko.startswith("내 친구와 ")


def test_coordinated_objects_repeat_the_french_determiner():
    tea_or_coffee = NounPhrase(TEA, det="bare", coordinated=NounPhrase(COFFEE, det="bare"), conj="or")
    clause = Clause("action", NounPhrase(YOU, det=""), mood="yes_no", verb=WANT, obj=tea_or_coffee)
    assert _say(clause) == ("do you want tea or coffee", "est-ce que tu veux du thé ou du café", "너는 차나 커피를 원하니")
    clause = Clause("action", NounPhrase(ME, det=""), verb=LOVE, obj=replace(tea_or_coffee, conj="and"))
    assert _say(clause)[1:] == ("j'aime le thé et le café", "나는 차와 커피를 사랑한다")


def _lexicon_verb(en: str) -> Verb:
    return next(v for v in load().verbs if v.en == en)


def test_affirmative_imperatives_put_the_french_pronoun_after_the_verb():
    him, me = (next(p for p in load().pronouns if p.en == w) for w in ("he", "i"))
    clause = Clause("action", None, mood="imperative", verb=_lexicon_verb("help"), obj=NounPhrase(me, det=""))
    en, fr, ko = _say(clause)
    assert (en, fr) == ("help me", "aide-moi") and ko.startswith("나를 ")
    clause = Clause("action", None, mood="imperative", verb=_lexicon_verb("listen to"), obj=NounPhrase(me, det=""))
    assert _say(clause)[:2] == ("listen to me", "écoute-moi")
    clause = Clause("action", None, mood="imperative", verb=_lexicon_verb("call"), obj=NounPhrase(him, det=""))
    assert _say(clause)[:2] == ("call him", "appelle-le")
    clause.negated = True
    assert _say(clause)[:2] == ("do not call him", "ne l'appelle pas")


def test_imperatives_never_address_their_own_object():
    sampler, rng = Sampler(load()), random.Random(5)
    for _ in range(3000):
        clause = sampler.clause(rng)
        if clause.mood in ("imperative", "lets") and clause.obj is not None and clause.obj.is_pronoun:
            assert clause.obj.person != 1 and (clause.mood == "imperative" or clause.obj.person not in (0, 3))


def test_negation_turns_the_partitive_into_de_in_every_tense():
    never = next(a for a in load().adverbs if a.en == "never")
    he = next(p for p in load().pronouns if p.en == "he")
    clause = Clause("action", NounPhrase(he, det=""), verb=DRINK, obj=NounPhrase(WATER, det="bare"), adverb=never)
    assert _say(clause)[:2] == ("he never drinks water", "il ne boit jamais d'eau")
    cat = NounPhrase(CAT, det="poss", owner=ME)
    expected = {
        "present": "mon chat ne mange pas de",
        "past": "mon chat n'a pas mangé de",
        "future": "mon chat ne mangera pas de",
        "going_to": "mon chat ne va pas manger de",
    }
    for tense, french_start in expected.items():
        clause = Clause("action", cat, tense=tense, negated=True, verb=EAT, obj=NounPhrase(APPLE, det="a"))
        assert _say(clause)[1] == french_start + " pomme", tense
    clause = Clause("action", cat, negated=True, modal="want", verb=EAT, obj=NounPhrase(APPLE, det="bare", plural=True))
    assert _say(clause)[1] == "mon chat ne veut pas manger de pommes"


def test_a_persons_hunger_thirst_fear_and_cold_are_avoir_idioms_in_french():
    adjectives = {a.en: a for a in load().adjectives}
    we = NounPhrase(WE, det="")
    clause = Clause("be_adj", we, adjective=adjectives["hungry"])
    assert _say(clause) == ("we are hungry", "nous avons faim", "우리는 배고프다")
    clause = Clause("be_adj", NounPhrase(YOU, det=""), tense="past", negated=True, adjective=adjectives["thirsty"])
    assert _say(clause)[:2] == ("you were not thirsty", "tu n'avais pas soif")
    clause = Clause("be_adj", NounPhrase(SHE, det=""), tense="going_to", adjective=adjectives["scared"])
    assert _say(clause)[1] == "elle va avoir peur"
    clause = Clause("be_adj", NounPhrase(ME, det=""), adjective=adjectives["cold"])
    assert _say(clause) == ("i am cold", "j'ai froid", "나는 춥다")
    clause = Clause("be_adj", NounPhrase(WATER), adjective=adjectives["cold"])  # a thing: être, 차갑다
    assert _say(clause) == ("the water is cold", "l'eau est froide", "물은 차갑다")


def test_weather_takes_time_place_and_degree_like_any_clause():
    times = {t.en: t for t in load().times}
    seoul = next(n for n in load().names if n.en == "seoul")
    very = next(a for a in load().adverbs if a.en == "very")
    clause = Clause("weather", None, weather="cold", time=times["today"])
    assert _say(clause) == ("it is cold today", "il fait froid aujourd'hui", "오늘은 춥다")
    clause = Clause("weather", None, weather="snow", tense="past", time=times["last night"])
    # rain and snow are the subject (눈이), so the time is no topic: 어젯밤에 눈이 왔다
    assert _say(clause) == ("it snowed last night", "il a neigé hier soir", "어젯밤에 눈이 왔다")
    clause = Clause("weather", None, weather="snow", tense="future", time=times["tomorrow"], place=Place("in", NounPhrase(seoul)))
    assert _say(clause) == ("it will snow in seoul tomorrow", "il neigera à Séoul demain", "내일 서울에 눈이 올 것이다")
    clause = Clause("weather", None, weather="cold", time=times["tomorrow"], place=Place("in", NounPhrase(seoul)))
    assert _say(clause)[2] == "서울에는 내일 춥다"
    clause = Clause("weather", None, weather="hot", degree=very)
    assert _say(clause)[:2] == ("it is very hot", "il fait très chaud")


def test_set_phrases_name_greeting_clock_and_day():
    lex = load()
    she, you = (next(p for p in lex.pronouns if p.en == w) for w in ("she", "you"))
    anna = next(n for n in lex.names if n.en == "anna")
    monday = next(n for n in lex.nouns if n.en == "monday")
    clause = Clause("name", NounPhrase(she, det=""), predicate=NounPhrase(anna, det=""))
    assert _say(clause) == ("her name is anna", "elle s'appelle Anna", "그녀의 이름은 안나다")
    clause = Clause("name", NounPhrase(you, det=""), mood="wh", wh="what")
    assert _say(clause) == ("what is your name", "comment tu t'appelles", "너의 이름은 무엇이니")
    clause = Clause("greeting", NounPhrase(you, det=""), mood="wh", wh="what")
    assert _say(clause) == ("how are you", "comment vas-tu", "너는 어떻게 지내니")
    assert _say(Clause("clock", None, mood="wh", wh="what")) == ("what time is it", "quelle heure est-il", "몇 시니")
    assert _say(Clause("clock", None, age=7)) == ("it is seven", "il est sept heures", "일곱 시다")
    clause = Clause("day", None, predicate=NounPhrase(monday, det="bare"))
    assert _say(clause) == ("today is monday", "aujourd'hui c'est lundi", "오늘은 월요일이다")
    clause.tense = "future"
    assert _say(clause) == ("tomorrow will be monday", "demain ce sera lundi", "내일은 월요일일 것이다")


def test_english_article_before_u():
    assert [english_phrases._article(w) for w in ("unfair", "ugly", "umbrella", "university", "useful", "apple", "hour")] == [
        "an", "an", "an", "a", "a", "an", "an",
    ]  # fmt: skip


def test_two_languages_are_spoken_without_articles():
    nouns = {n.en: n for n in load().nouns}
    langs = NounPhrase(nouns["english"], det="bare", coordinated=NounPhrase(nouns["french"], det="bare"))
    clause = Clause("action", NounPhrase(TOM, det=""), verb=_lexicon_verb("speak"), obj=langs)
    en, fr, ko = _say(clause)
    assert (en, fr) == ("tom speaks english and french", "Tom parle anglais et français")
    assert ko.startswith("톰") and "영어와" in ko


def test_french_eats_meals_with_verbs_of_their_own():
    lex = load()
    eat, tv = next(v for v in lex.verbs if v.en == "eat"), next(n for n in lex.nouns if n.en == "tv")
    watch = next(v for v in lex.verbs if v.en == "watch")
    meal = {n.en: n for n in lex.nouns if n.en in ("breakfast", "lunch", "dinner")}
    we = NounPhrase(next(p for p in lex.pronouns if p.en == "we"), det="")
    clause = Clause("action", we, verb=eat, obj=NounPhrase(meal["dinner"], det="bare"))
    assert _say(clause)[1] == "nous dînons"
    clause.tense, clause.negated = "past", True
    assert _say(clause)[1] == "nous n'avons pas dîné"
    clause.obj, clause.negated = NounPhrase(meal["breakfast"], det="bare"), False
    assert _say(clause)[1] == "nous avons pris le petit-déjeuner"
    assert _say(Clause("action", we, verb=watch, obj=NounPhrase(tv, det="bare")))[1] == "nous regardons la télé"
