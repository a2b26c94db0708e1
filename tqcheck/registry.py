"""The rule registry: every check has a code (TQ + 3 digits), a kebab-case name and a default severity.

Families: TQ1xx entity artifacts (names, casing), TQ2xx language artifacts (untranslated text,
calques, punctuation, repetition), TQ3xx back-translation drift, TQ4xx source-aware checks.
A rule is a pure function ``Document -> Iterable[Hit]``; its docstring is its documentation, in three
parts like ruff's: "What it does", "Why is this bad?", "Example".
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from .errors import UsageError
from .findings import Hit, Severity
from .patterns import lazy

_CODE = lazy(re, r"^TQ\d{3}$")
_NAME = lazy(re, r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")

FAMILIES = {
    "TQ0": "input and run",
    "TQ1": "entity artifacts",
    "TQ2": "language artifacts",
    "TQ3": "back-translation",
    "TQ4": "source-aware",
}


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    severity: Severity
    summary: str
    doc: str
    check: Callable[..., Iterable[Hit]]
    needs_source_lang: bool = False
    #: "heuristic" rules run on the text; "backtranslation" rules are reported by that stage
    stage: str = "heuristic"
    #: runs on any target language, with or without a profile (punctuation balance, doubled words, ...)
    neutral: bool = False

    @property
    def family(self) -> str:
        return FAMILIES.get(self.code[:3], "other")


RULES: dict[str, Rule] = {}


def rule(
    code: str, name: str, severity: str, summary: str, *, needs_source_lang: bool = False, stage: str = "heuristic",
    neutral: bool = False,
):
    """Register the decorated function as rule ``code``."""

    def register(func: Callable[..., Iterable[Hit]]):
        if not _CODE.match(code) or not _NAME.match(name):
            raise ValueError(f"bad rule code or name: {code} {name}")
        if code in RULES or any(r.name == name for r in RULES.values()):
            raise ValueError(f"rule {code} {name} registered twice")
        RULES[code] = Rule(
            code, name, Severity(severity), summary, inspect.cleandoc(func.__doc__ or summary), func, needs_source_lang, stage,
            neutral,
        )
        return func

    return register


def all_rules() -> list[Rule]:
    from . import rules  # noqa: F401  (registers every family)

    return [RULES[c] for c in sorted(RULES)]


def _matches(rule_: Rule, selector: str) -> bool:
    s = selector.strip()
    return s.upper() == "ALL" or rule_.code.startswith(s.upper()) or rule_.name == s.lower()


def parse_selectors(value: str | Iterable[str] | None) -> list[str]:
    if value is None:
        return []
    items = value.split(",") if isinstance(value, str) else [p for v in value for p in v.split(",")]
    return [i.strip() for i in items if i.strip()]


def select_rules(select: str | Iterable[str] | None = None, ignore: str | Iterable[str] | None = None) -> list[Rule]:
    """Rules chosen by ``select`` (default: all) minus ``ignore``; codes, code prefixes or names."""
    rules = all_rules()
    sel, ign = parse_selectors(select), parse_selectors(ignore)
    for s in sel + ign:
        if not any(_matches(r, s) for r in rules):
            raise UsageError(f"unknown rule selector {s!r}: run 'tqcheck rules' for the list of codes")
    chosen = [r for r in rules if not sel or any(_matches(r, s) for s in sel)]
    return [r for r in chosen if not any(_matches(r, s) for s in ign)]


def get_rule(code_or_name: str) -> Rule:
    for r in all_rules():
        if r.code == code_or_name.upper() or r.name == code_or_name.lower():
            return r
    raise UsageError(f"unknown rule {code_or_name!r}: run 'tqcheck rules' for the list")
