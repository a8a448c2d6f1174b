"""The person's replies to the triage questions, validated against their structure."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from coach.domain.triage.questions import SKELETONS, AnswerValue, QuestionId


def _empty_answers() -> Mapping[str, AnswerValue]:
    return MappingProxyType({})


@dataclass(frozen=True, slots=True)
class TriageAnswers:
    """Replies so far, keyed by question id; validated against the question structure.

    Build with ``TriageAnswers({...})`` or step by step with :meth:`with_answer`.
    ValueError for an unknown question id or a value of the wrong kind.
    """

    values: Mapping[str, AnswerValue] = field(default_factory=_empty_answers)

    def __post_init__(self) -> None:
        checked: dict[str, AnswerValue] = {}
        for key, value in self.values.items():
            question = SKELETONS.get(key)
            if question is None:
                raise ValueError(f"unknown question id {key!r}")
            checked[question.id] = question.validate(value)
        object.__setattr__(self, "values", MappingProxyType(checked))

    def __contains__(self, question_id: object) -> bool:
        return question_id in self.values

    def with_answer(self, question_id: str, value: AnswerValue) -> TriageAnswers:
        """A copy with this answer set (replacing any earlier one)."""
        return TriageAnswers({**self.values, question_id: value})

    def without(self, *question_ids: str) -> TriageAnswers:
        """A copy with these answers removed (e.g. when going back)."""
        return TriageAnswers({k: v for k, v in self.values.items() if k not in question_ids})

    def number(self, question_id: QuestionId) -> int | None:
        """A NUMBER answer, or None if unanswered."""
        value = self.values.get(question_id)
        return value if isinstance(value, int) and not isinstance(value, bool) else None

    def choice(self, question_id: QuestionId) -> str | None:
        """A single CHOICE answer, or None if unanswered."""
        value = self.values.get(question_id)
        return value if isinstance(value, str) else None

    def selected(self, question_id: QuestionId) -> frozenset[str]:
        """Parts answered yes / options ticked (empty if unanswered)."""
        value = self.values.get(question_id)
        return value if isinstance(value, frozenset) else frozenset()

    def yes(self, question_id: QuestionId) -> bool:
        """A YES_NO answer (False if unanswered)."""
        return self.values.get(question_id) is True

    def to_json(self) -> dict[str, bool | int | str | list[str]]:
        """Plain JSON-ready values (sets become sorted lists)."""
        return {k: sorted(v) if isinstance(v, frozenset) else v for k, v in self.values.items()}

    @classmethod
    def from_json(cls, data: Mapping[str, object]) -> TriageAnswers:
        """Inverse of :meth:`to_json`; ValueError if something does not fit."""
        values: dict[str, AnswerValue] = {}
        for key, value in data.items():
            if isinstance(value, list):
                values[key] = frozenset(str(v) for v in value)
            elif isinstance(value, bool | int | str):
                values[key] = value
            else:
                raise ValueError(f"{key}: {value!r} is not a valid answer")
        return cls(values)
