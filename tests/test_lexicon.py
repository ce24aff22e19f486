"""Every lexicon row is complete and consistent (models/tasks/data/README.md is the contract)."""

from __future__ import annotations

import re

import pytest

from models.tasks.everyday import korean_verbs
from models.tasks.everyday.lexicon import DATA, NOUN_CLASSES, load, read_rows

COLUMNS = {
    "nouns*.tsv": "en en_plural count fr fr_gender fr_plural fr_f ko ko_counter class ko_alt",
    "verbs*.tsv": "en en_3sg en_past en_pp en_ing fr_inf fr_present fr_future_stem fr_pp fr_aux fr_group fr_reflexive fr_object "
    "ko_dict ko_class ko_object objects place ko_alt",
    "adjectives*.tsv": "en fr_m fr_f fr_m_pl fr_f_pl fr_m_vowel fr_position ko_dict ko_class ko_alt",
    "adverbs*.tsv": "en fr ko type",
    "time_expressions*.tsv": "en fr ko tense",
    "names*.tsv": "en fr ko kind fr_gender",
}
OPTIONAL = {
    "fr_f",
    "ko_counter",
    "fr_m_vowel",
    "fr_reflexive",
    "fr_object",
    "ko_object",
    "objects",
    "place",
    "fr_gender",
    "ko_alt",
}
HANGUL = re.compile(r"^[가-힣0-9 ]+$")
ENGLISH = re.compile(r"^[a-z][a-z' -]*$")


def _files(pattern):
    return sorted(DATA.glob(pattern))


@pytest.mark.parametrize("pattern", sorted(COLUMNS))
def test_headers_and_required_cells(pattern):
    files = _files(pattern)
    assert files, f"no file matches {pattern}"
    for path in files:
        header = path.read_text(encoding="utf-8").splitlines()[0].split("\t")
        assert header == COLUMNS[pattern].split(), path.name
        lines = path.read_text(encoding="utf-8").splitlines()[1:]
        assert all(line.strip() for line in lines), f"{path.name}: blank line"
        for row in read_rows(path.name):
            missing = [c for c in header if not row[c] and c not in OPTIONAL]
            assert not missing, f"{path.name} {row['en']!r}: empty {missing}"
            assert ENGLISH.match(row["en"]), f"{path.name}: {row['en']!r} is not lower-case English"
            if "ko" in row:
                assert HANGUL.match(row["ko"]), f"{path.name} {row['en']!r}: {row['ko']!r}"


def test_no_duplicate_lemmas_within_a_part_of_speech():
    lex = load()
    for group in (lex.nouns, lex.verbs, lex.adjectives, lex.adverbs, lex.times, lex.names):
        words = [row.en for row in group]
        assert len(words) == len(set(words)), sorted({w for w in words if words.count(w) > 1})


def test_at_least_1500_english_lemmas():
    assert len(load().english_lemmas()) >= 1500


def test_lemmas_are_chosen_by_real_frequency():
    wordfreq = pytest.importorskip("wordfreq")
    lex = load()
    rare = [
        row.en
        for group in (lex.nouns, lex.verbs, lex.adjectives, lex.adverbs)
        for row in group
        if any(wordfreq.zipf_frequency(w, "en") < 3.0 for w in row.en.split())
    ]
    assert not rare, rare


def test_nouns():
    for n in load().nouns:
        assert n.count in ("count", "mass"), n
        assert n.fr_gender in ("m", "f"), n
        assert n.cls in NOUN_CLASSES, n
        assert bool(n.fr_f) == (n.cls == "person") or n.cls == "person", f"{n.en}: fr_f is for persons only"
        if n.mass:
            assert n.en_plural == n.en and not n.ko_counter, n


def test_verbs():
    for v in load().verbs:
        assert len(v.fr_present) == 6, v.en
        assert v.fr_aux in ("avoir", "être"), v.en
        assert v.fr_group in ("er", "ir", "irr"), v.en
        assert v.fr_object in ("direct", "à", "de", ""), v.en
        assert v.ko_class in korean_verbs.CLASSES, v.en
        assert v.ko_dict.endswith("다"), v.en
        assert v.ko_object in ("을", "에게", "와", "에", "이", ""), v.en
        assert set(v.objects) <= set(NOUN_CLASSES), v.en
        assert bool(v.objects) == bool(v.fr_object), f"{v.en}: objects and fr_object disagree"
        assert v.place in ("to", "in", "at", ""), v.en
        assert v.en_ing.split()[0].endswith("ing") and v.en_3sg.split()[0].endswith("s"), v.en
        assert v.fr_future_stem.endswith("r"), v.en
        if v.fr_group == "er":
            assert v.fr_inf.endswith("er") and v.fr_pp.endswith("é"), v.en
            endings = ("e", "es", "e", "ons", "ez", "ent")
            assert all(f.endswith(e) for f, e in zip(v.fr_present, endings)), v.en
        if v.fr_group == "ir":
            stem = v.fr_inf[:-2]
            assert v.fr_present == tuple(stem + e for e in ("is", "is", "it", "issons", "issez", "issent")), v.en


def test_adjectives():
    for a in load().adjectives:
        assert a.fr_position in ("before", "after"), a.en
        assert a.ko_class in korean_verbs.CLASSES and a.ko_dict.endswith("다"), a.en


def test_adverbs_times_and_names():
    lex = load()
    assert {a.type for a in lex.adverbs} <= {"manner", "frequency", "degree", "time", "place"}
    assert {t.tense for t in lex.times} <= {"past", "present", "future", "any"}
    assert {n.kind for n in lex.names} <= {"male", "female", "city", "country"}
    assert all(n.fr_gender in ("m", "f", "pl") for n in lex.names if n.kind == "country")


def test_korean_alternatives_name_one_meaning():
    """A Korean alternative (휴대폰 for phone) is nobody else's main form or alternative, so
    Korean→English stays a function; verbs and adjectives name a valid class."""
    lex = load()
    for group in ((lex.nouns,), (lex.verbs, lex.adjectives)):
        rows = [r for g in group for r in g]
        main = {r.ko if hasattr(r, "ko") else r.ko_dict for r in rows}
        seen: set[str] = set()
        for r in rows:
            for alt in r.ko_alt:
                word = alt if isinstance(alt, str) else alt[0]
                if not isinstance(alt, str):
                    assert alt[1] in korean_verbs.CLASSES and word.endswith("다"), (r.en, alt)
                assert word not in main and word not in seen, (r.en, word)
                seen.add(word)
