"""Hostile input, every target language with a profile: a clean run or one clear error line, never a
traceback, and every finding's offsets, line and column exact."""

from __future__ import annotations

import json
import os
import random
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import tqcheck
from conftest import ROOT


def _targets() -> list[str]:
    profiled = sorted(p.parent.name for p in (ROOT / "tqcheck" / "data").glob("*/profile.toml"))
    return (profiled or ["en"]) + ["ja", "ru"]  # and two languages without a profile


TARGETS = _targets()


def _corpus() -> dict[str, bytes]:
    """Nasty but valid UTF-8 files (each must give exit 0 or 1 with a report)."""
    rng = random.Random(17)
    junk_text = "".join(chr(rng.choice([rng.randint(0x20, 0x7E), rng.randint(0xA0, 0x2FFF), rng.randint(0x3000, 0xD7FF), rng.randint(0xE000, 0x10FFFF)])) for _ in range(3000))
    files = {
        "control.txt": "Text with \x01\x02\x07 bells, \x1b[31mANSI\x1b[0m and \x7f the the end.\n\x0b\x0c form feed kyiv.\n",
        "bidi.txt": "The \u202ekyiv\u202c minister \u202d said \u2066x\u2069 \u200f on monday \u200e.\n",
        "zwj.txt": "The 👨\u200d👩\u200d👧 family, Kyi\u200dv, zero\u200bwidth and a soft\u00adhyphen in kyiv.\n",
        "combining.txt": "a" + "\u0301" * 100 + " word and kyiv" + "\u0308" * 100 + " and the the.\n",
        "surrogates.txt": '{"text": "\\ud800 lone \\udfff and \\ud83d\\ude00 pair", "say": "the the"}\n',
        "junk.txt": junk_text.replace("\x00", "") + "\n",
        "crlf.txt": "Line one in kyiv.\r\nLine two said said so.\r\n\r\nNew paragraph , here.\r\n",
        "cr.txt": "Line one in kyiv.\rLine two said said so.\r\rNew paragraph , here.\r",
        "bom.txt": "\ufeffThe minister in kyiv said said so.\n",
        "bom_inside.txt": "The minister\ufeff in kyiv said\ufeff said so.\n",
        "mixed.txt": "Москва and 東京 and القاهرة and kyiv and ΑΘΗΝΑ and मुंबई said said.\n",
        "mixed.md": "# Título\n\n> quote `code` kyiv ‮x‬\n\n- [link](http://x) the the\n\n```\ncode code\n```\n",
        "empty.txt": "",
        "blank.txt": "\n\n   \n\t\n",
        "punct.txt": "!?.,;:…«»„“”‘’¿¡" * 200 + "\n",
        "nbsp.txt": "Le\u00a0ministre\u202fa dit\u00a0: « oui » ; kyiv\u2028line\u2029para.\n",
    }
    return {name: text.encode("utf-8") for name, text in files.items()}


# Files that are not UTF-8 text: exit 2 and one line naming the file
_RNG = random.Random(1)
INVALID = {
    "binary.bin.txt": bytes(_RNG.randint(1, 255) for _ in range(4000)),  # NUL-free junk
    "utf16-no-bom.txt": "kyiv said".encode("utf-16-le"),  # NUL bytes, no byte-order mark to tell the encoding
    "surrogate.txt": b"lone \xed\xa0\x80 surrogate",  # CESU-8: not UTF-8
    "latin1.txt": "caf\u00e9 kyiv".encode("latin-1"),
}


def _positions_ok(text: str, finding: dict) -> None:
    """The finding's text, line and column follow from its code-point offsets in the file's text."""
    start, end = finding["offset"], finding["end_offset"]
    assert 0 <= start <= end <= len(text), finding
    line_starts = [0] + [m.end() for m in re.finditer(r"\r\n|\n|\r", text)]

    def position(offset: int) -> tuple[int, int]:
        line = max(i for i, s in enumerate(line_starts) if s <= offset)
        return line + 1, offset - line_starts[line] + 1

    assert (finding["line"], finding["col"]) == position(start), finding
    assert (finding["end_line"], finding["end_col"]) == position(end), finding
    assert finding["text"] == text[start:end], finding


def _run(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "NO_COLOR": "1"}
    return subprocess.run([sys.executable, "-m", "tqcheck", *args], capture_output=True, text=True, cwd=ROOT, env=env, timeout=300)


@pytest.fixture(scope="module")
def corpus_dir(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("hostile")
    for name, data in _corpus().items():
        (d / name).write_bytes(data)
    return d


@pytest.mark.parametrize("target", TARGETS)
def test_nasty_files_give_a_report_with_exact_positions(corpus_dir, target):
    proc = _run("check", str(corpus_dir), "--target-lang", target, "--source-lang", "es", "--no-backtranslate", "--format", "json")
    assert proc.returncode in (0, 1), proc.stderr
    assert "Traceback" not in proc.stderr
    report = json.loads(proc.stdout)
    assert len(report["documents"]) == len(_corpus())
    for doc in report["documents"]:
        text = (Path(doc["path"])).read_bytes().decode("utf-8-sig")
        for f in doc["findings"]:
            assert f["rule"] != "TQ001", f  # nothing here may come near the time budget
            _positions_ok(text, f)
        for s in doc["segments"]:
            assert s["text"] == text[s["offset"] : s["end_offset"]]


def test_a_one_megabyte_line_is_checked_in_seconds(tmp_path):
    clause = "The minister said that prices rose in Kyiv on Monday, and the talks went on. "
    line = (clause * (1_000_000 // len(clause)))[: 1_000_000 - 40] + "At the end she said said so in kyiv."
    path = tmp_path / "long.txt"
    path.write_text(line + "\n", encoding="utf-8")
    proc = _run("check", str(path), "--source-lang", "es", "--no-backtranslate", "--format", "json", "--timeout-per-file", "120")
    assert proc.returncode == 1, proc.stderr
    doc = json.loads(proc.stdout)["documents"][0]
    rules = {f["rule"] for f in doc["findings"]}
    assert "TQ001" not in rules and {"TQ210", "TQ101"} <= rules
    for f in doc["findings"]:
        _positions_ok(line + "\n", f)
    assert max(f["col"] for f in doc["findings"]) > 999_900  # columns a million code points into the line


@pytest.mark.parametrize("name", sorted(INVALID))
def test_files_that_are_not_utf8_text_are_one_error_line(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(INVALID[name])
    proc = _run("check", str(path), "--no-backtranslate")
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("tqcheck: error: ") and name in lines[0], proc.stderr


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32", "utf-8-sig"])
def test_text_with_a_byte_order_mark_is_read_in_its_encoding(tmp_path, encoding):
    text = "The minister in Kyiv said said so.\n"
    data = text.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data  # the big-endian mark (the codec writes none)
    path = tmp_path / "page.txt"
    path.write_bytes(data)
    proc = _run("check", str(path), "--no-backtranslate", "--format", "json", "--target-lang", "en")
    assert proc.returncode == 1, proc.stderr
    (finding,) = json.loads(proc.stdout)["documents"][0]["findings"]
    assert (finding["rule"], finding["text"], finding["col"]) == ("TQ210", "said said", text.index("said said") + 1)


def test_utf16_without_a_byte_order_mark_is_named(tmp_path):
    path = tmp_path / "page.txt"
    path.write_bytes("The minister said so.\n".encode("utf-16-le"))
    proc = _run("check", str(path), "--no-backtranslate")
    assert proc.returncode == 2 and "UTF-16LE text without a byte-order mark" in proc.stderr, proc.stderr


# Text drawn from the characters that break naive code: controls, format characters (bidi, ZWJ,
# BOM), combining marks, line and paragraph separators, surrogates, emoji, several scripts.
_NASTY = st.sampled_from(
    list("\x00\x01\x1b\x7f\r\n\t \u00a0\u202f\u2028\u2029\u200b\u200d\u200e\u202e\u2066\ufeff\u0301\u0308\u0327"
         "\ud800\udfff'’\"“”«»¿¡.,;:!?…-–—()[]#*`>_")
    + list("aeiou kyiv Monday THE the İıßẞǅ") + ["said", "the", "Kyiv", "Москва", "東京", "😀", "👩\u200d💻", "1,5", "2024"]
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(parts=st.lists(st.one_of(_NASTY, st.text(max_size=8)), max_size=60), target=st.sampled_from(TARGETS), md=st.booleans())
def test_any_text_gives_findings_with_exact_spans(parts, target, md):
    text = "".join(parts)
    report = tqcheck.check_text(text, source_lang="es", target_lang=target, path="x.md" if md else "x.txt")
    for f in report.findings:
        _positions_ok(text, f.to_dict())
