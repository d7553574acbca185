"""The paper page's forms (datasette/templates/papershelf_paper.html): your status, rating and
tags; corrections of what the page was read as; notes added, edited and deleted; the paper removed
and brought back. Saved from the reading page through the same writer as the API.

Outside /api: a form sends no bearer token but the browser's cookies, so a post is taken only
from a page this server made (publish/page_edits.py: a token the pages signed for that paper,
and the browser's word that the post is same-origin) and, where the pages ask for a sign-in,
only with a signed-in token that has the `write` scope. Success goes back to the page (303); a
refusal is a page of one line saying what to do, never the API's JSON.
"""

from __future__ import annotations

import html
import sqlite3
import time
from collections.abc import Awaitable, Callable
from urllib.parse import urlsplit

from litestar import MediaType, Request, Response, get, post
from litestar.response import Redirect

from ..publish.library_pages import BASE_URL, DB_NAME
from ..publish.page_edits import FORMS_PATH, form_action, form_token, form_token_is_for, paper_page_path
from ..store.library import Library, LibraryBusy
from ..store.notes import create_note, delete_note, edit_note, get_note
from ..store.papers import (
    NothingKept,
    TooManyTags,
    delete_paper,
    edit_paper,
    mark_paper,
    removed_papers,
    resolve_id,
    restore_paper,
)
from ..store.queries import get_paper
from ..store.tokens import live_token_scopes
from ..store.tx import write
from .deps import Lib
from .errors import storage_error
from .form_values import FormRefused, corrected_fields, lines, note_body, reader_changes

_GONE = FormRefused(404, "Not saved: the paper is no longer in the library (`papershelf trash list`).")


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


async def _check(request: Request, library: Library, datasette, signin: bool, form, paper_id: str) -> None:
    if not _same_origin(request):
        raise FormRefused(403, "Not saved: the form was not sent from this library's own page. "
                               "Open the paper's page here and save from it.")
    if not form_token_is_for(datasette, form.get("token") or "", paper_id):
        raise FormRefused(403, "Not saved: the page was made before the server last started, or "
                               "for another paper. Reload the page and save again.")
    if signin and not await _may_write(request, library, datasette):
        raise _SIGN_IN


_SIGN_IN = FormRefused(403, "Not saved: sign in with a token that has the write scope "
                            "(papershelf token create NAME --scope read --scope write).")


async def _may_write(request: Request, library: Library, datasette) -> bool:
    token_id = _signed_in_token(datasette, request.cookies.get("ds_actor"))
    return token_id is not None and "write" in await library.read(live_token_scopes, token_id)


# What each form does, in the writer's transaction (a sync may fold an id into another paper at
# any moment: the paper is looked up inside it). Each answers where the reader goes next.

def _paper(db, paper_id: str):
    paper = get_paper(db, paper_id)
    if paper is None:
        raise _GONE
    return paper


def _mark(db, paper_id: str, form, _note_id) -> str:
    changes, added, removed = reader_changes(form)
    with write(db) as tx:
        paper = _paper(db, paper_id)
        if changes or added or removed:
            try:
                mark_paper(tx, paper.id, changes, add_tags=added, remove_tags=removed)
            except TooManyTags as error:
                raise FormRefused(400, f"Not saved: {error}.") from None
    return paper_page_path(paper.id) + "#yours"


def _correct(db, paper_id: str, form, _note_id) -> str:
    changes = corrected_fields(form)
    with write(db) as tx:
        paper = _paper(db, paper_id)
        if changes:
            edit_paper(tx, paper.id, changes)
    return paper_page_path(paper.id)


def _add_note(db, paper_id: str, form, _note_id) -> str:
    body = note_body(form)
    with write(db) as tx:
        paper = _paper(db, paper_id)
        note = create_note(tx, paper.id, body)
    return paper_page_path(paper.id) + f"#note-{note.id}"


def _note_of(db, paper_id: str, note_id: str):
    paper = _paper(db, paper_id)
    note = get_note(db, note_id)
    if note is None or resolve_id(db, note.paper_id) != paper.id:
        raise FormRefused(404, "Not saved: the note is no longer on this paper (deleted, here or on "
                               "a machine this library syncs with). Reload the page.")
    return paper, note


def _edit_note(db, paper_id: str, form, note_id: str) -> str:
    body = note_body(form)
    with write(db) as tx:
        paper, note = _note_of(db, paper_id, note_id)
        if body != lines(form.get("body_was")):
            edit_note(tx, note.id, body=body)
    return paper_page_path(paper.id) + f"#note-{note.id}"


def _delete_note(db, paper_id: str, _form, note_id: str) -> str:
    with write(db) as tx:
        paper, note = _note_of(db, paper_id, note_id)
        delete_note(tx, note.id)
    return paper_page_path(paper.id) + "#notes"


def _remove(db, paper_id: str, _form, _note_id) -> str:
    with write(db) as tx:
        paper = _paper(db, paper_id)
        delete_paper(tx, paper.id)
    return form_action(paper.id, "/removed")


def _restore(db, paper_id: str, _form, _note_id) -> str:
    with write(db) as tx:
        try:
            restore_paper(tx, paper_id)
        except (LookupError, NothingKept):
            if get_paper(db, paper_id) is None:  # not a paper brought back twice: gone for good
                raise _GONE from None
    return paper_page_path(paper_id)


_FORMS: dict[str, Callable[..., str]] = {
    "": _mark, "/corrections": _correct, "/notes": _add_note,
    "/notes/{note_id:str}": _edit_note, "/notes/{note_id:str}/delete": _delete_note,
    "/remove": _remove, "/restore": _restore,
}


def _page(title: str, lines_: list[str], status: int = 200) -> Response:
    # In the pages' own style (the plugin serves it under Datasette's base), so the step between two
    # of the library's pages does not look like another site's.
    body = (f"<!doctype html><meta charset=utf-8><meta name=viewport content='width=device-width'>"
            f"<title>{html.escape(title)}</title>"
            f'<link rel="stylesheet" href="{BASE_URL}-/papershelf.css">'
            f'<main class="papershelf-paper papershelf-form-answer"><h1>{html.escape(title)}</h1>'
            + "".join(lines_) + "</main>")
    return Response(body, status_code=status, media_type=MediaType.HTML)


def _refusal_page(refused: FormRefused, paper_id: str) -> Response:
    back = html.escape(paper_page_path(paper_id))
    return _page("Not saved", [f"<p>{html.escape(refused.message, quote=False)}</p>",
                               f'<p><a href="{back}">Back to the paper</a></p>'], refused.status)


def reading_form_handlers(datasette, *, signin: bool) -> list:
    """A route for each form, checked against the pages' Datasette (its signatures), and the page
    a removed paper leaves: what it was and a button that brings it back."""

    def route(path: str, work: Callable[..., str]) -> Callable[..., Awaitable[Response]]:
        @post(FORMS_PATH + "/{paper_id:str}" + path, include_in_schema=False, name=f"form{path}")
        async def handler(request: Request, library: Lib) -> Response:
            paper_id = request.path_params["paper_id"]
            form = await request.form()
            try:
                await _check(request, library, datasette, signin, form, paper_id)
                back = await library.write(work, paper_id, form, request.path_params.get("note_id"))
            except FormRefused as refused:
                return _refusal_page(refused, paper_id)
            except (LibraryBusy, sqlite3.Error) as error:
                if (said := storage_error(error)) is None:
                    raise  # a fault of ours: the one 500 every request gets
                return _refusal_page(FormRefused(said.status, f"Not saved: {said.message}."), paper_id)
            return Redirect(back, status_code=303)
        return handler

    @get(FORMS_PATH + "/{paper_id:str}/removed", include_in_schema=False)
    async def removed(request: Request, library: Lib) -> Response:
        # Where a removal leads: what was removed (the paper's page is gone), and its undo.
        paper_id = request.path_params["paper_id"]
        if signin and not await _may_write(request, library, datasette):
            return _refusal_page(_SIGN_IN, paper_id)
        gone = {paper.id: paper for paper in await library.read(removed_papers)}.get(paper_id)
        if gone is None:
            return Redirect(paper_page_path(paper_id), status_code=303)  # back already, or never removed
        action = html.escape(form_action(paper_id, "/restore"))
        token = html.escape(form_token(datasette, paper_id))
        return _page("Removed", [
            f"<p>Removed “{html.escape(gone.title or paper_id, quote=False)}” from the library and "
            "every machine it syncs with.</p>",
            f'<form method="post" action="{action}"><input type="hidden" name="token" value="{token}">'
            '<button type="submit">Bring it back</button></form>',
            f'<p><a href="{BASE_URL}{DB_NAME}/papers">The library\'s papers</a></p>'])

    return [route(path, work) for path, work in _FORMS.items()] + [removed]
