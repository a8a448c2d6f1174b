"""Test set-up shared by every test: headless Qt before PySide6 is imported,
and no Qt test may leave a timer running."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from weakref import WeakSet

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")


@pytest.fixture(autouse=True)
def no_timer_left_running(request: pytest.FixtureRequest) -> Iterator[None]:
    """Fail a Qt test that leaves a QTimer running (napari's conftest does the same)."""
    if "qtbot" not in request.fixturenames and "qapp" not in request.fixturenames:
        yield
        return
    from PySide6.QtCore import QTimer

    started: WeakSet[QTimer] = WeakSet()
    original = QTimer.start

    def tracking_start(self: QTimer, *args: object) -> None:
        started.add(self)
        original(self, *args)  # type: ignore[call-overload]

    QTimer.start = tracking_start  # type: ignore[assignment,method-assign]
    try:
        yield
    finally:
        QTimer.start = original  # type: ignore[method-assign]
    running = []
    for timer in list(started):
        try:
            if timer.isActive():
                running.append(timer)
        except RuntimeError:  # its C++ object is already gone
            continue
    for timer in running:
        timer.stop()
    assert not running, f"{len(running)} QTimer(s) left running by this test"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Run the audio tests first, while the process and the sound server are fresh:
    they time speech against a recording and must not share the sink with leftovers."""
    items.sort(key=lambda item: item.get_closest_marker("audio") is None)


@pytest.fixture(autouse=True)
def widgets_of_a_test_are_gone_after_it(request: pytest.FixtureRequest) -> Iterator[None]:
    """After a Qt test, its windows (closed and scheduled for deletion by pytest-qt) are
    really deleted, so the next test's style changes never walk into them."""
    yield
    if "qtbot" not in request.fixturenames and "qapp" not in request.fixturenames:
        return
    import gc

    from PySide6.QtCore import QCoreApplication, QEvent

    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()


@pytest.fixture
def display() -> Iterator[str]:
    """A private Xvfb (no window manager; no tray unless a test starts one); its name."""
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", "1", "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert server.stdout is not None
    name = f":{server.stdout.readline().strip()}"
    yield name
    server.terminate()
    server.wait(timeout=10)
    server.stdout.close()
