"""The command-line contract: exit codes, one-line errors, output files, formats."""

import json

from conftest import SEED


def assert_clean_error(proc, needle):
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr
    assert needle in proc.stderr
    assert proc.stdout == ""


def test_missing_file(cli, tmp_path):
    assert_clean_error(cli("check", str(tmp_path / "nope.txt")), "no such file")


def test_empty_file_has_no_findings(cli, tmp_path):
    f = tmp_path / "empty.txt"
    f.write_text("")
    proc = cli("check", str(f))
    assert proc.returncode == 0, proc.stderr
    assert "0 findings" in proc.stdout


def test_binary_file(cli, tmp_path):
    f = tmp_path / "image.txt"
    f.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert_clean_error(cli("check", str(f)), "not a text file")


def test_invalid_utf8_names_position(cli, tmp_path):
    f = tmp_path / "latin1.txt"
    f.write_bytes("First line\nCaf\u00e9 con leche\n".encode("latin-1"))
    proc = cli("check", str(f))
    assert_clean_error(proc, "invalid UTF-8")
    assert "line 2" in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1


def test_huge_file_refused(cli, tmp_path):
    f = tmp_path / "huge.txt"
    with f.open("wb") as fh:
        fh.truncate(17 * 1024 * 1024)  # sparse: costs no disk
    assert_clean_error(cli("check", str(f)), "too large")


def test_directory_without_text_files(cli, tmp_path):
    (tmp_path / "x.bin").write_bytes(b"1")
    proc = cli("check", str(tmp_path))
    assert_clean_error(proc, "no files to check in this directory")
    assert ".po" in proc.stderr and ".xliff" in proc.stderr


def test_malformed_markdown_does_not_crash(cli, tmp_path):
    f = tmp_path / "broken.md"
    f.write_text("# Title\n\n```python\nunclosed fence the the\n\n[link](http://x\n\n<div><b>unclosed\n\n* * *\n|a|b\n|-\n")
    proc = cli("check", str(f))
    assert proc.returncode in (0, 1), proc.stderr
    assert "Traceback" not in proc.stderr


def test_unknown_language_code(cli):
    assert_clean_error(cli("check", str(SEED), "--source-lang", "xx"), "unknown source language code 'xx'")
    assert_clean_error(cli("check", str(SEED), "--target-lang", "klingon"), "unknown target language code")


def test_language_codes_are_normalised(cli):
    proc = cli("check", str(SEED), "--source-lang", "spa", "--target-lang", "en-GB", "--format", "json", "--fail-on", "never")
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)["documents"][0]
    assert (doc["source_lang"], doc["target_lang"]) == ("es", "en")


def test_unknown_rule_selector(cli):
    assert_clean_error(cli("check", str(SEED), "--select", "TQ999"), "unknown rule selector")


def test_doubled_word_end_to_end_and_exit_codes(cli, tmp_path):
    f = tmp_path / "doc.txt"
    f.write_text("The minister said said that the talks failed.\n")
    proc = cli("check", str(f))
    assert proc.returncode == 1
    assert f"{f}:1:14: TQ210 warning doubled word \"said\"" in proc.stdout
    assert "1 finding (0 errors, 1 warning, 0 info) in 1 document." in proc.stdout
    assert cli("check", str(f), "--fail-on", "error").returncode == 0
    assert cli("check", str(f), "--fail-on", "never").returncode == 0
    assert cli("check", str(f), "--ignore", "TQ210").returncode == 0
    assert cli("check", str(f), "--ignore", "doubled-word").returncode == 0
    assert cli("check", str(f), "--select", "TQ2").returncode == 1


def test_json_report_to_file(cli, tmp_path):
    f = tmp_path / "doc.txt"
    f.write_text("One sentence here. The the second one.\n")
    out = tmp_path / "reports" / "doc.json"
    proc = cli("check", str(f), "--format", "json", "-o", str(out))
    assert proc.returncode == 1
    assert proc.stdout == ""
    report = json.loads(out.read_text())
    assert report["schema"] == 1 and report["tool"]["name"] == "tqcheck"
    (doc,) = report["documents"]
    assert [s["text"] for s in doc["segments"]] == ["One sentence here.", "The the second one."]
    (finding,) = doc["findings"]
    assert finding["rule"] == "TQ210" and finding["text"] == "The the" and finding["segment"] == 2
    assert (finding["line"], finding["col"], finding["end_line"], finding["end_col"]) == (1, 20, 1, 27)
    assert report["summary"] == {
        "documents": 1,
        "findings": 1,
        "by_severity": {"error": 0, "warning": 1, "info": 0},
        "by_rule": {"TQ210": 1},
        "target_languages": ["en"],
        "backtranslation": {"skipped": "no source language given"},
    }


def test_output_never_overwrites_input(cli, tmp_path):
    f = tmp_path / "doc.txt"
    f.write_text("the the\n")
    proc = cli("check", str(f), "--format", "json", "-o", str(f))
    assert_clean_error(proc, "refusing to overwrite an input file")
    assert f.read_text() == "the the\n"


def test_directory_is_expanded(cli, tmp_path):
    (tmp_path / "a.txt").write_text("fine text.\n")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.md").write_text("a a problem\n")
    proc = cli("check", str(tmp_path), "--format", "json")
    paths = [d["path"] for d in json.loads(proc.stdout)["documents"]]
    assert [p.rsplit("/", 1)[-1] for p in paths] == ["a.txt", "b.md"]


def test_rules_listing_and_doc(cli):
    proc = cli("rules")
    assert proc.returncode == 0
    assert "TQ210  doubled-word" in proc.stdout
    doc = cli("rules", "TQ210")
    assert "## What it does" in doc.stdout and "## Example" in doc.stdout
    assert cli("rules", "TQ999").returncode == 2
    assert "unreadable-file" in cli("rules", "TQ000").stdout


def test_help_is_useful(cli):
    top = cli("--help")
    assert top.returncode == 0 and "check" in top.stdout and "rules" in top.stdout
    sub = cli("check", "--help")
    for flag in ("--source-lang", "--target-lang", "--format", "--fail-on", "--select", "--ignore", "--no-backtranslate"):
        assert flag in sub.stdout
    assert sub.stdout.splitlines()[0].endswith(" check [OPTIONS] PATH...")
    for suffix in (".md", ".txt", ".po", ".xlf", ".xliff", ".tsv"):
        assert suffix in sub.stdout
    assert "concise" in sub.stdout and "--output-format" in sub.stdout and "--no-respect-gitignore" in sub.stdout
