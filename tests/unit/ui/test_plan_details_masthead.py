"""Plan details hold what the masthead and the list's headings print: a new plan can
be given the principal organ, commission, session and the body's own headings."""

from __future__ import annotations

import io

from pypdf import PdfReader

from consult_desktop.services import printables
from consult_desktop.services.plan import EditPlanDetails, details
from consult_desktop.store.plan_file import create_plan
from consult_desktop.ui.context import PlanContext
from consult_desktop.ui.plan_details import PlanDetailsDialog


def text(pdf: bytes) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(
        io.BytesIO(pdf)).pages)


def test_a_new_plan_gets_its_masthead_from_plan_details(qtbot, tmp_path):
    plan_file = create_plan(tmp_path / "new.consult", "Regional consultation")
    context = PlanContext(plan_file)
    try:
        old = details(plan_file)
        assert "United Nations" in text(printables.make(plan_file, "agenda"))
        dialog = PlanDetailsDialog(old)
        qtbot.addWidget(dialog)
        for name, value in (("principal_organ", "Economic and Social Council"),
                            ("commission", "Economic Commission for Europe"),
                            ("session", "Ninety-first meeting")):
            dialog.masthead[name].setText(value)
        dialog.governing_body.setText("Executive Committee")
        assert context.run(EditPlanDetails(old, dialog.values()))
        page = text(printables.make(plan_file, "agenda"))
        for line in ("Economic and Social Council", "Economic Commission for Europe",
                     "Executive Committee", "Ninety-first meeting"):
            assert line in page, line
        context.undo_stack.undo()
        assert "Economic and Social Council" not in text(printables.make(plan_file, "agenda"))
    finally:
        context.undo_stack.clear()
        context.close()


def test_the_body_s_own_headings_group_the_list_of_participants(qtbot, demo_plan):
    context = PlanContext(demo_plan)
    try:
        old = details(demo_plan)
        new = {**old, "members_heading": "Members of the Executive Committee",
               "non_members_heading": "Other States"}
        assert context.run(EditPlanDetails(old, new))
        page = text(printables.make(demo_plan, "participants"))
        assert "Members of the Executive Committee (7)" in page
        assert "Other States (1)" in page
    finally:
        context.undo_stack.clear()
        context.close()
