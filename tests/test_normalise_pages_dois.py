"""DOIs: the page's own DOI, not a cited one.

Split by field from tests/test_normalise_pages.py; the round each class was found in is in
tests/fixtures/pages/HOLDOUT.md. Shared helpers: tests/normalise_pages_helpers.py.
Every field of every page's sidecar is checked by scripts/fidelity (tests/test_fidelity.py).
"""

from __future__ import annotations

import json
from datetime import date

import pytest

from normalise_pages_helpers import (
    _ROUND_ABSTRACT,
    _meta_page,
    _paper,
)
from papershelf.identity import normalise_doi
from papershelf.normalise import normalise_capture
from papershelf.normalise.addresses import doi_in_path
from papershelf.normalise.pages import normalise_page


def test_preprint_archive_dates_the_first_version_and_names_the_journal_doi():
    paper = _paper("lingbuzz_006747.json")
    assert (paper.published, paper.doi) == ("2022-08", "10.1556/2062.2023.00642")


@pytest.mark.parametrize(
    ("url", "doi"),
    [
        ("https://dl.acm.org/doi/abs/10.1145/3375627.3375832", "10.1145/3375627.3375832"),
        ("https://www.tandfonline.com/doi/full/10.1080/00268976.2013.788745?scroll=top",
         "10.1080/00268976.2013.788745"),
        ("https://journals.sagepub.com/doi/10.1177/2325967116646534", "10.1177/2325967116646534"),
        ("https://example.org/article/42", None),
    ],
)
def test_doi_in_the_pages_own_doi_address(url, doi):
    page = _meta_page(("dc.title", "A paper"))
    assert normalise_page(url, page).papers[0].doi == doi


def test_a_page_without_meta_is_read_from_a_title_heading_and_its_doi_not_a_scripts():
    # Found by reading the corpus with its meta tags taken away: no h1, the title in an h2.title,
    # and a script template holding markup after a DOI ("…0081898</li>").
    page = (
        "<html><head><title>On Shapes | Journal of Pages</title></head><body>"
        '<script type="text/template"><li>doi:10.9999/template</li></script>'
        '<h2 class="article-title">On Shapes</h2><p>DOI: 10.1234/shapes.1</p>'
        "<h3>Abstract</h3><p>We look at the shapes of things and find most of them round.</p></body></html>"
    )
    paper = normalise_page("https://example.org/s", page).papers[0]
    assert (paper.title, paper.doi) == ("On Shapes", "10.1234/shapes.1")
    in_template = page.replace("<p>DOI: 10.1234/shapes.1</p>", "")
    assert normalise_page("https://example.org/s", in_template).papers[0].doi is None


def test_a_doi_shown_under_the_heading_is_the_pages_when_its_meta_names_none():
    # The DataCite Blog of 2023 (WordPress): og:* meta and a JSON-LD Article without the DOI; under
    # the heading "December 20th, 2016 Uncategorized 5 min Read https://doi.org/10.5438/4k3m-nyvg".
    assert _paper("datacite_blog_2023_4k3m-nyvg.json").doi == "10.5438/4k3m-nyvg"
    ld = {"@type": "Article", "headline": "A study of round things", "author": {"name": "Ada"}}
    prose = "We looked at round things long and found them round, " * 5
    cited = '<p>As others found <a href="https://doi.org/10.1000/cited">before</a>, ' + prose + "</p>"
    head = f'<script type="application/ld+json">{json.dumps(ld)}</script><h1>A study of round things</h1>'
    shown = '<div class="meta">May 2, 2016 <a href="https://doi.org/10.1000/own">https://doi.org/10.1000/own</a></div>'
    page = f"<html><body>{head}{shown}<p>{prose}</p>{cited}</body></html>"
    assert normalise_page("https://example.org/p", page).papers[0].doi == "10.1000/own"
    # A DOI the text cites, below its first paragraph, is another work's.
    page = f"<html><body>{head}<p>{prose}</p>{cited}</body></html>"
    assert normalise_page("https://example.org/p", page).papers[0].doi is None


def test_without_meta_a_doi_link_on_a_word_or_with_query_parameters_is_not_the_pages_doi():
    # IJSEM: NamesforLife links each taxon name to a DOI ("<a href="https://doi.org/10.1601/nm.3856">
    # Bacillus</a>"); Nature 2011: "…/10.1038/nnano.2011.101&title=…&rewrite=yes".
    def doi_of(body: str) -> str | None:
        page = f"<html><body><h1>A study of round things</h1>{body}{_ROUND_ABSTRACT}</body></html>"
        return normalise_page("https://example.org/saved-page", page).papers[0].doi

    named = '<p>Cells of <a href="https://doi.org/10.1601/nm.3856">Bacillus</a> are round.</p>'
    assert doi_of(named + "<p>doi: 10.1099/ijs.0.048827-0</p>") == "10.1099/ijs.0.048827-0"
    linked = '<a href="https://dx.doi.org/10.1038/nnano.2011.101&title=Round+things&rewrite=yes">DOI</a>'
    assert doi_of(linked) == "10.1038/nnano.2011.101"
    # arXiv's own DataCite DOI names the preprint: its arXiv id, no journal DOI.
    page = (
        '<html><body><h1>A study of round things</h1><a href="https://doi.org/10.48550/arXiv.1706.03762">'
        f"https://doi.org/10.48550/arXiv.1706.03762</a>{_ROUND_ABSTRACT}</body></html>"
    )
    paper = normalise_page("https://example.org/saved-page", page).papers[0]
    assert (paper.doi, paper.arxiv_id) == (None, "1706.03762")


def test_without_meta_the_doi_the_pages_share_links_pass_is_its_own():
    # HighWire (IJSEM, SAGE): <ul class="social-bookmark-links"><li><a href="/external-ref?tag_url=…
    # &amp;doi=10.1099/ijs.0.048827-0&amp;link_type=CITEULIKE">; the DOI nowhere else in the body.
    share = (
        '<ul class="social-bookmark-links"><li><a href="/external-ref?tag_url=http://ijs.sgmjournals.org/'
        'content/63/4141&amp;title=A%20study&amp;doi=10.1099/ijs.0.048827-0&amp;link_type=CITEULIKE">'
        '<img alt="Add to CiteULike"></a></li></ul>'
    )
    cited = '<p>See <a href="https://example.org/lookup?doi=10.1000/cited">a cited work</a>.</p>'
    page = f"<html><body><h1>A study of round things</h1>{_ROUND_ABSTRACT}{cited}{share}</body></html>"
    assert normalise_page("https://example.org/saved-page", page).papers[0].doi == "10.1099/ijs.0.048827-0"
    # A link outside the share block that passes a DOI is not the page's.
    page = f"<html><body><h1>A study of round things</h1>{_ROUND_ABSTRACT}{cited}</body></html>"
    assert normalise_page("https://example.org/saved-page", page).papers[0].doi is None


def test_a_publishers_page_without_a_doi_in_meta_shows_it_over_its_title_not_in_its_other_papers():
    # Europe PMC (2014): "Published online Mar 13, 2009. <span class="doi">doi:&nbsp; <a href=
    # "http://dx.doi.org/10.1136%2Fsti.2008.033985">10.1136/sti.2008.033985</a></span>" over the title.
    head = '<head><link rel="canonical" href="http://europepmc.org/articles/PMC2654146"></head>'
    line = (
        '<div><span class="fm-vol-iss-date">Published online Mar 13, 2009. </span> <span class="doi">'
        'doi:&nbsp; <a href="http://dx.doi.org/10.1136%2Fsti.2008.033985">10.1136/sti.2008.033985</a></span></div>'
    )
    title = '<h1 class="content-title">A study of round things</h1>'
    others = "<h3>Recent activity</h3><p>Round things again. J Round. 2012. doi: 10.1000/other.1</p>"
    page = f"<html>{head}<body>{line}{title}{_ROUND_ABSTRACT}{others}</body></html>"
    assert normalise_page("https://example.org/saved-page", page).papers[0].doi == "10.1136/sti.2008.033985"
    page = f"<html>{head}<body>{title}{_ROUND_ABSTRACT}{others}</body></html>"
    assert normalise_page("https://example.org/saved-page", page).papers[0].doi is None


def test_without_meta_a_bare_doi_in_an_element_classed_doi_is_the_pages_before_a_cited_one():
    # SpringerLink (2013): <span class="ArticleDOI">10.1007/s10522-013-9457-0</span> under the journal's
    # name, then a reference's "doi:<a href="http://dx.doi.org/10.1007/s00335-012-9427-x">…</a>".
    own = '<span class="ArticleDOI">10.1000/own.1</span>'
    cited = '<p>Brown SD (2012) Mamm Genome 23:632. doi:<a href="http://dx.doi.org/10.1000/cited">x</a></p>'
    page = f"<html><body><h1>A study of round things</h1>{own}{_ROUND_ABSTRACT}{cited}</body></html>"
    assert normalise_page("https://example.org/saved-page", page).papers[0].doi == "10.1000/own.1"


def test_without_meta_a_doi_in_brackets_in_a_sentence_is_a_cited_work_not_the_pages():
    # Zenodo (InvenioRDM, 2023): the description ends "… has been published on Nature Communications
    # (https://doi.org/10.1038/s41467-023-39958-5)."; the record's own DOI is shown further down.
    assert _paper("zenodo_8026174.json").doi == "10.5281/zenodo.8026174"
    text = (
        "<h1>A study of round things</h1><h3>Description</h3><p>These are the data of round things. The"
        " research on them has been published in a journal (https://doi.org/10.1038/s41467-023-00001-5).</p>"
        "<dl><dt>DOI</dt><dd>https://doi.org/10.5281/zenodo.1</dd></dl>"
    )
    page = f"<html><body>{text}</body></html>"
    assert normalise_page("https://example.org/saved-page", page).papers[0].doi == "10.5281/zenodo.1"


def test_the_view_an_address_names_after_its_doi_is_no_part_of_the_doi():
    # De Gruyter Brill (round 10): no citation_doi; og:url
    # https://www.degruyterbrill.com/document/doi/10.1515/9783110750584-011/html (and /pdf, /xml links).
    assert _paper("degruyter_9783110750584-011.json").doi == "10.1515/9783110750584-011"
    for view in ("html", "pdf", "full", "abstract"):
        url = f"https://example.org/document/doi/10.1234/round.5/{view}"
        assert normalise_page(url, _meta_page(("dc.title", "A paper"))).papers[0].doi == "10.1234/round.5"
    # A DOI whose own suffix holds slashes keeps them (JCBI's 10.56979/401/2022/85).
    url = "https://example.org/doi/10.56979/401/2022/85"
    assert normalise_page(url, _meta_page(("dc.title", "A paper"))).papers[0].doi == "10.56979/401/2022/85"


def test_a_servlets_session_id_in_an_address_is_no_part_of_the_doi_it_names():
    # ASM Journals (round 24), read without meta: Atypon's servlet wrote the session into the page's
    # own canonical link, href="/doi/10.1128/aac.47.7.2125-2130.2003;jsessionid=8D15…", and the DOI
    # came with ";jsessionid=…" on it. A DOI's own semicolon (a SICI's "CO;2-M") stays.
    page = _meta_page(("dc.title", "A paper"))
    for address in ("https://example.org/doi/10.1234/round.24;jsessionid=8D15303961B960A0",
                    "https://example.org/doi/full/10.1234/round.24;JSESSIONID=8D15?scroll=top"):
        assert normalise_page(address, page).papers[0].doi == "10.1234/round.24"
    sici = "10.1002/(SICI)1097-4636(199603)30:3<287::AID-JBM3>3.0.CO;2-M"
    address = f"https://example.org/doi/{sici};jsessionid=8D15"
    assert normalise_page(address, page).papers[0].doi == sici
    canonical = '<link rel="canonical" href="/doi/10.1234/round.24;jsessionid=8D15">'
    bare = f"<html><head>{canonical}</head><body><h1>A paper</h1></body></html>"
    assert normalise_page("https://example.org/saved", bare).papers[0].doi == "10.1234/round.24"
    found = normalise_capture("https://example.org/doi/pdf/10.1234/round.24;jsessionid=8D15", PDF_VIEWER,
                              None, captured=date(2026, 12, 2))
    assert found is not None and found.papers[0].doi == "10.1234/round.24"


def test_a_servlets_session_id_is_no_part_of_a_pdfs_address_nor_encoded_of_its_doi():
    # A PDF address that came with ";jsessionid=…" gave the DOI without it but kept it in pdf_url, a
    # session long over; and an address that encodes it ("%3Bjsessionid%3D…") kept it in the DOI.
    found = normalise_capture("https://example.org/doi/pdf/10.1234/round.24;jsessionid=8D15", PDF_VIEWER,
                              None, captured=date(2026, 12, 2))
    assert found is not None and found.papers[0].pdf_url == "https://example.org/doi/pdf/10.1234/round.24"
    page = _meta_page(("dc.title", "A paper"))
    address = "https://example.org/doi/10.1234/round.24%3Bjsessionid%3D8D15303961B960A0"
    assert normalise_page(address, page).papers[0].doi == "10.1234/round.24"


def test_a_bare_doi_after_an_icon_that_labels_it_is_the_pages():
    # KSII TIIS (round 10): no citation_doi; under the byline <img src="…/doi_icon.png">
    # <span>10.3837/tiis.2020.06.001</span>, with no "DOI" written anywhere near it.
    assert _paper("itiis_tiis.2020.06.001.json").doi == "10.3837/tiis.2020.06.001"
    icon = '<img src="https://example.org/img/doi_icon.png"> <span>10.1234/round.7</span>'
    page = _meta_page(("citation_title", "Round things"), body=f"<h1>Round things</h1><div>{icon}</div>")
    assert normalise_page("https://example.org/paper/7", page).papers[0].doi == "10.1234/round.7"
    other = icon.replace("doi_icon", "pdf_icon")
    page = _meta_page(("citation_title", "Round things"), body=f"<h1>Round things</h1><div>{other}</div>")
    assert normalise_page("https://example.org/paper/7", page).papers[0].doi is None


def test_the_doi_of_the_bibtex_entry_a_page_shows_for_itself_when_nothing_else_names_one():
    # SciTePress (round 10): no citation_doi, no DOI under the heading; the citation formats hold
    # "@conference{biosignals22, … title={Biomedical Text Mining: …}, … doi={10.5220/0010819500003123}".
    assert _paper("scitepress_0010819500003123.json").doi == "10.5220/0010819500003123"
    own = ("@conference{round22, author={Ada Lovelace}, title={Round things}, year={2022},"
           " doi={10.1234/round.9}}")
    cited = "@article{other, title={Square things}, doi={10.1234/square.1}}"
    for entries, doi in (((cited, own), "10.1234/round.9"), ((cited,), None)):
        body = "<h1>Round things</h1>" + "".join(f"<pre>{entry}</pre>" for entry in entries)
        page = _meta_page(("citation_title", "Round things"), body=body)
        assert normalise_page("https://example.org/paper/9", page).papers[0].doi == doi


def test_without_meta_the_bibtex_entry_a_page_cites_itself_with_after_its_references_names_its_doi():
    # Quarto (round 55's Computo pages read without meta): the DOI only in the appendix after the
    # references, a "BibTeX citation:" block whose title leaves out the heading's subtitle; the text
    # above shows a data set's DOI first.
    text = ("<h1>Round things</h1><p class='subtitle'>A study</p>" + _ROUND_ABSTRACT
            + "<p>The data are at https://doi.org/10.5281/zenodo.7 for anyone.</p>"
            + "<h2>References</h2><div id='refs'><p>Smith, J. (2020). Square things.</p></div>")
    own = "@article{round24, title = {Round Things}, doi = {10.1234/round.24}}"
    cited = "@article{other, title = {Round}, doi = {10.1234/round.1}}"
    for entries, doi in (((cited, own), "10.1234/round.24"), ((cited,), "10.5281/zenodo.7")):
        appendix = "".join(f"<pre><code>{entry}</code></pre>" for entry in entries)
        for head in ("", '<meta name="dcterms.date" content="2024-07-12">'):  # and with its date meta
            page = f"<html><head>{head}</head><body>{text}<h2>Citation</h2>{appendix}</body></html>"
            assert normalise_page("https://example.org/paper/24", page).papers[0].doi == doi


def test_a_bibtex_entry_of_another_paper_titled_as_the_heading_before_its_colon_is_not_the_pages():
    # Round 55 read any BibTeX entry anywhere on the page whose title is the heading less its subtitle as
    # the page's own, so a post on "Round things: a study of curvature" that shows the BibTeX entry of the
    # workshop paper "Round things" it grew from (under "Related work") took the workshop paper's DOI. The
    # entry without the subtitle is the page's own under a label or heading that says it cites it.
    entry = "@inproceedings{ws19, title = {Round Things}, doi = {10.1111/ws.2019.1}}"
    for before, doi in (("<h2>Related work</h2><p>The workshop version:</p>", None),
                        ("<h2>Citation</h2><div>BibTeX citation:</div>", "10.1111/ws.2019.1")):
        page = ("<html><body><h1>Round things: a study of curvature</h1><p>Jane Doe</p>"
                f"{_ROUND_ABSTRACT}{before}<pre><code>{entry}</code></pre></body></html>")
        assert normalise_page("https://jdoe.example.io/posts/round/", page).papers[0].doi == doi, before


def test_a_doi_in_a_descriptions_sentences_is_a_work_it_mentions_not_the_pages():
    # A data set's description names the paper it supports, "(https://doi.org/…)" and all.
    told = "Files for the study (https://doi.org/10.1038/s41467-023-39958-5) of round things."
    body = "<h1>Data for a study of round things</h1><p>DOI: 10.5281/zenodo.8026174</p>" + _ROUND_ABSTRACT
    page = _meta_page(("description", told), ("dc.title", "Data for a study of round things"), body=body)
    assert normalise_page("https://example.org/a", page).papers[0].doi == "10.5281/zenodo.8026174"
    # A meta that is a DOI link alone is the page's.
    page = _meta_page(("dc.title", "Data for a study of round things"),
                      ("dc.relation", "https://doi.org/10.5281/zenodo.8026174"))
    assert normalise_page("https://example.org/a", page).papers[0].doi == "10.5281/zenodo.8026174"


def test_a_dublin_core_doi_in_a_qualified_identifier_beside_the_records_own_number():
    # OJS: DC.Identifier is the record's number, DC.Identifier.DOI the DOI.
    page = _meta_page(("DC.Title", "A study of round things"), ("DC.Identifier", "1135868"),
                      ("DC.Identifier.DOI", "10.31202/ecjse.1135868"), body=_ROUND_ABSTRACT)
    assert normalise_page("https://example.org/a", page).papers[0].doi == "10.31202/ecjse.1135868"


def test_a_doi_link_on_a_seals_image_is_the_seals_not_the_pages():
    # A repository's footer links its certificate's seal (an image named so) to the seal's DOI.
    seal = ('<footer><a href="https://doi.org/10.34894/VQ1DJA"><img src="/seal.png" alt="CoreTrustSeal">'
            "</a></footer>")
    body = f"<h1>A thesis on round things</h1>{_ROUND_ABSTRACT}{seal}"
    page = f"<html><head><title>A thesis on round things</title></head><body>{body}</body></html>"
    found = normalise_page("https://example.org/a", page)
    assert found is None or not found.papers or found.papers[0].doi is None
    # A DOI icon linking to the DOI is the page's.
    icon = '<a href="https://doi.org/10.1234/round"><img src="/doi.svg" alt="DOI"></a>'
    page = page.replace(seal, icon)
    assert normalise_page("https://example.org/a", page).papers[0].doi == "10.1234/round"


def test_a_page_whose_only_scholarly_meta_is_dublin_core_or_json_ld_shows_its_doi():
    prose = "<p>" + "We looked at round things long and found them round. " * 5 + "</p>"
    body = f"<h1>A study of round things</h1>{_ROUND_ABSTRACT}{prose}<p>DOI: 10.1051/round.1955</p>"
    page = _meta_page(("DC.title", "A study of round things"), ("DC.identifier", "hal-0123"), body=body)
    assert normalise_page("https://example.org/a", page).papers[0].doi == "10.1051/round.1955"
    ld = '<script type="application/ld+json">{"@type": "ScholarlyArticle", "name": "A study of round things"}'
    page = f"<html><head>{ld}</script></head><body>{body}</body></html>"
    assert normalise_page("https://example.org/a", page).papers[0].doi == "10.1051/round.1955"
    # HighWire's set names the DOI when there is one: without it, a DOI the page shows is another's.
    page = _meta_page(("citation_title", "A study of round things"), body=body)
    assert normalise_page("https://example.org/a", page).papers[0].doi is None


# What Chrome's PDF viewer leaves a capture of a PDF tab: no paper in it, only the address.
PDF_VIEWER = "<html><body><embed type='application/pdf'></body></html>"


@pytest.mark.parametrize(("url", "doi", "is_pdf"), [
    ("https://dl.acm.org/doi/pdf/10.1145/3442188.3445922", "10.1145/3442188.3445922", True),
    ("https://link.springer.com/content/pdf/10.1007/s11263-015-0816-y.pdf",
     "10.1007/s11263-015-0816-y", True),
    ("https://www.biorxiv.org/content/10.1101/2020.03.22.002386v4.full.pdf",
     "10.1101/2020.03.22.002386", True),
    ("https://www.medrxiv.org/content/10.1101/2020.04.14.20062463v2", "10.1101/2020.04.14.20062463",
     False),
    ("https://onlinelibrary.wiley.com/doi/epdf/10.1002/adma.201500314", "10.1002/adma.201500314", True),
    ("https://www.nature.com/articles/s41586-020-2649-2.pdf", "10.1038/s41586-020-2649-2", True),
    ("https://doi.org/10.1038/nature14539", "10.1038/nature14539", False),
    ("https://www.tandfonline.com/doi/full/10.1080/14786435.2019.1598591",
     "10.1080/14786435.2019.1598591", False),
    ("https://journals.plos.org/plosone/article/file?id=10.1371/journal.pone.0081898&type=printable",
     "10.1371/journal.pone.0081898", True),
    ("https://www.frontiersin.org/articles/10.3389/fpsyg.2014.00781/pdf", "10.3389/fpsyg.2014.00781",
     True),
    ("https://papers.ssrn.com/sol3/Delivery.cfm?abstractid=1234567", "10.2139/ssrn.1234567", True),
    ("https://papers.ssrn.com/sol3/papers.cfm?abstract_id=1234567", "10.2139/ssrn.1234567", False),
])
def test_a_publishers_pdf_tab_is_captured_by_the_doi_its_address_names(url, doi, is_pdf):
    """Regression: a PDF read in the browser's viewer gave a capture no paper unless it was
    arXiv's ("no paper found on this page"); the address names the DOI."""
    found = normalise_capture(url, PDF_VIEWER, None, captured=date(2026, 12, 2))
    assert found is not None and found.kind == "scholarly"
    assert [(p.doi, p.pdf_url, p.title) for p in found.papers] == [(doi, url if is_pdf else None, None)]


@pytest.mark.parametrize("url", [
    "https://openreview.net/pdf?id=YicbFdNTTy",  # no DOI to name
    "https://example.org/files/10.1234/notes.pdf",  # a DOI-like path on no publisher's pattern
    "https://www.nature.com/subjects/physics",
])
def test_an_address_that_names_no_doi_still_gives_no_paper(url):
    assert normalise_capture(url, PDF_VIEWER, None, captured=date(2026, 12, 2)) is None


def test_a_doi_shown_in_brackets_leaves_the_closing_bracket_but_keeps_brackets_of_its_own():
    # Science Signaling (round 18), read without meta: under the citation "[DOI: 10.1126/scisignal.2004518]"
    # gave the DOI with its "]". A DOI that opens and closes brackets itself (a SICI) keeps them.
    assert normalise_doi("[DOI: 10.1126/scisignal.2004518]") == "10.1126/scisignal.2004518"
    sici = "10.1002/(SICI)1097-4636(199603)30:3<287::AID-JBM3>3.0.CO;2-M"
    assert normalise_doi(sici) == sici
    for shown, doi in [
        ("[DOI: 10.1234/round.8]", "10.1234/round.8"),
        ("(doi:10.1234/round.8).", "10.1234/round.8"),
        ("{doi:10.1234/round.8}", "10.1234/round.8"),
        ("DOI: 10.1016/0021-9991(82)90047-9", "10.1016/0021-9991(82)90047-9"),
        (f"(DOI: {sici.replace('<', '&lt;').replace('>', '&gt;')})", sici),
    ]:
        page = f"<html><body><h1>A study of round things</h1><p>{shown}</p>{_ROUND_ABSTRACT}</body></html>"
        assert normalise_page("https://example.org/saved-page", page).papers[0].doi == doi, shown


def test_without_meta_the_doi_a_pages_own_label_table_names_beside_its_title_is_its_doi():
    # SpringerLink's chapter page of 2014 (round 18), read without meta: "About this Chapter" is a <dl> of
    # "Title", …, "DOI" (<dd class="doi">10.1007/978-1-4020-8716-5_14</dd>) after the references.
    table = (
        "<dl><dt>Title</dt><dd>A study of round things</dd><dt>Authors</dt><dd>Ann Round, Bo Flat</dd>"
        '<dt>Copyright</dt><dd>2009</dd><dt>DOI</dt><dd class="doi">10.1234/round.10</dd></dl>'
    )
    cited = '<h2>References</h2><ol><li>Oval C (2001) doi:<a href="https://doi.org/10.1000/cited">x</a></li></ol>'
    page = f"<html><body>{cited}{table}</body></html>"
    paper = normalise_page("https://example.org/saved-page", page).papers[0]
    assert (paper.title, paper.authors, paper.doi) == ("A study of round things", ["Ann Round", "Bo Flat"],
                                                       "10.1234/round.10")


def test_without_meta_the_doi_a_search_forms_help_shows_as_an_example_is_not_the_pages():
    # CiteULike (round 20): the search dialog's help, first on the page, "You can also specify … a DOI
    # (doi:10.1234/12345678)" in <form action="/search/all" id="search_form">; the page's own DOI is in
    # its citation line under the byline.
    search = ('<div id="dialog" style="display:none"><form action="/search/all" id="search_form">'
              '<input type="text" name="q"><div>You can also specify <div>a DOI (<i>doi:10.1234/12345678</i>)'
              "</div></div></form></div>")
    line = '<div class="vague"><i>J. Pages</i>, Vol. 12, No. 17. (2006), pp. 1-9, doi:10.5555/round.13</div>'
    page = f"<html><body>{search}<h1>A study of round things</h1>{line}{_ROUND_ABSTRACT}</body></html>"
    assert normalise_page("https://example.org/saved-page", page).papers[0].doi == "10.5555/round.13"
    # A form that is not a search (a whole page in an ASP.NET form) still shows the page's DOI.
    page = (f'<html><body><form id="aspnetForm" action="article.aspx"><h1>A study of round things</h1>{line}'
            f"{_ROUND_ABSTRACT}</form></body></html>")
    assert normalise_page("https://example.org/saved-page", page).papers[0].doi == "10.5555/round.13"


def test_a_search_form_left_open_around_the_whole_page_does_not_hide_its_doi():
    # D-Lib Magazine (2017): <form action="/cgi-bin/search.cgi"> opens in the masthead and closes after
    # the last paragraph, so the DOI link under the title sat "in the search form", whose help text is
    # no DOI of the page.
    doi = "<p><a href='https://doi.org/10.1045/may2017-round'>https://doi.org/10.1045/may2017-round</a></p>"
    abstract = "<h3>Abstract</h3><p>We looked at round things long and found them round, as expected.</p>"
    page = (f"<html><body><form action='/cgi-bin/search.cgi'>Search: <input type='text'><h3>Round things</h3>"
            f"{doi}{abstract}</form></body></html>")
    assert normalise_page("https://example.org/r", page).papers[0].doi == "10.1045/may2017-round"
    # A search box's help text ("a DOI, doi:10.1234/12345678") is still none.
    help_text = "<form action='/search/all'>Search for a DOI (doi:10.1234/12345678)</form>"
    page = f"<html><body>{help_text}<h3>Round things</h3>{abstract}</body></html>"
    assert normalise_page("https://example.org/r", page).papers[0].doi is None


def test_a_meta_named_plainly_doi_gives_the_pages_doi():
    # D-Lib Magazine's opinion piece of June 2004 (round 37's held-out page): no citation_* or Dublin Core
    # meta, only <meta name="DOI" content="10.1045/june2004-king">, the DOI again at the page's foot.
    page = ('<html><head><title>Should publishers be included?</title><meta name="DOI" '
            'content="10.1045/june2004-king"><meta name="description" content="D-Lib Magazine"></head>'
            "<body><h3>D-Lib Magazine<br>June 2004</h3><h2>Should publishers be included?</h2>"
            "<p>Open access through author payment has clearly caught the attention of a wide audience, "
            "and it warrants careful examination and testing.</p></body></html>")
    paper = normalise_page("http://www.dlib.org/dlib/june04/king/06king.html", page).papers[0]
    assert paper.doi == "10.1045/june2004-king"


def test_a_blog_post_citing_a_paper_with_its_year_and_doi_takes_neither_as_its_own():
    # A post whose meta names no DOI or date cites another work in its text, "… Nature. 2015;521(7553):
    # 436-44. doi:10.1038/nature14539": the DOI reader took the cited DOI for the post's (the first DOI
    # shown under the heading), and the citation line's year dated the post.
    prose = ("We have been thinking about deep learning for a while now, and this post collects some of "
             "those thoughts in one place, with the papers that shaped them. ") * 2
    cited = ("LeCun Y, Bengio Y, Hinton G. Deep learning. Nature. 2015;521(7553):436-44. "
             "doi:10.1038/nature14539")
    for text in (f"<p>{cited}</p><p>{prose}</p>", f"<p>{prose}</p><p>{cited}</p>",
                 f"<p>{prose}</p><p>(LeCun et al., Nature 2015 doi:10.1038/nature14539)</p>"):
        body = f"<article><h1>Thoughts on deep learning</h1><p>Martin Fenner</p>{text}</article>"
        meta = (("citation_title", "Thoughts on deep learning"), ("citation_author", "Martin Fenner"))
        page = _meta_page(*meta, body=body)
        paper = normalise_page("https://blog.example.org/posts/thoughts", page).papers[0]
        assert (paper.doi, paper.published) == (None, None), text
        # With Open Graph meta alone, the cited DOI no longer makes the post a paper of its own.
        page = (f"<html><head><meta property='og:type' content='article'><meta property='og:title' "
                f"content='Thoughts on deep learning'></head><body>{body}</body></html>")
        found = normalise_page("https://blog.example.org/posts/thoughts", page)
        assert found is None or found.papers[0].doi is None, text
    # The post's own DOI, labelled or on its dateline, is still its own.
    link = "<a href='https://doi.org/10.5438/4k3m-nyvg'>https://doi.org/10.5438/4k3m-nyvg</a>"
    for own in ("<p>Published: 2016. doi:10.5438/4k3m-nyvg</p>", f"<p>December 20, 2016 · {link}</p>"):
        body = f"<article><h1>Thoughts on deep learning</h1><p>Martin Fenner</p>{own}<p>{prose}</p></article>"
        page = _meta_page(("citation_title", "Thoughts on deep learning"), body=body)
        paper = normalise_page("https://blog.example.org/posts/thoughts", page).papers[0]
        assert paper.doi == "10.5438/4k3m-nyvg", own


def test_a_doi_labelled_with_a_full_width_colon_or_linked_to_chinas_resolver_is_the_pages():
    # Wanfang Data's article page of 2017 (round 40's second batch): a row '<span>doi：</span>' (a
    # full-width colon) and the DOI as a link to China's resolver, dx.chinadoi.cn, with its slash escaped.
    abstract = "加强当代大学生同中国梦的紧密联系,需要一种内在的逻辑力量去弥合,使其突破表层的学理灌输。" * 2
    page = ("<html><head><title>中国梦视阈下大学生精神动力的逻辑内蕴与培育路径</title></head><body>"
            "<h1>中国梦视阈下大学生精神动力的逻辑内蕴与培育路径</h1>"
            f"<div class=abstract>{abstract}</div><div class=row><span class=pre>{{0}}</span>"
            "<span class=text><a href='{1}'>{2}</a></span></div></body></html>")
    address = "http://d.wanfangdata.com.cn/Periodical/dlgbxk201704006"
    doi = "10.3969/j.issn.1671-6183.2017.04.006"
    resolver = "http://dx.chinadoi.cn/10.3969%2fj.issn.1671-6183.2017.04.006"
    assert normalise_page(address, page.format("doi：", resolver, doi)).papers[0].doi == doi
    # Either alone shows it: the label before the bare DOI, or the resolver's link on a word.
    assert normalise_page(address, page.format("doi：", "#", doi)).papers[0].doi == doi
    assert normalise_page(address, page.format("", resolver, "DOI")).papers[0].doi == doi


def test_a_doi_a_query_names_as_a_path_ends_where_the_querys_next_parameter_starts():
    # The Cochrane Library (round 43): the canonical address is "…/content?templateType=full&urlTitle=
    # /cdsr/doi/10.1002/14651858.CD000422.pub2&doi=10.1002/…&type=cdsr&contentLanguage=", which a page
    # read without its meta had taken whole after "/doi/".
    canonical = ("https://www.cochranelibrary.com/content?templateType=full&amp;urlTitle=/cdsr/doi/"
                 "10.1002/14651858.CD000422.pub2&amp;doi=10.1002/14651858.CD000422.pub2&amp;type=cdsr")
    page = (f'<html><head><link rel="canonical" href="{canonical}"></head><body><h1>Vaccines for round '
            "things</h1><p>We looked at round things long and found them round.</p></body></html>")
    found = normalise_page("https://example.org/saved-page", page).papers[0]
    assert found.doi == "10.1002/14651858.CD000422.pub2"
    # A DOI in an address's path keeps what follows it there.
    assert doi_in_path("https://example.org/doi/10.1000/a&b/full") == "10.1000/a&b"


def test_a_pages_own_cite_this_line_in_vancouver_style_gives_its_doi():
    # A journal's article page without meta whose "Cite this article" line writes the paper's own
    # reference in the Vancouver (AMA) style: "Lee A, Stone B. <title>. Journal of Things. 2023;12(3):34-56.
    # doi:…". The rule for a blog post citing another work's year and DOI took it for another work's, and
    # the page lost its DOI.
    abstract = ("We map the sea floor of the whole bay at one metre with sonar from autonomous boats, the "
                "sharpest map yet, and show how the method scales to the open sea.")
    page = ("<html><head><title>Sparse attention twice as fast</title></head><body><h1>Sparse attention "
            "twice as fast</h1><p>Ann Lee, Bob Stone</p><p>Cite this article: Lee A, Stone B. Sparse "
            "attention twice as fast. Journal of Things. 2023;12(3):34-56. doi:10.1234/abcd.5678</p>"
            f"<h2>Abstract</h2><p>{abstract}</p><h2>Introduction</h2><p>Text.</p></body></html>")
    found = normalise_page("https://journal.example.org/article/view/123", page)
    assert found is not None and found.papers[0].doi == "10.1234/abcd.5678"


def test_a_bare_doi_after_the_pages_and_a_bar_is_the_pages():
    # Project MUSE's article summary (round 44, 2013): no meta, "Volume 134, Number 6, December 2012 /
    # pp. 1423-1472 | 10.1353/ajm.2012.0043" under the title, the DOI bare after a bar.
    title = "Disk counting on toric varieties via tropical curves"

    def doi(line: str) -> str | None:
        page = (f"<html><head><title>Project MUSE - {title}</title></head><body>"
                f'<div id="article-title">{title}</div>'
                '<div class="designation"><p><span>From: </span><a href="/journals/ajm">American Journal of '
                'Mathematics</a> <br><a href="/toc/ajm.134.6.html">Volume 134, Number 6, December 2012</a>'
                f"<br>\n   {line}\n  </p></div>"
                '<div class="abstract"><p>In this paper, we define two numbers. One is defined by counting '
                "tropical curves with a stop, and the other is the number of holomorphic disks.</p></div>"
                "</body></html>")
        return normalise_page("https://example.org/saved-page", page).papers[0].doi

    assert doi("pp. 1423-1472 | 10.1353/ajm.2012.0043") == "10.1353/ajm.2012.0043"
    # Text after the DOI makes the line something else than the page's pages and DOI.
    assert doi("pp. 1423-1472 | 10.1353/ajm.2012.0043 cited in the review below") is None


def test_a_heading_of_citing_articles_in_the_pages_navigation_does_not_end_the_article_above_its_doi():
    # ScienceDirect, 2024 (round 48's train JBC page, read with Open Graph alone): the table of contents
    # left of the article, a div[role=navigation], heads a link 'Cited by (94)' with an h2; the page's
    # text was read for its DOI only down to a heading of other papers, so the DOI link under the
    # byline, after that h2, was never reached. (No h1 here: the DOI under a heading of the title is
    # read another way, and the page's h1 held the article's section too.)
    nav = ('<div role="navigation"><div class="Outline"><h2>Outline</h2><ul><li><a href="#s1">Introduction'
           '</a></li></ul></div><div class="CitedBy"><h2>Cited by (94)</h2></div></div>')
    article = ('<article><div class="Head"><span class="title-text">A Study of Round Things</span></div>'
               '<div id="author-group"><span class="react-xocs-alternative-link">Ann Round</span></div>'
               '<a class="doi" href="https://doi.org/10.5555/round.48">https://doi.org/10.5555/round.48</a>'
               f"{_ROUND_ABSTRACT}<h2>References</h2><p>Other things. doi: 10.1000/other.1</p></article>")
    page = ('<html><head><meta property="og:title" content="A Study of Round Things"></head>'
            f"<body>{nav}{article}</body></html>")
    address = "https://www.sciencedirect.com/science/article/pii/S0000000000000048"
    assert normalise_page(address, page).papers[0].doi == "10.5555/round.48"
    # The same heading of citing articles outside the navigation still ends what is read for the DOI.
    page = page.replace('<div role="navigation">', "<div>")
    assert normalise_page(address, page).papers[0].doi is None


def test_a_doi_under_a_heading_that_holds_the_title_beside_the_articles_section_is_the_pages():
    # ScienceDirect, 2024 (round 48's train JBC page): the h1 holds the article's section ('Cell Biology', a
    # div) and then the title in span.title-text, closed by a '*' link to a footnote; the heading was no
    # heading of the meta's title, so nothing under it (a DOI the page's meta leaves out) was read as its.
    title = "A Study of Round Things"
    page = _meta_page(("citation_title", title), ("citation_author", "Round, Ann"), body=(
        '<h1><div class="article-dochead"><span>Cell Biology</span></div><span class="title-text">'
        f'{title}<a class="anchor" href="#FN1"><span>*</span></a></span></h1>'
        '<p><a href="https://doi.org/10.5555/round.48">https://doi.org/10.5555/round.48</a></p>'
        f"{_ROUND_ABSTRACT}"))
    assert normalise_page("https://example.org/a", page).papers[0].doi == "10.5555/round.48"
    # A heading whose element names another title is no heading of this one.
    other = page.replace(f'"title-text">{title}', '"title-text">Another Study Altogether')
    assert normalise_page("https://example.org/a", other).papers[0].doi is None


def test_a_sidebars_list_of_other_papers_with_their_dois_gives_the_page_none_of_them():
    # Review8's and the lead's leftover: a journal's page without a DOI of its own (no meta) beside a
    # sidebar of the most read papers, each item with its DOI, was given the first item's DOI. A DOI in
    # an item of an aside's or a sidebar's list whose items show DOIs is an entry's; a sidebar's list of
    # the page's details, the DOI one item, is still the page's.
    def item(doi: str) -> str:
        return f'<li><a href="https://doi.org/{doi}">Seagrass mapping from drones</a>. doi:{doi}</li>'

    most_read = item("10.5555/rse.2019.111234") + item("10.5555/rse.2020.000042")
    article = ('<main><h1>Reef mapping with deep learning</h1><p class="byline">Jane Smith and Bob Jones</p>'
               "<h2>Abstract</h2><p>We map coral reefs from satellite images with a convolutional network "
               "trained on diver surveys, and show that the method generalises to new sites.</p></main>")
    url = "https://journal.example.org/article/view/42"
    for sidebar in (f"<aside><h3>Most read</h3><ul>{most_read}</ul></aside>",
                    f'<div class="sidebar"><h3>Related papers</h3><ol>{most_read}</ol></div>'):
        for body in (sidebar + article, article + sidebar):
            page = f"<html><head><title>Reef mapping</title></head><body>{body}</body></html>"
            assert normalise_page(url, page).papers[0].doi is None, body
    details = '<aside><ul><li>Volume 12</li><li>DOI: 10.5555/reef.2021.7</li></ul></aside>'
    page = f"<html><head><title>Reef mapping</title></head><body>{article}{details}</body></html>"
    assert normalise_page(url, page).papers[0].doi == "10.5555/reef.2021.7"


def test_a_doi_link_under_its_label_in_an_identifiers_block_is_the_pages_own():
    # Geodiversitas (round 56): citation_* meta with no citation_doi, and in the "Article's identifiers"
    # block <p><strong>DOI</strong> (Digital Object Identifier)<br><a href="https://doi.org/10.5252/…">;
    # a page with citation_* meta is not searched for a DOI its text shows.
    assert _paper("mnhn_geodiversitas_34_2_253.json").doi == "10.5252/g2012n2a1"
    head = ('<meta name="citation_title" content="On round things">'
            '<meta name="citation_author" content="Ada Lovelace">')
    block = ('<p><strong>{}</strong> (Digital Object Identifier)<br>'
             '<a href="https://doi.org/10.1234/round.5">https://doi.org/10.1234/round.5</a></p>')
    page = (f"<html><head>{head}</head><body><h1>On round things</h1>{_ROUND_ABSTRACT}"
            f"{block.format('DOI')}</body></html>")
    assert normalise_page("https://example.org/round", page).papers[0].doi == "10.1234/round.5"
    # A labelled DOI in the references is a cited work's.
    page = (f"<html><head>{head}</head><body><h1>On round things</h1><h2>References</h2>"
            f"{block.format('DOI')}</body></html>")
    assert normalise_page("https://example.org/round", page).papers[0].doi is None


def test_doi_links_under_their_labels_in_a_list_of_other_papers_are_not_the_pages_own():
    # Round 56 took the first doi.org link under a "DOI" label anywhere above the references, so a journal
    # page whose citation_* meta name no DOI, its title in an h2, gave the DOI of the first entry of its
    # "More from this issue" block, each entry a title link, "DOI:" and a doi.org link. A page that labels
    # several DOIs so lists other papers.
    head = ('<meta name="citation_title" content="On round things">'
            '<meta name="citation_author" content="Lovelace, Ada">')
    entry = ('<div class="item"><a href="/a/{0}">{1} things</a> <strong>DOI:</strong> '
             '<a href="https://doi.org/10.1234/{0}">https://doi.org/10.1234/{0}</a></div>')
    page = (f"<html><head>{head}</head><body><h2 class='title'>On round things</h2><p>Ada Lovelace</p>"
            f"{_ROUND_ABSTRACT}<div class='more'><h3>More from this issue</h3>{entry.format('79', 'Square')}"
            f"{entry.format('80', 'Flat')}</div></body></html>")
    assert normalise_page("https://example.org/round", page).papers[0].doi is None


def test_a_read_only_text_box_shows_its_citations_doi_and_a_form_field_does_not():
    # PLOS Currents (round 56's held-out page, 2011, no meta at all): the DOI is only in the citation under
    # "Citation", in <textarea class="entry-summary" readonly>, whose text was taken for a form field's.
    assert _paper("plos_currents_RRN1212.json").doi == "10.1371/currents.RRN1212"
    cite = "Lovelace A. On round things. Round Letters. 2011 Feb 4. doi: 10.1234/round.5."
    for box, doi in ((f'<textarea class="entry-summary" readonly="">{cite}</textarea>', "10.1234/round.5"),
                     (f'<form action="/search"><textarea name="q">{cite}</textarea></form>', None)):
        page = (f"<html><head><title>On round things</title></head><body><h1>On round things</h1>"
                f"<p>Ada Lovelace</p><p>February 4, 2011</p>{box}{_ROUND_ABSTRACT}</body></html>")
        result = normalise_page("https://example.org/round", page)
        assert (result.papers[0].doi if result else None) == doi


def test_a_read_only_text_box_citing_another_work_or_hidden_gives_no_doi():
    # Round 56 took any read-only text box's text as shown, so a journal page whose meta names no DOI and
    # that offers "Cite the data set" in one (the data set's Zenodo DOI) gave the data set's DOI as the
    # paper's; a hidden one (an error report's box) too. The page's own citation names its heading.
    meta = (("citation_title", "On round things"), ("citation_author", "Lovelace, Ada"),
            ("citation_journal_title", "Journal of Round Studies"))
    for box in ('<aside><h3>Cite the data set</h3><textarea readonly>Lovelace, A. (2020). Round things data. '
                "Zenodo. https://doi.org/10.5281/zenodo.123456</textarea></aside>",
                '<textarea hidden readonly>Lovelace A. On round things. doi: 10.1234/round.5</textarea>'):
        body = f"<h1>On round things</h1><p>Ada Lovelace</p>{_ROUND_ABSTRACT}{box}"
        assert normalise_page("https://example.org/round", _meta_page(*meta, body=body)).papers[0].doi is None


def test_a_doi_far_down_a_page_whose_text_is_set_in_divisions_is_not_the_one_under_its_heading():
    # doi_under_heading read down from the heading to the first paragraph of prose: a page that sets its
    # text in divisions has none, and the whole page was read, down to a data set's DOI in a box at its
    # foot (left by stop 45). The DOI under a heading stands between it and the text: before another
    # heading, within the first lines.
    meta = ('<meta name="citation_title" content="Seeing in the dark">'
            '<meta name="citation_author" content="Ann Lee">')
    text = "".join(f"<div>Robots struggle in low light; part {part} of the text tells how a small network "
                   "lets them find their way.</div>" for part in range(4))
    for foot in ("<div class='data'>Data: DOI: <a href='https://doi.org/10.5061/dryad.abc123'>"
                 "10.5061/dryad.abc123</a></div>",
                 "<h3>Data</h3><div>DOI: <a href='https://doi.org/10.5061/dryad.abc123'>10.5061/dryad.abc123"
                 "</a></div>"):
        page = (f"<html><head>{meta}</head><body><h1>Seeing in the dark</h1><div>Ann Lee</div>{text}{foot}"
                "</body></html>")
        paper = normalise_page("https://proceedings.example.org/paper/12", page).papers[0]
        assert paper.title == "Seeing in the dark" and paper.doi is None, foot
    # The DOI right under the heading is still the page's.
    page = (f"<html><head>{meta}</head><body><h1>Seeing in the dark</h1><div>Ann Lee</div><div>DOI: <a href="
            f"'https://doi.org/10.1234/sitd.12'>10.1234/sitd.12</a></div>{text}</body></html>")
    assert normalise_page("https://proceedings.example.org/paper/12", page).papers[0].doi == "10.1234/sitd.12"


def test_a_news_storys_journal_reference_box_is_not_the_doi_under_its_heading():
    # A science news site's story (ScienceDaily's layout) sets its text in divisions, not paragraphs, and
    # the paper it reports on in a "Journal Reference" box below: doi_under_heading read the whole page
    # down from the headline for the first paragraph of prose, took the paper's DOI for the story's, and
    # the story became a record of the paper that a capture would write over it (left by stop 45). The
    # DOI under a heading stands between it and the text: before another heading, in the first lines.
    story = ("<div id='story_text'><div id='first'>Researchers have taught robots to find their way in "
             "near darkness with a small network trained on simulated images, a study out this week reports."
             "</div><div>\"It works better than we hoped,\" said Ann Lee, who led the work.<br>The team now "
             "plans to try it on drones, which fly in the dark far more often than one would think, and in "
             "mines.</div></div>")
    box = ("<div id='journal_references'><h3>Journal Reference:</h3><ol><li>Ann Lee, Bo Chan. <b>Seeing in "
           "the dark</b>. <i>Nature Robotics</i>, 2023; 5 (2): 101 DOI: <a href='https://doi.org/10.1038/"
           "s42256-023-00001-1'>10.1038/s42256-023-00001-1</a></li></ol></div>")
    page = ("<html><head><title>Robots learn to see in the dark -- ScienceDaily</title><meta name="
            "'description' content='Researchers have taught robots to see in the dark.'></head><body>"
            "<h1 id='headline'>Robots learn to see in the dark</h1><div id='date_posted'>May 2, 2023</div>"
            f"<div id='source'>University of Somewhere</div>{story}{box}</body></html>")
    read = normalise_page("https://www.sciencedaily.com/releases/2023/05/230502101010.htm", page)
    assert read is None or all(paper.doi is None for paper in read.papers)
    # Without the heading, a box that long down the page is past the story's first lines all the same.
    read = normalise_page("https://www.sciencedaily.com/releases/2023/05/230502101010.htm",
                          page.replace("<h3>Journal Reference:</h3>", "<div>Journal Reference:</div>"))
    assert read is None or all(paper.doi is None for paper in read.papers)


def test_the_doi_of_the_book_a_journals_review_is_titled_by_is_not_the_reviews():
    # A journal's book review is titled by the book it reviews and cites it under its heading, with the
    # book's DOI ("Bo Chan, <i>The Book of Round Things</i>. Cambridge: Example University Press, 2020.
    # 320 pp. DOI: 10.1017/…"); its meta names the review's journal and no DOI. The DOI under the heading,
    # in a citation that names the page's title, was taken for the review's own (left by stop 45), and a
    # capture would file the review under the book. A book's page count or ISBN says the citation is a
    # book's, which an article in a journal is not.
    meta = "".join(f'<meta name="{name}" content="{value}">' for name, value in (
        ("citation_title", "The Book of Round Things"), ("citation_author", "Ann Lee"),
        ("citation_journal_title", "Journal of Curves"), ("citation_publication_date", "2021/04/02")))
    for details in ("320 pp.", "ISBN 978-1-108-00000-0."):
        page = (f"<html><head><title>The Book of Round Things | Journal of Curves</title>{meta}</head><body>"
                "<h1>The Book of Round Things</h1><p class='byline'>Ann Lee</p>"
                "<div class='reviewed-item'><p>Bo Chan, <i>The Book of Round Things</i>. Cambridge: Example "
                f"University Press, 2020. {details} DOI: <a href='https://doi.org/10.1017/9781108000000'>"
                "10.1017/9781108000000</a></p></div><p>This book sets out to explain why so many things "
                "are round. It succeeds for the most part, and the chapters on wheels are a delight to read, "
                "though the last part on planets is thin.</p></body></html>")
        paper = normalise_page("https://curves.example.org/article/view/55", page).papers[0]
        assert paper.title == "The Book of Round Things" and paper.doi is None, details
    # An article's own citation may count its pages too: its DOI is still the page's.
    page = (f"<html><head>{meta}</head><body><h1>The Book of Round Things</h1><p>Ann Lee, <i>The Book "
            "of Round Things</i>. Journal of Curves 26 (2021), paper no. 12, 33 pp. DOI: <a href='https://"
            "doi.org/10.1214/21-JC12'>10.1214/21-JC12</a></p></body></html>")
    paper = normalise_page("https://curves.example.org/article/view/55", page).papers[0]
    assert paper.doi == "10.1214/21-JC12"

@pytest.mark.parametrize("heading", ["Originalpublikation", "Original publication"])
def test_a_doi_under_the_heading_of_the_original_publication_is_the_reported_papers(heading):
    # A research institute's news item (Eawag, round 79) ends with the paper it reports under
    # "Originalpublikation" (original publication): the paper's citation and its doi.org address, shown
    # as the link's text. The item has no DOI of its own; the paper's is not the item's (the page here
    # names its writer and day in a JSON-LD article, which makes it a record).
    page = ('<html><head><title>News - Round Institute</title><meta property="og:title" content="Round '
            'things '
            'roll further"><meta property="og:type" content="article"><script type="application/ld+json">'
            '{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Round things roll '
            'further", '
            '"author": {"@type": "Person", "name": "Ada Lovelace"}, "datePublished": "2022-01-12"}</script>'
            '</head><body><h1>'
            'Round things roll '
            'further</h1><div class="teaser-text"><p>A team has found out why round things roll further than '
            'square ones.</p></div><div class="news-text-wrap"><p>Things that are round roll. That is known, '
            'but how far they roll has been unclear until now, when a study measured it on a long slope.</p>'
            f'</div><h4>{heading}</h4><p>Lee A., Chan B. (2022): Rolling of round things, Proc. Round Soc., '
            '119, e2115629119.</p><p><a href="https://doi.org/10.1073/pnas.2115629119">'
            'https://doi.org/10.1073/pnas.2115629119</a></p></body></html>')
    paper = normalise_page("https://www.round.example.org/de/news/round-things/", page).papers[0]
    assert paper.title == "Round things roll further" and paper.doi is None


def test_a_doi_the_texts_prose_links_on_the_journals_name_is_the_reported_papers_wherever_it_is_shown():
    # EurekAlert!'s news release (round 95) reports a paper: its prose links the paper's DOI on the journal's
    # name ("as reported in the journal <a href='https://doi.org/…'><em>Small</em></a>"), and its box under
    # the text labels the same DOI ('Journal' 'Small', 'DOI' '10.1002/…'). The release has no DOI of its
    # own; the labelled copy was taken for the page's, and the page read as the paper's.
    prose = ("Now, as reported in the journal <a href='https://doi.org/10.1002/smll.202001600'><em>Small</em>"
             "</a>, a research team led by scientists at the Round Laboratory have gained important new "
             "insight into what might be happening at the nanoscale to hold round films back from their "
             "potential.")
    box = ("<div class='article_info'><h4>Journal</h4><p>Small</p><h4>DOI</h4><p><a href='http://dx.doi.org/"
           "10.1002/smll.202001600'>10.1002/smll.202001600</a></p></div>")
    page = ('<html><head><meta property="og:title" content="A closer look at round fuels"></head><body>'
            '<header><div class="release_date">News Release <time>6-Aug-2020</time></div>'
            f"<h1>A closer look at round fuels</h1></header><p>{prose}</p>{box}</body></html>")
    read = normalise_page("https://news.example.org/news-releases/771663", page)
    assert read is None or all(paper.doi is None for paper in read.papers)
    # The DOI a page shows as its own, with no sentence of its prose linking it, is still the page's.
    own = ("<p>Round films hold solar fuels back; this paper measures how, over a long series of runs in a "
           "small round cell, and what might be done about it at the nanoscale in future work.</p>")
    page = ('<html><head><meta property="og:title" content="A closer look at round fuels"></head><body>'
            f"<h1>A closer look at round fuels</h1><h2>Abstract</h2>{own}{box}</body></html>")
    assert normalise_page("https://journal.example.org/article/771663", page).papers[0].doi == (
        "10.1002/smll.202001600")


def test_the_dois_prose_links_on_words_are_read_in_linear_time():
    # _reported_in_prose asks each element above a doi.org link whether it is a paragraph of prose: a page of
    # many such links nested deep in one paragraph asks each element once, not once a link.
    from helpers import assert_linear_time
    from papershelf.normalise.html_meta import parse_page
    from papershelf.normalise.shown_dois import _reported_in_prose

    def reading(count):
        links = "".join(f"<span><a href='https://doi.org/10.1234/r{i}'>a work</a> and " for i in range(count))
        page = parse_page(f"<html><body><p>{'Round words of prose. ' * 20}{links}{'</span>' * count}</p>"
                          "</body></html>")
        return lambda: _reported_in_prose(page)

    assert len(assert_linear_time(reading, 3000)) == 3000


def test_a_sources_reference_whose_journal_is_in_italics_before_the_year_and_doi_is_a_cited_works():
    # MedPage Today (round 104's held-out page, 2013): the story's sources under the text, 'Source reference:'
    # and a link holding 'Matt G, et al "Thirdhand smoke and exposure in California hotels: …" <em>Tob Control
    # </em>2013; DOI: 10.1136/tobaccocontrol-2012-050824.', the reported paper's DOI, was read as the story's:
    # the text node before the DOI holds the year alone, the authors and title in the nodes before it.
    prose = ("<p>" + "Travelers who want to avoid round tobacco pollutants may want smoke-free hotels. " * 3
             + "</p>")
    page = ("<html><head><title>Smoke-Free Round Rooms Aren't, Study Finds</title></head><body>"
            "<h1>Smoke-Free Round Rooms Aren't, Study Finds</h1><div class='byline'>By Ann Lee</div>"
            f"{prose}<div class='sources'><p><b>Primary source: </b>Round Control<br>Source reference:<br>"
            '<a href="http://journal.example.org/content/early/2013/04/26/x">Matt G, et al "Thirdhand smoke '
            'and exposure in round hotels" <em>Tob Control </em>2013; DOI: '
            '10.1136/tobaccocontrol-2012-050824.</a>'
            "</p></div></body></html>")
    papers = normalise_page("https://example.org/saved-page", page)
    assert papers is None or not papers.papers or papers.papers[0].doi is None


# Aktion Hummelschutz (round 127's train article, 2017, WordPress with Yoast): no byline, itemprop meta
# datePublished and author 'Cornel' (his given name), the text's sections under h2s, then an h2 'Literatur'
# over the papers it cites, the first 'Current Biology doi:10.1016/j.cub.2011.03.059', the footer's copyright
# holder a schema.org Person 'Cornel van Bebber'. The literature list's first DOI was read as the article's
# own, and the site's tagline 'Aktion Hummelschutz' as its writer.
_CITING_ARTICLE = ('<html><head><title>Round bees under lindens | Round Bees</title>'
                   '<meta property="og:title" content="Round bees under lindens | Round Bees">'
                   '<meta property="og:type" content="article"><meta property="og:site_name" content="Round '
                   'Bees"><script type="application/ld+json">{"@context": "https://schema.org", "@graph": '
                   '[{"@type": "WebSite", "name": "Round Bees"}, {"@type": "WebPage", "name": "Round bees '
                   'under lindens | Round Bees", "datePublished": "2017-08-09T08:59:19+00:00"}]}'
                   '</script>'
                   '</head><body><article itemscope '
                   'itemtype="https://schema.org/Article"><meta itemprop="headline" content="Round bees '
                   'under lindens"><meta itemprop="datePublished" '
                   'content="2017-08-09T10:59:19+02:00"><meta itemprop="author" content="{given}">'
                   '<h1 class="entry-title">Round bees under lindens</h1><div class="entry-content"><p>'
                   + "Why do so many round bees lie under the lindens in summer? The trees give too little "
                     "nectar late in their bloom, and the bees starve. " * 2
                   + '</p><h2>{heading}</h2><ul><li>Klahre U et al., 2011. Pollinator choice. <a href="http://'
                     'example.org/cb">Current Biology</a>doi:10.1016/j.cub.2011.03.059</li><li>Koch H, 2017. '
                     'Do linden trees kill bees? <a href="http://dx.doi.org/10.1098/rsbl.2017.0484">http://dx.doi.'
                     'org/10.1098/rsbl.2017.0484</a></li></ul></div></article><div class="site-info">&copy; '
                     '2020 <span itemprop="copyrightHolder"><span itemscope itemtype="https://schema.org/Person">'
                     '<span itemprop="name"><span itemprop="givenname">Cornel</span> <span '
                     'itemprop="familyname">van Round</span></span></span></span></div></body></html>')


@pytest.mark.parametrize("heading", ["Literatur", "Quellen", "Références", "Bibliography",
                                     "Literaturverzeichnis"])
def test_a_doi_under_a_references_heading_in_any_of_the_corpus_languages_is_a_cited_works(heading):
    page = _CITING_ARTICLE.replace("{heading}", heading).replace("{given}", "Cornel")
    paper = normalise_page("https://round-bees.example.org/biologie/lindens/", page).papers[0]
    assert (paper.title, paper.published, paper.doi) == ("Round bees under lindens", "2017-08-09", None)
    # The same DOI under a heading of the text's own section is still the page's.
    page = _CITING_ARTICLE.replace("{heading}", "Nektar giftig?").replace("{given}", "Cornel")
    assert normalise_page("https://round-bees.example.org/biologie/lindens/", page).papers[0].doi == \
        "10.1016/j.cub.2011.03.059"


def test_an_author_meta_of_a_given_name_alone_is_the_schema_org_person_the_page_marks_up_whole():
    page = _CITING_ARTICLE.replace("{heading}", "Literatur").replace("{given}", "Cornel")
    paper = normalise_page("https://round-bees.example.org/biologie/lindens/", page).papers[0]
    assert paper.authors == ["Cornel van Round"]
    # A given name no Person of the page opens with names nobody.
    page = _CITING_ARTICLE.replace("{heading}", "Literatur").replace("{given}", "Anna")
    assert normalise_page("https://round-bees.example.org/biologie/lindens/", page).papers[0].authors is None


def test_the_schema_org_people_a_given_name_is_sought_among_are_read_in_linear_time():
    from helpers import assert_linear_time
    from papershelf.normalise.given_name_authors import given_name_in_full
    from papershelf.normalise.html_meta import parse_page

    def reading(size):  # people with long names: a few read, each no further than a name's length
        person = ('<span itemscope itemtype="https://schema.org/Person"><span itemprop="name">'
                  + "<b>Round</b> " * size + "</span></span>")
        page = parse_page(_CITING_ARTICLE.replace("{heading}", "Literatur").replace("{given}", "Cornel")
                          .replace('<div class="site-info">', '<div class="site-info">' + person * 30, 1))
        return lambda: given_name_in_full(page)

    assert_linear_time(reading, 2000)


@pytest.mark.parametrize("heading", [
    # Hugo PaperMod's hidden anchor after the words (Fuwei's Tech Notes, round 209), Sphinx's headerlink.
    'References<a hidden class=anchor aria-hidden=true href=#references>#</a>',
    'Bibliography <a class="headerlink" href="#bibliography" title="Link to this heading">¶</a>',
])
def test_a_references_heading_closed_by_its_permalink_mark_still_heads_the_cited_works(heading):
    page = _CITING_ARTICLE.replace("{heading}", heading).replace("{given}", "Cornel")
    paper = normalise_page("https://round-bees.example.org/biologie/lindens/", page).papers[0]
    assert (paper.title, paper.published, paper.doi, paper.arxiv_id) == (
        "Round bees under lindens", "2017-08-09", None, None)
    # A mark of the heading's own words is no permalink's: 'C#' heads no references.
    page = _CITING_ARTICLE.replace("{heading}", "Notes in C#").replace("{given}", "Cornel")
    assert normalise_page("https://round-bees.example.org/biologie/lindens/", page).papers[0].doi == \
        "10.1016/j.cub.2011.03.059"


def _pending90_side_box_page(boxes: list[tuple[str, str, str]]) -> str:
    # The STAR Lab's page of the Bedford lab layout (round 235, stop 77): no meta, the title and authors line
    # in the title box, the side box's links each under a div.smallhead label box of its own, an Abstract
    # heading.
    return ('<!DOCTYPE html><html><head><title>A Method for Reading Scenes from a Few Photographs'
            '</title></head><body><div class="container"><div class="titlebox"><div class="head">A Method '
            'for Reading Scenes from a Few Photographs</div><div class="smallhead">Jane Smith, K. Roe, '
            'Wei Chen'
            '<p style="font-weight: bold;"> Autonomous Agents and Multi-Agent Systems (JAAMAS), 2020.</p>'
            '</div></div><div class="row"><div class="col-md-3"><div class="glyphbox">'
            + "".join(f'<div class="smallhead">\n{label}\n</div><div class="pad-left note"><div '
                      f'class="smallspacer"></div><a class="off" href="{href}">{words}</a></div>'
                      for label, href, words in boxes)
            + '</div></div><div class="col-md-9"><h2 id="abstract">Abstract</h2><p>We present a method that '
            'reads a scene from a few photographs and renders it from any viewpoint, faster than the methods '
            'before it and with fewer artefacts at the edges.</p></div></div></div></body></html>')


def test_pending90_a_side_box_label_boxes_paper_and_arxiv_links_give_its_doi_and_arxiv_id():
    page = _pending90_side_box_page([
        ("PDF", "https://link.springer.com/article/10.1007/s10458-020-09461-y", " Smith et al. JAAMAS 2020."),
        ("arXiv", "https://arxiv.org/abs/1903.05149", "1903.05149"),
        ("GitHub", "http://github.com/example/method", "example/method")])
    paper = normalise_page("http://localhost:4000/papers/smith-method/", page).papers[0]
    assert (paper.doi, paper.arxiv_id) == ("10.1007/s10458-020-09461-y", "1903.05149")


def test_pending90_a_side_box_link_to_another_paper_is_not_taken():
    # Boxes labelled for other works ('Cited by', 'Related'): not the paper's DOI or preprint.
    page = _pending90_side_box_page([
        ("Cited by", "https://link.springer.com/article/10.1007/s10458-021-09500-1", "Roe et al. 2021."),
        ("Related", "https://arxiv.org/abs/2001.01234", "2001.01234")])
    paper = normalise_page("http://localhost:4000/papers/smith-method/", page).papers[0]
    assert (paper.doi, paper.arxiv_id) == (None, None)


_PENDING92_POST_URL = "https://ann.example.io/blog/2025/cellular/"


def _pending92_cited_post(post_meta: str, doi_field: str = "doi.org/10.1145/3712255.373431") -> str:
    # Gabriel Béna's al-folio Distill post (round 239, pending92): it presents its writers' GECCO paper,
    # its appendix's 'BibTeX Citation' of 'this work' the paper's entry, its doi field a resolver's address.
    entry = ("@article{lee2025cells,\n  title = {A Path to Universal Cellular Automata},\n  author = {Lee, "
             "Ann and Chan, Bo},\n  journal = {Genetic and Evolutionary Computation Conference},\n  year = "
             f"{{2025}},\n  doi = {{{doi_field}}}\n}}")
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>A Path to Universal Cellular Automata'
            f'</title><meta name="author" content="Ann Lee">{post_meta}</head><body><article><h1>A Path to '
            'Universal Cellular Automata</h1><p>Ann Lee, Bo Chan</p><p>We show how neural cellular automata '
            "learn to compute with continuous states, and build a compiler for them.</p>"
            "<h2>Method</h2><p>The "
            "automaton's rules are learned by gradient descent over tasks of matrix arithmetic.</p>"
            "<h3>Citation</h3><p>For attribution in academic contexts, please cite this work as</p>"
            f"<h3>BibTeX Citation</h3><pre><code>{entry}</code></pre></article></body></html>")


_PENDING92_POST_META = ('<meta property="og:type" content="article"><meta property="article:published_time" '
                        'content="2025-05-12T00:00:00+00:00">')


def test_pending92_a_posts_citation_appendix_doi_is_the_papers_not_the_posts():
    found = normalise_page(_PENDING92_POST_URL, _pending92_cited_post(_PENDING92_POST_META))
    assert found is not None and found.papers
    assert found.papers[0].doi is None


def test_pending92_a_paper_pages_own_bibtex_doi_is_still_read():
    # The guard: the same page saying nothing of a post (no og:type article, no published time) is the
    # paper's page, its own entry's DOI its DOI.
    found = normalise_page(_PENDING92_POST_URL, _pending92_cited_post("", "10.1145/3712255.3734310"))
    assert found is not None and found.papers[0].doi == "10.1145/3712255.3734310"


_ROUND250_CHAPTER_PAPER_URL = "https://ann-round.github.io/publication/siamese-round/"


def _round250_chapter_paper_page(button: str, address: str) -> str:
    # Abhishek Das's Wowchemy 5.0.0-beta.1 page (round 250): a proceedings paper published as a book's
    # chapter, its header buttons 'Cite' and 'Chapter' to SpringerLink's /chapter/<DOI>, its labelled rows.
    return ('<!DOCTYPE html><html lang="en-us"><head><meta charset="utf-8">'
            '<meta name="generator" content="Wowchemy 5.0.0-beta.1 for Hugo">'
            '<title>Siamese Round LSTM for Grading | Ann Round</title>'
            '<meta property="article:published_time" content="2019-01-01T00:00:00+00:00">'
            '<meta property="article:modified_time" content="2019-11-17T00:00:00+00:00"></head><body>'
            '<div class="pub"><div class="article-container pt-3"><h1>Siamese Round LSTM for Grading</h1>'
            '<div class="article-metadata"><div><span>Ann Round</span>, <span>Bo Chan</span></div>'
            '<span class="article-date">November 2019</span></div><div class="btn-links mb-3">'
            '<button type="button" class="btn btn-outline-primary my-1 mr-1 js-cite-modal" '
            'data-filename="/publication/siamese-round/cite.bib">Cite</button>'
            f'<a class="btn btn-outline-primary my-1 mr-1" href="{address}" target="_blank">'
            f'\n    {button}\n  </a>'
            '</div></div><div class="article-container"><h3>Abstract</h3><p class="pub-abstract">We grade '
            'answers by the semantic similarity a Siamese LSTM finds between a student\'s answer and the '
            'model answer.</p><div class="row"><div class="col-12 col-md-3 pub-row-heading">Type</div>'
            '<div class="col-12 col-md-9"><a href="/publication/#1">Conference paper</a></div></div>'
            '<div class="row"><div class="col-12 col-md-3 pub-row-heading">Publication</div>'
            '<div class="col-12 col-md-9">In Proceedings of the Round Conference</div></div></div></div>'
            '</body></html>')


def test_round250_a_chapter_button_of_an_academic_paper_page_names_the_chapters_doi():
    page = _round250_chapter_paper_page("Chapter", "https://link.springer.com/chapter/10.1007/978-981-15-1002-1_60")
    assert normalise_page(_ROUND250_CHAPTER_PAPER_URL, page).papers[0].doi == "10.1007/978-981-15-1002-1_60"


@pytest.mark.parametrize("button", ["Book", "Chapter slides", "Dataset"])
def test_round250_a_button_naming_another_work_than_the_chapter_names_no_doi(button):
    # The guard: the whole book's button, slides of the chapter or a data set are other works.
    page = _round250_chapter_paper_page(button, "https://link.springer.com/chapter/10.1007/978-981-15-1002-1_60")
    assert normalise_page(_ROUND250_CHAPTER_PAPER_URL, page).papers[0].doi is None


# Round 260: the venue line a paper's page sets as a subheading under its title (venue_subheadings.py).
_ROUND260_VENUE_URL = "https://example.github.io/publications/rods/"


def _round260_venue_page(line: str) -> str:
    return (
        "<!doctype html><html lang=en><head><title>Elastic Rods Under Tension | Ann Writer</title>"
        "<meta property='og:title' content='Elastic Rods Under Tension'>"
        "<meta property='og:type' content='article'></head><body><div class=publication-info>"
        f"<h1>Elastic Rods Under Tension</h1>{line}"
        "<div class='authors header-font'><div class=author-info><span class=author-name>Ann Writer*</span>"
        "<div class=author-affiliation>EPFL</div></div>"
        "<div class=author-info><span class=author-name>Bo Other</span>"
        "<div class=author-affiliation>EPFL</div></div></div><p>*equal contribution</p>"
        "<a href=https://example.org/rods/>Project Website</a></div></body></html>"
    )


def test_round260_the_venue_subheading_under_the_title_links_the_papers_doi():
    page = _round260_venue_page(
        "<h5><a href=https://dl.acm.org/doi/10.1145/3687967></a>ACM Transactions on Graphics (SIGGRAPH Asia),"
        " 2024</a></h5>")
    assert normalise_page(_ROUND260_VENUE_URL, page).papers[0].doi == "10.1145/3687967"


@pytest.mark.parametrize("line", [
    # A day line under the title, a subtitle closing with no year, a paragraph (no subheading) between.
    "<h5><a href=https://dl.acm.org/doi/10.1145/3687967>June 3, 2024</a></h5>",
    "<h5><a href=https://dl.acm.org/doi/10.1145/3687967>A study of rods in tension</a></h5>",
    "<p>Preview</p>"
    "<h5><a href=https://dl.acm.org/doi/10.1145/3687967></a>ACM Transactions on Graphics, 2024</h5>",
])
def test_round260_a_line_under_the_title_that_is_no_venue_subheading_names_no_doi(line):
    assert normalise_page(_ROUND260_VENUE_URL, _round260_venue_page(line)).papers[0].doi is None
