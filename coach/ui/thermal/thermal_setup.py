"""The ice/heat setup page: choose a kind, pass its checklist, pick the minutes.

Passive: :meth:`ThermalSetup.refresh` shows why Start is refused (the
controller's lock-out, found by the screen); ``changed`` asks for that on any
choice or tick, ``start_requested`` carries the kind and minutes on Start, and
``back_requested`` comes from Back.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coach.domain.history import ThermalKind
from coach.domain.thermal import HARD_MAX_S, ThermalConfig, ThermalRules
from coach.ui.app.translations import in_sentence
from coach.ui.thermal.thermal_parts import button, enter_clicks, label, page_column
from coach.ui.widgets.scrolling import scroll_area

_KIND_BUTTON_HEIGHT = 72


class MinutesBox(QSpinBox):
    """Whole minutes in a range; typing a number above the maximum gives the maximum."""

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        """Let a too-large number through as Intermediate so ``fixup`` can clamp it."""
        digits = text.removesuffix(self.suffix()).strip()
        if digits.isdigit() and len(digits) <= 3 and int(digits) > self.maximum():
            return QValidator.State.Intermediate, text, pos
        return super().validate(text, pos)

    def fixup(self, text: str) -> str:
        """Clamp a too-large number to the maximum."""
        digits = text.removesuffix(self.suffix()).strip()
        if digits.isdigit() and int(digits) > self.maximum():
            return self.textFromValue(self.maximum()) + self.suffix()
        return super().fixup(text)


class _KindPanel(QWidget):
    """One kind's checklist, advice and "I have read this"; ``changed`` on any tick."""

    changed = Signal()

    def __init__(self, rules: ThermalRules, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        name = in_sentence(rules.name)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        heading = label(
            self.tr("Don't use {name} if any of these apply to you:").format(name=name),
            self,
            role="title",
        )
        heading.setFont(QFont(heading.font().family(), -1, QFont.Weight.Bold))
        layout.addWidget(heading)
        self._applies: list[QCheckBox] = []
        for item in rules.contraindications:
            row = QHBoxLayout()
            row.addWidget(label(item, self), 1)
            box = QCheckBox(self.tr("This applies to me"), self)
            box.setAccessibleName(self.tr("This applies to me: {item}").format(item=item))
            box.toggled.connect(self._on_toggled)
            row.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
            layout.addLayout(row)
            self._applies.append(box)
        self._refusal = QFrame(self)
        self._refusal.setProperty("role", "danger")
        refusal_layout = QVBoxLayout(self._refusal)
        refusal_layout.addWidget(
            label(
                self.tr(
                    "One of these applies to you. Please ask a health professional first "
                    "before using {name}."
                ).format(name=name),
                self._refusal,
            )
        )
        self._refusal.setVisible(False)
        layout.addWidget(self._refusal)
        before = label(self.tr("Before you start"), self, role="title")
        before.setFont(QFont(before.font().family(), -1, QFont.Weight.Bold))
        layout.addWidget(before)
        for text in (rules.warning, rules.barrier, rules.position, rules.honesty):
            layout.addWidget(label(text, self))
        self._read = QCheckBox(self.tr("I have read this"), self)
        self._read.setAccessibleName(self.tr("I have read this {name} advice").format(name=name))
        self._read.toggled.connect(self._on_toggled)
        layout.addWidget(self._read)

    def contraindicated(self) -> bool:
        """Any "This applies to me" ticked."""
        return any(box.isChecked() for box in self._applies)

    def acknowledged(self) -> bool:
        """Whether "I have read this" is ticked."""
        return self._read.isChecked()

    def reset(self) -> None:
        """Untick everything (after a start, so each application is read afresh)."""
        for box in [*self._applies, self._read]:
            box.setChecked(False)

    def _on_toggled(self) -> None:
        self._refusal.setVisible(self.contraindicated())
        self.changed.emit()


class ThermalSetup(QWidget):
    """Ice or heat buttons, the chosen kind's checklist, Minutes and Start."""

    changed = Signal()
    start_requested = Signal(ThermalKind, int)
    """The chosen kind and the minutes, on Start."""
    back_requested = Signal()

    def __init__(self, config: ThermalConfig, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._config = config
        layout, _ = page_column(self, self.tr("Ice or heat"))
        kinds = QHBoxLayout()
        self._kind_buttons: dict[ThermalKind, QPushButton] = {}
        for kind in ThermalKind:
            rules = config.rules(kind)
            choose = self.tr("Choose {name}").format(name=in_sentence(rules.name))
            choice = button(rules.name, self, choose)
            choice.setCheckable(True)  # shows the choice; not a QButtonGroup, so Tab reaches both
            choice.setMinimumHeight(_KIND_BUTTON_HEIGHT)
            choice.setFont(QFont(choice.font().family(), -1, QFont.Weight.Bold))
            choice.setProperty("kind", True)
            # clicked: a click on the chosen one keeps it; toggled: a screen reader's
            # press or toggle action, which sends no click.
            choice.clicked.connect(lambda _=False, k=kind: self._choose(k))
            choice.toggled.connect(lambda on, k=kind: self._toggled(k, on))
            self._kind_buttons[kind] = choice
            kinds.addWidget(choice, 1)
        layout.addLayout(kinds)

        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(4, 8, 12, 8)
        column.setSpacing(12)
        self._numbness = QFrame(content)
        self._numbness.setProperty("role", "danger")
        QVBoxLayout(self._numbness).addWidget(label(config.numbness_warning, self._numbness))
        self._numbness.setVisible(False)
        column.addWidget(self._numbness)
        self._intro = QWidget(content)
        intro = QVBoxLayout(self._intro)
        intro.setContentsMargins(0, 0, 0, 0)
        for rules in (config.ice, config.heat):
            intro.addWidget(label(rules.prefer_when, self._intro))
            intro.addWidget(label(rules.avoid_when, self._intro))
            intro.addSpacing(12)
        column.addWidget(self._intro)
        self._panels: dict[ThermalKind, _KindPanel] = {}
        for kind in ThermalKind:
            panel = _KindPanel(config.rules(kind), content)
            panel.changed.connect(self.changed)
            panel.setVisible(False)
            column.addWidget(panel)
            self._panels[kind] = panel
        column.addStretch(1)
        scroll = scroll_area(self)
        scroll.setWidget(content)
        layout.addWidget(scroll, 1)

        self._hint = label("", self)
        self._hint.setFont(QFont(self._hint.font().family(), -1, QFont.Weight.Bold))
        layout.addWidget(self._hint)
        bar = QHBoxLayout()
        self._back = button(self.tr("Back"), self, self.tr("Back to home"))
        self._back.clicked.connect(self.back_requested)
        minutes_label = label(self.tr("Minutes"), self)
        self._minutes = MinutesBox(self)
        self._minutes.setAccessibleName(self.tr("Minutes"))
        self._minutes.setMinimumWidth(self._minutes.fontMetrics().horizontalAdvance("000000"))
        minutes_label.setBuddy(self._minutes)
        self._set_minutes(config.ice)
        self._start = button(self.tr("Start"), self)
        self._start.setProperty("primary", True)
        self._start.clicked.connect(self._on_start)
        bar.addWidget(self._back)
        bar.addStretch(1)
        bar.addWidget(minutes_label)
        bar.addWidget(self._minutes)
        bar.addWidget(self._start)
        layout.addLayout(bar)

        chain: list[QWidget] = list(self._kind_buttons.values())
        for panel in self._panels.values():
            chain.extend(panel.findChildren(QCheckBox))
        chain += [self._minutes, self._start, self._back]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        enter_clicks(self, self._start, self._minutes)

    def chosen(self) -> ThermalKind | None:
        """The kind chosen, or None before a choice."""
        return next((k for k, b in self._kind_buttons.items() if b.isChecked()), None)

    def focus_target(self) -> QWidget:
        """Where focus goes on this page: the chosen kind, else Ice."""
        return self._kind_buttons[self.chosen() or ThermalKind.ICE]

    def set_numbness(self, reported: bool) -> None:
        """Show the numbness warning when the person reported numbness or tingling."""
        self._numbness.setVisible(reported)

    def reset(self, kind: ThermalKind) -> None:
        """Untick ``kind``'s checklist (after it started, so it is read afresh next time)."""
        self._panels[kind].reset()

    def refresh(self, refusal: str) -> None:
        """Show the chosen kind; ``refusal`` (why it can't start now, or "") blocks Start."""
        kind = self.chosen()
        self._intro.setVisible(kind is None)
        for panel_kind, panel in self._panels.items():
            panel.setVisible(panel_kind is kind)
        self._minutes.setEnabled(kind is not None)
        if kind is None:
            self._start.setText(self.tr("Start"))
            self._start.setEnabled(False)
            self._hint.setText(self.tr("Choose ice or heat."))
            return
        name = in_sentence(self._config.rules(kind).name)
        panel = self._panels[kind]
        self._start.setText(self.tr("Start {name}").format(name=name))
        self._start.setAccessibleName(self._start.text())
        hint = refusal
        if not hint and panel.contraindicated():
            hint = self.tr("Please ask a health professional first.")
        elif not hint and not panel.acknowledged():
            hint = self.tr("Read the advice above, then tick \u201cI have read this\u201d.")
        self._hint.setText(hint)
        self._start.setEnabled(not hint)

    def _toggled(self, kind: ThermalKind, on: bool) -> None:
        if on:
            self._choose(kind)

    def _choose(self, kind: ThermalKind) -> None:
        for other, choice in self._kind_buttons.items():
            choice.setChecked(other is kind)
        self._set_minutes(self._config.rules(kind))
        self.changed.emit()

    def _set_minutes(self, rules: ThermalRules) -> None:
        self._minutes.setRange(int(rules.min_s // 60), int(min(rules.max_s, HARD_MAX_S) // 60))
        self._minutes.setValue(int(rules.default_s // 60))

    def _on_start(self) -> None:
        kind = self.chosen()
        if kind is None:
            return
        self._minutes.interpretText()
        self.start_requested.emit(kind, self._minutes.value())
