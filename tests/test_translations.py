"""Per-language content files: laid over the English string by string, and validated."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from test_cli import run

from coach.content.languages import check_languages
from coach.content.loader import load_library
from coach.content.thermal_loader import load_thermal
from coach.content.triage_loader import load_triage
from coach.content.validate import validate
from coach.paths import routines_dir

ROUTINE = """schema_version = 1
id = "r"
name = "Easy"
summary = "Walk {x} a bit."
advice = ["One.", "Two."]

[[levels]]
id = "start"
name = "Start"

[[levels.blocks]]
exercise = "walk"
mode = "timed"
seconds = 30
reps = 1
cue = "Walk now."
"""
EXERCISES = """schema_version = 1

[exercises.walk]
name = "Walking"
kind = "mobility"
position = "standing"
equipment = ["shoes"]
target = "legs"
start_pose = "a"
end_pose = "b"
cue = "Go for a walk."
instructions = ["Walk."]
"""
CUES = """schema_version = 1

[cues]
hold = "Hold"
go = "Go"
halfway = "Halfway"
ten_left = "10 seconds left"
switch = "Switch sides"
rest = "Rest"
next_up = "Next up: {name}"
complete = "Done."
stopped = "Stopped."
left = "Left side"
right = "Right side"
sore_side = "Your sore side"
other_side = "Your other side"
rep = "{n}"
countdown = ["3", "2", "1"]
self_paced = "Do {reps}."
"""
GERMAN = """schema_version = 1
name = "Leicht"
summary = "Gehen Sie {x} ein wenig."
advice = ["Eins.", "Zwei."]

[levels.start]
name = "Anfang"

[levels.start.blocks.0]
cue = "Jetzt gehen."
"""


def _folder(tmp_path: Path, german: str | None = GERMAN) -> Path:
    folder = tmp_path / "routines"
    (folder / "i18n" / "de").mkdir(parents=True)
    (folder / "r.toml").write_text(ROUTINE)
    (folder / "exercises.toml").write_text(EXERCISES)
    if german is not None:
        (folder / "i18n" / "de" / "r.toml").write_text(german)
    return folder


def _routine_texts(folder: Path, language: str) -> tuple[str, str, tuple[str, ...], str, str]:
    library = load_library([folder], language=language)
    routine = library.routines["r"]
    level = routine.levels[0]
    return routine.name, routine.summary, routine.advice, level.name, level.blocks[0].exercise.cue


def test_german_texts_replace_the_english_and_english_stays_english(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    assert _routine_texts(folder, "de") == (
        "Leicht",
        "Gehen Sie {x} ein wenig.",
        ("Eins.", "Zwei."),
        "Anfang",
        "Jetzt gehen.",
    )
    assert _routine_texts(folder, "en")[0] == "Easy"
    assert _routine_texts(folder, "fr")[0] == "Easy"  # no French folder: English


@pytest.mark.parametrize(
    ("german", "field", "message", "kept"),
    [
        # (language file, the field named, the words of the problem, the name then shown)
        ('schema_version = 1\nsummary = "Gehen."\n', "summary", "placeholders differ", "Easy"),
        ('schema_version = 1\nadvice = ["Eins."]\n', "advice", "has 1 entries", "Easy"),
        ('schema_version = 1\nname = ["Leicht"]\n', "name", "must be text", "Easy"),
        ("schema_version = 1\nname = 3\n", "name", "must be text or a list", "Easy"),
        ('schema_version = 1\nname = "Leicht {"\n', "name", "stray brace", "Easy"),
        ('schema_version = 1\nname = "  "\n', "name", "non-empty", "Easy"),
        ('schema_version = 1\nname = "Leicht"\nsummary = "{y}"\n', "summary", "differ", "Leicht"),
        ("name = [broken\n", "(syntax)", "not valid TOML", "Easy"),
        ('schema_version = 9\nname = "Leicht"\n', "schema_version", "reads 1", "Easy"),
    ],
)
def test_a_bad_translation_is_reported_and_that_text_stays_english(
    tmp_path: Path, german: str, field: str, message: str, kept: str
) -> None:
    folder = _folder(tmp_path, german)
    library = load_library([folder], language="de")
    assert library.routines["r"].name == kept
    found = [p for p in library.problems if p.field == field]
    assert found and message in found[0].message
    assert found[0].file.endswith(str(Path("i18n", "de", "r.toml")))


@pytest.mark.parametrize(
    ("german", "expected"),
    [
        # (language file, the (field, start of message) pairs validate reports)
        (GERMAN, []),
        (GERMAN.replace('name = "Leicht"\n', ""), [("name", "missing")]),
        (GERMAN + 'extra = "Mehr"\n', [("levels.start.blocks.0.extra", "not in the English")]),
        (
            GERMAN.replace("levels.start.blocks.0", "levels.start.blocks.1"),
            [
                ("levels.start.blocks.0.cue", "missing"),
                ("levels.start.blocks.1.cue", "not in the English"),
            ],
        ),
        (
            GERMAN.replace("levels.start]", "levels.begin]"),
            [
                ("levels.start.name", "missing"),
                ("levels.begin.name", "not in the English"),
            ],
        ),
        (GERMAN.replace('"Zwei."]', '"Zwei.", "Drei."]'), [("advice", "has 3 entries")]),
        (GERMAN.replace("{x}", "{y}"), [("summary", "placeholders differ")]),
        (None, [("(file)", "missing")]),
    ],
)
def test_validate_checks_each_language_against_the_english(
    tmp_path: Path, german: str | None, expected: list[tuple[str, str]]
) -> None:
    folder = _folder(tmp_path, german)
    problems = check_languages([folder / "r.toml"])
    assert [p.field for p in problems] == [field for field, _ in expected]
    for problem, (_, words) in zip(problems, expected, strict=True):
        assert problem.message.startswith(words)
        assert Path(problem.file) == folder / "i18n" / "de" / "r.toml"


def test_a_language_file_without_an_english_file_is_an_orphan(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    (folder / "i18n" / "de" / "gone.toml").write_text('schema_version = 1\nname = "Weg"\n')
    (folder / "i18n" / "de" / "exercises.toml").write_text(
        'schema_version = 1\n[exercises.walk]\nname = "Gehen"\nequipment = ["Schuhe"]\n'
        'target = "Beine"\ncue = "Gehen Sie."\ninstructions = ["Gehen."]\n'
    )
    report = validate([folder], shipped=folder, special={})
    assert [(Path(p.file).name, p.message) for p in report.problems] == [
        ("gone.toml", "has no English file beside it")
    ]


def test_a_language_folder_that_is_a_file_or_a_fifo_never_stops_loading(tmp_path: Path) -> None:
    folder = _folder(tmp_path, None)
    (folder / "i18n" / "de").rmdir()
    (folder / "i18n" / "de").write_text("not a folder")
    assert _routine_texts(folder, "de")[0] == "Easy"
    assert check_languages([folder / "r.toml"]) == []


def test_cues_keep_their_placeholders_and_numbers_are_not_text(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    (folder / "cues.toml").write_text(CUES)
    (folder / "i18n" / "de" / "cues.toml").write_text(
        'schema_version = 1\n[cues]\nnext_up = "Als Nächstes: {name}"\ngo = "Los"\n'
    )
    cues = load_library([folder], language="de").cues
    assert (cues.next_up, cues.go, cues.hold, cues.countdown) == (
        "Als Nächstes: {name}",
        "Los",
        "Hold",
        ("3", "2", "1"),
    )
    missing = {p.field for p in check_languages([folder / "cues.toml"])}
    assert "cues.rep" not in missing and "cues.countdown" not in missing
    assert "cues.hold" in missing


def test_the_shipped_german_content_is_complete_and_loads() -> None:
    shipped = routines_dir()
    files = sorted(shipped.glob("*.toml"))
    assert check_languages(files) == []
    assert sorted(p.name for p in (shipped / "i18n" / "de").glob("*.toml")) == [
        f.name for f in files
    ]
    english = load_library([shipped])
    german = load_library([shipped], language="de")
    assert german.problems == ()
    assert german.routines.keys() == english.routines.keys()
    for routine_id, routine in german.routines.items():
        assert routine.name != english.routines[routine_id].name
    assert load_triage(shipped / "triage.toml", language="de").questions[0].text == (
        "Wie alt sind Sie?"
    )
    assert load_thermal(shipped / "thermal.toml", language="de").heat.name == "Wärme"


def test_rehab_coach_validate_names_the_languages_and_their_problems(tmp_path: Path) -> None:
    clean = run("--data-dir", str(tmp_path / "data"), "validate")
    assert clean.returncode == 0, clean.stderr
    assert "translations checked: de, no problems." in clean.stdout
    folder = tmp_path / "routines"
    shutil.copytree(routines_dir(), folder)
    german = folder / "i18n" / "de" / "cues.toml"
    german.write_text(german.read_text(encoding="utf-8").replace("{name}", "{nom}"))
    broken = run("--data-dir", str(tmp_path / "data"), "validate", str(folder))
    assert broken.returncode == 1
    assert f"{german}: cues.next_up: placeholders differ from the English" in broken.stderr


@pytest.mark.parametrize(
    ("make", "words"),
    [
        # (how the German file is broken, the start of the problem reported)
        (lambda path: os.mkfifo(path), "is not a regular file"),
        (lambda path: path.mkdir(), "is not a regular file"),
        (lambda path: path.write_bytes(b"schema_version = 1\nname = '\xff'\n"), "is not UTF-8"),
        (lambda path: path.write_text("x = " + "[" * 50 + "]" * 50), "nested more than"),
        (lambda path: path.symlink_to(path.parent / "gone.toml"), "can't be read"),
    ],
)
def test_an_unusable_language_file_never_stops_the_english(
    tmp_path: Path, make: Callable[[Path], object], words: str
) -> None:
    folder = _folder(tmp_path, None)
    german = folder / "i18n" / "de" / "r.toml"
    make(german)
    library = load_library([folder], language="de")
    assert library.routines["r"].name == "Easy"
    assert [(Path(p.file), p.message[: len(words)]) for p in library.problems] == [(german, words)]
    assert [p.message[: len(words)] for p in check_languages([folder / "r.toml"])] == [words]
