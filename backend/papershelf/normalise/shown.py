"""What most pages show, read without knowing their publisher: an element classed as the abstract,
a heading "Abstract" and what follows it, a record laid out as labels and values, and a page
without any scholarly meta read as a person reads it (its heading, byline, abstract and the DOI it
shows). The dates they show are read in `shown_dates.py`, the DOI in `shown_dois.py`, the title in
`shown_titles.py`.

The publisher rows (`sites.SITES`, read by `body.py`) know better where their pages keep these.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import unquote

from ..identity import clean_text, normalise_doi
from .abstract_classes import compound_abstract_blocks
from .body import MIN_ABSTRACT, BodyRecord
from .bold_abstract_labels import title_over_the_bold_abstract_label
from .bold_paragraph_headings import abstract_under_bold_label, title_block_over_author
from .bylines import byline
from .cited_label_entries import cites_its_linked_preprint
from .cited_work_lines import in_a_cited_works_lines
from .closed_abstract_labels import abstract_after_its_closed_label
from .closing_summaries import closes_the_text
from .colon_split_titles import title_continued_after_its_colon
from .creator_roles import authors_by_role, role_listed_authors
from .date_label_lines import day_of_a_date_label_line
from .dates import whole_date
from .doi_headings import heading_linking_to_its_doi
from .emptied_markers import abstract_nested_in_an_emptied_marker
from .hidden_heading_marks import shown_heading_text
from .html_meta import (
    ABSTRACT_IN_OTHER_LANGUAGES,
    FIGURES_UNSEEN,
    UNSEEN,
    Page,
    abstract_text,
    alone_in_parent,
    block_text,
    byline_text,
    first_element,
    hidden_by_markup,
    jump_links,
    nearest_answer,
    next_element,
    past_blank_text,
    run_text,
    short_text,
    subtitle_beside,
    without_permalink_marks,
)
from .label_lines_above import abstract_under_label_line
from .labelled_grid_rows import abstract_of_the_labelled_row
from .logo_headings import paper_under_the_sites_logo
from .marked_up_descriptions import description_as_text
from .names import names_in_byline, people_before_their_affiliation
from .notes_summaries import summary_opens_the_notes, titled_as_notes
from .offered_documents import offers_its_document
from .places import (
    HEADING_TAGS,
    HEADINGS,
    LABELLED_BLOCKS,
    SUBHEADING_TAGS,
    TITLE_BLOCK_TAGS,
    TITLE_SEPARATOR,
    after_bracketed_label,
    bracketed_label,
    compact,
    heading_nodes,
    in_another_entry,
    page_headings,
    words_in,
)
from .post_appendix_dois import cited_in_the_posts_appendix
from .publication_rows import shows_publication_rows
from .run_in_abstracts import abstracts_run_into_their_paragraphs
from .shown_dates import press_notes
from .shown_dois import doi_in_share_links, doi_shown
from .shown_titles import (
    heading_title,
    title_heading_the_tab_repeats,
    title_of_the_tab,
    title_over_the_abstract,
)
from .signed_reviews import reviews_anothers_paper
from .sites import FIELD_LABELS
from .spanning_summaries import spans_the_text
from .standfirst_blocks import classed_standfirst
from .starred_bylines import italic_abstract_after_starred_byline
from .subtitled_titles import with_subtitle
from .tab_panes import abstract_in_tab_pane

# Elements that usually hold the abstract, most specific first.
# A class is matched in any case: SpringerLink's 2016–2019 pages write <section class="Abstract">.
_ABSTRACT_SELECTORS = (
    # The abstract's own span: a span anywhere under the block was matched by looking up every span's
    # ancestors, the whole depth of a deep nest of them.
    "div.acl-abstract > span",
    'blockquote[class~="abstract" i]',
    'section[class~="abstract" i]',
    "div#abstract",
    "section#abstract",
    'div[class~="abstract" i]',
    # Atypon's Literatum of the early 2010s (MIT Press Journals, Taylor & Francis, Annual Reviews):
    # <div class="abstractSection">, under a heading set in a table's <th> beside a section menu.
    'div[class~="abstractSection" i]',
    # Drupal names a field's block after it: an "abstract" field is div.field-name-field-abstract (Drupal 7:
    # the Muséum national d'Histoire naturelle's journals, 2018), div.field--name-field-abstract (8 on).
    'div[class~="field-name-field-abstract"]',
    'div[class~="field--name-field-abstract"]',
    "p.paper-abstract",
    'p[class~="abstract" i]',
    # Hugo's Academic theme and its successors: <p class="pub-abstract"> under the heading the site's
    # language gives it ("Abstract", "Résumé"), the rows of type and venue after it.
    'p[class~="pub-abstract"]',
    # ResearchGate's publication page of 2016: <div class="pub-abstract"><div><p itemprop="description">
    # <strong>ABSTRACT</strong> <div>The abstract…</div>, the parser closing the <p> before the <div>.
    'div[class~="pub-abstract"]',
    # A hand-made page whose headings are images: <p><img alt="Abstract"><br>The abstract…</p>
    'p:has(> img[alt="Abstract"])',
)
# Blocks that hold the abstract without a heading "Abstract" (a page that shows one is read after
# it): Atypon's abstract field (ACP Journals: a visual abstract figure, then the structured
# abstract's sections) and SPIP's chapô, the summary a French review sets above an essay.
_UNHEADED_ABSTRACTS = ("div.hlFld-Abstract", 'div[class~="chapo"]')
# The standfirst a news story of a journal sets under its heading (Nature News, 2013), which the corpus
# reads as the story's summary.
_STANDFIRST = "standfirst"
# ScienceDirect puts "Highlights" and graphical abstracts in abstract-classed blocks too.
_NOT_ABSTRACTS = ("highlight", "graphical")
# A description meta is an abstract when it is long enough: site blurbs and one-line teasers
# ("Electronic proceedings of IJCAI 2018", eLife's impact statement) are shorter.
_MIN_DESCRIPTION = 200
# How a <title> sets the site or journal name apart from the paper's ("… - PubMed - NCBI", "PLOS
# Biology: OneZoom …"), and the verbs a site's own description starts with after its name.
_TITLE_PARTS = re.compile(r"\s+[-|–]\s+|:\s+")
# "Nature Materials journal covers a range of topics …": the name, the word "journal", then the verb.
# The name may be followed by its initials in parentheses before the verb ("Preventing Chronic Disease
# (PCD) is a peer-reviewed electronic journal …", the CDC's journal): capitals only, so that a paper's own
# "Round things (as in wheels) are …" stays a sentence about its subject.
_BLURB_VERB = re.compile(
    r"(?:\s+\([A-Z][A-Z0-9&.\-]{1,11}\))?"
    r"\s+(?:(?:journal|magazine)\s+)?(?:is|are|comprises|publishes|features|provides|offers|covers)\b"
)
# Elements a label/value record writes its labels in; a catalogue's rows of divs class theirs as
# labels or field names (ProQuest's document page, 2020: <div class="display_record_indexing_fieldname">
# Title </div><div class="display_record_indexing_data">…</div>).
_FIELD_LABEL_HOLDERS = (
    'th,td,dt,em,b,strong,label,span,div[class*="label"],div[class*="fieldname"],div[class*="field-name"]'
)
_FIELD_OF_LABEL = {label: field for field, labels in FIELD_LABELS.items() for label in labels}
# A catalogue in Portuguese or Spanish marks a label that may hold several values with its plural ending
# in brackets: "Título(s):", "Resumo(s):", "Autor(es):" (IBICT's TEDE, the theses system of Brazil's
# universities).
_PLURAL_MARKS = ("(s)", "(es)")
_BLOCKS_IN_A_LABEL = frozenset(
    ("div", "p", "ul", "ol", "dl", "table", "section", "article", "h1", "h2", "h3", "h4", "h5", "h6")
)
_LONGEST_LABEL_TEXT = 200
_INLINE_LABELS = "span,b,strong,em"


def generic_abstract(page: Page) -> str | None:
    """The abstract of a page whose publisher has no row: the first abstract-classed element
    that holds more than a heading, else the text after a heading "Abstract"; last, a data set's
    "Description", headed so or labelled so in a table (Zenodo, ORNL DAAC, Harvard Dataverse)."""
    return (
        _abstract_in(page, _ABSTRACT_SELECTORS)
        # …or the paragraph a page nested in its empty marker, the parser having closed the marker first.
        or abstract_nested_in_an_emptied_marker(page)
        or abstract_after_heading(page)
        # A report's summary for its readers stands where a paper's abstract does (an AT&T Labs technical
        # report of 1999: the contents, then an h2 "Executive Summary", no "Abstract"); only after one.
        or abstract_after_heading(page, ("executive summary",))
        # …or in the page's own language (a translation of a paper: "Resumen").
        or abstract_after_heading(page, _ABSTRACTS_IN_OTHER_LANGUAGES)
        # …or a word processor's document: under its paragraph wholly in bold 'Abstract', no h1-h6 (asked
        # before a paragraph heading's reader, which since round 230 knows a bold label too but reads one
        # paragraph of an unstructured abstract, where a document's runs on to its next bold heading).
        or abstract_under_bold_label(page)
        or _abstract_after_paragraph_heading(page)
        # …or the block after a bold 'Abstract.' paragraph the parser closed at that block (a demo page's
        # <p><b>Abstract.</b><div>…</div>, round 193).
        or abstract_after_its_closed_label(page)
        or _abstract_in_details(page)
        or _first_block_under_shared_heading(page)
        or _abstract_after_label(page)
        # …or in the cell beside its label cell in a row of two (Hugo Blox 0.2's paper page, 2025).
        or _whole(abstract_of_the_labelled_row(page, MIN_ABSTRACT))
        # …or under its label on a line of its own ('Summary:' and a line break), the label's paragraph.
        or abstract_under_label_line(page)
        # …or its label run into the paragraph's first words, in no element of its own.
        or next((text for text in abstracts_run_into_their_paragraphs(page) if not is_cut_off(text)), None)
        or _abstract_after_bracketed_label(page)
        or _abstract_in(page, _UNHEADED_ABSTRACTS)
        or _abstract_in_compound_class(page)
        or italic_abstract_after_starred_byline(page)
        or _standfirst_under_heading(page)
        # …or under the heading in a block classed as the standfirst in a compound word ("article-chapo").
        or classed_standfirst(page)
        # …or in the pane its tab labelled "Abstract" opens (a page of its article's parts as tabs).
        or abstract_in_tab_pane(page)
        or _abstract_in_cells(page, ("abstract", "description"))
        # …but not the 'Description' of a dataset's home page that asks to be cited by the one entry naming
        # the preprint it links (COOLL's, round 237): the dataset's own account.
        or (None if cites_its_linked_preprint(page) else abstract_after_heading(page, ("description",)))
        # …or a book's, under its heading in Persian (ketab.ir: "معرفی مختصر کتاب", a brief introduction).
        or abstract_after_heading(page, _BOOK_INTRODUCTIONS)
        or _abstract_in(page, _DESCRIPTION_BLOCKS)
    )


def _abstract_in_compound_class(page: Page) -> str | None:
    """The first block classed as the abstract in a compound word that reads as one, not the whole record
    (a heading of the title inside) nor another paper's entry."""
    # Blocks inside one that did not read as an abstract are not read again (a nest of them stays linear).
    failed: set[int] = set()
    for node in compound_abstract_blocks(page.tree):
        if node.mem_id in failed or node.css_first("h1") is not None or in_another_entry(page, node):
            continue
        if text := _abstract_in_block(node):
            return text
        failed.update(inner.mem_id for inner in compound_abstract_blocks(node))
    return None


def _standfirst_under_heading(page: Page) -> str | None:
    """The page's own standfirst, not one of a list of other stories: a news page sets each related
    story's standfirst the same way, after the story's heading or title link, or in a list item or an
    aside, and the page's own may be too short to read or missing."""
    for node in page.tree.css(f'div[class~="{_STANDFIRST}"]'):
        before = node.prev
        while before is not None and before.tag.startswith("-"):
            before = before.prev
        if before is not None and before.tag in ("a", "h2", "h3", "h4", "h5", "h6"):
            continue
        if in_another_entry(page, node) or node.css_first("h1") is not None:
            continue
        if text := _abstract_in_block(node):
            return text
    return None


def _abstract_in_details(page: Page) -> str | None:
    """The abstract a disclosure widget holds, its summary the heading (eScholarship's item page,
    2022: <details open><summary>Abstract</summary><div><p>…</p></div></details>): what follows the
    summary inside the widget, the widget's end its end."""
    for summary in page.tree.css("details > summary"):
        if (clean_text(summary.text()) or "").rstrip(":.").casefold() != "abstract":
            continue
        if _within(summary, ("li",)):
            # An item of a list of papers (related items, a publication list) folds its own abstract away.
            continue
        parts, after = [], next_element(summary)
        while after is not None:
            parts.append(block_text(after, FIGURES_UNSEEN) or "")
            after = next_element(after)
        text = abstract_text(" ".join(parts))
        if text and len(text) >= MIN_ABSTRACT:
            return text
    return None


# Platforms' own block for a record's description, unheaded: InvenioRDM's (Zenodo, 2023)
# div.record-description and Plone's div.documentDescription (a thesis repository).
_DESCRIPTION_BLOCKS = ('div[class~="record-description"]', 'div[class~="documentDescription"]')


def _abstract_in_cells(page: Page, labels: tuple[str, ...]) -> str | None:
    """A table row or definition that labels its value: <th>Description</th><td>…</td>."""
    for label in page.tree.css("th, td, dt"):
        # Read only as far as a label runs: a cell holding the rest of a nest of tables was read whole.
        if (clean_text(short_text(label, _LONGEST_LABEL_TEXT)) or "").rstrip(":").casefold() not in labels:
            continue
        value = next_element(label)
        text = abstract_text(block_text(value)) if value is not None and value.tag in ("td", "dd") else None
        if text and len(text) >= MIN_ABSTRACT:
            return text
    return None


def _abstract_in(page: Page, selectors: tuple[str, ...]) -> str | None:
    for selector in selectors:
        # Blocks inside a block too short to be an abstract are shorter still: not read again, each one
        # over (a nest of thousands of empty abstract blocks was quadratic).
        too_short: set[int] = set()
        for node in page.tree.css(selector):
            classes = (node.attributes.get("class") or "").lower()
            if node.mem_id in too_short or any(word in classes for word in _NOT_ABSTRACTS):
                continue
            if node.css_first("h1") is not None:
                continue  # the whole record (PubMed's "abstract" view holds the title heading)
            if in_another_entry(page, node):
                # Another story's teaser, in a list of them (msnbc.com, 2012: each related story's li with
                # its link and its p.abstract "Science editor Alan Boyle's blog: …").
                continue
            after_heading = _after_its_heading(node)
            opens_with_the_title = not after_heading and _opens_with_the_title(page, node)
            if not after_heading and not opens_with_the_title and _headed_as_another_section(node):
                # A template's section class, set on each of the page's sections under its own heading
                # (the CLEAR benchmark's page, round 217: div.abstract.section under h2 '(New!) Wikipedia
                # page …', then under h2 'Overview of CLEAR Benchmark'): no block its page calls the abstract.
                continue
            if opens_with_the_title:
                # The whole record, the title and the byline over the abstract's text (a lab's template,
                # a conference system's): the abstract is its longest part.
                if text := _longest_part_read_as_abstract(node):
                    return text
                continue
            # A visual or graphical abstract inside the block is a figure, not the abstract's text.
            text = abstract_text(after_heading or block_text(node, FIGURES_UNSEEN))
            if _reads_as_abstract(text):
                return text
            if not after_heading and len(text or "") < MIN_ABSTRACT:
                too_short.update(inner.mem_id for inner in node.css(selector))
    return None


def _opens_with_the_title(page: Page, block: Any) -> bool:
    """Whether the block's first element with text is the paper's title, as its <title> writes it
    whole or as one of its parts (read only as far as a title runs)."""
    first = next(block.iter(), None)
    shown = clean_text(short_text(first, _LONGEST_TITLE)) if first is not None else None
    if not shown or words_in(shown) < 2:
        return False
    tab = clean_text(page.node_text("title")) or ""
    return compact(shown) in {compact(part) for part in (tab, *TITLE_SEPARATOR.split(tab)) if part}


def _longest_part_read_as_abstract(block: Any) -> str | None:
    parts = (abstract_text(block_text(child, FIGURES_UNSEEN)) for child in block.iter())
    return max((text for text in parts if text and _reads_as_abstract(text)), key=len, default=None)


def _headed_as_another_section(block: Any) -> bool:
    """Whether the block's first element is a section's heading that names something else than its
    abstract. A heading's closing permalink mark ('Abstract¶') and HAL's 'Résumé' over its languages' tabs
    name the abstract still."""
    first = first_element(block)
    if first is None or first.tag not in SUBHEADING_TAGS:
        return False
    label = without_permalink_marks(clean_text(first.text()) or "").rstrip(":").casefold()
    named = _SECTION_NUMBER.sub("", label)
    return bool(named) and named not in _ABSTRACT_HEADINGS and named not in _HAL_ABSTRACT_HEADINGS


# HAL's heading of an abstract over tabs of its languages (abstract_text takes the tabs off with it).
_HAL_ABSTRACT_HEADINGS = frozenset(("résumé", "resume"))


def _abstract_in_block(node: Any) -> str | None:
    text = abstract_text(_after_its_heading(node) or block_text(node, FIGURES_UNSEEN))
    return text if _reads_as_abstract(text) else None


def _reads_as_abstract(text: str | None) -> bool:
    return bool(text) and len(text) >= MIN_ABSTRACT and not text.lower().startswith(_NOT_ABSTRACTS)


# What an abstract block's heading says: "Abstract", and the word in the page's own language (VNU's
# DSpace theme, 2020: <h5>Tóm tắt </h5><p>- Luận án …</p>), as abstract_text's label knows them. Not
# HAL's "Résumé": its heading stands over tabs of languages that abstract_text takes off with it.
_ABSTRACT_HEADINGS = frozenset(("abstract", "summary", *ABSTRACT_IN_OTHER_LANGUAGES))


_BOOK_INTRODUCTIONS = ("معرفی مختصر کتاب", "معرفی کتاب")
_ABSTRACTS_IN_OTHER_LANGUAGES = tuple(sorted(_ABSTRACT_HEADINGS - {"abstract", "summary"}))
# A run-in label in the page's own language labels its abstract as "Abstract" does (Math-Net.Ru, 2025:
# <div><b>Аннотация:</b> В работе …</div>); "Summary" run in is as often a section's lead as the abstract.
_ABSTRACT_LABELS = frozenset(("abstract", *_ABSTRACTS_IN_OTHER_LANGUAGES))


# A section's number before a heading's name, set apart in an element of its own or not ('<h2><span>08</span>
# Abstract</h2>' in a section#abstract: Flow-ERD's page, round 168; '2. Abstract').
_SECTION_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?\s*(?=[^\W\d])")



def _after_its_heading(block: Any) -> str | None:
    """The text after the heading "Abstract" inside an abstract block: what the block shows above the
    heading is the article's tools ("Buy Article", "Permissions and Reprints", a preview), not its text."""
    # A paragraph that is only the label heads it as a heading does (EvoLang XI's pages, round 73:
    # <p><b>Short description:</b> <i>…</i></p><p><b>Abstract:</b></p><p>…</p>, a teaser above the label);
    # read only as far as a label runs, a paragraph of the abstract's text being long.
    for heading in block.css("h2,h3,h4,h5,h6,p"):
        label = heading.text() if heading.tag != "p" else short_text(heading, _LONGEST_LABEL_TEXT)
        named = _SECTION_NUMBER.sub("", (clean_text(label) or "").rstrip(":").casefold())
        if named not in _ABSTRACT_HEADINGS:
            continue
        parts, openings, after = [], set(), next_element(heading)
        wrapper = heading.parent
        if after is None and wrapper is not None and wrapper.tag in TITLE_BLOCK_TAGS and (
                wrapper.mem_id != block.mem_id):
            # A heading that closes its section's own header, a label over it ('01 / Paper summary' in
            # WorldMind's header.abstract-heading, round 180): the text is what follows the header, and the
            # header's label is no part of it.
            after = next_element(wrapper)
        while after is not None:
            part = block_text(after, FIGURES_UNSEEN) or ""
            if not _repeats(part, openings):
                parts.append(part)
            after = next_element(after)
        return clean_text(" ".join(parts))
    return None


# How much of a part's opening (up to a shortened copy's ellipsis) makes it a copy of a part before it
# that opened so: more than a phrase two parts may share.
_REPEATED_OPENING = (40, 60)


def _repeats(part: str, openings: set[str]) -> bool:
    """Whether a part after the heading opens as a part before it did, and if not, its opening noted in
    `openings`: the same abstract set again for another screen's width, shortened or whole (NIST's CSRC,
    round 76: for narrow screens "… thereby... See full abstract" and the whole again, "Hide full
    abstract"). Each part's opening is kept cut at every length a copy's may have, so a page of thousands
    of paragraphs under its heading is read in linear time."""
    least, most = _REPEATED_OPENING
    opening = compact(part.lstrip()[: most * 4]).replace("…", "...").split("...")[0][:most]
    if len(opening) < least:
        return False
    if opening in openings:
        return True
    openings.update(opening[:length] for length in range(least, len(opening) + 1))
    return False


def description_abstract(page: Page) -> str | None:
    """The description meta, when it is long enough to be an abstract (APA percent-encodes it)."""
    value = page.first("description")
    if value and "%20" in value and " " not in value:
        value = clean_text(unquote(value))
    # A description written as the post's HTML is read as its words (marked_up_descriptions).
    value = description_as_text(value) if value else value
    # …and so is an Academic paper page's (its 'Type' and 'Publication' rows): the front matter's summary of
    # the paper, one sentence where the page sets out no abstract (round 230's Elliot Dreujou page of a book
    # section, Wowchemy 5.7.0: 'This chapter presents results gathered during chapter 1 of my PhD, …').
    shortest = MIN_ABSTRACT if _a_book(page) or shows_publication_rows(page) else _MIN_DESCRIPTION
    if not value or len(value) < shortest or is_blurb(page, value):
        return None
    return value


def _a_book(page: Page) -> bool:
    """Whether the page says it is a book's (og:type "book", as bookdown writes it): a book's description
    is its own summary, one sentence as often as not (Fundamentals of Data Visualization's site, 2019: "A
    guide to making visualizations that accurately reflect the data, tell a story, and look
    professional."), where a short description elsewhere is as often a site's blurb."""
    return (page.first("og:type") or "").casefold() == "book"


def is_blurb(page: Page, description: str) -> bool:
    """A description about the journal or the site, not the paper: "PLOS Biology is an open-access,
    peer-reviewed journal …", "PubMed comprises more than 22 million citations …"."""
    title = page.node_text("title") or ""
    names = {page.first("citation_journal_title", "prism.publicationname"), page.first("og:site_name")}
    names |= {part for part in _TITLE_PARTS.split(title) if part != title}
    names |= _site_names_shown(page)
    # "The Round Society publishes …" names the site its link home shows as "Round Society".
    starts = {0, 4 if description.casefold().startswith("the ") else 0}
    return _names_itself_by_its_initials(description) or any(
        any(description[start:].casefold().startswith(name.casefold())
            and _BLURB_VERB.match(description[start + len(name):]) for start in starts)
        or _named_after_a_lead(description, name)
        for name in names
        if name and len(name) > 3
    )


# "Preventing Chronic Disease (PCD) is a peer-reviewed electronic journal …", "The Journal of Clinical
# Investigation (JCI) is …": a name whose capitalised words' initials are the parenthesis (its small words
# have none), a verb, and "journal" in the name or that first sentence. Without any meta naming the
# journal, its own description still says what it is; a paper's "Chronic Obstructive Pulmonary Disease
# (COPD) is a leading cause …" names no journal, and "… is a platform that describes journal articles"
# names them, not itself.
_SELF_NAMED = re.compile(
    r"(?:The\s+)?((?:[A-Z][\w'-]*\s+)(?:(?:[A-Z][\w'-]*|of|the|and|for|in|on|&)\s+){0,9}?)\(([A-Z]{2,8})\)")
_A_JOURNAL = re.compile(
    r"\b(?:journal|magazine)\b(?!\s+(?:articles?|papers?|records?|reports?|entries|publications?|literature"
    r"|issues?|clubs?|citations?|data|impact))",
    re.IGNORECASE,
)


def _names_itself_by_its_initials(description: str) -> bool:
    found = _SELF_NAMED.match(description)
    if found is None or not _BLURB_VERB.match(description[found.end():]):
        return False
    initials = "".join(word[0] for word in found.group(1).split() if word[0].isupper())
    sentence = description[found.end():].split(".", 1)[0]
    return initials == found.group(2) and _A_JOURNAL.search(found.group(1) + " " + sentence) is not None


# A link to the site's home page shows the site's name, in its text or its logo's: the site's title in
# a masthead (WordPress marks it rel="home"), a link to "/".
_HOME_LINKS = 'a[rel~="home"], a[href="/"]'


def _site_names_shown(page: Page) -> set[str]:
    names: set[str] = set()
    for link in page.tree.css(_HOME_LINKS):
        logo = link.css_first("img[alt]")
        alt = logo.attributes.get("alt") if logo is not None else None
        shown = (clean_text(link.text(deep=True)), clean_text(alt))
        names |= {name for name in shown if name}
    return names


# "Founded in 1920, the NBER is a private, non-profit …": a short lead and a comma before the name.
_LEAD = re.compile(r"[^.,]{1,40},\s+(?:the\s+)?$", re.IGNORECASE)


def _named_after_a_lead(description: str, name: str) -> bool:
    """Whether the description's first clause after a short lead has the site's name as its subject."""
    at = description.casefold().find(name.casefold(), 0, 60)
    return at > 0 and _LEAD.fullmatch(description[:at]) is not None and bool(
        _BLURB_VERB.match(description[at + len(name):]))


def _whole(text: str | None) -> str | None:
    """The text unless it stops in an ellipsis (a teaser of another paper's abstract, cut to a length)."""
    return None if text is None or is_cut_off(text) else text


def is_cut_off(text: str) -> bool:
    """Text that stops in an ellipsis: cut to a length. French typography brackets it: "(...)"."""
    return text.rstrip().endswith(("...", "\u2026", "(...)", "[...]", "(\u2026)", "[\u2026]"))


def read_labels(page: Page, title_from_heading: bool = False) -> BodyRecord | None:
    """A record laid out as labels and values, "Title | …", "Autore | …", "Abstract | …", "DOI | …" (a
    theses database, a proceedings server's contribution page, SpringerLink's "About this Chapter"): the
    value is the element after the label.
    None unless it names both a title and its authors; with `title_from_heading`, the title may be the
    page's heading."""
    found: dict[str, Any] = {}
    authors_row = authors_label = None
    entry_forms: dict[int, bool] = {}
    for node in page.tree.css(_FIELD_LABEL_HOLDERS):
        if node.tag == "div" and any(child.tag in _BLOCKS_IN_A_LABEL for child in node.iter()):
            # A label's div holds its words (in an inline element at most); a div of blocks is a group
            # of fields, whose own holders are read, and whose whole text is not worth reading.
            continue
        # Most cells and spans are no label: their text is looked up (short ones only: a label's
        # text, padding and all, is) before their place in the page is.
        raw = short_text(node, _LONGEST_LABEL_TEXT)
        label = (clean_text(raw) or "").rstrip(": ").casefold() if raw is not None else ""
        field = _field_of(label)
        if field is not None and node.tag in ("td", "th") and _cell_before(node):
            # A record's row opens with its label; a cell further along is a data table's (a paper's
            # table mapping metadata schemes, JoDI 2001: "Resource/Title | Title | TIT2 | …").
            continue
        # A record may give each author a row of the same label (DSpace's full item record: a
        # dc.contributor.author row a person): the rows beside the first add their people.
        another_author = field == "authors" and authors_row == _row_of(node, label)
        value = next_element(node) if field is not None and (field not in found or another_author) else None
        stacked = None
        if field is not None and field not in found and (value is None or value.tag == "br"):
            # Labels one above the other in a cell, their values line for line in the next (TEDE).
            line, stacked = _stacked_value(node)
            if line is not None or stacked is not None:
                value = line
        if value is None and stacked is None:
            # The label and its value in one element's own text: <span>Title: Development of …</span>
            field, text = _labelled_value(node)
            if field is None and (day := day_of_a_date_label_line(node)):
                # …or the label 'Date:' alone as its own text, the day in a link inside the line (Hexo's Chic
                # theme, Mr.Duck's notes, 2021: span.post-time; date_label_lines.py).
                field, text = "date", day
            if field is None or field in found:
                continue
        if _within(node, ("pre", "code")) or _in_an_entry_form(node, entry_forms):
            # A post showing a file's front matter ("author: mfenner") as an example; a form's
            # fields (ACL's "Title: Adjust the title …" correction form).
            continue
        if field in ("authors", "doi") and in_a_cited_works_lines(page, node):
            # The 'Author:' and 'Reference:' lines of the paper a post reviews, under a 'Title:' line of
            # another title than the page's (cited_work_lines.py): that paper's rows, not the page's.
            continue
        if value is not None:
            text = byline_text(value) if field == "authors" else block_text(value)
        elif stacked is not None:
            text = stacked
        if not any(char.isalnum() for char in text or ""):
            # A placeholder names nothing: PDF.js's hidden Document Properties dialog, "Title: -",
            # "Author: -" until a PDF is opened (eScholarship's item page, 2022).
            continue
        if field == "authors":
            # Each creator after a role, the authors the author's role names (a book catalogue's row).
            people = (authors_by_role(text) or _names_listed(value)
                      or names_in_byline(people_before_their_affiliation(text)))
            if another_author and value is not None:
                found[field] += [person for person in people if person not in found[field]]
            else:
                found[field], authors_row = people, _row_of(node, label)
                authors_label = node
        elif field == "abstract":
            found[field] = abstract_text(_first_language(text))
        elif field == "doi":
            found[field] = normalise_doi(text)
        elif field == "date":
            # The row's value is the work's date where it is a date and nothing else (a year, a day).
            found[field] = whole_date(text)
        else:
            found[field] = _first_language(text)
    if title_from_heading and found.get("authors") and not found.get("title"):
        # A catalogue's rows may leave the title to the page's heading (aclanthology.info's paper page,
        # 2018: an h2 of the title over "Authors:", "Month:" and "Year:" rows, no "Title:" row): the
        # heading the <title> names, so a site's own heading or a section's is not taken for it.
        found["title"] = title_of_the_tab(page, shown_only=True) or _title_opening_the_block(authors_label)
    if not (found.get("title") and found.get("authors")):
        return None
    if not found.get("abstract") and authors_label is not None:
        found["abstract"] = _summary_above_the_rows(authors_label, found["title"])
    return BodyRecord(
        title=found["title"], authors=found["authors"], abstract=found.get("abstract"), doi=found.get("doi"),
        shown=[found["date"]] if found.get("date") else [], known=True,
    )


# How many elements may stand between a record's heading and its table of rows.
_ABOVE_THE_ROWS = 4


def _summary_above_the_rows(label: Any, title: str) -> str | None:
    """The one paragraph between the heading of the title and the table of the record's labelled rows,
    with no label of its own (Wanfang Med Online: h4, a bar of tools, p.prvTXT, the table)."""
    table = label.parent
    while table is not None and table.tag != "table":
        table = table.parent
    node, summary = table, None
    for _ in range(_ABOVE_THE_ROWS):
        node = node.prev if node is not None else None
        while node is not None and node.tag.startswith("-"):
            node = node.prev
        if node is None:
            return None
        if node.tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            text = block_text(node)
            return summary if text and compact(text) == compact(title) else None
        if node.tag == "p":
            if summary is not None:
                return None  # more than one paragraph: text of some other kind
            # Prose of its own, not elements set in a paragraph (ketab.ir's subject headings, in spans).
            text = abstract_text(node.text(deep=False))
            summary = text if text and len(text) >= MIN_ABSTRACT else None
            if summary is None:
                return None
    return None


# How far up from a label its record's block may be, and how long a title is.
_RECORD_BLOCK_LEVELS = 3
_LONGEST_BLOCK_TITLE = 300


def _title_opening_the_block(label: Any) -> str | None:
    """The element classed as the title that opens the block of a record's labelled fields, where the
    <title> words it otherwise (the Noor Digital Library, 2018: span.bookInfoArea holds span.spnBookTitle,
    then a span.bookInfoField of a label and a value each; its <title> "تصویر کتاب …", image of the book)."""
    node = label
    for _ in range(_RECORD_BLOCK_LEVELS):
        node = node.parent if node is not None else None
        if node is None:
            return None
        first = next((child for child in node.iter() if not child.tag.startswith("-")), None)
        if first is not None and first.mem_id != label.mem_id and "title" in (
                first.attributes.get("class") or "").casefold():
            text = short_text(first, _LONGEST_BLOCK_TITLE)
            return clean_text(text) if text is not None else None
    return None


# How many labels a cell may stack, and how many tables a value may sit inside.
_STACKED_LABELS = 6
_WRAPPING_TABLES = 3


def _stacked_value(label: Any) -> tuple[Any, str | None]:
    """The value of a label stacked with others in one cell, a line each, beside their values line for
    line in the next cell: IBICT's TEDE shows a thesis as <td><span>Autor:</span><br><br><span>Título(s):
    </span></td><td>…<td>Ada Lovelace<br><br><table>…the titles…</table></td>…</td>. The value's line is
    an element (returned) or text (its words returned); (None, None) unless the cells pair one to one."""
    cell = label.parent
    if cell is None or cell.tag not in ("td", "th"):
        return None, None
    labels: list[Any] = []
    child = cell.child
    # Walked child by child, and given up at the first thing that is no label or past the few a row
    # stacks: each label of a cell of thousands would otherwise walk the whole cell.
    while child is not None:
        if child.tag == "-text":
            if (child.text_content or "").strip():
                return None, None  # words of the cell's own: no cell of labels alone
        elif child.tag not in ("br", "-comment"):
            if child.tag != label.tag or len(labels) == _STACKED_LABELS:
                return None, None  # a cell of other things, or of more labels than a record's row stacks
            labels.append(child)
        child = child.next
    index = next((at for at, child in enumerate(labels) if child.mem_id == label.mem_id), None)
    value_cell = next_element(cell)
    if len(labels) < 2 or index is None or value_cell is None or value_cell.tag != "td":
        return None, None
    lines = _lines(_lines_holder(value_cell))
    if len(lines) != len(labels):
        return None, None
    line = lines[index]
    if len(line) == 1 and line[0].tag != "-text":
        return line[0], None
    words = [(part.text_content if part.tag == "-text" else part.text(deep=True)) or "" for part in line]
    return None, clean_text(" ".join(words))


def _lines_holder(cell: Any) -> Any:
    """The element whose lines are the cell's: the cell, or the first cell with words of a table that is
    all the cell holds (TEDE sets the values beside a box of the record's visits and downloads)."""
    holder = cell
    for _ in range(_WRAPPING_TABLES):
        only = None
        for child in holder.iter():
            if child.tag == "br":
                continue
            if only is not None:
                return holder
            only = child
        if only is None or only.tag != "table" or (holder.text(deep=False) or "").strip():
            return holder
        row = only.css_first("tr")
        inner = None
        if row is not None:
            inner = next((child for child in row.iter()
                          if child.tag in ("td", "th") and (child.text(deep=True) or "").strip()), None)
        if inner is None:
            return holder
        holder = inner
    return holder


def _lines(holder: Any) -> list[list[Any]]:
    """The element's children in lines, each line what stands between line breaks (a run of <br> one
    break); blank text and comments are no part of a line."""
    lines: list[list[Any]] = []
    line: list[Any] = []
    child = holder.child
    while child is not None:
        if child.tag == "br":
            if line:
                lines.append(line)
                line = []
        elif child.tag == "-text":
            if (child.text_content or "").strip():
                line.append(child)
        elif child.tag != "-comment":
            line.append(child)
        child = child.next
    if line:
        lines.append(line)
    return lines


# A value's language in brackets before it, a two-letter code and an optional region: "[pt]", "[en]",
# "[pt-BR]". The language in lower case, as tags write it: a capital opens a word, as ReScience's "[Re]"
# (a replication) opens each of its titles, or "[Rp]".
_LANGUAGE_TAG = re.compile(r"\[[a-z]{2}(?:[-_][a-zA-Z]{2})?\]")


def _first_language(text: str | None) -> str | None:
    """A value the record gives in several languages, each after its language in brackets (TEDE: "[pt]
    Efeitos da nucleação … [en] Effects of nucleation …"): the first, the record's own language, without
    its tag. A value that does not open with a tag is as it is."""
    opening = _LANGUAGE_TAG.match(text) if text else None
    if opening is None:
        return text
    rest = text[opening.end():]
    following = _LANGUAGE_TAG.search(rest)
    return clean_text(rest[: following.start()] if following else rest)


def _field_of(label: str) -> str | None:
    """The record's field a label names, its plural mark aside: "título(s)" is "título"."""
    field = _FIELD_OF_LABEL.get(label)
    if field is None and label.endswith(_PLURAL_MARKS):
        field = _FIELD_OF_LABEL.get(label[: label.rindex("(")].rstrip())
    if field is None and " " in label and _SPACED_CJK.fullmatch(label):
        # A Chinese or Japanese label set out with spaces for alignment ("作 者", "刊 名": Wanfang Med
        # Online).
        field = _FIELD_OF_LABEL.get("".join(label.split()))
    return field


_SPACED_CJK = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff](?:\s+[\u3040-\u30ff\u4e00-\u9fff])+")


def _cell_before(cell: Any) -> bool:
    """Whether a table cell has another cell with words before it in its row. A blank cell opening a row
    (a catalogue's icon or check box, a hand-made page's spacer) is not read, so the label after it
    opens the row. The walk back stops at the first cell with words (each label cell has them), so
    the cells of a row are walked once in all."""
    sibling = cell.prev
    while sibling is not None:
        if sibling.tag in ("td", "th") and (sibling.text(deep=True) or "").strip():
            return True
        sibling = sibling.prev
    return False


def _row_of(node: Any, label: str) -> tuple[str, str, int | None]:
    """What places a label among rows of one record: its words, its element, and the element that
    holds its row (a table's body, a list's or a group's container)."""
    row = node.parent
    holder = row.parent if row is not None else None
    return label, node.tag, holder.mem_id if holder is not None else None


def _names_listed(value: Any) -> list[str]:
    """The people a label's value lists one an item (SpringerLink's chapter page of 2014: <dt>Authors</dt>
    <dd><ul class="authors"><li>…Kazuhiro Imai…</li><li>…</li></ul></dd>), each item read apart: the
    value's text runs them together with no separator between."""
    if value is None:
        return []
    # A list within an item is read by its own items (a node's css() matches the node itself too).
    items = [item for item in value.css("li") if all(inner.mem_id == item.mem_id for inner in item.css("li"))]
    unit = None
    if not items:
        # One paragraph a person (Islandora's Details table, 2023: <dd><p>Brunner, Franziska S.</p>
        # <p>Anaya-Rojas, Jaime M. (Aquatic Ecology ECO)</p>…</dd>): each read apart, family name
        # first as the whole value cannot show, and the unit in brackets after a name is none of it.
        paragraphs = [child for child in value.iter() if child.tag == "p"]
        items, unit = (paragraphs, _UNIT_AFTER_NAME) if len(paragraphs) > 1 else ([], None)
    return [name for item in items
            for name in names_in_byline(unit.sub("", byline_text(item) or "") if unit else byline_text(item))]


# A person's organisational unit in brackets after the name: "Matthews, Blake (Aquatic Ecology ECO)".
_UNIT_AFTER_NAME = re.compile(r"\s*\([^()]*\)\s*$")


def read_article_body(
    page: Page, known_abstract: str | None = None, known_doi: str | None = None, named: bool = False
) -> BodyRecord | None:
    """A paper page without any scholarly meta (a layout of another year, a hand-made page) read
    as a person reads it: its heading, its byline, its abstract and the DOI it shows. None unless
    the page is clearly a paper's: a heading (or a <title> naming it), and an abstract (the one a
    publisher row found, else one the page heads or classes so) or a DOI above its references (or
    the one its own address names), or an address that `named` the paper (a paper's own HTML that
    arXiv serves under its id, which may have neither)."""
    doi = known_doi or doi_shown(page) or doi_in_share_links(page)
    if doi and not known_doi and reviews_anothers_paper(page):
        # A review post signed by its own writer, the reviewed paper's authors under its 'Author(s)' heading
        # (TechGlider's, 2017): the DOIs its text links are that paper's, not the post's.
        doi = None
    if not known_doi and cited_in_the_posts_appendix(page, doi):
        # A post's citation appendix cites the paper it presents (post_appendix_dois): no DOI of the post's.
        doi = None
    abstract = known_abstract or generic_abstract(page) or _quoted_abstract(page)
    labelled = None if abstract else _abstract_page(page)
    abstract = abstract or (labelled[1] if labelled else None)
    # A book's own page may show neither: it says which press published the book (press_notes); nor may
    # a record page that offers its document under its heading (CNKI's), a record only when it is dated.
    # …nor need a post titled as notes on a paper whose first section, 'Summary', opens the notes' own
    # sections (Jifeng Wu's, round 218): no abstract, but what shows the page is one piece's, the post's.
    offered_alone = not (doi or abstract or named or press_notes(page)
                         or notes_summary_heading(page) is not None)
    # The heading the document is offered under: the h1, else the heading the page marks as the title.
    heading = page.tree.css_first("h1") or title_heading_the_tab_repeats(page)
    if offered_alone and not offers_its_document(page, heading):
        return None
    own = labelled[0] if labelled else None
    # Without an h1, the heading under the page's label is the title, not the stretch of the <title> a
    # banner heading repeats (the lab's name).
    # A word processor's document without headings: its title's centred bold lines over its author's.
    block = title_block_over_author(page)
    title = ((own if page.tree.css_first("h1") is None else None) or (block[0] if block else None)
             or heading_title(page) or title_over_the_abstract(page)
             # …or the heading over a paragraph its bold 'Abstract.' label opens (a demo page, round 180).
             or title_over_the_bold_abstract_label(page) or own)
    # …or, where the <title> is only the site's name that the header's logo heading links home with, the
    # heading after it that a byline stands under, and the DOI its paper link names (RV'21's page, round
    # 197: the logo's 'RV'21' is no paper's title; logo_headings.py).
    under_logo = None if title else paper_under_the_sites_logo(page)
    if under_logo is not None:
        title, doi = under_logo[0], doi or under_logo[1]
    title = title or title_of_the_tab(page) or heading_linking_to_its_doi(page, doi)
    if title is None:
        return None
    # A row of the book's creators by role names its authors; its links would name its translator too.
    authors = (role_listed_authors(page) or (block[1] if block and block[0] == title else None)
               or byline(page, title))
    return BodyRecord(title=_with_subtitle(page, title), authors=authors, abstract=abstract,
                      doi=doi, known=True, offered_alone=offered_alone)


def notes_summary_heading(page: Page) -> Any:
    """The 'Summary' heading that opens a post's notes on a paper, the post titled so by its <title> or
    og:title (notes_summaries.py), or None. Worked out once a page."""
    key = ("notes' summary heading",)
    if key not in page.worked_out:
        page.worked_out[key] = None
        tab = page.head_title.text() if page.head_title is not None else None
        if titled_as_notes(tab) or titled_as_notes(page.first("og:title")):
            named = [node for node in heading_nodes(page, HEADINGS) if _heading_named(node, ("summary",))]
            page.worked_out[key] = named[0] if named and summary_opens_the_notes(named[0]) else None
    return page.worked_out[key]


def _with_subtitle(page: Page, title: str) -> str:
    """The title and the subtitle-classed heading right after its h1 (Fairness and Machine Learning's
    site: h1.booktitle 'Fairness and machine learning', then h2.booksubtitle 'Limitations and
    Opportunities'), joined as a title and its subtitle are; the title alone without one. An h1 of a name
    closed by a colon goes on in the heading after it, the rest of the title (SVCODEC's, round 193)."""
    if continued := title_continued_after_its_colon(page, title):
        return continued
    heading = next((node for node, text in page_headings(page) if clean_text(text) == title), None)
    subtitle = subtitle_beside(heading) if heading is not None else None
    return with_subtitle(title, subtitle) if subtitle and subtitle not in title else title


# The label of a page that shows one paper's abstract: "Abstract" after a word or two, the lab's or the
# meeting's name ("PDL Abstract", "Paper Abstract").
_ABSTRACT_PAGE_LABEL = re.compile(r"(?:[^\W\d_][\w&.-]*\s+){0,2}abstract", re.IGNORECASE)
# The blocks between the title and the abstract's first paragraph: a venue line, a byline, the
# affiliations, a line of links.
_BLOCKS_BEFORE_ABSTRACT = 5
_LONGEST_TITLE = 400
# The first section of a paper's text, numbered or not ("1 Introduction", "I. INTRODUCTION", "Background").
_OPENING_SECTION = re.compile(
    r"(?:(?:\d{1,2}|[IVX]{1,4})\.?\s+)?(?:introduction|background|motivation|overview)", re.IGNORECASE
)


def _abstract_page(page: Page) -> tuple[str, str] | None:
    """The title and abstract of a page labelled as one paper's abstract, when its abstract has no
    heading of its own (Carnegie Mellon's Parallel Data Lab, 2026: <h2>PDL Abstract</h2>, the title in
    the <h3> right under it, the venue, the byline, the affiliations and a line of links in paragraphs,
    then the abstract's paragraphs; no meta, and the <title> the lab's name). Only the first heading so
    labelled is read, and only when the heading of the title follows it at once: an "Abstract" heading
    over prose is an article's abstract, which the other readers find."""
    # A page of one paper's abstract labels one: a meeting's programme labels each talk's ("Keynote
    # Abstract", "Invited Talk Abstract").
    labels = [node for node in heading_nodes(page, "h1,h2,h3,h4")
              if _ABSTRACT_PAGE_LABEL.fullmatch(clean_text(node.text()) or "")]
    heading = next_element(labels[0]) if len(labels) == 1 else None
    if heading is None or heading.tag not in HEADING_TAGS:
        return None
    title = clean_text(block_text(heading))
    if not title or len(title.split()) < 2 or len(title) > _LONGEST_TITLE:
        return None
    if _OPENING_SECTION.fullmatch(title):
        return None  # a paper's text under "Extended Abstract": its first section, no title
    paragraphs: list[str] = []
    node, skipped = next_element(heading), 0
    while node is not None and node.tag not in HEADING_TAGS:
        text = block_text(node) or ""
        if node.tag == "p" and len(text) >= _MIN_DESCRIPTION:
            paragraphs.append(text)
        elif paragraphs or skipped == _BLOCKS_BEFORE_ABSTRACT:
            break
        else:
            skipped += 1
        node = next_element(node)
    abstract = abstract_text(" ".join(paragraphs)) if paragraphs else None
    return (title, abstract) if abstract else None


# The date line, byline and affiliations a hand-made paper page sets between its heading and its
# abstract; a quotation further down is the text's, not the abstract.
_BLOCKS_BEFORE_QUOTED_ABSTRACT = 4


# The page's text ends with a quoted abstract: what follows is links and a footer line ("Feedback to
# <…> is welcome!"), not the paragraphs of a post that opens with an epigraph.
_WORDS_AFTER_QUOTED_ABSTRACT = 12
_LINKS_AND_CODE = ",".join(("a", *sorted(tag for tag in UNSEEN if not tag.startswith("-"))))


def _words_after(node: Any) -> int:
    """The words of the page's text after `node`, links' words aside."""
    words = 0
    while node is not None and node.tag not in ("body", "html"):
        sibling = node.next
        while sibling is not None:
            if sibling.tag == "-text":
                words += _words(sibling.text_content or "")
            elif not sibling.tag.startswith("-") and sibling.tag not in UNSEEN:
                words += _words(sibling.text(separator=" ")) - sum(
                    _words(unread.text(separator=" ")) for unread in sibling.css(_LINKS_AND_CODE)
                )
            sibling = sibling.next
        node = node.parent
    return words


def _words(text: str) -> int:
    """Words with a letter in them: a navigation bar's "|" is none."""
    return sum(1 for word in text.split() if any(character.isalpha() for character in word))


def _quoted_abstract(page: Page) -> str | None:
    """A hand-made paper page (a conference abstract on its author's site) sets its abstract apart as
    a quotation under its heading: the first <blockquote> after the h1, with only a few blocks
    between them, each shorter than the quotation (a date, a byline, the affiliations)."""
    heading = page.tree.css_first("h1")
    node = next_element(heading) if heading is not None else None
    between: list[int] = []
    while node is not None and len(between) <= _BLOCKS_BEFORE_QUOTED_ABSTRACT:
        if node.tag == "blockquote":
            text = abstract_text(block_text(node))
            if (text and len(text) >= _MIN_DESCRIPTION and all(length < len(text) for length in between)
                    and _words_after(node) <= _WORDS_AFTER_QUOTED_ABSTRACT):
                return text
            return None
        if node.tag not in ("p", "div") or node.css_first(f"{HEADINGS},blockquote") is not None:
            return None
        between.append(len(block_text(node) or ""))
        node = next_element(node)
    return None


# "Abstract" as Chinese, Japanese and Korean pages label it in lenticular brackets (CNKI's 【摘要】).
_BRACKETED_ABSTRACT_LABELS = frozenset((
    "摘要", "内容摘要", "内容提要", "提要", "要旨", "抄録", "초록", "요약", "abstract",
))
# How deep the elements are searched for what they hide, under a labelled block.
_HIDDEN_DEPTH = 2


def _abstract_after_bracketed_label(page: Page) -> str | None:
    """The text of the block that opens with the label 【摘要】 as its first text (CNKI's record page:
    <p> 【摘要】 <span id="ChDivSummary">本文…</span><span><a style="display:none">更多</a>…</span></p>),
    leaving out what the block hides (the links a script shows to fold a long abstract)."""
    for holder in page.tree.css(LABELLED_BLOCKS):
        if (bracketed_label(holder) or "").casefold() not in _BRACKETED_ABSTRACT_LABELS:
            continue
        # A block that opens with the label but holds more blocks holds more than the abstract.
        if any(inner.tag in _BLOCKS_IN_A_LABEL and inner.mem_id != holder.mem_id
               for inner in holder.css("*")):
            continue
        text = abstract_text(after_bracketed_label(_shown_text(holder)).lstrip("\uff1a: "))
        if text and len(text) >= MIN_ABSTRACT and not is_cut_off(text):
            return text
    return None


def _shown_text(node: Any, depth: int = _HIDDEN_DEPTH) -> str:
    """An element's text without the elements it hides by the hidden attribute or an inline display:none,
    searched `depth` elements down (deeper, an element's text is taken whole)."""
    parts = []
    for child in node.iter(include_text=True):
        if child.tag == "-text":
            parts.append(child.text_content or "")
        elif child.tag in UNSEEN or child.tag.startswith("-") or hidden_by_markup(child):
            continue
        elif depth and child.css_first("[style],[hidden]") is not None:
            parts.append(_shown_text(child, depth - 1))
        else:
            parts.append(run_text(child))
    return clean_text("".join(parts)) or ""


def _labelled_value(node: Any) -> tuple[str | None, str | None]:
    own = node.text(deep=False) or ""
    if ":" not in own and "&" not in own:  # (an entity may spell the colon)
        return None, None
    label, colon, value = (clean_text(own) or "").partition(":")
    field = _field_of(label.strip().casefold()) if colon else None
    return (field, clean_text(value)) if field and clean_text(value) else (None, None)


def _form_of(node: Any) -> Any:
    """The form `node` is inside, if any."""
    form = node.parent
    while form is not None and form.tag != "form":
        form = form.parent
    return form


def _in_a_fields_form(node: Any) -> bool:
    """Whether `node` is inside a form of fields (ACL's "correct the abstract" form), not the one form
    an ASP.NET page wraps its whole body in, headings and all (SciTePress: <form id="form1">)."""
    form = _form_of(node)
    return form is not None and form.css_first("h1, h2") is None


# The controls of a form a person fills in, and those that pick among what a form lists. A form of check
# boxes (or radio buttons) and buttons alone picks among the records it lists (TEDE's result list:
# "Detalhar", "Incluir na pasta", "Processar"), whose rows are the page's record when it lists one; a form
# with a field to fill in, or with no control at all (its fields a script adds), is a form of fields.
_ENTRY_CONTROLS = 'textarea, select, input:not([type]), input[type="text" i], input[type="search" i]'
_PICKS = 'input[type="checkbox" i], input[type="radio" i]'
_PAGE_STATE = 'input[name="__VIEWSTATE"]'


def _in_an_entry_form(node: Any, known: dict[int, bool]) -> bool:
    """Whether `node` is inside a form of fields, not a list of records to pick from; `known` keeps each
    form's answer, so a form of many labels is searched once."""
    form = _form_of(node)
    if form is None:
        return False
    if form.mem_id not in known:
        # ASP.NET WebForms wraps the whole body in one form, its state in a __VIEWSTATE field (the Noor
        # Digital Library, 2018): the page, search box and all, not a form of fields.
        known[form.mem_id] = form.css_first(_PAGE_STATE) is None and (
            not _picks_one_record(form) or form.css_first(_ENTRY_CONTROLS) is not None)
    return known[form.mem_id]


def _picks_one_record(form: Any) -> bool:
    """Whether a form's check boxes all act on one record: TEDE's record has a box of its own for each
    action, every one valued with its number. A catalogue's or a search's list of results repeats one box
    a record (a name shared, each valued with its record's number), and the first record's rows would be
    read as the page's; a radio group's buttons share their name too, a choice and no record."""
    picks = form.css(_PICKS)
    names = [pick.attributes.get("name") for pick in picks]
    values = {pick.attributes.get("value") for pick in picks}
    return bool(picks) and len(set(names)) == len(names) and len(values) == 1


def _within(node: Any, tags: tuple[str, ...]) -> bool:
    parent = node.parent
    while parent is not None:
        if parent.tag in tags:
            return True
        parent = parent.parent
    return False


def _marked_abstract(node: Any) -> bool:
    return "abstract" in (node.attributes.get("class") or "").casefold()


def abstract_after_heading(page: Page, names: tuple[str, ...] = ("abstract", "summary")) -> str | None:
    """The text after a heading "Abstract", up to the next heading; a heading the page shows before one
    it hides (DergiPark, 2026: the article's tabs by language, each a <div style="display:none"> but the
    one shown, the hidden English first in the source over a Turkish paper's shown Turkish)."""
    # Some journals head it "Summary" (Il Nuovo Cimento on SpringerLink).
    # A repository may head the field with both its names, "Abstract/Description" (EPrints at UWE, 2016).
    named = [heading for heading in heading_nodes(page, HEADINGS) if _heading_named(heading, names)]
    hidden: dict[int, bool] = {}
    for heading in sorted(named, key=lambda heading: _styled_hidden(heading, hidden)):
        if _heading_named(heading, ("summary",)) and closes_the_text(heading):
            continue  # a post's closing section, headed "Summary" (Will Wolf's blog, 2017): no abstract
        if _heading_named(heading, ("summary",)) and spans_the_text(heading):
            continue  # a 'Summary' over the post's whole text, its sections, the references next (round 258)
        if (notes := notes_summary_heading(page)) is not None and heading.mem_id == notes.mem_id:
            continue  # the opening section of a post's notes on a paper (Jifeng Wu's, round 218): the notes
        parts: list[str] = []
        openings: set[str] = set()
        wrapper = ended_wrapper(heading)
        sibling = wrapper.next
        # The heading's own paragraphs: the first element after it, and whether any paragraph says something.
        first: Any = None
        said = False
        # Out of a wrapper, the next section's heading is wrapped the same way: an element holding one. A
        # heading of a lower rank heads a section of the abstract (BMC: h3 "Abstract", h4 "Background").
        # A rule after the abstract's text ends it as a heading would (LaTeX2HTML: the abstract's <DIV>,
        # the keywords, <HR>, then the list of the paper's sections, which no heading opens).
        while sibling is not None and not _ends_under(heading, sibling) and not (
            wrapper.mem_id != heading.mem_id and not sibling.tag.startswith("-") and _holds_heading(sibling)
        ) and not (sibling.tag == "hr" and "".join(parts).strip()):
            if sibling.tag == "-text":
                parts.append(sibling.text_content or "")
            elif not _repeats(shown := run_text(sibling), openings):
                parts.append(shown)
                first = sibling if first is None and not sibling.tag.startswith("-") else first
                said = said or (sibling.tag == "p" and bool(shown.strip()))
            sibling = sibling.next
        if first is not None and first.tag == "p" and not said and _marked_abstract(first):
            # The heading over an empty paragraph classed as the abstract, and no paragraph after it: a
            # template's abstract left unfilled (Hugo's Academic theme: <h3>Abstract</h3>
            # <p class=pub-abstract></p>, then the page's rows of type and venue and its owner's biography),
            # not an abstract. An unclassed empty paragraph is a spacer (a word processor's <p>&nbsp;</p>)
            # over the abstract.
            continue
        text = abstract_text("".join(parts))
        if text and len(text) >= MIN_ABSTRACT:
            return text
    return None


def _heading_named(heading: Any, names: tuple[str, ...]) -> bool:
    # The heading's words as shown: a self-link mark it hides ('#' in PaperMod's a.anchor[hidden], round 260)
    # is no word of it (hidden_heading_marks.py).
    text = _QUALIFIER.sub("", shown_heading_text(heading)).rstrip(":.").casefold()
    if any(part.strip() in names for part in text.split("/", 1)):
        return True
    # …or by both of its names joined ('Summary and Abstract': the MSIN-InfoTabs project page, round 191):
    # one section, the abstract's; a heading joining the abstract to another section ('Abstract and
    # Figures') is not one.
    both = _JOINED_NAMES.split(text, maxsplit=1)
    return (len(both) == 2 and all(part in _BOTH_NAMES for part in both)
            and any(part in names for part in both))


# The abstract's two names a heading may join, and how it joins them.
_BOTH_NAMES = frozenset(("abstract", "summary"))
_JOINED_NAMES = re.compile(r"\s+(?:and|&)\s+")


# A structured abstract's run-in label, in capitals as print sets it: "OBJECTIVE: To compare …".
_RUN_IN_LABEL = re.compile(r"[A-Z][A-Z&/ -]{1,40}:\s")
# How many elements that are not its paragraphs (an advertisement) may stand among the abstract's.
_BETWEEN_PARAGRAPHS = 3


def _abstract_after_paragraph_heading(page: Page) -> str | None:
    """The abstract under a heading set as a paragraph of its own (an aggregator's copy of a journal
    article, FindArticles, 2004: <p>ABSTRACT</p><p>OBJECTIVE: …</p><p>SUBJECTS: …</p>, an advertisement's
    div among them, then the article's text with no heading between). A paragraph heading ends nothing,
    so the abstract is only what shows it is one: the run of paragraphs that open with a run-in label,
    or, unstructured, the first paragraph alone."""
    for heading in page.tree.css("p"):
        if not _bold_label_alone(heading):
            if heading.child is None or heading.child.tag != "-text" or heading.child.next is not None:
                continue  # bare text alone: "<p>ABSTRACT</p>", not a paragraph that opens with a label
            if (clean_text(heading.text()) or "").rstrip(":.").casefold() not in ("abstract", "summary"):
                continue
        if in_another_entry(page, heading):
            continue  # an entry of a list of other papers or stories, or a sidebar's, with its own summary
        parts: list[str] = []
        after, skipped = next_element(heading), 0
        while after is not None and skipped <= _BETWEEN_PARAGRAPHS:
            if after.tag != "p":
                skipped += 1
            elif not _RUN_IN_LABEL.match(clean_text(after.text()) or ""):
                if not parts:
                    parts.append(block_text(after) or "")
                break
            else:
                parts.append(block_text(after) or "")
            after = next_element(after)
        text = abstract_text(" ".join(parts))
        if text and len(text) >= MIN_ABSTRACT:
            return text
    return None


# The stop a bold label may leave outside its bold: '<strong>Resumo</strong>:'.
_LABEL_STOPS = frozenset(("", ":", ".", "\uff1a"))


def _bold_label_alone(paragraph: Any) -> bool:
    """Whether the paragraph is only the abstract's label in bold, in English or the page's own language, its
    colon or stop after the bold or inside it: a heading set as a paragraph (Lucas Gelape's Wowchemy 5.7.0
    page of a book chapter, round 230: '<p><strong>Resumo</strong>:</p>', the abstract's paragraph after it,
    the chapter's citation in a list above). A paragraph that runs on after the label is no heading."""
    first = past_blank_text(paragraph.child)
    if first is None or first.tag not in ("b", "strong"):
        return False
    label = (clean_text(short_text(first, _LONGEST_LABEL_TEXT)) or "").rstrip(":.\uff1a").casefold()
    if label not in _ABSTRACT_LABELS:
        return False
    after = first.next
    while after is not None:
        if after.tag != "-text" or (after.text_content or "").strip() not in _LABEL_STOPS:
            return False
        after = after.next
    return True


# What a heading may add after "Abstract" in brackets: "Abstract (provisional)" (BMC), "(English)".
_QUALIFIER = re.compile(r"\s*\([^()]{1,30}\)$")


def _holds_heading(node: Any) -> bool:
    """Whether an element holds a heading that says something: an empty one is a template's slot for
    a sub-heading (the JAMA Network's 2016 <h6><span class="lblSubTitle"></span></h6> between the
    abstract's heading and its text), not the next section's. A heading drawn as a picture says what
    the picture shows (a hand-made page's <h2><img alt="Introduction" src="intro.gif"></h2>)."""
    return any(_visible(heading.text(deep=True)) or heading.css_first("img, svg") is not None
               for heading in node.css(HEADINGS))


def _visible(text: str | None) -> bool:
    return bool((text or "").split())


def _ends_under(heading: Any, sibling: Any) -> bool:
    """Whether `sibling` is a heading that ends the section `heading` opens: of its rank or higher."""
    if sibling.tag not in HEADING_TAGS:
        return False
    return not (heading.tag[1:].isdigit() and sibling.tag[1:].isdigit() and sibling.tag > heading.tag)


def _styled_hidden(node: Any, known: dict[int, bool]) -> bool:
    """Whether the node or an element around it is hidden by the hidden attribute or an inline
    display:none (a tab, a collapsed panel that a script may open). `known` keeps the answer for every
    element walked through, so that headings nested in one another walk each element once."""
    return nearest_answer(node, hidden_by_markup, known, from_node=True)


# A heading the abstract shares with what comes after it ("Abstract and Figures": ResearchGate's card
# of the abstract, then the figures' captions).
_SHARED_ABSTRACT_HEADING = re.compile(r"abstract\s+(?:and|&)\s+\S.*", re.IGNORECASE)
_WRAPPERS = ("div", "section")


def _first_block_under_shared_heading(page: Page) -> str | None:
    """The first block of text under a heading the abstract shares ("Abstract and Figures"): the rest
    is the heading's other part. A heading alone in its wrapper (a card's header) heads what follows
    the wrapper (ended_wrapper), and a wrapper without text of its own (the card's body) opens onto its
    first block."""
    for heading in heading_nodes(page, HEADINGS):
        if not _SHARED_ABSTRACT_HEADING.fullmatch(clean_text(heading.text()) or ""):
            continue
        block = next_element(ended_wrapper(heading))
        while block is not None and block.tag in _WRAPPERS and not clean_text(block.text(deep=False)):
            block = first_element(block)
        text = abstract_text(block_text(block, FIGURES_UNSEEN)) if block is not None else None
        if text and len(text) >= MIN_ABSTRACT:
            return text
    return None


def ended_wrapper(heading: Any) -> Any:
    """The heading, or the wrapper that holds nothing else (a card's header, a grid's column beside the
    one that holds its text: InvenioRDM's "Description"): what follows it is the heading's section. So is a
    <center> around the heading alone, and the heading of another rank that holds it and nothing else (a
    speech codec paper's demo page, round 186: <h2 id="abstract"><center><h1>Abstract</h1></center></h2>,
    then the abstract's <p>): the same heading, nested as a hand-written page nests it."""
    node = heading
    while (node.parent is not None and node.parent.tag in _HEADING_WRAPPERS
           and _alone_but_jump_links(node)):
        node = node.parent
    return node


# The elements that may hold a heading alone and so be it: blocks, a <center>, a heading around a heading.
_HEADING_WRAPPERS = frozenset({"div", "header", "center", *HEADING_TAGS})


def _alone_but_jump_links(node: Any) -> bool:
    """Whether the element is all its parent holds besides a row of links to the page's own sections
    (the JAMA Network, 2016: div.contentJump holds h2 "ABSTRACT" and "ABSTRACT | METHODS | …", the
    abstract's text after the wrapper around them). Each sibling is looked at once, and the siblings
    at one level and the next are apart, so climbing stays linear."""
    if alone_in_parent(node):
        return True
    child = node.parent.child
    while child is not None:
        if child.mem_id != node.mem_id and child.tag != "-comment" and not (
            (child.tag == "-text" and not (child.text_content or "").strip())
            or (not child.tag.startswith("-") and jump_links(child))
        ):
            return False
        child = child.next
    return True


def _abstract_after_label(page: Page) -> str | None:
    """A paragraph that opens with its label in an element of its own: <p><span>Abstract: </span>Move
    pruning is …</p> (IOS Press), or a span that does, the abstract's run-in heading as print sets it
    (Copernicus: <span><span>Abstract.</span> Biogenic …</span>). One cut off with an ellipsis is a
    teaser of another paper (a list of recommended papers, each with the opening of its abstract)."""
    # Drupal labels a field in an element of its own, the value in the next: <div class="field-label">
    # Abstract:&nbsp;</div><div class="field-items">… (IIETA).
    # A section title set as a div (J-STAGE: <div class="section-title-18">Abstract</div><div>…</div>).
    for label in page.tree.css(f'{_INLINE_LABELS}, div[class~="field-label"], div[class*="section-title"]'):
        # A label's raw text is short: the text of each span of a deep nest is the rest of the nest.
        raw = short_text(label, _LONGEST_LABEL_TEXT)
        if raw is None or (named := clean_text(raw) or "").rstrip(":.").casefold() not in _ABSTRACT_LABELS:
            continue
        holder = label.parent
        opens = holder is not None and (clean_text(holder.text()) or "").startswith(named)
        if label.tag == "div" and holder is not None and holder.tag not in ("p", "div"):
            # A section title beside its section rather than in it (PubMed Central, 2008-2009:
            # <td><div class="head1 section-title">Abstract</div><div class="section-content">…).
            holder = next_element(label)
            if holder is None or holder.tag != "div":
                continue
        elif holder is None or holder.tag not in ("p", "div", "span") or _in_a_fields_form(holder):
            continue  # a form's field (ACL's "correct the abstract" form) is no abstract
        elif not opens:
            continue  # a breadcrumb's last step ("Journal home > Letter > Abstract") labels no text after it
        text = _before_trailing_field(abstract_text(block_text(holder)))
        if text and len(text) >= MIN_ABSTRACT and not is_cut_off(text):
            return text
    return None


# A field the labelled abstract's block closes with, on a line of its own after the abstract (Math-Net.Ru,
# 2025: "… низкой регулярности. <br/>Библиография: 101 название.", the count of its references).
_TRAILING_FIELD = re.compile(
    r"\s(?:Bibliography|Библиография|Keywords|Key words|Ключевые слова)\s*:\s*\S[^.]{0,80}\.?$"
)


def _before_trailing_field(text: str | None) -> str | None:
    """The abstract without a short closing field its block runs on to."""
    found = _TRAILING_FIELD.search(text) if text else None
    return clean_text(text[: found.start()]) if found is not None and found.start() >= MIN_ABSTRACT else text

