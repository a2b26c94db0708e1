"""TQ212-TQ214: glued words, a missing space after sentence punctuation, double spaces."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from functools import lru_cache

import regex

from ..data import table, word_list
from ..document import Document
from ..findings import Hit
from ..lexicon import MAX_WORD_LENGTH, capitalized, conjunctions, gazetteer, zipf
from ..registry import rule
from ..textscan import byline, finditer_from_hints, run_before
from ..patterns import lazy

_LOWER_RUN = lazy(regex, r"(?<![\w'’@./#-])\p{L}\p{Ll}{5,}(?![\w'’@/-]|\.\w)")
#: a lower-case letter before a capital ("governmentSaid"), or a capital in a run of capitals before
#: a lower-case letter ("SMITHReuters")
_CAMEL_HINT = lazy(regex, r"\p{Ll}\p{Lu}|\p{Lu}\p{Lu}\p{Ll}")
#: a capitalised word right after a word on the same line: a name goes on ("BodyFit Cumbria")
_NAME_GOES_ON = lazy(regex, r"[ \u00a0]\p{Lu}\p{Ll}")
_LOWER_WORD_BEFORE = lazy(regex, r"(?<![\p{L}\p{M}])\p{Ll}{2,}[ \u00a0]$")
_CAMEL = lazy(regex, r"(?<![\w'’@./#-])(\p{L}[\p{Ll}]+|\p{Lu}{2,})(\p{Lu}\p{Ll}+)(?![\w'’@/-]|\.\w)")
#: both halves of a glued word must be at least this common in the target language
MIN_PART_ZIPF = 3.5
#: a part of three letters or fewer must be a function word or this common ("newcar": 5.6)
MIN_SHORT_PART_ZIPF = 5.0
#: the long half beside a short function word ("timeto"), and a word glued to a name
#: ("Ancelottiappeared"), must be at least this common
MIN_LONG_PART_ZIPF = 4.0
#: parts this long may be rarer (Zipf), beside a common one: two long words glued are no accident of letters
MIN_RARE_PART_LETTERS = 8
MIN_RARE_PART_ZIPF = 2.5
#: a second half this common is a join whatever the first ("corridorsHe", "startingThe")
VERY_COMMON_ZIPF = 5.5
#: a name glued to a word: the name is known to the word list, but rare ("Jalisco", "Obrador")
NAME_ZIPF = (1.0, 3.5)
#: longer runs of letters are not words (a hash, a data URI): no split point is tried
MAX_NAME_JOIN = 64


@lru_cache(maxsize=None)
def surface_settings(lang: str) -> dict:
    """``data/<lang>/surface.toml``: closed_compounds, dialogue_dash (empty for other languages)."""
    import tomllib

    from ..data import _read

    raw = _read(f"{lang}/surface.toml")
    return tomllib.loads(raw) if raw else {}


def compound_head(word: str, lang: str, rest: int = 0) -> bool:
    """``word`` starts with a word that often begins closed compounds ("superblack", "mouthpart":
    data/<lang>/compound_heads.txt, and those that begin many of the language's dictionary's
    compounds: compound_heads_dictionary.txt), with at least ``rest`` letters left after it."""
    curated, dictionary = word_list(f"{lang}/compound_heads.txt"), word_list(f"{lang}/compound_heads_dictionary.txt")
    for i in range(2, min(len(word) - rest, 8)):
        if word[:i] in curated:
            return True
        # a dictionary's head makes a compound of it and another word ("hardstanding"), not of
        # it and no word ("char" + "gethe" in "chargethe") nor of it and one of the language's
        # commonest words ("charge" + "the"): those are two words glued
        if word[:i] in dictionary and 0 < zipf(word[i:], lang) < MAX_COMPOUND_TAIL_ZIPF:
            return True
    return False


#: the rest of a word after a compound head from the dictionary is at most this common (the
#: commonest few hundred words of English, function words and everyday verbs, lie above it)
MAX_COMPOUND_TAIL_ZIPF = 5.4


@lru_cache(maxsize=50_000)
def _split(word: str, lang: str) -> tuple[str, str] | None:
    """The best split of an unknown word into two common words, or None."""
    if len(word) > MAX_WORD_LENGTH:
        return None  # not a word: trying every split point would take time growing with its square
    if zipf(word, lang) > 0 or (word.endswith("s") and zipf(word[:-1], lang) > 0):
        return None  # a known word, or the plural of a known compound ("breakrooms")
    best = None
    if compound_head(word, lang):
        return None  # "superblack", "mouthpart": a closed compound, however rare
    if any(word.endswith(sfx) and zipf(word[: -len(sfx)], lang) >= MIN_PART_ZIPF for sfx in surface_settings(lang).get("productive_suffixes", ())):
        return None  # "wagonlike", "shoeless": a noun and a suffix that makes words of any noun
    clitics = word_list(f"{lang}/clitics.txt")
    if any(word.endswith(c) and zipf(word[: -len(c)], lang) > 0 for c in clitics):
        return None  # a verb form and its enclitic pronouns: "cerchiamole", "dándole"
    function_words = word_list(f"{lang}/function_words.txt")
    for i in range(3, len(word) - 2):
        a, b = word[:i], word[i:]
        za, zb = zipf(a, lang), zipf(b, lang)
        short, z_short = (a, za) if len(a) <= len(b) else (b, zb)
        if len(short) <= 3 and short not in function_words and z_short < MIN_SHORT_PART_ZIPF:
            continue  # "abordatam" is "abordaram" mistyped, not "aborda" + "tam"
        if za >= MIN_PART_ZIPF and zb >= MIN_PART_ZIPF or min(len(a), len(b)) >= MIN_RARE_PART_LETTERS \
                and min(za, zb) >= MIN_RARE_PART_ZIPF and max(za, zb) >= MIN_LONG_PART_ZIPF:
            # (two long words, one rarer: "harmoniosoconjunto")
            score = min(za, zb)
            if best is None or score > best[0]:
                best = (score, a, b)
    if best is None and len(word) >= 6:
        glue = word_list(f"{lang}/glue_words.txt")
        # a common word and a short function word after it: "timeto", "tiempode" (not a clitic: "comprarlo")
        a, b = word[:-2], word[-2:]
        if b in glue and b not in clitics and zipf(a, lang) >= MIN_LONG_PART_ZIPF:
            return (a, b)
        # ... or a one-letter conjunction after a long common word: "cuentay" (es), "casae" (it, pt)
        a, b = word[:-1], word[-1:]
        if len(a) >= 5 and len(b) == 1 and b in conjunctions(lang)[0] and zipf(a, lang) >= MIN_LONG_PART_ZIPF + 0.5:
            return (a, b)
        # ... or a two-letter function word before a long common word: "inregion", "elgobierno"
        a, b = word[:2], word[2:]
        if len(b) >= 5 and (a in glue or a in function_words) and zipf(b, lang) >= MIN_LONG_PART_ZIPF + 0.5:
            return (a, b)
        # ... or an article of one or two letters before a common noun: "lezone", "oárea"
        for n in (1, 2):
            a, b = word[:n], word[n:]
            if len(b) >= 4 and a in surface_settings(lang).get("glued_articles", ()) and zipf(b, lang) >= MIN_LONG_PART_ZIPF + 0.5:
                return (a, b)
    return (best[1], best[2]) if best else None


def _word_start(text: str, pos: int, last: tuple[int, int]) -> int:
    """Start of the run of letters that ends at ``pos``; ``last`` is an earlier (position, start)
    pair, reused when the run reaches it (so a long run is walked once, not once per hint)."""
    start = pos
    while start and text[start - 1].isalpha():
        start -= 1
        if start == last[0]:
            return last[1]
    return start


#: a capitalised word and a space before a position: the given name before a surname
_CAPITALISED_BEFORE = lazy(regex, r"(?<![\p{L}\p{M}'’-])\p{Lu}[\p{Ll}\p{M}]+ $")


def _name_join(word: str, lang: str, positions: dict[str, list[int]]) -> tuple[str, str] | None:
    """A capitalised unknown word that is a rare known word (a name) glued to a common lower-case
    word: "Ancelottiappeared", "Jaliscospread", or in English a name with letters English does not
    use glued to a common English word ("Lázárwrote"). Only once in the document, possessives counted
    (a real name repeats: "Coun Dungworth" beside "Susan Dungworth’s")."""
    low = word.lower()
    if len(word) > MAX_NAME_JOIN or len(word) < 9 or not word[0].isupper() or not word[1:].islower() or zipf(low, lang) > 0 or sum(len(positions.get(k, ())) for k in (low, low + "'s", low + "’s")) != 1:
        return None
    for i in range(len(word) - 4, 3, -1):
        head, tail = low[:i], low[i:]
        if zipf(tail, lang) < MIN_LONG_PART_ZIPF + 0.5:
            continue
        if len(tail) >= 5 and NAME_ZIPF[0] <= zipf(head, lang) < NAME_ZIPF[1]:
            return word[:i], word[i:]
        if lang == "en" and not head.isascii() and tail.isascii():
            return word[:i], word[i:]  # a foreign name glued to an English word: "Lázárwrote"
    return None


@rule("TQ212", "glued-words", "warning", "Two words written together (\"pricesrose\", \"governmentSaid\").")
def glued_words(doc: Document) -> Iterator[Hit]:
    """
    ## What it does
    Flags a word unknown to the target language's word list that splits into two common words
    ("pricesrose" = prices + rose; two parts of eight letters or more may be rarer words beside a
    common one: "harmoniosoconjunto"; a part of three letters or fewer only if it is a function word
    or a very common one, so that "abordatam", a slip for "abordaram", is no "aborda" + "tam")
    unless its first part often starts closed compounds
    ("superblack", "mouthpart": `data/en/compound_heads.txt`; "hardstanding": a head that begins
    many of the hunspell dictionary's compounds, `compound_heads_dictionary.txt`, before a word
    that is not one of the language's commonest: "chargethe" stays two words; nor a noun and a suffix
    that makes words of any noun: "wagonlike", `productive_suffixes` in `data/<lang>/surface.toml`,
nor a known word and the enclitic pronouns after it: "cerchiamole", `data/<lang>/clitics.txt`, nor
a capitalised word ending like a place's name: "Pittfields", `data/<lang>/place_name_endings.txt`), and a word with a capital inside ("governmentSaid",
    "CEOCompany"; not one the text writes so twice or more, a brand such as "teamLab", unless in English it is a
    place's name glued to its head noun, "NabariCity", "LakeShorenji" (`data/name_heads.tsv`), nor a
    capitalised one in mid-sentence that a name goes on after: "company BodyFit Cumbria") whose
    parts are common words, or an acronym and a name: one the word lists know,
    or one the document also writes on its own ("PSSIYunus" beside "Yunus"), two names the
    document writes apart ("AtlantaThiago"), a function word or an English possessive glued to a
    name ("resta aTurquia", "McDonald'sRestaurant"), a name glued to the word that opened the next
    sentence or link ("Quang BinhThere will", "FenerbahceMidfielder" beside "Fenerbahce"), a
    function word glued to the end of a name the document also writes on its own ("Aleksander
    Woźnyand the dean" beside "Woźny"), a word in
    lower case of the language or of English glued to the capitalised word after it ("festifsGate",
    "refundsSi"; not in a line of code), a function
    word written twice with no space ("elel acceso"), a name in capitals glued to a function word
    ("MOONBINque tinha"), a name glued to the one-letter article or conjunction that opened the next
    sentence ("Jorge SaavedraO primeiro"), a conjunction and an article written as one word where machine translation
    glues them ("copertura ei requisiti", "eo superlativo": `glued_function_words` in
    `data/<lang>/surface.toml`), two function words written as one word that no word list has
    ("andthe"; web text counts it, but English's list of ordinary words does not), an article
    glued to a common noun ("lezone", "umarquivo": `glued_articles` in `data/<lang>/surface.toml`), in
    English a name with letters English does not use glued to a common word ("Lázárwrote"), and in Spanish, French, Italian and
    Portuguese two capitalised common words of the language ("DepositoLa proprietà"), and in a
    language that writes compounds closed (German) a function word glued to a common word or to the
    capitalised noun after it ("undsowohl", "Nichtweit", "denNachkriegsjahren"; no word list knows them),
    and in a language that elides a word glued to the elided article that opens the next sentence
    ("mécaniquesL'usure": `data/<lang>/elisions.txt`), and on a page that lost the apostrophes of its
    elisions the elided word glued to the word after it ("jétais", "lécole", "Cest": three different
    ones at least, each rare as written, on a page that writes fewer elisions with their apostrophe than
    without; `dropped_apostrophes` in `data/<lang>/surface.toml` lists the forms web text writes too
    often for frequencies to tell). Known words ("YouTube"),
    URLs, e-mail addresses and hashtags are left alone, and so are runs of more than 64 letters
    (a data URI, a hash, a minified line): they are not words, and trying every split point of
    one would take time growing with the square of its length.

    ## Why is this bad?
    Machine translation and text extraction lose spaces at segment joins; spell checkers often
    miss the result because both halves are words.

    ## Example
    `Pricesrose after the governmentSaid so.`

    Use instead: `Prices rose after the government said so.`
    """
    lang = doc.target_lang
    text = doc.text
    starts = {seg.offset for seg in doc.segments}
    positions = doc.word_positions
    compounds = surface_settings(lang).get("closed_compounds", False)
    # a language that writes compounds closed (German) has no glued lower-case words to find
    glued = [] if compounds else [w for w in positions if len(w) >= 6 and w.isalpha() and _split(w, lang)]
    # visit only the occurrences of words that split (usually none)
    matches = (m for w in glued for p in positions[w] if (m := _LOWER_RUN.match(text, p)))
    dropped = list(_dropped_elision_apostrophes(doc))  # an elision without its apostrophe ("dellanno"), said so
    said = {h.start for h in dropped}
    for m in sorted(matches, key=lambda m: m.start()):
        word = m.group()
        if m.start() in said or word[0].isupper() and m.start() not in starts:
            continue  # a capitalised word inside a sentence is a name ("Karasin", "Walmark")
        parts = _split(word.lower(), lang)
        if parts and word[0].isupper():
            if parts[1] in word_list(f"{lang}/place_name_endings.txt"):
                continue  # "Pittfields", "Ashford": a place's one-word name
            parts = (word[: len(parts[0])], parts[1])
        if parts:
            yield Hit(m.start(), m.end(), f"\"{m.group()}\" looks like two words glued together", " ".join(parts), {"parts": list(parts)})
    if not compounds:
        # (a capitalised word that splits is still looked at as a name: "Ancelottiappeared")
        lowered = {w for w in glued if any(text[p].islower() for p in positions[w])}
        names = [w for w in positions if len(w) >= 9 and w.isalpha() and w not in lowered and zipf(w, lang) == 0]
        for w in names:
            p = positions[w][0]
            word = text[p : p + len(w)]
            if p in starts or not _LOWER_RUN.match(text, p):
                continue
            parts = _name_join(word, lang, positions)
            if parts and not (_CAPITALISED_BEFORE.search(text, max(0, p - MAX_WORD_LENGTH), p) or _stands_alone(doc, parts[0])):
                continue  # a company's or a place's one-word name ("that Wainhomes have"): a glued name is
                # a full name's last word ("Carlo Ancelottiappeared") or one the text writes on its own
            if parts:
                yield Hit(p, p + len(w), f"\"{word}\" looks like a name glued to the next word", " ".join(parts), {"parts": list(parts)})
    cap, gaz = capitalized(lang), gazetteer(lang)
    function_words = word_list(f"{lang}/function_words.txt")
    last = (-1, -1)  # the previous hint's position and word start: a long token is walked once
    for hint in _CAMEL_HINT.finditer(text):
        word_start = _word_start(text, hint.start(), last)
        last = (hint.start(), word_start)
        if hint.start() - word_start > MAX_WORD_LENGTH:
            continue  # the first part is no word (a base64 run)
        m = _CAMEL.match(text, word_start)
        if m is None or m.end(1) != hint.start() + 1:
            continue
        word = m.group()
        first, second = m.group(1), m.group(2)
        if zipf(word.lower(), lang) > 0 or word.lower() in gaz:
            continue
        if first.isupper() and len(second) == 2 and second[1] == "s":
            continue  # an acronym's plural: "PSAPs", "ATMs"
        if lang == "en" and _place_join(first, second):
            yield Hit(m.start(), m.end(), f"\"{word}\" looks like a place's name glued to its head noun", f"{first} {second}",
                      {"parts": [first, second], "kind": "place"})
            continue  # however often the text writes it: "NabariCity", "LakeShorenji" (a translation's habit)
        if _written_twice(doc, word):
            continue  # written so twice or more: a brand ("teamLab", "SunBank"), not a slip at a seam
        if in_link(text, m.start(), m.end()) or _CODE_LIKE.search(_chunk(text, m.start(), m.end())):
            continue  # a parameter of a URL or an identifier of code ("&pageNumber=0", "getItem()")
        z_first = zipf(first.lower(), lang)
        z_second = zipf(second.lower(), lang)
        first_ok = first.isupper() or z_first >= MIN_PART_ZIPF or (z_second >= VERY_COMMON_ZIPF and z_first >= MIN_PART_ZIPF - 1)
        # or a name the document also writes on its own ("PSSIYunus" beside "Yunus")
        second_ok = z_second >= MIN_PART_ZIPF or second.lower() in cap or second.lower() in doc.word_positions
        # two names the document also writes apart ("AtlantaThiago Almada" beside "Atlanta" and "Thiago")
        apart = first[0].isupper() and _stands_alone(doc, first) and _stands_alone(doc, second)
        # a name glued to the word that opened the next sentence or link at a seam: a function word
        # ("Quang BinhThere will", "Can BartuAfter training"), or a common word after a name the
        # document writes on its own ("FenerbahceMidfielder Mert" beside "Fenerbahce")
        seam = first[0].isupper() and not first.isupper() and (
            (second.lower() in function_words and (len(second) >= 3 or _LOWER_WORD_NEXT.match(text, m.end())))
            or (z_second >= MIN_PART_ZIPF and _stands_alone(doc, first)))
        # a lower-case word of the language or of English glued to the capitalised word that opened the
        # next sentence, heading or link ("festifsGate", "refundsSi", "PolensEnde" is the case above)
        lower_seam = first[0].islower() and len(first) >= 4 and (z_first >= 2.0 or zipf(first.lower(), "en") >= 3.0) and (
            z_second >= 2.5 or zipf(second.lower(), "en") >= 3.5 or second.lower() in function_words) \
            and not _CODE_PUNCTUATION.search(_chunk(text, m.start(), m.end()))  # "[UIDevice currentDevice]": code
        if first[0].isupper() and not first.isupper() and not (apart or seam) and _NAME_GOES_ON.match(text, m.end()) \
                and _LOWER_WORD_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue  # a brand in camel case in mid-sentence, a name going on after it: "exercise company BodyFit Cumbria"
        if apart or seam or lower_seam or first_ok and second_ok and not (first[0].isupper() and not first.isupper() and first.lower() not in cap and z_first < 4.5):
            yield Hit(m.start(), m.end(), f"\"{word}\" looks like two words glued together", f"{first} {second}", {"parts": [first, second]})
    yield from _glued_before_names(doc)
    yield from _glued_after_names(doc)
    yield from _glued_capitalised_words(doc)
    yield from _glued_doubles(doc)
    yield from _glued_function_words(doc)
    if compounds:
        yield from _compound_language_joins(doc)
    yield from _glued_elisions(doc)
    yield from dropped
    for m in _ONE_LETTER_JOIN.finditer(text) if doc.distinct_chars & _ONE_LETTER_WORDS else ():
        head, tail = m.groups()
        if tail.lower() in function_words and not _CODE_LIKE.search(_chunk(text, m.start(), m.end())):
            yield Hit(m.start(), m.end(), f"\"{m.group()}\" looks like a word glued to the one-letter word \"{tail}\" that opens the next sentence",
                      f"{head} {tail}", {"parts": [head, tail]})
    for m in _CAPS_FUNCTION_JOIN.finditer(text):
        head, tail = m.groups()
        if tail in function_words and zipf(tail, lang) >= MIN_SHORT_PART_ZIPF and not _CODE_LIKE.search(_chunk(text, m.start(), m.end())):
            yield Hit(m.start(), m.end(), f"\"{m.group()}\" looks like a name in capitals glued to \"{tail}\"", f"{head} {tail}", {"parts": [head, tail]})


#: the other part of a place's name glued to its head is this rare in English at most: a name, not a
#: brand's common word ("SimCity", "CityJet", "ParkWhiz")
MAX_PLACE_NAME_ZIPF = 2.0


@lru_cache(maxsize=None)
def english_place_heads() -> frozenset[str]:
    """English head nouns of places' names, capitalised ("City", "Lake", "Temple"): the English column
    of data/name_heads.tsv."""
    return frozenset(r["en"] for r in table("name_heads.tsv", ("en", "names")))


def _place_join(first: str, second: str) -> bool:
    """A place's name and its English head noun written as one word, either way round ("NabariCity",
    "LakeShorenji"): the name is no English word."""
    heads = english_place_heads()
    name = second if first in heads else first if second in heads else None
    return name is not None and not name.isupper() and len(name) >= 3 and zipf(name.lower(), "en") < MAX_PLACE_NAME_ZIPF


#: a capitalised word glued to a capital letter that is a word of its own, before a lower-case word
#: ("Jorge SaavedraO primeiro": a name and the article that opened the next sentence)
_ONE_LETTER_JOIN = lazy(regex, r"(?<![\w])(\p{Lu}\p{Ll}{2,})(\p{Lu})(?=[ \u00a0]\p{Ll}{2,})")
_ONE_LETTER_WORDS = frozenset("OAEYIUÀÈ")


#: a lower-case word between two others or numbers (or after a comma or semicolon): where a glued pair stands
_LOWER_TOKEN = lazy(regex, r"(?<=(?:\p{Ll}|\d|[,;])[ \u00a0])(\p{Ll}+)(?=[ \u00a0][\p{Ll}\d])")


def _glued_function_words(doc: Document) -> Iterator[Hit]:
    """A conjunction and an article written as one word where machine translation glues them
    ("copertura ei requisiti", "; eo superlativo"): data/<lang>/surface.toml, glued_function_words."""
    lang = doc.target_lang
    pairs = dict(surface_settings(lang).get("glued_function_words", {}))
    # and any two function words of the language written as one rare word ("deun" for "de un", "wherethe")
    function = word_list(f"{lang}/function_words.txt")
    ordinary = word_list(f"{lang}/ordinary.txt")
    if function:
        for low in doc.word_positions:
            if low in pairs or not (4 <= len(low) <= MAX_GLUED_FUNCTION_WORDS) or not low.isalpha() or low in function:
                continue
            split = next((i for i in range(2, len(low) - 1) if low[:i] in function and low[i:] in function
                          and low[:i] != low[i:]), None)  # one word written twice is _glued_doubles' ("elel")
            # (web text counts some glued pairs often: "andthe" 2.1; where the language lists its
            # ordinary words, a rarer pair that is none of them is glued too)
            if split is not None and (zipf(low, lang) < MAX_GLUED_FUNCTION_ZIPF
                                      or ordinary and zipf(low, lang) < MAX_GLUED_LISTED_ZIPF and low not in ordinary):
                pairs[low] = f"{low[:split]} {low[split:]}"
    for word, fixed in pairs.items():
        for p in doc.word_positions.get(word, ()):
            m = _LOWER_TOKEN.match(doc.text, p)
            if m is not None and m.group() == word:
                yield Hit(p, p + len(word), f"\"{word}\" looks like \"{fixed}\" written together", fixed, {"parts": fixed.split()})


def _compound_language_joins(doc: Document) -> Iterator[Hit]:
    """Where the language writes compounds closed (German), a word no word list knows that is a
    function word and a common word ("undsowohl", "Nichtweit"), and a function word glued to the
    capitalised noun after it ("denNachkriegsjahren"): compounds do not begin with "und" or "den"."""
    lang, text = doc.target_lang, doc.text
    function = word_list(f"{lang}/function_words.txt")
    if not function:
        return
    for low, where in doc.word_positions.items():
        if len(low) < 7 or not low.isalpha() or zipf(low, lang) > 0:
            continue
        split = next((i for i in range(2, len(low) - 3) if low[:i] in function
                      and (zipf(low[i:], lang) >= MIN_PART_ZIPF or low[i:] in function)), None)
        if split is None:
            continue
        for p in where:
            word = text[p : p + len(low)]
            if word[1:] != word[1:].lower() or in_link(text, p, p + len(low)) or _CODE_LIKE.search(_chunk(text, p, p + len(low))):
                continue  # (a word in capitals is an acronym's or a heading's)
            yield Hit(p, p + len(low), f"\"{word}\" looks like two words glued together", f"{word[:split]} {word[split:]}",
                      {"parts": [word[:split], word[split:]]})
    for m in finditer_from_hints(_FUNCTION_NOUN_JOIN, _LOWER_CAPITAL, _LOWER_RUN_ONLY, text):
        first, second = m.group(1), m.group(2)
        if first in function and zipf(m.group().lower(), lang) == 0 and not _written_twice(doc, m.group()) \
                and not in_link(text, m.start(), m.end()):
            yield Hit(m.start(), m.end(), f"\"{m.group()}\" looks like two words glued together", f"{first} {second}",
                      {"parts": [first, second]})


_LOWER_RUN_ONLY = run_before(r"\p{Ll}")
#: a lower-case word glued to the capitalised elided word that opens the next sentence ("mécaniquesL'usure")
_ELISION_JOIN = lazy(regex, r"(?<![\p{L}\p{M}\d'’@#/._-])(\p{Ll}{3,})(\p{Lu}\p{Ll}?['’]\p{L}+)")


def _glued_elisions(doc: Document) -> Iterator[Hit]:
    """A word glued to the elided article or pronoun that opened the next sentence or heading, in a
    language that elides (data/<lang>/elisions.txt): "Problèmes mécaniquesL'usure des plaquettes"."""
    elisions = word_list(f"{doc.target_lang}/elisions.txt")
    if not elisions or "'" not in doc.text and "’" not in doc.text:
        return
    text = doc.text
    for m in finditer_from_hints(_ELISION_JOIN, _LOWER_CAPITAL, _LOWER_RUN_ONLY, text):
        first, second = m.group(1), m.group(2)
        elided = regex.split(r"['’]", second)[0].lower()
        if elided in elisions and zipf(first, doc.target_lang) >= MIN_PART_ZIPF and not in_link(text, m.start(), m.end()):
            yield Hit(m.start(), m.end(), f"\"{m.group()}\" looks like two words glued together", f"{first} {second}",
                      {"parts": [first, second]})


#: the letters an elided word goes before: a vowel or a mute h ("l'école", "l'hôtel")
_ELISION_NEXT = frozenset("aeiouyhàâäéèêëîïôöùûüœæáíóú")
#: a page that drops its apostrophes writes at least this many different words so
MIN_DROPPED_ELISIONS = 3
#: ... each rarer than this as written (web text, which drops apostrophes too, counts "lancien" 2.1)
MAX_DROPPED_ELISION_ZIPF = 3.0


def _elision_split(low: str, lang: str, elisions, listed: bool) -> tuple[str, str] | None:
    """(elided word, word) when ``low`` is an elided word and a common word beginning with a vowel
    written with no apostrophe between them ("lécole" -> l, école; "dellacqua" -> dell, acqua); a
    listed form may end in a short word ("jai" -> j, ai)."""
    for clitic in sorted((e for e in elisions if low.startswith(e)), key=len, reverse=True):
        rest = low[len(clitic):]
        if (listed or len(rest) >= 3) and rest[:1] in _ELISION_NEXT and zipf(rest, lang) >= MIN_PART_ZIPF:
            return clitic, rest
    return None


def _dropped_elision_apostrophes(doc: Document) -> Iterator[Hit]:
    """A page that lost the apostrophes of its elisions ("jétais", "lécole", "Cest"): in a language that
    elides (data/<lang>/elisions.txt), words no commoner than a slip that split into an elided word and a
    common word beginning with a vowel, three different ones at least, on a page that writes fewer
    elisions with their apostrophe than without. The forms that web text writes so often that frequencies
    cannot tell ("cest", "jai") are listed as `dropped_apostrophes` in data/<lang>/surface.toml."""
    lang = doc.target_lang
    elisions = word_list(f"{lang}/elisions.txt")
    if not elisions:
        return
    listed = set(surface_settings(lang).get("dropped_apostrophes", ()))
    found: dict[str, tuple[str, str]] = {}
    written_with = 0
    for low, where in doc.word_positions.items():
        if "'" in low or "’" in low:
            if regex.split(r"['’]", low, maxsplit=1)[0] in elisions:
                written_with += len(where)
            continue
        known = low in listed
        if not low.isalpha() or not known and len(low) < 5:
            continue
        if not any(low.startswith(e) and low[len(e) : len(e) + 1] in _ELISION_NEXT for e in elisions):
            continue  # (a test of letters first: most words start with no elided word)
        if not known and zipf(low, lang) >= MAX_DROPPED_ELISION_ZIPF:
            continue
        parts = _elision_split(low, lang, elisions, known)
        if parts:
            found[low] = parts
    if len(found) < MIN_DROPPED_ELISIONS or written_with >= sum(len(doc.word_positions[w]) for w in found):
        return
    text = doc.text
    for low, (clitic, rest) in found.items():
        for p in doc.word_positions[low]:
            word = text[p : p + len(low)]
            suggestion = f"{word[: len(clitic)]}'{word[len(clitic):]}"
            yield Hit(p, p + len(low), f"\"{word}\" looks like \"{suggestion}\" written without its apostrophe", suggestion,
                      {"parts": [word[: len(clitic)], word[len(clitic):]], "kind": "elision"})


#: a lower-case function word glued to the capitalised word after it ("denNachkriegsjahren")
_FUNCTION_NOUN_JOIN = lazy(regex, r"(?<![\p{L}\p{M}\d'’@#/._-])(\p{Ll}{2,5})(\p{Lu}\p{Ll}{3,})(?![\p{L}\p{M}\d'’@/_-])")


#: two function words glued: at most this long, and this rare as a word of the language ("deun" 1.9)
MAX_GLUED_FUNCTION_WORDS = 9
MAX_GLUED_FUNCTION_ZIPF = 2.0
MAX_GLUED_LISTED_ZIPF = 2.5


#: brackets, braces and operators around a word: a line of code ("[UIDevice currentDevice].systemVersion")
_CODE_PUNCTUATION = lazy(re, r"[\[\]{};=]")
#: a space and a lower-case word: what follows a function word that opens a phrase ("Krzywousty|Di| ritorno")
_LOWER_WORD_NEXT = lazy(regex, r" \p{Ll}{2,}")
#: a word in capitals glued to a lower-case function word ("MOONBINque tinha")
_CAPS_FUNCTION_JOIN = lazy(regex, r"(?<![\w'’@#/.-])(\p{Lu}{3,})(\p{Ll}{2,4})(?![\w'’@/-])")
#: a doubled function word rarer than this is a slip (web text holds a few: "elel" 1.2, "thethe" 1.4); "dede" is a name
MAX_GLUED_DOUBLE_ZIPF = 2.0


def _glued_doubles(doc: Document) -> Iterator[Hit]:
    """A function word written twice with no space ("elel acceso", "thethe"): an unknown word that is a
    function word of the language doubled."""
    lang, text = doc.target_lang, doc.text
    function = word_list(f"{lang}/function_words.txt")
    for low, where in doc.word_positions.items():
        half = len(low) // 2
        if not 4 <= len(low) <= 8 or len(low) % 2 or low[:half] != low[half:] or low[:half] not in function or zipf(low, lang) >= MAX_GLUED_DOUBLE_ZIPF:
            continue
        for p in where:
            word = text[p : p + len(low)]
            if word.islower():
                yield Hit(p, p + len(low), f"\"{word}\" is \"{word[:half]}\" written twice, glued", word[:half],
                          {"parts": [word[:half], word[half:]]})


def _written_twice(doc: Document, word: str) -> bool:
    """The document writes ``word`` so, as spelled here, twice or more: a brand ("teamLab"), not a slip.
    Counted once per word of the document (a word written thousands of times is asked as often)."""
    memo = doc.cache.setdefault("spellings_twice", {})
    if word not in memo:
        text = doc.text
        memo[word] = sum(text.startswith(word, q) for q in doc.word_positions.get(word.lower(), ())) >= 2
    return memo[word]


def _stands_alone(doc: Document, part: str) -> bool:
    """The document writes ``part`` as a word of its own, as spelled here."""
    text = doc.text
    return any(text.startswith(part, p) for p in doc.word_positions.get(part.lower(), ()))


#: a short lower-case word or a possessive glued to a capitalised word: "aTurquia", "McDonald'sRestaurant"
_GLUED_BEFORE_NAME = lazy(regex, r"(?<![\p{L}\p{M}\d'’])(\p{Ll}{1,3}|\p{L}[\p{L}\p{M}]+['’]s)(\p{Lu}\p{Ll}{2,})(?![\p{L}\p{M}'’])")
#: where such a join can be (tqcheck.textscan): a lower-case letter before a capital, in a run of letters
_LOWER_CAPITAL = lazy(regex, r"\p{Ll}\p{Lu}")
_LETTER_RUN = run_before(r"\p{L}\p{M}\d'’")


def _glued_before_names(doc: Document) -> Iterator[Hit]:
    """A function word of the language glued to a name the text also writes on its own, or one the
    gazetteer knows ("resta aTurquia a fazer"), and an English possessive glued to the next word
    ("McDonald'sRestaurant"). Not "iPhone", "eBay": a word the text writes so twice is a brand."""
    text, lang = doc.text, doc.target_lang
    function = word_list(f"{lang}/function_words.txt") - {"i", "e"}
    gaz = gazetteer(lang)
    for m in finditer_from_hints(_GLUED_BEFORE_NAME, _LOWER_CAPITAL, _LETTER_RUN, text):
        first, name = m.group(1), m.group(2)
        if _written_twice(doc, m.group()):
            continue
        if first[-2:] in ("'s", "’s"):
            if zipf(name.lower(), lang) < MIN_PART_ZIPF and not _stands_alone(doc, name):
                continue
        elif first not in function or not (name.lower() in gaz or _stands_alone(doc, name)):
            continue
        if in_link(text, m.start(), m.end()):
            continue
        yield Hit(m.start(), m.end(), f"\"{m.group()}\" looks like two words glued together", f"{first} {name}", {"parts": [first, name]})


#: a capitalised word and a lower-case function word of three to five letters written together
#: ("Woźnyand", "Verkaufund"): the split is tried at each of those lengths
_NAME_THEN_LOWER = lazy(regex, r"(?<![\p{L}\p{M}\d'’])\p{Lu}[\p{Ll}\p{M}]{6,}(?![\p{L}\p{M}\d'’@/-])")
#: the name before a glued function word has at least this many letters
MIN_NAME_BEFORE_FUNCTION = 4


def _glued_after_names(doc: Document) -> Iterator[Hit]:
    """A function word of three letters or more glued to the end of a capitalised word that the
    document also writes on its own ("Prof. Aleksander Woźnyand the conference" beside "Woźny",
    "Brabant-Septentrionaldans le sud" beside "Brabant-Septentrional"): a word the language knows
    ("Holland", "Poland") or the gazetteer's, or one the text writes so twice, is left alone."""
    lang, text = doc.target_lang, doc.text
    function = sorted((w for w in word_list(f"{lang}/function_words.txt") if 3 <= len(w) <= 5), key=len, reverse=True)
    if not function:
        return
    endings = tuple(function)
    gaz = gazetteer(lang)
    for low in doc.word_positions:
        if len(low) < MIN_NAME_BEFORE_FUNCTION + 3 or not low.endswith(endings) or zipf(low, lang) > 0 or low in gaz:
            continue
        tail = next(w for w in function if low.endswith(w))
        for p in doc.word_positions[low]:
            m = _NAME_THEN_LOWER.match(text, p)
            if m is None or m.end() != p + len(low) or _written_twice(doc, m.group()):
                continue
            word = m.group()
            name = word[: -len(tail)]
            if len(name) >= MIN_NAME_BEFORE_FUNCTION and _stands_alone(doc, name) and not in_link(text, p, m.end()):
                yield Hit(p, m.end(), f"\"{word}\" looks like \"{name}\" and \"{tail}\" glued together", f"{name} {tail}",
                          {"parts": [name, tail]})


#: two capitalised words written together ("DiplomaTempo", "DepositoLa proprietà")
_TWO_CAPITALISED = lazy(regex, r"(?<![\p{L}\p{M}\d'’])(\p{Lu}\p{Ll}{2,})(\p{Lu}\p{Ll}+)(?![\p{L}\p{M}\d'’])")
#: each part of such a pair is this common in the target and no more common in English
MIN_CAPITALISED_PART_ZIPF = 4.0


def _glued_capitalised_words(doc: Document) -> Iterator[Hit]:
    """In Spanish, French, Italian or Portuguese, two capitalised words of the language written together
    at a former boundary of a template or a heading ("Anos ExpDiplomaTempo Inteiro", "DepositoLa
    proprietà"): both are common words of the target, not English ones (English camel case is a brand's),
    and the text does not write the pair so twice."""
    lang, text = doc.target_lang, doc.text
    if lang == "en" or surface_settings(lang).get("closed_compounds") or not surface_settings(lang):
        return
    function = word_list(f"{lang}/function_words.txt")
    for m in _TWO_CAPITALISED.finditer(text):
        first, second = m.group(1), m.group(2)
        word = m.group()
        if zipf(word.lower(), lang) > 0 or _written_twice(doc, word):
            continue
        ok = True
        for part in (first, second):
            low = part.lower()
            zt = zipf(low, lang)
            if not (zt >= MIN_CAPITALISED_PART_ZIPF or part is second and low in function) or zipf(low, "en") > zt:
                ok = False
        if ok and not in_link(text, m.start(), m.end()):
            yield Hit(m.start(), m.end(), f"\"{word}\" looks like two words glued together", f"{first} {second}", {"parts": [first, second]})


#: a lower-case or capitalised word ("arrived", "Jalisco"), sentence punctuation and the next word: a capitalised word, a single capital
#: ("begun.I was"), a word in capitals ("semi-finals.UFABET"), or after a comma or semicolon a lower-case word
_MISSING_SPACE = lazy(regex, 
    r"(?<![\w.])(\p{Lu}?\p{Ll}{2,}|\d{1,4}(?:st|nd|rd|th))([.!?,;])(\p{Lu}\p{Ll}+|\p{Lu}(?=\s)|\p{Lu}{2,}(?![\w.])|\p{Ll}{2,}(?=\s)|(?<=[,;])\p{Ll}(?= \p{Ll}{2,}))"
)
_ORDINAL_SUFFIXES = frozenset(("st", "nd", "rd", "th"))
#: a letter, sentence punctuation and a letter: where a space may be missing (a fast prefilter)
_MISSING_SPACE_HINT = lazy(re, r"[.!?,;](?=[^\W\d_])")  # and a letter before it (checked apart: faster)
_LETTER = lazy(re, r"[^\W\d_]")
#: a double quotation mark between two letters, maybe after punctuation: "face.”The", "the “plan”was",
#: "said.\"We", "it:”Never" -- a space is missing before or after the quotation mark
_SPACED = r"[\p{Latin}\p{Greek}\p{Cyrillic}]"  #: letters of scripts that separate words with spaces
_QUOTE_JOIN = lazy(regex, rf"(?<={_SPACED}{{2}})([.!?,;:]?)([\"“”„«»])({_SPACED}+)")
#: a single-quoted word or phrase glued to the word before it ("the journal’Nature’, is", "using’microwaves’ last"):
#: the closing mark stands before a space or punctuation, so it is no apostrophe inside a word ("O’Brien’s")
_SINGLE_QUOTE_JOIN = lazy(regex, r"(?<=\p{L})([’'‘])(\p{L}[\p{L}\p{M}\- ]{1,40}?\p{L})[’'](?=[\s.,;:!?)]|$)")
#: a common word, a colon and a number, a capitalised word or (checked in code) a common lower-case
#: word: "Date:2021", "Note:The", "risalita:dal gancio"
_COLON_JOIN = lazy(regex, r"(?<![\w.:/@-])(\p{L}\p{Ll}{2,}):(\d{1,4}|\p{Lu}\p{Ll}+|\p{Lu}(?= \p{Lu})|\p{Ll}{2,})(?![\w:/@])")
_COLON_BEFORE_WORD = lazy(re, r":(?=\w)")
#: a colon with a space before it and a word glued after it ("la batterie :Si la"), not an emoji's
#: short code (" :smile:") or a smiley (" :P")
_SPACED_COLON_JOIN = lazy(regex, r"[ \u00a0\u202f]:(\p{L}{2,})(?![\p{L}\p{M}:])")  # a letter before: checked in code
_WORD_BACKWARDS = lazy(regex, r"\w+", regex.REVERSE)
#: the word before a glued colon must be at least this common (a label, not "doi:10..." or "tel:0034")
MIN_LABEL_ZIPF = 3.0
#: ... and this common before a common lower-case word
MIN_LABEL_BEFORE_WORD_ZIPF = 2.0
#: domains and file extensions in lower case or capitals ("config.TXT"), not a sentence start (".Io")
_CODE_LIKE = lazy(re, r"[/@\\=<>{}_]|www|WWW|\.(?:com|org|net|html?|py|txt|md|js|io|COM|ORG|NET|HTML?|TXT|PDF|pdf|Com|Org|Net|Js)\b")
#: quotation marks of a text without a profile: (opening, closing)
_DEFAULT_QUOTES = (("“", "”"), ("«", "»"), ("„", "“"), ('"', '"'))


#: how far _chunk looks for the spaces around a match (a URL or a file name is shorter)
CHUNK_REACH = 200


#: (also a page's slug: five words or more joined by hyphens, "al-ahli-crowns-egypt-cup")
_URLISH = lazy(re, r"[/@\\]|\.\w|^#|[a-z0-9]+(?:-[a-z0-9]+){4,}")


#: what ends a run of non-spaces
_RUN_ENDS = (" ", "\n", "\t", "\u00a0")
_RUN_END = lazy(re, r"[ \n\t\u00a0]")
#: how far an address may reach on either side of a word in it
MAX_ADDRESS = 2000


def in_address(text: str, start: int, end: int) -> bool:
    """text[start:end] is part of a URL, an e-mail address, a path or a hashtag: the run of
    non-spaces around it has a slash, an @, a dot before a letter or a leading #. A line break or a
    tab ends the run as a space does ("stati Uniti" above "Filiale/servizio" is no path)."""
    lo = max(0, start - MAX_ADDRESS)
    a = max(max(text.rfind(c, lo, start) for c in _RUN_ENDS) + 1, lo)
    after = _RUN_END.search(text, end, end + MAX_ADDRESS)
    chunk = text[a : after.start() if after else min(len(text), end + MAX_ADDRESS)].strip("()[]<>\"'“”‘’.,;:!?")
    return bool(_URLISH.search(chunk))


#: a URL, an e-mail address or a path: not "and/or", "devolução/reembolso" or a decimal "4.7"
_LINKISH = lazy(re, r"://|www\.|@|\\|\.(?:com|org|net|edu|gov|html?|php|aspx?|io|info)\b|\w\.\w{2,}/")


def in_link(text: str, start: int, end: int) -> bool:
    """The first or the last character of text[start:end] stands in a URL, an e-mail address or a
    path (in its run of non-spaces)."""
    return bool(_LINKISH.search(_chunk(text, start, start + 1)) or _LINKISH.search(_chunk(text, end - 1, end)))


def _chunk(text: str, start: int, end: int) -> str:
    """The run of non-space characters around text[start:end], at most CHUNK_REACH either side
    (so a long text without spaces costs linear time)."""
    lo, hi = max(0, start - CHUNK_REACH), min(len(text), end + CHUNK_REACH)
    a = max(text.rfind(" ", lo, start), text.rfind("\n", lo, start), lo - 1) + 1
    ends = [i for i in (text.find(" ", end, hi), text.find("\n", end, hi)) if i != -1]
    return text[a : min(ends) if ends else hi]


def _quote_closes(doc: Document, i: int, mark: str, punct: str) -> bool:
    """Whether the double quotation mark at ``i`` closes a quotation (else it opens one), by the
    target's quotation marks: “ opens in English and closes in German („…“)."""
    pairs = doc.profile.quotes if doc.profile else _DEFAULT_QUOTES
    opens = {a for a, b in pairs if a != b}
    closes = {b for a, b in pairs if a != b}
    if punct == ":":
        return False  # a colon introduces a quotation
    if mark in opens and mark not in closes:
        return False
    if mark in closes and mark not in opens:
        return True
    if mark in opens and mark in closes:  # English “ in a German text: “…” is the only reading with a partner
        return punct in ".!?,"
    return marks_before_in_paragraph(doc, mark, i) % 2 == 1


def marks_before_in_paragraph(doc: Document, mark: str, i: int) -> int:
    """How many ``mark`` characters precede offset ``i`` in its paragraph (bisection on positions
    computed once per document, so many quotation marks cost linear time)."""
    key = f"surface:marks:{mark}"
    if key not in doc.cache:
        doc.cache[key] = [m.start() for m in re.finditer(re.escape(mark), doc.text)]
    if "surface:para_starts" not in doc.cache:
        doc.cache["surface:para_starts"] = [p.start for p in doc.paragraphs]
    starts = doc.cache["surface:para_starts"]
    k = bisect.bisect_right(starts, i) - 1
    para = starts[k] if k >= 0 else 0
    positions = doc.cache[key]
    return bisect.bisect_left(positions, i) - bisect.bisect_left(positions, para)


@rule("TQ213", "missing-space", "warning", "No space after sentence punctuation (\"arrived.The minister\").", neutral=True)
def missing_space(doc: Document) -> Iterator[Hit]:
    """
    ## What it does
    Flags a word followed by sentence punctuation and another word with no space between
    ("arrived.The", "begun.I was", "said,however", "Network,a subsidiary"), a quotation mark wedged between two words
    ("face.”The team", "the “plan”was", "said.\"We"), a closing bracket glued to the next word
    ("[email protected]Veuillez", "(Opening)A performance"), a common word glued to a number or a capitalised word by a
    colon ("Date:2021"), or two words of the language so ("risalita:dal gancio", "Dislivello:da
    300"; not "data:image", "mailto:", a rare word after the colon), a colon with a space before it and
    the next word glued to it ("la batterie :Si la batterie"; not an emoji's code, " :smile:"), and a number or a time glued to a capitalised word that is common or
    that the document also writes on its own ("7:00Owens"). Also: a time glued to a.m./p.m.
("8:00a.m."), an amount glued to a currency's code ("400HUF", "100zł") or a word to a currency sign ("is€23.85"), a list number glued to its heading or item ("2.PROCÉDURE", "Notas 1.Impostos"), a list dash glued to its item
where the other items space it ("-The Payments"), a numbered heading glued to its title
("Artículo 3.Establecimiento": `data/heading_number_words.txt`), a label in capitals glued to a
number that the text writes apart elsewhere ("REGON022116560"), a sentence glued to a closing
quotation mark and its full stop ("travel”.A soba"), the one-letter heading of an index glued to
the entry before it ("(solo scansione)A: AFIRC"), a common word glued to a score ("Primeiro Tempo0-0"), a sentence
mark moved from its word to the next ("there are floods .The", "competitions .In", "la première classe ;Devant", "inspection ,Precious"), an ordinal glued to the next sentence ("the 7th.The"), a number, a comma and a capitalised word with no
space ("July 18,The"), a year glued to a word
("2010progettato", "future.2020") or to the next item's section number ("is appropriate.3.2 number"), an hour
glued to "o'clock" ("12o’clock"), or a word to a date ("times16-1-2021"), a function word glued
to a number ("of the12 NIGHTS Hotel"), a word glued to a
bracket that holds an acronym, an address, a capitalised term or an aside of several words ("statistique(INE)",
"o sistema(System)", "de uso(en adelante …)", "garden(10 euro per week)"), a sentence's mark glued to the
bracket of the aside after it ("allowed!(max 10 cm"), a dash spaced on one side
only ("10:00 h- El propietario", "Atari -Videospiel", "high -quality", "e -mail", "a 4 -digit number"; not two
dashes around an aside, a suspended compound: "Kinder- und", nor a suffix in a grammar: "the suffix -er"), and what the language's typography forbids
(`data/<lang>/surface.toml`): "+5,2%" and "5g" in French, a hyphen before a function word
where pronouns take none ("ricetta-è", Italian and Spanish). Domain names, URLs, e-mail addresses,
    file names, decimals, times, initials and abbreviations with inner periods ("U.S.", "e.g.")
    are left alone.

    ## Why is this bad?
    Joined segments lose their space; readers stumble, and sentence splitting goes wrong.

    ## Example
    `The delegation arrived.The minister said."We will stay."`

    Use instead: `The delegation arrived. The minister said. "We will stay."`
    """
    text = doc.text
    last = (-1, -1)
    hint_end = 0
    # a mark between two letters (the patterns below are tried only there); a hint may not overlap
    # the one before it, as with one pattern for letter, mark and letter
    for mark in _MISSING_SPACE_HINT.finditer(text):
        at = mark.start() - 1
        if at < hint_end or at < 0 or not _LETTER.match(text, at):
            continue
        hint_end = mark.end() + 1
        word_start = _word_start(text, at, last)
        last = (at, word_start)
        if at - word_start > MAX_WORD_LENGTH:
            continue  # no word before the mark (a minified line)
        if word_start and text[word_start - 1].isdigit() and text[word_start : at + 1] in _ORDINAL_SUFFIXES:
            while word_start and text[word_start - 1].isdigit():
                word_start -= 1  # an ordinal number: "on the 7th.The opening"
        m = _MISSING_SPACE.match(text, word_start)
        if m is None:
            continue
        if _CODE_LIKE.search(_chunk(text, m.start(), m.end())):
            continue
        if m.group(2) in ".!?" and m.group(3).islower():
            continue  # "e.g.", "file.ext"
        yield Hit(m.start(2), m.end(2) + len(m.group(3)), f"no space after \"{m.group(2)}\"", f"{m.group(2)} {m.group(3)}", {"mark": m.group(2)})
    if doc.distinct_chars & set("\"“”„«»"):
        for m in _QUOTE_JOIN.finditer(text):
            punct, mark, word = m.groups()
            if _CODE_LIKE.search(_chunk(text, m.start(), m.end())):
                continue
            if _quote_closes(doc, m.start(2), mark, punct):
                yield Hit(m.start(), m.end(), f"no space after the closing quotation mark {mark}", f"{punct}{mark} {word}", {"mark": mark})
            else:
                yield Hit(m.start(), m.end(), f"no space before the opening quotation mark {mark}", f"{punct} {mark}{word}", {"mark": mark})
    if "’" in doc.distinct_chars or "'" in doc.distinct_chars:
        for m in _SINGLE_QUOTE_JOIN.finditer(text):
            if m.group(2).startswith("s ") or _CODE_LIKE.search(_chunk(text, m.start(), m.end())):
                continue  # a possessive: "the club’s supporters’ clubs"
            word = _WORD_BACKWARDS.match(text, 0, m.start())
            a = word.start() if word is not None else m.start() - 1
            yield Hit(a, m.end(), f"no space before the opening quotation mark {m.group(1)}",
                      f"{text[a : m.start()]} {m.group()}", {"mark": m.group(1)})
    yield from _number_joins(doc)
    yield from _amount_code_joins(doc)
    if "m." in text or "M." in text:
        for m in _TIME_MERIDIEM.finditer(text):
            yield Hit(m.start(1), m.end(), f"no space between the time \"{m.group(1)}\" and \"{m.group(2)}\"", f"{m.group(1)} {m.group(2)}", {"mark": "time"})
    yield from _one_sided_dashes(doc)
    yield from _glued_list_dashes(doc)
    if "," in text:
        for m in _DIGIT_COMMA_WORD.finditer(text):
            yield Hit(m.start(), m.end(), f"no space after \",\" in \"{text[m.start() - 1]}{m.group()}\"", ", ", {"mark": ","})
    yield from _settings_joins(doc)
    for m in finditer_from_hints(_STOP_BEFORE_YEAR, _STOP_YEAR_HINT, _DOTTED_RUN, text):
        if not _CODE_LIKE.search(_chunk(text, m.start(), m.end())):
            yield Hit(m.start(1), m.end(), f"no space after \".\" before \"{m.group(2)}\"", f". {m.group(2)}", {"mark": "."})
    if _STOP_SECTION_HINT.search(text):
        for m in _STOP_BEFORE_SECTION.finditer(text):
            if not _CODE_LIKE.search(_chunk(text, m.start(), m.end())):
                yield Hit(m.start(1), m.end(), f"no space after \".\" before the section number \"{m.group(2)}\"", f". {m.group(2)}", {"mark": "."})
    if "clock" in text:
        for m in _OCLOCK.finditer(text):
            yield Hit(m.start(1), m.end(), f"no space between \"{m.group(1)}\" and \"{m.group(2)}\"", f"{m.group(1)} {m.group(2)}", {"mark": "time"})
    yield from _bracket_after_word(doc)
    yield from _year_and_date_joins(doc)
    if "%" in text and surface_settings(doc.target_lang).get("space_before_percent"):
        for m in _PERCENT_JOIN.finditer(text):
            yield Hit(m.start(), m.end(), f"no space before \"%\" in \"{m.group()}\"", m.group()[:-1] + "\u202f%", {"mark": "%"})
    for m in _LIST_NUMBER_JOIN.finditer(text):
        k = next(i for i in (1, 2, 3) if m.group(i))
        number, word = m.group(k), m.group(4)
        if k == 1 and number[-1].isdigit() and (len(word) < 3 or word.lower() in _unit_symbols()
                                                 or zipf(word.lower(), doc.target_lang) < MIN_LABEL_ZIPF):
            continue  # "1.5Kg", "2.4Ghz": an amount and its unit, not a clause number ("1.1This offer")
        if k == 3 and (h := _HEADING_WORD_BEFORE.search(text, max(0, m.start(k) - 40), m.start(k))) \
                and h.group(1).lower() in word_list("heading_number_words.txt"):
            continue  # "Artículo 1.Objeto": a numbered heading, reported below as one
        yield Hit(m.start(k), m.end(), f"no space after the list number \"{number}\"", f"{number} {word}", {"mark": "list number"})
    yield from _more_joins(doc)
    if doc.distinct_chars & set(")]"):
        yield from _bracket_joins(doc)
    if ":" in doc.distinct_chars:
        lang = doc.target_lang
        for m in _colon_joins(text):
            lowered = m.group(2).islower()
            if lowered and zipf(m.group(2), lang) < MIN_LABEL_ZIPF:
                continue  # a lower-case word after the colon counts only if common: "risalita:dal", not "gs:bucket"
            # between two words of the language, a rarer label will do ("Dislivello:da 300 a 680 metri")
            if zipf(m.group(1).lower(), lang) < (MIN_LABEL_BEFORE_WORD_ZIPF if lowered else MIN_LABEL_ZIPF) \
                    or _CODE_LIKE.search(_chunk(text, m.start(), m.end())):
                continue
            yield Hit(m.end(1), m.end(), "no space after \":\"", f": {m.group(2)}", {"mark": ":"})
        for m in _SPACED_COLON_JOIN.finditer(text):  # "la batterie :Si la batterie": a space before, none after
            if m.start() and text[m.start() - 1].isalpha():
                yield Hit(m.start() + 1, m.end(), "no space after \":\"", f": {m.group(1)}", {"mark": ":"})


#: an amount glued to the code or the sign of a currency written in letters ("400HUF", "100zł")
_AMOUNT_CODE = lazy(regex, r"(?<![\w.,/@#-])(\d[\d.,]*\d|\d)(\p{L}{2,3})(?![\w@-]|\.\w)")
_AMOUNT_CODE_HINT = lazy(re, r"\d(?:zł|Kč|Ft|TL|[A-Z]{3}(?!\w))")
#: currency signs in letters other than ISO codes, written after the amount
_LETTER_SIGNS = frozenset(("zł", "Kč", "Ft", "TL"))


@lru_cache(maxsize=None)
def _currency_codes() -> frozenset[str]:
    """The ISO codes of data/currency_words.txt in capitals ("HUF") and the signs written in letters ("zł")."""
    return frozenset(w.upper() for w in word_list("currency_words.txt") if len(w) == 3 and w.isascii()) | _LETTER_SIGNS


#: a lower-case word glued to a currency sign and its amount ("the fee is€23.85")
_SIGN_AMOUNT = lazy(regex, r"(?<![\p{L}\d])(\p{L}*\p{Ll}{2})([€$£¥₺₽₴](?:\d[\d.,]*\d|\d))")
_SIGN_AMOUNT_HINT = lazy(re, r"[€$£¥₺₽₴]\d")
_LETTER_RUN_ONLY = run_before(r"\p{L}")  # (one pattern with name_spelling's: run_before is cached)


def _amount_code_joins(doc: Document) -> Iterator[Hit]:
    """An amount glued to a currency's code or sign in letters ("Tourist tax is 400HUF", "a fee of
    100zł"), and a word glued to a currency sign before an amount ("the fee is€23.85")."""
    text = doc.text
    if doc.distinct_chars & set("€$£¥₺₽₴"):
        for m in finditer_from_hints(_SIGN_AMOUNT, _SIGN_AMOUNT_HINT, _LETTER_RUN_ONLY, text):
            if not in_link(text, m.start(), m.end()):
                yield Hit(m.start(), m.end(), f"no space before \"{m.group(2)}\"", f"{m.group(1)} {m.group(2)}", {"mark": "currency"})
    codes = _currency_codes()
    for hint in _AMOUNT_CODE_HINT.finditer(text):
        start = hint.start()
        while start and (text[start - 1].isdigit() or text[start - 1] in ".,"):
            start -= 1
        m = _AMOUNT_CODE.match(text, start)
        if m is None or m.group(2) not in codes or in_link(text, m.start(), m.end()):
            continue
        yield Hit(m.start(), m.end(), f"no space between the amount \"{m.group(1)}\" and \"{m.group(2)}\"",
                  f"{m.group(1)} {m.group(2)}", {"mark": "currency"})


#: a digit before a capital: where a number may be glued to the next word ("7:00Owens")
_DIGIT_CAPITAL = lazy(regex, r"\d\p{Lu}")
#: a number, a time or a year glued to a capitalised word
_NUMBER_JOIN = lazy(regex, r"(\d{1,4}(?:[:.]\d{2})?)(\p{Lu}\p{Ll}{2,})(?![\w'’-])")
#: a capitalised word glued to a number needs this frequency, or an occurrence of its own in the document
NUMBER_JOIN_ZIPF = 4.5


#: a closing bracket after a word, glued to the next word ("[email protected]Veuillez", "(PCM)ha annunciato")
_BRACKET_JOIN = lazy(regex, r"(?<=[\p{L}\p{N}.])([)\]])(\p{L}\p{Ll}{2,}|\p{Lu}\p{Ll}(?!\p{L})|\p{Lu}(?= \p{Ll}{2}))")


def _bracket_joins(doc: Document) -> Iterator[Hit]:
    """A closing bracket glued to the word after it, in running text (not code, a URL or "word(s)")."""
    text = doc.text
    for m in _BRACKET_JOIN.finditer(text):
        opener = "(" if m.group(1) == ")" else "["
        if text.rfind(opener, max(0, m.start() - 200), m.start()) == -1:
            continue  # no bracket opened before it: a list marker "a)b", or not a bracket at all
        if _CODE_LIKE.search(_chunk(text, m.start(), m.end())):
            continue
        yield Hit(m.start(1), m.end(), f"no space after \"{m.group(1)}\"", f"{m.group(1)} {m.group(2)}", {"mark": m.group(1)})


#: a clock time glued to a.m./p.m. ("8:00a.m.", "9:00p.m."): every style guide spaces them
_TIME_MERIDIEM = lazy(regex, r"(?<![\w.:])(\d{1,2}(?:[:.]\d{2})?)([ap]\.[ \u00a0]?m\.)", regex.IGNORECASE)
#: a list number glued to the capitalised word after it: at a line start ("2.PROCÉDURE D'ACHAT"), after
#: a sentence's end ("comprador. 2.Por favor"), or the first of a list run into a line ("Notas
#: 1.Impostos"; not "version 3.Beta", "2.0")
_LIST_NUMBER_JOIN = lazy(regex, r"(?m)(?:^[ \t]*(\d{1,2}\.(?:\d{1,2}\.?(?=\p{Lu}\p{Ll}))?)|(?<=[.!?] )(\d{1,2}\.)|(?<=\p{Ll} )(1\.))(\p{Lu}\p{L}+)(?=[\s,:;]|$)")


@lru_cache(maxsize=None)
def miscased_unit_forms() -> dict[str, str]:
    """data/miscased_units.tsv: a unit's symbol in the wrong case -> the symbol ("Kg" -> "kg")."""
    return {r["form"]: r["symbol"] for r in table("miscased_units.tsv", ("form", "symbol"))}


@lru_cache(maxsize=1)
def _unit_symbols() -> frozenset[str]:
    """Unit symbols in lower case ("kg", "ghz"), from data/miscased_units.tsv."""
    return frozenset(w.lower() for pair in miscased_unit_forms().items() for w in pair)


#: one capitalised word opening the line before a number: the number is a heading's ("Artículo |1.Objeto")
_HEADING_WORD_BEFORE = lazy(regex, r"(?m)^[ \t]*(\p{Lu}\p{Ll}+)\.? $")
#: a numbered heading ("Artículo 3.Establecimiento del acuerdo") glued to its title: a capitalised
#: word, its number and a stop at a line's start, a common capitalised word after it
_HEADING_NUMBER_JOIN = lazy(regex, r"(?m)^[ \t]*(\p{Lu}\p{Ll}+)\.? (\d{1,3}\.)(\p{Lu}\p{Ll}{2,})(?=[\s,:;]|$)")
#: a capitalised word glued to a score after it ("Primeiro Tempo0-0"; not a user name: "Adam5811")
#: a letter before a score ("Tempo0-0"): where a word may be glued to one (a fast prefilter)
_SCORE_HINT = lazy(re, r"[^\W\d_]\d{1,3}[-:]\d")
_WORD_NUMBER_JOIN = lazy(regex, r"(?<![\w@#/.'’-])(\p{Lu}\p{Ll}{2,})(\d{1,3}[-:]\d{1,3})(?![\w.,/@:-])")
#: a closing quotation mark and sentence punctuation glued to the next sentence: “I want to travel”.A soba'
_QUOTE_MARK_JOIN = lazy(regex, r"([”\"»)\]])([.!?;:])(\p{Lu}\p{Ll}*)(?![\w.])")  # after a letter: checked in code
#: a one-letter heading of an index glued to the entry before it: "(solo scansione)A: AFIRC", "liquidoM: MCS"
_INDEX_LETTER_JOIN = lazy(regex, r"(\p{Lu}):(?= \S)")  # after a lower-case letter or a bracket: checked in code
#: a label in capitals glued to a long number ("REGON022116560"): a join where the text writes the label apart
_LABEL_NUMBER_JOIN = lazy(regex, r"(?<![\w@#/.-])(\p{Lu}{3,})(\d{4,})(?![\w@/-])")
_LABEL_NUMBER_HINT = lazy(re, r"[A-Z]{3}\d{4}")
#: a comma that left its word for the next one, in lower case ("a pass ,in case of")
_COMMA_MOVED = lazy(regex, r"(?<=\p{Ll}) ,(\p{Ll}{2,})")
#: a clock time that ends a sentence, glued to the next one ("to 22:00.Some seasons"; not "version 3.Beta")
_TIME_STOP_JOIN = lazy(regex, r"(?<![\d:])\d{1,2}:\d{2}\.(\p{Lu}\p{Ll}{2,})")
#: a sentence mark after a space and glued to the next sentence or word ("there are floods .The", "classe ;Devant",
#: "inspection ,Precious")
_MARK_MOVED = lazy(regex, r" ([.,;!?])(\p{Lu}\p{Ll}+)(?![\w.])")  # after a lower-case letter: checked in code


#: a number glued to its unit ("110g"), where the language spaces them
_UNIT_JOIN = lazy(regex, r"(?<![\w.,])\d+(?:[.,]\d+)?(?:mg|kg|g|ml|cl|dl|l|mm|cm|km|m)(?![\w²³])")
#: a digit glued to a unit: where _UNIT_JOIN may match (a fast prefilter)
_UNIT_JOIN_HINT = lazy(re, r"\d(?:mg|kg|g|ml|cl|dl|l|mm|cm|km|m)(?![^\W\d_])")
#: a number and its unit with a space between ("260 km")
_UNIT_SPACED = lazy(regex, r"(?<![\w.,])\d+(?:[.,]\d+)?[ \u00a0](mg|kg|g|ml|cl|dl|l|mm|cm|km|m)(?![\w²³])")
#: a word, a hyphen and a function word or one of the commonest words ("ricetta-è", "usi-che"): a dash or a space lost
HYPHEN_WORD_ZIPF = 6.0
_HYPHEN_FUNCTION = lazy(regex, r"(?<![\w-])(\p{Ll}{3,})-(\p{Ll}{1,3})(?![\w-])")
_HYPHEN_HINT, _HYPHENATED_RUN = lazy(regex, r"\p{Ll}-\p{Ll}"), run_before(r"\w\-")


def _settings_joins(doc: Document) -> Iterator[Hit]:
    """Joins that the language's typography forbids (data/<lang>/surface.toml): a number glued to its unit
    ("110g" in French; in any language, a unit the text spaces from its number elsewhere: "2km" beside "260 km"), a word hyphenated to a function word where pronouns never take a hyphen
    ("dalla ricetta-è già", Italian and Spanish)."""
    text, lang = doc.text, doc.target_lang
    settings = surface_settings(lang)
    spaced_everywhere = settings.get("space_before_unit")
    # elsewhere, a unit the text itself spaces from its number ("a 2km dalla base" beside "Varsavia (260 km)")
    spaced = None if spaced_everywhere or not _UNIT_JOIN_HINT.search(text) else {m.group(1) for m in _UNIT_SPACED.finditer(text)}
    if spaced_everywhere or spaced:
        for m in _UNIT_JOIN.finditer(text):
            number = m.group().rstrip("mgkcldl")
            unit = m.group()[len(number):]
            if spaced_everywhere or unit in spaced:
                yield Hit(m.start(), m.end(), f"no space between \"{number}\" and its unit", f"{number}\u00a0{unit}",
                          {"mark": "unit"} if spaced_everywhere else {"mark": "unit", "spaced_elsewhere": unit})
    if lang != "en" and settings and not settings.get("hyphenated_clitics") and not settings.get("closed_compounds") and "-" in text:
        function = word_list(f"{lang}/function_words.txt")
        for m in finditer_from_hints(_HYPHEN_FUNCTION, _HYPHEN_HINT, _HYPHENATED_RUN, text):
            small = m.group(2) in function or zipf(m.group(2), lang) >= HYPHEN_WORD_ZIPF  # "che", "è"
            if small and zipf(m.group(1), lang) >= YEAR_JOIN_ZIPF and not in_link(text, m.start(), m.end()):
                yield Hit(m.start(), m.end(), f"a hyphen joins \"{m.group(1)}\" and \"{m.group(2)}\"", f"{m.group(1)} - {m.group(2)}",
                          {"mark": "-"})


#: a sentence's last word, its full stop and a year glued on ("decide about his future.2020 10 14")
_STOP_BEFORE_YEAR = lazy(regex, r"(?<![\w.])\p{Ll}{3,}(\.)((?:19|20)\d{2})(?=\s)")
_STOP_YEAR_HINT, _DOTTED_RUN = lazy(regex, r"\.(?:19|20)\d\d"), run_before(r"\w.")
#: a sentence's last word glued to the next item's section number ("is appropriate.3.2 number of")
_STOP_BEFORE_SECTION = lazy(regex, r"(?<![\w.])\p{Ll}{3,}(\.)(\d{1,2}\.\d{1,2})(?=[ \u00a0]\p{L})")
_STOP_SECTION_HINT = lazy(regex, r"\p{Ll}\.\d{1,2}\.\d")
#: an hour glued to "o'clock" ("until 12o'clock")
_OCLOCK = lazy(regex, r"(?<![\w.:])(\d{1,2})(o[’']clock)\b")
#: a dash with a space on one side only: "EUR- El depósito", "push- cos'è"; "Atari -Videospiel"
_DASH_SPACE_AFTER = lazy(regex, r"(?<=[\p{L}\d)]|(?<!\p{L}{2})\.)-[ \u00a0](?=(\p{L}+))")
#: a space and a hyphen before a letter: where a hyphen spaced on one side may stand (a fast prefilter)
_SPACE_HYPHEN = lazy(re, r"[ \u00a0]-(?=[^\W\d_])")
#: ... after two letters, a bracket or a call's empty brackets ("sort() -Methode"), before a capitalised
#: word or a lower-case one that ends there
_DASH_SPACE_BEFORE = lazy(regex, r"(?<=[\p{L})]{2}|\w\(\))[ \u00a0]-(?=\p{Lu}\p{Ll}{2,}|\p{Ll}{2,}[ \u00a0,.;:])")
#: ... or after one letter or a number that stands alone, before a lower-case word ("e -mail", "4 -digit")
_DASH_SPACE_BEFORE_SHORT = lazy(regex, r"(?<=(?:^|[^\p{L}\d])(?:\p{L}|\d+))[ \u00a0]-(?=\p{Ll}{3,}[ \u00a0,.;:])")
#: a lower-case word after a hyphen spaced on one side is at least this common (Zipf), so that a suffix
#: quoted in a grammar ("the suffix -er", "participio -ing") stays clean
MIN_DASHED_WORD_ZIPF = 2.5
#: ... and a word of three letters or fewer, not a function word, one of the commonest ("way", "end", "old"; "ing" 3.95, "est" 4.1)
MIN_SHORT_DASHED_ZIPF = 5.0
#: words after which "word- " is a suspended compound ("Ein- und Ausgang", "pre- and post-war")
_SUSPENDED = frozenset("and or to nor und oder bis sowie noch e y o u ou et ni".split())


_WORD_AT = lazy(regex, r"\p{L}*")


def _one_sided_dashes(doc: Document) -> Iterator[Hit]:
    """A hyphen or dash spaced on one side only, between words: a space lost where a dash joined two
    parts ("10:00 h- El propietario") or a compound split before its hyphen ("Atari -Videospiel").
    A dash that opens an aside and one that closes it ("-como aikido, entre otras- podrán", or opened
    with a dash of another kind: "–dice Carlos Rúa- de que") pair up."""
    text = doc.text
    if "-" not in text:
        return
    closing = [m for m in _DASH_SPACE_AFTER.finditer(text)
               if m.group(1).lower() not in _SUSPENDED and not in_link(text, m.start() - 1, m.start())]
    opening = [m for m in _OPENING_DASH.finditer(text)]
    paired: set[int] = set()
    for o in opening:
        for c in closing:
            if o.start() < c.start() <= o.start() + MAX_ASIDE and "\n" not in text[o.start() : c.start()] and c.start() not in paired:
                paired.update((o.start(), c.start()))
                break
    for m in closing:
        if m.start() not in paired:
            yield Hit(m.start() - 1, m.end(), "a dash with a space after it and none before", " - ", {"mark": "-"})
    function = word_list(f"{doc.target_lang}/function_words.txt")
    for hint in _SPACE_HYPHEN.finditer(text):
        m = _DASH_SPACE_BEFORE.match(text, hint.start()) or _DASH_SPACE_BEFORE_SHORT.match(text, hint.start())
        if m is None:
            continue
        if m.start() + 1 in paired or in_link(text, m.end(), m.end() + 1):
            continue
        after = _WORD_AT.match(text, m.end()).group()
        if after.islower() and (zipf(after, doc.target_lang) < MIN_DASHED_WORD_ZIPF
                                or len(after) <= 3 and after not in function
                                and (len(after) < 3 or zipf(after, doc.target_lang) < MIN_SHORT_DASHED_ZIPF)):
            continue  # a suffix quoted in a grammar ("the suffix -er", "-ing"), a command's option ("ls -la");
            # not "passers -by", "one -way", "high -end"
        if not text[m.start() - 2 : m.start()].isalpha() and zipf(after, doc.target_lang) < 3.0:
            continue  # after one letter or a number, a common word only: "e -mail", "a 4 -digit number"
        yield Hit(m.start(), m.end() + 1, "a hyphen with a space before it and none after", "-", {"mark": "-"})


#: a number, a comma and a capitalised word with no space ("on July 18,The center"): not a thousands separator
_DIGIT_COMMA_WORD = lazy(regex, r"(?<=\d),(?=\p{Lu}\p{Ll}{2,})")
_LIST_DASH_GLUED = lazy(regex, r"(?m)^[ \t]*-(?=\p{Lu}\p{Ll})")
_LIST_DASH_SPACED = lazy(regex, r"(?m)^[ \t]*- \p{L}")


def _glued_list_dashes(doc: Document) -> Iterator[Hit]:
    """A list item whose dash is glued to its first word ("-The Payments will be due") in a text whose
    other items put a space after the dash ("- It is not allowed"): the space was lost."""
    text = doc.text
    if "\n-" not in text or not _LIST_DASH_SPACED.search(text):
        return
    for m in _LIST_DASH_GLUED.finditer(text):
        yield Hit(m.end() - 1, m.end() + 1, "no space after the list dash, as the other items have", "- ", {"mark": "-"})


#: a dash that may open an aside: a space before it, a letter after it
_OPENING_DASH = lazy(regex, r"(?<=[ \u00a0])[-–—](?=\p{L})")
#: the longest aside between two dashes, in characters
MAX_ASIDE = 200


#: a word glued to a bracket that holds an acronym or an address: "statistique(INE)", "Daily(www.asiae.co.kr)"
#: a word glued to a bracket that opens an aside of several words ("precauciones de uso(en adelante
#: denominadas …)"; not "item(s)", "usuario(a)" nor a call "print(x)")
_LETTER_BRACKET = lazy(re, r"[^\W\d_]\(")
#: (or of a number and words: "garden(10 euro per week)", "adult(100% of adult rates)"), or a bracket that holds a capitalised name or
#: term of up to four words ("o sistema(System)", "Windows Update(Windows Update Screen)")
_ASIDE_AFTER_WORD = lazy(regex, r"(?<![\w.])(\p{L}\p{Ll}{2,})\((?=(?:\p{Ll}{2,}|\d+(?:[.,]\d+)?(?:%|\p{Ll}{0,3})) [^()\n]{0,200}\))")
_STOP_BEFORE_BRACKET = lazy(regex, r"(?<=(?:\p{L}{2}|\d))([.!?])\((?=\p{L}{2,}[ \u00a0][^()\n]{0,200}\))")
_BRACKET_AFTER_WORD = lazy(regex, 
    r"(?<![\w.])(\p{Lu}?\p{Ll}{2,})\((?=(?:\p{Lu}{2,}\d*|www\.|https?://)[^()\s]*\)|\p{Lu}\p{Ll}+(?:[ \u00a0]\p{Lu}\p{L}*){0,3}\))")


def _bracket_after_word(doc: Document) -> Iterator[Hit]:
    text = doc.text
    if "(" not in text:
        return
    # tried only at a letter before "(" (a pattern that starts with a look-behind is tried everywhere)
    end = 0
    for bracket in _LETTER_BRACKET.finditer(text):
        word = _WORD_BACKWARDS.match(text, 0, bracket.start() + 1)
        if word is None or word.start() < end:
            continue
        m = _BRACKET_AFTER_WORD.match(text, word.start())
        if m is None:
            m = _ASIDE_AFTER_WORD.match(text, word.start())
            if m is not None and _CODE_LIKE.search(_chunk(text, m.start(), m.end())):
                m = None
        if m is not None:
            end = m.end()
            yield Hit(m.start(), m.end(), f"no space between \"{m.group(1)}\" and \"(\"", f"{m.group(1)} (", {"mark": "("})
    # a sentence's mark glued to the bracket that opens the next aside ("allowed!(max 10 cm", "18:00.(If you")
    for m in _STOP_BEFORE_BRACKET.finditer(text) if ".(" in text or "!(" in text or "?(" in text else ():
        if not _CODE_LIKE.search(_chunk(text, m.start(), m.end())):
            yield Hit(m.start(), m.end(), f"no space between \"{m.group(1)}\" and \"(\"", f"{m.group(1)} (", {"mark": "("})


#: a year glued to the lower-case word after it ("del 2010progettato"), a word glued to a date ("times16-1-2021")
_YEAR_JOIN = lazy(regex, r"(?<![\w.,])((?:1[5-9]|20)\d{2})(\p{Ll}{4,})(?![\w])")
_DIGIT_LOWER, _NUMBER_RUN = lazy(regex, r"\d\p{Ll}"), run_before(r"\w.,")
_WORD_DATE_JOIN = lazy(regex, r"(?<![\w])(\p{Ll}{3,})(\d{1,2}[-./]\d{1,2}[-./]\d{2,4})(?![\w])")
_LOWER_DIGIT, _WORD_RUN = lazy(regex, r"\p{Ll}\d"), run_before(r"\w")
#: a number glued to % where the language spaces it ("+5,2%" in French)
_PERCENT_JOIN = lazy(regex, r"(?<![\w.,])[+-−]?\d+(?:[.,]\d+)?%")


#: the word glued to a year or a date must be this common (a year glued to a code or a unit is not prose)
YEAR_JOIN_ZIPF = 3.0


#: a lower-case letter right before a digit: where a word may be glued to a number (a fast prefilter)
_LETTER_DIGIT = lazy(re, r"[a-zß-öø-ÿ](?=\d)")
#: a short lower-case word glued to the number after it ("Rules of the12 NIGHTS Hotel", "desde el2020")
_FUNCTION_NUMBER_JOIN = lazy(regex, r"(?<![\w'’@#/.-])(\p{Ll}{2,4})(\d{2,4})(?![\w.,:/@-])")


#: a word in lower case, or in capitals (a table's header), glued to the number after it ("tage3 tage5",
#: "years400 DKK", "MINDESTAUFENTHALTSDAUER2"): a table's cells or a label and its value run together
_WORD_NUMBER_GLUE = lazy(regex, r"(?<![\w'’@#/.-])(\p{Ll}{5,}|\p{Ll}{4}(?=\d{1,2}\b)|\p{Lu}{6,})(\d{1,6})(?![\w/@-]|[.,]\d)")
_CAPITALS_DIGIT, _LABEL_RUN = lazy(regex, r"\p{Lu}{6}\d"), run_before(r"\w'’@#/.\-")
#: such a word must be this common in the target language (not a code or a model name: "covid19", "html5")
WORD_NUMBER_GLUE_ZIPF = 3.5


def _year_and_date_joins(doc: Document) -> Iterator[Hit]:
    text, lang = doc.text, doc.target_lang
    function = word_list(f"{lang}/function_words.txt") - {"no", "nr", "op"}  # "no12": a number sign's abbreviation
    glued: list[re.Match] = []
    for hint in _LETTER_DIGIT.finditer(text):
        at = _word_start(text, hint.start(), (-1, -1))
        m = _FUNCTION_NUMBER_JOIN.match(text, at)
        if m is None:
            if (g := _WORD_NUMBER_GLUE.match(text, at)) is not None:
                glued.append(g)
            continue
        if m.group(1) in function and not _CODE_LIKE.search(_chunk(text, m.start(), m.end())):
            yield Hit(m.start(), m.end(), f"no space between \"{m.group(1)}\" and \"{m.group(2)}\"", f"{m.group(1)} {m.group(2)}", {"mark": "number"})
    glued.extend(m for m in finditer_from_hints(_WORD_NUMBER_GLUE, _CAPITALS_DIGIT, _LABEL_RUN, text) if m.group(1).isupper())
    for m in glued:
        word, number = m.groups()
        if zipf(word.lower(), lang) >= WORD_NUMBER_GLUE_ZIPF and not _CODE_LIKE.search(_chunk(text, m.start(), m.end())):
            yield Hit(m.start(), m.end(), f"no space between \"{word}\" and \"{number}\"", f"{word} {number}", {"mark": "number"})
    for pattern, hint, run in ((_YEAR_JOIN, _DIGIT_LOWER, _NUMBER_RUN), (_WORD_DATE_JOIN, _LOWER_DIGIT, _WORD_RUN)):
        for m in finditer_from_hints(pattern, hint, run, text):
            word = m.group(2) if pattern is _YEAR_JOIN else m.group(1)
            if zipf(word, lang) < YEAR_JOIN_ZIPF or _CODE_LIKE.search(_chunk(text, m.start(), m.end())):
                continue
            yield Hit(m.start(), m.end(), f"no space between \"{m.group(1)}\" and \"{m.group(2)}\"", f"{m.group(1)} {m.group(2)}", {"mark": "number"})


def _more_joins(doc: Document) -> Iterator[Hit]:
    """A numbered heading glued to its title ("Artículo 3.Establecimiento"), a common capitalised
    word glued to a score ("Primeiro Tempo0-0"), and a sentence mark that left its word
    for the next one ("there are floods .The", "la première classe ;Devant"); the glued word must be
    common in the language (not a model name, "Galaxy5", nor a file name, ".NET")."""
    text = doc.text
    lang = doc.target_lang
    for m in _HEADING_NUMBER_JOIN.finditer(text):
        head, number, word = m.groups()
        if head.lower() in word_list("heading_number_words.txt") and zipf(word.lower(), lang) >= MIN_PART_ZIPF:
            yield Hit(m.start(2), m.end(), f"no space after the number \"{number}\"", f"{number} {word}", {"mark": "list number"})
    if _SCORE_HINT.search(text):
        for m in _WORD_NUMBER_JOIN.finditer(text):
            if zipf(m.group(1).lower(), lang) >= NUMBER_JOIN_ZIPF and not _CODE_LIKE.search(_chunk(text, m.start(), m.end())):
                yield Hit(m.start(), m.end(), f"no space between \"{m.group(1)}\" and \"{m.group(2)}\"", f"{m.group(1)} {m.group(2)}", {"mark": "number"})
    if doc.distinct_chars & set("”\"»)]"):
        for m in _QUOTE_MARK_JOIN.finditer(text):
            if m.start() and text[m.start() - 1].isalpha() and not _CODE_LIKE.search(_chunk(text, m.start(), m.end())):
                opened = text.rfind("(" if m.group(1) == ")" else "[", max(0, m.start() - 200), m.start())
                if m.group(1) in ")]" and (opened < 0 or " " not in text[opened : m.start()]):
                    continue  # "f(x).Value": code; a bracket of prose holds a space ("(Discussion draft).Conference")
                yield Hit(m.start(2), m.end(), f"no space after \"{m.group(2)}\"", f"{m.group(2)} {m.group(3)}", {"mark": m.group(2)})
    if ": " in text:
        for m in _INDEX_LETTER_JOIN.finditer(text):
            if m.start() and (text[m.start() - 1].islower() or text[m.start() - 1] in ")]") and not _CODE_LIKE.search(_chunk(text, m.start(), m.end())):
                yield Hit(m.start(), m.end(), f"the heading letter \"{m.group(1)}:\" is glued to the entry before it", f" {m.group(1)}:", {"mark": ":"})
    for m in (_LABEL_NUMBER_JOIN.finditer(text) if _LABEL_NUMBER_HINT.search(text) else ()):
        label, number = m.groups()
        if regex.search(rf"(?<![\w]){label}[ :\u00a0]+\d", text):
            yield Hit(m.start(), m.end(), f"no space between \"{label}\" and \"{number}\" (the text writes \"{label} …\" elsewhere)",
                      f"{label} {number}", {"mark": "number"})
    if " ," in text:
        for m in _COMMA_MOVED.finditer(text):
            if not in_address(text, m.start(), m.end()):
                yield Hit(m.start(), m.end(), f"\",\" stands against the next word, \"{m.group(1)}\", instead of the one before it",
                          f", {m.group(1)}", {"mark": ","})
    if ":" in text:
        for m in _TIME_STOP_JOIN.finditer(text):
            if not _CODE_LIKE.search(_chunk(text, m.start(), m.end())):
                yield Hit(m.end() - len(m.group(1)) - 1, m.end(), f"no space after \".\" before \"{m.group(1)}\"", f". {m.group(1)}", {"mark": "."})
    for m in _MARK_MOVED.finditer(text):
        mark, word = m.groups()
        if not (m.start() and text[m.start() - 1].islower()):
            continue
        if zipf(word.lower(), lang) >= MIN_LONG_PART_ZIPF and not in_address(text, m.start(1), m.end()):
            yield Hit(m.start(), m.end(), f"\"{mark}\" stands against the next word, \"{word}\", instead of the one before it",
                      f"{mark} {word}" if mark in ".!?" or mark not in _profile_spaced(doc) else f" {mark} {word}", {"mark": mark})


def _profile_spaced(doc: Document) -> str:
    return doc.profile.space_before if doc.profile else ""


def _number_joins(doc: Document) -> Iterator[Hit]:
    """A number, time or year glued to the capitalised word after it ("dalle 7:00Owens ha detto",
    "in 2022The"): the word is common, or the document also writes it on its own. Not units
    ("5Mbps"), model names ("3Com") or code: the word must be a word of the text."""
    text = doc.text
    lang = doc.target_lang
    for hint in _DIGIT_CAPITAL.finditer(text):
        start = hint.start()
        while start and (text[start - 1].isdigit() or text[start - 1] in ":."):
            start -= 1
        if start and (text[start - 1].isalnum() or text[start - 1] in "_/-@#'’"):
            continue  # inside a token: "MP3Player", "COVID-19Vaccine", a path
        m = _NUMBER_JOIN.match(text, start)
        if m is None or m.end(1) != hint.start() + 1:
            continue
        word = m.group(2)
        if not (word.lower() in doc.word_positions or zipf(word.lower(), lang) >= NUMBER_JOIN_ZIPF):
            continue
        if _CODE_LIKE.search(_chunk(text, m.start(), m.end())):
            continue
        yield Hit(m.start(), m.end(), f"no space between \"{m.group(1)}\" and \"{word}\"", f"{m.group(1)} {word}", {"mark": "number"})


def _colon_joins(text: str) -> Iterator:
    """The matches of ``_COLON_JOIN`` in ``text``, tried only at the word before each colon."""
    end = 0
    for colon in _COLON_BEFORE_WORD.finditer(text):
        word = _WORD_BACKWARDS.match(text, 0, colon.start())
        if word is None or word.start() < end:
            continue
        m = _COLON_JOIN.match(text, word.start())
        if m is not None:
            end = m.end()
            yield m


#: two or more spaces after a character that is not a space or sentence punctuation, before one
#: that is not a space (the run is found first, its neighbours checked apart: faster)
_DOUBLE_SPACE = lazy(re, r" {2,}")
_NOT_AFTER = lazy(re, r"[\s.!?:]")
#: a sentence end (a stop after a lower-case letter) and a capital after one space, or after two
_SENTENCE_JOIN_ONE = lazy(regex, r"(?<=\p{Ll})[.!?] (?=\p{Lu})")
_SENTENCE_JOIN_TWO = lazy(regex, r"(?<=\p{Ll})[.!?]  (?=\p{Lu})")


@rule("TQ214", "double-space", "info", "Two or more spaces between words.", neutral=True)
def double_space(doc: Document) -> Iterator[Hit]:
    """
    ## What it does
    Flags two or more spaces between words inside a line. Indentation is left alone, and so is a
    page's byline (a line that opens with a word of `data/<lang>/byline_words.txt` and holds a date
    or a time: "posted 29 Sep 2017 by David Carlisle   [ updated"), and so are
    the traditional two spaces after a sentence, unless the text puts one space after most of its
    sentences: then the few with two are slips.

    ## Why is this bad?
    Double spaces usually mark a word that machine translation or an editor deleted.

    ## Example
    `The minister  said so.`

    Use instead: `The minister said so.`
    """
    text = doc.text
    # two spaces after a sentence are a habit only where the text keeps it: beside more sentences
    # joined with one space, they are slips
    single = sum(1 for _ in _SENTENCE_JOIN_ONE.finditer(text))
    doubles = [m for m in _SENTENCE_JOIN_TWO.finditer(text)]
    slips = 0 < len(doubles) < single
    for m in _DOUBLE_SPACE.finditer(text):
        a, b = m.span()
        if a and b < len(text) and not text[b].isspace():
            if not _NOT_AFTER.match(text, a - 1):
                if not byline(text, a, doc.target_lang):  # "by David Carlisle   [ updated": a template's spacing
                    yield Hit(a, b, "double space", " ", {"spaces": b - a})
            elif slips and b - a == 2 and _SENTENCE_JOIN_TWO.match(text, a - 1):
                yield Hit(a, b, "two spaces after a sentence in a text that puts one after most", " ",
                          {"spaces": 2, "sentences_one_space": single, "sentences_two_spaces": len(doubles)})
