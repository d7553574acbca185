"""Dates as paper pages write them, and which of a page's dates says when the paper appeared.

Pages write dates every way there is: `2021/6`, `2012 Nov 26`, `Dec 20, 2006`, `24 Apr 2013`,
`12/01/2015 00:00:00` (day or month first: nothing says which), `March/April 2014`, a conference's
`8-11 Nov. 2005`, `2015-10-01T00:00:00-07:00`. A date keeps exactly the precision its text has: a
bare year stays a year. These patterns read date strings from attributes, JSON and the text of the
page (never HTML).

`published_date` picks when the paper first appeared, like arXiv's first version: the earliest of
the page's publication dates. Issue dates, digitisation dates and received/accepted dates are the
traps it avoids.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator

from ..identity import clean_text
from .solar_hijri import MONTHS as SOLAR_HIJRI_MONTHS
from .solar_hijri import gregorian as solar_hijri

# The weekdays, Monday first, as date.weekday() numbers them.
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTH_NAMES = (
    ("jan", "january"),
    ("feb", "february"),
    ("mar", "march"),
    ("apr", "april"),
    ("may",),
    ("jun", "june"),
    ("jul", "july"),
    ("aug", "august"),
    ("sep", "sept", "september"),
    ("oct", "october"),
    ("nov", "november"),
    ("dec", "december"),
)
_MONTHS = {name: number for number, names in enumerate(_MONTH_NAMES, start=1) for name in names}


def english_month(name: str) -> int | None:
    """The number of an English month's name or abbreviation ("Oct", "Sept.", "October"); None otherwise."""
    return _MONTHS.get(name.casefold().rstrip("."))

# The months as Spanish and Portuguese write them, in the one form those languages date a day with:
# "9 de febrero de 2018", "9 de fevereiro de 2018" (a paper's translation, a Latin American journal).
_IBERIAN_MONTH_NAMES = (
    ("enero", "janeiro"), ("febrero", "fevereiro"), ("marzo", "março"), ("abril",), ("mayo", "maio"),
    ("junio", "junho"), ("julio", "julho"), ("agosto",), ("septiembre", "setiembre", "setembro"),
    ("octubre", "outubro"), ("noviembre", "novembro"), ("diciembre", "dezembro"),
)
_IBERIAN_MONTHS = {
    name: number for number, names in enumerate(_IBERIAN_MONTH_NAMES, start=1) for name in names
}
_IBERIAN_MONTH = r"(" + "|".join(sorted(_IBERIAN_MONTHS, key=len, reverse=True)) + r")\b"
# The months as other European languages, Turkish and Indonesian write them in a day written out,
# "12 mars 2019", "3. März 2021", "12 марта 2019" (Slavic languages in the genitive a day takes):
# read only with a day and a year, so that "Mars 2020" stays a name.
_DAY_MONTH_NAMES = (
    ("janvier", "gennaio", "januari", "ocak", "stycznia", "января", "січня", "ledna"),
    ("février", "fevrier", "febbraio", "februari", "şubat", "lutego", "февраля", "лютого",
     "února"),
    ("mars", "marzo", "maart", "maret", "mart", "marca", "марта", "березня", "března"),
    ("avril", "aprile", "nisan", "kwietnia", "апреля", "квітня", "dubna"),
    ("maggio", "mei", "maj", "mayıs", "maja", "мая", "травня", "května"),
    ("juin", "giugno", "haziran", "czerwca", "июня", "червня", "června"),
    ("juillet", "luglio", "temmuz", "lipca", "июля", "липня", "července"),
    ("août", "aout", "agosto", "augustus", "agustus", "augusti", "ağustos", "sierpnia", "августа", "серпня",
     "srpna"),
    ("septembre", "settembre", "eylül", "września", "сентября", "вересня", "září"),
    ("octobre", "ottobre", "ekim", "października", "октября", "жовтня", "října"),
    ("novembre", "kasım", "listopada", "ноября", "листопада", "listopadu"),
    ("décembre", "decembre", "dicembre", "desember", "aralık", "grudnia", "декабря", "грудня",
     "prosince"),
)
# German's months (Austria's Jänner and Feber too, März without its umlaut): with a day here, and alone
# with a year where a reader asks for a month (german_months.py).
GERMAN_MONTH_NAMES = (
    ("januar", "jänner"), ("februar", "feber"), ("märz", "maerz"), ("april",), ("mai",), ("juni",),
    ("juli",), ("august",), ("september",), ("oktober",), ("november",), ("dezember",),
)
# Greek's months in the genitive a day takes, and as a date line shortens them before a full stop
# (health.in.gr, 2012: 'Δημοσίευση: 04 Ιαν. 2012, 11:28'); read only with a day and a year, as the others.
_GREEK_MONTH_NAMES = (
    ("ιανουαρίου", "ιαν"), ("φεβρουαρίου", "φεβ"), ("μαρτίου", "μαρ"), ("απριλίου", "απρ"),
    ("μαΐου", "μαϊου", "μαΐ", "μαϊ"), ("ιουνίου", "ιουν"), ("ιουλίου", "ιουλ"), ("αυγούστου", "αυγ"),
    ("σεπτεμβρίου", "σεπ", "σεπτ"), ("οκτωβρίου", "οκτ"), ("νοεμβρίου", "νοε"), ("δεκεμβρίου", "δεκ"),
)
_DAY_MONTHS = {name: number for number, names in enumerate(_DAY_MONTH_NAMES, start=1) for name in names} | {
    name: number for number, names in enumerate(GERMAN_MONTH_NAMES, start=1) for name in names
    if name not in _MONTHS} | {
    name: number for number, names in enumerate(_GREEK_MONTH_NAMES, start=1) for name in names}
# Turkish capitals lose the dot of their i in Python's lower case ("MAYIS" -> "mayis", "AĞUSTOS").
_DOTLESS = {_turkish.replace("ı", "i"): number for _turkish, number in _DAY_MONTHS.items()}
_DAY_MONTH = r"(" + "|".join(sorted(_DAY_MONTHS, key=len, reverse=True)) + r")\b"
_MONTH = r"(" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\b\.?"
# A time of day as pages write one beside a day: "15:08", "05:20:31", "11:36 AM", "3:21pm" (match case-blind).
TIME_OF_DAY = r"\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?"
# How long an ISO date that names its day is ("2015-10-02"): a month ("2015-10") or a year is shorter.
DAY_LENGTH = 10
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
# A year a paper can have; other four digits are part of an identifier ("s10924-010-0192-1").
_YEAR_DIGITS = r"(1[5-9]\d\d|20\d\d)"
# A Chinese weekday written after a day ('星期六', '周六', '礼拜天'), a space or none between.
_CHINESE_WEEKDAY = r"(?:\s*(?:星期|周|週|礼拜|禮拜)[一二三四五六日天])"
_YEAR = _YEAR_DIGITS + r"(?!\d)"

# Each pattern knows how to turn its groups into (year, month, day); None parts are unknown.
_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), order)
    for pattern, order in (
        (r"(?<![\d.])" + _YEAR_DIGITS + r"[-/.](\d{1,2})(?:[-/.](\d{1,2}))?(?!\d)", "ymd"),  # 2021/6
        (r"(?<![\d.])(\d{1,2})/(\d{1,2})/" + _YEAR, "ab-y"),  # 12/01/2015: D/M or M/D
        # Hungarian (and Korean) write the day year first, a full stop and a space after each figure: "2020.
        # 08. 18." (BAON, 2020). All three and their stops: a year closing a sentence before a number is no
        # date.
        (r"(?<![\d.])" + _YEAR_DIGITS + r"\.\s(\d{1,2})\.\s(\d{1,2})\.(?!\d)", "ymd"),
        # Figures set apart by full stops are day first wherever they are written so (Europe, Russia:
        # "02.12.2025" is 2 December); month-first dates take slashes, and a dotted one only when it
        # can be nothing else ("03.15.2021").
        (r"(?<![\d.])(\d{1,2})\.(\d{1,2})\." + _YEAR, "d.m.y"),
        # Chinese and Japanese write the year, month and day each with its character: 2017年5月27日,
        # 2017年5月; Korean with its own: 2017년 5월 27일. A Chinese day may carry its weekday after it, part
        # of the same date ('2026年6月6日星期六': Hugo Stack's time element in Chinese, round 251).
        (r"(?<![\d.])" + _YEAR_DIGITS + r"\s*[年년]\s*(\d{1,2})\s*[月월](?:\s*(\d{1,2})\s*[日일]"
         + _CHINESE_WEEKDAY + r"?)?", "ymd"),
        # A range of days (a conference, "8-11 Nov. 2005", "Nov. 8–11, 2005") is its month.
        (r"(?<![\d.])(\d{1,2})\s*[–-]\s*(\d{1,2})\s+" + _MONTH + r",?\s+" + _YEAR, "range-m-y"),
        (r"\b" + _MONTH + r"\s+(\d{1,2})\s*[–-]\s*(\d{1,2}),?\s+" + _YEAR, "m-range-y"),
        (r"(?<!\d)" + _YEAR + r"\s+" + _MONTH + r"\s+(\d{1,2})(?!\d)", "y-m-d"),  # 2012 Nov 26
        # …a comma after the year, as a Hugo theme's date format "2006, Jan 02" writes the day (Never stop
        # learning!, round 192: time.entry-date '2018, Mar 26'); the month capitalised, so that a year
        # closing a clause before the verb "may" and a number ("in 2018, may 3 …") is no day; nor the first
        # day of a range after a venue's year ("MICRO 2024, November 2-6, 2024": the range's month).
        (r"(?<!\d)" + _YEAR + r",\s+(?=(?-i:[A-Z]))" + _MONTH + r"\s+(\d{1,2})(?![\d,:]|\s*[–-])", "y-m-d"),
        # 2005 Aug (NLM's month of an issue), the month ending the date: "2005 may differ" is prose
        (r"(?<!\d)" + _YEAR + r"\s+" + _MONTH + r"(?=\s*(?:[;,.)\]]|$))", "y-m"),
        # …and German's ordinal day, its full stop before an abbreviated month: "21. Jan. 2015".
        (r"(?<!\d)" + _DAY + r"\.?\s+" + _MONTH + r",?\s+" + _YEAR, "d-m-y"),  # 24 Apr 2013
        # The day, the month's short name and the year joined by hyphens, as databases print a day
        # (EurekAlert!'s release date, 2021: "6-Aug-2020").
        (r"(?<![\w.-])(\d{1,2})-" + _MONTH + r"-" + _YEAR, "d-m-y"),
        (r"(?<!\d)(\d{1,2})\s+de\s+" + _IBERIAN_MONTH + r"\s+(?:de|del)\s+" + _YEAR, "d-de-m-y"),
        # …its name shortened before a full stop too ("04 Ιαν. 2012").
        (r"(?<!\d)(\d{1,2})(?:\.|er)?\s+" + _DAY_MONTH + r"\.?\s+" + _YEAR, "d-m-y-written"),  # 12 mars 2019
        (r"\b" + _MONTH + r"\s+" + _DAY + r",?\s+" + _YEAR, "m-d-y"),  # Dec 20, 2006
        # A Solar Hijri day with its month's name, "۱ خرداد ۱۳۸۶" (any script's digits): read as its
        # Gregorian day. Its years (1200-1499) are no Gregorian year of a paper.
        (r"(?<!\d)(\d{1,2})\s+(" + "|".join(sorted(SOLAR_HIJRI_MONTHS, key=len, reverse=True))
         + r")\s+(\d{4})(?!\d)", "d-m-y-solar-hijri"),
        # March/April 2014 (a double issue starts with its first month), Sept. 2020
        (r"\b" + _MONTH + r"(?:\s*[/–-]\s*" + _MONTH + r")?,?\s+" + _YEAR, "m-y"),
        # 1926, (2016); not a page of a range ("13, 1689-1712, 2013") nor a segment of an address
        # ("www.atmos-chem-phys.net/13/1689/2013/")
        (r"(?<![\w./])(?<!\d[-–])" + _YEAR_DIGITS + r"(?![\w/])(?![-–]\d)", "y"),
    )
)


_AMBIGUOUS = _PATTERNS[1][0]  # 12/01/2015


# The decimal digits of other scripts, as pages in them write a date ("٢٠٢٣/٠٦/٠٥"): Arabic-Indic,
# Persian, NKo, the Indic scripts', Thai, Lao, Tibetan, Myanmar, Khmer, Mongolian, full-width.
_DIGIT_ZEROS = (0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66,
                0x0CE6, 0x0D66, 0x0DE6, 0x0E50, 0x0ED0, 0x0F20, 0x1040, 0x17E0, 0x1810, 0xFF10)
_WESTERN_DIGITS = {zero + digit: str(digit) for zero in _DIGIT_ZEROS for digit in range(10)}


def _date_text(value: str | None) -> str | None:
    """`value` cleaned, its digits written as 0-9 (a calendar of other eras, a Solar Hijri
    1402 or a Buddhist-era 2566, then reads as no year of the dates below)."""
    text = clean_text(value)
    return text.translate(_WESTERN_DIGITS) if text and not text.isascii() else text


def partial_date(value: str | None) -> str | None:
    """The first date in a string, as precise as it is written: "2021/6" -> "2021-06",
    "2012 Nov 26" -> "2012-11-26", "2005 Aug" -> "2005-08", "2004" -> "2004"; None when it holds
    none or an impossible one."""
    text = _date_text(value)
    if not text:
        return None
    found = _first_match(text)
    return found[2] if found else None


def day_month_readings(value: str | None) -> tuple[str, str] | None:
    """Both readings of a date that may be day or month first ("11/01/2013": 1 November or 11
    January), which `partial_date` keeps as the year alone; None for any other value."""
    text = _date_text(value)
    found = _first_match(text) if text else None
    if found is None or len(found[2] or "") != 4:
        return None
    match = _AMBIGUOUS.search(text, found[0])
    if match is None or match.start() != found[0]:
        return None
    first, second, year = (int(part) for part in match.groups())
    month_first, day_first = _format(year, first, second), _format(year, second, first)
    return (month_first, day_first) if month_first and day_first else None


# The orders of the patterns that write a day with its month in words: a reading of one is sure of its
# month ("July 1, 2014", "1 July 2014", "2012 Nov 26"), where figures alone may be day or month first.
_WORDED = frozenset({"y-m-d", "d-m-y", "d-de-m-y", "d-m-y-written", "m-d-y", "d-m-y-solar-hijri"})


def worded_days(text: str) -> set[str]:
    """Every day a text writes with its month in words, each pattern run once over the text (linear:
    no walk from one date to the next, each time searching the rest of the text again)."""
    days: set[str] = set()
    for pattern, order in _PATTERNS:
        if order in _WORDED:
            days.update(day for match in pattern.finditer(text)
                        if len(day := _iso(match.groups(), order) or "") == 10)
    return days


# Longer than any date written out ("September/October 2020", "Wednesday, 28th September 2016"):
# a text this long is more than a date, and no pattern need look through it.
_LONGEST_DATE = 64


def whole_date(text: str | None) -> str | None:
    """The date a text is, and nothing else ("1 December 2020", not "Richard et al. (2003)")."""
    text = clean_text(text) or ""
    if len(text) > _LONGEST_DATE:
        return None
    # The first reading alone tells: a date that is the whole text leaves none after it. Walking every
    # date of a long text (a page's whole body after its heading) took quadratic time.
    found = _first_match(text) if text else None
    return found[2] if found is not None and found[0] == 0 and found[1] == len(text) else None


def dates_in_text(text: str) -> list[tuple[int, int, str | None]]:
    """Every valid date in a text, in order, as (start, end, iso); overlapping readings collapse
    into the earliest-starting, longest one."""
    found: list[tuple[int, int, str]] = []
    position = 0
    while (match := _first_match(text, position)) is not None:
        if match[2]:
            found.append(match)
        position = match[1]
    return found


def _first_match(text: str, position: int = 0) -> tuple[int, int, str | None] | None:
    best: tuple[int, int, str | None] | None = None
    for pattern, order in _PATTERNS:
        match = pattern.search(text, position)
        if match is None:
            continue
        if order in _RANGES and not _days_ascend(match.groups(), order):
            continue  # "Number 10 - 5 October 2020" is an issue number, then a day
        candidate = (match.start(), match.end(), _iso(match.groups(), order))
        if best is None or (candidate[0], -candidate[1]) < (best[0], -best[1]):
            best = candidate
    return best


_RANGES = ("range-m-y", "m-range-y")


def _days_ascend(groups: tuple[str | None, ...], order: str) -> bool:
    first, last = groups[:2] if order == "range-m-y" else groups[1:3]
    return int(first or 0) < int(last or 0)


def _iso(groups: tuple[str | None, ...], order: str) -> str | None:
    if order == "ymd":
        year, month, day = (int(part) if part else None for part in groups)
        return _format(year, month, day)
    if order == "ab-y":
        first, second, year = (int(part) for part in groups)
        if first == second or first > 12 >= second:
            return _format(year, second, first)
        if second > 12 >= first:
            return _format(year, first, second)
        return _format(year, None, None)  # 05/01/2016 is May or January: only the year is sure
    if order == "d.m.y":
        day, month, year = (int(part) for part in groups)
        # "03.15.2021" can only be month first (an American page's): read so, as slashes read it.
        return _format(year, day, month) if month > 12 >= day else _format(year, month, day)
    if order == "y-m-d":
        year, month, day = groups
        return _format(int(year), _MONTHS[month.lower()], int(day))
    if order == "d-m-y":
        day, month, year = groups
        return _format(int(year), _MONTHS[month.lower()], int(day))
    if order == "d-de-m-y":
        day, month, year = groups
        return _format(int(year), _IBERIAN_MONTHS[month.lower()], int(day))
    if order == "d-m-y-written":
        day, month, year = groups
        name = month.lower().replace("i\u0307", "i")
        number = _DAY_MONTHS.get(name) or _DOTLESS.get(name.replace("ı", "i"))
        return _format(int(year), number, int(day) if number else None)
    if order == "m-d-y":
        month, day, year = groups
        return _format(int(year), _MONTHS[month.lower()], int(day))
    if order == "d-m-y-solar-hijri":
        day, month, year = groups
        if not 1200 <= int(year) < 1500:
            return None
        shown = solar_hijri(int(year), SOLAR_HIJRI_MONTHS[month], int(day))
        return shown.isoformat() if shown else None
    if order == "m-y":
        month, _, year = groups
        return _format(int(year), _MONTHS[month.lower()], None)
    if order == "y-m":
        year, month = groups
        return _format(int(year), _MONTHS[month.lower()], None)
    if order == "range-m-y":
        _, _, month, year = groups
        return _format(int(year), _MONTHS[month.lower()], None)
    if order == "m-range-y":
        month, _, _, year = groups
        return _format(int(year), _MONTHS[month.lower()], None)
    return _format(int(groups[0]), None, None)


def figures_date(year: int, first: int, second: int, *, day_first: bool) -> str | None:
    """A date written in figures ("31/01/2018") read day first or month first; None for a day the
    month does not have ("31/02/2018", a slip)."""
    return _format(year, second, first) if day_first else _format(year, first, second)


def _format(year: int | None, month: int | None, day: int | None) -> str | None:
    if year is None:
        return None
    if month is None:
        return f"{year:04d}"
    if not 1 <= month <= 12:
        return None
    if day is None:
        return f"{year:04d}-{month:02d}"
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


# What a label in front of a date says it is: the last of these words before the date decides.
_PUBLISHED_WORDS = re.compile(
    r"publish|publication|online|posted|available|issued|release|appeared", re.IGNORECASE
)
# "In original form 2010 January 5" (MNRAS's history list) is the submission, received as first written.
_NOT_PUBLISHED_WORDS = re.compile(r"receiv|revis|accept|submit|original form", re.IGNORECASE)


def labelled_dates(text: str) -> Iterator[tuple[bool, str]]:
    """(is_publication, iso) for every date in a page's "Received … Accepted … Published …" text.

    The words between the previous date and this one label it; the last label word wins, so
    "Accepted Manuscript published: April 18, 2019" is a publication. A date with no label is
    taken as a publication date (a bare "(12 Jan 2015)" next to a journal name).
    """
    previous_end = 0
    for start, end, iso in dates_in_text(text):
        label = text[previous_end:start]
        previous_end = end
        yield label_says_published(label) is not False, iso


def label_says_published(label: str) -> bool | None:
    """What the words before a date say it is: True a publication ("Published online"), False a received,
    revised or accepted day, None neither (no label, or another: "Draft of"). The last such word decides."""
    published = [match.start() for match in _PUBLISHED_WORDS.finditer(label)]
    other = [match.start() for match in _NOT_PUBLISHED_WORDS.finditer(label)]
    if not published and not other:
        return None
    return max(published, default=-1) >= max(other, default=-1)


def published_date(
    stated: Iterable[str | None], shown: Iterable[str] = (), not_published: Iterable[str] = (),
    online_only: Iterable[str] = (),
) -> str | None:
    """When the paper first appeared, from the dates its metadata states and its page shows.

    `stated` are the dates in meta tags and JSON-LD, `shown` the publication dates the page
    labels in its text, `not_published` the received/accepted dates it labels.

    - A stated date that the page labels as received or accepted is dropped (Frontiers writes
      the acceptance date as citation_online_date).
    - Metadata writes a year as 1 January and a month as its first day (an issue of "May 2016"
      as 2016/05/01): 1 January reads as the year, and the first of a month as the month when
      another date falls in that month.
    - The earliest date wins (an issue date, a later version, a digitisation come after the
      first appearance); when it is a year or a month, the earliest full date inside it
      refines it.
    - A month with no day inside it but one in the month right after is an issue filled late (a
      June issue whose paper went online on 6 July): the paper was not out in that month, and
      the day it first appeared wins; not a day only `online_only` states (a print-first journal's or
      a meeting's copy put online after the month it came out in).
    """
    excluded = set(not_published)
    shown_dates = [date for date in shown if date]
    stated_dates = [date for date in stated if date and date not in excluded]
    everything = stated_dates + shown_dates
    dates = [_as_meant(date, everything) for date in stated_dates] + shown_dates
    if not dates:
        return None
    # At the same start the most precise statement wins: 1977/01 over a 1 January read as 1977.
    first = min(dates, key=lambda date: (first_day(date), -len(date)))
    inside = [date for date in dates if len(date) == 10 and date.startswith(first)]
    # A year is refined by the earliest month a publication label shows inside it, before any day it
    # holds: Digital Commons's "Publication Date 6-2025" before the day the repository put the article
    # online, 2025/7/1, both inside bepress_citation_date's 2025 (round 84). A month only meta states may
    # be another event's (a thesis's DCTERMS.created).
    months = [date for date in shown_dates if len(first) == 4 and len(date) == 7 and date.startswith(first)]
    if months and (not inside or first_day(min(months)) < min(inside)):
        first = min(months)
        inside = [date for date in dates if len(date) == 10 and date.startswith(first)]
    if len(first) < 10 and inside:
        return min(inside)
    if len(first) != 7:
        return first
    # Only the month right after: a back issue put online years later (1977's, digitised in 2007) or an
    # issue a later day follows by months keeps its month.
    online = set(online_only)
    after = [date for date in dates
             if len(date) == 10 and date.startswith(_next_month(first)) and date not in online]
    return min(after) if after else first


def online_alone(online: str | None, stated: Iterable[str | None], shown: Iterable[str]) -> list[str]:
    """The day of an online-date meta (citation_online_date) when no other meta and no label of the page
    states it: the day a copy went online, not the publication itself."""
    day = partial_date(online)
    if not day or len(day) != 10 or day in shown or sum(date == day for date in stated) > 1:
        return []
    return [day]


def _next_month(month: str) -> str:
    """The month after a YYYY-MM month: "2019-12" -> "2020-01"."""
    year, number = int(month[:4]), int(month[5:7])
    return f"{year + number // 12:04d}-{number % 12 + 1:02d}"


def _as_meant(date: str, others: list[str]) -> str:
    if date.endswith("-01-01"):
        return date[:4]
    month = date[:7]
    if len(date) == 10 and date.endswith("-01") and any(
        other != date and other.startswith(month) for other in others
    ):
        return month
    return date


def first_day(date: str) -> str:
    """The first day a date covers: 2014 is 2014-01-01, 2014-06 is 2014-06-01."""
    return (date + "-01-01")[:10] if len(date) == 4 else (date + "-01")[:10]
