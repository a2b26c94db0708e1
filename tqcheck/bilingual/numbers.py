"""Numbers in running text, read with each language's separators, and English number words."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from ..patterns import cached_compile, lazy

#: languages whose decimal separator is a point (thousands: comma); the others use a comma
POINT_DECIMAL = {"en", "zh", "ja", "ko", "hi", "th", "he", "ms", "tl", "ga", "mt", "sw"}

_NUM = lazy(re, r"(?<![0-9.,])(\d{1,3}(?:[ \u00a0\u202f.,’']\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)(?![\d])")
_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000,
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "twice": 2, "half": 0.5, "dozen": 12, "a dozen": 12, "single": 1, "once": 1,
    "double": 2, "triple": 3, "pair": 2, "both": 2, "million": 1_000_000, "billion": 1_000_000_000,
    # months: sources in Chinese, Japanese and many others write dates with month numbers
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12, "noon": 12, "midnight": 0,
    "twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60, "seventies": 70,
    "eighties": 80, "nineties": 90,
}
_ROMAN = lazy(re, r"\b([IVXLC]{2,7}|[IVX](?=(?:e|er|ème|º|°)\b))(?:e|er|ème|º|°)?\b")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def _roman(s: str) -> int | None:
    total, prev = 0, 0
    for ch in reversed(s):
        v = _ROMAN_VALUES[ch]
        total = total - v if v < prev else total + v
        prev = max(prev, v)
    return total if 0 < total < 400 else None
_WORD_RE = lazy(re, r"\b(" + "|".join(sorted(_WORDS, key=len, reverse=True)) + r")\b", re.IGNORECASE)
_COMPOUND = lazy(re, r"\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(one|two|three|four|five|six|seven|eight|nine)\b", re.IGNORECASE)
#: the same two, matched in lower-cased ASCII text, where a word's edge is a character outside [a-z0-9_]
#: (as \b there; a third faster)
_ASCII_EDGES = (r"(?<![a-z0-9_])", r"(?![a-z0-9_])")
_WORD_LOWER = lazy(re, _ASCII_EDGES[0] + "(" + "|".join(sorted(_WORDS, key=len, reverse=True)) + ")" + _ASCII_EDGES[1])
_COMPOUND_LOWER = lazy(re, _ASCII_EDGES[0] + r"(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(one|two|three|four|five|six|seven|eight|nine)" + _ASCII_EDGES[1])
#: any digit: most sentences have none, and then the number pattern need not be tried
_DIGIT = lazy(re, r"\d")
_CJK_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "百": 100, "千": 1000, "万": 10000, "亿": 100000000}


@dataclass(frozen=True)
class Number:
    start: int
    end: int
    text: str
    value: float
    #: part of an identifier ("Covid-19", "RM-1", "A4") or the minutes of a time ("9:30")
    incidental: bool = False


def parse(token: str, lang: str | None) -> float | None:
    """The value of a digit token under ``lang``'s conventions ("3,5" es -> 3.5, "1.000" es -> 1000)."""
    t = token.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'")
    point = (lang or "en") in POINT_DECIMAL
    dec, thou = (".", ",") if point else (",", ".")
    if re.fullmatch(r"\d{1,3}(?:[ ']\d{3})+(?:[.,]\d+)?", t):
        t = t.replace(" ", "").replace("'", "")
    parts = t.split(thou)
    if len(parts) > 1 and all(len(p) == 3 for p in parts[1:]) and not (dec in parts[-1]):
        t = t.replace(thou, "")
    elif len(parts) > 1 and all(len(p) == 3 for p in parts[1:-1]) and dec in parts[-1] and len(parts[-1].split(dec)[0]) == 3:
        t = t.replace(thou, "")
    t = t.replace(dec, ".")
    if t.count(".") > 1 or "," in t:
        return None
    try:
        return float(t)
    except ValueError:
        return None


#: English words that stand for exactly one cardinal: a translation's "four" must match the source
CARDINAL_WORDS = frozenset(
    "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety".split()
)


@lru_cache(maxsize=None)
def source_words(lang: str) -> dict[str, float]:
    """Number words of a source language (data/number_words.tsv), every listed form."""
    from ..data import table

    return {form: float(r["value"]) for r in table("number_words.tsv", ("lang", "value", "forms")) if r["lang"] == lang for form in r["forms"].split()}


@lru_cache(maxsize=None)
def _candidates(lang: str):
    """The runs of letters that may be number words of ``lang``: one of its forms of one or two
    letters, or a run that starts with the first three letters of a form (a word that starts
    otherwise is none). One pattern, so that the other words of a text are passed over in C."""
    forms = source_words(lang)
    short = sorted((f for f in forms if len(f) <= 2), key=len, reverse=True)
    heads = sorted({f[:3] for f in forms if len(f) >= 3})
    alternatives = ([f"(?:{'|'.join(map(re.escape, short))})(?![^\\W\\d_])"] if short else []) \
        + ([f"(?:{'|'.join(map(re.escape, heads))})[^\\W\\d_]*"] if heads else [])
    return cached_compile(re, r"(?<![^\W\d_])(?:" + "|".join(alternatives) + ")", re.IGNORECASE)


#: a letter (and a hyphen) before a number makes it part of an identifier ("RM-1"); an ordinal's ending after it does not
_LETTER_BEFORE = lazy(re, r"[A-Za-z]-?$")
_ORDINAL_ENDING = lazy(re, r"(?:st|nd|rd|th|s)\b")


def has_number_words(lang: str | None) -> bool:
    return bool(lang) and (lang in ("zh", "ja") or bool(source_words(lang)))


#: full-width digits (Chinese and Japanese text) read as ASCII digits; one character each, so
#: offsets do not move
_FULLWIDTH = str.maketrans("０１２３４５６７８９", "0123456789")
#: a number with a Chinese/Japanese multiplier: "12万" (120,000), "1万1000" (11,000), "9.1万"
_CJK_MULTIPLIED = lazy(re, r"(\d+(?:\.\d+)?)([万亿億])(\d+)?")
#: era names before a year: "明治28年" is 1895, not 28
_ERA = lazy(re, r"(?:明治|大正|昭和|平成|令和|民国)$")


def numbers(text: str, lang: str | None, start: int = 0, end: int | None = None) -> list[Number]:
    """Digit numbers in text[start:end] (and English number words when ``lang`` is en)."""
    end = len(text) if end is None else end
    out = []
    taken: set[int] = set()
    if lang in ("zh", "ja"):
        text = text.translate(_FULLWIDTH)
        for m in _CJK_MULTIPLIED.finditer(text, start, end):
            scale = 10_000 if m.group(2) == "万" else 100_000_000
            value = float(m.group(1)) * scale + float(m.group(3) or 0)
            out.append(Number(m.start(), m.end(), m.group(), value))
            taken.update(range(m.start(), m.end()))
    for m in _NUM.finditer(text, start, end) if _DIGIT.search(text, start, end) else ():
        if m.start() in taken:
            continue
        v = parse(m.group(1), lang)
        if v is None:
            continue
        a, b = m.span(1)
        before, after = text[max(0, a - 2) : a], text[b : b + 1]
        identifier = bool(_LETTER_BEFORE.search(before)) or after.isalpha() and not _ORDINAL_ENDING.match(text, b, b + 3)
        minutes = before.endswith(":") and len(m.group(1)) == 2
        if lang in ("zh", "ja") and _ERA.search(text[max(0, a - 2) : a]):
            continue  # an era year, given again as a Western year
        out.append(Number(a, b, m.group(1), v, identifier or minutes))
    if lang not in (None, "en") and source_words(lang):
        words = source_words(lang)
        for m in _candidates(lang).finditer(text, start, end):
            w = m.group().lower()
            v = words.get(w)
            if v is None and len(w) >= 5:  # ordinals and other endings: "sechste", "achten"
                v = next((words[w[:k]] for k in range(len(w) - 1, max(2, len(w) - 4), -1) if w[:k] in words), None)
            if v is not None:
                out.append(Number(m.start(), m.end(), m.group(), v))
    if lang not in (None, "en"):
        for m in _ROMAN.finditer(text, start, end):  # "XIVe siècle", "Felipe VI"
            v = _roman(m.group(1))
            if v is not None:
                out.append(Number(m.start(), m.end(), m.group(), float(v)))
    if lang == "en":
        taken = set()
        # ASCII text (nearly all) is matched in lower case, case-sensitively: several times faster than
        # ignoring case, with the same matches; one character either side keeps the word boundaries
        lo = max(0, start - 1)
        around = text[lo : end + 1]
        plain = around.isascii()
        hay, pos, compound, word = (around.lower(), start - lo, _COMPOUND_LOWER, _WORD_LOWER) if plain else (text, start, _COMPOUND, _WORD_RE)
        shift = lo if plain else 0
        stop = pos + (end - start)
        for m in compound.finditer(hay, pos, stop) if hay.find("-", pos, stop) != -1 else ():
            a, b = m.start() + shift, m.end() + shift
            out.append(Number(a, b, text[a:b], _WORDS[m.group(1)] + _WORDS[m.group(2)] if plain else _WORDS[m.group(1).lower()] + _WORDS[m.group(2).lower()]))
            taken.update(range(a, b))
        for m in word.finditer(hay, pos, stop):
            a, b = m.start() + shift, m.end() + shift
            if a not in taken:
                out.append(Number(a, b, text[a:b], float(_WORDS[m.group().lower()])))
    if lang in ("zh", "ja"):
        for m in re.finditer("[〇零一二两三四五六七八九十百千万亿]+", text[start:end]):
            if start + m.start() in taken or start + m.start() - 1 in taken:
                continue  # the 万 of "12万"
            v = _cjk_value(m.group())
            if v is not None:
                out.append(Number(start + m.start(), start + m.end(), m.group(), v))
    return sorted(out, key=lambda n: n.start)


def _cjk_value(s: str) -> float | None:
    total, section, digit = 0, 0, 0
    for ch in s:
        v = _CJK_DIGITS[ch]
        if v < 10:
            digit = v
        elif v in (10, 100, 1000):
            section += (digit or 1) * v
            digit = 0
        else:  # 万, 亿
            total += (section + digit) * v
            section, digit = 0, 0
    return float(total + section + digit)


def equivalent(a: float, b: float) -> bool:
    """Same number, or the same digits at another scale ("2.3 million" vs "2,300,000")."""
    if a == b:
        return True
    if a == 0 or b == 0:
        return False
    if max(a, b) <= 24 and abs(a - b) == 12:
        return True  # 11 pm and 23:00
    big, small = max(a, b), min(a, b)
    if 1000 <= big <= 2100 and big == int(big) and small < 100 and (big % 100 == small or big // 100 + 1 == small):
        return True  # "the 1970s" / "los años 70", "the 1850s" / "19. Jahrhundert"
    for scale in (1e3, 1e6, 1e9, 1e4, 1e8, 100):
        if abs(a * scale - b) < 1e-6 * max(1, b) or abs(b * scale - a) < 1e-6 * max(1, a):
            return True
    return False
