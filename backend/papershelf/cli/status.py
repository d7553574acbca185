"""`papershelf status`: the library file, whether something has it open, and replication."""

from __future__ import annotations

import os
from pathlib import Path

import click

from ..store.backup import counts, integrity_problem, last_change, library_in_use
from ..store.checkpoints import replication_running
from ..store.db import LibraryError, open_reader
from ..store.replication import ReplicationStatus, read_status
from .common import db_option, fail


@click.command()
@db_option
@click.option("--check", is_flag=True,
              help="Also run SQLite's full integrity check (reads the whole file).")
def status(db_path: Path, check: bool) -> None:
    """Show the library's size, last change, who has it open and how replication is doing."""
    busy = library_in_use(db_path)  # first: no connection of ours may be open (POSIX locks)
    try:
        open_reader(db_path).close()  # the header, size and schema checks every open makes
    except LibraryError as error:
        fail(str(error))
    wal = db_path.with_name(db_path.name + "-wal")
    size = db_path.stat().st_size + (wal.stat().st_size if wal.exists() else 0)
    papers, notes = counts(db_path)
    changed = last_change(db_path)
    lines = [f"library      {db_path} ({size / 1e6:,.1f} MB)",
             f"papers       {papers}, notes {notes}"
             + (f"; last change {_when(changed / 1000)}" if changed else ""),
             f"in use       {busy or 'no'}"]
    if check:
        problem = integrity_problem(db_path)
        lines.append("integrity    " + ("ok" if problem is None else
                                        f"DAMAGED ({problem}): see `papershelf restore`"))
    lines.append("replication  " + _replication(db_path))
    click.echo("\n".join(lines))


def _replication(db_path: Path) -> str:
    state = read_status(db_path)
    if state is None:
        return "off (`papershelf serve --replicate URL` turns it on)"
    if not _alive(state.server_pid) and not replication_running(db_path):
        return f"not running (the server that replicated to {state.replica} has stopped)"
    return _describe(state)


def _describe(state: ReplicationStatus) -> str:
    text = f"{state.state} to {state.replica}"
    if state.lag_seconds is not None:
        text += f", lag {state.lag_seconds:g} s"
    if state.replicated_txid is not None:
        text += f", replica at transaction {state.replicated_txid} of {state.local_txid}"
    if state.last_replicated_at:
        text += f", last caught up {state.last_replicated_at}"
    if state.restarts:
        text += f", litestream restarted {state.restarts} times"
    if state.error:
        text += f"\n             last problem: {state.error}"
    return text


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return pid > 0


def _when(seconds: float) -> str:
    from datetime import UTC, datetime

    return datetime.fromtimestamp(seconds, UTC).strftime("%Y-%m-%d %H:%M:%S UTC")


COMMANDS = [status]
