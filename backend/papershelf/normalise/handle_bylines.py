"""A byline linking the writer's handle, one word in small letters ('By <a href=".../author/max.html">max
</a>', notconfusing.com, 2016, Pelican), over a post that is a paper reprinted whole: the title's heading
repeated in the text and, right under it, the paper's line of whole names ('Zhiyi Li, Cheng Peng, and Max
Klein'). The handle names the account that posted it; the line under the repeated heading names the paper's
authors, the poster among them: they are the record's. A handle with no such line of names is the name the
page gives its writer, read as it is (a hypotheses.org post's 'karstenruppert').
"""

from __future__ import annotations

from collections.abc import Callable


def past_a_handle(linked: list[str], names_under: Callable[[], list[str]]) -> list[str]:
    """The names under the title's repeated heading where the byline links one handle in small letters, else
    the linked names; `names_under` is asked only for a handle."""
    if len(linked) != 1 or len(linked[0].split()) != 1 or not linked[0].islower():
        return linked
    return names_under() or linked
