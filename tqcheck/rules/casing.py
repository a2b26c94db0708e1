"""TQ101, TQ102, TQ106: casing artifacts — lower-cased names, stray capitals, lower-case sentence starts."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache

import regex

from ..data import word_list
from ..document import Document
from ..findings import Hit
from ..lexicon import capitalized, capitalized_modern, conjunctions, gazetteer, zipf
from ..names import after_opening, mentions
from ..phrases import PhraseIndex
from ..registry import rule
from ..textscan import byline, finditer_from_hints, run_before, statement_line
from ..segment import abbreviations
from .spacing import in_address as _in_url, miscased_unit_forms, surface_settings
from ..patterns import cached_compile, lazy

_CHUNK = lazy(re, r"\S+")
_POSSESSIVE_END = lazy(re, r"['’]s$")


@lru_cache(maxsize=None)
def _phrases(lang: str) -> PhraseIndex:
    """The multi-word gazetteer names ("united states")."""
    return PhraseIndex(k for k in gazetteer(lang) if " " in k)


@lru_cache(maxsize=None)
def brands() -> dict[str, str]:
    """lower-case brand or platform name -> its spelling ("youtube" -> "YouTube"), from data/brands.txt."""
    from ..data import _read

    raw = _read("brands.txt") or ""
    return {w.lower(): w for w in (line.split("#", 1)[0].strip() for line in raw.splitlines()) if w}


def _lowered_words(found: str, name: str) -> list[int] | None:
    """Indexes of the words of ``name`` that ``found`` (the same words, any case) writes in lower
    case, when it is a lower-cased name: all of them ("new zealand"), or the later words of a name
    whose first capitalised word kept its capital ("Sri lanka", "Hong kong"). None otherwise: the
    name as written, in capitals, or lower case only before a capital ("new York", "north Korea")."""
    got, want = found.split(" "), name.split(" ")
    if len(got) != len(want):
        return None
    capital = [i for i, w in enumerate(want) if w[:1].isupper()]
    lowered = [i for i in capital if got[i][:1].islower()]
    if not lowered:
        return None
    if len(lowered) == len(capital) or (got[capital[0]][:1].isupper() and lowered[0] > capital[0]):
        return lowered
    return None


#: a heading has at most this many words
MAX_HEADING_WORDS = 10


#: ... and at most this many characters: a longer line is no heading, and no further is searched
MAX_HEADING_CHARS = 160


def _heading_line(doc: Document, pos: int) -> bool:
    """The text at ``pos`` is a heading: a short line of its own with no stop at its end ("1 Condições gerais")."""
    text = doc.text
    lo, hi = max(0, pos - MAX_HEADING_CHARS), min(len(text), pos + MAX_HEADING_CHARS)
    a = text.rfind("\n", lo, pos)
    b = text.find("\n", pos, hi)
    if (a == -1 and lo > 0) or (b == -1 and hi < len(text)):
        return False  # a line longer than any heading
    line = text[a + 1 : b if b != -1 else hi].strip()
    return bool(line) and line[-1] not in ".!?…:;," and len(line.split()) <= MAX_HEADING_WORDS


def _plain(doc: Document, seg, cache: dict[int, bool]) -> bool:
    """Ordinary prose, not a heading or a title-case line (cached per segment)."""
    if seg.id not in cache:
        words = doc.words_in(seg.offset, seg.end_offset)
        capitals = sum(1 for w in words if w.text[0].isupper())
        cache[seg.id] = len(words) >= 3 and any(w.text.islower() for w in words) and capitals / len(words) <= 0.6
    return cache[seg.id]


def _quoted_alone(text: str, start: int, end: int) -> bool:
    """A word quoted on its own is being talked about ("caro" means "dear")."""
    return start > 0 and end < len(text) and text[start - 1] in "\"'“‘«" and text[end] in "\"'”’»"


def _glossary_words(doc: Document) -> frozenset[str]:
    glossary = doc.options.get("glossary")
    return glossary.lower_forms if glossary is not None else frozenset()


@rule("TQ101", "lowercase-proper-noun", "warning", "A proper noun, nationality, day or month written in lower case (\"kyiv\").")
def lowercase_proper_noun(doc: Document) -> Iterator[Hit]:
    """
    ## What it does
    Flags lower-case words that English always capitalises: places and countries ("kyiv",
    "moscow"), nationalities and languages ("the spanish government"), days and months
    ("on monday"), and words written with a capital elsewhere in the same document. Evidence comes
    from a gazetteer (GeoNames cities of 100,000+ people, CLDR countries and languages, curated
    additions in `data/en/proper_nouns.tsv`), from Webster's Second's list of words spelled only
    with a capital (less the ordinary words of today: "rugby", "fauna") and the names the hunspell
    en_US dictionary spells only so ("danes", "easter":
    `data/en/capitalized_modern.txt`), and from the document itself. Words that are also ordinary lower-case words
    ("turkey", "may", "reading") are not flagged; `data/en/not_proper_nouns.txt` lists more; nor is
    the lower-case part of a hyphenated name ("Lee Jung-hun"), a word inside a page's slug
    ("al-ahli-crowns-egypt-cup"), or an ordinary word the text writes once in capitals for emphasis
    and mostly in lower case ("the SAUNA session").
    Also: multi-word names with a later word lower-cased ("Sri lanka", "Hong kong"), a surname
    lower-cased after a given name ("Angela merkel"), a formal title in lower case before a full
    name after an article or a reporting verb ("indicates lieutenant-colonel Maxime Wintzer",
    `data/en/formal_titles.txt`), or in a list of names where the text capitalises a title before
    a name elsewhere ("Teoktist, abbot Andrej of the Black River Monastery … Bishop Teodosije"), a word that belongs to the name it stands before in lower case
    ("the feast of saint Lorenzo", "mount Everest", "mr Theodoris", "prof. Akif": `data/en/name_titles.txt`),
    a month in lower case inside a date ("18 march 2022"), the name of a state's institution or
    district with only its first word capitalised ("the Saratov state agricultural university",
    "Volga federal district", "the Federal migration service": "state", "federal" or "national"
    before a head of `data/en/name_heads_after_state.txt`; not "a Russian state university"), an
    institution's head capitalised before "of" and its subject in lower case ("the District Bureau of
    science and technology", "the Minister of research and technology", "the Kyiv Museum of toys";
    not "the Ministry of the interior"), a given name or a
    word the language does not know in lower case after a title ("princess jenny"), and brand names (`data/brands.txt`:
    "youtube"). In Spanish, French, German, Italian and Portuguese targets the names come from
    `data/<lang>/gazetteer.tsv` (CLDR names in that language: "nueva york", "kiew", "londres"),
    `capitalized.txt` (es, fr, pt: hunspell) and `proper_nouns.tsv` ("la casa blanca"); in German a
    capital elsewhere in the document is no evidence (every noun has one), nor, where the language
    writes a people's adjective in lower case and its noun with a capital (French, Spanish, Italian,
    Portuguese), a capital after a determiner ("le collège crestois" beside "Le Crestois"); there a
    place's name after a noun that a determiner opens is the people's adjective ("el atacante
    paulista", not the city Paulista). From the document's own
usage, in every language: a name of several words written capitalised in running text (not a
heading run into its paragraph: "Silver Street Corner – The saga") and
elsewhere with a later word in lower case ("Czech Republic" … "the Czech republic"; not a
role that native English writes either way: "the Booking Officer" … "the Booking officer",
`data/<lang>/role_words.txt`), and an
acronym written in capitals and elsewhere in lower case ("BIOS" … "enter the bios"; not when the
lower-case form is a word: "who", "aids"). In English, also a name with its first word in lower case
where the text writes it whole ("a divine Liturgy"; not a title or a compass word: "north Dorset",
`data/en/directions.txt`), and a numbered unit's name in lower case where the text capitalises it
("in district 7" beside "the District 7 Police"); in other languages too where the words after it are ordinary words
capitalised for the name alone and the text writes the name so twice or more ("stati Uniti" beside
"Stati Uniti"; not after an institution's head, "regione Lombardia" being the region, nor after the
head of a place's name, "o rio Tinto" beside the town of Rio Tinto: `data/<lang>/place_heads.txt`, nor where every
noun takes a capital). A heading in the sentence case a language gives headings ("1 Condições
gerais") is no half-lowered name. And the word for a street in lower case after the street's name
("Liliacului street", `data/en/street_words.txt`; not "the Ankara road"), and the word for a natural
feature or a county after a name English writes rarely ("Skalnata valley", "Maramureș county":
`data/en/feature_words.txt`; not "the Thames valley").

    ## Why is this bad?
    Machine translation often loses the capital of names that the source language writes in lower
    case (Spanish "lunes", "español") or that its vocabulary lacks ("kyiv"). Readers take it as
    carelessness.

    ## Example
    `Putin launched the invasion to take kyiv on a monday.`

    Use instead: `Putin launched the invasion to take Kyiv on a Monday.`
    """
    lang = doc.target_lang
    text = doc.text
    gaz, cap, brand = gazetteer(lang), capitalized(lang), brands()
    modern = capitalized_modern(lang)
    # name particles ("Hixtlahuacán del Río", "da Vinci") are lower case inside names
    skip = word_list(f"{lang}/not_proper_nouns.txt") | word_list(f"{lang}/name_particles.txt") | _glossary_words(doc)
    function_words = word_list(f"{lang}/function_words.txt")
    ordinary = word_list(f"{lang}/ordinary.txt")
    starts = {s.offset for s in doc.segments}
    plain: dict[int, bool] = {}

    prose_or_heading: dict[int, bool] = {}  # segment id -> its capitals count (decided once a segment)
    sentence_case_headings = doc.profile is not None and "titles" not in doc.profile.capitalises and "nouns" not in doc.profile.capitalises

    def counted(t) -> bool:
        """A capital that says something about the word: not a sentence start, not in a heading."""
        if t.start in starts:
            return False
        seg = doc.segment_at(t.start)
        if seg is None:
            return False
        if seg.id not in prose_or_heading:
            line = text[seg.offset : seg.end_offset].rstrip()
            end = seg.end_offset
            if line.endswith(")") and line.rfind("(") > 0 and line[: line.rfind("(")].rstrip()[-1:].isalnum():
                # a heading with a note after it ("High Street Resurfacing (updated text)"): the heading decides
                line = line[: line.rfind("(")].rstrip()
                end = seg.offset + len(line)
            if line[-1:] in ".!?…\"”’»)" or end == seg.end_offset and _plain(doc, seg, plain):
                prose_or_heading[seg.id] = True  # prose
            else:
                # a heading counts unless it is in title case ("Engine Knocking or Pinging"): three
                # or more longer words, all capitalised; "Reich, la Germania" names a place
                longer = [w.text for w in doc.words_in(seg.offset, end) if len(w.text) >= 4]
                # where headings are in sentence case, a heading's capitals are English title case
                # ("§ 2 Partes Contratantes"), no evidence of a name
                prose_or_heading[seg.id] = not sentence_case_headings and (len(longer) < 3 or not all(w[0].isupper() for w in longer))
        return prose_or_heading[seg.id]

    # where the language writes a people's adjective in lower case and its noun with a capital ("le collège
    # crestois", "Le Crestois"), a capital after a determiner is the noun: no evidence for the adjective
    determiners = word_list(f"{lang}/determiners.txt") if doc.profile is not None and "nationality_nouns" in doc.profile.capitalises \
        and "nationalities" not in doc.profile.capitalises else frozenset()

    def after_determiner(t) -> bool:
        before = _word_before(text, max(0, t.start - 40), t.start)
        return before is not None and before.group(2) == " " and before.group(1).lower() in determiners

    cap_counts = Counter(t.text for m in mentions(doc) for t in m.tokens if counted(t) and not (determiners and after_determiner(t)))
    # a language that capitalises every noun (German) capitalises words the document does not
    # treat as names: there a capital elsewhere is no evidence
    document_evidence = doc.profile is None or "nouns" not in doc.profile.capitalises
    covered: list[tuple[int, int]] = []

    # lower-case occurrences of each word (possessive 's dropped), from the document's word index
    lower_at: dict[str, list[int]] = {}
    for key, where in doc.word_positions.items():
        base = _POSSESSIVE_END.sub("", key) if ("'" in key or "’" in key) else key
        if len(base) < 3 or not base.isalpha() or base in skip or base in function_words:
            continue
        if base in gaz or base in cap or base in modern or base in brand or base[0].upper() + base[1:] in cap_counts:
            found = [p for p in where if text[p : p + len(base)].islower()]
            if found:
                lower_at.setdefault(base, []).extend(found)

    for a, b in _phrases(lang).find(doc, edge="-"):
        written = text[a:b]
        low = written.lower()
        if low in skip or _in_url(text, a, b):
            continue
        name, kind = gaz[low]
        which = _lowered_words(written, name)
        if which is None:
            continue
        covered.append((a, b))
        lowered_all = len(which) == sum(1 for w in name.split(" ") if w[:1].isupper())
        if name[:1].islower() and written[:1].isupper():
            name = name[0].upper() + name[1:]  # "La unión europea" opening a sentence: "La Unión Europea"
        if lowered_all:
            message = f"{kind} name in lower case: \"{written}\""
        else:
            message = f"{kind} name partly in lower case: \"{written}\" (write \"{name}\")"
        yield Hit(a, b, message, name, {"capitalized_form": name, "kind": kind, "source": "gazetteer"})

    hits: list[tuple[int, str, tuple[str, str, str]]] = []
    for base, where in lower_at.items():
        if base in gaz and not (" " not in base and base in ordinary):  # (a district's name that is a word: "simmering")
            name, kind = gaz[base]
            verdict = (name, kind, "gazetteer")
        elif base in brand:
            verdict = (brand[base], "brand", "brands")
        elif (base in cap and base not in ordinary or base in modern) and zipf(base, lang) >= MIN_DICTIONARY_ZIPF:
            verdict = (cap.get(base) or modern[base], "proper noun", "dictionary")
        else:
            name = base[0].upper() + base[1:]
            # evidence from the document alone: a rare word, capitalised more often than not; with a
            # list of the language's ordinary words, any word that is not one of them ("merkel")
            if not (document_evidence and cap_counts.get(name, 0) >= len(where)):
                continue
            freq = zipf(base, lang)
            if not (freq < 3.0 or (ordinary and base not in ordinary and freq < MAX_NAME_ZIPF)):
                continue
            verdict = (name, "name", "document")
        hits.extend((p, base, verdict) for p in where)
    taken = {h[0] for h in hits}
    hits.extend(h for h in _lowered_surnames(doc, ordinary, function_words, skip) if h[0] not in taken)
    hits.extend(_lowered_titles(doc))
    taken = {h[0] for h in hits}
    hits.extend(h for h in _lowered_acronyms(doc) if h[0] not in taken)
    taken = {h[0] for h in hits}
    hits.extend(h for h in _half_lowered_names(doc) if h[0] not in taken)
    taken = {h[0] for h in hits}
    hits.extend(h for h in _lowered_numbered_names(doc) if h[0] not in taken)
    taken = {h[0] for h in hits}
    hits.extend(h for h in _lowered_months_in_dates(doc) if h[0] not in taken)
    taken = {h[0] for h in hits}
    hits.extend(h for h in _lowered_street_words(doc) if h[0] not in taken)
    # where a people's adjective is written in lower case, a place's name after a noun that a
    # determiner opens is that adjective ("el atacante paulista": of São Paulo, not the city Paulista)
    adjectives_lower = doc.profile is not None and "nationalities" not in doc.profile.capitalises
    noun_openers = word_list(f"{lang}/determiners.txt") if adjectives_lower else frozenset()
    for start, base, (name, kind, source) in sorted(hits):
        end = start + len(base)
        if covered and any(a <= start < b for a, b in covered):
            continue
        if source == "gazetteer" and noun_openers and _after_a_noun(text, start, noun_openers, function_words):
            continue
        if _in_url(text, start, end) or _quoted_alone(text, start, end):
            continue
        if source in ("dictionary", "gazetteer") and _HYPHENATED_NAME_BEFORE.search(text, max(0, start - 30), start):
            continue  # the lower-case part of a hyphenated name ("Lee Jung-hun", "Mulbit-gil")
        message = _MESSAGES.get(source, "{kind} in lower case: \"{base}\" (write \"{name}\")").format(kind=kind, base=base, name=name)
        evidence = {"capitalized_form": name, "kind": kind, "source": source, "capitalized_elsewhere": cap_counts.get(name, 0)}
        yield Hit(start, end, message, name, evidence)
    yield from _lowered_state_names(doc)
    yield from _lowered_complements(doc)


#: a capitalised word and a hyphen right before a lower-case word: a hyphenated name's first part ("Jung-" of "Jung-hun")
_HYPHENATED_NAME_BEFORE = lazy(regex, r"(?<![\p{L}\p{M}])\p{Lu}\p{Ll}+-$")


#: a capitalised word or two, "state", "federal" or "national" and up to three lower-case words, one
#: of them a head ("Saratov state agricultural university", "Federal migration service"): checked in code
_STATE_NAME = lazy(regex, r"(?<![\p{L}\p{M}'’-])((?:\p{Lu}[\p{Ll}\p{M}'’-]+ ){0,2})(state|federal|national|State|Federal|National)"
                          r"((?: \p{Ll}+(?![\p{L}\p{M}'’-])){1,3})")
#: "state", "federal" or "national" and a space, less its first letter (checked apart: faster)
_STATE_HINT = lazy(re, r"(?:tate|ederal|ational) ")
_INDEFINITE_BEFORE = lazy(regex, r"(?i:\b(?:a|an|one|any|every|each|another|this|that|its|their)[ \u00a0])$")


def _lowered_state_names(doc: Document) -> Iterator[Hit]:
    """The name of a state's or a federation's institution or district with its first word capitalised
    and the rest in lower case: a place's or people's name (or "Federal", "State", "National") before
    "state", "federal" or "national", at most two lower-case words and a head that makes it a name
    ("the Saratov state agricultural university", "Volga federal district", "the Federal migration
    service"; data/<lang>/name_heads_after_state.txt). Not after "a" or "this" ("a Russian state
    university" is a description) nor in a title-case or lower-case line."""
    heads = word_list(f"{doc.target_lang}/name_heads_after_state.txt")
    text = doc.text
    if not heads or not _STATE_HINT.search(text):
        return
    function_words = word_list(f"{doc.target_lang}/function_words.txt")
    for hint in _STATE_HINT.finditer(text):
        at = hint.start() - 1  # the word's first letter
        if at < 0 or text[at] not in "SsFfNn" or (at and (text[at - 1].isalnum() or text[at - 1] in "-'’")):
            continue
        line_start = text.rfind("\n", 0, at) + 1
        lead = _LEADING_CAPITALS.search(text, max(line_start, at - 60), at)
        start = lead.start() if lead else at
        m = _STATE_NAME.match(text, start)
        if m is None or m.end(2) != hint.end() - 1:
            continue
        words = m.group(3).split()
        at = next((i for i, w in enumerate(words) if w in heads), None)
        if at is None:
            continue
        before, modifier, middle, head = m.group(1), m.group(2), words[:at], words[at]
        end = m.end(2) + len(" ".join(["", *words[: at + 1]]))
        if modifier[0].isupper() == bool(before):
            continue  # "the Saratov state …" or "the Federal migration …": one capital opens the name
        if modifier[0].isupper() and _sentence_start(text, m.start(), line_start):
            continue  # a sentence opened by "National …": its capital says nothing
        if any(w in function_words for w in middle) or _INDEFINITE_BEFORE.search(text, max(0, m.start() - 10), m.start()):
            continue  # "a Russian state university", "the Moscow state of the art museum"
        if before and (any(w.lower() in function_words for w in before.split()) or _sentence_start(text, m.start(), line_start)
                       and len(before.split()) == 1 and zipf(before.strip().lower(), doc.target_lang) >= ORDINARY_CAPITAL_ZIPF):
            continue  # a capital that starts the sentence ("The state museum", "Many state museums"), not a name
        lowered = [modifier, *middle, head]
        name = before + " ".join(w[0].upper() + w[1:] for w in lowered)
        yield Hit(m.start(), end, f"name of an institution in lower case after its first word: \"{text[m.start() : end]}\" (write \"{name}\")",
                  name, {"capitalized_form": name, "kind": "institution", "source": "state name", "lowered": lowered})


_LEADING_CAPITALS = lazy(regex, r"(?:\p{Lu}[\p{Ll}\p{M}'’-]+ ){1,2}$")

#: a capitalised head, "of" and up to four lower-case words ("Bureau of science and technology")
_HEAD_OF = lazy(regex, r"(\p{Lu}\p{Ll}+) of ((?:\p{Ll}+)(?: (?:and )?\p{Ll}+){0,3})(?=[ ,.;:)]|$)", regex.MULTILINE)
_HEAD_OF_HINT = lazy(re, r" of [a-z]")
_WORD_ENDING_HERE = lazy(re, r"[A-Z][a-z]+$")
#: the words of an institution's subject after its head must be this common ("science", "health")
MIN_SUBJECT_ZIPF = 3.5


def _lowered_complements(doc: Document) -> Iterator[Hit]:
    """The name of an institution or office with its head capitalised and its subject in lower case
    ("the District Bureau of science and technology", "the Minister of research and technology"):
    a head of data/<lang>/institution_heads.txt in mid-sentence, "of" and ordinary words that end
    the phrase. English writes such a name all capitalised ("Bureau of Science and Technology") or
    all in lower case, not half and half; "the Ministry of the interior" (a function word after
    "of") is left alone."""
    heads = word_list(f"{doc.target_lang}/institution_heads.txt")
    text = doc.text
    if not heads or doc.target_lang != "en" or not _HEAD_OF_HINT.search(text):
        return
    function_words = word_list(f"{doc.target_lang}/function_words.txt")
    for hint in _HEAD_OF_HINT.finditer(text):
        head = _WORD_ENDING_HERE.search(text, max(0, hint.start() - 20), hint.start())
        if head is None or head.group().lower() not in heads:
            continue
        m = _HEAD_OF.match(text, head.start())
        if m is None:
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        if _sentence_start(text, m.start(), line_start) or (m.start() and text[m.start() - 1] in "-'’"):
            continue
        words = _subject(m.group(2).split(), function_words, doc.target_lang)
        if not words:
            continue
        end = m.start(2) + len(" ".join(words))
        name = f"{m.group(1)} of " + " ".join(w if w == "and" else w[0].upper() + w[1:] for w in words)
        yield Hit(m.start(), end, f"name of an institution half capitalised: \"{text[m.start() : end]}\" (write \"{name}\", or all in lower case)",
                  name, {"capitalized_form": name, "kind": "institution", "source": "head of"})


def _subject(words: list[str], function_words: frozenset[str], lang: str) -> list[str]:
    """The subject of an institution in the words after its "of": one common word, or two joined by
    "and" ("science and technology"); it ends at a function word, a verb or a rare word ("Ministry of
    health said" -> "health"). Empty when the first word is none."""
    def content(w: str) -> bool:
        return w not in function_words and not w.endswith("ed") and zipf(w, lang) >= MIN_SUBJECT_ZIPF

    if not words or not content(words[0]):
        return []
    if len(words) >= 3 and words[1] == "and" and content(words[2]):
        return words[:3]
    return words[:1]


def _sentence_start(text: str, p: int, line_start: int) -> bool:
    """``p`` opens its line or follows a sentence's end."""
    return p == line_start or text[max(0, p - 2) : p] in (". ", "? ", "! ")


#: an acronym written in lower case must be at most this common as a word of the language ("bios" 3.3;
#: "aids" 3.6, "who", "it" are words)
MAX_LOWERED_ACRONYM_ZIPF = 3.5


#: a run of two to four capitalised words (a name's candidates), and the same shape with later words in lower case
_TITLED_RUN = lazy(regex, r"(?<![\p{L}\p{M}'’-])\p{Lu}\p{Ll}+(?:[ \u00a0]\p{Lu}\p{Ll}+){1,3}(?![\p{L}\p{M}'’-])")


#: a dash or colon and a capital after a title-case run: the run is a heading ("Silver Street Corner – The")
_RUN_IN_HEADING = lazy(regex, r"[ \u00a0]*(?:[–—:]|-(?= ))[ \u00a0]*\p{Lu}")


def _half_lowered_names(doc: Document) -> Iterator[tuple[int, str, tuple[str, str, str]]]:
    """A name of several words that the document writes capitalised ("Czech Republic", "Cangzhou Mighty
    Lions") and elsewhere with its first word capitalised and a later one in lower case ("the Czech
    republic"), or its first word in lower case and the rest capitalised ("a divine Liturgy"): one of
    the two is wrong, and the capitalised form is the name's."""
    text = doc.text
    starts = {s.offset for s in doc.segments}
    names: dict[str, str] = {}
    title_case = doc.profile is not None and "titles" in doc.profile.capitalises
    for m in _TITLED_RUN.finditer(text):
        if _RUN_IN_HEADING.match(text, m.end()):
            continue  # a heading run into its paragraph: "Silver Street Corner – The ongoing saga"
        if title_case and m.start() in starts and _heading_line(doc, m.start()):
            continue  # a heading in title case ("Parish Council Meetings"): its capitals are the heading's, not a name's
        words = m.group().split()
        at = _word_starts(m)
        for i in range(len(words) - 1):
            if any(p in starts or after_opening(text, p, starts) for p in at[i:]):
                continue  # a capital that a sentence start explains, or a heading's
            # the run's end: "Ukrainian President" before "Volodymyr Zelensky" is a title, not a name
            names.setdefault(" ".join(w.lower() for w in words[i:]), " ".join(words[i:]))
    if not names:
        return
    done: set[int] = set()
    lang = doc.target_lang
    # a lower-case first word is a slip only where the language capitalises every word of a name (English)
    # and the word is no title or compass word there ("general manager Sun", "north Dorset")
    lowered_first = doc.profile is not None and "titles" in doc.profile.capitalises
    not_first = word_list(f"{lang}/function_words.txt") | word_list(f"{lang}/titles.txt") | word_list(f"{lang}/formal_titles.txt") \
        | word_list(f"{lang}/directions.txt")
    roles = word_list(f"{lang}/role_words.txt")
    capitalised_at: dict[str, list[int]] = {}  # "The" -> where the text writes it so (names share first words)
    gaz, cap = gazetteer(lang), capitalized(lang)
    heads = word_list(f"{lang}/institution_heads.txt") | word_list(f"{lang}/place_heads.txt")
    nouns = doc.profile is not None and "nouns" in doc.profile.capitalises
    sentence_case = doc.profile is not None and "titles" not in doc.profile.capitalises and not nouns
    lower_name_words = surface_settings(lang).get("lower_case_name_words", False)

    def ordinary_rest(rest: str) -> bool:
        """Every word after the first is an ordinary word of the language, capitalised only as part of
        the name ("Stati Uniti": "uniti"), not a name of its own ("regione Lombardia" is the region,
        "Regione Lombardia" its government)."""
        return all(zipf(w.lower(), lang) >= ORDINARY_CAPITAL_ZIPF and w.lower() not in gaz and w.lower() not in cap
                   for w in rest.split())

    for key, name in sorted(names.items(), key=lambda kv: -len(kv[0])):  # the longest name first
        first = name.split()[0]
        rest = name[len(first):]
        where = doc.word_positions.get(first.lower(), ())
        # elsewhere, only where the rest is capitalised for the name alone, and the first word is not
        # an institution's head ("regione Lombardia", the region; "Regione Lombardia", its government);
        # and the name written so at least twice: "Stati Uniti" again and again, not a defined term
        # of a contract ("(ci-après « Site Internet »)"). Never where every noun takes a capital.
        lowered = lowered_first or (not nouns and first.lower() not in heads and ordinary_rest(rest)
                                    and sum(text.startswith(name, p) for p in where) >= 2)
        if not lowered or first.lower() in not_first:
            # only where the first word is capitalised as in the name: found once for every name it starts
            if first not in capitalised_at:
                capitalised_at[first] = [p for p in where if text.startswith(first, p)]
            where = capitalised_at[first]
        for p in where:
            if not text.startswith(first, p):
                # the first word in lower case and the rest as the name has it ("a divine Liturgy" beside
                # "the Divine Liturgy"); not a function word ("of Commerce" in "Chamber of Commerce")
                if not lowered or not text.startswith(rest, p + len(first)) or first.lower() in not_first \
                        or not text.startswith(first.lower(), p) or not rest.strip()[:1].isupper():
                    continue
            got = text[p : p + len(name)]
            if got.lower().replace("\u00a0", " ") != key or got == name or (p + len(name) < len(text) and text[p + len(name)].isalpha()):
                continue
            if all(w.lower() in roles for w, n in zip(got.split(), name.split()) if w != n):
                continue  # "the Booking officer" beside "the Booking Officer": a role, which English capitalises either way
            if p in done or p in starts or after_opening(text, p, starts):
                continue
            if got[:1].isupper() and lower_name_words:
                continue  # "le Premier ministre" beside "le Premier Ministre": French writes the name's later words in lower case (TQ207)
            if sentence_case and got[:1].isupper() and _heading_line(doc, p):
                continue  # "1 Condições gerais": a heading in the sentence case the language gives headings
            done.add(p)
            yield p, got, (name, "name", "document")


#: a capitalised word and a number after a lower-case word or a comma: a numbered unit's name ("in District 7")
_NUMBERED_NAME = lazy(regex, r"(?<=[\p{Ll},][ \u00a0])(\p{Lu}\p{Ll}+)[ \u00a0](\d{1,3})(?![\d\p{L}.,:]\w)")


def _lowered_numbered_names(doc: Document) -> Iterator[tuple[int, str, tuple[str, str, str]]]:
    """A numbered unit's name that the document writes capitalised in running text ("the District 7
    Police", "League 1") and elsewhere in lower case ("in district 7"), in a language that
    capitalises the words of names (English): the capitalised form is the name's."""
    if doc.profile is None or "titles" not in doc.profile.capitalises:
        return
    text = doc.text
    function_words = word_list(f"{doc.target_lang}/function_words.txt")
    names = {f"{m.group(1).lower()} {m.group(2)}": f"{m.group(1)} {m.group(2)}" for m in _NUMBERED_NAME.finditer(text)
             if m.group(1).lower() not in function_words}  # "at 9": a time
    for key, name in names.items():
        low = key.split()[0]
        for p in doc.word_positions.get(low, ()):
            got = text[p : p + len(name)]
            if got.replace("\u00a0", " ") != key or not text[p].islower():
                continue
            after = text[p + len(name) : p + len(name) + 2]
            if after[:1].isalnum() or (after[:1] in ".," and after[1:].isdigit()):
                continue  # "district 70", "league 1.5"
            yield p, got, (name, "name", "document")


#: the message of a lower-cased name, by the evidence that found it (else: "{kind} in lower case")
_MESSAGES = {
    "document": "\"{base}\" is written \"{name}\" elsewhere in this document",
    "given name": "surname in lower case after a given name: \"{base}\" (write \"{name}\")",
    "title": "title in lower case before a name: \"{base}\" (English capitalises it: \"{name}\")",
    "after a title": "name in lower case after a title: \"{base}\" (write \"{name}\")",
    "street": "\"{base}\" after a street's name is part of it: \"{name}\"",
    "name title": "\"{base}\" before a name is part of it: \"{name}\"",
}


def _word_starts(m) -> list[int]:
    out, pos = [], m.start()
    for w in m.group().split():
        pos = m.string.index(w, pos)
        out.append(pos)
        pos += len(w)
    return out


def _lowered_acronyms(doc: Document) -> Iterator[tuple[int, str, tuple[str, str, str]]]:
    """An acronym the document writes in capitals ("BIOS") and elsewhere in lower case ("enter the bios")."""
    text, lang = doc.text, doc.target_lang
    function_words = word_list(f"{lang}/function_words.txt")
    ordinary = word_list(f"{lang}/ordinary.txt")
    for low, where in doc.word_positions.items():
        if len(low) < 3 or not low.isalpha() or low in function_words or zipf(low, lang) >= MAX_LOWERED_ACRONYM_ZIPF:
            continue  # (the frequency first: common words have the longest lists of occurrences)
        upper = [p for p in where if text[p : p + len(low)].isupper() and not _in_capitals_run(text, p, p + len(low))]
        if not upper:
            continue  # (a word of a heading in capitals, "DECLARATIONS OF INTEREST", is no acronym)
        lower = [p for p in where if text[p : p + len(low)].islower()]
        if not lower:
            continue
        if len(lower) > len(upper) and low in ordinary:
            continue  # an ordinary word the text mostly writes in lower case, once in capitals for emphasis ("the SAUNA session")
        for p in lower:
            yield p, low, (low.upper(), "acronym", "document")


#: a word of two capitals or more right before or after a span, on the same line
_CAPS_BEFORE = lazy(regex, r"(?<![\p{L}\p{M}])\p{Lu}{2,}[ \u00a0]+$")
_CAPS_AFTER = lazy(regex, r"[ \u00a0]+\p{Lu}{2,}(?![\p{L}\p{M}])")


def _in_capitals_run(text: str, a: int, b: int) -> bool:
    """Whether the word at ``a``-``b`` stands among other words in capitals (a heading set in capitals)."""
    return _CAPS_BEFORE.search(text, max(0, a - 40), a) is not None or _CAPS_AFTER.match(text, b) is not None


#: a word that is not an ordinary word of the language, written with a capital elsewhere in the
#: document, counts as a name below this frequency ("merkel" 3.4; "obama" 4.9 is left alone)
MAX_NAME_ZIPF = 4.0

_GIVEN_THEN_LOWER = lazy(re, r"(?<![\w'’.-])([A-Z][a-z]+) ([a-z]{3,})(?![\w'’-])")  # matched at a given name
_CAPITALISED_BEFORE = lazy(re, r"[A-Z][\w'’-]*[ \u00a0]$")


def _lowered_titles(doc: Document) -> Iterator[tuple[int, str, tuple[str, str, str]]]:
    """A formal title in lower case before a full name, after an article or a reporting verb ("the
    president Andrés Manuel López Obrador", "indicates lieutenant-colonel Maxime Wintzer"):
    data/<lang>/formal_titles.txt, for a language that capitalises titles before names. After a
    qualifier English writes it either way ("Texas governor Rick Perry"), so that is left alone."""
    lang = doc.target_lang
    titles = word_list(f"{lang}/formal_titles.txt")
    if not titles:
        return
    openers = {"the", "a", "an"} | word_list(f"{lang}/speech_verbs.txt")
    text = doc.text
    for title in titles:
        head = re.split("[ -]", title)[0]
        for p in doc.word_positions.get(head, ()):
            m = _TITLE_BEFORE_NAME.match(text, p)
            if m is None or m.group(1) != title:
                continue
            before = _word_before(text, 0, p)
            # after an article or a reporting verb; after "and" or a comma in a list of names
            # ("Teoktist, abbot Andrej of the Black River Monastery, hieromonk Isidor") where the
            # text capitalises a title before a name elsewhere ("Bishop Teodosije awarded")
            if before is None:
                continue
            listed = before.group(2) == ", " or before.group(2) == " " and before.group(1).lower() in conjunctions(lang)[0]
            if not (before.group(2) == " " and before.group(1).lower() in openers or listed and _titles_capitalised(doc, titles)):
                continue
            name = "-".join(" ".join(w[:1].upper() + w[1:] for w in part.split(" ")) for part in title.split("-"))
            yield (p, title, (name, "title", "title"))
    # a name in lower case after a title ("princess jenny", "deputy general manager xie chunfeng"): a given
    # name, or a word the language does not know, that edited text does not write in lower case
    ranks = word_list(f"{lang}/titles.txt")
    if ranks:
        given, ordinary = word_list(f"{lang}/first_names.txt"), word_list(f"{lang}/ordinary.txt")
        lower_case = word_list(f"{lang}/lower_case_words.txt") | word_list(f"{lang}/function_words.txt")
        for rank in ranks & doc.word_positions.keys():
            for p in doc.word_positions[rank]:
                m = _LOWER_WORD_AFTER.match(text, p + len(rank))
                if m is None:
                    continue
                word = m.group(1)
                if word in lower_case or len(word) < 2:
                    continue
                named = word in given and (word not in ordinary or zipf(word, lang) < GIVEN_WORD_MAX_ZIPF
                                           or _BEFORE_A_NAME.match(text, m.end(1)) is not None)
                if not named and _inflected_ordinary(word, lang, ordinary):
                    continue  # "Major breakages should be reported": an ordinary word's plural, no name
                # (a given name that is also a common word only before a surname: "manager ma Jianping",
                # not "the manager may expel")
                if named or (word not in ordinary and zipf(word, lang) < LOWERED_NAME_MAX_ZIPF) \
                        or (word in given or word not in ordinary and zipf(word, lang) < LOWERED_GIVEN_NAME_MAX_ZIPF) \
                        and _unknown_word_after(text, m.end(1), ordinary, lower_case, lang):
                    # (a rarer word with a word the language does not know after it: a given name and
                    # its surname, "commander sascha rauh", "deputy jens schmitter")
                    yield (m.start(1), word, (word[0].upper() + word[1:], "name", "after a title"))
    # an abbreviated title ("prof.", "dr.") keeps its full stop before the name
    titles = {t.rstrip("."): t.endswith(".") for t in word_list(f"{lang}/name_titles.txt")}
    for word in titles.keys() & doc.word_positions.keys():
        after = _ABBREVIATION_BEFORE_A_NAME if titles[word] else _BEFORE_A_NAME
        for p in doc.word_positions[word]:
            if text.startswith(word, p) and after.match(text, p + len(word)):
                yield (p, word, (word[0].upper() + word[1:], "title", "name title"))


_TWO_WORDS_BEFORE = lazy(regex, r"(\p{L}+) (\p{Ll}+) $")


def _after_a_noun(text: str, start: int, determiners: frozenset[str], function_words: frozenset[str]) -> bool:
    """The word at ``start`` follows a lower-case word that a determiner opens ("el atacante| paulista"):
    it stands where the language puts an adjective."""
    m = _TWO_WORDS_BEFORE.search(text, max(0, start - 60), start)
    return m is not None and m.group(1).lower() in determiners and m.group(2) not in function_words and m.group(2) not in determiners


def _titles_capitalised(doc: Document, titles: frozenset[str]) -> bool:
    """The text writes one of ``titles`` capitalised before a name in mid-sentence ("the Liturgy, Bishop
    Teodosije awarded"): it capitalises titles before names."""
    text = doc.text
    for title in titles:
        for p in doc.word_positions.get(re.split("[ -]", title)[0], ()):
            if text[p].isupper() and p >= 2 and text[p - 2] in ",;" + "abcdefghijklmnopqrstuvwxyz" and text[p - 1] == " " \
                    and _BEFORE_A_NAME.match(text, p + len(title)) and text[p : p + len(title)].lower() == title:
                return True
    return False


def _inflected_ordinary(word: str, lang: str, ordinary: frozenset[str]) -> bool:
    """``word`` is an ordinary word of the language with an ending of data/<lang>/word_affixes.tsv
    ("breakages": "breakage" and -s)."""
    from .spelling import suffixes

    return any(word.endswith(end) and len(word) > len(end) + 2 and word[: -len(end)] + add in ordinary
               for end, add in suffixes(lang))


#: the lower-case word after a title ("princess| jenny")
_LOWER_WORD_AFTER = lazy(regex, r" (\p{Ll}+)(?![\p{L}\p{M}'’-])")
#: a word after a title that is rarer than this (Zipf) and no ordinary word is a name
LOWERED_NAME_MAX_ZIPF = 2.0
#: ... or this rare, with a word the language does not know after it (a surname)
LOWERED_GIVEN_NAME_MAX_ZIPF = 3.5
#: a given name that is also a word this common (Zipf) is a name after a title only before a surname ("may", "ma")
GIVEN_WORD_MAX_ZIPF = 4.0


def _unknown_word_after(text: str, end: int, ordinary, lower_case, lang: str) -> bool:
    """The word after ``end`` is in lower case and unknown to the language (a surname: "rauh")."""
    m = _LOWER_WORD_AFTER.match(text, end)
    if m is None:
        return False
    word = m.group(1)
    return len(word) >= 3 and word not in ordinary and word not in lower_case and zipf(word, lang) < LOWERED_NAME_MAX_ZIPF
#: a space and a capitalised word that is not a sentence's first: "saint| Lorenzo"; after an
#: abbreviated title, its full stop first: "prof|. Akif"
_BEFORE_A_NAME = lazy(regex, r" \p{Lu}\p{Ll}+")
_ABBREVIATION_BEFORE_A_NAME = lazy(regex, r"\.? \p{Lu}\p{Ll}+")
#: a lower-case title, then a full name: two capitalised words ("president Andrés Manuel"), or a
#: name and where the person is from ("abbot Andrej of the Black River Monastery")
_TITLE_BEFORE_NAME = lazy(regex, r"([a-z]+(?:[ -][a-z]+)?) \p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}| (?:of|from) )")


def _known(word: str, ordinary: frozenset[str]) -> bool:
    """An ordinary word, or an inflection of one that the list lacks ("trekked", "hopping")."""
    if word in ordinary:
        return True
    for suffix in ("ing", "ed", "es", "s", "d", "er", "ly"):
        if word.endswith(suffix):
            stem = word[: -len(suffix)]
            if stem in ordinary or stem + "e" in ordinary or (len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] in ordinary):
                return True
    return False


def _lowered_surnames(doc: Document, ordinary, function_words, skip):
    """A surname lower-cased after a capitalised given name ("Angela merkel"): the word after a name
    of data/<lang>/first_names.txt that is neither an ordinary word of the language nor a name
    particle ("da", "van": data/<lang>/name_particles.txt). Needs both lists for the language."""
    lang = doc.target_lang
    given = word_list(f"{lang}/first_names.txt")
    if not given or not ordinary:
        return
    particles = word_list(f"{lang}/name_particles.txt")
    titles = word_list(f"{lang}/titles.txt")
    present = given & doc.word_positions.keys()
    if not present:
        return
    text = doc.text
    for m in (m for g in present for p in doc.word_positions[g] if (m := _GIVEN_THEN_LOWER.match(text, p))):
        first, last = m.group(1), m.group(2)
        before = _CAPITALISED_BEFORE.search(doc.text, max(0, m.start() - 30), m.start())
        if before and before.group().strip().lower() not in titles:
            continue  # "Alice Walker trekked": the given name is the first word of the name ("Chancellor Angela")
        if first.lower() not in given or _known(last, ordinary) or last in function_words or last in particles or last in skip \
                or last in titles:
            continue  # (a title after a place named like a person: "City of Lincoln councillor Bob Bushell")
        if zipf(last, lang) >= MAX_NAME_ZIPF:
            continue
        yield (m.start(2), last, (last[0].upper() + last[1:], "name", "given name"))


#: a word Webster's Second capitalises must be at least this common to count on its own: rarer
#: entries are mostly biological genera that modern English writes in lower case ("arum")
MIN_DICTIONARY_ZIPF = 2.5

_OPEN = "\"'“‘«([{—–-:;¿¡/"


@rule("TQ102", "spurious-capital", "warning", "A capitalised function word in mid-sentence (\"in Madrid He said\").")
def spurious_capital(doc: Document) -> Iterator[Hit]:
    """
    ## What it does
    Flags a pronoun, article or other function word written with a capital where no sentence
    starts ("the minister They added", "in Madrid He said"), and an all-capitals function word in
    ordinary text ("THE President spoke"). It stays quiet at the start of a quotation, after a
    colon or dash, after a number with an ordinal indicator ("Art. 2º Para fins") or a date before a
    title ("03 Gen Quando togliere"), after the page's title run into its first sentence ("Kehrgehilfe Der chinesische"), in headings and title-case lines, after a list marker or a line break ("2) Pay",
    "• Free returns", "【2】Your parcel"), and in titles of works (the next word is capitalised too:
    "Gone With The Wind"), a preposition after an ordinary word capitalised in mid-sentence (a
    product's name: "a Signed For delivery"), and inside a name the text writes so again and again after the same
    rare capitalised word ("Luang Pho To"). A bracket closed inside a sentence is no sentence start ("to live
    (meadow) We also"; not "(Laughter) What", "a) The"). Also: a capital after a semicolon where the sentence goes on ("the talks
    stalled; Yesterday the minister", "expense; IF the service"), a function word or a word edited text writes in
    lower case opening a bracketed aside in mid-sentence ("cash upon delivery (Only at pickup)"), an ordinary word in capitals between lower-case words ("the
    MINISTER said"; not acronyms), a capital inside an ordinary word ("mInister"; not "iPhone") or inside a
    name the language writes with one capital ("MONday", "VietNamese"; not "McDonald" nor a brand, `data/brands.txt`), and
    prose run through title case ("Members Are Required to Check the Order."), and the name of an
    institution or a title half capitalised ("the foreign Ministry", "deputy Secretary":
    `data/en/institution_heads.txt`, `institution_modifiers.txt`, `titles.txt`, `title_modifiers.txt`), a word that edited English writes in lower case in mid-sentence
    94% of the time or more capitalised between lower-case words ("the amount Damage caused", "to
    Encourage customers"; `data/en/lower_case_words.txt`, built from case statistics; not before
    more capitals or at a sentence's end: "the weekly Time.", nor before the head of an event's or
    institution's name: "the Annual meeting", `data/en/event_heads.txt`), a title capitalised after an
    indefinite article ("had not had a President so committed"; not "a Minister of State"), a
    capital function word before a day or a month where the language capitalises those ("the
    events continue, On Monday"), in English the name of a currency capitalised after an amount
    ("35 Euros"; not "the 1 Euro Shop") or before an amount with its cents in mid-sentence ("a fee: Euro 0.50";
    not "Euro 2024"), in every language a unit's symbol in the wrong case after a
    number ("5 Kg", "10 Km/h": `data/miscased_units.tsv`), a speech verb capitalised right after the
    quotation it attributes ("…farlo.” Disse Yang", "?– Dijo el anciano": `data/<lang>/speech_verbs.txt`,
    where `speech_verb_after_quote` in `data/<lang>/surface.toml` says the list holds no imperative),
    and an ordinary word capitalised between lower-case words
that the text writes in lower case elsewhere ("por Estancia" beside "de estancia"; not a name that the text writes after its
article every time, a club's: "o Vitória", "do Vitória" beside "a vitória"; in English also after the determiner that
opens a sentence, where the text writes the word after a determiner in lower case three times or more: "The Client
must" beside "the client"; not names, a university's subjects ("studies in History": `data/en/disciplines.txt`),
titles, heads of institutions, an event named the French way, "le Tournoi d'ouverture" (`data/fr/event_heads.txt`),
a label of an interface before its noun ("the web site Contact page": `data/en/interface_nouns.txt`),
"the Hotel" or "these Terms and Conditions", unless the text writes the
word after a determiner in lower case at least twice as often: "the Municipality" beside two "the
municipality"). In other languages
    it uses their function-word lists (`data/<lang>/function_words.txt`: "en Madrid El presidente
    dijo", "à Paris Le ministre"; in German also an article after a comma before its noun: "sein, Die
    Lithiumbatterie"); German nouns are never flagged.

    ## Why is this bad?
    Machine translation systems split and re-join sentences; the seam shows as a capital in the
    middle of a sentence, or as a missing full stop before it.

    ## Example
    `The talks failed in Madrid He said they would resume.`

    Use instead: `The talks failed in Madrid. He said they would resume.`
    """
    lang = doc.target_lang
    acronyms = word_list(f"{lang}/acronyms.txt")
    text = doc.text
    starts = {s.offset for s in doc.segments}
    plain: dict[int, bool] = {}  # segment id -> ordinary prose (not a heading)
    pattern = _capital_function_words(lang)
    function_words = word_list(f"{lang}/function_words.txt")
    title_words: Counter = Counter()  # segment -> title-case function words in it (for _title_case_prose)
    repeated: dict[str, bool] = {}  # "Pho To" -> a name's words (the first a rare word), written so twice or more
    nouns = doc.profile is not None and "nouns" in doc.profile.capitalises
    for m in pattern.finditer(text) if pattern is not None else ():
        if m.start() in starts or (m.start() and _JOINED_BEFORE.match(text, m.start() - 1)):
            continue
        word = m.group()
        low = word.lower()
        if word[1:].islower() and low != "i":
            title_words[doc.segment_at(m.start())] += 1
        if word.isupper() and (low in acronyms or not acronyms):
            continue  # without an acronym list for the language, "MIT" may be one (German "am MIT")
        seg = doc.segment_at(m.start())
        if seg is None or not _plain(doc, seg, plain):
            continue  # a heading or a title-case line
        before_m = _word_before(text, seg.offset, m.start())
        if before_m is None or not _mid_sentence(before_m):
            continue
        if m.start() < KICKER_CHARS and m.group()[1:].islower() and (k := _KICKER.match(text[: m.start()])) \
                and k.group(1).lower() not in function_words:
            continue  # the page's title run into its first sentence: a kicker ("Kehrgehilfe Der chinesische Hersteller",
            # "Nuovi orari d'apertura Da sabato")
        if _in_url(text, m.start(), m.end()):
            continue  # a site's name in its address ("©2014 About.com")
        prev_word = before_m.group(1)
        if prev_word.lower() in _month_forms(lang) and (day := _word_before(text, seg.offset, before_m.start(1))) is not None \
                and day.group(1).isdigit():
            continue  # "03 Gen Quando togliere il ciuccio": a date before a title
        nxt_m = _NEXT_WORD.match(text, m.end(), seg.end_offset)
        nxt = nxt_m.group(1) if nxt_m else ""
        if word.isupper() and len(word) >= 2:
            if nxt.isupper() or prev_word.isupper():
                continue  # a run of capitals: an emphasised phrase or a heading
            yield Hit(m.start(), m.end(), f"\"{word}\" in capitals in mid-sentence", low, {"word": word, "kind": "all-caps"})
        elif word[1:].islower():  # not one letter: "Plan A was", "Franco A. said"
            if not nxt or not nxt[0].islower() and not _capitalised_by_rule(doc, nxt_m, seg.end_offset) \
                    and not (low in word_list(f"{lang}/prepositions.txt") and prev_word.islower() and len(prev_word) >= 2 and nxt[1:].islower()) \
                    and not (nouns and "," in before_m.group(2) and prev_word.islower() and nxt[1:].islower()):
                continue  # "The Lord of The Rings", "He." at the end; not a preposition between a lower-case
                # word and a name ("a street lamp On Avenida"), nor, where nouns are capitalised, an article
                # after a comma before its noun ("sein, Die Lithiumbatterie")
            if prev_word[:1].isupper() and prev_word[1:].islower() and low in word_list(f"{lang}/prepositions.txt") \
                    and zipf(prev_word.lower(), lang) >= ORDINARY_CAPITAL_ZIPF \
                    and (two := _word_before(text, seg.offset, before_m.start(1))) is not None \
                    and two.group(2) == " " and two.group(1).islower():
                continue  # "a Signed For delivery option": a product's or a label's name in title case
            pair = f"{prev_word} {word}"
            if pair not in repeated:
                repeated[pair] = prev_word[:1].isupper() and zipf(prev_word.lower(), lang) < ORDINARY_CAPITAL_ZIPF and text.count(pair) >= 2
            if repeated[pair]:
                continue  # "Luang Pho To" again and again: a name; a seam between sentences does not repeat
            yield Hit(
                m.start(), m.end(), f"\"{word}\" is capitalised in mid-sentence; a sentence boundary may be missing", low,
                {"word": word, "previous": prev_word, "kind": "title-case"},
            )
    yield from _after_semicolon(doc, plain)
    yield from _capital_opening_aside(doc, plain)
    yield from _capitalised_ordinary_words(doc, plain)
    yield from _titles_after_indefinite_articles(doc, plain)
    yield from _capitalised_currency_names(doc)
    yield from _miscased_units(doc)
    yield from _capitalised_speech_verbs(doc)
    yield from _capitals_inside(doc, plain)
    yield from _inner_capitals(doc)
    yield from _half_capitalised_names(doc)
    yield from _title_case_prose(doc, {seg for seg, n in title_words.items() if n >= 2 and seg is not None})


#: names written with a capital inside them on purpose: "McDonald", "MacArthur", "DiCaprio", "LeBron"
_INNER_CAPITAL_PREFIX = lazy(re, r"(?:Mc|Mac|O|De|Di|Da|Du|La|Le|Van|Von|St)[A-Z]")


def _inner_capitals(doc: Document) -> Iterator[Hit]:
    """A name the language writes with one capital (data/<lang>/capitalized.txt: "Monday",
    "Vietnamese", "Mekong") written with capitals inside it ("MONday", "VietNamese"): not all in
    capitals, not a brand that writes itself so (data/brands.txt: "YouTube"), nor a surname that
    does ("McDonald")."""
    lang, text = doc.target_lang, doc.text
    cap = capitalized(lang)
    marks = brands()
    for low in doc.word_positions.keys() & cap:
        if len(low) < 4 or not low.isalpha() or low in marks:
            continue
        for p in doc.word_positions[low]:
            word = text[p : p + len(low)]
            if word.isupper() or word[1:].islower() or word.islower() or _INNER_CAPITAL_PREFIX.match(word):
                continue
            fix = word[0].upper() + word[1:].lower()
            yield Hit(p, p + len(low), f"\"{word}\" has capitals inside it; the name is written \"{fix}\"", fix,
                      {"word": word, "kind": "inner-capitals"})


#: a sentence this long, ending like prose, with this share of its longer words capitalised is prose
#: run through title case ("Members Are Required to Carefully Check the Order."), not a heading
TITLE_PROSE_WORDS = 8
TITLE_PROSE_SHARE = 0.8


def _title_case_prose(doc: Document, candidates: set) -> Iterator[Hit]:
    """Runs of sentences in title case inside a paragraph, one finding per run. Not in a language
    that capitalises every noun (German), where the share of capitals says less. ``candidates``:
    the segments with two or more capitalised function words after their first word."""
    if not candidates or doc.profile is not None and "nouns" in doc.profile.capitalises:
        return
    lang = doc.target_lang
    text = doc.text
    names = _names(lang)
    function_words = word_list(f"{lang}/function_words.txt") - {"i"}
    run: list = []

    def title_cased(seg) -> bool:
        if seg not in candidates or text[seg.offset : seg.end_offset].rstrip()[-1:] not in ".!?":
            return False
        words = [w.text for w in doc.words_in(seg.offset, seg.end_offset)][1:]
        longer = [w for w in words if len(w) >= 4 and w.isalpha()]
        if len(words) < TITLE_PROSE_WORDS or len(longer) < 4:
            return False
        upper = [w for w in longer if w[0].isupper() and not w.isupper()]
        if len(upper) < TITLE_PROSE_SHARE * len(longer):
            return False
        # what title case does and names do not: capitalised pronouns, auxiliaries, conjunctions
        # ("If There Are", "Them", "Must Be"), and capitalised ordinary words
        small = [w for w in words if w[0].isupper() and w[1:].islower() and w.lower() in function_words]
        common = [w for w in upper if w.lower() not in names and zipf(w.lower(), lang) >= 3.0]
        return len(small) >= 2 and len(common) >= 3

    def capitalised_throughout(seg) -> bool:
        """Every longer word after the first capitalised, one of them an ordinary word: a sentence
        that joins a run of title case next to it, though too short or cut to be one on its own
        ("When Placing an Order.", after a split at "Etc.)")."""
        longer = [w.text for w in doc.words_in(seg.offset, seg.end_offset)][1:]
        longer = [w for w in longer if len(w) >= 4 and w.isalpha()]
        return len(longer) >= 2 and all(w[0].isupper() and not w.isupper() for w in longer) and any(
            w.lower() not in names and zipf(w.lower(), lang) >= 3.0 for w in longer)

    def flush():
        # a run: sentences in title case next to one another, at least one of them clearly so
        if any(strict for _, strict in run):
            a, b = run[0][0].offset, run[-1][0].end_offset
            yield Hit(a, b, f"{'sentence' if len(run) == 1 else str(len(run)) + ' sentences'} in title case: ordinary words are capitalised",
                      None, {"kind": "title-case-prose", "sentences": len(run)})
        run.clear()

    strict = {seg for seg in candidates if title_cased(seg)}
    paragraphs = {seg.paragraph for seg in strict}  # only these can hold a run
    paragraph = None
    for seg in doc.segments:
        if seg.paragraph not in paragraphs:
            continue
        if seg.paragraph != paragraph:
            yield from flush()
            paragraph = seg.paragraph
        if seg in strict or capitalised_throughout(seg):
            run.append((seg, seg in strict))
        else:
            yield from flush()
    yield from flush()


#: endings of English nationality adjectives ("Ukrainian", "Chinese", "British", "Israeli")
_DEMONYM_END = ("an", "ese", "ish", "i")


#: German's formal pronouns, always capitalised
_GERMAN_FORMAL = frozenset({"Sie", "Ihr", "Ihre", "Ihrer", "Ihrem", "Ihren", "Ihres", "Ihnen"})


def _capitalised_by_rule(doc: Document, nxt_m: re.Match, end: int) -> bool:
    """The next word is capitalised because English capitalises nationalities ("The Times The
    Ukrainian president"), and a lower-case word follows it: no title. A word of the capitalised
    list (not a place: "The Bronx", "The Netherlands") with a nationality ending."""
    lang = doc.target_lang
    word = nxt_m.group(1)
    low = word.lower()
    if lang == "de" and word in _GERMAN_FORMAL:
        return True  # "Aber Wenn Sie": the formal pronoun is capitalised, like a lower-case word elsewhere
    if doc.profile is not None and word in _day_and_month_names(lang, doc.profile.capitalises):
        return True  # "the events continue, On Monday, August 12": the language capitalises days and months
    if lang != "en" or not (word[0].isupper() and word[1:].islower()) or not low.endswith(_DEMONYM_END):
        return False
    gaz = gazetteer(lang)
    if low not in capitalized(lang) or low in gaz and gaz[low][1] != "language":  # "Ukrainian" is both
        return False
    after = _NEXT_WORD.match(doc.text, nxt_m.end(), end)
    return bool(after and after.group(1)[0].islower())


def _lowered_months_in_dates(doc: Document) -> Iterator[tuple[int, str, tuple[str, str, str]]]:
    """A month in lower case inside a date ("18 march 2022", "march 18, 2022") where the language
    writes months with a capital: a date leaves "march" and "may" no other reading."""
    if doc.profile is None or "months" not in doc.profile.capitalises:
        return
    names = {n.lower() for n in _month_names(doc.target_lang)}
    text = doc.text
    for low in names & doc.word_positions.keys():
        for p in doc.word_positions[low]:
            if text.startswith(low, p) and (_DAY_BEFORE_MONTH.search(text, max(0, p - 4), p) and _YEAR_AFTER_MONTH.match(text, p + len(low))
                                            or _DAY_YEAR_AFTER_MONTH.match(text, p + len(low))):
                yield (p, low, (low[0].upper() + low[1:], "month", "date"))


def _lowered_street_words(doc: Document) -> Iterator[tuple[int, str, tuple[str, str, str]]]:
    """The word for a street in lower case after the street's name ("Liliacului street, Armoniei
    street", "Curro Vello square") in a language that capitalises every word of a name
    (data/<lang>/street_words.txt): the name is not at a sentence's start, and the word ends the
    phrase (not "Main street food"). So too the word for a natural feature or a county
    (data/<lang>/feature_words.txt: "Skalnata valley", "Zelene lake", "Maramureș county") after a
    name the language writes rarely: after its own names a lower-case word may describe ("the
    Thames valley")."""
    if doc.profile is None or "titles" not in doc.profile.capitalises:
        return
    lang = doc.target_lang
    streets, features = word_list(f"{lang}/street_words.txt"), word_list(f"{lang}/feature_words.txt")
    text = doc.text
    starts = {s.offset for s in doc.segments}
    function = word_list(f"{lang}/function_words.txt")
    for low in (streets | features) & doc.word_positions.keys():
        for p in doc.word_positions[low]:
            if not text.startswith(low, p):
                continue
            name = _NAME_BEFORE_STREET.search(text, max(0, p - 40), p)
            if name is None or name.start(1) in starts or after_opening(text, name.start(1), starts):
                continue
            if low not in streets and zipf(name.group(1).lower(), lang) >= MAX_FEATURE_NAME_ZIPF:
                continue  # "the Thames valley", "Orange county" beside "Maramureș county"
            nxt = _NEXT_AFTER_STREET.match(text, p + len(low))
            if nxt is None or (nxt.group(1) and nxt.group(1) not in function):
                continue  # "the Main street food", "the High Street road surface"
            kind = "street name" if low in streets else "place name"
            yield (p, low, (low[0].upper() + low[1:], kind, "street" if low in streets else "feature"))


#: a name before a feature word rarer than this (Zipf) in the language is foreign to it ("Skalnata")
MAX_FEATURE_NAME_ZIPF = 3.0


#: the street's name before the word ("Liliacului |street"): a capitalised word, not a street word itself
_NAME_BEFORE_STREET = lazy(regex, r"(?<![\p{L}\p{M}'’-])(\p{Lu}[\p{Ll}\p{M}'’]+) $")
#: what follows the street word: punctuation, the end, or a lower-case word (checked to be a function word)
_NEXT_AFTER_STREET = lazy(regex, r"(?:[ \u00a0]+(\p{Ll}+)\b|[ \u00a0]*(?:[,.;:!?()\]]|$))")


#: a day before a month ("18 |march") and a year after it ("march| 2022"); a day and a year after it ("march| 18, 2022")
_DAY_BEFORE_MONTH = lazy(re, r"(?<![\d.,])\d{1,2} $")
_YEAR_AFTER_MONTH = lazy(re, r",? \d{4}(?!\d)")
_DAY_YEAR_AFTER_MONTH = lazy(re, r" \d{1,2}(?:st|nd|rd|th)?, \d{4}(?!\d)")


@lru_cache(maxsize=None)
@lru_cache(maxsize=None)
def _month_forms(lang: str) -> frozenset[str]:
    """The target's month names and their three-letter abbreviations, in lower case (CLDR): "gen", "gennaio"."""
    names = {m.lower() for m in _month_names(lang)}
    return frozenset(names | {m[:3] for m in names})


def _month_names(lang: str) -> tuple[str, ...]:
    from ..cldr import months

    return months(lang)


@lru_cache(maxsize=None)
def _day_and_month_names(lang: str, capitalises: frozenset[str]) -> frozenset[str]:
    """The names of the days and months (CLDR) where the language writes them with a capital ("Monday")."""
    from ..cldr import days, months

    names = (days(lang) if "days" in capitalises else ()) + (months(lang) if "months" in capitalises else ())
    return frozenset(n[:1].upper() + n[1:] for n in names if len(n) > 3)  # not "May", also a verb


#: what may stand between the previous word and a capital for the capital to be mid-sentence:
#: spaces and at most one comma, spaced or not ("in Madrid He said", "As planned, The company", "hours,The storm"). A line break,
#: a list marker ("2)", "•", "【2】", "■"), a bracket, a quote, a colon or a dash may start something new.
_SEAM = lazy(re, r"[ \t\u00a0\u202f]*(?:,[ \t\u00a0\u202f]*|[ \t\u00a0\u202f]+)")
_YEAR = lazy(re, r"\d{4}")


#: a closing bracket after a word of two letters or more, the aside closed inside a sentence ("(ci-après
#: « vendeur ») Sont réglementés"): not a list marker ("a) Item", "2) Pay") nor a sentence closed in it ("(See below.) The")
_CLOSED_ASIDE = lazy(re, r"(?:[ \u00a0\u202f]*[\"”»’'])?\)[ \t\u00a0\u202f]+")


#: the page's first one to three words, the first capitalised, with no punctuation or line break: a title
_KICKER = lazy(regex, r"\s*(\p{Lu}[\p{L}\p{M}'’-]*)(?: [\p{L}\p{M}'’-]+){0,2} $")
KICKER_CHARS = 40


def _mid_sentence(before_m: re.Match) -> bool:
    """The capital follows the previous word in running text (see _SEAM, _CLOSED_ASIDE), and that word
    is a word (has a letter) or a year: a bare number or symbol before it is a list marker ("① Please")."""
    prev_word, sep = before_m.group(1), before_m.group(2)
    if _CLOSED_ASIDE.fullmatch(sep):
        if len(prev_word) < 2 or not prev_word.isalpha() or prev_word.lower() in _ROMAN_MARKERS:
            return False
        # the bracket opened after a word of the same line: an aside inside a sentence, not a stage
        # direction or a caption opening one ("(Laughter) What we see")
        text, at = before_m.string, before_m.start(2)
        opener = text.rfind("(", max(0, at - 300), at)
        if opener <= 0 or "\n" in text[opener:at]:
            return False
        lead = text[max(0, opener - 40) : opener].rstrip(" \t\u00a0")
        return bool(lead) and (lead[-1].isalnum() or lead[-1] in ",\"”»")
    if not _SEAM.fullmatch(sep):
        return False
    # a number with an ordinal indicator ("Art. 2º Para fins") is a list or an article's marker
    return any(ch.isalpha() and ch not in "ºª" for ch in prev_word) or bool(_YEAR.fullmatch(prev_word))


_ROMAN_MARKERS = frozenset(("ii", "iii", "iv", "vi", "vii", "viii", "ix", "xi", "xii"))


_AFTER_SEMICOLON = lazy(re, r";[ \t]+([^\W\d_][^\W\d_]+)(?![\w'’-])")  # after a word: checked in code


def _half_capitalised_names(doc: Document) -> Iterator[Hit]:
    """The name of an institution or office with its first word in lower case and its head
    capitalised ("the foreign Ministry", "prime Minister"): data/<lang>/institution_heads.txt
    and institution_modifiers.txt; and a title so ("vice President", "Deputy general Manager"):
    titles.txt and title_modifiers.txt. Written all capitalised or all in lower case, it is right."""
    lang = doc.target_lang
    for heads_file, modifiers_file in (("institution_heads", "institution_modifiers"), ("titles", "title_modifiers")):
        modifiers = word_list(f"{lang}/{modifiers_file}.txt")
        if modifiers:
            yield from _half_capitalised(doc, word_list(f"{lang}/{heads_file}.txt"), modifiers)


def _half_capitalised(doc: Document, heads: frozenset[str], modifiers: frozenset[str]) -> Iterator[Hit]:
    """A head of ``heads`` capitalised after a word of ``modifiers`` in lower case."""
    text = doc.text
    for head in heads & doc.word_positions.keys():
        for p in doc.word_positions[head]:
            word = text[p : p + len(head)]
            if not (word[0].isupper() and word[1:].islower()):
                continue
            before = _word_before(text, 0, p)
            if before is None or before.group(2) != " " or before.group(1) not in modifiers:
                continue
            a = before.start(1)
            name = f"{text[a].upper()}{text[a + 1 : p]}{word}"
            yield Hit(a, p + len(word), f"name half capitalised: \"{text[a : p + len(word)]}\" (write \"{name}\", or all in lower case)",
                      name, {"kind": "half-capitalised", "head": word})


#: a capitalised word in mid-sentence this common in the language (Zipf) is an ordinary word
ORDINARY_CAPITAL_ZIPF = 3.0
#: a capitalised word between two lower-case words of running text (maybe after a comma, spaced or not: "public , Especially")
_LONE_CAPITAL = lazy(regex, 
    r"(?<=(?:^|[^\p{L}\p{M}'’-])\p{Ll}[\p{Ll}\p{M}'’-]*(?: ?,)? )(\p{Lu}\p{Ll}{2,})(?= \p{Ll}|[,.;:!?]?$|[,.;:!?] )", regex.MULTILINE)
#: a capitalised word after the function word that opens a sentence ("The Client must"): checked in code
_CAPITAL_AFTER_OPENING = lazy(regex, r"(\p{Lu}\p{Ll}*) (\p{Lu}\p{Ll}{2,})(?= \p{Ll}|[,.;:!?]?$|[,.;:!?] )", regex.MULTILINE)
#: a capitalised word, a short lower-case word and the capital: the end of a name ("Asociación Argentina de Polo")
_DEFINED_TERM = lazy(regex, r"(?i:\b(?:the|this|that|our|your|its|their|such) )$")
_NAME_AFTER = lazy(regex, r"[ \u00a0]\p{Ll}{1,4}[ \u00a0]\p{Lu}")
_NAME_BEFORE = lazy(regex, r"\p{Lu}\p{Ll}[\p{L}\p{M}]*[ \u00a0]\p{Ll}{1,4}[ \u00a0]$")


#: what follows the head of an event's name written with one capital ("Tournoi| d'ouverture", "Salon| du livre")
_EVENT_NAME_REST = lazy(regex, r"[ \u00a0](?:d['’]|(?:de|du|des|de la)[ \u00a0])\p{Ll}")


def _capitalised_ordinary_words(doc: Document, plain: dict[int, bool]) -> Iterator[Hit]:
    """An ordinary word capitalised between lower-case words of running text, which the document
    writes in lower case elsewhere ("a partir de 20 EUR por Estancia" beside "en medio de estancia",
    "from All guests" beside "all guests"), or which edited text of the language writes in lower case
    in mid-sentence 94% of the time or more (data/<lang>/lower_case_words.txt, from case statistics: "to
    Encourage customers", "the amount Damage caused"). Not in German (nouns), not names, titles or
    the heads of institutions' names ("the President", "the Ministry"), nor a desk or department
    that the text names twice or more after a bare preposition ("check in at Reception"), nor the head of an event's
    name written with one capital, as French does ("le Tournoi d'ouverture": data/<lang>/event_heads.txt)."""
    if doc.profile is not None and "nouns" in doc.profile.capitalises:
        return
    lang = doc.target_lang
    text = doc.text
    names = _names(lang)
    skip = word_list(f"{lang}/titles.txt") | word_list(f"{lang}/institution_heads.txt") | word_list(f"{lang}/formal_titles.txt")
    disciplines = word_list(f"{lang}/disciplines.txt")  # "studies in History" beside "the history of"
    lower_case = word_list(f"{lang}/lower_case_words.txt") - word_list(f"{lang}/function_words.txt")  # those: above
    events = word_list(f"{lang}/event_heads.txt") | word_list(f"{lang}/institution_heads.txt")
    interface = word_list(f"{lang}/interface_nouns.txt")
    function_words = word_list(f"{lang}/function_words.txt")
    prepositions = word_list(f"{lang}/prepositions.txt")
    countries = _territory_words(lang)  # "la Suisse" beside "montagne suisse": a country, not the adjective
    # the masculine articles before a name ("o Vitória", "el Betis"): data/<lang>/surface.toml
    name_articles = frozenset(surface_settings(lang).get("date_name_articles", ()))
    heads = None  # the last words of the document's capitalised names, found when a candidate asks
    for low, where in doc.word_positions.items():
        if len(low) < 3 or not low.isalpha() or low in names or low in skip or low in countries:
            continue
        capital = [p for p in where if text[p].isupper() and text[p + 1 : p + len(low)].islower()]
        if not capital:
            continue
        # the document's own usage first, then the language's statistics
        if low not in disciplines and any(text[p].islower() and not _in_url(text, p, p + len(low)) for p in where) \
                and zipf(low, lang) >= ORDINARY_CAPITAL_ZIPF:
            # (a lower-case word inside an address is no usage: "privacy.apple.com")
            why = f"the text writes \"{low}\" elsewhere"
            if len(capital) >= 2 and name_articles \
                    and all((b := _word_before(text, max(0, p - 40), p)) is not None and b.group(2) == " " and b.group(1).lower() in name_articles for p in capital):
                continue  # "o Vitória voltou", "do Vitória": a club's or a place's name, always after its article, beside "a vitória"
        elif low in lower_case:
            why = "edited text writes it in lower case"
        else:
            continue
        mostly_lower = None  # decided once per word, when a capital after "the" asks
        bare = None  # how many of the capitals follow a bare preposition, counted when one does
        for p in capital:
            m = _LONE_CAPITAL.match(text, p)
            seg = doc.segment_at(p)
            opening = m is None and seg is not None and lang == "en" and _after_opening_word(text, p, seg.offset, function_words)
            # (English only: there a contract's defined term is told apart, below)
            if not opening and (m is None or m.end() != p + len(low)):
                continue
            if seg is None or p == seg.offset or not _plain(doc, seg, plain):
                continue
            if lang == "en" and _DEFINED_TERM.search(text, max(0, p - 12), p):
                if mostly_lower is None:
                    mostly_lower = _mostly_lower_after_determiners(text, low, where)
                if not mostly_lower or (opening and mostly_lower < MIN_LOWER_AFTER_OPENING):
                    continue  # "the Hotel", "our Company": a term a contract defines and capitalises
            if _NAME_BEFORE.search(text, max(0, p - 40), p) or _NAME_AFTER.match(text, p + len(low)):
                continue  # "Plaza de Toros", "Bank of Ireland", "these Terms and Conditions"
            if interface and (nxt := _NEXT_WORD.match(text, p + len(low))) is not None and nxt.group(1).lower() in interface:
                continue  # "the web site Contact page", "the Submit button": a label of an interface
            if heads is None:
                heads = _name_heads_in(doc, function_words)
            if low in heads and _ends_phrase(text, p + len(low), function_words):
                continue  # "the main Hall and" where the text names "the Village Hall": its short name
                # (not a modifier: "of Store hours" beside "Ginza Store")
            if why[0] == "t" and _after_bare_preposition(text, p, prepositions):
                if bare is None:
                    bare = sum(_after_bare_preposition(text, q, prepositions) for q in capital)
                if bare >= 2:
                    continue  # "check in at Reception" twice beside "come to reception": a desk or
                    # department named without an article, a house style (MT writes "at the Reception")
            if why[0] == "e" and not _lower_case_after(text, p + len(low)):
                continue  # "the weekly Time.", "the special Wonders of the African World": a title
            if low in events and _EVENT_NAME_REST.match(text, p + len(low)):
                continue  # "le Tournoi d'ouverture", "le Salon du livre": an event named the French way
            if why[0] == "e" and _NEXT_WORD.match(text, p + len(low)).group(1).lower() in events:
                continue  # "the recent Annual meeting": an organisation's own event or document
            word = text[p : p + len(low)]
            yield Hit(p, p + len(low), f"\"{word}\" is capitalised in mid-sentence; {why}",
                      low, {"word": word, "kind": "ordinary-word"})


def _after_bare_preposition(text: str, p: int, prepositions: frozenset[str]) -> bool:
    """The word at ``p`` follows a preposition of the language in lower case, with no article between ("at Reception")."""
    b = _word_before(text, max(0, p - 40), p) if prepositions else None
    return b is not None and b.group(2) == " " and b.group(1) in prepositions


#: a capitalised word of two letters or more after another in running text: the last two words of a name
_CAPITALISED_PAIR = lazy(regex, r"(?<![\p{L}\p{M}'’-])(\p{Lu}\p{Ll}+)[ \u00a0](\p{Lu}\p{Ll}+)(?![\p{L}\p{M}'’-])")


def _name_heads_in(doc: Document, function_words: frozenset[str]) -> frozenset[str]:
    """The last words, in lower case, of the names of two capitalised words or more that the
    document writes ("hall" of "the Village Hall", "council" of "Norfolk County Council"): a text
    that names a place so may call it by its last word with its capital ("the Hall")."""
    out = set()
    for m in _CAPITALISED_PAIR.finditer(doc.text):
        first, last = m.group(1), m.group(2)
        if first.lower() not in function_words:
            out.add(last.lower())
    return frozenset(out)


def _ends_phrase(text: str, end: int, function_words: frozenset[str]) -> bool:
    """No content word in lower case follows the word that ends at ``end``: punctuation, the end
    of the line, or a function word ("the main Hall and"), not a noun it modifies ("Store hours")."""
    m = _NEXT_WORD.match(text, end)
    return m is None or not m.group(1).islower() or m.group(1) in function_words


def _after_opening_word(text: str, p: int, start: int, function_words: frozenset[str]) -> bool:
    """The capitalised word at ``p`` is the second of its sentence (which starts at ``start``), after
    a function word capitalised as the sentence's first ("The Client must", "Our Guests are"), and a
    lower-case word follows."""
    m = _CAPITAL_AFTER_OPENING.match(text, start)
    return m is not None and m.start(2) == p and m.group(1).lower() in function_words


#: a capital after a sentence's opening determiner ("The Client must") is a slip only where the text
#: writes the word in lower case after a determiner this often (a contract capitalises its terms
#: there more often than in mid-sentence)
MIN_LOWER_AFTER_OPENING = 3


@lru_cache(maxsize=None)
def _territory_words(lang: str) -> frozenset[str]:
    """The names of countries and regions of one word in the language (CLDR), in lower case: "suisse"."""
    from ..cldr import territories

    return frozenset(name.lower() for name in (territories(lang) or {}).values() if name.isalpha())


def _mostly_lower_after_determiners(text: str, low: str, where: list[int]) -> int:
    """How often the text writes ``low`` in lower case after a determiner, when that is at least twice as
    often as capitalised ("the municipality" twice, "the Municipality" once), else 0: the capital is
    no defined term of a contract, which a contract keeps capitalised every time."""
    lower = capital = 0
    for p in where:
        if _DEFINED_TERM.search(text, max(0, p - 12), p) or _ARTICLE_BEFORE.search(text, max(0, p - 4), p):
            if text[p].islower():
                lower += 1
            elif text[p + 1 : p + len(low)].islower():
                capital += 1
    return lower if lower >= 2 * capital > 0 else 0


_ARTICLE_BEFORE = lazy(regex, r"(?i:\ban? )$")


#: the three words after a capital: a title of a work or a name goes on with capitals ("Wonders of the African World")
_THREE_WORDS_AFTER = lazy(regex, r"(?: [\p{L}\p{M}\d'’-]+){1,3}")


def _lower_case_after(text: str, end: int) -> bool:
    """Running lower-case text follows: a lower-case word next, and no capital in the three words after."""
    m = _THREE_WORDS_AFTER.match(text, end)
    return m is not None and text[end + 1].islower() and not any(w[:1].isupper() for w in m.group().split())


_LOWER_NEXT = lazy(regex, r" \p{Ll}")


#: a number and a capitalised word after it ("35 Euros"): checked against the currencies' names in code
_AMOUNT_THEN_CAPITAL = lazy(re, r"\d[ \u00a0]([A-Z][a-z]+)(?![\w'’-])")
_CAPITAL_NEXT = lazy(regex, r" +\p{Lu}")  # "1 Euro Shop": a name


@lru_cache(maxsize=None)
def _currency_before_amount() -> re.Pattern:
    """A currency's name of data/currency_words.txt (four letters or more), capitalised, before an amount
    with two decimals ("Euro 0.50")."""
    names = sorted((w for w in word_list("currency_words.txt") if len(w) > 3 and w.isalpha()), key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(w[0].upper() + w[1:] for w in names) + r")[ \u00a0]\d+[.,]\d\d(?![\d.,])")


def _capitalised_currency_names(doc: Document) -> Iterator[Hit]:
    """A currency's name capitalised after an amount in English ("20 to 35 Euros", "2 Euros if"), or
    before an amount with its cents in mid-sentence ("a fee: Euro 0.50", "Dogs Euro 3.00"):
    English writes the names of currencies in lower case (data/currency_words.txt)."""
    if doc.target_lang != "en":
        return
    names = word_list("currency_words.txt")
    text = doc.text
    for m in _AMOUNT_THEN_CAPITAL.finditer(text):
        word = m.group(1)
        low = word.lower()
        if low in names and len(low) > 3 and not _CAPITAL_NEXT.match(text, m.end()):
            yield Hit(m.start(1), m.end(1), f"\"{word}\": English writes the name of a currency in lower case", low,
                      {"word": word, "kind": "currency"})
    # before an amount with its cents, in mid-sentence, as Italian and Portuguese write it ("a fee:
    # Euro 0.50", "Dogs Euro 3.00"; not "Euro 2024", the championship)
    for m in _currency_before_amount().finditer(text):
        word = m.group(1)
        if m.start() and text[m.start() - 1] in "'’-":
            continue
        before = text[max(0, m.start() - 3) : m.start()].rstrip(" \u00a0")
        if not before or before[-1] in ".!?\n" or before[-1].isdigit():
            continue  # a sentence's or a line's first word
        yield Hit(m.start(1), m.end(1), f"\"{word}\": English writes the name of a currency in lower case (or its sign before the amount)", word.lower(),
                  {"word": word, "kind": "currency"})


#: a number and a unit symbol after it, maybe spaced ("5 Kg", "10Km/h"): checked against data/miscased_units.tsv
_NUMBER_THEN_SYMBOL = lazy(re, r"(?<![\w.,])\d+(?:[.,]\d+)?[ \u00a0]?([A-Za-z]{2,3})(?![\w'’-])")


def _miscased_units(doc: Document) -> Iterator[Hit]:
    """A unit symbol written with the wrong case after a number ("orders over 5 Kg", "10 Km/h"): the
    SI symbol's case is part of it in every language (data/miscased_units.tsv)."""
    forms = miscased_unit_forms()
    text = doc.text
    for m in _NUMBER_THEN_SYMBOL.finditer(text):
        symbol = forms.get(m.group(1))
        if symbol is not None:
            yield Hit(m.start(1), m.end(1), f"\"{m.group(1)}\": the unit's symbol is \"{symbol}\"", symbol,
                      {"word": m.group(1), "kind": "unit"})


#: a quotation's closing mark or a dialogue dash after the quoted sentence's own mark, then a
#: capitalised word and more on the line ("…farlo.” Disse Yang", "¿está seguro?– Dijo el anciano"),
#: maybe after a comma that follows the closing mark ("“¿Qué?”, Dijo la Santa")
_WORD_AFTER_QUOTATION = lazy(regex, r"[.!?…,][ \u00a0]?(?:[”\"»’“]|[–—]),?[ \u00a0]*(\p{Lu}\p{Ll}+)[ \u00a0]+\S")


def _capitalised_speech_verbs(doc: Document) -> Iterator[Hit]:
    """A speech verb capitalised right after a quotation or a dialogue dash, its subject after it
    ("…farlo.” Disse Yang Yuefeng", "¿Estás dudando?– Dijo el anciano Zhao"): the English "…," said
    X, split into a sentence of its own; the verb goes on the quoted sentence in lower case. Where
    the language's list of speech verbs holds no imperative (`speech_verb_after_quote` in
    data/<lang>/surface.toml), so "Tap “Save.” Add a name" stays alone in English."""
    lang = doc.target_lang
    if not surface_settings(lang).get("speech_verb_after_quote"):
        return
    verbs = word_list(f"{lang}/speech_verbs.txt")
    text = doc.text
    for m in _WORD_AFTER_QUOTATION.finditer(text):
        word = m.group(1)
        if word.lower() in verbs:
            yield Hit(m.start(1), m.end(1), f"\"{word}\" is capitalised after the quotation it attributes; "
                      "the speech verb goes on its sentence in lower case", word.lower(), {"word": word, "kind": "speech-verb"})


def _titles_after_indefinite_articles(doc: Document, plain: dict[int, bool]) -> Iterator[Hit]:
    """A title capitalised after an indefinite article ("had not had a President so committed"): a
    title takes its capital before a name or for the one office ("the President"), never for "a"
    president (data/<lang>/titles.txt, formal_titles.txt, indefinite_articles.txt)."""
    lang = doc.target_lang
    articles = word_list(f"{lang}/indefinite_articles.txt")
    titles = word_list(f"{lang}/titles.txt") | word_list(f"{lang}/formal_titles.txt")
    if not articles or not titles or (doc.profile is not None and "nouns" in doc.profile.capitalises):
        return
    text = doc.text
    for low in titles & doc.word_positions.keys():
        for p in doc.word_positions[low]:
            end = p + len(low)
            if not (text[p].isupper() and text[p + 1 : end].islower() and _LOWER_NEXT.match(text, end)):
                continue  # a title, then a lower-case word
            before = _word_before(text, max(0, p - 12), p)
            if before is None or before.group(2) != " " or before.group(1) not in articles or _NAME_AFTER.match(text, end):
                continue  # "a Minister of State": the name of an office
            seg = doc.segment_at(p)
            if seg is None or not _plain(doc, seg, plain):
                continue
            word = text[p:end]
            yield Hit(p, end, f"\"{word}\" is capitalised after \"{before.group(1)}\"; a title takes a capital before a name",
                      low, {"word": word, "kind": "title-after-article"})


@lru_cache(maxsize=None)
def _names(lang: str) -> frozenset[str]:
    """Lower-case forms of the names the language's lists know: capitalised-only words, places, given names, brands."""
    return frozenset(capitalized(lang).keys() | gazetteer(lang).keys() | word_list(f"{lang}/first_names.txt") | brands().keys())


def _after_semicolon(doc: Document, plain: dict[int, bool]) -> Iterator[Hit]:
    """A capital after a semicolon, where the sentence goes on ("the talks stalled; Yesterday the
    minister", "(Dragon Island); The island"): a function word, or after a word an ordinary word of
    the language that is not a name (with the language's list of ordinary words,
    data/<lang>/ordinary.txt), followed by a lower-case word."""
    lang = doc.target_lang
    text = doc.text
    function_words = word_list(f"{lang}/function_words.txt") - {"i"}
    ordinary = word_list(f"{lang}/ordinary.txt")
    if (not function_words and not ordinary) or ";" not in text:
        return
    names = _names(lang)
    for m in _AFTER_SEMICOLON.finditer(text):
        before = text[max(0, m.start() - 2) : m.start()]
        if not before[-1:].isalnum() and before[-1:] not in ")]\"”’»" and not (before[-1:] in " \u00a0\u202f" and before[:1].isalnum()):
            continue  # after a word: "word;" or French "word ;"
        word = m.group(1)
        low = word.lower()
        shouted = word.isupper() and low in function_words and len(word) >= 2  # "expense; IF the service"
        if not (word[0].isupper() and word[1:].islower()) and not shouted:
            continue
        if low not in function_words and (low not in ordinary or low in names or not before[-1:].isalnum()):
            continue  # after a bracket or a quote, a function word only: "(4 million); Brazil follows"
        seg = doc.segment_at(m.start(1))
        if seg is None or not _plain(doc, seg, plain):
            continue
        nxt_m = _NEXT_WORD.match(text, m.end(1), seg.end_offset)
        if not nxt_m or not nxt_m.group(1)[0].islower():
            continue  # "; Monday Tuesday", a list of titles
        yield Hit(m.start(1), m.end(1), f"\"{word}\" is capitalised after a semicolon; the sentence goes on", low,
                  {"word": word, "kind": "after-semicolon"})


#: an opening bracket after a lower-case word and a capitalised word inside it ("delivery (Only at pickup)")
_CAPITAL_OPENING_ASIDE = lazy(regex, r"\((\p{Lu}\p{Ll}+)(?=[ \u00a0]\p{Ll})")  # after a word and a space: checked in code


def _capital_opening_aside(doc: Document, plain: dict[int, bool]) -> Iterator[Hit]:
    """A capital on the first word of a bracketed aside that opens in mid-sentence, before a lower-case
    word ("cash upon delivery (Only at pickup)", "from 15.00 (Normally much earlier"): a function word or
    a word that edited text of the language writes in lower case in mid-sentence (data/<lang>/
    lower_case_words.txt); not a name, nor a title of a work ("(The Times)": a capital follows)."""
    text = doc.text
    if "(" not in text:
        return
    lang = doc.target_lang
    function, lower = word_list(f"{lang}/function_words.txt"), word_list(f"{lang}/lower_case_words.txt")
    if not function and not lower:
        return
    names = _names(lang)
    for m in _CAPITAL_OPENING_ASIDE.finditer(text):
        low = m.group(1).lower()
        if (low not in function and low not in lower) or low in names or m.start() < 2 or text[m.start() - 1] not in " \u00a0" \
                or not text[m.start() - 2].islower():
            continue
        seg = doc.segment_at(m.start(1))
        if seg is None or not _plain(doc, seg, plain):
            continue
        yield Hit(m.start(1), m.end(), f"\"{m.group(1)}\" is capitalised at the start of an aside in mid-sentence", low,
                  {"word": m.group(1), "kind": "opening-aside"})


#: six letters or more: shorter ones are often acronyms that spell a word ("SARS", "PALM", "SWAT")
_ALL_CAPS = lazy(re, r"[A-Z]{6,}(?![\w'’-])")  # and no [\w'’-] before it (checked apart: faster)
_INNER_CAPITAL = lazy(re, r"(?<![\w'’.-])(?:[a-z]+[A-Z][a-z]+|[A-Z]{2}[a-z]{3,})(?![\w'’-])")
#: where such a word can be (tqcheck.textscan): a capital after a lower-case letter or two capitals before one
_INNER_CAPITAL_HINT, _INNER_CAPITAL_RUN = lazy(regex, r"[a-z][A-Z]|[A-Z]{2}[a-z]"), run_before(r"\w'’.\-")
#: an all-capitals word this common is more likely emphasis ("NEVER", "ONLY", "FREE", "MUST") than an artifact
MAX_CAPS_ZIPF = 5.6


def _capitals_inside(doc: Document, plain: dict[int, bool]) -> Iterator[Hit]:
    """An ordinary word (data/<lang>/ordinary.txt) in capitals between two lower-case words ("the
    MINISTER said"), and an ordinary word with a capital inside it ("mInister", "MInister"; brand
    names such as "iPhone" and "eBay" are not ordinary words). Not acronyms (data/<lang>/acronyms.txt,
    generic_acronyms.txt), headings, title-case lines or runs of capitals."""
    lang = doc.target_lang
    ordinary = word_list(f"{lang}/ordinary.txt")
    if not ordinary:
        return
    text = doc.text
    acronyms = word_list(f"{lang}/acronyms.txt") | word_list(f"{lang}/generic_acronyms.txt")
    function_words = word_list(f"{lang}/function_words.txt")
    for m in _ALL_CAPS.finditer(text):
        if m.start() and _JOINED_BEFORE.match(text, m.start() - 1):
            continue
        word, low = m.group(), m.group().lower()
        if low not in ordinary or low in acronyms or low in function_words or zipf(low, lang) >= MAX_CAPS_ZIPF:
            continue
        seg = doc.segment_at(m.start())
        if seg is None or m.start() == seg.offset or not _plain(doc, seg, plain):
            continue
        before_m = _word_before(text, seg.offset, m.start())
        nxt_m = _NEXT_WORD.match(text, m.end(), seg.end_offset)
        if before_m is None or nxt_m is None or before_m.group(1) not in function_words or not nxt_m.group(1).islower():
            continue  # "the MINISTER said": after a lower-case function word, before a lower-case word
        if before_m.group(2) != " " or not text.startswith(" ", m.end()):
            continue  # only between two words of running text
        yield Hit(m.start(), m.end(), f"\"{word}\" in capitals in mid-sentence", low, {"word": word, "kind": "all-caps"})
    for m in finditer_from_hints(_INNER_CAPITAL, _INNER_CAPITAL_HINT, _INNER_CAPITAL_RUN, text):
        word, low = m.group(), m.group().lower()
        if len(low) < 4 or low not in ordinary or low in brands() or _in_url(text, m.start(), m.end()):
            continue
        seg = doc.segment_at(m.start())
        if seg is None:
            continue
        fixed = low if m.start() != seg.offset and not word[0].isupper() else low[0].upper() + low[1:]
        yield Hit(m.start(), m.end(), f"\"{word}\" has a capital inside the word", fixed, {"word": word, "kind": "mixed-case"})


#: the word before a position and what separates them
_BEFORE = lazy(re, r"(\w+)(\W*)$")


def _word_before(text: str, start: int, pos: int) -> re.Match | None:
    """``_BEFORE.search(text, start, pos)``, looked for in the 256 characters before ``pos`` first:
    searching from the sentence start for every capital made a long run-on sentence quadratic.
    When the window cuts that word or the gap before ``pos``, the full search decides."""
    lo = max(start, pos - 256)
    # walk back over the gap and the word (as re's \w: alphanumeric or "_"), then match there once:
    # the pattern searched forwards is tried at every position of the window
    i = pos
    while i > lo and not (text[i - 1].isalnum() or text[i - 1] == "_"):
        i -= 1
    j = i
    while j > lo and (text[j - 1].isalnum() or text[j - 1] == "_"):
        j -= 1
    m = _BEFORE.match(text, j, pos) if j < i else None
    if lo > start and (m is None or m.start() == lo):
        m = _BEFORE.search(text, start, pos)
    return m
_NEXT_WORD = lazy(re, r"\W*?(\w+)")


@lru_cache(maxsize=None)
def _capital_function_words(lang: str) -> re.Pattern | None:
    """Title-case and all-capital forms of the function words, except "I"; None without a list
    (an empty alternation would match the empty string everywhere)."""
    words = sorted(w for w in word_list(f"{lang}/function_words.txt") if w != "i" and w.isalpha())
    if not words:
        return re.compile(r"(?!)")  # no list for this language: an empty alternation would match everywhere
    forms = [w.capitalize() for w in words] + [w.upper() for w in words if len(w) >= 2]
    if not forms:
        return None
    # no look-behind here: a pattern that starts with one is tried at every position of the text,
    # one that starts with letters only where they stand. The caller checks the character before
    # (the forms are letters, so no match it rejects hides one that starts inside it).
    return cached_compile(re, r"(?:" + "|".join(sorted(forms, key=len, reverse=True)) + r")(?![\w'’-])")


#: a character that may not stand before a capitalised function word
_JOINED_BEFORE = lazy(re, r"[\w'’-]")


_FIRST_LETTER = lazy(re, r"[^\W\d_]")


@lru_cache(maxsize=None)
def _after_stop(openers: str) -> tuple[re.Pattern, re.Pattern]:
    """A word, sentence punctuation, space, opening marks and a letter; and the same from the mark on."""
    marks = r"(?:[" + re.escape(openers) + r"][ \u00a0\u202f]?)*"
    whole = cached_compile(re, r"(\S+)([.!?])\s+(" + marks + r")([^\W\d_])")
    return whole, cached_compile(re, r"[.!?]\s+" + marks + r"[^\W\d_]")


def _stops_finditer(patterns: tuple[re.Pattern, re.Pattern], para: str):
    """``finditer`` of the first pattern, tried only where the second finds a mark, space and letter:
    a scan from every position of a long run without spaces ("!?.,;:…" x 30,000) was quadratic.
    A match starts where finditer would: at the start of the run of non-space characters that ends
    with the mark, or at the end of the previous match if that lies inside the run."""
    whole, hint = patterns
    last_end = 0
    for h in hint.finditer(para):
        stop = h.start()
        if stop < last_end:
            continue
        start = stop
        while start > last_end and not para[start - 1].isspace():
            start -= 1
        if start == stop:
            continue  # no character before the mark
        m = whole.match(para, start)
        if m is not None:
            last_end = m.end()
            yield m
#: sentence punctuation, space, maybe an opening quote, and a letter that is not A-Z (a fast prefilter)
_LOWER_AFTER_STOP = lazy(re, r"[.!?]\s+[\"“‘(]?[^\W\d_A-Z]")


#: a line of this many words or more that stops on a lower-case word is prose wrapped in mid-sentence
MIN_WRAPPED_LINE_WORDS = 8
#: a line holding one code or number and nothing else ("0x80000027", "KB5005565")
_CODE_LINE = lazy(re, r"[\w.:/#-]*\d[\w.:/#-]*")


@rule("TQ106", "lowercase-sentence-start", "warning", "A sentence that starts with a lower-case letter.")
def lowercase_sentence_start(doc: Document) -> Iterator[Hit]:
    """
    ## What it does
    Flags a paragraph whose first word is in lower case although it is prose (it ends with
    sentence punctuation), and a lower-case word right after a sentence-final "." "!" or "?"
    that does not follow an abbreviation. List items, headings, brand names with inner capitals
    ("iPhone") and words after an ellipsis are left alone, and so are a program's lines ("lst = []",
    "if not lst:"), a paragraph opening with a
    numeral ("6 people maximum"), a word after a single letter and a full stop ("§ 1751 f. des"),
    a line that goes on from a line of prose broken in mid-sentence ("… that this⏎prominent
    site") or from a code or number set on a line of its own ("qualcosa come⏎0x80000027⏎ad un"), a
    newsroom's mark in brackets after a text ("ist in Arbeit. (red)"), and a page's byline ("posted
    29 Sep 2017, 02:10 by …": `data/<lang>/byline_words.txt`
    and a date or a time). In every profiled language: after the
    language's opening quotes and ¿ ¡ ("Terminó. ¿qué pasará?", "„die Lage“"), with its
    abbreviations (`data/<lang>/abbreviations.txt`: "etc.", "bzw.", "pág."); a Spanish series of
    questions may go on in lower case ("¿Quién es? ¿qué quiere?"), and the last item of a list whose
    items end in ";" may end in a full stop ("sabato dalle 10 alle 13;" … "lunedì chiuso.").

    ## Why is this bad?
    Machine translation sometimes loses the capital of the first word, or joins two sentences
    and lower-cases the second.

    ## Example
    `the talks failed. the minister left.`

    Use instead: `The talks failed. The minister left.`
    """
    lang = doc.target_lang
    text = doc.text
    abbr = abbreviations(lang) | word_list(f"{lang}/abbreviations.txt")
    continuing = word_list(f"{lang}/continuation_abbreviations.txt")
    profile = doc.profile
    openers = _openers(profile.opening_quotes if profile is not None else frozenset())
    series = profile is not None and profile.inverted_marks  # "¿Quién es? ¿qué quiere?" (RAE)
    closing = ".!?\"”’)" + "".join(b for _, b in profile.quotes) if profile is not None else ".!?\"”’)"
    extra = set(openers) - set("\"“‘(")  # openers the fast prefilter does not know
    after_stop = _after_stop(openers)
    previous_end, wrapped, unfinished = "", False, False
    for p in doc.paragraphs:
        para = text[p.start : p.end]
        if _CODE_LINE.fullmatch(para.strip()):
            # a code or a number on a line of its own inside a sentence ("associare qualcosa come⏎
            # 0x80000027⏎ad un errore"): the line after goes on from the line before it
            wrapped = wrapped or unfinished
            continue
        # the last item of a list whose items end in ";", or a line of prose wrapped in mid-sentence
        # ("… I am delighted that this⏎prominent town centre site")
        continues = previous_end in (";", ",", ":") or (wrapped and text[p.start - 2 : p.start] != "\n\n")
        previous_end = para.rstrip()[-1:]
        unfinished = previous_end.islower()
        wrapped = previous_end.islower() and para.count(" ") >= MIN_WRAPPED_LINE_WORDS and para.split()[-1].islower()
        if _list_item(para) or para.rstrip()[-1:] not in closing or statement_line(text, p.start):
            continue  # (a program's lines: "lst = []", "if not lst:")
        m = _FIRST_LETTER.search(para)
        if m and m.start() <= 2 and para[m.start()].islower() and not continues and not para[: m.start()].strip().isdigit() \
                and not byline(text, p.start + m.start(), lang):
            # (a sentence may open with a numeral: "6 people maximum"; a page's byline is its template's:
            # "posted 29 Sep 2017, 02:10 by")
            yield from _lower_word(doc, p.start + m.start())
        if not _LOWER_AFTER_STOP.search(para) and not (extra and any(ch in para for ch in extra)):
            continue  # no lower-case letter right after sentence punctuation in this paragraph
        for m in _stops_finditer(after_stop, para):
            if m.group(4).isupper() or m.group(1).endswith("..") or "." in m.group(1).rstrip("."):
                continue
            if series and m.group(2) in "?!" and m.group(3).rstrip()[-1:] in ("¿", "¡"):
                continue  # a series of questions or exclamations may go on in lower case
            prev = m.group(1).strip("\"'“”‘’()«»„")
            if prev.lower() in abbr or prev.lower() in continuing or len(prev) <= 3 and prev[:1].isupper() or len(prev) == 1 and prev.isalpha():
                continue  # "Bt. or", "Co. and", "§ 1751 f. des": an abbreviation we do not know
            yield from _lower_word(doc, p.start + m.start(4))


def _openers(quotes: frozenset[str]) -> str:
    """What may stand between sentence punctuation and the next word: opening quotes and brackets,
    the language's own quotes, and the inverted marks ¿ ¡."""
    return "\"“‘(" + "".join(sorted(quotes - set("\"“‘('’"))) + "¿¡"  # not the apostrophe "'"


def _list_item(para: str) -> bool:
    """A list item or other block that does not start a sentence: a bullet or other symbol
    ("•", "■", "①", "【2】"), a number ("2)", "3."), a heading or quote marker."""
    first = para[:1]
    if not first or first in "-*+•#>|([【〔" or re.match(r"\d+[.)]\s", para):
        return True
    return unicodedata.category(first)[0] == "S" or unicodedata.category(first) == "No"


#: one short word alone in brackets ("(red)", "(dpa)"): an editor's or an agency's mark, no sentence
_BRACKETED_MARK = lazy(re, r"\(\w{1,5}\)")


def _lower_word(doc: Document, start: int) -> Iterator[Hit]:
    m = re.compile(r"\w+").match(doc.text, start)
    if not m or not m.group().islower():
        return  # mixed case: "iPhone", "eBay"
    if start and _BRACKETED_MARK.match(doc.text, start - 1):
        return  # "ist in Arbeit. (red)": the newsroom's mark after the text
    word = m.group()
    yield Hit(start, m.end(), f"sentence starts in lower case: \"{word}\"", word[0].upper() + word[1:], {"word": word})
