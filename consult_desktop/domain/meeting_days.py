"""The meeting's days: the one rule that the Agenda tab, the deadlines, the printed
documents, the timeline and `check` all follow.

In order: the chosen option's dates; before a choice, the recommended option's; else
the first option (in the options' order) that has dates; else the plan's own dates.
A rejected option never decides. Once the governing body has chosen an option, the
options it did not choose no longer speak for the meeting: without dates on the chosen
one, the plan's dates do.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Protocol

Days = tuple[dt.date | None, dt.date | None]


class DatedOption(Protocol):
    """What the rule reads of an option (the options come in their order)."""

    @property
    def status(self) -> str: ...

    @property
    def start(self) -> dt.date | None: ...

    @property
    def end(self) -> dt.date | None: ...


def meeting_days(options: Iterable[DatedOption], plan_start: dt.date | None,
                 plan_end: dt.date | None) -> Days:
    """(first day, last day), both inclusive; (None, None) when nothing gives a date.
    An option or a plan with a start and no end lasts one day."""
    listed = [o for o in options if o.status != "rejected"]
    chosen = [o for o in listed if o.status == "chosen"]
    if chosen:
        candidates = [o for o in chosen if o.start is not None]
    else:
        dated = [o for o in listed if o.start is not None]
        candidates = [o for o in dated if o.status == "recommended"] or dated
    if candidates:
        option = candidates[0]
        return option.start, _last(option.start, option.end)
    if plan_start is None:
        return None, None
    return plan_start, _last(plan_start, plan_end)


def first_day(options: Iterable[DatedOption], plan_start: dt.date | None,
              plan_end: dt.date | None = None) -> dt.date | None:
    """The meeting's first day: what deadlines count back from."""
    return meeting_days(options, plan_start, plan_end)[0]


def _last(start: dt.date | None, end: dt.date | None) -> dt.date | None:
    if start is None:
        return None
    return end if end is not None and end >= start else start
