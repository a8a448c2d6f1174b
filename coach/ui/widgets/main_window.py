"""The main window: a notice bar above a stack of screens, and a guarded close."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from coach.ui.widgets.scrolling import fitting_scroll_area

APP_TITLE = "Rehab Coach"
NOTICE_AREA_MAX_HEIGHT = 300
"""Notices never push the screen below off the window; past this they scroll."""


def first_sentence(text: str, limit: int = 90) -> str:
    """The first sentence of ``text``, cut at a word (with "…") if over ``limit``."""
    sentence = text.split(". ", 1)[0].rstrip(".") + "."
    if len(sentence) <= limit:
        return sentence
    return sentence[:limit].rsplit(" ", 1)[0] + "…"


class NoticeBar(QWidget):
    """Plain-language notices shown once, inside the window (never a modal in front)."""

    changed = Signal()
    """A notice was added or removed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(12, 8, 12, 0)
        self._keys: dict[str, QFrame] = {}
        self.setVisible(False)

    def add(
        self,
        text: str,
        *,
        key: str | None = None,
        button: str = "OK",
        first: bool = False,
        extra: QWidget | None = None,
    ) -> QPushButton:
        """Show ``text`` with a dismiss button (once per ``key``, on top if ``first``),
        and ``extra`` (a small control) between them; returns the button."""
        from PySide6.QtCore import Qt  # its ~20 ms of enums stay off Home's first paint

        key = key or text
        if key in self._keys:
            existing = self._keys[key].findChild(QPushButton)
            assert existing is not None
            return existing
        frame = QFrame(self)
        frame.setProperty("role", "notice")
        row = QHBoxLayout(frame)
        row.setContentsMargins(16, 4, 8, 4)  # slim: Home keeps its room
        label = QLabel(text, frame)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        dismiss = QPushButton(button, frame)
        dismiss.setAccessibleName(f"{button}: {first_sentence(text)}")
        dismiss.clicked.connect(lambda: self.remove(key))
        row.addWidget(label, 1)
        if extra is not None:
            extra.setParent(frame)
            row.addWidget(extra, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(dismiss, 0, Qt.AlignmentFlag.AlignTop)
        self._layout.insertWidget(0 if first else self._layout.count(), frame)
        frame.show()  # now, not queued by the layout, so its height counts at once
        self._keys[key] = frame
        self.setVisible(True)
        self.changed.emit()
        return dismiss

    def remove(self, key: str) -> None:
        """Take the notice with ``key`` away (no-op if absent)."""
        frame = self._keys.pop(key, None)
        if frame is not None:
            frame.setParent(None)
            frame.deleteLater()
        self.setVisible(bool(self._keys))
        self.changed.emit()

    def texts(self) -> list[str]:
        """The notices showing now, oldest first."""
        return [label.text() for f in self._keys.values() if (label := f.findChild(QLabel))]


Screen = TypeVar("Screen", bound=QWidget)


class MainWindow(QMainWindow):
    """Title "Rehab Coach"; screens are added by name and shown one at a time."""

    screen_changed = Signal(str)
    screen_built = Signal(str, QWidget)
    """A lazily added screen was just built: (name, widget); connect its signals here."""

    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle(APP_TITLE)
        self.setAccessibleName(APP_TITLE)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        self.notices = NoticeBar()
        self._notice_area = fitting_scroll_area(self.notices, sideways=True)
        self._notice_area.setMaximumHeight(NOTICE_AREA_MAX_HEIGHT)
        self._notice_area.setVisible(False)
        self.notices.changed.connect(self._fit_notices)
        self._stack = QStackedWidget(central)
        layout.addWidget(self._notice_area)
        layout.addWidget(self._stack, 1)
        self.setCentralWidget(central)
        self._screens: dict[str, QWidget] = {}
        self._holders: dict[str, QScrollArea] = {}
        self._builders: dict[str, Callable[[], QWidget]] = {}
        self.close_guard: Callable[[], bool] | None = None
        """Asked before closing; returning False keeps the window open."""
        self.resize(1100, 760)
        self.setMinimumSize(1024, 700)

    def _fit_notices(self) -> None:
        """Notices take the room they need at the window's width, up to a limit;
        beyond it they scroll."""
        self._notice_area.setVisible(bool(self.notices.texts()))
        layout = self.notices.layout()
        assert layout is not None
        room = self.width() - self._notice_area.verticalScrollBar().sizeHint().width()
        wanted = layout.totalMinimumHeightForWidth(room) + 4
        self._notice_area.setFixedHeight(min(wanted, NOTICE_AREA_MAX_HEIGHT))

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Wrapped notices need less height when the window is wider, more when narrower."""
        super().resizeEvent(event)
        if self.notices.texts():
            self._fit_notices()

    def add_screen(self, name: str, screen: QWidget) -> None:
        """Register ``screen`` under ``name`` (it scrolls if the text is too big to fit)."""
        self.build_screen(name, lambda _place: screen)

    def build_screen(self, name: str, build: Callable[[QWidget], Screen]) -> Screen:
        """Register the screen ``build(parent)`` makes in its place in the window, under
        ``name``: built where it lives, it is never re-parented (Home's first paint)."""
        holder = fitting_scroll_area(None, sideways=True)
        self._stack.addWidget(holder)
        place = holder.widget()
        assert place is not None
        screen = build(place)
        layout = place.layout()
        assert layout is not None
        layout.addWidget(screen)
        self._screens[name] = screen
        self._holders[name] = holder
        return screen

    def add_lazy_screen(self, name: str, build: Callable[[], QWidget]) -> None:
        """Register ``name``, built by ``build`` the first time it is needed (so start-up
        only pays for the screens it shows); ``screen_built`` announces it."""
        self._builders[name] = build

    def on_screen_built(self, callback: Callable[[str, QWidget], None]) -> None:
        """Call ``callback(name, screen)`` for each screen built so far and each one
        built later (Home is built before the rest of the app is wired up)."""
        for name, screen in self._screens.items():
            callback(name, screen)
        self.screen_built.connect(callback)

    def screen_named(self, name: str) -> QWidget:
        """The screen registered as ``name`` (built now if it was added lazily)."""
        if name not in self._screens:
            screen = self._builders.pop(name)()
            self.add_screen(name, screen)
            self.screen_built.emit(name, screen)
        return self._screens[name]

    def show_screen(self, name: str) -> None:
        """Bring ``name`` to the front and give it keyboard focus: its first action when
        it comes to the front, or where focus was if it already was in front. The window
        title names the screen ("Check-in · Rehab Coach"), for the task bar and for
        screen readers."""
        screen = self.screen_named(name)
        switching = self._stack.currentWidget() is not self._holders[name]
        self._stack.setCurrentWidget(self._holders[name])
        focused = QApplication.focusWidget()
        if switching or focused is None or not screen.isAncestorOf(focused):
            screen.setFocus()
        title = screen.accessibleName()
        self.setWindowTitle(APP_TITLE if name == "home" else f"{title} · {APP_TITLE}")
        self.screen_changed.emit(name)

    def current_screen_name(self) -> str:
        """Name of the screen in front."""
        current = self._stack.currentWidget()
        return next((n for n, s in self._holders.items() if s is current), "")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter that no screen took presses the focused button, as Space does
        (outside dialogs Qt's buttons ignore Enter, a dead key on Home)."""
        from PySide6.QtCore import Qt  # enums stay off Home's first paint

        focused = QApplication.focusWidget()
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and isinstance(focused, QAbstractButton) and focused.isEnabled():
            focused.click()
            event.accept()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Ask the close guard first (e.g. during a session)."""
        if self.close_guard is not None and not self.close_guard():
            event.ignore()
            return
        event.accept()
