"""Tags as the library keeps them: cleaned, each once, sorted, none longer than records.MAX_TAG_LENGTH.
Asked by the capture, the API's paper edits and forms, and `papershelf mark`, which imports nothing more."""

from __future__ import annotations

from .identity import clean_text
from .records import MAX_TAG_LENGTH


def clean_tags(tags: list[str]) -> list[str]:
    """Tags as stored: whitespace collapsed, empty ones dropped, each once, sorted."""
    return sorted({tag for tag in map(clean_text, tags) if tag})


def overlong_tag(tags: list[str]) -> str | None:
    """What is wrong with the first tag too long to keep, as a reader reads it; None when none is."""
    too_long = next((tag for tag in tags if len(tag) > MAX_TAG_LENGTH), None)
    if too_long is None:
        return None
    return f"a tag has at most {MAX_TAG_LENGTH} characters ({too_long[:40]}… has {len(too_long)})"
