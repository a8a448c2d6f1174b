"""Every pain and safety rule is reachable: each public rule in ``coach.domain.rules``
is called from the app's code outside its own module (issue 10: no rule written and
never called). Reads the source; imports no Qt."""

from __future__ import annotations

import ast
import inspect
from pathlib import Path

import pytest

from coach.domain import rules

COACH = Path(rules.__file__).resolve().parents[1]
PUBLIC_RULES = sorted(
    name
    for name, value in vars(rules).items()
    if inspect.isfunction(value) and value.__module__ == rules.__name__ and not name.startswith("_")
)


def _called_names() -> set[str]:
    called: set[str] = set()
    for path in COACH.rglob("*.py"):
        if path == Path(rules.__file__).resolve():
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                func = node.func
                called.add(func.id if isinstance(func, ast.Name) else getattr(func, "attr", ""))
    return called


CALLED = _called_names()


@pytest.mark.parametrize("name", PUBLIC_RULES)
def test_each_rule_is_called_by_the_app(name: str) -> None:
    assert name in CALLED, f"coach.domain.rules.{name} is never called outside rules.py"


def test_the_nerve_follow_up_and_trend_are_called_from_the_flow() -> None:
    flow = COACH / "flow"
    sources = {p.name: p.read_text(encoding="utf-8") for p in flow.glob("*.py")}
    assert "nerve_follow_up(" in sources["nerve.py"]
    assert "pain_trending_up(" in sources["followups.py"]
