"""TQ210, TQ211: doubled words and repeated phrases — typical neural-MT hallucinations and editing slips."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

import regex

from ..data import table, word_list
from ..document import Document
from ..findings import Hit
from ..lexicon import conjunctions
from ..registry import rule
from ..textscan import run_before
from ..patterns import cached_compile, lazy

_CHUNK = lazy(re, r"\S+")
_TRAIL = lazy(re, r"[.,;:!?\"”’'»)\]]+$")
_LEAD = lazy(re, r"^[\"“‘'«(\[]+")


#: a word, a few non-word characters, white space, a few more, and the same word again
_REPEAT_HINT = lazy(re, r"(?<!\S)(\S+)[ \t]\W{0,3}\1(?!\w)", re.IGNORECASE)


def _chunks_near_repeats(text: str):
    """The chunks of each place where a chunk may repeat (a C-speed prefilter), each chunk once."""
    done = 0
    for hint in _REPEAT_HINT.finditer(text):
        end = text.find(" ", hint.end())
        for chunk in _CHUNK.finditer(text, hint.start(), len(text) if end == -1 else end):
            if chunk.start() >= done:
                done = chunk.end()
                yield chunk


def _lead(chunk: str) -> str:
    m = _LEAD.match(chunk)
    return m.group() if m else ""


def _closing(trail: str) -> str:
    """Brackets that a trail closes, without sentence punctuation, commas and quotes."""
    return "".join(ch for ch in trail if ch not in ".!?,;:\"”’'»")


def _trail(chunk: str) -> str:
    m = _TRAIL.search(chunk)
    return m.group() if m else ""
_TOKEN = lazy(re, r"\w+(?:['’]\w+)*")


@rule("TQ210", "doubled-word", "warning", "The same word twice in a row (\"the the\", \"said. said.\").", neutral=True)
def doubled_word(doc: Document) -> Iterator[Hit]:
    """
    ## What it does
    Flags a word immediately repeated ("the the", "food food.", "2016 2016", "Covid-19 Covid-19"),
    also across a sentence break ("said. said."), ignoring case. Words that may correctly repeat
    inside a sentence ("had had", "that that") are listed in `data/<lang>/legit_doubles.txt`; at
    the end of a sentence only doubled interjections ("bye bye.") are accepted
    (`interjection_doubles.txt`), and anywhere the words that names and loanwords write twice
    ("ylang ylang", "Bora Bora": `data/reduplicated_words.txt`). A comma after the second word does
    not hide a doubling ("in the shop shop, to buy"). Also a contraction that holds the article followed by the article
    again ("suscríbete al el boletín", "nel il"; `data/contracted_articles.tsv`), and a word joined
    to itself by "or", or a phrase of two words by any conjunction ("direttamente o direttamente",
    "servizi pubblici e servizi pubblici": two source words rendered alike;
    `data/coordinating_conjunctions.tsv`; not "more and more", "hours and hours").

    ## Why is this bad?
    Neural machine translation sometimes repeats the last word of a sentence, and hurried
    post-editing leaves doubled words that readers notice at once.

    ## Example
    `The minister said said that talks would resume.`

    Use instead: `The minister said that talks would resume.`
    """
    lang = doc.target_lang
    allowed = word_list(f"{lang}/legit_doubles.txt")
    interjections = word_list(f"{lang}/interjection_doubles.txt") | word_list("reduplicated_words.txt")
    text = doc.text
    prev = None
    for m in _chunks_near_repeats(text):
        if prev is not None and text[prev.end() : m.start()] in (" ", "\t"):
            first, second = prev.group(), m.group()
            lead1, lead2 = _lead(first), _lead(second)
            trail1, trail2 = _trail(first), _trail(second)
            core1 = first[len(lead1) : len(first) - len(trail1)]
            core2 = second[len(lead2) : len(second) - len(trail2)]
            same_marks = lead1 == lead2 and _closing(trail1) == _closing(trail2) and not set(trail1) & set(",;:")
            if core1 and same_marks and core1.casefold() == core2.casefold() and any(ch.isalnum() for ch in core1):
                low = core1.lower()
                sentence_end = "." in trail2 or "!" in trail2 or "?" in trail2 or m.end() == len(text)
                new_sentence = bool(set(trail1) & set(".!?"))
                if new_sentence and (core1 != core2 or not core1.islower()):
                    pass  # "it. It is", "LISA. LISA:": a new sentence may start with the same word
                elif not (low in interjections or (low in allowed and not sentence_end and not trail1)):
                    end = m.end() - len(trail2) + len(trail2.rstrip(".!?,;:\"”’'»"))
                    yield Hit(prev.start(), end, f"doubled word \"{core1}\"", first, {"word": core1})
                    prev = None
                    continue
        prev = m
    yield from _doubled_articles(doc)
    yield from _joined_to_itself(doc)


@lru_cache(maxsize=None)
def _contractions(lang: str) -> dict[str, frozenset[str]]:
    """contraction -> the articles it already holds (data/contracted_articles.tsv)."""
    return {r["contraction"]: frozenset(r["articles"].split()) for r in table("contracted_articles.tsv", ("lang", "contraction", "articles"))
            if r["lang"] == lang}


def _doubled_articles(doc: Document) -> Iterator[Hit]:
    """A preposition contracted with the article, then the article again: "suscríbete al el boletín"."""
    pairs = _contractions(doc.target_lang)
    if not pairs:
        return
    text = doc.text
    for m in _ARTICLE_PAIR.finditer(text):
        first, second = m.group(1), m.group(2)
        if second in pairs.get(first.lower(), ()):
            yield Hit(m.start(), m.end(), f"\"{first}\" already holds the article: \"{m.group()}\" writes it twice", first,
                      {"word": second, "kind": "article"})


#: two short lower-case words in a row (a contraction and an article are looked up in the pairs)
_ARTICLE_PAIR = lazy(re, r"(?<![\w'’-])([A-Za-zàèìòùÀ]{2,5}) ([a-z]{1,3})(?=\s)")


@rule("TQ211", "repeated-phrase", "warning", "A phrase repeated within a sentence (\"of the price of the price\").", neutral=True)
def repeated_phrase(doc: Document) -> Iterator[Hit]:
    """
    ## What it does
    Flags a run of two to eight words that is immediately repeated inside a sentence ("in the
    city in the city"), or of three to eight words that open a sentence repeated after a comma ("In
    the first half, in the first half, …"). Parallel phrases further apart ("known as the capital of …, regarded as
    the capital of …") are left alone: they are often deliberate, and so is a second copy that ends
    inside a longer name ("the entry to Alcester to Alcester Grammar School").

    ## Why is this bad?
    Repetition loops are a known failure of neural machine translation (the decoder
    "hallucinates" the same phrase again); a reader sees a garbled sentence.

    ## Example
    `Prices rose in the city in the city after the storm.`

    Use instead: `Prices rose in the city after the storm.`
    """
    text = doc.text
    words = doc.lower_words
    starts, ends = doc._word_index
    n_words = len(words)
    # a repeat of n >= 2 words repeats its first two words n words later: find such bigrams
    last_seen: dict[tuple[str, str], int] = {}
    sentence_starts = {seg.offset for seg in doc.segments}
    i = 0
    while i < n_words - 1:
        bigram = (words[i], words[i + 1])
        j = last_seen.get(bigram)
        last_seen[bigram] = i
        n = i - j if j is not None else 0
        if 2 <= n <= 8 and words[j : j + n] == words[i : i + n] and (
            _spaces_only(text, starts, ends, j, i + n)
            # an opening phrase of three words or more repeated after a comma: "In the first half, in the
            # first half, Abdul scored" (a list or a spoken echo further in is left alone)
            or n >= 3 and starts[j] in sentence_starts and _spaces_only(text, starts, ends, j, i)
            and _spaces_only(text, starts, ends, i, i + n) and text[ends[i - 1] : starts[i]] in (", ", ",\u00a0")
        ) and not _name_goes_on(text, starts, i + n - 1, n_words):
            start, end = starts[i], ends[i + n - 1]
            phrase = text[starts[j] : ends[j + n - 1]]
            yield Hit(start, end, f"phrase repeated: \"{phrase}\" (delete the second copy)", None, {"phrase": phrase, "words": n})
            last_seen.clear()
            i += n
            continue
        i += 1


def _name_goes_on(text: str, starts: list[int], last: int, n_words: int) -> bool:
    """The repeat's last word is capitalised and so is the word after it: the second copy ends inside
    a longer name ("from the entry to Alcester to Alcester Grammar School")."""
    return text[starts[last]].isupper() and last + 1 < n_words and text[starts[last + 1]].isupper() \
        and text[starts[last + 1] - 1] == " "


def _spaces_only(text: str, starts: list[int], ends: list[int], first: int, stop: int) -> bool:
    """True when only spaces or tabs separate the words first..stop-1."""
    return all(not text[ends[k] : starts[k + 1]].strip(" \t") and text[ends[k] : starts[k + 1]] for k in range(first, stop - 1))


#: a word or two, a conjunction and the same again ("direttamente o direttamente", "servizi pubblici e servizi pubblici")
_JOINED = lazy(regex, r"(?<![\p{L}\p{M}'’-])(\p{L}{4,}(?: \p{L}{3,})?) (\p{Ll}{1,4}) (\1)(?![\p{L}\p{M}'’-])", regex.IGNORECASE)


#: a run of letters that ends at a position (matched backwards)
_WORD_BACK = run_before(r"\p{L}")


def _joined_matches(text: str, conjunctions: frozenset[str]) -> Iterator:
    """``_JOINED.finditer(text)``, tried only where a conjunction stands between spaces: its
    matches start one or two words before one (the pattern alone is tried at every letter of the
    text, a fifth of a large file's checking)."""
    hint = cached_compile(regex, r" (?:" + "|".join(sorted(map(regex.escape, conjunctions))) + r") ", regex.IGNORECASE)
    last = 0
    for h in hint.finditer(text):
        one = _WORD_BACK.match(text, 0, h.start())
        if one is None:
            continue
        two = _WORD_BACK.match(text, 0, one.start() - 1) if one.start() > 1 and text[one.start() - 1] == " " else None
        for start in (one.start(),) if two is None else (two.start(), one.start()):
            if start < last:
                continue
            m = _JOINED.match(text, start)
            if m is not None:
                last = m.end()
                yield m
                break


def _joined_to_itself(doc: Document) -> Iterator[Hit]:
    """A word or a two-word phrase joined to itself by a conjunction: two source synonyms ("directly or
    indirectly", "utilities and public services") rendered alike. Not the repetitions languages make on
    purpose ("more and more", "again and again", "una y otra vez")."""
    conj, disj, repeatable = conjunctions(doc.target_lang)
    if not conj:
        return
    text = doc.text
    for m in _joined_matches(text, conj | disj):
        phrase, c = m.group(1), m.group(2)
        if c.lower() not in (conj if " " in phrase else disj) or phrase.split()[0].lower() in repeatable:
            continue  # a single word around "and" is emphasis ("hours and hours")
        if phrase.lower() != m.group(3).lower():
            continue
        yield Hit(m.start(), m.end(), f"\"{phrase}\" joined to itself by \"{c}\": two words of the source rendered alike?", phrase,
                  {"word": phrase, "kind": "joined"})
