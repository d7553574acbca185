"""A byline a script right under the heading writes into the page with document.write (the Oracle, College
Publisher, 2012: under the h1 and an empty h2, <script>document.write("<p class='author'><span
class='by'>By</span> <a href='/search?q=&quot;"+author+"&quot;'>Jessica Velez ASST. NEWS EDITOR</a></p>");
</script>, then an empty p.author). The extension captures the page's DOM after its scripts ran
(extension/lib/page.js: documentElement.outerHTML), where the line the script wrote stands in the script's
place; the HTML served holds it only as the script's string. Read here as a capture holds it: the string
literals of the one call, joined (a variable between them, the link's search term, left out), parsed as HTML
with selectolax, never run. Its writer is the person its "By" line names, a title after the name in capitals,
'ASST. NEWS EDITOR', a role and no part of the name (as roled_bylines reads a role in an element of its own).
Asked only where no other reader names a writer, and only for a script among the few elements right under
the heading with nothing shown between them: a script elsewhere writes ads and widgets.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser

from ..identity import clean_text
from .html_meta import Page, block_text, next_element
from .names import NAME_PART, a_post, names_in_byline
from .places import title_or_first_heading

# How many elements right under the heading are looked at: an empty subheading, the script, its fallback.
_NEAR = 4
# How long a script is read at most, and the HTML it writes: a byline's line, not a program.
_SCRIPT = 2000
_WRITTEN = 600
# A JavaScript string literal in double or single quotes, its escapes kept for _unescaped.
_LITERAL = r'"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\''
# One call of document.write (or writeln) whose argument is string literals and variables joined by '+'.
_WRITE = re.compile(r"document\.write(?:ln)?\(\s*((?:" + _LITERAL + r"|[A-Za-z_$][\w$.]*)"
                    r"(?:\s*\+\s*(?:" + _LITERAL + r"|[A-Za-z_$][\w$.]*))*)\s*\)")
_LITERALS = re.compile(_LITERAL)
_ESCAPE = re.compile(r"\\(.)")


def byline_a_script_writes(page: Page, title: str | None) -> list[str]:
    """The writer the "By" line a script right under the title's heading writes names; none where no such
    script stands there, or its line names no one person."""
    heading = title_or_first_heading(page, title)
    node = next_element(heading) if heading is not None else None
    for _ in range(_NEAR):
        if node is None:
            return []
        if node.tag == "script":
            written = _written_html(node.text() or "")
            return _writer_of(written) if written else []
        if (block_text(node) or "").strip():
            return []  # words shown between the heading and the script: no line right under the heading
        node = next_element(node)
    return []


def _written_html(script: str) -> str | None:
    """The HTML the script's one document.write call writes, its string literals joined; None where the
    script writes nothing so, or more than once, or more than a line's HTML."""
    if len(script) > _SCRIPT:
        return None
    calls = _WRITE.findall(script)
    if len(calls) != 1:
        return None
    written = "".join(_ESCAPE.sub(r"\1", literal[1:-1]) for literal in _LITERALS.findall(calls[0]))
    return written if 0 < len(written) <= _WRITTEN else None


def _writer_of(written: str) -> list[str]:
    """The one person a "By" line of the written HTML names, a role in capitals after the name left out."""
    body = LexborHTMLParser(written).body
    line = clean_text(body.text(separator=" ")) if body is not None else None
    if not line or not line.startswith("By "):
        return []
    words = line[len("By "):].split()
    # The title after the name, written wholly in capitals ('ASST. NEWS EDITOR'): the longest such run of
    # words at the line's end that names a post.
    cut = len(words)
    while cut > 0 and any(letter.isalpha() for letter in words[cut - 1]) and words[cut - 1].isupper():
        cut -= 1
    role = " ".join(words[cut:])
    name = " ".join(words[:cut])
    if role and not a_post(role):
        return []
    names = names_in_byline(name) if NAME_PART.fullmatch(name) else []
    return names if len(names) == 1 else []
