"""Read documents from disk: UTF-8 text and Markdown, with clear errors for everything else."""

from __future__ import annotations

import codecs
from pathlib import Path

from .errors import InputError

#: Largest file tqcheck reads (bytes). Larger inputs are refused rather than slowly processed.
MAX_BYTES = 16 * 1024 * 1024

#: File name endings read when a directory is given.
TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".tsv", ".po", ".xlf", ".xliff")


def decode(data: bytes, name: str = "<text>") -> str:
    """Decode ``data`` as UTF-8 (a leading byte-order mark is dropped).

    Offsets everywhere in tqcheck are code-point offsets into the returned string.
    """
    if b"\x00" in data:
        raise InputError(f"{name}: not a text file (it contains NUL bytes)")
    try:
        return codecs.decode(data, "utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise InputError(
            f"{name}: invalid UTF-8 at byte {exc.start} (line {line}); "
            "re-save the file as UTF-8, e.g. iconv -f latin1 -t utf-8"
        ) from None


def read_text(path: str | Path) -> str:
    """Read one file as text, raising InputError with a one-line message on any problem."""
    p = Path(path)
    try:
        if p.is_dir():
            raise InputError(f"{p}: is a directory")
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise InputError(
                f"{p}: file too large ({size / 1048576:.1f} MiB; tqcheck reads at most {MAX_BYTES // 1048576} MiB)"
            )
        data = p.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{p}: no such file") from None
    except PermissionError:
        raise InputError(f"{p}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{p}: cannot read ({exc.strerror or exc})") from None
    return decode(data, str(p))
