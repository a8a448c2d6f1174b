"""The speech synthesis worker: a long-lived child process around pyttsx3.

Run as ``python -m coach.speech.worker`` (or ``<frozen app> --speech-worker``,
which the app routes to :func:`main`). It speaks :mod:`coach.speech.protocol`
on stdin/stdout and renders one phrase per ``save_to_file`` + ``runAndWait``,
the only pyttsx3 pattern that is reliable (see docs/platform notes). It never
plays sound itself; the app plays the WAVs with Qt Multimedia.

pyttsx3 prints ("Audio saved to …") on stdout, so the protocol gets a private
copy of fd 1 and fd 1 itself is pointed at /dev/null.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
import wave
from importlib import metadata
from pathlib import Path
from typing import IO, Any

from coach.speech.protocol import DRIVER_ENV, EXIT_NO_ENGINE, decode, encode


class Renderer:
    """Owns one pyttsx3 engine; renders phrases to WAV files, one at a time."""

    def __init__(self, driver: str | None) -> None:
        import pyttsx3  # deferred: importing this module must not load espeak

        self._engine: Any = pyttsx3.init(driver)
        self.driver = str(self._engine.driver_name)
        self.default_voice = str(self._engine.getProperty("voice") or "")
        self.voices: list[tuple[str, str]] = [
            (str(v.id), str(v.name).strip()) for v in self._engine.getProperty("voices")
        ]
        self._voice_ids = {vid for vid, _ in self.voices}
        self.engine_id = f"pyttsx3-{_version('pyttsx3')}/{self.driver}/{_espeak_version()}"
        self._warm_up()

    def _warm_up(self) -> None:
        """Render one throw-away phrase.

        Until its first ``runAndWait`` pyttsx3 queues property changes and runs
        them inside the loop, after :meth:`_settle` could wait for them; under
        load the first real phrase then came out at the driver's initial rate.
        """
        with tempfile.TemporaryDirectory(prefix="coach-speech-") as scratch:
            self._engine.save_to_file("ready", str(Path(scratch) / "warm-up.wav"))
            self._engine.runAndWait()
        self._settle()

    def render(self, *, text: str, voice: str, rate: int, path: Path) -> None:
        """Write ``text`` spoken with ``voice``/``rate`` to ``path`` atomically.

        An unknown or empty voice id means the default voice (espeak would
        otherwise silently keep the previous one). Raises on failure.
        """
        if not text.strip():
            raise ValueError("nothing to say")
        chosen = voice if voice in self._voice_ids else self.default_voice
        self._settle()
        if chosen:
            self._engine.setProperty("voice", chosen)
        self._engine.setProperty("rate", int(rate))
        self._settle()
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.stem}.{os.getpid()}.tmp.wav")
        try:
            self._engine.save_to_file(text, str(tmp))
            self._engine.runAndWait()
            trim_trailing_silence(tmp)
            os.chmod(tmp, 0o600)  # espeak creates it with the umask's mode
            os.replace(tmp, path)
        finally:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()

    def _settle(self) -> None:
        """Wait for espeak's command queue to drain.

        pyttsx3 runs espeak asynchronously: the voice is set at once but the rate
        goes through espeak's queue, and the previous phrase's clean-up may still
        be running. Without this about 1 phrase in 6 came out at the previous
        rate (measured: alternating 100/300 wpm, 21 phrases, 3-4 wrong).
        """
        if self.driver == "espeak":
            from pyttsx3.drivers import _espeak

            _espeak.Synchronize()


def trim_trailing_silence(path: Path, *, keep_s: float = 0.06, level: int = 200) -> None:
    """Cut espeak's end-of-text pause (~0.3 s) so queued cues follow each other
    closely; keeps ``keep_s`` after the last sample above ``level``. Raises if
    the file holds no audio at all."""
    with wave.open(str(path), "rb") as wav:
        params = wav.getparams()
        frames = wav.readframes(wav.getnframes())
    if params.nframes == 0 or params.sampwidth != 2 or params.nchannels != 1:
        if params.nframes == 0:
            raise RuntimeError("engine produced no audio")
        return
    end = len(frames) - 2
    while end >= 0 and abs(int.from_bytes(frames[end : end + 2], "little", signed=True)) < level:
        end -= 2
    keep = min(len(frames), end + 2 + 2 * int(keep_s * params.framerate))
    if keep >= len(frames):
        return
    with wave.open(str(path), "wb") as out:
        out.setparams(params)
        out.writeframes(frames[: max(keep, 2)])


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "unknown"


def _espeak_version() -> str:
    try:
        from pyttsx3.drivers import _espeak

        info = _espeak.Info(None)
        return info.decode() if isinstance(info, bytes) else "unknown"
    except Exception:
        return "unknown"


def _protocol_stream() -> IO[bytes]:
    """A private binary stream on the original stdout; fd 1 goes to /dev/null."""
    sys.stdout.flush()
    out = os.fdopen(os.dup(1), "wb", buffering=0)
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.close(devnull)
    sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - lives as long as the process
    return out


def _handle(renderer: Renderer, request: dict[str, Any]) -> dict[str, Any]:
    op = request.get("op")
    rid = request.get("id")
    if op == "render":
        path = str(request.get("path", ""))
        try:
            renderer.render(
                text=str(request["text"]),
                voice=str(request.get("voice", "")),
                rate=int(request.get("rate", 160)),
                path=Path(path),
            )
        except Exception as exc:
            return {"op": op, "id": rid, "ok": False, "path": path, "error": _describe(exc)}
        return {"op": op, "id": rid, "ok": True, "path": path, "error": None}
    if op == "voices":
        return {"op": op, "id": rid, "ok": True, "voices": renderer.voices, "error": None}
    return {"op": op, "id": rid, "ok": False, "error": f"unknown op {op!r}"}


def _describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"


def main() -> int:
    """Serve requests from stdin until EOF or ``quit``; the exit code says why."""
    os.umask(0o077)  # the WAVs it writes are the person's data: private like the rest
    out = _protocol_stream()
    driver = os.environ.get(DRIVER_ENV) or None
    try:
        renderer = Renderer(driver)
    except Exception as exc:  # no libespeak-ng, unknown driver, broken engine
        out.write(encode({"op": "hello", "ok": False, "engine": "", "error": _describe(exc)}))
        return EXIT_NO_ENGINE
    out.write(
        encode(
            {
                "op": "hello",
                "ok": True,
                "engine": renderer.engine_id,
                "default_voice": renderer.default_voice,
                "voices": renderer.voices,
                "error": None,
            }
        )
    )
    for raw in sys.stdin.buffer:
        if not raw.strip():
            continue
        try:
            request = decode(raw)
        except ValueError as exc:
            out.write(encode({"op": None, "id": None, "ok": False, "error": _describe(exc)}))
            continue
        if request.get("op") == "quit":
            break
        out.write(encode(_handle(renderer, request)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
