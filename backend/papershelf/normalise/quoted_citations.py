"""The citation a page gives for itself under a label that says so, quoting its title between its creator
and its day (Resonator, the Helmholtz Association's research podcast, 2019: '<em>Diese Folge zitieren:</em>
Holger Klein/Helmholtz-Gemeinschaft: Resonator-Podcast: "RES158 Sternfusion am Teilchenbeschleuniger".
16.08.2019, https://… (CC-BY 4.0)', and no date or author meta). The people before a slash are the
creators, what follows the slash the institution; the series' name may stand between them and the quoted
title; the day right after the title dates the page. A dated piece by a named person, read as its record."""

from __future__ import annotations

import re
from typing import Any

from ..identity import clean_text
from .body import BodyRecord
from .dates import dates_in_text
from .html_meta import Page, block_text, past_blank_text
from .names import a_persons_name, display_name

# The label before the citation, up to its colon: a word of citing in it ("Diese Folge zitieren", "Cite this
# episode", "Zitiervorschlag", "Citation"), not a word that merely begins so ("City", "Citrus").
_LABEL = re.compile(r"\b(?:cit(?:e[ds]?|ing|ations?)\b|zitier)", re.IGNORECASE)
_LONGEST_LABEL = 40
# How much text an element holding one citation shows at most.
_CITATION_TEXT = 600
# The quotes a title may be cited in.
_QUOTES = (("\u201c", "\u201d"), ('"', '"'), ("\u201e", "\u201c"), ("\u00ab", "\u00bb"), ("\u201e", "\u201d"))
# What parts the people of a citation's creators (the institution after a slash is none of them).
_PEOPLE_PARTS = re.compile(r"\s*(?:;|,|&|\bund\b|\band\b)\s*")
# How far after the quoted title its day may start (the stop and a space), how long a day is written at
# most ("16. September 2019"), and how long an ISO day is.
_DAY_AFTER = 3
_LONGEST_DAY = 20
_ISO_DAY = len("2019-08-16")


def cited_by_itself(page: Page, title: str | None) -> BodyRecord | None:
    """The record the page's own labelled citation of its title gives: its creators and its day; None
    where no element so cites the title with a day after it."""
    if not title:
        return None
    for node in page.tree.css("p,div,li"):
        # The label asked first, of the element's opening alone: the text of each element of a nest read
        # whole would read the rest of the nest once an element.
        if page.raw_length(node) > _CITATION_TEXT or not _opens_with_a_label(node):
            continue
        if (found := _read(block_text(node) or "", title)) is not None:
            return found
    return None


def _opens_with_a_label(node: Any) -> bool:
    """Whether the element's first text, its own or its first child's (<em>Diese Folge zitieren:</em>), holds
    a citing word before a colon."""
    first = past_blank_text(node.child)
    if first is None:
        return False
    opening = (first.text_content if first.tag == "-text" else first.text(deep=False)) or ""
    label, colon, _ = opening.partition(":")
    return bool(colon) and len(label) <= _LONGEST_LABEL and _LABEL.search(label) is not None


def _read(text: str, title: str) -> BodyRecord | None:
    label, colon, rest = text.partition(":")
    if not colon or len(label) > _LONGEST_LABEL or not _LABEL.search(label):
        return None
    for opening, closing in _QUOTES:
        quoted = f"{opening}{title}{closing}"
        if (at := rest.find(quoted)) < 0:
            continue
        day = _day_after(rest[at + len(quoted):])
        if day is None:
            return None
        return BodyRecord(title=title, authors=_creators(rest[:at]), shown=[day], known=True)
    return None


def _day_after(tail: str) -> str | None:
    dates = dates_in_text(tail[: _DAY_AFTER + _LONGEST_DAY])
    if not dates or dates[0][0] > _DAY_AFTER:
        return None
    day = dates[0][2]
    return day if day and len(day) == _ISO_DAY else None


def _creators(head: str) -> list[str]:
    """The people who open the citation, before the slash that names their institution, up to the first
    part that is no person's name."""
    first = head.strip().rstrip(":").split(": ")[0].split("/")[0]
    names: list[str] = []
    for part in _PEOPLE_PARTS.split(first):
        part = clean_text(part) or ""
        if not a_persons_name(part):
            break
        if name := display_name(part):
            names.append(name)
    return names
