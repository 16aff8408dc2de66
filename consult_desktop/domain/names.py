"""A person's name as the program shows and prints it: the one place that puts an
honorific, a given name and a family name together, and that orders people.

- `plain_name`: "Mr. John Smith", for running text, the window and the agenda's chairs
  and speakers.
- `list_name`: "Mr. John SMITH", the list of participants: the family name in capitals
  so a reader tells it from the given name whatever the order of the culture; the
  whole family name, particles too ("Ms. Anne DE LA FONTAINE"), in any script.
- `sort_key`: family name, then given name, without regard to case or accents; a
  particle is part of the family name ("de la Fontaine" files under D), as typed.
"""

from __future__ import annotations

from consult_desktop.domain.folding import fold


def _joined(*parts: str) -> str:
    return " ".join(part for part in parts if part)


def plain_name(given: str, family: str, honorific: str = "") -> str:
    """"Mr. John Smith"; the parts that are empty are left out."""
    return _joined(honorific, given, family)


def list_name(given: str, family: str, honorific: str = "") -> str:
    """"Mr. John SMITH": the name in a printed list of participants."""
    return _joined(honorific, given, family.upper())


def sort_key(family: str, given: str = "") -> tuple[str, str]:
    """Alphabetical order of people: by family name, then given name."""
    return fold(family), fold(given)
