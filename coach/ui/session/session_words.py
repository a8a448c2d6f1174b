"""What a session takes, its outcome, its summary and level offers in the app's language.

:mod:`coach.flow` gives facts (how a session ended, pain before and after, the level
offered); these functions word them through Qt's translations (context SessionWords),
with English plurals from :mod:`coach.flow.wording` when no catalogue is installed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QDateTime, QObject, QTime

from coach.flow.wording import count
from coach.ui.app.translations import english_or, ui_locale

if TYPE_CHECKING:  # Home imports this module before its first paint: kept light
    from coach.engine.overview import Overview
    from coach.flow.home_snapshot import ResumeOffer
    from coach.flow.outcome import PainBeforeAfter, SessionOutcome, Summary
    from coach.flow.progression import LevelOffer


class SessionWords(QObject):
    """The wording, as one object so Qt's ``tr`` (context SessionWords) and its ``%n``
    plurals reach the catalogue; use the module's functions."""

    def outcome_text(self, outcome: SessionOutcome) -> str:
        """One sentence for the after-session screen: how the session ended."""
        from coach.flow.outcome import Ending

        if outcome.ending is Ending.STOPPED:
            return self.tr("Session stopped. What you did is saved.")
        if outcome.ending is Ending.ALL_SKIPPED:
            return self.tr("Every step was skipped, so this session doesn't count as done.")
        if outcome.ending is Ending.FINISHED_SKIPPED:
            finished = self.tr(
                "Session finished, with {skipped} of %n step(s) skipped.",
                "",
                outcome.total,
            )
            english = (
                f"Session finished, with {{skipped}} of {count(outcome.total, 'step')} skipped."
            )
            return english_or(finished, english).format(skipped=outcome.skipped)
        return self.tr("Session complete. Well done.")

    def pain_text(self, pain: PainBeforeAfter) -> str:
        """Pain before and after, and whether the change is meaningful."""
        from coach.domain.rules import PainChange

        if pain.change is PainChange.IMPROVED:
            words = self.tr("That is a real improvement.")
        elif pain.change is PainChange.WORSENED:
            words = self.tr(
                "That is a real rise. Take it easier next time, "
                "and check how it feels tomorrow morning.",
            )
        else:
            words = self.tr("About the same as before.")
        scores = self.tr("Pain before: {before}/10, after: {after}/10.")
        return f"{scores.format(before=pain.before, after=pain.after)} {words}"

    def done_text(self, steps: int, minutes: int) -> str:
        """ "You did 8 steps, 12 minutes of exercise." """
        if minutes:
            length = english_or(
                self.tr("%n minute(s)", "", minutes),
                count(minutes, "minute"),
            )
        else:
            length = self.tr("less than a minute")
        did = english_or(
            self.tr("You did %n step(s), {length} of exercise.", "", steps),
            f"You did {count(steps, 'step')}, {{length}} of exercise.",
        )
        return did.format(length=length)

    def offer_text(self, offer: LevelOffer) -> str:
        """Why Home (or the summary) offers ``offer``'s level, naming it."""
        from coach.flow.progression import OfferKind

        if not offer.level_name:  # saved before offers kept the level's name
            return offer.text
        if offer.kind is OfferKind.HARDER:
            text = self.tr(
                "Your last session felt easy and your pain was back to normal the next morning. "
                "You can move up to: {level}.",
            )
        else:
            text = self.tr("A stop rule was triggered. Next time, try the easier level: {level}.")
        return text.format(level=offer.level_name)

    def summary_lines(self, result: Summary) -> list[str]:
        """The after-session summary, one sentence or paragraph a line."""
        lines = [] if result.pain is None else [self.pain_text(result.pain)]
        lines.append(self.done_text(result.steps_done, result.minutes))
        if result.nerve_text:
            lines.append(result.nerve_text)
        if result.offer is not None:
            on_home = self.tr("(You can change level on Home.)")
            lines.append(f"{self.offer_text(result.offer)} {on_home}")
        elif result.easy_next:
            lines.append(
                self.tr(
                    "That felt easy. If your pain is back to where it was by tomorrow morning, "
                    "the coach will offer the next level: {level}.",
                ).format(level=result.easy_next)
            )
        return lines

    def overview_text(self, facts: Overview) -> str:
        """What a session takes: "8 exercises · about 14 min · mat, chair"."""
        exercises = english_or(
            self.tr("%n exercise(s)", "", facts.exercises), count(facts.exercises, "exercise")
        )
        parts = [exercises, self.tr("about {n} min").format(n=facts.minutes)]
        if facts.equipment:
            parts.append(", ".join(facts.equipment))
        return " · ".join(parts)

    def resume_text(self, offer: ResumeOffer) -> str:
        """ "Your <routine> session on Tue 03 Mar, 09:00 was interrupted. 3 steps saved." """
        at = offer.started
        when = QDateTime(QDate(at.year, at.month, at.day), QTime(at.hour, at.minute))
        # A Qt date format (ddd = short weekday, dd = day, MMM = short month)
        day = ui_locale().toString(when, self.tr("ddd dd MMM, HH:mm"))
        said = self.tr("Your {routine} session on {when} was interrupted.")
        saved = english_or(
            self.tr("%n step(s) saved.", "", offer.steps), f"{count(offer.steps, 'step')} saved."
        )
        return f"{said.format(routine=offer.routine_name, when=day)} {saved}"

    def easier_now_text(self, offer: LevelOffer) -> str:
        """During a session, after "this hurts": the routine's easier level, named."""
        if not offer.level_name:
            return offer.text
        return self.tr("This routine has an easier level: {level}.").format(level=offer.level_name)


_WORDS = SessionWords()
outcome_text = _WORDS.outcome_text
pain_text = _WORDS.pain_text
done_text = _WORDS.done_text
offer_text = _WORDS.offer_text
summary_lines = _WORDS.summary_lines
easier_now_text = _WORDS.easier_now_text
resume_text = _WORDS.resume_text
overview_text = _WORDS.overview_text
