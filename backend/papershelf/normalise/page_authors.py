"""Whose a scholarly page is: the people its meta names, weighed against the byline the page shows, and
where neither names anyone, the readers of pages without meta in turn (a byline under the heading, a
project page's authors, an author card, a footer's copyright holder, a one-person site's owner, …), then
the names cleaned of what is no person (the site's staff, a slug, the account that posted the page).
"""

from __future__ import annotations

from typing import Any

from .about_the_author import writer_about_the_author
from .academic_metadata_lines import authors_over_the_meta
from .academic_paper_pages import author_of_the_card
from .academic_post_cards import writer_of_the_post_card
from .author_links import marked_author_link
from .author_name_cards import people_of_the_name_cards
from .author_tables import people_of_the_author_table
from .authored_by_boxes import writers_of_the_credits_box
from .blog_tabs import blogger_of_the_masthead, poster_of_the_post
from .blog_taglines import blogger_of_the_tagline
from .blox_metadata_authors import authors_of_the_metadata_line
from .body import BodyRecord
from .book_bylines import author_of_the_title_block
from .brand_hosts import owner_the_brand_and_host_name
from .bylines import byline
from .cited_paragraphs import authors_its_citation_names
from .closing_author_lines import author_on_a_line_after_the_text
from .closing_signatures import signed_at_its_end
from .comma_listed_people import each_listed_person, schema_people
from .copyright_block_persons import writer_the_copyright_block_and_article_name
from .copyright_owners import (
    owner_the_article_author_and_footer_call,
    owner_the_footer_and_host_name,
    owner_the_meta_footer_and_host_call,
)
from .credited_authors import credited_author
from .dashed_affiliation_rows import people_each_beside_a_dash
from .editor_codes import editor_behind_the_code
from .emptied_markers import authors_nested_in_an_emptied_marker
from .entry_spelt_authors import authors_spelt_as_its_entry
from .footer_holders import writer_the_footer_holds
from .given_name_authors import given_name_in_full
from .greeting_names import writer_behind_the_greeting
from .han_named_blogs import blogger_the_chinese_blog_name_names
from .host_handles import owner_the_host_spells
from .html_meta import Page
from .lab_meetings import host_of_the_meeting
from .labelled_creators import without_labelled_others
from .license_box_writers import person_the_license_box_signs
from .meta_authors import several_author_tags, weighed_against_byline
from .named_blogs import blogger_before_the_bar
from .named_sites import owner_the_sites_name_and_footer_link_home, owner_the_sites_name_and_trade_give
from .names import covers, fullest_names
from .own_entry_writers import writer_its_own_entry_names
from .own_talks import owner_giving_the_talk
from .owned_sites import (
    owner_named_by_the_navbar_brand,
    owner_of_the_masthead_after_a_bar,
    owner_of_the_sites_name,
)
from .possessive_blogs import blogger_of_the_possessive_name
from .preview_paper_pages import authors_behind_honorifics
from .project_pages import byline_over_its_abstract, project_byline
from .pubdated_articles import writer_of_the_pubdated_article
from .published_authors import author_who_publishes
from .republished_pieces import over_the_sites_account
from .shown_apostrophes import apostrophes_as_shown
from .signed_handles import handle_the_post_signs
from .signless_copyrights import owner_the_copyright_block_names
from .site_named_handles import handle_the_sites_name_holds
from .site_staff import named_the_site_alone, without_site_staff
from .site_titled_bloggers import blogger_the_sites_title_names
from .slugged_authors import names_of_slugs
from .standards import editors_in_head
from .submitted_lines import writer_above_heading, writer_of_the_submitted_line
from .talk_speakers import speaker_the_heading_names
from .template_example_authors import without_the_templates_example
from .whole_names import names_shown_whole
from .writer_row_handles import handle_of_the_writer_row_footer_and_host, name_the_writer_row_and_footer_link


def authors_of(
    page: Page, url: str, title: str | None, sources: list[dict[str, Any]], body: BodyRecord,
    known_to_a_row: bool,
) -> list[str] | None:
    """The page's authors, each a person's display name; `sources` the meta's fields (HighWire, Dublin
    Core, Open Graph, JSON-LD, in that order), `body` what the publisher rows and the record's reader
    found, `known_to_a_row` whether a publisher row knows the page (its text is then not searched)."""
    spellings = [source.get("spellings") or [] for source in sources]
    # The byline a publisher row reads spells the same people in full ("Andrew J. Foulkes" for
    # citation_author "Foulkes, Andrew J").
    # Editors Dublin Core labels so are no authors where citation_author lists them after the authors (CSRC).
    creators = page.every("dc.creator", "dcterms.creator")
    listed = [without_labelled_others(creators, source.get("authors") or []) for source in sources]
    authors = fullest_names(listed + spellings + [body.authors])
    # A meta author named by a first name alone ("Todd") whom the page shows whole ("Todd Bates").
    authors = names_shown_whole(page, authors)
    if body.authors and (body.authors_over_meta or not authors or covers(body.authors, authors)):
        authors = body.authors
    if authors and not body.authors and _posted_by(page, sources, authors):
        # JSON-LD alone names people, and the page shows none of them: the account that posted the page
        # (Harvard Law Review's web editor, whom its twitter:data1 calls the writer). The byline under the
        # heading names the article's authors.
        authors = byline(page, title) or authors
    if authors and not body.authors:
        # No publisher row read the byline, and the meta's names may be poorer than it; the text of
        # a page a row knows is not searched for signs of that (it costs more than the row saves).
        dublin_core = bool(sources[1]["authors"]) and not sources[0]["authors"]
        authors = weighed_against_byline(page, title, authors, dublin_core, search_text=not known_to_a_row)
        # Hugo Blox's JSON-LD names a paper's first author alone; its metadata line under the heading names
        # them all (Kevin van Liebergen's page, 2026).
        if authors and (line := authors_of_the_metadata_line(page, title)) and covers(line, authors):
            authors = line
    # Schema.org people marked up in the body (Atypon's RDFa bylines): the last resort, as HighWire
    # marks only some of its byline so.
    authors = authors or schema_people(page) or None
    # Meta for pages pandoc makes (Quarto, R Markdown): one plain author tag a person.
    authors = authors or several_author_tags(page) or None
    # …or the one author meta's person whom a web book's title block shows under its title (bookdown's
    # GitBook header: h1.title, p.author; Iñaki Úcar's thesis, round 225).
    authors = authors or author_of_the_title_block(page) or None
    # …or the one author meta's person whom the publisher and copyright meta name too (Internetchemie, 2021).
    authors = authors or author_who_publishes(page) or None
    if not authors and not body.posted_by_the_site:
        # Meta that names nobody (a title in Open Graph, a date in Dublin Core) says nothing of the
        # byline a reader sees: the page reads it as a page without meta would.
        # A paper's project page sets its byline out as no publisher does (a link to each author's home
        # page, marks in <sup>): read first where its buttons say it is one.
        # A technical report's head lists its editors under the title (W3C's 'Editors:' <dl>), where no
        # byline stands.
        authors = (editors_in_head(page, title) or project_byline(page, title) or byline(page, title)
                   # …or the people of the list of name cards after the heading (Corti's sidebar, 2025).
                   or people_of_the_name_cards(page, title)
                   # …or the names of Hugo Blox 0.4's metadata line under the heading (ConsHerpLab's, 2025).
                   or authors_of_the_metadata_line(page, title)
                   # …or, last, the people a byline's paragraph was closed before (its <div>s after it).
                   or authors_nested_in_an_emptied_marker(page)
                   # …or the marked names under the heading of a paper's page headed 'Abstract' further down
                   # (E1 TTS's online supplement, round 174), read as a project page's byline.
                   or byline_over_its_abstract(page, title)
                   # …or the people of a table right under the heading, a cell a person's name over their
                   # affiliation (the International Conference on Live Coding's pandoc-built papers, 2015).
                   or people_of_the_author_table(page, title)
                   # …or a run of like elements under the heading, each a person, a dash and their
                   # institution (IEEE VIS's program pages, round 197: h4.paper-authors 'Devin Lange -
                   # University of Utah, …').
                   or people_each_beside_a_dash(page, title) or None)
    # …or, a paper page of Academic 4 whose front matter lists no authors (no authors line under the h1), the
    # one person its one author card names after the text (Hanno Reuvers's, 2019).
    authors = authors or author_of_the_card(page)
    # …or, a post of Academic 4 showing no byline, the one person its one author card after the text names
    # whom its one author meta names too (Sho Shimoyama's, 2019: 'Sho Shimoyama (下山 翔)' in both).
    authors = authors or writer_of_the_post_card(page)
    # …or, with no byline at all, the writer the author meta names and the credits label 'Author:' too.
    authors = authors or credited_author(page)
    # …or the person the one author meta names by a given name alone, whom the page marks up whole as a
    # schema.org Person (Aktion Hummelschutz, 2017: 'Cornel', the footer's copyright holder, 'Cornel van
    # Bebber').
    authors = authors or given_name_in_full(page)
    # …or the person the footer's copyright line names whom the one author meta names too, whole, by the given
    # name or by a handle (Kan-Hua Lee's blog, 2020: '© 2020 Kan-Hua Lee'; Dion Häfner's, 2021: 'Dion').
    authors = authors or writer_the_footer_holds(page)
    # …or the one author Person of the post's article item, whom the footer's copyright block (its sign an
    # icon)
    # opens with (Maple's Blog, Hexo ARIA, round 222: 'Maple W'; copyright_block_persons.py).
    authors = authors or writer_the_copyright_block_and_article_name(page)
    # …or the one author meta's person, where the heading heads an HTML5 article's header beside the time it
    # marks as the article's publication (Pythonic Perambulations, 2017, Pelican: <time pubdate>).
    authors = authors or writer_of_the_pubdated_article(page, title)
    # …or the people a box after the text lists under a line saying they wrote it ('This release was authored
    # by:', Common Crawl's blog, 2024).
    authors = authors or writers_of_the_credits_box(page)
    # …or the person a post's footer links as its author (rel=author, to their page of posts).
    authors = authors or marked_author_link(page) or None
    # …or, a one-person blog's post, the blogger its masthead names (Schneier on Security, 2012).
    authors = authors or blogger_of_the_masthead(page)
    # …or the writer its own "Posted by …" line names under the text (Econbrowser, Experimental Philosophy,
    # the TED Blog, 2012).
    authors = authors or poster_of_the_post(page)
    # …or the writer a box right above the heading links to their page of articles (Healthcare IT News, 2012).
    authors = authors or writer_above_heading(page, title) or None
    # …or the writer Drupal's submitted line under the heading names ('Submitted by Annabel Tautou on Sat,
    # 01/14/2012 - 05:20', French Tribune, 2012).
    authors = authors or writer_of_the_submitted_line(page, title) or None
    # …or, last, the names alone that close the text, its signature (SimplyScience, 2012).
    authors = authors or signed_at_its_end(page, title)
    # …or the writer a labelled line after the text's last paragraph names ('Autor: Anna Błońska', Kopalnia
    # Wiedzy, 2012).
    authors = authors or author_on_a_line_after_the_text(page, title)
    # …or the one person an "About the author" box's paragraph opens with, linked (Bjango's articles, 2016).
    authors = authors or writer_about_the_author(page)
    # …or, a one-person blog's post, the blogger its header names as the blog's tagline (Sprachpunkt, 2019).
    authors = authors or blogger_of_the_tagline(page)
    # …or, a one-person blog's post, the blogger its header's possessive name names (Bert Hubert's, 2026).
    authors = authors or blogger_of_the_possessive_name(page)
    # …or, a one-person blog's post, the blogger its header's h1 names before a bar (apophenia, 2012).
    authors = authors or blogger_before_the_bar(page)
    # …or, a one-person site's piece, the person the site is named for: its whole <title>, which its home link
    # shows (Maria Antoniak's, 2022).
    authors = authors or owner_of_the_sites_name(page, url, title)
    # …or the person the <title> names after the piece's title and ' | ', whom the masthead's h1 links home
    # (M.E. Irizarry-Gelpí's Pelican site, 2018).
    authors = authors or owner_of_the_masthead_after_a_bar(page, url, title)
    # …or the owner the navbar's brand names, the <title> naming the site by words (A Rogue Historian, 2018).
    authors = authors or owner_named_by_the_navbar_brand(page, url, title)
    # …or, last, a one-person site's piece, the one person a link names whose name the host's handle spells
    # (bblais.github.io, 'Brian Blais', 2018): a theme credit alone names no writer, the host makes it his.
    authors = authors or owner_the_host_spells(page, url, title)
    # …or, a one-person site's post, the footer's copyright holder whose whole name the host spells past its
    # 'www' (std::bodun::blog, 2023: 'Copyright © 2026 Bodun Hu' at www.bodunhu.com).
    authors = authors or owner_the_footer_and_host_name(page, url)
    # …or, a one-person site's post, the handle alone that its one author meta, its footer's copyright line
    # and its host all give (ldihao's blog, 2020: 'ldihao' at ldihao.github.io, '© 2019 - 2020 ldihao').
    authors = authors or owner_the_meta_footer_and_host_call(page, url)
    # …or the one word the post's article:author and the footer's copyright line both give, whatever the
    # host (OZ's notes on Machine Learning, 2021: 'OZ', '© 2021 OZ').
    authors = authors or owner_the_article_author_and_footer_call(page)
    # …or the one word the post's article:author gives that the site's own name holds as a word of its own
    # (HXY's Academic Space, 2026: 'hxy'; site_named_handles.py).
    authors = authors or handle_the_sites_name_holds(page)
    # …or the handle its own labelled writer row links home, which the footer's copyright line links as its
    # holder and the host is (IrvingBei's Hexo Matery blog, 2018: '文章作者: IrvingBei';
    # writer_row_handles.py).
    authors = authors or handle_of_the_writer_row_footer_and_host(page, url)
    # …or the name that row links to the site's page about its writer, the footer's copyright line linking the
    # same name there (xiaoxiaojiea's Hexo Matery notes, round 251: '文章作者: 小小'; writer_row_handles.py).
    authors = authors or name_the_writer_row_and_footer_link(page)
    # …or the dotted handle its author meta and article:author both give, which its byline shows (JRHU0048's
    # Hexo Fluid post, round 241: 'JR.HU'; signed_handles.py).
    authors = authors or handle_the_post_signs(page)
    # …or the one author of the post's own citation entry, its BibTeX block titled as the post is, whose word
    # the author meta signs alone (Yunfei Zhao's Hexo Fluid post, round 258: 'Yunfei'; own_entry_writers.py).
    authors = authors or writer_its_own_entry_names(page, title)
    # …or the one person's whole name its author meta, its article:author and its license box's '作者' row
    # all give (Jiashi Zhang's Hexo Fluid post, round 261; license_box_writers.py).
    authors = authors or person_the_license_box_signs(page)
    # …or, a one-person site's post, the person the site's name is, its tagline naming a trade and its
    # footer's copyright line the same name (Kijung Jeon's Hugo Stack site, 2023: 'KIJUNG JEON' over
    # 'Undergraduate student (KAIST, …)', '© 2023 - 2024 KIJUNG JEON').
    authors = authors or owner_the_sites_name_and_trade_give(page)
    # …or, a one-person site's post, the person its navbar's brand and og:site_name name, whose family name
    # the host is (Andre Frankenthal's Wowchemy site, 2019: 'Andre Frankenthal' at frankenthal.dev).
    authors = authors or owner_the_brand_and_host_name(page, url)
    # …or, a one-person site's post, the person the site's name is, linking home, whom the <title> names after
    # the post's title and the footer's copyright line holds linked home (Solang Kim's Hugo blog, 2021:
    # a.site-name 'Solang Kim', '… - Solang Kim', '© 2022 Solang Kim').
    authors = authors or owner_the_sites_name_and_footer_link_home(page, url)
    # A talk's or a seminar's page whose heading names its speaker ('Jamie Freestone's talk on …', 'Xumeng
    # Wang presenting …'): the speaker is its author, over the author meta of the site's maker (ZJU VAI,
    # 2020).
    authors = speaker_the_heading_names(url, title) or authors
    # …or, with nothing else, the presenter a lab-meeting page's 'Host:' line names (lab_meetings.py).
    authors = authors or host_of_the_meeting(page) or None
    # …or, a talk's page of a one-person site that names no speaker, the owner its author meta names, whom the
    # site is named for (Agah Karakuzu's Academic talk page, 2021).
    authors = authors or owner_giving_the_talk(page)
    # …or, a lab's page of one paper that names its authors only in the text's APA citation of its title
    # (Hugo Apero's publication post: cited_paragraphs.py).
    authors = authors or authors_its_citation_names(page, title)
    # …or, last, the names behind academic honorifics in an element classed as the post's or the content's
    # author line ('Professor Michael Plank, Dr Rachelle Binny, …': AUSCMI's Eleventy paper page, 2021).
    authors = authors or authors_behind_honorifics(page) or None
    # …or, last, a one-person blog's post, the owner whose whole name opens the footer's copyright block that
    # the theme writes without a sign (silly onions' Hugo terminal theme, 2020: 'Aarush Ahuja :: 2020').
    authors = authors or owner_the_copyright_block_names(page)
    authors = _hyphens_as_shown(page, authors)
    # …and a name's apostrophe as the page shows it, where the meta typed it plain (a Manubot manuscript's
    # citation_author "Viren D'Sa" for its 'Authors' list's "Viren D’Sa", round 189).
    authors = apostrophes_as_shown(page, authors)
    # A scholarly-writing template's example author left in the list ('John Doe' of Manubot's template: an
    # ORCID of X's, 'Department of Something, University of Whatever') is no author
    # (template_example_authors.py).
    authors = without_the_templates_example(page, authors)
    # One name read from a line that lists several at commas, each a whole name, is each of them: Hugo
    # Academic of 2018 marks the whole authors line as one author (Jeffrey B. Arnold's: span.pub-authors
    # itemprop="author", 'Jeffrey B. Arnold, J. Tyson Chatagnier, Gary E. Hollibaugh').
    authors = each_listed_person(authors) if authors else authors
    # Names abbreviated family first ('Carter MJ.') where the page's own BibTeX entry spells the same people,
    # in the same order, more fully ('Carter, Michael J.'): the entry's spelling (entry_spelt_authors.py).
    authors = authors_spelt_as_its_entry(page, title, authors)
    # The authors line under the heading of an Academic or Wowchemy paper page, where the JSON-LD names its
    # first author alone (Venance Riblier's, 2023) or the owner's 'with …' line as one author (Anshuman
    # Tiwari's 'with Nick Hagerty', 2025): the line's people, the owner first.
    authors = authors_over_the_meta(page, title, authors)
    # A lab's paper page whose one author meta names none of the people of the authors line under its title
    # over its 'Abstract' heading names the site's maker there (jekyll-seo-tag's site-wide author: the SMOOTH
    # Lab's 'Taylor Salo' over the fifteen authors of its paper, round 235): the line's people.
    if authors and len(authors) == 1 and not body.authors and len(
            line := byline_over_its_abstract(page, title)) >= 2 and not covers(line, authors):
        authors = line
    # A writer named by the slug of their page (the JSON-LD's "creator":"patrick-frye"): the name its link
    # shows.
    authors = names_of_slugs(page, authors)
    # A piece republished from The Conversation: its writers over the account of the site that posted it.
    authors = over_the_sites_account(page, authors)
    # An editor's code closing the item, its mailto link titled with the name, over meta naming the site
    # or its channel as the creator (heise online, 2015: '(bsc)' titled 'Ben Schwan', DC.creator 'Mac & i').
    authors = editor_behind_the_code(page, authors)
    # A name field set to a greeting ('👋 Hey, I'm Yadong', Bansheng's Hugo Blox post, 2026): the person it
    # introduces, whole as the footer's copyright line holds them (greeting_names.py).
    authors = writer_behind_the_greeting(page, authors)
    # The site's own staff where a writer's name belongs ("Gizmodo Staff") is no person.
    staffed, authors = authors, without_site_staff(page, authors, url)
    if staffed and not authors and not body.posted_by_the_site and named_the_site_alone(page, staffed):
        # …and where meta named the site alone as the writer (Makronom's author meta and JSON-LD, 2023), the
        # byline under the heading names the writers, as on a page whose meta names nobody; or, with no
        # byline, the names alone closing the text (VnExpress, 2025: meta and JSON-LD author 'VnExpress', the
        # writer's name in the text's last paragraph).
        authors = without_site_staff(page, byline(page, title) or signed_at_its_end(page, title), url)
    # …or, last, a one-person blog's post signed by a handle alone (which the staff check leaves out), the
    # blogger its header's Chinese name of the blog names, '<name>的博客' (Zephyr's Note, 2024: '贺志飞的博客'
    # over posts whose author link, author meta and JSON-LD Person say 'HeZephyr').
    # …or a one-person blog's post signed by a handle alone, the blogger whom its site's title names whole
    # (Yuqiang Xie's Hexo NexT blog, 2019: span.site-title 'Yuqiang Xie', the posts signed 'IndexFziQ').
    return authors or blogger_the_chinese_blog_name_names(page) or blogger_the_sites_title_names(page)


TYPOGRAPHIC_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-"})


def _typographic_hyphens(text: str) -> bool:
    return text != text.translate(TYPOGRAPHIC_HYPHENS)


def _hyphens_as_shown(page: Page, authors: list[str] | None) -> list[str] | None:
    """Names meta writes with a typographic hyphen (Wiley's citation_author "Tse, Kwong‐Ming", U+2010)
    that the byline shows with a plain one ("Kwong-Ming Tse"), as the page shows them; a byline that
    writes U+2010 too keeps it."""
    if not authors or not any(map(_typographic_hyphens, authors)):
        return authors
    text = page.whole_text(" ")
    shown = []
    for name in authors:
        words = [word for word in name.split() if _typographic_hyphens(word)]
        plain = all(word not in text and word.translate(TYPOGRAPHIC_HYPHENS) in text for word in words)
        shown.append(name.translate(TYPOGRAPHIC_HYPHENS) if words and plain else name)
    return shown


def _posted_by(page: Page, sources: list[dict[str, Any]], authors: list[str]) -> bool:
    """Whether only JSON-LD names the page's people and the page's text shows none of them."""
    if any(source.get("authors") for source in sources[:3]) or not sources[3].get("authors"):
        return False
    if page.tree.body is None:
        return False
    text = " ".join(page.whole_text(separator=" ").split()).casefold()
    return not any(spelling in text for name in authors for spelling in _spellings(name))


def _spellings(name: str) -> set[str]:
    """The ways a page may write a person's name, in lower case: in full, family name first, and with the
    given names' initials ("ann lee moreno", "moreno, ann lee", "a. l. moreno", "a. moreno")."""
    *given, family = name.casefold().split() or [""]
    if not given:
        return {family}
    initials = [f"{part[0]}." for part in given]
    return {" ".join((*given, family)), f"{family}, {' '.join(given)}", " ".join((*initials, family)),
            f"{initials[0]} {family}"}
