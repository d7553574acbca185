"""Every command on a file that is not a library it can use: one line, never a traceback.

Regression tests for issue 9 item 12: `import`, `export`, `publish` and `token …` printed
28–31-line tracebacks on such files, a mistyped `--db` silently made a new empty library
(and `token create` handed out a token for it), and a library written by a newer
papershelf was served, its unknown tables readable through `?sql=`.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from helpers import DUMPS, back_to_before_m010, free_port, papershelf_command, run_cli
from papershelf.cli import cli
from papershelf.store.db import open_writer

ROOT = Path(__file__).resolve().parents[1]
DUMP = str(DUMPS / "000_286d48ef37147b1c.txt")
COMMANDS = {
    "import": ["import", DUMP],
    "add": ["add", "not-an-identifier"],  # no registry asked: the text identifies no paper
    "export": ["export"],
    "publish": ["publish", "OUT"],
    "token create": ["token", "create", "laptop"],
    "token list": ["token", "list"],
    "token revoke": ["token", "revoke", "laptop"],
    "sync": ["sync", "http://127.0.0.1:9", "--token", "t"],
    "serve": ["serve", "--port", "PORT", "--no-datasette"],
    "renormalise": ["renormalise"],
    "list": ["list"],
    "show": ["show", "1706.03762"],
    "mark": ["mark", "1706.03762", "--status", "read"],
    "note": ["note", "1706.03762", "to read"],
    "remove": ["remove", "1706.03762"],
}


def papershelf(args: list[str], db, tmp_path, *, user: list[str] = ()) -> subprocess.CompletedProcess:
    """The command in process (click's runner), or as `user` in a process of its own."""
    args = [str(tmp_path / "public.db") if a == "OUT" else str(free_port()) if a == "PORT" else a
            for a in [*args, "--db", str(db)]]
    if user:
        return subprocess.run([*user, *papershelf_command(), *args], capture_output=True,
                              text=True, timeout=60)
    result = CliRunner().invoke(cli, args)
    crashed = None if isinstance(result.exception, SystemExit | None) else result.exception
    # What a user would have seen of an exception that escaped: a traceback.
    stderr = result.stderr + (f"Traceback: {crashed!r}\n" if crashed else "")
    return subprocess.CompletedProcess(args, result.exit_code, result.stdout, stderr)


def assert_one_line(result: subprocess.CompletedProcess, *expected: str) -> None:
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    for part in expected:
        assert part in lines[0]


@pytest.mark.parametrize("command", COMMANDS)
def test_a_file_that_is_not_sqlite_is_refused_in_one_line(tmp_path, command):
    text = tmp_path / "notes.txt"
    text.write_text("my reading list\n")
    result = papershelf(COMMANDS[command], text, tmp_path)
    assert_one_line(result, f"{text} is not a papershelf library (not an SQLite database)")
    assert text.read_text() == "my reading list\n"


@pytest.mark.parametrize("command", COMMANDS)
def test_another_programs_sqlite_database_is_refused_and_left_alone(tmp_path, command):
    other = tmp_path / "places.sqlite"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE moz_places (url TEXT)")
    before = other.read_bytes()
    assert_one_line(papershelf(COMMANDS[command], other, tmp_path),
                    f"{other} is an SQLite database but not a papershelf library")
    assert other.read_bytes() == before


@pytest.mark.parametrize("command", [c for c in COMMANDS if c not in ("import", "add", "serve")])
def test_a_mistyped_db_makes_no_library_and_no_token(tmp_path, command):
    typo = tmp_path / "libary.db"
    assert_one_line(papershelf(COMMANDS[command], typo, tmp_path), f"no library at {typo}",
                    "check --db")
    assert not typo.exists() and not (tmp_path / "public.db").exists()


def test_sync_starts_a_library_only_when_asked(tmp_path):
    result = papershelf([*COMMANDS["sync"], "--create"], tmp_path / "new.db", tmp_path)
    assert result.stderr.splitlines()[0] == f"papershelf: created a new library at {tmp_path / 'new.db'}"
    assert "cannot reach http://127.0.0.1:9" in result.stderr.splitlines()[-1]


def first_error_line(command: str, db: Path, tmp_path) -> str:
    """What the command first says on stderr (serve would run on: stopped once it said it)."""
    args = COMMANDS[command]
    if command != "serve":
        return papershelf(args, db, tmp_path).stderr.splitlines()[0]
    process = subprocess.Popen(
        [*papershelf_command(), *[str(free_port()) if a == "PORT" else a for a in args],
         "--db", str(db)], stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    try:
        return process.stderr.readline()
    finally:
        process.terminate()
        process.wait(10)


@pytest.mark.parametrize("command", ["import", "add", "serve"])
def test_import_add_and_serve_say_when_they_start_a_new_library(tmp_path, command):
    db = tmp_path / "library.db"
    assert first_error_line(command, db, tmp_path).strip() == f"papershelf: created a new library at {db}"
    assert db.exists()


@pytest.mark.parametrize("command", ["import", "serve"])
def test_a_library_upgraded_on_opening_says_so_before_the_wait(tmp_path, command):
    """Regression: m010 builds the papers' index again (43 s over 200,000 papers) and serve
    said nothing meanwhile, as if it hung."""
    db = tmp_path / "library.db"
    open_writer(db, create=True).close()
    with sqlite3.connect(db) as conn:
        back_to_before_m010(conn)
    assert first_error_line(command, db, tmp_path).strip() == (
        f"papershelf: upgrading {db} for this version of papershelf (2 steps, once; "
        "a large library takes a minute or two); `papershelf renormalise` then reads what you "
        "saved before with its readers")
    # serve was stopped as it began: its upgrade is undone whole, and the next command's done.
    assert papershelf(COMMANDS["import"], db, tmp_path).returncode == 0
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM _sqlite_migrations "
                            "WHERE name = 'm010_authors_searchable'").fetchone() == (1,)
    assert "upgrading" not in papershelf(COMMANDS["import"], db, tmp_path).stderr


def test_scripts_run_says_so_too_as_its_samples_upgrade_the_library(tmp_path):
    """scripts/run adds the samples before it serves: the samples open the library first."""
    db = tmp_path / "library.db"
    open_writer(db, create=True).close()
    with sqlite3.connect(db) as conn:
        back_to_before_m010(conn)
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "samples.py"), "--db", str(db)],
                            capture_output=True, text=True, timeout=300, check=True)
    assert result.stderr.splitlines()[0].startswith(f"papershelf: upgrading {db} for this version")


def test_db_given_before_the_command_is_the_commands_library(tmp_path, monkeypatch):
    """Regression: `papershelf --db lib.db serve` was "No such option '--db'"."""
    db, other = tmp_path / "library.db", tmp_path / "other.db"
    runner = CliRunner()
    assert runner.invoke(cli, ["--db", str(db), "import", DUMP]).exit_code == 0
    assert db.exists()
    monkeypatch.setenv("PAPERSHELF_DB", str(other))  # the flag over the environment
    result = runner.invoke(cli, ["--db", str(db), "token", "list"])
    assert result.exit_code == 0 and not other.exists()
    result = runner.invoke(cli, ["--db", str(db), "status", "--db", str(other)])
    assert result.exit_code == 1 and f"no library at {other}" in result.stderr  # the command's own


@pytest.mark.parametrize("command", COMMANDS)
def test_a_library_from_a_newer_papershelf_is_refused(library, tmp_path, command):
    library.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                    "VALUES ('papershelf', 'm999_from_the_future', '2030-01-01')")
    library.execute("CREATE TABLE future_secrets (x TEXT)")
    db = tmp_path / "library.db"
    assert_one_line(papershelf(COMMANDS[command], db, tmp_path),
                    "was written by a newer papershelf (its schema has m999_from_the_future)",
                    "upgrade papershelf")


def unprivileged() -> list[str]:
    """Root writes to any file: the read-only cases run as `nobody` when the tests run as root."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    assert setpriv, "util-linux's setpriv is needed to run as nobody"
    return [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"]


def test_a_read_only_library_is_read_and_writes_are_refused_in_one_line(tmp_path):
    # Outside pytest's own folders, which only their owner may enter.
    folder = Path(tempfile.mkdtemp(prefix="papershelf-shared-"))
    try:
        _check_read_only_library(folder, tmp_path)
    finally:
        shutil.rmtree(folder)


def _check_read_only_library(folder: Path, tmp_path: Path) -> None:
    db = folder / "library.db"
    run_cli("import", DUMP, db_path=db)
    run_cli("token", "create", "laptop", db_path=db)
    for leftover in folder.glob("library.db-*"):
        leftover.unlink()
    db.chmod(0o444)
    folder.chmod(0o777)  # SQLite may create its -shm file beside the library
    user = unprivileged()
    listed = papershelf(COMMANDS["token list"], db, tmp_path, user=user)
    assert listed.returncode == 0 and "laptop" in listed.stdout
    exported = papershelf(COMMANDS["export"], db, tmp_path, user=user)
    assert exported.returncode == 0 and exported.stdout.count("@misc{") == 220
    for args in (["token", "create", "desktop"], ["token", "revoke", "laptop"],
                 ["import", str(DUMPS / "001_6f96a1003d4bdb3d.txt")]):
        assert_one_line(papershelf(args, db, tmp_path, user=user), f"{db} is read-only")


def test_a_library_held_too_long_by_another_program_says_so_and_what_to_do(tmp_path, monkeypatch):
    from papershelf.store import db as store_db

    path = tmp_path / "library.db"
    store_db.open_writer(path, create=True).close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    monkeypatch.setattr(store_db, "BUSY_TIMEOUT_MS", 100)
    try:
        with pytest.raises(store_db.LibraryError) as refused:
            store_db.open_writer(path)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert str(refused.value) == (
        f"{path} is busy: another program (a running import, sync or server) held it too long; "
        "try again when it is done")


def test_a_failure_no_command_foresaw_is_one_line_and_its_traceback_kept_in_a_file(tmp_path, monkeypatch):
    # `papershelf recommend` on a library holding a paper titled "Third" printed numpy's traceback.
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    library = tmp_path / "library.db"
    open_writer(library, create=True).close()

    def broken(*_args, **_kwargs):
        raise IndexError("index 15 out-of-bounds in add.reduceat [0, 15)")

    monkeypatch.setattr("papershelf.cli.status.counts", broken)
    result = CliRunner().invoke(cli, ["status", "--db", str(library)])
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.output, result.output
    assert lines[0].startswith("papershelf: status failed: IndexError: index 15 out-of-bounds"), lines
    kept = next((tmp_path / "state").rglob("*.txt"))
    assert str(kept) in lines[0] and "Traceback" in kept.read_text() and "def broken" not in lines[0]
