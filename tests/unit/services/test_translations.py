"""The versions of a plan's texts in French and Russian: what `check --lang` lists, the
translation files (XLSX, XLIFF 2.0) and their import, checked whole before anything is
written; and the printed fallback to the original."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from consult_desktop.cli import main
from consult_desktop.services import printables, translations
from consult_desktop.store import translation_store
from tests.unit.printing.helpers import flat, read_pages


def first_text(plan_file, lang, source):
    _, found = translations.texts(plan_file, lang)
    return next(text for text in found if text.source == source)


def test_the_demo_has_every_text_in_french_and_russian(demo_path, capsys):
    assert main(["check", str(demo_path), "--lang", "fr"]) == 0
    assert main(["check", str(demo_path), "--lang", "ru"]) == 0
    assert "every text has its ru version" in capsys.readouterr().out


def test_a_missing_version_is_listed_and_printed_in_the_original(demo_plan, demo_path,
                                                                 capsys):
    opening = first_text(demo_plan, "fr", "Opening of the meeting")
    assert opening.target == "Ouverture de la réunion"
    pdf = printables.make(demo_plan, "agenda", choices=printables.Choices(lang="fr"))
    assert "Ouverture de la réunion" in flat(read_pages(pdf))
    translations.set_versions(demo_plan, "fr", {opening.key: ""})
    pdf = printables.make(demo_plan, "agenda", choices=printables.Choices(lang="fr"))
    text = flat(read_pages(pdf))
    assert "Opening of the meeting" in text and "Ouverture de la réunion" not in text
    assert "Adoption de l'ordre du jour" in text  # the others keep their French
    demo_plan.close()
    assert main(["check", str(demo_path), "--lang", "fr"]) == 1
    out = capsys.readouterr().out
    assert out.strip() == ("agenda item 1, title: no French version of "
                           "'Opening of the meeting'")
    assert main(["check", str(demo_path), "--lang", "ru"]) == 0


@pytest.mark.parametrize("suffix", [".xlsx", ".xlf"])
def test_an_export_edited_by_a_translator_comes_back(demo_plan, tmp_path, suffix):
    path = tmp_path / f"fr{suffix}"
    count = translations.export(demo_plan, "fr", path)
    _, before = translations.texts(demo_plan, "fr")
    assert count == len(before) > 50
    # Nothing changed: an import of the file as written changes nothing.
    preview = translations.preview_import(demo_plan, path)
    assert (preview.problems, preview.changes, preview.unchanged) == ([], [], count)
    if suffix == ".xlsx":
        book = load_workbook(path)
        sheet = book["Translations"]
        assert [c.value for c in sheet[1]] == ["key", "source (en)", "target (fr)"]
        for row in sheet.iter_rows(min_row=2):
            if row[1].value == "Lunch":
                row[2].value = "Pause déjeuner"
        book.save(path)
    else:
        data = path.read_text(encoding="utf-8")
        path.write_text(data.replace("<target xml:space=\"preserve\">Déjeuner</target>",
                                     "<target xml:space=\"preserve\">Pause déjeuner</target>"),
                        encoding="utf-8")
    preview = translations.preview_import(demo_plan, path, "fr")
    assert preview.problems == []
    assert [(c.text.source, c.new) for c in preview.changes] == [("Lunch", "Pause déjeuner")]
    translations.apply_import(demo_plan, preview)
    assert first_text(demo_plan, "fr", "Lunch").target == "Pause déjeuner"


def test_an_import_with_problems_reports_each_and_changes_nothing(demo_plan, tmp_path):
    path = tmp_path / "fr.xlsx"
    translations.export(demo_plan, "fr", path)
    book = load_workbook(path)
    sheet = book["Translations"]
    rows = {row[1].value: row for row in sheet.iter_rows(min_row=2)}
    rows["Lunch"][2].value = "Repas"  # a change that would be fine alone
    rows["Room XII"][2].value = "S" * 201  # a room holds 200 characters at most
    rows["Other business"][1].value = "Any other business"  # source edited by hand
    rows["Coffee break"][0].value = "agenda_item/99999/title"  # no such row
    book.save(path)
    before = translations.texts(demo_plan, "fr")
    preview = translations.preview_import(demo_plan, path)
    assert len(preview.problems) == 3
    problems = [str(problem) for problem in preview.problems]  # English, as the CLI says
    joined = "\n".join(problems)
    assert "longer than the" in joined and "changed since the export" in joined
    assert "agenda_item/99999/title no longer exists" in joined
    assert all(str(path) in problem and "row " in problem for problem in problems)
    with pytest.raises(ValueError):
        translations.apply_import(demo_plan, preview)
    assert translations.texts(demo_plan, "fr") == before


def test_a_file_in_another_language_or_damaged_is_refused(demo_plan, tmp_path):
    path = tmp_path / "ru.xlf"
    translations.export(demo_plan, "ru", path)
    preview = translations.preview_import(demo_plan, path, "fr")
    assert len(preview.problems) == 1 and "holds Russian (ru), not French" in \
        str(preview.problems[0])
    damaged = tmp_path / "damaged.xlsx"
    damaged.write_bytes(b"PK\x03\x04 not really a workbook")
    preview = translations.preview_import(demo_plan, damaged)
    assert len(preview.problems) == 1 and "not an Excel workbook" in str(preview.problems[0])
    broken = tmp_path / "broken.xlf"
    broken.write_text("<xliff version='2.0'><file>", encoding="utf-8")
    preview = translations.preview_import(demo_plan, broken)
    assert len(preview.problems) == 1 and "not an XLIFF file" in str(preview.problems[0])


def test_the_command_line_exports_and_imports(demo_path, tmp_path, capsys):
    out = tmp_path / "ru.xlsx"
    assert main(["translations", str(demo_path), "--lang", "ru", "-o", str(out)]) == 0
    assert main(["translations", str(demo_path), "--import", str(out)]) == 0
    assert "0 Russian texts changed" in capsys.readouterr().out


def test_a_translation_of_a_deleted_row_is_ignored(demo_plan):
    from sqlalchemy import delete, select

    from consult_desktop.store.models import Milestone

    with demo_plan.begin() as session:
        first = session.scalars(select(Milestone.id).order_by(Milestone.date)).first()
        session.execute(delete(Milestone).where(Milestone.id == first))
    with demo_plan.read() as session:
        found = translation_store.texts(session, demo_plan.plan_id, "fr")
    assert all(text.key.row_id != first or text.key.kind != "milestone" for text in found)
    printables.make(demo_plan, "options_note", choices=printables.Choices(lang="fr"))
