"""Dates, ranges and times as the UN writes them, whatever the process locale says."""

from __future__ import annotations

import datetime as dt

import pytest

from consult_desktop.domain import dates

D, T = dt.date, dt.time


@pytest.mark.parametrize(("start", "end", "expected"), [
    (D(2017, 11, 3), None, "3 November 2017"),
    (D(2017, 11, 3), D(2017, 11, 3), "3 November 2017"),
    (None, D(2017, 11, 3), "3 November 2017"),
    (None, None, ""),
    (D(2017, 11, 2), D(2017, 11, 3), "2 and 3 November 2017"),
    (D(2017, 11, 2), D(2017, 11, 4), "2\u20134 November 2017"),
    (D(2017, 10, 31), D(2017, 11, 1), "31 October\u20131 November 2017"),
    (D(2017, 10, 30), D(2017, 11, 3), "30 October\u20133 November 2017"),
    (D(2017, 12, 31), D(2018, 1, 1), "31 December 2017\u20131 January 2018"),
    (D(2017, 12, 30), D(2018, 1, 2), "30 December 2017\u20132 January 2018"),
    (D(2017, 11, 4), D(2017, 11, 2), "2\u20134 November 2017"),
])
def test_date_ranges_in_un_style(start, end, expected):
    assert dates.date_range(start, end) == expected


def test_a_date_and_its_day():
    assert dates.long_date(D(2017, 11, 3)) == "3 November 2017"
    assert dates.day_and_date(D(2017, 11, 3)) == "Friday, 3 November 2017"
    assert dates.day_and_date(D(2024, 2, 29)) == "Thursday, 29 February 2024"
    assert dates.short_date(D(2017, 11, 3)) == "03 Nov 2017"
    assert dates.short_date(D(2017, 11, 3), year=False) == "03 Nov"
    assert dates.short_day_and_date(D(2017, 11, 5)) == "Sun 05 Nov 2017"
    assert dates.month_label(D(2018, 1, 1), with_year=True) == "Jan 2018"
    assert dates.short_timestamp(dt.datetime(2026, 11, 27, 14, 2, 9)) == "27 Nov 2026 14:02"


@pytest.mark.parametrize(("moment", "expected"), [
    (T(10, 0), "10 a.m."), (T(15, 30), "3.30 p.m."), (T(9, 5), "9.05 a.m."),
    (T(12, 0), "noon"), (T(0, 0), "midnight"), (T(12, 30), "12.30 p.m."),
    (T(0, 15), "12.15 a.m."), (T(23, 59), "11.59 p.m."),
])
def test_times_of_day_on_the_twelve_hour_clock(moment, expected):
    assert dates.time_of_day(moment) == expected


@pytest.mark.parametrize(("start", "end", "expected"), [
    (T(10), T(13), "10 a.m.\u20131 p.m."),
    (T(15), T(18), "3\u20136 p.m."),
    (T(9, 30), T(10, 45), "9.30\u201310.45 a.m."),
    (T(11), T(12), "11 a.m.\u2013noon"),
    (T(22), T(1), "10 p.m.\u20131 a.m."),
    (T(10), None, "10 a.m."),
])
def test_time_ranges(start, end, expected):
    assert dates.time_range(start, end) == expected


def test_a_language_without_tables_is_refused_rather_than_written_in_english():
    with pytest.raises(ValueError, match="xx"):
        dates.long_date(D(2017, 11, 3), "xx")


def test_an_end_before_the_start_is_refused_and_a_long_meeting_questioned():
    from consult_desktop.domain.dates import MAX_MEETING_DAYS, dates_problem, dates_question

    start = dt.date(2017, 11, 1)
    assert dates_problem(start, dt.date(2017, 10, 31)) == (
        "The end (31 October 2017) comes before the start (1 November 2017)")
    assert dates_problem(start, start) is None and dates_problem(None, start) is None
    three_weeks = start + dt.timedelta(days=MAX_MEETING_DAYS - 1)
    assert dates_question(start, three_weeks) is None
    question = dates_question(start, dt.date(2026, 12, 1))  # the end left at today
    assert question is not None
    assert "1 November 2017 to 1 December 2026" in question and "3318 days" in question
    assert dates_question(start, None) is None


# ----- French and Russian (issue 17) ----------------------------------------------------
def _plain(text: str) -> str:
    return text.replace("\u00a0", " ")


def test_french_dates_write_the_first_of_the_month_1er():
    import datetime as dt

    from consult_desktop.domain import dates

    assert _plain(dates.long_date(dt.date(2017, 11, 1), "fr")) == "1er novembre 2017"
    assert _plain(dates.date_range(dt.date(2017, 11, 2), dt.date(2017, 11, 3), "fr")) == \
        "2 et 3 novembre 2017"
    assert _plain(dates.day_and_date(dt.date(2017, 11, 3), "fr")) == "vendredi 3 novembre 2017"
    assert _plain(dates.time_of_day(dt.time(10), "fr")) == "10 heures"
    assert _plain(dates.time_of_day(dt.time(15, 30), "fr")) == "15 h 30"


def test_russian_dates_take_the_genitive_and_goda():
    import datetime as dt

    from consult_desktop.domain import dates

    assert _plain(dates.long_date(dt.date(2017, 11, 1), "ru")) == "1 ноября 2017 года"
    assert _plain(dates.date_range(dt.date(2017, 11, 2), dt.date(2017, 11, 3), "ru")) == \
        "2 и 3 ноября 2017 года"
    assert _plain(dates.date_range(dt.date(2017, 10, 30), dt.date(2017, 11, 3), "ru")) == \
        "30 октября \u2013 3 ноября 2017 года"
    assert dates.short_month(dt.date(2017, 5, 1), "ru") == "май"
    # French abbreviates as it writes, and June and July stay apart.
    assert [dates.short_month(dt.date(2017, m, 1), "fr") for m in (6, 7, 11)] == [
        "juin", "juil.", "nov."]
    assert dates.short_day_and_date(dt.date(2017, 11, 3), "fr") == "ven. 03 nov. 2017"
    assert dates.short_day_and_date(dt.date(2017, 11, 3), "ru") == "пт 03 ноя 2017"


def test_a_day_in_running_text_takes_its_preposition_and_case():
    import datetime as dt

    from consult_desktop.domain import dates

    friday, tuesday = dt.date(2017, 11, 3), dt.date(2017, 10, 31)
    assert dates.on_day_and_date(friday) == "on Friday, 3 November 2017"
    assert _plain(dates.on_day_and_date(friday, "fr")) == "le vendredi 3 novembre 2017"
    assert _plain(dates.on_day_and_date(friday, "ru")) == "в пятницу, 3 ноября 2017 года"
    assert _plain(dates.on_day_and_date(tuesday, "ru")).startswith("во вторник, 31 октября")
    assert _plain(dates.on_day_and_date(dt.date(2017, 11, 1), "ru")).startswith("в среду")
