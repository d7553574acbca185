"""`papershelf list`, `show`, `mark` and `note`: the library read and kept from the command line,
a paper named by its id, arXiv id, DOI or page's address. Real processes on a real library file."""

from __future__ import annotations

import json
import os
import subprocess

import httpx
import pytest

from helpers import DUMPS, FIXTURES, capture, page, papershelf_command, run_cli, running_server
from papershelf.capture import CaptureRequest
from papershelf.store.db import open_writer

ATOM = FIXTURES / "imports" / "arxiv-api-all-science.atom"
NEYMAN = "0808.0631"  # in ATOM, with the DOI 10.1214/07-STS246B
LISTING_URL = "https://huggingface.co/papers/date/2026-09-28"


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    """A library of the three dumps (348 papers) and an arXiv API answer, made once."""
    db = tmp_path_factory.mktemp("cli") / "made.db"
    run_cli("import", str(ATOM), *map(str, sorted(DUMPS.glob("*.txt"))), db_path=db)
    return db


@pytest.fixture
def db(made, tmp_path):
    copy = tmp_path / "library.db"
    copy.write_bytes(made.read_bytes())
    return copy


def cli(db, *args: str, check: bool = True, stdin: str | None = None) -> subprocess.CompletedProcess:
    if stdin is None:
        return run_cli(*args, db_path=db, check=check)
    return subprocess.run([*papershelf_command(), *args, "--db", str(db)], input=stdin,
                          capture_output=True, text=True, timeout=60, check=check)


def shown(db, paper: str) -> dict:
    return json.loads(cli(db, "show", paper, "--json").stdout)


def refused(result: subprocess.CompletedProcess) -> str:
    """The one line a refusal is."""
    assert result.returncode == 1 and "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_list_shows_the_newest_papers_and_a_search_its_matches(db):
    newest = cli(db, "list", "--limit", "3").stdout.splitlines()
    assert len(newest) == 3
    listed = json.loads(cli(db, "list", "--limit", "3", "--json").stdout)["papers"]
    assert [line.split()[0] for line in newest] == [paper["id"] for paper in listed]

    found = cli(db, "list", "biruni").stdout.splitlines()
    assert found[0].split()[0] == shown(db, "1312.7288")["id"]
    assert found[0].endswith("  2013-12-22  The Science of al-Biruni")
    assert cli(db, "list", "zzzqqq").stderr.strip() == "no paper matches"


def test_list_reads_page_after_page_up_to_its_limit(db):
    # list_papers answers 200 at most a time: 250 asks twice, and the rest is said to be there.
    result = cli(db, "list", "--limit", "250")
    ids = [line.split()[0] for line in result.stdout.splitlines()]
    assert len(ids) == len(set(ids)) == 250
    assert "more papers match: --limit 500 shows more" in result.stderr
    everything = cli(db, "list", "--limit", "10000")
    assert len(everything.stdout.splitlines()) > 350 and "more papers match" not in everything.stderr


def test_mark_sets_status_rating_and_tags_of_papers_named_every_way(db):
    by_id = shown(db, NEYMAN)["id"]
    cli(db, "mark", by_id, "--status", "reading", "--rating", "4", "--tag", "stats", "--tag", "to  cite")
    cli(db, "mark", f"arXiv:{NEYMAN}v2", "--tag", "history")
    cli(db, "mark", "https://doi.org/10.1214/07-sts246b", "--untag", "stats")  # a DOI is case-blind
    out = cli(db, "mark", "doi:10.1214/07-STS246B", "--status", "read").stdout
    paper = shown(db, f"https://arxiv.org/abs/{NEYMAN}")
    assert (paper["status"], paper["rating"], paper["tags"]) == ("read", 4, ["history", "to cite"])
    assert out.startswith(f"{by_id}  read     4/5  2008-08-05  Comment: The 2005 Neyman Lecture")
    assert out.rstrip().endswith("[history, to cite]")

    cli(db, "mark", NEYMAN, "--no-rating")
    assert shown(db, NEYMAN)["rating"] is None


def test_mark_changes_every_paper_or_none(db):
    before = shown(db, NEYMAN)
    line = refused(cli(db, "mark", NEYMAN, "1706.03762", "--status", "read", check=False))
    assert line == ("papershelf: no paper in the library is '1706.03762': name one by its id "
                    "(`papershelf list` shows it), arXiv id, PubMed id, DOI or page's address; "
                    "`papershelf list WORDS` finds it by its title; nothing was changed")
    assert shown(db, NEYMAN) == before


def test_a_listing_page_names_several_papers_and_mark_asks_for_one(db, tmp_path):
    library = open_writer(db)
    ids = capture(library, CaptureRequest(capture_id="listing", url=LISTING_URL,
                                          html=page("hf_daily_papers_2026-09-28.excerpt.html"))).paper_ids
    library.close()
    assert len(ids) > 1
    line = refused(cli(db, "mark", LISTING_URL, "--status", "read", check=False))
    assert f"'{LISTING_URL}' names {len(ids)} papers (" in line and "give one of their ids" in line
    assert ids[0] in line


@pytest.mark.parametrize(("args", "said"), [
    (["--rating", "3", "--no-rating"], "--rating and --no-rating: give one of them"),
    ([], "say what to change: --status, --rating, --no-rating, --tag or --untag"),
    (["--tag", "x" * 101], "--tag: a tag has at most 100 characters"),
    (["--tag", "   "], "--tag: give a tag with a letter or digit in it"),
    (["--tag", "a", "--untag", "a"], "--tag and --untag both name 'a'"),
])
def test_mark_refuses_what_it_cannot_do_in_one_line(db, args, said):
    assert said in refused(cli(db, "mark", NEYMAN, *args, check=False))


def test_notes_come_from_the_line_standard_input_or_are_refused_when_empty(db):
    cli(db, "note", NEYMAN, "Cite in **chapter 2**", "--quote", "  Neyman Lecture ")
    cli(db, "note", NEYMAN, "-", stdin="from a script\n\nits second paragraph\n")
    notes = shown(db, NEYMAN)["notes"]
    assert sorted((n["body"], n["quote"], n["kind"]) for n in notes) == [
        ("Cite in **chapter 2**", "Neyman Lecture", "note"),
        ("from a script\n\nits second paragraph", None, "note")]
    assert refused(cli(db, "note", NEYMAN, "-", stdin="  \n", check=False)) == (
        "papershelf: the note is empty: nothing was added")
    # No TEXT and no terminal to open an editor in (a script, a cron job): said, not hung.
    assert refused(cli(db, "note", NEYMAN, stdin="", check=False)) == (
        "papershelf: give the note's TEXT, or `-` to read it from standard input")

    text = cli(db, "show", NEYMAN).stdout
    assert text.splitlines()[:2] == ["Comment: The 2005 Neyman Lecture: Dynamic Indeterminism in Science",
                                     "Hans R. Künsch"]
    assert "2008-08-05 · arXiv 0808.0631 (stat.ME) · doi 10.1214/07-STS246B" in text
    assert "Notes (2)" in text and "    > Neyman Lecture" in text and "    its second paragraph" in text


def test_show_wraps_text_but_never_cuts_an_address_or_a_hyphenated_word(db):
    address = "https://example.org/a-long-hyphenated-address/" + "-".join(["part"] * 20)
    cli(db, "note", NEYMAN, f"{'word ' * 30}see {address} and the state-of-the-art")
    lines = cli(db, "show", NEYMAN).stdout.splitlines()
    assert f"    {address}" in lines or any(line.endswith(address) for line in lines)
    assert any("state-of-the-art" in line for line in lines)
    assert max(len(line) for line in lines if "example.org" not in line) <= 100


def test_a_mark_made_while_the_server_runs_is_what_the_api_answers(db):
    with running_server(db) as server:
        cli(db, "mark", NEYMAN, "--status", "read", "--rating", "5", "--tag", "classic")
        pid = shown(db, NEYMAN)["id"]
        answer = httpx.get(f"{server.base_url}/api/papers/{pid}", headers=server.headers).json()
    assert (answer["status"], answer["rating"], answer["tags"]) == ("read", 5, ["classic"])


def test_a_note_without_text_is_written_in_the_editor_and_its_hint_left_out(db):
    main, terminal = os.openpty()  # an editor is opened only for a person at a terminal
    try:
        subprocess.run([*papershelf_command(), "note", NEYMAN, "--db", str(db)], stdin=terminal,
                       capture_output=True, timeout=60, check=True,
                       env={**os.environ, "EDITOR": "sed -i '1s/^/written in the editor/'"})
    finally:
        os.close(main)
        os.close(terminal)
    assert [n["body"] for n in shown(db, NEYMAN)["notes"]] == ["written in the editor"]


def test_remove_takes_papers_out_all_or_none_and_the_trash_brings_one_back(db):
    biruni, neyman = shown(db, "1312.7288")["id"], shown(db, NEYMAN)["id"]
    cli(db, "mark", NEYMAN, "--rating", "5", "--tag", "classic")
    line = refused(cli(db, "remove", NEYMAN, "1706.03762", check=False))
    assert line.endswith("; nothing was removed") and shown(db, NEYMAN)["id"] == neyman

    result = cli(db, "remove", "1312.7288", f"https://arxiv.org/abs/{NEYMAN}")
    assert result.stdout.splitlines() == [
        f"removed {biruni}: The Science of al-Biruni",
        f"removed {neyman}: Comment: The 2005 Neyman Lecture: Dynamic Indeterminism in Science"]
    assert "no paper in the library is '0808.0631'" in refused(cli(db, "show", NEYMAN, check=False))
    assert neyman in cli(db, "trash", "list").stdout

    cli(db, "trash", "restore", neyman)
    assert (shown(db, NEYMAN)["rating"], shown(db, NEYMAN)["tags"]) == (5, ["classic"])
