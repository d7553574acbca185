"""API tokens: stored as SHA-256 hashes only, scoped, revocable.

A token is shown once, when it is made; the library keeps its hash, so a copy of
the file (or a published copy, which drops this table anyway) gives no access.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import UTC, datetime, timedelta

import msgspec

from .db import transaction
from .tx import utc_now

SCOPES = ("read", "write", "sync")
# A recognisable prefix lets secret scanners (and people) tell a papershelf token.
PREFIX = "ps_"
# last_used_at is for the reader ("which token is still in use?"), not an audit log:
# refreshing it at most once a minute keeps reads from turning into writes.
TOUCH_INTERVAL = timedelta(minutes=1)

_TIME = "%Y-%m-%dT%H:%M:%SZ"
_encode = msgspec.json.Encoder().encode
_decode_scopes = msgspec.json.Decoder(list[str]).decode


class TokenError(ValueError):
    """A token command that cannot be done (duplicate or unknown name, bad scope)."""


class TokenInfo(msgspec.Struct, frozen=True):
    id: int
    name: str
    scopes: tuple[str, ...]
    created_at: str
    last_used_at: str | None = None


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()


def create_token(db, name: str, scopes: tuple[str, ...] | list[str] = SCOPES) -> str:
    """Make a token and return it in clear: the only time it exists outside the caller."""
    name = name.strip()
    if not name:
        raise TokenError("a token needs a name")
    unknown = sorted(set(scopes) - set(SCOPES))
    if unknown:
        raise TokenError(f"unknown scope {unknown[0]!r} (scopes: {', '.join(SCOPES)})")
    token = PREFIX + secrets.token_urlsafe(32)
    ordered = [s for s in SCOPES if s in scopes]
    with transaction(db):
        if db.execute("SELECT 1 FROM tokens WHERE name = ?", [name]).fetchone():
            raise TokenError(f"a token named {name!r} exists already")
        db.execute(
            "INSERT INTO tokens (name, token_hash, scopes, created_at) VALUES (?, ?, ?, ?)",
            [name, hash_token(token), _encode(ordered).decode(), utc_now()],
        )
    return token


def list_tokens(db, *, include_revoked: bool = False) -> list[TokenInfo]:
    sql = "SELECT id, name, scopes, created_at, last_used_at FROM tokens"
    if not include_revoked:
        sql += " WHERE revoked_at IS NULL"
    return [
        TokenInfo(id=row[0], name=row[1], scopes=tuple(_decode_scopes(row[2])),
                  created_at=row[3], last_used_at=row[4])
        for row in db.execute(sql + " ORDER BY id")
    ]


def has_tokens(db) -> bool:
    row = db.execute("SELECT 1 FROM tokens WHERE revoked_at IS NULL LIMIT 1").fetchone()
    return row is not None


def revoke_token(db, name: str) -> None:
    """Revoke by name; the row stays (revoked) so the name's history is kept."""
    cursor = db.execute(
        "UPDATE tokens SET revoked_at = ?, name = name || ':revoked:' || id "
        "WHERE name = ? AND revoked_at IS NULL",
        [utc_now(), name],
    )
    if cursor.rowcount == 0:
        raise TokenError(f"no token named {name!r}")


def check_token(db, token: str) -> TokenInfo | None:
    """The token's record if `token` is a live token, else None. Never logs the token.

    Only reads: the caller records the use with `touch_token`, through the writer."""
    if not token or len(token) > 512:
        return None
    wanted = hash_token(token)
    row = db.execute(
        "SELECT id, name, scopes, created_at, last_used_at, token_hash FROM tokens "
        "WHERE token_hash = ? AND revoked_at IS NULL",
        [wanted],
    ).fetchone()
    # The lookup is by hash of the presented value, so its timing says nothing useful
    # about stored tokens; the constant-time compare is belt and braces.
    if row is None or not hmac.compare_digest(row[5], wanted):
        return None
    return TokenInfo(id=row[0], name=row[1], scopes=tuple(_decode_scopes(row[2])),
                     created_at=row[3], last_used_at=row[4])


def live_token_scopes(db, token_id: int) -> tuple[str, ...]:
    """What the token with this id may do; nothing once it is revoked or gone."""
    row = db.execute("SELECT scopes FROM tokens WHERE id = ? AND revoked_at IS NULL", [token_id]).fetchone()
    return tuple(_decode_scopes(row[0])) if row else ()


def touch_due(info: TokenInfo, now: datetime | None = None) -> bool:
    """Whether the token's last use is old enough to be written again."""
    if not info.last_used_at:
        return True
    last = datetime.strptime(info.last_used_at, _TIME).replace(tzinfo=UTC)
    return (now or datetime.now(UTC)) - last >= TOUCH_INTERVAL


def touch_token(db, token_id: int) -> None:
    """Record that a token was used (at most once per TOUCH_INTERVAL), in its own transaction."""
    now = datetime.now(UTC)
    with transaction(db):
        db.execute(
            "UPDATE tokens SET last_used_at = ? WHERE id = ? "
            "AND (last_used_at IS NULL OR last_used_at <= ?)",
            [now.strftime(_TIME), token_id, (now - TOUCH_INTERVAL).strftime(_TIME)],
        )


def cookie_secret(db) -> str:
    """The secret that signs the Datasette sign-in cookie: it survives restarts without a
    file of its own, derived from the private machine id and the token hashes (which
    Datasette's own queries cannot read)."""
    rows = db.execute(
        "select value from meta where key = 'machine_id' union all "
        "select token_hash from (select token_hash from tokens order by id)"
    ).fetchall()
    digest = hashlib.sha256(b"papershelf datasette cookies\0")
    for (value,) in rows:
        digest.update(value.encode() + b"\0")
    return digest.hexdigest()
