"""Publication dates: meta dates, dates shown in the body, and which one dates the paper.

Split by field from tests/test_normalise_pages.py; the round each class was found in is in
tests/fixtures/pages/HOLDOUT.md. Shared helpers: tests/normalise_pages_helpers.py.
Every field of every page's sidecar is checked by scripts/fidelity (tests/test_fidelity.py).
"""

from __future__ import annotations

import json

import pytest

from helpers import assert_linear_time
from normalise_pages_helpers import (
    _ROUND_ABSTRACT,
    PAGES,
    _meta_page,
    _normalise,
    _paper,
    chinese_stack_post,
    quarto_paper_page_with_its_entry,
)
from papershelf.normalise import places
from papershelf.normalise.citation_days import own_citation_day
from papershelf.normalise.cited_dates import issue_month
from papershelf.normalise.dates import labelled_dates, partial_date, published_date
from papershelf.normalise.html_meta import parse_page
from papershelf.normalise.pages import normalise_page
from papershelf.normalise.shown_dates import labelled_dates_anywhere, publication_labelled_dates


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("2021/6", "2021-06"),
        ("2004", "2004"),
        ("2017/06/12", "2017-06-12"),
        ("2018-10-11T00:50:01.000Z", "2018-10-11"),
        ("4 April 2022", "2022-04-04"),
        ("April 4, 2022", "2022-04-04"),
        ("Sept. 2020", "2020-09"),
        ("2021/13/01", None),
        ("2021-02-30", None),
        ("soon", None),
        ("", None),
    ],
)


def test_partial_date(value, iso):
    assert partial_date(value) == iso


def test_published_date_is_the_earliest_and_a_year_is_refined_by_a_day_inside_it():
    assert published_date(["2022", None, "2022-04-04"]) == "2022-04-04"
    assert published_date(["2022", "2021-12-01"]) == "2021-12-01"
    assert published_date(["1955", "2008-02-04"]) == "1955"  # HAL put it online 53 years later
    assert published_date([]) is None


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("2012 Nov 26", "2012-11-26"),
        ("2005 Aug", "2005-08"),  # NLM's year and month (PubMed Central's DC.Date)
        ("2013 Feb;195(3):502-9.", "2013-02"),
        ("In 2005 may differ", "2005"),  # a year in prose, "may" a verb
        ("Dec 20, 2006", "2006-12-20"),
        ("24 Apr 2013", "2013-04-24"),
        ("12/01/2015 00:00:00", "2015"),  # day or month first: only the year is sure
        ("25/01/2015", "2015-01-25"),
        ("01/25/2015", "2015-01-25"),
        ("March/April 2014", "2014-03"),
        ("First published: 1926", "1926"),
        ("(2016). The crisis", "2016"),
    ],
)


def test_partial_date_reads_what_pages_write(value, iso):
    assert partial_date(value) == iso


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("\u0662\u0660\u0662\u0663/\u0660\u0666/\u0660\u0665", "2023-06-05"),  # Arabic-Indic digits
        ("\u06f2\u06f0\u06f2\u06f3-\u06f0\u06f6-\u06f0\u06f5", "2023-06-05"),  # Persian digits
        ("\uff12\uff10\uff12\uff13\u5e74\uff16\u6708\uff15\u65e5", "2023-06-05"),  # full-width: 2023年6月5日
        ("\u0e52\u0e55\u0e56\u0e56", None),  # a Thai Buddhist-era year (2566): no year of ours
        ("\u06f1\u06f4\u06f0\u06f2/\u06f0\u06f3/\u06f1\u06f5", None),  # a Solar Hijri date (1402): none
    ],
)


def test_partial_date_reads_the_digits_of_other_scripts(value, iso):
    assert partial_date(value) == iso


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("Publié le 12 mars 2019", "2019-03-12"),  # French (OpenEdition, Érudit, HAL)
        ("1er avril 2020", "2020-04-01"),
        ("Veröffentlicht: 3. März 2021", "2021-03-03"),  # German
        ("Wien, 12. Feber 2020", "2020-02-12"),  # Austria's February (german_months.py knew it, dates.py not)
        ("15 febbraio 2018", "2018-02-15"),  # Italian
        ("Gepubliceerd op 7 maart 2017", "2017-03-07"),  # Dutch
        ("Diterbitkan 17 Agustus 2022", "2022-08-17"),  # Indonesian
        ("Yayın tarihi: 9 Şubat 2023", "2023-02-09"),  # Turkish
        ("YAYIN TARİHİ: 9 MAYIS 2023", "2023-05-09"),  # in capitals: Python lowers "I" to "i", not "ı"
        ("Opublikowano 5 maja 2020", "2020-05-05"),  # Polish
        ("Опубликовано 12 марта 2019 г.", "2019-03-12"),  # Russian
        ("Опубліковано 3 жовтня 2021", "2021-10-03"),  # Ukrainian
        ("Publikováno 2. června 2016", "2016-06-02"),  # Czech
        ("Publicerad 4 maj 2015", "2015-05-04"),  # Swedish
        ("Δημοσίευση: 04 Ιαν. 2012, 11:28", "2012-01-04"),  # Greek, shortened (health.in.gr, round 132)
        ("12 Σεπτεμβρίου 2019", "2019-09-12"),  # Greek, the genitive a day takes
        ("4 ΜΑΪΟΥ 2012", "2012-05-04"),  # in capitals, the dialytika kept
        ("Mars 2020 rover", "2020"),  # no day: a name, not a month (the year alone, as before)
    ],
)


def test_partial_date_reads_a_day_written_out_in_more_languages(value, iso):
    assert partial_date(value) == iso


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("Georg Quaas, 21. Jan. 2015", "2015-01-21"),  # Ökonomenstimme (2015, round 82)
        ("3. Nov. 2021", "2021-11-03"),
        ("am 7. Sept. 2019", "2019-09-07"),
        ("21 Jan. 2015", "2015-01-21"),  # as before
    ],
)


def test_a_german_day_with_its_full_stop_before_an_abbreviated_month_is_that_day(value, iso):
    # German writes the day as an ordinal, with a full stop, and may cut the month short with another
    # ("21. Jan. 2015"): it was read as the month alone (2015-01).
    assert partial_date(value) == iso


def test_a_page_in_arabic_dated_in_arabic_indic_digits_is_dated():
    title = "\u0627\u0644\u062a\u0639\u0644\u0645 \u0627\u0644\u0639\u0645\u064a\u0642"
    page = _meta_page(("citation_title", title),
                      ("citation_author", "\u0645\u062d\u0645\u062f \u0639\u0644\u064a"),
                      ("citation_publication_date", "\u0662\u0660\u0662\u0663/\u0660\u0666/\u0660\u0665"))
    found = normalise_page("https://example.org/article/1", page)
    assert found is not None and found.papers[0].published == "2023-06-05"


def test_year_first_date_with_a_month_name_keeps_its_month_and_day():
    page = _meta_page(("citation_title", "T"), ("citation_publication_date", "2012 Nov 26"))
    assert normalise_page("https://example.org/a", page).papers[0].published == "2012-11-26"


def test_online_date_beats_the_later_issue_date():
    page = _meta_page(
        ("citation_title", "T"),
        ("citation_publication_date", "2023/07/01"),
        ("citation_online_date", "2023/04/21"),
    )
    assert normalise_page("https://example.org/a", page).papers[0].published == "2023-04-21"
    assert _paper("nature_s41586-021-03819-2.json").published == "2021-07-15"  # issue 2021/08


def test_issue_month_written_as_its_first_day_yields_to_the_online_day_in_that_month():
    assert _paper("aip_1.4945450.json").published == "2016-05-02"  # issue 2016/05/01


def test_year_written_as_the_first_of_january_stays_a_year():
    assert _paper("wiley_andp.19263851302.json").published == "1926"
    assert _paper("iospress_aic605.json").published == "2014"


def test_citation_year_alone_dates_the_paper():
    assert _paper("citeseerx_computational-lambda-calculus.json").published == "1988"


def test_date_shown_only_next_to_a_label_in_the_body():
    assert _paper("kobv_opus_trr154.json").published == "2021-12-13"  # "Date of Publication (online)"


def test_publication_date_labelled_in_the_body_beats_a_later_meta_date():
    assert _paper("elife_e04407.json").published == "2014-12-29"  # DC.Date 2015-01-28
    assert _paper("f1000research_3-190.json").published == "2014-08-12"  # version 1


def test_day_first_slashed_meta_date_is_settled_by_the_body():
    assert _paper("pensoft_4478.json").published == "2015-01-12"  # meta "12/01/2015 00:00:00"


def test_acceptance_date_in_an_online_date_tag_is_not_the_publication_date():
    # Guards the earliest-date rule: Frontiers' citation_online_date is the acceptance date.
    assert _paper("frontiers_fpsyg.2014.00781.json").published == "2014-07-29"


def test_month_stated_beside_a_first_of_january_stays_the_month():
    assert _paper("springer_BF02727953.json").published == "1977-01"  # cover date 1977/01/01


def test_qualified_dublin_core_publication_date_refines_a_bare_year():
    # citation_date 2013; DC.Date.Creation_of_present_form 2013-11-05 (OPUS 3: the day it went online)
    assert _paper("dagstuhl_LIPIcs.TQC.2013.93.json").published == "2013-11-05"


def test_microdata_date_in_element_text_is_a_stated_date():
    # <span itemprop="datePublished">January 2003</span>; DC.Date 2003-01-01 stands for it
    assert _paper("ijsem_53_1_1.json").published == "2003-01"
    slugline = '<cite><span itemprop="datePublished">March 2011</span></cite>'
    page = _meta_page(("citation_title", "T"), body=slugline)
    assert normalise_page("https://example.org/a", page).papers[0].published == "2011-03"
    # A cited work's date (PeerJ marks up every reference as an item of its own) is not the paper's.
    cited = ('<article itemscope><time itemprop="datePublished">2015-01-27</time><div itemprop="citation" '
             'itemscope><b itemprop="datePublished">1996</b></div></article>')
    page = _meta_page(("citation_title", "T"), body=cited)
    assert normalise_page("https://example.org/a", page).papers[0].published == "2015-01-27"


def test_an_rdfa_date_published_is_a_stated_date_as_microdatas_is():
    # Science Advances on www.science.org (round 36), read without meta: under the byline
    # <div class="core-date-published"><span property="datePublished">15 Jun 2022</span></div>, the
    # issue's "June 2022" marked so too further down, and "Copyright © 2022" below: the year alone came out.
    people = ('<span property="author" typeof="Person"><span property="givenName">Ada</span> '
              '<span property="familyName">Lovelace</span></span>')
    body = (
        f"<h1>A study of round things</h1><div>{people}</div><div class=\"core-self-citation\">"
        '<div property="isPartOf" typeof="Periodical"><span property="name">Round Advances</span></div>'
        '<div class="core-date-published"><span property="datePublished">15 Jun 2022</span></div></div>'
        f"{_ROUND_ABSTRACT}<section><span property=\"datePublished\">June 2022</span></section>"
        "<p>Copyright © 2022 The Authors</p>"
    )
    page = f"<html><body>{body}</body></html>"
    assert normalise_page("https://example.org/saved-page", page).papers[0].published == "2022-06-15"
    # A cited work's RDFa date (a reference typed as a work of its own) is not the paper's.
    cited = ('<ol><li property="citation" typeof="ScholarlyArticle"><span property="datePublished">2009'
             "</span></li></ol>")
    page = f"<html><body>{body.replace('15 Jun 2022', 'June 2022')}{cited}</body></html>"
    assert normalise_page("https://example.org/saved-page", page).papers[0].published == "2022-06"


@pytest.mark.parametrize(
    ("name", "published"),
    [
        ("springer_chapter_978-3-031-28170-9_6.json", "2023-04-27"),  # citation_publication_date 2023
        ("springer_protocol_978-1-0716-2067-0_1.json", "2022-01-16"),  # citation_publication_date 2022
    ],
)


def test_first_online_date_in_the_body_refines_a_book_year(name, published):
    assert _paper(name).published == published


def test_article_dates_block_beats_a_later_dc_date():
    # "Published online: 19 May 2014" in the article dates; dc.Date 2014-06-19
    assert _paper("tandf_01431161.2014.916438.json").published == "2014-05-19"


def test_accepted_manuscript_online_is_the_first_appearance():
    # Publication History: Version of Record 17 MAR 2016, Accepted manuscript online 19 JAN 2016
    assert _paper("wiley_bph.13439.json").published == "2016-01-19"


def test_four_digits_inside_a_doi_are_not_a_year():
    assert partial_date("DOI https://doi.org/10.1007/s10924-010-0192-1") is None
    assert _paper("springer_s10924-010-0192-1.json").published == "2010-05-05"


@pytest.mark.parametrize(
    ("text", "iso"),
    [("8-11 Nov. 2005", "2005-11"), ("Nov. 8–11, 2005", "2005-11"), ("11 Nov. 2005", "2005-11-11")],
)


def test_a_range_of_days_is_read_as_its_month(text, iso):
    assert partial_date(text) == iso


def test_degree_date_dates_a_thesis_only_when_no_publication_date_is_shown():
    assert _paper("infn_tesi_fedon.json").published == "2016-03-18"  # "Data conseguimento"
    rows = (
        "<table><tr><td>Title</td><td>On things</td></tr><tr><td>Author</td><td>Ada Lovelace</td></tr>"
        "<tr><td>Date of defence</td><td>2015/11/12</td></tr>{}</table>"
    )
    alone = normalise_page("https://example.org/t", rows.format(""))
    assert alone.papers[0].published == "2015-11-12"
    published = "<tr><td>Date of Publication (online)</td><td>2015/12/03</td></tr>"
    both = normalise_page("https://example.org/t", rows.format(published))
    assert both.papers[0].published == "2015-12-03"


def test_day_month_ambiguity_is_settled_by_another_date_of_the_page():
    # citation_date "11/01/2013" is 11 January or 1 November; DC.Date 2013-11-01 says which,
    # and the slugline's "November 2013" makes that first of the month the month.
    assert _paper("ijsem_63_Pt_11_4340.json").published == "2013-11"
    page = _meta_page(("citation_date", "03/01/2012"), ("dc.date", "2012-03-01"), ("citation_title", "T"),
                      body='<span itemprop="datePublished">March 2012</span>')
    assert normalise_page("https://example.org/a", page).papers[0].published == "2012-03"


def test_data_set_first_appeared_in_the_year_its_own_citation_gives():
    # Version 1.1 released 2018-03-06 (datePublished); "… Truong-Loi. 2016. AirMOSS: …"
    assert _paper("ornldaac_1418.json").published == "2016"
    assert _paper("ornldaac_1339.json").published == "2017-07-20"  # 2017 and 2017-07-20 agree


def test_a_descending_day_range_is_a_number_then_a_date():
    assert partial_date("Number 10 - 5 October 2020") == "2020-10-05"
    assert partial_date("Vol. 3, No. 12-3 May 2001") == "2001-05-03"
    assert partial_date("8-11 Nov. 2005") == "2005-11"  # a conference's days stay its month
    assert partial_date("Nov. 8–11, 2005") == "2005-11"


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Atmos. Chem. Phys., 13, 1689-1712, 2013", "2013"),
        ("www.atmos-chem-phys.net/13/1689/2013/", None),
        ("Published Online First 23 October 2012", "2012-10-23"),
    ],
)


def test_a_page_range_or_an_address_segment_is_no_year(text, iso):
    assert partial_date(text) == iso


def test_a_date_label_element_followed_by_its_value_as_bare_text_dates_the_page():
    # <b class="core-label">Published online</b>: 26 March 2025
    assert _paper("cabi_cabicompendium.60129.json").published == "2025-03-26"
    page = _meta_page(("citation_title", "T"), body="<div><b>Published online</b>: 3 May 2019</div>")
    assert normalise_page("https://example.org/a", page).papers[0].published == "2019-05-03"


def test_json_ld_date_created_dates_a_record_only_when_it_states_no_date_published():
    # Zenodo: dateCreated 2023-06-12 (the draft), datePublished 2023-06-14 ("Published June 14, 2023")
    assert _paper("zenodo_8026174.json").published == "2023-06-14"
    ld = {"@type": "Dataset", "name": "D", "creator": [{"name": "Ada Lovelace"}], "dateCreated": "2020-02-02"}
    page = f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    assert normalise_page("https://example.org/d", page).papers[0].published == "2020-02-02"
    ld["datePublished"] = "2020-03-01"
    page = f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    assert normalise_page("https://example.org/d", page).papers[0].published == "2020-03-01"


def test_a_cited_works_microdata_meta_does_not_date_the_page():
    # SpringerLink marks each reference up as an item with <meta itemprop="datePublished" content="1988">.
    assert _paper("springer_s11926-017-0626-z.json").published == "2017-01-30"
    cited = (
        '<ol><li itemprop="citation" itemscope itemtype="http://schema.org/ScholarlyArticle">'
        '<meta itemprop="datePublished" content="1988"><meta itemprop="author" content="N. Shear"></li></ol>'
    )
    page = _meta_page(("citation_title", "T"), ("citation_online_date", "2017/01/30"), body=cited)
    assert normalise_page("https://example.org/a", page).papers[0].published == "2017-01-30"


def test_the_pages_main_entity_marked_as_a_property_dates_it_with_its_microdata():
    # El País (2020, round 83's held-out page): the story is <article itemscope itemprop="mainEntity">,
    # its first publication <meta itemprop="datePublished"> the day before every date meta, which copy the
    # last change. A property naming no item around it but the page's main entity is the page's own item.
    assert _paper("elpais_1582045946_459487.json").published == "2020-02-18"
    story = ('<article itemscope itemprop="mainEntity" itemtype="https://schema.org/NewsArticle">'
             '<time class="updated" datetime="2020-02-19T18:37:32+01:00">19 FEB 2020</time>'
             '<meta itemprop="datePublished" content="2020-02-18T18:12:26+01:00"></article>')
    page = _meta_page(("citation_title", "T"), ("article:published_time", "2020-02-19T18:37:32+01:00"),
                      body=story)
    assert normalise_page("https://example.org/a", page).papers[0].published == "2020-02-18"
    # A cited work's item is still another's, however its page marks the article.
    cited = story.replace("</article>", '<div itemprop="citation" itemscope><meta itemprop="datePublished" '
                                        'content="1996-01-02"></div></article>')
    page = _meta_page(("citation_title", "T"), ("article:published_time", "2020-02-19T18:37:32+01:00"),
                      body=cited)
    assert normalise_page("https://example.org/a", page).papers[0].published == "2020-02-18"


def test_a_time_marked_as_the_posts_publication_dates_it_not_its_comments():
    # WordPress themes mark the post's date <time class="entry-date" datetime=… pubdate>; each comment's
    # <time pubdate> comes after it.
    assert _paper("verfassungsblog_the-first-decade.json").published == "2019-07-13"
    comment = (
        '<ol class="commentlist"><li><time pubdate datetime="2019-08-01T01:15:45+02:00">Do 1 Aug 2019</time>'
        "</li></ol>"
    )
    for mark in ("pubdate", 'class="entry-date"', 'class="published"', "inside-published"):
        # The DataCite Blog (2016): <p class="published"><i class="fas fa-calendar"></i> <time …>
        holder, mark = ('<p class="published">', "") if mark == "inside-published" else ("<p>", mark)
        shown = (
            f'<h1>A study of round things</h1>{holder}<time {mark} datetime="2019-07-13T15:52:31+02:00">'
            f"Sa 13 Jul 2019</time></p>{_ROUND_ABSTRACT}{comment}"
        )
        page = f"<html><body>{shown}</body></html>"
        assert normalise_page("https://example.org/saved-page", page).papers[0].published == "2019-07-13"


def test_without_meta_an_eprints_official_date_row_dates_the_page():
    # WRAP, Warwick's EPrints (round 51's train page, 2026): <th>Official Date:</th><td>6 August 2025</td>
    # in the item table, beside "Date of first compliant deposit: 30 June 2025"; no label word before.
    rows = (
        "<table><tr><th>Date of first compliant deposit:</th><td>30 June 2025</td></tr>"
        "<tr><th>Official Date:</th><td>6 August 2025</td></tr></table>"
    )
    page = f"<html><body><h1>A study of round things</h1>{_ROUND_ABSTRACT}{rows}</body></html>"
    assert normalise_page("https://example.org/saved-page", page).papers[0].published == "2025-08-06"


def test_without_meta_a_time_element_inside_a_publication_label_dates_the_page():
    # Nature and SpringerLink: <li>Published: <time datetime="2021-07-15">15 July 2021</time></li>
    shown = (
        '<h1>A study of round things</h1><ul><li>Received: <time datetime="2021-01-02">2 Jan 2021</time></li>'
        '<li>Published: <time datetime="2021-07-15">15 July 2021</time></li></ul>'
        f"{_ROUND_ABSTRACT}"
    )
    page = f"<html><body>{shown}</body></html>"
    assert normalise_page("https://example.org/a", page).papers[0].published == "2021-07-15"


def test_without_meta_the_pages_own_nlm_citation_line_dates_it_not_a_sidebars():
    # PubMed: "J Bacteriol. 2013 Feb;195(3):502-9. doi: 10.1128/JB.01321-12. Epub 2012 Nov 21." above
    # the title; PubMed Central: "Cancer Cell. 2023 Aug 10;41(9):1586–1605.e15. doi: 10.1016/…".
    cited = "J Bacteriol. 2013 Feb;195(3):502-9. doi: 10.1128/JB.01321-12. Epub 2012 Nov 21."
    body = (
        f"<div>{cited}</div><h1>A study of round things</h1>{_ROUND_ABSTRACT}"
    )
    page = f"<html><body>{body}</body></html>"
    assert normalise_page("https://example.org/a", page).papers[0].published == "2012-11-21"
    # The same line under "Similar articles" or "Recent activity" cites another paper.
    sidebar = body.replace(f"<div>{cited}</div>", "") + f"<h3>Recent activity</h3><div>{cited}</div>"
    page = f"<html><body>{sidebar}</body></html>"
    assert normalise_page("https://example.org/a", page).papers[0].published is None


def test_without_meta_online_dates_of_a_publication_history_count_and_a_cited_pages_do_not():
    # Wiley 2016: "Version of Record online: 17 MAR 2016 Accepted manuscript online: 19 JAN 2016";
    # MDPI's references: "Available online: http://www.chemspider.com (accessed on 10 October 2014)".
    history = (
        "<ul><li>Issue online: 8 APR 2016</li><li>Version of Record online: 17 MAR 2016</li>"
        "<li>Accepted manuscript online: 19 JAN 2016</li><li>Manuscript Accepted: 8 JAN 2016</li></ul>"
    )
    cited = "<ol><li>Available online: http://www.chemspider.com (accessed on 10 October 2014).</li></ol>"

    def published(body: str) -> str | None:
        page = f"<html><body><h1>A study of round things</h1>{_ROUND_ABSTRACT}{body}</body></html>"
        return normalise_page("https://example.org/saved-page", page).papers[0].published

    assert published(history) == "2016-01-19"
    assert published(cited) is None


def test_without_meta_a_time_under_the_heading_dates_the_page_unless_labelled_another_date():
    # Ghost (Front Matter, Upstream), Hugo (a research blog): the post's <time> in the byline under its
    # heading, before the text; NBER's "Issue Date <time>April 2022</time>" is the issue's, not the paper's.
    ghost = (
        '<h1>A study of round things</h1><div class="byline"><a href="/author/ada/">Ada Lovelace</a></div>'
        '<time class="gh-article-date" datetime="2021-08-24">Aug 24, 2021</time>'
        f"{_ROUND_ABSTRACT}<p>{'We looked at round things long and found them round. ' * 5}</p>"
        '<time datetime="2023-09-25">Sep 25, 2023</time>'
    )
    page = f"<html><head><title>A study of round things</title></head><body>{ghost}</body></html>"
    assert normalise_page("https://example.org/saved-page", page).papers[0].published == "2021-08-24"
    issue = (
        '<h1>A study of round things</h1><div><span class="label">Issue Date</span> '
        '<time datetime="2022-04-21T12:00:00Z">April 2022</time></div>'
        f"{_ROUND_ABSTRACT}"
    )
    page = f"<html><head><title>A study of round things</title></head><body>{issue}</body></html>"
    assert normalise_page("https://example.org/saved-page", page).papers[0].published is None


def test_without_meta_a_publication_word_in_a_sentence_is_no_date_label():
    # The ACL Anthology's footer: "Materials published in or after 2016 are licensed on a Creative
    # Commons Attribution 4.0 International License." dated every paper 2016.
    footer = "<p>Materials published in or after 2016 are licensed on a Creative Commons licence.</p>"
    for label, published in (("", None), ("<p>Published: 3 May 2016</p>", "2016-05-03"),
                             ("<p>Published online: 2016</p>", "2016")):
        page = f"<html><body><h1>A study of round things</h1>{label}{_ROUND_ABSTRACT}{footer}</body></html>"
        assert normalise_page("https://example.org/saved-page", page).papers[0].published == published


def test_without_meta_a_posted_date_dates_a_preprint_not_an_accepted_manuscripts():
    # bioRxiv: "Posted March 27, 2020."; T&F's "Accepted author version posted online: 15 Apr 2013" is
    # the accepted manuscript's, not the article's.
    for shown, published in (
        ("<p>Posted March 27, 2020.</p>", "2020-03-27"),
        ("<div>Accepted author version posted online: 15 Apr 2013</div>", None),
    ):
        page = f"<html><body>{shown}<h1>A study of round things</h1>{_ROUND_ABSTRACT}</body></html>"
        assert normalise_page("https://example.org/saved-page", page).papers[0].published == published


def test_without_meta_an_epublished_date_is_a_publication_date():
    # ACP Journals (Atypon, 2020): <div>ePublished: 3 March 2020</div><div>Issue Published: 7 April 2020</div>
    shown = "<div>ePublished: 3 March 2020</div><div>Issue Published: 7 April 2020</div>"
    page = f"<html><body><h1>A study of round things</h1>{_ROUND_ABSTRACT}{shown}</body></html>"
    assert normalise_page("https://example.org/saved-page", page).papers[0].published == "2020-03-03"


def test_without_meta_a_citations_year_is_refined_by_the_publication_day_the_page_shows():
    # The BMJ (HighWire): <span class="highwire-cite-metadata-date highwire-cite-published-year">2010</span>;
    # … <span class="highwire-cite-date">(Published 24 March 2010)</span>; a cited 2001 is no refinement.
    cite = (
        '<div class="highwire-cite"><span class="highwire-cite-metadata-date">2010</span>; 340 '
        '<span class="highwire-cite-date">(Published 24 March 2010)</span></div>'
    )
    later = "<p>It was first published in 1996 and updated (Published 2001).</p>"
    page = f"<html><body><h1>A study of round things</h1>{cite}{_ROUND_ABSTRACT}{later}</body></html>"
    assert normalise_page("https://example.org/saved-page", page).papers[0].published == "2010-03-24"


@pytest.mark.parametrize(("line", "published"), [
    ("Sci Rep . 2024 Jul 16;14:16343. doi: 10.1038/s41598-024-67079-6", "2024-07-16"),
    ("Nucleic Acids Res . 2012 Nov 26;41(Database issue):D36–D42. doi: 10.1093/nar/gks1195", "2012-11-26"),
])


def test_without_meta_an_nlm_citation_line_with_no_issue_or_a_named_one_dates_the_page(line, published):
    # PubMed Central (2024): the citation line above the title names a volume alone, or an issue in words.
    page = f"<html><body><p>{line}</p><h1>A study of round things</h1>{_ROUND_ABSTRACT}</body></html>"
    assert normalise_page("https://example.org/saved-page", page).papers[0].published == published


def test_without_meta_a_records_month_and_year_fields_date_it_but_a_conferences_days_do_not():
    # The ACL Anthology: <dl><dt>Month:</dt><dd>June</dd><dt>Year:</dt><dd>2021</dd>…; an older paper's
    # "Month:" holds the conference's days, "May 2 - May 7": the year alone.
    for month, published in (("June", "2021-06"), ("May 2 - May 7", "2021")):
        fields = f"<dl><dt>Month:</dt><dd>{month}</dd><dt>Year:</dt><dd>2021</dd><dt>At:</dt><dd>X</dd></dl>"
        page = f"<html><body><h1>A study of round things</h1>{_ROUND_ABSTRACT}{fields}</body></html>"
        assert normalise_page("https://example.org/saved-page", page).papers[0].published == published


def test_without_meta_a_publication_label_dates_the_page_by_a_date_element_after_its_venue():
    # Semantic Scholar: <span>Published<!-- --> in <span><a>Animals</a></span> <span data-test-id=
    # "paper-year"><span>1 December 2020</span></span></span>.
    shown = (
        '<li><span>Published<!-- --> in <span><a href="/venue">Animals</a></span> '
        "<span>1 December 2020</span></span></li>"
    )
    page = f"<html><body><h1>A study of round things</h1><ul>{shown}</ul>{_ROUND_ABSTRACT}</body></html>"
    assert normalise_page("https://example.org/saved-page", page).papers[0].published == "2020-12-01"
    # A sentence that says "published" before a citation in an element is no label (APA PsycNET).
    sentence = "<p>Effects of this size were first published by <span>Richard et al. (2003)</span></p>"
    page = f"<html><body><h1>A study of round things</h1>{sentence}{_ROUND_ABSTRACT}</body></html>"
    assert normalise_page("https://example.org/saved-page", page).papers[0].published is None


def test_without_meta_a_citation_lines_bracketed_date_before_the_doi_dates_the_page():
    # Pensoft (2015): "ZooKeys 470: 1-16 (12 Jan 2015) doi: 10.3897/zookeys.470.8582" under its menu.
    line = "<p>ZooKeys 470: 1-16 (12 Jan 2015) doi: 10.3897/zookeys.470.8582</p>"
    page = f"<html><body>{line}<h1>A study of round things</h1>{_ROUND_ABSTRACT}</body></html>"
    assert normalise_page("https://example.org/saved-page", page).papers[0].published == "2015-01-12"


def test_without_meta_first_available_on_a_platform_dates_the_page_before_its_issue():
    # Project Euclid: "Published: March/April 2014 First available in Project Euclid: 30 January 2014".
    shown = (
        "<ul><li>Published: March/April 2014</li>"
        "<li>First available in Project Euclid: 30 January 2014</li></ul>"
    )
    page = f"<html><body><h1>A study of round things</h1>{shown}{_ROUND_ABSTRACT}</body></html>"
    assert normalise_page("https://example.org/saved-page", page).papers[0].published == "2014-01-30"


def test_without_meta_first_published_on_the_web_dates_the_page():
    # RSC Publishing, 2016: <p class="bold italic">First published on the web 26th September 2016</p>
    shown = "<p>Received 21st September 2016, Accepted 26th September 2016</p>"
    shown += "<p>First published on the web 26th September 2016</p>"
    page = f"<html><body><h1>A study of round things</h1>{shown}{_ROUND_ABSTRACT}</body></html>"
    assert normalise_page("https://example.org/saved-page", page).papers[0].published == "2016-09-26"


def test_without_meta_the_year_of_the_pages_own_bibtex_entry_dates_it_not_another_entrys():
    # USENIX: "@inproceedings {277936, author = {…}, title = {Backpressure Flow Control}, booktitle =
    # {…}, year = {2022}, …}" in its BibTeX box; CiteSeerX shows "year = {1988}" so too.
    def published(entries: str) -> str | None:
        page = f"<html><body><h1>Round things in networks</h1>{_ROUND_ABSTRACT}{entries}</body></html>"
        return normalise_page("https://example.org/saved-page", page).papers[0].published

    own = "<div>@inproceedings {1,<br/>\tauthor = {Ada Lovelace},<br/>\ttitle = {Round Things in Networks},"
    own += "<br/>\tbooktitle = {Proceedings (NSDI 22)},<br/>\tyear = {2022},<br/>}</div>"
    cited = '<pre>@article{b, title="Square things", year="2019"}</pre>'
    assert published(cited + own) == "2022"
    assert published(cited) is None


def test_without_meta_an_nlm_citation_line_without_a_doi_right_above_the_title_dates_the_page():
    # PubMed (2014 layout): "Front Horm Res. 1975;3:94-104." over the title; a line elsewhere (a
    # sidebar's, another paper's) dates nothing.
    line = "<div>Front Horm Res. 1975 Mar;3:94-104.</div>"
    for before, after, published in ((line, "", "1975-03"), ("", line, None)):
        body = f"{before}<h1>A study of round things</h1>{_ROUND_ABSTRACT}{after}"
        page = f"<html><body>{body}</body></html>"
        assert normalise_page("https://example.org/saved-page", page).papers[0].published == published


def test_without_meta_a_date_opening_the_link_a_publication_label_ends_on_dates_the_page():
    # eLife's publication history: <li>Accepted Manuscript published: <a href="/articles/44753v1">April
    # 18, 2019 (version 1)</a></li><li>Version of Record published: <a …>May 3, 2019 (version 2)</a></li>
    history = (
        "<ol><li>Received: December 28, 2018</li><li>Accepted: April 11, 2019</li>"
        '<li>Accepted Manuscript published: <a href="/articles/1v1">April 18, 2019 (version 1)</a></li>'
        '<li>Version of Record published: <a href="/articles/1">May 3, 2019 (version 2)</a></li></ol>'
    )
    page = f"<html><body><h1>A study of round things</h1>{_ROUND_ABSTRACT}{history}</body></html>"
    assert normalise_page("https://example.org/saved-page", page).papers[0].published == "2019-04-18"


def test_without_meta_a_publication_word_in_a_paragraph_of_prose_is_no_label():
    # APA PsycNET (2016): "… summarized the research published <a>(Oh, 2009)</a> …" in a paragraph of
    # the text: a cited work's year, not the paper's date.
    prose = "We looked at round things long and found them round, as others had before us. " * 3
    text = f'<div>{prose}The research on them was published <a href="#b1">2009</a></div>'
    page = f"<html><body><h1>A study of round things</h1>{_ROUND_ABSTRACT}{text}</body></html>"
    assert normalise_page("https://example.org/saved-page", page).papers[0].published is None


def test_without_meta_an_element_classed_date_under_the_heading_dates_the_page():
    # The DataCite Blog (WordPress, 2023): <h1>…</h1><div class="metadata"><span class="date">December
    # 20th, 2016</span><span class="read-time">5 min Read</span></div>; an "Updated" one is another date.
    for shown, published in (
        '<span class="date">December 20th, 2016</span><span class="read-time">5 min Read</span>', "2016-12-20"
    ), ('<b>Updated:</b> <span class="date">August 21st, 2023</span>', None):
        page = (
            f'<html><body><h1>A study of round things</h1><div class="metadata">{shown}</div>'
            f"{_ROUND_ABSTRACT}</body></html>"
        )
        assert normalise_page("https://example.org/saved-page", page).papers[0].published == published


def test_without_meta_a_references_published_online_date_before_its_doi_is_the_cited_works():
    # Front Matter (Ghost, 2023): "Published: December 20, 2016" under the heading; the references:
    # <p>Fenner M. Cool DOI’s. Published online December 15, 2016. doi:<a …>10.5438/55E5-T5C0</a></p>
    own = "<p>Published: December 20, 2016</p>"
    cited = (
        "<h2>References</h2><p>Fenner M. Cool DOI’s. Published online December 15, 2016."
        ' doi:<a href="#">10.5438/1</a></p>'
    )
    page = f"<html><body><h1>A study of round things</h1>{own}{_ROUND_ABSTRACT}{cited}</body></html>"
    assert normalise_page("https://example.org/saved-page", page).papers[0].published == "2016-12-20"
    # The page's own citation line opens with its label: "Published online Mar 13, 2009. doi: …".
    line = "<p>Published online Mar 13, 2009. doi: 10.1136/sti.2008.033985</p>"
    page = f"<html><body><h1>A study of round things</h1>{line}{_ROUND_ABSTRACT}</body></html>"
    assert normalise_page("https://example.org/saved-page", page).papers[0].published == "2009-03-13"


def test_without_meta_the_proceedings_a_paper_is_part_of_give_its_year():
    # The NeurIPS proceedings: <p>Part of: <a href="/book/…-32-2019">Advances in Neural Information
    # Processing Systems 32 (NIPS 2019)</a></p>; "Part of the Lecture Notes series" names no year.
    def published(line: str) -> str | None:
        page = f"<html><body><h1>A study of round things</h1><p>{line}</p>{_ROUND_ABSTRACT}</body></html>"
        return normalise_page("https://example.org/saved-page", page).papers[0].published

    proceedings = "Advances in Neural Information Processing Systems 32 (NIPS 2019)"
    assert published(f'Part of: <a href="/book/x">{proceedings}</a>') == "2019"
    assert published("Part of the Lecture Notes in Computer Science book series (LNCS, volume 1)") is None


def test_ieee_xplore_dates_a_paper_by_its_date_of_publication_not_the_volumes_year():
    # IEEE Access (round 10): the record script says "publicationDate":"2022" (the volume) and
    # "displayPublicationDate":"30 December 2021" (Xplore's "Date of Publication").
    assert _paper("ieee_9665772.json").published == "2021-12-30"
    record = ('{"title":"Round things","authors":[{"name":"Ada Lovelace"}],"doi":"10.1109/ROUND.2021.1",'
              '"publicationDate":"2022","displayPublicationDate":"30 December 2021"}')
    page = f"<html><body><script>xplGlobal.document.metadata={record};</script></body></html>"
    paper = normalise_page("https://ieeexplore.ieee.org/document/1/", page).papers[0]
    assert paper.published == "2021-12-30"


def test_the_citation_a_page_offers_for_itself_in_a_popover_dates_it_when_nothing_else_does():
    # IIETA (round 10): only "Received" and "Accepted" dates; the "Citation" button's pop-over holds
    # data-content="Vannobel, J.M., Bekaert, M.H., Baumann, J. (2022). Towards a GUI gesture control …".
    assert _paper("iieta_mmc_c.831-402.json").published == "2022"
    own = '<a data-toggle="popover" data-content="Lovelace, A. (2021). Round things. J R, 3.">Cite</a>'
    cited = '<a data-toggle="popover" data-content="Babbage, C. (1999). Square things. J Sq, 1.">Cite</a>'
    for link, published in ((own, "2021"), (cited, None)):
        page = _meta_page(("citation_title", "Round things"), body=f"<h1>Round things</h1>{link}")
        assert normalise_page("https://example.org/paper/2", page).papers[0].published == published


def test_a_1_january_in_meta_is_that_day_when_the_page_labels_it_as_its_publication():
    # J-STAGE (round 10): citation_publication_date and citation_online_date 2023/01/01 (read as the
    # year, as IOS Press writes a year so), and "Published: January 01, 2023" in the body.
    assert _paper("jstage_transinf.2022MUI0001.json").published == "2023-01-01"
    body = "<h1>Round things</h1><dl><dt>Published:</dt><dd>January 01, 2023</dd></dl>"
    page = _meta_page(("citation_title", "Round things"), ("citation_publication_date", "2023/01/01"),
                      body=body)
    assert normalise_page("https://example.org/paper/5", page).papers[0].published == "2023-01-01"
    page = _meta_page(("citation_title", "Round things"), ("citation_publication_date", "2023/01/01"),
                      body="<h1>Round things</h1><p>Published: 2023</p>")
    assert normalise_page("https://example.org/paper/5", page).papers[0].published == "2023"


def test_an_ojs_3_article_is_dated_by_its_published_sidebar_not_its_issues_earlier_dc_date_issued():
    # Journal of Al-Qadisiyah (OJS 3.3, round 10): DC.Date.issued 2022-12-30 (the issue), citation_date
    # 2022/12/31 and the sidebar "Published 2022-12-31" (the article).
    assert _paper("jqcm_2022.14.4.1116.json").published == "2022-12-31"
    head = ('<meta name="generator" content="Open Journal Systems 3.3.0.15">'
            '<meta name="DC.Date.issued" content="2022-12-30">'
            '<meta name="citation_date" content="2022/12/31">'
            '<meta name="citation_title" content="Round things">')
    side = ('<div class="item published"><h2 class="label">Published</h2>'
            '<div class="value">2022-12-31</div></div>')
    page = f"<html><head>{head}</head><body><h1>Round things</h1>{side}</body></html>"
    assert normalise_page("https://example.org/article/view/13", page).papers[0].published == "2022-12-31"
    page = page.replace("Open Journal Systems 3.3.0.15", "WordPress 6.4")
    assert normalise_page("https://example.org/article/view/13", page).papers[0].published == "2022-12-30"


def test_no_page_walks_its_text_above_the_references_twice(monkeypatch):
    """The dates' readers ask a page's text above its references several times, with two different
    ends; one walk of the page serves them all (one walk of a 300 KB tree is a fifth of its parse)."""
    walks: list[int] = []
    walk = places._shown_texts_above_references

    def counted(page):
        if "shown texts above references" not in page.worked_out:
            walks.append(id(page))
        return walk(page)

    monkeypatch.setattr(places, "_shown_texts_above_references", counted)
    asked = 0
    # A sixteenth of the corpus (a hundred pages of every kind): a quarter of it cost 14 s of the suite's CPU,
    # the whole a minute, and one walk serves every end by construction.
    for sidecar in sorted(PAGES.glob("*.json"))[::16]:
        walks.clear()
        _normalise(sidecar.name)
        asked += len(walks)
        assert len(walks) == len(set(walks)), sidecar.name
    assert asked > 20


def test_without_meta_a_block_classed_published_dates_the_page_whatever_its_labels_language():
    # OJS 3: <div class="item published"><section><h2 class="label">Published</h2><div class="value">
    # <span>2022-12-29</span></div></section></div>, the heading in the journal's language.
    for label, shown, published in (
        ("Published", "2022-12-29", "2022-12-29"),
        ("Megjelent", "2022-12-31", "2022-12-31"),
        ("Đã Xuất bản", "Dec 31, 2022", "2022-12-31"),
    ):
        block = (
            f'<div class="item published"><section class="sub_item"><h2 class="label">{label}</h2>'
            f'<div class="value"><span>{shown}</span></div></section></div>'
        )
        page = _meta_page(body=f"<h1>A study of round things</h1>{_ROUND_ABSTRACT}{block}")
        assert normalise_page("https://example.org/saved-page", page).papers[0].published == published


def test_without_meta_the_full_date_after_a_volume_and_issue_dates_the_page_a_month_alone_its_month():
    # KSII TIIS: <span class="volIssueDate">Vol. 14, No. 6, June 30, 2020</span> under the byline; First
    # Monday's citation: "First Monday, Volume 25, Number 10 - 5 October 2020". A month alone is the
    # issue's month, never read as a day; as the issue month after a slash (MetaPress) and Project MUSE's
    # "Volume 134, Number 6, December 2012" (round 44), it dates a page that shows nothing finer.
    for line, published in (
        ("Vol. 14, No. 6, June 30, 2020", "2020-06-30"),
        ("<em>Journal of Things</em>, Volume 25, Number 10 - 5 October 2020", "2020-10-05"),
        ("Vol. 14, No. 6, June 2020", "2020-06"),
    ):
        page = _meta_page(body=f"<h1>A study of round things</h1><p>{line}</p>{_ROUND_ABSTRACT}")
        assert normalise_page("https://example.org/saved-page", page).papers[0].published == published


def test_without_meta_a_publish_date_label_dates_the_page_a_release_date_does_not():
    # Ommega Online: <div>Publish Date : 2015-09-06</div>; a data set's "Release Date" is its version's.
    for label, published in (("Publish Date", "2015-09-06"), ("Release Date", None)):
        body = f"<h1>A study of round things</h1><div>{label} : 2015-09-06</div>{_ROUND_ABSTRACT}"
        page = _meta_page(body=body)
        assert normalise_page("https://example.org/saved-page", page).papers[0].published == published


def test_without_meta_the_year_of_the_pages_own_citation_before_its_title_dates_it():
    # APA PsycNET: "CITATION Schmidt, F. L., & Oh, I.-S. (2016). The crisis of …"; ORNL DAAC's data set
    # citation: "Moghaddam, M., … and M.L. Truong-Loi. 2016. AirMOSS: …". A year before another title
    # (a reference) dates nothing.
    for citation, published in (
        ("<p>CITATION Lovelace, A., &amp; Babbage, C. (2016). A study of round things. Archives, 2.</p>",
         "2016"),
        ("<div>Lovelace, A., and C. Babbage. 2016. A study of round things. Data Centre.</div>", "2016"),
        ("<div>Lovelace, A. (2016). A study of square things. Archives, 2, 1–5.</div>", None),
    ):
        page = _meta_page(body=f"<h1>A study of round things</h1>{_ROUND_ABSTRACT}{citation}")
        assert normalise_page("https://example.org/saved-page", page).papers[0].published == published


def test_the_day_a_pages_own_citation_gives_after_its_year_and_title_dates_it_the_year_without_a_stop_too():
    # A proceedings site's workshop pages (EvoLang XI's, round 73): "Micklos, A. (2016) <title>. In S.
    # Roberts & G. Mills (Eds.) Proceedings of EvoLang XI, Language Adapts to Interaction Workshop, 21 March,
    # 2016. Available online: …": the year in brackets without the full stop the own-citation reader needs,
    # the workshop's day after the title; the editorial's line cites its title without ': Editorial'.
    def published(title: str, citation: str) -> str | None:
        page = (f"<html><head><title>RoundConf: {title}</title></head><body><h3 id='papertitle'>{title}</h3>"
                f"<h5 id='authors'>Ada Lovelace</h5><div id='abstract'><p>{'We report what we found. ' * 12}"
                f"</p></div><div id='citation'><p><b>Citation:</b></p><p>{citation}</p></div></body></html>")
        return normalise_page("https://example.org/saved-page", page).papers[0].published

    title = "A Study of Round Things and Their Uses"
    workshop = ". In C. Babbage (Eds.) Proceedings of RoundConf, Round Things Workshop, 21 March, 2016. " \
               "Available online: http://example.org/workshops/papers/3.html"
    assert published(title, f"Lovelace, A. (2016) {title}{workshop}") == "2016-03-21"
    assert published(title, f"Lovelace, A. (2016). {title}{workshop}") == "2016-03-21"
    assert published(f"{title}: Editorial", f"Lovelace, A. (2016) {title}{workshop}") == "2016-03-21"
    assert published(title, f"Lovelace, A. (2016) {title}. In Proceedings of RoundConf.") == "2016"
    # A day of another year is another event's (a meeting's day of the year before), and a citation of
    # another title dates nothing.
    assert published(title, f"Lovelace, A. (2016) {title}. In Proceedings of RoundConf, 21 March, 2015."
                     ) == "2016"
    assert published(title, f"Lovelace, A. (2015) A Study of Square Things{workshop}") is None
    # A year in brackets before the title that runs on without a stop is a breadcrumb's issue (Digital
    # Commons: "NULR > Vol. 119 > Iss. 6 (2025) Against Monetary Primacy Authors …"), no citation of the page.
    crumbs = f"Vol. 2 > Iss. 6 (2016) {title} Authors Ada Lovelace, 21 March, 2016"
    assert own_citation_day(crumbs, title) == []
    assert own_citation_day(f"Lovelace, A. (2016) {title}, Round Things Workshop, 21 March, 2016", title) == [
        "2016-03-21"]


def test_without_meta_a_labelled_date_written_month_first_reads_so_only_when_its_day_is_past_12():
    # Acadlore: <div><span>Received</span>: 09-17-2022,</div>…<div><span>Available online</span>: 12-30-2022
    # </div>; "11-01-2013" may be day or month first and dates nothing.
    for shown, published in (("12-30-2022", "2022-12-30"), ("11-01-2013", None)):
        dates = (
            "<div><span>Received</span>: 09-17-2021,</div>"
            f"<div><span>Available online</span>: {shown}</div>"
        )
        page = _meta_page(body=f"<h1>A study of round things</h1>{dates}{_ROUND_ABSTRACT}")
        assert normalise_page("https://example.org/saved-page", page).papers[0].published == published


def test_a_dublin_core_date_alone_does_not_hide_the_publication_date_the_page_labels():
    # dc.date is the issue's (or the record's) date; the page labels the day the paper came out.
    shown = f"<h1>A study of round things</h1><p>First published 20 Jan 2023</p>{_ROUND_ABSTRACT}"
    page = _meta_page(("dc.title", "A study of round things"), ("dc.date", "2023/02/15"), body=shown)
    assert normalise_page("https://example.org/a", page).papers[0].published == "2023-01-20"
    # A date HighWire states beside it is often the issue's too (the corpus's PMC, BMJ, ECS, IJSEM…):
    # a label opening its element stands beside it, and the earliest wins
    # (tests/test_normalise_pages_dates_beside_meta.py).
    page = _meta_page(("dc.title", "A study of round things"), ("dc.date", "2023/02/15"),
                      ("citation_publication_date", "2023/02/10"), body=shown)
    assert normalise_page("https://example.org/a", page).papers[0].published == "2023-01-20"


def test_a_highwire_history_list_dates_the_paper_before_the_issue_its_meta_names():
    # ECS on HighWire: citation_date and DC.Date are the issue's first day; the history list under the
    # article labels the day it went online, "Available electronically" or "Published".
    def page(issue: str, dc_date: str, shown: str) -> str:
        history = (
            '<ul class="history-list"><li class="received">Manuscript received December 21, 2005.</li>'
            '<li class="rev-recd">Revised manuscript received March 29, 2006.</li>'
            f'<li class="epreprint"><span class="epreprint-label">{shown}</span></li></ul>'
        )
        return _meta_page(("citation_title", "A study of round things"), ("citation_mjid", "jes;153/8/B289"),
                          ("citation_date", issue), ("DC.Date", dc_date),
                          body=f"<h1>A study of round things</h1>{_ROUND_ABSTRACT}{history}")

    cases = (
        ("08/01/2006", "2006-08-01", "Available electronically June 5, 2006.", "2006-06-05"),
        ("01/01/2015", "2015-01-01", "Published November 12, 2014.", "2014-11-12"),
    )
    for issue, dc_date, shown, published in cases:
        found = normalise_page("https://jes.example.org/content/153/8/B289.full", page(issue, dc_date, shown))
        assert found.papers[0].published == published
    # MNRAS's list opens with the submission: "In original form 2010 January 5. Received 2010 May 25. …"
    assert [published for published, _ in labelled_dates(
        "In original form 2010 January 5. Received 2010 May 25. First published online October 1, 2010."
    )] == [False, False, True]


def test_a_first_of_the_month_only_the_issues_meta_states_is_the_month():
    # ECS on HighWire: an erratum's only date is the July 2006 issue, citation_date 07/01/2006 and
    # DC.Date 2006-07-01; the page shows "2006 volume 153, issue 7" and no day.
    meta = (("citation_title", "Erratum: A study of round things"), ("citation_date", "07/01/2006"),
            ("DC.Date", "2006-07-01"))
    body = f"<h1>Erratum: A study of round things</h1>{_ROUND_ABSTRACT}"
    issue_only = _meta_page(*meta, body=body)
    assert normalise_page("https://example.org/a", issue_only).papers[0].published == "2006-07"
    # An online date states the day (IOP: citation_online_date 1976/10/01), and so does a day the page
    # labels as the publication ("Published: 1 July 2006").
    online = _meta_page(*meta, ("citation_online_date", "2006/07/01"), body=body)
    assert normalise_page("https://example.org/a", online).papers[0].published == "2006-07-01"
    labelled = _meta_page(*meta, body=f"{body}<p>Published: 1 July 2006</p>")
    assert normalise_page("https://example.org/a", labelled).papers[0].published == "2006-07-01"
    # A 1 January stays the year it stands for.
    january = _meta_page(("citation_title", "T"), ("citation_publication_date", "2006/01/01"), body=body)
    assert normalise_page("https://example.org/a", january).papers[0].published == "2006"


def test_a_reports_first_of_the_month_is_the_day_it_came_out_not_an_issues_month():
    # NBER (round 29): a working paper's citation_publication_date 2025/12/01 is the Monday it was
    # released; a report of a series comes out in no issue, so its first of the month is no month.
    meta = (("citation_title", "A working paper"), ("citation_publication_date", "2025/12/01"),
            ("dcterms.date", "2025/12/01"))
    body = f"<h1>A working paper</h1>{_ROUND_ABSTRACT}"
    page = _meta_page(*meta, ("citation_technical_report_number", "w34498"), body=body)
    assert normalise_page("https://example.org/a", page).papers[0].published == "2025-12-01"
    # Without the report's meta the same first of the month is still the issue's month.
    journal = _meta_page(*meta, body=body)
    assert normalise_page("https://example.org/a", journal).papers[0].published == "2025-12"


def test_an_unnumbered_technical_reports_first_of_the_month_is_its_month():
    # Only a numbered series' working paper comes out on a day of its own (NBER's w34498); a technical
    # report an institution alone names, its page showing "July 2006", kept citation_date 2006/07/01
    # as a day.
    page = _meta_page(("citation_title", "Rethinking sleep"), ("citation_author", "Ann Round"),
                      ("citation_technical_report_institution", "University of Somewhere"),
                      ("citation_date", "2006/07/01"),
                      body=f"<h1>Rethinking sleep</h1><p>Technical report, July 2006.</p>{_ROUND_ABSTRACT}")
    assert normalise_page("https://example.org/a", page).papers[0].published == "2006-07"


def test_an_nlm_year_and_month_date_is_that_month_not_the_year():
    # PubMed Central (2023): DC.Date "2005 Aug" beside citation_publication_date 2005/08, both the
    # issue; read as the year, "2005" came before the month and dated the paper by its year alone.
    page = _meta_page(("citation_title", "T"), ("citation_publication_date", "2005/08"),
                      ("DC.Date", "2005 Aug"), body=f"<h1>T</h1>{_ROUND_ABSTRACT}")
    assert normalise_page("https://example.org/a", page).papers[0].published == "2005-08"


def test_atypons_2020s_history_dates_a_paper_by_the_day_it_went_online_not_the_print_issue():
    # Science on www.science.org (round 19): dc.Date 2009-10-23 (the print issue); the "History" section
    # lists "Received: 14 July 2009", "Accepted: 31 August 2009" and, unlabelled, "8 October 2009" (the
    # day it went online). CABI's History labels its one date "Published online".
    assert _paper("science_science.1179052.json").published == "2009-10-08"
    history = (
        '<section class="core-history"><h4>History</h4><div>Received: 14 July 2009</div>'
        "<div>Accepted: 31 August 2009</div><div>8 October 2009</div></section>"
    )
    page = _meta_page(("dc.Title", "Round things"), ("dc.Date", "2009-10-23"),
                      body=f"<h1>Round things</h1>{_ROUND_ABSTRACT}{history}")
    assert normalise_page("https://example.org/doi/10.1234/round.9", page).papers[0].published == "2009-10-08"


def test_without_meta_the_full_date_right_before_a_citation_lines_volume_and_issue_dates_the_paper():
    # Science Signaling on HighWire's first platform (round 18), read without meta: above the heading
    # <p class="Citation"><em>Sci. Signal.</em>, 19 November 2013<br /> Vol. <strong>6</strong>, Issue
    # 302, p. ra100<br /> [DOI: 10.1126/scisignal.2004518]</p>.
    line = ('<p class="Citation"><em>J. Pages</em>, 19 November 2013<br />\n Vol. <strong>6</strong>,'
            " Issue 302, p. ra100<br />\n [DOI: 10.1234/round.11]</p>")
    page = f"<html><body>{line}<h1>A study of round things</h1>{_ROUND_ABSTRACT}</body></html>"
    paper = normalise_page("https://example.org/saved-page", page).papers[0]
    assert (paper.published, paper.doi) == ("2013-11-19", "10.1234/round.11")
    # A month alone before the volume is the issue's, not the paper's day.
    page = page.replace("19 November 2013", "November 2013")
    assert normalise_page("https://example.org/saved-page", page).papers[0].published != "2013-11-19"


def test_a_citation_lines_bracketed_issue_date_dates_the_paper_not_the_day_dublin_core_dates_the_record():
    # CiteULike (round 20): dc:date "2007-06-09T08:31:09-00:00" is the day a user posted the paper;
    # the citation line under the byline gives the issue, "…, Vol. 43, No. 2. (1 March 2003), pp.
    # 493-500, doi:10.1021/ci025584y". A first of the month there stands for the issue's month.
    assert _paper("citeulike_423382.json").published == "2003-03"
    line = ('<div class="vague"><span><i>J. Pages</i>, Vol. 12, No. 17. (%s), pp. 2111-2120, '
            '<a href="https://doi.org/10.1234/round.12">doi:10.1234/round.12</a></span></div>')
    for shown, published in (("1 March 2003", "2003-03"), ("2006", "2006"), ("12 March 2003", "2003-03-12")):
        body = f"<h1>Round things</h1>{line % shown}{_ROUND_ABSTRACT}"
        page = _meta_page(("dc:title", "Round things"), ("dc:date", "2007-06-09T08:31:09-00:00"), body=body)
        assert normalise_page("https://example.org/article/12", page).papers[0].published == published
        # … and without meta, the line alone dates it.
        page = f"<html><body>{body}</body></html>"
        assert normalise_page("https://example.org/saved-page", page).papers[0].published == published


def test_without_meta_springerlinks_first_online_day_is_the_date_not_the_received_day_after_it():
    # SpringerLink's article page of 2017 as a browser saved it (round 22), read without meta: its script
    # had made "First Online" a button (<a …>08 July 2011</a>), so the history's only <time> elements were
    # "Received" and "Accepted", each wrapped in a span after its label span, and the page was dated by
    # its Received day. The label before a date's wrapper names it too, and "First Online" is a
    # publication date's label.
    def history(first_online):
        return (
            '<html><head><title>Round things | SpringerLink</title></head><body><h1 class="ArticleTitle">'
            'Round things</h1><div class="article-dates" data-component="SpringerLink.ArticleDates"><div '
            'class="article-dates__entry"><span class="article-dates__label">First Online: </span><span '
            f'class="article-dates__first-online">{first_online}</span></div><div class="article-dates__'
            'history"><div class="article-dates__entry"><span class="article-dates__label">Received: </span>'
            '<span><time datetime="2011-04-28">28 April 2011</time></span></div><div class="article-dates__'
            'entry"><span class="article-dates__label">Accepted: </span><span><time datetime="2011-06-23">23 '
            f"June 2011</time></span></div></div></div>{_ROUND_ABSTRACT}</body></html>"
        )

    saved = history('<a href="#article-dates-history" role="button">08 July 2011</a>')
    assert normalise_page("https://example.org/saved-page", saved).papers[0].published == "2011-07-08"
    served = history('<time datetime="2011-07-08">08 July 2011</time>')
    assert normalise_page("https://example.org/saved-page", served).papers[0].published == "2011-07-08"


def test_without_meta_a_dateline_under_the_heading_dates_the_paper():
    # Mike Taylor's page of his SVPCA 2015 abstract (round 23): <p><small>4th September 2015</small></p>
    # right under the h1, a date and nothing else, then the byline; no label, no <time>, no meta date.
    page = ("<html><head><title>Ann Round - Why round things are round</title></head><body>"
            "<h1>Why round things are round</h1><p style='text-align:left'><small>4th September 2015"
            f"</small></p><p>Ann Round and Cy Flat.</p>{_ROUND_ABSTRACT}</body></html>")
    assert normalise_page("https://example.org/round/abstract.html", page).papers[0].published == "2015-09-04"


def test_a_line_under_the_heading_with_more_than_a_date_is_no_dateline():
    page = ("<html><head><title>Why round things are round</title></head><body>"
            "<h1>Why round things are round</h1><p>Revised on 4th September 2015 after the meeting</p>"
            f"{_ROUND_ABSTRACT}</body></html>")
    assert normalise_page("https://example.org/round/abstract.html", page).papers[0].published is None


@pytest.mark.parametrize("cited_title", [
    "Jupyter Notebook FREYA PID Graph Key Performance Indicators (KPIs).",
    "A survey of “round things”.",
    "Notes on round things [preprint].",
])


def test_a_references_publication_label_is_not_the_pages_even_after_a_bracket_or_quote(cited_title):
    # A Rogue Scholar record (InvenioRDM, round 23) shows "Published July 1, 2019" above its title and,
    # in its references, "Fenner M. Jupyter Notebook FREYA PID Graph Key Performance Indicators (KPIs).
    # Published online June 30, 2019. doi:10.14454/3BPW-W381": a title closing with a bracket before its
    # stop hid the reference, and the paper was dated by the work it cites.
    page = ("<html><head><title>Round things</title></head><body><h1>Round things</h1>"
            "<p>Published July 1, 2019</p>"
            f"{_ROUND_ABSTRACT}<h2>References</h2><p>Fenner M. {cited_title} Published online June 30, 2019. "
            "doi:<a href='https://doi.org/10.14454/3BPW-W381'>10.14454/3BPW-W381</a></p></body></html>")
    assert normalise_page("https://example.org/records/round", page).papers[0].published == "2019-07-01"


def test_a_dspace_item_views_date_under_a_heading_in_its_own_language_dates_the_record():
    # UNESP's DSpace (round 31) read without meta: "Data de publicação" and the year under it in the
    # simple item view dated nothing, no English label naming it. Here a title meta alone, undated.
    page = _meta_page(
        ("DC.title", "Snow in Palmas"),
        body='<h2>Snow in Palmas</h2><div class="simple-item-view-date word-break">'
             "<h5>Data de publicação</h5>2004</div>"
             '<div class="simple-item-view-date word-break"><h5>Tipo</h5><div>Dissertação</div></div>',
    )
    assert normalise_page("https://example.org/saved-page", page).papers[0].published == "2004"


def test_a_catalogues_publication_year_row_dates_the_page_by_its_year():
    # ProQuest's Details table (2020): "Publication year | 1971", "Degree date | 1971", no meta date.
    assert _paper("proquest_302568034.json").published == "1971"
    rows = (
        "<table><tr><td>Title</td><td>On things</td></tr><tr><td>Author</td><td>Ada Lovelace</td></tr>"
        "<tr><td>{}</td><td>1970</td></tr></table>"
    )
    for label in ("Publication year", "Year of publication"):
        assert normalise_page("https://example.org/t", rows.format(label)).papers[0].published == "1970"


def test_a_theses_online_date_is_the_repositorys_posting_not_its_publication():
    # eScholarship (2022): a UC Berkeley dissertation of 2015 that the repository put online on
    # 2015-11-21 (citation_online_date); the thesis is dated by its year.
    assert _paper("escholarship_qt0wh0h5bj.json").published == "2015"
    dates = (("citation_title", "On things"), ("citation_author", "Lovelace, Ada"),
             ("citation_publication_date", "2015"), ("citation_online_date", "2015-11-21"))
    thesis = _meta_page(*dates, ("citation_dissertation_institution", "UC Berkeley"))
    assert normalise_page("https://example.org/t", thesis).papers[0].published == "2015"
    # An article's online day still refines its year; a thesis dated only online is dated so.
    assert normalise_page("https://example.org/a", _meta_page(*dates)).papers[0].published == "2015-11-21"
    online_only = _meta_page(*dates[:2], dates[3], ("citation_dissertation_name", "On things"))
    assert normalise_page("https://example.org/t", online_only).papers[0].published == "2015-11-21"


def test_without_meta_a_dspace_full_records_dc_date_issued_row_dates_the_page():
    # DSpace's "?mode=full" table: dc.date.accessioned is the repository's intake, dc.date.issued the
    # work's date (VNU's repository, 2020: 2018-11-27T03:21:29Z and 2018).
    rows = [("dc.contributor.author", "Lovelace, Ada"), ("dc.date.accessioned", "2018-11-27T03:21:29Z"),
            ("dc.date.available", "2018-11-27T03:21:29Z"), ("dc.date.issued", "2018"),
            ("dc.title", "On things")]
    cells = "".join(f"<tr><td>{field}</td><td>{value}</td><td>-</td></tr>" for field, value in rows)
    page = f"<html><body><table>{cells}</table></body></html>"
    assert normalise_page("https://example.org/handle/1/2?mode=full", page).papers[0].published == "2018"


def test_without_meta_a_time_under_an_h2_that_shows_the_title_dates_the_page():
    # eScholarship's item page (2022): no h1, the title an h2, then <time>2015</time> above the author list.
    text = ("We study things at length and find that they are many, varied and worth the study we "
            "give them.")
    body = ('<h2 class="main-heading">On things</h2><div class="authors"><time>2015</time><ul><li>'
            f"Author(s): Ada Lovelace</li></ul></div><h3>Abstract</h3><p>{text}</p>")
    found = normalise_page("https://example.org/item/1", f"<html><body>{body}</body></html>")
    assert (found.papers[0].title, found.papers[0].published) == ("On things", "2015")


def test_dergiparks_published_in_issue_year_dates_a_back_issue_posted_years_later():
    # DergiPark (2026): a 2005 issue's article put online in 2014; the meta and "Publication Date" give the
    # posting, the Details box's "Published in Issue" the issue's year (round 34's held-out page).
    assert _paper("dergipark_mulkiye.1000.json").published == "2005"
    assert _paper("dergipark_29mayisegitim.1816398.json").published == "2026-01-30"
    details = (
        "<div id='sec-article-info'><h2>Details</h2>"
        "<div><div><h3>Publication Date</h3><p>March 6, 2014</p></div>"
        "<div><h3>Submission Date</h3><p>February 1, 2014</p></div></div>"
        "<div><div><h3>Acceptance Date</h3><p>-</p></div>"
        "<div><h3>{label}</h3><p>Year {year} Volume: 29 Number: 247</p></div></div></div>"
    )
    for label, year, published in (("Published in Issue", "2005", "2005"),
                                   ("Yayımlandığı Sayı", "2005", "2005"),
                                   ("Published in Issue", "2014", "2014-03-06")):
        page = _meta_page(("citation_title", "On things"), ("citation_author", "Ada Lovelace"),
                          ("citation_publication_date", "2014-03-06"),
                          body=details.format(label=label, year=year))
        found = normalise_page("https://dergipark.org.tr/en/pub/x/article/1", page)
        assert found.papers[0].published == published
    # Another site's box of the same shape is not DergiPark's.
    page = _meta_page(("citation_title", "On things"), ("citation_author", "Ada Lovelace"),
                      ("citation_publication_date", "2014-03-06"),
                      body=details.format(label="Published in Issue", year="2005"))
    assert normalise_page("https://example.org/x", page).papers[0].published == "2014-03-06"


def test_without_meta_a_details_boxs_small_heading_labels_the_publication_date():
    # DergiPark (2026): <div><h3>Publication Date</h3><p>January 30, 2026</p></div> in the Details box,
    # beside the review dates headed the same way.
    abstract = "We study things at length and find that they are many, varied and worth the study we give."
    for tag in ("h3", "h4", "h5", "h6"):
        details = (f"<div><div><{tag}>Publication Date</{tag}><p>January 30, 2026</p></div>"
                   f"<div><{tag}>Submission Date</{tag}><p>November 3, 2025</p></div></div>")
        page = (f"<html><body><h1>On things</h1><p class='authors'>Ada Lovelace</p><h2>Abstract</h2>"
                f"<p>{abstract}</p><h2>Details</h2>{details}</body></html>")
        assert normalise_page("https://example.org/a/1", page).papers[0].published == "2026-01-30"


def test_an_articles_number_and_day_after_its_volume_and_issue_date_a_page_without_meta():
    # The Journal of Digital Information (round 37's held-out article of 2001): no meta, and the journal
    # line above the title gives the volume and issue, then on the next line the article's number and
    # the day it came out: "Volume 1 Issue 8<br>Article No. 42, 2001-02-08".
    page = ("<html><head><title>MetaNet - A Metadata Term Thesaurus</title></head><body><p>Journal of "
            "Digital Information, Volume 1 Issue 8<br>Article No. 42, 2001-02-08<br>To cite this paper "
            "please include the details above</p><h1>MetaNet - A Metadata Term Thesaurus</h1><h3>Abstract"
            "</h3><p>Metadata interoperability is a fundamental requirement for access to information "
            "within networked knowledge organization systems.</p></body></html>")
    paper = normalise_page("http://jodi.ecs.soton.ac.uk/Articles/v01/i08/Hunter/", page).papers[0]
    assert paper.published == "2001-02-08"


def test_a_reference_entrys_publication_label_under_the_references_heading_dates_nothing():
    # A reference written as a sentence with its own label, no DOI after it ("Smith J. Old things.
    # Published 1999."), dated the page that states no date of its own: only a DOI after the label
    # told a cited work from the page's own citation line.
    abstract = "We study things at length and find that they are many, varied and worth the study we give."
    references = ("<h2>References</h2><ol><li>Smith J. Old things. <em>Journal of Things</em>. "
                  "Published 1999.</li></ol>")
    body = (f"<h1>On things</h1><p class='authors'>Ada Lovelace</p><h2>Abstract</h2><p>{abstract}</p>"
            f"{references}")
    for page in (f"<html><body>{body}</body></html>",
                 _meta_page(("citation_title", "On things"), ("citation_author", "Ada Lovelace"), body=body)):
        assert normalise_page("https://example.org/a/1", page).papers[0].published is None
    # The paper's own dates, in a box of their own after the references, still date it.
    dated = f"{body}<h2>Publication history</h2><p>Published 3 May 2012</p>"
    found = normalise_page("https://example.org/a/1", f"<html><body>{dated}</body></html>")
    assert found.papers[0].published == "2012-05-03"


def test_a_facet_list_of_years_after_a_date_label_dates_nothing():
    # A search page's or a repository's filter, "Date published" over the years to choose from, each a
    # link with its count: the element after the label (or opening onto it) was read as its value, and
    # the first year dated the page.
    abstract = "We study things at length and find that they are many, varied and worth the study we give."
    years = '<li><a href="?y=2021">2021</a> (3)</li><li><a href="?y=2020">2020</a> (5)</li>'
    for facet in (f'<div class="facet"><span>Date published</span><ul>{years}</ul></div>',
                  f'<div class="facet"><h4>Date published</h4><ul>{years}</ul></div>',
                  f'<div class="facet">Date published<ul>{years}</ul></div>'):
        body = (f"<h1>On things</h1><p class='authors'>Ada Lovelace</p><h2>Abstract</h2><p>{abstract}</p>"
                f"{facet}")
        meta = (("citation_title", "On things"), ("citation_author", "Ada Lovelace"))
        for page in (f"<html><body>{body}</body></html>", _meta_page(*meta, body=body)):
            assert normalise_page("https://example.org/a/1", page).papers[0].published is None, facet
    # A list of the paper's own dates after the label is no choice.
    own = "<div><span>Published</span><ul><li>Online 3 May 2012</li><li>Print June 2012</li></ul></div>"
    page = (f"<html><body><h1>On things</h1><p class='authors'>Ada Lovelace</p><h2>Abstract</h2>"
            f"<p>{abstract}</p>{own}</body></html>")
    assert normalise_page("https://example.org/a/1", page).papers[0].published == "2012-05-03"


def test_a_books_first_published_label_dates_it_whatever_edition_its_meta_dates():
    # `published` is when the work first appeared. A book's page dates its new edition in meta and shows
    # "First published 2010": a label more than three years before the meta's date was dropped as another
    # work's (so the edition dated the book), one within three years kept. An imprint page's "First
    # published in Great Britain in 2018 by …" or "First published 2018 by Round Press" was read as no
    # date or as a venue's name, and "This edition first published 2020" before the work's own label
    # dated the book by the edition.
    description = ("<h2>Description</h2><p>This book studies round things at length and finds that they are "
                   "many, varied and worth the study we give them.</p>")
    cases = (
        ("2020-03-01", "<p>First published 2010</p><p>Second edition 2020</p>", "2010"),
        ("2020-03-01", "<p>First published 2018</p><p>Second edition 2020</p>", "2018"),
        ("2020", "<p>First published 2018 by Round Press</p>", "2018"),
        ("2020", "<p>First published in Great Britain in 2018 by Round Press</p>", "2018"),
        (None, "<p>This edition first published 2020. First published 2018.</p>", "2018"),
        (None, "<p>This edition first published 2020.</p>", "2020"),
    )
    for stated, shown, published in cases:
        meta = [("citation_title", "Round things"), ("citation_author", "Ada Lovelace")]
        meta += [("citation_publication_date", stated)] if stated else []
        page = _meta_page(*meta, body=f"<h1>Round things</h1>{shown}{description}")
        assert normalise_page("https://example.org/book/1", page).papers[0].published == published, shown


def test_a_reports_date_line_under_its_number_and_address_dates_it_a_page_without_meta():
    # An AT&T Labs-Research technical report of 1999 (round 39's page, as arXiv serves it): no meta; under
    # the h1 an h3 of the report's number, its address as a link, then the date alone in italics.
    page = ("<HTML><HEAD><TITLE>Beyond Concern</TITLE></HEAD><BODY><H1>Beyond Concern</H1>"
            "<H3>AT&amp;T Labs-Research Technical Report TR 99.4.3</H3><A href=\"http://www.research.att.com/"
            "library/trs/TRs/99/99.4/\">http://www.research.att.com/library/trs/TRs/99/99.4/</A> "
            "<P><I>14 April 1999</I> <P><B>Lorrie Faith Cranor</B> <BR>AT&amp;T Labs-Research"
            "<H2>Executive Summary</H2>People are concerned about privacy, particularly on the Internet."
            "</BODY></HTML>")
    url = "http://www.research.att.com/~lorrie/pubs/report.htm"
    assert normalise_page(url, page).papers[0].published == "1999-04-14"
    # A paragraph of text first: the date line further down is not the title's.
    later = page.replace("<P><I>14 April 1999</I>", "<P>A survey of Internet users.<P><I>14 April 1999</I>")
    assert normalise_page(url, later).papers[0].published is None


def test_the_year_that_ends_a_labelled_venue_row_dates_a_page_that_shows_no_other_date():
    # GeWu-Lab's Hugo site (round 38): JSON-LD datePublished is Hugo's zero date 0001-01-01, and the only
    # year on the page ends the venue, under the byline and in the row "Publication".
    json_ld = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "Article", '
               '"headline": "A study of round things", "datePublished": "0001-01-01T00:00:00Z", '
               '"author": {"@type": "Person", "name": "Ada Lovelace"}}</script>')
    row = ('<div class="row"><div class="pub-row-heading">Publication</div>'
           '<div>International Conference on Round Things (ICRT) {0}</div></div>')

    def published(shown: str) -> str | None:
        page = (f"<html><head><title>Round Lab</title>{json_ld}</head><body><h1>A study of round things</h1>"
                f"{shown}</body></html>")
        return normalise_page("https://example.github.io/publication/round/", page).papers[0].published

    assert published(row.format("2017")) == "2017"
    # A venue without its year dates nothing; nor does a label that is part of a longer line.
    assert published(row.format("")) is None
    assert published("<p><b>Publication</b> of the round things society, 2017 issue</p>") is None


def test_the_article_date_a_site_generator_shows_stands_beside_the_meta_date_of_the_pages_making():
    # Hugo's Academic theme and its successors (round 38's held-out Clément Hardy page, Wowchemy 5.4.0):
    # article:published_time and JSON-LD datePublished are the day the page was made (2022-03-09), the
    # metadata line under the byline shows the paper's month; the earliest wins, and a day of the meta in
    # the month shown refines it (Kevin Bock's page: "March 2023", meta 2023-03-10).
    def published(made: str, shown: str) -> str | None:
        page = (f'<html><head><title>A study of round things</title><meta property="article:published_time" '
                f'content="{made}T14:08:19+00:00"><script type="application/ld+json">{{"@context": '
                f'"https://schema.org", "@type": "Article", "headline": "A study of round things", '
                f'"datePublished": "{made}T14:08:19Z", "author": {{"@type": "Person", "name": "Ada '
                f'Lovelace"}}}}</script></head><body><h1>A study of round things</h1><div '
                f'class="article-metadata"><div><span>Ada Lovelace</span></div><span class="article-date">'
                f"{shown}</span></div></body></html>")
        return normalise_page("https://example.github.io/publication/round/", page).papers[0].published

    assert published("2022-03-09", "January 2022") == "2022-01"
    assert published("2023-03-10", "March 2023") == "2023-03-10"
    # The theme's "Last updated on …" dates a change, not the paper.
    assert published("2022-03-09", "Last updated on January 2022") == "2022-03-09"


def test_a_french_pages_article_date_is_read_in_french():
    # Eric Marcon's Hugo Blox site in French (round 38's held-out page): "février, 2015" under the byline,
    # article:published_time 2020-04-12 the day the page was made. The months are French only on a page
    # that says it is in French.
    def published(language: str, shown: str) -> str | None:
        page = (f'<html lang="{language}"><head><title>Mesures de la concentration spatiale</title>'
                f'<meta property="article:published_time" content="2020-04-12T22:31:15+00:00">'
                f'<script type="application/ld+json">{{"@type": "Article", "headline": "Mesures de la '
                f'concentration spatiale", "datePublished": "2020-04-12T22:31:15Z"}}</script></head><body>'
                f'<h1>Mesures de la concentration spatiale</h1><div class="article-metadata"><div><span>Eric '
                f'Marcon</span>, <span>Florence Puech</span></div><span class="article-date">{shown}</span>'
                f"</div><h3>Résumé</h3><p>L'agglomération des activités économiques est indéniable et "
                f"chacun peut aisément citer des exemples.</p></body></html>")
        return normalise_page("https://example.github.io/publication/marcon-2015/", page).papers[0].published

    assert published("fr-fr", "février, 2015") == "2015-02"
    assert published("fr", "Décembre 2014") == "2014-12"
    assert published("en-us", "Mars 2015") == "2020-04-12"


def test_the_article_date_stands_beside_an_open_graph_date_on_a_page_read_from_its_body():
    # The same theme's page with Open Graph alone (round 38's held-out Eric Marcon page in the mix of og
    # meta only): nothing calls it scholarly but its body, and article:published_time is still the day
    # the page was made.
    page = ('<html><head><meta property="og:title" content="A study of round things | Round Lab">'
            '<meta property="article:published_time" content="2020-04-12T22:31:15+00:00"></head><body>'
            '<h1>A study of round things</h1><div class="article-metadata"><div><span>Ada Lovelace</span>'
            '</div><span class="article-date">February 2015</span></div><h3>Abstract</h3><p '
            'class="pub-abstract">We study round things in detail and find that they roll downhill.</p>'
            "</body></html>")
    paper = normalise_page("https://example.github.io/publication/round/", page).papers[0]
    assert paper.published == "2015-02"


def test_an_article_date_in_a_list_of_other_posts_dates_nothing():
    # A theme's "Recent posts" beside the page, each item with its span.article-date: another post's date,
    # earlier than the paper's, would have won as the earliest (a review of round 38's article_date).
    sidebar = ('<aside><h3>Recent posts</h3><ul><li><a href="/post/old/">An old post</a> <span '
               'class="article-date">March 2010</span></li></ul></aside>')
    page = ('<html><head><title>A study of round things</title><script type="application/ld+json">'
            '{"@type": "Article", "headline": "A study of round things", "datePublished": "2021-05-04"}'
            f"</script></head><body><h1>A study of round things</h1>{sidebar}<h3>Abstract</h3><p>We study "
            "round things in detail and find that they roll downhill.</p></body></html>")
    assert normalise_page("https://example.org/publication/round/", page).papers[0].published == "2021-05-04"


def test_a_venue_row_of_another_paper_in_a_list_dates_nothing():
    # A list of the lab's other papers, each with its "Publication" row, under a page that shows no date
    # of its own (a review of round 38's _venue_row_year): the first row was another paper's year.
    others = ('<ul><li><a href="/publication/old/">An old study</a><div><span>Publication</span><span>'
              "Journal of Old Things 2009</span></div></li></ul>")
    page = ('<html><head><title>A study of round things</title><script type="application/ld+json">'
            '{"@type": "Article", "headline": "A study of round things"}</script></head><body><h1>A study '
            "of round things</h1><h3>Abstract</h3><p>We study round things in detail and find that they roll "
            f"downhill.</p><h3>Related</h3>{others}</body></html>")
    assert normalise_page("https://example.org/publication/round/", page).papers[0].published is None


def test_without_meta_the_citation_line_under_the_title_dates_the_paper_by_its_year():
    # JMLR W&CP (round 41): <h2>title</h2><p><i><b>names</b></i>; JMLR W&CP 1:33-57, 2007.</p>, the year
    # the only date; 'Page last modified on …' after the content is no publication date. An issue in
    # brackets may stand after the volume ("JMLR W&CP 28 (3) : 657–665, 2013").
    def published(line: str, after: str = "") -> str | None:
        body = (f"<h2>A study of round things</h2>{line}<h3>Abstract</h3>We looked at round things long and "
                f"found them round.{after}")
        page = f"<html><body><div id=\"content\">{body}</div></body></html>"
        return normalise_page("https://example.org/saved-page", page).papers[0].published

    byline = "<p><i><b>Tobias Jung, Daniel Polani</b></i>; "
    assert published(f"{byline}JMLR W&amp;CP 1:33-57, 2007.</p>") == "2007"
    assert published(f"{byline}JMLR W&amp;CP 22: 1350-1357, 2012.</p>") == "2012"
    assert published(f"{byline}</p><p>JMLR W&amp;CP 28 (3) : 657\u2013665, 2013</p>") == "2013"
    # The same line in the paper's text, below a heading, or one that runs on after the year, is not
    # the paper's own.
    assert published(f"{byline}Proceedings.</p>", "<p>As in Nature 1:33-57, 2007.</p>") is None
    assert published(f"{byline}JMLR W&amp;CP 1:33-57, 2007, and elsewhere.</p>") is None


def test_without_meta_a_proceedings_line_of_pages_and_year_under_the_title_dates_the_paper():
    # JMLR W&CP's ICML pages without their meta (round 41): <h1>title</h1><div id="authors">…</div><div
    # id="info">Proceedings of The 32nd International Conference on Machine Learning, pp. 2463–2472,
    # 2015</div>; the year the only date.
    def published(info: str) -> str | None:
        body = (f'<h1>A study of round things</h1><div id="authors">Congyuan Yang, Daniel Robinson</div>'
                f'<div id="info">{info}</div><h2>Abstract</h2><div id="abstract">We looked at round things '
                "long and found them round.</div>")
        page = f"<html><body>{body}</body></html>"
        return normalise_page("https://example.org/saved-page", page).papers[0].published

    line = "Proceedings of The 32nd International Conference on Machine Learning"
    assert published(f"{line},\n\t\tpp. 2463\u20132472, 2015") == "2015"
    assert published(f"{line}, pp. 2463\u20132472, 2015, with a talk") is None


def test_a_citation_of_the_pages_own_title_gives_its_month_before_the_doi():
    # The BMVA's BMVC pages (round 41): a table of labelled rows, the Citation row "Z. Zhang and O. D.
    # Faugeras. <title>. In Andrew Sleigh, editors, Proceedings …, pages 17.1-17.6. BMVA Press, September
    # 1990. doi:10.5244/C.4.17.", the BibTeX beside it with the year only.
    title = "Determining motion from 3D line segment matches: a comparative study"

    def published(citation: str) -> str | None:
        rows = "".join(f"<tr><td><b>{label}:</b></td><td>{value}</td></tr>" for label, value in (
            ("Title", f"<b>{title}</b>"), ("Authors", "Z. Zhang and O. D. Faugeras"),
            ("DOI", '<a href="http://dx.doi.org/10.5244/C.4.17">doi:10.5244/C.4.17</a>'),
            ("Citation", citation),
            ("BibTeX", f"@inproceedings{{BMVC.4.17, title = {{{title}}}, year = {{1990}}, }}")))
        head = "<head><title>BMVC 1990 Oxford</title></head>"
        page = f'<html>{head}<body><table id="table1">{rows}</table></body></html>'
        return normalise_page("https://example.org/saved-page", page).papers[0].published

    own = (f"Z. Zhang and O. D. Faugeras. {title}. In Andrew Sleigh, editors, Proceedings of the British "
           "Machine Conference, pages 17.1-17.6. BMVA Press, September 1990. doi:10.5244/C.4.17.")
    assert published(own) == "1990-09"
    # A citation of another work, with its own month and DOI, leaves the page its BibTeX year.
    other = "A. Other. A study of round things. Round Press, March 1989. doi:10.5244/C.3.1."
    assert published(other) == "1990"


def test_a_chinese_journal_issue_dates_the_paper_by_its_year():
    # CNKI's record page of 2016 (round 40's): no date but the journal's issue beside its name, written the
    # Chinese way, the year and the issue's number ("2016年12期"); an issue's number is no month.
    page = ("<html><head><title>Annual index of 2016 - China Academic Journals</title></head><body>"
            "<h1>Annual index of 2016</h1><p>DOI: 10.1234/zgrk.2016.12.019</p>"
            "<div class=detailLink><a>中国软科学</a>, <a>China Soft Science</a>,<br><a>{0}</a></div>"
            "<div id=footer>© 2014中国知网(cnki)</div></body></html>")
    address = "http://kns.cnki.net/kcms/detail/detail.aspx?filename=zgrk201612019"
    assert normalise_page(address, page.format("2016年12期")).papers[0].published == "2016"
    assert normalise_page(address, page.format("2016年第2期")).papers[0].published == "2016"
    # The footer's year of copyright dates nothing.
    assert normalise_page(address, page.format("")).papers[0].published is None


def test_a_chinese_issue_in_a_sidebar_of_other_papers_dates_nothing():
    # A Chinese journal's article page lists related articles ('相关文献'), each with its own issue, beside
    # or before its record: round 40's issue pattern read the first issue anywhere above the references.
    record = ("<h1>企业社会责任研究</h1><p>摘要：本文研究企业社会责任与财务绩效的关系，"
              "发现二者正相关。本文进一步讨论了其机制，并给出了政策建议和未来研究方向。</p>"
              "<p>DOI：10.1234/abcd.2016.02.002</p>")
    items = ("<li><a href='/a'>公司治理研究</a> 管理世界 2019年第3期</li>"
             "<li><a href='/b'>财务绩效</a> 2018年5期</li>")
    for side in (f"<div class=sidebar><h3>相关文献</h3><ul>{items}</ul></div>",
                 "<aside><h3>相关文献</h3><p>公司治理研究 2019年第3期</p></aside>"):
        for body in (record + side, side + record):
            page = f"<html><head><title>企业社会责任研究</title></head><body>{body}</body></html>"
            paper = normalise_page("https://www.example.cn/article/1", page).papers[0]
            assert (paper.title, paper.published) == ("企业社会责任研究", None), body


def test_a_date_written_with_year_month_and_day_characters_after_a_chinese_label_dates_the_paper():
    # Wanfang Data's article page of 2017 (round 40's second batch): no meta date, the issue in the
    # breadcrumbs ('2017年4期') and a row '在线出版日期：' ('date of online publication') with its value
    # in the next span, '2017年5月27日'; neither the label nor the date's form was read.
    page = ("<html><head><title>中国梦视阈下大学生精神动力的逻辑内蕴与培育路径</title></head><body>"
            "<div class=breadcrumbs><a>大连干部学刊</a> > <a>2017年4期</a> > <span>中国梦视阈下"
            "大学生精神动力的逻辑内蕴与培育路径</span></div><h1>中国梦视阈下大学生精神动力的逻辑内蕴与"
            "培育路径</h1>"
            "<p>DOI: 10.3969/j.issn.1671-6183.2017.04.006</p><div class=row>"
            "<span class=pre>{0}</span>\r\r\n<span class=text>{1}</span></div></body></html>")
    address = "http://d.wanfangdata.com.cn/Periodical/dlgbxk201704006"
    found = normalise_page(address, page.format("在线出版日期：", "2017年5月27日")).papers[0]
    assert found.published == "2017-05-27"
    # The month alone, and Korean's characters, are read as written.
    assert partial_date("2017年5月") == "2017-05" and partial_date("2017년 5월 27일") == "2017-05-27"
    # A label that is no publication's leaves the issue's year.
    found = normalise_page(address, page.format("收稿日期：", "2017年3月1日")).papers[0]
    assert found.published == "2017"


def test_a_year_and_a_long_run_of_spaces_is_read_in_linear_time():
    # The Chinese issue's pattern (round 40) first read the spaces after '年' with two runs of optional
    # spaces around an optional '第': a text of a year and tens of thousands of spaces took seconds. A page's
    # text comes with its spaces collapsed, but the pattern reads whatever text it is given.
    from papershelf.normalise import cited_dates

    def searching(length):
        text = "2016年" + " " * length + "x"
        return lambda: cited_dates._CHINESE_ISSUE.search(text)

    assert assert_linear_time(searching, 20000) is None
    assert cited_dates._CHINESE_ISSUE.search("2016 年 第 2 期").group(1) == "2016"


def test_a_publication_word_after_an_auxiliary_is_a_sentences_verb_not_a_date_label():
    # The Cochrane Library (round 43): the search methods' "… trials that have not been published on 8
    # March 2018:" had been read as a label without meta, its date earlier than "Version published: 28
    # September 2018".
    body = ("<h1>A study of round things</h1><span>Version published: 28 September 2018</span>"
            f"{_ROUND_ABSTRACT}"
            "<p>We searched two registries for trials that have not been published on 8 March 2018:</p>")
    page = f"<html><body>{body}</body></html>"
    assert normalise_page("https://example.org/saved-page", page).papers[0].published == "2018-09-28"


def test_a_microdata_or_rdfa_date_in_a_sidebars_list_of_other_papers_dates_nothing():
    # A journal's article page whose sidebar lists its most read papers, each a title link and its own
    # date marked as the article's is (RDFa property="datePublished", or microdata): those dates are the
    # other papers', and the earliest of them came out as this paper's.
    page = ('<html><head><title>Sparse attention, twice as fast</title><meta name="citation_title" content='
            '"Sparse attention, twice as fast"><meta name="citation_publication_date" content="2023/05/10">'
            '</head><body><main><h1>Sparse attention, twice as fast</h1>{own}</main><aside><h2>Most read</h2>'
            '<ul><li><a href="/doi/10.1234/x1">Dense attention revisited</a> <span {attr}="datePublished">3 '
            'Jan 2019</span></li><li><a href="/doi/10.1234/x2">Attention for all</a> <span {attr}='
            '"datePublished">8 Feb 2020</span></li></ul></aside></body></html>')
    url = "https://journal.example.org/doi/10.1234/abcd.5678"
    for attr in ("property", "itemprop"):
        assert normalise_page(url, page.format(own="", attr=attr)).papers[0].published == "2023-05-10", attr
    # The page's own history list, dated in its items, still dates it.
    own = ('<ul class="history"><li>Received: 2 Jan 2023</li><li>Published: <span itemprop="datePublished">'
           '2 May 2023</span></li></ul>')
    assert normalise_page(url, page.format(own=own, attr="itemprop")).papers[0].published == "2023-05-02"


def test_a_journals_first_published_year_in_its_info_box_does_not_date_an_article():
    # A journal's article page whose box about the journal gives the journal's first year ("First
    # published: 1965"): the rule for a book's imprint ("First published 2010", whatever edition
    # the meta dates) took it past the window that drops a label years before the meta's date.
    page = ('<html><head><title>Sparse attention, twice as fast</title><meta name="citation_title" content='
            '"Sparse attention, twice as fast"><meta name="citation_author" content="Lee, Ann"><meta name='
            '"citation_publication_date" content="2023/05/10"><meta name="citation_journal_title" content='
            '"Journal of Things"></head><body><main><h1>Sparse attention, twice as fast</h1><p>Ann Lee</p>'
            '</main><div class="journal-info"><h3>Journal of Things</h3>{}</div></body></html>')
    url = "https://journals.example.com/doi/10.1002/abcd.5678"
    for box in ("<p>First published: 1965</p>", "<dl><dt>First published</dt><dd>1965</dd></dl>"):
        assert normalise_page(url, page.format(box)).papers[0].published == "2023-05-10", box
    # A book's page that names its edition or its ISBN is dated by its first publication.
    for box in ("<p>First published 2010</p><p>Second edition 2023</p>",
                "<p>First published 2010</p><p>ISBN 978-0-00-000000-2</p>"):
        assert normalise_page(url, page.format(box)).papers[0].published == "2010", box


def test_an_article_date_of_a_trending_story_above_the_heading_dates_nothing():
    # A news site's story of a paper, a strip of trending stories above its heading, each a card (a div,
    # no list) with its own span.article-date: round 38's article date read the first such element, and
    # the earlier story's date came out as the page's.
    dates = ("January 3, 2024", "November 8, 2023", "June 1, 2023")
    cards = "".join(f'<div class="card"><a href="/{n}">Story {n}</a> <span class="article-date">{date}</span>'
                    '</div>' for n, date in enumerate(dates))
    page = ('<html><head><title>Sea-floor map is the sharpest yet</title><meta property="og:title" content='
            '"Sea-floor map is the sharpest yet"><meta property="article:published_time" '
            f'content="2024-05-03T10:00:00Z"></head><body><div class="trending">{cards}</div><article><h1>'
            'Sea-floor map is the sharpest yet</h1><div class="meta">By Ann Lee <span class="article-date">'
            'May 3, 2024</span></div><p>The paper (doi:10.1038/nature12345) maps the whole bay at one metre, '
            'the sharpest map of a sea floor yet, its authors say.</p></article></body></html>')
    paper = normalise_page("https://news.example.com/science/2024/05/sea-floor", page).papers[0]
    assert paper.published == "2024-05-03"


def test_a_deep_nest_of_labelled_dates_reads_a_few_choices_a_label_not_the_rest_of_the_page():
    # Whether the element after a date's label is a list of dates to choose from (a facet's years) was
    # told by reading every link, option and checkbox label inside it: in a nest of thousands of
    # "Published:" labels, each element after a label holds the rest of the page, and each label read it.
    level = "<div><span>Published:</span><div>3 May 2012 " + "<a href='/x'>2013</a> " * 8

    def normalising(depth):
        page = ("<html><head><meta name='citation_title' content='Round things'><meta name='citation_"
                f"publication_date' content='2012-06-01'></head><body><h1>Round things</h1>{level * depth}"
                f"{'</div></div>' * depth}</body></html>")
        return lambda: normalise_page("https://example.org/a/1", page)

    paper = assert_linear_time(normalising, 1200).papers[0]  # 45 s before, 2 s after
    assert paper.published == "2012-06"


def test_a_deep_nest_of_labels_each_holding_the_next_is_read_in_linear_time():
    # review10's leftover and beside it: in a nest of elements that each open with a date's label and hold
    # the next ("<span>Published: <span>Published: …"), the label's first child, the element after it and
    # its gap elements were each read whole for a date that opens them, and each holds the rest of the
    # nest: 4,000 spans took 46 s of CPU, 4,000 "<b>Published online:</b><span>" 1.5 s (1 s and 0.7 s
    # after, 8,000 twice that).
    prose = ("<div class='abstract'><p>We looked at round things long and found them round, and then we "
             "looked again at them.</p></div>")
    head = "<html><head><title>Round</title></head><body><h1>Round things</h1>"
    for opening, closing in (("<span>Published: ", "</span>"), ("<div>Published ", "</div>"),
                             ("<b>Published online:</b><span>", "</span>")):

        def normalising(depth, opening=opening, closing=closing):
            page = f"{head}{prose}{opening * depth}{closing * depth}</body></html>"
            return lambda: normalise_page("https://example.org/a/1", page)

        assert assert_linear_time(normalising, 4000).papers[0].published is None, opening


def test_an_issue_month_after_a_comma_dates_the_page():
    # Project MUSE's article summary (round 44, 2013): no meta, the issue under the title as "From:
    # American Journal of Mathematics / Volume 134, Number 6, December 2012 / pp. 1423-1472 | <DOI>".
    title = "Disk counting on toric varieties via tropical curves"

    def published(issue: str) -> str | None:
        page = (f"<html><head><title>Project MUSE - {title}</title></head><body>"
                f'<div id="article-title">{title}</div>'
                '<div class="designation"><p><span>From: </span><a href="/journals/ajm">American Journal of '
                f'Mathematics</a> <br><a href="/toc/ajm.134.6.html">{issue}</a><br> pp. 1423-1472</p></div>'
                '<div class="abstract"><p>In this paper, we define two numbers. One is defined by counting '
                "tropical curves with a stop, and the other is the number of holomorphic disks.</p></div>"
                "</body></html>")
        return normalise_page("https://example.org/saved-page", page).papers[0].published

    assert published("Volume 134, Number 6, December 2012") == "2012-12"
    # A day after the issue is its full date, read as before.
    assert published("Vol. 14, No. 6, June 30, 2020") == "2020-06-30"


def test_a_cited_works_issue_and_month_in_running_text_or_a_list_does_not_date_the_page():
    # The issue's month after a comma (round 44) is the page's own line under its title, not a work the
    # page cites in a sentence or a list of references in the same form.
    abstract = ("We study round things in detail and show that they roll further than square things on every "
                "surface we tried, with a model that predicts how far.")
    cited = "Stone B. Journal of Things, Vol. 3, No. 2, March 1999, pp. 1-10"
    sentence = ("measured only squares on flat ground, and nobody has measured round things on slopes since "
                "then, which this study does for the first time.")

    def published(citing: str) -> str | None:
        page = ("<html><head><title>Round things roll further</title></head><body><h1>Round things roll "
                f"further</h1><p>By Ann Lee</p><h2>Abstract</h2><p>{abstract}</p>"
                f"<p>doi:10.1234/round.2020.1</p><h2>Background</h2>{citing}</body></html>")
        return normalise_page("https://example.org/post", page).papers[0].published

    assert published(f"<p>Earlier work ({cited}) {sentence}</p>") is None
    assert published(f"<p>Earlier work (<em>{cited}</em>) {sentence}</p>") is None
    assert published(f"<ul><li>{cited}</li></ul>") is None


def test_a_references_issue_and_month_under_a_label_no_heading_knew_does_not_date_the_page():
    # The issue's month after a comma counts on a line of its own (round 44, c2da370); references set one
    # a paragraph, under a label the reader did not know as theirs (a word processor's bold paragraph
    # "REFERENCES", a German or French heading), are lines of their own too, and the first cited work's
    # issue dated a page that shows no date.
    abstract = ("We present a method for segmenting cells in microscopy images with deep networks trained "
                "on many thousands of annotated images, and we show that it finds nine cells in ten where "
                "the best earlier method found seven.")
    references = ("<p>1. Lee A. Round things. Journal of Things, Vol. 3, No. 2, March 1999, pp. 1-10.</p>"
                  "<p>2. Stone B. Square things. Journal of Shapes, Vol. 5, No. 1, May 2001, pp. 3-9.</p>")

    def published(own: str, label: str) -> str | None:
        page = ("<html><head><title>Deep cell segmentation</title></head><body><h1>Deep cell segmentation"
                f"</h1><h2>Abstract</h2><p>{abstract}</p>{own}{label}{references}</body></html>")
        return normalise_page("https://lab.example.edu/pubs/cells.html", page).papers[0].published

    for label in ('<p class="MsoNormal"><b><span>REFERENCES</span></b></p>', "<h2>Literatur</h2>",
                  "<h2>Références</h2>"):
        assert published("", label) is None, label
    # The page's own line, its venue after its abstract, dates it still; a menu's link "References"
    # labels no references.
    own = "<p><i>Journal of Cells</i>, Vol. 7, No. 4, April 2012</p>"
    assert published(own, "<h2>Literatur</h2>") == "2012-04"
    assert published('<p><a href="/references">References</a></p>' + own, "") == "2012-04"


def test_a_reading_groups_notes_are_not_dated_by_the_work_they_cite_under_their_title():
    # A journal club's or a blog's notes on a paper, no date of their own, cite the paper under their
    # heading: its venue's volume, pages and year (the citation line JMLR W&CP's pages give under the
    # title) or its issue and month (round 44's line of its own) dated the notes.
    notes = ("<h2>Summary</h2><p>The paper replaces recurrence with attention. I found the multi-head part "
             "the most interesting, and here are my notes on it, section by section, with the group's "
             "questions.</p>")

    def published(heading: str, line: str) -> str | None:
        page = (f"<html><head><title>{heading}</title></head><body><h1>{heading}</h1><p>{line}</p>{notes}"
                "</body></html>")
        return normalise_page("https://readinggroup.example.org/notes/attention", page).papers[0].published

    club = "Journal club: attention"
    cited = "NeurIPS 30:5998-6008, 2017."
    assert published("Notes on Attention Is All You Need", f"Vaswani et al., {cited}") is None
    assert published(club, "<i>Vaswani et al.</i>; NeurIPS 30:5998-6008, 2017.") is None
    assert published(club, "Paper: Vaswani A, et al. Attention is all you need. Advances in Neural "
                     "Information Processing Systems, Vol. 30, No. 1, December 2017") is None
    # A page's own line names its authors in full, as JMLR W&CP's does.
    assert published("Learning with round things", "<i><b>Tobias Jung, Daniel Polani</b></i>; JMLR W&amp;CP "
                     "1:33-57, 2007.") == "2007"


def test_citations_set_as_lines_of_one_block_are_read_in_linear_time():
    # A hand-made page's references set as lines of one block, <br> between them, under no heading
    # (a bold "References" paragraph): each line holds an issue and its month after a comma, and whether
    # it is a line of its own was told by reading the whole block again for each (7 s for 8,000 lines).
    def normalising(count):
        lines = "".join(f"Lee A. Round things {n}. Journal of Things, Vol. 3, No. {n}, March 1999.<br>"
                        for n in range(count))
        page = ("<html><body><h1>Round things roll further</h1><h2>Abstract</h2><p>We study round things in "
                "detail and show that they roll further than square things on every surface we tried.</p>"
                f"<p><b>References</b></p><div>{lines}</div></body></html>")
        return lambda: normalise_page("https://example.org/post", page)

    assert assert_linear_time(normalising, 8000).papers[0].published is None


def test_a_deep_nest_of_inline_elements_each_opening_with_a_cited_issue_is_climbed_once():
    # Which block a text's line is was found by climbing its inline elements once for each text: in a
    # nest of thousands of spans, each opening with a cited issue or a references label, each text climbed
    # the whole nest (1.5 s and 2.7 s for 4,000 levels, the issue-month reader alone).
    for opening in ("Journal of Things, Vol. 3, No. 2, March 1999 ", "References"):

        def reading(depth, opening=opening):
            page = parse_page(f"<html><body><h1>Round things</h1><div>{f'<span>{opening}' * depth}"
                              f"{'</span>' * depth}</div></body></html>")
            return lambda: issue_month(page)

        assert assert_linear_time(reading, 6000) == [], opening


def test_a_cjk_publication_label_with_its_full_width_colon_dates_the_page():
    # Chinese, Japanese and Korean pages write the colon full width ("发表日期：2016年4月1日"); the label and
    # its date in one element were not read, only a date in an element of its own after it. Japanese
    # journals label the day "発行日" (J-STAGE's articles) or "掲載日".
    abstract = ("本研究では、丸いものが四角いものよりも遠くまで転がることを示し、"
                "その距離を予測するモデルを提案する。") * 2

    def published(label: str) -> str | None:
        page = (f'<html lang="ja"><head><title>丸いものの転がり</title></head><body><h1>丸いものの転がり</h1>'
                f"<p>{label}2016年4月1日</p><h2>抄録</h2><p>{abstract}</p><p>DOI: 10.1234/jp.2016.1</p>"
                "</body></html>")
        return normalise_page("https://example.org/jp", page).papers[0].published

    for label in ("在线出版日期：", "公開日：", "発行日：", "掲載日：", "発行日: "):
        assert published(label) == "2016-04-01", label
    assert published("受付日：") is None  # received: no publication


def test_a_defence_date_labelled_in_portuguese_alone_in_its_cell_dates_a_thesis_day_first():
    # IBICT's TEDE (round 47's train page, the UERJ library of theses, 2011): the record's only date is
    # <td><span>Data da defesa:</span></td><td>05/07/2011</td>, the day first as Portuguese writes it. No
    # degree label was Portuguese, a label in an inline element alone in its cell had no value beside it,
    # and "05/07/2011" read either way gave the year alone. British English's "defence" writes the
    # day first too (review9's leftover: read as either, the year alone); the American "defense" says
    # nothing of the order.
    row = "<tr><td>{}</td><td>{}</td></tr>"
    rows = (row.format("Título:", "Sobre as coisas") + row.format("Autor:", "Ada Lovelace")
            + row.format('<span class="textoBuscaB">{}:</span>', "05/07/2011"))
    for label, published in (("Data da defesa", "2011-07-05"), ("Fecha de defensa", "2011-07-05"),
                             ("Date de soutenance", "2011-07-05"), ("Date of defence", "2011-07-05"),
                             ("Date of defense", "2011")):
        page = f"<html><body><table>{rows.format(label)}</table></body></html>"
        assert normalise_page("https://example.org/tde/1", page).papers[0].published == published, label


def test_a_publication_label_with_its_venue_and_year_is_not_dated_by_the_line_after_it():
    # A lab's page of a paper: "Published in Remote Sensing of Environment, 2012", and next the site's
    # "Page last updated 5 May 2020". The label's own text went on to no date its patterns read, so the
    # element after it was taken for its value and the paper dated 2020-05-05. A label whose own text
    # holds a year had its value there.
    page = ("<html><head><title>Deep learning for reef mapping | Coral Lab</title></head><body>"
            "<h1>Deep learning for reef mapping</h1><p>Jane Smith, Bob Jones</p>{}<h2>Abstract</h2>"
            "<p>We map coral reefs from satellite images with a convolutional network trained on diver "
            "surveys, and show that the method generalises to new sites.</p><p>DOI: 10.5555/reef.2012.5</p>"
            "</body></html>")
    url = "https://corallab.example.org/papers/reef-mapping"
    for lines in ("<p>Published in Remote Sensing of Environment, 2012</p><p>Page last updated 5 May "
                  "2020</p>",
                  "<ul><li>Published in Remote Sensing of Environment, 2012</li><li>Page last updated 5 May "
                  "2020</li></ul>"):
        # Since stop 76 the line's own closing year dates the paper (round 235's citation_line_years: the
        # year a citation line closes with), never the next element's day.
        assert normalise_page(url, page.format(lines)).papers[0].published == "2012", lines
    # A label that closes its text still takes the element after it.
    dated = "<p>Published online:</p><p>5 May 2012</p>"
    assert normalise_page(url, page.format(dated)).papers[0].published == "2012-05-05"


def test_an_early_access_label_dates_a_record_that_gives_no_other_publication_date():
    # Web of Science's full record page (round 52, 2024): no meta, the Source block's "Early Access MAY
    # 2021" the only publication date, beside "Indexed 2021-06-05" (when the database added the record).
    page = ("<html><head><title>Round things-All Databases</title></head><body><h2>Round things</h2>"
            "<div><span>Volume</span><span>35</span><span>Issue</span><span>3</span>"
            "<span>Early Access</span><span>MAY 2021</span><span>Indexed</span><span>2021-06-05</span>"
            "<span>Document Type</span><span>Article; Early Access</span></div>"
            "<h3>Abstract</h3><p>We study round things and find them round in every case we looked at.</p>"
            "</body></html>")
    assert normalise_page("https://example.org/saved-page", page).papers[0].published == "2021-05"


def test_pandocs_date_tag_dates_a_page_pandoc_made_and_no_other():
    # Manubot's manuscripts of 2017 (round 50: a student's summer report) are pandoc's HTML of its
    # template then: <meta name="generator" content="pandoc">, one author tag, <meta name="date"
    # content="2017-08-25">, the document's own date; no Dublin Core or citation_* meta, and no date
    # in the text but the build's "generated … on August 25, 2017". The page had no date.
    page = ('<html><head><meta name="generator" content="{generator}"><meta name="author" content="Ada '
            'Lovelace"><meta name="date" content="2017-08-25"><title>A report on round things</title></head>'
            '<body><div id="header"><h1 class="title">A report on round things</h1></div><h2>Abstract</h2>'
            '<p>We report how round things roll on slopes of every kind, and why.</p></body></html>')
    url = "https://example.org/report/"
    assert normalise_page(url, page.format(generator="pandoc")).papers[0].published == "2017-08-25"
    # Another maker's date tag may be the page's last change: not read.
    assert normalise_page(url, page.format(generator="WordPress 5.0")).papers[0].published is None


def test_a_versioned_documents_log_of_issues_dates_its_first_issue():
    # A technical document of research projects as Manubot builds it (round 50: a software quality
    # baseline, version 4.1): citation_publication_date is the build's day, 2023-02-24, while its
    # "Document Log" dates each issue day first from "v1.0 31/01/2018 First draft version"; the page
    # was dated by the build, not by when the document first appeared.
    def published(rows: str, heading: str = "Document Log") -> str | None:
        page = ('<html><head><meta name="citation_title" content="A baseline for round things"><meta name='
                '"citation_publication_date" content="2023-02-24"><meta name="citation_author" content="Ada '
                'Lovelace"></head><body><h1>A baseline for round things</h1><h1>Abstract</h1><p>The purpose '
                f'of this document is to define how round things are made.</p><h1>{heading}</h1><table>'
                '<thead><tr><th>Issue</th><th>Date</th><th>Comment</th></tr></thead>'
                f'<tbody>{rows}</tbody></table>'
                '<h1>1. Introduction</h1><p>Round things roll.</p></body></html>')
        return normalise_page("https://example.org/baseline/", page).papers[0].published

    def rows(*dates: str) -> str:
        return "".join(f"<tr><td>v{n}.0</td><td>{date}</td><td>An issue</td></tr>"
                       for n, date in enumerate(dates, 1))

    assert published(rows("31/01/2018", "05/02/2018", "24/10/2022")) == "2018-01-31"
    assert published(rows("05/02/2018", "24/10/2022"), "Revision history") == "2018-02-05"
    assert published(rows("02/05/2018", "10/24/2022"), "Version History:") == "2018-02-05"
    assert published(rows("2 May 2018", "2022-10-24")) == "2018-05-02"
    # Every date readable either way says nothing of which it is: the meta's date stands.
    assert published(rows("05/02/2018", "03/04/2020")) == "2023-02-24"
    # A table under another heading is no log of the document's issues.
    assert published(rows("31/01/2018", "24/10/2022"), "Results") == "2023-02-24"


def test_a_documents_log_of_issues_gives_no_impossible_day():
    # Round 50's log of a document's issues read a date in figures as any day of 1 to 31 in any month:
    # a log's slip, "31/02/2018" beside "13/03/2018", dated the document "2018-02-31", a day that never
    # was. A date in figures is a day the month has.
    page = ('<html><head><meta name="citation_title" content="A baseline for round things"><meta name='
            '"citation_publication_date" content="2023-02-24"></head><body><h1>A baseline for round things'
            "</h1><p>The purpose of this document is to define how round things are made.</p><h2>Document Log"
            "</h2><table><tr><th>Issue</th><th>Date</th></tr><tr><td>v1.0</td><td>31/02/2018</td></tr><tr><td>"
            "v1.1</td><td>13/03/2018</td></tr></table></body></html>")
    assert normalise_page("https://example.org/baseline/", page).papers[0].published == "2018-03-13"


def test_a_first_of_the_month_the_dateline_under_the_heading_writes_as_that_day_is_the_day():
    # A Manubot manuscript (round 50's held-out class, 2022): citation_publication_date 2022-11-01, and
    # under the title "This manuscript (permalink) was automatically generated from … on November 1,
    # 2022."; the first of the month was read as the month an issue stands for, 2022-11.
    page = ('<html><head><meta name="citation_title" content="Round things roll"><meta name="citation_'
            'publication_date" content="2022-11-01"><meta name="citation_author" content="Ada Lovelace">'
            '</head><body><h1>Round things roll</h1><p><small><em>This manuscript was automatically '
            'generated from lab/round-things@336ceda on {day}.</em></small></p><h2>Abstract</h2><p>We '
            'show that round things roll on slopes of every kind, and say why they stop where they do.</p>'
            '</body></html>')
    url = "https://lab.example.org/round-things/"
    assert normalise_page(url, page.format(day="November 1, 2022")).papers[0].published == "2022-11-01"
    # A dateline of the month alone leaves the first of the month a month; one of another day in it is
    # that version's day, which refines the month (published_note_dates reads the dateline as a date).
    assert normalise_page(url, page.format(day="November 2022")).papers[0].published == "2022-11"
    assert normalise_page(url, page.format(day="November 3, 2022")).papers[0].published == "2022-11-03"


def test_the_bare_text_after_a_label_element_gives_its_value_only_when_it_opens_with_it():
    # A translated Manubot manuscript (round 50's held-out class, 2019): only pandoc's dcterms.date, and a
    # figure's English caption in a <details>, its title in bold ending "… by year published." and then
    # "Sci-Hub's article coverage is shown for each year since 1850."; the label's value was sought
    # anywhere in the text after it, and the page was dated 1850.
    page = ('<html><head><meta name="generator" content="pandoc"><meta name="author" content="Ada Lovelace">'
            '<meta name="author" content="Alan Turing"><meta name="dcterms.date" content="2019-09-13"><title>'
            'Round things everywhere</title></head><body><h1>Round things everywhere</h1><h2>Abstract</h2><p>'
            'We count the round things of every year and find that nearly all of them are round still, and '
            'that the few that are not were never round at all.</p><details><summary>Original</summary> '
            '<strong>Coverage of articles by year published.</strong> {after}</details></body></html>')
    url = "https://lab.example.org/round-things/"
    caption = "Coverage is shown for each year since 1850."
    assert normalise_page(url, page.format(after=caption)).papers[0].published == "2019-09-13"
    # A value that opens the text after its label's element is still its value.
    assert normalise_page(url, page.format(after="3 May 2018")).papers[0].published == "2018-05-03"


def test_a_label_its_elements_words_go_on_after_takes_no_value_from_the_next_element():
    # The same translated manuscript (round 50's held-out class): a list of the sources it compares,
    # "<li><strong>Web of Science</strong>: 103,491 articles published between 2009–2015 and classified
    # as citable items …</li>", the next item's text holding a month ("… as of June 2017"): the word
    # "published" of the sentence was read as a label, its value the next item's date, 2017-06.
    page = ('<html><head><meta name="generator" content="pandoc"><meta name="author" content="Ada Lovelace">'
            '<meta name="author" content="Alan Turing"><meta name="dcterms.date" content="2019-09-13"><title>'
            'Round things everywhere</title></head><body><h1>Round things everywhere</h1><h2>Abstract</h2><p>'
            'We count the round things of every year and find that nearly all of them are round still, and '
            'that the few that are not were never round at all.</p><ul><li><strong>Web of Science</strong>: '
            '{label}</li><li><strong>Scopus</strong>: June 2017</li></ul></body></html>')
    url = "https://lab.example.org/round-things/"
    sentence = "103,491 articles published between 2009–2015 and classified as citable items."
    assert normalise_page(url, page.format(label=sentence)).papers[0].published == "2019-09-13"


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("9 de febrero de 2018", "2018-02-09"),  # Spanish, the one way it dates a day
        ("el 9 de febrero de 2018 en https://doi.org/10.7554/eLife.32822", "2018-02-09"),
        ("3 DE MAYO DEL 2015", "2015-05-03"),
        ("1 de março de 2020", "2020-03-01"),  # Portuguese
        ("30 de febrero de 2018", None),
        ("de febrero de 2018", "2018"),  # no day: the year alone is sure, as before
    ],
)


def test_a_date_written_in_spanish_or_portuguese_keeps_its_day(value, iso):
    # A paper's Spanish translation (round 50's held-out class) says when the study was published in
    # Spanish, "el 9 de febrero de 2018": only the year was read.
    assert partial_date(value) == iso


def test_a_note_after_the_title_that_the_work_was_published_on_a_day_dates_it():
    # A paper's Spanish translation on its Manubot site (round 50's held-out class, 2019): pandoc's
    # dcterms.date is the translation's build, 2019-09-13; the paragraph after the title says "Este
    # estudio fue publicado en eLife el 9 de febrero de 2018 en https://doi.org/10.7554/eLife.32822 [1].",
    # then, in the same paragraph, the build's line. The page was dated by the build.
    page = ('<html><head><meta name="generator" content="pandoc"><meta name="author" content="Ada Lovelace">'
            '<meta name="author" content="Alan Turing"><meta name="dcterms.date" content="2019-09-13"><title>'
            'Las cosas redondas</title></head><body><header><h1 class="title">Las cosas redondas</h1>'
            '</header><p>{note} <a href="https://doi.org/10.7554/eLife.32822">https://doi.org/10.7554/eLife.32822</a>'
            '. <small><em>Este manuscrito fue generado automaticamente de lab/cosas@02c6bdc on September 13, '
            '2019. Enviar comentarios sobre el manuscrito en git.io/v7feh.</em></small></p><h2>Resumen</h2>'
            '<p>Las cosas redondas ruedan por todas las pendientes, y contamos cuántas hay de cada año.</p>'
            '</body></html>')
    url = "https://lab.example.org/cosas-redondas/"

    def published(note: str) -> str | None:
        return normalise_page(url, page.format(note=note)).papers[0].published

    spanish = "Este estudio fue publicado en <em>eLife</em> el 9 de febrero de 2018 en"
    assert published(spanish) == "2018-02-09"
    assert published("This study was published in <em>eLife</em> on 9 February 2018 at") == "2018-02-09"
    # A paragraph that says nothing of the work's publication leaves the meta's date.
    assert published("Este estudio se basa en datos de <em>eLife</em> del 9 de febrero de 2018 en") == (
        "2019-09-13")


def test_a_note_that_the_work_was_published_gives_no_date_of_another_sentence_or_phrase():
    # Round 50's note after the title ("This study was published in eLife on 9 February 2018") gave the
    # first date anywhere in the paragraph's next 800 characters after its words, the earliest of the
    # page's dates winning: a note that names no day of its own dated the paper by its data's years, or by
    # a review the next sentence names. The note's date is its own, after "on", "in", "el", "em", in its
    # sentence.
    page = ('<html><head><meta name="citation_title" content="Malaria in the highlands of Kenya"><meta '
            'name="citation_author" content="Jane Smith"><meta name="citation_publication_date" content='
            '"2024/03/05"><title>Malaria in the highlands of Kenya</title></head><body><h1>Malaria in the '
            "highlands of Kenya</h1><p>{note}</p><h2>Abstract</h2><p>We follow malaria cases in three "
            "highland districts over a decade and relate them to rainfall and temperature records.</p>"
            "</body></html>")

    def published(note: str) -> str | None:
        return normalise_page("https://lab.github.io/malaria/", page.format(note=note)).papers[0].published

    for note in ("This study was published in eLife; its data were collected between March 2015 and May "
                 "2016.",
                 "This manuscript was automatically generated from lab/malaria@336ceda. It updates our 2019 "
                 "review.",
                 "This study was published in Malaria Journal. Sampling began on 3 March 2015 in Kericho."):
        assert published(note) == "2024-03-05", note
    assert published("This study was published in eLife on 9 February 2018.") == "2018-02-09"
    abbreviated = "This study was published in <em>Proc. Natl. Acad. Sci.</em> in March 2018."
    assert published(abbreviated) == "2018-03"


def test_a_manuscripts_dateline_that_this_version_was_generated_on_a_day_dates_it_without_meta():
    # Manubot's manuscripts read without meta (round 50: a 2017 student report, a 2018 progress report,
    # a 2022 preprint): their only date is the line under the title, "This manuscript (permalink) was
    # automatically generated from lab/paper@336ceda on November 1, 2022." (after a paragraph with the
    # report's DOI in the 2017 template); the pages had no date.
    page = ('<html><head><title>A report on round things</title></head><body><div id="header"><h1 class='
            '"title">A report on round things</h1></div>{before}<p><small><em>This manuscript {link}was '
            'automatically generated from lab/round-things@e4482aa on August 25, 2017.</em></small></p>'
            '<h2>Abstract</h2><p>We report how round things roll on slopes of every kind, and why they stop '
            'where they do.</p></body></html>')
    url = "https://example.org/saved-page"
    doi = '<p><em>This report is available online at <a href="https://doi.org/10.6084/m9.figshare.5346577">'
    doi += "https://doi.org/10.6084/m9.figshare.5346577</a>.</em></p>"
    for before, link in (("", ""), ("", '(<a href="v/e4482aa/">permalink</a>) '), (doi, "")):
        paper = normalise_page(url, page.format(before=before, link=link)).papers[0]
        assert paper.published == "2017-08-25", (before, link)


def test_a_venue_line_in_italics_under_the_title_dates_the_paper_by_its_meetings_days():
    # Carnegie Mellon's Parallel Data Lab (round 51's train page, 2026) dates a paper only by the venue line
    # under its title: <p><i>2024 57th IEEE/ACM International Symposium on Microarchitecture (MICRO),
    # November 2-6, 2024, Austin, TX.</i></p>; no meta, no other date of the paper. No date was read.
    prose = "We study things at length and find that they are many. " * 5
    venue = "<p><i>2024 57th Some Symposium (SOME), November 2-6, 2024, Austin, TX.</i></p>"
    page = (f"<html><body><h1>On the Analytical Engine</h1>{venue}<p><b>Ada Lovelace, Charles Babbage</b></p>"
            f"<h2>Abstract</h2><p>{prose}</p></body></html>")
    assert normalise_page("https://example.org/p/1", page).papers[0].published == "2024-11"
    # The line's one date as written; its year when it names no month; no venue line, no date.
    for line, published in (("<p><i>Some Symposium, 2 November 2024, Austin.</i></p>", "2024-11-02"),
                            ("<p><i>Some Symposium (SOME 2024), Austin, TX.</i></p>", "2024"),
                            ("<p>Some Symposium, November 2-6, 2024, Austin.</p>", None)):
        assert normalise_page("https://example.org/p/1", page.replace(venue, line)).papers[0].published \
            == published, line


def test_a_label_heading_a_list_of_other_papers_gives_the_page_none_of_their_dates():
    # Round 52's "Early Access" label, a journal's sidebar heading over its early-access papers (as
    # "Recently published" heads its latest): a page without meta dates of its own was dated by the first
    # entry's date, read as the label's value in the element after it, the first date anywhere in that
    # element's text. A date after a link's words in a list's item there is an entry's: a link to another
    # paper, then its date.
    def page(box: str) -> str:
        return ("<html><head><title>Graphene transistors at room temperature</title></head><body>"
                '<h1>Graphene transistors at room temperature</h1><p class="authors">Jane Smith</p>'
                "<h2>Abstract</h2><p>We report graphene transistors that switch at room temperature with an "
                "on/off ratio above a thousand, by a bandgap opened by strain.</p><p>DOI: 10.5555/abc.1</p>"
                f"{box}</body></html>")

    url = "https://journal.example/article/abc"
    for label in ("Early Access", "Recently published"):
        box = (f'<div class="sidebar"><h4>{label}</h4><ul><li><a href="/article/x">Spin qubits in silicon'
               "</a> <span>12 January 2021</span></li></ul></div>")
        assert normalise_page(url, page(box)).papers[0].published is None, label
    box = "<div><h4>Early Access</h4><p>12 January 2021</p></div>"
    assert normalise_page(url, page(box)).papers[0].published == "2021-01-12"


def test_a_label_of_several_words_closed_by_a_colon_is_dated_by_the_element_after_it():
    # Round 50's label inside a sentence ("103,491 articles published between 2009–2015 and classified
    # as …") passed over any label whose element goes on more than two words after it, no date among
    # them: Cambridge Core's "Published online by Cambridge University Press:" over <span>12 May
    # 2020</span> no longer dated a page without meta. A label closed by a colon is a label, however long.
    prose = "We report graphene transistors that switch at room temperature with an on/off ratio above 1000."
    page = ('<html><body><h1>Graphene transistors</h1><p class="authors">Jane Smith</p><div>{box}</div>'
            "<h2>Abstract</h2><p>{prose}</p><p>DOI: 10.5555/abc.1</p></body></html>")
    url = "https://journal.example/a"
    for label in ("Published online by Cambridge University Press:", "First published online by a journal:"):
        box = f"<span>{label}</span> <span>12 May 2020</span>"
        assert normalise_page(url, page.format(box=box, prose=prose)).papers[0].published == "2020-05-12"
    # A sentence is still no label: the date after it is none of the page's.
    box = "<span>Articles published in the journal and classified by topic</span> <span>12 May 2020</span>"
    assert normalise_page(url, page.format(box=box, prose=prose)).papers[0].published is None


def test_a_coins_span_naming_the_pages_own_title_dates_a_page_nothing_else_dates():
    # Fraunhofer-Publica's record page (round 53's train page, 2016): no meta, the year only in the
    # imprint row and a COinS span beside the heading, <span class="Z3988" title="ctx_ver=Z39.88-2004&…
    # &rft.date=2014&…&rft.btitle=FUture%20prospects…">; the page had no date.
    coins = ('<span class="Z3988" title="ctx_ver=Z39.88-2004&amp;rft_val_fmt=info%3Aofi%2Ffmt%3Akev%3Amtx'
             '%3Abook&amp;rft.date=2014&amp;rft.au=Lovelace,%20Ada&amp;rft.genre=report&amp;rft.btitle=On%20the'
             '%20Analytical%20Engine"></span>')
    other = coins.replace("2014", "1999").replace("On%20the%20Analytical", "A%20Different")
    prose = "We study things at length and find that they are many. " * 5
    page = ("<html><body>{}<h1>On the Analytical Engine</h1><div>Lovelace, Ada; Babbage, Charles</div>"
            "<h2>Abstract</h2><p>{}</p></body></html>")
    dated = normalise_page("https://example.org/documents/N-1.html", page.format(coins, prose)).papers[0]
    assert dated.published == "2014"
    # A span that names another work (an entry of a list, a reference) dates nothing of the page.
    undated = normalise_page("https://example.org/documents/N-1.html", page.format(other, prose)).papers[0]
    assert undated.published is None


def test_a_year_alone_is_the_month_of_the_meeting_dublin_cores_source_says_the_work_was_given_at():
    # ADS's abstract page of a COSPAR Scientific Assembly talk (round 53's train page, 2010): citation_date
    # and dc.date 2010, "Publication Date: 00/2010", and dc.source "38th COSPAR Scientific Assembly. Held
    # 18-15 July 2010, in Bremen, Germany, p.11" (the span of days misprinted); the date was the year.
    def page(source: str) -> str:
        return ('<html><head><meta name="citation_title" content="On the Analytical Engine">'
                '<meta name="citation_authors" content="Lovelace, Ada">'
                '<meta name="citation_date" content="2010">'
                f'<meta name="dc.date" content="2010"><meta name="dc.source" content="{source}"></head><body>'
                "<h1>On the Analytical Engine</h1></body></html>")

    def published(source: str) -> str | None:
        return normalise_page("https://example.org/abs/1", page(source)).papers[0].published

    assert published("38th COSPAR Scientific Assembly. Held 18-15 July 2010, in Bremen, p.11") == "2010-07"
    # A source line that names no meeting it was held at, or a meeting of another year, leaves the year.
    assert published("Journal of Engines, vol. 3, July 2010, p.11") == "2010"
    assert published("Workshop on Engines. Held 3-5 July 2009, in Turin") == "2010"


def test_a_books_page_is_not_dated_by_the_press_that_published_its_first_edition():
    # Round 54's press dates read the date after any press a book's page names, the earliest winning: a
    # second edition's page, dated 2015 by its meta or its imprint, that says "The first edition was
    # published by Academic Press in 1990." was dated 1990.
    note = ("<p>This second edition updates the text throughout. The first edition was published by "
            "Academic Press in 1990.</p>")
    meta = ('<meta name="citation_title" content="Pattern Recognition, Second Edition"><meta '
            'name="citation_author" content="Smith, Jane"><meta name="citation_publication_date" '
            'content="2015/06/01">')
    page = f"<html><head>{meta}</head><body><h1>Pattern Recognition, Second Edition</h1>{note}</body></html>"
    assert normalise_page("https://books.example/978", page).papers[0].published == "2015-06"
    imprint = ("<html><body><h1>Pattern Recognition</h1><p>by Jane Smith</p><p>Published by Example "
               f"University Press, 2015.</p>{note}</body></html>")
    assert normalise_page("https://books.example/978", imprint).papers[0].published == "2015"


def test_an_epigraph_or_a_note_in_italics_under_the_title_does_not_date_the_page():
    # review10's leftover: round 51's venue line read any line set wholly in italics with a year under the
    # title as the meeting the paper appeared at, so a post's epigraph ("— Albert Einstein, 1929"), a note
    # "Updated for the 2024 season" or "This post is part 3 of our 2019 series" dated a page that states no
    # other date. A venue line names the venue: a kind of meeting or periodical, or a meeting's initials
    # with its year.
    prose = ("<div class='abstract'><p>We looked at round things long and found them round, and then we "
             "looked again at them.</p></div>")

    def published(line: str) -> str | None:
        page = (f"<html><head><title>A study of round things</title></head><body><h1>A study of round things"
                f"</h1>{line}{prose}</body></html>")
        return normalise_page("https://lab.example/p/1", page).papers[0].published

    epigraph = "\u201cImagination is more important than knowledge.\u201d \u2014 Albert Einstein, 1929"
    for line in (f"<p><i>{epigraph}</i></p>",
                 "<p><i>Updated for the 2024 season</i></p>",
                 "<p><em>This post is part 3 of our 2019 series on rounding.</em></p>"):
        assert published(line) is None, line
    for line, date in (("<p><i>Proceedings of the 2019 Conference on Round Things, Austin</i></p>", "2019"),
                       ("<p><i>MICRO 2024, November 2-6, 2024, Austin, TX.</i></p>", "2024-11"),
                       ("<p><i>NeurIPS\u201923, New Orleans, 2023</i></p>", "2023")):
        assert published(line) == date, line


@pytest.mark.parametrize("level", ["<time>DOI: 10.1234/x ", "<span itemprop=datePublished>We looked again. "],
                         ids=["time", "microdata"])


def test_a_deep_nest_of_date_elements_is_read_in_linear_time(level):
    # A nest of <time> elements under the heading, or of elements marked as the date published, each
    # holding the rest: each was searched whole for a date, 1,000 levels 4-8 s of CPU (0.1 s after). A
    # date is short; an element of more text is not one.
    closer = f"</{level[1:].split()[0].split('>')[0]}>"

    def normalising(depth):
        page = ("<html><head><title>Round things</title></head><body><h1>Round things</h1><h2>Abstract</h2>"
                "<p>We looked at round things long and found them round, and then we looked again at them."
                f"</p>{level * depth}{closer * depth}</body></html>")
        return lambda: normalise_page("https://example.org/a/1", page)

    paper = assert_linear_time(normalising, 1000).papers[0]
    assert paper.published is None
    assert paper.abstract.startswith("We looked at round things")


def test_a_periodical_cited_with_its_volume_in_italics_under_the_title_dates_the_paper():
    # Review 11 read a line in italics under the title as a venue line only when it names a kind of meeting
    # or periodical or a meeting's initials, so a lab's page of a paper in a journal called otherwise,
    # "<i>Nature Communications 6, 2015</i>" or "<i>Neural Computation 9(8):1735-1780, 1997</i>", went
    # undated, as round 51 dated it. A periodical cited with its volume before the year names the venue.
    prose = ("<div class='abstract'><p>We looked at round things long and found them round, and then we "
             "looked again at them.</p></div>")
    for line, date in (("Nature Communications 6, 2015", "2015"),
                       ("Neural Computation 9(8):1735-1780, 1997", "1997"),
                       ("Nature 521, 436\u2013444 (2015)", "2015")):
        page = (f"<html><head><title>A study of round things</title></head><body><h3>A study of round things"
                f"</h3><p><i>{line}</i></p>{prose}</body></html>")
        assert normalise_page("https://lab.example/pubs/round", page).papers[0].published == date, line


def test_a_russian_publication_label_dates_the_paper_day_first_in_dotted_figures():
    # Math-Net.Ru (round 61): no meta; "Поступила в редакцию: 05.11.2025 Принято редколлегией: 10.11.2025"
    # (received, accepted), then "<b>Дата публикации</b>: 02.12.2025", 2 December.
    assert _paper("mathnet_rm10293_20260716.json").published == "2025-12-02"
    assert partial_date("02.12.2025") == "2025-12-02"
    assert partial_date("12/02/2025") == "2025"  # slashes stay day or month first: only the year is sure
    page = parse_page("<html><body><div><b>Дата публикации</b>: 02.12.2025</div></body></html>")
    assert publication_labelled_dates(page) == ["2025-12-02"]


def test_a_dotted_date_that_can_only_be_month_first_is_read_month_first():
    # Round 61 read every date written with full stops day first (Russia's, Europe's "02.12.2025"): one
    # that can only be month first ("03.15.2021", as an American page may write it) was no date at all,
    # where slashes' reading gave it before. A dotted date either way stays day first: month first is
    # written with slashes, and an English page's language says nothing of where it is from (a German or
    # Swiss site's English pages write "12.03.2021" for 12 March).
    assert partial_date("03.15.2021") == "2021-03-15"
    assert partial_date("12.03.2021") == "2021-03-12"
    page = ("<html lang='en-US'><head><title>A study of round things</title></head><body><h1>A study of "
            "round things</h1><p>Ann Lee, Bo Chan</p><p>Published: 03.15.2021</p><h2>Abstract</h2><p>We "
            "looked at round things long and found them round, and then we looked again at them.</p></body>"
            "</html>")
    assert normalise_page("https://lab.example.org/pubs/round", page).papers[0].published == "2021-03-15"


def test_a_technical_reports_status_line_under_its_title_dates_this_version():
    # Round 66: a W3C Technical Report dates itself only in the status line under its title ('W3C Working
    # Draft 17 May 2007', an h2; 'W3C Recommendation, 3 June 2016'); its earlier versions are other
    # publications. The reports without a <time> in that line had no date.
    page = ('<html><head><title>Widget Sorting</title></head><body><div class="head"><h1>Widget Sorting</h1>'
            '<h2>{line}</h2><dl><dt>Previous version:</dt><dd>https://www.w3.org/TR/2006/WD-widgets-20060427/'
            '</dd><dt>Editor:</dt><dd>Ana Moreno, W3C</dd></dl></div><h2>Abstract</h2><p>This specification '
            'defines how widgets are sorted, so that widgets are sorted by more people in more ways than '
            'they were before.</p></body></html>')
    url = "https://www.w3.org/TR/2007/WD-widgets-20070517/"
    for line, date in (("W3C Working Draft 17 May 2007", "2007-05-17"),
                       ("W3C Recommendation, 3 June 2016", "2016-06-03"),
                       ("W3C Candidate Recommendation Snapshot 12\nMay 2022", "2022-05-12")):
        assert normalise_page(url, page.format(line=line)).papers[0].published == date, line
    # A line under the title that names no status of the document is no status line.
    assert normalise_page(url, page.format(line="Updated 17 May 2007")).papers[0].published != "2007-05-17"


def test_an_issue_month_that_ended_before_the_paper_came_out_does_not_date_it():
    # A journal running behind fills its June issue in July: SpringerLink's page of a Journal of
    # Meteorological Research review (round 69, held-out) says "Published: 06 July 2020" and "Issue date:
    # June 2020" (citation_online_date 2020/07/06, citation_publication_date 2020/06). The paper was not out
    # in June; it first appeared on the day the page gives, and the earlier month no longer wins.
    page = _meta_page(("citation_title", "Causes of drought"), ("citation_author", "Zhang, Qiang"),
                      ("citation_publication_date", "2020/06"), ("citation_online_date", "2020/07/06"),
                      body=("<h1>Causes of drought</h1><ul><li>Received: 13 August 2019</li><li>Accepted: "
                            "25 March 2020</li><li>Published: 06 July 2020</li><li>Issue date: June 2020</li>"
                            "</ul>"))
    assert normalise_page("https://link.example.com/article/x", page).papers[0].published == "2020-07-06"
    assert published_date(["2020-06", "2020-07-06"]) == "2020-07-06"
    # A back issue put online years later keeps its month (a 1977 paper digitised in 2007), and so does an
    # issue whose month the online day follows by more than the next month.
    assert published_date(["1977-01", "2007-10-23"]) == "1977-01"
    assert published_date(["2020-06", "2020-08-06"]) == "2020-06"
    # A December issue filled in January.
    assert published_date(["2019-12", "2020-01-09"]) == "2020-01-09"


def test_a_print_first_issue_whose_paper_went_online_the_next_month_keeps_its_month():
    # Round 69 dates a paper by a day in the month after its issue's month (a June issue filled late, its
    # paper out on 6 July: SpringerLink's "Published: 06 July 2020", dc.date and prism.publicationDate that
    # day). A print-first journal's issue, or a meeting's proceedings, states the month it came out in and
    # the day its copy went online after (citation_online_date alone): the paper was out in that month, and
    # the online day no longer wins.
    page = _meta_page(("citation_title", "Causes of drought"), ("citation_author", "Zhang, Qiang"),
                      ("citation_publication_date", "2020/06"), ("citation_online_date", "2020/07/06"),
                      body="<h1>Causes of drought</h1><p>Volume 34, Issue 6</p>")
    url = "https://journal.example.org/doi/10.1234/x"
    assert normalise_page(url, page).papers[0].published == "2020-06"
    # The day stated as the publication too (dc.date) is the late issue's.
    late = page.replace("</head>", '<meta name="dc.date" content="2020-07-06"></head>')
    assert normalise_page(url, late).papers[0].published == "2020-07-06"


def test_a_deep_nest_of_divs_beside_cited_and_sidebar_labels_is_read_in_linear_time():
    # The label holders inside a <cite>, a sidebar, a menu or a footer (shown_dates._in_cites_or_other_
    # papers) were found by descendant selectors ("cite div", "footer div", …), for which lexbor walks
    # each candidate's ancestors: 8,000 nested divs took 1.3 s of CPU in two calls, 16,000 5.1 s (4x per
    # doubling). The nest here sits in a footer whose innermost label, another work's, is still left out.
    def normalising(depth):
        page = ("<html><head><meta name='citation_title' content='Round things'><meta name='citation_"
                "publication_date' content='2012-06-01'></head><body><h1>Round things</h1><p><span>Received:"
                "</span> 1 March 2012</p><p><span>Published:</span> 3 May 2012</p><footer>" + "<div>" * depth
                + "<span>Published:</span> 1 January 2011" + "</div>" * depth + "</footer></body></html>")
        return lambda: normalise_page("https://example.org/a/1", page)

    # lexbor's parser is itself more than linear in a nest's depth (0.12 s of CPU to parse 8,000 divs, 0.5 s
    # 16,000), short of the 4 times a doubling the descendant selectors took.
    assert assert_linear_time(normalising, 16000, ratio=3.5).papers[0].published == "2012-05-03"


@pytest.mark.parametrize(("label", "date"), [
    ("Publié le", "12 mars 2019"), ("Mis en ligne le", "12 mars 2019"),  # OpenEdition
    ("Date de publication :", "12.03.2019"),
    ("Veröffentlicht:", "12. März 2019"), ("Erschienen am", "12.03.2019"),
    ("Pubblicato il", "12 marzo 2019"), ("Data di pubblicazione:", "12.03.2019"),
    ("Gepubliceerd op", "12 maart 2019"),
    ("Publicado el", "12 de marzo de 2019"), ("Fecha de publicación:", "2019-03-12"),
    ("Data de publicação:", "12.03.2019"),
    ("Opublikowano:", "12 marca 2019"), ("Publikováno:", "12. března 2019"),
    ("Yayın Tarihi:", "12 Mart 2019"), ("Diterbitkan:", "12 Maret 2019"),
    ("Publicerad:", "12 mars 2019"),
])


def test_a_publication_label_in_the_pages_own_language_dates_a_page_without_meta_dates(label, date):
    page = parse_page(f"<html><body><div><p>{label} {date}</p></div></body></html>")
    assert publication_labelled_dates(page) == ["2019-03-12"]


def test_a_publication_label_opening_its_element_on_a_minified_page_is_a_label():
    # A minified page's whole text runs its elements together ("Round thingsPublished: 12 March 2019"), so
    # publication_labelled_dates, which looked for a label with a word boundary before it in that text
    # first, found none and read no element: a page a publisher row reads (IOPscience, its dates not among
    # the row's) with Dublin Core's record date alone was dated by that record (2020-06-15). The label
    # opens its element's own text: it is a label, whatever the page's text before it.
    head = '<meta name="DC.title" content="Round things"><meta name="DC.date" content="2020-06-15">'
    url = "https://iopscience.iop.org/article/10.1088/1742-6596/1/012001"
    for gap in ("", "\n"):
        page = (f"<html><head>{head}</head><body><h1>Round things</h1>{gap}<p>Published: 12 March 2019</p>"
                f"{_ROUND_ABSTRACT}</body></html>")
        assert normalise_page(url, page).papers[0].published == "2019-03-12", repr(gap)
        assert publication_labelled_dates(parse_page(page)) == ["2019-03-12"], repr(gap)
    # A word that only ends in a label's letters is still no label ("Unpublished: …" is no publication).
    page = (f"<html><head>{head}</head><body><h1>Round things</h1><p>Unpublished: 12 March 2019</p>"
            f"{_ROUND_ABSTRACT}</body></html>")
    assert publication_labelled_dates(parse_page(page)) == []


def test_a_day_the_page_labels_published_online_weighs_as_an_online_date():
    # afdd260 dates a print-first issue by its month (citation_publication_date 2020/06) when the day after it
    # is only the online copy's (citation_online_date 2020/07/06 alone). The page's text labelling that day
    # "Published online: 06 July 2020" reached published_date as a bare date, as "Published:" does: the
    # label was lost where the body's dates were gathered, and the online day filled the month (2020-07-06).
    meta = (("citation_title", "Causes of drought"), ("citation_author", "Zhang, Qiang"),
            ("citation_publication_date", "2020/06"))
    url = "https://journal.example.org/doi/10.1234/x"
    for extra, line, date in (
        ((), "Published online: 06 July 2020", "2020-06"),
        ((("citation_online_date", "2020/07/06"),), "Published online: 06 July 2020", "2020-06"),
        ((), "First Online: 06 July 2020", "2020-06"),
        # A day the page labels as the publication, or that meta states as it, fills the month.
        ((), "Published: 06 July 2020", "2020-07-06"),
        ((("dc.date", "2020-07-06"),), "Published online: 06 July 2020", "2020-07-06"),
    ):
        body = f"<h1>Causes of drought</h1><p>Volume 34, Issue 6</p><p>{line}</p>"
        page = _meta_page(*meta, *extra, body=body)
        assert normalise_page(url, page).papers[0].published == date, (extra, line)


def test_a_deep_nest_of_divs_under_an_online_label_is_read_in_linear_time():
    # The online labels are found by one more walk of the label holders (online_labels): a deep nest of divs
    # whose innermost holds "Published online:" is read once.
    def normalising(depth):
        page = _meta_page(("citation_title", "Round things"), ("citation_publication_date", "2020/06"),
                          body="<h1>Round things</h1>" + "<div>" * depth
                          + "<span>Published online:</span> 6 July 2020" + "</div>" * depth)
        return lambda: normalise_page("https://example.org/a/1", page)

    # lexbor's parser is itself more than linear in a nest's depth (0.5 s of CPU to parse 16,000 divs).
    assert assert_linear_time(normalising, 16000, ratio=3.5).papers[0].published == "2020-06"


def test_an_own_citation_after_text_that_casefolds_longer_is_still_found():
    # The reader matched the cited title in the page's text casefolded, at the places found in the text as
    # it is: "ß" casefolds to "ss", so every "ß" before the citation put the two a character apart and the
    # page's own citation went unread.
    title = "A Study of Round Things and Their Uses"
    text = (f"Institut für Runde Dinge, Weißstraße 3, Gießen. Lovelace, A. (2016) {title}. In RoundConf, "
            "21 March, 2016.")
    assert own_citation_day(text, title) == ["2016-03-21"]
    assert own_citation_day(text.replace(title, title.upper()), title) == ["2016-03-21"]


def test_a_day_or_month_first_meta_date_is_the_day_the_page_writes_with_its_month_in_words():
    # HighBeam Research (round 77): citation_date "07/01/2014" (1 July or 7 January) and, under the title,
    # "July 1, 2014 | Martin, Tracy | Copyright …": the month in words says which.
    page = _meta_page(("citation_date", "07/01/2014"), ("citation_title", "Dynamometers Explained"),
                      body="<h1>Dynamometers Explained</h1><p>July 1, 2014 | Martin, Tracy</p><p>Text.</p>")
    assert normalise_page("https://example.org/doc/1", page).papers[0].published == "2014-07-01"
    # Both readings written out (or neither) say nothing: the year alone stays.
    both = _meta_page(("citation_date", "07/01/2014"), ("citation_title", "T"),
                      body="<p>July 1, 2014</p><p>7 January 2014</p>")
    assert normalise_page("https://example.org/doc/2", both).papers[0].published == "2014"


def test_the_worded_days_of_a_page_are_read_in_linear_time():
    def run(n):
        page = _meta_page(("citation_date", "07/01/2014"), ("citation_title", "Dynamometers Explained"),
                          body="<h1>Dynamometers Explained</h1><p>July 1, 2014 | Martin, Tracy</p>"
                               "<p>" + "In 1999 and 12 of 2003, 3 May, " * n + "</p>")
        return lambda: normalise_page("https://example.org/doc/3", page)

    assert assert_linear_time(run, 20000).papers[0].published == "2014-07-01"


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("سه‌شنبه ۱ خرداد ۱۳۸۶", "2007-05-22"),  # Magiran's issue bar (round 77): Persian digits
        ("1 دی 1383", "2004-12-21"),
        ("26 شهریور 1391", "2012-09-16"),
        ("30 اسفند 1403", "2025-03-20"),  # the last day of a leap year
        ("1 فروردین 1404", "2025-03-21"),
        ("زمستان 1383 - شماره 3", None),  # a season and a year: no day
        ("31 مهر 1400", None),  # the second half's months have 30 days
        ("30 اسفند 1402", None),  # not a leap year: Esfand 29 is its last day (it rolled to 1 Farvardin)
    ],
)


def test_a_solar_hijri_day_with_its_month_named_is_read_as_its_gregorian_day(text, iso):
    assert partial_date(text) == iso


def test_a_news_address_dated_a_day_before_its_dublin_core_date_dates_the_story():
    # The Washington Post (2013, round 81): DC.date.issued 2013-05-16 is the print edition's day; the story
    # went up the day before, as its own address says (og:url …/2013/05/15/730292e8-…_story.html; the shown
    # time a script fills in). Dublin Core alone dates the record, not the piece: the day the page's own
    # address is dated by stands beside it, and the earliest wins; one dated later (The New York Times'
    # print day, /2013/05/14/) does not move an earlier date.
    page = ('<html><head><meta name="DC.title" content="Round fish move to cooler waters">'
            '<meta name="DC.creator" content="Ada Lovelace"><meta name="DC.date.issued" content="{issued}">'
            '<meta property="og:url" content="https://www.example.com/national/health-science/'
            'round-fish-move/{path}/730292e8_story.html"></head><body>'
            "<h1>Round fish move to cooler waters</h1>"
            "<p>By Ada Lovelace</p><p>Round fish have been moving toward the poles in search of cooler "
            "waters, a study finds.</p></body></html>")
    url = "https://www.example.com/national/health-science/round-fish-move/story.html"
    for issued, path, day in (("2013-05-16", "2013/05/15", "2013-05-15"),
                              ("2013-05-09", "2013/05/14", "2013-05-09"),
                              ("2013-05-16", "fish", "2013-05-16"),
                              ("2013-05-16", "2013/13/15", "2013-05-16")):
        paper = normalise_page(url, page.format(issued=issued, path=path)).papers[0]
        assert paper.published == day, (issued, path)


def test_a_publication_date_label_over_a_month_and_year_in_figures_dates_the_paper_by_that_month():
    # Digital Commons's "Publication Date" field written month-year with a hyphen (the Indiana Law Journal's
    # "6-2025", round 84): June 2025, before the day the repository put the article online (2025/7/1).
    page = ('<html><head><meta name="bepress_citation_title" content="Round Sources">'
            '<meta name="bepress_citation_author" content="Contreras, Jorge L.">'
            '<meta name="bepress_citation_date" content="2025">'
            '<meta name="bepress_citation_online_date" content="2025/7/1"></head><body>'
            '<h1>Round Sources</h1><div id="authors"><h2>Authors</h2><p>Jorge L. Contreras</p></div>'
            '<div id="publication_date"><h2 class="field-heading">Publication Date</h2><p>6-2025</p></div>'
            '<div id="abstract"><h2>Abstract</h2><p>For at least a quarter of a century, researchers have '
            'shared their tools.</p></div></body></html>')
    paper = normalise_page("https://www.repository.law.example.edu/ilj/vol100/iss4/7", page).papers[0]
    assert paper.published == "2025-06"


def test_a_description_that_is_a_byline_and_a_publication_day_dates_the_paper_by_that_day():
    # Digital Commons describes a record without an abstract as "By I. Bennett Capers, Published on
    # 09/01/20" (month first, the year in two figures: the Cornell Law Review's repository, round 84); the
    # meta's bepress_citation_date says the year, 2020, and the page shows no other date of it.
    page = ('<html><head><meta name="bepress_citation_title" content="Round Prosecutors">'
            '<meta name="bepress_citation_author" content="Capers, I. Bennett">'
            '<meta name="bepress_citation_date" content="2020">'
            '<meta name="description" content="By I. Bennett Capers, Published on 09/01/20"></head><body>'
            '<h1>Round Prosecutors</h1><div id="authors"><h2>Authors</h2><p>I. Bennett Capers</p></div>'
            '<div id="recommended_citation"><h2>Recommended Citation</h2><p>I. Bennett Capers, Round '
            'Prosecutors, 105 Cornell L. Rev. 1561 (2021)</p></div></body></html>')
    paper = normalise_page("https://scholarship.law.example.edu/clr/vol105/iss6/2", page).papers[0]
    assert paper.published == "2020-09-01"
    # A day of another year than the meta's is not the paper's.
    page = page.replace("09/01/20", "09/01/19")
    assert normalise_page("https://scholarship.law.example.edu/clr/vol105/iss6/2", page).papers[0].published \
        == "2020"


def test_a_heading_that_only_holds_a_publication_word_is_no_date_label():
    # Google Patents read with its Dublin Core meta alone (the dc mix): the h2 "Also Published As" heads a
    # table of the application's other publications (2022-01-27), not this document's date. A heading is a
    # date's label only when it is the label whole (Digital Commons's <h2>Publication Date</h2>, round 84).
    page = ('<html><head><meta name="DC.type" content="patent"><meta name="DC.title" content="Round wheel">'
            '<meta name="DC.date" scheme="dateSubmitted" content="2023-09-08"><meta name="DC.date" '
            'content="2023-12-28"><meta name="DC.contributor" scheme="inventor" content="Ada Round"></head>'
            '<body><h1>Round wheel</h1><section><h2>\n Also Published As\n </h2>\n <table>\n <thead><tr>'
            '<th>\n Publication number\n </th><th>\n Publication date\n </th></tr></thead><tbody><tr>'
            '<td>\n <a href="/patent/US20220027416A1/en">US20220027416A1 (en)</a>\n </td>'
            '<td itemprop="publicationDate">\n 2022-01-27\n </td></tr></tbody></table></section>'
            '</body></html>')
    assert normalise_page("https://patents.example.org/patent/US20230418876A1/en", page).papers[0].published \
        == "2023-12-28"


def test_a_solar_hijri_day_of_eight_digits_after_a_persian_publication_label_is_that_day():
    # Round 85: ketab.ir's "تاریخ نشر" (date of publication) cell holds the Solar Hijri day as yyyymmdd;
    # 23 Mordad 1379 is 13 August 2000. A year alone after the label spans two Gregorian years: nothing.
    from papershelf.normalise.solar_hijri_labels import labelled_solar_hijri_day

    page = parse_page("<html><body><table><tr><td>تاریخ نشر</td><td>\n13790523\n</td></tr></table>"
                      "</body></html>")
    assert labelled_solar_hijri_day(page) == "2000-08-13"
    page = parse_page("<html><body><div><span>تاريخ انتشار مطلب: </span>1386/11/02</div></body></html>")
    assert labelled_solar_hijri_day(page) == "2008-01-22"
    page = parse_page("<html><body><div><span>تاريخ انتشار مطلب: </span>1391</div></body></html>")
    assert labelled_solar_hijri_day(page) is None


def test_a_persian_issues_season_and_year_date_it_by_the_seasons_gregorian_year():
    # Round 85: ensani.ir's source line names the issue by its season and Solar Hijri year, "زمستان 1391
    # شماره 16" (winter 1391, issue 16): winter runs from 21 December 2012 to 20 March 2013, its year 2013;
    # autumn 1391 (Mehr to Azar) is in 2012. A season without an issue's number is no issue.
    from papershelf.normalise.solar_hijri_labels import issue_season_year

    def page(line):
        return parse_page(f'<html><body><div class="resource"><a href="/m">{line}</a></div></body></html>')

    assert issue_season_year(page("تاریخ اسلام و ایران دوره جدید زمستان 1391 شماره 16 (پیاپی 105)")) == "2013"
    assert issue_season_year(page("تاریخ اسلام پاییز 1391 شماره 15")) == "2012"
    assert issue_season_year(page("در زمستان 1391 برف بارید")) is None


def test_persian_labels_and_issue_lines_are_read_in_linear_time():
    from papershelf.normalise.solar_hijri_labels import issue_season_year, labelled_solar_hijri_day

    def reading(count):
        page = parse_page("<html><body>" + "<div><span>تاریخ نشر</span><a>زمستان x</a></div>" * count
                          + "</body></html>")
        return lambda: (labelled_solar_hijri_day(page), issue_season_year(page))

    assert_linear_time(reading, 4000)


def test_a_chinese_issue_line_with_its_volume_dates_the_paper_by_its_year():
    # Round 85's held-out Wanfang Med Online page (after its final figure): "1999年21卷01期" (1999, volume
    # 21, issue 01), the volume between the year and the issue.
    from papershelf.normalise.cited_dates import chinese_issue_year

    page = parse_page("<html><body><h4>云南秋海棠属植物小志</h4><table><tr><th>刊 名</th><td>"
                      "<a>云南植物研究</a>"
                      " <a>1999年21卷01期</a> 11-24页</td></tr></table></body></html>")
    assert chinese_issue_year(page) == ["1999"]


def test_a_utc_stamp_on_the_day_after_the_day_a_time_element_shows_dates_the_story_by_the_day_shown():
    # SpaceNews (2019, round 87's held-out page, after its final figure): JSON-LD datePublished and
    # article:published_time '2019-11-19T04:50:22+00:00', the moment in UTC; the byline shows the story's own
    # day, 'November 18, 2019' in <time datetime="2019-11-18">, the evening before in Washington: a reader
    # dates the story by the day it shows.
    prose = ("<p>WASHINGTON — The agency announced on Monday that it was adding five round companies to a "
             "contract to perform commercial deliveries of payloads to the surface of the moon.</p>")
    page = ('<html><head><meta property="og:title" content="Five round companies added"><script '
            'type="application/ld+json">{{"@context": "https://schema.org", "@type": "Article", "headline": '
            '"Five round companies added", "datePublished": "{}", "author": {{"@type": "Person", "name": '
            '"Ann Lee"}}}}</script></head><body><h1>Five round companies added</h1><span class="authors">by '
            '<a rel="author" href="/author/ann-lee/">Ann Lee</a> — <time datetime="{}">{}</time></span>'
            f'{prose * 3}</body></html>')
    url = "https://news.example.com/five-round-companies-added/"
    paper = normalise_page(url, page.format("2019-11-19T04:50:22+00:00", "2019-11-18", "November 18, 2019"))
    assert paper.papers[0].published == "2019-11-18"
    # A stamp in local time, or a day shown two days before, is no such evening: the stamp's day stands.
    for stamp, shown, words in (("2019-11-19T04:50:22-05:00", "2019-11-18", "November 18, 2019"),
                                ("2019-11-19T04:50:22+00:00", "2019-11-17", "November 17, 2019")):
        assert normalise_page(url, page.format(stamp, shown, words)).papers[0].published == "2019-11-19"


def test_a_time_element_stamped_in_utc_that_shows_the_day_before_in_its_text_dates_the_story_by_that_day():
    # The Denver Post's Associated Press story (2017, round 117): article:published_time and JSON-LD
    # datePublished '2017-10-06T03:07:11+00:00', the moment in UTC; the byline's <time> carries that same
    # moment as its datetime and shows 'October 5, 2017 at 9:07 pm', the evening before in Denver (the
    # address's /2017/10/05/). A reader dates the story by the day its time element shows.
    prose = ("<p>WASHINGTON — When round researchers collected honey samples from around the world, they "
             "found that three-quarters of them had a common type of round pesticide.</p>")
    page = ('<html><head><meta property="og:title" content="Not so sweet: round honey"><meta '
            'property="article:published_time" content="{0}"><script type="application/ld+json">'
            '{{"@context": "http://schema.org", "@type": "NewsArticle", "headline": "Not so sweet: round '
            'honey", "datePublished": "{0}", "author": [{{"@type": "Person", "name": "Ann Lee"}}]}}</script>'
            '</head><body><h1>Not so sweet: round honey</h1>'
            '<figure><img src="/bees.jpg"></figure><div class="meta"><div class="byline">By <a rel="author" '
            'href="/author/ann-lee/">Ann Lee</a> | The Round Press</div><div class="time"><time '
            'datetime="{0}">{1}</time></div></div>' + prose * 3 + "</body></html>")
    url = "https://news.example.com/2017/10/05/round-honey/"
    moment = "2017-10-06T03:07:11+00:00"
    assert normalise_page(url, page.format(moment, "October 5, 2017 at 9:07 pm")).papers[0].published == (
        "2017-10-05")
    # The same day shown, a moment in local time, or a day shown two days before move nothing.
    for stamp, words in ((moment, "October 6, 2017 at 3:07 am"), ("2017-10-06T03:07:11-06:00",
                         "October 5, 2017 at 9:07 pm"), (moment, "October 4, 2017 at 9:07 pm")):
        assert normalise_page(url, page.format(stamp, words)).papers[0].published == "2017-10-06", words


def test_a_utc_stamp_on_the_day_after_the_day_in_the_zone_another_stamp_states_dates_the_story_by_that_day():
    # Forbes (2019, round 98's held-out page, after its final figure): no day shown (its scripts would write
    # it); JSON-LD datePublished 'Tue Nov 19 2019 03:05:46 GMT+0000' (a JavaScript date, the moment in UTC)
    # and article:published '2019-11-19', that moment's UTC day; og:updated_time '2019-11-18T22:15:39-05:00'
    # states the publisher's zone, New York's, where the story went up at 22:05 on 18 November (the
    # address's /2019/11/18/). The story's day is its own zone's, as a day shown over a UTC stamp is.
    page = ('<html><head><meta property="og:title" content="How a round duvet gave a man round lung">'
            '<meta name="author" content="Ann Lee"><meta property="og:updated_time" content="UPDATED">'
            '<meta property="article:published" content="2019-11-19" itemprop="datePublished">'
            '<script type="application/ld+json">{"@context": "http://schema.org", "@type": "NewsArticle", '
            '"headline": "How a round duvet gave a man round lung", "datePublished": "MOMENT", "author": '
            '{"@type": "Person", "name": "Ann Lee"}}</script></head><body><h1>How a round duvet gave a man '
            "round lung</h1><div>Ann Lee</div><p>"
            + "The round bedding left a man not only breathless but with a serious lung condition. " * 4
            + "</p></body></html>")
    url = "https://www.round.example.com/sites/annlee/2019/11/18/round-duvet-lung/"

    def published(moment: str, updated: str) -> str | None:
        filled = page.replace("MOMENT", moment).replace("UPDATED", updated)
        return normalise_page(url, filled).papers[0].published

    moment = "Tue Nov 19 2019 03:05:46 GMT+0000"
    assert published(moment, "2019-11-18T22:15:39-05:00") == "2019-11-18"
    # A zone the page states in UTC too, or one where the moment falls on the same day, moves nothing.
    for updated in ("2019-11-19T03:15:39+00:00", "2019-11-19T04:15:39+01:00"):
        assert published(moment, updated) == "2019-11-19", updated
    # Nor does a moment late in the UTC day, on the same day in New York.
    assert published("Tue Nov 19 2019 15:05:46 GMT+0000", "2019-11-19T10:15:39-05:00") == "2019-11-19"


def test_a_day_written_as_utc_midnight_is_no_moment_another_stamps_zone_moves_to_the_evening_before():
    # Adam Gleave's Source Themes Academic page of one paper (2017, round 214's held-out page, after its final
    # figure): 'March 2017' shown, article:published_time '2017-03-26T00:00:00+00:00', the front matter's
    # day alone as Hugo writes it (midnight UTC), and article:modified_time '2020-07-07T17:05:37-07:00', the
    # rebuild in the writer's zone. Midnight exactly is a day written without its time, no moment a story
    # went up, so another stamp's zone does not move it to the evening before: the day stays 2017-03-26.
    page = ('<!DOCTYPE html><html><head><meta property="og:title" content="Round compression for round text">'
            '<meta name="author" content="Ann Lee"><meta property="article:published_time" content="MOMENT">'
            '<meta property="article:modified_time" content="2020-07-07T17:05:37-07:00">'
            '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "Article", '
            '"headline": "Round compression for round text", "datePublished": "MOMENT", "author": '
            '{"@type": "Person", "name": "Ann Lee"}}</script></head><body><div class="pub"><h1>Round '
            'compression for round text</h1><div class="article-metadata"><div><span>Ann Lee</span>, '
            '<span>Bo Round</span></div><span class="article-date">March 2017</span></div>'
            '<h3>Abstract</h3><p class="pub-abstract">'
            + "Most round text is written in languages other than the roundest, and compressed badly. " * 3
            + "</p></div></body></html>")
    url = "https://round.example.com/publication/2017-round-compression/"

    def published(moment: str) -> str | None:
        return normalise_page(url, page.replace("MOMENT", moment)).papers[0].published

    assert published("2017-03-26T00:00:00+00:00") == "2017-03-26"
    # A moment with its time of day is still read in the zone the other stamp states (Forbes's reading).
    assert published("2017-03-26T03:05:46+00:00") == "2017-03-25"


def test_a_utc_stamp_on_the_day_after_the_day_shown_alone_above_the_heading_dates_it_by_that_day():
    # Pew Research Center's post (2014, round 86), read with its JSON-LD alone: dateCreated
    # '2014-11-21T02:57:15+00:00', the moment in UTC; <div class="meta date">November 20, 2014</div> right
    # above the h1, the evening before in Washington. A day shown alone beside the heading stands for the
    # piece's own day as a time element does: the stamp on the day after it is that evening's.
    prose = ("<p>Mexican immigrants will benefit most from the round executive actions on immigration "
             "announced by the President on Thursday, according to a new analysis of round government "
             "data.</p>")
    page = ('<html><head><script type="application/ld+json">{{"@context": "https://schema.org", "@type": '
            '"Article", "headline": "Those from Round will benefit most", "dateCreated": "{}", "author": '
            '{{"@type": "Person", "name": "Ann Lee"}}}}</script></head><body><div class="meta date">{}</div>'
            f'<h1>Those from Round will benefit most</h1>{prose * 3}</body></html>')
    url = "https://research.example.org/fact-tank/2014/11/20/those-from-round-will-benefit-most/"
    paper = normalise_page(url, page.format("2014-11-21T02:57:15+00:00", "November 20, 2014")).papers[0]
    assert paper.published == "2014-11-20"
    # A stamp in local time is no such evening: the stamp's day stands.
    local = normalise_page(url, page.format("2014-11-21T02:57:15-05:00", "November 20, 2014")).papers[0]
    assert local.published == "2014-11-21"

def test_a_utc_evening_is_read_in_linear_time():
    # One query for the page's time elements, each compared with the stamps' eves: no time element against
    # another.
    def normalising(size):
        page = ('<html><head><meta property="og:title" content="Round things"><meta '
                'property="article:published_time" content="2019-11-19T04:50:22+00:00"></head><body>'
                '<h1>Round things</h1>' + '<div><time datetime="2019-11-10">November 10, 2019</time>' * size
                + "</div>" * size + "<p>" + "word " * 40 + "</p></body></html>")
        return lambda: normalise_page("https://news.example.org/story", page)

    assert_linear_time(normalising, 4000)


def test_a_time_elements_shown_eve_is_read_in_linear_time():
    # Each time element stamped with the UTC moment has its text read for the day it shows, a few dozen
    # characters and nodes at most: time elements nested in one another are not each read to the end.
    def normalising(size):
        page = ('<html><head><meta property="og:title" content="Round things"><meta '
                'property="article:published_time" content="2019-11-19T04:50:22+00:00"></head><body>'
                '<h1>Round things</h1>' + '<div><time datetime="2019-11-19T04:50:22+00:00">round ' * size
                + "</time></div>" * size + "<p>" + "word " * 40 + "</p></body></html>")
        return lambda: normalise_page("https://news.example.org/story", page)

    assert_linear_time(normalising, 4000)


def test_a_day_first_with_a_two_digit_year_is_read_only_as_a_whole_text():
    # The Hertie School (round 83): '02.12.19' above the heading is 2 December 2019. Read only where the text
    # is that day and nothing else (dated_headings asks it of an element alone beside a heading); dates.py
    # reads no two-digit year in running text.
    from papershelf.normalise.dates import dates_in_text, whole_date
    from papershelf.normalise.two_digit_years import day_with_two_digit_year

    assert day_with_two_digit_year(" 02.12.19 ") == "2019-12-02"
    assert day_with_two_digit_year("2.1.98") == "1998-01-02"
    for other in ("Version 02.12.19", "31.02.19", "02.12.2019", "02/12/19", None):
        assert day_with_two_digit_year(other) is None, other
    assert whole_date("02.12.19") is None and not dates_in_text("Released 02.12.19")


def test_a_german_month_and_year_is_read_only_where_the_whole_text_is_it():
    # The Vogelwarte's breadcrumb step 'Dezember 2021' (round 82): a German month and year with no day, read
    # by german_months only where the readers of such placements ask; dates.py still reads another
    # language's month only with a day.
    from papershelf.normalise.dates import whole_date
    from papershelf.normalise.german_months import month_and_year

    assert month_and_year("\n\t\tDezember 2021\n") == "2021-12"
    assert month_and_year("Jänner 2020") == "2020-01" and month_and_year("December 2021") == "2021-12"
    for other in ("Zustandsbericht 2021", "Dezember", "3. Dezember 2021 und mehr", "Mars 2020", None):
        assert month_and_year(other) is None, other
    assert whole_date("Dezember 2021") is None


def test_a_journal_articles_issue_line_above_its_heading_dates_it_by_the_issues_month():
    # Information Research (2002, round 92): Dublin Core names the title and author but no date; over the
    # h1, an h4 'Information Research, Vol. 8 No. 1, October 2002', the journal, the volume and issue and
    # the issue's month in one line. 'Last updated: 10th January, 2003' at the end is a revision's day.
    abstract = ("Examines critically the origins and basis of round things, their components and their "
                "development as a field of consultancy practice, and the distinction between round and "
                "square.")
    page = ('<html><head><meta name="DC.Title" content="The nonsense of round things">'
            '<meta name="DC.Creator" content="T.D. Roundson"><meta name="DC.Description" content="{a}">'
            "</head><body><h4>{line}</h4><h1>The nonsense of round things</h1><h4>T.D. Roundson</h4>"
            "<p>Abstract</p><p>{a}</p><p>Last updated: 10th January, 2003</p></body></html>")
    url = "http://round.example.net/ir/8-1/paper144.html"
    line = "Round Research, Vol. 8 No. 1, October 2002"
    assert normalise_page(url, page.format(a=abstract, line=line)).papers[0].published == "2002-10"
    # A line that names no volume and issue is no issue's: it dates nothing.
    other = normalise_page(url, page.format(a=abstract, line="Round Research, October 2002")).papers[0]
    assert other.published != "2002-10"


def test_a_day_written_with_hyphens_and_the_months_short_name_is_read_as_that_day():
    # EurekAlert!'s news release (2021 site, round 95): 'News Release <time datetime="TODO">6-Aug-2020</time>'
    # above the h1, the day, the month's short name and the year joined by hyphens, as databases print a
    # day. Read as the day; figures and a month's name joined otherwise (an identifier's) are not.
    from papershelf.normalise.dates import dates_in_text

    assert partial_date("6-Aug-2020") == "2020-08-06"
    assert partial_date("News Release 16-Sep-2021") == "2021-09-16"
    assert [iso for _, _, iso in dates_in_text("Released 06-aug-2020.")] == ["2020-08-06"]
    assert partial_date("abc6-Aug-2020") != "2020-08-06"
    assert partial_date("6-Foo-2020") == "2020"
    page = ('<html><head><meta property="og:title" content="A closer look at round fuels"></head><body>'
            '<header><div class="release_date">News Release <time datetime="TODO">6-Aug-2020</time></div>'
            "<h1>A closer look at round fuels</h1></header><p>{p}</p><p>{p}</p></body></html>")
    prose = "Scientists have looked closer at how round fuels burn in small round engines. " * 4
    paper = normalise_page("https://news.example.org/releases/771663", page.format(p=prose)).papers[0]
    assert paper.published == "2020-08-06"


def test_a_date_line_over_the_heading_is_read_past_its_templates_indentation():
    # EurekAlert!'s release (round 95): the template indents the publication line over the h1 with runs of
    # spaces and new lines ('<div class="release_date">\n\n    News Release \n    <time …>       6-Aug-2020
    # \n</time></div>'), more characters than a line holds until they are taken out; the day under the
    # heading was read past such indentation (Innovations Report), the day over it was not.
    pad = "\n" + " " * 40
    page = ('<html><head><meta property="og:title" content="A closer look at round fuels"></head><body>'
            f'<header><div class="release_date">{pad}News Release {pad}<time datetime="TODO">{pad}6-Aug-2020'
            f"{pad}</time>{pad}</div><h1>A closer look at round fuels</h1></header><p>{{p}}</p>"
            "</body></html>")
    prose = "Scientists have looked closer at how round fuels burn in small round engines. " * 4
    paper = normalise_page("https://news.example.org/releases/771663", page.format(p=prose)).papers[0]
    assert paper.published == "2020-08-06"


def test_a_day_classed_as_the_publishing_date_among_the_lines_under_the_heading_dates_the_page():
    # The BfN's press release (2022, round 97, held out; Drupal): no date meta; under the h1 the release's
    # field lines, 'Gemeinsame Pressemitteilung mit …', its topics, then <div class="field
    # field--name-field-publishing-date field__item">13.01.2022</div> and the place, then the lead in
    # div.field--name-field-abstract and the text. An element whose compound class ends in "date", holding a
    # day alone, among the lines between the heading and the text dates the page.
    lead = ("With the round project just started, a network of round habitats of national importance is "
            "being developed on the river.")
    prose = ("<p>The project, started by a nature conservation society, is to create round structures on a "
             "project area of 2,350 hectares in the lowlands and will also take the interests of agriculture "
             "and shipping into account, as the partners agreed.</p>")
    page = ('<html><head><meta property="og:title" content="Round Diversity brings nature back to the river">'
            '<meta property="og:type" content="article"></head><body><article><section><h1><span>Round '
            'Diversity brings nature back to the river</span></h1><div class="field field--name-field-'
            'collaboration">Joint press release with the Round Society</div><div class="field__items"><div>'
            'Press</div><div>Waters</div></div><div class="s-wrapper">{}<span>&#8226;</span><div '
            'class="field field--name-field-location">Verden</div></div><div class="field '
            f'field--name-field-abstract">{lead}</div><div class="text">{prose * 3}</div></section></article>'
            '</body></html>')
    url = "https://www.round.example.de/pressemitteilungen/round-diversity-brings-nature-back"
    dated = '<div class="field field--name-field-publishing-date field__item">13.01.2022</div>'
    paper = normalise_page(url, page.format(dated)).papers[0]
    assert (paper.title, paper.abstract, paper.published) == (
        "Round Diversity brings nature back to the river", lead, "2022-01-13")
    # A day classed as an update is no publication's.
    updated = '<div class="field field--name-field-update">13.01.2022</div>'
    assert normalise_page(url, page.format(updated)).papers[0].published is None


def test_a_day_classed_as_the_publishing_date_under_the_heading_is_sought_in_linear_time():
    # The lines between the heading and the text are walked once, each element's classes read once, and the
    # first element classed as a date read no further than a dateline's length: a deep nest of blocks under
    # the heading (each a wrapper of the next) costs its size, not its size times its depth.
    def reading(depth):
        nest = '<div class="field-wrapper"><span>Press</span>' * depth + "</div>" * depth
        page = parse_page('<html><head><meta property="og:title" content="Round Diversity"></head><body>'
                          f'<h1>Round Diversity</h1>{nest}<div class="field--name-field-publishing-date">'
                          "13.01.2022</div></body></html>")
        return lambda: labelled_dates_anywhere(page, "Round Diversity")

    assert assert_linear_time(reading, 4000) == ["2022-01-13"]


def test_a_day_written_year_first_with_a_full_stop_and_a_space_after_each_figure_is_read():
    # Hungarian (and Korean) pages write a day "2020. 08. 18." (BAON, round 104: '2020. 08. 18. 21:35' beside
    # its heading); it read as the year alone. A year closing a sentence before a number is no such day.
    assert partial_date("2020. 08. 18.") == "2020-08-18"
    assert partial_date("2020. 8. 5.") == "2020-08-05"
    from papershelf.normalise.dates import dates_in_text, whole_date
    assert whole_date("2020. 08. 18.") == "2020-08-18"
    assert [iso for _, _, iso in dates_in_text("2020. 08. 18. 21:35")] == ["2020-08-18"]
    assert [iso for _, _, iso in dates_in_text("It closed in 2019. 12 people had left.")] == ["2019"]


def _release_with_a_data_block(label: str = "Datum", wrapped: bool = False) -> str:
    # The BfS's and the BSI's press releases (round 107; the Government Site Builder, 2022): no date meta;
    # under the h1 a data block of label and value pairs, each in an element of its own (div.docData:
    # span.label 'Ausgabejahr' span.value '2022', span.label 'Datum' span.value '25.01.2022'; the BSI's
    # p.docData with strong.label 'Ort' 'Saarbrücken' and 'Datum' '28.01.2022', past the wrapper the h1 stands
    # alone in).
    prose = ("<p>Das Amt hat eine neue Karte zur Lage in Deutschland veröffentlicht. Die Karte zeigt die zu "
             "erwartende Konzentration im Boden in einer Auflösung von einem Kilometer. Sie richtet sich an "
             "alle, die sich über die Lage in ihrer Region informieren möchten.</p>")
    heading = "<h1>Rundes im Boden: Neue Karte gibt Orientierung</h1>"
    if wrapped:
        heading = (f'<div class="intro"><div class="intro-content">{heading}</div>'
                   '<div><img src="k.png"></div></div>')
    described = ("Das Amt hat eine neue Karte zur Lage in Deutschland veröffentlicht. Die Karte zeigt die zu "
                 "erwartende Konzentration im Boden in einer Auflösung von einem Kilometer und mehr, für "
                 "alle, die sich über die Lage in ihrer Region informieren möchten, und für Planer.")
    return ('<html><head><meta property="og:title" content="Rundes im Boden: Neue Karte gibt Orientierung">'
            f'<meta name="description" content="{described}">'
            '</head><body><h1 class="aural">Navigation und Service</h1>'
            f'{heading}<p class="docData"><strong class="label">Ort</strong> <span class="value">Saarbrücken'
            f'</span><br><strong class="label">{label}</strong> <span class="value">25.01.2022</span><br></p>'
            f'{prose * 2}<p>Stand: 25.01.2022</p></body></html>')


def test_a_release_is_dated_by_the_date_label_of_the_data_block_under_its_heading():
    url = "https://www.example.de/SharedDocs/Pressemitteilungen/DE/2022/001.html"
    for wrapped in (False, True):
        paper = normalise_page(url, _release_with_a_data_block(wrapped=wrapped)).papers[0]
        assert (paper.title, paper.published) == (
            "Rundes im Boden: Neue Karte gibt Orientierung", "2022-01-25")
    # Without meta, the heading its <title> repeats after the site's name and section is the release's.
    page = _release_with_a_data_block().replace(
        '<meta property="og:title" content="Rundes im Boden: Neue Karte gibt Orientierung">',
        "<title>Amt - Pressemitteilungen - Rundes im Boden: Neue Karte gibt Orientierung</title>")
    paper = normalise_page(url, page).papers[0]
    assert (paper.title, paper.published) == ("Rundes im Boden: Neue Karte gibt Orientierung", "2022-01-25")
    # A label that names another date ('Datum der letzten Änderung') dates nothing.
    found = normalise_page(url, _release_with_a_data_block("Datum der letzten Änderung"))
    assert found is None or not found.papers or found.papers[0].published is None


def test_a_data_blocks_date_label_under_the_heading_is_sought_in_linear_time():
    from papershelf.normalise.data_block_days import labelled_day_under_heading

    def reading(depth):
        nest = '<div class="docData"><span class="label">Ort</span>' * depth + "</div>" * depth
        page = parse_page('<html><head><meta property="og:title" content="Round Map"></head><body>'
                          f'<h1>Round Map</h1>{nest}<p><span class="label">Datum</span> '
                          '<span class="value">25.01.2022</span></p></body></html>')
        return lambda: labelled_day_under_heading(page, "Round Map")

    assert assert_linear_time(reading, 4000) == ["2022-01-25"]


def _delivered_story(line: str, url_day: str = "20170309", filler: str = "") -> tuple[str, str]:
    # Yahoo! News Japan (2017, round 110): no date or author meta; under the h1 p.source with the source's
    # name, the month and day, the weekday in brackets, the time and 配信 ('delivered'), no year; the
    # address's article id opens with the day (hl?a=20170309-35097838-cnetj-sci).
    prose = ("<p>トレンドマイクロは3月9日、Wi-Fi利用時の通信を暗号化し保護する"
             "スマホ・タブレット向けのセキュリティアプリの発売を開始すると発表した。"
             "1年版ライセンスは2900円で、2年版ライセンスは5000円。</p>")
    page = ('<html><head><title>アプリを発売 （CNET Japan） - Yahoo!ニュース</title>'
            '<meta property="og:title" content="アプリを発売（CNET Japan） - Yahoo!ニュース">'
            '<meta property="og:type" content="article">'
            '<meta property="og:site_name" content="Yahoo!ニュース">'
            f'</head><body><div class="hd"><h1>アプリを発売</h1>{filler}<p class="source">'
            '<a href="/list/?m=cnetj">'
            f'CNET Japan</a> {line}</p></div>{prose * 2}</body></html>')
    return f"http://headlines.example.co.jp/hl?a={url_day}-35097838-cnetj-sci", page


def test_a_japanese_delivery_line_under_the_heading_dates_the_story_in_the_addresss_year():
    url, page = _delivered_story("3/9(木) 18:45配信")
    paper = normalise_page(url, page).papers[0]
    assert (paper.title, paper.authors, paper.published) == ("アプリを発売", None, "2017-03-09")
    # An address whose day is another's says nothing of the line's year.
    url, page = _delivered_story("3/9(木) 18:45配信", url_day="20170310")
    found = normalise_page(url, page)
    assert found is None or not found.papers or found.papers[0].published != "2017-03-09"


def test_a_japanese_delivery_line_is_read_in_linear_time():
    def reading(n: int):
        url, page = _delivered_story("3/9(木) 18:45配信", filler='<span class="tag">IT</span>' * n)
        return lambda: normalise_page(url, page)

    found = assert_linear_time(reading, 3000)
    assert found.papers[0].published == "2017-03-09"


def _catalogue_item_page(date_row: str = "<td><b>Date</b></td><td>1922</td>") -> str:
    # The Internet Archive's item page of a digitised book (round 129, held-out, fixed after the round's final
    # figure; www.archive.org, 2008): no meta, no doctype; the item's h3 'Chemical lecture experiments;
    # non-metallic elements (1922)', 'Author: Newth, George S', a reader's review, then h3 'Selected Metadata'
    # over a table of labelled rows (Title, Creator, Publisher, Date '1922', …, Public Date, the upload's).
    review = ("<p>This book first appeared in 1892 and is a fascinating collection of round lecture "
              "experiments, all of which the author had tried for himself; it is hard to find now outside of "
              "libraries, and well worth reading.</p>")
    return ("<html><head><title>Internet Archive: Details: Round lecture experiments</title></head><body>"
            '<div id="main"><h3>Round lecture experiments (1922)</h3><p><b>Author:</b> Round, Ada B<br/>'
            f"<b>Language:</b> English</p>{review}<h3>Selected Metadata</h3><table><tbody>"
            "<tr><td><b>Title</b></td><td>Round lecture experiments</td></tr>"
            "<tr><td><b>Creator</b></td><td>Round, Ada B</td></tr>"
            "<tr><td><b>Publisher</b></td><td>London, Round and Co.</td></tr>"
            f"<tr>{date_row}</tr><tr><td><b>Public Date</b></td><td>2007-04-20 00:15:02</td></tr>"
            "</tbody></table></div></body></html>")


def test_a_catalogue_records_labelled_date_row_dates_the_record_its_rows_name():
    url = "http://www.archive.org/details/roundlectureexp00roun"
    paper = normalise_page(url, _catalogue_item_page()).papers[0]
    assert (paper.title, paper.authors, paper.published) == (
        "Round lecture experiments", ["Ada B Round"], "1922")
    # A row labelled 'Date' whose value is no date dates nothing; the upload's 'Public Date' is not the
    # work's.
    paper = normalise_page(url, _catalogue_item_page("<td><b>Date</b></td><td>see the notes</td>")).papers[0]
    assert paper.published is None


def test_an_article_items_publication_stamp_that_is_its_update_stamp_dates_it_by_its_creation():
    # The Wall Street Journal (2014, round 128, train): the body's NewsArticle item shows no day; its
    # itemprop metas say dateCreated 2014-08-29T17:01Z (the address's 1409331697 is that instant) and
    # datePublished 2014-08-30T21:53Z, the very instant of its dateModified. A publication stamp that is the
    # update's stamps the last update: the story first appeared the day it was created.
    page = ('<html><head><meta property="og:title" content="Round Treatment Provides Hope">{stamps}'
            '</head><body itemscope itemtype="//schema.org/NewsArticle">'
            '<h1 itemprop="headline">Round Treatment Provides Hope</h1>'
            '<div class="byline">By <div itemscope itemprop="author" itemtype="http://schema.org/Person">'
            '<span itemprop="name">Ann Round</span></div></div>'
            "<p>An experimental round cocktail has cured monkeys inoculated with a lethal dose of the round "
            "virus, setting the stage for scientists to test the treatment in people.</p></body></html>")
    url = "https://www.journal.example.com/articles/round-treatment-provides-hope-1409331697"

    def stamps(created: str, published: str, modified: str) -> str:
        return "".join(f'<meta itemprop="{name}" content="{value}">' for name, value in
                       (("dateCreated", created), ("datePublished", published), ("dateModified", modified)))

    updated = stamps("2014-08-29T17:01:00.000Z", "2014-08-30T21:53:00.000Z", "2014-08-30T21:53:00.000Z")
    assert normalise_page(url, page.format(stamps=updated)).papers[0].published == "2014-08-29"
    # A publication stamp apart from the update's is the publication's: the item was created (a draft)
    # before it was published, as Zenodo's records are.
    later = stamps("2014-08-29T17:01:00.000Z", "2014-08-30T21:53:00.000Z", "2014-09-02T08:00:00.000Z")
    assert normalise_page(url, page.format(stamps=later)).papers[0].published == "2014-08-30"


def _item_opening_with_a_dateline(opening: str = "Darmstadt - Januar 2021. ", lines: int = 0) -> str:
    prose = "Mit Hilfe hochenergetischer Protonen lassen sich Nukleonen aus Atomkernen herausschlagen. " * 3
    short = "<p>Runde Sache.</p>" * lines
    return _meta_page(("citation_title", "Heliumkerne in Zinn-Atomen entdeckt"), ("author", "Ada Round"),
                      body=f"<h1>Heliumkerne in Zinn-Atomen entdeckt</h1>{short}<p>{opening}{prose}</p>"
                           f"<p>{prose}</p>")


def test_the_month_of_a_dateline_opening_the_text_dates_a_page_nothing_else_dates():
    # Internetchemie (2021, round 79, held out, fixed at stop 65): the text opens 'Darmstadt - Januar 2021.
    # Mit Hilfe …', the place, a dash, the month and year, a full stop; no other day of its first appearance.
    # The month is its date, in German or English; a text opening otherwise is not dated by a month in its
    # midst.
    for opening, month in (("Darmstadt - Januar 2021. ", "2021-01"), ("Frankfurt am Main – December 2020. ",
                                                                      "2020-12")):
        paper = normalise_page("https://example.org/c", _item_opening_with_a_dateline(opening)).papers[0]
        assert paper.published == month
    page = _item_opening_with_a_dateline("Seit Januar 2021. ")
    assert normalise_page("https://example.org/c", page).papers[0].published is None


def test_a_dateline_opening_the_text_is_sought_in_linear_time():
    from papershelf.normalise.month_datelines import month_of_the_opening_dateline

    def reading(lines):
        page = parse_page(_item_opening_with_a_dateline(lines=lines))
        return lambda: month_of_the_opening_dateline(page, "Heliumkerne in Zinn-Atomen entdeckt")

    assert assert_linear_time(reading, 20000) == "2021-01"


def _story_under_template_meta(line: str, *dates: tuple[str, str], lines: int = 0) -> str:
    prose = "A new round study shows that round franchisees can be disappointed with their experience. " * 3
    related = '<p><a href="?item=1">Round sector growing fast</a><br></p>' * lines
    return _meta_page(("DC.title", "Resolving round conflict - Round University"), *dates,
                      ("DC.creator", "Round University"),
                      body=f"<div><h1>Resolving round conflict</h1><div>{prose}<br><br>{prose}</div>"
                           f"<h3>Related articles</h3>{related}<p class='dates'>{line}</p></div>")


def test_a_shown_created_day_after_the_text_beats_a_templates_older_dublin_core_dates():
    # Massey News (2012, round 132, held out, fixed at stop 65 by pending66): 'Created: 17/01/2012 | Last
    # updated: 17/01/2012' on a line of its own after the text, the only day the page shows; the template's
    # DC.created 2007-11-16 (years older) and DC.date 2011-06-01 (a first of the month), the same on every
    # page of the site, were read instead ('2011-06'). The shown day of the piece's making dates it.
    url = "https://www.university.example.nz/news/article.cfm?uuid=1"
    template = (("DC.created", "2007-11-16"), ("DC.date", "2011-06-01"))
    created = "Created: 17/01/2012 | Last updated: 17/01/2012"
    for line in (created, "Published: January 17, 2012"):
        page = _story_under_template_meta(line, *template)
        assert normalise_page(url, page).papers[0].published == "2012-01-17"
    # A Dublin Core day a few days before a shown 'Posted:' line is the story's own (Sci-Tech Today, 2017:
    # DC.date.issued 2017-10-03, 'Posted: 2017-10-05 @ 12:07pm PT'), and so is a first of the month with no
    # older date of a template beside it (the Royal Society: DC.Date 2016-06-01 for its issue's month).
    posted = _story_under_template_meta("Posted: 2017-10-05 @ 12:07pm PT", ("DC.date.issued", "2017-10-03"))
    assert normalise_page(url, posted).papers[0].published == "2017-10-03"
    month = _story_under_template_meta(created, ("DC.date", "2011-06-01"))
    assert normalise_page(url, month).papers[0].published != "2012-01-17"
    # A shown 'Last updated:' day alone is no day of the piece's making: the meta's stand.
    updated = _story_under_template_meta("Last updated: 17/01/2012", *template)
    assert normalise_page(url, updated).papers[0].published != "2012-01-17"


def test_a_shown_created_line_is_sought_in_linear_time():
    from papershelf.normalise.created_lines import shown_creation_day

    def reading(lines):
        page = parse_page(_story_under_template_meta("Created: 17/01/2012 | Last updated: 17/01/2012",
                                                     lines=lines))
        return lambda: shown_creation_day(page)

    assert assert_linear_time(reading, 20000) == "2012-01-17"


def test_a_korean_posted_line_is_a_publication_label():
    # Chosun Ilbo (round 135, held out; 2009): '입력 : 2009.09.25 03:03' in div.news_date at the top of the
    # story's body, 입력 ('input', posted) the Korean label of a story's publication as "Posted" is English's;
    # 수정, the update's label, is none.
    page = parse_page('<html><body><div class="news_date"><p>입력 : 2009.09.25 03:03</p></div>'
                      "<p>본문</p></body></html>")
    assert publication_labelled_dates(page) == ["2009-09-25"]
    updated = parse_page('<html><body><div class="news_date"><p>수정 : 2009.09.26 10:00</p></div>'
                         "<p>본문</p></body></html>")
    assert publication_labelled_dates(updated) == []


def test_a_greek_publication_line_is_a_publication_label():
    # ΤΟ ΒΗΜΑ (round 136; 2011): div.article_info 'ΔΗΜΟΣΙΕΥΣΗ:  28/12/2011, 15:17' under the dek, ΔΗΜΟΣΙΕΥΣΗ
    # (publication) the Greek label of a story's publication as "Published" is English's, in capitals or not
    # ('Δημοσίευση:'); the update's label, 'ΤΕΛΕΥΤΑΙΑ ΕΝΗΜΕΡΩΣΗ', is none.
    for line in ("ΔΗΜΟΣΙΕΥΣΗ:  28/12/2011, 15:17", "Δημοσίευση: 28/12/2011, 15:17"):
        page = parse_page(f'<html><body><div class="article_info">{line}</div><p>Κείμενο</p></body></html>')
        assert publication_labelled_dates(page) == ["2011-12-28"]
    updated = parse_page('<html><body><div class="article_info">ΤΕΛΕΥΤΑΙΑ ΕΝΗΜΕΡΩΣΗ: 29/12/2011, 10:00</div>'
                         "<p>Κείμενο</p></body></html>")
    assert publication_labelled_dates(updated) == []


_QUARTO_MANUSCRIPT = """<!DOCTYPE html><html><head><title>Round Soils Across Two Land Uses</title>
<meta name="citation_title" content="Round Soils Across Two Land Uses">
<meta name="author" content="Ada Round"><meta name="author" content="Bo Stone">
<meta name="citation_author" content="Ada Round"><meta name="citation_author" content="Bo Stone">
</head><body><header id="title-block-header" class="quarto-title-block default">
<div class="quarto-title-banner"><div class="quarto-title column-body">
<h1 class="title">Round Soils Across Two Land Uses</h1></div>
<div class="quarto-title-meta-container"><div class="quarto-title-meta-column-start">
<div class="quarto-title-meta-author"><div class="quarto-title-meta-heading">Authors</div>
<div class="quarto-title-meta-heading">Affiliations</div>
<div class="quarto-title-meta-contents"><p class="author">Ada Round <a href="mailto:ada@round.edu"
class="quarto-title-author-email"><i class="bi bi-envelope"></i></a></p></div>
<div class="quarto-title-meta-contents"><p class="affiliation">Round University</p></div>
<div class="quarto-title-meta-contents"><p class="author">Bo Stone <a href="mailto:bo@round.edu"
class="quarto-title-author-email"><i class="bi bi-envelope"></i></a></p></div>
<div class="quarto-title-meta-contents"><p class="affiliation">Round University</p></div></div>
<div class="quarto-title-meta"><div><div class="quarto-title-meta-heading">{label}</div>
<div class="quarto-title-meta-contents"><p class="{cell}">Tuesday, March 4, 2025</p></div></div></div>
</div></div></div></header><div class="abstract"><div class="block-title">Abstract</div><p>We measured
round soils across two land uses and found their properties vary with the terrain in ways a sampling
plan can use.</p></div><h2>1 Introduction</h2><p>Soils vary.</p></body></html>"""


def test_a_manuscripts_only_day_under_a_modified_label_is_no_published_day():
    # Round 173: a Quarto manuscript's title block shows 'Modified' over its only day (the render's), no
    # 'Published' cell: the day a byline's reader found under the authors is the page's last change.
    page = _QUARTO_MANUSCRIPT.replace("{label}", "Modified").replace("{cell}", "date-modified")
    paper = normalise_page("https://round.github.io/soil-manuscript/", page).papers[0]
    assert paper.title == "Round Soils Across Two Land Uses"
    assert paper.authors == ["Ada Round", "Bo Stone"]
    assert paper.published is None


def test_a_manuscripts_day_under_a_published_label_still_dates_it():
    page = _QUARTO_MANUSCRIPT.replace("{label}", "Published").replace("{cell}", "date")
    paper = normalise_page("https://round.github.io/soil-manuscript/", page).papers[0]
    assert paper.published == "2025-03-04"
def _paper_citing_itself(entry: str, entries: int = 3, heading: str = "References") -> str:
    # A paper's own text served as one page (the quantum kitchen sinks paper, round 168, held out; 2026):
    # its title the h1, its byline a paragraph of names, no meta and no date shown, its references at its end.
    others = "".join(f"<p>[{n + 2}] Other, O. (2019). Another study number {n}. <em>Journal</em>.</p>"
                     for n in range(entries))
    return ("<html><head><title>Spectrogram Anomaly Detection with Kitchen Sinks</title></head><body>"
            "<h1>Spectrogram Anomaly Detection with Kitchen Sinks</h1>"
            '<p class="authors">Jane Doe, Rui Zhang, Alex Smith</p>'
            "<p><strong>Abstract</strong> — We detect anomalies in radio spectrograms with quantum kitchen "
            "sinks, a lightweight hybrid feature map, and study how its depth and readout shape results.</p>"
            "<h2>1. Introduction</h2><p>Spectrum sharing is a fundamental concept in cognitive radio "
            "systems, "
            "enabling heterogeneous networks to coexist while using the shared spectrum they hold.</p>"
            f"<h2>{heading}</h2><p>{entry}</p>{others}</body></html>")


_OWN_ENTRY = ("[1] Doe, J., Zhang, R., &amp; Smith, A. (2026). Spectrogram Anomaly Detection with Kitchen "
              "Sinks: Architecture and Validation. <em>Paper under review.</em>")


def test_a_paper_citing_itself_in_its_own_reference_list_is_dated_by_that_year():
    # The entry's names are the page's authors' family names in order and its title opens with the page's
    # title, its subtitle after a colon: the paper itself, its year the only date the page gives.
    url = "https://example.github.io/kitchen-sinks/paper.html"
    found = normalise_page(url, _paper_citing_itself(_OWN_ENTRY))
    assert found.papers[0].authors == ["Jane Doe", "Rui Zhang", "Alex Smith"]
    assert found.papers[0].published == "2026"


def test_a_cited_title_by_other_people_or_above_the_references_dates_no_paper():
    # A near miss each: the same title by other people (a review citing the paper it reviews), by part of the
    # authors, a longer title that runs on past the page's, and the page's own entry under a heading of no
    # references ('Notes'): the page stays undated.
    from papershelf.normalise.own_references import year_of_its_own_reference

    title = "Spectrogram Anomaly Detection with Kitchen Sinks"
    authors = ["Jane Doe", "Rui Zhang", "Alex Smith"]
    assert year_of_its_own_reference(parse_page(_paper_citing_itself(_OWN_ENTRY)), title, authors) == "2026"
    for entry, heading in (
            (_OWN_ENTRY.replace("Doe, J., Zhang, R., &amp; Smith, A.", "Vaswani, A., &amp; Shazeer, N."),
             "References"),
            (_OWN_ENTRY.replace("Doe, J., Zhang, R., &amp; ", ""), "References"),
            (_OWN_ENTRY.replace("Kitchen Sinks:", "Kitchen Sinks Revisited:"), "References"),
            (_OWN_ENTRY, "Notes")):
        page = parse_page(_paper_citing_itself(entry, heading=heading))
        assert year_of_its_own_reference(page, title, authors) is None, (entry, heading)


def test_a_papers_own_reference_is_sought_in_linear_time():
    from papershelf.normalise.own_references import year_of_its_own_reference

    title = "Spectrogram Anomaly Detection with Kitchen Sinks"
    authors = ["Jane Doe", "Rui Zhang", "Alex Smith"]

    def reading(entries):
        # A reference list of thousands of others' entries and none of the page's own.
        page = parse_page(_paper_citing_itself("", entries=entries))
        return lambda: year_of_its_own_reference(page, title, authors)

    assert assert_linear_time(reading, 20000) is None


def test_a_line_of_the_meetings_place_and_days_under_the_byline_dates_the_paper_by_their_month():
    # START Conference Manager's accepted-paper pages for COLING 2014's workshops (round 197's train page,
    # OIAF4HLT 2014): no meta; <h2>title</h2><h3>the authors</h3><b><a>the workshop</a></b><br>Dublin,
    # Ireland, August 23-29, 2014 <hr> <h2>Abstract</h2> the abstract. Nothing else dates the paper; the
    # conference's range of days is its month, as the corpus reads such a range.
    def published(line: str) -> str | None:
        page = (
            "<html><head><title>WS 2014 - A Study of Round Things</title></head><body>"
            "<h2>A Study of Round Things</h2><h3>Ada Lovelace, Mary Somerville and Charles Babbage</h3>"
            f'<b><a href="http://example.org">Workshop on Round Things (WRT 2014)</a></b><br>{line}<p><hr><p>'
            "<h2>Abstract</h2>We study round things at length, and find that they are round in every way we "
            "looked, for all of the reasons we could think of.<p><hr></body></html>"
        )
        return normalise_page("https://example.org/accepted/9.html", page).papers[0].published

    assert published("Dublin, Ireland, August 23-29, 2014") == "2014-08"
    assert published("Dublin, Ireland, 23-29 August 2014") == "2014-08"
    # One day (a deadline, an update) or a sentence naming days is no meeting's line of days.
    assert published("Camera-ready due August 23, 2014") is None
    assert published("The talks ran over August 23-29, 2014 in the main hall.") is None


def test_a_venue_line_is_sought_near_the_heading_alone():
    # Many breaks and lines after the heading: only the few nodes right under it are read.
    from papershelf.normalise.venue_day_lines import days_of_the_venue_line

    def run(n: int):
        page = parse_page("<html><body><h2>A Study of Round Things</h2>" + "<br>Some words, " * n
                          + "Dublin, Ireland, August 23-29, 2014</body></html>")
        return lambda: days_of_the_venue_line(page, "A Study of Round Things")

    assert assert_linear_time(run, 20000) == []
# Mr.Duck's Hexo Chic post (round 194, pending82): the post-meta line under the h1, 'Author: <a>…</a>', then
# span.post-time whose own text is the label 'Date:' alone, the day and time in a link inside it, the raw text
# long by the template's indentation; the record made by its post-copyright's labelled rows ('Author:').
def _chic_post(time_line: str) -> str:
    indent = "\n" + " " * 24
    return (
        '<html><head><meta name="author" content="Adalov"><title>Round things | Adalov\'s notes</title>'
        '</head><body><article class="post-wrap"><header class="post-header">'
        '<h1 class="post-title">Round things</h1>'
        f'<div class="post-meta">{indent}Author: <a itemprop="author" rel="author" href="/">Adalov</a>'
        f'{indent}<span class="post-time">{indent}{time_line}{indent}</span>{indent}'
        f'<span class="post-category">{indent}Category: <a href="/c/">Notes</a>{indent}</span></div>'
        '</header><div class="post-content"><p>'
        + "We looked at round things for a long while and found them round. " * 4
        + '</p></div><section class="post-copyright"><p class="copyright-item"><span>Author:</span>'
        "<span>Adalov</span></p></section></article></body></html>"
    )


def test_a_labelled_date_line_whose_day_is_in_a_link_inside_it_dates_the_labelled_record():
    html_text = _chic_post('Date: <a href="#">October 2, 2021&nbsp;&nbsp;13:17:00</a>')
    found = normalise_page("https://adalov.example.org/2021/10/02/round-things/", html_text)
    assert found is not None
    paper = found.papers[0]
    assert (paper.title, paper.authors, paper.published) == ("Round things", ["Adalov"], "2021-10-02")


def test_a_long_paragraph_holding_a_date_label_is_no_date_line():
    # The same label before more words than a line's: an event's details, not the post's day.
    html_text = _chic_post('Date: <a href="#">October 2, 2021 13:17:00</a> <em>' + "and then the rest of "
                           "the meeting's long account of who came and what was said there " * 3 + "</em>")
    found = normalise_page("https://adalov.example.org/2021/10/02/round-things/", html_text)
    assert found is not None and found.papers[0].published is None


def test_a_date_label_line_is_read_in_linear_time():
    from papershelf.normalise.date_label_lines import day_of_a_date_label_line

    def reading(size: int):
        node = parse_page("<html><body><span>Date: " + "<b>" * size + "October 2, 2021 13:17"
                          + "</b>" * size + "</span></body></html>").tree.css_first("span")
        return lambda: day_of_a_date_label_line(node)

    assert assert_linear_time(reading, 16000) is None


def _program_page(presentation: str, meta: str = "") -> str:
    return ("<html><head><meta property='og:title' content='VIS 2024 - Paper: Round Things in Square Holes'>"
            "<meta property='og:description' content='We looked at round things long and found them round,"
            " and then we looked again at them in square holes, where they did not fit at all, and said so.'>"
            f"{meta}<title>VIS 2024 Content: Round Things in Square Holes</title></head><body>"
            "<h1 class='paper-title'>Round Things in Square Holes</h1>"
            "<h4 class='paper-authors'>Ada Lovelace - University of Somewhere, Some City, Some Country</h4>"
            "<h4 class='paper-authors'>Alan Turing - University of Elsewhere, Other City, Some Country</h4>"
            f"{presentation}<h5 class='paper-details-heading'>Abstract</h5><p>We looked at round things long"
            " and found them round, and then we looked again at them in square holes, where they did not fit"
            " at all, and said so.</p></body></html>")


def test_a_program_pages_presentation_date_time_dates_a_paper_nothing_else_dates():
    # IEEE VIS 2024's program page of one full paper (round 197, train; stop 74): no citation or
    # publication meta, the only day the session's, h5.paper-presentation's span.format-date
    # '2024-10-15T16:25:00Z' (a script shows it in the reader's zone): the venue's day as shown.
    presented = ("<h5 class='paper-presentation pb-2'><span class='format-date'>2024-10-15T16:25:00Z"
                 "</span><span class='timezone'><strong>GMT-0600</strong></span></h5>")
    paper = normalise_page("https://example.org/program/paper_v-full-1.html",
                           _program_page(presented)).papers[0]
    assert paper.title == "Round Things in Square Holes"
    assert paper.published == "2024-10-15"


def test_a_presentation_day_gives_way_to_the_pages_own_date_and_two_days_date_nothing():
    # The near misses: a page whose citation meta dates the paper (MiniConf's proceedings month) keeps it
    # over the session's day; a presentation line showing two days (a talk and a poster) names no one day;
    # a date-time in an element no presentation line holds is none of the class.
    presented = "<h5 class='paper-presentation'><span class='format-date'>2024-10-15T16:25:00Z</span></h5>"
    dated = normalise_page("https://example.org/program/paper_v-full-1.html", _program_page(
        presented, "<meta name='citation_publication_date' content='2024/09/01'>")).papers[0]
    assert dated.published != "2024-10-15"
    twice = normalise_page("https://example.org/program/paper_v-full-1.html", _program_page(
        presented + "<h5 class='poster-presentation'><span class='format-date'>2024-10-17T10:00:00Z"
        "</span></h5>")).papers[0]
    assert twice.published is None
    elsewhere = normalise_page("https://example.org/program/paper_v-full-1.html", _program_page(
        "<h5 class='session'><span class='format-date'>2024-10-15T16:25:00Z</span></h5>")).papers[0]
    assert elsewhere.published is None


def test_a_presentation_day_is_read_in_linear_time():
    from papershelf.normalise.presentation_days import day_of_its_presentation

    def reading(size: int):
        page = parse_page("<html><body>" + "<div class='presentation'>" * size
                          + "<span class='format-date'>2024-10-15T16:25:00Z</span>" + "</div>" * size
                          + "</body></html>")
        return lambda: day_of_its_presentation(page)

    assert assert_linear_time(reading, 16000) == "2024-10-15"


def _pending90_quarto_manuscript(subtitle: str, meta: str = "") -> str:
    # A Quarto manuscript's title block (the bioeconomy working paper, round 234, stop 77): h1.title, the
    # subtitle line under it, the authors; no date cell, no date meta unless given; the abstract block.
    return ('<!DOCTYPE html><html><head><title>Round Accounting: Methods and a Pilot</title>'
            '<meta name="author" content="Ada Round"><meta name="author" content="Bo Square">'
            f'<meta name="citation_title" content="Round Accounting: Methods and a Pilot">{meta}</head><body>'
            '<header id="title-block-header" class="quarto-title-block default"><div class="quarto-title">'
            '<h1 class="title">Round Accounting: Methods and a Pilot</h1>'
            f'<p class="subtitle lead">{subtitle}</p></div><div class="quarto-title-meta-author">'
            '<p class="author">Ada Round</p><p class="author">Bo Square</p></div>'
            '<div class="abstract"><div class="block-title">Abstract</div><p>We propose a practical method '
            'to account for round things in national accounts and apply it to thirteen economies, with the '
            'results by sector and year.</p></div></header><main><p>Text.</p></main></body></html>')


def test_pending90_a_manuscript_with_no_date_but_its_subtitles_event_is_dated_by_that_year():
    url = "https://example.github.io/round-accounting/"
    page = _pending90_quarto_manuscript("Working Paper presented at the Global Round Summit 2024")
    assert normalise_page(url, page).papers[0].published == "2024"


def test_pending90_a_subtitle_not_saying_where_it_was_presented_or_another_date_stated_wins():
    url = "https://example.github.io/round-accounting/"
    # Another date the page states dates it.
    dated = _pending90_quarto_manuscript("Working Paper presented at the Global Round Summit 2024",
                                         '<meta name="dcterms.date" content="2023-05-02">')
    assert normalise_page(url, dated).papers[0].published == "2023-05-02"
    # A subtitle naming a year otherwise, or where the paper was submitted, dates nothing.
    for subtitle in ("Lessons of the 2024 Round Summit", "Working Paper submitted to the Round Review 2024"):
        assert normalise_page(url, _pending90_quarto_manuscript(subtitle)).papers[0].published is None


def test_pending93_the_pages_own_biblatex_entrys_whole_day_dates_it_over_a_citation_lines_year():
    page = quarto_paper_page_with_its_entry("Rossi PG., Novak L.", "Rossi, Paolo G. and Novak, Lucie",
                                        "Practice Schedules and Motor Learning", "date = {2019-03-04}")
    paper = normalise_page("https://lab.example.org/papers/rossi-2019/", page).papers[0]
    assert paper.published == "2019-03-04"


def test_pending93_a_biblatex_date_of_a_month_or_a_cited_works_entry_gives_no_day():
    url = "https://lab.example.org/papers/rossi-2019/"
    for title, date_field in (("Practice Schedules and Motor Learning", "date = {2019-03}"),
                              ("Feedback and Motor Learning", "date = {2019-03-04}")):
        page = quarto_paper_page_with_its_entry("Rossi PG., Novak L.", "Rossi, Paolo G. and Novak, Lucie",
                                                title, date_field)
        assert normalise_page(url, page).papers[0].published != "2019-03-04"
_ROUND250_PAPER_URL = "https://ann-round.github.io/publication/eccv_2020/"


def _round250_zero_dated_paper_page(publication_row: str) -> str:
    # Aayush Kumar Tyagi's Source Themes Academic 4.8.0 page (round 250): its front matter set no date, so
    # the byline's date line shows Hugo's zero date and its JSON-LD 0001-01-01; the 'Publication' row names
    # the venue, its year at the close, Markdown emphasis left unrendered around it.
    return ('<!DOCTYPE html><html lang="en-us"><head><meta charset="utf-8">'
            '<meta name="generator" content="Source Themes Academic 4.8.0">'
            '<meta name="author" content="Ann Round"><title>Skin Segmentation from Round Images | Ann Round'
            '</title><meta property="og:title" content="Skin Segmentation from Round Images | Ann Round">'
            '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "Article", '
            '"headline": "Skin Segmentation from Round Images", "datePublished": "0001-01-01T00:00:00Z", '
            '"dateModified": "0001-01-01T00:00:00Z", "author": {"@type": "Person", "name": "Bo Chan"}}'
            '</script></head><body><div class="pub"><div class="article-container pt-3">'
            '<h1>Skin Segmentation from Round Images</h1><div class="article-metadata"><div>'
            '<span>Bo Chan</span>, <span>Ann Round</span></div>'
            '<span class="article-date">\n    January 0001\n  </span></div></div>'
            '<div class="article-container"><h3>Abstract</h3><p class="pub-abstract">We segment skin in '
            'near-infrared images by searching a generative model\'s latent space for a nearest clone of '
            'each target image, trained on the visible range alone.</p>'
            '<div class="row"><div class="col-12 col-md-3 pub-row-heading">Type</div>'
            '<div class="col-12 col-md-9"><a href="/publication/#1">Conference paper</a></div></div>'
            '<div class="row"><div class="col-12 col-md-3 pub-row-heading">Publication</div>'
            f'<div class="col-12 col-md-9">{publication_row}</div></div></div></div></body></html>')


@pytest.mark.parametrize("row, year", [
    ("*ECCV2020 - 16th  European Conference on Computer Vision (ECCV 2020) *", "2020"),
    ("Physical Review A 94, 033611 (2016)", "2016"),
    ("Round Conference on Vision, 2019.", "2019")])
def test_round250_an_undated_academic_paper_page_is_dated_by_its_publication_rows_closing_year(row, year):
    paper = normalise_page(_ROUND250_PAPER_URL, _round250_zero_dated_paper_page(row)).papers[0]
    assert paper.published == year


@pytest.mark.parametrize("row", [
    "Proceedings of ECCV 2020, pages 1-10",
    "Round Journal of Vision",
    "2020 Round Workshop on Vision"])
def test_round250_a_publication_row_not_closing_with_a_year_dates_no_paper(row):
    # The guard: a year inside the venue's name, not at its close, or no year, is no venue's year.
    paper = normalise_page(_ROUND250_PAPER_URL, _round250_zero_dated_paper_page(row)).papers[0]
    assert paper.published is None


_PENDING95_ORG_URL = "https://notes.example.org/notes/lambda-hints/"


def _pending95_org_export(postamble: str, generator: str = "Org Mode", content_id: str = "content") -> str:
    # Appleby's Org-mode export of notes on a paper (round 248, held out, pending95): a bare header's
    # h1.title, the table of contents, the notes in div.outline-2 sections, a div#postamble of p.date lines;
    # no author, date or og meta, a generator meta naming Org.
    return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8" /><title>Notes on Lambda Hints'
            f'</title><meta name="generator" content="{generator}" /></head><body><div id="{content_id}" '
            'class="content"><header><h1 class="title">Notes on Lambda Hints</h1></header><nav '
            'id="table-of-contents" role="doc-toc"><h2>Table of Contents</h2><ul><li><a href="#overview">'
            'Overview</a></li></ul></nav><div id="outline-container-overview" class="outline-2"><h2 '
            'id="overview">Overview</h2><div class="outline-text-2" id="text-overview"><p>These are notes on '
            'a paper on the lambda calculus. Here are the points that stood out.</p><ul class="org-ul"><li>'
            'Small designs</li><li>Static typing</li></ul></div></div></div>'
            f'<div id="postamble" class="status"><hr>{postamble}</div></body></html>')


def test_pending95_an_org_exports_title_is_dated_by_its_postambles_created_line():
    read = normalise_page(_PENDING95_ORG_URL, _pending95_org_export(
        '<p class="date">Created: 2014-06-25</p><p class="date">Last modified: 2021-02-20</p>'
        '<p class="validation"></p>'))
    assert read is not None and read.papers
    paper = read.papers[0]
    assert (paper.title, paper.published) == ("Notes on Lambda Hints", "2014-06-25")
    assert not paper.authors and paper.abstract is None


def test_pending95_an_org_postamble_of_its_last_change_alone_or_no_export_frame_is_not_read_so():
    # Near misses: a postamble of only 'Last modified:' and a validation line; the same frame under another
    # generator's name, or without the exporter's div#content: no day of the document's making.
    for page in (_pending95_org_export('<p class="date">Last modified: 2021-02-20</p>'
                                       '<p class="validation"><a href="#">Validate</a></p>'),
                 _pending95_org_export('<p class="date">Created: 2014-06-25</p>', generator="Hugo 0.55"),
                 _pending95_org_export('<p class="date">Created: 2014-06-25</p>', content_id="main")):
        read = normalise_page(_PENDING95_ORG_URL, page)
        assert read is None or not read.papers or read.papers[0].published not in ("2014-06-25", "2021-02-20")
def test_round251_a_chinese_day_with_its_weekday_after_it_dates_a_stack_post():
    url = "https://round.example.github.io/post/round/"
    page = chinese_stack_post("2026年6月6日星期六", "重读圆的论文", "重读圆的论文")
    assert normalise_page(url, page).papers[0].published == "2026-06-06"


def test_round251_a_weekday_without_a_day_or_before_it_makes_no_day():
    from papershelf.normalise.datelines import day_of_the_line

    assert day_of_the_line("2026年6月6日 星期六") == "2026-06-06"
    assert day_of_the_line("2026年6月星期六") is None
    assert day_of_the_line("星期六 2026年6月6日") is None
    assert day_of_the_line("2026年6月6日星期八") is None


_ROUND255_PAPER_URL = "https://round.example.github.io/group/publication/round-paper/"


def _round255_wowchemy_paper_page(shown: str, row: str, meta_day: str = "2016-06-11") -> str:
    # A research group's Wowchemy 5.6.0 page of one journal article (Jianwei Shuai's group, round 255): the
    # h1, the metadata line's authors and span.article-date, the 'Type' and 'Publication' rows, the latter a
    # PubMed-style citation naming the journal's day; article:published_time the front matter's later day.
    return ('<!DOCTYPE html><html lang="en-us"><head><meta charset="utf-8"><title>Round Mutations | '
            'Round Group</title><meta name="generator" content="Wowchemy 5.6.0 for Hugo">'
            '<meta property="og:title" '
            'content="Round Mutations | Round Group"><meta property="og:site_name" content="Round Group">'
            f'<meta property="article:published_time" content="{meta_day}T00:00:00+00:00">'
            f'<meta property="article:modified_time" content="{meta_day}T00:00:00+00:00"></head><body>'
            '<div class="pub"><div class="article-container pt-3"><h1>Round Mutations</h1>'
            '<div class="article-metadata"><div><span><a href="/author/ann-roe/">Ann Roe</a></span>, <span>'
            '<a href="/author/bo-lee/">Bo Lee</a></span></div><span class="article-date">'
            f'{shown}</span></div><div class="btn-links mb-3"><a class="btn btn-outline-primary '
            'btn-page-header" href="https://doi.org/10.18632/round.8963">DOI</a></div></div>'
            '<div class="article-container">'
            '<h3>Abstract</h3><p class="pub-abstract">Round mutations are studied in a round network.</p>'
            '<div class="row"><div class="col-md-1"></div><div class="col-md-10"><div class="row">'
            '<div class="col-12 col-md-3 pub-row-heading">Type</div><div class="col-12 col-md-9">Journal '
            'article</div></div></div></div><div class="row"><div class="col-md-1"></div>'
            '<div class="col-md-10">'
            '<div class="row"><div class="col-12 col-md-3 pub-row-heading">Publication</div>'
            f'<div class="col-12 col-md-9">{row}</div></div></div></div></div></div></body></html>')


def test_round255_a_publication_rows_citation_day_in_the_month_shown_dates_the_paper():
    # The 'Publication' row's citation names the journal's day, 7 June, in the month the byline shows and
    # before the metas' 11 June (the day the page's front matter set): the earliest full date the page
    # states for the paper.
    paper = normalise_page(_ROUND255_PAPER_URL, _round255_wowchemy_paper_page(
        "June 2016", "Oncotarget. 2016 Jun 7;7(23):34599-616")).papers[0]
    assert (paper.title, paper.published) == ("Round Mutations", "2016-06-07")


@pytest.mark.parametrize(("shown", "row", "meta_day"), [
    # The citation's day in another month than the one shown (a later issue's day).
    ("June 2016", "Oncotarget. 2016 Jul 7;7(23):34599-616", "2016-06-11"),
    # The citation's month alone, no day.
    ("June 2016", "Oncotarget. 2016 Jun;7(23):34599-616", "2016-06-11"),
    # The metas' day earlier than the citation's: the metas' day stays.
    ("June 2016", "Oncotarget. 2016 Jun 17;7(23):34599-616", "2016-06-11"),
    # The byline showing the year alone: no month to hold the citation's day.
    ("2016", "Oncotarget. 2016 Jun 7;7(23):34599-616", "2016-06-11"),
])
def test_round255_a_citation_day_outside_the_shown_month_or_after_the_metas_is_not_read(shown, row, meta_day):
    paper = normalise_page(_ROUND255_PAPER_URL, _round255_wowchemy_paper_page(shown, row, meta_day)).papers[0]
    assert paper.published not in ("2016-06-07", "2016-06-17", "2016-07-07")


# Round 260: the year the venue subheading under a paper's title closes with (venue_subheadings.py).
_ROUND260_VENUE_DATE_URL = "https://example.github.io/publications/rods/"


def _round260_venue_dated_page(line: str) -> str:
    return (
        "<!doctype html><html lang=en><head><title>Elastic Rods Under Tension | Ann Writer</title>"
        "<meta property='og:title' content='Elastic Rods Under Tension'>"
        "<meta property='og:type' content='article'></head><body><div class=publication-info>"
        f"<h1>Elastic Rods Under Tension</h1>{line}"
        "<div class='authors header-font'><div class=author-info><span class=author-name>Ann Writer</span>"
        "</div><div class=author-info><span class=author-name>Bo Other</span></div></div>"
        "<a href=https://example.org/rods/>Project Website</a></div></body></html>"
    )


@pytest.mark.parametrize("line", [
    "<h5><a href=https://dl.acm.org/doi/10.1145/3687967></a>"
    "ACM Transactions on Graphics (SIGGRAPH Asia), 2024</a></h5>",
    "<h4>Computer Graphics Forum (2024)</h4>",
])
def test_round260_an_undated_paper_page_is_dated_by_its_venue_subheadings_closing_year(line):
    page = _round260_venue_dated_page(line)
    assert normalise_page(_ROUND260_VENUE_DATE_URL, page).papers[0].published == "2024"


@pytest.mark.parametrize("line", [
    # A year inside the venue's name, a numbered volume before the year, the line a paragraph not a heading.
    "<h5>SIGGRAPH 2024 Posters</h5>",
    "<h5>Graphics Forum 43, 2024</h5>",
    "<p>ACM Transactions on Graphics, 2024</p>",
])
def test_round260_a_line_not_a_venue_subheading_closing_with_a_year_dates_no_paper(line):
    page = _round260_venue_dated_page(line)
    assert normalise_page(_ROUND260_VENUE_DATE_URL, page).papers[0].published != "2024"
