"""English noun phrases: determiner, "favorite", adjectives, noun; pronouns in their case."""

from __future__ import annotations

from models.tasks.everyday import measures, named_people
from models.tasks.everyday.lexicon import Name
from models.tasks.everyday.tree import NounPhrase, Token

NUMBERS = dict(enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
    "eighteen nineteen twenty".split()
))  # fmt: skip


def _article(next_word: str) -> str:
    # "an unfair", "an ugly" but "a university", "a useful": u sounds like "you" before ni/s/ti
    starts_with_vowel_sound = next_word[0] in "aeiou" or next_word.startswith(("hour", "honest"))
    return "an" if starts_with_vowel_sound and not next_word.startswith(("uni", "euro", "one", "us", "uti", "ure")) else "a"


def noun_phrase(np_: NounPhrase, key: str, case: str = "subject", polarity: bool = False) -> list[Token]:
    """Determiner, adjectives, noun; pronouns in `case` ("subject" or "object").

    `polarity`: the phrase stands in a question or under negation, where "some" reads "any".
    """
    if np_.coordinated is not None:  # my brother and I, tea or coffee
        second = noun_phrase(np_.coordinated, key + ".2", case, polarity)
        conj = "," if np_.conj == "list" else np_.conj  # bread, milk and eggs
        return noun_phrase(np_.first, key, case, polarity) + [(conj, key + ".conj", ())] + second
    if np_.measure is not None:  # two cups of coffee
        return measures.english(np_, key, case, polarity, noun_phrase)
    head = np_.head
    if np_.is_pronoun:
        return [(head.en if case == "subject" else head.en_obj, key + ".noun", ())]
    if np_.is_name:
        return [(head.en, key + ".noun", ())]
    words = [("favorite", key + ".fav", ())] if np_.favorite and np_.det == "poss" else []
    words += [(a.en, f"{key}.adj{i}", ()) for i, a in enumerate(np_.adjectives)]
    words.append((head.en_plural if np_.plural else head.en, key + ".noun", ()))
    words += [(name.en, key + ".name", ())] if (name := named_people.shown(np_)) else []  # my friend minji
    det = "the" if np_.adjectives and np_.adjectives[0].en == "same" else np_.det  # the same school, never "a same"
    if det == "bare" or (det == "a" and np_.plural):  # "we are students": a plural indefinite has no article
        return words
    if det == "a":
        return [(_article(words[0][0]), key + ".det", ())] + words
    if det in ("this", "that"):
        word = {"this": "these", "that": "those"}[det] if np_.plural else det
        return [(word, key + ".det", ())] + words
    if det == "poss" and isinstance(np_.owner, Name):
        return [(np_.owner.en, key + ".det", ()), ("'s", key + ".det", ())] + words
    if det == "poss":
        return [(np_.owner.en_poss, key + ".det", ())] + words
    if det == "some" and polarity:
        return [("any", key + ".det", ())] + words
    if det == "number":
        return [(NUMBERS[np_.number], key + ".det", ())] + words
    if det == "what":  # what colour (do you like)
        return [("what", key + ".det", ())] + words
    if det == "many":  # many books, a lot of water
        return [(w, key + ".det", ()) for w in ("many" if np_.plural else "a lot of").split()] + words
    return [(det, key + ".det", ())] + words  # the, some, every
