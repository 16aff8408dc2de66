"""The drawn time axis: milestones above it, each option's meeting days below it,
today as a red line (or an arrow at the edge when today is far off the plan's dates)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from consult_desktop.domain import vocab
from consult_desktop.domain.dates import date_range, long_date, month_label
from consult_desktop.domain.deadlines import Milestone, OptionDates
from consult_desktop.ui import words
from consult_desktop.ui.language import window_lang

KIND_COLOURS = {
    "mandate": "#7b1fa2", "related_meeting": "#00838f", "document": "#1565c0",
    "decision": "#ef6c00", "meeting": "#2e7d32", "outcome_due": "#6a1b9a", "other": "#616161",
}
WARN = QColor("#c62828")
MARGIN = 24
LANE = 19
LABEL_WIDTH = 300
MAX_LANES = 10
OPTION_ROW = 20
NEAR_TODAY = dt.timedelta(days=120)  # today beyond this from the plan: an arrow, not a line


@dataclass(frozen=True)
class Hit:
    rect: QRectF
    kind: str  # "milestone" or "option"
    id: int
    tip: str


class TimelineView(QWidget):
    """Call `show_timeline`; clicking a milestone emits `milestoneClicked(id)`."""

    milestoneClicked = Signal(int)
    heightChanged = Signal(int)  # the lanes of labels need more or less room

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.milestones: list[Milestone] = []
        self.options: list[OptionDates] = []
        self.today = dt.date(2000, 1, 1)
        self.flagged_milestones: set[int] = set()
        self.flagged_options: set[int] = set()
        self.hits: list[Hit] = []
        self._range: tuple[dt.date, dt.date] | None = None
        self._layout: tuple[int, list[tuple[Milestone, str | None, float, int]]] | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)
        self.setMinimumWidth(500)

    def show_timeline(self, milestones: Sequence[Milestone], options: Sequence[OptionDates],
                      today: dt.date, flagged_milestones: Collection[int] = (),
                      flagged_options: Collection[int] = ()) -> None:
        self.milestones = sorted(milestones, key=lambda m: (m.date, m.id))
        self.options = [o for o in options if o.start is not None]
        self.today = today
        self.flagged_milestones = set(flagged_milestones)
        self.flagged_options = set(flagged_options)
        self._layout = None
        self._range = None
        self._fit_height()
        self.update()

    def sizeHint(self) -> QSize:
        lanes = self.lanes_needed() if self.width() > 0 else 3
        return QSize(900, lanes * LANE + 50 + 46 + OPTION_ROW * max(1, len(self.options)))

    # ----- geometry ---------------------------------------------------------------
    def date_range(self) -> tuple[dt.date, dt.date]:
        """The first and last day drawn (computed once per `show_timeline`)."""
        if self._range is None:
            self._range = self._compute_range()
        return self._range

    def _compute_range(self) -> tuple[dt.date, dt.date]:
        days = [d for m in self.milestones for d in (m.date, m.end_date) if d is not None]
        days += [d for o in self.options for d in (o.start, o.end) if d is not None]
        if not days:
            return self.today - dt.timedelta(days=45), self.today + dt.timedelta(days=45)
        if self.today_is_near(days):
            days.append(self.today)
        low, high = min(days), max(days)
        pad = dt.timedelta(days=max(7, (high - low).days // 20))
        return low - pad, high + pad

    def today_is_near(self, days: Sequence[dt.date]) -> bool:
        if not days:
            return True
        return min(days) - NEAR_TODAY <= self.today <= max(days) + NEAR_TODAY

    def x_of(self, day: dt.date) -> float:
        low, high = self.date_range()
        span = max(1, (high - low).days)
        return MARGIN + (self.width() - 2 * MARGIN) * (day - low).days / span

    @property
    def axis_y(self) -> float:
        return float(self.height() - 46 - OPTION_ROW * max(1, len(self.options)))

    # ----- painting -----------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        self.hits = []
        text = self.palette().text().color()
        painter.setPen(QPen(text, 1.5))
        painter.drawLine(QPointF(MARGIN, self.axis_y), QPointF(self.width() - MARGIN, self.axis_y))
        self._paint_months(painter, text)
        self._paint_today(painter)
        self._paint_options(painter, text)
        self._paint_milestones(painter, text)
        painter.end()

    def _paint_months(self, painter: QPainter, text: QColor) -> None:
        low, high = self.date_range()
        months = []
        day = dt.date(low.year, low.month, 1)
        while day <= high:
            if day >= low:
                months.append(day)
            day = dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)
        step = 1
        while months and (self.width() - 2 * MARGIN) / max(1, len(months)) * step < 56:
            step += 1
        metrics = QFontMetrics(self.font())
        for index, month in enumerate(months):
            x = self.x_of(month)
            painter.setPen(QPen(text, 1))
            painter.drawLine(QPointF(x, self.axis_y - 4), QPointF(x, self.axis_y + 4))
            if index % step == 0:
                label = month_label(month, window_lang(), with_year=index == 0 or month.month == 1)
                painter.drawText(QPointF(x - metrics.horizontalAdvance(label) / 2,
                                         self.axis_y + 6 + metrics.ascent()), label)

    def _paint_today(self, painter: QPainter) -> None:
        low, high = self.date_range()
        label = self.tr("Today, {date}").format(date=long_date(self.today, window_lang()))
        metrics = QFontMetrics(self.font())
        painter.setPen(QPen(WARN, 1.5, Qt.PenStyle.DashLine))
        if low <= self.today <= high:
            x = self.x_of(self.today)
            painter.drawLine(QPointF(x, 4), QPointF(x, self.height() - 4))
            width = metrics.horizontalAdvance(label)
            left = x + 4 if x + 4 + width < self.width() else x - 4 - width
            painter.drawText(QPointF(left, 4 + metrics.ascent()), label)
            return
        after = self.today > high
        arrow = f"{label} →" if after else f"← {label}"
        width = metrics.horizontalAdvance(arrow)
        x = self.width() - MARGIN - width if after else MARGIN
        painter.drawText(QPointF(x, 4 + metrics.ascent()), arrow)

    def _paint_options(self, painter: QPainter, text: QColor) -> None:
        metrics = QFontMetrics(self.font())
        for row, option in enumerate(self.options):
            assert option.start is not None
            end = option.end or option.start
            top = self.axis_y + 26 + row * OPTION_ROW
            left, right = self.x_of(option.start), self.x_of(end + dt.timedelta(days=1))
            bar = QRectF(left, top, max(6.0, right - left), OPTION_ROW - 6)
            flagged = option.id in self.flagged_options
            colour = WARN if flagged else QColor("#2e7d32")
            if option.status == "rejected":
                colour = QColor("#9e9e9e")
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(bar, 3, 3)
            days = date_range(option.start, end, window_lang())
            label = self.tr("Option ({label}): {days}").format(label=option.label, days=days) \
                + (self.tr("  (too late)") if flagged else "")
            width = metrics.horizontalAdvance(label)
            fits = bar.right() + 6 + width < self.width()
            x = bar.right() + 6 if fits else bar.left() - 6 - width
            painter.setPen(WARN if flagged else text)
            painter.drawText(QPointF(x, top + metrics.ascent()), label)
            tip = self.tr("Option ({label}) {title}").format(
                label=option.label, title=option.title) + f"\n{days}"
            self.hits.append(Hit(bar.united(QRectF(x, top, width, OPTION_ROW - 6)), "option",
                                 option.id, tip))

    def label_layout(self) -> list[tuple[Milestone, str | None, float, int]]:
        """Each milestone's label, its left edge and its lane above the axis: a label
        starts at its marker, or ends there near the right edge. A label goes in the first
        lane where it starts after every label already there; beyond MAX_LANES a
        milestone keeps its marker and tooltip but no label (None)."""
        if self._layout is not None and self._layout[0] == self.width():
            return self._layout[1]
        metrics = QFontMetrics(self.font())
        lane_ends: list[float] = []
        placed: list[tuple[Milestone, str | None, float, int]] = []
        for milestone in self.milestones:
            x = self.x_of(milestone.date)
            label = metrics.elidedText(milestone.title, Qt.TextElideMode.ElideRight, LABEL_WIDTH)
            width = metrics.horizontalAdvance(label)
            left = x - 4 if x - 4 + width <= self.width() - MARGIN else x + 4 - width
            left = max(2.0, left)
            lane = next((i for i, end in enumerate(lane_ends) if left - 8 >= end), None)
            if lane is None and len(lane_ends) < MAX_LANES:
                lane = len(lane_ends)
                lane_ends.append(0.0)
            if lane is None:
                placed.append((milestone, None, left, 0))
                continue
            lane_ends[lane] = left + width + 8
            placed.append((milestone, label, left, lane))
        self._layout = (self.width(), placed)
        return placed

    def lanes_needed(self) -> int:
        return 1 + max((lane for _, label, _, lane in self.label_layout() if label),
                       default=0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        height = self.sizeHint().height()
        if height != self.height():
            self.setFixedHeight(height)
            self.heightChanged.emit(height)

    def _paint_milestones(self, painter: QPainter, text: QColor) -> None:
        """The leaders first, then the labels on the page's colour: a leader going down
        to its marker never strikes through a label of a lower lane."""
        metrics = QFontMetrics(self.font())
        layout = self.label_layout()
        for milestone, label, _left, lane in layout:
            if label is not None:
                x = self.x_of(milestone.date)
                colour = QColor(KIND_COLOURS.get(milestone.kind, "#616161"))
                baseline = self.axis_y - 18 - lane * LANE
                painter.setPen(QPen(colour.lighter(140), 1, Qt.PenStyle.DotLine))
                painter.drawLine(QPointF(x, baseline + 3), QPointF(x, self.axis_y - 6))
        base = self.palette().base()
        for milestone, label, left, lane in layout:
            x = self.x_of(milestone.date)
            flagged = milestone.id in self.flagged_milestones
            colour = QColor(KIND_COLOURS.get(milestone.kind, "#616161"))
            rect = QRectF()
            if label is not None:
                baseline = self.axis_y - 18 - lane * LANE
                rect = QRectF(left, baseline - metrics.ascent(),
                              metrics.horizontalAdvance(label), metrics.height())
                painter.fillRect(rect, base)
                painter.setPen(WARN if flagged else text)
                painter.drawText(QPointF(left, baseline), label)
            marker = self._paint_marker(painter, milestone, x, colour, flagged)
            what = words.label(vocab.MILESTONE_KINDS, milestone.kind)
            when = date_range(milestone.date, milestone.end_date, window_lang())
            tip = f"{milestone.title}\n{what}, {when}" + (self.tr(" (done)") if milestone.done
                                                          else "")
            self.hits.append(Hit(rect.united(marker) if label else marker, "milestone",
                                 milestone.id, tip))

    def _paint_marker(self, painter: QPainter, milestone: Milestone, x: float,
                      colour: QColor, flagged: bool) -> QRectF:
        y = self.axis_y
        painter.setPen(QPen(WARN if flagged else colour.darker(130), 2 if flagged else 1))
        painter.setBrush(colour if milestone.done else self.palette().base().color())
        if milestone.end_date is not None and milestone.end_date > milestone.date:
            right = self.x_of(milestone.end_date + dt.timedelta(days=1))
            rect = QRectF(x, y - 5, max(8.0, right - x), 10)
            painter.drawRoundedRect(rect, 3, 3)
            return rect
        points = [QPointF(x, y - 7), QPointF(x + 7, y), QPointF(x, y + 7), QPointF(x - 7, y)]
        painter.drawPolygon(points)
        return QRectF(x - 7, y - 7, 14, 14)

    # ----- pointing ------------------------------------------------------------------
    def hit_at(self, point: QPointF) -> Hit | None:
        return next((hit for hit in reversed(self.hits) if hit.rect.contains(point)), None)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            hit = self.hit_at(QPointF(event.pos()))
            if hit is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), hit.tip, self)
            return True
        return super().event(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        hit = self.hit_at(event.position())
        if hit is not None and hit.kind == "milestone":
            self.milestoneClicked.emit(hit.id)
        super().mousePressEvent(event)
