"""What the paper page's forms (api/reading_forms.py) send, read as the library's values: only
what the reader changed against what the page showed (its `*_was` fields), checked as the API
checks the same fields, or FormRefused with the one line a reader reads."""

from __future__ import annotations

import re
from typing import Any

import msgspec

from ..records import CORRECTABLE_FIELDS, MAX_NOTE_LENGTH, MAX_RATING, MIN_RATING, RATINGS, STATUSES
from ..tags import clean_tags, overlong_tag
from .errors import ApiError
from .papers import PaperPatch, corrections


class FormRefused(Exception):
    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status, self.message = status, message


def reader_changes(form) -> tuple[dict[str, Any], set[str], set[str]]:
    """What the reader changed, against what the page showed (its `*_was` fields): only that is
    written, so a field another tab or machine changed meanwhile is left as it is now."""
    changes: dict[str, Any] = {}
    status = form.get("status")
    if status not in STATUSES:
        raise FormRefused(400, f"Not saved: status must be one of {', '.join(STATUSES)}.")
    if status != form.get("status_was"):
        changes["status"] = status
    rating = form.get("rating") or ""
    if rating not in ("", *map(str, RATINGS)):
        raise FormRefused(400, f"Not saved: rating must be {MIN_RATING} to {MAX_RATING}, or none.")
    if rating != (form.get("rating_was") or ""):
        changes["rating"] = int(rating) if rating else None
    tags = clean_tags((form.get("tags") or "").split(","))
    if said := overlong_tag(tags):
        raise FormRefused(400, f"Not saved: {said}.")
    tags = set(tags)
    shown = set(clean_tags((form.get("tags_was") or "").split(",")))
    return changes, tags - shown, shown - tags


def lines(value: str | None) -> str:
    # Browsers send every line break of a form as CRLF; the page showed them as LF.
    return (value or "").replace("\r\n", "\n").strip()


def corrected_fields(form) -> dict[str, Any]:
    """The record fields the reader corrected (only those changed against what the page showed),
    checked and cleaned as the API's PATCH checks them; an emptied field is cleared."""
    sent: dict[str, Any] = {}
    for name in CORRECTABLE_FIELDS:
        value = lines(form.get(name))
        if value == lines(form.get(name + "_was")):
            continue
        if name == "authors":
            sent[name] = [line for line in value.split("\n") if line.strip()] or None
        else:
            sent[name] = value or None
    if sent.get("title", "") is None:
        raise FormRefused(400, "Not saved: a paper keeps a title; write the right one.")
    try:
        return corrections(msgspec.convert(sent, PaperPatch))
    except msgspec.ValidationError as error:
        raise FormRefused(400, f"Not saved: {_field_said(str(error))}.") from None
    except ApiError as error:
        raise FormRefused(400, f"Not saved: {error.message}.") from None


_TOO_LONG = re.compile(r"Expected `(str|array)` of length <= (\d+)")


def _field_said(message: str) -> str:
    """msgspec's "Expected `str` of length <= 500 - at `$.venue`" as a reader reads it: "venue: at
    most 500 characters"."""
    said, _, where = message.partition(" - at `$.")
    if found := _TOO_LONG.fullmatch(said):
        said = f"at most {found[2]} {'characters' if found[1] == 'str' else 'of them'}"
    field = where.split("`")[0]
    if field.startswith("authors["):
        field, said = "authors", f"a name has {said}" if "characters" in said else said
    return f"{field}: {said}" if where else said


def note_body(form) -> str:
    body = lines(form.get("body"))
    if not body:
        raise FormRefused(400, "Not saved: the note is empty (Delete removes a note).")
    if len(body) > MAX_NOTE_LENGTH:
        raise FormRefused(400, f"Not saved: a note holds at most {MAX_NOTE_LENGTH:,} characters.")
    return body
