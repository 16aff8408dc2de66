"""Every presentation rule the Word files, letters, tents and badges use, in one place.

Dates, amounts, people's and countries' names each have (or will have) one owner in
domain/; this module only forwards to today's owner, so that moving an owner means
changing one line here and nothing in the builders. Each function takes the
document's language; none reads the process locale.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from functools import cache

from consult_desktop.domain.printed import Meeting, Person

LANGUAGES = ("en", "fr", "ru")


def long_date(day: dt.date | None, lang: str = "en") -> str:
    """3 November 2017 / 3 novembre 2017 (French and Russian by Babel)."""
    if day is None:
        return ""
    if lang == "en":
        from consult_desktop.domain import dates

        return dates.long_date(day)
    # domain/dates.py writes English only yet: French and Russian from Babel's data.
    from babel.dates import format_date

    return str(format_date(day, format="long", locale=lang))


def meeting_dates(meeting: Meeting, lang: str = "en") -> str:
    """The meeting's dates as a range, "2-3 November 2017"."""
    if lang == "en":
        from consult_desktop.printing.page import meeting_dates as english

        return english(meeting)
    start, end = meeting.start_date, meeting.end_date
    if start is None:
        return ""
    if end is None or end == start:
        return long_date(start, lang)
    return f"{long_date(start, lang)}\u2013{long_date(end, lang)}"


def weekday_date(day: dt.date, lang: str = "en") -> str:
    """Monday, 2 November 2017."""
    if lang == "en":
        from consult_desktop.domain import dates

        return dates.day_and_date(day)
    from babel.dates import format_date

    return str(format_date(day, format="full", locale=lang))


def hours(start: dt.time | None, end: dt.time | None) -> str:
    if start is None:
        return ""
    return f"{start:%H:%M}" + (f"-{end:%H:%M}" if end else "")


def amount(value: Decimal, currency: str, lang: str = "en", whole: bool = False) -> str:
    """$3,250.00; `whole`: $3,250, as a sum in running text prints."""
    from consult_desktop.domain.money import format_amount

    return format_amount(value, currency, lang, whole=whole)


def quantity(value: Decimal) -> str:
    """A budget quantity as typed: 3, 2.5."""
    from consult_desktop.printing.budget import amount_text

    return str(amount_text(value))


@cache
def country(code: str | None, lang: str = "en") -> str:
    """A country's short name from its ISO code."""
    from consult_desktop.printing.participants import country_name

    return str(country_name(code))


def person_name(person: Person) -> str:
    """A person's name as the list of participants prints it."""
    return person.full_name


def delegation(person: Person, lang: str = "en") -> str:
    """The delegation a person sits in: the State's name, or the organisation."""
    from consult_desktop.printing.participants import delegation as owner

    return str(owner(person))


def sort_key(value: str) -> str:
    from consult_desktop.printing.participants import sort_key as owner

    return str(owner(value))
