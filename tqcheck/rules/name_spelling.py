"""TQ103, TQ104, TQ105: one name spelled several ways, source-language accents, glossary spellings."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from functools import lru_cache

from ..data import table
from ..document import Document
from ..findings import Hit, Severity
from ..langs import language_name
from ..lexicon import gazetteer, has_accents, strip_accents, zipf
from ..names import Mention, Token, mentions, name_key, one_edit
from ..registry import rule


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


def _full_name_clusters(ms: list[Mention]) -> list[list[tuple[Mention, str]]]:
    """Cluster mentions of two or more words by key; keys one small edit apart in one word join."""
    by_key: dict[tuple[str, ...], list[Mention]] = defaultdict(list)
    shouted: list[Mention] = []
    for m in ms:
        if len(m.tokens) >= 2:
            if all(w.isupper() for w in m.words):
                shouted.append(m)
            else:
                by_key[tuple(name_key(w) for w in m.words[-3:])].append(m)
    # an all-capitals run ("JOSÉ RAMÍREZ WINS THE RACE") cannot tell a name from the words around it:
    # a run of two or three of its words joins a name that running text writes alike, case aside
    for m in shouted:
        taken = -1
        for size in (3, 2):
            for i in range(len(m.tokens) - size + 1):
                window = m.tokens[i : i + size]
                key = tuple(name_key(t.text) for t in window)
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
                if min(len(x), len(y)) >= 5 and one_edit(x, y) and not (x.startswith(y) or y.startswith(x)):
                    # a one-letter difference inside a word; an added ending is another word
                    # ("Africa"/"African", "Korea"/"Korean")
                    uf.union(a, b)
    clusters: dict = defaultdict(list)
    for key, group in by_key.items():
        clusters[uf.find(key)].extend((m, " ".join(m.words[-3:])) for m in group)
    return [c for c in clusters.values() if len({form.casefold() for _, form in c}) > 1]


def _last_word_clusters(ms: list[Mention], lang: str) -> list[list[tuple[Token, str]]]:
    """Cluster the last word of every mention (surnames, single names) by key.

    A cluster whose spellings differ in more than accents and in which one spelling is a common
    word ("Price"/"Pryce") is dropped: they are more likely two names than one spelled twice.
    """
    by_key: dict[str, list[tuple[Token, str]]] = defaultdict(list)
    anchored: set[str] = set()  # keys seen at least once where no sentence starts
    for m in ms:
        t = m.tokens[-1]
        if len(t.text) >= 4 and not (t.text.isupper() and len(t.text) <= 4):
            key = name_key(t.text)
            by_key[key].append((t, t.text))
            if not m.initial:
                anchored.add(key)
    return [
        c for key, c in by_key.items()
        if key in anchored
        and len({form.casefold() for _, form in c}) > 1
        and (
            len({strip_accents(form).casefold() for _, form in c}) == 1  # only accents differ
            or all(zipf(form.lower(), lang) < 4.0 for _, form in c)
        )
    ]


def _recase(best: str, form: str) -> str:
    """``best`` written with the capitals of ``form``: "JOSÉ RAMÍREZ" for a heading, "José Ramírez" in text."""
    if form.isupper():
        return best.upper()
    if best.isupper() and len(best) == len(form):
        return "".join(b if f.isupper() else b.lower() for b, f in zip(best, form))
    return best


def _source_support(forms, src: str | None) -> dict[str, bool]:
    """Forms the source language clearly spells this way ("José Ramírez" from Spanish): their words
    are at least one Zipf point more frequent in the source language than any other form's."""
    if not src:
        return {}
    support = {f: sum(zipf(w.lower(), src) for w in f.split()) for f in forms}
    ranked = sorted(support.values(), reverse=True)
    if len(ranked) < 2 or ranked[0] - ranked[1] < 1.0:
        return {}
    return {f: v == ranked[0] for f, v in support.items()}


def _preferred(forms: Counter, body: Counter, first_seen: dict[str, int], doc: Document) -> str:
    """The spelling to suggest, by evidence before majority: the gazetteer's spelling, the source
    language's spelling of one of its names, occurrences in running text (an all-capitals heading
    says nothing about accents), then the majority; ties go to the form that keeps diacritics, then
    the more frequent words, then the first."""
    lang = doc.target_lang
    gaz = gazetteer(lang)
    by_source = _source_support(forms, doc.source_lang)

    def score(form: str):
        known = gaz.get(form.casefold())
        return (
            bool(known) and known[0] == form,
            by_source.get(form, False),
            body[form],
            forms[form],
            has_accents(form) and len({strip_accents(f).casefold() for f in forms}) == 1,
            sum(zipf(w.lower(), lang) for w in form.split()),
            -first_seen[form],
        )

    return max(forms, key=score)


def _variant_hits(doc: Document, cluster, glossary_keys) -> Iterator[Hit]:
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
    if any(tuple(name_key(w) for w in f.split()) in glossary_keys for f in forms):
        return  # the glossary rule (TQ105) owns this name
    best = _preferred(forms, body, first, doc)
    ordered = sorted(forms, key=lambda f: (f != best, first[f]))
    listing = ", ".join(f"\"{f}\" ×{forms[f]} (line {positions[f][0][0]})" for f in ordered)
    evidence = {
        "preferred": best,
        "variants": [{"form": f, "count": forms[f], "positions": positions[f]} for f in ordered],
    }
    spans = [(item.start, item.end) for item, _ in cluster]
    for item, form in cluster:
        if form.casefold() != best.casefold():
            suggestion = _recase(best, form)
            related = tuple(sp for sp in spans if sp != (item.start, item.end))
            yield Hit(item.start, item.end, f"name spelled several ways: {listing}", suggestion, evidence, related=related)


@rule("TQ103", "name-variant", "warning", "The same name spelled two ways in one document (\"Volodimir\"/\"Volodymyr\").")
def name_variant(doc: Document) -> Iterator[Hit]:
    """
    ## What it does
    Groups the names of a document (runs of capitalised words, titles such as "President" left
    out) by a key that ignores diacritics, case and the usual transliteration differences (y/i,
    kh/h, ou/u, w/v, doubled letters, -sky/-ski/-skiy), and joins full names that differ by one
    letter in one word. A group written in more than one way gets a finding on each minority
    spelling, listing every spelling with its count. Ties go to the spelling that keeps
    diacritics, then to the more common spelling in English. A partial mention ("Maduro" next to
    "Nicolás Maduro") is not a variant. Names in the glossary are left to TQ105.

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
    flagged: list[tuple[int, int]] = []  # every occurrence of a name already reported as a full name
    for cluster in _full_name_clusters(ms):
        for hit in _variant_hits(doc, cluster, glossary_keys):
            flagged.append((hit.start, hit.end))
            flagged.extend(hit.related)
            yield hit
    for cluster in _last_word_clusters(ms, doc.target_lang):
        for hit in _variant_hits(doc, cluster, glossary_keys):
            if not any(a <= hit.start < b for a, b in flagged):
                yield hit


@lru_cache(maxsize=None)
def _diacritics() -> dict[str, str]:
    return {row["lang"]: row["letters"] for row in table("source_diacritics.tsv", ("lang", "letters"))}


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
    letters = _diacritics().get(src or "", "")
    if not letters:
        return
    glossary = doc.options.get("glossary")
    preferred = {w for p in glossary.entries for w in p.split()} if glossary is not None else set()
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
            why = f"it looks {ending[0]}; English writes it {ending[1]}" if ending else f"English writes \"{folded}\""
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
            yield Hit(m.start(), m.end(), f"glossary spelling is \"{preferred}\"", preferred, {"preferred": preferred, "glossary": glossary.source})
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
                    yield Hit(start, end, f"glossary spelling is \"{preferred}\"", preferred, {"preferred": preferred, "glossary": glossary.source})
