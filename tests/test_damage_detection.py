"""A damaged library file is found when a command starts, with one line naming `papershelf restore`."""

from __future__ import annotations

import sqlite3

from helpers import capture, free_port, papershelf_command, run_cli
from papershelf.store.db import open_writer


def _library(tmp_path, papers: int = 300):
    """A library with enough papers to span many pages, closed cleanly (no WAL left)."""
    path = tmp_path / "library.db"
    db = open_writer(path, create=True)
    from papershelf.capture import CaptureRequest

    for n in range(papers):
        capture(db, CaptureRequest(
            capture_id=f"damage-{n}", url=f"https://example.org/d/{n}",
            html=f'<meta name="citation_title" content="Damage paper {n}">'
                 f'<meta name="citation_doi" content="10.5555/damage.{n}">'
                 f'<meta name="citation_abstract" content="{"words " * 200}">'))
    db.close()
    assert not path.with_name("library.db-wal").exists()
    return path


def _serve(path):
    import subprocess

    return subprocess.run([*papershelf_command(), "serve", "--db", str(path), "--port",
                           str(free_port()), "--no-datasette"], capture_output=True, text=True,
                          timeout=60)


def _one_line_naming_restore(result) -> str:
    assert result.returncode == 1, result.stdout + result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "papershelf restore" in lines[0] and "Traceback" not in result.stderr
    return lines[0]


def test_a_truncated_library_is_refused_by_serve_and_every_command(tmp_path):
    path = _library(tmp_path)
    size = path.stat().st_size
    with path.open("r+b") as file:
        file.truncate(size // 2 + 1000)  # mid-page, as a disk that filled up leaves it
    assert "is damaged" in _one_line_naming_restore(_serve(path))
    for args in (("token", "list"), ("export", "--format", "bibtex"), ("status",)):
        assert "is damaged" in _one_line_naming_restore(run_cli(*args, db_path=path, check=False))


def test_a_library_cut_at_a_page_boundary_is_refused_too(tmp_path):
    path = _library(tmp_path)
    with path.open("r+b") as file:
        file.truncate(16384 * 10)
    assert "is damaged" in _one_line_naming_restore(run_cli("token", "list", db_path=path, check=False))


def test_a_page_overwritten_inside_the_papers_is_found_by_serve_at_start(tmp_path):
    path = _library(tmp_path)
    conn = sqlite3.connect(path)
    # A leaf page of the papers table, in the middle of the file.
    page = conn.execute("SELECT max(pageno) FROM dbstat WHERE name = 'papers' AND pagetype = 'leaf'"
                        ).fetchone()[0] if _has_dbstat(conn) else None
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    page = page or path.stat().st_size // page_size // 2
    with path.open("r+b") as file:
        file.seek((page - 1) * page_size)
        file.write(b"\xa5" * page_size)
    line = _one_line_naming_restore(_serve(path))
    assert "is damaged" in line
    status = run_cli("status", "--check", db_path=path, check=False)
    assert "DAMAGED" in status.stdout and "papershelf restore" in status.stdout


def _has_dbstat(conn) -> bool:
    try:
        conn.execute("SELECT 1 FROM dbstat LIMIT 1")
    except sqlite3.OperationalError:
        return False
    return True
