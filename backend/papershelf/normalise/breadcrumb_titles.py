"""The name a page's JSON-LD BreadcrumbList gives its last step, the page itself: the title the page shows
where its meta titles carry another, written for search engines (Aeon, 2024: <title>, og:title and the
Article's headline "After 3,000 years of science, the embryo is very different | Aeon Essays", which no
heading shows; the essay's title over its standfirst, an h2 "Building embryos", the name its breadcrumbs
give the page's own address). Read only where a heading shows it and the step is the page's address.

A meta title that only the trail itself shows, as its last step, is shown by no headline (WAZ, 2025, a Funke
page: the SEO headline in an h1 inside the breadcrumb nav, the story under an h2 in an hgroup).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

import msgspec

from ..identity import clean_text
from .common import UNREADABLE_JSON
from .html_meta import Page, json_ld_types
from .places import HEADINGS, compact, page_headings, title_heading

# How far up from a heading the trail is sought: the step's list item, the list, a wrapper or two, the nav.
# Bounded, so that every heading of a page is asked at a cost of its own.
_TRAIL_DEPTH = 6


def shown_breadcrumb_title(page: Page, url: str) -> str | None:
    """The name the breadcrumbs give the page's own address, where a heading shows it; else None."""
    own = {_key(address) for address in (url, page.canonical, page.og_url) if address}
    for node in page.tree.css('script[type="application/ld+json"]'):
        try:
            data = msgspec.json.decode(node.text(deep=True) or "")
        except UNREADABLE_JSON:
            continue
        for trail in _breadcrumb_lists(data):
            name = _last_step_name(trail, own)
            if name and title_heading(page, name, HEADINGS) is not None:
                return name
    return None


def _breadcrumb_lists(data: Any) -> list[dict[str, Any]]:
    """The BreadcrumbList objects at a JSON-LD block's top, in a list of them or in its @graph."""
    items = data if isinstance(data, list) else [data]
    if isinstance(data, dict) and isinstance(data.get("@graph"), list):
        items = [*items, *data["@graph"]]
    return [item for item in items
            if isinstance(item, dict) and "breadcrumblist" in json_ld_types(item.get("@type"))]


def _last_step_name(trail: dict[str, Any], own: set[str]) -> str | None:
    """The name of the trail's last step (its highest position) when the step is the page's address."""
    steps = [step for step in trail.get("itemListElement") or [] if isinstance(step, dict)]
    if not steps:
        return None
    last = max(steps, key=lambda step: step.get("position") if isinstance(step.get("position"), int) else -1)
    item = last.get("item")
    address = item.get("@id") or item.get("url") if isinstance(item, dict) else item
    name = last.get("name") or (item.get("name") if isinstance(item, dict) else None)
    if not isinstance(address, str) or _key(address) not in own or not isinstance(name, str):
        return None
    return clean_text(name)


def _key(address: str) -> str:
    """An address as the same page's others may write it: no scheme, "www.", query or closing slash."""
    parts = urlsplit(address.strip())
    host = parts.netloc.casefold().removeprefix("www.")
    return f"{host}{parts.path.rstrip('/')}"


def shown_by_a_headline(page: Page, title: str) -> bool:
    """Whether a heading outside the breadcrumb trail shows `title`: a trail's last step repeats the meta
    title (WAZ's h1 in its breadcrumb nav) without being the headline the story stands under."""
    heading = title_heading(page, title, HEADINGS)
    if heading is None or not in_a_trail(heading):
        return heading is not None
    key = compact(title)
    return any(compact(text or "") == key and not in_a_trail(node)
               for node, text in page_headings(page, HEADINGS))


def in_a_trail(node: Any) -> bool:
    """Whether a heading is a step of a breadcrumb trail: it or one of its nearest ancestors names the
    trail in an attribute, as templates do (an id, a class, an ARIA label, a module's data attribute:
    "breadcrumb", "BreadcrumbModule", data-breadcrumb-headline)."""
    for _ in range(_TRAIL_DEPTH + 1):
        if node is None or node.tag in ("body", "html"):
            return False
        if any("breadcrumb" in f"{name} {value or ''}".casefold() for name, value in node.attributes.items()):
            return True
        node = node.parent
    return False
