"""Read documents from disk: UTF-8 (or UTF-16/32 with a byte-order mark) text and Markdown, with
clear errors for everything else."""

from __future__ import annotations

import codecs
from pathlib import Path

from .errors import InputError

#: Largest file tqcheck reads (bytes). Larger inputs are refused rather than slowly processed.
MAX_BYTES = 16 * 1024 * 1024

#: File name endings read when a directory is given.
TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".tsv", ".po", ".xlf", ".xliff")

#: byte-order marks and their encodings; UTF-32 first (its little-endian mark begins with UTF-16's)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8-sig", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
)


def _fail(name: str, reason: str, line: int | None = None) -> InputError:
    return InputError(f"{name}: {reason}", reason=reason, line=line)


def _looks_utf16(data: bytes) -> str | None:
    """'LE' or 'BE' when ``data`` reads as UTF-16 text without a byte-order mark (a NUL in every
    other byte, the other bytes mostly printable ASCII), else None."""
    if len(data) < 4 or len(data) % 2:
        return None
    sample = data[:4096]
    even, odd = sample[0::2], sample[1::2]
    for zeros, chars, order in ((odd, even, "LE"), (even, odd, "BE")):
        if zeros.count(0) >= 0.9 * len(zeros) and sum(32 <= b < 127 or b in (9, 10, 13) for b in chars) >= 0.9 * len(chars):
            return order
    return None


def decode(data: bytes, name: str = "<text>") -> str:
    """Decode ``data`` as UTF-8, or as UTF-16/UTF-32 when it opens with that byte-order mark (the
    mark is dropped).

    Offsets everywhere in tqcheck are code-point offsets into the returned string.
    """
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            try:
                text = codecs.decode(data, codec)
            except UnicodeDecodeError as exc:
                raise _fail(name, f"invalid {label} at byte {exc.start} (the file opens with a {label} byte-order mark)") from None
            if "\x00" in text:
                raise _fail(name, "not a text file (it contains NUL characters)")
            return text
    if b"\x00" in data:
        order = _looks_utf16(data)
        if order:
            raise _fail(name, f"UTF-16{order} text without a byte-order mark; re-save it as UTF-8, e.g. iconv -f utf-16{order.lower()} -t utf-8")
        raise _fail(name, "not a text file (it contains NUL bytes)")
    try:
        return codecs.decode(data, "utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise _fail(
            name, f"invalid UTF-8 at byte {exc.start} (line {line}); re-save the file as UTF-8, e.g. iconv -f latin1 -t utf-8", line
        ) from None


def read_bytes(path: str | Path) -> bytes:
    """The bytes of one file, raising InputError with a one-line message on any problem."""
    p = Path(path)
    try:
        if p.is_dir():
            raise _fail(str(p), "is a directory")
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise _fail(str(p), f"file too large ({size / 1048576:.1f} MiB; tqcheck reads at most {MAX_BYTES // 1048576} MiB)")
        return p.read_bytes()
    except FileNotFoundError:
        raise _fail(str(p), "no such file") from None
    except PermissionError:
        raise _fail(str(p), "permission denied") from None
    except OSError as exc:
        raise _fail(str(p), f"cannot read ({exc.strerror or exc})") from None


def read_text(path: str | Path) -> str:
    """Read one file as text, raising InputError with a one-line message on any problem."""
    return decode(read_bytes(path), str(path))
