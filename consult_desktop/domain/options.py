"""The rules of an option's fields: what makes them valid, and the next free label."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from consult_desktop.domain.dates import dates_problem

# The fields of an option a person edits, in the order of the form.
EDITED = ("label", "title", "format", "description", "proposed_start", "proposed_end", "days",
          "venue", "expected_participants", "resources_needed", "benefits", "risks", "status",
          "decision", "decision_date")


def problem(values: Mapping[str, Any], other_labels: Iterable[str]) -> str | None:
    """What is wrong with an option's fields, fit to show; None when all is well."""
    if not values["label"]:
        return "Label: an option needs a label, such as a, b or c"
    if values["label"] in set(other_labels):
        return f"Label: another option is already ({values['label']})"
    if not values["title"]:
        return "Title: an option needs a title"
    wrong = dates_problem(values["proposed_start"], values["proposed_end"])
    if wrong:
        return f"Proposed end: {wrong[0].lower()}{wrong[1:]}"
    return None


def next_label(labels: Iterable[str]) -> str:
    """The first free option label: a, b, ... z, then aa, ab, ..."""
    taken = set(labels)
    letters = "abcdefghijklmnopqrstuvwxyz"
    candidates = [*letters, *(x + y for x in letters for y in letters)]
    return next(label for label in candidates if label not in taken)
