"""ThermalScreen: choose ice or heat, pass the checklist, and watch the countdown.

A passive view of :class:`ThermalController`: it renders on ``changed`` and
sends commands; the controller owns the timer, so the countdown keeps running
while other screens are in front. Every text shown comes from
``routines/thermal.toml`` or is plain UI wording.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QShowEvent, QValidator
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from coach.domain.history import ThermalKind
from coach.domain.thermal import HARD_MAX_S, ThermalConfig, ThermalRules
from coach.ui.keys import bind_keys
from coach.ui.scrolling import scroll_area
from coach.ui.theme import COUNTDOWN_PIXELS, make_title
from coach.ui.thermal_controller import Countdown, ThermalController, clock_text

SKIN_REACTION = "Skin did not look right at the skin check"
"""Recorded when the person stops at the skin-check prompt."""
_KIND_BUTTON_HEIGHT = 72


def _label(text: str, parent: QWidget, *, role: str = "") -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if role:
        label.setProperty("role", role)
    return label


def _button(text: str, parent: QWidget, accessible: str = "") -> QPushButton:
    button = QPushButton(text, parent)
    button.setAccessibleName(accessible or text)
    return button


def _widest_clock_size(label: QLabel) -> QSize:
    """Room for any mm:ss in ``label`` (showing "00:00"): its size hint, widened if
    some digit is wider than 0 in its font."""
    label.ensurePolished()
    metrics = label.fontMetrics()
    widest = max(metrics.horizontalAdvance(str(digit)) for digit in range(10))
    hint = label.sizeHint()
    return QSize(hint.width() + 4 * (widest - metrics.horizontalAdvance("0")), hint.height())


class MinutesBox(QSpinBox):
    """Whole minutes in a range; typing a number above the maximum gives the maximum."""

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        """Let a too-large number through as Intermediate so ``fixup`` can clamp it."""
        digits = text.removesuffix(self.suffix()).strip()
        if digits.isdigit() and len(digits) <= 3 and int(digits) > self.maximum():
            return QValidator.State.Intermediate, text, pos
        return super().validate(text, pos)

    def fixup(self, text: str) -> str:
        """Clamp a too-large number to the maximum."""
        digits = text.removesuffix(self.suffix()).strip()
        if digits.isdigit() and int(digits) > self.maximum():
            return self.textFromValue(self.maximum()) + self.suffix()
        return super().fixup(text)


class _EnterClicks(QObject):
    """Return/Enter on a focused button, or on an unticked check box, clicks it as Space
    does. On a ticked check box or in the Minutes box it presses ``default`` (Start)
    when that is enabled: a person who has ticked "I have read this" and presses Enter
    means Start, not "untick it"."""

    def __init__(self, default: QAbstractButton, parent: QObject) -> None:
        super().__init__(parent)
        self._default = default

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Act on Return/Enter as above; let every other event through."""
        if not (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            return False
        ticked = isinstance(watched, QCheckBox) and watched.isChecked()
        if (ticked or isinstance(watched, QSpinBox)) and self._default.isEnabled():
            if isinstance(watched, QSpinBox):
                watched.interpretText()
            self._default.click()
            return True
        if isinstance(watched, QAbstractButton) and watched.isEnabled() and not ticked:
            watched.click()
            return True
        return False


class _KindPanel(QWidget):
    """One kind's checklist, advice and "I have read this"; ``changed`` on any tick."""

    changed = Signal()

    def __init__(self, rules: ThermalRules, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        name = rules.name.lower()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        heading = _label(f"Don't use {name} if any of these apply to you:", self, role="title")
        heading.setFont(QFont(heading.font().family(), -1, QFont.Weight.Bold))
        layout.addWidget(heading)
        self._applies: list[QCheckBox] = []
        for item in rules.contraindications:
            row = QHBoxLayout()
            row.addWidget(_label(item, self), 1)
            box = QCheckBox("This applies to me", self)
            box.setAccessibleName(f"This applies to me: {item}")
            box.toggled.connect(self._on_toggled)
            row.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
            layout.addLayout(row)
            self._applies.append(box)
        self._refusal = QFrame(self)
        self._refusal.setProperty("role", "danger")
        refusal_layout = QVBoxLayout(self._refusal)
        refusal_layout.addWidget(
            _label(
                f"One of these applies to you. Please ask a health professional first "
                f"before using {name}.",
                self._refusal,
            )
        )
        self._refusal.setVisible(False)
        layout.addWidget(self._refusal)
        before = _label("Before you start", self, role="title")
        before.setFont(QFont(before.font().family(), -1, QFont.Weight.Bold))
        layout.addWidget(before)
        for text in (rules.warning, rules.barrier, rules.position, rules.honesty):
            layout.addWidget(_label(text, self))
        self._read = QCheckBox("I have read this", self)
        self._read.setAccessibleName(f"I have read this {name} advice")
        self._read.toggled.connect(self._on_toggled)
        layout.addWidget(self._read)

    def contraindicated(self) -> bool:
        """Any "This applies to me" ticked."""
        return any(box.isChecked() for box in self._applies)

    def acknowledged(self) -> bool:
        """Whether "I have read this" is ticked."""
        return self._read.isChecked()

    def reset(self) -> None:
        """Untick everything (after a start, so each application is read afresh)."""
        for box in [*self._applies, self._read]:
            box.setChecked(False)

    def _on_toggled(self) -> None:
        self._refusal.setVisible(self.contraindicated())
        self.changed.emit()


class ThermalScreen(QWidget):
    """Ice or heat: choose, check, start; then a large countdown with the skin check.

    ``back_requested`` on Back or Esc. The app passes the triage facts with
    :meth:`set_strain_started_at` and :meth:`set_numbness`.
    """

    back_requested = Signal()

    def __init__(
        self,
        controller: ThermalController,
        config: ThermalConfig,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName("Ice or heat")
        self._controller = controller
        self._config = config
        self._strain_started_at: float | None = None
        self._pages = QStackedWidget(self)
        self._setup = self._build_setup()
        self._running = self._build_running()
        self._done = self._build_done()
        for page in (self._setup, self._running, self._done):
            self._pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self._pages)
        enter = _EnterClicks(self._start, self)
        for button in self.findChildren(QAbstractButton):
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Tab reaches it on every platform
            button.installEventFilter(enter)
        self._minutes.installEventFilter(enter)
        bind_keys(self, ((Qt.Key.Key_Escape, self._go_back),))
        controller.changed.connect(self._render)
        controller.finished.connect(self._on_finished)
        self._render()
        if self.focusProxy() is None:
            self.setFocusProxy(self._kind_focus())  # the first choice, when shown

    # --- inputs from the app ------------------------------------------------

    def set_strain_started_at(self, at: float | None) -> None:
        """When a sudden strain started (epoch s), from triage; None if there was none."""
        self._strain_started_at = at
        self._render()

    def set_numbness(self, reported: bool) -> None:
        """Show the numbness warning when the person reported numbness or tingling."""
        self._numbness.setVisible(reported)

    # --- building -----------------------------------------------------------

    def _build_setup(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        title = _label("Ice or heat", page)
        make_title(title)
        layout.addWidget(title)
        kinds = QHBoxLayout()
        self._kind_buttons: dict[ThermalKind, QPushButton] = {}
        for kind in ThermalKind:
            rules = self._config.rules(kind)
            button = _button(rules.name, page, f"Choose {rules.name.lower()}")
            button.setCheckable(True)  # shows the choice; not a QButtonGroup, so Tab reaches both
            button.setMinimumHeight(_KIND_BUTTON_HEIGHT)
            button.setFont(QFont(button.font().family(), -1, QFont.Weight.Bold))
            button.setProperty("kind", True)
            # clicked: a click on the chosen one keeps it; toggled: a screen reader's
            # press or toggle action, which sends no click.
            button.clicked.connect(lambda _=False, k=kind: self._choose(k))
            button.toggled.connect(lambda on, k=kind: self._toggled(k, on))
            self._kind_buttons[kind] = button
            kinds.addWidget(button, 1)
        layout.addLayout(kinds)

        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(4, 8, 12, 8)
        column.setSpacing(12)
        self._numbness = QFrame(content)
        self._numbness.setProperty("role", "danger")
        QVBoxLayout(self._numbness).addWidget(_label(self._config.numbness_warning, self._numbness))
        self._numbness.setVisible(False)
        column.addWidget(self._numbness)
        self._intro = QWidget(content)
        intro = QVBoxLayout(self._intro)
        intro.setContentsMargins(0, 0, 0, 0)
        for rules in (self._config.ice, self._config.heat):
            intro.addWidget(_label(rules.prefer_when, self._intro))
            intro.addWidget(_label(rules.avoid_when, self._intro))
            intro.addSpacing(12)
        column.addWidget(self._intro)
        self._panels: dict[ThermalKind, _KindPanel] = {}
        for kind in ThermalKind:
            panel = _KindPanel(self._config.rules(kind), content)
            panel.changed.connect(self._render)
            panel.setVisible(False)
            column.addWidget(panel)
            self._panels[kind] = panel
        column.addStretch(1)
        scroll = scroll_area(page)
        scroll.setWidget(content)
        layout.addWidget(scroll, 1)

        self._hint = _label("", page)
        self._hint.setFont(QFont(self._hint.font().family(), -1, QFont.Weight.Bold))
        layout.addWidget(self._hint)
        bar = QHBoxLayout()
        self._setup_back = _button("Back", page, "Back to home")
        self._setup_back.clicked.connect(self._go_back)
        minutes_label = _label("Minutes", page)
        self._minutes = MinutesBox(page)
        self._minutes.setAccessibleName("Minutes")
        self._minutes.setMinimumWidth(self._minutes.fontMetrics().horizontalAdvance("000000"))
        minutes_label.setBuddy(self._minutes)
        self._set_minutes(self._config.ice)
        self._start = _button("Start", page)
        self._start.setProperty("primary", True)
        self._start.clicked.connect(self._on_start)
        bar.addWidget(self._setup_back)
        bar.addStretch(1)
        bar.addWidget(minutes_label)
        bar.addWidget(self._minutes)
        bar.addWidget(self._start)
        layout.addLayout(bar)

        chain: list[QWidget] = list(self._kind_buttons.values())
        for panel in self._panels.values():
            chain.extend(panel.findChildren(QCheckBox))
        chain += [self._minutes, self._start, self._setup_back]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        return page

    def _build_running(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self._running_title = _label("", page)
        make_title(self._running_title)
        layout.addWidget(self._running_title)
        self._clock = QLabel("00:00", page)  # the widest text, for its fixed size
        self._clock.setAccessibleName("Time left")
        clock_font = QFont(self._clock.font())
        clock_font.setPixelSize(COUNTDOWN_PIXELS)
        clock_font.setBold(True)
        self._clock.setFont(clock_font)
        self._clock.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # A fixed size, so a new mm:ss each second repaints the label but never
        # asks the window for a new layout.
        self._clock.setFixedSize(_widest_clock_size(self._clock))
        layout.addWidget(self._clock, 0, Qt.AlignmentFlag.AlignHCenter)
        self._running_note = _label("", page)
        self._running_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self._running_note)

        self._skin = QFrame(page)
        self._skin.setProperty("role", "notice")
        skin_layout = QVBoxLayout(self._skin)
        skin_title = _label("Check your skin", self._skin)
        make_title(skin_title, 1.3)
        skin_layout.addWidget(skin_title)
        self._skin_text = _label("", self._skin)
        skin_layout.addWidget(self._skin_text)
        skin_buttons = QHBoxLayout()
        self._skin_ok = _button("Skin looks OK", self._skin)
        self._skin_ok.setProperty("primary", True)
        self._skin_ok.clicked.connect(self._controller.mark_skin_checked)
        self._skin_stop = _button("Stop now", self._skin, "Stop now: my skin does not look right")
        self._skin_stop.clicked.connect(lambda: self._controller.stop_early(SKIN_REACTION))
        skin_buttons.addWidget(self._skin_ok)
        skin_buttons.addWidget(self._skin_stop)
        skin_buttons.addStretch(1)
        skin_layout.addLayout(skin_buttons)
        self._skin.setVisible(False)
        layout.addWidget(self._skin)
        layout.addStretch(1)

        bar = QHBoxLayout()
        self._running_back = _button("Back", page, "Back to home (the timer keeps running)")
        self._running_back.clicked.connect(self._go_back)
        self._stop = _button("Stop the timer", page)
        self._stop.clicked.connect(lambda: self._controller.stop_early())
        bar.addWidget(self._running_back)
        bar.addStretch(1)
        bar.addWidget(self._stop)
        layout.addLayout(bar)
        return page

    def _build_done(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        title = _label("Time's up", page)
        make_title(title)
        layout.addWidget(title)
        self._done_text = _label("", page)
        self._done_text.setFont(QFont(self._done_text.font().family(), -1, QFont.Weight.Bold))
        layout.addWidget(self._done_text)
        layout.addStretch(1)
        bar = QHBoxLayout()
        self._done_ok = _button("I've &taken it off", page, "I've taken it off")
        self._done_ok.setProperty("primary", True)
        self._done_ok.clicked.connect(self._taken_off)
        bar.addStretch(1)
        bar.addWidget(self._done_ok)
        layout.addLayout(bar)
        return page

    # --- rendering ----------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        """Re-check availability: a lock-out may have ended while away. While the end
        alarm still rings, open on "Time's up" so it can be answered here."""
        super().showEvent(event)
        shot = self._controller.snapshot()
        if not shot.running and shot.ringing is not None:
            if not self._done_text.text():
                self._done_text.setText("Take the pack off now.")
            self._show(self._done, self._done_ok)
            return
        self._render()

    def _render(self) -> None:
        running = self._controller.countdown()
        if running is not None:
            self._render_running(running)
            return
        if self._pages.currentWidget() is self._running:
            self._show(self._setup, self._kind_focus())
        self._render_setup()

    def _render_running(self, running: Countdown) -> None:
        rules = self._config.rules(running.kind)
        self._running_title.setText(f"{running.name} timer")
        self._clock.setText(clock_text(running.remaining_s))
        note = f"of {clock_text(running.planned_s)}. {rules.position}"
        if not running.skin_checked and not running.skin_check_due:
            minutes = round(running.skin_check_at_s / 60)
            note += f"\nThe coach will chime after {minutes} minutes for a skin check."
        self._running_note.setText(note)
        self._skin_text.setText(rules.skin_check)
        due_now = running.skin_check_due and not self._skin.isVisible()
        self._skin.setVisible(running.skin_check_due)
        if self._pages.currentWidget() is not self._running:
            self._show(
                self._running, self._skin_ok if running.skin_check_due else self._running_back
            )
        elif due_now and self._has_focus_inside():
            self._skin_ok.setFocus(Qt.FocusReason.OtherFocusReason)

    def _render_setup(self) -> None:
        kind = self._chosen()
        self._intro.setVisible(kind is None)
        for panel_kind, panel in self._panels.items():
            panel.setVisible(panel_kind is kind)
        self._minutes.setEnabled(kind is not None)
        if kind is None:
            self._start.setText("Start")
            self._start.setEnabled(False)
            self._hint.setText("Choose ice or heat.")
            return
        rules = self._config.rules(kind)
        panel = self._panels[kind]
        self._start.setText(f"Start {rules.name.lower()}")
        self._start.setAccessibleName(f"Start {rules.name.lower()}")
        allowed = self._controller.availability(kind, strain_started_at=self._strain_started_at)
        hint = ""
        if not allowed.allowed:
            when = self._controller.next_allowed_text(allowed)
            hint = allowed.reason + (f" Next {rules.name.lower()} from {when}." if when else "")
        elif panel.contraindicated():
            hint = "Please ask a health professional first."
        elif not panel.acknowledged():
            hint = "Read the advice above, then tick \u201cI have read this\u201d."
        self._hint.setText(hint)
        self._start.setEnabled(not hint)

    def _toggled(self, kind: ThermalKind, on: bool) -> None:
        if on:
            self._choose(kind)

    def _choose(self, kind: ThermalKind) -> None:
        for other, button in self._kind_buttons.items():
            button.setChecked(other is kind)
        self._set_minutes(self._config.rules(kind))
        self._render()

    def _set_minutes(self, rules: ThermalRules) -> None:
        self._minutes.setRange(int(rules.min_s // 60), int(min(rules.max_s, HARD_MAX_S) // 60))
        self._minutes.setValue(int(rules.default_s // 60))

    def _on_start(self) -> None:
        kind = self._chosen()
        if kind is None:
            return
        self._minutes.interpretText()
        allowed = self._controller.start(
            kind, self._minutes.value(), strain_started_at=self._strain_started_at
        )
        if allowed.allowed:
            self._panels[kind].reset()
        self._render()

    def _on_finished(self, message: str) -> None:
        self._done_text.setText(message)
        if self.isVisible():
            self._show(self._done, self._done_ok)

    def _taken_off(self) -> None:
        """The alarm stops and the time is recorded; back to choosing."""
        self._controller.acknowledge()
        self._show(self._setup, self._kind_focus())

    def _go_back(self) -> None:
        if self._pages.currentWidget() is self._done:
            self._pages.setCurrentWidget(self._setup)
        self.back_requested.emit()

    # --- helpers ------------------------------------------------------------

    def _chosen(self) -> ThermalKind | None:
        return next((k for k, b in self._kind_buttons.items() if b.isChecked()), None)

    def _kind_focus(self) -> QWidget:
        kind = self._chosen()
        return self._kind_buttons[kind or ThermalKind.ICE]

    def _has_focus_inside(self) -> bool:
        """Keyboard focus (in this window, active or not) is on this screen."""
        focused = self.window().focusWidget()
        return focused is not None and self.isAncestorOf(focused)

    def _show(self, page: QWidget, focus: QWidget) -> None:
        """Bring ``page`` forward; move focus onto it if focus was on this screen."""
        had_focus = self._has_focus_inside()
        self._pages.setCurrentWidget(page)
        self.setFocusProxy(focus)  # where focus goes when the screen comes to the front
        if had_focus or (self.isVisible() and self.window().focusWidget() is None):
            focus.setFocus(Qt.FocusReason.OtherFocusReason)
