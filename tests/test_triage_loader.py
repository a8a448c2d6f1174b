"""The shipped triage.toml loads with the right words; broken copies name file and field."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from coach.content.errors import ContentError, Problem
from coach.content.loader import load_library
from coach.content.triage_loader import check_triage_file, load_triage
from coach.domain.regions import Region
from coach.domain.routes import RouteRule
from coach.domain.rules import ReviewDays, RuleMessage, SessionLimits
from coach.domain.triage import (
    CHECK_QUESTIONS,
    QUESTIONS,
    TEXT_KEYS,
    AnswerValue,
    Outcome,
    OutcomeLevel,
    QuestionId,
    QuestionKind,
    Thresholds,
    TriageAnswers,
    TriageConfig,
    assess,
    pre_session_check,
)

SHIPPED = Path(__file__).resolve().parents[1] / "routines" / "triage.toml"
TEXT = SHIPPED.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def config() -> TriageConfig:
    return load_triage(SHIPPED)


# --- the shipped file -------------------------------------------------------------------


def test_shipped_file_has_no_problems() -> None:
    assert check_triage_file(SHIPPED) == []


def test_shipped_numbers_equal_clinical_defaults(config: TriageConfig) -> None:
    assert config.thresholds == Thresholds()
    assert config.rules.limits == SessionLimits()
    assert config.rules.days == ReviewDays()


def test_every_question_has_words(config: TriageConfig) -> None:
    assert [q.id for q in config.questions] == [q.id for q in QUESTIONS]
    assert [q.id for q in config.check_questions] == [q.id for q in CHECK_QUESTIONS]
    for question in (*config.questions, *config.check_questions):
        assert question.text, question.id
        assert all(o.label for o in question.options), question.id
        if question.kind in (QuestionKind.CHOICE, QuestionKind.MULTI_YES_NO):
            assert question.options, question.id


def test_check_questions_reuse_triage_labels(config: TriageConfig) -> None:
    assert (
        config.question(QuestionId.CHECK_CAUDA).options == config.question(QuestionId.CAUDA).options
    )
    assert config.question(QuestionId.CHECK_CAUDA).text != config.question(QuestionId.CAUDA).text


def test_pain_question_has_anchors_covering_0_to_10(config: TriageConfig) -> None:
    anchors = config.question(QuestionId.PAIN).anchors
    assert [a.label for a in anchors] == ["No pain", "Mild", "Moderate", "Severe"]
    assert all(config.anchor_for(p) is not None for p in range(11))


def _phrases(text: str, size: int = 3) -> set[tuple[str, ...]]:
    words = re.findall(r"[a-z']+", text.lower())
    return {tuple(words[i : i + size]) for i in range(len(words) - size + 1)}


def test_severe_pain_words_are_not_the_red_flag_words(config: TriageConfig) -> None:
    """Pain 8-10 must be answerable without ticking R7's "severe and constant"."""
    severe = config.anchor_for(9)
    assert severe is not None and severe.label == "Severe"
    red_flag = dict((o.id, o.label) for o in config.question(QuestionId.PAIN_PATTERN).options)[
        "severe_constant"
    ]
    assert not _phrases(severe.description) & _phrases(red_flag)
    assert "hard to think or talk" not in severe.description


# Each row: question, option, words its label must hold, words it must not hold.
WORDING = [
    # Both legs: nerve symptoms, not two-sided workout ache.
    (QuestionId.LEGS, "both_legs", ("tingling", "numbness", "weakness", "both legs"), ("pain,",)),
    (QuestionId.CHECK_LEGS, "both_legs", ("tingling", "numbness", "weakness"), ("pain,",)),
    # Red flags: worse despite rest, and night pain that no position eases.
    (QuestionId.PAIN_PATTERN, "worsening", ("keeps getting worse", "rest"), ("steadily",)),
    (QuestionId.PAIN_PATTERN, "night", ("night", "no position"), ("wakes you",)),
    (QuestionId.PAIN_PATTERN, "severe_constant", ("all the time", "no let-up"), ()),
]


@pytest.mark.parametrize(("qid", "option", "has", "has_not"), WORDING)
def test_red_flag_wording_a_layperson_answers_honestly(
    config: TriageConfig,
    qid: QuestionId,
    option: str,
    has: tuple[str, ...],
    has_not: tuple[str, ...],
) -> None:
    label = dict((o.id, o.label) for o in config.question(qid).options)[option]
    assert all(word.lower() in label.lower() for word in has), label
    assert not any(word.lower() in label.lower() for word in has_not), label


def test_red_flag_reasons_repeat_the_new_wording(config: TriageConfig) -> None:
    assert "tingling, numbness or weakness in both legs" in config.text("reasons.r3.both_legs")
    assert "even when you rest" in config.text("reasons.r7.worsening")
    assert "no position" in config.text("reasons.r7.night")
    assert "both legs" in config.rules.messages[RuleMessage.ASK_RED_FLAGS]
    assert "tingling" in config.rules.messages[RuleMessage.ASK_RED_FLAGS]


def test_every_text_and_rule_message_is_present(config: TriageConfig) -> None:
    assert set(config.texts) == TEXT_KEYS
    assert set(config.rules.messages) == set(RuleMessage)


def test_no_text_claims_a_diagnosis(config: TriageConfig) -> None:
    words = " ".join([*config.texts.values(), *config.rules.messages.values()]).lower()
    for claim in ("you have sciatica", "you have cauda", "diagnosed", "you have a tear"):
        assert claim not in words
    assert "not a diagnosis" in config.texts["messages.route"]


@pytest.mark.parametrize(
    ("region", "number"),
    [
        ("UK", "call 999"),
        ("uk", "call 999"),
        ("EU", "call 112"),
        ("US", "call 911"),
        ("default", "call your local emergency number"),
        ("Narnia", "call your local emergency number"),
    ],
)
def test_emergency_number_is_localised(config: TriageConfig, region: str, number: str) -> None:
    answers = TriageAnswers({QuestionId.AGE: 30, QuestionId.CAUDA: frozenset({"leaking"})})
    outcome = assess(answers, config.with_region(region))
    assert outcome.level is OutcomeLevel.EMERGENCY
    assert number in outcome.message
    assert outcome.message.startswith("Stop. These symptoms can be a sign of")


def test_reasons_are_plain_sentences(config: TriageConfig) -> None:
    answers = TriageAnswers(
        {
            QuestionId.AGE: 70,
            QuestionId.CAUDA: frozenset(),
            QuestionId.LEGS: frozenset(),
            QuestionId.INJURY: frozenset({"fall"}),
            QuestionId.UNWELL: frozenset(),
            QuestionId.CANCER: False,
            QuestionId.PAIN_PATTERN: frozenset(),
        }
    )
    outcome = assess(answers, config)
    assert outcome.reasons == ("Your pain started with a fall, and you are 70.",)
    assert outcome.message.startswith("Please get medical advice today")


# --- broken copies --------------------------------------------------------------------


def _broken(tmp_path: Path, *edits: tuple[str, str]) -> list[Problem]:
    text = TEXT
    for pattern, replacement in edits:
        text, count = re.subn(pattern, replacement, text, count=1, flags=re.MULTILINE)
        assert count == 1, pattern
    path = tmp_path / "triage.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_triage(path)
    problems = list(caught.value.problems)
    assert problems == check_triage_file(path)
    assert all(p.file == str(path) for p in problems)
    return problems


def _fields(problems: list[Problem]) -> list[str]:
    return [p.field for p in problems]


def test_syntax_error_gives_the_line(tmp_path: Path) -> None:
    line = TEXT.splitlines().index("[thresholds]") + 2
    problems = _broken(tmp_path, (r"^adult_age = 16", "adult_age = = 16"))
    assert len(problems) == 1
    assert f"line {line}" in problems[0].message
    assert str(problems[0]).startswith(f"{tmp_path / 'triage.toml'}: ")


def test_missing_message(tmp_path: Path) -> None:
    problems = _broken(tmp_path, (r"^emergency = .*\n", ""))
    assert _fields(problems) == ["messages.emergency"]
    assert "missing" in problems[0].message


def test_unknown_schema_version(tmp_path: Path) -> None:
    problems = _broken(tmp_path, (r"^schema_version = 1", "schema_version = 2"))
    assert _fields(problems) == ["schema_version"]
    assert "2" in problems[0].message


def test_wrong_type(tmp_path: Path) -> None:
    problems = _broken(tmp_path, (r"^adult_age = 16", 'adult_age = "16"'))
    assert "thresholds.adult_age" in _fields(problems)
    assert "whole number" in problems[0].message


def test_every_problem_is_reported_at_once(tmp_path: Path) -> None:
    problems = _broken(
        tmp_path,
        (r"^emergency = .*\n", ""),
        (r"^adult_age = 16", "adult_age = 16.5"),
        (r"^session_max = 5", "session_max = 11"),
        (r"^leaking = \"Leaking.*\n", ""),
        (r'^kind = "yes_no"', 'kind = "choice"'),
    )
    assert set(_fields(problems)) >= {
        "messages.emergency",
        "thresholds.adult_age",
        "pain_limits.session_max",
        "questions.r2_cauda.options.leaking",
        "questions.r6_cancer.kind",
    }


@pytest.mark.parametrize(
    ("edit", "field", "words"),
    [
        ((r"^gate_open = ", "gate_opn = "), "rule_messages.gate_opn", "did you mean 'gate_open'"),
        ((r"^default = .*\n", ""), "emergency_numbers.default", "missing"),
        (
            (r"Call \{emergency_number\}", "Call {emergancy_number}"),
            "messages.call_now",
            "unknown placeholder {emergancy_number}",
        ),
        ((r"\{pain\} out of 10\.", "{pain out of 10."), "rule_messages.gate_open", "brace"),
        ((r"^from = 4", "from = 5"), "pain_anchors[2]", "no gaps"),
        ((r"^to = 10", "to = 9"), "pain_anchors", "end at 10"),
        ((r"^restrict_from = 6", "restrict_from = 8"), "pain_limits.restrict_from", "below"),
        ((r"^risk_age = 50", "risk_age = 70"), "thresholds", "ages must rise"),
        (
            (r"^\[questions\.r7_pain\]", "[questions.r7_pains]"),
            "questions.r7_pains",
            "did you mean 'r7_pain'",
        ),
        ((r"^\[questions\.check_r5\][\s\S]*", ""), "questions.check_r5", "missing table"),
        ((r"^none = .*\n", 'none = ""\n'), "questions.q9_where.options.none", "non-empty"),
        (
            (r"^worsening = \"It keeps", 'worse = "It keeps'),
            "questions.r7_pain.options.worse",
            None,
        ),
        ((r"^\[reasons\.r6\]", "[reasons.r9]"), "reasons.r9.yes", "unknown field"),
        ((r'^US = "911"\n', ""), "emergency_numbers.US", "missing number"),
        ((r"^knots = .*\n", ""), "routes.knots", "missing"),
        ((r"^knots = ", "knot = "), "routes.knot", "did you mean 'knots'"),
        ((r"^line = .*\n", ""), "safety.line", "missing"),
    ],
)
def test_broken_field_is_named(
    tmp_path: Path, edit: tuple[str, str], field: str, words: str | None
) -> None:
    problems = _broken(tmp_path, edit)
    assert field in _fields(problems), problems
    if words is not None:
        assert any(words in p.message for p in problems if p.field == field), problems


def test_extra_region_is_allowed(tmp_path: Path) -> None:
    path = tmp_path / "triage.toml"
    path.write_text(TEXT.replace('US = "911"', 'US = "911"\nJP = "119"'), encoding="utf-8")
    assert load_triage(path).with_region("JP").emergency_number == "119"


def test_missing_file(tmp_path: Path) -> None:
    problems = check_triage_file(tmp_path / "nope.toml")
    assert len(problems) == 1
    assert problems[0].file.endswith("nope.toml")


# --- emergency numbers by region --------------------------------------------------------

NUMBERS = {
    Region.UK: "999",
    Region.IE: "112 or 999",
    Region.EU: "112",
    Region.US: "911",
    Region.CA: "911",
    Region.AU: "000",
    Region.NZ: "111",
    Region.OTHER: "your local emergency number",
}
EMERGENCIES: dict[str, dict[str, AnswerValue]] = {
    "chest pain": {QuestionId.AGE: 30, QuestionId.UNWELL: frozenset({"chest_pain"})},
    "cauda equina": {QuestionId.AGE: 30, QuestionId.CAUDA: frozenset({"leaking"})},
    "both legs": {QuestionId.AGE: 30, QuestionId.LEGS: frozenset({"both_legs"})},
    "check: chest pain": {QuestionId.CHECK_UNWELL: frozenset({"chest_pain"})},
    "check: dark urine": {QuestionId.CHECK_UNWELL: frozenset({"dark_urine"})},
    "check: saddle": {QuestionId.CHECK_CAUDA: frozenset({"saddle_numbness"})},
}


def _emergency(answers: dict[str, AnswerValue], config: TriageConfig) -> tuple[str, str]:
    """(message, number shown) for answers that hit an emergency red flag."""
    outcome: Outcome | None
    if QuestionId.AGE in answers:
        outcome = assess(TriageAnswers(answers), config)
    else:
        empty: dict[str, AnswerValue] = {q.id: frozenset() for q in config.check_questions}
        outcome = pre_session_check(TriageAnswers({**empty, **answers}), config)
    assert outcome is not None
    assert outcome.level in (OutcomeLevel.EMERGENCY, OutcomeLevel.CALL_EMERGENCY_NOW)
    return outcome.message, outcome.emergency_number


@pytest.mark.parametrize("region", list(Region))
@pytest.mark.parametrize("case", list(EMERGENCIES))
def test_every_emergency_message_names_the_regions_number(
    config: TriageConfig, region: Region, case: str
) -> None:
    regional = config.with_region(region)
    message, number = _emergency(EMERGENCIES[case], regional)
    assert number == NUMBERS[region]
    assert f"call {NUMBERS[region]}" in message.lower()
    assert f"call {NUMBERS[region]}" in regional.safety_line
    assert f"call {NUMBERS[region]}" in regional.session_safety


# --- routes are data --------------------------------------------------------------------

ROUTINES = load_library([SHIPPED.parent]).routines
CLEAR = TriageAnswers(
    {
        QuestionId.AGE: 30,
        QuestionId.CAUDA: frozenset(),
        QuestionId.LEGS: frozenset(),
        QuestionId.INJURY: frozenset(),
        QuestionId.UNWELL: frozenset(),
        QuestionId.CANCER: False,
        QuestionId.PAIN_PATTERN: frozenset(),
        QuestionId.ONSET: "gradual_recurring",
        QuestionId.SINCE: 14,
        QuestionId.WHERE: frozenset({"none"}),
        QuestionId.SIDE: "left",
        QuestionId.PAIN: 3,
    }
)
"""No red flags."""


def test_every_route_names_a_shipped_routine(config: TriageConfig) -> None:
    assert set(config.rules.routes) == set(RouteRule)
    assert check_triage_file(SHIPPED, routine_ids=ROUTINES.keys()) == []


MY_KNOTS = """schema_version = 1
id = "my_knots"
name = "My knots routine"
summary = "A ball against the wall."

[[levels]]
id = "only"
name = "Only"

[[levels.blocks]]
exercise = "ball_release"
mode = "timed"
seconds = 30
reps = 1
per_side = true
"""


def test_a_routine_added_as_a_file_can_be_reached(tmp_path: Path) -> None:
    triage = tmp_path / "triage.toml"
    triage.write_text(TEXT.replace('knots = "trigger_point_release"', 'knots = "my_knots"'))
    missing = check_triage_file(triage, routine_ids=ROUTINES.keys())
    assert [(p.field, p.message) for p in missing] == [
        ("routes.knots", "no routine has the id 'my_knots'")
    ]
    (tmp_path / "my_knots.toml").write_text(MY_KNOTS, encoding="utf-8")
    library = load_library([SHIPPED.parent, tmp_path])
    assert check_triage_file(triage, routine_ids=library.routines.keys()) == []
    knots = CLEAR.with_answer(QuestionId.WHERE, frozenset({"knots"}))
    assert assess(knots, load_triage(triage)).route == "my_knots"


@pytest.mark.parametrize(
    ("region", "line"),
    [(Region.UK, "NHS 111")]
    + [(r, "a non-emergency health line") for r in Region if r is not Region.UK],
)
def test_urgent_advice_names_the_regions_health_line(
    config: TriageConfig, region: Region, line: str
) -> None:
    fever = CLEAR.with_answer(QuestionId.UNWELL, frozenset({"fever"}))
    outcome = assess(fever, config.with_region(region))
    assert outcome.level is OutcomeLevel.URGENT
    assert f"call your doctor or {line}." in outcome.message
