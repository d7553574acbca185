"""Who wrote the paper, as a page without meta shows it: its schema.org or FOAF people, a byline
element (platforms' byline classes, one person a list item), or the run of links to people's pages
under the heading of its title."""

from __future__ import annotations

import re
from itertools import chain
from typing import Any

from selectolax.lexbor import LexborHTMLParser

from ..identity import clean_text
from .author_links import author_links
from .dates import whole_date
from .html_meta import (
    Page,
    alone_in_parent,
    block_text,
    byline_text,
    nearest_answer,
    next_element,
    short_text,
)
from .names import NAME_PART, display_name, display_names, folded, names_in_byline, names_in_citation
from .places import (
    HEADING_TAGS,
    HEADINGS,
    LABELLED_BLOCKS,
    OWN_TITLE,
    after_bracketed_label,
    ancestors,
    below_heading,
    bracketed_label,
    compact,
    title_or_first_heading,
)

# Elements that hold a byline on pages without a publisher row, most specific first.
_BYLINES = (
    '[class~="byline"]', '[class~="authors"]', '[class~="author-list"]', '[class~="contributors"]',
    # Platforms' own byline classes: HighWire, Springer (2013 and now), Hindawi, Copernicus, eLife.
    '[class~="highwire-cite-authors"]', '[class~="AuthorNames"]', '[class~="c-article-author-list"]',
    '[class~="author_gp"]', '[class~="pb_authors"]', '[class~="content-header__author_list"]',
    # Wiley (2016), Zenodo's creators and contributors, OJS and OPUS's author block.
    '[class~="articlesWrittenBy"]', '[class~="creatibutors"]', "#author",
    # HighWire's first platform (Science Signaling, 2013): <p class="Authors">, marks and all.
    '[class~="Authors"]',
    # PubMed Central (2024): the contributor group, each name a link with a hidden pop-up.
    "div.cg",
    # PubMed Central (2014): the authors' contributor group, each name a link to a PubMed search, the
    # editor in a group of its own (div.fm-editor) after it.
    'div[class~="fm-author"]',
    # Silverchair's author list (AIP Publishing, 2023): each person a div.al-author-name, the name an
    # a.linked-name, then the person's info card (the name again, affiliations, search links).
    '[class~="al-authors-list"]',
    # APA PsycNET's author group; Atypon's author block as a div (Annual Reviews, 2015:
    # div.hlFld-ContribAuthor > div.author > p.name "Rahul Nandkishore<sup>1</sup> and …").
    '[class~="authorGroup"]', 'div[class~="hlFld-ContribAuthor"]',
    # Atypon's list of authors (ACP Journals 2020, the ACM Digital Library, Wiley since 2019).
    '[class~="loa"]',
    # OJS 2's author string (Ubiquity Press, 2013) and Frontiers' people list (2024).
    "#authorString", '[class~="PeopleList"]',
    # A blog's hCard author (WordPress themes: <span class="author vcard"><a class="url fn">…</a>).
    '[class~="author"][class~="vcard"]',
    # RSC Publishing's article HTML: the paragraph after the heading, each person in bold, then
    # the affiliations.
    'p[class~="header_text"]',
    # RSC Publishing's landing page (2023): each person a search link with marks and an ORCID icon.
    '[class~="article__authors"]',
    # IIETA's paper page (Drupal 7): the people in the first div.paper-author, parted by "|".
    '[class~="paper-author"]',
    # MDPI's article HTML (2014): the author group over the affiliations, marks in superscripts.
    '[class~="html-author-group"]',
    # MDPI's article page (2025): "by" and each person a div.profile-card-drop, the name, beside a hidden
    # profile card (the name again, SciProfiles, Scilit, Preprints.org and Google Scholar links).
    '[class~="art-authors"]',
    # Cambridge Core's full text (2016): a heading classed "author", the people in capitals.
    'h3[class~="author"]',
    # Atypon's Literatum of the early 2010s (MIT Press Journals, 2013): div.artAuthors holds the byline
    # in bold, then the affiliation in a paragraph.
    'div[class~="artAuthors"] > strong',
    # nature.com's legacy pages (to 2012): the author group under the title, p#aug on an article,
    # p.aug on a Naturejobs story (its citation_authors empty).
    "p#aug", 'p[class~="aug"]',
    # A list labelled for screen readers as the authors (DergiPark, 2026: <ul aria-label="Authors"> under
    # the title, each person a link, the primary author's followed by <sup>*</sup>).
    'ul[aria-label="Authors" i]', 'ol[aria-label="Authors" i]',
    # Hugo's Academic theme and its successors (Wowchemy, Hugo Blox Builder), a generator of researchers'
    # and labs' sites: the people, one span each (a link to the person's page on the site, or not), in
    # the first block of div.article-metadata, the date and categories after it. The class is a common
    # word: another theme's block of links (categories, tags) there is no byline.
    'div[class~="article-metadata"] > div:not(:has(> :not(span)))',
)


def byline(page: Page, title: str | None = None) -> list[str]:
    """The authors a page without meta shows: its schema.org people, else its byline element (also
    when it holds those people and more: HighWire marks every person of its list but the last), else
    the links to author pages under its heading."""
    people = display_names(page.people()) or _foaf_people(page) or _marked_names_under_heading(page, title)
    shown = _contributor_spans(page) or _byline_element(page)
    if people and not (len(shown) > len(people) and shown[: len(people)] == people):
        return people
    return (shown or author_links(page, title) or _headed_byline(page) or _quarto_title_meta(page)
            or _labelled_byline(page) or _bracket_labelled_byline(page)
            or _by_under_heading(page, title) or _people_after_heading(page, title)
            or _person_beside_own_address(page, title) or _own_citation_names(page, title))


# The parts of a name as JATS (given-names, surname) and hCard (given-name, family-name) mark them.
_FAMILY_NAMES = frozenset({"surname", "family-name"})
_GIVEN_NAMES = '[class~="given-names"], [class~="given-name"]'


def _marked_names_under_heading(page: Page, title: str | None) -> list[str]:
    """The people between the title's heading and the next heading whose names are marked in parts
    (ScienceDirect: <span class="given-name">Mahir</span> <span class="text surname">Yazar</span> in
    each of the byline's buttons): the byline, where no other mark says who the authors are. Names so
    marked further down are the references' authors."""
    heading = title_or_first_heading(page, title)
    body = page.tree.body
    if heading is None or body is None:
        return []
    names: list[str] = []
    lone_given: dict[int, Any] = {}
    others: set[int] = set()
    after = False
    for node in body.traverse():
        if node.mem_id == heading.mem_id:
            after = True
        elif after and node.tag in HEADING_TAGS:
            break
        elif after and _OTHER_ROLE.match(clean_text(node.text(deep=False)) or ""):
            others.add(node.mem_id)
            others.update(labelled.mem_id for labelled in _labelled_by(node))
        elif after and node.parent is not None and not _FAMILY_NAMES.isdisjoint(
                (node.attributes.get("class") or "").split()):
            if _inside(node, others):
                continue  # "Edited by <span class="given-names">…": the editor, not an author
            given = _given_name_beside(node, lone_given)
            name = display_name(f"{block_text(given) or ''} {block_text(node) or ''}" if given is not None
                                else block_text(node))
            if name and name not in names:
                names.append(name)
    return names


# What an element labels its people as when they are not the authors: the editors and reviewers
# eLife, Frontiers and PLOS name under the title, marked in parts as the authors are.
_OTHER_ROLE = re.compile(
    r"(?:(?:handling|academic|reviewing|senior|guest)\s+)?(?:edited|editors?|reviewed|reviewers?|communicated)\b",
    re.IGNORECASE,
)
# How far up an editor's label may stand from the name it labels.
_ROLE_DEPTH = 4
# An editor's or reviewer's label that is the whole of its element: "Edited by", "Handling editor:".
_ROLE_LABEL = re.compile(rf"{_OTHER_ROLE.pattern}(?:\s+by)?\s*:?", re.IGNORECASE)


def _labelled_by(label: Any) -> list[Any]:
    """What an editor's or reviewer's label in an element of its own labels: the element it opens
    (<div><span>Edited by</span> <span class="given-names">Carl</span> …</div>), else the element after
    it (<dt>Editor</dt><dd>…</dd>; <p><span>Handling editor:</span></p><p>…</p>)."""
    if not _ROLE_LABEL.fullmatch(clean_text(label.text(deep=True)) or ""):
        return []
    # Whether the label opens its parent, or is all of it, by its siblings alone: the parent's text
    # is the rest of the page in a deep nest, and reading it once a label was quadratic.
    opens = _blank_to(label, "prev")
    alone = opens and _blank_to(label, "next")
    parent = label.parent
    if label.tag not in ("dt", "th") and opens and not alone and parent is not None:
        return [parent]
    after = next_element(parent if alone and parent is not None else label)
    return [after] if after is not None and after.tag not in HEADING_TAGS else []


def _blank_to(node: Any, step: str) -> bool:
    """Whether nothing but spaces and comments stands beside the node, before it or after it."""
    sibling = getattr(node, step)
    while sibling is not None:
        shown = sibling.tag == "-text" and (sibling.text_content or "").strip()
        if shown or sibling.tag not in ("-text", "-comment"):
            return False
        sibling = getattr(sibling, step)
    return True


def _inside(node: Any, marked: set[int]) -> bool:
    parent = node.parent
    for _ in range(_ROLE_DEPTH):
        if parent is None:
            return False
        if parent.mem_id in marked:
            return True
        parent = parent.parent
    return False


def _given_name_beside(surname: Any, lone_given: dict[int, Any]) -> Any:
    """The given name marked beside a family name, with only spaces between them (before it, or after
    a family name written first), else its parent's when that holds one given name. A list marked flat
    in one element (<p><span class="given-names">Ana</span> <span class="surname">Silva</span>, <span
    class="given-names">Bo</span> …) holds each person's given name beside their family name; the
    parent's first is the first person's alone."""
    for step in ("prev", "next"):
        sibling = getattr(surname, step)
        while sibling is not None and (sibling.tag == "-comment" or (
                sibling.tag == "-text" and not (sibling.text_content or "").strip())):
            sibling = getattr(sibling, step)
        if sibling is not None and not sibling.tag.startswith("-") and sibling.css_matches(_GIVEN_NAMES):
            return sibling
    parent = surname.parent
    if parent.mem_id not in lone_given:
        # Once per parent: a list of thousands of names is not searched once for each.
        givens = parent.css(_GIVEN_NAMES)
        lone_given[parent.mem_id] = givens[0] if len(givens) == 1 else None
    return lone_given[parent.mem_id]


def _people_after_heading(page: Page, title: str | None) -> list[str]:
    """The element right after the heading when it lists people family name first, one a part
    (Zenodo's legacy record page: "Staib, Matthias; Castegnetti, Giuseppe; …", each in a span whose
    tooltip is the affiliation), or when it is a heading of names."""
    # A page may show the title twice (IJCAI: h1.page-title, then the h1 its h2 of names follows).
    key = compact(title or "")
    for shown in page.tree.css(HEADINGS) if key else ():
        after = next_element(shown) if compact(block_text(shown) or "") == key else None
        if after is not None and after.tag in HEADING_TAGS and (names := _names_heading(block_text(after))):
            return names
    heading = title_or_first_heading(page, title)
    after = next_element(heading) if heading is not None else None
    if after is not None and after.tag in ("p", "div") and whole_date(after.text(deep=True)):
        after = next_element(after)  # a hand-made page's dateline above its byline
    if after is not None and after.tag in ("p", "div") and (
        names := _names_line(after) or _emphasised_names(after)
    ):
        return names
    text = clean_text(after.text(deep=True)) if after is not None and after.tag in ("p", "div") else None
    if not text or ";" not in text or len(text) > _PEOPLE_LINE:
        return []
    names = names_in_byline(text)
    return names if len(names) == text.count(";") + 1 else []


def _person_beside_own_address(page: Page, title: str | None) -> list[str]:
    """The people whose names open the blocks after the title's heading, each in an element of its own
    and on a line of its own, each block also giving that person's e-mail address (a hand-made paper page,
    the Journal of Digital Information, 2001: <center><font size=+1>Jane Hunter</font><br>DSTC Pty Ltd, …
    <br>Email: <a href="mailto:jane@dstc.edu.au">…</center>; an AT&T technical report of 1999: a report
    number and a date, then <P><B>Lorrie Faith Cranor</B> <BR>AT&amp;T Labs-Research … lorrie@acm.org, one
    such paragraph a person). The address is what tells a name from a subtitle set the same way."""
    heading = title_or_first_heading(page, title)
    if heading is None:
        return []
    # The heading may stand alone in a wrapper (<center><h1>…</h1></center>): the blocks are the next ones.
    node = heading
    while node.parent is not None and node.parent.tag not in ("body", "html") and alone_in_parent(node):
        node = node.parent
    names: list[str] = []
    block, passed = next_element(node), 0
    # A few blocks may stand between the heading and the people (a report's number, its date); the
    # people's blocks follow one another, and the first block that names nobody ends them.
    while block is not None:
        name = _name_beside_own_address(block)
        if name:
            names.append(name)
        elif names or passed >= _BLOCKS_BEFORE_PEOPLE:
            break
        else:
            passed += 1
        block = next_element(block)
    return names


# How many blocks may stand between the title's heading and the first person's block.
_BLOCKS_BEFORE_PEOPLE = 3
# A name's footnote marks ("Joseph Reagle *", "Mark S. Ackerman **"): the notes under the byline's.
_TRAILING_MARKS = " *\u2020\u2021\u00a7\u00b6"


def _name_beside_own_address(block: Any) -> str | None:
    """The name that opens the block in an element of its own before a <br>, when a mailto link in the
    block names that person (a word of the name, three letters or more, in the mailbox)."""
    first = block.child
    while first is not None and first.tag == "-text" and not (first.text_content or "").strip():
        first = first.next
    after = next_element(first) if first is not None and not first.tag.startswith("-") else None
    if after is None or after.tag != "br":
        return None
    name = (clean_text(first.text(deep=True)) or "").rstrip(_TRAILING_MARKS)
    if not NAME_PART.fullmatch(name):
        return None
    # A label over a role's address is no person: "Media Contact" over media@, "Press Office" over
    # press@, "Public Affairs" over publicaffairs@ (a university's news release of a paper).
    parts = [folded(word) for word in name.split()]
    role = _role_word(parts[-1])
    words = [word for word in parts if len(word) >= 3 and not _role_word(word)]
    for link in block.css('a[href^="mailto:"]'):
        mailbox = folded((link.attributes.get("href") or "")[len("mailto:"):].split("@")[0])
        if role and _mailbox_of_the_person(mailbox, parts):
            return display_name(name)  # "Jane Press" at jane.press@ or jpress@: a family name, no role
        if not role and any(word in mailbox for word in words):
            return display_name(name)
    return None


def _role_word(word: str) -> bool:
    """A word of a role's or an office's name: one of the list, or a plural noun of an activity
    ("Admissions", "Relations", "Publications", "Operations"), which no family name is."""
    return word in _ROLE_WORDS or (len(word) > len("ions") and word.endswith("ions"))


def _mailbox_of_the_person(mailbox: str, words: list[str]) -> bool:
    """Whether a mailbox spells a person's given name and family name as people's addresses do (jane.press,
    jpress, pressj, jane), the given name no role's word: a label that ends in a role's word ("Public
    Affairs", "Outreach Office") is a person's name only so."""
    given, family = words[0], words[-1]
    if len(words) < 2 or _role_word(given) or len(given) < 2:
        return False
    return mailbox in (given + family, given[0] + family, family + given, family + given[0], given)


# The words of role addresses (RFC 2142's info@, news@, support@, webmaster@, and a press office's,
# an editorial office's, a help desk's and a library's or department's), which a contact block's label
# repeats.
_ROLE_WORDS = frozenset({
    "info", "information", "news", "newsroom", "press", "media", "contact", "contacts", "office", "support",
    "help", "helpdesk", "desk", "editor", "editors", "editorial", "communications", "relations", "public",
    "webmaster", "admin", "sales", "marketing", "enquiries", "inquiries", "general", "team", "service",
    "services", "library", "department", "dept", "school", "faculty", "centre", "center", "institute",
    "unit", "board", "group", "lab", "research", "reception", "secretary", "secretariat",
    # …and the heads and qualifiers of an office's name that the plural nouns ("Admissions") leave out.
    "affairs", "outreach", "alumni", "manager", "officer", "coordinator", "events", "publicity", "comms",
    "corporate", "university", "college", "graduate", "undergraduate", "student", "students", "staff",
    "international", "external", "global", "strategic", "enquiry", "inquiry", "newsdesk",
})


_NAMES_SEPARATOR = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


_SENTENCE_STOP = re.compile(r"(?<=[^\W\d_]{2})(?<![JS]r)\.$")


def _names_line(element: Any) -> list[str]:
    """The names of the element's own first line when it is nothing but names parted by commas
    (APJITM: <p>Shasha Arzila Tarmizi, Saidah Saad<br><a>dx.doi.org/10.17576/…</a></p>)."""
    first = element.child
    while first is not None and first.tag == "-text" and not (first.text_content or "").strip():
        first = first.next
    line = clean_text(first.text_content) if first is not None and first.tag == "-text" else None
    return _only_names(line)


# The word a post's byline opens with ("By Ann Lee and Bob Stone"), no part of the first name.
_OPENING_BY = re.compile(r"^[Bb]y\s+(?=[A-Z\u00c0-\u00de])")


def _only_names(line: str | None) -> list[str]:
    """The people of a line that is nothing but names parted by commas and "and", two or more, or one
    after the "By" that says it is a byline."""
    by = _OPENING_BY.match(line or "")
    line = (line or "")[by.end():] if by else line
    # A byline written as a sentence ends with its full stop ("… Darren Naish and Brian Engh."), which
    # an initial's stop ("… and Brian E.") or "Jr." is not.
    line = _SENTENCE_STOP.sub("", line) if line else line
    parts = _NAMES_SEPARATOR.split(line or "")
    if len(parts) < (1 if by else 2) or not all(NAME_PART.fullmatch(part) for part in parts):
        return []
    return _without_desks(names_in_byline(line)) if by else names_in_byline(line)


# A reporter's desk or title after the names of a story's byline ("By Ann Lee, Science Correspondent",
# "By Ann Lee and Bob Stone, Staff Writers", "By Ann Lee, BBC News"): the last word says it is no person.
_DESK_WORDS = frozenset({
    "correspondent", "correspondents", "reporter", "reporters", "editor", "editors", "writer", "writers",
    "columnist", "contributor", "contributors", "journalist", "journalists", "staff", "producer", "news",
    "desk", "newsroom",
})


def _without_desks(names: list[str]) -> list[str]:
    """The names of a "By …" line without the desk or title written after the last person."""
    while len(names) > 1 and names[-1].split()[-1].casefold() in _DESK_WORDS:
        names = names[:-1]
    return names


# The emphasis a byline may be set in, alone or nested (<i><b>…</b></i>).
_EMPHASIS = frozenset(("b", "strong", "i", "em"))


def _emphasised_names(element: Any) -> list[str]:
    """The names of the emphasis that opens the element, when it holds nothing but names parted by commas
    and the element ends there or goes on after a semicolon or a line break (JMLR W&CP, 2007-2012:
    <p><i><b>Tobias Jung, Daniel Polani</b></i>; JMLR W&CP 1:33-57, 2007.</p>). One name alone needs the
    semicolon: a label set in bold ("Research Article") is two capitalised words too; and bold, for a
    venue set in italics alone is one too ("<i>Nature Communications</i>; 2019", a citation's style)."""
    first = element.child
    while first is not None and first.tag == "-text" and not (first.text_content or "").strip():
        first = first.next
    if first is None or first.tag not in _EMPHASIS:
        return []
    if not all(node.tag in _EMPHASIS for node in first.traverse()):
        return []  # a link or a mark inside: not a plain line of names
    rest = first.next
    while rest is not None and rest.tag == "-text" and not (rest.text_content or "").strip():
        rest = rest.next
    after = (rest.text_content or "").lstrip() if rest is not None and rest.tag == "-text" else ""
    semicolon = after.startswith(";")
    if rest is not None and not semicolon and rest.tag != "br":
        return []
    line = clean_text(first.text(deep=True)) or ""
    if len(line) > _PEOPLE_LINE:
        return []
    parts = _NAMES_SEPARATOR.split(line)
    if not all(NAME_PART.fullmatch(part) for part in parts):
        return []
    bold = any(node.tag in ("b", "strong") for node in first.traverse())
    return names_in_byline(line) if len(parts) > 1 or (semicolon and bold) else []


def _names_heading(text: str | None) -> list[str]:
    """The people a heading right after the title's lists, two or more, every part a name (IJCAI's
    proceedings: <h1>title</h1><h2>Zhou Zhao, Zhu Zhang, …, Yueting Zhuang</h2>); a subtitle is not."""
    text = text or ""
    parts = [part.strip() for part in re.split(r",|\band\b", text) if part.strip()]
    if len(parts) < 2 or len(text) > _PEOPLE_LINE or not all(NAME_PART.fullmatch(part) for part in parts):
        return []
    names = names_in_byline(text)
    return names if len(names) == len(parts) else []


_PEOPLE_LINE = 1000
# The most raw text (spaces and all, before it is laid out) an element of a line of people may hold.
_RAW_PEOPLE_LINE = 2 * _PEOPLE_LINE


# "December 20, 2016 by Martin Fenner": a post's date and byline in one line under its heading; the
# names open with a capital, and only a date (or nothing) comes before the "by": in a sentence ("received
# by the user using …", "as flown by Feed-Forward MPC and Our Method.", a caption's) it names nobody.
_BY_NAMES = re.compile(r"^(?:(.*?)\s)?by\s+((?![a-z\u00df-\u00ff])\S.{0,200})$")
_BEFORE_BY = " ,;:|\u00b7\u2013\u2014-"


def _by_under_heading(page: Page, title: str | None) -> list[str]:
    """The names after "by" in a line of text between the heading of the title and its prose."""
    heading = title_or_first_heading(page, title)
    if heading is None:
        return []
    # The heading's own nodes, gathered once: asking each text below it whether the heading is among
    # its ancestors walked the page's whole depth again for every text (quadratic in a nest's depth).
    own = {node.mem_id for node in heading.traverse(include_text=True)}
    captions: dict[int, bool] = {}
    for node in below_heading(page, heading):
        if node.tag != "-text" or node.mem_id in own:
            continue  # the title's own words ("… Angiogenesis by Inorganic Nanorods") name nobody
        if nearest_answer(node, lambda parent: parent.tag in _CAPTIONS or None, captions):
            continue  # a lead picture's credit ("By Bob Stone") names its photographer
        text = clean_text(node.text_content) or ""
        found = _BY_NAMES.search(text)
        before = (found.group(1) or "").strip(_BEFORE_BY) if found else ""
        if found and (not before or whole_date(before)):
            return _without_desks(names_in_byline(found.group(2)))
        # A capital "By" also opens a sentence ("By Theorem 2, …", "By Friday the bay was mapped"): what
        # follows it is a byline only when it is names and nothing else.
        found = _CAPITAL_BY.search(text)
        before = (found.group(1) or "").strip(_BEFORE_BY) if found else ""
        if found and (not before or whole_date(before)) and (names := _only_names(found.group(2))):
            return names
    return []


# Where a page credits a picture, not the text: a figure and its caption.
_CAPTIONS = frozenset(("figure", "figcaption"))
# "May 3, 2024 · By Ann Lee and Bob Stone": a post's dateline and byline, the byline's word capitalised.
_CAPITAL_BY = re.compile(r"^(?:(.*?)\s)?(By\s+[A-Z\u00c0-\u00de].{0,200})$")


_AUTHORS_HEADING = re.compile(r"authors?|author\(s\)", re.IGNORECASE)


def _headed_byline(page: Page) -> list[str]:
    """The names in the element after a heading "Authors" (NeurIPS proceedings: <h4>Authors</h4>
    <p><i>Michael Paulin, Mark Nelson, James Bower</i></p>)."""
    for heading in page.tree.css(HEADINGS):
        if not _AUTHORS_HEADING.fullmatch((clean_text(heading.text()) or "").rstrip(":").strip()):
            continue
        names = next_element(heading)
        if names is not None and names.tag not in HEADING_TAGS:
            # …read as any byline block (Thieme: <h2>Authors</h2><div id="authorlist"> with a button
            # "Author Affiliations" and the list of people, one li.author each).
            return _names_in(names)
    return []


# How many of Quarto's "Authors" labels are read: a title block has one.
_TITLE_META_LABELS = 3


def _quarto_title_meta(page: Page) -> list[str]:
    """The people of Quarto's title block: a div.quarto-title-meta-heading "Authors" (a label, no
    heading), then div.quarto-title-meta-contents with one paragraph a person. The label's own text is
    read, and the first few labels' contents only (a label's contents may hold the rest of the page)."""
    labels = 0
    for label in page.tree.css('div[class~="quarto-title-meta-heading"]'):
        if not _AUTHORS_HEADING.fullmatch((clean_text(label.text(deep=False)) or "").rstrip(":").strip()):
            continue
        labels += 1
        if labels > _TITLE_META_LABELS:
            break
        contents = next_element(label)
        people = contents.css("p") if contents is not None else []
        names = [name for person in people for name in names_in_byline(_bare_byline(byline_text(person)))]
        if names:
            return names
    return []


# In Chinese, Japanese and Korean, with the full-width colon they write (Wanfang Data: "作者：").
_AUTHORS_LABEL = re.compile(r"(?:authors?|author\(s\)|作者|著者|저자)\s*[:\uff1a]", re.IGNORECASE)


def _labelled_byline(page: Page) -> list[str]:
    """The names after a label "Author:" or "Authors:" in its own element: in the element that holds
    the label (SciTePress: <p><span>Authors:</span> <span>Nafiseh Mollaei</span><span>; </span>…</p>;
    a blog's sidebar: <div><span>Author:</span> <a>Martin Fenner</a></div>), or the cell after a
    label cell (<dt>Authors:</dt><dd>…</dd>); not a search form's field."""
    for label in page.tree.css("span,strong,b,em,dt,th"):
        if not _AUTHORS_LABEL.fullmatch(clean_text(label.text()) or ""):
            continue
        holder = next_element(label) if label.tag in ("dt", "th") else label.parent
        if holder is not None and holder.css_first("input,select,textarea") is not None:
            continue  # a search form's field "Authors:" (CiteSeerX), no byline
        # The element's raw text first, no further than a line of people may run: laying out the text
        # of every label's holder in a deep nest of them read the rest of the page once a label.
        if holder is not None and short_text(holder, _RAW_PEOPLE_LINE) is None:
            continue
        text = byline_text(holder) if holder is not None else None
        if label.tag not in ("dt", "th"):
            text = (text or "").partition(clean_text(label.text()) or "")[2]
        text = _unspaced_names_apart(text.translate(_FULL_WIDTH_SEPARATORS)) if text else text
        if text and len(text) < _PEOPLE_LINE and (names := names_in_byline(_bare_byline(text))):
            return names
    return []


def _unspaced_names_apart(text: str) -> str:
    """Names in Chinese or Japanese characters parted by spaces alone (each a link: "孔朝霞 王明"), parted
    as a list's names are: such a name holds no space, so each run of its characters is one person."""
    words = text.split()
    if len(words) > 1 and all(_UNSPACED_NAME.fullmatch(word) for word in words):
        return "; ".join(words)
    return text


# A name written in Chinese characters or kana, whole: two to six of them.
_UNSPACED_NAME = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{2,6}")


# "Authors" as Chinese, Japanese and Korean pages label them in lenticular brackets, and the full-width
# separators between their names (CNKI: "【作者】 沈艺峰；陈旋；").
_BRACKETED_AUTHOR_LABELS = frozenset(("作者", "著者", "저자"))
_FULL_WIDTH_SEPARATORS = str.maketrans({"\uff1b": ";", "\uff0c": ",", "\u3001": ","})


def _bracket_labelled_byline(page: Page) -> list[str]:
    """The names in the block that opens with the label 【作者】 as its first text (CNKI's record page:
    <p> 【作者】 <a>沈艺峰</a>； <a>陈旋</a>； </p>), parted by full-width semicolons or commas. Its English
    line after it ('【Author】 Shen Yifeng;Chen Xuan;Management School, Xiamen University;') runs the
    institution into the names, and is not read."""
    for holder in page.tree.css(LABELLED_BLOCKS):
        if bracketed_label(holder) not in _BRACKETED_AUTHOR_LABELS:
            continue
        if short_text(holder, _RAW_PEOPLE_LINE) is None:
            continue
        text = after_bracketed_label(byline_text(holder) or "").translate(_FULL_WIDTH_SEPARATORS)
        text = _unspaced_names_apart(text)
        if text and len(text) < _PEOPLE_LINE and (names := names_in_byline(text)):
            return names
    return []


# The year between a citation's names and its title: "… and M.L. Truong-Loi. 2016. ", "(2014): ".
_YEAR_BEFORE_TITLE = re.compile(r"[.,]?\s*\(?((?:1[5-9]|20)\d\d)[a-z]?\)?[.,:]?\s*$")
# A label before the citation a page asks for ("Citation: Johansson, Emma ; …").
_CITATION_LABEL = re.compile(r"^\s*(?:citation|cite (?:this|as))\s*:?\s*", re.IGNORECASE)
_CITATION_HEAD = 600
# The most text an element holding one citation shows: its names, year, title and venue.
_CITATION_TEXT = 3000


def _own_citation_names(page: Page, title: str | None) -> list[str]:
    """The names of the citation a page asks for itself, the last resort: the smallest element whose
    text names people, a year and then the page's own title ("Moghaddam, M., A.R. Silva, … and M.L.
    Truong-Loi. 2016. AirMOSS: …", ORNL DAAC; "Citation: Johansson, Emma ; Berglund, Sten; … (2014):
    Hydrological …", PANGAEA)."""
    if not title or len(title) < OWN_TITLE:
        return []
    best: tuple[int, list[str]] | None = None
    key = compact(title)
    for node in page.tree.css("p,div,span,blockquote,dd,td,li"):
        # The element's raw text first (lexbor's, cheap): only a short one that holds the title
        # can be a citation, and laying out every element's text cost a page 30 ms.
        raw = node.text(deep=True)
        if len(raw) > _CITATION_TEXT or key not in compact(raw):
            continue
        text = block_text(node) or ""
        at = text.find(title)
        if at <= 0 or (best is not None and len(text) >= best[0]):
            continue
        head = _CITATION_LABEL.sub("", text[:at])
        year = _YEAR_BEFORE_TITLE.search(head)
        if year is None or not year.start() or year.start() > _CITATION_HEAD:
            continue
        people = head[: year.start()]
        names = names_in_byline(people) if ";" in people else names_in_citation(people)
        if names and all(NAME_PART.fullmatch(name) for name in names):
            best = (len(text), names)
    return best[1] if best else []


# Lists of other works whose authors a page marks like its own: references, "Cited by" (Wiley's
# li.citedByEntry).
_OTHER_WORKS = re.compile(r"cited|citation|reference", re.IGNORECASE)


def _in_other_works(node: Any) -> bool:
    marks = f"{node.attributes.get('class') or ''} {node.attributes.get('id') or ''}"
    return _OTHER_WORKS.search(marks) is not None


def _among_other_works(node: Any, known: dict[int, bool]) -> bool:
    """Whether an ancestor of the node is a list of other works."""
    return nearest_answer(node, lambda parent: _in_other_works(parent) or None, known)


def _contributor_spans(page: Page) -> list[str]:
    """Atypon's byline under the heading, one span.hlFld-ContribAuthor a person (ACS): the span's link
    to the person ("<a href="/author/Castro%2C+Vida">Vida Castro</a>", 2015, in a span of its own) or
    its own text before the pop-up of the person's affiliations ("B. J. Lawrie<strong>*</strong><div
    class="loa-info">…", 2019). The references and "Cited by" lists mark their authors so too."""
    spans = page.tree.css("span.hlFld-ContribAuthor")
    heading = page.tree.css_first("h1") if spans else None
    under = {node.mem_id for node in below_heading(page, heading)} if heading is not None else set()
    names: list[str] = []
    others: dict[int, bool] = {}
    for span in spans:
        if span.mem_id not in under or _among_other_works(span, others):
            continue
        if span.parent is not None and "hlFld-ContribAuthor" in (span.parent.attributes.get("class") or ""):
            continue  # the 2015 layout nests the span in one of its own
        link = span.css_first('a[href*="/author/"], a[href*="doSearch"]')
        shown = link.text(deep=True) if link is not None else span.text(deep=False)
        if (name := display_name(clean_text(shown))) and name not in names:
            names.append(name)
    return names


def _byline_element(page: Page) -> list[str]:
    order: dict[int, int] | None = None  # the page's nodes in document order, once one is needed
    start = -1
    around: set[int] = set()  # what holds the page's heading
    for selector in _BYLINES:
        nodes = page.tree.css(selector)
        if not nodes:
            continue
        if order is None:
            order = _page_order(page)
            heading = page.tree.css_first("h1")
            start = order.get(heading.mem_id, -1) if heading is not None else -1
            around = {node.mem_id for node in ancestors(heading)} if heading is not None else set()
        # The paper's byline follows its heading: one above it is the site's (T&F's menu item
        # "Authors & Editors", classed "authors").
        after = [node for node in nodes if order.get(node.mem_id, -1) > start]
        own = next((node for node in after or nodes if not _among_other_papers(node, around)), None)
        # A block that shows a date and nothing else (a theme's date line in the block a byline is
        # looked for in) names nobody.
        if own is not None and not whole_date(own.text(deep=True)) and (names := _names_in(own)):
            return names
    return []


# Entries of a list of other papers mark their bylines as a table of contents' (Atypon: an issue's
# contents, and Scitation's "related articles" widget of 2020, label.tocAuthors.author-list in each entry).
# How far up a candidate byline is looked at for such an entry: further than a layout nests it, and a
# bound on a hostile page's nesting.
_ENTRY_DEPTH = 40


def _among_other_papers(node: Any, around: set[int]) -> bool:
    # An element so classed that holds the page's own heading is its layout, not a list of other papers
    # (Quarto's and other themes' "toc-left" on the page's container, for a contents sidebar).
    for depth, element in enumerate(chain((node,), ancestors(node))):
        if depth > _ENTRY_DEPTH or element.mem_id in around:
            return False
        if any(word.startswith("toc") for word in (element.attributes.get("class") or "").casefold().split()):
            return True
    return False


def _page_order(page: Page) -> dict[int, int]:
    body = page.tree.body
    return {node.mem_id: index for index, node in enumerate(body.traverse() if body is not None else ())}


def _foaf_people(page: Page) -> list[str]:
    """People a byline marks up as FOAF in RDFa (PLOS, 2014: <span property="foaf:name"
    typeof="foaf:Person">Gongle Shi <span class="corresponding">mail</span>, </span>): the name is
    the element's own text, its icons and pop-ups aside."""
    names: list[str] = []
    for node in page.tree.css('[typeof~="foaf:Person"][property~="foaf:name"]'):
        name = display_name((clean_text(node.text(deep=False)) or "").strip(" ,;"))
        if name and name not in names:
            names.append(name)
    return names


# One person of a byline block: Atypon's a.author-name (Wiley, PLOS) and span.contrib-author (Scitation,
# 2020: the name's link, its marks and the comma, before the block's "more..." and hidden affiliations),
# Silverchair's div.al-author-name, MDPI's profile-card-drop.
_PERSON_ELEMENTS = ('[class~="author-name"],[class~="contrib-author"],[class~="al-author-name"],'
                    '[class~="profile-card-drop"]')


def _names_in(byline: Any) -> list[str]:
    # A list of authors (Springer Nature's ul.c-article-author-list) holds one person an item,
    # without commas between some of them. A block of several lists (HighWire: the contributors, then
    # their affiliations, the correspondence and the history; Frontiers: the people, then the
    # affiliations) names the people in its first.
    # An empty list (Thieme's hidden affiliations list, filled when clicked) names nobody. A block
    # that holds one list and no more than its heading (OJS 3: <section class="item authors"><h2>
    # Authors</h2><ul class="authors">…, the heading in the journal's language) is that list.
    lists = byline.css("ol, ul") if byline.tag not in ("ul", "ol") else []
    lists = _outside_details([found for found in lists if found.css_first("li")], byline)
    # A block's navigation (SpringerLink, 2017: div.authors opens with <ul data-role="AuthorsNavigation">
    # <li>Authors</li><li><a href="#authorsandaffiliations">Authors and affiliations</a></li>, then the
    # people's ul) names nobody: the list after it is the byline.
    navigation = [found for found in lists if _is_navigation(found)]
    lists = [found for found in lists if not _is_navigation(found)]
    if len(lists) > 1 or (lists and (navigation or _only_a_heading_besides(byline, lists[0]))):
        byline = lists[0]
    items = byline.css("li") if byline.tag in ("ul", "ol") else []
    # Each person set in bold, the affiliations after them plain (RSC): the bold runs are the byline.
    if not items and byline.tag == "p":
        items = [bold for bold in byline.iter() if "bold" in (bold.attributes.get("class") or "").split()
                 and (clean_text(bold.text()) or "").casefold() not in ("", "and", ",")]
    # Atypon's list of authors as a block (Wiley): each person's link, its affiliations' pop-up beside it;
    # MDPI's name that drops its profile card.
    # …or one element classed "author" a person (OJS 3 themes' div.author, Dagstuhl's span.author).
    items = (items or _outside_details(byline.css(_PERSON_ELEMENTS), byline) or _people_marked(byline)
             or _linked_name_headings(byline))
    # An item holding several people so marked is theirs (an OJS theme's one li of div.authors).
    items = [person for item in items for person in _each_person(item)]
    if items:
        # An item that marks the person's name (OJS 3: span.name, then span.affiliation; PLOS: a.author-name,
        # then its affiliations' pop-up; the ACM's span.loa__author-name inside the link that also holds
        # the affiliation) is read by it.
        items = [item.css_first('[class~="loa__author-name"],[class~="PeopleListItem__name"]')
                 or item.css_first('[class~="name"],[class~="author-name"],[class~="linked-name"]') or item
                 for item in items]
        return [name for item in items for name in names_in_byline(_bare_byline(_person_text(item)))]
    return names_in_byline(_bare_byline(byline_text(byline)))


# A person's details a byline shows only on demand beside the name (Atypon: Wiley's div.author-info
# role="region", the ACS's div.loa-info): the name again, the e-mail and ORCID links as lists.
_DETAILS_ROLES = frozenset({"region", "dialog", "tooltip"})


def _in_details(node: Any, byline: Any, info: bool = True) -> bool:
    """Whether the node sits in a person's pop-up inside the byline (looked for up to the byline only);
    without `info`, one marked as a pop-up by its role or class, not by a class ending in "info"."""
    for parent in ancestors(node):
        if parent.mem_id == byline.mem_id:
            return False
        words = (parent.attributes.get("class") or "").casefold().split()
        if (parent.attributes.get("role") or "").casefold() in _DETAILS_ROLES or any(
                (info and word.endswith("info")) or word in ("popup", "tooltip", "overlay")
                for word in words):
            return True
    return False


def _outside_details(nodes: list[Any], byline: Any) -> list[Any]:
    """The nodes outside the people's pop-ups. A block classed "…info" is a pop-up only beside names
    shown outside it: a blog's byline wraps each person in div.author-info, the names shown, not again."""
    return ([node for node in nodes if not _in_details(node, byline)]
            or [node for node in nodes if not _in_details(node, byline, info=False)])


def _is_navigation(found: Any) -> bool:
    """A list marked as the block's navigation or tabs (role or data-role), not its people."""
    roles = f"{found.attributes.get('role') or ''} {found.attributes.get('data-role') or ''}".casefold()
    return "navigation" in roles or "tablist" in roles


def _linked_name_headings(block: Any) -> list[Any]:
    """The headings of a byline block that are each one link (SSRN, 2024: div.authors holds per person
    an h2 linking to their papers, then a <p> of their affiliations, and a "See all articles by …" link):
    a person each, the block's other text theirs. A heading that is not one link is the block's label."""
    people = []
    for heading in block.css(HEADINGS):
        links = heading.css("a")
        if len(links) == 1 and (text := clean_text(heading.text())) and clean_text(links[0].text()) == text:
            people.append(heading)
    return people


def _each_person(item: Any) -> list[Any]:
    marked = _people_marked(item)
    return marked if len(marked) > 1 else [item]


def _people_marked(block: Any) -> list[Any]:
    """The elements classed "author" inside the block, none inside another (a blog's span.author
    holding its a.author is one person)."""
    people: list[Any] = []
    covered: set[int] = set()  # the people kept and everything inside them
    # In page order a person comes before whatever is inside it: gathering what each kept one holds
    # walks the block once, where asking each element for its ancestors walked a deep nest once each.
    for node in block.css('[class~="author"]'):
        if node.mem_id != block.mem_id and node.mem_id not in covered:
            people.append(node)
            covered.update(inside.mem_id for inside in node.traverse())
    return people


# What an item of a byline shows beside the person's name: the affiliation (OJS's span.affiliation,
# a theme's misspelt div.article-author-affilitation) and the ORCID link.
_BESIDE_THE_NAME = '[class*="affil"],[class~="orcid"]'


def _person_text(item: Any) -> str | None:
    """The text of one person's item of a byline, without the affiliation and ORCID shown with it."""
    if item.css_first(_BESIDE_THE_NAME) is None:
        return byline_text(item)
    copy = LexborHTMLParser(f"<div>{item.html}</div>").css_first("div")
    for beside in copy.css(_BESIDE_THE_NAME):
        beside.decompose()
    return byline_text(copy)


# A heading over a list of people ("Authors", "Szerzők"): a few words, no more.
_HEADING_WORDS = 3


def _only_a_heading_besides(block: Any, inner: Any) -> bool:
    """Whether the block's text outside the list is a heading of a few words at most."""
    outside = (byline_text(block) or "").replace(byline_text(inner) or "", " ")
    return len(outside.split()) <= _HEADING_WORDS


# A byline's descriptor ("Authors:" in arXiv's <span class="descriptor">), and affiliations written
# inline: marks "(1)", "(2 and 1)", "(1,2)" and the list "((1) The Johns Hopkins University (2) …)".
# A block's own heading word before the names, without its colon ("Authors Jesse Dodge, …",
# Dagstuhl's h3.authors), is one too; so is a post's "by" before its first name ("by Martin Fenner").
_BYLINE_DESCRIPTOR = re.compile(
    r"^(?:(?:Authors?|By)\s*:\s*|Authors?\s+(?=[A-Z])|[Bb]y\s+(?=[A-Z\u00c0-\u00de]))"
)
_AFFILIATION_LIST = re.compile(r"\(\s*\(\d+\)[^()]*(?:\(\d+\)[^()]*)*\)")
_AFFILIATION_MARK = re.compile(r"\(\s*\d+(?:\s*(?:,|and|&)\s*\d+)*\s*\)")


# Links and buttons a byline shows beside its names: "ORCID: orcid.org/0000-…", "Email author", "All
# Authors" (Wiley), "+6 authors" (Semantic Scholar), "Authors Info & Affiliations" (the ACM), and the
# "…" of a list shown shortened ("Joydeep Mukherjee, … Mohini Sain").
_BYLINE_LINKS = re.compile(
    # bioRxiv's ORCID icon link before a name: "View ORCID ProfileGwendolyn M. Jang".
    r"ORCID:\s*\S+|View ORCID Profile|Email author|(?:^|\s)…(?=\s|$)"
    r"|\b(?:(?:view|show|see) )?all authors\b|\bshow (?:more|less)\b|\+\s?\d+ (?:more )?authors?\b"
    r"|\bauthors? info\s*(?:&|and)\s*affiliations\b",
    re.IGNORECASE,
)


def _bare_byline(text: str | None) -> str | None:
    if not text:
        return text
    # The links first: "Authors Info & Affiliations" is a link, not a descriptor before a name.
    text = _BYLINE_LINKS.sub(" ", text).replace("|", ",")  # "Nafisa Jabeen, … Gulzar Ahmad Nayik |"
    text = _BYLINE_DESCRIPTOR.sub("", text.strip(), count=1)
    return _AFFILIATION_MARK.sub("", _AFFILIATION_LIST.sub("", text))
