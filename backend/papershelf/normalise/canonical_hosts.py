"""The host a page's canonical address names: the one its build was made for, which may not be the one it is
served at (Liyan Tang's Hugo PaperMod blog, round 258, after its final held-out figure: built for
Liyan06.github.io, its canonical link and og:url there, served under the CNAME www.tangliyan.com). A link
to it is a link to the site's own home, as one to the host served is.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from .html_meta import Page


def canonical_host(page: Page) -> str:
    """The host the page's canonical address (or og:url) names, casefolded, 'www.' taken off; '' for none."""
    address = page.canonical or page.og_url or ""
    return (urlsplit(address).hostname or "").casefold().removeprefix("www.")
