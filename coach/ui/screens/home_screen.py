"""Home: today's plan with a big Start, this week (done days, streak, pain trend), the
other actions as tiles, and anything to act on.

Home shows a :class:`HomeSnapshot` (decided in ``coach.flow.home``) and sends commands."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coach.flow.home_snapshot import HomeSnapshot
from coach.ui.design.tokens import BIG_BUTTON_HEIGHT, LEAD, PAGE_MARGIN, S1, S2, S3, SECTION
from coach.ui.screens.home_words import date_text, pain_text, sessions_text, streak_text
from coach.ui.session.session_words import offer_text, overview_text, resume_text
from coach.ui.visuals.sparkline import Sparkline
from coach.ui.visuals.tile import ActionTile
from coach.ui.visuals.week_strip import WeekStrip
from coach.ui.widgets.theme import make_title, set_icon, set_relative_size

if TYPE_CHECKING:
    from PySide6.QtGui import QResizeEvent, QShowEvent

    from coach.ui.visuals.first_steps import FirstSteps

FILL = 100
"""The first steps' stretch in the plan card: all its room (its own spacer has 1)."""
LIST_MAX_EM = 24
"""The plan's exercises are listed one per line up to this text height (px), in a run above."""


class HomeScreen(QWidget):
    """The first screen, a dashboard: today's plan with one big Start, this week, and
    the other actions as tiles. Every action has a one-key shortcut."""

    check_in_requested = Signal()
    session_requested = Signal()
    resume_requested = Signal()
    discard_resume_requested = Signal()
    thermal_requested = Signal()
    history_requested = Signal()
    settings_requested = Signal()
    level_change_accepted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shown = HomeSnapshot()
        """The snapshot on screen (Home before anything is known, until the first)."""
        self.setAccessibleName(self.tr("Home"))
        title = QLabel("Rehab Coach", self)
        make_title(title, SECTION)
        self.date = QLabel(self)
        self.date.setProperty("role", "muted")
        self.date.setAccessibleName(self.tr("Today's date"))
        set_relative_size(self.date, LEAD)
        self.date.setWordWrap(True)
        self.date.setProperty("align", "right")  # by style sheet: no Qt enum at first paint
        header = QHBoxLayout()
        header.addWidget(title)
        header.addWidget(self.date, 1)

        self.plan_card = self._card()
        self.today_status = QLabel(self.tr("Today's session"), self.plan_card)
        self.today_status.setAccessibleName(self.tr("Today"))
        self.today_status.setProperty("role", "eyebrow")
        self.done_today = QLabel(self.tr("✓ Done today. Well done!"), self.plan_card)
        self.done_today.setProperty("role", "done")
        self.done_today.setVisible(False)
        self.plan_title = QLabel(self.plan_card)
        make_title(self.plan_title, LEAD)
        self.plan_title.setWordWrap(True)
        self.first_steps: FirstSteps | None = None  # made when Home first has no plan
        self.plan_facts = QLabel(self.plan_card)
        self.plan_facts.setWordWrap(True)
        self.plan_facts.setAccessibleName(self.tr("What the session takes"))
        self.plan_exercises = QLabel(self.plan_card)
        self.plan_exercises.setWordWrap(True)
        self.plan_exercises.setProperty("role", "muted")
        self.plan_exercises.setAccessibleName(self.tr("Exercises"))
        self.start_button = self._button(
            self.tr("&Start today's session"),
            self.tr("Start today's session"),
            self.session_requested,
        )
        set_icon(self.start_button, "play", primary=True)
        self._card_layout = card = QVBoxLayout(self.plan_card)
        card.setContentsMargins(S3, S2, S3, S3)
        card.addWidget(self.today_status)
        card.addWidget(self.done_today)
        card.addWidget(self.plan_title)
        card.addWidget(self.plan_facts)
        card.addSpacing(S1)
        card.addWidget(self.plan_exercises)
        card.addStretch(1)
        card.addWidget(self.start_button)

        self.week_card = self._card()
        week_title = QLabel(self.tr("This week"), self.week_card)
        week_title.setProperty("role", "eyebrow")
        self.week_strip = WeekStrip(self.week_card)
        self.streak = QLabel(self.week_card)
        self.streak.setAccessibleName(self.tr("Streak"))
        self.streak.setWordWrap(True)
        self.pain_summary = QLabel(self.week_card)
        self.pain_summary.setProperty("role", "muted")
        self.pain_summary.setWordWrap(True)
        self.sparkline = Sparkline(self.week_card)
        self.suggestions = QLabel(self)  # follow-ups due, under both cards
        self.suggestions.setWordWrap(True)
        self.suggestions.setAccessibleName(self.tr("Suggestions"))
        self.suggestions.setProperty("role", "notice")
        week = QVBoxLayout(self.week_card)
        week.setContentsMargins(S3, S2, S3, S2)
        week.addWidget(week_title)
        week.addWidget(self.week_strip)
        week.addWidget(self.streak)
        week.addSpacing(S2)
        week.addWidget(self.pain_summary)
        week.addWidget(self.sparkline, 1)
        week.addStretch(1)
        self.top_row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.top_row.setSpacing(S2)
        self.top_row.addWidget(self.plan_card, 3)
        self.top_row.addWidget(self.week_card, 2)

        self.suspended_box = QFrame(self)
        self.suspended_box.setProperty("role", "danger")
        heading = QLabel(self.tr("Exercises are paused"), self.suspended_box)
        make_title(heading, 1.3)
        self.suspended_text = QLabel(self.suspended_box)
        self.suspended_text.setWordWrap(True)
        self.suspended_text.setAccessibleName(self.tr("Why exercises are paused"))
        paused = QVBoxLayout(self.suspended_box)
        paused.addWidget(heading)
        paused.addWidget(self.suspended_text)

        self.resume_box = QFrame(self)
        self.resume_box.setProperty("role", "notice")
        self.resume_text = QLabel(self.resume_box)
        self.resume_text.setWordWrap(True)
        self.resume_button = self._button(
            self.tr("&Resume it"), self.tr("Resume the interrupted session"), self.resume_requested
        )
        self.discard_button = self._button(
            self.tr("Start &fresh next time"),
            self.tr("Don't resume the interrupted session"),
            self.discard_resume_requested,
        )
        resume = QHBoxLayout(self.resume_box)
        resume.addWidget(self.resume_text, 1)
        resume.addWidget(self.resume_button)
        resume.addWidget(self.discard_button)

        self.level_box = QFrame(self)
        self.level_box.setProperty("role", "notice")
        self.level_text = QLabel(self.level_box)
        self.level_text.setWordWrap(True)
        self.level_button = self._button(
            self.tr("Change &level"),
            self.tr("Change to the suggested level"),
            self.level_change_accepted,
        )
        level = QHBoxLayout(self.level_box)
        level.addWidget(self.level_text, 1)
        level.addWidget(self.level_button)

        self.thermal_status = QLabel(self)  # the ice/heat line, shown on its tile
        self.thermal_status.setAccessibleName(self.tr("Ice and heat status"))

        self.thermal_tile = self._tile(
            "snowflake",
            self.tr("&Ice or heat"),
            self.tr("Ice or heat timer"),
            self.thermal_requested,
        )
        self.check_in_button = self._tile(
            "clipboard",
            self.tr("&Check-in"),
            self.tr("Check-in: answer questions to get a routine"),
            self.check_in_requested,
        )
        self.check_in_button.set_detail(self.tr("New questions, new routine"))
        self.history_tile = self._tile(
            "chart", self.tr("&History"), self.tr("History"), self.history_requested
        )
        self.settings_tile = self._tile(
            "gear", self.tr("Se&ttings"), self.tr("Settings"), self.settings_requested
        )
        self.settings_tile.set_detail(self.tr("Voice, text, light or dark"))
        self.tiles = QGridLayout()
        self.tiles.setSpacing(S2)
        self._tile_columns = 0
        self._exercises: tuple[str, ...] = ()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(PAGE_MARGIN, S2, PAGE_MARGIN, S3)
        layout.setSpacing(S1)  # tight enough that Home fits 1024x700 at 130% text
        layout.addLayout(header)
        layout.addWidget(self.suspended_box)
        layout.addWidget(self.resume_box)
        layout.addLayout(self.top_row, 1)
        layout.addWidget(self.level_box)
        layout.addWidget(self.suggestions)
        layout.addLayout(self.tiles)
        layout.addStretch(0)
        self._arrange()
        for shown_by_state in (
            self.suspended_box,
            self.plan_card,
            self.week_card,
            self.resume_box,
            self.level_box,
            self.suggestions,
            self.thermal_status,
        ):
            shown_by_state.setVisible(False)  # until show_state: read after the first paint
        self.setFocusProxy(self.check_in_button)

    def _card(self) -> QFrame:
        card = QFrame(self)
        card.setProperty("role", "card")
        return card

    def _tile(self, icon: str, title: str, name: str, signal: object) -> ActionTile:
        tile = ActionTile(icon, title, name, self)
        tile.clicked.connect(signal.emit)  # type: ignore[attr-defined]
        return tile

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Side by side when there is room for the week beside the plan, else stacked;
        four tiles in a row, or two when the text is large."""
        self._arrange()
        super().resizeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        """The text size may have changed while Home was hidden."""
        self._arrange()
        self._show_exercises()
        super().showEvent(event)

    def _arrange(self) -> None:
        room = self.width() - 2 * PAGE_MARGIN
        beside = room * 2 / 5 >= self.week_strip.minimumSizeHint().width() + 2 * S3
        self.top_row.setDirection(
            QBoxLayout.Direction.LeftToRight if beside else QBoxLayout.Direction.TopToBottom
        )
        tiles = (self.thermal_tile, self.check_in_button, self.history_tile, self.settings_tile)
        widest = max(tile.minimumSizeHint().width() for tile in tiles)
        columns = 4 if room >= 4 * widest + 3 * S2 else 2
        if columns != self._tile_columns:
            self._tile_columns = columns
            for tile in tiles:
                self.tiles.removeWidget(tile)
            for k, tile in enumerate(tiles):
                self.tiles.addWidget(tile, k // columns, k % columns)
            for column in range(4):  # equal columns, none left over from the other layout
                self.tiles.setColumnStretch(column, 1 if column < columns else 0)

    def _button(self, text: str, name: str, signal: object) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(name)
        button.setMinimumHeight(BIG_BUTTON_HEIGHT)
        button.clicked.connect(signal.emit)  # type: ignore[attr-defined]
        return button

    def show_state(self, state: HomeSnapshot) -> None:
        """Show ``state``: a session can be started or resumed only when it allows it."""
        self.shown = state
        has_plan = bool(state.plan_title)
        self.suspended_box.setVisible(bool(state.suspended))
        paused = state.suspension
        if paused is None:
            self.suspended_text.setText(state.suspended)
        else:  # rare: the flow's wording waits until a suspension is shown
            from coach.ui.app.flow_words import suspension_text

            self.suspended_text.setText(suspension_text(paused))
        self.plan_card.setVisible(True)
        self.plan_title.setText(state.plan_title or self.tr("No routine yet: three steps to one"))
        first = self._show_first_steps(not has_plan)
        facts = state.plan_facts
        self.plan_facts.setText("" if facts is None else overview_text(facts))
        self.plan_facts.setVisible(facts is not None)
        self._exercises = state.plan_exercises
        self._show_exercises()
        # At large text the exercises run over three lines: with a follow-up to read
        # as well, the facts line ("5 exercises ...") says enough and Home still fits.
        crowded = self.fontMetrics().height() > LIST_MAX_EM and bool(state.suggestions)
        self.plan_exercises.setVisible(bool(state.plan_exercises) and not crowded)
        self._show_today(has_plan, state.done_today)
        self.start_button.setVisible(state.can_start)
        first_action = self.start_button if state.can_start else self.check_in_button
        self._set_first_action(first if first is not None else first_action)
        self.week_card.setVisible(has_plan)
        self.week_strip.set_days(state.week, state.today)
        today = state.today  # None on a first paint from the saved card: not read yet
        self.date.setText("" if today is None else date_text(today))
        self.streak.setText("" if today is None else streak_text(state.streak))
        self.pain_summary.setText("" if today is None else pain_text(state.pain_trend))
        self.sparkline.set_values(state.pain_trend)
        self.sparkline.setVisible(len(state.pain_trend) >= 2)
        self.history_tile.set_detail(sessions_text(state.sessions_done))
        resume = state.resume_offer
        self.resume_box.setVisible(resume is not None)
        self.resume_text.setText("" if resume is None else resume_text(resume))
        self.resume_button.setVisible(state.can_resume)
        offer = state.level_offer
        self.level_box.setVisible(offer is not None)
        self.level_text.setText("" if offer is None else offer_text(offer))
        self.suggestions.setVisible(bool(state.suggestions))
        self.suggestions.setText("\n".join(state.suggestions))
        self.set_thermal_status(state.thermal_status)

    def _show_first_steps(self, shown: bool) -> QPushButton | None:
        """The steps to a first plan (made when first shown); their button if shown."""
        if shown and self.first_steps is None:
            from coach.ui.visuals.first_steps import FirstSteps  # a first start only

            self.first_steps = FirstSteps(self.plan_card)
            self.first_steps.button.clicked.connect(self.check_in_requested.emit)
            at = self._card_layout.indexOf(self.plan_title) + 1
            self._card_layout.insertWidget(at, self.first_steps, FILL)
        if self.first_steps is not None:
            self.first_steps.setVisible(shown)
        return self.first_steps.button if shown and self.first_steps else None

    def _show_exercises(self) -> None:
        """One per line while the text is small enough to leave room (the first steps'
        lines show only then too); else in a run."""
        names = self._exercises
        one_per_line = self.fontMetrics().height() <= LIST_MAX_EM
        if self.first_steps is not None:
            self.first_steps.show_details(one_per_line)
        self.plan_exercises.setText(
            "\n".join(f"{k}.  {name}" for k, name in enumerate(names, 1))
            if one_per_line
            else "  ·  ".join(names)
        )

    def _show_today(self, has_plan: bool, done: bool) -> None:
        self.today_status.setVisible(has_plan and not done)  # the title says what's next
        self.done_today.setVisible(has_plan and done)
        self.start_button.setText(
            self.tr("&Start another session") if done else self.tr("&Start today's session")
        )

    def _set_first_action(self, button: QPushButton) -> None:
        """Focus goes to ``button`` when Home is shown, and moves there now if it was
        still on the previous first action (the person hasn't moved it; the window
        may not even be active yet)."""
        previous = self.focusProxy()
        self.setFocusProxy(button)
        if previous not in (None, button) and self.window().focusWidget() is previous:
            button.setFocus()

    def set_thermal_status(self, text: str) -> None:
        """The ice/heat line ("Ice: 12:34 left", "Next ice from 14:35"), on its tile."""
        self.thermal_status.setText(text)
        self.thermal_tile.set_detail(text or self.tr("Timed, with skin checks"))
