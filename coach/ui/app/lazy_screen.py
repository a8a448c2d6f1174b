"""A typed handle on a screen the window builds the first time it is needed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtWidgets import QWidget

from coach.ui.widgets.main_window import MainWindow

W = TypeVar("W", bound=QWidget)


class LazyScreen(Generic[W]):
    """Registers ``name`` with ``window``; :meth:`get` builds it on first use.

    Callbacks given to :meth:`when_built` run once it exists (at once if it does),
    so wiring code gets the real type, with no lookup by name and no cast.
    """

    def __init__(self, window: MainWindow, name: str, build: Callable[[], W]) -> None:
        self.name = name
        self._window = window
        self._build = build
        self._screen: W | None = None
        self._wiring: list[Callable[[W], object]] = []
        window.add_lazy_screen(name, self._make)

    def _make(self) -> QWidget:
        screen = self._build()
        self._screen = screen
        for wire in self._wiring:
            wire(screen)
        return screen

    def when_built(self, wire: Callable[[W], object]) -> None:
        """Call ``wire(screen)`` once the screen exists."""
        if self._screen is not None:
            wire(self._screen)
        else:
            self._wiring.append(wire)

    @property
    def built(self) -> bool:
        """Whether the screen has been built."""
        return self._screen is not None

    def get(self) -> W:
        """The screen (built now if needed)."""
        if self._screen is None:
            self._window.screen_named(self.name)
        assert self._screen is not None
        return self._screen

    def show(self) -> W:
        """Bring the screen to the front and return it."""
        screen = self.get()
        self._window.show_screen(self.name)
        return screen
