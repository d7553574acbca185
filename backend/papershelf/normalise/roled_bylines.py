"""A byline whose writer's name stands in an element of its own after "By", the writer's role after it.

News sites set the name apart from the words around it ('By <span class="authorb">Janice Wood</span>
<em>Associate News Editor</em>': Psych Central, 2012), so the line's text runs the name into the role with
no comma between ('By Janice Wood Associate News Editor'), and a reader of the line takes the role for
more of the name or the whole for no name at all. The element's bounds say where the name ends: its whole
text a person's name, and the rest of the line after it a desk or a title and nothing else ('Associate
News Editor', 'Staff Writer', 'Science Correspondent').
"""

from __future__ import annotations

from typing import Any

from ..identity import clean_text
from .html_meta import Page, block_text, past_blank_text
from .names import NAME_PART, a_post, names_in_byline
from .places import texts_below_heading, title_or_first_heading

# How many texts under the heading the "By" may come after: a breadcrumb's tail, a date line, share links.
_NEAR = 8
# The line's siblings after the name read at most: a role is a few words, in an element or two.
_ROLE_NODES = 6
# Where a line ends inside its holder.
_LINE_ENDS = frozenset({"br", "p", "div", "li", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6"})


def name_before_its_role(page: Page, title: str | None) -> list[str]:
    """The one person a line under the title's heading names after a lone "By", their name the whole text
    of the element right after it and the rest of the line their role; none where no such line stands
    close under the heading."""
    heading = title_or_first_heading(page, title)
    if heading is None:
        return []
    # The heading's own words are left out: its title may hold a "By" of its own.
    for node, text in texts_below_heading(page, heading, _NEAR):
        # A capital "By" alone in its text: the label of the line, not a word of a sentence.
        if text == "By" and (named := _named_with_a_role(node)):
            return named
    return []


def _named_with_a_role(by: Any) -> list[str]:
    """The person the element right after `by` names, where the line goes on with their role alone."""
    element = past_blank_text(by.next, comments=True)
    if element is None or element.tag == "-text" or element.tag in _LINE_ENDS:
        return []
    name = clean_text(block_text(element)) or ""
    names = names_in_byline(name) if NAME_PART.fullmatch(name) else []
    if len(names) != 1:
        return []
    role = _rest_of_the_line(element)
    # The role alone, no comma (a comma's role the byline readers read already) and no more names.
    return names if role and a_post(role) else []


def _rest_of_the_line(element: Any) -> str:
    """The text of the siblings after `element` up to the line's end (a line break, a block, the holder's
    end), a few nodes at most."""
    parts: list[str] = []
    node = element.next
    for _ in range(_ROLE_NODES):
        if node is None or node.tag in _LINE_ENDS:
            break
        if node.tag == "-text":
            parts.append(node.text_content or "")
        elif node.tag != "-comment":
            parts.append(block_text(node) or "")
        node = node.next
    else:
        if node is not None and node.tag not in _LINE_ENDS:
            return ""  # a longer line than a role's
    return clean_text(" ".join(parts)) or ""

