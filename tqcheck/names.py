"""Name mentions and transliteration-aware name keys, shared by the entity and source-aware rules.

A *mention* is a run of capitalised words ("Volodymyr Zelensky", "Russian Foreign Ministry"),
without leading titles ("President") or sentence-initial common words ("The", "Meanwhile").
Its *key* folds the differences that transliteration and lost diacritics make, so that
"Volodimir"/"Volodymyr", "Nicolás"/"Nicolas", "Zelenskiy"/"Zelensky" get the same key.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import regex

from .data import word_list
from .document import Document
from .lexicon import capitalized, gazetteer, strip_accents, zipf
from .patterns import lazy

_CAP_TOKEN = (
    r"(?:\p{Lu}[\p{Lu}\p{M}]+(?![\p{Ll}\p{Lm}])(?:[-‐]\p{Lu}[\p{Lu}\p{M}]*)*"  # JOSÉ, NATO
    r"|\p{Lu}[\p{Ll}\p{Lm}\p{M}]*(?:[-‐]\p{Lu}[\p{Ll}\p{Lm}\p{M}]*)*)"  # José, Jean-Luc
)
_POSSESSIVE = r"(?:['’]s\b|['’](?=\s))?"
_CONNECTOR = r"(?:de|del|da|dos|das|van|von|der|bin|ibn|al|la|le|di)"
_MENTION = lazy(regex, 
    rf"(?<![\p{{L}}\p{{M}}\p{{N}}_@#./-]){_CAP_TOKEN}(?:(?: {_CONNECTOR})? {_CAP_TOKEN})*(?![\p{{L}}\p{{N}}_@])"
)
_TOKEN = lazy(regex, _CAP_TOKEN)


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Mention:
    tokens: tuple[Token, ...]
    #: a one-word mention at a sentence start that may be an ordinary word ("Jose", "Meanwhile")
    initial: bool = False

    @property
    def start(self) -> int:
        return self.tokens[0].start

    @property
    def end(self) -> int:
        return self.tokens[-1].end

    @property
    def words(self) -> tuple[str, ...]:
        return tuple(t.text for t in self.tokens)


_RULES = [
    (re.compile(r"sk(?:iy|yy|yi|ij|yj|y|i)\b"), "ski"),  # -skyj: German Selenskyj
    (re.compile(r"kh"), "h"),
    (re.compile(r"ou"), "u"),
    (re.compile(r"[yj](?=[aeiou])"), "i"),  # Yevgeny/Ievgen, Jurij
    (re.compile(r"(?<=[aeiou])j\b|ij\b"), "i"),  # a final й written j (German, Czech, Polish): Sergej, Dmitrij
    (re.compile(r"y"), "i"),
    (re.compile(r"w"), "v"),
    (re.compile(r"(.)\1+"), r"\1"),
]


@lru_cache(maxsize=100_000)
def name_key(word: str) -> str:
    """Fold a name word: case, diacritics, common transliteration variants, doubled letters."""
    k = strip_accents(word).lower().replace("’", "'")
    k = re.sub(r"['‐-]", "", k)
    for pattern, repl in _RULES:
        k = pattern.sub(repl, k)
    return k


def one_edit(a: str, b: str) -> bool:
    """True when a and b differ by at most one insertion, deletion or substitution."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)) :] == b[i + 1 :]


def is_common_word(word: str, lang: str = "en") -> bool:
    """True for a word that is usually written in lower case ("The", "Meanwhile", "Paradoxically")."""
    low = word.lower()
    if low in capitalized(lang) or low in gazetteer(lang):
        return False
    return low in word_list(f"{lang}/function_words.txt") or zipf(low, lang) >= 4.0


def titles(lang: str = "en") -> frozenset[str]:
    """Titles and ranks before a name, which are not part of it (data/<lang>/titles.txt, rank_titles.txt)."""
    return word_list(f"{lang}/titles.txt") | word_list(f"{lang}/rank_titles.txt")


def mentions(doc: Document) -> list[Mention]:
    """Capitalised name mentions of the document, in order (cached on the document)."""
    cached = doc.cache.get("mentions")
    if cached is not None:
        return cached
    lang = doc.target_lang
    text = doc.text
    title_words = titles(lang)
    function_words = word_list(f"{lang}/function_words.txt")
    sentence_starts = {s.offset for s in doc.segments}
    out: list[Mention] = []
    for m in _MENTION.finditer(text):
        word = m.group()
        if " " in word or "-" in word or "‐" in word:
            toks = [Token(t.start(), t.end(), t.group()) for t in _TOKEN.finditer(text, m.start(), m.end())]
        else:
            toks = [Token(m.start(), m.end(), word)]  # one word: most mentions
        # a sentence-initial common word is not part of a name: "The Kremlin", "Meanwhile"
        first = toks[0]
        at_start = first.start in sentence_starts or after_opening(text, first.start, sentence_starts)
        if len(toks) > 1:
            cut = max((i for i, t in enumerate(toks[:-1]) if t.text.lower() in title_words), default=-1)
            toks = toks[cut + 1 :]  # "Venezuelan President Nicolás Maduro" -> "Nicolás Maduro"
        initial = False
        while toks and (toks[0].text.lower() in title_words or toks[0].text.lower() in function_words):
            toks.pop(0)
        if toks and toks[0].start == first.start and at_start and is_common_word(toks[0].text, lang):
            if len(toks) > 1:
                toks.pop(0)  # "Meanwhile Putin", "Later Gomez"
            else:
                initial = True  # "Jose left": a name or an ordinary word; rules decide
        if toks:
            out.append(Mention(tuple(toks), initial))
    doc.cache["mentions"] = out
    return out


def after_opening(text: str, pos: int, starts: set[int]) -> bool:
    """True when only opening quotes/brackets stand between a sentence start and ``pos``."""
    i = pos
    while i > 0 and text[i - 1] in "\"'“‘«([¿¡—–- ":
        i -= 1
        if i in starts:
            return True
    return i in starts


def one_letter_inside(a: str, b: str) -> bool:
    """True when one letter inserted inside ``a`` gives ``b``, or the reverse, away from both ends
    and from the last three letters where endings change ("zelenski"/"zhelenski"; not
    "korea"/"korean", "ansen"/"hansen", "mosasaurus"/"mosasaurs")."""
    if len(a) > len(b):
        a, b = b, a
    if len(b) != len(a) + 1 or not one_edit(a, b):
        return False
    i = next((k for k in range(len(a)) if a[k] != b[k]), len(a))
    return 0 < i < len(b) - 3


@lru_cache(maxsize=None)
def _given_name_table() -> tuple[dict[str, tuple[str, str | None]], dict[str, str]]:
    """(name key -> (row key, romanisation), row key -> the first Ukrainian form in Latin letters)
    of data/given_name_variants.tsv."""
    from .data import table

    out: dict[str, tuple[str, str | None]] = {}
    ukrainian: dict[str, str] = {}
    for row in table("given_name_variants.tsv", ("russian", "ukrainian")):
        keys = {system: [name_key(f) for f in row[system].split("|") if f] for system in ("russian", "ukrainian")}
        canonical = keys["russian"][0]
        for system, ks in keys.items():
            for k in ks:
                other = keys["ukrainian" if system == "russian" else "russian"]
                out[k] = (canonical, None if k in other else system)
        latin = [f for f in row["ukrainian"].split("|") if f and f.isascii()]
        if latin:
            ukrainian[canonical] = latin[0]
    return out, ukrainian


def ukrainian_form(row_key: str) -> str | None:
    """The Ukrainian romanisation of the given name whose row key (:func:`given_name_row`) is
    ``row_key``: "sergei" -> "Serhiy"."""
    return _given_name_table()[1].get(row_key)


def given_name_row(word: str) -> tuple[str, str | None] | None:
    """(row key, romanisation) of a given name in data/given_name_variants.tsv: "Serhiy" -> ("sergei",
    "ukrainian"); the romanisation is None for a form both languages share ("Ivan")."""
    return _given_name_table()[0].get(name_key(word))


def given_key(word: str) -> str:
    """The key of a given name: one key for the transliterations of one name ("Sergey"/"Serhiy" ->
    "sergei"); other words keep their name key."""
    row = given_name_row(word)
    return row[0] if row else name_key(word)


@lru_cache(maxsize=None)
def _gender_endings() -> tuple[tuple[str, str], ...]:
    from .data import table

    rows = table("surname_gender_forms.tsv", ("masculine", "feminine"))
    return tuple((strip_accents(r["masculine"]).lower(), strip_accents(r["feminine"]).lower()) for r in rows)


def feminine_candidates(masculine: str) -> list[str]:
    """The feminine spellings (accents stripped, lower case) that :func:`gender_forms` would pair
    with ``masculine`` ("zakharov" -> ["zakharova", ...]): look-ups instead of comparing every pair."""
    m = strip_accents(masculine).lower()
    return [m[: len(m) - len(me)] + fe for me, fe in _gender_endings() if m.endswith(me) and len(m) - len(me) >= 4]


def gender_forms(masculine: str, feminine: str) -> bool:
    """True when ``feminine`` is the feminine form of the surname ``masculine`` ("Zakharov"/"Zakharova",
    "Kowalski"/"Kowalska"), by data/surname_gender_forms.tsv; the stem has at least four letters."""
    m, f = strip_accents(masculine).lower(), strip_accents(feminine).lower()
    for me, fe in _gender_endings():
        if m.endswith(me) and f.endswith(fe) and len(m) - len(me) >= 4 and m[: len(m) - len(me)] == f[: len(f) - len(fe)]:
            return True
    return False
