"""TQ203-TQ205: punctuation and typography of the source language, unbalanced and doubled marks."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..document import Document
from ..findings import Hit, Severity
from ..registry import rule

#: languages whose own typography uses these marks (not flagged when they are the target)
_GUILLEMET_LANGS = {"fr", "ru", "uk", "it", "es", "pt", "de", "pl", "no", "be", "ca", "el", "tr", "ar", "fa"}
_LOW_QUOTE_LANGS = {"de", "pl", "cs", "sk", "hr", "ro", "hu", "bg", "nl", "sl", "lt", "et", "ka"}
_INVERTED_LANGS = {"es", "gl", "ast"}
_SPACE_BEFORE_LANGS = {"fr"}

_UNITS = r"(?:%|percent|per cent|million|billion|trillion|thousand|points?|degrees?|°|km|kilometers|kilometres|miles|kg|tons|tonnes|years?)"
_DECIMAL_COMMA = re.compile(r"(\d+),(\d{1,2})(?![\d,])")
_UNIT_AFTER = re.compile(rf"\s*(?:{_UNITS}\b|%)")
_THOUSAND_DOTS = re.compile(r"\d{1,3}(?:\.\d{3}){2,}(?![\d.,]\d)")
_SPACE_BEFORE = re.compile(r"(?<=\w)[ \u00a0\u202f]+([!?;:])(?=\s|$)")
_SPACE_BEFORE_HINT = re.compile(r"[ \u00a0\u202f][!?;:](?:\s|$)")
_QUOTE_DASH = re.compile(r"[\"”»],?[ \u00a0]+([-–—])[ \u00a0]+(?=\w)|,[\"”»][ \u00a0]+([-–—])[ \u00a0]+(?=\w)")


@rule("TQ203", "source-punctuation", "warning", "Punctuation of the source language: «guillemets», „quotes“, ¿ ¡, \" ?\", 3,5 million.")
def source_punctuation(doc: Document) -> Iterator[Hit]:
    """
    ## What it does
    Flags typography that belongs to another language than the target: «guillemets» and
    „low quotes“ in English, Spanish ¿ and ¡, a space before ! ? : ; (French style), the
    Russian quote–dash attribution (`…", - the minister said`), a decimal comma before a unit
    ("3,5 million", "€2,5") and dots as thousands separators ("1.000.000").

    ## Why is this bad?
    Machine translation copies punctuation it does not know how to convert; in English text it
    looks foreign, and a decimal comma can be misread as a thousands separator.

    ## Example
    `«We demand clarification» , - the ministry said. Growth was 3,5 percent.`

    Use instead: `"We demand clarification," the ministry said. Growth was 3.5 percent.`
    """
    tgt = doc.target_lang
    text = doc.text
    if tgt not in _GUILLEMET_LANGS:
        for m in re.finditer(r"[«»‹›]", text):
            yield Hit(m.start(), m.end(), f"guillemet {m.group()} is not used in {tgt} text", "“" if m.group() in "«‹" else "”", {"mark": m.group()})
    if tgt not in _LOW_QUOTE_LANGS:
        for m in re.finditer(r"[„‚]", text):
            yield Hit(m.start(), m.end(), f"low quotation mark {m.group()} is not used in {tgt} text", "“" if m.group() == "„" else "‘", {"mark": m.group()})
    if tgt not in _INVERTED_LANGS:
        for m in re.finditer(r"[¿¡]", text):
            yield Hit(m.start(), m.end(), f"inverted mark {m.group()} is Spanish punctuation", "", {"mark": m.group()})
    if tgt not in _SPACE_BEFORE_LANGS and _SPACE_BEFORE_HINT.search(text):
        for m in _SPACE_BEFORE.finditer(text):
            if m.group(1) == ":" and re.match(r"\d", text[m.end() + 1 : m.end() + 2]):
                continue
            yield Hit(m.start(), m.end(), f"space before \"{m.group(1)}\" (French typography)", m.group(1), {"mark": m.group(1)})
    if tgt == "en":
        for m in _QUOTE_DASH.finditer(text):
            g = 1 if m.group(1) else 2
            yield Hit(m.start(g), m.end(g), "dash after a quotation introduces the speaker in Russian style; English uses a comma inside the quotes", None, {"mark": m.group(g)})
        for m in _DECIMAL_COMMA.finditer(text):
            before = text[m.start() - 1] if m.start() else ""
            if before.isdigit() or before in ".,":
                continue
            if not (before in "$€£¥" or _UNIT_AFTER.match(text, m.end())):
                continue  # "1,2 and 3": a list, not a decimal
            start, end = m.span()
            yield Hit(start, end, f"decimal comma in \"{m.group()}\"; English uses a decimal point", f"{m.group(1)}.{m.group(2)}", {"number": m.group()})
        for m in _THOUSAND_DOTS.finditer(text):
            if m.start() and (text[m.start() - 1].isdigit() or text[m.start() - 1] in ".,"):
                continue
            yield Hit(m.start(), m.end(), f"dots as thousands separators in \"{m.group()}\"; English uses commas", m.group().replace(".", ","), {"number": m.group()})


_PAIRS = {"(": ")", "[": "]", "«": "»", "{": "}"}
_DOUBLE_QUOTES = "“”\""
_MARKS = re.compile(r"[()\[\]«»{}“”\"]")


@rule("TQ204", "unbalanced-marks", "warning", "A quotation mark or bracket opened and not closed within a paragraph.", neutral=True)
def unbalanced_marks(doc: Document) -> Iterator[Hit]:
    """
    ## What it does
    Within each paragraph, matches (parentheses), [brackets] and «guillemets», and counts double
    quotation marks (curly and straight together, since MT often mixes them); flags the mark
    left without its partner. A quotation that
    runs on into the next paragraph (which opens with a quotation mark again, as English style
    does) is not flagged.

    ## Why is this bad?
    Machine translation drops or moves quotation marks when it reorders a sentence; readers
    cannot tell where a quotation ends.

    ## Example
    `“We demand clarification, the ministry said.`

    Use instead: `“We demand clarification,” the ministry said.`
    """
    text = doc.text
    paras = doc.paragraphs
    for index, p in enumerate(paras):
        stack: list[tuple[str, int]] = []
        stray: list[int] = []
        straight: list[int] = []
        for mark in _MARKS.finditer(text, p.start, p.end):
            i, ch = mark.start(), mark.group()
            if ch in _PAIRS:
                stack.append((ch, i))
            elif ch in _PAIRS.values():
                for j in range(len(stack) - 1, -1, -1):
                    if _PAIRS[stack[j][0]] == ch:
                        del stack[j:]
                        break
                else:
                    stray.append(i)
            elif ch in _DOUBLE_QUOTES:
                straight.append(i)
        runs_on = index + 1 < len(paras) and text[paras[index + 1].start] in "“\"«"
        for ch, i in stack:
            if ch == "«" and runs_on and text[p.start] == ch:
                continue
            yield Hit(i, i + 1, f"{ch} is not closed in this paragraph", None, {"mark": ch})
        for i in stray:
            if text[i] == ")" and re.search(r"(?:^|\s)(?:\d+|[a-zA-Z])\)$", text[max(p.start, i - 3) : i + 1]):
                continue  # list enumerators: "a)", "2)"
            yield Hit(i, i + 1, f"{text[i]} closes nothing in this paragraph", None, {"mark": text[i]})
        if len(straight) % 2 and not (runs_on and text[p.start] in _DOUBLE_QUOTES):
            i = straight[-1]
            yield Hit(i, i + 1, "a double quotation mark without its partner in this paragraph", None, {"mark": text[i]})


_DOUBLED_PUNCT = re.compile(r"([,;:])\1+|\.{2,}|([!?])\2{2,}")
_SPACE_BEFORE_COMMA = re.compile(r"[ \u00a0]+([,.])(?=\s|$)")


@rule("TQ205", "punctuation-spacing", "info", "Doubled punctuation (\",,\", \"..\") or a space before a comma or full stop.")
def punctuation_spacing(doc: Document) -> Iterator[Hit]:
    """
    ## What it does
    Flags doubled commas, semicolons and colons, two full stops (not an ellipsis), runs of three
    or more ! or ?, and a space before a comma or a full stop.

    ## Why is this bad?
    These slips come from joining machine-translated fragments and from source languages that
    space punctuation differently; they look careless.

    ## Example
    `The minister left ,, and the talks ended .`

    Use instead: `The minister left, and the talks ended.`
    """
    text = doc.text
    for m in _DOUBLED_PUNCT.finditer(text):
        mark = m.group()[0]
        before = text[m.start() - 1 : m.start()]
        if mark == "." and len(m.group()) != 2:
            continue  # an ellipsis
        if mark in ",;:" and before in (".", "!", "?"):
            continue
        yield Hit(m.start(), m.end(), f"doubled punctuation \"{m.group()}\"", mark, {"mark": m.group()})
    for m in _SPACE_BEFORE_COMMA.finditer(text):
        if not m.start() or not (text[m.start() - 1].isalnum() or text[m.start() - 1] in "»”\"')]"):
            continue
        yield Hit(m.start(), m.end(), f"space before \"{m.group(1)}\"", m.group(1), {"mark": m.group(1)}, Severity.INFO)
