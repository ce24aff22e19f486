"""Typed English → the tokens the everyday models read: lower case, contractions expanded the way
the grammar writes them ("don't" → "do not", "won't" → "will not"), digits 1–10 as words, British
spellings as American, "a lot of" before a plural as "many", "must" and "need to" as "have to",
"how is the weather" as "what is the weather like", the present perfect as the simple past
(english_perfect.py)."""

from __future__ import annotations

import re

from models.tasks.everyday import english_perfect, english_quantity, english_spelling, please

_ENGLISH_CONTRACTIONS = [
    (r"\bwon't\b", "will not"),
    (r"\bcan't\b", "can not"),
    (r"\bcannot\b", "can not"),
    (r"\blet's\b", "let us"),
    (r"\b(i|you|we|they|he|she|it)'ll\b", r"\1 will"),
    (r"\b(i|you|we|they)'ve\b", r"\1 have"),
    (r"\bi'm\b", "i am"),
    (r"\b(you|we|they)'re\b", r"\1 are"),
    (r"\b(he|she|it|that|what|where|who|there|how)'s\b", r"\1 is"),
    (r"\b(is|are|was|were|do|does|did|has|have)n't\b", r"\1 not"),
    (r"\b([a-z]+)'s\b", r"\1 's"),  # Tom's cat: a possessive, once the "it's", "he's" above are read
    (r"\bhow is the weather\b", "what is the weather like"),  # the question as the grammar asks it
    (r"\bwhich\b", "what"),  # which colour do you like: the grammar asks "what colour"
    # Polite forms of what the grammar asks plainly: "could you help me?" is "can you help me?",
    # "I'd like a coffee" is "I want a coffee", "would you like to come?" is "do you want to come?"
    (r"\bcould (you|i|we)\b", r"can \1"),
    (r"\b(?:i'd|i would) like\b", "i want"),
    (r"\bwould (you|they|we) like\b", r"do \1 want"),
    (r"\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[0-9]+) ?o'?clock\b", r"\1"),  # at seven o'clock
    (r"\bgonna\b", "going to"),  # spoken forms students type
    (r"\bwanna\b", "want to"),
    (r"\bgotta\b", "have to"),
    # "must" and "need to" + a verb say what the grammar writes as "have to"
    (r"\b(he|she|it) must\b(?! have\b)", r"\1 has to"),  # not "you must have seen it"
    (r"\bmust\b(?! have\b)", "have to"),
    (r"\bneeds to\b", "has to"),
    (r"\bneeded to\b", "had to"),
    (r"\bneed to\b", "have to"),
]
_DIGITS = {
    "1": "one",
    "2": "two",
    "3": "three",
    "4": "four",
    "5": "five",
    "6": "six",
    "7": "seven",
    "8": "eight",
    "9": "nine",
    "10": "ten",
}
WORD = r"[^\s.,!?;:\"()“”«»…]+"


def english(text: str) -> list[str]:
    text = text.lower().replace("’", "'").replace("‘", "'")
    for pattern, replacement in _ENGLISH_CONTRACTIONS:
        text = re.sub(pattern, replacement, text)
    words = english_quantity.many_before_plurals([_DIGITS.get(w, english_spelling.american(w)) for w in re.findall(WORD, text)])
    words = english_perfect.read_perfect(words)  # i have eaten: i ate (j'ai mangé, 먹었다)
    return please.read_english(words)  # close the door, please: please first
