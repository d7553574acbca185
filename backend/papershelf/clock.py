"""Hybrid logical clock (HLC) timestamps as collatable strings.

`"0001732262400000-0000-<machine>"`: milliseconds since the epoch (16 digits),
a 4-hex-digit counter, and the machine id that made it (16 hex digits). String
order is clock order, and the machine id breaks ties, so every replica orders
writes the same way. Field clocks prefix a rank: `"3:<hlc>"` (see `merge.py`).

String order is clock order only for clocks in exactly this format: `"9-0-x"`
sorts after every real clock. So a clock from elsewhere (a peer) is parsed
strictly, and bounded by this machine's wall clock (`HybridClock.check`).
"""

from __future__ import annotations

import re
import time
from datetime import UTC, date, datetime

MAX_COUNTER = 0xFFFF
# A peer whose clock runs further ahead than this is refused rather than
# allowed to drag every replica's clock into the future.
MAX_DRIFT_MS = 24 * 3600 * 1000
# Machine ids as a library makes them (store/schema.py: secrets.token_hex(8)).
MACHINE_ID_PATTERN = "^[0-9a-f]{16}$"
_MACHINE_ID = re.compile("[0-9a-f]{16}")
_HLC = re.compile(r"([0-9]{16})-([0-9a-f]{4})-([0-9a-f]{16})")
# The smallest clock: what a stored clock no machine could have written reads as.
ZERO_HLC = "0" * 16 + "-0000-" + "0" * 16


class ClockDriftError(ValueError):
    pass


def format_hlc(millis: int, counter: int, machine: str) -> str:
    return f"{millis:016d}-{counter:04x}-{machine}"


def parse_hlc(value: str) -> tuple[int, int, str]:
    """Exactly what `format_hlc` writes for a library's machine id; ValueError otherwise."""
    match = _HLC.fullmatch(value) if isinstance(value, str) else None
    if match is None:
        raise ValueError(f"{_shown(value)} is not a clock (16 digits, 4 hex digits and a "
                         "16-hex-digit machine id, joined by '-')")
    return int(match[1]), int(match[2], 16), match[3]


def is_hlc(value: str) -> bool:
    return isinstance(value, str) and _HLC.fullmatch(value) is not None


def is_machine_id(value: str) -> bool:
    return isinstance(value, str) and _MACHINE_ID.fullmatch(value) is not None


def _shown(value) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def hlc_for_date(day: date, machine: str) -> str:
    """The clock of an observation known only to the day (a dump's capture date)."""
    millis = int(datetime(day.year, day.month, day.day, tzinfo=UTC).timestamp() * 1000)
    return format_hlc(max(millis, 0), 0, machine)  # a date before 1970 is as old as a clock goes


def hlc_for_time(moment: datetime, machine: str) -> str:
    """The earliest clock of a moment known to the second (when a page was captured): no
    clock this machine gave out during that second is smaller."""
    millis = int(moment.replace(microsecond=0).timestamp() * 1000)
    return format_hlc(max(millis, 0), 0, machine)


class HybridClock:
    """One per writer; `now()` is strictly increasing, `observe()` folds in remote clocks."""

    def __init__(self, machine: str, last: str | None = None, wall=None):
        self.machine = machine
        self._wall = wall or (lambda: int(time.time() * 1000))
        self.millis, self.counter = 0, 0
        if last:
            # This machine's own last clock: only the time and counter are read back.
            millis, counter, _ = last.split("-", 2)
            self.millis, self.counter = int(millis), int(counter, 16)

    def now(self) -> str:
        wall = self._wall()
        if wall > self.millis:
            self.millis, self.counter = wall, 0
        else:
            self.counter += 1
            if self.counter > MAX_COUNTER:
                self.millis, self.counter = self.millis + 1, 0
        return format_hlc(self.millis, self.counter, self.machine)

    def wall(self) -> int:
        """This machine's wall clock, in milliseconds (tests may skew it: store/tx.py)."""
        return self._wall()

    def check(self, remote: str) -> tuple[int, int, str]:
        """A clock from elsewhere, parsed strictly: ValueError when it is not a clock,
        ClockDriftError when it runs more than MAX_DRIFT_MS ahead of this machine's wall
        clock (it would outrank every edit made here until then)."""
        millis, counter, machine = parse_hlc(remote)
        if millis - self._wall() > MAX_DRIFT_MS:
            raise ClockDriftError(f"clock {remote} is more than a day ahead of this machine's")
        return millis, counter, machine

    def observe(self, remote: str) -> None:
        millis, counter, _ = self.check(remote)
        if (millis, counter) > (self.millis, self.counter):
            self.millis, self.counter = millis, counter
