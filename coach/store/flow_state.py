"""The flow's state as kept in the settings table, and the history notes it asks for.

The flow decides; this saves and reads what it decided (plan, red-flag
suspension, level offer, Home's plan card) and records its ``HistoryNote``s,
with times from the app's wall clock.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from coach.domain.history import EventKind, ResumableSession
from coach.flow.outputs import HistoryNote
from coach.flow.plan import Plan
from coach.flow.progression import LevelOffer
from coach.flow.safety import Suspension
from coach.store.errors import StoreError
from coach.store.flow_keys import (
    DISCLAIMER_KEY,
    DISMISSED_KEY,
    HOME_CARD_KEY,
    LEVEL_OFFER_KEY,
    PLAN_KEY,
    SUSPENSION_KEY,
)

if TYPE_CHECKING:
    from coach.engine.clock import Clock
    from coach.flow.home_snapshot import HomeSnapshot
    from coach.store.history import HistoryStore


class FlowState:
    """Reads and writes the flow's state in ``store``; ``wall`` dates the notes.

    A write the store refuses (a full disk, a read-only or busy history) is passed to
    ``refused`` (the UI words it), never raised: the app stays usable.
    """

    def __init__(
        self,
        store: HistoryStore,
        wall: Clock,
        *,
        refused: Callable[[StoreError], None] = lambda _error: None,
    ) -> None:
        self._store = store
        self._wall = wall
        self._refused = refused

    def _set(self, key: str, value: object) -> None:
        """Write one setting row, only if it changes; a refusal goes to ``refused``."""
        try:
            if self._store.get_setting(key, None) != value:
                self._store.set_setting(key, value)  # type: ignore[arg-type]
        except StoreError as error:
            self._refused(error)

    def plan(self) -> Plan | None:
        """The current plan, if a check-in has chosen one."""
        return Plan.from_json(self._store.get_setting(PLAN_KEY, None))

    def suspension(self) -> Suspension | None:
        """The red-flag suspension in force, if any."""
        return Suspension.from_json(self._store.get_setting(SUSPENSION_KEY, None))

    def offer(self) -> LevelOffer | None:
        """The level offer waiting on Home, if any."""
        return LevelOffer.from_json(self._store.get_setting(LEVEL_OFFER_KEY, None))

    def save_plan(self, plan: Plan | None) -> None:
        """Keep ``plan`` (None: no plan)."""
        self._set(PLAN_KEY, None if plan is None else plan.to_json())

    def save_suspension(self, suspension: Suspension | None) -> None:
        """Keep ``suspension`` (None: lifted)."""
        self._set(SUSPENSION_KEY, None if suspension is None else suspension.to_json())

    def save_offer(self, offer: LevelOffer | None) -> None:
        """Keep ``offer`` (None: no offer)."""
        self._set(LEVEL_OFFER_KEY, {} if offer is None else offer.to_json())

    def record(self, notes: Iterable[HistoryNote | None]) -> None:
        """Record each note in the history, dated now."""
        for note in notes:
            if note is None:
                continue
            try:
                at = self._wall.now()
                self._store.record_event(note.session_id, note.kind, note.detail, at=at)
            except StoreError as error:
                self._refused(error)

    def remember_card(self, snapshot: HomeSnapshot) -> None:
        """Keep Home's plan card with the plan and suspension it was made from (if new);
        an empty card (no plan yet) is not worth a row, e.g. right after "delete all"."""
        if not snapshot.plan_title and not snapshot.suspended:
            if self._store.get_setting(HOME_CARD_KEY, None) is not None:
                self._set(HOME_CARD_KEY, None)
            return
        card = {
            "card": snapshot.card_json(),
            "plan": self._store.get_setting(PLAN_KEY, None),
            "suspension": self._store.get_setting(SUSPENSION_KEY, None),
        }
        self._set(HOME_CARD_KEY, card)

    def resumable(self) -> ResumableSession | None:
        """The interrupted session to offer, unless the person said to start fresh."""
        resumable = self._store.resumable_session()
        if resumable is None or resumable.session.id == self._store.get_setting(DISMISSED_KEY, 0):
            return None
        return resumable

    def dismiss_resume(self) -> None:
        """Don't offer the current interrupted session again."""
        resumable = self._store.resumable_session()
        if resumable is not None:
            self._set(DISMISSED_KEY, resumable.session.id)

    def stop_rule_fired(self, session_id: int) -> bool:
        """Whether a stop rule fired in the session."""
        return bool(self._store.events(session_id, kind=EventKind.STOP_RULE))

    def disclaimer_seen(self) -> bool:
        """Whether the first-start notice was acknowledged."""
        return bool(self._store.get_setting(DISCLAIMER_KEY, False))

    def acknowledge_disclaimer(self) -> None:
        """The person acknowledged the first-start notice."""
        self._set(DISCLAIMER_KEY, True)
