"""The tabs of the main window, in order. Importing this pulls in the store."""

from __future__ import annotations

from consult_desktop.ui.agenda_tab import AgendaTab
from consult_desktop.ui.budget_tab import BudgetTab
from consult_desktop.ui.options_tab import OptionsTab
from consult_desktop.ui.participants_tab import ParticipantsTab
from consult_desktop.ui.summary_tab import SummaryTab
from consult_desktop.ui.timeline_tab import TimelineTab

TAB_CLASSES = (OptionsTab, BudgetTab, ParticipantsTab, AgendaTab, TimelineTab, SummaryTab)
