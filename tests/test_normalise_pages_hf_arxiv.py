"""Page kinds by address, Hugging Face pages and listings, arXiv pages, listings and HTML views.

Split by field from tests/test_normalise_pages.py; the round each class was found in is in
tests/fixtures/pages/HOLDOUT.md. Shared helpers: tests/normalise_pages_helpers.py.
Every field of every page's sidecar is checked by scripts/fidelity (tests/test_fidelity.py).
"""

from __future__ import annotations

import html
import json
from datetime import date

import pytest

from helpers import assert_linear_time
from normalise_pages_helpers import (
    _LATEXML,
    _ROUND_ABSTRACT,
    PAGES,
    _meta_page,
    _normalise,
    _paper,
)
from papershelf.identity import arxiv_id_from_url
from papershelf.normalise import normalise_capture
from papershelf.normalise.pages import kind_for_url, normalise_page
from papershelf.records import Paper


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
        ("https://arxiv.org/list/cs.CL/recent", "arxiv_listing"),
        ("https://arxiv.org/list/cs.CL/new", "arxiv_listing"),
        ("https://arxiv.org/html/2401.00001v1", "arxiv"),
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


def test_scholarly_arxiv_datacite_doi_becomes_the_arxiv_id():
    page = (
        '<meta name="citation_title" content="T">'
        '<meta name="citation_doi" content="10.48550/arXiv.1706.03762">'
    )
    paper = normalise_page("https://example.org/x", page).papers[0]
    assert (paper.arxiv_id, paper.doi) == ("1706.03762", None)


def test_unparseable_citation_arxiv_id_falls_through_to_the_scholarly_reader():
    page = '<meta name="citation_arxiv_id" content="n/a"><meta name="citation_title" content="T">'
    found = normalise_page("https://example.org/x", page)
    assert (found.kind, found.papers[0].title) == ("scholarly", "T")


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


def test_arxiv_html_view_gives_the_paper_not_just_its_id():
    found = normalise_page("https://arxiv.org/html/2401.00001v3", _LATEXML)
    assert found.kind == "arxiv"
    assert found.papers == [
        Paper(
            title="A Study of Things",
            abstract="We compute x quickly.",
            authors=["Ada Lovelace", "Alan Turing"],
            authors_count=2,
            arxiv_id="2401.00001",
            arxiv_version=3,
            primary_category="cs.LG",  # only in arXiv's watermark
            url="https://arxiv.org/abs/2401.00001",
            pdf_url="https://arxiv.org/pdf/2401.00001",
        )
    ]


def test_arxiv_listing_gives_every_paper_on_it():
    _, found = _normalise("arxiv_list_cs.CL_recent.json")
    assert found.kind == "arxiv_listing"
    assert len(found.papers) == 50
    first = found.papers[0]
    assert (first.arxiv_id, first.primary_category, first.authors) == (
        "2608.12278", "cs.CL", ["Avijit Roy", "Proma Roy"]
    )
    assert first.url == "https://arxiv.org/abs/2608.12278"


def test_first_version_watermark_dates_an_arxiv_html_view():
    paper = _paper("arxiv_html_2401.00001v1.json")
    assert paper.published == "2023-11-18"  # "arXiv:2401.00001v1 [q-fin.PM] 18 Nov 2023"
    assert _paper("arxiv_html_1706.03762v7.json").published is None  # v7's date is not the paper's


def test_abstract_written_as_a_section_of_an_arxiv_html_view():
    assert _paper("arxiv_html_2401.00001v1.json").abstract.startswith(
        "This study presents an analytical approach to sector rotation"
    )


def test_an_arxiv_author_page_is_a_listing_of_every_paper_on_it():
    _, found = _normalise("arxiv_author_baez_j_1.json")
    assert found.kind == "arxiv_listing"
    assert len(found.papers) == 125  # each dt/dd pair sits in a div of its own
    last = found.papers[124]
    assert (last.arxiv_id, last.title, last.primary_category) == (
        "hep-th/9205007", "Quantum Gravity and the Algebra of Tangles", "hep-th",
    )
    assert kind_for_url("https://arxiv.org/a/baez_j_1") == "arxiv_listing"


def test_a_deep_nest_of_definition_lists_is_read_in_linear_time():
    # Every page is asked whether it is an arXiv listing ("#dlpage dl dt"): lexbor matched that
    # selector against a nest of <dl><dt><dd> by trying every dl ancestor of every dt for a #dlpage
    # above it, cubic in the depth: 2,000 levels (a 60 KB page) took 27 s of CPU, 4,000 several
    # minutes, on a worker the server cannot stop. The listing's box is found first, then its entries;
    # an entry inside another's details is part of its text (each read whole was cubic too).
    listing_entry = '<dl><dt><a href="/abs/2101.00001">x</a></dt><dd>Ada '
    for body in ("<dl><dt>Title</dt><dd>Ada ", f'<div id="dlpage">{listing_entry}'):

        def normalising(depth, body=body):
            page = f"<html><body><h1>Round things</h1>{body * depth}{'</dd></dl>' * depth}</body></html>"
            return lambda: normalise_page("https://example.org/a/1", page)

        # lexbor still matches the listing's box in quadratic time (0.12 s of CPU at 1,000 levels, 0.46 s at
        # 2,000, 1.7 s at 4,000), not cubic: 8 times a doubling before.
        assert_linear_time(normalising, 2000, ratio=6)
    listing = _normalise("arxiv_list_cs.CL_recent.json")[1]
    assert (listing.kind, len(listing.papers)) == ("arxiv_listing", 50)


def test_old_arxiv_abstract_pages_give_their_version_and_journal_doi_from_the_metatable():
    # 2011 layout: no "this version" in the dateline, no citation_doi; "Cite as: arXiv:0902.0064v1"
    # and a "DOI:" row in the metatable.
    paper = _paper("arxiv_abs_0902.0064.json")
    assert (paper.arxiv_version, paper.doi) == (1, "10.1088/0004-637X/696/1/192")
    # The current layout says it in its "Cite as" cell too: "(or arXiv:1706.03762v7 … for this version)".
    cell = (
        '<div class="dateline">[Submitted on 1 Jan 2020]</div><table><tr><td class="tablecell arxivid">'
        '<span class="arxivid">arXiv:2001.00001 [cs.CL]</span><br>(or <span class="arxivid">'
        "arXiv:2001.00001v3 [cs.CL]</span> for this version)</td></tr></table>"
    )
    page = _meta_page(("citation_title", "T"), ("citation_arxiv_id", "2001.00001"), body=cell)
    assert normalise_page("https://arxiv.org/abs/2001.00001", page).papers[0].arxiv_version == 3


def test_old_arxiv_bylines_lose_their_inline_affiliations():
    # "M.A. Aragon-Calvo (1), J. Silk (2 and 1), A. S. Szalay (1) ((1) The Johns Hopkins University …)"
    assert _paper("arxiv_abs_1103.1901.json").authors == ["M.A. Aragon-Calvo", "J. Silk", "A. S. Szalay"]
    byline = '<div class="authors"><span class="descriptor">Authors:</span> A. One (1,2), B. Two (2)</div>'
    page = _meta_page(
        ("citation_title", "T"), ("citation_arxiv_id", "2001.00001"),
        ("citation_author", "One, A."), ("citation_author", "Two, B."), body=byline,
    )
    assert normalise_page("https://arxiv.org/abs/2001.00001", page).papers[0].authors == ["A. One", "B. Two"]


def test_an_arxiv_bylines_deeply_nested_parentheses_are_taken_out_in_one_pass():
    # The inline affiliations were taken out innermost first, the whole text again for each level:
    # 24,000 levels (48 KB) took about ten seconds. The answer is what it was; only the work is linear.
    nested = "(" * 24000 + "x" + ")" * 24000
    byline = (f'<div class="authors"><span class="descriptor">Authors:</span> A. One {nested}, B. Two (2)'
              "</div>")
    page = _meta_page(
        ("citation_title", "T"), ("citation_arxiv_id", "2001.00001"),
        ("citation_author", "One, A."), ("citation_author", "Two, B."), body=byline,
    )
    assert normalise_page("https://arxiv.org/abs/2001.00001", page).papers[0].authors == ["A. One", "B. Two"]
    # A bracket that never closes stays, the groups inside it go; a closing one alone stays too.
    for names, authors in (("A. One ((1) x, B. Two (2) y", ["A. One ( x", "B. Two y"]),
                           ("A. One (1)), B. Two (2)", ["A. One )", "B. Two"])):
        byline = f'<div class="authors"><span class="descriptor">Authors:</span> {names}</div>'
        page = _meta_page(("citation_title", "T"), ("citation_arxiv_id", "2001.00001"), body=byline)
        assert normalise_page("https://arxiv.org/abs/2001.00001", page).papers[0].authors == authors


def test_without_meta_or_address_an_arxiv_datelines_first_date_is_the_first_versions():
    # "[Submitted on 12 Jun 2017 (v1), last revised 2 Aug 2023 (this version, v7)]"
    dateline = (
        '<div id="abs"><div class="dateline">[Submitted on 12 Jun 2017 (<a href="/abs/1706.03762v1">v1</a>),'
        " last revised 2 Aug 2023 (this version, v7)]</div><h1 class=\"title\">Attention Is All You Need</h1>"
        f"{_ROUND_ABSTRACT}</div>"
    )
    page = f"<html><body>{dateline}</body></html>"
    assert normalise_page("https://example.org/saved-page", page).papers[0].published == "2017-06-12"


def test_without_meta_or_address_a_saved_arxiv_pages_metatable_doi_is_the_journals():
    # arXiv's abstract page shows its own DataCite DOI (10.48550/arXiv.…) above the metatable, whose
    # "Related DOI:" cell holds the journal version's DOI.
    shown = (
        '<div id="abs"><div class="dateline">[Submitted on 31 Jul 2012]</div>'
        "<h1>A study of round things</h1>"
        '<a href="https://doi.org/10.48550/arXiv.1207.7214">https://doi.org/10.48550/arXiv.1207.7214</a>'
        '<blockquote class="abstract">We looked at round things long and found them round.</blockquote>'
        '<table><tr><td class="tablecell label">Related DOI:</td><td class="tablecell doi">'
        '<a href="https://doi.org/10.1016/j.physletb.2012.08.020">10.1016/j.physletb.2012.08.020</a>'
        "</td></tr></table></div>"
    )
    head = '<link rel="canonical" href="https://arxiv.org/abs/1207.7214">'
    page = f"<html><head>{head}</head><body>{shown}</body></html>"
    paper = normalise_page("https://example.org/saved-page", page).papers[0]
    assert (paper.doi, paper.arxiv_id) == ("10.1016/j.physletb.2012.08.020", "1207.7214")


def test_without_meta_or_address_a_saved_arxiv_page_names_its_own_address():
    # An abstract page's "Cite as" cell links its own abstract (2011: "arXiv:0902.0064v1 [astro-ph.GA]");
    # the HTML view's watermark names the id and version it renders: each is read as arXiv reads it.
    abs_page = (
        '<h1 class="title mathjax">Round things</h1><blockquote class="abstract">Abstract: We look at round '
        'things.</blockquote><table><tr><td class="tablecell label">Cite as:</td>'
        '<td class="tablecell arxivid">'
        '<a href="http://arxiv.org/abs/0902.0064v1">arXiv:0902.0064v1</a> [astro-ph.GA]</td></tr></table>'
    )
    found = normalise_page("https://example.org/saved-page", f"<html><body>{abs_page}</body></html>")
    assert found.kind == "arxiv"
    assert (found.papers[0].arxiv_id, found.papers[0].arxiv_version) == ("0902.0064", 1)
    view = (
        '<div class="ltx_page_main"><article class="ltx_document"><h1 class="ltx_title ltx_title_document">'
        'Round things</h1><div class="ltx_abstract"><p>We look at round things.</p></div></article></div>'
    )
    mark = '<div id="watermark-tr">arXiv:1706.03762v7 [cs.CL] 02 Aug 2023</div>'
    found = normalise_page("https://example.org/saved-page", f"<html><body>{mark}{view}</body></html>")
    paper = found.papers[0]
    assert (found.kind, paper.arxiv_id, paper.arxiv_version, paper.primary_category) == (
        "arxiv", "1706.03762", 7, "cs.CL")
    # A LaTeXML document that carries no arXiv watermark is not arXiv's.
    other = normalise_page("https://example.org/saved-page", f"<html><body>{view}</body></html>")
    assert other is None or other.kind != "arxiv"


def test_an_arxiv_long_author_list_headed_by_a_group_reads_the_group_and_every_person():
    # arXiv 2025 (round 25): "Authors: Gemini Team Google: Rohan Anil, …, Oriol Vinyals", the names past
    # the first hundred in a hidden div, the script that toggles it and a noscript note inside the
    # byline, then the toggle "et al. (1251 additional authors not shown)"; citation_author lists the
    # group as "Gemini Team". The body's group name lost its place and the list's count its match.
    def link(name):
        return f'<a href="https://arxiv.org/search/cs?searchtype=author&amp;query={name}">{name}</a>'

    shown, hidden = ["Ada Lovelace", "Alan Turing"], ["Grace Hopper", "Ed Codd"]
    byline = (
        '<div class="authors"><span class="descriptor">Authors:</span>' + link("Round Team Google") + ": "
        + ", ".join(link(name) for name in shown) + ', <div id="long-author-list" style="display: none;">'
        + ", ".join(link(name) for name in hidden)
        + "<script><!-- function toggleAuthorList(whichLayer, toggleThis) { var elem, vis; } //--></script>"
        "</div><a href=\"javascript:toggleAuthorList('long-author-list','et al. (2 additional authors not "
        "shown)');\" id=\"toggle\">et al. (2 additional authors not shown)</a><noscript>&nbsp;You must "
        "enable JavaScript to view entire author list.</noscript></div>"
    )
    metas = [("citation_title", "Round things"), ("citation_author", "Round Team")] + [
        ("citation_author", ", ".join(reversed(name.split()))) for name in shown + hidden]
    page = _meta_page(*metas, body=f'<h1 class="title mathjax">Round things</h1>{byline}')
    paper = normalise_page("https://arxiv.org/abs/2312.00001", page).papers[0]
    assert paper.authors == ["Round Team Google", *shown, *hidden]
    assert paper.authors_count == 5


def test_an_arxiv_page_without_meta_reads_its_version_from_the_cite_as_cell_of_its_own():
    # arXiv (captures of 2020 and 2024; round 25), read without meta or address: a page of one version
    # has no "this version" in its dateline ("[Submitted on 9 May 2024]"); "Cite as: arXiv:2405.05966
    # [cs.CL]" and "(or arXiv:2405.05966v1 [cs.CL] for this version)" are two cells, the version in
    # td.arxividv.
    page = (
        '<html><head><title>[2405.00001] Round things</title><link rel="canonical" '
        'href="https://arxiv.org/abs/2405.00001"/></head><body><div id="abs"><div class="dateline">'
        '[Submitted on 9 May 2024]</div><h1 class="title mathjax"><span class="descriptor">Title:</span>'
        'Round things</h1><div class="authors"><span class="descriptor">Authors:</span><a>Ada Lovelace</a>'
        '</div><blockquote class="abstract mathjax"><span class="descriptor">Abstract:</span>We looked at '
        "round things long and found them round.</blockquote><table><tr><td class=\"tablecell label\">"
        'Cite as:</td><td class="tablecell arxivid"><span class="arxivid"><a href="https://arxiv.org/abs/'
        '2405.00001">arXiv:2405.00001</a> [cs.CL]</span></td></tr><tr><td class="tablecell label">&nbsp;'
        '</td><td class="tablecell arxividv">(or <span class="arxivid"><a href="https://arxiv.org/abs/'
        '2405.00001v1">arXiv:2405.00001v1</a> [cs.CL]</span> for this version)</td></tr></table></div>'
        "</body></html>"
    )
    paper = normalise_page("https://example.org/saved-page", page).papers[0]
    assert (paper.arxiv_id, paper.arxiv_version) == ("2405.00001", 1)


def test_an_islands_json_nested_past_the_decoders_depth_is_skipped_not_raised():
    # A Hugging Face island's data-props is decoded by msgspec, which raises RecursionError (no
    # DecodeError) on JSON nested past its depth: it left normalise_page, where a broken island is skipped.
    deep = '{"a":' * 100_000 + "1" + "}" * 100_000
    page = (f'<html><head><title>On things</title></head><body><div data-target="PaperContent" '
            f'data-props="{html.escape(deep)}"></div><h1>On things</h1></body></html>')
    found = normalise_page("https://huggingface.co/papers/2401.00001", page)
    paper = found.papers[0]
    assert (found.kind, paper.title, paper.arxiv_id) == ("hf_paper", "On things", "2401.00001")


def test_a_file_of_a_paper_submitted_as_html_is_read_as_a_page_and_named_by_its_address():
    # arXiv serves a paper its authors submitted as HTML (1999) as their own files, at
    # /html/<id>v<n>/<file>: none of arXiv's templates, no meta, and an old-style id with a slash of its
    # own (round 39's cs/9904010v1/report.htm, an AT&T technical report).
    page = ("<html><head><title>Beyond Concern</title></head><body><h1>Beyond Concern</h1>"
            "<p><b>Lorrie Faith Cranor</b><br>AT&amp;T Labs-Research</p><h2>Abstract</h2>"
            "<p>People are concerned about privacy, particularly on the Internet, and we ask how.</p>"
            "<h2>Introduction</h2><p>Over the past decade, numerous surveys were made.</p></body></html>")
    found = normalise_page("https://arxiv.org/html/cs/9904010v1/report.htm", page)
    paper = found.papers[0]
    assert (found.kind, paper.arxiv_id, paper.arxiv_version) == ("arxiv", "cs/9904010", 1)
    assert paper.title == "Beyond Concern"
    assert paper.abstract.startswith("People are concerned about privacy")
    assert paper.url == "https://arxiv.org/abs/cs/9904010"
    # A new-style id names its paper so too, and the HTML view's own address is unchanged.
    assert arxiv_id_from_url("https://arxiv.org/html/2401.00001v2/index.html") == ("2401.00001", 2)
    assert arxiv_id_from_url("https://arxiv.org/html/2401.00001v1") == ("2401.00001", 1)
    assert arxiv_id_from_url("https://arxiv.org/html/a/b/c/d") is None


def test_a_paper_submitted_as_html_without_an_abstract_is_named_by_its_heading():
    # "A Brief History of the Internet" as arXiv serves it (round 39's held-out cs/9901011v1): no meta, no
    # abstract, no DOI, only its h1 and the text. The address says it is a paper, so the heading is enough;
    # the same page at an address that names no paper is no paper's record.
    page = ("<html><head><title>A Brief History of the Internet </title></head><body><center><h1>A Brief"
            " History of the Internet</h1></center><h2>Introduction</h2>The Internet has revolutionized the "
            "computer and communications world like nothing before.</body></html>")
    paper = normalise_page("https://arxiv.org/html/cs/9901011v1/ihist-isoc-v32.htm", page).papers[0]
    assert (paper.title, paper.arxiv_id, paper.arxiv_version) == (
        "A Brief History of the Internet", "cs/9901011", 1)
    assert normalise_page("https://www.internetsociety.org/internet/history/", page) is None


# Round 260: a post that is its writer's own paper's page names the preprint its opening links
# (own_paper_posts.py).
_ROUND260_OWN_POST_URL = "https://example.github.io/publications/glyph/"


def _round260_own_paper_post(authors: str, holder: str = "Ann Writer") -> str:
    return (
        "<!doctype html><html lang=en><head>"
        "<title>Glyph Detection with Attention Networks | Ann Writer</title>"
        "<meta property='og:title' content='Glyph Detection with Attention Networks'>"
        "<meta property='og:type' content='article'>"
        "<script type=application/ld+json>{\"@context\":\"https://schema.org\",\"@type\":\"BlogPosting\","
        "\"headline\":\"Glyph Detection with Attention Networks\"}</script></head><body><main class=main>"
        "<article class=post-single><header class=post-header>"
        "<h1 class=post-title>Glyph Detection with Attention Networks</h1><div class=post-meta>4 min</div>"
        "</header><div class=post-content><p><a href=https://arxiv.org/abs/2306.10392>Paper</a></p>"
        f"<p><strong>Authors:</strong> {authors}</p><h2 id=abstract>Abstract</h2>"
        "<p>Homoglyph attacks deceive people into clicking look-alike domains, and we build a data set"
        " of four million domains to detect them with an attention-based network that reaches high"
        " accuracy.</p>"
        "<h2 id=introduction>Introduction</h2><p>Attackers use look-alike characters in domain names.</p>"
        "</div><footer class=post-footer>Tags</footer></article></main>"
        f"<footer class=footer><span>&copy; 2025 {holder}</span> <span>Powered by Hugo</span></footer>"
        "</body></html>"
    )


def test_round260_a_post_of_the_writers_own_paper_names_the_preprint_its_paper_link_opens_with():
    page = _round260_own_paper_post("Ann Writer, Bo Other, Cy Third")
    assert normalise_page(_ROUND260_OWN_POST_URL, page).papers[0].arxiv_id == "2306.10392"


@pytest.mark.parametrize(("authors", "holder"), [
    # Notes on another's paper: its authors' line does not name the site's owner.
    ("Bo Other, Cy Third", "Ann Writer"),
    # No copyright holder a person's name to tell the writer by.
    ("Ann Writer, Bo Other", "Example Blog"),
])
def test_round260_a_post_whose_authors_line_does_not_name_the_sites_owner_names_no_preprint(authors, holder):
    page = _round260_own_paper_post(authors, holder)
    assert normalise_page(_ROUND260_OWN_POST_URL, page).papers[0].arxiv_id is None
