"""Word files of the printed documents, for conference services to edit and translate:
plain data in (domain/printed.py, the same objects the PDF builders take), .docx
bytes out.

`build_docx(kind, data)` is the one entry point; the document registry and the command
line call it. Importing this package is cheap: python-docx loads on the first build.
"""

from __future__ import annotations

from typing import Any

KINDS = ("agenda", "participants", "budget", "options-note", "summary", "documents", "pack")


def kind_of(data: object) -> str:
    """The document a printed-data object is (its command-line name)."""
    from consult_desktop.domain import printed

    for kind, cls in (("agenda", printed.Agenda), ("participants", printed.ParticipantList),
                      ("budget", printed.Budget), ("options-note", printed.OptionsNote),
                      ("summary", printed.Summary), ("documents", printed.DocumentList),
                      ("pack", printed.Pack)):
        if isinstance(data, cls):
            return kind
    raise TypeError(f"no Word document for {type(data).__name__}")


def build_docx(kind: str, data: Any, *, identity: Any = None, lang: str = "en") -> bytes:
    """The .docx of one document. `kind` as on the command line (`options-note`) or as
    stored (`options_note`); `identity` the document's domain.documents.Identity, for
    the distribution and agenda item that the printed data does not carry; `lang` the
    language of the masthead's fixed words and of the dates."""
    from consult_desktop.printing.word import (
        agenda,
        budget,
        document,
        documents_list,
        options_note,
        pack,
        participants,
        summary,
    )

    kind = kind.replace("_", "-")
    writers: dict[str, Any] = {"agenda": agenda.write, "participants": participants.write,
               "budget": budget.write, "options-note": options_note.write,
               "summary": summary.write, "documents": documents_list.write,
               "pack": pack.write}
    if kind not in writers:
        raise ValueError(f"no Word document {kind!r} (one of {', '.join(KINDS)})")
    if kind_of(data) != kind:
        raise TypeError(f"{type(data).__name__} is not the data of the {kind}")
    data = document.xml_safe(data)
    masthead = document.Masthead.of(data.document, identity)
    made = document.prepare(lang)
    document.write_header(made, data.meeting, masthead, lang)
    writers[kind](made, data, masthead, lang)
    title = " - ".join(filter(None, (masthead.symbol, data.document.title)))
    return document.save(made, title, data.meeting.organiser, data.meeting.title)
