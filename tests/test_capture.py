"""The capture service in-process: one transaction per capture, idempotent ids, merges."""

from __future__ import annotations

from datetime import date

import msgspec
import pytest

from helpers import DUMPS, capture, page, sidecar
from papershelf import capture as capture_module
from papershelf.capture import CaptureRequest, NoPaper
from papershelf.importer import import_dump
from papershelf.store.captures import read_raw
from papershelf.store.queries import get_paper, papers_by_ids

HF_PAPER = "hf_paper_1810.04805.excerpt.html"
HF_LISTING = "hf_daily_papers_2026-09-28.excerpt.html"
ARXIV = "arxiv_abs_1706.03762.html"


def request(capture_id="c1", url="https://huggingface.co/papers/1810.04805", name=HF_PAPER,
            **extra) -> CaptureRequest:
    return CaptureRequest(capture_id=capture_id, url=url, html=page(name) if name else None,
                          **extra)


def count(db, table: str) -> int:
    return db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_hf_paper_page_becomes_one_new_paper(library):
    result = capture(library, request())
    [paper] = papers_by_ids(library, result.paper_ids)
    assert result.created and result.answer.new == [paper.id] and result.kind == "hf_paper"
    assert paper.title == (
        "BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding"
    )
    assert paper.arxiv_id == "1810.04805"
    assert paper.authors[:2] == ["Jacob Devlin", "Ming-Wei Chang"]
    assert paper.published == "2018-10-11"
    assert (paper.rating, paper.status, paper.tags) == (None, "unread", [])


def test_listing_page_stores_every_paper_in_page_order(library):
    result = capture(library, request(url="https://huggingface.co/papers", name=HF_LISTING))
    papers = papers_by_ids(library, result.paper_ids)
    expected = [record["arxiv_id"] for record in sidecar(HF_LISTING)["expected"]["records"]]
    assert [p.arxiv_id for p in papers] == expected
    assert result.answer.new == result.paper_ids


def test_same_capture_id_again_answers_the_stored_result_and_adds_nothing(library):
    first = capture(library, request(note="worth a read", selection="masked LM"))
    before = {table: count(library, table) for table in ("papers", "captures", "notes",
                                                          "capture_raw", "note_state")}
    again = capture(library, request(note="worth a read", selection="masked LM"))
    assert again.created is False
    assert again.answer == first.answer
    assert {table: count(library, table) for table in before} == before


def test_a_retry_whose_page_now_holds_no_paper_still_answers_the_stored_result(library):
    # The writer finds a stored capture id; a retry whose page reads as nothing (another
    # normaliser since, a page cut short) must still get what was stored, not a 400.
    first = capture(library, request())
    again = capture(library, CaptureRequest(capture_id="c1", url="https://example.org/",
                                            html="<html><body>nothing here</body></html>"))
    assert again.created is False and again.answer == first.answer
    assert count(library, "captures") == 1


def test_a_capture_looks_for_its_links_among_its_own_rows_not_among_the_papers(library):
    # A paper captured a thousand times has a thousand paper_captures rows: looking a new
    # capture's link up by paper scanned them all, on every capture of it.
    capture(library, request("first"))
    statements: list[str] = []
    library.conn.set_trace_callback(statements.append)
    try:
        capture(library, request("second"))
    finally:
        library.conn.set_trace_callback(None)
    lookups = [sql for sql in statements if sql.startswith("SELECT 1 FROM paper_captures")]
    assert lookups
    for sql in lookups:
        plan = " ".join(row[3] for row in library.execute(f"EXPLAIN QUERY PLAN {sql}"))
        assert "paper_captures_capture_id" in plan, plan


def test_a_second_capture_of_a_known_paper_is_not_new(library):
    first = capture(library, request("a"))
    second = capture(library, request("b", url="https://arxiv.org/abs/1810.04805"))
    assert second.paper_ids == first.paper_ids and second.answer.new == []
    assert count(library, "papers") == 1 and count(library, "captures") == 2


def test_capture_keeps_the_raw_payload_compressed(library):
    raw = msgspec.json.encode({"capture_id": "c1", "html": "<p>whatever was sent</p>"})
    capture(library, request(), raw=raw)
    assert read_raw(library, "c1") == raw
    row = library.execute("SELECT raw_size, kind, url FROM captures WHERE id = 'c1'").fetchone()
    assert row == (len(raw), "hf_paper", "https://huggingface.co/papers/1810.04805")


def test_note_rating_status_and_tags_go_to_the_first_paper(library):
    result = capture(library, request(
        note="**bidirectional**", selection="  masked   language model ", rating=5,
        status="reading", tags=["nlp", " transformers ", "nlp", ""],
    ))
    paper = get_paper(library, result.paper_ids[0])
    assert (paper.rating, paper.status, paper.tags) == (5, "reading", ["nlp", "transformers"])
    assert result.answer.note.body == "**bidirectional**"
    assert result.answer.note.quote == "masked language model"
    assert result.answer.note.paper_id == paper.id


def test_tags_sent_with_a_capture_add_to_the_papers_tags(library):
    capture(library, request("a", tags=["nlp"]))
    result = capture(library, request("b", tags=["bert"]))
    assert get_paper(library, result.paper_ids[0]).tags == ["bert", "nlp"]


def test_a_capture_never_overwrites_the_readers_fields(library):
    capture(library, request("a", rating=2, status="read"))
    result = capture(library, request("b", url="https://arxiv.org/abs/1810.04805"))
    paper = get_paper(library, result.paper_ids[0])
    assert (paper.rating, paper.status) == (2, "read")


def test_page_without_a_paper_raises_and_stores_nothing(library):
    with pytest.raises(NoPaper):
        capture(library, CaptureRequest(capture_id="x", url="https://example.com/",
                                             html="<html><body><p>a recipe</p></body></html>"))
    assert count(library, "captures") == count(library, "capture_raw") == 0


def test_a_normaliser_crash_is_no_paper_not_a_server_error(library, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("normaliser bug")

    monkeypatch.setattr(capture_module, "normalise_capture", broken)
    with pytest.raises(NoPaper):
        capture(library, request())


def test_a_failure_mid_capture_stores_nothing(library, monkeypatch):
    def fail(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(capture_module, "create_note", fail)
    with pytest.raises(RuntimeError):
        capture(library, request(note="lost"))
    for table in ("papers", "captures", "capture_raw", "paper_captures", "notes", "paper_state"):
        assert count(library, table) == 0, table


def test_text_only_capture_of_a_listing_uses_the_dump_parser(library):
    text = (DUMPS / "002_116e930042b20998.txt").read_text(encoding="utf-8")
    result = capture(
        library, CaptureRequest(capture_id="t", url="https://huggingface.co/papers", text=text),
        captured=date(2025, 11, 7),
    )
    assert result.kind == "text" and len(result.paper_ids) > 50
    first = get_paper(library, result.paper_ids[0])
    assert first.title.startswith("Breaking Bad Tokens")


def test_dump_imported_paper_is_merged_by_a_later_page_capture(library, tmp_path):
    dump = tmp_path / "listing.txt"
    abstract = "We introduce a new language representation model called BERT. " * 5
    dump.write_text(
        "Daily Papers\nbyAK and the research community\nMar 11\n\n"
        "BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding\n"
        f"{abstract}\n",
        encoding="utf-8",
    )
    import_dump(library, dump, captured_at=date(2026, 3, 11))
    [(imported_id, imported_authors)] = library.execute("SELECT id, authors FROM papers")
    assert imported_authors is None
    result = capture(library, request(rating=4))
    assert result.paper_ids == [imported_id] and result.answer.new == []
    paper = get_paper(library, imported_id)
    assert paper.arxiv_id == "1810.04805" and paper.authors[0] == "Jacob Devlin"
    assert paper.rating == 4
    assert count(library, "papers") == 1


def test_counts_and_versions_no_database_can_hold_are_left_unknown(library):
    """A page (or dump) may state any number: one beyond SQLite's integers is no count,
    and the capture still stores the paper rather than answering 500."""
    from papershelf.normalise.common import count as stored_count

    assert [stored_count(v) for v in (3, "12", 2**63, "9" * 25, -1, True, 1.5, "x")] == \
        [3, 12, None, None, None, None, None, None]
    html = page(HF_PAPER).replace("upvotes&quot;:", "upvotes&quot;:99999999999999999999,&quot;x&quot;:")
    huge_version = "https://huggingface.co/papers/1810.04805v99999999999999999999"
    result = capture(library, CaptureRequest(capture_id="c1", url=huge_version, html=html))
    paper = library.execute("SELECT upvotes, arxiv_version FROM papers WHERE id = ?",
                            [result.paper_ids[0]]).fetchone()
    assert paper == (None, None)


def test_a_publishers_pdf_tab_then_its_page_are_one_paper(library):
    """A PDF in the browser's viewer is captured by the DOI its address names; the paper's
    page, captured later, fills in the record and keeps the PDF's address."""
    pdf_url = "https://link.springer.com/content/pdf/10.1007/BF02727953.pdf"
    viewer = "<html><body><embed type='application/pdf'></body></html>"
    first = capture(library, CaptureRequest(capture_id="pdf", url=pdf_url, html=viewer,
                                            title="BF02727953.pdf"))
    [from_pdf] = papers_by_ids(library, first.paper_ids)
    assert (from_pdf.doi, from_pdf.pdf_url, from_pdf.title) == ("10.1007/BF02727953", pdf_url, None)
    later = capture(library, request(capture_id="page", name="springer_BF02727953.html",
                                     url="https://link.springer.com/article/10.1007/BF02727953"))
    assert later.paper_ids == first.paper_ids and later.answer.new == []
    paper = get_paper(library, from_pdf.id)
    assert paper.title == "On the theory of identical particles"
    assert paper.authors == ["J. M. Leinaas", "J. Myrheim"] and paper.pdf_url is not None
