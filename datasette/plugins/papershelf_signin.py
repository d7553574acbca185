"""Token sign-in for the Datasette pages when `papershelf serve` listens beyond loopback.

On 127.0.0.1 the pages are open, as Datasette itself is. On any other address (unless
`--public`) a visitor signs in once with an API token: it is checked against the tokens
table and exchanged for Datasette's signed `ds_actor` cookie. It acts only where the
metadata turns it on, `plugins: {papershelf-signin: {library: PATH}}`, which
publish/datasette_app.py does for such a server; elsewhere (plain `datasette`, the
public copy) its hooks do nothing.
"""

from __future__ import annotations

import asyncio
import time
import weakref
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit

from datasette import hookimpl
from datasette.utils import baseconv
from datasette.utils.asgi import Response

from papershelf.store.db import open_reader
from papershelf.store.tokens import hash_token

LOGIN_PATH = "/-/papershelf-login"
COOKIE_DAYS = 30
# A revoked token stops working within this many seconds, without a query per request.
_RECHECK_SECONDS = 2.0


class Guard:
    # A plain class: Datasette loads plugins without entering them in sys.modules, and
    # dataclasses look their module up there.
    def __init__(self, db_path: Path):
        self.db_path = db_path
        self.checked: dict[int, float] = {}  # token id -> last time it was seen valid

    def _query(self, sql: str, params: list) -> list[tuple]:
        # Its own connection: Datasette's connections may not read the tokens table at all.
        db = open_reader(self.db_path)
        try:
            return db.conn.execute(sql, params).fetchall()
        finally:
            db.conn.close()

    async def token_for(self, token: str) -> tuple[int, str] | None:
        rows = await asyncio.to_thread(
            self._query, "select id, name from tokens where token_hash = ? and revoked_at is null",
            [hash_token(token.strip())],
        )
        return rows[0] if rows else None

    async def still_valid(self, token_id: int) -> bool:
        if time.monotonic() - self.checked.get(token_id, -_RECHECK_SECONDS) < _RECHECK_SECONDS:
            return True
        rows = await asyncio.to_thread(
            self._query, "select 1 from tokens where id = ? and revoked_at is null", [token_id]
        )
        if rows:
            self.checked[token_id] = time.monotonic()
        else:
            self.checked.pop(token_id, None)
        return bool(rows)


PLUGIN = "papershelf-signin"
_guards: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def guard_of(datasette) -> Guard | None:
    """This instance's guard, when its metadata turns sign-in on."""
    if datasette not in _guards:
        config = datasette.plugin_config(PLUGIN) or {}
        _guards[datasette] = Guard(Path(config["library"])) if config.get("library") else None
    return _guards[datasette]


@hookimpl
def permission_allowed(datasette, actor, action):
    guard_ = guard_of(datasette)
    if guard_ is None or action != "view-instance":
        return None
    token_id = (actor or {}).get("papershelf_token")
    if not isinstance(token_id, int):
        return False

    async def check():
        return None if await guard_.still_valid(token_id) else False

    return check()


@hookimpl
def forbidden(datasette, request):
    if guard_of(datasette) is None or request.actor:
        return None
    if urlsplit(request.path).path.rsplit("/", 1)[-1].count("."):
        return None  # .json, .csv, .bib: a plain 403 suits scripts better than a form
    target = datasette.urls.path(request.path)
    if request.query_string:
        target += "?" + request.query_string
    return Response.redirect(datasette.urls.path(LOGIN_PATH) + "?next=" + quote(target, safe=""))


def safe_next(base: str, value: str | None) -> str | None:
    """`value` when it is a page of this Datasette (a path under `base`), else None.

    Browsers drop tabs and newlines from a URL and read a backslash as a slash, so
    `/\t/evil.example` and `/\\evil.example` go off-site as `//evil.example`: any control
    character, space, backslash or non-ASCII character refuses the value outright, and
    what is left must parse with no scheme and no host and hold no dot segment (which
    a browser resolves, `%2e` spelled or not) to climb out of `base`.
    """
    if not value or not all("!" <= c <= "~" for c in value) or "\\" in value:
        return None
    parts = urlsplit(value)
    if parts.scheme or parts.netloc or not parts.path.startswith(base):
        return None
    segments = unquote(parts.path).split("/")
    if any(segment in (".", "..") for segment in segments):
        return None
    return value


def _safe_next(datasette, value: str | None) -> str:
    return safe_next(datasette.urls.instance(), value) or datasette.urls.instance()


async def login(datasette, request):
    guard_ = guard_of(datasette)
    if guard_ is None:
        return Response.text("Not found", status=404)
    error = None
    if request.method == "POST":
        form = await request.post_vars()
        found = await guard_.token_for(form.get("token") or "")
        if found:
            token_id, name = found
            guard_.checked[token_id] = time.monotonic()
            expires = baseconv.base62.encode(int(time.time()) + COOKIE_DAYS * 86400)
            actor = {"id": f"token:{name}", "papershelf_token": token_id}
            response = Response.redirect(_safe_next(datasette, form.get("next")))
            response.set_cookie(
                "ds_actor", datasette.sign({"a": actor, "e": expires}, "actor"),
                max_age=COOKIE_DAYS * 86400, httponly=True, samesite="lax",
            )
            return response
        error = "That token is not valid."
    html = await datasette.render_template(
        "papershelf_login.html",
        {"error": error, "next": _safe_next(datasette, request.args.get("next"))},
        request=request,
    )
    return Response.html(html, status=401 if error or request.method == "GET" else 200)


@hookimpl
def register_routes():
    return [(r"^" + LOGIN_PATH + r"$", login)]
