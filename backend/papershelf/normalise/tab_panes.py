"""The abstract in a tab pane: a page that sets an article's parts out as tabs (Bootstrap's pills and tabs)
shows its abstract in the pane the tab labelled "Abstract" (or the word in the page's language) opens. The
tab's link (href="#id") or button (data-href, data-target, aria-controls) names the pane by its id
(Noormags, 2017: <button data-href="#abstract-pills">چکیده</button> and div#abstract-pills)."""

from __future__ import annotations

from typing import Any

from ..identity import clean_text
from .body import MIN_ABSTRACT
from .html_meta import (
    ABSTRACT_IN_OTHER_LANGUAGES,
    FIGURES_UNSEEN,
    Page,
    abstract_text,
    block_text,
    short_text,
)

_CONTROLS = ('a[href^="#"], button[data-href^="#"], [data-target^="#"], [data-bs-target^="#"], '
             "[aria-controls]")
# Where a control names its pane, first what a script reads (a link's href may be "#" alone).
_TARGETS = ("data-href", "data-target", "data-bs-target", "aria-controls", "href")
_ABSTRACT_LABELS = frozenset(("abstract", *ABSTRACT_IN_OTHER_LANGUAGES))
# A tab's label and a part's run-in label ("Machine summary:") are short; reading only this much of an
# element keeps a control wrapped round a whole block from being read whole.
_LONGEST_LABEL = 60
_LABEL_TAGS = frozenset(("b", "strong", "h2", "h3", "h4", "h5", "h6", "label", "dt"))


def abstract_in_tab_pane(page: Page) -> str | None:
    """The abstract in the pane of the page's one tab labelled "Abstract": up to the first part labelled
    after it (Noormags's '<b>خلاصه ماشینی:</b>', the site's machine summary of the text). A pane that opens
    with another part's label holds no abstract. A page of several such tabs (a list of papers, each with
    its abstract to toggle) is no one paper's."""
    panes = {pane for control in page.tree.css(_CONTROLS) if (pane := _abstract_pane_id(control))}
    if len(panes) != 1:
        return None
    (pane_id,) = panes
    pane = page.tree.css_first(f'[id="{pane_id}"]')
    if pane is None:
        return None
    parts: list[str] = []
    for child in _holder(page, pane).iter(include_text=True):
        if child.tag == "-text":
            parts.append(child.text() or "")
            continue
        if (label := _run_in_label(child)) is not None:
            if (clean_text(" ".join(parts)) or "") or label not in _ABSTRACT_LABELS:
                break
            continue
        parts.append(block_text(child, FIGURES_UNSEEN) or "")
    text = abstract_text(clean_text(" ".join(parts)))
    return text if text and len(text) >= MIN_ABSTRACT else None


def _abstract_pane_id(control: Any) -> str | None:
    label = (clean_text(short_text(control, _LONGEST_LABEL)) or "").rstrip(":").casefold()
    if label not in _ABSTRACT_LABELS:
        return None
    for name in _TARGETS:
        target = (control.attributes.get(name) or "").strip().lstrip("#")
        if target and not any(character in target for character in "\"'\\ "):
            return target
    return None


def _holder(page: Page, pane: Any) -> Any:
    """The element of the pane that holds its parts side by side: the pane's wrappers (a panel's body, a
    row, a column) each hold one element with text, and are gone through."""
    holder = pane
    while len(filled := [child for child in holder.iter() if page.raw_length(child)]) == 1:
        holder = filled[0]
    return holder


def _run_in_label(node: Any) -> str | None:
    """The label a bold or heading element is when it is only that: short, ending in a colon."""
    if node.tag not in _LABEL_TAGS:
        return None
    text = clean_text(short_text(node, _LONGEST_LABEL)) or ""
    return text.rstrip(":").strip().casefold() if text.endswith(":") and len(text) < _LONGEST_LABEL else None
