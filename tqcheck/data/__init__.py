"""Word lists and tables shipped with tqcheck, loaded once per process."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

#: the package's data directory. tqcheck is installed as files (pip unpacks wheels), and a path is
#: what memory-mapped tables and the compiled cache's keys need; importlib.resources would cost a
#: short check 9 ms of imports (tempfile, shutil, zipfile) for nothing.
ROOT = Path(__file__).resolve().parent


class DataFileError(ValueError):
    """A data file line that cannot be parsed; the message names the file and line."""


def data_file(relpath: str) -> Path:
    """The path of a data file ("en/ordinary.txt"), whether or not it exists."""
    return ROOT.joinpath(*relpath.split("/"))


def _read(relpath: str) -> str | None:
    try:
        return data_file(relpath).read_text("utf-8")
    except (FileNotFoundError, NotADirectoryError):
        return None


#: lists at least this large are parsed once and kept in the user cache (:mod:`tqcheck.compiled`)
_CACHED_LIST_BYTES = 32_000


@lru_cache(maxsize=None)
def word_list(relpath: str) -> frozenset[str]:
    """A one-entry-per-line list (``#`` starts a comment), lower-cased; empty if the file does not exist."""
    import os

    path = str(data_file(relpath))
    try:
        big = os.path.getsize(path) >= _CACHED_LIST_BYTES
    except OSError:
        big = False
    if big:
        from ..compiled import cached

        # kept as a sorted tuple: marshal writes a set's items sorted by their own encoding (slow:
        # a fair part of a first run); the set made from the tuple costs about what loading it did
        return frozenset(cached(f"list-{relpath.replace('/', '-')}", [path, __file__], lambda: tuple(sorted(_parse_list(relpath)))))
    return _parse_list(relpath)


def _parse_list(relpath: str) -> frozenset[str]:
    raw = _read(relpath) or ""
    out = set()
    for line in raw.splitlines():
        if "#" in line:
            line = line.split("#", 1)[0]
        line = line.strip()
        if line:
            out.add(line.lower())
    return frozenset(out)


def iter_rows(raw: str, name: str, required: tuple[str, ...]):
    """(line number, row dict) of a tab-separated table whose header names at least ``required``.

    Lines starting with ``#`` and blank lines are skipped; a header lacking a required column
    raises DataFileError naming the file and line.
    """
    header: list[str] | None = None
    for lineno, line in enumerate(raw.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if header is None:
            header = cells
            missing = [c for c in required if c not in header]
            if missing:
                raise DataFileError(f"{name}:{lineno}: header lacks column(s) {', '.join(missing)}")
            continue
        yield lineno, dict(zip(header, cells))


@lru_cache(maxsize=None)
def table(relpath: str, columns: tuple[str, ...]) -> tuple[dict[str, str], ...]:
    """A tab-separated table (see :func:`iter_rows`) as row dicts; a row with an empty required
    column raises DataFileError naming the file and line. Empty if the file does not exist."""
    raw = _read(relpath)
    if raw is None:
        return ()
    rows: list[dict[str, str]] = []
    for lineno, row in iter_rows(raw, relpath, columns):
        empty = [c for c in columns if not row.get(c)]
        if empty:
            raise DataFileError(f"{relpath}:{lineno}: empty column(s) {', '.join(empty)}")
        rows.append(row)
    return tuple(rows)
