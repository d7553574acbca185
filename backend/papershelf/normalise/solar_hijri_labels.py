"""When a Persian page dates its work in the Solar Hijri calendar: a day after a publication label (Iran's
national book database, ketab.ir, 2022: <td>تاریخ نشر</td><td>13790523</td>, the day as eight digits, year,
month and day), and the season and year of the issue it appeared in ("… زمستان 1391 شماره 16", winter 1391,
issue 16: ensani.ir's source line). A year alone after a label ("تاريخ انتشار مطلب: 1391") spans two Gregorian
years and dates nothing by itself."""

from __future__ import annotations

import re

from ..identity import clean_text
from .html_meta import Page, next_element, past_blank_text
from .label_holders import label_holders
from .solar_hijri import gregorian

# "Date of publication", "year of publication", "date of release" (of the item), with the Arabic letters a
# Persian page may type for its yeh and kaf; the label alone in its element, a colon after it or not.
_PUBLICATION_LABEL = re.compile(
    r"(?:تاریخ|تاريخ|سال)\s*(?:نشر|انتشار)(?:\s*(?:مطلب|مقاله|کتاب|كتاب))?\s*:?", re.IGNORECASE
)
# A day of the years pages carry (1300-1499 SH): eight digits, or parted by slashes or hyphens.
_DAY = re.compile(r"(1[34]\d\d)(?:([01]\d)([0-3]\d)|[/-](\d{1,2})[/-](\d{1,2}))")
_LONGEST_VALUE = 40


def labelled_solar_hijri_day(page: Page) -> str | None:
    """The Gregorian day of the first Solar Hijri day written after a publication label, in the label's
    own text or as the whole of the element after it (the next table cell)."""
    for node, raw, _ in label_holders(page):
        own = clean_text(raw) or ""
        label = _PUBLICATION_LABEL.match(own)
        if label is None:
            continue
        rest = own[label.end():].strip()
        if not rest:
            # The value after the label: bare text (<span>…: </span>1386/11/02), else the next element.
            after = past_blank_text(node.next)
            if after is not None and after.tag == "-text":
                rest = clean_text(after.text_content) or ""
            elif (value := next_element(node)) is not None:
                rest = clean_text(value.text(deep=True)) or ""
        if len(rest) > _LONGEST_VALUE:
            continue
        if (day := _day(rest)) is not None:
            return day
    return None


def _day(text: str) -> str | None:
    found = _DAY.fullmatch(text.translate(_PERSIAN_DIGITS).strip())
    if found is None:
        return None
    year, month, day, parted_month, parted_day = found.groups()
    shown = gregorian(int(year), int(month or parted_month), int(day or parted_day))
    return shown.isoformat() if shown is not None else None


_PERSIAN_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")

# The seasons and the Gregorian years their months fall in: spring, summer and autumn (Farvardin to Azar,
# 21 March to 21 December) in the year 621 after the Solar Hijri one, winter (Dey to Esfand, 22 December
# to 20 March) all but its first ten days in the year after that.
_SEASONS = {"بهار": 621, "تابستان": 621, "پاییز": 621, "پائیز": 621, "زمستان": 622}
# An issue's season and year, then its number ("زمستان 1391 شماره 16"): a journal's issue, not a season of
# the text's own story.
_ISSUE_SEASON = re.compile(
    r"(?<![^\W\d_])(" + "|".join(_SEASONS) + r")\s+(1[34]\d\d)\s+(?:شماره|ش\.)\s*\d"
)
_LONGEST_ISSUE_LINE = 200


def issue_season_year(page: Page) -> str | None:
    """The Gregorian year of the season and Solar Hijri year of the issue a page's paper appeared in, as its
    source line names them (an element's own text of a line's length)."""
    for _, raw, _ in label_holders(page) + [(None, text, "") for text in _link_texts(page)]:
        if len(raw) > _LONGEST_ISSUE_LINE or not raw.strip():
            continue
        found = _ISSUE_SEASON.search((clean_text(raw) or "").translate(_PERSIAN_DIGITS))
        if found is not None:
            return str(int(found.group(2)) + _SEASONS[found.group(1)])
    return None


def _link_texts(page: Page) -> list[str]:
    return [node.text(deep=False) or "" for node in page.tree.css("a")]
