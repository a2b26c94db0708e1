"""Word frequencies without loading wordfreq: one memory-mapped table per language in the user cache.

wordfreq reads a language's whole frequency list (gzip + msgpack, ~300,000 words for English) into a
dict on the first look-up: 0.2-0.6 s per language, paid by every process, and most of a pre-commit
hook's run time. This module compiles each list once into a file that is opened with ``mmap`` and
searched in place (an open-addressing hash table; nothing is read into Python objects), so the
first look-up costs about a millisecond.

Identical results: the table answers only for words whose wordfreq look-up is a plain dictionary
look-up — letters of the Latin, Greek or Cyrillic alphabets (no digits, apostrophes, marks or
other scripts; NFC), in a language that wordfreq tokenizes with its regular expression and
normalizes by NFC and case folding alone (not Turkish, Romanian, Serbian, Azerbaijani, CJK or
abjad languages) and whose list wordfreq has under its own code. Such a word is case-folded and
looked up; its Zipf value is the one wordfreq gives a word of the same frequency band (computed
from wordfreq itself when the table is built). Everything else — and every language or word the
table cannot answer for — goes to wordfreq, as before.

The cache file's name carries a hash of the wordfreq data file (path, size, mtime) and of this
format, so a new wordfreq or a new tqcheck builds a new table. It is written atomically
(temporary file + rename); a file that is truncated or otherwise broken is rebuilt, and when the
cache directory cannot be written tqcheck falls back to wordfreq. The directory is
``$TQCHECK_CACHE_DIR``, else ``$XDG_CACHE_HOME/tqcheck``, else ``~/.cache/tqcheck``.
"""

from __future__ import annotations

import hashlib
import marshal
import math
from array import array
import mmap
import os
import struct
import sys
import unicodedata
import zlib
from pathlib import Path

#: bump when the file layout or the rules of what the table may answer change
FORMAT = 2
_MAGIC = b"TQZF"
# magic, format, plain flag, slot count, bucket count, blob offset, blob size, safe-letter count
_HEADER = struct.Struct("<4sIIIIIII")
_EMPTY = 0xFFFFFFFF


def cache_root() -> Path:
    if os.environ.get("TQCHECK_CACHE_DIR"):
        return Path(os.environ["TQCHECK_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "tqcheck"


def _wordfreq_data_file(lang: str) -> Path | None:
    """The list wordfreq uses for ``lang`` when it has one under exactly that code ('best': large, else small)."""
    from importlib.util import find_spec

    spec = find_spec("wordfreq")
    if spec is None or not spec.submodule_search_locations:
        return None
    data = Path(list(spec.submodule_search_locations)[0]) / "data"
    for name in (f"large_{lang}.msgpack.gz", f"small_{lang}.msgpack.gz"):
        if (data / name).is_file():
            return data / name
    return None


class Table:
    """A compiled frequency table, searched in place in its memory map."""

    def __init__(self, raw) -> None:
        magic, fmt, plain, nslots, nbuckets, blob_off, blob_size, nsafe = _HEADER.unpack_from(raw, 0)
        if magic != _MAGIC or fmt != FORMAT:
            raise ValueError("not a tqcheck frequency table of this format")
        pos = _HEADER.size
        self.plain = bool(plain)
        self.zipf_of = struct.unpack_from(f"<{nbuckets}d", raw, pos)
        pos += 8 * nbuckets
        safe = bytes(raw[pos : pos + 4 * nsafe])
        self.safe = frozenset(chr(c) for c in struct.unpack(f"<{nsafe}I", safe))
        pos += 4 * nsafe
        if len(raw) < blob_off + blob_size or pos + 4 * nslots != blob_off or (nslots & (nslots - 1)):
            raise ValueError("truncated or inconsistent frequency table")
        self._extras_at = blob_off + blob_size
        self._extras: dict | None = None
        self._raw = raw
        self._slots = memoryview(raw)[pos:blob_off].cast("I") if nslots else None
        self._mask = nslots - 1
        self._blob = blob_off

    def answers(self, word: str) -> bool:
        """True when wordfreq's look-up of ``word`` is a plain look-up of ``word.casefold()``."""
        return self.plain and word.isalpha() and self.safe.issuperset(word) and unicodedata.is_normalized("NFC", word)

    @property
    def extras(self) -> dict:
        """Each band's raw frequency and wordfreq's digit-sequence factors (read on first need)."""
        if self._extras is None:
            extras = marshal.loads(bytes(self._raw[self._extras_at :]))
            if not isinstance(extras, dict) or len(extras.get("raw", ())) != len(self.zipf_of):
                raise ValueError("broken frequency table")
            self._extras = extras
        return self._extras

    def zipf(self, word: str) -> float | None:
        """wordfreq's Zipf value of ``word``, or None when the table cannot say exactly.

        Answers plain words (see :meth:`answers`), and words whose parts are plain words or ASCII
        digit runs joined by hyphens ("well-known", "covid-19", "1850"): wordfreq looks each part up
        and combines them, as done here with its own band frequencies and digit factors."""
        if not self.plain:
            return None
        if self.answers(word):
            band = self.bucket(word.casefold())
            return 0.0 if band is None else self.zipf_of[band]
        if not word.isascii() and not unicodedata.is_normalized("NFC", word):
            return None
        if "'" in word or "’" in word:
            # one apostrophe between letters: one token for wordfreq, looked up with a straight
            # apostrophe ("regime’s", "don't", "it's", "l’homme"), except that a straight apostrophe
            # after one or two letters and before a vowel or "h" splits the word in two, as
            # wordfreq's tokenizer does for French elision ("l'homme" -> "l", "homme")
            head, _, tail = word.replace("’", "'").partition("'")
            if not (head.isalpha() and tail.isalpha() and self.safe.issuperset(head) and self.safe.issuperset(tail)):
                return None
            if len(head) <= 2 and "'" in word and tail[0] in _ELISION_VOWELS:
                bands = (self.bucket(head.casefold()), self.bucket(tail.casefold()))
                if None in bands:
                    return 0.0
                return _combine([self.extras["raw"][b] for b in bands])
            band = self.bucket(f"{head}'{tail}".casefold())
            return 0.0 if band is None else self.zipf_of[band]
        parts = [p for p in word.split("-") if p]
        if not parts:
            return None
        freqs = []
        for part in parts:
            if part.isascii() and part.isdigit():
                if len(part) == 1 or not part.strip("0"):  # "7", "00": looked up as written
                    band = self.bucket(part)
                    factor = 1.0
                else:
                    band = self.bucket("0" * len(part))
                    factor = self.extras["year" if len(part) == 4 else "benford"].get(part if len(part) == 4 else f"{len(part)}:{part[0]}")
                    if factor is None:
                        return None
            elif part.isalpha() and self.safe.issuperset(part):
                band, factor = self.bucket(part.casefold()), 1.0
            else:
                return None
            if band is None:
                return 0.0  # wordfreq: any part missing gives the minimum
            freq = self.extras["raw"][band]
            freqs.append(freq * factor if factor != 1.0 else freq)
        return _combine(freqs)

    def bucket(self, key: str) -> int | None:
        """The centibel band of ``key`` (already case-folded), None when the list lacks it."""
        if self._slots is None:
            return None
        data = key.encode("utf-8")
        raw, slots, mask = self._raw, self._slots, self._mask
        i = zlib.crc32(data) & mask
        while True:
            off = slots[i]
            if off == _EMPTY:
                return None
            start = self._blob + off
            n = raw[start] | (raw[start + 1] << 8)
            if raw[start + 4 : start + 4 + n] == data:
                return raw[start + 2] | (raw[start + 3] << 8)
            i = (i + 1) & mask


#: the letters after which wordfreq's tokenizer splits "l'", "qu'" from the word (its INITIAL_VOWEL_EXPR)
_ELISION_VOWELS = frozenset("AEHIOUYÁÉÍÓÚÀÈÌÒÙÂÊÎÔÛÅÏÖŒaehiouyáéíóúàèìòùâêîôûåïöœ")


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


def _safe_letters(lang: str) -> list[int]:
    """Letters whose wordfreq tokenization is their case fold, alone and inside a word."""
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
                out.append(cp)
        except Exception:  # noqa: BLE001 - a letter wordfreq cannot take is simply not safe
            continue
    return out


def _compile(lang: str) -> bytes:
    """Build the table file's bytes for ``lang`` from wordfreq."""
    import wordfreq
    from wordfreq.language_info import get_language_info

    info = get_language_info(lang)
    plain = (
        info["tokenizer"] == "regex" and info["normal_form"] == "NFC" and not info["remove_marks"]
        and not info["dotless_i"] and info["diacritics_under"] is None and info["transliteration"] is None
        and info["lookup_transliteration"] is None
    )
    if not plain:
        return _HEADER.pack(_MAGIC, FORMAT, 0, 0, 0, _HEADER.size, 0, 0)
    pack = wordfreq.get_frequency_list(lang)
    safe = _safe_letters(lang)
    safe_chars = frozenset(map(chr, safe))
    # The Zipf value of each band, as wordfreq computes it: from a word of the band that it looks up
    # plainly, else from its own conversion functions (a band of words with digits or apostrophes).
    band_of: dict[str, int] = {}
    for index, band in enumerate(pack):
        for w in band:
            band_of[w] = index  # a word listed twice has its last band, as in wordfreq's dict
    zipf_of = []
    for index, band in enumerate(pack):
        word = next((w for w in band if band_of[w] == index and w.isalpha() and safe_chars.issuperset(w) and w == w.casefold()), None)
        zipf_of.append(wordfreq.zipf_frequency(word, lang) if word is not None else _band_zipf(index))
    nslots = 1
    while nslots < 2 * len(band_of):
        nslots *= 2
    slots = array("I", [_EMPTY]) * nslots
    blob = bytearray()
    mask = nslots - 1
    for w, index in band_of.items():
        data = w.encode("utf-8")
        if len(data) > 0xFFFF:
            continue
        i = zlib.crc32(data) & mask
        while slots[i] != _EMPTY:
            i = (i + 1) & mask
        slots[i] = len(blob)
        blob += struct.pack("<HH", len(data), index) + data
    from wordfreq.numbers import digit_freq

    extras = {
        "raw": [wordfreq.cB_to_freq(-index) for index in range(len(pack))],
        "year": {f"{y:04d}": digit_freq(f"{y:04d}") for y in range(10000)},
        "benford": {f"{n}:{d}": digit_freq(str(d) + "0" * (n - 1)) for n in range(2, 41) if n != 4 for d in range(10)},
    }
    head_size = _HEADER.size + 8 * len(zipf_of) + 4 * len(safe)
    blob_off = head_size + 4 * nslots
    return b"".join(
        (
            _HEADER.pack(_MAGIC, FORMAT, 1, nslots, len(zipf_of), blob_off, len(blob), len(safe)),
            struct.pack(f"<{len(zipf_of)}d", *zipf_of),
            struct.pack(f"<{len(safe)}I", *safe),
            slots.tobytes(),
            bytes(blob),
            marshal.dumps(extras),
        )
    )


def _band_zipf(index: int) -> float:
    """wordfreq's Zipf value of a single-token word in band ``index`` (its _word_frequency rounding)."""
    import math

    from wordfreq import cB_to_freq, freq_to_zipf, zipf_to_freq

    freq = 1.0 / (1.0 / cB_to_freq(-index))
    unrounded = max(freq, zipf_to_freq(0.0))
    freq = round(unrounded, math.floor(-math.log(unrounded, 10)) + 3)
    return round(freq_to_zipf(freq), 2)


def _key(source: Path) -> str:
    st = source.stat()
    return hashlib.sha256(f"{FORMAT}|{source}|{st.st_size}|{st.st_mtime_ns}|{sys.byteorder}".encode()).hexdigest()[:16]


def _open(path: Path) -> Table:
    with open(path, "rb") as fh:
        size = os.fstat(fh.fileno()).st_size
        raw = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) if size else b""
    return Table(raw)


def load(lang: str) -> Table | None:
    """The table of ``lang``, built on first use; None when wordfreq has no list under that code,
    or the table can neither be read nor written (the caller then asks wordfreq)."""
    if sys.byteorder != "little":  # the slot array is read with the machine's own order
        return None
    source = _wordfreq_data_file(lang)
    if source is None:
        return None
    try:
        path: Path | None = cache_root() / "lexicon" / f"zipf-{lang}-{_key(source)}.bin"
    except (OSError, RuntimeError):  # no home directory: build the table in memory
        path = None
    if path is not None:
        try:
            return _open(path)
        except (OSError, ValueError, struct.error):
            pass  # missing or broken: (re)build it
    try:
        data = _compile(lang)
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
