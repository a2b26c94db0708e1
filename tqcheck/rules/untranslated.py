"""TQ201: words and phrases left in the source language or script."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from functools import lru_cache

import regex

from ..data import table, word_list
from ..textscan import in_code
from ..document import Document
from ..findings import Hit, Severity
from ..langs import CYRILLIC_SOURCES, language_name
from ..lexicon import capitalized, gazetteer, guess_zipf, zipf
from ..names import after_opening
from ..phrases import PhraseIndex
from ..registry import rule
from .spacing import english_place_heads, in_link
from ..patterns import cached_compile, lazy

#: the script of each target language whose letters count as "own"; anything else is foreign
_SCRIPTS = {
    "ru": "Cyrillic", "uk": "Cyrillic", "bg": "Cyrillic", "sr": "Cyrillic", "be": "Cyrillic", "mk": "Cyrillic",
    "el": "Greek", "ar": "Arabic", "fa": "Arabic", "he": "Hebrew", "hi": "Devanagari", "th": "Thai",
    "ko": "Hangul", "zh": "Han", "ja": "Han",
}
#: languages tried when no source language is given (strong evidence only)
_GUESS_LANGS = ("es", "fr", "de", "it", "pt", "nl", "pl", "cs", "sv", "tr", "ro")
_WORD = lazy(regex, r"\p{L}[\p{L}\p{M}]*(?:['’]\p{L}+)?")

#: thresholds (wordfreq Zipf scale: 7 = commonest words, 3 = about once per million words)
MIN_SOURCE_ZIPF = 2.5  #: a flagged word is at least this frequent in the source language
MAX_TARGET_ZIPF_RARE = 1.0  #: ... and rarer than this in the target language,
MIN_MARGIN = 2.4  #: ... or this much more frequent in the source than in the target,
MAX_TARGET_ZIPF = 4.8  #: ... while not common in the target language ("die", "son", "plus").
MIN_SOURCE_ZIPF_CAPITALISED = 4.5  #: a capitalised word (at a sentence start) must be this common
MIN_SOURCE_ZIPF_GERMAN_NOUN = 3.3  #: a capitalised German word unknown in the target must be this common
#: a function word of the source (this common there: "se", "que") needs a smaller margin ("Se your phone")
MIN_SOURCE_ZIPF_FUNCTION = 6.0
#: an English word that the target's spelling dictionary rejects needs only this frequency in English
MIN_SOURCE_ZIPF_DICTIONARY = 3.0
#: ... when the target's web text uses it less than this (a word it uses more, "weekend" in Spanish, is
#: reported only standing apart or inside an English clause)
MAX_TARGET_ZIPF_DICTIONARY = 3.0
#: ... or than this, when the text is declared translated from English (--source-lang en): a loanword
#: of the web's statistics that the target's dictionary rejects ("view" in Italian, "twin" in Portuguese)
#: is then English quoted; a native text checked without a source keeps them ("startup", "email")
MAX_TARGET_ZIPF_DICTIONARY_FROM_ENGLISH = 4.0
MIN_MARGIN_FUNCTION = 2.2
#: fragments: a word next to a flagged one joins it ("Lire aussi", "3 de marzo") when it is at least
#: this common in the source language and leans this much towards it
MIN_SOURCE_ZIPF_JOIN = 3.0
MIN_MARGIN_JOIN = 1.5
#: with no source language, a word must be this common in the language guessed for it
MIN_SOURCE_ZIPF_GUESS = 3.0
#: (guessing asks lexicon.guess_zipf, exact only from GUESS_FLOOR up: both thresholds must stay at or
#: above it, as tests/test_freqtable.py checks)
#: a run of such leaning words with no flagged word in it ("the new policy will start") is reported
#: when it has at least two words and their margins add up to this much
MIN_RUN_MARGIN = 4.5
#: inside a fragment, words that lean less (shared by both languages: German "will", Italian "city")
#: may stand between leaning words; at a fragment's edge only from MIN_MARGIN_EDGE
MIN_MARGIN_BRIDGE = 0.0
MIN_MARGIN_EDGE = 1.0
#: boilerplate standing apart (a line of its own, a parenthesis, a label before a colon, a paragraph's
#: last words after a full stop) of at most this many words, each leaning to the source language
#: ("Weiterlesen", "(Archivo)", "Lire aussi:"); one of them must lean by MIN_MARGIN_BOILERPLATE and be
#: rarer than MAX_TARGET_ZIPF_BOILERPLATE in the target
MAX_BOILERPLATE_WORDS = 3
#: a clause in the source language: at least this many words scored, leaning this much on average
#: (Zipf points, each word's frequency floored at CLAUSE_FLOOR), none belonging to the target
MIN_CLAUSE_WORDS = 3
MIN_CLAUSE_MEAN_MARGIN = 1.2
CLAUSE_FLOOR = 1.0
#: ... and one of its words at most this common in the target (shared words alone prove nothing)
MAX_CLAUSE_TARGET_ZIPF = 2.0
#: a word this much more common in the target than in the source belongs to the target: no clause
MAX_CLAUSE_VETO = -1.0
MIN_MARGIN_BOILERPLATE = 2.0
MIN_MARGIN_SHARED = -0.5  #: a word about as common in both languages may stand in boilerplate
MAX_TARGET_ZIPF_BOILERPLATE = 3.0
#: longer tokens are not words (a URL, a hash); the compound and romanisation searches skip them
MAX_WORD_LEN = 30
#: English compounds left whole ("armsbearer", "oaktree"): a word unknown in the target, at least this
#: long, made of two English words each at least MIN_COMPOUND_PART_ZIPF common and leaning to English
MIN_COMPOUND_LEN = 8
MIN_COMPOUND_PART_ZIPF = 3.0
#: transliterated source words ("devaysa" for девайса): at least this long, unknown in the target, and a
#: form of a source word at least this common
MIN_TRANSLIT_LEN = 6
MIN_SOURCE_ZIPF_TRANSLIT = 2.0
#: ... or, from this length, with one letter left out, of a source word at least this common
MIN_TRANSLIT_LEN_GARBLED = 8
MIN_SOURCE_ZIPF_TRANSLIT_GARBLED = 2.5


#: a name of capitalised parts joined by hyphens around short lower-case words ("Ille-et-Vilaine",
#: "Aix-en-Provence", "Saint-Jean-de-Luz"): a place's name in its own language, not words left untranslated
_HYPHENATED_NAME = lazy(regex, r"(?<![\p{L}\p{M}-])\p{Lu}[\p{L}\p{M}]*(?:-\p{Ll}{1,4})+-\p{Lu}[\p{L}\p{M}]*(?:-[\p{L}\p{M}]+)*")


@lru_cache(maxsize=None)
def _foreign_script(target: str) -> regex.Pattern:
    own = _SCRIPTS.get(target, "Latin")
    letters = rf"[^\P{{L}}\p{{{own}}}\p{{Latin}}]" if own != "Latin" else r"[^\P{L}\p{Latin}]"
    if target == "ja":
        letters = r"[^\P{L}\p{Han}\p{Hiragana}\p{Katakana}\p{Latin}]"
    run = rf"{letters}[\p{{M}}]*(?:{letters}|[\p{{M}}·・ー])*"
    return cached_compile(regex, rf"{run}(?:[ \-]{run})*")


@lru_cache(maxsize=None)
def _loan_phrases(lang: str) -> PhraseIndex | None:
    phrases = [p for p in word_list(f"{lang}/loanwords.txt") if " " in p]
    return PhraseIndex(phrases) if phrases else None


@lru_cache(maxsize=None)
def _source_letters(src: str) -> frozenset[str]:
    from .name_spelling import _diacritics

    extra = {"de": "äöüß"}.get(src, "")
    return frozenset(_diacritics().get(src, "") + extra)


@lru_cache(maxsize=None)
def _short_words(src: str) -> frozenset[str]:
    rows = table("untranslated_short.tsv", ("lang", "words"))
    return frozenset(w for r in rows if r["lang"] == src for w in r["words"].split())


@lru_cache(maxsize=None)
def _english_words(target: str) -> frozenset[str]:
    """English words the target's spelling dictionary does not know (data/<lang>/english_words.txt)."""
    return word_list(f"{target}/english_words.txt")


def _word_verdict(word: str, src: str | None, target: str, capitalised: bool, from_english: bool = False) -> tuple[str, float, float] | None:
    """(language, source zipf, target zipf) when ``word`` looks untranslated, else None. ``from_english``:
    the text is declared translated from English (rarer loanwords count as English)."""
    low = word.lower()
    if src in _SCRIPTS:
        return None  # a source written in another script is caught by the script check
    if "'" in low or "’" in low:  # elision: d'admirer, all'olfatto, pouvaisn't
        parts = [p for p in re.split(r"['’]", low) if len(p) >= 3]
        verdicts = [v for p in parts if (v := _word_verdict(p, src, target, capitalised, from_english))]
        return verdicts[0] if verdicts else None
    zt = zipf(low, target)
    ceiling = MAX_TARGET_ZIPF_DICTIONARY_FROM_ENGLISH if from_english and not capitalised else MAX_TARGET_ZIPF_DICTIONARY
    if src == "en" and zt < ceiling and low in _english_words(target) and zipf(low, "en") >= MIN_SOURCE_ZIPF_DICTIONARY \
            and low not in _first_names() and not _romance_word(low, target):
        return "en", zipf(low, "en"), zt  # an English word the target's spelling dictionary does not know
    if src:
        zs = zipf(low, src)
        if capitalised:
            # a capitalised word is more likely a name ("Havlíček said", "on Talstrasse"): a German
            # noun must be common in German and unknown in the target, any other word very common
            if src == "de" and zt == 0 and (zs >= MIN_SOURCE_ZIPF_GERMAN_NOUN or (len(low) >= 12 and zs > 1.0 and not _toponym(low))):
                return src, zs, zt  # "Präsident", "Wirtschaftsstandort" (not "Springiersbach", a village)
            if zs < MIN_SOURCE_ZIPF_CAPITALISED:
                return None
        if zs >= MIN_SOURCE_ZIPF and (zt < MAX_TARGET_ZIPF_RARE or (zs - zt >= MIN_MARGIN and zt < MAX_TARGET_ZIPF)):
            return src, zs, zt
        if capitalised and zs >= MIN_SOURCE_ZIPF_FUNCTION and zs - zt >= MIN_MARGIN_FUNCTION and zt < MAX_TARGET_ZIPF:
            return src, zs, zt  # a function word of the source opening a sentence: "Se your phone" (it)
        if not capitalised and zt < 1.5 and any(ch in _source_letters(src) for ch in low):
            return src, zs, zt  # a word rare in the target, spelled with the source's letters
        if not capitalised and zt == 0 and zs >= 1.0 and len(low) >= 6:
            return src, zs, zt  # a long word unknown in the target and known in the source
        return None
    # no source language: only a word with letters English does not use, unknown in the target,
    # and common in one candidate language
    if zt >= MAX_TARGET_ZIPF_RARE or low.isascii() or capitalised:
        return None
    best = max(_GUESS_LANGS, key=lambda lang: guess_zipf(low, lang))
    zs = guess_zipf(low, best)
    return (best, zs, zt) if zs >= MIN_SOURCE_ZIPF_GUESS else None


#: languages whose words English borrows with their dishes and customs ("tortilla", "paella", "croissant")
_ROMANCE = ("es", "fr", "it", "pt")
#: ... a word this much more common in one of them than in English is that language's
MIN_ROMANCE_MARGIN = 0.5


def _romance_word(low: str, target: str) -> bool:
    """A word English borrowed from another Romance language ("tortilla" in a Portuguese recipe): not English left in."""
    zen = zipf(low, "en")
    return any(guess_zipf(low, lang) >= zen + MIN_ROMANCE_MARGIN for lang in _ROMANCE if lang != target)


#: what may follow a term to gloss it: a dash, a comma or a bracket, then an indefinite article ("– a", ", una", "(ein")
_GLOSS = lazy(regex, r"[ \u00a0]*(?:[–—]|-(?= )|,|\()[ \u00a0]*(\p{L}+)[ \u00a0]")


def _glossed(doc: Document, words) -> set[str]:
    """The words the document explains where it uses them, with an appositive that opens with an
    indefinite article of the target ("Ortsgemeinde – a municipality belonging to a
    Verbandsgemeinde, a kind of collective municipality"): terms kept on purpose, at every
    occurrence (data/<lang>/indefinite_articles.txt)."""
    articles = word_list(f"{doc.target_lang}/indefinite_articles.txt")
    if not articles:
        return set()
    text = doc.text
    out = set()
    for low in words:
        for a in doc.word_positions[low]:
            m = _GLOSS.match(text, a + len(low))
            if m is not None and m.group(1) in articles:
                out.add(low)
                break
    return out


def _toponym(low: str) -> bool:
    """A German word with the ending of a place name ("springiersbach"): data/de/toponym_endings.txt."""
    return low.endswith(tuple(word_list("de/toponym_endings.txt")))


#: a time of day with its minutes and the word after it ("9:00 UHR", "10.00 uur"), or an hour glued to it ("22hod")
_TIME_WORD = lazy(regex, r"(?<![\d.:])(?:[01]?\d|2[0-4])(?:[:.][0-5]\d ?|(?=\p{L}))(\p{L}+)\.?(?![\p{L}])")


#: a line of its own (leading and trailing spaces aside)
_LINE = lazy(re, r"(?m)^[ \t]*(\S[^\n]{0,40}?)[ \t]*$")


def _web_furniture(doc: Document) -> list[tuple[int, int, dict]]:
    """A line that is exactly an English site builder's furniture ("top of page", "back to top"):
    data/en/web_furniture.txt; or another language's line that scraping sites leave on their pages
    (the author placeholder "Anonim": data/foreign_furniture.tsv)."""
    lines = word_list("en/web_furniture.txt")
    foreign = _foreign_furniture()
    out = []
    for m in _LINE.finditer(doc.text):
        line = m.group(1)
        key = _ANY_NUMBER.sub("0", line.lower()).strip(_FURNITURE_MARKS)
        lang = "en" if key in lines else foreign.get(key)
        if lang is not None and lang != doc.target_lang:
            a = m.start(1) + len(line) - len(line.lstrip(_FURNITURE_MARKS))
            out.append((a, m.start(1) + len(line.rstrip(_FURNITURE_MARKS)), {"evidence": "boilerplate", "language": lang}))
    return out


@lru_cache(maxsize=None)
def _foreign_furniture() -> dict[str, str]:
    """data/foreign_furniture.tsv: a line (lower case) -> the language it was left in."""
    return {row["line"]: row["lang"] for row in table("foreign_furniture.tsv", ("line", "lang"))}


#: marks around a line of furniture: a bullet, a separator, an arrow
_FURNITURE_MARKS = " .:|»›>•·*-"


_ANY_NUMBER = lazy(re, r"\d+")


@lru_cache(maxsize=None)
@lru_cache(maxsize=None)
def _others_words(name: str, column: str, target: str) -> dict[str, tuple[str, ...]]:
    """The words of a data table of languages' words (``lang`` and ``column``) that ``target`` does
    not write itself: word -> the languages that write it, in the table's order."""
    rows = table(name, ("lang", column))
    own = {r[column] for r in rows if r["lang"] == target}
    out: dict[str, tuple[str, ...]] = {}
    for r in rows:
        if r[column] not in own:
            out[r[column]] = out.get(r[column], ()) + (r["lang"],)
    return out


@lru_cache(maxsize=None)
def _clock_word_table(target: str) -> tuple[dict[str, tuple[str, ...]], re.Pattern]:
    """The clock words that ``target`` does not write (word -> the languages that write it), and an
    expression that finds any of them fast (a prefilter)."""
    words = _others_words("clock_words.tsv", "word", target)
    return words, re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!)", re.IGNORECASE)


def _clock_words(doc: Document) -> list[tuple[int, int, dict]]:
    """Another language's word for "o'clock" after a time ("de [9:00 UHR] a [18:00 UHR]" in Spanish):
    data/clock_words.tsv, the words of languages other than the target."""
    words, hint = _clock_word_table(doc.target_lang)
    if not words or not hint.search(doc.text):
        return []
    out = []
    for m in _TIME_WORD.finditer(doc.text):
        langs = words.get(m.group(1).lower())
        if langs is not None:
            # the declared source language when it writes the word ("hs": Spanish or Portuguese)
            lang = doc.source_lang if doc.source_lang in langs else langs[0]
            out.append((m.start(1), m.end(1), {"evidence": "clock word", "language": lang}))
    return out


#: a lower-case abbreviation with its full stop before a capitalised or quoted name ("ul. Pusta", "bul. \"Yanko")
_ABBREVIATION_BEFORE_NAME = lazy(regex, r"(?<![\p{L}\d.])(\p{Ll}{2,3}\.)[ \u00a0][\"„«“]?\p{Lu}")


def _address_abbreviations(doc: Document) -> list[tuple[int, int, dict]]:
    """Another language's abbreviation before a street's or an address's name ("in ul. Pusta 62",
    "the intersection of bul. \"Yanko Komitov\"", "os. Vaasantie 312"): data/address_abbreviations.tsv."""
    words = _others_words("address_abbreviations.tsv", "abbreviation", doc.target_lang)
    if not words or ". " not in doc.text:
        return []
    out = []
    for m in _ABBREVIATION_BEFORE_NAME.finditer(doc.text):
        langs = words.get(m.group(1))
        if langs is not None:
            lang = doc.source_lang if doc.source_lang in langs else langs[0]
            out.append((m.start(1), m.end(1), {"evidence": "address abbreviation", "language": lang}))
    return out


@lru_cache(maxsize=None)
def _official_title_table() -> dict[str, tuple[str, str]]:
    """data/official_titles.tsv: lower-case word -> (the word as written, its language)."""
    return {r["word"].lower(): (r["word"], r["lang"]) for r in table("official_titles.tsv", ("lang", "word", "meaning"))}


def _official_titles(doc: Document) -> list[tuple[int, int, dict]]:
    """A rank, an office or a unit of another country's police, army or local government left in the
    text as its press writes it ("AKBP Edi Purnomo", "Kapolsek Marang"): data/official_titles.tsv,
    where the source language is the title's or not given."""
    titles = _official_title_table()
    out = []
    for low in doc.word_positions.keys() & titles.keys():
        word, lang = titles[low]
        if lang == doc.target_lang or doc.source_lang not in (None, lang):
            continue
        out.extend((p, p + len(word), {"evidence": "official title", "language": lang})
                   for p in doc.word_positions[low] if doc.text.startswith(word, p))
    return out


def _address_countries(doc: Document) -> list[tuple[int, int, dict]]:
    """A country's name in English or in the declared source language that ends an address of a text
    in another language ("81379 Munich, Germany" in Spanish, "Ljubljana, Slovenia" in French): the
    name after a comma, with nothing but the line's end or a comma or bracket after it. Names the
    target writes the same way ("Portugal") are not looked for (CLDR territory names)."""
    target = doc.target_lang
    if target == "en" or target in _SCRIPTS or ", " not in doc.text:
        return []
    names, pattern = _address_country_table(target, doc.source_lang or "")
    if not names:
        return []
    out = []
    for m in pattern.finditer(doc.text):
        lang, form = names[m.group(1)]
        out.append((m.start(1), m.end(1), {"evidence": "address country", "language": lang, "form": form}))
    return out


#: languages whose country names are looked for at the end of an address, beside the declared source
ADDRESS_COUNTRY_LANGUAGES = ("en",)


@lru_cache(maxsize=None)
def _exonym_table(target: str) -> dict[str, list[tuple[str, str]]]:
    """The first word, in lower case, of English names of countries and cities -> [(the name, the
    target's name)], longest first (data/english_exonyms.tsv)."""
    out: dict[str, list[tuple[str, str]]] = {}
    for r in table("english_exonyms.tsv", ("en",)):
        if r.get(target):
            out.setdefault(r["en"].split()[0].lower(), []).append((r["en"], r[target]))
    for names in out.values():
        names.sort(key=lambda n: -len(n[0]))
    return out


#: the two words before a place's name
_TWO_WORDS_BEFORE = lazy(regex, r"(\p{L}+)[^\p{L}\n]+(\p{L}+)[^\p{L}\n]+$")
#: a word before a place's name this common in English, and this much more common there than in
#: the target (Zipf), is English ("Made in Germany")
MIN_ENGLISH_NEIGHBOUR_ZIPF = 3.0
ENGLISH_NEIGHBOUR_MARGIN = 1.5


def _english_exonyms(doc: Document) -> Iterator[tuple[int, int, dict]]:
    """A country's or a city's English name in running text of a target that writes it its own way
    ("viajamos a Yekaterinburg": Ekaterimburgo; "en Germany": Alemania; data/english_exonyms.tsv, from
    CLDR). Not a name inside a longer one ("London Eye", "Havana Club"), nor one among English
    words ("„Made in Germany“")."""
    target = doc.target_lang
    if target == "en":
        return
    table_ = _exonym_table(target)
    text = doc.text
    for first in table_.keys() & doc.word_positions.keys():
        for p in doc.word_positions[first]:
            name = next((n for n in table_[first] if text.startswith(n[0], p)), None)
            if name is None:
                continue
            b = p + len(name[0])
            if (b < len(text) and (text[b].isalnum() or text[b] in "'’&-")) or _CAPITALISED_NEXT.match(text, b):
                continue  # inside a word, or a longer name ("London Eye", "Havana Club")
            before = _TWO_WORDS_BEFORE.search(text, max(0, p - 40), p)
            if before is not None and any((z := zipf(w.lower(), "en")) >= MIN_ENGLISH_NEIGHBOUR_ZIPF
                                          and z >= zipf(w.lower(), target) + ENGLISH_NEIGHBOUR_MARGIN
                                          and w.lower() not in table_ for w in before.groups()):
                continue  # "Made in Germany": an English phrase the text quotes
            yield (p, b, {"evidence": "english exonym", "language": "en", "form": name[1]})


@lru_cache(maxsize=None)
def _address_country_table(target: str, source: str) -> tuple[dict[str, tuple[str, str]], re.Pattern]:
    """Country names (CLDR) of English and of ``source`` that ``target`` writes otherwise -> (their
    language, the target's name), and an expression finding one after a comma at an address's end."""
    from ..cldr import territories

    own = territories(target) or {}
    written = {name.lower() for name in own.values()}
    names: dict[str, tuple[str, str]] = {}
    for lang in (*ADDRESS_COUNTRY_LANGUAGES, source):
        if not lang or lang == target:
            continue
        for code, name in (territories(lang) or {}).items():
            # countries only (two letters), names of four letters or more, not the target's own
            if len(code) == 2 and code.isalpha() and len(name) > 3 and name.lower() not in written and code in own:
                names.setdefault(name, (lang, own[code]))
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) or "(?!)"
    return names, re.compile(rf", ?({alternatives})(?=[ \t]*(?:$|[,;()]|\.[ \t]*$))", re.MULTILINE)


#: a day, a month's name and a year ("11 Luglio 2017", "26 Juni 2024", "3 de marzo de 2021"): the name checked in code
_DAY_MONTH_YEAR = lazy(regex, r"(?<![\d.,])\d{1,2}\.?[ \u00a0]+(?:de[ \u00a0]+)?(\p{L}{3,})\.?,?[ \u00a0]+(?:de[ \u00a0]+)?\d{4}(?!\d)")
#: a month name of another language this common in the target (Zipf) is a word of the target ("mai" in Italian, "Mars")
MONTH_WORD_MAX_ZIPF = 4.0
#: languages whose month names are looked for in a date of another language, beside the declared source
MONTH_LANGUAGES = ("es", "fr", "de", "it", "pt", "en", "nl", "pl", "cs", "sk", "sl", "hr", "ro", "hu", "sv", "da", "nb",
                   "fi", "tr", "id", "ms", "ca", "lt", "lv", "et")


@lru_cache(maxsize=None)
def _month_languages(lang: str) -> dict[str, str]:
    """Month names of ``lang`` (the declared source, or "") and of :data:`MONTH_LANGUAGES` in lower case -> the
    first of those languages that writes each (CLDR)."""
    from ..cldr import months

    out: dict[str, str] = {}
    for code in (lang, *MONTH_LANGUAGES) if lang else MONTH_LANGUAGES:
        for name in months(code):
            out.setdefault(name.lower(), code)
    return out


@lru_cache(maxsize=None)
def _own_months(lang: str) -> frozenset[str]:
    """The target's month names in lower case (CLDR)."""
    from ..cldr import months

    return frozenset(name.lower() for name in months(lang))


def _foreign_months(doc: Document) -> list[tuple[int, int, dict]]:
    """A date whose month is named in another language ("11 Luglio 2017" in English, "26 Juni 2024" in
    an English page from Indonesian): not a month of the target (CLDR), nor a word of the target."""
    text, target = doc.text, doc.target_lang
    out = []
    for m in _DAY_MONTH_YEAR.finditer(text):
        low = m.group(1).lower()
        if low in _own_months(target) or zipf(low, target) >= MONTH_WORD_MAX_ZIPF:
            continue
        lang = _month_languages(doc.source_lang or "").get(low)
        if lang is not None and lang != target:
            out.append((m.start(1), m.end(1), {"evidence": "month", "language": lang}))
    return out


@rule("TQ201", "untranslated", "warning", "Words left in the source language or script (\"Leer más\", \"15 марта\").")
def untranslated(doc: Document) -> Iterator[Hit]:
    """
    ## What it does
    Flags text left untranslated: runs of letters in a script the target language does not use
    ("三聚氰胺", "марта"), and words that are common in the source language but rare in the target
    language ("coloca", "también", "nicht"), by wordfreq frequencies. The whole fragment is reported
    with its language: neighbouring words that lean to the source language join a flagged word
    ("Leer más", "Lire aussi", "3 de marzo"), and a run of such words is reported even when none
    alone would be ("the new policy will start" in a Spanish text). Short boilerplate standing
    apart — a line of its own, a parenthesis, a label before a colon, a paragraph's last words —
    is reported when its words belong to the source language ("Weiterlesen", "(Archivo)"), or, in a
    page translated from a language in another script, when every word is English ("Homepage" in a
    French page from Japanese: the labels of a template the translation passed through). From a
    Cyrillic source, a word unknown in the target that reads as a romanised source word
    ("devaysa" for девайса) is reported too, from Chinese a lower-case word unknown in English and
    in the target that is pinyin of two syllables or more ("zhanba"), and from English a word
    unknown in the target made of two English words ("armsbearer"). English left in another
    language inside quotation marks, or continuing a capitalised English word, is taken for a
    title or a quotation kept on purpose ("la canción «Let it be»"), and so is a term the text
    explains where it uses it ("Ortsgemeinde – a municipality") or a word in lower case it glosses in
    mid-sentence ("a Finnish smoke (savu) sauna"). Another language's word for
    "o'clock" after a time ("de [9:00 UHR] a [18:00 UHR]", "the 22hod", "served at 20:00 hs":
    `data/clock_words.tsv`), another language's abbreviation before a street's name ("in ul. Pusta
    62", "bul. \"Yanko Komitov\"": `data/address_abbreviations.tsv`), a rank, an office or a unit of
    another country's police, army or local government left as its press writes it ("Police Chief AKBP
    Edi Purnomo", "Kapolsek Marang": `data/official_titles.tsv`, where the source language is the
    title's or not given), a
    date whose month is named in another language ("11 Luglio 2017", "26 Juni 2024" in English; CLDR's
    month names of the source and of two dozen languages, not the target's nor a word common in
    it: "mai" in Italian), and
    in a page in another language a line that is an English site builder's furniture ("top of
    page", "back to top", "Comments (3)", "896 Shares 6606 views": `data/en/web_furniture.txt`,
    any number standing for any other), and in a page in any language a line that scraping sites
    leave in another language (the placeholder "Anonim": `data/foreign_furniture.tsv`). In Spanish, French, Italian,
    Portuguese and German, an English head noun left in a place or building name ("Springiersbach
    Abbey", "Windsor Castle") is reported with the target's form ("abadía de Springiersbach";
    `data/name_heads.tsv`); heads that English-speaking places keep in other languages ("Oxford
    Street", "Central Park", "Kansas City") count only after a name English writes rarely, as
    translations through English leave them ("Liuquan Road", "Yuhuang Mountain", "Volsky
    District"). In those languages, the English name of a country or a city that the target writes
    its own way ("viajamos a Yekaterinburg": Ekaterimburgo; "nach Moscow": Moskau;
    `data/english_exonyms.tsv`, from CLDR), not inside a longer name ("London Eye") nor among English
    words ("„Made in Germany“"). A word quoted after the name of its language ("Auf Englisch heißt das
    „ascending“") is talked about, not left untranslated. In those languages, translated from a third language (`--source-lang`
    neither English nor the target), a name or label in English title case with two English words
    the target's spelling dictionary rejects, or one and an English "of"/"and" inside it or an English
    head noun ending it ("Market Square" from Russian, "Union of Resistance" from Polish, "Sakoshi
    Boat Festival" from Japanese), is English the translation passed
    through; people's names and registered company names ("… Co., Ltd.") are left alone.

    A clause whose words all lean to the source language (none belonging to the target, one of them
    rare in it) is reported whole ("I'm a hedgehog, not an egg!" in a German page; inside it, what
    the rules that judge words of the target language would say of its words, TQ101, TQ102, TQ106
    and TQ215, is left out); English clauses
    are looked for in every Spanish, French, German, Italian and Portuguese page, whatever its
    source (a template's menu or list item); in an English page, a clause in a third language is
    looked for where two of its words are unknown to English, and scored against Spanish, French,
    German, Italian, Portuguese, Dutch, Polish, Czech, Swedish, Turkish and Romanian (packaged
    frequency tables: a Portuguese author's blurb on a page translated from French). An English
    label in title case standing apart is English too ("High Season"), and so is one held together by an
    English function word that the language does not share, whatever its other words ("Switch to
    English", "HOW TO"; not with a place's name in it: "Back to Roma"). In those languages an English word that the
    language's spelling dictionary does not know (`data/<lang>/english_words.txt`, compiled from
    Debian's hunspell dictionaries by `tools/build_english_words.py`) is English however often the
    language's web text borrows it ("snippet", "Description" as a heading); one the web text uses
    often ("weekend" in Spanish) only standing apart or inside an English clause, or in lower case
    in a text declared translated from English (`--source-lang en`: "campo di view", "camas
    twin"; borrowed verb-and-particle compounds such as "check-in" stay whole; a word more
    common in Spanish, French, Italian or Portuguese than in English is theirs: "tortilla"). Quotations,
    lines of code (also a program's statements and calls: "if not lst:", `print("Empty")`), parts of hyphenated compounds ("Check-out"), a place's hyphenated name
    ("Ille-et-Vilaine") and a blessing written as one sign ("ﷺ") are left alone, and so is a lone
    English plural after a plural article in a text with no other English left in it, the way the
    language's sports press writes teams' nicknames ("o triunfo dos gunners"). English "e.g." and
    "i.e." in another language are reported too.

    Without `--source-lang`, a text in a language other than English is checked for English left in
    it (English is the usual source of translations), at info severity, and so, word by word, is a
    text translated from a language in another script (Russian, Chinese: such translations often
    pass through English; "suco de chokeberry"); an English text is checked
    only on strong evidence: a foreign script, a word with letters English does not use that is
    unknown in English and common in another language, or boilerplate standing apart. Names
    (capitalised words in mid-sentence, except German nouns when the source is German), words
    known to the gazetteer, and established loanwords of the target (`data/<lang>/loanwords.txt`:
    "fiesta", "ad hoc" in English; "marketing", "software" in Spanish, "weekend" in French,
    generated from wordfreq) are not flagged.

    ## Why is this bad?
    Machine translation leaves words it does not know untouched, and fragments such as "Read
    more" buttons or dates often escape translation. Readers of the target language cannot
    understand them.

    ## Example
    `If Walmart coloca its stores near the border, sales rise.` (from Spanish)

    Use instead: `If Walmart places its stores near the border, sales rise.`

    `La empresa anunció que the new policy will start en enero.` (Spanish, from English)

    Use instead: `La empresa anunció que la nueva política empezará en enero.`

    `Il a ajouté que le projet était terminé. Read more` (French, from English)

    Use instead: `Il a ajouté que le projet était terminé. Lire la suite`
    """
    text, target, given_src = doc.text, doc.target_lang, doc.source_lang
    # with no source language, a text that is not English is checked for English left in it
    assumed = given_src is None and target != "en" and target not in _SCRIPTS
    src = "en" if assumed else given_src
    # a page translated from a language in another script has passed through English, as often as
    # not: its words are looked up in English ("suco de chokeberry", "clicar em checkout")
    lex_src = "en" if src in _SCRIPTS and target != "en" and target not in _SCRIPTS else src
    spans: list[tuple[int, int, dict]] = []
    foreign = _foreign_script(target)
    has_foreign = any(foreign.match(ch) for ch in doc.distinct_chars if not ch.isascii())
    for m in foreign.finditer(text) if has_foreign else ():
        if len(m.group()) == 1 and regex.match(r"[\p{Greek}\uFDF0-\uFDFD]", m.group()):
            continue  # π, µ, Δ: symbols; ﷺ, ﷻ: a blessing written as one sign, in any language's religious texts
        spans.append((m.start(), m.end(), {"evidence": "script"}))
    script_covered = [(a, b) for a, b, _ in spans]

    protected: list[tuple[int, int]] = []
    loan = _loan_phrases(target)
    if loan is not None:
        protected = list(loan.find(doc))
    if target != "en" and "-" in text:
        protected.extend(m.span() for m in _PARTICLE_COMPOUND.finditer(text))  # "check-in", borrowed whole
    if "-" in text:
        protected.extend(m.span() for m in _HYPHENATED_NAME.finditer(text))  # "Ille-et-Vilaine": a place's name
    # a loanword of the web's statistics that the target's dictionary rejects and its text uses rarely
    # ("view" in Italian, "college" in Spanish) is English quoted, not the language's own
    from_english = given_src == "en"
    loanwords = word_list(f"{target}/loanwords.txt") - _english_words(target) if from_english else word_list(f"{target}/loanwords.txt")
    gaz, cap = gazetteer(target), capitalized(target)
    starts = {s.offset for s in doc.segments}
    covered = _Spans(protected + script_covered)

    def known(low: str) -> bool:
        return low in loanwords or low in gaz or low in cap

    # decide once per distinct word; then visit only the occurrences of possible hits
    candidates: dict[str, tuple | None] = {}
    for low in doc.word_positions:
        if not low.isalpha() and not ("'" in low or "’" in low):
            continue
        if known(low):
            continue
        if len(low) == 1:
            if lex_src and low in _short_words(lex_src) and zipf(low, lex_src) - zipf(low, target) >= 1.0:
                candidates[low] = ("short",)
            continue
        as_lower = _word_verdict(low, lex_src, target, False, from_english)
        as_capital = _word_verdict(low.capitalize(), lex_src, target, True, from_english)
        if as_lower or as_capital:
            candidates[low] = (as_lower, as_capital)
    word_hits: list[tuple[int, int, dict]] = []
    glossed = _glossed(doc, candidates)
    for low, verdicts in candidates.items():
        if low in glossed:
            continue  # "Ortsgemeinde – a municipality": a term kept on purpose and explained
        for a in doc.word_positions[low]:
            b = a + len(low)
            word = text[a:b]
            if verdicts == ("short",):
                if word.islower() and _between_lowercase(text, a, b):
                    word_hits.append((a, b, {"evidence": "short word", "language": lex_src}))
                continue
            if a in covered:
                continue
            if word.islower():
                verdict = verdicts[0]
            elif word[0].isupper() and word[1:].islower():
                verdict = verdicts[1]
                sentence_start = a in starts or after_opening(text, a, starts)
                german_noun = src == "de"
                if not (sentence_start or german_noun):
                    continue
                if not german_noun and regex.match(r" \p{Lu}\p{Ll}", text[b : b + 3]):
                    continue  # a name at a sentence start: "Ömer Çelik said"
            else:
                continue  # acronyms, mixed case
            if verdict is None:
                continue
            if len(word) <= 3 and _before_capital(text, b):
                continue  # name particles: "de Gaulle", "la Cruz", "bin Laden"
            lang, zs, zt = verdict
            word_hits.append((a, b, {"evidence": "frequency", "language": lang, "zipf_source": zs, "zipf_target": zt}))
    if src in CYRILLIC_SOURCES and target not in _SCRIPTS:
        word_hits.extend(_transliterated(doc, src, target, known, covered))
    if src == "zh" and target not in _SCRIPTS:
        word_hits.extend(_pinyin(doc, target, known, covered))
    if src == "en" and target != "en" and target not in _SCRIPTS:
        word_hits.extend(_compounds(doc, src, target, known, covered))
    word_hits.sort(key=lambda h: h[0])

    # whole fragments: neighbours leaning to the source join a flagged word, and runs of leaning
    # words are reported by themselves; one span per fragment ("Leer más", "3 de marzo")
    if lex_src and lex_src not in _SCRIPTS:
        tokens = _tokens(text)
        fragments = _join_across_function_words(text, tokens, _fragments(text, tokens, word_hits, lex_src, target, starts, known, covered), lex_src)
    else:
        fragments = _merge_neighbours(text, word_hits)
    fragments.extend(_boilerplate(doc, given_src, known, covered))
    if src and src not in _SCRIPTS and target not in _SCRIPTS:
        fragments.extend(_clauses(doc, src, target, known, covered))
    if target != "en" and target not in _SCRIPTS and src != "en":
        # English left in a page translated from another language (a template's boilerplate, a menu)
        fragments.extend(_clauses(doc, "en", target, known, covered))
    if target == "en" and (src is None or src not in _SCRIPTS):
        # a third language left in an English page (a syndicated blurb, a template of another site)
        fragments.extend(_guessed_clauses(doc, src, known, covered))
    # a lone short word is weak evidence: keep it only with a source language and a large margin
    taken_end = -1  # fragments in order of their start: one may not overlap the ones kept before it
    for a, b, ev in sorted(fragments, key=lambda f: (f[0], -f[1])):
        if b - a <= 3 and not given_src and ev["evidence"] not in ("boilerplate",):
            continue
        if a < taken_end:
            continue
        taken_end = b
        spans.append((a, b, ev))

    taken = _Spans([(a, b) for a, b, _ in spans])
    spans.extend(h for h in _english_name_heads(doc) if h[0] not in taken and h[1] - 1 not in taken)
    taken = _Spans([(a, b) for a, b, _ in spans])
    spans.extend(h for h in _pivot_names(doc, given_src) if h[0] not in taken and h[1] - 1 not in taken)
    if target != "en" and target not in _SCRIPTS and ("e.g." in text or "i.e." in text):
        spans.extend((m.start(), m.end(), {"evidence": "boilerplate", "language": "en"}) for m in _LATIN_ENGLISH.finditer(text)
                     if m.start() not in taken)

    taken = _Spans([(a, b) for a, b, _ in spans])
    spans.extend(h for h in _clock_words(doc) if h[0] not in taken)
    spans.extend(h for h in _address_abbreviations(doc) if h[0] not in taken)
    spans.extend(h for h in _official_titles(doc) if h[0] not in taken)
    taken = _Spans([(a, b) for a, b, _ in spans])
    spans.extend(h for h in _address_countries(doc) if h[0] not in taken and h[1] - 1 not in taken)
    taken = _Spans([(a, b) for a, b, _ in spans])
    spans.extend(h for h in _foreign_months(doc) if h[0] not in taken and h[1] - 1 not in taken)
    taken = _Spans([(a, b) for a, b, _ in spans])
    spans.extend(h for h in _english_exonyms(doc) if h[0] not in taken and h[1] - 1 not in taken)
    if target != "en" or "\n" in text:  # (English furniture in other targets; another language's, a line of its own, in any)
        # a line of furniture is reported whole, not as the words found in it ("Open menu", not "menu")
        furniture = _web_furniture(doc)
        inside = _Spans([(a, b) for a, b, _ in furniture])
        spans = [s for s in spans if s[0] not in inside]
        taken = _Spans([(a, b) for a, b, _ in spans])
        spans.extend(h for h in furniture if h[0] not in taken)
    # English nicknames stand alone in a text that has no other English left in it
    english_elsewhere = any(ev.get("language") == "en" and not _nickname(doc, a, b) for a, b, ev in spans)
    for a, b, ev in sorted(spans, key=lambda s: s[0]):
        fragment = text[a:b]
        if ev.get("language") == "en" and not english_elsewhere and _nickname(doc, a, b):
            continue  # "o triunfo dos gunners": a team's English nickname, as the language's press writes it
        if ev["evidence"] != "script" and in_link(text, a, b):
            continue  # a URL's words ("newinform.com/45057-novyi-rekord-v-rossii"), a path, an address
        if ev["evidence"] != "script" and in_code(text, a) or (b - a <= 4 and _hyphen_joined(text, a, b)):
            continue  # a line of code ("static NSString *const"), a part of a compound ("Check-out")
        if ev["evidence"] not in ("script", "name head", "address country", "english exonym") and _mentioned_as_foreign(doc, a, b):
            continue  # "Auf Englisch heißt das „ascending“": a word quoted as a word of the language named before it
        if ev["evidence"] == "name head":
            msg = f"\"{ev['head']}\" left in English in a name; {language_name(target)} writes \"{ev['form']}\""
            yield Hit(a, b, msg, ev["form"], ev, Severity.WARNING)
            continue
        if ev["evidence"] == "english exonym":
            msg = f"\"{fragment}\" is the English name; {language_name(target)} writes \"{ev['form']}\""
            yield Hit(a, b, msg, ev["form"], ev, Severity.WARNING)
            continue
        if ev["evidence"] == "address country":
            msg = (f"\"{fragment}\" left in {language_name(ev['language'])} at the end of an address; "
                   f"{language_name(target)} writes \"{ev['form']}\"")
            yield Hit(a, b, msg, ev["form"], ev, Severity.WARNING)
            continue
        if ev["evidence"] == "pivot name":
            msg = (f"\"{fragment}\" left in English in a {language_name(target)} text translated from "
                   f"{language_name(given_src)}: a name or label that the translation passed through English")
            yield Hit(a, b, msg, None, ev, Severity.WARNING)
            continue
        if ev["evidence"] == "script":
            msg = f"text in another script left untranslated: \"{fragment}\""
            severity = Severity.WARNING
        elif ev["evidence"] == "transliteration":
            msg = f"\"{fragment}\" looks like a {language_name(ev['language'])} word left untranslated and romanised ({ev['source_word']})"
            severity = Severity.WARNING
        elif ev["evidence"] == "pinyin":
            msg = f"\"{fragment}\" looks like a Chinese word left untranslated, in pinyin ({' '.join(ev['syllables'])})"
            severity = Severity.WARNING
        else:
            where = " (boilerplate)" if ev["evidence"] == "boilerplate" else ""
            msg = f"\"{fragment}\" looks untranslated ({language_name(ev['language'])}){where}"
            severity = Severity.WARNING if given_src else Severity.INFO
        yield Hit(a, b, msg, None, ev, severity)


_WORD_BEFORE = lazy(regex, r"(\p{L}+)[ \u00a0]$")
#: the quoted fragment's clause before it, on its line: where the name of a language may stand
_CLAUSE_BEFORE = lazy(regex, r"[^\n.!?;]{0,60}$")
_LETTERS = lazy(regex, r"\p{L}+")


def _mentioned_as_foreign(doc: Document, a: int, b: int) -> bool:
    """The fragment at ``a``-``b`` stands alone in quotation marks after the name of a language in
    the same clause ("Auf Englisch heißt das „ascending“", "lo que en inglés se llama «rate»"):
    a word talked about, not one left untranslated (data/<lang>/languages.txt)."""
    text = doc.text
    if a == 0 or b >= len(text) or text[a - 1] not in _OPENING_QUOTES or text[b] not in _CLOSING_QUOTES:
        return False
    names = word_list(f"{doc.target_lang}/languages.txt")
    m = _CLAUSE_BEFORE.search(text, max(0, a - 61), a - 1) if names else None
    return m is not None and any(w.lower() in names for w in _LETTERS.findall(m.group()))


_OPENING_QUOTES = frozenset("\"'“„«‘‚‹")
_CLOSING_QUOTES = frozenset("\"'”“»’‘›")


def _nickname(doc: Document, a: int, b: int) -> bool:
    """A lone English plural in lower case after a plural article of the target ("aos hammers", "los
    gunners"): the press of the language writes teams' English nicknames so (data/<lang>/plural_articles.txt);
    taken for one only where the text has no other English left in it."""
    word = doc.text[a:b]
    if not (word.islower() and word.isalpha() and word.endswith("s")) or doc.target_lang == "en":
        return False
    before = _WORD_BEFORE.search(doc.text, max(0, a - 12), a)
    return before is not None and before.group(1).lower() in word_list(f"{doc.target_lang}/plural_articles.txt")


class _Spans:
    """Character ranges, asked whether they contain a position (``pos in spans``)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for a, b in sorted(spans):
            if merged and a <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], b)
            else:
                merged.append([a, b])
        self.starts = [a for a, _ in merged]
        self.ends = [b for _, b in merged]

    def __contains__(self, pos: int) -> bool:
        i = bisect.bisect_right(self.starts, pos) - 1
        return i >= 0 and pos < self.ends[i]


_TOKEN = lazy(regex, r"\p{L}[\p{L}\p{M}]*(?:['’]\p{L}+)?|\d+")


def _tokens(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _TOKEN.finditer(text)]


def _leaning(word: str, src: str, target: str, least: float = MIN_MARGIN_JOIN, lookup=zipf) -> float | None:
    """How much more common ``word`` is in ``src`` than in ``target`` (Zipf points), when it leans there.
    ``lookup``: the source language's frequencies (:func:`guess_zipf` for a guessed language)."""
    low = word.lower()
    zs = lookup(low, src)
    if zs < MIN_SOURCE_ZIPF_JOIN:
        return None
    margin = zs - zipf(low, target)
    if src == "en" and low in _english_words(target):
        margin = max(margin, MIN_MARGIN_BOILERPLATE)  # the target's dictionary does not know it
    return margin if margin >= least else None


_OPEN_QUOTES = "\"'“‘«„‹‚"
_CLOSE_QUOTES = "\"'”’»“‹›‘"


def _title_or_quotation(text, tokens, run, src, target) -> bool:
    """English in another language: a run that continues a capitalised English word ("Let it be") or
    fills a quotation is a title or a quote, often left in English on purpose (not so in English text,
    where a quoted foreign title is one to translate: "Skarb narodów")."""
    if src != "en":
        return False
    first = run[0]
    if first > 0:
        a, b = tokens[first - 1]
        prev = text[a:b]
        if text[b : tokens[first][0]] == " " and prev[0].isupper() and _leaning(prev, src, target):
            return True
    a0, b0 = tokens[first][0], tokens[run[-1]][1]
    before = text[max(0, a0 - 120) : a0].rstrip(" ")
    after = text[b0 : b0 + 4].lstrip(" ")
    if before and before[-1] in _OPEN_QUOTES:
        return True  # a quotation or a title in quotes starts with the run
    return bool(after[:1] and after[0] in _CLOSE_QUOTES and regex.search(r"[\"“«„‹]\P{L}{0,3}\p{L}[^\"“”«»„]{0,80}$", before))


def _join_across_function_words(text, tokens, fragments, src) -> list[tuple[int, int, dict]]:
    """One fragment of two separated by a short function word of the source ("Continua a leggere")."""
    fragments = sorted(fragments, key=lambda f: f[0])
    out: list[tuple[int, int, dict]] = []
    for a, b, ev in fragments:
        if out:
            gap = text[out[-1][1] : a]
            m = regex.fullmatch(r" (\p{Ll}{1,3}) ", gap)
            if m and zipf(m.group(1), src) >= MIN_SOURCE_ZIPF_FUNCTION:
                out[-1] = (out[-1][0], b, out[-1][2])
                continue
        out.append((a, b, ev))
    return out


def _merge_neighbours(text: str, hits: list[tuple[int, int, dict]]) -> list[tuple[int, int, dict]]:
    merged: list[tuple[int, int, dict]] = []
    for a, b, ev in hits:
        if merged and regex.fullmatch(r"[ \-]", text[merged[-1][1] : a] or "x"):
            pa, _, pev = merged[-1]
            merged[-1] = (pa, b, pev)
        else:
            merged.append((a, b, ev))
    return merged


def _fragments(text, tokens, hits, src, target, starts, known, covered) -> list[tuple[int, int, dict]]:
    """Grow each flagged word into the fragment around it, and find runs of leaning words."""
    flagged = {}
    for a, b, ev in hits:  # the token each flagged word starts
        i = bisect.bisect_left(tokens, (a, -1))
        if i < len(tokens) and tokens[i][0] == a:
            flagged[i] = (a, b, ev)
    margins: dict[str, float | None] = {}  # lower-cased word -> its margin towards the source, once each

    def margin_of(low: str) -> float | None:
        if low not in margins:
            zs = zipf(low, src)
            margins[low] = zs - zipf(low, target) if zs >= MIN_SOURCE_ZIPF_JOIN else None
        return margins[low]

    def joined(i: int, j: int) -> bool:  # tokens i and j=i+1 are one phrase: a space or a hyphen between
        return text[tokens[i][1] : tokens[j][0]] in (" ", "-", "\u00a0")

    def lean(i: int, joining: bool = False) -> float | None:
        """The word's margin towards the source; 0.0 for a loanword that leans (it may stand inside a
        fragment, "the new policy", but neither starts nor ends one); None when it does not lean."""
        a, b = tokens[i]
        word = text[a:b]
        if word.isdigit() or a in covered:
            return None
        if not (word.islower() or (word[0].isupper() and word[1:].islower())):
            return None
        if word[0].isupper() and not (a in starts or after_opening(text, a, starts) or src == "de"):
            # a capitalised word in mid-sentence is a name, unless it is a clear source word next to
            # a flagged one ("Click Leer más")
            if not (joining and _word_verdict(word.lower(), src, target, False)):
                return None
        low = word.lower()
        margin = margin_of(low)
        if margin is None or margin < MIN_MARGIN_BRIDGE:
            return None
        return 0.0 if margin < MIN_MARGIN_JOIN or known(low) else margin

    def edge(i: int) -> bool:
        """May the word start or end a fragment?"""
        if lean(i, True):
            return True
        a, b = tokens[i]
        low = text[a:b].lower()
        margin = margin_of(low)
        return margin is not None and margin >= MIN_MARGIN_EDGE and not known(low) and lean(i, True) is not None

    out: list[tuple[int, int, dict]] = []
    used: set[int] = set()
    for i in sorted(flagged):
        if i in used:
            continue
        lo = hi = i
        while hi + 1 < len(tokens) and joined(hi, hi + 1) and (hi + 1 in flagged or lean(hi + 1, True) is not None):
            hi += 1
        while lo > 0 and joined(lo - 1, lo) and (lo - 1 in flagged or lean(lo - 1, True) is not None):
            lo -= 1
        # a number next to the fragment belongs to it: "3 de marzo", "marzo de 2020"
        if lo > 0 and joined(lo - 1, lo) and text[slice(*tokens[lo - 1])].isdigit() and lo != i:
            lo -= 1
        if hi + 1 < len(tokens) and joined(hi, hi + 1) and text[slice(*tokens[hi + 1])].isdigit() and hi != i:
            hi += 1
        # a short word before a capitalised one is a name particle ("… de la Cruz"); loanwords
        # do not end a fragment
        while hi > i and not text[slice(*tokens[hi])].isdigit() and (
            not edge(hi) or (tokens[hi][1] - tokens[hi][0] <= 3 and _before_capital(text, tokens[hi][1]))
        ):
            hi -= 1
        while lo < i and not edge(lo) and not text[slice(*tokens[lo])].isdigit():
            lo += 1
        used.update(range(lo, hi + 1))
        if hi > lo and _title_or_quotation(text, tokens, list(range(lo, hi + 1)), src, target):
            continue  # a title or a quotation left in its language on purpose ("«Let it be»")
        out.append((tokens[lo][0], tokens[hi][1], flagged[i][2]))
    # runs of leaning words with nothing flagged in them; a run starts at a word that leans by
    # MIN_MARGIN_JOIN, so only the occurrences of such words are visited
    lows: str | None = text.lower()
    if len(lows) != len(text):  # a few letters lower-case to two characters ("İ")
        lows = None
    leaning: dict[str, bool] = {}
    heads = []
    for i, (a, b) in enumerate(tokens):
        low = lows[a:b] if lows is not None else text[a:b].lower()
        strong = leaning.get(low)
        if strong is None:
            m = None if low.isdigit() else margin_of(low)
            strong = leaning[low] = m is not None and m >= MIN_MARGIN_JOIN and not known(low)
        if strong:
            heads.append(i)
    after = 0  # tokens before this one are in a run already
    for i in heads:
        if i < after or i in used or not (m := lean(i)):
            continue
        run, total = [i], m
        j = i
        while j + 1 < len(tokens) and j + 1 not in used and joined(j, j + 1) and (m2 := lean(j + 1)) is not None:
            j += 1
            run.append(j)
            total += m2
        while len(run) > 1 and (not edge(run[-1]) or (tokens[run[-1]][1] - tokens[run[-1]][0] <= 3 and _before_capital(text, tokens[run[-1]][1]))):
            total -= lean(run.pop())  # loanwords, shared words, name particles: "Sofía de la Cruz"
        counted = [k for k in run if lean(k)]
        longest = max(tokens[k][1] - tokens[k][0] for k in counted)
        a, b = tokens[run[0]][0], tokens[run[-1]][1]
        if len(counted) >= 2 and total >= MIN_RUN_MARGIN and longest >= 4 and not _title_or_quotation(text, tokens, run, src, target):
            out.append((a, b, {"evidence": "run", "language": src, "margin": round(total, 2)}))
        after = j + 1
    return out


@lru_cache(maxsize=None)
def _first_names() -> frozenset[str]:
    return word_list("en/first_names.txt")


#: marks that may stand around boilerplate words: separators, dashes, quotes and list bullets ("• Happy")
_LIST_MARKS = " -–—/·|»«\"'•*▪◦►▶➤✓✔"

#: places where boilerplate stands apart; each pattern's group "x" is the candidate
_APART = (
    lazy(regex, r"^[ \t]*(?P<x>[^\n]{1,60}?)[ \t]*$", regex.MULTILINE),  # a line of its own
    lazy(regex, r"\((?P<x>[^()\n]{1,40})\)"),  # a parenthesis
    lazy(regex, r"^[ \t]*(?P<x>[^\n:]{1,40}):", regex.MULTILINE),  # a label before a colon at a line start
    lazy(regex, r"[.!?…][ \t]+(?P<x>[^\n.!?]{1,40}?)[ \t]*$", regex.MULTILINE),  # a paragraph's last words
    lazy(regex, r"\|[ \t]*(?P<x>[^\n:|]{1,40}):"),  # a label after a separator ("Published: …|Updated: …")
)


def _apart(doc: Document) -> Iterator:
    """The matches of each pattern of ``_APART`` in turn, as ``finditer`` over the text gives them,
    tried only where they can start: the line patterns at line starts, the last words of a
    paragraph after the last full stop, exclamation or question mark of each line."""
    text = doc.text
    line, paren, label, last, piped = _APART
    starts = [a for a in doc.line_starts if a == 0 or text[a - 1] == "\n"]  # where "^" matches (not after a lone CR)
    lines = [(a, b - 1) for a, b in zip(starts, starts[1:] + [len(text) + 1])]  # each up to its "\n"
    yield from (m for s, _ in lines if (m := line.match(text, s)))
    yield from paren.finditer(text)
    yield from (m for s, _ in lines if (m := label.match(text, s)))
    for s, e in lines:
        q = max(text.rfind(".", s, e), text.rfind("!", s, e), text.rfind("?", s, e))
        yield from last.finditer(text, q if q != -1 else s, e)
    if "|" in text:
        yield from piped.finditer(text)


#: where a clause ends: sentence punctuation, a line break, a bracket, a separator or a spaced dash
_CLAUSE_SPLIT = lazy(regex, r"(?<![.!?;:|•·()\[\]{}«»“”\"„])[.!?;:|•·()\[\]{}«»“”\"„]+(?=\s|$)|\n|[()\[\]|•·«»“”\"„]|\s[-–—]+\s")
#: (a run of marks is tried from its start only: tried from each of its marks, a long run was quadratic)
_CLAUSE_WORD = lazy(regex, r"\p{L}+(?:['’]\p{L}+)*")


def _clause_spans(doc: Document, covered, hints: list[int] | None = None) -> Iterator[tuple[list[tuple[int, int, str]], bool]]:
    """The clauses of the text that may be scored: (words, title-cased), at least MIN_CLAUSE_WORDS words,
    none already covered, not quoted (a quotation or a title kept in its language on purpose: «Let it be»).
    With ``hints`` (sorted positions), only the clauses that hold two of them: only the lines that do
    are split (a clause never runs over a line break)."""
    text = doc.text
    for lo, hi in _lines_with_two(text, hints) if hints is not None else ((0, len(text)),):
        yield from _clauses_in(doc, covered, lo, hi, hints)


def _lines_with_two(text: str, hints: list[int]) -> list[tuple[int, int]]:
    """The lines of ``text`` (start, end) that hold two or more of the sorted positions ``hints``."""
    out: list[tuple[int, int]] = []
    i = 0
    while i + 1 < len(hints):
        lo = text.rfind("\n", 0, hints[i]) + 1
        hi = text.find("\n", hints[i])
        hi = len(text) if hi == -1 else hi
        j = bisect.bisect_left(hints, hi, i)
        if j - i >= 2:
            out.append((lo, hi))
        i = max(j, i + 1)
    return out


def _clauses_in(doc: Document, covered, lo: int, hi: int, hints: list[int] | None) -> Iterator[tuple[list[tuple[int, int, str]], bool]]:
    text = doc.text
    pos = lo
    bounds = [m.span() for m in _CLAUSE_SPLIT.finditer(text, lo, hi)] + [(hi, hi)]
    for a_end, b_start in bounds:
        a, b = pos, a_end
        pos = b_start
        if hints is not None and bisect.bisect_left(hints, b) - bisect.bisect_left(hints, a) < 2:
            continue
        words = [(w.start(), w.end(), w.group()) for w in _CLAUSE_WORD.finditer(text, a, b)]
        if len(words) < MIN_CLAUSE_WORDS or any(s in covered for s, _, _ in words):
            continue
        before = text[max(0, words[0][0] - 2) : words[0][0]].strip()
        if before[-1:] and before[-1] in _OPEN_QUOTES:
            continue
        yield words, 2 * sum(w[0].isupper() for _, _, w in words) >= len(words)


def _clause_verdict(words, titled: bool, src: str, target: str, known, lookup=zipf) -> float | None:
    """The mean margin (Zipf points) by which a clause's words lean to ``src``, when it is a clause in
    ``src``: enough words scored, one rare in the target, none belonging to the target."""
    margins, rare = [], False
    for k, (_, _, w) in enumerate(words):
        if w[0].isupper() and k and not titled:
            continue  # a name
        low = w.lower()
        if known(low):
            continue
        zs, zt = lookup(low, src), zipf(low, target)
        margins.append(max(zs, CLAUSE_FLOOR) - max(zt, CLAUSE_FLOOR))
        rare = rare or (zt <= MAX_CLAUSE_TARGET_ZIPF and zs >= MIN_SOURCE_ZIPF) or (src == "en" and low in _english_words(target))
    if len(margins) < MIN_CLAUSE_WORDS or not rare or min(margins) <= MAX_CLAUSE_VETO:
        return None
    mean = sum(margins) / len(margins)
    return mean if mean >= MIN_CLAUSE_MEAN_MARGIN else None


def _clauses(doc: Document, src: str, target: str, known, covered) -> list[tuple[int, int, dict]]:
    """A clause whose words all lean to the source language: language identification by word
    frequencies, clause by clause ("I'm a hedgehog, not an egg!" in a German page, an Indonesian
    heading in an English one). Capitalised words inside a clause are names and do not vote unless
    the clause is title-cased; a word that belongs to the target more than to the source vetoes."""
    out = []
    for words, titled in _clause_spans(doc, covered):
        mean = _clause_verdict(words, titled, src, target, known)
        if mean is not None:
            out.append((words[0][0], words[-1][1], {"evidence": "clause", "language": src, "mean_margin": round(mean, 2)}))
    return out


#: a clause of an English text is tried against the guess languages when this share of its words is
#: rare in English (cheap evidence first: most clauses are English and cost one look-up a word)
MIN_FOREIGN_SHARE = 0.6


def _guessed_clauses(doc: Document, src: str | None, known, covered) -> list[tuple[int, int, dict]]:
    """In an English text, a clause in another language than the source (a Portuguese author's blurb
    on a page translated from French): the clause's words mostly rare in English, then scored against
    each language of _GUESS_LANGS with their packaged frequency tables; the language that leans most."""
    out = []
    ordinary = word_list("en/ordinary.txt")
    # cheap evidence first: the positions of the words English's word list lacks; a clause needs two
    text = doc.text
    foreign = [w for w in doc.word_positions if w.isalpha() and w not in ordinary]
    hints = sorted(p for w in foreign for p in doc.word_positions[w] if text[p].islower() and zipf(w, "en") < MAX_CLAUSE_TARGET_ZIPF)
    if len(hints) < 2:
        return out
    for words, titled in _clause_spans(doc, covered, hints):
        lows = [w.lower() for k, (_, _, w) in enumerate(words) if titled or not k or not w[0].isupper()]
        if len(lows) < MIN_CLAUSE_WORDS:
            continue
        if sum(zipf(w, "en") < MAX_CLAUSE_TARGET_ZIPF for w in lows) < MIN_FOREIGN_SHARE * len(lows):
            continue
        best = None
        for lang in _GUESS_LANGS:
            if lang == src:
                continue
            mean = _clause_verdict(words, titled, lang, "en", known, guess_zipf)
            if mean is not None and (best is None or mean > best[1]):
                best = (lang, mean)
        if best is not None:
            out.append((words[0][0], words[-1][1], {"evidence": "clause", "language": best[0], "mean_margin": round(best[1], 2)}))
    return out


#: the abbreviations English writes for "for example" and "that is" ("e.g.", "i.e.")
_LATIN_ENGLISH = lazy(re, r"(?<![\w.])(?:e\.g|i\.e)\.(?!\w)")


#: an English verb and particle joined by a hyphen make a noun that other languages borrow whole ("check-in",
#: "log-out", "set-up")
_PARTICLE_COMPOUND = lazy(re, r"(?<![\w-])[A-Za-z]{2,}-(?:in|out|up|off|on|down|over)(?![\w-])", re.IGNORECASE)


def _hyphen_joined(text: str, a: int, b: int) -> bool:
    """A word joined by a hyphen to the word before or after it ("Check-out", "e-mail")."""
    return (a >= 2 and text[a - 1] == "-" and text[a - 2].isalpha()) or (b + 1 < len(text) and text[b] == "-" and text[b + 1].isalpha())


def _named_elsewhere(doc: Document, word: str, starts: set[int]) -> bool:
    """``word`` is also written capitalised where no sentence starts ("the Małopolska Police")."""
    text = doc.text
    return any(text.startswith(word, p) and p not in starts and not after_opening(text, p, starts)
               and p > 0 and text[p - 1] in " \u00a0" for p in doc.word_positions.get(word.lower(), ()))


#: a lower-case word before a parenthesis and one after it: the parenthesis glosses a word in mid-sentence
_GLOSS_BEFORE = lazy(regex, r"\p{Ll} \($")
_GLOSS_AFTER = lazy(regex, r" \p{Ll}")


def _boilerplate(doc: Document, src: str | None, known, covered) -> list[tuple[int, int, dict]]:
    """Short text standing apart whose every word belongs to the source (or one other) language."""
    text, target = doc.text, doc.target_lang
    starts = {s.offset for s in doc.segments}
    if target in _SCRIPTS or (src and src in _SCRIPTS and target == "en"):
        return []
    pivot = bool(src and src in _SCRIPTS)
    if pivot:
        # a page translated from another script keeps its template's labels in English, the
        # language the translation passed through ("Homepage" in a French page from Japanese)
        langs: tuple[str, ...] = ("en",)
        lookup = zipf
    elif src:
        # and English, left in a page translated from another language (a template's labels)
        langs = (src, "en") if src != "en" and target != "en" else (src,)
        lookup = zipf
    else:
        langs = tuple(lang for lang in (*_GUESS_LANGS, "en") if lang != target)
        lookup = guess_zipf  # exact from MIN_SOURCE_ZIPF_JOIN up, all _leaning asks of it
    out = []
    for m in _apart(doc):
        a, b = m.span("x")
        words = [(w.start(), w.end(), w.group()) for w in _TOKEN.finditer(text, a, b)]
        if not words or len(words) > MAX_BOILERPLATE_WORDS or any(w.isdigit() for _, _, w in words):
            continue
        if _TOKEN.sub("", text[a:b]).strip(_LIST_MARKS) :
            continue  # other characters than words between them (a sentence, a list)
        titled = len(words) > 1 and all(w.istitle() for _, _, w in words)
        # an English label in title case: its words may be loanwords of the target one by one ("High Season")
        english_title = titled and _english_title(words, target) and not all(known(w.lower()) for _, _, w in words)
        # a label held together by an English function word the target does not share: its other words are
        # English too, loanwords of the target or not ("Switch to English", "Back to Top")
        glued_by_english = len(words) > 1 and target != "en" and any(_english_function_word(w.lower(), target) for _, _, w in words)
        if not (english_title or glued_by_english) and any(
                known(w.lower()) or not (w.islower() or w.istitle() or len(w) > 3 and w.isupper()) for _, _, w in words):
            continue
        if glued_by_english and any(w.lower() in gazetteer(target) or w.lower() in capitalized(target) for _, _, w in words if w[:1].isupper()):
            continue  # a name in it: "Back to Roma"
        if titled and not (english_title or glued_by_english):
            continue  # a name: "Ömer Çelik:"
        if len(words) == 1 and words[0][2].lower() in _first_names():
            continue  # a given name: "(Maria)"
        if len(words) == 1 and words[0][2][0].isupper() and _named_elsewhere(doc, words[0][2], starts):
            continue  # a name the text also writes with a capital in mid-sentence: "(Małopolska)", "Şimşek:"
        if words[0][0] in covered:
            continue
        if text[a - 1 : a] == "(" and text[a:b].islower() and _GLOSS_BEFORE.search(text, max(0, a - 3), a) \
                and _GLOSS_AFTER.match(text, b + 1):
            continue  # "a Finnish smoke (savu) sauna": the text glosses its word in mid-sentence (not a label: "(SHOP)")
        # a word in capitals is a heading's English ("SUPPLY CHAIN") or an acronym or a brand of any
        # other language ("EELV", "CORREOS"): only English is tried for it
        capitals = any(w.isupper() for _, _, w in words)
        best = None
        for lang in langs:
            if capitals and lang != "en":
                continue
            margins = [_leaning(w, lang, target, MIN_MARGIN_SHARED, lookup) for _, _, w in words]
            if any(mg is None for mg in margins) or 2 * sum(mg >= MIN_MARGIN_JOIN for mg in margins) < len(margins):
                continue  # every word belongs to the language, at most half of them shared ("Mostrar original")
            if pivot and min(margins) < MIN_MARGIN_BOILERPLATE:
                continue  # through English, every word English: "Pumpkin Global" is a company's name
            strong = any(mg >= MIN_MARGIN_BOILERPLATE and (zipf(w.lower(), target) < MAX_TARGET_ZIPF_BOILERPLATE
                                                           or lang == "en" and w.lower() in _english_words(target))
                         for mg, (_, _, w) in zip(margins, words))
            if strong and (best is None or min(margins) > best[1]):
                best = (lang, min(margins))
        if best is None:
            continue
        out.append((words[0][0], words[-1][1], {"evidence": "boilerplate", "language": best[0], "margin": round(best[1], 2)}))
    return out


def _english_function_word(low: str, target: str) -> bool:
    """An English function word ("to", "of", "your") that is not one of the target's and that English
    writes far more often than the target's text does."""
    return low in word_list("en/function_words.txt") and low not in word_list(f"{target}/function_words.txt") \
        and zipf(low, "en") - zipf(low, target) >= MIN_MARGIN_BOILERPLATE


def _english_title(words, target: str) -> bool:
    """Capitalised words that are ordinary English words, not names, one of them unknown to the target's
    dictionary: an English label in title case ("High Season", "Peak Season"), not a name ("Ömer Çelik")."""
    if target == "en":
        return False
    ordinary, names = word_list("en/ordinary.txt"), capitalized("en")
    lows = [w.lower() for _, _, w in words]
    return all(low in ordinary and low not in names for low in lows) and any(low in _english_words(target) for low in lows)


#: romanisation of Cyrillic as MT systems and news sites write it (BGN/PCGN-like, with variants)
_ROMAN = [
    ("shch", "щ"), ("sch", "щ"), ("zh", "ж"), ("kh", "х"), ("ts", "ц"), ("ch", "ч"), ("sh", "ш"),
    ("yu", "ю"), ("ya", "я"), ("ye", "е"), ("yo", "ё"), ("ju", "ю"), ("ja", "я"), ("iu", "ю"), ("ia", "я"),
    ("a", "а"), ("b", "б"), ("v", "в"), ("g", "г"), ("d", "д"), ("e", "е"), ("e", "э"), ("z", "з"),
    ("i", "и"), ("i", "й"), ("y", "й"), ("y", "ы"), ("k", "к"), ("l", "л"), ("m", "м"), ("n", "н"),
    ("o", "о"), ("p", "п"), ("r", "р"), ("s", "с"), ("t", "т"), ("u", "у"), ("f", "ф"), ("h", "х"),
    ("c", "ц"), ("j", "й"), ("w", "в"), ("x", "кс"), ("'", "ь"), ("", "ь"),
]
_MAX_READINGS = 400


def _cyrillic_readings(word: str) -> list[str]:
    """Cyrillic spellings that romanise to ``word`` (at most _MAX_READINGS)."""
    out: list[str] = []

    def walk(i: int, acc: str, soft: bool) -> None:
        if len(out) >= _MAX_READINGS:
            return
        if i == len(word):
            out.append(acc)
            return
        for lat, cyr in _ROMAN:
            if lat == "":
                if not soft and acc and acc[-1] not in "аеёиоуыэюяь":
                    walk(i, acc + cyr, True)  # a soft sign, which romanises to nothing
                continue
            if word.startswith(lat, i):
                walk(i + len(lat), acc + cyr, False)

    walk(0, "", False)
    return out


def _in_identifier(text: str, a: int, b: int) -> bool:
    """A word inside an address, a handle or a file name ("vk.com / govorunov _ sergey")."""
    near = text[max(0, a - 3) : a] + text[b : b + 3]
    return any(ch in near for ch in "/_@#=\\") or text[a - 1 : a] == "." or text[b : b + 2].startswith(".") and text[b + 1 : b + 2].isalpha()


def _compounds(doc: Document, src: str, target: str, known, covered) -> list[tuple[int, int, dict]]:
    """Words unknown in the target made of two source words ("armsbearer" = arms + bearer)."""
    hits = []
    for low, positions in doc.word_positions.items():
        if not MIN_COMPOUND_LEN <= len(low) <= MAX_WORD_LEN or not low.isascii() or not low.isalpha() or known(low):
            continue
        if zipf(low, target) > 0 or zipf(low, src) >= MIN_SOURCE_ZIPF:
            continue  # known in the target, or an ordinary source word (the frequency test decides)
        for k in range(3, len(low) - 2):
            a, b = low[:k], low[k:]
            if all(zipf(p, src) >= MIN_COMPOUND_PART_ZIPF and zipf(p, src) - zipf(p, target) >= MIN_MARGIN_EDGE for p in (a, b)):
                break
        else:
            continue
        for x in positions:
            if doc.text[x : x + len(low)].islower() and x not in covered and not _in_identifier(doc.text, x, x + len(low)):
                hits.append((x, x + len(low), {"evidence": "compound", "language": src, "parts": [a, b]}))
    return hits


def _transliterated(doc: Document, src: str, target: str, known, covered) -> list[tuple[int, int, dict]]:
    """Words unknown in the target that read as a common word of a Cyrillic source ("devaysa")."""
    hits = []
    for low, positions in doc.word_positions.items():
        if not MIN_TRANSLIT_LEN <= len(low) <= MAX_WORD_LEN or not low.isascii() or not low.isalpha() or known(low):
            continue
        if zipf(low, target) > 0 or zipf(low, "en") > 0:
            continue
        if low.endswith("s") and zipf(low[:-1], "en") > 0:
            continue  # an English plural ("kingstons")
        lower = [a for a in positions if doc.text[a : a + len(low)].islower() and a not in covered and not _in_identifier(doc.text, a, a + len(low))]
        if not lower:
            continue  # a name
        best = max(((zipf(c, src), c) for c in _cyrillic_readings(low)), default=(0.0, ""))
        if best[0] < MIN_SOURCE_ZIPF_TRANSLIT and len(low) >= MIN_TRANSLIT_LEN_GARBLED:
            # one letter too many, as MT romanisers write it ("dyuymouvym" for дюймовым)
            best = max(((zipf(c, src), c) for k in range(1, len(low)) for c in _cyrillic_readings(low[:k] + low[k + 1 :])), default=(0.0, ""))
            if best[0] < MIN_SOURCE_ZIPF_TRANSLIT_GARBLED:
                continue
        elif best[0] < MIN_SOURCE_ZIPF_TRANSLIT:
            continue
        for a in lower:
            hits.append((a, a + len(low), {"evidence": "transliteration", "language": src, "source_word": best[1], "zipf_source": best[0]}))
    return hits


@lru_cache(maxsize=None)
def _name_heads(target: str) -> dict[str, tuple[str, bool]]:
    """English head noun -> (the target's form, whether only a name English writes rarely counts)
    (data/name_heads.tsv)."""
    if target == "en":
        return {}
    return {r["en"]: (r[target], r["names"] == "foreign") for r in table("name_heads.tsv", ("en", "names")) if r.get(target)}


#: a name English writes at least this often keeps a "foreign" head ("Oxford Street", "Kansas City")
MAX_FOREIGN_NAME_ZIPF = 2.5


#: a capitalised word after the head noun
_CAPITALISED_NEXT = lazy(regex, r"[ \u00a0-]\p{Lu}")
#: the capitalised name before an English head noun ("Springiersbach" of "Springiersbach Abbey")
_NAME_BEFORE = lazy(regex, r"(?<![\w'’-])(\p{Lu}[\p{L}'’-]+) $")


def _english_name_heads(doc: Document) -> Iterator[tuple[int, int, dict]]:
    """An English head noun left in a place or building name ("la Springiersbach Abbey") in a
    target that translates it (data/name_heads.tsv), after a capitalised word that is not an
    ordinary English word ("The Abbey", "Old Castle" are English phrases). The suggestion puts the target's word first ("abadía de Springiersbach")."""
    target = doc.target_lang
    heads = _name_heads(target)
    if not heads:
        return
    text = doc.text
    english = word_list("en/ordinary.txt") | word_list("en/function_words.txt")
    for head in heads.keys() & {w[:1].upper() + w[1:] for w in doc.word_positions}:
        for p in doc.word_positions[head.lower()]:
            if text[p : p + len(head)] != head:
                continue
            if text[p + len(head) : p + len(head) + 1].isalnum() or text[p + len(head) : p + len(head) + 1] in "'’-":
                continue
            if _CAPITALISED_NEXT.match(text, p + len(head)):
                continue  # the head inside a longer name: "River Plate", "Castle Road", "Church Street"
            m = _NAME_BEFORE.search(text, max(0, p - 40), p)
            if m is None:
                continue
            name = m.group(1)
            if name.lower() in english:
                continue  # "The Abbey", "Old Castle": an English phrase, for the frequency test
            form, foreign_only = heads[head]
            if foreign_only and zipf(name.lower(), "en") >= MAX_FOREIGN_NAME_ZIPF:
                continue  # an English-speaking place keeps its head: "Oxford Street", "Kansas City"
            form = form.replace("{}", name)
            if target == "fr" and name[:1] in "AEIOUYÉÈÊÎÔH":
                form = form.replace(f" de {name}", f" d'{name}")
            yield (m.start(1), p + len(head), {"evidence": "name head", "language": "en", "head": head, "form": form})


#: a run of title-case words, English function words allowed between them ("Terms and Conditions")
_TITLE_RUN = lazy(regex, r"(?<![\p{L}\p{M}'’-])\p{Lu}\p{Ll}+(?:(?: (?:of|and|the|for|&))* \p{Lu}\p{Ll}+)+(?![\p{L}\p{M}'’-])")
#: a company form after a name: the name is the company's registered one
_COMPANY_FORM = lazy(regex, r"\.?,? ?(?:Co\b|Ltd\b|Inc\b|LLC\b|Corp\b|GmbH\b|S\.?A\.|plc\b)")
_RUN_FUNCTION_WORDS = frozenset({"of", "and", "the", "for", "&"})
#: an English word of a pivot name is at least this common in English
MIN_PIVOT_ZIPF = 3.0


def _pivot_names(doc: Document, src: str | None) -> Iterator[tuple[int, int, dict]]:
    """A name or label in English title case in a Spanish, French, German, Italian or Portuguese
    text translated from a third language ("Market Square" from Russian, "Sports Club" from
    Turkish): machine translation passes through English and leaves such names in it. A run counts
    when two of its words are English words the target's spelling dictionary rejects
    (`data/<lang>/english_words.txt`), or one with an English function word inside the run ("Union
    of Resistance") or before the head noun that ends it ("Sakoshi Boat Festival", "Holy Mountain":
    `data/pivot_name_heads.txt` and the heads of `data/name_heads.tsv`). Not from English (where English names are usually kept on purpose), not
    without a declared source, and not a person's name (a run with a given name: "Lee Soon Shin")."""
    target = doc.target_lang
    if not src or src in ("en", target) or target == "en" or target in _SCRIPTS:
        return
    english = _english_words(target)
    if not english:
        return
    first = _first_names()
    for m in _TITLE_RUN.finditer(doc.text):
        words = m.group().split(" ")
        lows = [w.lower() for w in words]
        if any(w in first for w in lows):
            continue
        n_english = sum(1 for w in lows if w in english and zipf(w, "en") >= MIN_PIVOT_ZIPF)
        inner_function = any(w in _RUN_FUNCTION_WORDS for w in lows[1:-1])
        if _COMPANY_FORM.match(doc.text, m.end()):
            continue  # a company's registered English name: "Push Button Manufacture Co., Ltd."
        ends_in_head = len(words) >= 2 and lows[-1] in _pivot_heads()
        if n_english >= 2 or (n_english and (inner_function or ends_in_head)):
            yield (m.start(), m.end(), {"evidence": "pivot name", "language": "en"})


@lru_cache(maxsize=None)
def _pivot_heads() -> frozenset[str]:
    """The head nouns of English names in lower case ("festival", "hall", "abbey"):
    data/pivot_name_heads.txt and the English column of data/name_heads.tsv."""
    return word_list("pivot_name_heads.txt") | frozenset(h.lower() for h in english_place_heads())


#: pinyin left in a translation from Chinese ("zhanba", "xuanshuai"): at least this long
MIN_PINYIN_LEN = 5


def _pinyin(doc: Document, target: str, known, covered) -> list[tuple[int, int, dict]]:
    """Words in lower case, unknown in the target and in English, that are toneless pinyin of two
    syllables or more ("the 12 season zhanba 4 victories"): a Chinese word romanised, not
    translated. Capitalised ones are names ("Zhenhua"), for the name checks."""
    from ..wordclass import is_pinyin, pinyin_syllables

    hits = []
    for low, positions in doc.word_positions.items():
        if not MIN_PINYIN_LEN <= len(low) <= MAX_WORD_LEN or not low.isascii() or not low.isalpha() or known(low):
            continue
        if zipf(low, target) > 0 or zipf(low, "en") > 0 or not is_pinyin(low):
            continue
        for a in positions:
            if doc.text[a : a + len(low)].islower() and a not in covered and not _in_identifier(doc.text, a, a + len(low)):
                hits.append((a, a + len(low), {"evidence": "pinyin", "language": "zh", "syllables": pinyin_syllables(low)}))
    return hits


def _before_capital(text: str, b: int) -> bool:
    after = regex.match(r"\s+(\p{L})", text[b : b + 4])
    return bool(after and after.group(1).isupper())


def _between_lowercase(text: str, a: int, b: int) -> bool:
    return bool(regex.search(r"\p{Ll}{2} $", text[max(0, a - 3) : a]) and regex.match(r" \p{Ll}{2}", text[b : b + 3]))
