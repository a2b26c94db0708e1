"""Regenerate tqcheck/data/guess_zipf.zip: the common words of the languages TQ201 guesses from.

With no source language, TQ201 asks every candidate language (``_GUESS_LANGS`` in
tqcheck/rules/untranslated.py, and English) how common a word is, and only a value of at least
3.0 on the Zipf scale counts (``GUESS_FLOOR`` in tqcheck/lexicon.py). Reading and compiling a
dozen whole wordfreq lists for that took seconds and ~100 MB of cache on a first run. The archive
holds, per language, the tokens at or above the floor (about 40,000 a language, by centibel band)
and wordfreq's tokenization rules for the language, so that any word gets its exact value when it
reaches the floor; tqcheck.freqtable compiles each into a table in the user cache on first use.

    python tools/build_guess_tables.py

The word frequencies are wordfreq's data (CC BY-SA 4.0); the licence note is written beside the
archive as guess_zipf-LICENSE.txt, with the wordfreq version the tables came from.
tests/test_freqtable.py holds the tables to wordfreq's answers.
"""

from __future__ import annotations

import sys
import zipfile
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tqcheck.freqtable import GUESS_FILE, guess_source  # noqa: E402
from tqcheck.lexicon import GUESS_FLOOR  # noqa: E402
from tqcheck.rules.untranslated import _GUESS_LANGS  # noqa: E402

LANGS = (*_GUESS_LANGS, "en")

LICENCE = """\
guess_zipf.zip: word frequencies of {langs}, at or above {floor} on the Zipf scale, compiled by
tools/build_guess_tables.py from wordfreq {version} (https://github.com/rspeer/wordfreq).

wordfreq's word lists are licensed under the Creative Commons Attribution-ShareAlike 4.0
International licence (https://creativecommons.org/licenses/by-sa/4.0/), and so are these tables,
which are derived from them. wordfreq's lists are built from, among others, the Google Books
Ngrams, Wikipedia, OpenSubtitles (opensubtitles.org), SUBTLEX, the Leeds Internet Corpus,
Twitter, Reddit and Common Crawl data; see wordfreq's README for the sources and their credits.
"""


def main() -> None:
    info = zipfile.ZipInfo
    with zipfile.ZipFile(GUESS_FILE, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for lang in LANGS:
            data = guess_source(lang, GUESS_FLOOR).encode("utf-8")
            entry = info(f"zipf-{lang}.txt", date_time=(2020, 1, 1, 0, 0, 0))
            entry.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(entry, data)
            print(f"{lang}: {len(data) // 1024} KB", file=sys.stderr)
    GUESS_FILE.with_name("guess_zipf-LICENSE.txt").write_text(
        LICENCE.format(langs=", ".join(LANGS), floor=GUESS_FLOOR, version=version("wordfreq")), encoding="utf-8"
    )
    print(f"wrote {GUESS_FILE} ({GUESS_FILE.stat().st_size // 1024} KB)", file=sys.stderr)


if __name__ == "__main__":
    main()
