"""TQ103, TQ104, TQ105: one name spelled several ways, source-language accents, glossary spellings."""

from __future__ import annotations

import bisect
import re

import regex
from collections import Counter, defaultdict
from collections.abc import Iterator
from difflib import SequenceMatcher
from itertools import chain, islice
from functools import lru_cache
from typing import NamedTuple

from ..data import table, word_list
from ..document import Document
from ..findings import Hit, Severity
from ..langs import CYRILLIC_SOURCES, language_name, script_of
from ..lexicon import capitalized, gazetteer, has_accents, strip_accents, zipf
from ..names import (
    Mention, Token, feminine_candidates, gender_forms, given_key, given_name_row, mentions, name_key, one_edit, one_letter_inside,
    ukrainian_form,
)
from ..registry import rule
from ..textscan import run_before, runs_from_hints
from ..wordclass import is_pinyin
from ..transliteration import english_spellings, fold_languages, own_transcription, skeleton, skeleton_distance, target_transcription
from ..patterns import lazy


#: a finding names at most this many other places of its name (a name written thousands of times
#: would otherwise make every finding list every place: memory growing with the square of the text)
MAX_RELATED = 20
#: a name's span is at most this long (how far back :meth:`_Flagged.covers` looks)
MAX_NAME_SPAN = 200


def _related(spans: list[tuple[int, int]], own: tuple[int, int]) -> tuple[tuple[int, int], ...]:
    """The other places of a name, the first :data:`MAX_RELATED` of them in the text's order."""
    return tuple(islice((sp for sp in spans if sp != own), MAX_RELATED))


class _Flagged:
    """Spans of names already reported; asks whether a position falls in one, in logarithmic time."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: dict[int, int] = {}

    def add(self, a: int, b: int) -> None:
        if a not in self.ends:
            bisect.insort(self.starts, a)
        self.ends[a] = max(b, self.ends.get(a, b))

    def add_all(self, spans) -> None:
        for a, b in spans:
            self.add(a, b)

    def covers(self, p: int) -> bool:
        i = bisect.bisect_right(self.starts, p) - 1
        while i >= 0 and self.starts[i] >= p - MAX_NAME_SPAN:
            if p < self.ends[self.starts[i]]:
                return True
            i -= 1
        return False

    def __iter__(self):
        return ((a, self.ends[a]) for a in self.starts)


class _Union:
    def __init__(self) -> None:
        self.parent: dict = {}

    def find(self, x):
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a, b) -> None:
        self.parent[self.find(a)] = self.find(b)


def _full_key(words) -> tuple[str, ...]:
    """The key of a full name: given names fold their transliterations ("Sergey"/"Serhiy"), the last
    word is a name key."""
    return tuple(given_key(w) for w in words[:-1]) + (name_key(words[-1]),)


def _full_name_clusters(ms: list[Mention], doc: Document) -> list[list[tuple[Mention, str]]]:
    """Cluster mentions of two or more words by key; keys one small edit apart in one word join,
    unless both words are common in the target ("Miller"/"Muller", German "Großen"/"Großer Koalition")."""
    lang = doc.target_lang
    by_key: dict[tuple[str, ...], list[Mention]] = defaultdict(list)
    shouted: list[Mention] = []
    for m in ms:
        if len(m.tokens) >= 2:
            if all(w.isupper() for w in m.words):
                shouted.append(m)
            else:
                by_key[_full_key(m.words[-3:])].append(m)
    # an all-capitals run ("JOSÉ RAMÍREZ WINS THE RACE") cannot tell a name from the words around it:
    # a run of two or three of its words joins a name that running text writes alike, case aside
    for m in shouted:
        taken = -1
        for size in (3, 2):
            for i in range(len(m.tokens) - size + 1):
                window = m.tokens[i : i + size]
                key = _full_key([t.text for t in window])
                if i > taken and key in by_key:
                    by_key[key].append(Mention(tuple(window)))
                    taken = i + size - 1
    uf = _Union()
    buckets: dict[tuple, list[tuple[str, ...]]] = defaultdict(list)
    for key in by_key:
        uf.find(key)
        for i in range(len(key)):
            buckets[(len(key), i, key[:i] + key[i + 1 :])].append(key)
    for (_, i, _rest), keys in buckets.items():
        for a_index, a in enumerate(keys):
            for b in keys[a_index + 1 :]:
                x, y = a[i], b[i]
                if all(zipf(by_key[k][0].words[-len(k) + i].lower(), lang) >= 3.0 for k in (a, b)):
                    continue  # two common names or words ("Miller"/"Muller"; German "Großen"/"Großer")
                if min(len(x), len(y)) >= 5 and one_edit(x, y) and not (x.startswith(y) or y.startswith(x)):
                    # a one-letter difference inside a word; an added ending is another word
                    # ("Africa"/"African", "Korea"/"Korean")
                    uf.union(a, b)
    clusters: dict = defaultdict(list)
    for key, group in by_key.items():
        clusters[uf.find(key)].extend((m, " ".join(m.words[-3:])) for m in group)
    return [c for c in clusters.values() if len({form.casefold() for _, form in c}) > 1]


#: from this many letters (of the name's key), one vowel for another or a consonant for its voiced or
#: voiceless twin inside a rare name is one name transcribed twice
MIN_SUBSTITUTED_KEY = 6
#: letters that two transcriptions of one sound exchange: any vowel for a vowel, a consonant for its twin
_VOWELS = frozenset("aeiou")
_TWINS = frozenset(frozenset(p) for p in ("gk", "bp", "dt", "sz", "fv"))


def _substituted_pairs(by_key: dict[str, list[tuple[Token, str]]], lang: str) -> Iterator[tuple[str, str]]:
    """Keys of one length that differ in one letter inside the name, a vowel for a vowel or a
    consonant for its twin ("Maspiro"/"Maspero", "Tundela"/"Tondela", "Fukagawa"/"Fukakawa"): not
    the first letter nor the last two, where names and endings differ ("Dolton"/"Bolton",
    "Mario"/"Maria", "Hansen"/"Hanson"), both spellings rare in the target and not two known names."""
    buckets: dict[tuple[str, str], list[str]] = defaultdict(list)
    for key in by_key:
        if len(key) >= MIN_SUBSTITUTED_KEY and key.isalpha():
            for i in range(1, len(key) - 2):
                buckets[(key[:i], key[i + 1 :])].append(key)
    for (head, _), keys in buckets.items():
        i = len(head)
        for n, a in enumerate(keys):
            for b in keys[n + 1 :]:
                x, y = a[i], b[i]
                if not ((x in _VOWELS and y in _VOWELS) or frozenset((x, y)) in _TWINS):
                    continue
                if _rare_and_not_both_known(by_key[a], by_key[b], lang):
                    yield a, b


#: a name this rare in the target (Zipf) is unknown to it: two such spellings one edit apart are one name
UNKNOWN_NAME_MAX_ZIPF = 1.0
#: from this many letters, a name unknown to the target with a letter more inside it is the same name
MIN_INSERTED_KEY = 7


def _one_edit_or_swap(a: str, b: str) -> bool:
    """``a`` and ``b`` differ by one insertion, deletion or substitution, or by two neighbouring letters swapped."""
    if len(a) == len(b):
        d = [i for i in range(len(a)) if a[i] != b[i]]
        if len(d) == 2 and d[1] == d[0] + 1 and a[d[0]] == b[d[1]] and a[d[1]] == b[d[0]]:
            return True
    return a != b and one_edit(a, b)


def _unknown_pairs(by_key: dict[str, list[tuple[Token, str]]], lang: str) -> Iterator[tuple[str, str]]:
    """Keys of six letters or more one edit apart (a letter changed, two swapped; from seven letters a
    letter more, not among the last three) whose spellings are all unknown to the target
    ("Sabdodadi"/"Sabdodati", "Ribhubai"/"Rihubai", "Manchegan"/"Mancehgan"): one name misspelled,
    whatever the letters. Not where the first or the last letter differs, nor an ending added ("Mario"/"Maria", "Pavel"/"Pavelo"), nor two known
    names or two names of Chinese syllables ("Xiaogan"/"Xiaonan")."""
    buckets: dict[str, list[str]] = defaultdict(list)
    for key in by_key:
        if len(key) >= MIN_SUBSTITUTED_KEY and key.isalpha():
            if all(zipf(form.lower(), lang) < UNKNOWN_NAME_MAX_ZIPF for _, form in by_key[key]):
                buckets[key].append(key)  # meets the same with a letter more
                for i in range(len(key)):
                    buckets[key[:i] + key[i + 1 :]].append(key)
    seen = set()
    for keys in buckets.values():
        for n, a in enumerate(keys):
            for b in keys[n + 1 :]:
                if a == b or (a, b) in seen:
                    continue
                seen.add((a, b))
                short, long_ = sorted((a, b), key=len)
                if a[0] != b[0] or a[-1] != b[-1] or long_.startswith(short) or not _one_edit_or_swap(a, b):
                    continue
                if len(short) < len(long_):
                    i = next(k for k in range(len(short)) if short[k] != long_[k])
                    if len(short) < MIN_INSERTED_KEY or i >= len(long_) - 3:
                        continue  # a letter more in a short name or near the end: another name
                        # ("Kostel"/"Kosztel", "Dniprovka"/"Dniprovska", "Zhuravlevka"/"Zhuravlevaka")
                if is_pinyin(a) and is_pinyin(b):
                    continue  # two Chinese names of syllables alike ("Xiaogan", "Xiaonan")
                if not (_known_name(by_key[a][0][1], lang) and _known_name(by_key[b][0][1], lang)):
                    yield a, b


def _last_word_clusters(ms: list[Mention], doc: Document) -> list[list[tuple[Token, str]]]:
    """Cluster the last word of every mention (surnames, single names) by key.

    Keys one letter apart inside the word join ("Zelensky"/"Zhelensky") when every spelling is rare
    in the target language and the two are not both known names. A cluster whose spellings differ in
    more than accents and in which one spelling is a common word ("Price"/"Pryce") is dropped: they
    are more likely two names than one spelled twice. Where the target capitalises nouns (German),
    two spellings that are both words of the language ("Mutter"/"Mütter") are no name.
    """
    lang = doc.target_lang
    by_key: dict[str, list[tuple[Token, str]]] = defaultdict(list)
    anchored: set[str] = set()  # keys seen at least once where no sentence starts
    given, ordinary = word_list(f"{lang}/first_names.txt"), word_list(f"{lang}/ordinary.txt")
    for m in ms:
        t = m.tokens[-1]
        if len(t.text) >= 4 and not (t.text.isupper() and len(t.text) <= 4):
            key = name_key(t.text)
            by_key[key].append((t, t.text))
            if not m.initial:
                anchored.add(key)
        # a rare word before a common head or an acronym inside a longer name ("the Maspiro TV mosque",
        # "the Zakat Fund"): not a given name, whose variants are other people ("Yoichi KOMANO", "Yuichi KOMANO")
        for t, nxt in zip(m.tokens, m.tokens[1:]):
            low = t.text.lower()
            nlow = nxt.text.lower()
            head = (nlow in ordinary if ordinary else zipf(nlow, lang) >= 4.0) and not nxt.text.isupper() \
                or nxt.text.isupper() and len(nxt.text) <= 4
            if head and len(t.text) >= MIN_SUBSTITUTED_KEY and t.text[1:].islower() and low not in given and zipf(low, lang) < 3.0:
                key = name_key(t.text)
                by_key[key].append((t, t.text))
                if not m.initial:
                    anchored.add(key)
    uf = _Union()
    for key in by_key:
        for i in range(1, len(key) - 1):
            shorter = key[:i] + key[i + 1 :]
            if shorter in by_key and _one_letter_apart(by_key[shorter], by_key[key], lang):
                uf.union(shorter, key)
    for a, b in chain(_substituted_pairs(by_key, lang), _unknown_pairs(by_key, lang)):
        uf.union(a, b)
    joined: dict[str, list[tuple[Token, str]]] = defaultdict(list)
    for key, c in by_key.items():
        joined[uf.find(key)].extend(c)
        if key in anchored:
            anchored.add(uf.find(key))
    nouns = doc.profile is not None and "nouns" in doc.profile.capitalises
    out = []
    for key, c in joined.items():
        forms = {form.casefold(): form for _, form in c}
        if key not in anchored or len(forms) < 2:
            continue
        if nouns and sum(zipf(f, lang) >= 3.0 for f in forms) > 1:
            continue
        if len({strip_accents(f) for f in forms}) == 1 or all(zipf(f, lang) < 4.0 for f in forms):
            out.append(c)
    return out


#: a word this common (Zipf) is a word of the language, not a name spelled two ways
ACCENT_VARIANT_MAX_ZIPF = 4.0
#: the endings of one Slavic adjectival name in its romanisations ("Khmelnytsky", "Khmelnytskyi", "Khmelnytskiy")
_SKY = lazy(re, r"(?<=[sc]k)(?:yi|yy|iy|ij|yj|i|y)$")


def _accent_clusters(ms: list[Mention], doc: Document) -> list[list[tuple[Token, str]]]:
    """Every word of a name written with and without its accents ("Lütfi Şimşek" … "Lutfi"), given
    names too: the spellings agree letter for letter but for the accents, one of them has accents, and
    none is a common word of the target ("Elite"/"Élite"; a spelling with a letter beyond Latin-1 is a
    foreign name's however common: "Erdoğan"/"Erdogan" in German news)."""
    lang = doc.target_lang
    by_key: dict[str, list[tuple[Token, str]]] = defaultdict(list)
    anchored: set[str] = set()
    for m in ms:
        for k, t in enumerate(m.tokens):
            if len(t.text) >= 4 and not t.text.isupper():
                key = _SKY.sub("sky", strip_accents(t.text).casefold())  # "Khmelnytsky"/"Khmelnytskyi"
                by_key[key].append((t, t.text))
                if not (m.initial and k == 0):
                    anchored.add(key)
    out = []
    for key, c in by_key.items():
        forms = {form for _, form in c}
        if len(forms) < 2 or key not in anchored or len({f.casefold() for f in forms}) < 2:
            continue
        # the spellings differ in accents or in the -sky/-skyi ending only (the key folds both)
        if not any(ch > "\u00ff" for f in forms for ch in f) and any(zipf(strip_accents(f).lower(), lang) >= ACCENT_VARIANT_MAX_ZIPF for f in forms):
            continue  # a common word ("Elite"/"Élite"); a letter beyond Latin-1 is a foreign name's ("Erdoğan", "Poznań"), however often the press names it
        out.append(c)
    return out


def _known_name(word: str, lang: str) -> bool:
    low = word.lower()
    return low in gazetteer(lang) or low in word_list(f"{lang}/first_names.txt")


#: from this many letters (of the name's key), a consonant more or less inside it is one name misspelled
MIN_DROPPED_CONSONANT_KEY = 9


def _one_letter_apart(a: list[tuple[Token, str]], b: list[tuple[Token, str]], lang: str) -> bool:
    """Two spellings of one name that one letter inside the word tells apart, the way two
    transliterations do (an "h": zh/z, kh/k; an "i"/"y"/"j"), or in a name of nine letters or more
    any consonant ("Zhuravlevka"/"Zhuralevka"): long, rare in the target language and not two known names ("Zelensky"/"Zhelensky", not "Christina"/"Christiana", "Arbach"/"Arrebach")."""
    fa, fb = a[0][1], b[0][1]
    ka, kb = sorted((name_key(fa), name_key(fb)), key=len)
    if len(ka) < 6 or not one_letter_inside(ka, kb):
        return False
    i = next((k for k in range(len(ka)) if ka[k] != kb[k]), len(ka))
    if kb[i] not in "hi" and (len(ka) < MIN_DROPPED_CONSONANT_KEY or kb[i] in "aeiouy" or i >= len(kb) - 3):
        return False  # transliterations differ by an h (zh/z, kh/k) or an i/y/j, not by a vowel ("Arrebach"); a
        # consonant dropped inside a long name is a slip ("Zhuravlevka"/"Zhuralevka"), near its end another
        # word ("Dniprovka"/"Dniprovska")
    return _rare_and_not_both_known(a, b, lang)


def _rare_and_not_both_known(a: list[tuple[Token, str]], b: list[tuple[Token, str]], lang: str) -> bool:
    """Every spelling of the two is rare in the target and they are not two known names: one name
    spelled twice rather than two names or words."""
    if any(zipf(form.lower(), lang) >= 3.0 for _, form in a + b):
        return False
    return not (_known_name(a[0][1], lang) and _known_name(b[0][1], lang))


def _surname_pairs(ms: list[Mention], lang: str) -> list[Mention]:
    """Given name + surname pairs: a two-word mention, or two words of a longer one whose first is a
    known given name ("Jan Bednarik" in "Jan Bednarik Southampton")."""
    out = []
    for m in ms:
        if len(m.tokens) == 2:
            out.append(m)
        elif len(m.tokens) > 2:
            out.extend(
                Mention(m.tokens[i : i + 2]) for i in range(len(m.tokens) - 1)
                if given_name_row(m.tokens[i].text) or _known_name(m.tokens[i].text, lang)
            )
    return out


def _close_surname_clusters(ms: list[Mention], doc: Document) -> list[list[tuple[Mention, str]]]:
    """One given name with two surnames whose consonants agree ("Wojciech Chesney"/"Wojciech Cesne",
    "Jan Bednarik"/"Jan Bidenaric"): a name transliterated twice. Both surnames rare in the target,
    not two known names, not one the other's start or its feminine form."""
    lang = doc.target_lang
    by_given: dict[str, dict[str, list[Mention]]] = defaultdict(lambda: defaultdict(list))
    for m in _surname_pairs(ms, lang):
        given, surname = m.tokens[0].text, m.tokens[1].text
        if len(given) >= 3 and len(surname) >= 4 and not surname.isupper():
            by_given[given_key(given)][surname].append(m)
    uf = _Union()
    for surnames in by_given.values():
        names = sorted(surnames)
        for i, a in enumerate(names):
            for b in names[i + 1 :]:
                ka, kb = name_key(a), name_key(b)
                if ka == kb or ka.startswith(kb) or kb.startswith(ka) or gender_forms(a, b) or gender_forms(b, a):
                    continue
                if zipf(a.lower(), lang) >= 3.0 or zipf(b.lower(), lang) >= 3.0 or (_known_name(a, lang) and _known_name(b, lang)):
                    continue
                sa, sb = skeleton(a), skeleton(b)
                if (sa == sb and len(sa) >= 3) or (min(len(sa), len(sb)) >= 4 and skeleton_distance(a, b) <= 1):
                    uf.union(id(surnames[a]), id(surnames[b]))
    roots: dict = defaultdict(list)
    for surnames in by_given.values():
        for group in surnames.values():
            roots[uf.find(id(group))].append(group)
    clusters = [[(m, " ".join(m.words)) for g in groups for m in g] for groups in roots.values() if len(groups) > 1]
    return [c for c in clusters if len({form.casefold() for _, form in c}) > 1]


_WORD_BEFORE = lazy(regex, r"(\p{Lu}[\p{Ll}\p{M}]+) $")


def _given_before(doc: Document, m: Mention) -> str | None:
    """The key of the given name before a surname: the mention's word before it, or a known given name
    that a sentence start left out of the mention ("Maria Zakharova said" opening a sentence)."""
    if len(m.tokens) >= 2:
        return given_key(m.tokens[-2].text)
    before = _WORD_BEFORE.search(doc.text, max(0, m.start - 40), m.start)
    if before and (given_name_row(before.group(1)) or _known_name(before.group(1), "en")):
        return given_key(before.group(1))
    return None


def _gender_clusters(ms: list[Mention], doc: Document) -> Iterator[tuple[list[tuple[Token, str]], str, str]]:
    """(occurrences, form to suggest, why) for a Slavic surname written in its masculine and its feminine
    form for ONE person: one form comes with a single given name ("Maria Zakharova"), the other never
    with another ("Zakharov wrote"). Two given names ("Maria Zakharova", "Ivan Zakharov") are two
    people; a plural ("the Zakharovs") a family; then nothing is reported."""
    lang = doc.target_lang
    if doc.profile is None:
        return  # Slavic targets decline surnames: "Путина" is also Putin's genitive
    by_form: dict[str, list[tuple[Token, str, str | None]]] = defaultdict(list)
    for m in ms:
        t = m.tokens[-1]
        if len(t.text) >= 6:
            by_form[strip_accents(t.text).casefold()].append((t, t.text, _given_before(doc, m)))
    order = {f: i for i, f in enumerate(by_form)}
    pairs = (
        (a, b) for a in by_form
        for b in sorted({c for c in feminine_candidates(a) if c in order and c != a}, key=order.__getitem__)
        if gender_forms(a, b)
    )
    for masc, fem in pairs:
        if masc + "s" in by_form or any(zipf(f, lang) >= 3.0 or _known_name(f, lang) for f in (masc, fem)):
            continue
        given = {f: {g for *_, g in by_form[f] if g} for f in (masc, fem)}
        named = [f for f in (masc, fem) if given[f]]
        if len(named) == 1 and len(given[named[0]]) == 1:
            right = named[0]
        elif len(named) == 2 and len(given[masc] | given[fem]) == 1 and len(by_form[masc]) != len(by_form[fem]):
            right = max((masc, fem), key=lambda f: len(by_form[f]))
        else:
            continue
        wrong = fem if right == masc else masc
        first = next(t for t, _, g in by_form[right] if g)
        named_mention = next(m for m in ms if m.tokens[-1] == first)
        if len(named_mention.words) >= 2:
            person = " ".join(named_mention.words[-2:])
        else:  # the given name was left out of the mention by a sentence start ("Maria Zakharova spoke")
            before = _WORD_BEFORE.search(doc.text, max(0, named_mention.start - 40), named_mention.start)
            person = f"{before.group(1)} {first.text}" if before else first.text
        best = next(form for _, form, _ in by_form[right] if not form.isupper()) if any(
            not form.isupper() for _, form, _ in by_form[right]) else by_form[right][0][1]
        kind = "feminine" if right == fem else "masculine"
        why = f"the document names one person, {person}: the {kind} form of the surname is \"{best}\""
        yield [(t, form) for t, form, _ in by_form[right] + by_form[wrong]], best, why


def _recase(best: str, form: str) -> str:
    """``best`` written with the capitals of ``form``: "JOSÉ RAMÍREZ" for a heading, "José Ramírez" in text."""
    if form.isupper():
        return best.upper()
    if best.isupper() and len(best) == len(form):
        return "".join(b if f.isupper() else b.lower() for b, f in zip(best, form))
    return best


def _source_support(forms, src: str | None, doc_lang: str) -> dict[str, bool]:
    """Forms the source language clearly spells this way ("José Ramírez" from Spanish): their words
    are at least one Zipf point more frequent in the source language than any other form's. A
    source written in another script than the target (Russian for English) says nothing here."""
    if not src or script_of(src) != script_of(doc_lang):
        return {}
    support = {f: sum(zipf(w.lower(), src) for w in f.split()) for f in forms}
    ranked = sorted(support.values(), reverse=True)
    if len(ranked) < 2 or ranked[0] - ranked[1] < 1.0:
        return {}
    return {f: v == ranked[0] for f, v in support.items()}


def _systems(form: str) -> frozenset[str]:
    """The romanisations (russian, ukrainian) of the given names of ``form``."""
    return frozenset(r[1] for w in form.split()[:-1] if (r := given_name_row(w)) and r[1])


def _romanisation_support(forms, doc: Document) -> dict[str, bool]:
    """Forms whose given name follows the romanisation the document uses for its other given names
    ("Serhiy" where the text also writes "Volodymyr", not "Vladimir"): data/given_name_variants.tsv."""
    own = {f: _systems(f) for f in forms}
    if len(set(own.values())) < 2:
        return {}
    rows = {given_name_row(w)[0] for f in forms for w in f.split()[:-1] if given_name_row(w)}
    used: Counter = Counter()
    for m in mentions(doc):
        for w in m.words[:-1]:
            r = given_name_row(w)
            if r and r[1] and r[0] not in rows:
                used[r[1]] += 1
    ranked = used.most_common()
    if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return {}
    return {f: ranked[0][0] in own[f] for f in forms}


def _source_letters_support(forms, doc: Document) -> dict[str, bool]:
    """Between spellings of one name that differ only by accents, in a text translated from a
    language whose alphabet has those letters (data/source_diacritics.tsv: "Pelješac"/"Peljesac"
    from Croatian), the accented one: the source's own spelling, which the translation lost on the
    way. Not from a language that puts its accents on foreign names too ("Simonián" in Spanish),
    nor where the target writes those letters itself."""
    src = doc.source_lang
    if not src or src in _transcribing() or len({strip_accents(f).casefold() for f in forms}) != 1:
        return {}
    letters = set(_diacritics().get(src, "")) - set(_diacritics().get(doc.target_lang, ""))
    marked = {f: {ch for ch in f.lower() if not ch.isascii()} for f in forms}
    if not letters or not any(marked.values()):
        return {}
    return {f: bool(m) and m <= letters for f, m in marked.items()}


def _preferred(forms: Counter, body: Counter, first_seen: dict[str, int], doc: Document) -> tuple[str, bool]:
    """The spelling to suggest, by evidence before majority: the gazetteer's spelling, the source
    language's spelling of one of its names, the romanisation of the document's other given names,
    the accented spelling where the source language's alphabet has those accents ("Pelješac" from
    Croatian),
    a spelling the target language attests over one it does not ("Zelensky"/"Zhelensky"),
    occurrences in running text (an all-capitals heading says nothing about accents), then the
    majority; ties go to the form that keeps diacritics, then the more frequent words, then the first.
    The flag says whether evidence or the majority decided: not when only the words' frequency or
    the order of the text did ("Yama Yuri" once, "Yamayuri" once)."""
    lang = doc.target_lang
    gaz = gazetteer(lang)
    by_source = _source_support(forms, doc.source_lang, lang)
    by_system = _romanisation_support(forms, doc)
    by_letters = _source_letters_support(forms, doc)
    attested = {f: all(zipf(w.lower(), lang) > 0 for w in f.split()) for f in forms}
    if len(set(attested.values())) < 2 or len({len(f.split()) for f in forms}) > 1:
        attested = {}
    # two romanisations of one given name: English text meets the Russian forms more often, which
    # says nothing about this person; without other evidence both spellings are shown
    frequency = len({_systems(f) for f in forms}) < 2
    # every time the text writes each spelling, inside longer names and before a possessive too
    # ("Karni Mata" in "the Karni Mata Temple", "Karni Mata's"), not only the mentions clustered
    written = {f: sum(1 for sp in _occurrences(doc, f, possessive=True)) for f in forms}

    def score(form: str):
        known = gaz.get(form.casefold())
        return (
            bool(known) and known[0] == form,
            by_source.get(form, False),
            by_system.get(form, False),
            by_letters.get(form, False),
            attested.get(form, False),
            written[form] if body[form] else 0,
            body[form],
            forms[form],
            has_accents(form) and len({strip_accents(f).casefold() for f in forms}) == 1,
            frequency and sum(zipf(w.lower(), lang) for w in form.split()),
            -first_seen[form],
        )

    scored = sorted(forms, key=score, reverse=True)
    return scored[0], score(scored[0])[:EVIDENCE] != score(scored[1])[:EVIDENCE]


#: how many of the keys of ``_preferred``'s score are evidence; the rest only break ties
EVIDENCE = 9


def _inflected_alike(a: str, b: str) -> bool:
    """``a`` and ``b`` differ only by accents in the last two letters of their words: a case
    ending in Polish or Czech ("Kowalską" / "Kowalska"), not a spelling variant."""
    wa, wb = a.casefold().split(), b.casefold().split()
    if len(wa) != len(wb):
        return False
    for x, y in zip(wa, wb):
        if strip_accents(x) != strip_accents(y) or len(x) != len(y):
            return False
        if any(cx != cy for cx, cy in zip(x[:-2], y[:-2])):
            return False
    return True


def _variant_hits(doc: Document, cluster, glossary_keys, best: str | None = None, why: str = "") -> Iterator[Hit]:
    # one entry per spelling, case aside; an all-capitals heading stands for the running-text form
    canon: dict[str, str] = {}
    for _, form in sorted(cluster, key=lambda c: (c[1].isupper(), c[0].start)):
        canon.setdefault(form.casefold(), form)
    forms: Counter = Counter()
    body: Counter = Counter()
    first: dict[str, int] = {}
    positions: dict[str, list[list[int]]] = defaultdict(list)
    for item, form in cluster:
        c = canon[form.casefold()]
        forms[c] += 1
        body[c] += not form.isupper()
        first.setdefault(c, item.start)
        positions[c].append(list(doc.position(item.start)))
    if len(forms) < 2:
        return
    if doc.profile is None and all(_inflected_alike(a, b) for a in forms for b in forms if a < b):
        return  # "Kowalska"/"Kowalską": languages without a profile may decline names with accents
    if any(tuple(name_key(w) for w in f.split()) in glossary_keys for f in forms):
        return  # the glossary rule (TQ105) owns this name
    decided = True
    if best is None:
        best, decided = _preferred(forms, body, first, doc)
    else:
        best = canon[best.casefold()]
    ordered = sorted(forms, key=lambda f: (f != best, first[f]))
    listing = ", ".join(f"\"{f}\" ×{forms[f]} (line {positions[f][0][0]})" for f in ordered)
    message = f"name spelled several ways: {listing}" + (f"; {why}" if why else "")
    if not decided:
        message += "; nothing in the text says which is right"
    evidence = {
        "preferred": best,
        "variants": [{"form": f, "count": forms[f], "positions": positions[f][:MAX_RELATED]} for f in ordered],
    }
    spans = [(item.start, item.end) for item, _ in cluster]
    for item, form in cluster:
        if form.casefold() != best.casefold() or not decided:
            suggestion = _recase(best, form) if decided else None
            yield Hit(item.start, item.end, message, suggestion, evidence, related=_related(spans, (item.start, item.end)))


#: one syllable of a romanised Korean name: an initial consonant, a vowel, a final consonant
_KOREAN_SYLLABLE = r"(?:kk|tt|pp|ss|jj|ch|[gkndtrlmbpsjh])?(?:yeo|yae|ye|ya|yo|yu|wae|wa|we|wo|wi|ui|eo|eu|ae|oe|oo|ee|[aeiou])(?:ng|[nlkpmt])?"
#: a surname and a Korean given name of two syllables written with a hyphen ("Kim Myung-gwan", "Park Jun-hyeok")
_KOREAN_NAME = lazy(regex, r"(?<![\p{L}\p{M}'’-])(\p{Lu}\p{Ll}{1,5}) (\p{Lu}[a-z]{1,5}-[a-z]{1,5})(?![\p{L}\p{M}-])")
_KOREAN_GIVEN = lazy(re, rf"(?i){_KOREAN_SYLLABLE}-{_KOREAN_SYLLABLE}")
#: what the romanisations of Korean (Revised, McCune-Reischauer, the popular spellings) write
#: differently for one sound: 어 eo/u, 여 yeo/yu, 으 eu/u, 우 oo/u, 이 ee/i, and an initial
#: ㄱ ㄷ ㅂ as g/k, d/t, b/p ("Myeong"/"Myung", "Gyu"/"Kyu")
_KOREAN_VOWELS = (("yeo", "yu"), ("eo", "u"), ("eu", "u"), ("oo", "u"), ("ee", "i"))
_KOREAN_INITIALS = {"g": "k", "d": "t", "b": "p"}


def korean_fold(given: str) -> str:
    """One spelling for the romanisations of a hyphenated Korean given name: "Myung-gwan" and
    "Myeong-gwan" both give "myung-kwan"."""
    parts = []
    for syllable in given.lower().split("-"):
        for old, new in _KOREAN_VOWELS:
            syllable = syllable.replace(old, new)
        parts.append(_KOREAN_INITIALS.get(syllable[0], syllable[0]) + syllable[1:])
    return "-".join(parts)


def _korean_clusters(doc: Document) -> list[tuple[list[tuple[Token, str]], str]]:
    """A Korean name (a surname and a hyphenated given name of two syllables) written in two
    romanisations ("Kim Myeong-gwan" … "Kim Myung-gwan", "Park Jun-hyuk" … "Park Jun-hyeok"):
    machine translation romanises each sentence anew. Found where the text has a hyphen
    followed by a lower-case letter; the names must agree letter for letter once the
    romanisations' differences are folded. The spelling to keep is the one the text writes most,
    and between spellings written as often the first: no romanisation is more right than another
    for a name whose bearer's own spelling is unknown."""
    text = doc.text
    if "-" not in text:
        return []
    by_key: dict[tuple[str, str], list[tuple[Token, str]]] = defaultdict(list)
    for m in _KOREAN_NAME.finditer(text):
        if not _KOREAN_GIVEN.fullmatch(m.group(2)):
            continue
        form = m.group()
        by_key[(m.group(1).lower(), korean_fold(m.group(2)))].append((Token(m.start(), m.end(), form), form))
    out = []
    for c in by_key.values():
        counts = Counter(form for _, form in c)
        if len(counts) > 1:
            out.append((c, max(counts, key=lambda f: (counts[f], -next(t.start for t, form in c if form == f)))))
    return out


@rule(
    "TQ103", "name-variant", "warning", "The same name spelled two ways in one document (\"Volodimir\"/\"Volodymyr\").",
    neutral=True,
)
def name_variant(doc: Document) -> Iterator[Hit]:
    """
    ## What it does
    Groups the names of a document (runs of capitalised words, titles such as "President" or
    Spanish "Rey" left out: `data/en/titles.txt`, `data/<lang>/rank_titles.txt`) by a key that ignores diacritics (the stroke of ł, đ, ø and the missing dot of ı too:
    "Łódź"/"Lodz", "Halkalı"/"Halkali"), case and the usual transliteration differences (y/i,
    kh/h, ou/u, w/v, doubled letters, -sky/-ski/-skiy), and joins full names that differ by one
    letter in one word (unless both are common words of the target). It also joins:
    - a long rare name and the same with one letter more inside, the way transliterations differ
      (an h or an i/y/j: "Zelensky"/"Zhelensky"), or, in a name of nine letters or more, a
      consonant more away from its ending ("Zhuravlevka"/"Zhuralevka");
    - a rare name of six letters or more and the same with one vowel for another, or a consonant
      for its voiced or voiceless twin, inside it ("Maspero"/"Maspiro", "Fukagawa"/"Fukakawa";
      not the first letter nor the last two: "Bolton"/"Dolton", "Hansen"/"Hanson"), last word of a name
      or a rare word before its head ("the Maspiro TV mosque"; not a given name);
    - two spellings of six letters or more, both unknown to the target, a letter changed or two
      swapped anywhere but in the first and last letter, or, from seven letters, a letter more
      away from the last three ("Sabdodadi"/"Sabdodati", "Ribhubai"/"Rihubai"; not two known
      names, nor two names of Chinese syllables: "Xiaogan"/"Xiaonan");
    - one two-word name in both orders ("Alexander Suvorov"/"Suvorov Alexander"), and one acronym
      with its letters in several orders ("BPC", "PCG", "CGP": the same terms rendered anew);
    - one name in several of the declared source language's cases ("Karafiát"/"Karafiáta",
      "Levits"/"Levitu", "Józsa"/"Józsán": `data/source_case_endings.tsv`; not a surname after a
      given name, which may be a feminine form, nor two given names);
    - a name that the text's own web or e-mail address spells one letter otherwise ("hojoona"
      beside "www.hajoona.com"; not a word of the language);
    - a name with a capital inside it written elsewhere with other capitals ("FedEx"/"Fedex",
      "macOS"/"MacOS"; not at a sentence's start, nor in capitals throughout);
    - a hyphenated name written elsewhere with a space ("Saint-Martin"/"Saint Martin"), and two
      words of a name written elsewhere as one ("Ha Long"/"Halong"; not a common word: "Newcastle");
    - two spellings of one place's name, each a name of that place alone in GeoNames' names in
      any language (`data/en/place_names.tsv`) and alike ("Cracow"/"Kraków", "Kiev"/"Kyiv"; not
      a former or another name: "Bombay"/"Mumbai", "Peking"/"Beijing");
    - two romanisations of one given name with the same surname ("Sergey"/"Serhiy Prytula",
      `data/given_name_variants.tsv`), the document's other given names deciding which;
    - one Korean name in two romanisations ("Kim Myeong-gwan"/"Kim Myung-gwan", "Park
      Jun-hyuk"/"Park Jun-hyeok": eo/u, yeo/yu, eu/u, an initial g/k, d/t or b/p), the spelling
      the text writes most, or first, standing;
    - one given name with two surnames whose consonants agree ("Wojciech Chesney"/"Cesne");
    - a Slavic surname in its feminine and masculine form when the document names one person
      ("Maria Zakharova" … "Zakharov wrote"; `data/surname_gender_forms.tsv`); two given names,
      a plural or no given name at all mean nothing is reported.
    - any word of a name written with and without its accents, given names too ("Lütfi" …
      "Lutfi"), or with the -sky/-skyi endings of two romanisations ("Khmelnytsky"/"Khmelnytskyi").

    Each spelling other than the suggested one gets a finding, listing every spelling with its
    count. The suggestion follows evidence (gazetteer, the source language's spelling, the
    document's romanisation, a spelling the target attests, running text over headings), then the
    majority; where only the order of the text or the words' frequency would tell the spellings
    apart (each written as often), every spelling gets a finding and none a suggestion.
    Common words are judged with the target language's lexicon (German nouns:
    "Mutter"/"Mütter" are no name); where the target has no profile, accents at a word's end are
    case endings ("Kowalska"/"Kowalską"). A partial mention ("Maduro" next to "Nicolás Maduro") is
    not a variant. Names in the glossary are left to TQ105.

    ## Why is this bad?
    Machine translation renders each sentence on its own, so a name can come out as "Nicolás"
    in one sentence and "Nicolas" in the next, or in two transliterations. Readers wonder
    whether two people are meant.

    ## Example
    `Volodimir Zelensky spoke. ... Volodymyr Zelensky said ...`

    Use instead: one spelling throughout (`Volodymyr Zelensky`).
    """
    glossary = doc.options.get("glossary")
    glossary_keys = glossary.key_index() if glossary is not None else {}
    ms = mentions(doc)
    flagged = _Flagged()  # every occurrence of a name already reported
    for cluster in _full_name_clusters(ms, doc):
        hits = list(_variant_hits(doc, cluster, glossary_keys))
        if hits:
            flagged.add_all((item.start, item.end) for item, _ in cluster)
        yield from hits
    for cluster, best in _korean_clusters(doc):
        hits = list(_variant_hits(doc, cluster, glossary_keys, best, "one Korean name in two romanisations"))
        if hits:
            flagged.add_all((item.start, item.end) for item, _ in cluster)
        yield from hits
    for cluster in _close_surname_clusters(ms, doc):
        hits = [hit for hit in _variant_hits(doc, cluster, glossary_keys) if not flagged.covers(hit.start)]
        if hits:
            flagged.add_all((item.start, item.end) for item, _ in cluster)
        yield from hits
    more = chain(
        ((c, None, "") for c in _last_word_clusters(ms, doc)),
        ((c, None, "") for c in _accent_clusters(ms, doc)),
        _gender_clusters(ms, doc),
        ((c, None, "") for c in _hyphen_clusters(ms, doc)),
        ((c, best, "the same name in two word orders") for c, best in _order_clusters(ms, doc)),
        ((c, None, "one acronym with its letters in two orders") for c in _anagram_acronyms(doc)),
        ((c, best, "two names of one place") for c, best in _place_clusters(ms, doc)),
        ((c, best, "one name in the source language's cases") for c, best in _case_ending_clusters(ms, doc)),
    )
    for cluster, best, why in more:
        for hit in _variant_hits(doc, cluster, glossary_keys, best, why):
            if not flagged.covers(hit.start):
                flagged.add(hit.start, hit.end)
                yield hit
    for cluster, best in _case_clusters(doc):
        for hit in _casing_hits(doc, cluster, best):
            if not flagged.covers(hit.start):
                yield hit
    yield from _address_spellings(doc, flagged)


_ACRONYM = lazy(regex, r"(?<![\p{L}\p{M}\d'’.-])\p{Lu}{3,5}(?![\p{L}\p{M}\d'’-])")


#: a word with a capital after a lower-case letter: a brand's or a name's own casing ("FedEx", "macOS", "McDonald")
_INNER_CAPITAL = lazy(regex, r"(?<![\p{L}\p{M}\d'’_@./-])\p{L}*\p{Ll}\p{Lu}[\p{L}]*(?![\p{L}\p{M}\d_@/-])")
_WORD = lazy(regex, r"(?<![\p{L}\p{M}\d'’_@./-])\p{L}+(?![\p{L}\p{M}\d_@/-])")


_LOWER_UPPER, _LETTER_RUN = lazy(regex, r"\p{Ll}\p{Lu}"), run_before(r"\p{L}")


def _case_clusters(doc: Document) -> Iterator[tuple[list[tuple[_Span, str]], str]]:
    """A name with a capital inside it ("FedEx", "macOS") written elsewhere in the document with
    other capitals ("Fedex", "MacOS"): the name's own casing, the commonest such form, is the
    suggestion. Capitals throughout ("FEDEX", a heading) and a first letter capitalised at a
    sentence's start ("MacOS runs" opening a sentence) are no other casing."""
    text = doc.text
    # the words with a capital after a lower-case letter, found from the word index: only the words
    # that hold such a pair somewhere in the text are looked at
    hinted = {text[a:b].lower() for a, b in runs_from_hints(_LOWER_UPPER, _LETTER_RUN, text)}
    camel = [w for w in hinted if len(w) >= 3 and w.isalpha() and (where := doc.word_positions.get(w))
             and any(not text[p + 1 : p + len(w)].islower() and _INNER_CAPITAL.fullmatch(text, p, p + len(w)) for p in where)]
    camel.sort(key=lambda w: doc.word_positions[w][0])  # the word index's order
    if not camel:
        return
    starts = {seg.offset for seg in doc.segments}
    forms: dict[str, dict[str, list[_Span]]] = defaultdict(lambda: defaultdict(list))
    for key in camel:
        for p in doc.word_positions[key]:
            word = text[p : p + len(key)]
            if not word.isupper() and _WORD.fullmatch(text, p, p + len(key)):
                forms[key][word].append(_Span(p, p + len(key)))
    for key, by_form in forms.items():
        own = [f for f in by_form if _INNER_CAPITAL.fullmatch(f)]
        best = max(own, key=lambda f: (len(by_form[f]), f), default=None)
        if best is None:
            continue
        cluster = [(span, form) for form, spans in by_form.items() for span in spans
                   if form == best or not (span.start in starts and form[1:] == best[1:])]
        if len({form for _, form in cluster}) >= 2:
            yield cluster, best


#: the name in a web or e-mail address: "www.|hajoona|.com", "info@|cushionandpillow|.com"
_ADDRESS_NAME = lazy(regex, r"(?:(?<=www\.)|(?<=://)|(?<=@))([\p{L}\d-]{5,})(?=\.[a-z]{2,})")
_ADDRESS_START = lazy(re, r"www\.|://|@")


def _address_spellings(doc: Document, flagged: "_Flagged") -> Iterator[Hit]:
    """A name that the text's own web or e-mail address spells one letter otherwise ("hojoona" beside
    "www.hajoona.com"): the address is the name's own spelling. Words of the language are left alone."""
    text = doc.text
    if "." not in text:
        return
    # found from where an address can start: a look-behind tried at every character of a long text is slow
    names = {m.group(1).lower() for a in _ADDRESS_START.finditer(text) if (m := _ADDRESS_NAME.match(text, a.end()))}
    if not names:
        return
    lang = doc.target_lang
    by_length: dict[int, list[str]] = defaultdict(list)
    for name in names:
        by_length[len(name)].append(name)
    for low, where in doc.word_positions.items():
        if len(low) < 5 or low in names or not low.isalpha() or zipf(low, lang) >= 2.0:
            continue
        near = [n for k in (len(low) - 1, len(low), len(low) + 1) for n in by_length.get(k, ()) if one_edit(low, n)]
        if not near:
            continue
        for p in where:
            if flagged.covers(p) or _ADDRESS_CHUNK.search(text[max(0, p - 1) : p]):
                continue
            written = text[p : p + len(low)]
            if _NAME_CHAR.match(text, p + len(low)) and not _POSSESSIVE.match(text, p + len(low)):
                continue
            fixed = _recase(near[0], written) if written[0].isupper() else near[0]
            yield Hit(p, p + len(low), f"\"{written}\" is spelled \"{near[0]}\" in the text's own address", fixed,
                      {"address_name": near[0]})


_ADDRESS_CHUNK = lazy(regex, r"[./@]")


def _casing_hits(doc: Document, cluster: list[tuple[_Span, str]], best: str) -> Iterator[Hit]:
    counts = Counter(form for _, form in cluster)
    line = {form: doc.position(span.start)[0] for span, form in sorted(cluster, reverse=True)}
    ordered = sorted(counts, key=lambda f: (f != best, -counts[f], f))
    listing = ", ".join(f"\"{f}\" ×{counts[f]} (line {line[f]})" for f in ordered)
    evidence = {"preferred": best, "variants": [{"form": f, "count": counts[f]} for f in ordered]}
    spans = [(span.start, span.end) for span, _ in cluster]
    for span, form in cluster:
        if form != best:
            yield Hit(span.start, span.end, f"name written with two casings: {listing}", best, evidence,
                      related=_related(spans, (span.start, span.end)))


@lru_cache(maxsize=None)
def _case_endings(src: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The case endings of names in ``src`` (data/source_case_endings.tsv), longest first, and the
    endings of its nominative where that has its own (Latvian, Lithuanian)."""
    for row in table("source_case_endings.tsv", ("lang", "endings")):
        if row["lang"] == src:
            nominative = tuple(e for e in row.get("nominative", "").split("|") if e)
            return tuple(sorted(set(row["endings"].split("|")), key=len, reverse=True)), nominative
    return (), ()


#: the part a name's forms share before their case endings is at least this long
MIN_CASE_STEM = 4


def _case_ending_clusters(ms: list[Mention], doc: Document) -> Iterator[tuple[list[tuple[Mention, str]], str]]:
    """One name written in several of the source language's cases ("Karafiát" and "Karafiáta",
    "Levits", "Levitu" and "Levita", "Polimlje" and "Polimlja"): capitalised words (not common words
    of the target, not two given names: "Jan" and "Jana" are two people) whose endings are both
    case endings of the declared source language, or one of them bare. The suggestion is the form in
    the nominative where the language's nominative has endings of its own ("Kristers", not "Krister"),
    else the commonest form (on a tie the shortest, then the first written)."""
    src = doc.source_lang
    endings, nominative = _case_endings(src) if src and src != doc.target_lang else ((), ())
    if not endings:
        return
    lang = doc.target_lang
    forms: dict[str, list[tuple[_Span, str]]] = defaultdict(list)
    for m in ms:
        if m.initial and len(m.tokens) == 1:
            continue
        # a surname after a given name is a person's: "Maria Zakharova" beside "Zakharov" is the
        # feminine form (the gender check's), not a case
        named = _given_before(doc, m) is not None
        for t in m.tokens:
            if named and t is m.tokens[-1]:
                continue
            if len(t.text) >= MIN_CASE_STEM + 1 and not t.text.isupper() and zipf(t.text.lower(), lang) < 3.0:
                forms[t.text].append((_Span(t.start, t.end), t.text))
    by_stem: dict[str, set[str]] = defaultdict(set)
    for form in forms:
        low = form.lower()
        by_stem[strip_accents(low)].add(form)  # a bare stem: the nominative of many names
        for e in endings:
            if low.endswith(e) and len(low) - len(e) >= MIN_CASE_STEM:
                # a case may lengthen the stem's last vowel: Hungarian "Józsa", "Józsán"
                by_stem[strip_accents(low[: -len(e)])].add(form)
    given = word_list(f"{lang}/first_names.txt") | word_list("en/first_names.txt")
    done: set[str] = set()
    for stem, group in by_stem.items():
        group = {f for f in group if f not in done}
        if len({strip_accents(f.lower()) for f in group}) < 2 or sum(f.lower() in given for f in group) >= 2:
            continue  # accents alone are the accent check's; two given names are two people
        done.update(group)
        cluster = [item for f in group for item in forms[f]]
        # the nominative where it has an ending, else the commonest form; on a tie the shortest (a bare
        # nominative), then the first written
        best = max(group, key=lambda f: (bool(nominative) and f.lower().endswith(nominative), len(forms[f]), -len(f),
                                         -forms[f][0][0].start))
        yield cluster, best


def _anagram_acronyms(doc: Document) -> Iterator[list[tuple[_Span, str]]]:
    """One acronym written with its letters in several orders in one document ("BPC", "PCG", "CGP" for the
    same general terms): machine translation renders a source acronym anew in each sentence."""
    by_letters: dict[str, dict[str, list[_Span]]] = defaultdict(lambda: defaultdict(list))
    for m in _ACRONYM.finditer(doc.text):
        by_letters["".join(sorted(m.group()))][m.group()].append(_Span(m.start(), m.end()))
    for forms in by_letters.values():
        if len(forms) >= 2:
            yield [(span, form) for form, spans in forms.items() for span in spans]


def _order_clusters(ms: list[Mention], doc: Document) -> Iterator[tuple[list[tuple[Mention, str]], str | None]]:
    """One two-word name written in both orders ("Alexander Suvorov" in the text, "Suvorov Alexander" in
    a list: the surname-first order of Russian, Hungarian or East Asian sources), neither word common;
    the order with a known given name first is preferred."""
    given = word_list(f"{doc.target_lang}/first_names.txt")
    lang = doc.target_lang
    ordinary = word_list(f"{lang}/ordinary.txt")

    def name_word(w: str) -> bool:
        return w.lower() not in ordinary if ordinary else zipf(w.lower(), lang) < 4.5

    by_pair: dict[tuple[str, str], list[Mention]] = defaultdict(list)
    for m in ms:
        if len(m.tokens) == 2 and all(len(t.text) >= 3 and not t.text.isupper() for t in m.tokens):
            by_pair[(m.tokens[0].text, m.tokens[1].text)].append(m)
    for (a, b), group in by_pair.items():
        if a < b and (b, a) in by_pair and name_word(a) and name_word(b):
            best = f"{a} {b}" if a.lower() in given and b.lower() not in given else \
                f"{b} {a}" if b.lower() in given and a.lower() not in given else None
            yield [(m, f"{a} {b}") for m in group] + [(m, f"{b} {a}") for m in by_pair[(b, a)]], best


#: two names of one place are two spellings of one name from this similarity up (difflib's ratio of their
#: keys: "kiev"/"kyiv" 0.75, "cracow"/"krakow" 0.67); below, a name of its own ("peking"/"beijing" 0.62)
PLACE_VARIANT_SIMILARITY = 0.65


class _Span(NamedTuple):
    start: int
    end: int


def _occurrences(doc: Document, form: str, possessive: bool = False) -> list[_Span]:
    """Where the text writes ``form`` (one word or several, joined by spaces or hyphens) as a whole,
    found from the positions of its first word; with ``possessive``, also before "'s"."""
    text = doc.text
    first = regex.split(r"[ -]", form, maxsplit=1)[0].lower()
    out = []
    for p in doc.word_positions.get(first, ()):
        end = p + len(form)
        if text.startswith(form, p) and not (p and _NAME_CHAR.match(text, p - 1)) and (
                not _NAME_CHAR.match(text, end) or possessive and _POSSESSIVE.match(text, end)):
            out.append(_Span(p, end))
    return out


_POSSESSIVE = lazy(regex, r"['’]s(?![\p{L}\p{M}])")


#: a character that continues a name: a letter, a mark, an apostrophe or a hyphen
_NAME_CHAR = lazy(regex, r"[\p{L}\p{M}'’-]")


def _hyphen_clusters(ms: list[Mention], doc: Document) -> Iterator[list[tuple[_Span, str]]]:
    """A hyphenated name written elsewhere with a space ("Saint-Martin" … "Saint Martin", "Jean-Pierre" …
    "Jean Pierre"): every part capitalised, and the spaced form capitalised the same way; and two words
    of a name written elsewhere as one ("Ha Long Bay" … "Halong Bay"), the one word rare in the language."""
    done: set[str] = set()
    for m in ms:
        for t in m.tokens:
            parts = t.text.split("-")
            if len(parts) < 2 or t.text in done or not all(len(p) >= 2 and p[0].isupper() and p[1:].islower() for p in parts):
                continue
            done.add(t.text)
            spaced = " ".join(parts)
            others = [(span, spaced) for span in _occurrences(doc, spaced)]
            if others:
                yield [(span, t.text) for span in _occurrences(doc, t.text)] + others
    # two words of a name written elsewhere as one ("Ha Long Bay" … "Halong Bay"): the text writes a
    # capitalised start of the word, a space and the rest capitalised
    for m in ms:
        for t in m.tokens:
            closed = t.text
            if closed in done or len(closed) < 5 or not (closed[0].isupper() and closed[1:].islower()):
                continue
            done.add(closed)
            if zipf(closed.lower(), doc.target_lang) >= 3.0:
                continue  # a word of the language, or a name it writes so ("Newcastle")
            spaced = [(span, f"{closed[:i]} {closed[i].upper()}{closed[i + 1 :]}") for i in range(2, len(closed) - 1)
                      for span in _occurrences(doc, f"{closed[:i]} {closed[i].upper()}{closed[i + 1 :]}")]
            if spaced:
                yield [(span, closed) for span in _occurrences(doc, closed)] + spaced


@lru_cache(maxsize=None)
def _place_by_key():
    """The key of each name a place has in any language -> the place's English name (None: two places
    share it); built once and kept in the user cache (:mod:`tqcheck.compiled`) until the files change,
    as a :class:`~tqcheck.compiled.SortedTable` (a document looks up a few hundred of its 84,000 keys)."""
    import os

    from ..bilingual import entities
    from ..compiled import SortedTable, cached

    def build() -> tuple:
        out: dict[str, str | None] = {}
        for place in entities.places("en").values():
            for k in place.keys:
                if len(k) >= 4:
                    out[k] = place.name if out.get(k, place.name) == place.name else None
        return SortedTable.pack(out)

    root = os.path.join(os.path.dirname(os.path.dirname(__file__)), "data", "en")
    sources = [os.path.join(root, "place_names.tsv"), os.path.join(root, "place_aliases.tsv"), entities.__file__, __file__]
    return SortedTable.unpack(cached("place-keys-en-sorted", sources, build))


def _place_clusters(ms: list[Mention], doc: Document) -> Iterator[tuple[list[tuple[_Span, str]], str | None]]:
    """Two spellings of one place's name in one document ("Cracow" and "Kraków", "Kiev" and "Kyiv"): each
    a name of that place alone in GeoNames' names in any language (data/en/place_names.tsv), neither a
    common word of the target, their keys differ (accents alone are the accent check's) but are alike
    (PLACE_VARIANT_SIMILARITY: not a former or another name, "Bombay"/"Mumbai")."""
    from ..bilingual.entities import key

    by_key = _place_by_key()
    lang = doc.target_lang
    ordinary, gaz = word_list(f"{lang}/ordinary.txt"), gazetteer(lang)
    found: dict[str, dict[str, list[tuple[_Span, str]]]] = defaultdict(lambda: defaultdict(list))
    verdicts: dict[str, tuple[str, str] | None] = {}  # form -> (place, key), decided once a form
    for m in ms:
        if m.initial and len(m.tokens) == 1:
            continue  # a capital that starts a sentence may be any word
        for t in m.tokens:
            form = t.text
            if form not in verdicts:
                k = form.lower() if form.isascii() and form.isalpha() else key(form)
                place = by_key.get(k)
                low = form.lower()
                # not a word of the language ("Nice" is also nice), unless the language knows it as a place
                ok = place is not None and len(form) >= 4 and not form.isupper() and low not in ordinary \
                    and (low in gaz or zipf(low, lang) < 4.0)
                verdicts[form] = (place, k) if ok else None
            verdict = verdicts[form]
            if verdict is not None:
                found[verdict[0]][verdict[1]].append((_Span(t.start, t.end), form))
    for place, keys in found.items():
        distinct = sorted(k for k in keys if not any(o != k and k.startswith(o) for o in keys))
        if len(distinct) < 2:
            continue  # one name inflected or shortened: "the Falklands", "the Falkland pound"
        if any(SequenceMatcher(None, a, b).ratio() < PLACE_VARIANT_SIMILARITY for a in distinct for b in distinct if a < b):
            continue  # another name, not another spelling: "Sverdlovsk" (the region; Yekaterinburg's old name), "Bombay"
        cluster = [item for items in keys.values() for item in items]
        best = place if lang == "en" and any(form == place for _, form in cluster) else None
        yield cluster, best


@lru_cache(maxsize=None)
def _diacritics() -> dict[str, str]:
    return {row["lang"]: row["letters"] for row in table("source_diacritics.tsv", ("lang", "letters"))}


@lru_cache(maxsize=None)
def _transcribing() -> frozenset[str]:
    """Source languages that write foreign names with their own accents ("Simonián")."""
    return frozenset(row["lang"] for row in table("source_diacritics.tsv", ("lang", "letters", "transcribes")) if row["transcribes"] == "yes")


@lru_cache(maxsize=None)
def _endings() -> list[tuple[re.Pattern, str, str, frozenset[str]]]:
    rows = table("foreign_name_endings.tsv", ("pattern", "origin", "english"))
    return [
        (re.compile(r["pattern"]), r["origin"], r["english"], frozenset(r.get("native", "").split(",")))
        for r in rows
    ]


@rule(
    "TQ104", "source-diacritics", "info",
    "A foreign name carrying the source language's accents (\"Margarita Simonián\").", needs_source_lang=True,
)
def source_diacritics(doc: Document) -> Iterator[Hit]:
    """
    ## What it does
    With the source language known, flags a name that carries that language's accents
    (`data/source_diacritics.tsv`) although it is not a name of that language: the accented form
    is rare in the source language and in English, while the unaccented form is common in English
    or the ending marks another origin (Armenian -ian, Russian -ov, Ukrainian -enko, ...:
    `data/foreign_name_endings.tsv`). Word frequencies come from wordfreq. Severity is info,
    or warning when both kinds of evidence agree.

    ## Why is this bad?
    Spanish, Portuguese or French news transcribes foreign names with its own accents
    ("Simonián", "Peskóv"); machine translation copies them into English, where the person is
    known without them ("Simonyan").

    ## Example
    `Margarita Simonián declared in 2022 ...` (translated from Spanish)

    Use instead: `Margarita Simonyan declared in 2022 ...`
    """
    src = doc.source_lang
    letters = _diacritics().get(src or "", "") if src in _transcribing() else ""
    if not letters:
        return
    preferred = _glossary_words(doc)
    seen: set[int] = set()
    for m in mentions(doc):
        if m.initial:
            continue
        for t in m.tokens:
            if t.start in seen or t.text in preferred or not any(ch in letters for ch in t.text.lower()):
                continue
            seen.add(t.start)
            low = t.text.lower()
            if zipf(low, doc.target_lang) >= 2.0 or zipf(low, src) >= 2.5:
                continue  # English keeps the accent (José), or a common name of the source language
            folded = strip_accents(t.text)
            z_folded = zipf(folded.lower(), doc.target_lang)
            ending = next(((o, e) for p, o, e, native in _endings() if src not in native and p.search(folded.lower())), None)
            if not ending and z_folded < 2.5:
                continue  # no foreign ending and English does not commonly write it without accents
            strong = bool(ending) and z_folded > 0
            target = language_name(doc.target_lang)
            if doc.target_lang == "en":
                why = f"it looks {ending[0]}; English writes it {ending[1]}" if ending else f"English writes \"{folded}\""
            else:  # the table's examples are English spellings
                why = f"it looks {ending[0]}; {target} writes it without accent" if ending else f"{target} writes \"{folded}\""
            lang_name = language_name(src)
            yield Hit(
                t.start, t.end, f"\"{t.text}\" has {lang_name} accents but is not a {lang_name} name: {why}", folded,
                {
                    "source_lang": src,
                    "zipf_source": zipf(low, src),
                    "zipf_target_unaccented": z_folded,
                    "origin": ending[0] if ending else None,
                },
                Severity.WARNING if strong else None,
            )


#: a name written without accents where the accented spelling is this much more common (Zipf points) ...
LOST_ACCENT_MARGIN = 1.0
#: ... and at least this common, in the language that decides (the target; in English, the source)
LOST_ACCENT_MIN_ZIPF = 2.5
#: ... where the plain spelling is rarer than this in the target (or the accented one a name the target knows)
LOST_ACCENT_MAX_PLAIN_ZIPF = 3.0
#: in English, where the text keeps the accents of other names of the source language: the plain
#: form may be this common in English (a name English also writes plain, not a word) and the
#: accented one this much more common in the source language
LOST_ACCENT_MAX_PLAIN_ZIPF_KEPT = 4.0
LOST_ACCENT_MARGIN_KEPT = 0.5


@lru_cache(maxsize=None)
def _accented_letters(letters: str) -> dict[str, tuple[str, ...]]:
    """Each plain letter -> the letters of ``letters`` that carry a diacritic on it ("a" -> "á", "à", ...)."""
    by_base: dict[str, list[str]] = defaultdict(list)
    for ch in letters:
        by_base[strip_accents(ch)].append(ch)
    return {base: tuple(chs) for base, chs in by_base.items()}


def _accented_variants(word: str, letters: str) -> Iterator[str]:
    """``word`` (lower case, plain letters) with one letter given one of ``letters``' diacritics."""
    by_base = _accented_letters(letters)
    for i, ch in enumerate(word):
        for accented in by_base.get(ch, ()):
            yield word[:i] + accented + word[i + 1 :]


def _glossary_words(doc: Document) -> set[str]:
    glossary = doc.options.get("glossary")
    return {w for p in glossary.entries for w in p.split()} if glossary is not None else set()


@rule("TQ108", "missing-accent", "warning", "A name without the accents the language writes on it (\"Peru\" in Spanish).")
def missing_accent(doc: Document) -> Iterator[Hit]:
    """
    ## What it does
    Flags a name written without the accents that the language writes on it: in Spanish,
    Portuguese, French, Italian and the other languages of `data/source_diacritics.tsv`, a name
    whose accented spelling is at least 1 Zipf point more common in the target's word statistics
    (wordfreq) than the plain one ("Peru" and "Merida" in Spanish, "Maranhao" in Portuguese; not
    "Maria", which Spanish text also writes for foreign Marias); in English, with a source
    language, a name of that language written without its accents in a text that keeps the
    accents of other names of it ("Juan José Canovas": Spanish writes "Cánovas"; "Matej Mandic"
    beside "Poreč": Croatian writes "Mandić"), names that
    English also writes plain among them ("Martinez", "Suarez"; not words: "Mexico"). One accent
    is restored; the glossary's spellings are left alone. In any target, a name with an ending
    that its language always writes with a letter beyond ASCII, written plain ("Muszynski",
    "Wieslaw" for Polish "Muszyński", "Wiesław": `data/source_name_endings.tsv`), where the text
    is declared translated from that language or writes other words with its letters
    ("Smagliński" in the same text).

    ## Why is this bad?
    Machine translation and copy-paste through plain-text tools lose accents; in a language that
    writes them, a name without them is misspelled, and one name written both ways looks careless.

    ## Example
    `El ministro viajó a Peru.`

    Use instead: `El ministro viajó a Perú.`
    """
    preferred = _glossary_words(doc)
    yield from _lost_accents(doc, preferred)
    yield from _lost_name_endings(doc, preferred)


@lru_cache(maxsize=None)
def _name_endings() -> dict[str, tuple[tuple[str, str], ...]]:
    """language -> (plain ending, restored ending), the longest first (data/source_name_endings.tsv)."""
    out: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for r in table("source_name_endings.tsv", ("lang", "plain", "restored")):
        out[r["lang"]].append((r["plain"], r["restored"]))
    return {lang: tuple(sorted(pairs, key=lambda p: -len(p[0]))) for lang, pairs in out.items()}


#: a stem of at least this many letters before a name's ending ("Muszy" + "nski")
MIN_NAME_ENDING_STEM = 3


def _lost_name_endings(doc: Document, preferred: set[str]) -> Iterator[Hit]:
    """A name whose ending a language always writes with a letter beyond ASCII, written plain
    ("Muszynski", "Wieslaw" for Polish "Muszyński", "Wiesław"; data/source_name_endings.tsv), in a
    text translated from that language or one that writes other words with its letters (ł, ń, ś
    beside the plain name), not the target's own: a name of that language that lost its accent."""
    lang, text = doc.target_lang, doc.text
    own = set(_diacritics().get(lang, ""))
    for src, endings in _name_endings().items():
        letters = set(_diacritics().get(src, "")) - own
        if not (doc.source_lang == src or any(ch.lower() in letters for ch in doc.distinct_chars)):
            continue
        plain = tuple(p for p, _ in endings)
        for low, positions in doc.word_positions.items():
            if not low.endswith(plain) or not low.isascii() or not low.isalpha():
                continue
            old, new = next((p, r) for p, r in endings if low.endswith(p))
            if len(low) - len(old) < MIN_NAME_ENDING_STEM or zipf(low, lang) >= LOST_ACCENT_MAX_PLAIN_ZIPF_KEPT:
                continue
            for p in positions:
                word = text[p : p + len(low)]
                if not word[:1].isupper() or word.isupper() or word in preferred:
                    continue
                fixed = word[: len(word) - len(old)] + new
                yield Hit(p, p + len(word), f"\"{word}\" has lost its accent: {language_name(src)} writes \"{fixed}\"", fixed,
                          {"decided_by": src, "ending": new})


def _lost_accents(doc: Document, preferred: set[str]) -> Iterator[Hit]:
    """The names of ``doc`` written without the accent the language writes on them (see TQ108)."""
    lang, src = doc.target_lang, doc.source_lang
    table_ = _diacritics()
    if lang in table_:
        decider, letters = lang, table_[lang]
    elif lang == "en" and src in table_ and any(ch in table_[src] for ch in doc.distinct_chars):
        decider, letters = src, table_[src]
    else:
        return
    verdicts: dict[str, str | None] = {}
    for m in mentions(doc):
        if m.initial and len(m.tokens) == 1:
            continue
        for t in m.tokens:
            word = t.text
            if len(word) < 4 or not word.isascii() or not word.isalpha() or word.isupper() or word in preferred:
                continue
            low = word.lower()
            if low not in verdicts:
                plain = zipf(low, decider)
                best = max(_accented_variants(low, letters), key=lambda v: zipf(v, decider), default=None)
                z = zipf(best, decider) if best else 0.0
                if decider == lang:
                    # the plain form is no word of the language ("Elettricita"), or the accented one is a name it
                    # knows ("Mérida"): a plain form that is a word may be another word ("Abilita", "abilità")
                    known = plain < LOST_ACCENT_MAX_PLAIN_ZIPF or (best is not None and (best in gazetteer(lang) or best in capitalized(lang)))
                    margin = LOST_ACCENT_MARGIN
                else:
                    # the text keeps the accents of the source's other names: its own usage is the evidence,
                    # so a name English also writes plain ("Martinez", "Suarez") counts, not a word ("Mexico")
                    known = zipf(low, lang) < LOST_ACCENT_MAX_PLAIN_ZIPF_KEPT and low not in word_list(f"{lang}/ordinary.txt")
                    margin = LOST_ACCENT_MARGIN_KEPT
                verdicts[low] = best if known and z >= LOST_ACCENT_MIN_ZIPF and z - plain >= margin else None
            best = verdicts[low]
            if best is None or best in doc.word_positions:
                continue  # written both ways in the text: one name spelled two ways (TQ103)
            fixed = best[0].upper() + best[1:] if word[0].isupper() else best
            where = f"{language_name(lang)} writes \"{fixed}\"" if decider == lang else \
                f"{language_name(src)} writes \"{fixed}\", and the text keeps the accents of other {language_name(src)} names"
            yield Hit(t.start, t.end, f"\"{word}\" has lost its accent: {where}", fixed,
                      {"decided_by": decider, "zipf_plain": zipf(low, decider), "zipf_accented": zipf(best, decider)})


@rule("TQ105", "glossary-variant", "warning", "A spelling that differs from the glossary's preferred form.")
def glossary_variant(doc: Document) -> Iterator[Hit]:
    """
    ## What it does
    With a glossary (`--glossary FILE`: one preferred spelling per line, optionally
    `Preferred: variant, variant`), flags every other spelling of a glossary entry: a different
    case ("kyiv"), the explicit variants ("Kiev"), and spellings with the same transliteration key
    ("Volodimir Zelensky" for "Volodymyr Zelensky"). The preferred form itself is never flagged.

    ## Why is this bad?
    Publications fix how names are spelled; a translation that strays from the house spelling
    must be corrected before publishing.

    ## Example
    Glossary `Kyiv: Kiev`; text `talks in Kiev`.

    Use instead: `talks in Kyiv`.
    """
    glossary = doc.options.get("glossary")
    if glossary is None or not glossary.entries:
        return
    variants = glossary.variant_index()
    keys = glossary.key_index()
    text = doc.text
    done: list[tuple[int, int]] = []
    pattern = re.compile(
        r"(?<!\w)(?:" + "|".join(re.escape(v) for v in sorted(variants, key=len, reverse=True)) + r")(?!\w)",
        re.IGNORECASE,
    )
    for m in pattern.finditer(text):
        preferred = variants[m.group().lower()]
        done.append((m.start(), m.end()))
        if m.group() != preferred:
            yield Hit(m.start(), m.end(), f"\"{m.group()}\": the glossary spells it \"{preferred}\"", preferred, {"preferred": preferred, "glossary": glossary.source})
    for mention in mentions(doc):
        words = mention.words
        for size in range(min(3, len(words)), 0, -1):
            for i in range(len(words) - size + 1):
                key = tuple(name_key(w) for w in words[i : i + size])
                preferred = keys.get(key)
                if preferred is None:
                    continue
                start, end = mention.tokens[i].start, mention.tokens[i + size - 1].end
                if text[start:end] != preferred and not any(a < end and start < b for a, b in done):
                    done.append((start, end))
                    yield Hit(start, end, f"\"{text[start:end]}\": the glossary spells it \"{preferred}\"", preferred, {"preferred": preferred, "glossary": glossary.source})


@lru_cache(maxsize=None)
def _place_forms(lang: str) -> dict[str, tuple[str, str, str]]:
    """lower-case form -> (name in ``lang``, language of the form, the place's own language)."""
    out = {}
    for row in table(f"{lang}/source_place_forms.tsv", ("english", "lang", "place_lang", "forms")):
        for form in row["forms"].split("|"):
            out[form.lower()] = (row["english"], row["lang"], row["place_lang"])
    return out


def _known_in(word: str, lang: str) -> bool:
    """A name the target's lists know: a place, a given name, a romanised Slavic given name."""
    return _known_name(word, lang) or given_name_row(word) is not None


def _english_form(word: str, src: str | None, lang: str, in_full_name: bool) -> tuple[str, str] | None:
    """(spelling the target writes, source language) for a name word spelled the way a source
    language transcribes it ("Lawrow" from German -> "Lavrov"); see data/<lang>/source_romanisation.tsv.

    A candidate is taken when the target attests it at least one Zipf point more often than the word
    and it is a known name, or a word of a full name that the target attests (Zipf >= 2.0). With the
    source language known, only its conventions count, and the source must write the word at least
    as often as the target does; without it the word must be unknown to the target and only one
    language's conventions may explain it."""
    if src and src not in fold_languages():
        return None
    low = word.lower()
    z_word = zipf(low, lang)
    langs = [src] if src else list(fold_languages())
    found: dict[str, tuple[float, str]] = {}
    for source in langs:
        if src and zipf(low, src) < z_word:
            continue
        if not src and z_word >= 1.0:
            continue
        best = None
        for cand in english_spellings(word, source):
            z = zipf(cand, lang)
            if z < z_word + 1.0 or cand in word_list(f"{lang}/ordinary.txt"):
                continue
            if _known_in(cand, lang) or (in_full_name and z >= 2.0):
                if z > (best[0] if best else 0.0):
                    best = (z, cand)
        # a guessed language's frequencies are read only for a word it would explain
        if best is not None and (src or zipf(low, source) >= 1.5):
            found[source] = best
    if len(found) != 1:
        return None
    source, (_, cand) = found.popitem()
    known = gazetteer(lang).get(cand)
    return (known[0] if known else cand.capitalize()), source


def _russian_given_names(doc: Document, ms: list[Mention]) -> Iterator[Hit]:
    """In an English text translated from Ukrainian that romanises given names the Ukrainian way
    ("Mykola Romanyuk", "Taras"), a given name in its Russian form before a Ukrainian surname
    ("Sergei Grigorenko", "Vladimir Hunchyk": `data/given_name_variants.tsv`,
    `data/ukrainian_surname_endings.txt`): a Ukrainian romanised through Russian. Russians named
    in the text ("Dmitry Peskov", "Sergei Shoigu") keep their names."""
    endings = tuple(word_list("ukrainian_surname_endings.txt"))
    pairs = []
    ukrainian = False
    for m in ms:
        for t, nxt in zip(m.tokens, m.tokens[1:]):
            row = given_name_row(t.text)
            if row is None or row[1] is None:
                continue
            if row[1] == "ukrainian":
                ukrainian = True
            elif nxt.text.lower().endswith(endings) and not nxt.text.isupper():
                pairs.append((t, nxt, row[0]))
    if not ukrainian:
        return
    for t, surname, key in pairs:
        form = ukrainian_form(key)
        if form:
            yield Hit(t.start, t.end,
                      f"\"{t.text}\" is the Russian form of a Ukrainian given name; the text romanises other names "
                      f"the Ukrainian way: \"{form} {surname.text}\"?",
                      form, {"source_lang": "uk", "romanisation": "russian", "ukrainian": form})


@rule(
    "TQ107", "source-name-spelling", "warning",
    "A well-known name spelled the way the source language writes it (\"Wladimir Putin\", \"Kharkov\").",
)
def source_name_spelling(doc: Document) -> Iterator[Hit]:
    """
    ## What it does
    Flags a name that the text spells the way another language writes it where the target has its
    own spelling: German "Wladimir" or "Lawrow", French "Poutine" or "Sergueï" for "Vladimir",
    "Lavrov", "Putin", "Sergei"; the Russian-language forms of Ukrainian places ("Kharkov",
    "Nikolaev") for their English names ("Kharkiv", "Mykolayiv"). Two data files decide:
    `data/en/source_place_forms.tsv` (generated from GeoNames) and `data/en/source_romanisation.tsv`
    (how German, French, Dutch, Polish, Czech and Spanish transcribe Cyrillic sounds). With
    `--source-lang`, only that language's forms count (a Ukrainian place's Russian form counts from
    Russian and Ukrainian); without it, only forms that no other language explains and that the
    target does not use itself ("Kiev" is left alone then). In any target, with a source
    language, a name with the ending of a third language's form: "Pokrovskaya", "Buchanskaya"
    translated from Ukrainian, whose romanisation writes "Pokrovska" (`data/source_form_endings.tsv`). A surname that is also a place's
    Russian form ("Vladimir Nikolaev") is left alone.

    In an English text translated from Ukrainian that romanises other given names the Ukrainian
    way ("Mykola"), a given name in its Russian form before a Ukrainian surname ("Sergei
    Grigorenko" for "Serhiy", `data/ukrainian_surname_endings.txt`); Russians keep their names
    ("Dmitry Peskov").

    In Spanish, French, Italian and Portuguese, a monarch's or pope's given name in its English form
    before the regnal number ("emperador Henry IV", "papa John Paul II"), where the target writes
    its own ("Enrique IV", "Juan Pablo II"; `data/regnal_names.tsv`).

    In a German, French or Spanish text (`data/<lang>/english_transcription.tsv`), a Slavic name in
    the English romanisation ("Mikhailovka", "Prigozhin", "Peskov", "Andriy" in German, which writes
    "Michailowka", "Prigoschin", "Peskow", "Andrij"; "Mishustin", "Aksyonov", "Yermak" in French,
    which writes "Michoustine", "Aksionov", "Iermak"; "Arkhipova", "Zelensky" in Spanish, which writes
    "Arjipova", "Zelenski"; "Volodymyr" in Spanish, which writes "Volodímir"): when a spelling the
    target never uses for that sound (kh, zh, -ovka, a final -ov in German; sh, zh in French; kh, -sky
    in Spanish) marks it, and the document is declared translated from a Cyrillic language (the
    spelling is then an English pivot's), writes other Slavic names the target's way ("Gladkow";
    "Loukachenko"; "Jarkov") or the target attests the converted form. In such a Slavic document a
    spelling that other names share marks a name too (a y before a vowel in French, after a consonant
    in Spanish; not "Yannick" or "Rodrygo" elsewhere, nor a place the gazetteer knows as written).

    ## Why is this bad?
    Translation through another language keeps that language's transcription: an English reader
    knows "Vladimir Putin" and "Kharkiv", and searches for them.

    ## Example
    `Wladimir Putin met Sergej Lawrow.` (translated from German)

    Use instead: `Vladimir Putin met Sergei Lavrov.`
    """
    lang = doc.target_lang
    yield from _third_language_endings(doc)
    if lang != "en":
        yield from _regnal_hits(doc)
        yield from _transcription_hits(doc)
        return
    places = _place_forms(lang)
    src = doc.source_lang
    ms = mentions(doc)
    if src == "uk":
        yield from _russian_given_names(doc, ms)
    surnames = {m.words[-1].lower() for m in ms if len(m.tokens) >= 2}
    done: set[int] = set()
    for m in ms:
        if m.initial:
            continue
        for t in m.tokens:
            if t.start in done or len(t.text) < 4 or t.text.isupper():
                continue
            done.add(t.start)
            low = t.text.lower()
            place = places.get(low)
            if place and low not in surnames:
                english, form_lang, own = place
                if (src in (form_lang, own)) if src else (zipf(low, lang) < 3.0 and low not in gazetteer(lang)):
                    yield Hit(
                        t.start, t.end,
                        f"\"{t.text}\" is the {language_name(form_lang)} form of a {language_name(own)} place; "
                        f"English writes \"{english}\"",
                        english, {"source_lang": src, "form_lang": form_lang, "place_lang": own, "source": "GeoNames"},
                    )
                continue
            if low in word_list(f"{lang}/ordinary.txt") or _known_name(t.text, lang) or zipf(low, lang) >= 3.0:
                continue
            found = _english_form(t.text, src, lang, len(m.tokens) >= 2)
            if found:
                english, source = found
                yield Hit(
                    t.start, t.end,
                    f"\"{t.text}\" is spelled the {language_name(source)} way; English writes \"{english}\"",
                    english, {"source_lang": src, "spelling_of": source, "zipf_target": zipf(low, lang)},
                )


@lru_cache(maxsize=None)
def _form_endings(src: str) -> tuple[tuple[re.Pattern, str, str], ...]:
    """(pattern, language of the form, the source's ending) of data/source_form_endings.tsv for a source language."""
    return tuple((re.compile(r["pattern"]), r["form"], r["ending"])
                 for r in table("source_form_endings.tsv", ("source", "pattern", "form", "ending")) if r["source"] == src)


def _third_language_endings(doc: Document) -> Iterator[Hit]:
    """A name with the ending of a third language's form ("Pokrovskaya", "Buchanskaya" translated from
    Ukrainian, whose romanisation writes "Pokrovska"): data/source_form_endings.tsv, with a source
    language only, in a word of six letters or more that the target does not use as a word."""
    src = doc.source_lang
    endings = _form_endings(src) if src else ()
    if not endings:
        return
    lang = doc.target_lang
    done: set[int] = set()
    for m in mentions(doc):
        for t in m.tokens:
            low = t.text.lower()
            if t.start in done or len(low) < 6 or t.text.isupper() or zipf(low, lang) >= 3.0:
                continue
            done.add(t.start)
            for pattern, form, ending in endings:
                hit = pattern.search(low)
                if hit:
                    fixed = t.text[: hit.start()] + ending
                    yield Hit(t.start, t.end, f"\"{t.text}\" has the {language_name(form)} ending \"-{hit.group()}\"; {language_name(src)} romanisation writes \"-{ending}\"",
                              fixed, {"source_lang": src, "form_lang": form, "source": "source_form_endings.tsv"})
                    break


@lru_cache(maxsize=None)
def _regnal_forms(lang: str) -> dict[str, str]:
    """English regnal name -> the target's form (data/regnal_names.tsv), where the two differ."""
    return {r["en"]: r[lang] for r in table("regnal_names.tsv", ("en",)) if r.get(lang) and r[lang] != r["en"]}


#: one or two given names and a regnal number ("Henry IV", "John Paul II"); the names are checked apart
_REGNAL = lazy(regex, r"(?:(\p{Lu}\p{Ll}+) )?(\p{Lu}\p{Ll}+) (X{0,3}(?:IX|IV|V?I{0,3}))(?![\w'’-])")


def _regnal_hits(doc: Document) -> Iterator[Hit]:
    """A monarch's or pope's given name in its English form before the regnal number in a target
    that translates regnal names ("emperador Henry IV" for Enrique IV)."""
    forms = _regnal_forms(doc.target_lang)
    if not forms:
        return
    text = doc.text
    for name in forms.keys() & {w[:1].upper() + w[1:] for w in doc.word_positions}:
        for p in doc.word_positions[name.lower()]:
            m = _REGNAL.match(text, p)
            if m is None or m.group(2) != name or not m.group(3):
                continue
            if len(m.group(3)) == 1 and text[m.end() : m.end() + 1] == ".":
                continue  # a middle initial: "James V. Forrestal", "Peter I. Smith"
            first = p
            # "John Paul II": a name before it that is in the table too
            prev = regex.search(r"(\p{Lu}\p{Ll}+) $", text[max(0, p - 20) : p])
            if prev and prev.group(1) in forms:
                first = p - len(prev.group(0))
            written = text[first : m.end()]
            fixed = " ".join(forms.get(w, w) for w in written.split(" ")[:-1]) + " " + m.group(3)
            yield Hit(first, m.end(), f"regnal name in its English form: \"{written}\"; {language_name(doc.target_lang)} writes \"{fixed}\"",
                      fixed, {"kind": "regnal", "english": written})




def _transcription_hits(doc: Document) -> Iterator[Hit]:
    """Names in the English romanisation of Cyrillic in a text of another target ("Mikhailovka" in
    German, which writes "Michailowka"): a marker spelling (kh, zh, -ovka) the target's transcription
    never uses, in a word the target does not write so itself (Zipf below 2: "Khan" stays), not
    pinyin ("Zhang"); and either the text is declared translated from a Cyrillic language (`--source-lang
    ru`: the spelling is an English pivot's), the document writes other Slavic names the target's way
    ("Antonowka"), or the target attests the converted spelling clearly more."""
    lang = doc.target_lang
    ms = [m for m in mentions(doc) if not m.initial]
    own = own_transcription(lang)
    if own is None:
        return
    # a Slavic name in the target's own transcription ("Antonowka", "Lawrow"; "Poutine")
    own_style = any(
        own.search(t.text.lower()) and len(t.text) >= 5 and zipf(t.text.lower(), lang) < 3.0 and target_transcription(t.text, lang) is None
        for m in ms for t in m.tokens
    )
    # translated from a Cyrillic source, the English spelling is an English pivot's, not the target's choice
    from_cyrillic = doc.source_lang in CYRILLIC_SOURCES
    done: set[int] = set()
    for m in ms:
        for t in m.tokens:
            low = t.text.lower()
            if t.start in done or len(low) < 4 or t.text.isupper() or zipf(low, lang) >= 2.0 or is_pinyin(low):
                continue
            done.add(t.start)
            target = target_transcription(t.text, lang)
            if target is None and (own_style or from_cyrillic) and low not in gazetteer(lang):
                # a spelling other names share marks a Slavic one only in a Slavic document, and not a
                # place the language's gazetteer knows so ("Kyiv": the exonym is another matter)
                target = target_transcription(t.text, lang, slavic=True)
            if target is None:
                continue
            if own_style or from_cyrillic or zipf(target.lower(), lang) >= zipf(low, lang) + 1.0:
                name = language_name(lang)
                yield Hit(
                    t.start, t.end, f"\"{t.text}\" follows the English romanisation; {name} writes \"{target}\"",
                    target, {"target_lang": lang, "document_uses_target_style": own_style},
                )
