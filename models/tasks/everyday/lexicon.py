"""The everyday lexicon: the TSV files in `models/tasks/data/`, read into typed rows.

Each file's columns are documented in `models/tasks/data/README.md`; `tests/test_lexicon.py`
checks every row. The grammar combines these rows and nothing else, so the words a model can
know are exactly the rows written there.
"""

from __future__ import annotations

import csv
import functools
from dataclasses import dataclass
from pathlib import Path

DATA = Path(__file__).parent.parent / "data"

NOUN_CLASSES = (
    "person",
    "animal",
    "food",
    "drink",
    "place",
    "thing",
    "vehicle",
    "clothing",
    "body",
    "text",
    "time",
    "abstract",
    "nature",
    "color",  # the colour as a noun: only in "my favourite colour is blue" (favorites.py)
)


@dataclass(frozen=True)
class Noun:
    en: str
    en_plural: str
    count: str  # "count" or "mass"
    fr: str
    fr_gender: str  # "m" / "f"
    fr_plural: str
    fr_f: str  # persons: the feminine form ("étudiante"); empty otherwise
    ko: str
    ko_counter: str  # 마리, 명, 개…; empty for mass nouns
    cls: str  # one of NOUN_CLASSES
    ko_alt: tuple[str, ...] = ()  # other words Korean students write for it (휴대폰, 핸드폰)

    @property
    def mass(self) -> bool:
        return self.count == "mass"


@dataclass(frozen=True)
class Verb:
    en: str  # lemma, phrasal verbs with their particle ("listen to")
    en_3sg: str
    en_past: str
    en_pp: str
    en_ing: str
    fr_inf: str
    fr_present: tuple[str, ...]  # je, tu, il, nous, vous, ils
    fr_future_stem: str
    fr_pp: str
    fr_aux: str  # "avoir" / "être"
    fr_group: str  # "er", "ir", "irr"
    fr_reflexive: bool
    fr_object: str  # "direct", "à", "de" or "" (intransitive)
    ko_dict: str
    ko_class: str
    ko_object: str  # 을, 에게, 와, 에, 이 or ""
    objects: tuple[str, ...]  # noun classes of possible objects; empty = intransitive
    place: str  # "to", "in", "at" or "": how a place complement attaches
    ko_alt: tuple[tuple[str, str], ...] = ()  # (dictionary form, class) of other Korean verbs for it


@dataclass(frozen=True)
class Adjective:
    en: str
    fr_m: str
    fr_f: str
    fr_m_pl: str
    fr_f_pl: str
    fr_m_vowel: str
    fr_position: str  # "before" / "after"
    ko_dict: str
    ko_class: str
    ko_alt: tuple[tuple[str, str], ...] = ()  # (dictionary form, class) of other Korean adjectives for it


@dataclass(frozen=True)
class Adverb:
    en: str
    fr: str
    ko: str
    type: str  # manner, frequency, degree, time, place


@dataclass(frozen=True)
class TimeExpression:
    en: str
    fr: str
    ko: str
    tense: str  # past, present, future, any


@dataclass(frozen=True)
class Name:
    en: str
    fr: str
    ko: str
    kind: str  # male, female, city, country
    fr_gender: str


@dataclass(frozen=True)
class Pronoun:
    en: str
    en_obj: str
    en_poss: str
    person: int  # 0 je, 1 tu, 2 il/elle, 3 nous, 4 vous, 5 ils: the index into French verb forms
    fr: str
    fr_obj: str
    fr_indirect: str
    fr_stressed: str
    fr_poss_m: str
    fr_poss_f: str
    fr_poss_pl: str
    fr_gender: str
    ko: str
    ko_obj: str
    ko_poss: str


def read_rows(pattern: str, directory: Path = DATA) -> list[dict[str, str]]:
    """Every row of the files matching `pattern` in `directory`, in file-name order."""
    rows = []
    for path in sorted(Path(directory).glob(pattern)):
        with path.open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
                rows.append({k: (v or "").strip() for k, v in row.items()})
    return rows


def _split(cell: str, sep: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in cell.split(sep) if part.strip())


def _verb_alternatives(cell: str) -> tuple[tuple[str, str], ...]:
    """`검다:reg|까맣다:ㅎ` → (("검다", "reg"), ("까맣다", "ㅎ"))."""
    return tuple(tuple(part.rsplit(":", 1)) for part in _split(cell, "|"))  # type: ignore[misc]


@dataclass(frozen=True)
class Lexicon:
    nouns: tuple[Noun, ...]
    verbs: tuple[Verb, ...]
    adjectives: tuple[Adjective, ...]
    adverbs: tuple[Adverb, ...]
    times: tuple[TimeExpression, ...]
    names: tuple[Name, ...]
    pronouns: tuple[Pronoun, ...]
    function_words: tuple[dict[str, str], ...]

    def english_lemmas(self) -> set[str]:
        """Every English lemma, function words included (what the '≥ 1,500 lemmas' bar counts)."""
        groups = (self.nouns, self.verbs, self.adjectives, self.adverbs, self.times, self.pronouns)
        words = {row.en for group in groups for row in group}
        return words | {row["en"] for row in self.function_words}

    def function(self, role: str) -> dict[str, dict[str, str]]:
        return {row["en"]: row for row in self.function_words if row["role"] == role}


@functools.cache
def load(directory: Path = DATA) -> Lexicon:
    """Read every lexicon file in `directory` once."""
    nouns = tuple(
        Noun(
            r["en"],
            r["en_plural"],
            r["count"],
            r["fr"],
            r["fr_gender"],
            r["fr_plural"],
            r["fr_f"],
            r["ko"],
            r["ko_counter"],
            r["class"],
            _split(r["ko_alt"], "|"),
        )
        for r in read_rows("nouns*.tsv", directory)
    )
    verbs = tuple(
        Verb(
            r["en"],
            r["en_3sg"],
            r["en_past"],
            r["en_pp"],
            r["en_ing"],
            r["fr_inf"],
            _split(r["fr_present"], "/"),
            r["fr_future_stem"],
            r["fr_pp"],
            r["fr_aux"],
            r["fr_group"],
            r["fr_reflexive"] == "yes",
            r["fr_object"],
            r["ko_dict"],
            r["ko_class"],
            r["ko_object"],
            _split(r["objects"], ","),
            r["place"],
            _verb_alternatives(r["ko_alt"]),
        )  # fmt: skip
        for r in read_rows("verbs*.tsv", directory)
    )
    adjectives = tuple(
        Adjective(
            r["en"],
            r["fr_m"],
            r["fr_f"],
            r["fr_m_pl"],
            r["fr_f_pl"],
            r["fr_m_vowel"],
            r["fr_position"],
            r["ko_dict"],
            r["ko_class"],
            _verb_alternatives(r["ko_alt"]),
        )
        for r in read_rows("adjectives*.tsv", directory)
    )
    adverbs = tuple(Adverb(r["en"], r["fr"], r["ko"], r["type"]) for r in read_rows("adverbs*.tsv", directory))
    times = tuple(TimeExpression(r["en"], r["fr"], r["ko"], r["tense"]) for r in read_rows("time_expressions*.tsv", directory))
    names = tuple(Name(r["en"], r["fr"], r["ko"], r["kind"], r["fr_gender"]) for r in read_rows("names*.tsv", directory))
    pronouns = tuple(
        Pronoun(
            r["en"],
            r["en_obj"],
            r["en_poss"],
            int(r["person"]),
            r["fr"],
            r["fr_obj"],
            r["fr_indirect"],
            r["fr_stressed"],
            r["fr_poss_m"],
            r["fr_poss_f"],
            r["fr_poss_pl"],
            r["fr_gender"],
            r["ko"],
            r["ko_obj"],
            r["ko_poss"],
        )  # fmt: skip
        for r in read_rows("pronouns.tsv", directory)
    )
    return Lexicon(nouns, verbs, adjectives, adverbs, times, names, pronouns, tuple(read_rows("function_words.tsv", directory)))
