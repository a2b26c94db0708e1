"""Data derived once from installed packages and kept in the user cache, so start-up does not redo it.

``cached(name, sources, build)`` returns ``build()``'s value (dicts, lists, tuples, sets, strings,
numbers: what :mod:`marshal` writes), stored in ``<cache>/compiled/<name>-<key>.bin``. The key is a
hash of the given source files' paths, sizes and modification times, tqcheck's version and the
Python version, so a new package version or a new tqcheck rebuilds it. Writes are atomic (temporary
file + rename); an unreadable or broken file is rebuilt, and when the cache cannot be written the
value is simply computed each time. The cache directory is that of :mod:`tqcheck.freqtable`.
"""

from __future__ import annotations

import marshal
import os
import sys
import tempfile
from collections.abc import Callable, Iterable
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from . import __version__

try:  # the built-in BLAKE2: importing hashlib would load OpenSSL, 6 ms of a short check
    from _blake2 import blake2b
except ImportError:  # a Python without it
    from hashlib import blake2b

_MAGIC = b"TQC1"


def key_of(text: str) -> str:
    """A short hexadecimal digest of ``text``, for the names of cached files."""
    return blake2b(text.encode(), digest_size=8).hexdigest()


def _key(sources: Iterable[Path | str]) -> str:
    h = blake2b(f"{__version__}|{sys.version}".encode(), digest_size=8)
    for src in sources:
        try:
            st = os.stat(src)
            h.update(f"|{src}:{st.st_size}:{st.st_mtime_ns}".encode())
        except OSError:
            h.update(f"|{src}:missing".encode())
    return h.hexdigest()[:16]


def cached(name: str, sources: Iterable[Path | str], build: Callable[[], Any]) -> Any:
    from .freqtable import cache_root

    try:
        path: Path | None = cache_root() / "compiled" / f"{name}-{_key(sources)}.bin"
    except (OSError, RuntimeError):  # no home directory
        path = None
    if path is not None:
        try:
            data = read_checked(path)
            if data is not None:
                return marshal.loads(data)
        except (ValueError, EOFError, TypeError):
            pass  # broken: rebuilt below
    value = build()
    if path is not None:
        try:
            write_checked(path, marshal.dumps(value))
            prune(path, name)
        except (OSError, ValueError):
            pass  # an unwritable cache: computed again next time
    return value


def read_checked(path: Path) -> bytes | None:
    """The body of a file :func:`write_checked` wrote; None when it is missing, unreadable or
    does not match its digest (half-written by a crashed process, or damaged)."""
    try:
        with open(path, "rb") as fh:
            data = fh.read()
    except OSError:
        return None
    if data[:4] == _MAGIC and blake2b(data[36:], digest_size=32).digest() == data[4:36]:
        return data[36:]
    return None


def write_checked(path: Path, body: bytes) -> None:
    """Write ``body`` atomically with a magic number and its digest, for :func:`read_checked`."""
    atomic_write(path, _MAGIC + blake2b(body, digest_size=32).digest() + body)


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file beside it: a reader sees the old file
    or the new one, never half of one."""
    with atomic_file(path) as fh:
        fh.write(data)


@contextmanager
def atomic_file(path: Path):
    """A binary file (opened for writing and reading back) that replaces ``path`` when the block
    ends without an error: written through a temporary file beside it, removed on an error."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w+b") as fh:
            yield fh
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


#: files of one name kept in the cache: the one just written and the latest of other keys (another
#: checkout or environment sharing the cache uses it); older ones (earlier versions, earlier
#: installs) are removed, so the cache does not grow with every upgrade
KEEP_PER_NAME = 2


def prune(path: Path, stem: str, keep: int = KEEP_PER_NAME) -> None:
    """Remove the files ``<stem>-<16 hex digits>.bin`` beside ``path`` except ``path`` and the most
    recently modified others, ``keep`` in all. Errors (a file another process removed) are ignored."""
    import re

    pattern = re.compile(re.escape(stem) + r"-[0-9a-f]{16}\.bin")
    try:
        others = []
        for entry in os.scandir(path.parent):
            if entry.name != path.name and pattern.fullmatch(entry.name):
                others.append((entry.stat().st_mtime_ns, entry.path))
    except OSError:
        return
    for _, old in sorted(others, reverse=True)[max(0, keep - 1) :]:
        try:
            os.unlink(old)
        except OSError:
            pass


def package_file(module: str, *parts: str) -> str:
    """Path of a file inside an installed package, found without importing it ('' if none)."""
    from importlib.util import find_spec

    try:
        spec = find_spec(module)
    except (ImportError, ValueError):
        return ""
    if spec is None:
        return ""
    if spec.submodule_search_locations:
        return os.path.join(list(spec.submodule_search_locations)[0], *parts)
    return spec.origin or ""


class SortedTable:
    """A read-only mapping of many strings to a few distinct values, loaded in a millisecond.

    A dict of 80,000 keys takes 25 ms to unmarshal, longer than a short document takes to check,
    while a document asks for a few hundred of its keys. Here the keys lie sorted in one string
    with an array of their offsets, the values in another; ``get`` finds a key by bisection. Built
    by :meth:`pack` (a tuple of strings and bytes that :func:`cached` stores as it is) and
    :meth:`unpack`.
    """

    __slots__ = ("_keys", "_key_ends", "_values", "_value_ends", "_which", "_len")

    def __init__(self, keys: str, key_ends, values: str, value_ends, which) -> None:
        self._keys, self._key_ends = keys, key_ends
        self._values, self._value_ends = values, value_ends
        self._which = which
        self._len = len(key_ends)

    @staticmethod
    def pack(mapping: dict[str, str | None]) -> tuple:
        """``mapping`` (keys without a newline) as a tuple :meth:`unpack` reads; None values stay None."""
        from array import array

        keys = sorted(mapping)
        distinct = sorted({v for v in mapping.values() if v is not None})
        index = {v: i for i, v in enumerate(distinct)}
        none = len(distinct)

        def ends(items: list[str]) -> bytes:
            out, at = array("I"), 0
            for item in items:
                at += len(item)
                out.append(at)
            return out.tobytes()

        which = array("I", (index[mapping[k]] if mapping[k] is not None else none for k in keys))
        return ("".join(keys), ends(keys), "".join(distinct), ends(distinct), which.tobytes())

    @classmethod
    def unpack(cls, packed: tuple) -> "SortedTable":
        from array import array

        keys, key_ends, values, value_ends, which = packed
        return cls(keys, array("I", key_ends), values, array("I", value_ends), array("I", which))

    def __len__(self) -> int:
        return self._len

    def _key(self, i: int) -> str:
        return self._keys[self._key_ends[i - 1] if i else 0 : self._key_ends[i]]

    def get(self, key: str, default=None):
        lo, hi = 0, self._len
        while lo < hi:
            mid = (lo + hi) // 2
            if self._key(mid) < key:
                lo = mid + 1
            else:
                hi = mid
        if lo == self._len or self._key(lo) != key:
            return default
        v = self._which[lo]
        if v >= len(self._value_ends):
            return None
        return self._values[self._value_ends[v - 1] if v else 0 : self._value_ends[v]]

    def __contains__(self, key: str) -> bool:
        return self.get(key, _MISSING) is not _MISSING


_MISSING = object()
