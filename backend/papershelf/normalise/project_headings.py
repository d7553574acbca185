"""A paper's project or benchmark page whose meta title is the site's own name for the project, where the page
shows the paper's title in a heading over its byline (GSO's benchmark page, 2026: the <title> and og:title
'GSO: Software Optimization Benchmark for SWE-Agents', the nav's brand h1 'GSO', the h1 'GSO: Challenging
Software Optimization Tasks for Evaluating SWE-Agents' over 'Manish Shetty, Naman Jain, …, Ion Stoica', the
'Paper' button linking arXiv). Both name the same project before a colon; the heading the authors stand under
is the paper's title, the meta's a tagline for sharing. A heading of another project's name, one without a
byline under it, or a page whose buttons name no paper reads nothing here.
"""

from __future__ import annotations

import re

from .cited_dates import bibtex_block_titles
from .html_meta import Page, block_text
from .places import compact, page_headings
from .project_pages import arxiv_id_of_its_buttons, project_byline, subtitle_under_the_templates_name
from .project_subtitles import name_over_its_subtitle

# The project's name before a colon opening a title: a word or a few ('GSO: ', 'MM-NIAH: ', 'Needle Bench: ').
_NAME = re.compile(r"([^\s:][^:]{0,39}?):\s")
# Hyphens a heading may set where the meta title writes '-' (Flow-ERD's 'Entropy\u2011Regularized').
_HYPHENS = str.maketrans(dict.fromkeys("\u2010\u2011\u2012\u2013", "-"))
# The headings read for the one under which the byline stands.
_HEADINGS = "h1, h2"


def heading_over_the_projects_byline(page: Page, title: str | None) -> str | None:
    """The one heading that opens with the same project's name and colon as `title` and says otherwise,
    where a byline stands under it, on a page whose buttons name its paper; None otherwise."""
    named = _NAME.match(title or "")
    if named is None or arxiv_id_of_its_buttons(page) is None:
        return None
    name, whole = _key(named[1]), _key(title or "")
    # Another title: neither holds the other (the meta title the heading and the site's name after a bar is
    # the same title, 'CXL-Interplay: … | THU HAS Lab').
    others = [text for _, text in page_headings(page, _HEADINGS)
              if text and _key(text) not in whole and whole not in _key(text) and (found := _NAME.match(text))
              and _key(found[1]) == name]
    if len(others) != 1:
        return None
    return others[0] if project_byline(page, others[0]) else None


def _key(text: str) -> str:
    """A title as compared: spaces, case, quotes and the kind of hyphen aside."""
    return compact(text).translate(_HYPHENS)


# The fewest words the template's heading holds to be a paper's title rather than a project's name.
_FEWEST_TITLE_WORDS = 4


def template_heading_over_its_byline(page: Page, title: str | None) -> str | None:
    """The project page template's heading (h1.publication-title) where a byline stands under it and the meta
    title, which no heading shows, names the method in other words (WAM's page on the Academic Project Page
    Template, round 206: og:title and twitter:title 'Wavelet attribution method', the <title> 'Wavelet
    Attribution Method', the h1 'One Wave To Explain Them All: A Unifying Perspective On Feature Attribution'
    over its four authors, the paper button OpenReview's, no arXiv link): the template's heading is where its
    authors write the paper's title, the meta a name for sharing; None otherwise."""
    template = page.tree.css_first("h1.publication-title") if title else None
    text = block_text(template) if template is not None else None
    # …or the template's heading of the project's name alone over the heading of the rest, the page's own
    # entry joining the two (LitLLMs' page, round 226: og:title and the <title> 'LitLLMs: LLMs for
    # Literature Review', cut short of the h2's question, the entry 'LitLLMs, LLMs for Literature Review:
    # Are we there yet?').
    under = subtitle_under_the_templates_name(page, None) if text else None
    whole = name_over_its_subtitle(page, under) if under is not None else None
    if whole and _key(whole) != _key(title or "") and project_byline(page, whole):
        return whole
    if not text or len(text.split()) < _FEWEST_TITLE_WORDS or _key(text) == _key(title or ""):
        return None
    return text if project_byline(page, text) else None


def entry_titled_heading_over_its_byline(page: Page, title: str | None) -> str | None:
    """The one h1 that a byline stands under and that the page's own BibTeX entry titles word for word, on a
    page whose buttons name its paper, where the meta title, which no heading shows, is other words: the
    site's name and tagline (ConStory-Bench's page, round 257: the <title> and og:title 'ConStory-Bench | LLM
    Story Consistency Benchmark', the h1 'Lost in Stories: Consistency Bugs in Long Story Generation by LLMs'
    over its six authors, the 'Citation' block's entry of that title). Only where og:site_name opens the meta
    title before a separator (the title the site's name and a tagline); an h1 no entry of the page's titles,
    or one without a byline under it, reads nothing here."""
    if not title or arxiv_id_of_its_buttons(page) is None or not _the_sites_name_and_tagline(page, title):
        return None
    entries = {_key(entry) for entry in bibtex_block_titles(page)}
    shown = [text for _, text in page_headings(page, "h1") if text and _key(text) in entries]
    if len(shown) != 1 or _key(shown[0]) == _key(title):
        return None
    return shown[0] if project_byline(page, shown[0]) else None


# What parts the site's name from its tagline in a meta title ('ConStory-Bench | LLM Story …').
_SEPARATORS = "|-\u2013\u2014\u00b7:"


def _the_sites_name_and_tagline(page: Page, title: str) -> bool:
    """Whether the meta title is og:site_name, a separator and more words."""
    name = (page.first("og:site_name") or "").strip()
    if not name or not title.startswith(name):
        return False
    rest = title[len(name):].lstrip()
    return bool(rest) and rest[0] in _SEPARATORS and bool(rest[1:].strip())
