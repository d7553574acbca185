"""The summary a project page sets in a box of its own under its buttons, a block that only labels it 'TL;DR:'
over the paragraph (LitLLMs' page, round 226: div.tldr-box holding div.tldr-title 'TL;DR:' and a <p>, no
'Abstract' on the page): the page's one summary, as a 'TL;DR' heading in the abstract's place is
(project_pages.project_overview_abstract reads the label set as a heading). A page that labels its abstract
has its readers; a page that is no paper's own (no paper button, no template's heading) reads nothing here."""

from __future__ import annotations

from ..identity import clean_text
from .body import MIN_ABSTRACT
from .html_meta import Page, abstract_text, block_text, next_element, short_text
from .places import HEADINGS
from .project_pages import arxiv_id_of_its_buttons

# The label's words, less the marks around it ('TL;DR:', '- TL;DR -'), and how long its block may be.
_LABELS = frozenset({"tl;dr", "tldr"})
_LABEL_MARKS = " -\u2013\u2014:\u00b7*"
_LONGEST_LABEL = 20
# How many blocks are read for the label, and how many headings for an 'Abstract' one: the box stands under
# the title and its buttons, near the page's top.
_BLOCK_REACH = 400
_HEADING_REACH = 200


def tldr_box_summary(page: Page) -> str | None:
    """The paragraph right after a block whose whole text is the label 'TL;DR', on a paper's own project page
    that heads no section 'Abstract' within the walk's reach."""
    if arxiv_id_of_its_buttons(page) is None and page.tree.css_first("h1.publication-title") is None:
        return None
    found = None
    for count, node in enumerate(page.tree.css("div, p, span")):
        if count > _BLOCK_REACH:
            return None
        # Told by its first few characters: a block holding more than the label (the box itself) is passed.
        label = clean_text(short_text(node, _LONGEST_LABEL)) or ""
        if label.strip(_LABEL_MARKS).casefold() in _LABELS:
            if _in_a_link(node):
                continue  # a navigation's link to the section (its side menu's 'TL;DR'), not its label
            # A label opening its paragraph reads the paragraph's rest (an emphasis in it is no block after).
            after = next_element(node)
            text = _rest_of_its_paragraph(node) or (
                abstract_text(block_text(after)) if after is not None else None)
            found = text if text and len(text) >= MIN_ABSTRACT else None
            break
    if found is None:
        return None
    for count, heading in enumerate(page.tree.css(HEADINGS)):
        if count > _HEADING_REACH:
            break
        label = clean_text(short_text(heading, _LONGEST_LABEL)) or ""
        if label.strip(_LABEL_MARKS).casefold() == "abstract":
            return None  # the page labels its abstract: the readers of labelled abstracts read it
    return found


def _rest_of_its_paragraph(label: object) -> str | None:
    """The paragraph's text after the label, where the label is an inline element opening the paragraph, no
    element after it (Semantic Action RL's page, round 256, after its final held-out figure: div.tldr holding
    '<p><span class="tldr-label">TL;DR</span> We propose …</p>')."""
    paragraph = getattr(label, "parent", None)
    if getattr(label, "tag", None) != "span" or paragraph is None or paragraph.tag != "p":
        return None
    whole = block_text(paragraph) or ""
    shown = clean_text(label.text(deep=True)) or ""
    if not shown or not whole.startswith(shown):
        return None
    return abstract_text(whole[len(shown):].lstrip(_LABEL_MARKS))


def _in_a_link(node: object) -> bool:
    """Whether the element is, or sits right inside, a link: its parent or grandparent an <a> (the label of
    a side menu's entry, '<a href="#tldr"><span class="nav-label">TL;DR</span></a>': round 256)."""
    parent = getattr(node, "parent", None)
    return getattr(node, "tag", None) == "a" or any(
        holder is not None and holder.tag == "a" for holder in (parent, getattr(parent, "parent", None)))
