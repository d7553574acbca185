"""Shared reading of paper pages: meta tags, JSON-LD, canonical links, dates, names.

A page is parsed once with lexbor; every normaliser reads the same `Page`. Nothing here
looks at HTML with regular expressions: the parser copes with unquoted attributes,
any attribute order and entity-encoded values (ACL, bioRxiv), which regexes do not.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import msgspec
from selectolax.lexbor import LexborHTMLParser

from ..identity import clean_text

# schema.org types that describe a paper; scholarly ones are preferred over plain Article.
_ARTICLE_TYPES = {
    "ScholarlyArticle": 0,
    "MedicalScholarlyArticle": 0,
    "Article": 1,
    "Report": 1,
    "Thesis": 1,
    "Chapter": 1,
}
_BLOCK_TAGS = "p,div,li,br,tr,h1,h2,h3,h4,h5,h6,section,blockquote"
_NAME_SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}
_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
# These parse date strings a page put in an attribute or JSON, not HTML.
_NUMERIC_DATE = re.compile(r"(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?(?![\d])")
_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?,?\s+(\d{4})")
_MONTH_DAY_YEAR = re.compile(r"([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})")
_MONTH_YEAR = re.compile(r"([A-Za-z]+)\.?,?\s+(\d{4})")
_ABSTRACT_LABEL = re.compile(r"^abstract\s*[:.—-]?\s*", re.IGNORECASE)


@dataclass
class Page:
    """One parsed page. `meta` maps lower-cased name/property/itemprop to contents in page order."""

    tree: LexborHTMLParser
    meta: dict[str, list[str]] = field(default_factory=dict)
    articles: list[dict[str, Any]] = field(default_factory=list)
    canonical: str | None = None
    og_url: str | None = None

    def first(self, *names: str) -> str | None:
        """The first non-empty content among `names`, in the order given, cleaned."""
        for name in names:
            for value in self.meta.get(name, ()):
                text = clean_text(value)
                if text:
                    return text
        return None

    def every(self, *names: str) -> list[str]:
        """All non-empty contents of the first of `names` the page has, cleaned, in page order."""
        for name in names:
            values = [text for value in self.meta.get(name, ()) if (text := clean_text(value))]
            if values:
                return values
        return []

    def node_text(self, selector: str) -> str | None:
        node = self.tree.css_first(selector)
        return node_text(node) if node is not None else None


def parse_page(html: str) -> Page:
    tree = LexborHTMLParser(html)
    page = Page(tree=tree, meta=_collect_meta(tree), articles=_collect_articles(tree))
    page.canonical = _canonical(tree)
    page.og_url = page.first("og:url")
    return page


def _collect_meta(tree: LexborHTMLParser) -> dict[str, list[str]]:
    meta: dict[str, list[str]] = {}
    for node in tree.css("meta"):
        attrs = node.attributes
        content = attrs.get("content")
        if content is None:
            continue
        # bioRxiv writes name="og-title" property="og:title": file it under both keys.
        for attr in ("name", "property", "itemprop"):
            key = attrs.get(attr)
            if key:
                meta.setdefault(key.strip().lower(), []).append(content)
    return meta


def _canonical(tree: LexborHTMLParser) -> str | None:
    for node in tree.css("link[rel][href]"):
        rel = (node.attributes.get("rel") or "").lower().split()
        if "canonical" in rel:
            return clean_text(node.attributes.get("href"))
    return None


def _collect_articles(tree: LexborHTMLParser) -> list[dict[str, Any]]:
    found: list[tuple[int, int, dict[str, Any]]] = []
    for node in tree.css("script"):
        kind = (node.attributes.get("type") or "").lower()
        if not kind.startswith("application/ld+json"):
            continue
        try:
            data = msgspec.json.decode(node.text(deep=True) or "")
        except msgspec.DecodeError:
            continue  # a broken block on an otherwise fine page is not our problem
        for obj in _walk_json_ld(data):
            rank = _article_rank(obj.get("@type"))
            if rank is not None:
                found.append((rank, len(found), obj))
    return [obj for _, _, obj in sorted(found, key=lambda item: item[:2])]


def _walk_json_ld(data: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    # @graph may hold nested arrays (Semantic Scholar) and articles may sit under mainEntity.
    if depth > 8:
        return
    if isinstance(data, list):
        for item in data:
            yield from _walk_json_ld(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        for value in data.values():
            if isinstance(value, dict | list):
                yield from _walk_json_ld(value, depth + 1)


def _article_rank(types: Any) -> int | None:
    names = types if isinstance(types, list) else [types]
    ranks = [
        _ARTICLE_TYPES[short]
        for name in names
        if isinstance(name, str) and (short := re.split(r"[/:#]", name)[-1]) in _ARTICLE_TYPES
    ]
    return min(ranks) if ranks else None


def node_text(node: Any) -> str | None:
    """Text of an element and its descendants, cleaned (inline links stay part of it)."""
    return clean_text(node.text(deep=True, separator=""))


def fragment_text(value: str | None) -> str | None:
    """Text of a value that may hold markup (bioRxiv's escaped abstract): tags and a leading
    "Abstract" heading go, block boundaries become spaces.

    Plain text can hold "x<y" (TeX), so only a value with a closing tag is read as markup.
    """
    if value is None:
        return None
    if "</" in value:
        tree = LexborHTMLParser(value)
        for heading in tree.css("h1,h2,h3,h4,h5,h6"):
            if (clean_text(heading.text()) or "").casefold() in ("abstract", "summary"):
                heading.decompose()
        for block in tree.css(_BLOCK_TAGS):
            block.insert_after(" ")
        body = tree.body
        value = body.text(deep=True, separator="") if body is not None else ""
    text = clean_text(value)
    if text:
        text = clean_text(_ABSTRACT_LABEL.sub("", text))
    return text


def display_name(value: str | None) -> str | None:
    """A display name, given name first: "Vaswani, Ashish" -> "Ashish Vaswani"."""
    text = clean_text(value)
    if not text or "," not in text:
        return text
    parts = [part.strip() for part in text.split(",")]
    if len(parts) == 2 and parts[1] and parts[1].lower() not in _NAME_SUFFIXES:
        return f"{parts[1]} {parts[0]}"
    if len(parts) == 3 and parts[1] and parts[2].lower() in _NAME_SUFFIXES:
        return f"{parts[1]} {parts[0]} {parts[2]}"
    return text


def partial_date(value: str | None) -> str | None:
    """ISO date as precise as the source: "2021/6" -> "2021-06", "4 April 2022" -> "2022-04-04",
    "2018-10-11T00:50:01Z" -> "2018-10-11", "2004" -> "2004"."""
    text = clean_text(value)
    if not text:
        return None
    if match := _NUMERIC_DATE.match(text):
        year, month, day = match.groups()
        return _iso(int(year), int(month) if month else None, int(day) if day else None)
    if match := _DAY_MONTH_YEAR.search(text):
        day, month, year = match.groups()
        return _iso(int(year), _MONTHS.get(month.lower()), int(day))
    if match := _MONTH_DAY_YEAR.search(text):
        month, day, year = match.groups()
        return _iso(int(year), _MONTHS.get(month.lower()), int(day))
    if match := _MONTH_YEAR.search(text):
        month, year = match.groups()
        if month.lower() in _MONTHS:
            return _iso(int(year), _MONTHS[month.lower()], None)
    return None


def _iso(year: int, month: int | None, day: int | None) -> str | None:
    if month is None:
        return f"{year:04d}" if day is None else None
    if not 1 <= month <= 12:
        return None
    if day is None:
        return f"{year:04d}-{month:02d}"
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def best_date(candidates: list[str | None]) -> str | None:
    """The most trusted date, refined by a less trusted one that agrees with it.

    Trust alone gets two real pages wrong: Semantic Scholar's citation date is the bare year
    ("2022") next to a full JSON-LD date, and bioRxiv's citation_publication_date is a
    placeholder 1 January next to the real posting date.
    """
    dates = [date for date in candidates if date]
    if not dates:
        return None
    chosen = dates[0]
    for other in dates[1:]:
        refines = len(other) > len(chosen) and other.startswith(chosen)
        replaces_placeholder = chosen.endswith("-01-01") and other[:4] == chosen[:4]
        if refines or (replaces_placeholder and other != chosen):
            chosen = other
    return chosen


def json_ld_text(value: Any) -> str | None:
    """A JSON-LD value that should be a string: plain, or a list/object wrapping one."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, list):
        for item in value:
            if text := json_ld_text(item):
                return text
    if isinstance(value, dict):
        return json_ld_text(value.get("@value") or value.get("name"))
    return None


def json_ld_authors(value: Any) -> list[str]:
    items = value if isinstance(value, list) else [value]
    names: list[str] = []
    for item in items:
        if isinstance(item, str):
            name = display_name(item)
        elif isinstance(item, dict):
            given, family = item.get("givenName"), item.get("familyName")
            if isinstance(given, str) and isinstance(family, str):
                name = clean_text(f"{given} {family}")
            else:
                name = display_name(json_ld_text(item.get("name")))
        else:
            name = None
        if name:
            names.append(name)
    return names


def json_ld_strings(value: Any) -> Iterator[str]:
    """Every string inside a JSON-LD value (for identifier/sameAs hunts)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for item in value:
            yield from json_ld_strings(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from json_ld_strings(item)
