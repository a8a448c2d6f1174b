"""Home's sentences about this week and the plan's sessions, in the app's language."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QObject

from coach.flow.wording import count
from coach.ui.app.translations import english_or, ui_locale


class HomeWords(QObject):
    """The wording, as one object so Qt's ``tr`` (context HomeWords) and its ``%n``
    plurals reach the catalogue; use the module's functions."""

    def date_text(self, day: date) -> str:
        # A Qt date format (dddd = weekday, d = day, MMMM = month), e.g. "dddd, d. MMMM"
        date_format = self.tr("dddd d MMMM")
        return ui_locale().toString(QDate(day.year, day.month, day.day), date_format)

    def sessions_text(self, done: int) -> str:
        if not done:
            return self.tr("Sessions and pain")
        words = self.tr("%n session(s) on this plan", "", done)
        return english_or(words, f"{count(done, 'session')} on this plan")

    def streak_text(self, days: int) -> str:
        if days == 0:
            return self.tr("Start a streak today")
        words = self.tr("%n day(s) in a row", "", days)
        return english_or(words, f"{count(days, 'day')} in a row")

    def pain_text(self, scores: tuple[float, ...]) -> str:
        if not scores:
            return self.tr("Your pain scores will show here")
        first, last = (
            ui_locale().toString(float(score), "g", 3) for score in (scores[0], scores[-1])
        )
        if len(scores) == 1:
            return self.tr("Pain before your session: {score}").format(score=first)
        return self.tr("Pain before sessions: {first} → {last}").format(first=first, last=last)


_WORDS = HomeWords()


def date_text(day: date) -> str:
    """E.g. "Monday 2 June", in the language of the app's words."""
    return _WORDS.date_text(day)


def sessions_text(done: int) -> str:
    """The History tile's line: "5 sessions on this plan"."""
    return _WORDS.sessions_text(done)


def streak_text(days: int) -> str:
    """E.g. "3 days in a row"."""
    return _WORDS.streak_text(days)


def pain_text(scores: tuple[float, ...]) -> str:
    """E.g. "Pain before sessions: 5 → 3"."""
    return _WORDS.pain_text(scores)
