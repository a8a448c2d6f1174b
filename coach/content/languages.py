"""``rehab-coach validate`` for translations: each language's texts against the English.

For every English data file checked, each language folder beside it
(``i18n/<lang>/``) must have the file, with every translatable text present, no
path the English lacks, the same placeholders and the same list lengths. A
language file with no English file beside it is reported too.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial
from pathlib import Path

from coach.content.errors import Problem
from coach.content.fields import FieldReader, contained, listed
from coach.content.overlay import I18N_DIR, given_texts, mismatch, source_texts


def languages_in(folder: Path) -> list[Path]:
    """The language folders (``i18n/<lang>``) beside ``folder``'s files, sorted."""
    try:
        return sorted(p for p in (folder / I18N_DIR).iterdir() if p.is_dir())
    except OSError:  # no i18n folder, or it can't be listed
        return []


def check_languages(files: Iterable[Path]) -> list[Problem]:
    """Every problem in the translations of English data ``files``."""
    problems: list[Problem] = []
    files = list(files)
    for folder in dict.fromkeys(f.parent for f in files):
        for language in languages_in(folder):
            for path in listed(language):
                if not (folder / path.name).exists():
                    problems.append(Problem(str(path), "(file)", "has no English file beside it"))
    for english in files:
        for language in languages_in(english.parent):
            translated = language / english.name
            problems += contained(
                translated, partial(check_translation, english, translated), lambda p: [p]
            )
    return problems


def check_translation(english: Path, translated: Path) -> list[Problem]:
    """The problems of one language file against its English file."""
    source = FieldReader(english).load()
    if source is None:
        return []  # the English file's own check reports it
    if not (translated.exists() or translated.is_symlink()):
        return [Problem(str(translated), "(file)", "missing: the texts stay English")]
    reader = FieldReader(translated)
    data = reader.load()
    if data is None:
        return reader.problems
    wanted = source_texts(source)
    given, bad = given_texts(data)
    for path in bad:
        reader.problem(".".join(path), "must be text or a list of texts")
    for path in sorted(wanted.keys() - given.keys()):
        reader.problem(".".join(path), "missing: this text stays English")
    for path in sorted(given.keys() - wanted.keys()):
        reader.problem(".".join(path), "not in the English file (wrong id or path?)")
    for path in sorted(given.keys() & wanted.keys()):
        if why := mismatch(wanted[path], given[path]):
            reader.problem(".".join(path), why)
    return reader.problems
