"""Find a yes/no line's buttons by the line's words, as a screen reader pairs them
(the buttons are named "Yes"/"No" and described by the line)."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QWidget

from coach.ui.checkin.answer_controls import YesNoRow


def answer_button(root: QWidget, word: str, label: str) -> QPushButton:
    """The visible "Yes" or "No" (``word``) button of the line that says ``label``."""
    rows = [r for r in root.findChildren(YesNoRow) if r.label == label and r.isVisibleTo(root)]
    assert len(rows) == 1, f"{len(rows)} visible yes/no lines say {label!r}"
    return rows[0].yes if word == "Yes" else rows[0].no
