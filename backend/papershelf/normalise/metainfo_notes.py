"""A reader's note on a paper under its title heading and a list of the paper's particulars (cympfh.cc's
paper notes, round 242: the writer's own generator 'unidoc', no meta but the <title>; h1.title
'b-Bit minwise hashing', the <title> the same words, right under it div.metainfo's list: the reviewed
paper's link, a one-line gist marked with a Remix Icon lightbulb, the tags; no byline, no day). The heading
is the note's title and the lightbulb-marked line the writer's own summary of the note, set apart from the
text.

Only where the first h1 classed title holds the whole of the <title>'s words, the element right after it is
a div classed metainfo, and one item of its list links somewhere on the web (the paper): a heading under
another <title>, a block of another class, or a list linking nothing is read as other pages are. The gist is
the item whose first element is an <i> icon of the lightbulb's class names ('ri-lightbulb-…'); an item under
another icon is none.
"""

from __future__ import annotations

from .body import BodyRecord
from .html_meta import Page, first_element, past_blank_text, short_text
from .places import compact

# The note's title heading and the block its generator sets right after it (class words, no combinator).
_TITLE_HEADING = 'h1[class~="title"]'
_PARTICULARS = "metainfo"
# The icon marking the writer's one-line gist (Remix Icon's lightbulb family: ri-lightbulb-line,
# ri-lightbulb-flash-line, …).
_GIST_ICON = "ri-lightbulb"
# How long a title and a gist run at most (characters and nodes read).
_LONGEST = 300


def note_under_its_metainfo(page: Page) -> BodyRecord | None:
    """The note the h1.title names, its summary the lightbulb-marked line of the metainfo list right under
    it; None otherwise."""
    heading = page.tree.css_first(_TITLE_HEADING)
    if heading is None:
        return None
    title = " ".join((short_text(heading, _LONGEST) or "").split())
    if not title or compact(title) != compact(page.node_text("title") or ""):
        return None
    block = past_blank_text(heading.next, "next", comments=True)
    if block is None or block.tag != "div" or (
            _PARTICULARS not in (block.attributes.get("class") or "").split()):
        return None
    items = block.css("li")
    if not any((link.attributes.get("href") or "").startswith(("http://", "https://"))
               for item in items for link in item.css("a")):
        return None
    return BodyRecord(title=title, abstract=_gist(items), known=True)


def _gist(items: list) -> str | None:
    """The words of the first item opening with a lightbulb icon; None where no item does."""
    for item in items:
        icon = first_element(item)
        if icon is None or icon.tag != "i":
            continue
        if any(word.startswith(_GIST_ICON) for word in (icon.attributes.get("class") or "").split()):
            words = " ".join((short_text(item, _LONGEST) or "").split())
            return words or None
    return None
