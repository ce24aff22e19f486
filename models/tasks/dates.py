"""Human-written dates → ISO `YYYY-MM-DD`, one character per token.

Accepts `22 november 2026`, `november 22, 2026`, `sunday, 22 nov 2026`, `22/11/2026`,
`2026.11.22`, `nov 22 2026` and more, with or without the day of the week, years 1900–2099.
Every source character is tagged with the date field it writes (year, month, day), which gives
the gold alignment of each output character.
"""

from __future__ import annotations

import datetime as dt
import random

MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
FIRST_DAY, LAST_DAY = dt.date(1900, 1, 1), dt.date(2099, 12, 31)

Piece = tuple[str, str | None]  # (text, field): field is "y", "m", "d" or None


def _ordinal(day: int) -> str:
    suffix = "th" if 11 <= day % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def _pieces(date: dt.date, rng: random.Random) -> list[Piece]:
    """One written form of `date`, as tagged pieces."""
    y, m, d = str(date.year), date.month, date.day
    month_word = MONTHS[m - 1] if rng.random() < 0.5 else MONTHS[m - 1][:3]
    day = str(d) if rng.random() < 0.5 else f"{d:02d}"
    mm = str(m) if rng.random() < 0.3 else f"{m:02d}"
    forms: list[list[Piece]] = [
        [(day, "d"), (" ", None), (month_word, "m"), (" ", None), (y, "y")],
        [(month_word, "m"), (" ", None), (day, "d"), (", ", None), (y, "y")],
        [(month_word, "m"), (" ", None), (day, "d"), (" ", None), (y, "y")],
        [(_ordinal(d), "d"), (" ", None), (month_word, "m"), (" ", None), (y, "y")],
        [("the ", None), (_ordinal(d), "d"), (" of ", None), (month_word, "m"), (", ", None), (y, "y")],
        [(month_word, "m"), (" ", None), (_ordinal(d), "d"), (", ", None), (y, "y")],
        [(day, "d"), ("/", None), (mm, "m"), ("/", None), (y, "y")],
        [(day, "d"), (".", None), (mm, "m"), (".", None), (y, "y")],
        [(day, "d"), ("-", None), (month_word, "m"), ("-", None), (y, "y")],
        [(y, "y"), (".", None), (f"{m:02d}", "m"), (".", None), (f"{d:02d}", "d")],
        [(y, "y"), ("-", None), (f"{m:02d}", "m"), ("-", None), (f"{d:02d}", "d")],
        [(y, "y"), ("/", None), (f"{m:02d}", "m"), ("/", None), (f"{d:02d}", "d")],
    ]
    pieces = rng.choice(forms)
    if rng.random() < 0.3 and pieces[0][1] != "y":
        weekday = WEEKDAYS[date.weekday()]
        weekday = weekday if rng.random() < 0.5 else weekday[:3]
        pieces = [(weekday, None), (", " if rng.random() < 0.7 else " ", None)] + pieces
    return pieces


def sample(rng: random.Random) -> tuple[list[str], list[str], set, set]:
    """Return (source chars, target chars, sure links, possible links); links are (tgt, src)."""
    date = FIRST_DAY + dt.timedelta(days=rng.randrange((LAST_DAY - FIRST_DAY).days + 1))
    pieces = _pieces(date, rng)
    src: list[str] = []
    spans: dict[str, list[int]] = {"y": [], "m": [], "d": []}
    for text, field_ in pieces:
        if field_:
            spans[field_].extend(range(len(src), len(src) + len(text)))
        src.extend(text)
    tgt = list(date.isoformat())
    sure, possible = set(), set()
    for field_, positions in (("y", range(0, 4)), ("m", range(5, 7)), ("d", range(8, 10))):
        digits = [i for i in spans[field_] if src[i].isdigit()]
        for t in positions:
            possible.update((t, s) for s in spans[field_])
            # A written digit that is copied straight to the output is a sure link.
            offset = len(digits) - (positions.stop - t)
            if 0 <= offset < len(digits) and src[digits[offset]] == tgt[t]:
                sure.add((t, digits[offset]))
    return src, tgt, sure, possible | sure


def normalize(text: str) -> str:
    """Lower-case and squeeze spaces: the model reads dates in any case."""
    return " ".join(text.lower().split())
