"""The synthesis worker as a real process: protocol, real WAVs, no-engine seam."""

from __future__ import annotations

import array
import json
import math
import os
import subprocess
import sys
import wave
from pathlib import Path
from typing import Any

import pytest

from coach.speech.protocol import DRIVER_ENV, EXIT_NO_ENGINE, decode, encode

ROOT = Path(__file__).resolve().parent.parent


def run_worker(
    requests: list[dict[str, Any] | str], *, env: dict[str, str] | None = None
) -> tuple[list[dict[str, Any]], int, str]:
    """Feed ``requests`` to a fresh worker; return (reply lines, exit code, stderr)."""
    lines = b"".join(r.encode() + b"\n" if isinstance(r, str) else encode(r) for r in requests)
    proc = subprocess.run(
        [sys.executable, "-m", "coach.speech.worker"],
        input=lines,
        capture_output=True,
        timeout=60,
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        check=False,
    )
    replies = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    return replies, proc.returncode, proc.stderr.decode()


def render(path: Path, text: str = "Switch sides", **extra: Any) -> dict[str, Any]:
    return {
        "op": "render",
        "id": 1,
        "text": text,
        "voice": "",
        "rate": 160,
        "path": str(path),
    } | extra


def wav_stats(path: Path) -> tuple[int, int, int, float, float]:
    """(channels, rate, sample width, duration s, RMS of the samples)."""
    with wave.open(str(path), "rb") as wav:
        frames = wav.readframes(wav.getnframes())
        samples = array.array("h", frames)
        level = math.sqrt(sum(s * s for s in samples) / max(1, len(samples)))
        duration = wav.getnframes() / wav.getframerate()
        return wav.getnchannels(), wav.getframerate(), wav.getsampwidth(), duration, level


def trailing_quiet(path: Path, level: int = 200) -> float:
    """Seconds of near-silence at the end of a WAV."""
    with wave.open(str(path), "rb") as wav:
        samples = array.array("h", wav.readframes(wav.getnframes()))
        rate = wav.getframerate()
    quiet = 0
    while quiet < len(samples) and abs(samples[-1 - quiet]) < level:
        quiet += 1
    return quiet / rate


def test_worker_renders_a_cue_to_a_speech_wav(tmp_path: Path) -> None:
    out = tmp_path / "cache" / "switch.wav"
    replies, code, _ = run_worker([render(out), {"op": "quit"}])
    hello, reply = replies
    assert hello["op"] == "hello" and hello["ok"], hello
    assert reply == {"op": "render", "id": 1, "ok": True, "path": str(out), "error": None}
    assert code == 0
    assert out.read_bytes()[:4] == b"RIFF" and out.read_bytes()[8:12] == b"WAVE"
    channels, rate, width, duration, level = wav_stats(out)
    assert (channels, width) == (1, 2)
    assert 16_000 <= rate <= 48_000
    assert 0.3 <= duration <= 3.0
    assert level > 1000, f"RMS {level:.0f}: no speech energy"
    assert trailing_quiet(out) < 0.1, "espeak's end pause was not trimmed"
    assert list(out.parent.iterdir()) == [out], "temp files left behind"


def test_every_phrase_gets_its_own_rate_in_a_long_lived_worker(tmp_path: Path) -> None:
    """Regression: espeak's async queue used to give ~1 in 6 phrases the previous rate."""
    text = "Hold for thirty seconds and breathe"
    plan = [
        (voice, rate) for _ in range(4) for voice in ("gmw/en", "gmw/en-us") for rate in (100, 300)
    ]
    paths = [tmp_path / f"{i}.wav" for i in range(len(plan))]
    requests: list[dict[str, Any] | str] = [
        render(path, text, voice=voice, rate=rate)
        for path, (voice, rate) in zip(paths, plan, strict=True)
    ]
    replies, _, _ = run_worker(requests)
    assert all(r["ok"] for r in replies)
    durations = [wav_stats(path)[3] for path in paths]
    slow = [d for d, (_, rate) in zip(durations, plan, strict=True) if rate == 100]
    fast = [d for d, (_, rate) in zip(durations, plan, strict=True) if rate == 300]
    assert min(slow) > 2.5 * max(fast), (slow, fast)


def test_hello_and_voices_list_the_engine_voices(tmp_path: Path) -> None:
    replies, _, _ = run_worker([{"op": "voices", "id": 5}])
    hello, listed = replies
    assert hello["engine"].startswith("pyttsx3-")
    voice_ids = [vid for vid, _name in hello["voices"]]
    assert hello["default_voice"] in voice_ids
    assert listed == {"op": "voices", "id": 5, "ok": True, "voices": hello["voices"], "error": None}


def test_unknown_voice_falls_back_to_the_default(tmp_path: Path) -> None:
    default, unknown = tmp_path / "default.wav", tmp_path / "unknown.wav"
    replies, _, _ = run_worker([render(default), render(unknown, voice="no/such-voice")])
    assert all(r["ok"] for r in replies)
    assert abs(wav_stats(default)[3] - wav_stats(unknown)[3]) < 0.01  # espeak is not bit-exact


def test_stdout_carries_only_protocol_lines(tmp_path: Path) -> None:
    """pyttsx3 prints "Audio saved to …"; that must not reach the protocol."""
    proc = subprocess.run(
        [sys.executable, "-m", "coach.speech.worker"],
        input=encode(render(tmp_path / "a.wav")),
        capture_output=True,
        timeout=60,
        cwd=ROOT,
        check=True,
    )
    for line in proc.stdout.decode().splitlines():
        decode(line)  # raises if not a JSON object


def test_bad_requests_get_error_replies_and_the_worker_carries_on(tmp_path: Path) -> None:
    replies, code, _ = run_worker(
        [
            "this is not json",
            render(tmp_path / "empty.wav", text="   "),
            {"op": "dance", "id": 9},
            render(tmp_path / "ok.wav"),
        ]
    )
    _hello, garbage, empty, unknown, ok = replies
    assert not garbage["ok"] and "JSONDecodeError" in garbage["error"]
    assert not empty["ok"] and "nothing to say" in empty["error"]
    assert not unknown["ok"] and "dance" in unknown["error"]
    assert ok["ok"] and code == 0


def test_missing_engine_is_reported_in_hello_and_exit_code(tmp_path: Path) -> None:
    replies, code, _ = run_worker([render(tmp_path / "x.wav")], env={DRIVER_ENV: "no_such_driver"})
    assert replies == [
        {
            "op": "hello",
            "ok": False,
            "engine": "",
            "error": "ModuleNotFoundError: No module named 'pyttsx3.drivers.no_such_driver'",
        }
    ]
    assert code == EXIT_NO_ENGINE


def test_missing_espeak_library_is_reported_as_pyttsx3_reports_it(tmp_path: Path) -> None:
    """As on a machine without libespeak-ng1: the library cannot be loaded."""
    hide = tmp_path / "hide-espeak"
    hide.mkdir()
    (hide / "sitecustomize.py").write_text(
        "import ctypes\n"
        "_load = ctypes.cdll.LoadLibrary\n"
        "def _no_espeak(name, *args, **kwargs):\n"
        "    if 'espeak' in str(name):\n"
        "        raise OSError(f'{name}: cannot open shared object file')\n"
        "    return _load(name, *args, **kwargs)\n"
        "ctypes.cdll.LoadLibrary = _no_espeak\n"
    )
    replies, code, _ = run_worker([render(tmp_path / "x.wav")], env={"PYTHONPATH": str(hide)})
    assert len(replies) == 1 and not replies[0]["ok"]
    assert replies[0]["error"].startswith(
        "RuntimeError: This means you probably do not have eSpeak"
    )
    assert code == EXIT_NO_ENGINE


def test_importing_the_worker_module_loads_neither_qt_nor_espeak() -> None:
    probe = (
        "import sys, coach.speech.worker\n"
        "print(any(m.startswith(('PySide6', 'pyttsx3')) for m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert out.stdout.strip() == "False"


@pytest.mark.parametrize("text", ["Next up: Clamshell", "3", "Session complete. Well done."])
def test_typical_cues_render(tmp_path: Path, text: str) -> None:
    out = tmp_path / "cue.wav"
    replies, _, _ = run_worker([render(out, text)])
    assert replies[1]["ok"]
    assert wav_stats(out)[4] > 500
