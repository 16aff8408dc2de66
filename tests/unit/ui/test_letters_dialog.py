"""File > Letters of invitation: the first letter previewed, every letter written to
the chosen folder, and a template the plan cannot fill refused before any is written."""

from __future__ import annotations

import io

from docx import Document

from consult_desktop.ui.letters_dialog import LettersDialog


def test_file_menu_opens_the_letters_for_the_open_plan(window, monkeypatch):
    asked = []
    monkeypatch.setattr(LettersDialog, "ask", classmethod(
        lambda cls, context, parent=None: asked.append(context)))
    assert window.letters_action.isEnabled()
    window.letters_action.trigger()
    assert asked == [window.context]
    window.close_plan()
    assert not window.letters_action.isEnabled()


def test_the_first_letter_is_previewed_then_all_are_written(context, qtbot, tmp_path,
                                                             messages):
    dialog = LettersDialog(context)
    qtbot.addWidget(dialog)
    assert "Permanent Mission of Albania" in dialog.preview.toPlainText()
    assert dialog.summary.text().startswith("56 letters")
    dialog.lang.setCurrentIndex(1)  # French: the State named in French
    assert "Mission permanente (Albanie)" in dialog.preview.toPlainText()
    dialog.lang.setCurrentIndex(0)
    dialog.to.setCurrentIndex(1)  # each participant, by name
    assert dialog.summary.text().startswith("13 letters")
    assert "Élodie Marchand" in dialog.preview.toPlainText()
    dialog.folder.setText(str(tmp_path))
    assert dialog.write()
    written = sorted(tmp_path.glob("*.docx"))
    assert len(written) == 13 and "13 letters written" in messages[-1]
    text = "\n".join(p.text for p in Document(io.BytesIO(written[0].read_bytes())).paragraphs)
    assert "Élodie Marchand" in text


def test_a_template_the_plan_cannot_fill_is_named_and_nothing_is_written(
        context, qtbot, tmp_path, messages):
    mine = Document()
    mine.add_paragraph("To {{ addressee }}, reply by {{ deadline }}.")
    path = tmp_path / "mine.docx"
    mine.save(str(path))
    out = tmp_path / "out"
    out.mkdir()
    dialog = LettersDialog(context)
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(out))
    dialog.ask_template = lambda: path  # type: ignore[method-assign]
    dialog.choose_template()
    assert "{{ deadline }}" in dialog.summary.text()
    assert not dialog.write_button.isEnabled() and dialog.preview.toPlainText() == ""
    assert not dialog.write() and "{{ deadline }}" in messages[-1]
    assert list(out.iterdir()) == []


def test_a_missing_folder_is_refused(context, qtbot, tmp_path, messages):
    dialog = LettersDialog(context)
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(tmp_path / "nowhere"))
    assert not dialog.write() and "no such folder" in messages[-1]
