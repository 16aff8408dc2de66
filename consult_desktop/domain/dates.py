"""Dates, date ranges and times as the United Nations writes them, in the document's
language; never through the process locale (Qt sets it from the desktop, so strftime's
month and day names would follow the user's desktop, not the document).

English (UN Editorial Manual): "3 November 2017", "Friday, 3 November 2017",
"2 and 3 November 2017" (two days), "2-4 November 2017", "30 October-3 November 2017",
"30 December 2017-2 January 2018"; times "10 a.m.", "3.30 p.m.", "noon", "midnight",
"10 a.m.-1 p.m.".
French (UN French practice): "1er novembre 2017" (the first of a month is "1er"),
"vendredi 3 novembre 2017", "2 et 3 novembre 2017", "2-4 novembre 2017"; times
"10 heures", "15 h 30", "10 heures-13 heures".
Russian: "1 ноября 2017 года" (the month in the genitive, "года" after the year),
"пятница, 3 ноября 2017 года", "2 и 3 ноября 2017 года", "2-4 ноября 2017 года",
"30 октября - 3 ноября 2017 года"; times "10 ч. 00 м.", "10 ч. 00 м.-13 ч. 00 м.".
The dashes written here as "-" are en dashes (U+2013) in the output.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

DASH = "\u2013"  # en dash, between the ends of a range

MONTHS: dict[str, tuple[str, ...]] = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"),
    # The genitive, as a date writes it: "1 ноября".
    "ru": ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
           "сентября", "октября", "ноября", "декабря"),
}
# The month's name standing alone (a time axis), where it differs from a date's.
MONTHS_ALONE: dict[str, tuple[str, ...]] = {
    "ru": ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август",
           "сентябрь", "октябрь", "ноябрь", "декабрь"),
}
DAYS: dict[str, tuple[str, ...]] = {  # Monday first, as date.weekday()
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "ru": ("понедельник", "вторник", "среда", "четверг", "пятница", "суббота",
           "воскресенье"),
}
# The day a thing happens on, in running text: "в пятницу" (the accusative after "в").
DAYS_ON: dict[str, tuple[str, ...]] = {
    "ru": ("понедельник", "вторник", "среду", "четверг", "пятницу", "субботу",
           "воскресенье"),
}
# Short names where the first three letters are not them: "пт", not "пят"; French
# "juin" and "juil." (both "jui" cut at three), as the language abbreviates them.
DAYS_SHORT: dict[str, tuple[str, ...]] = {
    "fr": ("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."),
    "ru": ("пн", "вт", "ср", "чт", "пт", "сб", "вс"),
}
MONTHS_SHORT: dict[str, tuple[str, ...]] = {
    "fr": ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
           "nov.", "déc."),
}
AND: dict[str, str] = {"en": "and", "fr": "et", "ru": "и"}
YEAR_AFTER: dict[str, str] = {"ru": "\u00a0года"}  # "2017 года"
# Between a weekday and its date: "Friday, 3 November", "vendredi 3 novembre".
WEEKDAY_JOIN: dict[str, str] = {"en": ", ", "fr": " ", "ru": ", "}


def _table(tables: dict[str, tuple[str, ...]], lang: str) -> tuple[str, ...]:
    try:
        return tables[lang]
    except KeyError:
        raise ValueError(f"dates are not written in {lang!r} yet") from None


def month_name(day: dt.date, lang: str = "en") -> str:
    return _table(MONTHS, lang)[day.month - 1]


def short_month(day: dt.date, lang: str = "en") -> str:
    """"Nov": for screen columns and axes."""
    if lang in MONTHS_SHORT:
        return MONTHS_SHORT[lang][day.month - 1]
    return MONTHS_ALONE.get(lang, _table(MONTHS, lang))[day.month - 1][:3]


def month_and_year(day: dt.date, lang: str = "en") -> str:
    """"November 2017": the month of a rate of exchange."""
    return f"{MONTHS_ALONE.get(lang, _table(MONTHS, lang))[day.month - 1]} {day.year}"


def read_month(text: str) -> dt.date:
    """A month typed as "2017-11" or "2017-11-01" (or a cell holding a date), as its
    first day. Raises ValueError with a message fit to show."""
    cleaned = text.strip()
    try:
        if len(cleaned) == 7:
            return dt.date.fromisoformat(f"{cleaned}-01")
        return dt.date.fromisoformat(cleaned[:10]).replace(day=1)
    except ValueError:
        from consult_desktop.domain.phrases import phrase  # (phrases write dates)

        raise ValueError(phrase("{text} is not a month (YYYY-MM)", text=repr(cleaned))) from None


def day_name(day: dt.date, lang: str = "en") -> str:
    return _table(DAYS, lang)[day.weekday()]


def day_number(day: dt.date, lang: str = "en") -> str:
    """"3"; in French the first of a month is "1er"."""
    return "1er" if lang == "fr" and day.day == 1 else str(day.day)


def _year(day: dt.date, lang: str) -> str:
    return f"{day.year}{YEAR_AFTER.get(lang, '')}"


def long_date(day: dt.date, lang: str = "en") -> str:
    """"3 November 2017", "1er novembre 2017", "1 ноября 2017 года": no leading zero,
    the month in full."""
    return f"{day_number(day, lang)}\u00a0{month_name(day, lang)} {_year(day, lang)}" \
        if lang != "en" else f"{day.day} {month_name(day, lang)} {day.year}"


def day_and_date(day: dt.date, lang: str = "en") -> str:
    """"Friday, 3 November 2017", "vendredi 3 novembre 2017": a day heading of the
    agenda."""
    return f"{day_name(day, lang)}{WEEKDAY_JOIN[lang]}{long_date(day, lang)}"


def on_day_and_date(day: dt.date, lang: str = "en") -> str:
    """The day something happens, in running text: "on Friday, 3 November 2017",
    "le vendredi 3 novembre 2017", "в пятницу, 3 ноября 2017 года" ("во вторник")."""
    if lang == "ru":
        weekday = DAYS_ON["ru"][day.weekday()]
        on = "во" if weekday == "вторник" else "в"
        return f"{on} {weekday}{WEEKDAY_JOIN[lang]}{long_date(day, lang)}"
    before = {"en": "on", "fr": "le"}.get(lang)
    if before is None:
        raise ValueError(f"dates are not written in {lang!r} yet")
    return f"{before} {day_and_date(day, lang)}"


def short_date(day: dt.date, lang: str = "en", year: bool = True) -> str:
    """"03 Nov 2017" (or "03 Nov"): a screen column, where dates line up."""
    text = f"{day.day:02d} {short_month(day, lang)}"
    return f"{text} {day.year}" if year else text


def short_day_and_date(day: dt.date, lang: str = "en") -> str:
    """"Fri 03 Nov 2017": a day in a list or a message of the window."""
    short = DAYS_SHORT[lang][day.weekday()] if lang in DAYS_SHORT else day_name(day, lang)[:3]
    return f"{short} {short_date(day, lang)}"


def short_timestamp(moment: dt.datetime, lang: str = "en", seconds: bool = False) -> str:
    """"27 Nov 2026 14:02": when a backup or a lock was taken."""
    clock = f"{moment:%H:%M:%S}" if seconds else f"{moment:%H:%M}"
    return f"{short_date(moment, lang)} {clock}"


def month_label(month: dt.date, lang: str = "en", with_year: bool = False) -> str:
    """"Nov" or "Nov 2017": the ticks of a time axis."""
    return f"{short_month(month, lang)} {month.year}" if with_year else short_month(month, lang)


def date_range(start: dt.date | None, end: dt.date | None, lang: str = "en") -> str:
    """A span of days: "3 November 2017", "2 and 3 November 2017" (two consecutive days
    of one month), "2-4 November 2017", "30 October-3 November 2017",
    "30 December 2017-2 January 2018"; a missing end is one day; neither is ""."""
    if start is None or end is None or end == start:
        day = start or end
        return long_date(day, lang) if day is not None else ""
    if end < start:
        start, end = end, start
    first = day_number(start, lang)
    # Russian sets spaces around a dash between two dates with their months.
    dash = f" {DASH} " if lang == "ru" else DASH
    if (start.year, start.month) == (end.year, end.month):
        if (end - start).days == 1:
            return f"{first} {AND[lang]} {long_date(end, lang)}"
        return f"{first}{DASH}{long_date(end, lang)}"
    if start.year == end.year:
        space = " " if lang == "en" else "\u00a0"
        return f"{first}{space}{month_name(start, lang)}{dash}{long_date(end, lang)}"
    return f"{long_date(start, lang)}{dash}{long_date(end, lang)}"


def time_of_day(moment: dt.time, lang: str = "en") -> str:
    """"10 a.m.", "3.30 p.m.", "noon", "midnight": the UN's twelve-hour clock in
    English; "10 heures", "15 h 30" in French; "10 ч. 00 м." in Russian."""
    _table(MONTHS, lang)
    if lang == "fr":
        if moment.minute:
            return f"{moment.hour}\u00a0h\u00a0{moment.minute:02d}"
        return f"{moment.hour}\u00a0heures"
    if lang == "ru":
        return f"{moment.hour}\u00a0ч.\u00a0{moment.minute:02d}\u00a0м."
    if moment.minute == 0 and moment.hour in (0, 12):
        return "noon" if moment.hour == 12 else "midnight"
    hour = moment.hour % 12 or 12
    suffix = "a.m." if moment.hour < 12 else "p.m."
    minutes = f".{moment.minute:02d}" if moment.minute else ""
    return f"{hour}{minutes} {suffix}"


def time_range(start: dt.time, end: dt.time | None, lang: str = "en") -> str:
    """"10 a.m.-1 p.m.", "3-6 p.m." (one suffix when both ends share it), or one time."""
    if end is None:
        return time_of_day(start, lang)
    if lang != "en":
        return f"{time_of_day(start, lang)}{DASH}{time_of_day(end, lang)}"
    first, last = time_of_day(start, lang), time_of_day(end, lang)
    same_half = (start.hour < 12) == (end.hour < 12)
    if same_half and first.endswith((" a.m.", " p.m.")) and last.endswith(first[-5:]) \
            and start < end:
        first = first[:-5]
    return f"{first}{DASH}{last}"


def clock(moment: dt.time) -> str:
    """"09:30": the twenty-four-hour clock of the window's time fields."""
    return f"{moment.hour:02d}:{moment.minute:02d}"


# ----- a meeting's dates as typed ------------------------------------------------------
MAX_MEETING_DAYS = 21  # longer than three weeks: most likely a mistyped date


def dates_problem(start: dt.date | None, end: dt.date | None) -> str | None:
    """What makes a start and end impossible, fit to show; None when they may be."""
    if start and end and end < start:
        return (f"The end ({long_date(end)}) comes before the start ({long_date(start)})")
    return None


def dates_question(start: dt.date | None, end: dt.date | None) -> str | None:
    """A question worth asking before dates are kept: a meeting longer than a few
    weeks (a year typed wrong, an end left at today). None when nothing is odd."""
    if not start or not end or end < start:
        return None
    days = (end - start).days + 1
    if days <= MAX_MEETING_DAYS:
        return None
    return (f"From {long_date(start)} to {long_date(end)} the meeting would last {days} "
            f"days, more than the {MAX_MEETING_DAYS} days a meeting usually takes. "
            "Keep these dates?")


# The writers a day inside a phrase may name (`Day.how`).
DAY_WRITERS = {"short_day_and_date": short_day_and_date, "day_and_date": day_and_date,
               "long_date": long_date, "short_date": short_date, "day_name": day_name,
               "month_and_year": month_and_year}


@dataclass(frozen=True)
class Day:
    """A day inside a phrase, written in the reader's language; `how` names the writer
    of this module ("short_day_and_date": "Fri 03 Nov 2017"; "long_date", ...), or
    "short_date_without_year" ("03 Nov")."""

    day: dt.date
    how: str = "short_day_and_date"

    def __post_init__(self) -> None:
        if self.how not in DAY_WRITERS and self.how != "short_date_without_year":
            raise ValueError(f"no writer of days named {self.how!r}")

    def write(self, lang: str = "en") -> str:
        if self.how == "short_date_without_year":  # "03 Nov", "03 nov."
            return short_date(self.day, lang, year=False)
        return DAY_WRITERS[self.how](self.day, lang)

    def __str__(self) -> str:
        return self.write()


@dataclass(frozen=True)
class DayRange:
    """A span of days inside a phrase, in the reader's language ("2 and 3 November
    2017", `date_range`); "-" for none."""

    first: dt.date | None
    last: dt.date | None

    def write(self, lang: str = "en") -> str:
        return date_range(self.first, self.last, lang) or "-"

    def __str__(self) -> str:
        return self.write()


@dataclass(frozen=True)
class Moment:
    """A moment inside a phrase ("27 Nov 2026 14:02", `short_timestamp`), in the
    reader's language: since when a plan is in use elsewhere."""

    moment: dt.datetime

    def write(self, lang: str = "en") -> str:
        return short_timestamp(self.moment, lang)

    def __str__(self) -> str:
        return self.write()
