"""Runs over folders keep going: a file that cannot be read is one TQ000 finding, the others are
checked and reported in every format, and the exit status says an input was not read."""

from __future__ import annotations

import json
import subprocess

import pytest

import tqcheck
from tqcheck.errors import OptionError

GOOD = "The minister said said that the talks failed.\n"


@pytest.fixture
def folder(tmp_path):
    d = tmp_path / "pages"
    d.mkdir()
    (d / "a-good.md").write_text("El ministro dijo dijo que las negociaciones fracasaron en la reunión del lunes con los sindicatos.\n")
    (d / "b-latin1.md").write_bytes("Second line\nCaf\u00e9 con leche said said.\n".encode("latin-1"))
    (d / "c-binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (d / "d-broken.po").write_text('msgid "Hola"\nmsgstr "Hello"\nmsgid\n')
    (d / "e-broken.xlf").write_text("<xliff><file><body>\n<trans-unit id='1'><source>x</source>\n</body></xliff>")
    (d / "f-good.txt").write_text("Une autre page où le le texte se répète, et les mots sont dans la même phrase que les autres.\n")
    return d


def _json(cli, *args):
    proc = cli("check", *args, "--no-backtranslate", "--format", "json")
    return proc, json.loads(proc.stdout)


def test_unreadable_files_become_findings_and_the_run_goes_on(cli, folder):
    proc, report = _json(cli, str(folder))
    assert proc.returncode == 2
    assert proc.stderr.strip() == "tqcheck: error: 4 files could not be read (TQ000 in the report); the others were checked"
    docs = {d["path"].rsplit("/", 1)[-1]: d for d in report["documents"]}
    assert sorted(docs) == ["a-good.md", "b-latin1.md", "c-binary.txt", "d-broken.po", "e-broken.xlf", "f-good.txt"]
    # the readable pages are checked as usual
    assert [f["rule"] for f in docs["a-good.md"]["findings"]] == ["TQ210"]
    assert [f["rule"] for f in docs["f-good.txt"]["findings"]] == ["TQ210"]
    unread = {name: d["findings"] for name, d in docs.items() if name not in ("a-good.md", "f-good.txt")}
    for name, findings in unread.items():
        (f,) = findings
        assert (f["rule"], f["name"], f["severity"]) == ("TQ000", "unreadable-file", "error"), name
        assert f["message"].startswith("this file could not be read: ")
    assert "invalid UTF-8 at byte" in unread["b-latin1.md"][0]["message"]
    assert unread["b-latin1.md"][0]["line"] == 2  # where the bad byte is
    assert "not a text file" in unread["c-binary.txt"][0]["message"]
    assert "not a valid PO file" in unread["d-broken.po"][0]["message"]
    assert "not valid XML" in unread["e-broken.xlf"][0]["message"]
    assert report["summary"]["by_rule"]["TQ000"] == 4
    # the languages checked: those of the files read (the French page detected), not of the unread ones
    assert docs["f-good.txt"]["target_lang"] == "fr" and docs["b-latin1.md"]["target_lang_from"] == "none"
    assert report["summary"]["target_languages"] == ["es", "fr"]


@pytest.mark.parametrize("fmt", ["text", "concise", "github", "sarif", "jsonl"])
def test_every_format_carries_the_unreadable_file(cli, folder, fmt):
    proc = cli("check", str(folder), "--no-backtranslate", "--format", fmt)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    out = proc.stdout
    assert "TQ000" in out and "b-latin1.md" in out and "invalid UTF-8" in out
    assert "TQ210" in out  # and the pages that could be read


def test_html_report_carries_the_unreadable_file(cli, folder, tmp_path):
    out = tmp_path / "r.html"
    proc = cli("check", str(folder), "--no-backtranslate", "--format", "html", "-o", str(out))
    assert proc.returncode == 2
    html = out.read_text()
    assert "TQ000" in html and "invalid UTF-8" in html


def test_an_unreadable_file_fails_the_run_whatever_fail_on_says(cli, folder, tmp_path):
    assert cli("check", str(folder), "--no-backtranslate", "--fail-on", "never").returncode == 2
    # a baseline records the findings, not the files that could not be read, and hides none of them
    base = tmp_path / "baseline.json"
    proc = cli("check", str(folder), "--no-backtranslate", "--write-baseline", str(base))
    assert proc.returncode == 2 and "recorded 2 findings" in proc.stderr
    proc, report = _json(cli, str(folder), "--baseline", str(base))
    assert proc.returncode == 2
    assert sorted(f["rule"] for d in report["documents"] for f in d["findings"]) == ["TQ000"] * 4


def test_a_run_where_no_file_can_be_read(cli, folder):
    proc = cli("check", str(folder / "b-latin1.md"), str(folder / "c-binary.txt"), "--no-backtranslate")
    assert proc.returncode == 2
    assert proc.stderr.strip() == "tqcheck: error: 2 files could not be read (TQ000 in the report)"


def test_one_named_file_that_cannot_be_read_is_one_error_line(cli, folder):
    proc = cli("check", str(folder / "b-latin1.md"), "--format", "json")
    assert proc.returncode == 2 and proc.stdout == ""
    assert proc.stderr.count("\n") == 1 and "b-latin1.md: invalid UTF-8 at byte" in proc.stderr


def test_a_source_file_that_cannot_be_read_in_a_folder_run(cli, tmp_path):
    (tmp_path / "es").mkdir()
    (tmp_path / "en").mkdir()
    (tmp_path / "es" / "a.md").write_bytes("Murieron 35 personas en Bogot\u00e1.\n".encode("latin-1"))
    (tmp_path / "en" / "a.md").write_text("45 people died.\n")
    (tmp_path / "en" / "b.md").write_text("The the end.\n")
    (tmp_path / "tqcheck.toml").write_text('source_lang = "es"\ntarget_lang = "en"\n[[pairs]]\nsource = "es/**"\ntarget = "en/**"\n')
    proc = cli("check", "en", "--no-backtranslate", "--format", "json", cwd=tmp_path)
    assert proc.returncode == 2
    docs = json.loads(proc.stdout)["documents"]
    (f,) = docs[0]["findings"]
    assert f["rule"] == "TQ000" and "its source file" in f["message"] and "es/a.md" in f["message"]
    assert [f["rule"] for f in docs[1]["findings"]] == ["TQ210"]


def test_a_folder_whose_files_git_ignores_is_one_clear_error(cli, tmp_path):
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    (tmp_path / ".gitignore").write_text("build/\n")
    (tmp_path / "build").mkdir()
    (tmp_path / "build" / "page.md").write_text(GOOD)
    proc = cli("check", "build", cwd=tmp_path)
    assert proc.returncode == 2 and proc.stdout == ""
    (line,) = proc.stderr.splitlines()
    assert "all 1 files found are ignored by git (.gitignore)" in line and "--no-respect-gitignore" in line
    proc = cli("check", "build", "--no-respect-gitignore", "--no-backtranslate", cwd=tmp_path)
    assert proc.returncode == 1 and "TQ210" in proc.stdout
    # a file named on the command line is checked, ignored or not
    assert cli("check", "build/page.md", "--no-backtranslate", cwd=tmp_path).returncode == 1


def test_unknown_options_of_the_python_api_are_named():
    with pytest.raises(OptionError) as err:
        tqcheck.check_text("Some text.", config={"target_language": "fr"})
    message = str(err.value)
    assert "'target_language'" in message and "did you mean 'target_lang'" in message and "source_lang" in message
    assert isinstance(err.value, TypeError)  # as Python says of an unknown keyword argument
    with pytest.raises(OptionError, match="unknown option 'selct'"):
        tqcheck.check([], selct="TQ1")
    assert tqcheck.check_text("The the end.", config={"select": ["TQ210"]}).findings[0].rule == "TQ210"
