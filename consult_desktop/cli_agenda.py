"""`consult-desktop agenda PLAN`: the agenda day by day, as the Agenda tab shows it
(the same services read it), then its clashes."""

from __future__ import annotations

import argparse
import itertools

from consult_desktop.domain import agenda


def run(args: argparse.Namespace) -> int:
    from consult_desktop.services import agenda as service
    from consult_desktop.store.opening import open_plan

    plan_file = open_plan(args.plan)
    try:
        data = service.load(plan_file)
    finally:
        plan_file.close()
    for line in lines(data):
        print(line)
    return 0


def lines(data: agenda.Agenda) -> list[str]:
    """A heading per day (the unscheduled items last), an indented line per item:
    time, number and title, room; then the clashes."""
    ordered = agenda.in_order(data.items)
    by_day = sorted(ordered, key=lambda item: (item.day is None, item.day or 0))
    out: list[str] = []
    for day, items in itertools.groupby(by_day, key=lambda item: item.day):
        out.append(agenda.day_text(day))
        for item in items:
            room = f"  [{item.room}]" if item.room else ""
            out.append(f"  {agenda.time_text(item):11}  {agenda.label(item)}{room}")
    if not ordered:
        out.append("The agenda is empty.")
    found = data.clashes()
    out.append("No clashes." if not found else
               f"{len(found)} clash{'es' if len(found) > 1 else ''}:")
    out += [f"  {clash.message}" for clash in found]
    return out
