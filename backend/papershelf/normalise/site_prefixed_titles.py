"""A post whose meta titles open with the site's name and a colon, the h1 showing the title alone: R distill
writes <title>, og:title and HighWire's citation_title as '<site title>: <post title>' (the Argo Canada
Development Blog's, 2021: 'Argo Canada Development Blog: A Questionable Interpolation', og:site_name 'Argo
Canada Development Blog', the h1 in div.d-title 'A Questionable Interpolation'). citation_title is read as
naming the paper alone, so the site's name stayed in the title. The title is the rest, where og:site_name is
the opening and an h1 shows the rest whole. And og:title closed by the site's name after a separator is the
heading alone (og_title_less_the_sites_name), as scholarly compares it with a subtitle line.
"""

from __future__ import annotations

from .html_meta import Page
from .places import compact, page_headings

# How many of the page's h1s are compared with the rest of the title.
_HEADINGS = 20


def less_the_sites_prefix(page: Page, title: str | None) -> str | None:
    """The title less og:site_name and the colon opening it, where an h1 shows what is left; else the
    title."""
    site = (page.first("og:site_name") or "").strip()
    if not title or not site or not title.startswith(site + ":"):
        return title
    rest = title[len(site) + 1:].strip()
    key = compact(rest)
    if not key:
        return title
    for count, (_node, text) in enumerate(page_headings(page)):
        if count >= _HEADINGS:
            break
        if compact(text or "") == key:
            return rest
    return title


# What parts a title from the site's name after it in og:title ("Preprint and first release | Grünwald lab").
_SITE_NAME_SEPARATORS = (" | ", " – ", " — ", " - ", " :: ")


def og_title_less_the_sites_name(page: Page) -> str:
    """og:title less the site's name (og:site_name) closing it after a separator: the heading alone, as a
    Hugo Academic post's og:title writes it (the Grünwald lab's, 2025: 'Preprint and first release of
    PathogenSurveillance | Grünwald lab', og:site_name 'Grünwald lab')."""
    title = page.first("og:title") or ""
    site = (page.first("og:site_name") or "").strip()
    for separator in _SITE_NAME_SEPARATORS if site else ():
        if title.endswith(separator + site):
            return title[: -len(separator + site)]
    return title
