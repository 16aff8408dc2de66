"""The fonts travel inside the package: found through importlib.resources whatever the
install scheme, never under sys.prefix or the application's data folder."""

from __future__ import annotations

from pathlib import Path

import pytest

import consult_desktop
from consult_desktop.printing import styles


def test_every_font_and_its_licence_are_inside_the_package():
    package = Path(consult_desktop.__file__).parent
    for file_name in [*styles.FONT_FILES.values(), "LICENSE"]:
        found = Path(str(styles.font_file(file_name)))
        assert found.parent == package / "fonts" and found.stat().st_size > 1000


def test_a_missing_font_says_which_and_how_to_get_it_back():
    with pytest.raises(FileNotFoundError, match=r"NoSuchFont\.ttf.*reinstalling"):
        styles.font_file("NoSuchFont.ttf")
