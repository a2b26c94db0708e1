"""The translation side of the bilingual name check (TQ402): runs of capitalised words, whether
each names a person, abbreviations of places, and clause openings."""

from __future__ import annotations

import regex

from ..data import word_list
from ..lexicon import capitalized, gazetteer
from ..wordclass import ADJECTIVE_ENDINGS, is_pinyin, ordinary
from .entities import longest_place, places
from ..patterns import lazy


def name_runs(text: str, a: int, b: int, starts: set[int], lang: str, source_lang: str | None = None) -> list[tuple[object, bool]]:
    """Runs of capitalised words between a and b ("Hong Kong's South China Morning Post"), without
    leading titles and function words, each with whether it names a person: it followed a title
    ("President Conte", "Ms Randle") or starts with a given name ("Gary Anderson"), so that its
    words are names even where they are also English words. A one-word run at a sentence start
    that is an ordinary word ("Meanwhile") is marked ``initial``. Unlike the mentions of
    TQ101-TQ103, a common first word stays: "Hong Kong" must be looked up whole."""
    from ..names import _MENTION, _TOKEN, Mention, Token, after_opening, titles

    title_words = titles(lang)
    skip = title_words | word_list(f"{lang}/function_words.txt")
    given = word_list(f"{lang}/first_names.txt")
    out = []
    for m in _MENTION.finditer(text, a, b):
        toks = [Token(t.start(), t.end(), t.group()) for t in _TOKEN.finditer(text, m.start(), m.end())]
        titled = False
        while toks and toks[0].text.lower() in skip:
            titled = titled or toks[0].text.lower() in title_words
            toks.pop(0)
        if not toks:
            continue
        if not titled:  # "the Ms Randle": a title written in lower case before the run
            titled = bool(TITLE_BEFORE.search(text[max(a, m.start() - 12) : m.start()]))
        first = toks[0]
        at_start = first.start in starts or first.start == a or after_opening(text, first.start, starts | {a})
        initial = at_start and len(toks) == 1 and ordinary(first.text.lower(), lang)
        first_low = first.text.lower()
        person = (titled and len(toks) <= 3) or (
            len(toks) in (2, 3) and first_low in given and first_low not in places(lang)
            and first_low not in gazetteer(lang)  # "German Navy"
            and not (first_low in capitalized(lang) and first_low.endswith(ADJECTIVE_ENDINGS))  # "Christian Democrats"
        )
        if source_lang == "zh" and len(toks) in (2, 3) and all(is_pinyin(t.text.lower()) for t in toks):
            person = True  # "Wang Lei", "Xi Jinping": a Chinese name, even where it spells English words
        out.append((Mention(tuple(toks), initial and not titled), person))
    return out


def opens_clause(text: str, start: int, starts: set[int]) -> bool:
    """The word at ``start`` begins a sentence or a clause that English may capitalise: after a
    colon, a dash, an opening quotation mark or bracket."""
    if start in starts:
        return True
    before = text[:start].rstrip()
    return not before or before[-1] in ".!?:;—–-\"'“‘«(["


#: lower-case words after which a capitalised word is a person's name ("said coach Flick")
TITLE_BEFORE = lazy(regex, 
    r"\b(?:president|minister|coach|striker|midfielder|defender|goalkeeper|singer|actor|actress|author|writer|player)\.? $"
)


ABBREVIATION = lazy(regex, r"(?<![\w.])(?:\p{Lu}\.){2,3}|(?<![\w.])\p{Lu}{2,3}(?!\w)")


def place_abbreviations(text: str, a: int, b: int, mentions: list, table_: dict) -> list:
    """"U.S.", "US", "UK" between a and b that are not part of a name mention (the mention
    finder drops "US" as the pronoun and splits "U.S.")."""
    from ..names import Mention, Token

    out = []
    for m in ABBREVIATION.finditer(text, a, b):
        if m.group().lower() in table_ and not any(x.start <= m.start() < x.end for x in mentions):
            out.append(Mention((Token(m.start(), m.end(), m.group()),)))
    return out


def all_places(words: list[str], lang: str) -> bool:
    """Every word of the mention belongs to a place name or is ordinary ("Rome Airport")."""

    i = 0
    while i < len(words):
        n = longest_place(words[i:], lang)
        if not n and not ordinary(words[i].lower(), lang):
            return False
        i += max(n, 1)
    return True
