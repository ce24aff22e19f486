"""A drink or a dish by the container: "a cup of tea", "two glasses of water", "a bowl of rice".

    I drink two cups of coffee   je bois deux tasses de café   나는 커피 두 잔을 마신다
    she wants a bowl of rice     elle veut un bol de riz       그녀는 밥 한 그릇을 원한다

The tree holds the drink as the phrase's head and the container as `NounPhrase.measure`, with
the determiner ("a" or a number) on the container. Korean counts with the container's counter
after the drink (잔, 병, 그릇), "a" as 한. Each drink has its containers (tea comes in cups, water
in glasses or bottles), so Korean 잔 is always read back as the one English says.
Keys: the drink `<key>.noun`; the container, its number and "of" / de `<key>.measure…`.
"""

from __future__ import annotations

import random
from dataclasses import replace

from models.tasks.everyday.lexicon import Noun
from models.tasks.everyday.tree import NounPhrase, Token

# container → (what comes in it, Korean counter)
CONTAINERS = {
    "cup": (frozenset({"coffee", "tea"}), "잔"),
    "glass": (frozenset({"water", "milk", "juice", "wine", "beer", "lemonade", "cola", "soda"}), "잔"),
    "bottle": (frozenset({"water", "milk", "juice", "wine", "beer", "cola", "soda", "champagne"}), "병"),
    "bowl": (frozenset({"rice", "soup", "salad", "pasta", "curry"}), "그릇"),
}


# What one does with a cup of tea: drink it, want it, order it (never "like two cups of tea").
MEASURED_BY = frozenset({"drink", "eat", "want", "order", "buy", "make", "bring", "need", "finish", "share"})


def draw(rng: random.Random, np_: NounPhrase, containers: dict[str, Noun], held: list[Noun]) -> NounPhrase:
    """Often what one drinks, orders or wants comes in a container: a cup of tea, two bowls of rice.
    `containers`: the lexicon's container nouns by English word; `held`: the nouns that come in one
    and the verb takes (a drink for "drink"), drawn instead of the object a third of the time, as
    a verb's other objects would otherwise make a cup of tea rare."""
    if held and np_.coordinated is None and rng.random() < 0.35:
        np_ = replace(np_, head=rng.choice(held), det="bare", plural=False, adjectives=[], named=None)
    head = np_.head
    options = [containers[c] for c, (kept, _) in CONTAINERS.items() if c in containers and head.en in kept]
    if not options or not isinstance(head, Noun) or not head.mass or np_.coordinated is not None or rng.random() >= 0.6:
        return np_
    number = rng.choice((1, 1, 1, 2, 2, 3, 4, 5))
    det = "a" if number == 1 else "number"
    return replace(np_, measure=rng.choice(options), det=det, number=number, plural=number > 1, adjectives=[], owner=None)


def held_by_containers(nouns: list[Noun], classes: tuple[str, ...]) -> list[Noun]:
    """The nouns of `classes` that come in a container (water, tea, rice for food and drink)."""
    kept = frozenset().union(*(held for held, _ in CONTAINERS.values()))
    return [n for n in nouns if n.en in kept and n.cls in classes]


def _container(np_: NounPhrase) -> NounPhrase:
    return NounPhrase(np_.measure, np_.det, np_.plural, number=np_.number)


def english(np_: NounPhrase, key: str, case: str, polarity: bool, noun_phrase) -> list[Token]:
    """two cups of coffee; `noun_phrase` is english_phrases'."""
    cups = noun_phrase(_container(np_), key + ".measure", case, polarity)
    return cups + [("of", key + ".measure", ()), (np_.head.en, key + ".noun", ())]


def french(np_: NounPhrase, key: str, role: str, noun_phrase) -> list[Token]:
    """deux tasses de café, un verre d'eau (elided later); `noun_phrase` is french_words'."""
    cups = noun_phrase(_container(np_), key + ".measure", "object" if role == "object_neg" else role)
    return cups + [("de", key + ".measure", ()), (np_.head.fr, key + ".noun", ())]


def korean(np_: NounPhrase, key: str, numbers: dict[int, str]) -> list[Token]:
    """커피 두 잔, 밥 한 그릇: the drink, the number (a: 한), the container's counter."""
    counter = CONTAINERS[np_.measure.en][1]
    return [
        (np_.head.ko, key + ".noun", ()),
        (numbers[np_.number], key + ".measure.det", ()),
        (counter, key + ".measure.noun", ()),
    ]
