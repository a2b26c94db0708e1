"""Files that carry both sides: two-column TSV, gettext PO, XLIFF 1.2 and 2.0.

Each translation unit becomes one line of the target text (line N = unit N, inner line breaks
become spaces) and one paragraph of the source text, so unit-level alignment is exact and
positions in the report read as "unit N, column C".
"""

from __future__ import annotations

from pathlib import Path

from ..errors import InputError
from ..reader import decode, read_text

SUFFIXES = (".tsv", ".po", ".pot", ".xlf", ".xliff")


def _flat(s: str) -> str:
    return " ".join(s.replace("\r", " ").replace("\n", " ").split(" ")).strip()


def _join(units: list[tuple[str, str]]) -> tuple[str, str]:
    units = [(s, t) for s, t in units if t.strip() or s.strip()]
    return "\n".join(_flat(t) for _, t in units), "\n\n".join(_flat(s) for s, _ in units)


def read_tsv(path: Path) -> tuple[str, str]:
    units = []
    for lineno, line in enumerate(read_text(path).splitlines(), start=1):
        if not line.strip():
            continue
        cols = line.split("\t")
        if len(cols) != 2:
            raise InputError(f"{path}:{lineno}: expected two tab-separated columns (source, target), found {len(cols)}")
        units.append((cols[0], cols[1]))
    return _join(units)


def read_po(path: Path) -> tuple[str, str]:
    import polib

    try:
        po = polib.pofile(read_text(path))
    except (OSError, ValueError) as exc:
        raise InputError(f"{path}: not a valid PO file ({exc})") from None
    units = []
    for e in po:
        if e.obsolete or not e.msgid:
            continue
        target = e.msgstr or (e.msgstr_plural.get(0, "") if e.msgstr_plural else "")
        units.append((e.msgid, target))
    return _join(units)


def read_xliff(path: Path) -> tuple[str, str]:
    # the standard library's parser (expat): it never fetches external entities or DTDs, and a file
    # that declares entities is refused before parsing (XLIFF needs none; an entity expanded many
    # times over is the "billion laughs" and quadratic-blowup attack)
    from xml.etree import ElementTree

    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    text = decode(data, str(path))  # NUL bytes and bad UTF-8 give the usual clear errors
    if "<!ENTITY" in text:
        raise InputError(f"{path}: XLIFF that declares XML entities is not read (a translation file needs none)")
    try:
        root = ElementTree.fromstring(data)
    except ElementTree.ParseError as exc:
        raise InputError(f"{path}: not valid XML ({exc})") from None

    def local(el) -> str:
        return el.tag.rpartition("}")[2] if isinstance(el.tag, str) else ""

    def text_of(el) -> str:
        return "".join(el.itertext()) if el is not None else ""

    units = []
    for el in root.iter():
        name = local(el)
        if name in ("trans-unit", "segment"):  # XLIFF 1.2 unit, XLIFF 2.0 segment
            src = next((c for c in el if local(c) == "source"), None)
            tgt = next((c for c in el if local(c) == "target"), None)
            if src is not None:
                units.append((text_of(src), text_of(tgt)))
    if not units:
        raise InputError(f"{path}: no XLIFF translation units found")
    return _join(units)


def read_bilingual(path: Path) -> tuple[str, str]:
    """(target text, source text) of a bilingual file."""
    suffix = path.suffix.lower()
    if suffix == ".tsv":
        return read_tsv(path)
    if suffix in (".po", ".pot"):
        return read_po(path)
    return read_xliff(path)
