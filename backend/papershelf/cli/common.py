"""What every command shares: the --db option, one-line failures, opening the library.

Command modules import this, never each other and never the group (`papershelf.cli`).
"""

from __future__ import annotations

import functools
import gc
import os
import sqlite3
import sys
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import NoReturn

import click
import msgspec
import platformdirs
from click.core import ParameterSource

from ..store.db import (
    BUSY_CODES,
    LibraryError,
    busy_message,
    library_exists,
    open_reader,
    open_writer,
    primary_code,
)
from ..store.litestream import ReplicaConfig, ReplicationError, check_replica_url, load_config

# Python's cyclic collector runs a pass every 700 net allocations and, every so often, over
# everything alive. A sync batch (5,000 decoded changes and their plans) or a day of
# captures keeps tens of thousands of acyclic objects alive at once: over 100,000 pushed
# changes its passes took ~1 s of the receiving server's ~5 s of CPU and freed nothing.
COLLECTOR_THRESHOLDS = (20_000, 20, 20)


def tune_collector() -> None:
    """For a long-running or bulk command, once everything it needs is loaded: what is alive
    now (modules, the app) leaves the collector's scans for good, and it runs less often."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(*COLLECTOR_THRESHOLDS)


def default_db_path() -> Path:
    return Path(platformdirs.user_data_dir("papershelf", appauthor=False)) / "library.db"


def _or_given_before_the_command(ctx: click.Context, param: click.Parameter, value: Path) -> Path:
    """`papershelf --db PATH serve` is `papershelf serve --db PATH`: the group's --db is the
    command's own, over PAPERSHELF_DB and the default (the command's own --db over it)."""
    before = ctx.find_root().params.get("db_path")
    if before is not None and ctx.get_parameter_source(param.name) is not ParameterSource.COMMANDLINE:
        return before
    return value


def db_option(func):
    return click.option(
        "--db",
        "db_path",
        type=click.Path(path_type=Path),
        envvar="PAPERSHELF_DB",
        default=default_db_path,
        callback=_or_given_before_the_command,
        show_default="a file in the user's data directory",
        help="The library file (env PAPERSHELF_DB).",
    )(func)


def config_option(func):
    return click.option(
        "--config",
        "config_path",
        type=click.Path(path_type=Path, dir_okay=False),
        envvar="PAPERSHELF_CONFIG",
        help="papershelf's config file (TOML; env PAPERSHELF_CONFIG): its [replicate] section.",
    )(func)


_REGISTRY_OPTIONS = (
    click.option("--arxiv-api", envvar="PAPERSHELF_ARXIV_API", metavar="URL",
                 help="Ask arXiv's export API here: a proxy or a mirror (default: arXiv's own; env "
                      "PAPERSHELF_ARXIV_API)."),
    click.option("--pubmed-api", envvar="PAPERSHELF_PUBMED_API", metavar="URL",
                 help="Ask NCBI's efetch here: a proxy or a mirror (default: NCBI's own; env "
                      "PAPERSHELF_PUBMED_API)."),
    click.option("--doi-resolver", envvar="PAPERSHELF_DOI_RESOLVER", metavar="URL",
                 help="Resolve DOIs here: a proxy or a mirror (default: doi.org itself; env "
                      "PAPERSHELF_DOI_RESOLVER)."),
)


def registry_options(func):
    """--arxiv-api, --pubmed-api and --doi-resolver, given to the command as one `registries`
    (importer/identifiers.Registries: the services' own addresses where none is given)."""

    @functools.wraps(func)
    def with_registries(*args, arxiv_api: str | None, pubmed_api: str | None,
                        doi_resolver: str | None, **kwargs):
        from ..importer.identifiers import Registries

        given = {"arxiv_api": arxiv_api, "pubmed_api": pubmed_api, "doi_resolver": doi_resolver}
        registries = Registries(**{name: value for name, value in given.items() if value})
        return func(*args, registries=registries, **kwargs)

    for option in reversed(_REGISTRY_OPTIONS):
        with_registries = option(with_registries)
    return with_registries


def replica_config(config_path: Path | None, url: str | None) -> ReplicaConfig | None:
    """The replica from the config file's [replicate], its URL replaced by `url` when given."""
    try:
        config = load_config(config_path) if config_path is not None else None
        if url is None:
            return config
        check_replica_url(url)
    except ReplicationError as error:
        fail(str(error))
    return ReplicaConfig(url=url) if config is None else msgspec.structs.replace(config, url=url)


def unforeseen_failure(command: str, error: Exception) -> str:
    """The one line a failure no command foresaw (a fault of papershelf's) gets; its traceback is
    kept in a file of its own for a report, never shown."""
    where = Path(platformdirs.user_log_dir("papershelf", appauthor=False))
    report = where / f"failure-{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}.txt"
    try:
        where.mkdir(parents=True, exist_ok=True)
        report.write_text("".join(traceback.format_exception(error)), encoding="utf-8")
        kept = f"its details are in {report}"
    except OSError:
        kept = "its details could not be kept"
    return (f"{command} failed: {type(error).__name__}: {error} "
            f"(a fault of papershelf's; {kept}: please report it)")


def fail(message: str) -> NoReturn:
    """One clear line on stderr and a non-zero exit."""
    click.echo(f"papershelf: {message}", err=True)
    sys.exit(1)


def cannot_write(path: Path, error: OSError) -> str:
    """A file or folder the command could not write, as the one line the user reads."""
    if isinstance(error, IsADirectoryError):
        return f"{path} is a folder: give a file to write"
    if isinstance(error, FileNotFoundError | NotADirectoryError):
        return f"cannot write {path}: no such folder"
    return f"cannot write {path}: {error.strerror or error}"


def storage_failure(db_path: Path, error: sqlite3.Error) -> str:
    """A failure of SQLite while a command worked, as the one line the user reads."""
    code = primary_code(error)
    if code == sqlite3.SQLITE_FULL:
        return f"the disk that holds {db_path} is full; nothing of this command was stored"
    if code in BUSY_CODES:
        return busy_message(db_path)
    if code == sqlite3.SQLITE_READONLY:
        return f"{db_path} is read-only: papershelf needs to write to it"
    return f"{db_path}: {error}"


def upgrade_notice(db_path: Path) -> Callable[[int], None]:
    """What a command says before it upgrades the library: else a long one-time upgrade (an
    index built again) looks like a hang."""
    def say(steps: int) -> None:
        # A new version reads more of what was saved before (a venue, say): renormalise
        # gives it to the papers saved then.
        click.echo(f"papershelf: upgrading {db_path} for this version of papershelf ({steps} "
                   f"step{'s' if steps > 1 else ''}, once; a large library takes a minute or two); "
                   f"`papershelf renormalise` then reads what you saved before with its readers",
                   err=True)
    return say


@contextmanager
def writable_library(db_path: Path, *, create: bool = False, announce: bool = True) -> Iterator:
    """The library's writer for one command. Only `create=True` (serve, import) may
    start a new library, and then says so (unless `announce=False`: a dry run's scratch
    library is none of the user's); every problem is one line."""
    existed = library_exists(db_path)
    try:
        db = open_writer(db_path, create=create, before_upgrade=upgrade_notice(db_path))
    except LibraryError as error:
        fail(str(error))
    if not existed and announce:
        click.echo(f"papershelf: created a new library at {db_path}", err=True)
    try:
        yield db
    except sqlite3.Error as error:
        fail(storage_failure(db_path, error))
    finally:
        db.close()


@contextmanager
def readable_library(db_path: Path) -> Iterator:
    """A read-only connection to an existing library for one command."""
    try:
        db = open_reader(db_path)
    except LibraryError as error:
        fail(str(error))
    try:
        yield db
    except sqlite3.Error as error:
        fail(storage_failure(db_path, error))
    finally:
        db.close()
