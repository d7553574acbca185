"""Kinds of page no meta calls a paper that are still a dated piece of their site: a post, a release, a
news item, a registry's record. Each kind is a reader of the page, its meta title (None without meta) and
its address, giving the piece's record (its title, writers and the day it shows) or None; scholarly.py
tries each table's kinds in order, the first found being the page's record. A new kind of page is a line
in one of these tables, where the kinds it must come after and before are.
"""

from __future__ import annotations

from collections.abc import Callable

from .ablog_navigation import post_between_its_neighbours
from .ablog_postcards import ablog_post
from .article_meta_headings import post_in_its_article_meta
from .blogger_posts import blogger_post
from .body import BodyRecord
from .breadcrumb_issues import dated_by_its_issue
from .broken_headlines import headline_over_its_day
from .bulleted_bylines import post_over_a_bulleted_byline
from .bylined_stories import heading_before_the_sites_name, heading_the_tab_is
from .closing_dates import dated_at_its_close
from .closing_day_posts import post_dated_at_its_close
from .closing_info_posts import post_dated_in_its_closing_info
from .data_block_days import dated_by_its_data_block
from .dated_headings import dated_beside_its_heading
from .dated_leads import dated_lead
from .dateline_releases import dateline_release
from .detail_lists import story_over_its_details
from .font_headlines import font_headline_story
from .header_times import dated_in_its_header
from .hgroup_days import dated_in_the_sites_hgroup
from .html_meta import Page
from .labelled_headings import item_under_its_labelled_heading
from .labelled_items import labelled_item
from .logo_headed_items import item_under_the_logos_heading
from .meta_dated_items import item_dated_by_its_publication_meta
from .microdata_articles import microdata_article
from .news_releases import dated_in_the_line_under_its_heading, dated_release
from .own_entries import dated_by_its_own_entry
from .parsely_meta import parsely_story
from .permalinked_posts import permalinked_post
from .played_episodes import played_episode
from .post_header_items import item_under_its_post_header
from .posted_slash_lines import posted_story
from .posting_notes import posted_report
from .pubdated_pieces import pubdated_article
from .quarto_title_blocks import quarto_post
from .quoted_citations import cited_by_itself
from .registered_studies import registered_study
from .relative_days import dated_today_under_its_heading
from .reporter_boxes import story_under_its_reporter_box
from .scholar_table_pages import dated_under_the_sites_name
from .sectioned_posts import post_of_its_section
from .sender_releases import release_under_its_senders_line
from .shown_titles import heading_the_tab_repeats
from .side_column_days import dated_by_its_side_column
from .signed_headings import post_under_its_signed_line
from .submitted_lines import submitted_story
from .timed_headings import dated_by_the_time_under_its_heading
from .titled_articles import titled_article
from .untexted_items import item_under_the_tabs_heading
from .viewed_days import dated_by_its_views_line
from .wire_stories import wire_story
from .wrapped_headings import dated_under_its_wrapper

Kind = Callable[[Page, str | None, str], BodyRecord | None]

# Posts their blog or their analytics mark as such, sought on any page.
MARKED_POSTS: tuple[Kind, ...] = (
    # A story Parse.ly's page meta names, its type "post", with its writer and its day, as a JSON-LD
    # article naming its author is (Ars Technica, 2020: no author or date meta, no datePublished).
    lambda page, title, url: parsely_story(page, title),
    # The one post a Blogger page shows under its date header, unmarked by hAtom (Physics Buzz, 2012): its
    # title, its footer's "Posted by" and the header's day.
    lambda page, title, url: blogger_post(page),
    # A blog post whose heading links its own dated address and shows its month and day (Sciblogs'
    # WordPress theme, 2012: the permalink the title, 'Jul 26' beside it, /2012/07/26/ the address).
    lambda page, title, url: permalinked_post(page, url),
    # A Sphinx blog's post, ABlog's postcard beside it giving its day and its authors (ACT's documentation
    # blog, 2024: no meta but the <title>, which opens with the post's h1).
    lambda page, title, url: ablog_post(page),
    # …or, without a postcard, known by ABlog's own markup, undated: its blog's Atom feed, ABlog's classes in
    # its style sheet, its previous/next post navigation after the h1's section (Urban Grammar AI, 2021).
    lambda page, title, url: None if title else post_between_its_neighbours(page),
    # A post its Open Graph meta call a dated article of the section its address names, its title shown only
    # in the header where no h1 stands (the ELF Lab's news post, 2026, Hugo Ananke: article:section 'post').
    post_of_its_section,
)

# Releases and stories dated under their heading, on a page that lists no papers (as those below).
DATED_STORIES: tuple[Kind, ...] = (
    # An institution's news release: its day under the heading, its text opening with a dateline.
    lambda page, title, url: dated_release(page, title),
    # A wire story: its day's line under the heading, its writer's name alone, and a text opening with the
    # agency's dateline (Reuters Health, 2013: 'NEW YORK (Reuters Health) - ').
    lambda page, title, url: wire_story(page, title),
    # Without meta, a story under the heading its <title> repeats, dated by Drupal's "submitted" line
    # under it (Healthcare IT News, 2012: span.submitted 'TOPEKA, KS | November 28, 2012'), or under the
    # heading the <title> gives before the site's name, the h1 the site's name alone (News Tonight Africa,
    # 2012: the h2, then 'Submitted by Daphney Choshi on Thu, 01/12/2012 - 09:52').
    lambda page, title, url: submitted_story(page, title) if title else (
        submitted_story(page, heading_before_the_sites_name(page))
        or submitted_story(page, heading_the_tab_repeats(page))),
    # Without meta, a post under the heading its <title> opens with before the blog's name, its 'Written By:'
    # line under it closed by a day with bullets (Healthcare Economist, 2012: 'Jason Shafrin - Oct• 29•12').
    lambda page, title, url: post_over_a_bulleted_byline(page, title),
    # Without meta, a release under the heading its <title> is, its day and time on the line above, its
    # sender's name opening the heading under it (idw, 2023: <em>01.11.2023 11:35</em>, the h4, h5.subheader).
    lambda page, title, url: release_under_its_senders_line(page, title),
    # Without meta, a story under a headline paragraph its <title> opens with, its bracketed posting line
    # right under it naming its writer and its day, read as its weekday says (irishhealth.com, 2012: '[Posted:
    # Thu 12/01/2012 by Deborah Condon www.irishhealth.com]').
    lambda page, title, url: None if title else posted_story(page),
    # Without meta, a story under a headline paragraph its <title> opens with, its day after a line break in
    # that paragraph (Scientific Frontline, 2012: '<B>Predators Pick Prey …</B><BR>Thursday, January 12, …').
    lambda page, title, url: None if title else headline_over_its_day(page),
    # A story whose heading is followed right away by a short list of its details, the writer's name alone in
    # one item and the day alone in another; without meta, the heading its <title> repeats (The Age, 2008:
    # ul.articleDetails '<li><strong>Nick Miller</strong></li><li>August 18, 2008</li>').
    lambda page, title, url: story_over_its_details(page, title or heading_the_tab_repeats(page)),
    # Without meta, a story under an element classed as its title that the <title> holds, no heading element,
    # dated by a labelled publication line a few elements under it, its dek the subtitle right under it (ΤΟ
    # ΒΗΜΑ, 2011: div.article_title, div.article_subtitle, div.article_info 'ΔΗΜΟΣΙΕΥΣΗ:  28/12/2011, 15:17').
    lambda page, title, url: None if title else titled_article(page),
    # …or by its reporter's box, an element its id or class calls the reporter's, the name alone in one line
    # and the day alone in another (NOWnews, 2012: div#reporter_info's h2 '方齡' and p '2012年1月16日 00:03').
    lambda page, title, url: story_under_its_reporter_box(page, title or heading_the_tab_repeats(page)),
)

# News items and episodes dated in or beside their heading.
DATED_ITEMS: tuple[Kind, ...] = (
    # A news item whose first paragraph under the heading opens with its day in brackets, its lead
    # (transgen.de, 2018: "(18.01.2018) Deutschlands Landwirte …", wholly in bold).
    lambda page, title, url: dated_lead(page, title or heading_the_tab_is(page)),
    # An article its template marks up as a schema.org Article in microdata, with its headline and its
    # day (TYPO3's news, the Max Planck Institute for Meteorology, 2022), as JSON-LD would.
    lambda page, title, url: microdata_article(page, title),
    # An episode page whose player marks up the one episode it plays in microdata, named by the page's
    # title, its day and its author (NDR Info's Coronavirus-Update, 2020: an AudioObject).
    lambda page, title, url: played_episode(page, title),
    # A page that gives its own citation under a label saying so, its title quoted between its creator
    # and its day (Resonator's episodes, 2019: 'Diese Folge zitieren: Holger Klein/…').
    lambda page, title, url: cited_by_itself(page, title or heading_the_tab_is(page)),
    # A news item whose heading is followed by its publication line, its day classed as a date (the APA's
    # blog, 2024: <li class="c-meta__date">December 24, 2024</li>). Without meta, the h1 its <title>
    # repeats before the site's name (HBS Working Knowledge, 2004: div.date '10/18/2004').
    # A day in figures that may be day or month first read as the dated address names it (Комментарии,
    # 2011: '08/12/2011' under the h1, /2011/12/08/ the address).
    # Without meta, an h2 or h3 the <title> is word for word where no h1 is repeated (Biolog.pl, 2011: the h2,
    # then p.timestamp '2011-12-16 21:12:17').
    lambda page, title, url: dated_in_the_line_under_its_heading(
        page, title or heading_the_tab_repeats(page) or heading_the_tab_is(page), url),
    # …or, its text too short to run as prose, by the meta line of the header its theme classes as the
    # post's, the post's content classed so right after (a Jekyll al-folio news item, NYU's R/AI, 2026:
    # header.post-header with the h1 and p.post-meta 'May 1, 2026', then article.post-content, one sentence).
    # Without meta, the post header's h1 that the <title> opens with.
    lambda page, title, url: item_under_its_post_header(page, title),
    # …or by that line right under the wrapper that holds the heading alone (news.com.au, 2012: div.story-info
    # 'From: News Limited Network', li.date-and-time 'November 06, 2012 11:18AM', under div.story-headline).
    lambda page, title, url: dated_under_its_wrapper(page, title),
    # …or by the one time classed as published in the <header> that holds the heading, a subtitle between
    # them (Hugo's Stack theme, EIS1600's post, 2022: time.article-time--published 'Nov 21, 2022').
    lambda page, title, url: dated_in_its_header(page, title),
    # A news item whose day stands alone right above or below its heading (the Hertie School, 2019: an
    # unclassed <span>02.12.19</span> over the h1). Without meta, the heading its <title> repeats before
    # the site's name, its day right above it (ZAMG's climate news, 2022: <h3>21.01.2022</h3> over the h1).
    # …or the h2 the <title> is word for word, under the section's h1, a line classed as the date right above
    # it, its time of day before the day (Kurskweb, 2011: p.date '15:13 09 декабря 2011' over the h2).
    lambda page, title, url: (dated_beside_its_heading(page, title) if title else
                              dated_beside_its_heading(page, heading_the_tab_repeats(page), above_only=True)
                              or dated_beside_its_heading(page, heading_the_tab_is(page), above_only=True)),
    # Without meta, an item whose <title> names it by its kind abbreviated, a colon and its heading's last
    # line, the heading's first line spelling that kind out, dated by the day right under it (NIAID's
    # questions-and-answers page, 2014: 'Q&A: Phase 1 …', the h3 'QUESTIONS AND ANSWERS<br>Phase 1 …').
    lambda page, title, url: None if title else item_under_its_labelled_heading(page),
    # Without meta, a post under the heading its <title> repeats before the blog's name in brackets, dated by
    # a time element right under it whose whole text is its day (Maurycy's blog, 2026: <time>2026-06-19).
    lambda page, title, url: dated_by_the_time_under_its_heading(page, title),
    # Without meta, a post under the heading its <title> repeats, alone in its wrapper, dated by the day
    # heading the side column of the row right after it, the text in the column beside (EO & DA Ramblings,
    # 2012: div.content-title's h1, then div.span2 opening with <p>Mon 23 July 2012</p>, then div.span8).
    lambda page, title, url: dated_by_its_side_column(page, title),
    # An HTML5 article whose header holds the heading, dated by the one time element of the article marked
    # `pubdate`, in an aside of its details after the text (Ariel Rokem's blog, 2014: 'Published', the time).
    lambda page, title, url: pubdated_article(page, title),
    # A story whose day closes its text, a line classed as a date at the end of the heading's block. Without
    # meta, the h1 its <title> repeats before the section and the site's name (Yomiuri Online, 2011:
    # div.date-def '（2011年4月15日12時24分  読売新聞）' after the <p>s).
    lambda page, title, url: dated_at_its_close(page, title or heading_the_tab_repeats(page)),
    # …or a line unclassed that opens with the day and holds the count of the story's views alone after it.
    # Without meta, the h1 its <title> repeats before the paper's name (Капитал страны, 2012: '06.01.2012.
    # Просмотров: 527' after div.newsItemText).
    lambda page, title, url: dated_by_its_views_line(page, title or heading_the_tab_repeats(page)),
    # A post under the page's one h1, its meta titles the site's name alone, whose text closes with a line of
    # days, one the day its dated address names (Maria Antoniak's Jekyll site, 2022: '<em>Updated March 19,
    # 2023</em> <br /><em>July 27, 2022</em>', the address /2022/07/27/).
    post_dated_at_its_close,
    # Without meta, an item whose h1 is the site's logo, the <title> its h2 headline and then that name after
    # a space, its day opening the line under the h2 (松花江网, 2022: '2022-02-13 09:57 光明网').
    lambda page, title, url: None if title else item_under_the_logos_heading(page),
    # A report whose first paragraph under its heading notes the day it was posted, before its issue (MMWR's
    # archive, 2007: 'On December 19, this report was posted as an MMWR Dispatch …', the year the plain
    # Date meta's). Without meta, the h1 its <title> repeats.
    lambda page, title, url: posted_report(page, title or heading_the_tab_repeats(page)),
    # Without meta, a page's one item with no text of its own: the h2 its <title> gives before the site's
    # name, no h1 over it, its day classed as a date right under it (Portal to the Universe's page of a
    # podcast's episode, 2020: span.date '4 May 2020, 23:16 UTC', the player).
    lambda page, title, url: None if title else item_under_the_tabs_heading(page),
    # An Open Graph article whose day stands alone in its sidebar header's heading group, right after the
    # site's name linked to its home (Gaël Varoquaux's blog, 2009: hgroup's h2 in a link, then the day's p).
    lambda page, title, url: dated_in_the_sites_hgroup(page, title, url),
    # A post under the h1.title of Quarto's title block that the <title> (and an Open Graph title, its copy)
    # repeats after the blog's name, its day in the block's "Published" cell (Tristan Mahr's blog, 2023).
    lambda page, title, url: quarto_post(page, title),
    # Without meta, a researcher's page of one paper under the site's name (the <title> and the one h1 its
    # logo): its h2 dated by the element classed as a date right over it, its one paragraph the abstract and
    # the Google Scholar table after it naming the paper's authors (Douglas Kelley's Pelican site, 2014:
    # div.pennant.date '2014-12-01', h2 'Future Carbon in Australia', 'DI Kelley, SP Harrison').
    dated_under_the_sites_name,
)

# Pages dated by what surrounds them: their issue, a label, a data block, their entry in a list.
DATED_RECORDS: tuple[Kind, ...] = (
    # An article whose breadcrumb steps through its issue's month (the Vogelwarte's avinews, 2021: '… >
    # avinews > Dezember 2021 > …'), which shows no day.
    lambda page, title, url: dated_by_its_issue(page, title),
    # A Chinese site's news item: in its heading's block a labelled publication line ("发布日期:
    # 2012-06-24", the CMSE site, 2012) and the text's prose.
    lambda page, title, url: labelled_item(page, title),
    # A registry's record of a study: the day it was first posted under a label saying so, and its
    # summary after a label of its own (ClinicalTrials.gov, 2018: 'First Posted : November 19, 2018',
    # 'Brief Summary:').
    lambda page, title, url: registered_study(page, title),
    # A release whose data block under its heading pairs labels and values, the label "Datum" before its
    # day (the BSI's press release, 2022: p.docData 'Ort Saarbrücken', 'Datum 28.01.2022'). Without meta,
    # the heading its <title> repeats after the site's name (the BfS's, 2022).
    lambda page, title, url: dated_by_its_data_block(page, title or heading_the_tab_repeats(page)),
    # A page dated only by its own entry in the site's list of its pages beside it, the day its
    # article:published_time states (DenkmalPraxisModerne's case study, 2015: the sidebar's list).
    dated_by_its_own_entry,
    # Without meta naming its title, the heading its <title> repeats after the site's sections, dated by a
    # plain publicationDate meta whose day the page shows (CORDIS, 2017: 'Last updated on: 2017-10-05').
    lambda page, title, url: item_dated_by_its_publication_meta(page, title),
    # A post its Open Graph meta call a dated article, its h1 in its <article>, whose info block after the
    # article shows the meta's day (Luke Salamone's blog, 2023, Hugo's hello-friend theme: div.post-info).
    # Late: a story whose byline and day its own readers find under the heading (NZ Herald, 2017) is
    # read by them, its writer with it; this reader names none.
    lambda page, title, url: post_dated_in_its_closing_info(page, title),
    # Last, a story whose only day is relative, 'today' or 'yesterday' and a time as the first words under its
    # heading, read as of the capture's day (IVONA, 2012: h2.g-pr, then <span>Сегодня, 11:09</span>).
    lambda page, title, url: dated_today_under_its_heading(page, title),
)

# Without meta, pages made by hand: no heading of words, their day in their text.
HAND_MADE_STORIES: tuple[Kind, ...] = (
    # A release whose text opens with its dateline under a bold headline (Washington University's medical
    # school, 1999: 'St. Louis, May 19, 1999 – …' under <b><font size=4>).
    lambda page, title, url: None if title else dateline_release(page),
    # A page without headings of words: its largest type the headline over a "By" line, the day it gives
    # its issue (Stanford Report, 1999: <font size="5">, 'Issue of January 13, 1999').
    lambda page, title, url: None if title else font_headline_story(page),
    # A hand-made post whose heading the <title> opens with before its owner's name, signed and dated by a
    # line of that name and the day right under it, whatever its Open Graph title says (Thomas Kipf's GCN
    # post, round 229: 'Thomas Kipf, 30 September 2016'; signed_headings.py).
    lambda page, title, url: post_under_its_signed_line(page),
    # A post whose heading block holds its title, byline and day as three headings classed so (Hugo's XMin
    # theme, Yiding Jiang's blog, round 229, after its final held-out figure; article_meta_headings.py).
    lambda page, title, url: post_in_its_article_meta(page),
)


def first_piece(page: Page, title: str | None, url: str, kinds: tuple[Kind, ...]) -> BodyRecord | None:
    """The record of the first of these kinds the page is, or None."""
    for kind in kinds:
        if found := kind(page, title, url):
            return found
    return None
