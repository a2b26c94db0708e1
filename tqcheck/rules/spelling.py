"""TQ215: a lower-case word that the target language's word lists do not know."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

import regex

from ..data import table, word_list
from ..document import Document
from ..findings import Hit
from ..langs import language_name
from ..lexicon import MAX_WORD_LENGTH, zipf
from ..registry import rule
from .spacing import compound_head, in_address, surface_settings
from ..patterns import lazy

#: a lower-case word of Latin letters, not part of a longer token (a URL, an identifier, a number)
_LOWER_WORD = lazy(regex, r"(?<![\w'’@./#\\-])\p{Ll}+(?![\w@/\\]|['’]\w|\.\w)")
_LATIN = lazy(regex, r"\p{Latin}+")
#: shorter words are abbreviations, units and interjections as often as they are words
MIN_LENGTH = 4
#: both parts of a two-word compound ("planemaker", "breakrooms") are at least this common
MIN_COMPOUND_PART_ZIPF = 3.0
#: a capitalised word rarer than this before an unknown word is a foreign name's first word ("Lietuvos": 1.5)
MAX_FOREIGN_NAME_ZIPF = 2.5
#: the part of a derivation that the language knows: any listed word ("reconfigurable")
MIN_STEM_ZIPF = 0.0


@lru_cache(maxsize=None)
def _affixes(lang: str) -> tuple[tuple[str, ...], tuple[tuple[str, str], ...], tuple[str, ...]]:
    rows = table(f"{lang}/word_affixes.tsv", ("kind", "affix"))
    prefixes = tuple(r["affix"] for r in rows if r["kind"] == "prefix")
    suffixes = tuple((r["affix"], r.get("replacement", "")) for r in rows if r["kind"] == "suffix")
    latin = tuple(r["affix"] for r in rows if r["kind"] == "latin")
    return prefixes, suffixes, latin


def suffixes(lang: str) -> tuple[tuple[str, str], ...]:
    """The endings of data/<lang>/word_affixes.tsv, each with what replaces it on the stem."""
    return _affixes(lang)[1]


def _known(word: str, lang: str) -> bool:
    return zipf(word, lang) > MIN_STEM_ZIPF or word in word_list(f"{lang}/ordinary.txt")


@lru_cache(maxsize=20_000)
def derived(word: str, lang: str) -> bool:
    """``word`` is built from words the language knows: a prefix before one ("ecozones"), one
    with an ending ("accommodatingly", "reconfigurability"), or two common words written as one
    ("planemaker"; TQ212 reports those that are two words glued by mistake)."""
    prefixes, suffixes, latin = _affixes(lang)
    if word.endswith(latin):
        return True  # a scientific name's Latin ("muscivorus", "helianthemum")
    if compound_head(word, lang, rest=2):
        return True
    for prefix in prefixes:
        rest = word[len(prefix) :]
        if word.startswith(prefix) and len(rest) >= 3 and (_known(rest, lang) or _with_suffix(rest, lang, suffixes)):
            return True
    if _with_suffix(word, lang, suffixes):
        return True
    for i in range(3, len(word) - 2):
        if zipf(word[:i], lang) >= MIN_COMPOUND_PART_ZIPF and zipf(word[i:], lang) >= MIN_COMPOUND_PART_ZIPF:
            return True
    return False


def _with_suffix(word: str, lang: str, suffixes: tuple[tuple[str, str], ...]) -> bool:
    for suffix, replacement in suffixes:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[: len(word) - len(suffix)]
            for base in {stem + replacement, stem + "e", stem[:-1] + "y" if stem.endswith("i") else stem}:
                if _known(base, lang) or (base[-1:] == base[-2:-1] and _known(base[:-1], lang)):
                    return True
    return False


_NAME_BEFORE = lazy(regex, r"(\p{Lu}\p{Ll}+) $")


def _in_foreign_name(text: str, p: int, lang: str) -> bool:
    """The word follows a capitalised word rare in the language: the second word of a foreign name
    that writes it in lower case ("the newspaper Lietuvos rytas")."""
    m = _NAME_BEFORE.search(text, max(0, p - MAX_WORD_LENGTH), p)
    return m is not None and zipf(m.group(1).lower(), lang) < MAX_FOREIGN_NAME_ZIPF


_WORD_AFTER = lazy(regex, r" (\p{Ll}+)\b")


def _before_latin(text: str, end: int, lang: str) -> bool:
    m = _WORD_AFTER.match(text, end)
    return m is not None and m.group(1).endswith(_affixes(lang)[2]) and not _known(m.group(1), lang)


@rule("TQ215", "unknown-word", "warning", "A lower-case word the language's word lists do not know (\"zocrema\", \"wanderhutte\").")
def unknown_word(doc: Document) -> Iterator[Hit]:
    """
    ## What it does
    In a language whose profile asks for it (`unknown_words` in `data/<lang>/surface.toml`: English,
    whose word-frequency list of 320,000 words and SCOWL dictionary between them hold nearly every
    word a writer uses, inflections included), flags a lower-case word of four letters or more,
    in Latin letters, that neither knows, unless it is built from known words: a prefix before one
    ("ecozones", "unexpecting"), one with an ending ("accommodatingly", "reconfigurability";
    `data/<lang>/word_affixes.tsv`), a word after a compound head ("mouthpart"), or two common
    words written as one ("planemaker"). Words the document also writes with a capital (a name:
    TQ101's), words in URLs, e-mail addresses and paths are left alone, and so is the text's last
    word when no stop follows it (a copy cut off in mid-word), and a smiley's code (":mrgreen:"). When the source language
    (`--source-lang`) knows the word, the finding says so.

    ## Why is this bad?
    An unknown word in machine translation is usually a source word the engine copied or
    romanised ("likarnya, zocrema" for *лікарня, зокрема*), a source compound stripped of its
    umlauts ("the rathausschlussel"), or a garbled or misspelt word: each one a reader stumbles on.
    In clean English such words are rare (about 0.1 in 1,000 words of the DEMETR references, most
    of them typos); a technical or scientific term is the usual false alarm.

    ## Example
    `Chervonohrad town likarnya, zocrema 5 000 000 UAH for the reconstruction`

    Use instead: `Chervonohrad town hospital, in particular 5 000 000 UAH for the reconstruction`
    """
    lang = doc.target_lang
    if not surface_settings(lang).get("unknown_words", False):
        return
    text = doc.text
    src = doc.source_lang if doc.source_lang and doc.source_lang != lang else None
    for low, positions in doc.word_positions.items():
        if len(low) < MIN_LENGTH or len(low) > MAX_WORD_LENGTH or not low.isalpha() or not _LATIN.fullmatch(low):
            continue
        if _known(low, lang) or derived(low, lang):
            continue
        written = [p for p in positions if text.startswith(low, p)]
        if len(written) != len(positions):
            continue  # also written with a capital: a name (TQ101 says when one is in lower case)
        for p in written:
            m = _LOWER_WORD.match(text, p)
            if m is None or m.end() != p + len(low) or in_address(text, p, m.end()) or _in_foreign_name(text, p, lang):
                continue
            if text[p - 1 : p] == ":" and text[m.end() : m.end() + 1] == ":":
                continue  # a smiley's code (":mrgreen:")
            if _before_latin(text, m.end(), lang):
                continue  # a genus before its species ("helicodiceros muscivorus")
            if not text[m.end() :].strip():
                continue  # the text's last word, with no stop after it: a copy cut off ("quality from existi")
            evidence = {"zipf": 0.0, "lang": lang}
            if src and zipf(low, src) > 0:
                evidence |= {"source_lang": src, "zipf_source": zipf(low, src)}
                message = f"no {language_name(lang)} word list knows \"{low}\", but the {language_name(src)} one does: left untranslated?"
            else:
                message = f"no {language_name(lang)} word list knows \"{low}\": a source word left in, a misspelling or a garbled word?"
            yield Hit(p, m.end(), message, None, evidence)
