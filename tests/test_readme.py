"""The README's examples work as written: its shell commands, run in order in a copy of the sample
files, with the exit statuses and outputs the README promises; its configuration, Python and CI
examples; its rules table; and the links of the README and docs/."""

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import ROOT
from tqcheck import config as configuration
from tqcheck.registry import all_rules

README = (ROOT / "README.md").read_text(encoding="utf-8")

#: commands the README shows but this test does not run, and why
NOT_RUN = {
    "python3 -m venv": "creates the environment the tests already run in",
    ".venv/bin/pip install": "installs from the package index",
    "pip install": "installs from the package index",
    ".venv/bin/python -m pytest": "the test suite itself (test_the_test_command_is_the_one_ci_runs)",
    "tqcheck models pull": "downloads models",
}


def fenced(lang: str, text: str = README) -> list[str]:
    return re.findall(rf"^```{lang}\n(.*?)^```", text, flags=re.S | re.M)


def commands(block: str) -> list[tuple[str, str]]:
    """(command, trailing comment) for each command of a shell block; continued lines joined."""
    out = []
    for line in block.replace("\\\n", " ").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        command, comment = re.match(r"(.*?)(?:\s+#\s(.*))?$", line).groups()
        for part in command.split(" && "):
            out.append((part.strip(), (comment or "").strip()))
    return out


def _shim(directory: Path) -> None:
    """A ``tqcheck`` command that runs the tqcheck under test with this interpreter."""
    directory.mkdir(parents=True, exist_ok=True)
    shim = directory / "tqcheck"
    shim.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m tqcheck "$@"\n', encoding="utf-8")
    shim.chmod(0o755)


@pytest.fixture(scope="module")
def workdir(tmp_path_factory):
    """The sample files in a git work tree whose origin/main predates them (a branch that added
    them), a ``tqcheck`` on PATH, and no back-translation models."""
    root = tmp_path_factory.mktemp("readme")
    _shim(root / "bin")
    _shim(root / ".venv" / "bin")
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.invalid", "-c", "commit.gpgsign=false"]
    subprocess.run([*git, "init", "-q"], cwd=root, check=True)
    subprocess.run([*git, "commit", "-q", "--allow-empty", "-m", "start"], cwd=root, check=True)
    subprocess.run([*git, "update-ref", "refs/remotes/origin/main", "HEAD"], cwd=root, check=True)
    shutil.copytree(ROOT / "seeds", root / "seeds")
    (root / ".gitignore").write_text("/bin/\n/.venv/\n/hf/\n", encoding="utf-8")
    subprocess.run([*git, "add", "-A"], cwd=root, check=True)
    subprocess.run([*git, "commit", "-q", "-m", "content"], cwd=root, check=True)
    env = {
        **os.environ,
        "PATH": f"{root / 'bin'}{os.pathsep}{os.environ.get('PATH', '')}",
        "HF_HOME": str(root / "hf"),
        "HF_HUB_OFFLINE": "1",
        "NO_COLOR": "1",
    }
    return root, env


def _expectations(command: str, comment: str, proc: subprocess.CompletedProcess, cwd: Path) -> None:
    said = f"{command}\nstdout: {proc.stdout[-2000:]}\nstderr: {proc.stderr[-2000:]}"
    stated = re.search(r"\bexit (\d)", comment)
    if stated:
        assert proc.returncode == int(stated.group(1)), said
    else:
        assert proc.returncode in (0, 1), said
    assert "Traceback" not in proc.stderr and "error:" not in proc.stderr, said
    out = re.search(r"(?:-o|--output|--write-baseline) (\S+)", command)
    if out:
        written = cwd / out.group(1)
        assert written.is_file() and written.stat().st_size > 0, said
        if written.suffix in (".json", ".sarif"):
            data = json.loads(written.read_text(encoding="utf-8"))
            if written.suffix == ".sarif":
                assert data["version"] == "2.1.0" and data["runs"][0]["results"], said
        if written.suffix == ".html":
            page = written.read_text(encoding="utf-8")
            assert "<html" in page.lower() and "kyiv" in page, said
    if "--format github" in command:
        annotations = [line for line in proc.stdout.splitlines() if line.startswith(("::warning ", "::error ", "::notice "))]
        assert annotations and all("title=TQ" in line for line in annotations), said
    if "--source original.es.txt" in command:
        assert "TQ401" in proc.stdout and "45" in proc.stdout, said
    if "--glossary" in command:
        assert "TQ105" in proc.stdout, said
    if command.startswith(".venv/bin/tqcheck check seeds/"):
        # the set-up command: the seed's findings, and one line saying why back-translation was skipped
        assert "TQ101" in proc.stdout and "TQ202" in proc.stdout, said
        assert [line for line in proc.stderr.splitlines() if "back-translation skipped" in line], said
        assert "tqcheck models pull en es" in proc.stderr, said
    if command == "tqcheck rules":
        assert {r.code for r in all_rules()} <= set(re.findall(r"^(TQ\d{3}) ", proc.stdout, flags=re.M)), said


def test_the_shell_examples_run_as_written(workdir):
    root, env = workdir
    ran, skipped = [], []
    for block in fenced("sh"):
        for command, comment in commands(block):
            reason = next((why for prefix, why in NOT_RUN.items() if command.startswith(prefix)), None)
            if reason:
                skipped.append(command)
                continue
            assert command.startswith(("tqcheck ", ".venv/bin/tqcheck ", "printf ")), (
                f"README command {command!r}: run it here or say in NOT_RUN why not"
            )
            proc = subprocess.run(["bash", "-c", command], cwd=root, env=env, capture_output=True, text=True, timeout=300)
            _expectations(command, comment, proc, root)
            ran.append(command)
    assert len(ran) >= 15 and any(c.startswith(".venv/bin/tqcheck") for c in ran)


def test_the_set_up_command_is_the_first_example_and_the_test_command_is_the_one_ci_runs():
    setup = commands(fenced("sh")[0])
    assert [c for c, _ in setup] == [
        "python3 -m venv .venv",
        ".venv/bin/pip install -e '.[dev]'",
        ".venv/bin/tqcheck check seeds/ --source-lang es",
        ".venv/bin/python -m pytest -q",
    ]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "python3 -m venv .venv" in ci and ".venv/bin/pip install -q -e '.[dev]'" in ci
    assert "\n.venv/bin/python -m pytest -q\n" in ci


def _toml_example() -> str:
    (block,) = fenced("toml")
    return block


def test_the_configuration_example_works_as_copied(workdir, tmp_path):
    root, env = workdir
    shutil.copytree(root / "seeds", tmp_path / "seeds")
    (tmp_path / "tqcheck.toml").write_text(_toml_example(), encoding="utf-8")
    cfg = configuration.load(tmp_path / "tqcheck.toml")
    assert cfg.values["source_lang"] == "es" and cfg.overrides and cfg.pairs
    proc = subprocess.run(["tqcheck", "check", "seeds/"], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 1, proc.stderr
    codes = set(re.findall(r" (TQ\d{3}) ", proc.stdout))
    # the file's source language (the calques need it) and its rule selection apply
    assert "TQ202" in codes and all(c.startswith(("TQ1", "TQ2")) for c in codes) and "TQ214" not in codes
    assert "back-translation" not in proc.stderr  # backtranslate = false

    # "In pyproject.toml the same keys go under [tool.tqcheck] ...": the same settings
    text = _toml_example()
    tables = text.replace("[[overrides]]", "[[tool.tqcheck.overrides]]").replace("[[pairs]]", "[[tool.tqcheck.pairs]]")
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'content'\n\n[tool.tqcheck]\n" + tables, encoding="utf-8")
    same = configuration.load(tmp_path / "pyproject.toml")
    assert (same.values, same.overrides, same.pairs) == (cfg.values, cfg.overrides, cfg.pairs)


def test_the_python_example_runs(workdir, monkeypatch, capsys):
    root, _ = workdir
    monkeypatch.chdir(root)
    (block,) = fenced("python")
    exec(compile(block, "README.md", "exec"), {})
    out = capsys.readouterr().out
    assert "TQ101 warning 9 137 kyiv" in out and "9 findings in 1 document(s)" in out


def test_the_pre_commit_hook_is_local_and_checks_text_not_code(workdir):
    root, env = workdir
    assert "OWNER" not in README
    (config,) = [yaml.safe_load(b) for b in fenced("yaml") if "repos:" in b]
    (repo,) = config["repos"]
    (hook,) = repo["hooks"]
    assert repo["repo"] == "local" and hook["id"] == "tqcheck"
    pattern = re.compile(hook["files"])
    candidates = ["seeds/article-es-en.txt", "docs/usage.md", "locale/es.po", "tqcheck/cli.py", "pyproject.toml", "setup.cfg"]
    assert [c for c in candidates if pattern.search(c)] == ["seeds/article-es-en.txt", "docs/usage.md", "locale/es.po"]
    # pre-commit runs the entry with the selected files; the environment's tqcheck answers
    proc = subprocess.run(f"{hook['entry']} seeds/article-es-en.txt", shell=True, cwd=root, env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 1 and "TQ101" in proc.stdout and "Traceback" not in proc.stderr


def test_the_github_workflow_uses_options_that_exist(cli):
    (workflow,) = [yaml.safe_load(b) for b in fenced("yaml") if "jobs:" in b]
    steps = workflow["jobs"]["tqcheck"]["steps"]
    (run,) = [s["run"] for s in steps if "run" in s and s["run"].startswith("tqcheck check")]
    helptext = cli("check", "--help").stdout
    for option in re.findall(r"(--[a-z-]+)", run):
        assert option in helptext, option
    assert "--format github" in run


def test_the_rules_table_is_the_registry():
    rows = re.findall(r"^\| (TQ\d{3}) \| ([a-z-]+)( †)? \| (\w+) \|", README, flags=re.M)
    rules = {r.code: r for r in all_rules()}
    assert [code for code, *_ in rows] == sorted(rules)
    for code, name, dagger, severity in rows:
        rule = rules[code]
        assert (name, severity) == (rule.name, rule.severity.value), code
        assert bool(dagger) == (rule.needs_source_lang or rule.stage == "backtranslation"), code


def test_docs_rules_is_generated_from_the_rules():
    sys.path.insert(0, str(ROOT / "tools"))
    from build_rules_doc import render

    assert (ROOT / "docs" / "rules.md").read_text(encoding="utf-8") == render(), "run: python tools/build_rules_doc.py"


def _slug(heading: str) -> str:
    """The anchor GitHub gives a Markdown heading."""
    text = re.sub(r"[^\w\- ]", "", heading.strip().lower())
    return text.replace(" ", "-")


@pytest.mark.parametrize("page", ["README.md", *sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "docs").glob("*.md"))])
def test_links_point_at_files_and_headings_that_exist(page):
    path = ROOT / page
    text = path.read_text(encoding="utf-8")
    prose = re.sub(r"^```.*?^```", "", text, flags=re.S | re.M)
    for target in re.findall(r"\]\(([^)\s]+)\)", prose):
        if re.match(r"[a-z]+:", target):
            continue
        file, _, anchor = target.partition("#")
        linked = (path.parent / file).resolve() if file else path
        assert linked.exists(), f"{page}: {target}"
        if anchor and linked.suffix == ".md":
            headings = re.findall(r"^#+ (.+)$", re.sub(r"^```.*?^```", "", linked.read_text(encoding="utf-8"), flags=re.S | re.M), flags=re.M)
            assert anchor in {_slug(h) for h in headings}, f"{page}: {target}"
