"""Files that carry both sides: two-column TSV, gettext PO, XLIFF 1.2 and 2.0.

Each translation unit becomes one line of the target text (inner line breaks become spaces) and
one paragraph of the source text, so unit-level alignment is exact. A :class:`~tqcheck.locator.Locator`
maps the target text back to the file, so a finding's line and column are those of the ``msgstr``
string, the ``<target>`` text or the TSV cell, and it names the unit (``msgid``, unit ``id``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from ..locator import Locator, Mapped
from ..reader import decode, read_bytes, read_text
from ..patterns import lazy

SUFFIXES = (".tsv", ".po", ".pot", ".xlf", ".xliff")

_LINE = lazy(re, r"[^\r\n]*(?:\r\n|\n|\r|$)")


@dataclass
class Bilingual:
    """What a bilingual file holds: the target text, the source text and where each came from."""

    text: str
    source_text: str
    locator: Locator
    #: the target language the file declares (PO ``Language``, XLIFF ``target-language``/``trgLang``)
    target_lang: str | None = None


def _fail(path: Path, reason: str, line: int | None = None) -> InputError:
    where = f"{path}:{line}" if line is not None else str(path)
    return InputError(f"{where}: {reason}", reason=reason, line=line)


def _join(path_text: str, units: list[tuple[str, Mapped, str | None, int | None]], declared: str | None = None) -> Bilingual:
    """``units``: (source, target as a Mapped string, unit name, file offset after the target)."""
    locator = Locator(path_text)
    targets: list[str] = []
    sources: list[str] = []
    offset = 0
    for source, target, name, end_at in units:
        flat, pieces = target.flattened()
        if not flat and not source.strip():
            continue
        if targets:
            offset += 1  # the line break before this unit
        locator.add_unit(offset, len(flat), name, pieces, end_at)
        targets.append(flat)
        sources.append(" ".join(source.replace("\r", " ").replace("\n", " ").split(" ")).strip())
        offset += len(flat)
    return Bilingual("\n".join(targets), "\n\n".join(sources), locator, declared)


def read_tsv(path: Path) -> Bilingual:
    raw = read_text(path)
    units = []
    for lineno, m in enumerate(_LINE.finditer(raw), start=1):
        line = m.group().rstrip("\r\n")
        if not line.strip():
            if m.end() >= len(raw):
                break
            continue
        cols = line.split("\t")
        if len(cols) != 2:
            raise _fail(path, f"expected two tab-separated columns (source, target), found {len(cols)}", lineno)
        target = Mapped()
        target.linear(cols[1], m.start() + len(cols[0]) + 1)
        units.append((cols[0], target, None, m.start() + len(line)))
        if m.end() >= len(raw):
            break
    return _join(raw, units)


_PO_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "v": "\v", "b": "\b", "f": "\f", "\\": "\\", '"': '"'}


def _po_string(raw: str, line_start: int, line_end: int, out: Mapped) -> bool:
    """Append the quoted string on raw[line_start:line_end] (escapes decoded as polib does) to ``out``."""
    i = raw.find('"', line_start, line_end)
    if i < 0:
        return False
    i += 1
    run = i
    while i < line_end:
        # jump to the next quote or backslash (most strings have no escape: one find each)
        quote = raw.find('"', i, line_end)
        slash = raw.find("\\", i, quote if quote >= 0 else line_end)
        if slash < 0:
            if quote < 0:
                break
            out.linear(raw[run:quote], run)
            return True
        i = slash
        if i + 1 >= line_end:
            break
        out.linear(raw[run:i], run)
        nxt = raw[i + 1]
        if nxt in _PO_ESCAPES:
            out.escaped(_PO_ESCAPES[nxt], i, 2)
        else:  # polib keeps an unknown escape as it is
            out.linear(raw[i : i + 2], i)
        i += 2
        run = i
    out.linear(raw[run:line_end], run)
    return True


def _po_target(raw: str, lines: list[tuple[int, int]], first: int, plural: bool) -> tuple[Mapped, int] | None:
    """The msgstr (or msgstr[0]) of the entry that starts on line index ``first``: the decoded
    string with its file positions, and the file offset where its last string ends."""
    keyword = "msgstr[0]" if plural else "msgstr"
    i = max(first, 0)
    while i < len(lines):
        a, b = lines[i]
        stripped = raw[a:b].lstrip()
        if stripped.startswith(keyword) and stripped[len(keyword) : len(keyword) + 1] in (" ", "\t", '"'):
            break
        i += 1
    else:
        return None
    out = Mapped()
    a, b = lines[i]
    start = a + raw[a:b].index(keyword) + len(keyword)
    if not _po_string(raw, start, b, out):
        return None
    end = raw.rfind('"', start, b)
    i += 1
    while i < len(lines):
        a, b = lines[i]
        if not raw[a:b].lstrip().startswith('"'):
            break
        _po_string(raw, a, b, out)
        end = raw.rfind('"', a, b)
        i += 1
    return out, end


def _unit_name(msgid: str, msgctxt: str | None) -> str:
    return msgid if not msgctxt else f"{msgid} (msgctxt: {msgctxt})"


def read_po(path: Path) -> Bilingual:
    import polib

    raw = read_text(path)
    try:
        po = polib.pofile(raw)
    except (OSError, ValueError) as exc:
        line = re.search(r"line (\d+)", str(exc))
        raise _fail(path, f"not a valid PO file ({exc})", int(line.group(1)) if line else None) from None
    # polib counts lines as str.splitlines does
    lines: list[tuple[int, int]] = []
    pos = 0
    for piece in raw.splitlines(keepends=True):
        content = piece.rstrip("\r\n\v\f\x1c\x1d\x1e\x85\u2028\u2029")
        lines.append((pos, pos + len(content)))
        pos += len(piece)
    units = []
    for e in po:
        if e.obsolete or not e.msgid:
            continue
        plural = not e.msgstr and bool(e.msgstr_plural)
        target = e.msgstr or (e.msgstr_plural.get(0, "") if e.msgstr_plural else "")
        found = _po_target(raw, lines, (e.linenum or 1) - 1, plural)
        if found is not None and found[0].text == target:
            mapped, end = found
        else:  # not where it was looked for: every position of the unit is its msgstr line
            mapped = Mapped()
            at = lines[min(max((e.linenum or 1) - 1, 0), len(lines) - 1)][0] if lines else 0
            mapped.escaped(target, at, 1)
            end = at
        units.append((e.msgid, mapped, _unit_name(e.msgid, e.msgctxt), end))
    declared = (po.metadata.get("Language") or "").strip() or None
    return _join(raw, units, declared)


def read_xliff(path: Path) -> Bilingual:
    # expat (the standard library's parser): it never fetches external entities or DTDs, and a file
    # that declares entities is refused before parsing (XLIFF needs none; an entity expanded many
    # times over is the "billion laughs" and quadratic-blowup attack)
    from xml.parsers import expat

    text = decode(read_bytes(path), str(path))  # NUL bytes and bad encodings give the usual clear errors
    if "<!ENTITY" in text:
        raise _fail(path, "XLIFF that declares XML entities is not read (a translation file needs none)")
    data = text.encode("utf-8")
    parser = expat.ParserCreate(encoding="utf-8")  # the text is decoded already, whatever the declaration says

    def refuse(*_args):
        raise _fail(path, "XLIFF that declares XML entities is not read (a translation file needs none)")

    parser.EntityDeclHandler = refuse
    # byte index -> character offset, read forwards as the events come in order
    cursor = [0, 0]

    def char_offset(byte_index: int) -> int:
        b, c = cursor
        if byte_index >= b:
            c += len(data[b:byte_index].decode("utf-8", "replace"))
        else:
            c = len(data[:byte_index].decode("utf-8", "replace"))
        cursor[0], cursor[1] = byte_index, c
        return c

    units: list[tuple[str, Mapped, str | None, int | None]] = []
    stack: list[str] = []
    declared: list[str] = []
    state: dict = {"unit_id": None, "current": None, "capture": None, "depth": 0, "end": None}

    def local(tag: str) -> str:
        return tag.rpartition(":")[2]

    def start(tag: str, attrs: dict) -> None:
        name = local(tag)
        if state["capture"] is not None:
            state["depth"] += 1
        elif name in ("source", "target") and stack and stack[-1] in ("trans-unit", "segment") and state["current"] is not None:
            state["capture"] = name
            state["depth"] = 1
            state["current"][name] = Mapped() if name == "target" else []
        elif name == "unit":
            state["unit_id"] = attrs.get("id")
        elif name in ("trans-unit", "segment"):
            uid = attrs.get("id") if name == "trans-unit" else state["unit_id"]
            if name == "segment" and attrs.get("id"):
                uid = f"{uid} segment {attrs['id']}" if uid else attrs["id"]
            state["current"] = {"id": uid, "source": None, "target": None, "end": None}
        if name == "file" and not declared:
            lang = attrs.get("target-language")
            if lang:
                declared.append(lang)
        elif name == "xliff" and attrs.get("trgLang"):
            declared.append(attrs["trgLang"])
        stack.append(name)

    def end(tag: str) -> None:
        name = stack.pop() if stack else local(tag)
        if state["capture"] is not None:
            state["depth"] -= 1
            if state["depth"] == 0:
                if state["capture"] == "target":
                    state["current"]["end"] = char_offset(parser.CurrentByteIndex)
                state["capture"] = None
            return
        if name in ("trans-unit", "segment") and state["current"] is not None:
            cur = state["current"]
            if cur["source"] is not None:
                target = cur["target"] if cur["target"] is not None else Mapped()
                units.append(("".join(cur["source"]), target, cur["id"], cur["end"]))
            state["current"] = None
        elif name == "unit":
            state["unit_id"] = None

    def chars(s: str) -> None:
        what = state["capture"]
        if what is None:
            return
        if what == "source":
            state["current"]["source"].append(s)
            return
        at = char_offset(parser.CurrentByteIndex)
        target: Mapped = state["current"]["target"]
        if text.startswith(s, at):
            target.linear(s, at)
        elif text.startswith("&", at):
            semi = text.find(";", at)
            target.escaped(s, at, (semi - at + 1) if semi > 0 else 1)
        elif text.startswith("\r\n", at):
            target.escaped(s, at, 2)
        else:
            target.escaped(s, at, 1)

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = chars
    try:
        parser.Parse(data, True)
    except expat.ExpatError as exc:
        raise _fail(path, f"not valid XML ({exc})", getattr(exc, "lineno", None)) from None
    if not units:
        raise _fail(path, "no XLIFF translation units found")
    return _join(text, units, declared[0] if declared else None)


def read_bilingual(path: Path) -> Bilingual:
    """The target text, source text and positions of a bilingual file."""
    suffix = path.suffix.lower()
    if suffix == ".tsv":
        return read_tsv(path)
    if suffix in (".po", ".pot"):
        return read_po(path)
    return read_xliff(path)
