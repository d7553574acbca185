"""A dash as a BibTeX entry writes it (round 257): a title's en dash is '--' in TeX, and an entry often
writes a plain hyphen where the page's heading shows the en dash (SFI-Bench's page: the subtitle
'Benchmarking Spatial&ndash;Functional Intelligence …', its entry's title '… Spatial-Functional
Intelligence …'). Compared with the dashes folded, the two are the same title."""

from __future__ import annotations

# The dashes a title may show between two words: the hyphen's Unicode forms, the figure, en and em dashes
# and the minus sign.
_DASHES = str.maketrans(dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2212", "-"))


def plain_dashes(text: str) -> str:
    """The text with every dash a hyphen, TeX's '--' and '---' included."""
    return text.translate(_DASHES).replace("---", "-").replace("--", "-")
