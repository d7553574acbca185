"""`papershelf backup` and `papershelf restore`: copies of the library, and bringing one back."""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from datetime import datetime
from pathlib import Path

import click

from ..store.backup import backup_library, check_restorable, counts, install_restored
from ..store.db import LibraryError, library_exists, missing_library
from ..store.litestream import ReplicationError, redact, restore_replica
from ..wording import counted
from .common import cannot_write, config_option, db_option, fail, replica_config


@click.command()
@db_option
@click.argument("out", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--force", is_flag=True, help="Replace OUT if it exists.")
def backup(db_path: Path, out: Path, force: bool) -> None:
    """Copy the library to OUT, consistent even while the server writes; the copy is
    integrity-checked."""
    if not library_exists(db_path):
        fail(str(missing_library(db_path)))
    if out.exists() and out.resolve() == db_path.resolve():
        fail(f"{out} is the library itself: give another file")
    if out.exists() and not force:
        fail(f"{out} exists: --force replaces it")
    if not out.parent.is_dir():
        fail(f"no folder {out.parent} to write {out.name} in")
    try:
        copied = backup_library(db_path, out)
    except LibraryError as error:
        fail(str(error))
    except sqlite3.Error as error:
        # The library opened (else LibraryError): what SQLite could not open is the copy.
        fail(f"cannot write {out}: {error}" if "unable to open" in str(error)
             else f"cannot back up {db_path}: {error}")
    except OSError as error:
        fail(cannot_write(out, error))
    click.echo(copied.line())


@click.command()
@db_option
@click.argument("backup_file", metavar="[BACKUP]", required=False,
                type=click.Path(path_type=Path, dir_okay=False))
@click.option("--from", "replica_url", metavar="URL",
              help="Restore from a Litestream replica (file:///…, sftp://…, s3://…) instead.")
@click.option("--timestamp", metavar="TIME",
              help="With --from: the library as it was at TIME (e.g. 2026-11-30T08:00:00Z).")
@click.option("--force", is_flag=True,
              help="Replace a library newer than what is restored (it is kept aside).")
@config_option
def restore(db_path: Path, backup_file: Path | None, replica_url: str | None,
            timestamp: str | None, force: bool, config_path: Path | None) -> None:
    """Bring the library back from BACKUP (a file `papershelf backup` wrote) or from a
    replica (--from URL, or the config file's [replicate]). The library it replaces is
    kept beside it as LIBRARY.replaced-TIME."""
    replica = replica_config(config_path, replica_url) if backup_file is None else None
    if backup_file is not None and replica_url is not None:
        fail("give either a BACKUP file or --from URL, not both")
    if backup_file is None and replica is None:
        fail("give a BACKUP file, or --from URL to restore from a replica")
    if timestamp is not None:
        if replica is None:
            fail("--timestamp goes with --from (a backup file holds one moment)")
        timestamp = _rfc3339(timestamp)
    if db_path.is_dir():
        fail(f"{db_path} is a folder: give the library's file (e.g. {db_path / 'library.db'})")
    if backup_file is not None and not backup_file.is_file():
        fail(f"no backup at {backup_file}")
    db_path.parent.mkdir(parents=True, exist_ok=True)
    label = str(backup_file) if backup_file is not None else f"the replica {redact(replica.url)}"
    workdir = Path(tempfile.mkdtemp(prefix=".papershelf-restore-", dir=db_path.parent))
    try:
        restored = workdir / "restored.db"
        if backup_file is not None:
            _copy(backup_file, restored)
        else:
            restore_replica(replica, db_path, restored, timestamp, workdir)
        check_restorable(restored, label)
        papers, notes = counts(restored)
        aside = install_restored(restored, db_path, force=force, label=label)
    except (LibraryError, ReplicationError) as error:
        fail(str(error))
    except sqlite3.Error as error:
        fail(f"cannot restore from {label}: {error}")
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    click.echo(f"restored {counted(papers, 'paper')} and {counted(notes, 'note')} from {label} to {db_path}"
               + (f"; the library it replaced is kept as {aside}" if aside else ""))


def _copy(backup_file: Path, out: Path) -> None:
    """The backup's content (its WAL included, if one lies beside it) into one new file."""
    try:
        source = sqlite3.connect(f"file:{backup_file.resolve()}?mode=ro", uri=True)
        target = sqlite3.connect(out)
        try:
            source.backup(target)
            target.execute("PRAGMA journal_mode = DELETE")
        finally:
            target.close()
            source.close()
    except sqlite3.DatabaseError as error:
        raise LibraryError(f"{backup_file} is not a library backup ({error})") from None


def _rfc3339(value: str) -> str:
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        fail(f"--timestamp {value!r} is not a time such as 2026-11-30T08:00:00Z")
    if moment.tzinfo is None:
        fail(f"--timestamp {value!r} needs its time zone, such as Z for UTC")
    return moment.isoformat().replace("+00:00", "Z")


COMMANDS = [backup, restore]
