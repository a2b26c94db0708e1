"""PO, XLIFF and TSV findings point into the file (the msgstr string, the <target> text, the
target cell) and name their unit, so an editor's jump lands on the flagged words."""

from __future__ import annotations

import json
import re

from tqcheck.bilingual.formats import read_bilingual

PO = '''# Translation of the app
msgid ""
msgstr ""
"Language: en\\n"
"Content-Type: text/plain; charset=UTF-8\\n"

#: src/menu.c:12
msgctxt "menu"
msgid "Abrir el archivo"
msgstr "Open the the file"

#. a long one, over three lines
msgid "Una frase larga"
msgstr ""
"He said \\"yes\\" and "
"then he said said no, "
"and the end end."

msgid "Tres"
msgid_plural "Tres plural"
msgstr[0] "three three items"
msgstr[1] "threes"

msgid "Vacío"
msgstr ""
'''

XLIFF = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
 <file source-language="es" target-language="en" datatype="plaintext" original="app">
  <body>
   <trans-unit id="greeting">
    <source>Hola hola</source>
    <target>Tom &amp; Jerry said <g id="1">said</g> hello.</target>
   </trans-unit>
   <trans-unit id="multi">
    <source>Dos</source>
    <target>First line
     and the the second &#233;t&#233; end end.</target>
    <alt-trans><target>not this this one</target></alt-trans>
   </trans-unit>
  </body>
 </file>
</xliff>
"""


def _findings(cli, path, *args):
    proc = cli("check", str(path), "--no-backtranslate", "--format", "json", "--select", "TQ210", *args)
    assert proc.returncode == 1, proc.stderr
    return json.loads(proc.stdout)["documents"][0]["findings"]


def _at(text: str, f: dict) -> str:
    """What the file holds at the finding's line and columns."""
    line = re.split(r"\r\n|\n|\r", text)[f["line"] - 1]
    assert f["end_line"] == f["line"]
    return line[f["col"] - 1 : f["end_col"] - 1]


def test_po_findings_point_at_the_msgstr_text(cli, tmp_path):
    po = tmp_path / "app.po"
    po.write_text(PO)
    found = _findings(cli, po)
    got = [(f["text"], f["line"], f["col"], f["unit"]) for f in found]
    assert got == [
        ("the the", 10, 14, "Abrir el archivo (msgctxt: menu)"),
        ("said said", 16, 10, "Una frase larga"),
        ("end end", 17, 10, "Una frase larga"),
        ("three three", 21, 12, "Tres"),
    ]
    for f in found:
        assert _at(PO, f) == f["text"]


def test_po_spans_across_escapes_and_continuation_strings(tmp_path):
    po = tmp_path / "app.po"
    po.write_text(PO)
    both = read_bilingual(po)
    # "yes" is written \"yes\" in the file: its quotation marks are two characters each
    start = both.text.index('"yes"')
    line, col = both.locator.position(start)
    end_line, end_col = both.locator.end_position(start + len('"yes"'))
    assert (line, col, end_line, end_col) == (15, 10, 15, 17)
    assert PO.splitlines()[14][col - 1 : end_col - 1] == '\\"yes\\"'
    # a span over two continuation strings ends on the second one
    start = both.text.index("and then")
    assert both.locator.position(start)[0] == 15 and both.locator.end_position(start + len("and then"))[0] == 16
    # an untranslated entry is still a unit (its source is checked against nothing)
    assert both.locator.units[-1] == "Vacío"


def test_xliff_findings_point_at_the_target_text(cli, tmp_path):
    xlf = tmp_path / "app.xlf"
    xlf.write_text(XLIFF)
    found = _findings(cli, xlf)
    got = [(f["text"], f["line"], f["unit"]) for f in found]
    assert got == [("said said", 7, "greeting"), ("the the", 12, "multi"), ("end end", 12, "multi")]
    lines = XLIFF.splitlines()
    said = found[0]
    assert lines[6][said["col"] - 1 :].startswith('said <g id="1">said</g>')  # the inline tag lies inside the span
    assert lines[6][said["end_col"] - 5 : said["end_col"] - 1] == "said"
    assert _at(XLIFF, found[1]) == "the the"
    # after two character references (&#233;) the column is still the file's
    assert _at(XLIFF, found[2]) == "end end"


def test_xliff_2_units_and_declared_language(tmp_path):
    xlf = tmp_path / "app.xliff"
    xlf.write_text(
        '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="es" trgLang="en-GB">\n'
        '<file id="f"><unit id="u1">\n<segment id="s1"><source>Uno.</source><target>One one.</target></segment>\n'
        "</unit></file></xliff>\n"
    )
    both = read_bilingual(xlf)
    assert (both.text, both.source_text, both.target_lang) == ("One one.", "Uno.", "en-GB")
    assert both.locator.unit_at(0) == "u1 segment s1"
    assert both.locator.position(0) == (3, xlf.read_text().splitlines()[2].index("One one") + 1)


def test_tsv_findings_point_at_the_target_cell(cli, tmp_path):
    tsv = tmp_path / "pairs.tsv"
    text = "Hola\tHello there there\r\n\r\nAdiós\tA night night out\r\n"
    tsv.write_bytes(text.encode("utf-8"))
    found = _findings(cli, tsv, "--target-lang", "en")
    assert [(f["text"], f["line"], f["col"]) for f in found] == [("there there", 1, 12), ("night night", 3, 9)]
    assert all("unit" not in f for f in found)


def test_sarif_and_github_name_the_unit(cli, tmp_path):
    po = tmp_path / "app.po"
    po.write_text(PO)
    sarif = json.loads(cli("check", str(po), "--no-backtranslate", "--format", "sarif", "--select", "TQ210").stdout)
    first = sarif["runs"][0]["results"][0]
    assert first["locations"][0]["logicalLocations"] == [{"name": "Abrir el archivo (msgctxt: menu)", "kind": "element"}]
    assert first["locations"][0]["physicalLocation"]["region"]["startLine"] == 10
    gh = cli("check", str(po), "--no-backtranslate", "--format", "github", "--select", "TQ210").stdout
    assert "line=10," in gh and "[unit: Abrir el archivo (msgctxt: menu)]" in gh
