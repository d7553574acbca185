"""`papershelf import` end to end: a real process, a real library file."""

import sqlite3
import subprocess
import sys
from pathlib import Path

DUMPS = Path(__file__).parent / "fixtures" / "dumps"
ALL = sorted(DUMPS.glob("*.txt"))


def papershelf(*args, env_db=None):
    env = None
    if env_db is not None:
        import os

        env = {**os.environ, "PAPERSHELF_DB": str(env_db)}
    return subprocess.run(
        [sys.executable, "-m", "papershelf", *map(str, args)],
        capture_output=True, text=True, env=env, timeout=120,
    )


def test_import_prints_summary_and_stores_papers(tmp_path):
    db = tmp_path / "library.db"
    result = papershelf("import", *ALL, "--db", db, "--captured-at", "2025-11-22")
    assert result.returncode == 0, result.stderr
    assert "3 files, 408 records read, 348 papers new" in result.stdout
    assert "0 files refused" in result.stdout
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM papers").fetchone()[0] == 348


def test_import_again_reports_files_already_imported(tmp_path):
    db = tmp_path / "library.db"
    papershelf("import", *ALL, "--db", db)
    result = papershelf("import", *ALL, "--db", db)
    assert result.returncode == 0
    assert "0 papers new, 0 papers updated" in result.stdout
    assert "3 files already imported" in result.stdout


def test_db_path_from_environment(tmp_path):
    db = tmp_path / "from-env.db"
    result = papershelf("import", ALL[0], env_db=db)
    assert result.returncode == 0, result.stderr
    assert db.exists()


def test_refused_file_is_one_line_others_still_import_exit_nonzero(tmp_path):
    db = tmp_path / "library.db"
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"Title\n\xff\xfe broken bytes\n")
    missing = tmp_path / "missing.txt"
    result = papershelf("import", bad, ALL[1], missing, "--db", db)
    assert result.returncode == 1
    created, *refused = [line for line in result.stderr.splitlines() if line.startswith("papershelf:")]
    assert created == f"papershelf: created a new library at {db}"
    assert len(refused) == 2
    assert str(bad) in refused[0] and "not UTF-8" in refused[0]
    assert str(missing) in refused[1] and "no such file" in refused[1]
    assert "101 records read, 101 papers new" in result.stdout
    assert "2 files refused" in result.stdout


def test_broken_record_reported_with_file_and_line(tmp_path):
    db = tmp_path / "library.db"
    text = ALL[2].read_text(encoding="utf-8").replace("\nMay 14, 2024\n", "\n", 1)
    broken = tmp_path / "broken.txt"
    broken.write_text(text, encoding="utf-8")
    result = papershelf("import", broken, "--db", db)
    assert result.returncode == 0
    assert f"{broken}:21: " in result.stderr
    assert "1 broken record skipped" in result.stdout


def test_bad_captured_at_is_a_usage_error(tmp_path):
    result = papershelf("import", ALL[0], "--db", tmp_path / "x.db", "--captured-at", "yesterday")
    assert result.returncode == 2
    assert "--captured-at" in result.stderr


def test_a_folder_imports_every_file_under_it_and_leaves_hidden_ones(tmp_path):
    exports = tmp_path / "exports"
    (exports / "2025" / ".git").mkdir(parents=True)
    (exports / "b.bib").write_text("@article{one, title = {Graph Sparsifiers at Scale}, year = 2024}\n")
    (exports / "2025" / "a.ris").write_text("TY  - JOUR\nTI  - Round Trips of Reference Lists\nER  - \n")
    (exports / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    (exports / "2025" / ".git" / "HEAD").write_text("ref: refs/heads/main\n")
    empty = tmp_path / "empty"
    empty.mkdir()
    db = tmp_path / "library.db"
    result = papershelf("import", exports, empty, "--db", db)
    assert result.returncode == 1
    assert "3 files, 2 records read, 2 papers new" in result.stdout and "1 file refused" in result.stdout
    assert result.stderr.splitlines()[-1] == (
        f"papershelf: {empty}: a folder with no file to import in it; nothing from it was stored")
    with sqlite3.connect(db) as conn:
        names = conn.execute("SELECT file_name FROM captures ORDER BY file_name").fetchall()
    assert names == [("a.ris",), ("b.bib",)]
