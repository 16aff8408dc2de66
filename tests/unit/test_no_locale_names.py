"""No month or day name may come from strftime: Qt sets the process locale from the
desktop, so "%B" writes "novembre" in an English document on a French desktop. Every
such name goes through domain/dates.py, which takes the document's language."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import consult_desktop

PACKAGE = Path(consult_desktop.__file__).parent
NAMES = re.compile(r"%[-#^]?[AaBbhc]")  # day and month names, and %c (which holds both)


def offending(source: str) -> list[int]:
    """Lines with a string, or an f-string's format spec, that asks for a locale name."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) \
                and NAMES.search(node.value.replace("%%", "")):
            found.append(node.lineno)
    return found


def test_the_check_sees_every_way_of_asking_for_a_name():
    assert offending('x = f"{day:%B %Y}"') == [1]
    assert offending('x = day.strftime("%a %d")') == [1]
    assert offending('x = format(day, "%A")') == [1]
    assert offending('x = "%d %m %Y"; y = "100%% %s"; z = f"{t:%H:%M}"') == []


def test_no_module_asks_the_process_locale_for_a_month_or_day_name():
    found = {str(path.relative_to(PACKAGE)): lines for path in sorted(PACKAGE.rglob("*.py"))
             if (lines := offending(path.read_text(encoding="utf-8")))}
    assert found == {}
