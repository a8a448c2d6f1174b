"""The guided-session screen: figure, instruction, big countdown, counters, captions.

A passive view: ``show_snapshot(snapshot)`` draws, keys and buttons call the
controller. "This hurts" and "stop?" open as panels inside the screen.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from coach.domain.rules import StopAction, StopDecision
from coach.domain.side import Side
from coach.engine.events import EngineState, Phase, PhaseKind, Snapshot
from coach.figures.pose import Pose
from coach.flow.wording import count
from coach.ui.app.translations import english_or
from coach.ui.design.tokens import BADGE, FIGURE_MIN_HEIGHT, LEAD, S1, S3, SMALL
from coach.ui.session.advice_bar import AdviceBar
from coach.ui.session.session_controller import SessionController
from coach.ui.session.session_controls import SessionControls
from coach.ui.session.session_display import figure_motion, format_seconds
from coach.ui.session.session_panels import ConfirmPanel, HurtsPanel
from coach.ui.visuals.ring import ProgressRing
from coach.ui.widgets.figure_view import FigureView
from coach.ui.widgets.one_shown import OneShown
from coach.ui.widgets.scrolling import fitting_scroll_area, scroll_area
from coach.ui.widgets.theme import make_title, set_icon, set_primary, set_relative_size

PHASE_WORDS = {
    PhaseKind.GET_READY: str(QT_TRANSLATE_NOOP("SessionPlayer", "Get ready")),
    PhaseKind.SWITCH: str(QT_TRANSLATE_NOOP("SessionPlayer", "Switch sides")),
    PhaseKind.REST: str(QT_TRANSLATE_NOOP("SessionPlayer", "Rest")),
}
"""The phase's big word, in English: the player shows it through ``tr``."""


class SessionPlayer(QWidget):
    """Shows the running session and turns keys into controller commands."""

    hurts_reported = Signal(StopDecision)
    """The :class:`StopDecision` after a "this hurts" report."""
    quit_confirmed = Signal()
    """The person confirmed quitting the app during the session."""

    def __init__(
        self,
        controller: SessionController,
        *,
        poses: Mapping[str, Pose],
        pain_anchors: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Session"))
        self._controller = controller
        self._phase_index: int | None = None
        self._block_index: int | None = None
        self._reps = False
        """The step is self-paced reps: Done is the main action, not Pause."""
        self._build(pain_anchors, poses)
        controller.updated.connect(self.show_snapshot)
        controller.caption.connect(self._show_caption)

    # -- layout -------------------------------------------------------------------

    def _build(self, pain_anchors: str, poses: Mapping[str, Pose]) -> None:
        self.exercise_name = QLabel(self)
        make_title(self.exercise_name, LEAD)
        self.exercise_name.setWordWrap(True)
        self.counters = QLabel(self)
        self.counters.setAccessibleName(self.tr("Set, repetition and side"))
        self.counters.setProperty("role", "muted")
        self.counters.setWordWrap(True)
        self.counters.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Session progress"))
        self.progress.setRange(0, 100)
        self.progress.setTextVisible(False)

        self.figure = FigureView(poses, self)
        self.figure.setMinimumSize(FIGURE_MIN_HEIGHT, FIGURE_MIN_HEIGHT)
        self.figure.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.side_badge = QLabel(self.figure)
        self.side_badge.setProperty("role", "badge")
        self.side_badge.setAccessibleName(self.tr("Side"))
        set_relative_size(self.side_badge, BADGE)  # "Ihre schmerzende Seite" fits at 200 %
        on_figure = QVBoxLayout(self.figure)  # the badge sits on the picture's corner
        on_figure.setContentsMargins(S1, S1, S1, S1)
        on_figure.addWidget(self.side_badge, 0, Qt.AlignmentFlag.AlignLeft)
        on_figure.addStretch(1)
        picture = QFrame(self)
        picture.setProperty("role", "picture")
        framed = QVBoxLayout(picture)
        framed.setContentsMargins(S1 // 2, S1 // 2, S1 // 2, S1 // 2)
        framed.addWidget(self.figure, 1)

        self.phase_label = QLabel(self)
        make_title(self.phase_label, LEAD * 1.2)
        self.phase_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.ring = ProgressRing(self)
        self.ring.setAccessibleName(self.tr("Time through this step"))
        self.countdown = self.ring.label
        self.instructions = QLabel(self)
        self.instructions.setWordWrap(True)
        self.instructions.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.instructions.setAccessibleName(self.tr("Instructions"))
        self.next_up = QLabel(self)
        self.next_up.setAccessibleName(self.tr("Next up"))
        self.next_up.setProperty("role", "muted")
        self.next_up.setWordWrap(True)
        self.caption = QLabel(self)
        self.caption.setProperty("role", "caption")
        self.caption.setAccessibleName(self.tr("Spoken cue"))
        self.caption.setWordWrap(True)
        set_relative_size(self.caption, LEAD)

        self.safety_line = QLabel(self)
        self.safety_line.setWordWrap(True)
        self.safety_line.setProperty("role", "caption")
        self.safety_line.setAccessibleName(self.tr("Safety"))
        set_relative_size(self.safety_line, 0.9)

        # The picture large on the left, the ring beside it; what is said, the steps and
        # what comes next under both, scrolling in their own area, so at any text size
        # the figure keeps its room and the controls stay on screen.
        right = QVBoxLayout()
        right.addWidget(self.phase_label)
        right.addWidget(self.counters)
        right.addWidget(self.ring, 1)
        middle = QHBoxLayout()
        middle.setSpacing(S3)
        middle.addWidget(picture, 11)
        middle.addLayout(right, 9)
        notes = QWidget(self)
        notes_layout = QVBoxLayout(notes)
        notes_layout.setContentsMargins(0, 0, 0, 0)
        notes_layout.addWidget(self.caption)
        notes_layout.addWidget(self.instructions)
        notes_layout.addWidget(self.next_up)
        notes_layout.addWidget(self.safety_line)  # with the steps: never pushes the controls
        notes_layout.addWidget(self._keys_hint())
        notes_layout.addStretch(1)
        self.notes = scroll_area(self)
        self.notes.setWidget(notes)
        self.notes.setAccessibleName(self.tr("Steps and what is next"))
        self.notes.setMinimumHeight(self.fontMetrics().height() + S1)

        self.controls = SessionControls(
            self._controller, hurts=self.open_hurts, stop=self.open_stop, parent=self
        )
        self.setFocusProxy(self.controls)
        self.panels = OneShown(self)
        self.session_view = QWidget(self)
        self.panels.addWidget(self.session_view)
        self.hurts_panel = HurtsPanel(pain_anchors, self)
        self.hurts_panel.submitted.connect(self._submit_hurts)
        self.hurts_panel.cancelled.connect(self._close_panel)
        self.panels.addWidget(self.hurts_panel)
        self.stop_panel = ConfirmPanel(
            self.tr("Stop the session? What you have done so far is saved."),
            confirm=self.tr("Stop session (Enter)"),
            cancel=self.tr("Keep going (Esc)"),
            parent=self,
        )
        self.stop_panel.confirmed.connect(self._confirm_stop)
        self.stop_panel.cancelled.connect(self._close_panel)
        self.panels.addWidget(self.stop_panel)
        self.quit_panel = ConfirmPanel(
            self.tr(
                "Quit Rehab Coach? Everything you have done so far is saved, "
                "and you can resume this session next time."
            ),
            confirm=self.tr("Quit (Enter)"),
            cancel=self.tr("Keep going (Esc)"),
            parent=self,
        )
        self.quit_panel.confirmed.connect(self.quit_confirmed.emit)
        self.quit_panel.cancelled.connect(self._close_panel)
        self.panels.addWidget(self.quit_panel)
        self.advice = AdviceBar(self)

        # Title, figure, ring and steps scroll in their own area if the text is too big
        # to fit; the advice and the controls below it never leave the screen.
        body = QWidget(self)
        inside = QVBoxLayout(body)
        inside.setContentsMargins(0, 0, 0, 0)
        inside.setSpacing(S1)
        inside.addWidget(self.exercise_name)
        inside.addWidget(self.progress)
        inside.addLayout(middle, 2)
        inside.addWidget(self.notes, 1)
        self.body = fitting_scroll_area(body, self)
        view = QVBoxLayout(self.session_view)
        view.setContentsMargins(0, 0, 0, 0)
        view.setSpacing(S1)
        view.addWidget(self.body, 1)
        view.addWidget(self.advice)
        view.addWidget(self.controls)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(S3, S1, S3, S1)
        layout.addWidget(self.panels)

    def _keys_hint(self) -> QLabel:
        hint = QLabel(
            self.tr("Keys: Space pause · ← back · → skip · Enter done · H it hurts · Esc stop"),
            self,
        )
        hint.setProperty("role", "muted")
        hint.setWordWrap(True)
        set_relative_size(hint, SMALL)
        return hint

    # -- rendering --------------------------------------------------------------

    def show_snapshot(self, snapshot: Snapshot) -> None:
        """Draw ``snapshot``; never writes back to the controller."""
        phase = snapshot.phase
        self.progress.setValue(round(snapshot.progress * 100))
        self.next_up.setText(
            self.tr("Next up: {name}").format(name=snapshot.next_up)
            if snapshot.next_up
            else self.tr("Last exercise")
        )
        paused = snapshot.state is EngineState.PAUSED
        if paused != (self.controls.pause_button.text() == self.tr("Resume")):
            word = self.tr("Resume") if paused else self.tr("Pause")
            self.controls.pause_button.setText(word)
            set_icon(
                self.controls.pause_button, "play" if paused else "pause", primary=not self._reps
            )
            self.controls.pause_button.setAccessibleName(word)
        if phase is None:
            return
        if phase.index != self._phase_index:
            self._enter_phase(phase)
        if paused:
            self.phase_label.setText(self.tr("Paused"))
        if phase.kind is PhaseKind.WORK and phase.duration_s is None:
            reps = self.tr("%n rep(s)", "", phase.reps)
            self.ring.show_count(str(phase.reps), english_or(reps, count(phase.reps, "rep")))
            self.ring.set_fraction(0.0)
        else:
            remaining = snapshot.remaining_s
            self.ring.show_time_left(format_seconds(remaining), remaining)
            self.ring.set_fraction(
                snapshot.phase_elapsed_s / phase.duration_s if phase.duration_s else 0.0
            )
        self.counters.setText(self._counter_text(phase, snapshot))
        self.figure.set_motion(figure_motion(snapshot))

    def _enter_phase(self, phase: Phase) -> None:
        if self._block_index != phase.block_index:  # advice was about the exercise before
            self.advice.setVisible(False)
        self._phase_index = phase.index
        self._block_index = phase.block_index
        exercise = phase.exercise
        side = self._controller.side_words(phase.side)
        self.exercise_name.setText(exercise.name)  # one line: the side is on the figure
        self.phase_label.setText(self.tr(PHASE_WORDS.get(phase.kind, _work_word(phase))))
        steps = "".join(f"<li>{line}</li>" for line in exercise.instructions)
        cautions = "".join(f"<p><i>{line}</i></p>" for line in exercise.cautions)
        self.instructions.setText(f'<ol style="margin-left: 0.6em">{steps}</ol>{cautions}')
        self.figure.show_exercise(
            exercise.start_pose, exercise.end_pose, mirrored=phase.side is Side.RIGHT
        )
        self.side_badge.setText(side)
        self.side_badge.setVisible(bool(side))
        self.figure.setAccessibleDescription(f"{exercise.name}, {side}".strip(", "))
        self._reps = phase.kind is PhaseKind.WORK and phase.duration_s is None
        self.controls.done_button.setVisible(self._reps)
        set_primary(self.controls.done_button, self._reps)
        set_primary(self.controls.pause_button, not self._reps)

    def _counter_text(self, phase: Phase, snapshot: Snapshot) -> str:
        parts = []
        if phase.sets > 1:
            parts.append(self.tr("Set {n} of {total}").format(n=phase.set_no, total=phase.sets))
        if snapshot.current_rep is not None:
            parts.append(
                self.tr("Rep {n} of {total}").format(n=snapshot.current_rep, total=phase.reps)
            )
        elif phase.units > 1 and phase.kind is PhaseKind.WORK:
            parts.append(self.tr("Hold {n} of {total}").format(n=phase.unit_no, total=phase.units))
        elif phase.units > 1:  # a rest or switch leads to this unit: say so
            parts.append(
                self.tr("Next: hold {n} of {total}").format(n=phase.unit_no, total=phase.units)
            )
        return "  ·  ".join(parts)  # the side is on the figure's badge and in the title

    def _show_caption(self, text: str) -> None:
        self.caption.setText(self.tr("“{text}”").format(text=text))

    # -- panels -------------------------------------------------------------------

    def _show_panel(self, panel: QWidget) -> None:
        """Show ``panel`` in place of the session view (or the session view itself)."""
        self.panels.setCurrentWidget(panel)

    def open_hurts(self) -> None:
        """H: pause and ask how bad it is now."""
        if not self._controller.is_active():
            return
        self._controller.pause()
        self.hurts_panel.reset()
        self._show_panel(self.hurts_panel)
        self.hurts_panel.setFocus()

    def open_stop(self) -> None:
        """Esc: pause and ask to confirm stopping."""
        if not self._controller.is_active():
            return
        self._controller.pause()
        self._show_panel(self.stop_panel)
        self.stop_panel.setFocus()

    def open_quit(self) -> None:
        """Closing the window mid-session: pause and ask to confirm quitting."""
        self._controller.pause()
        self._show_panel(self.quit_panel)
        self.quit_panel.setFocus()

    def _close_panel(self) -> None:
        self._show_panel(self.session_view)
        self.controls.setFocus()

    def _confirm_stop(self) -> None:
        self._close_panel()
        self._controller.stop("stopped by the person")

    def _submit_hurts(self, pain: int, nerve: bool, red_flag: bool) -> None:
        self._close_panel()
        decision = self._controller.report_pain(
            pain, nerve_symptoms=nerve, red_flag_symptoms=red_flag
        )
        self.show_advice(decision)
        if (
            decision.action is StopAction.CONTINUE
            or decision.action is StopAction.STOP_EXERCISE_OFFER_EASIER
        ):
            snapshot = self._controller.snapshot()
            if snapshot is not None and snapshot.state is EngineState.PAUSED:
                self._controller.toggle_pause()
        self.hurts_reported.emit(decision)

    def set_safety_line(self, text: str) -> None:
        """The standing safety reminder under the exercise (names the emergency number)."""
        self.safety_line.setText(text)

    def show_advice(self, decision: StopDecision) -> None:
        """Show what the stop rule decided, in the screen."""
        self.advice.say(decision.message)

    def reset(self) -> None:
        """Clear what the last session left on screen."""
        self._phase_index = None
        self._block_index = None
        self.caption.clear()
        self.advice.say("")
        self._close_panel()


def _work_word(phase: Phase) -> str:
    if phase.duration_s is None:
        return str(QT_TRANSLATE_NOOP("SessionPlayer", "Reps, at your pace"))
    if phase.reps > 1 and phase.units == 1:
        return str(QT_TRANSLATE_NOOP("SessionPlayer", "Go"))
    return str(QT_TRANSLATE_NOOP("SessionPlayer", "Hold"))
