"""The tabs of the main window, in order: (title, module, class).

A tab's module is imported when the tab is first shown, so opening a plan loads only
the code of the tab in view.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def tabs() -> tuple[tuple[str, str, str], ...]:
    """The tabs, their titles in the window's language."""
    return (
        (QCoreApplication.translate("tabs", "&Options"),
         "consult_desktop.ui.options_tab", "OptionsTab"),
        (QCoreApplication.translate("tabs", "&Budget"),
         "consult_desktop.ui.budget_tab", "BudgetTab"),
        (QCoreApplication.translate("tabs", "&Participants"),
         "consult_desktop.ui.participants_tab", "ParticipantsTab"),
        (QCoreApplication.translate("tabs", "&Agenda"),
         "consult_desktop.ui.agenda_tab", "AgendaTab"),
        (QCoreApplication.translate("tabs", "&Timeline"),
         "consult_desktop.ui.timeline_tab", "TimelineTab"),
        (QCoreApplication.translate("tabs", "&Summary"),
         "consult_desktop.ui.summary_tab", "SummaryTab"),
        (QCoreApplication.translate("tabs", "Do&cuments"),
         "consult_desktop.ui.documents_tab", "DocumentsTab"),
    )
