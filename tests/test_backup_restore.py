"""`papershelf backup` and `papershelf restore`: online copies, and bringing one back safely."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

from durability_helpers import Ledger, ReplicatedServer, Writer, holes, integrity, present
from helpers import run_cli, running_server
from papershelf.store.db import open_writer


def test_backups_taken_during_a_stream_of_writes_are_consistent_snapshots(tmp_path):
    library = tmp_path / "a" / "library.db"
    library.parent.mkdir()
    server = ReplicatedServer(library, f"file://{tmp_path / 'replica'}")
    server.start()
    ledger = Ledger()
    writers = [Writer(server, ledger, f"b{i}", i) for i in range(2)]
    threads = [threading.Thread(target=w.run, daemon=True) for w in writers]
    for thread in threads:
        thread.start()
    try:
        copies = []
        for n in range(3):
            time.sleep(0.7)
            before = ledger.snapshot()  # acknowledged before the backup began: must be in it
            out = tmp_path / f"backup-{n}.db"
            line = run_cli("backup", str(out), db_path=library).stdout
            assert "integrity ok" in line
            copies.append((out, before, ledger.snapshot()))
    finally:
        for w in writers:
            w.stop.set()
        for thread in threads:
            thread.join(30)
        server.stop()
    for out, before, after in copies:
        assert integrity(out) == "ok"
        held = present(out, after)
        assert set(range(len(before))) <= held  # nothing acknowledged before it is missing
        assert not holes(after, held)
        assert not out.with_name(out.name + "-wal").exists()  # one self-contained file
    assert len(present(copies[-1][0], copies[-1][2])) > len(copies[0][1])


def test_backup_refuses_to_overwrite_a_file_without_force_and_a_missing_library(tmp_path):
    library = tmp_path / "library.db"
    open_writer(library, create=True).close()
    out = tmp_path / "copy.db"
    out.write_text("keep me")
    refused = run_cli("backup", str(out), db_path=library, check=False)
    assert refused.returncode == 1 and "--force" in refused.stderr and out.read_text() == "keep me"
    assert run_cli("backup", str(out), "--force", db_path=library).returncode == 0
    missing = run_cli("backup", str(tmp_path / "x.db"), db_path=tmp_path / "none.db", check=False)
    assert missing.returncode == 1 and "no library at" in missing.stderr


def test_a_backup_or_import_that_cannot_use_its_file_names_that_file_and_why(tmp_path):
    # "cannot back up library.db: unable to open database file" blamed the library for a folder that
    # cannot be written; an import of /dev/null said "no such file".
    library = tmp_path / "library.db"
    open_writer(library, create=True).close()
    unwritable = Path("/proc") / "copy.db"  # a folder no one may write in, root included
    result = run_cli("backup", str(unwritable), db_path=library, check=False)
    assert result.returncode == 1 and result.stderr.strip().startswith(
        f"papershelf: cannot write {unwritable}"), result.stderr
    imported = run_cli("import", "/dev/null", db_path=library, check=False)
    assert "/dev/null: not a file" in imported.stderr, imported.stderr


def _capture(server, n: int) -> None:
    with server.client() as http:
        assert http.post("/api/captures", json={
            "capture_id": f"restore-{n}", "url": f"https://example.org/r/{n}",
            "html": f'<meta name="citation_title" content="Restore paper {n}">'
                    f'<meta name="citation_doi" content="10.5555/restore.{n}">'}).status_code == 201


def _titles(path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {row[0] for row in conn.execute("SELECT title FROM papers")}
    finally:
        conn.close()


def test_restore_refuses_a_library_in_use_or_newer_and_keeps_the_replaced_one_aside(tmp_path):
    library = tmp_path / "library.db"
    backup = tmp_path / "backup.db"
    with running_server(library) as server:
        _capture(server, 1)
        run_cli("backup", str(backup), db_path=library)
        _capture(server, 2)
        busy = run_cli("restore", str(backup), db_path=library, check=False)
        assert busy.returncode == 1 and len(busy.stderr.splitlines()) == 1
        assert "is in use" in busy.stderr
    newer = run_cli("restore", str(backup), db_path=library, check=False)
    assert newer.returncode == 1 and "is newer than" in newer.stderr and "--force" in newer.stderr
    assert _titles(library) == {"Restore paper 1", "Restore paper 2"}
    done = run_cli("restore", str(backup), "--force", db_path=library)
    assert "kept as" in done.stdout
    assert _titles(library) == {"Restore paper 1"}
    [aside] = tmp_path.glob("library.db.replaced-*[!l]")
    assert _titles(aside) == {"Restore paper 1", "Restore paper 2"}  # nothing was lost
    assert integrity(library) == "ok"
    with running_server(library) as server:  # the restored library serves
        _capture(server, 3)
    assert _titles(library) == {"Restore paper 1", "Restore paper 3"}


def test_restore_from_a_replica_as_of_a_timestamp_and_its_argument_errors(tmp_path):
    library = tmp_path / "a" / "library.db"
    library.parent.mkdir()
    replica_url = f"file://{tmp_path / 'replica'}"
    empty = run_cli("restore", "--from", replica_url, db_path=tmp_path / "n" / "library.db",
                    check=False)
    assert empty.returncode == 1 and "holds no backup" in empty.stderr
    server = ReplicatedServer(library, replica_url)
    server.start()
    try:
        with server_client(server) as http:
            post(http, 1)
            server.caught_up()
            time.sleep(1.2)
            moment = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
            time.sleep(1.2)
            post(http, 2)
            server.caught_up()
    finally:
        server.stop()
    then = tmp_path / "then" / "library.db"
    run_cli("restore", "--from", replica_url, "--timestamp", moment, db_path=then)
    assert _titles(then) == {"Restore paper 1"}
    now = tmp_path / "now" / "library.db"
    run_cli("restore", "--from", replica_url, db_path=now)
    assert _titles(now) == {"Restore paper 1", "Restore paper 2"}
    for args, message in (
        (("restore",), "give a BACKUP file"),
        (("restore", str(now), "--from", replica_url), "not both"),
        (("restore", str(now), "--timestamp", moment), "--timestamp goes with --from"),
        (("restore", "--from", replica_url, "--timestamp", "yesterday"), "is not a time"),
        (("restore", "--from", "ftp://host/x"), "use file:///FOLDER"),
    ):
        result = run_cli(*args, db_path=tmp_path / "x" / "library.db", check=False)
        assert result.returncode == 1 and message in result.stderr, (args, result.stderr)


def server_client(server):
    import httpx

    return httpx.Client(base_url=server.base_url, headers=server.headers, timeout=10)


def post(http, n: int) -> None:
    assert http.post("/api/captures", json={
        "capture_id": f"restore-{n}", "url": f"https://example.org/r/{n}",
        "html": f'<meta name="citation_title" content="Restore paper {n}">'
                f'<meta name="citation_doi" content="10.5555/restore.{n}">'}).status_code == 201
