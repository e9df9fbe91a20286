"""Dates ropa judges by: today (reproducibly), and when a review falls due."""

from __future__ import annotations

import os
import re
from datetime import UTC, date, datetime

# An ISO 8601 duration as the schemas accept it: years, months, weeks, days, then hours, minutes, seconds.
_PERIOD = re.compile(r"^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$")


def period_groups(value: object) -> tuple[str | None, ...] | None:
    """The seven parts of an ISO 8601 period (years ... seconds; None where a part is absent), or None
    when ``value`` is not one. The one reading of a period in ropa: lint, dates and the statement's words."""
    match = _PERIOD.match(value) if isinstance(value, str) else None
    return match.groups() if match and any(match.groups()) else None


def period_days(value: object) -> float | None:
    """A period in (average) days, for comparing periods; None when it is not one."""
    if not isinstance(value, str):
        return None
    try:
        return _DAYS[value]
    except KeyError:  # a register writes few periods, each asked for by many rules
        groups = period_groups(value)
        days: float | None = None
        if groups is not None:
            years, months, weeks, whole, hours, minutes, seconds = (int(x or 0) for x in groups)
            days = years * 365.25 + months * 30.44 + weeks * 7 + whole + (hours + minutes / 60 + seconds / 3600) / 24
        if len(_DAYS) < 10_000:  # what a register can write is bounded only by its size
            _DAYS[value] = days
        return days


_DAYS: dict[str, float | None] = {}


def today() -> date:
    """SOURCE_DATE_EPOCH when set (reproducible runs and builds), else today."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return datetime.fromtimestamp(int(epoch), UTC).date()
    return date.today()


def add_period(start: object, period: object) -> date | None:
    """``start`` (YYYY-MM-DD) plus an ISO 8601 period in calendar terms (P1Y from 29 February lands on
    28 February); None when either cannot be read or the result leaves the calendar."""
    groups = period_groups(period)
    if groups is None or any(groups[4:]) or not isinstance(start, str):
        return None  # a review or a retention runs in days at the finest
    years, months, weeks, days = (int(x or 0) for x in groups[:4])
    try:
        begin = date.fromisoformat(start)
        month = begin.month - 1 + months + 12 * years
        year, month = begin.year + month // 12, month % 12 + 1
        leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
        day = min(begin.day, [31, 29 if leap else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1])
        return date.fromordinal(date(year, month, day).toordinal() + 7 * weeks + days)
    except (ValueError, OverflowError):
        return None
