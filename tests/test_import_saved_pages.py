"""`papershelf import` of what is not an export: a web page saved from the browser is read by the
page normalisers at the address it names; a PDF, a Markdown file or notes are refused whole, where
they once became a "paper" for every pair of their lines."""

import json
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser

from papershelf.normalise.dumps import unlike_listing
from papershelf.normalise.formats.common import NotTheFormat
from papershelf.normalise.formats.saved_page import parse_saved_page, saved_page_address

PAGES = Path(__file__).parent / "fixtures" / "pages"
DUMPS = Path(__file__).parent / "fixtures" / "dumps"
# Saved by a browser: `<!-- saved from url=(0045)http://www.biomedcentral.com/1471-2164/13/425 -->`.
BMC = PAGES / "bmc_1471-2164-13-425.html"
ARXIV = PAGES / "arxiv_abs_0902.0064.html"


def papershelf(*args):
    return subprocess.run([sys.executable, "-m", "papershelf", *map(str, args)],
                          capture_output=True, text=True, timeout=120)


def rows(db: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchall()


def expected(page: Path) -> dict:
    return json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))["expected"]


def test_a_saved_page_imports_as_its_paper_at_the_address_it_was_saved_from(tmp_path):
    db = tmp_path / "library.db"
    result = papershelf("import", "--db", db, BMC, ARXIV)
    assert result.returncode == 0, result.stderr
    assert "2 files, 2 records read, 2 papers new" in result.stdout
    stored = {doi: (title, url) for title, doi, url in rows(db, "SELECT title, doi, url FROM papers")}
    bmc = expected(BMC)
    assert stored[bmc["doi"]] == (bmc["title"], "http://www.biomedcentral.com/1471-2164/13/425")
    arxiv_ids = rows(db, "SELECT arxiv_id FROM papers WHERE arxiv_id IS NOT NULL")
    assert arxiv_ids == [(expected(ARXIV)["arxiv_id"],)]
    assert rows(db, "SELECT kind, raw_type FROM captures") == [("saved-page", "text/html")] * 2


def test_a_saved_page_imported_again_is_already_imported_and_read_again_by_renormalise(tmp_path):
    db = tmp_path / "library.db"
    papershelf("import", "--db", db, BMC)
    again = papershelf("import", "--db", db, BMC)
    assert "1 file already imported" in again.stdout
    renormalised = papershelf("renormalise", "--db", db)
    assert renormalised.returncode == 0, renormalised.stderr
    assert "1 capture read again, 1 paper in them, 0 papers updated, 0 papers new" in renormalised.stdout


def test_a_dry_run_of_a_saved_page_says_what_it_would_add_and_writes_nothing(tmp_path):
    db = tmp_path / "library.db"
    papershelf("import", "--db", db, DUMPS / "000_286d48ef37147b1c.txt")
    result = papershelf("import", "--dry-run", "--db", db, BMC)
    assert f"{BMC}:1: new: {expected(BMC)['title'][:40]}" in result.stdout
    assert rows(db, "SELECT count(*) FROM captures WHERE kind = 'saved-page'") == [(0,)]


def test_a_saved_page_with_no_paper_is_refused_and_nothing_is_stored(tmp_path):
    db = tmp_path / "library.db"
    shop = tmp_path / "shop.html"
    shop.write_text('<!DOCTYPE html><html><head><title>Garden chairs</title>'
                    '<link rel="canonical" href="https://shop.example/chairs"></head>'
                    "<body><h1>Garden chairs</h1><p>Two for one.</p></body></html>")
    result = papershelf("import", "--db", db, shop)
    assert result.returncode == 1
    refused = result.stderr.splitlines()[-1]
    assert refused.startswith(f"papershelf: {shop}: a web page (saved from https://shop.example/chairs) "
                              "on which no paper was found")
    assert "papershelf add" in refused and "Traceback" not in result.stderr
    assert rows(db, "SELECT count(*) FROM papers") == [(0,)]


def test_a_saved_page_is_read_in_the_charset_it_declares(tmp_path):
    db = tmp_path / "library.db"
    page = tmp_path / "latin1.html"
    page.write_bytes('<html><head><meta charset="iso-8859-1">'
                     '<meta name="citation_title" content="Ét des modèles réduits">'
                     '<meta name="citation_doi" content="10.1234/reduits">'
                     '<meta name="citation_author" content="Hélène Dürr"></head><body></body></html>'
                     .encode("latin-1"))
    result = papershelf("import", "--db", db, page)
    assert result.returncode == 0, result.stderr
    assert rows(db, "SELECT title, authors FROM papers") == [("Ét des modèles réduits", '["Hélène Dürr"]')]


def test_a_page_showing_its_own_bibtex_is_read_as_a_page_not_as_bibtex(tmp_path):
    db = tmp_path / "library.db"
    page = tmp_path / "article.html"
    page.write_text('<!DOCTYPE html><html><head><meta name="citation_title" content="Graph sparsifiers">'
                    '<meta name="citation_doi" content="10.1234/graphs"></head><body>\n'
                    "<pre>\n@article{sparse2020,\n  title = {Cite me},\n  year = {2020}\n}\n</pre>\n"
                    "</body></html>")
    result = papershelf("import", "--db", db, page)
    assert result.returncode == 0, result.stderr
    assert rows(db, "SELECT title, doi FROM papers") == [("Graph sparsifiers", "10.1234/graphs")]


def test_a_pdf_is_refused_with_what_to_do_instead(tmp_path):
    db = tmp_path / "library.db"
    pdf = tmp_path / "paper.pdf"
    pdf.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")
    result = papershelf("import", "--db", db, pdf)
    assert result.returncode == 1
    assert result.stderr.splitlines()[-1] == (
        f"papershelf: {pdf}: a PDF, and papershelf reads no PDFs: add its paper by its DOI or arXiv id "
        "(papershelf add 10.1038/nature14539), or capture the page you found it on in the browser; "
        "nothing from it was stored")


def test_a_markdown_file_is_refused_not_stored_as_a_paper_per_pair_of_lines(tmp_path):
    # Regression: the project's README imported as 267 "papers", a table of fixtures as 11.
    db = tmp_path / "library.db"
    readme = Path(__file__).parents[1] / "README.md"
    result = papershelf("import", "--db", db, readme, PAGES.parent / "imports" / "SOURCE.md")
    assert result.returncode == 1
    refused = [line for line in result.stderr.splitlines() if "not a file papershelf reads" in line]
    assert len(refused) == 2 and "a Markdown table's rule or code fence" in refused[0]
    assert "2 files refused" in result.stdout
    assert rows(db, "SELECT count(*) FROM papers") == [(0,)]


def test_notes_of_a_few_words_a_line_are_refused_naming_the_first_such_line(tmp_path):
    db = tmp_path / "library.db"
    notes = tmp_path / "notes.txt"
    notes.write_text("Reading group\n" + "We met to talk about the papers of the month, " * 6 + "\n"
                     "Next time\nbring the slides\nAsk Ana\nabout the benchmark\nRoom\n3.14\n")
    result = papershelf("import", "--db", db, notes)
    assert result.returncode == 1
    assert ("not a file papershelf reads: line 3 is 'Next time', whose next line, as most of the "
            "file's, is a few words") in result.stderr
    assert rows(db, "SELECT count(*) FROM papers") == [(0,)]


@pytest.mark.parametrize("dump", sorted(DUMPS.glob("*.txt")), ids=lambda path: path.name)
def test_every_real_listing_reads_as_a_listing(dump):
    lines = dump.read_text(encoding="utf-8").splitlines()
    assert unlike_listing(lines, date(2025, 11, 22)) is None


@pytest.mark.parametrize(("html", "address"), [
    ('<!DOCTYPE html>\n<!-- saved from url=(0026)https://journal.example/a1 -->\n<html><head>'
     '<link rel="canonical" href="https://journal.example/canonical"></head></html>',
     "https://journal.example/a1"),
    ('<!DOCTYPE html> <html><!--\n Page saved with SingleFile \n url: https://blog.example/post?id=3 \n'
     ' saved date: Tue Dec 01 2026 --><head></head></html>', "https://blog.example/post?id=3"),
    ('<html><head><link rel="canonical" href="/relative"><meta property="og:url" '
     'content="https://news.example/story"></head></html>', "https://news.example/story"),
    ('<html><head><link rel="canonical" href="/relative"></head><body><!-- url: https://x.example/ -->'
     "</body></html>", None),
])
def test_a_saved_page_names_the_address_it_came_from(html, address):
    assert saved_page_address(LexborHTMLParser(html)) == address


def test_a_saved_pages_relative_link_is_no_paper_address():
    page = ('<html><head><meta name="citation_title" content="Local results">'
            '<meta name="citation_doi" content="10.1234/local"><link rel="canonical" href="/a/local">'
            "</head></html>")
    [record] = parse_saved_page(page)
    assert (record.paper.doi, record.paper.url, record.line) == ("10.1234/local", None, 1)


def test_a_saved_page_without_a_paper_is_not_the_format():
    with pytest.raises(NotTheFormat, match="which names no address of its own"):
        list(parse_saved_page("<html><body><p>hello</p></body></html>"))


def test_an_mhtml_file_without_a_page_is_not_the_format():
    mhtml = ("From: <Saved by Blink>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n"
             '\tboundary="b"\r\n\r\n--b\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n'
             "\r\niVBORw0KGgo=\r\n--b--\r\n")
    with pytest.raises(NotTheFormat, match="an MHTML file that holds no HTML page"):
        list(parse_saved_page(mhtml))
