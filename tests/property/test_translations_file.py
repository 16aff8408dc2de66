"""Every text survives a translations export and import unchanged, in XLSX and in
XLIFF 2.0: source and target read back exactly as written (leading and trailing
spaces, line ends including a lone carriage return, markup, formula-like text).
The C0 control characters XML cannot hold are refused at export with the text's key,
so the texts here hold none of them."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from consult_desktop.interchange import translations_file
from consult_desktop.interchange.translations_file import TranslationFileError

from .limits import examples
from .strategies import unicode_text

NOT_IN_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
XML_TEXT = unicode_text().filter(lambda text: not NOT_IN_XML.search(text))


@pytest.mark.parametrize("suffix", [".xlsx", ".xlf"])
@examples(40)
@given(texts=st.lists(st.tuples(XML_TEXT, XML_TEXT), min_size=1, max_size=6))
def test_every_text_comes_back_unchanged(suffix, texts):
    rows = [(f"agenda_item/{number}/title", source, target)
            for number, (source, target) in enumerate(texts, start=1)]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"fr{suffix}"
        translations_file.write(path, "en", "fr", rows)
        found = translations_file.read(path)
    assert (found.source_lang, found.target_lang) == ("en", "fr")
    # Rows whose three cells are all blank are no rows; keys are never blank here.
    assert [(r.key, r.source, r.target) for r in found.rows] == rows


@examples(20)
@given(text=unicode_text(min_size=1).filter(lambda t: bool(NOT_IN_XML.search(t))))
def test_a_text_no_file_can_hold_is_refused_with_its_key(text):
    with tempfile.TemporaryDirectory() as folder, pytest.raises(TranslationFileError,
                                                                match="plan/1/title"):
        translations_file.write(Path(folder) / "fr.xlsx", "en", "fr",
                                [("plan/1/title", text, "")])
