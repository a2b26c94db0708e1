"""Module-level regular expressions are compiled on first use and then behave as compiled ones."""

import re
import subprocess
import sys

import pytest
import regex

from tqcheck.patterns import LazyPattern, lazy


@pytest.mark.parametrize("engine", [re, regex])
def test_a_lazy_pattern_finds_what_the_compiled_one_finds(engine):
    text = "Kyiv, kyiv and KYIV; Lviv."
    eager = engine.compile(r"(?i)\bky(iv)\b")
    late = lazy(engine, r"(?i)\bky(iv)\b")
    assert "search" not in vars(late)  # nothing compiled yet
    assert [m.span() for m in late.finditer(text)] == [m.span() for m in eager.finditer(text)]
    assert late.sub("X", text) == eager.sub("X", text)
    assert late.search(text, 5).span() == eager.search(text, 5).span()
    assert late.pattern == eager.pattern and late.groups == eager.groups
    # once compiled, the methods are the compiled pattern's own (no wrapper in a hot loop)
    assert type(vars(late)["finditer"]) is type(eager.finditer)


def test_flags_are_kept():
    assert lazy(re, "kyiv", re.I).fullmatch("KYIV")
    assert lazy(regex, r"\p{Lu}+", regex.V1).fullmatch("ÉCOLE")


def test_a_broken_pattern_fails_when_first_used_not_silently():
    bad = lazy(re, "(unclosed")
    with pytest.raises(re.error):
        bad.search("x")


def test_importing_the_rules_compiles_none_of_their_patterns():
    # in a fresh interpreter: the tests run before this one in the same process used many patterns
    probe = (
        "from tqcheck.patterns import LazyPattern\n"
        "from tqcheck.rules import casing, punctuation, spacing\n"
        "held = [v for m in (casing, punctuation, spacing) for v in vars(m).values() if isinstance(v, LazyPattern)]\n"
        "print(len(held), sum('search' in vars(v) for v in held))\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout.split()
    held, compiled = int(out[0]), int(out[1])
    assert held > 100 and compiled == 0
