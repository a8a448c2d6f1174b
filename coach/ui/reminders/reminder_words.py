"""The reminders' words in the app's language: the desktop notes, their buttons and the
one-sentence summary of reminders missed while the computer slept (context ReminderWords).
"""

from __future__ import annotations

from datetime import datetime, tzinfo

from PySide6.QtCore import QDate, QDateTime, QObject, QTime

from coach.flow import reminders as r
from coach.flow.wording import count
from coach.ui.app.translations import english_or, ui_locale
from coach.ui.reminders.dbus_notify import Note


class ReminderWords(QObject):
    """The wording; use the module's functions."""

    def session_actions(self) -> tuple[tuple[str, str], ...]:
        """A session reminder's buttons: (id, label)."""
        return (
            ("start", self.tr("Start now")),
            ("later", self.tr("In 30 min")),
            ("skip", self.tr("Skip today")),
        )

    def session_note(self) -> Note:
        """Today's session is due."""
        return Note(
            self.tr("Time for your stretches"),
            self.tr("Today's session is waiting."),
            self.session_actions(),
        )

    def ice_note(self) -> Note:
        """Ice may be used again."""
        return Note(
            self.tr("Ice again?"),
            self.tr("Your skin has rested. If it feels normal again, you can use ice now."),
            (("default", self.tr("Open")),),
        )

    def test_note(self) -> Note:
        """The "Send a test reminder" note."""
        return Note(
            self.tr("Rehab Coach reminder"),
            self.tr(
                "This is how a reminder looks. Reminders come at the times you set in Settings."
            ),
            self.session_actions(),
        )

    def missed_text(self, missed: tuple[r.Due, ...], tz: tzinfo | None = None) -> str:
        """One sentence for every reminder missed while the computer was asleep or off
        (the latest few named); "" when none was."""
        if not missed:
            return ""
        parts = []
        for due in missed[-r.SUMMARY_ITEMS :]:
            at = datetime.fromtimestamp(due.at, tz)
            day = QDate(at.year, at.month, at.day)
            when = ui_locale().toString(QDateTime(day, QTime(at.hour, at.minute)), "ddd HH:mm")
            what = (
                self.tr("your session at {when}")
                if due.kind is r.Kind.SESSION
                else self.tr("ice at {when}")
            )
            parts.append(what.format(when=when))
        total = len(missed)
        if total > r.SUMMARY_ITEMS:
            said = english_or(
                self.tr(
                    "While the computer was asleep or off, %n reminder(s) were missed "
                    "(the latest shown): {list}.",
                    "",
                    total,
                ),
                "While the computer was asleep or off, "
                f"{count(total, 'reminder')} were missed (the latest shown): {{list}}.",
            )
        else:
            english = "1 reminder was" if total == 1 else f"{total} reminders were"
            said = english_or(
                self.tr(
                    "While the computer was asleep or off, %n reminder(s) were missed: {list}.",
                    "",
                    total,
                ),
                f"While the computer was asleep or off, {english} missed: {{list}}.",
            )
        return said.format(list=", ".join(parts))


_WORDS = ReminderWords()
session_note = _WORDS.session_note
ice_note = _WORDS.ice_note
test_note = _WORDS.test_note
missed_text = _WORDS.missed_text
