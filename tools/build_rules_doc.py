"""Write docs/rules.md from the rule registry: every rule's code, name, default severity, family,
summary and documentation (its docstring: "What it does", "Why is this bad?", "Example"), as
``tqcheck rules CODE`` prints it.

Run:  python tools/build_rules_doc.py   (after changing a rule's docstring or summary; a test
checks that the committed file is current)
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "rules.md"

HEADER = """\
# Rules

Generated from the rules themselves by `tools/build_rules_doc.py`; `tqcheck rules CODE` prints the
same text. Families: TQ0xx run limits, TQ1xx entity artifacts (names, casing), TQ2xx language
artifacts (untranslated text, calques, punctuation, repetition), TQ3xx back-translation, TQ4xx
source-aware checks. Select and ignore rules by code (`TQ210`), prefix (`TQ1`) or name
(`doubled-word`). Rules marked "needs --source-lang" run only when the source language is given;
TQ4xx rules need the source text ([bilingual.md](bilingual.md)); TQ301 needs back-translation
([backtranslation.md](backtranslation.md)). Rules marked "any language" run on every target
language; the others need a language profile ([languages.md](languages.md)).
"""


def render() -> str:
    sys.path.insert(0, str(ROOT))
    from tqcheck.registry import all_rules

    rules = all_rules()
    out = [HEADER, "| code | name | severity | summary |", "|---|---|---|---|"]
    for r in rules:
        summary = r.summary.replace("|", "\\|")
        out.append(f"| [{r.code}](#{r.code.lower()}-{r.name}) | {r.name} | {r.severity.value} | {summary} |")
    for r in rules:
        notes = [r.severity.value, r.family]
        if r.needs_source_lang:
            notes.append("needs --source-lang")
        if r.neutral:
            notes.append("any language")
        doc = re.sub(r"^## ", "#### ", r.doc, flags=re.M)
        out += ["", f"## {r.code} {r.name}", "", f"*{', '.join(notes)}.* {r.summary}", "", doc]
    return "\n".join(out).rstrip() + "\n"


def main() -> None:
    OUT.parent.mkdir(exist_ok=True)
    OUT.write_text(render(), encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
