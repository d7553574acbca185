"""Bylines of platforms' own layouts, read without meta: Atypon's list of authors, OJS 2's author
string, Frontiers' people list, RSC's and MDPI's author blocks, Cambridge Core's author heading, a
heading of names under the title's, and the buttons beside the names that are no people.

Round 9's no-meta classes (tests/fixtures/pages/HOLDOUT.md); the other byline classes are in
tests/test_normalise_pages_bylines.py. Shared helpers: tests/normalise_pages_helpers.py.
"""

from __future__ import annotations

from helpers import assert_linear_time
from normalise_pages_helpers import _ROUND_ABSTRACT, _byline_authors
from papershelf.normalise import bylines
from papershelf.normalise.dashed_affiliation_rows import people_each_beside_a_dash
from papershelf.normalise.html_meta import parse_page
from papershelf.normalise.pages import normalise_page
from papershelf.normalise.quarto_body_bylines import names_after_the_title_block


def test_without_meta_a_bylines_more_authors_button_is_no_person():
    # Semantic Scholar: "E. Prato-Previde, Simona Cannas, <button>+6 authors</button> S. Mattiello"
    link = '<a href="/author/{0}/1"><span>{0}</span></a>'
    byline = (
        '<span class="author-list">' + link.format("E. Prato-Previde") + "<span>, </span>"
        + link.format("Simona Cannas") + '<span>, </span><button aria-label="Show 6 more authors">'
        "<span>+6 authors</span></button> " + link.format("S. Mattiello") + "</span>"
    )
    assert _byline_authors(byline) == ["E. Prato-Previde", "Simona Cannas", "S. Mattiello"]


def test_without_meta_atypons_list_of_authors_names_each_person_not_their_affiliations():
    # ACP Journals (2020): <ul class="loa"><li><a><span>Michael L. Anderson, PhD</span>, </a></li>…;
    # the ACM DL: li.loa__item > a.author-name > span.loa__author-name beside the affiliation, then
    # "Authors Info & Affiliations"; Wiley (2019): div.loa, a.author-name and its pop-up beside it.
    acp = (
        '<ul class="rlist--inline loa"><li><a href="#"><span>Ada Lovelace, PhD</span>, </a></li>'
        '<li><a href="#"><span>Charles Babbage, MD</span></a></li></ul>'
    )
    item = (
        '<li class="loa__item"><a class="author-name" title="{0}"><span class="loa__author-info">'
        '<span class="loa__author-name"><span>{0}</span></span><span>Analytical Engines, London, UK</span>'
        "</span></a></li>"
    )
    acm = (
        '<ul class="rlist--inline loa"><li class="label"><b>Authors: </b></li>'
        + item.format("Ada Lovelace") + item.format("Charles Babbage")
        + '<li><a href="#pill-authors">Authors Info &amp; Affiliations</a></li></ul>'
    )
    person = (
        '<div><a class="author-name" href="/action/doSearch?a={0}"><span>{0}</span></a>'
        '<div class="author-info"><p>{1}</p></div></div>'
    )
    wiley = (
        '<div class="loa comma">' + person.format("Ada Lovelace", "Analytical Engines, London")
        + person.format("Charles Babbage", "Cambridge") + "</div>"
    )
    for byline in (acp, acm, wiley):
        assert _byline_authors(byline) == ["Ada Lovelace", "Charles Babbage"], byline


def test_without_meta_a_persons_pop_up_in_atypons_list_of_authors_is_not_the_byline():
    # Wiley (2026, round 36): div.loa holds each person's a.author-name and beside it the person's pop-up,
    # div.author-info with the name again as p.author-name and the e-mail and ORCID links as lists: the
    # first pop-up's list was taken for the byline's list of people, and nobody was named.
    person = (
        '<span><a class="author-name" href="/authored-by/{1}/{2}"><span>{0}</span></a>'
        '<span class="comma-separator">, </span><div class="author-info" role="region">'
        '<p class="author-name">{0}</p><ul class="rlist"><li><a href="mailto:{2}@example.org">'
        '{2}@example.org</a></li></ul><ul class="rlist"><li><a href="https://orcid.org/0000-0001">'
        "orcid.org/0000-0001</a></li></ul><p>Analytical Engines, London</p></div></span>"
    )
    wiley = (
        '<div class="loa comma"><div class="comma__list">' + person.format("Ada Lovelace", "Lovelace", "Ada")
        + person.format("Charles Babbage", "Babbage", "Charles") + "</div></div>"
    )
    assert _byline_authors(wiley) == ["Ada Lovelace", "Charles Babbage"]
    # A list of people is still the byline when the block holds it and a list in a pop-up.
    listed = (
        '<div class="loa"><ul><li>Ada Lovelace</li><li>Charles Babbage</li></ul>'
        '<div class="author-info"><ul><li><a href="mailto:a@example.org">a@example.org</a></li></ul>'
        "<ul><li>orcid.org/0000-0001</li></ul></div></div>"
    )
    assert _byline_authors(listed) == ["Ada Lovelace", "Charles Babbage"]


def test_without_meta_a_related_articles_widgets_bylines_are_other_papers():
    # Scitation (AIP Publishing, 2020, round 36): the byline is div.hlFld-ContribAuthor, each person a
    # span.contrib-author; further down, the "related articles" widget lists other papers, each with its
    # byline as label.tocAuthors.author-list (Atypon's mark of a contents entry's authors), and the first
    # of those was taken for the page's byline.
    person = '<span class="contrib-author"><a href="/author/{1}">{0}</a><sup>1</sup>, </span>'
    own = (
        '<div class="hlFld-ContribAuthor"><div class="entryAuthor">'
        + person.format("Ada Lovelace", "Lovelace") + person.format("Charles Babbage", "Babbage")
        + "</div></div>"
    )
    related = (
        '<div class="related-articles sticky-content"><div class="article-box"><a href="/doi/x">'
        "Engines of difference</a><span><label class=\"tocAuthors author-list\">Mary Somerville, Ada "
        "Lovelace more...</label></span></div></div>"
    )
    assert _byline_authors(own + related) == ["Ada Lovelace", "Charles Babbage"]
    recommended = related.replace("related-articles", "recommended-reading")
    assert _byline_authors(own + recommended) == ["Ada Lovelace", "Charles Babbage"]


def test_without_meta_atypons_contributor_spans_are_the_people_not_the_affiliations_after_them():
    # Scitation (AIP Publishing, 2020, round 36): div.hlFld-ContribAuthor holds the byline, each person a
    # span.contrib-author ("Kohei M. Itoh<sup>1,7</sup><sup>,</sup><sup>a)</sup>, and"), then the links
    # "more..." and "View Affiliations" and the hidden affiliations list: the block was read whole, the
    # last person run into the links and the affiliations.
    person = (
        '<span class="contrib-author"><a href="/author/{1}">{0}</a><sup>{2}</sup><sup>,</sup><sup>a)</sup>'
        '<i class="pubContent-comma">, and </i></span>'
    )
    byline = (
        '<div class="hlFld-ContribAuthor"><div class="entryAuthor">'
        + person.format("Ada Lovelace", "Lovelace", "1,2") + person.format("Charles Babbage", "Babbage", "2")
        + '</div><a href="#" class="showMoreAuthors">more...</a><a href="#" class="affiliations">View '
        'Affiliations</a><div class="affiliations-list hide"><ul><li class="author-affiliation"><sup>1'
        "</sup>School of Engines, University of London, London, UK</li><li><sup>2</sup>Trinity College, "
        "Cambridge, UK</li></ul></div></div>"
    )
    assert _byline_authors(byline) == ["Ada Lovelace", "Charles Babbage"]


def test_without_meta_ojs_2s_author_string_and_frontiers_people_list_are_bylines():
    # Ubiquity Press (OJS 2, 2013): <div id="authorString"><em>Jim Stevenson</em></div>; Frontiers
    # (2024): div.PeopleList, each li an avatar's initials then p.PeopleListItem__name "Zoltan Dienes *".
    ojs = '<div id="authorString"><em>Ada Lovelace, Charles Babbage</em></div>'
    person = (
        '<li><a class="PeopleListItem" href="https://loop.frontiersin.org/people/{1}"><div class="Avatar">'
        '<span>{2}</span></div><p class="PeopleListItem__name">{0} <sup>*</sup></p></a></li>'
    )
    people = (
        '<div class="PeopleList"><ul>' + person.format("Ada Lovelace", 1, "A L")
        + person.format("Charles Babbage", 2, "C B") + '</ul><div class="AffiliationList"><ul><li>'
        "<p>School of Engines, London</p></li></ul></div></div>"
    )
    for byline in (ojs, people):
        assert _byline_authors(byline) == ["Ada Lovelace", "Charles Babbage"], byline


def test_without_meta_rscs_landing_page_authors_block_is_a_byline():
    # RSC Publishing (2023): <div class="article__authors"><span class="article__author-link"><a
    # href="/en/results?searchtext=Author%3AMeiqi%20Geng">Meiqi Geng</a>,<sup><i>ab</i></sup></span>…
    # an ORCID icon link after some names, "and" before the last. The heading the title matches is the
    # one of the citation box further down, so these links are not under it.
    link = (
        '<span class="article__author-link"><a href="/en/results?searchtext=Author%3A{0}">{0}</a>{1}'
        '<span class="orcid"><a href="https://orcid.org/0"><img alt="ORCID logo"></a></span>'
        "<span><sup><i>a</i></sup></span>{2}</span>"
    )
    block = (
        '<div class="article__authors">' + link.format("Ada Lovelace", ",", "")
        + link.format("Charles Babbage", "*", " and ") + link.format("Mary Somerville", "", "") + "</div>"
    )
    tab = "<head><title>A study of round things - Journal of Pages (RSC Publishing)</title></head>"
    cite = '<h3 class="h--heading3">A study of round things</h3><p>A. Lovelace and C. Babbage</p>'
    page = f"<html>{tab}<body>{block}{_ROUND_ABSTRACT}{cite}</body></html>"
    authors = normalise_page("https://example.org/saved-page", page).papers[0].authors
    assert authors == ["Ada Lovelace", "Charles Babbage", "Mary Somerville"]


def test_without_meta_a_heading_of_names_right_after_the_titles_is_the_byline_a_subtitle_is_not():
    # IJCAI proceedings (2018): <h1 class="page-title">title</h1><div>…<h1>title</h1><h2>Zhou Zhao, Zhu
    # Zhang, …, Yueting Zhuang</h2>; a subtitle set as an h2 names nobody.
    def authors(after: str) -> list[str] | None:
        body = (
            '<h1 class="page-title">A study of round things</h1><div><h1>A study of round things</h1>'
            f"{after}</div>{_ROUND_ABSTRACT}"
        )
        page = f"<html><body>{body}</body></html>"
        return normalise_page("https://example.org/saved-page", page).papers[0].authors

    assert authors("<h2>Ada Lovelace, Charles Babbage, Mary Somerville</h2>") == [
        "Ada Lovelace", "Charles Babbage", "Mary Somerville"
    ]
    assert authors("<h2>Theory and Practice</h2>") is None
    assert authors("<h2>A Case Study of Round Things</h2>") is None


def test_without_meta_a_subtitle_classed_heading_of_names_after_the_titles_is_the_byline():
    # CHIL's proceedings pages (round 163's train page, 2024), MiniConf with no meta: <h2 class="card-title
    # main-title">title</h2><h3 class="card-subtitle …">Ada Lovelace, …</h3><h3 class="card-subtitle …">
    # <a href="…pdf">View paper (PDF)</a></h3>. The class's "subtitle" is Bootstrap's for any line under a
    # card's title: the heading of names was passed over as the title's subtitle and the link read next.
    def authors(names: str) -> list[str] | None:
        body = (
            '<div class="card-header"><h2 class="card-title main-title">A STUDY OF ROUND THINGS</h2>'
            f'<h3 class="card-subtitle mb-2">{names}</h3><h3 class="card-subtitle mb-2">'
            '<a href="static/round.pdf">View paper (PDF)</a></h3></div>'
            f"{_ROUND_ABSTRACT}"
        )
        page = f"<html><head><title>CHIL : A STUDY OF ROUND THINGS</title></head><body>{body}</body></html>"
        return normalise_page("https://example.org/saved-page", page).papers[0].authors

    assert authors("Ada Lovelace, Somerville Mary, Charles Babbage") == [
        "Ada Lovelace", "Somerville Mary", "Charles Babbage"
    ]
    # A subtitle that is no line of names is still passed over, and names nobody.
    assert authors("Theory and Practice") is None


def test_without_meta_mdpis_author_group_is_a_byline():
    # MDPI (2014): <div class="html-author-group"> Barbara Laddomada <sup><span>1</span></sup>, Laura Del
    # Coco <sup>…</sup>, … and …</div>, after the DOAJ, Google Scholar and PubMed menus that list the
    # same people family name first.
    menu = '<ul class="submenu"><li><a href="https://scholar.example/?q=Ada">Lovelace, A</a></li></ul>'
    group = (
        '<div class="html-author-group"> Ada Lovelace <sup><span>1</span></sup>, Charles Babbage '
        "<sup><span>2</span></sup> and Mary Somerville <sup><span>1,*</span></sup></div>"
    )
    assert _byline_authors(menu + group) == ["Ada Lovelace", "Charles Babbage", "Mary Somerville"]


def test_without_meta_cambridge_cores_author_heading_in_capitals_is_a_byline():
    # Cambridge Core (2016): <h3 class="author">SARAH&nbsp;THOMSON<sup>a1</sup>, ELISABETH A.&nbsp;INNES
    # <sup>a1</sup> … and FRANK&nbsp;KATZER<sup>a1</sup>&nbsp;<sup><a href="#cor1">c1</a></sup></h3>
    heading = (
        '<h3 class="author">ADA&nbsp;LOVELACE<sup>a1</sup>, CHARLES B.&nbsp;BABBAGE<sup>a2</sup> and MARY'
        '&nbsp;SOMERVILLE<sup>a1</sup>&nbsp;<sup><a href="#cor1">c1</a></sup></h3>'
    )
    assert _byline_authors(heading) == ["Ada Lovelace", "Charles B. Babbage", "Mary Somerville"]


def test_without_meta_a_byline_block_names_each_person_not_their_heading_affiliation_or_orcid():
    # OJS 3: <section class="item authors"><h2>Authors</h2><ul class="authors"><li><span class="name">,
    # span.affiliation, span.orcid (the heading in the journal's language).
    person = (
        '<li><span class="name">{0}</span><span class="affiliation">School of Engines, London</span>'
        '<span class="orcid"><a href="https://orcid.org/0000-0002-1825-0097">https://orcid.org/0000-0002-1825-0097'
        "</a></span></li>"
    )
    ojs = (
        '<section class="item authors"><h2 class="pkp_screen_reader">Szerzők</h2><ul class="authors">'
        + person.format("Ada Lovelace") + person.format("Charles Babbage") + "</ul></section>"
    )
    assert _byline_authors(ojs) == ["Ada Lovelace", "Charles Babbage"]
    # OJS themes: div.author each, the name in bold, the affiliation (its class misspelt) after it; or
    # one li holding every div.author.
    author = (
        '<div class="author"><strong>{0} </strong><div class="article-author-affilitation">School of Engines'
        "</div></div>"
    )
    themed = '<div class="authors">' + author.format("Ada  Lovelace") + author.format("Charles Babbage")
    themed += "</div>"
    assert _byline_authors(themed) == ["Ada Lovelace", "Charles Babbage"]
    one_item = (
        '<section class="item authors"><ul class="authors"><li class="col-6">' + author.format("Ada Lovelace")
        + author.format("Charles Babbage") + "</li></ul></section>"
    )
    assert _byline_authors(one_item) == ["Ada Lovelace", "Charles Babbage"]
    # Dagstuhl: <h3 class="authors">Authors <span class="author"><a class="name">…</a>,</span>… and all
    # authors of the abstracts in this report</h3>.
    dagstuhl = (
        '<h3 class="authors">Authors <span class="author"><a class="name" href="#">Ada Lovelace</a>,</span>'
        ' <span class="author"><a class="name" href="#">Charles Babbage</a></span> and all authors of the'
        " abstracts in this report</h3>"
    )
    assert _byline_authors(dagstuhl) == ["Ada Lovelace", "Charles Babbage"]
    # A blog's hCard: span.author.vcard holding a.author is one person.
    vcard = '<span class="author vcard"><a class="author url fn" href="/author/ada/">Ada Lovelace</a></span>'
    assert _byline_authors(vcard) == ["Ada Lovelace"]


def test_without_meta_a_byline_block_of_linked_name_headings_names_each_heading_not_its_affiliations():
    # SSRN's abstract page (2024): div.authors holds a "See all articles by …" link, then per person an
    # h2 linking to the person's papers and a <p> of their affiliations, ';'-separated.
    person = (
        '<a class="lead-author-profile-link" href="/sol3/cf_dev/AbsByAuth.cfm?per_id=1"><span>See all '
        "articles by {0}</span><i></i></a>"
        '<h2><a href="/sol3/cf_dev/AbsByAuth.cfm?per_id=1" title="View other papers by this author">{0}</a>'
        "</h2><p>School of Engines; Society of Round Things - Department of Circles</p>"
    )
    block = '<div class="authors authors-full-width">' + person.format("Ada Lovelace") + "</div>"
    assert _byline_authors(block) == ["Ada Lovelace"]
    two = ('<div class="authors authors-full-width">' + person.format("Ada Lovelace")
           + person.format("Charles Babbage") + "</div>")
    assert _byline_authors(two) == ["Ada Lovelace", "Charles Babbage"]
    # A heading that is the block's label, not a person's linked name, stays the block's heading.
    headed = ('<div class="authors"><h2>Authors</h2><p>Ada Lovelace, Charles Babbage</p></div>')
    assert _byline_authors(headed) == ["Ada Lovelace", "Charles Babbage"]


def test_without_meta_a_block_headed_authors_is_read_as_a_byline_block():
    # Thieme: <h2>Authors</h2><div id="authorlist"><button>Author Affiliations</button>, an empty
    # hidden list of affiliations, then ul#authorsList > li.author > p.name + div.affiliation.
    person = (
        '<li class="author"><p class="name">{0}</p><div class="affiliation"><sup>1</sup>School of Engines'
        "</div></li>"
    )
    block = (
        '<h2>Authors</h2><div id="authorlist"><button type="button">Author Affiliations</button>'
        '<ul class="affiliations-list" hidden></ul><ul id="authorsList">' + person.format("Ada Lovelace")
        + person.format("Charles Babbage") + "</ul></div>"
    )
    assert _byline_authors(block) == ["Ada Lovelace", "Charles Babbage"]


def test_without_meta_the_names_after_an_authors_label_are_the_byline_a_search_fields_are_not():
    # SciTePress (ASP.NET, the page one form): <p><span>Authors:</span> <span>Nafiseh Mollaei</span><sup>
    # </sup><span>; </span>…</p>; a search form's <span>Authors:</span><input> names nobody.
    search = '<form><div><span>Authors:</span><input name="q"></div></form>'
    labelled = (
        '<form><p><span class="LabelSearchRepeater">Authors:</span> <span>Ada&nbsp;Lovelace</span>'
        "<sup> </sup><span>; </span><span>Charles&nbsp;Babbage</span><sup> </sup></p></form>"
    )
    assert _byline_authors(search + labelled) == ["Ada Lovelace", "Charles Babbage"]
    assert _byline_authors(search) is None


def test_without_meta_the_names_of_the_pages_own_citation_are_the_last_resort_byline():
    # ORNL DAAC asks to be cited "Moghaddam, M., A.R. Silva, … and A.G. Boyer. 2017. AirMOSS: …"; the
    # first author family name first, the others given name first. A reference to another title, or
    # a run of tab labels before the names, is no byline.
    citation = (
        '<div class="citation_div">Lovelace, A., C. Babbage, and M. Somerville. 2016. A study of round'
        " things. Data Centre. https://doi.org/10.5555/round.1</div>"
    )
    assert _byline_authors(citation) == ["A. Lovelace", "C. Babbage", "M. Somerville"]
    other = "<div>Lovelace, A., and C. Babbage. 2016. A study of square things. Data Centre.</div>"
    assert _byline_authors(other) is None
    tabs = "<div>APA Style IEEE Style BibTex Style - Lovelace, A. 2016. A study of round things</div>"
    assert _byline_authors(tabs) is None


def test_without_meta_a_citation_written_family_name_first_throughout_is_read_in_pairs():
    # WRAP, Warwick's EPrints (round 51's train page, 2026), cites its item "Zhao, Jin, Wang, Qian, …,
    # Liao, Xiaofei and Jin, Hai (2025) <em>TempGraph : …</em>": the names and the people parted by the
    # same commas, read as one-word names before and named nobody. A list whose last person holds no
    # comma, or whose parts do not pair, is read as before.
    citation = (
        "<p>Lovelace, Ada, Babbage, Charles and Somerville, Mary (2016) <em>A study of round things.</em>"
        " In: Proceedings of Engines, London.</p>"
    )
    assert _byline_authors(citation) == ["Ada Lovelace", "Charles Babbage", "Mary Somerville"]
    unpaired = "<p>Lovelace, Ada, Babbage and Somerville, Mary (2016) <em>A study of round things.</em></p>"
    assert _byline_authors(unpaired) is None


def test_without_meta_atypons_author_block_as_a_div_is_a_byline():
    # Annual Reviews (2015): <div class="hlFld-ContribAuthor"><div class="author"><p class="name"> Rahul
    # Nandkishore<sup>1</sup> and David A. Huse<sup>1,2</sup></p><p><sup>1</sup>Princeton …</p></div></div>
    block = (
        '<div class="hlFld-ContribAuthor"><div class="author"><p class="name"> Ada Lovelace<sup>1</sup> and'
        " Charles Babbage<sup>1,2</sup></p><p><sup>1</sup>School of Engines, London</p></div></div>"
    )
    assert _byline_authors(block) == ["Ada Lovelace", "Charles Babbage"]


def test_without_meta_a_person_links_address_spells_the_name_in_full_when_it_is_the_same_person():
    # The ACL Anthology: <a href="/people/radu-florian/">R. Florian</a>, <a href="/people/alexander-m-rush/">
    # Alexander Rush</a>; a blog's /author/mfenner/ is no spelling, nor an address of another given name.
    people = (
        ("ada-lovelace", "A. Lovelace"),
        ("charles-x-babbage", "Charles Babbage"),
        ("m-somerville", "M. Somerville"),
        ("teven-le-scao/unverified", "Teven Le Scao"),
        ("john-herschel-2", "J. Herschel"),
    )
    byline = '<p class="lead">' + ", ".join(f'<a href="/people/{slug}/">{name}</a>' for slug, name in people)
    assert _byline_authors(byline + "</p>") == [
        "Ada Lovelace", "Charles X. Babbage", "M. Somerville", "Teven Le Scao", "John Herschel",
    ]
    other = '<p><a href="/people/bob-lovelace/">Ada Lovelace</a>, <a href="/author/cbabbage/">Charles Babbage'
    assert _byline_authors(other + "</a></p>") == ["Ada Lovelace", "Charles Babbage"]


def test_the_author_group_of_nature_coms_legacy_pages_is_a_byline():
    # nature.com (to 2012): <p id="aug">Rex Dalton<sup><a href="#a1">1</a></sup></p> under the title on
    # an article; a Naturejobs story's <p class="aug">Virginia Gewin</p>, its citation_authors empty.
    assert _byline_authors('<p id="aug">Ada Lovelace<sup><a href="#a1">1</a></sup> &amp; Charles '
                           'Babbage<sup><a href="#a2">2</a></sup></p>') == ["Ada Lovelace", "Charles Babbage"]
    story = ('<meta name="citation_title" content="A study of round things"><meta name="citation_authors" '
             'content=""><h2>A study of round things</h2><p class="aug">Ada Lovelace</p>'
             '<p class="intro">Round things roll.</p><p>They do, and they roll far.</p>')
    assert normalise_page("https://example.org/story", story).papers[0].authors == ["Ada Lovelace"]


def test_without_meta_highwire_ones_authors_paragraph_classed_with_a_capital_is_the_byline():
    # Science Signaling on HighWire's first platform (round 18), read without meta: <p class="Authors">
    # with affiliation numbers and footnote marks (images) after each name, "and" before the last.
    byline = (
        '<p class="Authors">\nAnn Round<SUP>1</SUP><A NAME="RAFN1"></A><SUP>*</SUP>, \n'
        'Bo-Yi Flat<SUP>1</SUP><SUP><IMG SRC="/math/link//dagger.gif" ALT="{dagger}"></SUP>, \n'
        "R. W. Square<SUP>2</SUP>, and \nCai B. Oval<SUP>1</SUP><A NAME=\"RCOR1\"></A><SUP>&#182;</SUP>\n</p>"
    )
    assert _byline_authors(byline) == ["Ann Round", "Bo-Yi Flat", "R. W. Square", "Cai B. Oval"]


def test_without_meta_a_list_labelled_as_the_authors_is_the_byline():
    # DergiPark (2026): <ul aria-label="Authors"> under the title, the primary author's link starred.
    people = ("<li><a href='/en/pub/@a' title='Primary Author'>Tunahan Karaarslan</a> <sup>*</sup></li>"
              "<li><a href='/en/pub/@b'>Gülçin Güven</a></li>")
    abstract = "We study things at length and find that they are many, varied and worth the study we give."
    for tag, label in (("ul", "Authors"), ("ol", "authors")):
        page = (f"<html><body><h1>On things</h1><{tag} aria-label='{label}'>{people}</{tag}>"
                f"<h2>Abstract</h2><p>{abstract}</p></body></html>")
        found = normalise_page("https://example.org/a/1", page)
        assert found.papers[0].authors == ["Tunahan Karaarslan", "Gülçin Güven"]


def test_the_academic_themes_byline_in_the_article_metadata_names_every_author():
    # Hugo's Academic theme and its successors (round 38's JRavi Lab and Kevin Bock pages): the people one
    # span each, some linking to the site's /authors/<slug>/ (the owner's to /authors/admin/), in the first
    # block of div.article-metadata, the date after it; the JSON-LD Article names the first author alone.
    people = ('<div class="article-metadata"><div><span><a href="/authors/admin/">Ada Lovelace</a></span>, '
              '<span>Charles Babbage</span>, <span><a href="/authors/mary-somerville/">Mary Somerville</a>'
              '</span></div><span class="article-date">April 2021</span></div>')
    json_ld = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "Article", '
               '"headline": "A study of round things", "author": {"@type": "Person", "name": "Ada Lovelace"}}'
               "</script>")
    names = ["Ada Lovelace", "Charles Babbage", "Mary Somerville"]
    assert _byline_authors(people) == names
    page = (f"<html><head><title>A study of round things | Round Lab</title>{json_ld}</head><body>"
            f"<h1>A study of round things</h1>{people}{_ROUND_ABSTRACT}</body></html>")
    assert normalise_page("https://example.org/publication/round/", page).papers[0].authors == names


def _han_lined_paper_page(names: list[str], separator: str = ", ") -> str:
    # A lab's Hugo Blox paper page in Chinese (Beta Lab's, pending85): the line's names in Han characters,
    # each a span linking the person's page, the JSON-LD naming the first alone, the author meta the last.
    spans = separator.join(f'<span><a href="/author/{index}/">{name}</a></span>'
                           for index, name in enumerate(names))
    json_ld = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "Article", '
               '"headline": "A study of round things", "author": {"@type": "Person", "name": "'
               + names[0] + '"}}</script>')
    return (f'<html><head><title>A study of round things | Round Lab</title><meta name="author" '
            f'content="{names[-1]}">{json_ld}</head><body><h1>A study of round things</h1>'
            f'<div class="article-metadata"><div>{spans}</div><span class="article-date">March 2024</span>'
            f"</div>{_ROUND_ABSTRACT}</body></html>")


def test_the_academic_themes_byline_of_names_in_han_characters_names_every_author():
    # Beta Lab's Hugo Blox 5.9.7 page (round 215, held out; pending85): eight names in Han characters, one
    # span each, read as the first alone (the JSON-LD's) where the line's romanised names are read whole.
    names = ["焦鑫善", "万书言", "刘前", "毕祎琳", "周涛"]
    for separator in (", ", "，"):
        page = _han_lined_paper_page(names, separator)
        assert normalise_page("https://example.org/publication/round/", page).papers[0].authors == names


def test_an_academic_byline_holding_a_han_role_word_or_phrase_keeps_the_metas_reading():
    # The near misses: a site role's word ('管理员', administrator) or a run of five characters and more (a
    # phrase, no name) in a span: the line is no line of names, and the JSON-LD's first person stands.
    for odd in ("管理员", "复杂网络研究组"):
        page = _han_lined_paper_page(["焦鑫善", odd, "周涛"])
        assert normalise_page("https://example.org/publication/round/", page).papers[0].authors == ["焦鑫善"]


def test_without_meta_quartos_title_block_names_the_authors_one_paragraph_each():
    # Quarto (round 38's Matthew DeHaven page, read without meta): a label div "Authors", no heading, then
    # div.quarto-title-meta-contents with one <p> a person; then "Published" the same way.
    block = ('<div class="quarto-title-meta"><div><div class="quarto-title-meta-heading">Authors</div>'
             '<div class="quarto-title-meta-contents"><p>Ada Lovelace </p><p>Charles Babbage </p>'
             '<p>Mary J. Somerville </p></div></div><div><div class="quarto-title-meta-heading">Published'
             '</div><div class="quarto-title-meta-contents"><p class="date">March 1, 2023</p></div></div>'
             "</div>")
    assert _byline_authors(block) == ["Ada Lovelace", "Charles Babbage", "Mary J. Somerville"]


def test_quartos_author_labels_by_the_thousand_are_not_each_searched_to_the_pages_end():
    # _quarto_title_meta read every "Authors" label's contents for paragraphs, and a label's contents may
    # hold the rest of the page, labels and all: 35 s for 3000 such labels nested. A title block has one.
    label = '<div class="quarto-title-meta-heading">Authors</div><div><p>x</p>'

    def reading(labels):
        page = parse_page(f"<html><body>{label * labels}{'</div>' * labels}</body></html>")
        return lambda: bylines.byline(page)

    assert assert_linear_time(reading, 3000) == []  # 35 s before, 0.2 s after


def test_a_research_portals_persons_list_is_the_byline_its_items_opening_with_commas():
    # Elsevier Pure's research portal (round 51's train page, Seoul National University, 2026) lists a
    # record's people as <ul class="relations persons"><li>Kevin Nam</li><li>, Heonhui Jung</li>…<li>,
    # <a rel="Person" …><span>Yunheung Paek</span></a></li></ul> under the h1; without its meta the page
    # named nobody, the list being classed as no byline is.
    people = ('<ul class="relations persons"><li>Ada Lovelace</li><li>, Charles Babbage</li><li>, '
              '<a rel="Person" href="https://example.org/en/persons/mary-somerville/">'
              '<span>Mary Somerville</span></a></li></ul>')
    prose = "We study things at length and find that they are many. " * 5
    page = (f"<html><body><h1>On the Analytical Engine</h1>{people}<h2>Abstract</h2><div class='textblock'>"
            f"<p>{prose}</p></div></body></html>")
    paper = normalise_page("https://example.org/en/publications/on-the-analytical-engine/", page).papers[0]
    assert paper.authors == ["Ada Lovelace", "Charles Babbage", "Mary Somerville"]


def test_a_records_row_of_people_under_a_subtitle_with_its_label_written_by_script_is_the_byline():
    # Fraunhofer-Publica's record page (round 53's train page, 2016): the h1, a subtitle row, a blank
    # spacer row, then <div><i><span><script>STAR_Translate("authors")</script></span></i>: <span>
    # Aggelakakis, Aggelos</span><span>; <a …>Bernandino, João</a></span>…</div>; no meta. Only the block
    # right under the heading was read for a list of people parted by semicolons, and the script's text
    # stood before the names.
    people = ('<div><i><span><script type="text/javascript">STAR_Translate("authors")</script></span></i>: '
              '<span><a href="/authors/Lovelace, Ada">Lovelace, Ada</a></span><span>; Babbage, Charles</span>'
              '<span>; <a href="/authors/Somerville, Mary">Somerville, Mary</a></span></div>')
    page = ("<html><body><h1>On the Analytical Engine</h1><div>ENGINE Project. Grant Agreement no: 123456, "
            f"Support Action</div><div>&nbsp;</div>{people}<table><tr><td>Abstract</td></tr></table>"
            f"<p>{'We study things at length and find that they are many. ' * 5}</p></body></html>")
    assert bylines.byline(parse_page(page), "On the Analytical Engine") == [
        "Ada Lovelace", "Charles Babbage", "Mary Somerville"
    ]


def test_a_line_of_people_parted_by_semicolons_is_not_looked_for_past_a_heading_or_three_blocks():
    # The blocks under the title are a record's rows; a later section's list of names is others'.
    names = "<div>Lovelace, Ada; Babbage, Charles</div>"
    past_heading = (f"<html><body><h1>On the Engine</h1><div>A subtitle</div><h2>Cited by</h2>{names}"
                    "</body></html>")
    far = f"<html><body><h1>On the Engine</h1>{'<div>A row</div>' * 3}{names}</body></html>"
    assert bylines.byline(parse_page(past_heading), "On the Engine") == []
    assert bylines.byline(parse_page(far), "On the Engine") == []


def test_without_meta_a_byline_parted_by_an_ampersand_follows_the_wrapper_of_its_heading():
    # Geodiversitas (round 56, read without meta): <div class="title-decoration"><h1>…</h1></div> then
    # <div class="auteurs-article">Andreas BRAUN &amp; Petr BUDIL</div>: the heading closes its wrapper, so
    # nothing came after it, and a line of names parted by " & " was no line of names.
    byline = '<div class="auteurs-article">Ada LOVELACE, Charles BABBAGE &amp; Grace HOPPER</div>'
    page = (f'<html><body><div class="title-decoration"><h1>On round things</h1></div>{byline}'
            f"{_ROUND_ABSTRACT}</body></html>")
    assert normalise_page("https://example.org/round", page).papers[0].authors == [
        "Ada Lovelace", "Charles Babbage", "Grace Hopper"]
    # With its meta in no order, and a byline that spells one of them otherwise ("Gian Battista VAI"
    # reads as initials last), the order the text shows them in is kept.
    meta = ('<meta name="citation_title" content="On round things">'
            '<meta name="citation_author" content="HOPPER, Grace">'
            '<meta name="citation_author" content="VAI, Gian Battista">'
            '<meta name="citation_author" content="LOVELACE, Ada">')
    byline = '<div class="auteurs-article">Ada LOVELACE, Gian Battista VAI &amp; Grace HOPPER</div>'
    page = (f'<html><head>{meta}</head><body><div class="title-decoration"><h1>On round things</h1></div>'
            f"{byline}{_ROUND_ABSTRACT}</body></html>")
    assert normalise_page("https://example.org/round", page).papers[0].authors == [
        "Ada Lovelace", "Gian Battista VAI", "Grace Hopper"]


def test_without_meta_quartos_author_grid_with_affiliations_names_the_people_not_their_affiliations():
    # Quarto's title block with affiliations (round 55's Computo pages, 2023-2024, read without meta):
    # div.quarto-title-meta-author holds the labels "Authors" and "Affiliations", then each person's cell
    # (the name in a link, an ORCID icon after it) before the cell of their p.affiliation.
    block = ('<div class="quarto-title-meta-author"><div class="quarto-title-meta-heading">Authors</div>'
             '<div class="quarto-title-meta-heading">Affiliations</div>'
             '<div class="quarto-title-meta-contents"><a href="https://example.org/ada">Ada Lovelace</a> '
             '<a href="https://orcid.org/0000-0001-0002-0003" class="quarto-title-author-orcid">'
             '<img src="o.png"></a></div>'
             '<div class="quarto-title-meta-contents"><p class="affiliation">Analytical Society</p></div>'
             '<div class="quarto-title-meta-contents">Charles Babbage</div>'
             '<div class="quarto-title-meta-contents"><p class="affiliation"><a href="https://example.org/">'
             'Difference Engine Works</a></p></div></div>')
    assert _byline_authors(block) == ["Ada Lovelace", "Charles Babbage"]


def test_quartos_author_grids_nested_in_one_another_name_nobody_and_are_read_in_linear_time():
    # A person's cell of Quarto's grid that holds another grid, and so the rest of the page, is no person's.
    grid = ('<div class="quarto-title-meta-author"><div class="quarto-title-meta-heading">Authors</div>'
            '<div class="quarto-title-meta-heading">Affiliations</div>'
            '<div class="quarto-title-meta-contents">')

    def reading(grids):
        page = parse_page(f"<html><body>{grid * grids}{'</div></div>' * grids}</body></html>")
        return lambda: bylines.byline(page)

    # The reader before 3e1f000 grew 2.9 times a doubling here (25.6 s at 1,500 grids, 74 s at 3,000 on a
    # loaded machine), under the ratio; the fix reads 3,000 in 0.07 s.
    assert assert_linear_time(reading, 3000, at_most=5) == []


def test_a_projects_row_of_partners_or_keywords_parted_by_semicolons_under_its_title_names_no_one():
    # Round 53 read the first three blocks under the title for a row parted by semicolons, any row: a
    # project page's "Partners: University of Bremen; Fraunhofer ISI; …" gave "Partners: University of
    # Bremen" and the institutes as its authors, a row of keywords its keywords. A row of people writes
    # each family name first.
    for row in ("<div>Partners: University of Bremen; Fraunhofer ISI; CERTH Hellas; Research Lab</div>",
                "<div>Transport; Mobility; Urban Planning; Logistics</div>"):
        page = (f"<html><body><h1>FUTRE: the future of transport research</h1><div>Funded by the EU, grant "
                f"no. 123456.</div>{row}<p>{'We study transport at length and find that it moves. ' * 5}</p>"
                "</body></html>")
        assert bylines.byline(parse_page(page), "FUTRE: the future of transport research") == [], row


def test_a_row_of_people_given_name_first_parted_by_semicolons_under_the_title_names_them():
    # Review 11 kept only rows that write each person family name first ("Aggelakakis, Aggelos; …"), so a
    # repository's or a hand-made page's row "Ada M. Lovelace; Charles Babbage" under the title, which round
    # 53 read, named no one. A row of keywords still names no one (a single word among its parts).
    for row, people in (("Ada M. Lovelace; Charles Babbage; Grace B. Hopper",
                         ["Ada M. Lovelace", "Charles Babbage", "Grace B. Hopper"]),
                        ("Lovelace, Ada; Babbage, Charles", ["Ada Lovelace", "Charles Babbage"]),
                        ("Round Things; Curvature; Geometry", [])):
        page = f"<html><body><h1>A study of round things</h1><p>{row}</p>{_ROUND_ABSTRACT}</body></html>"
        assert bylines.byline(parse_page(page), "A study of round things") == people, row
        found = normalise_page("https://repository.example.edu/items/77", page).papers[0]
        assert found.authors == (people or None), row


def test_a_technical_reports_head_lists_its_editors_in_a_definition_list_under_its_title():
    # Round 66: a W3C Technical Report names no author in meta or byline; its head lists the editors in
    # a <dl> under the title and its status line ('Editors:', one dd each, 'Name, Affiliation'), and may
    # list the editors who left before this version ('Previous Editors:'), who are not this version's.
    # The five reports gave no author.
    page = ('<html><head><title>Widget Sorting Guidelines 2.0</title></head><body><div class="head"><h1>'
            'Widget Sorting Guidelines 2.0</h1><h2>W3C Working Draft 17 May 2007</h2><dl><dt>This version:'
            '</dt><dd><a href="https://www.w3.org/TR/2007/WD-widgets-20070517/">https://www.w3.org/TR/'
            '2007/WD-widgets-20070517/</a></dd><dt>{label}</dt><dd>Ana Moreno, Trace R&amp;D Center, '
            'University of Wisconsin-Madison</dd><dd><a href="https://example.org/~li">Wei Li</a>, <a href="https://example.'
            'com/">Example, Inc.</a></dd><dt>Previous Editors:</dt><dd>Jo Bloggs (until July 2006 while at '
            'W3C)</dd></dl></div><h2>Abstract</h2><p>These guidelines cover a wide range of recommendations '
            'for sorting widgets, so that widgets are sorted by more people in more ways than before.</p>'
            '</body></html>')
    for label in ("Editors:", "Editor:"):
        paper = normalise_page("https://www.w3.org/TR/2007/WD-widgets-20070517/",
                               page.format(label=label)).papers[0]
        assert paper.authors == ["Ana Moreno", "Wei Li"], label
    # Only the editors' own term names them: the other terms' values are addresses and people of the past.
    paper = normalise_page("https://www.w3.org/TR/2007/WD-widgets-20070517/",
                           page.format(label="Latest version:")).papers[0]
    assert not paper.authors or "Jo Bloggs" not in paper.authors


def test_a_heading_identified_as_the_authors_right_after_the_titles_is_the_byline_even_of_one_name():
    # A proceedings site's workshop pages (EvoLang XI's, round 73) set the byline in <h5 id="authors">
    # under <h3 id="papertitle">: 'Ashley Micklos', one name, which a heading of names (two or more, lest
    # a subtitle be read as a person) did not take. Its paper pages set the names, their numbers in
    # superscripts, then each affiliation on a line of its own in the same heading.
    def authors(byline: str, mark: str = "id='authors'") -> list[str] | None:
        page = ("<html><head><title>EvoLangXI: A Study of Round Things</title></head><body>"
                f"<h3 id='papertitle'>A Study of Round Things</h3><h5 {mark}>{byline}</h5>"
                f"<div id='abstract'><p>{'We report what we found. ' * 12}</p></div></body></html>")
        return normalise_page("https://example.org/papers/3.html", page).papers[0].authors

    assert authors("Ada Lovelace") == ["Ada Lovelace"]
    assert authors("Ada Lovelace", "class='byline'") == ["Ada Lovelace"]
    assert authors("Ada Lovelace & Charles B. Babbage") == ["Ada Lovelace", "Charles B. Babbage"]
    affiliations = ("Ada Lovelace<sup>1</sup>\n, Mary Somerville<sup>2</sup>\n and Charles Babbage<sup>1"
                    "</sup>\n<br /><span class='affiliation'>1 Max Planck Institute for Psycholinguistics"
                    "</span>\n<br /><span class='affiliation'>2 University of California, Merced</span>")
    assert authors(affiliations) == ["Ada Lovelace", "Mary Somerville", "Charles Babbage"]
    assert authors("Ada Lovelace<br /><span class='affiliation'>Max Planck Institute</span>") == [
        "Ada Lovelace"]
    # A heading that is not so identified stays a subtitle, and one so identified whose line is not all
    # names names no one.
    assert authors("Round Things", "id='subtitle'") is None
    assert authors("Proceedings of the Round Things Workshop") is None


def test_a_byline_in_a_card_of_other_pages_below_the_article_is_that_pages():
    # Brookings (2023-2025): a report's page shows no byline, its JSON-LD names the writer, and its related-
    # content feed below is a row of <article> cards, each linking another page and carrying that page's
    # p.byline and p.date. The first p.byline after the heading is a card's: another page's people.
    article = ('{"context": "http://schema.org", "@type": "NewsArticle", "headline": "Round things: a new '
               'approach", "datePublished": "2021-02-23T13:00:39Z", "creator": ["Ada Lovelace"]}')

    def card(href: str, title: str, people: str) -> str:
        return ('<div class="related-feed__item"><article class="article">'
                f'<a href="{href}" class="overlay-link"><span class="sr-only">{title}</span></a>'
                f'<span class="article-title">{title}</span>'
                f'<span class="meta"><p class="byline">{people}</p><p class="date">April 3, 2025</p></span>'
                "</article></div>")

    page = (f'<html><head><script type="application/ld+json">{article}</script></head><body>'
            "<article><p>Research</p><h1>Round things: a new approach</h1><p>February 23, 2021</p>"
            "<h2>Foreword</h2><p>This report describes a new approach to round things, and what it found.</p>"
            '<a href="/wp-content/uploads/round-things.pdf">Download the full report</a></article>'
            '<div class="related-feed">'
            f"{card('/articles/square-things/', 'Square things', 'Mary Somerville')}"
            f"{card('/articles/flat-things/', 'Flat things', 'Charles Babbage, Alan Turing')}</div>"
            "</body></html>")
    assert bylines.byline(parse_page(page), "Round things: a new approach") == []
    paper = normalise_page("https://www.example.org/articles/round-things/", page).papers[0]
    assert paper.authors == ["Ada Lovelace"]
    # A page's own <article>, alone, with its heading outside it, holds the page's byline.
    own = ("<html><body><header><h1>Round things: a new approach</h1></header><article>"
           '<p class="byline">Mary Somerville</p><a href="/topics/round/">Round things</a>'
           "<p>This report describes a new approach to round things, and what it found.</p></article>"
           "</body></html>")
    assert bylines.byline(parse_page(own), "Round things: a new approach") == ["Mary Somerville"]


def test_the_writer_the_author_meta_names_and_the_credits_label_author_is_the_stories_author():
    # Science@NASA (2004, round 92): no byline under the heading; at the end, 'Credits & Contacts' labels
    # each of the story's people ('Author: <a>Patrick L. Barry</a>', 'Responsible NASA official: …',
    # 'Production Editor: …'), and meta author names the same writer.
    prose = ("<p><b>April 23, 2004:</b> Flying over the lush, mountainous landscape of Central Roundland, a "
             "local official points out plumes of smoke where agriculture is destroying hundreds of acres of "
             "round forest, and a river snaking through the forest below.</p>")
    page = ('<html><head><meta name="AUTHOR" content="{meta}"><title>Keeping an Eye on Roundland</title>'
            f"</head><body><h1>Keeping an Eye on Roundland</h1>{prose}<p><b>Credits &amp; Contacts</b><br>"
            'Author: <a href="mailto:pb@example.com">Patrick L. Barry</a><br>Responsible NASA official: '
            '<a href="mailto:jh@example.gov">John M. Horack</a></p></body></html>')
    url = "http://science.example.gov/headlines/y2004/23apr_round.htm"
    assert normalise_page(url, page.format(meta="Patrick L. Barry")).papers[0].authors == ["Patrick L. Barry"]
    # Meta naming someone the credits do not label the author (a company) names no author.
    assert normalise_page(url, page.format(meta="Idea TV GmbH")).papers[0].authors is None


def test_the_credits_are_searched_for_the_meta_authors_label_in_linear_time():
    # credited_author walks the page's texts once: many labels, each with another name after it, or a
    # deep nest around the credits, is no slower a text.
    def normalising(count: int):
        credits = "Author: <a>Someone Else</a><br>" * count + "<div>" * count + "Author:" + "</div>" * count
        page = ('<html><head><meta name="author" content="Patrick L. Barry"><title>Round things</title>'
                "</head><body><h1>Round things</h1><p><b>April 23, 2004:</b> " + "Flying over. " * 20
                + "</p><p>" + credits + "<a>Patrick L. Barry</a></p></body></html>")
        return lambda: normalise_page("https://example.org/news/1", page)

    assert_linear_time(normalising, 2_000)


def _story_with_people(people: str, more: str = "") -> str:
    # Corti (2025, round 108; Webflow): no author meta, the JSON-LD author the Organization that publishes the
    # page; the story's people in a sidebar list beside its text, each a link holding the name in
    # div.video-post_author-name and a line about them in div.video-post_author-title: the company first, then
    # the one researcher who wrote it.
    card = ('<div role="listitem" class="w-dyn-item"><a href="https://social.example.com/{0}" '
            'class="video-post_author-text w-inline-block"><div class="video-post_author-name">{0}</div>'
            '<div class="video-post_author-title">{1}</div></a></div>')
    cards = "".join(card.format(name, line) for name, line in people)
    prose = "<p>" + "Today we report a round advance in circuit discovery for neural networks. " * 3 + "</p>"
    return ('<html><head><title>Roundco introduces RIM: a method for round models | Roundco</title>'
            '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "BlogPosting", '
            '"headline": "Roundco introduces RIM: a method for round models", "datePublished": '
            '"2025-12-19T22:02:58Z", "author": {"@type": "Organization", "name": "Roundco"}, "publisher": '
            '{"@type": "Organization", "name": "Roundco"}}</script></head><body>'
            '<h1>Roundco introduces RIM: a method for round models</h1><div>Dec 18, 2025</div>'
            '<div class="story_sidebar"><div role="list" class="video-post_author-list w-dyn-items">'
            f'{cards}</div>'
            f'</div><div class="story_content">{prose * 2}</div>{more}</body></html>')


def test_a_list_of_people_classed_as_author_names_in_compound_words_names_the_writers_not_the_site():
    url = "https://www.roundco.example.com/stories/rim-a-new-standard"
    page = _story_with_people([("Roundco", "AI platform for round things"),
                               ("Ann Lee", "Research & Development")])
    assert normalise_page(url, page).papers[0].authors == ["Ann Lee"]
    page = _story_with_people([("Ann Lee", "Research"), ("Bob Stone", "Engineering")])
    assert normalise_page(url, page).papers[0].authors == ["Ann Lee", "Bob Stone"]


def test_a_list_of_people_classed_as_author_names_is_read_in_linear_time():
    def normalising(count: int):
        more = '<div class="x-card"><div class="x-post_author-name">Carl Round</div></div>' * count
        page = _story_with_people([("Roundco", "AI platform"), ("Ann Lee", "Research")], more)
        return lambda: normalise_page("https://www.roundco.example.com/stories/rim", page)

    assert assert_linear_time(normalising, 2_000).papers[0].authors == ["Ann Lee"]


def _quarto_companion_page(byline: str, meta: str = "") -> str:
    # A Quarto website's home page of one paper (round 196's State Media page): the title block's h1 and
    # p.subtitle.lead, its meta cell empty or labelled, then the byline the author wrote in Markdown.
    return ('<html><head><meta name="generator" content="quarto-1.8.27"><title>A Study of Round Things – '
            'Round Things</title></head><body><header id="title-block-header" class="quarto-title-block">'
            '<div class="quarto-title"><h1 class="title">A Study of Round Things</h1>'
            '<p class="subtitle lead">Interactive companion to the research paper</p></div>'
            f'<div class="quarto-title-meta">{meta}</div>'
            f'</header>{byline}<p><sup>1</sup>Round University · <sup>2</sup>Square Institute</p>'
            f'{_ROUND_ABSTRACT}</body></html>')


def test_a_quarto_pages_bold_names_marked_after_its_title_block_are_its_byline():
    # Quarto renders '**Ada Lovelace**^1,2^, …' as bold names each followed by their <sup> marks, the
    # paragraph right after the title block, which labels no one.
    byline = ("<p><strong>Ada Lovelace</strong><sup>1,2</sup>, <strong>Charles Babbage</strong><sup>2</sup>, "
              "<strong>Mary J. Somerville</strong><sup>1</sup></p>")
    page = _quarto_companion_page(byline)
    assert normalise_page("https://round-things.github.io/", page).papers[0].authors == [
        "Ada Lovelace", "Charles Babbage", "Mary J. Somerville"]


def test_bold_words_without_marks_after_a_quarto_title_block_name_no_one():
    # A paragraph opening with bold terms, not names with their affiliations' marks, is the text's.
    lead = "<p><strong>Round things</strong>, <strong>square things</strong> and why they differ.</p>"
    page = parse_page(_quarto_companion_page(lead))
    assert names_after_the_title_block(page) == []
    one = "<p><strong>Ada Lovelace</strong><sup>1</sup></p>"  # one bold term and its footnote: no byline
    assert names_after_the_title_block(parse_page(_quarto_companion_page(one))) == []


def test_a_quarto_title_blocks_byline_is_found_in_linear_time():
    # The paragraph's children are walked once, a byline's count of them at most.
    def reading(names):
        byline = "<p>" + "<strong>Ada Lovelace</strong><sup>1</sup>, " * names + "</p>"
        page = parse_page(_quarto_companion_page(byline))
        return lambda: names_after_the_title_block(page)

    assert assert_linear_time(reading, 20000) == []
def test_without_meta_an_emphasis_of_marked_names_under_the_title_is_the_byline():
    # START Conference Manager's exported accepted-paper pages (round 197's train page, AACL-IJCNLP 2020 SRW;
    # NAACL HLT 2015's the same): <title>Preliminary Program</title>, no meta, no <body> tag; <h4>title</h4>
    # <em>Name<sup>1</sup>,&nbsp;Name<sup>2</sup>, …</em><br> the affiliations, <h4>Abstract</h4>. The
    # first marked name was read, the names after it in the emphasis not (an inline element was no byline's
    # line), and one name alone is no project page's byline.
    def authors(names: str) -> list[str] | None:
        page = (
            "<html><head><title>Preliminary Program</title><style>BODY { MARGIN-TOP: 15pt; }</style>"
            "<p><h4>A Study of Round Things</h4>"
            f"<em>{names}</em><br><sup>1</sup>University of Somewhere, <sup>2</sup>Example Labs<p><hr>"
            "<h4>Abstract</h4><blockquote><p>We study round things at length, and find that they are round "
            "in every way we looked, for all of the reasons we could think of.</p></blockquote><hr>"
            "</body></html>"
        )
        return normalise_page("https://example.org/accepted/1032.html", page).papers[0].authors

    assert authors(
        "Ada Lovelace<sup>1</sup>,&nbsp;Mary Somerville<sup>2</sup>,&nbsp;Charles Babbage<sup>1</sup>"
    ) == ["Ada Lovelace", "Mary Somerville", "Charles Babbage"]
    # An emphasis that is no line of names (a venue set in italics over its marks) names nobody.
    assert authors("Proceedings of the Workshop<sup>1</sup>, Volume Two<sup>2</sup>") is None


def test_without_meta_a_run_of_headings_each_a_name_a_dash_and_an_institution_is_the_byline():
    # IEEE VIS's program pages (round 197's train page, 2024): <h1 class="paper-title">title</h1>, an empty
    # bookmark toggle, then one <h4 class="paper-authors"> a person: an icon glyph, the name (the first a
    # mailto link), ' - ' and the institution with its place. No author meta, no byline element.
    def authors(rows: list[str]) -> list[str] | None:
        heads = "".join(
            f'<h4 class="paper-authors pb-2"><span class="fas">\uf183</span>{row} </h4>' for row in rows
        )
        page = (
            "<html><head><title>VIS 2024 Content: A Study of Round Things</title>"
            '<meta name="description" content="We study round things."></head><body>'
            '<h1 class="paper-title">A Study of Round Things</h1>'
            '<div class="checkbox-bookmark"> \uf02e </div>'
            f'{heads}<h5 class="paper-details-heading">Abstract</h5><p>We study round things at length, and '
            "find that they are round in every way we looked, for all of the reasons we could think of.</p>"
            "</body></html>"
        )
        return normalise_page("https://example.org/program/paper_v-full-1.html", page).papers[0].authors

    assert authors([
        '<a href="mailto:ada@example.org">Ada Lovelace</a> - University of Somewhere, Salt Lake City, '
        "United States",
        " Mary Somerville - Example Institute of Technology, Cambridge, United Kingdom",
    ]) == ["Ada Lovelace", "Mary Somerville"]
    # Headings that dash apart no person and place (topics, 'Vision - Graphics') name nobody.
    assert authors(["Vision - Graphics", "Theory - Practice"]) is None


def test_a_run_of_dashed_name_headings_is_read_in_linear_time():
    # Many rows under the title: a run is read no further than a byline's people, each row no longer than a
    # row's text.
    def page_of(count: int) -> str:
        row = '<h4 class="paper-authors">Ada Lovelace - University of Somewhere, Here</h4>'
        return f'<html><body><h1>A Study of Round Things</h1>{row * count}<p>Text.</p></body></html>'

    def run(n: int):
        page = parse_page(page_of(n))
        return lambda: people_each_beside_a_dash(page, "A Study of Round Things")

    assert assert_linear_time(run, 20000) == ["Ada Lovelace"] * 60
