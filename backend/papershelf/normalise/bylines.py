"""Who wrote the paper, as a page without meta shows it: its schema.org or FOAF people, a byline
element (platforms' byline classes, one person a list item: read in `byline_blocks.py`), the run of
links to people's pages under the heading of its title (`author_links.py`), or a byline no class
names (a labelled one, a "By …" line, a line of names under the heading, a citation of the page)."""

from __future__ import annotations

import re
from typing import Any

from ..identity import clean_text
from .affiliated_name_headings import names_line_over_an_affiliation
from .author_links import author_links
from .byline_blocks import bare_byline, byline_element, foaf_people, names_in
from .byline_headings import names_under_title_heading
from .cited_work_lines import in_a_cited_works_lines
from .classed_headlines import classed_headline_of
from .code_blocks import in_a_code_block
from .comma_listed_people import schema_people
from .dates import whole_date
from .handle_bylines import past_a_handle
from .html_meta import (
    Page,
    alone_in_parent,
    block_text,
    byline_text,
    nearest_answer,
    next_element,
    past_blank_text,
    short_text,
    without_permalink_marks,
)
from .label_lines import labels_among
from .meta_word_bylines import byline_of_the_meta_word
from .names import (
    AUTHORS_LABEL as _AUTHORS_LABEL,
)
from .names import (
    NAME_PART,
    OTHER_BY,
    a_groups_name,
    a_persons_name,
    after_other_by,
    capitalised_name,
    display_name,
    folded,
    names_family_first,
    names_in_byline,
    names_in_citation,
    people_before_their_affiliation,
    without_desks,
)
from .places import (
    HEADING_TAGS,
    HEADINGS,
    LABELLED_BLOCKS,
    OWN_TITLE,
    PROSE,
    after_bracketed_label,
    below_heading,
    bracketed_label,
    compact,
    heading_nodes,
    holds_alone,
    page_headings,
    title_or_first_heading,
    venue_line,
    without_closing_mark,
)
from .post_info_lines import author_beside_its_day
from .posted_on_lines import writer_of_the_posted_line
from .quarto_body_bylines import names_after_the_title_block
from .reporter_lines import reporters_opening_the_text
from .roled_bylines import name_before_its_role
from .signed_bylines import signed_byline
from .slashed_papers import less_the_paper_after_a_slash
from .starred_bylines import starred_names_under_heading
from .wrapped_author_sections import people_after_a_wrapped_heading


def byline(page: Page, title: str | None = None) -> list[str]:
    """The authors a page without meta shows: its schema.org people, else its byline element (also
    when it holds those people and more: HighWire marks every person of its list but the last), else
    the links to author pages under its heading."""
    people = schema_people(page) or foaf_people(page) or _marked_names_under_heading(page, title)
    shown = _contributor_spans(page) or byline_element(page)
    if people and not (len(shown) > len(people) and shown[: len(people)] == people):
        return people
    # A handle's link over a paper reprinted whole yields to the paper's heading of names (notconfusing).
    return (shown or past_a_handle(author_links(page, title), lambda: _people_after_heading(page, title))
            or _headed_byline(page) or _quarto_title_meta(page)
            # …or, where Quarto's title block labels no one, the bold names each with its marks that the
            # author wrote as the first paragraph under it (a paper's companion site, round 196).
            or names_after_the_title_block(page)
            or _labelled_byline(page) or _bracket_labelled_byline(page)
            # …or a bracketed byline the site's name signs after its writers (ITmedia: '[神尾寿，ITmedia]').
            or signed_byline(page)
            # …or a "By" line whose writer's name is an element of its own, their role after it with no comma
            # (Psych Central, 2012: 'By <span class="authorb">Janice Wood</span> <em>Associate News
            # Editor</em>'): before the line read whole, which runs the role into the name.
            or name_before_its_role(page, title)
            or _by_under_heading(page, title) or names_under_title_heading(page, title)
            or _people_after_heading(page, title)
            or _person_beside_own_address(page, title) or _own_citation_names(page, title)
            or _written_by_under_its_title(page, title) or starred_names_under_heading(page, title)
            # …or the post's info line under the heading, its writer beside its day (Spaceflight Insider).
            or author_beside_its_day(page, title)
            # …or a "Posted by <name> on <day>" line under the heading (Clean Blog themes: posted_on_lines).
            or writer_of_the_posted_line(page, title)
            # …or a Chinese story's reporters' line opening its text ('光明日报记者 王建宏 张文攀').
            or reporters_opening_the_text(page, title))


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
    for shown, text in page_headings(page, HEADINGS) if key else ():
        after = next_element(shown) if compact(text or "") == key else None
        if after is not None and "subtitle" in (after.attributes.get("class") or "").casefold() and not (
                after.tag in HEADING_TAGS and _names_heading(block_text(after))):
            # The names may follow the title's subtitle (Fairness and Machine Learning's site: h1.booktitle,
            # h2.booksubtitle, then h1.bookauthor with the three authors). A subtitle-classed heading that is
            # itself a line of names is the byline: Bootstrap's card-subtitle is any line under a card's
            # title (CHIL's MiniConf proceedings pages: h2.card-title, then h3.card-subtitle of the names).
            after = next_element(after)
        # …or its first line, the people, over the next line after a <br> naming their institute (VCC2020's
        # demo page, round 193: h2.project-tagline 'Tuan Vu Ho and Masato Akagi <br> Japan Advanced …').
        if after is not None and after.tag in HEADING_TAGS and (
                names := _names_heading(block_text(after))
                or _names_heading(names_line_over_an_affiliation(after))) and not labels_among(names):
            return names
    heading = title_or_first_heading(page, title)
    if heading is not None and (names := _only_names(_bare_text_after(heading))):
        # The line of names set as the block's own text right after the heading, in no element of its own
        # (DataCite Search, 2016: </h3>Martin Fenner, … & Robert Peters<div class="metadata">…).
        return [] if labels_among(names) else names
    after = next_element(heading) if heading is not None else None
    if heading is not None and after is None and _wraps_it_alone(heading.parent, heading):
        # A wrapper of its own around the heading (Geodiversitas: <div class="title-decoration"><h1>…</h1>
        # </div><div class="auteurs-article">Andreas BRAUN &amp; Petr BUDIL</div>): the byline follows it.
        after = next_element(heading.parent)
    if after is not None and after.tag in ("p", "div") and (
        whole_date(after.text(deep=True)) or venue_line(after) or labels_among(_line_of_names(after))
    ):
        # A hand-made page's dateline, or venue line, above its byline; a journal's line of labels or of
        # subjects ("Energy Policy & Climate Change"), each part two capitalised words as a name is.
        after = next_element(after)
    if after is not None and after.tag in ("p", "div") and (names := _line_of_names(after)):
        return [] if labels_among(names) else names
    # A record's rows may set a line of its own under the title (a subtitle, a blank spacer) before the
    # row of its people: the first few blocks are tried, none past a heading.
    for _ in range(_BLOCKS_BEFORE_PEOPLE):
        if after is None or after.tag in HEADING_TAGS:
            break
        if after.tag in ("p", "div") and (names := _people_parted_by_semicolons(after)):
            return names
        after = next_element(after)
    return []


def _bare_text_after(heading: Any) -> str | None:
    """The text right after the heading up to the next element, when it is the parent's own text."""
    after = heading.next
    while after is not None and after.tag == "-comment":
        after = after.next
    return clean_text(after.text_content) if after is not None and after.tag == "-text" else None


def _line_of_names(block: Any) -> list[str]:
    return _names_line(block) or _emphasised_names(block)


def _wraps_it_alone(wrapper: Any, heading: Any) -> bool:
    """Whether `wrapper` is a div that holds the heading and no other element."""
    if wrapper is None or wrapper.tag != "div":
        return False
    child = wrapper.child
    while child is not None:
        if child.tag not in ("-text", "-comment") and child.mem_id != heading.mem_id:
            return False
        child = child.next
    return True


def _people_parted_by_semicolons(block: Any) -> list[str]:
    """The block's people when it lists nothing else, one a part between semicolons. A row whose label a
    script writes into the page keeps only the colon after it in the served HTML (Fraunhofer-Publica,
    2016: <i><script>STAR_Translate("authors")</script></i>: Aggelakakis, Aggelos; …): the colon opens no
    name, and the script's own text is no part of the row."""
    text = block_text(block)
    if text and text.startswith(":"):
        text = text[1:].lstrip()
    if not text or ";" not in text or len(text) > _PEOPLE_LINE:
        return []
    # Each person family name first, as the records' rows write them ("Aggelakakis, Aggelos"), or given
    # name first as a line of names parted by commas reads ("Ada Lovelace; Charles Babbage"): a row of
    # keywords, a single word among them ("Transport; Mobility; Urban Planning"), or a labelled row of a
    # project's partners ("Partners: University of Bremen; Fraunhofer ISI") names no one.
    if not all(_a_person_of_a_row(part.strip()) for part in text.rstrip("; ").split(";")):
        return []
    names = names_in_byline(text)
    return names if len(names) == text.count(";") + 1 and not labels_among(names) else []


def _a_person_of_a_row(part: str) -> bool:
    if ":" in part:
        return False
    return part.count(",") == 1 or (
        "," not in part and NAME_PART.fullmatch(without_closing_mark(part) or "") is not None)


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
    first = past_blank_text(block.child)
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


_NAMES_SEPARATOR = re.compile(r"\s*,\s*(?:and\s+|&\s+)?|\s+and\s+|\s+&\s+")


_SENTENCE_STOP = re.compile(r"(?<=[^\W\d_]{2})(?<![JS]r)\.$")


def _names_line(element: Any) -> list[str]:
    """The names of the element's own first line when it is nothing but names parted by commas
    (APJITM: <p>Shasha Arzila Tarmizi, Saidah Saad<br><a>dx.doi.org/10.17576/…</a></p>)."""
    first = past_blank_text(element.child)
    if first is not None and first.tag == "span" and holds_alone(element, first):
        # …or the line set in a span alone in its block (The Delphi Blog, 2020: <div class="contact">
        # <span>Kathryn Mazaitis and Alex Reinhart</span></div> under the post's h1): the span's first line.
        first = past_blank_text(first.child)
    line = clean_text(first.text_content) if first is not None and first.tag == "-text" else None
    return _only_names(line)


# The word a post's byline opens with ("By Ann Lee and Bob Stone"), no part of the first name.
_OPENING_BY = re.compile(r"^[Bb]y\s+(?=[A-Z\u00c0-\u00de])")


def _only_names(line: str | None) -> list[str]:
    """The people of a line that is nothing but names parted by commas and "and", two or more, or one
    after the "By" that says it is a byline."""
    by = _OPENING_BY.match(line or "")
    other, other_by = after_other_by(line or "")
    line = (line or "")[by.end():] if by else other
    by = by or other_by
    # A byline written as a sentence ends with its full stop ("… Darren Naish and Brian Engh."), which
    # an initial's stop ("… and Brian E.") or "Jr." is not.
    line = _SENTENCE_STOP.sub("", line) if line else line
    # …and the paper it comes from after a slash is no person (The Bulletin, 2015: "By Monte Morin / Los
    # Angeles Times").
    line = less_the_paper_after_a_slash(line) if line else line
    parts = _NAMES_SEPARATOR.split(line or "")
    # A name may close with the mark of its affiliation's footnote ("Brian C. Schwedock*").
    if len(parts) < (1 if by else 2) or not all(NAME_PART.fullmatch(without_closing_mark(part) or "")
                                                 for part in parts):
        return []
    return without_desks(names_in_byline(line)) if by else names_in_byline(line)


# The emphasis a byline may be set in, alone or nested (<i><b>…</b></i>).
_EMPHASIS = frozenset(("b", "strong", "i", "em"))


def _emphasised_names(element: Any) -> list[str]:
    """The names of the emphasis that opens the element, when it holds nothing but names parted by commas
    and the element ends there or goes on after a semicolon or a line break (JMLR W&CP, 2007-2012:
    <p><i><b>Tobias Jung, Daniel Polani</b></i>; JMLR W&CP 1:33-57, 2007.</p>). One name alone needs the
    semicolon: a label set in bold ("Research Article") is two capitalised words too; and bold, for a
    venue set in italics alone is one too ("<i>Nature Communications</i>; 2019", a citation's style)."""
    first = past_blank_text(element.child)
    if first is None or first.tag not in _EMPHASIS:
        return []
    if not all(node.tag in _EMPHASIS for node in first.traverse()):
        return []  # a link or a mark inside: not a plain line of names
    rest = past_blank_text(first.next)
    after = (rest.text_content or "").lstrip() if rest is not None and rest.tag == "-text" else ""
    semicolon = after.startswith(";")
    if rest is not None and not semicolon and rest.tag != "br":
        return []
    line = clean_text(first.text(deep=True)) or ""
    if len(line) > _PEOPLE_LINE:
        return []
    parts = _NAMES_SEPARATOR.split(line)
    if not all(NAME_PART.fullmatch(without_closing_mark(part) or "") for part in parts):
        return []
    bold = any(node.tag in ("b", "strong") for node in first.traverse())
    # After one author the citation goes on with its venue (JMLR W&CP's "; JMLR W&CP 1:33-57, 2007."),
    # after a venue set in bold with its volume, pages or year ("<b>Nature Communications</b>; 10:1234").
    venue = _VOLUME_AFTER.match(after) is not None
    return names_in_byline(line) if len(parts) > 1 or (semicolon and bold and not venue) else []


# What follows a cited venue's name: its volume, pages or year ("; 10:1234-1245, 2019", "; vol. 3").
_VOLUME_AFTER = re.compile(r";\s*(?:(?:vol|no|pp?)\.?\s*)?\d", re.IGNORECASE)


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
    """The names after "by" in a line of text between the heading of the title and its prose; the heading
    may be an element classed as the headline on a page with no heading element (Sci-Tech Today, 2017)."""
    heading = title_or_first_heading(page, title) or classed_headline_of(page, title)
    if heading is None:
        return []
    # The heading's own nodes, gathered once: asking each text below it whether the heading is among
    # its ancestors walked the page's whole depth again for every text (quadratic in a nest's depth).
    own = {node.mem_id for node in heading.traverse(include_text=True)}
    captions: dict[int, bool] = {}
    alone_by = False
    for node in below_heading(page, heading):
        if node.tag != "-text" or node.mem_id in own:
            continue  # the title's own words ("… Angiogenesis by Inorganic Nanorods") name nobody
        if nearest_answer(node, lambda parent: parent.tag in _CAPTIONS or None, captions):
            continue  # a lead picture's credit ("By Bob Stone") names its photographer
        text = clean_text(node.text_content) or ""
        if text.casefold() == "by" and node.parent is not None and not alone_by:
            # "By" alone in its text, the names in the links after it (The Telegraph, 2013: <p>By <a>Richard
            # Gray</a>, Science Correspondent</p>): the line is its element's. Once: each is a walk of it.
            alone_by = True
            line = clean_text(byline_text(node.parent)) or ""
            text = line if len(line) < PROSE else text
            if line == "By" and (holder := node.parent.parent) is not None:
                # …or "By" an element of its own, a label, the names in its holder after it (Popular Science,
                # 2014: <span class="author"><span class="label">By</span> <a>Francie Diep</a></span>): the
                # holder's line, where it is names and nothing else. Its raw text first, no further than a
                # line: a label's holder may be a block of the whole text. A "by" in small letters labels a
                # reader's comment as well (Slashdot's "by JoeyRox (2711699)"), no story's byline.
                raw = short_text(holder, PROSE)
                held = (clean_text(byline_text(holder)) or "") if raw is not None else ""
                if names := _only_names(held):
                    return names
        found = _BY_NAMES.search(text)
        before = (found.group(1) or "").strip(_BEFORE_BY) if found else ""
        if found and (not before or whole_date(before)):
            return without_desks(names_in_byline(found.group(2)))
        # A capital "By" also opens a sentence ("By Theorem 2, …", "By Friday the bay was mapped"): what
        # follows it is a byline only when it is names and nothing else.
        found = _CAPITAL_BY.search(text)
        before = (found.group(1) or "").strip(_BEFORE_BY) if found else ""
        if found and (not before or whole_date(before)) and (names := _only_names(found.group(2))):
            return names
        # …or "By" and the one word the author meta names (Working Notes, 2020: 'By Swair.').
        if found and not before and (names := byline_of_the_meta_word(found.group(2), page)):
            return names
    return []


# Where a page credits a picture, not the text: a figure and its caption.
_CAPTIONS = frozenset(("figure", "figcaption"))
# "May 3, 2024 · By Ann Lee and Bob Stone": a post's dateline and byline, the byline's word capitalised,
# in English or another language ("12 mars 2020 · Par Marie Curie").
_CAPITAL_BY = re.compile(rf"^(?:(.*?)\s)?((?:{'|'.join(('By', *OTHER_BY))})\s+[A-Z\u00c0-\u00de].{{0,200}})$")


# …in the languages the corpus's pages head their author lists in ("Autores": a paper's Spanish translation).
_AUTHORS_HEADING = re.compile(r"authors?|author\(s\)|autor(?:es|en)?|auteurs?|autori", re.IGNORECASE)


def _headed_byline(page: Page) -> list[str]:
    """The names in the element after a heading "Authors" (NeurIPS proceedings: <h4>Authors</h4>
    <p><i>Michael Paulin, Mark Nelson, James Bower</i></p>), when each reads as a person's name or a
    group's: the heading may head prose about the authors (their thanks, a note on each: "Barry M.
    Leiner is with CNRI."), whose sentences are no people."""
    for heading in heading_nodes(page, HEADINGS):
        # The heading's text may close with a documentation generator's permalink mark (Sphinx's
        # headerlink: the Teaching NLP workshop's Jupyter Book, round 207, <h2>Authors<a …>¶</a></h2>).
        label = without_permalink_marks(clean_text(heading.text()) or "").rstrip(":").strip()
        if not _AUTHORS_HEADING.fullmatch(label):
            continue
        names = next_element(heading)
        if names is None and (dotted := people_after_a_wrapped_heading(heading)):
            # …or, the heading alone in a wrapper of its own, the dotted line of names after the wrapper
            # (TeamBench's benchmark page, round 188: wrapped_author_sections).
            return dotted
        if names is not None and names.tag not in HEADING_TAGS:
            # …read as any byline block (Thieme: <h2>Authors</h2><div id="authorlist"> with a button
            # "Author Affiliations" and the list of people, one li.author each).
            people = names_in(names)
            return people if all(a_persons_name(person) or a_groups_name(person) for person in people) else []
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
        if _has_class(contents, "quarto-title-meta-heading"):
            people = _grid_people(label.parent)
        names = [name for person in people for name in names_in_byline(bare_byline(byline_text(person)))]
        if names:
            return names
    return []


# How many cells of Quarto's author grid are read: a person's and an affiliation's each.
_GRID_CELLS = 400


def _grid_people(grid: Any) -> list[Any]:
    """The people's cells of Quarto's title block laid out with affiliations (Computo, 2023-2025:
    div.quarto-title-meta-author holds the labels "Authors" and "Affiliations", then each person's cell,
    the name bare or in a link, before the cell of their p.affiliation): the cells that hold no
    affiliation."""
    cells = []
    for cell in grid.iter() if grid is not None else ():
        if len(cells) > _GRID_CELLS:
            break
        if not _has_class(cell, "quarto-title-meta-contents"):
            continue
        # A person's cell holds a name and an icon or two: one that holds more (another grid nested in
        # it, the rest of the page) is no person's, and is not read through.
        if short_text(cell, _PERSON_CELL) is not None and cell.css_first('[class~="affiliation"]') is None:
            cells.append(cell)
    return cells


# How many characters and nodes a person's cell of the grid holds at most.
_PERSON_CELL = 300


def _has_class(node: Any, name: str) -> bool:
    return node is not None and name in (node.attributes.get("class") or "").split()


_LABEL_TEXT = 100
# Another label, a word or two and a colon, where the names should follow one (Guangming Online's hidden
# line, 2017: "作者：" empty, then "责任编辑：肖春芳", the responsible editor).
_ANOTHER_LABEL = re.compile(r"[^\s:\uff1a,;\uff0c\uff1b]{1,12}[:\uff1a]")


def _labelled_byline(page: Page) -> list[str]:
    """The names after a label "Author:" or "Authors:" in its own element: in the element that holds
    the label (SciTePress: <p><span>Authors:</span> <span>Nafiseh Mollaei</span><span>; </span>…</p>;
    a blog's sidebar: <div><span>Author:</span> <a>Martin Fenner</a></div>), or the cell after a
    label cell (<dt>Authors:</dt><dd>…</dd>), or in the label's own element after it (a signature closing
    the text: <strong>作者︱春春</strong>); not a search form's field, nor another role's person after a
    label left empty ('作者：' then '责任编辑：肖春芳', the responsible editor)."""
    for label in page.tree.css("span,strong,b,em,dt,th"):
        # A label's raw text is short: the text of each element of a deep nest is the rest of the nest.
        raw = short_text(label, _LABEL_TEXT)
        labelled = _AUTHORS_LABEL.match(clean_text(raw) or "") if raw is not None else None
        if labelled is None or in_a_code_block(label):
            continue  # a script's 'Author:' line in a block of code names its program's writer (code_blocks)
        if in_a_cited_works_lines(page, label):
            continue  # the 'Author:' line of a paper a post reviews, under a 'Title:' line of another title
        if labelled.end() < len(clean_text(raw) or ""):
            # The label and the names in one element (a signature closing the text: "<strong>作者︱春春
            # </strong>", Guangming Online, 2017).
            if label.tag not in ("dt", "th") and (names := _names_after(clean_text(raw)[labelled.end():])):
                return names
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
            text = (text or "").partition(clean_text(raw) or "")[2]
        if text and (names := _names_after(text)):
            return names
    return []


def _names_after(text: str) -> list[str]:
    """The names a line holds after an authors label; none where another label opens it (the label left
    empty, another role's person after it)."""
    if _ANOTHER_LABEL.match(text.strip()):
        return []
    text = _unspaced_names_apart(text.translate(_FULL_WIDTH_SEPARATORS))
    people = people_before_their_affiliation(bare_byline(text)) if text else None
    return names_in_byline(people) if text and len(text) < _PEOPLE_LINE else []


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
        if page.raw_length(node) > _CITATION_TEXT:
            continue
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
            if (quoting := _people_quoting_the_title(text, at, title)) is not None:
                best = (len(text), quoting)
            continue
        people = head[: year.start()]
        names = names_in_byline(people) if ";" in people else names_in_citation(people)
        if not all(NAME_PART.fullmatch(name) for name in names):
            names = names_family_first(people)
        if names and all(NAME_PART.fullmatch(name) for name in names):
            best = (len(text), names)
    return best[1] if best else []


# A citation line in the AMS's style quotes the title after its people, the venue and its year in brackets
# after it; the year is looked for in the few characters after the title.
_BRACKETED_YEAR = re.compile(r"\((?:1[5-9]|20)\d\d\)")
_CITATION_TAIL = 200
# A name in such a line: two to four words, each capitalised, in any script ("В. И. Богачев").
_MOST_NAME_WORDS = 4


def _people_quoting_the_title(text: str, at: int, title: str) -> list[str] | None:
    """The people of a citation line that quotes the page's title right after them (Math-Net.Ru, 2025:
    'Образец цитирования: В. И. Богачев, С. В. Шапошников, “Регулярность решений …”, УМН, 80:6(486)
    (2025), 3–44'); the label before the line, up to its colon, is no name."""
    head, tail = text[:at].rstrip(), text[at + len(title):]
    if not head.endswith("\u201c") or not tail.startswith("\u201d"):
        return None
    if _BRACKETED_YEAR.search(tail, 0, _CITATION_TAIL) is None:
        return None
    people = head[:-1].rstrip().rstrip(",").rsplit(": ", 1)[-1].strip()
    if not people or len(people) > _CITATION_HEAD:
        return None
    names = names_in_citation(people)
    return names if names and all(capitalised_name(name, _MOST_NAME_WORDS) for name in names) else None



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


# A line that quotes the work's title and says who wrote it: bookdown's bs4_book sets one in each page's
# footer ('"<strong>Geocomputation with R</strong>" was written by Robin Lovelace, Jakub Nowosad, Jannes
# Muenchow. It was last built on 2026-06-12.'). The names run to the sentence's end, which the period
# after a name's initial is not ("Chester Ismay and Albert Y. Kim.").
_WRITTEN_BY = re.compile(
    r"^[\"\u201c\u2018']?(.+?)[\"\u201d\u2019']?\s+was written by\s+(.+?)(?:(?<!\b[A-Z])\.(?:\s|$)|$)"
)
# How long such a line may be.
_WRITTEN_BY_LINE = 400


def _written_by_under_its_title(page: Page, title: str | None) -> list[str]:
    """The people a paragraph names after saying that the work it titles, the page's own, was written by
    them; another work's title names another's authors."""
    key = compact(title or "")
    for node in page.tree.css("p") if key else ():
        text = clean_text(node.text(deep=True)) or ""
        found = _WRITTEN_BY.match(text) if len(text) <= _WRITTEN_BY_LINE else None
        if found is not None and compact(found.group(1)) == key:
            return names_in_byline(found.group(2))
    return []
