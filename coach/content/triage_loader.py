"""``routines/triage.toml`` -> :class:`TriageConfig`, or every problem at once.

The question structure (ids, kinds, option ids) comes from
``coach.domain.triage``; the file supplies the words, thresholds, emergency
numbers and pain anchors. Each problem names the file, the field path and what
is wrong; TOML syntax errors give the line.
"""

from __future__ import annotations

import dataclasses
import difflib
from collections.abc import Collection, Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any

from coach.content.errors import ContentError, Problem
from coach.content.fields import FieldReader, shown
from coach.content.overlay import SOURCE_LANGUAGE
from coach.domain.regions import Region
from coach.domain.routes import RouteRule, RouteTable, placeholder_routes
from coach.domain.rules import (
    PAIN_MAX,
    RULE_PLACEHOLDERS,
    ReviewDays,
    RuleConfig,
    RuleMessage,
    SessionLimits,
)
from coach.domain.triage import (
    AGE_MAX,
    CHECK_QUESTIONS,
    CHECK_SOURCES,
    DEFAULT_REGION,
    QUESTIONS,
    TEXT_KEYS,
    TEXT_PLACEHOLDERS,
    Option,
    PainAnchor,
    Question,
    QuestionId,
    QuestionKind,
    Thresholds,
    TriageConfig,
)

TRIAGE_FILE = "triage.toml"

_TOP_KEYS = frozenset(
    {
        "schema_version",
        "thresholds",
        "pain_limits",
        "review_days",
        "emergency_numbers",
        "health_lines",
        "pain_anchors",
        "messages",
        "advice",
        "reasons",
        "rule_messages",
        "questions",
        "routes",
        "safety",
    }
)
_TEXT_TABLES = ("messages", "advice", "reasons", "safety")
_ANCHOR_KEYS = frozenset({"from", "to", "label", "description"})
_MAX_DAYS = 365


def load_triage(path: Path, *, language: str = SOURCE_LANGUAGE) -> TriageConfig:
    """The triage configuration in ``path``; ContentError listing every problem."""
    reader = FieldReader(path, language=language)
    data = reader.load()
    config = _parse(data, reader) if data is not None else None
    if reader.problems or config is None:
        raise ContentError(reader.problems)
    return config


def check_triage_file(path: Path, *, routine_ids: Collection[str] | None = None) -> list[Problem]:
    """Every problem in a triage file (empty if it loads); for ``rehab-coach validate``.

    With ``routine_ids``, also each ``[routes]`` entry naming no known routine.
    """
    try:
        config = load_triage(path)
    except ContentError as error:
        return list(error.problems)
    return [] if routine_ids is None else route_problems(config, routine_ids, str(path))


def _parse(data: Mapping[str, Any], reader: FieldReader) -> TriageConfig:
    _unknown(reader, data, "", _TOP_KEYS)
    thresholds = _thresholds(reader, reader.table(data, "", "thresholds"))
    limits = _limits(reader, reader.table(data, "", "pain_limits"))
    days = _days(reader, reader.table(data, "", "review_days"))
    texts = _texts(reader, data)
    rule_messages = _rule_messages(reader, reader.table(data, "", "rule_messages"))
    anchors = _anchors(reader, data)
    questions, checks = _questions(reader, reader.table(data, "", "questions"), anchors)
    return TriageConfig(
        questions=questions,
        check_questions=checks,
        thresholds=thresholds,
        rules=RuleConfig(
            limits=limits,
            days=days,
            messages=rule_messages,
            routes=_routes(reader, reader.table(data, "", "routes")),
        ),
        texts=texts,
        emergency_numbers=_numbers(reader, reader.table(data, "", "emergency_numbers")),
        health_lines=_health_lines(reader, reader.table(data, "", "health_lines")),
        pain_anchors=anchors,
    )


# --- numbers ------------------------------------------------------------------


def _thresholds(reader: FieldReader, table: Mapping[str, Any]) -> Thresholds:
    path = "thresholds"
    _unknown(reader, table, path, _field_names(Thresholds))
    if not table:
        return Thresholds()
    before = len(reader.problems)
    adult = reader.whole(table, path, "adult_age", low=1, high=AGE_MAX)
    risk = reader.whole(table, path, "risk_age", low=1, high=AGE_MAX)
    fall = reader.whole(table, path, "fall_risk_age", low=1, high=AGE_MAX)
    max_pain = reader.whole(table, path, "strengthening_max_pain", low=0, high=PAIN_MAX)
    if len(reader.problems) == before and not adult < risk <= fall:
        reader.problem(
            path, f"ages must rise: adult_age < risk_age <= fall_risk_age ({adult}, {risk}, {fall})"
        )
    return Thresholds(
        adult_age=adult, risk_age=risk, fall_risk_age=fall, strengthening_max_pain=max_pain
    )


def _limits(reader: FieldReader, table: Mapping[str, Any]) -> SessionLimits:
    path = "pain_limits"
    known = (_field_names(SessionLimits) - {"meaningful_fraction"}) | {"meaningful_percent"}
    _unknown(reader, table, path, known)
    if not table:
        return SessionLimits()
    before = len(reader.problems)

    def pain(key: str, low: int = 0) -> int:
        return reader.whole(table, path, key, low=low, high=PAIN_MAX)

    limits = SessionLimits(
        gentle_only_from=pain("gentle_only_from", 1),
        restrict_from=pain("restrict_from", 1),
        session_max=pain("session_max"),
        rise_stop=pain("rise_stop", 1),
        meaningful_points=pain("meaningful_points", 1),
        meaningful_fraction=reader.whole(table, path, "meaningful_percent", low=1, high=100) / 100,
        trend_rises=reader.whole(table, path, "trend_rises", low=1, high=52),
        nerve_settle_minutes=reader.whole(table, path, "nerve_settle_minutes", low=1, high=1440),
    )
    if len(reader.problems) == before and limits.restrict_from >= limits.gentle_only_from:
        reader.problem(
            f"{path}.restrict_from",
            f"is {limits.restrict_from}; must be below gentle_only_from "
            f"({limits.gentle_only_from})",
        )
    return limits


def _days(reader: FieldReader, table: Mapping[str, Any]) -> ReviewDays:
    path = "review_days"
    names = _field_names(ReviewDays)
    _unknown(reader, table, path, names)
    if not table:
        return ReviewDays()
    values = {name: reader.whole(table, path, name, low=1, high=_MAX_DAYS) for name in names}
    return ReviewDays(**values)


def _field_names(cls: type[Any]) -> frozenset[str]:
    return frozenset(f.name for f in dataclasses.fields(cls))


# --- texts --------------------------------------------------------------------


def _texts(reader: FieldReader, data: Mapping[str, Any]) -> Mapping[str, str]:
    """The messages/advice/reasons tables, flattened to dotted keys."""
    found: dict[str, object] = {}
    for name in _TEXT_TABLES:
        _flatten(reader.table(data, "", name), name, found)
    texts: dict[str, str] = {}
    for key in sorted(TEXT_KEYS):
        value = found.get(key)
        if value is None:
            if key.split(".")[0] in data:
                reader.problem(key, "missing text")
            continue
        text = _text(reader, key, value, TEXT_PLACEHOLDERS)
        if text:
            texts[key] = text
    for key in found:
        if key not in TEXT_KEYS:
            reader.problem(key, _unknown_message(key, TEXT_KEYS))
    return MappingProxyType(texts)


def _flatten(table: Mapping[str, Any], path: str, out: dict[str, object]) -> None:
    for key, value in table.items():
        if isinstance(value, dict):
            _flatten(value, f"{path}.{key}", out)
        else:
            out[f"{path}.{key}"] = value


def _rule_messages(reader: FieldReader, table: Mapping[str, Any]) -> Mapping[str, str]:
    path = "rule_messages"
    _unknown(reader, table, path, frozenset(RuleMessage))
    if not table:
        return MappingProxyType({})
    messages: dict[str, str] = {}
    for key in RuleMessage:
        field = f"{path}.{key}"
        if key not in table:
            reader.problem(field, "missing text")
            continue
        text = _text(reader, field, table[key], RULE_PLACEHOLDERS)
        if text:
            messages[key] = text
    return MappingProxyType(messages)


def _text(reader: FieldReader, field: str, value: object, allowed: Collection[str]) -> str:
    """Non-empty text whose ``{placeholders}`` are all in ``allowed`` ("" if not)."""
    if not isinstance(value, str) or not value.strip():
        reader.problem(field, f"must be non-empty text, not {shown(value)}")
        return ""
    return value.strip() if reader.template(field, value, allowed) else ""


def _numbers(reader: FieldReader, table: Mapping[str, Any]) -> Mapping[str, str]:
    path = "emergency_numbers"
    numbers = {key: reader.text(table, path, key) for key in table}
    if table and DEFAULT_REGION not in table:
        reader.problem(f"{path}.{DEFAULT_REGION}", "missing text (used for any other region)")
    for region in Region:
        if table and region is not Region.OTHER and region.value not in table:
            reader.problem(f"{path}.{region.value}", "missing number for this region")
    return MappingProxyType(numbers)


def _health_lines(reader: FieldReader, table: Mapping[str, Any]) -> Mapping[str, str]:
    """``[health_lines]``: regions with a known non-emergency line, and ``default``."""
    path = "health_lines"
    lines = {key: reader.text(table, path, key) for key in table}
    if table and DEFAULT_REGION not in table:
        reader.problem(f"{path}.{DEFAULT_REGION}", "missing text (used for any other region)")
    return MappingProxyType(lines)


def _routes(reader: FieldReader, table: Mapping[str, Any]) -> RouteTable:
    """``[routes]``: the id of the routine each routing rule leads to, for every rule."""
    path = "routes"
    _unknown(reader, table, path, frozenset(RouteRule))
    if not table:  # reader.table reported it
        return placeholder_routes()
    return MappingProxyType({rule: reader.text(table, path, rule) for rule in RouteRule})


def route_problems(config: TriageConfig, routine_ids: Collection[str], file: str) -> list[Problem]:
    """A problem for each ``[routes]`` entry naming a routine that is not in ``routine_ids``."""
    return [
        Problem(file, f"routes.{rule}", f"no routine has the id {routine_id!r}")
        for rule, routine_id in config.rules.routes.items()
        if routine_id not in routine_ids
    ]


def _anchors(reader: FieldReader, data: Mapping[str, Any]) -> tuple[PainAnchor, ...]:
    path = "pain_anchors"
    anchors: list[PainAnchor] = []
    for index, table in enumerate(reader.tables(data, "", path)):
        item = f"{path}[{index}]"
        _unknown(reader, table, item, _ANCHOR_KEYS)
        anchors.append(
            PainAnchor(
                low=reader.whole(table, item, "from", low=0, high=PAIN_MAX),
                high=reader.whole(table, item, "to", low=0, high=PAIN_MAX),
                label=reader.text(table, item, "label"),
                description=reader.text(table, item, "description"),
            )
        )
    expected = 0
    for index, anchor in enumerate(anchors):
        if anchor.low != expected or anchor.high < anchor.low:
            reader.problem(
                f"{path}[{index}]",
                f"covers {anchor.low}-{anchor.high}; the next band must start at {expected}"
                " (bands go up from 0 to 10 with no gaps or overlaps)",
            )
            break
        expected = anchor.high + 1
    else:
        if anchors and expected != PAIN_MAX + 1:
            reader.problem(path, f"stop at {expected - 1}; the last band must end at {PAIN_MAX}")
    return tuple(anchors)


# --- questions ----------------------------------------------------------------


def _questions(
    reader: FieldReader, table: Mapping[str, Any], anchors: tuple[PainAnchor, ...]
) -> tuple[tuple[Question, ...], tuple[Question, ...]]:
    path = "questions"
    skeletons = (*QUESTIONS, *CHECK_QUESTIONS)
    _unknown(reader, table, path, frozenset(q.id for q in skeletons))
    if not table:
        return QUESTIONS, CHECK_QUESTIONS
    worded = {q.id: _question(reader, table, q) for q in skeletons}
    for check, source in CHECK_SOURCES.items():
        worded[check] = dataclasses.replace(worded[check], options=worded[source].options)
    worded[QuestionId.PAIN] = dataclasses.replace(worded[QuestionId.PAIN], anchors=anchors)
    return (
        tuple(worded[q.id] for q in QUESTIONS),
        tuple(worded[q.id] for q in CHECK_QUESTIONS),
    )


def _question(reader: FieldReader, questions: Mapping[str, Any], skeleton: Question) -> Question:
    path = f"questions.{skeleton.id}"
    table = reader.table(questions, "questions", skeleton.id)
    own_options = bool(skeleton.options) and skeleton.id not in CHECK_SOURCES
    known = {"kind", "text", "help"} | ({"options"} if own_options else set())
    _unknown(reader, table, path, known)
    if not table:
        return skeleton
    kind = reader.choice(table, path, "kind", {k.value: k for k in QuestionKind})
    if kind is not None and kind is not skeleton.kind:
        reader.problem(
            f"{path}.kind", f"is {kind.value!r}; this question is {skeleton.kind.value!r}"
        )
    options = skeleton.options
    if own_options:
        labels = reader.table(table, path, "options")
        _unknown(reader, labels, f"{path}.options", frozenset(skeleton.option_ids))
        if labels:
            options = tuple(_option(reader, labels, f"{path}.options", o) for o in options)
    return dataclasses.replace(
        skeleton,
        text=reader.text(table, path, "text"),
        help=reader.text(table, path, "help", default=""),
        options=options,
    )


def _option(reader: FieldReader, labels: Mapping[str, Any], path: str, option: Option) -> Option:
    return dataclasses.replace(option, label=reader.text(labels, path, option.id))


# --- helpers ------------------------------------------------------------------


def _unknown(
    reader: FieldReader, table: Mapping[str, Any], path: str, known: Collection[str]
) -> None:
    for key in table:
        if key not in known:
            field = f"{path}.{key}" if path else key
            reader.problem(field, _unknown_message(key, known))


def _unknown_message(key: str, known: Collection[str]) -> str:
    close = difflib.get_close_matches(key, [str(k) for k in known], n=1)
    return f"unknown field; did you mean {close[0]!r}?" if close else "unknown field"
