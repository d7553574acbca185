"""A book's creators, each after the part they played (Iran's national book database, ketab.ir, 2022:
"نويسنده : دیماتیو ، ام.رابین - مترجم : کاویانی ، محمد - زيرنظر : هاشمیان ، کیانوش", author, translator,
supervisor, each name family name first). The author's role names the book's authors; a book no one wrote
as its author has them in its compiler (a selection "به‌اهتمام", compiled by); a translator, an editor or
a supervisor is none."""

from __future__ import annotations

import re

from ..identity import clean_text
from .html_meta import Page, byline_text, next_element
from .label_holders import label_holders
from .names import display_name

# Each entry "role : name", the entries parted by a hyphen between spaces (and one closing the last).
_ENTRY = re.compile(r"\s*([^\W\d_][^:\-]{0,30}?)\s*:\s*([^:]+?)\s*(?:-\s*|$)")
# The roles as a Persian or Arabic page writes them, without spaces or zero-width non-joiners, the Arabic
# yeh and kaf as Persian ones.
_AUTHORS = frozenset(("نویسنده", "نویسندگان", "مولف", "مؤلف", "مولفان", "پدیدآورنده", "تالیف", "تألیف"))
_COMPILERS = frozenset(("بهاهتمام", "بهکوشش", "گردآورنده", "گردآوری", "گردآورندگان", "تدوین"))
_OTHERS = frozenset(("مترجم", "مترجمان", "ترجمه", "ویراستار", "ویراستاران", "زیرنظر", "تصویرگر", "مصحح",
                     "شارح", "مقدمه", "بازنویسی", "ویرایش", "طراح"))
_AS_PERSIAN = str.maketrans({"\u064a": "\u06cc", "\u0643": "\u06a9", "\u200c": None, " ": None})


def authors_by_role(text: str | None) -> list[str] | None:
    """The authors of a creators' value whose every entry names a role a book's people play; None for a
    value of any other kind."""
    if not text or ":" not in text:
        return None
    entries: list[tuple[str, str]] = []
    at = 0
    for found in _ENTRY.finditer(text):
        if found.start() != at:
            return None  # words between the entries: no list of roles
        role = found.group(1).translate(_AS_PERSIAN)
        if role not in _AUTHORS | _COMPILERS | _OTHERS:
            return None
        entries.append((role, found.group(2)))
        at = found.end()
    if not entries or at != len(text):
        return None
    for roles in (_AUTHORS, _COMPILERS):
        named = [name for role, value in entries if role in roles and (name := display_name(value))]
        if named:
            return named
    return None


# The labels of a row of a book's creators, each by role (ketab.ir's "پدیدآور", creator).
_CREATORS_LABELS = frozenset(("پدیدآور", "پدیدآورنده", "پدیدآورندگان"))
_LONGEST_LABEL = 30


def role_listed_authors(page: Page) -> list[str] | None:
    """The authors of the page's row of creators by role, if it has one: a byline read from that row's
    links would take its translator and editors for authors."""
    for node, raw, _ in label_holders(page):
        label = (clean_text(raw) or "").rstrip(": ")
        if len(label) > _LONGEST_LABEL or label.translate(_AS_PERSIAN) not in _CREATORS_LABELS:
            continue
        value = next_element(node)
        if value is not None and (authors := authors_by_role(byline_text(value))):
            return authors
    return None
