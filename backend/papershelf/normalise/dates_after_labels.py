"""The dates a page shows right after a label ("Published online: 06 July 2020", "<b>Publication Date</b>
<span>May 13, 2019</span>", "Data da defesa: 05/07/2011"), found wherever the page sets its labels: in the
label's own text, the bare text or the element after it, or the next table cell. Which labels count is the
caller's (a publication's in `shown_dates.py`, an online copy's in `online_labels.py`); what passes for a
label, and what is a sentence's word or a cited work's, is read here."""

from __future__ import annotations

import re
from itertools import islice
from typing import Any

from ..identity import clean_text
from .boxed_nodes import inside_boxes
from .dates import dates_in_text, partial_date, whole_date
from .html_meta import Page, next_element, past_blank_text, short_text
from .label_holders import LABEL_HOLDERS, in_lower_case, label_holders
from .places import END_OF_ARTICLE, HEADINGS, PROSE, heading_nodes, heads_other_papers

# A label's word after an auxiliary is the verb of a sentence ("… that have not been published on 8 March
# 2018": a Cochrane review's search methods), no label; looked for in the few characters before it.
_AS_A_VERB = re.compile(r"\b(?:been|be|being|was|were|is|are|not)\s+$", re.IGNORECASE)
_VERB_BEFORE = 12
# Label holders inside a cited work's <cite> (a reference's "Published online", not the page's), or in a
# sidebar, a menu or a page's footer (a blog's "Recent posts" widget, a news site's "More stories" box,
# each item with its own "Published 3 Feb 2022").
_OTHER_WORKS_BOXES = ("cite", "aside", "nav", "footer")


_CITED_WEB_PAGE = re.compile(r"https?://|\baccessed\b", re.IGNORECASE)
# A reference's author and title before its publication label: sentences ending in full stops, the
# title's after a closing bracket or quote too ("… Performance Indicators (KPIs). Published online …").
_CITED_WORK = re.compile(r"\w[.?!]\s+\S.*\w[)\]\"'\u201d\u2019]*[.?!]\s*$")


# How much of the raw text after a label is read for the date that opens it, spaces and all.
_OPENING_RAW = 4 * PROSE


def _opening_text(node: Any, limit: int) -> str:
    """The element's raw text as far as its first `limit` characters, read no further."""
    parts: list[str] = []
    length = 0
    for inner in node.traverse(include_text=True):
        if inner.tag == "-text":
            parts.append(text := inner.text_content or "")
            length += len(text)
            if length >= limit:
                break
    return "".join(parts)[:limit]


def dates_after(
    page: Page,
    labels: re.Pattern[str],
    words: re.Pattern[str] | None = None,
    opening: bool = False,
    day_first: re.Pattern[str] | None = None,
) -> list[str]:
    """Dates right after one of `labels`; `words`, one of which every label holds, passes over most
    elements before their text is cleaned. `opening`: only labels that open their element's text,
    none inside a cited work's <cite>. `day_first`: the labels in a language that writes a date's day
    first, after which "05/07/2011" is 5 July."""
    found: list[str] = []
    in_cites = in_cites_or_other_papers(page) if opening else set()
    references = _under_a_references_heading(page)
    lowered_words = in_lower_case(words) if words is not None else None
    for node, raw, lowered in label_holders(page):
        if (lowered_words is not None and not lowered_words.search(lowered)) or node.mem_id in references:
            continue
        own = clean_text(raw)
        label = labels.search(own or "")
        # A label an edition qualifies ("This edition first published 2020. First published 2018.")
        # dates that edition: the work's own label after it in the element, if any, says when it
        # first appeared, and opens its sentence as a label opens its element.
        work = _label_past_editions(own or "", label, labels)
        opens = label is not None and (label.start() == 0 or work is not label)
        label = work
        if opening and label is not None and (not opens or node.mem_id in in_cites):
            continue
        # A label in a paragraph of prose is a word of a sentence ("… summarized the research
        # published …"), not a label: a date after it is a work the text cites.
        if not own or label is None or len(own) - label.start() > 80 or len(own) >= PROSE:
            continue
        # A section heading is a label only when it is the label whole (Digital Commons's <h2>Publication
        # Date</h2> over its value): "Also Published As" heads Google Patents' list of other publications.
        if node.tag == "h2" and (label.start() > 0 or own[label.end():].strip(" :")):
            continue
        if _AS_A_VERB.search(own[max(0, label.start() - _VERB_BEFORE) : label.start()]):
            continue  # "… trials that have not been published on 8 March 2018:", a sentence's verb
        if _CITED_WEB_PAGE.search(own[label.end():]):
            continue  # "Available online: http://… (accessed on 10 October 2014)" in a reference
        cited = label.start() > 0 and _CITED_WORK.search(own[: label.start()]) is not None
        if cited and "doi" in own[label.end():].casefold():
            continue  # "Fenner M. Cool DOI's. Published online December 15, 2016. doi: …", a reference
        first_day = day_first is not None and day_first.fullmatch(label.group(0)) is not None
        date = (first_day and _day_first_date(own[label.end():])) or _date_after_label(own[label.end():])
        if opening and date is not None and len(date) == 4 and _runs_on_past_year(own[label.end():]):
            continue  # "Published in: 2016 Winter Simulation Conference": a venue's name, not a date
        # The value may be a <time> inside the label's element: <li>Published: <time datetime=…>
        shown_time = node.css_first("time[datetime]") if date is None else None
        if shown_time is not None:
            date = partial_date(shown_time.attributes.get("datetime"))
        # …or an element of its own after the venue: "Published in <a>Animals</a> <span>1 December 2020
        # </span>" (Semantic Scholar), a date and nothing else, in an element the label opens.
        if date is None and label.start() == 0:
            date = next((whole_element_date(child) for child in node.iter()
                         if child.tag not in ("-text", "time") and whole_element_date(child)), None)
        # …or the start of the element a label closing the element's own text opens onto ("Accepted
        # Manuscript published: <a>April 18, 2019 (version 1)</a>", eLife's publication history).
        if (date is None and not own[label.end():].strip(" :") and (child := next(node.iter(), None))
                and not _choice_of_dates(child)):
            # Only its opening is read: the child of a deep nest of labels holds the rest of the nest.
            child_dates = dates_in_text((clean_text(_opening_text(child, _OPENING_RAW)) or "")[:PROSE])
            date = child_dates[0][2] if child_dates and child_dates[0][0] == 0 else None
        if (date is None and len(own[label.end():].split()) > _WORDS_AFTER_A_LABEL
                and not own.endswith(":")):
            # A label its element's words go on after, no date among them, is a word of a sentence
            # ("103,491 articles published between 2009–2015 and classified as …" in a list of sources):
            # the element after it is no value of it. A colon closes a label, however long ("Published
            # online by Cambridge University Press:", Cambridge Core).
            continue
        # A label whose own text goes on to a year had its value there, a venue and its year ("Published
        # in Remote Sensing of Environment, 2012"): what follows the element is no part of it ("Page last
        # updated 5 May 2020" on a lab's page).
        valued = date is not None or bool(dates_in_text(own[label.end():]))
        sibling = None if valued else node.next
        # The value may follow the label element as bare text: <b>Published online</b>: 26 March 2025
        while date is None and sibling is not None and sibling.tag == "-text":
            value = (sibling.text_content or "").strip().lstrip(":").strip()
            date = ((first_day and _day_first_date(value)) or _opening_date(value)
                    or _month_first_date(value))
            if opening and date is not None and len(date) == 4 and _runs_on_past_year(value):
                date, sibling = None, None  # <span>Published in:</span> 2016 Winter Simulation Conference
                break
            sibling = sibling.next
        # …or the label's qualifier and colon in elements of their own before it: <span>Publication
        # Date</span><span> (Web)</span><span>:</span><span>May 13, 2019</span> (Atypon, 2019).
        for _ in range(_GAP_ELEMENTS):
            if date is not None or sibling is None or not _gap_element(sibling):
                break
            sibling = past_blank_text(sibling.next)
        if date is None and not valued and sibling is None and _alone_in_its_cell(node):
            # A label alone in its table cell, an inline element (TEDE: <td><span>Data da defesa:</span>
            # </td><td>05/07/2011</td>): its value is the next cell.
            sibling = next_element(node.parent)
        if date is None and sibling is not None:
            # Beside the meta's date, read anywhere on the page, the element after a label must be a
            # date and nothing else: after "Published: <a>Journal …</a>" comes the page's next block
            # (its references, "Published online 3 May 2012 Flat things. …").
            # A label's value opens the element after it: the patterns look no further than its start,
            # or a deep nest of labels made them read the rest of the page once a label.
            shown = (clean_text(_opening_text(sibling, _OPENING_RAW)) or "")[:PROSE]
            date = ((whole_element_date(sibling) or _figures_alone(shown)) if opening
                    else (first_day and _day_first_date(shown)) or partial_date(shown)
                    or _month_first_date(shown))
            if date is not None and (_choice_of_dates(sibling) or _after_a_link(sibling, shown)):
                date = None
        if date:
            found.append(date)
    return found


def _after_a_link(element: Any, text: str) -> bool:
    """Whether the first date of a list's text comes after the words of a link in its item: an entry's, a
    link to another paper then its date (a sidebar's list under "Early Access" or "Recently published"),
    not the paper's own dates after their label ("Online 3 May 2012", "Print June 2012"), nor a venue's
    link and its date outside a list (<dd><a>Nature</a> 3 May 2012</dd>)."""
    # The link is looked for among the element's first nodes, where its text's first date is: not through
    # a deep nest's rest, once a label.
    first = list(islice(element.traverse(), _NODES_TO_A_DATE))
    if not any(node.tag == "li" for node in first):
        return False
    link = next((node for node in first if node.tag == "a" and node.attributes.get("href")), None)
    words = clean_text(link.text(deep=True)[:PROSE]) if link is not None else None
    at = text.find(words) if words else -1
    return at >= 0 and partial_date(text[:at]) is None and partial_date(text) is not None


# How many nodes of the element after a label may come before its first date's.
_NODES_TO_A_DATE = 40


# A date written day first, in figures: "05/07/2011", "5.7.2011", "05-07-2011".
_DAY_FIRST = re.compile(r"(\d{1,2})([-/.])(\d{1,2})\2((?:1[89]|20)\d\d)\b")


def _day_first_date(text: str) -> str | None:
    """The date "05/07/2011" opens, read day first (5 July 2011), after a label in a language that writes
    dates so; None unless the text opens with such a date."""
    found = _DAY_FIRST.match(text.strip(" :.\u2013-"))
    if found is None:
        return None
    day, month = int(found.group(1)), int(found.group(3))
    return f"{found.group(4)}-{month:02d}-{day:02d}" if 1 <= day <= 31 and 1 <= month <= 12 else None


def _alone_in_its_cell(node: Any) -> bool:
    """Whether an inline label is all its table cell holds but blank text: only its near siblings are
    looked at, so the labels of a cell of thousands are not each checked against the whole cell."""
    cell = node.parent
    if cell is None or cell.tag not in ("td", "th") or node.tag in ("td", "th"):
        return False
    for step in ("prev", "next"):
        sibling = getattr(node, step)
        while sibling is not None and sibling.tag in ("-text", "-comment"):
            if sibling.tag == "-text" and (sibling.text_content or "").strip():
                return False
            sibling = getattr(sibling, step)
        if sibling is not None:
            return False
    return True


# What a person picks from a list of choices: a facet's links or checkboxes, a menu's options.
_CHOICES = frozenset(("a", "option", "label"))
# A list of choices shows them first thing: how many elements of the element after a label are looked
# through for them, and how much text one choice holds. The element after a label may hold the rest of
# a page nested deep, and reading all its choices once a label was quadratic in the nest's depth.
_CHOICE_NODES = 60
_CHOICE_TEXT = 100


def _choice_of_dates(node: Any) -> bool:
    """Whether the element after a label is a list of dates to choose from, each a link, an option or
    a checkbox's label of its own (a search page's or a repository's filter: "Date published" over
    "2021 (3)", "2020 (5)" …), which dates nothing, where a label's value is one date. A list of the
    paper's own dates ("Online: 3 May 2012", "Print: June 2012") is no choice."""
    dates: set[str] = set()
    for item in islice(node.traverse(), _CHOICE_NODES):
        text = short_text(item, _CHOICE_TEXT) if item.tag in _CHOICES else None
        if text and (found := dates_in_text(clean_text(text) or "")):
            dates.add(found[0][2])
            if len(dates) > 1:
                return True
    return False


# An edition named right before a publication label: "This edition", "Second edition", "Paperback
# edition".
_EDITION_BEFORE = re.compile(r"\bedition\s*$", re.IGNORECASE)


def _label_past_editions(
    own: str, label: re.Match[str] | None, labels: re.Pattern[str]
) -> re.Match[str] | None:
    """The first label of the element's text that no edition qualifies, else its first label."""
    work = label
    while work is not None and _EDITION_BEFORE.search(own[: work.start()]):
        work = labels.search(own, work.end())
    return work or label


def _runs_on_past_year(rest: str) -> bool:
    """Whether the year a label's text opens with runs on into words: the name of a proceedings or an
    event ("2016 Winter Simulation Conference (WSC)") that a year opens, read anywhere on the page."""
    found = dates_in_text(rest)
    after = rest[found[0][1]:] if found else ""
    # "First published 2018 by Round Press": the publisher, after its year, is no venue's name.
    return bool(found) and any(char.isalpha() for char in after) and not _BY_PUBLISHER.match(after)


_BY_PUBLISHER = re.compile(r"[\s,.]*by\s", re.IGNORECASE)


# How many elements of a qualifier or punctuation may stand between a label and its date's element.
_GAP_ELEMENTS = 2


def _gap_element(node: Any) -> bool:
    # A short element's text only: the element after a label in a deep nest holds the rest of the nest.
    text = clean_text(short_text(node, _GAP_RAW)) if node.tag != "-text" else None
    return bool(text) and len(text) <= _GAP and LABEL_GAP.fullmatch(text or "") is not None


# How long a gap element's text is at most, and its raw text with the spaces around it.
_GAP = 12
_GAP_RAW = 8 * _GAP




# Headings of other posts or stories a blog or a news site lists beside the page's own.
_OTHER_ITEMS = ("recent posts", "latest", "more from", "more stories", "more articles", "more like this",
                "read next", "read more", "you may also", "you might also", "popular", "most read",
                "trending", "recommended", "further reading", "see also")


def in_cites_or_other_papers(page: Page) -> set[int]:
    """The label holders inside a cited work's <cite>, a sidebar, a menu or a footer, or in the block
    a heading of other papers or posts heads ("Similar articles", "Related", "Cited by", "Recent
    posts", "More stories"): their dates are other works'."""
    found = inside_boxes(page.tree, _OTHER_WORKS_BOXES, frozenset(LABEL_HOLDERS.split(",")))
    for heading in heading_nodes(page, HEADINGS):
        block = heading.parent
        # A block inside one already marked is not walked again.
        if block is not None and block.mem_id not in found and (
            heads_other_papers(heading)
            or (clean_text(heading.text()) or "").casefold().startswith(_OTHER_ITEMS)
        ):
            found.add(block.mem_id)
            found.update(node.mem_id for node in block.css(LABEL_HOLDERS))
    return found


def _under_a_references_heading(page: Page) -> set[int]:
    """The elements whose nearest heading above is the references' ("References", "Bibliography"): a
    label there is a cited work's ("Smith J. Old things. Published 1999."), DOI or none after it. A
    publisher's box of the paper's dates after the references comes under a heading of its own."""
    key = "under_a_references_heading"
    if key not in page.worked_out:
        found: set[int] = set()
        under = False
        body = page.tree.body
        # A heading inside another is part of it, its text read with the outer one's.
        outer = {node.mem_id for node in heading_nodes(page, HEADINGS)}
        for node in body.traverse() if body is not None else ():
            if node.mem_id in outer:
                under = (clean_text(node.text()) or "").rstrip(":").casefold() in END_OF_ARTICLE
            elif under:
                found.add(node.mem_id)
        page.worked_out[key] = found
    return page.worked_out[key]


def whole_element_date(node: Any) -> str | None:
    """The date an element's text is, and nothing else ("1 December 2020", not "Richard et al. (2003)").
    A date is short: an element of more text is read no further (one of a deep nest holds the rest of
    it)."""
    return whole_date(short_text(node, PROSE))


# What may stand between a label and its date: "Published: 2016", "Published on 3 May 2016", "Date
# of Publication (online): …", "First published on the web 26th September 2016" (RSC, 2016),
# "Publication Date (Web): May 13, 2019" (ACS), "发表日期：2016年4月1日" (the colon full width, as Chinese,
# Japanese and Korean pages write it); not a sentence ("Materials published in or after 2016 are licensed …").
LABEL_GAP = re.compile(
    r"[\s:\uff1a.\-\u2013(),]*(?:on the web|on|in|online|web"
    # A book's imprint page: "First published in Great Britain in 2018 by …", "… in the United States of
    # America in 2019".
    r"|in\s+(?:the\s+)?(?:[A-Z][\w.]*\s+(?:of\s+)?){1,5}in)?[\s:.\-\u2013()]*",
    re.IGNORECASE,
)


def _date_after_label(rest: str) -> str | None:
    found = dates_in_text(rest)
    if found and LABEL_GAP.fullmatch(rest[: found[0][0]]):
        return found[0][2]
    return _month_first_date(rest.strip(" :.\u2013-"))


# A date written month first with its day past 12, so it reads one way only: "12-30-2022" (Acadlore's
# "Available online : 12-30-2022"); "11-01-2013" may be either and is left alone.
_MONTH_FIRST = re.compile(r"(\d{1,2})([-/])(\d{1,2})\2((?:19|20)\d\d)\b")


# How many words may follow a label in its element before its value elsewhere ("Published in", "First
# available in Project Euclid"): more are a sentence going on.
_WORDS_AFTER_A_LABEL = 2


def _opening_date(value: str) -> str | None:
    """The date a label's bare value opens with: a sentence after the label's element that holds a date
    further on ("<strong>Coverage of articles by year published.</strong> Sci-Hub's coverage is shown for
    each year since 1850.", a figure's caption) gives none."""
    found = dates_in_text(value[:PROSE])
    return found[0][2] if found and found[0][0] == 0 else None


def _month_first_date(text: str) -> str | None:
    found = _MONTH_FIRST.match(text)
    if found is None:
        return _month_and_year(text)
    month, day = int(found.group(1)), int(found.group(3))
    return f"{found.group(4)}-{month:02d}-{day:02d}" if 1 <= month <= 12 < day <= 31 else None


# A month and its year in figures, and nothing after them but the end or punctuation: "6-2025", "06/2025"
# (Digital Commons's "Publication Date" field, the Indiana Law Journal's repository, round 84).
_MONTH_AND_YEAR = re.compile(r"(\d{1,2})[-/]((?:19|20)\d\d)(?![\w/-])")


def _figures_alone(text: str) -> str | None:
    """The date an element's whole text is when written month first in figures, read one way only
    ("6-2025", "4-13-2025": Digital Commons's "Publication Date" field)."""
    value = text.strip(" .")
    found = _MONTH_FIRST.fullmatch(value) or _MONTH_AND_YEAR.fullmatch(value)
    return _month_first_date(value) if found is not None else None


def _month_and_year(text: str) -> str | None:
    """The month a label's value gives in figures with its year ("6-2025" is June 2025), which reads one
    way only: no day stands in it."""
    found = _MONTH_AND_YEAR.match(text)
    if found is None or not 1 <= (month := int(found.group(1))) <= 12:
        return None
    return f"{found.group(2)}-{month:02d}"
