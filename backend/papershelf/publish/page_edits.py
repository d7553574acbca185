"""What the paper page's forms share between the page that shows them (the Datasette plugin
papershelf_pages.py) and the server that takes them (api/reading_forms.py): where they post,
and the token that proves a post came from a page this server made for that paper.

The forms are a browser's, which sends cookies with any post, from any site: a post counts only
with a token the pages' Datasette signed for that paper (its secret never leaves the server, and
no other site can read the page that holds the token). `papershelf serve` turns them on
(`plugins: {papershelf-edit: …}`, publish/datasette_app.py) on loopback, and where the pages ask
for a sign-in, for a signed-in token with the `write` scope; never on a server open to anyone,
in plain `datasette` or in a published copy.
"""

from __future__ import annotations

from urllib.parse import quote

from .library_pages import BASE_URL, DB_NAME

PLUGIN = "papershelf-edit"
FORMS_PATH = "/reading/papers"
_SALT = "papershelf-edit"


def edit_config(*, library: str, signin: bool) -> dict:
    """The metadata that turns the forms on: `signin`, the pages ask for a token first."""
    return {"library": library, "signin": signin}


def form_action(paper_id: str, what: str = "") -> str:
    return f"{FORMS_PATH}/{quote(paper_id, safe='')}{what}"


def form_token(datasette, paper_id: str) -> str:
    return datasette.sign({"p": paper_id}, _SALT)


def form_token_is_for(datasette, token: str, paper_id: str) -> bool:
    """Whether `token` is one the pages signed for this paper (a forged, altered or foreign
    one, or one signed before the server's secret changed, is not)."""
    try:
        return datasette.unsign(token, _SALT).get("p") == paper_id
    except Exception:  # itsdangerous' BadSignature, or a payload that is no token of ours
        return False


def paper_page_path(paper_id: str) -> str:
    return f"{BASE_URL}{DB_NAME}/papers/{quote(paper_id, safe='')}"
