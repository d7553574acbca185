"""Page normalisers against real pages (tests/fixtures/pages, see its README.md) and edge cases.

Every field of every page's sidecar is checked by scripts/fidelity (tests/test_fidelity.py).
"""

from __future__ import annotations

import html
import json
from datetime import date
from pathlib import Path

import msgspec
import pytest

from papershelf.normalise import normalise_capture
from papershelf.normalise.html_meta import best_date, display_name, parse_page, partial_date
from papershelf.normalise.pages import kind_for_url, normalise_page
from papershelf.records import Paper

PAGES = Path(__file__).parent / "fixtures" / "pages"
SIDECARS = sorted(PAGES.glob("*.json"))

def _url(sidecar: dict) -> str:
    # "https://huggingface.co/papers (og:url; …)" -> the URL alone
    return sidecar["source"]["original_url"].split()[0]


def _normalise(name: str):
    sidecar = json.loads((PAGES / name).read_text())
    html_text = (PAGES / sidecar["file"]).read_text(encoding="utf-8")
    return sidecar, normalise_page(_url(sidecar), html_text)


@pytest.mark.parametrize("path", SIDECARS, ids=lambda p: p.stem)
def test_fixture_records_never_hold_empty_strings_or_lists(path):
    _, found = _normalise(path.name)
    for paper in found.papers if found is not None else []:
        for field, value in msgspec.structs.asdict(paper).items():
            assert value != "" and value != [], field


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("hf_paper_1810.04805.excerpt.json", "hf_paper"),
        ("hf_daily_papers_2026-09-28.excerpt.json", "hf_listing"),
        ("arxiv_abs_1706.03762.json", "arxiv"),
        ("arxiv_abs_hep-th_9711200.json", "arxiv"),
        ("acl_2021.naacl-main.208.json", "scholarly"),
        ("biorxiv_2020.03.22.002386v3.json", "scholarly"),
        ("semanticscholar_704dde84_crosswalk.json", "scholarly"),
    ],
)
def test_fixture_page_kind(name, kind):
    _, found = _normalise(name)
    assert found.kind == kind


# --- URL kinds ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "kind"),
    [
        ("http://hf.co/papers/1810.04805", "hf_paper"),
        ("https://www.huggingface.co/papers/1810.04805", "hf_paper"),
        ("https://huggingface.co/papers/1810.04805/", "hf_paper"),
        ("https://huggingface.co/papers", "hf_listing"),
        ("https://huggingface.co/papers?q=diffusion", "hf_listing"),
        ("https://huggingface.co/papers/date/2026-09-28", "hf_listing"),
        ("https://huggingface.co/papers/week/2026-W39", "hf_listing"),
        ("https://huggingface.co/papers/month/2026-09", "hf_listing"),
        ("https://huggingface.co/papers/trending", "hf_listing"),
        ("https://huggingface.co/models", None),
        ("https://arxiv.org/abs/1706.03762", "arxiv"),
        ("http://export.arxiv.org/abs/hep-th/9711200v3", "arxiv"),
        ("https://arxiv.org/pdf/1706.03762", "arxiv"),
        ("https://arxiv.org/pdf/1706.03762v5.pdf", "arxiv"),
        ("https://www.arxiv.org/pdf/1706.03762.pdf", "arxiv"),
        ("https://arxiv.org/list/cs.CL/recent", None),
        ("https://aclanthology.org/2021.naacl-main.208/", None),
        ("not a url", None),
    ],
)
def test_kind_for_url_variants(url, kind):
    assert kind_for_url(url) == kind


@pytest.mark.parametrize(
    ("url", "version"),
    [
        ("https://arxiv.org/pdf/1706.03762", None),
        ("https://arxiv.org/pdf/1706.03762v5", 5),
        ("https://arxiv.org/pdf/1706.03762v5.pdf", 5),
        ("http://export.arxiv.org/pdf/1706.03762.pdf", None),
    ],
)
def test_arxiv_pdf_capture_without_html_gives_a_lookup_record(url, version):
    found = normalise_page(url, None)
    assert found.kind == "arxiv"
    assert found.papers == [
        Paper(
            arxiv_id="1706.03762",
            arxiv_version=version,
            url="https://arxiv.org/abs/1706.03762",
            pdf_url="https://arxiv.org/pdf/1706.03762",
        )
    ]


def test_old_style_arxiv_pdf_url_without_html():
    found = normalise_page("https://arxiv.org/pdf/hep-th/9711200v2", None)
    assert found.papers[0].arxiv_id == "hep-th/9711200"
    assert found.papers[0].arxiv_version == 2


def test_arxiv_pdf_url_with_a_viewer_dom_still_gives_the_url_record():
    found = normalise_page(
        "https://arxiv.org/pdf/1706.03762v2", "<html><body><embed></body></html>"
    )
    assert found.papers[0].arxiv_id == "1706.03762"


def test_hf_page_from_hf_co_url_is_read_like_huggingface_co():
    html_text = (PAGES / "hf_paper_1810.04805.excerpt.html").read_text()
    found = normalise_page("http://hf.co/papers/1810.04805", html_text)
    assert found.kind == "hf_paper"
    assert found.papers[0].arxiv_id == "1810.04805"


# --- Hugging Face ------------------------------------------------------------------------


def _hf_page(target: str, props_json: str, body: str = "") -> str:
    props = html.escape(props_json, quote=True)
    return (
        f'<html><body><div class="SVELTE_HYDRATER contents" data-target="{target}" '
        f'data-props="{props}"></div>{body}</body></html>'
    )


def test_listing_yields_every_entry():
    _, found = _normalise("hf_daily_papers_2026-09-28.excerpt.json")
    assert [paper.arxiv_id for paper in found.papers] == [
        "2609.31620",
        "2609.18703",
        "2609.31291",
        "2604.02103",
    ]


def test_listing_published_is_the_arxiv_date_not_submitted_on_daily():
    # Every entry here was featured on 2026-09-28; none was published on arXiv that day.
    _, found = _normalise("hf_daily_papers_2026-09-28.excerpt.json")
    assert [paper.published for paper in found.papers] == [
        "2026-09-25",
        "2026-09-16",
        "2026-09-25",
        "2026-09-20",
    ]


def test_hf_paper_published_is_published_at_not_submitted_on_daily_at():
    paper = {
        "id": "2401.00001",
        "title": "A paper",
        "publishedAt": "2024-01-01T00:00:00.000Z",
        "submittedOnDailyAt": "2024-01-03T00:00:00.000Z",
        "upvotes": 0,
    }
    page = _hf_page("PaperContent", json.dumps({"paper": paper}))
    found = normalise_page("https://huggingface.co/papers/2401.00001", page)
    assert found.papers[0].published == "2024-01-01"
    assert found.papers[0].upvotes == 0  # a real zero, not unknown


def test_hf_title_hard_line_breaks_are_collapsed():
    # arXiv titles keep "\n  " in HF's JSON, <title> and <h1>.
    _, found = _normalise("hf_paper_1810.04805.excerpt.json")
    assert found.papers[0].title == (
        "BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding"
    )


def test_hf_paper_with_malformed_data_props_falls_back_to_the_rendered_page():
    html_text = (PAGES / "hf_paper_1810.04805.excerpt.html").read_text()
    broken = html_text.replace("&quot;paper&quot;:{", "&quot;paper&quot;:{{", 1)
    assert broken != html_text
    found = normalise_page("https://huggingface.co/papers/1810.04805", broken)
    paper = found.papers[0]
    assert found.kind == "hf_paper"
    assert paper.arxiv_id == "1810.04805"
    assert paper.title.startswith("BERT: Pre-training")
    assert paper.authors == ["Jacob Devlin", "Ming-Wei Chang", "Kenton Lee", "Kristina Toutanova"]
    assert paper.abstract.startswith("We introduce a new language representation model")
    assert paper.upvotes == 32  # from the separate UpvoteControl island


def test_hf_listing_with_malformed_data_props_returns_none_for_the_text_parser():
    page = _hf_page("DailyPapers", '{"dailyPapers": [{"paper": ')
    assert normalise_page("https://huggingface.co/papers", page) is None


def test_hf_page_with_no_json_and_no_dom_falls_back_to_its_url():
    found = normalise_page("https://huggingface.co/papers/1810.04805", "<html></html>")
    assert [(p.arxiv_id, p.title) for p in found.papers] == [("1810.04805", None)]


def test_hf_search_page_with_other_prop_keys_is_read_leniently():
    entry = {"id": "2401.00002v3", "title": "Searched", "summary": "An abstract.", "upvotes": 4}
    props = {"results": {"items": [{"paper": entry}]}, "other": [{"id": "org/model", "title": "x"}]}
    page = _hf_page("PapersSearch", json.dumps(props))
    found = normalise_page("https://huggingface.co/papers?q=searched", page)
    assert found.kind == "hf_listing"
    assert found.papers == [
        Paper(
            title="Searched",
            abstract="An abstract.",
            upvotes=4,
            arxiv_id="2401.00002",
            url="https://huggingface.co/papers/2401.00002",
            pdf_url="https://arxiv.org/pdf/2401.00002",
        )
    ]


def test_hf_listing_of_bare_paper_objects():
    papers = [{"id": "2401.00003", "title": "One"}, {"id": "2401.00004", "title": "Two"}]
    page = _hf_page("DailyPapers", json.dumps({"papers": papers}))
    found = normalise_page("https://huggingface.co/papers/trending", page)
    assert [paper.title for paper in found.papers] == ["One", "Two"]


def test_hf_hidden_authors_are_kept_in_order():
    authors = [{"name": "A One", "hidden": False}, {"name": "B Two", "hidden": True}]
    paper = {"id": "2401.00005", "title": "T", "authors": authors}
    page = _hf_page("PaperContent", json.dumps({"paper": paper}))
    found = normalise_page("https://huggingface.co/papers/2401.00005", page)
    assert found.papers[0].authors == ["A One", "B Two"]
    assert found.papers[0].authors_count == 2


# --- arXiv -------------------------------------------------------------------------------


def test_arxiv_last_first_meta_names_are_flipped():
    _, found = _normalise("arxiv_abs_1706.03762.json")
    assert found.papers[0].authors[0] == "Ashish Vaswani"
    assert found.papers[0].authors[5] == "Aidan N. Gomez"


def test_arxiv_datacite_doi_is_not_the_journal_doi():
    _, found = _normalise("arxiv_abs_1706.03762.json")
    assert found.papers[0].doi is None


def test_arxiv_version_from_the_dateline_when_urls_carry_none():
    html_text = (PAGES / "arxiv_abs_1706.03762.html").read_text()
    html_text = html_text.replace("https://arxiv.org/abs/1706.03762v7", "https://arxiv.org/abs/x")
    found = normalise_page("https://arxiv.org/abs/1706.03762", html_text)
    assert found.papers[0].arxiv_version == 7


def test_arxiv_withdrawn_paper_still_gives_a_record():
    _, found = _normalise("arxiv_abs_0902.4054_withdrawn.json")
    assert found.papers[0].abstract == "This paper has been withdrawn"


# --- other scholarly pages ---------------------------------------------------------------


def test_acl_unquoted_content_first_meta_is_read():
    _, found = _normalise("acl_2021.naacl-main.208.json")
    assert found.papers[0].doi == "10.18653/v1/2021.naacl-main.208"


def test_acl_og_description_citation_line_is_not_taken_as_abstract():
    _, found = _normalise("acl_N04-1001.json")
    assert found.papers[0].abstract is None


def test_biorxiv_placeholder_publication_date_loses_to_posting_date():
    _, found = _normalise("biorxiv_2020.03.22.002386v3.json")
    assert found.papers[0].published == "2020-03-27"


def test_biorxiv_escaped_markup_abstract_loses_tags_and_heading():
    _, found = _normalise("biorxiv_2020.03.22.002386v3.json")
    assert found.papers[0].abstract.startswith("An outbreak of the novel coronavirus")
    assert "<" not in found.papers[0].abstract


def test_semantic_scholar_doi_resolver_link_is_not_a_pdf_url():
    _, found = _normalise("semanticscholar_704dde84_crosswalk.json")
    assert found.papers[0].pdf_url is None


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


def test_scholarly_arxiv_datacite_doi_becomes_the_arxiv_id():
    page = (
        '<meta name="citation_title" content="T">'
        '<meta name="citation_doi" content="10.48550/arXiv.1706.03762">'
    )
    paper = normalise_page("https://example.org/x", page).papers[0]
    assert (paper.arxiv_id, paper.doi) == ("1706.03762", None)


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


# --- helpers -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "name"),
    [
        ("Vaswani, Ashish", "Ashish Vaswani"),
        ("Gomez, Aidan N.", "Aidan N. Gomez"),
        ("Le Scao, Teven", "Teven Le Scao"),
        ("King, Martin Luther, Jr.", "Martin Luther King Jr."),
        ("Smith, Jr.", "Smith, Jr."),
        ("The ATLAS Collaboration", "The ATLAS Collaboration"),
        ("  Ma,\n J. P. ", "J. P. Ma"),
    ],
)
def test_display_name_flips_last_first(value, name):
    assert display_name(value) == name


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


def test_best_date_refines_a_bare_year_but_not_a_disagreeing_date():
    assert best_date(["2022", None, "2022-04-04"]) == "2022-04-04"
    assert best_date(["2022", "2021-12-01"]) == "2022"


def test_unparseable_citation_arxiv_id_falls_through_to_the_scholarly_reader():
    page = '<meta name="citation_arxiv_id" content="n/a"><meta name="citation_title" content="T">'
    found = normalise_page("https://example.org/x", page)
    assert (found.kind, found.papers[0].title) == ("scholarly", "T")


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


def test_url_only_capture_of_a_hugging_face_paper_names_its_arxiv_paper():
    found = normalise_capture(
        "https://huggingface.co/papers/1810.04805", None, "not a listing", captured=date(2025, 1, 1)
    )
    assert found is not None
    assert [p.arxiv_id for p in found.papers] == ["1810.04805"]
    assert found.papers[0].title is None


def test_text_of_a_page_that_is_not_a_listing_is_not_read_as_a_dump():
    arxiv_text = "Title: Attention Is All You Need\n" + "Authors and a long line of text. " * 20
    found = normalise_capture("https://arxiv.org/abs/1706.03762", None, arxiv_text * 5,
                              captured=date(2025, 1, 1))
    assert [(p.arxiv_id, p.title) for p in found.papers] == [("1706.03762", None)]
    assert normalise_capture("https://example.org/blog", None, arxiv_text * 5,
                             captured=date(2025, 1, 1)) is None


def test_text_of_a_listing_page_is_read_by_the_dump_parser():
    abstract = "A paragraph of an abstract about graphs and what they can do for us. " * 4
    text = f"Daily Papers\nFirst Paper\n{abstract}\nSecond Paper\n{abstract}\n"
    found = normalise_capture("https://hf.co/papers/date/2025-01-02", None, text,
                              captured=date(2025, 1, 2))
    assert (found.kind, [p.title for p in found.papers]) == ("text", ["First Paper", "Second Paper"])
