"""ThermalScreen: choose ice or heat, pass the checklist, and watch the countdown.

A passive view of :class:`ThermalController`: it renders on ``changed`` and
sends commands; the controller owns the timer, so the countdown keeps running
while other screens are in front. It stacks three pages: :class:`ThermalSetup`
(choose and check), :class:`ThermalCountdown` (running) and "Time's up". Every
text shown comes from ``routines/thermal.toml`` or is plain UI wording.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from coach.domain.history import ThermalKind
from coach.domain.thermal import ThermalConfig
from coach.ui.app.translations import in_sentence
from coach.ui.thermal.thermal_controller import Countdown, ThermalController
from coach.ui.thermal.thermal_countdown import ThermalCountdown
from coach.ui.thermal.thermal_parts import button, enter_clicks, label, page_column
from coach.ui.thermal.thermal_setup import ThermalSetup
from coach.ui.thermal.thermal_texts import refusal_text
from coach.ui.widgets.keys import bind_keys
from coach.ui.widgets.one_shown import OneShown
from coach.ui.widgets.scrolling import reveal


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
        self.setAccessibleName(self.tr("Ice or heat"))
        self._controller = controller
        self._config = config
        self._strain_started_at: float | None = None
        self._pages = OneShown(self)  # only the page shown sets the screen's height
        self._setup = ThermalSetup(config, self)
        self._setup.changed.connect(self._render)
        self._setup.start_requested.connect(self._on_start)
        self._setup.back_requested.connect(self._go_back)
        self._running = ThermalCountdown(config, self)
        self._running.skin_ok.connect(controller.mark_skin_checked)
        self._running.stop_requested.connect(controller.stop_early)
        self._running.back_requested.connect(self._go_back)
        self._done = self._build_done()
        for page in (self._setup, self._running, self._done):
            self._pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self._pages)
        bind_keys(self, ((Qt.Key.Key_Escape, self._go_back),))
        controller.changed.connect(self._render)
        controller.finished.connect(self._on_finished)
        self._render()
        if self.focusProxy() is None:
            self.setFocusProxy(self._setup.focus_target())  # the first choice, when shown

    # --- inputs from the app ------------------------------------------------

    def set_strain_started_at(self, at: float | None) -> None:
        """When a sudden strain started (epoch s), from triage; None if there was none."""
        self._strain_started_at = at
        self._render()

    def set_numbness(self, reported: bool) -> None:
        """Show the numbness warning when the person reported numbness or tingling."""
        self._setup.set_numbness(reported)

    # --- building -----------------------------------------------------------

    def _build_done(self) -> QWidget:
        page = QWidget(self)
        layout, _ = page_column(page, self.tr("Time's up"))
        self._done_text = label("", page)
        self._done_text.setFont(QFont(self._done_text.font().family(), -1, QFont.Weight.Bold))
        layout.addWidget(self._done_text)
        bar = QHBoxLayout()
        self._done_ok = button(self.tr("I've &taken it off"), page, self.tr("I've taken it off"))
        self._done_ok.setProperty("primary", True)
        self._done_ok.clicked.connect(self._taken_off)
        bar.addStretch(1)
        bar.addWidget(self._done_ok)
        layout.addLayout(bar)
        layout.addStretch(1)  # the button right under the words: at 200 % both stay in view
        enter_clicks(page)
        return page

    # --- rendering ----------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        """Re-check availability: a lock-out may have ended while away. While the end
        alarm still rings, open on "Time's up" so it can be answered here."""
        super().showEvent(event)
        shot = self._controller.snapshot()
        if not shot.running and shot.ringing is not None:
            if not self._done_text.text():
                self._done_text.setText(self.tr("Take the pack off now."))
            self._show(self._done, self._done_ok)
            return
        self._render()

    def _render(self) -> None:
        running = self._controller.countdown()
        if running is not None:
            self._render_running(running)
            return
        if self._pages.currentWidget() is self._running:
            self._show(self._setup, self._setup.focus_target())
        self._setup.refresh(self._refusal())

    def _render_running(self, running: Countdown) -> None:
        due_now = self._running.show_countdown(running)
        if self._pages.currentWidget() is not self._running:
            self._show(self._running, self._running.focus_target())
        elif due_now and self._has_focus_inside():
            self._running.focus_target().setFocus(Qt.FocusReason.OtherFocusReason)

    def _refusal(self) -> str:
        """Why the chosen kind can't start now (a lock-out), or ""."""
        kind = self._setup.chosen()
        if kind is None:
            return ""
        allowed = self._controller.availability(kind, strain_started_at=self._strain_started_at)
        if allowed.allowed:
            return ""
        when = self._controller.next_allowed_text(allowed)
        name = in_sentence(self._config.rules(kind).name)
        next_one = self.tr(" Next {name} from {when}.").format(name=name, when=when)
        return refusal_text(allowed, name) + (next_one if when else "")

    def _on_start(self, kind: ThermalKind, minutes: int) -> None:
        allowed = self._controller.start(kind, minutes, strain_started_at=self._strain_started_at)
        if allowed.allowed:
            self._setup.reset(kind)
        self._render()

    def _on_finished(self, message: str) -> None:
        self._done_text.setText(message)
        if self.isVisible():
            self._show(self._done, self._done_ok)

    def _taken_off(self) -> None:
        """The alarm stops and the time is recorded; back to choosing."""
        self._controller.acknowledge()
        self._show(self._setup, self._setup.focus_target())

    def _go_back(self) -> None:
        if self._pages.currentWidget() is self._done:
            self._pages.setCurrentWidget(self._setup)
        self.back_requested.emit()

    # --- helpers ------------------------------------------------------------

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
        reveal(page)  # at large text the screen scrolls: the page from its top,
        reveal(focus)  # and what to press
