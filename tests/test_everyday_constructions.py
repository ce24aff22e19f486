"""Constructions students type on day one, realised in all three languages, and the one English
reading Korean→English gives each: cities as subjects and objects, "I am from Korea", "the shop
opens at nine", "listen to me", "this is my friend", "there is a problem", "tired but happy",
sunny / cloudy weather, and the Korean a scene or a command is written in."""

from __future__ import annotations

import random

from models.tasks.everyday import (
    companions,
    english,
    french,
    french_words,
    korean,
    korean_phrases,
    measures,
    named_people,
    set_phrases,
)
from models.tasks.everyday.korean_canonical import canonical_for_korean
from models.tasks.everyday.lexicon import load
from models.tasks.everyday.questions import WEATHER_TIMES
from models.tasks.everyday.sampler import Sampler
from models.tasks.everyday.task import TASKS
from models.tasks.everyday.tree import Clause, NounPhrase, Place, Sentence
from models.tasks.everyday.two_clauses import condition_and_result, reason_and_result

LEX = load()


def _row(rows, en):
    return next(r for r in rows if r.en == en)


def noun(en, det="the", **kw):
    return NounPhrase(_row(LEX.nouns, en), det=det, **kw)


def name(en):
    return NounPhrase(_row(LEX.names, en), det="")


def pron(en):
    return NounPhrase(_row(LEX.pronouns, en), det="")


def verb(en):
    return _row(LEX.verbs, en)


def adjective(en):
    return _row(LEX.adjectives, en)


def say(clause: Clause) -> tuple[str, str, str]:
    s = Sentence([clause])
    return (
        " ".join(w for w, _, _ in english.sentence_tokens(s)),
        french_words.join([w for w, _, _ in french.sentence_tokens(s)]),
        korean_phrases.join([w for w, _, _ in korean.sentence_tokens(s)]),
    )


def read_back(clause: Clause) -> tuple[str, str]:
    """(the Korean, the English a Korean→English model learns for it)."""
    s = canonical_for_korean(Sentence([clause]))
    return (
        korean_phrases.join([w for w, _, _ in korean.sentence_tokens(s)]),
        " ".join(w for w, _, _ in english.sentence_tokens(s)),
    )


def test_cities_are_subjects_and_objects():
    big_city = noun("city", det="a", adjectives=[adjective("big")])
    assert say(Clause("be_noun", name("paris"), predicate=big_city)) == (
        "paris is a big city",
        "Paris est une grande ville",
        "파리는 큰 도시다",
    )
    visit = Clause("action", pron("we"), tense="past", verb=verb("visit"), obj=name("tokyo"))
    assert say(visit) == ("we visited tokyo", "nous avons visité Tokyo", "우리는 도쿄를 방문했다")
    assert say(Clause("be_place", name("seoul"), place=Place("in", name("korea"))))[2] == "서울은 한국에 있다"


def test_where_people_are_from():
    clause = Clause("be_from", name("anna"), place=Place("from", name("france")))
    assert say(clause) == ("anna is from france", "Anna vient de France", "안나는 프랑스에서 왔다")
    assert read_back(clause) == ("안나는 프랑스에서 왔다", "anna is from france")


def test_a_shop_opens_and_closes_its_door_in_korean():
    clause = Clause("action", noun("shop"), verb=verb("open"), time=_row(LEX.times, "at nine"))
    assert say(clause) == ("the shop opens at nine", "le magasin ouvre à neuf heures", "가게는 아홉 시에 문을 연다")
    # Korean cannot tell "the shop opens the door" from "the shop opens": one English reading
    with_door = Clause("action", noun("shop"), verb=verb("open"), obj=noun("door"))
    assert read_back(with_door) == ("가게는 문을 연다", "the shop opens")


def test_one_listens_to_a_persons_words():
    clause = Clause("action", pron("he"), verb=verb("listen to"), obj=pron("i"))
    assert say(clause) == ("he listens to me", "il m'écoute", "그는 내 말을 듣는다")
    teacher = Clause("action", pron("we"), verb=verb("listen to"), obj=noun("teacher"))
    assert say(teacher)[2] == "우리는 선생님의 말을 듣는다"
    assert read_back(clause) == ("그는 내 말을 듣는다", "he listens to me")


def sampled_clauses(n: int = 3000, seed: int = 0):
    sampler, rng = Sampler(LEX), random.Random(seed)
    for _ in range(n):
        yield from sampler.sentence(rng).clauses


def test_no_one_hears_a_horse_so_mal_is_always_words():
    for clause in sampled_clauses():
        if clause.verb is not None and clause.verb.ko_dict == "듣다" and clause.obj is not None:
            assert getattr(clause.obj.head, "ko", "") != "말"


def test_a_person_is_introduced_as_this_person_in_korean():
    friend = noun("friend", det="poss", owner=_row(LEX.pronouns, "i"))
    clause = Clause("this_is", None, predicate=friend, demonstrative="that")
    assert say(clause) == ("that is my friend", "c'est mon ami", "저 사람은 내 친구다")
    things = Clause("this_is", None, predicate=noun("book", det="a"))
    assert say(things)[2] == "이것은 책이다"
    # "this person is my friend" is the same Korean, read as the introduction
    person = Clause("be_noun", noun("person", det="this"), predicate=friend)
    assert read_back(person) == ("이 사람은 내 친구다", "this is my friend")


def test_there_is_without_a_place():
    clause = Clause("there_is", None, predicate=noun("problem", det="a"))
    assert say(clause) == ("there is a problem", "il y a un problème", "문제가 있다")


def test_two_adjectives_joined_by_and_or_but():
    clause = Clause("be_adj", pron("she"), adjective=adjective("tired"), adjective2=adjective("happy"), adj_conj="but")
    assert say(clause) == ("she is tired but happy", "elle est fatiguée mais heureuse", "그녀는 피곤하지만 행복하다")
    room = Clause("be_adj", noun("room"), tense="past", adjective=adjective("small"), adjective2=adjective("clean"))
    assert say(room) == ("the room was small and clean", "la chambre était petite et propre", "방은 작고 깨끗했다")
    assert read_back(clause)[1] == "she is tired but happy"


def test_sunny_and_cloudy():
    tomorrow = _row(LEX.times, "tomorrow")
    clause = Clause("weather", None, weather="sunny", tense="future", time=tomorrow)
    assert say(clause) == ("it will be sunny tomorrow", "il fera beau demain", "내일은 맑을 것이다")
    assert say(Clause("weather", None, weather="cloudy")) == ("it is cloudy", "il fait gris", "흐리다")
    assert read_back(clause)[1] == "it will be sunny tomorrow"


def test_a_scene_takes_the_subject_particle_a_person_named_the_topic():
    park = Place("in", noun("park"))
    dog = Clause("action", noun("dog"), tense="progressive", verb=verb("run"), place=park)
    assert say(dog)[2] == "개가 공원에서 달리고 있다"
    tom = Clause("action", name("tom"), tense="progressive", verb=verb("run"), place=park)
    assert say(tom)[2] == "톰은 공원에서 달리고 있다"
    assert say(Clause("action", noun("dog"), verb=verb("run")))[2] == "개는 달린다"


def test_a_command_leaves_out_whose():
    hands = noun("hand", det="poss", plural=True, owner=_row(LEX.pronouns, "you"))
    clause = Clause("action", None, mood="imperative", verb=verb("wash"), obj=hands)
    assert say(clause) == ("wash your hands", "lave tes mains", "손을 씻어라")
    assert read_back(clause)[1] == "wash the hands"


def test_places_drop_the_only_after_to_at_in():
    bed = Clause("be_place", noun("cat"), place=Place("under", noun("bed")))
    assert say(bed)[0] == "the cat is under the bed"
    sleep = Clause("action", pron("i"), verb=verb("go"), place=Place("to", noun("bed")))
    assert say(sleep)[0] == "i go to bed"


def test_korean_reads_as_natural_english():
    me = _row(LEX.pronouns, "i")
    piano = Clause("action", pron("i"), verb=verb("learn"), obj=noun("piano", det="a"))
    assert read_back(piano)[1] == "i learn the piano"
    phone = noun("phone", det="poss", owner=me)
    looking = Clause("action", pron("i"), tense="progressive", verb=verb("look for"), obj=phone)
    assert read_back(looking)[1] == "i am looking for my phone"
    parents = noun("parent", det="poss", owner=_row(LEX.pronouns, "we"))
    assert read_back(Clause("action", parents, verb=verb("sell"), obj=noun("car")))[1] == "my parents sell a car"
    bike = Clause("action", pron("he"), tense="past", verb=verb("buy"), obj=noun("bike", det="a", adjectives=[adjective("new")]))
    assert read_back(bike) == ("그는 새 자전거를 샀다", "he bought a new bike")


def test_state_verbs_are_never_progressive():
    seen = 0
    for clause in sampled_clauses(seed=1):
        if clause.verb is not None and clause.verb.en in ("need", "know", "want", "like"):
            seen += 1
            assert clause.tense != "progressive"
    assert seen >= 20  # the check saw the verbs it is about


def test_a_korean_word_with_two_meanings_reads_as_the_one_the_sentence_allows():
    """차 is "car" and "tea", 불 "fire" and "light": the verb and the noun beside it decide."""
    drink = Clause("action", pron("i"), verb=verb("drink"), obj=noun("tea", det="bare"))
    assert read_back(drink) == ("나는 차를 마신다", "i drink tea")
    both = noun("tea", det="bare", coordinated=noun("coffee", det="bare"))
    assert read_back(Clause("action", pron("i"), verb=verb("like"), obj=both))[1] == "i like tea and coffee"
    assert read_back(Clause("action", pron("i"), verb=verb("sell"), obj=noun("car", det="a")))[1] == "i sell a car"
    light = Clause("action", None, verb=verb("turn off"), obj=noun("light"), mood="imperative")
    assert read_back(light) == ("불을 꺼라", "turn off the light")


def test_korean_bare_nouns_take_the_article_english_gives_them():
    assert read_back(Clause("action", pron("we"), verb=verb("see"), obj=noun("sea", det="a")))[1] == "we see the sea"
    pizza = Clause("action", pron("they"), tense="past", verb=verb("eat"), obj=noun("pizza", det="a"))
    assert read_back(pizza) == ("그들은 피자를 먹었다", "they ate pizza")
    tv = Clause("action", pron("they"), verb=verb("watch"), obj=noun("television", det="the"))
    assert read_back(tv)[1] == "they watch television"
    small = Clause("action", pron("we"), verb=verb("live"), place=Place("in", noun("house", adjectives=[adjective("small")])))
    assert read_back(small) == ("우리는 작은 집에 산다", "we live in a small house")


def test_what_time_is_it_now():
    now = _row(LEX.times, "now")
    question = Clause("clock", pron("it"), mood="wh", wh="what", time=now)
    assert say(question) == ("what time is it now", "quelle heure est-il maintenant", "지금 몇 시니")


def test_a_pair_is_plural_in_english_and_takes_no_deul_in_korean():
    those = Clause("be_adj", noun("shoe", det="that"), adjective=adjective("small"))
    assert read_back(those) == ("저 신발은 작다", "those shoes are small")
    mine = Clause("be_adj", noun("sock", det="poss", plural=True, owner=_row(LEX.pronouns, "i")), adjective=adjective("wet"))
    assert say(mine)[2] == "내 양말은 축축하다"


def test_a_noun_with_hada_is_the_hada_verb():
    """샤워를 하다 and 샤워하다 both say "take a shower", as the grammar and as a student write it."""
    shower = Clause("action", pron("i"), tense="future", verb=verb("do"), obj=noun("shower", det="a"))
    assert read_back(shower) == ("나는 샤워할 것이다", "i will take a shower")
    task = TASKS["ko-en"]
    known = frozenset(task.source_vocabulary())
    assert task.tokenize("나는 샤워를 할 것이다.", known) == task.tokenize("나는 샤워할 것이다.", known)
    assert task.tokenize("나는 숙제를 했다.", known)[2:4] == ["숙제", "-를"]  # no 숙제하다: the noun stays


def test_one_takes_the_bus_and_a_taxi():
    """타다 with a vehicle is "take", prendre; Korean→English says "the bus" (the service) and "a taxi"."""
    bus = Clause("action", pron("he"), verb=verb("take"), obj=noun("bus", det="a"))
    assert say(bus) == ("he takes a bus", "il prend un bus", "그는 버스를 탄다")
    assert read_back(bus) == ("그는 버스를 탄다", "he takes the bus")
    taxi = Clause("action", pron("we"), tense="past", verb=verb("take"), obj=noun("taxi"))
    assert read_back(taxi) == ("우리는 택시를 탔다", "we took a taxi")


def test_a_best_friend():
    anna = Clause("be_noun", name("anna"), predicate=noun("best friend", det="poss", owner=_row(LEX.pronouns, "i")))
    english_, french_, korean_ = say(anna)
    assert (english_, french_) == ("anna is my best friend", "Anna est ma meilleure amie")
    assert korean_ in ("안나는 내 가장 친한 친구다", "안나는 내 가장 친한 친구이다")


def _say_two(first: Clause, second: Clause, conjunction: str) -> tuple[str, str, str]:
    s = Sentence([first, second], conjunction)
    return (
        " ".join(w for w, _, _ in english.sentence_tokens(s)),
        french_words.join([w for w, _, _ in french.sentence_tokens(s)]),
        korean_phrases.join([w for w, _, _ in korean.sentence_tokens(s)]),
    )


def test_so_puts_the_reason_first_with_a_tenseless_connective():
    hungry = Clause("be_adj", pron("i"), tense="past", adjective=adjective("hungry"))
    ate = Clause("action", pron("i"), tense="past", verb=verb("eat"), obj=noun("sandwich", det="a"))
    assert _say_two(hungry, ate, "so") == (
        "i was hungry so i ate a sandwich",
        "j'avais faim donc j'ai mangé un sandwich",
        "나는 배고파서 샌드위치를 먹었다",  # one 나는: Korean does not repeat the subject
    )
    tired = Clause("be_adj", pron("she"), adjective=adjective("tired"))
    sleeps = Clause("action", pron("he"), verb=verb("sleep"))
    assert _say_two(tired, sleeps, "so")[2] == "그녀가 피곤해서 그는 잔다"  # two people: both stay, the reason's with 이/가


def test_because_turns_the_korean_round_and_keeps_the_tense():
    stayed = Clause(
        "action", pron("we"), tense="past", verb=verb("stay"), place=Place("at", NounPhrase(_row(LEX.nouns, "home"), det="the"))
    )
    rained = Clause("weather", None, tense="past", weather="rain")
    english_, french_, korean_ = _say_two(stayed, rained, "because")
    assert english_.endswith("because it rained") and french_.endswith("parce qu'il a plu")
    assert korean_.startswith("비가 왔기 때문에 우리는")
    tokens = [w for w, _, _ in korean.sentence_tokens(Sentence([stayed, rained], "because"))]
    assert tokens[:5] == ["비", "-가", "오", "~었기", "때문에"]


def test_a_shared_subject_aligns_to_both_english_subjects():
    hungry = Clause("be_adj", pron("i"), adjective=adjective("hungry"))
    eat = Clause("action", pron("i"), verb=verb("eat"), obj=noun("apple", det="a"))
    korean_tokens = korean.sentence_tokens(Sentence([eat, hungry], "because"))
    me = next(t for t in korean_tokens if t[0] == "나")
    assert me[1] == "c1.s.noun" and "c0.s.noun" in me[2]


def test_the_reason_of_so_has_the_tense_of_its_result():
    sampler, rng = Sampler(LEX), random.Random(4)
    for conjunction in ("so", "because") * 150:
        s = reason_and_result(sampler, rng, conjunction)
        reason, result = (s.clauses[0], s.clauses[1]) if conjunction == "so" else (s.clauses[1], s.clauses[0])
        assert reason.tense in ("present", "progressive", "past")
        if conjunction == "so":
            assert (reason.tense == "past") == (result.tense == "past")
        korean.sentence_tokens(s)  # every reason ends in a word Korean can connect


def test_typed_reasons_read_as_the_grammar_writes_them():
    task = TASKS["ko-en"]
    assert task.tokenize("나는 배가 고파서 샌드위치를 먹었다") == [
        "나",
        "-는",
        "배",
        "-가",
        "고프",
        "~어서",
        "샌드위치",
        "-를",
        "먹",
        "~었다",
    ]
    assert task.tokenize("비가 왔기 때문에 집에 있었다")[:5] == ["비", "-가", "오", "~었기", "때문에"]
    assert task.tokenize("그는 의사여서 바쁘다")[2:4] == ["의사", "-여서"]
    assert task.tokenize("그는 의사이기 때문에 바쁘다")[2:5] == ["의사", "-이기", "때문에"]


def test_many_is_said_where_each_language_says_it():
    people = noun("person", det="many", plural=True)
    street = Place("in", noun("street"))
    crowd = Clause("there_is", None, predicate=people, place=street)
    assert say(crowd) == ("there are many people in the street", "il y a beaucoup de gens dans la rue", "거리에 사람이 많다")
    friends = Clause("have", pron("i"), obj=noun("friend", det="many", plural=True), negated=True)
    assert say(friends) == ("i do not have many friends", "je n'ai pas beaucoup d'amis", "나는 친구가 많지 않다")
    books = Clause("action", pron("she"), verb=verb("read"), obj=noun("book", det="many", plural=True))
    assert say(books) == ("she reads many books", "elle lit beaucoup de livres", "그녀는 책을 많이 읽는다")
    water = Clause("action", pron("we"), tense="past", verb=verb("drink"), obj=noun("water", det="many"))
    assert say(water)[:2] == ("we drank a lot of water", "nous avons bu beaucoup d'eau")


def test_korean_many_times_reads_as_many_whichever_english_wrote_it():
    a_lot = next(a for a in LEX.adverbs if a.en == "a lot")
    books_a_lot = Clause("action", pron("she"), verb=verb("read"), obj=noun("book", det="a", plural=True), adverb=a_lot)
    assert read_back(books_a_lot) == ("그녀는 책을 많이 읽는다", "she reads many books")


def test_a_lot_of_before_a_plural_is_read_as_many():
    assert TASKS["en-fr"].tokenize("I have lots of good friends.") == ["i", "have", "many", "good", "friends"]
    assert TASKS["en-fr"].tokenize("I drink a lot of water") == ["i", "drink", "a", "lot", "of", "water"]
    assert TASKS["ko-en"].tokenize("거리에 사람들이 많다") == ["거리", "-에", "사람들", "-이", "많", "~다"]


def _favorite(category: str, answer, owner="i", mood="statement") -> Clause:
    head = next(n for n in LEX.nouns if n.en == category)
    subject = NounPhrase(head, det="poss", owner=_row(LEX.pronouns, owner), favorite=True)
    return Clause("favorite", subject, mood=mood, predicate=answer, wh="what" if mood == "wh" else None)


def test_a_favourite_in_each_language():
    pizza = _favorite("food", NounPhrase(_row(LEX.nouns, "pizza"), det=""))
    assert say(pizza) == ("my favorite food is pizza", "mon plat préféré est la pizza", "내가 가장 좋아하는 음식은 피자다")
    cat = _favorite("animal", NounPhrase(_row(LEX.nouns, "cat"), det=""), owner="she")
    assert say(cat) == (
        "her favorite animal is the cat",
        "son animal préféré est le chat",
        "그녀가 가장 좋아하는 동물은 고양이다",
    )
    color = _favorite("color", None, owner="you", mood="wh")
    assert say(color) == ("what is your favorite color", "quelle est ta couleur préférée", "네가 가장 좋아하는 색깔은 무엇이니")
    summer = _favorite("season", NounPhrase(_row(LEX.nouns, "summer"), det=""))
    assert say(summer)[1] == "ma saison préférée est l'été"


def test_a_favourite_inside_any_clause():
    book = noun("book", det="poss", owner=_row(LEX.pronouns, "he"), favorite=True)
    reads = Clause("action", pron("i"), verb=verb("read"), obj=book)
    assert say(reads) == ("i read his favorite book", "je lis son livre préféré", "나는 그가 가장 좋아하는 책을 읽는다")
    assert read_back(reads)[1] == "i read his favorite book"
    book.det = "the"  # "favorite" belongs to an owner: without one it is not written
    assert say(reads)[0] == "i read the book"


def test_typed_favourites_read_as_the_grammar_writes_them():
    task = TASKS["ko-en"]
    assert task.tokenize("제가 제일 좋아하는 색은 파란색이에요")[:6] == ["내", "-가", "제일", "좋아하", "~는", "색"]
    assert TASKS["en-fr"].tokenize("My favourite colour is green.") == ["my", "favorite", "color", "is", "green"]


def test_if_a_condition_comes_first_in_korean_whichever_order_english_says():
    tomorrow = next(t for t in LEX.times if t.en == "tomorrow")
    rains = Clause("weather", None, weather="rain", time=tomorrow, in_condition=True)
    stay = Clause("action", pron("i"), tense="future", verb=verb("stay"), place=Place("at", noun("home")))
    first = Sentence([rains, stay], "if")
    turned = Sentence([rains, stay], "if", turned=True)
    english_first = " ".join(w for w, _, _ in english.sentence_tokens(first))
    assert english_first == "if it rains tomorrow i will stay at home"
    assert " ".join(w for w, _, _ in english.sentence_tokens(turned)) == "i will stay at home if it rains tomorrow"
    assert french_words.join([w for w, _, _ in french.sentence_tokens(first)]) == "s'il pleut demain je resterai à la maison"
    korean_first = korean_phrases.join([w for w, _, _ in korean.sentence_tokens(first)])
    assert korean_first == korean_phrases.join([w for w, _, _ in korean.sentence_tokens(turned)])
    assert korean_first.startswith("내일 비가 오면 나는 집에")
    assert " ".join(w for w, _, _ in english.sentence_tokens(canonical_for_korean(turned))) == english_first


def test_if_you_are_tired_sleep():
    tired = Clause("be_adj", pron("you"), adjective=adjective("tired"))
    sleep = Clause("action", None, mood="imperative", verb=verb("sleep"))
    assert _say_two(tired, sleep, "if") == ("if you are tired sleep", "si tu es fatigué dors", "네가 피곤하면 자라")


def test_sampled_conditions_are_present_and_results_never_past():
    sampler, rng = Sampler(LEX), random.Random(8)
    for _ in range(300):
        s = condition_and_result(sampler, rng)
        condition, result = s.clauses
        assert condition.tense in ("present", "progressive") and result.tense != "past"
        assert result.mood in ("statement", "imperative")
        korean.sentence_tokens(s)  # every condition ends in a word Korean can write with -(으)면


def test_typed_conditions_read_as_the_grammar_writes_them():
    task = TASKS["ko-en"]
    assert task.tokenize("내일 비가 오면 집에 있을 거야")[:5] == ["내일", "비", "-가", "오", "~면"]
    assert task.tokenize("네가 학생이면 도서관에 가라")[:4] == ["네", "-가", "학생", "-이면"]


def test_the_same_is_always_definite():
    same = noun("school", det="a", adjectives=[adjective("same")])
    go = Clause("action", pron("we"), verb=verb("go"), place=Place("to", same))
    assert say(go) == ("we go to the same school", "nous allons à la même école", "우리는 같은 학교에 간다")
    class_ = Clause("be_noun", name("tom"), predicate=noun("student", det="a", adjectives=[adjective("same")]))
    assert read_back(class_)[1].startswith("tom is the same")


def test_must_and_need_to_read_as_have_to():
    assert TASKS["en-fr"].tokenize("She must go home.") == ["she", "has", "to", "go", "home"]
    assert TASKS["en-fr"].tokenize("I need to study") == ["i", "have", "to", "study"]
    assert TASKS["en-fr"].tokenize("I need water") == ["i", "need", "water"]


def test_want_to_be_is_become_in_korean():
    doctor = Clause("be_noun", pron("she"), modal="want", negated=True, predicate=noun("doctor", det="a"))
    assert say(doctor) == (
        "she does not want to be a doctor",
        "elle ne veut pas être médecin",
        "그녀는 의사가 되고 싶어 하지 않는다",
    )
    we = Clause("be_noun", pron("we"), modal="want", predicate=noun("teacher", det="a", plural=True))
    assert read_back(we) == ("우리는 선생님이 되고 싶다", "we want to be teachers")


def test_sorry_is_only_said_of_someone():
    sampler, rng = Sampler(LEX), random.Random(2)
    phrases = [sampler.noun_phrase(rng, ("person", "thing")) for _ in range(3000)]
    assert not any(a.en == "sorry" for np_ in phrases for a in np_.adjectives)
    sorry = Clause("be_adj", pron("i"), adjective=adjective("sorry"))
    assert say(sorry) == ("i am sorry", "je suis désolé", "나는 미안하다")


def test_a_comparison_in_each_language():
    brother = noun("brother", det="poss", owner=_row(LEX.pronouns, "i"))
    taller = Clause("be_adj", brother, adjective=adjective("tall"), than=pron("i"))
    english_, french_, korean_ = say(taller)
    assert (english_, french_) == ("my brother is taller than me", "mon frère est plus grand que moi")
    assert korean_.endswith("나보다 더 키가 크다")
    better = Clause("be_adj", noun("book", det="this"), adjective=adjective("good"), than=noun("movie", det="that"))
    assert say(better)[:2] == ("this book is better than that movie", "ce livre est meilleur que ce film")
    read = read_back(Clause("be_adj", pron("she"), adjective=adjective("busy"), than=noun("teacher", det="a")))
    assert read == ("그녀는 선생님보다 더 바쁘다", "she is busier than the teacher")


def test_the_comparative_follows_the_adjective_s_shape():
    from models.tasks.everyday.comparison import english as comparative

    shapes = {"big": "bigger", "happy": "happier", "nice": "nicer", "beautiful": "more beautiful", "tired": "more tired"}
    shapes |= {"good": "better", "bad": "worse", "simple": "simpler", "new": "newer", "expensive": "more expensive"}
    assert {a: " ".join(comparative(a)) for a in shapes} == shapes
    assert TASKS["ko-en"].tokenize("형은 나보다 더 크다")[2:5] == ["나", "-보다", "더"]


def _say_once(first: Clause, second: Clause, conjunction: str) -> tuple[str, str, str]:
    s = Sentence([first, second], conjunction, one_subject=True)
    return (
        " ".join(w for w, _, _ in english.sentence_tokens(s)),
        french_words.join([w for w, _, _ in french.sentence_tokens(s)]),
        korean_phrases.join([w for w, _, _ in korean.sentence_tokens(s)]),
    )


def test_two_actions_of_one_subject_say_it_once():
    she = pron("she")
    opened = Clause("action", she, tense="past", verb=verb("open"), obj=noun("box"))
    smiled = Clause("action", she, tense="past", verb=verb("smile"))
    assert _say_once(opened, smiled, "and") == (
        "she opened the box and smiled",
        "elle a ouvert la boîte et a souri",  # the auxiliary of the passé composé stays
        "그녀는 상자를 열고 미소 지었다",  # the tense once, at the end
    )
    we = pron("we")
    bus = NounPhrase(_row(LEX.nouns, "bus"), det="the")
    walk = Clause("action", we, modal="can", verb=verb("walk"))
    take = Clause("action", we, modal="can", verb=verb("take"), obj=bus)
    english_, french_, korean_ = _say_once(walk, take, "or")
    assert english_ == "we can walk or take the bus"
    assert french_ == "nous pouvons marcher ou prendre le bus"
    assert korean_.startswith("우리는 걷거나") and korean_.endswith("탈 수 있다")
    cook = Clause("action", pron("i"), tense="future", verb=verb("cook"))
    clean = Clause("action", pron("i"), tense="future", verb=verb("clean"))
    assert _say_once(cook, clean, "and")[0] == "i will cook and clean"


def test_what_one_subject_says_once_aligns_to_both_clauses():
    we = pron("we")
    walk = Clause("action", we, modal="can", verb=verb("walk"))
    swim = Clause("action", we, modal="can", verb=verb("swim"))
    korean_tokens = korean.sentence_tokens(Sentence([walk, swim], "or", one_subject=True))
    assert [t[1] for t in korean_tokens].count("c0.s.noun") == 1 and not any(t[1].startswith("c1.s.") for t in korean_tokens)
    can = [t for t in korean_tokens if t[1] == "c1.modal"]
    assert can and all("c0.modal" in t[2] for t in can)  # English says "can" in the first clause


def test_the_sampler_joins_two_actions_of_one_subject():
    sampler, rng = Sampler(LEX), random.Random(6)
    drawn = [sampler.sentence(rng) for _ in range(6000)]
    once = [s for s in drawn if s.one_subject]
    assert len(once) > 100
    for s in once:
        first, second = s.clauses
        assert second.subject is first.subject and second.tense == first.tense and second.modal == first.modal
        assert not first.negated and not second.negated and s.conjunction in ("and", "or")
        en = english.sentence_tokens(s)
        assert not any(key.startswith("c1.s.") for _, key, _ in en)  # the subject is said once
        ko = [w for w, _, _ in korean.sentence_tokens(s)]
        assert ko.count("-는") + ko.count("-은") + ko.count("-가") + ko.count("-이") >= 1


def test_two_actions_of_one_subject_read_back_word_for_word():
    """걷거나, 열고 as a student types them split into the stem and ending the model was trained on
    (as often as any sentence is: 쓴다 is 쓰다 "write" and 쓸다 "sweep")."""
    from models.tasks.everyday.task import sampler as task_sampler
    from models.tasks.everyday.two_clauses import one_subject_actions

    task, rng, back = TASKS["ko-en"], random.Random(9), []
    for conjunction in ("and", "or") * 100:
        source, _ = task.realise(one_subject_actions(task_sampler(), rng, conjunction), rng)
        words = [w for w, _, _ in source]
        back.append(task.tokenize(korean_phrases.join(words)) == words)
    assert sum(back) >= 0.98 * len(back)


def test_walking_somewhere_is_going_on_foot_in_french_and_korean():
    school = NounPhrase(_row(LEX.nouns, "school"), det="the")
    park = NounPhrase(_row(LEX.nouns, "park"), det="the")
    assert say(Clause("action", pron("i"), verb=verb("walk"), place=Place("to", school))) == (
        "i walk to school",
        "je vais à pied à l'école",
        "나는 학교에 걸어서 간다",
    )
    walked = say(Clause("action", pron("we"), tense="past", verb=verb("walk"), place=Place("to", park)))
    assert walked[1] == "nous sommes allés à pied au parc" and walked[2] == "우리는 공원에 걸어서 갔다"
    # with no destination, walking is a verb of its own
    assert say(Clause("action", pron("i"), verb=verb("walk"), place=Place("in", park)))[1:] == (
        "je marche dans le parc",
        "나는 공원에서 걷는다",
    )
    sampler, rng = Sampler(LEX), random.Random(2)
    walks = [c for c in (sampler.clause(rng) for _ in range(60000)) if c.verb is not None and c.verb.en == "walk" and c.place]
    to = sum(c.place.prep == "to" for c in walks)
    assert len(walks) >= 10 and 0 < to < len(walks), (to, len(walks))  # walks go somewhere, and are taken somewhere


def test_going_to_bed_is_a_verb_of_its_own():
    shower = Clause("action", pron("i"), tense="past", verb=verb("take a shower"))
    bed = Clause("action", pron("i"), tense="past", verb=verb("go to bed"))
    assert _say_once(shower, bed, "and") == (
        "i took a shower and went to bed",
        "je me suis douché et me suis couché",
        "나는 샤워하고 자러 갔다",
    )
    assert say(Clause("action", None, mood="imperative", verb=verb("go to bed"))) == ("go to bed", "couche-toi", "자러 가라")


def test_something_done_for_someone():
    cake = noun("cake", det="a")
    assert say(Clause("action", pron("we"), tense="past", verb=verb("make"), obj=cake, beneficiary=pron("you"))) == (
        "we made a cake for you",
        "nous avons fait un gâteau pour toi",  # the stressed pronoun, as after avec
        "우리는 너를 위해 케이크를 만들었다",  # before the object, with 을/를 위해
    )
    sampler, rng = Sampler(LEX), random.Random(8)
    drawn = [sampler.clause(rng) for _ in range(20000)]
    done_for = [c for c in drawn if c.beneficiary is not None]
    assert len(done_for) > 20
    for c in done_for:
        assert c.obj is not None and c.verb.en in companions.FOR_SOMEONE
        asker = c.wh == "who_subject"  # "who made it for her": the subject is the question word
        assert asker or c.subject is None or c.subject.head is not c.beneficiary.head  # no "I made it for me"
        tokens = [w for w, _, _ in korean.sentence_tokens(Sentence([c]))]
        assert "위해" in tokens


def test_what_the_weather_is_like():
    today = next(t for t in LEX.times if t.en == "today")
    asked = Clause("weather", None, mood="wh", wh="how", weather="cold", time=today)
    assert say(asked) == ("what is the weather like today", "quel temps fait-il aujourd'hui", "오늘 날씨는 어떠니")
    assert read_back(asked) == ("오늘 날씨는 어떠니", "what is the weather like today")
    assert TASKS["en-fr"].tokenize("How's the weather today?") == "what is the weather like today".split()
    sampler, rng = Sampler(LEX), random.Random(1)
    questions = [c for c in (sampler.clause(rng) for _ in range(20000)) if c.kind == "weather" and c.mood == "wh"]
    assert len(questions) > 30
    for c in questions:  # asked of now, and never "what is the weather like after school"
        assert c.tense == "present" and not c.negated and (c.time is None or c.time.en in WEATHER_TIMES)
    assert set_phrases.closed(Sentence([questions[0]]))  # a few forms: never held out of training


def test_a_drink_by_the_cup_is_counted_by_its_container():
    cup, glass, bowl = (_row(LEX.nouns, w) for w in ("cup", "glass", "bowl"))
    coffee = NounPhrase(_row(LEX.nouns, "coffee"), det="number", number=2, plural=True, measure=cup)
    assert say(Clause("action", pron("i"), verb=verb("drink"), obj=coffee)) == (
        "i drink two cups of coffee",
        "je bois deux tasses de café",
        "나는 커피 두 잔을 마신다",  # the drink, then the number and the counter
    )
    water = NounPhrase(_row(LEX.nouns, "water"), det="a", number=1, measure=glass)
    assert say(Clause("action", pron("she"), verb=verb("want"), obj=water, mood="yes_no"))[1:] == (
        "est-ce qu'elle veut un verre d'eau",
        "그녀는 물 한 잔을 원하니",  # "a" is 한
    )
    rice = NounPhrase(_row(LEX.nouns, "rice"), det="a", number=1, measure=bowl)
    assert read_back(Clause("action", pron("he"), tense="past", verb=verb("eat"), obj=rice)) == (
        "그는 밥 한 그릇을 먹었다",
        "he ate a bowl of rice",
    )
    sampler, rng = Sampler(LEX), random.Random(4)
    measured = [c.obj for c in (sampler.clause(rng) for _ in range(20000)) if c.obj is not None and c.obj.measure]
    assert len(measured) > 20
    for np_ in measured:  # tea in cups, water in glasses or bottles: Korean 잔 reads back one way
        assert np_.head.en in measures.CONTAINERS[np_.measure.en][0] and np_.det in ("a", "number")


def test_a_person_named_after_who_they_are_to_us():
    me = _row(LEX.pronouns, "i")
    friend = NounPhrase(_row(LEX.nouns, "friend"), det="poss", owner=me, named=_row(LEX.names, "anna"))
    assert say(Clause("this_is", None, demonstrative="this", predicate=friend)) == (
        "this is my friend anna",
        "c'est mon amie Anna",  # the name's gender
        "이 사람은 내 친구 안나다",
    )
    brother = NounPhrase(_row(LEX.nouns, "brother"), det="poss", owner=me, named=_row(LEX.names, "tom"))
    assert say(Clause("be_noun", brother, predicate=noun("doctor", det="a"))) == (
        "my brother tom is a doctor",
        "mon frère Tom est médecin",
        "내 남동생 톰은 의사다",
    )
    assert not named_people.fits(_row(LEX.nouns, "sister"), _row(LEX.names, "tom"))
    a_friend = NounPhrase(_row(LEX.nouns, "friend"), det="a", named=_row(LEX.names, "anna"))
    assert say(Clause("be_noun", pron("she"), predicate=a_friend))[0] == "she is a friend"  # named only while possessed


def test_what_and_a_noun_asks_which_one():
    color = NounPhrase(_row(LEX.nouns, "color"), det="what")
    assert say(Clause("action", pron("you"), mood="wh", wh="which", verb=verb("like"), obj=color)) == (
        "what color do you like",
        "quelle couleur est-ce que tu aimes",
        "너는 무슨 색깔을 좋아하니",
    )
    books = NounPhrase(_row(LEX.nouns, "book"), det="what", plural=True)
    read = Clause("action", pron("she"), tense="past", mood="wh", wh="which", verb=verb("read"), obj=books)
    assert say(read)[1] == "quels livres est-ce qu'elle a lus"  # the participle agrees with the object before it
    assert read_back(read) == ("그녀는 무슨 책을 읽었니", "what book did she read")  # 무슨 책 has no number
    assert TASKS["en-fr"].tokenize("Which colour do you like?") == "what color do you like".split()
    sampler, rng = Sampler(LEX), random.Random(4)
    asked = [c for c in (sampler.clause(rng) for _ in range(20000)) if c.wh == "which"]
    assert len(asked) > 30 and all(c.obj.det == "what" and not c.obj.adjectives for c in asked)


def test_a_list_of_three_is_written_with_a_comma_and_read_without():
    eggs = NounPhrase(_row(LEX.nouns, "egg"), det="bare", plural=True)
    milk = NounPhrase(_row(LEX.nouns, "milk"), det="bare", coordinated=eggs)
    bread = NounPhrase(_row(LEX.nouns, "bread"), det="bare", coordinated=milk, conj="list")
    mother = NounPhrase(_row(LEX.nouns, "mother"), det="poss", owner=_row(LEX.pronouns, "i"))
    bought = Sentence([Clause("action", mother, tense="past", verb=verb("buy"), obj=bread)])
    assert TASKS["en-fr"].detokenize([w for w, _, _ in TASKS["en-fr"].realise(bought)[1]]) == (
        "ma mère a acheté du pain, du lait et des œufs"
    )
    korean_ = TASKS["en-ko"].detokenize([w for w, _, _ in TASKS["en-ko"].realise(bought)[1]])
    assert korean_ == "우리 어머니는 빵, 우유, 달걀을 샀다"  # a comma between every part
    assert TASKS["en-fr"].tokenize("My mother bought bread, milk and eggs.") == "my mother bought bread milk and eggs".split()
    rng = random.Random(4)
    for _ in range(3000):  # the training source never holds a comma: typed text is read without them
        assert "," not in TASKS["ko-en"].sample(rng).src


def test_a_plural_the_model_never_saw_is_read_as_its_singular():
    task = TASKS["en-ko"]
    assert task.tokenize("Wash your hands.", frozenset({"wash", "your", "hand"})) == ["wash", "your", "hand"]
    assert task.tokenize("Wash your hands.", frozenset({"wash", "your", "hand", "hands"}))[-1] == "hands"  # seen: kept
    assert task.tokenize("I like glasses", frozenset({"i", "like"}))[-1] == "glasses"  # neither seen: flagged as it is
