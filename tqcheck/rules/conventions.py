"""TQ207: English conventions imposed on the target language, read from the language profiles.

The imposed conventions are those of the English profile (``data/en/profile.toml``): machine
translation from English, and translators working from it, carry them over. Every check compares
what English does with what the target's profile says, so the rule does nothing on English text
and needs no language name in its logic.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

import regex

from ..cldr import currency_first, varies
from ..data import word_list
from ..document import Document
from ..findings import Hit, Severity
from ..lexicon import capitalized, conjunctions, gazetteer, zipf
from ..names import after_opening
from ..profile import Profile, get_profile
from ..registry import rule
from ..textscan import occurrences
from ..wordclass import is_pinyin
from .casing import brands
from .spacing import surface_settings
from ..patterns import lazy

#: the profile whose conventions are looked for in other languages' text
IMPOSED = "en"
#: word classes with a word list of their own in data/<lang>/ (file name = class name + ".txt")
_LISTED = ("days", "months", "nationalities", "languages", "religions")
_CAPITALISED = lazy(regex, r"(?<![\w\-'’.@/#])\p{Lu}\p{Ll}+(?:-\p{Ll}+)*(?![\w'’@]|-\w|\.\w)")
_WORD_BEFORE = lazy(regex, r"([\w'’]+)( +)$")
_NEXT_CAPITAL = lazy(regex, r" +\p{Lu}")
_DATE_BEFORE = lazy(regex, r"\d{1,2}\.?( +\w{1,3})? +$")
_DATE_AFTER = lazy(regex, r" +(?:\w{1,3} +)?\d{1,4}\b")
_URLISH = lazy(re, r"[/@\\=]|www|://")
#: a capitalised word, a day and "de" before a month: a name made of a date ("Avenida 1.º de Maio")
_NAMED_DATE = lazy(regex, r"\p{Lu}\p{Ll}+[ \u00a0]+\d{1,2}(?:\.?[º°]|\.)?[ \u00a0]+(?:de|del|di|du)[ \u00a0]+$")


def _imposed() -> Profile:
    p = get_profile(IMPOSED)
    assert p is not None
    return p


@lru_cache(maxsize=None)
def _class_words(lang: str, cls: str) -> frozenset[str]:
    words = word_list(f"{lang}/{cls}.txt")
    if cls == "nationalities":
        words = words | word_list(f"{lang}/continents.txt")  # "europeo", "asiatique": (data/<lang>/continents.txt)
    return words


@lru_cache(maxsize=None)
def _joining_conjunctions(lang: str) -> tuple[str, ...]:
    """The language's conjunctions that join the items of a list, longest first (data/coordinating_conjunctions.tsv,
    less the negative ones of `negative_conjunctions` in data/<lang>/surface.toml: "ni", "nem")."""
    joining, _, _ = conjunctions(lang)
    return tuple(sorted(joining - set(surface_settings(lang).get("negative_conjunctions", ())), key=len, reverse=True))


@lru_cache(maxsize=None)
def _list_link(lang: str) -> re.Pattern | None:
    """What joins the items of a list: a comma, or a conjunction and maybe an elided article ("et d’")."""
    words = _joining_conjunctions(lang)
    if not words:
        return None
    return regex.compile(r"(?:,|[ \u00a0]+(?:" + "|".join(words) + r")(?:[ \u00a0]+\p{L}{1,2}['’])?)[ \u00a0]+")


def _prev_word(text: str, start: int, seg_start: int) -> tuple[str, int] | None:
    """(word, its start) right before ``start`` in the same sentence, separated only by spaces."""
    m = _WORD_BEFORE.search(text, max(seg_start, start - 60), start)
    return (m.group(1), m.start(1)) if m else None


#: a day before a month ("15 Janvier", "1er Mars", "7 de Dezembro") with the two words before it
_DAY_BEFORE_MONTH = lazy(regex, r"(?:^|(\S+) +)?(\S+ +)?(?P<day>\d{1,2})(?:er|º|°|\.)? +(?:de +|del +)?$")
#: a year after a month ("Janvier 2021", "Febrero de 2003") or before it after a comma ("2024, Giugno")
_YEAR_AFTER_MONTH = lazy(regex, r" +(?:de +|del +)?\d{4}(?!\d)")
_YEAR_BEFORE_MONTH = lazy(regex, r"\d{4}, +$")


def _numeric_date(text: str, m, seg_start: int) -> bool:
    """A month in a date written with numbers, not at its sentence's start: after a day ("viens à
    nous 15 Janvier") whose two words before are not a name ("Place du 11 Novembre", "Via 4
    Novembre"), before a year ("Population (Janvier 2021)") or after a year and a comma ("2024,
    Giugno"). A date naming a street or a holiday is written after a capitalised word."""
    head = text[max(seg_start, m.start() - 40) : m.start()]
    day = _DAY_BEFORE_MONTH.search(head)
    if day is not None:
        origin = max(seg_start, m.start() - 40)
        words = [(origin + day.start(i), g.strip()) for i, g in ((1, day.group(1)), (2, day.group(2))) if g]
        named = any(w[:1].isupper() and not _first_word(text, at, seg_start) for at, w in words)
        return not named and not _first_word(text, origin + day.start("day"), seg_start)
    if _YEAR_BEFORE_MONTH.search(head):
        return True
    return bool(_YEAR_AFTER_MONTH.match(text, m.end())) and not _first_word(text, m.start(), seg_start)


def _event_date(text: str, m, seg_start: int, articles: frozenset[str]) -> bool:
    """A day and the month at ``m`` after a definite article and with no year: the name of an event
    or a holiday, whose month keeps its capital ("desde o 25 de Abril", "le 14 Juillet";
    `date_name_articles` in data/<lang>/surface.toml)."""
    if not articles or _YEAR_AFTER_MONTH.match(text, m.end()):
        return False
    day = _DAY_BEFORE_MONTH.search(text[max(seg_start, m.start() - 40) : m.start()])
    before = day.group(2) or day.group(1) if day is not None else None
    return before is not None and before.strip().lower() in articles


def _first_word(text: str, word_start: int, seg_start: int) -> bool:
    """Whether the word at ``word_start`` opens its sentence (after any opening punctuation)."""
    return not any(ch.isalnum() for ch in text[seg_start:word_start])


def _casing_classes(target: Profile) -> list[str]:
    """Classes that English capitalises and the target writes in lower case."""
    imposed = _imposed()
    out = [c for c in _LISTED if c in imposed.capitalises and c not in target.capitalises]
    if "nouns" in target.capitalises:
        # a language that capitalises nouns capitalises nominalised adjectives too ("auf Deutsch")
        out = [c for c in out if c not in ("nationalities", "languages", "religions")]
    return out


#: distinct words of the older spelling that make a text's orthography the older one
MIN_PRE_REFORM_WORDS = 2


def _older_orthography(doc: Document, lang: str) -> bool:
    """The text writes words in the language's spelling from before a reform that lower-cased the
    months (data/<lang>/pre_reform_spellings.txt: Portuguese "objectivo", "projecto" before 1990), two
    of them at least."""
    old = word_list(f"{lang}/pre_reform_spellings.txt")
    return len(old & doc.word_positions.keys()) >= MIN_PRE_REFORM_WORDS  # (one may be a slip)


def _capitalised_words(doc: Document, target: Profile) -> Iterator[Hit]:
    classes = _casing_classes(target)
    if not classes:
        return
    lang = target.code
    lists = {c: _class_words(lang, c) for c in classes}
    if not any(lists.values()):
        return
    homographs = word_list(f"{lang}/proper_homographs.txt")
    openers = word_list(f"{lang}/determiners.txt")
    event_articles = frozenset(surface_settings(lang).get("date_name_articles", ()))
    # nouns of nationality take a capital in this language (les Américains): only adjectives are wrong
    noun_capital = "nationality_nouns" in target.capitalises
    # the language keeps such an adjective in lower case inside an organisation's name too ("l'Union européenne")
    name_heads = word_list(f"{lang}/institution_heads.txt") if surface_settings(lang).get("lower_case_name_adjectives") else frozenset()
    text = doc.text
    listed: dict[str, int] = {}  # class -> the end of its last word flagged
    link = _list_link(lang)
    older = None  # the text is in the spelling from before a reform: decided when a month asks
    for seg in doc.segments:
        body = text[seg.offset : seg.end_offset]
        if not any(ch.isupper() for ch in body[1:]):
            continue
        for m in _CAPITALISED.finditer(text, seg.offset, seg.end_offset):
            word = m.group()
            low = word.lower()
            cls = next((c for c in classes if low in lists[c]), None)
            if cls is None:
                continue
            prev_word = _prev_word(text, m.start(), seg.offset)
            if cls == "months" and _event_date(text, m, seg.offset, event_articles):
                continue  # "desde o 25 de Abril": a holiday's name
            if cls == "months" and (older := _older_orthography(doc, lang) if older is None else older):
                continue  # "objectivo", "projecto" … "13 de Março": the spelling before 1990 capitalised months
            if cls == "months" and _numeric_date(text, m, seg.offset):
                pass  # "nous 15 Janvier", "(Janvier 2021)", "2024, Giugno": a date, wherever it stands
            elif listed.get(cls) is not None and link is not None and link.fullmatch(text, listed[cls], m.start()):
                prev_word = None  # "de Bouddhisme, Taoïsme et d'Islam": the next item of a list whose first was flagged
            elif prev_word is None or not prev_word[0].replace("'", "").replace("’", "").isalpha():
                continue  # sentence start, or after punctuation
            before = prev_word[0] if prev_word else ""
            if prev_word and not before.islower() and not before.isdigit():
                # inside a run of capitalised words ("Banco Español"), unless it is the sentence's
                # first word and an article ("El Lunes", "Na Segunda-feira")
                at_start = _first_word(text, prev_word[1], seg.offset)
                if not (at_start and before.lower().replace("’", "'") in openers and before[1:].islower()) \
                        and not (cls == "nationalities" and before.lower().replace("’", "'").rsplit("'", 1)[-1] in name_heads):
                    continue
            if _NEXT_CAPITAL.match(text, m.end()):
                continue  # "Domingo Negro", "Banco Español de Crédito": a name
            if _URLISH.search(text[max(seg.offset, m.start() - 30) : m.end() + 30]):
                continue
            prev = before.lower().replace("’", "'")
            if low in homographs:
                # also a name ("Julio", "Domingo"): only in a date ("5 de Julio", "Julio de 2020")
                if cls not in ("days", "months"):
                    continue
                head = text[max(seg.offset, m.start() - 12) : m.start()]
                if not (_DATE_BEFORE.search(head) or _DATE_AFTER.match(text, m.end())
                        or cls == "months" and _YEAR_BEFORE_MONTH.search(head)):  # "LE FILM 2024, Mai"
                    continue
            if cls == "months" and _NAMED_DATE.search(text, max(seg.offset, m.start() - 40), m.start()):
                continue  # a date that names a street or a bridge: "Avenida 1.º de Maio", "Ponte 25 de Abril"
            if noun_capital and cls in ("nationalities", "languages") and prev in openers:
                continue  # "les Américains", "des Français": a noun of nationality, rightly capitalised
            kind = {"days": "day of the week", "months": "month", "nationalities": "nationality word", "languages": "language name",
                    "religions": "religion's name"}[cls]
            listed[cls] = m.end()
            yield Hit(
                m.start(), m.end(),
                f"{target.name} writes a {kind} in lower case: \"{word}\" takes an English capital",
                low, {"class": cls, "language": lang, "previous_word": before},
            )


#: a capitalised word and a capitalised name after a lower-case word or an elided article in running
#: text ("del Emperador Meiji", "dell'Imperatore Saga"): a title before a name, checked in code
_TITLE_AND_NAME = lazy(regex, r"(\p{Lu}\p{Ll}+)[ \u00a0](\p{Lu}[\p{Ll}\p{M}]+(?:-\p{L}[\p{Ll}\p{M}]+)*)(?![\p{L}\p{M}-])")
#: a name this common in the target or in English is a word ("General Motors", "Ministro Presidente")
MAX_NAME_AFTER_TITLE_ZIPF = 3.5


def _titles_before_names(doc: Document, target: Profile) -> Iterator[Hit]:
    """A title or rank capitalised before a person's name where the language writes it in lower
    case (data/<lang>/titles_before_names.txt: "del Emperador Meiji", "o Arcebispo Henryk")."""
    lang = target.code
    titles = _class_words(lang, "titles_before_names")
    if not titles or "nouns" in target.capitalises:
        return
    text = doc.text
    # only where the text writes one of the titles with a capital, after a lower-case word and a
    # space or an elided article ("del Emperador", "dell'Imperatore")
    # (a set: one title may begin another, "Gobernador" in "Gobernadora")
    starts = sorted({p for t in titles for p in occurrences(text, t[:1].upper() + t[1:])
                     if p >= 2 and text[p - 2].islower() and text[p - 1] in " \u00a0'’"})
    for p in starts:
        m = _TITLE_AND_NAME.match(text, p)
        if m is None:
            continue
        title, name = m.group(1), m.group(2)
        if title.lower() not in titles:
            continue
        if max(zipf(name.lower(), lang), zipf(name.lower(), "en")) >= MAX_NAME_AFTER_TITLE_ZIPF and not is_pinyin(name.lower()):
            continue  # (a Chinese name is common in English, and no word: "el Maestro Yang")
        if _URLISH.search(text[max(0, m.start() - 30) : m.end() + 30]):
            continue
        yield Hit(m.start(1), m.end(1),
                  f"{target.name} writes a title before a name in lower case: \"{title}\" takes an English capital",
                  title.lower(), {"class": "titles", "language": lang, "name": name})


#: a number and a capitalised word after it: where a noun of time or count may take an English capital
_NUMBER_AND_CAPITAL = lazy(regex, r"\d+(?:[.,]\d+)?[ \u00a0](\p{Lu}\p{Ll}+)(?![\p{L}\p{M}'’-])")


#: a number and a space right before a position (searched in a short window before it)
_NUMBER_BEFORE = lazy(re, r"\d+(?:[.,]\d+)?[ \u00a0]$")


def _capitalised_measures(doc: Document, target: Profile) -> Iterator[Hit]:
    """A noun of time or count capitalised after a number, English title case ("3 Heures", "45 Días
    antes", "50 Giorni prima"): data/<lang>/measure_nouns.txt."""
    nouns = _class_words(target.code, "measure_nouns")
    if not nouns or "nouns" in target.capitalises:
        return
    text = doc.text
    # only at the capitalised nouns of the list, looking back for their number
    for p in sorted(p for w in nouns for p in occurrences(text, w[:1].upper() + w[1:])):
        m = _NUMBER_BEFORE.search(text, max(0, p - 24), p)
        if m is None or (m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "_.,§/-")):
            continue
        m = _NUMBER_AND_CAPITAL.match(text, m.start())
        if m is None or m.start(1) != p:
            continue
        word = m.group(1)
        if word.lower() in nouns:
            yield Hit(m.start(1), m.end(1), f"{target.name} writes \"{word.lower()}\" after a number in lower case: \"{word}\" takes an English capital",
                      word.lower(), {"class": "measure", "language": target.code})


def _nationality_nouns(doc: Document, target: Profile) -> Iterator[Hit]:
    """Where nouns of nationality take a capital and adjectives do not (French), a nationality word
    in lower case right after a plural determiner is the people: "les américains" for "les Américains"."""
    if not ("nationality_nouns" in target.capitalises and "nationalities" not in target.capitalises):
        return
    plural = word_list(f"{target.code}/plural_determiners.txt")
    words = _class_words(target.code, "nationalities")
    if not plural or not words:
        return
    text = doc.text
    positions = doc.word_positions
    for w in words & positions.keys():
        for p in positions[w]:
            word = text[p : p + len(w)]
            nxt = text[p + len(w) : p + len(w) + 1]
            if not word.islower() or (nxt and nxt in "-'’"):
                continue
            seg = doc.segment_at(p)
            prev = _prev_word(text, p, seg.offset) if seg else None
            if prev is None or prev[0].lower() not in plural:
                continue
            yield Hit(
                p, p + len(w), f"{target.name} writes a noun of nationality with a capital: \"{prev[0]} {word[0].upper() + word[1:]}\"",
                word[0].upper() + word[1:], {"language": target.code, "determiner": prev[0]},
            )


#: endings of an inflected adjective between an article and its noun (German: die neuen Häuser)
_ADJ_ENDINGS = ("e", "en", "er", "es", "em")


def _directions(doc: Document, target: Profile) -> Iterator[Hit]:
    """A compass point with a capital ("en el Oeste") in a text that writes the others in lower case."""
    if "nouns" in target.capitalises:
        return  # German capitalises them as nouns
    points = word_list(f"{target.code}/directions.txt")
    openers = word_list(f"{target.code}/determiners.txt")
    if not points or not openers:
        return
    text = doc.text
    positions = doc.word_positions
    # evidence: the text writes a compass point in lower case after an article or preposition
    lower_used = any(
        text[p : p + len(w)].islower() and (prev := _prev_word(text, p, 0)) is not None and prev[0].lower() in openers
        for w in points for p in positions.get(w, ())
    )
    if not lower_used:
        return
    for w in points:
        for p in positions.get(w, ()):
            word = text[p : p + len(w)]
            if not (word[0].isupper() and word[1:].islower()):
                continue
            seg = doc.segment_at(p)
            if seg is None:
                continue
            prev = _prev_word(text, p, seg.offset)
            if prev is None or not prev[0].islower() or prev[0] not in openers:
                continue
            before = _prev_word(text, prev[1], seg.offset)
            if before is not None and regex.split(r"['’]", before[0])[-1][:1].isupper():
                continue  # "Corea del Sur", "América do Sul", "d'Afrique du Nord": a name
            if _NEXT_CAPITAL.match(text, p + len(w)) or text[p + len(w) : p + len(w) + 1] == "-":
                continue
            yield Hit(
                p, p + len(w), f"compass point with a capital; {target.name} writes directions in lower case, as this text does elsewhere",
                word.lower(), {"language": target.code},
            )


def _lowercase_nouns(doc: Document, target: Profile) -> Iterator[Hit]:
    """German-style targets: a lower-case noun right after an article or determiner."""
    if "nouns" not in target.capitalises or "nouns" in _imposed().capitalises:
        return
    lang = target.code
    nouns = word_list(f"{lang}/nouns.txt")
    openers = word_list(f"{lang}/determiners.txt")
    if not nouns or not openers:
        return
    text = doc.text
    positions = doc.word_positions
    for noun in (w for w in positions if w in nouns):
        for start in positions[noun]:
            end = start + len(noun)
            word = text[start:end]
            if not word.islower() or (end < len(text) and text[end] in "-'’") or (start and text[start - 1] in "-/.@#_"):
                continue
            seg = doc.segment_at(start)
            if seg is None or not any(ch.isupper() for ch in seg.text):
                continue  # a sentence written all in lower case is a style, not a slip
            prev = _prev_word(text, start, seg.offset)
            if prev is None:
                continue
            before, b_start = prev
            via = None
            if before.lower() not in openers:
                # one inflected adjective between: "die neuen häuser"
                det = _prev_word(text, b_start, seg.offset)
                if not (det and det[0].lower() in openers and before.islower() and before.endswith(_ADJ_ENDINGS)
                        and before not in nouns and zipf(before, lang) > 0):
                    continue
                via, (before, b_start) = before, det
            if not before.islower() and not _first_word(text, b_start, seg.offset):
                continue  # "Die" inside a name or title ("Die Zeit")
            if _URLISH.search(text[max(seg.offset, start - 30) : end + 30]):
                continue
            yield Hit(
                start, end, f"{target.name} writes nouns with a capital: \"{word}\" after \"{before}{' ' + via if via else ''}\"",
                word[0].upper() + word[1:], {"language": lang, "determiner": before, **({"adjective": via} if via else {})},
            )


#: a list or section number before a heading ("2. Processo de Reembolso", "§ 3 Revocación de los Derechos")
_LIST_MARK = lazy(re, r"^(?:§[ \t\u00a0]*)?\d{1,2}(?:[.)]|(?<=\d)(?=[ \t]))[ \t]+")
#: emoji and other symbols after a heading ("Problemas de Conectividad a la Red 📡")
_TRAILING_SYMBOLS = lazy(regex, r"[ \t]*[\p{So}\p{Sk}\uFE0F\u200D]+[ \t]*$")
#: a capitalised word of a heading this common in the language (Zipf) is taken for a common word
TITLE_WORD_ZIPF = 3.0

#: a line (after a list's dash too), or a part of one between " | " or " – " (a site's "Returns | Refund Policy")
_PART = lazy(re, r"(?:(?<=\n)|^|(?<= [|–—-] )|(?<=\n[-–—] )|(?<=^[-–—] ))(?:[^\n|–—-]|-(?! ))+")


#: words of a title-case heading evidenced as ordinary, beside names that keep their capital
MIN_EVIDENCED_BESIDE_NAMES = 2


#: a heading is at most this long (characters, words)
MAX_HEADING_CHARS = 100
MAX_HEADING_WORDS = 14


#: a label opening a line before its text: "[Controle por Voz]– Ativa", "Condizione Esterna: Superficie"
_BRACKET_LABEL = lazy(re, r"\[([^\]\n]{3,60})\]")
_COLON_LABEL = lazy(re, r"([^:\[\]\n]{3,60}?):[ \t]+\S")


#: an acronym, or its plural, amid a heading's words ("PDF", "PDFs", "URLs")
_ACRONYM = lazy(re, r"[A-Z]{2,5}s?")


def _heading_candidates(text: str) -> Iterator[tuple[int, str]]:
    """(offset, text) of what may be a heading: each line (or part of one: _PART), stripped of list
    marks, symbols and a closing colon ("Outras Informações:"), and a label that opens it: in brackets
    ("[Controle por Voz]– Ativa…") or before a colon and its text ("Condizione Esterna: Superficie…")."""
    for line in _PART.finditer(text):
        raw = line.group()
        body = _TRAILING_SYMBOLS.sub("", _LIST_MARK.sub("", raw.strip(" \t•*-#>|")))  # "Problemas de Red 📡"
        if body.endswith(":") and not body.endswith("::"):
            body = body[:-1].rstrip()  # a heading that introduces what follows: "Outras Informações:"
        if not body:
            continue
        at = line.start() + raw.index(body)
        yield at, body
        m = _BRACKET_LABEL.match(body) or _COLON_LABEL.match(body)
        if m and (m.end() < len(body) or body[0] == "["):
            yield at + m.start(1), m.group(1)


def _title_case_headings(doc: Document, target: Profile) -> Iterator[Hit]:
    """A heading in English title case ("Política de Reembolso") where the language writes
    headings in sentence case, when the text itself writes those words in lower case elsewhere;
    not a name the text also uses so in mid-sentence ("Série Club", "la compétition Série Club")."""
    if "titles" in target.capitalises or "titles" not in _imposed().capitalises:
        return
    text = doc.text
    openers = word_list(f"{target.code}/determiners.txt")
    heads = word_list(f"{target.code}/institution_heads.txt")
    # a line that opens with the head of a place's name is that name ("Parque das Ribeiras do Rio Uíma")
    opening_heads = heads | word_list(f"{target.code}/place_heads.txt")
    function = word_list(f"{target.code}/function_words.txt")
    names, brand = gazetteer(target.code), brands()  # (a platform's name: "Facebook e Instagram")
    bylines = word_list(f"{target.code}/byline_words.txt")
    positions = doc.word_positions
    for start, body in _heading_candidates(text):
        if len(body) > MAX_HEADING_CHARS or body[-1] in ".:;,!?…)\"”»" or not body[0].isupper():
            continue
        # a place after the heading's phrase ("…del Santuario Jishu, Kyoto, Giappone") and words joined
        # by a hyphen ("Bem-vindo", "Pré-Aula") are words of it too
        words = body.replace("/", " ").replace(", ", " ").split()
        if not 2 <= len(words) <= MAX_HEADING_WORDS or any(not w.replace("-", "").isalpha() or w.startswith("-") or w.endswith("-") for w in words):
            continue
        # an acronym inside the heading is a name among its words ("Convertir PDFs", "del PDF")
        words = [w for w in words if not _ACRONYM.fullmatch(w)] if len(words) > 2 else words
        # a one-letter word in lower case is a conjunction or preposition ("a", "y", "e", "o")
        rest = [w for w in words[1:] if w.lower() not in openers and w.lower() not in function and not (len(w) == 1 and w.islower())]
        if len(rest) < 1 or not all(all(p[:1].isupper() and p[1:].islower() for p in w.split("-")) for w in rest) \
                or any(w.isupper() and len(w) > 1 for w in words):
            continue  # (a word in capitals is an acronym's or a heading's; a one-letter article is "O", "A")
        first = words[0].lower()
        if first in opening_heads or first[:-1] in opening_heads or first[:-2] in opening_heads:
            continue  # the name of an institution, an event, a law ("Ministerio de Economía")
        # the language's statistics speak for a word where the heading opens with an ordinary word
        # (not a brand: "Nintendo Switch") and nouns are not capitalised anyway (German)
        # and a function word makes it a phrase, not a product's name ("Nintendo Switch")
        statistics = "nouns" not in target.capitalises and zipf(first, target.code) >= TITLE_WORD_ZIPF \
            and not any(first in known for known in (names, brand, capitalized(target.code), capitalized("en"))) \
            and (any(w.lower() in function for w in words[1:]) or _short_common_heading(words, target.code, openers))
        # evidence: every capitalised word is written in lower case in the text's sentences, or is a
        # common word of the language that is no name ("Políticas del Hotel", "Caja Abierta")
        evidenced = []
        for w in rest:
            low = w.lower()
            if _written_lower(text, positions, low):
                evidenced.append(w)
            elif statistics and zipf(low, target.code) >= TITLE_WORD_ZIPF and low not in names and low not in brand and low not in capitalized(target.code):
                evidenced.append(w)
        # a name may keep its capital inside such a heading ("O Cenário Espetacular da Ilha de
        # Santorini"): two words evidenced and the others names, rare in the language or known as
        # names, and no institution's head among them ("Presidente da Autoridade Nacional Palestiniana")
        others = [w for w in rest if w not in evidenced]
        if others and not (len(evidenced) >= MIN_EVIDENCED_BESIDE_NAMES and not any(w.lower() in heads for w in rest) and all(
                zipf(w.lower(), target.code) < TITLE_WORD_ZIPF or w.lower() in names or w.lower() in brand or w.lower() in capitalized(target.code)
                for w in others)):
            continue
        if _named_in_running_text(text, body):
            continue  # the text calls something so in mid-sentence too ("la compétition provinciale Série Club"): a name
        if _after_byline(text, start, bylines):
            continue  # "Publié le" / "Midi Libre": the author or the newspaper a byline names
        head, tail = body[: len(words[0])], body[len(words[0]) :]
        for w in set(evidenced):  # in place: the text's spaces, commas and slashes stay
            tail = regex.sub(rf"(?<![\p{{L}}-]){regex.escape(w)}(?![\p{{L}}-])", w.lower(), tail)
        fixed = head + tail
        yield Hit(
            start, start + len(body), f"heading in English title case; {target.name} capitalises only its first word",
            fixed, {"language": target.code, "words": evidenced}, Severity.INFO,
        )


#: a heading of this many words at most may show its English title case without a function word
MAX_SHORT_HEADING_WORDS = 3


def _short_common_heading(words: list[str], lang: str, openers: frozenset[str]) -> bool:
    """A heading of two or three words of the language's own vocabulary ("Observações Especiais",
    "Preguntas Frecuentes"): not opened by an article (a landmark's name: "La Gran Muralla"), and no
    word of it a country's name, a given name or an English word ("País Rusia", "Apple Watch"),
    which would make it a name or a label and its value."""
    if len(words) > MAX_SHORT_HEADING_WORDS or words[0].lower() in openers:
        return False
    from .casing import _territory_words

    named = (word_list(f"{lang}/english_words.txt"), word_list(f"{lang}/given_names.txt"), _territory_words(lang), capitalized("en"))
    return not any(w.lower() in names for w in words for names in named)


def _after_byline(text: str, start: int, bylines: frozenset[str]) -> bool:
    """The line before ``start`` (blank lines skipped) is a byline's words and no name ("Publié le", "Par",
    `data/<lang>/byline_words.txt`): the line at ``start`` names the author or the newspaper."""
    before = text[:start].rstrip()
    raw = before[before.rfind("\n") + 1 :].strip()
    line = raw.lower()
    if not line or len(line.split()) > MAX_BYLINE_WORDS or line[-1] in ".?!":
        return False  # a sentence, not a byline ("Por que minhas folhas …?")
    # the byline's words alone, maybe with a date: the name is on the next line ("Publié le" / "Midi
    # Libre"); a byline that names its author itself ("Escrito por Tom Sykes") is followed by a title
    return any((line == w or line.startswith(w + " ")) and not any(ch.isupper() for ch in raw[len(w) :]) for w in bylines)


#: a byline is a short line ("Publié le 3 mai 2024 à 10h05")
MAX_BYLINE_WORDS = 8


def _named_in_running_text(text: str, body: str) -> bool:
    """The heading's words, capitals and all, also stand in a sentence after a lower-case word."""
    return any(p >= 2 and text[p - 1] in " \u00a0" and text[p - 2].islower() for p in occurrences(text, body))


#: a run of three or more capitalised words ("Abilita Notifiche E Avvisi", "Tipo Di Utente")
_TITLE_RUN = lazy(regex, r"(?<![\p{L}\p{M}])\p{Lu}[\p{Ll}\p{M}]*(?:[ \u00a0]\p{Lu}[\p{Ll}\p{M}]*){2,}(?![\p{L}\p{M}])")


def _title_case_phrases(doc: Document, target: Profile) -> Iterator[Hit]:
    """English title case inside a line: a run of capitalised words in which a function word of the
    language is capitalised before an ordinary word ("Tipo Di Utente", "Abilita Notifiche E
    Avvisi"); not name particles before a name ("Kevin De Bruyne", "Leonardo Da Vinci")."""
    if "titles" in target.capitalises or "nouns" in target.capitalises or "titles" not in _imposed().capitalises:
        return
    text = doc.text
    function = word_list(f"{target.code}/function_words.txt")
    names = gazetteer(target.code)
    cap = capitalized(target.code)
    heads = word_list(f"{target.code}/institution_heads.txt")
    for m in _TITLE_RUN.finditer(text):
        words = m.group().split()
        small = [k for k, w in enumerate(words[1:-1], 1) if w.lower() in function]
        if not small or any(w.isupper() and len(w) > 1 for w in words):
            continue
        if not all((nxt := words[k + 1].lower()) not in names and nxt not in cap and zipf(nxt, target.code) >= TITLE_WORD_ZIPF
                   and f"{words[k]} {nxt}".lower() not in names for k in small):
            continue  # a particle before a name: "De Bruyne", "Da Vinci", "La Paz"
        if words[0].lower() in heads:
            continue  # the name of an institution: "Centro Cultural La Paz", "Museo Del Prado"
        fixed = " ".join([words[0]] + [w.lower() for w in words[1:]])
        yield Hit(m.start(), m.end(), f"\"{m.group()}\" is in English title case; {target.name} capitalises only the first word",
                  fixed, {"language": target.code, "words": [words[k] for k in small]}, Severity.INFO)


#: two or more capitalised words, a short lower-case word between two of them at most ("Términos y
#: Condiciones", "Partes Contratantes", "Sítio Web")
_TITLED_TERM = lazy(regex, 
    r"(?<![\p{L}\p{M}'’-])\p{Lu}\p{Ll}+(?:(?:[ \u00a0]\p{Ll}{1,3})?[ \u00a0]\p{Lu}\p{Ll}+)+(?![\p{L}\p{M}'’-])")


def _written_lower(text: str, positions, low: str) -> bool:
    """The text writes the word in lower case somewhere, itself or with or without a plural ending,
    or, for a word of five letters or more, with another final vowel of a Romance inflection
    ("Difettosi" beside "difettoso", "Ativas" beside "ativa")."""
    forms = {low, low + "s", low + "es", low[:-1] if low.endswith("s") else low, low[:-2] if low.endswith("es") else low}
    stem = low[:-1] if low.endswith("s") else low
    if len(stem) >= 5 and stem[-1] in "aeio":
        forms.update(stem[:-1] + v + s for v in "aeio" for s in ("", "s"))
    return any(text[p : p + len(f)].islower() for f in forms for p in positions.get(f, ()))


def _title_case_terms(doc: Document, target: Profile) -> Iterator[Hit]:
    """A term in English title case in running text ("los siguientes Términos y Condiciones",
    "las Partes Contratantes") whose every capitalised word the text also writes in lower case: the
    text's own usage says the capitals are English, not a name's. The first word of a sentence
    keeps its capital; names, institutions and headings are left to the other checks."""
    if "titles" in target.capitalises or "nouns" in target.capitalises or "titles" not in _imposed().capitalises:
        return
    text = doc.text
    starts = {s.offset for s in doc.segments}
    names, cap = gazetteer(target.code), capitalized(target.code)
    heads = word_list(f"{target.code}/institution_heads.txt")
    positions = doc.word_positions
    function = word_list(f"{target.code}/function_words.txt")
    lower_text = None
    lower_seen: dict[str, bool] = {}

    def written_lower(low: str) -> bool:
        if low not in lower_seen:
            lower_seen[low] = _written_lower(text, positions, low)
        return lower_seen[low]

    for m in _TITLED_TERM.finditer(text):
        words = [(w.start(), w.group()) for w in regex.finditer(r"\p{Lu}\p{Ll}+", m.group())]
        first_free = m.start() in starts or after_opening(text, m.start(), starts) or _line_opening(text, m.start()) \
            or words[0][1].lower() in function
        capitals = words[1:] if first_free else words
        if len(capitals) < 2 or words[0][1].lower() in heads:
            continue  # "Ministerio de Economía", "Tribunal Supremo": an institution's name
        lows = [w.lower() for _, w in capitals]
        if any(low in names or low in cap or zipf(low, target.code) < TITLE_WORD_ZIPF or not written_lower(low) for low in lows):
            continue
        if lower_text is None:
            lower_text = _lower_case_runs(text)
        if text[m.start() + capitals[0][0] : m.end()].lower() not in lower_text:
            continue  # the text never writes the term in lower case: a name ("Plaza del Mercado", "Palacio Real")
        if regex.match(r"[ \u00a0]+\p{Lu}", text[m.end() : m.end() + 2]) or text[m.end() : m.end() + 1] == "\n" and first_free:
            continue  # more capitals after it (a name), or a heading of its own line
        a = m.start() + capitals[0][0]
        fixed = text[a : m.end()].lower() if not first_free else None
        yield Hit(a, m.end(), f"\"{text[a : m.end()]}\" is in English title case; {target.name} writes these words in lower case, "
                  "as this text does elsewhere", fixed, {"language": target.code, "words": [w for _, w in capitals]}, Severity.INFO)


#: two capitalised words ("Comité Ministériel"), and a capitalised word before a lower-case one ("Comité ministériel")
_TWO_CAPITALISED = lazy(regex, r"(?<![\p{L}\p{M}'’-])(\p{Lu}\p{Ll}+)[ \u00a0](\p{Lu}\p{Ll}{3,})(?![\p{L}\p{M}'’-])")
_CAPITALISED_LOWER = lazy(regex, r"(?<![\p{L}\p{M}'’-])(\p{Lu}\p{Ll}+)[ \u00a0](\p{Ll}{4,})(?![\p{L}\p{M}'’-])")
#: a capitalised word and a particle before a pair: the pair ends a name ("Santa Hija de Muchas Flores")
_NAME_PARTICLE_BEFORE = lazy(regex, r"\p{Lu}\p{Ll}+[ \u00a0]\p{Ll}{1,3}[ \u00a0]$")


def _recapitalised_terms(doc: Document, target: Profile) -> Iterator[Hit]:
    """In a language that writes the words after the first of a name or a title in lower case
    (`lower_case_name_words` in data/<lang>/surface.toml: French), a word capitalised after a
    capitalised one ("le Comité Ministériel") where the text also writes the same pair with that word in
    lower case ("le Comité ministériel"): the text's own usage shows English title case. Not a word the
    language capitalises or a name of the gazetteer, not after a function word ("Le Contrat": a defined
    term), nor a pair that a capitalised word follows or a name's particle precedes (a longer name)."""
    if not surface_settings(target.code).get("lower_case_name_words"):
        return
    text = doc.text
    lowered = {(m.group(1), m.group(2)) for m in _CAPITALISED_LOWER.finditer(text, overlapped=True)}
    if not lowered:
        return
    names, cap = gazetteer(target.code), capitalized(target.code)
    function = word_list(f"{target.code}/function_words.txt")
    for m in _TWO_CAPITALISED.finditer(text, overlapped=True):
        first, second = m.group(1), m.group(2)
        low = second.lower()
        if (first, low) not in lowered or first.lower() in function or low in cap or low in names:
            continue
        if regex.match(r"[ \u00a0]\p{Lu}", text[m.end() : m.end() + 2]) or _NAME_PARTICLE_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            continue
        yield Hit(m.start(2), m.end(2), f"\"{second}\" is capitalised in \"{m.group()}\", which this text also writes \"{first} {low}\": "
                  f"English title case", low, {"language": target.code, "lower_case_form": f"{first} {low}"}, Severity.INFO)


@lru_cache(maxsize=None)
def _label_after_noun(lang: str):
    """An interface noun of data/<lang>/label_nouns.txt, maybe a quotation mark, and a label of two or
    more capitalised words, a short lower-case word between two of them at most ("botão “Adicionar ao
    Carrinho”", "página Seus Pedidos"); None where the language lists no such nouns."""
    nouns = word_list(f"{lang}/label_nouns.txt")
    if not nouns:
        return None
    alternatives = "|".join(regex.escape(n) for n in sorted(nouns, key=len, reverse=True))
    return regex.compile(rf"(?i:{alternatives})[ \u00a0]+[“\"«]?[ \u00a0]?"
                         rf"(\p{{Lu}}\p{{Ll}}+(?:[ \u00a0](?:\p{{Ll}}{{1,3}}[ \u00a0])?\p{{Lu}}\p{{Ll}}+)+)(?![\p{{L}}\p{{M}}])")


def _title_case_labels(doc: Document, target: Profile) -> Iterator[Hit]:
    """A label of an interface in English title case after the noun that names it ("clicar no botão
    “Adicionar ao Carrinho”", "Vá para a página Seus Pedidos"), where the language writes labels and
    headings in sentence case: every capitalised word after the first an ordinary word of the
    language, not a name (data/<lang>/label_nouns.txt)."""
    if "titles" in target.capitalises or "nouns" in target.capitalises or "titles" not in _imposed().capitalises:
        return
    pattern = _label_after_noun(target.code)
    if pattern is None:
        return
    names, cap, brand = gazetteer(target.code), capitalized(target.code), brands()
    institutions, places = word_list(f"{target.code}/institution_heads.txt"), word_list(f"{target.code}/place_heads.txt")
    text = doc.text
    for m in pattern.finditer(text):
        if m.start() and (text[m.start() - 1].isalpha() or unicodedata.category(text[m.start() - 1]).startswith("M")):
            continue  # the noun ends another word ("Homepage Seus")
        label = m.group(1)
        words = regex.findall(r"\p{Lu}\p{Ll}+", label)
        rest = [w.lower() for w in words[1:]]
        if label.lower() in names or words[0].lower() in institutions or words[0].lower() in places:
            continue  # a place's or an institution's name ("a página Rio Grande do Sul", "la page Ministère de la Santé")
        if any(w in names or w in cap or w in brand or zipf(w, target.code) < TITLE_WORD_ZIPF for w in rest):
            continue  # a name ("a página Rio Grande"), or English left in ("a scheda Account Dashboard"): not this check's
        first, tail = label[: len(words[0])], label[len(words[0]) :]
        yield Hit(m.start(1), m.end(1), f"interface label \"{label}\" in English title case; {target.name} capitalises only its first word",
                  first + tail.lower(), {"language": target.code, "words": words[1:]}, Severity.INFO)


def _lower_case_runs(text: str) -> str:
    """The text with every run of words that holds a capital blanked out, for finding a term written
    all in lower case ("términos y condiciones") by a plain substring search."""
    return regex.sub(r"\S*\p{Lu}\S*", "\x00", text)


#: a list marker, a section number or a symbol opening a line before a word ("1.3 ", "§ 2 ", "- ")
_LINE_OPENING = lazy(regex, r"(?:^|\n)[ \t]*(?:[-•*§]+[ \t]*)?(?:\(?\d+(?:\.\d+)*[.)]?[ \t]+)?$")


def _line_opening(text: str, pos: int) -> bool:
    return bool(_LINE_OPENING.search(text, max(0, pos - 16), pos))


def _quote_span(text: str, start: int, close: str) -> int:
    """End of the quotation opened at ``start`` (after its closing mark), or just the mark."""
    para_end = text.find("\n\n", start)
    limit = min(len(text), start + 400, para_end if para_end != -1 else len(text))
    j = text.find(close, start + 1, limit)
    return j + 1 if j != -1 else start + 1


def _quotes(doc: Document, target: Profile) -> Iterator[Hit]:
    imposed = _imposed()
    own_open = target.opening_quotes
    inner = {a: b for a, b in target.inner_quotes}
    foreign = {a: b for a, b in imposed.quotes if not a.isascii() and (a not in own_open or a in inner)}
    usual = target.quotes[0] if target.quotes else None
    if usual and target.straight_quotes_foreign and usual[0] not in doc.distinct_chars \
            and doc.text.count('"') >= 2 * target.straight_quotes_foreign:
        # straight quotes where the language never uses them (beside its own: TQ203); in German,
        # only a text that quotes so again and again: a writer's keyboard gives one now and then
        foreign['"'] = '"'
    if not foreign:
        return
    text = doc.text
    outer_open = {a for a, _ in target.quotes if a not in inner}
    outer_close = {b for a, b in target.quotes if a not in inner}
    for ch in foreign.keys() & doc.distinct_chars:
        close = foreign[ch]
        for m in re.finditer(re.escape(ch), text):
            i = m.start()
            prev = text[i - 1] if i else " "
            nxt = text[i + 1] if i + 1 < len(text) else " "
            if not (prev.isspace() or prev in "([{—–/") or nxt.isspace():
                continue  # not an opening mark ("it‘s", or a closing „…“ in German)
            if ch in inner:
                # allowed inside an outer quotation of the language: count the outer marks before it
                para = text.rfind("\n\n", 0, i) + 1
                chunk = text[para:i]
                depth = sum(chunk.count(a) for a in outer_open if not a.isascii()) - sum(
                    chunk.count(b) for b in outer_close if not b.isascii() and b not in outer_open
                )
                if depth > 0:
                    continue
            end = _quote_span(text, i, close)
            inside = text[i + 1 : end - 1] if end - i > 1 else None
            suggestion = None
            if usual is not None and inside is not None and end - i > 1:
                pad = "\u00a0" if target.space_inside_quotes else ""
                suggestion = f"{usual[0]}{pad}{inside.strip()}{pad}{usual[1]}"
            yield Hit(
                i, end, f"English quotation marks {ch}{close} in {target.name} text; {target.name} uses {usual[0]}…{usual[1]}"
                if usual else f"English quotation marks {ch}{close} in {target.name} text",
                suggestion, {"mark": ch, "language": target.code},
            )


#: a quotation opened with the low mark „ and closed with ” on one line ("Berghotel „Encián”")
_LOW_OPENED_RIGHT_CLOSED = lazy(re, r"„([^„“”\"\n]{1,150})”")


def _low_quotes_closed_right(doc: Document, target: Profile) -> Iterator[Hit]:
    """„…” (Polish, Hungarian or Romanian style) in a language that closes „ with “ (German „…“)."""
    own = dict(target.quotes)
    if own.get("„") in (None, "”") or not {"„", "”"} <= doc.distinct_chars:
        return
    close = own["„"]
    for m in _LOW_OPENED_RIGHT_CLOSED.finditer(doc.text):
        yield Hit(m.start(), m.end(), f"quotation marks „…” (Polish, Hungarian or Romanian style) in {target.name} text; {target.name} closes „ with {close}",
                  f"„{m.group(1)}{close}", {"mark": "„”", "language": target.code})


def _space_inside_quotes(doc: Document, target: Profile) -> Iterator[Hit]:
    """French « … »: a (narrow) no-break space inside the marks, which English sets tight."""
    if not target.space_inside_quotes or _imposed().space_inside_quotes or not target.quotes:
        return
    opening, closing = target.quotes[0]
    if opening == closing or opening not in doc.distinct_chars:
        return
    text = doc.text
    for m in re.finditer(re.escape(opening), text):
        i = m.start()
        j = text.find(closing, i + 1, min(len(text), i + 600))
        if j == -1 or opening in text[i + 1 : j]:
            continue
        tight_open = not text[i + 1].isspace()
        tight_close = not text[j - 1].isspace()
        if not (tight_open or tight_close) or j == i + 1:
            continue
        inside = text[i + 1 : j].strip()
        yield Hit(
            i, j + 1, f"{target.name} puts a (narrow) no-break space inside {opening} {closing}",
            f"{opening}\u202f{inside}\u202f{closing}", {"language": target.code},
        )


_COMMA_IN_QUOTE = lazy(regex, r"(?<=\w),([\"”»“’])(?= +(?:\p{Ll}|[“«‘]\p{L}))")


def _comma_inside_quotes(doc: Document, target: Profile) -> Iterator[Hit]:
    """A comma inside the closing quotation mark where the sentence goes on ("boscosa,” ha detto")."""
    if target.comma_inside_quotes or not _imposed().comma_inside_quotes or "," not in doc.distinct_chars:
        return
    closing = {b for _, b in target.quotes} | {b for _, b in _imposed().quotes}
    for m in _COMMA_IN_QUOTE.finditer(doc.text):
        mark = m.group(1)
        if mark not in closing:
            continue
        if mark == '"':
            para = doc.text.rfind("\n", 0, m.start()) + 1
            if doc.text.count('"', para, m.start()) % 2 == 0:
                continue  # no quotation is open: this straight quote opens one ("emergenza," ogni)
        yield Hit(
            m.start(), m.end(), f"comma inside the closing quotation mark, as in English; {target.name} puts it after",
            f"{mark},", {"mark": mark, "language": target.code},
        )


def _space_before(doc: Document, target: Profile) -> Iterator[Hit]:
    marks = "".join(ch for ch in target.space_before if ch not in _imposed().space_before)
    if not marks:
        return
    text = doc.text
    for ch in set(marks) & doc.distinct_chars:
        for m in re.finditer(re.escape(ch), text):
            i = m.start()
            if i == 0:
                continue
            prev = text[i - 1]
            nxt = text[i + 1] if i + 1 < len(text) else " "
            if prev.isspace() or prev in marks or not (prev.isalnum() or prev in ")]»”’\"'"):
                continue  # a space is there (any width), or a run "?!" reported once
            if not (nxt.isspace() or nxt in "»”)]\"'" or nxt in marks):
                continue  # "10:30", "http://", "?id=3", ":)": not punctuation of the sentence
            a = text.rfind(" ", 0, i) + 1
            chunk = text[a : i + 1]
            if _URLISH.search(chunk) or any(c.isdigit() for c in chunk[:-1]) and ch == ":":
                continue
            k = i
            while k + 1 < len(text) and text[k + 1] in marks:
                k += 1
            yield Hit(
                i - 1, k + 1, f"{target.name} puts a (narrow) no-break space before \"{ch}\"",
                f"{prev}\u202f{text[i:k + 1]}", {"mark": ch, "language": target.code},
            )


def _inverted_marks(doc: Document, target: Profile) -> Iterator[Hit]:
    """Spanish: a question without its opening ¿, an exclamation without its opening ¡ (English has none)."""
    if not target.inverted_marks or _imposed().inverted_marks or not doc.distinct_chars & {"?", "!"}:
        return
    text = doc.text
    for mark, opener, kind in (("?", "¿", "question"), ("!", "¡", "exclamation")):
        if mark not in doc.distinct_chars:
            continue
        for seg in doc.segments:
            start = seg.offset
            for m in re.finditer(re.escape(mark), text[seg.offset : seg.end_offset]):
                q = seg.offset + m.start()
                clause = text[start:q]
                start = q + 1
                if opener in clause or not clause.strip() or text[q - 1 : q] in ("(", "?", "!", " "):
                    continue  # an opening mark, "(?)", "??", "?!", " ?"
                if text[q + 1 : q + 2].isalnum() or _URLISH.search(text[max(seg.offset, q - 40) : q + 2]):
                    continue  # "index.php?id=3": not a question
                # it starts after the last sentence mark, colon or opening quote of the clause
                head = max(clause.rfind(c) for c in ".!?:;«“\"\n") + 1
                words = [w for w in clause[head:].split() if w]
                if len(words) < 2 or not any(ch.isalpha() for ch in clause[head:]):
                    continue
                yield Hit(
                    q, q + 1, f"{kind} without its opening {opener}: {target.name} opens {kind}s with {opener}",
                    None, {"language": target.code, kind: clause[head:].strip()[:80]},
                )


_DECIMAL = lazy(re, r"(?<![\w.,:/\-])(\d{1,3})\.(\d{1,2})(?![\d.,:/\-]|\.\d)(\s*)(%|[^\W\d_]+(?: [^\W\d_]+)?)?")


def _decimals(doc: Document, target: Profile) -> Iterator[Hit]:
    own, english = target.decimal, _imposed().decimal
    if own == english or english != ".":
        return
    after = word_list(f"{target.code}/magnitudes.txt")
    text = doc.text
    region = "-" in target.locale
    weak = not region and varies(target.code, "decimal")
    for m in _DECIMAL.finditer(text):
        unit = m.group(4)
        if unit is None:
            continue
        if unit != "%" and unit.lower() not in after and unit.split(" ")[0].lower() not in after:
            continue  # "versión 3.5 de", "las 10.30 horas" aside: only a number of something
        if unit != "%" and not m.group(3):
            continue
        seg = doc.segment_at(m.start())
        lo = seg.offset if seg else 0
        if _URLISH.search(text[max(lo, m.start() - 20) : m.start()]) or re.search(r"(?i)\bv(?:ersi\w*)?\.? *$", text[max(lo, m.start() - 12) : m.start()]):
            continue
        number = f"{m.group(1)}{own}{m.group(2)}"
        yield Hit(
            m.start(), m.end(2),
            f"decimal point in {target.name} ({target.locale}) text, which writes decimals with \"{own}\""
            + (" in most countries" if weak else ""),
            number, {"decimal": own, "locale": target.locale}, Severity.INFO if weak else None,
        )


#: a number grouped in thousands with commas, English style ("110,000", "1,250,000", "2,500.50")
_COMMA_GROUPS = lazy(re, r"(?<![\w.,:/\-])(?<!\d[ \u00a0\u202f])(\d{1,3})((?:,\d{3})+)(\.\d{1,2})?(?!\d|,\d|\.\d|\s?°)")
_CURRENCY_MARKS = "$€£¥"


def _thousands(doc: Document, target: Profile) -> Iterator[Hit]:
    """Thousands grouped with commas ("$110,000") where the locale's decimal mark is the comma: a
    reader takes "60,000" for sixty. Only where the number cannot be a decimal: two groups or
    more ("1,250,000"), an English decimal part ("2,500.50"), a round group ("60,000") or an
    amount of money ("$109,465": no currency has three decimals)."""
    own, english = target.decimal, _imposed().decimal
    if own != "," or english != "." or "," not in doc.distinct_chars:
        return
    grouping = _own_grouping(target)
    weak = "-" not in target.locale and varies(target.code, "decimal")
    text = doc.text
    for m in _COMMA_GROUPS.finditer(text):
        groups = m.group(2)
        before = text[max(0, m.start() - 4) : m.start()].rstrip(" \u00a0")
        after = text[m.end() : m.end() + 2].lstrip(" \u00a0")
        money = before[-1:] in _CURRENCY_MARKS or after[:1] in _CURRENCY_MARKS
        if not (groups.count(",") > 1 or m.group(3) or groups.endswith(",000") or money):
            continue
        if _URLISH.search(text[max(0, m.start() - 20) : m.start()]):
            continue
        number = m.group(1) + groups.replace(",", grouping) + (m.group(3) or "").replace(".", own)
        yield Hit(
            m.start(), m.end(),
            f"thousands grouped with commas, as English does; {target.name} ({target.locale}) writes "
            f"\"{number}\"" + (" in most countries" if weak else "") + " and reads a comma as the decimal mark",
            number, {"decimal": own, "locale": target.locale}, Severity.INFO if weak else None,
        )


def _own_grouping(target: Profile) -> str:
    """The thousands separator of the target's locale (CLDR): "." in es, de, it, pt; a no-break space in fr."""
    from ..cldr import number_symbols

    symbols = number_symbols(target.locale) or number_symbols(target.code)
    return symbols[1] if symbols else "."


_CURRENCY_FIRST = lazy(re, r"(?<![\w$€£¥])(US\$|[$€£¥])\s?(\d[\d.,\u00a0\u202f]*\d|\d)(?:\s?(%|[^\W\d_]+))?")


def _currency(doc: Document, target: Profile) -> Iterator[Hit]:
    """A currency symbol before the amount ("$50", "£52.000") where the locale writes it after ("50 $")."""
    if surface_settings(target.code).get("currency_symbol_either_side", False):
        return  # Italian: "€ 80" and "80 €" alike
    own = currency_first(target.locale)
    own = currency_first(target.code) if own is None else own
    if own is None or own or not currency_first(IMPOSED):
        return
    chars = doc.distinct_chars
    if not chars & set(_CURRENCY_MARKS):
        return
    weak = "-" not in target.locale and varies(target.code, "currency")
    text = doc.text
    for m in _CURRENCY_FIRST.finditer(text):
        if _URLISH.search(text[max(0, m.start() - 20) : m.start()]):
            continue
        symbol, word = m.group(1), m.group(3)
        end = m.end(2)
        if word and word.lower() in word_list(f"{target.code}/magnitudes.txt"):
            end = m.end(3)  # "$3,5 millones" -> "3,5 millones $"
        amount_text = text[m.start(2) : end]
        yield Hit(
            m.start(), end,
            f"currency symbol before the amount; {target.name} ({target.locale}) writes it after: \"{amount_text}\u00a0{symbol}\""
            + (" in most countries" if weak else ""),
            f"{amount_text}\u00a0{symbol}", {"symbol": symbol, "locale": target.locale}, Severity.INFO if weak else None,
        )


@lru_cache(maxsize=None)
def _month_date(lang: str) -> re.Pattern:
    """A month name (CLDR, the language's and English, any case) before a day, a comma and a year: "March 17, 2020"."""
    from ..cldr import months

    names = {m for code in (lang, IMPOSED) for m in months(code) if len(m) > 2}
    # and English's three-letter abbreviations, with or without their full stop ("Nov 24, 2025")
    names |= {m[:3] + "." for m in months(IMPOSED)} | {m[:3] for m in months(IMPOSED)}
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w])(?i:({alternatives})) ([0-3]?\d)(?:st|nd|rd|th)?, ((?:1[89]|20)\d\d)(?!\d)")


def _english_dates(doc: Document, target: Profile) -> Iterator[Hit]:
    """A date in English order ("March 17, 2020", "Gennaio 9, 2026"): month, day, comma, year, where
    the language writes the day first ("17 mars 2020", "9 gennaio 2026")."""
    from ..cldr import months

    own = {m.lower() for m in months(target.code)}
    english_only = ({m.lower() for m in months(IMPOSED)} | {m[:3].lower() for m in months(IMPOSED)} | {m[:3].lower() + "." for m in months(IMPOSED)}) \
        - own - {m[:3] for m in own} - {m[:3] + "." for m in own}
    for m in _month_date(target.code).finditer(doc.text):
        month, day, year = m.groups()
        what = "an English date left in" if month.lower() in english_only else "a date in English order"
        yield Hit(m.start(), m.end(), f"{what}: {target.name} writes the day first, without a comma (\"{day} … {year}\")", None,
                  {"language": target.code, "month": month})


@lru_cache(maxsize=None)
def _day_month(lang: str) -> re.Pattern:
    """A day's number and a month's name (CLDR, the language's) after it, with no full stop between: "27 April"."""
    from ..cldr import months

    alternatives = "|".join(re.escape(n) for n in sorted(months(lang), key=len, reverse=True))
    return re.compile(rf"(?<![\w.,:/-])([0-3]?\d) ({alternatives})(?![\w-])")


def _days_without_dots(doc: Document, target: Profile) -> Iterator[Hit]:
    """A day before its month without the ordinal's full stop ("27 April – 30 April", "am 5 Mai"), where
    the language writes ordinals with one ("27. April": `ordinal_dot` in data/<lang>/surface.toml)."""
    if not surface_settings(target.code).get("ordinal_dot"):
        return
    for m in _day_month(target.code).finditer(doc.text):
        if 1 <= int(m.group(1)) <= 31:
            yield Hit(m.start(), m.end(), f"\"{m.group()}\": {target.name} writes the day as an ordinal, with a full stop",
                      f"{m.group(1)}. {m.group(2)}", {"language": target.code, "mark": "."})


#: an em dash between two words with no space on either side ("comportarsi—fino"): English typography
_TIGHT_EM_DASH = lazy(regex, r"(?<=\p{Ll}{2}[”\"»’]?)—(?=[“\"«‘]?\p{L}{2})")


def _tight_em_dashes(doc: Document, target: Profile) -> Iterator[Hit]:
    """An em dash set close between two words, as English sets it, where the language spaces its dashes
    (or, in Spanish and Portuguese, sets the raya close on the inner side only: "—dijo—")."""
    if "—" not in doc.distinct_chars:
        return
    for m in _TIGHT_EM_DASH.finditer(doc.text):
        yield Hit(m.start(), m.end(), f"an em dash with no space on either side (English typography); {target.name} spaces it",
                  " – " if target.code in ("de", "fr", "it") else None, {"mark": "—", "language": target.code}, Severity.INFO)


#: an em dash with a space on each side between two words ("auf — nicht"), the line's first dash not opening it
_SPACED_EM_DASH = lazy(regex, r"(?<=\p{L}[,”\"»’)]?) — (?=[„“\"«‘]?\p{L})")


@lru_cache(maxsize=None)
def _serial_comma_pattern(lang: str) -> re.Pattern | None:
    """", item, and " before the next word, the item of one to three words ("oxigênio, e luz"), for the
    language's conjunctions (data/coordinating_conjunctions.tsv, less the negative ones)."""
    words = _joining_conjunctions(lang)
    if not words:
        return None
    return regex.compile(r"(?<=[\p{L}\d]), ((?:[\p{L}\d'’-]+ ){0,2}[\p{L}\d'’-]+), (?:" + "|".join(words) + r") (?=[\p{L}\d])")


def _serial_commas(doc: Document, target: Profile) -> Iterator[Hit]:
    """A comma before the conjunction that ends a list ("umidade, oxigênio, e luz", "8079, ou 8021"):
    the English serial comma, in a language that writes none there (`serial_comma = false` in
    data/<lang>/surface.toml). Not after an item that a function word opens or a capital ("em
    Lisboa, e", "el alcalde, Juan Pérez, y"): an aside or an apposition that the comma closes."""
    lang = target.code
    if surface_settings(lang).get("serial_comma", True) or ", " not in doc.text:
        return
    pattern = _serial_comma_pattern(lang)
    if pattern is None:
        return
    function = word_list(f"{lang}/function_words.txt")
    for m in pattern.finditer(doc.text):
        item = m.group(1)
        if item[0].isupper() or item.split(" ", 1)[0].lower() in function:
            continue
        comma = m.end(1)
        yield Hit(comma, comma + 1, "a comma before the conjunction that ends a list is English punctuation; "
                  f"{target.name} writes none", "", {"language": lang, "item": item})


def _spaced_em_dashes(doc: Document, target: Profile) -> Iterator[Hit]:
    """A spaced em dash between two words ("es stieg ein Geruch auf — nicht gerade angenehm") in a
    language that sets its dash of parenthesis as a spaced en dash (surface.toml: ``spaced_dash``;
    German, Duden's Gedankenstrich): the em dash is the typography of the source (English, Russian)."""
    dash = surface_settings(target.code).get("spaced_dash")
    if dash != "–" or "—" not in doc.distinct_chars:
        return
    for m in _SPACED_EM_DASH.finditer(doc.text):
        yield Hit(m.start() + 1, m.end() - 1, f"a spaced em dash (the typography of English or Russian); {target.name} sets a spaced en dash",
                  "–", {"mark": "—", "language": target.code}, Severity.INFO)


@rule("TQ207", "target-convention", "warning", "An English convention in a text of another language (capitals, quotes, spacing, decimals).")
def target_convention(doc: Document) -> Iterator[Hit]:
    """
    ## What it does
    Compares the text with its language's profile (`data/<lang>/profile.toml` and the word lists
    beside it) and flags what English does that the target language does not:

    - a capital on a weekday, month, nationality (or a continent's adjective: "aeroporti Europei",
      `data/<lang>/continents.txt`), language or religion ("mélange de Bouddhisme, Taoïsme":
      `data/<lang>/religions.txt`) mid-sentence in Spanish, French, Italian or Portuguese, the items
      of a list after one so flagged included (French capitalises nouns of nationality, "les Américains", so there
      only the adjective is flagged: "le gouvernement Américain", and the noun in lower case after a
      plural determiner: "les américains"; French keeps such an adjective in lower case inside an
      organisation's name too, "l'Union Européenne", where Spanish and Portuguese capitalise it:
      `lower_case_name_adjectives` in `data/<lang>/surface.toml`), and a month in a date written with numbers wherever it
      stands ("viens à nous 15 Janvier", "Population (Janvier 2021)", "2024, Giugno", also a month
      that is a given name: "LE FILM 2024, Mai"; not a date
      after a capitalised word, which names a street or a holiday: "Place du 11 Novembre", nor
      one after a definite article with no year, a holiday's name: "desde o 25 de Abril");
    - a title or rank capitalised before a person's name in running text, where the language
      writes it in lower case ("la muerte del Emperador Meiji", "dell'Imperatore Saga", "o
      Arcebispo Henryk": `data/<lang>/titles_before_names.txt`; not before a common word, "General
      Motors");
    - a noun of time or count capitalised after a number ("Temps de repos: 3 Heures", "50 Giorni
      prima dell'arrivo": `data/<lang>/measure_nouns.txt`);
    - a compass point with a capital ("en el Oeste") in a text that writes the others in lower
      case ("en el norte"); names ("Corea del Sur") are left alone;
    - a heading in English title case ("Política de Reembolso", "Bem-vindo ao Mundo das Cadeias",
      "Guida Completa alla Visita del Santuario Jishu, Kyoto") when the text writes those
      words in lower case elsewhere (or inflected: "Prodotti Difettosi" beside "un prodotto difettoso")
      or, in a heading that opens with an ordinary word and holds a
      function word or has two or three words only, when they are ordinary words of the language
      ("Envíos y Entregas", "Observações Especiais"; not a landmark's name after its article, "La
      Gran Muralla", nor a heading with a country's, a given or an English name: "País Rusia",
      "Apple Watch"), a name
      keeping its capital beside two such words ("O Cenário Espetacular da Ilha de Santorini"); a name
      the text also uses so in mid-sentence ("la compétition provinciale Série Club") and names
      of institutions, events and laws are not headings (`data/<lang>/institution_heads.txt`:
      "Ministerio de Economía", "Presidente da Autoridade Nacional Palestiniana"), nor are places'
      names (`data/<lang>/place_heads.txt`: "Parque das Ribeiras do Rio Uíma", "Estação Ferroviária de
      Rio Tinto"), platforms' names (`data/brands.txt`: "Facebook e Instagram") and the newspaper or
      author a byline names ("Publié le" / "Midi Libre": `data/<lang>/byline_words.txt`); an acronym
      among a heading's words is a name ("Convertir PDFs"); a label that opens a
      line, in brackets or before a colon and its text, is a heading too ("[Controle por Voz]– Ativa",
      "Condizione Esterna: superficie") (info);
    - English title case inside a line: a capitalised function word before an ordinary word
      ("Tipo Di Utente", "Abilita Notifiche E Avvisi"; not "Kevin De Bruyne", "La Paz", nor an
      institution's name: "Centro Cultural La Paz") (info), or a term of two capitalised words or
      more that the text also writes all in lower case ("los siguientes Términos y Condiciones"
      beside "estos términos y condiciones"; not "Plaza del Mercado", which it never does), or a
      word capitalised after a capitalised one where the text also writes the pair with it in lower
      case, in French, which writes the words after a name's first in lower case ("le Comité
      Ministériel" beside "le Comité ministériel"; `lower_case_name_words`) (info),
      or an interface's label of two capitalised words or more after the noun that names it ("clique
      no botão “Adicionar ao Carrinho”": `data/<lang>/label_nouns.txt`; not a place's name) (info);
    - a lower-case noun right after an article in German ("die häuser");
    - „…” (the Polish, Hungarian and Romanian pair) in German, which closes „ with “;
    - English quotation marks where the language uses others: “…” in German (use „…“), “…” on its
      own in French (use « … »; “…” is for quotes inside quotes), and straight quotes "…" in French
      and, where a text quotes so twice or more, in German (`straight_foreign` in
      `data/<lang>/profile.toml`: one pair is a German writer's keyboard as often as a translation);
    - (months are left alone in a Portuguese text written in the spelling from before 1990, which
      capitalised them: two words of `data/pt/pre_reform_spellings.txt`, "objectivo", "projecto");
    - a comma before the conjunction that ends a list ("umidade, oxigênio, e luz", "8079, ou 8021"),
      the English serial comma, in Spanish, French, Italian and Portuguese (`serial_comma` in
      `data/<lang>/surface.toml`; not after an aside or an apposition: "em Lisboa, e", "Jean Dupont, et");
    - a comma inside the closing quotation mark where the sentence goes on (“boscosa,” ha detto;
      “Piscar,” “brilho fantasma”; the comma goes after the mark);
    - no space inside « … » in French («non» for « non »);
    - no space before `; : ! ?` in French (a narrow no-break space is right; a plain space is
      accepted and not reported);
    - a question without its opening ¿ in Spanish ("Qué pasó?"), an exclamation without its ¡
      ("aún no ha terminado!");
    - a decimal point in a number of something ("3.5 millones", "4.5 %") in a locale with a
      decimal comma (es-ES, fr, de, it, pt; not es-MX). Versions, times, dates and addresses are
      left alone; without a region the finding is info where other countries differ;
    - thousands grouped with commas ("$110,000", "60,000 volontari") in a locale whose decimal mark
      is the comma, where the number cannot be a decimal: two groups or more, an English decimal
      part, a round thousand or an amount of money (no currency has three decimals; "1,500 metros"
      may be one and a half and is left alone);
    - a currency symbol before the amount ("$50", "£52.000") in a locale that writes it after
      ("50 $": es-ES, fr, de-DE, pt-PT; not es-MX or pt-BR, nor Italian, whose shops and
      newspapers write "€ 80" as often as "80 €": `currency_symbol_either_side` in its `surface.toml`);
    - a date in English order, month first with a comma ("Gennaio 9, 2026", "Nov 24, 2025", or an English date
      left in: "March 17, 2020"; CLDR month names);
    - in German, a day before its month without the ordinal's full stop ("27 April – 30 April": `ordinal_dot`
      in `data/<lang>/surface.toml`);
    - an em dash set close between two words ("comportarsi—fino", "padrão—“funciona"), as English sets it, and
      in German a spaced em dash between words ("ein Geruch auf — nicht"), where German spaces an en
      dash (`spaced_dash` in `data/<lang>/surface.toml`) (info).

    Words that are also names ("Julio", "Domingo") are flagged only in a date, and a
    capitalised word inside a run of capitals is taken for a name ("Banco Español").

    ## Why is this bad?
    Each one is a mark of a translation from English that no native editor would leave.

    ## Example
    Spanish: `El Lunes llegaron los Americanos con 3.5 millones de dólares.`

    Use instead: `El lunes llegaron los americanos con 3,5 millones de dólares.`

    French: `Le gouvernement Américain a dit “non”: il attend.`

    Use instead: `Le gouvernement américain a dit « non » : il attend.`

    German: `Wir haben die häuser gesehen und “Danke” gesagt.`

    Use instead: `Wir haben die Häuser gesehen und „Danke“ gesagt.`
    """
    target = doc.profile
    if target is None or target.code == IMPOSED:
        return
    for check in (_capitalised_words, _titles_before_names, _capitalised_measures, _nationality_nouns, _title_case_headings, _title_case_phrases, _title_case_terms, _recapitalised_terms, _title_case_labels, _directions, _lowercase_nouns,
                  _quotes, _low_quotes_closed_right, _space_inside_quotes, _comma_inside_quotes, _space_before, _inverted_marks, _decimals, _thousands, _currency,
                  _english_dates, _days_without_dots, _tight_em_dashes, _spaced_em_dashes, _serial_commas):
        yield from check(doc, target)


# ------------------------------------------------------------------------------------------------
# Language-neutral checks for text in Chinese, Japanese or Korean script (they run on any target,
# with or without a profile; on text without such characters they find nothing).

#: Han ideographs, kana, Hangul syllables (and the CJK punctuation block)
_CJK = lazy(regex, r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
#: scripts that set CJK punctuation full width (Korean uses the ASCII marks)
_HAN_KANA = lazy(regex, r"[\p{Han}\p{Hiragana}\p{Katakana}]")
_LATIN_RUN = lazy(regex, r"(?<![A-Za-z0-9_@./:#\-])[a-z]{8,}(?![A-Za-z0-9_@/\-]|\.[A-Za-z])")
#: minimum English Zipf frequency of each part of a glued run (two-letter parts: 5.5, "of", "to")
_PART_ZIPF, _SHORT_PART_ZIPF = 3.5, 5.5


def _cjk_share(doc: Document) -> float:
    """CJK characters among CJK characters and Latin words (one character is about one word)."""
    cjk = len(_CJK.findall(doc.text))
    latin = len(re.findall(r"[A-Za-z]+", doc.text))
    return cjk / (cjk + latin) if cjk + latin else 0.0


@lru_cache(maxsize=20_000)
def _english_split(word: str) -> tuple[str, ...] | None:
    """The split of an unknown run into two or three common English words ("machinelearning"), or None."""
    from ..lexicon import zipf

    if zipf(word, "en") > 0:
        return None

    def ok(part: str) -> bool:
        z = zipf(part, "en")
        return (len(part) >= 3 and z >= _PART_ZIPF) or (len(part) == 2 and z >= _SHORT_PART_ZIPF)

    best: tuple[float, tuple[str, ...]] | None = None
    n = len(word)
    for i in range(2, n - 1):
        a = word[:i]
        if not ok(a):
            continue
        rest = word[i:]
        options = [(rest,)] if ok(rest) else []
        options += [(rest[:j], rest[j:]) for j in range(2, len(rest) - 1) if ok(rest[:j]) and ok(rest[j:])]
        for tail in options:
            parts = (a, *tail)
            score = min(zipf(p, "en") for p in parts) - 0.5 * (len(parts) - 2)
            if best is None or score > best[0]:
                best = (score, parts)
    return best[1] if best else None


@rule("TQ208", "glued-latin-in-cjk", "warning", "English words glued together inside Chinese, Japanese or Korean text.", neutral=True)
def glued_latin_in_cjk(doc: Document) -> Iterator[Hit]:
    """
    ## What it does
    In a text written mostly in Chinese, Japanese or Korean script, flags a run of lower-case
    Latin letters that is no English word but splits into two or three common English words
    ("machinelearning", "opensource"). Known words, names with capitals, URLs, file names and
    identifiers with digits or underscores are left alone. It runs on every target language.

    ## Why is this bad?
    Machine translation and text extraction drop the spaces of English terms kept in CJK text;
    spell checkers for the target language do not look at Latin words.

    ## Example
    `我们使用machinelearning技术。`

    Use instead: `我们使用 machine learning 技术。`
    """
    if not _CJK.search(doc.text) or _cjk_share(doc) < 0.3:
        return
    for m in _LATIN_RUN.finditer(doc.text):
        parts = _english_split(m.group())
        if parts:
            yield Hit(m.start(), m.end(), f"\"{m.group()}\" looks like English words glued together", " ".join(parts), {"parts": list(parts)})


_FULL_ALNUM = lazy(regex, r"[０-９Ａ-Ｚａ-ｚ]")
_MIXED_TOKEN = lazy(regex, r"[0-9A-Za-z０-９Ａ-Ｚａ-ｚ]+")
_HALF_PUNCT = lazy(re, r"[,;:!?()]")
#: full-width marks that show a text sets its punctuation full width
_FULL_PUNCT = "，。、；：！？（）"


@rule("TQ209", "width-mixing", "warning", "Full-width and half-width characters mixed in CJK text (\"Ｗindows\", \"我们,他们\").", neutral=True)
def width_mixing(doc: Document) -> Iterator[Hit]:
    """
    ## What it does
    Flags a word or number that mixes full-width and half-width letters or digits ("Ｗindows",
    "２0２3"), and a half-width comma, semicolon, colon, question or exclamation mark or
    parenthesis between two Chinese or Japanese characters in a text that otherwise sets its
    punctuation full width ("我们,他们" where the text writes "，" elsewhere). It runs on every
    target language; text without such characters is never flagged.

    ## Why is this bad?
    CJK typography sets punctuation full width and keeps one width per word; a mixture is the mark
    of machine translation, OCR or copy-and-paste between input methods.

    ## Example
    `请升级到Ｗindows 11,然后重启。我们，他们。`

    Use instead: `请升级到Windows 11，然后重启。我们，他们。`
    """
    text = doc.text
    chars = doc.distinct_chars
    if not _CJK.search(text):
        return
    if any(_FULL_ALNUM.match(ch) for ch in chars):
        starts = set()  # the tokens around full-width letters and digits only: not every word of a long text
        for f in _FULL_ALNUM.finditer(text):
            a = f.start()
            while a > 0 and _MIXED_TOKEN.match(text, a - 1, a):
                a -= 1
            if a in starts:
                continue
            starts.add(a)
            m = _MIXED_TOKEN.match(text, a)
            token = m.group()
            full = sum(1 for ch in token if _FULL_ALNUM.match(ch))
            if 0 < full < len(token):
                yield Hit(m.start(), m.end(), f"\"{token}\" mixes full-width and half-width characters",
                          unicodedata.normalize("NFKC", token), {"full_width": full, "half_width": len(token) - full})
    used = {p: text.count(p) for p in _FULL_PUNCT if p in chars}
    if sum(used.values()) < 2 or not _HAN_KANA.search(text):
        return
    for m in _HALF_PUNCT.finditer(text):
        i = m.start()
        prev = text[i - 1] if i else ""
        nxt = text[i + 1] if i + 1 < len(text) else ""
        if m.group() == "(":
            ok = bool(prev and _HAN_KANA.match(prev)) and bool(nxt and _HAN_KANA.match(nxt))
        elif m.group() == ")":
            ok = bool(prev and _HAN_KANA.match(prev)) and bool(nxt and (_HAN_KANA.match(nxt) or nxt in _FULL_PUNCT))
        else:
            ok = bool(prev and _HAN_KANA.match(prev)) and bool(nxt and _HAN_KANA.match(nxt))
        if not ok:
            continue
        mark = m.group()
        wide = chr(ord(mark) + 0xFEE0)
        if mark == "," and used.get("、", 0) > used.get("，", 0):
            wide = "、"  # the text writes the Japanese comma
        yield Hit(i, i + 1, f"half-width \"{mark}\" in text that sets punctuation full width", wide, {"mark": mark})
