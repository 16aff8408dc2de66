"""Why a plan cannot be opened, saved as or restored, in the window's language: the
store's refusals are phrases (an English template and its values) that the window
says in French or Russian, paths and the system's own words as they are, while the
command line (and every script reading it) keeps the English."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from consult_desktop.cli import main
from consult_desktop.store import plan_lock
from consult_desktop.store.plan_file import PlanFileError, open_plan
from consult_desktop.ui import phrases
from tests.unit.ui.test_languages import open_window

NOT_A_PLAN = {
    "fr": "\u00a0: pas un fichier de plan (pas une base de données SQLite)",
    "ru": ": не файл плана (не база данных SQLite)",
}
NO_SUCH_FILE = {"fr": "\u00a0: fichier introuvable", "ru": ": файл не найден"}
IN_USE = {
    "fr": "\u00a0: impossible de le remplacer, il est ouvert dans une autre fenêtre de ce"
          " programme depuis le ",
    "ru": ": нельзя заменить, файл открыт в другом окне этой программы с ",
}
NOT_WRITTEN = {
    "fr": "\u00a0: impossible d'écrire le fichier (Permission denied)",
    "ru": ": не удаётся записать (Permission denied)",
}
TITLES = {
    "fr": ("Impossible d'ouvrir le plan", "Impossible d'enregistrer le plan"),
    "ru": ("Не удаётся открыть план", "Не удаётся сохранить план"),
}


@pytest.fixture
def warned(monkeypatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda parent, title, text: shown.append((title, text)))
    return shown


def refuse_lock_files(monkeypatch) -> None:
    """A folder that refuses new files (simulated: the tests run as root, who may
    write anything), as plan_lock meets it first."""
    def refuse(path, flags, *mode):
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(plan_lock.os, "open", refuse)


@pytest.mark.parametrize("lang", ["fr", "ru"])
def test_a_file_that_is_not_a_plan_and_a_vanished_plan_are_told_in_the_language(
        lang, speak, qtbot, settings, demo_path, tmp_path, warned):
    speak(lang)
    window = open_window(qtbot, settings, demo_path)
    damaged = tmp_path / "minutes.consult"
    damaged.write_bytes(b"Minutes of the meeting, not a plan" * 10)
    assert not window.open_path(damaged)
    vanished = tmp_path / "gone.consult"
    vanished.write_bytes(demo_path.read_bytes())
    vanished.unlink()
    assert not window.open_path(vanished)
    cannot_open = TITLES[lang][0]
    assert warned == [(cannot_open, f"{damaged}{NOT_A_PLAN[lang]}"),
                      (cannot_open, f"{vanished}{NO_SUCH_FILE[lang]}")]
    assert window.context is not None and window.context.plan_file.path == demo_path


@pytest.mark.parametrize("lang", ["fr", "ru"])
def test_save_as_onto_a_plan_in_use_or_a_folder_that_refuses_says_why_in_the_language(
        lang, speak, qtbot, settings, demo_path, tmp_path, warned, monkeypatch):
    speak(lang)
    window = open_window(qtbot, settings, demo_path)
    other = tmp_path / "other.consult"
    other.write_bytes(demo_path.read_bytes())
    targets = iter([other, tmp_path / "locked" / "copy.consult"])
    monkeypatch.setattr(window, "ask_path", lambda purpose: next(targets))
    editing = open_plan(other)  # another window of this program edits it
    try:
        window.save_as()
    finally:
        editing.close()
    (tmp_path / "locked").mkdir()
    refuse_lock_files(monkeypatch)
    window.save_as()
    monkeypatch.undo()
    cannot_save = TITLES[lang][1]
    assert [title for title, _ in warned] == [cannot_save, cannot_save]
    assert warned[0][1].startswith(f"{other}{IN_USE[lang]}")
    assert warned[1][1] == f"{tmp_path / 'locked' / 'copy.consult'}{NOT_WRITTEN[lang]}"
    assert not (tmp_path / "locked" / "copy.consult").exists()
    assert window.context.plan_file.path == demo_path  # still the plan it had


@pytest.mark.parametrize("lang", ["fr", "ru"])
def test_the_command_line_keeps_the_english_whatever_the_window_speaks(
        lang, speak, demo_path, tmp_path, capsys, monkeypatch):
    speak(lang)
    damaged = tmp_path / "minutes.consult"
    damaged.write_bytes(b"Minutes of the meeting, not a plan" * 10)
    assert main(["info", str(damaged)]) == 1
    assert capsys.readouterr().err.endswith(
        f"{damaged}: not a plan file (not an SQLite database)\n")
    assert main(["info", str(tmp_path / "gone.consult")]) == 1
    assert capsys.readouterr().err.endswith(f"{tmp_path / 'gone.consult'}: no such file\n")
    editing = open_plan(demo_path)
    try:
        assert main(["demo", str(demo_path), "--force"]) == 1
    finally:
        editing.close()
    assert f"{demo_path}: cannot be replaced, it is in use by another window of this" \
        " program since " in capsys.readouterr().err
    plan_file = open_plan(demo_path)
    try:
        (tmp_path / "locked").mkdir()
        refuse_lock_files(monkeypatch)
        with pytest.raises(PlanFileError) as refused:
            plan_file.save_as(tmp_path / "locked" / "copy.consult")
    finally:
        monkeypatch.undo()
        plan_file.close()
    assert str(refused.value) == \
        f"{tmp_path / 'locked' / 'copy.consult'}: cannot be written (Permission denied)"
    # The same refusal, in the window's language.
    assert phrases.of_error(refused.value) == \
        f"{tmp_path / 'locked' / 'copy.consult'}{NOT_WRITTEN[lang]}"


@pytest.mark.parametrize(("lang", "plan_said", "suffix_said"), [
    ("fr", "\u00a0: c'est un fichier de plan\u00a0; il n'est jamais écrasé (choisissez un"
           " autre nom)",
     "\u00a0: impossible d'écrire un fichier Word avec l'extension '.pdf' (utilisez .docx)"),
    ("ru", ": это файл плана; он никогда не перезаписывается (выберите другое имя)",
     ": нельзя записать файл Word с расширением '.pdf' (используйте .docx)"),
])
def test_the_print_previews_not_saved_says_why_in_the_language(
        lang, plan_said, suffix_said, speak, context, qtbot, tmp_path, warned):
    from consult_desktop.ui.print_preview import PrintPreviewDialog

    speak(lang)
    budget = PrintPreviewDialog(context, "budget", "Budget")
    qtbot.addWidget(budget)
    plan = tmp_path / "plan.docx"
    plan.write_bytes(context.plan_file.path.read_bytes())
    assert not budget.save_word(plan)
    assert not budget.save_word(tmp_path / "budget.pdf")
    not_saved = {"fr": "Non enregistré", "ru": "Не сохранено"}[lang]
    assert warned == [(not_saved, f"{plan}{plan_said}"),
                      (not_saved, f"{tmp_path / 'budget.pdf'}{suffix_said}")]
    assert not (tmp_path / "budget.pdf").exists()


@pytest.mark.parametrize(("lang", "title", "said"), [
    ("fr", "Impossible de restaurer la sauvegarde",
     "\u00a0: impossible de le remplacer, il est ouvert dans une autre fenêtre de ce"
     " programme depuis le "),
    ("ru", "Не удаётся восстановить резервную копию",
     ": нельзя заменить, файл открыт в другом окне этой программы с "),
])
def test_restoring_over_the_open_plan_is_refused_in_the_language(
        lang, title, said, speak, qtbot, settings, demo_path, warned, monkeypatch):
    from consult_desktop.ui.restore_dialog import RestoreDialog

    speak(lang)
    window = open_window(qtbot, settings, demo_path)
    window.take_backup(first=True)
    monkeypatch.setattr(RestoreDialog, "ask", classmethod(lambda cls, found, parent=None:
                                                          found[0]))
    monkeypatch.setattr(window, "ask_path", lambda purpose: demo_path)
    window.restore_action.trigger()
    assert len(warned) == 1 and warned[0][0] == title
    assert warned[0][1].startswith(f"{demo_path}{said}")


@pytest.mark.parametrize(("lang", "said"), [
    ("fr", "postgresql://db.example/plans\u00a0: quel plan\u00a0? ajoutez «\u00a0?plan=NOM\u00a0»"
           " à l'adresse"),
    ("ru", "postgresql://db.example/plans: какой план? добавьте ?plan=ИМЯ к адресу"),
])
def test_a_server_address_without_a_plan_is_told_in_the_language(
        lang, said, speak, qtbot, settings, demo_path, warned, monkeypatch):
    speak(lang)
    window = open_window(qtbot, settings, demo_path)
    monkeypatch.setattr(window, "ask_server_address", lambda: "postgresql://db.example/plans")
    window.open_from_server()
    assert warned == [(TITLES[lang][0], said)]
