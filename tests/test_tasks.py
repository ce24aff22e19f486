"""Level 2: the task generators: deterministic, disjoint splits, sound gold alignments."""

import random

import pytest

from models.tasks import SPLITS, dates, en_fr, en_ko, get_task, sentences, split_of
from models.tasks.lexicon import ADJECTIVES, NOUN_BY_EN, PRONOUNS, VERBS


@pytest.mark.parametrize("name", ["dates", "en-fr", "en-ko", "ko-en", "toy-en-fr"])
def test_splits_never_share_a_sentence_and_are_deterministic(name):
    task = get_task(name)
    sets = {s: {p.src for p in task.pairs(s)} for s in SPLITS}
    assert not sets["train"] & sets["test"] and not sets["train"] & sets["validation"]
    assert not sets["validation"] & sets["test"]
    open_pairs = {s: [p.src for p in task.pairs(s) if not p.closed][:200] for s in SPLITS}
    assert all(split_of(src) == s for s in SPLITS for src in open_pairs[s])
    first = [task.sample(random.Random(task.seed)) for _ in range(3)]
    again = [task.sample(random.Random(task.seed)) for _ in range(3)]
    assert first == again


@pytest.mark.parametrize("name", ["en-fr", "ko-en"])
def test_everyday_training_keeps_the_generators_repeats_and_every_closed_set_phrase(name):
    """Held-out splits hold each sentence once; training keeps what the generator draws, so a set
    phrase with few forms is trained on as often as it is drawn, and none of its forms is held out."""
    task = get_task(name)
    train, held_out = task.pairs("train"), task.pairs("validation") + task.pairs("test")
    assert len({p.src for p in held_out}) == len(held_out)
    assert not any(p.closed for p in held_out)
    assert len({p.src for p in train}) < 0.95 * len(train)  # the short sentences repeat
    what_time = "what time is it".split()
    asked = [p for p in train if list(p.src if name.startswith("en") else p.tgt) == what_time]
    assert len(asked) > len(train) / 1000 and all(p.closed for p in asked)
    open_forms = {p.src for p in train if not p.closed}
    assert len(open_forms) > 0.8 * len(train)  # repeats are the short sentences, not most of the data


def test_toy_tasks_hold_each_training_sentence_once():
    task = get_task("dates")
    assert len({p.src for p in task.pairs("train")}) == len(task.pairs("train"))


@pytest.mark.parametrize("name", ["dates", "en-fr", "en-ko"])
def test_links_point_inside_both_sentences(name):
    for pair in get_task(name).pairs("test")[:500]:
        assert pair.sure <= pair.possible
        for t, s in pair.possible:
            assert 0 <= t < len(pair.tgt) and 0 <= s < len(pair.src)


@pytest.mark.parametrize("name", ["toy-en-fr", "toy-en-ko"])
def test_grammar_size_and_every_output_word_has_a_sure_link(name):
    """The first toy grammars; the everyday grammar's alignments are checked in test_grammar.py
    (there, particles and est-ce que may align to nothing)."""
    task = get_task(name)
    assert len(task.source_vocabulary()) >= 150
    for pair in task.pairs("train")[:2000]:
        assert 3 <= len(pair.src) <= 25
        assert {t for t, _ in pair.sure} == set(range(len(pair.tgt))), pair


def _clause(subject, kind, **kw):
    return [sentences.Clause(subjects=[subject], kind=kind, **kw)]


def test_french_grammar_examples():
    i = sentences.NounPhrase(pronoun=PRONOUNS[0])
    student = sentences.NounPhrase(noun=NOUN_BY_EN["student"], definite=False)
    s = _clause(i, "noun", predicate=student)
    assert " ".join(w for w, _ in sentences.english(s)) == "i am a student"
    assert [w for w, *_ in en_fr.french(s)] == ["je", "suis", "un", "étudiant"]
    red = next(a for a in ADJECTIVES if a.en == "red")
    car = sentences.NounPhrase(noun=NOUN_BY_EN["car"], adjectives=[red])
    fast = next(a for a in ADJECTIVES if a.en == "fast")
    s = _clause(car, "adj", adjective=fast)
    assert " ".join(w for w, _ in sentences.english(s)) == "the red car is fast"
    assert [w for w, *_ in en_fr.french(s)] == ["la", "voiture", "rouge", "est", "rapide"]
    eat = next(v for v in VERBS if v.en == "eat")
    apple = sentences.NounPhrase(noun=NOUN_BY_EN["apple"], definite=False)
    s = _clause(i, "trans", verb=eat, obj=apple, negated=True)
    assert " ".join(w for w, _ in sentences.english(s)) == "i do not eat an apple"
    assert en_fr.join_french([w for w, *_ in en_fr.french(s)]) == "je ne mange pas de pomme"
    cats = sentences.NounPhrase(noun=NOUN_BY_EN["cat"], plural=True)
    s = _clause(cats, "intrans", verb=next(v for v in VERBS if v.en == "sleep"))
    assert " ".join(w for w, _ in sentences.english(s)) == "the cats sleep"
    assert [w for w, *_ in en_fr.french(s)] == ["les", "chats", "dorment"]


def test_korean_grammar_examples():
    i = sentences.NounPhrase(pronoun=PRONOUNS[0])
    eat = next(v for v in VERBS if v.en == "eat")
    apple = sentences.NounPhrase(noun=NOUN_BY_EN["apple"], definite=False)
    s = _clause(i, "trans", verb=eat, obj=apple)
    assert " ".join(w for w, _ in sentences.english(s)) == "i eat an apple"
    assert " ".join(w for w, *_ in en_ko.korean(s)) == "나는 사과를 먹는다"
    book = sentences.NounPhrase(noun=NOUN_BY_EN["book"])
    read = next(v for v in VERBS if v.en == "read")
    s = _clause(sentences.NounPhrase(noun=NOUN_BY_EN["teacher"]), "trans", verb=read, obj=book, negated=True)
    assert " ".join(w for w, *_ in en_ko.korean(s)) == "선생님은 책을 안 읽는다"
    assert en_ko.particle("책", "을", "를") == "책을" and en_ko.particle("사과", "을", "를") == "사과를"


def _date_shape(text: str) -> str:
    """A written date with digits → 9 and month/weekday names → W: its format, not its value."""
    shape = "".join("9" if c.isdigit() else c for c in dates.normalize(text))
    names = set(dates.MONTHS) | {m[:3] for m in dates.MONTHS} | set(dates.WEEKDAYS) | {d[:3] for d in dates.WEEKDAYS}
    for word in sorted(names, key=len, reverse=True):
        shape = shape.replace(word, "W")
    return shape


@pytest.mark.parametrize(
    "text",
    [
        "22 november 2026",
        "november 22, 2026",
        "sunday, 22 nov 2026",
        "22/11/2026",
        "2026.11.22",
        "nov 22 2026",
        "SUNDAY, 22 NOV 2026",
    ],
)
def test_date_formats_from_the_issue_are_written_by_the_generator(text):
    rng = random.Random(0)
    shapes = {_date_shape("".join(dates.sample(rng)[0])) for _ in range(5000)}
    assert _date_shape(text) in shapes


def test_date_targets_are_iso_and_weekdays_are_right():
    rng = random.Random(1)
    for _ in range(2000):
        src, tgt, _, _ = dates.sample(rng)
        iso = "".join(tgt)
        day = dates.dt.date.fromisoformat(iso)
        assert 1900 <= day.year <= 2099
        text = "".join(src)
        for name in dates.WEEKDAYS:
            if text.startswith(name[:3]):
                assert name == dates.WEEKDAYS[day.weekday()]


def test_tokenizer_expands_contractions_and_splits_punctuation():
    task = get_task("en-fr")
    assert task.tokenize("I'm a student.") == ["i", "am", "a", "student"]
    assert task.tokenize("He doesn't eat!") == ["he", "does", "not", "eat"]
    assert task.tokenize("I'm gonna eat, I wanna sleep") == ["i", "am", "going", "to", "eat", "i", "want", "to", "sleep"]
    assert task.tokenize("Could you help me?") == task.tokenize("can you help me")
    assert task.tokenize("I'd like a coffee") == task.tokenize("I would like a coffee") == task.tokenize("i want a coffee")
    assert task.tokenize("Would you like to come?") == task.tokenize("do you want to come")
    assert task.tokenize("I get up at 7 o'clock") == task.tokenize("I get up at seven")
    assert get_task("dates").tokenize("  22  NOV 2026 ") == list("22 nov 2026")


def test_british_spellings_read_as_the_lexicons_american_ones():
    task = get_task("en-fr")
    known = set(task.source_vocabulary())
    typed = task.tokenize("My favourite colour is grey; my neighbours travelled to the theatre and apologised")
    assert typed == "my favorite color is gray my neighbors traveled to the theater and apologized".split()
    assert {"color", "neighbors", "traveled", "theater", "apologized"} <= known
    assert task.tokenize("Four hours, your tour, our flour") == "four hours your tour our flour".split()
