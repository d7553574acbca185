"""A dataset's home page that shows its paper only as the one BibTeX entry it asks to be cited by, the entry's
preprint linked on the page, and the page's <title> opening with the name the entry's title opens with
(COOLL's page, round 237: no title meta, no h1, a header of three divisions 'Controlled On/Off Loads Library
dataset', 'COOLL', 'a Public Dataset of …'; under h2 'References' 'Please cite the following paper:' a link to
arXiv 1611.05803 and an @Article entry 'title = {{COOLL}: Controlled On/Off Loads Library, a Public Dataset of
High-Sampled Electrical Signals for Appliance Identification}', 'journal = {arXiv preprint arXiv:1611.05803}';
the <title> 'COOLL - Controlled On/Off Loads Library'). The entry is the page's own paper's where the page
links the preprint it names and the <title> opens with its name: its title is the record's (its authors, year
and preprint are read from the same entry by the readers of a page's own entry). A page with a title meta or
an h1, more than one entry, an entry without a preprint or one the page does not link, or a <title> that opens
otherwise reads no record so."""

from __future__ import annotations

import msgspec

from ..identity import arxiv_id_from_url, clean_text
from .body import BodyRecord
from .cited_dates import bibtex_block_titles, own_bibtex_block_eprint
from .html_meta import Page
from .places import compact

# The meta that name a page's title: a page that has them is read by them.
_TITLE_META = ("og:title", "twitter:title", "citation_title", "dc.title")
# What may part the name from the rest in a <title> ('COOLL - Controlled …', 'COOLL | …', 'COOLL: …').
_SEPARATORS = (" - ", " | ", " \u2013 ", " \u2014 ", ": ")
# How many words a project's name has at most, and how many links are read for the preprint's.
_NAME_WORDS = 4
_LINKS_READ = 300


def paper_its_cited_entry_and_tab_name(page: Page) -> BodyRecord | None:
    """The record of the paper whose one BibTeX entry the page shows, where the entry names an arXiv preprint
    the page links, its title opens with a name and a colon, and the page's <title> opens with that name
    before a separator; None otherwise (a page with a title meta or an h1 is read by them)."""
    if any(page.first(name) for name in _TITLE_META) or page.tree.css_first("h1") is not None:
        return None
    titles = bibtex_block_titles(page)
    if len(titles) != 1 or ":" not in titles[0]:
        return None
    title = titles[0]
    preprint = own_bibtex_block_eprint(page, title)
    if preprint is None or not _links_the_preprint(page, preprint):
        return None
    name = title.split(":", 1)[0].strip()
    if not 0 < len(name.split()) <= _NAME_WORDS:
        return None
    tab = page.head_title
    said = clean_text(tab.text(deep=True)) if tab is not None else None
    if not said or not any(compact(said).startswith(compact(name + separator)) for separator in _SEPARATORS):
        return None
    return BodyRecord(title=title, known=True)


def _links_the_preprint(page: Page, preprint: str) -> bool:
    for count, link in enumerate(page.tree.css("a")):
        if count > _LINKS_READ:
            return False
        found = arxiv_id_from_url(link.attributes.get("href") or "")
        if found is not None and found[0] == preprint:
            return True
    return False


def cites_its_linked_preprint(page: Page) -> bool:
    """Whether the page shows one BibTeX entry, naming an arXiv preprint the page links: a dataset's home page
    asking to be cited by its paper (COOLL's, round 237), whose 'Description' is the dataset's own account,
    not the paper's abstract."""
    titles = bibtex_block_titles(page)
    if len(titles) != 1:
        return False
    preprint = own_bibtex_block_eprint(page, titles[0])
    return preprint is not None and _links_the_preprint(page, preprint)


# How many paragraphs are read for the one that opens with the entry's title.
_PARAGRAPHS_READ = 200


class TitleParagraph(msgspec.Struct):
    """A record read from a paragraph opening with its entry's title, and the preprint the paragraph links."""

    record: BodyRecord
    arxiv_id: str | None = None


def paper_its_entry_and_title_paragraph_show(page: Page) -> TitleParagraph | None:
    """The record of the paper whose one BibTeX entry the page shows, where a paragraph of the page opens with
    an element holding that entry's title word for word (its names' line and its venue line after it), the
    entry's title opens with a name and a colon, and the page's <title> is that name, alone or before a
    separator (IconQA's page, round 237, after its final held-out figure: no meta, the <title> 'IconQA', h1s
    of the sections; under h1 'Paper' a paragraph '<papername>IconQA: A New Benchmark for …</papername><br>Pan
    Lu, Liang Qiu, …<br>The 35th Conference …, 2021<br><a href="https://arxiv.org/abs/2110.13214">Paper</a>';
    the entry under 'Citation' without a preprint). None otherwise (a page with a title meta is read by
    it)."""
    if any(page.first(name) for name in _TITLE_META):
        return None
    titles = bibtex_block_titles(page)
    if len(titles) != 1 or ":" not in titles[0]:
        return None
    title = titles[0]
    name = title.split(":", 1)[0].strip()
    if not 0 < len(name.split()) <= _NAME_WORDS:
        return None
    tab = page.head_title
    said = compact(clean_text(tab.text(deep=True)) or "") if tab is not None else ""
    if said != compact(name) and not any(said.startswith(compact(name + sep)) for sep in _SEPARATORS):
        return None
    wanted = compact(title)
    for count, paragraph in enumerate(page.tree.css("p")):
        if count > _PARAGRAPHS_READ:
            return None
        opening = paragraph.child
        while opening is not None and opening.tag == "-text" and not (opening.text_content or "").strip():
            opening = opening.next
        if opening is not None and opening.tag != "-text" and compact(
                clean_text(opening.text(deep=True)) or "") == wanted:
            linked = (arxiv_id_from_url(link.attributes.get("href") or "") for link in paragraph.css("a"))
            preprint = next((found[0] for found in linked if found is not None), None)
            return TitleParagraph(BodyRecord(title=title, known=True), preprint)
    return None
