"""Settings: voice, speaking rate, volume, beeps, get-ready time, text size, theme,
language, and "Delete all my data"."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coach.domain.regions import Region
from coach.speech.settings import MAX_RATE, MIN_RATE, SpeechSettings
from coach.speech.voice_choices import Voice, voice_choices
from coach.ui.app.app_settings import GET_READY_RANGE, LANGUAGES, TEXT_SIZES, THEMES, AppSettings
from coach.ui.design.tokens import PAGE_MARGIN, S1, S2, VOICE_NAME_CHARS
from coach.ui.reminders.reminder_settings_box import ReminderSettingsRow
from coach.ui.screens.region_choice import region_choice
from coach.ui.widgets.check_row import labelled_row
from coach.ui.widgets.keys import bind_keys
from coach.ui.widgets.theme import make_title


class SettingsScreen(QWidget):
    """Edits :class:`AppSettings`; every change is emitted at once (no Save button)."""

    changed = Signal(AppSettings)
    test_voice_requested = Signal()
    back_requested = Signal()
    erase_requested = Signal()
    """"Delete all my data…" was pressed (the app asks to confirm)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Settings"))
        title = QLabel(self.tr("Settings"), self)
        make_title(title)
        self.voice_on = QCheckBox()
        voice_on_row = labelled_row(self.voice_on, self.tr("Speak the cues"), self)
        self.voice = QComboBox(self)
        self.voice.setAccessibleName(self.tr("Voice"))
        # "More voices" beside it may wrap, never squeeze the name to "Default v" at 200 %
        self.voice.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.voice.setMinimumContentsLength(VOICE_NAME_CHARS)
        self.more_voices = QCheckBox()
        self.more_voices.setAccessibleName(self.tr("More voices"))
        more_voices_row = labelled_row(
            self.more_voices, self.tr("More voices (other languages)"), self
        )
        self._voices: tuple[list[Voice], list[Voice]] = ([], [])
        self.rate = QSpinBox(self)
        self.rate.setRange(MIN_RATE, MAX_RATE)
        self.rate.setSingleStep(10)
        self.rate.setSuffix(self.tr(" words a minute"))
        self.rate.setAccessibleName(self.tr("Speaking rate"))
        self.volume = QSlider(Qt.Orientation.Horizontal, self)
        self.volume.setRange(0, 100)
        self.volume.setAccessibleName(self.tr("Volume"))
        self.beeps = QCheckBox()
        self.beeps.setAccessibleName(self.tr("Countdown beeps"))
        beeps_row = labelled_row(
            self.beeps, self.tr("Beep for the last 3 seconds instead of counting aloud"), self
        )
        self.get_ready = QSpinBox(self)
        self.get_ready.setRange(*GET_READY_RANGE)
        self.get_ready.setSuffix(self.tr(" seconds"))
        self.get_ready.setAccessibleName(self.tr("Get-ready time"))
        self.text_size = QComboBox(self)
        self.text_size.setAccessibleName(self.tr("Text size"))
        size_names = {
            100: self.tr("Normal"),
            130: self.tr("Large"),
            200: self.tr("Very large (200%)"),
        }
        for percent, name in TEXT_SIZES.items():
            self.text_size.addItem(size_names.get(percent, name), percent)
        self.region = region_choice(self)
        self.region_number = QLabel(self)
        self.region_number.setWordWrap(True)
        self.region_number.setAccessibleName(self.tr("Emergency number"))
        self.theme = QComboBox(self)
        self.theme.setAccessibleName(self.tr("Light or dark"))
        theme_names = {
            "system": self.tr("Same as the desktop"),
            "light": self.tr("Light"),
            "dark": self.tr("Dark"),
        }
        for theme, name in THEMES.items():
            self.theme.addItem(theme_names.get(theme, name), theme)
        self.language = QComboBox(self)
        self.language.setAccessibleName(self.tr("Language (after a restart)"))
        for code, name in LANGUAGES.items():  # each language in its own words
            self.language.addItem(self.tr("Same as the system") if code == "system" else name, code)
        language_row = QHBoxLayout()
        language_row.addWidget(self.language, 1)
        language_row.addWidget(QLabel(self.tr("after a restart"), self))
        language_label = QLabel(self.tr("Lan&guage"), self)
        language_label.setBuddy(self.language)
        self.test_voice = QPushButton(self.tr("&Test voice"), self)
        self.test_voice.setAccessibleName(self.tr("Test voice"))
        self.test_voice.clicked.connect(self.test_voice_requested.emit)
        self.back_button = QPushButton(self.tr("&Home"), self)
        self.back_button.setAccessibleName(self.tr("Back to Home"))
        self.back_button.clicked.connect(self.back_requested.emit)
        # --- your data (delete all) ---
        self.erase_button = QPushButton(self.tr("&Delete my data…"), self)
        self.erase_button.setAccessibleName(self.tr("Delete all my data"))
        self.erase_button.clicked.connect(self.erase_requested.emit)
        self.speech_status = QLabel(self)
        self.speech_status.setWordWrap(True)
        self.speech_status.setAccessibleName(self.tr("Speech status"))
        bind_keys(self, ((Qt.Key.Key_Escape, self.back_requested.emit),))

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setVerticalSpacing(S1 // 2)  # every setting on one screen at 100% and 130%
        form.addRow(voice_on_row)
        voice_row = QHBoxLayout()  # "More voices" beside the list: one row, not two
        voice_row.addWidget(self.voice, 1)
        voice_row.addWidget(more_voices_row)
        voice_label = QLabel(self.tr("Voice"), self)
        voice_label.setBuddy(self.voice)
        form.addRow(voice_label, voice_row)
        form.addRow(self.tr("Speaking rate"), self.rate)
        form.addRow(self.tr("Volume"), self.volume)
        form.addRow(beeps_row)
        form.addRow(self.tr("Time to get ready"), self.get_ready)
        form.addRow(self.tr("Te&xt size"), self.text_size)
        region_row = QHBoxLayout()
        region_row.addWidget(self.region, 1)
        region_row.addWidget(self.region_number, 1)
        region_label = QLabel(self.tr("Where you &live"), self)
        region_label.setBuddy(self.region)
        form.addRow(region_label, region_row)
        form.addRow(self.tr("Light or dar&k"), self.theme)
        form.addRow(language_label, language_row)
        form.addRow(ReminderSettingsRow(self))  # wired by coach.ui.reminders.reminders_app
        for small in (self.test_voice, self.erase_button, self.back_button):
            small.setProperty("compact", True)  # every setting fits above them at 130%
        buttons = QHBoxLayout()
        buttons.addWidget(self.test_voice)
        buttons.addWidget(self.erase_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(PAGE_MARGIN, S2, PAGE_MARGIN, S2)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.speech_status)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.setFocusProxy(self.voice_on)

        for box in (self.voice_on, self.beeps):
            box.toggled.connect(self._emit)
        self.more_voices.toggled.connect(self._fill_voices)
        for combo in (self.voice, self.text_size, self.region, self.theme, self.language):
            combo.currentIndexChanged.connect(self._emit)
        self.rate.valueChanged.connect(self._emit)
        self.volume.valueChanged.connect(self._emit)
        self.get_ready.valueChanged.connect(self._emit)

    def show_settings(
        self,
        settings: AppSettings,
        voices: list[tuple[str, str]],
        status: str,
        *,
        emergency_number: str = "",
    ) -> None:
        """Show ``settings`` without emitting ``changed``; ``emergency_number`` is the
        one the chosen region's safety messages name."""
        widgets = (
            self.voice_on,
            self.voice,
            self.rate,
            self.volume,
            self.beeps,
            self.get_ready,
            self.text_size,
            self.region,
            self.theme,
            self.language,
        )
        blockers = [QSignalBlocker(w) for w in (*widgets, self.more_voices)]
        self._voices = voice_choices(voices)
        chosen = settings.speech.voice_id
        if any(voice_id == chosen for voice_id, _ in self._voices[1]):
            self.more_voices.setChecked(True)  # the saved voice is another language's
        self._fill_voices(chosen=chosen)
        self.voice_on.setChecked(settings.speech.voice_on)
        self.rate.setValue(settings.speech.rate)
        self.volume.setValue(round(settings.speech.volume * 100))
        self.beeps.setChecked(settings.speech.beeps)
        self.get_ready.setValue(settings.get_ready_s)
        self.text_size.setCurrentIndex(max(0, self.text_size.findData(settings.text_size)))
        self.region.setCurrentIndex(max(0, self.region.findData(settings.region.value)))
        self.theme.setCurrentIndex(max(0, self.theme.findData(settings.theme)))
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.speech_status.setText(status)
        self.speech_status.setVisible(bool(status))  # no empty line taking room
        self.region_number.setText(
            self.tr("Emergency number: {number}").format(number=emergency_number)
            if emergency_number
            else ""
        )
        del blockers

    def _fill_voices(self, *_: object, chosen: str | None = None) -> None:
        """The voice list: the app language's voices, then (with "More voices") the rest.
        Keeps the chosen voice; falls back to the default if it is no longer listed."""
        keep = str(self.voice.currentData() or "") if chosen is None else chosen
        first, rest = self._voices
        with QSignalBlocker(self.voice):
            self.voice.clear()
            self.voice.addItem(self.tr("Default voice"), "")
            for voice_id, name in first:
                self.voice.addItem(name, voice_id)
            if self.more_voices.isChecked() and rest:
                self.voice.insertSeparator(self.voice.count())
                for voice_id, name in rest:
                    self.voice.addItem(name, voice_id)
            self.voice.setCurrentIndex(max(0, self.voice.findData(keep)))
        if chosen is None and str(self.voice.currentData() or "") != keep:
            self._emit()

    def current(self) -> AppSettings:
        """The settings as the controls show them."""
        speech = SpeechSettings(
            voice_on=self.voice_on.isChecked(),
            voice_id=str(self.voice.currentData() or ""),
            rate=self.rate.value(),
            volume=self.volume.value() / 100,
            beeps=self.beeps.isChecked(),
        )
        return AppSettings(
            speech=speech,
            get_ready_s=self.get_ready.value(),
            text_size=int(self.text_size.currentData()),
            region=Region(self.region.currentData()),
            theme=str(self.theme.currentData()),
            language=str(self.language.currentData()),
        )

    def _emit(self, *_: object) -> None:
        self.changed.emit(self.current())
