"""Hybrid logical clock (HLC) timestamps as collatable strings.

`"0001732262400000-0000-<machine>"`: milliseconds since the epoch (16 digits),
a 4-hex-digit counter, and the machine id that made it. String order is clock
order, and the machine id breaks ties, so every replica orders writes the same way.
Field clocks prefix a rank: `"3:<hlc>"` (see `merge.py`).
"""

from __future__ import annotations

import time
from datetime import UTC, date, datetime

MAX_COUNTER = 0xFFFF
# A peer whose clock runs further ahead than this is refused rather than
# allowed to drag every replica's clock into the future.
MAX_DRIFT_MS = 24 * 3600 * 1000


class ClockDriftError(ValueError):
    pass


def format_hlc(millis: int, counter: int, machine: str) -> str:
    return f"{millis:016d}-{counter:04x}-{machine}"


def parse_hlc(value: str) -> tuple[int, int, str]:
    millis, counter, machine = value.split("-", 2)
    return int(millis), int(counter, 16), machine


def hlc_for_date(day: date, machine: str) -> str:
    """The clock of an observation known only to the day (a dump's capture date)."""
    millis = int(datetime(day.year, day.month, day.day, tzinfo=UTC).timestamp() * 1000)
    return format_hlc(millis, 0, machine)


class HybridClock:
    """One per writer; `now()` is strictly increasing, `observe()` folds in remote clocks."""

    def __init__(self, machine: str, last: str | None = None, wall=None):
        self.machine = machine
        self._wall = wall or (lambda: int(time.time() * 1000))
        self.millis, self.counter = 0, 0
        if last:
            self.millis, self.counter, _ = parse_hlc(last)

    def now(self) -> str:
        wall = self._wall()
        if wall > self.millis:
            self.millis, self.counter = wall, 0
        else:
            self.counter += 1
            if self.counter > MAX_COUNTER:
                self.millis, self.counter = self.millis + 1, 0
        return format_hlc(self.millis, self.counter, self.machine)

    def observe(self, remote: str) -> None:
        millis, counter, _ = parse_hlc(remote)
        if millis - self._wall() > MAX_DRIFT_MS:
            raise ClockDriftError(f"a peer's clock is more than a day ahead: {remote}")
        if (millis, counter) > (self.millis, self.counter):
            self.millis, self.counter = millis, counter
