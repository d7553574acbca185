"""Venues: the journal, proceedings or book a page states its paper appeared in.

Recorded pages (tests/fixtures/pages/) with the venue read off each page beside them; the
sidecars do not hold venues, so the pages are named here.
"""

from __future__ import annotations

import pytest

from normalise_pages_helpers import _meta_page, _paper
from papershelf.normalise.pages import normalise_page
from papershelf.normalise.venues import venue_name


@pytest.mark.parametrize(("name", "venue"), [
    ("nature_ncomms11770.json", "Nature Communications"),  # citation_journal_title
    ("neurips_1988_006f52e9.json", "Advances in Neural Information Processing Systems"),
    ("springer_chapter_978-1-4020-8716-5_14.json", "Mechanosensitivity of the Nervous System"),  # a book
    ("agu_2004GB002273.json", "Global Biogeochemical Cycles"),
    ("rjournal_rj-2010-018.json", "The R Journal"),
])
def test_a_recorded_page_states_its_venue(name, venue):
    assert _paper(name).venue == venue


def _venue(html: str) -> str | None:
    found = normalise_page("https://example.org/article/1", html)
    assert found is not None and found.papers
    return found.papers[0].venue


def test_the_journal_comes_before_a_conference_and_a_book():
    page = _meta_page(("citation_title", "A Study"), ("citation_author", "Ann Smith"),
                      ("citation_conference_title", "Proceedings of a Meeting"),
                      ("citation_journal_title", "Journal of Studies"))
    assert _venue(page) == "Journal of Studies"


def test_a_proceedings_paper_names_its_conference():
    page = _meta_page(("citation_title", "A Study"), ("citation_author", "Ann Smith"),
                      ("citation_conference_title", "Proceedings of a  Meeting\n 2024"))
    assert _venue(page) == "Proceedings of a Meeting 2024"


def test_json_ld_names_the_periodical_above_its_issue_and_volume():
    page = """<html><head><script type="application/ld+json">{"@type": "ScholarlyArticle",
      "headline": "A Study", "author": [{"@type": "Person", "name": "Ann Smith"}],
      "isPartOf": {"@type": "PublicationIssue", "issueNumber": "4", "isPartOf": {
        "@type": "PublicationVolume", "volumeNumber": "7", "name": "Volume 7", "isPartOf": {
          "@type": ["Periodical"], "name": "Journal of Studies"}}}}</script></head>
      <body><h1>A Study</h1></body></html>"""
    assert _venue(page) == "Journal of Studies"


def test_a_volume_alone_is_no_venue():
    page = """<html><head><script type="application/ld+json">{"@type": "ScholarlyArticle",
      "headline": "A Study", "author": [{"@type": "Person", "name": "Ann Smith"}],
      "isPartOf": {"@type": "PublicationVolume", "name": "Volume 7"}}</script></head>
      <body><h1>A Study</h1></body></html>"""
    assert _venue(page) is None


def test_a_venue_in_the_body_alone_is_not_read():
    # A body's venue line may be a cited paper's: only what the publisher states counts.
    page = _meta_page(("citation_title", "A Study"), ("citation_author", "Ann Smith"),
                      body="<h1>A Study</h1><p><i>Journal of Studies</i> 7(4), 2024</p>")
    assert _venue(page) is None


@pytest.mark.parametrize(("value", "venue"), [
    ("  Nature\n Communications ", "Nature Communications"),
    ("arXiv preprint arXiv:1706.03762", None),  # Google Scholar's "journal" of a preprint
    ("arXiv:1706.03762", None),
    ("ArXiv preprint", None),
    ("IEEE TRANSACTIONS ON PATTERN ANALYSIS AND MACHINE INTELLIGENCE",
     "IEEE TRANSACTIONS ON PATTERN ANALYSIS AND MACHINE INTELLIGENCE"),  # title case would say "Ieee"
    ("x" * 501, None),
    ("", None),
    (None, None),
])
def test_venue_name(value, venue):
    assert venue_name(value) == venue
