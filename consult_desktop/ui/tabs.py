"""The tabs of the main window, in order: (title, module, class).

A tab's module is imported when the tab is first shown, so opening a plan loads only
the code of the tab in view.
"""

from __future__ import annotations

TABS = (
    ("&Options", "consult_desktop.ui.options_tab", "OptionsTab"),
    ("&Budget", "consult_desktop.ui.budget_tab", "BudgetTab"),
    ("&Participants", "consult_desktop.ui.participants_tab", "ParticipantsTab"),
    ("&Agenda", "consult_desktop.ui.agenda_tab", "AgendaTab"),
    ("&Timeline", "consult_desktop.ui.timeline_tab", "TimelineTab"),
    ("&Summary", "consult_desktop.ui.summary_tab", "SummaryTab"),
    ("Do&cuments", "consult_desktop.ui.documents_tab", "DocumentsTab"),
)
