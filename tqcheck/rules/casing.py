"""TQ101, TQ102, TQ106: casing artifacts — lower-cased names, stray capitals, lower-case sentence starts."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache

from ..data import word_list
from ..document import Document
from ..findings import Hit
from ..lexicon import capitalized, gazetteer, zipf
from ..names import mentions
from ..registry import rule
from ..segment import abbreviations

_URLISH = re.compile(r"[/@\\]|\.\w|^#")
_CHUNK = re.compile(r"\S+")
_POSSESSIVE_END = re.compile(r"['’]s$")


@lru_cache(maxsize=None)
def _phrases(lang: str) -> dict[str, list[str]]:
    """Multi-word gazetteer names ("united states") by their first word."""
    out: dict[str, list[str]] = {}
    for k in gazetteer(lang):
        if " " in k:
            out.setdefault(k.split(" ", 1)[0], []).append(k)
    return out


def _phrase_pattern(lang: str, words) -> re.Pattern | None:
    """A pattern for the multi-word names whose first word occurs in the text (keeps it small)."""
    by_first = _phrases(lang)
    return _compile_phrases(tuple(sorted((p for w in words if w in by_first for p in by_first[w]), key=len, reverse=True)))


@lru_cache(maxsize=512)
def _compile_phrases(multi: tuple[str, ...]) -> re.Pattern | None:
    if not multi:
        return None
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(k) for k in multi) + r")(?![\w-])")


def _in_url(text: str, start: int, end: int) -> bool:
    a = text.rfind(" ", 0, start) + 1
    b = text.find(" ", end)
    chunk = text[a : b if b != -1 else len(text)].strip("()[]<>\"'“”‘’.,;:!?")
    return bool(_URLISH.search(chunk))


def _quoted_alone(text: str, start: int, end: int) -> bool:
    """A word quoted on its own is being talked about ("caro" means "dear")."""
    return start > 0 and end < len(text) and text[start - 1] in "\"'“‘«" and text[end] in "\"'”’»"


def _glossary_words(doc: Document) -> frozenset[str]:
    glossary = doc.options.get("glossary")
    return glossary.lower_forms if glossary is not None else frozenset()


@rule("TQ101", "lowercase-proper-noun", "warning", "A proper noun, nationality, day or month written in lower case (\"kyiv\").")
def lowercase_proper_noun(doc: Document) -> Iterator[Hit]:
    """
    ## What it does
    Flags lower-case words that English always capitalises: places and countries ("kyiv",
    "moscow"), nationalities and languages ("the spanish government"), days and months
    ("on monday"), and words written with a capital elsewhere in the same document. Evidence comes
    from a gazetteer (GeoNames cities of 100,000+ people, CLDR countries and languages, curated
    additions in `data/en/proper_nouns.tsv`), from Webster's Second's list of words spelled only
    with a capital, and from the document itself. Words that are also ordinary lower-case words
    ("turkey", "may", "reading") are not flagged; `data/en/not_proper_nouns.txt` lists more.

    ## Why is this bad?
    Machine translation often loses the capital of names that the source language writes in lower
    case (Spanish "lunes", "español") or that its vocabulary lacks ("kyiv"). Readers take it as
    carelessness.

    ## Example
    `Putin launched the invasion to take kyiv on a monday.`

    Use instead: `Putin launched the invasion to take Kyiv on a Monday.`
    """
    lang = doc.target_lang
    text = doc.text
    gaz, cap = gazetteer(lang), capitalized(lang)
    skip = word_list(f"{lang}/not_proper_nouns.txt") | _glossary_words(doc)
    function_words = word_list(f"{lang}/function_words.txt")
    starts = {s.offset for s in doc.segments}
    cap_counts = Counter(t.text for m in mentions(doc) for t in m.tokens if t.start not in starts)
    covered: list[tuple[int, int]] = []

    # lower-case occurrences of each word (possessive 's dropped), from the document's word index
    lower_at: dict[str, list[int]] = {}
    for key, where in doc.word_positions.items():
        base = _POSSESSIVE_END.sub("", key) if ("'" in key or "’" in key) else key
        if len(base) < 3 or not base.isalpha() or base in skip or base in function_words:
            continue
        if base in gaz or base in cap or base[0].upper() + base[1:] in cap_counts:
            found = [p for p in where if text[p : p + len(base)].islower()]
            if found:
                lower_at.setdefault(base, []).extend(found)

    pattern = _phrase_pattern(lang, doc.word_positions)
    if pattern is not None:
        for m in pattern.finditer(text):
            if m.group() in skip or _in_url(text, m.start(), m.end()):
                continue
            name, kind = gaz[m.group()]
            covered.append((m.start(), m.end()))
            yield Hit(m.start(), m.end(), f"{kind} name in lower case: \"{m.group()}\"", name, {"capitalized_form": name, "kind": kind, "source": "gazetteer"})

    hits: list[tuple[int, str, tuple[str, str, str]]] = []
    for base, where in lower_at.items():
        if base in gaz:
            name, kind = gaz[base]
            verdict = (name, kind, "gazetteer")
        elif base in cap and zipf(base, lang) >= MIN_DICTIONARY_ZIPF:
            verdict = (cap[base], "proper noun", "dictionary")
        else:
            name = base[0].upper() + base[1:]
            # evidence from the document alone: a rare word, capitalised more often than not
            if not (cap_counts.get(name, 0) >= len(where) and zipf(base, lang) < 3.0):
                continue
            verdict = (name, "name", "document")
        hits.extend((p, base, verdict) for p in where)
    for start, base, (name, kind, source) in sorted(hits):
        end = start + len(base)
        if covered and any(a <= start < b for a, b in covered):
            continue
        if _in_url(text, start, end) or _quoted_alone(text, start, end):
            continue
        message = f"{kind} in lower case: \"{base}\" (write \"{name}\")"
        if source == "document":
            message = f"\"{base}\" is written \"{name}\" elsewhere in this document"
        evidence = {"capitalized_form": name, "kind": kind, "source": source, "capitalized_elsewhere": cap_counts.get(name, 0)}
        yield Hit(start, end, message, name, evidence)


#: a word Webster's Second capitalises must be at least this common to count on its own: rarer
#: entries are mostly biological genera that modern English writes in lower case ("arum")
MIN_DICTIONARY_ZIPF = 2.5

_OPEN = "\"'“‘«([{—–-:;¿¡/"


@rule("TQ102", "spurious-capital", "warning", "A capitalised function word in mid-sentence (\"in Madrid He said\").")
def spurious_capital(doc: Document) -> Iterator[Hit]:
    """
    ## What it does
    Flags a pronoun, article or other function word written with a capital where no sentence
    starts ("the minister They added", "in Madrid He said"), and an all-capitals function word in
    ordinary text ("THE President spoke"). It stays quiet at the start of a quotation, after a
    colon or dash, in headings and title-case lines, and in titles of works (the next word is
    capitalised too: "Gone With The Wind").

    ## Why is this bad?
    Machine translation systems split and re-join sentences; the seam shows as a capital in the
    middle of a sentence, or as a missing full stop before it.

    ## Example
    `The talks failed in Madrid He said they would resume.`

    Use instead: `The talks failed in Madrid. He said they would resume.`
    """
    lang = doc.target_lang
    acronyms = word_list(f"{lang}/acronyms.txt")
    text = doc.text
    starts = {s.offset for s in doc.segments}
    plain_segments: dict[int, bool] = {}  # segment id -> ordinary prose (not a heading)
    for m in _capital_function_words(lang).finditer(text):
        if m.start() in starts:
            continue
        word = m.group()
        low = word.lower()
        if word.isupper() and low in acronyms:
            continue
        seg = doc.segment_at(m.start())
        if seg is None:
            continue
        if seg.id not in plain_segments:
            words = doc.words_in(seg.offset, seg.end_offset)
            capitals = sum(1 for w in words if w.text[0].isupper())
            plain_segments[seg.id] = len(words) >= 3 and any(w.text.islower() for w in words) and capitals / len(words) <= 0.6
        if not plain_segments[seg.id]:
            continue  # a heading or a title-case line
        before_m = _BEFORE.search(text, seg.offset, m.start())
        if before_m is None:
            continue
        prev_word, before = before_m.group(1), before_m.group(2)
        prev_char = text[m.start() - 1]
        if any(ch in _OPEN for ch in before) or prev_char in _OPEN:
            continue
        tail = before.strip(" ")[-1:]
        if tail in (")", "]") or tail in (".", "!", "?", "…"):
            continue  # after "(Laughter)", or a boundary the splitter did not take
        if prev_word.lower() in abbreviations(lang) and before.startswith("."):
            continue
        nxt_m = _NEXT_WORD.match(text, m.end(), seg.end_offset)
        nxt = nxt_m.group(1) if nxt_m else ""
        if word.isupper() and len(word) >= 2:
            if nxt.isupper() or prev_word.isupper():
                continue  # a run of capitals: an emphasised phrase or a heading
            yield Hit(m.start(), m.end(), f"\"{word}\" in capitals in mid-sentence", low, {"word": word, "kind": "all-caps"})
        elif word[0].isupper() and word[1:].islower():
            if not nxt or not nxt[0].islower():
                continue  # "The Lord of The Rings", "He." at the end
            yield Hit(
                m.start(), m.end(), f"\"{word}\" is capitalised in mid-sentence; a sentence boundary may be missing", low,
                {"word": word, "previous": prev_word, "kind": "title-case"},
            )


#: the word before a position and what separates them
_BEFORE = re.compile(r"(\w+)(\W*)$")
_NEXT_WORD = re.compile(r"\W*?(\w+)")


@lru_cache(maxsize=None)
def _capital_function_words(lang: str) -> re.Pattern:
    """Title-case and all-capital forms of the function words, except "I"."""
    words = sorted(w for w in word_list(f"{lang}/function_words.txt") if w != "i")
    if not words:
        return re.compile(r"(?!)")  # no list for this language: an empty alternation would match everywhere
    forms = [w.capitalize() for w in words] + [w.upper() for w in words if len(w) >= 2]
    return re.compile(r"(?<![\w'’-])(?:" + "|".join(sorted(forms, key=len, reverse=True)) + r")(?![\w'’-])")


_FIRST_LETTER = re.compile(r"[^\W\d_]")
#: sentence punctuation, space, maybe an opening quote, and a letter that is not A-Z (a fast prefilter)
_LOWER_AFTER_STOP = re.compile(r"[.!?]\s+[\"“‘(]?[^\W\d_A-Z]")


@rule("TQ106", "lowercase-sentence-start", "warning", "A sentence that starts with a lower-case letter.")
def lowercase_sentence_start(doc: Document) -> Iterator[Hit]:
    """
    ## What it does
    Flags a paragraph whose first word is in lower case although it is prose (it ends with
    sentence punctuation), and a lower-case word right after a sentence-final "." "!" or "?"
    that does not follow an abbreviation. List items, headings, brand names with inner capitals
    ("iPhone") and words after an ellipsis are left alone.

    ## Why is this bad?
    Machine translation sometimes loses the capital of the first word, or joins two sentences
    and lower-cases the second.

    ## Example
    `the talks failed. the minister left.`

    Use instead: `The talks failed. The minister left.`
    """
    lang = doc.target_lang
    text = doc.text
    abbr = abbreviations(lang)
    continuing = word_list(f"{lang}/continuation_abbreviations.txt")
    for p in doc.paragraphs:
        para = text[p.start : p.end]
        if para[:1] in "-*+•#>|([" or re.match(r"\d+[.)]\s", para) or para.rstrip()[-1:] not in ".!?\"”’)":
            continue
        m = _FIRST_LETTER.search(para)
        if m and m.start() <= 2 and para[m.start()].islower():
            yield from _lower_word(doc, p.start + m.start())
        if not _LOWER_AFTER_STOP.search(para):
            continue  # no lower-case letter right after sentence punctuation in this paragraph
        for m in re.finditer(r"(\S+)[.!?]\s+([\"“‘(]?)([^\W\d_])", para):
            if m.group(3).isupper() or m.group(1).endswith("..") or "." in m.group(1).rstrip("."):
                continue
            prev = m.group(1).strip("\"'“”‘’()")
            if prev.lower() in abbr or prev.lower() in continuing or len(prev) <= 3 and prev[:1].isupper():
                continue  # "Bt. or", "Co. and": an abbreviation we do not know
            yield from _lower_word(doc, p.start + m.start(3))


def _lower_word(doc: Document, start: int) -> Iterator[Hit]:
    m = re.compile(r"\w+").match(doc.text, start)
    if not m or not m.group().islower():
        return  # mixed case: "iPhone", "eBay"
    word = m.group()
    yield Hit(start, m.end(), f"sentence starts in lower case: \"{word}\"", word[0].upper() + word[1:], {"word": word})
