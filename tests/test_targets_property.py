"""Property: any text, in any target language, in every input format, checks cleanly and every
finding's offsets slice exactly the text it reports.

Random Unicode is mixed with fragments that reach the language-specific code paths (convention
words, quotes, French punctuation, decimals, CJK text, Markdown syntax). The number of examples is
bounded and the run derandomised so the suite stays fast and repeatable; set TQCHECK_PROPERTY_EXAMPLES
for a longer exploratory run.
"""

from __future__ import annotations

import os
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import tqcheck
from tqcheck.errors import TqcheckError

PROFILED = ["en", "es", "fr", "de", "it", "pt", "es-MX", "pt-BR", "fr-CA"]
UNPROFILED = ["ja", "ru", "ar", "zh", "hi", "cmn", "x-foo"]
LANGS = PROFILED + UNPROFILED
EXAMPLES = int(os.environ.get("TQCHECK_PROPERTY_EXAMPLES", "30"))

FRAGMENTS = [
    " el Lunes ", " los Americanos ", " en Enero de 2020", " Le gouvernement Américain", " les Américains ", " die häuser ",
    "Segunda-feira", " “quoted” ", " „zitiert“ ", " « cité » ", "‘", "”", "«", "»", " liste: ", " oui! ", " non ?", " 3.5 millones ",
    " 4.5% ", " 192.168.1.1 ", " 10:30 ", " v2.5 ", "我们使用machinelearning技术。", "Ｗindows", "我们,他们。", "、", "２0２3",
    "https://example.com/a?b=c ", "# Title\n", "```\ncode\n```\n", "`x`", "[link](http://x.y)", "<!-- tqcheck-disable -->", "\n\n",
    "\r\n", "\u00a0", "\u202f", " les américains ", "Política de Reembolso\n", " en el Oeste ", " al norte ", "Qué pasó?",
    " $50 ", "£52.000", " «non» ", ",” ha", " die neuen häuser ", "Devolução | Política", "İ", "ß", "ﬁ", "e\u0301", "👍🏽", "\u200d", "Kiev", "la la", "The the", ". ", "? ", "!", "¿", "¡",
]
SAFE_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)
TEXTS = st.lists(st.one_of(SAFE_TEXT, st.sampled_from(FRAGMENTS)), max_size=12).map("".join)
#: a unit of a bilingual file: one line, no tab (TSV), characters XML 1.0 allows (XLIFF)
UNIT = st.lists(
    st.one_of(
        st.text(st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp"), blacklist_characters="\t\ufffe\uffff"), max_size=30),
        st.sampled_from([f.replace("\n", " ").replace("\r", " ") for f in FRAGMENTS]),
    ),
    max_size=6,
).map("".join)

SETTINGS = settings(
    max_examples=EXAMPLES, deadline=None, derandomize="TQCHECK_PROPERTY_EXAMPLES" not in os.environ, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)


def assert_exact(report, text: str) -> None:
    lines = text.splitlines(keepends=True) or [""]
    for f in report.findings:
        assert 0 <= f.offset <= f.end_offset <= len(text), f
        assert text[f.offset : f.end_offset] == f.text, f
        # line and column agree with the offset
        assert 1 <= f.line <= len(lines) + 1 and f.col >= 1, f


@SETTINGS
@given(text=TEXTS, lang=st.sampled_from(LANGS), source=st.sampled_from([None, "en", "es"]))
def test_plain_text(text, lang, source):
    report = tqcheck.check_text(text, target_lang=lang, source_lang=source)
    assert_exact(report, text)


@SETTINGS
@given(text=TEXTS, lang=st.sampled_from(LANGS))
def test_markdown(text, lang):
    report = tqcheck.check_text(text, target_lang=lang, path="doc.md")
    assert_exact(report, text)


def _tsv(units):
    return "".join(f"{s}\t{t}\n" for s, t in units)


def _po(units):
    def q(s: str) -> str:
        return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'

    out = ['msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n']
    for i, (s, t) in enumerate(units):
        out.append(f"\nmsgctxt {q(str(i))}\nmsgid {q(s or 'x')}\nmsgstr {q(t)}\n")
    return "".join(out)


def _xliff(units):
    body = "".join(
        f'<trans-unit id="{i}"><source>{escape(s)}</source><target>{escape(t)}</target></trans-unit>' for i, (s, t) in enumerate(units)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">'
        f'<file source-language="en" target-language="xx" datatype="plaintext" original="t"><body>{body}</body></file></xliff>'
    )


WRITERS = {".tsv": _tsv, ".po": _po, ".xlf": _xliff}


@pytest.mark.parametrize("suffix", sorted(WRITERS))
def test_bilingual_formats(suffix, tmp_path_factory):
    folder = tmp_path_factory.mktemp("bilingual")

    @SETTINGS
    @given(units=st.lists(st.tuples(UNIT, UNIT), min_size=1, max_size=5), lang=st.sampled_from(LANGS))
    def run(units, lang):
        path = Path(folder) / f"t{suffix}"
        path.write_text(WRITERS[suffix](units), encoding="utf-8")
        try:
            report = tqcheck.check([path], target_lang=lang, source_lang="en", respect_gitignore=False)
        except TqcheckError:
            return  # a clear input error is an acceptable answer to a malformed file
        raw = path.read_text(encoding="utf-8")
        file_lines = raw.splitlines()
        escaped = {".tsv": "", ".po": '\\"', ".xlf": "&<>"}[suffix]
        for doc in report.documents:
            for f in doc.findings:
                assert 0 <= f.offset <= f.end_offset <= len(doc.text), f
                assert doc.text[f.offset : f.end_offset] == f.text, f
                # line and column are the file's: the flagged text is there, as written
                assert 1 <= f.line <= f.end_line <= len(file_lines), f
                if f.line == f.end_line and not set(f.text) & set(escaped + "\n"):  # one unit, nothing escaped
                    assert file_lines[f.line - 1][f.col - 1 : f.end_col - 1] == f.text, f

    run()
