"""A title whose project name the heading spells with a logo image in place of one of its letters
(SORRY-Bench's page, round 237: the h2 '<b>S<img src="…sorry-bench-logo.jpg">RRY-Bench</b>: Systematically
Evaluating LLM Safety Refusal', the image a round face standing for the 'O', no alt text; the <title>
'SORRY-Bench'). Read as text the heading loses the letter ('SRRY-Bench: …'); the page's <title> writes the
name whole, and an image standing right between the two parts of the name the heading shows says where the
letter went. A name the <title> writes otherwise, or a title no image breaks, is left as it is."""

from __future__ import annotations

from ..identity import clean_text
from .html_meta import Page

# How many images are read for the one inside the name, and how many letters the logo may stand for.
_IMAGES_READ = 100
_LOGO_LETTERS = 2
_SEPARATORS = (" - ", " | ", " \u2013 ", " \u2014 ", ": ")


def with_its_logo_letter(page: Page, title: str | None) -> str | None:
    """`title` with its first word spelt as the page's <title> names the project, where the heading shows that
    name with an image in place of a letter or two; `title` itself otherwise."""
    if not title:
        return title
    first = title.split(":", 1)[0] if ":" in title else title.split(" ", 1)[0]
    if not first or " " in first:
        return title
    tab = page.head_title
    name = clean_text(tab.text(deep=True)) if tab is not None else None
    if not name:
        return title
    for separator in _SEPARATORS:
        name = name.split(separator, 1)[0]
    if " " in name or not 0 < len(name) - len(first) <= _LOGO_LETTERS:
        return title
    for missing in range(1, len(first)):
        before, after = first[:missing], first[missing:]
        lost = len(name) - len(first)
        if (name[:missing] == before and name[missing + lost:] == after
                and _an_image_between(page, before, after)):
            return name + title[len(first):]
    return title


def _an_image_between(page: Page, before: str, after: str) -> bool:
    """Whether an image stands right after text ending with `before` and right before text opening with
    `after`: the logo in the name's place."""
    for count, image in enumerate(page.tree.css("img")):
        if count > _IMAGES_READ:
            return False
        prev, nxt = image.prev, image.next
        if (prev is not None and nxt is not None and prev.tag == "-text" and nxt.tag == "-text"
                and (prev.text_content or "").endswith(before)
                and (nxt.text_content or "").startswith(after)):
            return True
    return False
