"""What a page's body shows where its publisher keeps it: the rows of `sites.SITES` (selectors for
that platform's title, authors, abstract, dates and DOI, or the record a script keeps).

The readers that hold on most pages, and on a page without any scholarly meta, are in `shown.py`.
"""

from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import urlsplit

import msgspec
from selectolax.lexbor import LexborHTMLParser

from ..identity import clean_text, normalise_doi
from .common import UNREADABLE_JSON
from .dates import dates_in_text, labelled_dates, partial_date
from .html_meta import (
    Page,
    abstract_text,
    block_text,
    byline_text,
    select_all,
    select_first,
    selector_subjects,
    subtitle_beside,
    text_lines,
)
from .names import display_name, display_names, names_in_byline, same_person
from .sites import SITES, ScriptRecord, Site
from .subtitled_titles import with_subtitle

# Shorter "abstracts" are a heading left alone or a link.
MIN_ABSTRACT = 40


class BodyRecord(msgspec.Struct):
    """What the publisher rows found; `shown`/`not_published` are labelled dates (see dates)."""

    title: str | None = None
    authors: list[str] = []
    authors_over_meta: bool = False
    dates_over_meta: bool = False
    title_over_meta: bool = False
    abstract: str | None = None
    standfirst: str | None = None  # the abstract only where the meta gives none (`Site.standfirst`)
    doi: str | None = None
    stated: list[str] = []  # dates a script record states
    shown: list[str] = []
    not_published: list[str] = []
    known: bool = False  # some row applies: the page is a publisher's page
    # Read as a record on the document it offers under its heading alone (offered_documents): a record
    # only when the page dates it, and when it is no meeting's minutes.
    offered_alone: bool = False
    # Posted by the site's own account (an hAtom entry's hCard naming the site): no writer, and no byline
    # to seek one in.
    posted_by_the_site: bool = False
    # A post that states no day of its own (author_link_rows): the year of the entry it closes with, the
    # paper's it presents, does not date it.
    undated_post: bool = False


def site_rows(url: str, page: Page) -> list[Site]:
    """The rows that apply to a page, by its address or canonical link, or by their marks."""
    hosts = {_host(address) for address in (url, page.canonical, page.og_url)} - {""}
    tags = _tags_marks_may_match(page)
    return [
        site
        for site in SITES
        if any(host == known or host.endswith("." + known) for host in hosts for known in site.hosts)
        or any(_MARK_TAGS[mark] & tags and select_first(page.tree, mark) is not None for mark in site.marks)
    ]


# Every mark's subject (the compound it ends in), in one list: most pages match none of them and are
# walked once, not once a mark (fifty walks, ~5 ms of a capture), and a list of compounds gives lexbor
# no combinator to backtrack over. A mark is looked for only if an element of its subject's tag is found.
_MARK_SUBJECTS = ", ".join(sorted({subject for site in SITES for mark in site.marks
                                   for subject in selector_subjects(mark)}))
_ANY_TAG = "*"
_SUBJECT_TAG = re.compile(r"[a-z][a-z0-9-]*", re.IGNORECASE)


def _subject_tags(mark: str) -> frozenset[str]:
    tags = {(found[0].lower() if (found := _SUBJECT_TAG.match(subject)) else _ANY_TAG)
            for subject in selector_subjects(mark)}
    return frozenset({_ANY_TAG} if _ANY_TAG in tags else tags)


_MARK_TAGS = {mark: _subject_tags(mark) for site in SITES for mark in site.marks}


def _tags_marks_may_match(page: Page) -> frozenset[str]:
    """The tags of the elements some mark's subject matches, and "*" when there is one: a mark whose
    subject names a tag none of them has cannot match the page."""
    tags = {node.tag for node in page.tree.css(_MARK_SUBJECTS)} if _MARK_SUBJECTS else set()
    return frozenset({*tags, _ANY_TAG}) if tags else frozenset()


def read_sites(url: str, page: Page) -> BodyRecord:
    record = BodyRecord()
    for site in site_rows(url, page):
        record.known = True
        if not record.title and (title := _title(page, site.title)):
            record.title, record.title_over_meta = title, site.title_over_meta
        if not record.authors and (names := _authors(page, site)):
            record.authors, record.authors_over_meta = names, site.authors_over_meta
        record.abstract = record.abstract or _abstract(page, site)
        record.standfirst = record.standfirst or _standfirst(page, site.standfirst)
        record.doi = record.doi or _doi(page, site.doi)
        record.dates_over_meta = record.dates_over_meta or site.dates_over_meta
        for selector in site.dates:
            for node in select_all(page.tree, selector):
                for published, iso in labelled_dates(block_text(node) or ""):
                    (record.shown if published else record.not_published).append(iso)
        for name in site.date_meta:
            if published := partial_date(page.first(name)):
                record.shown.append(published)
        for selector in (*site.first_version, *site.issue_date):
            node = select_first(page.tree, selector)
            shown = dates_in_text(block_text(node) or "") if node is not None else []
            if first := next((iso for _, _, iso in shown if iso), None):
                record.shown.append(first)
        if site.script is not None:
            _read_script(page, site.script, record)
        if not record.authors and record.title:
            record.authors = _citation_meta_authors(page, site.citation_meta, record.title)
        if not record.authors:
            record.authors = _by_meta_authors(page, site.by_meta)
        if site.script_dates is not None:
            _read_script_dates(page, site.script_dates, record)
    return record


def _citation_meta_authors(page: Page, names: tuple[str, ...], title: str) -> list[str]:
    """The people a meta citation line names before the page's title, "A. Smith, B. Jones, <title>,
    <venue>…"; a line that does not hold the title right after its people is not read."""
    for name in names:
        line = clean_text(page.first(name)) or ""
        if line.startswith(title) and line[len(title):][:1] in _AFTER_A_TITLE:
            # The line opens with the title: a work of nobody named ("Notes, Notes and Records …").
            continue
        at = line.find(f", {title}")
        # The title whole, not the start of longer words (the journal's "Notes and Records" after
        # an item titled "Notes"): a subtitle's colon or the comma before the venue follows it.
        after = line[at + 2 + len(title):][:1]
        if at > 0 and after in _AFTER_A_TITLE and (people := names_in_byline(line[:at])):
            return people
    return []


_AFTER_A_TITLE = ("", ",", ":", ".", ";")


def _by_meta_authors(page: Page, names: tuple[str, ...]) -> list[str]:
    """The people a meta value names after "By ", in its first sentence ("By A and B."): a description
    may go on with the paper's summary ("By A and B. This paper examines …")."""
    for name in names:
        line = clean_text(page.first(name)) or ""
        byline = _SENTENCE_END.split(line[3:], maxsplit=1)[0].rstrip(".")
        if line[:3].casefold() == "by " and (people := names_in_byline(byline)):
            return people
    return []


# A byline's opening: "by A and B." as a citation writes it, or a post's signature, "Written by A"; in
# German "von A" (SciLogs' "Von Henning Lobin"), "Erstellt von A" (created by; Eawag's news items).
_BY_OPENING = re.compile(r"(?:written\s+)?by\s|(?:erstellt\s+)?von\s", re.IGNORECASE)
# A sentence's end, which the period after a name's initial ("Ana M. Jimenez") is not.
_SENTENCE_END = re.compile(r"(?<!\b[A-Z])\.(?:\s|$)")


def _read_script_dates(page: Page, marker: str, record: BodyRecord) -> None:
    """Dates a script's JSON labels ({"Available online": "21 April 2023", "Received": …}), read as
    the page would show them: "Available online 21 April 2023"."""
    for label, value in (_script_json(page, marker) or {}).items():
        values = value if isinstance(value, list) else [value]
        shown = " ".join(text for item in values if (text := _string(item)))
        for published, iso in labelled_dates(f"{label} {shown}") if shown else ():
            (record.shown if published else record.not_published).append(iso)


def _host(address: str | None) -> str:
    try:
        return (urlsplit((address or "").strip()).hostname or "").lower().removeprefix("www.")
    except ValueError:
        return ""


def _title(page: Page, selectors: tuple[str, ...]) -> str | None:
    # A subtitle set apart right after the title's element is part of the title (Europe PMC's
    # h1.content-title, then div.fm-subtitle).
    for selector in selectors:
        node = select_first(page.tree, selector)
        if node is not None and (text := block_text(node)):
            return with_subtitle(text, subtitle_beside(node))
    return None


def _authors(page: Page, site: Site) -> list[str]:
    for selector in site.authors:
        nodes = select_all(page.tree, selector)
        nodes = _leading_run(nodes) if site.authors_leading_run else nodes
        names = display_names([byline_text(node) or "" for node in nodes])
        if names:
            return _once(names)
    for selector in site.by_line:
        node = select_first(page.tree, selector)
        for line in text_lines(node) if node is not None else []:
            # "by A and B." as a citation writes it, or a post's signature, "Written by A" (Retraction Watch),
            # or "Von A", "Erstellt von A" (SciLogs, Eawag).
            opening = _BY_OPENING.match(line)
            if opening and (names := names_in_byline(line[opening.end():].rstrip("."))):
                return names
    for selector in site.header_column:
        node = select_first(page.tree, selector)
        if node is not None and (names := _header_authors(page, node.text(deep=True))):
            return names
    for selector in site.author_list:
        node = select_first(page.tree, selector)
        if node is not None and site.affiliations_inline:
            # A copy to take the italics out of: every other reader walks the page's own tree. Its
            # body holds the element's content whatever the element (a <td> alone parses as text).
            node = LexborHTMLParser(node.html or "").body
            for affiliation in node.css("em, i") if node is not None else ():
                affiliation.replace_with(",")
        text = byline_text(node) if node is not None else None
        if text and site.author_list_ends_at and (end := text.find(site.author_list_ends_at)) >= 0:
            text = text[:end]
        if names := names_in_byline(text):
            return names
    for selector in site.author_lines:
        node = select_first(page.tree, selector)
        lines = text_lines(node) if node is not None else []
        if names := display_names([line.split(",")[0] for line in lines if "," in line]):
            return names
    return []


# What may stand between two names of one list: commas, semicolons, "and", "&".
_SEPARATOR = re.compile(r"[\s,;&]*(?:\band\b[\s,;&]*)?", re.IGNORECASE)


def _leading_run(nodes: list[Any]) -> list[Any]:
    """The first of these elements and the ones after it among its siblings with nothing but
    separators between ("<span>Round, A.</span>; <span>Flat, B.</span> and <span>…</span>"), up to
    the first other text or element ("(2010). <title>. In: <editors> eds."). Linear in the siblings."""
    if not nodes:
        return []
    run = [nodes[0]]
    sibling = nodes[0].next
    while sibling is not None and len(run) < len(nodes):
        if sibling.tag == "-text":
            if not _SEPARATOR.fullmatch(sibling.text_content or ""):
                break
        elif sibling == nodes[len(run)]:
            run.append(sibling)
        elif sibling.tag != "-comment":
            break
        sibling = sibling.next
    return run


# Columns of a plain-text header are set apart by a run of spaces.
_COLUMN_GAP = re.compile(r"\s{2,}")
_RIGHT_COLUMN = 30  # an entry indented this far with nothing on its left is in the right column


def _header_authors(page: Page, text: str) -> list[str]:
    """The authors in the right column of a plain-text header ("INTERNET DRAFT   Michiel B. de
    Jong / Document: …   IndieHosters / …   F. Kooman"), in its order and spelling: the entries
    that name a person of the meta list; organisations and the date do not."""
    meta = display_names(page.every("dc.creator", "citation_author"))
    found: list[str] = []
    for line in text.splitlines():
        if not line.strip():
            if found:
                break  # the header ends at its first blank line after a name
            continue
        parts = _COLUMN_GAP.split(line.strip())
        indent = len(line) - len(line.lstrip())
        entry = parts[-1] if len(parts) > 1 or indent >= _RIGHT_COLUMN else None
        if entry and any(same_person(entry, name) for name in meta) and entry not in found:
            found.append(entry)
    return found if len(found) == len(meta) else []


def _once(names: list[str]) -> list[str]:
    """A byline the page shows twice (the byline, then its pop-up of author cards) read once."""
    half = len(names) // 2
    return names[:half] if len(names) % 2 == 0 and half and names[:half] == names[half:] else names


def _abstract(page: Page, site: Site) -> str | None:
    for selector in site.abstract:
        parts = [text for node in select_all(page.tree, selector) if (text := block_text(node))]
        if text := abstract_text(" ".join(parts)):
            return text
    for selector in site.abstract_text_in:
        node = select_first(page.tree, selector)
        if node is None:
            continue
        runs = [clean_text(child.text_content) or "" for child in node.iter(include_text=True)
                if child.tag == "-text"]
        longest = max(runs, key=len, default="")
        if len(longest) >= MIN_ABSTRACT:
            return abstract_text(longest)
    return None


def _standfirst(page: Page, selectors: tuple[str, ...]) -> str | None:
    """Every match of the first selector that matches, in order, when as long as an abstract."""
    for selector in selectors:
        parts = [text for node in select_all(page.tree, selector) if (text := block_text(node))]
        if text := abstract_text(" ".join(parts)):
            return text if len(text) >= MIN_ABSTRACT else None
    return None


def _doi(page: Page, selectors: tuple[str, ...]) -> str | None:
    for selector in selectors:
        for node in select_all(page.tree, selector):
            if doi := normalise_doi(block_text(node)):
                return doi
    return None


def _read_script(page: Page, script: ScriptRecord, record: BodyRecord) -> None:
    data = _script_json(page, script.marker, script.scripts)
    if not data:
        return
    record.title = record.title or _string(data.get(script.title))
    people = data.get(script.authors)
    if not record.authors and isinstance(people, list):
        record.authors = [name for person in people
                          if (name := display_name(_string(person.get(script.person)
                                                            if isinstance(person, dict) else person)))]
    if script.abstract:
        record.abstract = record.abstract or abstract_text(_string(data.get(script.abstract)))
    record.doi = record.doi or normalise_doi(_string(data.get(script.doi)))
    record.stated += [date for key in script.dates if (date := partial_date(_string(data.get(key))))]


_SPACES = re.compile(r"\s*")


def _script_json(page: Page, marker: str, scripts: str = "script") -> dict[str, Any] | None:
    # The JSON literal after the marker; the rest of the script is JavaScript, not ours to parse.
    for node in select_all(page.tree, scripts):
        text = node.text(deep=True) or ""
        at = text.find(marker)
        if at < 0:
            continue
        start = _SPACES.match(text, at + len(marker)).end()  # "contentInfo": {…}
        try:
            data, _ = json.JSONDecoder().raw_decode(text, start)
        except UNREADABLE_JSON:
            continue
        if isinstance(data, dict):
            return data
    return None


def _string(value: Any) -> str | None:
    return clean_text(value) if isinstance(value, str) else None
