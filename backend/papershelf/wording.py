"""How papershelf's summaries count things: "1 file", "2 files", "1,204 papers"."""

from __future__ import annotations

# Nouns whose plural is not the singular and an s.
_PLURALS = {"entry": "entries", "library": "libraries"}


def counted(number: int, noun: str) -> str:
    """`number` and the noun in the number it takes, the number grouped by thousands."""
    return f"{number:,} {noun if number == 1 else _PLURALS.get(noun, noun + 's')}"
