"""A registry's record of a study (ClinicalTrials.gov, 2018-2019: the study's Full Text View): no meta but
a title, the heading the title names, a box of labelled lines under it with the day the record was first
posted ('First Posted : November 19, 2018', its label in a span of its own, 'Last Update Posted' after it),
and the study's summary in the block after a label of its own ('<div>Brief Summary:</div><div>The purpose of
this research study is …</div>'). A dated record of the registry, summed up by that summary; no writer is
named (the principal investigator is the study's, the responsible party the sponsor, an institution), as a
news release without a byline names none.
"""

from __future__ import annotations

import re
from typing import Any

from ..identity import clean_text
from .body import MIN_ABSTRACT, BodyRecord
from .dates import DAY_LENGTH
from .dates_after_labels import dates_after
from .html_meta import Page, abstract_text, block_text, next_element, short_text
from .places import HEADINGS, title_heading

# The labels of the day a registry first published the record: 'First Posted' (ClinicalTrials.gov since
# 2017), 'First received' (its earlier pages). Not 'Last Update Posted' nor 'Last Verified': later changes.
_FIRST_POSTED = re.compile(r"\bfirst (?:posted|received)\b", re.IGNORECASE)
_POSTED_WORDS = re.compile(r"posted|received", re.IGNORECASE)
# The labels of a study's summary, set in an element of their own over it.
_SUMMARY_LABELS = frozenset(("brief summary",))
# The elements a label is set in, and how much of one's raw text is read: a label's, padding and all.
_LABEL_HOLDERS = "div, span, b, strong, dt, th, td"
_LONGEST_LABEL = 40


def registered_study(page: Page, title: str | None) -> BodyRecord | None:
    """The record of a study's page of a registry: the heading its title names, the day it was first posted
    and its labelled summary; None where the page lacks any of them."""
    if not title or title_heading(page, title, HEADINGS) is None:
        return None
    posted = dates_after(page, _FIRST_POSTED, _POSTED_WORDS)
    day = next((found for found in posted if len(found) == DAY_LENGTH), None)
    summary = _labelled_summary(page) if day is not None else None
    if summary is None:
        return None
    return BodyRecord(title=title, abstract=summary, shown=[day], known=True)


def _labelled_summary(page: Page) -> str | None:
    """The text of the block right after an element whose whole text is a summary's label; None where no
    such label heads one. Each holder's text is read no further than a label's length."""
    for node in page.tree.css(_LABEL_HOLDERS):
        raw = short_text(node, _LONGEST_LABEL)
        if raw is None or (clean_text(raw) or "").rstrip(": ").casefold() not in _SUMMARY_LABELS:
            continue
        value: Any = next_element(node)
        text = abstract_text(block_text(value)) if value is not None else None
        if text and len(text) >= MIN_ABSTRACT:
            return text
    return None
