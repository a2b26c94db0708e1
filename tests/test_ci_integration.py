"""Content repositories and CI: Markdown prose, suppressions, configuration, baselines, formats, git."""

import json
import re
import subprocess

import yaml

from conftest import ROOT

MD = """---
title: the the front matter
---
# Notes on kyiv

Prose with `the the` inline code, a [link](https://example.com/the_the "the the") and
<https://moscow.example> and <span class="the the">tags</span> that are not prose.

```python
print("the the")
```

    indented the the

<!-- the the in a comment -->
The report said said so.
"""


def run_json(cli, *args, cwd=None):
    proc = cli("check", *args, "--format", "json", "--no-backtranslate", cwd=cwd)
    assert proc.returncode in (0, 1), proc.stderr
    return json.loads(proc.stdout)


def test_markdown_prose_only_with_exact_positions(cli, tmp_path):
    f = tmp_path / "notes.md"
    f.write_text(MD)
    doc = run_json(cli, str(f))["documents"][0]
    got = [(x["rule"], x["text"], x["line"], x["col"]) for x in doc["findings"]]
    assert got == [("TQ101", "kyiv", 4, 12), ("TQ210", "said said", 16, 12)]
    lines = MD.split("\n")
    for x in doc["findings"]:
        assert lines[x["line"] - 1][x["col"] - 1 : x["end_col"] - 1] == x["text"]
        assert MD[x["offset"] : x["end_offset"]] == x["text"]


def test_suppression_comments(cli, tmp_path):
    f = tmp_path / "s.md"
    f.write_text(
        "<!-- tqcheck-disable-next-line TQ210 -->\nthe the one.\nthe the two.\n\n"
        "<!-- tqcheck-disable -->\nthe the three in kyiv.\n<!-- tqcheck-enable -->\n\n"
        "<!-- tqcheck-disable TQ101 -->\nthe the four in kyiv.\n<!-- tqcheck-enable TQ101 -->\nkyiv five.\n"
    )
    doc = run_json(cli, str(f), "--select", "TQ101,TQ210")["documents"][0]
    assert [(x["rule"], x["line"]) for x in doc["findings"]] == [("TQ210", 3), ("TQ210", 10), ("TQ101", 12)]


def test_pyproject_config_overrides_and_cli_precedence(cli, tmp_path):
    (tmp_path / "pyproject.toml").write_text(
        '[tool.tqcheck]\nsource_lang = "es"\nfail_on = "error"\nignore = ["TQ214"]\n\n'
        '[[tool.tqcheck.overrides]]\npaths = ["legacy/**"]\nignore = ["TQ2"]\n'
    )
    (tmp_path / "legacy").mkdir()
    (tmp_path / "a.txt").write_text("She wrote on her social networks the the  end.\n")
    (tmp_path / "legacy" / "b.txt").write_text("She wrote on her social networks the the end.\n")
    proc = cli("check", ".", "--format", "json", "--no-backtranslate", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr  # fail_on = "error" from the file
    docs = {d["path"]: [x["rule"] for x in d["findings"]] for d in json.loads(proc.stdout)["documents"]}
    assert docs == {"a.txt": ["TQ202", "TQ210"], "legacy/b.txt": []}
    assert json.loads(proc.stdout)["documents"][0]["source_lang"] == "es"
    assert cli("check", ".", "--no-backtranslate", "--fail-on", "warning", cwd=tmp_path).returncode == 1
    flagged = run_json(cli, "a.txt", "--source-lang", "fr", cwd=tmp_path)["documents"][0]
    assert flagged["source_lang"] == "fr"


def test_tqcheck_toml_and_bad_configuration(cli, tmp_path):
    (tmp_path / "tqcheck.toml").write_text('target_lang = "en"\nselect = ["TQ210"]\n')
    (tmp_path / "a.txt").write_text("Flights to moscow, the the end.\n")
    assert [x["rule"] for x in run_json(cli, "a.txt", cwd=tmp_path)["documents"][0]["findings"]] == ["TQ210"]
    (tmp_path / "tqcheck.toml").write_text('target_lang = "en"\nsellect = ["TQ210"]\n')
    proc = cli("check", "a.txt", cwd=tmp_path)
    assert proc.returncode == 2 and "unknown key 'sellect'" in proc.stderr
    (tmp_path / "tqcheck.toml").write_text("beam = \"wide\"\n")
    proc = cli("check", "a.txt", cwd=tmp_path)
    assert proc.returncode == 2 and "beam must be int" in proc.stderr
    (tmp_path / "tqcheck.toml").write_text("fail_on = [\n")
    proc = cli("check", "a.txt", cwd=tmp_path)
    assert proc.returncode == 2 and "invalid TOML" in proc.stderr and "Traceback" not in proc.stderr


def git(cwd, *args):
    subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.com", *args], cwd=cwd, check=True, capture_output=True)


def test_directories_globs_exclude_and_gitignore(cli, tmp_path):
    git(tmp_path, "init", "-q")
    (tmp_path / ".gitignore").write_text("build/\n")
    for rel in ("docs/a.md", "docs/deep/b.markdown", "docs/c.txt", "build/out.md", "drafts/d.md", "docs/e.rst"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("the the\n")
    paths = [d["path"] for d in run_json(cli, ".", "--exclude", "drafts/*", cwd=tmp_path)["documents"]]
    assert paths == ["docs/a.md", "docs/c.txt", "docs/deep/b.markdown"]
    paths = [d["path"] for d in run_json(cli, "docs/**/*.m*", cwd=tmp_path)["documents"]]
    assert paths == ["docs/a.md", "docs/deep/b.markdown"]
    assert cli("check", "nothing/*.md", cwd=tmp_path).returncode == 2


def test_changed_since_checks_only_changed_files(cli, tmp_path):
    git(tmp_path, "init", "-q")
    (tmp_path / "old.md").write_text("the the\n")
    (tmp_path / "edited.md").write_text("fine text.\n")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-qm", "base")
    (tmp_path / "edited.md").write_text("now the the\n")
    (tmp_path / "new.md").write_text("a a\n")
    paths = [d["path"] for d in run_json(cli, ".", "--changed-since", "HEAD", cwd=tmp_path)["documents"]]
    assert paths == ["edited.md", "new.md"]
    proc = cli("check", ".", "--changed-since", "no-such-ref", cwd=tmp_path)
    assert proc.returncode == 2 and "unknown git ref" in proc.stderr


def test_baseline_fails_only_on_new_findings(cli, tmp_path):
    doc = tmp_path / "a.txt"
    doc.write_text("First the the sentence.\nFlights to moscow.\n")
    base = tmp_path / "baseline.json"
    proc = cli("check", str(doc), "--write-baseline", str(base))
    assert proc.returncode == 0 and json.loads(base.read_text())["baseline"] == 1
    assert cli("check", str(doc), "--baseline", str(base), "--no-backtranslate").returncode == 0
    doc.write_text("A new first line.\nFirst the the sentence.\nFlights to moscow.\nAnd a a new slip.\n")
    proc = cli("check", str(doc), "--baseline", str(base), "--format", "json", "--no-backtranslate")
    assert proc.returncode == 1
    assert [x["text"] for x in json.loads(proc.stdout)["documents"][0]["findings"]] == ["a a"]
    bad = tmp_path / "bad.json"
    bad.write_text("[]")
    assert cli("check", str(doc), "--baseline", str(bad)).returncode == 2


def test_github_annotations(cli, tmp_path):
    doc = tmp_path / "a,b.txt"
    doc.write_text("Line one.\nThe the end: 100%\n")
    proc = cli("check", str(doc), "--format", "github", "--no-backtranslate")
    first = proc.stdout.splitlines()[0]
    assert first == f"::warning file={str(doc).replace(',', '%2C')},line=2,endLine=2,col=1,endColumn=8,title=TQ210 doubled-word::doubled word \"The\" (suggestion%3A The)".replace("%3A", ":")


def test_sarif_log(cli, tmp_path):
    doc = tmp_path / "a.txt"
    doc.write_text("Flights to moscow, the the end.\n")
    log = json.loads(cli("check", str(doc), "--format", "sarif", "--no-backtranslate").stdout)
    assert log["version"] == "2.1.0"
    run = log["runs"][0]
    rules = {r["id"]: r for r in run["tool"]["driver"]["rules"]}
    assert "## What it does" in rules["TQ210"]["help"]["markdown"] and rules["TQ101"]["defaultConfiguration"]["level"] == "warning"
    results = {r["ruleId"]: r for r in run["results"]}
    region = results["TQ101"]["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"], region["endColumn"], region["snippet"]["text"]) == (1, 12, 18, "moscow")
    assert run["columnKind"] == "unicodeCodePoints" and results["TQ101"]["fixes"][0]["artifactChanges"][0]["replacements"][0]["insertedContent"]["text"] == "Moscow"


def test_pre_commit_hook_definition():
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    hook = next(h for h in hooks if h["id"] == "tqcheck")
    assert hook["entry"].startswith("tqcheck check")
    # pre-commit matches `files` with re.search: the formats tqcheck reads, not every text file
    files = re.compile(hook["files"])
    for name in ("docs/page.md", "README.markdown", "notes.txt", "locale/fr/LC_MESSAGES/app.po", "t.xlf", "t.xliff", "pairs.tsv"):
        assert files.search(name), name
    for name in ("tqcheck/cli.py", ".pre-commit-hooks.yaml", "package.json", "pyproject.toml", "app.pot", "Makefile", "md.py"):
        assert not files.search(name), name


def test_sarif_and_html_name_every_spelling_of_a_name(cli, tmp_path):
    doc = tmp_path / "a.txt"
    doc.write_text("Gómez spoke first.\nLater Gomez and Gómez met.\n")
    log = json.loads(cli("check", str(doc), "--format", "sarif", "--no-backtranslate", "--select", "TQ103").stdout)
    (result,) = log["runs"][0]["results"]
    assert result["locations"][0]["physicalLocation"]["region"]["snippet"]["text"] == "Gomez"
    related = [(r["physicalLocation"]["region"]["startLine"], r["physicalLocation"]["region"]["startColumn"],
                r["physicalLocation"]["region"]["snippet"]["text"]) for r in result["relatedLocations"]]
    assert related == [(1, 1, "Gómez"), (2, 17, "Gómez")]
    out = tmp_path / "r.html"
    cli("check", str(doc), "--format", "html", "-o", str(out), "--no-backtranslate", "--select", "TQ103")
    from test_html_report import page_data

    # the HTML report marks the flagged spelling as a finding, the other spellings as related to it
    (doc,) = page_data(out.read_text())["docs"]
    (finding,) = doc["f"]
    assert doc["t"][finding["o"]:finding["e"]] == "Gomez" and finding["s"] == "warning"
    assert [doc["t"][a:b] for a, b, _, _ in finding["rel"]] == ["Gómez", "Gómez"]
