"""The installed app in a real X display, driven only by key presses (for journey tests).

``x_session(folder)`` starts ``Xvfb`` on a free display and yields an
``XSession``: it starts the app (the venv's ``rehab-coach``) there with its own
data folder, finds its window, sends keys with ``xdotool`` one at a time (and
counts them), waits for the window title that names the screen in front, and
reads what the app recorded from its SQLite file. Everything it started is
killed on the way out, whatever happened.
"""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any, TypeVar

import pytest

KEY_PAUSE_S = 0.08
"""Between two key presses: about as fast as a brisk typist."""
WAIT_S = 20.0
"""How long any one wait may take before the test fails, naming what it waited for."""
APP_TITLE = "Rehab Coach"
T = TypeVar("T")


def needs_x_tools() -> pytest.MarkDecorator:
    """Skip (with the apt-get line) where Xvfb or xdotool is missing; CI installs both."""
    missing = [tool for tool in ("Xvfb", "xdotool") if shutil.which(tool) is None]
    return pytest.mark.skipif(
        bool(missing),
        reason=f"needs {' and '.join(missing)}: sudo apt-get install xvfb xdotool",
    )


def screen_title(screen: str) -> str:
    """The window title while ``screen`` is in front ("" or "Home" for Home)."""
    return APP_TITLE if screen in ("", "Home") else f"{screen} · {APP_TITLE}"


def wait_for(what: str, probe: Callable[[], T], timeout_s: float = WAIT_S) -> T:
    """Poll ``probe`` until it returns something truthy (and return that); fail naming ``what``."""
    deadline = time.monotonic() + timeout_s
    while True:
        value = probe()
        if value:
            return value
        if time.monotonic() > deadline:
            pytest.fail(f"timed out after {timeout_s:.0f} s waiting for {what}")
        time.sleep(0.05)


def app_command() -> list[str]:
    """The installed entry point beside this Python (the venv's), else ``python -m coach``."""
    script = Path(sys.executable).with_name("rehab-coach")
    return [str(script)] if script.exists() else [sys.executable, "-m", "coach"]


class XSession:
    """One X display; at most one app running on it at a time."""

    def __init__(self, display: str, folder: Path) -> None:
        self.display = display
        self.folder = folder
        self.env = {
            **os.environ,
            "DISPLAY": display,
            "QT_QPA_PLATFORM": "xcb",
            # No desktop bus: nothing of a test reaches the developer's notifications.
            "DBUS_SESSION_BUS_ADDRESS": f"unix:path={folder / 'no-bus'}",
        }
        self.env.pop("WAYLAND_DISPLAY", None)
        self.app: subprocess.Popen[bytes] | None = None
        self.window = ""
        self.data_dir = folder / "data"
        self.keys_sent = 0
        self.shots = 0

    # -- the app ---------------------------------------------------------------

    def start_app(self, extra_env: dict[str, str] | None = None) -> str:
        """Start the app on this display with ``data_dir``; return its window id once shown."""
        assert self.app is None, "an app is already running"
        self.data_dir.mkdir(exist_ok=True)
        log = (self.folder / "app.log").open("ab")
        self.app = subprocess.Popen(
            [*app_command(), "--data-dir", str(self.data_dir)],
            env={**self.env, **(extra_env or {})},
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        log.close()
        self.window = wait_for("the app's window", self._find_window, 30)
        self.focus()
        return self.window

    def _find_window(self) -> str | None:
        self.check_alive()
        found = self.xdotool("search", "--onlyvisible", "--name", APP_TITLE, check=False)
        ids = found.split()
        return ids[0] if ids else None

    def check_alive(self) -> None:
        """Fail with the app's output if it has exited."""
        if self.app is not None and self.app.poll() is not None:
            pytest.fail(f"the app exited with {self.app.returncode}:\n{self.app_log()}")

    def app_log(self) -> str:
        """Everything the app printed so far."""
        path = self.folder / "app.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def stop_app(self) -> None:
        """End the app (TERM, then KILL after 10 s) and everything it started."""
        if self.app is None:
            return
        app, self.app = self.app, None
        if app.poll() is None:
            try:
                os.killpg(app.pid, 15)
                app.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(app.pid, 9)
                app.wait(timeout=10)
            except ProcessLookupError:
                pass

    # -- keys and screens ------------------------------------------------------

    def xdotool(self, *args: str, check: bool = True) -> str:
        """Run ``xdotool ARGS`` on this display; its output."""
        done = subprocess.run(
            ["xdotool", *args], env=self.env, capture_output=True, text=True, timeout=WAIT_S
        )
        if check and done.returncode != 0:
            pytest.fail(f"xdotool {' '.join(args)} failed: {done.stderr}")
        return done.stdout.strip()

    def focus(self) -> None:
        """Give the app's window the keyboard focus (there is no window manager to do it)."""
        self.xdotool("windowfocus", "--sync", self.window)

    def focused_window(self) -> str:
        """The id of the window with the keyboard focus."""
        return self.xdotool("getwindowfocus", "-f", check=False)

    def key(self, *keys: str) -> None:
        """Press each of ``keys`` (xdotool names: Return, Tab, space, 2...) in turn."""
        for key in keys:
            self.check_alive()
            self.xdotool("key", "--clearmodifiers", key)
            self.keys_sent += 1
            time.sleep(KEY_PAUSE_S)

    def type_text(self, text: str) -> None:
        """Type ``text`` one key per character (each counts as a key press)."""
        self.key(*(_KEYSYMS.get(char, char) for char in text))

    def title(self) -> str:
        """The title of the app's main window."""
        return self.xdotool("getwindowname", self.window, check=False)

    def wait_screen(self, screen: str, timeout_s: float = WAIT_S) -> None:
        """Wait until ``screen`` ("Home", "Session", ...) is the one in front."""
        want = screen_title(screen)

        def there() -> bool:
            self.check_alive()
            return self.title() == want

        try:
            wait_for(f"the {screen!r} screen", there, timeout_s)
        except pytest.fail.Exception:
            self.screenshot(f"not-{screen or 'home'}")
            raise pytest.fail.Exception(
                f"expected the {screen!r} screen, still on {self.title()!r}"
            ) from None

    def other_window(self, name: str) -> str:
        """Wait for a visible window (a dialog) whose title contains ``name``; its id."""

        def found() -> str | None:
            ids = self.xdotool("search", "--onlyvisible", "--name", name, check=False).split()
            ids = [i for i in ids if i != self.window]
            return ids[-1] if ids else None

        return wait_for(f"a window named {name!r}", found)

    def screenshot(self, label: str) -> Path:
        """Save the whole screen as ``NN-label.png`` in the session folder (or in
        ``$JOURNEY_SHOTS``, to keep them for looking at); its path."""
        self.shots += 1
        folder = Path(os.environ.get("JOURNEY_SHOTS", self.folder))
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{self.shots:02d}-{label}.png"
        if shutil.which("import"):
            subprocess.run(
                ["import", "-window", "root", str(path)],
                env=self.env,
                capture_output=True,
                timeout=WAIT_S,
                check=False,
            )
        return path

    # -- what was recorded -----------------------------------------------------

    def rows(self, sql: str, *params: Any) -> list[sqlite3.Row]:
        """Rows of a read-only query on the app's ``history.db``."""
        uri = f"file:{self.data_dir / 'history.db'}?mode=ro"
        with closing(sqlite3.connect(uri, uri=True, timeout=5)) as conn:
            conn.row_factory = sqlite3.Row
            return conn.execute(sql, params).fetchall()


_KEYSYMS = {" ": "space", ".": "period", "/": "slash", "-": "minus", "_": "underscore"}


def _start_xvfb(folder: Path) -> tuple[subprocess.Popen[bytes], str]:
    """Xvfb on a free display; the process and ``:N``. The number is picked at random
    from a high range (others on the machine may use low ones) and ``-displayfd`` says
    when the server is ready; a taken number makes Xvfb exit, and another is tried.
    ``-noreset``: without it the server resets when its last client leaves, and the
    app connecting just then (while an xdotool call ends) is refused."""
    for _ in range(10):
        number = random.randint(200, 899)
        read_end, write_end = os.pipe()
        with (folder / "xvfb.log").open("wb") as log:
            server = subprocess.Popen(
                ["Xvfb", f":{number}", "-displayfd", str(write_end), "-screen", "0",
                 "1280x800x24", "-nolisten", "tcp", "-noreset"],
                pass_fds=(write_end,),
                stdout=subprocess.DEVNULL,
                stderr=log,
                start_new_session=True,
            )  # fmt: skip
        os.close(write_end)
        with os.fdopen(read_end) as pipe:
            ready = pipe.readline().strip()
        if ready:
            return server, f":{ready}"
        server.wait(timeout=10)
    pytest.fail(f"Xvfb did not start: {(folder / 'xvfb.log').read_text()}")


@contextmanager
def x_session(folder: Path) -> Iterator[XSession]:
    """A fresh X display for one journey; the app and Xvfb are gone afterwards."""
    server, display = _start_xvfb(folder)
    session = XSession(display, folder)
    try:
        yield session
    finally:
        try:
            session.stop_app()
        finally:
            server.terminate()
            server.wait(timeout=10)
