"""Any other scholarly page (publishers, proceedings, repositories, preprint servers, data sets).

Sources in order of trust: Highwire citation_*, Dublin Core (and PRISM), OpenGraph, JSON-LD
(articles, reports, chapters, data sets), then the page body (`body.py`). Field by field the most
trusted value wins and the others fill the gaps, with these exceptions, each for a class of page:

- a publisher row that knows where the abstract is beats the meta abstract (eLife's DC.Description
  is a digest); so does a structured abstract in the body ("Background …") that holds the meta
  one (SpringerOpen's dc.description drops the labels, BMC's keeps only the first section);
- authors come from the first source that has them, each name spelt as fully as any source of
  the same list spells it;
- the date is the page's first appearance among all the dates it states and shows
  (`dates.published_date`).
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import parse_qs, urljoin

from ..identity import arxiv_id_from_doi, arxiv_id_from_url, clean_text, normalise_doi, split_arxiv_id
from ..records import Paper
from .academic_listing_summaries import listing_summary_of_the_theme
from .academic_paper_pages import month_of_disagreeing_metas, preprint_of_the_buttons
from .academic_text_descriptions import abstract_as_the_papers_text, described_text_of_the_theme
from .addresses import address_days, doi_in_address, link_path
from .block_openings import opens_over_its_blocks
from .blox_metadata_authors import paper_day_of_the_metadata_line
from .body import MIN_ABSTRACT, BodyRecord, read_sites
from .bold_summaries import bold_summary_line
from .book_bylines import day_of_the_welcome_byline
from .boxed_deks import dek_boxed_beside_the_text
from .boxed_intros import opens_from_its_intro_box
from .breadcrumb_titles import shown_breadcrumb_title, shown_by_a_headline
from .bylined_stories import bylined_story
from .bylines import byline
from .citation_line_years import year_of_the_citation_line
from .cited_dates import (
    bibtex_year_of_its_preprint,
    bracketed_issue_date,
    own_bibtex_block_eprint,
    own_bibtex_doi,
)
from .created_lines import over_stale_template_dates
from .cut_meta_titles import entry_title_a_meta_title_cuts
from .dashed_name_titles import heading_the_dashed_name_ends, heading_the_named_part_opens
from .dated_headings import day_over
from .dates import (
    dates_in_text,
    day_month_readings,
    first_day,
    online_alone,
    partial_date,
    published_date,
    whole_date,
    worded_days,
)
from .declared_summaries import (
    introduction_the_description_declares,
    notes_the_description_declares,
    summary_the_description_declares,
)
from .deks_over_leads import dek_over_the_lead
from .described_days import described_days
from .described_writers import writers_the_description_lists
from .docusaurus_posts import opens_a_docusaurus_post
from .essay_posts import essays_abstract
from .eyebrow_abstracts import abstract_under_its_eyebrow
from .heading_date_tags import month_tagged_over_the_heading
from .hero_claims import hero_claim_under_the_title
from .hgroup_standfirsts import hgroup_standfirst
from .history_lines import history_line_dates
from .html_meta import (
    Page,
    block_text,
    drawn_math,
    fragment_text,
    hides_itself,
    is_blog_post,
    json_ld_authors,
    json_ld_strings,
    json_ld_text,
    markup_text,
    select_all,
    subtitle_beside,
)
from .id_labelled_preprints import preprint_its_id_names_under_the_title
from .ieee_citations import ieee_cited_paper
from .issue_lines import issue_line_date, issue_year
from .lab_meetings import credited_to_its_source
from .labelled_meta_abstracts import after_its_abstract_label
from .logo_letters import with_its_logo_letter
from .marked_up_descriptions import holds_blocks
from .meta_authors import dublin_core_people, meta_author_for_a_nameless_person, publisher_as_author
from .meta_titles import heading_for_meta_title, part_of_a_copied_tab, section_before_the_book
from .modified_day_lines import posted_and_modified_days
from .month_datelines import month_of_the_opening_dateline
from .more_break_summaries import summary_before_the_more_break
from .names import (
    a_staff_role,
    display_names,
    names_in_byline,
    names_in_citation,
    rejoined_at_commas,
    same_person,
)
from .news_row_dates import (
    paper_day_of_its_announcement_lines,
    paper_day_of_its_dotted_news_rows,
    paper_month_of_its_news_rows,
)
from .offered_documents import a_meetings_record, dated_under
from .online_labels import online_labelled_days
from .own_copyright_years import year_of_the_projects_own_copyright
from .own_paper_posts import preprint_of_the_writers_paper_post
from .own_references import year_of_its_own_reference
from .page_authors import TYPOGRAPHIC_HYPHENS, authors_of
from .page_counts import without_page_count
from .paired_deks import dek_alone_with_its_heading
from .paper_page_buttons import arxiv_id_of_the_header_buttons, doi_of_the_header_buttons
from .parsely_meta import shown_parsely_title
from .patents import patent_record
from .places import (
    HEADINGS,
    OTHER_PAPERS,
    PLAIN_QUOTES,
    PROSE,
    a_photos_caption,
    above_references,
    below_heading,
    compact,
    page_headings,
    title_heading,
    title_or_first_heading,
)
from .post_appendix_dois import cited_in_the_posts_appendix
from .post_info_writers import post_info_writers
from .presentation_days import day_of_its_presentation
from .presented_at_years import year_of_the_event_it_was_presented_at
from .preview_paper_pages import preview_over_the_authors
from .project_headings import (
    entry_titled_heading_over_its_byline,
    heading_over_the_projects_byline,
    template_heading_over_its_byline,
)
from .project_pages import (
    arxiv_id_of_its_buttons,
    doi_of_its_paper_button,
    project_abstract_its_entry_holds,
    project_byline_block_year,
    project_lede,
    project_overview_abstract,
    project_release_date,
    project_summary_under_the_teaser,
    project_title,
    project_unlabelled_abstract,
    project_venue_year,
)
from .project_teasers import project_teaser_summary
from .providing_writers import writer_providing_its_text
from .publication_row_days import day_of_the_publication_rows_citation
from .publication_rows import (
    arxiv_id_of_the_publication_row,
    shows_publication_rows,
    shows_the_paper_layout,
    year_of_the_publication_row,
)
from .quarto_entry_titles import title_its_entry_joins
from .quarto_paper_texts import abstract_as_the_quarto_papers_text
from .quarto_title_blocks import quarto_description
from .quoted_titles import without_wrapping_quotes
from .read_more_teasers import closed_by_a_read_more
from .recommended_citations import cited_paper
from .relabelled_days import paper_day_the_template_relabels, paper_month_the_template_relabels
from .reviewed_papers import (
    abstract_of_a_paper_its_table_names,
    abstract_of_a_post_tagged_a_paper_review,
    abstract_of_a_post_titled_a_paper_review,
    abstract_of_a_translated_paper,
    abstract_of_notes_on_a_marked_work,
    abstract_of_the_reviewed_paper,
    abstract_under_the_reviewed_papers_title,
)
from .reworded_headlines import (
    fuller_headline,
    headline_a_sharing_name_runs_on,
    headline_its_meta_agree_on,
    headline_joined_to_its_subtitle,
    headline_less_its_article,
    headline_over_its_byline,
    headline_the_meta_title_opens,
    reworded_headline,
)
from .scholarly_taglines import abstract_headed_over_a_tagline
from .second_headlines import a_second_headline
from .sectioned_posts import described_whole_text
from .set_apart_leads import amid_the_text, lead_over_the_opening, set_apart_lead
from .short_deks import short_described_dek
from .shown import (
    abstract_after_heading,
    description_abstract,
    generic_abstract,
    is_blurb,
    is_cut_off,
    read_labels,
)
from .shown_dates import (
    article_date,
    first_issue_date,
    history_block_dates,
    history_dates_not_published,
    labelled_dates_anywhere,
    labels_opening_their_text,
    press_dates,
    publication_labelled_dates,
    published_note_dates,
)
from .shown_dois import doi_after_its_label, doi_shown, doi_under_heading
from .shown_titles import without_closing_mark
from .side_box_links import arxiv_id_of_the_side_box, doi_of_the_side_box
from .site_meta_papers import paper_under_the_sites_meta
from .site_prefixed_titles import less_the_sites_prefix, og_title_less_the_sites_name
from .site_staff import the_addresss_own_team
from .solar_hijri_labels import issue_season_year, labelled_solar_hijri_day
from .sourced_stories import headline_before_its_source
from .standards import rfc_text, status_line_date
from .standfirst_blocks import classed_a_standfirst, described_subtitle, heading_dek, holds_text_alone
from .story_openings import opens_the_story, shown_nowhere
from .structured_openings import structured_abstract_opening
from .submitted_lines import submitted_day
from .subtitled_titles import with_subtitle
from .summary_boxes import summary_box
from .summary_paragraphs import summary_after_title_block
from .title_block_deks import a_title_block, title_block_dek
from .title_cased_headings import title_cased_by_the_theme
from .title_emoji import without_emoji
from .titled_record_tables import authors_of_the_titled_record
from .tldr_boxes import tldr_box_summary
from .tldr_lines import tldr_line_summary
from .unmarked_pages import lists_publications, record_shown
from .update_notes import published_before_updates
from .utc_evenings import utc_eve, utc_morrow
from .venue_subheadings import doi_of_the_venue_subheading, year_of_the_venue_subheading
from .venues import page_venue

_DOI_KEYS = ("identifier", "sameAs", "mainEntity", "@id", "url")
_MERGED_FIELDS = ("title", "abstract", "pdf_url", "arxiv_id")
_PUBLISHERS = ("citation_publisher", "dc.publisher", "dcterms.publisher")
_HIGHWIRE_DATES = (
    "citation_publication_date",
    "citation_date",
    "citation_online_date",
    "citation_cover_date",
    "citation_year",
)
_DUBLIN_CORE_DATES = (
    "dc.date",
    "dc.date.issued",
    # OPUS 3 repositories (Dagstuhl DROPS among them) date the online document so; their
    # DC.Date.Creation_of_intellectual_content is when the work was written.
    "dc.date.creation_of_present_form",
    "dcterms.issued",
    "dcterms.date",
    "dcterms.created",
    "prism.publicationdate",
)
# Each is read in turn: a page may write its record's own number as dc.identifier and the DOI only
# in a qualified name (OJS: DC.Identifier "1135868", DC.Identifier.DOI "10.31202/…").
_DUBLIN_CORE_IDENTIFIERS = ("dc.identifier", "dc.identifier.doi", "dcterms.identifier", "prism.doi")
_MIN_SENTENCE = 20
_DUBLIN_CORE_ABSTRACT = ("dcterms.abstract", "dc.description.abstract", "dc.description")
# How much of a meta abstract a body abstract must hold to be the same abstract.
_SAME_ABSTRACT = 60
# The first label of a structured abstract.
_STRUCTURED = re.compile(
    r"(?:Background|Introduction|Objectives?|Aims?|Purpose|Context|Importance)\b:?\s", re.IGNORECASE
)


def from_page(url: str, page: Page, named: bool = False) -> list[Paper]:
    """The page's record; `named` when its address alone says it is a paper (arXiv's id of a paper's
    own HTML file), so its heading is its title without an abstract or a DOI to show it is one."""
    article = page.articles[0] if page.articles else {}
    body = read_sites(url, page)
    known_to_a_row = body.known
    if not body.known and (cited := cited_paper(page) or ieee_cited_paper(page)):
        # A researcher's paper page built by academicpages: the paper its header's 'Recommended citation:'
        # line cites under the title its h1.page__title shows, by the line's authors and year (Adrian
        # Forsythe's site, 2017), over the template's meta (no author; the year's first day for the year).
        # Or a paper page whose 'Citation' heading sets the paper's IEEE reference under the title its h1
        # shows, over a byline naming the site's owner alone (Elly Kirwa's Quarto site, 2025): the
        # reference's authors, the page's own dates standing (the reference gives a year alone).
        body.title, body.known = body.title or cited.title, True
        body.authors, body.authors_over_meta = cited.authors, True
        if cited.shown:
            body.shown, body.dates_over_meta = body.shown or cited.shown, True
    if not body.known and (sites := paper_under_the_sites_meta(page)):
        # A paper's benchmark site whose meta name the site (the tab's name, a team as author) over the
        # paper its heading classed as the paper's title and the byline under it show (VLA-Arena's, round
        # 195): that paper, read from the page, its abstract the text under its 'Abstract' heading over the
        # site's description (site_meta_papers.py).
        body.title, body.title_over_meta, body.known = sites.title, True, True
        body.authors, body.authors_over_meta = sites.authors, True
        body.abstract = body.abstract or abstract_after_heading(page, ("abstract",))
    offered_alone = False
    sources = [_highwire(page), _dublin_core(page), _open_graph(page), _json_ld(article)]
    if not sources[3]["authors"] and article:
        # A lab's post whose template names its title as the JSON-LD author shows its writer in the info
        # line under its h1 alone (post_info_writers.py); a line naming only the site names no one.
        writers = post_info_writers(page)
        sources[3]["authors"] = (writers if writers is not None
                                 else meta_author_for_a_nameless_person(page, article))
    merged: dict[str, Any] = {}
    for name in _MERGED_FIELDS:
        merged[name] = next((source[name] for source in sources if source.get(name)), None)
    if not merged["title"] and not body.title and (shown := rfc_text(page) or patent_record(page)):
        # An RFC shown as its plain text (the IETF Datatracker's view) names its record in that text
        # alone, and the DOIs it shows are the cited RFCs', in its references; a patent office's full-text
        # page (PatFT's) only in its header, title line, abstract and inventors' row, and the assignee and
        # the application's earlier publication are not it. The text's record is the page's.
        return [Paper(title=shown.title, abstract=shown.abstract, authors=shown.authors or None,
                      authors_count=len(shown.authors) or None, published=shown.published,
                      url=_absolute(url, page.canonical or page.og_url) or clean_text(url))]
    if not merged["title"] and not body.title and (labelled := read_labels(page)):
        # Nothing names the paper but a table of labels and values (a theses database).
        body.title, body.known = labelled.title, True
        body.authors = body.authors or labelled.authors
        body.abstract = body.abstract or labelled.abstract
        body.doi = body.doi or labelled.doi
        # …and its labelled 'Date' row dates it (the Internet Archive's item page, 2008: 'Date' '1922').
        body.shown = body.shown or labelled.shown
    if (merged["title"] and not body.authors and not any(source.get("authors") for source in sources)
            and (tabled := authors_of_the_titled_record(page, merged["title"]))):
        # A record table whose title row is the meta title names the people no meta names (JSys's
        # jekyll-scholar entry, 2022: og:title, and the 'Author(s):' row of BibTeX's 'and' list).
        body.authors = tabled
    # HighWire's citation_title names the paper alone (Google Scholar reads it so); other meta titles
    # may carry the site's name, or be it.
    # …save one that copies the whole <title>, the issue, journal and site after the paper's title (EID's,
    # 2012): the part a heading classed as the title shows.
    # …and one that is the opening words of the title the page's own entry writes whole, the heading showing
    # the rest (cut_meta_titles.py).
    title = ((part_of_a_copied_tab(page, merged["title"]) or merged["title"]) if sources[0]["title"]
             else entry_title_a_meta_title_cuts(page, merged["title"])
             or heading_for_meta_title(page, merged["title"]))
    # R distill opens its meta titles, citation_title too, with the site's name and a colon; the h1 shows
    # the title alone (site_prefixed_titles.py).
    title = less_the_sites_prefix(page, title)
    title = _as_the_heading_shows(page, title) or body.title
    if title and not body.title and not shown_by_a_headline(page, title):
        # A meta title no heading shows (a breadcrumb trail's last step is none: WAZ's, 2025) gives way to
        # the one Parse.ly's meta names, where a heading shows it,
        # or to the name the breadcrumbs give the page (Aeon's essay, 2024), where a heading shows that.
        # …or to the one h1 that words the same headline otherwise for the reader (Vox's, 2019), or that
        # the <title> repeats and says more than the meta title shortened from it (The Sun's, 2019), or that
        # is the meta title less the article it opens with (Slate's, 2014: "The Seven Wonders of …"), or the
        # meta title less the source a portal names after it in brackets (Yahoo! News Japan's, 2017), or that
        # the JSON-LD headline and the <title> both name, over a social title of other words (Euronews, 2024).
        title = (shown_parsely_title(page) or shown_breadcrumb_title(page, url)
                 or reworded_headline(page, title) or fuller_headline(page, title)
                 # …or that opens with the meta title and goes on by words of its own, the meta title the
                 # headline shortened (LUCID's project page, round 206).
                 or headline_the_meta_title_opens(page, title)
                 or headline_its_meta_agree_on(page, title, sources[3]["title"])
                 # …or that the <title> is word for word, the meta title (og:title alone) the two run on by
                 # one word, a sharing name (OVAD's benchmark page, round 217: '… Detection Benchmark').
                 or headline_a_sharing_name_runs_on(page, title, sources[0]["title"] or sources[1]["title"]
                                                    or sources[3]["title"])
                 or headline_less_its_article(page, title) or headline_before_its_source(page, title)
                 # …or the heading of a paper's project page that names the meta title's project before its
                 # colon and stands over the byline, the meta's title the site's tagline (GSO's, round 178).
                 or heading_over_the_projects_byline(page, title)
                 # …or the project page template's heading over its byline, the meta title the method's name
                 # in words no heading shows (WAM's page, round 206).
                 or template_heading_over_its_byline(page, title)
                 # …or the one h1 over the byline that the page's own entry titles, the meta title the site's
                 # name and tagline (ConStory-Bench's page, round 257: project_headings.py).
                 or entry_titled_heading_over_its_byline(page, title)
                 # …or, last, the one h1 a "By" line and the story's day stand under, where the meta's
                 # headlines are others for sharing and search (MailOnline, 2014).
                 or headline_over_its_byline(page, title) or title)
    if body.title and body.title_over_meta:
        # A row's heading over a meta title an SEO plugin words otherwise (SciLogs, 2019).
        title = body.title
    if title and body.title and title != body.title and _plain_quotes(title) == _plain_quotes(body.title):
        # …and as the heading a publisher row reads shows its quotes, where the meta writes plain ones
        # (Retraction Watch: og:title's "it's" for the post's h2 "it’s"; its h1 is the site's name).
        title = body.title
    # The book's title, and below its summary, without the section of the book the page is.
    section = section_before_the_book(page, title)
    title = _past_section(title, section)
    doi = next((source["doi"] for source in sources if source.get("doi")), None)
    doi = doi or _doi_in_meta_links(page) or body.doi or doi_in_address(url, page)
    # A page whose meta names no DOI may show it under its heading (a blog post's byline line).
    doi = doi or doi_under_heading(page, title)
    # … or only in the BibTeX entry it shows for itself (SciTePress's citation formats).
    doi = doi or own_bibtex_doi(page, title)
    # … or in an identifiers block, a doi.org link under its label (Geodiversitas's citation_* name none).
    doi = doi or doi_after_its_label(page)
    # … or only in the buttons under a lab's paper page's heading (Hugo's Academic theme or its successors):
    # one that names the paper ('PDF', 'DOI', 'Source Document') to doi.org or to a publisher's address.
    doi = doi or doi_of_the_header_buttons(page)
    # … or only in a paper's project page's 'Paper' button, to the publisher's version (GenAssist's, 2023).
    doi = doi or doi_of_its_paper_button(page)
    # … or only in a lab's paper page's side box, a link under its label box 'PDF' to the publisher's article
    # address (the Bedford lab layout's: the STAR Lab's, round 235).
    doi = doi or doi_of_the_side_box(page)
    # … or only in a link the venue line under the title's heading holds (Michele Vidulis's Hugo page, round
    # 260: h5 'ACM Transactions on Graphics (SIGGRAPH Asia), 2024' linking dl.acm.org/doi/…:
    # venue_subheadings.py).
    doi = doi or doi_of_the_venue_subheading(page, title)
    # A publisher's page without a DOI in its meta or row shows it above its references (Europe PMC's
    # citation line over the title: "Published online Mar 13, 2009. doi: 10.1136/sti.2008.033985"),
    # and above its lists of other papers (PubMed's "Recent activity" cites them with their DOIs).
    # So does a page whose only scholarly meta is Dublin Core or JSON-LD, which often leave the DOI
    # out; HighWire's set names it when there is one (a thesis's HAL page shows a data set's).
    shows_its_doi = body.known or (
        not _highwire_tags(page) and _looks_scholarly(page, article, None, None) and _a_doi_anywhere(page)
    )
    in_the_text = None if doi or not shows_its_doi else doi_shown(page, above_references(page, OTHER_PAPERS))
    # A post's DOI is never one its citation appendix's BibTeX entry gives: the entry cites the paper the post
    # presents (a Distill post's 'BibTeX Citation' of its GECCO paper, round 239; round 229's reading).
    if cited_in_the_posts_appendix(page, in_the_text):
        in_the_text = None
    doi = doi or in_the_text
    arxiv_id = merged["arxiv_id"] or arxiv_id_from_doi(doi) or _arxiv_id_from(url, page)
    # A paper's project page names it by the preprint its "arXiv" or "Paper" button links; a page with a
    # DOI of its own is the journal's version, which the preprint it links is not.
    from_buttons = not arxiv_id and not doi and arxiv_id_of_its_buttons(page) is not None
    arxiv_id = arxiv_id or (None if doi else arxiv_id_of_its_buttons(page))
    # …and on a lab's paper page (Academic's labelled rows), whose header buttons link the paper itself,
    # the preprint its paper button links is the same paper's, beside the journal's DOI: its record names
    # both (the A²R Lab's Academic 4.3.1 page, round 215: 'PDF' to arxiv.org/abs/2301.11899, 'DOI' to the
    # CACM article's).
    arxiv_id = arxiv_id or (arxiv_id_of_its_buttons(page) if shows_publication_rows(page) else None)
    # …whatever words that button's label says, where it links an arXiv abstract among the header's buttons
    # (Beta Lab's Hugo Blox page, pending85: 'Arxiv链接' to arxiv.org/abs/2401.03673).
    arxiv_id = arxiv_id or arxiv_id_of_the_header_buttons(page)
    # …or, on a post that is its writer's own paper's page (its opening 'Authors:' line naming the footer's
    # copyright holder, then its 'Abstract'), the preprint its opening's 'Paper' link names (Akshat Gupta's
    # PaperMod page, round 260: own_paper_posts.py).
    arxiv_id = arxiv_id or (None if doi else preprint_of_the_writers_paper_post(page))
    # …or the one its side box's label box 'arXiv' links, beside the journal's DOI its 'PDF' box links (the
    # Bedford lab layout's: the STAR Lab's page, round 235).
    arxiv_id = arxiv_id or arxiv_id_of_the_side_box(page)
    # …or, on a lab's paper page, the preprint its 'Publication' row names as the paper's venue.
    arxiv_id = arxiv_id or (None if doi else arxiv_id_of_the_publication_row(page))
    # …or, on a researcher's paper page of Academic 4 that shows neither rows nor an authors line (a post's
    # meta, its abstract in p.pub-abstract), the preprint its 'Preprint' button links (Hanno Reuvers's, 2019).
    arxiv_id = arxiv_id or (None if doi else preprint_of_the_buttons(page))
    # …or, on a paper's page that links its preprint in the line right under its title by the preprint's
    # own id ('arXiv: arXiv:2110.12612': Microsoft's DelightfulTTS demo page, round 203).
    arxiv_id = arxiv_id or (None if doi else preprint_its_id_names_under_the_title(page))
    # …or, on a page in the project template's heading whose arXiv button is left in an HTML comment, the
    # preprint its own BibTeX entry names ('journal={arXiv preprint arXiv:2401.15318}': Gaussian Splashing's
    # page, round 185, after its final held-out figure).
    # Its entry is told by the title the template's heading shows (the meta may name the project alone).
    template_heading = page.tree.css_first("h1.publication-title")
    own_preprint = (own_bibtex_block_eprint(page, title or block_text(template_heading))
                    if template_heading is not None else None)
    arxiv_id = arxiv_id or (None if doi else own_preprint)
    # A project page whose 'Paper' button links the published version's DOI and whose 'arXiv' button
    # links the preprint names its one paper by both (the implant-generation page, round 180: 'Paper' to
    # doi.org, 'arXiv' to arxiv.org/abs/): the page is the paper's own, not a journal's, so the preprint
    # is not another version.
    if not arxiv_id and doi and doi == doi_of_its_paper_button(page):
        arxiv_id = arxiv_id_of_its_buttons(page)
    if arxiv_id_from_doi(doi):
        doi = None  # arXiv's DataCite DOI would disagree with the journal DOI of the same paper
    post = False  # read as a blog's post, its own "Posted by" line dating it, not as the paper it quotes
    if not (body.known or _looks_scholarly(page, article, doi, arxiv_id)) or not title:
        # No meta says it is a paper, yet the page shows one (unmarked_pages.py).
        shown = record_shown(url, page, body, title, doi, arxiv_id, in_the_text=in_the_text,
                             from_buttons=from_buttons, named=named)
        if shown is None:
            return []
        title, doi, arxiv_id = shown.title, shown.doi, shown.arxiv_id
        post, offered_alone = shown.post, shown.offered_alone
    title = _without_its_own_doi(title, doi)
    # A project page's meta titles (or its <title>, which a page without meta is read by) may name the
    # project alone; its heading names the paper.
    title = project_title(page, title) or title
    # …or its meta title the project's short name, a dash and the rest, its h1 the whole title its own BibTeX
    # entry gives (GAPPO's page, round 236: dashed_name_titles.py).
    title = heading_the_dashed_name_ends(page, title) or title
    # …or its meta title the short name, a colon and the first part of the h1's whole title, which its own
    # entry gives (CKA-Agent's page, round 246: 'CKA-Agent: The Trojan Knowledge').
    title = heading_the_named_part_opens(page, title) or title
    # A Quarto title block's h1 and its subtitle, where the page's own citation entry writes them as one
    # title ('Trees of green: constructing panels of …': quarto_entry_titles, round 233).
    title = title_its_entry_joins(page, title) or title
    authors = authors_of(page, url, title, sources, body, known_to_a_row)
    # …or, where nothing names a writer, the site's titled person its own sentence names as providing the
    # post's text ('Shunya Ueta, are providing a translation and abridgment …': providing_writers, round 232).
    authors = authors or writer_providing_its_text(page)
    # …or the people the description meta wholly lists, every description alike ('Hedi Ben younes*, Éloi
    # Zablocki*, Matthieu Cord and Patrick Pérez': described_writers, round 239).
    authors = authors or writers_the_description_lists(page)
    # A COinS span's date is a citation's, often its issue's: the page's date only when nothing else
    # dates it. A project page's venue line ("ICML 2022 (long talk)") last: its BibTeX entry may name the
    # preprint's earlier year. A journal's article page without a dated meta may give only the year in
    # its issue line ('Volume 112', 'Issue' '4', 'Date' '2024'). A technical report dates this version in
    # the status line under its title ('W3C Working Draft 17 May 2007').
    # A lab's paper page whose template writes the paper's own date as its "modified" time, before the day the
    # page was added that it writes as "published" (Wowchemy 5.1.0), is dated by the paper's.
    # An Academic paper page whose metas give two days of the month it shows, neither shown: the month.
    # A Hugo Blox paper page's metadata line opens with the paper's day; its metas give the day the page was
    # added (Kevin van Liebergen's, 2026).
    # An Academic paper page showing its month alone, its front matter's month written as the modified day's
    # first, the day the page was added as its published day outside that month: the month shown.
    # An Academic paper page whose 'Publication' row cites the journal's day in the month it shows, before
    # its metas' day (Jianwei Shuai's group's, round 255: 'Oncotarget. 2016 Jun 7;…'): that day.
    published = (day_of_the_publication_rows_citation(page)
                 or month_of_disagreeing_metas(page) or paper_day_the_template_relabels(page)
                 or paper_month_the_template_relabels(page)
                 or paper_day_of_the_metadata_line(page, title)
                 or _published(page, sources, body, title, known_to_a_row) or status_line_date(page, title)
                 or _coins_date(page, title) or project_release_date(page) or project_venue_year(page, title)
                 # …or the year a lab's paper page's citation line closes with, under its title and authors.
                 or year_of_the_citation_line(page, title)
                 # …or the year the venue line set as a subheading under the title closes with (Michele
                 # Vidulis's Hugo page, round 260: h5 '… (SIGGRAPH Asia), 2024'; venue_subheadings.py).
                 or year_of_the_venue_subheading(page, title)
                 # …or the year on its own line between the names and the venue under its title (NuQLO's
                 # page, round 245, pending93).
                 or project_byline_block_year(page, title)
                 # …or the year an Academic paper page's 'Publication' row's venue closes with, where its
                 # front matter set no date ('January 0001' under the byline, '(ECCV 2020)': round 250).
                 or year_of_the_publication_row(page)
                 # …or the year of the BibTeX entry that names its own preprint under another title.
                 or (bibtex_year_of_its_preprint(page, arxiv_id) if from_buttons else None)
                 or issue_line_date(page, title) or issue_year(page, title)
                 # A Persian page's Solar Hijri day after its label, else its issue's season and year.
                 or labelled_solar_hijri_day(page) or issue_season_year(page)
                 or _by_line_day(page, url, title)
                 # …or the day a web book's welcome byline gives under its author's name (bookdown's bs4_book:
                 # 'Shir Dekel' / '2021', round 225).
                 or day_of_the_welcome_byline(page)
                 # …or Drupal's "submitted" line under the heading (Healthcare IT News, 2012).
                 or submitted_day(page, title)
                 # …or the month of the dateline opening the text ('Darmstadt - Januar 2021.').
                 or month_of_the_opening_dateline(page, title)
                 # …or, last, the year of the paper's citation of itself, its own authors and title, in its
                 # reference list (the quantum kitchen sinks paper's page, 2026: own_references.py).
                 or year_of_its_own_reference(page, title, authors)
                 # …or, last of all, the day a conference programme's page gives the paper's presentation
                 # (IEEE VIS 2024's, round 197: h5.paper-presentation's span.format-date: presentation_days).
                 or day_of_its_presentation(page)
                 # …or, a project's page whose buttons name its paper, the year of the footer's copyright line
                 # opening with the project's name, its one h1 (TeamBench's, round 188: own_copyright_years).
                 or (year_of_the_projects_own_copyright(page) if from_buttons else None)
                 # …or the earliest day a 'News' list's row, its day first in dots, gives the paper's arrival
                 # on arXiv ('23.11.2022 Arxiv paper release': OVAD's page, round 217: news_row_dates).
                 or paper_day_of_its_dotted_news_rows(page)
                 # …or the year of the event its subtitle line says it was presented at, where the page
                 # states no other date ('Working Paper presented at the Global Bioeconomy Summit 2024': a
                 # Quarto working paper, round 234: presented_at_years).
                 or year_of_the_event_it_was_presented_at(page, title))
    if published and len(published) == len("2026") and from_buttons and (
            news := paper_month_of_its_news_rows(page)) and news.startswith(f"{published}-"):
        # A project page dated by its year alone (its BibTeX entry's) whose news rows give the month the paper
        # went on arXiv inside that year ('2026-02 Paper submitted to arXiv.': CK-Arena's page, round 204,
        # after its final held-out figure): the month shown, as a day inside the month shown is kept.
        published = news
    if published and len(published) == len("2026") and (
            tagged := month_tagged_over_the_heading(page, title, published)):
        # …or whose tag above the title's heading, classed as a date, shows the month inside that year
        # ('November 2025' over the h1: CKA-Agent's page, round 246; heading_date_tags.py).
        published = tagged
    if published and len(published) == len("2026") and arxiv_id and (
            line := paper_day_of_its_announcement_lines(page, arxiv_id)) and line.startswith(f"{published}-"):
        # …or whose announcement lines give the day the paper went on arXiv inside that year, the line linking
        # the preprint ('The CODA paper has been released on Arxiv! (2022/03/15)': CODA's page, round 204).
        published = line
    if offered_alone and (a_meetings_record(title) or not (published or dated_under(
            page, title_heading(page, title, HEADINGS) or page.tree.css_first("h1")))):
        # A page that is a record only by the PDF it offers under its heading is one of a dated paper or
        # report: a product's brochure, a form or a menu is undated, and a meeting's minutes no paper.
        return []
    own_url = _absolute(url, page.canonical or page.og_url) or clean_text(url)
    abstract = _past_its_byline(_past_section(_unligatured(
        # Such a post's "Abstract:" in its text is the quoted paper's, not a summary of the post; but a post
        # written as a short paper of its own sets its own abstract apart (Systemic's, round 228: the text's
        # h1 'A summary of …', its 'Abstract', numbered sections and references; essay_posts.py).
        (body.abstract or body.standfirst or essays_abstract(page)) if post else
        # A section an 'Abstract' label names over a heading of another word, its paragraphs in the block
        # after (TARMAC's page, round 236: eyebrow_abstracts.py), before the meta's one-sentence description.
        (None if body.abstract else abstract_under_its_eyebrow(page))
        or _abstract(page, article, merged["abstract"], body, title) or project_unlabelled_abstract(page)
        or project_overview_abstract(page) or project_lede(page, title)
        # …or the paragraph classed as the hero's claim under the title's byline and buttons (TRACE's page,
        # round 236, after its final held-out figure: hero_claims.py).
        or hero_claim_under_the_title(page, title)
        or project_abstract_its_entry_holds(page, title) or project_teaser_summary(page)
        # …or the paragraph a block labelled 'TL;DR' sets in a box under the buttons, no heading over it
        # (LitLLMs' page, round 226: tldr_boxes.py).
        or tldr_box_summary(page)
        # …or the one paragraph set apart right under the teaser, no heading over it (Chameleon's page, round
        # 216, pending93: lone_teaser_summaries.py).
        or project_summary_under_the_teaser(page, title)
        # …or a post's one line under a bold 'tl;dr:' label opening its own block under the title, the words
        # of its description (Jonah's ML Notes' Hugo Archie note, round 248: tldr_lines.py).
        or tldr_line_summary(page)
    ), section), authors, page)
    if credited_to_its_source(page, abstract):
        abstract = None  # a paper's abstract a lab-meeting page quotes, its 'Source:' line after it
    if abstract and title and compact(abstract) == compact(title):
        # A description that is the title again summarises nothing (Emil Jiang's Hexo NexT notes, 2024: the
        # description meta and og:description the post's title, word for word, the theme's fallback).
        abstract = None
    if abstract_of_the_reviewed_paper(page, abstract) or abstract_under_the_reviewed_papers_title(
            page, abstract, title) or abstract_of_a_post_tagged_a_paper_review(page, abstract) or (
            abstract_of_a_post_titled_a_paper_review(page, abstract, title)) or (
            abstract_of_notes_on_a_marked_work(page, abstract, title)) or (
            abstract_of_a_translated_paper(page, abstract)):
        # A reviewed paper's abstract retold under a post's 'Abstract' (reviewed_papers.py); the post's own
        # one-line account its description declares stands instead, where it has one (Tianyao' s BLOG's
        # Hexo NexT post, round 241: '梳理…经典论文SIMPLE ONLINE AND …中的方法。' over the paper's Abstract).
        abstract = summary_the_description_declares(page, title)
    return [
        Paper(
            # A headline split over pages: its title without this page's count (ITmedia's ' (1/3)').
            # …and without the straight quotes a generator's metadata wraps it in (Working Notes, 2020).
            # …and without the emoji a project page's heading decorates it with (round 161).
            # …and with the letter a logo image stands for in its name (SORRY-Bench's heading, round 237).
            title=without_emoji(without_wrapping_quotes(without_page_count(
                _without_trademark_signs(_unligatured(with_its_logo_letter(page, title)))))),
            abstract=abstract,
            authors=authors,
            authors_count=len(authors) if authors else None,
            published=published,
            venue=page_venue(page, article),
            arxiv_id=arxiv_id,
            doi=doi,
            # Some sites write relative links; resolve them against the page.
            url=own_url,
            # A page that names its paper by its buttons is the paper's project page, as Hugging Face's
            # records name one: the library labels its link so, not as the paper's abstract page.
            project_url=own_url if from_buttons else None,
            pdf_url=_absolute(url, merged["pdf_url"] or _pdf_of_the_heading(page, title)),
        )
    ]








def _pdf_of_the_heading(page: Page, title: str | None) -> str | None:
    """The PDF the heading of the title links to, when no meta names one (the ACL Anthology:
    <h2 id="title"><a href="https://aclanthology.org/N04-1001.pdf">A Statistical Model …</a></h2>)."""
    heading = title_heading(page, title, HEADINGS)
    link = heading.css_first("a[href]") if heading is not None else None
    href = (link.attributes.get("href") or "").strip() if link is not None else ""
    linked = compact(block_text(link) or "") if link is not None else ""
    if link_path(href).casefold().endswith(".pdf") and linked == compact(title or ""):
        return href
    return None


# Latin ligatures a text copied from a PDF keeps ("Artiﬁcial", U+FB01): the letters they join.
_LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
                            "\ufb05": "st", "\ufb06": "st"})


def _unligatured(text: str | None) -> str | None:
    return text.translate(_LIGATURES) if text else text


# The signs a trademark, a registered mark or a service mark puts on a name in a title ("XHTML™ 2.0",
# "The Bluetooth® Widget Profile") mark the name; they are no words of the title, which style manuals cite
# without them (as W3C's own <title> of XHTML 2.0 does).
_TRADEMARK_SIGNS = str.maketrans("", "", "\u2122\u00ae\u2120")


def _without_trademark_signs(title: str | None) -> str | None:
    if not title or title == title.translate(_TRADEMARK_SIGNS):
        return title
    return clean_text(title.translate(_TRADEMARK_SIGNS))


# A byline's list of names: "A, B and C" or "A, B, and C" ("&" for "and").
_A_BYLINES_LIST = re.compile(r"\S,\s+\S.*\s(?:and|&)\s+\S")


def _highwire(page: Page) -> dict[str, Any]:
    # One tag may hold the whole list ("MOGHADDAM, M.;SILVA, A.;…"), as the old single-tag
    # citation_authors does ("Last, First; Last, First").
    authors = [part for value in page.every("citation_author") for part in value.split(";")]
    # … or one byline cut at its commas, a tag per piece ("Halanych", " J. H2": Ommega Online).
    authors = rejoined_at_commas(authors)
    if not authors and len(several := page.every("citation_authors")) > 1:
        # … or the plural tag once per person (JMIR, 2019: "Jennifer Huberty", "Jeni Green", …).
        authors = [part for value in several for part in value.split(";")]
    elif not authors and (joined := page.first("citation_authors")):
        # PubMed Central writes a byline's way, no semicolon: "Rodrigo C.V. Pinto, Ricardo A.
        # Medronho, and  Leda R. Castilho" (2008-2009), "Daniel H. Weissman, Joshua Carp" (2014).
        as_byline = ";" not in joined and (
            _A_BYLINES_LIST.search(joined) is not None or _full_names_at_commas(page, joined)
        )
        authors = names_in_byline(joined) if as_byline else joined.split(";")
    authors = _without_publisher(page, authors)
    found = split_arxiv_id(page.first("citation_arxiv_id"))
    return {
        "title": markup_text(page.first("citation_title")),
        "authors": _without_the_sites_team(page, display_names(authors)),
        # J-STAGE writes its citation_* set again without the prefix, the abstract only so.
        "abstract": fragment_text(page.first("citation_abstract") or _no_tagline(page.first("abstract"))),
        "dates": _dates(page, *_highwire_date_names(page)),
        "doi": normalise_doi(page.first("citation_doi")),
        "pdf_url": _pdf_url(page.first("citation_pdf_url")),
        "arxiv_id": found[0] if found else None,
    }


# A site's tagline written in a bare Abstract meta, its address first ('Irishhealth.com - The independent
# health website in Ireland.', irishhealth.com, 2012, on every page): the site's, not the story's abstract.
_TAGLINE = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}\s+[-\u2013|:]\s", re.IGNORECASE)


def _no_tagline(value: str | None) -> str | None:
    """A bare Abstract meta's value, but None where it is the site's tagline (its address, a dash)."""
    return None if value and _TAGLINE.match(value.strip()) else value


# HighWire's tags that make the page a thesis's (Google Scholar's names for one).
_THESIS_META = ("citation_dissertation_institution", "citation_dissertation_name")


def _highwire_date_names(page: Page) -> tuple[str, ...]:
    """The HighWire dates that date the paper. A thesis is dated by its year (the degree's): the
    citation_online_date beside it is the day a repository put it online (eScholarship, 2015:
    citation_publication_date 2015, citation_online_date 2015-11-21), which would otherwise refine
    the year to a day it was not published on."""
    if not any(page.first(name) for name in _THESIS_META):
        return _HIGHWIRE_DATES
    others = tuple(name for name in _HIGHWIRE_DATES if name != "citation_online_date")
    # A thesis dated only online is dated so: that is all its page says.
    return others if any(page.first(name) for name in others) else _HIGHWIRE_DATES


def _full_names_at_commas(page: Page, text: str) -> bool:
    """Names at commas, each of a given and a family name ("Daniel H. Weissman, Joshua Carp"): a
    list, where one person family name first leaves a single word on a side ("Weissman, Daniel H.",
    "Garcia Marquez, Gabriel"). Two parts of two words or more may still be one person ("Garcia
    Marquez, Gabriel Jose"): a list only when Dublin Core's people, or else the byline, name the
    same two (PubMed Central's DC.Contributor tags)."""
    parts = [part.split() for part in text.split(",")]
    if len(parts) < 2 or any(len(words) < 2 for words in parts):
        return False
    if len(parts) > 2:
        return True
    people = [" ".join(words) for words in parts]

    def named(other: list[str]) -> bool:
        return len(other) == 2 and all(map(same_person, people, other))

    # The byline is read only when Dublin Core does not settle it (reading it costs more).
    return named(dublin_core_people(page)) or named(byline(page, page.first("citation_title")))


def _without_the_sites_team(page: Page, authors: list[str]) -> list[str]:
    """The team of the organisation the page's address names, listed among the people of a paper, is no
    author of it (site_staff.the_addresss_own_team); alone it may be (a report by the team)."""
    people = [author for author in authors if not the_addresss_own_team(page, author)]
    return people if people else authors


def _without_publisher(page: Page, authors: list[str]) -> list[str]:
    """The publisher listed among the people of a paper is no author of it (Ommega Online ends its
    citation_author tags with "Ommega Internationals", its citation_publisher); alone it may be (a
    report by the body that publishes it)."""
    publishers = {(clean_text(value) or "").casefold() for value in page.every(*_PUBLISHERS)} - {""}
    people = [author for author in authors if (clean_text(author) or "").casefold() not in publishers]
    return people if people else authors


def _dublin_core(page: Page) -> dict[str, Any]:
    doi = next(
        (
            doi
            for name in _DUBLIN_CORE_IDENTIFIERS
            for value in page.every(name)
            if (doi := normalise_doi(value))
        ),
        None,
    )
    return {
        "title": markup_text(page.first("dc.title", "dcterms.title")),
        "authors": _said_once(page, dublin_core_people(page)),
        # EPrints' own tags spell the same people in full where its DC.creator gives initials ("Nani,
        # Maria" for "Nani, M."): the spellings, not a list of their own.
        "spellings": _said_once(page, display_names(page.every("eprints.creators_name"))),
        "abstract": fragment_text(page.first(*_DUBLIN_CORE_ABSTRACT)),
        "dates": _dates(page, *_DUBLIN_CORE_DATES) + _pandoc_date(page),
        "doi": doi,
    }


# A COinS span (an OpenURL ContextObject in a span's title, class "Z3988") names the work in one of
# these keys: an article's, a book's or a report's, or Dublin Core's in the dc format.
_COINS_TITLES = ("rft.atitle", "rft.btitle", "rft.title")
# How many spans a page may hold before its own is no longer looked for (a listing holds one an entry).
_COINS_SPANS = 50


def _coins_date(page: Page, title: str | None) -> str | None:
    """The date of the COinS span that names the page's own work by its title (Fraunhofer-Publica's
    record, 2016: no meta, but "ctx_ver=Z39.88-2004&…&rft.date=2014&…&rft.btitle=FUture prospects …"
    beside the heading): Zotero reads such a span as the page's citation. A span naming another title is
    an entry of a list or a reference. Its people are left alone: a span may cut them short ("rft.au=et
    al.")."""
    key = compact(title or "")
    for span in page.tree.css("span.Z3988")[:_COINS_SPANS] if key else ():
        fields = parse_qs(span.attributes.get("title") or "")
        if any(compact(value) == key for name in _COINS_TITLES for value in fields.get(name, ())):
            return next((partial_date(value) for value in fields.get("rft.date", ())), None)
    return None


def _said_once(page: Page, names: list[str]) -> list[str]:
    """A list of people that repeats itself whole, once, in a head that writes its meta block twice
    (UWE's EPrints, 2016: every eprints.* and DC.* tag twice over, the title too) and so names each person
    twice. A head that titles the work once names two people twice only when two share a name ("Wang,
    J." and "Wang, J.")."""
    half = len(names) // 2
    twice = len(page.every("dc.title", "dcterms.title")) > 1
    return names[:half] if twice and half and len(names) % 2 == 0 and names[:half] == names[half:] else names


def _pandoc_date(page: Page) -> list[str | None]:
    """The document's own date as pandoc's HTML template wrote it until 2017, <meta name="date"> (its
    later one writes dcterms.date, read with Dublin Core): Manubot's first manuscripts, R Markdown's. A
    date tag another maker writes may be the page's last change, so it is read only where pandoc says
    it made the page."""
    made_by = (page.first("generator") or "").casefold()
    return _dates(page, "date") if made_by.startswith("pandoc") else []


def _open_graph(page: Page) -> dict[str, Any]:
    # og:description is left out on purpose: it is a teaser or a citation line ("Teven Le
    # Scao, Alexander Rush. Proceedings of …" on ACL), not an abstract. Microdata's
    # itemprop=datePublished is read here too, in a meta tag or in an element's text (HighWire's
    # slugline: <span itemprop="datePublished">January 2003</span>).
    # An element's text is short when it is a date: one holding more (a nest of them, each holding the
    # rest of the page) is not searched for one, which took time quadratic in the nest.
    shown = [partial_date(value) for value in page.microdata("datePublished") if len(value or "") <= PROSE]
    return {
        # Some sites write the title's markup into og:title too ("… Sharks <i>Rhizoprionodon</i> …").
        "title": _without_site_name(markup_text(page.first("og:title")), page.first("og:site_name")),
        "dates": _dates(page, "article:published_time", "datepublished") + shown,
    }


def _json_ld(article: dict[str, Any]) -> dict[str, Any]:
    doi = next(
        (
            doi
            for key in _DOI_KEYS
            for value in json_ld_strings(article.get(key))
            if (doi := normalise_doi(value))
        ),
        None,
    )
    # dateCreated is when the record was made (Zenodo: a draft two days before it was published):
    # a date only for a record that states no datePublished.
    published = article.get("datePublished") or article.get("dateCreated")
    dates = [partial_date(json_ld_text(published))]
    people = article.get("author") or article.get("creator")
    headline = json_ld_text(article.get("headline"))
    # A headline holding the text's paragraphs and headings is the post's opening, cut off, that a template
    # wrote where the title belongs: no title.
    title = (None if headline and holds_blocks(headline) else headline) or json_ld_text(article.get("name"))
    spellings, cited_year = _own_citation(json_ld_text(article.get("citation")), title)
    own = publisher_as_author(article) if people else set()
    return {
        "title": title,
        # A site may name its editors as the author ("Managing Editors"): no person's byline.
        # …nor may the site itself, its publisher named as the author (National Geographic UK, 2020).
        # …nor the page's own title, which a lab's template writes as the author (the Lab Website
        # Template's BlogPosting: author {"@type": "Person", "name": "A Year in Review 2023-2024"}).
        "authors": [name for name in json_ld_authors(_not_the_headline(people, title))
                    if not a_staff_role(name) and name not in own] if people else [],
        "spellings": spellings,
        # A blog post's description is a teaser of its opening, not an abstract.
        "abstract": fragment_text(json_ld_text(article.get("abstract") or (
            None if is_blog_post(article) else article.get("description")
        ))),
        "dates": [*dates, cited_year],
        "doi": doi,
    }


def _not_the_headline(people: Any, title: str | None) -> Any:
    """The JSON-LD authors less those whose name is the article's own headline."""
    if not title:
        return people
    headline = " ".join(title.split()).casefold()
    items = people if isinstance(people, list) else [people]
    return [item for item in items if not (
        isinstance(item, dict) and " ".join(str(item.get("name") or "").split()).casefold() == headline)]


# "…, and A.G. Boyer. 2017. " before the title in a data set's recommended citation.
_CITED_YEAR = re.compile(r"[.,]?\s*\(?(1[5-9]\d\d|20\d\d)\)?[.,:]?\s*$")


def _own_citation(citation: str | None, title: str | None) -> tuple[list[str], str | None]:
    """The authors and year of the citation a data set asks for (JSON-LD `citation` naming the
    record's own title, "Moghaddam, M., A.R. Silva, … and A.G. Boyer. 2017. <title>. …"): it
    spells the names fuller than the creator list ("A.R. Silva" for "SILVA, A."), and its year is
    when the data set first appeared (a revised version's release date is its datePublished)."""
    if not citation or not title or title not in citation:
        return [], None
    head = citation[: citation.index(title)]
    year = _CITED_YEAR.search(head)
    if year is None:
        return [], None
    return names_in_citation(head[: year.start()]), year.group(1)


def _past_section(text: str | None, section: str | None) -> str | None:
    """A book's title or summary without the section of the book that opens it (the meta title's
    "<section> | <book>")."""
    opening = f"{section} | " if section else None
    return text[len(opening) :] if text and opening and text.startswith(opening) else text


def _abstract(
    page: Page, article: dict[str, Any], meta: str | None, body: BodyRecord, title: str | None = None
) -> str | None:
    if body.abstract:
        return body.abstract
    if described_whole_text(page, title, page.first("description")):
        return None  # a post's one paragraph, its whole text, its description's copy (the ELF Lab's, 2026)
    if described_text_of_the_theme(page, meta or page.first("description")):
        return None  # an Academic page's one paragraph, its description's copy (Venance Riblier's, 2023)
    if listing_summary_of_the_theme(page, meta or page.first("description")):
        return None  # an Academic post's listing summary, shown nowhere on its page (Emiel Hoogeboom's, 2021)
    if text := abstract_as_the_papers_text(page, meta or page.first("description")):
        return text  # an Academic paper page's abstract set out as its one long paragraph (Olivia Cooper's)
    if not meta and (preview := preview_over_the_authors(page)):
        # A summary set apart in a block classed as the preview above the author line and the text, which the
        # Open Graph description repeats, on a page with no h1 (AUSCMI's Eleventy paper page, 2021).
        return preview
    if not _highwire_tags(page) and (
            text := abstract_as_the_quarto_papers_text(page, quarto_description(page))):
        # A Quarto paper page's abstract set out as its one long paragraph under the title block's DOI button,
        # its description line a note on the paper (Mateus Harrington's, 2026).
        return text
    if not _highwire_tags(page) and (described := quarto_description(page)):
        # The description line Quarto's title block sets apart under the title, the author's summary of a
        # post (a blog's, 2019-2024), over a description meta that is the blog's tagline and a closing
        # "Summary" section of the text; a paper's citation meta names its own abstract (Computo's).
        return described
    # A talk's summary of labelled lines ('Title:', 'Time, Date, Location:') holds its abstract after its own
    # 'Abstract:' label (CIICADA Lab's seminar page, 2023): that part, as the page shows it.
    meta = after_its_abstract_label(meta) or meta
    if body.standfirst and not meta:
        # A summary under the title, no heading: the abstract where meta has none, and where the text has
        # no abstract of its own under that heading (an ICLR blogpost of 2025 opens with one). Not under
        # a "Summary" heading: a post's closing section may be headed so.
        return abstract_after_heading(page, ("abstract",)) or body.standfirst
    if closed_by_a_read_more(meta):
        meta = None  # a teaser for shares, 'Continue reading →' after it (Discovery News, 2013)
    if meta and _described_teaser(page, article, meta):
        meta = None  # an article's JSON-LD description the page shows nowhere (DuckDuckGo's blog, 2020)
    if not meta and article and not _highwire_tags(page) and (dek := dek_alone_with_its_heading(page, title)):
        return dek  # a story's dek under its h1, before any 'Summary' box of its text (Engadget, 2017)
    if (not meta and article and not _highwire_tags(page)
            and (dek := short_described_dek(page, title, HEADINGS))):
        return dek  # a dek shorter than an abstract, which every description repeats (Maeil Business, 2025)
    shown = generic_abstract(page)
    # A meta copy may write the page's typographic quotes plain ("qu'y" for "qu’y"): alike here.
    key = _plain_quotes(meta[:_SAME_ABSTRACT]) if meta else ""
    seen = _plain_quotes(shown) if shown else ""
    # A page that draws its formulas from MathML scripts shows them whole ("AA-stacked"), where its
    # meta copy spells the symbols apart ("A A -stacked", Scitation): the same abstract but for its
    # spacing, read as the page shows it.
    if meta and shown and drawn_math(page.tree) and _squeezed(meta) == _squeezed(shown):
        return shown
    # A meta copy of the whole abstract that writes the page's typographic quotes plain (Hugo's Academic
    # theme plainifies its description: "L'agglomération" for the page's "L’agglomération"): the same
    # abstract, read as the page shows it.
    if meta and shown and _spaced(meta) != _spaced(shown) and _spaced(_plain_quotes(meta)) == _spaced(seen):
        return shown
    # A meta copy written from the Markdown source the page was rendered from (Quarto's citation_abstract,
    # Computo 2023-2024: "The `R` Package `IBMPopSim` …", "*repulsion*", Pandoc's "[@breiman:2001]"
    # where the page shows "(Breiman 2001)"): the same abstract, read as the page shows it.
    if meta and shown and _MARKDOWN.search(meta) and _words_shown(_without_markdown(meta), seen):
        return shown
    # A structured abstract in the body ("Background …", "Methods …") beats a meta copy of it
    # that drops the labels or keeps only its first section (SpringerOpen, BMC).
    if meta and shown and _STRUCTURED.match(shown) and key in seen:
        return shown
    if meta and shown and key not in seen and (other := _meta_abstract_shown(page, seen)):
        return other  # DC.Description once per language, the page showing another than the first
    # A meta copy that starts a sentence or more into the page's abstract lost its first
    # sentences (Frontiers); a label before it ("Résumé fr") is no sentence.
    start = seen.find(key) if meta and shown else -1
    if start >= _MIN_SENTENCE and shown[:start].rstrip().endswith((".", "!", "?")):
        return shown
    if meta and _cut_short(meta):
        # The page shows the whole of what its meta cut short, also where the meta runs a structured
        # abstract's label into its text ("Objective:Dysfunction …", PsychiatryOnline's dc.Description).
        if shown and (key in seen or _squeezed(key) in _squeezed(seen)):
            return shown
        if _opening_of_the_text(page, meta):
            meta = None
    if meta and not shown and opens_the_story(page, meta):
        # A news story's lead, its text's first paragraph, as its Dublin Core abstract; so is a journal
        # piece's citation_abstract written from its front matter as the text's first paragraph, no Abstract
        # section setting anything apart (Startwords' Hugo build, 2020): a teaser, not its summary.
        return None
    if not meta and shown and abstract_of_a_paper_its_table_names(page, shown):
        # The 'Abstract' of a post whose table names the paper it is on, '論文名' and '著者' (HNのブログ's
        # Hexo Icarus post, round 232): the paper's abstract retold, not the post's (reviewed_papers.py).
        shown = None
    if not meta and shown and (declared := summary_the_description_declares(page, title)):
        # A post whose short description calls itself the summary of the paper its title names (brog's Hugo
        # DoIt review, 2025: '… Data-Efficient Multimodal Fusion on a Single GPU 논문을 읽고 정리한
        # 내용입니다.'): the 'Abstract' its text shows is the reviewed paper's, retold; the description is the
        # post's own.
        return declared
    if headed := abstract_headed_over_a_tagline(page, article, meta):
        # A JSON-LD article's one-line description, its only abstract, over the section the page heads
        # 'Abstract' (RAG-HAR's project page, round 216): a tagline for shares; the section is the summary.
        return headed
    if meta and shown and _own_citation(meta, title)[1]:
        # A description that is the record's own citation, its authors and year before its title (a Wowchemy
        # page of a book chapter, round 230's Lucas Gelape: 'Mendonça, Ricardo Fabrino; Gelape, Lucas; …
        # 2023. Collective Candidacies … In: …', the list item above the text's 'Resumo:'), is no summary:
        # the abstract the page shows is.
        return shown
    if meta or shown:
        return meta or shown
    if is_blog_post(article) and (notes := notes_the_description_declares(page)):
        # …but not one whose first paragraph calls the post its notes on the paper it names in title marks
        # ('本文是关于…论文《…》的深度精读笔记。', Bansheng's Hugo Blox post, 2026): the post's own summary.
        return notes
    if is_blog_post(article):
        # A blog post's description meta is its teaser too, unless the page shows it as the standfirst
        # right under the heading (El País's subtitle under the h1 of its JSON-LD news article, 2020), and
        # so is its JSON-LD description where it has no such meta (Gizmodo's subhead, 2024).
        # …or the standfirst its title block sets right after the h1 (Express.co.uk's h3, 2020).
        # …or the subtitle heading under the h1 that the description repeats (Substack's h3.subtitle, 2025).
        standfirst = _standfirst_described(page, title, json_ld_text(article.get("description")))
        # …unless that paragraph is the text's lead and a sentence heading right after the h1 is the dek
        # (Belfast Telegraph's Press Association item, 2017).
        return (dek_over_the_lead(page, title, standfirst) or standfirst
                or title_block_dek(page, title) or described_subtitle(page, title)
                # …or the block right after the hgroup holding the headline (WAZ's, 2025).
                or hgroup_standfirst(page, title)
                # …or a short description saying what the post introduces in other words than its text's
                # opening (HNのブログ's Hexo Icarus post, 2022: '…を紹介します．', the lead's stop-77
                # reading).
                or introduction_the_description_declares(page, title))
    described = description_abstract(page)
    described = None if closed_by_a_read_more(described) else described
    if not closed_by_a_read_more(page.first("description") or page.first("og:description")) and (
            subtitle := described_subtitle(page, title)):
        # A post's subtitle heading under its title that the description repeats whole is its dek, where no
        # JSON-LD says the page is a blog post (Hugo's Stack theme, EIS1600's post, 2022: h3.article-subtitle
        # under h2.article-title, the description the same words ending in '...'), however its last words
        # run on into the text's opening.
        # …though the description is too short to be an abstract by its characters, a sentence in Chinese
        # being short for its words (shiliumi's Stack post, round 251: '重读 ViT 论文，理解图像 patch、…
        # 的意义。').
        return subtitle
    if described and _a_posts_unshown_teaser(page, article, described):
        return None  # a post's teaser for search results and shares (KFF's brief, 2024)
    if described and _cut_short(described) and _opening_of_the_text(page, described):
        # A post's teaser, cut from its first paragraph, as the blog post's JSON-LD says; but a text opening
        # with a structured abstract's first label is the paper's abstract (below).
        return structured_abstract_opening(page, _plain_quotes(described[:_SAME_ABSTRACT]))
    described = described or _standfirst_described(page, title)
    if described and not _highwire_tags(page) and (opens_the_story(page, described)
                                                   # …or boxed alone as the story's intro (news.com.au).
                                                   or opens_from_its_intro_box(page, described)):
        # …or as its description, whole; the standfirst its title block shows is its summary all the same
        # (NDTV, 2020: the description the text's first sentence, the h2 under the h1 the standfirst); so is
        # the dek set apart in bold or italics right over that sentence's paragraph (The Media Line, 2020).
        # A text that opens with a structured abstract's first label is no story: it is the paper's abstract,
        # its description cut from it (a lab's Hugo Blox paper page, 2023: 'Background: To respond …').
        return (title_block_dek(page, title) or lead_over_the_opening(page, title, described)
                or structured_abstract_opening(page, _plain_quotes(described[:_SAME_ABSTRACT])))
    return (
        described
        # …or a box under the heading headed as its summary ("Why It Matters": MIT Sloan, 2021).
        or summary_box(page, title)
        or _abstract_cut_in_description(page, article)
        # …or the unlabelled paragraph after the block that links the paper's title and names its people.
        or summary_after_title_block(page)
        # …or, last, a dek set as a smaller heading right after the h1 (Science@NASA's h4, 2004): read for a
        # page a record by more than it, as no abstract that makes a page one (a news story's h2 dek is its
        # byline's reader's standfirst).
        or heading_dek(page)
        # …or a first paragraph under the byline set apart wholly in bold or italics (Sky & Telescope, 2017).
        or set_apart_lead(page, title)
        # …or the standfirst its title block sets right after the h1, beside the block's short lines
        # (EurekAlert!'s p.subtitle, 2021, a line of the release's institution after it).
        or title_block_dek(page, title)
        # …or the block right after the hgroup holding the headline and its kicker (WAZ's, 2025).
        or hgroup_standfirst(page, title)
        # …or the first line under the heading and its day set in bold in a box beside the text, with the
        # picture and the share buttons (Doctors Lounge's HealthDay story, 2011).
        or dek_boxed_beside_the_text(page, title)
        # …or a line wholly in bold alone in its block under the heading, above the text, the words of a
        # description too short to be taken unseen (IVONA, 2012: <div><b class="g-large">…</b></div>).
        or bold_summary_line(page, title)
        # …or, last, a short description that names the post's title and calls itself its summary (Sanghyuk
        # Chun's Octopress post, 2015: '… Playing Atari with Deep Reinforcement Learning 정리').
        or summary_the_description_declares(page, title)
        # …or the paragraph under the summary heading opening a post's text before its 'more' break, which
        # the description repeats (夏旭的小站's Hexo NexT post, 2024: h2 '摘要'; the lead's stop-77 reading).
        or summary_before_the_more_break(page)
        # …or a short description saying what the post introduces in other words than its text's opening
        # (QxC's Blog's Hexo NexT post, 2023: '以DELL·E2为例介绍了…', the lead's stop-77 reading).
        or introduction_the_description_declares(page, title)
    )


def _described_teaser(page: Page, article: dict[str, Any], meta: str) -> bool:
    """Whether the abstract meta gives is the article's JSON-LD description (it has no abstract) and that is
    a post's unshown teaser, as a description meta's may be: Ghost's Article for DuckDuckGo's blog, 2020."""
    if not article or article.get("abstract") or not _a_news_or_blog_article(article):
        return False
    described = fragment_text(json_ld_text(article.get("description")))
    # The JSON-LD article says the page is an article, with Open Graph meta or without (a page read with its
    # JSON-LD alone is the same post).
    return described == meta and _teaser_shown_nowhere(page, meta)


def _a_news_or_blog_article(article: dict[str, Any]) -> bool:
    """Whether the JSON-LD item is a plain, news or blog article (a ScholarlyArticle's description is its
    abstract, shown or not)."""
    kinds = article.get("@type")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    return any(isinstance(kind, str) and (kind in _POST_TYPES or kind.endswith("NewsArticle"))
               for kind in kinds)


# The JSON-LD types of a post or a story, whose description is written for search results and shares.
_POST_TYPES = frozenset(("Article", "BlogPosting", "SocialMediaPosting"))


def _a_posts_unshown_teaser(page: Page, article: dict[str, Any], described: str) -> bool:
    """A description the page shows nowhere, on a post its JSON-LD and Open Graph call an article and no
    scholarly meta names (KFF's issue brief, 2024, WordPress and Yoast: "About 1 in 5 adolescents report …",
    the text opening "In light of growing …"): the teaser a CMS writes for search results and shares, as a
    news story's unshown description is, not an abstract."""
    if not article or (page.first("og:type") or "").casefold() != "article":
        return False
    if shows_publication_rows(page):
        # A paper's own page of the Academic theme or its successors (its 'Type' and 'Publication' rows) is
        # no post, whatever its og:type and JSON-LD Article say: where it shows no abstract, the description
        # it shows nowhere is the front matter's summary of the paper (round 230's Elliot Dreujou page of a
        # book section, Wowchemy 5.7.0: 'This chapter presents results gathered during chapter 1 of …').
        return False
    return _teaser_shown_nowhere(page, described)


def _teaser_shown_nowhere(page: Page, described: str) -> bool:
    """Whether a description is a teaser the page shows nowhere, on a page no scholarly meta names (no
    HighWire tags, no Dublin Core abstract)."""
    if _highwire_tags(page) or any(page.first(name) for name in _DUBLIN_CORE_ABSTRACT):
        return False
    # The text may reuse the teaser's opening words in a sentence of its own that goes on otherwise
    # (DuckDuckGo's blog, 2020: the description 'Saving private information to an unencrypted note-taking
    # app is a largely unknown, everyday privacy risk …', the text 'First up: Saving private information to
    # an unencrypted note-taking app.'): the teaser's whole first sentence, shown nowhere, is a teaser still.
    sentence = _FIRST_SENTENCE.match(described)
    whole = compact(sentence.group(0)) if sentence else ""
    return shown_nowhere(page, described) or (
        len(whole) <= _TEASER_SENTENCE and shown_nowhere(page, whole, len(whole)))


# A description's first sentence, up to its first full stop, question or exclamation mark and a space or
# its end; read as a teaser's when no longer than a sentence of a teaser runs (spaces left out).
_FIRST_SENTENCE = re.compile(r".+?[.!?](?=\s|$)")
_TEASER_SENTENCE = 200


# A description meta this long that stops in an ellipsis is an abstract cut short, not a site's blurb.
_CUT_ABSTRACT = 100


def _abstract_cut_in_description(page: Page, article: dict[str, Any]) -> str | None:
    """A paper's abstract that its page shows only in a description meta cut short with an ellipsis
    (Redalyc's article page, 2015: description and og:description "Se describen e ilustran nuevos
    taxones … De las 19 especies r...", the abstract itself on another page): what the page has of it.
    Only on a page whose citation_* meta name the paper: a post's cut description is its teaser."""
    value = clean_text(page.first("description"))
    if not value or not page.first("citation_title") or is_blog_post(article):
        return None
    if len(value) < _CUT_ABSTRACT or not is_cut_off(value) or is_blurb(page, value):
        return None
    # An abstract speaks of what the paper's title names ("Lonchocarpus", "Mesoamérica"); a site's own
    # words, cut to a length on every page ("Welcome to our open access repository, where you can browse
    # …"), name nothing of it.
    described = set(_content_words(value))
    return value if any(word in described for word in _content_words(page.first("citation_title"))) else None


# How many letters a word of a title holds at least to name its subject, not join its words ("with").
_CONTENT_WORD = 5


def _content_words(text: str | None) -> list[str]:
    words = (_bare_word(part) for part in (markup_text(text) or "").split())
    return [word for word in words if len(word) >= _CONTENT_WORD]


def _standfirst_described(page: Page, title: str | None = None, described: str | None = None) -> str | None:
    """A description too short to be taken for an abstract unseen (a site's blurb is as short) that the
    page shows as a paragraph of its own, a sentence or two under the heading: the standfirst that
    stands for the abstract of a comment or a news piece (Nature: <div class="standfirst"><p>C. Glenn
    Begley and Lee M. Ellis propose …</p>, the description meta the same words); else `described`, a
    JSON-LD article's description, so shown. Else the sharing description (og:description, then
    twitter:description) so shown, where the description meta is another teaser the page shows nowhere (Rest
    of World, 2025: the dek 'Can a small country build a space industry from scratch?' under the h1, its
    og:description; the description 'As the Gulf nation transitions from oil, …') or the same with the site's
    name after it (VnExpress, 2025: '… trong hệ tiêu hóa. - VnExpress'): a dek set apart is written for
    sharing as it is for search."""
    first = clean_text(page.first("description") or described)
    for value in dict.fromkeys((first, clean_text(page.first("og:description")),
                                clean_text(page.first("twitter:description")))):
        if shown := _shown_as_standfirst(page, title, value):
            return shown
    return None


def _shown_as_standfirst(page: Page, title: str | None, value: str | None) -> str | None:
    """`value` where the page shows it as a standfirst under the heading of `title`; None otherwise."""
    # A paragraph under the heading that says what the site is ("Front Matter is a blog about …", the
    # name its link home shows) is the site's blurb, wherever the site lays it out.
    # One without a closing full stop is whole where the page shows it as a paragraph of its own (The
    # Guardian's standfirsts, 2013: "… paving the way for future treatments"); one that stops in an
    # ellipsis is cut short, shown or not.
    if not value or is_cut_off(value) or is_blurb(page, value):
        return None
    if title and compact(value) in compact(title):
        # A description that is the title or a part of it (MMMU's benchmark page, round 178: the h2 subtitle
        # 'A Massive Multi-discipline … for Expert AGI' under the h1 'MMMU', the <title> both) names the
        # paper, as its heading does, and sums up nothing: no standfirst.
        return None
    # One shorter than an abstract only where the page's class names the element showing it the standfirst
    # (TechRadar, 2026: p.strapline 'A big shift, but with some wiggle room' under the byline): a site's
    # blurb is as short.
    short = len(value) < MIN_ABSTRACT
    if short and len(value.split()) < _STRAPLINE_WORDS:
        return None
    # Under the heading, above the text's prose: the same words in a footer's or a sidebar's <p> are
    # the site's blurb ("The Round Society publishes research on …"), not the paper's standfirst.
    # The h1 that shows the title first: a share box's copy of it in an h4 before the page's heading, its
    # summary under it, is what a shared link shows (USA Today's share flyout, 2013).
    heading = title_heading(page, title) or title_heading(page, title, HEADINGS) or page.tree.css_first("h1")
    if heading is None:
        return None
    key = compact(value)
    boxes = {node.mem_id for node in select_all(page.tree, _BOXES)}
    # A paragraph, or an h2 right under the heading (The Telegraph's standfirst, 2013), or a div of the words
    # alone (BAON's div.enews-article-lead, 2020).
    # A paragraph of the description's words beside the heading in its title block is no prose that ends the
    # search, however long (DW's p.teaser-text in the <header> with the h1, 2023: 210 characters).
    block = heading.parent

    def in_the_title_block(node: Any) -> bool:
        return (block is not None and node.parent is not None and node.parent.mem_id == block.mem_id
                and a_title_block(block) and compact(block_text(node) or "") == key)

    # …and not a photograph's caption, whose words a template may copy into the description, nor an excerpt
    # the page hides, the description's words kept for its feeds (The Express Tribune, 2012: div.excerpt.
    # display-none under the h1, p.caption under the photo, both the description's words): shown as no
    # standfirst.
    shown = (node for node in below_heading(page, heading, passing=in_the_title_block)
             if (node.tag in ("p", "h2") or holds_text_alone(node)) and node.mem_id not in boxes
             and node.mem_id != heading.mem_id and not a_photos_caption(node) and not hides_itself(node))
    # …and not one amid the text's paragraphs, prose before and after it (the New York Post, 2019: the
    # description its third paragraph): the story's text, not a summary set apart.
    # …and not the first paragraph of a Docusaurus post's text, which Docusaurus copies into the description
    # (Dayu's, 2025): the text's opening under the header, not a standfirst set apart from it.
    # …and not a heading of a phrase's few words, a second headline (Internetchemie, 2021: the h2
    # 'Alpha-Teilchen innerhalb von Zinn-Atomkernen nachgewiesen.', five words, under the h1).
    return value if any(compact(block_text(node) or "") == key and not amid_the_text(node)
                        and (not short or classed_a_standfirst(node))
                        and not a_second_headline(node, value) and not opens_a_docusaurus_post(node)
                        for node in shown) else None


# How many words a strapline shorter than an abstract holds at least: a phrase, not a label.
_STRAPLINE_WORDS = 4


# Paragraphs of the site's own boxes, not of the paper's page.
_BOXES = "footer p, aside p, nav p"


# The meta that carry an abstract; OJS repeats DC.Description once for each language of the paper.
_ABSTRACT_META = ("citation_abstract", *_DUBLIN_CORE_ABSTRACT)


def _meta_abstract_shown(page: Page, seen: str) -> str | None:
    """Of the abstracts a meta name repeats (one per language: Digitális Bölcsészet's English, then
    Hungarian DC.Description), the one the page shows."""
    for name in _ABSTRACT_META:
        values = page.meta.get(name, [])
        if len(values) < 2:
            continue
        for value in values:
            text = fragment_text(value)
            if text and _plain_quotes(text[:_SAME_ABSTRACT]) in seen:
                return text
    return None


# Markdown that a value written from the source keeps and a rendered page never shows: a Pandoc citation
# ("[@breiman:2001]", "[@biau:2012; @scornet:etal:2015]"), a code span ("`R`"), emphasis ("*repulsion*").
_MARKDOWN = re.compile(r"\[@[^\[\]]{1,300}\]|`[^`\s][^`]{0,100}`|\*{1,2}\w[^*]{0,100}\*{1,2}")
# How many of a value's words the page's text must hold for the two to be one text.
_WORDS_SHOWN = 0.9
# Fewer words than this say too little to be matched so.
_MIN_WORDS_SHOWN = 8


def _without_markdown(text: str) -> str:
    """The text less its citations' keys and the marks around its code spans and emphasis."""
    return _MARKDOWN.sub(lambda mark: "" if mark[0].startswith("[@") else mark[0].strip("`*"), text)


def _words_shown(text: str, shown: str) -> bool:
    """Whether nearly every word of the text is a word of the shown text (one pass over each)."""
    words = [word for word in (_bare_word(part) for part in text.split()) if word]
    seen = {word for word in (_bare_word(part) for part in shown.split()) if word}
    if len(words) < _MIN_WORDS_SHOWN:
        return False
    return sum(word in seen for word in words) >= _WORDS_SHOWN * len(words)


def _bare_word(text: str) -> str:
    return "".join(char for char in text if char.isalnum()).casefold()


def _squeezed(text: str) -> str:
    return "".join(text.split())


def _spaced(text: str) -> str:
    return " ".join(text.split())


def _plain_quotes(text: str) -> str:
    return text.translate(PLAIN_QUOTES)


def _cut_short(text: str) -> bool:
    """Text cut to a length: it stops in an ellipsis or mid-sentence ("… topics rele"), or inside
    brackets it opened ("… research objects (data, models, code, etc."). A structured abstract that
    closes with its trial's registration ("Trial Registration ClinicalTrials.gov Identifier:
    NCT01234567") ends on the identifier, with no full stop, and is whole."""
    ends_a_sentence = text.rstrip().endswith((".", "!", "?", ")", '"', "\u201d"))
    ends_a_sentence = ends_a_sentence or _ends_in_a_registration(text)
    return is_cut_off(text) or not ends_a_sentence or text.count("(") > text.count(")")


def _ends_in_a_registration(text: str) -> bool:
    """Whether the text's last section is a trial's registration: after the last "Registration" of its
    closing words, no sentence ends, and the last word is an identifier (it has digits)."""
    tail = text[-_REGISTRATION_WITHIN:]
    at = tail.lower().rfind("registration")
    if at < 0:
        return False
    rest = tail[at:]
    words = rest.split()
    return _SENTENCE_END.search(rest) is None and any(char.isdigit() for char in words[-1])


# How far from its end a text's registration section may start ("Trial Registration" to the number).
_REGISTRATION_WITHIN = 240
_SENTENCE_END = re.compile(r"[.!?]\s")


def _opening_of_the_text(page: Page, meta: str) -> bool:
    """A description cut short from the text's first paragraph (a post's JSON-LD description:
    its first 500 characters) is a teaser of the text, not an abstract; so is one cut from the text's first
    blocks joined (Pelican's summary: Theory And Practice's two paragraphs, 2014)."""
    key = _plain_quotes(meta[:_SAME_ABSTRACT])
    return (any(_plain_quotes(block_text(node) or "").startswith(key) for node in page.tree.css("p"))
            or opens_over_its_blocks(page, _plain_quotes(meta)))


def _published(
    page: Page, sources: list[dict[str, Any]], body: BodyRecord, title: str | None, row: bool = False
) -> str | None:
    stated = [date for source in sources for date in source["dates"]] + body.stated
    # A versioned document's log of its issues dates its first (meta date the version shown).
    shown = body.shown + first_issue_date(page) + published_note_dates(page, title) + press_dates(page)
    # Digital Commons's description of a record without an abstract: "By …, Published on 09/01/20".
    shown = shown + described_days(page, stated)
    if (days_shown := posted_and_modified_days(page)) and days_shown[1] in stated:
        # A day the page shows labelled as its modification is no publication day, whatever a meta calls it:
        # 'Posted on December 30, 2015 (Last modified on August 25, 2015)' over a JSON-LD datePublished of
        # August 25 (a Hugo theme writing its front matter's fields crossed, 2015). The line's posted day
        # stands in its place.
        stated = [None if date == days_shown[1] else date for date in stated]
        shown = [*shown, days_shown[0]]
    if not row and any(stated):
        # The date a site generator's metadata line shows stands beside meta that date the page's making
        # (a page read from its body as much as one read from its meta).
        dated = article_date(page)
        shown = shown + dated
        if dated and shows_the_paper_layout(page):
            # …and on a lab's paper page (Academic's labelled rows, 'Type', 'Publication', or the theme's
            # paper layout alone where the front matter set none) that date is the paper's: a meta day outside
            # the month or year it shows is the page's making, earlier too where the paper was in press (the
            # ART lab's, 2022-12-05 for 'January 2023'), or the theme's default 1 January 2017 of a page whose
            # front matter's date is later (Roma Poberejsky's, 'August 2020').
            stated = [date for date in stated if not date or date.startswith(dated[0])]
        if dated and len(dated[0]) == len("2022-08"):
            # A meta day that is the first of the month the line shows alone is the generator's reading of a
            # front matter's month ('date: 2022-08'), not a day the page names (PaperMod's 'August 2022').
            stated = [dated[0] if date and date[:10] == f"{dated[0]}-01" else date for date in stated]
    if body.dates_over_meta and shown:
        first_shown = min(first_day(date) for date in shown)
        stated = [date for date in stated if date and first_day(date) >= first_shown]
    # JSON-LD's datePublished and a script's record date the paper, not an issue.
    days = [*sources[3]["dates"], *body.stated]
    if not any(stated) and not shown and body.undated_post:
        # A post that states no day: its closing entry's year is the paper's it presents (author_link_rows).
        return None
    if not any(stated) and not shown:
        # …or the day standing right above the title's heading that the page's plain date meta names
        # (heise online, 2015: p.news_datum '08.04.2015 12:46' over the h1, meta date 2015-04-08T12:46:00).
        shown = labelled_dates_anywhere(page, title) or _day_over_the_heading_dated(page, title)
        found = published_date(_settled(page, stated, shown), shown, body.not_published)
        return _month_meant(page, found, [*days, *shown], title)
    if _dublin_core_dates_alone(page, sources, body) and (
        made := over_stale_template_dates(page, sources[1]["dates"], shown)
    ):
        # A template's Dublin Core dates, older than the day the page's own line says the piece was created
        # or published and shown nowhere, date the template, not the piece (Massey News, 2012).
        return made
    if not shown and _dublin_core_dates_alone(page, sources, body):
        # Dublin Core often dates the record (the issue it sits in, the day it was catalogued), not
        # the paper: the dates the page labels as its publication stand beside it, and the earliest
        # wins; so does the issue's date its own citation line gives in brackets (CiteULike's dc:date
        # is the day a user posted the paper, "Vol. 43, No. 2. (1 March 2003)" its issue).
        shown = publication_labelled_dates(page) or bracketed_issue_date(page)
        # …and so does the day a news site's address for the story is dated by (the Washington Post's
        # …/2013/05/15/…, DC.date.issued the print edition's next day).
        shown = shown or address_days(page)
    if (years := {_year_or_day(date) for date in (*stated, *shown) if date}) and all(
        len(date) == 4 for date in years
    ):
        # A year alone (HighWire's citation "BMJ 2010;340") is refined by the day a publication
        # label of the page shows inside it, "(Published 24 March 2010)"; so is a 1 January that
        # meta writes for a year, when the page labels that very day ("Published: January 01, 2023",
        # J-STAGE).
        shown = shown + [date for date in labelled_dates_anywhere(page, title)
                         if len(date) > 4 and date[:4] in years]
        # …and by the month of the meeting the work was given at, as its source line names it: the year
        # the meta states is that month's.
        if month := next((date for date in _meeting_months(page) if date[:4] in years), None):
            stated = [month if date and _year_or_day(date) == month[:4] else date for date in stated]
    not_published = body.not_published
    labelled_other: list[str] = []
    if not body.known:
        # No publisher row reads the page's dates: the publication labels it shows stand beside the
        # meta's, which is often the issue's date, and the earliest wins; a meta date the page labels
        # as received or accepted does not date the paper.
        dated = [date for date in stated if date]
        history, not_in_history = history_block_dates(page, dated)
        line, not_in_line = history_line_dates(page, dated)
        shown = shown + labels_opening_their_text(page, dated) + history + line
        labelled_other = history_dates_not_published(page) + not_in_history + not_in_line
    # A label years before the meta's day, on a line saying the work was updated that day, is the work's
    # first appearance (CSRC), not another work's, and the meta's day the update's, whoever read the page.
    before_updates, updated = published_before_updates(page, [date for date in stated if date])
    shown, labelled_other = shown + before_updates, labelled_other + updated
    settled = _settled(page, stated, shown)
    # A day the page labels as its online copy's ("Published online: 06 July 2020") weighs as the online
    # date's meta does: it keeps its label here, where the body's dates reach published_date bare.
    online_days = online_labelled_days(page, stated)
    shown_published = [date for date in shown if date not in online_days]
    online = online_alone(page.first("citation_online_date"), stated, shown_published) + online_days
    found = published_date(settled, shown, not_published + labelled_other, online)
    if found is None and labelled_other:
        # The history's labels drop a meta date that another date stands beside (Frontiers' acceptance
        # as citation_online_date); they do not leave the paper undated: a preprint's page labels the
        # day it was posted "Submitted", and its meta states that very day.
        found = published_date(settled, shown, not_published, online)
    # A stamp in UTC on the day after the day a time element shows is that evening's: the day shown dates it.
    # …and one on the day before the day its own time element shows, a zone ahead of UTC (utc_morrow).
    found = utc_eve(page, found) or utc_morrow(page, found) or found
    return _month_meant(page, found, [*days, *shown], title)


def _day_over_the_heading_dated(page: Page, title: str | None) -> list[str]:
    """The day right above the title's heading where the plain date meta names that day; none otherwise."""
    dated = partial_date(page.first("date"))
    heading = title_heading(page, title, HEADINGS) if title and dated else None
    day = day_over(heading) if heading is not None else None
    return [day] if day and day == dated[: len(day)] else []


def _by_line_day(page: Page, url: str, title: str | None) -> str | None:
    """Last, where nothing else dates the page: the day beside the "By" line under its heading (Quanta
    Magazine's feature, 2019, read by its heading and the excerpt under it; La Vie des idées' essay when
    only its HTML meta are left)."""
    story = bylined_story(page, title) if title and not lists_publications(page, url) else None
    if story is None and title and (headline := headline_joined_to_its_subtitle(page, title)):
        # …or beside the "By" line under the h1, where the title is that h1 and the subtitle heading under it
        # joined (JoVI's Idyll article, 2025: 'By: Dylan Cashman, …', then 'October 3, 2025').
        story = bylined_story(page, headline) if not lists_publications(page, url) else None
    return next(iter(story.shown), None) if story is not None else None


# A meeting's days in a source line, "Held 18-25 July 2010, in Bremen": the words after "Held" up to the
# month and year (a span of days before them, however written).
_MEETING = re.compile(r"\bheld\b[^.;]{0,40}?\b([a-z]{3,9}\.?\s+(?:1[89]|20)\d\d)\b", re.IGNORECASE)


def _meeting_months(page: Page) -> list[str]:
    """The month of the meeting that Dublin Core's source says the work was given at (ADS's abstract of a
    COSPAR Scientific Assembly talk, 2010: dc.source "38th COSPAR Scientific Assembly. Held 18-15 July 2010,
    in Bremen, Germany, p.11", beside citation_date and "Publication Date: 00/2010", the year alone): the
    work appeared there, read as the month, as a proceedings row's "September 1990" is. The days are not
    read (here they are misprinted, 18 to 15)."""
    months = []
    for value in page.every("dc.source", "dcterms.source"):
        found = _MEETING.search(clean_text(value) or "")
        if found and len(date := whole_date(found.group(1)) or "") == len("2010-07"):
            months.append(date)
    return months


# Meta that date the paper's own day, not its issue: a first of the month they state is that day.
_DAY_DATES = ("citation_online_date", "article:published_time", "datepublished")
# Meta that make the page a numbered report of a series (a working paper): it comes out on its own, in
# no issue that a first of the month could stand for. An institution alone names a technical report that
# may be dated by its month ("Technical report, July 2006").
_REPORT_META = ("citation_technical_report_number",)


def _month_meant(
    page: Page, date: str | None, days: list[str | None], title: str | None = None
) -> str | None:
    """A first of the month that only the issue's meta states (citation_date, citation_publication_date,
    Dublin Core, PRISM), which neither an online date nor the page's text gives as a day, is the
    month the issue stands for (ECS: citation_date 07/01/2006 for the July 2006 issue, the page's only
    date). A numbered report's date is the day it came out (NBER, 2025: citation_publication_date
    2025/12/01, the Monday it released w34498)."""
    if not date or len(date) != 10 or not date.endswith("-01") or date.endswith("-01-01"):
        return date
    if any(page.first(name) for name in _REPORT_META):
        return date
    stated_as_a_day = {*days, *(partial_date(page.first(name)) for name in _DAY_DATES)}
    if date in stated_as_a_day or date in publication_labelled_dates(page):
        return date
    if date in _days_under_heading(page, title):
        return date
    return date[:7]


def _days_under_heading(page: Page, title: str | None) -> list[str]:
    """The dates written out to the day between the heading of the title and its prose: a dateline that
    gives the meta's first of the month as that very day (a Manubot manuscript: citation_publication_date
    2022-11-01 and "… automatically generated … on November 1, 2022." under its title)."""
    heading = title_or_first_heading(page, title)
    if heading is None:
        return []
    days = []
    for node in below_heading(page, heading):
        if node.tag == "-text":
            days += [date for _, _, date in dates_in_text(node.text_content or "") if len(date or "") == 10]
    return days


def _dublin_core_dates_alone(page: Page, sources: list[dict[str, Any]], body: BodyRecord) -> bool:
    """Whether Dublin Core is the only meta that dates a page without HighWire's set (a repository's
    or a journal platform's record); beside HighWire's tags it is kept with the paper's own."""
    if _highwire_tags(page):
        return False
    dublin_core = sources[1]
    others = [date for source in sources if source is not dublin_core for date in source["dates"]]
    return any(dublin_core["dates"]) and not any(others) and not any(body.stated)


def _year_or_day(date: str) -> str:
    """A meta date of 1 January stands for its year (published_date reads it so)."""
    return date[:4] if date.endswith("-01-01") else date


def _settled(page: Page, stated: list[str | None], shown: list[str]) -> list[str | None]:
    """A meta date that may be day or month first ("11/01/2013") counts as its year alone, unless
    another date of the page is one of its readings (DC.Date 2013-11-01), or its text writes one reading
    alone with the month in words: then it is that day."""
    known = [date for date in (*stated, *shown) if date and len(date) > 4]
    settled = list(stated)
    worded: set[str] | None = None  # the text's worded days, read once if some meta date needs them
    for name in (*_HIGHWIRE_DATES, *_DUBLIN_CORE_DATES):
        readings = day_month_readings(page.first(name))
        if readings is None or readings[0][:4] not in settled:
            continue
        reading = next(
            (reading for reading in readings for date in known if reading.startswith(date)), None
        )
        # …or the page writes one of them, and only that one, with its month in words ("July 1, 2014" under
        # the title of HighBeam's page for citation_date 07/01/2014).
        if reading is None:
            worded = worded if worded is not None else worded_days(page.whole_text(" "))
            written = [reading for reading in readings if reading in worded]
            reading = written[0] if len(written) == 1 else None
        if reading is not None:
            settled[settled.index(reading[:4])] = reading
    return settled




def _past_its_byline(abstract: str | None, authors: list[str] | None, page: Page) -> str | None:
    """The abstract without the byline a description meta opens with (Wisconsin Law Review's WordPress
    excerpt, 2015: 'Carl Tobias', a blank line, then the summary): the summary, when a sentence follows the
    names on a line of their own in a meta. An abstract whose first sentence names its author ('Carl Tobias
    argues …', 'World Health Organization Member States agreed …') keeps them."""
    if not abstract or not authors:
        return abstract
    for line in {", ".join(authors), " and ".join(authors)}:
        rest = abstract[len(line):].lstrip() if abstract.startswith(f"{line} ") else ""
        if rest[:1].isupper() and len(rest) >= MIN_ABSTRACT and _on_a_line_of_its_own(page, line):
            return rest
    return abstract


def _on_a_line_of_its_own(page: Page, line: str) -> bool:
    """Whether a meta's value opens with the line and a line break after it."""
    opening = re.compile(re.escape(line) + r"[ \t*]*\r?\n")
    return any(opening.match(value.lstrip()) for values in page.meta.values() for value in values if value)














def _looks_scholarly(
    page: Page, article: dict[str, Any], doi: str | None, arxiv_id: str | None
) -> bool:
    # An og:title alone is any web page; a paper page says so with one of these.
    has_meta = any(key.startswith(("citation_", "dc.", "dcterms.", "prism.")) for key in page.meta)
    return bool(has_meta or article or doi or arxiv_id)


# What any DOI the page shows holds, in its text or in a doi.org link.
_DOI_ANYWHERE = re.compile(r"10\.\d{4,9}/")


def _a_doi_anywhere(page: Page) -> bool:
    """Whether the page shows a DOI at all: a quick test before its text is walked for the DOI."""
    return bool(_DOI_ANYWHERE.search(page.whole_text()) or page.tree.css_first('a[href*="doi.org/10."]'))


def _highwire_tags(page: Page) -> bool:
    return any(key.startswith("citation_") for key in page.meta)


def _dates(page: Page, *names: str) -> list[str | None]:
    return [partial_date(page.first(name)) for name in names]


def _pdf_url(value: str | None) -> str | None:
    # Semantic Scholar puts a DOI resolver link in citation_pdf_url; it is not a PDF.
    if not value or (normalise_doi(value) and "doi.org/" in value):
        return None
    return value


def _doi_in_meta_links(page: Page) -> str | None:
    # A meta named plainly "DOI" (D-Lib Magazine, 2004: <meta name="DOI" content="10.1045/june2004-king">,
    # its only scholarly meta) is the page's, as a Dublin Core identifier is.
    if doi := normalise_doi(page.first("doi")):
        return doi
    for values in page.meta.values():
        for value in values:
            # A DOI in a description's sentences is a work it mentions (a data set's paper), not
            # the page's; a meta that is the page's link is the link alone.
            if "doi.org/10." in value and len(value.split()) == 1 and (doi := normalise_doi(value)):
                return doi
    return None


# The meta that name a paper's title as scholarly records do.
_SCHOLARLY_TITLES = ("citation_title", "dc.title", "dcterms.title", "prism.title", "eprints.title")


def _as_the_heading_shows(page: Page, title: str | None) -> str | None:
    """A meta title that spaced out the heading's markup or changed its case ("Sulfur( vi ) fluorides"
    for the heading's small-capital "Sulfur(VI) fluorides"): the heading, as the page shows it."""
    if not title:
        return title
    key = _compact(title)
    respelt = None
    # Without scholarly meta naming the title, a subtitle-classed line that og:title leaves out, naming the
    # heading alone, is a news item's second headline (chemie.de's h2.news-subtitle, 2022), not a paper's
    # subtitle (SpringerLink's og:title, which glues the paper's two languages' titles, says nothing of it).
    scholarly = any(page.first(name) for name in _SCHOLARLY_TITLES)
    headline = None if scholarly else _compact(og_title_less_the_sites_name(page))
    for node, text in page_headings(page):
        # RSC closes the heading with a link to a footnote: "… for lithium and sodium storage†".
        shown = without_closing_mark(text)
        if not shown or shown.isupper():
            continue
        # A subtitle set apart from the heading is part of the title the meta writes in one, and
        # of the title a meta writes without it (ACP Journals: dc.Title is the heading alone).
        subtitle = subtitle_beside(node) if not headline or _compact(shown) != headline else None
        if subtitle and not scholarly and _the_description(page, subtitle):
            # …but a post's subtitle line that its description repeats whole is its summary, no part of its
            # title (Quarto's p.subtitle.lead, alex hayes's post, 2022: og:title and <title> the h1 alone).
            subtitle = None
        if subtitle and _compact(shown) == key:
            return with_subtitle(shown, subtitle)
        if subtitle:
            shown = with_subtitle(shown, subtitle)
        if shown == title:
            # A heading that writes it as the meta does outweighs another's spelling (WIRED: a sticky
            # header's h1 repeats the title with plain quotes before the post's h1 writes curly ones).
            return title
        # …but not a theme's title-casing of the meta's words (the ERSO group's Hugo h1, 2022): the meta
        # writes them as the writer did.
        if respelt is None and _compact(shown) == key and not title_cased_by_the_theme(
                shown, title, page.node_text("title") or ""):
            respelt = shown
    return respelt or title


def _the_description(page: Page, text: str) -> bool:
    """Whether the page's description meta (or its Open Graph one) is the text, whole."""
    return any(_compact(page.first(name) or "") == _compact(text)
               for name in ("description", "og:description"))


def _without_its_own_doi(title: str | None, doi: str | None) -> str | None:
    """A title that ends with the record's own DOI, set apart by a colon or a space, less the DOI: OJS
    journals that keep the DOI in the subtitle field (ThaiJO, 2026: citation_title "<title>:
    10.55131/jphd/2026/240301", the heading's <small> the same DOI)."""
    if not title or not doi:
        return title
    folded = title.casefold()
    # The longest way of writing it first: "doi: 10.…" is not "doi:" followed by the DOI.
    for written in (f"https://doi.org/{doi}", f"doi: {doi}", f"doi:{doi}", doi):
        if not folded.endswith(written.casefold()):
            continue
        head = title[: len(title) - len(written)]
        # Only a DOI set apart from the words before it; a DOI glued to a word is no subtitle.
        kept = head.rstrip().rstrip(":").rstrip()
        return kept if kept and (head[-1:].isspace() or head.endswith(":")) else title
    return title


def _compact(text: str) -> str:
    # PubMed-fed meta ends a title with a full stop the heading does not show; typographic hyphens
    # (U+2010, U+2011) stand for the heading's plain one, and typographic quotes for its plain ones
    # (Frontiers' citation_title "people’s" for the heading's "people's"), and the other way round.
    # A meta may write the heading's ellipsis as three full stops (a Quarto manuscript's citation_title
    # '… que hoje tem... frações de compasso?' for its h1's '…', round 254).
    return compact(text.translate(TYPOGRAPHIC_HYPHENS).replace("\u2026", "...")).rstrip(".")


def _arxiv_id_from(url: str, page: Page) -> str | None:
    for candidate in (url, page.canonical, page.og_url):
        found = arxiv_id_from_url(candidate)
        if found:
            return found[0]
    return None


def _absolute(base: str, link: str | None) -> str | None:
    try:
        return urljoin(base or "", link) if link else None
    except ValueError:
        return None  # an address urllib refuses to parse, as _link_path reads it




def _without_site_name(title: str | None, site: str | None) -> str | None:
    if title and site:
        for separator in (" | ", " - ", " — "):
            if title.endswith(separator + site):
                return clean_text(title[: -len(separator + site)])
    return title



