"""A journal's article page that says which issue the article is in, or what kind of piece it is, beside
its heading.

A law review's own site (Texas Law Review, Georgetown Law Journal, 2023-2024) serves its articles as
WordPress posts: no citation_* or Dublin Core meta, no DOI, and a student Note has no abstract, yet the
page is plainly an article's: its heading, the byline, and the volume and issue it appeared in
('Volume 101 - Issue 5'; 'Volume 112', 'Issue' '4', 'Date' '2024' in boxes above the heading). A piece
its journal publishes online only has no issue: its kind stands over the heading instead ('Online' 'Essay',
The University of Chicago Law Review).
"""

from __future__ import annotations

import re
from collections import deque

from .dates import dates_in_text
from .html_meta import Page
from .places import HEADINGS, UNSHOWN, above_references, title_heading

# A volume as an issue line writes it: "Volume 101", "Vol. 114", "VOL 12".
_VOLUME = re.compile(r"vol(?:ume)?\.?\s*\d{1,4}", re.IGNORECASE)
# An issue beside it: "Issue 5", "No. 6", "Number 3", or the label "Issue" over its number in a box of
# its own. The whole of a text: a sentence that names an issue is no issue line.
_ISSUE = re.compile(r"[,\-\u2013\u2014\s]*(?:issue|no\.|number)(?:\s*\d{1,3})?", re.IGNORECASE)
# How many texts on either side of the heading the line may stand in: the kind of the article ('Note'),
# the byline, share buttons and the boxes of the volume, the issue and the date sit that close.
_NEAR = 12


def shows_its_issue(page: Page, title: str | None) -> bool:
    """Whether the texts just before or after the title's heading name a volume and an issue, and the kind
    of piece the page is: an article's page in a journal's issue ('Note', then 'Volume 101 - Issue 5'). A
    student newspaper sets its print edition's volume and issue beside a story's heading too, under a
    section ('News') that is no kind of journal's piece: without the kind, a text as long as an article's
    tells the article's page (a law review that labels no kind), where a story runs a few hundred words."""
    return _issue_line(page, title) is not None and (
        _labelled_beside(page, title) or long_as_an_article(page))


# How many characters of paragraphs an article's page holds at least: a law review's shortest pieces (an
# online essay, a student's Note) run to thousands of words, a newspaper's story to a few hundred (a long
# one about 6,000 characters).
_ARTICLE_LENGTH = 12000


def long_as_an_article(page: Page) -> bool:
    """Whether the page's paragraphs hold an article's length of text, their own text (not their inline
    elements'), read no further than that: each text is read once, however deep a nest of paragraphs a
    page in quirks mode holds (<p><table><tr><td><p> …)."""
    length = 0
    for paragraph in page.tree.css("p"):
        length += len(paragraph.text(deep=False) or "")
        if length >= _ARTICLE_LENGTH:
            return True
    return False


def issue_year(page: Page, title: str | None) -> str | None:
    """The year the issue line beside the heading gives, under its label ('Volume 112', 'Issue' '4',
    'Date' '2024': Georgetown Law Journal) or right after the issue ('Vol. 114', 'No. 6', '2014')."""
    line = _issue_line(page, title)
    for before, text in zip(line or [], (line or [])[1:], strict=False):
        if _YEAR.fullmatch(text) and (_DATE_LABEL.fullmatch(before) or _ISSUE.fullmatch(before)
                                      or before.isdigit()):
            return text
    return None


# A year alone, and the label a journal's box sets over it.
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_DATE_LABEL = re.compile(r"(?:date|year|published)\s*:?", re.IGNORECASE)


# An issue line in one text: the volume and the issue, then the issue's date and nothing after it
# ("Information Research, Vol. 8 No. 1, October 2002").
_ONE_LINE = re.compile(r"vol(?:ume)?\.?\s*\d{1,4}[,\s]+(?:issue|no\.|number)\s*\d{1,3}[,:\s]+(\S.*)",
                       re.IGNORECASE)
# How many texts right before the heading such a line is looked for in, and how long it is at most.
_LINE_TEXTS = 2
_ISSUE_LINE = 80
# An issue line of the journal's name and the issue's date alone, no volume ("Air University Review, May-June
# 1984"): a name a periodical's word closes, then a comma and the date.
_NAMED_ISSUE = re.compile(
    r"([A-Z][\w&.'\u2019 -]*\b(?:Review|Journal|Quarterly|Bulletin|Magazine|Annals|Proceedings|Transactions"
    r"|Letters|Gazette|Chronicles?)),\s*(\S.*)")


def issue_line_date(page: Page, title: str | None) -> str | None:
    """The date (a month, or a day) an issue line written in one text right beside the heading ends with
    (Information Research, 2002: the h4 "Information Research, Vol. 8 No. 1, October 2002" over the h1); None
    where there is no such line above the heading."""
    before = _texts_beside(page, title)[0] if title else []
    # Above the heading only, and a line, not a sentence: under a title a reading group's note cites the work
    # it reads ("Paper: Vaswani A, et al. … Vol. 30, No. 1, December 2017").
    for text in before[-_LINE_TEXTS:]:
        text = " ".join(text.split())
        if len(text) > _ISSUE_LINE or (line := _ONE_LINE.search(text)) is None:
            continue
        if day := _the_whole_date(line.group(1)):
            return day
    return named_issue_date(page, title)


def named_issue_date(page: Page, title: str | None) -> str | None:
    """The month of the issue a line right above the heading names with the journal, in one text or the last
    two ("Air University Review," in italics, then a link "May-June 1984" to the issue, Air University
    Review's archive, 1984: the bimonthly issue's first month); None where there is no such line."""
    before = [" ".join(text.split()) for text in (_texts_beside(page, title)[0] if title else [])]
    for count in range(1, min(_LINE_TEXTS, len(before)) + 1):
        text = " ".join(before[-count:])
        if len(text) <= _ISSUE_LINE and (line := _NAMED_ISSUE.fullmatch(text)) is not None:
            day = _the_whole_date(line.group(2))
            if day is not None and len(day) == len("1984-05"):
                return day
    return None


def _the_whole_date(text: str) -> str | None:
    """The date a text is, whole (its closing stop aside); None where it is not one date."""
    rest = text.rstrip(" .")
    found = dates_in_text(rest)
    if len(found) == 1 and found[0][:2] == (0, len(rest)) and found[0][2]:
        return found[0][2]
    return None


def _issue_line(page: Page, title: str | None) -> list[str] | None:
    """The texts from the volume on, when the texts just before or after the title's heading name a
    volume and an issue; None when they do not. Once a page and title (the record asks whether there is
    one, then for its year)."""
    key = ("issue_line", title)
    if key not in page.worked_out:
        page.worked_out[key] = _find_issue_line(page, title)
    return page.worked_out[key]


def _find_issue_line(page: Page, title: str | None) -> list[str] | None:
    if _VOLUME.search(title or ""):
        return None  # an issue's own page is headed by the volume and issue it lists
    for texts in _texts_beside(page, title):
        if (start := _names_an_issue(texts)) is not None:
            return texts[start:]
    return None


def _texts_beside(page: Page, title: str | None) -> tuple[list[str], list[str]]:
    """The texts just before and just after the title's heading (none without one), the heading's own
    left out. One walk down the page, as far as the texts after the heading, once a page and title."""
    key = ("texts beside the heading", title)
    if key not in page.worked_out:
        page.worked_out[key] = _find_texts_beside(page, title)
    return page.worked_out[key]


def _find_texts_beside(page: Page, title: str | None) -> tuple[list[str], list[str]]:
    heading = title_heading(page, title, HEADINGS) if title else None
    if heading is None:
        return [], []
    # The heading's own words, found once: asking each text whether the heading holds it would walk
    # up a deep nest once a text.
    own = {node.mem_id for node in heading.traverse(include_text=True)}
    before: deque[str] = deque(maxlen=_NEAR)
    after: list[str] = []
    passed = False
    for node in above_references(page):
        if node.mem_id == heading.mem_id:
            passed = True
            continue
        if node.tag != "-text" or (node.parent is not None and node.parent.tag in UNSHOWN):
            continue
        text = (node.text_content or "").strip()
        if not text:
            continue
        if node.mem_id in own:
            continue
        if passed:
            after.append(text)
            if len(after) == _NEAR:
                break
        else:
            before.append(text)
    return list(before), after


# The kinds of piece a journal labels its own with, over the heading: one piece's kind, never a section's
# plural ('Essays', a breadcrumb's) nor a site's ('News', 'Blog').
_PIECE = re.compile(
    r"(?:(?:online|forum|print|student|symposium|featured)\s+)?"
    r"(?:essay|article|note|comment|response|reply|book\s+review|review\s+essay|case\s+comment|foreword|afterword)",
    re.IGNORECASE,
)
# How many texts right above the heading the kind is written in ('Online', then 'Essay' in a box of its own).
_KIND_TEXTS = 2


def labelled_as_a_piece(page: Page, title: str | None) -> bool:
    """Whether the texts right above the title's heading say what kind of journal's piece the page is
    ('Online Essay', 'Article', 'Book Review'), as a journal's site labels its articles."""
    texts = _texts_beside(page, title)[0] if title else []
    return any(_PIECE.fullmatch(" ".join(texts[-count:]))
               for count in range(1, min(_KIND_TEXTS, len(texts)) + 1))


def _labelled_beside(page: Page, title: str | None) -> bool:
    """Whether the kind of piece stands in the texts just above the title's heading (over the issue's boxes)
    or under it before the volume ('Note - by Alexandra Moore Volume 101', Texas Law Review; 'By Ann Lee
    Moreno', then 'Article — Volume 111, Issue 3', Virginia Law Review)."""
    before, after = _texts_beside(page, title) if title else ([], [])
    volume = next((at for at, text in enumerate(after) if _VOLUME.fullmatch(text)), len(after))
    return any(_PIECE.fullmatch(text.strip(_SEPARATORS)) for text in before + after[:volume])


# What a kind of piece is set apart from the volume or the byline with ('Note -', 'Article —').
_SEPARATORS = " -\u2013\u2014|:,"


def _names_an_issue(texts: list[str]) -> int | None:
    """Where the volume stands that an issue follows closely: a menu of the journal's volumes ('Volume
    110', 'Volume 109') may stand just before the line."""
    return next((i for i, text in enumerate(texts) if _VOLUME.fullmatch(text)
                 and any(_ISSUE.fullmatch(later) for later in texts[i + 1 : i + 4])), None)
