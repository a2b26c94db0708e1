"""TQ212-TQ214: glued words, a missing space after sentence punctuation, double spaces."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

import regex

from ..data import word_list
from ..document import Document
from ..findings import Hit
from ..lexicon import MAX_WORD_LENGTH, capitalized, gazetteer, zipf
from ..registry import rule

_LOWER_RUN = regex.compile(r"(?<![\w'’@./#-])\p{L}\p{Ll}{6,}(?![\w'’@/-]|\.\w)")
_CAMEL_HINT = regex.compile(r"\p{Ll}\p{Lu}")
_CAMEL = regex.compile(r"(?<![\w'’@./#-])(\p{L}[\p{Ll}]+|\p{Lu}{2,})(\p{Lu}\p{Ll}+)(?![\w'’@/-]|\.\w)")
#: both halves of a glued word must be at least this common in the target language
MIN_PART_ZIPF = 3.5


@lru_cache(maxsize=50_000)
def _split(word: str, lang: str) -> tuple[str, str] | None:
    """The best split of an unknown word into two common words, or None."""
    if len(word) > MAX_WORD_LENGTH:
        return None  # not a word: trying every split point would take time growing with its square
    if zipf(word, lang) > 0 or (word.endswith("s") and zipf(word[:-1], lang) > 0):
        return None  # a known word, or the plural of a known compound ("breakrooms")
    best = None
    heads = word_list(f"{lang}/compound_heads.txt")
    if any(word[:i] in heads for i in range(2, min(len(word), 8))):
        return None  # "superblack", "mouthpart": a closed compound, however rare
    for i in range(3, len(word) - 2):
        a, b = word[:i], word[i:]
        za, zb = zipf(a, lang), zipf(b, lang)
        if za >= MIN_PART_ZIPF and zb >= MIN_PART_ZIPF:
            score = min(za, zb)
            if best is None or score > best[0]:
                best = (score, a, b)
    return (best[1], best[2]) if best else None


def _word_start(text: str, pos: int, last: tuple[int, int]) -> int:
    """Start of the run of letters that ends at ``pos``; ``last`` is an earlier (position, start)
    pair, reused when the run reaches it (so a long run is walked once, not once per hint)."""
    start = pos
    while start and text[start - 1].isalpha():
        start -= 1
        if start == last[0]:
            return last[1]
    return start


@rule("TQ212", "glued-words", "warning", "Two words written together (\"pricesrose\", \"governmentSaid\").")
def glued_words(doc: Document) -> Iterator[Hit]:
    """
    ## What it does
    Flags a word unknown to the target language's word list that splits into two common words
    ("pricesrose" = prices + rose) unless its first part often starts closed compounds
    ("superblack", "mouthpart": `data/en/compound_heads.txt`), and a word with a capital inside ("governmentSaid",
    "CEOCompany") whose parts are common words or an acronym and a name. Known words ("YouTube"),
    URLs, e-mail addresses and hashtags are left alone, and so are runs of more than 64 letters
    (a data URI, a hash, a minified line): they are not words, and trying every split point of
    one would take time growing with the square of its length.

    ## Why is this bad?
    Machine translation and text extraction lose spaces at segment joins; spell checkers often
    miss the result because both halves are words.

    ## Example
    `Pricesrose after the governmentSaid so.`

    Use instead: `Prices rose after the government said so.`
    """
    lang = doc.target_lang
    text = doc.text
    starts = {seg.offset for seg in doc.segments}
    positions = doc.word_positions
    glued = [w for w in positions if len(w) >= 7 and w.isalpha() and _split(w, lang)]
    # visit only the occurrences of words that split (usually none)
    matches = (m for w in glued for p in positions[w] if (m := _LOWER_RUN.match(text, p)))
    for m in sorted(matches, key=lambda m: m.start()):
        word = m.group()
        if word[0].isupper() and m.start() not in starts:
            continue  # a capitalised word inside a sentence is a name ("Karasin", "Walmark")
        parts = _split(word.lower(), lang)
        if parts and word[0].isupper():
            parts = (word[: len(parts[0])], parts[1])
        if parts:
            yield Hit(m.start(), m.end(), f"\"{m.group()}\" looks like two words glued together", " ".join(parts), {"parts": list(parts)})
    cap, gaz = capitalized(lang), gazetteer(lang)
    last = (-1, -1)  # the previous hint's position and word start: a long token is walked once
    for hint in _CAMEL_HINT.finditer(text):
        word_start = _word_start(text, hint.start(), last)
        last = (hint.start(), word_start)
        if hint.start() - word_start > MAX_WORD_LENGTH:
            continue  # the first part is no word (a base64 run)
        m = _CAMEL.match(text, word_start)
        if m is None or m.end(1) != hint.start() + 1:
            continue
        word = m.group()
        first, second = m.group(1), m.group(2)
        if zipf(word.lower(), lang) > 0 or word.lower() in gaz:
            continue
        first_ok = first.isupper() or zipf(first.lower(), lang) >= MIN_PART_ZIPF
        second_ok = zipf(second.lower(), lang) >= MIN_PART_ZIPF or second.lower() in cap
        if first_ok and second_ok and not (first[0].isupper() and not first.isupper() and first.lower() not in cap and zipf(first.lower(), lang) < 4.5):
            yield Hit(m.start(), m.end(), f"\"{word}\" looks like two words glued together", f"{first} {second}", {"parts": [first, second]})


_MISSING_SPACE = regex.compile(r"(?<![\w.])(\p{Ll}{2,})([.!?,;])(\p{Lu}\p{Ll}+|\p{Ll}{2,}(?=\s))")
#: a letter, sentence punctuation and a letter: where a space may be missing (a fast prefilter)
_MISSING_SPACE_HINT = re.compile(r"[^\W\d_][.!?,;][^\W\d_]")


@rule("TQ213", "missing-space", "warning", "No space after sentence punctuation (\"arrived.The minister\").", neutral=True)
def missing_space(doc: Document) -> Iterator[Hit]:
    """
    ## What it does
    Flags a word followed by sentence punctuation and another word with no space between
    ("arrived.The", "said,however"). Domain names, file names, decimals and abbreviations with
    inner periods ("U.S.") are left alone.

    ## Why is this bad?
    Joined segments lose their space; readers stumble, and sentence splitting goes wrong.

    ## Example
    `The delegation arrived.The minister spoke.`

    Use instead: `The delegation arrived. The minister spoke.`
    """
    text = doc.text
    last = (-1, -1)
    for hint in _MISSING_SPACE_HINT.finditer(text):
        word_start = _word_start(text, hint.start(), last)
        last = (hint.start(), word_start)
        if hint.start() - word_start > MAX_WORD_LENGTH:
            continue  # no word before the mark (a minified line)
        m = _MISSING_SPACE.match(text, word_start)
        if m is None:
            continue
        chunk_start = text.rfind(" ", 0, m.start()) + 1
        chunk_end = text.find(" ", m.end())
        chunk = text[chunk_start : chunk_end if chunk_end != -1 else len(text)]
        if re.search(r"[/@]|www|\.(?:com|org|net|html?|py|txt|md|js|io)\b", chunk, re.IGNORECASE):
            continue
        if m.group(2) in ".!?" and m.group(3).islower():
            continue  # "e.g.", "file.ext"
        yield Hit(m.start(2), m.end(2) + len(m.group(3)), f"no space after \"{m.group(2)}\"", f"{m.group(2)} {m.group(3)}", {"mark": m.group(2)})


_DOUBLE_SPACE = re.compile(r"(?<=[^\s.!?:])( {2,})(?=\S)")


@rule("TQ214", "double-space", "info", "Two or more spaces between words.", neutral=True)
def double_space(doc: Document) -> Iterator[Hit]:
    """
    ## What it does
    Flags two or more spaces between words inside a line. Indentation and the traditional two
    spaces after a sentence are left alone.

    ## Why is this bad?
    Double spaces usually mark a word that machine translation or an editor deleted.

    ## Example
    `The minister  said so.`

    Use instead: `The minister said so.`
    """
    for m in _DOUBLE_SPACE.finditer(doc.text):
        yield Hit(m.start(), m.end(), "double space", " ", {"spaces": len(m.group())})
