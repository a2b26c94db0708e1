"""TQ203-TQ205: punctuation and typography of the source language, unbalanced and doubled marks."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

import regex

from ..data import table, word_list
from ..document import Document
from ..findings import Hit, Severity
from ..langs import language_name
from ..lexicon import conjunctions, zipf
from ..registry import rule
from ..textscan import byline, finditer_from_hints, occurrences, run_before
from .spacing import in_link, marks_before_in_paragraph, surface_settings
from ..patterns import cached_compile, lazy

_UNITS = r"(?:%|percent|per cent|million|billion|trillion|thousand|points?|degrees?|°|km|kilometers|kilometres|miles|kg|tons|tonnes|years?)"
_DECIMAL_COMMA = lazy(re, r"(\d+),(\d{1,2})(?![\d,])")
_UNIT_AFTER = lazy(re, rf"\s*(?:{_UNITS}\b|%)")
#: an amount with the euro or pound sign after it ("a deposit of 400 €", "12€."), not before another amount
_AMOUNT_BEFORE_SIGN = lazy(re, r"(\d+(?:[.,]\d+)*)[ \u00a0]?$")
_SIGN_AFTER = lazy(re, r"[\w€£$]|[ \u00a0]?\d")
#: a number, a space and the per cent sign ("50 %"), not after another sign or inside a word
_SPACED_PERCENT = lazy(re, r"(?<![\w.,])(\d+(?:[.,]\d+)?)[ \u00a0\u202f]%(?!\w)")
#: a line ending in a hyphen or dash after a word, before a line that opens with a capital, a number
#: or a list mark ("Let us know about these things-" / "1. Junk"): a colon typed as a dash (not a word
#: broken across lines, which goes on in lower case)
_DASH_BEFORE_LINES = lazy(regex, r"(-)[ \t]*\n(?:[ \t]*\n)*[ \t]*(?=[\p{Lu}\d•*])")  # after a word: checked in code
#: a range written with a tilde between its numbers or times ("1~2 years", "8:00~22:00"), not "~20" (about)
_TILDE_RANGE = lazy(re, r"(?<![\w.,:])(\d+(?:[.,:]\d+)?)[ \u00a0]?~[ \u00a0]?(\d+(?:[.,:]\d+)?)(?![\w.,:]\d)")
#: a number with a comma that no thousands separator explains: a zero or four digits or more before it
_PLAIN_DECIMAL_COMMA = lazy(re, r"(0|[1-9]\d{3,}),(\d+)(?![\d,])")
_DIGIT_COMMA_DIGIT, _DIGIT_RUN = lazy(re, r"\d,\d"), run_before(r"\d")
#: numbers joined by commas without spaces, three or more ("1,2,3"): a list
_NUMBER_LIST = lazy(re, r"\d+(?:,\d+){2,}")


def _signs_after_amounts(text: str) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, amount, sign) of each amount with the euro or pound sign after it ("a deposit of
    400 €", "12€."), not a sign before the next amount ("5 €25"); looked for at the signs only."""
    signs = sorted(i for ch in "€£" for i in occurrences(text, ch))
    for i in signs:
        m = _AMOUNT_BEFORE_SIGN.search(text, max(0, i - 40), i)
        if m is None or (m.start() and text[m.start() - 1] in "0123456789.,€£$") or _SIGN_AFTER.match(text, i + 1):
            continue
        yield m.start(), i + 1, m.group(1), text[i]


def _in_number_list(text: str, m: re.Match) -> bool:
    """The number stands in a list of numbers joined by commas ("pages 1,2,3", "0,1,2") or is a pair
    in brackets, a coordinate ("the input of [0,0]")."""
    a = m.start()
    if a and text[a - 1] in "[(" and text[m.end() : m.end() + 1] in ("]", ")"):
        return True
    while a and (text[a - 1].isdigit() or text[a - 1] == ","):
        a -= 1
    lm = _NUMBER_LIST.match(text, a)
    return lm is not None and lm.end() >= m.end()
_THOUSAND_DOTS = lazy(re, r"\d{1,3}(?:\.\d{3}){2,}(?![\d.,]\d)")
#: a space as thousands separator: "250 000 people" (not a phone number "+34 912 345 678")
_THOUSAND_SPACES = lazy(regex, r"(?<![\d+(.,:/-] ?)(?<![\d+])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d.,]?\d)(?![ \u00a0]\d)")
_SPACE_BEFORE = lazy(re, r"(?<=\w)[ \u00a0\u202f]+([!?;:])(?=[!?]*(?:\s|$))")
_SPACE_BEFORE_HINT = lazy(re, r"[ \u00a0\u202f][!?;:][!?]*(?:\s|$)")
_QUOTE_DASH = lazy(re, r"[\"”»],?[ \u00a0]+([-–—])[ \u00a0]+(?=\w)|,[\"”»][ \u00a0]+([-–—])[ \u00a0]+(?=\w)")
#: a dash that opens a line of quoted speech: "– We will win, said the coach"
_FIRST_WORD = lazy(re, r"[ \u00a0]*\w+")
_DASH_LINE = lazy(re, r"[ \t]*[–—-]")


@lru_cache(maxsize=None)
def _script_mark_table() -> dict[str, tuple[str, str]]:
    """mark -> (its name, the Latin mark it stands for) (data/script_punctuation.tsv)."""
    return {r["mark"]: (r["name"], r["latin"]) for r in table("script_punctuation.tsv", ("mark", "name", "latin"))}


#: a Latin letter or a digit next to a mark, spaces between allowed
_LATIN_BEFORE = lazy(regex, r"[\p{Latin}\d][ \u00a0]*$")
_LATIN_AFTER = lazy(regex, r"[ \u00a0]*[\p{Latin}\d]")


def _script_marks(doc: Document) -> Iterator[Hit]:
    """A punctuation mark of another script beside Latin letters or digits in a text written in the
    Latin script ("12 September، 2023": the Arabic comma): the source's mark carried over."""
    from ..langs import script_of

    marks = _script_mark_table()
    found = doc.distinct_chars & marks.keys()
    if not found or script_of(doc.target_lang) != "Latn":
        return
    text = doc.text
    for m in re.finditer("[" + re.escape("".join(sorted(found))) + "]", text):
        i, ch = m.start(), m.group()
        if _LATIN_BEFORE.search(text, max(0, i - 3), i) or _LATIN_AFTER.match(text, i + 1):
            name, latin = marks[ch]
            yield Hit(i, i + 1, f"\"{ch}\" is the {name}; the Latin script writes \"{latin}\"", latin, {"mark": ch})


@lru_cache(maxsize=None)
def _numero_pattern(lang: str) -> re.Pattern | None:
    """Other languages' abbreviations of "number" before a numeral, not the target's own
    (data/numero_abbreviations.tsv): "n.736", "nº 2", "Nr. 11" in an English text."""
    rows = {r["lang"]: r["forms"].split("|") for r in table("numero_abbreviations.tsv", ("lang", "forms"))}
    own = set(rows.get(lang, ()))
    forms = sorted({f for code, fs in rows.items() if code != lang for f in fs} - own, key=len, reverse=True)
    if not forms:
        return None
    return re.compile(r"(?<![\w.])(" + "|".join(re.escape(f) for f in forms) + r")(?<!\bno)(?<!\bNo) ?(?=\d)")


def _foreign_numero(doc: Document, prof) -> Iterator[Hit]:
    """Another language's abbreviation of "number" before a numeral ("the Court of Ragusa n.736",
    "Bureau Nr. 11"): its typography left in; the target writes its own (``punctuation.numero``)."""
    pattern = _numero_pattern(prof.code)
    if pattern is None:
        return
    for m in pattern.finditer(doc.text):
        glued = not m.group().endswith(" ")
        yield Hit(m.start(1), m.end(1), f"\"{m.group(1)}\" abbreviates \"number\" in another language; {prof.name} writes \"{prof.numero}\"",
                  prof.numero + (" " if glued else ""), {"mark": m.group(1)})


def _next_line(text: str, m: re.Match) -> int:
    """Where the next non-blank line after the line of ``m`` starts (its dash), or -1."""
    after = text.find("\n", m.end())
    if after == -1:
        return -1
    n = after
    while n < len(text) and text[n] in "\n \t":
        n += 1
    return n if n < len(text) else -1


def _in_dash_list(text: str, m: re.Match) -> bool:
    """The line opened by a dash has a neighbour line opened by one: a list, not a quotation."""
    before = text.rfind("\n", 0, max(m.start() - 1, 0))
    after = text.find("\n", m.end() + 1)
    prev_line = text[before + 1 : m.start() - 1] if m.start() else ""
    next_line = text[m.end() + 1 : after if after != -1 else len(text)]
    return bool(_DASH_LINE.match(prev_line) or _DASH_LINE.match(next_line))


#: a sentence opened by a dash that is this long is prose, not a list item
MIN_DIALOGUE_WORDS = 6
#: an interview: at least this many questions, each answered on the next line, all opened by dashes
MIN_EXCHANGES = 2
_DIALOGUE_DASH = lazy(re, r"(?m)^[ \t]*([–—])[ \u00a0]*(?=[^\W\d_])[^\n]*")
#: a dateline in Spanish press style: "Chilpancingo, Guerrero.-Municipal police"
_DATELINE = lazy(regex, r"(?<=\p{L}{2})\.-[ \u00a0]?(?=\p{Lu})")
#: Vietnamese news agencies end an article with "./." ("on July 25th./."), after its last word or mark, at a line's end
_END_OF_ARTICLE = lazy(re, r"\./\.(?=[ \t]*$)", re.MULTILINE)
#: a spacing acute or grave accent between two letters, typed for an apostrophe ("d´identification", "don`t")
_ACCENT_APOSTROPHE = lazy(regex, r"(?<=\p{L})([´`])(?=\p{L})")
#: the opening single quotation mark between two letters ("o‘clock"): an apostrophe typed the German way
_OPENING_MARK_APOSTROPHE = lazy(regex, r"‘(?=\p{L})")
#: TeX-style quotes, as converters write 「」: ``Wanmono''
_TEX_QUOTES = lazy(re, r"``([^`\n]{1,200}?)''")
#: two apostrophes as an opening mark before a word, or as a closing one after a word or its stop,
#: or spaced after the stop as French closes a quotation (Turkish and other sources typed so: "ha
#: dicho: ''No quedará", "sit down.'' I'm", "we passed the course. ''" for « … », "malls, ''", "'' There is"; not inches: "10''")
_DOUBLED_APOSTROPHE = lazy(regex, r"(?<![\w'])('')(?=\p{L})|(?<=[\p{L}.,!?])''(?![\w'])|(?<=[.!?…,;] )''(?=\s|$)"
                                   r"|(?<=^|\s)('')(?= \p{Lu})")
#: full-width and CJK punctuation and list symbols, with the Latin mark that replaces each
_CJK_MARKS = {
    "、": ",", "。": ".", "，": ",", "．": ".", "：": ":", "；": ";", "！": "!", "？": "?", "・": "•",
    "（": "(", "）": ")", "［": "[", "］": "]", "～": "~", "〜": "~", "※": "Note:", "■": "", "□": "",
    "◆": "", "◇": "", "〇": "•", "○": "•", "▲": "", "△": "",
}
#: triangles that Korean text sets tight before each item of a list run into a sentence ("consist of
#: ▲Exchanges for students ▲Exchanges for staff"); before a number one is a rise ("▲2.3%")
_ITEM_TRIANGLES = frozenset("▲△")
#: geometric shapes that CJK text sets tight before its item ("■Contact email:", "◇First place"; the
#: white circle too: "○Use of", while the ideographic zero 〇 is no Western bullet, spaced or not)
_SHAPES = frozenset("■□◆◇○")
_CJK_PAIRS = {"「": "」", "『": "』", "【": "】", "〔": "〕", "《": "》", "〈": "〉", "（": "）"}
_CIRCLED = lazy(re, "[\u2460-\u2473\u24ea\u2776-\u277f]")
_CJK_CHARS = lazy(re, "[" + "".join(_CJK_MARKS) + "".join(_CJK_PAIRS) + "".join(_CJK_PAIRS.values()) + "\u2460-\u2473\u24ea\u2776-\u277f]")


def _word_around(text: str, pos: int) -> str:
    """The run of letters and marks around ``pos`` ("o‘clock")."""
    a = pos
    while a > 0 and (text[a - 1].isalpha() or text[a - 1] in "‘’'"):
        a -= 1
    b = pos + 1
    while b < len(text) and (text[b].isalpha() or text[b] in "‘’'"):
        b += 1
    return text[a:b]


def _settings(lang: str) -> dict:
    return surface_settings(lang)


def _quote_pairs(profile) -> dict[str, str]:
    """Opening guillemet -> its closing one in the target ("»" -> "«" in German)."""
    pairs = {a: b for a, b in profile.quotes if a in "«»‹›"} if profile else {}
    return pairs or {"«": "»", "‹": "›"}


@rule("TQ203", "source-punctuation", "warning", "Punctuation of the source language: «guillemets», „quotes“, ¿ ¡, \" ?\", 3,5 million, 「」, ①.")
def source_punctuation(doc: Document) -> Iterator[Hit]:
    """
    ## What it does
    Flags typography that the target language's profile does not use (`data/<lang>/profile.toml`):
    «guillemets» and „low quotes“ in English (right in German, French, Spanish, Italian,
    Portuguese), Spanish ¿ and ¡ outside Spanish, a space before ! ? : ; outside French, full-width
    and CJK punctuation and list symbols (「」, 、, ：, ①, ・, ■, 〇, and the ▲ that Korean sets before each
    item of a list run into a sentence; not a shape spaced from its item as a Western page's bullet:
    "■ Reportage", nor a triangle before a number, a rise: "▲2.3%"), the punctuation of other scripts beside
    Latin letters or digits in a Latin-script text (`12 September، 2023`: `data/script_punctuation.tsv`),
    lines numbered with a comma, the ideographic 、 of a Chinese or Japanese list (`1, Shigaraki ware`
    / `2, Bizen ware`), TeX quotes (``…''), a dash opening
    quoted speech where the target quotes dialogue with quotation marks (`– We will win, said the coach`;
    where the text so names a speaker, its other sentences of prose opened by a dash outside a
    list too: `– There are many who …`; and lines opened by dashes where questions are answered on
    the next line, twice or more: an interview, `– Father Oleg, how did it begin?` / `– As a boy …`),
    the Russian quote–dash attribution (`…", - the minister said`; in every target), “ closing a
    quotation before the speech verb where the language closes with ” (`very well, “said coach`: the
    closing mark of German and Czech „…“), in English a full stop before the closing mark and the
    attribution (`90 minutes.” said Tjong`; a comma goes there), where the language sets a colon
    before quoted speech a speech verb and a comma before the quotation (`y dijo, “Todos`), and a day written as an ordinal
    with a full stop before a month (`from 31. July`, `about 20. October`, `20. June 2018`) or a day and a month with full stops and no
    year (`from 15.06. until 15.09.`), a speech verb and a colon before an unquoted sentence (`and
    said: We have`, `He continued: Sharif University …`, `said: for such activities`), in English a comma after the closing quotation mark before the attribution (`big
    difference", said Veliaj`, `there!", said the pastor`), an en dash inside a compound of common words (`CHECK–IN`), in every target
    that quotes speech a dash before an unquoted attribution (`in the republic, - continued
    Marat`, `a local resident - the police said.`, `the shortest - he said, and`, `a solemn ceremony - said mayor Kardum.`, a line opening
    `- said the farmer` after the speech; not in a list of dashes) and, where a text so names a speaker, a
    dash after a sentence's end that opens the next quotation (`was arrested. – The man was drunk – said`), a Spanish dateline
(`Guerrero.-Police`, `Michoacán.- In order`), two apostrophes typed for a quotation mark (`ha dicho: ''No quedará`, or spaced after the stop as French closes a quotation: `we passed the course. ''`), the numero sign where the language abbreviates the word
(`School №2`: English "No. 2", German "Nr. 2"; profile key `punctuation.numero`) and another language's abbreviation of
"number" (`the Court of Ragusa n.736`, `Bureau Nr. 11`; `data/numero_abbreviations.tsv`), a spacing accent typed for an apostrophe
(`d´identification`) or an opening single quotation mark typed for one where the language does not close
quotations with it (`18 o‘clock`), the "./." that closes a Vietnamese agency's article (`on July 25th./.`), in a language that writes no ordinal indicator the indicator typed for the degree
sign (`180ºC`) or left after an ordinal's digits (`1º WICHTIG`, `the 3º floor`: German writes "1.", English
"3rd"; `data/<lang>/surface.toml`), straight quotation marks in a text that also quotes with the language's
own „…“ or « … », a full stop after a regnal number in English (`King Valdemar I. to`), and
outside German a score in brackets written with a colon (`(5:2)`) or minutes written as
ordinals (`Malen (30.)`)
    and, where the locale writes a decimal point, a decimal comma before a unit or after a currency
    ("3,5 million", "€2,5", "euro 10,00", "13,49 PLN": `data/currency_words.txt`) or anywhere in a text that
    writes a number only a decimal comma explains ("0,07", "1537,2"; not "1,2,3" nor "[0,0]"), in
    English the euro or pound sign after the amount ("a deposit of 400 €"; info) and a space before the per
    cent sign ("50 % of the rent"), in every target a line ending in a dash before the lines it introduces
    ("Let us know about these things-" / "1. Junk:"), a tilde for a range between two numbers ("1~2 years",
    "8:00~22:00"; not "~20", about twenty),
    a time written with a comma ("from 7,00 to 9,30"), a slash spaced between two alternatives
    ("his / her", "and / or") and a colon after "such as" ("countries such as: Ivory Coast"; info) in English, dots or spaces as thousands separators ("1.000.000", "250
    000 people"; not a telephone number on a line of its own; in English one group after a
    dot too, beside a currency or before an ordinary word: "15.000 TL", "4.000 vocational students"), and, where the source
    language's typography quotes the names of organisations, clubs, places and brands (Russian,
    Ukrainian, Bulgarian, Arabic…: `data/quoted_name_sources.txt`) and the target's does not, such a
    name in quotation marks (`“Sparta” lost away to “Fakel”`; not the title of a work, a label of a
    user interface or words quoted after a speech verb). A quoted phrase is
    flagged as a whole, so the span covers what the reader must change.

    ## Why is this bad?
    Machine translation copies punctuation it does not know how to convert; in English text it
    looks foreign, and a decimal comma can be misread as a thousands separator.

    ## Example
    `«We demand clarification» , - the ministry said. Growth was 3,5 percent.`

    Use instead: `"We demand clarification," the ministry said. Growth was 3.5 percent.`
    """
    prof = doc.profile
    tgt = doc.target_lang
    text = doc.text
    chars = doc.distinct_chars
    settings = _settings(tgt)
    used = {ch for pair in prof.quotes for ch in pair} if prof else set()
    first = prof.quotes[0] if prof and prof.quotes else ("“", "”")
    for mark, name in (("«»‹›", "guillemet"), ("„‚", "low quotation mark")):
        foreign = [ch for ch in mark if ch not in used and ch in chars]
        if foreign:
            yield from _foreign_quotes(text, foreign, name, tgt, first)
    if not (prof and prof.inverted_marks) and chars & {"¿", "¡"}:
        for m in re.finditer(r"[¿¡]", text):
            yield Hit(m.start(), m.end(), f"inverted mark {m.group()} is Spanish punctuation", "", {"mark": m.group()})
    spaced = prof.space_before if prof else ""
    if _SPACE_BEFORE_HINT.search(text):
        for m in _SPACE_BEFORE.finditer(text):
            if m.group(1) in spaced:
                continue
            if m.group(1) == ":" and re.match(r"\d", text[m.end() + 1 : m.end() + 2]) and text[m.start() - 1].isdigit():
                continue  # a score or a ratio ("2 : 1"), not a label ("Date : 17-02-2020")
            yield Hit(m.start(), m.end(), f"space before \"{m.group(1)}\" (French typography)", m.group(1), {"mark": m.group(1)})
    if prof and prof.numero and "№" in chars:
        for m in re.finditer("№", text):
            glued = text[m.end() : m.end() + 1].isdigit()
            yield Hit(m.start(), m.end(), f"the numero sign № is Russian or Ukrainian typography; {prof.name} writes \"{prof.numero}\"",
                      prof.numero + (" " if glued else ""), {"mark": "№"})
    if prof and prof.numero:
        yield from _foreign_numero(doc, prof)
    yield from _script_marks(doc)
    if "´" in chars or "`" in chars:
        for m in _ACCENT_APOSTROPHE.finditer(text):
            mark = m.group(1)
            yield Hit(m.start(1), m.end(1), f"\"{mark}\" (a spacing accent) used as an apostrophe in \"{m.group()}\"", "’", {"mark": mark})
    if "‘" in chars and prof and not any(pair[1] == "‘" for pair in prof.quotes):
        # the opening single mark between two letters, where the language does not close a quotation with it
        # (German does: ‚…‘): the apostrophe of a keyboard that types „…“ quotes ("18 o‘clock", "Ann‘s")
        for m in _OPENING_MARK_APOSTROPHE.finditer(text):
            if not (m.start() and text[m.start() - 1].isalpha()):
                continue
            yield Hit(m.start(), m.end(), f"\"‘\" (an opening quotation mark) used as an apostrophe in \"{_word_around(text, m.start())}\"", "’", {"mark": "‘"})
    if "``" in text:
        for m in _TEX_QUOTES.finditer(text):
            yield Hit(m.start(), m.end(), "TeX-style quotation marks ``…''", f"{first[0]}{m.group(1)}{first[1]}", {"mark": "``"})
    elif "''" in text:
        for m in _DOUBLED_APOSTROPHE.finditer(text):
            mark = first[0] if m.group(1) or m.group(2) else first[1]
            yield Hit(m.start(), m.end(), "two apostrophes typed for a quotation mark", mark, {"mark": "''"})
    if _CJK_CHARS.search(text):
        yield from _cjk_marks(text)
    yield from _comma_list_numbers(text)
    if not settings.get("dialogue_dash"):
        if chars & {"–", "—"}:
            verbs = word_list(f"{tgt}/speech_verbs.txt")
            language = prof.name if prof else tgt
            message = f"opens quoted speech (source-language dialogue); {language} puts speech in quotation marks"
            unattributed = []  # dashes opening a sentence of prose, with no speaker in their line
            exchange: list[list[re.Match]] = []  # runs of neighbouring lines opened by a dash, each a sentence of prose
            attributed = 0
            for m in _DIALOGUE_DASH.finditer(text):
                line = m.group()
                prose = len(line.split()) >= MIN_DIALOGUE_WORDS and line.rstrip()[-1:] in ".!?…"
                if re.search(r"[,.!?]\s*[–—]\s*\w", line[2:]) or any(re.search(rf"[,!?]\s*[”\"]?\s+{re.escape(v)}\b", line) for v in verbs if v in line):
                    stops = [i for i in (line.find(","), line.find("!"), line.find("?")) if i > 0]
                    end = m.start() + min(stops, default=len(line))
                    attributed += 1
                    yield Hit(m.start(1), end, f"a dash {m.group(1)} {message}", None, {"mark": m.group(1)})
                elif prose and not _in_dash_list(text, m):
                    unattributed.append(m)
                elif len(line.split()) >= MIN_DIALOGUE_WORDS:  # (a reply the copy cut off has no stop)
                    if exchange and _next_line(text, exchange[-1][-1]) == m.start():
                        exchange[-1].append(m)
                    else:
                        exchange.append([m])
            if unattributed and attributed:
                # the text quotes with dashes where it names the speaker: its other sentences opened
                # by a dash are quotations too ("– There are many who …" after "– …, says Brandrup")
                for m in unattributed:
                    end = _FIRST_WORD.match(text, m.end(1)).end()
                    yield Hit(m.start(1), end, f"a dash {m.group(1)} {message} (as where the text names the speaker)", None, {"mark": m.group(1)})
            for run in exchange:
                # lines of prose opened by dashes, one after another, questions and their answers
                # among them: an interview ("– Father Oleg, how did it all begin?" / "– As a boy I wanted to
                # build …"), not a list
                if sum(q.group().rstrip().endswith("?") and "?" not in a.group() for q, a in zip(run, run[1:])) >= MIN_EXCHANGES:
                    for m in run:
                        end = _FIRST_WORD.match(text, m.end(1)).end()
                        yield Hit(m.start(1), end, f"a dash {m.group(1)} {message} (an exchange of questions and answers)", None, {"mark": m.group(1)})

    if prof and chars & {"–", "—", "-"}:
        for m in _QUOTE_DASH.finditer(text):
            g = 1 if m.group(1) else 2
            if settings.get("dialogue_dash") and "," not in m.group():
                continue  # a dash after a quotation, no comma: an aside, not the Russian attribution
            yield Hit(m.start(), m.end(g), f"dash after a quotation introduces the speaker in Russian style; {prof.name} uses a comma instead", None, {"mark": m.group(g)})
    if prof and "“" in doc.distinct_chars and ("“", "”") in prof.quotes:
        yield from _low_quote_closers(doc)
    if prof and prof.code == "en" and ('."' in text or ".”" in text):
        yield from _stop_before_attribution(doc)
    if prof and not settings.get("dialogue_dash") and chars & {"-", "–", "—"}:
        yield from _dash_attributions(doc)
    if prof and settings.get("colon_before_quotation") and chars & {"“", "\"", "«", "„"} and ", " in text:
        yield from _comma_before_quotation(doc)
    if prof and prof.code == "en" and ": " in text:
        yield from _colon_speech(doc)
    if prof and prof.code == "en" and ('",' in text or "”," in text):
        yield from _comma_after_quotation(doc)
    if prof and prof.code == "en" and "–" in chars:
        yield from _en_dash_compounds(doc)
    if prof and len(prof.quotes) > 1:
        yield from _mixed_quote_styles(doc, prof)
    if prof and prof.quotes and '"' in chars:
        yield from _straight_beside_own(doc, prof)
    if prof and prof.names_unquoted and doc.source_lang in word_list("quoted_name_sources.txt"):
        yield from _quoted_names(doc, prof)
    if prof and not settings.get("ordinal_dot"):
        for m in _SCORE_COLON.finditer(text):
            yield Hit(m.start(1), m.end(1), f"the score \"{m.group(1)}\" written with a colon (Central European style); {prof.name} writes \"{m.group(1).replace(':', '-')}\"",
                      m.group(1).replace(":", "-"), {"mark": ":"})
        for m in _ORDINAL_MINUTE.finditer(text):
            yield Hit(m.start(), m.end(), f"\"{m.group()}\": a minute written as an ordinal with a full stop (Central European style)",
                      m.group().replace(".", ""), {"mark": "."})
    if prof and prof.code == "en" and ". " in text:
        for m in finditer_from_hints(_ORDINAL_DATE, _ORDINAL_DATE_HINT, _DIGIT_RUN, text):
            if not _ORDINAL_DATE_BEFORE.search(text, max(0, m.start() - 12), m.start()) and not _YEAR_AFTER.match(text, m.end()):
                continue  # (a year after the month makes it a date: "20. June 2018", "6.-7. June 2019")
            yield Hit(m.start(1), m.end(), f"\"{m.group()}\": a day written as an ordinal with a full stop (German or Czech style); English writes \"{m.group(1)[:-1]} {m.group(2)}\"",
                      f"{m.group(1)[:-1]} {m.group(2)}", {"mark": "."})
    if prof and prof.code == "en" and "," in chars:
        for m in finditer_from_hints(_COMMA_TIME, _COMMA_TIME_HINT, _DIGIT_RUN, text):
            if not _TIME_PREPOSITION.search(text, max(0, m.start() - 8), m.start()):
                continue
            yield Hit(m.start(), m.end(), f"\"{m.group()}\": a time written with a comma (Italian or Central European style); English writes \"{m.group(1)}:{m.group(2)}\"",
                      f"{m.group(1)}:{m.group(2)}", {"mark": ","})
    if prof and prof.code == "en" and " / " in text:
        for m in _SPACED_PAIR_SLASH.finditer(text):
            pair = f"{m.group(1)}/{m.group(2)}"
            if pair.lower() not in _SLASH_PAIRS:
                continue
            yield Hit(m.start(), m.end(), f"\"{m.group()}\": a slash spaced between two alternatives (a habit of the source); English writes \"{pair}\"",
                      pair, {"mark": "/"}, Severity.INFO)
    if prof and prof.code == "en" and "such as:" in text:
        for m in _SUCH_AS_COLON.finditer(text):
            yield Hit(m.start(), m.end(), f"\"{m.group()}\": a colon after \"such as\" (a habit of the source); English runs the list on",
                      m.group(1), {"mark": ":"}, Severity.INFO)
    if prof and prof.code == "en" and _NUMERIC_DATE_HINT.search(text):
        for m in _NUMERIC_DAY_MONTH.finditer(text):
            day, month = int(m.group(1)), int(m.group(2))
            if 1 <= day <= 31 and 1 <= month <= 12:
                name = _english_month(month)
                yield Hit(m.start(), m.end(), f"\"{m.group()}\": a day and a month with full stops and no year (Central European style); English writes \"{day} {name}\"",
                          f"{day} {name}", {"mark": "."})
    if prof and prof.code == "en" and chars & {"€", "£"}:
        for start, end, amount, sign in _signs_after_amounts(text):
            yield Hit(start, end, f"\"{text[start:end]}\": the currency sign after the amount (continental style); English writes \"{sign}{amount}\"",
                      f"{sign}{amount}", {"mark": sign}, Severity.INFO)
    if prof and prof.code == "en" and "%" in chars:
        for m in _SPACED_PERCENT.finditer(text):
            yield Hit(m.start(1), m.end(), f"\"{m.group()}\": a space before the per cent sign (continental style); English writes \"{m.group(1)}%\"",
                      f"{m.group(1)}%", {"mark": "%"})
    if prof and "-" in chars:
        for m in _DASH_BEFORE_LINES.finditer(text):
            a = m.start()
            before = text[a - 2 : a] if a >= 2 else text[:a]
            if not (before[-1:].islower() or before[-1:] in " \t" and before[:1].islower()):
                continue  # "these things-" or "in detail -", not a list's dash or a rule
            yield Hit(m.start(1), m.end(1), "a line that ends in a dash before what it introduces (the style of Hindi, Chinese and "
                      "other sources); write a colon", ":", {"mark": "-"})
    if prof and "~" in chars:
        for m in _TILDE_RANGE.finditer(text):
            yield Hit(m.start(), m.end(), f"\"{m.group()}\": a tilde between two numbers, the range mark of Chinese, Japanese and Korean; "
                      f"{prof.name} writes a dash", m.group(1) + "–" + m.group(2), {"mark": "~"})
    if prof and prof.code == "en":
        for m in _REGNAL_STOP.finditer(text):
            yield Hit(m.start(1), m.end(1), f"a full stop after the regnal number \"{m.group()[:-1]}\" (a German or Czech ordinal); English writes none", "",
                      {"mark": "."})
    if settings.get("ordinal_indicator", True) is False and chars & {"º", "ª"}:
        for m in _ORDINAL_DEGREE.finditer(text):
            yield Hit(m.start(1), m.end(1), f"\"{m.group()}\": the ordinal indicator º typed for the degree sign (write \"{m.group().replace('º', '°')}\")",
                      "°", {"mark": "º"})
        for m in _ORDINAL_INDICATOR.finditer(text):
            fix = _ordinal(m.group(1), settings)
            how = f"; write \"{fix}\"" if fix else ""
            yield Hit(m.start(), m.end(), f"\"{m.group()}\": the ordinal indicator of Spanish, Portuguese or Italian, which this language does not write{how}",
                      fix, {"mark": m.group(2)})
    if not settings.get("dateline_dot_dash") and ".-" in text:
        for m in _DATELINE.finditer(text):
            yield Hit(m.start(), m.end(), "\".-\" after a dateline is Spanish press style", ". ", {"mark": ".-"})
    if "./." in text:
        for m in _END_OF_ARTICLE.finditer(text):
            if not (m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "\"”’)")):
                continue
            yield Hit(m.start(), m.end(), "\"./.\" closing an article is the mark of Vietnamese news agencies", ".", {"mark": "./."})
    if prof and prof.decimal == ".":
        # a number no thousands separator explains ("0,07", "1537,2", "2190,525"): the text writes
        # decimal commas, and its other numbers with one or two digits after a comma are decimals too
        plain = [] if "," not in text else [
            m for m in finditer_from_hints(_PLAIN_DECIMAL_COMMA, _DIGIT_COMMA_DIGIT, _DIGIT_RUN, text)
            if not (m.start() and text[m.start() - 1] in ".,") and not _in_number_list(text, m)
            and not (len(m.group(1)) == len(m.group(2)) == 4)]  # "2019,2020": years
        seen = {m.start() for m in plain}
        for m in _DECIMAL_COMMA.finditer(text):
            before = text[m.start() - 1] if m.start() else ""
            if before.isdigit() or before in ".," or m.start() in seen:
                continue
            if not (plain or before in "$€£¥" or _UNIT_AFTER.match(text, m.end()) or _currency_before(text, m.start(), m.group(2))
                    or _currency_after(text, m.end(), m.group(2))):
                continue  # "1,2 and 3": a list, not a decimal
            if plain and _in_number_list(text, m):
                continue
            plain.append(m)
        for m in sorted(plain, key=lambda m: m.start()):
            start, end = m.span()
            yield Hit(start, end, f"decimal comma in \"{m.group()}\"; {prof.name} uses a decimal point", f"{m.group(1)}.{m.group(2)}", {"number": m.group()})
        for m in _THOUSAND_DOTS.finditer(text):
            if m.start() and (text[m.start() - 1].isdigit() or text[m.start() - 1] in ".,"):
                continue
            yield Hit(m.start(), m.end(), f"dots as thousands separators in \"{m.group()}\"; {prof.name} uses {prof.group!r}", m.group().replace(".", ","), {"number": m.group()})
        if prof.group == "," and "." in chars:
            yield from _one_thousand_dot(doc, prof)
    if prof and prof.group == ",":
        for m in _THOUSAND_SPACES.finditer(text):
            if _alone_on_line(text, m.start(), m.end()):
                continue  # "601 129 744" on a line of its own: a telephone number
            yield Hit(m.start(), m.end(), f"a space as thousands separator in \"{m.group()}\"; {prof.name} uses commas", re.sub(r"[ \u00a0\u202f]", ",", m.group()), {"number": m.group()})


#: a quotation between double quotation marks, on one line
_QUOTATION = lazy(regex, r"(?<![\p{L}\p{N}])([“\"«„])([^“”\"«»„\n]{1,80})([”\"»“])(?![\p{L}\p{N}])")
#: a name: one to three capitalised words (or with a number: “5th” street, “Dnipro-1”)
_NAME_WORDS = lazy(regex, r"(?:\p{Lu}|\d)[\p{L}\p{M}\d.’'-]*(?:[ \u00a0](?:\p{Lu}|\d)[\p{L}\p{M}\d.’'-]*){0,2}")
_LETTERS = lazy(regex, r"\p{L}+")
#: the three words before a quotation, in its sentence (a work's noun among them: "the last performance
#: for 2021 - “…”")
_WORDS_BEFORE_QUOTE = lazy(regex, 
    r"(?:(\p{L}+)[^\p{L}.!?:;]+)?(?:(\p{L}+)[^\p{L}.!?:;]+)?(\p{L}+)[^\p{L}.!?:;]*$")
_WORD_AFTER_QUOTE = lazy(regex, r"[ \u00a0]+(\p{L}+)")
#: what separates two titles of a list besides the language's conjunctions ("“The Night”, “Tiramisu”")
_LIST_SEPARATORS = " \t\n\u00a0,;–—-"


def _quoted_names(doc: Document, prof) -> Iterator[Hit]:
    """A name in quotation marks where the source language's typography quotes names («Спартак»)
    and the target's does not: "“Sparta” lost away to “Fakel”", "the “Rodopi” municipality".
    Not the title of a work (“The Flowers”, the film “Heat”) or a label of a user interface (click
    “Save”, the “Settings” tab): data/<lang>/quoted_titles_and_labels.txt, before or right after; nor
    words quoted after a speech verb (he said “Yes”: data/<lang>/speech_verbs.txt)."""
    text = doc.text
    works = word_list(prof.data("quoted_titles_and_labels.txt")) | word_list(prof.data("speech_verbs.txt"))
    function_words = word_list(prof.data("function_words.txt"))
    joining = conjunctions(prof.code)[0]
    src = language_name(doc.source_lang)
    title_end = -1  # where the last title of a work ended: the next quotation of its list is one too
    for m in _QUOTATION.finditer(text):
        opening, name, closing = m.groups()
        if (opening, closing) not in _NAME_QUOTE_PAIRS:
            continue
        before = _WORDS_BEFORE_QUOTE.search(text, max(0, m.start() - 40), m.start())
        first = _LETTERS.match(name)
        if (first is not None and first.group().lower() in function_words) or (before is not None and any(w and w.lower() in works for w in before.groups())) \
                or (title_end >= 0 and text[title_end : m.start()].strip(_LIST_SEPARATORS).lower() in joining | {""}):
            # the title of a work ("the premiere “The Flowers”", "“The Night of January 16”"), which may be quoted
            title_end = m.end()
            continue
        if not _NAME_WORDS.fullmatch(name) or name[-1] in ".’'-" or not any(ch.isalpha() for ch in name):
            continue  # a quotation, not a name
        after = _WORD_AFTER_QUOTE.match(text, m.end())
        if after is not None and after.group(1).lower() in works:
            continue  # the “Settings” tab
        yield Hit(m.start(), m.end(), f"the name \"{name}\" in quotation marks, as {src} typography writes names; "
                  f"{prof.name} writes the names of organisations, clubs, places and brands without them", name,
                  {"name": name, "source_lang": doc.source_lang})


_NAME_QUOTE_PAIRS = {("“", "”"), ('"', '"'), ("«", "»"), ("„", "“"), ("„", "”")}


_WORD_BEFORE_AMOUNT = lazy(re, r"([A-Za-z]+) ?$")
_WORD_AFTER_AMOUNT = lazy(re, r"[ \u00a0]?([A-Za-zł]+)(?![\w'’-])")


#: one group of thousands after a dot ("4.000", "15.000"): a decimal with three places, or thousands
_ONE_THOUSAND_DOT = lazy(regex, r"(?<![\d.,])([1-9]\d{0,2})\.(\d{3})(?!\d|[.,]\d)")
_ONE_THOUSAND_DOT_HINT = lazy(re, r"\.\d{3}")
_WORD_AFTER_AMOUNT = lazy(regex, r"[ \u00a0]?(\p{L}+)")
_COMMA_THOUSANDS = lazy(re, r"\d,\d{3}(?![\d])")
_CURRENCY_SIGNS = "$€£¥₺₽₴₩₹"
_MAGNITUDES = frozenset(("million", "millions", "billion", "billions", "trillion", "thousand", "bn", "m", "mn", "k"))


def _one_thousand_dot(doc: Document, prof) -> Iterator[Hit]:
    """A dot before one group of thousands ("4.000 students", "15.000 TL", "MDL 320.950") where the
    target groups thousands with commas. Three decimal places are rare in prose, so it is flagged
    only beside a currency (a sign, a code or a name: `data/currency_words.txt`) or before an
    ordinary lower-case word that is no unit ("4.000 vocational students"; not "1.125 inches":
    `data/<lang>/units.txt`),
    in a text that never groups thousands with commas."""
    text = doc.text
    currencies = word_list("currency_words.txt")
    function_words = word_list(f"{prof.code}/function_words.txt")
    units = word_list(f"{prof.code}/units.txt")
    commas = None  # whether the text groups thousands with commas (asked once)
    for m in finditer_from_hints(_ONE_THOUSAND_DOT, _ONE_THOUSAND_DOT_HINT, _DIGIT_RUN, text):
        start, end = m.span()
        before = text[max(0, start - 12) : start]
        after = _WORD_AFTER_AMOUNT.match(text, end)
        word = after.group(1) if after else ""
        code = _WORD_BEFORE_AMOUNT.search(before)
        money = before.rstrip(" \u00a0")[-1:] in _CURRENCY_SIGNS or text[end : end + 1] in _CURRENCY_SIGNS \
            or (code is not None and code.group(1).lower() in currencies) or word.lower() in currencies
        if word.lower() in _MAGNITUDES:
            continue  # "$1.925 million": a decimal
        if not money:
            if not (word.islower() and len(word) >= 3 and word not in function_words and word not in units and not _UNIT_AFTER.match(text, end)
                    and text[end : end + 1] == " " and zipf(word, prof.code) >= MIN_WORD_AFTER_THOUSANDS_ZIPF):
                continue
            if commas is None:
                commas = _COMMA_THOUSANDS.search(text) is not None
            if commas:
                continue  # the text groups thousands with commas: "2.345 goals" is a decimal
        if in_link(text, start, end):
            continue  # a version in an address: "example.com/v/1.000"
        number = f"{m.group(1)},{m.group(2)}"
        yield Hit(start, end, f"a dot as thousands separator in \"{m.group()}\"; {prof.name} writes \"{number}\"", number, {"number": m.group()})


#: a word after a number with one group of thousands this common in the language is a word of the text
MIN_WORD_AFTER_THOUSANDS_ZIPF = 3.0


def _alone_on_line(text: str, start: int, end: int) -> bool:
    """text[start:end] is all its line holds but spaces."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return not text[line_start:start].strip() and not text[end : len(text) if line_end == -1 else line_end].strip()


def _currency_after(text: str, end: int, decimals: str) -> bool:
    """A currency's code or name right after an amount with two decimals ("12,99 PLN", "8,50 zł")."""
    m = _WORD_AFTER_AMOUNT.match(text, end)
    return len(decimals) == 2 and m is not None and m.group(1).lower() in word_list("currency_words.txt")


def _currency_before(text: str, start: int, decimals: str) -> bool:
    """A currency's code or name right before an amount with two decimals ("euro 10,00", "EUR 50,00")."""
    m = _WORD_BEFORE_AMOUNT.search(text, max(0, start - 12), start)
    return len(decimals) == 2 and m is not None and m.group(1).lower() in word_list("currency_words.txt")


_CLOSING_OPENER = lazy(regex, r"(?<=[\p{L}\d][,.!?])([ \u00a0]?)“([ \u00a0]?)(\p{Ll}+)(?:[ \u00a0]+(\p{Ll}+))?")


_STOP_QUOTE_ATTRIBUTION = lazy(regex, r"(?<=\p{L}|\d)\.([\"”])[ \u00a0]+(?:(?:he|she|they|we|I|it)[ \u00a0]+)?(\p{Ll}+)\b")


#: a dash between a statement and who said it, without quotation marks: "…in the republic, - continued
#: Marat", "…a local resident - the police said." (Russian and Ukrainian reported speech)
_DASH_ATTRIBUTION = lazy(regex, 
    r"(,?)[ \u00a0]+([-–—])[ \u00a0]+((?:(?:the|a|an|his|her|their|our)[ \u00a0]+)?(?:\p{Ll}+[ \u00a0]+)?)(\p{Ll}+)\b")
_SPACED_DASH = lazy(re, r"[ \u00a0][-–—][ \u00a0]")
_DASH_VERB = lazy(regex, r"(,?)[ \u00a0]+([-–—])[ \u00a0]+(\p{Ll}+)\b")
#: a speaker of one to three words after the speech verb, or four capitalised ones, and the end of the
#: sentence: " mayor Kardum.", " Deputy Inspector Robert Szumiata."
_SPEAKER_ENDS = lazy(regex, r"[ \u00a0]+(?:(?:the|a|an|his|her|their|our)[ \u00a0]+)?[\p{L}.'’-]+(?:[ \u00a0][\p{L}.'’-]+){0,2}(?:[.!?](?:\s|$)|\s*$)"
                                  r"|[ \u00a0]+\p{Lu}[\p{L}.'’-]*(?:[ \u00a0]\p{Lu}[\p{L}.'’-]*){3}[.!?](?:\s|$)")
#: a spaced dash after a sentence's end and before a capital, inside a paragraph: "arrested. – The man"
_DASH_OPENING_SPEECH = lazy(regex, r"[.!?] ([–—]) (?=\p{Lu})")
_LINE_DASH_VERB = lazy(regex, r"(?m)^[ \t]*([-–—])[ \u00a0]+(\p{Ll}+)\b")
#: a speech verb and a colon before a sentence with no quotation mark: "and said: We have", "continued: Sharif University", "said: for the"
_COLON_SPEECH = lazy(regex, r"(\p{Ll}+): (?=\p{Lu}\p{Ll}*[ \u00a0]\p{L}|\p{Ll}+[ \u00a0]\p{Ll})")
_COLON_CAPITAL = lazy(re, r"(?<=[a-z]): [A-Za-z]")
_WORD_BEFORE_COLON = lazy(re, r"\b[a-z]+$")
#: an en dash inside a compound of two common words: "CHECK–IN", "e–mail" (English writes a hyphen)
_EN_DASH_COMPOUND = lazy(regex, r"(?<![\p{L}\d-])(\p{L}{1,10})–(\p{L}{2,10})(?![\p{L}\d-])")


def _dash_attributions(doc: Document) -> Iterator[Hit]:
    """A dash before the speech verb of an attribution, with no quotation mark: after a comma
    (", - continued Marat") or at the end of the sentence ("a local resident - the police said.", "a
    solemn ceremony - said mayor Kardum.")."""
    verbs = word_list(f"{doc.target_lang}/speech_verbs.txt")
    if not verbs:
        return
    text = doc.text
    attributed = False  # a dash names a speaker somewhere in the text
    for dash_at in _SPACED_DASH.finditer(text):
        start = dash_at.start() - 1 if text[dash_at.start() - 1 : dash_at.start()] == "," else dash_at.start()
        if not start or not (text[start - 1].isalpha() or text[start - 1].isdigit()):
            continue
        m = _DASH_ATTRIBUTION.match(text, start)
        if m is None:
            continue
        comma, dash, between, verb = m.groups()
        if verb not in verbs:
            direct = _DASH_VERB.match(text, start)  # the verb right after the dash: "- said mayor Kardum."
            if direct is None or direct.group(3) not in verbs:
                continue
            m = direct
            comma, dash, verb = direct.group(1), direct.group(2), direct.group(3)
            between = ""
        # the attribution ends the sentence or its clause: "- the police said.", "- he said, and then"
        ends = regex.match(r"[ \u00a0]*[.!?,]", text[m.end() : m.end() + 3]) is not None
        # or the verb first and the speaker closing the sentence: "a solemn ceremony - said mayor Kardum."
        speaker = not between and _SPEAKER_ENDS.match(text, m.end()) is not None
        if comma or (between and ends) or speaker:
            attributed = True
            yield Hit(m.start(2), m.end(2), f"a dash {dash} introduces the speaker (\"{verb}\") in Russian or Ukrainian style, with no quotation marks",
                      None, {"mark": dash, "verb": verb})
    if attributed:
        # where the text so names its speakers, a dash after a sentence's end opens the next quotation
        # (Polish, Russian: "was arrested. – The man was drunk – said a spokesman")
        for m in _DASH_OPENING_SPEECH.finditer(text):
            if not (m.start() and text[m.start() - 1].isalpha()):
                continue
            yield Hit(m.start(1), m.end(1), f"a dash {m.group(1)} opens quoted speech in the source's style, with no quotation marks",
                      None, {"mark": m.group(1)})
    # a line that opens with a dash and a speech verb: the attribution of the speech above it ("- said the farmer")
    for m in _LINE_DASH_VERB.finditer(text):
        if m.group(2) not in verbs:
            continue
        end = m.start()
        while end and text[end - 1] in " \t\r\n":
            end -= 1
        before = text[text.rfind("\n", 0, end) + 1 : end].lstrip()  # the last line with words before it
        if before and before[0] not in "-–—•*":  # not an item of a list of dashes
            yield Hit(m.start(1), m.end(1), f"a dash {m.group(1)} introduces the speaker (\"{m.group(2)}\") in the source's style, with no quotation marks",
                      None, {"mark": m.group(1), "verb": m.group(2)})


#: a closing quotation mark, a comma and up to three words before a speech verb ("greenery", said the
#: mayor", "seniors”, the mayor said"); or after an exclamation or question mark, before any lower-case word
_COMMA_AFTER_QUOTE = lazy(regex, r"(?<=[\p{L}\d!?])([\"”]),[ \u00a0]+((?:[\p{L}.'’-]+[ \u00a0]+){0,3}?)(\p{Ll}+)\b")
#: a quotation is a sentence, not a name or a title ("the “Khimki”, said"), from this many words
MIN_QUOTED_WORDS = 3


#: the three words after a quotation's comma ("he says proudly", "the mayor said")
_ATTRIBUTION_WORDS = lazy(regex, r"[ \u00a0]+([\p{L}.'’-]+)(?:[ \u00a0]+([\p{L}.'’-]+))?(?:[ \u00a0]+([\p{L}.'’-]+))?")


def _verb_within(text: str, at: int, verbs: frozenset[str]) -> bool:
    """A speech verb among the three words after ``at`` ("he says", "the mayor said")."""
    m = _ATTRIBUTION_WORDS.match(text, at)
    return m is not None and any(w.rstrip(".") in verbs for w in m.groups() if w)


def _comma_after_quotation(doc: Document) -> Iterator[Hit]:
    """In English, a comma after the closing quotation mark before the attribution ("big difference",
    said Veliaj", "there!", said the pastor"): the comma goes inside the quotation ("difference," said),
    and an exclamation or question mark takes its place ("there!" said). Greek, German, Russian and
    Balkan press put it outside."""
    verbs = word_list("en/speech_verbs.txt")
    text = doc.text
    for m in _COMMA_AFTER_QUOTE.finditer(text):
        mark, words, verb = m.group(1), m.group(2), m.group(3)
        after_mark = text[m.start() - 1] in "!?"
        if not after_mark and verb not in verbs and not _verb_within(text, m.start(1) + 2, verbs):
            continue  # "effort", he says": the verb after a pronoun or a name, up to three words on
        if after_mark and words:
            continue  # "!", then a name and a verb: only the word right after is checked
        opener = "\"" if mark == '"' else "“"
        if mark == '"' and marks_before_in_paragraph(doc, '"', m.start()) % 2 == 0:
            continue  # this straight mark opens a quotation
        para_start = max(text.rfind("\n", 0, m.start()), 0)
        o = text.rfind(opener, para_start, m.start())
        if o == -1 or len(text[o + 1 : m.start()].split()) < MIN_QUOTED_WORDS:
            continue  # a quoted name or title: "the “Khimki”, said"
        fix = mark if after_mark else f",{mark}"  # the mark alone after "!" or "?"; else the comma inside it
        written = text[m.start() - 1] + fix if after_mark else fix
        yield Hit(m.start(1), m.start(1) + 2, f"a comma after the closing quotation mark before the attribution (source-language style); English writes \"{written}\"",
                  fix, {"mark": ","})


def _colon_speech(doc: Document) -> Iterator[Hit]:
    """A speech verb and a colon before a capitalised sentence that no quotation mark opens ("the head
    of the organisation said: There are …"): English quotes the words after "said:"."""
    verbs = word_list("en/speech_verbs.txt")
    text = doc.text
    for colon in _COLON_CAPITAL.finditer(text):
        word = _WORD_BEFORE_COLON.search(text, max(0, colon.start() - 20), colon.start())
        m = word and _COLON_SPEECH.match(text, word.start())
        if m and m.group(1) in verbs:
            line_end = text.find("\n", m.end())
            if not any(q in text[m.end() : line_end if line_end != -1 else len(text)] for q in "\"“”«»"):
                yield Hit(m.end(1), m.end(), f"\"{m.group(1)}:\" introduces speech with no quotation marks (source-language style)",
                          None, {"mark": ":", "verb": m.group(1)})


@lru_cache(maxsize=None)
def _english_calendar_words() -> frozenset[str]:
    """English day and month names and their three-letter forms: a range of them takes the en dash
    ("Tue–Sun", "Jan–Mar")."""
    from ..cldr import days, months

    names = days("en") + months("en")
    return frozenset({n.lower() for n in names} | {n[:3].lower() for n in names})


def _en_dash_compounds(doc: Document) -> Iterator[Hit]:
    """An en dash joining two common words into a compound ("CHECK–IN", "e–mail"), where English
    writes a hyphen; not a range of days or months ("tue–sun") nor a link between names
    ("Austria–Hungary", "London–Paris")."""
    from ..lexicon import zipf

    text = doc.text
    calendar = _english_calendar_words()
    for m in _EN_DASH_COMPOUND.finditer(text):
        a, b = m.groups()
        if a[:1].isupper() and not a.isupper() or b[:1].isupper() and not b.isupper():
            continue  # names: "Austria–Hungary"
        if a.lower() in calendar and b.lower() in calendar:
            continue
        hyphenated = f"{a.lower()}-{b.lower()}"
        if zipf(hyphenated, "en") >= 3.0:
            yield Hit(m.start(), m.end(), f"an en dash inside \"{m.group()}\"; English joins a compound with a hyphen", f"{a}-{b}", {"mark": "–"})


def _stop_before_attribution(doc: Document) -> Iterator[Hit]:
    """A full stop closing a quotation that the sentence goes on after (`for 90 minutes.” said Tjong`):
    English closes a quotation before its attribution with a comma (`for 90 minutes,” said Tjong`)."""
    verbs = word_list("en/speech_verbs.txt")
    for m in _STOP_QUOTE_ATTRIBUTION.finditer(doc.text):
        if m.group(2) in verbs:
            yield Hit(m.start(), m.start() + 1, f"a full stop before the closing quotation mark, and the sentence goes on (\"{m.group(2)}\"); English writes a comma",
                      ",", {"mark": "."})


def _closed_on_line(text: str, pos: int) -> bool:
    """A ” follows on the line before any “: the “ before ``pos`` opened a quotation (`He said, “they
    said it was fine”`)."""
    end = text.find("\n", pos)
    line = text[pos : end if end != -1 else len(text)]
    close, reopen = line.find("”"), line.find("“")
    return close != -1 and (reopen == -1 or close < reopen)


#: a comma and an opening quotation mark before a capital (", “Todos", ", « Nous"), then the one or two lower-case
#: words before the comma ("y dijo", "dijeron vacilantes"): the words checked against
#: data/<lang>/speech_verbs.txt in code
_COMMA_BEFORE_QUOTATION = lazy(regex, r",[ \u00a0]?[“\"«„][ \u00a0\u202f]?(?=\p{Lu}|¿|¡)")
_WORDS_BEFORE_COMMA = lazy(regex, r"(?<![\p{L}\p{M}])(\p{Ll}+)(?:[ \u00a0](\p{Ll}+))?$")


def _comma_before_quotation(doc: Document) -> Iterator[Hit]:
    """A speech verb, then a comma before the quotation it introduces, the English way (`y dijo,
    “Todos`, `le preguntó, “¿Conoces`), where the language sets a colon there (data/<lang>/surface.toml
    `colon_before_quotation`; the verbs: data/<lang>/speech_verbs.txt)."""
    verbs = word_list(f"{doc.target_lang}/speech_verbs.txt")
    if not verbs:
        return
    text = doc.text
    for m in _COMMA_BEFORE_QUOTATION.finditer(text):
        w = _WORDS_BEFORE_COMMA.search(text, max(0, m.start() - 40), m.start())
        if w is None:
            continue
        first, last = w.group(1), w.group(2)
        verb = last if last in verbs else first if first in verbs else None  # "y dijo", "dijeron vacilantes"
        if verb is not None:
            yield Hit(m.start(), m.start() + 1, f"a comma introduces the quotation after \"{verb}\" in English style; {doc.profile.name} sets a colon",
                      ":", {"mark": ","})


def _low_quote_closers(doc: Document) -> Iterator[Hit]:
    """“ closing a quotation before the speech verb, or before a pronoun and the verb (`I think we
    played well, “said coach Jandač`, `maximum results, “he said`): the closing mark of „…“ (German,
    Czech, Polish), or a closing mark turned round after a space, where the language opens with “
    and closes with ”."""
    verbs = word_list(f"{doc.target_lang}/speech_verbs.txt")
    function_words = word_list(f"{doc.target_lang}/function_words.txt")
    for m in _CLOSING_OPENER.finditer(doc.text):
        if m.group(3) in verbs or (m.group(3) in function_words and m.group(4) in verbs and not _closed_on_line(doc.text, m.end())):
            yield Hit(m.start(1), m.end(2), "“ closes the quotation (the closing mark of „…“ in German or Czech); write ” and a space",
                      "” ", {"mark": "“"})


def _mixed_quote_styles(doc: Document, prof) -> Iterator[Hit]:
    """Quotations in the language's less usual typographic style when the text also uses the other one
    (« » and “ ” in one French text), outside a quotation of the other style (where they nest)."""
    text = doc.text
    styles = [(a, b) for a, b in prof.quotes if a != b and a not in "‘‚‹›'" and b not in "‘’‹›'"][:2]
    if len(styles) < 2 or not all(a in doc.distinct_chars for a, _ in styles):
        return
    found: dict[tuple[str, str], list[tuple[int, int]]] = {st: [] for st in styles}
    for para in doc.paragraphs:
        depth = {st: 0 for st in styles}
        i = para.start
        while i < para.end:
            ch = text[i]
            for st in styles:
                other = styles[1] if st == styles[0] else styles[0]
                if ch == st[0]:
                    if depth[other] == 0 and depth[st] == 0:
                        j = text.find(st[1], i + 1, min(para.end, i + 300))
                        if j != -1:
                            found[st].append((i, j + 1))
                    depth[st] += 1
                    break
                if ch == st[1] and depth[st]:
                    depth[st] -= 1
                    break
            i += 1
    (first, a), (second, b) = found.items()
    if not a or not b:
        return
    odd = first if len(a) < len(b) else second  # the less used style; a tie goes against the less usual one
    usual = second if odd == first else first
    for start, end in found[odd]:
        yield Hit(start, end, f"quotation marks {odd[0]}…{odd[1]} in a text that quotes with {usual[0]}…{usual[1]}", f"{usual[0]}{text[start + 1 : end - 1]}{usual[1]}", {"mark": odd[0]})


def _straight_beside_own(doc: Document, prof) -> Iterator[Hit]:
    """Straight quotation marks in a text that also quotes with the language's own guillemets or low
    marks (German „…“, French « … »): the straight ones came from the English source."""
    usual = prof.quotes[0]
    if usual[0] in '“"' or usual[0] not in doc.distinct_chars:
        return
    text = doc.text
    for para in doc.paragraphs:
        marks = [i for i in range(para.start, para.end) if text[i] == '"'] if '"' in text[para.start : para.end] else []
        if not marks or len(marks) % 2:
            continue
        for i, j in zip(marks[::2], marks[1::2]):
            inside = text[i + 1 : j]
            if not inside.strip() or "\n" in inside or len(inside) > 300 or "=" in text[max(para.start, i - 3) : i]:
                continue  # an attribute of markup or code: type = "…"
            pad = "\u00a0" if prof.space_inside_quotes else ""
            yield Hit(i, j + 1, f"straight quotation marks in a text that quotes with {usual[0]}…{usual[1]}",
                      f"{usual[0]}{pad}{inside.strip()}{pad}{usual[1]}", {"mark": '"'})


def _foreign_quotes(text: str, marks: list[str], name: str, tgt: str, fix: tuple[str, str]) -> Iterator[Hit]:
    """One finding per quoted phrase in marks the target does not use (the pair and what it quotes), or per lone mark."""
    openers = {"«": "»", "‹": "›", "„": "“”", "‚": "‘’", "»": "«", "›": "‹"}
    pos = 0
    pattern = cached_compile(re, "[" + "".join(marks) + "]")
    while (m := pattern.search(text, pos)) is not None:
        ch, start = m.group(), m.start()
        if _separator(text, start):
            pos = start + 1
            continue  # "Home » World »": a breadcrumb's separators, not quotation marks
        close = openers.get(ch, "")
        end = start + 1
        if close:
            stop = text.find("\n", start, start + 300)
            window = text[start + 1 : stop if stop != -1 else start + 300]
            j = min((i for i in (window.find(c) for c in close) if i != -1), default=-1)
            if j != -1:
                end = start + 2 + j
        phrase = text[start:end]
        suggestion = f"{fix[0]}{phrase[1:-1]}{fix[1]}" if end - start > 1 else ("“" if ch in "«‹„‚" else "”")
        yield Hit(start, end, f"{name} {ch} is not used in {tgt} text", suggestion, {"mark": ch})
        pos = end


#: a list number with a comma opening its line ("1, Shigaraki ware"): the ideographic comma of 1、
_COMMA_LIST_NUMBER = lazy(regex, r"(?m)^[ \t]*(\d{1,2}),(?=[ \u00a0]+\p{L})")


def _comma_list_numbers(text: str) -> Iterator[Hit]:
    """Lines numbered "1, …", "2, …": a Chinese or Japanese list numbered with the ideographic comma
    (1、2、), rendered as a comma. Only numbers whose neighbour (one less or one more) opens another
    line so, a list; not an address on a line of its own ("12, rue de la Paix")."""
    if ", " not in text:
        return
    found = [(int(m.group(1)), m) for m in _COMMA_LIST_NUMBER.finditer(text)]
    numbers = {n for n, _ in found}
    for n, m in found:
        if n - 1 in numbers or n + 1 in numbers:
            yield Hit(m.start(1), m.end(), f"list number \"{m.group(1)},\" written with a comma (the ideographic 、 of the source)",
                      f"{m.group(1)}.", {"mark": ","})


def _cjk_marks(text: str) -> Iterator[Hit]:
    pos = 0
    while (m := _CJK_CHARS.search(text, pos)) is not None:
        ch, start = m.group(), m.start()
        end = start + 1
        close = _CJK_PAIRS.get(ch)
        if close:
            j = text.find(close, start + 1, start + 200)
            if j != -1 and "\n" not in text[start:j]:
                end = j + 1
        inner = text[start + 1 : end - 1]
        if _CIRCLED.match(ch):
            yield Hit(start, end, f"circled number {ch} is CJK typography", f"{int(unicodedata.numeric(ch))}.", {"mark": ch})
        elif end - start > 1:
            yield Hit(start, end, f"CJK brackets {ch}{close} around \"{inner}\"", f"“{inner}”" if ch in "「『" else f"({inner})", {"mark": ch})
        elif ch in _ITEM_TRIANGLES and not text[end : end + 1].isalpha():
            pass  # "▲2.3%", "▲ Reportage": a rise, or a bullet set apart
        elif ch in _SHAPES and text[end : end + 1] in (" ", "\u00a0"):
            pass  # "■ Reportage de …": a shape set apart as a bullet, as Western pages do (CJK sets it tight)
        else:
            yield Hit(start, end, f"full-width or CJK mark {ch}", _CJK_MARKS.get(ch, ""), {"mark": ch})
        pos = end


_BRACKETS = {"(": ")", "[": "]", "{": "}"}
#: double quotation marks of every style, counted together (machine translation mixes them)
_DOUBLE_QUOTES = "“”\"„"
_MARKS = lazy(re, r"[()\[\]«»‹›{}“”\"„]")
#: a smiley around a bracket at position 2 of the window: ":)", ":-)", ";)", ":(", "(:"
_EMOTICON = lazy(re, r".?[:;]-?[()](?!\w)|\([:;](?!\w)")
#: the eyes and nose of a smiley, and its mouth so far, before a bracket that doubles the mouth (":-((", ":))")
_EMOTICON_BEFORE = lazy(re, r"(?<!\w)[:;]-?(?:\(+|\)+)$")
_DOUBLE_MARK = lazy(re, "[" + _DOUBLE_QUOTES + "]")


@rule("TQ204", "unbalanced-marks", "warning", "A quotation mark or bracket opened and not closed within a paragraph.", neutral=True)
def unbalanced_marks(doc: Document) -> Iterator[Hit]:
    """
    ## What it does
    Within each paragraph, matches (parentheses), [brackets] and guillemets the way the target
    language pairs them («…» in French, »…« in German), and counts double quotation marks
    (“…”, „…“ and straight ones together, since MT often mixes them); flags the mark left without
    its partner, with the rest of its sentence (where the partner is missing), and an opening
    quotation mark opened again before it was closed (“Somos um clube. “Não queremos…”; a mark
    that only opens, as “ in English or „ in German). A quotation that
    runs on into the next paragraph or line (which opens with a quotation mark again, as English style
    does, even past photos' captions between them, up to five) is not flagged, nor is one opened at the end of a paragraph and closed in one of the next
    four, with no quotation marks between (a source's «…» over paragraphs, not reopened), nor are
    guillemets that separate the steps of a breadcrumb trail ("Home » Monde » …"), nor a smiley's
bracket (":)"), nor a mark left open in the last sentence of a text that is cut off there (an
excerpt).

    ## Why is this bad?
    Machine translation drops or moves quotation marks when it reorders a sentence; readers
    cannot tell where a quotation ends.

    ## Example
    `“We demand clarification, the ministry said.`

    Use instead: `“We demand clarification,” the ministry said.`
    """
    text = doc.text
    paras = doc.paragraphs
    pairs = _BRACKETS | _quote_pairs(doc.profile)
    closers = set(pairs.values())
    openers_all = "".join(pairs) + _DOUBLE_QUOTES
    any_double = bool(doc.distinct_chars & set(_DOUBLE_QUOTES))
    doubles = [[m.start() for m in _DOUBLE_MARK.finditer(text, p.start, p.end)] if any_double else [] for p in paras]
    quotes = [(a, b) for a, b in (doc.profile.quotes if doc.profile else (("“", "”"),)) if a in _DOUBLE_QUOTES and b in _DOUBLE_QUOTES]
    only_open = {a for a, _ in quotes} - {b for _, b in quotes}  # “ in English, „ in German
    only_close = {b for _, b in quotes} - {a for a, _ in quotes}
    # a quotation opened in one paragraph and closed a few paragraphs on, the ones between without
    # quotation marks (a source's «…» over several paragraphs, not reopened): its two marks are partners
    partnered: set[int] = set()
    for k in range(len(paras) - 1):
        if not len(doubles[k]) % 2:
            continue
        last = doubles[k][-1]
        # a curly mark says which way it faces; a straight one, where it stands
        if not (text[last] in only_open or text[last] not in only_close and _opens_here(text, last)):
            continue
        j = k + 1
        while j < len(paras) and j <= k + MAX_QUOTED_PARAGRAPHS and not doubles[j]:
            j += 1
        if j < len(paras) and j <= k + MAX_QUOTED_PARAGRAPHS and len(doubles[j]) % 2:
            first = doubles[j][0]
            if text[first] in only_close or text[first] not in only_open and _closes_here(text, first):
                partnered.update((k, j))
    # ... and likewise a pair of marks that differ («…»): the last one left open in a paragraph and
    # the first one closing nothing a few paragraphs on, none of those marks between
    spanning = _spanning_quotations(text, paras, {a: b for a, b in pairs.items() if a not in _BRACKETS and a != b})

    def opening(i: int) -> bool:
        """The double quotation mark at ``i`` opens a quotation: a mark that only opens, or a straight one
        that opens where it stands ('said: "By making … under.⏎"It is important …"')."""
        return text[i] in only_open or text[i] == '"' and _opens_here(text, i)

    for index, p in enumerate(paras):
        stack: list[tuple[str, int]] = []
        stray: list[int] = []
        straight: list[int] = []
        for mark in _MARKS.finditer(text, p.start, p.end):
            i, ch = mark.start(), mark.group()
            if ch in "()" and (_EMOTICON.match(text, max(0, i - 2), i + 2) or _EMOTICON_BEFORE.search(text, max(0, i - 8), i)):
                continue  # a smiley: ":)", ";-)", "(:", ":-(("
            if ch in pairs:
                stack.append((ch, i))
            elif ch in closers:
                for j in range(len(stack) - 1, -1, -1):
                    if pairs[stack[j][0]] == ch:
                        del stack[j:]
                        break
                else:
                    stray.append(i)
            elif ch in _DOUBLE_QUOTES:
                straight.append(i)
        # ... and so does one that goes on after a line break inside the paragraph: an opening mark
        # still open when the next line opens with one again is that line's partner
        straight = [i for k, i in enumerate(straight) if not (
            k + 1 < len(straight) and opening(i) and opening(straight[k + 1]) and text[i] == text[straight[k + 1]]
            and text[straight[k + 1] - 1] == "\n" and text.find("\n", i, straight[k + 1]) != -1)]
        # a quotation that goes on in the next paragraph reopens it there and is closed at its end only
        # (English and most typographies): "said: “These works … a long time.¶“Because of …”"
        # (a photo's caption between the two, a line without a full stop, is not the quotation's end)
        after = _next_prose(text, paras, index)
        runs_on = after is not None and text[paras[after].start] in openers_all
        reopened = text[paras[after].start] if runs_on else ""
        # a text cut off in the middle of its last sentence (an excerpt) closes what it opened after the cut
        cut_off = index == len(paras) - 1 and text[p.start : p.end].rstrip()[-1:] not in ".!?…:;\"”’»)]"
        for ch, i in stack:
            if ch not in _BRACKETS and runs_on and ch in (text[p.start], reopened) or _separator(text, i) or cut_off or i in spanning:
                continue
            yield Hit(i, _sentence_end(doc, i, p.end), f"{ch} is not closed in this paragraph", None, {"mark": ch})
        for i in stray:
            if _separator(text, i) or i in spanning:
                continue
            if text[i] == ")" and re.search(r"(?:^|\s)(?:\d+|[a-zA-Z])\)$", text[max(p.start, i - 3) : i + 1]):
                continue  # list enumerators: "a)", "2)"
            yield Hit(i, i + 1, f"{text[i]} closes nothing in this paragraph", None, {"mark": text[i]})
        # a quotation opened again before it was closed (“…. “…”): the first one is left open
        reopened_early = list(_opened_again(text, straight, only_open))
        for i in reopened_early:
            yield Hit(i, _sentence_end(doc, i, p.end), f"{text[i]} opens a quotation that is opened again before it is closed", None, {"mark": text[i]})
        if reopened_early:
            continue
        if len(straight) % 2 and not (runs_on and (text[p.start] in _DOUBLE_QUOTES or reopened == text[straight[-1]])) \
                and index not in partnered \
                and not (cut_off and text[straight[-1]] not in "”"):
            i = straight[-1]
            yield Hit(i, _sentence_end(doc, i, p.end) if text[i] in "“„" else i + 1, f"the double quotation mark {text[i]} has no partner in this paragraph", None, {"mark": text[i]})


def _spanning_quotations(text: str, paras, pairs: dict[str, str]) -> set[int]:
    """The positions of an opening mark left open at the end of a paragraph ("«O jogo foi … bem,")
    and of the closing mark that ends it a few paragraphs on, with none of the pair's marks in the
    paragraphs between: one quotation over several paragraphs, its marks not reopened."""
    if not any(ch in text for ch in pairs):
        return set()  # (no opening mark of such a pair in the text: most texts)
    marks = cached_compile(regex, "[" + regex.escape("".join(pairs) + "".join(pairs.values())) + "]")
    ends: list[tuple[str, int] | None] = []  # per paragraph: its last unclosed opening mark
    starts: list[tuple[str, int] | None] = []  # ... and its first closing mark that closes nothing
    seen: list[bool] = []
    for p in paras:
        stack: list[tuple[str, int]] = []
        first_stray = None
        any_mark = False
        for m in marks.finditer(text, p.start, p.end):
            any_mark = True
            ch = m.group()
            if ch in pairs:
                stack.append((ch, m.start()))
            elif stack and pairs[stack[-1][0]] == ch:
                stack.pop()
            elif first_stray is None and not stack:
                first_stray = (ch, m.start())
        ends.append(stack[-1] if stack else None)
        starts.append(first_stray)
        seen.append(any_mark)
    out: set[int] = set()
    for k, end in enumerate(ends):
        if end is None:
            continue
        for j in range(k + 1, min(len(paras), k + 1 + MAX_QUOTED_PARAGRAPHS)):
            if not seen[j]:
                continue
            # (each mark standing where it can: German »…« written «…» turns them round)
            if starts[j] is not None and starts[j][0] == pairs[end[0]] \
                    and _opens_here(text, end[1]) and _closes_here(text, starts[j][1]):
                out.update((end[1], starts[j][1]))
            break
    return out


def _opened_again(text: str, marks: list[int], only_open: set[str]) -> Iterator[int]:
    """Opening marks (one that only opens in the language: “ in English, „ in German) followed by
    the same opening mark with no mark between: the first quotation was never closed. An opening
    mark standing where a quotation closes (after a word, before a space or punctuation:
    "participating.“.", "disasters etc “,") is a closing one turned round and counts as a close."""
    pending = None
    for i in marks:
        ch = text[i]
        if ch in only_open and not _closes_here(text, i) and not (i and text[i - 1].isspace() and text[i + 1 : i + 2] in tuple(".,;:!?)")):
            if pending is not None and text[pending] == ch:
                yield pending
            pending = i
        else:
            pending = None


#: a line of at most this many words without a full stop between two paragraphs is a caption or a heading
MAX_CAPTION_WORDS = 16


def _next_prose(text: str, paras, index: int) -> int | None:
    """The paragraph after ``index``, passing over caption-like lines (no sentence punctuation at
    their end, few words; photos' captions between the paragraphs of a quotation, at most
    :data:`MAX_CAPTIONS` of them): where a quotation that runs on would reopen."""
    j = index + 1
    for _ in range(MAX_CAPTIONS):
        if not (j < len(paras) and j + 1 < len(paras)):
            break
        line = text[paras[j].start : paras[j].end].rstrip()
        if line[-1:] in ".!?…:;\"”’»)]" or len(line.split()) > MAX_CAPTION_WORDS or line[:1] in "\"“„«":
            break
        j += 1
    return j if j < len(paras) else None


#: captions passed over between two paragraphs of one quotation
MAX_CAPTIONS = 5


#: a quotation may run over this many paragraphs without its marks being reopened
MAX_QUOTED_PARAGRAPHS = 4


def _opens_here(text: str, i: int) -> bool:
    """The mark at ``i`` stands where a quotation opens: after a space, a line start or a colon, before a word."""
    return (i == 0 or text[i - 1].isspace() or text[i - 1] in "(:—–") and text[i + 1 : i + 2].isalnum()


def _closes_here(text: str, i: int) -> bool:
    """The mark at ``i`` stands where a quotation closes: after a word or punctuation, before a space, punctuation or the end."""
    return i > 0 and not text[i - 1].isspace() and (i + 1 == len(text) or text[i + 1].isspace() or text[i + 1] in ".,;:!?)")


_SEPARATOR_PARTNER = {"»": "«", "›": "‹"}


def _separator(text: str, i: int) -> bool:
    """A guillemet that separates the steps of a breadcrumb trail ("Home » MONDE » Un shérif…"):
    spaced on both sides, twice or more on its line, which has no guillemet facing the other way."""
    ch = text[i]
    partner = _SEPARATOR_PARTNER.get(ch)
    if partner is None or not (text[i - 1 : i].isspace() and text[i + 1 : i + 2].isspace()):
        return False
    a, b = text.rfind("\n", 0, i) + 1, text.find("\n", i)
    line = text[a : b if b != -1 else len(text)]
    return line.count(f" {ch} ") >= 2 and partner not in line


def _sentence_end(doc: Document, i: int, limit: int) -> int:
    """End of the sentence an unclosed mark opens in: where its partner is missing."""
    seg = doc.segment_at(i)
    end = seg.end_offset if seg is not None else i + 1
    return max(i + 1, min(end, limit, i + 300))  # a sentence, not a page without full stops


#: doubled , ; : and full stops, three or more ! or ?, and a full stop, spaces and another full stop
#: after a word ("end. ."; the word before is checked apart: a pattern that starts with a
#: look-behind is tried at every position of the text, one that starts with a mark only at marks)
_DOUBLED_PUNCT = lazy(re, r",,+|;;+|::+|\.\.+|!!!+|\?\?\?+|……+|…\.(?!\.)|\.[ \u00a0]+\.(?![.\w]|[ \u00a0]+\.)|,[ \u00a0]+,(?![,\d]|[ \u00a0]+,)")
#: what a doubled mark with a space inside (". .", ", ,") follows: a word, a closing quotation mark or bracket
_BEFORE_SPACED_DOUBLE = lazy(re, r"[\w\"”’»)\]]")
#: a score in brackets with a colon and a one-digit second number ("vitória brilhante (5:2)"): not a time, and
#: in brackets not a ratio ("a 16:9 screen")
_SCORE_COLON = lazy(regex, r"\((\d{1,2}:\d)\)")
#: minutes of a match written as ordinals in brackets ("Donyell Malen (30.)", "(86., 90.+3)")
_ORDINAL_MINUTE = lazy(regex, r"\((?:\d{1,3}\.(?:\+\d)?(?:, )?)+\)")
#: a day with an ordinal full stop before an English month ("from 31. July"), found after a full stop
#: and a capital (the hint) at the start of its digits; the word before is checked apart
_ORDINAL_DATE = lazy(regex, r"(?<![\w.])([0-3]?\d\.) "
                               r"(January|February|March|April|May|June|July|August|September|October|November|December)\b")
_ORDINAL_DATE_HINT = lazy(re, r"\. [ADFJMNOS]")
_DIGIT_RUN = run_before(r"\d")
#: ... after a preposition of time, "the" or a weekday and its comma ("Saturday, 28. March"; not a
#: sentence that ends in a number: "see section 3. May we go?")
_ORDINAL_DATE_BEFORE = lazy(re, r"\b(?i:from|on|until|till|since|by|to|between|and|of|before|after|about|around|the|"
                                r"monday|tuesday|wednesday|thursday|friday|saturday|sunday),? $")
_NUMERIC_DATE_HINT = lazy(re, r"\d\.\d{1,2}\.(?![\d])")
#: a year after a month's name ("June| 2018")
_YEAR_AFTER = lazy(re, r",? \d{4}(?!\d)")
#: a time of day with a comma after a preposition of time ("from 7,00 to 9,30", "after 10,00 am"):
#: the number is found first, the word before it checked apart (faster)
_COMMA_TIME = lazy(regex, r"(?<![\d,.])([01]?\d|2[0-4]),([0-5]\d)(?![\d,])")
_COMMA_TIME_HINT = lazy(re, r",[0-5]\d")
_TIME_PREPOSITION = lazy(re, r"\b(?:from|to|until|till|at|after|before|between|since) $")
#: two alternatives of English that it writes with a bare slash, spaced ("his / her", "and / or")
_SPACED_PAIR_SLASH = lazy(regex, r"(?i)\b(he|she|his|her|him|himself|herself|and|or)[ \u00a0]/[ \u00a0](she|he|her|his|him|herself|himself|or|and)\b")
_SLASH_PAIRS = frozenset(("he/she", "she/he", "his/her", "her/his", "him/her", "her/him", "and/or", "himself/herself", "herself/himself"))
#: "such as" and a colon before the examples ("countries such as: Ivory Coast"): the colon of the
#: source's "como:", "comme :", "như:", "seperti:"; English runs the list on
_SUCH_AS_COLON = lazy(re, r"\b([Ss]uch as):(?= )")
#: a day and a month written with full stops and no year after a preposition of time ("from 15.06. until")
_NUMERIC_DAY_MONTH = lazy(regex, r"(?<=\b(?:from|on|until|till|since|between|before|after) )([0-3]?\d)\.([01]?\d)\.(?=[ ,;)]|$)")


def _english_month(month: int) -> str:
    from ..cldr import months

    return months("en")[month - 1]


#: a name, a regnal number and a full stop inside the sentence ("King Valdemar I. to strengthen"): an ordinal's stop
_REGNAL_STOP = lazy(regex, r"(?<=\p{Lu}\p{Ll}+ )(?:X{0,3}(?:IX|IV|V?I{1,3}|V|X))(\.)(?= \p{Ll})")
#: the ordinal indicator after a number, before a temperature's scale or a space: "180ºC", "25º C"
_ORDINAL_DEGREE = lazy(regex, r"\d+(º) ?[CF]\b")
def _ordinal(n: str, settings: dict) -> str:
    """``n`` as an ordinal the way the language writes it (surface.toml: ``ordinal_suffix``, and
    ``ordinal_suffix_exact`` / ``ordinal_suffix_ending`` for the numbers that take another: "1er",
    "22nd"); "" where the language gives none."""
    exact, ending = settings.get("ordinal_suffix_exact", {}), settings.get("ordinal_suffix_ending", {})
    suffix = exact.get(n) or next((ending[n[-k:]] for k in (2, 1) if n[-k:] in ending), None) or settings.get("ordinal_suffix", "")
    return n + suffix if suffix else ""


#: an ordinal written with the indicator after its digits ("1º IMPORTANTE", "la 2ª fase"), not a temperature
_ORDINAL_INDICATOR = lazy(regex, r"(?<![\w.,])(\d{1,4})([ºª])(?![\w°])(?! ?[CF]\b)")
#: a list marker doubled at a line start ("- - 1 onion")
_DOUBLED_LIST_MARK = lazy(re, r"(?m)^[ \t]*([-–•*])[ \t]+\1[ \t]+(?=\S)")
#: a comma then a full stop ("settings ,.)"), not in numbers or an ellipsis
_COMMA_STOP = lazy(re, r"(?<![\d,]),\.(?![.\d])")
#: Spanish opening and closing marks with nothing between them ("esta receta ¡!")
_EMPTY_INVERTED = lazy(re, r"¡[ \u00a0]*!|¿[ \u00a0]*\?")
#: a word of three letters or fewer this common in lower case (Zipf) is a word, not an abbreviation ("it", "day")
MIN_SHORT_WORD_ZIPF = 4.5
#: a full stop followed by a comma: after a word (before a space, the end or the next sentence's capital:
#: "resolve it.,The company"), or after a list number at the start of a line ("1., Per")
#: a word's full stop, a closing bracket and another full stop ("only from the sea.).")
_STOP_BRACKET_STOP = lazy(regex, r"(?P<word>\p{L}+)(\.[)\]]\.)(?!\.)")
_STOP_COMMA = lazy(regex, r"(?P<word>\p{L}+)\.,(?=\s|$|\p{Lu}\p{Ll})|(?m:^[ \t]*\d{1,2}\.,(?=[ \t]*\p{Lu}))")
_STOP_COMMA_AT = lazy(re, r"\.,")
_LETTERS_BACK = run_before(r"\p{L}")


def _stop_commas(text: str):
    """``_STOP_COMMA.finditer(text)``, tried only at each ".," (a pattern that opens with letters is
    tried at every letter of a long text): from the word before it, else from its line's start."""
    for dot in _STOP_COMMA_AT.finditer(text):
        i = dot.start()
        word = _LETTERS_BACK.match(text, 0, i)
        m = _STOP_COMMA.match(text, word.start()) if word is not None else None
        if m is None or m.end() != i + 2:
            # or a list number opening its line ("1.,"): only spaces and digits stand between
            line = i
            while line and text[line - 1] in "0123456789 \t":
                line -= 1
            m = _STOP_COMMA.match(text, line) if line == 0 or text[line - 1] == "\n" else None
        if m is not None and m.end() == i + 2:
            yield m
_SPACE_BEFORE_COMMA = lazy(re, r"[ \u00a0]+([,.])(?=\s|$)")
#: a colon with a space before it and none after, between a word and a word or a number ("Number :85593407",
#: "Interest :18.03.2015"): its space moved to the wrong side; not a time or a ratio ("19 : 01", "1:2")
_COLON_ON_THE_WRONG_SIDE = lazy(regex, r"(?<=[\p{L}?][ \u00a0]):(?=[\p{L}\d])(?![\w-]+:)")  # not a smiley's code ":smile:"
#: a space before a closing bracket, after an opening one: "alto alemán )", "( 1990" (the closing
#: bracket is found first, the spaces and the word before it checked apart)
_SPACE_IN_BRACKETS = lazy(re, r"[ \u00a0][)\]]|[(\[][ \u00a0]+(?=\w)")  # a closing bracket after a space; an opening one before
#: a space before a closing double quotation mark: "later, ”said", "the plan ”" (likewise)
_SPACE_BEFORE_QUOTE = lazy(re, r"[ \u00a0][”\"»]")  # a closing quotation mark after a space
_WORD = lazy(re, r"\w")
_WORD_OR_STOP = lazy(re, r"[\w.!?]")
_WORD_OR_MARK = lazy(re, r"[\w.,!?]")


@lru_cache(maxsize=None)
def _abbreviations(lang: str) -> frozenset[str]:
    """Abbreviations of the language and of English, lower case and without their final stop (the
    segmenter's lists and data/<lang>/abbreviations.txt)."""
    from ..segment import abbreviations

    return frozenset(w.rstrip(".") for w in abbreviations(lang) | abbreviations("en") | word_list(f"{lang}/abbreviations.txt")
                     | word_list(f"{lang}/continuation_abbreviations.txt") | word_list("en/continuation_abbreviations.txt"))


def _spaces_before(text: str, i: int) -> int:
    """Start of the run of spaces (and no-break spaces) that ends at ``i``."""
    j = i
    while j and text[j - 1] in " \u00a0":
        j -= 1
    return j
#: a mark the target spaces before (French ; : ! ?) written without the space


#: two curly quotation marks run together against a word: an empty pair or a doubled opening
#: before it ("“”Si alguna", "““Si", „„Wir"), a doubled closing after it ("montes””")
_DOUBLED_QUOTE = lazy(regex, r"(?<![\p{L}\p{N}“”„])(?:“”|““|„„)(?=\p{L})|(?<=\p{L}[.!?…]?)””(?![”“])")


@rule("TQ205", "punctuation-spacing", "info", "Doubled punctuation (\",,\", \"..\") or a space before a comma, full stop, bracket or closing quote.")
def punctuation_spacing(doc: Document) -> Iterator[Hit]:
    """
    ## What it does
    Flags doubled commas (also "units, , one"), semicolons and colons, doubled curly quotation marks ("“”Si
    alguna", "montes””"), two full stops (not an ellipsis, also "end. ."), two
    ellipses run together ("……"), an ellipsis and a full stop ("war…."),
    runs of three or more ! or ?, a comma after a full stop ("hinzugefügt.,", "1., Per", "resolve it.,The"; not after
an abbreviation: "etc.,"), a full stop inside and outside a closing bracket ("from the sea.)."; not "etc.)."), a comma and a full stop (",."), a list marker written twice ("- - 1
onion"), Spanish ¡! or ¿? with nothing between, a space before a comma or a full stop (also a comma
spaced after a full stop: "Western Academy. , Draw"), a colon spaced before and glued to what
follows ("Number :85593407"; not where the language spaces its colons), a space inside brackets
    ("( 1990 )"; not in a page's byline: "posted 29 Sep 2017 by … [ updated 1 Oct 2017 ]"), a space before a closing quotation mark or after the language's opening one ("said,
    “ High", „ Easter Egg“; not in French, which spaces them), and in French and Italian a space after
    the apostrophe of an elision ("L' agence", "dell' anno"; `data/<lang>/elisions.txt`), and in
    English a space before a clitic ("the buyer 's refusal", "don 't"; `clitics` in `data/en/surface.toml`). French
    spacing is never flagged in French; a French text that lacks it ("si:", «match») is TQ207's
    (target-convention) business.

    ## Why is this bad?
    These slips come from joining machine-translated fragments and from source languages that
    space punctuation differently; they look careless.

    ## Example
    `The minister left ,, and the talks ended .`

    Use instead: `The minister left, and the talks ended.`
    """
    text = doc.text
    prof = doc.profile
    for m in _DOUBLED_PUNCT.finditer(text):
        mark = m.group()[0]
        if mark in ".," and m.group()[1] in " \u00a0" and not (m.start() and _BEFORE_SPACED_DOUBLE.match(text, m.start() - 1)):
            continue  # ". ." or ", ," not after a word or a closing mark: a list of dots, empty fields
        before = text[m.start() - 1 : m.start()]
        if mark == "." and len(m.group()) != 2 and m.group().strip(". \u00a0"):
            continue
        if mark == "." and len(m.group().replace(" ", "").replace("\u00a0", "")) != 2:
            continue  # an ellipsis
        if mark in ",;:" and before in (".", "!", "?"):
            continue
        yield Hit(m.start(), m.end(), f"doubled punctuation \"{m.group()}\"", mark, {"mark": m.group()})
    if doc.distinct_chars & {"“", "”", "„"}:
        for m in _DOUBLED_QUOTE.finditer(text):
            mark = m.group()
            yield Hit(m.start(), m.end(), f"quotation marks doubled: \"{mark}\"", mark[-1] if mark != "“”" else "“", {"mark": mark})
    for m in _DOUBLED_LIST_MARK.finditer(text):
        yield Hit(m.start(1), m.end(), f"list marker written twice: \"{m.group().strip()}\"", m.group(1), {"mark": m.group(1)})
    if ",." in text:
        for m in _COMMA_STOP.finditer(text):
            yield Hit(m.start(), m.end(), "a comma and a full stop together", ".", {"mark": ",."})
    if doc.distinct_chars & {"¡", "¿"}:
        for m in _EMPTY_INVERTED.finditer(text):
            yield Hit(m.start(), m.end(), f"\"{m.group()}\" encloses nothing: a word was lost", None, {"mark": m.group()})
    if ".," in text:
        for m in _stop_commas(text):
            word = m.group("word")
            short = bool(word) and (len(word) == 1 or len(word) <= 3 and not (word.islower() and zipf(word, doc.target_lang) >= MIN_SHORT_WORD_ZIPF))
            if word and (short or word.lower() in _abbreviations(doc.target_lang) or "." in text[max(0, m.start() - 3) : m.start()]):
                continue  # "etc.,", "Inc.,", "D.C.,": the stop belongs to an abbreviation ("it.,", "day.," do not)
            yield Hit(m.end() - 2, m.end(), "a comma after a full stop", ".", {"mark": ".,"})
    if ".)." in text or ".]." in text:
        for m in _STOP_BRACKET_STOP.finditer(text):
            word = m.group("word")
            if len(word) <= 3 and not (word.islower() and zipf(word, doc.target_lang) >= MIN_SHORT_WORD_ZIPF) \
                    or word.lower() in _abbreviations(doc.target_lang) or "." in text[max(0, m.start() - 3) : m.start()]:
                continue  # "(etc.).", "(Ltd.).": the first stop belongs to an abbreviation
            yield Hit(m.start(2), m.end(), f"a full stop inside and outside the bracket: \"{m.group(2)}\"",
                      m.group(2)[1:], {"mark": m.group(2)})
    for m in _SPACE_BEFORE_COMMA.finditer(text):
        if not m.start() or not (text[m.start() - 1].isalnum() or text[m.start() - 1] in "»”\"')]" or unicodedata.category(text[m.start() - 1]) == "Sc"
                                 or m.group(1) == "," and text[m.start() - 2 : m.start()][:1].isalnum() and text[m.start() - 1] == "."):
            continue  # (a comma spaced after a full stop: "Western Academy. , Draw", "in the incentive 1. , got")
        if text[m.start() - 1] in "»" and prof and prof.space_inside_quotes:
            continue
        yield Hit(m.start(), m.end(), f"space before \"{m.group(1)}\"", m.group(1), {"mark": m.group(1)}, Severity.INFO)
    if " :" in text and not (prof and ":" in prof.space_before):
        for m in _COLON_ON_THE_WRONG_SIDE.finditer(text):
            yield Hit(m.start() - 1, m.end(), "a colon spaced before and glued to what follows", ": ", {"mark": ":"}, Severity.INFO)
    if chars := doc.distinct_chars & set("()[]"):
        for m in _SPACE_IN_BRACKETS.finditer(text):
            start, end = m.span()
            mark = m.group()[-1] if m.group()[-1] in ")]" else m.group()[0]
            if mark in ")]":
                start = _spaces_before(text, end - 1)
                if not (start and _WORD_OR_STOP.match(text, start - 1)):
                    continue
            partner = {")": "(", "]": "[", "(": ")", "[": "]"}[mark]
            if partner not in chars or byline(text, start, doc.target_lang):
                continue  # (a byline's "[ updated 1 Oct 2017 ]" is its template's)
            where = "before" if mark in ")]" else "after"
            yield Hit(start, end, f"space {where} \"{mark}\"", mark, {"mark": mark}, Severity.INFO)
    if not (prof and prof.space_inside_quotes) and doc.distinct_chars & set("”\"»"):
        for m in _SPACE_BEFORE_QUOTE.finditer(text):
            mark, i = m.group()[-1], m.end() - 1
            start = _spaces_before(text, i)
            if not (start and _WORD_OR_MARK.match(text, start - 1)):
                continue
            if mark != "”" and marks_before_in_paragraph(doc, mark, i) % 2 == 0 or _separator(text, i):
                continue  # a straight quote (or ») that opens a quotation; a breadcrumb's »
            if text[i + 1 : i + 2].isalpha() and text[start - 1].isalpha():
                continue  # between two words: an opening mark ("he said ”Never"), or a quote of its own
            yield Hit(start, i + 1 + (1 if text[i + 1 : i + 2].isalpha() else 0), f"space before the closing quotation mark {mark}", mark, {"mark": mark}, Severity.INFO)
    if not (prof and prof.space_inside_quotes):
        yield from _space_after_opening_quote(doc, prof)
    yield from _spaced_elisions(doc)
    yield from _spaced_clitics(doc)


#: spaces and a word after an opening quotation mark: a quotation opened with a space inside it
#: ("said, “ Through this"; the mark's own place is checked in code)
_SPACES_THEN_WORD = lazy(re, r" +(?=\w)")


def _space_after_opening_quote(doc: Document, prof) -> Iterator[Hit]:
    """A space after the language's opening double quotation mark (“ in English, „ in German), as
    Chinese full-width quotation marks and some keyboards leave it ("the Wuhan “ Oriental Tea port”").
    Not in a language whose typography spaces its quotation marks (French), nor where the mark is
    the language's closing one (“ in German)."""
    openers = {a for a, b in prof.quotes if a != b and a in "“„"} if prof else {"“"}
    if not openers or not doc.distinct_chars & openers:
        return
    text = doc.text
    for mark in openers:
        for i in occurrences(text, mark):
            if not i or text[i - 1].isspace() or text[i - 1] in "([":
                m = _SPACES_THEN_WORD.match(text, i + 1)
                if m is not None:
                    yield Hit(i, m.end(), f"space after the opening quotation mark {mark}", mark, {"mark": mark}, Severity.INFO)


def _spaced_clitics(doc: Document) -> Iterator[Hit]:
    """A space before a clitic the language glues to the word before it ("the buyer 's refusal", "don 't"):
    ``clitics`` in data/<lang>/surface.toml. Not an opening quotation mark ("said 'sorry'")."""
    clitics = _settings(doc.target_lang).get("clitics")
    if not clitics or not (doc.distinct_chars & {"'", "’"}):
        return
    text = doc.text
    pattern = _clitic_pattern(tuple(clitics))
    for hint in _SPACED_APOSTROPHE.finditer(text):
        start = hint.start()
        while start and text[start - 1] in " \u00a0":
            start -= 1  # back over the run of spaces
        m = pattern.match(text, start)
        if m is not None:
            yield Hit(m.start(), m.end(), f"space before \"{m.group(1)}\"", m.group(1), {"mark": m.group(1)[0]}, Severity.INFO)


#: a space, then an apostrophe or "n't": where a clitic may stand spaced (a fast prefilter)
_SPACED_APOSTROPHE = lazy(re, r"[ \u00a0](?=['’]|n['’]t)")


@lru_cache(maxsize=None)
def _clitic_pattern(clitics: tuple[str, ...]) -> re.Pattern:
    """A word, spaces and a clitic ("buyer 's"): the apostrophe may be either mark, and nothing word-like follows."""
    alts = "|".join(sorted((re.escape(c).replace("'", "['’]") if "'" in c else f"['’]{re.escape(c)}" for c in clitics), key=len, reverse=True))
    return re.compile(rf"(?<=\w)[ \u00a0]+((?:{alts}))(?![\w'’])")


#: an apostrophe followed by spaces and a letter (the elided word before it is checked apart)
_APOSTROPHE_SPACE = lazy(re, r"['’][ \u00a0]+(?=[^\W\d_])")
_ELIDED_BEFORE = lazy(re, r"(?<![\w'’])([^\W\d_]{1,7})$")


def _spaced_elisions(doc: Document) -> Iterator[Hit]:
    """A space after the apostrophe of an elision ("L' agence", "dell' anno"): the elided words of
    the target, ``data/<lang>/elisions.txt``."""
    if "'" not in doc.distinct_chars and "’" not in doc.distinct_chars:
        return
    elided = word_list(f"{doc.target_lang}/elisions.txt")
    if not elided:
        return
    text = doc.text
    for m in _APOSTROPHE_SPACE.finditer(text):
        word = _ELIDED_BEFORE.search(text, max(0, m.start() - 8), m.start())
        if word is None or word.group(1).lower() not in elided:
            continue
        mark = m.group()[0]
        yield Hit(word.start(1), m.end(), f"space after the apostrophe of the elision \"{word.group(1)}{mark}\"", f"{word.group(1)}{mark}",
                  {"mark": mark, "elided": word.group(1)}, Severity.INFO)


_URL_AROUND = lazy(re, r"https?|www|[/@]|\w:\d")


def _around(text: str, i: int, reach: int = 200) -> str:
    """The run of non-space characters around offset ``i`` (at most ``reach`` either side)."""
    lo, hi = max(0, i - reach), min(len(text), i + reach)
    a = max(text.rfind(" ", lo, i), text.rfind("\n", lo, i), lo - 1) + 1
    b = min((j for j in (text.find(" ", i, hi), text.find("\n", i, hi)) if j != -1), default=hi)
    return text[a:b]
