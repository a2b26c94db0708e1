"""Split text into paragraphs and sentences, keeping exact code-point offsets.

The sentence splitter is rule-based and linear: a candidate boundary is sentence-final punctuation
(. ! ? …) plus closing quotes/brackets, followed by white space and a sentence opener (a capital
letter, a digit, an opening quote or bracket, ¿ ¡). A period does not end a sentence after a known
abbreviation (``data/abbreviations/<lang>.txt``), a single capital initial ("J. Smith") or an
abbreviation with inner periods ("U.N.", "p.m."), unless the next word is a typical sentence opener
("The", "He", ...). ``benchmarks/segment_eval.py`` compares it with pysbd on DEMETR sentences.

Pages that machine translation strips of their markup keep list markers and line breaks: a list
marker ("【2】", "■", "①", "•", "2)") begins a segment, and so does the text after it; a line
that does not start in lower case begins one unless it continues prose wrapped at a fixed width
(the line before it is long and does not end a sentence).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from .patterns import lazy

_BLANK_LINE = lazy(re, r"\n[ \t\r\f\v]*\n")
_LINE = lazy(re, r"[^\n]+")
_BOUNDARY = lazy(re, r"[.!?…]+[\"'”’»)\]]*(?=\s)|[.!?…]+[\"'”’»)\]]*$")
_NEXT = lazy(re, r"\s+([\"'“‘«(\[¿¡]*)(\S)")
_FOLLOWING = lazy(re, r"\w+")
#: list markers and source-language list symbols: each begins a segment, and so does what follows
_MARKER = lazy(re, 
    r"【[^】\n]{0,12}】|[■□◆◇●•※▪►▶➤✓✔\u2460-\u2473\u24ea\u2776-\u277f]"
    # the middle dot ・ separates the words of a name inside a Japanese sentence (アマゾン・ドット・コム):
    # a list marker only where it starts a line
    r"|(?:(?<=\n)|^)[ \t]*・"
    r"|(?:(?<=\n)|^)[ \t]*(?:\d{1,2}[.)]|[a-z]\)|[-*+–])(?=[ \t])|(?<=[ \t])\d{1,2}\)(?=[ \t])",
    re.MULTILINE,
)
_NEXT_CHAR = lazy(re, r"\s*(\S)")
#: the characters one of _MARKER's matches holds, except a marker at a line start (a quick test
#: before the full search, which is tried at every position)
_MARKER_CHARS = lazy(re, r"[【■□◆◇●•※▪►▶➤✓✔\u2460-\u2473\u24ea\u2776-\u277f・)]")
_LINE_MARKER_START = frozenset("0123456789abcdefghijklmnopqrstuvwxyz-*+–・")


def _may_hold_marker(text: str, start: int, end: int) -> bool:
    """False when ``_MARKER`` cannot match in text[start:end] (a line without list marks)."""
    if _MARKER_CHARS.search(text, start, end) or text.find("\n", start, end) != -1:
        return True
    if start and text[start - 1] != "\n":
        return False  # no line starts inside
    while start < end and text[start] in " \t":
        start += 1
    return start < end and text[start] in _LINE_MARKER_START
#: how far back the word before a period is looked for (abbreviations are short)
ABBREVIATION_REACH = 40
#: a line at least this long, not ending a sentence, is taken for wrapped prose: the next line continues it
WRAPPED_LINE = 50
_OPENERS = frozenset(
    "The A An He She It They We I You His Her Its Their Our My This That These Those There Then But And "
    "However In On At For After Before When While As If Meanwhile Moreover Yet So".split()
)


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int


@lru_cache(maxsize=None)
def abbreviations(lang: str) -> frozenset[str]:
    """Abbreviations whose full stop ends no sentence (data/abbreviations/<lang>.txt; English's for
    a language without a list)."""
    from .data import word_list

    return word_list(f"abbreviations/{lang}.txt") or word_list("abbreviations/en.txt")


def paragraphs(text: str) -> list[Span]:
    """Paragraph spans: blocks separated by blank lines when the text has any, else one per line."""
    spans: list[Span] = []
    if _BLANK_LINE.search(text):
        pos = 0
        for m in _BLANK_LINE.finditer(text):
            spans.append(Span(pos, m.start()))
            pos = m.end() - 1  # keep the newline that starts the next block's whitespace
        spans.append(Span(pos, len(text)))
    else:
        spans = [Span(m.start(), m.end()) for m in _LINE.finditer(text)]
    return [s for s in (_strip(text, sp) for sp in spans) if s.end > s.start]


def _strip(text: str, span: Span) -> Span:
    start, end = span.start, span.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)


def _is_abbreviation(word: str, nxt_word: str, lang: str) -> bool:
    core = word.rstrip(".").lstrip("\"'“‘«([")
    if not core:
        return False
    if "." in core:  # U.N., p.m., e.g.: inner periods
        return nxt_word not in _OPENERS
    if len(core) == 1 and core.isupper():  # an initial: "J. Smith"
        return True
    return core.lower() in abbreviations(lang)


def sentences(text: str, start: int = 0, end: int | None = None, lang: str = "en") -> list[Span]:
    """Sentence spans inside ``text[start:end]`` (white space trimmed)."""
    end = len(text) if end is None else end
    out: list[Span] = []
    sent_start = start
    for m in _BOUNDARY.finditer(text, start, end):
        stop = m.end()
        nxt = _NEXT.match(text, stop, end)
        if nxt is None:
            continue  # end of paragraph: closed below
        opener = nxt.group(2)
        if not (opener.isupper() or opener.isdigit() or nxt.group(1)):
            continue
        if m.group(0)[0] == "." and len(m.group(0).rstrip("\"'”’»)]")) == 1:
            lo = max(sent_start, m.start() - ABBREVIATION_REACH)  # a long sentence costs linear time
            word_start = max(text.rfind(" ", lo, m.start()), text.rfind("\n", lo, m.start()), text.rfind("\t", lo, m.start()), lo - 1) + 1
            before = text[word_start : m.start() + 1]
            following = _FOLLOWING.match(text, nxt.start(2))
            if before.strip() and _is_abbreviation(before.strip(), following.group(0) if following else "", lang):
                continue
        out.append(_strip(text, Span(sent_start, stop)))
        sent_start = stop
    last = _strip(text, Span(sent_start, end))
    if last.end > last.start:
        out.append(last)
    if "\n" in text[start:end] or (_may_hold_marker(text, start, end) and _MARKER.search(text, start, end)):
        out = [piece for span in out for piece in _split_lines_and_markers(text, span)]
    return [s for s in out if s.end > s.start]


def _split_lines_and_markers(text: str, span: Span) -> list[Span]:
    """Split a sentence span at list markers (each its own segment) and at line starts that are
    not a wrapped line's continuation."""
    cuts: list[int] = []
    for m in re.finditer(r"\n", text[span.start : span.end]):
        i = span.start + m.start()
        line_start = text.rfind("\n", 0, i) + 1
        line = text[max(line_start, span.start) : i].rstrip()
        nxt_m = _NEXT_CHAR.match(text, i + 1, span.end)
        nxt = nxt_m.group(1) if nxt_m else ""
        if nxt and not nxt.islower() and (len(line) < WRAPPED_LINE or line[-1:] in ".!?:;)]】\"”"):
            cuts.append(i + 1)  # a line that starts like a sentence, after a short or finished one
    for m in _MARKER.finditer(text, span.start, span.end):
        cuts.extend((m.start(), m.end()))
    out: list[Span] = []
    pos = span.start
    for cut in sorted(set(cuts)):
        if span.start < cut < span.end:
            out.append(_strip(text, Span(pos, cut)))
            pos = cut
    out.append(_strip(text, Span(pos, span.end)))
    return [s for s in out if s.end > s.start]
