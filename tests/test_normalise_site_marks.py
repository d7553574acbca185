"""The publisher rows' marks (normalise/sites.py): how a page read without its address is known as a
publisher's. Their selectors are asked of every capture, so how often the page is walked for them matters."""

from __future__ import annotations

import pytest

from papershelf.normalise import body
from papershelf.normalise.html_meta import parse_page, selector_subjects
from papershelf.normalise.pages import normalise_page

SAVED = "https://example.org/saved-page"


@pytest.mark.parametrize(("selector", "subjects"), [
    ("d-title", ["d-title"]),
    ("#abs div.dateline", ["div.dateline"]),
    ("div#title + div#author", ["div#author"]),
    ("div.layout_full p.caption + div.vol", ["div.vol"]),
    ('meta[name="a b"] ~ meta[name="DC.Date.issued"]', ['meta[name="DC.Date.issued"]']),
    ("header > a.title, h1 span , h2", ["a.title", "span", "h2"]),
    (_JSTOR := "script:lexbor-contains('\"pageProduct\" : \"jstor\"')", [_JSTOR]),
])
def test_a_selectors_subjects_are_the_compounds_its_alternatives_end_in(selector, subjects):
    assert selector_subjects(selector) == subjects


def test_a_page_no_marks_subject_matches_is_walked_once_for_the_marks_not_once_a_mark(monkeypatch):
    # Fifty marks, each a walk of the whole page, were ~5 ms of every capture of a page that matches
    # none of them (most pages); their subjects are now looked for together, once.
    asked = []
    real = body.select_first
    monkeypatch.setattr(body, "select_first",
                        lambda root, selector: asked.append(selector) or real(root, selector))
    page = ("<html><head><title>Sparse things</title></head><body><h1>Sparse things</h1>"
            "<p>Ada Lovelace</p><p>We study sparse things at length in this paper of ours.</p></body></html>")
    normalise_page(SAVED, page)
    marks = {mark for site in body.SITES for mark in site.marks}
    assert len(marks) > 40 and not marks & set(asked)


@pytest.mark.parametrize(("page", "row"), [
    ('<div id="author-group"><a>Tao Xu</a></div>', "ScienceDirect"),  # a subject with no tag
    ('<div id="abs"><div class="dateline">[Submitted on 1 May 2020]</div></div>',
     "arXiv (saved abstract page)"),
    ('<div id="title">T</div> <div id="author">A</div>', "OJS 2"),  # a sibling combinator
])
def test_a_page_read_without_its_address_is_known_by_a_rows_mark(page, row):
    rows = [site.name for site in body.site_rows(SAVED, parse_page(f"<html><body>{page}</body></html>"))]
    assert row in rows


def test_a_mark_whose_subject_is_found_without_the_rest_of_it_names_no_row():
    page = parse_page('<html><body><div class="dateline">[Submitted on 1 May 2020]</div></body></html>')
    assert body.site_rows(SAVED, page) == []
