"""Scoring of benchmarks/real_mt_eval.py on tiny fixtures (the real third-party texts are never needed)."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import real_mt_eval as rme  # noqa: E402

SOURCES = (
    "file\turl\ttarget_lang\tsource_lang\tcontrol\tevidence\tquery\n"
    "01\thttp://a\ten\tes\tno\tglued\tq\n"
    "02\thttp://b\tfr\ten\tno\tcrash\tq\n"
    "03\thttp://c\ten\t\tyes\tnative\tq\n"
    "04\thttp://d\tit\ten\tno\tnot rebuilt\tq\n"
)
LABELS = (
    "file\ttarget_lang\tsource_lang\tcategory\texact_string\tnote\n"
    '01\ten\tes\tmerged_words\tObradorconfirmed\tglued "quoted" note\n'
    "01\ten\tes\tmissing_space\tdivision.Image\t\n"
    "01\ten\tes\tcalque\tthe Classic\t\n"
    "02\tfr\ten\tuntranslated\tsi:\t\n"
    "03\ten\t\tcontrol_no_artifact_found\t\t\n"
    "04\tit\ten\tdouble_word\tdi di\t\n"
)
TEXT_01 = "Lopez Obradorconfirmed the arrests in the second division.Image and in the Classic."


def fixture(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "sources.tsv").write_text(SOURCES, encoding="utf-8")
    (data / "labels.tsv").write_text(LABELS, encoding="utf-8")
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "01.txt").write_text(TEXT_01, encoding="utf-8")
    (texts / "02.txt").write_text("Il a dit si: oui.", encoding="utf-8")
    (texts / "03.txt").write_text("A clean native text with eight words here.", encoding="utf-8")
    return data, texts  # 04 is never rebuilt


def checker(text, target, source):
    if target == "fr":
        raise IndexError("string index out of range")
    hits = []
    glued = text.find("Obradorconfirmed")
    if glued >= 0:
        hits.append(rme.Hit("TQ212", glued, glued + len("Obradorconfirmed"), "Obradorconfirmed"))
    the = text.find("the second")
    if the >= 0:  # ends exactly where nothing is labelled: an unlabelled finding
        hits.append(rme.Hit("TQ102", the, the + 3, "the"))
    dot = text.find(".Image")
    if dot >= 0:  # one character inside the label "division.Image"
        hits.append(rme.Hit("TQ213", dot, dot + 1, "."))
    if "native" in text:
        hits.append(rme.Hit("TQ101", 2, 7, "clean"))
    return hits


def test_overlap_counts_touching_spans_only():
    assert rme.overlaps(rme.Hit("X", 5, 8, ""), 7, 12)
    assert not rme.overlaps(rme.Hit("X", 5, 7, ""), 7, 12)  # adjacent, no shared character
    assert not rme.overlaps(rme.Hit("X", 12, 14, ""), 7, 12)
    assert rme.overlaps(rme.Hit("X", 12, 12, ""), 7, 12)  # zero-width finding at the label's edge
    assert not rme.overlaps(rme.Hit("X", 13, 13, ""), 7, 12)


def test_scoring_missing_and_crashed_files(tmp_path):
    data, texts = fixture(tmp_path)
    outcome = rme.run(texts, checker=checker, data_dir=data)
    assert outcome["missing"] == {"04": "B"}
    a, b, controls = rme.summarize(outcome)

    assert a["in_scope"] == {"n": 2, "found": 2, "recall": 1.0}
    assert a["in_scope_found_by_rule"] == {"TQ212": 1, "TQ213": 1}
    assert a["calque"] == {"n": 1, "found": 0, "recall": 0.0}  # reported apart, not in the in-scope figure
    assert a["unlabelled_findings"] == 1 and a["unlabelled_findings_per_rule"] == {"TQ102": 1}

    assert b["missing_files"] == ["04"]
    assert b["crashed"] == {"02": "IndexError: string index out of range"}
    assert b["in_scope"] == {"n": 1, "found": 0, "recall": 0.0}  # a crashed file's labels count as missed
    assert b["words_checked"] == 0

    assert controls["false_alarms"] == 1
    assert controls["per_file"]["03"]["per_rule"] == {"TQ101": 1}
    assert controls["per_1000_words"] == pytest.approx(1000 / 8, rel=1e-3)


def test_label_no_longer_in_text_is_reported_not_scored(tmp_path):
    data, texts = fixture(tmp_path)
    (texts / "01.txt").write_text(TEXT_01.replace("division.Image", "division. Image"), encoding="utf-8")
    a = rme.summarize(rme.run(texts, checker=checker, data_dir=data))[0]
    assert a["unmatched_labels"] == ["01: division.Image"]
    assert a["in_scope"]["n"] == 1


def test_dump_lists_labels_and_unlabelled_findings(tmp_path):
    data, texts = fixture(tmp_path)
    outcome = rme.run(texts, checker=checker, data_dir=data)
    out = tmp_path / "dump.txt"
    rme.dump(outcome, out)
    listing = out.read_text(encoding="utf-8")
    assert "MISSING texts: 04" in listing
    assert "FOUND by TQ212" in listing and "⟦Obradorconfirmed⟧" in listing
    assert "MISSED" in listing and "⟦the Classic⟧" in listing
    assert "UNLABELLED             TQ102" in listing
    assert "FALSE ALARM            TQ101" in listing
    assert "CRASHED IndexError" in listing


def test_no_texts_at_all(tmp_path):
    data, _ = fixture(tmp_path)
    empty = tmp_path / "none"
    empty.mkdir()
    outcome = rme.run(empty, checker=checker, data_dir=data)
    assert outcome["files"] == [] and sorted(outcome["missing"]) == ["01", "02", "03", "04"]
    a, b, controls = rme.summarize(outcome)
    assert a["in_scope"]["recall"] is None and controls["per_1000_words"] is None


def test_corpus_batches_are_scored_per_batch_and_class(tmp_path):
    """Two batch folders: each gets its own table, by surface class into English and into other targets."""
    texts = tmp_path / "texts"
    texts.mkdir()
    for batch, rows in (("b1", [("b1-01", "en", "merged_words", "Obradorconfirmed", TEXT_01),
                                ("b1-02", "en", "control_no_artifact_found", "", "A clean native text.")]),
                        ("b2", [("b2-01", "it", "double_word", "di di", "La casa di di Mario.")])):
        folder = tmp_path / batch
        folder.mkdir()
        src = "file\turl\ttarget_lang\tsource_lang\tcontrol\tevidence\tquery\n"
        lab = "file\ttarget_lang\tsource_lang\tcategory\texact_string\tnote\n"
        for file, lang, cat, exact, text in rows:
            control = "yes" if cat.startswith("control") else "no"
            src += f"{file}\thttp://{file}\t{lang}\ten\t{control}\te\tq\n"
            lab += f"{file}\t{lang}\ten\t{cat}\t{exact}\t\n"
            (texts / f"{file}.txt").write_text(text, encoding="utf-8")
        (folder / "sources.tsv").write_text(src, encoding="utf-8")
        (folder / "labels.tsv").write_text(lab, encoding="utf-8")
    outcome = rme.run(texts, checker=checker, data_dir=[tmp_path / "b1", tmp_path / "b2"])
    b1, b2, total = rme.summarize_corpus(outcome)
    assert b1["set"] == "corpus b1" and b1["controls"] == 1
    assert b1["into_en"]["glued words"] == {"n": 1, "found": 1, "recall": 1.0}
    assert b1["into_es_fr_de_it_pt"] == {"all": {"n": 0, "found": 0, "recall": None}}
    assert b2["into_es_fr_de_it_pt"]["doubled words, spaces, punctuation"] == {"n": 1, "found": 0, "recall": 0.0}
    assert total["into_en"]["all"]["n"] == 1 and total["into_es_fr_de_it_pt"]["all"]["n"] == 1


def test_a_corpus_page_may_not_share_a_site_with_a_development_page():
    from collections import Counter

    import corpus_hosts as ch

    dev = {"wanderlog.com"}
    assert ch.verdict("https://app.wanderlog.com/place/1", set(), dev, Counter()) is not None
    assert ch.verdict("https://wanderlog.com/place/1", set(), dev, Counter()) is not None
    assert ch.verdict("https://example.org/place/1", set(), dev, Counter()) is None
    # a reserved host's hash refuses its subdomains too
    import hashlib

    reserved = {hashlib.sha256(b"example.org").hexdigest()}
    assert ch.verdict("https://news.example.org/a", reserved, set(), Counter()) is not None


def test_the_batch_table_keeps_the_last_figures_of_batches_whose_texts_are_missing():
    import corpus_table

    first = {b: {"into_en": {"all": {"n": 4, "found": f}}, "into_es_fr_de_it_pt": {"all": {"n": 0, "found": 0}},
                 "control_findings": 0} for b, f in (("b1", 1), ("b3", 2))}
    now = {b: {"into_en": {"all": {"n": 4, "found": 3}}, "into_es_fr_de_it_pt": {"all": {"n": 0, "found": 0}},
               "control_findings": 1, "control_words": 50} for b in ("b1", "b3")}
    earlier = corpus_table.table(first, now, "into_en")
    assert "| **all surface classes** | 1/4 → 3/4 | 2/4 → 3/4 |" in earlier
    # b1's translated pages are not rebuilt now: its cell is the earlier output's, its controls are measured
    now["b1"] = {"into_en": {"all": {"n": 0, "found": 0}}, "into_es_fr_de_it_pt": {"all": {"n": 0, "found": 0}},
                 "control_findings": 0, "control_words": 50}
    again = corpus_table.table(first, now, "into_en", corpus_table.previous_cells(earlier), frozenset({"b1"}))
    assert "| **all surface classes** | 1/4 → 3/4 | 2/4 → 3/4 |" in again
    assert "| findings on controls (words) | 0 → 0 (50) | 0 → 1 (50) |" in again
    assert "b1: today's figure for the translated pages as last measured" in again
