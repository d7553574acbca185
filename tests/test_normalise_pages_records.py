"""Whole records: JSON-LD, Dublin Core, labels-and-values layouts and pages without scholarly meta.

Split by field from tests/test_normalise_pages.py; the round each class was found in is in
tests/fixtures/pages/HOLDOUT.md. Shared helpers: tests/normalise_pages_helpers.py.
Every field of every page's sidecar is checked by scripts/fidelity (tests/test_fidelity.py).
"""

from __future__ import annotations

import json

import pytest

from helpers import assert_linear_time
from normalise_pages_helpers import _paper, jekyll_post_dated_at_its_close
from papershelf.normalise.block_openings import opens_over_its_blocks
from papershelf.normalise.html_meta import block_text, parse_page
from papershelf.normalise.pages import normalise_page
from papershelf.normalise.played_episodes import played_episode
from papershelf.normalise.posted_by_lines import posted_by_names
from papershelf.normalise.shown_dois import doi_shown
from papershelf.normalise.shown_titles import heading_the_tab_repeats
from papershelf.normalise.site_taglines import headline_over_the_sites_tagline
from papershelf.records import Paper


def test_json_ld_graph_with_nested_array_prefers_scholarly_article():
    page = parse_page(
        '<script type="application/ld+json">{"@graph": [{"@type": "BreadcrumbList"},'
        '[{"@type": "Article", "name": "a"}, {"@type": "ScholarlyArticle", "name": "s"}]]}'
        "</script>"
    )
    assert [article["name"] for article in page.articles] == ["s", "a"]


def test_scholarly_page_from_json_ld_only():
    ld = {
        "@type": "ScholarlyArticle",
        "headline": "Only JSON-LD",
        "author": [{"@type": "Person", "givenName": "Ada", "familyName": "Lovelace"}],
        "datePublished": "April 4, 2022",
        "identifier": {"@type": "PropertyValue", "value": "https://doi.org/10.1234/ABC"},
    }
    page = f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    found = normalise_page("https://example.org/p/1", page)
    assert found.kind == "scholarly"
    assert found.papers[0] == Paper(
        title="Only JSON-LD",
        authors=["Ada Lovelace"],
        authors_count=1,
        published="2022-04-04",
        doi="10.1234/ABC",
        url="https://example.org/p/1",
    )


def test_dublin_core_fills_gaps_left_by_highwire():
    page = (
        '<meta name="citation_title" content="HW  title">'
        '<meta name="DC.Title" content="DC title">'
        '<meta name="dc.creator" content="Turing, Alan">'
        '<meta name="DC.Date" content="1950-10">'
        '<meta name="DC.Identifier" content="doi:10.1093/MIND/LIX.236.433">'
    )
    paper = normalise_page("https://example.org/x", page).papers[0]
    assert paper.title == "HW title"
    assert paper.authors == ["Alan Turing"]
    assert paper.published == "1950-10"
    assert paper.doi == "10.1093/MIND/LIX.236.433"


def test_page_without_scholarly_metadata_returns_none():
    page = (
        "<html><head><title>My blog</title>"
        '<meta property="og:title" content="A post"><meta property="og:type" content="article">'
        "</head><body><p>Hello</p></body></html>"
    )
    assert normalise_page("https://example.org/blog/post", page) is None


@pytest.mark.parametrize("html_text", [None, "", "   ", "<html></html>"])


def test_empty_capture_of_an_ordinary_page_returns_none(html_text):
    assert normalise_page("https://example.org/", html_text) is None


def test_relative_canonical_and_pdf_links_are_resolved_against_the_page_url():
    page = (
        '<link rel="canonical" href="/paper/42"><meta name="citation_title" content="T">'
        '<meta name="citation_pdf_url" content="/paper/42.pdf">'
    )
    paper = normalise_page("https://example.org/x?y=1", page).papers[0]
    assert (paper.url, paper.pdf_url) == (
        "https://example.org/paper/42",
        "https://example.org/paper/42.pdf",
    )


def test_json_ld_dataset_gives_its_record():
    paper = _paper("zenodo_1196821.json")
    assert (paper.published, paper.doi) == ("2018-03-14", "10.5281/zenodo.1196821")
    ld = {"@type": "CreativeWork", "name": "Slides", "creator": [{"name": "Ada Lovelace"}],
          "datePublished": "2020-02-02"}
    found = normalise_page(
        "https://example.org/w", f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    )
    assert (found.papers[0].title, found.papers[0].authors) == ("Slides", ["Ada Lovelace"])


def test_creative_work_without_authors_is_not_a_paper():
    ld = {"@type": "CreativeWork", "name": "A page"}
    page = f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    assert normalise_page("https://example.org/w", page) is None


@pytest.mark.parametrize(
    ("name", "title", "authors"),
    [
        ("apa_arc0000029.json", "The Crisis of Confidence in Research Findings in Psychology",
         ["Frank L. Schmidt", "In-Sue Oh"]),
        ("app_pan_app011052023.json", "Novel pneumatic features in the ribs",
         ["Michael P. Taylor", "Mathew J. Wedel"]),
        ("lingbuzz_008324.json", "Adverb order with still",
         ["Aviv Schoenfeld", "Moshe E. Bar-Lev", "Roni Katzir"]),
    ],
)


def test_page_with_no_scholarly_meta_is_read_from_its_body(name, title, authors):
    paper = _paper(name)
    assert paper.title.startswith(title)
    assert paper.authors == authors


@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("dlib_05vanhyning.json", "Transforming Libraries and Archives through Crowdsourcing"),
        ("sciencedirect_j.ympev.2014.10.009.json", "A tribal level phylogeny of Lake Tanganyika"),
    ],
)


def test_page_without_meta_tags_in_a_known_layout_gives_a_record(name, title):
    assert _paper(name).title.startswith(title)


def test_json_ld_type_names_match_whatever_their_case():
    ld = {"@type": "DataSet", "name": "Soil moisture", "description": "Profiles of soil moisture.",
          "creator": [{"name": "Lovelace, Ada"}], "datePublished": "2017-07-20"}
    page = f'<html><head><script type="application/ld+json">{json.dumps(ld)}</script></head></html>'
    paper = normalise_page("https://example.org/ds", page).papers[0]
    assert (paper.title, paper.authors, paper.published) == ("Soil moisture", ["Ada Lovelace"], "2017-07-20")


@pytest.mark.parametrize(
    ("name", "title", "authors"),
    [
        ("pos_lattice2013_001.json", "Heavy Flavour Physics Review", ["A. El-Khadra"]),
        ("infn_tesi_fedon.json", "Simulations and experimental assessment of dosimetric evaluations",
         ["Christian Fedon"]),
    ],
)


def test_page_laid_out_as_labels_and_values_gives_a_record(name, title, authors):
    paper = _paper(name)
    assert paper.title.startswith(title)
    assert paper.authors == authors


def test_hand_made_galley_with_image_headings_and_a_citation_paragraph():
    paper = _paper("firstmonday_ojs3_fulltext.json")
    assert paper.authors == ["Calvin Liang", "Jevan Alexander Hutson", "Os Keyes"]  # "by A, B, and C."
    assert paper.published == "2020-10-05"  # "Volume 25, Number 10 - 5 October 2020"
    assert paper.doi == "10.5210/fm.v25i10.10274"  # the citation's, not a reference's
    assert paper.abstract.startswith("Online dating and hookup platforms")  # after <img alt="Abstract">


def test_pages_of_2013_layouts_without_meta_are_read_from_their_bodies():
    copernicus = _paper("copernicus_acp_biogenic.json")
    assert (copernicus.doi, copernicus.published) == ("10.5194/acp-13-1689-2013", "2013")
    assert copernicus.authors_count == 8
    springer = _paper("springer_s10522-013-9457-0.json")
    assert (springer.published, springer.authors_count) == ("2013-10-02", 11)  # not the contact author again
    assert _paper("bmj_thoraxjnl-2012-202003.json").published == "2012-10-23"  # "Published Online First"


_HAND_MADE_ARTICLE = """<html><head><title>On the shape of things | Journal of Pages</title></head><body>
<h1 class="site-logo">Journal of Pages</h1>
<h1>On the shape of things</h1>
<p class="authors">Ada Lovelace<sup>1</sup>, Charles Babbage<sup>2</sup> and Mary Somerville</p>
<p>Published: 3 March 2014 &middot; doi:10.1234/shape.2014.7</p>
{abstract}
<h2>References</h2><p>A cited work, doi:10.9999/cited.1</p></body></html>"""


_ITS_ABSTRACT = (
    "<h2>Abstract</h2><p>We look at the shapes of things and find most of them round, unexpectedly.</p>"
)


def test_an_article_page_without_any_meta_gives_its_record_from_heading_byline_abstract_and_doi():
    found = normalise_page("https://example.org/shape", _HAND_MADE_ARTICLE.format(abstract=_ITS_ABSTRACT))
    paper = found.papers[0]
    assert (paper.title, paper.doi, paper.published) == (
        "On the shape of things", "10.1234/shape.2014.7", "2014-03-03"
    )
    assert paper.authors == ["Ada Lovelace", "Charles Babbage", "Mary Somerville"]
    assert paper.abstract.startswith("We look at the shapes")
    # Without its own DOI the page is still a paper (it has an abstract); a cited DOI is not its own.
    own_doi_gone = _HAND_MADE_ARTICLE.replace(" &middot; doi:10.1234/shape.2014.7", "")
    found = normalise_page("https://example.org/shape", own_doi_gone.format(abstract=_ITS_ABSTRACT))
    paper = found.papers[0]
    assert (paper.title, paper.doi) == ("On the shape of things", None)
    # A heading alone, with neither abstract nor DOI, is any web page.
    holiday = "<html><body><h1>My holiday photos</h1></body></html>"
    assert normalise_page("https://example.org/p", holiday) is None


def test_a_space_typed_inside_brackets_stays_while_a_source_line_break_there_goes():
    assert "Eg1T ( = JCM 15918T) based on" in _paper("ijsem_63_Pt_11_4350.json").abstract
    broken = "<p>Seeds (\n    <i>Echium plantagineum</i>\n  ) and ( = JCM 1)</p>"
    assert block_text(parse_page(broken).tree.css_first("p")) == "Seeds (Echium plantagineum) and ( = JCM 1)"


def test_labels_with_their_values_in_the_same_element_give_a_record():
    # T2K's thesis page: <span>Title: Development of …</span> <span>Creators: Ian Taylor</span>, no meta
    paper = _paper("t2k_thesis_001.json")
    assert (paper.title, paper.authors) == (
        "Development of T2K 280m Near Detector Software for Muon and Photon Reconstruction", ["Ian Taylor"]
    )
    assert paper.abstract.startswith("A Monte Carlo investigation")  # the description the page shows
    assert paper.published is None  # "Folder Created: 2009-07-11" is no publication date
    spans = "<div><span>Title: On Shapes</span><span>Creators: Ada Lovelace; Charles Babbage</span></div>"
    found = normalise_page("https://example.org/t", f"<html><body>{spans}</body></html>")
    assert found.papers[0].authors == ["Ada Lovelace", "Charles Babbage"]
    title_only = "<html><body><div><span>Title: My holiday</span></div></body></html>"
    assert normalise_page("https://example.org/t", title_only) is None


def test_a_blog_post_with_a_doi_is_read_from_its_json_ld_blog_posting():
    # DataCite Blog: JSON-LD BlogPosting with @id https://doi.org/10.5438/4k3m-nyvg, no citation_*.
    paper = _paper("datacite_blog_4k3m-nyvg.json")
    assert (paper.authors, paper.published) == (["Martin Fenner"], "2016-12-20")
    assert paper.doi == "10.5438/4k3m-nyvg"
    # Its descriptions are the post's opening paragraph, cut off: no abstract.
    assert paper.abstract is None


def test_labels_shown_in_a_code_block_are_not_the_pages_record():
    # The DataCite Blog shows a post's YAML front matter ("author: mfenner") as an example.
    # (highlighted by Pandoc: <span class="fu">author:</span><span class="at"> mfenner</span>).
    code = (
        '<pre class="sourceCode"><code><span class="fu">title:</span><span class="at"> Eating your own'
        ' Dog Food</span>\n<span class="fu">author:</span><span class="at"> mfenner</span></code></pre>'
    )
    assert normalise_page("https://example.org/b", f"<html><body>{code}</body></html>") is None


def test_a_forms_fields_are_no_labels_and_values_record():
    # ACL Anthology's correction form: <label>Title</label><small>Adjust the title …</small>, no meta.
    form = (
        "<html><body><form><div><label>Title</label><small>Adjust the title.</small></div>"
        "<div><label>Authors</label><small>Adjust author names and order.</small></div></form></body></html>"
    )
    assert normalise_page("https://example.org/f", form) is None


def test_without_meta_or_address_a_publisher_row_reads_a_saved_copy_by_its_platforms_mark():
    # USENIX: the abstract only in Drupal's field-name-field-paper-description, no "Abstract" word.
    usenix = (
        '<h1 id="page-title">Rare round things</h1><div class="field field-name-field-paper-description">'
        "<p>We found round things where nobody had looked for them, and they were rare.</p></div>"
    )
    page = f"<html><body>{usenix}</body></html>"
    paper = normalise_page("https://example.org/saved-page", page).papers[0]
    assert (paper.title, paper.abstract[:26]) == ("Rare round things", "We found round things wher")
    # IEEE Xplore: the record as JSON assigned to xplGlobal.document.metadata in a script.
    record = {"title": "Round things in networks", "authors": [{"name": "Ada Lovelace"}],
              "abstract": "We route round things through networks.", "doi": "10.1109/X.2013.1",
              "publicationDate": "June 2013"}
    script = f"<script>xplGlobal.document.metadata={json.dumps(record)};</script>"
    paper = normalise_page("https://example.org/saved-page", f"<html><body>{script}</body></html>").papers[0]
    assert (paper.title, paper.doi) == ("Round things in networks", "10.1109/X.2013.1")
    assert paper.authors == ["Ada Lovelace"]


def test_an_xhtml_style_empty_script_does_not_swallow_the_rest_of_the_page():
    # PLOS ONE (Ambra, 2013): <script type="text/javascript" src="/javascript/mathjax/MathJax.js?…" />
    # before the heading; read as HTML, the script stays open and the page's heading is script text.
    assert _paper("plos_pone.0081898.json").title.startswith("Models of Regional Habitat Quality")
    page = (
        "<html><head><title>PLOS ONE: Round things</title></head><body>"
        '<script type="text/javascript" src="/mathjax/MathJax.js" />'
        '<h1>Round things</h1><ul class="authors"><li>Ada Lovelace</li></ul>'
        '<div class="abstract"><p>We looked at round things long and found them round.</p></div>'
        "</body></html>"
    )
    paper = normalise_page("https://example.org/saved-page", page).papers[0]
    assert (paper.title, paper.abstract) == (
        "Round things", "We looked at round things long and found them round."
    )


def test_without_meta_the_pdf_the_titles_heading_links_to_is_the_pdf():
    # The ACL Anthology: <h2 id="title"><a href="https://aclanthology.org/N04-1001.pdf">…</a></h2>; a
    # link inside the heading to something else, or to a PDF of only part of it, is not the paper's.
    abstract = '<div class="abstract"><p>We looked at round things long and found them round.</p></div>'
    for heading, pdf in (
        ('<h2 id="title"><a href="/papers/round.pdf">A study of round things</a></h2>',
         "https://example.org/papers/round.pdf"),
        ('<h2 id="title"><a href="/papers/round/">A study of round things</a></h2>', None),
        ('<h1>A study of <a href="/glossary.pdf">round</a> things</h1>', None),
    ):
        page = f"<html><head><title>A study of round things</title></head><body>{heading}{abstract}</body>"
        paper = normalise_page("https://example.org/saved-page", page).papers[0]
        assert (paper.title, paper.pdf_url) == ("A study of round things", pdf)


def test_a_hand_made_paper_page_with_its_abstract_quoted_under_the_heading_gives_a_record():
    # Mike Taylor's page of his SVPCA 2015 abstract (round 23): no scholarly meta and no DOI, an h1, the
    # authors and their affiliations in paragraphs, then the abstract set apart as a <blockquote>
    # without a heading; the page gave no record at all.
    abstract = ("The round things of the fens are rounder than those of the hills, and their shape "
                "follows the water that wears them. We measured three hundred of them over two "
                "summers and found the water, not the stone, decides the shape they take.")
    page = ("<html><head><title>Ann Round - Why round things are round</title></head><body>"
            "<h1>Why round things are round</h1><p>Ann Round and Cy Flat.</p>"
            "<p><small>Ann Round, Department of Shapes, University of Fens.<br/>Cy Flat, Hill "
            "Institute.</small></p>"
            f"<blockquote><p>{abstract}</p></blockquote><p><a href='slides.pdf'>[Slides]</a></p>"
            "</body></html>")
    paper = normalise_page("https://example.org/round/abstract.html", page).papers[0]
    assert paper.title == "Why round things are round"
    assert paper.abstract == abstract


def test_a_quotation_deep_in_a_pages_text_is_not_its_abstract():
    # Only a quotation right under the heading's few short lines is an abstract; one after the text's
    # paragraphs is a quotation of the text (and a page with nothing else gives no record).
    prose = "A paragraph of the page's own text, long enough to be prose and not a byline. " * 4
    quote = "Words the page quotes from elsewhere, long enough to pass for an abstract if it were one. " * 3
    page = ("<html><head><title>Notes on round things</title></head><body><h1>Notes on round things</h1>"
            + f"<p>{prose}</p>" * 2 + f"<blockquote><p>{quote}</p></blockquote></body></html>")
    assert normalise_page("https://example.org/notes.html", page) is None


def test_a_blog_posts_epigraph_under_its_heading_is_no_abstract():
    # A quotation is a hand-made paper page's abstract (round 23's SVPCA page) only when the page's
    # text ends with it: a blog post that opens with an epigraph and goes on in its own words became a
    # scholarly record, the quotation its abstract and the poster its author.
    quote = ("The only way to do great work is to love what you do, and if you have not found it yet, keep "
             "looking and do not settle; as with all matters of the heart you will know when you find it, "
             "and like any great relationship it just gets better and better as the years roll on.")
    page = ("<html><head><title>Why I quit my job</title></head><body><h1>Why I quit my job</h1>"
            f"<p>Posted by Sam</p><blockquote>{quote}</blockquote>"
            "<p>I read this quote years ago, and it stayed with me through every job I took after that "
            "one, until the day I finally listened to it.</p></body></html>")
    assert normalise_page("https://blog.example.com/2020/why-i-quit", page) is None


def test_without_meta_a_catalogues_rows_of_divs_classed_as_field_names_give_the_record():
    # ProQuest's dissertation page (2020) has no scholarly meta: its Details table is rows of divs,
    # the label's classed as a field name, the value's after it.
    paper = _paper("proquest_302568034.json")
    assert paper.title == "THE STEADY-STATE THEORY OF IGNITION OF FLOWING GASEOUS MIXTURES BY HOT SURFACES"
    assert paper.authors == ["Alexandros Costas Alkidas"]
    row = '<div class="row"><div class="{}">{}</div><div class="value">{}</div></div>'
    rows = row.format("record_fieldname", "Title ", "On things") + row.format(
        "field-label", "Author ", '<a href="/au">LOVELACE, ADA</a>')
    found = normalise_page("https://example.org/record", f"<html><body>{rows}</body></html>")
    assert found.papers[0].title == "On things"
    assert found.papers[0].authors == ["Ada Lovelace"]
    # The label's words may sit in an inline element of its div; a div classed so that holds blocks
    # is a group of fields (its whole text "Author Ada Lovelace" names no field), read by its own rows.
    inline = row.format("field-label", "<span>Title</span>", "On things") + row.format(
        "field-label", "<strong>Author</strong>", "Ada Lovelace")
    grouped = f'<div class="label-group">{inline}</div>'
    found = normalise_page("https://example.org/record", f"<html><body>{grouped}</body></html>")
    assert (found.papers[0].title, found.papers[0].authors) == ("On things", ["Ada Lovelace"])


def test_without_meta_a_labels_placeholder_value_names_nothing():
    # eScholarship's item page (2022) carries PDF.js's hidden Document Properties dialog, "Title: -"
    # and "Author: -" until a PDF is opened: no title, no author; the record's own rows name them.
    dialog = ('<div class="hidden"><div><span>Title:</span> <p>-</p></div>'
              '<div><span>Author:</span> <p>\u2014</p></div></div>')
    rows = ("<table><tr><td>Title</td><td>On things</td></tr><tr><td>Author</td><td>Ada Lovelace</td></tr>"
            "</table>")
    found = normalise_page("https://example.org/record", f"<html><body>{dialog}{rows}</body></html>")
    assert (found.papers[0].title, found.papers[0].authors) == ("On things", ["Ada Lovelace"])
    assert normalise_page("https://example.org/record", f"<html><body>{dialog}</body></html>") is None


def _dspace_full_record(*rows: tuple[str, str]) -> str:
    cells = "".join(f'<tr><td class="metadataFieldLabel">{field}</td>'
                    f'<td class="metadataFieldValue">{value}</td><td>en</td></tr>' for field, value in rows)
    return f"<html><body><table>{cells}</table></body></html>"


def test_without_meta_a_dspace_full_records_dublin_core_rows_give_the_record():
    # VNU's repository (DSpace 6, 2020), "?mode=full": no heading, a table of dc.* fields and values.
    assert _paper("vnu_63050_full.json").authors == ["Toàn Thắng Nguyễn"]
    abstract = ("We study things at length and find that they are many, varied and worth the study we "
                "give them.")
    page = _dspace_full_record(("dc.contributor.advisor", "Babbage, Charles"),
                               ("dc.contributor.author", "Lovelace, Ada"),
                               ("dc.description.abstract", abstract),
                               ("dc.identifier.doi", "10.1234/things"), ("dc.title", "On things"))
    paper = normalise_page("https://example.org/handle/1/2?mode=full", page).papers[0]
    assert (paper.title, paper.authors, paper.abstract, paper.doi) == (
        "On things", ["Ada Lovelace"], abstract, "10.1234/things")


def test_without_meta_a_dspace_full_records_rows_of_one_author_each_give_every_author():
    # DSpace's "?mode=full" table gives each author a dc.contributor.author row of their own, and
    # read_labels kept the first row of a label only: a paper of three people was Ada Lovelace's alone.
    people = ("Lovelace, Ada", "Babbage, Charles", "Somerville, Mary")
    rows = [("dc.contributor.author", person) for person in people]
    page = _dspace_full_record(*rows, ("dc.title", "On things"))
    paper = normalise_page("https://example.org/handle/1/2?mode=full", page).papers[0]
    assert paper.authors == ["Ada Lovelace", "Charles Babbage", "Mary Somerville"]
    # A label elsewhere on the page, outside the record's rows, adds nobody.
    other = "<table><tr><td>dc.contributor.author</td><td>Other, Person</td></tr></table>"
    page = page.replace("</body>", f"{other}</body>")
    assert normalise_page("https://example.org/handle/1/2?mode=full", page).papers[0].authors == [
        "Ada Lovelace", "Charles Babbage", "Mary Somerville"]


def test_without_meta_catalogue_rows_without_a_title_row_take_the_heading_the_tab_names():
    # aclanthology.info's paper page (2018) has no scholarly meta: the title is an h2, the record a dl of
    # "Authors:", "Month:" and "Year:" rows with no "Title:" row.
    paper = _paper("aclinfo_D18-1003.json")
    assert paper.title == "DeClarE: Debunking Fake News and False Claims using Evidence-Aware Deep Learning"
    rows = "<dl><dt>Authors:</dt><dd><a href='/p/ada'>Ada Lovelace</a></dd><dt>Year:</dt><dd>1843</dd></dl>"
    page = (f"<html><head><title>On things - A Catalogue</title></head><body><h2>On things</h2>{rows}"
            "</body></html>")
    found = normalise_page("https://example.org/papers/1", page)
    assert (found.papers[0].title, found.papers[0].authors) == ("On things", ["Ada Lovelace"])
    # A heading the <title> does not name (the site's own, a section's) is no paper's title.
    page = f"<html><head><title>A Catalogue</title></head><body><h2>Recent records</h2>{rows}</body></html>"
    assert normalise_page("https://example.org/papers/1", page) is None


def test_a_data_tables_label_cell_further_along_its_row_names_no_field_of_the_record():
    # A paper's own table mapping metadata schemes (round 37's held-out JoDI article of 2001: "Resource/
    # Title | Title | TIT2 | …", "Event/Act/Agent | Creator | TPE1 | …") read as a catalogue's labelled
    # rows gave the title "TIT2" and the author "TPE" over the page's heading and byline. A record's row
    # opens with its label; a cell with another before it is a data table's.
    page = ("<html><head><title>MetaNet - A Metadata Term Thesaurus</title></head><body>"
            "<h1>MetaNet - A Metadata Term Thesaurus</h1><p>Jane Hunter</p><h3>Abstract</h3>"
            "<p>Metadata interoperability is a fundamental requirement for access to information.</p>"
            "<h2>Mappings</h2><table><tr><th>ABC Model</th><th>Dublin Core</th><th>ID3 Element</th></tr>"
            "<tr><td>Resource/Title</td><td>Title</td><td>TIT2</td></tr>"
            "<tr><td>Event/Act/Agent</td><td>Creator</td><td>TPE1</td></tr></table></body></html>")
    paper = normalise_page("https://example.org/Articles/v01/i08/Hunter/", page).papers[0]
    assert paper.title == "MetaNet - A Metadata Term Thesaurus"
    assert "TPE1" not in (paper.authors or [])


def test_a_sites_publication_page_that_shows_only_the_title_is_the_papers_record():
    # Jack E Taylor's Hugo site (round 38): /publication/<slug>/ shows the title as an h4 and in og:title,
    # and "January 1, 0001 - minutes", its theme's line for a page without a date; no byline, no abstract.
    title = "Crowdsourcing round analyses: A tutorial."
    page = (f'<html><head><title>{title}</title><meta property="og:title" content="{title}">'
            f'<meta property="og:type" content="article"></head><body><main><div class="item"><h4>'
            f'<a href="/publication/3_2025_round/">{title}</a></h4><h5>January 1, 0001 -  minutes</h5>'
            f"</div></main></body></html>")
    found = normalise_page("https://example.github.io/publication/3_2025_round/", page)
    assert (found.papers[0].title, found.papers[0].published, found.papers[0].authors) == (title, None, None)
    # Elsewhere such a page is any page with a title.
    assert normalise_page("https://example.github.io/post/3_2025_round/", page) is None
    assert normalise_page("https://example.github.io/publication/", page) is None


def test_a_records_rows_opening_with_a_blank_cell_are_read_by_their_labels():
    # A repository's record whose rows each open with a blank cell (the catalogue's icon column, a
    # hand-made page's spacer): the label is the first cell with words, and the row is the record's.
    row = '<tr><td class="icon"><img src="/i/{0}.png" alt=""></td><td>{0}</td><td>{1}</td></tr>'
    rows = (row.format("Title", "Deep learning for soil moisture") + row.format("Author", "Smith, Jane")
            + row.format("Abstract", "We train a network on satellite data to estimate the moisture of the "
                         "soil from radar images taken over two growing seasons."))
    page = ("<html><head><title>Record 123</title></head><body><h1>Deep learning for soil moisture</h1>"
            f"<table>{rows}</table></body></html>")
    paper = normalise_page("https://repo.example.edu/record/123", page).papers[0]
    assert (paper.title, paper.authors) == ("Deep learning for soil moisture", ["Jane Smith"])


def test_a_record_page_offering_its_pdf_under_its_heading_is_a_papers_without_an_abstract_or_doi():
    # CNKI's record page of a journal's annual index (round 40's train page): no meta, no abstract, no
    # DOI, but the h1 of the title and, right under it, the document to download as CAJ or PDF.
    links = ('<ul><li><a href="/kcms/download.aspx?filename=jdYdG&amp;tablename=CJFDPREP">CAJ下载</a></li>'
             '<li><a href="/kcms/download.aspx?filename=jdYdG&amp;tablename=CJFDPREP&amp;dflag=pdfdown">'
             "PDF下载</a></li></ul>")
    page = ("<html><head><title>Annual index of 2016 - China Academic Journals</title></head><body>"
            "<h1>Annual index of 2016</h1>{0}<p>China Soft Science, 2016年06期</p></body></html>")
    address = "http://kns.cnki.net/kcms/detail/detail.aspx?filename=zgrk201612019"
    found = normalise_page(address, page.format(links))
    assert found is not None and found.papers[0].title == "Annual index of 2016"
    # A PDF offered below the page's prose is an attachment of any page: no paper's record.
    prose = "<p>" + "A paragraph of the page's own text, long enough to be its prose. " * 4 + "</p>"
    found = normalise_page(address, page.format(prose + links))
    assert found is None or not found.papers
    # A PDF in the site's menu under its heading is the site's document, not the record's.
    menu = '<nav><a href="/files/guidelines.pdf">Guidelines (PDF)</a></nav>'
    found = normalise_page(address, page.format(menu))
    assert found is None or not found.papers


def test_a_product_a_form_or_a_councils_minutes_offering_its_pdf_under_its_heading_is_no_record():
    # review14's leftover: a "Download PDF" link under the h1 made a record of any page offering one PDF,
    # titled by its heading (shown._offers_its_pdf, and scholarly._offers_its_document with an og:title):
    # a product's brochure, a council's form, a café's menu, a council's minutes. A paper or a report a
    # page offers so is a dated document (CNKI's record shows its issue, a report page its month), and
    # it is no meeting's minutes or agenda.
    def page(heading: str, under: str, meta: str = "") -> str:
        return (f"<html><head><title>{heading} | Example</title>{meta}</head><body><nav><a href='/'>Home</a>"
                f"</nav><main><h1>{heading}</h1>{under}<p>Please read the document carefully before you fill "
                "in any part of it, and return it to the office by post.</p></main></body></html>")

    pdf = "<a href='/files/{0}.pdf'>{1}</a>"
    for heading, under in (
        ("Acme X200 Industrial Pump", pdf.format("x200", "Download PDF")),
        ("Parking Permit Application", pdf.format("parking", "Download PDF")),
        ("Lunch Menu", pdf.format("menu", "PDF")),
        ("Council Meeting Minutes, 12 March 2024",
         "<p>12 March 2024</p>" + pdf.format("minutes", "Download PDF")),
        ("Agenda of the Board, 4 June 2024", "<p>4 June 2024</p>" + pdf.format("agenda", "Download")),
    ):
        for meta in ("", f"<meta property='og:title' content='{heading}'>"):
            found = normalise_page("https://city.example.gov/documents/item", page(heading, under, meta))
            assert found is None or not found.papers, (heading, meta)
    # A report the page dates and offers still is its record.
    dated = "<p>March 2021</p>" + pdf.format("water", "Download PDF")
    found = normalise_page("https://institute.example/reports/water", page("Water in cities", dated))
    assert [(paper.title, paper.published) for paper in found.papers] == [("Water in cities", "2021-03")]


def test_a_page_offering_its_pdf_under_a_heading_marked_as_the_title_past_its_byline_heading_is_a_record():
    # A proceedings site's workshop editorial (EvoLang XI's, round 73): no meta, no DOI, an empty abstract;
    # the title in <h3 id="papertitle">, which the <title> repeats after the meeting's name, then <h5
    # id="authors">, then "Download Paper" linking the PDF, then the page's own citation line dated by the
    # workshop's day. Only an h1 was asked whether the page offers its document, and the byline's heading
    # ended the heading's part before the link: no record.
    def papers(title_mark: str = "id='papertitle'", byline_mark: str = "id='authors'") -> list:
        page = ("<html><head><title>RoundConf: Round Things and Their Uses: Editorial</title></head><body>"
                f"<h3 {title_mark}>Round Things and Their Uses: Editorial</h3>"
                f"<h5 {byline_mark}>Ada Lovelace &amp; Charles Babbage</h5>"
                "<div id='abstract'><p><b>Abstract:</b></p><p> </p></div>"
                "<div id='links'><a href='../pdf/Editorial_Round.pdf'>Download Paper</a></div>"
                "<div id='citation'><p><b>Citation:</b></p><p>Lovelace A. &amp; Babbage C. (2016) Round "
                "Things and Their Uses. In C. Babbage (Eds.) Proceedings of RoundConf, Round Things "
                "Workshop, 21 March, 2016. Available online: http://example.org/workshops/papers/0.html</p></div>"
                "</body></html>")
        found = normalise_page("https://example.org/workshops/papers/0.html", page)
        return [] if found is None else found.papers

    [paper] = papers()
    assert (paper.title, paper.authors, paper.published) == (
        "Round Things and Their Uses: Editorial", ["Ada Lovelace", "Charles Babbage"], "2016-03-21")
    assert [paper.title for paper in papers("class='title'", "class='byline'")] == [
        "Round Things and Their Uses: Editorial"]
    # A heading that is neither the title nor its byline still ends the part: the PDF under the next
    # heading is that heading's (a listing's next item); an h3 no mark names the title is not asked.
    assert papers(byline_mark="id='next-item'") == []
    assert papers(title_mark="id='section-1'") == []


def test_a_product_page_dated_only_by_its_last_update_offering_a_pdf_under_its_heading_is_no_record():
    # review15's leftover: a page that is a record only by the PDF it offers under its heading must be dated,
    # and the date a product's or a service's page shows there is when the page was last changed ("Updated
    # 12 March 2024", "Last modified: 4 June 2024"), which dates no document: the product's datasheet
    # made a record titled by the product.
    def page(under: str) -> str:
        return ("<html><head><title>W200 Industrial Widget | Widget Co</title></head><body><nav><a href='/'>"
                f"Home</a></nav><main><h1>W200 Industrial Widget</h1>{under}<p><a href='/files/w200.pdf'>"
                "Download PDF</a></p><p>The W200 is our sturdiest widget yet, rated for ten thousand hours "
                "of continuous use in the harshest plants.</p></main></body></html>")

    for under in ("<p>Updated 12 March 2024</p>", "<p>Last modified: 4 June 2024</p>",
                  "<p><span>Last updated</span> <time>12 March 2024</time></p>",
                  "<p>Page reviewed on 12 March 2024</p>"):
        found = normalise_page("https://widgets.example.com/products/w200", page(under))
        assert found is None or not found.papers, under
    # A report dated by its publication still is its record.
    found = normalise_page("https://widgets.example.com/reports/w200", page("<p>Published 12 March 2024</p>"))
    assert [(paper.title, paper.published) for paper in found.papers] == [
        ("W200 Industrial Widget", "2024-03-12")]


def test_a_page_that_offers_another_document_or_a_listings_pdfs_under_its_heading_is_no_papers_record():
    # Round 40's record-page PDF took any short link saying PDF under the h1: a course's syllabus, a
    # journal issue's full-issue PDF, the PDF of each paper an issue's contents list, a programme's.
    page = "<html><head><title>{0} | Example</title></head><body><h1>{0}</h1>{1}</body></html>"
    for heading, under in (
        ("CS 101: Introduction to Programming", '<p><a href="/cs101/syllabus.pdf">Syllabus (PDF)</a></p>'
         "<p>Welcome to the course. Lectures are on Tuesdays and Thursdays.</p>"),
        ("Volume 12, Issue 3", '<p><a href="/issues/12/3/full.pdf">Full issue PDF</a></p>'),
        ("Volume 12, Issue 4", '<div class="toc-item"><h3><a href="/a/1">Cells under stress</a></h3><p>Ann'
         ' Lee</p><a href="/a/1.pdf">PDF</a></div><div class="toc-item"><h3><a href="/a/2">Tissues at rest'
         '</a></h3><p>Carl Mayer</p><a href="/a/2.pdf">PDF</a></div>'),
        ("Programme", '<table><tr><td>09:00</td><td>Keynote</td><td><a href="/slides/k1.pdf">Slides</a></td>'
         '</tr><tr><td>10:00</td><td>Session 1</td><td><a href="/papers/s1.pdf">PDF</a></td></tr></table>'),
    ):
        found = normalise_page("https://www.example.org/page", page.format(heading, under))
        assert found is None or not found.papers, heading
    # The record's own document, however its link words it, still makes the page a paper's record.
    for words in ("Download PDF", "Full text PDF (1.2 MB)", "PDF下载"):
        under = f'<p>China Soft Science, 2016年06期</p><p><a href="/download/123.pdf">{words}</a></p>'
        found = normalise_page("https://www.example.org/record/123", page.format("A record's title", under))
        assert found is not None and found.papers[0].title == "A record's title", words


def test_a_sites_listing_of_its_papers_under_publications_is_no_papers_page():
    # A researcher's site built by Hugo's Academic theme: /publications/journal-articles/ lists the
    # site's journal articles, each a link to its own page under /publication/. Round 38's last resort
    # for a paper's page that shows only its title took the listing's heading for a paper's title.
    page = ('<html><head><title>{0} | Jane Roe</title><meta property="og:title" content="{0}"></head><body>'
            '<h1>{0}</h1>{1}<div class="pub-list-item"><a href="/publication/paper-one/">Paper one about '
            'things</a> Jane Roe, Bob Stone (2021). Journal of Things.</div><div class="pub-list-item"><a '
            'href="/publication/paper-two/">Paper two about other things</a> Jane Roe (2020). Journal of '
            'Stuff.</div></body></html>')
    for url in ("https://janeroe.github.io/publications/journal-articles/",
                "https://www.example.org/publications/2023/"):
        assert normalise_page(url, page.format("Journal Articles", "")) is None, url
    # A paper's page that shows its title alone, linking to the next and the previous paper and to
    # related ones under their heading, is still the paper's.
    own = ('<h1>{0}</h1><div class="post-nav"><a rel="next" href="/publication/paper-one/">Paper one</a><a '
           'rel="prev" href="/publication/paper-two/">Paper two</a></div><h2>Related</h2><ul>')
    paper = page.replace("<h1>{0}</h1>{1}", own).replace("</body>", "</ul></body>")
    found = normalise_page("https://janeroe.github.io/publication/sparse-attention/", paper.format(
        "Sparse attention, twice as fast"))
    assert found is not None and found.papers[0].title == "Sparse attention, twice as fast"


def test_a_label_with_its_plural_ending_in_brackets_names_its_field():
    # IBICT's TEDE (round 47's train page, the UERJ library of theses, 2011): "Título(s):" and
    # "Resumo(s):", a label that may hold several values marked with its plural ending, as Portuguese and
    # Spanish catalogues write them; "título(s)" was no label, so the record had no title.
    abstract = ("Estudamos as coisas longamente e achamos que são muitas, variadas e dignas do estudo que "
                "lhes damos.")
    row = "<tr><td>{}</td><td>{}</td></tr>"
    rows = (row.format("Título(s):", "Sobre as coisas") + row.format("Autor:", "Ada Lovelace")
            + row.format("Resumo(s):", abstract) + row.format("Assunto(s):", "Coisas"))
    page = f"<html><body><table>{rows}</table></body></html>"
    paper = normalise_page("https://example.org/tde/1", page).papers[0]
    assert (paper.title, paper.authors, paper.abstract) == ("Sobre as coisas", ["Ada Lovelace"], abstract)


def test_a_records_rows_inside_a_form_of_check_boxes_are_read_a_form_to_fill_in_is_not():
    # IBICT's TEDE (round 47's train page) lists its search results in a form, each record with the check
    # boxes "Detalhar" and "Incluir na pasta" and a "Processar" button: read_labels passed over every label
    # inside a form (for ACL's correction form, whose "Title" labels a field to fill in), so the record's
    # rows gave nothing. A form with a field to fill in is still passed over.
    row = "<tr><td>{}</td><td>{}</td></tr>"
    rows = row.format("Título:", "Sobre as coisas") + row.format("Autor:", "Ada Lovelace")
    picks = ('<input type="checkbox" name="listaDetalhes[]" value="8962">Detalhar '
             '<input name="processar" type="submit" value="Processar">')
    form = f'<form action="processaPesquisa.php"><table>{rows}</table>{picks}</form>'
    page = f"<html><body>{form}</body></html>"
    paper = normalise_page("https://example.org/tde_busca/processaPesquisa.php", page).papers[0]
    assert (paper.title, paper.authors) == ("Sobre as coisas", ["Ada Lovelace"])
    entries = f'<label>Title</label><input type="text" id="title">{picks}'
    page = f'<html><body><form action="correct"><table>{rows}</table>{entries}</form></body></html>'
    assert normalise_page("https://example.org/tde_busca/processaPesquisa.php", page) is None


def test_a_catalogues_list_of_results_to_pick_from_in_a_form_of_check_boxes_is_no_record():
    # Round 47's form of check boxes (TEDE's one record, a box for each action) let read_labels into any
    # form without a field to fill in, so a library catalogue's results, each with a box to add it to the
    # cart, gave the page the first result's title, author and year.
    result = ('<tr><td><input type="checkbox" name="sel" value="{}"></td><td><table>'
              '<tr><th>Title:</th><td>{}</td></tr><tr><th>Author:</th><td>{}</td></tr>'
              '<tr><th>Published:</th><td>{}</td></tr></table></td></tr>')
    results = (result.format(1, "Ocean acidification and coral reefs", "Smith, Jane", 2012)
               + result.format(2, "Carbon chemistry of seawater", "Jones, Bob", 2015))
    page = ("<html><head><title>Search results - Library catalogue</title></head><body>"
            f'<h1>Search results</h1><form action="/cart" method="post"><table>{results}</table>'
            '<input type="submit" value="Add selected to cart"></form></body></html>')
    assert normalise_page("https://catalogue.example.edu/search?q=ocean", page) is None
    # Boxes named each for its record are a list too; a radio group is a choice.
    numbered = results.replace('name="sel" value="1"', 'name="sel1" value="1"').replace(
        'name="sel" value="2"', 'name="sel2" value="2"')
    assert normalise_page("https://catalogue.example.edu/search?q=ocean",
                          page.replace(results, numbered)) is None
    radios = results.replace('type="checkbox"', 'type="radio"')
    address = "https://catalogue.example.edu/search?q=ocean"
    assert normalise_page(address, page.replace(results, radios)) is None


def test_labels_stacked_in_one_cell_pair_line_for_line_with_the_values_in_the_next():
    # IBICT's TEDE (round 47's train page, the UERJ library of theses, 2011) sets its record's first two
    # rows in one: <td><span>Autor:</span><br><br><span>Título(s):</span></td> beside a cell whose table
    # holds "Alan Edgardo Guzmán Arana<br><br><table>…the titles…</table>" and a box of the record's
    # visits. read_labels read a label's value as the element after it, a <br>: no author, no title.
    label = '<span class="textoBuscaB">{}</span>'
    labels = f'<td align="right">{label.format("Autor:")}<br><br>{label.format("Título:")}</td>'
    box = "<td><table><tr><td><b>Este Documento</b></td></tr><tr><td>Visitas</td><td>5</td></tr></table></td>"
    values = ("<td><table><tr><td>Ada Lovelace<br><br><table><tr><td>Sobre as coisas</td></tr></table></td>"
              f"{box}</tr></table></td>")
    page = f"<html><body><table><tr>{labels}{values}</tr></table></body></html>"
    paper = normalise_page("https://example.org/tde_busca/processaPesquisa.php", page).papers[0]
    assert (paper.title, paper.authors) == ("Sobre as coisas", ["Ada Lovelace"])
    # Plain lines pair so too; values that do not pair one to one with the labels are no one's.
    plain = "<td><b>Autor:</b><br><b>Título:</b></td><td>Ada Lovelace<br>Sobre as coisas</td>"
    page = f"<html><body><table><tr>{plain}</tr></table></body></html>"
    paper = normalise_page("https://example.org/r/1", page).papers[0]
    assert (paper.title, paper.authors) == ("Sobre as coisas", ["Ada Lovelace"])
    unpaired = "<td><b>Autor:</b><br><b>Título:</b></td><td>Ada Lovelace<br>Sobre as coisas<br>1843</td>"
    page = f"<html><body><table><tr>{unpaired}</tr></table></body></html>"
    assert normalise_page("https://example.org/r/1", page) is None


def test_a_value_given_in_several_languages_after_their_tags_is_the_first_without_its_tag():
    # IBICT's TEDE (round 47's train page) gives a thesis's titles and abstracts one a row of a small table,
    # each after its language in brackets: "[pt] Efeitos da nucleação … [en] Effects of nucleation …". The
    # record's title was both, tags and all; it is the first, the thesis's own language.
    abstract_pt = "Estudamos as coisas longamente e achamos que são muitas, variadas e dignas de estudo."
    abstract_en = "We study things at length and find that they are many, varied and worth the study."
    tagged = '<table><tr><td>[{}]</td><td>{}</td></tr><tr><td>[{}]</td><td>{}</td></tr></table>'
    row = "<tr><td>{}</td><td>{}</td></tr>"
    rows = (row.format("Título:", tagged.format("pt", "Sobre as coisas", "en", "On things"))
            + row.format("Autor:", "Ada Lovelace")
            + row.format("Resumo:", tagged.format("pt-BR", abstract_pt, "en", abstract_en)))
    page = f"<html><body><table>{rows}</table></body></html>"
    paper = normalise_page("https://example.org/tde/1", page).papers[0]
    assert (paper.title, paper.abstract) == ("Sobre as coisas", abstract_pt)
    # A bracket that is no language tag, or one inside the value, stays.
    rows = row.format("Título:", "[Sobre] as coisas [en]") + row.format("Autor:", "Ada Lovelace")
    page = f"<html><body><table>{rows}</table></body></html>"
    assert normalise_page("https://example.org/tde/1", page).papers[0].title == "[Sobre] as coisas [en]"


def test_a_title_opening_with_a_capitalised_two_letter_word_in_brackets_keeps_it():
    # Round 47's values in several languages took any two letters in brackets opening a value for a
    # language's tag, so a repository's record of a ReScience replication, "[Re] Deep reinforcement
    # learning that matters", lost its "[Re]". A language's tag is written in lower case.
    row = "<tr><td>{}</td><td>{}</td></tr>"
    rows = (row.format("Title:", "[Re] Deep reinforcement learning that matters")
            + row.format("Authors:", "Lovelace, Ada; Turing, Alan"))
    page = f"<html><head><title>Record 4021</title></head><body><table>{rows}</table></body></html>"
    paper = normalise_page("https://repository.example.edu/handle/1/4021", page).papers[0]
    assert paper.title == "[Re] Deep reinforcement learning that matters"
    tagged = rows.replace("[Re] Deep", "[en] Deep").replace("matters<", "matters [pt-BR] Aprendizado<")
    page = f"<html><head><title>Record 4021</title></head><body><table>{tagged}</table></body></html>"
    paper = normalise_page("https://repository.example.edu/handle/1/4021", page).papers[0]
    assert paper.title == "Deep reinforcement learning that matters"


def test_a_page_that_offers_its_headings_report_as_a_pdf_to_download_is_a_record_of_it():
    # An agency's page of one of its reports (round 50: UNICEF DATA, 2018): no scholarly meta (og:* and
    # article:published_time), no abstract, byline or DOI; the title in an h1, the month, the topics'
    # tags, then a "Download" button linking the report's PDF above the page's text. It gave no record.
    page = ('<html><head><title>Round things on the move - UNICEF DATA</title><meta property="og:title" '
            'content="Round things on the move - UNICEF DATA"><meta property="article:published_time" '
            'content="2018-12-07T12:00:50+00:00"></head><body><nav><a href="/resources/">Resources</a></nav>'
            '<h1>Round things on the move</h1><time>December 2018</time><a class="tag" href="/topic/'
            'migration/">Migration</a><p><a class="button" href="{href}">{label}</a></p><p>For many round '
            'things the road from home is long and lonely, and the help they get on the way is scarce.</p>'
            '</body></html>')
    url = "https://data.unicef.org/resources/roundthings/"
    for label in ("Download", "Download the report (PDF)"):
        papers = normalise_page(url, page.format(href="/wp-content/uploads/2018/12/round.pdf",
                                                 label=label)).papers
        assert [(paper.title, paper.published) for paper in papers] == [
            ("Round things on the move", "2018-12-07")], label
    # A link to download something else, or a PDF that is no download of the page's, makes no record.
    for href, label in (("/app/", "Download the app"), ("/media/leaflet.pdf", "Our leaflet")):
        found = normalise_page(url, page.format(href=href, label=label))
        assert found is None or not found.papers, label


def test_a_product_a_course_or_a_listing_offering_pdfs_to_download_under_its_heading_is_no_record():
    # Round 50's report page read any page with a link opening "Download" to a PDF under its heading as a
    # record of the heading's document: a product's page and its datasheet, a course's page and its
    # syllabus, a press release's page and its printable copy, a list of an institute's reports (each
    # under its own heading, or one item each) were each a paper titled by the page's heading. The
    # heading's own document is offered by a link that names no other, the one PDF under the heading
    # before any other heading.
    def page(heading: str, under: str) -> str:
        return (f'<html><head><title>{heading} | Acme</title><meta property="og:title" content="{heading}">'
                f"</head><body><nav><a href=\"/\">Home</a></nav><h1>{heading}</h1>{under}<p>Built for "
                "rain, dust and fog alike, and read over the network by whatever controller you run.</p>"
                "</body></html>")

    for url, heading, under in (
        ("https://acme.example/products/w3000", "Widget 3000 industrial sensor",
         '<a class="btn" href="/docs/widget-3000-datasheet.pdf">Download datasheet</a>'),
        ("https://cs.uni.example/courses/cs101", "CS 101: Introduction to Programming",
         '<p>Fall 2024</p><a href="/cs101/syllabus.pdf">Download the syllabus</a>'),
        ("https://acme.example/news/q3-results", "Acme reports record third-quarter results",
         '<p>October 24, 2024</p><a href="/files/q3.pdf">Download the press release</a>'),
        ("https://institute.example/publications/", "Publications", "".join(
            f'<div><h3><a href="/reports/r{n}">Report {n} on water in cities</a></h3><p>March 202{n}</p>'
            f'<a href="/files/r{n}.pdf">Download report</a></div>' for n in range(3))),
        ("https://institute.example/reports/", "Our reports", "<ul>" + "".join(
            f'<li><a href="/reports/r{n}">Report {n} on water in cities</a> '
            f'<a href="/files/r{n}.pdf">Download</a></li>' for n in range(3)) + "</ul>"),
    ):
        found = normalise_page(url, page(heading, under))
        assert found is None or not found.papers, heading
    # The page of one report offering it still is its record.
    offered = '<p>March 2021</p><a href="/files/water.pdf">Download the full report (PDF, 2 MB)</a>'
    found = normalise_page("https://institute.example/reports/water", page("Water in cities", offered))
    assert [paper.title for paper in found.papers] == ["Water in cities"]


def test_a_press_release_offering_its_printable_copy_as_a_pdf_under_its_heading_is_no_record():
    # review10's leftover: a press office's release with "Download PDF" under its heading, the printable
    # copy of the release the one PDF there, was read as a paper (shown._offers_its_pdf), titled by the
    # heading and dated by the release's date. The page says it is a release: a kicker over the heading,
    # "FOR IMMEDIATE RELEASE" or "News release" under it, or its <title>.
    def page(title: str, kicker: str, under: str) -> str:
        return (f"<html><head><title>{title}</title></head><body><nav><a href='/'>Home</a></nav><main>"
                f"{kicker}<h1>Acme reports record third-quarter results</h1>{under}<p>Acme today announced "
                "record results, with revenue up twelve percent on the year and strong demand in every "
                "region.</p></main></body></html>")

    pdf = '<a href="/files/q3.pdf">Download PDF</a>'
    tab = "Acme reports record results | Acme"
    for title, kicker, under in (
        (tab, "<p class='kicker'>Press release</p>", f"<p>October 24, 2024</p>{pdf}"),
        (tab, "", f"<p>FOR IMMEDIATE RELEASE</p><p>October 24, 2024</p>{pdf}"),
        (tab, "", f"<p>News release · October 24, 2024</p>{pdf}"),
        ("Media release: Acme reports record results", "", f"<p>October 24, 2024</p>{pdf}"),
    ):
        found = normalise_page("https://acme.example/2024/q3", page(title, kicker, under))
        assert found is None or not found.papers, (title, kicker, under)
    # A page that offers its heading's document, and says nothing of a release, still is its record.
    found = normalise_page("https://acme.example/2024/q3", page("Acme | Acme", "", f"<p>2024</p>{pdf}"))
    assert [paper.title for paper in found.papers] == ["Acme reports record third-quarter results"]


def test_a_page_labelled_as_one_papers_abstract_gives_the_heading_under_the_label_and_the_prose_after_it():
    # Carnegie Mellon's Parallel Data Lab (round 51's train page, 2026) links each paper of its list to a
    # page headed <h2>PDL Abstract</h2>, the title in the <h3> right under it, then the venue, the byline,
    # the affiliations and the abstract's paragraphs with no heading of their own; no meta, and the <title>
    # the lab's name. Nothing said it was a paper's page: no record at all.
    prose = ("Architectures should aim to maximize parallelism within a machine's finite memories, but prior "
             "designs tend to extremes, either maximizing parallelism or minimizing state, and this paper "
             "shows how local tag spaces keep the state bounded while the parallelism stays high.")
    blocks = ("<p><i>Some Symposium, November 2-6, 2024, Austin, TX.</i></p><p><b>Ada Lovelace</b></p>"
              f"<p>Analytical Engine Lab</p><p>{prose}</p><p>A second paragraph of the abstract, short.</p>")
    page = (f"<html><head><title>Analytical Lab</title></head><body><h2>ANALYTICAL LAB</h2>"
            f"<h2>PDL Abstract</h2><h3>Taming Parallelism in Dataflow</h3>{blocks}</body></html>")
    paper = normalise_page("https://example.org/Storage/Lovelace2024_abs.shtml", page).papers[0]
    assert paper.title == "Taming Parallelism in Dataflow"
    assert paper.abstract.startswith("Architectures should aim") and "short" not in paper.abstract
    # An "Abstract" heading over prose is an article's abstract, not a page's label: the heading under
    # it must follow at once, and prose must come within a few blocks of it.
    late = page.replace(blocks, "<p>x</p>" * 6 + f"<p>{prose}</p>")
    assert normalise_page("https://example.org/Storage/Lovelace2024_abs.shtml", late) is None
    unheaded = page.replace("<h3>Taming Parallelism in Dataflow</h3>", "<p>Taming Parallelism</p>")
    assert normalise_page("https://example.org/Storage/Lovelace2024_abs.shtml", unheaded) is None


def test_a_books_own_page_that_names_the_press_that_published_it_gives_the_book_and_its_date():
    # Understanding Deep Learning's site (round 54's train page, 2024) is a hand-written page: no meta,
    # the <title> the repository's name, an h1, "by Simon J.D. Prince" and "Published by MIT Press Dec
    # 5th 2023." as bare text under it, a PDF link ("here") beside the errata's PDF; no DOI, no abstract.
    # Nothing said it was a scholarly work's page: no record at all.
    page = ("<html><head><title>udlbook</title></head><body><div id='head'><div><h1>Understanding Deep "
            "Learning</h1>\n by Simon J.D. Prince\n <br>Published by MIT Press Dec 5th 2023.<br><ul>"
            "<li><p>Download full PDF <a href='https://example.org/udl.pdf'>here</a></p>2024-03-26.</li>"
            "<li>Errata: <a href='https://example.org/errata.pdf'>PDF</a></li></ul><h2>Table of contents"
            "</h2><ul><li>Chapter 1 - Introduction<li>Chapter 2 - Supervised learning</ul></div></div>"
            "</body></html>")
    paper = normalise_page("https://example.org/udlbook/", page).papers[0]
    assert paper.title == "Understanding Deep Learning"
    assert paper.authors == ["Simon J.D. Prince"]
    assert paper.published == "2023-12-05"
    # A year after the press in a sentence at the page's foot dates the book too.
    note = "<p>A print edition has been published by MIT Press in 2023.</p>"
    foot = page.replace("Published by MIT Press Dec 5th 2023.", "")
    foot = foot.replace("</ul></div>", f"</ul>{note}</div>")
    assert normalise_page("https://example.org/udlbook/", foot).papers[0].published == "2023"
    # A copyright line's publisher names no press, and its "on behalf of" gives no date: no book's page.
    copyright_line = page.replace("Published by MIT Press Dec 5th 2023.",
                                  "© 2023. Published by Elsevier B.V. on behalf of a society.")
    assert normalise_page("https://example.org/udlbook/", copyright_line) is None


def test_a_press_named_in_a_posts_prose_a_news_story_a_catalogue_or_a_footer_makes_no_record():
    # Round 54's book page read any "published by <…> Press|Publishers|Publishing|Media" anywhere above the
    # references as a book's own page naming its press: a blog post about the books of the year, a news
    # story "originally published by the Associated Press", a press's catalogue of books each under its
    # own heading, a club's page with its footer's "Published by … Media" each gave a record titled by the
    # page's heading and dated by the year after the press. The press is the page's own work's when the
    # sentence speaks of the book or an edition of it, or in the imprint line right under the heading.
    def page(heading: str, body: str) -> str:
        return f"<html><head><title>{heading}</title></head><body><h1>{heading}</h1>{body}</body></html>"

    for url, heading, body in (
        ("https://jane.example/2024/01/books", "My favourite reads of 2023",
         "<p>January 4, 2024</p><p>It was a good year for reading. First on my list is Understanding Deep "
         "Learning, published by MIT Press in December 2023, which I read over the summer.</p>"),
        ("https://news.example/2024/03/floods", "Floods hit the valley",
         "<p>By Sam Reporter</p><p>Heavy rain flooded the valley on Tuesday, closing roads and schools.</p>"
         "<p>This story was originally published by The Associated Press on March 5, 2024.</p>"),
        ("https://press.example/catalogue/computing", "Computing", "".join(
            f"<div><h2><a href='/b/{n}'>Rivers of data: computing in {n} parts</a></h2>"
            f"<p>Published by Example University Press, 202{n}.</p></div>" for n in range(3))),
        ("https://club.example/newsletter", "Spring newsletter",
         "<p>Our spring meeting went well and the garden is thriving.</p>"
         "<footer><p>Published by Riverside Garden Club Media, 2024</p></footer>"),
    ):
        found = normalise_page(url, page(heading, body))
        assert found is None or not found.papers, heading
    # The imprint line right under a book's heading, or a sentence about its edition, still makes one.
    for body, published in (
        ("<p>by Ada Lovelace</p><p>Published by Example University Press, 2021.</p>", "2021"),
        ("<p>Notes on engines.</p><p>A print edition has been published by Example University Press in "
         "2022.</p>", "2022"),
    ):
        found = normalise_page("https://ada.example/", page("Notes on the Analytical Engine", body))
        assert [(paper.title, paper.published) for paper in found.papers] == [
            ("Notes on the Analytical Engine", published)]


def test_a_subtitle_classed_heading_after_the_titles_h1_joins_the_title_and_names_after_it_are_the_byline():
    # Fairness and Machine Learning's site (round 54's train page, 2024), pandoc output with no scholarly
    # meta: <h1 class="booktitle">, <h2 class="booksubtitle"> under it, then the authors in a second h1
    # (h1.bookauthor, closed by </h2>); the press named at the foot. The title came without its subtitle
    # and the byline was empty.
    page = ("<html><head><title>Fairness and machine learning</title></head><body><article><header>"
            "<h1 class='booktitle'>Fairness and machine learning</h1><h2 class='booksubtitle'>Limitations "
            "and Opportunities</h2><h1 class='bookauthor'>Solon Barocas, Moritz Hardt, Arvind\nNarayanan"
            "</h2>"
            "</header><p>The book has been published.</p><p>A hardcover print edition has been published by "
            "MIT Press in 2023.</p></article></body></html>")
    paper = normalise_page("https://example.org/", page).papers[0]
    assert paper.title == "Fairness and machine learning: Limitations and Opportunities"
    assert paper.authors == ["Solon Barocas", "Moritz Hardt", "Arvind Narayanan"]
    # A heading after the title that is not classed as its subtitle is no part of the title.
    plain = page.replace("<h2 class='booksubtitle'>", "<h2>")
    assert normalise_page("https://example.org/", plain).papers[0].title == "Fairness and machine learning"


def test_a_link_whose_address_is_malformed_leaves_the_page_read():
    # A hand-made page's link left from its template, "http://[link to the pdf]/round.pdf", is an address
    # urllib refuses ("Invalid IPv6 URL"): round 50's report page reading the links under the heading, the
    # PDF linked by the title's heading, a /publication/ page's other links and citation_pdf_url raised it
    # out of normalise_page, and the capture lost its record. Such a link is read as no address.
    prose = "We study how round things roll on slopes and find that the angle matters far more than the mass."
    bad = "http://[link to the pdf]/round.pdf"
    for url, head, body in (
        ("https://institute.example/reports/round", '<meta property="og:title" content="Round things"><meta '
         'property="article:published_time" content="2018-12-07">',
         f'<h1>Round things</h1><a href="{bad}">Download</a><a href="/files/round.pdf">Download</a>'),
        ("https://aclweb.example/N04-1001", '<meta name="citation_title" content="Round things">',
         f'<h2><a href="{bad}">Round things</a></h2>'),
        ("https://lab.example/publication/round/", '<meta property="og:title" content="Round things">',
         f'<h1>Round things</h1><a href="{bad}">A</a><a href="/publication/other/">B</a>'),
        ("https://lab.example/p/round/", f'<meta name="citation_title" content="Round things"><meta '
         f'name="citation_pdf_url" content="{bad}">', "<h1>Round things</h1>"),
    ):
        page = f"<html><head>{head}</head><body>{body}<p>{prose}</p></body></html>"
        found = normalise_page(url, page)
        assert found is not None and [paper.title for paper in found.papers] == ["Round things"], url


def test_a_programme_of_talk_abstracts_or_an_extended_abstracts_first_section_is_no_abstract_page():
    # Round 51's page labelled as one paper's abstract ("PDL Abstract", the title's heading right under
    # it) read the first heading so labelled on any page: a meeting's programme, "Keynote Abstract" and
    # "Invited Talk Abstract" each over a talk's title and abstract, was a record of its first talk; a
    # workshop paper's page without an h1, "Extended Abstract" over its "1 Introduction", was a paper
    # titled "1 Introduction". A page of one paper's abstract labels one, and a section of a paper's text
    # ("1 Introduction", "Background") is no title.
    prose = "We study how round things roll on slopes and find that the angle matters more than mass. " * 3
    programme = (f"<html><head><title>Programme - Round Things 2024</title></head><body><h1>Programme</h1>"
                 f"<h2>Keynote Abstract</h2><h3>Why things roll</h3><p>Ada Lovelace</p><p>{prose}</p>"
                 f"<h2>Invited Talk Abstract</h2><h3>Why things stop</h3><p>Charles Babbage</p><p>{prose}</p>"
                 "</body></html>")
    found = normalise_page("https://conf.example/programme", programme)
    assert found is None or not found.papers
    for section in ("1 Introduction", "I. INTRODUCTION", "Background"):
        paper_text = ("<html><head><title>Workshop on Round Things 2024</title></head><body><h2>Round "
                      "things roll on slopes</h2><p>Ada Lovelace, Charles Babbage</p>"
                      "<h2>Extended Abstract</h2>"
                      f"<h3>{section}</h3><p>{prose}</p><h3>2 Method</h3><p>{prose}</p></body></html>")
        found = normalise_page("https://ws.example/papers/12.html", paper_text)
        assert found is None or section not in [paper.title for paper in found.papers], section


def test_a_book_review_naming_the_press_of_the_reviewed_book_makes_no_record():
    # review11's leftover: a review's "The book, published by Example University Press in 2020, …" read as
    # a book's own page naming its press, so a blog's or a magazine's review became a record of a paper
    # titled by the review's heading and dated 2020. A page whose heading or <title> says it reviews a work
    # names the reviewed book's press.
    prose = ("<p>The book, published by Example University Press in 2020, is a long look at round things. I "
             "enjoyed it a great deal.</p><p>Its author writes with care about curvature.</p>")
    for heading in ("Review: The Book of Round Things", "Book review: The Book of Round Things",
                    "The Book of Round Things, reviewed"):
        page = f"<html><body><h1>{heading}</h1><p>By Richard Doe</p>{prose}</body></html>"
        found = normalise_page("https://blog.example/reviews/round", page)
        assert found is None or not found.papers, heading
    # The book's own page still is one.
    page = ("<html><body><h1>The Book of Round Things</h1><p>This is the website for the book, published by "
            "Example University Press in 2020.</p></body></html>")
    assert normalise_page("https://round.example/", page).papers[0].published == "2020"


def test_a_books_page_naming_its_press_in_a_sentence_on_the_textbook_or_monograph_is_its_record():
    # Review 11 kept a press named in the page's prose only in a sentence that says "book" or "edition",
    # so a book's own page that says "This textbook, published by MIT Press in 2016, covers …" or "This
    # monograph, published by …" under an "About" heading, which round 54 read, gave no record.
    for kind in ("textbook", "monograph", "handbook"):
        page = (f"<html><head><title>Deep Learning</title></head><body><h1>Deep Learning</h1><h2>About</h2>"
                f"<p>This {kind}, published by MIT Press in 2016, covers the whole field.</p></body></html>")
        assert normalise_page("https://www.deeplearning.example/", page).papers[0].published == "2016", kind


def test_a_journal_article_page_showing_its_volume_and_issue_beside_its_byline_is_a_record():
    # Round 65: a law review's own site serves its articles as WordPress posts with og:* and
    # article:published_time only, no DOI; a student Note has no abstract (Texas Law Review, 2023: 'Note -
    # by Alexandra Moore Volume 101 - Issue 5' under the h1), and another journal sets the volume and the
    # issue in boxes above the heading (Georgetown Law Journal, 2024: 'Volume 112', 'Issue' '4'). Neither
    # gave a record.
    head = ('<html><head><title>Mercy and Its Limits | Lone Star Law Review</title><meta property="og:type" '
            'content="article"><meta property="og:title" content="Mercy and Its Limits | Lone Star Law '
            'Review"><meta property="article:published_time" content="2023-04-19T23:45:23+00:00"></head>'
            '<body><nav><a href="/archive/">Archive</a><a href="/online/">Online Edition</a></nav>')
    text = ("<section><h2>Introduction</h2><p>We, as human beings, feel drawn towards mercy because, all "
            "else equal, it reduces human suffering, and a legal system that leaves no room for it will, in "
            "the end, punish more than it means to and more than anyone deserves.</p></section>"
            "</body></html>")
    below = (head + '<article><h1>Mercy and Its Limits </h1><p class="meta"><strong>Note</strong> - <span '
             'class="by-line">by <a href="/author/ana-moreno/" rel="author">Ana Moreno</a></span> <span><a '
             'href="/archive/volume-101/"><strong>Volume 101</strong></a> - <a href="/archive/volume-101/'
             'issue-5/">Issue 5</a></span></p>' + text)
    paper = normalise_page("https://lonestarlawreview.example/mercy-and-its-limits/", below).papers[0]
    assert (paper.title, paper.authors, paper.published) == (
        "Mercy and Its Limits", ["Ana Moreno"], "2023-04-19")
    above = (head + '<div><a href="/volume-110/">Volume 110</a> <a href="/volume-109/">Volume 109</a></div>'
             '<div class="kind">Article</div><div class="meta"><div class="box">Volume 112</div><div '
             'class="box"><div>Issue</div>'
             '<div>4</div></div></div><h1> Mercy and Its Limits </h1><div class="author">by Ana Moreno</div>'
             + text)
    url = "https://law.example.edu/journal/volume-112/mercy-and-its-limits/"
    paper = normalise_page(url, above).papers[0]
    assert (paper.title, paper.authors) == ("Mercy and Its Limits", ["Ana Moreno"])


def test_a_student_newspapers_story_beside_the_volume_and_issue_it_ran_in_is_no_article_record():
    # review15's leftover: a student newspaper sets the volume and the issue of its print edition beside a
    # story's heading as a law review does beside an article's ('Volume 128', 'Issue 42'), and its story
    # has a byline: the story became a record. A journal labels its piece's kind there too ('Note',
    # 'Article'); a newspaper's section ('News', 'Opinion') is no kind of scholarly piece.
    head = ('<html><head><title>Tuition rises again | The Daily Campus</title><meta property="og:type" '
            'content="article"><meta property="og:title" content="Tuition rises again | The Daily Campus">'
            '<meta property="article:published_time" content="2024-03-12T10:00:00+00:00"></head><body>')
    text = ("<p>The Board of Trustees voted on Tuesday to raise tuition by four percent, the third rise in "
            "as many years, and students said they would protest at the board's next meeting.</p>"
            "</body></html>")
    for page in (
        head + '<div class="meta"><span>Volume 128</span> <span>Issue 42</span></div><h1>Tuition rises '
        'again</h1><div class="author">by Jane Doe</div>' + text,
        head + '<h1>Tuition rises again</h1><p><span>News</span> - <span class="by-line">by <a '
        'href="/author/jane-doe/">Jane Doe</a></span> <span>Volume 128</span> - <span>Issue 42</span></p>'
        + text,
        head + '<div>News</div><div class="meta"><span>Vol. 128</span> <span>No. 42</span></div><h1>Tuition '
        'rises again</h1><div class="author">By Jane Doe</div>' + text,
    ):
        found = normalise_page("https://dailycampus.example.edu/2024/03/12/tuition-rises/", page)
        assert found is None or not found.papers, page


def test_an_issues_own_page_or_a_post_naming_a_volume_in_its_text_is_no_article_record():
    # The volume and issue must stand as a line of their own beside the heading: a page headed by the issue
    # (its table of contents), or a post whose sentences name a volume, is no article of one.
    issue = ('<html><head><meta property="og:title" content="Volume 101, Issue 5"></head><body><h1>Volume '
             '101, Issue 5</h1><p>by the Editors</p><p>Volume 101</p><p>Issue 5</p><ul><li><a href="/a/">'
             'Mercy and Its Limits</a></li><li><a href="/b/">Another Note</a></li></ul></body></html>')
    post = ('<html><head><meta property="og:title" content="Our new volume"></head><body><h1>Our new '
            'volume</h1><p>by Ana Moreno</p><p>We are proud to announce Volume 101 of the review, whose '
            'Issue 5 is out now.</p></body></html>')
    for url, page in (("https://review.example/volume-101/issue-5/", issue),
                      ("https://review.example/news/", post)):
        found = normalise_page(url, page)
        assert found is None or not found.papers, url


def test_a_journal_article_page_without_a_dated_meta_takes_the_year_its_issue_line_gives():
    # Round 65: Georgetown Law Journal's article page gives its date only as the year in a labelled box of
    # its issue line ('Volume 112', 'Issue' '4', 'Date' '2024' above the heading); the record had no date.
    page = ('<html><head><meta property="og:title" content="Mercy and Its Limits"></head><body><div>Article'
            '</div><div class="meta"><div>Volume 112</div><div><div>Issue</div><div>4</div></div><div><div>'
            '{label}</div><div>2024</div></div></div><h1>Mercy and Its Limits</h1><div>by Ana Moreno</div>'
            '<p>We, as human beings, feel drawn towards mercy because it reduces suffering, and a legal '
            'system that leaves no room for it will punish more than it means to and more than anyone '
            'deserves.</p></body></html>')
    url = "https://law.example.edu/journal/volume-112/mercy-and-its-limits/"
    assert normalise_page(url, page.format(label="Date")).papers[0].published == "2024"
    # A number that is no year's, or a year under another label (the issue's page count), dates nothing.
    assert normalise_page(url, page.format(label="Pages")).papers[0].published is None


_RFC_PAGE_ONE = """Internet Engineering Task Force (IETF)                       A. Moreno
Request for Comments: 9999                                   Example Labs
Obsoletes: <a href="/doc/html/rfc5246">5246</a>                                  W. Li
Category: Standards Track                                     Example Inc
ISSN: 2070-1721                                                August 2018


        <span class="h1">The Widget Sorting Protocol</span>
                 <span class="h1">Version 1.3</span>

Abstract

   This document specifies version 1.3 of the Widget Sorting Protocol,
   which lets two hosts agree on the order of their widgets.

   This document obsoletes RFC 5246.

Status of This Memo

   This is an Internet Standards Track document.
"""

_RFC_LAST_PAGE = """
   [RFC2119]  Bradner, S., "Key words for use in RFCs to Indicate
              Requirement Levels", BCP 14, RFC 2119,
              DOI 10.17487/RFC2119, March 1997.

Authors' Addresses

   Ana Moreno
   Example Labs

   Email: ana@example.org


   Wei Li
   Example Inc

   Email: wei@example.com
"""


def test_an_rfc_shown_as_its_plain_text_is_read_from_its_header_title_abstract_and_addresses():
    # Round 66: the IETF Datatracker's view of an RFC (and rfcmarkup's before it) is the RFC's plain text
    # in <pre>, one per printed page, with no scholarly meta and a <title> 'rfc9999': the header names the
    # authors by initial and surname and the month on its right, the title is centred under it (two
    # lines), the abstract follows 'Abstract', and the authors' full names are only in 'Authors'
    # Addresses' at the end. The references' DOIs are the cited RFCs'. The pages gave the slug for the
    # title, another RFC's DOI and nothing else.
    page = ('<html><head><title>\n  rfc9999\n</title><meta name="description" content="The Widget Sorting '
            'Protocol Version 1.3 (RFC )"></head><body><div class="content"><pre class="pre meta-info">[<a '
            'href="https://datatracker.ietf.org/">Search</a>] [<a href="https://www.rfc-editor.org/rfc/'
            'rfc9999.txt">txt</a>]\n\nFrom: draft-ietf-widget-sort-28           Proposed Standard</pre><div '
            f'class="draftcontent"><pre>{_RFC_PAGE_ONE}</pre><hr><pre class="newpage">{_RFC_LAST_PAGE}</pre>'
            '</div></div></body></html>')
    paper = normalise_page("https://datatracker.ietf.org/doc/html/rfc9999", page).papers[0]
    assert (paper.title, paper.authors, paper.published, paper.doi) == (
        "The Widget Sorting Protocol Version 1.3", ["Ana Moreno", "Wei Li"], "2018-08", None)
    assert paper.abstract == ("This document specifies version 1.3 of the Widget Sorting Protocol, which "
                              "lets two hosts agree on the order of their widgets. This document obsoletes "
                              "RFC 5246.")
    # Without the addresses, the header's spelling of the names is the record's.
    short = page.replace("Authors' Addresses", "Acknowledgements")
    assert normalise_page("https://datatracker.ietf.org/doc/html/rfc9999", short).papers[0].authors == [
        "A. Moreno", "W. Li"]


def test_a_page_of_plain_text_that_is_no_rfcs_header_is_no_rfc_record():
    # A <pre> that opens with two columns and a line 'Request for Comments' further down (an e-mail quoted
    # in a mailing list's archive) is no RFC's header.
    page = ("<html><head><title>Re: widgets</title></head><body><pre>From: Ana Moreno      Example Labs\n"
            "Date: August 2018\n\nWe should write a Request for Comments: 9999 on this.\n\nAbstract\n\n"
            "   Not an abstract.\n</pre></body></html>")
    found = normalise_page("https://mail.example.org/archive/1234", page)
    assert found is None or not found.papers or "Request for Comments" not in (found.papers[0].title or "")

_SUMMARY = ("The common law is, among other things, a mode of legal development. In this mode, judges "
            "develop the law yet act as if they were only discovering law that already existed. This sketch "
            "introduces readers to a way of thinking about law that was once instinctive for judges.")


def _online_piece(kicker: str, person: str, download: str) -> str:
    """A law review's online essay as a Drupal site serves it: no meta but a description, the kind of the
    piece over the heading, the author's name and note under it, share links and the PDF to download."""
    return ('<html><head><title>The Shape of Precedent | The Example Law Review</title><meta '
            f'name="description" content="{_SUMMARY}"></head><body><nav><ul><li><a href="/print">Print</a>'
            '</li><li><a href="/online">Online</a></li></ul></nav><article><header><div class="hero-eyebrow">'
            f'{kicker}</div><h1><span>The Shape of Precedent</span></h1><div class="field '
            f'field--name-field-authors"><div class="field__item"><div class="author--name">{person}</div>'
            f'<button>i</button><div class="author-credit"><div class="author--credentials">{person} teaches '
            'law at Example University and thanks Bo Stone for comments.</div></div></div></div></header>'
            '<div class="share"><ul><li><a href="https://twitter.com/intent/tweet?text=The+Shape">Twitter</a>'
            f'</li></ul><div><a href="/sites/default/files/2025-09/shape.pdf">{download}</a></div></div>'
            '<div class="body"><p><strong>A Preliminary Note</strong></p><p>This is a sketch of the concept '
            'of precedent as a mode of legal development, written for readers who have not met it before, '
            'with the caveats such a sketch needs and the literatures it leaves out, which are many and '
            'which deserve their own.</p></div></article></body></html>')


def test_a_journals_online_essay_labelled_so_over_its_heading_and_offered_as_a_pdf_is_a_record():
    # Round 65: The University of Chicago Law Review's online essay has no scholarly meta, no volume line and
    # no date: 'Online' 'Essay' over the heading, the author's name (its note beside it) under it, and
    # 'Download this publication' linking the essay's PDF say it is a journal's piece.
    page = _online_piece('<div>Online</div><span><div>Essay</div></span>', "Ann Lee Moreno",
                         "Download this publication")
    found = normalise_page("https://lawreview.example.edu/online-archive/shape-precedent", page)
    assert found is not None
    paper = found.papers[0]
    assert (paper.title, paper.authors, paper.published) == (
        "The Shape of Precedent", ["Ann Lee Moreno"], None)
    assert paper.abstract == _SUMMARY
    for kicker in ("Essay", "Article", "Response", "Book Review"):
        assert normalise_page("https://lawreview.example.edu/online-archive/shape-precedent",
                              _online_piece(kicker, "Ann Lee Moreno", "Download PDF")) is not None, kicker


def test_a_post_story_course_page_or_cv_shaped_as_an_online_essay_is_no_record():
    # What makes the essay a record is its kind over the heading and its own PDF under it, both: a blog
    # post or a news story labelled by its section, a magazine's essay without a PDF, a course's page
    # offering its syllabus and a CV offering itself stay no record (a web page, as before).
    for kicker, person, download in (
        ("News", "Ann Lee Moreno", "Download this publication"),  # a lab's news item
        ("Blog", "Ann Lee Moreno", "Download this publication"),
        ("Essay", "Ann Lee Moreno", "Share this essay"),  # a magazine's essay: nothing to download
        ("Essay", "Ann Lee Moreno", "Download the syllabus"),
        ("Course", "Ann Lee Moreno", "Download the syllabus"),
        ("Curriculum Vitae", "Ann Lee Moreno", "Download this publication"),
        ("Essays", "Ann Lee Moreno", "Download this publication"),  # a breadcrumb's section, not the kind
    ):
        page = _online_piece(kicker, person, download)
        assert normalise_page("https://example.edu/online/shape-precedent", page) is None, (kicker, download)


def test_a_dublin_core_tag_whose_scheme_names_a_submission_or_an_owner_is_not_the_records_date_or_author():
    # Round 67: Google Patents qualifies its Dublin Core tags by a scheme attribute: DC.date
    # scheme="dateSubmitted" is the filing (DCMI's refinement of the same name), the bare DC.date after it
    # the publication; DC.contributor scheme="inventor" are the inventors, scheme="assignee" the company
    # (or 'Individual') that holds the patent. The page gave the filing date and the assignee as an author.
    page = ('<html><head><title>US20230000001A1 - Widget sorting apparatus - Google Patents</title>'
            '<meta content="patent" name="DC.type"/>'
            '<meta content="Widget sorting apparatus" name="DC.title"/>'
            '<meta content="2023-01-05" name="DC.date" scheme="dateSubmitted"/>'
            '<meta content="US:20230000001:A1" name="citation_patent_publication_number"/>'
            '<meta content="2023-07-06" name="DC.date"/>'
            '<meta content="Ana Moreno" name="DC.contributor" scheme="inventor"/>'
            '<meta content="Wei Li" name="DC.contributor" scheme="inventor"/>'
            '<meta content="Widget Labs Inc" name="DC.contributor" scheme="assignee"/></head>'
            '<body><h1>US20230000001A1 - Widget sorting apparatus - Google Patents</h1></body></html>')
    paper = normalise_page("https://patents.google.com/patent/US20230000001A1/en", page).papers[0]
    assert (paper.title, paper.authors, paper.published) == (
        "Widget sorting apparatus", ["Ana Moreno", "Wei Li"], "2023-07-06")
    # A scheme naming an encoding (W3CDTF, ISO8601) qualifies nothing: the date is the date.
    encoded = page.replace('scheme="dateSubmitted"', 'scheme="W3CDTF"').replace(
        '<meta content="2023-07-06" name="DC.date"/>', "")
    url = "https://patents.google.com/patent/US20230000001A1/en"
    assert normalise_page(url, encoded).papers[0].published == "2023-01-05"
    # Nor does a scheme that names no party to a patent: the person stays an author.
    other = page.replace('content="Wei Li" name="DC.contributor" scheme="inventor"',
                         'content="Wei Li" name="DC.contributor" scheme="ORCID"')
    assert normalise_page(url, other).papers[0].authors == ["Ana Moreno", "Wei Li"]


_PATFT_PAGE = """<HTML><HEAD><BASE target="_top"><TITLE>United States Patent: 7000001</TITLE></HEAD>
<!-BUF1=7000001
BUF7=2006
-->
<BODY bgcolor="#FFFFFF"><A name="top"></A><CENTER><IMG src="/netaicon/PTO/patfthdr.gif"
alt="[US Patent & Trademark Office, Patent Full Text and Image Database]"><BR><TABLE><TR><TD align="center">
<A href="/netahtml/PTO/index.html"><IMG src="/netaicon/PTO/home.gif" alt="[Home]"></A></TD></TR></TABLE>
</CENTER>
<HR>
   <TABLE width="100%">
   <TR>	<TD align="left" width="50%"><b>United States Patent </b></TD>
   <TD align="right" width="50%"><b><A Name=h1 HREF=#h0></A><B><I></I></B>7,000,001</b></TD>
   </TR>
     <TR><TD align="left" width="50%"><b>
         Moreno
, &nbsp; et al.</b>
     </TD>
     <TD align="right" width="50%"> <b>
     February 14, 2006
</b></TD>
     </TR>
     </TABLE>
       <HR>
       <FONT size="+1"> Widget sorting apparatus
</FONT><BR>
       <BR><CENTER><b>Abstract</b></CENTER>
       <p> A widget sorter includes a hopper, a belt and a camera that tells one widget from
     another, so that widgets leave the belt in the order a user asks for.
</p>
       <HR>
<TABLE width="100%"> <TR> <TH scope="row" valign="top" align="left" width="10%">Inventors:</TH>
<TD align="left" width="90%">
 <B>Moreno; Ana M.</B> (Madison, WI)<B>, Li; Wei</B> (Tokyo, <B>JP</B>) </TD> </TR>
<TR> <TH scope="row" valign="top" align="left" width="10%">Assignee:</TH>
<TD align="left" width="90%"><B>Widget Labs, Inc.</B> (Madison, WI)</TD></TR>
       <TR><TH scope="row" valign="top" align="left" width="10%">Filed:
       </TH><TD align="left" width="90%">
       <b>March 19, 2004</b></TD></TR>
     </TABLE>
<HR> <CENTER><b>Prior Publication Data</b></CENTER> <HR> <TABLE width="100%"><TR><TD align=center>
US 20050000001 A1</TD><TD align=center>Jan 6, 2005</TD></TR></TABLE>
<CENTER><b>Claims</b></CENTER> <HR> <BR><BR>What is claimed is: <BR><BR>1. A widget sorter comprising a
hopper.
</BODY></HTML>"""


def test_a_patent_offices_full_text_page_is_read_from_its_header_title_line_abstract_and_inventors():
    # Round 67: the USPTO's Patent Full-Text Database (PatFT) showed a granted patent with no meta but a
    # <title> 'United States Patent: 7000001': a header table ('United States Patent' and the number, the
    # first inventor's surname and the issue date), the title in a larger font, a centred 'Abstract', then
    # labelled rows, the inventors 'Surname; Given' in bold with their towns in parentheses (the country
    # in bold too). The application's own publication, the filing and the assignee are not the record's.
    # The pages gave no record.
    url = "http://patft.uspto.gov/netacgi/nph-Parser?patentnumber=7000001"
    paper = normalise_page(url, _PATFT_PAGE).papers[0]
    assert (paper.title, paper.authors, paper.published, paper.doi) == (
        "Widget sorting apparatus", ["Ana M. Moreno", "Wei Li"], "2006-02-14", None)
    assert paper.abstract == ("A widget sorter includes a hopper, a belt and a camera that tells one widget "
                              "from another, so that widgets leave the belt in the order a user asks for.")
    # A published application (AppFT) heads its table so too, its inventors parted by semicolons.
    application = (_PATFT_PAGE.replace("United States Patent </b>", "United States Patent Application</b>")
                   .replace("<B>, Li; Wei</B> (Tokyo, <B>JP</B>)", "<B>; Li; Wei</B>; <I>(Tokyo, JP)</I>"))
    assert normalise_page(url, application).papers[0].authors == ["Ana M. Moreno", "Wei Li"]


def test_a_page_quoting_a_patents_header_under_a_title_of_its_own_is_no_record_of_the_patent():
    # Round 67's reading of a patent office's full-text page asked only for a table headed 'United States
    # Patent' and a line in a larger font: a law firm's post on a patent, quoting its header, title line
    # and abstract, and an inventor's old home page listing their patents became the patent's record
    # (titled by the post's or the list's large line, dated by the patent's issue). The office titles its
    # page 'United States Patent: <number>'.
    post = ("<html><head><title>Federal Circuit upholds widget patent | Smith &amp; Jones LLP</title></head>"
            "<body><table><tr><td>United States Patent</td><td>6,095,661</td></tr><tr><td>Issued</td><td>"
            "August 1, 2000</td></tr></table><p><font size='+1'>Federal Circuit upholds widget patent</font>"
            "</p><p>Inventors: Lebens; Gary A.</p><center>Abstract</center><p>A widget sorter that sorts "
            "widgets.</p></body></html>")
    home = ("<HTML><HEAD><TITLE>John Smith - Patents</TITLE></HEAD><BODY><TABLE><TR><TD>United States Patent"
            "</TD><TD>6,095,661</TD></TR><TR><TD></TD><TD>August 1, 2000</TD></TR></TABLE><FONT size='+1'>"
            "Method and apparatus for sorting widgets</FONT><P>My first patent, filed while at Widget Labs."
            "</P></BODY></HTML>")
    for url, page in (("https://lawfirm.example.com/blog/widget-patent", post),
                      ("https://www.example.edu/~jsmith/patents.html", home)):
        found = normalise_page(url, page)
        assert found is None or not found.papers, url


def test_a_page_with_a_large_font_line_and_an_inventors_row_but_no_patent_header_is_no_patent_record():
    # The same parts under a header that is no patent office's (a company's page of its products) are not
    # a patent's record.
    page = _PATFT_PAGE.replace("United States Patent </b>", "Widget Labs catalogue</b>")
    found = normalise_page("https://widgetlabs.example/catalogue", page)
    assert found is None or found.papers[0].authors != ["Ana M. Moreno", "Wei Li"]


_THESIS_TITLE_PAGE = """<html><head><title>Linked Data for trains - Linked Data for trains</title></head>
<body><nav><ol class="chapter"><li><a href="ch_1.html">1. Introduction</a></li>
<li><a href="ch_2.html">2. Trains</a></li></ol></nav>
<div class="menu-bar"><h1 class="menu-title">Linked Data for trains</h1>
<div class="right-buttons"><a href="print.html" title="Print this book"></a></div></div>
<main><h1 id="t"><a class="header" href="#t">Linked Data for trains</a></h1>
<p><em><div style="text-align: right">by Ada María López Pérez</div></em></p>
<p>Doctoral dissertation submitted to obtain the academic degree of</p>
<p><strong>Doctor of Computer Science Engineering</strong></p>
<h3 id="s"><a class="header" href="#s">Supervisors</a></h3>
<p>Prof. Alan Turing, PhD - Prof. Grace Hopper, PhD
Department of Engines, Faculty of Engineering, Some University</p>
<p>October 2024</p></main></body></html>"""


def test_a_theses_title_page_without_meta_is_a_record_of_the_thesis():
    # An mdBook web edition of a dissertation (round 72): no meta, the book's title twice in the tab and in
    # the menu bar's h1 over the page's own; under the heading a byline, the degree the thesis was submitted
    # for, the supervisors, and its month.
    paper = normalise_page("https://example.github.io/phd-webbook/", _THESIS_TITLE_PAGE).papers[0]
    assert paper.title == "Linked Data for trains"
    assert paper.authors == ["Ada María López Pérez"]
    assert paper.published == "2024-10"
    assert paper.doi is None and paper.abstract is None


def test_a_page_without_a_degree_statement_under_its_heading_stays_no_record():
    # The same page without the thesis's statement of its degree is any book's or site's page.
    page = _THESIS_TITLE_PAGE.replace("Doctoral dissertation submitted to obtain the academic degree of",
                                      "A book about the engineering of")
    assert normalise_page("https://example.github.io/phd-webbook/", page) is None
    # A thesis mentioned in a chapter's prose makes no title page either.
    prose = ("In my doctoral dissertation, submitted to obtain the academic degree of doctor, I argued at "
             "length that trains run on Linked Data, and this chapter takes up that argument again in the "
             "light of what the railways published since; the data and the code are in the appendix.")
    statement = "<p>Doctoral dissertation submitted to obtain the academic degree of</p>"
    page = _THESIS_TITLE_PAGE.replace(statement, "").replace("<p>October 2024</p>",
                                                             f"<p>{prose}</p><p>October 2024</p>")
    assert normalise_page("https://example.github.io/phd-webbook/", page) is None


def test_a_law_review_article_without_a_kind_label_beside_its_issue_line_is_a_record():
    # f4e4dc1 asked a journal's article page for the kind of its piece ('Article', 'Note') beside the
    # volume and issue, to keep a student newspaper's story out (its print edition's 'Volume 128' 'Issue
    # 42'): a law review that sets no kind over its article (the volume, the issue, the heading, the byline,
    # the text) gave no record. An article is long, a newspaper's story short: a text long enough to be an
    # article makes the page a record without the label.
    head = ('<html><head><title>Mercy and Its Limits | Lone Star Law Review</title><meta property="og:type" '
            'content="article"><meta property="og:title" content="Mercy and Its Limits | Lone Star Law '
            'Review"><meta property="article:published_time" content="2023-04-19T23:45:23+00:00"></head>'
            '<body>')
    paragraph = ("<p>We, as human beings, feel drawn towards mercy because, all else equal, it reduces "
                 "human suffering, and a legal system that leaves no room for it will, in the end, punish "
                 "more than it means to and more than anyone deserves.</p>")
    issue = ('<div class="meta"><div class="box">Volume 112</div><div class="box"><div>Issue</div>'
             '<div>4</div></div></div>')
    page = (head + issue + '<h1>Mercy and Its Limits</h1><div class="author">by Ana Moreno</div><section>'
            '<h2>Introduction</h2>' + paragraph * 100 + "</section></body></html>")
    url = "https://law.example.edu/journal/volume-112/mercy-and-its-limits/"
    paper = normalise_page(url, page).papers[0]
    assert (paper.title, paper.authors) == ("Mercy and Its Limits", ["Ana Moreno"])
    # The same page with a story's length is still no record: a newspaper's story beside its print issue.
    short = page.replace(paragraph * 100, paragraph * 3)
    found = normalise_page(url, short)
    assert found is None or not found.papers


def test_a_deep_nest_of_paragraphs_beside_an_issue_line_is_measured_in_linear_time():
    # The length that makes a law review's page without a kind label an article's counts its paragraphs' own
    # text once: a page in quirks mode nests paragraphs in tables (<p><table><tr><td><p> …), and counting
    # each paragraph's whole text would read the nest once a level.
    def normalising(depth):
        nest = "<p>word <table><tr><td>" * depth + "</td></tr></table></p>" * depth
        page = ('<html><head><meta property="og:title" content="Mercy and Its Limits"></head><body><div>'
                'Volume 112</div><div>Issue 4</div><h1>Mercy and Its Limits</h1><div>by Ana Moreno</div>'
                + nest + "</body></html>")
        return lambda: normalise_page("https://law.example.edu/journal/volume-112/mercy/", page)

    assert_linear_time(normalising, 8000)


# LaTeX2HTML's title page of a paper (round 75, Lee Naish's pages): the head's META description and
# resource-type its own, no scholarly meta; the H1, a centred byline in <STRONG> (\and set as " - ", a name
# in capitals, the department under a <BR>), "Abstract:" and its <DIV>, the child links, and the
# translator's <ADDRESS>: the author and the day the paper was put on the web.
_LATEX2HTML_TITLE_PAGE = """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2 Final//EN">
<!--Converted with LaTeX2HTML 98.1p1 release (March 2nd, 1998) -->
<HTML><HEAD><TITLE>Folding Prolog Terms</TITLE>
<META NAME="description" CONTENT="Folding Prolog Terms">
<META NAME="keywords" CONTENT="fold">
<META NAME="resource-type" CONTENT="document">
<META NAME="distribution" CONTENT="global">
<LINK REL="next" HREF="node1.html"></HEAD>
<BODY>
<!--Navigation Panel-->
<A NAME="tex2html4" HREF="node1.html"><IMG ALT="next" SRC="next_motif.gif"></A>
<BR><B> Next:</B> <A NAME="tex2html5" HREF="node1.html">Motivation</A><BR><BR>
<!--End of Navigation Panel-->
<P>
<H1 ALIGN="CENTER">Folding Prolog Terms</H1>
<P ALIGN="CENTER"><STRONG>ADA LOVELACE - Charles Babbage<BR>
Department of Computing <BR>
University of Somewhere</STRONG></P>
<P ALIGN="LEFT"></P>
<P>
<H3>Abstract:</H3>
<DIV>
This paper folds terms of Prolog programs over their types, and shows how the folds
are written once for every type a program declares, by a tool that reads its declarations.
</DIV>
<P><BR><HR>
<!--Table of Child-Links-->
<A NAME="CHILD_LINKS">&#160;</A>
<UL><LI><A NAME="tex2html6" HREF="node1.html">Motivation</A>
<LI><A NAME="tex2html7" HREF="node2.html">Bibliography</A></UL>
<!--End of Table of Child-Links-->
<BR><HR>
<ADDRESS>
<I>Ada Lovelace</I>
<BR><I>1999-03-14</I>
</ADDRESS>
</BODY></HTML>
"""


def test_a_latex2html_title_page_reads_its_byline_and_the_day_its_address_gives():
    paper = normalise_page("https://example.org/~ada/fold/index.html", _LATEX2HTML_TITLE_PAGE).papers[0]
    assert paper.title == "Folding Prolog Terms"
    assert paper.authors == ["Ada Lovelace", "Charles Babbage"]
    assert paper.published == "1999-03-14"
    assert paper.abstract.startswith("This paper folds terms of Prolog programs")
    assert paper.doi is None


def test_a_latex2html_title_page_without_its_meta_is_read_alike():
    # Its meta taken off, the translator's marks in the body (tex2html anchors, CHILD_LINKS) say what it is.
    bare = "\n".join(line for line in _LATEX2HTML_TITLE_PAGE.splitlines() if not line.startswith("<META"))
    paper = normalise_page("https://example.org/~ada/papers/fold/index.html", bare).papers[0]
    assert paper.authors == ["Ada Lovelace", "Charles Babbage"]
    assert paper.published == "1999-03-14"


def test_a_latex2html_report_dated_in_its_author_block_is_a_record_without_an_abstract():
    # LaTeX2HTML 2018's title page of a technical note (round 75, William Cooper's Ranadu note): the
    # \author line a facility's name, the \date line "Version: February 2019", both in DIV.author_info,
    # then only the child links: no abstract, no ADDRESS.
    page = """<!DOCTYPE HTML>
<!--Converted with LaTeX2HTML 2018.3 (Released July 19, 2018) -->
<HTML lang="EN"><HEAD><TITLE>Tools for Aircraft Data Files</TITLE>
<META NAME="description" CONTENT="Tools for Aircraft Data Files">
<META NAME="resource-type" CONTENT="document">
<META NAME="distribution" CONTENT="global">
<META NAME="Generator" CONTENT="LaTeX2HTML v2018.3"></HEAD>
<BODY>
<DIV CLASS="navigation"><A HREF="node1.html"><IMG ALT="next" SRC="next.png"></A>
<B> Next:</B> <A HREF="node1.html">1. Introduction</A><BR></DIV>
<H1 class="CENTER">Tools for Aircraft Data Files</H1>
<DIV CLASS="author_info">
<P class="CENTER"><STRONG>Flight Data Facility, EOL/NCAR</STRONG></P>
<P class="CENTER"><STRONG>Version: February 2019</STRONG></P>
</DIV>
<BR><HR>
<A ID="CHILD_LINKS"></A>
<UL CLASS="ChildLinks"><LI><A ID="tex2html26" HREF="node1.html">1. Introduction</A>
<LI><A ID="tex2html27" HREF="node2.html">2. Getting Started</A></UL>
<BR><HR>
</BODY></HTML>
"""
    paper = normalise_page("https://example.github.io/Tools.html", page).papers[0]
    assert paper.title == "Tools for Aircraft Data Files"
    assert paper.authors == ["Flight Data Facility, EOL/NCAR"]
    assert paper.published == "2019-02"
    assert paper.abstract is None


def test_a_latex2html_section_page_is_no_record():
    # A node page of the same translation: its <TITLE> and H1 the section's, no byline under it.
    page = """<!--Converted with LaTeX2HTML 98.1p1 release (March 2nd, 1998) -->
<HTML><HEAD><TITLE>Motivation</TITLE>
<META NAME="description" CONTENT="Motivation">
<META NAME="resource-type" CONTENT="document">
<META NAME="distribution" CONTENT="global"></HEAD>
<BODY><A NAME="tex2html30" HREF="node2.html">next</A>
<H1><A NAME="SECTION00010000000000000000">Motivation</A></H1>
<P>Programs that fold terms are written again for every type, and this section says why that costs
programmers more than it should, and what a tool can do about it.</P>
<ADDRESS><I>Ada Lovelace</I><BR><I>1999-03-14</I></ADDRESS></BODY></HTML>
"""
    found = normalise_page("https://example.org/~ada/papers/fold/node1.html", page)
    assert found is None or not found.papers[0].authors


# TeX4ht's \maketitle (round 75, Pedro Ribeiro Mendes Júnior's site): div.maketitle with h2.titleHead,
# div.author (a <br /> between people, each a link) and div.date; no meta but TeX4ht's generator. A paper's
# supplementary-material page titles itself after the paper and cites it in its date line.
_TEX4HT_SUPPLEMENT = """<!DOCTYPE html>
<html lang='en' xml:lang='en'><head>
<title>Supplementary Material for “Open-Set Nearest Neighbours”</title>
<meta charset='utf-8' />
<meta content='TeX4ht (https://tug.org/tex4ht/)' name='generator' />
<meta content='ossnn.tex' name='src' />
</head><body>
<div class='maketitle'>
<h2 class='titleHead'>Supplementary Material for<br />
“Open-Set Nearest Neighbours”</h2>
 <div class='author'> <a href='https://example.org/'><span class='cmr-12'>Ana Maria de Souza Lima</span></a>
<br />  <a href='https://example.org/bo'><span class='cmr-12'>Bo Chen</span></a><br /></div><br />
<div class='date'><span class='cmr-12'>Results, data, and code for [</span><a href='#x1-1003r1'><span
class='cmr-12'>1</span></a><span class='cmr-12'>]</span></div>
</div>
<!-- l. 19 --><p class='noindent'>Through the following link, we provide extra results for the paper, and
the raw results of each experiment with the script that ran the statistical tests on them.</p>
<h3 class='likesectionHead' id='reference'><a id='x1-1000'></a>Reference</h3>
<table class='tabular' id='TBL-4'><tr id='TBL-4-1-'><td class='td11'> <a id='x1-1003r1'></a>[1] </td>
<td class='td11'><p class='noindent'>de Souza Lima, Ana; Chen, Bo (2022),
<a href='https://doi.org/10.5555/OSNN.2021.42'>“Open-Set Nearest Neighbours”</a>,
<span class='cmti-10'>Journal of Open Sets</span>. 52(6):3785–3798.</p></td></tr>
<tr id='TBL-4-2-'><td class='td11'> <a id='x1-1004r2'></a>[2] </td>
<td class='td11'><p class='noindent'>Earlier, Ed (2017), <a href='https://doi.org/10.5555/EARLY.2017'>“An
earlier paper”</a>, Letters.</p></td></tr></table>
<div class='footenv'><span class='cmr-8'>Last updated on</span><br />
<span class='cmr-8'>May 19, 2023</span></div>
</body></html>
"""


def test_a_tex4ht_supplement_page_is_a_record_of_the_paper_its_date_line_cites():
    paper = normalise_page("https://example.github.io/OSNN.html", _TEX4HT_SUPPLEMENT).papers[0]
    assert paper.title == "Open-Set Nearest Neighbours"
    assert paper.authors == ["Ana Maria de Souza Lima", "Bo Chen"]
    assert paper.published == "2022"
    assert paper.doi == "10.5555/OSNN.2021.42"
    assert paper.abstract is None


def test_a_tex4ht_paper_reads_its_maketitle_and_abstract():
    # A paper's whole text as TeX4ht writes it: the \author line one line of names, the abstract in
    # div.abstract under its h3.abstracttitle.
    page = """<html><head><title>Inlining across languages</title>
<meta name="generator" content="TeX4ht (https://tug.org/tex4ht/)"></head><body>
<div class="maketitle"><h2 class="titleHead">Inlining across languages</h2>
<div class="author"><span class="cmr-12">Ada Lovelace, Charles Babbage</span></div><br />
<div class="date"><span class="cmr-12">March 2025</span></div></div>
<div class="abstract"><h3 class="abstracttitle"><span class="cmbx-9">Abstract</span></h3>
<p class="noindent"><span class="cmr-9">We inline functions written in one language into a kernel written
in another, through the compiler's intermediate representation, at no cost to the kernel's speed.</span></p>
</div>
<h3 class="sectionHead">1 Introduction</h3><p>Inlining is an old optimisation of compilers.</p>
</body></html>
"""
    paper = normalise_page("https://example.org/inlining.html", page).papers[0]
    assert paper.title == "Inlining across languages"
    assert paper.authors == ["Ada Lovelace", "Charles Babbage"]
    assert paper.published == "2025-03"
    assert paper.abstract.startswith("We inline functions written in one language")


# HeVeA's \maketitle (review 21): table.title holding h1.titlemain and an h3.titlerest for the \author
# block (the affiliation after a <br>) and one for the \date; the abstract a blockquote.abstract, the
# footer's link to hevea.inria.fr. Markup as HeVeA 2.30 writes it (Ted Ralphs's ISE 407 problem set, whose
# head and comments these are) and as a repository's HeVeA-styled template (@repository_name@) copies it.
_HEVEA_TITLE_PAGE = """<!DOCTYPE html>
<html >
<head>
<meta http-equiv="Content-Type" content="text/html; charset=US-ASCII">
<meta name="generator" content="hevea 2.30">
<style type="text/css">
.title{margin:2ex auto;text-align:center}
.titlemain{margin:1ex 2ex 2ex 1ex;}
.titlerest{margin:0ex 2ex;}
</style>
<title>Join patterns for the working programmer</title>
</head>
<body >
<!--HEVEA command line is: /usr/bin/hevea joins.tex -->
<!--CUT STYLE article--><!--CUT DEF section 1 -->
<table class="title"><tr><td style="padding:1ex">
<h1 class="titlemain">Join patterns for the working programmer</h1>
<h3 class="titlerest">Ada Lovelace and Charles Babbage<br>
INRIA Rocquencourt</h3><h3 class="titlerest">March 4, 2005</h3></td></tr>
</table><blockquote class="abstract"><span style="font-weight:bold">Abstract: </span>
We show how join patterns, the synchronisation construct of the join calculus, compile to a
small set of automata that a working programmer can read, and measure what they cost.
</blockquote>
<!--TOC section id="sec1" Introduction-->
<h2 id="sec1" class="section">1&#XA0;&#XA0;Introduction</h2><!--SEC END --><p>Join patterns are old.</p>
<!--CUT END -->
<hr style="height:2"><blockquote class="quote"><em>This document was translated from
L<sup>A</sup>T<sub>E</sub>X by </em><a href="http://hevea.inria.fr/index.html"><em>H</em><em><span
style="font-size:small"><sup>E</sup></span></em><em>V</em><em><span
style="font-size:small"><sup>E</sup></span></em><em>A</em></a>
<em>.</em></blockquote></body>
</html>
"""


@pytest.mark.parametrize("meta", [True, False], ids=["with-meta", "no-meta"])


def test_a_hevea_title_page_parts_its_authors_from_the_affiliation_and_reads_its_date_line(meta):
    page = _HEVEA_TITLE_PAGE if meta else _HEVEA_TITLE_PAGE.replace(
        '<meta name="generator" content="hevea 2.30">\n', "")
    paper = normalise_page("https://example.github.io/joins.html", page).papers[0]
    assert paper.title == "Join patterns for the working programmer"
    assert paper.authors == ["Ada Lovelace", "Charles Babbage"]
    assert paper.published == "2005-03-04"
    assert paper.abstract.startswith("We show how join patterns")


# HeVeA sets LaTeX's \and as \quad, two no-break spaces (latexcommon.hva: \newcommand{\and}{\quad}; its
# section numbers show the same "1&#XA0;&#XA0;Introduction"), and a tabular as a table whose cells it styles
# by their column (html.ml's as_align: style="text-align:center;white-space:nowrap"). So
# \author{Ada Lovelace\\INRIA Rocquencourt \and Charles Babbage\\University of Cambridge} sets the second
# person after the first one's affiliation, past a <br>; a tabular for each person, or one of a column each,
# puts each name in a cell of its own.
_HEVEA_CELL = '<td style="text-align:center;white-space:nowrap" >{}</td>'
_HEVEA_TABLE = '<table style="border-spacing:6px;border-collapse:separate" class="cellpading0">{}</table>'


def _hevea_person(name: str, affiliation: str) -> str:
    rows = f"<tr>{_HEVEA_CELL.format(name)}</tr><tr>{_HEVEA_CELL.format(affiliation)}</tr>"
    return _HEVEA_TABLE.format(rows)


@pytest.mark.parametrize("byline", [
    "Ada Lovelace<br>\nINRIA Rocquencourt &#XA0;&#XA0;Charles\nBabbage<br>\nUniversity of Cambridge",
    _hevea_person("Ada Lovelace", "INRIA Rocquencourt") + "&#XA0;&#XA0;"
    + _hevea_person("Charles Babbage", "University of Cambridge"),
    _HEVEA_TABLE.format("<tr>" + _HEVEA_CELL.format("Ada Lovelace") + _HEVEA_CELL.format("Charles Babbage")
                        + "</tr><tr>" + _HEVEA_CELL.format("INRIA Rocquencourt")
                        + _HEVEA_CELL.format("University of Cambridge") + "</tr>"),
], ids=["and-after-a-break", "a-tabular-each", "a-column-each"])


def test_a_hevea_title_block_reads_every_author_its_and_sets_apart(byline):
    page = _HEVEA_TITLE_PAGE.replace("Ada Lovelace and Charles Babbage<br>\nINRIA Rocquencourt", byline)
    paper = normalise_page("https://example.github.io/joins.html", page).papers[0]
    assert paper.authors == ["Ada Lovelace", "Charles Babbage"]
    assert paper.published == "2005-03-04"


# LaTeXML's rendering of a paper served outside arXiv (review 21): no meta, the document an
# article.ltx_document, each author a span.ltx_creator whose ltx_personname may hold an affiliation after
# a <br class="ltx_break"> (the affiliation may also be an ltx_author_notes beside it), the date a
# div.ltx_dates in brackets (before 0.8.5 a div.ltx_date.ltx_role_creation). As LaTeXML 0.8.1 wrote the
# SixTrack Physics Manual (SixTrack/SixTrackWeb: one personname holding every name, a comma apart) and as
# a blog's LaTeXML page ("SVM and Polytope Distance", "(October 2023)") shows it.
_LATEXML_DOCUMENT = """<!DOCTYPE html><html lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>Sparse routing at fixed compute</title>
<!--Generated on Tue Mar  4 10:12:31 2025 by LaTeXML (version 0.8.8) http://dlmf.nist.gov/LaTeXML/.-->
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<link rel="stylesheet" href="LaTeXML.css" type="text/css">
<link rel="stylesheet" href="ltx-article.css" type="text/css">
</head>
<body>
<div class="ltx_page_main">
<div class="ltx_page_content">
<article class="ltx_document ltx_authors_1line">
<h1 class="ltx_title ltx_title_document">Sparse routing at fixed compute</h1>
<div class="ltx_authors">
<span class="ltx_creator ltx_role_author">
<span class="ltx_personname">Ada Lovelace<sup class="ltx_sup">1</sup>
</span><span class="ltx_author_notes">
<span class="ltx_contact ltx_role_affiliation"><sup class="ltx_sup">1</sup>Analytical Engine Institute</span>
</span></span>
<span class="ltx_author_before">  and  </span><span class="ltx_creator ltx_role_author">
<span class="ltx_personname">Charles Babbage
<br class="ltx_break">Difference Engine Laboratory
</span></span>
</div>
<div class="ltx_dates">(March 2025)</div>
<div class="ltx_abstract">
<h6 class="ltx_title ltx_title_abstract">Abstract</h6>
<p class="ltx_p">We show that routing tokens to a small number of experts recovers the accuracy of a
network three times deeper at equal inference cost, across four scales.</p>
</div>
<section id="S1" class="ltx_section">
<h2 class="ltx_title ltx_title_section"><span class="ltx_tag ltx_tag_section">1 </span>Introduction</h2>
<div id="S1.p1" class="ltx_para"><p class="ltx_p">Depth costs time.</p></div>
</section>
</article>
</div>
<footer class="ltx_page_footer">
<div class="ltx_page_logo">Generated  on Tue Mar  4 10:12:31 2025 by <a href="http://dlmf.nist.gov/LaTeXML/"
class="ltx_LaTeXML_logo">LaTeXML</a></div></footer>
</div>
</body>
</html>
"""


@pytest.mark.parametrize("meta", [True, False], ids=["with-meta", "no-meta"])


def test_a_latexml_document_outside_arxiv_reads_its_creators_and_dates(meta):
    page = _LATEXML_DOCUMENT if meta else "\n".join(
        line for line in _LATEXML_DOCUMENT.splitlines() if not line.startswith("<meta"))
    paper = normalise_page("https://example.github.io/routing/", page).papers[0]
    assert paper.title == "Sparse routing at fixed compute"
    assert paper.authors == ["Ada Lovelace", "Charles Babbage"]
    assert paper.published == "2025-03"
    assert paper.abstract.startswith("We show that routing tokens")


def test_a_latexml_personname_of_several_people_is_parted_at_its_commas():
    # LaTeXML 0.8.1 (the SixTrack Physics Manual): one creator for the whole \author line, and the older
    # date block.
    page = """<html><head><title>Tracking Physics Manual (Draft)</title></head><body>
<article class="ltx_document">
<h1 class="ltx_title ltx_title_document">Tracking Physics Manual (Draft)</h1>
<div class="ltx_authors">
<span class="ltx_creator ltx_role_author">
<span class="ltx_personname">R. De Maria, M. Fitterer, A. Lovelace
</span></span>
</div>
<div class="ltx_date ltx_role_creation">February 23, 2018</div>
<section class="ltx_section"><h2 class="ltx_title ltx_title_section">1 Introduction</h2>
<p class="ltx_p">The tracking code follows two particles through a ring.</p></section>
</article></body></html>"""
    paper = normalise_page("https://example.web.cern.ch/docs/physics/manual.html", page).papers[0]
    assert paper.authors == ["R. De Maria", "M. Fitterer", "A. Lovelace"]
    assert paper.published == "2018-02-23"


# LaTeXML writes every ltx:date of the front matter into the one div.ltx_dates, in brackets, each after its
# name if its class gives it one, a semicolon apart (LaTeXML-structure-xhtml.xsl's "dates" template): a \date
# and a journal class's \received, \revised, \accepted, \published, which some bindings name ("Received")
# and some leave bare (role=received, no name).
@pytest.mark.parametrize("dates, published", [
    ("(Received 3 January 2025; Accepted 2 March 2025; Published 20 March 2025)", "2025-03-20"),
    ("(Published online 20 March 2025; Received 3 January 2025)", "2025-03-20"),
    ("(3 January 2025; 2 March 2025)", "2025-01-03"),
    ("(Received 3 January 2025; March 2025)", "2025-03"),
    ("(Received 3 January 2025; Revised 10 February 2025; Accepted 2 March 2025)", None),
], ids=["labelled", "published-first", "unlabelled", "a-date-after-received", "no-publication"])


def test_a_latexml_dates_block_of_several_dates_gives_the_published_day_never_the_received(dates, published):
    page = _LATEXML_DOCUMENT.replace("(March 2025)", dates)
    assert normalise_page("https://example.github.io/routing/", page).papers[0].published == published


# Org mode's HTML export of a paper (review 21): no scholarly meta but the author meta (several people one
# tag, a comma apart) and the generator's; h1.title, the abstract a div.abstract (#+begin_abstract), and the
# postamble: "Date:" (#+DATE) before "Author:", then "Created:", the day of the export. As Org 9.3 wrote
# Musa Al-hassy's org-special-block-extras page (meta author, postamble "Author: Musa Al-hassy" and
# "Created: 2020-04-16 Thu 22:37") and Org 9.6 writes the "Date:" line (a Neovim Org exporter's test of
# its parity with Org).
_ORG_EXPORT = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN"
"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="en" xml:lang="en">
<head>
<!-- 2024-05-02 Thu 09:14 -->
<meta http-equiv="Content-Type" content="text/html;charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>Literate builds for numerical experiments</title>
<meta name="author" content="Ada Lovelace, Charles Babbage" />
<meta name="generator" content="Org Mode" />
<style>
  .title  { text-align: center; margin-bottom: .2em; }
</style>
</head>
<body>
<div id="content" class="content">
<h1 class="title">Literate builds for numerical experiments</h1>
<div class="abstract" id="org1a2b3c4">
<p>
We keep a numerical experiment's code, data and prose in one Org file, and show that building
it again years later gives the same tables when its environment is pinned.
</p>

</div>
<div id="table-of-contents" role="doc-toc">
<h2>Table of Contents</h2>
<div id="text-table-of-contents" role="doc-toc">
<ul>
<li><a href="#org5d6e7f8">1. Introduction</a></li>
</ul>
</div>
</div>
<div id="outline-container-org5d6e7f8" class="outline-2">
<h2 id="org5d6e7f8"><span class="section-number-2">1.</span> Introduction</h2>
<div class="outline-text-2" id="text-1">
<p>
Experiments rot.
</p>
</div>
</div>
</div>
<div id="postamble" class="status">
<p class="date">Date: 2024-04-30</p>
<p class="author">Author: Ada Lovelace, Charles Babbage</p>
<p class="date">Created: 2024-05-02 Thu 09:14</p>
<p class="validation"><a href="https://validator.w3.org/check?uri=referer">Validate</a></p>
</div>
</body>
</html>
"""


@pytest.mark.parametrize("meta", [True, False], ids=["with-meta", "no-meta"])


def test_an_org_export_reads_its_author_meta_or_postamble_and_its_date_line(meta):
    page = _ORG_EXPORT if meta else "\n".join(
        line for line in _ORG_EXPORT.splitlines() if not line.startswith("<meta"))
    paper = normalise_page("https://example.github.io/literate-builds.html", page).papers[0]
    assert paper.title == "Literate builds for numerical experiments"
    assert paper.authors == ["Ada Lovelace", "Charles Babbage"]
    assert paper.published == "2024-04-30"
    assert paper.abstract.startswith("We keep a numerical experiment's code")


def test_an_org_export_without_a_date_line_is_dated_by_its_export_and_its_author_line_drops_the_mailbox():
    # Org 7's postamble: the author's mailbox linked beside the name, no #+DATE, the export's stamp.
    page = _ORG_EXPORT.replace('<p class="date">Date: 2024-04-30</p>\n', "").replace(
        "Author: Ada Lovelace, Charles Babbage",
        'Author: Ada Lovelace <a href="mailto:ada@example.org">&lt;ada@example.org&gt;</a>').replace(
        '<meta name="author" content="Ada Lovelace, Charles Babbage" />\n', "")
    paper = normalise_page("https://example.github.io/literate-builds.html", page).papers[0]
    assert paper.authors == ["Ada Lovelace"]
    assert paper.published == "2024-05-02"


@pytest.mark.parametrize("heading", [
    '<h1 class="title">Literate builds for numerical experiments<br />\n<span class="subtitle">{}</span>\n'
    "</h1>",
    '<header>\n<h1 class="title">Literate builds for numerical experiments</h1>\n<p class="subtitle">{}</p>\n'
    "</header>",
], ids=["subtitle-in-the-title", "html5-fancy"])


def test_an_org_export_dated_in_its_subtitle_is_dated_by_it_not_by_its_export(heading):
    # Org writes #+SUBTITLE into h1.title after a <br />, or with html5-fancy as a p.subtitle in a <header>
    # (ox-html's org-html-template, Org 9.1); a paper that states its date there ("#+SUBTITLE: Draft of 3
    # March 2021") and sets no #+DATE shows no "Date:" line, only the export's "Created:" stamp, which a
    # reader takes for when the page was made, not the paper.
    undated = _ORG_EXPORT.replace('<p class="date">Date: 2024-04-30</p>\n', "")
    title = '<h1 class="title">Literate builds for numerical experiments</h1>'
    for shown in ("3 March 2021", "Draft of 3 March 2021"):
        page = undated.replace(title, heading.format(shown))
        paper = normalise_page("https://example.github.io/literate-builds.html", page).papers[0]
        assert paper.title == "Literate builds for numerical experiments"
        assert paper.published == "2021-03-03"
    # A #+DATE in free text is its "Date:" line as written, and dates the paper before any subtitle does.
    free = _ORG_EXPORT.replace("Date: 2024-04-30", "Date: 3 March 2021")
    free = free.replace(title, heading.format("May 2022"))
    paper = normalise_page("https://example.github.io/literate-builds.html", free).papers[0]
    assert paper.published == "2021-03-03"


def test_an_org_export_with_no_abstract_is_a_post_of_the_same_title_writers_and_day():
    # An Org file exported as a page is as often a note or a tutorial: with no abstract it is no paper's page,
    # and was no record at all until stop 79's pending95 read Org exports as posts (org_exports, Appleby's
    # notes of round 248). The lead's stop-79 reading: such a post is what the page says it is, the same
    # title, writers (its author meta) and day the export with an abstract gives, and no abstract.
    page = _ORG_EXPORT.replace('<div class="abstract" id="org1a2b3c4">', '<div id="org1a2b3c4">')
    paper = normalise_page("https://example.github.io/literate-builds.html", page).papers[0]
    assert (paper.title, paper.authors, paper.published, paper.abstract) == (
        "Literate builds for numerical experiments", ["Ada Lovelace", "Charles Babbage"], "2024-04-30", None)


def test_reading_a_tex4ht_abstract_leaves_the_page_tree_as_it_was():
    # converted_pages took the abstract's "Abstract" heading out of the parsed page itself, and every reader
    # after it read a page without it.
    from papershelf.normalise.converted_pages import converted_title_page
    from papershelf.normalise.html_meta import parse_page

    page = parse_page(
        "<html><head><title>Round Things</title></head><body><div class='maketitle'>"
        "<h2 class='titleHead'>Round Things and Their Uses</h2><div class='author'>Ada Lovelace<br />"
        "Charles Babbage</div><div class='date'>March 21, 2016</div></div><div class='abstract'>"
        "<div class='abstracttitle'>Abstract</div><p>We report what round things are for.</p></div>"
        "</body></html>")
    record = converted_title_page(page)
    assert record is not None and record.abstract == "We report what round things are for."
    assert page.tree.css_first("div.abstracttitle") is not None


def test_a_news_article_in_json_ld_that_names_its_writers_is_a_record():
    # A think tank types its research notes as schema.org NewsArticle (Brookings, 2023-2025: a second JSON-LD
    # block beside Yoast's graph, with headline, datePublished and creator, and no citation_* meta): a piece
    # with its writers and its date, which a reader cites as a report. Its description is a teaser, as a blog
    # post's is, not an abstract the page shows.
    article = ('{"context": "http://schema.org", "@type": "NewsArticle", "headline": "Ten years after the '
               'round crisis: uneven progress", "datePublished": "2018-09-06T07:52:28Z", "creator": ["Ada '
               'Lovelace", "Mary Somerville"], "description": "Two economists weigh how far round things '
               'have come."}')
    page = ("<html><head><title>Ten years after the round crisis: uneven progress</title>"
            '<meta property="og:type" content="article">'
            f'<script type="application/ld+json">{article}</script></head><body><p>Research</p>'
            "<h1>Ten years after the round crisis: uneven progress</h1>"
            "<p>September 6, 2018</p><p>The world economy has come a long way since the round crisis a "
            "decade ago, and this note weighs how far.</p></body></html>")
    paper = normalise_page("https://www.example.org/articles/ten-years/", page).papers[0]
    assert paper.title == "Ten years after the round crisis: uneven progress"
    assert paper.authors == ["Ada Lovelace", "Mary Somerville"]
    assert paper.published == "2018-09-06"
    assert paper.abstract is None
    # One that names nobody is a news story like any other, no record of its own.
    nameless = page.replace('"creator": ["Ada Lovelace", "Mary Somerville"], ', "")
    found = normalise_page("https://www.example.org/articles/ten-years/", nameless)
    assert found is None or not found.papers


def test_an_hatom_entry_with_its_author_and_day_is_a_record_without_meta():
    # ScienceNOW (round 78, Movable Type, 2011): no scholarly, og or JSON-LD meta; the story is an hAtom
    # entry, its h1.entry-title, its author an hCard and its day an abbr.published with the date in its
    # title. The microformat names the piece's title, author and day as a JSON-LD article with its author
    # does, and that makes a record of it.
    prose = "<p>A new study suggests that the earliest birds found their way by smell, the team reports.</p>"
    page = ("<html><head><title>Early Round Birds - Science Now</title></head><body>"
            '<div id="entry-1" class="content hentry">'
            '<h1 class="asset-name entry-title">Early Round Birds</h1>'
            '<div class="asset-meta"><span class="byline">by <span class="hcard author">Ada Lovelace</span>'
            '</span> on <abbr class="published" title="12 April 2011">12 April 2011, 7:03 PM</abbr></div>'
            f"{prose * 3}</div></body></html>")
    paper = normalise_page("https://news.example.org/now/2011/04/early-round-birds.html", page).papers[0]
    assert (paper.title, paper.authors, paper.published) == (
        "Early Round Birds", ["Ada Lovelace"], "2011-04-12")
    assert paper.abstract is None and paper.doi is None
    # A page that marks several entries is a listing of posts; an entry without its day is no more than
    # any other news story: neither is a record. (An entry that marks its own day but no author is a
    # dated post, its author unknown: round 90's PsyBlog, the test after the next.)
    for other in (page.replace("</div></body>", '</div><div class="hentry"><h2 class="entry-title">Other'
                               '</h2></div></body>'),
                  page.replace(' class="published"', "")):
        found = normalise_page("https://news.example.org/now/2011/04/early-round-birds.html", other)
        assert found is None or not found.papers


def test_an_hatom_entry_naming_its_author_by_an_hcard_name_and_dated_in_meta_is_a_record():
    # ScienceBlogs.de (round 86, WordPress, 2023): the post is the page's one .hentry with its
    # h1.entry-title; its author is marked only by the hCard's name (<span class="fn"> holding a rel=author
    # link, no .author around it) and its day by no .published, only by article:published_time, the byline
    # showing it ("Von Thilo / 6. November 2023"). A dated piece by a named person, as an hAtom entry with
    # its .author and .published is: a record, its author the one name the byline gives.
    prose = "<p>In Vorlesungen erzähle ich den Studenten, dass es Zufall nur in der Quantenphysik gibt.</p>"
    page = ('<html><head><title>Runde Münzen | Mathlog</title>'
            '<meta property="og:title" content="Runde Münzen">'
            '<meta property="article:published_time" content="2023-11-06T10:32:11+00:00"></head><body>'
            '<div id="post-1" class="post-full hentry"><div class="header"><h1 class="entry-title">'
            '<a rel="bookmark" href="/mathlog/2023/11/06/runde-muenzen/">Runde Münzen</a></h1></div>'
            '<div class="content entry-meta">Von {} / 6. November 2023 / Keine Kommentare</div>'
            f'<div class="content entry-content">{prose * 3}</div></div></body></html>')
    url = "https://blogs.example.de/mathlog/2023/11/06/runde-muenzen/"
    for author in ('<span class="fn"><a href="/mathlog/author/ada/" rel="author">Ada</a></span>',
                   '<a href="/mathlog/author/ada/" rel="author">Ada</a>'):
        paper = normalise_page(url, page.format(author)).papers[0]
        record = (paper.title, paper.authors, paper.published)
        assert record == ("Runde Münzen", ["Ada"], "2023-11-06"), author
    # Without its day in meta (nor a .published), or without any mark of its author, it is no hAtom entry's
    # record. (At a dated address that its heading links, the day the byline shows is the address's, and
    # dates the post as permalinked_post reads one, round 94: the address here is undated.)
    undated = "https://blogs.example.de/mathlog/runde-muenzen/"
    for other in (page.replace('<meta property="article:published_time" content="2023-11-06T10:32:11+00:00">',
                               "").format('<span class="fn">Ada</span>'),
                  page.format("Ada")):
        found = normalise_page(undated, other)
        assert found is None or not found.papers, other


def test_a_story_whose_og_title_heads_a_by_line_and_a_day_is_a_record_without_scholarly_meta():
    # The Los Angeles Times (2013) and The Space Reporter (2013): a news story with og:title and nothing
    # scholarly; under the heading og:title names, a line "By Alan Zarembo, Los Angeles Times" (or "By Max
    # Sonnenberg," and the site's name in an <em>) and the story's day. A dated piece by a named person, its
    # title given in meta, as a JSON-LD article with its author or an hAtom entry is: a record. The
    # paper's or site's name after the person, which the page's own meta names, is no author.
    prose = "<p>A new study suggests that the earliest birds found their way by smell, the team reports.</p>"
    page = ('<html><head><title>Early round birds - example.com</title><meta property="og:title" '
            'content="Early round birds"><meta name="author" content="The Example Times"></head><body>'
            '<div class="story"><h1>Early round birds</h1><h2>Birds that smelled their way home.</h2>'
            '<div class="byline"><span class="byline">{}</span><p class="date">June 5, 2013, 7:05 p.m.</p>'
            f"</div>{prose * 3}</div></body></html>")
    url = "https://news.example.com/science/la-sci-early-round-birds-20130606,0,1.story"
    for line in ("By Ada Lovelace, The Example Times", "By Ada Lovelace, <em>The Example Times</em>"):
        paper = normalise_page(url, page.format(line)).papers[0]
        assert (paper.title, paper.authors, paper.published) == (
            "Early round birds", ["Ada Lovelace"], "2013-06-05"), line
    # Without the day, without a "By" line, or without a title in meta, it is no more than any other page.
    for other in (page.replace("June 5, 2013, 7:05 p.m.", "Comments").format("By Ada Lovelace"),
                  page.format("Ada Lovelace"),
                  page.replace('<meta property="og:title" content="Early round birds">', "").format(
                      "By Ada Lovelace")):
        found = normalise_page(url, other)
        assert found is None or not found.papers, other


def test_a_by_line_that_gives_the_day_after_a_bar_names_the_writer_before_it():
    # Live Science (round 86, 2014): og:title and nothing scholarly; under the h1 one line holds the writer,
    # the desk and, after a bar, the day and time ("by Tia Ghose, Staff Writer | October 29, 2014 07:38am
    # ET"). The names end at the bar: what follows it is the story's day, not a person.
    prose = "<p>A new study suggests that the earliest birds found their way by smell, the team reports.</p>"
    page = ('<html><head><title>Early round birds</title>'
            '<meta property="og:title" content="Early round birds"></head><body>'
            '<div class="main_title_cont"><div class="content_title"><h1>Early round birds</h1></div>'
            '<div class="by_line_date">by Ada Lovelace, Staff Writer&nbsp;&nbsp; | '
            '&nbsp;&nbsp;October 29, 2014 07:38am ET</div></div>'
            f'<div class="article-content">{prose * 3}</div></body></html>')
    paper = normalise_page("https://news.example.com/48502-early-round-birds.html", page).papers[0]
    record = (paper.title, paper.authors, paper.published)
    assert record == ("Early round birds", ["Ada Lovelace"], "2014-10-29")


def test_a_storys_one_sentence_dek_between_its_heading_and_by_line_is_its_summary():
    # The Los Angeles Times (2013: an h2 under the h1) and The Space Reporter (2013: a <p> after an empty
    # h2): between the story's heading and its "By" line, one block of a sentence or two, the dek that
    # sums the story up, as a standfirst does; the story's prose comes after the byline.
    dek = "Scientists identify a gene in round mice \u2013 and find that a drug can treat them."
    prose = "<p>A new study suggests that the earliest birds found their way by smell, the team reports.</p>"
    page = ('<html><head><meta property="og:title" content="Early round birds"></head><body>'
            '<div class="story"><h1>Early round birds</h1>{}<div class="byline">By Ada Lovelace</div>'
            f'<p class="date">June 5, 2013</p>{prose * 3}</div></body></html>')
    url = "https://news.example.com/science/early-round-birds"
    # The dek in an h2, in a <p> inside an h2 (The Space Reporter's markup), and over a picture whose caption
    # (a <p> beside the image) is no dek of the story.
    for block in (f"<h2>{dek}</h2>", f"<div><h2><p>{dek}</p></h2></div>",
                  f'<h2>{dek}</h2><table><tr><td><img src="a.jpg"><p class="small">Round mice at play.</p>'
                  "</td></tr></table>"):
        assert normalise_page(url, page.format(block)).papers[0].abstract == dek, block
    # Two blocks there are no one dek (a kicker and a caption, say), and a line that is no sentence (a
    # section's name) sums nothing up.
    kicker = "<p>Round mice are at play in the lab, the team says.</p>"
    for block in (f"<h2>{dek}</h2>{kicker}", "<h2>Science</h2>"):
        assert normalise_page(url, page.format(block)).papers[0].abstract is None, block


def test_a_credit_line_that_names_the_site_then_the_writer_under_the_heading_is_a_by_line():
    # Science Recorder (2013, round 81): no "By"; under the heading and its standfirst a credit line
    # "<strong>Science Recorder</strong> | Delila James | Thursday, June 06, 2013": the site's own name (the
    # <title> appends it to the story's), then after a bar the writer, then the day. Read as the "By" line
    # is: a dated piece by a named person, its dek the standfirst.
    dek = "How do round planets form? A new study is shedding light on the mystery."
    prose = "<p>A new study suggests that the earliest birds found their way by smell, the team reports.</p>"
    page = ('<html><head><title>Early round birds | Round Recorder</title><meta property="og:title" '
            'content="Early round birds"></head><body><div id="title"><h1>Early round birds</h1></div>'
            f'<div id="title"><h2><p>{dek}</p></h2></div><div id="date"><span class="maintext">{{}}</span> | '
            f'<span class="date">Thursday, June 06, 2013</span></div>{prose * 3}</body></html>')
    url = "https://www.example.com/news/early-round-birds/"
    paper = normalise_page(url, page.format("<strong>Round Recorder</strong> | Ada Lovelace")).papers[0]
    assert (paper.title, paper.authors, paper.published, paper.abstract) == (
        "Early round birds", ["Ada Lovelace"], "2013-06-06", dek)
    # A bar after a name that is not the site's (a section's, "Space"), or the site's name with no one after
    # it, names no writer: no more than any other page.
    for line in ("<strong>Space</strong> | Ada Lovelace", "<strong>Round Recorder</strong>"):
        found = normalise_page(url, page.format(line))
        assert found is None or not found.papers, line


def test_a_by_line_the_page_hides_under_the_heading_names_no_writer_of_the_story():
    # The New York Times (2013, round 81's held-out page, after its final figure): under the heading, a
    # video's credits in <div class="byline" style="display:none;">By Jeffery DelViscio, … and Abe
    # Sater</div>, then the shown byline "By CARL ZIMMER" and "Published: May 9, 2013". What the page
    # hides (an inline display:none, the hidden attribute) is no line a reader sees: the writer is the
    # shown line's.
    prose = "<p>A new study suggests that the earliest birds found their way by smell, the team reports.</p>"
    page = ('<html><head><meta property="og:title" content="Early round birds"></head><body>'
            '<h1>Early round birds</h1><div class="video">{}<p>Ann Lee talks about round birds.</p></div>'
            '<h6 class="byline">By <span>Ada Lovelace</span></h6><h6 class="dateline">Published: May 9, 2013'
            f"</h6>{prose * 3}</body></html>")
    url = "https://www.example.com/2013/05/14/science/early-round-birds.html"
    for hidden in ('<div class="byline" style="display:none;">By Bob Stone, Carl Jung and Dora Maar</div>',
                   '<div class="byline" hidden><span>By Bob Stone, Carl Jung and Dora Maar</span></div>'):
        paper = normalise_page(url, page.format(hidden)).papers[0]
        assert (paper.authors, paper.published) == (["Ada Lovelace"], "2013-05-09"), hidden


def test_a_caption_between_a_storys_heading_and_by_line_is_no_dek():
    # The New York Times (2013, round 81's held-out page, after its final figure): between the heading and
    # the byline a video and its caption, <p class="caption">Matter: Cicadas: Carl Zimmer talks about …</p>
    # (no <img>: a script draws the player). A caption says what a picture or video shows, not what the
    # story says: no dek, as a caption beside an image is none; a dek in its own block still is.
    dek = "Scientists find that the earliest round birds found their way home by smell."
    prose = "<p>A new study suggests that the earliest birds found their way by smell, the team reports.</p>"
    page = ('<html><head><meta property="og:title" content="Early round birds"></head><body>'
            '<h1>Early round birds</h1>{}<h6 class="byline">By Ada Lovelace</h6>'
            f'<h6 class="dateline">Published: May 9, 2013</h6>{prose * 3}</body></html>')
    url = "https://www.example.com/2013/05/14/science/early-round-birds.html"
    for block in ('<div class="video"><p class="caption noPhotoCredit">Matter: Round birds: Ann Lee talks '
                  "about the round birds' way home.</p></div>",
                  "<figure><figcaption><p>Ann Lee talks about the round birds' way home.</p></figcaption>"
                  "</figure>"):
        assert normalise_page(url, page.format(block)).papers[0].abstract is None, block
    assert normalise_page(url, page.format(f"<h2>{dek}</h2>")).papers[0].abstract == dek


def test_a_story_by_line_under_its_heading_is_read_in_linear_time():
    # One walk down from the heading: a page of many paragraphs or a deep nest costs no more than its size.
    def normalising(size):
        page = ('<html><head><meta property="og:title" content="Round things"></head><body>'
                '<h1>Round things</h1>' + "<div><span>word</span>" * size + "</div>" * size
                + "<h2><p>A short line.</p></h2>" * size
                + "<p>By Ada Lovelace</p><p>June 5, 2013</p></body></html>")
        return lambda: normalise_page("https://news.example.org/post", page)

    assert_linear_time(normalising, 4000)


def test_a_news_release_dated_under_its_heading_whose_text_opens_with_a_dateline_is_a_record():
    # NASA JPL (2013, round 80's held-out page, after its final figure): a laboratory's news release with
    # og:title and no byline: under the heading (and an image gallery) the day alone on its line, then the
    # release's text opening with its dateline, "PASADENA, Calif. -- New views from …". A dated release
    # of an institution: a record without authors.
    text = ("PASADENA, Calif. -- New views from a round telescope show blooming stars in the far parts of "
            "our galaxy, away from its crowded core, the team reports; the images are part of a survey of "
            "the plane of the galaxy made over ten years.")
    page = ('<html><head><meta property="og:title" content="Round Telescope Sees Blooming Stars - Round Lab">'
            '</head><body><h1 class="h1news">Round Telescope Sees Blooming Stars</h1><div class="gallery">'
            '<div class="caption">Stars Shoot Jets</div></div><p class="bold">{}</p><p>{}</p>'
            "<p>Ann Lee 818-354-0000 Round Lab ann.lee@example.org 2013-186</p></body></html>")
    url = "https://www.example.gov/news/news.php?release=2013-186"
    paper = normalise_page(url, page.format("June 05, 2013", text)).papers[0]
    assert (paper.title, paper.authors, paper.published) == (
        "Round Telescope Sees Blooming Stars", None, "2013-06-05")
    # Without the day, or with a text that opens with no dateline, it is no more than any other page.
    for other in (page.format("Stars", text), page.format("June 05, 2013", text.split(" -- ")[1])):
        found = normalise_page(url, other)
        assert found is None or not found.papers, other


def test_a_news_release_is_read_in_linear_time():
    # One walk down from the heading to the release's first paragraph of prose.
    def normalising(size):
        page = ('<html><head><meta property="og:title" content="Round things"></head><body>'
                '<h1>Round things</h1>' + "<div><p>June 5, 2013</p>" * size + "</div>" * size
                + "<p>" + "PASADENA, Calif. -- word " * 40 + "</p></body></html>")
        return lambda: normalise_page("https://news.example.org/release", page)

    assert_linear_time(normalising, 4000)


def test_an_hatom_entry_is_read_in_linear_time():
    # One query a part over the page: a page of many entries or a deep nest costs no more than its size.
    def normalising(size):
        page = ('<html><body><div class="hentry"><h1 class="entry-title">Round things</h1>'
                '<span class="author">Ada Lovelace</span><abbr class="published" title="2011-04-12">x</abbr>'
                + "<div><p>word</p>" * size + "</div>" * size + "</div></body></html>")
        return lambda: normalise_page("https://news.example.org/post", page)

    assert_linear_time(normalising, 4000)


def test_an_hatom_entry_with_an_hcard_name_and_a_meta_day_is_read_in_linear_time():
    # The author's mark sought once in the entry, whichever of its three forms it takes.
    def normalising(size):
        page = ('<html><head><meta property="article:published_time" content="2023-11-06T10:32:11+00:00">'
                '</head><body><div class="hentry"><h1 class="entry-title">Round things</h1>'
                + "<div><p>word</p>" * size + "</div>" * size
                + '<span class="fn"><a rel="author" href="/ada">Ada</a></span></div></body></html>')
        return lambda: normalise_page("https://news.example.org/post", page)

    assert_linear_time(normalising, 4000)


def test_a_story_whose_og_title_heads_an_author_block_linking_the_writer_and_a_day_is_a_record():
    # Ökonomenstimme (2015, round 82): og:title and nothing scholarly; under the heading a <div
    # class="author"> holding the writer's name, linked to the writer's page, and the day after it (", 21.
    # Jan. 2015"), no "By": a dated piece by a named person, as a "By" line makes one.
    prose = ("<p>In seinem Beitrag erörtert der Autor die Möglichkeit einer Selbstfinanzierung der "
             "Maßnahmen.</p>")
    page = ('<html><head><title>Forum: Ein runder Multiplikator</title><meta property="og:title" '
            'content="Ein runder Multiplikator"></head><body><div class="article"><h1>Ein runder '
            'Multiplikator</h1><p>5343 mal gelesen | 32 Kommentare</p><div class="author">{}, 21. Jan. 2015'
            f'</div><div class="text">{prose * 3}</div></div></body></html>')
    url = "https://forum.example.org/artikel/2015/01/ein-runder-multiplikator/"
    linked = '<a class="tooltipable" href="/autoren/ann-lee/">Ann Lee</a>'
    paper = normalise_page(url, page.format(linked)).papers[0]
    assert (paper.title, paper.authors, paper.published) == (
        "Ein runder Multiplikator", ["Ann Lee"], "2015-01-21")
    # The name unlinked, or the link in a block that names no author, is no more than any other page's text.
    for other in (page.format("Ann Lee"), page.replace('class="author"', 'class="meta"').format(linked)):
        found = normalise_page(url, other)
        assert found is None or not found.papers, other


def test_a_news_item_whose_heading_block_opens_with_its_day_in_a_date_element_is_a_record():
    # chemie.de (2022, round 82): og:title and nothing scholarly, no byline; the heading's block opens with
    # the item's publication line, the day in an element classed as a date ("12.12.2022 -") beside the
    # institution whose release it is, then the h1, then the text's paragraphs: a dated item, read as its
    # record without authors, as a news release dated under its heading is.
    prose = ("<p>Das im Februar 2018 gegründete Start-up-Unternehmen erhielt im Oktober eines der begehrten "
             "Zertifikate für runde Dinge, die weiter rollen als alle anderen, und beschäftigt mittlerweile "
             "acht Personen in Wallisellen.</p>")
    page = ('<html><head><meta property="og:title" content="Runde Dinge rollen weiter"></head><body><div '
            'class="news-heading"><div class="news-publication-info">{}<span class="news-organization">Empa'
            '</span></div><h1 class="news-title">Runde Dinge rollen weiter</h1><h2>Ein Zertifikat für runde '
            f'Dinge</h2></div><div class="news-text">{prose * 2}</div></body></html>')
    url = "https://www.example.de/news/1178836/runde-dinge-rollen-weiter.html"
    paper = normalise_page(url, page.format('<span class="news-date">12.12.2022 -</span>')).papers[0]
    assert (paper.title, paper.authors, paper.published) == ("Runde Dinge rollen weiter", None, "2022-12-12")
    # The day in an element not classed as a date, or no day, is no more than any other page's heading.
    for other in (page.format('<span class="news-kind">12.12.2022 -</span>'),
                  page.format('<span class="news-date">Aktuell</span>')):
        found = normalise_page(url, other)
        assert found is None or not found.papers, other


def test_a_news_items_heading_block_is_searched_for_its_day_in_linear_time():
    # news_releases.dated_in_its_heading_block walks the heading's block up to the heading once, reading at
    # most a line of each element classed as a date: a nest of them, or a long run, is no slower a node.
    def normalising(count: int):
        nest = '<div class="a-date">' * count + "Aktuell" + "</div>" * count
        run = '<span class="news-date">Aktuell</span>' * count
        page = ('<html><head><meta property="og:title" content="Runde Dinge"></head><body><div>' + nest + run
                + "<h1>Runde Dinge</h1></div><p>" + "Runde Dinge rollen weiter als alle anderen. " * 6
                + "</p></body></html>")
        return lambda: normalise_page("https://example.org/news/1", page)

    assert_linear_time(normalising, 2_000)


def test_a_story_without_meta_whose_title_tag_is_its_heading_over_a_by_line_and_its_day_is_a_record():
    # WebMD Health News (2015, round 83): no meta but a description; the <title> is the story's heading (an
    # h2) word for word, a "By" line under it links the writer (her degree after her name), and the text
    # opens with its dateline ("Feb. 23, 2015 -- "): a dated piece by a named person, as a story whose
    # og:title heads a "By" line and a day is.
    prose = ("<p>Parents have been told for years to avoid giving round foods to babies for fear of "
             "triggering "
             "an allergy, and now research shows the opposite is true for most of them, doctors say.</p>")
    page = ('<html><head><title>{}</title><meta name="description" content="Round allergies are on the '
            'rise.">'
            '</head><body><div id="textArea"><h2>Babies Who Eat Round Things May Avoid Allergy</h2><div '
            'class="author_fmt">{}<br/>Health News</div><p>Feb. 23, 2015 -- Round allergies have been on the '
            f'rise in the past decade.</p>{prose * 3}</div></body></html>')
    url = "https://www.health.example.com/allergies/news/20150220/round-allergy-findings"
    byline = 'By <a rel="author" href="/ann-lee">Ann  Lee, MA</a>'
    heading = "Babies Who Eat Round Things May Avoid Allergy"
    paper = normalise_page(url, page.format(heading, byline)).papers[0]
    assert (paper.title, paper.authors, paper.published) == (heading, ["Ann Lee"], "2015-02-23")
    # A <title> that is not the heading (the site's name), no "By" line, or a day in a sentence's words, not
    # opening its text, is no more than any other page's.
    in_words = page.replace("<p>Feb. 23, 2015 -- ", "<p>On Feb. 23, 2015, ").format(heading, byline)
    for other in (page.format("Health News - Home", byline), page.format(heading, "Ann Lee's column"),
                  in_words):
        found = normalise_page(url, other)
        assert found is None or not found.papers, other


def test_a_story_without_meta_whose_title_tag_is_the_sites_name_and_its_heading_over_a_by_line_is_a_record():
    # The Space Review (2019, round 87): no meta at all; the <title> is the site's name, a colon and the
    # story's heading (h1) word for word; under it an h3 'by Jeff Foust' and, after a break, the day with its
    # weekday before it ('Monday, November 18, 2019'): a dated piece by a named person, as a story whose
    # <title> is its heading word for word is.
    prose = ("<p>Earlier this month, the agency announced the newest milestone in the development of its "
             "long-awaited round rocket, and the workers completed the installation of the engines.</p>")
    page = ('<html><head><title>{}</title></head><body><h1 class="headline">A bigger role for a round '
            'rocket</h1><h3 class="byline">{}<br><span class="datetime">{}</span></h3>'
            f'{prose * 3}</body></html>')
    url = "https://www.review.example.com/article/3834/1"
    heading = "A bigger role for a round rocket"
    paper = normalise_page(url, page.format(f"The Round Review: {heading}", "by Ann Lee",
                                            "Monday, November 18, 2019")).papers[0]
    assert (paper.title, paper.authors, paper.published) == (heading, ["Ann Lee"], "2019-11-18")
    # A <title> whose other part is more than a site's name, no "By" line, or a day in a sentence's words,
    # not opening its line but for its weekday, is no more than any other page's.
    site, day = f"The Round Review: {heading}", "Monday, November 18, 2019"
    long_part = f"Why the agency's big rocket keeps slipping, again: {heading}"
    for other in (page.format(long_part, "by Ann Lee", day),
                  page.format(site, "Ann Lee's column", day),
                  page.format(site, "by Ann Lee", f"Seen {day}")):
        found = normalise_page(url, other)
        assert found is None or not found.papers, other


def test_a_writers_name_in_capitals_in_an_author_block_that_the_author_meta_names_is_the_by_line():
    # ScienceAlert (2019, round 87): og:title and an author meta 'Victor Tangermann, Futurism' (the writer and
    # the outlet the story is syndicated from); under the h1, div.author-name holds 'VICTOR TANGERMANN,
    # FUTURISM' in capitals and then '18 NOV 2019', no "By": the writer the meta names, in the meta's own
    # letters, and the outlet after the comma no person.
    prose = ("<p>A team led by researchers out of a round space centre has confirmed traces of water vapour "
             "above the surface of a round icy moon, a finding that matters.</p>")
    page = ('<html><head><meta property="og:title" content="Water Plumes Above a Round Moon"><meta '
            'name="author" content="{}"></head><body><div class="article-title"><h1>Water Plumes Above a '
            'Round Moon</h1></div><div class="author-name"><div class="author-name-text"><div '
            'class="author-name-name"><span>ANN LEE, ROUNDISM </span></div><div class="author-name-name">'
            f'<span>18 NOV 2019 </span></div></div></div>{prose * 3}</body></html>')
    url = "https://www.alert.example.com/water-plumes-above-a-round-moon"
    paper = normalise_page(url, page.format("Ann Lee, Roundism")).papers[0]
    assert (paper.authors, paper.published) == (["Ann Lee"], "2019-11-18")
    # Capitals the author meta does not name are no writer's name read off the block.
    found = normalise_page(url, page.format("Bob Stone"))
    assert found is None or not found.papers or found.papers[0].authors != ["Ann Lee"]


def test_an_author_block_named_by_the_author_meta_is_read_in_linear_time():
    # Each text under the heading is compared with the author meta and looks a few elements up for an author
    # block, not over the page: a deep nest of author blocks costs no more than its size.
    def normalising(size):
        page = ('<html><head><meta property="og:title" content="Round things"><meta name="author" '
                'content="Ann Lee"></head><body><h1>Round things</h1>'
                + '<div class="author-name"><span>ANN LEE</span>' * size + "</div>" * size
                + "<p>" + "word " * 40 + "</p></body></html>")
        return lambda: normalise_page("https://news.example.org/story", page)

    assert_linear_time(normalising, 4000)


def test_an_article_marked_up_in_microdata_with_its_headline_and_day_is_a_record():
    # The Max Planck Institute for Meteorology (2022, round 83, TYPO3's news): og:title and nothing scholarly,
    # no byline; a schema.org Article in microdata, <div itemscope itemtype="http://schema.org/Article">, its
    # headline (an h3), its day (<meta itemprop="datePublished" content="2022-12-07"> in the time element
    # showing '07.12.2022'), its teaser (itemprop="description") and its text (itemprop="articleBody"): a
    # dated article, read as its record without authors, as a JSON-LD article is.
    lead = ("Die frühen 1970er Jahre werden oft mit der Entstehung der modernen Umweltbewegung in Verbindung "
            "gebracht, und mit runden Dingen.")
    prose = ("<p>Ein unbestreitbar einflussreicher Moment in dieser frühen Geschichte des wachsenden "
             "Umweltbewusstseins war das berühmte Foto einer vollständig beleuchteten runden Erde, das am "
             "7. Dezember 1972 aufgenommen wurde.</p>")
    page = ('<html><head><meta property="og:title" content="Neuer Blick auf runde Dinge"></head><body><div '
            'class="news-single"><div class="article" itemscope="itemscope" itemtype="{}"><h3 '
            'itemprop="headline">Neuer Blick auf runde Dinge</h3><div class="footer"><span '
            'class="news-list-date">'
            '<time datetime="">07.12.2022{}</time></span></div><div class="teaser-text" '
            'itemprop="description">'
            f'<p>{lead}</p></div><div class="news-text-wrap" itemprop="articleBody">'
            f'{prose * 3}</div></div></div>'
            '</body></html>')
    url = "https://www.institute.example.de/kommunikation/aktuelles/single-news/neuer-blick-auf-runde-dinge"
    day = '<meta itemprop="datePublished" content="2022-12-07" />'
    paper = normalise_page(url, page.format("http://schema.org/Article", day)).papers[0]
    assert (paper.title, paper.authors, paper.published, paper.abstract) == (
        "Neuer Blick auf runde Dinge", None, "2022-12-07", lead)
    # An item that is no article (a web page's), or an article without its day, is no more than any page.
    for other in (page.format("http://schema.org/WebPage", day),
                  page.format("http://schema.org/Article", "")):
        found = normalise_page(url, other)
        assert found is None or not found.papers, other


def test_a_blog_posting_in_microdata_named_and_dated_in_words_is_a_record_by_its_posted_by_line():
    # The Google Cloud Platform Blog (2016, round 111; Google's own Blogger template): og:title and nothing
    # else, no h1, no author or date meta; the post a schema.org BlogPosting in microdata, its title an
    # h2[itemprop=name] (no headline), its day a span[itemprop=datePublished] showing 'Thursday, September
    # 29, 2016' (words, no ISO date), its text opening with span.byline-author 'Posted by Brian Stevens, Vice
    # President, Google Cloud': a dated post, its writer the name before his role and his role's organisation.
    prose = ("As we officially move into the Google Cloud era, Google Cloud Platform continues to bring new "
             "capabilities to more regions, environments, applications and users than ever before. ")
    page = ('<html><head><meta property="og:title" content="Google Cloud Platform sets a course"></head>'
            '<body><h2>Google Cloud Platform Blog</h2><div class="post" itemscope="" '
            'itemtype="http://schema.org/BlogPosting"><h2 class="title" itemprop="name"><a '
            'href="/2016/09/a.html" itemprop="url">Google Cloud Platform sets a course</a></h2>'
            '<div class="post-header"><span '
            'class="publishdate" itemprop="datePublished">{day}</span></div><div class="post-content" '
            'itemprop="articleBody"><noscript><span class="byline-author">Posted by {by}</span><br><br>'
            f'{prose * 3}<span itemprop="author" itemscope="itemscope" itemtype="http://schema.org/Person">'
            '<meta content="https://plus.google.com/1" itemprop="url"></span></noscript></div></div>'
            '</body></html>')
    url = "https://cloudplatform.blog.example.com/2016/09/Google-Cloud-Platform-sets-a-course.html"
    by = "Brian Stevens, Vice President, Google Cloud"
    paper = normalise_page(url, page.format(day="Thursday, September 29, 2016", by=by)).papers[0]
    assert (paper.title, paper.authors, paper.published, paper.abstract) == (
        "Google Cloud Platform sets a course", ["Brian Stevens"], "2016-09-29", None)
    # Two writers, each with a role: each name before its role; a line of names alone: each name.
    paper = normalise_page(url, page.format(day="Thursday, September 29, 2016", by=(
        "Ana Lopez, Product Manager, Google Cloud and Bo Chen, Software Engineer"))).papers[0]
    assert paper.authors == ["Ana Lopez", "Bo Chen"]
    paper = normalise_page(url, page.format(day="Thursday, September 29, 2016",
                                            by="Ana Lopez, Bo Chen and Carl Berg")).papers[0]
    assert paper.authors == ["Ana Lopez", "Bo Chen", "Carl Berg"]
    # Its day in words that name no day (a month alone) is no day of the post: no record.
    found = normalise_page(url, page.format(day="September 2016", by=by))
    assert found is None or not found.papers


def test_a_microdata_article_named_by_its_heading_is_not_titled_by_a_headline_only_a_meta_gives():
    # MIT Sloan (2021, round 91), read with some of its meta (the mixes): its schema.org Article in microdata
    # has a hidden <meta itemprop="headline"> holding a teaser and the h1[itemprop=name] showing the title;
    # the heading's name is the title, the hidden headline no more than a teaser.
    teaser = ("Machine learning is a powerful form of artificial intelligence that is affecting every "
              "industry. Here is what you need to know.")
    prose = ("<p>Machine learning is behind chatbots and predictive text, language translation apps, the "
             "shows Netflix suggests to you, and how your social media feeds are presented.</p>")
    page = ('<html><head></head><body><article itemscope itemtype="http://schema.org/Article">'
            f'<meta hidden itemprop="headline" content="{teaser}"><h1 itemprop="name">Machine learning, '
            'explained</h1><time datetime="2021-04-21" itemprop="datePublished">Apr 21, 2021</time>'
            f'<div itemprop="articleBody">{prose * 3}</div></article></body></html>')
    paper = normalise_page("https://mitsloan.example.edu/ideas-made-to-matter/machine-learning-explained",
                           page).papers[0]
    assert (paper.title, paper.published) == ("Machine learning, explained", "2021-04-21")


def test_a_posts_posted_by_line_is_found_in_linear_time():
    # posted_by_lines reads each element classed as a byline or an author's once: a deep nest of them, none
    # a "Posted by" line, is no slower an element.
    def reading(count: int):
        nest = '<div class="author">a ' * count + "</div>" * count
        tree = parse_page(f'<html><body><div class="post">{nest}</div></body></html>').tree
        return lambda: posted_by_names(tree.body)
    assert assert_linear_time(reading, 2000) == []


def test_articles_marked_up_in_microdata_are_read_in_linear_time():
    # microdata_articles reads the page's items once and each article's properties once: many items, or a
    # deep nest of them, are no slower an item.
    def normalising(count: int):
        items = ('<div itemscope itemtype="http://schema.org/Article"><span itemprop="name">a</span></div>'
                 * count)
        nest = '<div itemscope itemtype="http://schema.org/NewsArticle">' * count + "</div>" * count
        page = ('<html><head><meta property="og:title" content="Round things"></head><body><h1>Round things'
                '</h1>' + items + nest + "</body></html>")
        return lambda: normalise_page("https://example.org/news/1", page)

    assert_linear_time(normalising, 2_000)


def test_a_news_items_bold_lead_opening_with_its_day_in_brackets_dates_and_sums_it_up():
    # transgen.de (2018, round 83): og:title and nothing scholarly, no byline; under the h1 the first
    # paragraph, wholly in bold, opens with the item's day in brackets ("(18.01.2018) Deutschlands Landwirte
    # …") and sums the item up before its text: a dated item, read as its record without authors, its lead
    # (without the day) its abstract.
    lead = ("Deutschlands Landwirte zittern vor runden Dingen. Seit 2007 rücken sie näher und haben den "
            "Osten "
            "der EU erreicht.")
    prose = ("<p>Vermutlich kamen die runden Dinge 2007 mit verseuchten Speiseabfällen nach Georgien. Von "
             "dort "
             "aus haben sie über die Nachbarländer inzwischen den Osten der EU erreicht, vor allem die "
             "baltischen Staaten.</p>")
    page = ('<html><head><meta property="og:title" content="Runde Dinge: Neue Hoffnung"></head><body><div '
            'class="r28"><h1>Runde Dinge: Neue Hoffnung</h1><p>{}</p>'
            f'{prose * 3}</div></body></html>')
    url = "https://www.example.de/aktuell/2687.runde-dinge.html"
    paper = normalise_page(url, page.format(f"<strong>(18.01.2018) {lead}</strong>")).papers[0]
    assert (paper.title, paper.authors, paper.published, paper.abstract) == (
        "Runde Dinge: Neue Hoffnung", None, "2018-01-18", lead)
    # A lead that does not open with its day in brackets, or a day not in brackets, is no more than a page's.
    for other in (page.format(f"<strong>{lead}</strong>"),
                  page.format(f"<strong>18.01.2018 {lead}</strong>")):
        found = normalise_page(url, other)
        assert found is None or not found.papers, other


def test_a_news_items_lead_is_searched_for_its_day_in_brackets_in_linear_time():
    # dated_leads reads the first paragraph under the heading once: a long run of short paragraphs, or a deep
    # nest of bold in the lead, is no slower a paragraph.
    def normalising(count: int):
        lead = "<p>" + "<strong>" * count + "(18.01.2018) Short." + "</strong>" * count + "</p>"
        run = "<p>Short.</p>" * count
        page = ('<html><head><meta property="og:title" content="Round things"></head><body><h1>Round things'
                '</h1>' + run + lead + "</body></html>")
        return lambda: normalise_page("https://example.org/news/1", page)

    assert_linear_time(normalising, 2_000)


def test_a_json_ld_article_typed_as_a_kind_of_news_article_is_read_as_a_news_article():
    # El País (2020, round 83, after its final held-out figure): its JSON-LD types the story
    # "ReportageNewsArticle", one of schema.org's kinds of NewsArticle (reportage, analysis, opinion, review,
    # background, ask-the-public), with its headline, datePublished and author Person: read as a
    # NewsArticle that names its writer is.
    article = ('{{"@context": "https://schema.org", "@type": {}, "headline": "Has the round continent '
               'reached '
               '20 degrees?", "datePublished": "2020-02-19T18:37:32+01:00", "author": [{{"@type": "Person", '
               '"name": "Ana Lee"}}]}}')
    page = ('<html><head><title>Has the round continent reached 20 degrees? | Science</title><script '
            'type="application/ld+json">{}</script></head><body><h1>Has the round continent reached 20 '
            'degrees?'
            '</h1><p>That the round continent records temperatures above 20 degrees need not be due to a '
            'change in the climate, scientists say, and they explain why at some length '
            'here.</p></body></html>')
    url = "https://news.example.com/2020/02/18/science/1582045946_459487.html"
    for kind in ('["ReportageNewsArticle"]', '"OpinionNewsArticle"'):
        paper = normalise_page(url, page.format(article.format(kind))).papers[0]
        assert (paper.title, paper.authors, paper.published) == (
            "Has the round continent reached 20 degrees?", ["Ana Lee"], "2020-02-19"), kind


def test_a_writer_linked_in_an_author_block_is_read_though_the_author_meta_names_them_too():
    # La Vie des idées (2009; round 83 found it through the mixes): <span class="vcard author"><a …>Florence
    # Audier</a></span>, le 15 septembre 2009 under the heading, its author meta the same name. The name the
    # author meta gives was taken for the site's own name opening a credit line ("Science Recorder | …"),
    # and the byline went unread.
    from papershelf.normalise.bylined_stories import bylined_story

    page = parse_page('<html><head><title>Les listes de revues rondes - La Vie des idées</title><meta '
                      'name="author" content="Ann Lee"></head><body><h1>Les listes de revues rondes</h1>'
                      '<p>par '
                      '<span class="vcard author"><a class="url fn" href="_Lee-Ann_.html">Ann Lee</a></span>'
                      '<span class="date">, le 15 septembre 2009</span></p><p>' + "Des revues rondes. " * 20
                      + "</p></body></html>")
    story = bylined_story(page, "Les listes de revues rondes")
    assert story is not None and (story.authors, story.shown) == (["Ann Lee"], ["2009-09-15"])


def test_a_book_records_persian_label_table_under_its_heading_is_a_record():
    # Round 85: ketab.ir's book record has no meta; its heading (the <title> its words with hyphens), a row
    # "پدیدآور" (creators) by role and "تاریخ نشر" (date of publication) as a Solar Hijri day make it one.
    page = ("<html><head><title> راز-گل-سرخ:-نقد-و-گزیده | نگاه | خانه کتاب </title></head><body>"
            "<h1><b><i></i> راز گل سرخ: نقد و گزیده</b></h1><table><tr><td>پدیدآور</td><td><span>"
            "به\u200cاهتمام : <a href='/s'>معصومی ، سحر</a></span></td></tr>"
            "<tr><td>ناشر</td><td>نگاه</td></tr>"
            "<tr><td>تاریخ نشر</td><td>13861102</td></tr></table></body></html>")
    paper = normalise_page("https://books.example.ir/book/2", page).papers[0]
    assert (paper.title, paper.authors, paper.published) == (
        "راز گل سرخ: نقد و گزیده", ["سحر معصومی"], "2008-01-22")


def test_a_persian_article_page_without_meta_is_read_from_its_heading_byline_and_run_in_abstract():
    # Round 85: ensani.ir's article page: no meta, the title an h2 the <title> repeats after the portal's
    # name, the authors in divs a closed <p class="authors"> held, "چکیده:" run into the abstract, and the
    # issue's season and year.
    abstract = "بیشتر پژوهندگان عقیده دارند که کوه های زاگرس و منطقه لرستان امروزی، خاستگاه آغازین بوده است."
    page = ("<html><head><title>پرتال جامع علوم انسانی - ورود کاسی ها به میان رودان</title></head><body>"
            '<h2 class="title">ورود کاسی ها به میان رودان</h2><p class="authors"><div class="authorInline">'
            '<a href="/fa/1/profile.aspx">شهرام جلیلیان</a></div></p>'
            f'<p class="lead">چکیده: {abstract}</p><div class="resource"><a href="/fa/36177/magazine.aspx">'
            "تاریخ اسلام و ایران زمستان 1391 شماره 16</a></div></body></html>")
    paper = normalise_page("http://portal.example.ir/fa/content/1/default.aspx", page).papers[0]
    assert (paper.title, paper.authors, paper.published, paper.abstract) == (
        "ورود کاسی ها به میان رودان", ["شهرام جلیلیان"], "2013", abstract)


def test_a_record_of_chinese_labels_spaced_for_alignment_is_read():
    # Round 85's held-out Wanfang Med Online page (after its final figure): no meta; th/td rows whose Chinese
    # labels a space sets out for alignment ('作 者', authors; '刊 名', journal), each author a link
    # followed by an affiliation in brackets and a full-width semicolon, the DOI under 'DOI号'.
    page = ("<html><head><title>云南秋海棠属植物小志 --万方医学网-医学杂志</title></head><body>"
            "<h4>云南秋海棠属植物小志</h4><table><tr><th>作 者</th><td><a href='/Author/1'>税玉民</a>"
            "<a href='/Org/1'>(中国科学院昆明植物研究所,昆明,650204)；</a><a href='/Author/2'>黄素华</a>"
            "<a href='/Org/2'>(云南大学生物系,昆明,650091)；</a></td></tr>"
            "<tr><th>刊 名</th><td><a href='/P'>云南植物研究</a> <a href='/I'>1999年21卷01期</a>"
            " 11-24页</td></tr>"
            "<tr><th>DOI号</th><td><a href='http://doi.example.cn/10.3969/j.issn.2095-0845.1999.01.002'>"
            "10.3969/j.issn.2095-0845.1999.01.002</a></td></tr></table></body></html>")
    paper = normalise_page("http://med.example.cn/Paper/Detail/1", page).papers[0]
    assert (paper.title, paper.authors, paper.doi) == (
        "云南秋海棠属植物小志", ["税玉民", "黄素华"], "10.3969/j.issn.2095-0845.1999.01.002")
    assert paper.published == "1999"


def test_a_label_records_block_opening_with_an_element_classed_as_its_title_names_it():
    # Round 85's held-out Noor Digital Library page (after its final figure): no meta; its book's details a
    # block of label/value spans opened by span.spnBookTitle, the <title> another wording ('تصویر کتاب …',
    # image of the book, then the volume, page and author).
    page = ("<html><head><title>تصویر کتاب الكامل في التاريخ - جلد 13 - صفحه 1 - ابن اثیر، علی بن"
            " محمد</title>"
            "</head><body><span class='bookInfoArea'><span class='spnBookTitle'>الكامل في التاريخ</span>"
            "<span class='bookInfoField'><span class='lblBookInfo'>جلد:</span>"
            "<span class='spnBookInfo'>13</span>"
            "</span><span class='bookInfoField'><span class='lblBookInfo'>نویسنده:</span>"
            "<span class='spnBookInfo mainCreator'><a href='/c'>ابن اثیر، علی بن محمد</a></span></span>"
            "<span class='bookInfoField'><span class='lblBookInfo'>ناشر:</span>"
            "<span class='spnBookInfo'>دار صادر"
            "</span></span></span></body></html>")
    paper = normalise_page("https://library.example.ir/View/fa/Book/BookView/Image/3232", page).papers[0]
    assert (paper.title, paper.authors) == ("الكامل في التاريخ", ["علی بن محمد ابن اثیر"])


def test_labels_in_the_form_an_aspnet_page_wraps_its_body_in_are_a_records():
    # Round 85's held-out Noor Digital Library page (after its final figure): ASP.NET WebForms wraps the
    # whole body in one form (its __VIEWSTATE field), search box and all: no form a person fills in.
    page = ("<html><head><title>تصویر کتاب الكامل في التاريخ - جلد 13</title></head><body>"
            "<form id='form1' method='post'><input type='hidden' name='__VIEWSTATE' value='x'>"
            "<input type='text' id='search'><span class='bookInfoArea'><span class='spnBookTitle'>"
            "الكامل في التاريخ</span><span class='bookInfoField'><span class='lblBookInfo'>نویسنده:</span>"
            "<span class='spnBookInfo'><a href='/c'>ابن اثیر، علی بن محمد</a></span></span></span></form>"
            "</body></html>")
    paper = normalise_page("https://library.example.ir/View/fa/Book/BookView/Image/3232", page).papers[0]
    assert (paper.title, paper.authors) == ("الكامل في التاريخ", ["علی بن محمد ابن اثیر"])


def test_a_writers_name_alone_in_a_block_classed_posted_by_under_the_heading_is_the_by_line():
    # Science World Report (2017, round 88): og:title and article:published_time (a day alone), a meta author
    # that is the site; under the h1 a div.story-posted holding div.posted-by 'Brooke James' (no "By": the
    # class says it) and div.posted-time 'First Posted: Mar 29, 2017 04:50 AM EDT'. A dated piece by a named
    # person, as a "By" line over its day is; the name may be a link to the writer's page there.
    prose = ("<p>Scientists are undertaking a search for the round tiger, which is believed to have been "
             "extinct for over eighty years, thanks to possible sightings in the far north.</p>")
    page = ('<html><head><title>Round Tigers Still Roaming : Nature : Round World Report</title>'
            '<meta property="og:title" content="Round Tigers Still Roaming"><meta name="author" '
            'content="Round World Report"></head><body><h1 class="story-headline">Round Tigers Still Roaming'
            '</h1><div class="story-posted"><div class="{}">{}</div><div class="posted-time">First '
            f'Posted: Mar 29, 2017 04:50 AM EDT</div></div>{prose * 3}</body></html>')
    url = "http://www.roundworldreport.example.com/articles/58078/20170329/round-tigers.htm"
    for name in ("Ann Lee", '<a href="/reporters/ann-lee">Ann Lee</a>'):
        paper = normalise_page(url, page.format("posted-by", name)).papers[0]
        assert (paper.title, paper.authors, paper.published) == ("Round Tigers Still Roaming", ["Ann Lee"],
                                                                 "2017-03-29"), name
    # A block whose class says nothing of who posted it is no "By" line.
    found = normalise_page(url, page.format("posted-where", "Ann Lee"))
    assert found is None or not found.papers or found.papers[0].authors != ["Ann Lee"]


def test_an_hatom_entry_dated_by_its_updated_mark_and_posted_by_the_sites_own_account_is_a_record():
    # Astronomy Now (2017, round 88, WordPress): no meta at all; the story is the page's one .hentry with its
    # h1.entry-title, its day marked .updated alone ('7 April 2017', no .published, no article:published_time:
    # hAtom's one required date), and its hCard naming the magazine itself, the <title>'s name after the
    # heading ('… – Astronomy Now'): the site's own account, no writer. A dated entry all the same: a record
    # without authors.
    prose = "<p>Scientists have long thought that a round dwarf planet may have a weak, passing air.</p>"
    page = ('<html><head><title>Round atmosphere linked to solar activity – Round Now</title></head><body>'
            '<article class="post-1 post hentry"><h1 class="entry-title">Round atmosphere linked to solar '
            'activity</h1><h2 class="mh-subheading">Agency press release</h2><p class="mh-meta entry-meta">'
            '<span class="entry-meta-date {}"><a href="/2017/04/">7 April 2017</a></span><span class='
            '"entry-meta-author author vcard"><a class="fn" href="/author/round-now/">{}</a></span></p>'
            f'<div class="entry-content">{prose * 3}</div></article></body></html>')
    url = "https://roundnow.example.com/2017/04/07/round-atmosphere-linked-to-solar-activity/"
    paper = normalise_page(url, page.format("updated", "Round Now")).papers[0]
    assert (paper.title, paper.authors, paper.published) == (
        "Round atmosphere linked to solar activity", None, "2017-04-07")
    # A writer the hCard names is the entry's author, dated by .updated as well.
    paper = normalise_page(url, page.format("updated", "Ada Lovelace")).papers[0]
    assert (paper.authors, paper.published) == (["Ada Lovelace"], "2017-04-07")
    # Without any date mark it is no record, whoever posted it.
    for author in ("Round Now", "Ada Lovelace"):
        found = normalise_page(url, page.format("shown", author))
        assert found is None or not found.papers, author


def test_an_hatom_entrys_date_element_is_read_by_the_day_its_text_shows_where_its_stamp_names_another():
    # The Globe and Mail (2014, round 128, held-out, fixed after the round's final figure): article.hentry,
    # h1.entry-title, p.byline.author.vcard 'Kaleigh Rogers', and div.dateline 'Published <time
    # datetime="2014-04-29T17:08:24Z">Friday, Aug. 29 2014, 1:04 PM EDT</time> Last updated <time
    # class="updated" datetime="2014-11-30T01:08:29Z">Friday, Aug. 29 2014, 9:11 PM EDT</time>': the
    # template's stamps name other months than the days they hold. The day a reader sees dates the entry.
    page = ('<html><head><title>Round treatment works on monkeys</title></head><body>'
            '<article class="hentry"><h1 class="entry-title">Round treatment works on monkeys</h1>'
            '<p class="byline author vcard">Kaleigh Round</p><div class="dateline">Published <time '
            'datetime="2014-04-29T17:08:24Z">Friday, Aug. 29 2014, 1:04 PM EDT</time> Last updated '
            '<time class="updated" datetime="{stamp}">{shown}</time></div><p>'
            + "Round monkeys given the treatment recovered fully, a paper published Friday says. " * 3
            + "</p></article></body></html>")
    url = "https://www.paper.example.com/news/world/round-treatment-works-on-monkeys/article20277871/"
    wrong = page.format(stamp="2014-11-30T01:08:29Z", shown="Friday, Aug. 29 2014, 9:11 PM EDT")
    paper = normalise_page(url, wrong).papers[0]
    assert (paper.authors, paper.published) == (["Kaleigh Round"], "2014-08-29")
    # A stamp its text agrees with, or a text that shows no whole day ('9:11 PM'), dates it by the stamp.
    for shown in ("Friday, Nov. 30 2014, 1:08 AM", "9:11 PM EDT"):
        paper = normalise_page(url, page.format(stamp="2014-11-30T01:08:29Z", shown=shown)).papers[0]
        assert paper.published == "2014-11-30", shown


def test_an_hatom_entry_dated_by_its_updated_mark_is_read_in_linear_time():
    # The .updated mark sought once in the entry, and the site's names read once off its <title> and meta.
    def normalising(size):
        page = ('<html><head><title>Round things – Round Now</title></head><body><div class="hentry">'
                '<h1 class="entry-title">Round things</h1>' + "<div><p>word</p>" * size + "</div>" * size
                + '<span class="author vcard"><a class="fn">Round Now</a></span>'
                '<span class="updated">7 April 2017</span></div></body></html>')
        return lambda: normalise_page("https://roundnow.example.com/2017/04/07/round-things/", page)

    assert_linear_time(normalising, 4000)


def test_a_news_item_whose_heading_is_followed_by_its_publication_line_with_a_date_element_is_a_record():
    # The American Psychiatric Association's blog (2024, round 88, held-out, fixed after the round's final
    # figure): og:title and nothing scholarly, no byline; in the article, the h1 and right after it the post's
    # publication line, a list whose first item is classed as its date ('December 24, 2024') and whose second
    # names its categories, then the text's paragraphs: a dated item, as one whose heading's block opens with
    # its day is.
    prose = ("<p>Scientific advancements and technology are giving psychiatrists increasing abilities to "
             "deliver round treatments tailored to individual needs. Some of these include advancements in "
             "the areas of genetics, biomarkers and imaging.</p>")
    page = ('<html><head><meta property="og:title" content="The Latest Round Trends"></head><body>'
            '<article class="c-article--main"><h1 class="h2">The Latest Round Trends</h1>{}'
            f'<div class="c-wysiwyg">{prose * 2}</div></article></body></html>')
    line = ('<ul class="c-list c-list--minor"><li class="{}">December 24, 2024</li><li class="c-meta__cats">'
            "Patients and Families, Technology</li></ul>")
    url = "https://www.round.example.org/news-room/blogs/the-latest-round-trends"
    paper = normalise_page(url, page.format(line.format("c-meta__date u-fl--l"))).papers[0]
    assert (paper.title, paper.authors, paper.published) == ("The Latest Round Trends", None, "2024-12-24")
    # The day in an element not classed as a date, or a date element past the line under the heading (a
    # block of text, its paragraphs' dates), is no more than any other page's heading.
    for other in (page.format(line.format("c-meta__when")),
                  page.format(f'<div class="c-intro">{prose}<span class="c-date">December 24, 2024</span>'
                              "</div>")):
        found = normalise_page(url, other)
        assert found is None or not found.papers, other


def test_the_line_under_a_news_items_heading_is_searched_for_its_day_in_linear_time():
    # Only the element right after the heading is read, and only while it is a line: a long or deep one is
    # given up at a line's length.
    def normalising(count: int):
        nest = '<div class="a-date">' * count + "Aktuell" + "</div>" * count
        page = ('<html><head><meta property="og:title" content="Runde Dinge"></head><body><div>'
                "<h1>Runde Dinge</h1>" + nest + "</div><p>"
                + "Runde Dinge rollen weiter als alle anderen. " * 6 + "</p></body></html>")
        return lambda: normalise_page("https://example.org/news/1", page)

    assert_linear_time(normalising, 2_000)


def test_a_news_items_publication_line_long_only_by_its_category_and_tag_links_still_dates_it():
    # Johns Hopkins's Hub (2014, round 128, train): og:title and nothing scholarly; the h1, then
    # p.author.pubdate holding 'Hub staff report', span.publish-date 'August 12, 2014 1:08:00 pm', 'Posted in'
    # two category links and 'Tagged' five tag links, then the text: a publication line that runs past a
    # line's length only by its links. Its words outside them are a line's, so its day dates the item.
    prose = ("<p>The experimental round treatment has its roots in a laboratory of the university, where "
             "two of the company's founders studied round antibodies grown in plants for many years, long "
             "before anyone thought of them as a treatment for the round virus now spreading.</p>")
    page = ('<html><head><meta property="og:title" content="Round treatment has roots at the university">'
            '</head><body><div class="article"><h1>Round treatment has roots at the university</h1>'
            '<p class="author pubdate topics tags"><span class="author">Hub staff report</span>'
            '<span class="sep">/</span><span class="meta publish-date">August 12, 2014 1:08:00 pm</span>'
            '<span class="topics-in">Posted in <a href="/health">Health</a>, <a href="/science">'
            'Science+Technology</a></span> <span class="tags-in">Tagged {}</span></p>'
            f"{prose * 2}</div></body></html>")
    tags = ", ".join(f'<a href="/tags/{word}">{word} things</a>' for word in
                     ("round", "public-health", "biotechnology", "biophysics", "antibodies"))
    url = "https://hub.example.edu/2014/08/12/round-treatment"
    paper = normalise_page(url, page.format(tags)).papers[0]
    assert (paper.title, paper.published) == ("Round treatment has roots at the university", "2014-08-12")
    # Words outside the links that run past a line (a paragraph in a date-classed block) are no line.
    long_words = "and " + "these words run on far beyond what any publication line would hold " * 2
    found = normalise_page(url, page.format(tags + long_words))
    assert found is None or not found.papers


def test_a_publication_line_of_many_links_is_read_in_linear_time():
    # The words outside the line's links are counted node by node, no further than a line's worth of nodes.
    def normalising(count: int):
        links = '<a href="/t">tag</a>, ' * count
        page = ('<html><head><meta property="og:title" content="Runde Dinge"></head><body><div>'
                '<h1>Runde Dinge</h1><p class="pubdate"><span class="date">12.08.2014</span> ' + links
                + "</p><p>" + "Runde Dinge rollen weiter als alle anderen. " * 6 + "</p></body></html>")
        return lambda: normalise_page("https://example.org/news/1", page)

    assert_linear_time(normalising, 2_000)


def test_an_article_item_on_the_body_is_dated_by_the_itemprop_metas_in_the_head():
    # The Wall Street Journal (2014, round 128, train; as served to a reader without a subscription): <body
    # itemscope itemtype="//schema.org/NewsArticle">, h1[itemprop=headline], the dek h2.sub-head
    # [itemprop=description], the byline's author item (span[itemprop=name] 'Gautam Naik'), two paragraphs the
    # paywall cuts; no day shown, its datePublished only in <meta itemprop> tags in the head. The body is the
    # page's root item, as an html item is: the head's properties no other item holds are its own.
    dek = "Round Cocktail Saved Monkeys When Administered Up to Five Days After Infection"
    page = ('<html><head><meta property="og:title" content="Round Treatment Provides Hope for Human Cases">'
            '{stamp}</head><body itemscope itemtype="//schema.org/NewsArticle">'
            '<h1 itemprop="headline">Round Treatment Provides Hope for Human Cases</h1>'
            f'<h2 class="sub-head" itemprop="description">{dek}</h2>'
            '<div class="byline">By <div itemscope itemprop="author" itemtype="http://schema.org/Person">'
            '<span class="name" itemprop="name">Ann Round</span></div></div>'
            "<p>An experimental round cocktail has cured monkeys inoculated with a lethal dose of the round "
            "virus, setting the stage for scientists to test the treatment in people.</p></body></html>")
    url = "https://www.journal.example.com/articles/round-treatment-provides-hope-for-human-cases-1409331697"
    stamp = '<meta itemprop="datePublished" content="2014-08-30T21:53:00.000Z">'
    paper = normalise_page(url, page.format(stamp=stamp)).papers[0]
    assert (paper.title, paper.authors, paper.published, paper.abstract) == (
        "Round Treatment Provides Hope for Human Cases", ["Ann Round"], "2014-08-30", dek)
    # A head's property another item holds (a publisher's item in the head) is not the body item's.
    other = ('<div itemscope itemtype="http://schema.org/Organization"><meta itemprop="datePublished" '
             'content="2014-08-30"></div>')
    for head in ("", other):
        found = normalise_page(url, page.format(stamp=head))
        assert found is None or not found.papers, head


def test_the_heads_properties_of_a_body_item_are_read_in_linear_time():
    # The head is walked once for its properties, each nest of elements answered once.
    def normalising(count: int):
        page = ('<html><head><meta property="og:title" content="Round things">' + "<noscript>" * count
                + '<meta itemprop="keywords" content="round">' * count + "</noscript>" * count
                + '</head><body itemscope itemtype="http://schema.org/NewsArticle"><h1 itemprop="headline">'
                "Round things</h1><p>" + "Round things roll further than others. " * 6 + "</p></body></html>")
        return lambda: normalise_page("https://example.org/news/1", page)

    assert_linear_time(normalising, 2_000)


def test_a_chinese_news_item_without_meta_dated_by_its_labelled_publication_line_is_a_record():
    # CMSE (2012, round 89): no meta; the heading in div.title (the <title> adds the site's name after an
    # underscore), then in the heading's block "发布日期: <span>2012-06-24</span>" and the text. 科普中国's
    # 辟谣 platform (2019, round 89): the <title> the platform's name alone; the heading in div.rumor-title,
    # the text, and in the article's aside "时间：2019-09-24 17:08". A dated item of the site: a record
    # without authors, as a news release dated under its heading is.
    prose = ("<p>北京时间6月24日12时55分，在航天员的精准操控下，圆形目标飞行器与圆形飞船再次成功交会对接，"
             "我国首次航天员手控交会对接试验取得圆满成功。圆形飞船发射入轨后，经过4次变轨，成功实现了与"
             "圆形目标飞行器的自动交会对接，形成组合体。组合体飞行期间，3名航天员按计划开展了航天员医学"
             "实验和空间技术试验，目前组合体运行正常，航天员状态良好，继续开展相关科学实验。在完成预定任务后，"
             "航天员将手动控制圆形飞船与圆形目标飞行器分离，返回舱在一天内返回地面。</p>")
    above = ('<html><head><title>圆形飞船交会对接任务第二场新闻发布会_圆形航天官方网站</title></head>'
             '<body><div class="nav"><a href="/">首页</a></div><div class="mainCon"><div class="title"> '
             '圆形飞船交会对接任务第二场新闻发布会 </div><div class="info"><div class="pubDate">{}</div>'
             '</div>'
             f'<div class="text">{prose}</div></div></body></html>')
    url = "http://www.example.gov.cn/ztbd/xwfbh/201206/t20120624_43188.html"
    paper = normalise_page(url, above.format("发布日期: <span>2012-06-24</span>")).papers[0]
    assert (paper.title, paper.authors, paper.published) == (
        "圆形飞船交会对接任务第二场新闻发布会", None, "2012-06-24")
    aside = ('<html><head><title>圆形科普-辟谣文章</title></head><body><div class="rumor-article">'
             '<div class="rumor-title">徒手抓圆球真的存在吗？</div><div class="rumor-info"><span>来源： '
             f'圆形科普</span></div><div class="clearfix"><div class="pull-left"><div class="rumor-content">'
             f'{prose}</div></div><div class="rumor-aside pull-right"><div class="rumor-keyword_class">'
             '所属分类：数理化</div><span class="span_time">{}</span></div></div></div>'
             '<div class="tj-box-title">相关推荐</div></body></html>')
    paper = normalise_page("https://piyao.example.cn/rumor/rumordetail?id=agqQ",
                           aside.format("时间：2019-09-24 17:08")).papers[0]
    assert (paper.title, paper.authors, paper.published) == ("徒手抓圆球真的存在吗？", None, "2019-09-24")
    # No label before the day, a label without a day, or the line outside the heading's block: no more than
    # any other page's heading.
    outside = above.replace('<div class="info"><div class="pubDate">{}</div></div>', "").replace(
        "</body>", '<div class="footer">{}</div></body>')
    for other in (above.format("<span>2012-06-24</span>"), above.format("发布日期: 未知"),
                  outside.format("发布日期: 2012-06-24")):
        found = normalise_page(url, other)
        assert found is None or not found.papers, other


def test_a_traditional_chinese_news_item_with_labelled_writer_and_publication_lines_is_a_record():
    # Business Next (數位時代, 2012, round 118): no meta but a description and an og:title written with its
    # name and content swapped; the site's logo and partners in h1s; then div.ViewBox with the story's h1,
    # div.ArticleTool holding span.Author '數位時代網站｜撰文者：許凱玲編譯' (the site, then 'writer:' and the
    # name, '編譯' after it: she compiled and translated it) and span.Date '發表日期：2012-05-16' ('published
    # on', in Traditional characters), then the text's <p>s.
    prose = ("<p>過去半年，圓形公司在195個國家收集超過68萬台圓形設備的數據，調查結果相當驚人："
             "市場上居然存在了"
             "3,997種不同型號的圓形設備，也顯現了一直以來讓開發商相當頭痛的問題：圓形版本實在太過於分散。"
             "如同大家所知的，圓形手機是最多人使用的手機，位居3,997種機型之冠。今年三月，遊戲開發商選擇放棄"
             "圓形平台，原因就是維運圓形平台的成本和時間都過高，同樣的，開發商如何確保所有用戶的使用體驗都是"
             "一致呢？難道要針對不同版本、不同機型的3,997種裝置逐一進行測試嗎？這是一項不可能的任務。</p>")
    page = ('<html><head><title>圓形設備不只百百款 - 圓形時代</title><meta og:title="og:title" content="">'
            '</head><body><h1>圓形時代</h1><h1>Facebook</h1><div class="ViewBox"><h1>圓形設備不只百百款，'
            '統計顯示共有3,997種機型</h1><dl><dd><div class="ArticleTool"><span class="Author">{}</span>'
            '<span class="Date">發表日期：2012-05-16</span></div><div class="Article">'
            f'{prose}</div></dd></dl></div><h3>熱門新聞</h3></body></html>')
    url = "http://www.example.com.tw/article/view/cid/103/id/23225"
    paper = normalise_page(url, page.format("圓形時代網站｜撰文者：許凱玲編譯")).papers[0]
    assert (paper.title, paper.authors, paper.published) == (
        "圓形設備不只百百款，統計顯示共有3,997種機型", ["許凱玲"], "2012-05-16")
    # A writer's line that names no person's name after its label names nobody; the item is dated all the
    # same.
    for line in ("撰文者：圓形時代編輯部整理報導", "圓形時代網站"):
        paper = normalise_page(url, page.format(line)).papers[0]
        assert (paper.authors, paper.published) == (None, "2012-05-16"), line


def test_a_writers_line_beside_a_labelled_publication_line_is_sought_in_linear_time():
    # The writer's line is sought among a few nodes around the publication line, however many its block holds.
    def normalising(count: int):
        spans = "<span>圓形</span>" * count
        page = ('<html><body><div><h1>圓形飞船交会对接</h1><div class="ArticleTool">' + spans
                + '<span class="Date">發表日期：2012-05-16</span>' + spans + '</div><p>'
                + "圆形飞船交会对接任务取得圆满成功。" * 20 + "</p></div></body></html>")
        return lambda: normalise_page("http://www.example.com.tw/t1.html", page)

    assert assert_linear_time(normalising, 2_000).papers[0].published == "2012-05-16"


def test_a_labelled_publication_line_is_sought_in_linear_time():
    # One walk over the page: a nest of title-classed blocks, or a long run of labels without a day, is no
    # slower a node.
    def normalising(count: int):
        nest = '<div class="title">圆' * count + "</div>" * count
        run = "<span>时间：未知</span>" * count
        page = ("<html><body><div>" + nest + '<div class="title">圆形飞船交会对接</div>' + run
                + "<span>发布日期: 2012-06-24</span><p>" + "圆形飞船交会对接任务取得圆满成功。" * 20
                + "</p></div></body></html>")
        return lambda: normalise_page("http://www.example.gov.cn/t1.html", page)

    assert_linear_time(normalising, 2_000)


def test_an_hatom_entry_marking_its_own_published_day_is_a_record_without_an_author():
    # PsyBlog (round 90, WordPress's Thesis theme, 2012): the post is the page's one .hentry, its
    # h1.entry-title and, after the text, "Published: 31 October 2012" in an abbr.published (title
    # 2012-10-31); the page names no writer. A post whose template marks its title and its own day is a
    # dated piece: a record, its author unknown. A day only in meta (no .published) still makes no record
    # of an entry that marks no author (test above).
    prose = "<p>It's often said that a person is the sum of their memories, and so they are.</p>"
    page = ('<html><head><title>How memory works — Round Blog</title></head><body>'
            '<div class="post hentry"><div class="headline_area"><h1 class="entry-title">How memory works'
            f'</h1></div><div class="format_text entry-content">{prose * 3}<p>Published: <abbr '
            'class="teaser_date published" title="2012-10-31">31 October 2012</abbr></p></div></div>'
            '</body></html>')
    paper = normalise_page("https://blog.example.org/2012/10/how-memory-works.php", page).papers[0]
    assert (paper.title, paper.authors, paper.published) == ("How memory works", None, "2012-10-31")
    # Two entries are a listing of posts, no record.
    other = ('<div class="hentry"><h2 class="entry-title">Other</h2><abbr class="published" '
             'title="2012-10-30">x</abbr></div>')
    listing = page.replace('<div class="post hentry">', other + '<div class="post hentry">')
    found = normalise_page("https://blog.example.org/", listing)
    assert found is None or not found.papers


def test_an_hatom_entry_with_its_own_published_day_and_no_author_is_read_in_linear_time():
    def normalising(size):
        page = ('<html><body><div class="hentry"><h1 class="entry-title">Round things</h1>'
                + "<div><p>word</p>" * size + "</div>" * size
                + '<abbr class="published" title="2011-04-12">x</abbr></div></body></html>')
        return lambda: normalise_page("https://news.example.org/post", page)

    assert_linear_time(normalising, 4000)


def test_a_blogger_post_page_is_a_record_of_its_post_title_and_its_date_header():
    # Physics Buzz (round 90, Blogger's classic Layouts template, 2012): no meta but the <title> ("Physics
    # Buzz: Science Jokes at Comic-Con 2012"), no hAtom marks; the post's day in the h2.date-header of its
    # .date-outer ("Wednesday, August 08, 2012"), its title in the h3.post-title of the one .post-outer,
    # and its footer's "Posted by quantum at 4:12 PM" (a screen name, no person's name). A dated post: a
    # record, its author the name the footer gives where it is one.
    prose = "<p>Jokes about the law of cosines and integrals may not be everyone's cup of tea, I know.</p>"
    page = ("<html><head><title>Round Buzz: Round jokes</title><meta content='blogger' name='generator'>"
            "</head><body><div class='blog-posts hfeed'><div class=\"date-outer\"><h2 class='date-header'>"
            "<span>Wednesday, August 08, 2012</span></h2><div class=\"date-posts\"><div class='post-outer'>"
            "<div class='post uncustomized-post-template'><h3 class='post-title'>Round jokes</h3>"
            f"<div class='post-body'>{prose * 3}</div><div class='post-footer'><span class='post-author'>"
            "Posted by {} </span><span class='post-timestamp'>at <a class='timestamp-link' href='/x'>4:12 PM"
            "</a></span></div></div></div></div></div></div></body></html>")
    url = "http://buzz.example.org/2012/08/round-jokes.html"
    for posted_by, authors in (("quantum", None), ("Ada Lovelace", ["Ada Lovelace"])):
        paper = normalise_page(url, page.replace("{}", posted_by)).papers[0]
        assert (paper.title, paper.authors, paper.published) == ("Round jokes", authors, "2012-08-08")
    # The blog's home page, several posts under their date headers, is a listing: no record.
    post = page[page.index('<div class="date-outer">'):page.index("</div></div></body>")]
    listing = page.replace(post, post + post.replace("Round jokes", "Other jokes"))
    found = normalise_page("http://buzz.example.org/", listing.replace("{}", "quantum"))
    assert found is None or not found.papers


def test_a_blogger_post_page_is_read_in_linear_time():
    def normalising(size):
        page = ("<html><body><div class='date-outer'><h2 class='date-header'>Wednesday, August 08, 2012</h2>"
                "<div class='post-outer'><h3 class='post-title'>Round jokes</h3>"
                + "<div><p>word</p>" * size + "</div>" * size
                + "<span class='post-author'>Posted by quantum</span></div></div></body></html>")
        return lambda: normalise_page("http://buzz.example.org/2012/08/round-jokes.html", page)

    assert_linear_time(normalising, 4000)


def test_an_hatom_entry_by_a_pen_name_opening_with_the_article_is_a_record_without_an_author():
    # Field of Science (round 90, held out, Blogger with hAtom marks, 2012): the entry's hCard names "The
    # Lorax" ("By <span class="fn">The Lorax</span>"), a pen name; a person's name does not open with the
    # article. The entry marks its own day: a dated post, its author unknown.
    prose = "<p>I was too young to appreciate the moon landings; after that came the shuttle years.</p>"
    page = ("<html><head><title>Round Blog: A curious night</title></head><body><div class='post hentry'>"
            "<h3 class='post-title entry-title'>A curious night</h3><div class='post-header-line-1'><span "
            "class='post-author vcard'>By <span class='fn'>{}</span></span> <span class='post-timestamp'>on "
            "<abbr class='published' title='2012-08-05T17:31:00-06:00'>Sunday, August 05, 2012</abbr></span>"
            f"</div><div class='post-body entry-content'>{prose * 3}</div></div></body></html>")
    url = "http://round.example.com/2012/08/a-curious-night.html"
    for name, authors in (("The Lorax", None), ("Ada Lovelace", ["Ada Lovelace"])):
        paper = normalise_page(url, page.replace("{}", name)).papers[0]
        assert (paper.title, paper.authors, paper.published) == ("A curious night", authors, "2012-08-05")


def test_a_story_whose_byline_names_the_site_itself_and_a_day_is_a_record_without_an_author():
    # Big Think (round 90, held out, 2012): og:title "London mapped with language | Neurobonkers | Big
    # Think", the heading an h2 (the h1 the site's logo); under it div.byline "<a href="/users/neurobonkers">
    # Neurobonkers</a> on November 8, 2012, 11:50 AM": where the writer's name goes, the blog's name, one of
    # the <title>'s parts. A dated piece, its writer unknown. A name that is no part of the site's names and
    # no person's (a handle) still makes no record.
    prose = "<p>A professor at a London university has produced a wonderful map of the city's tweets.</p>"
    page = ('<html><head><title>Round map | Roundbonkers | Big Round</title><meta property="og:title" '
            'content="Round map | Roundbonkers | Big Round"></head><body><header><h1>Big Round</h1>'
            '<h2>Round map</h2><div class="meta"><div class="byline"><a href="/users/x">{}</a> on November '
            '8, '
            f'2012, 11:50 AM</div></div></header>{prose * 3}</body></html>')
    url = "http://round.example.com/roundbonkers/round-map"
    paper = normalise_page(url, page.replace("{}", "Roundbonkers")).papers[0]
    assert (paper.title, paper.authors, paper.published) == ("Round map", None, "2012-11-08")
    found = normalise_page(url, page.replace("{}", "roundhandle"))
    assert found is None or not found.papers


def test_a_news_item_whose_day_stands_alone_beside_its_heading_with_a_two_digit_year_is_a_record():
    # The Hertie School (2019, round 83, held out; pending until stop 56): og:title and nothing scholarly,
    # an empty byline; right above the h1 an unlabelled, unclassed span whose whole text is the item's day,
    # day first with a two-digit year ('02.12.19'), then the text's paragraphs: a dated item, read as its
    # record without authors, as a news item whose day is classed as a date beside its heading is.
    prose = ("<p>After vetoing three candidates in November, the parliament has confirmed the new round "
             "commission of its president. A professor of round governance spoke to the radio about the "
             "challenges for the new commission.</p>")
    page = ('<html><head><meta property="og:title" content="What\'s on the cards for round things?"></head>'
            '<body><header class="content-header">{}<h1 class="content-header__headline">What\'s on the '
            'cards for round things?</h1><p class="content-header__byline"></p></header>'
            f'<main><section class="text-block">{prose * 2}</section></main></body></html>')
    url = "https://www.round.example.org/en/debate/detail/content/whats-on-the-cards-for-round-things/"
    for day in ('<span style="color: #bf2d38">02.12.19</span>', "<div>2 December 2019</div>"):
        paper = normalise_page(url, page.format(day)).papers[0]
        assert (paper.title, paper.authors, paper.published) == (
            "What's on the cards for round things?", None, "2019-12-02"), day
    # Below the heading too (the byline's place).
    below = page.format("").replace('<p class="content-header__byline"></p>', "<p>02.12.19</p>")
    assert normalise_page(url, below).papers[0].published == "2019-12-02"
    # A two-digit year read only where the element is that day and nothing else: in a line of words, or an
    # impossible day, it is no more than any other page's heading.
    for other in (page.format("<span>Version 02.12.19</span>"), page.format("<span>32.12.19</span>")):
        found = normalise_page(url, other)
        assert found is None or not found.papers, other


def test_a_posts_day_above_its_heading_past_the_empty_paragraph_a_stray_end_tag_leaves_dates_it():
    # Solang Kim's Hugo blog (round 179, train): the header wraps its category heading and its day in a <p>,
    # <p><h3>Paper Review</h3><time>2021. 5. 19.</time></p><h1>…</h1>, which the parser reads as an empty p,
    # the h3, the time and an empty p (the stray </p>) over the h1. The empty p shows nothing: the day right
    # above it is the day right above the heading, and the post is its record, dated so.
    prose = ("<p>Today I introduce a round paper on few-shot learning, which rectifies the prototypes a "
             "network computes from its support samples by the mean of a few pictures each, and I explain "
             "what it changes in the method, why it works better, and what the experiments show us.</p>")
    page = ('<html><head><meta property="og:type" content="article">'
            '<meta property="og:title" content="Round Rectification for Few-Shot Learning 리뷰">'
            '<meta property="article:published_time" content="2021-05-19T02:26:49+09:00"></head><body>'
            '<article class="post-single"><header class="post-title"><p><h3>Paper Review</h3>'
            '<time>2021. 5. 19.</time></p><h1>Round Rectification for Few-Shot Learning 리뷰</h1></header>'
            f'<div class="post-content">{prose * 3}</div></article></body></html>')
    url = "https://round.example.io/posts/21-05-19/"
    paper = normalise_page(url, page).papers[0]
    assert (paper.title, paper.published) == ("Round Rectification for Few-Shot Learning 리뷰", "2021-05-19")
    # A paragraph with words between the day and the heading parts them: it is no empty p.
    worded = page.replace("</p><h1>", "</p><p>Filed under reading notes</p><h1>")
    found = normalise_page(url, worded)
    assert found is None or not found.papers


def test_the_elements_beside_a_news_items_heading_are_searched_for_its_day_in_linear_time():
    # Only the element right above and the one right below the heading are read, each no further than a
    # day's length: a deep nest beside the heading is given up at once.
    def normalising(count: int):
        nest = "<div>" * count + "02.12.19" + "</div>" * count
        page = ('<html><head><meta property="og:title" content="Runde Dinge"></head><body><div>' + nest
                + "<h1>Runde Dinge</h1>" + nest + "</div><p>" + "Runde Dinge rollen weiter als alle. " * 6
                + "</p></body></html>")
        return lambda: normalise_page("https://example.org/news/1", page)

    assert_linear_time(normalising, 2_000)


def test_an_article_whose_breadcrumb_steps_through_its_issues_month_is_a_record_dated_by_it():
    # The Swiss Ornithological Institute's avinews (2021, round 82, held out; pending until stop 56): og:title
    # and nothing scholarly, no byline, no day; the breadcrumb 'Vogelwarte > News & Medien > avinews >
    # Dezember 2021 > Zielartenförderung im lichten…' names the newsletter's issue the article belongs to,
    # then the h1 and the text: a record without authors, dated by the issue's month.
    prose = ("<p>Ein Aktionsplan zeigt nun, wie runde Arten im lichten Wald gefördert werden können, und "
             "nennt die Massnahmen, die Förster und Waldbesitzer dafür treffen können, wo immer runde Arten "
             "im Wald noch leben.</p>")
    steps = "".join(f'<li class="blue"><a href="#"><span>{step}</span></a></li>'
                    for step in ("Vogelwarte", "News &amp; Medien", "avinews"))
    page = ('<html><head><meta property="og:title" content="Runde Arten im lichten Wald"></head><body>'
            f'<nav id="breadcrumbNavigation"><ul id="breadcrumb">{steps}{{}}<li class="current">Runde Arten '
            'im lichten…</li></ul></nav><div id="content"><h1>Runde Arten im lichten Wald</h1>'
            f'{prose * 3}</div></body></html>')
    url = "https://www.round.example.ch/de/news/avinews/dezember-2021/runde-arten-im-lichten-wald"
    issue = '<li class="blue"><a href="#"><span>\n\t\t\tDezember 2021\n\t\t</span></a></li>'
    paper = normalise_page(url, page.format(issue)).papers[0]
    assert (paper.title, paper.authors, paper.published) == ("Runde Arten im lichten Wald", None, "2021-12")
    # A step that only holds a year among words, or the month outside the breadcrumb, is no issue.
    for other in (page.format('<li><a href="#">Zustandsbericht 2021</a></li>'),
                  page.format("").replace('<div id="content">', "<div>Dezember 2021</div><div>")):
        found = normalise_page(url, other)
        assert found is None or not found.papers, other


def test_a_breadcrumbs_steps_are_searched_for_an_issue_in_linear_time():
    # Only the first trail's outermost steps are taken, and only the last two read, no further than a step's
    # length: a nest of trails or of steps is walked once.
    def normalising(count: int):
        trail = '<ul class="breadcrumb"><li>' * count + "Dezember 2021" + "</li></ul>" * count
        page = ('<html><head><meta property="og:title" content="Runde Dinge"></head><body>' + trail
                + "<h1>Runde Dinge</h1><p>" + "Runde Dinge rollen weiter als alle. " * 6
                + "</p></body></html>")
        return lambda: normalise_page("https://example.org/news/1", page)

    assert_linear_time(normalising, 2_000)


def test_a_by_colon_line_that_gives_the_day_after_a_comma_names_the_writer_before_it():
    # LMSYS Org's blog (round 91, 2025, Next.js): og:title with the site's name and nothing scholarly; under
    # the h1 one paragraph "by: Ziyi Xu, Dec 17, 2025", React's empty comments between its parts. The "By"
    # may take a colon, and the names end where the day begins, after a comma.
    prose = "<p>We are excited to introduce a lightweight inference engine for large language models.</p>"
    react = "by: <!-- -->Ada Lovelace<!-- -->,<!-- --> <!-- -->Dec 17, 2025<!-- -->"
    two = "By Ada Lovelace and Alan Turing, December 17, 2025"
    for line, authors in ((react, ["Ada Lovelace"]), ("by: Ada Lovelace, Dec 17, 2025", ["Ada Lovelace"]),
                          (two, ["Ada Lovelace", "Alan Turing"])):
        page = ('<html><head><title>Mini engine in a nutshell | Example Org</title>'
                '<meta property="og:title" content="Mini engine in a nutshell | Example Org">'
                '<meta property="og:type" content="website"></head><body><div class="container">'
                f'<h1>Mini engine in a nutshell</h1><p class="text-xl">{line}</p><hr>'
                f'<div class="article">{prose * 3}</div></div></body></html>')
        paper = normalise_page("https://example.org/blog/2025-12-17-mini", page).papers[0]
        assert (paper.title, paper.published) == ("Mini engine in a nutshell", "2025-12-17")
        assert paper.authors == authors


def _entry_with_related_posts(related: str) -> str:
    prose = "<p>The agency has picked two launch companies to fly its next pair of round satellites.</p>"
    return ('<html><head><title>Two firms win round launch contracts – Round Flight Now</title></head>'
            '<body>'
            '<article id="post-1" class="post-1 post hentry"><header class="entry-header">'
            '<h1 class="entry-title">Two firms win round launch contracts</h1><p class="mh-meta entry-meta">'
            '<span class="entry-meta-date updated"><a href="/2017/10/">October 23, 2017</a></span>'
            '<span class="entry-meta-author vcard"><a class="fn" href="/author/ada/">Ada Lovelace</a></span>'
            f'</p></header><div class="entry-content">{prose * 3}</div></article>'
            f'<div class="mh-related-content">{related}</div></body></html>')


def test_an_hatom_entry_beside_related_posts_marked_entries_without_titles_is_the_pages_record():
    # Spaceflight Now (round 91, held-out, fixed after the round's final figure; WordPress, MH Magazine,
    # 2017):
    # no meta; the story is an article.hentry with its h1.entry-title, .updated day and hCard, and under it
    # the theme's related-posts grid marks each teaser .hentry too, with no .entry-title: the one entry
    # that marks a title is the page's.
    teaser = ('<article class="mh-posts-grid-item post hentry"><div class="mh-posts-grid-thumb">'
              '<a href="/2016/11/11/other/" title="Another round launch">pic</a></div>'
              '<span class="mh-meta-date updated">November 11, 2016</span></article>')
    url = "https://roundflightnow.example.com/2017/10/23/two-firms-win-round-launch-contracts/"
    paper = normalise_page(url, _entry_with_related_posts(teaser * 3)).papers[0]
    assert (paper.title, paper.authors, paper.published) == (
        "Two firms win round launch contracts", ["Ada Lovelace"], "2017-10-23")
    # A listing whose entries each mark a title is no one post.
    titled = '<h3 class="entry-title">Another</h3><span class="mh-meta'
    listed = teaser.replace('<span class="mh-meta', titled)
    found = normalise_page(url, _entry_with_related_posts(listed * 3))
    assert found is None or not found.papers or found.papers[0].authors is None


def test_an_hatom_entry_beside_many_untitled_entries_is_read_in_linear_time():
    def normalising(size):
        teaser = '<div class="hentry"><span class="updated">November 11, 2016</span></div>'
        page = _entry_with_related_posts(teaser * size + '<div class="hentry">' * size + "</div>" * size)
        return lambda: normalise_page("https://roundflightnow.example.com/2017/10/23/two-firms/", page)

    found = assert_linear_time(normalising, 4000)
    assert found.papers[0].authors == ["Ada Lovelace"]


def test_a_news_item_without_meta_whose_tab_names_its_heading_and_the_line_under_it_its_day_is_a_record():
    # HBS Working Knowledge (2004, round 92): no meta at all; the <title> is the h1 and the site's name
    # after a dash, right under the h1 div.date '10/18/2004', then a standfirst and the text's paragraphs.
    prose = ("<p>They are different from you and me, this generation born after 1970. They grew up with a "
             "finger on the keyboard and an ear to the cell phone, and in a world where the forces of "
             "globalization have broken down national barriers like no time in history.</p>")
    page = ("<html><head><title>Managing the Round Generation - Round Working Knowledge</title></head><body>"
            '<div id="archive"><h1>Managing the Round Generation</h1><div class="{}">10/18/2004</div>'
            f'<div class="blurb2">What kind of round workers will they make?</div><div class="body">{prose}'
            "</div></div></body></html>")
    url = "http://round.example.edu/item.jhtml?id=4429"
    paper = normalise_page(url, page.format("date")).papers[0]
    assert (paper.title, paper.published) == ("Managing the Round Generation", "2004-10-18")
    # Undated (the line not classed as a date), it is no more than any page with a heading.
    found = normalise_page(url, page.format("when"))
    assert found is None or not found.papers


def test_a_dated_news_items_text_in_chinese_is_prose_at_a_third_of_the_characters_of_an_english_one():
    # Guangming Online (光明网, 2017, round 98): the text's paragraphs run 60 to 186 characters, every one
    # under the 200 an English paragraph of prose holds at least, yet each is a sentence or more of Chinese
    # (one character a word or a syllable; 200 characters of English run to about 35 words). A dated item
    # over such paragraphs is a record; over short lines (captions, credits) in Chinese, or an English text
    # as short, it is not.
    chinese = ("　　事实上，有证据表明，早在上世纪八十年代就澄清了这一传言。"
               "1985年，美国联邦航空管理局开展了一项研究，"
               "以验证人在不同的海拔高度饮酒，是否会影响执行复杂任务时的表现和酒精测定仪的读数。")
    english = "In fact, the evidence says the rumour was put to rest in the eighties. A study was made."
    page = ('<html><head><meta property="og:title" content="宇航员在太空中喝酒会怎么样"></head><body>'
            '<h1>宇航员在太空中喝酒会怎么样</h1><div class="meta"><span class="date">2017-03-10 09:58</span>'
            '</div><div class="text">{}</div></body></html>')
    url = "http://tech.round.example.cn/2017-03/10/content_23937776.htm"
    paper = normalise_page(url, page.format(f"<p>{chinese}</p>" * 3)).papers[0]
    assert (paper.title, paper.published) == ("宇航员在太空中喝酒会怎么样", "2017-03-10")
    for text in (f"<p>{chinese[:40]}</p>" * 3, f"<p>{english}</p>" * 3):
        found = normalise_page(url, page.format(text))
        assert found is None or not found.papers, text


def test_a_news_item_whose_line_under_its_heading_holds_an_element_identified_as_its_time_is_a_record():
    # Guangming Online (光明网, 2017, round 98): no title meta; the <title> the h1 and the column's and site's
    # names after underscores; right under the h1#articleTitle the line div#contentMsg, its day and time in
    # span#pubTime ('2017-03-10 09:58', identified, not classed, as the publication time) beside the
    # source ('来源：网易科学人'), then the text's paragraphs: a dated item, as one whose line's day is
    # classed as a date.
    prose = ("<p>　　翱翔于距地球数千公里的太空中，进入广袤漆黑的未知领域，是一项艰苦卓绝的工作。"
             "这让人感到巨大压力和极度恐慌。那么，为什么不能让宇航员来一杯鸡尾酒来放松一下？"
             "不幸的是，对于希望能喝上一杯的太空探险者，"
             "那些将他们送上太空的政府机构普遍禁止他们染指包括酒在内的含酒精饮料。</p>")
    page = ("<html><head><title>宇航员在太空中喝酒会怎么样 _探索者 _光明网</title></head><body>"
            '<div class="contentLeft"><h1 id="articleTitle">宇航员在太空中喝酒会怎么样</h1>'
            '<div id="contentMsg">'
            '<span id="{}">2017-03-10 09:58</span>　<span id="source">来源：<a href="https://a.example.com/">'
            '网易科学人</a></span>　<span id="author"></span></div>'
            f'<div id="contentMain">{prose * 3}</div></div></body></html>')
    url = "http://tech.round.example.cn/2017-03/10/content_23937776.htm"
    paper = normalise_page(url, page.format("pubTime")).papers[0]
    assert (paper.title, paper.published) == ("宇航员在太空中喝酒会怎么样", "2017-03-10")
    # Undated (the day's element identified as nothing of a date or time), it is no more than any page.
    found = normalise_page(url, page.format("pubWhen"))
    assert found is None or not found.papers


def test_a_story_without_meta_whose_first_paragraph_of_prose_opens_with_its_day_in_bold_is_a_record():
    # Science@NASA (2004, round 92): no meta title, the <title> the h1 word for word, an h4 standfirst, a
    # short line offering the story's audio, then the text, opening with its day in bold and a colon
    # ("<b>April 23, 2004:</b>&nbsp; Flying over …").
    prose = ("Flying over the lush, mountainous landscape of Central Roundland, a local official points out "
             "plumes of smoke where agriculture is destroying hundreds of acres of round forest, and a river "
             "snaking through the forest below.")
    page = ("<html><head><title>Keeping an Eye on Roundland</title></head><body><table><tr><td>"
            "<h1>Keeping an Eye on Roundland</h1><h4>Researchers have developed software anyone can use to "
            "fly over Roundland.</h4></td></tr></table><p>Listen to this story via <a href='a.mp3'>streaming "
            "audio</a>.</p><p>{}</p><p>" + prose + "</p></body></html>")
    url = "http://science.example.gov/headlines/y2004/23apr_round.htm"
    paper = normalise_page(url, page.format(f"<b>April 23, 2004:</b>&nbsp; {prose}")).papers[0]
    assert (paper.title, paper.published) == ("Keeping an Eye on Roundland", "2004-04-23")
    # A day in bold inside the text, not opening it, dates nothing.
    found = normalise_page(url, page.format(f"{prose} <b>April 23, 2004:</b> {prose}"))
    assert found is None or not found.papers


def test_a_storys_first_paragraph_of_prose_is_searched_for_its_bold_day_in_linear_time():
    # dated_leads reads each paragraph under the heading once, up to the first of prose, and its first bold
    # element once: a long run of short paragraphs, or a deep nest of bold, is no slower a paragraph.
    def normalising(count: int):
        prose = "<p>" + "<b>" * count + "April 23, 2004:" + "</b>" * count + " Flying over. " * 20 + "</p>"
        run = "<p>Short.</p>" * count
        page = ("<html><head><title>Round things</title></head><body><h1>Round things</h1>" + run + prose
                + "</body></html>")
        return lambda: normalise_page("https://example.org/news/1", page)

    assert_linear_time(normalising, 2_000)


def test_a_blog_post_whose_heading_links_its_own_address_and_shows_its_month_and_day_is_a_record():
    # Sciblogs (2012, round 92): no meta title; the <title> is the post's title and the blog's name after a
    # bar; h2.post-title holds the permalink to the page's own address (rel=bookmark), the blog's account
    # (span.author) and the day without its year ('<small>Jul 26</small>'), the year in the address
    # (/2012/07/26/); the text opens 'By Daniel Collins'.
    url = "http://round.example.co.nz/waiology/2012/07/26/round-freshwaters-presentation-friday/"
    prose = ("<p>For those of you in or around Christchurch, I will be giving a presentation on round change "
             "and the future of New Zealand's round freshwaters on Friday (tomorrow), at the Kyle St site, "
             "on "
             "what we know and what we don't know.</p>")
    page = ("<html><head><title>Round freshwaters: presentation, Friday | Waiology</title>"
            f'<link rel="canonical" href="{url}"></head><body><h1>Waiology</h1><div class="post hentry">'
            '<h2 class="post-title"><a href="{href}" rel="bookmark">Round freshwaters: presentation, '
            "Friday</a> "
            '<span class="author">Waiology</span> <small>{day}</small></h2><div class="entry">'
            f"<p><em>By Daniel Roundins</em></p>{prose}</div></div></body></html>")
    paper = normalise_page(url, page.format(href=url, day="Jul 26")).papers[0]
    assert (paper.title, paper.authors, paper.published) == (
        "Round freshwaters: presentation, Friday", ["Daniel Roundins"], "2012-07-26")
    # A heading whose month and day are not the address's, or whose link is another page's (a listing's
    # post), is no post's record.
    for other in (page.format(href=url, day="Aug 3"),
                  page.format(href="http://round.example.co.nz/waiology/2012/07/26/other/", day="Jul 26")):
        found = normalise_page(url, other)
        assert found is None or not found.papers, other


def test_a_blog_posts_headings_are_searched_for_its_own_permalink_in_linear_time():
    # permalinked_post reads each heading's first bookmark link once: many headings linking other posts, or
    # a deep nest in the post's heading, is no slower a heading.
    def normalising(count: int):
        url = "https://example.org/blog/2012/07/26/round/"
        others = '<h2><a rel="bookmark" href="/blog/2012/07/25/other/">Other</a></h2>' * count
        own = ('<h2><a rel="bookmark" href="' + url + '">Round</a>' + "<span>" * count + "Jul 26"
               + "</span>" * count + "</h2>")
        page = ("<html><head><title>Round | Blog</title></head><body>" + others + own + "<p>"
                + "Round things roll. " * 20 + "</p></body></html>")
        return lambda: normalise_page(url, page)

    assert_linear_time(normalising, 2_000)


def test_a_news_items_day_line_under_its_heading_is_read_past_a_line_of_links_alone():
    # Innovations Report (2005, round 92, held-out, fixed after the round's final figure): no meta title, the
    # <title> the h1; right after the h1 a floated h5 that is a "next article" link alone, then h6.datum
    # '28.01.2005', then the text.
    prose = ("<p><b>The results of a major international round trial show that early surgery is not always "
             "the best treatment for one of the commonest forms of stroke.</b><br><br>Supratentorial round "
             "haemorrhage is a type of stroke caused by the spontaneous rupture of a blood vessel.</p>")
    page = ("<html><head><title>Urgent Surgery Is Not Always Necessary</title></head><body><div id='main'>"
            "<h1>Urgent Surgery Is Not Always Necessary</h1><h5 style='float: right;'>{}</h5>"
            f"<h6 class='datum'>28.01.2005</h6>{prose}</div></body></html>")
    url = "http://www.round.example.com/html/reports/medicine_health/report-39516.html"
    link = "<a href='/html/reports/medicine_health/report-39513.html'><img src='next.gif'> next article</a>"
    paper = normalise_page(url, page.format(link)).papers[0]
    assert (paper.title, paper.published) == ("Urgent Surgery Is Not Always Necessary", "2005-01-28")
    # A line of text of its own between them (not links alone) is no navigation: the day is not under it.
    found = normalise_page(url, page.format("Our research reports, every day"))
    assert found is None or not found.papers


def test_a_post_whose_heading_links_its_own_dated_address_is_dated_by_the_first_day_shown_after_it():
    # BiologyNews.net (2012, round 94): the h1 links the item's own dated address (no rel), the line under it
    # (a table of its own) 'August  9, 2012 03:41 PM'; no meta. Discover Magazine's Bad Astronomy (WordPress,
    # 2012): the h2's bookmark link to the page's own address, the entry, then the footer line 'August 9th,
    # 2012 1:05 PM' and 'by Phil Plait in …'. The first day shown after the heading is the address's.
    prose = ("<p>Geckos are remarkable little round creatures, clinging to almost any dry surface, and "
             "they appear to be equally happy scampering through rainforest canopies as in round urban "
             "settings.</p>")
    url = "http://www.round.example.net/archives/2012/08/09/how_geckos_cope_with_wet_feet.html"
    lined = ("<html><head><title>How geckos cope with wet feet</title></head><body>"
             "<div class='generaltitle'><div class='title'><table><tr><td></td><td><h1><a href='{href}'>"
             "How geckos cope with wet feet</a></h1></td></tr></table></div><div class='utility'><table><tr>"
             "<td>{day}</td><td><a href='/b'>Biology</a></td></tr></table></div></div>"
             f"{prose}<p>Source : The Round Society</p></body></html>")
    paper = normalise_page(url, lined.format(href=url, day="August  9, 2012 03:41 PM")).papers[0]
    assert (paper.title, paper.published) == ("How geckos cope with wet feet", "2012-08-09")
    post_url = "http://blogs.round.example.com/badround/2012/08/09/first-color-panorama-from-round/"
    footed = ("<html><head><title>First color panorama from Round | Bad Round | Round Magazine</title>"
              f"<link rel='canonical' href='{post_url}'></head><body><div class='post'><h2>"
              "<a href='{href}' rel='bookmark'>First color panorama from Round</a></h2><div class='entry'>"
              f"{prose}</div><p class='postmetadata'>{{day}} Tags: <a href='/t' rel='tag'>Mars</a><br> by "
              "<a href='/author/pround/' rel='author'>Phil Round</a> in <a href='/c'>Cool stuff</a></p>"
              "</div></body></html>")
    paper = normalise_page(post_url, footed.format(href=post_url, day="August 9th, 2012 1:05 PM")).papers[0]
    assert (paper.title, paper.published) == ("First color panorama from Round", "2012-08-09")
    # The first day after the heading another than the address's, or the heading linking another post, is no
    # post's record.
    for page, address in ((lined.format(href=url, day="August 10, 2012 03:41 PM"), url),
                          (lined.format(href=url.replace("09/how", "09/other"), day="August  9, 2012"), url),
                          (footed.format(href=post_url, day="August 12th, 2012 1:05 PM"), post_url)):
        found = normalise_page(address, page)
        assert found is None or not found.papers, page


def test_a_posts_texts_after_its_heading_are_searched_for_its_first_day_in_linear_time():
    # permalinked_post walks the page once to the texts after the post's heading, and reads at most a few
    # hundred of them: a long entry without a day, or a deep nest, is no slower a text.
    def normalising(count: int):
        url = "https://example.org/blog/2012/07/26/round/"
        page = ("<html><head><title>Round | Blog</title></head><body>" + "<p>Menu</p>" * count
                + '<h2><a href="' + url + '">Round</a></h2>' + "<div>" * count + "<p>Round things roll.</p>"
                * count + "</div>" * count + "<p>July 26, 2012</p></body></html>")
        return lambda: normalise_page(url, page)

    assert_linear_time(normalising, 2_000)


def test_a_journal_article_under_its_journals_name_and_issue_months_is_a_record_dated_by_the_issue():
    # Air University Review (1984, round 94): no meta; the <title> the heading in capitals; above the h2 an
    # italic 'Air University Review,' and a link 'May-June 1984' to the issue; under it the byline, a link to
    # the contributor's note; then an article's length of text. The bimonthly issue dates it by its first
    # month.
    prose = ("<p>THIS seems to be conventional round wisdom: nuclear weapons have changed everything. Yet in "
             "many respects the nuclear age can be seen not as a break with past strategic theory but as the "
             "culmination of the evolution of strategy, the latest stage of military thought.</p>") * 60
    page = ("<html><head><title>CLASSICAL ROUND STRATEGY AND MISSILE DEFENSE</title></head><body><p><i>"
            "{journal}</i> <a href='/aureview/1984/may-jun/may-jun84.html'>May-June\n1984</a></p>"
            "<h2>Classical Round Strategy<br>and Missile Defense</h2><p align='center'><a href='#jensen'>"
            f"Owen E. Jensen</a></p>{prose}<p><a name='jensen'></a><b>Owen E. Jensen</b> is an attache."
            "</p></body></html>")
    url = "http://www.round.example.mil/airchronicles/aureview/1984/may-jun/jensen.html"
    paper = normalise_page(url, page.format(journal="Air University Review,")).papers[0]
    assert (paper.title, paper.authors, paper.published) == (
        "Classical Round Strategy and Missile Defense", ["Owen E. Jensen"], "1984-05")
    # A line that names no periodical over the heading ('London,' and a month) is no issue's.
    found = normalise_page(url, page.format(journal="London,"))
    assert found is None or not found.papers or found.papers[0].published is None


def test_a_page_without_headings_whose_headline_is_its_largest_type_over_a_by_line_is_a_record():
    # Stanford Report (1999, round 94; BeyondPress and FrontPage): no meta, no heading of words (an h2 holds a
    # navigation image map alone); the headline a paragraph in <font size="5">, the next 'BY KATHLEEN
    # O'TOOLE', then the story; the left column 'Issue of <br> January 13, 1999'. The <title> words the
    # headline otherwise ('New institute to study info technology: 1/99').
    prose = ("<p><font size='3'>For the first time in my career, I don't know what to think about what is "
             "going on, a slightly exasperated Professor Stephen Round admits, when asked to summarize the "
             "Internet's impact on society, and the evidence is very sketchy.</font></p>") * 4
    page = ("<html><head><title>New institute to study round technology: 1/99</title></head><body><table><tr>"
            "<td><p><font color='#FFFFCC'>{issue}</font></p></td><td><h2><img src='nav.gif'></h2>"
            "<p><font size='{size}' face='Arial'>Nie to head new institute studying impact of round "
            "technology</font></p><p><font size='3'>BY KATHLEEN O'ROUND </font></p>"
            f"{prose}</td></tr></table></body></html>")
    url = "http://www.round.example.edu/dept/news/report/news/january13/nie113.html"
    paper = normalise_page(url, page.format(issue="Issue of <br>January 13, 1999", size="5")).papers[0]
    assert (paper.title, paper.authors, paper.published) == (
        "Nie to head new institute studying impact of round technology", ["Kathleen O'Round"], "1999-01-13")
    # Type no larger than the text's, or no day the page shows as its issue's, is no headline's record.
    for other in (page.format(issue="Issue of <br>January 13, 1999", size="3"),
                  page.format(issue="Stanford Report", size="5")):
        found = normalise_page(url, other)
        assert found is None or not found.papers, other


def test_a_page_without_headings_is_searched_for_its_largest_type_and_issue_day_in_linear_time():
    # font_headline_story reads each <font> once for its size and walks the page's texts once for the day
    # after 'Issue of': many small fonts, many texts, or a deep nest is no slower a node.
    def normalising(count: int):
        page = ("<html><head><title>Round</title></head><body>" + "<p><font size='3'>Menu</font></p>" * count
                + "<div>" * count + "<p>Issue of</p><p>January 13, 1999</p>" + "</div>" * count
                + "<p><font size='5'>Nie to head new round institute</font></p><p>BY ANN ROUND</p>"
                + "<p>" + "Round things roll. " * 20 + "</p></body></html>")
        return lambda: normalise_page("http://round.example.edu/news/nie.html", page)

    assert_linear_time(normalising, 2_000)


def test_a_journals_name_and_issue_months_over_the_heading_are_read_in_linear_time():
    # named_issue_date reads the texts beside the heading that one walk down the page finds, once a page:
    # many texts above the heading, or a deep nest around the issue line, is no slower a text.
    def normalising(count: int):
        page = ("<html><head><title>ROUND STRATEGY</title></head><body>" + "<p>Menu</p>" * count
                + "<div>" * count + "<p><i>Round Review,</i> <a href='/i'>May-June 1984</a></p>"
                + "</div>" * count + "<h2>Round Strategy</h2><p><a href='#round'>Ann Round</a></p>"
                + "<p>" + "Round things roll. " * 20 + "</p></body></html>")
        return lambda: normalise_page("http://round.example.mil/review/1984/round.html", page)

    assert_linear_time(normalising, 2_000)


# A report saved from a word processor (Bellarmine University's student report, round 92): no h1-h6, the title
# and the author centred in bold paragraphs, then a bold paragraph 'Abstract' over plain paragraphs.
_WORD_REPORT = (
    "<html><head><title>Round Monkey Behavior</title></head><body>"
    "<p><font face='Arial'><i><font size='4'>Round Monkey Behavior</font></i></font></p><hr>"
    "<p align='left'><a href='round.ppt'>View the PowerPoint Presentation</a></p>"
    "<p class='MsoNormal' align='center' style='text-align:center'><b><span style='font-size:14pt'>"
    "<font face='Arial'>Vocalizations &amp; Displays in the Common Round Monkey<o:p></o:p></font></span></b>"
    "</p>"
    "<p class='MsoNormal' align='center' style='text-align:center'><b><span style='font-size:14pt'>"
    "<font face='Arial'>(<i>Lagothrix rotunda</i>)<o:p></o:p></font></span></b></p>"
    "<p class='MsoNormal' align='center' style='text-align:center'><b><font face='Arial'>{author}</font></b>"
    "</p>"
    "<p class='MsoNormal'><b><span><font face='Arial'>&nbsp;<o:p></o:p></font></span></b></p>"
    "<p class='MsoNormal'><b><span><font face='Arial'>Abstract<o:p></o:p></font></span></b></p>"
    "<p class='MsoNormal'><b><span>&nbsp;&nbsp;&nbsp;&nbsp;</span></b><font face='Arial'><span>Two troops "
    "of captive round monkeys were observed with the aid of a video camera and a handheld program.</span>"
    "</font></p>"
    "<p class='MsoNormal'><span>&nbsp;&nbsp;</span><font face='Arial'>The video recordings were analyzed for "
    "the behaviours each troop shows.</font></p>"
    "<p class='MsoNormal'><b><span><font face='Arial'>Introduction</font></span></b></p>"
    "<p class='MsoNormal'>The common round monkey lives in the forests of the round river's basin, where it "
    "is hunted.</p></body></html>"
)


def test_an_hatom_header_entry_dated_in_meta_and_written_by_the_author_tags_person_shown_is_a_record():
    # Geschichte der Gegenwart (WordPress, 2020, round 95): the theme marks its hero header an .hentry holding
    # the h1.entry-title and the standfirst, and the article below another .hentry with no title; neither
    # marks an author or a .published day. The author meta names the writer, whose author box shows that name
    # in an element classed as the author's (h2.author-profile-title), and article:published_time the day
    # ('Erstveröffentlichung: 25. März 2020' shown in the hero's caption, after a standfirst long enough to
    # end the search for a byline under the heading). A dated piece by a named person: a record, as an entry
    # marking its author's hCard is.
    prose = ("<p>Es sieht aus wie ein biopolitischer Traum: Regierungen zwingen ganze Bevölkerungen unter "
             "Regeln.</p>")
    page = ('<html><head><title>Mit Rundem die Welt verstehen? – Geschichte der Runden</title>'
            '<meta property="og:title" content="Mit Rundem die Welt verstehen?">{meta}'
            '<meta property="article:published_time" content="2020-03-25T04:00:26+00:00"></head><body>'
            '<div class="hero-post hentry"><div class="hero-text"><h1 class="entry-title">Mit Rundem die '
            "Welt verstehen?</h1><p>Kann man mit den theoretischen Konzepten und historischen Beispielen, "
            "die Ada Rund in den 1970er Jahren entwickelte, die gegenwärtige Lage deuten? Ja – aber anders, "
            "als man denkt. Und nein, von Rundpolitik zu sprechen hilft dabei nicht weiter.</p></div>"
            "<p>Erstveröffentlichung: 25. März 2020</p></div>"
            '<article class="post full-post hentry"><div class="pp-multiple-authors-boxes">'
            '<h2 class="author-profile-title authorname">Ada Rund</h2><p>Ada Rund lehrt Geschichte.</p></div>'
            f"{prose * 3}</article></body></html>")
    url = "https://geschichte.example.ch/mit-rundem-die-welt-verstehen/"
    tag = '<meta name="author" content="Ada Rund">'
    paper = normalise_page(url, page.format(meta=tag + tag)).papers[0]
    assert (paper.title, paper.authors, paper.published) == ("Mit Rundem die Welt verstehen?", ["Ada Rund"],
                                                             "2020-03-25")
    # Without the author tag, or with a tag the page shows in no author's element, it is no record, as before.
    for other in ("", '<meta name="author" content="Bo Eckig">'):
        found = normalise_page(url, page.format(meta=other))
        assert found is None or not found.papers, other


def test_an_hatom_header_entry_written_by_the_author_tags_person_is_read_in_linear_time():
    # _tagged_writers_entry reads the page's texts once for the writer's name, each asking a few elements up.
    def normalising(size):
        page = ('<html><head><meta name="author" content="Ada Rund">'
                '<meta property="article:published_time" content="2020-03-25T04:00:26+00:00"></head><body>'
                '<div class="hentry"><h1 class="entry-title">Round things</h1></div>'
                + "<div><p>word</p>" * size + "</div>" * size
                + '<h2 class="author-profile-title">Ada Rund</h2></body></html>')
        return lambda: normalise_page("https://news.example.org/post", page)

    assert assert_linear_time(normalising, 4000).papers[0].authors == ["Ada Rund"]


def test_an_article_the_html_element_marks_up_in_microdata_is_a_record_its_opening_no_teaser():
    # NDTV (2020, round 95, a held-out page, read after its final figure): the <html> element itself is the
    # schema.org NewsArticle (<html itemscope itemtype="http://schema.org/NewsArticle">), its headline the
    # h1[itemprop=headline], its day <meta itemprop="datePublished" content="2020-08-04T03:54:00+05:30"> in
    # the byline, its description a meta that is the story's first sentence. The item's properties were sought
    # only below an element under the body, never the <html>: the page was no record. The description that
    # opens the story's text after its dateline ('Paris: ', the place it was filed from) is its first
    # sentence, no teaser of it; a description meta is no summary the page shows in any case.
    first = ("The question of whether ancient life could have existed on Roundland centres on the water that "
             "once flowed there, but new research suggests its valleys were gouged by icy glaciers.")
    doubt = "<p>" + "The study casts doubt on a dominant theory of round rivers. " * 4 + "</p>"
    prose = "<p>Paris: " + first + "</p>" + doubt * 2
    page = ('<html itemscope itemtype="http://schema.org/NewsArticle"><head><meta property="og:title" '
            'content="Glaciers Could Have Sculpted Roundland Valleys"><meta name="description" content="{d}" '
            'itemprop="description"></head><body><h1 itemprop="headline">Glaciers Could Have Sculpted '
            'Roundland Valleys</h1><nav><span itemprop="author" itemscope '
            'itemtype="https://schema.org/Person"><span itemprop="name">Ann Lee</span></span>'
            '<meta itemprop="datePublished" content="2020-08-04T03:54:00+05:30">'
            "<span>Updated: August 04, 2020 3:54 am IST</span></nav>"
            f"{prose}</body></html>")
    url = "https://www.news.example.com/world-news/glaciers-could-have-sculpted-roundland-valleys-2273648"
    paper = normalise_page(url, page.format(d=first)).papers[0]
    assert (paper.title, paper.published, paper.abstract) == (
        "Glaciers Could Have Sculpted Roundland Valleys", "2020-08-04", None)
    # Nor is a description meta the text does not open with: a teaser the page does not show (The New York
    # Times' description meta, marked as its root NewsArticle's, 2013), unlike a teaser the item shows.
    teaser = "Researchers compared more than ten thousand round valleys with channels carved under glaciers."
    assert normalise_page(url, page.format(d=teaser)).papers[0].abstract is None
    shown = page.format(d=teaser).replace("<nav>", f'<div itemprop="description">{teaser}</div><nav>')
    assert normalise_page(url, shown).papers[0].abstract == teaser


def test_an_article_the_html_element_marks_up_is_read_in_linear_time():
    # The root item's properties under a deep nest of other items: each element above a property is asked
    # once whether it is an item, however many properties sit below it.
    def normalising(count: int):
        nest = ('<div itemscope itemtype="http://schema.org/Thing"><span itemprop="headline">a</span>' * count
                + "</div>" * count)
        page = ('<html itemscope itemtype="http://schema.org/NewsArticle"><head><meta property="og:title" '
                'content="Round things"><meta itemprop="datePublished" content="2020-08-04"></head><body>'
                '<h1 itemprop="headline">Round things</h1>' + nest + "</body></html>")
        return lambda: normalise_page("https://example.org/news/1", page)

    assert assert_linear_time(normalising, 2_000).papers[0].published == "2020-08-04"


def test_a_posts_day_opening_the_block_right_under_its_heading_makes_it_a_record():
    # Ai2's blog (2025, round 96, held out; Next.js): og:title the headline and ' | Ai2', og:type website,
    # nothing else; under the h1 a block whose first line is a div holding p 'December 15, 2025' and a bold
    # p 'Ai2' (the institute, no writer), a Share button beside it, then a row of links and the text. The
    # day opens the block right under the heading, two elements down: it dates the post, read as its record
    # without authors, as a day standing alone right under the heading is.
    prose = ("<p>From chatbots to scientific assistants, nearly every modern language model today still "
             "speaks in round tokens, those opaque chunks that sit between characters and words. Round "
             "tokenization has been remarkably successful, but it comes with real costs.</p>")
    page = ('<html><head><meta property="og:title" content="Introducing Round: rounding the next models | '
            'Lab"><meta property="og:type" content="website"></head><body><section><div class="m_0">'
            '<h1 class="fs_1">Introducing Round: rounding the next models</h1><div class="d_grid">{}'
            '<div><button type="button"><span>Share</span></button></div></div></div></section>'
            f'<section><div class="body">{prose * 3}</div></section></body></html>')
    url = "https://lab.example.org/blog/round"
    line = ('<div><p class="m_0 fw_medium">December 15, 2025</p><p class="m_0 fw_700"><span>Lab</span></p>'
            '</div>')
    paper = normalise_page(url, page.format(line)).papers[0]
    assert (paper.title, paper.authors, paper.published) == (
        "Introducing Round: rounding the next models", None, "2025-12-15")
    # A block whose first line is words before the day opens with no day alone: no more than any page.
    worded = page.format('<div><p>Updated on December 15, 2025</p></div>')
    found = normalise_page(url, worded)
    assert found is None or not found.papers


def test_a_press_releases_day_after_its_place_right_under_its_heading_makes_it_a_record():
    # Jugend forscht (2021, round 97; TYPO3's tt_news): og:title the h1, no description, author or date meta;
    # under the h1 p.news-subtitle's span 'Hamburg, 2. November 2021', the place the release was issued in,
    # a comma and the day written out, then a subheading and the text in paragraphs. The line is a
    # dateline: the day after its place dates the release, read as its record without authors, as a day
    # standing alone right under the heading is.
    prose = ("<p>Five of this year's prize-winners present three round projects at the fair from tomorrow. "
             "All of them took part in the latest round of the country's best-known competition for young "
             "researchers, and visitors may see them at the foundation's stand until Sunday.</p>")
    page = ('<html><head><meta property="og:title" content="Round fire hoses and round charcoal"></head>'
            '<body><article class="news-single-item"><h1>Round fire hoses and round charcoal </h1>'
            '<p class="news-subtitle">\n\t\t<span>{} </span>\n\t </p><p class="subtitle">Prize-winners at'
            f' the inventors\' fair in Nuremberg</p><div class="news-single-content">{prose * 3}</div>'
            '</article></body></html>')
    url = "https://www.round.example.de/presse/pressemitteilungen/round-fire-hoses.html"
    for line, day in (("Hamburg, 2. November 2021", "2021-11-02"),
                      ("Frankfurt am Main, 12. September 2021", "2021-09-12")):
        paper = normalise_page(url, page.format(line)).papers[0]
        assert (paper.title, paper.authors, paper.published) == ("Round fire hoses and round charcoal", None,
                                                                  day)
    # A line that is no place and a day (words before it, a month without its day) dates nothing: no more
    # than any page.
    for line in ("was held in hamburg, 2. November 2021", "Hamburg, November 2021"):
        found = normalise_page(url, page.format(line))
        assert found is None or not found.papers

def test_an_episode_page_whose_player_marks_up_the_episodes_day_and_author_is_a_record():
    # NDR Info's Coronavirus-Update (2020, round 97): og:title the h1 '(16) Coronavirus-Update: Brauchen …',
    # og:type article, meta author 'NDR' (the broadcaster), no JSON-LD, no date meta; under the h1 the host's
    # spoken introduction, then the audio player, a schema.org AudioObject in microdata: its name 'Audio: (16)
    # "Wir brauchen …"' (the episode's words), its subline 'NDR Info - … - 18.03.2020 13:15 Uhr Autor/in:
    # Korinna Hennig' (itemprop datePublished and author) and its summary; then the transcript. The one
    # episode the page plays, named by the page's title: its day dates the page and its author, the host
    # who conducts the interview, wrote it.
    prose = ("<p><strong>Korinna Round:</strong> One of the questions our listeners ask most often is this "
             "one: what does the professor say about the round things that everyone is talking about this "
             "week, and how far should we trust the sums that go round?</p>")
    page = ('<html><head><title>(16) Round-Update: We need round things ahead | Radio</title><meta '
            'property="og:title" content="(16) Round-Update: We need round things ahead "><meta '
            'property="og:type" content="article"><meta name="author" content="Radio"></head><body><div '
            'class="copytext"><h1>(16) Round-Update: We need round things ahead</h1><p class="preface">The '
            'danger for the public is high, so the latest estimate says.</p><div class="player" itemscope '
            'itemtype="http://schema.org/AudioObject"><span itemprop="name" content="{name}"></span><span '
            'itemprop="description" content="New sums from London draw a drastic picture of round things. '
            'The virologist says what that means here - and answers his critics."></span><span '
            'itemprop="uploadDate" content="2020-03-18T14:16:20.011+01:00"></span><div class="textinfo"><h2>'
            '{name}</h2><div class="subline"><span itemprop="alternateName">Radio Info</span> - <span '
            'itemprop="datePublished" content="2020-03-18T13:15:00.000+01:00">18.03.2020 13:15 Uhr </span> '
            '<span itemprop="author">Autor/in: Korinna Round </span></div><p>{summary}</p></div></div>'
            f'{prose * 3}</div></body></html>')
    url = "https://www.radio.example.de/info/16-Round-Update,podcastround140.html"
    name = "Audio: (16) &quot;We need round things ahead&quot;"
    summary = ("New sums from London draw a drastic picture of round things. The virologist says what that "
               "means here - and answers his critics.")
    paper = normalise_page(url, page.format(name=name, summary=summary)).papers[0]
    assert (paper.title, paper.authors, paper.published) == (
        "(16) Round-Update: We need round things ahead", ["Korinna Round"], "2020-03-18")
    # The episode's description, shown as the summary in the player's box (the preface is the host's
    # spoken introduction), is the page's abstract; shown nowhere, it is none.
    assert paper.abstract == summary
    unshown = normalise_page(url, page.format(name=name, summary="Listen to the whole episode.")).papers[0]
    assert unshown.abstract is None
    # A player of another episode (a page's link to an older one) is not the page's.
    other = normalise_page(url, page.format(name="Audio: (9) What the sums of round numbers say",
                                            summary=summary))
    assert other is None or not other.papers

def test_an_episode_players_properties_are_read_in_linear_time():
    # The player's own properties, not those of items nested in it: each property's nearest item is sought
    # up the tree, and each element walked keeps its answer, so that a deep nest of properties (each in the
    # one before) walks its depth once, not once a property.
    def reading(depth):
        nest = '<div itemprop="about"><span>word</span>' * depth + "</div>" * depth
        page = parse_page(
            '<html><head><meta property="og:title" content="(16) Round-Update: We need round things ahead">'
            '</head><body><h1>(16) Round-Update: We need round things ahead</h1><div itemscope '
            'itemtype="http://schema.org/AudioObject"><span itemprop="name" content="Audio: (16) We need '
            f'round things ahead"></span>{nest}<span itemprop="datePublished" content="2020-03-18"></span>'
            '<span itemprop="author">Autor/in: Korinna Round</span></div></body></html>')
        return lambda: played_episode(page, "(16) Round-Update: We need round things ahead")

    record = assert_linear_time(reading, 4000)
    assert (record.shown, record.authors) == (["2020-03-18"], ["Korinna Round"])

def test_a_day_alone_right_above_the_heading_its_tab_repeats_makes_a_page_without_meta_a_record():
    # ZAMG's climate news (2022, round 97, held out; Plone): no Open Graph, no date or author meta; <title>
    # 'HISTALP Österreich Jahresbericht 2021 — ZAMG', an <h3>21.01.2022</h3> right above the
    # h1.documentFirstHeading, an empty description div, then the text in paragraphs. Without a meta title,
    # the heading the tab repeats before the site's name is the title, and the day standing alone right
    # above it dates the item, read as its record without authors.
    prose = ("<p>HISTALP is an international collection of round climate data for the greater Alpine "
             "region, made of some hundred series of several climate elements that reach 100 to 250 years "
             "into the past and are held to particular standards of quality.</p>")
    page = ('<html><head><title>HISTALP Round Report 2021 &mdash; Round Institute</title></head><body><div '
            'id="content"><h3>{}</h3><h1 class="documentFirstHeading">HISTALP Round Report 2021</h1><div '
            f'class="documentDescription"></div><div id="content-core">{prose * 2}</div></div></body></html>')
    url = "https://www.round.example.at/cms/de/klima/news/histalp/histalp-round-report-2021"
    paper = normalise_page(url, page.format("21.01.2022")).papers[0]
    assert (paper.title, paper.authors, paper.published) == ("HISTALP Round Report 2021", None, "2022-01-21")
    # A heading of words above it dates nothing: no more than any page without meta.
    found = normalise_page(url, page.format("Climate news"))
    assert found is None or not found.papers


def test_a_line_classed_as_the_date_its_time_before_the_day_over_the_h2_the_tab_is_makes_a_record():
    # Kurskweb (2011, round 137, held out; fixed after the round's final figure): no meta; the h1 the
    # section's name ('Мировые новости'), the photo, <p class="date"><i>15:13 09 декабря 2011</i></p>,
    # then the h2 the <title> is word for word, a lead wholly in bold, then the text in one paragraph of line
    # breaks.
    # The class says the line is the day, its time of day before it; the lead set apart is the summary.
    text = ("<p>Специалисты проверили эту круглую теорию на группе добровольцев, которых попросили три раза "
            "в неделю по 40 секунд ездить на велосипеде.<br />По прошествии шести недель у участников "
            "эксперимента было зафиксировано улучшение в работе инсулина на 28%. <br />Стоит отметить, что "
            "положительное влияние тренировок на уровень сахара было уже давно доказано.</p>")
    page = ('<html><head><title>Ученые: круглые тренировки помогут</title></head><body><div class="content">'
            '<h1 class="fire">Мировые новости</h1></div><div class="content-block"><img src="/n.jpg" alt="">'
            '<p class="{}"><i>15:13 09 декабря 2011</i></p><h2>Ученые: круглые тренировки помогут</h2>'
            '<p><b>Если ежедневно выделять всего по минуте на физические упражнения, можно предотвратить '
            'развитие диабета, '
            f'выяснили сотрудники Круглого университета.</b></p>{text}<p><b>Прочтений:</b> 431</p></div>'
            '</body></html>')
    url = "http://round.example.ru/news/world/26593.html"
    paper = normalise_page(url, page.format("date")).papers[0]
    assert (paper.title, paper.authors, paper.published) == ("Ученые: круглые тренировки помогут", None,
                                                             "2011-12-09")
    assert (paper.abstract or "").startswith("Если ежедневно выделять всего по минуте")
    # A line no class calls the date, its time before the day, dates nothing.
    found = normalise_page(url, page.format("info"))
    assert found is None or not found.papers or found.papers[0].published is None


def test_a_labelled_day_as_the_bare_text_right_after_the_heading_its_tab_repeats_makes_a_record():
    # Doctors Lounge (2011, round 131; HealthDay stories): no meta but the content type; <title> the headline,
    # ' --' and the site's name; the h1, then 'Last Updated: December 15, 2011.' as bare text right after it
    # (no element of its own, a stray </p> closing it), then the dek in bold and the text in paragraphs. The
    # day, the only one the page shows, dates the story, read as its record without authors.
    prose = ("<p>THURSDAY, Dec. 15 (Round News) -- School-based clinics can identify children with a round "
             "fatigue syndrome, and may be useful for diagnosing children with less severe symptoms, "
             "according to a study published online in a round journal.</p>")
    page = ('<html><head><title>Round Clinics Feasible for Chronic Fatigue --Round Lounge</title></head>'
            '<body><p><a href="/journals">Back to Journal Articles</a></p><h1>Round Clinics Feasible for '
            'Chronic Fatigue</h1>\n{}</p><table><tr><td><p><strong>Children detected through round '
            f'clinics do well</strong></p></td></tr></table>{prose * 2}</body></html>')
    url = "http://www.round.example.com/index.php/news/pb/25331"
    paper = normalise_page(url, page.format("Last Updated: December 15, 2011.")).papers[0]
    assert (paper.title, paper.authors, paper.published) == (
        "Round Clinics Feasible for Chronic Fatigue", None, "2011-12-15")
    # Words that are no day, there, date nothing: no more than any page without meta.
    found = normalise_page(url, page.format("Share this story with a colleague."))
    assert found is None or not found.papers


def test_a_long_bare_text_after_a_heading_is_read_for_its_day_in_linear_time():
    # The text after the heading is read only up to a short line's length, however long it runs.
    def reading(size: int):
        page = ('<html><head><title>Round Clinics --Round Lounge</title></head><body><h1>Round Clinics</h1>'
                + "Last Updated: " * size + "December 15, 2011.</p>" + "<p>Round prose of a story.</p>" * 3
                + "</body></html>")
        return lambda: normalise_page("http://www.round.example.com/n/1", page)

    assert_linear_time(reading, 20000)


def test_a_headline_paragraph_over_a_bracketed_posting_line_is_dated_as_its_weekday_says():
    # irishhealth.com (2012, round 131): no h1, no date or author meta; <title> the headline and ' -
    # irishhealth.com'; p.blue_14b the headline, then p.grey_11 '[Posted: Thu 12/01/2012 by <b>Deborah
    # Condon</b> www.irishhealth.com]', then the text in paragraphs. The writer and the day, read day first
    # because 12 January 2012 was a Thursday (1 December 2012 a Saturday).
    prose = ("<p>As many as one in four office workers suffer round boredom while working, with many "
             "choosing unhealthy options to deal with this, a new study has found.</p>")
    page = ('<html><head><title>Many office workers suffer round boredom - roundhealth.com</title><meta '
            'name="Abstract" content="Roundhealth.com - The independent health website in Ireland."></head>'
            '<body><table><tr><td><p class="blue_14b">Many office workers suffer round boredom</p><p '
            'class="grey_11">[Posted: {} by <b>Deborah Round</b>&nbsp;<a href="http://www.roundhealth.com">'
            f'www.roundhealth.com</a>]</p>{prose * 2}</td></tr></table></body></html>')
    url = "http://www.roundhealth.com/article.html?id=20226"
    paper = normalise_page(url, page.format("Thu 12/01/2012")).papers[0]
    assert (paper.title, paper.authors, paper.published) == (
        "Many office workers suffer round boredom", ["Deborah Round"], "2012-01-12")
    # Its Abstract meta is the site's tagline, its address first: no abstract of the story.
    assert paper.abstract is None
    # Month first where the weekday says so: Saturday 1 December 2012.
    assert normalise_page(url, page.format("Sat 12/01/2012")).papers[0].published == "2012-12-01"
    # A weekday that fits neither reading dates nothing.
    found = normalise_page(url, page.format("Mon 12/01/2012"))
    assert found is None or not found.papers or found.papers[0].published is None


def test_a_page_of_many_paragraphs_is_read_for_its_posting_line_in_linear_time():
    def reading(size: int):
        page = ('<html><head><title>Round boredom - roundhealth.com</title></head><body>'
                + "<p>Round boredom</p>" * size + "</body></html>")
        return lambda: normalise_page("http://www.roundhealth.com/article.html?id=1", page)

    assert_linear_time(reading, 8000)


def test_a_headline_paragraph_its_day_after_a_line_break_makes_a_page_without_meta_a_record():
    # Scientific Frontline (2012, round 131; an OpenOffice-written page): no heading, no og, date or author
    # meta; <title> the headline and ' | Scientific Frontline'; one paragraph holds the headline in large bold
    # type, a <br> and the day ('Thursday, January 12, 2012' in an OpenOffice date field), then the text in
    # paragraphs, 'Source: University of Sydney' closing it. The day dates the story, which names no writer.
    prose = ("<P><FONT FACE=\"Arial\">University researchers have debunked the dogma that round predators "
             "are not picky eaters, with a new study finding predators that are given a choice of foods will "
             "select a diet that maximizes their chances of reproducing.</FONT></P>")
    page = ('<HTML><HEAD><TITLE>Predators Pick Round Prey | Round Frontline</TITLE></HEAD><BODY><TABLE><TR>'
            '<TD><P><FONT SIZE=5><B>Predators\n\t\tPick Round Prey</B></FONT><BR><SDFIELD TYPE=DATETIME>{}'
            f'</SDFIELD></P>{prose * 2}</TD></TR></TABLE></BODY></HTML>')
    url = "http://www.round.example.org/earthnews/en011212_01.html"
    paper = normalise_page(url, page.format("Thursday, January 12, 2012")).papers[0]
    assert (paper.title, paper.authors, paper.published) == ("Predators Pick Round Prey", None, "2012-01-12")
    # Words that are no day after the break date nothing.
    found = normalise_page(url, page.format("Posted in Earth News"))
    assert found is None or not found.papers


def test_many_broken_paragraphs_are_read_for_a_headline_and_its_day_in_linear_time():
    def reading(size: int):
        page = ('<html><head><title>Round Prey | Round Frontline</title></head><body>'
                + "<p>Round Prey<br>no day here</p>" * size + "</body></html>")
        return lambda: normalise_page("http://www.round.example.org/n/1.html", page)

    assert_linear_time(reading, 8000)


def test_a_day_in_the_line_under_the_heading_marked_as_a_time_dates_the_story():
    # HealthCanal (2012, round 132; Vivvo): no meta but a Description repeating the headline; <title>
    # 'Round News  - ' and the headline; the h1, then div.article_metadata holding span.metadata_time
    # '17/01/2012 02:43:00' and an empty +1 button, then the text in paragraphs. Kopalnia Wiedzy (2012,
    # round 132): the h1, then div.article-time-and-cat holding <time>3 stycznia 2012, 11:04</time> and
    # the section's link. A class part "time", or the time element, marks the line's day, as a class
    # naming the date does.
    prose = ("<p>The paper is the largest study of its round kind, drawing on eleven thousand people "
             "from the round study, and includes Australians from Darwin to Hobart, the study's author "
             "and a professor of medicine at the round university said.</p>")

    def page(line: str) -> str:
        return ('<html><head><title>Round News  - Vitamin D rates cause for concern</title>'
                '<meta name="Description" content="Vitamin D rates cause for concern"></head><body>'
                '<div id="article_holder"><h1>Vitamin D rates cause for concern</h1>'
                f'{line}<div class="font_size">Font size:</div><div id="article_body">{prose * 3}</div>'
                '</div></body></html>')

    url = "http://www.round.example.com/public-health/25509-Vitamin-rates.html"
    for line, day in (
            ('<div class="article_metadata"><span class="metadata_time">17/01/2012 02:43:00</span>'
             '<div><g:plusone></g:plusone></div></div>', "2012-01-17"),
            ('<div class="article-time-and-cat"><time>3 stycznia 2012, 11:04</time> | '
             '<a href="/m">Medycyna</a></div>', "2012-01-03"),
            # A reading time marked so holds no day: the line's date element after it still dates it.
            ('<div class="meta"><span class="reading-time">5 min read</span> '
             '<span class="date">January 17, 2012</span></div>', "2012-01-17")):
        paper = normalise_page(url, page(line)).papers[0]
        assert (paper.title, paper.authors, paper.published) == (
            "Vitamin D rates cause for concern", None, day)
    # A line whose "time" holds no day dates nothing: no more than any page without a dated line.
    found = normalise_page(url, page('<div class="article_metadata">'
                                     '<span class="metadata_time">5 min read</span></div>'))
    assert found is None or not found.papers


def test_a_labelled_author_line_after_the_text_names_its_writer():
    # Kopalnia Wiedzy (2012, round 132): no meta but a description; the h1, its day (here in a line
    # classed as the date), the text in paragraphs, then div.article-footer: p.author 'Autor:
    # <strong>Anna Błońska</strong>' and p.source 'Źródło: EurekAlert!'; the site's footer has a
    # p.author 'Projekt graficzny: …' of its own.
    prose = ("<p>Wirus zapalenia wątroby typu C zapewnia sobie przeżycie, wykorzystując pewien rodzaj "
             "mikroRNA z opanowywanego narządu, donoszą naukowcy z okrągłego uniwersytetu, którzy "
             "badali replikację wirusa w komórkach wątroby.</p>")

    def page(footer: str) -> str:
        return ('<html><head><title>"Porwane" miRNA stabilizuje genom | RoundWiedzy.pl - Najnowsze'
                '</title></head><body><div class="article-text"><h1>"Porwane" miRNA stabilizuje genom'
                '</h1><div class="article-date">3 stycznia 2012, 11:04 | <a href="/m">Medycyna</a>'
                f'</div>{prose * 3}<div class="article-footer">{footer}<p class="source">Źródło: '
                '<a href="/e">EurekAlert!</a></p></div></div><div id="footer"><p class="author">'
                'Projekt graficzny: Kamila Round</p></div></body></html>')

    url = "http://round.example.pl/miR-122-mikroRNA,14848"
    paper = normalise_page(url, page('<p class="author">Autor: <strong>Anna Błońska</strong></p>')).papers[0]
    assert (paper.title, paper.authors, paper.published) == (
        '"Porwane" miRNA stabilizuje genom', ["Anna Błońska"], "2012-01-03")
    # The source's line alone names no writer, nor does the designer's line in the site's footer.
    assert normalise_page(url, page("")).papers[0].authors is None


def test_a_long_footer_after_the_text_is_read_for_its_author_line_in_linear_time():
    # The lines after the text's last paragraph are read a few elements and a few dozen nodes at most.
    def reading(size: int):
        page = ('<html><head><title>Round Genome | Round.pl</title></head><body><div><h1>Round Genome</h1>'
                '<div class="time">3 stycznia 2012</div>' + "<p>" + "Round prose of a story, " * 12 + "</p>"
                + "<div>" + "<p>Autor: round</p>" * size + "</div></div></body></html>")
        return lambda: normalise_page("http://round.example.pl/a,1", page)

    assert_linear_time(reading, 20000)


def test_a_portals_dated_block_over_a_kicker_and_a_text_broken_by_line_breaks_makes_a_record():
    # health.in.gr (2012, round 132; Netvolution): no meta title; <title> 'in.gr - ', the headline, then
    # the sections; the block of the h1 opens with p.article-date-info 'Δημοσίευση: 04 Ιαν. 2012, 11:28 |
    # Τελευταία ενημέρωση: …', then a kicker p, the h1, the photograph, and the text as bare text in a
    # div, its paragraphs ended by <br>s, no <p>. The heading the <title> repeats, dated by its block.
    text = ("Η παρουσία γάτας μέσα στο σπίτι σχεδόν διπλασιάζει τον κίνδυνο αλλεργίας στους ενήλικες, "
            "σύμφωνα με ιταλική μελέτη που δημοσιεύθηκε σε ένα στρογγυλό επιστημονικό έντυπο της ιατρικής, "
            "έγραψαν οι ερευνητές του πανεπιστημίου.")

    def page(ends: str) -> str:
        return ('<html><head><title>round.gr - Για αλλεργίες «ενοχοποιείται» η γάτα - Υγεία - Ειδήσεις'
                '</title></head><body><div id="main"><p class="article-date-info"><ins><em>Δημοσίευση: '
                '04 Ιαν. 2012, 11:28</em></ins> | <ins><em>Τελευταία ενημέρωση: 04 Ιαν. 2012, 13:04</em>'
                '</ins></p><p class="article-superscription">Ευάλωτοι οι ενήλικες</p><h1>Για αλλεργίες '
                '«ενοχοποιείται» η γάτα</h1><div><dl><dd><img src="/g.jpg"></dd><dt>Μια γάτα</dt></dl>'
                f'<div style="text-align: justify;">{(text + ends) * 3}</div></div></div></body></html>')

    url = "http://health.round.example.gr/news/various/article/?aid=1231144455"
    paper = normalise_page(url, page("<br /><br />")).papers[0]
    assert (paper.title, paper.authors, paper.published) == (
        "Για αλλεργίες «ενοχοποιείται» η γάτα", None, "2012-01-04")
    # Bare text no line break ends is no paragraph of the text: no more than any page without meta.
    found = normalise_page(url, page(" "))
    assert found is None or not found.papers


def test_a_dated_line_under_its_heading_past_an_empty_byline_and_a_share_bar_makes_a_record():
    # The Evening Times (2012, round 133): no meta but the content type; <title> the headline, ' - ' and the
    # paper's name; the masthead's h1, then the story's h1, an empty p.byline, div.comments-top (a 'Share'
    # link and a comments icon), p.pubdate '12 Jan 2012', then the text in paragraphs. The day dates the
    # story, which names no writer: read as its record without authors. Five short paragraphs in a row (96 to
    # 182 characters there) are its text as a paragraph of prose is.
    prose = ("<p>Research has shown that round treatment is most effective and safest when no more than two "
             "embryos are used, particularly for older women, a round study has found.</p>")
    page = ('<html><head><title>\n  Study could help to cut round risks -   \t Round Times\n | News\n</title>'
            '</head><body><h1>Round Times</h1><p>Thursday 12 January 2012</p><h1>Study could help to cut '
            'round risks</h1>\n<p class="byline"> </p><div class="comments-top"><span class="fbShareButton">'
            '<a href="http://www.facebook.com/sharer.php">Share</a></span>&nbsp;<a href="#have-your-say">'
            '<img src="/blank.gif" /><span id="numCommentsTop"></span></a></div>'
            '<p class="{}">12 Jan 2012</p><div class="article-body">' + prose * 5 + '</div></body></html>')
    url = "http://www.round.example.co.uk/news/study-could-help-to-cut-round-risks-1.1143343"
    paper = normalise_page(url, page.format("pubdate")).papers[0]
    assert (paper.title, paper.authors, paper.published) == (
        "Study could help to cut round risks", None, "2012-01-12")
    # The same line unclassed is no publication line: no more than any page without meta.
    found = normalise_page(url, page.format("note"))
    assert found is None or not found.papers


def test_a_bold_opening_whose_first_words_are_in_capitals_is_the_texts_intro_not_its_standfirst():
    # The Evening Times (2012, round 133): the text opens with <p><strong>A PIONEERING Glasgow study could
    # help …</strong></p>, the first words in capitals as a British paper sets its intro, then plain
    # paragraphs: the text's first paragraph, not a standfirst. The same lead in sentence case stays one.
    prose = ("<p>Research has shown that round treatment is most effective and safest when no more than two "
             "embryos are used, particularly for older women, as a round study of clinics has found.</p>")
    page = ('<html><head><meta name="citation_title" content="Study could cut round risks">'
            '<meta name="citation_publication_date" content="2012/01/12"></head><body>'
            '<h1>Study could cut round risks</h1><div><p><strong>{} Glasgow study could help more women '
            'conceive using round treatment and reduce the health risks.</strong></p>' + prose * 3
            + '</div></body></html>')
    url = "http://www.round.example.co.uk/news/study-1.1143343"
    assert normalise_page(url, page.format("A PIONEERING")).papers[0].abstract is None
    lead = normalise_page(url, page.format("A pioneering")).papers[0].abstract
    assert lead is not None and lead.startswith("A pioneering Glasgow")


def test_a_medical_unit_after_the_writer_in_a_byline_is_her_desk_not_a_second_writer():
    # ABC News (2012, round 133): div.byline 'By <a>CARRIE GANN</a> (<a>@carrie_gann</a>) , ABC News Medical
    # Unit' under h1.headline, div.date 'Jan. 9, 2012': the unit is the writer's desk, no person.
    prose = ("<p>Scientists have found new evidence that grief might actually break your round heart. A new "
             "study shows that people grieving could have a heart attack risk that is twenty times higher "
             "than normal, its authors say.</p>")
    page = ('<html><head><title>Grieving Raises Round Risk, Study Says - Round News</title><meta name="Date" '
            'content="2012-01-09"><meta property="og:title" content="Grief Might Break Your Round Heart">'
            '</head><body><h1 class="headline">Round Risks Soar for Grieving Loved Ones</h1>'
            '<div class="byline">'
            'By <a href="/author/ann_round">ANN ROUND</a> (<a href="http://twitter.com/ann_round">@ann_round'
            '</a>) , Round News {}</div><div class="date">Jan. 9, 2012</div>' + prose * 3 + '</body></html>')
    url = "http://round.example.com/Health/grieving-raises-round-risk-study/story?id=15324068"
    paper = normalise_page(url, page.format("Medical Unit")).papers[0]
    assert paper.authors == ["Ann Round"]


def test_a_slashed_day_under_the_heading_is_read_as_the_dated_address_names_it():
    # Комментарии (2011, round 133): og:title the headline; the h1, then p.text_news_header_date '08/12/2011
    # <b>17:30</b>' in the line under it, then the lead and the text. '08/12/2011' is 12 August or 8 December;
    # the address /2011/12/08/308016/… names one of them: that is the day. An address naming neither leaves
    # the day unread.
    prose = ("<p>Опрос, проведенный группой исследователей из круглого университета, показал, что многие "
             "женщины обожают слушать сплетни, а некоторые любят сплетничать сами. Как утверждает "
             "большинство из опрошенных, обсуждение знакомых делает людей социально сплоченными.</p>")
    page = ('<html><head><meta property="og:title" content="Распускать сплетни оказалось полезно"></head>'
            '<body><h1 class="text_news_header_text">\nРаспускать сплетни оказалось полезно\n</h1><div '
            'class="news_header_info_box"><p class="text_news_header_date">\n08/12/2011 <b>17:30</b>\n</p>'
            '<div class="news_header_comments"><p><a href="#disqus_thread">0</a></p></div></div>'
            + prose * 3 + '</body></html>')
    paper = normalise_page("http://life.round.example.ua/2011/12/08/308016/raspuskat.html", page).papers[0]
    assert (paper.title, paper.published) == ("Распускать сплетни оказалось полезно", "2011-12-08")
    found = normalise_page("http://life.round.example.ua/life/308016-raspuskat.html", page)
    assert found is None or not found.papers or found.papers[0].published in (None, "2011")


def test_a_first_paragraph_classed_as_the_storys_announcement_is_its_summary_not_its_opening():
    # Комментарии (2011, round 133): p.news_anons (анонс, the story's announcement) under the share buttons,
    # the description and og:description the same words, then the text in plain paragraphs: the lead set
    # apart, read as the abstract. The same paragraph unclassed is the text's opening (story_openings).
    lead = ("Сплетни повышают уровень положительных гормонов, помогают снять стресс и тревожность, "
            "уверены психологи")
    prose = ("<p>Опрос, проведенный группой исследователей из круглого университета, показал, что многие "
             "женщины обожают слушать сплетни, а некоторые любят сплетничать сами. Как утверждает "
             "большинство из опрошенных, обсуждение знакомых делает людей социально сплоченными.</p>")
    page = (f'<html><head><meta property="og:title" content="Распускать сплетни оказалось полезно"><meta '
            f'name="description" content="{lead}"><meta property="og:description" content="{lead}"></head>'
            '<body><h1>Распускать сплетни оказалось полезно</h1><div><p class="text_news_header_date">'
            '08/12/2011 <b>17:30</b></p></div><p class="{}">' + lead + '</p>' + prose * 3 + '</body></html>')
    url = "http://life.round.example.ua/2011/12/08/308016/raspuskat.html"
    paper = normalise_page(url, page.format("news_anons")).papers[0]
    assert paper.abstract == lead
    assert normalise_page(url, page.format("text")).papers[0].abstract is None


def test_a_story_closed_by_its_day_and_its_count_of_views_makes_a_record():
    # Капитал страны (2012, round 133): no meta but the content type; <title> the headline, ' | ' and the
    # paper's name; <center><h1>the headline</h1></center>, then a div holding div.newsItemText (the text in
    # paragraphs) and an unclassed div '06.01.2012. Просмотров: 527', the day and the count of the story's
    # views. The day dates the story, which names no writer: read as its record without authors.
    prose = ("<p>Результаты нового исследования британских ученых показали: потеря памяти и ослабевание "
             "других функций мозга начинается раньше, чем считалось ранее.</p>")
    page = ('<html><head><title>Ученые установили: потеря круглой памяти | Круглый Капитал</title></head>'
            '<body><h3 class="page_section"><b>НОВОСТИ</b></h3><center><h1 id="h1news">Ученые установили: '
            'потеря круглой памяти</h1></center><div><br /><div class="newsItemText">' + prose * 3
            + '</div><br /><div align="left">06.01.2012. {}</div></div></body></html>')
    url = "http://www.round.example.ru/news/198676"
    paper = normalise_page(url, page.format("Просмотров: 527")).papers[0]
    assert (paper.title, paper.authors, paper.published) == (
        "Ученые установили: потеря круглой памяти", None, "2012-01-06")
    # A day closing the text with other words after it (a cited work's) dates nothing.
    found = normalise_page(url, page.format("Источник: журнал, 527"))
    assert found is None or not found.papers


def test_a_long_text_is_read_for_its_closing_line_of_views_in_linear_time():
    # The text after the heading is walked a bounded number of nodes, however long it runs.
    def reading(size: int):
        page = ('<html><head><title>Круглая память | Круглый Капитал</title></head><body><center><h1>'
                'Круглая память</h1></center><div>'
                + "<p>Результаты нового исследования британских ученых показали многое и разное.</p>" * size
                + '<div>06.01.2012. Просмотров: 527</div></div></body></html>')
        return lambda: normalise_page("http://www.round.example.ru/news/1", page)

    assert_linear_time(reading, 8000)


def _blog_post_under_its_day(day: str = "November  8, 2012", title: str = "Micromorts") -> str:
    # Schneier on Security (2012, round 103; Movable Type): no meta but the content type; <title> 'Schneier on
    # Security: Micromorts', the blog's name, which its h1 shows, a colon, then the post's title, which an h3
    # shows under an h2 of the day; the text in paragraphs, 'Posted on November  8, 2012 at  6:57 AM'.
    prose = ("<p>Shopping for coffee you would not ask for 0.00025 tons, you would ask for 250 grams; so "
             "a one in a million chance of death is a micromort, and a hang-gliding flight is eight of them, "
             "about as many as driving three thousand kilometres in a car.</p>")
    permalink = "https://www.example.com/blog/archives/2012/11/micromorts_1.html"
    return ('<html><head><title>Round on Security: Micromorts</title></head><body><table><tr><td>'
            '<p class="mastname">Ada Round</p></td><td class="contentcell"><div class="indivbody">'
            '<h1>Round on Security</h1><p>A blog covering security and security technology.</p>'
            f'<p align="right"><a href="/blog/">Main</a></p><h2>{day}</h2><h3>{title}</h3>{prose * 2}'
            f'<p class="posted"><a href="{permalink}">Posted on November  8, 2012 at  6:57 AM</a></p>'
            '</div></td></tr></table></body></html>')


def test_a_post_whose_tab_names_it_after_the_blogs_heading_is_a_record_dated_by_the_day_over_it():
    url = "https://www.example.com/blog/archives/2012/11/micromorts_1.html"
    paper = normalise_page(url, _blog_post_under_its_day()).papers[0]
    assert (paper.title, paper.published) == ("Micromorts", "2012-11-08")
    # A heading of words over the post's dates nothing: no more than any page without meta.
    found = normalise_page(url, _blog_post_under_its_day(day="Security news"))
    assert found is None or not found.papers
    # Nor does a heading that is not the rest of the tab after the blog's heading.
    found = normalise_page(url, _blog_post_under_its_day(title="Micromorts and microlives"))
    assert found is None or not found.papers


def test_a_posts_headings_after_the_blogs_name_are_read_in_linear_time():
    def reading(count):
        page = _blog_post_under_its_day().replace("</div></td>", "<h3>Other post</h3><p>More.</p>" * count
                                                  + "</div></td>")
        return lambda: normalise_page("https://www.example.com/blog/archives/2012/11/micromorts_1.html", page)

    assert assert_linear_time(reading, 4000).papers[0].published == "2012-11-08"


def _written_by_article(day: str = "24/10/12") -> str:
    # EcoGeek (2012, round 103; Joomla! 1.5): meta title and author, a description that is the site's slogan,
    # no Open Graph or date meta; under the h2.contentheading 'Written by <span>Philip Proefrock</span> on
    # 24/10/12', the day first and the year in two figures (24 is no month).
    prose = ("<p>An English company has begun producing round petrol directly from air and water, using "
             "carbon capture to take carbon dioxide out of the atmosphere and electrolysis to split water, "
             "then combining the hydrogen and the carbon dioxide into a synthetic fuel.</p>")
    return ('<html><head><meta name="title" content="Round Fuel Made From Air and Water">'
            '<meta name="author" content="Ada Round"><meta name="description" content="Round - Technology for'
            ' the Environment"><title>Round Fuel Made From Air and Water</title></head><body><h1>OCT 24</h1>'
            '<div class="descriptiondiv"><h2 class="contentheading"><a href="/alternative-materials/3824">'
            'Round Fuel Made From Air and Water</a></h2><div class="article-tools"><div class="article-meta">'
            '<span class="small">Written by <span style="font-weight:bold">Ada Round</span> on '
            f'{day}</span></div></div>{prose * 2}</div></body></html>')


def test_a_written_by_line_with_its_day_first_and_a_two_digit_year_makes_a_story_a_record():
    url = "http://www.example.org/alternative-materials/3824-round-fuel-made-from-air-and-water"
    paper = normalise_page(url, _written_by_article()).papers[0]
    assert (paper.title, paper.authors, paper.published) == (
        "Round Fuel Made From Air and Water", ["Ada Round"], "2012-10-24")
    # A day that may be either the fifth of October or the tenth of May dates nothing.
    found = normalise_page(url, _written_by_article("05/10/12"))
    assert found is None or not found.papers or found.papers[0].published is None


def _posted_by_story(opening: str = "posted by") -> str:
    # Pentagon Post (2013, round 116, held out; WordPress, a MyThemeShop theme): og:title and article:* meta
    # (article:author the author page's address, no author meta naming him); under h1.title.single-title the
    # div.post-info line '<span class="theauthor"> posted by <a rel="author">Gary Watts</a></span>
    # <time>July 18, 2013</time>', the section's link after it; the text's paragraphs.
    prose = ("<p>According to the data collected from the participants of a round screening trial, screening "
             "with a round scanner was found to be most beneficial in persons who have a high risk of round "
             "disease, the study's authors report in a medical journal.</p>")
    return ('<html><head><title>Round Patients Gain Most from Round Screening</title>'
            '<meta property="og:type" content="article">'
            '<meta property="og:title" content="Round Patients Gain Most from Round Screening">'
            '<meta property="og:site_name" content="Round Post">'
            '<meta property="article:author" content="http://www.example.com/author/ada"></head><body>'
            '<div class="post"><h1 class="title single-title">Round Patients Gain Most from Round Screening'
            f'</h1><div class="post-info"><span class="theauthor"> {opening} <a href="/author/ada" '
            'title="Posts by Ada Round" rel="author">Ada Round</a></span> <time>July 18, 2013</time> '
            '<span class="thecategory"><a href="/health">Health</a></span></div>'
            f'{prose * 3}</div></body></html>')


def test_a_posted_by_line_under_the_heading_with_its_day_makes_a_story_a_record():
    url = "http://www.example.com/round-patients-gain-most-from-round-screening/8349975"
    paper = normalise_page(url, _posted_by_story()).papers[0]
    assert (paper.title, paper.authors, paper.published) == (
        "Round Patients Gain Most from Round Screening", ["Ada Round"], "2013-07-18")
    # A "Posted by" line with the name, its role and organisation on it is no "By" line: its role is no person
    # (Google's blogs, 2016, which posted_by_lines reads).
    linked = ' posted by <a href="/author/ada" title="Posts by Ada Round" rel="author">Ada Round</a>'
    inline = _posted_by_story().replace(linked, "Posted by Ada Round, Vice President, Round Cloud")
    found = normalise_page(url, inline)
    assert found is None or not found.papers or "Vice President" not in (found.papers[0].authors or [])


def _release_under_a_bold_headline(opening: str = "St. Louis, May 19, 1999 &#150; ") -> str:
    # Washington University School of Medicine's releases (1999, round 103; Lotus Domino): no meta; the
    # <title> 'Medical Public Affairs- Press Release' and the h1 'NEWS' the office's template; the headline in
    # <b><font size=4>, then the text, its first paragraph opening with the dateline 'St. Louis, May 19, 1999
    # –'; a media contact, no byline.
    text = ("Ada Round, Ph.D., professor of cell biology at the School of Medicine, has received a four-year "
            "grant to analyse the molecular factors that regulate a round cell's decision to divide into two "
            "daughter cells; when regulation goes astray, cells divide unrestrainedly into tumours.")
    return ('<html><head><title>Medical Public Affairs- Press Release</title></head><body><table><tr><td>'
            '<h1>NEWS</h1></td></tr><tr><td><b>Contact:</b></td><td>Bob Round</td></tr><tr><td>'
            f'<b><FONT SIZE=4>$1.1 Million Grant To Study Round Cells</FONT></b>   <P>&#9;{opening}{text}'
            f'<P>{text}</td></tr></table></body></html>')


def test_a_release_without_meta_whose_text_opens_with_a_dateline_under_a_bold_headline_is_a_record():
    url = "http://news.example.edu/medadmin/PAnews.nsf/0/B6ADE8FC84A7CAF086256B1E00792CDE"
    paper = normalise_page(url, _release_under_a_bold_headline()).papers[0]
    assert (paper.title, paper.authors, paper.published) == (
        "$1.1 Million Grant To Study Round Cells", None, "1999-05-19")
    # A text that opens without a dateline makes nothing of the bold line over it.
    found = normalise_page(url, _release_under_a_bold_headline(opening=""))
    assert found is None or not found.papers


def test_a_releases_paragraphs_are_searched_for_its_dateline_in_linear_time():
    def reading(count):
        menus = "<p>Menu</p>" * count
        page = _release_under_a_bold_headline().replace("<h1>NEWS</h1>", "<h1>NEWS</h1>" + menus)
        return lambda: normalise_page("http://news.example.edu/medadmin/PAnews.nsf/0/B6ADE8FC", page)

    assert assert_linear_time(reading, 4000).papers[0].published == "1999-05-19"


def _post_dated_without_its_year(day: str = "Thursday, Aug 9") -> str:
    # Boing Boing (2012, round 103, held out; WordPress): og:title and og:type article, no date meta; the
    # h2.headline links the post's own address, /2012/08/09/…, and the byline under it, 'By <a rel="author">
    # Seth Roberts</a> at 1:12 pm Thursday, Aug 9', shows the month and day without the year.
    prose = ("<p>Martha, a software engineer, grew up near St. Louis and did not have round skin problems "
             "in high school or college; after college she spent six years in Seattle, and her skin got a "
             "little worse, then much worse after she moved to Dublin.</p>")
    own = "https://www.example.net/2012/08/09/make-yourself-round-searchi.html"
    title = "Make yourself round: Searching for the cause"
    return (f'<html><head><title>{title} - Round Site</title><meta property="og:type" content="article">'
            f'<meta property="og:title" content="{title}"><meta property="og:url" content="{own}"></head>'
            f'<body><h2 class="headline"><a href="{own}" rel="bookmark">{title}</a> </h2><p class="byline">'
            'By <a href="https://www.example.net/author/ada_round" rel="author">Ada Round</a> at 1:12 pm '
            f'{day}  </p>{prose * 2}</body></html>')


def test_a_post_whose_heading_links_its_dated_address_is_dated_by_the_month_and_day_shown_after_it():
    url = "https://www.example.net/2012/08/09/make-yourself-round-searchi.html"
    paper = normalise_page(url, _post_dated_without_its_year()).papers[0]
    assert (paper.title, paper.authors, paper.published) == (
        "Make yourself round: Searching for the cause", ["Ada Round"], "2012-08-09")
    # A month and day that are not the address's date nothing.
    found = normalise_page(url, _post_dated_without_its_year("Friday, Aug 10"))
    assert found is None or not found.papers or found.papers[0].published is None


def test_an_articles_microdata_teaser_cut_off_with_an_ellipsis_is_no_abstract():
    # Outer Places (2017, round 96; Joomla and K2): a schema.org Article in microdata, its headline the h1
    # (a span[itemprop="name headline"] around it), its day (meta[itemprop=datePublished] '2017-10-16') and
    # its teaser (meta[itemprop=description]) the text's opening cut off: '… In addition to existing...'. The
    # text (div#main-article, paragraphs split by <br><br>) opens with the same words; the teaser stops in
    # an ellipsis where the CMS cut it, a copy of the text's start, no summary of it.
    opening = ("We know the rover really wants to find round things on Mars - it turns out it wants them to "
               "be comfortable too.")
    teaser = opening + " In addition to existing..."
    page = ('<html><head><title>Round things on Mars</title></head><body><div itemscope '
            'itemtype="http://schema.org/Article"><meta itemprop="description" content="{}"><span '
            'itemprop="name headline"><h1>Here Is How the Rover Will Find Round Things</h1></span><div '
            'itemscope itemprop="author" itemtype="http://schema.org/Person" class="author"><span '
            'itemprop="name">Matthew Round</span></div><meta itemprop="datePublished" content="2017-10-16">'
            f'<div id="main-article">{opening}<br><br>In addition to existing plans to create a colony of '
            'round things, the rover has announced plans of its own to carry goods between the planets, '
            'creating a solid trade link between the two worlds.<br><br>This definitely sounds like an idea '
            'from science fiction, but things are not going to be as simple as that.</div></div>'
            '</body></html>')
    url = "https://www.places.example.com/science/item/16900-rover-round-things-mars"
    paper = normalise_page(url, page.format(teaser)).papers[0]
    assert (paper.title, paper.published, paper.abstract) == (
        "Here Is How the Rover Will Find Round Things", "2017-10-16", None)
    # Shown on the page (a description meta is no shown summary since round 95), a teaser cut off is still
    # none, and a whole one, ending its sentence, is the article's summary.
    shown = page.replace('<meta itemprop="description" content="{}">', '<p itemprop="description">{}</p>')
    assert normalise_page(url, shown.format(teaser)).papers[0].abstract is None
    whole = "The rover will carry round things between the planets, and here is how it plans to do so."
    assert normalise_page(url, shown.format(whole)).papers[0].abstract == whole


def test_a_word_documents_centred_bold_title_over_its_authors_bold_line_is_its_title_and_author():
    url = "http://cas.round.example.edu/tietjen/Research/round_monkey.htm"
    paper = normalise_page(url, _WORD_REPORT.format(author="Lindsey Round")).papers[0]
    assert (paper.title, paper.authors) == (
        "Vocalizations & Displays in the Common Round Monkey (Lagothrix rotunda)", ["Lindsey Round"])
    assert paper.abstract.startswith("Two troops of captive round monkeys were observed")
    assert "The video recordings were analyzed" in paper.abstract and "Introduction" not in paper.abstract
    # A last bold line that is no one's name is no author's: the block is not read as a title over a byline.
    found = normalise_page(url, _WORD_REPORT.format(author="Results of the Spring Term"))
    assert found is None or not found.papers or found.papers[0].title == "Round Monkey Behavior"


def test_a_word_documents_bold_paragraphs_are_read_in_linear_time():
    # bold_paragraph_headings reads each paragraph once for the label 'Abstract', and walks from it once up
    # over the title's lines and once down over the abstract's: many paragraphs either side are no slower one.
    def normalising(count: int):
        lines = "<p align='center'><b>Round things of the round river</b></p>" * count
        prose = "<p>Round things roll down the round river in spring, and are watched by us.</p>" * count
        page = _WORD_REPORT.format(author="Lindsey Round").replace(
            "<p class='MsoNormal' align='center'", lines + "<p class='MsoNormal' align='center'", 1).replace(
            "<p class='MsoNormal'><b><span><font face='Arial'>Introduction", prose
            + "<p class='MsoNormal'><b><span><font face='Arial'>Introduction")
        return lambda: normalise_page("http://cas.round.example.edu/r.htm", page)

    assert_linear_time(normalising, 2_000)


# A radio programme's episode page (ABC Radio National's In Conversation, round 94): no heading, no scholarly,
# Open Graph or JSON-LD meta; the <title> the programme's name, the day and the episode's (the guest's) name;
# over the episode's name in bold the presenter's line 'with' and his linked name, and the day; then
# 'Summary:' on a line of its own over the summary, and the transcript.
_EPISODE = (
    "<html><head><title>In Rounds - 26/05/2005: Richard Round </title>"
    "<meta name='Date' content='26/05/2005'></head><body><table><tr><td>"
    "<font face='Arial'><b> </b></font><br><font size='2'><b>Thursday at 7.40pm</b>"
    "<br> <b>{presenter}</b> <br><br><b><font size='2'>26/05/2005</b><br></font><br>"
    "<font face='Arial'><b><font size='3' color='Blue'>Richard Round</font></b><br><br></font></p>"
    "<p><font color='Blue'>Summary:</font><br><font> Studies show that reactions of top people in sport are "
    "faster than roundness can register. How can you get to such a reflex?<br></font>"
    "<p><font color='Blue'>Transcript:</font><br><b>Robyn Round: </b>Have you checked your left leg?"
    "</td></tr></table></body></html>"
)


def test_a_programme_episodes_presenter_line_and_day_over_its_title_are_its_author_and_date():
    url = "http://www.abc.example.net.au/rn/science/inrounds/stories/s1370806.htm"
    with_presenter = "with <a href='/rn/science/inrounds/rround.htm'>Robyn Round</a>"
    paper = normalise_page(url, _EPISODE.format(presenter=with_presenter)).papers[0]
    assert (paper.title, paper.authors, paper.published) == ("Richard Round", ["Robyn Round"], "2005-05-26")
    assert paper.abstract.startswith("Studies show that reactions of top people in sport are faster")
    # A guest named in a line 'Interview with', or a presenter's name that links nowhere, is no presenter's.
    for line in ("Interview with <a href='/rn/rround.htm'>Robyn Round</a>", "with Robyn Round"):
        found = normalise_page(url, _EPISODE.format(presenter=line))
        assert found is None or not found.papers or not found.papers[0].authors, line


def test_a_programme_episodes_lines_are_read_in_linear_time():
    # presented_episode walks the page's texts once and looks a few lines on from each 'with': many lines
    # 'with' and a name, or a deep nest around the presenter's line, is no slower a line.
    def normalising(count: int):
        many = "<p>with <a href='/p.htm'>Ann Round</a></p>" * count
        page = _EPISODE.format(presenter="<div>" * count + "with <a href='/r.htm'>Robyn Round</a>"
                               + "</div>" * count).replace("<body>", "<body>" + many)
        return lambda: normalise_page("http://www.abc.example.net.au/rn/s1.htm", page)

    assert_linear_time(normalising, 2_000)


def test_a_post_showing_only_its_age_under_its_heading_is_dated_by_its_published_time_meta():
    # News8Plus (round 101, WordPress, AF themes' magazine theme): no byline; under the h1 the post shows only
    # its age, "2 weeks ago" in span.item-metadata.posts-date, and article:published_time names the moment.
    # A dated post all the same: its heading and the day its meta gives; a page whose element classed as a
    # date shows no age (a menu's "Dates") stays no record.
    prose = "<p>" + "The round drug's maker has registered it as a rare disease treatment. " * 3 + "</p>"
    page = ('<html><head>'
            '<meta property="og:title" content="Round treatment granted rare disease status - Round8Plus">'
            '<meta property="og:type" content="article">'
            '<meta property="article:published_time" content="2020-03-25T00:54:46+00:00"></head><body>'
            '<header><h1 class="entry-title">Round treatment granted rare disease status</h1></header>'
            '<article class="post hentry"><div class="post-meta-detail">'
            '<span class="item-metadata posts-date">'
            '<i class="fa fa-clock-o"></i> {age} </span><span class="min-read">3 min read</span></div>'
            f'<div class="entry-content">{prose}{prose}</div></article></body></html>')
    paper = normalise_page("https://example.org/saved-page", page.replace("{age}", "2 weeks ago")).papers[0]
    assert (paper.title, paper.published) == ("Round treatment granted rare disease status", "2020-03-25")
    found = normalise_page("https://example.org/saved-page", page.replace("{age}", "Dates"))
    assert found is None or not found.papers


def test_a_drupal_nodes_submitted_line_under_its_heading_dates_a_page_without_meta():
    # Healthcare IT News (round 101, Drupal, 2012): no meta at all; the h1 the <title> repeats before the
    # site's name, the dek an h2, then Drupal's "submitted" line, span.submitted 'TOPEKA, KS | November 28,
    # 2012' (the dateline and the day), then the text. A dated story: its heading, its day and its dek.
    prose = "<p>" + "Officials announced Wednesday that they have begun sharing round data. " * 3 + "</p>"
    page = ('<html><head><title>Round HIE to share data with CDC | Round IT News</title></head><body>'
            '<h1 class="title" id="page-title">Round HIE to share data with CDC</h1>'
            '<div id="node-subheader-wrapper"><div class="right"><a href="/share">Tweet</a></div>'
            '<div class="left">'
            '<h2 class="subheader">Project assists round providers with meeting Stage 2 requirements</h2>'
            '<span class="submitted">TOPEKA, KS | November 28, 2012</span></div></div>'
            f'<div class="content">{prose}{prose}</div></body></html>')
    paper = normalise_page("https://example.org/saved-page", page).papers[0]
    assert (paper.title, paper.published) == ("Round HIE to share data with CDC", "2012-11-28")
    assert paper.abstract == "Project assists round providers with meeting Stage 2 requirements"


def test_drupals_submitted_by_line_under_an_h2_below_the_sites_h1_names_the_writer_and_its_weekdays_day():
    # News Tonight Africa (2012, round 137; Drupal 6): no meta at all; the masthead's h1 is the site's name,
    # the <title> the headline, ' | ' and that name; the headline an h2, then span.submitted 'Submitted by
    # <a href="/users/…">Daphney Choshi</a> on Thu, 01/12/2012 - 09:52', then the text. The story's title is
    # the h2, its writer the person the line names, its day read month first as the weekday says.
    prose = ("<p>" + "Researchers in Australia say they have run the first round trial of a mouth spray. " * 3
             + "</p>")
    page = ('<html><head><title>Researchers Say Round Smokers Should Prefer Mouth Spray | Round Tonight '
            'Africa</title></head><body><div id="header"><h1 class="site-name"><a href="/" rel="home">Round '
            'Tonight Africa</a></h1></div><div id="mainarea"><h2>Researchers Say Round Smokers Should Prefer '
            'Mouth Spray</h2><div class="node"><div class="meta"><span class="submitted">Submitted by <a '
            'href="/users/daphney-round" title="View user profile.">Daphney Round</a> on {}</span></div>'
            '<div class="content"><div class="field"><img src="/a.jpg" alt=""></div>'
            f'{prose}{prose}</div></div></div></body></html>')
    paper = normalise_page("https://example.org/saved-page", page.format("Thu, 01/12/2012 - 09:52")).papers[0]
    assert (paper.title, paper.authors, paper.published) == (
        "Researchers Say Round Smokers Should Prefer Mouth Spray", ["Daphney Round"], "2012-01-12")
    # Day first where the weekday says so: Saturday 1 December 2012.
    found = normalise_page("https://example.org/saved-page", page.format("Sat, 01/12/2012 - 09:52"))
    assert found.papers[0].published == "2012-12-01"


def test_a_submitted_line_is_sought_under_a_heading_in_linear_time():
    from papershelf.normalise.submitted_lines import submitted_story

    def reading(size):
        nest = "<div>" * size + "Round text" + "</div>" * size
        body = ("<html><head><title>Round HIE | Round IT News</title></head><body><h1>Round HIE</h1>"
                + "<span class='submitted'>x</span>" * size + nest + "</body></html>")
        page = parse_page(body)
        return lambda: submitted_story(page, "Round HIE")

    assert assert_linear_time(reading, 3000) is None


def test_a_posts_age_is_sought_under_its_heading_in_linear_time():
    from papershelf.normalise.aged_posts import aged_post

    def reading(size):
        nest = "<div class='posts-date'>" * size + "2 weeks ago" + "</div>" * size
        body = ('<html><head><meta property="article:published_time" content="2020-03-25T00:54:46+00:00">'
                "</head><body><h1>Round post</h1>" + "<span class='date'>x</span>" * size + nest
                + "</body></html>")
        page = parse_page(body)
        return lambda: aged_post(page, "Round post")

    assert assert_linear_time(reading, 3000) is None


_TENCENT_PROSE = ("<p>谷歌在2014年收购的人工智能公司DeepMind开发出一款"
                  "能够用自己的记忆学习新知识并利用这些知识来回答问题的计算机。"
                  "这款产品具有极其重要的意义，因为这意味着未来的人工智能技术"
                  "可能不需要人类来教它就能回答人类提出的问题。</p>")
_TENCENT_TITLE = "DeepMind新电脑已可利用记忆自学 人工智能迈上新台阶"


def _tencent_page(line):
    return (f"<html><head><title>{_TENCENT_TITLE}_科技_腾讯网</title></head><body>"
            f'<div class="hd"><h1>{_TENCENT_TITLE}</h1>' + line + "</div>"
            f'<div id="Cnt-Main-Article-QQ">{_TENCENT_PROSE * 3}</div></body></html>')


def test_a_news_items_line_under_its_heading_with_an_element_classed_as_its_publication_time_is_a_record():
    # Tencent Technology (腾讯科技, 2016, round 100): no meta title, the <title> the h1 and the channel's and
    # portal's names after underscores; right under the h1 the line div.titBar, the day and time in
    # span.pubTime ('2016年10月14日07:17', classed as the publication time, not as a date) beside the source's
    # span.where, then the text's paragraphs: a dated item, as one whose line's day is classed as a date.
    line = ('<div class="titBar"><div class="info"><span class="infoCol"><span class="where">TNW中文站</span>'
            '</span><span class="{}">2016年10月14日07:17</span></div></div>')
    url = "http://tech.round.example.com/a/20161014/006270.htm"
    paper = normalise_page(url, _tencent_page(line.format("pubTime"))).papers[0]
    assert (paper.title, paper.published) == (_TENCENT_TITLE, "2016-10-14")
    # Undated (the day's element classed as nothing of a date or a time), it is no more than any page.
    found = normalise_page(url, _tencent_page(line.format("pubWhere")))
    assert found is None or not found.papers


def test_the_line_under_a_heading_is_measured_by_its_words_not_its_templates_indentation():
    # Tencent Technology (腾讯科技, 2016, round 100): the line under the h1 holds the source, the day and a
    # share menu's few words, 57 characters as a reader sees them, but 904 in the file, its template indenting
    # each nested element on a line of its own: a line all the same, its day the item's.
    indent = "\n" + " " * 40
    menu = "".join(f"<li>{indent}<a>{name}</a>{indent}</li>{indent}"
                   for name in ("腾讯微博", "QQ空间", "QQ好友", "新浪微博", "微信好友", "领英分享"))
    line = (f'<div class="titBar">{indent}<div class="info">{indent}<span class="infoCol">'
            f'<span class="where">TNW中文站</span></span><span class="date">2016年10月14日07:17</span>'
            f'{indent}<div class="shareBtn">'
            f"{indent}<a>我要分享</a>{indent}<ul>{indent}{menu}</ul>{indent}</div>{indent}</div>{indent}</div>")
    url = "http://tech.round.example.com/a/20161014/006270.htm"
    paper = normalise_page(url, _tencent_page(line)).papers[0]
    assert paper.published == "2016-10-14"
    # A block of text under the heading, however it is indented, is no line: its day is not the item's.
    words = "这是一段很长的文字，" * 12
    block = line.replace("我要分享", words)
    found = normalise_page(url, _tencent_page(block))
    assert found is None or not found.papers


def test_the_line_under_a_heading_is_measured_in_linear_time():
    # The line's words are read node by node and no further than a line's: an element under the heading
    # holding thousands of nested, indented elements, and a text of thousands of paragraphs after it, cost
    # no more than the page's size.
    def normalising(size):
        nest = "<span>\n        " * size + "2016年10月14日" + "</span>" * size
        line = f'<div class="titBar"><span class="pubTime">{nest}</span></div>'
        page = _tencent_page(line).replace(_TENCENT_PROSE * 3, _TENCENT_PROSE * size)
        return lambda: normalise_page("http://tech.round.example.com/a/20161014/006270.htm", page)

    assert_linear_time(normalising, 3000)


def test_a_wire_story_dated_over_the_writers_name_and_an_agency_dateline_is_a_record():
    # Reuters Health (round 104, reuters.com, 2013): og:title and nothing else of the story in meta; under the
    # h1, past a column of share links and related stories (their own days and times), the story's day and
    # time alone on a line ('Thu Jul 18, 2013 2:06pm EDT'), the writer's name alone in the next paragraph
    # ('Kathryn Doyle', no "By"), then the text opening with the wire's dateline, the agency in brackets
    # ('NEW YORK (Reuters Health) - In a study …'). A dated story by a named writer.
    related = ('<div class="related"><h3>Related News</h3><ul><li><a href="/a">Round trial stopped early</a>'
               '<div class="timestamp">Thu, Jul 11 2013</div></li></ul></div>')
    page = ('<html><head><title>More evidence not all round cancers need treatment | Wire</title>'
            '<meta property="og:title" content="More evidence not all round cancers need treatment">'
            '<meta property="og:type" content="article"></head><body>'
            '<h1>More evidence not all round cancers need treatment</h1>'
            f'{related}<span id="articleText"><div id="articleInfo"><p><span class="timestamp">'
            'Thu Jul 18, 2013 2:06pm EDT</span></p></div><span class="focusParagraph"><p>Kathryn Doyle</p>'
            '</span><p><span class="articleLocation">NEW YORK</span> (Reuters Health) - In a study of older '
            'men who had died from other causes, almost half were found to have round tumors.</p>'
            '<p>And up to half of those tumors would have qualified for treatment had doctors known.</p>'
            '</span></body></html>')
    paper = normalise_page("https://example.org/saved-page", page).papers[0]
    assert (paper.title, paper.authors, paper.published) == (
        "More evidence not all round cancers need treatment", ["Kathryn Doyle"], "2013-07-18")
    # Without the wire's dateline the text is no wire story's: nothing makes the page a record.
    plain = page.replace('<span class="articleLocation">NEW YORK</span> (Reuters Health) - ', "")
    assert normalise_page("https://example.org/saved-page", plain) is None or not normalise_page(
        "https://example.org/saved-page", plain).papers


def test_a_wire_story_is_sought_under_its_heading_in_linear_time():
    from papershelf.normalise.wire_stories import wire_story

    def reading(size):
        nest = "<div>" * size + "Round text" + "</div>" * size
        body = ("<html><head><title>Round story</title></head><body><h1>Round story</h1>"
                + "<p><span class='timestamp'>Thu Jul 18, 2013 2:06pm EDT</span></p><p>Ann Lee</p>" * size
                + nest + "</body></html>")
        page = parse_page(body)
        return lambda: wire_story(page, "Round story")

    assert assert_linear_time(reading, 3000) is None


def test_a_heading_alone_in_its_wrapper_is_dated_by_the_info_line_before_the_wrapper():
    # BAON (round 104, Mediaworks' county news sites, 2020): og:title and a Yoast graph with no article; the
    # cover text holds the info line (a kicker, span.article-datetime '2020. 08. 18. 21:35', a share button),
    # then div.article-title holding the h1 alone, then the lead and the text. The heading's block is the
    # cover text, the wrapper of the h1 holding nothing else: its day opens it, as chemie.de's does.
    prose = ("<p>" + "A round physician said on television that many recovered patients stay tired. " * 3
             + "</p>")
    page = ('<html><head><title>Round fatigue may follow recovery | ROUND</title><meta property="og:title" '
            'content="Round fatigue may follow recovery | ROUND"><meta property="og:type" content="article">'
            '</head><body><div class="article-cover-text"><div class="article-info"><span class="kicker">'
            'slow recovery</span><span class="article-datetime">2020. 08. 18. 21:35</span></div>'
            '<div class="article-title"><h1>Round fatigue may follow recovery</h1></div></div>'
            f'<div class="entry-content">{prose}{prose}</div></body></html>')
    paper = normalise_page("https://example.org/saved-page", page).papers[0]
    assert (paper.title, paper.published) == ("Round fatigue may follow recovery", "2020-08-18")


def test_a_heading_alone_in_its_wrapper_is_dated_in_linear_time():
    from papershelf.normalise.news_releases import dated_in_its_heading_block

    def reading(size):
        nest = "<div>" * size + "Round text" + "</div>" * size
        body = ("<html><body><div class='cover'>" + "<span class='date'>x</span>" * size
                + "<div class='title'>" + "\n" * size + "<h1>Round item</h1></div></div>" + nest
                + "</body></html>")
        page = parse_page(body)
        return lambda: dated_in_its_heading_block(page, "Round item")

    assert assert_linear_time(reading, 3000) is None


def test_a_heading_whose_first_words_after_it_are_its_day_classed_as_a_date_is_dated_by_it():
    # RTTNews (round 104's held-out page, 2013): og:title and no other meta of the story; div.storyline
    # holding the h1 alone, then div.storymain: an image's block and an empty related-news block, then
    # div#dvEnteredDate > span.Ent-Date '7/19/2013 2:52 AM ET', then the text. The first words under the
    # heading are its day, in an element classed as a date: a dated item, as its line right under it is.
    prose = ("<p>" + "Healthy life expectancy for persons aged 65 is generally less in the round South. " * 3
             + "</p>")
    page = ('<html><head><title>Round Olds Have Lesser Healthy Life Expectancy</title><meta property='
            '"og:title" content="Round Olds Have Lesser Healthy Life Expectancy "></head><body>'
            '<div class="storyc"><div class="storyline">'
            '<h1>Round Olds Have Lesser Healthy Life Expectancy</h1></div>'
            '<div class="storymain"><div class="leftsec"><div class="aimage"><img src="/map.jpg"></div>'
            '<div class="relsec"></div></div>'
            '<div id="dvEnteredDate"><span class="Ent-Date">7/19/2013 2:52 AM ET  </span></div>'
            f'<div class="body-content">{prose}{prose}</div></div></div></body></html>')
    paper = normalise_page("https://example.org/saved-page", page).papers[0]
    assert (paper.title, paper.published) == ("Round Olds Have Lesser Healthy Life Expectancy", "2013-07-19")


def test_without_meta_a_by_line_over_a_labelled_day_under_the_heading_the_tab_is_makes_a_dated_story():
    # MedPage Today (round 104's held-out page, 2013): no og or date meta, the <title> the h1 word for word;
    # under it div.byline: 'By Salynn Boyles, Contributing Writer, MedPage Today', 'Published: May 15, 2013'
    # and the CME reviewers' line. Without meta the day must open its line (a date line, not a sentence's
    # words): a day after its line's label, "Published:", opens it as well.
    prose = ("<p>" + "Travelers who want to avoid round tobacco pollutants may want smoke-free hotels. " * 3
             + "</p>")
    page = ("<html><head><title>Smoke-Free Round Rooms Aren't, Study Finds</title></head><body><article>"
            "<header><h1>Smoke-Free Round Rooms Aren't, Study Finds</h1><div class='byline'><span>By&nbsp;"
            "Salynn  Boyles, Contributing Writer, MedPage Today<div><span>Published: May 15, 2013</span>"
            "</div><div><span>Reviewed&nbsp;by&nbsp;<a href='/r'>Robert Jasmer, MD</a>; Associate Clinical "
            "Professor of Medicine, University of California, San Francisco and Dorothy Caputo, MA, BSN, RN, "
            "Nurse Planner"
            f"</span></div></span></div></header>{prose}{prose}</article></body></html>")
    paper = normalise_page("https://example.org/saved-page", page).papers[0]
    assert (paper.title, paper.authors, paper.published) == (
        "Smoke-Free Round Rooms Aren't, Study Finds", ["Salynn Boyles"], "2013-05-15")


def test_a_headings_first_words_are_sought_for_its_day_in_linear_time():
    from papershelf.normalise.news_releases import dated_in_the_line_under_its_heading

    def reading(size):
        nest = "<div>" * size + "<span class='date'>July 19, 2013</span>" + "</div>" * size
        body = ("<html><body>" + "<div><img src='x.jpg'></div>" * size + "<div><h1>Round item</h1></div>"
                + nest
                + "</body></html>")
        page = parse_page(body)
        return lambda: dated_in_the_line_under_its_heading(page, "Round item")

    assert assert_linear_time(reading, 3000) is None

# The SLF's weekly report (round 102; TYPO3, 2022): no Open Graph, no date, author or title meta, no h1;
# the page title 'Weekly report 14 - 20 January 2022' an h4 in article#pagetitle (the <title> repeats it
# before the site's name), then the report's content element: its heading an h2 in header.contentHeader
# and, first in its body text, a paragraph classed "lead" in bold, then the report's sections and prose.
_HEADED_LEAD = ('<html><head><title>Weekly report 14 - 20 January 2022 - Round Institute</title></head><body>'
                '<h2 class="sr-only">Main navigation</h2><ul><li><a href="/">Home</a></li></ul>'
                '<main><article id="pagetitle"><header><h4>Weekly report 14 - 20 January 2022</h4></header>'
                '</article><h2 class="text-hide">Main content</h2><article class="contentElement">'
                '<header class="contentHeader"><h2>Weak profiles - a favourable round situation</h2>'
                '</header>'
                '<div class="ce-textpic"><div class="ce-bodytext">{lead}</div></div></article>'
                '<article class="contentElement"><header><h3>Steady high</h3></header>{prose}</article>'
                '</main></body></html>')
_LEAD_TEXT = ("'After a clear night it is sunny by day' - this sentence was found several times in the last "
              "round bulletins. The week was marked not only by many hours of sun but by a favourable "
              "situation.")
_REPORT_PROSE = ("<p>The high that had settled over the Alps at the end of the last week held on: the round "
                 "temperatures climbed at first, and a weak cold front crossed the north on Sunday without "
                 "bringing more than a few centimetres of new snow to the higher ground of the east.</p>")


def test_a_heading_with_a_lead_classed_paragraph_right_under_it_makes_a_page_without_meta_a_record():
    lead = f'<p class="lead"><strong>{_LEAD_TEXT}</strong></p>'
    page = _HEADED_LEAD.format(lead=lead, prose=_REPORT_PROSE * 3)
    url = "https://www.round.example.ch/de/reports/2021/22/weekly-report-14-20-january-2022.html"
    paper = normalise_page(url, page).papers[0]
    assert (paper.title, paper.authors, paper.published) == (
        "Weak profiles - a favourable round situation", None, None)
    assert paper.abstract == _LEAD_TEXT
    # The same paragraph unclassed is the text's opening: no record, as any page without meta.
    found = normalise_page(url, _HEADED_LEAD.format(lead=f"<p><strong>{_LEAD_TEXT}</strong></p>",
                                                    prose=_REPORT_PROSE * 3))
    assert found is None or not found.papers
    # A lead-classed paragraph after the text's prose under the heading is no lead of it.
    found = normalise_page(url, _HEADED_LEAD.format(
        lead=_REPORT_PROSE + f'<p class="lead">{_LEAD_TEXT}</p>', prose=_REPORT_PROSE))
    assert found is None or not found.papers


def test_a_heading_and_its_lead_classed_paragraph_are_sought_in_linear_time():
    def normalising(size: int):
        page = ("<html><head><title>Round report</title></head><body>"
                + "<h2>Round section</h2><p>A line.</p>" * size
                + f'<h2>Round report</h2><p class="lead">{_LEAD_TEXT}</p>{_REPORT_PROSE}</body></html>')
        return lambda: normalise_page("https://www.round.example.ch/report.html", page)

    assert_linear_time(normalising, 4000)


# Resonator, the Helmholtz Association's research podcast (round 102, held out; WordPress and Podlove, 2019):
# og:title the episode's title, no date or author meta; the show notes, 'Veröffentlicht am 16.08.2019' after
# the download links, and at the end the episode's own citation, labelled in italics: 'Diese Folge zitieren:
# Holger Klein/Helmholtz-Gemeinschaft: Resonator-Podcast: "RES158 …". 16.08.2019, https://… (CC-BY 4.0)'.
_CITED_EPISODE = (
    '<html><head><meta property="og:title" content="RES158 Round fusion at an accelerator"></head><body>'
    '<article><h1 class="entry-title">RES158 Round fusion at an accelerator</h1><p>Ada Lovelace is an '
    "astrophysicist at a round research centre, where she builds detectors to count how much carbon and "
    "oxygen round stars make between the big bang and the sun.</p><p><em>{label}</em> Holger Klein/Round "
    'Association: Round-Podcast: "RES158 Round fusion at an accelerator". 16.08.2019, '
    "https://round-podcast.example.de/2019/res158/ (CC-BY 4.0)</p></article></body></html>")


def test_the_pages_own_citation_line_quoting_its_title_names_its_creator_and_day_and_makes_it_a_record():
    url = "https://round-podcast.example.de/2019/res158/"
    paper = normalise_page(url, _CITED_EPISODE.format(label="Diese Folge zitieren:")).papers[0]
    assert (paper.title, paper.authors, paper.published) == (
        "RES158 Round fusion at an accelerator", ["Holger Klein"], "2019-08-16")
    # Without the label saying it cites the page, a line quoting the title is anyone's mention of it.
    found = normalise_page(url, _CITED_EPISODE.format(label="Heard on the radio:"))
    assert found is None or not found.papers
    # A word that merely begins like one ("City", "Citrus") is no label of citing.
    for label in ("City:", "Citrus growers:"):
        found = normalise_page(url, _CITED_EPISODE.format(label=label))
        assert found is None or not found.papers, label
    for label in ("Cite this episode:", "Citation:", "Zitiervorschlag:"):
        assert normalise_page(url, _CITED_EPISODE.format(label=label)).papers[0].authors == ["Holger Klein"]


def test_the_pages_own_citation_line_is_sought_in_linear_time():
    # Many short labelled lines, and a nest of short elements (a breadcrumb trail of nested items), each
    # short enough to hold a citation: the label is asked of an element's opening alone.
    def normalising(size: int):
        nest = "<ul><li>" * size + "Dezember 2021" + "</li></ul>" * size
        page = _CITED_EPISODE.format(label="Diese Folge zitieren:").replace(
            "<article>", nest + "<article>" + "<p><em>Cite this:</em> A line \"of\" text. 2019</p>" * size)
        return lambda: normalise_page("https://round-podcast.example.de/2019/res158/", page)

    assert_linear_time(normalising, 4000)


_TRIAL_PROSE = ("<p>Nearly one out of every five procedures performed during later stage clinical "
                "trials collect extraneous data and cost drug developers a million dollars per trial, "
                "according to a new study that the research centre released this week.</p>")


def _story_without_meta(
        line: str = 'By Ada Round // <a href="/2012/11/06/"> November 6th, 2012</a> // 10:07 am',
        tab: str = "Wasting Money On Round Endpoints // Roundalot") -> str:
    # Pharmalot (2012, round 105; WordPress): no meta; the <title> the h1 and ' // Pharmalot'; p.dateline 'By
    # Ed Silverman // <a>November 6th, 2012</a> // 10:07 am' under the h1: the writer, the day and the time
    # parted by double slashes as other bylines part them by bars.
    return (f'<html><head><title>{tab}</title></head><body><h3>Roundalot.com</h3>'
            '<h2 id="breadcrumbs">Blog » 2012 » November » 06</h2>'
            '<div class="post"><h1>Wasting Money On Round Endpoints</h1><a href="#respond">Make a comment</a>'
            f'<p class="dateline">{line}</p><div class="entry">{_TRIAL_PROSE * 2}</div></div></body></html>')


def test_a_story_without_meta_under_the_heading_its_tab_repeats_is_read_by_a_by_line_parted_by_slashes():
    url = "https://www.example.com/2012/11/wasting-money-on-round-endpoints/"
    paper = normalise_page(url, _story_without_meta()).papers[0]
    assert (paper.title, paper.authors, paper.published) == (
        "Wasting Money On Round Endpoints", ["Ada Round"], "2012-11-06")
    # A line of no writer's name ('By the way // …') makes no record of it.
    found = normalise_page(url, _story_without_meta(line='By the way // <a href="/">November 6th, 2012</a>'))
    assert found is None or not found.papers or found.papers[0].authors is None


def _story_dated_over_its_heading(day: str = "June 6, 2013 8:24 AM") -> str:
    # CBS News (2013, round 105): og:title a shorter social headline ('Even if Avandia restrictions are
    # eased, …'), the h1 the headline; div.heading holds div.timeLine 'June 6, 2013 8:24 AM' and the tools,
    # then div.overviewHead holds the h1 alone, then dl.storyBlogByline (dt 'By', dd the writer); the text.
    prose = ("<p>(Round News) The drug was the top-selling diabetes pill in the world, and then the agency "
             "severely restricted its use after reports that taking the drug could raise the risk of heart "
             "attack and stroke, a review found this week.</p>")
    headline = "Round: Even if the agency reverses restrictions, will the drug come back?"
    return (f'<html><head><title>{headline} - Round News</title><meta property="og:title" content="Even if '
            'restrictions are eased, will it come back?"><meta name="author" content="RoundNews.com"></head>'
            f'<body><div class="heading"><div class="timeLine"> {day} </div><div class="pagetools"><ul><li>'
            f'<a href="/print">Print</a></li></ul></div></div><div class="overviewHead"><h1>{headline}</h1>'
            '</div><dl class="storyBlogByline"><dt class="storyBlogBy">By</dt><dd> Ada Round </dd></dl>'
            f'<div class="storyText">{prose * 2}</div></body></html>')


def test_a_bylined_story_is_dated_by_the_day_that_stands_alone_over_its_heading():
    url = "https://www.example.com/8301-505266_162-57587967/round-even-if/"
    paper = normalise_page(url, _story_dated_over_its_heading()).papers[0]
    assert (paper.title, paper.authors, paper.published) == (
        "Round: Even if the agency reverses restrictions, will the drug come back?", ["Ada Round"],
        "2013-06-06")
    # Words over the heading date nothing.
    found = normalise_page(url, _story_dated_over_its_heading(day="Health news"))
    assert found is None or not found.papers or found.papers[0].published is None


def test_a_bylined_storys_day_over_its_heading_is_found_in_linear_time():
    def normalising(count):
        page = _story_dated_over_its_heading().replace(
            '<div class="storyText">', '<div class="storyText">' + "<p>x</p>" * count)
        return lambda: normalise_page("https://www.example.com/8301-505266_162-57587967/round-even-if/", page)

    assert assert_linear_time(normalising, 4000).papers[0].published == "2013-06-06"


def _story_dated_under_its_dek(day: str = "June 5, 2013") -> str:
    # U.S. News Health (2013, round 105; a HealthDay story): og:title the h1; the h1, an h2 dek (the
    # description the same), then span.date 'June 5, 2013' and the print tools; no byline; the text opens
    # with HealthDay's dateline.
    dek = "More than 40 percent have the variation, which affects their response to the common blood thinner"
    headline = "Patients With Certain Gene Need Lower Doses: Study"
    prose = ("<p>WEDNESDAY, June 5 (RoundDay News) -- The discovery of a genetic variation that affects how "
             "some patients respond to the blood thinner could improve the safety and effectiveness of the "
             "drug, researchers report.</p>")
    return (f'<html><head><meta property="og:title" content="{headline}"><meta name="description" '
            f'content="{dek}"><title>{headline} - Round News</title></head><body>'
            f'<div id="unsticky-container"><h1>{headline}</h1>\n<h2>{dek}</h2>\n'
            f'<span class="date">{day}</span>'
            '<span class="tools"><a '
            f'href="/print">Print</a></span><div id="content">{prose * 2}</div></div></body></html>')


def test_a_story_is_dated_by_the_line_under_its_dek_and_its_dek_is_its_abstract():
    url = "https://health.example.com/health-news/news/articles/2013/06/05/patients-with-certain-gene"
    paper = normalise_page(url, _story_dated_under_its_dek()).papers[0]
    assert (paper.title, paper.authors, paper.published) == (
        "Patients With Certain Gene Need Lower Doses: Study", None, "2013-06-05")
    assert paper.abstract == ("More than 40 percent have the variation, which affects their response to the "
                              "common blood thinner")
    # Words classed as a date that are none date nothing.
    found = normalise_page(url, _story_dated_under_its_dek(day="Health"))
    assert found is None or not found.papers or found.papers[0].published is None


def _story_with_a_bare_byline(byline: str = "Ada Round") -> str:
    # SFGate (2013, round 105, held-out, fixed after the round's final figure): og:title the h1; under it
    # h5.deck, then h5.byline holding the writer's name alone in span.name (no "By"), then h5.timestamp
    # 'Published 12:02 am, Monday, May 13, 2013'; the text below.
    prose = ("<p>Giving a little bit of formula to a newborn who is losing too much weight after birth might "
             "actually increase the likelihood that the baby will be breast-feeding three months later, "
             "according to a small study.</p>")
    return ('<html><head><meta property="og:title" content="Tiny bit of round formula promotes feeding">'
            '</head><body><div class="articletitle"><h1 class="headline entry-title">Tiny bit of round '
            'formula promotes feeding</h1><h5 class="deck">A tiny bit of formula encourages nursing in small '
            'trial</h5>'
            f'<h5 class="byline"><span class="name">{byline}</span></h5><h5 class="timestamp updated">'
            f'Published 12:02 am, Monday, May 13, 2013</h5></div>{prose * 2}</body></html>')


def test_a_story_whose_byline_block_holds_the_writers_name_alone_is_a_bylined_story():
    url = "https://www.example.com/health/article/Tiny-bit-of-round-formula-4510136.php"
    paper = normalise_page(url, _story_with_a_bare_byline()).papers[0]
    assert (paper.title, paper.authors, paper.published) == (
        "Tiny bit of round formula promotes feeding", ["Ada Round"], "2013-05-13")
    # The block classed as its deck under the heading is its standfirst, though no full stop closes it.
    assert paper.abstract == "A tiny bit of formula encourages nursing in small trial"
    # A byline block of no person's name names no writer.
    found = normalise_page(url, _story_with_a_bare_byline("staff reports"))
    assert found is None or not found.papers or found.papers[0].authors is None


def _story_dated_at_the_close_of_the_block_over_its_heading(day: str = "Dec. 29 2014 3:00 AM") -> str:
    # Slate (2014, round 109, train): og:title the h1; over it div.meta, the column's name and motto, closed
    # by div.pub-date 'Dec. 29 2014 3:00 AM'; under it h2.dek and div.byline 'By <a>Daniel Gross</a>', then
    # the series' parts; no date or author meta a reader of Open Graph knows.
    headline = "Round Wonders of the Modern World"
    prose = ("<p>When the weather is clear and all systems are go, as many as 3,100 flights can take off and "
             "land each day at the busiest round airport in the world.</p>")
    return (f'<html><head><meta property="og:title" content="{headline}"><meta property="og:type" '
            'content="article"></head><body><header><div class="meta"><div class="prop-name"><a href="/x">'
            'The Back End</a></div><div class="prop-desc">Invisible systems that shape our world.</div>'
            f'<div class="pub-date">{day}</div></div><h1 class="hed">{headline}</h1><h2 class="dek">A quest '
            'to identify the top round marvels of the contemporary age.</h2><div class="byline">By <a '
            'rel="author" href="/authors.ada_round.html">Ada Round</a></div></header><article class="main">'
            f'<div class="body">{prose * 3}</div></article></body></html>')


def test_a_bylined_story_is_dated_by_the_day_classed_line_closing_the_block_over_its_heading():
    url = "http://www.mag.example.com/articles/technology/the_back_end/2014/10/round_wonders.html"
    paper = normalise_page(url, _story_dated_at_the_close_of_the_block_over_its_heading()).papers[0]
    assert (paper.title, paper.authors, paper.published) == (
        "Round Wonders of the Modern World", ["Ada Round"], "2014-12-29")
    assert paper.abstract == "A quest to identify the top round marvels of the contemporary age."
    # Words closing the block over the heading date nothing.
    found = normalise_page(url, _story_dated_at_the_close_of_the_block_over_its_heading(day="Most read"))
    assert found is None or not found.papers or found.papers[0].published is None


def test_a_bylined_storys_day_closing_the_block_over_its_heading_is_found_in_linear_time():
    def normalising(count):
        page = _story_dated_at_the_close_of_the_block_over_its_heading().replace(
            '<div class="prop-name">', '<div class="prop-name">' + "<p>x</p>" * count).replace(
            '<div class="body">', '<div class="body">' + "<p>y</p>" * count)
        url = "http://www.mag.example.com/articles/technology/the_back_end/2014/10/round_wonders.html"
        return lambda: normalise_page(url, page)

    assert assert_linear_time(normalising, 4000).papers[0].published == "2014-12-29"


def _story_opening_the_block_under_its_day(day: str = "September 13, 2011, 8:50 PM EDT") -> str:
    # BusinessWeek (2011, round 112, held out; a class made after the round's final held-out figure): og:title
    # the h1 with ' - BusinessWeek'; div#article_top, the column's kicker and span.published_date 'September
    # 13, 2011, 8:50 PM EDT', then div#article_body opening with the h1, an h2 dek (the description its
    # words), p.author 'By <a>Ben Kunz</a>' and the text; no date meta a reader knows.
    headline = "Here Comes the Round TV"
    dek = ("A bold, new round set would replace today's cable systems and game consoles, and launch a war "
           "with cable providers")
    prose = ("<p>Get ready, because by Christmas you will have a round television in your living room, tied "
             "to the company's online ecosystem and designed as only it can.</p>")
    return (f'<html><head><title>{headline} - Weekly</title><meta property="og:title" content="{headline} '
            '- Weekly"><meta property="og:site_name" content="Weekly"><meta property="og:type" content='
            f'"article"><meta name="description" content="{dek}"></head><body><div id="article_top"><span '
            'class="text_size"><span>text size:</span><a href="#">T</a></span><span class="accent">Viewpoint'
            f'</span><span class="published_date">{day}</span></div><div id="article_body"><h1>{headline}'
            f'</h1><h2>{dek}</h2><p class="author">By <a href="/bios/ada-round.html" rel="author">Ada Round'
            f'</a></p>{prose * 3}</div></body></html>')


def test_a_bylined_story_whose_heading_opens_its_block_is_dated_by_the_day_closing_the_block_above():
    url = "http://www.weekly.example.com/technology/here-comes-the-round-tv-09132011.html"
    paper = normalise_page(url, _story_opening_the_block_under_its_day()).papers[0]
    assert (paper.title, paper.authors, paper.published) == (
        "Here Comes the Round TV", ["Ada Round"], "2011-09-13")
    assert paper.abstract == ("A bold, new round set would replace today's cable systems and game consoles, "
                              "and launch a war with cable providers")
    # Words closing the block above date nothing.
    found = normalise_page(url, _story_opening_the_block_under_its_day(day="Most read"))
    assert found is None or not found.papers or found.papers[0].published is None


def test_a_bylined_storys_day_closing_the_block_above_the_one_its_heading_opens_is_found_in_linear_time():
    def normalising(count):
        page = _story_opening_the_block_under_its_day().replace(
            '<span class="accent">', "<span>x</span>" * count + '<span class="accent">').replace(
            '<p class="author">', "<p>y</p>" * count + '<p class="author">')
        url = "http://www.weekly.example.com/technology/here-comes-the-round-tv-09132011.html"
        return lambda: normalise_page(url, page)

    assert assert_linear_time(normalising, 4000).papers[0].published == "2011-09-13"


def _registered_study(first_label: str = "First Posted", summary_label: str = "Brief Summary:") -> str:
    # ClinicalTrials.gov (2018-2019, round 106): no meta but og:title and og:description, both the study's
    # title with ' - Full Text View'; the h1 the title, then a box of labelled lines ('Recruitment Status :
    # Completed', 'First Posted : November 19, 2018', 'Last Update Posted : …'), the label in a span of its
    # own; then a label div 'Brief Summary:' over the summary's div; far below, the investigator's row.
    summary = ("The purpose of this research study is to evaluate a blood test to measure round markers. "
               "It is hypothesized that the markers may identify patients who can be considered for more "
               "therapy.")
    return ('<html><head><meta property="og:type" content="article"><meta property="og:title" content="'
            'Changes in Round Markers in Patients With Round Disease - Full Text View - Registry">'
            '<meta property="og:description" content="Changes in Round Markers in Patients With Round Disease'
            ' - Full Text View."></head><body><div id="main-content"><h1 class="tr-h1">Changes in Round '
            'Markers in Patients With Round Disease</h1><table><tr><td>Identifier: NCT00000001</td></tr><tr>'
            '<td><div class="tr-status"><span class="term">Recruitment Status <i class="fa"></i></span> : '
            f'Completed <div><span class="term">{first_label} <i class="fa"></i></span> : November 19, 2018'
            '</div><div><span class="term">Last Update Posted <i class="fa"></i></span> : November 21, 2018'
            f'</div></div></td></tr></table><div><div class="ct-body3">{summary_label}</div><div class='
            f'"ct-body3 tr-indent2">{summary}</div></div><table><tr><td>Principal Investigator:</td><td>Ada '
            'Round, MD</td></tr></table></div></body></html>')


def test_a_registered_studys_record_is_dated_by_its_first_posting_and_summed_up_by_its_brief_summary():
    # A registry's record of a study: its heading, the day it was first posted under a label saying so,
    # and its summary in the block after a label of its own. A dated record of the registry, with no
    # writer: the investigator is the study's, the sponsor an institution.
    url = "https://registry.example.gov/ct2/show/NCT00000001"
    paper = normalise_page(url, _registered_study()).papers[0]
    assert (paper.title, paper.authors, paper.published) == (
        "Changes in Round Markers in Patients With Round Disease", None, "2018-11-19")
    assert paper.abstract.startswith("The purpose of this research study is to evaluate a blood test")
    # Its last update's day is no first posting, and a summary needs its label: no record without either.
    for other in (_registered_study(first_label="Last Verified"), _registered_study(summary_label="Notes:")):
        found = normalise_page(url, other)
        assert found is None or not found.papers, other


def test_a_registered_studys_labels_are_found_in_linear_time():
    def normalising(count: int):
        labels = '<div class="ct-body3">Notes:</div><div>Round.</div>' * count
        page = _registered_study().replace('<div id="main-content">', f'<div id="main-content">{labels}')
        return lambda: normalise_page("https://registry.example.gov/ct2/show/NCT00000001", page)

    assert_linear_time(normalising, 2_000)


def _episode_page(date_class: str = "date", h1: str = "") -> str:
    # Portal to the Universe (2020, round 106): no meta but the portal's blurb; the <title> the item's h2
    # before ' | ' and the portal's name; no h1; the h2 (the episode's title, linked to its source) in a box
    # under the show's name, span.date right after it, then a video player and an empty paragraph; the
    # header's featured item with its own day, and the sidebar's h3s.
    return ('<html><head><meta name="Description" content="Your one stop news portal for all things '
            'round."><title>What&#39;s Up - May 2020 | Round Portal</title></head><body><div id="headernews">'
            '<strong>FEATURED IMAGE:</strong> <a href="/news/view/1/">6 May 2020, 12:00 UTC | A Round Black '
            f'Hole</a></div>{h1}<div id="breaddrumb"><a href="/">Home</a> &raquo; <a href="/podcasts/">'
            'Podcasts</a> &raquo; What&#39;s Up - May 2020</div><div id="maincolumn"><div class="box-inside">'
            '<div class="origin"><a href="/podcasts/feeds/view/296/">RoundCast</a></div><h2><a href='
            '"https://example.gov/whats-up-may-2020">What&#39;s Up - May 2020</a></h2><span class='
            f'"{date_class}">4 May 2020, 23:16 UTC</span> <img src="/static/images/video.png"/><div class='
            '"centerouter"><div id="player">Get the player.</div></div><p></p></div></div><div id='
            '"rightcolumn"><h3>Search and Filter</h3><h3>Latest Podcast</h3></div></body></html>')


def test_an_item_without_text_under_the_heading_its_tab_names_is_dated_by_the_line_under_it():
    # A page of one item with no text of its own (a podcast's episode, its player only): its heading the
    # <title> gives before the site's name, the page's one heading of its rank with no h1 over it, and its
    # day in an element classed as a date right under it. A dated item of the site, by no person.
    url = "http://www.example.org/podcasts/eps/view/727183/"
    paper = normalise_page(url, _episode_page()).papers[0]
    assert (paper.title, paper.authors, paper.published, paper.abstract) == (
        "What's Up - May 2020", None, "2020-05-04", None)
    # The day in an element not classed as a date, or an h1 over the heading (the page's own title
    # elsewhere), makes no record of it.
    for other in (_episode_page(date_class="when"), _episode_page(h1="<h1>Round Portal</h1>")):
        found = normalise_page(url, other)
        assert found is None or not found.papers, other


def test_an_item_without_text_is_found_in_linear_time():
    # Every h2 is counted once, and the line under the one heading read no further than a line's length.
    def normalising(count: int):
        nest = '<span class="date">' * count + "4 May 2020" + "</span>" * count
        page = _episode_page().replace('<span class="date">4 May 2020, 23:16 UTC</span>', nest)
        return lambda: normalise_page("http://www.example.org/podcasts/eps/view/727183/", page)

    assert_linear_time(normalising, 2_000)


def _story_with_parsely_meta(kind: str = "post",
                             title: str = "Round masks: A deep dive into the data") -> str:
    # Ars Technica (2020, round 106, held-out, fixed after the round's final figure): og:title, og:type
    # article and a description (the dek), no author, date or JSON-LD meta; Parse.ly's parsely-page meta a
    # JSON object of the story's title, author and pub_date; the h1, an h2 dek, and the byline p.byline
    # marked as the author's Person in microdata (the linked name, ' - ', a time element); no datePublished.
    parsely = json.dumps({"title": title, "link": "https://example.com/science/2020/04/round-masks/",
                          "type": kind, "author": "Ada Round", "pub_date": "2020-04-03T19:45:43Z",
                          "section": "Science"})
    prose = ("<p>Round masks get their name from their designation. They contain filter material that uses "
             "electrostatic attraction to thwart particles of all sizes, which the studies measured.</p>")
    return ('<html><head><meta property="og:type" content="article"><meta property="og:title" content='
            '"Round masks: A deep dive into the data"><meta name="description" content="With all the talk '
            f"of masks, here's what the data really says.\"><meta name='parsely-page' content='{parsely}'>"
            '</head><body><article itemscope itemtype="http://schema.org/NewsArticle"><header><h1 itemprop='
            '"headline">Round masks: A deep dive into the data</h1><h2 itemprop="description">With all the '
            "talk of masks, here's what the data really says.</h2><p class=\"byline\" itemprop=\"author "
            'creator" itemscope itemtype="http://schema.org/Person"><a itemprop="url" href="/author/ada/" '
            'rel="author"><span itemprop="name">Ada Round</span></a> - <time class="date" datetime='
            '"2020-04-03T19:45:43+00:00">Apr 3, 2020 7:45 pm UTC</time></p></header><div itemprop='
            f'"articleBody">{prose * 3}</div></article></body></html>')


def test_a_story_named_by_parselys_page_meta_is_a_dated_piece_by_its_named_writer():
    # Parse.ly's page meta names the story's title (a heading shows it), its writer and its day: a dated
    # piece by a named person, read as a JSON-LD article naming its author is; its dek, the description.
    url = "https://example.com/science/2020/04/round-masks/2/"
    paper = normalise_page(url, _story_with_parsely_meta()).papers[0]
    assert (paper.title, paper.authors, paper.published) == (
        "Round masks: A deep dive into the data", ["Ada Round"], "2020-04-03")
    assert paper.abstract == "With all the talk of masks, here's what the data really says."
    # Parse.ly's meta of a page of another type (a section's index), or naming a title no heading shows,
    # makes no record of it.
    for other in (_story_with_parsely_meta(kind="index"), _story_with_parsely_meta(title="Round Science")):
        found = normalise_page(url, other)
        assert found is None or not found.papers, other


def _topic_page(tab: str, footer: str, more: str = "") -> str:
    # Erik Demaine's pages (2025, round 108): hand-written HTML in capitals, no doctype, no meta; <title> 'The
    # Fold-and-Cut Problem (Erik Demaine)', an h1 of the series ('Erik Demaine's Folding and Unfolding:') over
    # the h1 of the title, sections headed by h2s, and in the footer's box 'Last updated March 3, 2025 by' and
    # the name linked to the writer's home page.
    prose = "<P>What shapes can result from folding a round sheet flat and making one straight cut? " * 3
    return (f'<HTML><HEAD><TITLE>{tab}</TITLE></HEAD><BODY><H1><A HREF="/">Ann Lee\'s Folding</A>:</H1>'
            f'<H1>The Round-Cut Problem</H1><H2>Problem</H2>{prose}<H2>History</H2>{prose}{more}'
            f'<DIV CLASS="purplebox"><I>{footer}</I> &mdash; <A HREF="/a">Accessibility</A></DIV>'
            '</BODY></HTML>')


def test_a_topic_page_its_tab_and_its_last_update_line_both_credit_to_one_person_is_theirs():
    url = "https://annlee.example.org/roundcut"
    footer = 'Last updated March  3, 2025 by\n<A HREF="https://annlee.example.org/">Ann Lee</A>.'
    paper = normalise_page(url, _topic_page("The Round-Cut Problem (Ann Lee)", footer)).papers[0]
    assert (paper.title, paper.authors, paper.published) == ("The Round-Cut Problem", ["Ann Lee"], None)
    # A tab naming no one after the title, or a line naming another person, makes no record.
    assert normalise_page(url, _topic_page("The Round-Cut Problem", footer)) is None
    other = footer.replace("Ann Lee</A>", "Bob Stone</A>")
    assert normalise_page(url, _topic_page("The Round-Cut Problem (Ann Lee)", other)) is None


def test_a_topic_pages_last_update_line_is_found_in_linear_time():
    footer = 'Last updated March  3, 2025 by <A HREF="/">Ann Lee</A>.'

    def normalising(count: int):
        more = "<I>" * count + "round " * count + "</I>" * count + "<P><I>A line.</I>" * count
        return lambda: normalise_page("https://annlee.example.org/roundcut",
                                      _topic_page("The Round-Cut Problem (Ann Lee)", footer, more))

    assert assert_linear_time(normalising, 1_000).papers[0].authors == ["Ann Lee"]


def _case_study_listed_beside_itself(day: str = "2. Oktober 2015 - 12:15") -> str:
    # DenkmalPraxisModerne (round 107, held-out, fixed after the round's final figure; WordPress, Enfold,
    # 2015): og:title the h1 and ' – DenkmalPraxisModerne', article:published_time 2015-10-02T12:15:54+02:00;
    # a case study of a building's dated history and a table of facts, no byline, no day in its text; the
    # sidebar's list of every case study (aside > ul > li > a.news-link) shows each one's day, this page's
    # entry linking to its own address: '2. Oktober 2015 - 12:15'.
    own = "https://example.de/studentendorf-rundsee-berlin/"
    entries = ("<li><a class='news-link' href='https://example.de/fagus-werk/'><strong>Fagus-Werk"
               "<span class='news-time'>2. Oktober 2015 - 12:33</span></strong></a></li>"
               f"<li><a class='news-link' href='{own}'><strong>Studentendorf Rundsee Berlin"
               f"<span class='news-time'>{day}</span></strong></a></li>")
    return ('<html><head>'
            '<meta property="og:title" content="Studentendorf Rundsee Berlin – RundPraxisModerne">'
            '<meta property="og:type" content="article">'
            '<meta property="article:published_time" content="2015-10-02T12:15:54+02:00">'
            f'<link rel="canonical" href="{own}"></head><body><main><div class="avia_textblock">'
            "<h1>Studentendorf Rundsee Berlin</h1></div><div><p>1957–1959 Erster Bauabschnitt: 21 "
            "Wohngebäude mit 710 Wohneinheiten</p><p>1991 Denkmalschutz</p><p>Eine ausführliche Darstellung "
            "finden Sie in: Denkmalpflege der Moderne, Stuttgart 2011</p></div></main>"
            '<aside class="sidebar"><h3>Alle Sanierungsbeispiele</h3>'
            f'<ul>{entries}</ul></aside></body></html>')


def test_a_page_dated_only_by_its_own_entry_in_the_sites_list_beside_it_is_a_record_of_that_day():
    url = "https://example.de/studentendorf-rundsee-berlin/"
    paper = normalise_page(url, _case_study_listed_beside_itself()).papers[0]
    assert (paper.title, paper.authors, paper.published) == (
        "Studentendorf Rundsee Berlin", None, "2015-10-02")
    # An entry of another day than the page's meta states is no evidence of it.
    found = normalise_page(url, _case_study_listed_beside_itself("3. Oktober 2015 - 09:00"))
    assert found is None or not found.papers


def test_a_pages_own_entry_in_the_sites_list_is_sought_in_linear_time():
    from papershelf.normalise.own_entries import dated_by_its_own_entry

    def reading(count):
        entries = "<li><a href='https://example.de/other/'>Other 2. Oktober 2015</a></li>" * count
        page = parse_page(_case_study_listed_beside_itself().replace("<ul>", f"<ul>{entries}"))
        return lambda: dated_by_its_own_entry(page, "Studentendorf Rundsee Berlin",
                                              "https://example.de/studentendorf-rundsee-berlin/")

    assert assert_linear_time(reading, 3000).shown == ["2015-10-02"]


def test_a_writers_name_linked_in_spans_inside_an_author_block_under_the_heading_is_the_by_line():
    # SimplyFound (2016, round 110): og:title and no date meta; under the h1 a div.article-author holding
    # the writer's link wrapped in spans (<span class="rotate-wrapper"><a href="/latest?author=…"><span>Joe
    # Wee</span></a></span>) and the day ('Monday, February 29, 2016 @ 11:10 PM UTC'). The author block's
    # link was read only where the name was the link's own text and the link the block's child.
    prose = ("<p>The Raspberry Pi Foundation started by a handful of volunteers in 2012 when they released "
             "the original board without knowing what to expect from the makers.</p>")
    page = ('<html><head><title>Small Boards Sell - SimpleSite</title><meta property="og:title" '
            'content="Small Boards Sell"></head><body><h1 class="card-box-title">Small Boards Sell</h1>'
            '<div class="article-author"> <i class="fa fa-user"></i> <span class="rotate-wrapper">'
            '<a href="/latest?author=annlee" rel="index,follow"><span>{}</span></a>&nbsp; </span> '
            '&nbsp;<i class="fa fa-clock-o"></i> <span> Monday, February 29, 2016 @ 11:10 PM UTC </span>'
            f'</div>{prose * 3}</body></html>')
    url = "https://simplesite.example.com/article/eb9a5e137034/small-boards-sell"
    paper = normalise_page(url, page.format("Ann Lee")).papers[0]
    assert (paper.title, paper.authors, paper.published) == ("Small Boards Sell", ["Ann Lee"], "2016-02-29")
    # A linked name in a block whose class says nothing of its author is no "By" line.
    found = normalise_page(url, page.format("Ann Lee").replace("article-author", "article-tools"))
    assert found is None or not found.papers or found.papers[0].authors != ["Ann Lee"]


def _medium_story(author_class: str = "postMetaInline postMetaInline--author", filler: str = "") -> str:
    # Medium (2015, round 110): og:type article, og:title, an author meta naming one person and
    # article:published_time; the writer's name in a div classed as the author and 'Mar 27' in a time element
    # in the bar above the story; a drawer heading repeating the title over a list of links; the story's
    # title an h2 and its subtitle an h4 under it past an empty paragraph, the description that subtitle cut
    # short.
    prose = ("<p>Standing at a table in a chemistry lab in Barcelona, a researcher tears open a silver, "
             "smell-proof envelope and slides out a transparent bag full of crystals.</p>")
    return ('<html><head><title>Inside the Drug Lab — Backchannel — Medium</title>'
            '<meta property="og:type" content="article"><meta property="og:title" content="Inside the Drug '
            'Lab"><meta name="author" content="Ann Lee"><meta property="article:published_time" '
            'content="2015-03-27T13:07:55.096Z"><meta name="description" content="Welcome to the Barcelona '
            'lab, where the drugs you bought online are tested for safety and purity. No questions ask…">'
            f'</head><body>{filler}<div class="block-postMeta"><div class="{author_class}">Ann Lee</div>'
            '<div class="postMetaInline js-readingTime">14 min read</div></div><div class="metabar">'
            '<span class="postMetaInline--date"> on <time class="post-date">Mar 27</time></span></div>'
            '<div class="metabar-drawerContent"><h4 class="metabar-drawerTitle">Inside the Drug Lab</h4>'
            '<ul><li><a href="/share">Share</a></li></ul></div><div class="section-inner"><h2 '
            'class="graf--h2">Inside the Drug Lab</h2><p class="graf--p graf--empty"><br></p><h4 '
            'class="graf--h4">Welcome to the Barcelona lab, '
            'where the drugs you bought online are tested for safety and purity. No questions asked.</h4>'
            f'{prose * 3}</div></body></html>')


def test_an_article_whose_meta_author_the_page_shows_in_an_author_block_is_a_dated_piece_by_that_person():
    # No byline under the heading, no JSON-LD: the author meta's one person, shown as the whole text of an
    # element classed as the author, and the day article:published_time names, which a time element shows
    # as its month and day. The subtitle under the title's heading that the description cuts short is its
    # summary.
    url = "https://medium.example.com/backchannel/inside-the-drug-lab-9718cd0fe504"
    paper = normalise_page(url, _medium_story()).papers[0]
    assert (paper.title, paper.authors, paper.published) == ("Inside the Drug Lab", ["Ann Lee"],
                                                             "2015-03-27")
    assert paper.abstract == ("Welcome to the Barcelona lab, where the drugs you bought online are tested "
                              "for safety and purity. No questions asked.")
    # The name in an element whose class says nothing of the author is no writer shown.
    found = normalise_page(url, _medium_story(author_class="postMetaInline"))
    assert found is None or not found.papers or found.papers[0].authors != ["Ann Lee"]


def test_an_article_dated_by_a_publish_date_meta_that_a_date_classed_element_shows_is_a_dated_piece():
    # Oracle's blogs (2012 post as its 2020 site served it, round 120, held-out, after its final figure):
    # og:type article, og:title, an author meta naming one person shown in span.cb11v2-authorname; no
    # article:published_time, the day in a publish_date meta ('2012-11-23 16:12:50') that span.u03-date
    # shows over the heading ('November 23, 2012'), no time element. The piece is a dated one by that person.
    prose = ("<p>See this posting for details: the annotation is something we have wanted for a long time, "
             "and the machine provides automatic layout and placement of fields.</p>")

    def page(day_meta: str, shown_day: str) -> str:
        return ('<html><head><title>Round annotations | Ann Lee\'s Blog</title><meta name="author" '
                f'content="Ann Lee">{day_meta}<meta property="og:title" content="Round annotations">'
                '<meta property="og:type" content="article"></head><body><div class="u03">'
                f'{shown_day}<h1>Round annotations</h1><div class="cb11v2author"><span '
                'class="cb11v2-authorname">Ann Lee</span><span class="cb11v2-authortitle">Senior Research '
                f'Scientist</span></div></div>{prose * 3}</body></html>')

    url = "https://blogs.example.com/ann/round-annotations"
    meta = '<meta name="publish_date" content="2012-11-23 16:12:50">'
    shown = '<span class="u03-date"> <br class="u03-break">November 23, 2012</span>'
    paper = normalise_page(url, page(meta, shown)).papers[0]
    assert (paper.title, paper.authors, paper.published) == ("Round annotations", ["Ann Lee"], "2012-11-23")
    # The day in an element whose class says nothing of a date is no day shown; nor is another day.
    for other in ('<span class="u03-when">November 23, 2012</span>',
                  '<span class="u03-date">November 24, 2012</span>'):
        found = normalise_page(url, page(meta, other))
        assert found is None or not found.papers or found.papers[0].published != "2012-11-23", other


def test_an_article_whose_meta_author_the_page_shows_is_read_in_linear_time():
    def reading(n: int):
        filler = '<div class="author-box"><span>Someone Else</span><time>Mar 28</time></div>' * n
        page = _medium_story(filler=filler)
        return lambda: normalise_page("https://medium.example.com/x/inside-the-drug-lab", page)

    found = assert_linear_time(reading, 3000)
    assert found.papers[0].authors == ["Ann Lee"]


def _health_portal_article(role: str = " (Medizinredakteurin)",
                           date_class: str = "article-updated-date", teaser: str = "") -> str:
    # Onmeda (2022, round 119): og:type article, one author meta and article:published_time 2022-01-28, a
    # JSON-LD MedicalWebPage (no article); a teaser under the h1, the text, and at its end an author block:
    # 'Letzte Aktualisierung: 28.01.2022' in a div classed as the date, no time element, and the writer's
    # name in bold with her role in brackets after it, in a div classed as the author.
    prose = ("<p>Im Zuge der Studie erhielt eine Gruppe von Risikopatienten das runde Präparat, während "
             "einer Kontrollgruppe lediglich ein Placebo gegeben wurde.</p>")
    return ('<html><head><title>Rundes Medikament zugelassen: Wirkung & Anwendung</title>'
            '<meta name="author" content="Anna Lehmann"><meta property="og:type" content="article">'
            '<meta property="og:title" content="Runde Pille: Grünes Licht für neues Medikament">'
            '<meta property="article:published_time" content="2022-01-28T00:00:00+01:00">'
            '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "MedicalWebPage",'
            ' "headline": "Runde Pille: Grünes Licht für neues Medikament"}</script></head><body>'
            '<div class="article"><h1 class="article-headline">Runde Pille: Grünes Licht für neues '
            f'Medikament</h1>{teaser}{prose * 3}<div class="article-meta"><div class="article-author">'
            f'<div class="{date_class}"><span>Letzte Aktualisierung: </span>28.01.2022</div>Autor*in'
            '<div class="author-slider-entry"><a href="/autoren/#anna-lehmann"><span><strong>Anna Lehmann'
            f'</strong>{role}</span></a></div></div></div></div></body></html>')


def test_an_author_block_naming_the_meta_author_before_a_bracketed_role_and_a_dated_line_make_a_record():
    # The author meta's one person shown in an author-classed block before her role in brackets, and the
    # article:published_time day shown in a date-classed line (no time element): a dated piece by her, as a
    # time element and the bare name make one (Medium's). The role is no part of the name.
    url = "https://health.example.com/krankheiten/runde-pille-id212627/"
    paper = normalise_page(url, _health_portal_article()).papers[0]
    assert (paper.title, paper.authors, paper.published) == (
        "Runde Pille: Grünes Licht für neues Medikament", ["Anna Lehmann"], "2022-01-28")
    # …and so with the teaser under the heading read as its standfirst (Onmeda's div.article-description).
    teaser = ('<div class="article-description"><p>Neben Impfstoffen ist nun auch die erste runde Pille '
              'gegen das Virus zugelassen. Eine Studie zeigt, dass sie vor schweren Verläufen schützt.</p>'
              '</div>')
    paper = normalise_page(url, _health_portal_article(teaser=teaser)).papers[0]
    assert (paper.authors, paper.published) == (["Anna Lehmann"], "2022-01-28")
    assert (paper.abstract or "").startswith("Neben Impfstoffen ist nun auch die erste runde Pille")
    # The name run on into more words than a bracketed role is no name shown alone.
    found = normalise_page(url, _health_portal_article(role=" und Kollegen"))
    assert found is None or not found.papers or found.papers[0].authors != ["Anna Lehmann"]
    # The day in a line whose class says nothing of a date is no dated line.
    found = normalise_page(url, _health_portal_article(date_class="article-note"))
    assert found is None or not found.papers or found.papers[0].published != "2022-01-28"


def test_a_json_ld_block_wrapped_in_a_cdata_section_is_read():
    # The Verge (2023, round 110, as html-tidy re-serialised it for Readability.js's tests): the JSON-LD
    # NewsArticle inside '<![CDATA[' and ']]>', as XHTML writes a script's text; it was taken for broken JSON
    # and the page's writer, named there and in an author meta of its own kind, was lost.
    block = ('{"@context": "http://schema.org/", "@type": "NewsArticle", "headline": "Round masks", '
             '"author": [{"@type": "Person", "name": "Ann Lee"}], "datePublished": "2023-06-07T20:54:26Z"}')
    for wrapped in (f"<![CDATA[\n{block}\n]]>", f"//<![CDATA[\n{block}\n//]]>"):
        page = parse_page(f'<html><head><script type="application/ld+json">\n{wrapped}\n</script></head>'
                          '<body><h1>Round masks</h1></body></html>')
        assert [article.get("headline") for article in page.articles] == ["Round masks"], wrapped


def test_a_json_ld_block_whose_strings_break_their_lines_raw_makes_a_story_a_record():
    # Clubic (2012 article as its 2022 site served it, round 120): the JSON-LD Article's description runs the
    # text's first paragraphs with their line breaks raw inside the string, which strict JSON forbids; the
    # block was dropped as broken, and with it the one sign the page is an article: no record. Browsers'
    # and search engines' readers take such a string as it is written.
    block = ('{"@context": "http://schema.org", "@type": "Article", "headline": "Round cards", '
             '"datePublished": "2012-02-29T11:20:00Z", "description": "A test of round cards!\n\nAfter the '
             'big ones, the small.\tThe end."}')
    prose = "<p>" + "The round cards bring the new drawing calls to the middle of the range. " * 3 + "</p>"
    page = ('<html><head><meta property="og:title" content="Round cards"><meta property="og:type" '
            'content="article"><meta property="article:author" content="Ann Lee"><meta '
            'property="article:published_time" content="2012-02-29T11:20:00+01:00"><script '
            f'type="application/ld+json">{block}</script></head><body><div class="articleH1"><h1>Round cards'
            f'</h1></div><div class="author-bloc">Ann Lee 01 juin 2018</div>{prose}</body></html>')
    assert [article.get("headline") for article in parse_page(page).articles] == ["Round cards"]
    found = normalise_page("https://www.example.com/cards/article-478936-1-round-cards.html", page)
    assert found is not None and found.papers[0].title == "Round cards"
    assert found.papers[0].published == "2012-02-29"
    # A block broken otherwise (a missing brace) is still passed over, the page read without it.
    assert parse_page(page.replace('The end."}', 'The end."')).articles == []


def test_a_german_von_line_alone_before_its_linked_names_names_every_writer_it_lists():
    # AFP Faktencheck (round 113, held-out, after its final figure, 2026, Drupal): og:title and nothing
    # scholarly, no author meta; under the h1 a list of lines, 'Veröffentlicht am 13. Mai 2026 um 15:44' and
    # 'Von: <span><a>Bill  MCCARTHY</a>, </span><span><a>Marisha GOLDHAMER</a></span>'. "Von" (German "by",
    # with or without its colon) opens a byline as "By" does, and a "By" alone on its text names the writers
    # its line lists after it, each link of them, not the first alone. "Von der Leyen" opens no byline.
    prose = "<p>" + "The health agency stressed that the round virus posed only a minimal risk. " * 3 + "</p>"

    def authors(line: str) -> list[str] | None:
        page = ('<html><head><title>Round fear revives old round tales | Faktencheck</title><meta '
                'property="og:title" content="Round fear revives old round tales"></head><body><div><h1 '
                'class="h2">Round fear revives old round tales</h1><ul><li class="information-item">'
                "Veröffentlicht am 13. Mai 2026 um 15:44</li><li class=\"information-item\">" + line
                + '</li><li class="information-item">Übersetzung: <a href="/afp">Round Agency</a></li>'
                "</ul></div>" + prose * 3 + "</body></html>")
        found = normalise_page("https://check.example.com/doc.B2LA2G3", page)
        return found.papers[0].authors if found and found.papers else None

    linked = ('<span class="person-link"><a href="/ada-lovelace">Ada Lovelace</a>, </span>'
              '<span class="person-link"><a href="/alan-turing">Alan Turing</a></span>')
    for opening in ("Von: ", "Von ", "By: "):
        assert authors(opening + linked) == ["Ada Lovelace", "Alan Turing"], opening
    assert authors("Von der Leyen sprach in Brüssel") is None


def test_the_writers_a_von_line_lists_are_found_in_linear_time():
    # Each "Von" alone on its text reads no more of its element than a byline's line holds, however long
    # the element, or however many such lines stand under the heading.
    def normalising(size):
        lines = '<li>Von: <a href="/a">Ada Lovelace</a>, <a href="/b">Alan Turing</a>' + "<i>x</i>" * 50
        page = ('<html><head><meta property="og:title" content="Round fear revives old round tales"></head>'
                '<body><h1>Round fear revives old round tales</h1><ul>' + (lines + "</li>") * size
                + "</ul><p>Veröffentlicht am 13. Mai 2026</p></body></html>")
        return lambda: normalise_page("https://check.example.com/doc.B2LA2G3", page)

    assert_linear_time(normalising, 2000)


def _story_under_a_counted_heading(poster: str = '<a href="http://example.org/~ada/">adaround</a>') -> str:
    # Slashdot's story pages (2015, round 118): no meta but the description; the <title> the headline and
    # ' - Slashdot'; the h1 the site's logo; h2.story holding span.story-title (the headline, linked) and the
    # comment count in a bubble of its own; span.story-byline "Posted by <a>timothy</a> <time>on Thursday
    # November 12, 2015 @10:17AM</time> from the convergence dept.", the poster an editor's username; the
    # story a reader's submission in div.p, no <p>.
    text = ("An anonymous reader writes: Round Labs today released its round browser for every phone, after "
            "a year in preview in one country only; the browser syncs tabs, bookmarks and passwords with its "
            "desktop version and blocks trackers by default.")
    return ('<html><head><title>Round Labs Launches Round Browser For Phones - Roundnews</title>'
            '<meta name="description" content="An anonymous reader writes: Round Labs today released"></head>'
            '<body><h1 class="logo">Roundnews</h1><article><header>'
            '<h2 class="story"><span class="story-title"><a href="//example.org/story/15/11/12/1516255/x">'
            'Round Labs Launches Round Browser For Phones</a></span> '
            '<span class="comment-bubble"><a href="#comments">96</a></span></h2>'
            f'<div class="details"><span class="story-byline"> Posted by {poster} '
            '<time datetime="on Thursday November 12, 2015 @10:17AM">on Thursday November 12, 2015 @10:17AM'
            '</time> from the <span class="dept-text">convergence</span> dept. </span></div></header>'
            f'<div class="body"><div class="p">{text}</div></div></article>'
            "<h2 class=\"commentspl\">Round Labs Launches Round Browser For Phones</h2>"
            '<h2>Another Story Here</h2><h2>And Another One</h2></body></html>')


def test_a_story_under_a_heading_that_holds_its_title_beside_a_count_posted_by_a_username_is_a_record():
    url = "http://www.example.org/story/15/11/12/1516255/round-labs-launches-round-browser-for-phones"
    paper = normalise_page(url, _story_under_a_counted_heading()).papers[0]
    assert (paper.title, paper.authors, paper.published) == (
        "Round Labs Launches Round Browser For Phones", None, "2015-11-12")
    # A poster's name is the writer's, as a "posted by" line gives it.
    named = normalise_page(url, _story_under_a_counted_heading('<a href="/~ada/">Ada Round</a>')).papers[0]
    assert (named.authors, named.published) == (["Ada Round"], "2015-11-12")
    # A heading that holds more than its title and a count is not the <title>'s.
    other = _story_under_a_counted_heading().replace(
        '<span class="comment-bubble">', '<span class="comment-bubble">Read the whole Roundnews thread ')
    found = normalise_page(url, other)
    assert found is None or not found.papers or found.papers[0].published is None


def _story_with_a_microdata_author(author: str = '<span itemprop="author" itemscope '
                                   'itemtype="http://schema.org/person" class="authorname-txt">'
                                   '<span class="truncate" itemprop="name">Ada Round</span></span>') -> str:
    # MSN's News pages (2015, round 118): og:title the headline; the header's h1 the logo; the story's
    # h1[itemprop=headline]; under it the partner's logo and name ('Engadget'), then span.authorname-txt
    # [itemprop=author] (a schema.org Person) holding span[itemprop=name] 'Edgar Alvarez', and a time element
    # '6/15/2015'; no author or date meta, no JSON-LD, no itemscope for the article.
    text = ("At its round event, Round Labs has given us a new demo of its round game built specifically for "
            "its round headset. As we've guessed since the hardware originally appeared, the game is a "
            "good fit.")
    return ('<html><head><meta property="og:title" content="Round Labs shows off a round game for its '
            'headset">'
            '<meta property="og:site_name" content="Roundportal"></head><body><header><h1><a href="/">'
            'roundportal</a></h1></header><header class="collection-headline"><h1 itemprop="headline">'
            'Round Labs shows off a round game for its headset</h1></header><section class="Modelinfo"><div>'
            '<div class="sourcename-txt"><a href="http://round.example.com/">Roundgadget</a></div>'
            f'<div class="authorinfo-txt">{author}<time datetime="2015-06-15T17:54:00.000Z">6/15/2015</time>'
            f'</div></div></section><section itemprop="articleBody"><p>{text}</p><p>{text}</p></section>'
            '</body></html>')


def test_a_story_whose_writer_is_marked_as_its_author_in_microdata_under_its_heading_is_a_record():
    url = "http://www.example.com/en-us/news/other/round-labs-shows-off-a-round-game/ar-BBlb2RM"
    paper = normalise_page(url, _story_with_a_microdata_author()).papers[0]
    assert (paper.title, paper.authors, paper.published) == (
        "Round Labs shows off a round game for its headset", ["Ada Round"], "2015-06-15")
    # An element marked as the author that holds more than a name (an organisation's line) names nobody.
    found = normalise_page(url, _story_with_a_microdata_author(
        '<span itemprop="author"><span itemprop="name">the Round Labs team</span></span>'))
    assert found is None or not found.papers or not found.papers[0].authors



_DAY_BOX = ('<div id="cmsDate"><div class="inner"><span class="arrow">&raquo;</span> '
            '<span id="update">2015年09月10日 21時53分 UPDATE</span></div></div>')
_COLUMN_URL = "https://www.example.jp/mobile/articles/1509/10/news166.html"


def _japanese_column(day_box: str = _DAY_BOX, byline: str = "<b>[</b>山田太郎，<b>ExampleMedia]</b>",
                     count: str = " (1/3)") -> str:
    # ITmedia Mobile (2015 column, round 121): og:type article and og:title '<headline> (1/3)', no date or
    # author meta, no JSON-LD; the article's block opens with div#cmsDate, then div#cmsTitle > div.inner >
    # h1 (the series' name in <small>, the headline and the page count in <big>), div#cmsAbstract's h2
    # dek (the description's words), div#byline '[name，ExampleMedia]' (the site's signature after the
    # writer) and the text's <p>s.
    sentence = "サンフランシスコは、夏の盛りを思わせる暑さに包まれていた。この街の九月は例外的に暑い。"
    prose = "<p>" + sentence * 3 + "</p>"
    dek = "新製品が披露された。今回の発表で、丸い会社は世界に何を示したのか。"
    headline = "丸い未来の新しい標準" + count
    return (f'<html><head><title>連載：{headline} - ExampleMedia Mobile</title>'
            f'<meta name="description" content="{dek}"><meta property="og:title" content="{headline}">'
            '<meta property="og:type" content="article"><meta property="og:site_name" '
            'content="ExampleMedia Mobile"></head><body><div id="tmplNews"><div id="tmplNewsIn">'
            f'<div id="cmsType"><div class="inner">ニュース</div></div>{day_box}<div id="cmsTitle">'
            f'<div class="inner"><h1><small>連載：</small><big>{headline}</big></h1></div></div>'
            f'<div id="cmsAbstract"><div class="inner"><h2>{dek}</h2></div></div><div id="cmsByline">'
            f'<div class="inner" id="byline">{byline}</div></div><div id="cmsBody"><div class="inner">'
            f'{prose * 2}</div></div></div></div></body></html>')


def test_a_heading_alone_in_a_wrapper_alone_in_another_is_dated_by_the_day_identified_over_them():
    # ITmedia Mobile (2015, round 121): the h1 alone in div.inner, alone in div#cmsTitle, whose block opens
    # with div#cmsDate '» 2015年09月10日 21時53分 UPDATE' (identified as the date by its id, no class
    # saying so).
    paper = normalise_page(_COLUMN_URL, _japanese_column()).papers[0]
    assert paper.published == "2015-09-10"
    # A block whose element before the heading says nothing of a date (its id neither) dates nothing.
    other = _japanese_column(day_box='<div id="cmsWhen"><div class="inner">2015年09月10日</div></div>')
    found = normalise_page(_COLUMN_URL, other)
    assert found is None or not found.papers or found.papers[0].published != "2015-09-10"


def test_a_headline_split_over_pages_is_titled_without_the_pages_count():
    # ITmedia Mobile (2015, round 121): og:title and the h1 close with ' (1/3)', the first of three pages.
    assert normalise_page(_COLUMN_URL, _japanese_column()).papers[0].title == "丸い未来の新しい標準"
    # A count that is no page's place among the pages (3 of 2) is the headline's own words.
    paper = normalise_page(_COLUMN_URL, _japanese_column(count=" (3/2)")).papers[0]
    assert paper.title == "丸い未来の新しい標準 (3/2)"


def test_a_bracketed_byline_signed_by_the_site_names_the_writers_before_the_signature():
    # ITmedia Mobile (2015, round 121): div#byline '[神尾寿，ITmedia]', the site's name (og:site_name
    # 'ITmedia Mobile') signing after the writer; the signature is the publisher, no person.
    assert normalise_page(_COLUMN_URL, _japanese_column()).papers[0].authors == ["山田太郎"]
    two = _japanese_column(byline="<b>[</b>山田太郎, 佐藤花子，<b>ExampleMedia]</b>")
    assert normalise_page(_COLUMN_URL, two).papers[0].authors == ["山田太郎", "佐藤花子"]
    # Brackets whose last part is not the site's name are no signed byline.
    other = _japanese_column(byline="<b>[</b>山田太郎，<b>OtherNews]</b>")
    assert normalise_page(_COLUMN_URL, other).papers[0].authors != ["山田太郎"]


_CLOSING_LINE = "（2011年4月15日12時24分&nbsp;&nbsp;読売新聞）"
_STORY_URL = "https://www.example.co.jp/science/news/20110415-OYT1T00568.htm"


def _story_dated_at_its_close(line: str = _CLOSING_LINE, line_class: str = "date-def", ads: str = "") -> str:
    # Yomiuri Online (2011 science story, round 121): no meta but keywords and a description (the text's
    # first paragraph); the <title> the h1's headline, the section and the site's name; div.article-def
    # holds the h1, a feature's link, the text's <p>s (an ad's script between them) and div.date-def
    # closing them.
    sentence = "東京電力福島第一原子力発電所では十五日、安定化に向けた作業が引き続き行われた。"
    prose = "<p>　" + sentence * 2 + "</p>"
    return ('<html><head><title>丸い砂がセシウムを吸着 : 科学 : EXAMPLE ONLINE（例新聞）</title>'
            f'<meta name="description" content="{sentence}"></head><body><div class="article-def">'
            '<h1>丸い砂がセシウムを吸着</h1><div class="related-feature"><a href="/feature/">福島原発</a>'
            f'</div>{prose}{ads}<script>AD2.cAds();</script>{prose}<div class="{line_class}">{line}</div>'
            '</div></body></html>')


def test_a_story_whose_heading_block_closes_its_text_with_a_date_classed_line_is_a_dated_piece():
    # Yomiuri Online (2011, round 121): no byline, no meta title; the day only in div.date-def after the
    # text.
    paper = normalise_page(_STORY_URL, _story_dated_at_its_close()).papers[0]
    assert (paper.title, paper.authors, paper.published) == ("丸い砂がセシウムを吸着", None, "2011-04-15")
    # A line closing the text whose class says nothing of a date dates nothing, nor one naming two days.
    for page in (_story_dated_at_its_close(line_class="note"),
                 _story_dated_at_its_close(line="2011年4月15日、2011年4月16日 読売新聞")):
        found = normalise_page(_STORY_URL, page)
        assert found is None or not found.papers or found.papers[0].published != "2011-04-15"


def test_a_story_dated_at_its_close_is_read_in_linear_time():
    def reading(n: int):
        page = _story_dated_at_its_close(ads='<span class="ad">広告</span>' * n)
        return lambda: normalise_page(_STORY_URL, page)

    assert_linear_time(reading, 3000)


_LOGO_ITEM_URL = "http://www.example.cn/zhutpd/gnzt/zjc2022/"


def _item_under_the_logos_heading(tab: str = "圆土豆不“土” 圆土豆无“土” 江城网",
                                  line: str = "2022-02-13 09:57         　　光明网",
                                  reporters: str = "光明日报记者 王建宏 张文攀") -> str:
    # 松花江网 (2022 repost of Guangming Daily, round 121, held-out, after its final figure): no meta but the
    # site's keywords and blurb; the h1 the site's name (the logo), the <title> the h2 headline and then
    # that name after a space; under the h2 a span of the day, the time and the source; the text's first
    # paragraphs the column's tag and the reporters' line.
    sentence = "土豆，听名字就土得掉渣。可这几天，在中国著名的土豆产区，记者却看到了另外一番景致。"
    prose = "<p>　　" + sentence * 2 + "</p>"
    return (f'<html><head><title>{tab}</title><meta name="Description" content="江城网是新闻网站。">'
            '</head><body><div><h1 class="none">江城网</h1></div><div id="essay-head">'
            f'<h2>圆土豆不“土” 圆土豆无“土”</h2><div><span>{line}</span></div><div id="essay">'
            f'<p>　　【新春走基层】</p><p>　　{reporters}</p>{prose * 3}</div></div></body></html>')


def test_an_item_whose_h1_is_the_logo_is_titled_by_the_h2_its_tab_gives_before_the_sites_name():
    # 松花江网 (2022, round 121, held-out, after its final figure): the <title> repeats the h1, the site's
    # name, after the h2's headline and a space; the line under the h2 opens with the day ('2022-02-13 09:57
    # 光明网').
    paper = normalise_page(_LOGO_ITEM_URL, _item_under_the_logos_heading()).papers[0]
    assert (paper.title, paper.published) == ("圆土豆不“土” 圆土豆无“土”", "2022-02-13")
    # A <title> that does not close with the h1's name, or a line under the h2 that opens with no day,
    # makes no such item.
    for page in (_item_under_the_logos_heading(tab="圆土豆不“土” 圆土豆无“土” 其他网"),
                 _item_under_the_logos_heading(line="光明网 2022-02-13 09:57")):
        found = normalise_page(_LOGO_ITEM_URL, page)
        assert found is None or not found.papers or found.papers[0].published != "2022-02-13"


def test_a_chinese_reporters_line_opening_the_text_names_its_writers():
    # 松花江网 (2022, round 121, held-out, after its final figure): '光明日报记者 王建宏 张文攀' after the
    # column's tag, the paper's name and 记者 ("reporter") before the reporters' names.
    paper = normalise_page(_LOGO_ITEM_URL, _item_under_the_logos_heading()).papers[0]
    assert paper.authors == ["王建宏", "张文攀"]
    one = _item_under_the_logos_heading(reporters="本报记者 王建宏")
    assert normalise_page(_LOGO_ITEM_URL, one).papers[0].authors == ["王建宏"]
    # A paragraph of the text that mentions a reporter is no reporters' line.
    mention = "记者在西吉县看到，土豆产业已经成为当地支撑乡村振兴的重要产业。"
    text = _item_under_the_logos_heading(reporters=mention)
    assert normalise_page(_LOGO_ITEM_URL, text).papers[0].authors != ["在西吉县看到"]


def test_a_reporters_line_is_looked_for_in_linear_time():
    def reading(n: int):
        filler = "<div><span>江城</span></div>" * n
        head = '<div id="essay-head">'
        page = _item_under_the_logos_heading().replace(head, filler + head)
        return lambda: normalise_page(_LOGO_ITEM_URL, page)

    found = assert_linear_time(reading, 3000)
    assert found.papers[0].authors == ["王建宏", "张文攀"]
def test_a_microdata_article_names_its_writers_by_its_author_items_names():
    # The AutoGen blog (Docusaurus 3, 2023; round 122): the post a schema.org BlogPosting in microdata, its
    # h1[itemprop=headline], time[itemprop=datePublished], and its writer an itemprop=author Person item whose
    # span[itemprop=name] shows 'Chi Wang' (his role beside it, itemprop=description); article:author a
    # LinkedIn address, no author meta. The record had no authors: the reader took only a "Posted by" line.
    # The author items' names are the writers, each shown; a plain itemprop=author element its own words.
    person = ('<div class="avatar__intro" itemprop="author" itemscope="" itemtype="https://schema.org/Person">'
              '<div class="avatar__name"><a href="https://www.example.org/in/{slug}"><span itemprop="name">'
              '{name}</span></a></div><small itemprop="description">Principal Researcher at Round Labs'
              '</small></div>')
    prose = ("<p>Large language models are powerful tools that can generate round texts for various "
             "applications, and this post asks whether the choice of model and its parameters matters.</p>")
    page = ('<html><head><meta property="og:title" content="Do Round Parameters Matter? | RoundGen">'
            '<meta property="og:type" content="article"><meta property="article:published_time" '
            'content="2023-04-21T00:00:00.000Z"><meta property="article:author" '
            'content="https://www.example.org/in/alice-round"></head><body><article itemprop="blogPost" '
            'itemscope="" itemtype="https://schema.org/BlogPosting"><meta itemprop="description" '
            'content="level 2 rounds"><header><h1 itemprop="headline">Do Round Parameters Matter?</h1><div>'
            '<time datetime="2023-04-21T00:00:00.000Z" itemprop="datePublished">April 21, 2023</time>'
            ' · 6 min read</div><div class="row">{authors}</div></header>'
            '<div class="markdown" itemprop="articleBody">'
            f'{prose * 3}</div></article></body></html>')
    url = "https://round.example.io/roundgen/blog/2023/04/21/round-parameters"
    one = person.format(slug="alice-round", name="Alice Round")
    paper = normalise_page(url, page.format(authors=one)).papers[0]
    assert (paper.title, paper.authors, paper.published) == (
        "Do Round Parameters Matter?", ["Alice Round"], "2023-04-21")
    two = one + person.format(slug="bo-chen", name="Bo Chen")
    assert normalise_page(url, page.format(authors=two)).papers[0].authors == ["Alice Round", "Bo Chen"]
    plain = '<span itemprop="author">Carl Berg</span>'
    assert normalise_page(url, page.format(authors=plain)).papers[0].authors == ["Carl Berg"]
    # An author item naming no one (a profile's address alone) names no writer.
    bare = ('<span itemprop="author" itemscope="" itemtype="https://schema.org/Person"><meta itemprop="url" '
            'content="https://www.example.org/1"></span>')
    assert not normalise_page(url, page.format(authors=bare)).papers[0].authors
def test_a_tab_that_writes_its_headings_inline_tags_out_as_text_still_repeats_the_heading():
    # MMWR's archive (2007, round 123): the <title> holds the heading's <I> and <SUP> tags as text (a
    # <title> is read as text, tags and all: 'Interim Recommendations for the Use of <I>Haemophilus
    # influenzae</I> … (PedvaxHIB<SUP>®</SUP> …)'), so the h1's words were not found in it and the page
    # had no heading its <title> repeats. Read as the words those tags mark up, the <title> repeats the h1.
    page = parse_page("<html><head><title>Advice on <I>Round things</I> (Brand<SUP>&#174;</SUP>)</title>"
                      "</head><body><h1>Advice on <I>Round things</I> (Brand<SUP>&#174;</SUP>)</h1>"
                      "<p>Text.</p></body></html>")
    assert heading_the_tab_repeats(page) == "Advice on Round things (Brand®)"
    # A <title> that names something else stays another's words.
    other = parse_page("<html><head><title>Advice on <I>Square things</I></title></head><body><h1>Advice on "
                       "<I>Round things</I></h1></body></html>")
    assert heading_the_tab_repeats(other) is None


_POSTED_REPORT = ('<html><head><meta name="Date" content="{meta}"><title>Interim advice on round things'
                  '</title></head><body><h1>Interim advice on round things</h1>{note}<p>On December 13, a '
                  "maker recalled certain lots of two round things. Providers should return unused round "
                  "things from these lots, and the supply of round things will be short for a while."
                  "</p></body></html>")


def test_a_report_posted_before_its_issue_is_dated_by_the_note_under_its_heading():
    # MMWR's archive (2007, round 123): no byline, no description, no Open Graph or citation meta; the issue's
    # day only in a script and a plain Date meta ('2007-12-21'); right under the h1 an italic note, 'On
    # December 19, this report was posted as an MMWR Dispatch on the MMWR website'. The report first
    # appeared that day, in the Date meta's year: a record of the unsigned report, dated by its posting.
    note = ("<P><I>On December 19, this report was posted as an </I>MMWR Dispatch<I> on the </I>MMWR<I> "
            "website</I> (<a href='https://example.org/mmwr'>https://example.org/mmwr</a>).</P>")
    url = "https://example.org/mmwr/preview/mmwrhtml/mm5650a4.htm"
    paper = normalise_page(url, _POSTED_REPORT.format(meta="2007-12-21", note=note)).papers[0]
    assert (paper.title, paper.authors, paper.published, paper.abstract) == (
        "Interim advice on round things", None, "2007-12-19", None)
    # Posted in the December before an issue of January: the year before the meta's.
    late = note.replace("December 19", "December 30")
    paper = normalise_page(url, _POSTED_REPORT.format(meta="2008-01-04", note=late)).papers[0]
    assert paper.published == "2007-12-30"
    # A note that gives its year keeps it; without the note, or without a year anywhere, no record.
    dated = note.replace("December 19,", "December 19, 2007,")
    paper = normalise_page(url, _POSTED_REPORT.format(meta="", note=dated)).papers[0]
    assert paper.published == "2007-12-19"
    for other in (_POSTED_REPORT.format(meta="2007-12-21", note=""),
                  _POSTED_REPORT.format(meta="", note=note)):
        found = normalise_page(url, other)
        assert found is None or not found.papers, other


def test_a_reports_posting_note_is_sought_under_its_heading_in_linear_time():
    # posting_notes reads the first paragraph under the heading once, however long a run of empty paragraphs
    # comes before it or however deep its italics nest.
    def normalising(count: int):
        note = ("<p>" + "<i>" * count + "On December 19, this report was posted as a Dispatch."
                + "</i>" * count + "</p>")
        page = ('<html><head><meta name="Date" content="2007-12-21"><title>Round things</title></head><body>'
                "<h1>Round things</h1>" + "<p></p>" * count + note + "</body></html>")
        return lambda: normalise_page("https://example.org/mmwr/1.htm", page)

    assert_linear_time(normalising, 2_000)


def test_a_meta_title_copying_the_whole_tab_is_the_part_a_title_classed_heading_shows():
    # Emerging Infectious Diseases (2012, round 123, after its final held-out figure): citation_title is the
    # <title>'s whole string, 'Novel Strain of Andes Virus … Bolivia - Volume 18, Number 5—May 2012 -
    # Emerging Infectious Diseases journal - CDC'; no h1, the title in h3.article-title (og:title the same
    # words). The issue, journal and site after the paper's title are no part of it: the part the heading
    # classed as the title shows is the title.
    whole = ("Novel strain of round things, central Bolivia - Volume 18, Number 5\u2014May 2012 - "
             "Round Things journal - CDC")
    page = (f'<html><head><title>{whole}</title><meta name="citation_title" content="{whole}">'
            '<meta name="citation_doi" content="10.3201/eid1805.111111">'
            '<meta name="citation_author" content="Ana Cruz"></head><body><h4>Volume 18, Number 5\u2014May '
            '2012</h4><h3 class="header article-title">Novel strain of round things, central Bolivia</h3>'
            "<p>Text.</p></body></html>")
    paper = normalise_page("https://example.org/eid/article/18/5/11-1111_article", page).papers[0]
    assert paper.title == "Novel strain of round things, central Bolivia"


def test_a_page_created_line_dates_a_paper_no_other_date_dates():
    # Emerging Infectious Diseases (2012, round 123, after its final held-out figure): no citation date meta,
    # no JSON-LD; the issue a month ('Volume 18, Number 5—May 2012'), and at the page's foot 'Page created:
    # April 12, 2012' (then 'Page updated' and 'Page reviewed'): the day the article's page went online,
    # ahead of its issue, is its publication's.
    page = ('<html><head><title>Novel strain of round things</title><meta name="citation_title" '
            'content="Novel strain of round things"><meta name="citation_author" content="Ana Cruz">'
            '</head><body><h4>Volume 18, Number 5\u2014May 2012</h4><h3 class="article-title">Novel strain '
            'of round things</h3><p>Text of the article.</p><div class="row"><div class="col last-reviewed">'
            "<div>Page created: April 12, 2012</div><div>Page updated: April 20, 2012</div>"
            "<div>Page reviewed: April 20, 2012</div></div></div></body></html>")
    paper = normalise_page("https://example.org/eid/article/18/5/11-1111_article", page).papers[0]
    assert paper.published == "2012-04-12"
def _story_under_a_classed_headline(headline_class: str = "articleHeadline14", heading: str = "") -> str:
    prose = ("<p>Three round scientists won the physics prize for detecting faint ripples flying through the"
             " universe, the waves predicted a century ago, with a combination of theory and design.</p>")
    return ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2 Final//EN"><html><head>'
            '<title>Round Waves Found -- Again: Winners Find Ripples | Round Today</title>'
            '<meta property="og:title"'
            ' content="Round Waves Found -- Again: Winners Find Ripples | Round Today">'
            '<meta property="og:type" content="website"><meta name="DC.date.issued" content="2017-10-03">'
            f'</head><body>{heading}<table><tr><td><div class="articleHeadline14">Round Waves Found -- Again:'
            ' Winners Find Ripples</div><table><tr><td class="articleByline14">By Ann Lee and Bob Stone </td>'
            '</tr></table>'
            '<div><div>PUBLISHED:</div><div>OCTOBER</div><div>03</div><div>2017</div></div>'
            f'<div id="Main_body">Three round scientists won on Tuesday. {prose}{prose}</div>'
            '</td></tr></table></body></html>')


def test_a_story_whose_headline_is_an_element_classed_as_the_headline_on_a_page_without_headings_is_read():
    # Sci-Tech Today (round 124, 2017, NewsFactor's table layout): no h1 to h6 at all;
    # div.articleHeadline14 holds the headline, td.articleByline14 'By Jim Heintz and David Keyton' under it;
    # og:title and the <title> add ' | Sci-Tech Today'. The record held the meta title, the site's name and
    # all, and nobody. The classed element is the heading: its part of the meta title is the title, the "By"
    # line under it the byline. A page with a heading of words reads its heading, never a classed element.
    page = _story_under_a_classed_headline()
    paper = normalise_page("https://example.org/story.xhtml?story_id=1", page).papers[0]
    assert paper.title == "Round Waves Found -- Again: Winners Find Ripples"
    assert paper.authors == ["Ann Lee", "Bob Stone"]
    assert paper.published == "2017-10-03"
    headed = normalise_page("https://example.org/story.xhtml?story_id=1",
                            _story_under_a_classed_headline(heading="<h2>Other round news</h2>")).papers
    assert headed[0].title == "Round Waves Found -- Again: Winners Find Ripples | Round Today"


def test_a_headline_classed_as_one_is_sought_in_linear_time():
    # The classed elements are read a few at most, each no further than a headline's length.
    def normalising(size):
        page = _story_under_a_classed_headline().replace(
            "<body>", "<body>" + '<div class="headline">word ' * size + "</div>" * size
            + '<div class="teaserHeadline">' + "a " * size + "</div>", 1)
        return lambda: normalise_page("https://example.org/story.xhtml?story_id=1", page)

    assert_linear_time(normalising, 8000)


def _item_under_its_kind_and_day(line: str = "<span>News</span>\n   |   October 5, 2017    ",
                                 between: str = "") -> str:
    prose = ("<p>Round physicists have created an entirely new design for an atomic clock, in which atoms"
             " are packed into a tiny cube at a thousand times the density of previous clocks. In doing so,"
             " they are the first to harness the behaviour of a quantum gas to make a measuring device.</p>")
    return ('<!DOCTYPE html><html lang="en"><head><title>Round Clock Offers New Dimensions</title>'
            '<meta name="twitter:title" content="Round Clock Offers New Dimensions"></head><body>'
            f'<div id="document-top"><input type="hidden" value="News"><h4 class="doc-header">{line}</h4>'
            '<div><a href="/rss"><i class="rss-icon" title="RSS"></i></a></div>'
            '<div class="share"><span class="st_facebook"></span><span class="st_email"></span></div></div>'
            f'{between}<div><h1 class="doc-header">Round Clock Offers New Dimensions</h1></div>'
            f'<div class="body">{prose}{prose}<p><em>SOURCE: NIST</em></p></div></body></html>')


def test_an_item_whose_last_line_above_its_heading_is_its_kind_a_bar_and_its_day_is_a_dated_record():
    # Photonics Online (round 124's held-out page, after its final figure; VertMarkets, 2017): a release
    # republished as news, no byline; h4.doc-header '<span>News</span> | October 5, 2017' opens the block
    # over the h1 (after hidden inputs), then print and RSS icons and empty share buttons, then
    # <div><h1>…</h1></div>; twitter:title the only meta title, no date meta. No record. The last line a
    # reader sees above the heading, past elements without words, is read for the day after the item's kind
    # and a bar; a line with words between them, or a kind without its bar, dates nothing.
    address = "https://example.org/doc/round-clock-0001"
    paper = normalise_page(address, _item_under_its_kind_and_day()).papers[0]
    assert paper.title == "Round Clock Offers New Dimensions"
    assert (paper.authors, paper.published) == (None, "2017-10-05")
    barless = normalise_page(address, _item_under_its_kind_and_day(line="News October 5, 2017"))
    assert barless is None or barless.papers[0].published is None
    between = normalise_page(address, _item_under_its_kind_and_day(between="<p>Read our newsletter</p>"))
    assert between is None or between.papers[0].published is None


def test_the_last_line_above_a_heading_is_found_in_linear_time():
    # The walk back from the heading passes a bounded number of nodes, however many empty ones stand there.
    def normalising(size):
        page = _item_under_its_kind_and_day(between="<div><span></span>" * size + "</div>" * size)
        return lambda: normalise_page("https://example.org/doc/round-clock-0001", page)

    assert_linear_time(normalising, 8000)


def _post_of_a_one_person_blog(*, heading: str = "h2", publisher: str = "Ann Roundwell",
                               author_type: str = "Person", author: str = "Ann Roundwell") -> str:
    title = "Training a round model, part 3 -- Interventions: conclusion"
    ld = json.dumps({"@context": "https://schema.org", "@type": "BlogPosting", "headline": title,
                     "author": {"@type": author_type, "name": author, "url": "https://example.org/about/"},
                     "publisher": {"@type": "Organization", "name": publisher},
                     "datePublished": "2026-04-21T18:15:00+0000"})
    prose = ("<p>Last November, when I finished the main body of the book, I set myself a number of follow-on"
             " goals; one was training the full base model myself, and I have now reached the end of it.</p>")
    return ('<html><head><meta charset="UTF-8">'
            f"<title>{title} :: Ann's blog</title>"
            f'<meta property="og:type" content="article"><meta property="og:title" content="{title}">'
            '<meta property="article:published_time" content="2026-04-21T18:15:00+0000">'
            f'<script type="application/ld+json">{ld}</script></head><body>'
            '<div class="sidebar"><a href="/2026/04/">April 2026 (9)</a> <a href="/ai/">AI (82)</a></div>'
            f'<div class="post"><{heading} class="post-header">{title}</{heading}>'
            '<div class="post-subhead">Posted on 21 <a href="/2026/04/">April 2026</a> in AI</div>'
            f"{prose}{prose}</div><div class=\"footer\">Copyright (c) 2006-2026 by Ann Roundwell.</div>"
            "</body></html>")


def test_a_lower_heading_showing_the_meta_title_whole_on_a_page_without_an_h1_keeps_its_dashes():
    # Giles' blog (round 126, 2026): no h1; the post's h2.post-header 'Writing an LLM from scratch, part 32m
    # -- Interventions: conclusion', og:title and the JSON-LD headline the same, the <title> adding
    # " :: Giles' blog". The title was cut at the " -- ", read as a separator before a site's name. A heading
    # that shows the meta title whole settles it, as an h1 that does; a page with an h1 of words reads its h1.
    paper = normalise_page("https://example.org/2026/04/round-3", _post_of_a_one_person_blog()).papers[0]
    assert paper.title == "Training a round model, part 3 -- Interventions: conclusion"
    assert paper.published == "2026-04-21"


def test_a_person_named_as_the_organisation_publishing_a_one_person_blog_is_its_writer():
    # Giles' blog (round 126, 2026): the BlogPosting's author the Person 'Giles Thomas' (his about page
    # linked), its publisher the Organization 'Giles Thomas'; article:author the same; no byline. The author
    # was dropped as the site naming itself (Makronom, 2023: the Person 'Makronom', publisher 'Makronom').
    # A Person with a person's whole name is the writer; a one-word name, or an Organization, stays the site.
    address = "https://example.org/2026/04/round-3"
    assert normalise_page(address, _post_of_a_one_person_blog()).papers[0].authors == ["Ann Roundwell"]
    for page in (_post_of_a_one_person_blog(author_type="Organization"),
                 _post_of_a_one_person_blog(author="Roundwell", publisher="Roundwell")):
        found = normalise_page(address, page)
        assert found is None or found.papers[0].authors is None


def _story_under_a_classed_headline_link(line: str = (
        '<a class="DateStory" href="/ContactStaff.aspx?id=18">Ann Lee</a> <a class="DateStory"'
        ' href="/blogs/~ann">(Blog)</a> - <span class="DateStory">May 15, 2013 1:42 PM</span>')) -> str:
    text = ("At today's round conference, the round giant announced a number of new features for its"
            " market-dominating round system along with a special round edition of its phone.")
    return ('<html><head><title>\n\tRoundTech - Round Announces "Pure" Round Phone for $649, Updates\n'
            '</title><meta name="title" content="Round Announces &quot;Pure&quot; Round Phone for $649,'
            ' Updates"></head><body><div id="RootArticlePage"><div class="ArticleInfo">'
            '<span class="ArticleCategory">Gadgets</span>'
            '<a class="ArticleHeadline" href="/Round+Announces/article1.htm">Round Announces "Pure" Round'
            f' Phone for $649, Updates</a><br />{line}<br /></div><hr /></div>'
            '<span class="ArticleSummary">Round focuses its attention on phones</span><br /><br />'
            f'<span id="lblBody">{text}<br />{text}<br /></span></body></html>')


def test_a_story_under_a_headline_link_with_its_writers_name_and_day_on_the_line_under_it_is_a_record():
    # DailyTech (round 122, 2013, ASP.NET tables): no h1 to h6, no Open Graph, no JSON-LD, no date meta; the
    # headline a link classed ArticleHeadline (the <title> 'DailyTech - ' before its words), the line under
    # it the writer's linked name, '(Blog)', a dash and the day, span.ArticleSummary the dek over the text.
    # No record was made. The classed headline the <title> ends with is the heading; the name before the
    # day on the line under it, up to the line break, the writer; the element classed as the summary
    # after it the story's summary.
    paper = normalise_page("https://www.example.com/Round+Announces/article1.htm",
                           _story_under_a_classed_headline_link()).papers[0]
    assert paper.title == 'Round Announces "Pure" Round Phone for $649, Updates'
    assert paper.authors == ["Ann Lee"]
    assert paper.published == "2013-05-15"
    assert paper.abstract == "Round focuses its attention on phones"
    # A line under it that names no person before the day (a section's name) makes no writer of it.
    other = normalise_page("https://www.example.com/Round+Announces/article1.htm",
                           _story_under_a_classed_headline_link("round news - May 15, 2013"))
    assert other is None or not other.papers or other.papers[0].authors != ["round news"]


def test_the_line_under_a_classed_headline_link_is_read_in_linear_time():
    # The line is read a few elements at most, each no further than a line's length.
    def normalising(size):
        page = _story_under_a_classed_headline_link(
            "<span>word </span>" * size + '<span class="summary">' + "a " * size + "</span>")
        return lambda: normalise_page("https://www.example.com/Round+Announces/article1.htm", page)

    assert_linear_time(normalising, 8000)


def _item_dated_by_its_publication_meta(shown: str = "<b>Last updated on</b>: 2017-10-05") -> str:
    text = ("The work which has been recognised by the prize was carried out by three round scientists, whose"
            " research has led to a better understanding of the fundamental rhythms of round life.")
    return ('<html><head><title>Round Commission : ROUNDIS : News and Events : Round Science: Clocking up a'
            ' Prize for work on round rhythms</title><meta name="description" content="Round Commission">'
            '<meta name="publicationDate" content="2017-10-05 15:52:10"></head><body>'
            '<h1>Round Research and Development Information Service</h1><div id="dynamiccontent">'
            '<div><h1>Round Science: Clocking up a Prize for work on round rhythms</h1></div>'
            '<div class="teaser">The 2017 round prize has gone to three scientists for their discoveries of'
            ' the mechanisms that control round rhythms.</div>'
            f'<div class="article">{text}</div></div><div class="recinfo"><p>{shown}</p>'
            '<p><b>Record Number</b>: 128621</p></div></body></html>')


def test_an_item_under_its_repeated_heading_dated_by_a_publication_meta_the_page_shows_is_a_record():
    # CORDIS (round 125, 2017): no Open Graph, no JSON-LD; the <title> 'European Commission : CORDIS : News
    # and Events : ' before the item's title, the second h1's; its day only in a plain publicationDate meta
    # (2017-10-05 15:52:10) and the record box's 'Last updated on: 2017-10-05', the one day the page shows.
    # No record was made. The heading the <title> repeats, dated by the publication meta whose day the page
    # shows, is a dated item; the teaser under it its summary.
    page = _item_dated_by_its_publication_meta()
    paper = normalise_page("https://cordis.example.eu/news/rcn/128621_en.html", page).papers[0]
    assert paper.title == "Round Science: Clocking up a Prize for work on round rhythms"
    assert paper.published == "2017-10-05"
    assert paper.authors is None
    # …and the block classed as the teaser right under the heading, over the text, its summary.
    assert paper.abstract.startswith("The 2017 round prize has gone to three scientists")
    # A meta day the page never shows is a template's or a file's, no item's day it dates.
    unshown = normalise_page("https://cordis.example.eu/news/rcn/128621_en.html",
                             _item_dated_by_its_publication_meta("<b>Record</b>: open"))
    assert unshown is None or not unshown.papers


def test_the_day_a_publication_meta_names_is_sought_in_linear_time():
    # The page's short texts are read once each, however deep the page.
    def normalising(size):
        page = _item_dated_by_its_publication_meta(
            "<span>word</span>" * size + "<div>" * size + "</div>" * size + "2017-10-05")
        return lambda: normalise_page("https://cordis.example.eu/news/rcn/128621_en.html", page)

    assert_linear_time(normalising, 4000)


def _post_over_a_bulleted_byline(day: str = "Oct&#8226;\n\t\t    29&#8226;12") -> str:
    text = ("More capable workers typically do have the best round conditions. The theory of compensating"
            " differentials, however, says that workers should be compensated in the form of higher round"
            " wages for the worse conditions they bear, and less for the better ones.")
    return ("<html><head><title>Do more round workers get better round conditions? &laquo;  Round Economist"
            "</title></head><body><div id=\"blogtitle\"><h2>Round Economist</h2></div>"
            '<div class="post hentry"><h2 class="largeheadline">\n\t\t  Do more round workers get better'
            ' round conditions?</h2>\n\t<div>'
            '<span class="smallheadline1">\n\t\t\tWritten By: Ann Lee  \n\t\t\t<em>'
            f'\n\t\t    </em></span><span class="smallheadline2">-\n\t\t    {day}</span></div>'
            f'<div class="entry"><p>{text}</p><p>{text}</p></div></div></body></html>')


def test_a_written_by_line_closed_by_a_bulleted_day_under_the_heading_the_title_opens_with_is_a_record():
    # Healthcare Economist (round 125, 2012, WordPress 3.4): no meta; the <title> the post's title and
    # '«  Healthcare Economist', h2.largeheadline the title under the blog's h2, then 'Written By: Jason
    # Shafrin' and '- Oct• 29•12' (month, day, two-digit year, bullets between) in two spans under it. No
    # record was made. The heading the <title> opens with before a separator, the writer's line under it
    # closed by a bulleted day, over prose, is the post's record.
    url = "https://round-economist.example.com/2012/10/29/round-workers/"
    paper = normalise_page(url, _post_over_a_bulleted_byline()).papers[0]
    assert (paper.title, paper.authors, paper.published) == (
        "Do more round workers get better round conditions?", ["Ann Lee"], "2012-10-29")
    # A bulleted line that makes no day (a 31st of a month of 30) dates nothing.
    other = normalise_page(url, _post_over_a_bulleted_byline("Nov&#8226; 31&#8226;12"))
    assert other is None or not other.papers or other.papers[0].published is None


def test_a_written_by_line_under_a_heading_is_read_in_linear_time():
    # The line under the heading is read no further than a line's length.
    def normalising(size):
        page = _post_over_a_bulleted_byline("Oct&#8226; 29&#8226;12" + "<em>word</em>" * size)
        return lambda: normalise_page("https://round-economist.example.com/2012/10/29/round-workers/", page)

    assert_linear_time(normalising, 8000)


def _post_dated_by_the_time_under_its_heading(
        under: str = "<b title='Publication'><time>2026-06-19</time></b>") -> str:
    text = ("This one is in the atlas of round galaxies under one heavy arm, which checks out: the eastern"
            " arm is considerably brighter and denser than the others, and full of young round stars, bright"
            " blue clusters and the glowing gas they light.")
    return ("<!DOCTYPE html><html lang=en-us><head><meta charset=utf-8 />"
            "<title>Arp 29: The round galaxy (Ann's blog) </title></head><body><nav><a href=/>Home</a></nav>"
            f"<main><h1><em>Arp 29: The round galaxy</em></h1>\n{under} <em>[Photo]</em>"
            f"<p><img src=/astro/arp29/small.jpg></p><p>{text}</p><p>{text}</p></main></body></html>")


def test_a_post_dated_by_a_time_element_right_under_the_heading_its_title_repeats_is_a_record():
    # Maurycy's blog (round 126, 2026, a hand-written static site): no meta at all; the <title> the h1's words
    # and ' (Maurycy's blog)', right under the h1 <b title='Publication'><time>2026-06-19</time></b> with no
    # datetime attribute, then the photograph and the text. No record was made. A time element whose whole
    # text is a day, right under the heading the <title> repeats and over prose, dates the post; nobody is
    # named its writer.
    page = _post_dated_by_the_time_under_its_heading()
    paper = normalise_page("https://example.com/astro/arp29/", page).papers[0]
    assert (paper.title, paper.authors, paper.published) == ("Arp 29: The round galaxy", None, "2026-06-19")
    # An unmarked day under a heading no meta names is no such mark.
    unmarked = normalise_page("https://example.com/astro/arp29/",
                              _post_dated_by_the_time_under_its_heading("<b>2026-06-19</b>"))
    assert unmarked is None or not unmarked.papers or unmarked.papers[0].published is None


def test_a_time_element_under_a_heading_is_read_in_linear_time():
    # The element under the heading is read no further than a short line.
    def normalising(size):
        page = _post_dated_by_the_time_under_its_heading(
            "<b><time>2026-06-19</time>" + "<span>word</span>" * size + "</b>")
        return lambda: normalise_page("https://example.com/astro/arp29/", page)

    assert_linear_time(normalising, 8000)


# news.com.au (round 125's held-out story, 2012): og:title the headline and no date meta;
# div.story-headline holding the h1 alone (between its ad-section comments), then div.story-info: 'From: News
# Limited Network' and li.date-and-time 'November 06, 2012 11:18AM'; then div.story-intro boxing the bold
# opening sentence alone, the description's words, the text's plain paragraphs after that box.
_WRAPPED_STORY = ('<html><head><title>Round agency responds to demands | Round News</title>'
                  '<meta property="og:title" content="Round agency responds to demands">'
                  '<meta name="description" content="{lead}"></head><body><div class="story-header">'
                  '<div class="story-headline"><h1 class="heading"><!-- ad start -->Round agency responds to '
                  'demands<!-- ad end --></h1></div><div class="story-info"><ul><li class="source">'
                  '<span>From:</span> <cite>Round News Network</cite></li><li class="date-and-time">'
                  '<span class="datestamp">November 06, 2012</span> <span class="timestamp">11:18AM</span>'
                  '</li></ul></div></div><div class="story-body"><div class="story-intro"><p><strong>{lead}'
                  '</strong></p></div>{prose}{prose}</div></body></html>')
_WRAPPED_LEAD = "NO: We will not nuke round storms. And a round agency has explained why, at length."
_WRAPPED_PROSE = ("<p>" + "The round agency led its questions page with a long statement of its case. " * 3
                  + "</p>")


def test_a_heading_alone_in_its_wrapper_is_dated_by_the_date_classed_line_under_the_wrapper():
    page = _WRAPPED_STORY.format(lead=_WRAPPED_LEAD, prose=_WRAPPED_PROSE)
    paper = normalise_page("https://example.org/saved-page", page).papers[0]
    assert (paper.title, paper.authors, paper.published) == ("Round agency responds to demands", None,
                                                             "2012-11-06")


def test_a_bold_opening_boxed_alone_as_the_storys_intro_is_its_text_not_an_abstract():
    page = _WRAPPED_STORY.format(lead=_WRAPPED_LEAD, prose=_WRAPPED_PROSE)
    assert normalise_page("https://example.org/saved-page", page).papers[0].abstract is None
    # A box of another class (a standfirst's) keeps its words the story's summary.
    standfirst = page.replace('class="story-intro"', 'class="standfirst"')
    assert normalise_page("https://example.org/saved-page", standfirst).papers[0].abstract == _WRAPPED_LEAD


def test_a_headings_wrappers_are_sought_for_the_line_under_them_in_linear_time():
    from papershelf.normalise.wrapped_headings import dated_under_its_wrapper

    def reading(size):
        nest = "<div>" * size + "<span class='date'>July 19, 2013</span>" + "</div>" * size
        body = ("<html><body>" + "<div><p>x</p></div>" * size + "<div><div>" + "<!-- c -->" * size
                + "<h1>Round item</h1></div></div>" + nest + "</body></html>")
        page = parse_page(body)
        return lambda: dated_under_its_wrapper(page, "Round item")

    assert assert_linear_time(reading, 3000) is None


def test_intro_boxes_are_sought_in_linear_time():
    from papershelf.normalise.boxed_intros import opens_from_its_intro_box

    def reading(size):
        body = ("<html><body>" + "<div class='intro'><p>Round words that are not the description.</p></div>"
                * size + "<div class='intro'><p>" + "round " * size + "</p></div>" + "<p>x</p>" * size
                + "</body></html>")
        page = parse_page(body)
        return lambda: opens_from_its_intro_box(page, "round " * size)

    # The box found, its siblings walked to the end: no prose follows it.
    assert assert_linear_time(reading, 3000) is False


def test_a_link_to_the_reporters_page_after_the_day_under_the_heading_is_the_stories_writer():
    # Design & Trend (round 125's held-out story, 2013; IBT Media's template): meta Author 'Design&Trend',
    # the site's name; under the h1 div.date01 'May 15, 2013 03:46 PM EDT | Michael Briggs', the name linked
    # to /reporters/michael-briggs, the site's page of his stories: its writer, as a blog's /author/ link is.
    prose = ("<p>" + "The round observatory captured a stunning image of a ribbon streaking through it. " * 3
             + "</p>")
    page = ('<html><head><title>Round Observatory Captures a Fiery Ribbon</title>'
            '<meta property="og:title" content="Round Observatory Captures a Fiery Ribbon">'
            '<meta name="Author" content="Round&amp;Trend"><meta property="og:site_name" '
            'content="Round &amp; Trend"><meta property="article:published_time" content="2013-05-15">'
            '</head><body>'
            '<div id="subinnerarti"><h1>Round Observatory Captures a Fiery Ribbon</h1><div class="date01">'
            'May 15, 2013 03:46 PM EDT &nbsp;&nbsp; <em> | </em> <a href="/reporters/michael-briggs">Michael '
            f'Briggs</a></div>{prose}{prose}</div></body></html>')
    paper = normalise_page("https://example.org/articles/1/round.htm", page).papers[0]
    assert (paper.title, paper.authors, paper.published) == ("Round Observatory Captures a Fiery Ribbon",
                                                             ["Michael Briggs"], "2013-05-15")


# Bert Hubert's blog (round 126's train post, 2026, Hugo's Minimo theme): no author meta, no JSON-LD, no
# byline; the sidebar's h2.site-title an emptied link, the header's p.site-title "Bert Hubert's writings"
# (og:site_name and the <title>'s part after the post's title the same), then his e-mail address; the h1 in
# div.header-info, then span.posted-on with time.entry-date.
_POSSESSIVE_BLOG = ('<html><head><title>Round report published - {blog}</title>'
                    '<meta property="og:title" content="Round report published - {blog}">'
                    '<meta property="og:site_name" content="{blog}"></head><body>'
                    '<div class="sidebar"><h2 class="title site-title"><a href="/articles/"> </a></h2></div>'
                    '<header class="site-header"><p class="site-title title">{blog}</p>'
                    '<p class="site-desc">round@example.org</p></header><article><header>'
                    '<div class="header-info"><h1 class="title">Round report published</h1></div>'
                    '<div class="entry-meta"><span class="posted-on">Posted on <time class="entry-date" '
                    'datetime="2026-04-09T06:30:00+02:00">Apr 09 2026</time></span></div></header>'
                    '<div class="entry-content">{prose}{prose}</div></article></body></html>')
_POSSESSIVE_PROSE = ("<p>" + "Today the round report appeared, which I wrote for the round energy board. " * 3
                     + "</p>")


def test_a_blog_named_for_a_person_in_the_possessive_names_its_post_writer():
    page = _POSSESSIVE_BLOG.format(blog="Bert Hubert's writings", prose=_POSSESSIVE_PROSE)
    paper = normalise_page("https://example.org/articles/posts/round/", page).papers[0]
    assert (paper.title, paper.authors, paper.published) == ("Round report published", ["Bert Hubert"],
                                                             "2026-04-09")
    # A possessive that is no person's whole name names nobody.
    page = _POSSESSIVE_BLOG.format(blog="Nature's notes", prose=_POSSESSIVE_PROSE)
    assert normalise_page("https://example.org/articles/posts/round/", page).papers[0].authors is None


def test_a_blogs_possessive_name_is_sought_in_linear_time():
    from papershelf.normalise.possessive_blogs import blogger_of_the_possessive_name

    def reading(size):
        body = ("<html><head><title>Post - Ann Round's blog</title></head><body>"
                + "<div class='x'><span class='site-title'> </span></div>" * size
                + "<p class='site-title'>Ann Round's blog</p></body></html>")
        page = parse_page(body)
        return lambda: blogger_of_the_possessive_name(page)

    assert assert_linear_time(reading, 3000) == ["Ann Round"]


def _release_under_its_senders_line(sender: str = "Dr. Ann  B. Round", lead_words: str = "") -> str:
    # idw (round 82, held out, 2023): no title, author, date or description meta; the <title> the
    # release's title; the day and time alone in an <em> right above the h4 the <title> is, the sender's
    # h5.subheader right under it (the press officer, her department in an <em>, her institution
    # linked), then a paragraph wholly in italics, a subtitle line, a <br> and the lead, over the text's
    # paragraphs.
    prose = ("<p>In round cells bacteria turn carriers of energy into current. Where the bacteria can make"
             " the carriers themselves while the cell is charged, the cell is a round battery; so far its"
             " charging has been too slow and too wasteful.<br/><br/>The round group built one.</p>")
    return ("<html><head><title>Efficient Round Battery</title>"
            '<meta property="og:image" content="http://www.example.org/logo29539"/></head><body>'
            '<h2 class="hide">Round Science News Service</h2><div class="row"><div class="nine columns">'
            '<div class="DontPrint">Share:&nbsp;</div>\n<em>\n 01.11.2023 11:35\n </em>\n</p>'
            "<h4>Efficient Round Battery</h4>"
            f'<h5 class="subheader">\n {sender} <em>Press Office</em><br/>'
            '<a href="/institution122">Society of Round Chemists</a>\n</h5><ul class="no-bullet"></ul>'
            "<p><em>\n Fast-charging round fuel cell and electrolyser based on round acid<br />"
            "Round acid is a promising carrier of energy, since it can be made from carbon dioxide and used"
            f" in many ways.{lead_words}\n</em></p>{prose * 2}</div></div></body></html>")


def test_a_release_under_its_day_and_time_with_its_senders_name_under_its_heading_is_a_record():
    # idw (round 82): no record was made, no reader finding a heading no meta names that is an h4. The heading
    # the <title> is word for word, the day and time alone on the line above it, the heading of lower rank
    # under it opening with a person's name, over prose, is the release's record: the sender its writer (her
    # academic title left off), the paragraph wholly in italics under her line its lead past its subtitle.
    url = "https://idw.example.org/de/news823175"
    paper = normalise_page(url, _release_under_its_senders_line()).papers[0]
    assert (paper.title, paper.authors, paper.published) == (
        "Efficient Round Battery", ["Ann B. Round"], "2023-11-01")
    assert paper.abstract.startswith("Round acid is a promising carrier of energy")
    # A heading under the title that opens with no person's name (a section's, an institution's) is no
    # sender's line: no writer read from it.
    other = normalise_page(url, _release_under_its_senders_line("Society of Round Chemists"))
    assert other is None or not other.papers or "Society of Round Chemists" not in other.papers[0].authors


def test_a_releases_senders_line_and_lead_are_read_in_linear_time():
    # The line above the heading is sought a bounded number of steps back, the sender's line read by its
    # first text, the lead's paragraph by a few of its children.
    def normalising(size):
        page = _release_under_its_senders_line(lead_words=" <b>round</b>" * size)
        return lambda: normalise_page("https://idw.example.org/de/news823175", page)

    assert_linear_time(normalising, 8000)


# apophenia, danah boyd's blog (round 127's held-out post, 2012, WordPress's Atahualpa theme): no meta at all;
# the <title> 'danah boyd | apophenia » ' and the post's title; the header's h1.blogtitle the blog's name, a
# sidebar's h2 'Quotables' (its widget 'My name is <a>danah boyd</a> …'), then the post's h2 in
# div.post-headline, its text, and div.post-footer 'September 13th, 2012 | Tags: … | Category: …'.
def _post_with_its_day_in_its_footer(blog: str = "ann round | roundness",
                                     footer: str = "September 13th, 2012", linked: str = "ann round") -> str:
    prose = ("<p>" + "I love being a scholar of round things, and this round issue is open to everyone. " * 3
             + "</p>")
    return ("<html><head><title>" + blog + " &raquo; Round publicness: an open issue</title></head><body>"
            f"<table><tr><td><h1 class='blogtitle'><a href='/'>{blog}</a></h1></td></tr><tr><td id='left'>"
            f"<p>My name is <a href='/about'>{linked}</a> and I study round things.</p>"
            "<h2><a href='/quotes/'>Quotables</a></h2><h2>Archives</h2><p>September 2012</p></td>"
            "<td id='middle'><div class='post'><div class='post-headline'><h2>Round publicness: an open issue"
            f"</h2></div><div class='post-bodycopy'>{prose}{prose}</div><div class='post-footer'>{footer} | "
            "Tags: <a href='/tag/round'>round</a> | Category: <a href='/c'>Uncategorized</a></div></div>"
            "<h3 id='comments'>1 comment</h3><ul><li><span class='authorname'>Bob Reader</span>"
            "<div class='post-footer'>September 14th, 2012</div></li></ul></td></tr></table></body></html>")


def test_a_post_after_the_blogs_name_is_dated_by_the_day_opening_its_footer():
    paper = normalise_page("https://example.org/2012/09/13/round.html", _post_with_its_day_in_its_footer())
    assert (paper.papers[0].title, paper.papers[0].published) == ("Round publicness: an open issue",
                                                                  "2012-09-13")
    # A footer opening with words before its day ('Posted in …') dates nothing.
    worded = normalise_page("https://example.org/2012/09/13/round.html", _post_with_its_day_in_its_footer(
        footer="Posted in Round on September 13th, 2012"))
    assert worded is None or not worded.papers or worded.papers[0].published is None


def test_a_footer_after_a_post_heading_is_sought_in_linear_time():
    from papershelf.normalise.footed_posts import post_dated_by_its_footer

    def reading(size):
        page = parse_page(_post_with_its_day_in_its_footer().replace(
            "<div class='post-footer'>",
            "<p>" + "<span>round</span>" * size + "</p><div class='post-footer'>", 1))
        return lambda: post_dated_by_its_footer(page)

    assert assert_linear_time(reading, 4000) is not None


def test_a_blog_named_for_a_person_before_a_bar_names_its_post_writer():
    paper = normalise_page("https://example.org/2012/09/13/round.html", _post_with_its_day_in_its_footer())
    assert paper.papers[0].authors == ["ann round"]  # the name as its owner writes it
    page = _post_with_its_day_in_its_footer(blog="Ann Round | Roundness", linked="Ann Round")
    capitalised = normalise_page("https://example.org/2012/09/13/round.html", page)
    assert capitalised.papers[0].authors == ["Ann Round"]
    # A blog's name of two capitalised words the page never links again as a name names nobody.
    unlinked = normalise_page("https://example.org/2012/09/13/round.html", _post_with_its_day_in_its_footer(
        blog="Round Watch | Tracking roundness", linked="our team"))
    assert unlinked.papers[0].authors is None


def test_a_blogs_name_before_a_bar_is_sought_in_linear_time():
    from papershelf.normalise.named_blogs import blogger_before_the_bar

    def reading(size):  # a link's text is read no further than a name's length
        page = parse_page(_post_with_its_day_in_its_footer().replace(
            "<td id='left'>", "<td id='left'><a href='/x'>" + "<b>round</b> thing " * size + "</a>", 1))
        return lambda: blogger_before_the_bar(page)

    assert assert_linear_time(reading, 4000) == ["ann round"]
def test_a_post_under_the_one_h1_is_dated_by_its_closing_line_where_its_address_names_that_day():
    url, page = jekyll_post_dated_at_its_close()
    paper = normalise_page(url, page).papers[0]
    assert (paper.title, paper.published) == ("Round Models for the People", "2022-07-27")
    # A closing line of days none of which the address names dates no post of that address.
    url, page = jekyll_post_dated_at_its_close("2021/01/05")
    found = normalise_page(url, page)
    assert found is None or found.papers[0].published != "2022-07-27"


def test_a_post_dated_at_its_close_is_sought_in_linear_time():
    from papershelf.normalise.closing_day_posts import post_dated_at_its_close

    def reading(count):
        url, page = jekyll_post_dated_at_its_close()
        # A deep nest in the closing line, and a long run of siblings on a page of no post.
        nest = "<span>" * count + "</span>" * count
        parsed = parse_page(page.replace("<p><em>Updated", f"<p>{nest}<em>Updated"))
        run = parse_page(page.replace("<p><br /><br /></p><p><em>", "<p>x</p>" * count + "<p><em>"))
        return lambda: (post_dated_at_its_close(parsed, "Ada Round", url),
                        post_dated_at_its_close(run, "Ada Round", url))

    found, past_its_bound = assert_linear_time(reading, 20_000)
    assert found is None and past_its_bound is None


def _article_published_at_its_close(closing: str = "Published 1 August 2016.") -> tuple[str, str]:
    # Bjango's articles (round 135, 2016): og:title and the <title> the article's, the description its first
    # paragraph; under the page's one h1 the text's paragraphs and h2s, which close with a small line
    # <p><small>Published 1 August 2016.</small></p>; then 'Featured articles' and 'About the author'. The
    # address carries no day and no meta dates the page.
    prose = ("<p>Exporting an identical round image from different design tools results in different file "
             "sizes, and the differences tell how each tool packages its exports and what it adds. To test, "
             "we can use an image that is a single round pixel, which shows the efficiency of each tool.</p>")
    url = "https://round.example.com/articles/roundoptimisation/"
    page = ('<!DOCTYPE html><html lang="en-us"><head><title>Round optimisation</title>'
            '<meta name="description" content="Exporting an identical round image from different tools.">'
            '<meta property="og:title" content="Round optimisation">'
            '<meta property="og:type" content="website"></head><body><header>'
            '<a href="/apps/">Apps</a><a href="/articles/">Articles</a></header>'
            f'<div id="articlecontainer"><article><h1>Round optimisation</h1>{prose}<h2>Round tools</h2>'
            f'{prose * 2}<p><small>{closing}</small></p></article><div><h4>Featured articles</h4>'
            '<p><a href="/articles/other/">Why round things roll</a></p><h4>About the author</h4>'
            '<p><a href="https://round.example.com/ada">Ada Round</a> is the founder and designer at Round. '
            '</p></div></div></body></html>')
    return url, page


def test_an_article_closing_with_a_line_labelled_published_is_dated_by_that_line():
    url, page = _article_published_at_its_close()
    paper = normalise_page(url, page).papers[0]
    assert (paper.title, paper.published) == ("Round optimisation", "2016-08-01")
    # An unlabelled closing day, on an address that names no day, dates no post.
    found = normalise_page(url, _article_published_at_its_close("1 August 2016.")[1])
    assert found is None or found.papers[0].published != "2016-08-01"


def test_a_post_published_at_its_close_on_an_undated_address_is_sought_in_linear_time():
    from papershelf.normalise.closing_day_posts import post_dated_at_its_close

    def reading(count):
        url, page = _article_published_at_its_close()
        # A long run of siblings before the closing line: past the bound, no post is read to its end.
        run = parse_page(page.replace("<p><small>", "<p>x</p>" * count + "<p><small>"))
        return lambda: post_dated_at_its_close(run, "Round optimisation", url)

    assert assert_linear_time(reading, 20_000) is None


def test_the_person_an_about_the_author_box_opens_with_is_the_writer():
    url, page = _article_published_at_its_close()
    assert normalise_page(url, page).papers[0].authors == ["Ada Round"]
    # A box about the authors, or a paragraph opening with no linked name, names nobody.
    for box in ("<h4>About the authors</h4>", "<h4>About the author</h4><p>Written by"):
        changed = page.replace("<h4>About the author</h4><p>", box, 1)
        assert normalise_page(url, changed).papers[0].authors in (None, [])


def test_an_about_the_author_box_is_found_in_linear_time():
    from papershelf.normalise.about_the_author import writer_about_the_author

    def reading(count):
        _, page = _article_published_at_its_close()
        # Many headings before the box, and a deep nest in its heading.
        many = parse_page(page.replace("<div><h4>Featured", "<h5>Round</h5>" * count + "<div><h4>Featured"))
        nest = "<span>" * count + "About the author" + "</span>" * count
        deep = parse_page(page.replace("<h4>About the author</h4>", f"<h4>{nest}</h4>"))
        return lambda: (writer_about_the_author(many), writer_about_the_author(deep))

    assert assert_linear_time(reading, 20_000) == (None, None)


def _ghost_post_signed_by(name: str) -> str:
    # DuckDuckGo's blog (round 135, Ghost 3.5, 2020): a JSON-LD Article whose author is a Person named for the
    # blog's mascot, 'Dax the duck', twitter:label1 'Written by' and twitter:data1 the same name, the post
    # cards signed so; the post's h1, 'Filed under … on <time>', the text; no person named anywhere.
    ld = ('{"@context": "https://schema.org", "@type": "Article", "author": {"@type": "Person", '
          f'"name": "{name}"}}, "headline": "The Hidden Round Risk", '
          '"datePublished": "2020-02-27T10:59:00.000Z"}')
    return ('<html><head><title>The Hidden Round Risk</title><meta property="og:type" content="article">'
            '<meta property="og:title" content="The Hidden Round Risk">'
            f'<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="{name}">'
            f'<script type="application/ld+json">{ld}</script></head><body><article><header>'
            '<h1>The Hidden Round Risk</h1><section>Filed under <a href="/tag/research/">Round Research</a>'
            ' on <time datetime="2020-02-27">27 Feb 2020</time></section></header><section><p>Our survey of '
            'round '
            'adults found that almost half have saved round things in an app that does not encrypt them, and '
            'most were not aware of it.</p></section></article></body></html>')


def test_a_mascots_name_signing_a_post_is_no_writer():
    url = "https://round.example.com/hidden-round-risk/"
    paper = normalise_page(url, _ghost_post_signed_by("Dax the duck")).papers[0]
    assert (paper.title, paper.published, paper.authors) == ("The Hidden Round Risk", "2020-02-27", None)
    # A person's name, or an epithet capitalised, is a writer's.
    for name in ("Ada Round", "Alfred the Great"):
        assert normalise_page(url, _ghost_post_signed_by(name)).papers[0].authors == [name]


def _ghost_post_with_a_teaser(text_opening: str, lead: str = "") -> str:
    # DuckDuckGo's blog (round 135, Ghost 3.5, 2020): the JSON-LD Article's description, the description and
    # og:description meta a teaser the page shows nowhere ('Saving private information … is a largely unknown,
    # everyday privacy risk …'), the text reusing its first words in a sentence of its own ('First up: Saving
    # private information to an unencrypted note-taking app.'), after an italic note on the series.
    teaser = ("Saving round information to an unencrypted round app is a largely unknown, everyday round "
              "risk "
              "that almost half of adults are engaging in. Here is what you can do.")
    ld = ('{"@context": "https://schema.org", "@type": "Article", "headline": "The Hidden Round Risk", '
          f'"description": "{teaser}", "datePublished": "2020-02-27T10:59:00.000Z"}}')
    prose = ("<p>Round apps have become a welcome replacement for paper notes, and people use them for quick "
             "lists and for more private things than that, which our survey of round adults looked at.</p>")
    return ('<html><head><title>The Hidden Round Risk</title><meta property="og:type" content="article">'
            f'<meta name="description" content="{teaser}"><meta property="og:description" content="{teaser}">'
            '<meta property="og:title" content="The Hidden Round Risk">'
            f'<script type="application/ld+json">{ld}</script></head><body><article><header>'
            '<h1>The Hidden Round Risk</h1><time datetime="2020-02-27">27 Feb 2020</time></header><section>'
            f'{lead}{prose}<p>{text_opening}</p>{prose}</section></article></body></html>')


def test_an_articles_json_ld_description_the_text_shows_nowhere_whole_is_a_teaser_not_an_abstract():
    url = "https://round.example.com/hidden-round-risk/"
    reused = "First up: Saving round information to an unencrypted round app."
    assert normalise_page(url, _ghost_post_with_a_teaser(reused)).papers[0].abstract is None
    # Read with its JSON-LD alone (no og:type), the JSON-LD Article says as much: a teaser still.
    bare = _ghost_post_with_a_teaser(reused).replace('<meta property="og:type" content="article">', "")
    assert normalise_page(url, bare).papers[0].abstract is None
    # The description's first sentence shown whole in the text: read as before, the description.
    shown = ("Saving round information to an unencrypted round app is a largely unknown, everyday round risk "
             "that almost half of adults are engaging in.")
    paper = normalise_page(url, _ghost_post_with_a_teaser(shown)).papers[0]
    assert (paper.abstract or "").startswith("Saving round information")


def test_a_note_in_italics_placing_the_post_in_a_series_is_no_summary():
    url = "https://round.example.com/hidden-round-risk/"
    reused = "First up: Saving round information to an unencrypted round app."
    note = ("<p><em>This is the first in a series of posts about common but largely unknown round risks."
            "</em></p>")
    assert normalise_page(url, _ghost_post_with_a_teaser(reused, note)).papers[0].abstract is None
    # A summary set apart in italics is the standfirst still.
    dek = "<p><em>Almost half of adults keep round secrets in round apps that do not encrypt them.</em></p>"
    paper = normalise_page(url, _ghost_post_with_a_teaser(reused, dek)).papers[0]
    assert paper.abstract == ("Almost half of adults keep round secrets in round apps that do not encrypt "
                              "them.")


def _questions_and_answers_page(first_line: str = "QUESTIONS AND ANSWERS", others: int = 0) -> str:
    answer = "<p>" + "The round vaccine candidate will be tested in healthy adult volunteers. " * 3 + "</p>"
    other = "".join(f"<h3>Round Section {n}<br>Round Heading {n}</h3>" for n in range(others))
    return ('<html><head><title>Q&amp;A: Phase 1 Trials of a Round Vaccine</title></head><body>'
            f'<h1>News &amp; Events</h1>{other}<center><h3><div>{first_line}<br>Phase 1 Trials of a Round '
            'Vaccine</div></h3><p><strong><span>August 28, 2014</span></strong></p></center><ol><li><strong>'
            f'Describe the round vaccine candidate.</strong>{answer}</li></ol></body></html>')


def test_a_heading_spelling_out_the_label_the_title_names_it_after_is_the_items_heading():
    # NIAID (2014, round 130, held out, fixed at stop 65): no meta but the <title> 'Q&A: Phase 1 Clinical
    # Trials of NIAID/GSK Investigational Ebola Vaccine'; the site's one h1 the section's name, the item's
    # heading an h3 of two lines, 'QUESTIONS AND ANSWERS', a <br>, the rest of the <title>; the day in bold
    # right under it. The <title> is the item's title, its label the heading's first line abbreviated; a first
    # line that does not spell the label out is another heading, and the page no item.
    url = "https://round.example.gov/news/QA/Pages/RoundVaxQA.aspx"
    paper = normalise_page(url, _questions_and_answers_page()).papers[0]
    assert (paper.title, paper.published, paper.authors) == (
        "Q&A: Phase 1 Trials of a Round Vaccine", "2014-08-28", None)
    found = normalise_page(url, _questions_and_answers_page("PRESS RELEASE"))
    assert found is None or not found.papers or found.papers[0].title != "Q&A: Phase 1 Trials of a Round " \
        "Vaccine"


def test_a_heading_spelling_out_the_tabs_label_is_sought_in_linear_time():
    from papershelf.normalise.labelled_headings import item_under_its_labelled_heading

    def reading(count):
        page = parse_page(_questions_and_answers_page(others=count))
        return lambda: item_under_its_labelled_heading(page)

    found = assert_linear_time(reading, 4000)
    assert found is not None and found.shown == ["2014-08-28"]


# 云风的 BLOG (round 134, 2020, Movable Type 3.2 in Chinese): no meta but the generator; the <title> '云风的
# BLOG: ' and the post's title, h1#banner-header the blog's name, the post's h3.entry-header, its text, then
# p.entry-footer '云风 提交于 February  5, 2020 11:36 AM | 固定链接' (Movable Type's 'Posted by NAME at DAY |
# Permalink' as its Chinese templates write it: the writer before the day).
def _post_signed_in_its_footer(footer: str) -> str:
    prose = ("<p>" + "The round cache server kept its memory low until the whole team worked from home. " * 3
             + "</p>")
    return ("<html><head><meta name='generator' content='Movable Type 3.2b5'><title>Round Notes: Round cache "
            "server refined</title></head><body><div id='banner'><h1 id='banner-header'><a href='/'>Round "
            "Notes</a></h1><h2 id='banner-description'>Thoughts that come and go</h2></div>"
            "<p class='content-nav'><a href='/2020/01/a.html'>« Older</a> | <a href='/'>Home</a></p>"
            "<div class='entry'><h3 class='entry-header'>Round cache server refined</h3>"
            "<div class='entry-content'>"
            f"<div class='entry-body'>{prose}</div><div class='entry-more'>{prose}</div></div>"
            f"<p class='entry-footer'>{footer} | <a href='/2020/02/round.html'>固定链接</a></p></div>"
            "<h2 id='comments'>Comments</h2><p>A round reader wrote.</p></body></html>")


@pytest.mark.parametrize(("footer", "authors"), [
    ("云风 提交于 February  5, 2020 11:36 AM", ["云风"]),
    ("Posted by Ann Round at February  5, 2020 11:36 AM", ["Ann Round"]),
])
def test_a_post_footer_naming_its_writer_before_its_day_dates_and_signs_the_post(footer, authors):
    paper = normalise_page("https://example.org/2020/02/round.html", _post_signed_in_its_footer(footer))
    assert (paper.papers[0].title, paper.papers[0].published, paper.papers[0].authors) == (
        "Round cache server refined", "2020-02-05", authors)


def test_a_post_footer_naming_no_person_before_its_day_dates_the_post_alone():
    paper = normalise_page("https://example.org/2020/02/round.html", _post_signed_in_its_footer(
        "Posted by the round desk at February  5, 2020 11:36 AM"))
    assert (paper.papers[0].published, paper.papers[0].authors) == ("2020-02-05", None)


def test_a_long_signed_footer_line_is_read_in_linear_time():
    from papershelf.normalise.footed_posts import post_dated_by_its_footer

    def reading(size):
        page = parse_page(_post_signed_in_its_footer("Posted by Ann Round at " + "round " * size))
        return lambda: post_dated_by_its_footer(page)

    assert_linear_time(reading, 8000)


_KOREAN_STORY = (
    '<html><head><meta property="og:title" content="둥근 구급차"><meta property="og:type" content="article">'
    '</head><body><header><h1 id="news_title_text_id">둥근 구급차</h1><div class="news_title_author"><ul>{}'
    '</ul></div></header><article><div class="news_body"><div class="news_date"><p>입력 : 2009.09.25 03:03'
    '</p></div>{}<div class="par">'
    + "구급차가 일찍 도착해 응급처치를 하거나 주변의 목격자가 심폐소생술을 시도해야 한다.<br><br>" * 4
    + "</div></div></article></body></html>")
_KOREAN_WRITERS = ('<li><a href="/search?writer=김철중">김철중 의학전문기자</a></li>'
                   '<li><a href="/search?writer=박시영">박시영 기자</a></li>')


def test_a_korean_story_bylined_by_names_with_their_reporters_titles_is_a_record():
    # Chosun Ilbo (round 135, held out; 2009): og:title, and under the h1 two linked writers, each a name and
    # the reporter's title after it, no "By" ('김철중 의학전문기자', medical correspondent; '박시영 기자',
    # reporter), then the day's line: a dated piece by named people, the titles no part of the names.
    url = "http://news.example.co.kr/site/data/html_dir/2009/09/24/2009092401755.html"
    paper = normalise_page(url, _KOREAN_STORY.format(_KOREAN_WRITERS, "")).papers[0]
    assert (paper.title, paper.authors, paper.published) == (
        "둥근 구급차", ["김철중", "박시영"], "2009-09-25")
    # Names without a reporter's title after them are no byline: no writer, no record.
    bare = _KOREAN_WRITERS.replace(" 의학전문기자", "").replace(" 기자", "")
    found = normalise_page(url, _KOREAN_STORY.format(bare, ""))
    assert found is None or not found.papers or not found.papers[0].authors


def test_a_dek_classed_as_the_subtitle_right_under_a_bylined_storys_day_line_is_its_abstract():
    # Chosun Ilbo (round 135, held out; 2009): the writers between the h1 and the day's line, then
    # h3.news_subtitle, two lines parted by a <br>, over the text: the story's dek, read as its abstract.
    url = "http://news.example.co.kr/site/data/html_dir/2009/09/24/2009092401755.html"
    dek = ('<h3 class="news_subtitle">이용자 64%가 비응급 4분내 도착해야 하는데<br>'
           "신고 후 평균 7.8분 걸려 장비도 모자라</h3>")
    paper = normalise_page(url, _KOREAN_STORY.format(_KOREAN_WRITERS, dek)).papers[0]
    assert paper.abstract == (
        "이용자 64%가 비응급 4분내 도착해야 하는데 신고 후 평균 7.8분 걸려 장비도 모자라")
    # A heading there that no class calls the subtitle or the dek is the text's, no dek.
    unclassed = dek.replace(' class="news_subtitle"', "")
    plain = normalise_page(url, _KOREAN_STORY.format(_KOREAN_WRITERS, unclassed))
    assert not plain.papers[0].abstract


def test_a_korean_byline_of_many_titled_writers_is_read_in_linear_time():
    def normalising(size):
        writers = '<li><a href="/w">김철중 기자</a></li>' * size
        page = _KOREAN_STORY.format(writers, "")
        return lambda: normalise_page("http://news.example.co.kr/2009/09/24/1.html", page)

    assert_linear_time(normalising, 2000)
def test_a_heading_over_a_short_list_of_its_writer_and_its_day_makes_a_page_without_meta_a_record():
    # The Age (2008, round 136): no og, date or author meta; <title> the headline and ' | theage.com.au'; the
    # masthead's h1 the section's name; the story's h1 (its words in the template's <HEADLINE> element), a
    # comment, then ul.articleDetails: the writer's name alone in one item (in <strong>), the day alone in
    # the next; then the text in paragraphs. Neither item is classed as a date or opens with "By".
    prose = ("<p>The world-first research, by a senior lecturer in engineering, could transform psychiatry, "
             "which lacks an objective test for this illness. It could even be used as a screening test in "
             "high schools or when someone phones a health provider, the researchers said.</p>")
    page = ('<html><head><title>Round? We can tell by your voice | theround.com.au</title></head><body>'
            '<h1><a href="/national">National</a></h1><div class="col1"><h1><HEADLINE>Round? We can tell by '
            'your voice</HEADLINE></h1><!-- Article Details --><ul class="articleDetails"><li><strong>\n'
            '  Nick Round\n</strong></li><li>{}</li></ul>' + prose * 3 + '</div></body></html>')
    url = "http://www.theround.com.au/national/round-we-can-tell-20080817-3x32.html"
    paper = normalise_page(url, page.format("August 18, 2008")).papers[0]
    assert (paper.title, paper.authors, paper.published) == (
        "Round? We can tell by your voice", ["Nick Round"], "2008-08-18")
    # A list whose items are no day (a menu of links) makes no record.
    found = normalise_page(url, page.format("Sport"))
    assert found is None or not found.papers or found.papers[0].published is None


def test_a_long_list_under_a_heading_is_read_for_its_details_in_linear_time():
    def reading(size: int):
        page = ('<html><head><title>Round voice | theround.com.au</title></head><body><h1>Round voice</h1>'
                '<ul>' + "<li>Nick Round</li><li>August 18, 2008</li>" * size + "</ul></body></html>")
        return lambda: normalise_page("http://www.theround.com.au/national/round-voice.html", page)

    assert_linear_time(reading, 8000)


def test_a_heading_over_its_reporters_box_of_a_name_and_a_day_makes_a_page_without_meta_a_record():
    # NOWnews (2012, round 137): no meta but the description; the h1 the <title> repeats before the section
    # and the site's name, then div#reporter_info: the reporter's photo in a link, <h2>方齡</h2> and
    # <p>2012年1月16日 00:03</p>, then the text in one paragraph of line breaks under a desk's credit.
    prose = ("<p>國際中心／綜合報導<br /><br />雖然2012年才度過短短15天，"
             "但已經有不少人放棄新年立下的減肥健身計畫，但美國有項最新研究顯示，"
             "運動不只有雕塑身材線條的功能，甚至還可能達成加薪的願望。<br /><br />"
             "美國俄亥俄州克立夫蘭州立大學針對1萬2千人的運動習慣及薪水成長幅度進行研究。</p>")
    page = ('<html><head><title>運動不只強身還可加薪？ | 國際新聞 | 圓圓新聞網</title></head><body>'
            '<div class="news_story"><h1>運動不只強身還可加薪？</h1><div id="{}"><a href="/fb"><img '
            'src="/r.jpg"></a><h2>{}</h2><p>2012年1月16日 00:03</p></div><div class="box_1"></div>'
            f'<div class="story_content">{prose}</div></div></body></html>')
    paper = normalise_page("https://example.org/saved-page", page.format("reporter_info", "方齡")).papers[0]
    assert (paper.title, paper.authors, paper.published) == ("運動不只強身還可加薪？", ["方齡"], "2012-01-16")
    # A name in Latin letters reads the same.
    url = "https://example.org/saved-page"
    paper = normalise_page(url, page.format("author-box", "Fang Round")).papers[0]
    assert (paper.authors, paper.published) == (["Fang Round"], "2012-01-16")
    # A box no id or class calls the reporter's says nothing of its lines.
    found = normalise_page("https://example.org/saved-page", page.format("share_info", "方齡"))
    assert found is None or not found.papers or found.papers[0].authors != ["方齡"]


def test_a_long_reporters_box_under_a_heading_is_read_in_linear_time():
    def reading(size: int):
        page = ('<html><head><title>Round pay | Round News</title></head><body><h1>Round pay</h1>'
                '<div id="reporter_info">' + "<h2>方齡</h2><p>2012年1月16日 00:03</p>" * size
                + "</div></body></html>")
        return lambda: normalise_page("http://www.round.com/2012/01/16/334-1.htm", page)

    assert_linear_time(reading, 8000)


_HIDDEN_EXCERPT_STORY = (
    # The Express Tribune (2012, round 137; WordPress): no og, date or author meta; the description a short
    # form of the lead; the h1 the <title> repeats, then div.excerpt.display-none (the description's words,
    # hidden), div.meta's 'By Reuters' and div.timestamp 'Published: January 17, 2012', the photo's p.caption
    # (the description's words again), the lead wholly in <strong>, then the text.
    '<html><head><title>Vitamin R doesn’t ease round disease: Study – The Round Tribune</title>'
    '<meta name="description" content="In a new study of people with round disease, taking vitamin R was not '
    'linked to any relief."></head><body><div class="story"><h1 class="title"><a href="/story/1/">Vitamin R '
    'doesn’t ease round disease: Study</a></h1><div class="{hiding}">In a new study of people with round '
    'disease, taking vitamin R was not linked to any relief.</div><div class="meta"><div class="author">By '
    '<a '
    'href="/author/77/reuters/">Reuters </a></div><div class="timestamp" title="2012-01-17T05:32:12 GMT">'
    'Published: January 17, 2012</div></div><div class="story-content"><div class="story-image"><img '
    'src="/r.jpg"><p class="caption">In a new study of people with round disease, taking vitamin R was not '
    'linked to any relief.</p></div><p><strong>In a new study of people with moderate or severe round '
    'disease, '
    'taking vitamin R was not linked to any relief, researchers from Belgium report.</strong></p>'
    + "<p>Prior research suggested that up to three quarters of people with severe round disease are "
      "deficient in the vitamin, so it was thought that giving them extra vitamin R might help prevent "
      "exacerbations in symptoms or trips to the hospital, but that turned out not to be the case.</p>" * 3
    + "</div></div></body></html>")


def test_an_excerpt_the_page_hides_between_the_heading_and_its_publication_line_is_passed():
    page = _HIDDEN_EXCERPT_STORY.replace("{hiding}", "excerpt display-none")
    paper = normalise_page("https://example.org/saved-page", page).papers[0]
    assert (paper.title, paper.published) == ("Vitamin R doesn’t ease round disease: Study", "2012-01-17")
    assert not paper.authors  # an agency, not a writer


def test_a_photos_caption_and_a_hidden_excerpt_are_no_standfirst_the_bold_lead_past_the_caption_is():
    # (Dated by meta here, so that the page is a record whether its publication line is read or not.)
    page = _HIDDEN_EXCERPT_STORY.replace("{hiding}", "excerpt display-none").replace(
        "<head>", '<head><meta property="og:title" content="Vitamin R doesn’t ease round disease: Study">'
        '<meta property="article:published_time" content="2012-01-17T05:32:12+00:00">')
    from papershelf.normalise.set_apart_leads import set_apart_lead

    lead = set_apart_lead(parse_page(page), "Vitamin R doesn’t ease round disease: Study")
    assert lead is not None and lead.startswith("In a new study of people with moderate or severe")
    paper = normalise_page("https://example.org/saved-page", page).papers[0]
    assert paper.abstract == ("In a new study of people with moderate or severe round disease, taking "
                              "vitamin R "
                              "was not linked to any relief, researchers from Belgium report.")


def test_an_h2_the_title_is_over_a_timestamp_line_makes_a_page_without_meta_a_record():
    # Biolog.pl (2011, round 136, held out): no h1, no og, canonical or date meta; <title> the headline alone;
    # the h2 the headline, then p.timestamp '2011-12-16 21:12:17' with the section's link, then the text in
    # plain paragraphs, an agency credited after it (no writer).
    prose = ("<p>Stwardnienie okrągłe to rzadka choroba uwarunkowana genetycznie (występuje u jednej "
             "osoby na 6000). Na skórze chorego, w jego sercu, mózgu i innych narządach pojawiają się "
             "charakterystyczne guzki. U 70-80 proc. dochodzi do ataków padaczki, w 1. roku.</p>")
    page = ('<html><head><title>Stwardnienie okrągłe a padaczka</title><meta name="Author" '
            'content="ROUND.PL"></head><body><div id="main"><p></p><h2>Stwardnienie okrągłe a padaczka</h2>'
            '<p class="timestamp">'
            '2011-12-16 21:12:17&nbsp;&nbsp;<b><a href="/tematy-15.html">Medycyna</a></b></p>'
            + prose * 3 + '<p>Dzięki uprzejmości: PAP - Nauka w Polsce</p></div></body></html>')
    paper = normalise_page("http://www.round.pl/article49418.html", page).papers[0]
    assert (paper.title, paper.authors, paper.published) == (
        "Stwardnienie okrągłe a padaczka", None, "2011-12-16")


_TITLED_ARTICLE = (
    "<html><head><title>ΤΟ ΒΗΜΑ - Η στρογγυλή οδοντόβουρτσα - science  - Ιατρική – Βιολογία</title>"
    '<meta name="Author" content="round.gr — Στρογγυλός Οργανισμός Α.Ε."></head><body>'
    '<div class="page_main"><div class="artho_syntaktis">{writer}</div>'
    '<div class="article_ext"><div class="article_suptitle"></div>'
    '<div class="article_title">Η στρογγυλή οδοντόβουρτσα</div>'
    '<div class="article_subtitle">Κυρίως τα ηλικιωμένα άτομα βουρτσίζουν τα δόντια τους πιο συχνά</div>'
    '<div class="article_info">\n{line}</div>'
    '<div class="article_photo"><img alt="" src="/round.jpg"></div>'
    '<div class="article_text">'
    + "<p>Πολλοί άνθρωποι, κυρίως ηλικιωμένοι, αντιμετωπίζουν αυξημένο κίνδυνο πνευμονίας αυτόν τον χειμώνα "
      "εάν αμελούν να χρησιμοποιούν τακτικά την οδοντόβουρτσά τους, λένε οι ερευνητές της Ιατρικής Σχολής "
      "που ανακάλυψαν σύνδεση μεταξύ των βακτηρίων του στόματος και της πνευμονίας.</p>" * 3
    + "</div></div></div></body></html>")
_TITLED_ARTICLE_URL = "http://www.round.gr/science/article/?aid=436633"
_WRITERS_BOX = ('<div class="author_information"><div class="author"><span class="name">'
                '<a href="/editors/editor/?edid=2510">{}</a></span></div><div class="links">'
                '<a href="mailto:round@round.gr">EMAIL</a></div></div>')


def test_a_title_element_classed_with_an_underscore_that_the_tab_holds_is_the_heading():
    # ΤΟ ΒΗΜΑ (round 136; 2011, Netvolution WCM): no h1, the headline in div.article_title, which the <title>
    # holds between the site's name and its sections; a class joining its words with an underscore names
    # the article's title as div.article-title does.
    from papershelf.normalise.shown_titles import title_heading_the_tab_repeats

    page = parse_page(_TITLED_ARTICLE.format(writer="", line="ΔΗΜΟΣΙΕΥΣΗ:  28/12/2011, 15:17"))
    heading = title_heading_the_tab_repeats(page)
    assert heading is not None and block_text(heading) == "Η στρογγυλή οδοντόβουρτσα"


def test_a_story_under_a_title_element_dated_by_a_labelled_line_under_its_dek_is_a_record():
    # ΤΟ ΒΗΜΑ (round 136; 2011): no og, date or author meta; div.article_title, then div.article_subtitle (the
    # dek) and div.article_info 'ΔΗΜΟΣΙΕΥΣΗ:  28/12/2011, 15:17' (published, day first), then the text: a
    # dated story, its dek its abstract.
    page = _TITLED_ARTICLE.format(writer="", line="ΔΗΜΟΣΙΕΥΣΗ:  28/12/2011, 15:17")
    paper = normalise_page(_TITLED_ARTICLE_URL, page).papers[0]
    assert (paper.title, paper.published, paper.abstract) == (
        "Η στρογγυλή οδοντόβουρτσα", "2011-12-28",
        "Κυρίως τα ηλικιωμένα άτομα βουρτσίζουν τα δόντια τους πιο συχνά")
    # A day under no publication label there (a clock's, a crawl's) dates no story: no record.
    unlabelled = normalise_page(_TITLED_ARTICLE_URL,
                                _TITLED_ARTICLE.format(writer="", line="28/12/2011, 15:17"))
    assert unlabelled is None or not unlabelled.papers


def test_a_writers_box_naming_a_person_linked_to_their_page_bylines_a_story_no_byline_names():
    # ΤΟ ΒΗΜΑ (round 136; 2011): the writer's box of her own above the story, div.author_information with
    # span.name 'Θεοδώρα Τσώλη' linked to her editor's page (the Author meta the publisher): the writer.
    line = "ΔΗΜΟΣΙΕΥΣΗ:  28/12/2011, 15:17"
    page = _TITLED_ARTICLE.format(writer=_WRITERS_BOX.format("Στρογγυλή Τσώλη"), line=line)
    assert normalise_page(_TITLED_ARTICLE_URL, page).papers[0].authors == ["Στρογγυλή Τσώλη"]
    # A name linked elsewhere than a writer's page (a search, a mailto) is no writer's box.
    elsewhere = page.replace("/editors/editor/?edid=2510", "/search?q=round")
    assert not normalise_page(_TITLED_ARTICLE_URL, elsewhere).papers[0].authors


def test_a_title_elements_following_lines_are_read_in_linear_time():
    from papershelf.normalise.titled_articles import titled_article

    def reading(size):
        line = "ΔΗΜΟΣΙΕΥΣΗ:  " + "στρογγυλή " * size + " 28/12/2011"
        page = parse_page(_TITLED_ARTICLE.format(writer="", line=line).replace(
            "<div class=\"article_photo\">", '<div class="round">' * size + "</div>" * size
            + '<div class="article_photo">'))
        return lambda: titled_article(page)

    assert_linear_time(reading, 8000)


def test_a_writers_box_of_many_names_is_read_in_linear_time():
    from papershelf.normalise.author_information_boxes import writer_in_its_box

    def reading(size):
        names = '<span class="name"><a href="/editors/1">Στρογγυλή Τσώλη</a></span>' * size
        page = parse_page(f'<html><body><div class="author_information">{names}</div></body></html>')
        return lambda: writer_in_its_box(page)

    assert_linear_time(reading, 20000)


def _div_paragraphs_page(paragraphs: int = 8) -> str:
    # GMA News Online (round 138, 2012): og:title and og:description, no date or author meta; the headline an
    # h2 alone in div.title, then a div holding span.byline 'GENEVRA PITTMAN, Reuters' and span.timestamp
    # 'January 17, 2012 3:21pm', then div.text_body, the text written one div to a paragraph, an empty div
    # between each two, no <p> at all; og:description the text's first sentence.
    first = "Feeding round preschoolers smaller portions of the main dish means they eat more fruit, a study."
    rest = ("<div>\tResearchers said the round finding may give parents one extra strategy to encourage "
            "youngsters to eat more greens, as childhood obesity rates continue rising and research suggests "
            "that kids lag behind guidelines.</div><div>\t&nbsp;</div>") * paragraphs
    return ('<html><head><title>Round servings for kids: US study | Round News Online</title>'
            '<meta property="og:title" content="Round servings for kids: US study">'
            f'<meta property="og:description" content="{first}"></head><body><div class="story">'
            '<div class="title"><h2>Round servings for kids: US study</h2></div>'
            '<div><span class="byline">GENEVRA ROUND, Reuters</span> <span class="timestamp">January 17, '
            '2012 3:21pm</span></div><div class="main"><div class="share_buttons"><span>Tweet</span></div>'
            f'<div class="text_body"><div>\t{first}</div><div>\t&nbsp;</div>{rest}</div></div></div>'
            '</body></html>')


def test_a_text_written_one_div_to_a_paragraph_under_a_wrapped_heading_and_its_timestamp_makes_a_record():
    # No <p> follows the heading, so the story was read as no text under its dated line, and gave no record;
    # a div of text alone, as long as prose, is a paragraph. The description, the first such div's words, is
    # the text's opening, no summary set apart.
    paper = normalise_page("http://www.round.com/news/story/1/round", _div_paragraphs_page()).papers[0]
    assert (paper.title, paper.authors, paper.published, paper.abstract) == (
        "Round servings for kids: US study", ["Genevra Round"], "2012-01-17", None)


def test_a_summary_div_over_a_text_of_paragraphs_is_still_its_abstract():
    # A description in a div of its own over the text's <p>s is a summary set apart, as before.
    page = _div_paragraphs_page().replace('<div class="text_body"><div>\t', '<div class="text_body"><div>') \
        .replace("</div><div>\t&nbsp;</div><div>\tResearchers", "</div><p>Researchers", 1)
    paper = normalise_page("http://www.round.com/news/story/1/round", page).papers[0]
    assert paper.abstract is not None and paper.abstract.startswith("Feeding round preschoolers")


def test_a_text_of_many_div_paragraphs_is_read_in_linear_time():
    def reading(size: int):
        page = _div_paragraphs_page(size)
        return lambda: normalise_page("http://www.round.com/news/story/1/round", page)

    assert_linear_time(reading, 3000)


def _day_alone_page(first_words: str) -> str:
    # Vesti.kz (round 138, 2012, fetched in 2013): no meta but a Description; <title> 'Изобретения. <the
    # headline> » Vesti.kz', the section before the h1's words; h1.inner-header, then div.text-content, its
    # div.news-attach opening with the day and time alone ('6 января 2012, 15:08') before the related links'
    # h2 and list, then div#resize_font, the text bare and broken by <br>s.
    prose = ("Исследователи из Лондона в течение 10 лет изучали умственные способности более пяти тысяч "
             "служащих государственных учреждений в возрасте от 45 до 70 лет. Участники исследования "
             "проходили тесты на внимание, память, мышление и восприятие, и так год за годом."
             "<br />\n<br />\n")
    return ('<html><head><title>Изобретения. Учёные определили возраст начала круглой памяти » Round.kz'
            '</title><meta name="Description" content="В результате исследования учёные пришли к выводу.">'
            '</head><body><div class="subblock"><h1 class="inner-header">Учёные определили возраст начала '
            'круглой памяти</h1><div class="text-content"><div class="news-attach">'
            f'{first_words}<h2>Ссылки по теме:</h2><ul><li><a href="/progress/1/">Учёные обнаружили связь'
            '</a></li></ul></div><div id="resize_font">Британские учёные выяснили, что потеря памяти '
            'начинается после 45 лет, сообщает <a href="http://news.round.uk">Round News</a>.'
            '<br />\n<br />\n'
            f'{prose}{prose}</div></div></div></body></html>')


def test_a_day_and_time_alone_as_the_first_words_under_the_heading_make_a_page_without_meta_a_record():
    # The h1 stood over no line classed as its date, and the page gave no record: words that are a
    # publication stamp alone, the day its month in words and its time after it, right under the heading,
    # date it as a classed line does. Words that say more than that, a day without its time, or a day and
    # time in figures, unclassed, do not (the guards of rounds 92, 98 and 126).
    page = _day_alone_page("6&nbsp;января&nbsp;2012,&nbsp;15:08")
    paper = normalise_page("http://round.kz/progress/96844/", page).papers[0]
    assert (paper.title, paper.authors, paper.published, paper.abstract) == (
        "Учёные определили возраст начала круглой памяти", None, "2012-01-06", None)
    for not_a_stamp in ("6 января 2012 года в Лондоне прошла встреча", "6 января 2012", "06.01.2012, 15:08"):
        assert normalise_page("http://round.kz/progress/96844/", _day_alone_page(not_a_stamp)) is None


def test_a_script_between_an_empty_subheading_and_an_empty_byline_does_not_hide_the_date_line_under_them():
    # The Oracle (round 138's held-out page, 2012, College Publisher): og:title, no date meta; the h1, an
    # empty h2, the script that writes the byline, an empty p.author, then div.date 'Published: Thursday,
    # January 12, 2012': the script counted as a third element in the way, and the page gave no record. A
    # script shows no words and is passed without counting; a third wordless element still ends the search.
    prose = "<p>" + "USF has been committed to finding a cure for round disease, with millions given. " * 3
    page = ('<html><head><title>Round researcher disputes - News - The Round</title><meta '
            'property="og:title" content="Round researcher disputes"></head><body><h1>Round researcher '
            'disputes</h1>{}<h2></h2>'
            '<script type="text/javascript">var author = "Ann Round";\ndocument.write("<p>By " + author);'
            '</script><p class="author"></p><div class="date"><p class="published"><strong>Published:&nbsp;'
            '</strong>Thursday, January 12, 2012</p></div>' + prose + "</p>" + prose + "</p></body></html>")
    paper = normalise_page("http://www.round.com/news/round-1.2684967", page.format("")).papers[0]
    assert (paper.title, paper.published) == ("Round researcher disputes", "2012-01-12")
    assert normalise_page("http://www.round.com/news/round-1.2684967", page.format("<h3></h3>")) is None


def _hakyll_post(line: str) -> str:
    # Hakyll's default post template (colah's blog, 2015, round 139): no meta but the charset; <title> the
    # post's title and ' -- ' the blog's name; the h1, then div.info holding the posting line, then the
    # essay's h2 sections and paragraphs.
    prose = ("<p>Humans do not start their thinking from scratch every second. As you read this essay, you "
             "understand each word based on your understanding of previous words, and you do not throw "
             "everything away and start thinking from scratch again.</p>")
    return ('<?xml version="1.0" encoding="UTF-8" ?><html><head>'
            "<title>Round Networks -- round's blog</title></head>"
            '<body><div class="navbar"><a class="navbar-brand" href="../../">round\'s blog</a></div>'
            '<div class="col-md-8"><h1>Round Networks</h1><div class="info">\n'
            f'    <p style="font-family:CMSS">{line}</p>\n    <!--\n        by round\n    -->\n</div></br>'
            '<h2 id="recurrent">Recurrent Networks</h2>' + prose * 3 + "</div></body></html>")


def test_a_posted_on_line_right_under_the_heading_the_tab_repeats_dates_a_post_without_meta():
    # colah's blog (round 139): no class calls the line a date; its words are the day after 'Posted on'.
    paper = normalise_page("http://round.github.io/posts/2015-08-Round/", _hakyll_post(
        "Posted on August 27, 2015")).papers[0]
    assert (paper.title, paper.authors, paper.published) == ("Round Networks", None, "2015-08-27")


def test_a_line_under_the_heading_that_only_mentions_posting_dates_no_post():
    # A sentence that speaks of posting is no posting line: the page stays without a record.
    found = normalise_page("http://round.github.io/posts/2015-08-Round/", _hakyll_post(
        "Posted on a whim, August 27, 2015 saw this essay go out to all of my friends who asked"))
    assert found is None or found.papers[0].published != "2015-08-27"


def _pelican_post(author: str, time: str = "<time datetime=\"article.date.isoformat()\" pubdate>",
                  article: str = "article") -> str:
    # Pelican's theme of Pythonic Perambulations (2017, round 139): an author meta and an empty description,
    # no byline, Open Graph or JSON-LD; the navbar's brand the blog's name; the article's header holding the
    # h1 and a time element marked as the publication's (its datetime attribute the template's own words);
    # the notebook's text; the footer, with its copyright notice, left in a comment.
    prose = ("<p>This weekend I found myself in a particularly drawn-out game of Round and Ladders with my "
             "four-year-old, a classic board game wherein players roll a six-sided die to advance forward "
             "through a hundred squares, using ladders to jump ahead and avoiding chutes that send them "
             "back.</p>")
    return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Simulating Round Ladders | '
            f'Round Perambulations</title><meta name="author" content="{author}">'
            '<meta name="description" content="">'
            '</head><body><header class="navbar"><div class="navbar-header"><a class="navbar-brand" href="/" '
            'title="Home">Round Perambulations</a></div><nav><ul>'
            '<li><a href="/pages/about.html">About</a></li>'
            '<li><a href="/archives.html">Archive</a></li></ul></nav></header><div id="wrap">'
            f'<div class="container post"><{article}><header><h1>Simulating Round Ladders</h1>'
            f'{time}Mon 18 December 2017</time></header>'
            f'<div class="article_content">' + prose * 3 + f'</div></{article}></div></div>'
            f'<!--<footer><p>© 2012-2017 {author}</p></footer>--></body></html>')


def test_the_author_metas_person_writes_the_article_whose_header_marks_its_publication_time():
    paper = normalise_page("https://round.github.io/blog/2017/12/18/simulating-round-ladders/",
                           _pelican_post("Jake Roundplas")).papers[0]
    assert (paper.title, paper.authors, paper.published) == (
        "Simulating Round Ladders", ["Jake Roundplas"], "2017-12-18")


@pytest.mark.parametrize(("author", "time", "article"), [
    # A time element the header does not mark as the publication's says nothing of the author meta.
    ("Jake Roundplas", "<time>", "article"),
    # A company's name in the author meta is no writer.
    ("Round Media Ltd", "<time pubdate>", "article"),
    ("Round Perambulations", "<time pubdate>", "article"),
    # A heading outside an article element heads no article's header.
    ("Jake Roundplas", "<time pubdate>", "section"),
])
def test_an_author_meta_without_a_pubdated_article_header_names_no_writer(author: str, time: str,
                                                                          article: str):
    paper = normalise_page("https://round.github.io/blog/2017/12/18/simulating-round-ladders/",
                           _pelican_post(author, time, article)).papers[0]
    assert paper.authors is None


def test_a_pubdated_article_header_is_read_for_its_time_in_linear_time():
    def reading(size: int):
        page = _pelican_post("Jake Roundplas").replace(
            "<header><h1>", "<header>" + "<span>Round</span>" * size + "<h1>")
        address = "https://round.github.io/blog/2017/12/18/simulating-round-ladders/"
        return lambda: normalise_page(address, page)

    assert_linear_time(reading, 8000)


def _pelican_microdata_post(closing: str = "Summary") -> str:
    # Will Wolf's Pelican theme (2017, round 139, held out): <title> the site's name alone, the navbar's h1
    # linking the site's home; the post a schema.org BlogPosting in microdata, its
    # h1[itemprop="name headline"], its author's h4 and its datePublished time; its text in h1 sections, the
    # last headed 'Summary'.
    prose = ("<p>Roughly speaking, my machine learning journey began on Kaggle, where there is data, a model "
             "and a loss function to optimize; regression models predict continuous values and "
             "classification models predict labels, and stochastic gradient descent drives these losses "
             "down.</p>")
    return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>round wolf</title><meta '
            'name="description" content="writings on machine learning, crypto, geopolitics, life"><meta '
            'name="author" content="Round Wolf"></head><body><nav><h1><a id="site-title" '
            'href="https://roundwolf.io/">round wolf</a></h1><h2>writings on machine learning</h2></nav>'
            '<div class="article" itemscope itemtype="http://schema.org/BlogPosting">'
            '<div class="article-header"><h1 itemprop="name headline" class="article-title">Minimizing the '
            'Round Likelihood</h1><span itemprop="author" itemscope itemtype="http://schema.org/Person">'
            '<h4 itemprop="name">Round Wolf</h4></span><time datetime="2017-05-18T12:24:00-04:00" '
            'itemprop="datePublished">May 18, 2017</time></div>'
            '<div itemprop="articleBody" class="article-body">'
            + prose * 2 + "<h1>Linear regression</h1>" + prose * 2 + "<h1>Logistic regression</h1>" + prose
            + f"<h1>{closing}</h1><p>I hope this post serves as useful context for the machine learning "
            "models we know and love, and offers the humility of knowing none of these concepts is new.</p>"
            "</div></div><footer><p>&copy; Round Wolf 2020</p></footer></body></html>")


def test_a_summary_section_closing_a_posts_text_is_no_abstract():
    paper = normalise_page("https://roundwolf.io/2017/05/18/minimizing/", _pelican_microdata_post()).papers[0]
    assert paper.abstract is None


def test_a_heading_linking_the_sites_home_is_the_sites_name_not_the_posts_title():
    paper = normalise_page("https://roundwolf.io/2017/05/18/minimizing/", _pelican_microdata_post()).papers[0]
    assert (paper.title, paper.authors, paper.published) == (
        "Minimizing the Round Likelihood", ["Round Wolf"], "2017-05-18")


def test_a_summary_heading_before_a_papers_text_is_still_its_abstract():
    # A 'Summary' heading that opens the text, no section heading of its rank before it, heads its abstract.
    prose = ("<p>We study the round likelihood of models trained by gradient descent and find that its "
             "minimiser matches the maximum a posteriori estimate under a flat prior in every case we "
             "tried.</p>")
    page = ("<html><head><title>On the round likelihood</title></head><body><h1>On the round likelihood</h1>"
            "<p>A. Round, B. Square</p><h2>Summary</h2>" + prose + "<h2>Introduction</h2>" + prose * 3
            + "</body></html>")
    paper = normalise_page("http://round.example/paper.html", page).papers[0]
    assert (paper.abstract or "").startswith("We study the round likelihood")


def test_summary_headings_are_read_for_the_sections_before_them_in_linear_time():
    def reading(size: int):
        page = _pelican_microdata_post().replace(
            "<h1>Summary</h1>", "<h1>Summary</h1><p>Round.</p>" * size + "<h1>Summary</h1>")
        return lambda: normalise_page("https://roundwolf.io/2017/05/18/minimizing/", page)

    assert_linear_time(reading, 4000)


def _paper_notes(tab: str = "Paper Reading: Round Kernels - Round Wu's Personal Website",
                 opening: str = ("<h3>Approach</h3><ul><li>Three round agents plan, write and test kernels."
                                 "</li><li>A memory of past rounds is kept and reused in later searches.</li>"
                                 "</ul>"),
                 size: int = 1) -> str:
    # Jifeng Wu's Hexo Fluid note (round 218, held out): the <title> 'Paper Reading: <the paper's title> -
    # <the site's name>', the h1 the same words, the text's first h2 'Summary' straight over the notes' h3
    # sections, then the h2 'Ideas'; no meta. Suchith's Hugo Typo note (round 228) opens its 'Summary' with
    # bullets instead.
    section = ("<h3>Limitations</h3><ul><li>Very hard kernels still need a person to look at them, and the "
               "round search is costly on the largest workloads of the benchmark.</li></ul>")
    return (f"<html><head><title>{tab}</title></head><body><article><h1>{tab.split(' - ')[0]}</h1>"
            '<div class="markdown-body"><h2>Summary</h2>' + opening + section * size
            + "<h2>Ideas</h2><ul><li>Round kernels could be tried on other accelerators and other models, "
              "with the same agents.</li></ul></div></article></body></html>")


@pytest.mark.parametrize("opening", [
    "<h3>Approach</h3><ul><li>Three round agents plan, write and test kernels.</li></ul>",
    "<ul><li>Distributed, round analytical database optimised for high ingestion rates and fast "
    "queries.</li><li>Columnar storage in round merge trees.</li></ul>",
])
def test_a_summary_opening_the_notes_of_a_post_titled_as_paper_notes_is_no_abstract(opening: str):
    paper = normalise_page("https://roundwu.github.io/2025/12/11/Paper-Reading-Round/",
                           _paper_notes(opening=opening)).papers[0]
    assert (paper.title, paper.abstract) == ("Paper Reading: Round Kernels", None)


@pytest.mark.parametrize(("tab", "opening", "read"), [
    # A post not titled as notes: its 'Summary' of bullets over its sections is its own summary set apart.
    ("Round Kernels, Revisited - Round Wu's Personal Website", None, "Approach Three round agents"),
    # Titled as notes, the 'Summary' over prose: a summary set apart, read as ever.
    ("Paper notes: Round Kernels - Round Wu's Personal Website",
     "<p>The paper proposes round agents that plan, write and test the kernels of an accelerator, and keeps "
     "a memory of the rounds before, which it reuses in later searches to reach the peak.</p>",
     "The paper proposes round agents"),
])
def test_a_summary_of_a_post_not_titled_as_notes_or_over_prose_is_still_read(tab: str, opening: str | None,
                                                                             read: str):
    page = _paper_notes(tab=tab) if opening is None else _paper_notes(tab=tab, opening=opening)
    paper = normalise_page("https://roundwu.github.io/2025/12/11/round/", page).papers[0]
    assert (paper.abstract or "").startswith(read)


def test_summaries_opening_paper_notes_are_read_in_linear_time():
    def reading(size: int):
        page = _paper_notes(size=size)
        return lambda: normalise_page("https://roundwu.github.io/2025/12/11/Paper-Reading-Round/", page)

    assert_linear_time(reading, 4000)


@pytest.mark.parametrize(("href", "read"), [
    ("https://roundwolf.io/", None), ("/", None),
    # A heading linking its own piece (a post's permalink) is the piece's title still.
    ("/2017/05/18/round-voice/", "Round voice"), ("https://roundwolf.io/?p=12", "Round voice"),
])
def test_only_a_heading_linking_the_sites_home_is_passed_over_as_the_sites_name(href: str, read: str | None):
    from papershelf.normalise.bylined_stories import heading_the_tab_is

    page = parse_page(f'<html><head><title>Round voice</title></head><body><h1><a href="{href}">Round voice'
                      "</a></h1><p>Round.</p></body></html>")
    assert heading_the_tab_is(page) == read


# IVONA (round 138, 2012): og:title and a short description, no date or author meta; the section's h1, the
# headline h2.g-pr, a script, then div.g-small holding <span>Сегодня, 11:09</span> (today) and the count of
# comments, the summary wholly in bold alone in a div, then the text.
_TODAY_STORY = """<html><head><meta property="og:title" content="Round robins eat more magnesium">
<meta name="description"
 content="Round specialists found that foods rich in magnesium protect against a stroke">{meta}</head><body>
<h1>Round News</h1><h2 class="g-pr">Round robins eat more magnesium</h2>
<script>var round = 1;</script>
<div class="g-small"><span class="g-mr_b">{day}</span><span class="g-mr_b">Comments:1</span></div>
<div style="overflow:hidden;"><b class="g-large">{summary}</b></div>
<div class="b-article_text"><p>According to data gathered in an international round study of a quarter of a
million people, those whose diet holds more magnesium are better protected from strokes of every kind, the
researchers of the round institute report in their journal.</p>
<p>The professor said that the more magnesium in a person's diet, the lower the risk of an ischaemic stroke,
having studied seven earlier round studies published over the last fourteen years in journals of nutrition and
of neurology.</p></div></body></html>"""
_TODAY_SUMMARY = "Round specialists found that foods rich in magnesium protect against a stroke."
_TODAY_URL = "http://ivona.example.net/health/news/324369-round"


def _today_story(day: str, meta: str = "", summary: str = _TODAY_SUMMARY) -> str:
    return _TODAY_STORY.format(day=day, meta=meta, summary=summary)


def test_a_story_whose_only_day_is_today_under_its_heading_is_dated_at_the_capture_day():
    from datetime import date

    from papershelf.normalise import normalise_capture

    served = date(2012, 1, 17)
    # 'Сегодня, 11:09' (today) alone in its element as the first words under the heading: the page was served,
    # and captured, that day; 'Yesterday' the day before, in other languages too.
    for day, published in (("Сегодня,&nbsp;11:09", "2012-01-17"), ("Вчера в 18:02", "2012-01-16"),
                           ("Today, 11:09 am", "2012-01-17"), ("Heute, 11:09", "2012-01-17"),
                           ("今天 11:09", "2012-01-17")):
        paper = normalise_capture(_TODAY_URL, _today_story(day), None, captured=served).papers[0]
        assert (paper.title, paper.published) == ("Round robins eat more magnesium", published), day
    # A relative day never beats a day the meta gives, nor one the page shows there.
    given = _today_story("Сегодня, 11:09",
                         '<meta property="article:published_time" content="2012-01-10T09:00">')
    assert normalise_capture(_TODAY_URL, given, None, captured=served).papers[0].published == "2012-01-10"
    # …and a day the line shows is the story's, whatever day it was captured on.
    dated = _today_story("Сегодня, 11:09").replace(
        '<span class="g-mr_b">Comments', '<span class="date">17.01.2012</span><span class="g-mr_b">Comments')
    assert normalise_capture(_TODAY_URL, dated, None, captured=date(2026, 1, 1)).papers[0].published == (
        "2012-01-17")
    # Without the capture's day (a page read alone) 'today' dates nothing; nor does a word that is no day's.
    assert not (normalise_page(_TODAY_URL, _today_story("Сегодня, 11:09")) or _NONE).papers
    other = normalise_capture(_TODAY_URL, _today_story("Обновлено, 11:09"), None, captured=served)
    assert other is None or not other.papers


class _NONE:
    papers: tuple[Paper, ...] = ()


def test_a_summary_line_in_bold_alone_under_the_heading_that_the_description_repeats_is_the_abstract():
    from datetime import date

    from papershelf.normalise import normalise_capture

    served = date(2012, 1, 17)
    paper = normalise_capture(_TODAY_URL, _today_story("Сегодня, 11:09"), None, captured=served).papers[0]
    assert paper.abstract == _TODAY_SUMMARY
    # A bold line of other words than the description's is no summary the page's meta names.
    other = _today_story("Сегодня, 11:09", summary="Read also: round robins and their magnesium-rich diets.")
    assert normalise_capture(_TODAY_URL, other, None, captured=served).papers[0].abstract is None


def test_a_relative_day_under_a_heading_is_sought_in_linear_time():
    from datetime import date

    from papershelf.normalise.relative_days import captured_on, dated_today_under_its_heading

    def reading(size):
        page = parse_page(_today_story("Сегодня, 11:09").replace(
            "<script>var round = 1;</script>", "<script>var round = 1;</script><span></span>" * size))
        title = "Round robins eat more magnesium"

        def read():
            with captured_on(date(2012, 1, 17)):
                return dated_today_under_its_heading(page, title)
        return read

    assert_linear_time(reading, 20000)


def test_bold_summary_lines_are_sought_in_linear_time():
    from papershelf.normalise.bold_summaries import bold_summary_line

    def reading(size):
        page = parse_page(_today_story("Сегодня, 11:09").replace(
            '<div style="overflow:hidden;">', "<div><b>Round robins</b></div>" * size
            + '<div style="overflow:hidden;">'))
        return lambda: bold_summary_line(page, "Round robins eat more magnesium")

    assert_linear_time(reading, 20000)


# The Oracle (round 138, 2012; College Publisher): og:title, no author or date meta; the h1, an empty h2, the
# script that writes the byline with document.write (the same line kept in a comment), an empty p.author, then
# div.date's 'Published:' line and the text.
_WRITTEN_BYLINE = """<html><head>
<meta property="og:title" content="Round researcher disputes a round disease"></head><body>
<h1>Round researcher disputes a round disease</h1><h2></h2>
<script type="text/javascript">
var author = "{writer}".replace("'","");
document.write("<p class='author'><span class='by'>By</span> "
  + "<a href='/search?q=&quot;"+author+"&quot;'>{writer}</a></p>");
</script>
<p class="author"></p>
<div class="date"><p class="published"><strong>Published:&nbsp;</strong>Thursday, January 12, 2012</p></div>
<div class="text"><p>A round professor of the university has published a study in a journal of round diseases
arguing that the disease is no disease at all but a stage of ageing, which he says every brain passes
through if it lives long enough, and that research should look elsewhere.</p><p>The study, which drew on
decades of research into round brains, was met with doubt by other researchers of the field, who said its
claims went far beyond what the data it reviewed could show about the disease.</p></div></body></html>"""


def test_a_byline_a_script_writes_right_under_the_heading_names_the_writer_a_capture_holds():
    page = _WRITTEN_BYLINE.format(writer="Jessica Velez ASST. NEWS EDITOR")
    paper = normalise_page("http://www.example.edu/news/round-1.2684967", page).papers[0]
    assert (paper.title, paper.published, paper.authors) == (
        "Round researcher disputes a round disease", "2012-01-12", ["Jessica Velez"])
    # A script that writes other words than a "By" line, or one past the text's words, names nobody.
    other = page.replace("<span class='by'>By</span> ", "")
    assert not normalise_page("http://www.example.edu/news/round-1.2684967", other).papers[0].authors
    script = page[page.index("<script"):page.index("</script>") + len("</script>")]
    later = page.replace(script, "").replace("</body>", script + "</body>")
    assert not normalise_page("http://www.example.edu/news/round-1.2684967", later).papers[0].authors


def test_a_script_under_a_heading_is_read_in_linear_time():
    from papershelf.normalise.written_bylines import byline_a_script_writes

    def reading(size):
        page = parse_page(_WRITTEN_BYLINE.format(writer="Jessica Velez ASST. NEWS EDITOR").replace(
            'var author', "var round = '" + "round " * size + "';\nvar author"))
        return lambda: byline_a_script_writes(page, "Round researcher disputes a round disease")

    assert_linear_time(reading, 200000)


def _hugo_blox_news(line: str = "<span class=\"mr-1\">Nov 14, 2024</span> · <span>1 min read</span>",
                    text: str = "<ul><li>Round student won the best paper presentation award.</li></ul>",
                    footer: str = "") -> str:
    # Hugo Blox's research-group news post (the SNU GNSS Laboratory's, 2024, round 141): og:title the h1 and
    # the lab's name, article:published_time, author meta the site's account 'admin'; under the h1 an
    # unclassed line of the day and the reading time; the text two h2 and one list item; the footer's
    # p.powered-by credit to the site builder.
    return ('<!doctype html><html lang="en-us"><head><meta charset="utf-8">'
            '<meta name="generator" content="Hugo Blox Builder 0.9.0"><meta name="author" content="admin">'
            '<meta property="og:site_name" content="Round GNSS Laboratory">'
            '<meta property="og:title" content="Round wins the presentation award | Round GNSS Laboratory">'
            '<meta property="article:published_time" content="2024-11-14T15:00:00+00:00">'
            '<title>Round wins the presentation award | Round GNSS Laboratory</title></head><body>'
            '<nav><a href="/">Round GNSS Laboratory</a><a href="/news/">News</a></nav>'
            '<article><main><h1 class="mt-2 text-4xl">Round wins the presentation award</h1>'
            f'<div class="mt-4 mb-16"><div class="text-gray-500 text-sm flex">{line}</div></div>'
            '<div class="prose"><h2 id="a">Best paper presentation award</h2><h2 id="b">Round award</h2>'
            f'{text}</div></main></article><footer>{footer}</footer></body></html>')


def test_a_line_of_the_day_and_the_reading_time_under_the_heading_dates_a_short_news_post():
    paper = normalise_page("https://gnss.round.ac.kr/news/241114-round/", _hugo_blox_news()).papers[0]
    assert (paper.title, paper.authors, paper.published) == (
        "Round wins the presentation award", None, "2024-11-14")


@pytest.mark.parametrize("line", [
    '<span class="mr-1">Nov 14, 2024</span> · <span>Seoul, Round Hall</span>',  # no reading time
    "<span>1 min read</span>",  # no day
])
def test_a_line_under_the_heading_that_is_not_the_day_and_reading_time_dates_no_short_post(line):
    found = normalise_page("https://gnss.round.ac.kr/news/241114-round/", _hugo_blox_news(line))
    assert found is None or found.papers[0].published != "2024-11-14"


def test_a_footers_powered_by_credit_names_no_writer_of_the_post():
    prose = ("<p>Round student presented a detailed design of the cubesat for the formation-flying "
             "mission at the spring conference, and the society recognised the paper with its best "
             "presentation award this year.</p>")
    footer = ('<p class="powered-by text-center">Made with '
              '<a href="https://hugoblox.com">Hugo Blox Builder</a>.</p>')
    paper = normalise_page("https://gnss.round.ac.kr/news/241114-round/",
                           _hugo_blox_news(text=prose * 2, footer=footer)).papers[0]
    assert (paper.title, paper.authors, paper.published) == (
        "Round wins the presentation award", None, "2024-11-14")


def test_a_line_of_the_day_and_the_reading_time_is_read_in_linear_time():
    def reading(size: int):
        page = _hugo_blox_news(text="<ul>" + "<li>Round.</li>" * size + "</ul>")
        return lambda: normalise_page("https://gnss.round.ac.kr/news/241114-round/", page)

    assert_linear_time(reading, 8000)


def _pure_theme_post(meta_line: str) -> str:
    # Cyrille Rossant's Pelican theme (Pure, 2023, round 140): no meta but a description of the site's name;
    # the <title> the blog's name, a dash and the post's title; the post's header holding the h1 and, right
    # under it, the theme's post-meta line of the day alone; the post's text in paragraphs.
    prose = ("<p>Round Brook and I have just published an article presenting the results of a survey of "
             "parents and caretakers who claim to have been wrongly accused after a medical determination, "
             "and here we discuss what the answers say about the reliability of admissions.</p>")
    return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Round Rossant - New paper on '
            'round confessions</title><meta name="description" content="Round Rossant, "></head><body>'
            '<header><a href="/">Home</a> <a href="/projects/">Projects</a></header><section id="content">'
            '<header id="post-header"><h1>New paper on round confessions</h1>'
            f'<div class="{meta_line}">January 13, 2023</div><div class="post-tags"><ul><li>tags:</li>'
            '<li><a href="/tag/sbs/">sbs</a></li></ul></div></header>'
            '<section id="post">' + prose * 3 + '</section></section></body></html>')


def test_the_post_meta_line_of_a_day_alone_under_the_heading_dates_a_post_without_meta():
    # Cyrille Rossant's blog (round 140): no class calls div.post-meta a date, but the theme calls it the
    # post's meta line, and its whole words are the day.
    paper = normalise_page("https://round.rossant.net/confession-paper/",
                           _pure_theme_post("post-meta")).papers[0]
    assert (paper.title, paper.published) == ("New paper on round confessions", "2023-01-13")


def test_an_unclassed_or_otherwise_classed_day_alone_under_the_heading_dates_no_post():
    # A day alone in a line no class names the post's meta (an event's, a section's) makes no record.
    for line in ("", "event-when", "metadata-box"):
        found = normalise_page("https://round.rossant.net/confession-paper/", _pure_theme_post(line))
        assert found is None or found.papers[0].published != "2023-01-13"


def _tufte_theme_post(subtitle: str) -> str:
    # Vlad Niculae's Pelican theme (2012, round 140): the author meta a given name, og:title the post's, its
    # og:type 'website'; the h1.entry-title, then p.subtitle opening with the time of the day and a margin
    # note of the post's category and tags after it; the text in paragraphs.
    prose = ("<p>I have been digging on the internet for the proof of this theorem for the last couple of "
             "days without success, and I have a proof in some lecture notes from my class that I want to "
             "share here, with each of its steps spelt out.</p>")
    return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Round theorem on some regular '
            'graphs</title><meta name="author" content="Vlad"><meta property="og:type" content="website">'
            '<meta property="og:title" content="Round theorem on some regular graphs"></head><body>'
            '<nav><ul><li id="homelink"><a href="/">Vlad Roundlae</a></li><li><a href="/blog/">Blog</a></li>'
            '</ul></nav><article><h1 class="entry-title">Round theorem on some regular graphs</h1>'
            f'<p class="subtitle">{subtitle}</p>'
            '<section>' + prose * 3 + '</section></article></body></html>')


_MARGIN_NOTE = ('<label for="m" class="margin-toggle"> ⊕</label><input type="checkbox" id="m" '
                'class="margin-toggle"/><span class="marginnote">Category: <a href="/c/g.html">graph theory'
                '</a><br/> <a href="/t/g.html">#graph</a> <a href="/t/gt.html">#graph theory</a> '
                '<a href="/t/h.html">#hamiltonian</a> <a href="/t/n.html">#nash-williams</a> '
                '<a href="/t/u.html">#Uncategorized</a></span>')


def test_a_time_opening_the_line_under_the_heading_dates_the_post_past_its_margin_note():
    # Vlad Niculae's blog (round 140): the line, long with its category and tags, is read by the time element
    # it opens with.
    paper = normalise_page("https://round.ro/blog/round-theorem.html", _tufte_theme_post(
        '<time datetime="2012-01-29T22:31:00+01:00">Sun, 29 Jan 2012</time>' + _MARGIN_NOTE)).papers[0]
    assert (paper.title, paper.published) == ("Round theorem on some regular graphs", "2012-01-29")


def test_a_time_further_into_a_line_of_other_words_under_the_heading_dates_no_post():
    # Words before the time (an update's, an event's) leave the long line unread: no record dated so.
    found = normalise_page("https://round.ro/blog/round-theorem.html", _tufte_theme_post(
        'Updated after the round workshop of <time datetime="2012-01-29">Sun, 29 Jan 2012</time>'
        + _MARGIN_NOTE))
    assert found is None or found.papers[0].published != "2012-01-29"


def test_the_line_under_the_heading_is_read_for_its_opening_time_in_linear_time():
    def reading(size: int):
        page = _tufte_theme_post('<time datetime="2012-01-29">Sun, 29 Jan 2012</time>'
                                 + '<span class="marginnote"><a href="/t/r.html">#round</a></span>' * size)
        return lambda: normalise_page("https://round.ro/blog/round-theorem.html", page)

    assert_linear_time(reading, 8000)


def _academic_paper_page(byline: str) -> str:
    # Hugo's Academic theme 4.5.0, minified (CDRL's paper pages, 2019, round 141): JSON-LD naming the first
    # author alone, the author meta the site's maintainer; the byline's people in plain spans, initials and
    # family names, then the month; the abstract under its heading.
    first = byline.split("</span>")[0].split("<span>")[-1]
    return ('<!doctype html><html lang=en-us><head><meta charset=utf-8>'
            '<meta name=generator content="Source Themes Academic 4.5.0">'
            '<meta name=author content="Round Maintainer">'
            '<meta property="og:title" content="Kinase network round in a stem cell model | CDRL">'
            '<meta property="article:published_time" content="2019-05-21T00:00:00+00:00">'
            '<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article",'
            '"headline":"Kinase network round in a stem cell model",'
            '"datePublished":"2019-05-21T00:00:00Z",'
            f'"author":{{"@type":"Person","name":"{first}"}},"description":"Protein kinases round signal."}}'
            '</script><title>Kinase network round in a stem cell model | CDRL</title></head><body>'
            '<div class=pub><div class="article-container pt-3">'
            '<h1>Kinase network round in a stem cell model</h1>'
            f'<div class=article-metadata><div>{byline}</div>'
            '<span class=article-date>May 2019</span></div></div>'
            '<div class=article-container><h3>Abstract</h3><p class=pub-abstract>Protein kinases orchestrate '
            'signal transduction pathways involved in central nervous system functions ranging from '
            'neurodevelopment to synaptic transmission and plasticity in the round model.</p></div></div>'
            '</body></html>')


def test_a_byline_of_initialled_names_lists_the_authors_the_json_ld_names_one_of():
    page = _academic_paper_page("<span>E. Round</span>, <span>E. A. K. Depasquale</span>, "
                                "<span>S. M. O&rsquo;Donovan</span>, <span>R. E. McCullumsmith</span>")
    paper = normalise_page("https://cdrl.round.org/publication/2019-05-21_rn5154/", page).papers[0]
    assert paper.authors == ["E. Round", "E. A. K. Depasquale", "S. M. O’Donovan", "R. E. McCullumsmith"]


def test_a_journals_abbreviation_after_the_one_name_is_no_other_author():
    page = _academic_paper_page("<span>E. Round</span>, J. Biol. Chem.")
    paper = normalise_page("https://cdrl.round.org/publication/2019-05-21_rn5154/", page).papers[0]
    assert paper.authors == ["E. Round"]


def _quarto_paper_page(title: str = "Round mammoth mitogenomes from Mexico") -> str:
    # A lab's Quarto site (the Paleogenomics and Evolutionary Biology lab's, 2026, round 141): no title,
    # description or Open Graph meta, one author meta a person and dcterms.date the year's first day; the
    # h1.title, then the title block's 'Authors' and 'Published' '2025'; no text.
    people = ("Eduardo Round", "Ángeles Tavares-Guzmán", "Federico Sánchez Quinto")
    metas = "".join(f'<meta name="author" content="{name}">' for name in people)
    cells = "".join(f"<p>{name} </p>" for name in people)
    return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
            f'<meta name="generator" content="quarto-1.8.25">{metas}'
            '<meta name="dcterms.date" content="2025-01-01">'
            f'<title>{title} – Paleogenomics and Round Biology</title></head><body>'
            '<nav><a href="/">Paleogenomics and Round Biology</a>'
            '<a href="/publications/">Publications</a></nav>'
            '<main class="content" id="quarto-document-content"><header id="title-block-header">'
            '<div class="quarto-title"><h1 class="title">Round mammoth mitogenomes from Mexico</h1></div>'
            '<div class="quarto-title-meta"><div><div class="quarto-title-meta-heading">Authors</div>'
            f'<div class="quarto-title-meta-contents">{cells}</div></div><div>'
            '<div class="quarto-title-meta-heading">Published</div><div class="quarto-title-meta-contents">'
            '<p class="date">2025</p></div></div></div></header></main></body></html>')


def test_a_labs_paper_page_without_meta_is_titled_by_the_heading_its_tab_repeats():
    paper = normalise_page("https://round.github.io/publications/2025_08_Round_Mammoth/",
                           _quarto_paper_page()).papers[0]
    assert (paper.title, paper.authors, paper.published) == (
        "Round mammoth mitogenomes from Mexico",
        ["Eduardo Round", "Ángeles Tavares-Guzmán", "Federico Sánchez Quinto"], "2025")


def test_a_paper_page_whose_tab_repeats_no_heading_stays_without_a_record():
    found = normalise_page("https://round.github.io/publications/2025_08_Round_Mammoth/",
                           _quarto_paper_page("Another round title"))
    assert found is None or found.papers[0].title != "Round mammoth mitogenomes from Mexico"


_NEKOTO = '<span><a href="/author/round-nekoto/">Round Nekoto</a></span>'


def _wowchemy_paper_page(venue: str, byline: str = _NEKOTO) -> str:
    first = byline.split("</a>")[0].split(">")[-1]
    # Wowchemy's paper page (HausaNLP's, 2021, round 141, held out): og:title, JSON-LD naming the first
    # author, an empty description; the byline's linked names, the month, then the rows labelled 'Type' and
    # 'Publication', the bibliography's journal field the latter's value; no abstract.
    return ('<!DOCTYPE html><html lang="en-us"><head><meta charset="utf-8">'
            '<meta name="generator" content="Wowchemy 5.0.0-beta.0 for Hugo">'
            '<meta name="description" content="">'
            '<meta property="og:title" content="Participatory round for machine translation | Round NLP">'
            '<meta property="article:published_time" content="2020-11-06T15:53:24+00:00">'
            '<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article",'
            '"headline":"Participatory round for machine translation","author":{"@type":"Person",'
            f'"name":"{first}"}},"description":""}}</script>'
            '<title>Participatory round for machine translation | Round NLP</title></head><body>'
            '<div class="pub"><div class="article-container pt-3">'
            '<h1>Participatory round for machine translation</h1>'
            f'<div class="article-metadata"><div>{byline}</div><span class="article-date">January 2020'
            '</span></div></div><div class="article-container"><div class="row"><div class="col-md-10">'
            '<div class="row"><div class="col-12 col-md-3 pub-row-heading">Type</div>'
            '<div class="col-12 col-md-9">Journal article</div></div></div></div>'
            '<div class="row"><div class="col-md-10"><div class="row">'
            '<div class="col-12 col-md-3 pub-row-heading">Publication</div>'
            f'<div class="col-12 col-md-9"><em>{venue}</em></div>'
            '</div></div></div></div></div></body></html>')


def test_the_arxiv_preprint_a_papers_publication_row_names_is_its_arxiv_id():
    page = _wowchemy_paper_page("arXiv preprint arXiv:2010.02353")
    paper = normalise_page("https://round.github.io/publication/nekoto-2020-participatory/", page).papers[0]
    assert paper.arxiv_id == "2010.02353"


@pytest.mark.parametrize("venue", [
    "Transactions of the Round Association for Computational Linguistics",
    "Round Journal, 12(3), 45-67, also as arXiv:2010.02353",  # the id among other words
])
def test_a_publication_row_naming_no_preprint_alone_gives_no_arxiv_id(venue):
    page = _wowchemy_paper_page(venue)
    paper = normalise_page("https://round.github.io/publication/nekoto-2020-participatory/", page).papers[0]
    assert paper.arxiv_id is None


def test_a_byline_name_with_run_together_initials_lists_the_authors_the_json_ld_names_one_of():
    # The Watershed Ecology Team's page (2024, round 141, held out): relative links to the people's pages.
    byline = ('<span><a href="../../author/round-arndt/">Round Arndt</a></span>, '
              '<span><a href="../../author/erik-j.s.-emilson/">Erik J.S. Emilson</a></span>, '
              '<span><a href="../../author/william-a-dew/">William A Dew</a></span>')
    paper = normalise_page("https://round.github.io/publication/nekoto-2020-participatory/",
                           _wowchemy_paper_page("Round Journal of Toxicology", byline)).papers[0]
    assert paper.authors == ["Round Arndt", "Erik J.S. Emilson", "William A Dew"]


def _elegant_theme_post(aside: str, article_author: str = "Ariel Roundkem") -> str:
    # Ariel Rokem's Pelican theme (Elegant, 2014, round 140): the author meta and og:site_name the blogger's
    # name, og:article:author and og:article:published_time (Open Graph's article properties with the og:
    # prefix); the article's header holding the h1 linking the post; the text; then an aside of the article's
    # details, 'Published' over a time element marked pubdate.
    prose = ("<p>In this tutorial, we will learn how to use non-linear optimization routines to model data "
             "and examine a practical example, using some data from psychophysical experiments that I did "
             "in collaboration with a colleague, and then compare the models we fit.</p>")
    return ('<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8">'
            '<meta name="author" content="Ariel Roundkem"><meta property="og:type" content="article">'
            '<meta property="og:title" content="Modeling round data "><meta property="og:site_name" '
            f'content="Ariel Roundkem"><meta property="og:article:author" content="{article_author}">'
            '<title>Modeling round data  · Ariel Roundkem</title></head><body><div class="navbar"><a '
            'class="brand" href="https://round.github.io/"><span class=site-name>Ariel Roundkem</span></a>'
            '</div>'
            '<article><div class="row-fluid"><header class="page-header"><h1><a '
            'href="https://round.github.io/'
            '2014-08-12-round.html"> Modeling round data  </a></h1></header></div><div class="row-fluid">'
            '<div class="article-content">' + prose * 3 + f'</div><section><div class="span2">{aside}</div>'
            '</section></div></article></body></html>')


_PUBLISHED = ('<h4>Published</h4><time pubdate="pubdate" datetime="2014-08-12T00:00:00+02:00">Aug 12, 2014'
              '</time><h4>Category</h4><a class="category-link" href="/categories.html#scipy-ref">scipy</a>')


def test_the_one_pubdate_time_of_an_article_dates_the_post_its_header_heads():
    # Ariel Rokem's blog (round 140): the time marked pubdate stands in the aside after the text, not in the
    # header; the blogger named by the author meta and og:article:author, the site's name the same.
    paper = normalise_page("https://round.github.io/2014-08-12-round.html", _elegant_theme_post(
        _PUBLISHED)).papers[0]
    assert (paper.title, paper.authors, paper.published) == (
        "Modeling round data", ["Ariel Roundkem"], "2014-08-12")


def test_an_article_of_several_pubdate_times_or_a_site_named_author_alone_is_not_read_so():
    # Two marked times say nothing of which is the heading's; an author meta that is the site's name alone,
    # no article author meta agreeing, names nobody.
    page = _elegant_theme_post(_PUBLISHED + _PUBLISHED.replace("2014-08-12", "2015-01-02"))
    found = normalise_page("https://round.github.io/2014-08-12-round.html", page)
    assert found is None or found.papers[0].published != "2014-08-12"
    found = normalise_page("https://round.github.io/2014-08-12-round.html", _elegant_theme_post(
        _PUBLISHED, article_author="Round Editors"))
    assert found is None or found.papers[0].authors != ["Ariel Roundkem"]


def test_an_articles_pubdate_times_are_counted_in_linear_time():
    def reading(size: int):
        page = _elegant_theme_post(_PUBLISHED + "<p><span>Round</span></p>" * size)
        return lambda: normalise_page("https://round.github.io/2014-08-12-round.html", page)

    assert_linear_time(reading, 8000)


def test_a_given_name_author_meta_is_completed_by_the_home_link_of_the_bloggers_whole_name():
    # Vlad Niculae's blog (round 140): meta author 'Vlad', the navbar's home link 'Vlad Roundlae'.
    paper = normalise_page("https://round.ro/blog/round-theorem.html", _tufte_theme_post(
        '<time datetime="2012-01-29T22:31:00+01:00">Sun, 29 Jan 2012</time>' + _MARGIN_NOTE)).papers[0]
    assert paper.authors == ["Vlad Roundlae"]


def test_a_home_link_of_another_name_or_a_link_elsewhere_completes_no_given_name():
    post = _tufte_theme_post('<time datetime="2012-01-29T22:31:00+01:00">Sun, 29 Jan 2012</time>')
    for link in ('<a href="/">Anna Roundlae</a>', '<a href="/about/">Vlad Roundlae</a>'):
        page = post.replace('<a href="/">Vlad Roundlae</a>', link)
        found = normalise_page("https://round.ro/blog/round-theorem.html", page)
        assert found is not None and found.papers[0].authors != ["Vlad Roundlae"]


def test_the_home_link_is_sought_among_the_first_links_in_linear_time():
    def reading(size: int):
        page = _tufte_theme_post('<time datetime="2012-01-29">Sun, 29 Jan 2012</time>').replace(
            '<li id="homelink">', '<li><a href="/r/">Round</a></li>' * size + '<li id="homelink">')
        return lambda: normalise_page("https://round.ro/blog/round-theorem.html", page)

    assert_linear_time(reading, 8000)


def _scripted_post(title_script: str = 'var blog_title = "How round trees work";', head: str = "") -> str:
    # Brandon Rohrer's hand-written blog (2018, round 140): before <head>, inline scripts assigning the post's
    # title and day to variables that the site's shared scripts (not part of the page) write out as the
    # <title>, the h1 and the signature; no heading of the page's own; the tutorial's text in <p>s.
    prose = ("<p>Decision trees are one of my favorite models. They are simple, and they are powerful, and "
             "the concept behind them is refreshingly straightforward once you imagine recording the time "
             "you left your house and noting whether you arrived at work on time.</p>")
    return ('<!DOCTYPE html><html>'
            f'<script type="text/javascript">{title_script}</script>'
            '<script type="text/javascript">var publication_date = "July 21, 2018";</script>'
            f'<head><meta charset="utf-8">{head}'
            '<script type="text/javascript" src="javascripts/blog_head.js"></script></head>'
            '<body><script type="text/javascript" src="javascripts/blog_header.js"></script>'
            '<div id="main_content_wrap"><section id="main_content">' + prose * 3
            + '<script type="text/javascript" src="javascripts/blog_signature.js"></script></section></div>'
            '</body></html>')


def test_a_post_that_writes_its_title_and_day_from_script_variables_is_read_by_them():
    address = "https://round.github.io/how_round_trees_work.html"
    paper = normalise_page(address, _scripted_post()).papers[0]
    assert (paper.title, paper.authors, paper.published) == ("How round trees work", None, "2018-07-21")


def test_script_variables_name_no_post_beside_a_title_or_in_a_longer_script():
    # A page with a <title> of its own, or a variable assigned among other statements, is not read so.
    for page in (_scripted_post(head="<title>Round home</title>"),
                 _scripted_post('var blog_title = "How round trees work"; track(blog_title);')):
        found = normalise_page("https://round.github.io/how_round_trees_work.html", page)
        assert found is None or found.papers[0].title != "How round trees work"


def test_an_svg_title_in_the_body_is_no_title_of_the_page_for_its_script_variables():
    # An icon's <title> inside an inline <svg> names the icon, not the page: the post still has no <title>
    # of its own, and its variables give its record (the four older readers of the tab asked for any <title>).
    page = _scripted_post().replace(
        '<section id="main_content">', '<section id="main_content"><svg><title>Share</title></svg>')
    paper = normalise_page("https://round.github.io/how_round_trees_work.html", page).papers[0]
    assert (paper.title, paper.published) == ("How round trees work", "2018-07-21")


def test_a_pages_first_scripts_are_read_for_its_variables_in_linear_time():
    def reading(size: int):
        page = _scripted_post().replace("<body>", "<body>" + "<p><span>Round</span></p>" * size)
        return lambda: normalise_page("https://round.github.io/how_round_trees_work.html", page)

    assert_linear_time(reading, 8000)


def _pure_theme_post_with_footer(footer: str) -> str:
    return _pure_theme_post("post-meta").replace("</section></section>", "</section></section>" + footer)


def test_the_name_the_tab_gives_before_a_dash_and_the_posts_title_is_the_bloggers():
    # Cyrille Rossant's blog (round 140): '<name> - <the h1>' in the <title>, the footer's copyright link to
    # the site's home the same name.
    paper = normalise_page("https://round.rossant.net/confession-paper/", _pure_theme_post_with_footer(
        '<footer><p>&copy; <a href="https://round.rossant.net">Round Rossant</a> &ndash; Built with Pure '
        'Theme</p></footer>')).papers[0]
    assert paper.authors == ["Round Rossant"]


def test_the_tabs_name_before_a_dash_names_no_writer_unless_a_home_link_shows_it():
    for footer in ("", '<footer><p>&copy; <a href="https://round.rossant.net/about/">Round Rossant</a></p>'
                       '</footer>'):
        found = normalise_page("https://round.rossant.net/confession-paper/",
                               _pure_theme_post_with_footer(footer))
        assert found is not None and found.papers[0].authors != ["Round Rossant"]



def _sidebar_dated_post(day: str = "Sat 07 November 2009", og_type: str = "article") -> str:
    # Gaël Varoquaux's Pelican theme (2009, round 140, held out): og:type article and og:title; the sidebar
    # header's hgroup holding the avatar's and the site's name's links home, then the day alone; the post's
    # h1 in section.post's header, p.post-meta of its categories and reading time under it; the text.
    prose = ("<p>To put things in context, at the end of my PhD we had been building an atom "
             "interferometer to test the equivalence principle, and my reflections on its limits shifted "
             "from worrying about the underlying physics to worrying about the estimation.</p>")
    return "".join((
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Round estimation -- Gael ',
        f'Roundquaux: data science</title><meta property="og:type" content="{og_type}">',
        '<meta property="og:title" content="Round estimation"></head><body><div class="sidebar">',
        '<header class="header-article"><hgroup><a href="https://round.info">',
        '<img alt="Gael Roundquaux" src="/g.png"></a><a href="https://round.info" class="article-info">',
        f'<h2 class="article-info">Gael Roundquaux</h2></a><p>{day}</p><a href="/">&larr;Home</a>',
        '</hgroup></header></div><div class="content"><section class="post"><header class="post-header">',
        '<h1>Round estimation</h1><p class="post-meta">under <a class="post-category" ',
        'href="/tag/science.html">science</a> <a class="post-category" href="/tag/physics.html">physics',
        '</a> <span class="readtime">Read time: 4 min.</span></p></header><div class="entry-content">',
        prose * 3, '</div></section></div></body></html>'))


def test_the_day_under_the_sites_name_in_the_sidebars_hgroup_dates_an_open_graph_article():
    # …and the post-meta line of categories and reading time under the h1 is no standfirst.
    address = "https://round.info/science/round-estimation.html"
    paper = normalise_page(address, _sidebar_dated_post()).papers[0]
    assert (paper.title, paper.published, paper.abstract) == ("Round estimation", "2009-11-07", None)


def test_a_hgroup_day_dates_no_page_no_meta_calls_an_article_nor_a_line_of_other_words():
    for page in (_sidebar_dated_post(og_type="website"),
                 _sidebar_dated_post(day="Talk of 07 November 2009 at the round workshop in Paris")):
        found = normalise_page("https://round.info/science/round-estimation.html", page)
        assert found is None or found.papers[0].published != "2009-11-07"


def test_the_sites_hgroups_are_read_in_linear_time():
    def reading(size: int):
        page = _sidebar_dated_post().replace(
            '<div class="entry-content">', '<div class="entry-content">' + "<p><span>Round</span></p>" * size)
        return lambda: normalise_page("https://round.info/science/round-estimation.html", page)

    assert_linear_time(reading, 8000)


def test_the_name_the_tab_gives_after_a_double_dash_and_before_its_tagline_is_the_bloggers():
    # Gaël Varoquaux's blog (round 140, held out): '<title> -- <name>: <tagline>', the sidebar's h2 of the
    # name in a link to the site's home; og:title the post's. A tab naming the site otherwise names no one.
    address = "https://round.info/science/round-estimation.html"
    assert normalise_page(address, _sidebar_dated_post()).papers[0].authors == ["Gael Roundquaux"]
    otherwise = _sidebar_dated_post().replace("-- Gael Roundquaux: data science", "-- Round Notes: data")
    assert normalise_page(address, otherwise).papers[0].authors != ["Gael Roundquaux"]


def _erso_post(author: str) -> str:
    # The ERSO group's Hugo theme (2022, round 142): no byline on the page; the JSON-LD BlogPosting's author
    # one Person holding the front matter's one author line, its publisher the Organization of that name.
    prose = ("<p>Round Na and Dr. Bret Round recently co-authored an article on early career teachers in an "
             "online forum, and here we share the abstract and a link to the journal's page for it.</p>")
    ld = ('{"@context": "http://schema.org", "@type": "BlogPosting", '
          '"headline": "New paper: round teachers", '
          f'"author": {{"@type": "Person", "name": "{author}"}}, "datePublished": "2022-11-30T00:00:00.00Z", '
          f'"publisher": {{"@type": "Organization", "name": "{author}"}}}}')
    return ('<!DOCTYPE html><html lang="en-us"><head><title>New paper: round teachers | Round Group</title>'
            '<meta name="author" content="Round Group">'
            '<meta property="og:title" content="New paper: round teachers">'
            '<meta property="og:type" content="article">'
            '<meta property="article:published_time" content="2022-11-30T00:00:00+00:00">'
            f'<script type="application/ld+json">{ld}</script></head><body><div class="post__content">'
            '<h1>New paper: round teachers</h1><ul class="post__meta"><li><span>11/30/2022</span></li></ul>'
            f'{prose * 2}</div></body></html>')


def test_a_json_ld_person_whose_name_joins_two_writers_names_both():
    paper = normalise_page("https://round-group.org/post/new-paper/",
                           _erso_post("Round Na & Dr. Bret Round")).papers[0]
    assert paper.authors == ["Round Na", "Bret Round"]


def test_a_json_ld_person_joining_a_name_and_no_persons_name_is_not_parted():
    paper = normalise_page("https://round-group.org/post/new-paper/",
                           _erso_post("Round Na & the round team")).papers[0]
    assert paper.authors != ["Round Na", "the round team"]


def _theme_cased_post(tab: str) -> str:
    # A Hugo theme's post (the ERSO group, 2022, round 142): og:title as the writer wrote it, the h1 the
    # theme's title-casing of it ("R/Round" for the forum "r/round"), the <title> given as `tab`.
    prose = ("<p>Round Na and Bret Round recently co-authored an article on early career teachers in an "
             "online forum, and here we share the abstract of the article and a link to the journal's "
             "page.</p>")
    return ('<!DOCTYPE html><html lang="en-us"><head>'
            f'<title>{tab} | Round Group</title>'
            '<meta property="og:title" content="New paper: round teachers in the r/round forum">'
            '<meta property="og:type" content="article">'
            '<meta property="article:published_time" content="2022-11-30T00:00:00+00:00">'
            '<script type="application/ld+json">{"@context": "http://schema.org", "@type": "BlogPosting", '
            '"headline": "New paper: round teachers in the r/round forum", "author": {"@type": "Person", '
            '"name": "Round Na"}, "datePublished": "2022-11-30T00:00:00.00Z"}</script></head><body>'
            '<div class="post__content"><h1>New Paper: Round Teachers in the R/Round Forum</h1>'
            f'<ul class="post__meta"><li><span>11/30/2022</span></li></ul>{prose * 2}</div></body></html>')


def test_a_heading_that_title_cases_the_meta_title_gives_way_to_the_meta_spelling():
    page = _theme_cased_post("New paper: round teachers in the r/round forum")
    paper = normalise_page("https://round-group.org/post/new-paper/", page).papers[0]
    assert paper.title == "New paper: round teachers in the r/round forum"


def test_a_heading_whose_capitals_the_tab_writes_too_keeps_its_spelling():
    page = _theme_cased_post("New Paper: Round Teachers in the R/Round Forum")
    paper = normalise_page("https://round-group.org/post/new-paper/", page).papers[0]
    assert paper.title == "New Paper: Round Teachers in the R/Round Forum"


def _blox_paper_page(rows: str) -> str:
    # A lab's paper page of Hugo Blox (THU HAS Lab, 2025, round 142): a post's meta (og:type article,
    # article:published_time), a JSON-LD Article, the h1, the byline, header buttons 'PDF' and 'arXiv',
    # the abstract, and the labelled rows `rows` ('Type', 'Publication') under it.
    abstract = ("Round memory links are a promising technology that address memory and storage challenges, "
                "and this work characterises their interference on real hardware for the first time. ")
    return ('<!DOCTYPE html><html lang="en-us"><head>'
            '<title>Round-Interplay: Round Interference | Round Lab</title>'
            '<meta property="og:type" content="article"><meta property="og:title" content="Round-Interplay: '
            'Round Interference | Round Lab"><meta property="article:published_time" '
            'content="2025-06-16T00:00:00+00:00"><script type="application/ld+json">{"@context": '
            '"https://schema.org", "@type": "Article", "headline": "Round-Interplay: Round Interference", '
            '"datePublished": "2025-06-16T00:00:00Z", "author": {"@type": "Person", "name": "Round Mao"}}'
            '</script></head><body><div class="pub"><h1>Round-Interplay: Round Interference</h1>'
            '<div class="article-metadata"><span><a href="/author/round-mao/">Round Mao</a></span></div>'
            '<div class="btn-links">'
            '<a class="btn btn-outline-primary btn-page-header" href="/paper.pdf">PDF</a>'
            '<a class="btn btn-outline-primary btn-page-header" href="https://arxiv.org/abs/2411.18308">'
            f'arXiv</a></div><h3>Abstract</h3><p class="pub-abstract">{abstract * 2}</p>{rows}</div>'
            '</body></html>')


def test_the_arxiv_button_of_a_labs_paper_page_with_a_posts_meta_names_its_preprint():
    rows = ('<div class="row"><div class="col-12 col-md-3 pub-row-heading">Publication</div>'
            '<div class="col-12 col-md-9">Proceedings of the Round Design Conference</div></div>')
    page = _blox_paper_page(rows)
    paper = normalise_page("https://www.round-lab.org/publication/2025-round/", page).papers[0]
    assert paper.arxiv_id == "2411.18308"


def test_the_arxiv_button_of_a_labs_paper_page_names_its_preprint_beside_the_journals_doi():
    # The A²R Lab's Academic 4.3.1 page (round 215): 'PDF' to the paper's arXiv abstract, 'DOI' to the
    # journal's article: the same paper, its record naming both.
    rows = ('<div class="row"><div class="col-12 col-md-3 pub-row-heading">Publication</div>'
            '<div class="col-12 col-md-9">In 2023 Communications of the Round Society</div></div>')
    doi = '<a class="btn btn-outline-primary btn-page-header" href="https://doi.org/10.1145/3608473">DOI</a>'
    page = _blox_paper_page(rows).replace('<div class="btn-links">', '<div class="btn-links">' + doi)
    paper = normalise_page("https://www.round-lab.org/publication/2023-round/", page).papers[0]
    assert paper.doi == "10.1145/3608473"
    assert paper.arxiv_id == "2411.18308"


def test_a_labs_paper_page_button_to_an_arxiv_abstract_names_its_preprint_whatever_its_label():
    # Beta Lab's Hugo Blox 5.9.7 page (round 215, held out; pending85): its 'Arxiv链接' ('arXiv link') button
    # links the paper's arXiv abstract, a label no project page's button reader knows; its 'DOI' button
    # links arXiv's DOI prefix alone, no DOI.
    rows = ('<div class="row"><div class="col-12 col-md-3 pub-row-heading">Type</div>'
            '<div class="col-12 col-md-9">Preprint</div></div>')
    prefix = '<a class="btn btn-outline-primary btn-page-header" href="https://doi.org/10.48550">DOI</a>'
    for label in ("Arxiv链接", "arXiv link"):
        page = (_blox_paper_page(rows).replace("arXiv</a>", f"{label}</a>")
                .replace('<div class="btn-links">', '<div class="btn-links">' + prefix))
        paper = normalise_page("https://www.round-lab.org/publication/2024-round/", page).papers[0]
        assert paper.arxiv_id == "2411.18308"
        assert paper.doi is None


def test_a_button_to_an_arxiv_abstract_on_a_post_or_a_talk_or_beside_another_names_no_preprint():
    # The near misses: the same button on a post without the paper's rows, on a talk's page (its 'Event'
    # row: its buttons link the works it draws on), and beside a second button to another preprint.
    def labelled(rows: str, extra: str = "") -> str:
        return (_blox_paper_page(rows).replace("arXiv</a>", "Arxiv链接</a>")
                .replace('<div class="btn-links">', '<div class="btn-links">' + extra))

    rows = ('<div class="row"><div class="col-12 col-md-3 pub-row-heading">Type</div>'
            '<div class="col-12 col-md-9">Preprint</div></div>')
    talk = ('<div class="row"><div class="col-12 col-md-3 pub-row-heading">Event</div>'
            '<div class="col-12 col-md-9">Round Workshop</div></div>')
    other = ('<a class="btn btn-outline-primary btn-page-header" href="https://arxiv.org/abs/2301.00001">'
             "Related</a>")
    for page in (labelled(""), labelled(talk), labelled(rows, other)):
        paper = normalise_page("https://www.round-lab.org/publication/2024-round/", page).papers[0]
        assert paper.arxiv_id is None


def test_a_labs_paper_pages_header_buttons_are_read_in_linear_time():
    rows = ('<div class="row"><div class="col-12 col-md-3 pub-row-heading">Type</div>'
            '<div class="col-12 col-md-9">Preprint</div></div>')
    button = '<a class="btn btn-outline-primary btn-page-header" href="https://arxiv.org/abs/2411.18308">链接</a>'

    def normalising(count: int):
        page = _blox_paper_page(rows).replace('<div class="btn-links">',
                                              '<div class="btn-links">' + button * count)
        return lambda: normalise_page("https://www.round-lab.org/publication/2024-round/", page)

    assert_linear_time(normalising, 4000)


def test_a_posts_arxiv_button_beside_a_doi_names_no_preprint():
    doi = '<a class="btn btn-outline-primary btn-page-header" href="https://doi.org/10.1145/3608473">DOI</a>'
    page = _blox_paper_page("").replace('<div class="btn-links">', '<div class="btn-links">' + doi)
    paper = normalise_page("https://www.round-lab.org/post/2023-round/", page).papers[0]
    assert paper.arxiv_id is None


def test_an_arxiv_button_on_a_post_without_a_papers_rows_names_no_preprint():
    paper = normalise_page("https://www.round-lab.org/post/2025-round/", _blox_paper_page("")).papers[0]
    assert paper.arxiv_id is None


def test_the_header_buttons_of_a_labs_paper_page_are_read_in_linear_time():
    rows = '<div class="pub-row-heading">Type</div><div>Conference paper</div>'

    def reading(size: int):
        button = '<a class="btn btn-page-header" href="/slides.pdf">Slides</a>'
        page = _blox_paper_page(rows + button * size)
        return lambda: normalise_page("https://www.round-lab.org/publication/2025-round/", page)

    assert_linear_time(reading, 2000)


def _watershed_paper_page(year_line: str, modified: str, published: str, buttons: str = "") -> str:
    # A lab's paper page of Wowchemy 5.1.0 (the Watershed Ecology Team, 2024, round 141): the front matter's
    # `date` written as article:modified_time and its `publishDate` as article:published_time, the byline's
    # date line the year alone, header buttons `buttons`, the abstract and the labelled rows.
    abstract = ("Round crayfish rely on their chemosensory system for many essential behaviours including "
                "finding food, and copper can impair that sense at low concentrations in the water. ")
    return ('<!DOCTYPE html><html lang="en-us"><head><meta charset="utf-8">'
            '<meta name="generator" content="Wowchemy 5.1.0 for Hugo">'
            '<title>Copper Impairment in Round Crayfish | Round Ecology Team</title>'
            '<meta property="og:title" content="Copper Impairment in Round Crayfish | Round Ecology Team">'
            f'<meta property="article:published_time" content="{published}T00:00:00+00:00">'
            f'<meta property="article:modified_time" content="{modified}T00:00:00+00:00">'
            '</head><body><div class="pub"><div class="article-container pt-3">'
            '<h1>Copper Impairment in Round Crayfish</h1><div class="article-metadata"><div>'
            '<span><a href="../../author/round-arndt/">Round Arndt</a></span>, '
            '<span><a href="../../author/william-a-dew/">William A Dew</a></span></div>'
            f'<span class="article-date">\n    {year_line}\n  </span></div>'
            f'<div class="btn-links mb-3">{buttons}</div></div><div class="article-container">'
            f'<h3>Abstract</h3><p class="pub-abstract">{abstract * 2}</p>'
            '<div class="row"><div class="col-12 col-md-3 pub-row-heading">Type</div>'
            '<div class="col-12 col-md-9"><a href="../../publication/#2">Journal article</a></div></div>'
            '<div class="row"><div class="col-12 col-md-3 pub-row-heading">Publication</div>'
            '<div class="col-12 col-md-9">Round Bulletin of Toxicology</div></div></div></div></body></html>')


_WATERSHED_PAPER = "https://round-wet.github.io/publication/a-arndt_2024/"


def test_a_papers_page_whose_modified_day_precedes_its_published_day_in_the_bylines_year_is_dated_by_it():
    page = _watershed_paper_page("2024", "2024-03-01", "2024-03-21")
    assert normalise_page(_WATERSHED_PAPER, page).papers[0].published == "2024-03-01"


@pytest.mark.parametrize(("year_line", "modified", "published"), [
    ("2024", "2023-11-01", "2024-03-21"),  # the modified day in another year than the byline's
    ("2024", "2024-03-21", "2024-03-01"),  # modified after published: a change, no relabelling
    ("2024", "2024-01-01", "2024-03-21"),  # 1 January, Hugo's writing of a year alone
    ("March 2024", "2024-03-01", "2024-03-21"),  # the byline shows a month: no year alone to refine
])
def test_a_papers_page_whose_days_are_no_relabelling_in_its_bylines_year_keeps_its_published_day(
    year_line, modified, published
):
    page = _watershed_paper_page(year_line, modified, published)
    assert normalise_page(_WATERSHED_PAPER, page).papers[0].published != modified


@pytest.mark.parametrize(("label", "address", "doi"), [
    ("Source Document", "https://link.springer.com/article/10.1007/s00128-024-03863-4",
     "10.1007/s00128-024-03863-4"),
    ("DOI", "https://doi.org/10.1080/15391523.2022.2150727", "10.1080/15391523.2022.2150727"),
    ("Publisher", "https://onlinelibrary.wiley.com/doi/full/10.1111/fwb.13999", "10.1111/fwb.13999"),
])
def test_a_paper_button_of_a_labs_paper_page_linking_a_publishers_address_names_its_doi(label, address, doi):
    buttons = ('<a class="btn btn-outline-primary btn-page-header" href="/paper.pdf">PDF</a>'
               f'<a class="btn btn-outline-primary btn-page-header" href="{address}">{label}</a>')
    page = _watershed_paper_page("2024", "2024-03-01", "2024-03-21", buttons)
    assert normalise_page(_WATERSHED_PAPER, page).papers[0].doi == doi


@pytest.mark.parametrize("buttons", [
    # A button that is no paper's ('Dataset'), linking a data set's DOI.
    '<a class="btn btn-page-header" href="https://doi.org/10.5061/dryad.round">Dataset</a>',
    # Two paper buttons naming two DOIs: no one of them is the paper's.
    '<a class="btn btn-page-header" '
    'href="https://link.springer.com/article/10.1007/s00128-024-03863-4">PDF</a>'
    '<a class="btn btn-page-header" href="https://link.springer.com/article/10.1007/s00128-023-01234-5">'
    'Source Document</a>',
])
def test_header_buttons_naming_no_one_paper_doi_give_a_labs_paper_page_no_doi(buttons):
    page = _watershed_paper_page("2024", "2024-03-01", "2024-03-21", buttons)
    assert normalise_page(_WATERSHED_PAPER, page).papers[0].doi is None


def test_a_labs_paper_pages_buttons_and_days_are_read_in_linear_time():
    def reading(size: int):
        button = '<a class="btn btn-page-header" href="https://doi.org/10.5061/dryad.round">Slides</a>'
        page = _watershed_paper_page("2024", "2024-03-01", "2024-03-21", button * size)
        return lambda: normalise_page(_WATERSHED_PAPER, page)


def _stack_post(subtitle: str, times: str, description: str | None = None) -> str:
    # Hugo's Stack theme's post (EIS1600's, round 144): the site's name the one h1, in the sidebar; the post's
    # header holding h2.article-title, h3.article-subtitle and footer.article-time with the time classed as
    # published and the reading time; og:type article, no JSON-LD, the description the subtitle's words.
    described = subtitle if description is None else description
    return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Round rolling methods</title>'
            f'<meta name="description" content="{described}">'
            '<meta property="og:title" content="Round rolling methods">'
            '<meta property="og:type" content="article"><meta property="article:published_time" '
            'content="2022-11-21T00:00:00+00:00"></head><body><aside><h1>The Round Project</h1></aside>'
            '<main><article><header class="article-header">'
            '<div class="article-details">'
            '<div class="article-title-wrapper"><h2 class="article-title"><a href="/p/round/">Round rolling '
            f'methods</a></h2><h3 class="article-subtitle">{subtitle}</h3></div>'
            f'<footer class="article-time">{times}</footer></div></header><section class="article-content">'
            '<p>In the course of a long slope, round things roll further than square ones, and the project '
            'measures how far over many runs with a set of carefully made wheels and balls, each weighed and '
            'measured before and after every run so that wear does not hide in the results.</p>'
            '<p>The second area of the work traces what the slope itself does to the roll over time, how '
            'its surface wears under the wheels and how the weather of each season changes the runs.</p>'
            '</section></article></main></body></html>')


_ROUND_SUBTITLE = ("To measure the rolling of round things over long slopes in an effective and reproducible "
                   "manner, the project employs a series of careful methods of measurement and modelling "
                   "that have been developed under the umbrella of the rolling sciences in recent years...")
_PUBLISHED_TIMES = ('<div><time class="article-time--published">Nov 21, 2022</time></div>'
                    '<div><time class="article-time--reading">2 minute read</time></div>')


def test_a_post_is_dated_by_the_published_time_its_header_holds_below_a_subtitle():
    page = _stack_post(_ROUND_SUBTITLE, _PUBLISHED_TIMES)
    paper = normalise_page("https://round.github.io/p/round/", page).papers[0]
    assert (paper.title, paper.published) == ("Round rolling methods", "2022-11-21")


def test_a_header_holding_two_published_times_dates_no_post():
    twice = _PUBLISHED_TIMES + '<div><time class="article-time--published">Dec 1, 2022</time></div>'
    found = normalise_page("https://round.github.io/p/round/", _stack_post(_ROUND_SUBTITLE, twice))
    assert found is None or found.papers[0].published != "2022-11-21"


def test_a_posts_subtitle_under_an_h2_title_that_the_description_repeats_is_its_abstract():
    page = _stack_post(_ROUND_SUBTITLE, _PUBLISHED_TIMES)
    paper = normalise_page("https://round.github.io/p/round/", page).papers[0]
    assert paper.abstract == _ROUND_SUBTITLE


def test_a_posts_subtitle_under_an_h2_title_that_the_description_does_not_repeat_is_no_abstract():
    page = _stack_post(_ROUND_SUBTITLE, _PUBLISHED_TIMES, description="Another round line for search.")
    paper = normalise_page("https://round.github.io/p/round/", page).papers[0]
    assert paper.abstract != _ROUND_SUBTITLE


def test_the_published_time_of_a_posts_header_is_found_in_linear_time():
    def reading(size):
        times = '<div><time class="article-time--reading">2 minute read</time></div>' * size
        page = _stack_post(_ROUND_SUBTITLE, _PUBLISHED_TIMES + times)
        return lambda: normalise_page("https://round.github.io/p/round/", page)

    assert_linear_time(reading, 2000)


def _slides_post(shown: str) -> str:
    # Kijung Jeon's Hugo Stack post (round 171, held out; 2023): the header's title, subtitle (the reviewed
    # paper's citation) and published time as EIS1600's; the text the slides, a PDF shown in a frame, and a
    # line linking the file; no paragraph of prose.
    prose = ('<p>In the course of a long slope, round things roll further than square ones, and the project '
             'measures how far over many runs with a set of carefully made wheels and balls, each weighed '
             'and '
             'measured before and after every run so that wear does not hide in the results.</p>')
    page = _stack_post("R Zhang et al., ICLR 2020", _PUBLISHED_TIMES)
    start, end = page.index('<section class="article-content">'), page.index("</section>")
    text = ('<section class="article-content"><h2 id="ppt">Research presentation PPT</h2>'
            f'{shown}<p><strong>You can download here, <a class="link" href="ppt.pdf">PPT file</a></strong>'
            "</p></section>")
    assert prose[:40] in page[start:end]
    return page[:start] + text + page[end + len("</section>"):]


def test_a_post_whose_text_is_a_pdf_shown_in_a_frame_is_dated_by_its_header():
    page = _slides_post('<iframe src="ppt.pdf#toolbar=0&navpanes=0" style="width:60vw"></iframe>')
    paper = normalise_page("https://round.github.io/p/round/", page).papers[0]
    assert (paper.title, paper.published) == ("Round rolling methods", "2022-11-21")
    embedded = _slides_post('<embed src="/slides/round.PDF" type="application/pdf">')
    assert normalise_page("https://round.github.io/p/round/", embedded).papers[0].published == "2022-11-21"


def test_a_post_framing_a_video_or_linking_a_pdf_unshown_has_no_text_to_date():
    from papershelf.normalise.embedded_documents import embeds_a_document

    for shown in ('<iframe src="https://www.youtube.com/embed/round"></iframe>', '<p>Slides: '
                  '<a href="ppt.pdf">ppt.pdf</a></p>', '<iframe src="/pdf-viewer/index.html"></iframe>'):
        page = _slides_post(shown)
        assert not embeds_a_document(parse_page(page).tree.css_first("header.article-header")), shown
        assert normalise_page("https://round.github.io/p/round/", page) is None, shown


def test_a_posts_framed_document_is_sought_in_linear_time():
    from papershelf.normalise.embedded_documents import embeds_a_document

    def reading(size: int):
        frames = '<iframe src="https://www.youtube.com/embed/round"></iframe>' * size
        page = parse_page(_slides_post(frames + '<iframe src="ppt.pdf"></iframe>'))
        return lambda: embeds_a_document(page.tree.css_first("header.article-header"))

    assert assert_linear_time(reading, 20000) is False


def _notmyidea_post(byline: str, title: str = "Adam Ginsburg's blog") -> str:
    # Pelican's notmyidea theme (Adam Ginsburg's blog, round 143, 2008): the post's h2.entry-title,
    # abbr.published and address.vcard.author in section#content, no .hentry around them; the <title> and the
    # banner's h1 the blog's name alone.
    prose = "<p>The pointing model of the survey's fields fails for the reference observations of June.</p>"
    return (f"<html><head><title>{title}</title></head><body><header><h1><a href='/blog'>{title}</a></h1>"
            "</header><section id='content' class='body'><header><h2 class='entry-title'>"
            "<a href='/blog/round-fields.html' rel='bookmark'>Round fields</a></h2></header>"
            "<footer class='post-info'><abbr class='published' title='2008-09-13T21:00:00-06:00'>2008/09/13"
            f"</abbr><address class='vcard author'>By <a class='url fn' href='/blog/author/ada.html'>{byline}"
            f"</a></address></footer><div class='entry-content'>{prose * 3}</div></section></body></html>")


def test_hatom_parts_with_no_entry_around_them_are_the_pages_one_entry():
    # The page's one .entry-title and one .published are its one post, as an .hentry holding them is.
    url = "https://round.example.io/blog/round-fields.html"
    paper = normalise_page(url, _notmyidea_post("Ada Lovelace")).papers[0]
    assert (paper.title, paper.authors, paper.published) == ("Round fields", ["Ada Lovelace"], "2008-09-13")


def test_hatom_parts_of_several_titles_or_days_with_no_entry_around_them_are_no_one_entry():
    # A listing marks a title and a day for each post: no one entry.
    page = _notmyidea_post("Ada Lovelace")
    listing = page.replace("<div class='entry-content'>", "<h2 class='entry-title'>Another</h2><abbr "
                           "class='published' title='2008-09-14'>2008/09/14</abbr>"
                           "<div class='entry-content'>")
    found = normalise_page("https://round.example.io/blog/index.html", listing)
    assert found is None or not found.papers or found.papers[0].title != "Round fields"


def test_an_hcards_given_name_and_e_mail_are_completed_by_the_blogs_possessive_name():
    # Adam Ginsburg's blog (round 143, 2008): the hCard's name 'Adam (adam.g.ginsburg@gmail.com)', the blog
    # named 'Adam Ginsburg's blog': the address is no part of the name, the blog's name completes it.
    url = "https://round.example.io/blog/round-fields.html"
    paper = normalise_page(url, _notmyidea_post("Ada (ada.lovelace@example.org)",
                                                "Ada Lovelace's blog")).papers[0]
    assert paper.authors == ["Ada Lovelace"]


def test_an_hcards_given_name_and_e_mail_under_another_blogs_name_are_not_completed():
    url = "https://round.example.io/blog/round-fields.html"
    for name, blog in (("Ada (ada.lovelace@example.org)", "Charles Babbage's blog"),
                       ("Ada (ada.lovelace@example.org)", "Round Notes"),
                       ("Ada of the Round Table", "Ada Lovelace's blog")):
        found = normalise_page(url, _notmyidea_post(name, blog))
        assert found is None or not found.papers or found.papers[0].authors != ["Ada Lovelace"]


def test_unrooted_hatom_parts_are_counted_in_linear_time():
    def normalising(size):
        page = _notmyidea_post("Ada Lovelace").replace(
            "<div class='entry-content'>", "<div class='entry-content'>" + "<p><span>a</span></p>" * size)
        return lambda: normalise_page("https://round.example.io/blog/round-fields.html", page)

    found = assert_linear_time(normalising, 4000)
    assert found.papers[0].authors == ["Ada Lovelace"]


def test_a_title_wrapped_whole_in_straight_quotes_is_read_without_them():
    # Working Notes (round 143, Pelican, 2020): <title> and h1 "'True Random Number Generators'", the
    # generator's metadata quoting; the title is what the quotes hold.
    page = ("<html><head><title>{0}</title><meta name='citation_title' content=\"{0}\">"
            "<meta name='citation_author' content='Ada Lovelace'>"
            "<meta name='citation_publication_date' content='2020/04/23'></head><body><h1>{0}</h1>"
            "<p>Tables of random numbers served randomized trials long before computers did.</p>"
            "</body></html>")
    paper = normalise_page("https://round.example.io/true-round-numbers.html",
                           page.format("'True Round Numbers'")).papers[0]
    assert paper.title == "True Round Numbers"


def test_a_title_quoting_within_or_in_typographic_quotes_keeps_its_quotes():
    page = ("<html><head><title>{0}</title><meta name='citation_title' content=\"{0}\">"
            "<meta name='citation_author' content='Ada Lovelace'>"
            "<meta name='citation_publication_date' content='2020/04/23'></head><body><h1>{0}</h1>"
            "<p>Tables of random numbers served randomized trials long before computers did.</p>"
            "</body></html>")
    for title in ("'Round' and 'square' numbers", "‘We were lucky’", "Why 'round' numbers"):
        url = "https://round.example.io/true-round-numbers.html"
        paper = normalise_page(url, page.format(title)).papers[0]
        assert paper.title == title


def _margin_noted_post(byline: str, author: str) -> str:
    # Working Notes (round 143, Pelican's Tufte theme, 2020): no meta but the author's; the post's h1 (a
    # bookmark link), then p.articlemeta's margin note 'By Swair.', the category and the <time>.
    prose = ("<p>Tables of random numbers served randomized trials long before computers did so, and "
             "physical noise, decay and coin flips are better sources of randomness than algorithms.</p>")
    return ("<html><head><title>Round Numbers</title>"
            f"<meta name='author' content='{author}'></head><body><header><h1 class='websitetitle'>"
            "<a href=''>Round Notes</a></h1></header><article><header class='post-header'><h1>"
            "<a rel='bookmark' title='Round Numbers' href='/round-numbers.html'>Round Numbers</a></h1>"
            "<p class='subtitle'></p><p class='articlemeta'><span class='marginnote'><br>"
            f"{byline}<br><br>Category: <a href='/category/randomness.html'>Randomness</a><br><br><br>"
            "<time datetime='2020-04-23T00:00:00-07:00'>Thu 23 April 2020</time></span></p></header>"
            f"{prose * 6}</article></body></html>")


def test_a_one_word_byline_the_author_meta_names_is_the_posts_writer():
    paper = normalise_page("https://round.example.io/round-numbers.html",
                           _margin_noted_post("By Ada.", "Ada")).papers[0]
    assert (paper.title, paper.authors, paper.published) == ("Round Numbers", ["Ada"], "2020-04-23")


def test_a_one_word_byline_the_author_meta_does_not_name_names_nobody():
    for byline, author in (("By Ada.", "Charles"), ("By Friday.", "Ada"), ("By Ada.", "Ada Lovelace")):
        url = "https://round.example.io/round-numbers.html"
        found = normalise_page(url, _margin_noted_post(byline, author))
        assert found is None or not found.papers or found.papers[0].authors != ["Ada"]


def _reprinted_paper_post(names_heading: str) -> str:
    # notconfusing.com (round 143, Pelican, 2016): the header's h1 and 'By <a href=".../author/max.html">max
    # </a>, Mon 04 January 2016', the description the text's opening; a paragraph introducing the course
    # project's report, then the report whole: its title's h1 again and an h2 of its three authors' names.
    title = "Against the Round: Opinion Change in Round Debates"
    lead = ("This is my final project from my course; my collaborators and I asked why voters at Round "
            "Wiki's deletion forum change their minds.")
    prose = "<p>On Round Wiki, articles for deletion are debated for a week before an admin closes them.</p>"
    return (f"<html><head><meta name='description' content=\"{lead[:90]}...\"><title>{title} - "
            "round.example.com</title></head><body><div class='header-content'><h1 class='header-title'>"
            f"{title}</h1><p class='header-date'>By <a href='https://round.example.com/author/ada.html'>ada"
            "</a>, Mon 04 January 2016, in category <a href='/category/notes.html'>Research-notes</a>"
            f"</p></div><div class='container content'><p>{lead}</p><h1>{title}</h1>{names_heading}"
            f"<h1>Introduction</h1>{prose * 8}</div></body></html>")


def test_a_handles_byline_over_a_reprinted_paper_yields_to_the_papers_heading_of_names():
    url = "https://round.example.com/against-the-round.html"
    names = "<h2>Grace Hopper, Charles Babbage, and Ada Lovelace</h2>"
    paper = normalise_page(url, _reprinted_paper_post(names))
    assert paper.papers[0].authors == ["Grace Hopper", "Charles Babbage", "Ada Lovelace"]


def test_a_handles_byline_with_no_heading_of_names_under_the_title_is_read_as_it_is():
    url = "https://round.example.com/against-the-round.html"
    found = normalise_page(url, _reprinted_paper_post(""))
    assert found is None or not found.papers or found.papers[0].authors in (["ada"], None)


def _jekyll_lab_post(author: str, site: str) -> str:
    # The Fraternali Lab's Jekyll (Minimal Mistakes) post (round 144): author and article:author meta the
    # site's name, its og:site_name and the <title>'s tail, shown in the sidebar's author block; no byline.
    return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
            f'<title>Round cells rolled in a new study - {site}</title>'
            f'<meta name="author" content="{author}"><meta property="article:author" content="{author}">'
            f'<meta property="og:type" content="article"><meta property="og:site_name" content="{site}">'
            '<meta property="og:title" content="Round cells rolled in a new study">'
            '<meta property="article:published_time" content="2020-11-01T00:00:00+00:00"></head><body>'
            '<div class="sidebar"><div class="author__content">'
            f'<h3 class="author__name" itemprop="name">{author}</h3></div></div>'
            '<article class="page" itemscope itemtype="https://schema.org/CreativeWork">'
            '<meta itemprop="headline" content="Round cells rolled in a new study">'
            '<meta itemprop="datePublished" content="2020-11-01T00:00:00+00:00">'
            '<h1 id="page-title" class="page__title" itemprop="headline">'
            'Round cells rolled in a new study</h1>'
            '<section class="page__content"><p>Our collaboration with a round group has reached a new '
            'milestone '
            'with our new work, our first venture into measuring how far round cells roll on a slope. We '
            'applied a new estimate of their speed and analysed the transitions between the kinds of '
            'cells!</p>'
            '</section><p class="page__date"><strong>Updated:</strong> '
            '<time datetime="2020-11-01T00:00:00+00:00">'
            'November 1, 2020</time></p></article></body></html>')


def test_a_labs_site_name_as_the_author_meta_names_no_writer_of_the_post():
    paper = normalise_page("https://roundlab.github.io/round-cells/",
                           _jekyll_lab_post("Round Lab", "Round Lab")).papers[0]
    assert paper.authors is None


def test_a_persons_name_that_is_the_sites_name_stays_the_author_of_the_post():
    paper = normalise_page("https://roundlab.github.io/round-cells/",
                           _jekyll_lab_post("Ada Lovelace", "Ada Lovelace")).papers[0]
    assert paper.authors == ["Ada Lovelace"]


def _academic_pdf_button_page(buttons: str, rows: bool = True) -> str:
    # Source Themes Academic's paper page (IPMAI Lab's, round 144): the byline, the buttons under its heading
    # (its 'PDF' to doi.org), the 'Publication' row; the <title> the lab's name, no DOI meta, no abstract.
    row = ('<div class="row"><div class="col-12 col-md-3 pub-row-heading">Publication</div>'
           '<div class="col-12 col-md-9">Round Progress</div></div>') if rows else ''
    return ('<!DOCTYPE html><html lang="en-us"><head><meta charset="utf-8"><title>Round Lab</title>'
            '<meta name="generator" content="Source Themes Academic 4.6.3">'
            '<meta name="description" content="">'
            '<meta property="og:title" content="Round Net: rolling segmentation | Round Lab"></head><body>'
            '<div class="pub"><div class="article-container pt-3"><h1>Round Net: rolling segmentation</h1>'
            '<div class="article-metadata"><div><span><a href="/author/ada-round/">Ada Round</a></span>, '
            '<span><a href="/author/bo-round/">Bo Round</a></span></div></div>'
            f'<div class="btn-links mb-3">{buttons}</div></div>'
            f'<div class="article-container">{row}</div></div></body></html>')


_PDF_BUTTON = ('<a class="btn btn-outline-primary my-1 mr-1" '
               'href="https://doi.org/10.1177/00368504261419245" target="_blank" rel="noopener">PDF</a>')


def test_the_doi_a_labs_paper_pages_pdf_button_links_at_a_resolver_is_its_doi():
    paper = normalise_page("https://roundlab.github.io/publication/round-net/",
                           _academic_pdf_button_page(_PDF_BUTTON)).papers[0]
    assert (paper.title, paper.doi) == ("Round Net: rolling segmentation", "10.1177/00368504261419245")


def test_buttons_linking_two_dois_give_a_paper_page_neither():
    other = _PDF_BUTTON.replace("10.1177/00368504261419245", "10.1177/00368504261419246")
    other = other.replace(">PDF<", ">Paper<")
    found = normalise_page("https://roundlab.github.io/publication/round-net/",
                           _academic_pdf_button_page(_PDF_BUTTON + other))
    assert found is None or found.papers[0].doi is None


def _blox_structured_page(first: str) -> str:
    # Hugo Blox's paper page (Climate and Societal Analytics', round 144): its 'DOI' button, then the text the
    # paper's structured abstract, each section's label in bold; the description its first paragraph cut
    # short.
    described = first.replace("<strong>", "").replace("</strong>", "")[:200]
    return ('<!DOCTYPE html><html lang="en-us"><head><meta charset="utf-8">'
            '<title>Establishing round management | Round Analytics</title>'
            f'<meta name="description" content="{described}"><meta property="og:type" content="website">'
            '<meta property="og:title" content="Establishing round management | Round Analytics">'
            '<meta property="article:published_time" content="2024-08-07T15:22:17+00:00"></head><body>'
            '<div class="article-container pt-3"><h1>Establishing round management</h1>'
            '<div class="article-metadata"><div><span>Ada Round</span>, <span>Bo Round</span></div>'
            '<span class="article-date">Jun 1, 2023</span></div><div class="btn-links mb-3">'
            '<a class="btn btn-outline-primary btn-page-header" href="https://doi.org/10.2196/43646">DOI</a>'
            '</div></div><div class="article-container">'
            f'<div class="article-style"><p>{first}</p><p><strong>Methods</strong>: We rolled round things '
            'down a long slope many times and measured how far each one went.</p>'
            '<p><strong>Results</strong>: '
            'Round things rolled further than square ones did on every run.</p></div></div></body></html>')


_BACKGROUND = ("<strong>Background</strong>: To respond to the need to manage round things at the national "
               "institute, we explored and assessed the available sources of rolling data, developed a "
               "framework for reading them together, and defined when the institute should act on what they "
               "show.")


def test_a_paper_page_whose_text_is_its_structured_abstract_reads_it_as_the_abstract():
    paper = normalise_page("https://round.github.io/publications/journal-article/round/",
                           _blox_structured_page(_BACKGROUND)).papers[0]
    assert paper.abstract.startswith("Background: To respond to the need to manage round things")
    assert paper.abstract.endswith("on every run.")


def test_a_text_opening_without_a_structured_abstracts_label_is_no_abstract():
    plain = _BACKGROUND.replace("<strong>Background</strong>: ", "")
    found = normalise_page("https://round.github.io/publications/journal-article/round/",
                           _blox_structured_page(plain))
    assert found is None or not (found.papers[0].abstract or "").startswith("To respond to the need")


def _jekyll_news_post(og_title: str) -> str:
    # The Human-Centred Computing group's Jekyll news post (round 144, held out): og:title and twitter:title
    # the post's title written as a list of one quoted string, the h1 and the <title> the title itself.
    return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
            '<title>Journal paper accepted in Round Forum · Round Computing Group</title>'
            f'<meta property="og:title" content="{og_title}"><meta property="og:type" content="article">'
            '<meta property="article:published_time" content="2023-03-30T00:00:00+01:00">'
            '<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting",'
            '"datePublished":"2023-03-30T00:00:00+01:00","dateModified":"2023-03-30T00:00:00+01:00"}</script>'
            '</head><body><div class="post"><h1>Journal paper accepted in Round Forum</h1>'
            '<span class="date">March 2023</span><p>Our paper on how far round things roll has been accepted '
            'for publication in Round Forum, '
            'and was presented at the round meeting. In this paper, we present an analysis of rolling and '
            'evaluate several ways of measuring it on long slopes.</p></div></body></html>')


def test_a_meta_title_written_as_a_list_of_one_quoted_string_is_the_heading_it_quotes():
    page = _jekyll_news_post("[“Journal paper accepted in Round Forum”]")
    paper = normalise_page("https://round.github.io/news/2023/03/30/publications/", page).papers[0]
    assert paper.title == "Journal paper accepted in Round Forum"


def test_a_bracketed_meta_title_quoting_no_heading_is_not_unwrapped():
    page = _jekyll_news_post("[“Another round title”]")
    found = normalise_page("https://round.github.io/news/2023/03/30/publications/", page)
    assert found is None or found.papers[0].title != "Another round title"


def _academic_dated_paper_page(shown: str, published: str) -> str:
    # Source Themes Academic's paper page (the ART lab's, round 144, held out): the byline's span.article-date
    # the paper's month, article:published_time the page's making, the labelled 'Type' and 'Publication' rows.
    return ('<!DOCTYPE html><html lang="en-us"><head><meta charset="utf-8">'
            '<title>A round friction model | Round Lab</title>'
            '<meta property="og:title" content="A round friction model | Round Lab">'
            f'<meta property="article:published_time" content="{published}T00:00:00+00:00"></head><body>'
            '<div class="pub"><div class="article-container pt-3"><h1>A round friction model</h1>'
            '<div class="article-metadata"><div><span><a href="/author/ada-round/">Ada Round</a></span>, '
            '<span><a href="/author/bo-round/">Bo Round</a></span></div>'
            f'<span class="article-date">{shown}</span></div>'
            '<div class="btn-links"><a class="btn btn-outline-primary" '
            'href="https://doi.org/10.1016/j.round.2022.112104">DOI</a></div></div>'
            '<div class="article-container">'
            '<div class="row"><div class="col-12 col-md-3 pub-row-heading">Type</div>'
            '<div class="col-12 col-md-9">Journal article</div></div>'
            '<div class="row"><div class="col-12 col-md-3 pub-row-heading">Publication</div>'
            '<div class="col-12 col-md-9">Round Engineering and Design</div></div></div></div></body></html>')


def test_a_labs_paper_page_is_dated_by_its_bylines_month_over_a_meta_day_outside_it():
    page = _academic_dated_paper_page("January 2023", "2022-12-05")
    paper = normalise_page("https://round.example.edu/lab/publication/round/", page).papers[0]
    assert paper.published == "2023-01"


def test_a_labs_paper_page_keeps_the_meta_day_inside_its_bylines_month():
    page = _academic_dated_paper_page("January 2023", "2023-01-17")
    paper = normalise_page("https://round.example.edu/lab/publication/round/", page).papers[0]
    assert paper.published == "2023-01-17"


def _bare_academic_paper_page(shown: str, published: str, modified: str) -> str:
    # Source Themes Academic 4.8.0's paper page whose front matter set no rows, abstract or buttons (round
    # 233: Roma Poberejsky's work in progress): div.pub around the h1 and the metadata line alone,
    # article:published_time the theme's default day, modified_time the first of the month shown.
    return ('<!DOCTYPE html><html lang="en-us"><head><meta charset="utf-8">'
            '<title>The round mark of foreclosure | Ada Round</title>'
            '<meta property="og:title" content="The round mark of foreclosure | Ada Round">'
            '<meta name="author" content="Ada Round">'
            f'<meta property="article:published_time" content="{published}T00:00:00+00:00">'
            f'<meta property="article:modified_time" content="{modified}T00:00:00+00:00"></head><body>'
            '<div class="pub"><div class="article-container pt-3"><h1>The round mark of foreclosure</h1>'
            '<div class="article-metadata"><div><span>Ada Round</span></div>'
            f'<span class="article-date">{shown}</span></div></div>'
            '<div class="article-container"><div class="article-style"></div>'
            '<div class="media author-card content-widget-hr"><div class="media-body">'
            '<h5 class="card-title"><a href="https://round.github.io">Ada Round</a></h5></div></div>'
            '</div></div></body></html>')


def test_a_bare_academic_paper_page_is_dated_by_its_month_over_the_themes_earlier_default_day():
    page = _bare_academic_paper_page("August 2020", "2017-01-01", "2020-08-01")
    paper = normalise_page("https://round.github.io/publication/foreclosure/", page).papers[0]
    assert paper.title == "The round mark of foreclosure"
    assert paper.published == "2020-08"


def _quarto_post(description: str = "A post that is little more than notes on a model I want to understand",
                 og: str = "", closing: str = "", meta_description: str = "") -> str:
    # Quarto's blog template (round 145: Tristan Mahr's, Danielle Navarro's, Michael DeWitt's blogs): the
    # <title> the blog's name before the post's, header#title-block-header with the h1.title, div.description
    # and the labelled cells "Author" and "Published"; no citation meta; an Open Graph title only where asked.
    prose = ("<p>The Round model is often used in exposure-response analyses, and is based on the Hill "
             "equation that relates the concentration of a drug to the effect it has on the body.</p>")
    return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>my round blog - Notes on the '
            'Round model</title><meta name="author" content="Round Navarro">'
            '<meta name="dcterms.date" content="2024-01-09">'
            f'<meta name="description" content="{meta_description or description}">{og}</head><body>'
            '<nav class="navbar"><a class="navbar-brand" href="../../index.html">my round blog</a></nav>'
            '<header id="title-block-header" class="quarto-title-block default">'
            '<div class="quarto-title-banner">'
            '<div class="quarto-title column-body"><h1 class="title">Notes on the Round model</h1>'
            f'<div><div class="description">{description}</div></div>'
            '<div class="quarto-categories"><div class="quarto-category">Pharmacometrics</div></div>'
            '</div></div>'
            '<div class="quarto-title-meta"><div><div class="quarto-title-meta-heading">Author</div>'
            '<div class="quarto-title-meta-contents"><p>Round Navarro</p></div></div>'
            '<div><div class="quarto-title-meta-heading">Published</div>'
            '<div class="quarto-title-meta-contents"><p class="date">January 9, 2024</p></div></div></div>'
            f'</header><main class="content">{prose * 3}{closing}</main></body></html>')


def test_a_quarto_post_whose_open_graph_title_copies_its_tab_is_dated_by_its_title_block():
    # Michael DeWitt's blog (round 145): read whole with no meta, it gave no record with Open Graph alone,
    # og:title the <title>'s copy (the blog's name before the heading) and no date meta: the Open Graph
    # title kept the title block's reader away (scripts/fidelity --mixes, worse than none).
    og = ('<meta property="og:title" content="my round blog - Notes on the Round model">'
          '<meta property="og:site-name" content="my round blog">')
    page = _quarto_post(og=og).replace('<meta name="dcterms.date" content="2024-01-09">', "")
    paper = normalise_page("https://round.github.io/blog/posts/2024-01-09-round/", page).papers[0]
    assert (paper.title, paper.authors, paper.published) == (
        "Notes on the Round model", ["Round Navarro"], "2024-01-09")


def test_the_published_cell_of_a_quarto_title_block_dates_its_heading_a_post_without_meta():
    # Tristan Mahr's blog (round 145): no Open Graph or citation meta names the title the <title> repeats.
    paper = normalise_page("https://round.github.io/blog/posts/2024-01-09-round/", _quarto_post()).papers[0]
    assert (paper.title, paper.authors, paper.published) == (
        "Notes on the Round model", ["Round Navarro"], "2024-01-09")


def test_a_quarto_title_block_without_a_published_day_makes_no_dated_post():
    page = _quarto_post().replace('<div class="quarto-title-meta-heading">Published</div>',
                                  '<div class="quarto-title-meta-heading">Modified</div>')
    found = normalise_page("https://round.github.io/blog/posts/2024-01-09-round/", page)
    assert found is None or found.papers[0].published != "2024-01-09"


def test_the_description_line_of_a_quarto_title_block_is_the_posts_summary():
    # Michael DeWitt's blog (round 145): the description meta is the blog's tagline, the summary shown only
    # in the title block; Danielle Navarro's: the text closes with a 'Summary' section of its own.
    summary = ("In this section I replicate some state space poll modeling that others used in a few "
               "scenarios.")
    closing = ("<section><h2>Summary</h2><p>Okay, so now the Round model makes more sense to me, and that is "
               "all I was aiming for when I sat down to write this post about it.</p></section>")
    page = _quarto_post(summary, og='<meta property="og:title" content="Notes on the Round model">',
                        closing=closing,
                        meta_description="A blog exploring infectious diseases and statistics.")
    paper = normalise_page("https://round.net/posts/2024-01-09-round/", page).papers[0]
    assert paper.abstract == summary


def test_a_quarto_papers_citation_meta_keeps_its_own_abstract_over_the_description_line():
    # Computo's articles (rounds 72 onwards): citation_abstract names the paper's abstract, the description
    # line under the title another summary.
    abstract = ("We propose a new method for simulating individual-based models of populations, and show "
                "how it scales to large populations with many interacting individuals over long periods.")
    meta = (f'<meta name="citation_title" content="Notes on the Round model">'
            f'<meta name="citation_author" content="Round Navarro">'
            f'<meta name="citation_publication_date" content="2024-01-09">'
            f'<meta name="citation_abstract" content="{abstract}">')
    page = _quarto_post("This document provides a full description of the models the package implements.",
                        og=meta)
    paper = normalise_page("https://computo.round.org/published-202401-round/", page).papers[0]
    assert paper.abstract == abstract


def test_the_published_cells_of_a_quarto_title_block_are_read_in_linear_time():
    def reading(size: int):
        cells = '<div><div class="quarto-title-meta-heading">Affiliation</div><div>Round U</div></div>' * size
        meta = '<div class="quarto-title-meta">'
        page = _quarto_post().replace(meta, meta + cells)
        return lambda: normalise_page("https://round.github.io/blog/posts/2024-01-09-round/", page)

    assert_linear_time(reading, 2000)


def _banner_blog_post(contact: str) -> str:
    # The Delphi Blog's blogdown theme (round 145): no meta at all; the blog's h1 and its motto h2 in the
    # page's header; in the article a <time> over the post's h1, then a line of the writers' names.
    prose = ("<p>One of our primary initiatives has been to curate a diverse set of data streams, and to "
             "make them freely available through our API for researchers, public health officials and all "
             "other decision-makers alike.</p>")
    return ('<!DOCTYPE html><html lang="en-us"><head><meta charset="utf-8"><title>Accessing Round Data via '
            'the Round API | The Round Blog</title></head><body><header><div class="banner">'
            '<h1>The Round Blog</h1>'
            '<h2>News, findings, and musings from the epidemic tracking and forecasting team.</h2></div>'
            '</header><div id="content"><div class="article-content"><time>October 7, 2020</time>'
            f'<h1>Accessing Round Data via the Round API</h1>{contact}<ul class="social"><li><a href="/s">'
            f'Share</a></li></ul>{prose * 3}</div></div></body></html>')


def test_a_line_of_names_in_a_span_alone_under_the_heading_names_the_posts_writers():
    page = _banner_blog_post('<div class="contact"><span>Kathryn Roundis and Alex Reinround</span></div>')
    paper = normalise_page("https://round.cmu.edu/blog/2020/10/07/accessing-round-data/", page).papers[0]
    assert (paper.title, paper.authors, paper.published) == (
        "Accessing Round Data via the Round API", ["Kathryn Roundis", "Alex Reinround"], "2020-10-07")


def test_a_span_beside_other_words_under_the_heading_names_no_writers():
    page = _banner_blog_post('<div class="contact">Posted by <span>the Round team</span></div>')
    paper = normalise_page("https://round.cmu.edu/blog/2020/10/07/accessing-round-data/", page).papers[0]
    assert paper.authors is None


def test_the_motto_under_a_sites_banner_heading_is_no_dek_of_the_piece_below():
    page = _banner_blog_post('<div class="contact"><span>Kathryn Roundis and Alex Reinround</span></div>')
    paper = normalise_page("https://round.cmu.edu/blog/2020/10/07/accessing-round-data/", page).papers[0]
    assert paper.abstract is None


def test_a_quarto_post_under_a_subtitled_heading_the_tab_repeats_is_dated_by_its_published_cell():
    # A Rogue Historian (round 145): no author meta; the <title> the heading alone, the subtitle under it.
    page = _quarto_post().replace('<h1 class="title">Notes on the Round model</h1>',
                                  '<h1 class="title">Notes on the Round model</h1>'
                                  '<p class="subtitle lead">Spatial data with the round packages</p>')
    page = page.replace("<title>my round blog - Notes on the Round model</title>",
                        "<title>Notes on the Round model – A Round Historian</title>")
    paper = normalise_page("https://www.round.com/post/round-model/", page).papers[0]
    assert (paper.title, paper.published) == (
        "Notes on the Round model: Spatial data with the round packages", "2024-01-09")


def _branded_post(brand: str, href: str = "../../index.html") -> str:
    # Quarto's navbar (A Rogue Historian, round 145): the brand the owner's name, linking to the site's home;
    # the <title> the post's heading and the site's name in words; no author meta, no byline.
    page = _quarto_post().replace('<meta name="author" content="Round Navarro">', "")
    page = page.replace('<div><div class="quarto-title-meta-heading">Author</div>'
                        '<div class="quarto-title-meta-contents"><p>Round Navarro</p></div></div>', "")
    page = page.replace('<a class="navbar-brand" href="../../index.html">my round blog</a>',
                        f'<a class="navbar-brand" href="{href}">'
                        f'<span class="navbar-title">{brand}</span></a>')
    return page.replace("<title>my round blog - Notes on the Round model</title>",
                        "<title>Notes on the Round model – A Round Historian</title>")


def test_the_navbar_brand_naming_a_person_names_the_writer_of_a_post_without_a_byline():
    page = _branded_post("Jesse Roundler")
    paper = normalise_page("https://www.round.com/post/round-model/", page).papers[0]
    assert paper.authors == ["Jesse Roundler"]


def test_a_navbar_brand_of_words_or_linking_elsewhere_names_no_writer():
    # …nor a brand that is the site's name the <title> gives (a Pelican theme's 'Round Perambulations').
    for page in (_branded_post("Notes on Round Things"),
                 _branded_post("Jesse Roundler", href="https://elsewhere.org/"),
                 _branded_post("Round Historian")):
        paper = normalise_page("https://www.round.com/post/round-model/", page).papers[0]
        assert paper.authors is None


def test_a_navbar_brand_the_sites_name_holds_in_the_possessive_names_the_writer():
    # Jifeng Wu's Hexo Fluid site (round 218, held out; 2025): the brand 'Jifeng Wu' linking home, the
    # <title> the post's heading and "… - Jifeng Wu's Personal Website": the site is named for the brand's
    # person, no site's name of those two words.
    page = _branded_post("Jesse Roundler").replace(
        "<title>Notes on the Round model – A Round Historian</title>",
        "<title>Notes on the Round model - Jesse Roundler's Personal Website</title>")
    paper = normalise_page("https://www.round.com/post/round-model/", page).papers[0]
    assert paper.authors == ["Jesse Roundler"]


def test_a_navbar_brand_the_sites_name_holds_otherwise_or_in_anothers_possessive_names_no_writer():
    # The brand the site's name, or inside it but not its possessive ('Round Historian Notes'), or the
    # possessive another name's ("Jesse Roundler Smith's Website"): as before, no writer.
    for tab in ("Notes on the Round model - Jesse Roundler Notes",
                "Notes on the Round model - Jesse Roundler Smith's Website",
                "Notes on the Round model - Jesse Roundler's Personal Round Website"):
        page = _branded_post("Jesse Roundler").replace(
            "<title>Notes on the Round model – A Round Historian</title>", f"<title>{tab}</title>")
        paper = normalise_page("https://www.round.com/post/round-model/", page).papers[0]
        assert paper.authors is None, tab


def _rmarkdown_distill_paper(front_matter: str) -> str:
    # The distill package's R Markdown article (Brian Weatherson's papers, round 145): the record as JSON in
    # script#distill-front-matter, div.d-title with the h1 and the abstract, div.d-byline as a run of text;
    # one article:author meta, no citation meta.
    abstract = ("Since interest-relative invariantism was introduced into contemporary epistemology, it has "
                "been criticised on a number of fronts. This paper responds to six different criticisms.")
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>Round Weatherson: Defending Round '
            'Invariantism</title><meta name="generator" content="distill">'
            f'<meta name="description" content="{abstract}">'
            '<meta property="article:published" itemprop="datePublished" content="2011-01-01">'
            '<meta property="article:author" content="Round Weatherson"></head><body>'
            f'<script id="distill-front-matter" type="text/json">{front_matter}</script>'
            '<div class="d-title"><h1>Defending Round Invariantism</h1>'
            f'<p>{abstract}</p></div><div class="d-byline">Round Weatherson '
            '<a href="http://round.org" class="uri">http://round.org</a> (University of Round)'
            '<br />January 1 2011</div><div class="d-article"><p>' + _INTEREST_RELATIVITY * 4
            + '</p></div></body></html>')


_INTEREST_RELATIVITY = ("In recent years a number of authors have defended the interest-relativity of "
                        "knowledge and justification, and views of this form are floated by many. ")


def test_the_front_matter_of_an_rmarkdown_distill_article_names_its_authors_and_doi():
    front = ('{"title":"Defending Round Invariantism","doi":"10.5840/round2011248","authors":[{"author":'
             '"Round Weatherson","affiliation":"University of Round"}],'
             '"publishedDate":"2011-01-01T00:00:00.000-05:00"}')
    paper = normalise_page("http://round.org/html-papers/posts/2021-01-03-defending/",
                           _rmarkdown_distill_paper(front)).papers[0]
    assert (paper.title, paper.authors, paper.doi, paper.published) == (
        "Defending Round Invariantism", ["Round Weatherson"], "10.5840/round2011248", "2011")


_HEAD_BLOCK_STORY = (
    # BCM (2011, round 146): no meta but empty ones; the <title> the site's name, ' :: ' and the headline;
    # div#doc_head's h1 linking the section, div.date0 '27.11.2011 23:17', the photo and its caption, then
    # div#doc_body opening with the h2 and a div of text parted by line breaks.
    '<html><head><title>NEWS.ROUND.RU :: Учёные выяснили, что цвет продуктов полезен</title></head><body>'
    '<div id="doc_head"><h1><a href="medicine">Медицина и здоровье</a></h1><div class="{day_class}">'
    '27.11.2011 23:17</div><div class="img0"><img src="/r.jpg"></div><p class="alt">Учёные выяснили. Фото с '
    'сайта round.ru</p></div><div id="doc_body"><h2>Учёные выяснили, что цвет продуктов полезен</h2><div>'
    + "В результате проведённых исследований группа учёных из Японии выяснила, что те или иные полезные "
      "свойства продуктов можно определить по их цвету. Соотношение полезности продуктов и их цвета "
      "исследователи выясняли на примере фруктовых и овощных соков.<br />&nbsp;<br />"
      * 3
    + "</div></div></body></html>")


def test_a_day_classed_in_the_head_block_over_the_block_its_heading_opens_makes_a_metaless_page_a_record():
    paper = normalise_page("http://news.round.ru/medicine/2011/11/27/1/1",
                           _HEAD_BLOCK_STORY.replace("{day_class}", "date0")).papers[0]
    assert (paper.title, paper.published) == ("Учёные выяснили, что цвет продуктов полезен", "2011-11-27")
    assert not paper.authors
    # A line no class calls the date says nothing there: the head block's lines may be any words.
    found = normalise_page("http://news.round.ru/medicine/2011/11/27/1/1",
                           _HEAD_BLOCK_STORY.replace("{day_class}", "img1"))
    assert found is None or not found.papers or found.papers[0].published != "2011-11-27"


_NEWS_TITLE_STORY = (
    # Sina Hong Kong (2012, round 146): a title meta and description only; an empty h1; div#news_title alone
    # in div.contentPageContentTitle, then div.contentPageContentSubTitle '2012-01-16 法制晚報' (the day and
    # the paper the story is from), share buttons, then div#news_text's paragraphs parted by line breaks, each
    # part closed by its reporter's credit line.
    '<html><head><title>網癮傷害大腦引爭議 支持者稱此研究具有突破性 - 圓網 - 新聞</title>'
    '<meta name="title" content="網癮傷害大腦引爭議 支持者稱此研究具有突破性 - 圓網 - 新聞" /></head><body>'
    '<div><h1></h1></div><div class="contentPageContentTitle"><div id="news_title">網癮傷害大腦引爭議 '
    '支持者稱此研究具有突破性</div></div><div class="contentPageContentSubTitle">{line}</div>'
    '<div id="nwContentShare"><img src="/fb.gif" alt="分享"></div><div id="news_text">'
    + "  中國科學院的一項研究得出結論，正如海洛因或者酒精一樣，過度沉溺于網癮傷害青少年的大腦。"
      "這項發現立即在全世界引起轟動，一位英國心理學家聲稱該研究成果具有突破性意義。<br /><br />" * 3
    + "  {first}<br /><br />  <br /><b>馬上就訪</b><br /><br />"
    + "  那麼，上網成癮在我國是否算精神疾病呢？上午，北京軍區總醫院網絡成癮治療中心主任陶然說，"
      "我國首部網絡成癮診斷標准剛于2011年11月份通過批准。<br /><br />" * 2
    + "  {second}<br /><br /></div></body></html>")


def test_a_headline_identified_as_the_news_title_alone_in_its_wrapper_is_dated_by_the_subtitle_line_after():
    page = (_NEWS_TITLE_STORY.replace("{line}", "2012-01-16 法制晚報")
            .replace("{first}", "").replace("{second}", ""))
    paper = normalise_page("http://news.round.com.hk/news/9/1/1/2551339/1.html", page).papers[0]
    assert (paper.title, paper.published) == ("網癮傷害大腦引爭議 支持者稱此研究具有突破性", "2012-01-16")
    assert not paper.abstract  # the dateline is no dek
    # A subtitle of words, not a day, dates nothing.
    found = normalise_page("http://news.round.com.hk/news/9/1/1/2551339/1.html",
                           page.replace("2012-01-16 法制晚報", "支持者稱此研究具有突破性意義"))
    assert found is None or not found.papers or found.papers[0].published != "2012-01-16"


def test_reporters_credited_on_lines_closing_the_parts_of_a_chinese_story_are_its_writers():
    page = (_NEWS_TITLE_STORY.replace("{line}", "2012-01-16 法制晚報")
            .replace("{first}", "編譯/記者 楊錚").replace("{second}", "文/記者 範維"))
    paper = normalise_page("http://news.round.com.hk/news/9/1/1/2551339/1.html", page).papers[0]
    assert (paper.authors, paper.published) == (["楊錚", "範維"], "2012-01-16")
    # A sentence of the text that names a reporter credits nobody.
    page = (_NEWS_TITLE_STORY.replace("{line}", "2012-01-16 法制晚報")
            .replace("{first}", "本報記者楊錚昨日走訪了北京軍區總醫院的網絡成癮治療中心。")
            .replace("{second}", ""))
    paper = normalise_page("http://news.round.com.hk/news/9/1/1/2551339/1.html", page).papers[0]
    assert not paper.authors


def test_a_long_text_is_read_for_its_reporters_credit_lines_in_linear_time():
    def reading(size: int):
        page = (_NEWS_TITLE_STORY.replace("{line}", "2012-01-16 法制晚報").replace("{first}", "")
                .replace("{second}", "<br />".join(["文/記者"] * size)))
        return lambda: normalise_page("http://news.round.com.hk/news/9/1/1/2551339/1.html", page)

    assert_linear_time(reading, 8000)


_SECTIONED_TAB_STORY = (
    # Radio New Zealand (2012, round 146): no meta; the <title> the site's name, its sections and the headline
    # parted by spaced colons; the masthead's h1, breadcrumbs, the h2, p.posted 'Updated at  8:16 pm on 10
    # January 2012', a first paragraph wholly in bold, then the text.
    '<html><head><title>Round Radio : News : National : {title}</title></head><body><h1><a href="/">Round '
    'Radio - Te Reo</a></h1><p class="breadcrumbs"><a href="/">Home</a> » News » {title}</p>'
    '<h2>{title}</h2><p class="{line_class}">Updated at  8:16 pm on 10 January 2012</p>'
    "<p><strong>A new study suggests efforts to reduce the round epidemic are being scuppered by governments "
    "favouring the food industry.</strong></p>"
    + "<p>The Otago University study of 313 submissions to the Health Select Committee into Obesity and "
      "Type 2 diabetes found that both governments gave more backing to food companies than to public "
      "health. A research fellow says the rise in weight-related health problems is costly to "
      "taxpayers.</p>" * 3
    + "</body></html>")


def test_a_heading_the_tab_gives_after_the_sites_name_and_sections_dated_by_its_posted_line_is_a_record():
    title = "Nutrition policy favours food industry, study finds"
    page = _SECTIONED_TAB_STORY.replace("{title}", title).replace("{line_class}", "posted")
    paper = normalise_page("http://www.round.co.nz/news/national/1/nutrition", page).papers[0]
    assert (paper.title, paper.published) == (title, "2012-01-10")
    assert paper.abstract.startswith("A new study suggests")
    # A line no class calls the posting or the date dates nothing there.
    found = normalise_page("http://www.round.co.nz/news/national/1/nutrition",
                           page.replace('class="posted"', 'class="intro"'))
    assert found is None or not found.papers or found.papers[0].published != "2012-01-10"
    # A <title> whose parts before the heading are no short names is no site's name and sections.
    page = _SECTIONED_TAB_STORY.replace("{line_class}", "posted").replace(
        "Round Radio : News : National : {title}",
        "What the long study of nutrition found : and what it did not find : {title}",
    ).replace("{title}", title)
    found = normalise_page("http://www.round.co.nz/news/national/1/nutrition", page)
    assert found is None or not found.papers or found.papers[0].published != "2012-01-10"


def _bootstrap3_post(author: str = "Ada Lovelace", footer: str = "&copy; 2020 Ada Lovelace",
                     description: str = "", prose: str = "") -> str:
    # Pelican's pelican-bootstrap3 theme (Kan-Hua Lee's blog and Theory And Practice, round 147): no .hentry
    # and no .entry-title; the post's h1 holds the one rel=bookmark link, footer.post-info the one
    # span.published around a <time>; the writer only in the author meta and the footer's copyright line.
    prose = prose or "<p>Rays bend at each lens surface by Snell's law, traced one surface at a time.</p>" * 3
    described = "" if not description else (
        f"<meta name='description' content=\"{description}\"><meta property='og:description' "
        f"content=\"{description}\"><meta property='og:type' content='article'>")
    return ("<html><head><title>Round Lenses - Round Notes</title>"
            f"<meta name='author' content='{author}'>{described}</head><body>"
            "<div class='navbar'><a href='/' class='navbar-brand'>Round Notes</a></div>"
            "<section id='content'><article><header class='page-header'><h1>"
            "<a href='/round-lenses.html' rel='bookmark' title='Permalink to Round Lenses'>Round Lenses</a>"
            "</h1></header><div class='entry-content'><div class='panel'><div class='panel-body'>"
            "<footer class='post-info'><span class='label'>Date</span><span class='published'>"
            "<time datetime='2020-03-09T21:00:00+09:00'> Mon 09 March 2020</time></span></footer></div></div>"
            f"{prose}</div></article></section><footer><div class='container'>{footer}"
            " &middot; Powered by Pelican</div></footer></body></html>")


def test_a_post_whose_heading_holds_its_permalink_beside_one_published_day_is_the_pages_one_entry():
    # Kan-Hua Lee's blog (round 147, 2020): the h1 holding the one rel=bookmark link is the entry's title, as
    # an .entry-title would be, and span.published dates it.
    paper = normalise_page("https://round.example.io/round-lenses.html", _bootstrap3_post()).papers[0]
    assert (paper.title, paper.published) == ("Round Lenses", "2020-03-09")


def test_a_page_of_several_permalinks_beside_one_published_day_is_no_one_entry():
    # A listing's headings each hold a permalink: no one heading is the entry's.
    page = _bootstrap3_post().replace(
        "<div class='entry-content'>",
        "<h2><a href='/other.html' rel='bookmark'>Other Lenses</a></h2><div class='entry-content'>")
    found = normalise_page("https://round.example.io/index.html", page)
    assert found is None or not found.papers or found.papers[0].title != "Round Lenses"


def test_a_permalinked_heading_and_its_published_day_are_found_in_linear_time():
    def normalising(size):
        page = _bootstrap3_post(prose="<p><span>a</span></p>" * size)
        return lambda: normalise_page("https://round.example.io/round-lenses.html", page)

    found = assert_linear_time(normalising, 4000)
    assert found.papers[0].title == "Round Lenses"


def test_the_footers_copyright_holder_whom_the_author_meta_names_is_the_posts_writer():
    # Kan-Hua Lee's blog ('Kan-Hua Lee', '© 2020 Kan-Hua Lee'), Dion Häfner's ('Dion', '© Dion Häfner
    # 2016–Inf') and Theory And Practice ('cranmer', '© 2026 Kyle Cranmer'), round 147: the whole name, the
    # given name or the handle in the meta, the whole name in the footer.
    for author, footer in (("Ada Lovelace", "&copy; 2020 Ada Lovelace"),
                           ("Ada", "&copy; Ada Lovelace 2016&ndash;Inf"),
                           ("lovelace", "&copy; 2026 Ada Lovelace")):
        page = _bootstrap3_post(author=author, footer=footer)
        paper = normalise_page("https://round.example.io/round-lenses.html", page).papers[0]
        assert paper.authors == ["Ada Lovelace"], (author, footer)


def test_a_footers_copyright_holder_the_author_meta_does_not_name_is_no_writer():
    for author, footer in (("Charles", "&copy; 2020 Ada Lovelace"),
                           ("Ada Lovelace", "&copy; 2020 Round Publishing Group"),
                           ("Ada", "Powered by Pelican")):
        page = _bootstrap3_post(author=author, footer=footer)
        found = normalise_page("https://round.example.io/round-lenses.html", page)
        assert found is None or not found.papers or found.papers[0].authors != ["Ada Lovelace"]


def test_a_description_cut_from_the_texts_first_blocks_joined_is_the_posts_teaser():
    # Theory And Practice (round 147, 2014): Pelican's summary, the text's first two paragraphs joined and cut
    # short, is the post's teaser, not an abstract; so is Dion Häfner's, a contents list and a paragraph.
    prose = ("<p>This weekend's project was a fun one!</p><p>Update: since the first post the rays bend at"
             " each lens surface by Snell's law, traced one surface at a time.</p>"
             "<p>The aberrations follow from the traced rays.</p>")
    description = "This weekend's project was a fun one! Update: since the first post the rays bend at each…"
    page = _bootstrap3_post(description=description, prose=prose)
    paper = normalise_page("https://round.example.io/round-lenses.html", page).papers[0]
    assert paper.abstract is None


def test_a_description_whose_words_go_on_otherwise_than_the_texts_blocks_is_not_their_opening():
    # The first paragraph opens the description, the next block goes on otherwise: not the blocks' opening;
    # nor is a single paragraph's (told by the paragraph's own test), nor blocks that say less than it.
    page = parse_page("<html><body><div><p>This weekend's project was a fun one!</p><p>Update: since the"
                      " first post the rays bend at each lens surface by Snell's law.</p></div>"
                      "</body></html>")
    assert opens_over_its_blocks(page, "This weekend's project was a fun one! Update: since the first post…")
    for description in ("This weekend's project was a fun one! A two-dimensional ray tracer for lenses…",
                        "This weekend's project was a fun…",
                        "This weekend's project was a fun one! Update: since the first post the rays bend at"
                        " each lens surface by Snell's law. And then the aberrations follow from the rays…"):
        assert not opens_over_its_blocks(page, description), description


def test_a_description_over_the_texts_first_blocks_is_told_in_linear_time():
    description = "This weekend's project was a fun one! Update: since the first post the rays bend at each…"

    def normalising(size):
        prose = ("<p>This weekend's project was a fun one!</p><p>Update: since the first post the rays bend"
                 " at each lens surface.</p>" + "<div><p><span>a</span></p></div>" * size)
        page = _bootstrap3_post(description=description, prose=prose)
        return lambda: normalise_page("https://round.example.io/round-lenses.html", page)

    found = assert_linear_time(normalising, 4000)
    assert found.papers[0].abstract is None


def _quarto_subtitled_post(described: str) -> str:
    # Quarto's title block (alex hayes's post, round 147, 2022): h1.title, then p.subtitle.lead; og:title and
    # the <title> the h1 and the site's name; the description the subtitle's words, or others.
    return ("<html><head><title>round testing by example – round notes</title>"
            "<meta name='author' content='Ada Lovelace'><meta name='dcterms.date' content='2022-11-02'>"
            "<meta property='og:title' content='round testing by example – round notes'>"
            f"<meta property='og:description' content='{described}'>"
            f"<meta name='description' content='{described}'></head><body><header id='title-block-header'>"
            "<h1 class='title'>round testing by example</h1>"
            "<p class='subtitle lead'>some pointers on what goes right and wrong</p>"
            "<div class='quarto-title-meta'><div>Author</div><p>Ada Lovelace</p><div>Published</div>"
            "<p class='date'>November 2, 2022</p></div></header><main>"
            + "<p>Six sequences of coin flips, one of them made by a person: which one?</p>" * 3
            + "</main></body></html>")


def test_a_posts_subtitle_line_its_description_repeats_is_no_part_of_its_title():
    page = _quarto_subtitled_post("some pointers on what goes right and wrong")
    paper = normalise_page("https://round.example.com/post/round-testing/", page).papers[0]
    assert paper.title == "round testing by example"
    assert paper.abstract == "some pointers on what goes right and wrong"


def test_a_subtitle_line_the_description_does_not_repeat_stays_part_of_the_title():
    page = _quarto_subtitled_post("Six sequences of coin flips and the tests that tell them apart, worked.")
    paper = normalise_page("https://round.example.com/post/round-testing/", page).papers[0]
    assert paper.title == "round testing by example: some pointers on what goes right and wrong"


_ROUND_BLOX_PAPER = "https://round-lab.github.io/publications/round-2023/"


def _blox_tailwind_paper_page(links: str) -> str:
    # A lab's paper page of Hugo Blox's later layout (0.4, Tailwind; ConsHerpLab's, round 148): no labelled
    # rows, the h1, a metadata line of the day and the authors, then the work's links as
    # a.hb-attachment-link; og:title with the site's name, article:published_time, no citation meta.
    return ('<!DOCTYPE html><html lang="en-us"><head><meta charset="utf-8">'
            '<meta name="generator" content="Hugo Blox Builder 0.4.1">'
            '<title>Round vipers warm slowly | Round Lab</title>'
            '<meta property="og:title" content="Round vipers warm slowly | Round Lab">'
            '<meta property="og:type" content="article"><meta property="article:published_time" '
            'content="2023-03-01T00:00:00+00:00"></head><body><article><main>'
            '<h1 class="mt-2 text-4xl font-bold">Round vipers warm slowly</h1><div class="mt-4 mb-16">'
            '<div class="text-sm flex"><span class="mr-1">Mar 1, 2023</span><span class="mx-1">·</span>'
            '<div class="group inline-flex"><div>Round, D.</div></div></div>'
            f'<div class="mt-3"><div>{links}</div></div></div></main></article></body></html>')


def test_the_doi_a_blox_paper_pages_attachment_link_names_is_its_doi_without_rows():
    link = ('<a class="hb-attachment-link hb-attachment-large" href="https://doi.org/10.1093/zoolinnean/zlac091">'
            'Source Document</a>')
    found = normalise_page(_ROUND_BLOX_PAPER, _blox_tailwind_paper_page(link))
    assert found.papers[0].doi == "10.1093/zoolinnean/zlac091"


def test_a_blox_attachment_link_to_a_data_sets_doi_names_no_doi_of_the_paper():
    link = '<a class="hb-attachment-link" href="https://doi.org/10.5061/dryad.round">Dataset</a>'
    found = normalise_page(_ROUND_BLOX_PAPER, _blox_tailwind_paper_page(link))
    assert found is None or found.papers[0].doi is None


@pytest.mark.parametrize("words", ["View Online", "Read online", "Full text", "Publisher's version"])
def test_a_blox_attachment_link_saying_it_opens_the_work_online_names_its_doi(words):
    # Round 208 (Han Zhang's Hugo Blox 0.9.0 page): the paper's own link, a front matter's custom link,
    # labelled 'View Online' after its icon and pointing at the DOI's resolver, is the paper as 'Source
    # Document' or 'DOI' is.
    link = ('<a class="hb-attachment-link hb-attachment-large" href="https://doi.org/10.1177/0081175019860244">'
            f'<svg viewBox="0 0 24 24"><path d="M13 8"/></svg>\n      {words}</a>')
    found = normalise_page(_ROUND_BLOX_PAPER, _blox_tailwind_paper_page(link))
    assert found.papers[0].doi == "10.1177/0081175019860244"


def test_a_blox_attachment_link_to_a_data_sets_doi_viewed_online_names_no_doi_of_the_paper():
    links = ('<a class="hb-attachment-link" href="https://doi.org/10.5061/dryad.round">Dataset</a>'
             '<a class="hb-attachment-link" href="https://doi.org/10.5061/dryad.round2">View Code</a>')
    found = normalise_page(_ROUND_BLOX_PAPER, _blox_tailwind_paper_page(links))
    assert found is None or found.papers[0].doi is None


def _papermod_paper_page(published: str) -> str:
    # A lab's paper page of Hugo's PaperMod theme (the Computational Uncertainty Lab's, round 148): the span
    # of div.post-meta the month as the page shows it, its title the front matter's datetime;
    # article:published_time that datetime; a JSON-LD BlogPosting; h5 'Abstract' and its paragraph.
    return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
            '<title>Round forecasts of a round outbreak | Round Lab</title>'
            '<meta name="author" content="Ada Round, Bo Round">'
            '<meta property="og:title" content="Round forecasts of a round outbreak">'
            '<meta property="og:type" content="article">'
            f'<meta property="article:published_time" content="{published}T00:00:00+00:00">'
            '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "BlogPosting", '
            f'"headline": "Round forecasts of a round outbreak", "datePublished": "{published}T00:00:00Z"}}'
            '</script></head><body><main><article class="post-single"><header class="post-header">'
            '<h1 class="post-title">Round forecasts of a round outbreak</h1>'
            f'<div class="post-meta"><span title="{published} 00:00:00 +0000 UTC">August 2022</span>'
            '&nbsp;&middot;&nbsp;Ada Round,&thinsp;Bo Round</div></header><div class="post-content">'
            '<h5 id="abstract">Abstract</h5><p>We present a round forecasting effort in which a crowd of '
            'round forecasters predicted the size of a round outbreak weeks before it peaked, and we '
            'compare the crowd with the models.</p></div></article></main></body></html>')


def test_a_papermod_paper_page_showing_a_month_is_dated_by_it_over_the_months_first_day():
    page = _papermod_paper_page("2022-08-01")
    paper = normalise_page("https://round-lab.org/papers/round-2022/", page).papers[0]
    assert paper.published == "2022-08"


def test_a_papermod_paper_page_keeps_a_meta_day_inside_its_month_that_is_not_the_first():
    page = _papermod_paper_page("2022-08-17")
    paper = normalise_page("https://round-lab.org/papers/round-2022/", page).papers[0]
    assert paper.published == "2022-08-17"


def test_a_blox_paper_pages_authors_are_the_names_of_its_metadata_line():
    link = '<a class="hb-attachment-link" href="https://doi.org/10.1093/round">Source Document</a>'
    found = normalise_page(_ROUND_BLOX_PAPER, _blox_tailwind_paper_page(link))
    assert found.papers[0].authors == ["Round, D."]


def test_cards_of_a_listing_after_the_heading_are_no_blox_metadata_line():
    page = _blox_tailwind_paper_page("").replace(
        '<div class="text-sm flex"><span class="mr-1">Mar 1, 2023</span><span class="mx-1">·</span>'
        '<div class="group inline-flex"><div>Round, D.</div></div></div>',
        '<p>Related</p><div class="group inline-flex"><div>Another round paper</div></div>')
    found = normalise_page(_ROUND_BLOX_PAPER, page)
    assert found is None or found.papers[0].authors != ["Another round paper"]


def test_a_blox_metadata_line_is_read_in_linear_time():
    def reading(size: int):
        author = '<span class="mr-1">,</span><div class="group inline-flex"><div>Round, D.</div></div>'
        page = _blox_tailwind_paper_page("").replace(
            '<div class="group inline-flex"><div>Round, D.</div></div>', author * size)
        return lambda: normalise_page(_ROUND_BLOX_PAPER, page)

    assert_linear_time(reading, 2000)


def _seminar_page(description: str) -> str:
    # A lab's seminar page (Hugo Blowfish; CIICADA Lab's, round 148, held out): the description and JSON-LD
    # abstract the body's labelled lines, 'Title:', 'Time, Date, Location:', then 'Abstract:' and its text.
    return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
            "<title>Ada Round's talk on round representations · Round Lab</title>"
            f'<meta property="og:description" content="{description}">'
            '<meta property="og:type" content="article">'
            '<meta property="article:published_time" content="2023-06-02T11:00:00+10:00">'
            '<script type="application/ld+json">[{"@context": "https://schema.org", "@type": "Article", '
            "\"headline\": \"Ada Round's talk on round representations\", \"datePublished\": "
            f'"2023-06-02T11:00:00+10:00", "abstract": {json.dumps(description)}}}]</script></head>'
            "<body><article><header><h1>Ada Round's talk on round representations</h1>"
            '<time datetime="2023-06-02">2 June 2023</time></header><div class="article-content">'
            '<p><strong>Title:</strong> Round representations</p><p><strong>Time, Date, Location</strong>: '
            '11:00, Friday, June 2, 2023, Round Seminar Room</p><p><strong>Abstract:</strong> Many branches '
            'of round science have tackled the problem of round representations, and this talk suggests how '
            'progress might be made with lessons drawn from technical disciplines.</p></div>'
            '</article></body></html>')


def test_a_seminars_labelled_description_gives_the_text_after_its_abstract_label():
    description = ("Title: Round representations\nTime, Date, Location: 11:00, Friday, June 2, 2023, Round "
                   "Seminar Room\nAbstract: Many branches of round science have tackled the problem of round "
                   "representations, and this talk suggests how")
    found = normalise_page("https://round-lab.github.io/seminars/round/", _seminar_page(description))
    assert found.papers[0].abstract.startswith("Many branches of round science")


def test_a_description_mentioning_an_abstract_in_prose_is_not_cut_at_the_word():
    description = ("Round representations are discussed here; the talk's abstract: is on the poster, "
                   "and the seminar asks how round science might make progress with lessons from others")
    found = normalise_page("https://round-lab.github.io/seminars/round/", _seminar_page(description))
    assert found is None or not (found.papers[0].abstract or "").startswith("is on the poster")


def _noted_post(notes: str, text: str = "") -> str:
    # A research log's post (Nikola, round 149's Alix Chagué's): the h1, a byline and a day, the text, then
    # Python-Markdown's footnotes, each note an item of div.footnote's list whose id is "fn:<name>".
    return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
            '<title>Text recognition and models</title>'
            '<meta name="author" content="Ann Lee"><meta property="og:type" content="article">'
            '<meta property="article:published_time" content="2023-11-28T05:28:15-05:00"></head><body>'
            '<article><header><h1 class="p-name entry-title">Text recognition and models</h1>'
            '<p class="byline author vcard"><span class="byline-name fn p-name">Ann Lee</span></p>'
            '<p class="dateline"><time class="published dt-published" datetime="2023-11-28T05:28:15-05:00">'
            '2023-11-28</time></p></header><div class="e-content entry-content">'
            f'<p>Several people wondered whether large models read old hands better.{text}</p>'
            f'<div class="footnote"><hr><ol>{notes}</ol></div></div></article></body></html>')


def test_a_doi_in_the_footnotes_of_a_posts_text_is_a_cited_works_not_the_posts():
    note = ('<li id="fn:turn"><p>See Smits, T., &amp; Wevers, M. (2023). <em>A multimodal turn</em>. Digital '
            'Scholarship in the Humanities, fqad008. <a href="https://doi.org/10.1093/llc/fqad008">doi: '
            '10.1093/llc/fqad008</a></p></li>')
    assert normalise_page("https://example.org/posts/016/", _noted_post(note)).papers[0].doi is None


def test_a_doi_the_posts_own_text_shows_above_its_footnotes_is_still_read():
    note = '<li id="fn:turn"><p>See <a href="https://doi.org/10.1093/llc/fqad008">10.1093/llc/fqad008</a></p></li>'
    text = ' Published as doi:10.5555/own.2023.1'
    paper = normalise_page("https://example.org/posts/016/", _noted_post(note, text)).papers[0]
    assert paper.doi == "10.5555/own.2023.1"


def test_a_doi_a_notebook_cells_output_prints_is_a_data_sets_not_the_posts():
    output = ('<div class="cell_output docutils container"><div class="output stream highlight-myst-ansi">'
              '<div class="highlight"><pre>[DOWNLOADING] sgpdlfptE13.b1.20240408.cdf\n\n'
              'If you use these data to prepare a publication, please cite:\n\n'
              'Newsom, R. Doppler Lidar (DLFPT). Atmospheric Radiation '
              'Measurement (ARM) User Facility. https://doi.org/10.5439/1025185\n</pre></div></div></div>')
    page = _noted_post("", f"</p>{output}<p>As expected, the direct radiation fell.")
    assert normalise_page("https://example.org/posts/eclipse/", page).papers[0].doi is None


def test_the_footnotes_of_a_long_text_are_passed_over_in_linear_time():
    def reading(size: int):
        notes = "".join(f'<li id="fn:{number}"><p>See <a href="https://doi.org/10.5555/n.{number}">doi</a> '
                        '<span><em>and more</em></span></p></li>' for number in range(size))
        page = parse_page(_noted_post(notes))
        return lambda: doi_shown(page)

    assert_linear_time(reading, 4000)


def _ablog_post(card_heading: str) -> str:
    # A Sphinx documentation site's blog post (ABlog on the PyData theme, ACT's of round 149): no meta but the
    # <title>, which opens with the post's h1; the sidebar's postcard giving the day and linking the author.
    return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
            '<title>Eclipse data from the plains observatory &#8212; Toolkit Documentation</title>'
            '</head><body>'
            '<div class="bd-sidebar-primary"><div class="sidebar-primary-item">'
            f'<div class="ablog-sidebar-item ablog__postcard"><h2>{card_heading}</h2><ul>'
            '<div class="ablog-sidebar-item ablog__postcard2">'
            '<li id="ablog-sidebar-item author ablog__author"><span><i class="fa fa-user"></i></span>'
            '<a href="../../blog/author/ann-lee.html">Ann Lee</a></li>'
            '<li id="ablog-sidebar-item tags ablog__tags">'
            '<a href="../../blog/tag/eclipse.html">eclipse</a></li>'
            '</div></ul></div></div></div><main><article><section id="eclipse">'
            '<h1>Eclipse data from the plains observatory<a class="headerlink" href="#eclipse">#</a></h1>'
            '<p>The eclipse saw roughly 90% coverage at the site, and its instruments saw the air cool.</p>'
            '</section></article></main></body></html>')


def test_a_sphinx_blogs_post_is_dated_and_authored_by_its_ablog_postcard():
    paper = normalise_page("https://example.org/blog_posts/2024/eclipse.html",
                           _ablog_post('<i class="fa fa-calendar"></i><span>15 April 2024</span>')).papers[0]
    assert (paper.title, paper.authors, paper.published) == (
        "Eclipse data from the plains observatory", ["Ann Lee"], "2024-04-15")


def test_an_ablog_postcard_showing_no_day_dates_nothing():
    found = normalise_page("https://example.org/blog_posts/2024/eclipse.html",
                           _ablog_post('<i class="fa fa-calendar"></i><span>Draft</span>'))
    assert found is None or not found.papers or found.papers[0].published is None


def _ablog_post_details(holder: str = "Ann Lee", day_icon: str = "fa-calendar") -> str:
    # A one-person Sphinx blog's post (ABlog on PyData Sphinx Theme 0.15, Support Astronomer's of round 150):
    # the postcard's heading 'Post details', the post's day in the list item its calendar icon opens and the
    # update's in the item an edit icon opens; no author item; the writer only in the footer's copyright line.
    return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
            '<title>Time scales and the leap second &#8212; Sky Notes</title></head><body>'
            '<div class="bd-sidebar-primary"><div class="sidebar-primary-item">'
            '<div class="ablog-sidebar-item ablog__postcard">'
            '<h2 class="ablog-sidebar-title">Post details</h2>'
            f'<ul class="ablog-archive"><li><i class="fa {day_icon}"></i> February 9, 2017</li>'
            '<li id="published"><span><i class="fa fa-edit"></i></span> January 2, 2024</li>'
            '<li id="ablog-sidebar-item tags ablog__tags"><a href="../blog/tag/time.html">time</a></li>'
            '</ul></div></div></div><main><article><section id="time-scales">'
            '<h1>Time scales and the leap second<a class="headerlink" href="#time-scales">#</a></h1>'
            '<p>One might think that measuring time is simple: you only have to keep adding seconds.</p>'
            '</section></article></main><footer class="bd-footer"><div class="footer-item">'
            f'<p class="copyright">\u00a9 Copyright 2024, {holder}.<br/></p></div>'
            '<div class="footer-item"><p class="last-updated">Last updated on June 16, 2024.</p></div>'
            '</footer></body></html>')


def test_an_ablog_postcard_under_post_details_dates_the_post_by_its_calendar_item():
    paper = normalise_page("https://example.org/posts/time-scales.html", _ablog_post_details()).papers[0]
    assert (paper.title, paper.published) == ("Time scales and the leap second", "2017-02-09")


def test_an_ablog_postcards_item_without_the_calendar_icon_dates_nothing():
    # The edit icon's day is the post's update, not its day; a list with no calendar item shows no day.
    found = normalise_page("https://example.org/posts/time-scales.html",
                           _ablog_post_details(day_icon="fa-tag"))
    assert found is None or not found.papers or found.papers[0].published != "2024-01-02"


def test_an_ablog_post_naming_no_author_is_written_by_the_sphinx_footers_copyright_holder():
    paper = normalise_page("https://example.org/posts/time-scales.html", _ablog_post_details()).papers[0]
    assert paper.authors == ["Ann Lee"]


def test_a_sphinx_footers_copyright_holder_that_is_no_persons_name_writes_no_ablog_post():
    for holder in ("The Sky Notes Developers", "ARM", "Sky Notes contributors"):
        paper = normalise_page("https://example.org/posts/time-scales.html",
                               _ablog_post_details(holder=holder)).papers[0]
        assert not paper.authors, holder


def test_an_ablog_postcards_items_are_read_in_linear_time():
    from papershelf.normalise.ablog_postcards import ablog_post

    def reading(size):
        page = parse_page(_ablog_post_details().replace(
            '<ul class="ablog-archive">',
            '<ul class="ablog-archive">' + '<li><a href="#">a tag</a></li>' * size))
        return lambda: ablog_post(page)

    assert_linear_time(reading, 4000)


def _cited_paper_page(citation: str = "Lee, A., Stone, B. C., &amp; Park, D. (2019). Tidal locking of the "
                      "small moons. Journal of Small Moons, 2(1), 48\u201349.") -> str:
    # A researcher's paper page built by academicpages (Jekyll, a fork of Minimal Mistakes: Adrian
    # Forsythe's of round 150): h1.page__title, 'Published in <i>Journal</i>, 2019' and the 'Recommended
    # citation:' line in the header; og:title the title, article:published_time the year's first day; no
    # author meta.
    return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
            '<title>Tidal locking of the small moons - Ann Lee</title>'
            '<meta property="og:title" content="Tidal locking of the small moons">'
            '<meta property="og:type" content="article">'
            '<meta property="article:published_time" content="2019-01-01T00:00:00-08:00">'
            '<meta name="description" content="A side project on the small moons"></head><body>'
            '<div class="sidebar"><h3 class="author__name">Ann Lee</h3></div>'
            '<article class="page" itemscope itemtype="http://schema.org/CreativeWork">'
            '<meta itemprop="datePublished" content="January 01, 2019"><div class="page__inner-wrap"><header>'
            '<h1 class="page__title" itemprop="headline">Tidal locking of the small moons\n</h1>'
            '<p>Published in <i>Journal of Small Moons</i>, 2019 </p>'
            f'<p>Recommended citation: {citation} <a href="/files/lee2019.pdf"><u>lee2019.pdf</u></a></p>'
            '</header><section class="page__content" itemprop="text">'
            '<p><a href="/files/lee2019.pdf">Download paper here</a></p>'
            '<p>A side project on the small moons</p></section></div></article></body></html>')


def test_an_academicpages_paper_page_is_the_paper_its_recommended_citation_names():
    paper = normalise_page("https://annlee.example.io/publication/2019-01-01-moons",
                           _cited_paper_page()).papers[0]
    assert (paper.title, paper.authors, paper.published) == (
        "Tidal locking of the small moons", ["Lee, A.", "Stone, B. C.", "Park, D."], "2019")


def test_a_recommended_citation_of_another_title_names_no_authors_of_the_page():
    found = normalise_page("https://annlee.example.io/publication/2019-01-01-moons", _cited_paper_page(
        "Lee, A., &amp; Park, D. (2018). Tides of the large moons. Journal of Large Moons, 1(1), 1\u20139."))
    assert found is None or not found.papers or found.papers[0].authors != ["Lee, A.", "Park, D."]


def test_a_recommended_citation_is_found_in_linear_time():
    from papershelf.normalise.recommended_citations import cited_paper

    def reading(size):
        page = parse_page(_cited_paper_page().replace("<header>",
                                                      "<header>" + "<p>Published in it</p>" * size))
        return lambda: cited_paper(page)

    assert_linear_time(reading, 4000)


_IEEE_REFERENCE = ("<strong>K. Kumar</strong>, K. Utkarsh, J. Wang and H. V. Padullaparti, \u201cPhase"
                   " Identification With Uncertainty in Distribution Systems,\u201d 2025 IEEE Power &amp;"
                   " Energy Society General Meeting (PESGM), 2025, pp. 1-5.")


def _ieee_cited_page(reference: str = _IEEE_REFERENCE) -> str:
    # A researcher's Quarto page of one paper (Elly Kirwa's of round 205): the title block's 'Author' the
    # site's owner alone (the author meta the same), its 'Published' day and DOI, then h3 'Citation (IEEE)'
    # over a blockquote setting the paper's reference, and the 'Abstract' section.
    return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
            '<meta name="generator" content="quarto-1.7.32"><meta name="author" content="Ann Lee">'
            '<meta name="dcterms.date" content="2025-11-10">'
            '<title>Phase Identification With Uncertainty in Distribution Systems \u2013 Ann Lee</title>'
            '</head><body><nav><span class="navbar-title">Ann Lee</span></nav><main class="content">'
            '<header id="title-block-header" class="quarto-title-block default">'
            '<h1 class="title">Phase Identification With Uncertainty in Distribution Systems</h1>'
            '<div class="quarto-title-meta"><div><div class="quarto-title-meta-heading">Author</div>'
            '<div class="quarto-title-meta-contents"><p>Ann Lee</p></div></div>'
            '<div><div class="quarto-title-meta-heading">Published</div>'
            '<div class="quarto-title-meta-contents"><p class="date">November 10, 2025</p></div></div>'
            '<div><div class="quarto-title-meta-heading">Doi</div><div class="quarto-title-meta-contents">'
            '<a '
            'href="https://doi.org/10.1109/PESGM.2025.1">10.1109/PESGM.2025.1</a></div></div></div></header>'
            '<section id="citation-ieee" class="level3"><h3 class="anchored">Citation (IEEE)</h3>'
            f'<blockquote class="blockquote"><p>{reference}</p></blockquote></section>'
            '<section id="abstract" class="level2"><h2 class="anchored">Abstract</h2>'
            '<p>The integration of metering infrastructure into distribution networks gives data for phase'
            ' identification, but labelled data are scarce and unreliable; we propose a semi-supervised'
            ' method with uncertainty estimation that reaches high accuracy on real utility data.</p>'
            '</section></main></body></html>')


def test_a_paper_page_whose_citation_heading_sets_its_ieee_reference_is_by_the_references_authors():
    paper = normalise_page("https://annlee.example.io/publications/articles/pesgm2025.html",
                           _ieee_cited_page()).papers[0]
    assert (paper.title, paper.authors, paper.published, paper.doi) == (
        "Phase Identification With Uncertainty in Distribution Systems",
        ["K. Kumar", "K. Utkarsh", "J. Wang", "H. V. Padullaparti"], "2025-11-10", "10.1109/PESGM.2025.1")


def test_an_ieee_reference_to_another_title_leaves_the_pages_byline():
    other = "K. Kumar and J. Wang, \u201cClustering Meters by Voltage,\u201d IEEE Access, vol. 8, 2020."
    paper = normalise_page("https://annlee.example.io/publications/articles/pesgm2025.html",
                           _ieee_cited_page(other)).papers[0]
    assert paper.authors == ["Ann Lee"]


def test_an_ieee_reference_is_found_in_linear_time():
    from papershelf.normalise.ieee_citations import ieee_cited_paper

    def reading(size):
        notes = "<h3>Notes</h3><p>A note.</p>" * size
        page = parse_page(_ieee_cited_page().replace('<section id="citation-ieee"',
                                                     notes + '<section id="citation-ieee"'))
        return lambda: ieee_cited_paper(page)

    assert_linear_time(reading, 4000)


_QUARTO_ABSTRACT = ("Neurological outcomes after injury to the spinal cord are hard to predict, and the"
                    " initial impairment grade leaves much uncertainty. " * 8).strip()


def _quarto_one_paragraph_page(text: str = f"<p>{_QUARTO_ABSTRACT}</p>",
                       description: str = 'A follow up to our <a href="https://doi.org/10.1/prior">preliminary'
                                          ' paper</a> with a larger cohort') -> str:
    # A researcher's Quarto page of one paper (Mateus Harrington's of round 205): the title block's h1.title,
    # its div.description a one-line note, 'Author' and 'Published', the DOI, PDF and bib buttons; the text
    # a featured figure and one unheaded paragraph, the appendix after it; the description meta the note.
    return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
            '<meta name="generator" content="quarto-1.9.38">'
            '<meta name="author" content="Ann Lee &amp; Bo Park">'
            '<meta name="dcterms.date" content="2020-07-27">'
            '<meta name="description" content="A follow up to our preliminary paper with a larger cohort">'
            '<title>Blood markers predict outcome after spinal cord injury</title></head><body>'
            '<header id="title-block-header" class="quarto-title-block default page-columns">'
            '<div class="quarto-title"><h1 class="title">Blood markers predict outcome after spinal cord'
            f' injury</h1></div><div><div id="title-block-title-desc" class="description pt-4">{description}'
            '</div></div><div class="quarto-title-meta"><div>'
            '<div class="quarto-title-meta-heading">Author</div>'
            '<div class="quarto-title-meta-contents"><p>Ann Lee &amp; Bo Park</p></div></div>'
            '<div><div class="quarto-title-meta-heading">Published</div>'
            '<div class="quarto-title-meta-contents">'
            '<p class="date">July 27, 2020</p></div></div></div><div class="mt-4" role="group">'
            '<a href="https://doi.org/10.1089/neu.2020.1" class="btn">DOI</a>'
            '<a href="cite.bib" class="btn">bib file</a></div></header>'
            '<div id="quarto-content"><main class="content" id="quarto-document-content">'
            '<!-- main --><div class="quarto-figure"><figure class="figure"><p><img src="featured.jpg"></p>'
            '<figcaption>Image credit: a clinic</figcaption></figure></div>'
            f'{text}<a id="quarto-back-to-top" href="#">Back to top</a>'
            '<div id="quarto-appendix"><section><h2>Reuse</h2><p>CC BY-SA 4.0</p></section></div>'
            '</main></div></body></html>')


def test_a_quarto_paper_pages_one_long_paragraph_under_its_doi_button_is_its_abstract():
    paper = normalise_page("https://annlee.example.com/publications/blood-markers/",
                           _quarto_one_paragraph_page()).papers[0]
    assert (paper.title, paper.abstract) == ("Blood markers predict outcome after spinal cord injury",
                                             _QUARTO_ABSTRACT)


def test_a_quarto_paper_page_of_two_paragraphs_keeps_its_description_line():
    page = _quarto_one_paragraph_page(f"<p>{_QUARTO_ABSTRACT}</p><p>{_QUARTO_ABSTRACT}</p>")
    paper = normalise_page("https://annlee.example.com/publications/blood-markers/", page).papers[0]
    assert paper.abstract == "A follow up to our preliminary paper with a larger cohort"


def test_a_quarto_paper_pages_one_paragraph_is_found_in_linear_time():
    from papershelf.normalise.quarto_paper_texts import abstract_as_the_quarto_papers_text

    def reading(size):
        empty_blocks = "<div><p></p></div>" * size
        page = parse_page(_quarto_one_paragraph_page(f"<p>{_QUARTO_ABSTRACT}</p>" + empty_blocks))
        return lambda: abstract_as_the_quarto_papers_text(page, "A follow up")

    assert_linear_time(reading, 4000)


def _sectioned_post(section: str = "post", address: str = "/post/2026-round-poster/",
                    heading: str = '<div class="f2 fw2 white-90">Round &amp; Square at HSP</div>') -> str:
    # The ELF Lab's news post (round 148, Hugo Ananke, 2026): og:type article, article:section 'post', its
    # published time, the og:title shown only in the header's div over the cover image, no h1, one paragraph.
    return ('<!DOCTYPE html><html><head><title>Round &amp; Square at HSP | Round-Lab</title>'
            '<meta property="og:title" content="Round & Square at HSP">'
            '<meta property="og:type" content="article">'
            f'<meta property="og:url" content="https://round-lab.example.org{address}">'
            f'<meta property="article:section" content="{section}">'
            '<meta property="article:published_time" content="2026-03-21T00:00:00+00:00">'
            f'<meta name="description" content="{_POSTED_PARAGRAPH}"></head><body>'
            '<header class="cover"><nav><a href="/">Round-Lab</a><ul><li><a href="/post/">News</a></li></ul>'
            f'</nav><div class="tc-l pv6">{heading}</div></header><main><article><div class="copy"><p>'
            f"{_POSTED_PARAGRAPH}</p></div></article></main></body></html>")


_POSTED_PARAGRAPH = ("PhD student and graduate RA Ada Round (with co-author Cy Square) is presenting her "
                     "work entitled Impact of Roundness on Comprehension of the Inverse Verb Form in Round "
                     "Languages in a poster at the 39th Annual Conference on Round Sentence Processing on "
                     "March 26-28, 2026.")


def test_a_post_its_meta_date_as_an_article_of_the_section_its_address_names_is_a_record():
    # Its title shown word for word in the header, where no h1 stands: a dated post, its day the meta's; its
    # description the one paragraph of its text, word for word: the text itself, no abstract.
    url = "https://round-lab.example.org/post/2026-round-poster/"
    paper = normalise_page(url, _sectioned_post()).papers[0]
    assert (paper.title, paper.published, paper.authors, paper.abstract) == (
        "Round & Square at HSP", "2026-03-21", None, None)


def test_a_section_the_address_does_not_name_or_a_title_the_header_does_not_show_is_no_post():
    # The section's listing (/post/ itself), an address of another section, and a header not showing the meta
    # title (the site's name alone) give no record.
    for address, heading in (("/post/", None), ("/news/2026-round-poster/", None),
                             ("/post/2026-round-poster/", '<div class="f2">Round-Lab news</div>')):
        page = _sectioned_post(address=address, **({"heading": heading} if heading else {}))
        found = normalise_page(f"https://round-lab.example.org{address}", page)
        assert found is None or not found.papers, address


def test_a_sectioned_posts_header_is_read_in_linear_time():
    from papershelf.normalise.sectioned_posts import post_of_its_section

    def reading(size):
        page = _sectioned_post().replace('<div class="tc-l pv6">',
                                         '<div class="tc-l pv6">' + "<span>Round <i>words</i></span>" * size)
        parsed = parse_page(page)
        return lambda: post_of_its_section(parsed, "Round & Square at HSP",
                                           "https://round-lab.example.org/post/2026-round-poster/")

    assert_linear_time(reading, 4000)


def _scholar_table_page(day_class: str = "pennant date", paragraphs: int = 1, scholar: bool = True) -> str:
    # Douglas Kelley's page of one paper (round 147, Pelican's html5-dopetrope theme, 2014): no meta, the
    # <title> and the h1 the site's name, the h2 dated by div.pennant.date over it past a rule, one
    # paragraph, the paper's abstract, then the table a Google Scholar script writes, its authors in the row
    # after the link's.
    link = ("https://scholar.google.co.uk/citations?view_op=view_citation&amp;user=ROUND&amp;"
            "citation_for_view=ROUND:abc" if scholar else "https://round.example.org/papers/round.html")
    return ('<!DOCTYPE html><html><head><title>Ada Round</title></head><body>'
            '<div id="header-wrapper"><section id="header">'
            '<h1><a href="https://round.example.org/">Ada Round</a></h1>'
            '<hr><nav id="nav"><ul><li><a href="/">HOME</a></li><li><a href="/pages/cv.html">CV</a></li>'
            '<li><a href="/pages/publications.html">Publications</a></li></ul></nav><hr></section></div>'
            '<div id="main-wrapper"><article class="box is-post"><div class="post-infos">'
            '<ul class="tags"><li><a class="button" href="pages/publications.html">Publications</a></li>'
            f'</ul></div><div class="{day_class}">2014-12-01</div><hr class="title2">'
            '<h2>Round Carbon in Squareland</h2><hr class="title2">'
            + f"<p>{_ROUND_ABSTRACT}</p>" * paragraphs +
            '<table><thead><tr><th><hr></th><th><h3 class="publication"> Cite By </h3></th></tr>'
            '</thead><tbody>'
            f'<tr><td><h3 class="publication"> <a href=" {link} ">Enhanced round carbon sink despite square '
            'fires</a> </h3></td><td>10</td><td>2014</td></tr>'
            '<tr><td>A Round, C Square</td><td></td><td></td></tr>'
            '<tr><td>Round Research Letters 9 (10), 104015</td><td></td><td></td></tr>'
            '</tbody></table></article></div></body></html>')


_ROUND_ABSTRACT = ("Climate projections show Squareland becoming significantly warmer during the 21st "
                   "century, and precipitation decreasing over much of the continent. Nevertheless, we show "
                   "that burnt area increases in the south but decreases in the north.")


def test_a_researchers_page_of_one_paper_under_the_sites_name_reads_its_scholar_table():
    # The h2 dated by the element classed as a date right over it, the <title> and h1 the site's name: a
    # record; its people the Scholar table's authors row, its abstract the one paragraph before the table.
    paper = normalise_page("https://round.example.org/round-carbon.html", _scholar_table_page()).papers[0]
    assert (paper.title, paper.published, paper.authors, paper.abstract) == (
        "Round Carbon in Squareland", "2014-12-01", ["A Round", "C Square"], _ROUND_ABSTRACT)


def test_an_unclassed_day_or_a_table_not_scholars_or_more_paragraphs_reads_no_paper_page():
    # An unclassed day over the h2 makes no record; a table linking no Scholar entry names no authors, and a
    # heading over two paragraphs gives no abstract from them (its prose is the post's own).
    url = "https://round.example.org/round-carbon.html"
    found = normalise_page(url, _scholar_table_page(day_class="pennant"))
    assert found is None or not found.papers
    unscholarly = normalise_page(url, _scholar_table_page(scholar=False)).papers[0]
    assert unscholarly.published == "2014-12-01" and unscholarly.authors != ["A Round", "C Square"]
    twice = normalise_page(url, _scholar_table_page(paragraphs=2)).papers[0]
    assert twice.authors == ["A Round", "C Square"] and twice.abstract != _ROUND_ABSTRACT


def test_a_scholar_table_page_is_read_in_linear_time():
    from papershelf.normalise.scholar_table_pages import dated_under_the_sites_name

    def reading(size):
        page = _scholar_table_page().replace('<article class="box is-post">', '<article class="box is-post">'
                                             + "<h2>Round <i>words</i></h2>" * size)
        parsed = parse_page(page.replace("</tbody>", "<tr><td>Round</td><td></td></tr>" * size + "</tbody>"))
        return lambda: dated_under_the_sites_name(parsed, None, "https://round.example.org/round-carbon.html")

    assert_linear_time(reading, 4000)


def _ablog_page(navigation: bool = True, feed: bool = True,
                heading: str = "Round Signatures talk at CASA") -> str:
    # Urban Grammar AI's post (round 149, an older ABlog on Sphinx's PyData theme, 2021): no meta, no
    # postcard, the blog's Atom feed in the head, ABlog's classes in the style sheet, the h1 the <title> opens
    # with, and ABlog's previous/next post navigation right after the post's section.
    link = ('<link rel="alternate" type="application/atom+xml" href="../blog/atom.xml" title="Round Blog" />'
            if feed else "")
    nav = ('<div class="section"><div class="section"><span style="float: left"> Previous: '
           '<a href="post16_round_talk.html"> Round Grammar in the Catch Up </a></span><span>&nbsp;</span>'
           '<span style="float: right"> Next: <a href="post20_square_board.html"> Third Square Board </a>'
           '</span></div></div>' if navigation else "")
    return ('<!DOCTYPE html><html><head><title>Round Signatures talk at CASA &#8212; Round Grammar AI  '
            f'documentation</title>{link}<style type="text/css">ul.ablog-archive {{ list-style: none; }}'
            '</style></head><body><main><div><section id="round-signatures">'
            f'<h1>{heading}<a class="headerlink" href="#round-signatures">¶</a></h1>'
            '<p>On Monday November 29th, Ada gave a talk on the Round Signatures project at the CASA '
            'seminars, covering the framing of the problem and presenting for the first time our results.</p>'
            '<p>CASA recorded and published the video.</p></section>'
            f'{nav}</div></main><footer><p class="copyright">&copy; Copyright 2020-, Ada Round.</p>'
            '<p class="sphinx-version">Created using <a href="http://sphinx-doc.org/">Sphinx</a> 5.3.0.</p>'
            '</footer></body></html>')


def test_an_ablog_post_known_by_its_navigation_and_feed_is_an_undated_record():
    # No postcard: the feed, ABlog's style sheet and its previous/next post navigation say it is a post; its
    # title the h1 the <title> opens with, no day (the talk's day in its text is not the post's), no writer.
    found = normalise_page("https://round.example.org/blog/post17_round_talk.html", _ablog_page())
    paper = found.papers[0]
    assert (paper.title, paper.published, paper.authors) == ("Round Signatures talk at CASA", None, None)


def test_an_ablog_page_without_post_navigation_or_feed_is_no_record():
    # A listing or an about page of the same site has the feed and the style sheet but no previous/next
    # navigation: no record; nor a page with the navigation but no feed, nor an h1 the <title> does not open.
    for page in (_ablog_page(navigation=False), _ablog_page(feed=False), _ablog_page(heading="About us")):
        found = normalise_page("https://round.example.org/blog/post17_round_talk.html", page)
        assert found is None or not found.papers


def test_an_ablog_posts_navigation_is_read_in_linear_time():
    from papershelf.normalise.ablog_navigation import post_between_its_neighbours

    def reading(size):
        page = _ablog_page().replace('<div class="section"><div class="section">',
                                     '<div class="section">' + "<span>Round <i>words</i></span>" * size
                                     + '<div class="section">')
        parsed = parse_page(page.replace("</body>", "<h1>Round</h1>" * size + "</body>"))
        return lambda: post_between_its_neighbours(parsed)

    assert_linear_time(reading, 4000)


def _side_column_post(day: str = "Mon 23 July 2012", code: bool = True, wrapped: bool = True) -> str:
    # EO & DA Ramblings' post (round 143, a Pelican 3.5 theme on Bootstrap 2, 2012): no meta but an empty
    # description and one author meta; the h1 alone in div.content-title in its row, the next row's side
    # column div.span2 opening with the day, the text in div.span8 beside it, a script's docstring in a code
    # block with its 'Author:' line, and the copyright line the page's closing paragraph, no <footer>.
    title = ('<div class="row-fluid"><div class="content-title span9"><h1>Round time series analysis</h1>'
             '</div></div>' if wrapped else
             '<div class="row-fluid"><h1>Round time series analysis</h1><p>Round</p></div>')
    script = ('<div class="highlight"><pre><span class="sd">&quot;&quot;&quot;</span>\n'
              '<span class="sd">Author: A Round/NCEO &amp; UCL</span>\n'
              '<span class="sd">&quot;&quot;&quot;</span></pre></div>' if code else "")
    return ('<!DOCTYPE html><html lang="en"><head><title>Round time series analysis - Round Ramblings</title>'
            '<meta name="description" content=""><meta name="author" content="A Round"></head><body>'
            '<header class="blog-header"><a href="" class="brand">Round Ramblings</a></header>'
            f'<div class="container"><div class="span10"><div class="article">{title}<div class="row-fluid">'
            f'<div class="span2"><p>{day} </p><p>Filed under <a href="/category/blog.html">Blog</a></p></div>'
            '<div class="span8"><p>In a previous post, I demonstrated how to stitch and put together a '
            'number of round data files. This is useful and interesting, but in the end we are interested in '
            f'analysing the data we get out of the satellite.</p>{script}<p>That is all for the round series.'
            '</p></div></div></div></div></div><!--footer--><div class="container"><div class="well">'
            '<p align="center"><a href="">Round Ramblings</a>\n &copy; A Round\n Powered by '
            '<a href="https://getpelican.com">Pelican</a>.</p></div></div></body></html>')


def test_a_post_dated_by_the_day_heading_the_side_column_after_its_wrapped_heading():
    # The day opening the side column of the row right after the heading's box, its own weekday before it:
    # a dated post; its writer the one author meta's person whom the closing copyright paragraph names too.
    paper = normalise_page("https://round.example.org/round-series.html", _side_column_post()).papers[0]
    assert (paper.title, paper.published, paper.authors) == (
        "Round time series analysis", "2012-07-23", ["A Round"])


def test_a_side_columns_day_of_another_weekday_or_beside_a_heading_not_alone_dates_no_post():
    # 'Tue 23 July 2012' is no day (23 July 2012 was a Monday); a heading among other words in its row has
    # no side column of its own: neither gives the post its day.
    for page in (_side_column_post(day="Tue 23 July 2012"), _side_column_post(wrapped=False)):
        found = normalise_page("https://round.example.org/round-series.html", page)
        assert found is None or not found.papers or found.papers[0].published is None


def test_an_author_label_line_in_a_code_block_is_no_byline():
    # The script's docstring line 'Author: A Round/NCEO & UCL' is the program's: the byline reader passes
    # it by; the same line outside a block of code is read as before.
    from papershelf.normalise.bylines import byline

    page = parse_page(_side_column_post())
    assert byline(page, "Round time series analysis") == []
    uncoded = _side_column_post().replace('<div class="highlight"><pre>', '<div class="highlight"><div>')
    shown = parse_page(uncoded.replace("</pre></div>", "</div></div>"))
    assert byline(shown, "Round time series analysis") == ["A Round/NCEO", "UCL"]


def test_a_side_column_post_is_read_in_linear_time():
    from papershelf.normalise.side_column_days import dated_by_its_side_column

    def reading(size):
        page = _side_column_post().replace('<div class="span8">',
                                           '<div class="span8">' + "<p>Round <i>words</i></p>" * size)
        parsed = parse_page(page)
        return lambda: dated_by_its_side_column(parsed, None)

    assert_linear_time(reading, 4000)


def _numbered_report(references: str) -> str:
    # A chair's research-blog post (round 151's Humboldt-Universität's, Hugo, 2020): the students' report in
    # numbered h1 sections, its last '7. References', each reference a paragraph with a doi.org link.
    sections = "".join(f"<h1>{number}. Part {number}</h1><p>{_REPORT_PARAGRAPH}</p>"
                       for number in range(1, 7))
    return ('<!DOCTYPE html><html><head><title>Round Uncertainty Identification</title>'
            '<meta name="description" content="Identifying round uncertainty in newspapers.">'
            '<meta property="og:title" content="Round Uncertainty Identification"></head><body>'
            '<div id="heading-breadcrumbs"><h1>Round Uncertainty Identification</h1></div>'
            '<div id="blog-post"><p class="text-muted">By <a href="#">Seminar Round Systems (WS19/20)</a> | '
            f'February 7, 2020</p><div id="post-content">{sections}{references}</div></div></body></html>')


_REPORT_PARAGRAPH = ("Within the past week, round events happened and round policy uncertainty rose; "
                     "households and firms took actions with wider impacts, and an index built from "
                     "newspaper articles measured them with a simple search term and many labelled articles.")


def test_a_doi_under_a_numbered_references_heading_is_a_cited_works():
    # '7. References' heads the references as 'References' does: the DOI under it is a cited work's.
    references = ('<h1>7. References</h1><p>Baker, S. R., Bloom, N. (2016). Measuring round uncertainty. '
                  '<a href="https://doi.org/10.5555/round.2016.08.006">'
                  'https://doi.org/10.5555/round.2016.08.006</a></p>')
    found = normalise_page("https://example.org/blog/research/round/", _numbered_report(references))
    assert found is None or not found.papers or found.papers[0].doi is None


def test_a_numbered_section_whose_words_are_no_references_heading_ends_nothing():
    # '7. Results' is a section of the text: a DOI the text shows under it is still read.
    shown = '<h1>7. Results</h1><p>Our data set: doi:10.5555/round.data.7</p>'
    paper = normalise_page("https://example.org/blog/research/round/", _numbered_report(shown)).papers[0]
    assert paper.doi == "10.5555/round.data.7"


def _subtitled_post(og_title: str) -> str:
    # A lab's news post (round 151's Grünwald lab's, Hugo Academic 4.3, 2025): the h1, p.page-subtitle a line
    # under it, the writer and the day in div.article-metadata; og:title the heading, ' | ', the site's
    # name.
    return ('<!DOCTYPE html><html><head><title>Round release of the pipeline | Round lab</title>'
            '<meta name="author" content="NJ Round"><meta property="og:site_name" content="Round lab">'
            f'<meta property="og:title" content="{og_title}">'
            '<meta name="description" content="The round pipeline accepts raw reads.">'
            '<meta property="article:published_time" content="2025-10-30T00:00:00+00:00"></head><body>'
            '<div class="article-container"><h1 itemprop="name">Round release of the pipeline</h1>'
            '<p class="page-subtitle">We are pleased to announce the first round release of our pipeline</p>'
            '<div class="article-metadata"><span itemprop="author name">'
            '<a href="/authors/admin/">NJ Round</a>'
            '</span><span class="article-date"><time>Oct 30, 2025</time></span></div>'
            f'<div class="article-style"><p>{_REPORT_PARAGRAPH}</p></div></div></body></html>')


def test_a_subtitle_line_og_title_leaves_out_before_the_sites_name_is_no_part_of_the_title():
    page = _subtitled_post("Round release of the pipeline | Round lab")
    paper = normalise_page("https://example.org/post/round/", page).papers[0]
    assert paper.title == "Round release of the pipeline"


def test_a_subtitle_line_og_title_writes_with_the_heading_stays_part_of_the_title():
    # og:title that holds the subtitle after the heading names them as one title.
    og_title = ("Round release of the pipeline: "
                "We are pleased to announce the first round release of our pipeline")
    paper = normalise_page("https://example.org/post/round/", _subtitled_post(og_title)).papers[0]
    assert paper.title.startswith("Round release of the pipeline: We are pleased")


def _course_signed_report(authors: str) -> str:
    # The "By" line names the course, no person; the students' names in the text's "Authors:" line.
    opening = f'<h1>Round Uncertainty Identification Using Models</h1>{authors}'
    return _numbered_report("").replace('<div id="post-content">', f'<div id="post-content">{opening}')


def test_a_by_line_naming_a_course_dates_the_post_its_authors_line_names_its_writers():
    page = _course_signed_report("<h4>Authors: Ann Lee, Bob Stone &amp; Cy Round</h4>")
    paper = normalise_page("https://example.org/blog/research/round/", page).papers[0]
    assert (paper.title, paper.authors, paper.published, paper.abstract) == (
        "Round Uncertainty Identification", ["Ann Lee", "Bob Stone", "Cy Round"], "2020-02-07", None)


def test_a_by_line_naming_a_course_without_an_authors_line_names_no_writer():
    found = normalise_page("https://example.org/blog/research/round/", _course_signed_report(""))
    assert found is None or not found.papers or not found.papers[0].authors


def _material_post(cards: str, day: str = "January 28, 2025", head: str = "") -> str:
    # A Material for MkDocs blog's post (WAVI's and spikeDE's of round 152): no author, date or Open Graph
    # meta, the <title> the front matter's title and the site's name, the sidebar's author cards and
    # metadata day beside the article's h1, the text closing with a "Summary" section.
    return ('<!doctype html><html lang="en"><head><meta charset="utf-8">'
            '<title>Ice loss in model runs - Model Docs</title><link rel="canonical" href=".">'
            f'{head}</head><body><div class="md-container"><main class="md-main"><div class="md-main__inner">'
            '<div class="md-content md-content--post" data-md-component="content">'
            '<div class="md-sidebar md-sidebar--post"><div class="md-sidebar__inner md-post"><nav>'
            f'<div class="md-post__authors md-typeset">{cards}</div>'
            '<ul class="md-post__meta md-nav__list"><li class="md-nav__item md-nav__item--section">'
            '<div class="md-post__title"><span class="md-ellipsis">Metadata</span></div><nav class="md-nav">'
            '<ul class="md-nav__list"><li class="md-nav__item"><div class="md-nav__link">'
            f'<time datetime="2025-01-28 00:00:00+00:00" class="md-ellipsis">{day}</time></div></li>'
            '</ul></nav></li></ul></nav></div></div>'
            '<article class="md-content__inner md-typeset">'
            '<h1 id="ice-loss">Ice loss in simulations depends on the model grid</h1>'
            '<p>The model was used in a recent publication to simulate ice loss of the western ice sheet.</p>'
            '<h2 id="summary">Summary</h2>'
            '<p>We believe finer grids hold the key to better projections of sea level over the century.</p>'
            '</article></div></div></main></div></body></html>')


def _material_card(name: str, role: str = "Maintainer") -> str:
    return ('<div class="md-profile md-post__profile"><span class="md-author md-author--long">'
            f'<img src="a.png" alt="{name}"></span><span class="md-profile__description">'
            f'<strong>{name}</strong><br>{role}</span></div>')


def test_a_material_blog_post_is_its_h1_dated_and_authored_by_its_sidebar():
    paper = normalise_page("https://example.org/blog/2025/01/28/ice-loss/", _material_post(
        _material_card("Ann Lee") + _material_card("Bob Stone", "Owner &amp; Maintainer"))).papers[0]
    assert (paper.title, paper.authors, paper.published, paper.abstract) == (
        "Ice loss in simulations depends on the model grid", ["Ann Lee", "Bob Stone"], "2025-01-28", None)


def test_a_material_blog_post_whose_meta_names_the_blog_is_read_by_its_sidebar():
    # ML.ENERGY's blog (round 155): the theme's meta gives og:title as the blog's name before the post's
    # title, the author meta the initiative's name and the description the blog's; the post is still the
    # article's h1, its sidebar's day and its author cards' people.
    head = ('<meta name="description" content="Model Docs research &amp; tech blog">'
            '<meta name="author" content="The Modelling Initiative">'
            '<meta property="og:type" content="website">'
            '<meta property="og:title" content="Model Docs - Ice loss in model runs">'
            '<meta property="og:description" content="Model Docs research &amp; tech blog">')
    paper = normalise_page("https://example.org/blog/2025/01/28/ice-loss/", _material_post(
        _material_card("Ann Lee", "PhD Student"), head=head)).papers[0]
    assert (paper.title, paper.authors, paper.published, paper.abstract) == (
        "Ice loss in simulations depends on the model grid", ["Ann Lee"], "2025-01-28", None)


def test_a_material_blog_posts_team_card_names_no_writer():
    paper = normalise_page("https://example.org/blog/2025/01/28/ice-loss/",
                           _material_post(_material_card("Modelling Team", "Creator"))).papers[0]
    assert (paper.title, paper.published) == (
        "Ice loss in simulations depends on the model grid", "2025-01-28")
    assert not paper.authors


def test_a_material_blog_post_showing_no_day_is_not_read_as_one():
    found = normalise_page("https://example.org/blog/2025/01/28/ice-loss/",
                           _material_post(_material_card("Ann Lee"), day="Draft"))
    assert found is None or not found.papers or found.papers[0].published is None


def _docusaurus_post(description: str, container_opens: str = "") -> str:
    # A Docusaurus blog's post (Dayu's of round 152): og:type article, JSON-LD BlogPosting, the description
    # meta copied from the text's first paragraph, the header's h1, <time> and author card over
    # div#__blog-post-container.
    return ('<!doctype html><html lang="en"><head><meta charset="utf-8">'
            '<title>New Accepted Paper: Grid-Sched | Streams</title>'
            '<meta property="og:title" content="New Accepted Paper: Grid-Sched | Streams">'
            f'<meta name="description" content="{description}">'
            f'<meta property="og:description" content="{description}">'
            '<meta property="og:type" content="article">'
            '<meta property="article:published_time" content="2025-12-08T00:00:00.000Z">'
            '<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting",'
            '"headline":"New Accepted Paper: Grid-Sched","datePublished":"2025-12-08T00:00:00.000Z",'
            f'"description":"{description}",'
            '"author":[{"@type":"Person","name":"Ann Lee"}]}</script>'
            '</head><body><main><article><header><h1 class="title_f1Hy">New Accepted Paper: Grid-Sched</h1>'
            '<div class="margin-vert--md"><time datetime="2025-12-08T00:00:00.000Z">December 8, 2025</time>'
            '</div>'
            '<div class="avatar"><span class="authorName_yefp">Ann Lee</span></div></header>'
            '<div id="__blog-post-container" class="markdown">'
            f'{container_opens}<p>Our paper "Scheduling Video Streams over Edge Grids at Scale" is '
            'accepted by a networking conference!</p>'
            '<p>The paper proposes a scheduler that balances load between the cloud and the edge over '
            'time.</p>'
            '</div></article></main></body></html>')


def test_a_docusaurus_posts_description_copying_its_first_paragraph_is_no_abstract():
    paper = normalise_page("https://example.org/blog/grid-sched", _docusaurus_post(
        "Our paper &quot;Scheduling Video Streams over Edge Grids at Scale&quot; is accepted by a networking "
        "conference!")).papers[0]
    assert (paper.title, paper.authors, paper.published) == (
        "New Accepted Paper: Grid-Sched", ["Ann Lee"], "2025-12-08")
    assert paper.abstract is None


def test_a_docusaurus_posts_first_paragraph_after_a_comment_is_still_its_first():
    # The container's first element was found past text only: an MDX comment, or a <!-- truncate -->
    # marker, before the first paragraph made it no post's opening, and its copy an abstract.
    paper = normalise_page("https://example.org/blog/grid-sched", _docusaurus_post(
        "Our paper &quot;Scheduling Video Streams over Edge Grids at Scale&quot; is accepted by a networking "
        "conference!", container_opens="\n<!-- a note for the editors -->\n")).papers[0]
    assert paper.title == "New Accepted Paper: Grid-Sched"
    assert paper.abstract is None


def test_a_material_blog_posts_author_cards_are_read_in_linear_time():
    from papershelf.normalise.material_blog_posts import material_blog_post

    def reading(size: int):
        cards = "".join(_material_card(f"Ann Lee{number}") for number in range(size))
        page = parse_page(_material_post(cards))
        return lambda: material_blog_post(page)

    assert_linear_time(reading, 4000)


def _alchemy_post(shown_day: str = "Thu 13 December 2018") -> str:
    # A Pelican blog's post on the Alchemy theme (DIYnamics's of round 152): no author, date or Open Graph
    # meta, the site's h1 then the post's, the article's header listing its day (titled as an ISO
    # date-time) and its author's link to the blog's page of their posts.
    return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
            '<title>  Tanks at the Fall meeting | Tanks</title><link rel="canonical" href="/blog/fall.html">'
            '</head><body><header><div class="container"><h1><a href="/">Tanks</a></h1></div></header>'
            '<div class="main"><div class="container"><h1>  Tanks at the Fall&nbsp;meeting\n</h1><hr>'
            '<article class="article"><header><ul class="list-inline">'
            f'<li class="list-inline-item text-muted" title="2018-12-13T00:00:00-08:00">{shown_day}</li>'
            '<li class="list-inline-item"><a href="/blog/category/events.html">events</a></li>'
            '<li class="list-inline-item"><a href="/blog/author/ann-lee.html">Ann Lee</a></li>'
            '<li class="list-inline-item"><a href="/blog/tag/conference.html">#conference</a></li>'
            '</ul></header><div class="content">'
            '<p>Over two poster sessions we showed how rotating tanks model the flows of planets and '
            'oceans.</p>'
            '<p>We ran experiments on solid body rotation and on baroclinic instability for the visitors.</p>'
            '</div></article></div></div></body></html>')


def test_a_post_is_dated_and_authored_by_its_articles_header_list():
    paper = normalise_page("https://example.org/blog/fall.html", _alchemy_post()).papers[0]
    assert (paper.title, paper.authors, paper.published) == (
        "Tanks at the Fall meeting", ["Ann Lee"], "2018-12-13")


def test_an_articles_header_item_showing_another_day_than_its_title_dates_nothing():
    found = normalise_page("https://example.org/blog/fall.html", _alchemy_post("Updated yesterday"))
    assert found is None or not found.papers or found.papers[0].published is None


def test_an_articles_header_list_is_read_in_linear_time():
    from papershelf.normalise.titled_day_headers import post_over_its_dated_header

    def reading(size: int):
        items = "".join(f'<li title="note {number}">note</li>' for number in range(size))
        opening = '<ul class="list-inline">'
        page = parse_page(_alchemy_post().replace(opening, opening + items))
        return lambda: post_over_its_dated_header(page)

    assert_linear_time(reading, 4000)


def _jekyll_news_item(content: str = "article") -> str:
    # A Jekyll al-folio news item (NYU R/AI's of round 155): no meta but the site's author and description,
    # the <title> the h1 and the site's name; header.post-header holding the h1 and p.post-meta with the day
    # alone, then article.post-content with the item's one short sentence.
    return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
            '<title>Fairness_report_out | Welcome to the Centre for Fair Models</title>'
            '<meta name="author" content="Centre for Fair Models">'
            '<meta name="description" content="Centre for Fair Models."></head>'
            '<body><div class="container mt-5"><div class="post"><header class="post-header">'
            '<h1>Fairness_report_out</h1><p class="post-meta">May 1, 2026</p>'
            '<p class="post-tags"><a href="/blog/2026">2026</a></p></header>'
            f'<{content} class="post-content"><p>After the autumn workshop, the centre published the '
            f'<a href="/r">report</a> of its meeting.</p></{content}></div></div></body></html>')


def test_a_news_item_under_its_post_header_is_its_h1_dated_by_the_meta_line():
    paper = normalise_page("https://example.org/news/fairness_report_out/", _jekyll_news_item()).papers[0]
    assert (paper.title, paper.published, paper.abstract) == ("Fairness_report_out", "2026-05-01", None)
    assert not paper.authors


def test_a_post_header_with_no_post_content_after_it_dates_no_item():
    found = normalise_page("https://example.org/news/fairness_report_out/", _jekyll_news_item("aside")
                           .replace(' class="post-content"', ""))
    assert found is None or not found.papers or found.papers[0].published is None


def test_a_post_headers_lines_are_read_in_linear_time():
    from papershelf.normalise.post_header_items import item_under_its_post_header

    def reading(size: int):
        lines = '<p class="post-tags">tag</p>' * size
        item = _jekyll_news_item().replace('<p class="post-meta">', lines + '<p class="post-meta">')
        page = parse_page(item)
        return lambda: item_under_its_post_header(page, "Fairness_report_out")

    assert_linear_time(reading, 4000)


_AL_FOLIO_FOOTER = "&copy; Copyright 2026 Ada Lovelace. Powered by Jekyll with al-folio theme."


def _jekyll_review_post(meta_line: str = "Created on August 10, 2021", footer: str = _AL_FOLIO_FOOTER) -> str:
    # A Jekyll al-folio post of a one-person site (Geonsik Youn's review, round 179, held out; 2021): an
    # author meta and a description meta, no og, article or JSON-LD meta; header.post-header holding
    # h1.post-title and p.post-meta labelling its day 'Created on', article.post-content after it; the
    # footer's copyright line of the site's owner, the theme's credit after it in the same sentence-separated
    # line.
    return ('<!DOCTYPE html><html lang="kr"><head><meta charset="utf-8">'
            '<title> [paper-review] Round Words at Scale | Ada Lovelace </title>'
            '<meta name="author" content="Ada Lovelace">'
            '<meta name="description" content="Round Words review: a short account of the post.">'
            '</head><body><header><nav class="navbar"><a class="navbar-brand title" href="/">Ada Lovelace</a>'
            '</nav></header><div class="container mt-5" role="main"><div class="post">'
            '<header class="post-header"><h1 class="post-title">[paper-review] Round Words at Scale</h1>'
            f'<p class="post-meta"> {meta_line} </p><p class="post-tags"><a href="/blog/2021">2021</a></p>'
            '</header><article class="post-content"><div id="markdown-content">'
            + "<p>The round model splits an image into patches and reads them as words, one by one.</p>" * 3
            + '</div></article></div></div><footer class="fixed-bottom">'
            f'<div class="container mt-0"> {footer}'
            ' Hosted by <a href="https://pages.github.com/">GitHub Pages</a>. </div></footer></body></html>')


def test_a_post_meta_line_labelling_its_day_as_the_posts_making_dates_the_post():
    # Geonsik Youn's al-folio post (round 179): p.post-meta 'Created on August 10, 2021' under h1.post-title.
    for line, day in (("Created on August 10, 2021", "2021-08-10"), ("Posted on Apr 09 2026", "2026-04-09"),
                      ("Published: 3 May 2020", "2020-05-03")):
        paper = normalise_page("https://ada.example.io/blog/2021/round/", _jekyll_review_post(line)).papers[0]
        assert (paper.title, paper.published) == ("[paper-review] Round Words at Scale", day), line


def test_a_post_meta_line_of_a_change_or_of_more_words_than_its_day_dates_no_post():
    from papershelf.normalise.post_meta_lines import day_of_a_meta_line

    for line in ("Updated on August 10, 2021", "Created on August 10, 2021 in Reviews",
                 "Posted by: News Oct 6, 2017 in Science", "Created by Ada on August 10, 2021"):
        found = normalise_page("https://ada.example.io/blog/2021/round/", _jekyll_review_post(line))
        assert found is None or not found.papers or found.papers[0].published is None, line
        page = parse_page(f'<p class="post-meta">{line}</p>')
        assert day_of_a_meta_line(page.tree.css_first("p"), line) is None, line


def test_a_copyright_holder_ends_at_the_sentence_the_themes_credit_follows():
    # The same post's footer: '© Copyright 2026 Geonsik Youn. Powered by Jekyll with al-folio theme.', the
    # author meta naming the same person: the holder is the name, its label and the credit after it left out.
    from papershelf.normalise.footer_holders import copyright_holder

    paper = normalise_page("https://ada.example.io/blog/2021/round/", _jekyll_review_post()).papers[0]
    assert paper.authors == ["Ada Lovelace"]
    assert copyright_holder("© Copyright 2024, Ada Lovelace") == "Ada Lovelace"
    # An initial's stop ends no name; a holder of a group's name or of one word stays none.
    assert copyright_holder("© 2020 A. Lovelace. Powered by Jekyll.") == "A. Lovelace"
    assert copyright_holder("© Copyright 2026 Round Publishing Group. Powered by Jekyll.") is None
    assert copyright_holder("© Copyright 2026 Ada. Powered by Jekyll.") is None


def test_a_copyright_holder_the_author_meta_does_not_name_is_no_writer_of_the_post():
    page = _jekyll_review_post(footer="&copy; Copyright 2026 Charles Babbage. Powered by Jekyll.")
    found = normalise_page("https://ada.example.io/blog/2021/round/", page)
    assert found is None or not found.papers or found.papers[0].authors != ["Charles Babbage"]


def test_a_copyright_holders_sentences_are_read_in_linear_time():
    from papershelf.normalise.footer_holders import copyright_holder

    def reading(size: int):
        text = "© Copyright 2026 " + "ab " * size + ". Powered by Jekyll."
        return lambda: copyright_holder(text)

    assert_linear_time(reading, 4000)


def _lab_template_post(info: str, site: str = "Roe Lab", meta_author: str = "jane-roe") -> str:
    # A lab's post built by the Lab Website Template (Jekyll; the DEAD Lab's, the Manske Lab's and AKS's of
    # round 154): its JSON-LD names the post's title as the author, the author meta a member page's slug,
    # the og:site_title the site; the writer only in div.post-info under the h1, beside the day.
    ld = {"@context": "https://schema.org", "@type": "BlogPosting",
          "author": {"@type": "Person", "name": "Soil cores from the gaps"},
          "datePublished": "2024-07-07T00:00:00+00:00", "headline": "Soil cores from the gaps",
          "description": "Soil, storms and trees.", "url": "https://roelab.example.org"}
    return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
            '<title>Soil cores from the gaps | Roe Lab</title>'
            '<meta name="title" content="Soil cores from the gaps">'
            '<meta name="description" content="Soil, storms and trees.">'
            '<meta property="og:title" content="Soil cores from the gaps">'
            f'<meta property="og:site_title" content="{site}">'
            '<meta property="og:description" content="Soil, storms and trees.">'
            '<meta property="og:url" content="https://roelab.example.org">'
            f'<meta name="author" content="{meta_author}"><meta property="og:type" content="article">'
            '<meta property="article:published_time" content="2024-07-07T00:00:00+00:00">'
            f'<script type="application/ld+json">{json.dumps(ld)}</script></head><body>'
            '<header><a href="/">Roe Lab</a></header><main>'
            '<section class="background" data-size="page"><h1>Soil cores from the gaps</h1>'
            f'<div class="post-info">{info}<span data-tooltip="Originally published on">'
            '<i class="icon fa-regular fa-calendar"></i><span>July 07, 2024</span></span></div></section>'
            '<section class="background" data-size="page">'
            '<p>This spring we cored the soil of forty gaps that lightning opened in the canopy, '
            'to follow how their carbon changes over ten years.</p>'
            '</section></main></body></html>')


_MEMBER_CARD = ('<div class="portrait-wrapper"><a href="/members/jane-roe.html" class="portrait" '
                'data-style="tiny" aria-label="Jane Roe">'
                '<img src="/images/jane.jpg" class="portrait-image">'
                '<span class="portrait-text"><span class="portrait-name"> Jane Roe </span>'
                '<span class="portrait-role"><i class="icon fa-solid fa-microscope"></i>'
                '<span>Principal Investigator</span></span></span></a></div>')


def test_a_lab_template_post_is_written_by_its_info_lines_member_card_not_its_json_ld_title():
    found = normalise_page("https://roelab.example.org/2024/07/07/gaps.html",
                           _lab_template_post(_MEMBER_CARD))
    paper = found.papers[0]
    assert paper.title == "Soil cores from the gaps"
    assert paper.authors == ["Jane Roe"]
    assert paper.published == "2024-07-07"


def test_a_lab_template_posts_tooltipped_author_item_names_its_writer():
    item = ('<span data-tooltip="Author"><i class="icon fa-solid fa-feather-pointed"></i>'
            '<span>Jane Roe</span></span>')
    found = normalise_page("https://roelab.example.org/2024/07/07/gaps.html",
                           _lab_template_post(item, meta_author="Jane Roe"))
    assert found.papers[0].authors == ["Jane Roe"]


def test_a_lab_template_posts_author_item_naming_the_site_names_no_one():
    item = ('<span data-tooltip="Author"><i class="icon fa-solid fa-feather-pointed"></i>'
            '<span>Roe Lab</span></span>')
    found = normalise_page("https://roelab.example.org/2024/07/07/gaps.html",
                           _lab_template_post(item, meta_author="Roe Lab"))
    paper = found.papers[0]
    assert paper.authors is None
    assert paper.published == "2024-07-07"


def _lab_meeting_page(host_line: str, source_line: str) -> str:
    # A lab-meeting page of a lab's Jekyll site (the Zhang Tao lab's of round 154): the presented paper's
    # title in h1.posttitle under the site's h1, a heading naming the host and the meeting's day, the
    # paper's abstract under 'Abstract:', then a 'Source:' line linking the paper.
    abstract = ("Regulatory elements control gene expression through transcription initiation and by "
                "enhancing transcription at distant regions, and we propose a scheme to find them.")
    return ('<!DOCTYPE html><html><head><meta charset="utf-8">'
            '<title>Finding regulatory elements genome-wide | Tao lab</title>'
            '<meta property="og:title" content="Finding regulatory elements genome-wide">'
            '<meta name="author" content="dy">'
            f'<meta name="description" content="Abstract: {abstract[:90]}">'
            '<meta property="og:site_name" content="Tao lab"><meta property="og:type" content="article">'
            '<meta property="article:published_time" content="2022-05-11T00:00:00+08:00"></head><body>'
            '<nav><h1>Tao lab</h1></nav><div class="col-sm-8"><div class="mainheading">'
            '<h1 class="posttitle">Finding regulatory elements genome-wide</h1></div>'
            f'<div class="article-post">{host_line}<h3 id="abstract">Abstract:</h3><p>{abstract}</p>'
            f'{source_line}</div></div></body></html>')


def test_a_lab_meeting_page_is_written_by_its_host_and_its_sourced_abstract_is_the_papers():
    found = normalise_page(
        "https://tao.example.org/lab%20meeting/2022/05/11/lab_meeting.html",
        _lab_meeting_page("<h3>Host: Ann Lee <br><br> Date: 11 May 2022 </h3>",
                          '<h4>Source: <a href="https://journals.example.org/p?id=10.1371/x">'
                          'A Journal (2021)</a></h4>'))
    paper = found.papers[0]
    assert paper.title == "Finding regulatory elements genome-wide"
    assert paper.authors == ["Ann Lee"]
    assert paper.abstract is None


def test_a_lab_meeting_abstract_no_source_line_credits_stays_the_pages():
    found = normalise_page("https://tao.example.org/lab%20meeting/2022/05/11/lab_meeting.html",
                           _lab_meeting_page("<h3>Host: Ann Lee</h3>", "<p>We read it together.</p>"))
    assert (found.papers[0].abstract or "").startswith("Regulatory elements control gene expression")


def test_a_lab_meetings_lines_are_read_in_linear_time():
    from papershelf.normalise.lab_meetings import credited_to_its_source, host_of_the_meeting

    def reading(size: int):
        lines = "".join(f"<p>{'words ' * 20}{number}</p>" for number in range(size))
        page = parse_page(f"<html><body><h1>T</h1>{lines}<p>Host: Ann Lee</p></body></html>")
        return lambda: (host_of_the_meeting(page), credited_to_its_source(page, "words " * 40))

    assert_linear_time(reading, 8000)


def test_a_lab_template_posts_info_lines_are_read_in_linear_time():
    from papershelf.normalise.post_info_writers import post_info_writers

    def reading(size: int):
        lines = "".join(f'<div class="post-info">{_MEMBER_CARD}</div>' for _ in range(size))
        page = parse_page(f"<html><body><h1>T</h1>{lines}</body></html>")
        return lambda: post_info_writers(page)

    assert_linear_time(reading, 4000)


_CREATIVE_WORK = ' itemscope itemtype="http://schema.org/CreativeWork"'


def _academic_4_paper_page(card: str, button: str = "Preprint", item: str = _CREATIVE_WORK,
                           published: str = "2019-03-01", shown_day: str = "2019-03-01") -> str:
    # A researcher's paper page of Hugo's Academic theme 4.1 (Hanno Reuvers's, 2019, round 156): a post's
    # meta (article:published_time), the h1, the month, no authors line (the front matter lists none), one
    # header button to the arXiv preprint, the abstract, and the author card(s) `card` after the text.
    abstract = ("Understanding round trends and identifying their reversals in decadal round series matters, "
                "and this paper estimates them without assuming a parametric form for the trend. ")
    return ('<!DOCTYPE html><html lang="en-us"><head><meta name="generator" content="Source Themes Academic '
            '4.1.0"><meta name="author" content="Round Reuvers">'
            '<title>Nonparametric Round Trends | Round Reuvers</title>'
            '<meta property="og:title" content="Nonparametric Round Trends | Round Reuvers">'
            f'<meta property="article:published_time" content="{published}T00:00:00+01:00"></head><body>'
            f'<div class="pub"{item}>'
            '<div class="article-container pt-3"><h1 itemprop="name">Nonparametric Round Trends</h1>'
            f'<meta content="{shown_day} 00:00:00 +0100 CET" itemprop="datePublished">'
            '<div class="article-metadata"><span class="article-date"><time>March 2019</time></span></div>'
            '</div><div class="article-container"><div class="btn-links mb-3">'
            f'<a class="btn btn-outline-primary my-1 mr-1" href="https://arxiv.org/abs/1903.05403">{button}</a>'
            f'</div><h3>Abstract</h3><p class="pub-abstract" itemprop="text">{abstract * 2}</p>'
            f'<div class="article-style"></div>{card}</div></div></body></html>')


def _author_card(name: str) -> str:
    return ('<div class="media author-card" itemscope itemtype="http://schema.org/Person">'
            '<img class="portrait mr-3" src="/author/admin/avatar.png" itemprop="image" alt="Avatar">'
            '<div class="media-body"><h5 class="card-title" itemprop="name">'
            f'<a href="/authors/admin">{name}</a></h5><h6 class="card-subtitle">Assistant Professor</h6>'
            '</div></div>')


def test_an_academic_paper_page_without_an_authors_line_is_written_by_its_author_card():
    page = _academic_4_paper_page(_author_card("Round Reuvers"))
    paper = normalise_page("https://round.github.io/site/publication/round-paper/", page).papers[0]
    assert paper.title == "Nonparametric Round Trends"
    assert paper.authors == ["Round Reuvers"]


def test_two_author_cards_name_no_author_of_an_academic_paper_page():
    page = _academic_4_paper_page(_author_card("Round Reuvers") + _author_card("Square Smeekes"))
    paper = normalise_page("https://round.github.io/site/publication/round-paper/", page).papers[0]
    assert paper.authors in (None, [])


def test_the_preprint_button_of_an_academic_paper_page_without_rows_names_its_arxiv_id():
    page = _academic_4_paper_page(_author_card("Round Reuvers"))
    paper = normalise_page("https://round.github.io/site/publication/round-paper/", page).papers[0]
    assert paper.arxiv_id == "1903.05403"


def test_a_preprint_button_of_a_post_of_the_theme_names_no_arxiv_id():
    page = _academic_4_paper_page(_author_card("Round Reuvers"), item="")
    paper = normalise_page("https://round.github.io/site/post/round-paper/", page).papers[0]
    assert paper.arxiv_id is None


def test_a_paper_page_whose_metas_give_two_days_of_the_month_it_shows_is_dated_by_the_month():
    page = _academic_4_paper_page(_author_card("Round Reuvers"), published="2019-03-15",
                                  shown_day="2019-03-17")
    paper = normalise_page("https://round.github.io/site/publication/round-paper/", page).papers[0]
    assert paper.published == "2019-03"


def test_a_paper_page_whose_metas_agree_on_a_day_of_the_month_it_shows_keeps_the_day():
    page = _academic_4_paper_page(_author_card("Round Reuvers"), published="2019-03-17",
                                  shown_day="2019-03-17")
    paper = normalise_page("https://round.github.io/site/publication/round-paper/", page).papers[0]
    assert paper.published == "2019-03-17"


def test_an_academic_paper_pages_author_cards_are_read_in_linear_time():
    def reading(size: int):
        page = _academic_4_paper_page(_author_card("Round Reuvers") * size)
        return lambda: normalise_page("https://round.github.io/site/publication/round-paper/", page)

    assert_linear_time(reading, 2000)


def _researcher_theme_post(first_heading: str, heading_id: str) -> str:
    # A linguist's post of Hugo's 'researcher' theme (Alejandro M. Andirkó's, 2022, round 156): no meta but a
    # site-wide description and a short author name, the post's title in the <title> alone, the navbar's brand
    # naming the owner, then the Markdown straight away, its h1s the text's own sections (with the ids Hugo's
    # heading anchors give them), and the site's 'Last updated' line in the footer.
    prose = ("<p>I study round cognition from a very interdisciplinary approach, including data from "
             "genetics, neurobiology, comparative cognition and archaeology, and the term matters.</p>")
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>Why I like the term round archaeology'
            '</title><base href="https://round.eu"><meta name="description" content="My personal website">'
            '<meta name="author" content=\'Al\'></head><body><div class="container mt-5"><nav class="navbar">'
            '<a class="navbar-brand mr-sm-auto" href="https://round.eu">Alejandro M. Roundkó</a>'
            '<div class="navbar-nav"><a class="nav-item nav-link" href="/about">About</a>'
            '<a class="nav-item nav-link" href="/posts">Posts</a></div></nav></div><hr><div id="content">'
            f'<div class="container"><h1 id="{heading_id}">{first_heading}</h1>{prose * 3}'
            f'<h1 id="lets-readopt-round-archaeology">Let’s readopt ‘Round archaeology’</h1>{prose * 2}'
            '</div></div><div id="footer" class="mb-5"><hr><div class="container text-center">'
            '<a href="https://round.eu"><small>Last updated: 15/04/2022 </small></a></div></div>'
            '</body></html>')


def test_a_post_whose_title_only_its_tab_names_over_its_sections_is_read_by_the_tab():
    heading = "“What do you do?”: A two word summary"
    page = _researcher_theme_post(heading, "what-do-you-do-a-two-word-summary")
    paper = normalise_page("https://round.eu/post/round_arch/", page).papers[0]
    assert paper.title == "Why I like the term round archaeology"
    assert paper.authors == ["Alejandro M. Roundkó"]
    assert paper.published is None


def test_a_post_whose_first_h1_is_no_section_of_its_text_is_not_read_by_its_tab():
    page = _researcher_theme_post("Round Thoughts", "site-title")
    found = normalise_page("https://round.eu/post/round_arch/", page)
    titles = [paper.title for paper in found.papers] if found is not None else []
    assert "Why I like the term round archaeology" not in titles


def test_a_post_titled_by_its_tab_is_found_in_linear_time():
    def reading(size: int):
        page = _researcher_theme_post("A section " * size, "a-section" * size)
        return lambda: normalise_page("https://round.eu/post/round_arch/", page)

    assert_linear_time(reading, 2000)


def _academic_0_paper_page(authors: str) -> str:
    # A political scientist's paper page of Hugo's Academic theme of 2018 (Jeffrey B. Arnold's, Hugo 0.42.2,
    # round 156): the h1, span.pub-authors marked itemprop="author" (no item of its own) holding the authors'
    # names in one comma-separated line, the abstract, the 'Date' row.
    abstract = ("How do the traits of round commanders relate to battlefield outcomes? We employ original "
                "battle-level data on hundreds of commanders in more than two hundred round battles. ")
    return ('<!DOCTYPE html><html lang="en-us"><head><meta name="generator" content="Hugo 0.42.2">'
            '<meta name="author" content="Round B. Arnold"><title>Allegiance and Round Effectiveness | '
            'Round B. Arnold</title><meta property="og:title" content="Allegiance and Round Effectiveness | '
            'Round B. Arnold"><meta property="article:published_time" content="2018-01-28T00:00:00+00:00">'
            f'</head><body><div class="pub"{_CREATIVE_WORK}><div class="article-container">'
            '<h1 itemprop="name">Allegiance and Round Effectiveness</h1>'
            f'<span class="pub-authors" itemprop="author">\n      {authors}\n    </span>'
            f'<h3>Abstract</h3><p class="pub-abstract" itemprop="text">{abstract * 2}</p>'
            '<div class="row"><div class="col-xs-12 col-sm-3 pub-row-heading">Date</div>'
            '<div class="col-xs-12 col-sm-9" itemprop="datePublished">January, 2018</div></div>'
            '</div></div></body></html>')


def test_an_author_property_listing_several_names_at_commas_is_each_of_them():
    page = _academic_0_paper_page("Round B. Arnold, J. Tyson Squarenier, Gary E. Roundbaugh")
    paper = normalise_page("https://round.me/publication/round-commanders/", page).papers[0]
    assert paper.authors == ["Round B. Arnold", "J. Tyson Squarenier", "Gary E. Roundbaugh"]


def test_an_author_property_naming_one_person_family_name_first_stays_one_name():
    page = _academic_0_paper_page("Arnold, Round B.")
    paper = normalise_page("https://round.me/publication/round-commanders/", page).papers[0]
    assert paper.authors == ["Round B. Arnold"]


def test_an_author_property_listing_two_whole_names_one_of_them_the_owners_is_each_of_them():
    # An economic theorist's work in progress (Gabriel Martinez Roa's, Academic 2.4.0, round 199): the line
    # of two names at its one comma, 'Gabriel Martinez-Roa, Nicholas Tenev', was read as one name family
    # name first ('Nicholas Tenev Gabriel Martinez-Roa'). The author meta names the site's owner, the first
    # of the two as written: the line lists two people.
    page = _academic_0_paper_page("Round B. Arnold, Nicholas Squarev")
    paper = normalise_page("https://round.me/publication/round-commanders/", page).papers[0]
    assert paper.authors == ["Round B. Arnold", "Nicholas Squarev"]
    # Where the owner is neither (a part of his given names alone is not his whole name), the line is still
    # read as one person family name first, as before.
    page = _academic_0_paper_page("Squarev Round, Round B.")
    paper = normalise_page("https://round.me/publication/round-commanders/", page).papers[0]
    assert paper.authors == ["Round B. Squarev Round"]


def test_an_author_property_listing_family_names_and_initials_at_commas_is_each_of_them():
    # A landscape ecologist's paper page (João Gonçalves's, Hugo 0.53, round 162): the line lists its people
    # as a citation does, family name and initials ('Henriques R', 'Monteiro AT'), the first with a comma
    # between them ('Gonçalves, J').
    page = _academic_0_paper_page("Roundes, J, Henriques R, Alves P, Sousa-Silva R, Monteiro AT")
    paper = normalise_page("https://round.cc/publication/2015_11_round_uav/", page).papers[0]
    assert paper.authors == ["Roundes, J", "Henriques R", "Alves P", "Sousa-Silva R", "Monteiro AT"]


def test_an_author_property_of_one_family_name_and_initials_pair_stays_one_name():
    page = _academic_0_paper_page("Roundes, J")
    paper = normalise_page("https://round.cc/publication/2015_11_round_uav/", page).papers[0]
    assert paper.authors != ["Roundes", "J"]


def test_an_author_property_listing_initialled_names_is_read_in_linear_time():
    def reading(size: int):
        page = _academic_0_paper_page(", ".join(["Roundes, J"] + ["Henriques RA"] * size))
        return lambda: normalise_page("https://round.cc/publication/2015_11_round_uav/", page)

    assert_linear_time(reading, 2000)


def test_an_author_property_listing_names_is_read_in_linear_time():
    def reading(size: int):
        page = _academic_0_paper_page(", ".join(["Round B. Arnold"] * size))
        return lambda: normalise_page("https://round.me/publication/round-commanders/", page)

    assert_linear_time(reading, 2000)


def test_an_academic_paper_items_preprint_and_author_card_are_read_at_an_address_saying_nothing():
    page = _academic_4_paper_page(_author_card("Round Reuvers"))
    paper = normalise_page("https://example.org/saved-page", page).papers[0]
    assert (paper.arxiv_id, paper.authors) == ("1903.05403", ["Round Reuvers"])


def _academic_talk_page(label: str = "Event") -> str:
    # Source Themes Academic's talk page (Agah Karakuzu's, round 153, 4.3.1): the heading, the buttons (its
    # 'PDF' to a later journal paper's Wiley page, 'Slides' to a Zenodo DOI), the 'Abstract', then the rows
    # 'Date', 'Event' and 'Location'; the author meta the site's owner, no authors line.
    rows = "".join(f'<div class="row"><div class="col-12 col-md-3 pub-row-heading">{name}</div>'
                   f'<div class="col-12 col-md-9">{value}</div></div>'
                   for name, value in (("Date", "Sep 8, 2021 12:00 AM"), (label, "Workshop on Round Things"),
                                       ("Location", "Virtual")))
    return ('<!DOCTYPE html><html lang="en-us"><head><meta charset="utf-8">'
            '<title>A peek at round sequences | Ada Round</title>'
            '<meta name="generator" content="Source Themes Academic 4.3.1"><meta name="author" '
            'content="Ada Round">'
            '<meta property="og:title" content="A peek at round sequences | Ada Round">'
            '<meta property="article:published_time" content="2021-09-08T00:00:00+00:00"></head><body>'
            '<div class="pub" itemscope itemtype="http://schema.org/Event"><div '
            'class="article-container pt-3">'
            '<h1>A peek at round sequences</h1><div class="btn-links mb-3">'
            '<a class="btn btn-outline-primary my-1 mr-1" href="https://onlinelibrary.wiley.com/doi/abs/'
            '10.1002/mrm.29292">PDF</a><a class="btn btn-outline-primary my-1 mr-1" '
            'href="https://doi.org/10.5281/zenodo.6860998">Slides</a></div></div><div '
            'class="article-container">'
            '<h3>Abstract</h3><p class="pub-abstract">Round sequences shine a light on round scanners. '
            'In this '
            'talk, I present first findings from our multicentre experiment on three round scanners.</p>'
            f'{rows}</div></div></body></html>')


def test_an_academic_talk_pages_buttons_link_other_works_not_the_talks_doi():
    # A talk's page (its 'Event' row) is the talk's record: the paper its 'PDF' button links, and the slides'
    # deposit, are other works, whose DOIs are not the talk's.
    paper = normalise_page("https://round.github.io/talk/talk13/", _academic_talk_page()).papers[0]
    assert (paper.title, paper.doi) == ("A peek at round sequences", None)
    # …a paper's page, its rows 'Type' or 'Publication', keeps its PDF button's DOI.
    page = _academic_talk_page("Publication")
    paper = normalise_page("https://round.github.io/publication/round/", page).papers[0]
    assert paper.doi == "10.1002/mrm.29292"


def test_an_academic_talk_page_of_a_site_named_for_its_owner_is_the_owners_talk():
    # No authors line: the author meta names the site's owner, whom the site is named for (og:site_name and
    # the <title> after ' | '), so the talk, in the first person, is theirs.
    site = '<meta property="og:site_name" content="Ada Round"></head>'
    page = _academic_talk_page().replace("</head>", site)
    paper = normalise_page("https://round.github.io/talk/talk13/", page).papers[0]
    assert paper.authors == ["Ada Round"]


def test_an_academic_talk_page_of_a_labs_site_names_no_speaker_by_its_author_meta():
    # A lab's site (ZJU VAI's, 2020) writes its maker as every page's author meta: the site is named
    # otherwise, and the meta's person is no speaker.
    page = (_academic_talk_page().replace("| Ada Round", "| Round Lab")
            .replace("</head>", '<meta property="og:site_name" content="Round Lab"></head>'))
    paper = normalise_page("https://roundlab.github.io/talk/talk13/", page).papers[0]
    assert paper.authors != ["Ada Round"]


def _bar_named_post(home: str = "https://round.github.io/") -> str:
    # M.E. Irizarry-Gelpí's Pelican site (round 153, 2018): no author, date or Open Graph meta, no byline; the
    # <title> the post's title, ' | ' and the site's name, a person's whole name with initials; the masthead's
    # h1.title a link to the site's home showing that name; the post's h1, then its article's header listing
    # its day (li[title] the ISO date-time, as DIYnamics's Pelican theme has it).
    prose = ("<p>Euler's formula for scalar complex numbers gives four exponential representations of the "
             "identity, and the same four hold for the identity matrix, and more again for an "
             "involution.</p>")
    return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
            '<title>  Round Formula for Involutions'
            ' | A.B. Round-Lovelace\n</title><meta name="description" content="Understanding round things.">'
            f'</head><body><div class="row"><div class="col-sm-8"><h1 class="title"><a href="{home}">'
            'A.B. Round-Lovelace</a></h1><p class="text-muted">Physics impostor.</p></div></div>'
            '<div class="main"><h1>  Round Formula for Involutions\n</h1><hr><article '
            'class="article"><header>'
            '<ul class="list-inline"><li class="list-inline-item text-muted" '
            'title="2018-04-08T00:00:00-04:00">'
            'Sun 08 April 2018</li><li class="list-inline-item"><a href="https://round.github.io/category/'
            'physics.html">Physics</a></li></ul></header><div class="content">' + prose * 4
            + '</div></article></div></body></html>')


def test_the_name_the_tab_gives_after_the_posts_title_and_a_bar_is_the_bloggers():
    # The <title>'s part after the post's title and ' | ' is the site's name, a person's, which the masthead's
    # link home shows whole: the post is theirs.
    url = "https://round.github.io/posts/round-formula/index.html"
    paper = normalise_page(url, _bar_named_post()).papers[0]
    assert paper.authors == ["A.B. Round-Lovelace"]


def test_the_tabs_name_after_a_bar_names_no_writer_unless_a_home_link_shows_it():
    found = normalise_page("https://round.github.io/posts/round-formula/index.html",
                           _bar_named_post(home="https://round.github.io/pages/about/"))
    assert found is not None and found.papers[0].authors != ["A.B. Round-Lovelace"]


def _pure_sidebar_post(link_title: str = "See posts by Ada Round") -> str:
    # Sven Kreiss's blog (round 153, Pelican's Pure theme, 2015): og:title and og:type article, no author
    # or date meta; the sidebar's header.header-article holding the avatar's link to his page of posts,
    # titled 'See posts by …', h2.article-info his name and p.article-date the day; the post's h1 in its own
    # header.
    prose = ("<p>This poster was made by a colleague and me. It is about the tools we built for the "
             "discovery of a round particle, and the way a combined statistical model is built from many "
             "groups' parts so that any method, frequentist or Bayesian, can be applied to any model.</p>")
    return ('<!DOCTYPE html><html><head><title>Collaborative Round Modeling - Ada Round</title>'
            '<meta property="og:title" content="Collaborative Round Modeling">'
            '<meta property="og:type" content="article"></head><body><div class="sidebar">'
            '<header class="header-article"><a href="https://round.example/blog/author/ada-round/" '
            f'title="{link_title}"><img class="avatar" alt="Ada Round" src="/a.png"></a>'
            '<h2 class="article-info">Ada Round</h2><p class="article-date">April 11, 2015</p>'
            '<a href="/">&larr;Home</a></header></div><div class="content"><section class="post">'
            '<header class="post-header"><h1>Collaborative Round Modeling</h1></header></section>'
            + prose * 3 + '</div></body></html>')


def test_a_post_is_dated_and_written_by_its_sidebars_article_info():
    paper = normalise_page("https://round.example/blog/round-modeling/", _pure_sidebar_post()).papers[0]
    assert (paper.title, paper.authors, paper.published) == (
        "Collaborative Round Modeling", ["Ada Round"], "2015-04-11")


def test_an_article_info_name_no_link_to_their_posts_names_is_no_writer():
    # The link to the page of posts names the writer (its title or its image's alt); where neither does, the
    # name may be the site's, and the sidebar is no post's.
    from papershelf.normalise.article_info_sidebars import post_beside_its_article_info

    page = _pure_sidebar_post(link_title="Home").replace('alt="Ada Round"', 'alt="avatar"')
    assert post_beside_its_article_info(parse_page(page)) is None


def test_a_sidebars_article_info_is_found_in_linear_time():
    from papershelf.normalise.article_info_sidebars import post_beside_its_article_info

    def run(size: int):
        headers = "<header><a>x</a></header>" * size
        parsed = parse_page(_pure_sidebar_post().replace("<body>", "<body>" + headers))
        return lambda: post_beside_its_article_info(parsed)

    assert_linear_time(run, 4000)


def _posted_day_article_post(line: str = "Posted 2019-09-07", brand: str = "Round Reeve: ") -> str:
    # A digital humanist's post built by a Haskell static-site generator (Jonathan Reeve's site, round
    # 159): no meta but the charset, <base href="/">, the navbar's brand (the owner's name, a colon and the
    # tagline in a span) in a bare href, the h1, then the article opening with its 'Posted <day>' paragraph.
    text = ("Recently, I have become interested in the problem of literary style, and in how a writer's "
            "stylistic signal may be separated from that of an era, a nation or a genre. ")
    return ('<html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<title>Isolating Round Style with Raymond Queneau\n</title><base href="/"></head><body>'
            '<div id="headerWrapper"><header class="navbar"><section class="navbar-section">'
            f'<a class="navbar-brand" href>{brand}<span>Computational Round Analysis</span></a></section>'
            '<section class="navbar-section"><ul class="nav"><li class="nav-item"><a href>posts</a></li>'
            '<li class="nav-item"><a href="cv">cv</a></li></ul></section></header></div>'
            '<div class="container"><h1>Isolating Round Style with Raymond Queneau\n</h1>'
            f'<article><p>{line}</p><p>{text * 2}</p><p>{text}</p></article></div></body></html>')


def test_a_post_whose_article_opens_with_its_posted_day_is_read_by_its_heading_and_day():
    paper = normalise_page("https://roundreeve.com/2019/09/exercises-in-style/",
                           _posted_day_article_post()).papers[0]
    assert paper.title == "Isolating Round Style with Raymond Queneau"
    assert paper.published == "2019-09-07"


def test_a_navbar_brand_of_a_name_a_colon_and_a_tagline_in_a_bare_href_names_the_owner():
    paper = normalise_page("https://roundreeve.com/2019/09/exercises-in-style/",
                           _posted_day_article_post()).papers[0]
    assert paper.authors == ["Round Reeve"]


def test_a_navbar_brand_of_words_before_a_colon_names_no_owner():
    page = _posted_day_article_post(brand="Notes on Round Things: ")
    found = normalise_page("https://roundreeve.com/2019/09/exercises-in-style/", page)
    assert found is not None and not found.papers[0].authors


def test_an_article_opening_with_words_of_posting_is_not_dated_by_them():
    page = _posted_day_article_post(line="Posted in a hurry, as ever")
    found = normalise_page("https://roundreeve.com/2019/09/exercises-in-style/", page)
    assert all(paper.published is None for paper in (found.papers if found is not None else []))


def test_a_post_over_its_posted_day_is_found_in_linear_time():
    def reading(size: int):
        page = _posted_day_article_post(line="Posted " + "2019-09-07 " * size)
        return lambda: normalise_page("https://roundreeve.com/2019/09/exercises-in-style/", page)

    assert_linear_time(reading, 2000)


def _academic_paper_page_without_rows(buttons: str) -> str:
    # A statistician's paper page of Academic 4.5.0 (Duco Veen's, 2022, round 157): its front matter gave
    # no type or venue, so no labelled rows; the h1, the authors line and the month, the header's buttons
    # `buttons`, an empty body; the metas and JSON-LD the site's owner's.
    abstract = ("Round experts' beliefs embody a present state of knowledge, and this paper ranks them by "
                "how well their stated distributions predict new data. ")
    return ('<!DOCTYPE html><html lang="en-us"><head><meta name="author" content="Round Veen">'
            '<meta name="generator" content="Source Themes Academic 4.5.0">'
            f'<meta name="description" content="{abstract}">'
            '<meta property="og:title" content="Using the Round Criterion to Rank Experts | Round Veen">'
            '<meta property="article:published_time" content="2018-08-09T00:00:00+00:00">'
            '<title>Using the Round Criterion to Rank Experts | Round Veen</title></head><body>'
            '<div class="pub"><div class="article-container pt-3"><h1>Using the Round Criterion to Rank '
            'Experts</h1><div class="article-metadata"><div><span><a href="/authors/admin/">Round Veen</a>'
            '</span>, <span><a href="/authors/round-stoel/">Round Stoel</a></span></div>'
            '<span class="article-date">August 2018</span></div>'
            f'<div class="btn-links mb-3">{buttons}</div></div>'
            '<div class="article-container"><div class="article-style"></div></div></div></body></html>')


_DOI_PDF_BUTTON = ('<a class="btn btn-outline-primary my-1 mr-1" href="https://doi.org/10.3390/e20080592" '
                   'target="_blank" rel="noopener">PDF</a>')


def test_an_academic_paper_pages_cite_button_makes_its_pdf_buttons_doi_the_papers_without_rows():
    buttons = _DOI_PDF_BUTTON + ('<button type="button" class="btn btn-outline-primary my-1 mr-1 '
                                 'js-cite-modal" data-filename="/publication/dac/cite.bib">Cite</button>')
    page = _academic_paper_page_without_rows(buttons)
    paper = normalise_page("https://www.round-veen.com/publication/dac/", page).papers[0]
    assert paper.doi == "10.3390/e20080592"


def test_a_pdf_buttons_doi_without_rows_or_a_cite_button_is_no_doi_of_the_page():
    page = _academic_paper_page_without_rows(_DOI_PDF_BUTTON)
    found = normalise_page("https://www.round-veen.com/post/dac/", page)
    assert found is None or found.papers[0].doi is None


def _blox_031_paper_page(line_day: str = "Oct 31, 2022", attachments: bool = True) -> str:
    # A security researcher's paper page of Hugo Blox 0.3.1 (Kevin van Liebergen's, 2026, round 157): the
    # JSON-LD's author the first author alone, article:published_time the day the page was added; under the
    # h1 the metadata line (the paper's day, then each author in a div.group.inline-flex); the work's links
    # a.hb-attachment-link; the abstract in a labelled block.
    people = ["Round Van Liebergen", "Juan Round", "Platon Round", "Chris Round"]
    names = '<span class="mr-1">,</span>'.join(
        f'<div class="group inline-flex items-center mx-1"><div>{name}</div></div>' for name in people)
    links = ('<a class="hb-attachment-link hb-attachment-large" '
             'href="https://doi.org/10.48550/arXiv.2210.15973">DOI</a>'
             '<a class="hb-attachment-link hb-attachment-large" '
             'href="http://arxiv.org/abs/2210.15973">URL</a>'
             ) if attachments else ""
    abstract = ("Round online scanners analyse user-submitted files with many security tools, and this work "
                "characterises a year of the most popular scanner's file feed. ")
    return ('<!doctype html><html lang="en-us"><head>'
            '<meta name="generator" content="Hugo Blox Builder 0.3.1">'
            '<meta name="author" content="Round van Liebergen">'
            '<meta property="og:title" content="A Deep Dive into Round Feeds | Round van Liebergen">'
            '<meta property="article:published_time" content="2023-09-13T15:01:54+00:00">'
            '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "Article", '
            '"headline": "A Deep Dive into Round Feeds", "datePublished": "2023-09-13T15:01:54Z", '
            '"author": {"@type": "Person", "name": "Round Van Liebergen"}}</script>'
            '<title>A Deep Dive into Round Feeds | Round van Liebergen</title></head><body>'
            '<main><h1 class="mt-2 text-4xl">A Deep Dive into Round Feeds</h1><div class="mt-4 mb-16">'
            f'<div class="text-gray-500 text-sm flex"><span class="mr-1">{line_day}</span>'
            f'<span class="mx-1">·</span>{names}<span class="mx-1">·</span>'
            '<span>0 min read</span></div></div>'
            f'<div>{links}</div><div class="font-bold text-2xl">Abstract</div><div>{abstract * 2}</div>'
            '<p>Last updated on Sep 13, 2023</p></main></body></html>')


def test_a_blox_paper_pages_metadata_line_names_the_authors_its_json_ld_cuts_to_the_first():
    paper = normalise_page("https://round.github.io/publication/deep/", _blox_031_paper_page()).papers[0]
    assert paper.authors == ["Round Van Liebergen", "Juan Round", "Platon Round", "Chris Round"]


def test_a_blox_paper_pages_metadata_line_dates_the_paper_over_the_day_the_page_was_added():
    paper = normalise_page("https://round.github.io/publication/deep/", _blox_031_paper_page()).papers[0]
    assert paper.published == "2022-10-31"


def test_a_blox_metadata_lines_day_on_a_page_without_its_works_links_keeps_the_metas_day():
    page = _blox_031_paper_page(attachments=False)
    paper = normalise_page("https://round.github.io/post/deep/", page).papers[0]
    assert paper.published == "2023-09-13"


def test_a_blox_paper_pages_metadata_line_is_read_in_linear_time():
    def reading(size: int):
        page = _blox_031_paper_page(line_day="Oct 31, 2022" + "<b>round</b>" * size)
        return lambda: normalise_page("https://round.github.io/publication/deep/", page)

    assert_linear_time(reading, 4000)


def _distill_post(site: str = "Reef Floats Blog", h1: str = "A Doubtful Track") -> str:
    # A programme's R distill post (the Argo Canada Development Blog's of round 158): <title>, og:title and
    # HighWire's citation_title open with the site's name and a colon, og:site_name the site's name, the h1
    # in div.d-title the post's title alone over its dek, the byline the writer and the day.
    full = f"Reef Floats Blog: {h1}" if site else h1
    return ('<!DOCTYPE html><html><head><meta name="generator" content="distill">'
            f'<title>{full}</title><meta property="og:title" content="{full}">'
            f'<meta property="og:site_name" content="{site}">'
            '<meta name="description" content="A few floats whose positions cross land">'
            '<meta property="article:published" itemprop="datePublished" content="2021-05-14">'
            f'<meta name="citation_title" content="{full}">'
            '<meta name="citation_author" content="Dana Reef">'
            '<meta name="citation_publication_date" content="2021/05/14"></head><body>'
            f'<div class="d-title"><h1>{h1}</h1><p>A few floats whose positions cross land</p></div>'
            '<div class="d-byline">Dana Reef 05-14-2021</div><div class="d-article">'
            '<p>These floats were first posted about by a colleague, who noted that some of the positions '
            'the index interpolates cross the coastline and the ice.</p></div></body></html>')


def test_a_distill_posts_title_is_its_heading_less_the_sites_name_its_meta_titles_open_with():
    paper = normalise_page("https://reef.example.org/blog/posts/2021-05-14-a-doubtful-track/",
                           _distill_post()).papers[0]
    assert paper.title == "A Doubtful Track"
    assert paper.authors == ["Dana Reef"]
    assert paper.published == "2021-05-14"


def test_a_meta_title_opening_with_the_sites_name_no_heading_shows_the_rest_of_stays_whole():
    # The site's name and a colon may open a paper's own title; only an h1 showing the rest says it is
    # the site's.
    page = parse_page(_distill_post(h1="Something else"))
    from papershelf.normalise.site_prefixed_titles import less_the_sites_prefix

    assert less_the_sites_prefix(page, "Reef Floats Blog: A Doubtful Track") == (
        "Reef Floats Blog: A Doubtful Track")
    assert less_the_sites_prefix(page, "Reef Floats Blog: Something else") == "Something else"


def test_a_sites_prefixed_titles_headings_are_read_in_linear_time():
    from papershelf.normalise.site_prefixed_titles import less_the_sites_prefix

    def reading(size: int):
        headings = "".join(f"<h1>Heading {n}</h1>" for n in range(size))
        page = parse_page('<html><head><meta property="og:site_name" content="Blog"></head>'
                          f"<body>{headings}</body></html>")
        return lambda: less_the_sites_prefix(page, "Blog: Not shown")

    assert_linear_time(reading, 4000)


def _apero_publication_page(citation: str) -> str:
    # A lab's page of one paper (Hugo Apero's 'publications_blogformat' post, the Elgeti Lab's of round 158):
    # no author meta, the byline 'By Roe et al.' and the page's day, the theme's placeholder summary heading,
    # and a paragraph citing the paper in APA's way.
    return ('<!DOCTYPE html><html lang="en"><head><meta name="generator" content="Hugo 0.105.0">'
            '<title>Spin Labels in Receptor Dynamics | The Roe Lab</title>'
            '<meta name="description" content="Brief summary of the paper goes here.">'
            '<meta property="og:site_name" content="The Roe Lab">'
            '<meta property="og:title" content="Spin Labels in Receptor Dynamics | The Roe Lab">'
            '<meta property="og:type" content="page"></head><body><main>'
            '<article itemscope itemtype="http://schema.org/BlogPosting">'
            '<meta itemprop="name" content="Spin Labels in Receptor Dynamics">'
            '<meta itemprop="datePublished" content="2021-01-28T00:00:00+00:00">'
            '<h1>Spin Labels in Receptor Dynamics</h1><p>By Roe et al. in EPR</p>'
            '<p>January 28, 2021</p><div class="article-content"><h2>Brief summary of the paper</h2>'
            f'<p>{citation}</p></div></article></main></body></html>')


def test_a_lab_publication_page_is_by_the_authors_its_apa_citation_of_its_title_names():
    page = _apero_publication_page("Roe, J., Moe, K.L. (2021). Spin Labels in Receptor Dynamics. "
                                   "Biomolecules, 11, 778. https://doi.org/10.3390/biom11060778")
    paper = normalise_page("https://roelab.example.org/publications_blogformat/2021-biomolecules/",
                           page).papers[0]
    assert paper.title == "Spin Labels in Receptor Dynamics"
    assert paper.authors == ["Roe, J.", "Moe, K.L."]
    assert paper.published == "2021-01-28"
    assert paper.doi == "10.3390/biom11060778"


def test_an_apa_citation_of_another_title_names_no_authors_of_the_page():
    from papershelf.normalise.cited_paragraphs import authors_its_citation_names

    page = parse_page(_apero_publication_page(
        "Roe, J., Moe, K.L. (2019). An Earlier Paper on Receptors. Biomolecules, 9, 12."))
    assert authors_its_citation_names(page, "Spin Labels in Receptor Dynamics") is None


def test_a_pages_cited_paragraphs_are_read_in_linear_time():
    from papershelf.normalise.cited_paragraphs import authors_its_citation_names

    def reading(size: int):
        paragraphs = "".join(f"<p>Roe, J. ({1900 + n % 100}). Another title {n}.</p>" for n in range(size))
        page = parse_page(f"<html><body><h1>T</h1>{paragraphs}</body></html>")
        return lambda: authors_its_citation_names(page, "Spin Labels in Receptor Dynamics")

    assert_linear_time(reading, 4000)


def _preview_paper_page(authors: str, heading: str = "", preview_class: str = "post-content-preview") -> str:
    """A consortium's page of one paper as AUSCMI's Eleventy template writes it (2021): the Open Graph meta in
    the body, no h1, the title in div.post-banner-heading, the summary in a block classed as the preview, the
    author line, the text, then the day."""
    summary = ("Routine testing of vaccinated border workers lowers the risk of a community outbreak that "
               "vaccination alone leaves")
    return ('<html><head><title>MODEL | Testing the Border Workforce</title></head><body>'
            '<meta property="og:title" content="Testing the Border Workforce" />'
            f'<meta property="og:description" content=" {summary} " />'
            f'{heading}<div class="post-banner"><div class="post-banner-heading">Testing the Border Workforce'
            '</div></div><div class="post-content">'
            f'<div class="{preview_class}">{summary}</div>'
            f'<div class="post-content-author">{authors}</div>'
            '<div class="post-content-body"><p>Objectives:</p><p>Both countries quarantine arrivals at the '
            'border, and outbreaks have started from infected border workers.</p>'
            '<p>[Full paper] (https://doi.org/10.1098/rsos.210686)</p></div>'
            '<a href="/contributors/x/" class="post-content-attribution">'
            '<div class="post-content-attribution-date">First published: Sep 29, 2021</div></a>'
            '</div></body></html>')


def test_a_paper_pages_honoured_author_line_and_preview_are_its_authors_and_abstract():
    page = _preview_paper_page("Professor Mary Plank, Dr Rachel Binny, A/Prof Shaun Hendy, "
                               "Associate Professor Audrey Lustig, Prof. Kannan Ridings")
    paper = normalise_page("https://model.example.org/posts/testing-the-border-workforce/", page).papers[0]
    assert paper.title == "Testing the Border Workforce"
    assert paper.authors == ["Mary Plank", "Rachel Binny", "Shaun Hendy", "Audrey Lustig", "Kannan Ridings"]
    assert paper.abstract is not None and paper.abstract.startswith("Routine testing of vaccinated border")
    assert paper.doi == "10.1098/rsos.210686"


def test_an_author_line_not_each_behind_an_honorific_or_a_preview_under_an_h1_is_not_read():
    from papershelf.normalise.preview_paper_pages import authors_behind_honorifics, preview_over_the_authors

    # A part without an honorific: no line of this kind (the byline readers read plain names).
    mixed = parse_page(_preview_paper_page("Professor Mary Plank, Rachel Binny"))
    assert authors_behind_honorifics(mixed) == []
    assert preview_over_the_authors(mixed) is None
    # A page with an h1 stands its summary under it: the standfirst readers' page, not this one.
    headed = parse_page(_preview_paper_page("Professor Mary Plank, Dr Rachel Binny",
                                            heading="<h1>Other</h1>"))
    assert authors_behind_honorifics(headed) == ["Mary Plank", "Rachel Binny"]
    assert preview_over_the_authors(headed) is None
    # A block not classed as the preview, summary or lede is no summary set apart.
    plain = parse_page(_preview_paper_page("Professor Mary Plank, Dr Rachel Binny", preview_class="post-box"))
    assert preview_over_the_authors(plain) is None


def test_an_academic_honorific_is_no_part_of_a_name():
    from papershelf.normalise.names import display_name, names_in_byline

    assert display_name("Dr Rachelle Binny") == "Rachelle Binny"
    assert display_name("Prof. Dr. Anna Weber") == "Anna Weber"
    assert display_name("Associate Professor Audrey Lustig") == "Audrey Lustig"
    assert display_name("DR SARAH CUNNINGHAM-BURLEY") == "Sarah Cunningham-Burley"
    assert names_in_byline("Professor Michael Plank and Dr. Shaun Hendy") == ["Michael Plank", "Shaun Hendy"]
    # Before one word alone the honorific stays: no given and family name to leave.
    assert display_name("Dr Who") == "Dr Who"


def test_a_preview_paper_pages_classed_lines_are_read_in_linear_time():
    from papershelf.normalise.preview_paper_pages import authors_behind_honorifics, preview_over_the_authors

    def reading(size: int):
        lines = "".join(f'<div class="post-content-author">Dr Mary Plank{n}, Somebody</div>'
                        f'<div class="post-content-preview">Summary {n}</div>' for n in range(size))
        page = parse_page('<html><head><meta property="og:description" content="Summary"></head>'
                          f'<body>{lines}</body></html>')
        return lambda: (authors_behind_honorifics(page), preview_over_the_authors(page))

    assert_linear_time(reading, 4000)


_ROUND_INFLATION = "https://round.github.io/non_academic_publication/round-inflation/"


def _authors_line_paper_page(line: str, json_ld_author: str | None, *, author_meta: str = "Round Tiwari",
                         description: str = "", text: str = "") -> str:
    # A researcher's paper page of Hugo's Academic 4.8 / Wowchemy 5 (Anshuman Tiwari's, Deyu Rao's,
    # Venance Riblier's, round 164): a search box's h1 first, the paper's h1, right after it
    # div.article-metadata whose first div holds the authors line, one span a name, then the day; the JSON-LD
    # Article (Academic 4.8's; Wowchemy 5.7 writes none) names one author.
    ld = json.dumps({"@context": "https://schema.org", "@type": "Article",
                     "headline": "Round Water and Round Crops", "datePublished": "2022-12-24T00:00:00Z",
                     "author": {"@type": "Person", "name": json_ld_author}, "description": description})
    meta = f'<meta name="author" content="{author_meta}">' if author_meta else ""
    return ('<!DOCTYPE html><html lang="en-us"><head><meta charset="utf-8">'
            '<meta name="generator" content="Wowchemy 5.7.0 for Hugo">'
            f'{meta}<meta name="description" content="{description}">'
            '<meta property="og:site_name" content="Round Tiwari">'
            '<meta property="og:title" content="Round Water and Round Crops | Round Tiwari">'
            f'<meta property="og:description" content="{description}">'
            '<meta property="article:published_time" content="2022-12-24T00:00:00+00:00">'
            + (f'<script type="application/ld+json">{ld}</script>' if json_ld_author else "")
            + '<title>Round Water and Round Crops | Round Tiwari</title></head><body>'
            '<div class="modal"><h1>Search</h1></div><div class="page-body">'
            '<div class="article-container pt-3">'
            '<h1>Round Water and Round Crops</h1>\n\n<div class="article-metadata">\n  <div>\n'
            f'  {line}\n  </div>\n  <span class="article-date">December 2024</span>\n</div>'
            '<div class="btn-links mb-3">'
            '<a class="btn btn-outline-primary" href="/files/round.pdf">PDF</a></div>'
            f'</div><div class="article-container"><div class="article-style">{text}</div></div></div>'
            '</body></html>')


def test_a_with_line_of_an_academic_paper_page_names_the_owner_and_the_coauthors():
    page = _authors_line_paper_page("<span >with Round Hagerty</span>", "with Round Hagerty")
    paper = normalise_page("https://round.github.io/publication/round-rivers/", page).papers[0]
    assert paper.authors == ["Round Tiwari", "Round Hagerty"]
    page = _authors_line_paper_page("<span >With Round Li, Ivan Roundik, Fan Round</span>",
                                "with Round Li, Ivan Roundik, Fan Round", author_meta="Deyu Round")
    paper = normalise_page("https://round.github.io/publication/round-water/", page).papers[0]
    assert paper.authors == ["Deyu Round", "Round Li", "Ivan Roundik", "Fan Round"]


def test_a_with_line_without_an_author_meta_naming_a_person_names_no_owner():
    from papershelf.normalise.academic_metadata_lines import authors_over_the_meta
    html = _authors_line_paper_page("<span >with Round Hagerty</span>", "with Round Hagerty", author_meta="")
    page = parse_page(html)
    title = "Round Water and Round Crops"
    assert authors_over_the_meta(page, title, ["with Round Hagerty"]) == ["with Round Hagerty"]


def test_the_authors_line_of_a_wowchemy_paper_page_completes_its_json_ld_first_author():
    line = ('<span class="author-highlighted">\n      Round Riblier</span>, <span >\n      Théodore Roundmann'
            '</span>, <span >\n      Aurélien Round</span>')
    page = _authors_line_paper_page(line, None, author_meta="Round Riblier")
    paper = normalise_page(_ROUND_INFLATION, page).papers[0]
    assert paper.authors == ["Round Riblier", "Théodore Roundmann", "Aurélien Round"]


def test_an_authors_line_naming_the_owner_in_chinese_characters_completes_its_json_ld_first_author():
    # A bilingual Wowchemy 5.5 site's Chinese edition (Chenfei Ye's, round 223): the line writes the site's
    # owner in Han characters, highlighted, beside coauthors in Latin script, 'Equal contribution' icons
    # after two of them; the JSON-LD names the first author alone.
    icon = '<i class="author-notes fas fa-info-circle" data-toggle="tooltip" title="Equal contribution"></i>'
    line = (f'<span>\n      Round Yang</span>{icon}, <span class="author-highlighted">\n      叶圆飞</span>'
            f'{icon}, <span>\n      Guinan Round</span>, <span>\n      Heather Ting Round</span>')
    page = _authors_line_paper_page(line, "Round Yang", author_meta="叶圆飞")
    paper = normalise_page("https://round.github.io/zh/publication/round-mass/", page).papers[0]
    assert paper.authors == ["Round Yang", "叶圆飞", "Guinan Round", "Heather Ting Round"]
    # A site role's word in those characters ('administrator') is no one's name: the line is not read.
    line = f'<span>\n      Round Yang</span>{icon}, <span class="author-highlighted">\n      管理员</span>'
    page = _authors_line_paper_page(line, "Round Yang", author_meta="叶圆飞")
    paper = normalise_page("https://round.github.io/zh/publication/round-mass/", page).papers[0]
    assert paper.authors == ["Round Yang"]


def test_an_academic_pages_one_paragraph_its_description_copies_is_no_abstract():
    words = ("This paper is a discussion piece on the return of round inflation in France since 2021. "
             "It serves as an introduction to the March 2023 issue of a French review of round economics.")
    page = _authors_line_paper_page("<span >Round Riblier</span>", None, author_meta="Round Riblier",
                                description=words, text=f"<p>{words}</p>")
    paper = normalise_page(_ROUND_INFLATION, page).papers[0]
    assert paper.abstract is None


def test_an_academic_pages_description_over_a_text_of_several_paragraphs_stays_its_abstract():
    words = ("This paper is a discussion piece on the return of round inflation in France since 2021. "
             "It serves as an introduction to the March 2023 issue of a French review of round economics.")
    text = f"<p>{words}</p><p>The piece then turns to what round central banks did about it in 2022.</p>"
    page = _authors_line_paper_page("<span >Round Riblier</span>", None, author_meta="Round Riblier",
                                description=words, text=text)
    paper = normalise_page(_ROUND_INFLATION, page).papers[0]
    assert paper.abstract == words


def test_an_academic_pages_authors_line_and_text_are_read_in_linear_time():
    def reading(size: int):
        line = ", ".join(f"<span >Round Person{index}</span>" for index in range(size))
        page = _authors_line_paper_page(line, "Round Tiwari", text="<p>Round text.</p>" * size)
        return lambda: normalise_page("https://round.github.io/publication/round-rivers/", page)

    assert_linear_time(reading, 2000)


def test_a_post_dated_under_its_line_of_tag_links_parted_by_bullets_is_read():
    # Jekyll's Lanyon theme: the h1.post-title its <title> repeats before the blog's name, a line of tag links
    # parted by bullets, then span.post-date; no meta. The tags line is links alone, passed as one.
    tags = " • ".join(f'<a href="/tags.html#{tag}" rel="tag">{tag}</a>' for tag in ("2018", "RL", "ICLR"))
    page = ('<html><head><title>Relational Learning for Agents &middot; Papers I Read</title></head><body>'
            '<div class="post"><h1 class="post-title">Relational Learning for Agents</h1>'
            f'<p class="entry-tags">{tags}</p><span class="post-date">01 Jun 2019</span>'
            '<h2>Introduction</h2><p>The paper uses relational state and action spaces to carry the '
            'generalisation of relational learning over to reinforcement learning agents. It builds on graph '
            'networks and on the attention of transformers, and reads each scene as a set of entities.</p>'
            '<p>It shows the gains in sample efficiency on box-world and on a handful of strategy game '
            'mini-games. The agents reason over the entities of the scene, and their policies carry over to '
            'larger boards than those they were trained on.</p></div></body></html>')
    paper = normalise_page("https://notes.example.org/papers/Relational-Learning-for-Agents", page).papers[0]
    assert paper.title == "Relational Learning for Agents"
    assert paper.published == "2019-06-01"


def test_an_untyped_item_its_property_calls_a_blog_post_is_read_as_its_microdata_article():
    # Hexo's Icarus theme: <article itemscope itemprop="blogPost"> with no itemtype, its h1[itemprop=name] and
    # time[itemprop=datePublished]; the heading's own microdata is the post's, and the property says its kind.
    body = "".join(f"<p>Paragraph {n} of the notes on the weight normalisation paper, with its formulas and "
                   "the reading of its proofs in the appendix.</p>" for n in range(3))
    page = ('<html><head><meta property="og:title" content="[Notes]On Weight Normalization in GAN">'
            '</head><body><article class="article" itemscope itemprop="blogPost">'
            '<h1 class="article-title" itemprop="name">[Notes]On Weight Normalization in GAN</h1>'
            '<div class="article-meta"><span><time datetime="2017-06-10T14:01:21.000Z" '
            'itemprop="datePublished">6月 10 2017</time></span></div>'
            f'<div class="article-entry" itemprop="articleBody">{body}</div></article></body></html>')
    paper = normalise_page("https://blog.example.cc/posts/6d3ae0a7/", page).papers[0]
    assert paper.title == "[Notes]On Weight Normalization in GAN"
    assert paper.published == "2017-06-10"


def test_an_untyped_item_under_another_property_is_no_article():
    from papershelf.normalise.microdata_articles import microdata_article

    page = parse_page('<html><body><div itemscope itemprop="offers"><h1 itemprop="name">A Product</h1>'
                      '<time itemprop="datePublished" datetime="2017-06-10">10 June</time></div>'
                      '</body></html>')
    assert microdata_article(page, None) is None


def test_untyped_blog_post_items_are_found_in_linear_time():
    from papershelf.normalise.microdata_articles import microdata_article

    def reading(size: int):
        items = "".join(f'<div itemscope itemprop="offers{n}"><span itemprop="name">Item {n}</span></div>'
                        for n in range(size))
        page = parse_page(f"<html><body>{items}</body></html>")
        return lambda: microdata_article(page, None)

    assert_linear_time(reading, 4000)


def test_a_description_running_the_texts_opening_line_into_its_first_paragraph_is_no_summary():
    # Hugo's summary of a post whose text opens with a list item (the paper's name, stars, an arXiv link), run
    # into the first paragraph and on into the text after it: the text's opening, not a summary set apart.
    lead = ("This new paper generates consistent and high-fidelity 3D shapes from 2D images. It is a large "
            "improvement on earlier methods, which deformed a template shape step by step and lost holes.")
    stars = "⭐⭐⭐"
    description = (f"Mesh Builder {stars} | arXiv  {lead}\nThey proceed as follow:\n Use a usual detector "
                   "to produce a box and a mask. Cubify the image.")
    page = ('<html><head><title>[Paper] Mesh Builder - Lemon</title>'
            f'<meta name="description" content="{description}"><meta name="author" content="Leo Example">'
            '<meta property="og:title" content="[Paper] Mesh Builder">'
            '<meta property="og:type" content="article">'
            '<meta property="article:published_time" content="2019-10-29T17:42:41+09:00"></head><body>'
            '<article class="post"><header><h1 class="post-title">[Paper] Mesh Builder</h1></header>'
            f'<div class="post-content"><ul><li><strong>Mesh Builder</strong><br>{stars} | '
            '<a href="https://arxiv.org/abs/1906.02739">arXiv</a></li></ul>'
            f'<p>{lead}</p><p>They proceed as follow:</p><ol><li>Use a usual detector to produce a box '
            'and a mask.</li><li>Cubify the image.</li></ol></div>'
            '<div class="post-copyright"><p class="copyright-item"><span class="item-title">Author</span>'
            '<span class="item-content">Leo Example</span></p></div></article></body></html>')
    paper = normalise_page("https://lemon.example.io/post/papers/2019-10-29-mesh-builder/", page).papers[0]
    assert paper.title == "[Paper] Mesh Builder"
    assert paper.published == "2019-10-29"
    assert paper.abstract is None


def test_a_description_over_many_lines_and_paragraphs_is_compared_in_linear_time():
    from papershelf.normalise.story_openings import opens_the_story

    def reading(size: int):
        blocks = "".join(f"<ul><li>Line {n}</li></ul><p>Paragraph {n} of the text.</p>" for n in range(size))
        page = parse_page(f"<html><body>{blocks}</body></html>")
        return lambda: opens_the_story(page, "Line x Paragraph x of the text, which goes on and on and on.")

    assert_linear_time(reading, 4000)


def _reviewing_post(closing: str, *, abstract_heading: str = "Abstract") -> str:
    # A reader's post reviewing one paper by others under the paper's own section names (K2H'log's Hugo Stack
    # post, round 165): the text under its 'Abstract' retells the paper's abstract; its last heading links
    # the paper.
    return ('<!doctype html><html><head><title>Round-LM</title><meta property="og:title" content="Round-LM">'
            '<meta property="og:type" content="article">'
            '<meta property="article:published_time" content="2023-12-16T00:00:00+00:00"></head><body>'
            '<article><header><h2 class="article-title">Round-LM</h2>'
            '<time class="article-time--published">Dec 16, 2023</time></header>'
            f'<section class="article-content"><h2 id="abstract">{abstract_heading}</h2>'
            '<p>Training very large round models is hard because of memory limits; this work presents a '
            'simple way to train them in parallel across many devices.</p>'
            '<h2>Introduction</h2><p>Round models keep growing, and their training needs many devices at '
            'once, each holding a slice of every layer.</p>'
            f'{closing}</section></article></body></html>')


_PAPER_REFERENCE = ('<h2 id="reference">Reference</h2><ul><li><a href="https://arxiv.org/pdf/1909.08053.pdf">'
                    'Paper</a></li><li><a href="https://github.com/round/round-lm">Github</a></li></ul>')


def test_a_reviewed_papers_abstract_retold_under_a_posts_abstract_heading_is_no_summary_of_the_post():
    page = _reviewing_post(_PAPER_REFERENCE)
    paper = normalise_page("https://reader.github.io/p/round-lm/", page).papers[0]
    assert paper.title == "Round-LM"
    assert paper.published == "2023-12-16"
    assert paper.abstract is None


def test_a_pages_own_abstract_under_an_abstract_heading_is_kept_past_its_references_or_links():
    from papershelf.normalise.reviewed_papers import abstract_of_the_reviewed_paper

    opening = "Training very large round models is hard because of memory limits"
    # A paper's own page: its references cite other works by their citations, one link each.
    cited = ('<h2>References</h2><ol><li>A. Round. Round models. <a href="https://arxiv.org/abs/2001.00001">'
             'arXiv:2001.00001</a></li></ol>')
    # A project page lists its own paper under 'Links', not under a heading of references.
    links = ('<h2>Links</h2><ul><li><a href="https://arxiv.org/abs/1909.08053">Paper</a></li></ul>')
    # A references list too long to be one paper's links is a paper's cited works.
    many = ("<h2>References</h2><ul>"
            + "".join(f'<li><a href="https://arxiv.org/abs/2001.0000{n}">Paper</a></li>' for n in range(6))
            + "</ul>")
    for closing in (cited, links, many):
        page = parse_page(_reviewing_post(closing))
        assert not abstract_of_the_reviewed_paper(page, opening), closing
        paper = normalise_page("https://reader.github.io/p/round-lm/", _reviewing_post(closing)).papers[0]
        assert paper.abstract is not None and paper.abstract.startswith("Training very large"), closing
    # Text under another heading than 'Abstract' is no retold abstract of this kind.
    other = parse_page(_reviewing_post(_PAPER_REFERENCE, abstract_heading="Summary"))
    assert not abstract_of_the_reviewed_paper(other, opening)


def test_a_reviewed_papers_headings_are_read_in_linear_time():
    from papershelf.normalise.reviewed_papers import abstract_of_the_reviewed_paper

    def reading(size: int):
        sections = "".join(f"<h2>Abstract</h2><p>Other {n}</p><h2>Reference</h2><ul><li>x</li></ul>"
                           for n in range(size))
        page = parse_page(f"<html><body><section>{sections}</section></body></html>")
        return lambda: abstract_of_the_reviewed_paper(page, "Not there")

    assert_linear_time(reading, 4000)


def _tagged_review_post(tags: str) -> str:
    # A one-reader Hexo NexT post in Korean (Mulkong DeepLearning, round 179): og and article meta, its tags
    # as article:tag meta and as links marked rel="tag", an opening paragraph on the paper, then the h1
    # 'Abstract' over a rule and the paper's abstract retold, then the paper's sections.
    return ('<!doctype html><html><head><meta property="og:type" content="article">'
            '<meta property="og:title" content="Round Latent Autoencoders">'
            '<meta property="article:published_time" content="2022-03-13T08:09:42.000Z">'
            '<meta property="article:author" content="jane">'
            + "".join(f'<meta property="article:tag" content="{tag}">' for tag in tags.split(","))
            + '</head><body><article><header><h1 class="post-title">Round Latent Autoencoders</h1>'
            '<div class="post-meta"><time datetime="2022-03-13T17:09:42+09:00">2022-03-13</time></div>'
            '</header><div class="post-body"><p>본 논문은 round encoder와 generator를 나누어 '
            '연구를 진행했습니다. latent space의 분포를 adversarial하게 학습하여 '
            '생성 능력과 표현을 함께 얻는 방법을 정리합니다.</p>'
            '<h1 id="Abstract">Abstract</h1><hr><p><strong>Autoencoder의 목표</strong><br>Autoencoder는 '
            'encoder-generator map을 동시에 학습하여 generation and representation properties을 '
            '결합하는 것을 '
            '목표로 하는 unsupervised 접근 방식 입니다.</p><h1>1. Introduction</h1><p>GAN과 autoencoder의 '
            '차이를 먼저 살펴보고, round 방법이 무엇을 바꾸는지 정리합니다. 각 구성 요소를 차례로 봅니다.</p>'
            '<div class="post-tags">'
            + "".join(f'<a href="/tags/{tag}/" rel="tag"># {tag}</a>' for tag in tags.split(","))
            + '</div></div></article><footer>© 2023 jane</footer></body></html>')


def test_an_abstract_heading_in_a_post_tagged_a_paper_review_is_the_reviewed_papers_not_the_posts():
    url = "https://jane.github.io/2022/03/13/Round-Latent-Autoencoders/"
    paper = normalise_page(url, _tagged_review_post("GAN,Autoencoder,paper review")).papers[0]
    assert (paper.title, paper.published, paper.abstract) == ("Round Latent Autoencoders", "2022-03-13", None)
    # Tagged so in the tag links alone, or by a Korean tag, the same.
    for tags in ("GAN,논문 리뷰", "GAN,paper-review"):
        assert normalise_page(url, _tagged_review_post(tags)).papers[0].abstract is None, tags


def test_an_abstract_heading_in_a_post_not_tagged_a_paper_review_keeps_its_abstract():
    from papershelf.normalise.reviewed_papers import abstract_of_a_post_tagged_a_paper_review

    opening = "Autoencoder의 목표 Autoencoder는 encoder-generator map을 동시에 학습하여"
    # Another tag ('review' of anything, a survey) says nothing of a reviewed paper: the abstract stays.
    for tags in ("GAN,Autoencoder", "GAN,review", "GAN,survey paper"):
        page = parse_page(_tagged_review_post(tags))
        assert not abstract_of_a_post_tagged_a_paper_review(page, opening), tags
    # The text under another heading than 'Abstract' is no retold abstract.
    tagged = parse_page(_tagged_review_post("paper review").replace(">Abstract</h1>", ">Summary</h1>"))
    assert not abstract_of_a_post_tagged_a_paper_review(tagged, opening)


def test_a_posts_tags_and_headings_are_read_in_linear_time():
    from papershelf.normalise.reviewed_papers import abstract_of_a_post_tagged_a_paper_review

    def reading(size: int):
        tags = "".join(f'<a rel="tag" href="/t/{n}/">paper review</a>' for n in range(size))
        sections = "".join(f"<h2>Abstract</h2><hr><p>Other {n}</p>" for n in range(size))
        page = parse_page(f"<html><body>{tags}<section>{sections}</section></body></html>")
        return lambda: abstract_of_a_post_tagged_a_paper_review(page, "Not there")

    assert_linear_time(reading, 4000)


def _one_person_post(footer: str) -> str:
    # A one-person site's post of a minimal Hugo theme (std::bodun::blog, round 165): no byline, no author
    # meta, the heading dated by a time element, the footer's copyright line its one name.
    return ('<!doctype html><html><head><meta name="description" content="PhD student. Doing systems.">'
            '<title>Paper Review - Round Rematerialization | std::jane::blog</title></head><body>'
            '<header class="banner"><nav><a href="/blog/">blog</a> | <a href="/blog/posts/">posts</a></nav>'
            '</header>'
            '<main><article><header class="post-header"><h1>Paper Review - Round Rematerialization</h1>'
            '<div><time datetime="2023-04-19">April 19, 2023</time></div></header>'
            + "".join(f'<p>Round Rematerialization treats device memory as a large cache {n}, where tensors '
                      'can be evicted to save memory and recomputed later when they are needed again.</p>'
                      for n in range(8))
            + '</article></main>'
            f'<footer><p>{footer}</p></footer></body></html>')


_JANE = "https://www.janedoe.org/blog/posts/paper-review-round-rematerialization/"


def test_a_one_person_sites_footer_holder_whom_the_host_spells_is_the_posts_writer():
    page = _one_person_post('Copyright © 2026 <a href="https://www.janedoe.org/">Jane Doe</a>&nbsp;&bull; '
                            '<a href="/blog/index.xml">RSS</a>')
    paper = normalise_page(_JANE, page).papers[0]
    assert paper.title == "Paper Review - Round Rematerialization"
    assert paper.published == "2023-04-19"
    assert paper.authors == ["Jane Doe"]
    # The given name's initial and the surname spell the host as well ('jdoe.github.io').
    spelt_page = _one_person_post("© 2026 Jane Doe")
    spelt = normalise_page("https://jdoe.github.io/posts/round/", spelt_page).papers[0]
    assert spelt.authors == ["Jane Doe"]


def test_a_footer_holder_the_host_does_not_spell_or_linked_elsewhere_or_a_group_names_no_writer():
    from papershelf.normalise.copyright_owners import owner_the_footer_and_host_name

    # A theme's or another person's name the host does not spell.
    assert owner_the_footer_and_host_name(parse_page(_one_person_post("© 2026 John Smith")), _JANE) is None
    # The holder linked to another site: a credit, not the site's owner.
    credit = _one_person_post('© 2026 <a href="https://themes.example.com/">Jane Doe</a>')
    assert owner_the_footer_and_host_name(parse_page(credit), _JANE) is None
    # A company's or a group's name is no person's, whatever the host.
    group = _one_person_post("© 2026 Doe Lab")
    assert owner_the_footer_and_host_name(parse_page(group), "https://www.doelab.org/posts/round/") is None
    company = _one_person_post("© 2026 Acme Inc.")
    assert owner_the_footer_and_host_name(parse_page(company), "https://www.acmeinc.com/posts/round/") is None


def test_a_one_person_sites_footers_are_read_in_linear_time():
    from papershelf.normalise.copyright_owners import owner_the_footer_and_host_name

    def reading(size: int):
        footers = "".join(f"<footer><p>© 2026 Jane Doe <a href='/x{n}'>Jane Doe</a></p></footer>"
                          for n in range(size))
        page = parse_page(f"<html><body><p>Text</p>{footers}</body></html>")
        return lambda: owner_the_footer_and_host_name(page, _JANE)

    assert_linear_time(reading, 4000)


def _handle_post(meta: str, footer: str) -> str:
    # A one-person Hugo 'even' blog whose owner writes under a handle (ldihao's blog, round 169): the one
    # author meta the handle, the footer's copyright line the years and the handle alone.
    return _one_person_post(footer).replace("<title>", f'<meta name="author" content="{meta}"><title>')


_HANDLE_HOST = "https://jdoe.github.io/2020/05/13/pr-round/"


def test_a_handle_the_author_meta_the_footer_and_the_host_all_give_is_the_posts_writer():
    footer = '&copy; 2019 - 2020 <span class="heart"></span><span class="author">jdoe</span>'
    page = _handle_post("jdoe", footer)
    paper = normalise_page(_HANDLE_HOST, page).papers[0]
    assert paper.title == "Paper Review - Round Rematerialization"
    assert paper.authors == ["jdoe"]


def test_a_handle_the_footer_or_the_host_does_not_give_names_no_writer():
    from papershelf.normalise.copyright_owners import owner_the_meta_footer_and_host_call

    own = "&copy; 2019 - 2020 jdoe"
    found = owner_the_meta_footer_and_host_call(parse_page(_handle_post("jdoe", own)), _HANDLE_HOST)
    assert found == ["jdoe"]
    # The meta alone: a footer of the site's name or another holder, or a host of another name.
    for meta, footer, url in (("jdoe", "&copy; 2020 Round Notes", _HANDLE_HOST),
                              ("jdoe", "&copy; 2020 acme", _HANDLE_HOST),
                              ("jdoe", "Powered by Hugo", _HANDLE_HOST),
                              ("jdoe", own, "https://roundnotes.github.io/2020/05/13/pr-round/"),
                              ("jdoe staff", own, _HANDLE_HOST)):
        page = parse_page(_handle_post(meta, footer))
        assert owner_the_meta_footer_and_host_call(page, url) is None, (meta, footer, url)


def test_a_handles_footers_are_read_in_linear_time():
    from papershelf.normalise.copyright_owners import owner_the_meta_footer_and_host_call

    def reading(size: int):
        footers = "".join(f"<footer><p>Powered by Hugo {n} <a href='/x{n}'>jdoe</a></p></footer>"
                          for n in range(size))
        page = parse_page(f'<html><head><meta name="author" content="jdoe"></head><body><p>Text</p>{footers}'
                          "</body></html>")
        return lambda: owner_the_meta_footer_and_host_call(page, _HANDLE_HOST)

    assert_linear_time(reading, 4000)


def _clean_blog_post(meta_line: str) -> str:
    """A post of a Clean Blog theme: the heading its <title> opens, an empty subheading, then `meta_line`."""
    body = ("<p>The paper stacks the heatmaps of the joints over time and reads them with a 3D "
            "convolutional network, which it finds more robust than the graph networks before it. It weighs "
            "the cost of each preprocessing step and shows which of them carry the gains on the benchmarks "
            "it reports.</p>") * 3
    return ('<html><head><title>[Notes] Revisiting Skeleton-based Action Recognition - Lab | IT Blog'
            '</title><meta name="description" content="It is an IT blog for the lab"></head><body>'
            '<header class="intro-header"><div class="post-heading"><div class="tags"></div>'
            '<h1>[Notes] Revisiting Skeleton-based Action Recognition</h1><h2 class="subheading"></h2>'
            f'<span class="meta">{meta_line}</span></div></header><article>{body}</article></body></html>')


def test_a_post_dated_and_signed_by_its_posted_by_line_under_the_heading_is_read():
    # Hux Blog's Hexo port: under the h1, an empty h2.subheading, then span.meta 'Posted by <name> on <day>';
    # no meta but a site-wide description. The line is the post's day and its writer.
    page = _clean_blog_post("\n  Posted by Frank Liou on\n  2023-08-16\n")
    paper = normalise_page("https://lab.example.io/it-blog/paper_review_posec3d/", page).papers[0]
    assert paper.title == "[Notes] Revisiting Skeleton-based Action Recognition"
    assert paper.published == "2023-08-16"
    assert paper.authors == ["Frank Liou"]


_ENGLISH_PROSE = ("<p>The paper stacks the heatmaps of the joints over time and reads them with a 3D "
                  "convolutional network, which it finds more robust than the graph networks before it. It "
                  "weighs the cost of each step and shows which of them carry the gains.</p>") * 3
# Chinese that writes its terms in English, half its characters Latin (a Hux Blog port, 2020, round 187).
_MIXED_PROSE = ("<p>其实在2d卷积和2d池化中都存在一个问题，我们忽略了输入tensor沿着channel维度的关系，"
                "在2d conv和2d pooling时，我们都默认卷积核的channel数和input tensor的channel数相等，"
                "这样就丢失了temporal的信息。</p>") * 3


def _hux_post(line: str, subheading: str = "", body: str = _ENGLISH_PROSE) -> str:
    """A Hux Blog port's post: the h1 its <title> opens, h2.subheading, then span.meta `line`, a site-wide
    description."""
    return ('<html><head><title>C3D Reading Notes - A Blog | Blog</title>'
            '<meta name="description" content="A place for notes on life and computing"></head><body>'
            '<header class="intro-header"><div class="post-heading"><div class="tags"><a class="tag" '
            'href="/tags/#notes">notes</a></div><h1>C3D Reading Notes</h1>'
            f'<h2 class="subheading">{subheading}</h2><span class="meta">{line}</span></div></header>'
            f'<article>{body}</article></body></html>')


def test_a_post_whose_text_is_chinese_that_writes_its_terms_in_english_runs_as_prose():
    url = "https://lab.example.io/2020/08/05/c3d/"
    page = _hux_post("Posted by Frank Liou on 2020-08-05", body=_MIXED_PROSE)
    paper = normalise_page(url, page).papers[0]
    assert (paper.title, paper.published) == ("C3D Reading Notes", "2020-08-05")


def test_a_subheading_classed_the_posts_subtitle_stands_between_the_heading_and_its_posted_by_line():
    url = "https://lab.example.io/2020/08/05/c3d/"
    page = _hux_post("Posted by Frank Liou on 2020-08-05", subheading="3d-ConvNet for temporal features")
    paper = normalise_page(url, page).papers[0]
    assert (paper.title, paper.published) == ("C3D Reading Notes", "2020-08-05")
    assert paper.authors == ["Frank Liou"]


def test_a_chinese_name_in_a_posted_by_line_is_the_writer_a_role_word_is_none():
    url = "https://lab.example.io/2020/08/05/c3d/"
    paper = normalise_page(url, _hux_post("Posted by 刘知安 on 2020-08-05")).papers[0]
    assert paper.authors == ["刘知安"]
    assert not normalise_page(url, _hux_post("Posted by 管理员 on 2020-08-05")).papers[0].authors


def test_a_posted_by_line_naming_no_person_gives_no_writer():
    # "Posted by hand on …" names nobody: the day may be read, the words before it are no writer.
    page = _clean_blog_post("Posted by hand on 2023-08-16")
    record = normalise_page("https://lab.example.io/it-blog/paper_review_posec3d/", page)
    assert record is None or not record.papers or not record.papers[0].authors


def test_a_posted_by_line_under_the_heading_is_found_in_linear_time():
    # A "Posted by" line run long with names: read no further than a line's characters.
    def reading(size: int):
        page = _clean_blog_post("Posted by " + "Frank Liou and " * size + "Ann Lee on 2023-08-16")
        return lambda: normalise_page("https://lab.example.io/it-blog/paper_review_posec3d/", page)

    assert_linear_time(reading, 4000)


def test_a_writers_field_set_to_the_word_original_names_no_one():
    # Hugo PaperMod: the post-meta 'December 2, 2018 · 3 min · Original', the author meta and the JSON-LD
    # BlogPosting's author Person 'Original': the theme's author field used as a label, no person.
    ld = ('{"@context":"https://schema.org","@type":"BlogPosting","headline":"LHD Review - NSDI \'18",'
          '"datePublished":"2018-12-02T07:31:37Z","author":{"@type":"Person","name":"Original"}}')
    page = ('<html><head><title>LHD Review - NSDI \'18 | Personal Blog</title><meta name="author" '
            'content="Original"><meta property="og:title" content="LHD Review - NSDI \'18">'
            '<meta property="article:published_time" content="2018-12-02T07:31:37+00:00">'
            f'<script type="application/ld+json">{ld}</script></head><body><article><header>'
            '<h1 class="post-title">LHD Review - NSDI \'18</h1><div class="post-meta">December 2, 2018 · '
            '3 min · Original</div></header><div class="post-content"><p>Least hit density is a cache '
            'replacement policy for key-value caches, and the paper ranks each object by its expected hits '
            'per unit of space and time. It reads the policy against LRU and the others on real traces.</p>'
            '</div></article></body></html>')
    paper = normalise_page("https://blog.example.us/review/lhd_nsdi18/", page).papers[0]
    assert paper.title == "LHD Review - NSDI '18"
    assert not paper.authors


def _camel_cased_post(name: str, url: str) -> str:
    # A Hugo post of a one-person blog (Good Young's, round 179): the byline and the JSON-LD author Person
    # give the writer's field, the <title> and the header the site's name, the canonical link the address,
    # the footer empty.
    ld = ('{"@context":"http://schema.org","@type":"BlogPosting","headline":"[Paper Review]Round Diffusion '
          'Models","datePublished":"2025-02-17T17:57:23+09:00","author":{"@type":"Person","name":"'
          + name + '"}}')
    return ('<html><head><title>[Paper Review]Round Diffusion Models - Round Blog</title>'
            '<meta property="og:title" content="[Paper Review]Round Diffusion Models">'
            f'<meta property="og:type" content="article"><link rel="canonical" href="{url}">'
            '<meta property="article:published_time" content="2025-02-17T17:57:23+09:00">'
            f'<script type="application/ld+json">{ld}</script></head><body><header>Round Dev Blog</header>'
            '<article><h1 class="single-title">[Paper Review]Round Diffusion Models</h1>'
            '<div class="post-meta">'
            f'<span class="post-author">{name}</span> <time datetime="2025-02-17">2025-02-17</time></div>'
            '<div class="content"><p>Latent diffusion runs the diffusion process in the latent space of a '
            'pretrained autoencoder, which keeps the detail of the images while it saves most of the cost of '
            'training and sampling in pixel space. This post reads the paper section by section.</p></div>'
            '</article><footer class="footer"></footer></body></html>')


def test_a_writers_name_run_together_in_camel_case_that_the_host_spells_is_the_sites_handle():
    url = "https://goodround.github.io/posts/paper/ldm/"
    paper = normalise_page(url, _camel_cased_post("GoodRound", url)).papers[0]
    assert (paper.title, paper.published) == ("[Paper Review]Round Diffusion Models", "2025-02-17")
    assert not paper.authors
    # A person's name, parted by a space, is kept; so is a camel-cased name the host does not spell.
    assert normalise_page(url, _camel_cased_post("Good Round", url)).papers[0].authors == ["Good Round"]
    other = "https://janeround.github.io/posts/paper/ldm/"
    assert normalise_page(other, _camel_cased_post("GoodRound", other)).papers[0].authors == ["GoodRound"]


def test_a_writers_lower_cased_handle_that_the_host_is_and_no_footer_holds_is_the_sites_handle():
    # brog's Hugo DoIt post (round 179, held out; 2025): the byline and the JSON-LD author Person give
    # 'braveseokyung', the host's first label, and the footer holds no one: the site's handle, no writer.
    url = "https://goodround.github.io/posts/paper/ldm/"
    paper = normalise_page(url, _camel_cased_post("goodround", url)).papers[0]
    assert (paper.title, paper.published) == ("[Paper Review]Round Diffusion Models", "2025-02-17")
    assert not paper.authors


def test_a_lower_cased_handle_the_footer_holds_or_the_host_does_not_spell_is_kept():
    from papershelf.normalise.copyright_owners import footer_holds_the_handle

    url = "https://goodround.github.io/posts/paper/ldm/"
    # The footer's copyright line holds the handle (ldihao's, mulkong's): the one-person site's owner, kept.
    for footer in ("&copy; 2019 - 2020 goodround",
                   "&copy; <span>2023</span> <span>goodround</span> Powered by Hexo"):
        page = _camel_cased_post("goodround", url).replace('<footer class="footer"></footer>',
                                                          f'<footer class="footer">{footer}</footer>')
        assert footer_holds_the_handle(parse_page(page), "goodround"), footer
        assert normalise_page(url, page).papers[0].authors == ["goodround"], footer
    # Another host; a name of a capital or of two words.
    other = "https://janeround.github.io/posts/paper/ldm/"
    assert normalise_page(other, _camel_cased_post("goodround", other)).papers[0].authors == ["goodround"]
    assert normalise_page(url, _camel_cased_post("Good Round", url)).papers[0].authors == ["Good Round"]


def _brand_handle_post(name: str, url: str, site: str = "Always Pear") -> str:
    # A one-person Hexo NexT blog (Always Apple's, round 182; 2022): article:author, the sidebar's
    # site-author-name and the footer's holder give one word, og:site_name and the <title> the site's name.
    return ('<html><head><title>Round-System paper review | ' + site + '</title>'
            '<meta property="og:type" content="article">'
            '<meta property="og:title" content="Round-System paper review">'
            f'<meta property="og:url" content="{url}"><meta property="og:site_name" content="{site}">'
            '<meta property="article:published_time" content="2022-06-24T08:15:52.000Z">'
            f'<meta property="article:author" content="{name}"></head><body><main>'
            '<article itemscope itemtype="http://schema.org/Article" class="post-block">'
            '<span hidden itemprop="author" itemscope itemtype="http://schema.org/Person">'
            f'<meta itemprop="name" content="{name}"></span>'
            '<header class="post-header"><h1 class="post-title" itemprop="name headline">Round-System paper '
            'review</h1><div class="post-meta">Posted on <time itemprop="dateCreated datePublished" '
            'datetime="2022-06-24T16:15:52+08:00">2022-06-24</time></div></header>'
            '<div class="post-body" itemprop="articleBody"><h1>Problem</h1><p>Robots that learn to handle '
            'round objects need many samples, and what they learn for one object rarely carries over to the '
            'next one they are shown.</p></div></article></main><aside><div class="site-author" '
            'itemprop="author" itemscope itemtype="http://schema.org/Person"><p class="site-author-name" '
            f'itemprop="name">{name}</p></div></aside><footer><div class="copyright">&copy; 2022 '
            f'<span class="author">{name}</span></div></footer></body></html>')


def test_a_one_word_writer_coined_on_the_sites_name_as_its_host_is_the_sites_handle():
    # Always Apple's post (round 182): 'Applemandiath' runs the site's word 'Apple' on, as the host
    # applewonder.github.io does: a handle coined on the site's brand, no person's name.
    url = "https://pearwonder.github.io/2022/06/24/Round-System-paper-review/"
    paper = normalise_page(url, _brand_handle_post("Pearmandiath", url)).papers[0]
    assert (paper.title, paper.published) == ("Round-System paper review", "2022-06-24")
    assert not paper.authors


def test_a_one_word_writer_not_coined_on_a_word_the_site_and_host_share_is_kept():
    url = "https://pearwonder.github.io/2022/06/24/Round-System-paper-review/"
    # A given name alone ('Chaofan' on Metric Space), a word the site's name is itself, a name adding a letter
    # or two to it, and a host coined on no word of the site's name: each kept.
    for name in ("Chaofan", "Pear", "Pearl"):
        assert normalise_page(url, _brand_handle_post(name, url)).papers[0].authors == [name], name
    other = "https://janeround.github.io/2022/06/24/Round-System-paper-review/"
    assert normalise_page(other, _brand_handle_post("Pearmandiath", other)).papers[0].authors == [
        "Pearmandiath"]


def test_a_handle_coined_on_the_sites_name_is_sought_in_linear_time():
    url = "https://pearwonder.github.io/2022/06/24/Round-System-paper-review/"

    def reading(size: int):
        page = _brand_handle_post("Pearmandiath", url, site="Always Pear " + "Orchard " * size)
        return lambda: normalise_page(url, page)

    assert not assert_linear_time(reading, 4000).papers[0].authors


def test_a_footers_copyright_handle_is_read_in_linear_time():
    from papershelf.normalise.copyright_owners import footer_holds_the_handle

    def reading(size: int):
        page = parse_page(f"<footer>&copy; {'2020 - ' * size}goodround</footer>")
        return lambda: footer_holds_the_handle(page, "goodround")

    assert_linear_time(reading, 4000)


def test_an_articles_own_author_persons_are_read_in_linear_time():
    from papershelf.normalise.article_author_persons import article_author_names

    def reading(size: int):
        nest = '<div itemprop="x">' * size + "</div>" * size
        page = parse_page('<article itemscope itemtype="http://schema.org/Article">'
                          + '<span itemprop="author" itemscope itemtype="http://schema.org/Person">'
                          + '<meta itemprop="name" content="GoodRound"></span>'
                          + nest + '<p itemprop="about">x</p>' * size + "</article>")
        return lambda: article_author_names(page)

    assert assert_linear_time(reading, 4000) == {"goodround"}


def _next_sidebar_post(owner: str, profile: str, post_person: str | None = None,
                       holder: str | None = None) -> str:
    # Hexo NexT (DesmonDay's Blog, 2019, round 187): the Hexo url set to the writer's GitHub profile, so that
    # the canonical and og:url name github.com; the sidebar's schema.org Person, the site owner, by its
    # handle; no author meta, the footer's holder the same handle. `post_person` puts the article's own
    # hidden author Person in, as the real page has it (`holder` another footer holder).
    signed = ('<span hidden itemprop="author" itemscope itemtype="http://schema.org/Person">'
              f'<meta itemprop="name" content="{post_person}"><meta itemprop="description" content="">'
              '</span>') if post_person else ""
    body = ("<p>The paper drops recurrence and convolution and reads a sentence with attention alone, which "
            "it finds trains faster and translates better than the models before it.</p>") * 3
    return ('<html><head><title>Attention is all you need | A Blog</title>'
            '<meta property="og:type" content="article">'
            f'<meta property="og:url" content="https://github.com/{profile}/2019/04/09/Attention/index.html">'
            f'<link rel="canonical" href="https://github.com/{profile}/2019/04/09/Attention/"></head><body>'
            f'<main><article itemscope itemtype="http://schema.org/Article">{signed}'
            '<header class="post-header">'
            '<h1 class="post-title" itemprop="name headline">Attention is all you need</h1>'
            '<div class="post-meta"><span class="post-time">发表于 <time title="创建于" '
            'itemprop="dateCreated datePublished" datetime="2019-04-09T13:28:21+08:00">2019-04-09</time>'
            f'</span></div></header><div class="post-body" itemprop="articleBody">{body}</div></article>'
            '<aside id="sidebar"><div class="site-author motion-element" itemprop="author" itemscope '
            f'itemtype="http://schema.org/Person"><p class="site-author-name" itemprop="name">{owner}</p>'
            '<p class="site-description" itemprop="description">NLP</p></div></aside></main>'
            '<footer class="footer"><div class="copyright">&copy; 2020 '
            f'<span class="author">{holder or owner}</span></div></footer></body></html>')


def test_a_camel_cased_handle_the_posts_own_author_person_and_the_footer_hold_is_its_writer():
    # The lead's stop-74 reading of DesmonDay's post (the same NexT markup as round 209's Ember and
    # dongdongtong posts): the article's own author Person and the footer's copyright both hold the handle,
    # so it is the name the writer publishes under, however the served host spells it.
    url = "https://goodround.github.io/2019/04/09/Attention/"
    page = _next_sidebar_post("GoodRound", "GoodRound", post_person="GoodRound")
    paper = normalise_page(url, page).papers[0]
    assert (paper.title, paper.published) == ("Attention is all you need", "2019-04-09")
    assert paper.authors == ["GoodRound"]


def test_a_camel_cased_handle_only_the_sites_person_or_no_footer_gives_is_no_writer_the_served_host_spells():
    # Only the sidebar's Person (the site's, no signature of the post): no one, as before.
    url = "https://goodround.github.io/2019/04/09/Attention/"
    paper = normalise_page(url, _next_sidebar_post("GoodRound", "GoodRound")).papers[0]
    assert (paper.title, paper.published) == ("Attention is all you need", "2019-04-09")
    assert not paper.authors
    # The post's own Person, but a footer holding another name: the handle is the host's, no one.
    unheld = _next_sidebar_post("GoodRound", "GoodRound", post_person="GoodRound", holder="round team")
    assert not normalise_page(url, unheld).papers[0].authors
    # A person's name, parted by a space, is kept; so is a camel-cased name the served host does not spell.
    spaced = normalise_page(url, _next_sidebar_post("Good Round", "GoodRound")).papers[0]
    assert spaced.authors == ["Good Round"]
    other = "https://janeround.github.io/2019/04/09/Attention/"
    assert normalise_page(other, _next_sidebar_post("GoodRound", "GoodRound")).papers[0].authors == [
        "GoodRound"]


def _post_title_over_its_update(label: str = "更新时间", heading: str = "div") -> str:
    # A minimal Hexo theme (ap0l1o's blog, 2022, round 187): no h1, the title in div.post-title, under it only
    # the time the post was last updated beside an icon titled so; the text's sections in h2s; no meta.
    body = ("<p>The paper gives the hot regions of a sorted table more bits a key in its Bloom filters and "
            "the cold ones fewer, so that reads of hot keys miss the disk more often.</p>") * 3
    return ('<html><head><title>ElasticRound: A Bloom Filter with Hotness Awareness | ap0l1o</title>'
            '<meta name="author" content="ap0l1o"></head><body><div class="post-content">'
            f'<{heading} class="post-title">ElasticRound: A Bloom Filter with Hotness Awareness</{heading}>'
            f'<div class="post-attach"><span class="post-pubtime"><i class="iconfont" title="{label}"></i>'
            '2023-12-18 21:59:43</span></div>'
            f'<div class="markdown-body"><h2 id="0x00">0x00 前言</h2>{body}<h2 id="0x10">0x10 Motivation</h2>'
            f'{body}</div></div></body></html>')


def test_a_post_title_over_a_line_showing_only_its_update_is_dated_by_its_permalink():
    url = "https://round.github.io/2022/03/19/论文阅读/ElasticRound/"
    paper = normalise_page(url, _post_title_over_its_update()).papers[0]
    assert paper.title == "ElasticRound: A Bloom Filter with Hotness Awareness"
    assert paper.published == "2022-03-19"
    # A day shown under no update label is read as other pages read it, not by this reader.
    plain = normalise_page(url, _post_title_over_its_update(label="发布时间"))
    assert plain is None or not plain.papers or plain.papers[0].published != "2022-03-19"


def test_a_post_stamped_in_utc_the_day_before_its_time_element_shows_is_dated_by_the_day_shown():
    # Hexo Butterfly, a blog in +08:00: article:published_time and the time element's datetime the same UTC
    # moment on 15 January, the element's text the writer's own day, 16 January.
    body = ("<p>The paper splits an image into patches of sixteen pixels a side and reads them with a plain "
            "transformer, which it finds matches convolutional networks once it is trained on enough images. "
            "It weighs the cost of pre-training and shows where the attention looks.</p>") * 3
    page = ('<html><head><title>Paper Review: An Image is Worth 16x16 Words | A Blog</title>'
            '<meta property="og:title" content="Paper Review: An Image is Worth 16x16 Words">'
            '<meta property="og:type" content="article">'
            '<meta property="article:published_time" content="2023-01-15T16:10:27.000Z"></head><body>'
            '<div id="post-info"><h1 class="post-title">Paper Review: An Image is Worth 16x16 Words</h1>'
            '<div id="post-meta"><time class="post-meta-date-created" datetime="2023-01-15T16:10:27.000Z" '
            'title="Created 2023-01-16 00:10:27">2023-01-16</time></div></div>'
            f'<article id="article-container">{body}</article></body></html>')
    paper = normalise_page("https://blog.example.io/2023/01/16/An-Image/", page).papers[0]
    assert paper.published == "2023-01-16"


def test_a_post_whose_own_time_element_holds_the_utc_moment_of_the_day_before_is_dated_by_the_day_shown():
    # Hexo's Yilia theme, a blog in +08:00 (QixinLi's, 2020, round 202): no article:published_time, the
    # article's one time element its own stamp, its datetime the UTC moment on 11 June, its text the writer's
    # own day, 12 June.
    body = ("<p>The paper makes attention grow linearly with a text's length, a sliding window over the "
            "sequence and a few tokens that attend to all, so that a long document is read whole.</p>") * 3
    page = ('<html><head><title>论文《Longformer》论文笔记 | A Blog</title>'
            '<meta name="description" content="The paper makes attention grow linearly.">'
            '<meta property="og:type" content="article">'
            '<meta property="og:title" content="论文《Longformer》论文笔记"></head><body>'
            '<article id="post-x" class="article article-type-post" itemscope itemprop="blogPost">'
            '<div class="article-inner"><header class="article-header">'
            '<h1 class="article-title" itemprop="name">论文《Longformer》论文笔记</h1>'
            '<a href="/2020/06/12/x/" class="archive-article-date"><time datetime="2020-06-11T16:30:48.988Z" '
            'itemprop="datePublished"><i class="icon-calendar icon"></i>2020-06-12</time></a></header>'
            f'<div class="article-entry" itemprop="articleBody">{body}</div></div></article></body></html>')
    paper = normalise_page("https://blog.example.io/2020/06/12/x/", page).papers[0]
    assert paper.published == "2020-06-12"
    # A time element showing the same day as its UTC moment keeps that day.
    same = page.replace(">2020-06-12</time>", ">2020-06-11</time>")
    assert normalise_page("https://blog.example.io/2020/06/12/x/", same).papers[0].published == "2020-06-11"


def _post_over_a_quoted_excerpt(mark: str = '<a id="more"></a>') -> str:
    # Hexo's NexT theme (Rui Zhang's Blogs, 2018, round 202): the post's text opens with its excerpt, a
    # blockquote of one paragraph, then Hexo's 'more' mark, then the text's sections, the first repeating
    # the excerpt; the description meta the excerpt.
    lead = ("本文描述了一种用于会话代理的个性化、心情和情绪模拟的通用框架。通过参数矩阵将大五人格模型OCEAN和"
            "OCC情感评价模型相结合。")
    rest = ("<p>本文将情感模型划分为人格、心情和情绪三层模型，其中情绪是最频繁出现转换的，而人格则具有持久"
            "性的特点，"
            "文章通过参数矩阵实现它们之间的关联影响。</p>") * 2
    return ('<html><head><title>论文整理 - Generic Emotion Simulation | A Blog</title>'
            f'<meta name="description" content="{lead}"><meta property="og:type" content="article">'
            '<meta property="og:title" content="论文整理 - Generic Emotion Simulation"></head><body>'
            '<article class="post"><header class="post-header"><h1 class="post-title">论文整理 - Generic '
            'Emotion Simulation</h1><div class="post-meta"><span class="post-time">发表于 <time '
            'datetime="2018-05-10T20:34:27+08:00">2018-05-10</time></span></div></header>'
            f'<div class="post-body"><blockquote><p>{lead}</p></blockquote>{mark}'
            f'<h2 id="motivation">动机</h2><p>{lead}</p><h2 id="method">方法</h2>{rest}</div></article>'
            '</body></html>')


def test_a_description_that_quotes_the_posts_excerpt_over_its_more_mark_is_the_texts_opening():
    url = "https://blog.example.io/2018/05/10/x/"
    paper = normalise_page(url, _post_over_a_quoted_excerpt()).papers[0]
    assert paper.title == "论文整理 - Generic Emotion Simulation"
    assert paper.abstract is None
    # A blockquote with no excerpt's mark after it is not read so.
    unmarked = normalise_page(url, _post_over_a_quoted_excerpt(mark="")).papers[0]
    assert unmarked.abstract is not None


def _post_of_a_handle_with_digits(handle: str = "RuiZhang1993") -> str:
    # Hexo's NexT theme (Rui Zhang's Blogs, 2018, round 202): no byline, the post's and the sidebar's
    # schema.org author Person an account's handle with the year glued on, the header's site title the blog's
    # possessive name.
    body = ("<p>本文将情感模型划分为人格、心情和情绪三层模型，其中情绪是最频繁出现转换的，而人格则具有持久"
            "性的特点，"
            "文章通过参数矩阵实现它们之间的关联影响。</p>") * 3
    return ('<html><head><title>论文整理 - Generic Emotion Simulation | Rui Round\'s Blogs</title>'
            '<meta property="og:type" content="article">'
            '<meta property="og:site_name" content="Rui Round\'s Blogs">'
            '<meta property="og:title" content="论文整理 - Generic Emotion Simulation"></head><body>'
            '<header class="header"><div class="site-meta"><a href="/" class="brand" rel="start">'
            '<span class="site-title">Rui Round\'s Blogs</span></a></div></header>'
            '<article class="post post-type-normal" itemscope itemtype="http://schema.org/Article">'
            '<span hidden itemprop="author" itemscope itemtype="http://schema.org/Person">'
            f'<meta itemprop="name" content="{handle}"></span>'
            '<header class="post-header"><h1 class="post-title" itemprop="name headline">论文整理 - Generic '
            'Emotion Simulation</h1><div class="post-meta"><span class="post-time">发表于 <time '
            'datetime="2018-05-10T20:34:27+08:00" itemprop="dateCreated datePublished">2018-05-10</time></s'
            'pan>'
            '</div></header>'
            f'<div class="post-body" itemprop="articleBody">{body}</div></article>'
            '<aside class="sidebar"><div class="site-author" itemprop="author" itemscope '
            f'itemtype="http://schema.org/Person"><p class="site-author-name" itemprop="name">{handle}</p>'
            '</div></aside>'
            f'<footer class="footer"><div class="copyright">&copy; 2018 <span class="author">{handle}</span>'
            '</div></footer></body></html>')


def test_a_schema_person_named_by_a_handle_with_digits_glued_on_is_no_one_the_possessive_blog_name_is():
    url = "https://blog.example.io/2018/05/10/x/"
    paper = normalise_page(url, _post_of_a_handle_with_digits()).papers[0]
    assert paper.authors == ["Rui Round"]
    # A Person named by a whole name is read as it was.
    named = normalise_page(url, _post_of_a_handle_with_digits("Rui Round")).papers[0]
    assert named.authors == ["Rui Round"]


def _post_of_a_blog_named_for_its_writer(site: str = "Yuround Xie") -> str:
    # Hexo's NexT theme (Yuqiang Xie's blog, 2019, round 202): the header's site title, og:site_name and the
    # <title>'s part after the post's title a person's whole name; the post signed by the owner's handle
    # alone (the post-copyright's author, the sidebar's Person and the footer's holder 'IndexRound').
    body = ("<p>为了帮助理解XLNet，本文对其核心框架Transformer-XL作一个解读，论文想要解决的问题是如何赋予编"
            "码器"
            "捕获长距离依赖的能力。</p>") * 3
    return (f'<html><head><title>论文笔记 — Transformer XL | {site}</title>'
            '<meta property="og:type" content="article">'
            f'<meta property="og:site_name" content="{site}">'
            '<meta property="og:title" content="论文笔记 — Transformer XL"></head><body>'
            '<header class="header"><div class="site-meta"><a href="/" class="brand" rel="start">'
            f'<span class="site-title">{site}</span></a></div></header>'
            '<article class="post post-type-normal" itemscope itemtype="http://schema.org/Article">'
            '<header class="post-header"><h1 class="post-title" itemprop="name headline">论文笔记 — Transfo'
            'rmer '
            'XL</h1><div class="post-meta"><span class="post-time">Posted on <time '
            'datetime="2019-06-25T14:09:58+08:00" itemprop="dateCreated datePublished">2019-06-25</time>'
            '</span></div></header>'
            f'<div class="post-body" itemprop="articleBody">{body}</div>'
            '<ul class="post-copyright"><li class="post-copyright-author"><strong>Post author:</strong> '
            'IndexRound</li></ul></article>'
            '<aside class="sidebar"><div class="site-author" itemprop="author" itemscope '
            'itemtype="http://schema.org/Person"><p class="site-author-name" itemprop="name">IndexRound</p>'
            '</div></aside>'
            '<footer class="footer"><div class="copyright">&copy; 2021 <span class="author">IndexRound</span>'
            '</div></footer></body></html>')


def test_a_post_signed_by_a_handle_is_the_bloggers_whom_the_sites_title_names_whole():
    url = "https://indexround.github.io/2019/06/25/TransformerXL/"
    paper = normalise_page(url, _post_of_a_blog_named_for_its_writer()).papers[0]
    assert paper.authors == ["Yuround Xie"]
    # A site titled by words that are no person's name names nobody so.
    untitled = normalise_page(url, _post_of_a_blog_named_for_its_writer("Notes on learning")).papers[0]
    assert not untitled.authors


def test_a_post_stamped_in_utc_the_day_before_its_zoned_time_element_is_dated_by_the_day_shown():
    # Hexo NexT, a blog in +08:00 (瓜斯拉的逆袭, 2022, round 202): article:published_time the UTC moment on
    # 6 March, the time element's datetime the same moment in the writer's zone, midnight on 7 March, its
    # text that day.
    body = ("<p>The paper joins streaming recommendation and session-based recommendation, a memory of the "
            "sessions seen and a sampling of them that keeps up with a stream of new ones.</p>") * 3
    def page(moment: str) -> str:
        return ('<html><head><title>论文笔记：《Streaming Session-based Recommendation》 | A Blog</title>'
                '<meta property="og:title" content="论文笔记：《Streaming Session-based Recommendation》">'
                '<meta property="og:type" content="article">'
                '<meta property="article:published_time" content="2022-03-06T16:00:00.000Z"></head><body>'
                '<article class="post post-type-normal" itemscope itemtype="http://schema.org/Article">'
                '<header class="post-header"><h1 class="post-title" itemprop="name headline">论文笔记：《St'
                'reaming '
                'Session-based Recommendation》</h1><div class="post-meta"><span class="post-meta-item">发'
                '表于 '
                f'<time itemprop="dateCreated datePublished" datetime="{moment}">2022-03-07</time></span></'
                'div>'
                f'</header><div class="post-body" itemprop="articleBody">{body}</div></article></body></htm'
                'l>')
    url = "https://blog.example.io/2022/03/07/SSRM/"
    assert normalise_page(url, page("2022-03-07T00:00:00+08:00")).papers[0].published == "2022-03-07"
    # Another moment in the writer's zone than the stamp's is not read so.
    assert normalise_page(url, page("2022-03-07T09:00:00+08:00")).papers[0].published != "2022-03-07"


def _next_post_signed_by_the_hosts_handle(holder: str) -> str:
    # Hexo NexT (瓜斯拉的逆袭, 2022, round 202): article:author and the sidebar's schema.org Person the
    # handle the host (its canonical link's) spells, capitalised; the footer's copyright holder someone else's
    # initials.
    body = ("<p>The paper joins streaming recommendation and session-based recommendation, a memory of the "
            "sessions seen and a sampling of them that keeps up with a stream of new ones.</p>") * 3
    return ('<html><head><title>论文笔记：《Streaming Recommendation》 | 瓜斯拉的逆袭</title>'
            '<meta property="og:title" content="论文笔记：《Streaming Recommendation》">'
            '<meta property="og:type" content="article"><meta property="article:author" content="Guadround">'
            '<link rel="canonical" href="http://guadround.github.io/2022/03/07/SSRM/"></head><body><article'
            ' class="post post-type-normal" itemscope itemtype="http://schema.org/Article">'
            '<header class="post-header"><h1 class="post-title" itemprop="name headline">论文笔记：《Stream'
            'ing '
            'Recommendation》</h1><div class="post-meta"><span class="post-meta-item">发表于 <time '
            'itemprop="dateCreated datePublished" datetime="2022-03-07T00:00:00+08:00">2022-03-07</time>'
            f'</span></div></header><div class="post-body" itemprop="articleBody">{body}</div></article>'
            '<aside class="sidebar"><div class="site-author" itemprop="author" itemscope '
            'itemtype="http://schema.org/Person"><p class="site-author-name" itemprop="name">Guadround</p>'
            f'</div></aside><footer class="footer"><div class="copyright">&copy; 2024 <span class="author">'
            f'{holder}</span></div></footer></body></html>')


def test_a_capitalised_handle_the_host_spells_and_no_footer_holds_is_no_writer():
    url = "https://guadround.github.io/2022/03/07/SSRM/"
    assert not normalise_page(url, _next_post_signed_by_the_hosts_handle("zyh")).papers[0].authors
    # The footer's copyright holding the handle makes it the owner's, kept.
    held = normalise_page(url, _next_post_signed_by_the_hosts_handle("Guadround")).papers[0]
    assert held.authors == ["Guadround"]


def _blox_020_paper_page(abstract_row: bool = True, cells: str = "") -> str:
    # A macroeconomist's paper page of Hugo Blox 0.2.0 (Tomoaki Yamada's, 2025, round 172): the JSON-LD's
    # author the first author alone; under the h1 the metadata line, the site owner's author last, after an
    # avatar and the template's indentation, with no comma before it; the abstract, the type and the
    # publication in a grid of label cells and value cells in turn; the description the journal's name.
    indent = "\n" + " " * 12
    people = ["Jeremy Round", "Nao Round", "Ken Roundada"]
    names = '<span class="mr-1">,</span>'.join(
        f'<div class="group inline-flex items-center mx-1">{indent}<div>{name}</div>{indent}</div>'
        for name in people)
    owner = (f'<div class="group inline-flex items-center mx-1">{indent * 4}'
             '<img src="/author/round/avatar.webp" alt="Tomo Roundada" class="inline-block h-4 w-4">'
             f'{indent}<div>Tomo Roundada</div>{indent}</div>')
    abstract = ("In this paper we document the main features of the distributions of wages, earnings and "
                "consumption in Round since the early 1980s using four main data sources. ")
    row = f'<div class="font-bold text-2xl">Abstract</div><div>{abstract * 2}</div>' if abstract_row else ""
    grid = ('<div class="max-w-prose grid grid-cols-1 gap-4 my-6">' + row
            + '<div class="font-bold text-2xl">Type</div><div><a href="/publication_types/article/">Journal '
            'Article</a></div><div class="font-bold text-2xl">Publication</div>'
            f'<div>Review of Round Dynamics, Vol. 17, 2014.</div>{cells}</div>')
    return ('<!doctype html><html lang="en-us"><head>'
            '<meta name="generator" content="Hugo Blox Builder 0.2.0">'
            '<meta name="author" content="Tomo Roundada">'
            '<meta name="description" content="Review of Round Dynamics.">'
            '<meta property="og:title" content="Wage Inequality in Round | Tomo Roundada">'
            '<meta property="article:published_time" content="2014-10-01T00:00:00+00:00">'
            '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "Article", '
            '"headline": "Wage Inequality in Round", "datePublished": "2014-10-01T00:00:00Z", '
            '"author": {"@type": "Person", "name": "Jeremy Round"}}</script>'
            '<title>Wage Inequality in Round | Tomo Roundada</title></head><body>'
            '<main><h1 class="mt-2 text-4xl">Wage Inequality in Round</h1><div class="mt-4 mb-16">'
            '<div class="text-gray-500 text-sm flex"><span class="mr-1">Oct 1, 2014</span>'
            f'<span class="mx-1">·</span>{names}{owner}<span class="mx-1">·</span>'
            '<span>0 min read</span></div><div><a class="hb-attachment-link hb-attachment-large" '
            'href="https://doi.org/10.1016/j.red.2014.01.001">DOI</a></div></div>'
            f'{grid}<p>Last updated on Oct 1, 2014</p></main></body></html>')


def test_a_blox_metadata_lines_author_padded_by_the_templates_indentation_is_read():
    paper = normalise_page("https://round.github.io/publication/2014_red/", _blox_020_paper_page()).papers[0]
    assert paper.authors == ["Jeremy Round", "Nao Round", "Ken Roundada", "Tomo Roundada"]


def test_an_abstract_in_a_grid_of_label_and_value_cells_is_the_papers_abstract():
    paper = normalise_page("https://round.github.io/publication/2014_red/", _blox_020_paper_page()).papers[0]
    assert paper.abstract is not None
    assert paper.abstract.startswith("In this paper we document the main features of the distributions")


def test_a_grid_whose_abstract_label_heads_no_pair_gives_no_abstract():
    # The word in a grid of an odd number of cells (no pairs of label and value) is no label of a value.
    page = _blox_020_paper_page(abstract_row=False, cells=(
        '<div class="font-bold">Abstract</div>'
        '<div>Round words of a listing, not an abstract of this paper, long enough to be taken for one '
        'if the cell were read as the value of a label cell beside it.</div><div>More</div>'))
    paper = normalise_page("https://round.github.io/publication/2014_red/", page).papers[0]
    assert paper.abstract is None


def test_an_abstract_in_a_grid_of_label_and_value_cells_is_read_in_linear_time():
    def reading(size: int):
        cells = '<div class="font-bold">Abstract</div><div><b>round</b></div>' * min(size, 8)
        page = _blox_020_paper_page(cells=cells + "<div>Abstract</div>" * size)
        return lambda: normalise_page("https://round.github.io/publication/2014_red/", page)

    assert_linear_time(reading, 4000)


def _wowchemy_working_paper_page() -> str:
    # An economist's working paper page of Wowchemy 5.7.0 (Fangzhu Yang's, 2023, round 172): a post's meta
    # (og:title, article:published_time), no JSON-LD, an empty description, no abstract, no DOI: the h1, the
    # authors line and the day in div.article-metadata, one 'PDF' button.
    return ('<!doctype html><html lang="en-us"><head>'
            '<meta name="generator" content="Wowchemy 5.7.0 for Hugo">'
            '<meta name="author" content="Fang Round"><meta name="description" content="">'
            '<meta property="og:title" content="Financing Round Markets | Fang Round\'s Homepage">'
            '<meta property="article:published_time" content="2021-10-15T00:00:00+00:00">'
            '<title>Financing Round Markets | Fang Round\'s Homepage</title></head><body>'
            '<div class="article-container pt-3"><h1>Financing Round Markets</h1>'
            '<div class="article-metadata"><div><span>Jian Round</span>, <span>Yi Round</span>, '
            '<span>Fang Round</span></div><span class="article-date">Oct 15, 2021</span></div>'
            '<div class="btn-links mb-3"><a class="btn btn-outline-primary btn-page-header" '
            'href="https://drive.example.com/file/d/1/view">PDF</a></div></div>'
            '<div class="article-container"><div class="article-style"></div></div></body></html>')


def test_a_working_paper_page_of_a_researchers_site_is_the_papers_record():
    found = normalise_page("https://round.github.io/working-papers/homebias/", _wowchemy_working_paper_page())
    assert found is not None
    paper = found.papers[0]
    assert paper.title == "Financing Round Markets"
    assert paper.authors == ["Jian Round", "Yi Round", "Fang Round"]
    assert paper.published == "2021-10-15"
def _a_post_citing_the_paper_it_reviews(title_line: str) -> str:
    # A Wowchemy post: its h1, then the reviewed paper's citation in labelled lines ('Title:', 'Author:',
    # 'Reference:' with the DOI), then the essay, whose figure credits the same DOI again.
    essay = ("<p>Two light waves crossing in empty space pass through each other, as classical theory has "
             "it; "
             "quantum electrodynamics lets their photons scatter now and then, and the collider's heavy-ion "
             "runs give enough of them to see it happen.</p>") * 3
    return ('<html><head><title>When light and light collide | A Physicist</title>'
            '<meta property="og:title" content="When light and light collide | A Physicist">'
            '<meta property="og:type" content="article">'
            '<meta property="article:published_time" content="2019-08-27T23:21:30-05:00"></head><body>'
            '<div class="article-header"><h1>When light and light collide</h1>'
            '<div class="article-metadata"><span class="article-date">Aug 27, 2019</span></div></div>'
            f'<div class="article-style"><p><strong>Title: <em>{title_line}</em></strong></p>\n'
            '<p><strong>Author: ATLAS Collaboration</strong></p>\n'
            '<p><strong>Reference: <a href="https://www.nature.com/articles/nphys4208">doi:10.1038/nphys4208'
            f'</a></strong></p>{essay}<figure><figcaption>Events after the cuts, from '
            '<a href="https://doi.org/10.1038/nphys4208">https://doi.org/10.1038/nphys4208</a>.</figcaption>'
            '</figure></div></body></html>')


def test_the_labelled_citation_of_the_paper_a_post_reviews_gives_the_post_neither_its_authors_nor_doi():
    page = _a_post_citing_the_paper_it_reviews(
        "“Evidence for light-by-light scattering in heavy-ion collisions with the ATLAS detector at the LHC”")
    paper = normalise_page("https://physicist.example.dev/post/light-by-light/", page).papers[0]
    assert paper.title == "When light and light collide"
    assert paper.published == "2019-08-27"
    assert paper.doi is None
    assert not paper.authors


def test_labelled_lines_under_a_title_line_naming_the_pages_own_title_are_its_own_citation():
    # The same lines under a 'Title:' line of the page's own title are its record's rows: its DOI stays.
    page = _a_post_citing_the_paper_it_reviews("When light and light collide")
    assert doi_shown(parse_page(page)) == "10.1038/nphys4208"


def _a_post_under_an_author_card(name: str) -> str:
    # Hexo's Keep theme: div.article-title, then div.article-header's author card (avatar, span.name and a
    # role's label) and its details line (span.article-date as the generator stamps it), then the text
    # opening with an h1 of the title; no meta but the author's.
    text = ("<p>The paper regresses the body's pose and shape from a video, and forecasts each frame's "
            "features from the frames before and after it so that the model learns the motion, not the "
            "frame alone; the motion comes out smoother than the earlier methods'.</p>") * 3
    return ('<html><head><title>Beyond Static Features for Video Pose | Notes</title>'
            '<meta name="description" content="Hexo Theme Keep"></head><body><main>'
            '<div class="article-title"><span>Beyond Static Features for Video Pose</span></div>'
            '<div class="article-header"><div class="avatar"><img src="/a.png"></div><div class="info">'
            f'<div class="author"><span class="name">{name}</span><span class="author-label">Architect</span>'
            '</div><div class="meta-info"><span class="article-date article-meta-item">'
            '<i class="fas fa-edit"></i>&nbsp;2021-11-14 21:10:27</span>'
            '<span class="article-categories"><a href="/categories/paper-review/">paper review</a></span>'
            '</div></div></div><div class="article-content"><h1 id="Beyond">Beyond Static Features for Video '
            f'Pose</h1>{text}</div></main></body></html>')


def test_a_post_under_an_author_card_is_dated_and_signed_by_the_card():
    page = _a_post_under_an_author_card("Ximin Lin")
    paper = normalise_page("https://notes.example.io/2021/11/14/paper_review/beyond/", page).papers[0]
    assert paper.title == "Beyond Static Features for Video Pose"
    assert paper.authors == ["Ximin Lin"]
    assert paper.published == "2021-11-14"


def test_an_author_card_naming_no_person_signs_nothing():
    found = normalise_page("https://notes.example.io/2021/11/14/paper_review/beyond/",
                           _a_post_under_an_author_card("admin"))
    assert found is None or not found.papers[0].authors


def _a_post_beside_a_profile_card(profile: str) -> str:
    # Hugo's Tranquilpeak theme: the sidebar's profile card (h4.sidebar-profile-name), the post's h1 and its
    # time element, no byline; the author meta names the blog's one writer.
    text = ("<p>The paper inflates a two-dimensional image network into three dimensions, so that the "
            "weights trained on images start the video model, and shows on a new large data set of actions "
            "that pre-training helps video models as it helps image models.</p>") * 3
    return ('<html><head><title>I3D</title><meta name="author" content="Deumji Woo">'
            '<meta property="og:type" content="article"><meta property="og:title" content="I3D">'
            '<meta property="article:published_time" content="2021-02-19T10:29:25"></head><body>'
            f'<nav id="sidebar"><div class="sidebar-profile"><h4 class="sidebar-profile-name">{profile}</h4>'
            '</div></nav><main><article class="post"><div class="post-header main-content-wrap">'
            '<h1 class="post-title">I3D</h1><div class="post-meta">'
            '<time datetime="2021-02-19T10:29:25+09:00">'
            f'February 19, 2021</time> in paper review</div></div><div class="post-content">{text}</div>'
            '</article></main></body></html>')


def test_a_post_beside_the_profile_card_its_author_meta_names_is_signed_by_that_writer():
    page = _a_post_beside_a_profile_card("Deumji Woo")
    paper = normalise_page("https://blog.example.io/2021/02/i3d/", page).papers[0]
    assert paper.title == "I3D"
    assert paper.authors == ["Deumji Woo"]
    assert paper.published == "2021-02-19"


def test_a_profile_card_naming_another_than_the_author_meta_signs_nothing():
    page = _a_post_beside_a_profile_card("Someone Else")
    found = normalise_page("https://blog.example.io/2021/02/i3d/", page)
    assert found is None or not found.papers[0].authors


def _a_post_titled_as_the_papers_review(post_title: str) -> str:
    # Hugo's Vitae theme: h1.title, the paper's title and '리뷰'; in the text the paper's title as an h1, then
    # an h1 'ABSTRACT' over the paper's abstract translated, then the paper's sections.
    abstract = ("로그 프로세싱은 인터넷 회사들을 위한 데이터 파이프라인의 중요한 컴포넌트가 되었다. "
                "높은 볼륨의 로그 데이터를 낮은 지연으로 수집하고 전송할 목적으로 분산 메시지 "
                "시스템을 개발했다.")
    section = ("<p>기존 메시지 시스템들은 비동기적인 데이터 흐름을 처리하는 이벤트 버스로 "
               "중요한 역할을 했다.</p>") * 4
    return ('<html><head><title>Kafka : a Distributed Messaging System 리뷰 | 블로그</title>'
            f'<meta property="og:title" content="{post_title}"><meta property="og:type" content="article">'
            f'<meta name="description" content="Kafka : a Distributed Messaging System ABSTRACT {abstract}">'
            '<meta property="article:published_time" content="2021-05-09T21:22:18+09:00"></head><body><main>'
            '<div class="post-header"><div class="date"><span class="day">09</span>'
            '<span class="rest">May 2021'
            f'</span></div><div class="matter"><h1 class="title">{post_title}</h1></div></div>'
            '<div class="markdown"><h1 id="kafka">Kafka : a Distributed Messaging System</h1>'
            f'<h1 id="abstract">ABSTRACT</h1><p>{abstract}</p><h1 id="intro">1. Introduction</h1>{section}'
            '</div></main></body></html>')


def test_the_abstract_under_the_paper_a_post_is_titled_as_reviewing_is_no_summary_of_the_post():
    page = _a_post_titled_as_the_papers_review("Kafka : a Distributed Messaging System 리뷰")
    paper = normalise_page("https://blog.example.io/post/kafka/", page).papers[0]
    assert paper.title == "Kafka : a Distributed Messaging System 리뷰"
    assert paper.abstract is None


def test_an_abstract_under_a_title_naming_no_other_heading_is_kept():
    from papershelf.normalise.reviewed_papers import abstract_under_the_reviewed_papers_title

    page = parse_page(_a_post_titled_as_the_papers_review("Kafka : a Distributed Messaging System 리뷰"))
    opening = "로그 프로세싱은 인터넷 회사들을 위한 데이터 파이프라인의 중요한 컴포넌트가 되었다."
    paper = "Kafka : a Distributed Messaging System"
    assert abstract_under_the_reviewed_papers_title(page, opening, f"{paper} 리뷰")
    assert not abstract_under_the_reviewed_papers_title(page, opening, "Log processing at scale: a review")
    assert not abstract_under_the_reviewed_papers_title(page, opening, paper)


def _jekyll_scholar_entry(author: str, year: str = "2022", month: str = "may") -> str:
    # jekyll-scholar's per-entry details page (ReScience C's bibliography/<key>.html): an h3 of the
    # citation, then a table of labelled rows, each label a first cell in bold.
    rows = [("Article (PDF):", '<a href="https://zenodo.org/record/1/files/article.pdf">article.pdf</a>'),
            ("Title:", "[Re] Thompson Sampling for Bandits with Clustered Arms"), ("Author(s):", author),
            ("Journal:", "ReScience C"), ("Year:", year), ("Month:", month), ("Volume:", "8"),
            ("Issue:", "2"), ("DOI:", "10.5281/zenodo.6574671")]
    table = "".join(f"<tr><td><b>{label}</b></td><td>{value}</td></tr>" for label, value in rows)
    return ('<!DOCTYPE html><html><head><title>[Re] Thompson Sampling for Bandits with Clustered Arms</title>'
            '<meta name="description" content="Reproducible Science is good."></head><body>'
            '<header><div class="site-title"><a href="/">ReScience C</a></div></header>'
            '<div class="page-content"><h3><span>De Luisa, A. 2022. [Re] Thompson Sampling for Bandits with '
            f'Clustered Arms. <i>ReScience C</i> <i>8</i>, 2, #23.</span></h3><table>{table}</table></div>'
            '</body></html>')


def test_a_labelled_author_written_family_first_after_a_capitalised_particle_is_one_person():
    # "De Luisa, Andraž": the family name opens with its particle in capitals; the comma parts the family
    # name from the given one, not two people.
    page = _jekyll_scholar_entry("De Luisa, Andraž")
    paper = normalise_page("https://journal.example.io/bibliography/DeLuisa_2022.html", page).papers[0]
    assert paper.authors == ["Andraž De Luisa"]


def test_a_record_table_of_year_and_month_rows_dates_the_record_by_its_month():
    # The rows "Year: 2022" and "Month: may", each label a table's first cell: May 2022, not the year
    # the citation line above them gives alone.
    page = _jekyll_scholar_entry("De Luisa, Andraž")
    paper = normalise_page("https://journal.example.io/bibliography/DeLuisa_2022.html", page).papers[0]
    assert paper.published == "2022-05"


def test_a_month_row_of_a_data_table_further_along_its_row_dates_nothing():
    # A "Month" cell after another cell in its row is a data table's heading, no record's label.
    page = _jekyll_scholar_entry("De Luisa, Andraž").replace(
        "</table>", "<tr><td>Sales</td><td>Month</td><td>June</td></tr></table>").replace(
        "<tr><td><b>Month:</b></td><td>may</td></tr>", "")
    paper = normalise_page("https://journal.example.io/bibliography/DeLuisa_2022.html", page).papers[0]
    assert paper.published == "2022"


def test_year_and_month_rows_are_found_in_linear_time():
    # Rows and rows of short cells before the record's: each cell read once.
    def reading(size: int):
        filler = "<tr><td>x</td><td>y</td></tr>" * size
        page = _jekyll_scholar_entry("De Luisa, Andraž").replace("<table>", f"<table>{filler}")
        return lambda: normalise_page("https://journal.example.io/bibliography/DeLuisa_2022.html", page)

    assert_linear_time(reading, 3000)


def _terminal_theme_post(meta_title: str) -> str:
    # A one-person Hugo blog of the terminal theme (silly onions, round 182): og, twitter and <title> give the
    # post's title and ' :: ' and the site's name, the h1.post-title the title alone, div.post-meta the day,
    # article:published_time in Go's default format, og:url a path; no author meta.
    return ('<!doctype html><html><head><title>' + meta_title + '</title>'
            f'<meta property="og:title" content="{meta_title}"><meta property="og:type" content="article">'
            '<meta property="og:url" content="/posts/2020-04-30-round/">'
            '<meta property="article:published_time" content="2020-04-30 00:00:00 +0000 UTC"></head><body>'
            '<div class="container"><header class="header"><div class="logo">Round Onions</div></header>'
            '<div class="content"><div class="post"><h1 class="post-title"><a '
            'href="/posts/2020-04-30-round/">'
            'Papers: RoundRec: Dynamic Binary Lifting</a></h1><div class="post-meta">'
            '<span class="post-date">2020-04-30</span></div><div class="post-content"><ul><li>A summary of '
            'the '
            'paper RoundRec presented at a systems conference.</li></ul><p>RoundRec is a tool for binary '
            'lifting '
            'and recompilation which uses dynamic techniques to generate new binaries, in contrast to the '
            'static recompilers before it.</p><p>Binary rewriting takes compiled binaries, release builds '
            'with '
            'stripped symbols and no debug information, and changes the code in them to add hardening or to '
            'measure it. Static rewriters cannot see every path the code may take.</p><p>Dynamic techniques '
            'run '
            'the binary under a translator and lift each path it takes to an intermediate form, which is '
            'then '
            'lowered back to machine code, so that the recovered binary behaves as the original did.</p>'
            '</div></div></div></div></body></html>')


def test_a_meta_title_that_adds_the_sites_name_after_a_double_colon_is_the_heading():
    url = "https://round.github.io/posts/2020-04-30-round/"
    page = _terminal_theme_post("Papers: RoundRec: Dynamic Binary Lifting :: Round Onions — Opinionated "
                                "articles")
    paper = normalise_page(url, page).papers[0]
    assert (paper.title, paper.published) == ("Papers: RoundRec: Dynamic Binary Lifting", "2020-04-30")


_TERMINAL_FOOTER = ('<footer class="footer"><div class="footer__inner">'
                    '<div class="copyright copyright--user"><span>{holder}</span>\n<span>:: Theme made by <a '
                    'href="https://twitter.com/panr">panr</a>'
                    '</span></div></div></footer>')


def _terminal_theme_post_with_footer(holder: str) -> str:
    meta_title = "Papers: RoundRec: Dynamic Binary Lifting :: Round Onions — Opinionated articles"
    return _terminal_theme_post(meta_title).replace(
        "</div></body></html>", _TERMINAL_FOOTER.format(holder=holder) + "</div></body></html>")


def test_a_person_opening_the_footers_copyright_block_without_a_sign_is_the_posts_writer():
    # silly onions' Hugo terminal-theme post (round 182): no byline, no author meta; the footer's
    # div.copyright 'Aarush Ahuja :: 2020', no '©', then ':: Theme made by panr': the blog's owner, its
    # writer.
    url = "https://round.github.io/posts/2020-04-30-round/"
    paper = normalise_page(url, _terminal_theme_post_with_footer("Ada Lovelace :: 2020")).papers[0]
    assert paper.authors == ["Ada Lovelace"]


def test_a_copyright_block_of_a_group_of_other_words_or_of_no_year_names_no_writer():
    url = "https://round.github.io/posts/2020-04-30-round/"
    for holder in ("Round Press Ltd :: 2020", "Powered by Hugo :: 2020", "Ada Lovelace", "Ada :: 2020",
                   "Ada Lovelace :: Theme made by panr"):
        paper = normalise_page(url, _terminal_theme_post_with_footer(holder)).papers[0]
        assert not paper.authors, holder
    # The block read for its opening alone: a name after other words is no holder.
    paper = normalise_page(url, _terminal_theme_post_with_footer("Made by Ada Lovelace :: 2020")).papers[0]
    assert not paper.authors


def test_a_signless_copyright_block_is_read_in_linear_time():
    from papershelf.normalise.signless_copyrights import owner_the_copyright_block_names

    def reading(size: int):
        blocks = '<div class="copyright">Ada Lovelace Ada Lovelace</div>' * size
        page = parse_page(_terminal_theme_post_with_footer("ab " * size + ":: 2020").replace(
            '<div class="footer__inner">', '<div class="footer__inner">' + blocks))
        return lambda: owner_the_copyright_block_names(page)

    assert assert_linear_time(reading, 20000) is None


def test_a_double_colon_inside_a_word_parts_no_title():
    from papershelf.normalise.places import TITLE_SEPARATOR

    # C++'s scope operator and a site's name spelt with it ('std::bodun::blog') are words, not separators.
    for title in ("Using std::vector well", "std::bodun::blog", "Foo::Bar and Baz"):
        assert not TITLE_SEPARATOR.search(title), title
    assert TITLE_SEPARATOR.split("A paper note :: Round Onions") == ["A paper note", "Round Onions"]


def test_a_description_running_a_long_first_list_line_into_the_first_paragraph_is_the_texts_opening():
    # The terminal theme's post (round 182): the text opens with a one-item list citing the paper it sums up,
    # 90-odd characters, and Hugo's summary runs that line into the first paragraph: the text's opening, no
    # summary of the post set apart.
    url = "https://round.github.io/posts/2020-04-30-round/"
    line = "A summary of the paper RoundRec presented at a systems conference."
    summary = ("A summary of the paper RoundRec: Dynamic Binary Lifting and Recompilation presented at the "
               "EuroSys'20 conference.")
    opening = "RoundRec is a tool for binary lifting and recompilation which uses dynamic techniques"
    page = _terminal_theme_post("Papers: RoundRec: Dynamic Binary Lifting :: Round Onions")
    page = page.replace(line, summary)
    described = page.replace("</head>", f'<meta name="description" content="{summary}  {opening} to generate'
                                         ' new binaries, in contrast to the static recompilers before it.">'
                                         "</head>")
    assert len(summary) > 80
    assert normalise_page(url, described).papers[0].abstract is None
    # A description of other words than the text's opening is no opening of it.
    from papershelf.normalise.story_openings import opens_the_story

    other = ("How a dynamic lifter turns a stripped binary into LLVM IR and back again, and what it costs in "
             "coverage and in speed against the static recompilers: a reader's summary in three parts.")
    assert not opens_the_story(parse_page(page), other)
    # …and the description that runs the 97-character line into the paragraph is the opening.
    assert opens_the_story(parse_page(described), f"{summary}  {opening}")


def _labelled_review_post(title: str, heading: str) -> str:
    # A one-person Hexo Cactus post in Chinese (Metric Space, round 182): og and article meta, the h1 the
    # title, the byline and day, a first paragraph naming the paper, then an h3 over the writer's notes on the
    # paper's
    # abstract and introduction, then the paper's sections; no tags.
    return ('<!doctype html><html><head><title>' + title + '</title><meta property="og:type" '
                                                           'content="article">'
            f'<meta property="og:title" content="{title}">'
            '<meta property="article:published_time" content="2023-08-17T04:02:00.000Z">'
            '<meta property="article:author" content="Jane"></head><body><article class="post '
            'h-entry"><header>'
            f'<h1 class="posttitle p-name">{title}</h1><div class="meta"><span class="author p-author '
            'h-card">'
            'Jane</span><div class="postdate"><time datetime="2023-08-17T04:02:00.000Z" class="dt-published">'
            '2023-08-17</time></div></div></header><div class="content e-content"><p>今天读了一篇论文：Round '
            'Distributed Inference Serving，主要内容是讲用进程管理里的经典方式来管理 serving 里的请求。</p>'
            f'<h3 id="a">{heading}</h3><p>传统的 serving systems 采用 run-to-completion '
            '的方式来处理 inference '
            'jobs，这有着两个大问题：一是排队的请求要等前面的请求全部完成，二是长的请求会阻塞短的请求。</p>'
            '<h3>Scheduling</h3><p>这里先来介绍几种 scheduling 策略，然后再看论文提出的多级反馈队列如何跳过'
            '前面的队列，把请求直接放到合适的优先级上。</p></div></article>'
            '<footer>Copyright © 2020-2025 Jane.</footer></body></html>')


def test_an_abstract_heading_in_a_post_titled_with_a_paper_reading_label_is_the_reviewed_papers():
    url = "https://jane.example.space/2023/08/17/round-serve/"
    for heading in ("Abstract &amp; Introduction", "Abstract"):
        page = _labelled_review_post("[Paper Reading] 针对 LLM Inference 的调度", heading)
        paper = normalise_page(url, page).papers[0]
        assert (paper.title, paper.published, paper.abstract) == (
            "[Paper Reading] 针对 LLM Inference 的调度", "2023-08-17", None), heading
    # A label in full-width brackets, in Chinese, the same.
    page = _labelled_review_post("【论文阅读】针对 LLM Inference 的调度", "Abstract &amp; Introduction")
    assert normalise_page(url, page).papers[0].abstract is None


def test_an_abstract_heading_in_a_post_titled_with_another_label_keeps_its_abstract():
    from papershelf.normalise.reviewed_papers import abstract_of_a_post_titled_a_paper_review

    opening = "传统的 serving systems 采用 run-to-completion 的方式来处理 inference jobs"
    # Another label ('[Draft]', '[Survey]') or none says nothing of a reviewed paper: the abstract stays.
    for title in ("[Draft] 针对 LLM Inference 的调度", "[Survey] Serving",
                  "针对 LLM Inference 的调度 [Paper Reading]"):
        page = parse_page(_labelled_review_post(title, "Abstract &amp; Introduction"))
        assert not abstract_of_a_post_titled_a_paper_review(page, opening, title), title
    # The text under another heading than 'Abstract' is no retold abstract.
    title = "[Paper Reading] 针对 LLM Inference 的调度"
    page = parse_page(_labelled_review_post(title, "Background"))
    assert not abstract_of_a_post_titled_a_paper_review(page, opening, title)


def test_a_labelled_titles_headings_are_read_in_linear_time():
    from papershelf.normalise.reviewed_papers import abstract_of_a_post_titled_a_paper_review

    def reading(size: int):
        sections = "".join(f"<h3>Abstract &amp; Introduction {n}</h3><p>Other {n}</p>" for n in range(size))
        page = parse_page(f"<html><body><section>{sections}</section></body></html>")
        title = "[Paper Reading] " + "x" * size
        return lambda: abstract_of_a_post_titled_a_paper_review(page, "Not there", title)

    assert_linear_time(reading, 4000)


def test_a_footers_copyright_years_on_a_line_above_the_holder_name_the_meta_authors_person():
    from papershelf.normalise.footer_holders import copyright_holder

    # Hugo's terminal theme (Hirotaka Kawashima's site, round 182, made after the round's final held-out
    # figure): the footer's copyright sign and year on one line, the holder on the next, the licence after it;
    # the one author meta names that person, whom no byline shows.
    footer = ('<footer class="footer"><div class="footer__inner"><div class="copyright">\n'
              '            <span>© 2021\n            \n                <a href="/">Jane Roundwood</a>\n'
              '            </span>\n            <span>CC BY-NC 4.0</span></div>\n'
              '        <div class="copyright copyright--theme"><span>Powered by '
              'Hugo</span></div></div></footer>')
    page = ('<!doctype html><html><head><title>[Paper Reading] Round Representation Learning :: Jane '
            'Roundwood'
            '</title><meta name="author" content="Jane Roundwood "><meta property="og:type" '
            'content="article">'
            '<meta property="og:title" content="[Paper Reading] Round Representation Learning">'
            '<meta property="og:site_name" content="Jane Roundwood">'
            '<meta property="article:published_time" content="2020-08-05T23:32:44+09:00"></head><body>'
            '<div class="post"><h2 class="post-title">[Paper Reading] Round Representation Learning</h2>'
            '<div class="post-content"><p>A reading group note on a paper that learns embeddings of time '
            'series '
            'without labels, with a causal dilated encoder and a triplet loss.</p><p>The encoder stacks '
            'dilated '
            'convolutions so that its receptive field grows with depth, and the loss samples its negatives '
            'from '
            'other series at random.</p></div></div>' + footer + '</body></html>')
    from papershelf.normalise.footer_holders import writer_the_footer_holds

    assert writer_the_footer_holds(parse_page(page)) == ["Jane Roundwood"]
    assert copyright_holder("© 2021\n   \n      Jane Roundwood\n   CC BY") == "Jane Roundwood"
    # The years and the holder on one line, and the years alone with no holder after them, as before.
    assert copyright_holder("© 2020 Jane Roundwood · Powered by Hugo") == "Jane Roundwood"
    assert copyright_holder("© 2021\n") is None
def _relabelled_month_paper_page(
    date_line: str = "April 2025", modified: str = "2025-04-01", published: str = "2024-10-10",
    buttons: str = ('<a class="btn btn-outline-primary my-1 mr-1" href="https://round.example/paper.pdf">PDF</a>'
                    '<a class="btn btn-outline-primary my-1 mr-1" href="https://doi.org/10.3847/round-1">DOI</a>'),
    text: str | None = None,
    description: str = "Joint round characterization of four canonical round galaxies",
) -> str:
    # A researcher's paper page of Source Themes Academic 4.5.0 (Olivia Cooper's, 2025, round 184): the h1,
    # one author link and the date line under it, the header's PDF and DOI buttons, no labelled rows and no
    # p.pub-abstract; the front matter's month written as article:modified_time's first day, the day the
    # page was added as article:published_time; the text one long paragraph, the paper's abstract; a
    # one-line description in other words.
    if text is None:
        sentence = ("The dearth of round spectroscopy of dusty round galaxies greatly hinders our ability to "
                    "interpret their physical processes and evolutionary pathways at cosmic noon. ")
        text = f"<p>{sentence * 8}</p>"
    return ('<!DOCTYPE html><html lang="en-us"><head><meta charset="utf-8">'
            '<meta name="generator" content="Source Themes Academic 4.5.0">'
            '<meta name="author" content="Olivia Round">'
            f'<meta name="description" content="{description}">'
            '<meta property="og:title" content="Round: resolved phases of dusty galaxies | Olivia Round">'
            f'<meta property="og:description" content="{description}">'
            f'<meta property="article:published_time" content="{published}T14:57:01-05:00">'
            f'<meta property="article:modified_time" content="{modified}T00:00:00+00:00">'
            '<title>Round: resolved phases of dusty galaxies | Olivia Round</title></head><body>'
            '<aside class="search-results"><h1>Search</h1></aside><article class="article">'
            '<div class="article-container pt-3"><h1>Round: resolved phases of dusty galaxies</h1>'
            '<div class="article-metadata"><div><span><a href="/authors/admin/">Olivia Round</a></span></div>'
            f'<span class="article-date">\n    {date_line}\n  </span></div>'
            f'<div class="btn-links mb-3">{buttons}</div></div>'
            f'<div class="article-container"><div class="article-style">{text}</div>'
            '<div class="media author-card"><h5 class="card-title">Olivia Round</h5></div></div>'
            '</article></body></html>')


_RELABELLED_MONTH_PAPER = "https://round-cooper.github.io/publication/round/"


def test_an_academic_paper_page_showing_its_month_over_a_published_day_outside_it_is_dated_by_the_month():
    paper = normalise_page(_RELABELLED_MONTH_PAPER, _relabelled_month_paper_page()).papers[0]
    assert paper.published == "2025-04"


@pytest.mark.parametrize(("date_line", "modified", "buttons"), [
    # The modified day is no month's first: no front matter's month to read the line by.
    ("April 2025", "2025-04-15", '<a class="btn" href="https://doi.org/10.3847/round-1">DOI</a>'),
    # A post's header offers no paper (no DOI or PDF button): its published day stands.
    ("April 2025", "2025-04-01", '<a class="btn" href="/slides/round/">Slides</a>'),
    # The line shows another month than the modified day's.
    ("May 2025", "2025-04-01", '<a class="btn" href="https://doi.org/10.3847/round-1">DOI</a>'),
])
def test_an_academic_page_whose_days_are_no_relabelled_month_keeps_its_published_day(
    date_line, modified, buttons
):
    page = _relabelled_month_paper_page(date_line=date_line, modified=modified, buttons=buttons)
    assert normalise_page(_RELABELLED_MONTH_PAPER, page).papers[0].published == "2024-10-10"


def test_an_academic_paper_pages_one_long_paragraph_under_its_paper_buttons_is_its_abstract():
    paper = normalise_page(_RELABELLED_MONTH_PAPER, _relabelled_month_paper_page()).papers[0]
    assert paper.abstract is not None
    assert paper.abstract.startswith("The dearth of round spectroscopy of dusty round galaxies greatly")


@pytest.mark.parametrize(("text", "description", "buttons"), [
    # A short note under the paper: no abstract's length.
    ("<p>Supplementary notes can be added here, including code and math.</p>", "Joint round characterization",
     None),
    # Two paragraphs: a text, not one abstract set out as the body.
    ("<p>" + "Round galaxies at cosmic noon hold their dust in many ways. " * 12 + "</p><p>Round.</p>",
     "Joint round characterization", None),
    # The description is the paragraph's own opening: the page's text (Venance Riblier's reading).
    ("<p>" + "Round galaxies at cosmic noon hold their dust in many ways. " * 12 + "</p>",
     "Round galaxies at cosmic noon hold their dust in many ways. Round galaxies at cosmic noon", None),
    # No paper buttons: a post's one paragraph.
    ("<p>" + "Round galaxies at cosmic noon hold their dust in many ways. " * 12 + "</p>",
     "Joint round characterization", '<a class="btn" href="/slides/round/">Slides</a>'),
])
def test_an_academic_pages_one_paragraph_that_is_no_set_out_abstract_gives_none(text, description, buttons):
    kwargs = {"buttons": buttons} if buttons is not None else {}
    page = _relabelled_month_paper_page(text=text, description=description, **kwargs)
    abstract = normalise_page(_RELABELLED_MONTH_PAPER, page).papers[0].abstract
    assert abstract is None or not abstract.startswith("Round galaxies at cosmic noon hold")
    assert abstract is None or not abstract.startswith("Supplementary notes")


def test_an_academic_paper_pages_month_and_text_are_read_in_linear_time():
    def reading(size: int):
        button = '<a class="btn btn-outline-primary" href="/slides/round/">Slides</a>'
        text = "<span>Round.</span>" * size + "<p>Round.</p>"
        page = _relabelled_month_paper_page(buttons=button * size, text=text)
        return lambda: normalise_page(_RELABELLED_MONTH_PAPER, page)

    assert_linear_time(reading, 3000)


# Round 192: a Hugo theme's post (Never stop learning!'s, 2018): og:title and the <title> add the site's name
# after a spaced bullet, the header's h1.title the title alone, div.entry-meta with the day in a time element.
def _bulleted_title_post(meta_title: str = "Round Summary • Never stop rounding!",
                         shown_day: str = "2018, Mar 26",
                         opening: str = "<p>" + "Round consistency protocols keep a shared memory sound. " * 4
                         + "</p><p>" + "The round paper measures them on eight rounds. " * 4 + "</p>",
                         description: str = "Round consistency protocols keep a shared memory sound.") -> str:
    return ('<!DOCTYPE html><html><head>'
            f'<title>{meta_title}</title>'
            f'<meta name="description" content="{description}">'
            f'<meta property="og:title" content="{meta_title}">'
            '<meta property="og:type" content="article">'
            '<meta property="article:published_time" content="2018-03-26T22:18:15+08:00">'
            '</head><body><header><a href="/">Never stop rounding!</a></header><main id="content">'
            '<article class="entry"><header class="header entry-header"><div class="container sep-after">'
            '<div class="header-info"><h1 class="title">Round Summary</h1></div>'
            '<div class="entry-meta"><span class="posted-on">'
            '<span class="screen-reader-text">Posted on </span>'
            f'<time class="entry-date" datetime="2018-03-26T22:18:15+08:00">{shown_day}</time></span>'
            '<span class="reading-time">3 mins read</span></div></div></header>'
            f'<div class="container entry-content">{opening}</div></article></main>'
            '<footer><span>Handle</span></footer></body></html>')


def test_a_meta_title_that_adds_the_sites_name_after_a_spaced_bullet_is_the_heading():
    page = _bulleted_title_post(shown_day="March 26, 2018")
    paper = normalise_page("https://round.github.io/post/2018/03/round/", page).papers[0]
    assert (paper.title, paper.published) == ("Round Summary", "2018-03-26")


def test_a_bullet_inside_a_word_or_unspaced_parts_no_title():
    from papershelf.normalise.places import title_stretches
    assert title_stretches("Round•Summary") == ["Round•Summary"]
    assert title_stretches("Round Summary • Site") == ["Round Summary", "Round Summary • Site", "Site"]


def test_a_day_written_year_first_with_a_comma_after_the_year_is_the_posts_day():
    page = _bulleted_title_post(meta_title="Round Summary | Never stop rounding!")
    paper = normalise_page("https://round.github.io/post/2018/03/round/", page).papers[0]
    assert (paper.title, paper.published) == ("Round Summary", "2018-03-26")


def test_a_year_closing_a_clause_before_a_lower_case_may_is_no_day():
    from papershelf.normalise.dates import partial_date
    assert partial_date("2018, Mar 26") == "2018-03-26"
    assert partial_date("2018, March 26") == "2018-03-26"
    assert partial_date("Since 2018, may 26 rounds be run?") == "2018"
    assert partial_date("2018, May 3, 2019") == "2018"
    from papershelf.normalise.dates import dates_in_text
    venue = "MICRO 2024, November 2-6, 2024, Austin, TX."  # a range's first day, no day of its own
    assert "2024-11-02" not in [iso for _, _, iso in dates_in_text(venue)]


# Round 192: Hugo's Mediumish theme (Mikhail Shilkov's blog, 2020): under h1.posttitle, span.post-date
# 'Published on May 5, 2020 · 5 min read'; the author box's h5 itemprop="author" itemscope 'Author: <name>';
# no date meta, no author meta, og:description a line of its own.
def _mediumish_post(date_line: str = "Published on May 5, 2020", author: str = "Author: Ada Lovelace") -> str:
    return ('<!DOCTYPE html><html lang="en-us"><head>'
            '<title>Round in the Wild: Production Round Statistics | Ada Lovelace</title>'
            '<meta property="og:title" content="Round in the Wild: Production Round Statistics">'
            '<meta property="og:description" content="Insightful statistics about rounds in production.">'
            '<meta property="og:type" content="article">'
            '<meta property="article:tag" content="Paper review">'
            '</head><body><nav><a href="/">Ada Lovelace</a></nav><div class="container"><div class="row">'
            '<div class="col-lg-9"><div class="mainheading">'
            '<h1 class="posttitle">Round in the Wild: Production Round Statistics</h1>'
            f'<div class="post-top-meta"><div><span class="post-date">{date_line}\n'
            '&nbsp;&middot;&nbsp; 5 min read</span></div></div></div>'
            '<div class="article-post"><script>google.charts.load("current");</script>'
            '<p>Round Research released a paper called “Round in the Wild”. ' + "It measures rounds. " * 5
            + '</p><h2>Trigger Types</h2><p>' + "Every round has a trigger. " * 6 + '</p></div>'
            '<section class="article-open_author"><div class="article-open_author_bio">'
            f'<h5 itemprop="author" itemscope="" itemtype="http://schema.org/Person">{author}</h5>'
            '<p><div>Cloud developer.</div></p></div></section>'
            '</div></div></div><footer>© Copyright Ada Lovelace - All rights reserved</footer></body></html>')


def test_a_reading_time_line_whose_day_follows_published_on_dates_the_post():
    page = _mediumish_post(author="Ada Lovelace")
    paper = normalise_page("https://round.io/2020/05/round-in-the-wild/", page).papers[0]
    assert (paper.title, paper.published) == ("Round in the Wild: Production Round Statistics", "2020-05-05")


def test_a_reading_time_line_with_other_words_before_its_day_dates_nothing():
    from papershelf.normalise.reading_time_lines import day_of_a_reading_time_line
    assert day_of_a_reading_time_line("Published on May 5, 2020 · 5 min read") == "2020-05-05"
    assert day_of_a_reading_time_line("May 5, 2020 · 5 min read") == "2020-05-05"
    assert day_of_a_reading_time_line("Rounds published on May 5, 2020 · 5 min read") is None
    assert day_of_a_reading_time_line("Published on a whim · 5 min read") is None


def test_a_schema_org_authors_element_opening_with_an_author_label_names_the_person_after_it():
    page = _mediumish_post()
    paper = normalise_page("https://round.io/2020/05/round-in-the-wild/", page).papers[0]
    assert paper.authors == ["Ada Lovelace"]
    assert parse_page('<p><span itemprop="author" itemscope>Authors: Ada Lovelace</span></p>').people() == [
        "Ada Lovelace"]
    assert parse_page('<p><span itemprop="author" itemscope>Author:</span></p>').people() == ["Author:"]


_HEADED_LIST_OPENING = ('<h1 id="round">Implementation and Performance of Round</h1>'
                        '<h2 id="buzzword">buzzword</h2><ul><li>multiple round protocols</li>'
                        '<li>release rounds<ol><li>requires rounds to be consistent only at synchronization '
                        'points</li></ol></li><li>delayed round queue</li></ul><h2>Brief Summary</h2><p>'
                        + "Instead of one big round machine, many small ones. " * 4 + '</p>')


def test_a_description_running_together_the_headings_and_list_a_text_opens_with_is_no_summary():
    # Never stop learning!'s post (round 192): Hugo's summary, whole sentences (no cut to tell it a teaser
    # by), runs the text's h1, its h2 'buzzword', the list and the next section's first sentence together.
    description = ("Implementation and Performance of Round buzzword  multiple round protocols release "
                   "rounds  requires rounds to be consistent only at synchronization points  delayed round "
                   "queue  Brief Summary Instead of one big round machine, many small ones.")
    page = _bulleted_title_post(opening=_HEADED_LIST_OPENING, description=description)
    paper = normalise_page("https://round.github.io/post/2018/03/round/", page).papers[0]
    assert (paper.title, paper.abstract) == ("Round Summary", None)


def test_a_description_of_other_words_or_over_a_headed_paragraph_is_no_headed_lists_opening():
    from papershelf.normalise.headed_openings import opens_with_headings_over_a_list
    from papershelf.normalise.places import compact
    page = parse_page("<div>" + _HEADED_LIST_OPENING + "</div>")
    opening = compact("Implementation and Performance of Round buzzword multiple round protocols release")
    assert opens_with_headings_over_a_list(page, opening)
    assert not opens_with_headings_over_a_list(page, compact("A close look at the Round system's protocols."))
    # The heading's words alone, or a heading over a paragraph (an 'Abstract' heading over its text): no
    # list.
    assert not opens_with_headings_over_a_list(page, compact("Implementation and Performance of Round"))
    paragraph = parse_page("<div><h2>Abstract</h2><p>We present round protocols for shared memory.</p></div>")
    assert not opens_with_headings_over_a_list(paragraph, compact("Abstract We present round protocols"))
    # A heading that does not open its block: a section further down the text.
    later = parse_page("<div><p>Round.</p>" + _HEADED_LIST_OPENING + "</div>")
    assert not opens_with_headings_over_a_list(later, opening)


def test_a_headed_list_opening_is_compared_in_linear_time():
    from papershelf.normalise.headed_openings import opens_with_headings_over_a_list

    def reading(size: int):
        page = parse_page("<div>" + "<h2>Round</h2>" * size + "<ul>" + "<li>round</li>" * size
                          + "</ul></div>")
        key = "round" * (size // 2) + "x"
        return lambda: opens_with_headings_over_a_list(page, key)

    assert_linear_time(reading, 3000)


def _post_under_a_typed_title(script: bool = True) -> str:
    # Hexo's Fluid theme (Kamino's Blog, 2024, round 194): the banner's span#subtitle empty as served, its
    # title attribute the post's title, which an inline script types in; the one time marked pubdate beside
    # it in the header; the h1 repeating the title hidden, the text's own h1 the reviewed paper's title.
    title = "论文笔记 Round Anomaly Detection A Concise Review"
    body = ("<p>NeurIPS 2024的一篇论文，提出了一个新的多场景的异常检测数据集，"
            "包含了十四个监控视角场景，支持弱监督学习和自监督学习。"
            "文章给出了一个简单的综述，后面介绍了数据集的构成，"
            "最后跑了baseline，作者讨论了泛化性的问题。</p>") * 4
    typing = ("<script>var typing = Fluid.plugins.typing;"
              "var title = document.getElementById('subtitle').title;"
              "typing(title);</script>") if script else ""
    return ('<!DOCTYPE html><html lang="zh-CN"><head>'
            f'<title>{title} - Round\'s Blog</title>'
            f'<meta property="og:title" content="{title}"><meta property="og:type" content="article">'
            '<meta name="author" content="Round"></head><body>'
            '<header><div class="banner"><div class="page-header text-center">'
            f'<span class="h2" id="subtitle" title="{title}">\n</span>'
            '<div class="mt-3"><span class="post-meta"><time datetime="2024-12-03 10:29" pubdate>'
            '2024年12月3日 上午</time></span></div></div></div></header>'
            '<main><article class="post-content">'
            f'<h1 style="display: none">{title}</h1>'
            '<div class="markdown-body"><h1>Round Anomaly Detection: A Concise Review and a New Dataset</h1>'
            f'{body}</div></article></main>{typing}</body></html>')


def test_a_post_whose_heading_a_script_types_from_its_title_attribute_is_read_with_its_pubdate_day():
    url = "https://blog.round.io/2024/12/03/MSAD/"
    paper = normalise_page(url, _post_under_a_typed_title()).papers[0]
    assert paper.title == "论文笔记 Round Anomaly Detection A Concise Review"
    assert paper.published == "2024-12-03"
    # Without the script that types the attribute in, the empty element shows no heading: not read so.
    plain = normalise_page(url, _post_under_a_typed_title(script=False))
    assert plain is None or not plain.papers or plain.papers[0].published != "2024-12-03"


def _post_of_a_blog_named_in_chinese(blog_name: str) -> str:
    # Hugo's FixIt theme (Zephyr's Note, 2024, round 194): the header's site title the handle, its subtitle
    # '<name>的博客'; the post's author link, author meta and JSON-LD Person the handle alone.
    body = ("<p>循环神经网络，特别是长短期记忆和门控循环神经网络，"
            "已成为序列建模和转换问题的先进方法，众多研究在不断推动其发展。"
            "作者提出了 Transformer 模型，该模型摒弃了循环单元和卷积单元，"
            "完全依赖注意力机制。</p>") * 4
    return ('<!DOCTYPE html><html><head><title>【论文阅读笔记】Attention Is All You Round | RoundHe</title>'
            '<meta name="author" content="RoundHe">'
            '<meta property="og:title" content="【论文阅读笔记】Attention Is All You Round">'
            '<meta property="og:type" content="article">'
            '<meta property="article:published_time" content="2024-07-07T00:00:00+00:00">'
            '<script type="application/ld+json">{"@context":"http://schema.org","@type":"BlogPosting",'
            '"headline":"【论文阅读笔记】Attention Is All You Round",'
            '"datePublished":"2024-07-07T00:00:00+00:00",'
            '"author":{"@type":"Person","name":"RoundHe"}}</script></head><body>'
            '<header class="desktop"><div class="header-wrapper"><div class="header-title"><a href="/">'
            '<span class="header-title-text">RoundHe</span></a>'
            f'<span class="header-subtitle">{blog_name}</span>'
            '</div></div></header><main><article class="single">'
            '<h1 class="single-title">【论文阅读笔记】Attention Is All You Round</h1>'
            '<div class="post-meta"><span class="post-author"><a href="https://github.com/RoundHe" '
            'class="author" rel="author">RoundHe</a></span> '
            '<time datetime="2024-07-07">2024-07-07</time></div>'
            f'<div class="content">{body}</div></article></main>'
            '<footer><div class="footer-line">2020 - 2024 <span class="author">RoundHe</span></div></footer>'
            '</body></html>')


def test_a_post_signed_by_a_handle_is_the_bloggers_its_headers_chinese_blog_name_names():
    url = "https://roundhe.github.io/posts/04.transformer/"
    paper = normalise_page(url, _post_of_a_blog_named_in_chinese("贺志圆的博客")).papers[0]
    assert paper.authors == ["贺志圆"]
    # A blog named otherwise ('<name>'s blog hut'), or for a role's word, names nobody.
    for other in ("雨白的博客小屋", "博主的博客"):
        assert normalise_page(url, _post_of_a_blog_named_in_chinese(other)).papers[0].authors is None



def test_a_chinese_blog_name_in_the_header_is_sought_in_linear_time_under_a_deep_nest():
    # Each header's own elements are searched: a selector of a header's descendants from the page's root
    # asked every element of a deep nest for a header among its ancestors (time squared).
    from papershelf.normalise.han_named_blogs import blogger_the_chinese_blog_name_names

    def reading(size: int):
        page = parse_page("<header>" + '<div class="a">' * size + '<span class="title">x</span>' * size
                          + "</div>" * size + "</header>")
        return lambda: blogger_the_chinese_blog_name_names(page)

    assert_linear_time(reading, 16000)


def test_an_academic_pages_byline_date_is_sought_in_linear_time_under_a_deep_nest():
    # The metadata boxes are searched each in turn: a selector of their descendants from the root asked
    # every span of a deep nest for all its ancestors (time squared).
    from papershelf.normalise.relabelled_days import paper_month_the_template_relabels

    def reading(size: int):
        page = parse_page('<html><head><meta property="article:modified_time" content="2024-04-01T00:00:00Z">'
                          '<meta property="article:published_time" content="2024-06-03T00:00:00Z"></head>'
                          "<body>" + '<div class="a">' * size + '<span class="article-date">x</span>' * size
                          + "</div>" * size + "</body></html>")
        return lambda: paper_month_the_template_relabels(page)

    assert_linear_time(reading, 16000)

def _post_titled_as_field_paper_notes(label: str = "深度学习论文笔记") -> str:
    # A Hexo site's blog post (Weijie Kong's Homepage, 2017, round 194): the h1 opens with a label filing it
    # as the field's paper notes before a full-width colon, then an 'Abstract' section translating the
    # reviewed paper's abstract, which the description meta repeats; the navbar's brand the site's
    # possessive name.
    abstract = ("本文是何凯明大神的又一篇CVPR最佳论文。网络越深越难训练，"
                "所以我们提出一个residual learning framework从而"
                "减轻网络的训练，该网络比以前使用的网络要深得多。")
    text = ("<p>深层网络自然地将低/中/高层特征和分类器以端到端多层方式进行集成，"
            "并且特征的级别可以通过堆叠层数来丰富。"
            "网络的深度有着十分重要的作用，随着网络深度的增加，带来一个问题。</p>") * 4
    title = f"{label}：Deep Residual Learning for Image Round"
    return ('<!DOCTYPE html><html><head>'
            f"<title>{title} | Round Kong's Homepage</title>"
            f'<meta name="description" content="Abstract {abstract}">'
            f'<meta property="og:type" content="article"><meta property="og:title" content="{title}">'
            f'<meta property="og:description" content="Abstract {abstract}">'
            "<meta property=\"og:site_name\" content=\"Round Kong's Homepage\"></head><body>"
            '<nav id="main-navbar"><div class="nav-wrapper container"><a id="logo-container" href="/" '
            "class=\"brand-logo center-align\"><span class=\"white-text\">Round Kong's Homepage</span></a>"
            '</div></nav><main><article class="article">'
            f'<h1 class="article-title header">{title}</h1>'
            '<div class="article-meta"><time datetime="2017-03-23T07:51:24.000Z">Mar 23, 2017</time></div>'
            f'<div class="article-entry"><h2>Abstract</h2><p>{abstract}</p><h2>Introduction</h2>{text}</div>'
            '</article></main><div class="footer-copyright"><div class="container">Created by '
            '<a href="http://hexo.io/">Round Kong</a>. Last update 2019/03/02.</div></div></body></html>')


def test_an_abstract_under_a_post_titled_as_the_fields_paper_notes_is_the_reviewed_papers():
    url = "http://roundkong.github.io/blog/3085218970/index.html"
    assert normalise_page(url, _post_titled_as_field_paper_notes()).papers[0].abstract is None
    # A label of other words before the colon files the post as nothing: its 'Abstract' is read as before.
    assert normalise_page(url, _post_titled_as_field_paper_notes("深度学习")).papers[0].abstract


def test_a_post_is_the_owners_whom_the_navbar_brands_possessive_name_names():
    url = "http://roundkong.github.io/blog/3085218970/index.html"
    assert normalise_page(url, _post_titled_as_field_paper_notes()).papers[0].authors == ["Round Kong"]


def test_a_labelled_author_row_written_as_bibtex_writes_its_author_field_names_each_person():
    # "Seshagiri, Vishwanath and Huye, Darby and Sambasivan, Raja R.": BibTeX's author field, each name
    # family first, the people parted by "and" alone; the commas part family from given names.
    page = _jekyll_scholar_entry("Seshagiri, Vishwanath and Huye, Darby and Sambasivan, Raja R.")
    paper = normalise_page("https://journal.example.io/bibliography/2022-06-22-sok.html", page).papers[0]
    assert paper.authors == ["Vishwanath Seshagiri", "Darby Huye", "Raja R. Sambasivan"]


def test_a_record_tables_author_row_names_the_people_where_a_meta_title_names_the_same_record():
    # JSys's entry page (round 198): og:title the paper's title, no meta naming anyone, the table's Title and
    # Author(s) rows.
    page = _jekyll_scholar_entry("Seshagiri, Vishwanath and Huye, Darby").replace(
        "</title>", "</title><meta property=\"og:title\" content=\"[Re] Thompson Sampling for Bandits with "
        "Clustered Arms\"><meta property=\"og:type\" content=\"website\">")
    paper = normalise_page("https://journal.example.io/bibliography/2022-06-22-sok.html", page).papers[0]
    assert paper.authors == ["Vishwanath Seshagiri", "Darby Huye"]


def test_a_record_table_of_another_title_than_the_meta_titles_names_no_author():
    # A table whose title row is another record's (a list of related work, say): not the page's record.
    page = _jekyll_scholar_entry("Seshagiri, Vishwanath and Huye, Darby").replace(
        "</title>", "</title><meta property=\"og:title\" content=\"A Survey of Microservice Testbeds\">")
    paper = normalise_page("https://journal.example.io/bibliography/2022-06-22-sok.html", page).papers[0]
    assert paper.authors is None
def _post_dated_after_its_article(shown_day: str = "2023-04-17 19:46") -> str:
    # Hugo's hello-friend theme (Luke Salamone's blog, round 200): no line under the h1; after the article a
    # rule and div.post-info, its tags, its word count and the day the meta stamps, with its time of day.
    return f"""<!DOCTYPE html><html lang="en"><head>
<title>Paper Summary: Round Antennas :: Round Blog</title>
<meta name="author" content="Rowan Round">
<meta property="og:title" content="Paper Summary: Round Antennas">
<meta property="og:type" content="article">
<meta property="article:section" content="posts">
<meta property="article:published_time" content="2023-04-17T19:46:25-07:00">
</head><body><div class="container"><div class="post">
<div class="post-meta"><p>3 minutes</p></div>
<article><h1 class="post-title"><a href="https://round.example/posts/round-antennas/">Paper Summary: Round
Antennas</a></h1>
<div class="post-content"><p>Typically, antennas are designed and built by hand by domain experts, which takes
a long time, so researchers have been investigating evolutionary algorithms for round antennas since the
1990s.</p><p>The researchers then describe the specifications the round antenna had to meet, its weight and
its height, and the fitness function they evolved it with over many generations.</p></div></article>
<hr />
<div class="post-info"><p><svg class="feather-tag"></svg>
<span class="tag"><a href="/tags/ai/">ai</a></span></p>
<p><svg class="feather-file-text"></svg>
        484 Words
      </p>
<p><svg class="feather-calendar"></svg>
        {shown_day}
      </p></div>
<div class="pagination"><span>Read other posts</span><a href="/posts/other/">2021-02-03 Other</a></div>
</div></div><footer>© 2026 Rowan Round</footer></body></html>"""


def test_a_post_dated_by_the_meta_day_its_info_block_shows_after_its_article_is_read():
    page = _post_dated_after_its_article()
    paper = normalise_page("https://round.example/posts/round-antennas/", page).papers[0]
    assert (paper.title, paper.authors, paper.published) == (
        "Paper Summary: Round Antennas", ["Rowan Round"], "2023-04-17")


def test_an_info_block_after_the_article_showing_another_day_than_the_metas_dates_no_post():
    from papershelf.normalise.closing_info_posts import post_dated_in_its_closing_info
    title = "Paper Summary: Round Antennas"
    assert post_dated_in_its_closing_info(parse_page(_post_dated_after_its_article()), title) is not None
    # Another day after the article (a related post's, a comment's) is not the meta's: nothing read.
    other = parse_page(_post_dated_after_its_article(shown_day="2021-02-03 10:00"))
    assert post_dated_in_its_closing_info(other, title) is None
    # A line of more than the day and its time (a sentence naming the day) is no day's line.
    worded = parse_page(_post_dated_after_its_article(shown_day="Revised 2023-04-17 after a reader's note"))
    assert post_dated_in_its_closing_info(worded, title) is None


def test_a_description_running_a_bold_first_paragraph_on_into_the_next_is_the_texts_opening():
    from papershelf.normalise.story_openings import opens_the_story
    # A lead of more words than the description's compared opening (30), all of them in the lead.
    lead = ("This is a summary of Round Antennas with Evolutionary Algorithms, a 2006 paper by Round et al. "
            "As large language models become more and more synonymous with AI, it is interesting to see how "
            "researchers solved problems in the past.")
    second = ("Typically, antennas are designed and built by hand by domain experts, which takes a long "
              "time, so researchers have been investigating evolutionary algorithms since the 1990s.")
    third = "The researchers then describe the specifications the antenna had to meet, its weight and height."
    page = parse_page(f"<div><p><strong>{lead}</strong></p><p>{second}</p><p>{third}</p></div>")
    # Hugo's summary: the bold lead and the paragraph after it run together, the text's opening.
    assert opens_the_story(page, lead + "\n" + second)
    # The bold lead alone is a standfirst set apart, as before.
    assert not opens_the_story(page, lead)


def test_a_description_running_together_the_headings_and_paragraph_a_text_opens_with_is_no_summary():
    from papershelf.normalise.headed_openings import opens_with_headings_over_a_list
    from papershelf.normalise.places import compact
    # J3RN's Blog (round 200, Hugo's Congo theme): the text opens with h2 the reviewed paper's title and h3
    # its author and year, each with its anchor mark, then a paragraph; the JSON-LD abstract runs them
    # together.
    opening = ('<div><h2 id="round">Compiling Rounds <a href="#round">#</a></h2>'
               '<h3 id="r">Richard Round, 1952 <a href="#r">#</a></h3><p>Compiling Rounds is a short paper '
               'that describes one of the first round compilers, termed "R-0".</p><p>Speaking of compilers, '
               'this paper appears to invent the term.</p></div>')
    page = parse_page(opening)
    assert opens_with_headings_over_a_list(page, compact(
        'Compiling Rounds # Richard Round, 1952 # Compiling Rounds is a short paper that describes one of '
        'the first round compilers, termed "R-0". Speaking of compilers'))
    # Words of its own after the headings are no opening of the text.
    assert not opens_with_headings_over_a_list(page, compact(
        "Compiling Rounds # Richard Round, 1952 # A look at the first round compiler and its routines."))
    # A heading labelling a summary sets the paragraph under it apart: its words are that summary.
    labelled = parse_page("<div><h2>Summary #</h2><p>We present round compilers for shared memory.</p>"
                          "<p>More text.</p></div>")
    assert not opens_with_headings_over_a_list(labelled, compact(
        "Summary # We present round compilers for shared memory. More text."))



def _next_post(writer: str) -> str:
    # A Hexo NexT post of a one-person blog (光's, round 211): the post-meta's day, the theme's hidden
    # schema.org author Person, the sidebar's site-author-name and the footer's copyright holder all the
    # configured writer's name.
    title = "论文阅读 | RoundNetV2: Inverted Residuals and Linear Bottlenecks"
    return (f'<!doctype html><html><head><title>{title} | 光</title><meta property="og:type" '
            f'content="article"><meta property="og:title" content="{title}"><meta property="og:site_name" '
            'content="光"><meta property="article:published_time" content="2020-03-22T00:50:21.000Z">'
            '</head><body><header><h1 class="site-title">光</h1></header><main><article class="post-block" '
            'itemscope itemtype="http://schema.org/Article"><span hidden itemprop="author" itemscope '
            f'itemtype="http://schema.org/Person"><meta itemprop="name" content="{writer}"></span><header '
            f'class="post-header"><h1 class="post-title" itemprop="name headline">{title}</h1><div class='
            '"post-meta"><span class="post-meta-item">Posted on <time title="Created: 2020-03-22 08:50:21" '
            'itemprop="dateCreated datePublished" datetime="2020-03-22T08:50:21+08:00">2020-03-22</time>'
            '</span></div></header><div class="post-body" itemprop="articleBody"><p>这篇文章介绍了'
            '一种新的轻型网络，把倒置残差和线性瓶颈结合起来，在移动设备上的检测和分割任务里都更快也更准。</p></div></article></main>'
            '<aside><div class="site-author" itemprop="author" itemscope itemtype="http://schema.org/Person">'
            f'<p class="site-author-name" itemprop="name">{writer}</p></div></aside><footer><div class='
            f'"copyright">© 2021 <span class="author" itemprop="copyrightHolder">{writer}</span></div>'
            '</footer></body></html>')


def test_a_writers_field_left_at_the_word_author_names_no_one():
    # The theme's writer left at its default 'Author' everywhere it shows: the field's label, no person.
    paper = normalise_page("https://round.example.io/2020/03/22/round-nets/", _next_post("Author")).papers[0]
    assert (paper.title, paper.published) == (
        "论文阅读 | RoundNetV2: Inverted Residuals and Linear Bottlenecks", "2020-03-22")
    assert not paper.authors
    # A writer's name there is kept.
    url = "https://round.example.io/2020/03/22/round-nets/"
    paper = normalise_page(url, _next_post("Chenxi Round")).papers[0]
    assert paper.authors == ["Chenxi Round"]


def _notes_on_a_reviewed_paper(lines: str, writer: str = "Butters") -> str:
    # On the Road's Hexo NexT note on DiMP (round 211, held out; pending85): the post's text opens with the
    # reviewed paper's title as a heading of its own, its authors on a 'by:' line under it and its venue on
    # the next; the post is signed by the theme's hidden author Person and the footer's holder.
    paper = ('<p><a href="https://arxiv.org/pdf/1904.07220.pdf">论文地址</a></p>'
             f'<h1 id="Learning-Round-Models">Learning Round Model Prediction for Tracking</h1>{lines}')
    return _next_post(writer).replace('itemprop="articleBody">', 'itemprop="articleBody">' + paper, 1)


def test_a_by_line_under_a_reviewed_papers_heading_in_a_post_names_the_paper_not_the_posts_writer():
    url = "https://round.example.io/2020/08/24/round-dimp/"
    page = _notes_on_a_reviewed_paper("<p>by: Martin Roundell</p><p>published on: ICCV 2019</p>")
    paper = normalise_page(url, page).papers[0]
    assert (paper.title, paper.published) == (
        "论文阅读 | RoundNetV2: Inverted Residuals and Linear Bottlenecks", "2020-03-22")
    assert paper.authors == ["Butters"]
    page = _notes_on_a_reviewed_paper("<p>By Martin Roundell</p>\n<p>Published in: CVPR 2020</p>")
    assert normalise_page(url, page).papers[0].authors == ["Butters"]


def test_a_by_line_without_a_venue_line_or_under_the_storys_own_heading_keeps_its_reading():
    # The near misses: a 'by:' line under a heading in the post with no publication line after it, and a
    # story's own 'By' line right under its title heading over a 'Published on:' line, each read as before.
    url = "https://round.example.io/2020/08/24/round-dimp/"
    page = _notes_on_a_reviewed_paper("<p>by: Martin Roundell</p><p>我们读了这篇论文。</p>")
    assert normalise_page(url, page).papers[0].authors == ["Martin Roundell"]
    text = "Round things grow rounder each year, the study finds, across every site it measured. " * 3
    story = ('<html><head><meta property="og:title" content="Round things grow rounder"></head><body>'
             "<h1>Round things grow rounder</h1><p>By Ann Roundtree</p><p>Published on: March 3, 2020</p>"
             f"<p>{text}</p></body></html>")
    paper = normalise_page("https://news.example.org/2020/03/round-things", story).papers[0]
    assert paper.authors == ["Ann Roundtree"]


def test_by_lines_under_reviewed_papers_headings_are_read_in_linear_time():
    group = "<h2>Round Paper</h2><p>by: Martin Roundell</p><p>published on: ICCV 2019</p>"

    def normalising(count: int):
        page = _notes_on_a_reviewed_paper(group * count)
        return lambda: normalise_page("https://round.example.io/2020/08/24/round-dimp/", page)

    assert_linear_time(normalising, 2000)


def _notes_on_a_marked_work(title: str) -> str:
    # A Hexo NexT post of a one-person blog (三省's, round 211): the h1 the title, the post-meta's day, an
    # opening remark, then the paper's own section names as the post's h1s, the 'ABSTRACT' one over a one-line
    # paragraph the writer's account of the paper's abstract runs on from into a list.
    return ('<!doctype html><html><head><title>' + title + ' | 三省</title><meta property="og:type" '
            f'content="article"><meta property="og:title" content="{title}"></head><body><article '
            f'class="post-block"><header class="post-header"><h1 class="post-title">{title}</h1><div '
            'class="post-meta"><span class="post-time">发表于 <time datetime="2017-10-18T18:48:52+08:00">'
            '2017-10-18</time></span></div></header><div class="post-body"><p>虽然师兄说看PPT就行了，但是我'
            '还是得看一下论文，希望这次看论文能快点。</p><h1 id="ABSTRACT">ABSTRACT</h1><p>主要工作：使用编辑'
            '距离研究字符串相似。现有方法的缺点如下：</p><ul><li>对长度小于30的短字符串效果不好。</li><li>巨大的'
            '索引，数据集越大越慢。</li></ul><h1 id="INTRO">1.INTRODUCTION</h1><p>similarity join简介，'
            '以及相似函数的几种定义和各自适用的场景。</p></div></article></body></html>')


def test_an_abstract_heading_in_notes_on_a_work_titled_in_title_marks_is_the_reviewed_papers():
    url = "https://round.example.io/2017/10/18/triejoin/"
    for title in ("《Round Joins: Efficient Trie-based String Joins》——读书笔记",
                  "《Round Joins: Efficient Trie-based String Joins》——论文笔记",
                  "《Round Joins》 阅读笔记"):
        paper = normalise_page(url, _notes_on_a_marked_work(title)).papers[0]
        assert (paper.title, paper.published, paper.abstract) == (title, "2017-10-18", None), title


def test_an_abstract_heading_under_a_title_that_marks_no_notes_keeps_its_abstract():
    from papershelf.normalise.reviewed_papers import abstract_of_notes_on_a_marked_work

    opening = "主要工作：使用编辑距离研究字符串相似。现有方法的缺点如下： 对长度小于30的短字符串效果不好。"
    # A title marking a work but saying nothing of notes on it, or notes with no work marked, keeps it.
    for title in ("《Round Joins: Efficient Trie-based String Joins》", "Round Joins——读书笔记",
                  "《Round Joins》与《Trie Joins》的比较"):
        page = parse_page(_notes_on_a_marked_work(title))
        assert not abstract_of_notes_on_a_marked_work(page, opening, title), title
    # …nor is text under another heading than 'Abstract' a retold abstract.
    title = "《Round Joins》——读书笔记"
    page = parse_page(_notes_on_a_marked_work(title).replace(">ABSTRACT<", ">BACKGROUND<"))
    assert not abstract_of_notes_on_a_marked_work(page, opening, title)


def test_notes_on_a_marked_works_headings_are_read_in_linear_time():
    from papershelf.normalise.reviewed_papers import abstract_of_notes_on_a_marked_work

    def reading(size: int):
        sections = "".join(f"<h1>ABSTRACT</h1><p>Other {n}</p>" for n in range(size))
        page = parse_page(f"<html><body><section>{sections}</section></body></html>")
        title = "《" + "x" * size + "》——读书笔记"
        return lambda: abstract_of_notes_on_a_marked_work(page, "Not there at all", title)

    assert_linear_time(reading, 4000)


def _apero_post(by_line: str) -> str:
    # Hugo's Apéro theme: the h1, 'By <writer> in <a>section</a>', the day, then the post; og:type 'page'.
    return ('<html><head><title>Regularized Greedy Forest | Ann Maheshkar</title>'
            '<meta name="description" content="Notes on the paper on greedy forests by Rie Johnson">'
            '<meta property="og:site_name" content="Ann Maheshkar">'
            '<meta property="og:title" content="Regularized Greedy Forest | Ann Maheshkar">'
            '<meta property="og:type" content="page"></head><body><main><article><header>'
            f'<h1 class="f1">Regularized Greedy Forest</h1><p class="f6">{by_line}</p>'
            '<p class="f7">September 27, 2020</p></header><section class="post-body"><p>Key Takeaway: a '
            'method that learns decision forests by a fully corrective greedy search over the forest, with '
            'regularizers that take the trees\' structure into account.</p><p>Boosted decision trees are the '
            'most effective off-the-shelf nonlinear learners for many problems, and the paper asks whether a '
            'forest can be learned directly instead.</p></section></article></main></body></html>')


def test_a_by_line_closed_by_in_and_the_section_linked_after_it_names_its_writer():
    # 'By Saurav Maheshkar in <a>Paper Summaries</a>' under the h1, the day under it (round 218): the "in"
    # before the section's link is no word of the writer's name.
    page = _apero_post('By Ann Maheshkar in <a href="/categories/paper-summaries">Paper Summaries</a>')
    paper = normalise_page("https://ann.example.io/blog/regularized-greedy-forest/", page).papers[0]
    assert (paper.title, paper.authors, paper.published) == (
        "Regularized Greedy Forest", ["Ann Maheshkar"], "2020-09-27")


def test_a_by_line_whose_last_word_is_a_name_ending_in_in_keeps_it():
    # Only "in" as a word of its own closes the line so: a name such as 'Ann Lin' is kept whole.
    page = _apero_post("By Ann Lin")
    paper = normalise_page("https://ann.example.io/blog/regularized-greedy-forest/", page).papers[0]
    assert paper.authors == ["Ann Lin"]


def _yilia_post(holder: str) -> str:
    # Hexo's Yilia theme: no byline, article:author and the footer's copyright line the one word.
    return ('<html><head><title>Recsys - Paper Reading - Real-time Personalization | Ann\'s notes</title>'
            '<meta property="og:type" content="article">'
            '<meta property="og:title" content="Recsys - Paper Reading - Real-time Personalization">'
            '<meta property="og:site_name" content="Ann\'s notes">'
            '<meta property="article:published_time" content="2021-06-18T06:49:56.016Z">'
            '<meta property="article:author" content="OZ"></head><body><div class="left-col"><h1 '
            'class="header-author"></h1></div><div class="mid-col"><article class="article"><header>'
            '<h1 class="article-title">Recsys - Paper Reading - Real-time Personalization</h1>'
            '<a class="archive-article-date"><time datetime="2021-06-18T06:49:56.016Z">2021-06-18</time></a>'
            '</header><div class="article-entry"><p>This is an excellent paper to see how embeddings are '
            'used '
            'in a large recommendation system, and how personalization improves the search.</p><p>The search '
            'is ranked by a pairwise regression, and listing embeddings are learned from the sessions of '
            'clicks. The booking of a session is its global context, and the embeddings of the listings a '
            'user '
            'clicked and skipped in real time give the features the ranking model reads for each search; the '
            'host\'s rejections are learned as negatives, so the two sides of the market are both served.</p>'
            '</div></article><footer id="footer"><div class="outer"><div class="footer-left">'
            f'&copy; 2021 {holder}</div>\n<div class="footer-right">Hexo Theme Yilia by Litten</div></div>'
            '</footer></div></body></html>')


def test_a_one_word_article_author_the_footers_copyright_holds_is_the_posts_writer():
    # OZ's notes on Machine Learning (round 218): article:author 'OZ', the footer '© 2021 OZ', no byline, the
    # host another name: the handle the writer publishes under, kept as written.
    paper = normalise_page("https://ann.github.io/notes_on_ml.github.io/2021/06/18/recsys/",
                           _yilia_post("OZ")).papers[0]
    assert (paper.title, paper.authors) == ("Recsys - Paper Reading - Real-time Personalization", ["OZ"])


def test_a_one_word_article_author_the_footer_does_not_hold_names_no_one():
    # The footer's holder another word: the meta's handle alone is no name the page shows.
    paper = normalise_page("https://ann.github.io/notes_on_ml.github.io/2021/06/18/recsys/",
                           _yilia_post("Ann Site")).papers[0]
    assert not paper.authors
def _liquorice_post(handle: str, site: str, *, brand: bool = True, meta: str = "og:article:author") -> str:
    # κeenのHappy Hacκing Blog's Hugo liquorice post (round 224): the post's author meta names a handle, the
    # header's home link and the <title>'s tail name the site, 'Written by' the handle after the text, and the
    # footer's copyright line names no one.
    home = f'<a href="https://ann.github.io/">{site}</a>' if brand else "<a href=\"/about/\">About</a>"
    return ('<html><head><meta charset="utf-8">'
            f'<title>論文メモ: A Region-Based Compiler for PHP | {site}'
            '</title>'
            f'<meta property="{meta}" content="{handle}"></head><body class="li-body">'
            f'<header class="li-page-header"><div class="li-brand li-left">{home} | Lispの狂想曲</div>'
            '</header><div class="container"><article><header class="li-article-header">'
            '<h1 class="li-article-title">論文メモ: A Region-Based Compiler for PHP</h1>'
            '<time class="li-article-date">Saturday, February 16, '
            '2019</time></header><section><p>This note reads a paper on compiling PHP by regions that the '
            'profile of a running program picks, so that the hot paths are translated first and the rest '
            'later; the paper measures the gains on a large site.</p></section></article></div>'
            f'<div class="row li-author"><div class="sixteen columns">Written by <strong>{handle}</strong>'
            '</div></div><footer class="li-page-footer"><div class="li-page-footer-legal">&copy; 2025. All '
            'rights reserved.</div></footer></body></html>')


def test_a_handle_the_posts_author_meta_signs_and_the_sites_name_holds_is_the_posts_writer():
    # κeenのHappy Hacκing Blog (round 224): og:article:author 'κeen', the site's name 'κeenのHappy Hacκing
    # Blog'
    # (the header's home link, the <title>'s tail) holding the handle as a whole run of its letters, the
    # footer's copyright naming no one: the lead's stop-76 reading, the name the writer publishes under, as
    # where the footer's copyright holds it.
    paper = normalise_page("https://ann.github.io/blog/2019/02/16/hhvm/",
                           _liquorice_post("κeen", "κeenのHappy Hacκing Blog")).papers[0]
    assert paper.authors == ["κeen"]
    # …and article:author, the site's name holding the handle before an apostrophe ('Ann's Hacking Notes').
    page = _liquorice_post("Ann", "Ann's Hacking Notes", meta="article:author")
    assert normalise_page("https://ann.github.io/blog/2019/02/16/hhvm/", page).papers[0].authors == ["Ann"]


def test_a_handle_part_of_a_longer_word_of_the_sites_name_or_a_title_tail_no_header_shows_names_no_one():
    # The handle a part of a longer word of the site's name ('Keen' in 'Keenly Hacking'), or the <title>'s
    # tail no link of the header shows (no site title, the tail maybe the post's): the meta's handle alone is
    # no name the page shows.
    url = "https://ann.github.io/blog/2019/02/16/hhvm/"
    assert not normalise_page(url, _liquorice_post("Keen", "Keenly Hacking Blog")).papers[0].authors
    assert not normalise_page(url, _liquorice_post("κeen", "κeenのHappy Hacκing Blog",
                                                   brand=False)).papers[0].authors


def test_a_long_header_of_links_is_read_for_the_sites_name_in_linear_time():
    # The header's links are each read once, no further than a site's title; a long link is no site title.
    def normalising(count):
        links = "<a href='/x'>x</a>" * count + f"<a href='/y'>{'Happy Hacκing ' * count}</a>"
        page = _liquorice_post("κeen", "κeenのHappy Hacκing Blog").replace("| Lispの狂想曲", links)
        return lambda: normalise_page("https://ann.github.io/blog/2019/02/16/hhvm/", page)

    assert assert_linear_time(normalising, 4000).papers[0].authors == ["κeen"]


def _aria_post(*, holder: str = "Ann Lee", category: str = "论文阅读", in_article: bool = True,
               tagline_after: str = "Ann's Blog", headline: str = "paper-ComplEx-NNE+AER") -> str:
    # Maple's Blog's Hexo ARIA post (round 222): the header's h1.title (the site's name) over h2.subtitle
    # (its tagline), the <title> '<post> | <site> - <tagline>'; the article item's hidden author Person, its
    # h1.post-title (microdata headline) and its category link; in the text the reviewed paper's title as an
    # h1 and its abstract under an 'Abstract' h2; the footer's div.copyright its holder, an icon for the sign.
    category_link = f'<a href="/categories/{category}/" itemprop="url" rel="index">{category}</a>'
    sidebar = "" if in_article else f'<aside class="sidebar">{category_link}</aside>'
    return ('<html><head><meta charset="utf-8"><title>paper-ComplEx-NNE+AER | Ann\'s Blog - The future '
            'commences now</title></head><body><header id="header"><div class="header-title">'
            f'<h1 class="title"><a href="/">{tagline_after}</a></h1><h2 class="subtitle">The future '
            'commences now</h2></div></header><main><article class="article post" itemscope '
            'itemtype="http://schema.org/Article"><div class="post-block"><span hidden itemprop="author" '
            'itemscope itemtype="http://schema.org/Person"><meta itemprop="name" content="Ann Lee">'
            f'</span></div><header class="post-header"><h1 class="post-title" itemprop="name headline">'
            f'{headline}</h1><div class="post-meta"><time itemprop="datePublished" '
            'datetime="2019-05-12T09:49:28+08:00">2019-05-12 09:49:28</time>'
            + (category_link if in_article else "") + '</div></header>'
            '<main class="post-main" itemprop="articleBody"><h1 id="x">Improving Knowledge Graph Embedding '
            'Using Simple Constraints</h1><h2 id="Abstract">Abstract</h2><p>Embedding knowledge graphs into '
            'continuous vector spaces has drawn much attention; this work constrains the entity '
            'representations to be non-negative and the relations to entail one another.</p>'
            '<h2>Notes</h2><p>Some notes of the reader on the paper, its method and its results on the usual '
            'benchmarks.</p></main></article></main>' + sidebar
            + '<footer id="footer" class="footer"><div class="footer-left"><div class="copyright">'
            f'<span class="author">{holder}</span><span class="year"><i class="far fa-copyright"></i>'
            '2019 - 2019</span></div></div></footer></body></html>')


def test_the_sites_tagline_after_its_name_in_the_tab_gives_way_to_the_articles_headline():
    # Maple's Blog (round 222): the <title> ends with the site's name and its tagline, which the header's
    # h2.subtitle shows right after the site's name; the article's h1.post-title, its microdata headline, is
    # what the <title> opens with: the post's title, though shorter and one word.
    paper = normalise_page("https://ann.github.io/2019/05/12/paper/", _aria_post()).papers[0]
    assert paper.title == "paper-ComplEx-NNE+AER"


def test_a_tagline_not_after_the_sites_name_or_an_article_without_the_tabs_headline_is_not_passed_over():
    # The element before the subtitle another name than the <title>'s, or the article's headline not what the
    # <title> opens with: no tagline is told, and the headline is not taken for the title so.
    other_site = parse_page(_aria_post(tagline_after="Bo's Notes"))
    assert headline_over_the_sites_tagline(other_site) is None
    other_headline = parse_page(_aria_post(headline="A post of another title"))
    assert headline_over_the_sites_tagline(other_headline) is None


def test_the_articles_author_person_the_footers_copyright_block_opens_with_is_the_writer():
    # Maple's Blog (round 222): the article item's hidden author Person 'Maple W', the footer's div.copyright
    # opening with span.author 'Maple W' before an icon for the sign and the years; no byline, no author meta.
    paper = normalise_page("https://ann.github.io/2019/05/12/paper/", _aria_post()).papers[0]
    assert paper.authors == ["Ann Lee"]


def test_a_copyright_block_of_another_name_or_a_longer_word_names_no_writer():
    for holder in ("Bo Chan", "Ann Leeward"):
        page = _aria_post(holder=holder)
        assert not normalise_page("https://ann.github.io/2019/05/12/paper/", page).papers[0].authors


def test_an_abstract_under_the_reviewed_papers_heading_of_a_post_in_a_review_category_is_the_papers():
    # Maple's Blog (round 222): the post filed in the category '论文阅读' (paper reading) by the post-meta's
    # link to /categories/论文阅读/: the text under its 'Abstract' heading is the reviewed paper's, as in a
    # post tagged so (reviewed_papers.abstract_of_a_post_tagged_a_paper_review).
    paper = normalise_page("https://ann.github.io/2019/05/12/paper/", _aria_post()).papers[0]
    assert paper.abstract is None


def test_a_category_of_another_kind_or_a_sidebars_category_link_files_no_review():
    # A category of another kind, or the review category linked from the sidebar's list (every post's): the
    # 'Abstract' section is read as before.
    for page in (_aria_post(category="随笔"), _aria_post(in_article=False)):
        paper = normalise_page("https://ann.github.io/2019/05/12/paper/", page).papers[0]
        assert (paper.abstract or "").startswith("Embedding knowledge graphs")


def test_taglines_copyright_blocks_and_category_links_are_read_in_linear_time():
    # Many headings classed as titles, many category links in the article and many copyright blocks: each
    # read once.
    def normalising(count):
        page = _aria_post().replace('commences now</h2></div></header>',
                                    'commences now</h2>' + '<h3 class="sub-title">x y</h3>' * count
                                    + '</div></header>')
        page = page.replace('<div class="post-meta">', '<div class="post-meta">'
                            + '<a href="/categories/x/">x</a>' * count)
        page = page.replace('<div class="copyright">', '<div class="copyright">' * count, 1)
        return lambda: normalise_page("https://ann.github.io/2019/05/12/paper/", page)

    assert assert_linear_time(normalising, 3000).papers[0].title == "paper-ComplEx-NNE+AER"


def _bookdown_gitbook_front_page(author_line: str) -> str:
    # bookdown's GitBook front page: the book's header h1, then pandoc's title block (div#header: h1.title,
    # p.author, p.date) over the abstract; one author meta.
    return ('<html><head><title>Energy Efficiency for Mobile Devices</title>'
            '<meta name="author" content="Ana Ruiz">'
            '<meta name="generator" content="bookdown 0.12 and GitBook">'
            '<meta property="og:title" content="Energy Efficiency for Mobile Devices"></head><body>'
            '<div class="book"><div class="book-body"><div class="body-inner"><div class="book-header">'
            '<h1><a href="./">Energy Efficiency for Mobile Devices</a></h1></div><div class="page-wrapper">'
            '<div class="page-inner"><section class="normal" id="section-"><div id="header">'
            '<h1 class="title">Energy Efficiency for Mobile Devices</h1>'
            f'<p class="author"><em>{author_line}</em></p><p class="date"><em>2018-07-20</em></p>'
            '<div class="abstract"><p class="abstract">Abstract</p><p>Mobile devices spend much of their '
            'battery on wireless links; this thesis measures where that energy goes and how to save it.</p>'
            '</div></div><h1>Preface</h1><p>Some words on why this book was written.</p></section></div>'
            '</div></div></div></div></body></html>')


def test_a_web_books_title_block_names_the_author_its_one_author_meta_names():
    page = _bookdown_gitbook_front_page("Ana Ruiz")
    record = normalise_page("https://ana.example.io/thesis/", page)
    assert record is not None and record.papers
    assert record.papers[0].title == "Energy Efficiency for Mobile Devices"
    assert record.papers[0].authors == ["Ana Ruiz"]


def test_a_title_blocks_author_line_the_meta_does_not_name_is_no_author_read_from_it():
    # The block's author line names someone the author meta does not: the block is not taken for it.
    page = _bookdown_gitbook_front_page("Ben Ortiz")
    record = normalise_page("https://ana.example.io/thesis/", page)
    assert record is None or not record.papers or record.papers[0].authors != ["Ben Ortiz"]


def _bs4_book_welcome(byline: str) -> str:
    # bookdown's bs4_book front page: the book's title in the header, then main's 'Welcome', the byline
    # (the author's name, a <br>, the day) and the Abstract section; one author meta, no date meta.
    return ('<html><head><title>Welcome | The Psychology of Allocation</title>'
            '<meta name="author" content="Sam Levi"></head><body><header><a class="navbar-brand" href="#">'
            '<h1>The Psychology of Allocation</h1></a></header><div class="container-fluid"><main>'
            '<div class="section level1" id="welcome"><h1>Welcome</h1><div class="row"><div class="col-sm-6">'
            '<p>Welcome to the online version of my thesis.</p>'
            f'<div class="byline"><p>{byline}</p></div></div></div>'
            '<div class="section level2" id="abstract"><h2>Abstract</h2><p>Capital allocation decisions are '
            'critical for large organisations, and this thesis asks how people make them.</p></div></div>'
            '</main></div></body></html>')


def test_a_web_books_welcome_byline_dates_the_book_under_its_authors_name():
    record = normalise_page("https://thesis.example.com/", _bs4_book_welcome("Sam Levi<br>\n8 October 2021"))
    assert record is not None and record.papers
    assert record.papers[0].published == "2021-10-08"


def test_a_welcome_byline_under_another_name_than_the_author_metas_gives_no_day():
    record = normalise_page("https://thesis.example.com/", _bs4_book_welcome("Dana Fox<br>\n8 October 2021"))
    assert record is None or not record.papers or record.papers[0].published != "2021-10-08"


def test_a_byline_whose_day_follows_the_name_on_its_next_line_names_the_person_alone():
    # The byline's lines run together, 'Sam Levi 8 October 2021': the month's name is no part of the name.
    record = normalise_page("https://thesis.example.com/", _bs4_book_welcome("Sam Levi<br>\n8 October 2021"))
    assert record is not None and record.papers
    assert record.papers[0].authors == ["Sam Levi"]
# Round 222: paper-reading notes in Chinese, a fifth draw.

_NOTES_TEXT = ("<p>论文提出了一种新的动态记忆网络，使用固定长度的记忆单元来存储世界上的实体，"
               "每个记忆单元对应一个实体，并且该记忆会随着输入内容实时更新。"
               "多个记忆槽之间相互独立，由键和值组成，键用来标识实体。</p>") * 3


def _papers_of(url: str, page: str) -> list[Paper]:
    """The papers the page gives, none where it gives no record."""
    normalised = normalise_page(url, page)
    return normalised.papers if normalised is not None else []


def _fluid_post(typed: str, *, stamp: str = "2025-08-21T16:00:00.000Z", shown: str = "2025-08-22 00:00",
                day: str = "2025年8月22日 凌晨") -> str:
    # Hexo's later Fluid theme: the banner's span#subtitle empty, its data-typed-text the title a script types
    # in; the one time element marked pubdate in the header; the title again in h1#seo-header beside the
    # text's own section h1s.
    return ('<html><head><title>TULIP - KentGuoK</title><meta property="og:type" content="article">'
            '<meta property="og:title" content="TULIP"><meta property="og:site_name" content="KentGuoK">'
            f'<meta property="article:published_time" content="{stamp}"></head><body><header>'
            f'<div id="banner"><div class="h2"><span id="subtitle" data-typed-text="{typed}"></span></div>'
            f'<div class="mt-3"><span class="post-meta"><time datetime="{shown}" pubdate>{day}</time>'
            '</span></div></div></header><main><article class="post-content">'
            '<h1 id="seo-header">TULIP</h1><div class="markdown-body">'
            f'<h1 id="背景">背景</h1>{_NOTES_TEXT}<h1 id="数据">数据</h1>{_NOTES_TEXT}</div></article></main>'
            '<script>(function (window, document) { var typing = Fluid.plugins.typing;'
            " var subtitle = document.getElementById('subtitle'); if (!subtitle || !typing) { return; }"
            " var text = subtitle.getAttribute('data-typed-text'); typing(text); })(window, document);"
            "</script>"
            '</body></html>')


def test_a_post_whose_heading_a_script_types_in_from_a_data_attribute_is_read_by_it():
    # KentGuoK's Fluid notes, round 222: no one h1 is the heading; the attribute the script reads is the
    # title, dated by the header's pubdate time.
    paper = normalise_page("https://notes.example.io/papernotes/tulip/", _fluid_post("TULIP")).papers[0]
    assert paper.title == "TULIP"
    # An attribute naming another title than the page's meta is no heading of it.
    other = _fluid_post("Something Else")
    titles = [p.title for p in _papers_of("https://notes.example.io/papernotes/tulip/", other)]
    assert titles != ["Something Else"]


def test_a_post_stamped_in_utc_the_day_before_its_zoneless_local_time_shows_is_dated_by_the_day_shown():
    # The Fluid post's time element written as the local time with no offset, '2025-08-22 00:00', the
    # article:published_time that midnight in +08:00 stamped in UTC, on 21 August.
    paper = normalise_page("https://notes.example.io/papernotes/tulip/", _fluid_post("TULIP")).papers[0]
    assert paper.published == "2025-08-22"
    # A stamp no zone's offset behind the local time (a day and more) moves nothing.
    far = _fluid_post("TULIP", stamp="2025-08-20T16:00:00.000Z")
    days = [p.published for p in _papers_of("https://notes.example.io/papernotes/tulip/", far)]
    assert days != ["2025-08-22"]


def test_a_description_that_is_the_title_again_is_no_summary():
    # Hexo NexT (Emil Jiang's notes, round 222): the description meta and og:description the post's title,
    # which the theme also shows as div.post-description under the heading.
    title = "论文笔记-DAB-DETR：Dynamic Anchor Boxes Are Better Queryes for DETR"
    page = (f'<html><head><title>{title} | 记录一些东西</title><meta name="description" content="{title}">'
            f'<meta property="og:type" content="article"><meta property="og:title" content="{title}">'
            f'<meta property="og:description" content="{title}">'
            '<meta property="article:published_time" content="2024-10-31T09:37:43.089Z">'
            '<meta property="article:author" content="Emil Jiang"></head><body>'
            '<article itemscope itemtype="http://schema.org/Article" class="post-block">'
            '<span hidden itemprop="author" itemscope itemtype="http://schema.org/Person">'
            '<meta itemprop="name" content="Emil Jiang"></span>'
            f'<header class="post-header"><h1 class="post-title" itemprop="name headline">{title}</h1>'
            '<div class="post-meta">发表于 <time itemprop="dateCreated datePublished" '
            'datetime="2024-10-31T17:37:43+08:00">2024-10-31</time></div>'
            f'<div class="post-description">{title}</div></header>'
            f'<div class="post-body" itemprop="articleBody">{_NOTES_TEXT}</div></article>'
            '<footer><div class="copyright">&copy; 2024 <span class="author" itemprop="copyrightHolder">'
            'Emil Jiang</span></div></footer></body></html>')
    paper = normalise_page("https://notes.example.io/2024/10/31/DAB-DETR/", page).papers[0]
    assert paper.title == title
    assert paper.abstract is None


def _matery_post(date_line: str, *, row_label: str = "文章作者:", holder: str = "IrvingBei") -> str:
    # Hexo's Matery theme: no h1, the cover's div.post-title, the post-info's div.post-date labelled as the
    # day published, the reprint block's writer row linking home, the footer's copyright line linking home.
    title = "【论文笔记11】TRACKING THE WORLD STATE WITH RECURRENT ENTITY NETWORKS Documents"
    return (f'<html><head><title>{title} | IrvingBei</title>'
            '<meta name="description" content="这个模型也就是前面提到的动态记忆。"></head><body>'
            '<header class="navbar-fixed"><a href="/" class="brand-logo">'
            '<span class="logo-span">IrvingBei</span>'
            '</a></header><div class="bg-cover pd-header post-cover"><div class="brand">'
            f'<div class="description center-align post-title">\n    {title}\n  </div></div></div>'
            '<main class="post-container content"><div class="card"><div class="post-info">'
            '<div class="post-date info-break-policy"><i class="far fa-calendar-minus fa-fw"></i>'
            f'{date_line}</div>'
            f'</div><div id="articleContent">{_NOTES_TEXT}</div><div class="reprint" id="reprint-statement">'
            f'<div class="reprint__author"><span class="reprint-meta"><i class="fas fa-user">\n {row_label}\n'
            '</i></span><span class="reprint-info"><a href="https://irvingbei.github.io">IrvingBei</a></span>'
            '</div></div></div></main><footer class="page-footer">'
            '<div class="copy-right">Copyright&nbsp;&copy;'
            f' <span id="year">年份</span> <a href="https://irvingbei.github.io" target="_blank">{holder}</a>'
            ' |&nbsp;Powered by&nbsp;<a href="https://hexo.io/">Hexo</a></div></footer></body></html>')


_MATERY_URL = "https://irvingbei.github.io/2018/12/12/%E3%80%90%E8%AE%BA%E6%96%87%E7%AC%94%E8%AE%B011%E3%80%91/"


def test_a_post_titled_in_a_post_title_element_over_a_labelled_published_day_is_read():
    # IrvingBei's Matery notes, round 222: the title element no heading, '发布日期: 2018-12-12' its day.
    paper = normalise_page(_MATERY_URL, _matery_post("发布日期:&nbsp;&nbsp;\n 2018-12-12")).papers[0]
    assert paper.title == "【论文笔记11】TRACKING THE WORLD STATE WITH RECURRENT ENTITY NETWORKS Documents"
    assert paper.published == "2018-12-12"
    # A day labelled as the update's is not the post's published day.
    updated = _papers_of(_MATERY_URL, _matery_post("更新日期:&nbsp;&nbsp;\n 2019-01-05"))
    assert not updated or updated[0].published != "2019-01-05"


def test_a_handle_its_writer_row_and_footer_link_home_on_its_own_host_is_the_posts_writer():
    # IrvingBei's Matery notes, round 222: '文章作者: IrvingBei' linked home, the footer's copyright holder
    # the same word linked home, the host irvingbei.github.io; the site's name the handle too.
    paper = normalise_page(_MATERY_URL, _matery_post("发布日期: 2018-12-12")).papers[0]
    assert paper.authors == ["IrvingBei"]
    # A footer holding another word leaves the handle unread; so does a row labelled otherwise.
    other = normalise_page(_MATERY_URL, _matery_post("发布日期: 2018-12-12", holder="Someone")).papers[0]
    assert other.authors != ["IrvingBei"]
    unlabelled = normalise_page(_MATERY_URL,
                                _matery_post("发布日期: 2018-12-12", row_label="文章链接:")).papers[0]
    assert unlabelled.authors != ["IrvingBei"]


def test_round_222s_readers_read_a_long_page_in_linear_time():
    # Many links, footers' worth of text and scripts: each reader reads no further than its bounds.
    def reading(size: int):
        page = _matery_post("发布日期: 2018-12-12").replace(
            "</main>", '<a href="https://irvingbei.github.io">IrvingBei</a> ' * size + "</main>")
        return lambda: normalise_page(_MATERY_URL, page)

    assert_linear_time(reading, 2000)

    def typed(size: int):
        page = _fluid_post("TULIP").replace("<script>", "<script>var x = 1;" * size + "</script><script>")
        return lambda: normalise_page("https://notes.example.io/papernotes/tulip/", page)

    assert_linear_time(typed, 2000)


def _signed_review(authors_line: str = "Neal Roundwell, Yuchung Round, Van Roundson",
                   footer_time: str = "<time>Feb 16, 2017</time>") -> str:
    # The Hugo-Octopress theme's review post (TechGlider's, round 218, held out; 2017): the author meta, one
    # article.hentry, the header's p.meta 'Feb 16, 2017 - 3 minute read', h1.entry-title titled as the paper,
    # the review template's headings over the reviewed paper's title, authors and DOI links, the footer's
    # p.meta holding the hCard 'Posted by <span class="fn">…</span>' and a time element; no other meta.
    return ('<html><head><meta charset="utf-8">'
            '<title>Round: Congestion-based Round Control | Round Glider</title>'
            '<meta name="description" content=""><meta name="author" content="Kartik Roundhal"></head><body>'
            '<article class="hentry" role="article"><header><p class="meta">Feb 16, 2017 - 3 minute read</p>'
            '<h1 class="entry-title">Round: Congestion-based Round Control</h1></header>'
            '<div class="entry-content"><h2 id="paper-title">Paper Title</h2>'
            '<p>Round: Congestion-based Round Control</p>'
            f'<h2 id="author-s">Author(s)</h2><p>{authors_line}</p>'
            '<h2 id="doi">DOI/Authoritative Link to Paper</h2><ul><li>Round Queue: '
            '<a href="http://dl.acm.org/citation.cfm?id=3022184">doi:10.1145/3012426.3022184</a></li></ul>'
            '<h2 id="idea">Novel Idea / Main Result(s)</h2><p>The paper describes how the core parameters of '
            'congestion control let the authors come up with a new, refreshingly simple mechanism.</p></div>'
            '<footer><p class="meta"><span class="byline author vcard">Posted by '
            f'<span class="fn">Kartik Roundhal</span></span> {footer_time}</p></footer>'
            '</article></body></html>')


def test_a_review_post_signed_by_its_writer_names_no_doi_of_the_reviewed_paper_and_is_dated_by_its_sign():
    paper = normalise_page("https://roundglider.github.io/review/round/", _signed_review()).papers[0]
    assert paper.title == "Round: Congestion-based Round Control"
    assert paper.authors == ["Kartik Roundhal"]
    assert paper.published == "2017-02-16"
    assert paper.doi is None


def test_a_post_naming_its_signer_among_the_papers_authors_keeps_its_doi():
    from papershelf.normalise.html_meta import parse_page
    from papershelf.normalise.signed_reviews import reviews_anothers_paper

    # A post on the writer's own paper: the DOI its text links is the post's paper's, as before.
    own = _signed_review("Neal Roundwell, Kartik Roundhal, Van Roundson")
    assert not reviews_anothers_paper(parse_page(own))
    assert normalise_page("https://roundglider.github.io/review/round/", own).papers[0].doi == (
        "10.1145/3012426.3022184")
    # One name alone under the heading (a signature, not a paper's authors) says nothing either.
    assert not reviews_anothers_paper(parse_page(_signed_review("Neal Roundwell")))


def test_the_time_beside_an_entrys_hcard_dates_it_only_as_a_whole_day():
    from papershelf.normalise.hatom_entries import hatom_entry
    from papershelf.normalise.html_meta import parse_page

    page = _signed_review("Neal Roundwell, Kartik Roundhal, Van Roundson")
    assert hatom_entry(parse_page(page)).shown == ["2017-02-16"]
    # A time of a month alone, or of other words after the day, dates nothing.
    for time in ("<time>Feb 2017</time>", "<time>Feb 16, 2017, edited</time>"):
        assert hatom_entry(parse_page(_signed_review(footer_time=time))) is None, time


def test_signed_reviews_are_read_in_linear_time():
    from helpers import assert_linear_time
    from papershelf.normalise.html_meta import parse_page
    from papershelf.normalise.signed_reviews import reviews_anothers_paper

    def reading(size: int):
        # Many sub-headings of other words before the 'Author(s)' one.
        page = _signed_review().replace('<h2 id="paper-title">', "<h3>Round notes</h3><p>x</p>" * size
                                        + '<h2 id="paper-title">')
        parsed = parse_page(page)
        return lambda: reviews_anothers_paper(parsed)

    assert_linear_time(reading, 4000)


def _jane_notes(row_author: str, footer_holder: str) -> str:
    # Hugo's Jane theme (round 228, Anjana's notes): the author meta and the <title>'s site name the same one
    # word, the post's copyright block's 'Author' row, the footer's copyright line; no byline.
    return ('<html><head><title>Architectural Styles - Ann</title><meta name="author" content="Ann">'
            '<meta property="og:title" content="Architectural Styles">'
            '<meta property="og:type" content="article">'
            '<meta property="article:published_time" content="2022-09-20T08:15:48+08:00"></head><body>'
            '<header><a class="logo" href="/">Ann</a></header><main><article class="post">'
            '<header class="post-header"><h1 class="post-title">Architectural Styles</h1>'
            '<div class="post-meta"><time datetime="2022-09-20" class="post-time">2022-09-20</time></div>'
            '</header><div class="post-content"><p>Software architecture research investigates methods for'
            ' determining how best to partition a system and how its components communicate.'
            ' It is a long paragraph of the post\'s own prose, written to run as long as a'
            ' paragraph of a real text'
            ' does, so that the reader sees prose under the heading and not a line of links or a caption.</p>'
            '<p>These notes follow the dissertation chapter by chapter, with the styles it classifies.</p>'
            '</div><div class="post-copyright"><p class="copyright-item"><span class="item-title">Author'
            f'</span><span class="item-content">{row_author}</span></p><p class="copyright-item">'
            '<span class="item-title">LastMod</span><span class="item-content">2022-09-20</span></p></div>'
            '</article></main><footer id="footer"><div class="copyright"><span class="power-by">Powered by'
            ' Hugo</span> <span class="copyright-year">&copy; 2021 - 2023 <span'
            f' class="author">{footer_holder}'
            '</span></span></div></footer></body></html>')


def test_a_one_word_name_the_posts_copyright_block_and_the_footer_sign_is_kept_though_the_site_bears_it():
    # Round 228 (Anjana's Hugo Jane notes): 'Author Ann' in the post's copyright block, '© 2021 - 2023 Ann' in
    # the footer, the site named 'Ann' too: the name the writer publishes under, not the site's name alone.
    paper = normalise_page("https://annvak.github.io/post/architectural-styles/",
                           _jane_notes("Ann", "Ann")).papers[0]
    assert (paper.title, paper.authors, paper.published) == ("Architectural Styles", ["Ann"], "2022-09-20")


def test_a_one_word_copyright_block_author_the_footer_does_not_hold_stays_the_sites_name():
    # The footer's holder another word: the row alone signs nothing, and the site's name is no writer.
    paper = normalise_page("https://annvak.github.io/post/architectural-styles/",
                           _jane_notes("Ann", "Beta")).papers[0]
    assert not paper.authors


def _footer_only_essay(holder: str) -> str:
    # A one-person Hugo site's essay (round 228, vivek Aithal's): no byline or author meta, the footer's
    # copyright line alone names the site's owner.
    return ('<html><head><title>Can Machines Think? | Site</title>'
            '<meta property="og:title" content="Can Machines Think?"><meta property="og:type"'
            ' content="article">'
            '<meta property="article:published_time" content="2020-08-08T19:51:13-07:00"></head><body>'
            '<main><article><h1 class="posttitle">Can Machines Think?</h1><div class="meta"><time '
            'datetime="2020-08-08 19:51:13 -0700 PDT" itemprop="datePublished">2020-08-08</time></div>'
            '<div class="content"><p>In his seminal 1950 paper Alan Turing wondered just this,'
            ' whether machines'
            ' can think, and it is a paper worth reading before any argument about it.'
            ' It is a long paragraph of the post\'s own prose, written to run as long as a'
            ' paragraph of a real text'
            ' does, so that the reader sees prose under the heading and not a line of links or a caption.'
            '</p><p>He replaces the'
            ' question with a game of imitation that a machine may play against a person.</p></div></article>'
            f'</main><footer id="footer"><div class="footer-left">Copyright &copy; 2024 {holder} </div>\n'
            '<div class="footer-right"><nav><ul><li><a href="/">Home</a></li></ul></nav></div></footer>'
            '</body></html>')


def test_a_footer_holder_whose_given_name_is_written_in_lower_case_is_the_writer_the_host_spells():
    # Round 228 (vivek Aithal's essay at vivekaithal.co): 'Copyright © 2024 vivek Aithal', the host
    # spelling the
    # whole name: the site's owner, kept as written.
    paper = normalise_page("https://vivekaithal.co/posts/can-machines-think/",
                           _footer_only_essay("vivek Aithal")).papers[0]
    assert (paper.title, paper.authors, paper.published) == (
        "Can Machines Think?", ["vivek Aithal"], "2020-08-08")


def test_a_lower_cased_footer_holder_the_host_does_not_spell_names_no_one():
    # Another host: a lower-cased holder is no name the host vouches for.
    paper = normalise_page("https://essays.example.org/posts/can-machines-think/",
                           _footer_only_essay("vivek Aithal")).papers[0]
    assert not paper.authors


def _bulma_post(tab: str) -> str:
    # A Hugo theme on Bulma (round 228, Systemic's post): no meta; the navbar's h1 the blog's name, then the
    # day in h2.subtitle over the post's h1.title, then a text written as a paper of its own.
    return (f'<html><head><title>{tab}</title></head><body><section class="section"><nav class="nav">'
            '<a href="/blog/"><h1 class="title is-4">Systemic</h1></a></nav></section><section'
            ' class="section">'
            '<div class="container"><h2 class="subtitle is-6">December 10, 2022</h2><h1'
            ' class="title">MapReduce'
            '</h1><div class="content"><h1>A summary of MapReduce: Simplified data processing'
            ' on large clusters'
            '</h1><h4>Abstract</h4><p>Working with large data sets on a single computer gets'
            ' complicated quickly,'
            ' and this paper provides a way to run computations on a cluster instead.</p><h2>1. Introduction'
            '</h2><p>The new era of computing large data sets was a huge undertaking, and developers had to'
            ' write special code for every data set they met.'
            ' It is a long paragraph of the post\'s own prose, written to run as long as a'
            ' paragraph of a real text'
            ' does, so that the reader sees prose under the heading and not a line of links or a caption.'
            '</p></div></div></section></body></html>')


def test_a_post_its_tab_names_before_the_blogs_name_is_read_under_its_day_not_as_its_texts_paper():
    # Round 228 (Systemic): 'MapReduce | Systemic', the post's h1 under its day, the text's own
    # heading over an
    # 'Abstract' below it: the post's title and day.
    paper = normalise_page("https://ann.github.io/blog/posts/mapreduce/",
                           _bulma_post("MapReduce | Systemic")).papers[0]
    assert (paper.title, paper.published) == ("MapReduce", "2022-12-10")


def test_a_tab_not_ending_with_the_blogs_name_leaves_the_post_to_the_other_readers():
    paper = normalise_page("https://ann.github.io/blog/posts/mapreduce/", _bulma_post("MapReduce")).papers[0]
    assert paper.published != "2022-12-10" or paper.title != "MapReduce"


def _essay_post(heading: str = "A summary of MapReduce: Simplified data processing on large clusters",
                references: bool = True, size: int = 1) -> str:
    # Systemic's post (round 228) whole: the text's own h1 and 'Abstract' over numbered sections and the
    # works it cites ('References').
    section = ("<h2>2. Implementation</h2><p>The map function reads round records and the reduce function "
               "merges the values of one key, the library spreading both over the cluster's machines.</p>")
    cited = ("<h2>References</h2><ul><li>J. Dean and S. Round. MapReduce: simplified data processing on "
             "large clusters. OSDI, 2004.</li></ul>") if references else ""
    return _bulma_post("MapReduce | Systemic").replace(
        "A summary of MapReduce: Simplified data processing on large clusters", heading).replace(
        "</p></div></div></section>", "</p>" + section * size + cited + "</div></div></section>")


def test_the_abstract_of_a_post_written_as_a_short_paper_of_its_own_is_the_posts_summary():
    # Round 228 (Systemic), the lead's stop-76 reading: the text's h1 calls it a summary of the paper, and
    # the essay sets its own abstract apart over numbered sections and references: the writer's summary.
    paper = normalise_page("https://ann.github.io/blog/posts/mapreduce/", _essay_post()).papers[0]
    assert (paper.title, (paper.abstract or "")[:40]) == (
        "MapReduce", "Working with large data sets on a single")


@pytest.mark.parametrize(("heading", "references"), [
    # The quoted paper's own title over its 'Abstract' (pko89403's Kafka post, round 206's shape).
    ("MapReduce: Simplified data processing on large clusters", True),
    # A summary's heading, but no numbered sections and references: no essay of the writer's set out so.
    ("A summary of MapReduce: Simplified data processing on large clusters", False),
])
def test_an_abstract_under_the_quoted_papers_title_or_without_an_essays_sections_stays_the_papers(
        heading: str, references: bool):
    page = _essay_post(heading, references)
    if not references:
        page = page.replace("<h2>1. Introduction</h2>", "<h2>Introduction</h2>")
    paper = normalise_page("https://ann.github.io/blog/posts/mapreduce/", page).papers[0]
    assert paper.abstract is None


def test_posts_written_as_short_papers_are_read_in_linear_time():
    def reading(size: int):
        page = _essay_post(size=size)
        return lambda: normalise_page("https://ann.github.io/blog/posts/mapreduce/", page)

    assert_linear_time(reading, 4000)


def _dissertation_site(tab: str = "Round Pitch of Voiced Speech: Algorithms and Ground Truths",
                       heading: str = ("<h1>Round Pitch of Voiced Speech</h1>"
                                       "<h2>Algorithms and Ground Truths</h2>"),
                       size: int = 1) -> str:
    # Bastian Bechtold's dissertation site (round 225, held out), hand-written: the header's line 'Part of the
    # dissertation <a>…the whole title…</a>.', the PDF's link and the copyright line; main's h1 and h2 the
    # title and subtitle, links to the companion pages, then 'Summary of the Dissertation'; an author meta.
    paragraph = ("<p>Speech is fundamental to humanity as our primary means of communication, and round "
                 "algorithms estimate the fundamental frequency of its voiced sounds from short segments."
                 "</p>")
    return (f'<html><head><title>{tab}</title><meta name="author" content="Ann Roundtold"></head><body>'
            '<header><p>Part of the dissertation <a href="index.html">Round Pitch of Voiced Speech: '
            'Algorithms and Ground Truths</a>. <br><a href="Dissertation.pdf">Download Dissertation</a> <br>'
            "© 2020, Ann Roundtold, Round Hochschule, Germany.</p></header><main>" + heading
            + '<article><h3>Code and Data:</h3><ul><li><a href="maps/index.html">MAPS: A Round Estimation '
              'Algorithm</a></li></ul><h3>Summary of the Dissertation</h3>' + paragraph * size
            + "</article></main><footer><p>© 2020, Ann Roundtold. All rights reserved.</p></footer>"
              "</body></html>")


def test_a_dissertation_sites_front_page_its_header_names_whole_is_the_thesiss_record():
    paper = normalise_page("https://ann.github.io/Dissertation-Website/", _dissertation_site()).papers[0]
    assert (paper.title, paper.authors, paper.published, (paper.abstract or "")[:30]) == (
        "Round Pitch of Voiced Speech: Algorithms and Ground Truths", ["Ann Roundtold"], "2020",
        "Speech is fundamental to human")


def test_a_companion_page_part_of_a_dissertation_under_its_own_heading_is_not_the_thesis():
    # The same header over a companion page's own heading and <title>: not the dissertation's front page.
    page = _dissertation_site("MAPS: A Round Estimation Algorithm",
                              "<h1>MAPS: A Round Estimation Algorithm</h1>")
    found = normalise_page("https://ann.github.io/Dissertation-Website/maps/", page)
    titles = [paper.title for paper in found.papers] if found is not None else []
    assert "Round Pitch of Voiced Speech: Algorithms and Ground Truths" not in titles


def test_dissertation_sites_are_read_in_linear_time():
    def reading(size: int):
        page = _dissertation_site(size=size)
        return lambda: normalise_page("https://ann.github.io/Dissertation-Website/", page)

    assert_linear_time(reading, 4000)


def _coder_page_post() -> str:
    # Hugo's Coder theme, its plain page layout (round 228, Vivek Kumar Singh's Paper Notes): no day or byline
    # shown, the article's one h1 the meta title; og:type, one article:published_time and an author meta.
    return ('<html><head><title>Diving into Amazon Dynamo Paper · Vivek Kumar Singh</title>'
            '<meta name="author" content="Vivek Kumar Singh">'
            '<meta property="og:title" content="Diving into Amazon Dynamo Paper">'
            '<meta property="og:type" content="article">'
            '<meta property="article:published_time" content="2023-02-19T00:00:00-06:00"></head><body>'
            '<main class="wrapper"><nav class="navigation"><a class="navigation-title"'
            ' href="/">Vivek Kumar Singh'
            '</a></nav><div class="content"><section class="container'
            ' page"><article><header><h1 class="title">'
            '<a class="title-link" href="/paper-notes/dynamo/">Diving into Amazon Dynamo'
            ' Paper</a></h1></header>'
            '<p>In this blog post, we are going to look into the Amazon Dynamo paper, which'
            ' describes techniques'
            ' that together form a highly available key-value store.'
            ' It is a long paragraph of the post\'s own prose, written to run as long as a'
            ' paragraph of a real text'
            ' does, so that the reader sees prose under the heading and not a line of links or a caption.'
            '</p><h2>Requirements</h2><p>Many'
            ' applications need to read and write data by its primary key even while some nodes fail.</p>'
            '</article></section></div><footer class="footer"><section class="container">© 2023 - 2024 Vivek'
            ' Kumar Singh · Powered by Hugo</section></footer></main></body></html>')


def test_an_articles_one_h1_the_meta_title_names_is_a_record_its_meta_alone_dates():
    # Round 228 (Vivek Kumar Singh's Dynamo notes): no day or writer shown; the meta's article and its day.
    paper = normalise_page("https://vks.github.io/paper-notes/dynamo/", _coder_page_post()).papers[0]
    assert (paper.title, paper.published) == ("Diving into Amazon Dynamo Paper", "2023-02-19")
def _signed_hand_made_post(line: str, tab: str = "Graph Networks | Ada Lovelace | Some Lab") -> str:
    """A hand-written post (round 229, Thomas Kipf's): the h2 its <title> opens with before its owner's name,
    the p `line` right under it in the header, an Open Graph title of other words, then the text."""
    return (f'<html><head><title>{tab}</title><meta name="description" content="">'
            '<meta property="og:title" content="How powerful are graph networks?">'
            '<meta property="og:description" content="Many real-world data sets come as graphs.">'
            '</head><body>'
            '<nav><ul><li><a href="/">Home</a></li><li><a href="/graph-networks/">Blog</a></li></ul></nav>'
            '<section><header class="major"><h2>Graph Networks</h2>'
            f'<p>{line}</p></header><div class="blog">{_ENGLISH_PROSE}</div></section></body></html>')


def test_a_hand_made_post_signed_and_dated_under_its_heading_by_the_tabs_owner_is_read():
    # The heading the <title> opens with is the post's title over its Open Graph card's wording; the line
    # 'name, day' right under it, the name the <title>'s owner, signs and dates it.
    page = _signed_hand_made_post("Ada Lovelace, 30 September 2016")
    paper = normalise_page("https://ada.example.io/graph-networks/", page).papers[0]
    assert (paper.title, paper.authors, paper.published) == ("Graph Networks", ["Ada Lovelace"], "2016-09-30")


def test_a_line_under_the_heading_naming_someone_the_tab_does_not_signs_no_post():
    # A quoted source or a photo's credit under the heading is no signature: only the <title>'s owner signs.
    page = _signed_hand_made_post("Charles Babbage, 30 September 2016")
    normalised = normalise_page("https://ada.example.io/graph-networks/", page)
    assert normalised is None or all(paper.authors != ["Charles Babbage"] for paper in normalised.papers)


def _xmin_post(author: str = "Ada Lovelace and Charles Babbage", date: str = "2025/05/06") -> str:
    """A post of Hugo's XMin theme (round 229, Yiding Jiang's blog): div.article-meta's h1 span.title, its
    h2.author and h2.date, no meta but a Twitter card, then the text."""
    return ('<html><head><title>A compression view of curricula | Ada&#39;s blog</title>'
            '<meta name="twitter:title" content="A compression view of curricula"></head><body>'
            '<nav><ul class="menu"><li><a href="/blog/">Blogposts</a></li></ul><hr/></nav>'
            '<div class="article-meta"><h1><span class="title">A compression view of curricula</span></h1>'
            f'<h2 class="author">{author}</h2><h2 class="date">{date}</h2></div>'
            f'<main>{_ENGLISH_PROSE}</main></body></html>')


def test_a_post_whose_heading_block_classes_its_title_byline_and_day_headings_is_read():
    paper = normalise_page("https://ada.example.io/blog/post/curriculum/", _xmin_post()).papers[0]
    assert (paper.title, paper.authors, paper.published) == (
        "A compression view of curricula", ["Ada Lovelace", "Charles Babbage"], "2025-05-06")


def test_a_heading_block_whose_date_heading_is_no_day_dates_no_post():
    normalised = normalise_page("https://ada.example.io/blog/post/curriculum/", _xmin_post(date="Draft"))
    assert normalised is None or all(paper.published != "2025-05-06" for paper in normalised.papers)
def test_a_post_under_its_meta_lines_date_published_time_is_a_record_of_its_post_title():
    # ryok note (round 232, Hexo's port of Ghost's Casper theme, 2018): no meta but the <title> and an
    # empty description; span.post-meta opens with <time itemprop="datePublished"> '2018-08-09', then the
    # post's tags, right over h1.post-title, which the <title> opens with before ' | ryok note'. The post
    # its theme dates as published: a record of its title and that day.
    prose = "<p>センサー間の相関がノイズに対して極めて脆弱なため、異常の兆候を切り分けるのが難しい。</p>"
    page = ('<!DOCTYPE html><html><head><title>Sparse-structure-learning | ryok note</title>'
            '<meta name="description" content=""></head><body><header><h1 class="blog-title">ryok note</h1>'
            '</header><main><article class="post"><span class="post-meta">'
            '<time datetime="2018-08-09T06:16:18.000Z" itemprop="datePublished">2018-08-09</time> | '
            '<a href="/tags/x/">論文要約</a></span>'
            f'<h1 class="post-title">Sparse-structure-learning</h1><section class="post-content">{prose * 3}'
            '</section><footer class="post-footer"><section class="author"><h4>ryok</h4><p>A designer, '
            'developer and entrepreneur.</p></section></footer></article></main></body></html>')
    paper = normalise_page("https://ryok.example.io/2018/08/09/Sparse-structure-learning/", page).papers[0]
    assert (paper.title, paper.published) == ("Sparse-structure-learning", "2018-08-09")
    # Its writer the handle the post's footer signs, which the site's name holds ('ryok note'); a handle the
    # site's name does not hold names no one.
    assert paper.authors == ["ryok"]
    other = page.replace("<h4>ryok</h4>", "<h4>admin</h4>")
    assert normalise_page("https://ryok.example.io/2018/08/09/Sparse-structure-learning/",
                          other).papers[0].authors is None
    # A time the theme does not mark as the day published dates no such post.
    unmarked = page.replace(' itemprop="datePublished"', "")
    found = normalise_page("https://ryok.example.io/2018/08/09/Sparse-structure-learning/", unmarked)
    assert found is None or not found.papers


def _translated_paper_post(section: str) -> str:
    # Shunya Ueta's Hugo Bear Blog post (round 232): og and article meta, the description the text's opening,
    # h2 'Citation' over the paper's reference, then h2 '抄訳' ('abridged translation') over the h3
    # 'Abstract' and the paper's abstract translated, then the paper's other sections.
    lead = ("この記事は勉強会の記事です。Google が TFX の歴史について発表した論文を知ったので"
            "メモがてら残しておく。")
    return ('<!doctype html><html><head><title>論文「Round ML Engineering」 | Jane Doe</title>'
            '<meta property="og:title" content="論文「Round ML Engineering」">'
            '<meta property="og:type" content="article">'
            f'<meta name="description" content="{lead[:60]}">'
            '<meta property="article:published_time" content="2021-01-17T00:18:47+09:00"></head><body>'
            '<main><h1>論文「Round ML Engineering」</h1><p><time datetime="2021-01-17">2021-01-17</time></p>'
            f'<p>{lead}</p><h2>Citation</h2><p>Doe, J. (2020). Round ML Engineering. arXiv preprint.</p>'
            f'<h2>{section}</h2><h3>Abstract</h3><p>ソフトウェアエンジニアリングは成熟しつつあるが、'
            '一方で機械学習エンジニアリングはまだ成熟しきっていない。この論文では Alphabet で'
            '成功している機械学習基盤の紹介を行う。</p><h3>Where We Are Coming From</h3>'
            '<p>Sibyl は 2007 年から運用されていた。</p>'
            '</main></body></html>')


def test_an_abstract_heading_under_a_posts_translation_heading_is_the_translated_papers():
    url = "https://jane.example.com/posts/2021-01-17/"
    paper = normalise_page(url, _translated_paper_post("抄訳")).papers[0]
    assert (paper.published, paper.abstract) == ("2021-01-17", None)
    # Under another section's heading, the 'Abstract' is read as before.
    from papershelf.normalise.reviewed_papers import abstract_of_a_translated_paper

    opening = "ソフトウェアエンジニアリングは成熟しつつあるが、一方で機械学習エンジニアリングは"
    assert abstract_of_a_translated_paper(parse_page(_translated_paper_post("抄訳")), opening)
    assert not abstract_of_a_translated_paper(parse_page(_translated_paper_post("本文")), opening)
def _fluid_post_of_site(site_name: str) -> str:
    # A Hexo Fluid post (HXY's Academic Space, round 231): the banner's h1 and time, the license box's '作者',
    # article:author a one-word handle, og:site_name the site's name, a footer with no copyright line.
    return ('<!DOCTYPE html><html lang="zh-CN"><head><meta charset="UTF-8">'
            f'<title>论文精读：BERT 深度双向 Transformer - {site_name}</title>'
            '<meta name="author" content="hxy">'
            '<meta property="og:type" content="article">'
            '<meta property="og:title" content="论文精读：BERT 深度双向 Transformer">'
            f'<meta property="og:site_name" content="{site_name}">'
            '<meta property="article:published_time" content="2026-03-09T07:25:00.000Z">'
            '<meta property="article:author" content="hxy"></head><body>'
            '<div class="banner"><div class="banner-text">'
            '<h1 id="seo-header">论文精读：BERT 深度双向 Transformer</h1>'
            '<div class="mt-3"><span class="post-meta">'
            '<time datetime="2026-03-09 15:25">2026年3月9日 下午</time>'
            '</span></div></div></div><main><article class="post-content"><div class="markdown-body">'
            '<p>BERT 抛弃了 Transformer 的 Decoder，仅保留 Encoder，通过完形填空和下一句预测两大任务预训练。'
            '在 BERT 诞生前，主流的预训练模型都存在视野受限的问题，这里逐一梳理它的做法。</p></div>'
            '<div class="license-box"><div class="license-meta-item"><div>作者</div><div>hxy</div></div>'
            '</div></article></main><footer><div class="footer-inner"><a href="https://hexo.io">Hexo</a> '
            '<a href="https://github.com/fluid-dev/hexo-theme-fluid">Fluid</a></div></footer></body></html>')


def test_a_one_word_article_author_the_sites_own_name_holds_is_the_posts_writer():
    # HXY's Academic Space (round 231): article:author 'hxy', og:site_name "HXY's Academic Space", no
    # copyright line: the site is named for the handle, the name the writer publishes under, kept as written.
    paper = normalise_page("https://cutesxy.github.io/2026/03/09/BERT-Note/",
                           _fluid_post_of_site("HXY's Academic Space")).papers[0]
    assert (paper.title, paper.authors) == ("论文精读：BERT 深度双向 Transformer", ["hxy"])


def test_a_one_word_article_author_a_site_name_coins_a_word_on_names_no_one():
    # The handle runs on into a word of the site's name ('HXYZ Notes'), or the site's name is another's: no
    # name the site holds as a word of its own.
    for site_name in ("HXYZ Notes", "Deep Notes"):
        paper = normalise_page("https://cutesxy.github.io/2026/03/09/BERT-Note/",
                               _fluid_post_of_site(site_name)).papers[0]
        assert not paper.authors, site_name


def _blox_post_greeted(footer_holder: str) -> str:
    # A Hugo Blox post (Bansheng, round 231): the profile's name field a greeting in the author meta, the
    # BlogPosting JSON-LD's author Person and the 'Authors' box; the footer's copyright line its own
    # paragraph, the theme's credit in the next.
    return ('<!DOCTYPE html><html lang="zh-Hans"><head><meta charset="utf-8">'
            '<title>UniMixer：推荐系统的缩放定律 | Bansheng</title>'
            '<meta name="author" content="👋 Hey, I\'m Yadong">'
            '<meta property="og:site_name" content="Bansheng">'
            '<meta property="og:title" content="UniMixer：推荐系统的缩放定律 | Bansheng">'
            '<meta property="og:type" content="article">'
            '<meta property="article:published_time" content="2026-04-08T10:15:00+08:00">'
            '<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting",'
            '"headline":"UniMixer：推荐系统的缩放定律","datePublished":"2026-04-08T10:15:00+08:00",'
            '"author":{"@type":"Person","name":"👋 Hey, I\'m Yadong"},'
            '"publisher":{"@type":"Organization","name":"Bansheng"}}</script></head><body>'
            '<article><h1>UniMixer：推荐系统的缩放定律</h1><div>2026-04-08 · 6 分钟阅读时长</div>'
            '<div class="prose"><p>推荐系统的核心挑战之一是特征交互建模，'
            '这里回顾三条技术路线并读这篇论文。</p></div>'
            '<div><div>Authors</div>'
            '<div><a href="https://dingyadong.top/">👋 Hey, I\'m Yadong</a></div></div>'
            f'</article><footer><p class="powered-by">© 2026 {footer_holder}</p>'
            '<p class="powered-by">由<a href="https://hugoblox.com">Hugo Blox Kit</a>支持发布</p></footer>'
            '</body></html>')


def test_a_writers_name_field_set_to_a_greeting_is_the_person_it_introduces_as_the_footer_names_them():
    # Bansheng (round 231): '👋 Hey, I'm Yadong' in the author meta and the JSON-LD, '© 2026 Yadong Ding' in
    # the footer: the person the greeting introduces, whole as the footer's copyright line holds them (not the
    # greeting turned about its comma, "I'm Yadong 👋 Hey").
    paper = normalise_page("https://dingyadong.top/posts/013_unimixer_paper_review/",
                           _blox_post_greeted("Yadong Ding")).papers[0]
    assert paper.authors == ["Yadong Ding"]


def test_a_greeting_whose_name_no_footer_holds_gives_no_greeting_for_a_name():
    # The footer holds another name: the greeting's words are no writer's name either way.
    paper = normalise_page("https://dingyadong.top/posts/013_unimixer_paper_review/",
                           _blox_post_greeted("Ann Lee")).papers[0]
    assert not paper.authors or all("Hey" not in name and "I'm" not in name for name in paper.authors)


def _pending91_next_post(description: str, opening: str, author: str = "404",
                         footer: str = "© 2024 404 66k 1:59 由 Hexo &amp; NexT.Gemini 强力驱动") -> str:
    # A Hexo NexT Gemini post (QxC's Blog, round 231): the description and og:description a line of the
    # writer's own, article:author and the sidebar's microdata author a handle, the footer's copyright line
    # the same handle after its year; no JSON-LD.
    return ('<!DOCTYPE html><html lang="zh-CN"><head><meta charset="UTF-8">'
            '<title>论文精读-DELL·E2-2022 | QxC\'s Blog</title>'
            f'<meta name="description" content="{description}">'
            '<meta property="og:type" content="article">'
            '<meta property="og:title" content="论文精读-DELL·E2-2022">'
            f'<meta property="og:description" content="{description}">'
            '<meta property="article:published_time" content="2023-08-27T03:32:15.000Z">'
            f'<meta property="article:author" content="{author}"></head><body>'
            '<main><article itemscope itemtype="http://schema.org/Article" class="post-content">'
            '<header class="post-header"><h1 class="post-title" itemprop="name headline">'
            '论文精读-DELL·E2-2022</h1><div class="post-meta"><span class="post-meta-item-text">发表于</span>'
            '<time itemprop="dateCreated datePublished" datetime="2023-08-27T11:32:15+08:00">'
            '2023-08-27</time></div></header>'
            f'<div class="post-body" itemprop="articleBody"><p>{opening}</p><h1>前人工作</h1><h2>GANs</h2>'
            '<p>GAN 的生成器和判别器互相对抗，生成的图像逼真但多样性不足，训练也不够稳定。</p></div>'
            '</article></main><aside><div class="site-author" itemprop="author" itemscope '
            'itemtype="http://schema.org/Person">'
            f'<p class="site-author-name" itemprop="name">{author}</p></div></aside>'
            f'<footer><div class="copyright">{footer}</div></footer></body></html>')


_PENDING91_OPENING = "图像生成这几年的进展很快，这里先回顾生成模型的几条路线，再看这篇论文怎样把它们接起来。"
_PENDING91_URL = "https://qxc.example.io/2023/08/27/dalle2/"


def test_a_posts_short_description_saying_what_it_introduces_is_its_declared_summary():
    # QxC's Blog (round 231; the lead's stop-77 reading): '以DELL·E2为例介绍了…' ('taking DALL·E 2 as the
    # example, introduces the earlier work and its own'), in other words than the text's opening and naming
    # the title's 'DELL', is the post's account of itself, not a teaser.
    described = "以DELL·E2为例介绍了前人所做的工作及DELL·E2的工作"
    paper = normalise_page(_PENDING91_URL, _pending91_next_post(described, _PENDING91_OPENING)).papers[0]
    assert (paper.title, paper.abstract) == ("论文精读-DELL·E2-2022", described)


def test_an_introducing_description_that_opens_the_text_or_names_no_title_word_stays_a_teaser():
    # The description the text's first paragraph (a teaser cut from it), or naming nothing the title names:
    # no summary.
    described = "以DELL·E2为例介绍了前人所做的工作及DELL·E2的工作"
    opened = normalise_page(_PENDING91_URL, _pending91_next_post(described, described + "先看 GAN。"))
    assert opened.papers[0].abstract is None
    unnamed = "以这个模型为例介绍了前人所做的工作及这个模型自己的工作与它的不足"
    assert normalise_page(_PENDING91_URL,
                          _pending91_next_post(unnamed, _PENDING91_OPENING)).papers[0].abstract is None


def test_a_numeral_handle_the_article_author_and_the_footers_copyright_hold_is_the_writer():
    # QxC's Blog (round 231; stop 73's rule, the lead's stop-77 reading): article:author and the microdata
    # author '404', the footer '© 2024 404 …': the name the writer publishes under, kept as written.
    paper = normalise_page(_PENDING91_URL, _pending91_next_post("", _PENDING91_OPENING)).papers[0]
    assert paper.authors == ["404"]


def test_a_numeral_handle_no_copyright_line_holds_or_a_year_is_no_writer():
    # The footer holds another word, or a sign and its year alone with the author meta that year: no writer.
    other = _pending91_next_post("", _PENDING91_OPENING, footer="© 2024 qxc 由 Hexo 强力驱动")
    assert not normalise_page(_PENDING91_URL, other).papers[0].authors
    year = _pending91_next_post("", _PENDING91_OPENING, author="2024", footer="©  2024")
    assert not normalise_page(_PENDING91_URL, year).papers[0].authors
    bare = _pending91_next_post("", _PENDING91_OPENING, footer="© 由 Hexo 强力驱动")
    assert not normalise_page(_PENDING91_URL, bare).papers[0].authors


def _pending91_icarus_post(table: bool) -> str:
    # A Hexo Icarus post (HNのブログ, round 232): BlogPosting JSON-LD, the description '…を紹介します．' in
    # other words than the text's opening; a table naming the paper ('論文名', '著者'), then h2 'Abstract'
    # over the paper's abstract retold, then the paper's sections.
    rows = ('<table><thead><tr><th>論文名</th><th>Deep Round Interpolation in the Wild</th></tr></thead>'
            '<tbody><tr><td>著者</td><td>Ada Round, Bo Square</td></tr>'
            '<tr><td>リンク</td><td><a href="https://arxiv.org/abs/2104.02495">Arxiv</a></td></tr>'
            '</tbody></table>') if table else ""
    described = ("アニメの動画補完ができる最新モデル，RoundInterpを提唱した&quot;Deep Round Interpolation in "
                 "the Wild&quot; (CVPR2021)を紹介します．")
    return ('<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8">'
            '<title>アニメ用動画補完最新モデル RoundInterpの紹介 - HNのブログ</title>'
            f'<meta name="description" content="{described}">'
            '<meta property="og:type" content="blog">'
            '<meta property="og:title" content="アニメ用動画補完最新モデル RoundInterpの紹介">'
            '<meta property="article:published_time" content="2022-09-02T15:00:00.000Z">'
            '<meta property="article:author" content="HN">'
            '<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting",'
            '"headline":"アニメ用動画補完最新モデル RoundInterpの紹介",'
            '"datePublished":"2022-09-02T15:00:00.000Z",'
            '"author":{"@type":"Person","name":"HN"}}</script></head><body>'
            '<div class="card"><article class="card-content article">'
            '<h1 class="title">アニメ用動画補完最新モデル RoundInterpの紹介</h1><div class="content">'
            '<p>画像処理のトップカンファレンスに採択された論文を要約しました．この論文のモデルはアニメ映像の補完で'
            'より良い性能を達成しました．</p>'
            f'{rows}<h2>Abstract</h2><p>アニメ補完で難しい例．テクスチャが存在しないため特徴点をとりづらく，'
            '動きが大きく複雑なため予測が難しい．アニメ補完は需要があるけど既存の手法はうまくいかない．</p>'
            '<h2>1. Introduction</h2><p>動画補完は二枚のフレームの間のフレームを作るタスクである．</p>'
            '</div></article></div><footer><p>© 2022 HN</p></footer></body></html>')


def test_the_abstract_of_a_post_whose_table_names_the_paper_is_the_papers_and_its_introduction_its_own():
    # HNのブログ (round 232; the lead's stop-77 reading): the table names the paper by others the post sets
    # out ('論文名', '著者'), so the text under its 'Abstract' is that paper's; the description saying what
    # the post introduces ('…を紹介します．') is the post's summary.
    paper = normalise_page("https://hn.example.io/2022/09/03/papers/RoundInterp/",
                           _pending91_icarus_post(table=True)).papers[0]
    assert paper.abstract is not None and paper.abstract.startswith("アニメの動画補完ができる最新モデル")
    assert paper.abstract.endswith("を紹介します．")


def test_the_abstract_of_a_post_with_no_table_naming_a_paper_is_read_as_before():
    # No table naming the paper: the text under the post's 'Abstract' is read as it was.
    paper = normalise_page("https://hn.example.io/2022/09/03/papers/RoundInterp/",
                           _pending91_icarus_post(table=False)).papers[0]
    assert paper.abstract is not None and paper.abstract.startswith("アニメ補完で難しい例")


def test_an_introducing_description_run_on_from_a_heading_into_the_texts_opening_stays_a_teaser():
    # mtkwT blog's shape (round 232): the description the h2 opening the text run on into its first
    # paragraph ('これは何？ 今回は…を紹介します。'): the text's opening, a teaser, though its first words
    # are the heading's.
    opening = "这篇以DELL·E2为例介绍了前人所做的工作及DELL·E2的工作，先看 GAN 再看扩散模型。"
    page = _pending91_next_post("前言 " + opening[:30], opening)
    assert normalise_page(_PENDING91_URL, page).papers[0].abstract is None


def _pending91_pisces_post(heading: str = "摘要", between: str = "<blockquote><p>论文：Denoising Round "
                           "Probabilistic Models</p></blockquote>", more: str = '<span id="more"></span>',
                           described: str = "") -> str:
    # A Hexo NexT Pisces post (夏旭的小站, round 231): the text opens with h2 '摘要' over one paragraph in the
    # writer's words, the blockquote naming the paper, then the 'more' break; the description meta Hexo cut
    # from the excerpt (the heading's word, the paragraph, the blockquote run on).
    summary = ("2020 年 6 月，Ada Round 等学者对之前的扩散概率模型进行了简化，并通过变分推断，将后验问题转为"
               "优化问题进行建模，提出了经典的去噪扩散概率模型。")
    described = described or f"摘要{summary}  论文：Denoising Round Probabilistic Models"
    return ('<!DOCTYPE html><html lang="zh-CN"><head><meta charset="UTF-8">'
            '<title>论文精读 DDPM | 夏旭的小站</title>'
            f'<meta name="description" content="{described}">'
            '<meta property="og:type" content="article">'
            '<meta property="og:title" content="论文精读 DDPM">'
            '<meta property="article:published_time" content="2024-05-20T08:00:00.000Z">'
            '<meta property="article:author" content="XuBao"></head><body>'
            '<main><article itemscope itemtype="http://schema.org/Article" class="post-content">'
            '<header class="post-header"><h1 class="post-title" itemprop="name headline">论文精读 DDPM</h1>'
            '<div class="post-meta"><time itemprop="dateCreated datePublished" '
            'datetime="2024-05-20T16:00:00+08:00">2024-05-20</time></div></header>'
            '<div class="post-body" itemprop="articleBody">'
            f'<h2 id="s">{heading}</h2><p>{summary}</p>{between}'
            f'{more}<p>简单来说，DDPM 包括两个过程：正向过程和逆向过程，下面分别推导它们的形式。</p>'
            '<h2>正向过程</h2><p>从真实数据分布中采样得到数据点，在每一个时间步上添加噪声。</p></div>'
            '</article></main><footer><div class="copyright">© 2024 XuBao</div></footer></body></html>')


def test_a_summary_heading_opening_a_post_before_its_more_break_heads_the_posts_summary():
    # 夏旭的小站 (round 231; the lead's stop-77 reading): h2 '摘要' over one paragraph in the writer's words
    # before the 'more' break, which the description repeats with more run on: the post's summary.
    paper = normalise_page("https://xubao.example.io/2024/05/20/ddpm/", _pending91_pisces_post()).papers[0]
    assert paper.abstract is not None and paper.abstract.startswith("2020 年 6 月，Ada Round 等学者")
    assert paper.abstract.endswith("去噪扩散概率模型。")


def test_a_summary_heading_without_a_more_break_after_it_or_a_description_repeating_it_is_not_read_so():
    # No 'more' break; a second paragraph before it; another heading's word; a description of other words.
    url = "https://xubao.example.io/2024/05/20/ddpm/"
    for page in (_pending91_pisces_post(more=""),
                 _pending91_pisces_post(between="<p>另外，这篇论文的代码也已经公开在网上，可以直接运行复现。</p>"),
                 _pending91_pisces_post(heading="正文"),
                 _pending91_pisces_post(described="这是一篇关于扩散模型的笔记，记录了学习过程中的一些推导与思考。")):
        abstract = normalise_page(url, page).papers[0].abstract
        assert abstract is None or not abstract.startswith("2020 年 6 月"), abstract


def _pending91_fluid_post(footer: str) -> str:
    # Round 231's Hexo Fluid post (above) as 康康博客's (round 231): article:author and the license box's
    # '作者' the one-word handle 'kangkang', og:site_name the site's name in characters holding no such word,
    # the footer as given, no copyright line.
    page = _fluid_post_of_site("康康博客").replace('content="hxy"', 'content="kangkang"')
    page = page.replace("<div>作者</div><div>hxy</div>", "<div>作者</div><div>kangkang</div>")
    credit = ('<a href="https://hexo.io">Hexo</a> '
              '<a href="https://github.com/fluid-dev/hexo-theme-fluid">Fluid</a>')
    assert credit in page
    return page.replace(credit, footer)


def test_a_handle_a_footer_names_alone_without_a_copyright_sign_is_the_posts_writer():
    # 康康博客 (round 231; the lead's stop-77 reading): the theme's footer rewritten 'Kangkang ♥ GitHub', the
    # handle 'kangkang' in another case, holds it as '© 2024 kangkang' would.
    page = _pending91_fluid_post('<div class="footer-content"><a href=""><span>Kangkang</span></a> '
                                 '<i class="iconfont icon-love"></i> <a href="https://github.com/kangkang37">'
                                 '<span>GitHub</span></a></div>')
    paper = normalise_page("https://kangkang.example.io/2024/07/10/pim/", page).papers[0]
    assert paper.authors == ["kangkang"]


def test_a_footer_naming_a_theme_or_another_word_holds_no_handle():
    # The theme's own credit naming the handle beside 'Hexo' and 'Fluid', or a footer naming another word.
    for footer in ('<a href="https://hexo.io"><span>Hexo</span></a> <a href="https://example.org/">'
                   '<span>kangkang</span></a> <a href="https://github.com/fluid-dev/hexo-theme-fluid">'
                   '<span>Fluid</span></a>',
                   '<a href=""><span>Kangkang37 Lab</span></a> <a '
                   'href="https://github.com/"><span>GitHub</span>'
                   '</a>'):
        page = _pending91_fluid_post(footer)
        assert not normalise_page("https://kangkang.example.io/2024/07/10/pim/", page).papers[0].authors
def _ananke_post_by_r238(writer: str, dated: bool = True) -> str:
    # Frank Liu's Hugo Ananke notes (round 238): og:title the h1's words, no author meta, the h1 over
    # 'By <strong>…</strong>' and the time; the site left under the theme's default name.
    day = '<time datetime="2020-04-18T08:49:58-07:00">April 18, 2020</time>' if dated else ""
    return ('<!DOCTYPE html><html lang="en-us"><head><meta charset="utf-8">'
            '<title>My New Hugo Site  | Flink</title><meta name="generator" content="Hugo 0.68.3">'
            '<meta property="og:title" content="Flink"><meta property="og:type" content="article">'
            '<meta name="description" content="What is it a distributed runtime uses pipelines">'
            '</head><body><header><nav><a href="/hugo/">My New Hugo Site</a><a href="/hugo/about/">About</a>'
            '</nav></header><main><article><header><p>ARTICLES</p><h1>Flink</h1>'
            f'<p class="tracked">By <strong>{writer}</strong></p>{day}</header>'
            '<section><h2>What is it</h2><ul><li>a distributed runtime</li><li>uses pipelines for execution'
            '</li><li>exactly-once state consistency</li></ul><h2>2 architecture</h2><p>The cluster holds '
            'a client, a job manager and one or more task managers; the client takes a program and turns it '
            'into a dataflow graph it submits to the job manager.</p></section></article></main>'
            '<footer>&copy; My New Hugo Site 2020</footer></body></html>')


def test_a_post_whose_by_line_names_a_username_alone_is_dated_its_writer_unknown_r238():
    # Frank Liu's notes (round 238): 'By <strong>adam</strong>', a bare handle the site's name does not
    # hold, over the day: the post is read under its day, as a 'posted by' line before a username dates a
    # story.
    found = normalise_page("https://www.frankliu.org/hugo/posts/flink/", _ananke_post_by_r238("adam"))
    paper = found.papers[0]
    assert (paper.title, paper.published) == ("Flink", "2020-04-18")
    assert not paper.authors


def test_a_by_line_naming_a_username_with_no_day_under_it_dates_nothing_r238():
    # The near miss: no day under the 'By' line, so the post is not dated from it.
    found = normalise_page("https://www.frankliu.org/hugo/posts/flink/",
                           _ananke_post_by_r238("adam", dated=False))
    assert found is None or not found.papers or found.papers[0].published != "2020-04-18"


def test_round243_one_span_of_an_academic_authors_line_naming_two_people_at_and_is_the_two():
    # Ali Akyol's Wowchemy 5.4.0 paper page (round 243): the front matter's one author string
    # 'Ali C. Akyol and Chi Chong Foo' makes the line's one span and the JSON-LD's one Person; the author
    # meta names the site's owner, 'Ali Akyol'. The span names two people, each a whole name, at ' and '.
    page = _authors_line_paper_page("<span >\n      Ali C. Roundol and Chi Chong Foo</span>",
                                    "Ali C. Roundol and Chi Chong Foo", author_meta="Ali Roundol")
    paper = normalise_page("https://round.github.io/publication/paper4/", page).papers[0]
    assert paper.authors == ["Ali C. Roundol", "Chi Chong Foo"]


def test_round243_a_span_joining_a_name_to_no_persons_whole_name_at_and_stays_one():
    # A near miss: 'and' between a whole name and a word that is no person's whole name (a firm's
    # 'Associates') parts no people.
    page = _authors_line_paper_page("<span >\n      Chi Chong Foo and Associates</span>",
                                    "Chi Chong Foo and Associates", author_meta="Ali Roundol")
    paper = normalise_page("https://round.github.io/publication/paper4/", page).papers[0]
    assert paper.authors != ["Chi Chong Foo", "Associates"]
    assert "Associates" not in (paper.authors or [])
def _metainfo_note_r242(*, linked: bool = True, tab: str = "Factorization Machines",
                        icon: str = "ri-lightbulb-flash-line") -> str:
    # cympfh.cc's paper notes (round 242): a generator's page with no meta but the <title>, the h1.title the
    # same words, right under it a div.metainfo list (the reviewed paper's link, a lightbulb-marked one-line
    # gist, tags), then the note; no byline, no day.
    link = ('<li><i class="ri-link"></i> <a href="https://example.org/papers/fm.pdf">https://example.org/'
            'papers/fm.pdf</a></li>') if linked else '<li><i class="ri-link"></i> no link yet</li>'
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />'
            f'<meta name="generator" content="unidoc" /><title>{tab}</title></head><body>'
            '<header class="page-header"><a href="../index.html"><i class="ri-send-plane-fill"></i></a>'
            '</header>'
            '<h1 class="title">Factorization Machines</h1>\n<div class="metainfo"><ul>'
            f'{link}<li><i class="{icon}"></i> 疎な特徴量の交互作用を分解して学習する</li>'
            '<li><i class="ri-price-tag-3-line"></i><span class="paper_tag">推薦</span></li></ul></div>'
            '<h2 id="intro">Intro</h2><p>線形モデルに特徴量の交互作用項を加えたいが、疎なデータでは係数が推定'
            'できない。そこで交互作用の係数行列を低ランクに分解する。</p><h2>学習</h2><p>計算量は特徴量の'
            '数について線形になる。</p></body></html>')


def test_a_note_under_its_metainfo_list_is_a_record_of_its_heading_and_gist_r242():
    found = normalise_page("https://notes.example.cc/paper/2010/FM.html", _metainfo_note_r242())
    paper = found.papers[0]
    assert paper.title == "Factorization Machines"
    assert paper.abstract == "疎な特徴量の交互作用を分解して学習する"
    assert not paper.authors and paper.published is None


def test_a_metainfo_list_linking_nothing_or_a_heading_the_tab_does_not_repeat_is_no_note_r242():
    # Near misses: the list links no paper, or the <title> names something else than the h1.
    for page in (_metainfo_note_r242(linked=False), _metainfo_note_r242(tab="Notes - Factorization")):
        found = normalise_page("https://notes.example.cc/paper/2010/FM.html", page)
        assert found is None or not found.papers or (
            found.papers[0].abstract != "疎な特徴量の交互作用を分解して学習する")


def test_a_metainfo_item_under_another_icon_is_no_gist_r242():
    page = _metainfo_note_r242(icon="ri-star-line")
    found = normalise_page("https://notes.example.cc/paper/2010/FM.html", page)
    assert found.papers[0].title == "Factorization Machines"
    assert found.papers[0].abstract != "疎な特徴量の交互作用を分解して学習する"


def _astro_post_r248(brand: str) -> str:
    # Nusret Özateş's Astro post (round 248): the header's brand and the footer's copyright line the one
    # name, written with its accents; no byline, no author meta; the host spells the name bare.
    return ('<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8">'
            '<meta name="description" content="Machine learning engineer: language and images.">'
            f'<title>ViT: Patches Are All You Need · {brand}</title></head><body>'
            f'<header class="site-header"><nav><a class="brand" href="/">{brand}</a><ul><li><a href="/">'
            'Home</a></li><li><a href="/posts/">Blogs</a></li></ul></nav></header><main>'
            '<article class="prose"><header class="prose-header"><h1>ViT: Patches Are All You Need</h1>'
            '<p class="meta"><time datetime="2021-07-02T00:00:00.000Z">July 2, 2021</time> · '
            '<span class="tag">ml</span></p></header><div class="prose-body">'
            '<p>In this article, I will talk about the Vision Transformer and add sources to learn more '
            'about it. The model cuts an image into patches and reads them as a transformer reads words.</p>'
            '<h2 id="patches">Patches</h2><p>Each patch is flattened and projected to the model width, and '
            'a learned position embedding is added before the encoder stack reads the sequence.</p>'
            '<p>Pre-training runs on a large set of labelled images, and fine-tuning then adapts the model '
            'to the task at hand with a new head. The larger the pre-training set, the better the model does '
            'against convolutional networks of the same cost.</p>'
            '<p>A class token is prepended to the patch sequence, and its final state feeds the classifier. '
            'The encoder itself is the standard one: attention and feed-forward blocks with layer norms and '
            'residual connections between them.</p>'
            '<p>To try it, a pre-trained checkpoint can be loaded from a model hub and fine-tuned on a small '
            'dataset in a few epochs; the code below shows the whole loop, from the data pipeline to the '
            'evaluation.</p>'
            '<h2 id="references">References</h2><ol><li><a href="https://arxiv.org/pdf/2010.11929.pdf">'
            'https://arxiv.org/pdf/2010.11929.pdf</a> ViT paper</li></ol></div></article></main>'
            f'<footer class="site-footer"><p>© 2026 {brand}</p></footer></body></html>')


def test_a_footer_holder_with_accents_the_host_spells_bare_is_the_writer_r248():
    found = normalise_page("https://emilecelik.github.io/posts/vit/", _astro_post_r248("Émile Çelik"))
    paper = found.papers[0]
    assert paper.title == "ViT: Patches Are All You Need"
    assert paper.published == "2021-07-02"
    assert paper.authors == ["Émile Çelik"]


def test_a_footer_holder_with_accents_another_host_spells_no_one_is_no_writer_r248():
    # The near miss: the host spells another surname; the footer's holder is no one the host names.
    found = normalise_page("https://emilecetin.github.io/posts/vit/", _astro_post_r248("Émile Çelik"))
    assert not found.papers or found.papers[0].authors != ["Émile Çelik"]


def _academic431_paper_page_r253(between: str) -> str:
    # Carl Müller-Crepon's Source Themes Academic 4.3.1 paper page (round 253): the theme writes the paper's
    # microdata day metas (itemprop datePublished and dateModified) between the paper's h1 and its
    # div.article-metadata; the line's one span names the owner and a linked coauthor at ' and '; the author
    # meta names the owner alone; no JSON-LD.
    return ('<!DOCTYPE html><html lang="en-us"><head><meta charset="utf-8">'
            '<meta name="generator" content="Source Themes Academic 4.3.1">'
            '<meta name="author" content="Carl Roundel-Crepon">'
            '<meta name="description" content="We study round names.">'
            '<meta property="og:title" content="Naming the Round | Carl Roundel-Crepon">'
            '<meta property="article:published_time" content="2020-08-01T00:00:00+00:00">'
            '<title>Naming the Round | Carl Roundel-Crepon</title></head><body>'
            '<div class="modal"><h1>Search</h1></div><div class="article-container pt-3">'
            f'<h1 itemprop="name">Naming the Round</h1>\r\n\r\n  \r\n{between}\r\n'
            '<div class="article-metadata">\r\n  <div>\r\n  <span itemprop="author name" '
            'itemtype="http://schema.org/Person">Carl Roundel-Crepon and <a href="https://pengl.example.com">'
            'Yannick Roundl</a></span>\r\n  </div>\r\n  <span class="article-date"><time>August 2020</time>'
            '</span>\r\n</div><h3>Abstract</h3><p class="pub-abstract">We study how a round state named its '
            'people.</p></div></body></html>')


_METAS_R253 = ('<meta content="2020-08-01 00:00:00 &#43;0000 UTC" itemprop="datePublished">\r\n'
               '<meta content="2020-08-01 00:00:00 &#43;0000 UTC" itemprop="dateModified">')


def test_round253_an_academic_authors_line_after_the_papers_microdata_metas_is_read():
    page = _academic431_paper_page_r253(_METAS_R253)
    paper = normalise_page("https://www.round.org/publication/german_names/", page).papers[0]
    assert paper.authors == ["Carl Roundel-Crepon", "Yannick Roundl"]


def test_round253_a_paragraph_between_the_h1_and_the_metadata_div_still_hides_the_line():
    # The near miss: a paragraph of text (no meta) between the heading and the div: the div is no line
    # right under the title, its span not parted into two people.
    page = _academic431_paper_page_r253(_METAS_R253 + "<p>A draft; comments welcome.</p>")
    paper = normalise_page("https://www.round.org/publication/german_names/", page).papers[0]
    assert paper.authors != ["Carl Roundel-Crepon", "Yannick Roundl"]
def _article_header_post_r252(*, line: str = "Nov 13, 2017 &nbsp;  ",
                              tab: str = "Capsules, Briefly | mule log",
                              footer: str = "Written by Ada Tanaka, Powered by Hugo") -> str:
    # moskomule log's Hugo post (round 252): div.article-header's h1 over a div.meta-data line of the day and
    # its tag spans, the footer's 'Written by' line the writer's; no meta but the <title>.
    return ('<!DOCTYPE HTML><html><head><title>\n        ' + tab + '\n    </title><meta charset="utf-8" />'
            '</head><body><div class="top"><span class="mdc-toolbar__title">' + tab + '</span></div><main>'
            '<div id="main"><div class="container"><div class="article-header"><h1>Capsules, Briefly</h1>'
            '<div class="meta-data">\n                ' + line +
            '<span class="article-tag"><a href="/tags/deep-learning">#Deep Learning</a></span>&nbsp; '
            '<span class="article-tag"><a href="/tags/capsules">#Capsules</a></span>&nbsp; </div></div>'
            '<article><h1 id="intro">はじめに</h1><p>ディープラーニングの新しい論文（'
            '<a href="https://arxiv.org/abs/1710.09829">Dynamic Routing Between Capsules</a>）'
            'を簡単にまとめます．本論文の要点は以下の通りです．</p>'
            '<h1 id="abstract">Abstract</h1><p>We propose capsules: groups of neurons whose activity vector '
            'stands for the instantiation parameters of an entity, and a routing between them by '
            'agreement.</p>'
            '</article></div></div><footer class="copyright"><span class="copyright"><a rel="license" '
            'href="http://creativecommons.org/licenses/by-nc/4.0/"><img alt="CC" src="/cc.png" />'
            '</a>&nbsp'
            + footer + '</span></footer></main></body></html>')


def test_a_post_under_its_article_header_and_meta_data_day_is_the_posts_record_r252():
    found = normalise_page("https://mule.example.tokyo/post/capsules/", _article_header_post_r252())
    paper = found.papers[0]
    assert paper.title == "Capsules, Briefly"
    assert paper.published == "2017-11-13"
    assert paper.authors == ["Ada Tanaka"]
    assert paper.arxiv_id is None and paper.abstract is None


def test_a_meta_data_line_naming_more_than_the_day_or_another_tab_is_no_such_post_r252():
    # Near misses: the line names a person beside the day, or the <title> names something else.
    for page in (_article_header_post_r252(line="Nov 13, 2017 by Ada Tanaka &nbsp; "),
                 _article_header_post_r252(tab="Notes on routing | mule log")):
        found = normalise_page("https://mule.example.tokyo/post/capsules/", page)
        assert found is None or not found.papers or (
            found.papers[0].title, found.papers[0].published) != ("Capsules, Briefly", "2017-11-13")


def test_a_footer_saying_more_than_written_by_names_no_writer_r252():
    page = _article_header_post_r252(footer="Written by Ada Tanaka, Powered by Hugo. Theme by Someone Else")
    found = normalise_page("https://mule.example.tokyo/post/capsules/", page)
    assert found.papers[0].title == "Capsules, Briefly"
    assert found.papers[0].authors != ["Ada Tanaka"]
def _round251_matery_post(heading: str, *, second_h1: str = "") -> str:
    # A Hexo Matery post in the theme's later layout (xiaoxiaojiea's notes, round 251): the post's title the
    # page's one h1, classed post-title, the <title> the same and the blog's name; div.post-date '发布日期:
    # <day>'; no og, article or date meta.
    return ('<!DOCTYPE HTML><html lang="zh-CN"><head><meta charset="utf-8"><title>论文精读-圆形检测ROUND | '
            '小小圆笔记</title><meta name="description" content="Java Python AI Code CV"></head><body>'
            '<header class="navbar-fixed"><nav><span class="logo-span">小小圆笔记</span></nav></header>'
            f'<div class="bg-cover pd-header post-cover"><div class="brand">{heading}</div></div>{second_h1}'
            '<main class="post-container content"><div class="card"><div class="card-content article-info">'
            '<div class="post-info"><div class="post-date inf'
            'o-break-policy"><i class="far fa-calendar-minus">'
            '</i>发布日期:&nbsp;&nbsp;2021-03-14</div></div></div'
            '><div class="card-content article-card-content">'
            '<div id="articleContent"><h2>结果展示'
            '</h2><p>圆的东西会滚，这篇笔记读的是一篇关于圆形检测的论文，'
            '先看它怎么组织数据，再看模型和损失函数，最后自己复现一遍。</p><h2>论文剖析</h2><p>论文把图像划分成'
            '网格，每个网格预测圆心和半径，再用交并比评估预测的好坏。</p></div></div></div></main>'
            '<footer class="page-footer"><div class="copy-right">Copyright&nbsp;&copy;<span id="year">2021'
            '</span><a href="/about">小小</a></div></footer></body></html>')


def test_round251_a_matery_posts_post_title_h1_over_its_published_day_is_the_posts_record():
    url = "https://round.example.github.io/2021/03/14/round/"
    heading = '<h1 class="description center-align post-title">论文精读-圆形检测ROUND</h1>'
    paper = normalise_page(url, _round251_matery_post(heading)).papers[0]
    assert (paper.title, paper.published) == ("论文精读-圆形检测ROUND", "2021-03-14")


def test_round251_an_unclassed_h1_or_a_second_h1_is_no_materys_post_title():
    from papershelf.normalise.published_date_posts import post_titled_over_its_published_day

    unclassed = _round251_matery_post('<h1 class="description center-align">论文精读-圆形检测ROUND</h1>')
    assert post_titled_over_its_published_day(parse_page(unclassed)) is None
    two = _round251_matery_post('<h1 class="description center-align post-title">论文精读-圆形检测ROUND</h1>',
                                second_h1="<h1>小小圆笔记的另一个标题</h1>")
    assert post_titled_over_its_published_day(parse_page(two)) is None


def _pending96_author_link_post(tab: str = "ROUND", rows: tuple[str, ...] = (
        '<a class="author" href="https://ann.example/">Ann Roundley</a>'
        '<a class="author" href="https://bo.example/">Bo Circleson</a>',
        '<a class="author" href="https://cy.example/"> Acme: Cy Sphere </a>'), before: str = "") -> str:
    # A project's hand-written blog post (the Gorilla project's on RAFT, round 239): no meta but the <title>,
    # the short name the h1 opens with after its emoji and before its colon; h4 rows of a.author links, the
    # last after its company; the text's opening paragraph; a closing BibTeX of the paper it presents, whose
    # authors the first row's are and whose year is the paper's; no day anywhere.
    row_markup = "".join(f'<div class="col-md-12"><h4 class="text-center"><p></p>{row}<p></p></h4></div>'
                         for row in rows)
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{tab}</title></head><body>'
            '<div class="navbar"><a href="/index.html">Home</a><a href="/blog.html">Blogs</a></div>'
            '<div class="highlight-clean-blog"><h1 class="text-center"> 🦍 ROUND: Rolling Language Models '
            f'Down Domain Specific Hills</h1><div class="blog-container"><div class="blog-post">{before}'
            f'{row_markup}<div class="preview"><p>When rolling language models down hills, it often '
            'becomes necessary to steer them; in this post we introduce ROUND, a recipe that trains the '
            'model to roll past the bumps that do not help it reach the valley, with a chain of thought.</p>'
            '<p>For more details please refer to our <a href="https://arxiv.org/abs/2403.99999">paper</a>.</p></div>'
            '<h4 id="conclusion">Conclusion</h4><p>ROUND rolls well.</p><p id="round-bibtex">If you would '
            'like to cite ROUND:<br>@inproceedings{round2024,<br>&nbsp; title={ROUND: Rolling Language '
            'Models Down Domain Specific Hills},<br>&nbsp; author={Ann Roundley and Bo Circleson},<br>'
            '&nbsp; year={2024},<br>&nbsp; journal={arXiv preprint arXiv:2403.99999}<br>}</p>'
            '</div></div></div></body></html>')


def test_pending96_an_undated_posts_h1_over_rows_of_author_links_is_the_posts_record():
    # The Gorilla project's post on RAFT (round 239, pending96): the h1 less its emoji the title, the rows'
    # names in the page's order, the company before a colon dropped, no day (the entry's year the paper's).
    url = "https://round.example.edu/blogs/9_round.html"
    paper = normalise_page(url, _pending96_author_link_post()).papers[0]
    assert paper.title == "ROUND: Rolling Language Models Down Domain Specific Hills"
    assert paper.authors == ["Ann Roundley", "Bo Circleson", "Cy Sphere"]
    assert paper.published is None
    assert paper.arxiv_id is None


def test_pending96_author_links_of_no_names_after_other_words_or_under_another_tab_are_not_read_so():
    from papershelf.normalise.author_link_rows import post_its_author_link_rows_name

    # The <title> naming something else than the h1's short name.
    assert post_its_author_link_rows_name(parse_page(_pending96_author_link_post(tab="Our Blog"))) is None
    # A row of links that are no persons' names (topics).
    topics = ('<a class="author" href="/t/rag">Retrieval Augmented</a><a class="author" href="/t/ft">fine '
              'tuning</a>',)
    assert post_its_author_link_rows_name(parse_page(_pending96_author_link_post(rows=topics))) is None
    # A row holding other words beside its links.
    worded = ('Written with <a class="author" href="https://ann.example/">Ann Roundley</a> and <a '
              'class="author" href="https://bo.example/">Bo Circleson</a>',)
    assert post_its_author_link_rows_name(parse_page(_pending96_author_link_post(rows=worded))) is None
    # Words between the h1 and the first link (a paragraph of text before the rows).
    before = "<p>A post about rolling things down hills, written for the project's blog.</p>"
    assert post_its_author_link_rows_name(parse_page(_pending96_author_link_post(before=before))) is None
def _docsy_post_r258(host_holder: str, description: str) -> str:
    # Jonathan K. Kummerfeld's Docsy post on a paper (round 258): og:type article, og:title the h1's words, no
    # published day, div.td-content > h1, div.lead the description's line, the text, the footer's copyright
    # line in a small element of its own, after the footer's icon lists, with 'All Rights Reserved', no stop.
    icons = "".join(f'<li><a href="https://example.com/{n}" aria-label="Link {n}"><i class="fa"></i></a></li>'
                    for n in range(40))
    return ('<!doctype html><html lang="en"><head><meta charset="utf-8">'
            f'<meta name="description" content="{description}">'
            '<meta property="og:title" content="Incremental Graph Parsing (Roe et al., 2017)">'
            f'<meta property="og:description" content="{description}">'
            '<meta property="og:type" content="article">'
            '<meta property="article:modified_time" content="2021-11-17T11:00:20-05:00">'
            '<title>Incremental Graph Parsing (Roe et al., 2017) | Ada B. Kovac</title></head><body>'
            '<nav><a href="/">Ada B. Kovac\'s Homepage</a></nav><main><div class="td-content">'
            '<h1>Incremental Graph Parsing (Roe et al., 2017)</h1>\n'
            '<div class="lead">A parser with non-local links does well on graph parsing.</div>\n'
            '<header class="article-meta"></header>'
            '<p>Like the earlier parser, this paper explores a transition-based neural model for semantic '
            'parsing, with a transition that forms edges between the front of the buffer and a word anywhere '
            'in the stack, and a stack-RNN over them. The results are not the best, though the task is new, '
            'and the system also does fairly well on another graph bank.</p>'
            '<h2 id="citation">Citation</h2><p><a href="https://aclanthology.org/P17-1112">Paper</a></p>'
            '</div></main><footer class="td-footer"><div><ul>' + icons + '</ul></div>'
            '<div class="td-footer__center">'
            f'<small>&copy; 2026 {host_holder} All Rights Reserved</small></div>'
            '</footer></body></html>')


_LEAD_R258 = "A parser with non-local links does well on graph parsing."


def test_a_post_over_its_described_lead_is_the_posts_record_r258():
    found = normalise_page("https://www.abk.name/reading-notes/old-blog/2017-11-20_parser/",
                           _docsy_post_r258("Ada B. Kovac", _LEAD_R258))
    paper = found.papers[0]
    assert paper.title == "Incremental Graph Parsing (Roe et al., 2017)"
    assert paper.abstract == _LEAD_R258
    assert paper.published is None


def test_a_lead_the_description_does_not_repeat_makes_no_post_of_it_r258():
    # The near miss: the description says other words; the lead is no summary the page gives twice.
    found = normalise_page("https://www.abk.name/reading-notes/old-blog/2017-11-20_parser/",
                           _docsy_post_r258("Ada B. Kovac", "Notes from a reading group, week three."))
    assert not found or not found.papers or found.papers[0].abstract != _LEAD_R258


def test_a_host_of_a_middle_named_holders_initials_is_the_writers_r258():
    found = normalise_page("https://www.abk.name/reading-notes/old-blog/2017-11-20_parser/",
                           _docsy_post_r258("Ada B. Kovac", _LEAD_R258))
    assert found.papers[0].authors == ["Ada B. Kovac"]


def test_a_host_of_other_initials_names_no_writer_r258():
    # The near miss: the host's letters are not the holder's initials.
    found = normalise_page("https://www.abz.name/reading-notes/old-blog/2017-11-20_parser/",
                           _docsy_post_r258("Ada B. Kovac", _LEAD_R258))
    assert not found or not found.papers or found.papers[0].authors != ["Ada B. Kovac"]


def test_a_rights_line_with_no_stop_ends_the_footers_holder_r258():
    # A host the holder's whole name spells, the copyright line 'All Rights Reserved' run on with no stop.
    found = normalise_page("https://www.adakovac.name/reading-notes/old-blog/2017-11-20_parser/",
                           _docsy_post_r258("Ada Kovac", _LEAD_R258))
    assert found.papers[0].authors == ["Ada Kovac"]


def test_a_rights_line_holding_no_name_names_no_writer_r258():
    # The near miss: the line names no one before its rights words.
    found = normalise_page("https://www.adakovac.name/reading-notes/old-blog/2017-11-20_parser/",
                           _docsy_post_r258("", _LEAD_R258))
    assert not found or not found.papers or not found.papers[0].authors


def _fluid_post_r258(entry_title: str) -> str:
    # Yunfei Zhao's Hexo Fluid post (round 258): the banner's span#subtitle typed from its title attribute,
    # the time marked pubdate beside it, the author meta a given name alone, the post's own BibTeX entry under
    # its 'Citation' heading (its title the post's, its one author the writer in full).
    return ('<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8">'
            '<meta name="description" content="Transformer and Attention Mechanisms">'
            '<meta name="author" content="Adalind"><meta name="generator" content="Hexo 5.4.2">'
            "<title>Attention? Attention! - Adalind's Blog</title></head><body><header>"
            '<nav class="navbar"><a class="navbar-brand" href="/"><strong>Adalind\'s blog</strong></a></nav>'
            '<div class="page-header"><span class="h2" id="subtitle" title="Attention? Attention!"></span>'
            '<div class="mt-3"><span class="post-meta"><time datetime="2021-03-31 16:46" pubdate>'
            'March 31, 2021 pm</time></span></div></div></header><main><article class="post-content">'
            '<h1 style="display: none">Attention? Attention!</h1><div class="markdown-body">'
            '<h1 id="Background">Background</h1>'
            '<p>Self-attention is a mechanism first used for natural language '
            'processing, relating different positions of a single sequence to compute its representation.</p>'
            '<h1 id="Citation">Citation</h1>'
            '<div class="code-wrapper"><pre><code>@article{morrow_Attention2021,\n'
            f'    title={{{entry_title}}},\n    url={{https://blog.adalind.example/2021/03/31/attention/}},\n'
            '    author={MORROW, Adalind}, year={2021}, month={Mar}}</code></pre></div>'
            '<h1 id="References">References</h1><p>[1] Vaswani et al. "Attention is all you need."</p>'
            '</div></article></main><script>var title = document.getElementById(\'subtitle\').title;'
            ' typing(title);</script></body></html>')


def test_a_posts_own_entry_names_the_writer_its_meta_signs_by_a_word_r258():
    found = normalise_page("https://blog.adalind.example/2021/03/31/cs/attention/",
                           _fluid_post_r258("Attention? Attention!"))
    paper = found.papers[0]
    assert paper.title == "Attention? Attention!"
    assert paper.published == "2021-03-31"
    assert paper.authors == ["Adalind Morrow"]


def test_an_entry_titled_otherwise_names_no_writer_of_the_post_r258():
    # The near miss: the entry is another work's (its title not the post's); its author is not the writer.
    found = normalise_page("https://blog.adalind.example/2021/03/31/cs/attention/",
                           _fluid_post_r258("Attention Is All You Need"))
    assert not found or not found.papers or found.papers[0].authors != ["Adalind Morrow"]


def _papermod_review_r258(footer_name: str) -> str:
    # Liyan Tang's Hugo PaperMod paper review (round 258, after its final held-out figure): built for
    # Liyan06.github.io (canonical, og:url), served under a CNAME spelling the name family name first; no
    # byline, the author meta empty, the footer's '© 2021' and the name.
    return ('<!DOCTYPE html><html lang="en" dir="auto"><head><meta charset="utf-8">'
            '<title>Paper Review - Noisy Distillation for Summaries | Wenli Zhou</title>'
            '<meta name="description" content="Authors: Ada Roe, Bo Lin">'
            '<meta name="author" content="">'
            '<link rel="canonical" href="https://Wenli06.github.io/posts/noisy/">'
            '<meta property="og:title" content="Paper Review - Noisy Distillation for Summaries">'
            '<meta property="og:type" content="article">'
            '<meta property="og:url" content="https://Wenli06.github.io/posts/noisy/">'
            '<meta property="article:published_time" content="2021-07-31T00:00:00+00:00">'
            '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "BlogPosting", '
            '"headline": "Paper Review - Noisy Distillation for Summaries", '
            '"description": "Authors: Ada Roe, Bo Lin", '
            '"datePublished": "2021-07-31T00:00:00Z", "publisher": {"@type": "Organization", '
            '"name": "Wenli Zhou"}}</script></head><body>'
            '<header class="header"><nav class="nav"><div class="logo">'
            '<a href="https://Wenli06.github.io/">Wenli Zhou</a></div></nav></header><main class="main">'
            '<article class="post-single"><header class="post-header">'
            '<h1 class="post-title">Paper Review - Noisy Distillation for Summaries</h1>'
            '<div class="post-meta">July 31, 2021&nbsp;·&nbsp;2 min</div></header>'
            '<div class="post-content"><p>Authors: Ada Roe, Bo Lin</p>'
            '<p>This paper alleviates the problems of a '
            'single reference by self-knowledge distillation, where the teacher and the student share one '
            'architecture, and shows the student is more succinct and more factual than the teacher, at '
            'the expense of fluency.</p></div></article></main>'
            f'<footer class="footer"><span>&copy; 2021 {footer_name}</span>'
            '<span>Powered by <a href="https://gohugo.io/">Hugo</a></span></footer></body></html>')


def test_a_host_spelling_the_holder_family_name_first_is_the_writers_r258():
    found = normalise_page("https://www.zhouwenli.com/posts/noisy/", _papermod_review_r258("Wenli Zhou"))
    paper = found.papers[0]
    assert paper.title == "Paper Review - Noisy Distillation for Summaries"
    assert paper.authors == ["Wenli Zhou"]


def test_a_host_spelling_other_words_family_first_names_no_writer_r258():
    # The near miss: the host's surname is not the holder's.
    found = normalise_page("https://www.zhaowenli.com/posts/noisy/", _papermod_review_r258("Wenli Zhou"))
    assert not found or not found.papers or found.papers[0].authors != ["Wenli Zhou"]


def test_a_footer_name_linked_to_the_canonical_host_is_the_sites_own_r258():
    footer = '<a href="https://Wenli06.github.io/">Wenli Zhou</a>'
    found = normalise_page("https://www.zhouwenli.com/posts/noisy/", _papermod_review_r258(footer))
    assert found.papers[0].authors == ["Wenli Zhou"]


def test_a_footer_name_linked_to_another_host_is_a_credit_r258():
    # The near miss: the name links a host neither served nor canonical: a credit, no owner.
    footer = '<a href="https://someone-else.example.org/">Wenli Zhou</a>'
    found = normalise_page("https://www.zhouwenli.com/posts/noisy/", _papermod_review_r258(footer))
    assert not found or not found.papers or found.papers[0].authors != ["Wenli Zhou"]


def _academic48_notes_page_r262(notes: str) -> str:
    # Jorge Soler-Lopez's Source Themes Academic 4.8.0 paper page (round 262): the authors line under the h1
    # follows the first two names each with a span.author-notes '(?)' whose title holds an affiliation; the
    # author meta and the JSON-LD name the owner alone.
    ld = json.dumps({"@context": "https://schema.org", "@type": "Article", "headline": "Round Descendants",
                     "datePublished": "2017-01-01T00:00:00Z",
                     "author": {"@type": "Person", "name": "Jorge Round"}})
    return ('<!DOCTYPE html><html lang="en-us"><head><meta charset="utf-8">'
            '<meta name="generator" content="Source Themes Academic 4.8.0">'
            '<meta name="author" content="Jorge Round">'
            '<meta name="description" content="About one in four round people.">'
            '<meta property="og:title" content="Round Descendants | Jorge Round">'
            '<meta property="article:published_time" content="2017-01-01T00:00:00+00:00">'
            f'<script type="application/ld+json">{ld}</script>'
            '<title>Round Descendants | Jorge Round</title></head><body>'
            '<div class="modal"><h1>Search</h1></div><div class="pub"><div class="article-container pt-3">'
            '<h1>Round Descendants</h1>\n\n<div class="article-metadata">\n  <div>\n  '
            f'<span ><a href="/author/jorge-round/">Jorge Round</a></span>{notes}, '
            f'<span >German Roundire</span>{notes.replace("Bocconi", "World Bank")}, '
            '<span >Flavia Roundari</span>\n  </div>\n'
            '  <span class="article-date">October 2018</span>\n</div></div>'
            '<div class="article-container"><h3>Abstract</h3><p class="pub-abstract">About one in four round '
            'people.</p></div></div></body></html>')


def test_round262_an_academic_line_with_author_notes_marks_names_its_people():
    notes = '<span title="Bocconi University" class="author-notes">(?)</span>'
    paper = normalise_page("https://round.github.io/publication/published-paper/",
                           _academic48_notes_page_r262(notes)).papers[0]
    assert paper.authors == ["Jorge Round", "German Roundire", "Flavia Roundari"]


def test_round262_a_marks_span_not_classed_as_notes_still_spoils_the_line():
    # The near miss: the same '(?)' in a span the theme did not class author-notes is no note: the line is
    # no line of names, and the meta's one owner stands.
    notes = '<span title="Bocconi University">(?)</span>'
    paper = normalise_page("https://round.github.io/publication/published-paper/",
                           _academic48_notes_page_r262(notes)).papers[0]
    assert paper.authors == ["Jorge Round"]


def _wowchemy_subtitle_page_r262(subtitle: str) -> str:
    # Giuseppe Grasso's Wowchemy 5.5.0 paper page (round 262): no authors line (div.article-metadata holds
    # the day alone); right under the h1 a p.page-subtitle 'with <a>Coauthor</a>'; the author meta and the
    # JSON-LD name the site owner alone.
    ld = json.dumps({"@context": "https://schema.org", "@type": "Article", "headline": "Round Skills",
                     "datePublished": "2025-10-31T00:00:00Z",
                     "author": {"@type": "Person", "name": "Giuseppe Round"}})
    return ('<!DOCTYPE html><html lang="en-us"><head><meta charset="utf-8">'
            '<meta name="generator" content="Wowchemy 5.5.0 for Hugo">'
            '<meta name="author" content="Giuseppe Round">'
            '<meta name="description" content="This paper studies round skills.">'
            '<meta property="og:site_name" content="Giuseppe Round">'
            '<meta property="og:title" content="Round Skills | Giuseppe Round">'
            '<meta property="article:published_time" content="2025-10-31T00:00:00+00:00">'
            f'<script type="application/ld+json">{ld}</script>'
            '<title>Round Skills | Giuseppe Round</title></head><body>'
            '<div class="modal"><h1>Search</h1></div><div class="pub"><div class="article-container pt-3">'
            f'<h1>Round Skills</h1>\n  <p class="page-subtitle">{subtitle}</p>\n'
            '<div class="article-metadata">\n  <span class="article-date">\n    October, 2025\n  </span>\n'
            '</div></div><div class="article-container"><h3>Abstract</h3><p class="pub-abstract">This paper '
            'studies round skills.</p></div></div></body></html>')


def test_round262_a_with_subtitle_under_a_wowchemy_papers_h1_names_the_owner_and_coauthors():
    subtitle = 'with <a href="https://www.uni.example/person/round/">Konstantinos Roundiramos</a>'
    paper = normalise_page("https://round.github.io/publication/inequality/",
                           _wowchemy_subtitle_page_r262(subtitle)).papers[0]
    assert paper.authors == ["Giuseppe Round", "Konstantinos Roundiramos"]
    subtitle = "with Konstantinos Roundiramos and Ada Roundmann"
    paper = normalise_page("https://round.github.io/publication/inequality/",
                           _wowchemy_subtitle_page_r262(subtitle)).papers[0]
    assert paper.authors == ["Giuseppe Round", "Konstantinos Roundiramos", "Ada Roundmann"]


def test_round262_a_subtitle_not_naming_people_with_the_owner_adds_no_one():
    # The near miss: a subtitle of words, 'with evidence from Italy', or no 'with' at all, names no coauthor.
    for subtitle in ("with evidence from Italian labour markets", "Konstantinos Roundiramos"):
        paper = normalise_page("https://round.github.io/publication/inequality/",
                               _wowchemy_subtitle_page_r262(subtitle)).papers[0]
        assert paper.authors == ["Giuseppe Round"]
def _round261_matery_post_repeating_its_title(text_h1: str) -> str:
    # A Hexo Matery post whose text opens with its title again as a Markdown h1 (WeifaGan's notes, round 261):
    # h1.post-title over div#articleContent's h1, the <title> the same and the blog's name, div.post-date.
    heading = '<h1 class="description center-align post-title">论文精读-圆形检测ROUND</h1>'
    return _round251_matery_post(heading).replace('<div id="articleContent">',
                                                  f'<div id="articleContent">{text_h1}')


def test_round261_a_matery_posts_text_repeating_its_title_as_an_h1_keeps_the_posts_record():
    url = "https://round.example.github.io/2021/03/14/round/"
    page = _round261_matery_post_repeating_its_title("<h1>论文精读-圆形检测ROUND</h1>")
    paper = normalise_page(url, page).papers[0]
    assert (paper.title, paper.published) == ("论文精读-圆形检测ROUND", "2021-03-14")


def test_round261_a_text_h1_of_other_words_is_still_a_second_heading_of_a_matery_post():
    from papershelf.normalise.published_date_posts import post_titled_over_its_published_day

    page = _round261_matery_post_repeating_its_title("<h1>圆形检测的另一篇论文</h1>")
    assert post_titled_over_its_published_day(parse_page(page)) is None
