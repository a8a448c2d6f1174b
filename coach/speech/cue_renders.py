"""Which WAV says a cue, and asking the speech worker for those not on disk yet.

A WAV's path is the cache key of its text, voice, rate and engine. The voice is
the one the person chose if the engine has it, else the engine's best for the
language. :meth:`CueRenders.fetch` finds a cue's WAV or asks for it at once;
cues wait here for their render (or for the engine to say hello), and
:meth:`CueRenders.prerender` renders the session's texts in the background.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from coach.speech.cache import CueCache
from coach.speech.client import RenderRequest, WorkerClient
from coach.speech.cue_schedule import QueuedCue
from coach.speech.settings import SpeechSettings
from coach.speech.voice_choice import best_voice


class CueRenders:
    """The disk cache, the render requests and the cues waiting for them."""

    def __init__(
        self,
        client: WorkerClient,
        cache_dir: Path,
        *,
        language: str,
        settings: Callable[[], SpeechSettings],
    ) -> None:
        self._client = client
        self._cache = CueCache(cache_dir)
        self._language = language
        self._settings = settings
        self._waiting: dict[Path, list[QueuedCue]] = {}
        self._awaiting_engine: list[QueuedCue] = []
        self._prerender_texts: list[str] = []

    def ensure_root(self) -> None:
        """Create the cache folder; raises OSError when it can't be."""
        self._cache.ensure_root()

    def fetch(self, item: QueuedCue) -> bool:
        """Set ``item.path``; True if the WAV is there, else ask for it (urgent) and
        keep ``item`` until :meth:`take_rendered`."""
        path = self._path_for(item.cue.text)
        item.path = path
        if path.exists():
            return True
        self._waiting.setdefault(path, []).append(item)
        self._client.render(self._request(item.cue.text, path), urgent=True)
        return False

    def await_engine(self, item: QueuedCue) -> None:
        """Keep ``item`` until the engine is ready (see :meth:`take_awaiting`); start it."""
        self._awaiting_engine.append(item)
        self._client.start()

    def take_awaiting(self) -> list[QueuedCue]:
        """The cues that waited for the engine, now it is ready."""
        pending, self._awaiting_engine = self._awaiting_engine, []
        return pending

    def take_rendered(self, path: Path) -> list[QueuedCue]:
        """The cues that waited for ``path``, now its render has ended."""
        return self._waiting.pop(path, [])

    def drop_pending(self) -> None:
        """Forget the cues waiting for a render or the engine."""
        self._waiting.clear()
        self._awaiting_engine.clear()

    def set_prerender(self, texts: Iterable[str]) -> None:
        """The texts :meth:`prerender` renders (blank ones and repeats left out)."""
        self._prerender_texts = list(dict.fromkeys(t for t in texts if t.strip()))

    def prerender(self) -> None:
        """Ask for every missing WAV of those texts in the background (urgent
        renders go first); before the engine is ready, start it instead."""
        if not self._prerender_texts:
            return
        if not self._client.is_ready:
            self._client.start()
            return  # the engine's ready comes back here
        for text in self._prerender_texts:
            path = self._path_for(text)
            if not path.exists():
                self._client.render(self._request(text, path), urgent=False)

    def _voice(self) -> str:
        wanted = self._settings().voice_id
        if wanted and any(vid == wanted for vid, _ in self._client.voices):
            return wanted
        return best_voice(self._client.voices, self._language, default=self._client.default_voice)

    def _path_for(self, text: str) -> Path:
        return self._cache.path_for(
            text=text,
            voice=self._voice(),
            rate=self._settings().rate,
            engine=self._client.engine_id,
        )

    def _request(self, text: str, path: Path) -> RenderRequest:
        return RenderRequest(text=text, voice=self._voice(), rate=self._settings().rate, path=path)
