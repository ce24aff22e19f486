"""List candidate English words by real frequency (wordfreq), for choosing lexicon rows.

    python -m models.tasks.data.frequency --top 5000            # words not yet in the lexicon
    python -m models.tasks.data.frequency --top 5000 --all      # every word, with its Zipf value

Build-time tool only: `wordfreq` is a development requirement, the app never imports it.
"""

from __future__ import annotations

import argparse
import csv
from pathlib import Path

DATA = Path(__file__).parent


def lexicon_words() -> set[str]:
    """Every English word already written in a lexicon file."""
    words: set[str] = set()
    for path in DATA.glob("*.tsv"):
        with path.open(encoding="utf-8") as f:
            for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
                words.update((row.get("en") or "").split())
    return words


def main() -> None:
    from wordfreq import top_n_list, zipf_frequency

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--top", type=int, default=5000)
    parser.add_argument("--all", action="store_true", help="include words already in the lexicon")
    args = parser.parse_args()
    known = set() if args.all else lexicon_words()
    for rank, word in enumerate(top_n_list("en", args.top), start=1):
        if word.isalpha() and word not in known:
            print(f"{rank}\t{zipf_frequency(word, 'en'):.2f}\t{word}")


if __name__ == "__main__":
    main()
