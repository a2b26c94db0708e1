"""Real machine-translated web pages (../shared/eval/real-mt): recall by category, false alarms on controls.

Part A: 24 MT pages into English; Part B: 14 MT pages into es/fr/de/it/pt; 5 native controls (25, 26, 27, 42, 43).
The texts are third-party pages and are not in the repository: rebuild them as the data README says into
``--texts DIR`` (default: $TQCHECK_REAL_MT_TEXTS, else ``.real-mt/texts`` in the project root, git-ignored). Files
that are missing are listed and left out of every figure; what is there is scored.

Each file is checked with the Python API (every rule, no back-translation) with its ``target_lang`` and
``source_lang`` from sources.tsv. A file whose check raises is reported as crashed (with the exception); its labels
count as missed. A label counts as **found** when a finding's character span overlaps the span of its
``exact_string`` in the file (a zero-width finding counts when it touches the span).

Reported per part: recall over the in-scope surface categories (casing_*, name_*, quotes_*, untranslated,
space_before_punctuation, merged_words, double_word, missing_space, double_space, for Part A and Part B
alike), per category and per target language, which rules found them; calques
apart; recall over all artifact labels; findings per rule; findings on MT files that overlap no label (to review).
Controls: every finding is a false alarm, per file and per rule, and per 1,000 words.

Usage: python benchmarks/real_mt_eval.py [--json] [--texts DIR] [--dump FILE]
  --json   one JSON line per data set (part A, part B, controls), comparable run to run
  --dump   a readable listing of every label (found/missed, by which rule) and every unlabelled finding, with context
"""

from __future__ import annotations

import argparse
import csv
import os
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from _data import EVAL, ROOT, emit_sets

DATA = EVAL / "real-mt"
ENV_TEXTS = "TQCHECK_REAL_MT_TEXTS"
IN_SCOPE_PREFIXES = ("casing_", "name_", "quotes_")
IN_SCOPE_EXACT = {
    "untranslated", "space_before_punctuation", "merged_words", "double_word", "missing_space", "double_space",
    "double_punctuation", "source_spelling",
}
#: the project's own corpus (benchmarks/corpus/<batch>/), texts in .corpus/texts
CORPUS = ROOT / "benchmarks" / "corpus"
CORPUS_TEXTS = ROOT / ".corpus" / "texts"
#: the surface classes the README's batch tables report, and the label categories of each
CLASSES = {
    "proper noun in lower case": ("casing_proper_noun_lowercased",),
    "capital in mid-sentence": ("casing_spurious_capital",),
    "English capitalisation imposed": ("casing_english_convention",),
    "one name spelled two ways": ("name_inconsistency",),
    "a name with and without accents": ("name_diacritics_inconsistent",),
    "a name in the source's romanisation": ("name_source_transliteration",),
    "source spelling on ordinary words": ("source_spelling",),
    "untranslated words, fragments, boilerplate": ("untranslated",),
    "source punctuation and quotation style": ("quotes_punctuation_source_style", "space_before_punctuation"),
    "unbalanced quotes or brackets": ("quotes_unbalanced",),
    "glued words": ("merged_words",),
    "missing space": ("missing_space",),
    "doubled words, spaces, punctuation": ("double_word", "double_space", "double_punctuation"),
}
CLASS_OF = {cat: cls for cls, cats in CLASSES.items() for cat in cats}
CONTEXT = 60
WORD = re.compile(r"\w+(?:['’-]\w+)*")


def in_scope(category: str) -> bool:
    return category.startswith(IN_SCOPE_PREFIXES) or category in IN_SCOPE_EXACT


def word_count(text: str) -> int:
    return len(WORD.findall(text))


def read_tsv(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


def default_texts_dir() -> Path:
    env = os.environ.get(ENV_TEXTS)
    return Path(env) if env else ROOT / ".real-mt" / "texts"


# --------------------------------------------------------------------------------------------- checking

@dataclass
class Hit:
    """One finding, reduced to what scoring needs (works for tqcheck Findings and test doubles)."""

    rule: str
    start: int
    end: int
    text: str
    message: str = ""


def overlaps(hit: Hit, start: int, end: int) -> bool:
    """True when the finding's span overlaps [start, end); a zero-width finding counts when it touches it."""
    if hit.end <= hit.start:
        return start <= hit.start <= end
    return hit.start < end and start < hit.end


Checker = Callable[[str, str, "str | None"], Iterable]


def tqcheck_checker(text: str, target_lang: str, source_lang: str | None) -> list:
    import tqcheck

    return tqcheck.check_text(text, target_lang=target_lang, source_lang=source_lang, backtranslate=False).findings


def to_hits(findings: Iterable) -> list[Hit]:
    out = []
    for f in findings:
        if isinstance(f, Hit):
            out.append(f)
        else:
            out.append(Hit(f.rule, f.offset, f.end_offset, f.text, getattr(f, "message", "")))
    return out


def check_one(checker: Checker, text: str, target_lang: str, source_lang: str | None) -> tuple[list[Hit], str | None]:
    """The text's findings, or no findings and the exception as a string when the check raises."""
    try:
        return to_hits(checker(text, target_lang, source_lang)), None
    except Exception as exc:  # a benchmark reports a crash and goes on
        return [], f"{type(exc).__name__}: {exc}"


@dataclass
class FileResult:
    file: str
    target_lang: str
    source_lang: str | None
    part: str  # "A", "B" or "controls"
    text: str
    batch: str = ""
    hits: list[Hit] = field(default_factory=list)
    error: str | None = None
    labels: list[dict] = field(default_factory=list)  # label rows + span, found, rules


def part_of(src: dict) -> str:
    if src["control"].strip().lower() == "yes":
        return "controls"
    return "A" if src["target_lang"] == "en" else "B"


def run(texts_dir: Path, checker: Checker = tqcheck_checker, data_dir: Path | list[Path] = DATA) -> dict:
    """Check every available text and score it; returns {'files': [...], 'missing': [...]}.

    ``data_dir`` is a folder with sources.tsv and labels.tsv, or a list of them (the corpus's batches);
    each source row keeps the name of its folder as ``batch``."""
    sources, labels = [], []
    for folder in ([data_dir] if isinstance(data_dir, Path) else data_dir):
        sources += [{**r, "batch": folder.name} for r in read_tsv(folder / "sources.tsv")]
        labels += read_tsv(folder / "labels.tsv")
    by_file: dict[str, list[dict]] = defaultdict(list)
    for lab in labels:
        by_file[lab["file"]].append(lab)
    results, missing = [], {}
    for src in sources:
        path = texts_dir / f"{src['file']}.txt"
        if not path.is_file():
            missing[src["file"]] = part_of(src)
            continue
        text = path.read_text(encoding="utf-8")
        res = FileResult(src["file"], src["target_lang"], src["source_lang"] or None, part_of(src), text,
                         batch=src["batch"])
        res.hits, res.error = check_one(checker, text, res.target_lang, res.source_lang)
        for lab in by_file.get(src["file"], []):
            exact = lab["exact_string"]
            if not exact:
                continue
            start = text.find(exact)
            entry = {**lab, "start": start, "end": start + len(exact), "found": False, "rules": []}
            if start < 0:
                entry["unmatched"] = True  # the excerpt changed: the label no longer occurs in the text
            else:
                entry["rules"] = sorted({h.rule for h in res.hits if overlaps(h, start, start + len(exact))})
                entry["found"] = bool(entry["rules"])
            res.labels.append(entry)
        results.append(res)
    return {"files": results, "missing": missing}  # missing: {file: part}


# ---------------------------------------------------------------------------------------------- scoring

def _rate(hits: int, n: int) -> dict:
    return {"n": n, "found": hits, "recall": round(hits / n, 4) if n else None}


def _recall(labels: list[dict]) -> dict:
    return _rate(sum(lab["found"] for lab in labels), len(labels))


def part_summary(files: list[FileResult], name: str, missing: list[str]) -> dict:
    labels = [lab for f in files for lab in f.labels if not lab.get("unmatched")]
    scope = [lab for lab in labels if in_scope(lab["category"])]
    per_cat: dict[str, list] = defaultdict(list)
    per_lang: dict[str, list] = defaultdict(list)
    found_by: Counter = Counter()
    for lab in scope:
        per_cat[lab["category"]].append(lab)
        per_lang[lab["target_lang"]].append(lab)
        found_by.update(lab["rules"])
    per_rule: Counter = Counter(h.rule for f in files for h in f.hits)
    unlabelled: Counter = Counter()
    for f in files:
        spans = [(lab["start"], lab["end"]) for lab in f.labels if not lab.get("unmatched")]
        for h in f.hits:
            if not any(overlaps(h, s, e) for s, e in spans):
                unlabelled[h.rule] += 1
    return {
        "set": f"real-mt part {name}",
        "files": len(files),
        "missing_files": missing,
        "crashed": {f.file: f.error for f in files if f.error},
        "unmatched_labels": [f"{f.file}: {lab['exact_string']}" for f in files for lab in f.labels if lab.get("unmatched")],
        "in_scope": _recall(scope),
        "in_scope_per_category": {k: {**_recall(v), "by": dict(Counter(r for lab in v for r in lab["rules"]))}
                                  for k, v in sorted(per_cat.items())},
        "in_scope_per_target_lang": {k: _recall(v) for k, v in sorted(per_lang.items())},
        "in_scope_found_by_rule": dict(found_by.most_common()),
        "calque": _recall([lab for lab in labels if lab["category"] == "calque"]),
        "all_artifacts": _recall(labels),
        "words_checked": sum(word_count(f.text) for f in files if not f.error),
        "findings": sum(per_rule.values()),
        "findings_per_rule": dict(per_rule.most_common()),
        "unlabelled_findings": sum(unlabelled.values()),
        "unlabelled_findings_per_rule": dict(unlabelled.most_common()),
    }


def controls_summary(files: list[FileResult], missing: list[str]) -> dict:
    ran = [f for f in files if not f.error]  # a crashed file was not checked: its words do not count
    words = sum(word_count(f.text) for f in ran)
    per_rule = Counter(h.rule for f in files for h in f.hits)
    n = sum(per_rule.values())
    per_lang: dict[str, Counter] = defaultdict(Counter)
    for f in ran:
        per_lang[f.target_lang].update(words=word_count(f.text), false_alarms=len(f.hits))
    return {
        "set": "real-mt controls",
        "files": len(files),
        "missing_files": missing,
        "crashed": {f.file: f.error for f in files if f.error},
        "words_checked": words,
        "false_alarms": n,
        "per_1000_words": round(1000 * n / words, 3) if words else None,
        "per_target_lang": {k: {**v, "per_1000_words": round(1000 * v["false_alarms"] / v["words"], 3)}
                            for k, v in sorted(per_lang.items())},
        "per_file": {f.file: {"lang": f.target_lang, "words": word_count(f.text), "crashed": bool(f.error),
                              "findings": len(f.hits),
                              "per_rule": dict(Counter(h.rule for h in f.hits))} for f in files},
        "per_rule": dict(per_rule.most_common()),
    }


def summarize(outcome: dict) -> list[dict]:
    files, missing = outcome["files"], outcome["missing"]
    out = []
    for part in ("A", "B"):
        mine = [f for f in files if f.part == part]
        out.append(part_summary(mine, part, sorted(m for m, p in missing.items() if p == part)))
    out.append(controls_summary([f for f in files if f.part == "controls"],
                                sorted(m for m, p in missing.items() if p == "controls")))
    return out


def batch_table(files: list[FileResult], batch: str) -> dict:
    """One batch: found/labelled per surface class, into English and into es/fr/de/it/pt, and the controls."""
    mt = [f for f in files if f.part != "controls"]
    ctl = [f for f in files if f.part == "controls"]
    labels = [lab for f in mt for lab in f.labels if not lab.get("unmatched") and lab["category"] in CLASS_OF]
    table: dict[str, dict] = {}
    for side, langs in (("en", lambda t: t == "en"), ("xx", lambda t: t != "en")):
        mine = [lab for lab in labels if langs(lab["target_lang"])]
        table[side] = {"all": _recall(mine)}
        for cls in CLASSES:
            in_cls = [lab for lab in mine if CLASS_OF[lab["category"]] == cls]
            if in_cls:
                table[side][cls] = _recall(in_cls)
    words = sum(word_count(f.text) for f in ctl if not f.error)
    alarms = sum(len(f.hits) for f in ctl)
    return {
        "set": f"corpus {batch}",
        "files": len(mt), "controls": len(ctl),
        "crashed": {f.file: f.error for f in files if f.error},
        "unmatched_labels": [f"{f.file}: {lab['exact_string']}" for f in files for lab in f.labels if lab.get("unmatched")],
        "into_en": table["en"], "into_es_fr_de_it_pt": table["xx"],
        "control_findings": alarms, "control_words": words,
        "control_per_1000_words": round(1000 * alarms / words, 3) if words else None,
        "control_findings_list": [f"{f.file} {h.rule} {h.text!r}" for f in ctl for h in f.hits],
    }


def corpus_batches(only: set[str] | None = None) -> list[Path]:
    return [p.parent for p in sorted(CORPUS.glob("*/sources.tsv"))
            if (p.parent / "labels.tsv").is_file() and (not only or p.parent.name in only)]


def summarize_corpus(outcome: dict) -> list[dict]:
    files = outcome["files"]
    out = [batch_table([f for f in files if f.batch == b], b) for b in sorted({f.batch for f in files})]
    out.append(batch_table(files, "all batches"))
    return out


# ------------------------------------------------------------------------------------------------- dump

def context(text: str, start: int, end: int, width: int = CONTEXT) -> str:
    left = text[max(0, start - width):start]
    right = text[end:end + width]
    return (left + "⟦" + text[start:end] + "⟧" + right).replace("\n", "⏎")


def dump(outcome: dict, path: Path) -> None:
    lines = ["real-mt: every label (FOUND/MISSED, by which rule) and every unlabelled finding, ±60 characters.",
             "⟦…⟧ marks the label or the finding; ⏎ is a line break. [in] = in-scope surface category.", ""]
    if outcome["missing"]:
        lines += [f"MISSING texts: {' '.join(sorted(outcome['missing']))}", ""]
    for f in sorted(outcome["files"], key=lambda r: r.file):
        lines.append(f"=== {f.file}  part {f.part}  {f.source_lang or '?'}→{f.target_lang}  "
                     f"{word_count(f.text)} words  {len(f.hits)} findings" + (f"  CRASHED {f.error}" if f.error else ""))
        for lab in sorted(f.labels, key=lambda lab: lab["start"]):
            tag = "[in] " if in_scope(lab["category"]) else "     "
            if lab.get("unmatched"):
                lines.append(f"  UNMATCHED {tag}{lab['category']}: {lab['exact_string']!r} (not in the text)")
                continue
            status = f"FOUND by {','.join(lab['rules'])}" if lab["found"] else "MISSED"
            note = f"  — {lab['note']}" if lab.get("note") else ""
            lines.append(f"  {status:<22} {tag}{lab['category']}: {context(f.text, lab['start'], lab['end'])}{note}")
        spans = [(lab["start"], lab["end"]) for lab in f.labels if not lab.get("unmatched")]
        kind = "FALSE ALARM" if f.part == "controls" else "UNLABELLED"
        for h in sorted(f.hits, key=lambda h: h.start):
            if not any(overlaps(h, s, e) for s, e in spans):
                lines.append(f"  {kind:<22} {h.rule}: {context(f.text, h.start, h.end)}  — {h.message}")
        lines.append("")
    path.write_text("\n".join(lines), encoding="utf-8")


# ------------------------------------------------------------------------------------------------- main

def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--json", action="store_true", help="one JSON line per data set")
    ap.add_argument("--texts", type=Path, default=None, help=f"folder of NN.txt (default: ${ENV_TEXTS} or .real-mt/texts)")
    ap.add_argument("--dump", type=Path, default=None, help="write a readable listing of labels and findings here")
    ap.add_argument("--corpus", action="store_true", help="score the project's corpus (benchmarks/corpus) by batch")
    ap.add_argument("--batch", default="", help="with --corpus: only these batches (comma-separated)")
    args = ap.parse_args(argv)
    if args.corpus:
        texts = args.texts or CORPUS_TEXTS
        outcome = run(texts, data_dir=corpus_batches(set(filter(None, args.batch.split(",")))))
        if outcome["missing"]:
            print(f"missing texts (rebuild them as {CORPUS / 'README.md'} says): {' '.join(sorted(outcome['missing']))}",
                  file=sys.stderr)
        if args.dump:
            dump(outcome, args.dump)
        emit_sets(summarize_corpus(outcome), args.json)
        return
    texts = args.texts or default_texts_dir()
    outcome = run(texts)
    if not outcome["files"]:
        print(f"no real-mt texts found in {texts}: rebuild them as {DATA / 'README.md'} says "
              f"(or pass --texts DIR / set ${ENV_TEXTS})", file=sys.stderr)
    if args.dump:
        dump(outcome, args.dump)
    results = summarize(outcome)
    emit_sets(results, args.json)


if __name__ == "__main__":
    main()
