"""The paper page's forms (datasette/templates/papershelf_paper.html): your status, rating and
tags, a new note, and corrections of what the page was read as (title, authors, day, DOI, venue,
abstract), saved from the reading page through the same writer as the API.

Outside /api: a form sends no bearer token but the browser's cookies, so a post is taken only
from a page this server made (publish/page_edits.py: a token the pages signed for that paper,
and the request's Origin, else Referer, naming this server) and, where the pages ask for a
sign-in, only with a signed-in token that has the `write` scope. Success goes back to the page
(303); a refusal is a page of one line saying what to do, never the API's JSON.
"""

from __future__ import annotations

import html
import re
import time
from typing import Any
from urllib.parse import urlsplit

import msgspec
from litestar import MediaType, Request, Response, post
from litestar.response import Redirect

from ..capture import clean_tags
from ..publish.page_edits import FORMS_PATH, form_token_is_for, paper_page_path
from ..records import CORRECTABLE_FIELDS, MAX_NOTE_LENGTH, MAX_TAG_LENGTH, STATUSES
from ..store.notes import create_note
from ..store.papers import TooManyTags, edit_paper, mark_paper
from ..store.queries import get_paper
from ..store.tokens import live_token_scopes
from ..store.tx import write
from .deps import Lib
from .errors import ApiError
from .papers import PaperPatch, corrections


class FormRefused(Exception):
    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status, self.message = status, message


def _same_origin(request: Request) -> bool:
    # Browsers say where a post comes from in Sec-Fetch-Site; one too old to (before 2020-23)
    # names the page's origin in Origin, else Referer. The pages are sent with Datasette's
    # `Referrer-Policy: no-referrer`, under which a browser's Origin is "null": no match.
    if site := request.headers.get("sec-fetch-site"):
        return site == "same-origin"
    host = (request.headers.get("host") or "").lower()
    for header in ("origin", "referer"):
        if value := request.headers.get(header):
            return urlsplit(value).netloc.lower() == host
    return False


def _signed_in_token(datasette, cookie: str | None) -> int | None:
    """The token id of the pages' sign-in cookie (papershelf_signin.py), if signed and unexpired."""
    from datasette.utils import baseconv

    try:
        decoded = datasette.unsign(cookie or "", "actor")
        expires = decoded.get("e")
        if expires and baseconv.base62.decode(expires) < time.time():
            return None
        token_id = (decoded.get("a") or {}).get("papershelf_token")
    except Exception:  # no cookie, a forged one, one of another secret
        return None
    return token_id if isinstance(token_id, int) else None


async def _check(request: Request, library, datasette, signin: bool, form, paper_id: str) -> None:
    if not _same_origin(request):
        raise FormRefused(403, "Not saved: the form was not sent from this library's own page. "
                               "Open the paper's page here and save from it.")
    if not form_token_is_for(datasette, form.get("token") or "", paper_id):
        raise FormRefused(403, "Not saved: the page was made before the server last started, or "
                               "for another paper. Reload the page and save again.")
    if signin:
        token_id = _signed_in_token(datasette, request.cookies.get("ds_actor"))
        if token_id is None or "write" not in await library.read(live_token_scopes, token_id):
            raise FormRefused(403, "Not saved: sign in with a token that has the write scope "
                                   "(papershelf token create NAME --scope read --scope write).")


def _reader_changes(form) -> tuple[dict[str, Any], set[str], set[str]]:
    """What the reader changed, against what the page showed (its `*_was` fields): only that is
    written, so a field another tab or machine changed meanwhile is left as it is now."""
    changes: dict[str, Any] = {}
    status = form.get("status")
    if status not in STATUSES:
        raise FormRefused(400, f"Not saved: status must be one of {', '.join(STATUSES)}.")
    if status != form.get("status_was"):
        changes["status"] = status
    rating = form.get("rating") or ""
    if rating not in ("", "1", "2", "3", "4", "5"):
        raise FormRefused(400, "Not saved: rating must be 1 to 5, or none.")
    if rating != (form.get("rating_was") or ""):
        changes["rating"] = int(rating) if rating else None
    tags = set(clean_tags((form.get("tags") or "").split(",")))
    if too_long := [tag for tag in tags if len(tag) > MAX_TAG_LENGTH]:
        raise FormRefused(400, f"Not saved: a tag has at most {MAX_TAG_LENGTH} characters "
                               f"({too_long[0][:40]}… has {len(too_long[0])}).")
    shown = set(clean_tags((form.get("tags_was") or "").split(",")))
    return changes, tags - shown, shown - tags


def _lines(value: str | None) -> str:
    # Browsers send every line break of a form as CRLF; the page showed them as LF.
    return (value or "").replace("\r\n", "\n").strip()


def _corrections(form) -> dict[str, Any]:
    """The record fields the reader corrected (only those changed against what the page showed),
    checked and cleaned as the API's PATCH checks them; an emptied field is cleared."""
    sent: dict[str, Any] = {}
    for name in CORRECTABLE_FIELDS:
        value = _lines(form.get(name))
        if value == _lines(form.get(name + "_was")):
            continue
        if name == "authors":
            sent[name] = [line for line in value.split("\n") if line.strip()] or None
        else:
            sent[name] = value or None
    if sent.get("title", "") is None:
        raise FormRefused(400, "Not saved: a paper keeps a title; write the right one.")
    try:
        return corrections(msgspec.convert(sent, PaperPatch))
    except msgspec.ValidationError as error:
        raise FormRefused(400, f"Not saved: {_field_said(str(error))}.") from None
    except ApiError as error:
        raise FormRefused(400, f"Not saved: {error.message}.") from None


_TOO_LONG = re.compile(r"Expected `(str|array)` of length <= (\d+)")


def _field_said(message: str) -> str:
    """msgspec's "Expected `str` of length <= 500 - at `$.venue`" as a reader reads it: "venue: at
    most 500 characters"."""
    said, _, where = message.partition(" - at `$.")
    if found := _TOO_LONG.fullmatch(said):
        said = f"at most {found[2]} {'characters' if found[1] == 'str' else 'of them'}"
    field = where.split("`")[0]
    if field.startswith("authors["):
        field, said = "authors", f"a name has {said}" if "characters" in said else said
    return f"{field}: {said}" if where else said


def _correct(db, paper_id: str, changes: dict[str, Any]) -> str | None:
    with write(db) as tx:
        paper = get_paper(db, paper_id)
        if paper is None:
            return None
        if changes:
            edit_paper(tx, paper.id, changes)
        return paper.id


def _mark(db, paper_id: str, changes: dict[str, Any], added: set[str], removed: set[str]) -> str | None:
    with write(db) as tx:
        # Looked up inside the transaction: a sync may fold the id into another paper.
        paper = get_paper(db, paper_id)
        if paper is None:
            return None
        if changes or added or removed:
            mark_paper(tx, paper.id, changes, add_tags=added, remove_tags=removed)
        return paper.id


def _note(db, paper_id: str, body: str) -> tuple[str, str] | None:
    with write(db) as tx:
        paper = get_paper(db, paper_id)
        return None if paper is None else (paper.id, create_note(tx, paper.id, body).id)


def _refusal_page(refused: FormRefused, paper_id: str) -> Response:
    body = ("<!doctype html><meta charset=utf-8><title>Not saved</title>"
            f"<p>{html.escape(refused.message, quote=False)}</p>"
            f'<p><a href="{html.escape(paper_page_path(paper_id))}">Back to the paper</a></p>')
    return Response(body, status_code=refused.status, media_type=MediaType.HTML)


_GONE = FormRefused(404, "Not saved: the paper is no longer in the library (`papershelf trash list`).")


def reading_form_handlers(datasette, *, signin: bool) -> list:
    """The form posts, checked against the pages' Datasette (its signatures)."""

    @post(FORMS_PATH + "/{paper_id:str}", include_in_schema=False)
    async def save_yours(request: Request, library: Lib, paper_id: str) -> Response:
        form = await request.form()
        try:
            await _check(request, library, datasette, signin, form, paper_id)
            changes, added, removed = _reader_changes(form)
            kept = await library.write(_mark, paper_id, changes, added, removed)
        except TooManyTags as error:
            return _refusal_page(FormRefused(400, f"Not saved: {error}."), paper_id)
        except FormRefused as refused:
            return _refusal_page(refused, paper_id)
        if kept is None:
            return _refusal_page(_GONE, paper_id)
        return Redirect(paper_page_path(kept) + "#yours", status_code=303)

    @post(FORMS_PATH + "/{paper_id:str}/notes", include_in_schema=False)
    async def add_note(request: Request, library: Lib, paper_id: str) -> Response:
        form = await request.form()
        body = (form.get("body") or "").strip()
        try:
            await _check(request, library, datasette, signin, form, paper_id)
            if not body:
                raise FormRefused(400, "Not saved: the note is empty.")
            if len(body) > MAX_NOTE_LENGTH:
                raise FormRefused(400, f"Not saved: a note holds at most {MAX_NOTE_LENGTH:,} characters.")
        except FormRefused as refused:
            return _refusal_page(refused, paper_id)
        kept = await library.write(_note, paper_id, body)
        if kept is None:
            return _refusal_page(_GONE, paper_id)
        return Redirect(paper_page_path(kept[0]) + f"#note-{kept[1]}", status_code=303)

    @post(FORMS_PATH + "/{paper_id:str}/corrections", include_in_schema=False)
    async def correct(request: Request, library: Lib, paper_id: str) -> Response:
        form = await request.form()
        try:
            await _check(request, library, datasette, signin, form, paper_id)
            changes = _corrections(form)
        except FormRefused as refused:
            return _refusal_page(refused, paper_id)
        kept = await library.write(_correct, paper_id, changes)
        if kept is None:
            return _refusal_page(_GONE, paper_id)
        return Redirect(paper_page_path(kept), status_code=303)

    return [save_yours, add_note, correct]
