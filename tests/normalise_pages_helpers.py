"""Helpers shared by tests/test_normalise_pages_*.py: the page corpus and small page builders."""

from __future__ import annotations

import json
from pathlib import Path

from papershelf.normalise.page_bytes import page_text
from papershelf.normalise.pages import normalise_page
from papershelf.records import Paper

PAGES = Path(__file__).parent / "fixtures" / "pages"


def _url(sidecar: dict) -> str:
    # "https://huggingface.co/papers (og:url; …)" -> the URL alone
    return sidecar["source"]["original_url"].split()[0]


def _normalise(name: str):
    sidecar = json.loads((PAGES / name).read_text())
    html_text = page_text((PAGES / sidecar["file"]).read_bytes())
    return sidecar, normalise_page(_url(sidecar), html_text)


def _paper(name: str) -> Paper:
    _, found = _normalise(name)
    assert found is not None, name
    return found.papers[0]


def _meta_page(*pairs: tuple[str, str], body: str = "") -> str:
    metas = "".join(f'<meta name="{name}" content="{value}">' for name, value in pairs)
    return f"<html><head>{metas}</head><body>{body}</body></html>"


_LATEXML = """<html><head><title>A Title</title></head><body><div class="ltx_page_main">
<div id="infobox"><div id="watermark-tr">arXiv:2401.00001v3 [cs.LG] 05 Jan 2024</div></div>
<article class="ltx_document ltx_authors_1line">
<h1 class="ltx_title ltx_title_document">A Study of
<span class="ltx_text ltx_font_italic">Things</span><span class="ltx_note ltx_role_thanks">
<sup class="ltx_note_mark">1</sup><span class="ltx_note_outer">Funded.</span></span></h1>
<div class="ltx_authors">
<span class="ltx_creator ltx_role_author"><span class="ltx_personname">
Ada Lovelace<sup class="ltx_sup">1</sup><br class="ltx_break">Analytical Engine Society
<br class="ltx_break">ada@example.org</span></span>
<span class="ltx_author_before">, </span><span class="ltx_creator ltx_role_author">
<span class="ltx_personname">Alan Turing</span><span class="ltx_author_notes">Thanks: Bletchley.</span></span>
</div>
<div class="ltx_abstract"><h6 class="ltx_title ltx_title_abstract">Abstract</h6>
<p class="ltx_p">We compute <math alttext="x"><mi>x</mi></math> quickly.</p></div>
</article></div></body></html>"""


_ROUND_ABSTRACT = '<div class="abstract"><p>We looked at round things long and found them round.</p></div>'


def _byline_authors(byline: str) -> list[str] | None:
    """The authors of a page without meta: a heading, this byline, an abstract."""
    page = f"<html><body><h1>A study of round things</h1>{byline}{_ROUND_ABSTRACT}</body></html>"
    return normalise_page("https://example.org/saved-page", page).papers[0].authors


def quarto_paper_page_with_its_entry(line: str, entry_authors: str, entry_title: str, date_field: str) -> str:
    # The Carter Lab's Quarto page of one paper (round 245): h1.title, the author meta and the title block's
    # author line written 'Family Initials.', an APA line of the year alone, and a BibTeX block of the entry,
    # its date field further on than a citation's day is read.
    return ('<!DOCTYPE html><html><head><meta name="generator" content="quarto-1.5.57">'
            f'<meta name="author" content="{line}">'
            '<title>Practice schedules and motor learning – a lab</title>'
            '</head><body><header id="title-block-header" class="quarto-title-block default">'
            '<div class="quarto-title"><h1 class="title">Practice schedules and motor learning</h1></div>'
            '<div class="quarto-title-meta"><div><div class="quarto-title-meta-heading">Author</div>'
            f'<div class="quarto-title-meta-contents"><p>{line} </p></div></div></div></header>'
            '<section id="citation" class="level2"><h2>Citation</h2><blockquote class="blockquote"><p>'
            'Rossi, P. G., &amp; Novak, L. (2019). Practice schedules and motor learning. <em>Journal of '
            'Motor Studies</em>, 12(3), 1–10.</p></blockquote>'
            '<section id="bibtex" class="level3"><h3>Bibtex</h3><pre>@article{,\n'
            f'  title = {{{entry_title}}},\n  author = {{{entry_authors}}},\n'
            '  journaltitle = {Journal of Motor Studies},\n  shortjournal = {J. Mot. Stud.},\n'
            '  volume = {12},\n  number = {3},\n  pages = {1--10},\n  issn = {1234-5678},\n'
            '  doi = {10.5555/jms.2019.0123},\n  url = {https://doi.org/10.5555/jms.2019.0123},\n'
            f'  {date_field},\n  urldate = {{2023-07-13}}\n}}\n</pre></section>'
            '</section><section id="abstract" class="level2"><h2>Abstract</h2><p>Learners who chose when '
            'to see their results learned the skill no better than those who were shown them on a schedule '
            'set by others, over two days of practice and tests.</p></section></body></html>')
