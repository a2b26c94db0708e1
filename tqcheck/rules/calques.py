"""TQ202: calques and false friends, from one data file per language pair (data/calques/SRC-TGT.tsv).

Pattern syntax (one pattern per row, matched case-insensitively on word boundaries):
- words separated by spaces must appear in that order, separated by white space;
- ``a|b`` accepts either word; ``word~`` accepts its inflections: in an English target the regular
  ones (realize, realizes, realized, realizing; study, studies), in any other target every word
  that starts with it (``realiz~``: realizar, realizó, realizaron);
- ``*`` accepts any one word; ``*ó`` any word that ends in "ó" (a Spanish preterite);
- ``#`` accepts a number ("since # years"); ``#mo`` a number with that ending ("17mo").
Columns: pattern, explanation, suggestion, example; optional severity (error|warning|info) and
context: words (``|``-separated, ``word~`` for any word starting so) of which the document must
contain one for the entry to apply — the sense in which the word is wrong ("Abgeordnete" is wrong
for a sheriff's deputies, so only in a text that mentions a sheriff).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from ..data import DataFileError, _read, iter_rows
from ..document import Document
from ..findings import Hit, Severity
from ..patterns import cached_compile
from ..registry import rule

_IRREGULAR = {
    "make": ["made"], "take": ["took", "taken"], "give": ["gave", "given"], "do": ["did", "done", "does"],
    "hold": ["held"], "have": ["has", "had"], "be": ["is", "are", "was", "were", "been", "being"],
    "go": ["went", "gone"], "say": ["said"], "find": ["found"], "get": ["got", "gotten"], "put": ["put"],
    "pass": ["passed", "passes", "passing"], "assist": ["assisted", "assists", "assisting"],
}


def inflections(word: str) -> list[str]:
    """Regular English inflections of a verb or noun, plus the few irregular ones we need."""
    forms = {word, *_IRREGULAR.get(word, [])}
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        forms |= {word[:-1] + "ies", word[:-1] + "ied", word + "ing"}
    elif word.endswith(("s", "x", "z", "ch", "sh")):
        forms |= {word + "es", word + "ed", word + "ing"}
    elif word.endswith("e"):
        forms |= {word + "s", word + "d", word[:-1] + "ing"}
    else:
        forms |= {word + "s", word + "ed", word + "ing"}
        if re.fullmatch(r"[^aeiou]*[aeiou][bdgklmnprt]", word):  # stop -> stopped
            forms |= {word + word[-1] + "ed", word + word[-1] + "ing"}
    return sorted(forms, key=len, reverse=True)


def compile_pattern(pattern: str, lang: str = "en") -> re.Pattern:
    parts = []
    for token in pattern.split():
        if token == "*":
            parts.append(r"[\w'’-]+")
        elif token == "#":
            parts.append(r"\d+(?:[.,]\d+)?")
        else:
            alts = []
            for alt in token.split("|"):
                if not alt:
                    raise ValueError(f"empty alternative in {token!r}")
                if alt.startswith("*") and len(alt) > 1:
                    alts.append(r"\w*" + re.escape(alt[1:]))
                elif alt.startswith("#") and len(alt) > 1:
                    alts.append(r"\d+" + re.escape(alt[1:]))
                elif alt.endswith("~") and lang != "en":
                    alts.append(re.escape(alt[:-1]) + r"\w*")
                elif alt.endswith("~"):
                    alts.extend(re.escape(f) for f in inflections(alt[:-1].lower()))
                else:
                    alts.append(re.escape(alt))
            parts.append("(?:" + "|".join(alts) + ")")
    if not parts:
        raise ValueError("empty pattern")
    return cached_compile(re, r"(?<![\w-])" + r"\s+".join(parts) + r"(?![\w-])", re.IGNORECASE)


@dataclass(frozen=True)
class Calque:
    pattern: re.Pattern
    #: for each word of the pattern, the lower-case words that satisfy it (None: any word)
    needs: tuple[frozenset[str] | None, ...]
    source: str
    explanation: str
    suggestion: str
    example: str
    severity: Severity | None
    #: words of which the document must contain one (exact, or (prefix,) for ``word~``); empty: any document
    context: tuple = ()


def _context(field: str) -> tuple:
    return tuple((w[:-1].lower(),) if w.endswith("~") else w.lower() for w in field.split("|") if w)


def _in_document(context: tuple, words) -> bool:
    return any(c in words if isinstance(c, str) else any(w.startswith(c[0]) for w in words) for c in context)


def _needs(pattern: str, lang: str = "en") -> tuple[frozenset[str] | None, ...]:
    out: list[frozenset[str] | None] = []
    for token in pattern.split():
        alts = token.split("|")
        if token in ("*", "#") or any(a[:1] in "*#" or (a.endswith("~") and lang != "en") for a in alts):
            out.append(None)  # any word, or words known only by their beginning or ending
            continue
        words: set[str] = set()
        for alt in alts:
            forms = inflections(alt[:-1].lower()) if alt.endswith("~") else [alt.lower()]
            words.update(w for f in forms for w in re.findall(r"\w+", f))
        out.append(frozenset(words))
    return tuple(out)


@lru_cache(maxsize=None)
def calques(src: str, tgt: str) -> tuple[Calque, ...]:
    rel = f"calques/{src}-{tgt}.tsv"
    raw = _read(rel)
    return parse_calques(raw, rel, tgt) if raw is not None else ()


def parse_calques(raw: str, name: str, lang: str = "en") -> tuple[Calque, ...]:
    """Parse a calque table; a bad row raises DataFileError naming ``name`` and the line."""
    out: list[Calque] = []
    for lineno, row in iter_rows(raw, name, ("pattern", "explanation")):
        try:
            if not row.get("pattern") or not row.get("explanation"):
                raise ValueError("pattern and explanation are required")
            severity = Severity.parse(row["severity"]) if row.get("severity") else None
            out.append(Calque(
                compile_pattern(row["pattern"], lang), _needs(row["pattern"], lang), row["pattern"], row["explanation"],
                row.get("suggestion", ""), row.get("example", ""), severity, _context(row.get("context") or ""),
            ))
        except ValueError as exc:
            raise DataFileError(f"{name}:{lineno}: {exc}") from None
    return tuple(out)


@rule("TQ202", "calque", "warning", "A calque or false friend of the source language (\"social networks\" for redes sociales).", needs_source_lang=True)
def calque(doc: Document) -> Iterator[Hit]:
    """
    ## What it does
    With the source language known, flags expressions that copy the source language's wording
    instead of the target language's idiom: "social networks" (redes sociales: social media),
    "this Saturday" (este sábado: on Saturday), "dead paper" (papel mojado: a dead letter),
    "actually" for *actualmente* (currently). From English into Spanish, French, German, Italian
    and Portuguese it flags false friends in the sense in which they are wrong: "librería
    municipal" (a library that lends books is a *biblioteca*), "eventualmente ganó" (in the end:
    *finalmente*), "realizó que" (noticed: *se dio cuenta de que*), "Abgeordnete" for a sheriff's
    deputies (only in a text that mentions a sheriff), "brutalmente 6 chilometri" (roughly:
    *circa*). Entries live in one file per language pair, `tqcheck/data/calques/SRC-TGT.tsv`
    (es, fr, de, it, pt, ru, zh into English; English into es, fr, de, it, pt); each has a pattern, an
    explanation, a suggestion, an example, and optionally a severity and a context (words the
    document must contain). See docs/data.md for adding entries.

    ## Why is this bad?
    A calque is grammatical but sounds foreign, and a false friend says something else than the
    source meant ("eventually" is not *eventualmente*, "possibly").

    ## Example
    `Maduro, captured this Saturday, wrote on his social networks.` (from Spanish)

    Use instead: `Maduro, captured on Saturday, wrote on social media.`

    `Eventualmente ganó el partido.` (Spanish, from English) — use instead: `Finalmente ganó el partido.`

    `Il a visité la librairie municipale.` (French, from English) — use instead: `Il a visité la bibliothèque municipale.`

    `Il paese si trova brutalmente 6 chilometri a nord.` (Italian, from English) — use instead: `… circa 6 chilometri a nord.`
    """
    if not doc.source_lang:
        return
    text = doc.text
    taken: list[tuple[int, int]] = []
    table_ = calques(doc.source_lang, doc.target_lang)
    if not table_:
        return
    positions = doc.word_positions
    for c in table_:
        if any(need is not None and not (need & positions.keys()) for need in c.needs):
            continue  # a word the pattern needs does not occur in the document
        if c.context and not _in_document(c.context, positions.keys()):
            continue  # the document is not about the sense in which the word is wrong
        first = c.needs[0]
        if first is None:
            matches = c.pattern.finditer(text)
        else:  # try the pattern only where its first word occurs
            starts = sorted(p for w in first & positions.keys() for p in positions[w])
            matches = (m for p in starts if (m := c.pattern.match(text, p)))
        for m in matches:
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            taken.append(m.span())
            yield Hit(
                m.start(), m.end(), f"\"{m.group()}\": {c.explanation}", c.suggestion or None,
                {"pattern": c.source, "pair": f"{doc.source_lang}-{doc.target_lang}", "example": c.example},
                c.severity,
            )
