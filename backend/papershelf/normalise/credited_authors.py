"""The writer a story's credits label its author, where its author meta names the same person.

Science@NASA (2004) shows no byline under its heading: the story's people are credited at its end, each
after the part they played ('Credits & Contacts', 'Author: <a>Patrick L. Barry</a>', 'Responsible NASA
official: …', 'Production Editor: …'), and its author meta names the writer. Either alone says less: an
author meta often names the site's company (Innovations Report's 'Idea TV GmbH'), and a label 'Author:'
may stand over anything. Together they name the story's author.
"""

from __future__ import annotations

import re

from ..identity import clean_text
from .html_meta import Page

# The label of the part, alone on its text or before the name: "Author:", "Authors: ".
_LABEL = re.compile(r"authors?\s*:\s*(.*)", re.IGNORECASE | re.DOTALL)


def credited_author(page: Page) -> list[str] | None:
    """The author meta's one person, where the page labels the same name 'Author:'; None otherwise."""
    named = [value for value in page.every("author") if clean_text(value)]
    if len(named) != 1 or page.tree.body is None:
        return None
    name = clean_text(named[0]) or ""
    key = name.casefold()
    labelled = False  # the label stood alone on its text: the name is the next text's
    for node in page.tree.body.traverse(include_text=True):
        if node.tag != "-text" or not (text := clean_text(node.text_content)):
            continue
        if labelled:
            if text.casefold() == key:
                return [name]
            labelled = False
        if (found := _LABEL.fullmatch(text)) is None:
            continue
        rest = clean_text(found.group(1))
        if rest is None:
            labelled = True
        elif rest.casefold() == key:
            return [name]
    return None
