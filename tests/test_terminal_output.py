"""The terminal report as ruff writes it: the flagged text in its line with a caret underline and
the suggestion; a window around the span on long lines; the one-line form with --format concise."""

from __future__ import annotations

import re

import pytest

import tqcheck
from tqcheck.report import render_concise, render_text
from tqcheck.report.text import snippet


def _block(out: str, header_start: str) -> list[str]:
    """The lines of one finding: its header and what follows up to the next blank line."""
    lines = out.splitlines()
    i = next(k for k, line in enumerate(lines) if line.startswith(header_start))
    block = []
    for line in lines[i:]:
        if not line.strip():
            break
        block.append(line)
    return block


def _caret_span(code_line: str, caret_line: str) -> str:
    """The text above the carets."""
    bar = code_line.index("| ") + 2
    m = re.search(r"\^+", caret_line)
    return code_line[m.start() : m.end()] if m and bar <= m.start() else ""


def test_a_finding_in_its_line_with_carets_and_suggestion(cli, tmp_path):
    f = tmp_path / "doc.txt"
    f.write_text("First line.\nThe minister said said that the talks failed.\n")
    proc = cli("check", str(f), "--no-backtranslate", "--target-lang", "en")
    assert proc.returncode == 1
    block = _block(proc.stdout, f"{f}:2:14:")
    assert block == [
        f"{f}:2:14: TQ210 warning doubled word \"said\"",
        "  |",
        "2 | The minister said said that the talks failed.",
        "  |              ^^^^^^^^^ TQ210",
        "  |",
        "  = suggestion: \"said\"",
    ]
    assert _caret_span(block[2], block[3]) == "said said"
    assert "doc.txt — English (en), from --target-lang; no configuration" in proc.stdout


def test_concise_keeps_the_one_line_form(cli, tmp_path):
    f = tmp_path / "doc.txt"
    f.write_text("The minister said said that the talks failed.\n")
    for flag in ("--format", "--output-format"):
        proc = cli("check", str(f), "--no-backtranslate", flag, "concise")
        assert proc.returncode == 1
        lines = proc.stdout.splitlines()
        assert lines[0] == f"{f}:1:14: TQ210 warning doubled word \"said\" (suggestion: \"said\")"
        assert not any(line.lstrip().startswith(("|", "^", "=")) for line in lines)
        assert lines[-1] == "1 finding (0 errors, 1 warning, 0 info) in 1 document."


def test_a_long_web_paragraph_shows_a_window_around_the_span(cli, tmp_path):
    clause = "The minister said that prices rose in the capital on Monday, and the talks went on. "
    para = clause * 30 + "At the end she said said so. " + clause * 10
    f = tmp_path / "page.md"
    f.write_text(para + "\n")
    col = para.index("said said") + 1
    assert col > 1500
    proc = cli("check", str(f), "--no-backtranslate", "--target-lang", "en", "--select", "TQ210")
    block = _block(proc.stdout, f"{f}:1:{col}:")
    code, carets = block[2], block[3]
    assert code.startswith("1 | …") and code.endswith("…")
    assert len(code) <= 110
    assert _caret_span(code, carets) == "said said"
    assert carets.rstrip().endswith("^^^^^^^^^ TQ210")


@pytest.mark.parametrize(("line", "start", "end"), [
    ("x" * 3000 + "TARGET" + "y" * 3000, 3000, 3006),  # in the middle
    ("TARGET" + "y" * 3000, 0, 6),  # at the start
    ("x" * 3000 + "TARGET", 3000, 3006),  # at the end
    ("短" * 500 + "TARGET" + "長" * 500, 500, 506),  # wide characters
])
def test_the_window_keeps_the_span_under_its_carets(line, start, end):
    shown, col, count = snippet(line, start, end, width=80)
    cells = sum(2 if ch in "短長" else 1 for ch in shown)
    assert cells <= 80
    # the carets, counted in terminal cells, fall exactly under the span
    width = 0
    for i, ch in enumerate(shown):
        if width == col:
            assert shown[i : i + 6] == "TARGET"
            break
        width += 2 if ch in "短長" else 1
    else:
        pytest.fail("no character starts at the caret column")
    assert count == 6


def test_wide_characters_and_controls_line_up_and_stay_inert():
    report = tqcheck.check_text("東京の会議で said said と言った。\x1b[31m\n", target_lang="en")
    out = render_text(tqcheck.Report([report]))
    assert "\x1b" not in out  # an escape sequence in the text is shown, not obeyed
    lines = out.splitlines()
    i = next(k for k, line in enumerate(lines) if "TQ210 warning" in line)
    code, carets = lines[i + 2], lines[i + 3]
    # 東京の会議で: six characters, twelve cells
    assert carets.index("^") - code.index("| ") == 2 + 13
    assert "␛[31m" in code


def test_findings_without_a_snippet_and_bilingual_units(cli, tmp_path):
    po = tmp_path / "fr.po"
    po.write_text('msgid ""\nmsgstr ""\n"Language: en\\n"\n\nmsgid "Dijo dijo"\nmsgstr "He said said so."\n')
    bad = tmp_path / "bad.md"
    bad.write_bytes(b"caf\xe9\n")
    proc = cli("check", str(tmp_path), "--no-backtranslate")
    assert proc.returncode == 2
    assert f"{bad}:1:1: TQ000 error this file could not be read: invalid UTF-8" in proc.stdout
    block = _block(proc.stdout, f"{po}:6:12:")
    assert block[2] == '6 | msgstr "He said said so."'
    assert _caret_span(block[2], block[3]) == "said said"
    assert block[-1] == "  = unit: Dijo dijo"


def test_every_message_names_its_text(tmp_path):
    glossary = tmp_path / "glossary.txt"
    glossary.write_text("Kyiv: Kiev\n")
    report = tqcheck.check_text(
        "The talks in Kiev went on. He said “we will return and left.\n", target_lang="en",
        config={"glossary": str(glossary), "select": ["TQ105", "TQ204"]},
    )
    messages = {f.rule: (f.text, f.message) for f in report.findings}
    assert messages["TQ105"] == ("Kiev", '"Kiev": the glossary spells it "Kyiv"')
    text, message = messages["TQ204"]
    assert text.startswith("“") and "“" in message
    straight = tqcheck.check_text('He said "we will return and left.\n', target_lang="en", config={"select": ["TQ204"]})
    (f,) = straight.findings
    assert f.message == 'the double quotation mark " has no partner in this paragraph'


def test_concise_renderer_matches_the_text_headers():
    report = tqcheck.check_text("The the end. He said said so.\n", target_lang="en")
    full = render_text(tqcheck.Report([report]))
    concise = render_concise(tqcheck.Report([report]))
    for line in concise.splitlines():
        if ": TQ" in line:
            header = line.split(" (suggestion:")[0]
            assert header in full
