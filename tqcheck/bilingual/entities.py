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

_SYLLABIC = r"\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}ー々"
_TOKENS = regex.compile(rf"[{_SYLLABIC}]|[\p{{L}}\p{{M}}]+")
_NON_ASCII_LETTER = regex.compile(r"[^a-z]+")


#: anyascii marks Devanagari nukta letters with an apostrophe: ड़ "d'" is a flapped r, ज़ "j'" a z
_NUKTA = regex.compile(r"dh'|d'|j'|ph'")
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


def key(text: str) -> str:
    """The space-joined tokens of a name: ``"Monaco di Baviera"`` -> ``"monaco di baviera"``."""
    return " ".join(tokens(text))


class Haystack:
    """A text's tokens prepared for whole-token and inflection-tolerant look-ups."""

    def __init__(self, text: str) -> None:
        self.tokens = tokens(text)
        self.joined = " " + " ".join(self.tokens) + " "
        self.compact = "".join(self.tokens)
        self.skeletons = {skeleton(t) for t in self.tokens}
        self.compact_skeleton = "".join(skeleton(t) for t in self.tokens)
        self.syllabic_skeleton = skeleton(self.compact, syllabic=True)

    def sounds_like(self, word_key: str, *, anywhere: bool = False) -> bool:
        """A token of the text has the same consonant skeleton as ``word_key``, or one of 3+
        consonants that starts with it (an inflected form), or one edit away from a skeleton of 5+
        consonants ("kplts" / "kpltj"); ``anywhere``: any part (2+ consonants) of the
        whole text's skeleton (scripts that write a name in pieces, or drop its vowels)."""
        sk = skeleton(word_key.replace(" ", ""))
        if anywhere:
            if len(sk) < 2 or sk in self.compact_skeleton:
                return True  # "Huawei", "Giza": too few consonants to tell
            return len(sk) >= 5 and regex.search(f"(?:{regex.escape(sk)}){{e<=1}}", self.compact_skeleton) is not None
        if len(sk) < 3:
            return len(sk) == 2 and sk in self.skeletons  # "dowden" / "dauden": the whole word
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
        """The consonant skeleton of ``word_key`` is part of the text's, perhaps without a final l,
        n or s, or within one edit of a part for four consonants or more (two for six), both
        folded for scripts that write foreign names by sound ("Trump" and 特朗普 "te lang pu",
        "Duvall" and デュバル "de yu ba ru")."""
        sk = skeleton(word_key.replace(" ", ""), syllabic=True)
        if len(sk) < 2:
            return True  # "Bahia": too few consonants to tell
        text = self.syllabic_skeleton
        if sk in text or (len(sk) >= 3 and sk[-1] in "lns" and sk[:-1] in text):
            return True  # a final l, n or s is often not written ("Whitmer" 惠特默 "hui te mo")
        if len(sk) < 4:
            return False
        edits = 1 if len(sk) < 6 else 2
        return regex.search(f"(?:{regex.escape(sk)}){{e<={edits}}}", text) is not None

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


_PHONETIC = [(regex.compile(a), b) for a, b in (
    (r"tz|tts", "ts"), (r"dzh|dj|zh|z", "j"), (r"(?<!n)g(?=[ie])", "j"), (r"ph", "f"), (r"([kgtdbpcs])h", r"\1"), (r"ck|q|c", "k"),
    (r"x", "ks"), (r"m(?=[bcdfgjklpqrstvxz])", "n"), (r"[aeiouyhvw]+", ""), (r"(.)\1+", r"\1"),
)]


#: for Chinese, Japanese and Korean, which write a foreign name by its sounds: voiced and voiceless
#: stops are one ("Hopkins" 霍普金斯 "huo pu jin si"), so are l and r, v and b, m, n and a final
#: ng ("Timbuktu" 廷巴克图 "ting ba ke tu"); no soft g
_SYLLABIC_PHONETIC = [(regex.compile(a), b) for a, b in (
    (r"v", "b"), (r"ph", "f"), (r"tz|tts|ts", "s"), (r"c(?=[eiy])", "s"), (r"([kgtdbpcsz])h", r"\1"), (r"ck|q|c", "k"),
    (r"ng(?![aeiou])", "n"), (r"m", "n"), (r"x", "s"), (r"z", "s"), (r"[jg]", "k"), (r"d", "t"), (r"b", "p"), (r"r", "l"), (r"[aeiouyhw]+", ""), (r"(.)\1+", r"\1"),
)]


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
    and the curated ``{lang}/place_aliases.tsv`` (short forms: "US", "U.S.", "Britain").
    """
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
