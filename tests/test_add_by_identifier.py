"""`papershelf add`: papers by arXiv id or DOI, their records asked of arXiv's export API and of
doi.org (third parties, so their answers are recorded ones served by pytest-httpx:
tests/fixtures/imports/SOURCE.md), then merged into the library as an import's are."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from click.testing import CliRunner

from helpers import FIXTURES, standin_arxiv, standin_pubmed
from papershelf.cli import cli
from papershelf.paper_names import Identifier, read_identifier
from papershelf.records import Paper, Rank
from papershelf.store.captures import read_raw
from papershelf.store.db import open_writer
from papershelf.store.papers import save_paper
from papershelf.store.tx import write

IMPORTS = FIXTURES / "imports"
ARXIV_ANSWER = IMPORTS / "arxiv-api-all-science.atom"  # arXiv's answer of 2019-08-10, ten papers
ARXIV_IDS = ["1501.05039", "1503.01162", "quant-ph/0210005", "0808.0631", "0808.0638", "0808.0639",
             "0705.1367", "1802.03292", "physics/0507092", "1312.7288"]
CSL = "application/vnd.citationstyles.csl+json"


def arxiv_url(ids: list[str]) -> str:
    return f"https://export.arxiv.org/api/query?id_list={','.join(ids)}&max_results={len(ids)}"


def add(db_path: Path, *identifiers: str) -> object:
    return CliRunner().invoke(cli, ["add", "--db", str(db_path), *identifiers])


def rows(db_path: Path, sql: str, params=()) -> list:
    db = open_writer(db_path)
    try:
        return db.execute(sql, params).fetchall()
    finally:
        db.close()


@pytest.mark.parametrize(("typed", "expected"), [
    ("1706.03762", Identifier("arxiv", "1706.03762", "1706.03762")),
    ("arXiv:1706.03762v7", Identifier("arxiv", "1706.03762", "arXiv:1706.03762v7")),
    ("hep-th/9711200", Identifier("arxiv", "hep-th/9711200", "hep-th/9711200")),
    (" https://arxiv.org/pdf/1706.03762v2 ", Identifier("arxiv", "1706.03762", "https://arxiv.org/pdf/1706.03762v2")),
    ("https://huggingface.co/papers/2501.00001", Identifier("arxiv", "2501.00001",
                                                            "https://huggingface.co/papers/2501.00001")),
    ("10.48550/arXiv.1706.03762", Identifier("arxiv", "1706.03762", "10.48550/arXiv.1706.03762")),
    ("10.1038/nature14539", Identifier("doi", "10.1038/nature14539", "10.1038/nature14539")),
    ("doi:10.1038/nature14539", Identifier("doi", "10.1038/nature14539", "doi:10.1038/nature14539")),
    ("https://doi.org/10.1038/nature14539", Identifier("doi", "10.1038/nature14539",
                                                       "https://doi.org/10.1038/nature14539")),
    ("PMID: 16403221", Identifier("pmid", "16403221", "PMID: 16403221")),
    ("16403221", Identifier("pmid", "16403221", "16403221")),
    ("https://pubmed.ncbi.nlm.nih.gov/16403221/", Identifier("pmid", "16403221",
                                                             "https://pubmed.ncbi.nlm.nih.gov/16403221/")),
    ("https://example.org/16403221/", None),
    ("pmid:0", None),
    ("attention is all you need", None),
    ("", None),
    ("10.", None),
])
def test_an_identifier_is_read_in_every_form_a_reader_pastes_it(typed, expected):
    assert read_identifier(typed) == expected


def test_arxiv_ids_are_asked_in_one_question_and_a_doi_of_doi_org_and_both_are_stored(httpx_mock, tmp_path):
    db_path = tmp_path / "library.db"
    httpx_mock.add_response(url=arxiv_url(ARXIV_IDS), content=ARXIV_ANSWER.read_bytes())
    csl = (IMPORTS / "crossref-csl-es991246a.json").read_bytes()
    httpx_mock.add_response(url="https://doi.org/10.1021/es991246a", match_headers={"Accept": CSL},
                            content=csl)

    result = add(db_path, *ARXIV_IDS[:2], f"arXiv:{ARXIV_IDS[2]}v1", *ARXIV_IDS[3:],
                 "https://doi.org/10.1021/es991246a")

    assert result.exit_code == 0, result.output
    assert len(httpx_mock.get_requests()) == 2
    assert result.output.splitlines()[-1] == (
        "11 asked: 11 new, 0 updated, 0 already in the library as they are, 0 not added")
    assert "Conceptual Modeling of the Humic Colloid-Borne Americium(III) Migration" in result.output
    garik = rows(db_path, "SELECT title, authors, published, doi, arxiv_version, primary_category, url "
                          "FROM papers WHERE arxiv_id = '1503.01162'")[0]
    assert garik[0].startswith("Report on a Boston University Conference December 7-8, 2012 on 'How Can the")
    assert json.loads(garik[1]) == ["Peter Garik", "Yann Benétreau-Dupin"]
    assert garik[2:] == ("2015-03-03", "10.1007/s11191-014-9716-8", 1, "physics.ed-ph",
                         "https://arxiv.org/abs/1503.01162")
    humic = rows(db_path, "SELECT authors, published, venue FROM papers WHERE doi = '10.1021/es991246a'")[0]
    assert json.loads(humic[0]) == ["Wolfram Schuessler", "Robert Artinger", "Bernhard Kienzler",
                                    "Jae-Il Kim"]
    assert humic[1:] == ("2000-06", "Environmental Science & Technology")
    # Each answer is a capture of its own, kept as it came.
    captures = dict(rows(db_path, "SELECT kind, id FROM captures"))
    assert set(captures) == {"arxiv-atom", "csl-json"}
    db = open_writer(db_path)
    try:
        assert read_raw(db, captures["csl-json"]) == csl
    finally:
        db.close()
    # Read again with today's normalisers, as every capture can be: the same papers.
    papers = "SELECT id, title, authors, published, doi, arxiv_id FROM papers ORDER BY id"
    before = rows(db_path, papers)
    assert CliRunner().invoke(cli, ["renormalise", "--db", str(db_path)]).exit_code == 0
    assert rows(db_path, papers) == before


def test_a_paper_already_in_the_library_is_merged_into_and_asking_again_adds_nothing(httpx_mock, tmp_path):
    db_path = tmp_path / "library.db"
    db = open_writer(db_path, create=True)
    with write(db) as tx:  # a Hugging Face listing named it, with its title only
        save_paper(tx, Paper(title="The Science of al-Biruni", arxiv_id="1312.7288"), rank=Rank.TEXT,
                   hlc=tx.now())
    db.close()
    httpx_mock.add_response(url=arxiv_url(ARXIV_IDS), content=ARXIV_ANSWER.read_bytes(), is_reusable=True)

    first = add(db_path, *ARXIV_IDS[:-1], "https://arxiv.org/abs/1312.7288")
    again = add(db_path, *ARXIV_IDS[:-1], "1312.7288v1")

    assert first.exit_code == 0 and again.exit_code == 0
    assert first.output.splitlines()[-1] == (
        "10 asked: 9 new, 1 updated, 0 already in the library as they are, 0 not added")
    assert again.output.splitlines()[-1] == (
        "10 asked: 0 new, 0 updated, 10 already in the library as they are, 0 not added")
    biruni = rows(db_path, "SELECT count(*), doi, authors FROM papers WHERE arxiv_id = '1312.7288'")[0]
    assert biruni == (1, "10.18483/ijSci.364", '["Amelia Carolina Sparavigna"]')


def test_each_identifier_that_gives_no_paper_is_one_line_and_the_others_are_added(httpx_mock, tmp_path):
    db_path = tmp_path / "library.db"
    httpx_mock.add_exception(httpx.ConnectError("no route to host"), url=arxiv_url(["1706.03762"]))
    httpx_mock.add_response(url="https://doi.org/10.1234/nowhere", status_code=404)
    httpx_mock.add_response(url="https://doi.org/10.5555/busy", status_code=503)
    # An agency without CSL-JSON for its DOIs sends the landing page instead.
    httpx_mock.add_response(url="https://doi.org/10.5555/landing", html="<html><body>Landing</body></html>")
    httpx_mock.add_response(url="https://doi.org/10.3390/app7080755",
                            content=(IMPORTS / "crossref-csl-app7080755.json").read_bytes())

    result = add(db_path, "attention", "1706.03762", "10.1234/nowhere", "10.5555/busy", "10.5555/landing",
                 "doi:10.3390/app7080755")

    assert result.exit_code == 1
    assert "Traceback" not in result.output
    lines = result.output.splitlines()
    assert "attention: not an arXiv id, PubMed id or DOI (give 1706.03762, PMID:16403221, " \
           "10.1038/nature14539 or an address); not added" in lines
    assert "1706.03762: export.arxiv.org does not answer (ConnectError): are you online?; not added" in lines
    assert "10.1234/nowhere: doi.org does not know 10.1234/nowhere; not added" in lines
    assert "10.5555/busy: doi.org answered 503: try again later; not added" in lines
    assert ("10.5555/landing: doi.org answered DOI 10.5555/landing with no CSL-JSON (its agency may not "
            "offer it); not added") in lines
    assert lines[-1] == "6 asked: 1 new, 0 updated, 0 already in the library as they are, 5 not added"
    assert rows(db_path, "SELECT doi FROM papers") == [("10.3390/app7080755",)]


def test_an_answer_without_the_paper_asked_or_with_others_or_no_feed_at_all_adds_nothing(httpx_mock,
                                                                                          tmp_path):
    db_path = tmp_path / "library.db"
    answer = ARXIV_ANSWER.read_text()
    # The recorded answer's head with its entries taken out: a feed that holds no paper.
    empty = answer[:answer.index("<entry>")] + "</feed>\n"
    httpx_mock.add_response(url=arxiv_url(["2401.99999"]), text=empty)
    httpx_mock.add_response(url=arxiv_url(["1501.05039"]), content=ARXIV_ANSWER.read_bytes())
    httpx_mock.add_response(url=arxiv_url(["2402.00001"]), html="<html><body>Rate limited</body></html>")

    missing = add(db_path, "2401.99999")
    others = add(db_path, "1501.05039")
    not_atom = add(db_path, "2402.00001")

    assert "2401.99999: arXiv has no paper 2401.99999; not added" in missing.output
    # Ten papers where one was asked: none is added behind the reader's back.
    assert ("1501.05039: arXiv answered with papers not asked for (0705.1367, 0808.0631, 0808.0638…); "
            "not added") in others.output
    assert "2402.00001: arXiv's answer was not its Atom feed (not an Atom feed); not added" in not_atom.output
    assert missing.exit_code == others.exit_code == not_atom.exit_code == 1
    assert rows(db_path, "SELECT count(*) FROM papers") == [(0,)]


def test_pubmed_ids_are_asked_of_ncbi_in_one_question_as_medline_text(httpx_mock, tmp_path):
    db_path = tmp_path / "library.db"
    asked = ["16403221", "16377612", "14871861", "14630660"]  # the four records of efetch's answer
    httpx_mock.add_response(
        url="https://eutils.ncbi.nlm.nih.gov/entrez/eutils/efetch.fcgi?db=pubmed&id=" + ",".join(asked)
        + "&rettype=medline&retmode=text",
        content=(IMPORTS / "biopython-pubmed_result2.txt").read_bytes())
    httpx_mock.add_response(
        url="https://eutils.ncbi.nlm.nih.gov/entrez/eutils/efetch.fcgi?db=pubmed&id=99999999"
        "&rettype=medline&retmode=text", text="\n")

    result = add(db_path, "PMID: 16403221", *asked[1:3], "https://pubmed.ncbi.nlm.nih.gov/14630660/")
    unknown = add(db_path, "pmid:99999999")

    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[-1] == (
        "4 asked: 4 new, 0 updated, 0 already in the library as they are, 0 not added")
    assert rows(db_path, "SELECT kind FROM captures") == [("medline",)]
    assert unknown.exit_code == 1
    assert "pmid:99999999: PubMed has no paper 99999999; not added" in unknown.output


def test_dry_run_says_what_each_paper_would_do_and_creates_no_library(httpx_mock, tmp_path):
    db_path = tmp_path / "library.db"
    httpx_mock.add_response(url="https://doi.org/10.1021/es991246a",
                            content=(IMPORTS / "crossref-csl-es991246a.json").read_bytes())

    result = CliRunner().invoke(cli, ["add", "--dry-run", "--db", str(db_path), "10.1021/es991246a"])

    assert result.exit_code == 0, result.output
    assert ("https://doi.org/10.1021/es991246a:1: new: Conceptual Modeling of the Humic Colloid-Borne "
            "Americium(III)") in result.output
    assert result.output.splitlines()[-1].startswith("dry run, nothing was written: 1 asked: 1 new")
    assert not db_path.exists()


def test_a_saved_arxiv_api_answer_imports_as_a_file_of_its_own_format(tmp_path):
    db_path = tmp_path / "library.db"

    result = CliRunner().invoke(cli, ["import", "--db", str(db_path), str(ARXIV_ANSWER)])

    assert result.exit_code == 0, result.output
    assert "10 records read, 10 papers new" in result.output
    assert rows(db_path, "SELECT kind FROM captures") == [("arxiv-atom",)]
    assert rows(db_path, "SELECT arxiv_id FROM papers WHERE title = 'Science,technology and society'") == [
        ("physics/0507092",)]


def test_add_asks_the_registries_at_the_addresses_it_is_given(tmp_path):
    # A proxy or a mirror standing in for arXiv and NCBI: papershelf add --arxiv-api/--pubmed-api.
    db_path = tmp_path / "library.db"
    with standin_arxiv() as (arxiv_api, arxiv_asked, _), standin_pubmed() as (pubmed_api, pubmed_asked, _):
        result = CliRunner().invoke(cli, ["add", "--db", str(db_path), "--arxiv-api", arxiv_api,
                                          "--pubmed-api", pubmed_api, "1312.7288", "PMID:16403221"])

    assert result.exit_code == 0, result.output
    assert "The Science of al-Biruni" in result.output
    assert "A high level interface to SCOP and ASTRAL implemented in python." in result.output
    assert [parse_qs(urlsplit(path).query)["id_list"] for path in arxiv_asked] == [["1312.7288"]]
    assert [parse_qs(urlsplit(path).query)["id"] for path in pubmed_asked] == [["16403221"]]
    assert sorted(rows(db_path, "SELECT kind FROM captures")) == [("arxiv-atom",), ("medline",)]


def test_add_reads_identifiers_one_a_line_from_standard_input(tmp_path):
    # A list kept in a file: `papershelf add - < list.txt`, as the extension splits a selection.
    db_path = tmp_path / "library.db"
    with standin_arxiv() as (arxiv_api, _, _), standin_pubmed() as (pubmed_api, _, _):
        result = CliRunner().invoke(cli, ["add", "--db", str(db_path), "--arxiv-api", arxiv_api,
                                          "--pubmed-api", pubmed_api, "-"],
                                    input="1312.7288\n\nPMID: 16403221; attention\n")

    assert result.exit_code == 1, result.output
    assert "The Science of al-Biruni" in result.output
    assert "A high level interface to SCOP and ASTRAL implemented in python." in result.output
    assert "attention: not an arXiv id, PubMed id or DOI" in result.output
    assert "3 asked: 2 new, 0 updated, 0 already in the library as they are, 1 not added" in result.output


def test_add_with_nothing_on_standard_input_says_so_and_writes_nothing(tmp_path):
    db_path = tmp_path / "library.db"
    result = CliRunner().invoke(cli, ["add", "--db", str(db_path), "-"], input="\n \n")

    assert result.exit_code == 1
    assert result.output.strip() == ("papershelf: no identifiers on standard input: give one a line "
                                     "(1706.03762, PMID:16403221, 10.…)")
    assert not db_path.exists()
