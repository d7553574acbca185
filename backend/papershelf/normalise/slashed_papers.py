"""A "By" line that names the writer and then, after a slash, the paper or the wire the story comes from (The
Bulletin, Bend, 2015: "By Monte Morin / Los Angeles Times", a story it carried from that paper). The paper is
no person: the line's names are those before the slash. Words after a slash that are no paper's or wire's name
leave the line as it is.
"""

from __future__ import annotations

from .mastheads import a_newspapers_name
from .wire_agencies import a_wire_credit

# A slash between spaces parts the writer from the paper: not a date's ("1/1/2015"), nor an address's, nor the
# double slashes a "By" line's day follows (read as a bar elsewhere).
_SLASH = " / "


def less_the_paper_after_a_slash(line: str) -> str:
    """The line without the paper's or wire's name after its last slash ("Monte Morin / Los Angeles Times"
    gives "Monte Morin"); the line as it is where no such name follows one, or nothing stands before it."""
    before, slash, after = line.rpartition(_SLASH)
    if not slash or not before.strip() or "//" in after:
        return line
    paper = after.strip(" ,.")
    return before.rstrip() if a_newspapers_name(paper) or a_wire_credit(paper) else line
