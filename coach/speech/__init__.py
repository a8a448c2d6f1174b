"""Spoken cues that never freeze the window.

``speaker`` (the UI's object: CueSpeaker, NullSpeaker; it times cues with
``cue_schedule``, finds their WAVs with ``cue_renders`` and watches the sound
with ``sound_health``) -> ``client`` (the
worker process over ``protocol``) -> ``worker`` (pyttsx3, one phrase per
render) -> ``cache`` (WAVs on disk) -> ``player`` (QSoundEffect). ``settings``
and ``fallbacks`` are plain values and messages. This package's ``__init__``
imports nothing: the worker process must start without Qt.
"""
