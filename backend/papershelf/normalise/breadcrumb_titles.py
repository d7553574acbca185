"""The name a page's JSON-LD BreadcrumbList gives its last step, the page itself: the title the page shows
where its meta titles carry another, written for search engines (Aeon, 2024: <title>, og:title and the
Article's headline "After 3,000 years of science, the embryo is very different | Aeon Essays", which no
heading shows; the essay's title over its standfirst, an h2 "Building embryos", the name its breadcrumbs
give the page's own address). Read only where a heading shows it and the step is the page's address.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

import msgspec

from ..identity import clean_text
from .common import UNREADABLE_JSON
from .html_meta import Page, json_ld_types
from .places import HEADINGS, title_heading


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
