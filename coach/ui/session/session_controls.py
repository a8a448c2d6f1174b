"""The session's control row: Back, Pause, Skip, Done, It hurts, Stop, and the keys
that do the same (Left, Space, Right, Enter, H, Esc) while the row has the focus.

Passive: each button and key calls the controller, or ``hurts``/``stop`` for the
player's own panels.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QPushButton, QVBoxLayout, QWidget

from coach.ui.design.tokens import S1, S2
from coach.ui.session.session_controller import SessionController
from coach.ui.widgets.flow_layout import FlowLayout
from coach.ui.widgets.keys import bind_keys
from coach.ui.widgets.theme import set_icon


class SessionControls(QFrame):
    """The six session buttons; it keeps the focus through a session, so a screen
    reader announces it with its keys."""

    def __init__(
        self,
        controller: SessionController,
        *,
        hurts: Callable[[], None],
        stop: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.back_button = self._button(
            self.tr("Back"),
            "back",
            self.tr("Back to the previous step (Left arrow key)"),
            controller.back,
        )
        self.pause_button = self._button(
            self.tr("Pause"), "pause", self.tr("Pause or resume (Space)"), controller.toggle_pause
        )
        self.skip_button = self._button(
            self.tr("Skip"), "skip", self.tr("Skip this step (Right arrow key)"), controller.skip
        )
        self.done_button = self._button(
            self.tr("Done"), "check", self.tr("Finished this set (Enter)"), controller.done
        )
        self.hurts_button = self._button(
            self.tr("It hurts"), "hurt", self.tr("This hurts: report pain now (H)"), hurts
        )
        self.stop_button = self._button(
            self.tr("Stop"), "stop", self.tr("Stop the session (Esc)"), stop
        )
        row = FlowLayout(spacing=S2, centred=True, row_spacing=S1)
        for button in (
            self.back_button,
            self.pause_button,
            self.skip_button,
            self.done_button,
            self.hurts_button,
            self.stop_button,
        ):
            row.addWidget(button)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(row)
        keys = {
            Qt.Key.Key_Space: controller.toggle_pause,
            Qt.Key.Key_Right: controller.skip,
            Qt.Key.Key_Left: controller.back,
            Qt.Key.Key_Return: controller.done,
            Qt.Key.Key_Enter: controller.done,
            Qt.Key.Key_H: hurts,
            Qt.Key.Key_Escape: stop,
        }
        bind_keys(self, keys.items())
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Session controls"))
        self.setAccessibleDescription(
            self.tr("Space pause, Left back, Right skip, Enter done, H it hurts, Escape stop")
        )

    def _button(self, text: str, icon: str, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(name)
        button.setToolTip(name)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.setProperty("control", True)
        set_icon(button, icon)
        button.clicked.connect(slot)
        return button
