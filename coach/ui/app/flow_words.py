"""The flow's fixed safety sentences in the app's language: why exercises are paused
and what to do, and the before-session notices the flow gives in English.

:mod:`coach.flow` keeps these sentences in English (they are also what is recorded);
the screens show them through this module (Qt's translations, context FlowWords). A
red flag from a check-in carries the content's own message, already in the app's
language; one reported during a session is worded here from its source.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from coach.flow.safety import Source, Suspension

if TYPE_CHECKING:
    from coach.flow.outputs import Notice


class FlowWords(QObject):
    """The wording; use the module's functions."""

    def suspension_text(self, suspension: Suspension) -> str:
        """What Home shows while exercises are paused: the message, then what to do."""
        message = suspension.message
        if suspension.source is Source.DURING_SESSION:
            message = self.tr(
                "You reported symptoms during a session that can be warning signs. "
                "Answer the safety questions again before doing any more exercises."
            )
            if suspension.safety:
                message = f"{message} {suspension.safety}"
        what_to_do = self.tr(
            "Exercises are paused until you have been checked. When you have, "
            "do a new check-in: if it finds no warning signs, your plan starts again."
        )
        return f"{message}\n\n{what_to_do}"

    def notice_text(self, notice: Notice, suspension: Suspension | None) -> str:
        """``notice`` in the app's language (its own text when it is the content's)."""
        from coach.flow.before import NOTHING_TODAY  # not before Home's first paint
        from coach.flow.nerve import SWITCH_TEXT

        if notice.key == "suspended" and suspension is not None:
            return self.suspension_text(suspension)
        if notice.text == NOTHING_TODAY:
            return self.tr(
                "Nothing in this routine suits how you are today. Rest, walk if you can, "
                "and try again tomorrow."
            )
        if notice.text == SWITCH_TEXT:
            return self.tr(
                "Your symptoms reach further down your leg than before. Today's session uses "
                "the nerve-friendly routine instead. Please do a new check-in soon."
            )
        return notice.text


_WORDS = FlowWords()
suspension_text = _WORDS.suspension_text
notice_text = _WORDS.notice_text
