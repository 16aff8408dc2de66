"""Every presentation rule the Word files, letters, tents and badges use, in one place.

Dates, times, amounts, people's and countries' names each have one owner in domain/
(dates.py, money.py, names.py, countries.py), the same the PDF builders call; this
module only forwards to it with the document's language. Where an owner does not yet
write a language (domain/dates.py writes English only), the date comes from Babel's
data for that language. None reads the process locale.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from functools import cache

from consult_desktop.domain import countries, dates
from consult_desktop.domain.printed import Meeting, Person

LANGUAGES = ("en", "fr", "ru")


def _writes(lang: str) -> bool:
    """Whether domain/dates.py has the language's month and day names."""
    return lang in dates.MONTHS


def long_date(day: dt.date | None, lang: str = "en") -> str:
    """3 November 2017 / 3 novembre 2017."""
    if day is None:
        return ""
    if _writes(lang):
        return dates.long_date(day, lang)
    from babel.dates import format_date

    return str(format_date(day, format="long", locale=lang))


def date_range(start: dt.date | None, end: dt.date | None, lang: str = "en") -> str:
    """A span of days: "2 and 3 November 2017", "30 October\u20133 November 2017"."""
    if _writes(lang):
        return dates.date_range(start, end, lang)
    if start is None or end is None or end == start:
        return long_date(start or end, lang)
    return f"{long_date(start, lang)}{dates.DASH}{long_date(end, lang)}"


def meeting_dates(meeting: Meeting, lang: str = "en") -> str:
    """The meeting's dates as a span, "2 and 3 November 2017"."""
    return date_range(meeting.start_date, meeting.end_date, lang) if meeting.start_date else ""


def weekday_date(day: dt.date, lang: str = "en") -> str:
    """Friday, 3 November 2017."""
    if _writes(lang):
        return dates.day_and_date(day, lang)
    from babel.dates import format_date

    return str(format_date(day, format="full", locale=lang))


def hours(start: dt.time, end: dt.time | None, lang: str = "en") -> str:
    """"10 a.m.\u20131 p.m."; in a language domain/dates.py does not write yet, the
    twenty-four-hour clock, "10:00\u201313:00"."""
    if _writes(lang):
        return dates.time_range(start, end, lang)
    return dates.clock(start) + (f"{dates.DASH}{dates.clock(end)}" if end else "")


def amount(value: Decimal, currency: str, lang: str = "en", whole: bool = False) -> str:
    """$3,250.00; `whole`: $3,250, as a sum in running text prints."""
    from consult_desktop.domain.money import format_amount

    return format_amount(value, currency, lang, whole=whole)


@cache
def country(code: str | None, lang: str = "en") -> str:
    """A country's short name in `lang` from its ISO code."""
    return countries.name(code, lang) if code else ""


def person_name(person: Person, lang: str = "en") -> str:
    """A person's name as the list of participants prints it, in `lang`."""
    return person.name_in(lang)


def sort_key(value: str, lang: str = "en") -> tuple[object, ...]:
    """Where a name stands in an alphabetical list in `lang` (domain/folding.py
    `order_key`: folded in English, the Unicode Collation Algorithm in French and
    Russian)."""
    from consult_desktop.domain.folding import order_key

    return order_key(value, lang)
