"""Every check path answers word frequencies from compiled tables: wordfreq's lists are never loaded
while checking (a first run compiles the tables it needs; later runs do not even import wordfreq)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from conftest import ROOT, SEED

ENGLISH = """\
Weiterlesen

The minister Wladimir Lawrow met Sergej Schoigu in Moskau on 3 de marzo 2024, también with covid-19
experts from the Bundesamt. The l'homme du jour said: «Leer más» and it's a well-known problem.
Related articles: 相关文章 and समाचार and Москва, the naïve café in Kraków near Łódź (Mostrar original).
"""

FRENCH = """\
Le ministre a dit que the new policy will start bientôt. Lire aussi : les nouvelles mesures.
Vladimir Poutine et Sergueï Lavrov ont rencontré des journalistes à Kyiv en 2023.
"""

GERMAN = "Der Präsident sagte, dass die Regierung das Gesetz about taxes im März ändern will. Weiterlesen\n"

PO = """\
msgid ""
msgstr "Content-Type: text/plain; charset=UTF-8\\n"

msgid "在食用受污染宠物食品后死亡的宠物的尿样中，均发现了氰尿酸和三聚氰胺。"
msgstr "Both cyanuric acid and melamine were found in urine samples from pets, también 相关的 ones."

msgid "北京是中国的首都。"
msgstr "Beijing is the capital of China (Pekín), said Wang Yi."
"""

XLIFF = """<?xml version="1.0"?><xliff version="1.2"><file source-language="de" target-language="en"><body>
<trans-unit id="1"><source>Der Präsident sprach.</source><target>The Präsident spoke about the Wirtschaftsstandort.</target></trans-unit>
</body></file></xliff>"""

SCRIPT = r"""
import json, sys
calls = []
if sys.argv[1] == "record":
    import wordfreq  # a cold cache compiles tables from wordfreq's files: its loaders must stay unused
    for name in ("get_frequency_dict", "get_frequency_list", "read_cBpack", "word_frequency", "zipf_frequency", "iter_wordlist"):
        real = getattr(wordfreq, name)
        setattr(wordfreq, name, lambda *a, _n=name, _r=real, **k: (calls.append(_n), _r(*a, **k))[1])
from tqcheck.pipeline import check, check_text
d = sys.argv[2]
out = []
for paths, opts in [
    ([d + "/seed.txt"], {"source_lang": "es"}),
    ([d + "/en.txt", d + "/page.md"], {}),
    ([d + "/en.txt"], {"source_lang": "ru"}),
    ([d + "/fr.txt"], {"target_lang": "fr"}),
    ([d + "/fr.txt"], {"target_lang": "fr", "source_lang": "en"}),
    ([d + "/de.txt"], {"target_lang": "de", "source_lang": "en"}),
    ([d + "/zh.po", d + "/de.xlf", d + "/pairs.tsv"], {}),
    ([d + "/zh.po"], {"source_lang": "zh"}),
]:
    report = check(paths, backtranslate=False, **opts)
    out += [f.to_dict() for f in report.findings]
for src in ("tr", "ro", "sr", "ar", "hi", "pl", "ja"):
    out += [f.to_dict() for f in check_text(open(d + "/en.txt", encoding="utf-8").read(), source_lang=src).findings]
print(json.dumps({"findings": out, "calls": calls, "imported": "wordfreq" in sys.modules}))
"""


def _run(mode: str, tmp_path, cache) -> dict:
    env = {**os.environ, "TQCHECK_CACHE_DIR": str(cache), "PYTHONPATH": str(ROOT)}
    proc = subprocess.run([sys.executable, "-c", SCRIPT, mode, str(tmp_path)], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def test_no_check_path_loads_wordfreqs_lists(tmp_path):
    (tmp_path / "seed.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "en.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "page.md").write_text("# Weiterlesen\n\n" + ENGLISH, encoding="utf-8")
    (tmp_path / "fr.txt").write_text(FRENCH, encoding="utf-8")
    (tmp_path / "de.txt").write_text(GERMAN, encoding="utf-8")
    (tmp_path / "zh.po").write_text(PO, encoding="utf-8")
    (tmp_path / "de.xlf").write_text(XLIFF, encoding="utf-8")
    (tmp_path / "pairs.tsv").write_text("Leer más\tLeer más\nDer Präsident\tThe Präsident\n", encoding="utf-8")
    cache = tmp_path / "cache"
    cold = _run("record", tmp_path, cache)
    assert cold["calls"] == []  # the tables were compiled from wordfreq's files, not its loaders
    assert cold["findings"]  # the texts do exercise the rules
    assert {f["rule"] for f in cold["findings"]} >= {"TQ201"}
    warm = _run("plain", tmp_path, cache)
    assert warm["imported"] is False  # with the tables compiled, wordfreq is not even imported
    assert warm["findings"] == cold["findings"]
    # the cache holds full tables of the languages the inputs are in, and perhaps one a name's
    # spelling points to; guessing the language of words used the small tables tqcheck carries
    tables = {p.name.split("-")[1] for p in (cache / "lexicon").glob("zipf-*.bin")}
    inputs = {"en", "es", "fr", "de", "ru", "zh", "tr", "ro", "sr", "ar", "hi", "pl", "ja"}
    assert len(tables - inputs) <= 1, tables
    assert {p.name.split("-")[1] for p in (cache / "lexicon").glob("guess-*.bin")} >= {"cs", "sv", "nl", "it"}
