"""Dates, lists and durations through Babel with an explicit locale, never the process locale."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from babel.dates import format_date
from babel.lists import format_list
from babel.units import format_unit


def long_date(value: dt.date, locale: str) -> str:
    """'2026년 12월 1일' / 'December 1, 2026'."""
    return format_date(value, format="long", locale=locale)


def and_list(items: Sequence[str], locale: str) -> str:
    """'이메일, 전화번호 및 이름' / 'email, phone number, and name'."""
    return format_list(list(items), style="standard", locale=locale) if items else ""


def duration(
    locale: str, *, years: int | None = None, months: int | None = None, days: int | None = None
) -> str:
    """'1년 6개월' / '1 year, 6 months'."""
    amounts = ((years, "duration-year"), (months, "duration-month"), (days, "duration-day"))
    parts = [_unit(amount, unit, locale) for amount, unit in amounts if amount]
    return format_list(parts, style="unit", locale=locale) if parts else ""


def _unit(amount: int, unit: str, locale: str) -> str:
    """Prefer the long form; CLDR has only the short one for some locales (e.g. Korean '5년')."""
    text = format_unit(amount, unit, length="long", locale=locale)
    if unit in text:
        text = format_unit(amount, unit, length="short", locale=locale)
    return text
