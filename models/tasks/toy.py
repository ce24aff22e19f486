"""The small tasks: dates (12 written forms → ISO), copy and reverse, and the first toy grammars
(`toy-en-fr`, `toy-en-ko`, ~200 words) that the everyday grammar replaces."""

from __future__ import annotations

import random
import re
from collections.abc import Container
from dataclasses import dataclass

from models.tasks import dates, en_fr, en_ko, sentences, sequences
from models.tasks.base import Pair, Task, gold_links

_CONTRACTIONS = {
    "i'm": "i am",
    "you're": "you are",
    "he's": "he is",
    "she's": "she is",
    "we're": "we are",
    "they're": "they are",
    "isn't": "is not",
    "aren't": "are not",
    "don't": "do not",
    "doesn't": "does not",
    "'m": " am",
}


@dataclass(frozen=True)
class ToyTask(Task):
    def tokenize(self, text: str, known: Container[str] | None = None) -> list[str]:
        if self.unit == "char":
            return list(dates.normalize(text))
        text = text.lower().replace("’", "'")
        for short, long in _CONTRACTIONS.items():
            text = re.sub(rf"\b{re.escape(short)}\b" if short[0] != "'" else re.escape(short), long, text)
        return re.findall(r"[^\s.,!?;:\"()]+", text)

    def detokenize(self, tokens: list[str]) -> str:
        if self.unit == "char":
            return "".join(tokens)
        return en_fr.join_french(tokens) if self.name.endswith("en-fr") else " ".join(tokens)

    def sample(self, rng: random.Random) -> Pair:
        if self.name in ("dates", "copy", "reverse"):
            if self.name == "dates":
                src, tgt, sure, possible = dates.sample(rng)
            else:
                src, tgt, sure, possible = sequences.sample(rng, reverse=self.name == "reverse")
            return Pair(tuple(src), tuple(tgt), frozenset(sure), frozenset(possible))
        sentence = sentences.sample_sentence(rng)
        source = sentences.english(sentence)
        target = en_fr.french(sentence) if self.name.endswith("en-fr") else en_ko.korean(sentence)
        sure, possible = gold_links([key for _, key in source], target)
        return Pair(tuple(w for w, _ in source), tuple(w for w, _, _ in target), sure, possible)
