"""A page that no scholarly meta marks as a paper's, or whose meta names no title: the record it shows.

The kinds of page are asked in turn, each a reader of its own, and the first that reads the page gives the
heading, the people and the day: a LaTeX converter's title page, a blog's post, a paper's project page,
an article's body, a table of labels, a demo page, a researcher's paper page, a report offered as a PDF,
a thesis, a story under its byline, a dated news item, a hand-made page. `scholarly.from_page` asks this
only where its meta does not make the page a record.
"""

from __future__ import annotations

import re
from urllib.parse import urlparse

import msgspec

from ..identity import arxiv_id_from_doi
from .addresses import link_path
from .aged_posts import aged_post
from .article_header_posts import post_under_its_article_header
from .article_info_sidebars import post_beside_its_article_info
from .author_card_headers import post_under_its_author_card
from .author_information_boxes import writer_in_its_box
from .author_link_rows import post_its_author_link_rows_name
from .blog_tabs import dated_post_after_the_blogs_name, post_dated_by_its_posted_line
from .body import BodyRecord
from .bylined_stories import bylined_story, heading_the_tab_is, story_before_the_sites_name
from .bylines import byline
from .citation_block_demos import paper_its_citation_block_names
from .cited_dates import (
    companion_entry_year,
    own_bibtex_block_authors,
    own_bibtex_block_eprint,
    own_bibtex_doi,
)
from .cited_label_entries import paper_its_cited_entry_and_tab_name, paper_its_entry_and_title_paragraph_show
from .classed_headline_stories import classed_headline_story
from .converted_pages import converted_title_page
from .credited_reporters import reporters_credited_in_the_text
from .cut_tab_heroes import paper_its_hero_under_a_cut_tab_shows
from .dated_pieces import (
    DATED_ITEMS,
    DATED_RECORDS,
    DATED_STORIES,
    HAND_MADE_STORIES,
    MARKED_POSTS,
    first_piece,
)
from .demo_bylined_headings import paper_its_bylined_heading_shows
from .demo_heading_pages import paper_its_demo_heading_names
from .demo_pages import paper_its_description_names, paper_its_samples_line_names
from .described_entries import paper_its_description_and_entry_name
from .described_lead_posts import post_over_its_described_lead
from .dissertation_sites import dissertation_site_front_page
from .entry_named_heroes import paper_its_entry_and_buttons_name
from .entry_titled_headings import paper_its_heading_and_entry_title, paper_its_named_link_and_entry_title
from .footed_posts import post_dated_by_its_footer
from .hatom_entries import hatom_entry
from .headed_leads import headed_lead
from .hero_author_lines import paper_its_hero_authors_line_names
from .html_meta import Page
from .issue_lines import labelled_as_a_piece, long_as_an_article, named_issue_date, shows_its_issue
from .material_blog_posts import material_blog_post
from .meta_dated_articles import article_its_meta_alone_dates
from .metainfo_notes import note_under_its_metainfo
from .names import display_name, is_group
from .news_releases import dated_in_its_heading_block
from .offered_documents import offers_its_document
from .org_exports import org_export_post
from .places import HEADINGS, OTHER_PAPERS, above_references, page_headings, title_heading
from .post_meta_day_posts import post_under_its_post_meta_day
from .posted_day_articles import post_over_its_posted_day
from .posted_in_headers import post_under_its_posted_in_line
from .presented_episodes import presented_episode
from .project_pages import project_record
from .published_date_posts import post_titled_over_its_published_day
from .sample_table_pages import paper_its_sample_tables_show
from .samples_headings import paper_its_samples_heading_names
from .scripted_titles import scripted_post
from .shown import read_article_body, read_labels
from .shown_meta_bylines import meta_bylined_article
from .shown_titles import heading_the_tab_repeats
from .sourced_stories import delivered_story
from .stamped_meta_line_posts import post_under_its_stamped_meta_line
from .supplement_footers import paper_its_footer_supplements
from .tab_ended_blog_posts import dated_post_before_the_blogs_name
from .tab_titled_posts import post_titled_by_its_tab
from .thesis_pages import thesis_title_page
from .title_row_heroes import paper_its_title_rows_name
from .titled_day_headers import post_over_its_dated_header
from .typed_titles import post_under_its_typed_title
from .updated_by_lines import titled_by_its_writer
from .updated_stamp_posts import post_titled_over_its_update
from .venue_day_lines import days_of_the_venue_line
from .written_bylines import byline_a_script_writes


class ShownRecord(msgspec.Struct, frozen=True):
    """What the page's record is as shown: its title, DOI and arXiv id as read so far or as shown,
    whether it was read as a blog's post (its text's "Abstract:" is the quoted paper's, not the post's
    summary), and whether it is a record only by the document it offers under its heading."""

    title: str | None
    doi: str | None
    arxiv_id: str | None
    post: bool
    offered_alone: bool


def record_shown(
    url: str, page: Page, body: BodyRecord, title: str | None, doi: str | None, arxiv_id: str | None, *,
    in_the_text: str | None, from_buttons: bool, named: bool,
) -> ShownRecord | None:
    """The record the page shows, none when it shows none. `body` takes the day, the people and the
    abstract the record's reader found, where the publisher rows found none; `in_the_text` is the DOI the
    page's text showed (its own BibTeX entry's goes before it), `from_buttons` whether the preprint was
    named by a project page's buttons, `named` whether the address alone says the page is a paper's."""
    # No meta says it is a paper, yet the page shows one: its heading, and an abstract or DOI.
    # Last, a catalogue's record with neither: labelled rows of its authors under a heading of the
    # title (aclanthology.info, 2018). Not before: an article's "Authors" box (SpringerLink's author
    # information, its links to "PubMed" and "Google Scholar") is no catalogue's row, and its byline
    # is read better.
    # A paper's project page first: the heading its byline follows, not the first heading over a
    # paragraph (a "What's New" list above the abstract).
    # A LaTeX-to-HTML converter's title page first: its \maketitle lines say more than any heading does.
    converted = converted_title_page(page)
    # A blog's post after the blog's name that its own "Posted by … on <day> at …" line dates (Typepad,
    # 2012: Experimental Philosophy's span.post-footers under the post's h3) before any paper's reading:
    # the "Abstract:" of the draft paper the post quotes in its text does not make the post that paper.
    post = None if title or converted else post_dated_by_its_posted_line(page)
    # …or a Material for MkDocs blog's post, its sidebar's author cards and day beside its h1 (WAVI's
    # blog, 2025), before any paper's reading: its closing "Summary" section is no paper's abstract.
    # Tried where meta names a title too: a theme's meta may name the blog's, not the post's (ML.ENERGY's
    # og:title, 2023: 'ML.ENERGY Blog - ' before the post's title), and the sidebar still says whose day.
    post = post or (None if converted else material_blog_post(page))
    # …or a post whose article's header lists its day (titled as an ISO date-time) and its author links
    # (Pelican's Alchemy theme, DIYnamics's blog, 2018), under the h1 the <title> opens with.
    post = post or (None if title or converted else post_over_its_dated_header(page))
    # …or a post under an author card, the writer's name and the day the generator stamped over the text
    # whose h1 the <title> repeats (Hexo's Keep theme, Ximin Lin's notes, 2021; author_card_headers.py).
    post = post or (None if converted else post_under_its_author_card(page))
    # …or a post whose article's header holds its h1 and 'Posted on <day> in <category>' (Pelican's Flex
    # theme, PabRod, 2020), its og:title no paper's: the thesis 'Abstract' it quotes is not the post's.
    post = post or (None if converted else post_under_its_posted_in_line(page))
    # …or a post whose writer and day stand in a sidebar's header beside it (Pelican's Pure theme, Sven
    # Kreiss's blog, 2015: h2.article-info, the link to his posts, p.article-date).
    post = post or (None if converted else post_beside_its_article_info(page))
    # …or a post whose template shows no heading of its title, the <title> alone naming it over the
    # text's own section h1s (Hugo's 'researcher' theme, Alejandro M. Andirkó's site, 2022).
    post = post or (None if converted else post_titled_by_its_tab(page, url))
    # …or a post whose title stands in a div classed post-title over a line showing only its update time,
    # labelled so, its own day the permalink's (ap0l1o's Hexo blog, 2022).
    post = post or (None if converted else post_titled_over_its_update(page, url))
    # …or one whose post-title element stands over a post-date element labelling its day as the day it was
    # published, '发布日期: 2018-12-12' (Hexo's Matery theme, IrvingBei's notes, 2018;
    # published_date_posts.py).
    post = post or (None if converted else post_titled_over_its_published_day(page))
    # …or, without meta naming it, a post whose h1.post-title stands right under its post-meta line, the line
    # opening with the time its theme marks as the day published (Hexo's Casper theme, ryok note, 2018;
    # stamped_meta_line_posts.py).
    post = post or (None if title or converted else post_under_its_stamped_meta_line(page))
    # …or, without meta naming it, a reader's note on a paper under its h1.title (the <title> the same
    # words) and the metainfo list right under it, the paper's link and the writer's lightbulb-marked gist
    # (cympfh.cc's paper notes, round 242; metainfo_notes.py).
    post = post or (None if title or converted else note_under_its_metainfo(page))
    # …or a post whose header holds its h1.post-title over a p.post-meta line of its day alone (al-folio's
    # older post layout, the JKU Institute for Machine Learning's blog, round 239; post_meta_day_posts.py):
    # the post's record, its closing BibTeX entry the paper's it presents.
    post = post or (None if converted else post_under_its_post_meta_day(page))
    # …or, without meta naming it, a post whose div.article-header holds its h1 over a div.meta-data line of
    # its day and tag links alone, signed by the footer's 'Written by' line (moskomule log's Hugo posts,
    # mosko.tokyo, round 252; article_header_posts.py): the post's record, the arXiv paper it presents not.
    post = post or (None if title or converted else post_under_its_article_header(page))
    # …or a post whose heading a script types in from an empty element's title attribute, the words its
    # meta title names, dated by the time element marked pubdate in its header (Hexo's Fluid theme,
    # Kamino's Blog, 2024: span#subtitle; the h1 repeating the title hidden, the text's h1 another's).
    post = post or (None if converted else post_under_its_typed_title(page))
    # …or a post whose article, right after its h1 (the <title> the same words), opens with a 'Posted
    # <day>' paragraph, no meta naming it (Jonathan Reeve's site, 2019).
    post = post or (None if title or converted else post_over_its_posted_day(page))
    # …or a post whose <title> names it before the blog's name, the first h1, its own h1 after that one under
    # the day standing alone right above it (Systemic's Hugo post, 2023: 'MapReduce | Systemic'), before an
    # article's reading takes the heading of its text, written as a paper of its own over an 'Abstract'.
    post = post or (None if title or converted else dated_post_before_the_blogs_name(page))
    # …or, without meta naming it, an Org mode export: its h1.title dated by its postamble's 'Created:' line,
    # never 'Last modified:' (Appleby's notes on a paper, round 248; org_exports.py).
    post = post or (None if title or converted else org_export_post(page))
    # …or a post whose one h1, the meta title, stands over a lead classed so that the description repeats, its
    # own summary, and no day anywhere but an update's (Jonathan K. Kummerfeld's Docsy posts, round 258;
    # described_lead_posts.py).
    post = post or (None if converted else post_over_its_described_lead(page))
    supplemented = cited = labelled = demoed = paragraphed = heroed = linked = None
    shown = (converted or project_record(page) or post
             # …or a dataset's page without an h1 or title meta whose one entry, asked to be cited, names the
             # preprint the page links, the <title> opening with the entry's name (COOLL's page, round 237),
             # before an article's reading takes the <title>'s rest for the title.
             or paper_its_cited_entry_and_tab_name(page)
             # …or one whose paragraph opens with its one entry's title, the <title> the name it opens with
             # (IconQA's page, round 237, after its final held-out figure).
             or ((paragraphed := paper_its_entry_and_title_paragraph_show(page)) and paragraphed.record)
             # …or a page of audio samples whose one h1, with persons named right under it, is the paper's
             # title, before an article's reading takes the first heading the tab repeats (the demo's label,
             # 'VAE-GSLM: Speech Synthesis Demo') or none (a jumbotron's row of names; round 212).
             or paper_its_bylined_heading_shows(page)
             or read_article_body(page, body.abstract, doi, named=named)
             or (labelled := read_labels(page, title_from_heading=True))
             # …or a paper's demo page its description meta says is one, naming the paper its heading
             # shows ('TOSS-Codec demo page based on the paper TOSS-Codec: …', round 174).
             or paper_its_description_names(page)
             # …or a paper's page of samples whose line under its one h1 says they are its authors' own
             # paper's ('… supplementary audio samples for our submitted manuscript to JASA.', round 186).
             or paper_its_samples_line_names(page)
             # …or a paper's page of samples whose footer says it supplements a cited work, its one h1
             # over a line of the authors' names ('Supplementary Demo for: …' (2025), round 174).
             or (supplemented := paper_its_footer_supplements(page))
             # …or a paper's samples page whose only heading of it labels the samples, the <title> the
             # paper's name after the label ('Audio samples - MCF-SVC: …', round 180).
             or paper_its_samples_heading_names(page)
             # …or a demo page whose <title> names only its kind ('Audio Demos'), its first h1 the paper's
             # title over the one preprint its buttons link (the DDSP singing vocoders' page, round 203).
             or (demoed := paper_its_demo_heading_names(page))
             # …or a benchmark's page whose hero shows its name alone and no byline, the paper named whole
             # only by the BibTeX entry whose title opens with that name and whose preprint the 'Paper'
             # button links (OmniVideoBench's home page, round 183).
             or paper_its_entry_and_buttons_name(page)
             # …or one whose description meta is the title of the one entry it shows, a preprint's, its h1 the
             # name that title opens with (ECCentric's home page, round 227).
             or paper_its_description_and_entry_name(page)
             # …or a demo page of samples whose own citation block asks to cite 'our foundational paper',
             # its title linking the preprint its BibTeX entry names (the universal speech enhancement
             # demo, round 186): that paper's record, titled as the page's heading shows it.
             or ((cited := paper_its_citation_block_names(page)) and cited.record)
             # …or a dataset's page whose one h1, the <title> the same words, stands over a line it classes as
             # its authors, no paper button yet (MV²'s page, round 204).
             or (heroed := paper_its_hero_authors_line_names(page))
             # …or, without meta naming a title, an undated post of a project's blog whose one h1 (the <title>
             # its short name before the colon) stands over rows of links classed as its authors (the
             # Gorilla project's post on RAFT, round 239; author_link_rows.py).
             or (linked := None if title else post_its_author_link_rows_name(page))
             # …or, without meta naming a title, a benchmark's page whose <title> is its name and the title's
             # opening words cut short, its one h1 the whole title over a row of linked names alone (TAILOR's
             # page, round 247; cut_tab_heroes.py).
             or (None if title else paper_its_hero_under_a_cut_tab_shows(page))
             # …or a benchmark's page of no h1 whose classed title block, set in rows, the <title> repeats
             # word for word, over a block classed as its authors (Target-Bench's page, round 257, pending97;
             # title_row_heroes.py).
             or paper_its_title_rows_name(page))
    body.shown = body.shown or (post.shown if post else [])
    if shown is not None and shown is not linked and not body.shown and not shown.shown and shown.authors:
        # …or dated by the one entry it asks to be cited by, titled otherwise, whose people are all of its
        # byline (a dataset's companion paper: GOBY's page, round 227); not a post over rows of author links,
        # whose closing entry is the paper the post presents (the Gorilla post on RAFT, round 239).
        body.shown = companion_entry_year(page, shown.authors)
    if paragraphed is not None and shown is paragraphed.record:
        # …its preprint the one the paragraph of its title links.
        arxiv_id = arxiv_id or paragraphed.arxiv_id
    if cited is not None and shown is cited.record:
        # …dated by its entry's year, its preprint the one its title's link and its entry agree on.
        body.shown, arxiv_id = body.shown or cited.record.shown, arxiv_id or cited.arxiv_id
    if labelled is not None and shown is labelled:
        # …dated by its labelled 'Date' row, as scholarly.from_page dates a record of labels its meta name no
        # title for (Mr.Duck's Hexo Chic post, round 194: its post-copyright's 'Author:' row, the post-meta's
        # 'Date:' line; date_label_lines.py).
        body.shown = body.shown or labelled.shown
    if demoed is not None and shown is demoed:
        # …dated by the line saying where the paper is published ('… published at ISMIR'22').
        body.shown = body.shown or demoed.shown
    if linked is not None and shown is linked:
        # …undated: the year of its closing entry is the paper's it presents (author_link_rows.py).
        body.undated_post = True
    if heroed is not None and shown is heroed:
        # …dated by the year of the venue link right above its h1 (the Proactive Defense Benchmark's page,
        # round 247: 'ICML 2026'; hero_author_lines.py).
        body.shown = body.shown or heroed.shown
    if supplemented is not None and shown is supplemented:
        # …dated by the year the footer's citation gives the work the page supplements.
        body.shown = body.shown or supplemented.shown
    if shown is not None and not shown.authors and (authored := meta_bylined_article(page, shown.title)):
        # …a heading and its standfirst read as the piece, whose one author meta the page shows in an
        # author block dated as article:published_time is (Onmeda, 2022: div.article-description under
        # the h1; 'Brit Weirich (Medizinredakteurin …)' after the text): that person is its writer.
        shown.authors, body.shown = authored.authors, body.shown or authored.shown
    if shown is not None and not shown.authors and (episode := presented_episode(page, shown.title)):
        # …a programme's episode page: its presenter's line and its day over its title (In Conversation).
        shown.authors, body.shown = episode.authors, body.shown or episode.shown
    # Without meta naming it, the heading its <title> repeats before the site's name (a lab's Quarto site,
    # 2025: the h1.title, then ' – Paleogenomics and Evolutionary Biology' in the <title>).
    if (shown is None and _a_publication_page(url) and (paper := title or heading_the_tab_repeats(page))
            and title_heading(page, paper, HEADINGS) and not lists_publications(page, url)):
        # Last, a researcher's or lab's site that builds a page for each of their papers under
        # /publication/ (Hugo's Academic theme and others): the paper's page even when it shows no
        # more than the title its meta names, in a heading.
        title = paper
        shown = BodyRecord(title=title, authors=byline(page, title), known=True)
    if shown is None and title and _offers_its_document(page, title):
        # …or an organisation's page of one of its reports: the heading, and the report's PDF
        # to download under it.
        shown = BodyRecord(title=title, authors=byline(page, title), known=True, offered_alone=True)
    if shown is None and (piece := title or heading_the_tab_repeats(page)) and (
            thesis := thesis_title_page(page, piece)):
        # …or a thesis's title page shown as a web page (a dissertation's mdBook): under its heading the
        # author, the degree the thesis was submitted for, and the month it bears.
        shown = thesis
        body.shown = body.shown or thesis.shown
    if shown is None and (site := dissertation_site_front_page(page)):
        # …or a dissertation's own site's front page, its header calling it part of the dissertation its link
        # names, that name its <title> and its h1 and h2's title and subtitle (Bastian Bechtold's, round 225;
        # dissertation_sites.py): dated by the header's copyright year.
        shown = site
        body.shown = body.shown or site.shown
    if shown is None and (entry := hatom_entry(page)):
        # …or a post or story its template marks up in hAtom (one .hentry: its .entry-title, its author
        # an hCard, its .published day), as a JSON-LD article that names its author is marked: a dated
        # piece by a named person (ScienceNOW's story, 2011).
        shown = entry
        body.shown, body.posted_by_the_site = body.shown or entry.shown, entry.posted_by_the_site
    if shown is None and (
            dated := first_piece(page, title, url, MARKED_POSTS)):
        # …or a post its blog or its analytics mark as such (dated_pieces.py).
        shown = dated
        body.shown = body.shown or dated.shown
    if shown is None and not lists_publications(page, url) and (
            story := bylined_story(page, title or heading_the_tab_is(page), opening_day=not title)
            or (None if title else story_before_the_sites_name(page))):
        # …or a story that names its title in meta and shows a "By" line and its day under that heading
        # (the Los Angeles Times, 2013): a dated piece by a named person, as an hAtom entry is. Without
        # meta, the heading its <title> is word for word names it (WebMD Health News, 2015).
        # …or, without meta, the heading its <title> gives before the site's short name, its "By" line
        # carrying the day itself (Pharmalot, 2012: ' // Pharmalot'; "By Ed Silverman // November 6th").
        shown = story
        body.shown, body.standfirst = body.shown or story.shown, body.standfirst or story.standfirst
    if shown is None and not lists_publications(page, url) and (story := classed_headline_story(page)):
        # …or, on a page with no heading of words, a story under the element classed as its headline that
        # the <title> ends with, its writer's name and day on the line under it (DailyTech, 2013).
        shown = story
        body.shown = body.shown or story.shown
    if shown is None and not lists_publications(page, url) and (
            dated := first_piece(page, title, url, DATED_STORIES)):
        # …or a release or story dated under its heading (dated_pieces.py).
        shown = dated
        body.shown = body.shown or dated.shown
    if shown is None and not lists_publications(page, url) and (aged := aged_post(page, title)):
        # …or a post that shows only its age under its heading ('2 weeks ago'), its day in Open Graph's
        # article:published_time (News8Plus, 2020).
        shown = aged
    if shown is None and not lists_publications(page, url) and (
            authored := meta_bylined_article(page, title)):
        # …or an article whose one author meta the page shows in an author block, its day in
        # article:published_time that a time element shows (Medium, 2015: 'Joseph Cox', 'Mar 27').
        shown = authored
        body.shown, body.standfirst = body.shown or authored.shown, body.standfirst or authored.standfirst
    if shown is None and not lists_publications(page, url) and (
            delivered := delivered_story(page, title, url)):
        # …or a portal's page of another outlet's story, dated by its Japanese delivery line under the
        # heading ('3/9(木) 18:45配信'), in the year of the address's day (Yahoo! News Japan, 2017).
        shown = delivered
        body.shown = body.shown or delivered.shown
    if (shown is None or shown.offered_alone) and not lists_publications(page, url) and (
            item := dated_in_its_heading_block(page, title or heading_the_tab_repeats(page))):
        # …or a news item whose heading's block opens with its day in an element classed as a date
        # (and which may offer itself as a PDF to print, chemie.de's "PDF Ansicht / Drucken"). Without
        # meta, the heading its <title> repeats after the portal's name and before its sections
        # (health.in.gr, 2012: 'in.gr - Για αλλεργίες … - Υγεία - Ειδήσεις - Διάφορα', the h1 under
        # p.article-date-info 'Δημοσίευση: 04 Ιαν. 2012, 11:28' and a kicker).
        shown = shown or item
        body.shown = body.shown or item.shown
    if shown is None and not lists_publications(page, url) and (
            dated := first_piece(page, title, url, DATED_ITEMS)):
        # …or a news item or episode dated in or beside its heading (dated_pieces.py).
        shown = dated
        body.shown = body.shown or dated.shown
    if shown is None and not title and (
            post := dated_post_after_the_blogs_name(page) or post_dated_by_its_footer(page)):
        # …or a blog's post whose <title> names it after the blog's name, the h1, under its day's heading
        # (Schneier on Security, 2012: 'Schneier on Security: Micromorts', h2 'November  8, 2012', h3),
        # or dated by the day opening its footer under the text (apophenia, 2012: div.post-footer
        # 'September 13th, 2012 | Tags: …').
        shown = post
        body.shown = body.shown or post.shown
    if shown is None and not lists_publications(page, url) and (
            dated := first_piece(page, title, url, DATED_RECORDS)):
        # …or a page dated by its issue, a label, a data block or its entry in a list (dated_pieces.py).
        shown = dated
        body.shown = body.shown or dated.shown
    if (shown is None and title and shows_its_issue(page, title) and (named := byline(page, title))
            and not lists_publications(page, url)):
        # …or a journal's article page that shows no abstract (a law review's Note): the heading, its
        # byline, and beside them the volume and issue the article appeared in.
        shown = BodyRecord(title=title, authors=named, known=True)
    if (shown is None and (piece := title or heading_the_tab_is(page)) and named_issue_date(page, piece)
            and long_as_an_article(page) and (named := byline(page, piece))
            and not lists_publications(page, url)):
        # …or, without meta, an article's length under a heading the journal's name and issue stand over
        # ("Air University Review, May-June 1984"), and its byline under it.
        shown = BodyRecord(title=piece, authors=named, known=True)
    if shown is None and not lists_publications(page, url) and (
            dated := first_piece(page, title, url, HAND_MADE_STORIES)):
        # …or, without meta, a page made by hand, its day in its text (dated_pieces.py).
        shown = dated
        body.shown = body.shown or dated.shown
    if shown is None and not title and not lists_publications(page, url) and (led := headed_lead(page)):
        # …or, without meta, a heading and the paragraph classed as its lead right under it (the SLF's
        # weekly report, 2022: an h2 and <p class="lead">): the piece's title and its summary.
        shown = BodyRecord(title=led[0], authors=byline(page, led[0]), abstract=led[1], known=True)
    # Without meta, the heading its <title> repeats (not the whole of heading_title, which reads every
    # element that may show a title), sought only when nothing above made the page a record but the
    # document it offers (which an undated piece is no record by).
    if ((shown is None or shown.offered_alone) and (piece := title or heading_the_tab_repeats(page))
            and labelled_as_a_piece(page, piece) and _offers_its_document(page, piece)
            and (named := byline(page, piece)) and not lists_publications(page, url)):
        # …or a piece a journal publishes online only, in no issue (a law review's online essay): the
        # kind of piece over its heading, its byline, and the piece to download as a PDF under them.
        shown = BodyRecord(title=piece, authors=named, known=True)
    if shown is None and not title and not lists_publications(page, url) and (
            topic := titled_by_its_writer(page)):
        # …or, without meta, a researcher's page of a topic: its <title> the heading's title and the
        # writer's name in brackets, its closing line 'Last updated … by' that person (Erik Demaine's,
        # 2025).
        shown = topic
    if shown is None and not title and (scripted := scripted_post(page)):
        # …or, last, a hand-made page that writes its title and day with scripts, from variables its
        # inline scripts assign (Brandon Rohrer's blog, 2018: blog_title, publication_date).
        shown = scripted
        body.shown = body.shown or scripted.shown
    if shown is None:
        # …or, when no reader above read it (a benchmark's heading over a lead, headed_leads.py, goes
        # first: its lead is its summary), a dataset's page whose one h1 is word for word the title of its
        # own BibTeX entry, its <title> the dataset's name alone (CTW's and GRATS's pages, round 213); or one
        # whose one h1 is its name alone, naming its paper in a line 'CVPR 2026 paper: <a>title</a>' that its
        # own entry titles (FEOT's page, round 213, after its final held-out figure).
        shown = paper_its_heading_and_entry_title(page) or paper_its_named_link_and_entry_title(page)
    if shown is None:
        # …or, last of all, a paper's demo page that is its tables of audio samples and nothing else, the one
        # h1 a paper's title that the <title> repeats before the site's name (AdaSpeech's, round 186).
        shown = paper_its_sample_tables_show(page)
    if shown is None:
        # …or, last, a post whose template shows only its title, an article's one h1 the meta title names,
        # its meta alone saying it is an article and when it appeared (Vivek Kumar Singh's Hugo Coder paper
        # notes, 2023: the theme's plain page layout; meta_dated_articles.py).
        shown = article_its_meta_alone_dates(page, title)
    if shown is None:
        return None
    if not shown.authors and not body.authors and (boxed := writer_in_its_box(page)):
        # …its writer named in a box of their own above the story where no byline names one (ΤΟ ΒΗΜΑ,
        # 2011: div.author_information, span.name 'Θεοδώρα Τσώλη' linked to her editor's page).
        shown.authors = boxed
    if not shown.authors and not body.authors and (
            credited := reporters_credited_in_the_text(page, shown.title)):
        # …or in the credit lines closing the parts of a Chinese story's text, each its role, a slash,
        # 記者 and the reporter's name (Sina Hong Kong, 2012: '編譯/記者 楊錚', '文/記者 範維').
        shown.authors = credited
    if not shown.authors and not body.authors and (written := byline_a_script_writes(page, shown.title)):
        # …or in the "By" line a script right under the heading writes, as a capture of the page after its
        # scripts ran holds it (the Oracle, 2012: document.write("<p class='author'>…By… Jessica Velez
        # ASST. NEWS EDITOR…"), the title after her name in capitals a role).
        shown.authors = written
    if (not shown.shown and not body.shown and not lists_publications(page, url)
            and (item := dated_in_its_heading_block(page, title or shown.title))):
        # A news item its heading and standfirst make a record is dated as one its day makes a record is:
        # by the day classed as a date that opens its heading's block (SimplyScience, 2012: <div
        # class="date"><date>19.11.2012</date></div> over the h1, div.ce_articleIntro under it).
        body.shown = item.shown
    if not shown.shown and not body.shown and (days := days_of_the_venue_line(page, title or shown.title)):
        # …or, with no day anywhere else, by the month of the meeting's days that a line of its own under the
        # title and byline gives after its place (START's accepted-paper pages for COLING 2014's workshops,
        # round 197: 'Dublin, Ireland, August 23-29, 2014').
        body.shown = days
    # The entry a page shows to cite itself under its title names its DOI before any DOI its text
    # shows first (a data set's in the text of a Quarto article, Computo 2024).
    own = own_bibtex_doi(page, shown.title) if not title and doi in (None, in_the_text) else None
    if (not arxiv_id or from_buttons) and not (own or doi or shown.doi) and not post:
        # …and, on a benchmark's page that links its paper nowhere else, the preprint its entry names
        # (Oolong's, round 183: eprint={2511.02817}, archivePrefix={arXiv}, no paper button); where its
        # 'Paper' button links another id, the entry for its own title names its paper, the button a
        # leftover of the page it was copied from (BioKGBench's, round 183: the button SWE-bench's).
        arxiv_id = own_bibtex_block_eprint(page, shown.title) or arxiv_id
    # A piece's own heading over a meta title that names only its site (closing_day_posts: Maria
    # Antoniak's <title>, her name).
    title = shown.title if shown.title_over_meta and shown.title else title or shown.title
    doi, body.known = own or doi or shown.doi, True
    if converted is not None:
        # The converter's heading is the paper's (a supplement's names the paper it supplements), and
        # its date line or signature dates it where no meta does.
        title, doi, body.shown = converted.title, converted.doi or doi, converted.shown or body.shown
    if arxiv_id_from_doi(doi):  # the DOI arXiv gives its papers names no journal's version
        arxiv_id, doi = arxiv_id or arxiv_id_from_doi(doi), None
    # A benchmark's page that shows no byline names its paper's authors in the entry it shows to cite it
    # (Oolong's, round 183: its 'Team' of photos, the entry's author field the same five).
    body.authors = body.authors or shown.authors or ([] if post else _entry_authors(page, shown.title))
    body.abstract = body.abstract or shown.abstract
    return ShownRecord(title, doi, arxiv_id, bool(post), shown.offered_alone)


# A site's page for one of its papers: /publication/<slug>/ or /publications/<slug> (academic site
# generators: Hugo's Academic theme and its successors, academicpages, Jekyll and Quarto sites); an
# economist's site files its unpublished papers so under /working-papers/<slug>/ (Wowchemy's section of
# that name, Fangzhu Yang's, 2023: no JSON-LD, no abstract, the heading, the authors line and a PDF button).
_PUBLICATION_PAGE = re.compile(r"/(?:publications?|working[-_]papers?)/[^/?#]+/?$", re.IGNORECASE)


def _a_publication_page(url: str) -> bool:
    return bool(_PUBLICATION_PAGE.search(urlparse(url).path))


def _offers_its_document(page: Page, title: str) -> bool:
    """Whether the page offers the document its heading names as a PDF under the heading (UNICEF DATA's
    report pages, 2018: the title, the month, the topics' tags, then a "Download" button linking the
    report's PDF): a report's own page, as an agency or a think tank publishes each of its reports."""
    # The heading may show the title without the subtitle set under it.
    heading = title_heading(page, title, HEADINGS) or next(
        (node for node, text in page_headings(page) if text and title.startswith(f"{text}: ")), None
    )
    return offers_its_document(page, heading)


def lists_publications(page: Page, url: str) -> bool:
    """Whether the page lists the site's papers, two or more links to other pages of one paper, above
    any heading of related ones: a site's page of a kind or a year of its papers (/publications/journal-
    articles/, /publications/2023/) is a listing, not a paper's page. A paper's page links to the next
    and the previous paper (rel="next", rel="prev") and to related papers under their heading. Worked out
    once a page: each reader of a page that nothing else made a record asks it again, a walk of the page."""
    key = f"lists publications: {url}"
    if key not in page.worked_out:
        page.worked_out[key] = _links_other_publications(page, url)
    return page.worked_out[key]


def _links_other_publications(page: Page, url: str) -> bool:
    own = urlparse(url).path.rstrip("/")
    others: set[str] = set()
    for node in above_references(page, OTHER_PAPERS):
        if node.tag != "a" or (node.attributes.get("rel") or "").casefold() in ("next", "prev"):
            continue
        path = link_path(node.attributes.get("href") or "", url)
        if _PUBLICATION_PAGE.search(path) and path.rstrip("/") != own:
            others.add(path.rstrip("/"))
            if len(others) > 1:
                return True
    return False


def _entry_authors(page: Page, title: str | None) -> list[str]:
    """The people the page's own BibTeX entry names, each a person's display name ('Bertsch, Amanda' as
    'Amanda Bertsch'); none when any is not a person's name (a team, a group)."""
    names = [display_name(part) for part in own_bibtex_block_authors(page, title)]
    if not names or not all(name and len(name.split()) > 1 and not is_group(name) for name in names):
        return []
    return [name for name in names if name]
