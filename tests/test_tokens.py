"""API tokens: hashed at rest, scoped, revocable; the `papershelf token` commands."""

from __future__ import annotations

import hashlib

import pytest

from helpers import run_cli
from papershelf.store.tokens import (
    TokenError,
    check_token,
    create_token,
    has_tokens,
    list_tokens,
    revoke_token,
    touch_due,
    touch_token,
)


def test_only_the_hash_of_a_token_is_stored(library):
    token = create_token(library, "laptop")
    assert token.startswith("ps_") and len(token) > 40
    dump = "\n".join(library.conn.iterdump())
    assert token not in dump
    assert hashlib.sha256(token.encode()).hexdigest() in dump


def test_check_token_accepts_the_token_and_refuses_anything_else(library):
    token = create_token(library, "laptop", ["read"])
    info = check_token(library, token)
    assert (info.name, info.scopes) == ("laptop", ("read",))
    for wrong in ("", token + "x", token[:-1], "ps_" + "a" * 43, "x" * 10_000):
        assert check_token(library, wrong) is None


def test_checking_a_token_only_reads_and_touching_records_last_use_once_a_minute(library):
    token = create_token(library, "laptop")
    info = check_token(library, token)
    assert list_tokens(library)[0].last_used_at is None and touch_due(info)
    touch_token(library, info.id)
    used = check_token(library, token)
    assert used.last_used_at is not None and not touch_due(used)


def test_revoked_token_is_refused_and_its_name_can_be_reused(library):
    token = create_token(library, "laptop")
    revoke_token(library, "laptop")
    assert check_token(library, token) is None
    assert not has_tokens(library)
    assert check_token(library, create_token(library, "laptop")) is not None


def test_token_errors(library):
    create_token(library, "laptop")
    with pytest.raises(TokenError, match="exists"):
        create_token(library, "laptop")
    with pytest.raises(TokenError, match="scope"):
        create_token(library, "x", ["admin"])
    with pytest.raises(TokenError, match="no token"):
        revoke_token(library, "desktop")


def test_token_commands(library, tmp_path):
    db = tmp_path / "library.db"
    created = run_cli("token", "create", "laptop", "--scope", "read", db_path=db)
    token = created.stdout.strip().splitlines()[-1]
    assert token.startswith("ps_")
    listed = run_cli("token", "list", db_path=db).stdout
    assert "laptop" in listed and "read" in listed and token not in listed
    run_cli("token", "revoke", "laptop", db_path=db)
    assert "laptop" not in run_cli("token", "list", db_path=db).stdout
    again = run_cli("token", "revoke", "laptop", db_path=db, check=False)
    assert again.returncode == 1
    assert again.stderr.strip() == "papershelf: no token named 'laptop'"
