"""A group of yes/no safety questions shown as one list with one answer.

Most people have none of the red flags, so the list is read once and answered
with "No, none of these" (focused: Enter). "Yes, one or more" opens the
questions line by line. The gate only reports the choice; the wizard answers.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from coach.domain.triage import Question, QuestionKind
from coach.ui.widgets.flow_layout import FlowLayout
from coach.ui.widgets.theme import make_title

NONE_TEXT = str(QT_TRANSLATE_NOOP("ChecklistGate", "No, none of these (Enter)"))
SOME_TEXT = str(QT_TRANSLATE_NOOP("ChecklistGate", "Yes, one or more of these"))


def checklist_html(questions: Sequence[Question]) -> str:
    """Each question's words, with its parts as a bulleted list under it."""
    blocks = []
    for question in questions:
        head = f"<p><b>{html.escape(question.text)}</b></p>"
        if question.kind is QuestionKind.MULTI_YES_NO:
            items = "".join(f"<li>{html.escape(o.label)}</li>" for o in question.options)
            head += f"<ul style='margin-left: 0; -qt-list-indent: 1;'>{items}</ul>"
        blocks.append(head)
    return "".join(blocks)


class ChecklistGate(QWidget):
    """The questions as one list, then "No, none of these" and "Yes, one or more"."""

    none_chosen = Signal()
    some_chosen = Signal()

    def __init__(
        self,
        questions: Sequence[Question],
        parent: QWidget | None = None,
        *,
        heading: str = "",
        none_text: str = "",
        some_text: str = "",
    ) -> None:
        """``heading`` (optional) asks the whole list's question above it; the buttons
        say ``none_text`` and ``some_text`` (translated; by default "No, none of these")."""
        super().__init__(parent)
        self.questions = tuple(questions)
        self.setAccessibleName(heading or self.tr("Safety questions"))
        self.heading = QLabel(heading, self)
        self.heading.setWordWrap(True)
        make_title(self.heading, 1.25)
        self.heading.setVisible(bool(heading))
        self.list = QLabel(checklist_html(questions), self)
        self.list.setWordWrap(True)
        self.list.setTextFormat(Qt.TextFormat.RichText)
        self.list.setAccessibleName(" ".join(q.text for q in questions))
        self.list.setAccessibleDescription(
            " ".join(
                [q.text for q in questions]
                + [
                    o.label
                    for q in questions
                    if q.kind is QuestionKind.MULTI_YES_NO
                    for o in q.options
                ]
            )
        )
        self.none_button = QPushButton(none_text or self.tr(NONE_TEXT), self)
        self.none_button.setAccessibleName(
            (none_text or self.tr(NONE_TEXT)).replace(" (Enter)", "").replace(" (Eingabe)", "")
        )
        self.none_button.setProperty("primary", True)
        self.none_button.setMinimumHeight(56)
        self.some_button = QPushButton(some_text or self.tr(SOME_TEXT), self)
        self.some_button.setAccessibleName(some_text or self.tr(SOME_TEXT))
        self.some_button.setMinimumHeight(56)
        self.none_button.clicked.connect(self.none_chosen.emit)
        self.some_button.clicked.connect(self.some_chosen.emit)
        buttons = FlowLayout()
        buttons.addWidget(self.none_button)
        buttons.addWidget(self.some_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self.setFocusProxy(self.none_button)
