"""Offsets, lines and columns must slice the original text exactly; segmentation keeps abbreviations."""

import re
import os
import subprocess
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

import tqcheck
from tqcheck.document import Document


def assert_positions_consistent(report, text):
    doc = Document(text)
    lines = re.split(r"\r\n|\n|\r", text)  # the line breaks editors count
    for s in report.segments:
        assert text[s.offset : s.end_offset] == s.text
        assert s.text == s.text.strip() and s.text
        assert doc.position(s.offset) == (s.line, s.col)
    for f in report.findings:
        assert text[f.offset : f.end_offset] == f.text
        assert doc.position(f.offset) == (f.line, f.col)
        assert doc.position(f.end_offset) == (f.end_line, f.end_col)
        if f.line == f.end_line:
            assert lines[f.line - 1][f.col - 1 : f.end_col - 1] == f.text


def test_seed_offsets_slice_exactly(seed_text):
    report = tqcheck.check_text(seed_text, source_lang="es")
    assert len(report.segments) == 19
    assert_positions_consistent(report, seed_text)


def test_line_and_column_are_one_based_code_points():
    text = "Ünïcödé line.\r\nSecond — the the end.\n"
    report = tqcheck.check_text(text)
    (f,) = [f for f in report.findings if f.rule == "TQ210"]
    assert (f.line, f.col, f.text) == (2, 10, "the the")
    assert_positions_consistent(report, text)


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300))
def test_arbitrary_unicode_never_crashes(text):
    report = tqcheck.check_text(text, source_lang="es")
    assert_positions_consistent(report, text)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["the", "The", "U.N.", "Mr.", "said", ".", "!", "?", "«", "»", "\n", "\n\n", " ", "  ", "kyiv", "Él", "3,5", "“", "”", "é"]), max_size=60))
def test_wordy_text_never_crashes(tokens):
    text = " ".join(tokens)
    assert_positions_consistent(tqcheck.check_text(text, source_lang="es"), text)


def test_abbreviations_do_not_split_sentences():
    text = "The U.N. Security Council met at 5 p.m. on Monday. Mr. Smith agreed. J. K. Rowling wrote it! Did she? Yes."
    report = tqcheck.check_text(text)
    assert [s.text for s in report.segments] == [
        "The U.N. Security Council met at 5 p.m. on Monday.",
        "Mr. Smith agreed.",
        "J. K. Rowling wrote it!",
        "Did she?",
        "Yes.",
    ]


def test_abbreviation_at_sentence_end_before_a_typical_opener_splits():
    report = tqcheck.check_text("They moved to the U.S. The move was hard.")
    assert [s.text for s in report.segments] == ["They moved to the U.S.", "The move was hard."]


def test_paragraphs_are_lines_or_blank_line_blocks():
    lines = tqcheck.check_text("First para. Two.\nSecond para.\n")
    assert [(s.paragraph, s.text) for s in lines.segments] == [(1, "First para."), (1, "Two."), (2, "Second para.")]
    blocks = tqcheck.check_text("Wrapped\nparagraph one.\n\nParagraph two.\n")
    assert [(s.paragraph, s.text) for s in blocks.segments] == [(1, "Wrapped\nparagraph one."), (2, "Paragraph two.")]


def test_heuristic_path_imports_no_ml_frameworks(seed_text, tmp_path):
    # models never pulled (an empty hub cache): a check learns it without importing the hub client either
    code = (
        "import sys, tqcheck; from pathlib import Path; "
        "tqcheck.check_text(Path(sys.argv[1]).read_text(), source_lang='es'); "
        "tqcheck.check([sys.argv[1]], source_lang='es'); "
        "r = tqcheck.check([sys.argv[1]], source_lang='es', backtranslate=True); "
        "assert 'not available locally' in str(r.backtranslation), r.backtranslation; "
        "bad = [m for m in ('torch', 'transformers', 'ctranslate2', 'huggingface_hub') if m in sys.modules]; "
        "print(bad); sys.exit(1 if bad else 0)"
    )
    from conftest import SEED

    env = {**os.environ, "HF_HOME": str(tmp_path / "hf"), "HF_HUB_OFFLINE": "1"}
    env.pop("HF_HUB_CACHE", None)
    proc = subprocess.run([sys.executable, "-c", code, str(SEED)], capture_output=True, text=True, env=env)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_config_object_and_keywords_merge():
    opts = tqcheck.Options(source_lang="es", ignore=["TQ210"])
    report = tqcheck.check_text("the the", config=opts)
    assert report.source_lang == "es" and report.findings == []
    assert opts.source_lang == "es"  # the caller's object is not modified
    assert tqcheck.check_text("the the", config=opts, target_lang="en").findings == []


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["# T", "```", "`x`", "[a](http://b)", "<b>", "-->", "<!--", "---", "the the", "kyiv", "\n", "\n\n", "    code", " ", "<!-- tqcheck-disable -->", "é"]), max_size=40))
def test_markdown_never_crashes_and_keeps_offsets(tokens):
    from tqcheck.markdown import prose_mask

    text = " ".join(tokens)
    masked = prose_mask(text)
    assert len(masked) == len(text) and [i for i, c in enumerate(masked) if c == "\n"] == [i for i, c in enumerate(text) if c == "\n"]
    report = tqcheck.check_text(text, path="doc.md")
    for f in report.findings:
        assert text[f.offset : f.end_offset] == f.text


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=200), st.text(max_size=200))
def test_bilingual_checks_never_crash(target, source):
    report = tqcheck.check_text(target, source_lang="es", source_text=source)
    assert_positions_consistent(report, target)


def test_a_japanese_middle_dot_inside_a_sentence_is_no_list_marker():
    from tqcheck import segment as seg

    def split(t):
        return [t[s.start : s.end] for p in seg.paragraphs(t) for s in seg.sentences(t, p.start, p.end, "ja")]

    name = "米アマゾン・ドット・コムが年次大型セールの延期を明らかにした。"
    assert split(name) == [name]
    # at the start of a line it marks a list item, as the other symbols do
    assert split("商品一覧\n・送料無料\n・返品可能") == ["商品一覧", "・", "送料無料", "・", "返品可能"]
