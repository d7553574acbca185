"""TeX math in titles and abstracts is shown as the text it prints, and stored as written.
Titles from the sample dumps and arXiv listings; a real library file, real Datasette in process."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser as HTMLParser

from helpers import datasette_get as get
from helpers import insert_papers, started_datasette
from papershelf.publish.math_text import math_as_text
from papershelf.store.db import open_writer

# tests/fixtures/dumps/001_6f96a1003d4bdb3d.txt line 59
SE_N = "Fast, Expressive SE$(n)$ Equivariant Networks through Weight-Sharing in Position-Orientation Space"


@pytest.mark.parametrize(("written", "shown"), [
    (SE_N, "Fast, Expressive SE(n) Equivariant Networks through Weight-Sharing in "
           "Position-Orientation Space"),
    ("CT-$Δ$Bench: A Benchmark for Longitudinal 3D Medical Imaging", "CT-ΔBench: A Benchmark for "
                                                                      "Longitudinal 3D Medical Imaging"),
    ("the large $N$ limit of certain conformal field theories", "the large N limit of certain "
                                                                "conformal field theories"),
    ("in $\\mathcal{O}(n^2)$ time", "in 𝒪(n²) time"),
    ("an $\\ell_1$-norm penalty", "an ℓ₁-norm penalty"),
    ("a learning rate of $10^{-3}$", "a learning rate of 10⁻³"),
    ("$\\mathbf{W}^\\top x$", "𝐖ᵀ x"),
    ("$\\mathrm{Ti_3C_2}$ MXene", "Ti₃C₂ MXene"),
    ("$\\alpha$-divergences and $\\beta$-VAEs", "α-divergences and β-VAEs"),
    ("$\\times$2 faster, $\\sim$50\\% less memory", "×2 faster, ∼50% less memory"),
    ("$$\\sum_i x_i$$ and \\(x_{ij}\\)", "∑ᵢ xᵢ and xᵢⱼ"),
    ("R\\&D at 90\\%", "R&D at 90%"),
])
def test_tex_math_is_shown_as_the_text_it_prints(written, shown):
    assert math_as_text(written) == shown


@pytest.mark.parametrize("written", [
    "costs $5 and $10 a month",  # money, not math: a space inside each dollar
    "between $20,000 and $30,000",
    "$5$10",  # a digit after the closing dollar: money
    "a lone $ sign",
    "Attention Is All You Need",
])
def test_dollars_that_are_no_math_are_left_as_written(written):
    assert math_as_text(written) == written


def test_tex_it_cannot_read_is_shown_as_written_not_as_a_format_string(caplog):
    # pylatexenc prints "%s/%s" for a \frac missing its argument, and logs a warning.
    assert math_as_text("broken $\\frac{1$ x") == "broken $\\frac{1$ x"
    assert not [record for record in caplog.records if record.name.startswith("pylatexenc")]


@pytest.fixture
def datasette(tmp_path):
    path = tmp_path / "library.db"
    db = open_writer(path, create=True)
    insert_papers(db, [{"id": "0123456789abcdef", "title": SE_N,
                        "abstract": "Convolutions in $\\mathcal{O}(n^2)$ time save 90\\% of the memory."}])
    db.close()
    return started_datasette(path)


def test_the_papers_page_heading_and_abstract_show_the_math_printed(datasette):
    page = HTMLParser(get(datasette, "/library/papers/0123456789abcdef").text)
    assert page.css_first("h1").text() == math_as_text(SE_N)
    assert page.css_first("title").text().startswith("Fast, Expressive SE(n) Equivariant")
    abstract = page.css_first(".papershelf-abstract p").text()
    assert abstract == "Convolutions in 𝒪(n²) time save 90% of the memory."


def test_the_table_and_the_overview_show_the_math_printed_and_the_data_keeps_it(datasette):
    table = HTMLParser(get(datasette, "/library/papers").text)
    assert table.css_first("td.col-title a").text() == math_as_text(SE_N)
    assert "𝒪(n²)" in table.css_first("td.col-abstract").text()
    overview = HTMLParser(get(datasette, "/").text)
    assert math_as_text(SE_N) in [link.text() for link in overview.css("a.papershelf-title")]
    data = get(datasette, "/library/papers.json?_shape=objects").json()
    assert data["rows"][0]["title"] == SE_N  # as stored: a BibTeX export wants the TeX


def test_the_search_feed_gives_titles_and_abstracts_with_the_math_printed(datasette):
    feed = get(datasette, "/library/search_feed.atom?q=equivariant").text
    assert "<title>Fast, Expressive SE(n) Equivariant Networks" in feed
    assert "𝒪(n²)" in feed and "SE$(n)$" not in feed


def test_papershelf_similar_prints_a_titles_math_as_the_pages_show_it(tmp_path):
    from click.testing import CliRunner

    from papershelf.cli import cli

    path, bib = tmp_path / "library.db", tmp_path / "papers.bib"
    entries = [(SE_N, "Equivariant networks share weights over positions and orientations of point "
                      "clouds and molecules."),
               ("Equivariant Networks for Molecules", "Equivariant networks share weights over the "
                                                      "orientations of molecules and point clouds.")]
    entries += [(f"Unrelated study of {topic}", f"A survey of {topic} in the wild.")
                for topic in ("coral reefs", "medieval trade", "soil bacteria", "jazz harmony")]
    bib.write_text("".join(f"@article{{p{n},\n  title = {{{title}}},\n  abstract = {{{abstract}}},\n"
                           f"  year = {{2024}}\n}}\n" for n, (title, abstract) in enumerate(entries)))
    runner = CliRunner()
    assert runner.invoke(cli, ["--db", str(path), "import", str(bib)]).exit_code == 0
    assert runner.invoke(cli, ["--db", str(path), "recommend"]).exit_code == 0  # analyses the library
    db = open_writer(path)
    (molecules,) = db.execute("SELECT id FROM papers WHERE title = ?", [entries[1][0]]).fetchone()
    db.close()
    result = runner.invoke(cli, ["--db", str(path), "similar", molecules])
    assert result.exit_code == 0, result.output
    assert "Fast, Expressive SE(n) Equivariant Networks" in result.output
    assert "SE$(n)$" not in result.output
