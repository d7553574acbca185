"""The example author a scholarly-writing template ships, left in a manuscript's author list. Manubot's
template lists one person to copy ('John Doe', 'Jane Roe'): an ORCID of X's ('XXXX-XXXX-XXXX-XXXX'), the
affiliation 'Department of Something, University of Whatever' and the funding line 'Funded by Grant XXXXXXXX'
(or 'Funded by XX'). A draft that keeps the entry beside its real authors names no such person: the BIRS
biointegration white paper (round 221, 'Jane Roe' as its twenty-fifth author) and the Monarch Initiative's
GPT-mapping draft (round 99, 'John Doe' first) were settled so by the lead at stop 76.

The entry is told by what the template marks it with, never by its name: every ORCID it gives is the
template's run of X's, and its affiliation and funding line is the template's own placeholder text, its
words only the frame of an affiliation ('Department of', 'University of', 'Funded by Grant') around
words that name no institution ('Something', 'Whatever') or runs of X's. Real authors whose ORCIDs were left
as X's keep their place: their affiliations name real institutions (TaylorResearchLab's bifo paper, eight
such authors). Nor do co-authors who copied the entry and filled in their names and accounts but left its
ORCID and affiliation (the satuRn manuscript, round 244: 'kvittingseerup', 'statOmics'): the template's entry
links the template's own accounts ('johndoe', 'janeroe') or X's, so an item linking a GitHub, Twitter or
Mastodon account of its own has been filled by its person, and its name is kept in the meta too. Both places
the entry stands are read: the head's citation_author group (its
citation_author_orcid and citation_author_institution tags after it) and the Authors list's item (its
<strong> name, its ORCID links and its <small> line), so that a page read without its meta drops it too."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import unquote

from ..identity import clean_text
from .html_meta import Page

# An ORCID the template leaves to be filled: four groups of X's.
_PLACEHOLDER_ORCID = re.compile(r"X{4}-X{4}-X{4}-X{4}")
# The words an affiliation or a funding line is framed with, which name no institution by themselves.
_FRAME_WORDS = frozenset({
    "department", "university", "institute", "school", "college", "faculty", "laboratory", "lab", "center",
    "centre", "of", "the", "and", "for", "funded", "by", "grant", "grants",
})
# The words a template writes where an institution's name goes.
_STAND_IN_WORDS = frozenset({"something", "whatever", "somewhere"})
# A run of X's where a grant's number or a funder goes ('XXXXXXXX', 'XX').
_X_RUN = re.compile(r"X{2,}")
_WORD = re.compile(r"\w+")
# The accounts the template's example entries link (GitHub, Twitter, Mastodon: 'johndoe', 'janeroe').
_TEMPLATE_ACCOUNTS = frozenset({"johndoe", "janeroe"})
# Where an item's account links point: the host, then the handle.
_ACCOUNT_HOSTS = ("github.com/", "twitter.com/", "x.com/", "mastodon.social/")


def is_placeholder_line(text: str | None) -> bool:
    """Whether an affiliation or funding line is the template's placeholder: every word the frame of an
    affiliation, a stand-in word or a run of X's, and one of the latter at least."""
    words = _WORD.findall(text or "")
    stand_ins = [word for word in words if _X_RUN.fullmatch(word) or word.casefold() in _STAND_IN_WORDS]
    return bool(stand_ins) and all(
        word.casefold() in _FRAME_WORDS or _X_RUN.fullmatch(word) or word.casefold() in _STAND_IN_WORDS
        for word in words)


def _placeholder_orcid(value: str | None) -> bool:
    return bool(value) and _PLACEHOLDER_ORCID.search(value or "") is not None


def example_authors(page: Page) -> frozenset[str]:
    """The names (casefolded, spaces collapsed) of the template's example authors left in the page."""
    found = set()
    examples, filled = _examples_of_the_authors_list(page)
    if any(_placeholder_orcid(value) for value in page.meta.get("citation_author_orcid", ())):
        found |= _examples_of_the_citation_groups(page) - filled
    found |= examples
    return frozenset(found)


def _key(name: str | None) -> str:
    return " ".join((name or "").split()).casefold()


def _examples_of_the_citation_groups(page: Page) -> set[str]:
    """citation_author groups (the author, then its ORCID and institution tags) of placeholders alone."""
    groups: list[tuple[str, list[str], list[str]]] = []
    for node in page.tree.css("meta[name]"):
        name = (node.attributes.get("name") or "").strip().lower()
        content = node.attributes.get("content") or ""
        if name == "citation_author":
            groups.append((content, [], []))
        elif groups and name == "citation_author_orcid":
            groups[-1][1].append(content)
        elif groups and name == "citation_author_institution":
            groups[-1][2].append(content)
    return {_key(author) for author, orcids, places in groups
            if orcids and places and all(map(_placeholder_orcid, orcids))
            and all(map(is_placeholder_line, places))}


def _examples_of_the_authors_list(page: Page) -> tuple[set[str], set[str]]:
    """Items of an authors list whose ORCID links are all X's and whose <small> line is placeholder text:
    the item's <strong> name, an example's where the item links no account of its own, else a person's who
    filled the entry in. Only the items holding such a link are looked at, each once."""
    examples: set[str] = set()
    filled: set[str] = set()
    seen: set[int] = set()
    for link in page.tree.css('a[href*="orcid.org/XXXX"]'):
        item = _item_of(link)
        if item is None or item.mem_id in seen:
            continue
        seen.add(item.mem_id)
        if _an_example(item) and (name := item.css_first("strong")) is not None:
            (filled if _links_its_own_account(item) else examples).add(_key(clean_text(name.text())))
    return examples, filled


def _item_of(node: Any) -> Any:
    """The list item the link stands in, a few levels up (the item's paragraph between them)."""
    for _ in range(4):
        node = node.parent
        if node is None:
            return None
        if node.tag == "li":
            return node
    return None


def _an_example(item: Any) -> bool:
    orcids = [link for link in item.css("a[href]") if "orcid.org/" in (link.attributes.get("href") or "")]
    lines = item.css("small")
    return (bool(orcids) and all(_placeholder_orcid(link.attributes.get("href")) for link in orcids)
            and bool(lines) and all(is_placeholder_line(line.text()) for line in lines))


def _links_its_own_account(item: Any) -> bool:
    """Whether the item links a GitHub, Twitter or Mastodon account other than the template's own or X's."""
    for link in item.css("a[href]"):
        href = unquote(link.attributes.get("href") or "")
        for host in _ACCOUNT_HOSTS:
            _, found, rest = href.partition(host)
            handle = _WORD.match(rest.lstrip("@")) if found else None
            if handle and handle.group().casefold() not in _TEMPLATE_ACCOUNTS and not _X_RUN.fullmatch(
                    handle.group()):
                return True
    return False


def without_the_templates_example(page: Page, authors: list[str] | None) -> list[str] | None:
    """The authors less the template's example author left in the list (None where none remain)."""
    if not authors:
        return authors
    examples = example_authors(page)
    if not examples:
        return authors
    return [author for author in authors if _key(author) not in examples] or None
