"""Dates ropa judges by: today (reproducibly), and when a review falls due."""

from __future__ import annotations

import os
import re
from datetime import UTC, date, datetime

_PERIOD = re.compile(r"^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$")


def today() -> date:
    """SOURCE_DATE_EPOCH when set (reproducible runs and builds), else today."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return datetime.fromtimestamp(int(epoch), UTC).date()
    return date.today()


def add_period(start: object, period: object) -> date | None:
    """``start`` (YYYY-MM-DD) plus an ISO 8601 period in calendar terms (P1Y from 29 February lands on
    28 February); None when either cannot be read or the result leaves the calendar."""
    match = _PERIOD.match(period) if isinstance(period, str) else None
    if not match or not any(match.groups()) or not isinstance(start, str):
        return None
    years, months, weeks, days = (int(x or 0) for x in match.groups())
    try:
        begin = date.fromisoformat(start)
        month = begin.month - 1 + months + 12 * years
        year, month = begin.year + month // 12, month % 12 + 1
        leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
        day = min(begin.day, [31, 29 if leap else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1])
        return date.fromordinal(date(year, month, day).toordinal() + 7 * weeks + days)
    except (ValueError, OverflowError):
        return None
