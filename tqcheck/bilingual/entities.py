"""Cross-lingual name knowledge for TQ402: romanised word tokens and place names in many languages.

Text in any script becomes a sequence of lower-case ASCII tokens (anyascii): one token per word,
and one per character in Chinese, Japanese and Korean, whose syllables GeoNames also writes
apart ("福冈" -> ``fu gang``, the GeoNames alternate "fu gang"). A place name matches a text
when one of its keys (its names in many languages, tokenised the same way) appears there as a
run of whole tokens; the last token may carry an inflection ("Moskvy", "Londra", "Санкт-Петербурге").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from ..data import table
from ..patterns import cached_compile, lazy

_SYLLABIC = r"\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}ー々"
_TOKENS = lazy(regex, rf"[{_SYLLABIC}]|(?:(?![{_SYLLABIC}])[\p{{L}}\p{{M}}])+")
_NON_ASCII_LETTER = lazy(regex, r"[^a-z]+")


#: anyascii marks Devanagari nukta letters with an apostrophe: ड़ "d'" is a flapped r, ज़ "j'" a z
_NUKTA = lazy(regex, r"dh'|d'|j'|ph'")
_NUKTA_SOUND = {"dh'": "r", "d'": "r", "j'": "z", "ph'": "f"}


def tokens(text: str) -> list[str]:
    """Lower-case ASCII tokens of ``text`` (see the module doc); empty tokens are dropped."""
    from anyascii import anyascii

    out = []
    for w in _TOKENS.findall(text):
        t = w.lower() if w.isascii() else _NUKTA.sub(lambda m: _NUKTA_SOUND[m.group()], anyascii(w).lower())
        t = _NON_ASCII_LETTER.sub("", t)
        if t:
            out.append(t)
    return out


def _rare_tokens(text: str, lang: str) -> list[bool]:
    """For each token of ``text`` (as :func:`tokens` makes them), whether its word is rare in
    ``lang`` (wordfreq Zipf frequency below 4.5)."""
    from ..lexicon import zipf

    out: list[bool] = []
    prev_end = -2
    for m in _TOKENS.finditer(text):
        if not tokens(m.group()):
            continue
        joined = m.start() == prev_end + 1 and text[prev_end] == "-"  # "मोहन-जोदड़ो": one name
        if joined:
            out[-1] = True
        out.append(joined or zipf(m.group().lower(), lang) < 4.5)
        prev_end = m.end()
    return out


def key(text: str) -> str:
    """The space-joined tokens of a name: ``"Monaco di Baviera"`` -> ``"monaco di baviera"``."""
    return " ".join(tokens(text))


class Haystack:
    """A text's tokens prepared for whole-token and inflection-tolerant look-ups."""

    def __init__(self, text: str, lang: str | None = None) -> None:
        self.text = text
        self.tokens = tokens(text)
        #: whether each token's word starts with a capital (False in scripts without case)
        self.capital = [w[0].isupper() for w in _TOKENS.findall(text) if _NON_ASCII_LETTER.sub("", w.lower() if w.isascii() else "x")]
        self.joined = " " + " ".join(self.tokens) + " "
        self.compact = "".join(self.tokens)
        sks = [skeleton(t) for t in self.tokens]
        # a Cyrillic х ("kh") often writes a foreign h: "Хоффенхайм" is Hoffenheim
        self.skeletons = set(sks) | {skeleton(t.replace("kh", "h")) for t in self.tokens if "kh" in t}
        self.compact_skeleton = "".join(sks)
        #: skeletons of each token and of each run of two or three adjacent rare words (in ``lang``),
        #: joined by "|": a name written in pieces ("रजब तैयब") is found inside one run, but not
        #: across everyday words ("पर शामिल" "par shamil" does not hold Paris)
        rare = _rare_tokens(text, lang) if lang else [True] * len(sks)
        runs = [
            "".join(sks[i : i + n]) for n in (2, 3) for i in range(len(sks) - n + 1) if all(rare[i : i + n])
        ] if len(rare) == len(sks) else []
        self.window_skeletons = "|".join(sks + runs)
        self._runs: set[str] | None = None

    def sounds_like(self, word_key: str, *, anywhere: bool = False) -> bool:
        """A token of the text has the same consonant skeleton as ``word_key``, or one of 3+
        consonants that starts with it (an inflected form), or one edit away from a skeleton of 5+
        consonants ("kplts" / "kpltj"); ``anywhere``: any part (2+ consonants) of the skeleton of
        up to three adjacent tokens (scripts that write a name in pieces, or drop its vowels). A g
        before e or i is tried soft and hard ("Schlegel" is श्लेगल "shlegal"), a romanised Cyrillic
        "kh" as k and as h ("Хоффенхайме" is Hoffenheim)."""
        word = word_key.replace(" ", "")
        variants = dict.fromkeys((word, _SOFT_G.sub("gh", word), word.replace("kh", "h")))
        return any(self._sounds_like(skeleton(v), word, anywhere) for v in variants)

    def _sounds_like(self, sk: str, word_key: str, anywhere: bool) -> bool:
        if anywhere:
            if len(sk) < 2:
                return True  # "Huawei", "Giza": too few consonants to tell
            if len(sk) == 2:  # "Tony", "Kite": two consonants must be a whole word's, or start it
                return any(p == sk or (p.startswith(sk) and len(p) - len(sk) <= 1) for p in self.window_skeletons.split("|"))
            if sk in self.window_skeletons:
                return True
            return len(sk) >= 5 and regex.search(f"(?:{regex.escape(sk)}){{e<=1}}", self.window_skeletons) is not None
        if len(sk) < 3:
            # "dowden" / "dauden": the whole word; "Muhammad" / "Mohammeds": with a genitive s
            return len(sk) == 2 and (sk in self.skeletons or (len(word_key) >= 6 and sk + "s" in self.skeletons))
        if sk in self.skeletons or any(t.startswith(sk) and len(t) - len(sk) <= 2 for t in self.skeletons):
            return True
        return len(sk) >= 5 and any(len(t) >= 4 and regex.fullmatch(f"(?:{regex.escape(sk)}){{e<=1}}", t) for t in self.skeletons)

    def has(self, name_key: str) -> bool:
        """``name_key`` occurs as whole tokens, each token of four letters or more allowed to lose
        its last letter and take an ending instead: inflections and adjectives ("moskva" in
        "moskvy", "brno" in "brne", "texas" in "texanischen")."""
        if not name_key:
            return False
        return f" {name_key} " in self.joined or bool(_inflected(name_key).search(self.joined))

    def sounds_close(self, word_key: str) -> bool:
        """Some run of the text's syllables sounds like ``word_key``: its consonant skeleton, folded
        for scripts that write foreign names by sound ("Trump" and 特朗普 "te lang pu", "Duvall"
        and デュバル "de yu ba ru"), is the run's, perhaps without a final l, n or s, or within
        one edit of it for four consonants or more (two for six). The run starts and ends at
        syllables, and in Japanese text is katakana (the script of foreign names): a skeleton
        found across unrelated words does not count."""
        sk = skeleton(word_key.replace(" ", ""), syllabic=True)
        if len(sk) < 2:
            return True  # "Bahia": too few consonants to tell
        runs = self._sound_runs()
        if sk in runs or (len(sk) >= 3 and sk[-1] in "lns" and sk[:-1] in runs):
            return True  # a final l, n or s is often not written ("Whitmer" 惠特默 "hui te mo")
        return near_skeleton(sk, runs)

    def _sound_runs(self) -> set[str]:
        """Skeletons of every run of up to 12 consecutive syllables (of katakana in Japanese)."""
        if self._runs is None:
            words = [w for w in _TOKENS.findall(self.text) if len(w) == 1 and regex.match(f"[{_SYLLABIC}]", w)]
            kana = cached_compile(regex, r"[\p{Hiragana}\p{Katakana}ー]")
            japanese = any(kana.match(w) for w in words)
            eligible = cached_compile(regex, r"[\p{Katakana}ー]" if japanese else f"[{_SYLLABIC}]")
            pieces: list[str | None] = []  # a syllable's romanisation, None between runs
            for w in _TOKENS.findall(self.text):
                if w in "ーッっ":  # a long vowel, a doubled consonant: no consonant of their own
                    pieces.append("" if pieces and pieces[-1] is not None else None)
                else:
                    pieces.append(tokens(w)[0] if len(w) == 1 and eligible.match(w) and tokens(w) else None)
            runs: set[str] = set()
            for i in range(len(pieces)):
                for j in range(i + 1, min(len(pieces), i + 12) + 1):
                    if pieces[j - 1] is None:
                        break
                    runs.add(skeleton("".join(pieces[i:j]), syllabic=True))
            self._runs = runs
        return self._runs

    def has_compact(self, name_key: str) -> bool:
        """``name_key`` without spaces is part of the text's tokens run together (romanised
        Chinese and Japanese names: "duan mengqi" in "...duanmengqishuo...")."""
        k = name_key.replace(" ", "")
        return len(k) >= 4 and k in self.compact


@lru_cache(maxsize=4096)
def _inflected(name_key: str) -> regex.Pattern:
    parts = []
    for t in name_key.split(" "):
        if len(t) >= 6:
            parts.append(regex.escape(t[:-2]) + "[a-z]{0,8}")  # Rossiya / Rossii
        elif len(t) == 5:
            parts.append(regex.escape(t[:-1]) + "[a-z]{0,7}")
        elif len(t) == 4:
            parts.append(regex.escape(t[:-1]) + "[a-z]{0,3}")
        else:
            parts.append(regex.escape(t))
    return regex.compile(" " + " ".join(parts) + " ")


_SOFT_G = lazy(regex, r"(?<!n)g(?=[ie])")

_PHONETIC = [(lazy(regex, a), b) for a, b in (
    (r"tz|tts", "ts"), (r"dzh|dj|zh|z", "j"), (_SOFT_G.pattern, "j"), (r"ph", "f"), (r"sch", "sh"), (r"([kgtdbpcs])h", r"\1"), (r"c(?=[eiy])", "s"), (r"ck|q|c", "k"),
    (r"x", "ks"), (r"m(?=[bcdfgjklpqrstvxz])", "n"), (r"[aeiouyhvw]+", ""), (r"(.)\1+", r"\1"),
)]


#: for Chinese, Japanese and Korean, which write a foreign name by its sounds: voiced and voiceless
#: stops are one ("Hopkins" 霍普金斯 "huo pu jin si"), so are l and r, v and b, m, n and a final
#: ng ("Timbuktu" 廷巴克图 "ting ba ke tu"); no soft g; x is ks ("Tex" テックス) but for pinyin's xi and xu
_SYLLABIC_PHONETIC = [(lazy(regex, a), b) for a, b in (
    (r"v", "b"), (r"ph", "f"), (r"tz|tts|ts", "s"), (r"c(?=[eiy])", "s"), (r"([kgtdbpcsz])h", r"\1"), (r"ck|q|c", "k"),
    (r"ng(?![aeiou])", "n"), (r"m", "n"), (r"x(?![iu])", "ks"), (r"x", "s"), (r"z", "s"), (r"[jg]", "k"), (r"d", "t"), (r"b", "p"), (r"r", "l"), (r"[aeiouyhw]+", ""), (r"(.)\1+", r"\1"),
)]


def near_skeleton(sk: str, candidates) -> bool:
    """One of ``candidates`` is within one edit of the skeleton ``sk`` of four consonants or
    more, or two edits from six: transliteration adds, drops and changes a sound or two."""
    if len(sk) < 4:
        return False
    edits = 1 if len(sk) < 6 else 2
    pattern = regex.compile(f"(?:{regex.escape(sk)}){{e<={edits}}}")
    return any(abs(len(c) - len(sk)) <= edits and pattern.fullmatch(c) for c in candidates)


def skeleton(token: str, syllabic: bool = False) -> str:
    """A romanised word's consonant skeleton, folding what transliteration changes ("vinphre" and
    "winfrey" -> ``nfr``; "lmdn" and "london" -> ``lndn``; "pfannenshtil" and "pfannenstiel").
    ``syllabic``: the coarser folding of :data:`_SYLLABIC_PHONETIC`."""
    for pattern, repl in _SYLLABIC_PHONETIC if syllabic else _PHONETIC:
        token = pattern.sub(repl, token)
    return token


@lru_cache(maxsize=None)
def places(lang: str = "en") -> dict[str, "Place"]:
    """lower-case place name in ``lang`` -> the place: its spelling, the keys of its names in other
    languages, and abbreviations in other scripts.

    From ``{lang}/place_names.tsv`` (generated by tools/build_wordlists.py from GeoNames and CLDR)
    and the curated ``{lang}/place_aliases.tsv`` (short forms: "US", "U.S.", "Britain"); built
    once and kept in the user cache (:mod:`tqcheck.compiled`) until the files change.
    """
    import os

    from ..compiled import cached

    root = os.path.join(os.path.dirname(os.path.dirname(__file__)), "data", lang)
    sources = [os.path.join(root, "place_names.tsv"), os.path.join(root, "place_aliases.tsv"), __file__]
    rows = cached(f"places-{lang}", sources, lambda: {k: (p.name, p.keys, p.forms, p.kind) for k, p in _places(lang).items()})
    return {k: Place(*v) for k, v in rows.items()}


def _places(lang: str) -> dict[str, "Place"]:
    out: dict[str, Place] = {}
    for row in table(f"{lang}/place_names.tsv", ("name", "kind", "keys")):
        name = row["name"]
        prev = out.get(name.lower())
        keys = (prev.keys if prev else ()) + (key(name), *row["keys"].split("|"))
        out[name.lower()] = Place(name, tuple(dict.fromkeys(keys)), (), prev.kind if prev else row["kind"])
    for row in table(f"{lang}/place_aliases.tsv", ("name",)):
        name, same = row["name"], row.get("same_as", "")
        base = out.get(same.lower()) if same else out.get(name.lower())
        keys = tuple(k for k in row.get("keys", "").split("|") if k) + (key(name),)
        forms = tuple(f for f in row.get("forms", "").split("|") if f)
        kind = base.kind if base else "alias"
        if base is not None:
            keys, forms = base.keys + keys, base.forms + forms
            if same:
                out[same.lower()] = Place(base.name, tuple(dict.fromkeys(keys)), forms, kind)
        out[name.lower()] = Place(base.name if base else name, tuple(dict.fromkeys(keys)), forms, kind)
    # an alias shares what the place it stands for learned later in the file ("US" / "United States")
    for row in table(f"{lang}/place_aliases.tsv", ("name",)):
        if row.get("same_as") and row["same_as"].lower() in out:
            base = out[row["same_as"].lower()]
            out[row["name"].lower()] = Place(base.name, tuple(dict.fromkeys(base.keys + out[row["name"].lower()].keys)), base.forms, base.kind)
    return out


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    keys: tuple[str, ...]
    #: abbreviations written in another script, matched as they stand ("США")
    forms: tuple[str, ...]
    #: country, region, continent, us-state, big-city (a million people or more), city, alias
    kind: str = "city"


def longest_place(words: list[str], lang: str = "en") -> int:
    """How many of ``words`` (from the first) form the longest known place name; 0 if none."""
    table_ = places(lang)
    for n in range(min(len(words), 5), 0, -1):
        if " ".join(words[:n]).lower() in table_:
            return n
    return 0


#: CLDR codes of the continents
_CONTINENTS = ("002", "142", "150", "009")


@lru_cache(maxsize=64)
def _place_index(lang: str, source_lang: str) -> dict[str, tuple[tuple[str, Place], ...]]:
    """First four letters (spaces removed) of the key of a country, region, continent or big city
    as the source language names it (CLDR, via Babel: "Alemania", "Stany Zjednoczone", "美国";
    cities by the exemplar cities of time zones: "Paryż", "Moscú", "莫斯科"; US states by their
    GeoNames names, for scripts with case; for Japanese, the curated written forms of places
    other than countries: 九州, 欧州) -> (key, place) pairs. Only these: GeoNames' alternate
    names of cities come without a language, and among them too many are ordinary words of some
    language ("Nach", "Como")."""
    from ..cldr import territories, zone_city, zones

    src, en = territories(source_lang), territories(lang)
    if src is None or en is None:
        return {}
    table_ = places(lang)
    index: dict[str, list[tuple[str, Place]]] = {}
    syllabic = source_lang in ("zh", "ja", "ko")
    for code, name in src.items():
        if code.isdigit() and code not in _CONTINENTS:
            continue  # "Eastern Africa", "Americas": regions a translation names in its own way
        place = table_.get(en.get(code, "").lower())
        k = key(name)
        short = len(k.replace(" ", "")) < (6 if syllabic else 4)
        if place is None or (short and not (_KATAKANA_NAME.fullmatch(name) and len(name) >= 3) and not (source_lang == "ja" and regex.fullmatch(r"\p{Han}{2,}", name))):
            continue  # マリ "ma ri" (Mali) is also a name, チリ "chi ri" (Chile) also dust; but イラク is a
            # whole katakana word, and Japanese writes few countries in kanji (日本, 韓国)
        if syllabic:
            k = name  # matched as written: 亚洲 (Asia) is not in 巴伊亚州, though both romanise "ya zhou"
        index.setdefault(k.replace(" ", "")[:4], []).append((k, place))
    if source_lang == "ja":
        # the curated written forms in Japanese script (欧州 Europe, 九州 Kyushu), matched as written;
        # not those of countries (CLDR names them; China's are Chinese: 中日 is also Chunichi)
        for place in {id(p): p for p in table_.values()}.values():
            if place.kind == "country":
                continue
            for f in place.forms:
                if regex.fullmatch(r"[\p{Han}\p{Katakana}ー]{2,}", f):
                    index.setdefault(f[:4], []).append((f, place))
    if not syllabic:
        # US states by their GeoNames names in any language, five letters or more ("Tekhas"):
        # distinctive enough without a language tag (the names of cities are not: "Nach", "Como")
        for place in {id(p): p for p in table_.values()}.values():
            if place.kind == "us-state":
                for k in place.keys:
                    if len(k.replace(" ", "")) >= 5 and k.isascii():
                        index.setdefault(k.replace(" ", "")[:4], []).append((k, place))
    for zone in zones():
        place = table_.get(zone_city(lang, zone).lower())
        if place is None or place.kind not in ("city", "big-city"):
            continue
        name = zone_city(source_lang, zone)
        k = key(name)
        if len(k.replace(" ", "")) < (6 if syllabic else 4):
            continue
        index.setdefault((name if syllabic else k).replace(" ", "")[:4], []).append((name if syllabic else k, place))
    return {h: tuple(v) for h, v in index.items()}


def places_in(
    hay: Haystack, lang: str, source_lang: str, capitalised_only: bool = False, syllabic: bool = False, drop: int = 1
) -> list[tuple[Place, int, int]]:
    """Countries, regions and continents a text in ``source_lang`` names, as (place, first token, end token), longest match first and
    strictly: whole tokens, the last one allowed a short ending (Polish "Stanach" for "Stany",
    Russian "России" for "Россия"). ``capitalised_only``: in scripts with case, a match must
    start at a capitalised word ("kanadyjskich" is an adjective). ``syllabic``: Chinese, Japanese,
    Korean: the source language's own names of places, as written, of two syllables or more.
    ``drop``: how many letters an inflected last letter may replace (0: exact, for Devanagari)."""
    index = _place_index(lang, source_lang)
    if syllabic:
        return [(place, 0, 0) for pairs in index.values() for name, place in pairs if _written_in(name, hay.text)]
    found: list[tuple[Place, int, int]] = []
    i, n = 0, len(hay.tokens)
    while i < n:
        best: tuple[Place, int] | None = None
        if not capitalised_only or hay.capital[i]:
            for head in {"".join(hay.tokens[i : i + 4])[:4]}:
                for k, place in index.get(head, ()):
                    parts = k.split(" ")
                    if syllabic and (len(parts) < 2 or parts != hay.tokens[i : i + len(parts)]):
                        continue
                    if (best is None or len(parts) > best[1]) and _tokens_match(parts, hay.tokens[i : i + len(parts)], drop):
                        best = (place, len(parts))
        if best and not _part_of_longer(hay.tokens, i, best[1], lang):
            found.append((best[0], i, i + best[1]))
            i += best[1]
        elif best:
            i += best[1]
        else:
            i += 1
    return found


@lru_cache(maxsize=None)
def _longer_keys(lang: str) -> dict[str, tuple[str, ...]]:
    """First token -> keys of two tokens or more of any place: a country's name may begin the
    name of another place ("monaco di baviera" is Munich, "nueva zelanda" is not Nueva...)."""
    out: dict[str, set[str]] = {}
    for place in places(lang).values():
        for k in place.keys:
            if " " in k:
                out.setdefault(k.split(" ", 1)[0], set()).add(k)
    return {h: tuple(v) for h, v in out.items()}


def _part_of_longer(tokens_: list[str], i: int, n: int, lang: str) -> bool:
    """The place found at tokens i..i+n is the start of a longer place name there."""
    for k in _longer_keys(lang).get(tokens_[i], ()):
        parts = k.split(" ")
        if len(parts) > n and parts == tokens_[i : i + len(parts)]:
            return True
    return False


def _written_in(name: str, text: str) -> bool:
    """``name`` stands in ``text`` and is not the tail of a longer compass word: 南非 (South
    Africa) is not named in 西南非洲 (south-west Africa); a name in katakana is a whole katakana
    word (イラク, not インド in インドネシア)."""
    kana = _KATAKANA_NAME.fullmatch(name) is not None
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if kana and ((at > 0 and _KATAKANA_NAME.match(text[at - 1])) or (end < len(text) and _KATAKANA_NAME.match(text[end]))):
            pass  # part of a longer katakana word
        elif at == 0 or text[at - 1] not in "东西南北東":
            return True
        at = text.find(name, at + 1)
    return False


_KATAKANA_NAME = lazy(regex, r"[\p{Katakana}ー]+")


def _tokens_match(key_tokens: list[str], text_tokens: list[str], drop: int = 1) -> bool:
    """Each key token is the text token, or its stem (``drop`` letters or fewer off, four or more
    left) with an ending of at most three letters: "stany zjednoczone" / "stanach zjednoczonych",
    and with ``drop`` 2 (Russian) "rossiya" / "rossii"."""
    if len(text_tokens) < len(key_tokens):
        return False
    for k, t in zip(key_tokens, text_tokens):
        if k == t:
            continue
        if len(k) < 4 or not any(t.startswith(k[:-d]) and len(t) - len(k) + d <= 3 for d in range(1, drop + 1) if len(k) - d >= 4):
            return False
    return True
