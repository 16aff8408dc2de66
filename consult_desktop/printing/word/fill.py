"""A user's own Word template with named fields, `{{ meeting_title }}`, filled in.

A field may be split across several runs (Word cuts text where the formatting or the
spell checker changed); it is replaced where it starts, keeping that run's
formatting, and the rest of it is taken out of the runs it spilled into. Fields are
looked for in the body, its tables, and every header and footer.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator, Mapping

from docx import Document as open_document
from docx.document import Document
from docx.text.paragraph import Paragraph

from consult_desktop.domain.phrases import phrase

FIELD = re.compile(r"\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}")


class TemplateError(ValueError):
    """The file is not a Word document python-docx can read (the message a phrase)."""


def load(template: bytes) -> Document:
    try:
        return open_document(io.BytesIO(template))
    except Exception as error:  # python-docx raises several kinds for a bad file
        raise TemplateError(phrase("not a Word (.docx) document ({error})",
                                   error=str(error))) from None


def _paragraphs_of(container: object) -> Iterator[Paragraph]:
    yield from container.paragraphs  # type: ignore[attr-defined]
    for table in getattr(container, "tables", ()):
        for row in table.rows:
            for cell in row.cells:
                yield from _paragraphs_of(cell)


def all_paragraphs(document: Document) -> Iterator[Paragraph]:
    yield from _paragraphs_of(document)
    for section in document.sections:
        for part in (section.header, section.footer, section.first_page_header,
                     section.first_page_footer, section.even_page_header,
                     section.even_page_footer):
            if not part.is_linked_to_previous:
                yield from _paragraphs_of(part)


def fields(template: bytes) -> list[str]:
    """The fields a template names, each once, in the order they first appear."""
    found: dict[str, None] = {}
    for paragraph in all_paragraphs(load(template)):
        for match in FIELD.finditer(paragraph.text):
            found.setdefault(match.group(1), None)
    return list(found)


def _fill_paragraph(paragraph: Paragraph, values: Mapping[str, str]) -> None:
    text = "".join(run.text for run in paragraph.runs)
    matches = list(FIELD.finditer(text))
    if not matches:
        return
    runs = list(paragraph.runs)
    starts = []
    offset = 0
    for run in runs:
        starts.append(offset)
        offset += len(run.text)

    def run_at(position: int) -> int:
        return max(n for n, start in enumerate(starts) if start <= position
                   and (position < start + len(runs[n].text) or n == len(runs) - 1))

    for match in reversed(matches):  # from the end, so earlier offsets stay right
        first, last = run_at(match.start()), run_at(match.end() - 1)
        value = values[match.group(1)]
        head = runs[first].text[:match.start() - starts[first]]
        if first == last:
            tail = runs[first].text[match.end() - starts[first]:]
            runs[first].text = head + value + tail
            continue
        runs[first].text = head + value
        for middle in range(first + 1, last):
            runs[middle].text = ""
        runs[last].text = runs[last].text[match.end() - starts[last]:]


def fill(template: bytes, values: Mapping[str, str]) -> bytes:
    """The template with every field replaced; KeyError for a field not in `values`
    (the caller checks them first, with fields())."""
    document = load(template)
    for paragraph in all_paragraphs(document):
        _fill_paragraph(paragraph, values)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
