"""Module-level regular expressions are compiled on first use and then behave as compiled ones."""

import os
import re
import subprocess
import sys
from pathlib import Path

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


@pytest.fixture()
def fresh_store(tmp_path, monkeypatch):
    """The pattern store of this process, emptied and pointed at a cache of the test's own."""
    from tqcheck import patterns

    monkeypatch.setenv("TQCHECK_CACHE_DIR", str(tmp_path))
    for name, value in (("_store", None), ("_new", {}), ("_live", {}), ("_path", None)):
        monkeypatch.setattr(patterns, name, value)
    return patterns


def _forget(patterns, monkeypatch):
    """As a new process would start: nothing loaded, nothing compiled."""
    for name, value in (("_store", None), ("_new", {}), ("_live", {}), ("_path", None)):
        monkeypatch.setattr(patterns, name, value)


@pytest.mark.parametrize(("engine", "source", "flags"), [
    (re, r"(?P<word>\b[A-Z]\w+)\s+(\d+)", re.IGNORECASE),
    (regex, r"(?<![\p{L}\p{M}])(?P<caps>\p{Lu}{2,})(?:-(\p{Lu}+))?", 0),
    (regex, r"[\p{L}']+", regex.REVERSE),
])
def test_a_pattern_kept_between_runs_is_built_without_compiling_and_matches_the_same(fresh_store, monkeypatch, engine, source, flags):
    patterns = fresh_store
    text = "kyiv 2022, NASA-ESA and Lviv 1256; ÉCOLE l'été"
    first = patterns.cached_compile(engine, source, flags)
    patterns.flush()
    _forget(patterns, monkeypatch)

    def refuse(*args, **kwargs):
        raise AssertionError("compiled again instead of built from the cache")

    monkeypatch.setattr(engine, "compile", refuse)
    again = patterns.cached_compile(engine, source, flags)
    assert again.pattern == first.pattern and again.flags == first.flags
    assert again.groupindex == first.groupindex
    assert [m.span() for m in again.finditer(text)] == [m.span() for m in first.finditer(text)]
    assert [m.groups() for m in again.finditer(text)] == [m.groups() for m in first.finditer(text)]
    assert patterns.cached_compile(engine, source, flags) is again  # asked again: the same object


def test_a_damaged_pattern_cache_is_compiled_again_and_rewritten(fresh_store, monkeypatch):
    patterns = fresh_store
    patterns.cached_compile(re, r"\bkyiv\b")
    patterns.flush()
    path = patterns._path
    path.write_bytes(path.read_bytes()[:-7] + b"garbage")
    _forget(patterns, monkeypatch)
    assert patterns.cached_compile(re, r"\bkyiv\b").search("in kyiv").span() == (3, 7)
    patterns.flush()
    _forget(patterns, monkeypatch)
    assert ("re", r"\bkyiv\b", 0) in patterns._loaded()


def test_a_check_gives_the_same_findings_with_an_empty_a_kept_and_a_damaged_pattern_cache(tmp_path):
    env = {**os.environ, "TQCHECK_CACHE_DIR": str(tmp_path), "NO_COLOR": "1"}
    cmd = [sys.executable, "-m", "tqcheck", "check", "seeds/article-es-en.txt", "--source-lang", "es", "--no-backtranslate", "--format", "json"]
    root = Path(__file__).resolve().parent.parent
    cold = subprocess.run(cmd, cwd=root, env=env, capture_output=True, text=True)
    kept = list((tmp_path / "compiled").glob("patterns-*.bin"))
    assert len(kept) == 1 and kept[0].stat().st_size > 10_000
    warm = subprocess.run(cmd, cwd=root, env=env, capture_output=True, text=True)
    kept[0].write_bytes(b"\0" * 100)
    damaged = subprocess.run(cmd, cwd=root, env=env, capture_output=True, text=True)
    assert cold.returncode == warm.returncode == damaged.returncode == 1
    assert '"TQ' in cold.stdout and cold.stdout == warm.stdout == damaged.stdout
    assert damaged.stderr == ""
