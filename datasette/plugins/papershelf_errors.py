"""Datasette's errors: a 4xx for what the URL got wrong, one log line, no traceback.

Datasette 0.65's own handler prints every error (a 404 included) with `rich`, locals
shown: the request with its Authorization header and cookies, 2–43 KiB a request. It
also answers 500 for URLs it cannot read (`?_sort=` a column that is not there, a
`_through` or `_timelimit` that does not parse). This plugin replaces it (it is
unregistered below: Datasette runs every handle_exception hook, not the first):

- a Datasette error meant for the URL (its default status is 500) and an exception
  raised by Datasette's own code reading the query string answer 400;
- a real failure answers 500 whose message carries the request id, and is noted for
  the one line `papershelf serve` logs per error (papershelf/api/http_guard.py);
  served by plain `datasette`, the line is logged here.
"""

from __future__ import annotations

import logging
import sqlite3
import sysconfig
import traceback
from pathlib import Path

import datasette
from datasette import hookimpl
from datasette.plugins import pm
from datasette.utils import add_cors_headers
from datasette.utils.asgi import Base400, Response
from datasette.views.base import DatasetteError
from markupsafe import Markup

from papershelf.api.errors import ApiError
from papershelf.api.request_ids import describe_failure, note_failure

log = logging.getLogger("papershelf.datasette")

if pm.has_plugin("datasette.handle_exception"):
    pm.unregister(name="datasette.handle_exception")

_DATASETTE_CODE = Path(datasette.__file__).resolve().parent
_STDLIB = Path(sysconfig.get_paths()["stdlib"]).resolve()
# SQLite errors that are the server's trouble, whatever the query.
_SERVER_FAULTS = ("disk i/o", "database is locked", "unable to open", "malformed", "out of memory",
                  "readonly", "database or disk is full", "not a database")
# Exceptions Datasette's own code raises on a query string it cannot read:
# int("abc"), json.loads("{x"), a JSON value of the wrong shape.
_UNREAD_PARAMETERS = (ValueError, LookupError, TypeError)


def _server_fault(exception: BaseException | None) -> bool:
    return isinstance(exception, sqlite3.Error) and any(
        fault in str(exception).lower() for fault in _SERVER_FAULTS)


def _raised_by_datasette(exception: BaseException) -> bool:
    """Whether the innermost frame outside the standard library is Datasette's own."""
    for frame in reversed(traceback.extract_tb(exception.__traceback__)):
        path = Path(frame.filename).resolve()
        if path.is_relative_to(_STDLIB) and not {"site-packages", "dist-packages"} & set(path.parts):
            continue
        return path.is_relative_to(_DATASETTE_CODE)
    return False


def classify(exception: BaseException) -> int:
    """The status an exception raised while answering a Datasette page deserves."""
    cause = exception.__cause__ or exception.__context__
    if _server_fault(exception) or _server_fault(cause):
        return 500
    if isinstance(exception, ApiError | Base400):
        return exception.status
    if isinstance(exception, DatasetteError):
        return 400 if exception.status == 500 else exception.status
    if isinstance(exception, sqlite3.OperationalError | sqlite3.DataError):
        # SQL that the URL made and SQLite refused: no such column, a syntax error, a
        # value or result over the limits (papershelf_guard.py).
        return 400
    if isinstance(exception, _UNREAD_PARAMETERS) and _raised_by_datasette(exception):
        return 400
    return 500


def _rows_shape_without_rows(exception: BaseException, datasette, request) -> str | None:
    """What to ask instead when a row shape is asked of a page that lists no rows.

    Datasette's renderer reads data["rows"] for ?_shape=array and arrayfirst, and a
    database page has none: it fails with KeyError('rows'), which says nothing to a user.
    """
    shape = request.args.get("_shape")
    database = request.url_vars.get("database")
    if not (shape and database and isinstance(exception, KeyError) and exception.args == ("rows",)):
        return None
    table = datasette.urls.table(database, "papers", format="json")
    query = datasette.urls.database(database, format="json")
    return (f"_shape={shape} lists rows, and a database page has none: ask a table, "
            f"{table}?_shape={shape}, or a query, {query}?sql=...&_shape={shape}")


def _message(exception: BaseException, status: int) -> tuple[str, str | None, dict]:
    if isinstance(exception, DatasetteError) and status < 500:
        message = Markup(exception.message) if exception.message_is_html else exception.message
        return message, exception.title, dict(exception.error_dict)
    if isinstance(exception, ApiError):
        return exception.message, None, {}
    if isinstance(exception, Base400):
        return str(exception.args[0]) if exception.args else "Not found", None, {}
    if status < 500:
        return f"This URL's parameters could not be read ({type(exception).__name__}: {exception})", \
            "Bad request", {}
    return "The server failed on this request.", "Server error", {}


@hookimpl
def handle_exception(datasette, request, exception):
    async def inner():
        status = classify(exception)
        message, title, info = _message(exception, status)
        if status == 400 and (instead := _rows_shape_without_rows(exception, datasette, request)):
            message = instead
        if status >= 500 or not isinstance(exception, Base400 | ApiError):
            rid = note_failure(request.scope, exception)
            if rid is None:  # plain `datasette`: no guard to write the line
                level = logging.ERROR if status >= 500 else logging.INFO
                log.log(level, "%s %s -> %d: %s", request.method, request.path, status,
                        describe_failure(exception))
            if status >= 500 and rid:
                message = f"The server failed on this request (request id {rid})."
        info.update({"ok": False, "error": message, "status": status, "title": title})
        headers = {}
        if datasette.cors:
            add_cors_headers(headers)
        if request.path.split("?")[0].endswith(".json"):
            return Response.json(info, status=status, headers=headers)
        template = datasette.jinja_env.select_template([f"{status}.html", "error.html"])
        html = await template.render_async(dict(
            info, urls=datasette.urls, app_css_hash=datasette.app_css_hash(),
            menu_links=lambda: [],
        ))
        return Response.html(html, status=status, headers=headers)

    return inner
