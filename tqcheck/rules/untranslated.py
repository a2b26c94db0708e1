"""TQ201: words and phrases left in the source language or script."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

import regex

from ..data import table, word_list
from ..document import Document
from ..findings import Hit, Severity
from ..langs import language_name
from ..lexicon import capitalized, gazetteer, zipf
from ..names import after_opening
from ..registry import rule

#: the script of each target language whose letters count as "own"; anything else is foreign
_SCRIPTS = {
    "ru": "Cyrillic", "uk": "Cyrillic", "bg": "Cyrillic", "sr": "Cyrillic", "be": "Cyrillic", "mk": "Cyrillic",
    "el": "Greek", "ar": "Arabic", "fa": "Arabic", "he": "Hebrew", "hi": "Devanagari", "th": "Thai",
    "ko": "Hangul", "zh": "Han", "ja": "Han",
}
#: languages tried when no source language is given (strong evidence only)
_GUESS_LANGS = ("es", "fr", "de", "it", "pt", "nl", "pl", "cs", "sv", "tr", "ro")
_WORD = regex.compile(r"\p{L}[\p{L}\p{M}]*(?:['’]\p{L}+)?")

#: thresholds (wordfreq Zipf scale: 7 = commonest words, 3 = about once per million words)
MIN_SOURCE_ZIPF = 2.5  #: a flagged word is at least this frequent in the source language
MAX_TARGET_ZIPF_RARE = 1.0  #: ... and rarer than this in the target language,
MIN_MARGIN = 2.4  #: ... or this much more frequent in the source than in the target,
MAX_TARGET_ZIPF = 4.8  #: ... while not common in the target language ("die", "son", "plus").
MIN_SOURCE_ZIPF_CAPITALISED = 4.5  #: a capitalised word (at a sentence start) must be this common
MIN_SOURCE_ZIPF_GERMAN_NOUN = 3.3  #: a capitalised German word unknown in the target must be this common


@lru_cache(maxsize=None)
def _foreign_script(target: str) -> regex.Pattern:
    own = _SCRIPTS.get(target, "Latin")
    letters = rf"[^\P{{L}}\p{{{own}}}\p{{Latin}}]" if own != "Latin" else r"[^\P{L}\p{Latin}]"
    if target == "ja":
        letters = r"[^\P{L}\p{Han}\p{Hiragana}\p{Katakana}\p{Latin}]"
    run = rf"{letters}[\p{{M}}]*(?:{letters}|[\p{{M}}·・ー])*"
    return regex.compile(rf"{run}(?:[ \-]{run})*")


@lru_cache(maxsize=None)
def _loan_phrases(lang: str) -> re.Pattern | None:
    phrases = sorted((p for p in word_list(f"{lang}/loanwords.txt") if " " in p), key=len, reverse=True)
    if not phrases:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(p) for p in phrases) + r")(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=None)
def _source_letters(src: str) -> frozenset[str]:
    from .name_spelling import _diacritics

    extra = {"de": "äöüß"}.get(src, "")
    return frozenset(_diacritics().get(src, "") + extra)


@lru_cache(maxsize=None)
def _short_words(src: str) -> frozenset[str]:
    rows = table("untranslated_short.tsv", ("lang", "words"))
    return frozenset(w for r in rows if r["lang"] == src for w in r["words"].split())


def _word_verdict(word: str, src: str | None, target: str, capitalised: bool) -> tuple[str, float, float] | None:
    """(language, source zipf, target zipf) when ``word`` looks untranslated, else None."""
    low = word.lower()
    if src in _SCRIPTS:
        return None  # a source written in another script is caught by the script check
    if "'" in low or "’" in low:  # elision: d'admirer, all'olfatto, pouvaisn't
        parts = [p for p in re.split(r"['’]", low) if len(p) >= 3]
        verdicts = [v for p in parts if (v := _word_verdict(p, src, target, capitalised))]
        return verdicts[0] if verdicts else None
    zt = zipf(low, target)
    if src:
        zs = zipf(low, src)
        if capitalised:
            # a capitalised word is more likely a name ("Havlíček said", "on Talstrasse"): a German
            # noun must be common in German and unknown in the target, any other word very common
            if src == "de" and zt == 0 and (zs >= MIN_SOURCE_ZIPF_GERMAN_NOUN or (len(low) >= 12 and zs > 1.0)):
                return src, zs, zt  # "Präsident", "Wirtschaftsstandort"
            if zs < MIN_SOURCE_ZIPF_CAPITALISED:
                return None
        if zs >= MIN_SOURCE_ZIPF and (zt < MAX_TARGET_ZIPF_RARE or (zs - zt >= MIN_MARGIN and zt < MAX_TARGET_ZIPF)):
            return src, zs, zt
        if not capitalised and zt < 1.5 and any(ch in _source_letters(src) for ch in low):
            return src, zs, zt  # a word rare in the target, spelled with the source's letters
        if not capitalised and zt == 0 and zs >= 1.0 and len(low) >= 6:
            return src, zs, zt  # a long word unknown in the target and known in the source
        return None
    # no source language: only a word with letters English does not use, unknown in the target,
    # and common in one candidate language
    if zt >= MAX_TARGET_ZIPF_RARE or low.isascii() or capitalised:
        return None
    best = max(_GUESS_LANGS, key=lambda lang: zipf(low, lang))
    zs = zipf(low, best)
    return (best, zs, zt) if zs >= 3.0 else None


@rule("TQ201", "untranslated", "warning", "Words left in the source language or script (\"Leer más\", \"15 марта\").")
def untranslated(doc: Document) -> Iterator[Hit]:
    """
    ## What it does
    Flags text left untranslated: runs of letters in a script the target language does not use
    ("三聚氰胺", "марта"), and words that are common in the source language but rare in the target
    language ("coloca", "también", "nicht"), by wordfreq frequencies. Neighbouring flagged words
    are reported as one span ("Leer más"). Without `--source-lang` only strong evidence counts: a
    foreign script, or a word with letters English does not use that is unknown in English and
    common in another language. Names (capitalised words in mid-sentence, except German nouns
    when the source is German), words known to the gazetteer, and established loanwords
    (`data/en/loanwords.txt`: "fiesta", "ad hoc", "status quo") are not flagged.

    ## Why is this bad?
    Machine translation leaves words it does not know untouched, and fragments such as "Read
    more" buttons or dates often escape translation. Readers of the target language cannot
    understand them.

    ## Example
    `If Walmart coloca its stores near the border, sales rise.`

    Use instead: `If Walmart places its stores near the border, sales rise.`
    """
    text, target, src = doc.text, doc.target_lang, doc.source_lang
    spans: list[tuple[int, int, dict]] = []
    foreign = _foreign_script(target)
    has_foreign = any(foreign.match(ch) for ch in doc.distinct_chars if not ch.isascii())
    for m in foreign.finditer(text) if has_foreign else ():
        if len(m.group()) == 1 and regex.match(r"\p{Greek}", m.group()):
            continue  # π, µ, Δ: symbols
        spans.append((m.start(), m.end(), {"evidence": "script"}))
    script_covered = [(a, b) for a, b, _ in spans]

    protected: list[tuple[int, int]] = []
    loan = _loan_phrases(target)
    if loan is not None:
        protected = [m.span() for m in loan.finditer(text)]
    loanwords = word_list(f"{target}/loanwords.txt")
    gaz, cap = gazetteer(target), capitalized(target)
    starts = {s.offset for s in doc.segments}
    covered = protected + script_covered

    # decide once per distinct word; then visit only the occurrences of possible hits
    candidates: dict[str, tuple | None] = {}
    for low in doc.word_positions:
        if not low.isalpha() and not ("'" in low or "’" in low):
            continue
        if low in loanwords or low in gaz or low in cap:
            continue
        if len(low) == 1:
            if src and low in _short_words(src):
                candidates[low] = ("short",)
            continue
        as_lower = _word_verdict(low, src, target, False)
        as_capital = _word_verdict(low.capitalize(), src, target, True)
        if as_lower or as_capital:
            candidates[low] = (as_lower, as_capital)
    word_hits: list[tuple[int, int, dict]] = []
    for low, verdicts in candidates.items():
        for a in doc.word_positions[low]:
            b = a + len(low)
            word = text[a:b]
            if verdicts == ("short",):
                if word.islower() and _between_lowercase(text, a, b):
                    word_hits.append((a, b, {"evidence": "short word", "language": src}))
                continue
            if covered and any(x <= a < y for x, y in covered):
                continue
            if word.islower():
                verdict = verdicts[0]
            elif word[0].isupper() and word[1:].islower():
                verdict = verdicts[1]
                sentence_start = a in starts or after_opening(text, a, starts)
                german_noun = src == "de"
                if not (sentence_start or german_noun):
                    continue
            else:
                continue  # acronyms, mixed case
            if verdict is None:
                continue
            if len(word) <= 3 and _before_capital(text, b):
                continue  # name particles: "de Gaulle", "la Cruz", "bin Laden"
            lang, zs, zt = verdict
            word_hits.append((a, b, {"evidence": "frequency", "language": lang, "zipf_source": zs, "zipf_target": zt}))
    word_hits.sort(key=lambda h: h[0])

    # a capitalised source-language word next to a flagged one belongs to it ("Leer más")
    extended: list[tuple[int, int, dict]] = []
    for a, b, ev in word_hits:
        prev = regex.search(r"(\p{Lu}\p{Ll}+) $", text[max(0, a - 30) : a])
        if prev and src and _word_verdict(prev.group(1), src, target, False):
            a -= len(prev.group())
        extended.append((a, b, ev))
    word_hits = extended
    # join neighbouring words into one span ("Leer más")
    merged: list[tuple[int, int, dict]] = []
    for a, b, ev in word_hits:
        if merged and regex.fullmatch(r"[ \-]", text[merged[-1][1] : a] or "x"):
            pa, _, pev = merged[-1]
            merged[-1] = (pa, b, pev)
        else:
            merged.append((a, b, ev))
    # a lone short word is weak evidence: keep it only with a source language and a large margin
    for a, b, ev in merged:
        if b - a <= 3 and not src:
            continue
        spans.append((a, b, ev))

    for a, b, ev in sorted(spans, key=lambda s: s[0]):
        fragment = text[a:b]
        if ev["evidence"] == "script":
            msg = f"text in another script left untranslated: \"{fragment}\""
            severity = Severity.WARNING
        else:
            msg = f"\"{fragment}\" looks untranslated ({language_name(ev['language'])})"
            severity = Severity.WARNING if src else Severity.INFO
        yield Hit(a, b, msg, None, ev, severity)


def _before_capital(text: str, b: int) -> bool:
    after = regex.match(r"\s+(\p{L})", text[b : b + 4])
    return bool(after and after.group(1).isupper())


def _between_lowercase(text: str, a: int, b: int) -> bool:
    return bool(regex.search(r"\p{Ll}{2} $", text[max(0, a - 3) : a]) and regex.match(r" \p{Ll}{2}", text[b : b + 3]))
