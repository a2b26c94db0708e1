"""Word knowledge shared by the rules: word frequencies, cased word lists, the gazetteer.

Everything loads lazily, once per process.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from .data import table, word_list


#: Longer tokens are not words (a data URI, a hash, a minified line; German's long compounds stay
#: under it): rules that search inside a word for parts skip them, which keeps their time linear.
MAX_WORD_LENGTH = 64


@lru_cache(maxsize=200_000)
def zipf(word: str, lang: str) -> float:
    """Zipf frequency of ``word`` in ``lang`` (wordfreq; 0.0 when unknown, 7 for the commonest words).

    Answered from a compiled table read in place (:mod:`tqcheck.freqtable`) with exactly
    wordfreq's value; wordfreq itself is asked only where the table cannot be built (no cache and
    no memory for it) or for a language it tokenizes with Jieba or MeCab when those are installed.
    """
    table = _table(lang)
    if table is not None:
        known = table.zipf(word)
        if known is not None:
            return known
    from wordfreq import zipf_frequency

    try:
        return zipf_frequency(word, lang)
    except (LookupError, ValueError, ImportError):
        # unsupported language, or one that needs an optional tokenizer (jieba, MeCab)
        return 0.0


@lru_cache(maxsize=None)
def _table(lang: str):
    from .freqtable import load

    return load(lang)


#: :func:`guess_zipf` is exact from this Zipf value up
GUESS_FLOOR = 3.0


@lru_cache(maxsize=50_000)
def guess_zipf(word: str, lang: str) -> float:
    """:func:`zipf`, exact when it is at least :data:`GUESS_FLOOR`, else some value below it.

    For asking every candidate language about a word when no source language is given, without
    reading their whole lists: tqcheck carries, for each candidate, the words at or above the floor
    (tools/build_guess_tables.py). A word they cannot answer (one with digits) and a language
    without such a table go to the language's full table."""
    from .freqtable import guess_table

    table = guess_table(lang)
    if table is not None and table.floor is not None and table.floor <= GUESS_FLOOR:
        known = table.zipf(word)
        if known is not None:
            return known
    return zipf(word, lang)


@lru_cache(maxsize=None)
def capitalized(lang: str = "en") -> dict[str, str]:
    """lower-case word -> the capitalised spelling, for words spelled only with a capital."""
    return _compiled(f"capitalized-{lang}", (f"{lang}/capitalized.txt",), lambda: _capitalized(lang))


@lru_cache(maxsize=None)
def capitalized_modern(lang: str = "en") -> dict[str, str]:
    """lower-case word -> the capitalised spelling, for names a modern dictionary spells only with a
    capital and :func:`capitalized` lacks ("danes", "easter", "facebook": ``capitalized_modern.txt``).
    Names of people, places and brands as much as conventional capitals, so only evidence that a
    lower-case word is a name, never that a capitalised one is a convention."""
    return _compiled(f"capitalized-modern-{lang}", (f"{lang}/capitalized_modern.txt",), lambda: _capitalized(lang, "capitalized_modern.txt"))


def _capitalized(lang: str, name: str = "capitalized.txt") -> dict[str, str]:
    from .data import _read

    raw = _read(f"{lang}/{name}") or ""
    return {w.lower(): w for w in (line.strip() for line in raw.splitlines()) if w and not w.startswith("#")}


def _compiled(name: str, relpaths: tuple[str, ...], build):
    """``build()``, kept in the user cache (:mod:`tqcheck.compiled`) until one of the data files
    or this module changes: parsing the big tables is a fair part of a short run's start-up."""
    import os

    from .compiled import cached

    root = os.path.join(os.path.dirname(__file__), "data")
    return cached(name, [__file__, *(os.path.join(root, *r.split("/")) for r in relpaths)], build)


@lru_cache(maxsize=None)
def gazetteer(lang: str = "en") -> dict[str, tuple[str, str]]:
    """lower-case name -> (canonical spelling, kind) from the generated and the curated tables."""
    files = (f"{lang}/gazetteer.tsv", f"{lang}/proper_nouns.tsv", f"{lang}/not_proper_nouns.txt")
    return _compiled(f"gazetteer-{lang}", files, lambda: _gazetteer(lang))


def _gazetteer(lang: str) -> dict[str, tuple[str, str]]:
    out: dict[str, tuple[str, str]] = {}
    for rel in (f"{lang}/gazetteer.tsv", f"{lang}/proper_nouns.tsv"):
        for row in table(rel, ("name", "kind")):
            out[row["name"].lower()] = (row["name"], row["kind"])
    for w in word_list(f"{lang}/not_proper_nouns.txt"):
        out.pop(w, None)
    return out


#: letters with a stroke or without a dot, which Unicode does not decompose but a writer without the
#: keyboard types as the plain letter ("Łódź"/"Lodz", "Halkalı"/"Halkali", "Đoković"/"Djokovic" is a
#: transliteration, not this)
_UNDECOMPOSED = str.maketrans("ıłŁđĐøØħĦŧŦ", "ilLdDoOhHtT")


def strip_accents(text: str) -> str:
    """Remove combining marks and the strokes Unicode keeps in the letter: "Nicolás" -> "Nicolas",
    "Łódź" -> "Lodz", "Halkalı" -> "Halkali" (other letters, "ß", "æ", are kept)."""
    if text.isascii():
        return text  # nothing to decompose (most words of most texts)
    decomposed = unicodedata.normalize("NFD", text.translate(_UNDECOMPOSED))
    return unicodedata.normalize("NFC", "".join(ch for ch in decomposed if not unicodedata.combining(ch)))


def has_accents(text: str) -> bool:
    return strip_accents(text) != text


@lru_cache(maxsize=None)
def conjunctions(lang: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(conjunctions, disjunctions, words that may repeat around one) of data/coordinating_conjunctions.tsv."""
    for r in table("coordinating_conjunctions.tsv", ("lang", "conjunctions", "disjunctions", "repeatable")):
        if r["lang"] == lang:
            return frozenset(r["conjunctions"].split()), frozenset(r["disjunctions"].split()), frozenset(r["repeatable"].split())
    return frozenset(), frozenset(), frozenset()
