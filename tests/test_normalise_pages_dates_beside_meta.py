"""Publication dates a page of an unknown site shows beside the date its meta states (the label that
opens its element, "Published online 27 March 2013", dates a paper whose meta gives its issue's
date), or in place of one (its citation line's year before its DOI).

Every field of every corpus page is checked by scripts/fidelity (tests/test_fidelity.py); these pages
are small and made up, showing each pattern without a publisher's row in normalise/sites.py.
"""

from __future__ import annotations

import pytest

from normalise_pages_helpers import _ROUND_ABSTRACT
from papershelf.normalise.pages import normalise_page

_URL = "https://journal.example.org/article/round-things"


def _page(body: str, issue: str = "2015/01") -> str:
    # A journal's record: HighWire-style meta whose only date is the issue's month.
    return (
        "<html><head><meta name='citation_title' content='Why round things are round'>"
        "<meta name='citation_author' content='Ann Round'>"
        f"<meta name='citation_publication_date' content='{issue}'>"
        "<meta name='citation_journal_title' content='Journal of Round Things'></head><body>"
        f"<h1>Why round things are round</h1>{_ROUND_ABSTRACT}{body}</body></html>"
    )


def _published(html: str) -> str | None:
    return normalise_page(_URL, html).papers[0].published


@pytest.mark.parametrize("shown", [
    "<li>Published online: 27 March 2013</li>",
    "<div>Published online 2013 Mar 27.</div>",
    "<li><span class='label'>Published Online First</span> 27 March 2013</li>",
    "<ol><li>Version of Record online: 12 APR 2013</li><li>Accepted manuscript online: 27 MAR 2013</li>"
    "<li>Issue online: 8 JAN 2015</li></ol>",
])
def test_a_publication_label_opening_its_element_dates_the_paper_before_its_issue(shown):
    # PMC, BMJ, Wiley, Taylor & Francis, ECS, eLife, F1000Research…: the meta's date is the issue's
    # (January 2015), the page labels the day the paper came out online, in a box the table reads for
    # a known site; a site nobody has seen shows it the same way.
    assert _published(_page(f"<div class='dates'>{shown}</div>")) == "2013-03-27"


def test_without_a_label_the_meta_date_stands():
    assert _published(_page("<p>Round things roll.</p>")) == "2015-01"


@pytest.mark.parametrize("other", [
    # A sentence about another version: the label is one of its words.
    "<div>Note that a preprint also exists, first published August 2, 2012.</div>",
    # A reference's own label, inside the cited work's <cite>.
    "<cite><span>Published online 3 May 2012</span> Flat things. J Flat.</cite>",
    # A sidebar's other paper, years before this one's issue.
    "<ul><li>Published: 1 January 2001</li></ul>",
])
def test_a_label_in_a_sentence_a_cited_work_or_years_before_the_issue_is_another_papers(other):
    assert _published(_page(other)) == "2015-01"



@pytest.mark.parametrize("other", [
    "<ol><li><cite><span>Published online 3 May 2012</span> Flat things. J Flat.</cite></li></ol>",
    "<div>Note that a preprint also exists, first published August 2, 2012.</div>",
])
def test_a_label_with_no_date_before_them_does_not_let_a_cited_works_or_a_sentences_label_through(other):
    # "Published: <a>Journal of Round Things</a>", a label closing its text onto an element without a
    # date: _dates_after once read that element's dates into the name of its `opening` flag, and every
    # label after it was read as if opening its element and outside any <cite>.
    venue = "<div>Published: <a href='/j'>Journal of Round Things</a></div><p>Round things roll.</p>"
    assert _published(_page(venue + other)) == "2015-01"


@pytest.mark.parametrize("after", [
    "<ol><li><cite>Flat, C. Flat things. Published online 3 May 2012. J Flat.</cite></li></ol>",
    "<div>Note that a preprint also exists, first published August 2, 2012.</div>",
])
def test_the_block_after_a_label_naming_its_venue_is_no_date_of_the_paper(after):
    # "Published: <a>Journal of Round Things</a>" names where, not when: the element after it is the
    # page's next block, whose dates are a reference's or a sentence's.
    venue = "<div>Published: <a href='/j'>Journal of Round Things</a></div>"
    assert _published(_page(venue + after)) == "2015-01"


@pytest.mark.parametrize("venue", [
    "<div>Published in: 2016 Winter Conference on Round Things (WCRT)</div>",
    "<div><span>Published in:</span> 2016 Winter Conference on Round Things (WCRT)</div>",
])
def test_a_year_opening_a_venues_name_after_a_label_is_no_date_of_the_paper(venue):
    # A proceedings paper's page (IEEE's way, on a site without a row): the conference's name opens with
    # its year, and the proceedings came out the year after, as the meta says.
    assert _published(_page(venue, issue="2017/02/02")) == "2017-02-02"
    # A year alone after the label is one.
    assert _published(_page("<div>First published 2016</div>", issue="2017/02/02")) == "2016"


@pytest.mark.parametrize("history", [
    "<p><span>Received:</span> 01 November 2012; <span>Accepted:</span> 06 May 2013;<br> "
    "<span>Published online:</span> 19 June 2013.</p>",
    "<div><div><p>Received</p><p>01 November 2012</p></div><div><p>Accepted</p><p>06 May 2013</p></div>"
    "<div><p>Published</p><p>19 June 2013</p></div></div>",
])
def test_a_meta_date_the_history_labels_as_accepted_does_not_date_the_paper(history):
    # Frontiers (2013-2024) writes the acceptance as citation_online_date; its history labels it.
    html = _page(history, issue="2013/06/19").replace(
        "</head>", "<meta name='citation_online_date' content='2013/05/06'></head>")
    assert _published(html) == "2013-06-19"


@pytest.mark.parametrize("history", [
    "<p><span>Submitted:</span> 12 March 2021</p>",
    "<div>Submitted on 12 March 2021</div>",
])
def test_a_history_label_on_the_meta_dates_only_day_does_not_leave_the_paper_undated(history):
    # A preprint server nobody has seen labels the day a paper was posted "Submitted", and its meta
    # states that day alone: dropping it read no date at all.
    assert _published(_page(history, issue="2021/03/12")) == "2021-03-12"


@pytest.mark.parametrize("written", [
    "<p>Date Written: August 28, 2018</p>",
    "<div><p>Date written</p><p>28 August 2018</p></div>",
])
def test_the_date_a_page_labels_as_written_does_not_date_the_paper(written):
    # SSRN's abstract page (2024): citation_publication_date is the 'Date Written' the author put on the
    # paper, citation_online_date the day it was posted, its first appearance ('Posted: 9 Sep 2018').
    html = _page(f"<p><span>Posted: 9 Sep 2018</span></p>{written}", issue="2018/08/28").replace(
        "</head>", "<meta name='citation_online_date' content='2018/09/09'></head>")
    assert _published(html) == "2018-09-09"


def test_a_written_by_line_is_no_date_written_label():
    # A byline that opens with 'Written' names who wrote the paper, not when: its date stays a date.
    html = _page("<p>Written on 3 March 2015 by Ann Round</p>", issue="2015/03/03")
    assert _published(html) == "2015-03-03"


def test_an_accepted_label_running_on_to_another_label_is_no_acceptance_date():
    # Taylor & Francis: "Accepted author version posted online: 15 Apr 2013" then "Published online:
    # 24 Apr 2013", the date of the next line no acceptance's.
    history = ("<div><div>Received 23 Jan 2013</div><div>Accepted 13 Mar 2013</div><div>Accepted author "
               "version posted online: 15 Apr 2013</div><div>Published online: 24 Apr 2013</div></div>")
    html = _page(history, issue="2013/04/24")
    assert _published(html) == "2013-04-24"


def test_available_electronically_is_a_publication_label():
    # ECS on HighWire (2006): its history list ends "Available electronically June 5, 2006.", the meta's
    # citation_date the August issue's.
    history = ("<ul><li><span>Manuscript received </span>December 21, 2005.</li>"
               "<li><span>Available electronically </span>June 5, 2006.</li></ul>")
    assert _published(_page(history, issue="2006/08")) == "2006-06-05"


def test_a_labels_qualifier_and_colon_in_elements_of_their_own_stand_between_it_and_its_date():
    # ACS (2019, Atypon) under the citation line: the label, "(Web)" and ":" each in a span, then the date.
    shown = ("<div><span>Publication Date</span><span> (Web)</span><span>:</span>"
             "<span>May 13, 2019</span></div>")
    assert _published(_page(shown, issue="2019/06")) == "2019-05-13"
    # A word between them is no qualifier: the date is another's.
    shown = ("<div><span>Publication Date</span><span> of the issue</span><span>:</span>"
             "<span>May 13, 2019</span></div>")
    assert _published(_page(shown, issue="2019/06")) == "2019-06"


def test_a_label_in_a_block_of_other_papers_is_theirs():
    # PubMed's "Similar articles", a journal's "Related" box: each paper with its own date.
    others = ("<div><h2>Similar articles</h2><ul><li><span>Published online: 3 May 2013</span></li>"
              "</ul></div><section><h3>Cited by</h3><p>Received: 15 January 2015</p></section>")
    html = _page(others).replace("</head>", "<meta name='citation_online_date' content='2015/01/15'></head>")
    assert _published(html) == "2015-01-15"


@pytest.mark.parametrize("others", [
    # A blog's sidebar widget, a news site's box of other stories, a site's footer.
    "<aside><h2>Recent posts</h2><ul><li><a href='/p/1'>Square things</a> <span>Published 3 Feb 2014</span>"
    "</li></ul></aside>",
    "<footer><ul><li><a href='/p/1'>Square things</a><div>Published online: 3 Feb 2014</div></li></ul>"
    "</footer>",
    "<div class='sidebar'><h3>More stories</h3><ul><li><a href='/p/1'>Square things</a><span>Published 3 Feb "
    "2014</span></li></ul></div>",
    "<div><h3>Latest news</h3><p><a href='/p/2'>Flat things</a></p><p>Posted online 3 Feb 2014</p></div>",
])
def test_a_label_in_a_sidebar_or_a_list_of_other_posts_is_theirs(others):
    # Generic rules read every page of every site: a post listed beside this one, within the years
    # a paper may appear online before its issue, is no earlier appearance of this one.
    assert _published(_page(others)) == "2015-01"


def test_an_epub_date_opening_its_element_dates_the_paper_before_its_issue():
    # PubMed under its citation line: "2023 Sep;13(7):1946-1955." then "Epub 2022 Feb 28.".
    shown = ("<div><span>2023 Sep;13(7):1946-1955.</span> <span>doi: 10.1177/2192568221.</span> "
             "<span>Epub 2022 Feb 28.</span></div><p><a href='/book.epub'>Download EPUB</a> 2023 Sep 1</p>")
    assert _published(_page(shown, issue="2023 Sep")) == "2022-02-28"


def _bare_page(body: str) -> str:
    return ("<html><head><title>Why round things are round</title></head><body>"
            f"<h1>Why round things are round</h1><p>Ann Round and Cy Flat</p>{body}{_ROUND_ABSTRACT}"
            "</body></html>")


@pytest.mark.parametrize("line", [
    "<p>Journal of Round Things 68 (4), 2023: 709-718 doi:10.4202/jrt.01105.2023</p>",
    "<p>Round Things, 13, 1689-1712, 2023 <a href='/13/1689/2023/'>www.round.net/13/1689/2023/</a> "
    "doi:10.5194/rt-13-1689-2023</p>",
])
def test_without_meta_the_year_of_its_citation_line_before_its_doi_dates_the_paper(line):
    # Acta Palaeontologica Polonica and Copernicus (2013): no meta date, no label; the line under the
    # heading cites the paper with its volume, pages and year, its DOI after them.
    assert _published(_bare_page(line)) == "2023"


@pytest.mark.parametrize("line", [
    "<h2>References</h2><p>Flat, C. Flat things 12 (3), 2019: 10-20 doi:10.4202/ft.2019</p>",
    "<p>Journal of Round Things 68 (4), 2023: 709-718</p>",
])
def test_a_references_citation_line_or_one_without_a_doi_dates_nothing(line):
    assert _published(_bare_page("").replace("</body>", f"{line}</body>")) is None


def test_a_citation_line_before_another_doi_than_the_one_the_meta_states_dates_nothing():
    # A data set's or a software's page without a meta date asks to be cited as a paper: that line is
    # the paper's, whose DOI is not the page's own.
    cite = "<p>Please cite: Journal of Round Things 12 (3), 2019: 100-110 doi:10.4202/jrt.2019.7</p>"
    html = _bare_page(cite).replace("</head>", "<meta name='citation_doi' content='10.5281/rt.42'></head>")
    assert _published(html) is None
    # The page's own DOI after the line still dates it.
    own = "<meta name='citation_doi' content='10.4202/JRT.2019.7'>"
    html = _bare_page(cite).replace("</head>", f"{own}</head>")
    assert _published(html) == "2019"


def test_the_unlabelled_date_of_a_history_list_is_when_the_paper_appeared():
    # Science (2009, Atypon): "History / Received: 14 July 2009 / Accepted: 31 August 2009 / 8 October
    # 2009", the last the day it appeared online; the meta dates the issue (23 October 2009).
    history = ("<section><h4>History</h4><div>Received: 14 July 2009</div><div>Accepted: 31 August 2009"
               "</div><div>8 October 2009</div></section>")
    assert _published(_page(history, issue="2009/10/23")) == "2009-10-08"


def test_a_history_heading_over_other_events_than_a_papers_dates_nothing():
    # A software paper's page (or a project's, a society's) with a "History" section: the project's
    # start and first release, within the years before the meta's date, are no appearance of the paper.
    history = ("<section><h2>History</h2><p>Project started</p><p>12 January 2013</p><p>First release</p>"
               "<p>3 March 2014</p></section>")
    assert _published(_page(history, issue="2015/01")) == "2015-01"


def test_a_history_heading_reads_its_short_lines_alone_not_the_matter_after_them():
    # A heading "Publication History" over the article's whole text (Thieme): its prose and a later
    # section's dates are not the history's.
    later = ("<section><h2>Publication History</h2><p>Received: 31 December 2022</p>"
             f"<p>{'Round things roll down every slope they meet. ' * 4}</p><p>1 May 2023</p>"
             "<h2>Background</h2><p>2 May 2023</p></section>")
    assert _published(_page(later, issue="2023/12")) == "2023-12"


@pytest.mark.parametrize(("issue", "published"), [
    ("Volume 9, Numbers 1-2 / February, 1996", "1996-02"),
    ("Volume 12, Number 3 / Summer 2001", "2001"),
])
def test_without_meta_an_issue_with_its_month_after_a_slash_dates_the_paper(issue, published):
    # MetaPress (SpringerLink, 2007): a table of labelled fields, "Issue | Volume 9, Numbers 1-2 /
    # February, 1996", the page's only date.
    fields = (f"<table><tr><td>Journal</td><td>Round Things</td></tr><tr><td>Issue</td><td><a href='/i'>"
              f"{issue}</a></td></tr></table>")
    assert _published(_bare_page(fields)) == published


def test_a_received_line_that_goes_on_to_its_online_day_dates_the_paper_by_that_day():
    # The R Journal's archive pages (journal.r-project.org, 2016): a bare line of the block after the
    # abstract, "Received: 2016-07-12;\n online 2016-12-12", then the page's other fields in the same block;
    # the meta's citation_date is the year alone. The online day is when the paper appeared, not the
    # received day.
    line = ("<div><h2>Journal of Round Things: article published in 2016</h2><p>Ada Lovelace</p>"
            "Received: 2016-07-12;\n      online 2016-12-12<br>Packages: <a href='/p/round'>round</a>, "
            "<a href='/p/rolls'>rolls</a><br>This article is licensed under a <a href='/cc'>licence</a>."
            "</div>")
    assert _published(_page(line, issue="2016")) == "2016-12-12"
    # The day a sentence says something went online, after the history's received line, is no entry of it.
    told = ("<div><p>Received: 2016-07-12</p><p>The data set behind it went online 2016-12-12 and has been "
            "read since by many who study round things.</p></div>")
    assert _published(_page(told, issue="2016")) == "2016"


def test_a_meta_timestamp_does_not_drop_a_label_years_before_it():
    # A content system's DC.date with its time of day ('2023-11-14T09:32:11') is when the record was made
    # or last saved, not when the paper appeared: it dropped the page's 'Published: 12 March 2019' as a label
    # more than three years before the meta's date (another work's), and dated the paper by itself.
    def published(meta: str) -> str | None:
        page = ("<html><head><meta name='citation_title' content='Why round things are round'>"
                f"{meta}</head><body>\n<h1>Why round things are round</h1>\n{_ROUND_ABSTRACT}\n"
                "<p>Published: 12 March 2019</p>\n</body></html>")
        return _published(page)

    for stamp in ("2023-11-14T09:32:11", "2023-11-14T09:32:11Z", "2023-11-14 09:32"):
        assert published(f"<meta name='DC.date' content='{stamp}'>") == "2019-03-12", stamp
    # A date the meta states as a day, its time of day aside, still drops a label years before it.
    assert published("<meta name='citation_publication_date' content='2023/11/14'>") == "2023-11-14"
    assert published("<meta name='DC.date' content='2023-11-14'>") == "2023-11-14"


def test_a_publication_label_whose_line_names_the_meta_date_as_an_update_dates_the_paper():
    # NIST's CSRC (2019): "Date Published: January 2014 (includes updates as of 02-25-2019)" beside
    # citation_publication_date 2019/02/25, the day of the updates. The label dates the publication, years
    # before the meta's date, which a label that far before it would otherwise be taken for another work's.
    def page(line: str) -> str:
        return ("<html><head><meta name='citation_title' content='Why round things are round'>"
                "<meta name='citation_author' content='Round, Ann'>"
                "<meta name='citation_publication_date' content='2019/02/25'></head><body>"
                f"<h1>Why round things are round</h1><p> <strong>Date Published:</strong> {line}<br /> </p>"
                f"{_ROUND_ABSTRACT}</body></html>")

    assert _published(page("January 2014 (includes updates as of 02-25-2019)")) == "2014-01"
    assert _published(page("January 2014 (updated 25 February 2019)")) == "2014-01"
    # An update on another day than the meta's says nothing of it: the label years before it is another
    # work's, as without the note.
    assert _published(page("January 2014 (includes updates as of 03-12-2017)")) == "2019-02-25"
    assert _published(page("January 2014")) == "2019-02-25"
    # Open Graph's article:published_time, the post's own day where a page states it, is the update's too,
    # on a page read from its body (no citation_* meta says it is a paper).
    og = page("January 2014 (includes updates as of 02-25-2019)")
    for meta in ("<meta name='citation_title' content='Why round things are round'>",
                 "<meta name='citation_author' content='Round, Ann'>"):
        og = og.replace(meta, "")
    og = og.replace("<meta name='citation_publication_date' content='2019/02/25'>",
                    "<meta property='og:title' content='Why round things are round'>"
                    "<meta property='og:type' content='article'>"
                    "<meta property='article:published_time' content='2019-02-25'>")
    assert _published(og) == "2014-01"


def _crossed_post(line: str, published: str = "2015-08-25", modified: str = "2015-12-30") -> str:
    # A Hugo post of the Beautiful Hugo theme (Diego J. Romero-López's, round 218; 2015): a BlogPosting-like
    # JSON-LD Article whose datePublished and dateModified are the front matter's fields crossed, the h1, and
    # span.post-meta under it showing both days by their labels, an icon before each.
    ld = ('{"@context":"http://schema.org","@type":"Article","author":{"name":"Ann Round"},'
          f'"headline":"Round programming","datePublished":"{published}T00:00:00Z",'
          f'"dateModified":"{modified}T00:00:00Z"}}')
    return ("<html><head><title>Round programming</title>"
            "<meta property='og:title' content='Round programming'>"
            "<meta property='og:type' content='article'>"
            f"<script type='application/ld+json'>{ld}</script></head><body><header><div class='post-heading'>"
            f"<h1>Round programming</h1><span class='post-meta'><i class='fas fa-calendar'></i>&nbsp;{line}"
            "&nbsp;|&nbsp;<i class='fas fa-user'></i>&nbsp;Ann Round</span></div></header><article>"
            "<p>Knuth coined the term in a paper he wrote almost forty years ago, and this post reads it.</p>"
            "</article></body></html>")


def test_a_day_the_post_shows_as_its_modification_is_no_publication_whatever_the_meta_calls_it():
    # 'Posted on December 30, 2015 (Last modified on August 25, 2015)': the JSON-LD's datePublished is the
    # day the line labels a modification; the line's posted day dates the post.
    line = "Posted on December 30, 2015\n&nbsp;(Last modified on August 25, 2015)"
    assert _published(_crossed_post(line)) == "2015-12-30"
    assert _published(_crossed_post("Published: 30 December 2015 · Updated: 25 August 2015")) == "2015-12-30"


def test_a_posted_line_whose_modification_the_meta_does_not_call_published_keeps_the_metas_day():
    from papershelf.normalise.html_meta import parse_page
    from papershelf.normalise.modified_day_lines import posted_and_modified_days

    # The fields not crossed: the meta's published day is the line's posted day, its modification later.
    line = "Posted on August 25, 2015 (Last modified on December 30, 2015)"
    assert _published(_crossed_post(line)) == "2015-08-25"
    # A line showing the modification alone, or the two labels on the same day, moves nothing.
    assert _published(_crossed_post("Last modified on August 25, 2015")) == "2015-08-25"
    same = "Posted on August 25, 2015 (Last modified on August 25, 2015)"
    assert posted_and_modified_days(parse_page(_crossed_post(same))) is None
    assert _published(_crossed_post(same)) == "2015-08-25"
    # A sentence of prose mentioning both is no metadata line.
    prose = ("Posted on December 30, 2015, this note was last modified on August 25, 2015, "
             + "and so on, " * 12)
    assert posted_and_modified_days(parse_page(_crossed_post(prose))) is None


def test_posted_and_modified_lines_are_read_in_linear_time():
    from helpers import assert_linear_time
    from papershelf.normalise.html_meta import parse_page
    from papershelf.normalise.modified_day_lines import posted_and_modified_days

    def reading(size: int):
        # Lines each of one day twice, none answering: every line is read to its end.
        spans = "<span>Posted on May 1, 2015 (Last modified on May 1, 2015)</span>" * size
        page = parse_page(f"<html><body><h1>Round</h1>{spans}</body></html>")
        return lambda: posted_and_modified_days(page)

    assert_linear_time(reading, 4000)
