"""The MUSTs of RFC 4287 (Atom) that a feed reader relies on, checked element by element:
what the W3C feed validator would refuse. (Its own code cannot run here: no network.)"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

A = "{http://www.w3.org/2005/Atom}"
RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
IRI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:\S+$")
TEXT_TYPES = {None, "text", "html", "xhtml"}


def _one(parent, tag: str, where: str):
    found = parent.findall(A + tag)
    assert len(found) == 1, f"{where}: {len(found)} atom:{tag}, RFC 4287 wants exactly one"
    return found[0]


def _check_authors(parent, where: str) -> bool:
    authors = parent.findall(A + "author")
    for author in authors:
        name = _one(author, "name", f"{where} author").text or ""
        assert name.strip(), f"{where}: an author without a name"
    return bool(authors)


def _check_common(element, where: str) -> None:
    assert IRI.match(_one(element, "id", where).text or ""), f"{where}: atom:id is not an absolute IRI"
    title = _one(element, "title", where)
    assert title.get("type") in TEXT_TYPES, f"{where}: atom:title type {title.get('type')!r}"
    updated = _one(element, "updated", where).text or ""
    assert RFC3339.match(updated), f"{where}: atom:updated {updated!r} is not an RFC 3339 date-time"
    for link in element.findall(A + "link"):
        assert link.get("href"), f"{where}: atom:link without href"
    alternates = [(link.get("type"), link.get("hreflang")) for link in element.findall(A + "link")
                  if link.get("rel", "alternate") == "alternate"]
    assert len(alternates) == len(set(alternates)), f"{where}: two alternate links of one type"


def assert_valid_atom(body: bytes) -> list[ET.Element]:
    """The feed's entries, once the feed is found valid."""
    feed = ET.fromstring(body)
    assert feed.tag == A + "feed", f"the root is {feed.tag}, not atom:feed"
    _check_common(feed, "feed")
    feed_author = _check_authors(feed, "feed")
    entries = feed.findall(A + "entry")
    ids = []
    for n, entry in enumerate(entries):
        where = f"entry {n + 1}"
        _check_common(entry, where)
        assert _check_authors(entry, where) or feed_author, \
            f"{where}: no atom:author, and the feed names none"
        content = entry.find(A + "content")
        if content is None:
            assert any(link.get("rel", "alternate") == "alternate" for link in entry.findall(A + "link")), \
                f"{where}: neither atom:content nor an alternate link"
        else:
            assert content.get("type") in TEXT_TYPES or "/" in content.get("type", ""), where
        ids.append(entry.find(A + "id").text)
    assert len(ids) == len(set(ids)), "two entries share an atom:id"
    return entries
