"""The 0-10 pain scale: a deliberate choice by key, click or accessibility action."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleActionInterface
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QRadioButton
from pytestqt.qtbot import QtBot

from coach.ui.widgets.pain_scale import PainScale


@pytest.fixture
def scale(qtbot: QtBot) -> PainScale:
    made = PainScale("1–3: Mild.", name="Pain after the session")
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    made.setFocus()
    return made


@pytest.mark.parametrize("key", [Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Space])
def test_a_stray_key_never_picks_a_score(scale: PainScale, key: Qt.Key) -> None:
    QTest.keyClick(scale, key)
    assert scale.value() is None
    assert scale.accessibleDescription() == "No score chosen yet"


@pytest.mark.parametrize(
    ("keys", "expected"),
    [
        ([Qt.Key.Key_3], 3),
        ([Qt.Key.Key_3, Qt.Key.Key_Right], 4),
        ([Qt.Key.Key_0, Qt.Key.Key_Left], 0),
        ([Qt.Key.Key_9, Qt.Key.Key_Right, Qt.Key.Key_Right], 10),
    ],
)
def test_digits_choose_and_arrows_move_a_chosen_score(
    scale: PainScale, keys: list[Qt.Key], expected: int
) -> None:
    for key in keys:
        QTest.keyClick(scale, key)
    assert scale.value() == expected
    assert scale.accessibleDescription() == f"{expected} chosen"


def test_scores_are_radio_buttons_a_screen_reader_can_press(qtbot: QtBot, scale: PainScale) -> None:
    assert scale.accessibleName() == "Pain after the session, 0 to 10"
    buttons = {b.accessibleName(): b for b in scale.findChildren(QRadioButton)}
    assert len(buttons) == 11
    five = buttons["Pain after the session 5 out of 10"]
    actions = QAccessible.queryAccessibleInterface(five).actionInterface()
    assert actions is not None
    with qtbot.waitSignal(scale.value_changed, timeout=2000) as chosen:
        actions.doAction(QAccessibleActionInterface.pressAction())
    assert chosen.args == [5]
    assert scale.value() == 5
