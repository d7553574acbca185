"""`serve --replicate`: the replica URL and config file, Litestream's configuration, its state
in /api/status and `papershelf status`, a failing Litestream that never stops the server,
checkpoints left to Litestream while it runs, and a restored library that syncs cleanly."""

from __future__ import annotations

import os
import signal
import sqlite3
import time

import httpx
import pytest
import yaml

from durability_helpers import ReplicatedServer, capture_body, restore_elsewhere
from helpers import create_token, run_cli, running_server
from papershelf.store import checkpoints
from papershelf.store.checkpoints import ReplicationLock, replication_running
from papershelf.store.db import open_writer, transaction
from papershelf.store.litestream import (
    ReplicaConfig,
    ReplicationError,
    check_replica_url,
    config_yaml,
    load_config,
    redact,
    scrub,
)


@pytest.mark.parametrize(("url", "message"), [
    ("ftp://host/x", "use file:///FOLDER"),
    ("file://relative/replica", "absolute path"),
    ("file:///", "absolute path"),
    ("s3:///no-bucket", "names no a bucket"),
    ("sftp://me:secret@/x", "names no a host"),
    ("sftp://me@host", "give the folder on the server"),
])
def test_a_replica_url_that_cannot_work_is_refused_naming_the_problem(url, message):
    with pytest.raises(ReplicationError) as error:
        check_replica_url(url)
    assert message.replace("no a ", "no ") in str(error.value).replace("no a ", "no ")
    assert "secret" not in str(error.value)


def test_passwords_never_show_in_urls_or_litestream_lines():
    assert redact("sftp://me:s3cret@backup.example.org/papers") == "sftp://me:***@backup.example.org/papers"
    line = scrub('level=INFO msg="replicating to" url=sftp://me:s3cret@host/x password=s3cret')
    assert "s3cret" not in line and "sftp://me:***@host/x" in line


def test_the_config_file_sets_the_replica_and_refuses_what_it_does_not_know(tmp_path):
    config = tmp_path / "papershelf.toml"
    config.write_text('[replicate]\nurl = "s3://bucket/papers"\nendpoint = "http://127.0.0.1:9000"\n'
                      'region = "eu-1"\nforce_path_style = true\nsync_interval = "10s"\n')
    loaded = load_config(config)
    generated = yaml.safe_load(config_yaml(tmp_path / "library.db", loaded, tmp_path / "s.sock"))
    [db] = generated["dbs"]
    assert db["path"] == str((tmp_path / "library.db").resolve())
    assert db["replica"] == {"url": "s3://bucket/papers", "sync-interval": "10s",
                             "endpoint": "http://127.0.0.1:9000", "region": "eu-1",
                             "force-path-style": True}
    assert db["truncate-page-n"] == 32768 and generated["socket"]["enabled"] is True
    sftp = config_yaml(tmp_path / "l.db", ReplicaConfig(url="sftp://me@host/b", key_path="/k",
                                                        host_key="ssh-ed25519 AAAAC3"))
    replica = yaml.safe_load(sftp)["dbs"][0]["replica"]
    # Litestream silently ignores a key it does not know: these are its own names (0.5)
    assert replica["key-path"] == "/k" and replica["host-key"] == "ssh-ed25519 AAAAC3"
    for text, message in (('[replicate]\nurl = "s3://b/p"\nbucket_size = 3\n', "bucket_size"),
                          ('[replication]\nurl = "s3://b/p"\n', "unknown section [replication]"),
                          ('[replicate]\nurl = "gopher://x"\n', "use file:///FOLDER"),
                          ("[replicate\n", "papershelf.toml")):
        config.write_text(text)
        with pytest.raises(ReplicationError) as error:
            load_config(config)
        assert message in str(error.value)
    config.write_text('[replicate]\nurl = "nowhere"\n')
    served = run_cli("serve", "--config", str(config), db_path=tmp_path / "x.db", check=False)
    assert served.returncode == 1 and "use file:///FOLDER" in served.stderr


def test_a_replicated_library_is_checkpointed_only_by_litestream_or_when_its_wal_outgrows_the_limit(
        tmp_path, monkeypatch):
    path = tmp_path / "library.db"
    db = open_writer(path, create=True)

    def autocheckpoint_in_a_transaction() -> int:
        with transaction(db):
            db.execute("INSERT INTO _scratch VALUES (randomblob(20000))")
            return db.execute("PRAGMA wal_autocheckpoint").fetchone()[0]

    with transaction(db):
        db.execute("CREATE TABLE _scratch (body BLOB)")
    assert autocheckpoint_in_a_transaction() == 1000  # never replicated: SQLite's default
    lock = ReplicationLock(path)
    assert lock.try_acquire() and replication_running(path)
    assert autocheckpoint_in_a_transaction() == 0
    lock.release()
    # Down between two runs of Litestream: still none (tests/test_replication_downtime.py)
    assert not replication_running(path) and autocheckpoint_in_a_transaction() == 0
    assert os.path.getsize(f"{path}-wal") > 0
    monkeypatch.setattr(checkpoints, "DOWNTIME_WAL_LIMIT", 1)
    assert lock.try_acquire()
    autocheckpoint_in_a_transaction()
    assert os.path.getsize(f"{path}-wal") > 0  # Litestream runs: its own to checkpoint
    lock.release()
    autocheckpoint_in_a_transaction()
    assert os.path.getsize(f"{path}-wal") == 0  # past the limit with Litestream down: truncated
    with transaction(db):  # a writer's transaction keeps Litestream from starting meanwhile
        assert not lock.try_acquire()
    assert lock.try_acquire()
    lock.close()
    db.close()


def test_litestream_failing_never_stops_the_server_and_its_state_is_reported(tmp_path):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the replica's folder should be")
    library = tmp_path / "library.db"
    token = create_token(library)
    with running_server(library, token=token, args=(
            "--no-datasette", "--replicate", f"file://{blocked}/replica")) as server, \
            server.client() as http:
        for n in range(5):
            assert http.post("/api/captures", json=capture_body(n, "fail")).status_code == 201
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            replication = http.get("/api/status").json()["replication"]
            if replication["error"]:
                break
            time.sleep(0.2)
        assert replication["error"] and replication["replica"] == f"file://{blocked}/replica"
        status = run_cli("status", db_path=library).stdout
        assert "last problem:" in status and "in use       Litestream replicates it" in status
        # Litestream killed outright: started again, the server answering all along.
        os.kill(replication["litestream_pid"], signal.SIGKILL)
        assert http.post("/api/captures", json=capture_body(9, "fail")).status_code == 201
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            replication = http.get("/api/status").json()["replication"]
            if replication["restarts"] >= 1 and replication["litestream_pid"]:
                break
            time.sleep(0.2)
        assert replication["restarts"] >= 1 and replication["litestream_pid"]
    assert "litestream exited (-9)" in server.log()
    assert "not running" in run_cli("status", db_path=library).stdout
    assert not replication_running(library)  # no Litestream outlives its server


def test_a_restored_library_syncs_with_a_peer_without_duplicates(tmp_path):
    library = tmp_path / "a" / "library.db"
    library.parent.mkdir()
    replica_url = f"file://{tmp_path / 'replica'}"
    server = ReplicatedServer(library, replica_url)
    server.start()
    try:
        with httpx.Client(base_url=server.base_url, headers=server.headers, timeout=10) as http:
            ids = [http.post("/api/captures", json=capture_body(n, "peer")).json()["papers"][0]["id"]
                   for n in range(6)]
            assert http.post(f"/api/papers/{ids[0]}/notes", json={"body": "kept"}).status_code == 201
        server.caught_up()
    finally:
        server.kill(server=True, litestream=True)  # the machine is gone
    restored = restore_elsewhere(replica_url, tmp_path / "new-machine")
    peer_db = tmp_path / "peer" / "library.db"
    peer_db.parent.mkdir()
    peer_token = create_token(peer_db, "peer", scopes=("sync",))
    with running_server(peer_db) as peer:
        with peer.client() as http:  # the peer already had two of the papers, and one of its own
            for n in (0, 1):
                assert http.post("/api/captures", json=capture_body(n, "peer")).status_code == 201
            assert http.post("/api/captures", json=capture_body(99, "other")).status_code == 201
        for _ in range(2):
            run_cli("sync", peer.base_url, "--token", peer_token, db_path=restored)
        with peer.client() as http:
            papers = http.get("/api/papers", params={"limit": 200}).json()["papers"]
    dois = [paper["doi"] for paper in papers]
    assert len(dois) == len(set(dois)) == 7
    conn = sqlite3.connect(restored)
    assert conn.execute("SELECT count(*), count(DISTINCT doi) FROM papers").fetchone() == (7, 7)
    assert conn.execute("SELECT body FROM notes").fetchall() == [("kept",)]
    conn.close()
    assert "Traceback" not in peer.log()
