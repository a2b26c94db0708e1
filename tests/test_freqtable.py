"""The compiled word-frequency tables answer exactly as wordfreq does, for every word and language,
and a broken cache never crashes."""

from __future__ import annotations

import os
import random
import subprocess
import sys

import pytest
import wordfreq

from conftest import ROOT, SEED
from tqcheck import freqtable
from tqcheck.lexicon import zipf


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """One cache directory for the tests that only read tables (each table is built once)."""
    return tmp_path_factory.mktemp("tables")


@pytest.fixture
def shared(built, monkeypatch):
    monkeypatch.setenv("TQCHECK_CACHE_DIR", str(built))
    return built


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("TQCHECK_CACHE_DIR", str(tmp_path))
    return tmp_path


def _table_zipf(table, word):
    band = table.bucket(word.casefold())
    return 0.0 if band is None else table.zipf_of[band]


TRICKY = [
    "Kyiv", "kyiv", "KYIV", "the", "The", "THE", "Straße", "STRASSE", "strasse", "ΛΌΓΟΣ", "λόγος", "Москва", "МОСКВА",
    "Ǆemal", "ǅ", "İstanbul", "ﬁne", "µ", "ſ", "Ⅻ", "Simonián", "Zelensky", "pricesrose", "qqqzzx", "naïve", "NAÏVE",
    "don't", "rock'n'roll", "2024", "covid19", "e-mail", "日本", "a\u0301", "x", "Ω", "ẞ", "Ǳ",
]


def _wordfreq(word, lang):
    try:
        return wordfreq.zipf_frequency(word, lang)
    except (LookupError, ValueError, ImportError):  # as tqcheck.lexicon.zipf treats them
        return 0.0


def _forms(words, rng, n):
    sample = rng.sample(words, min(n, len(words)))
    return TRICKY + [form for w in sample for form in (w, w.capitalize(), w.upper(), w[::-1], f"{w}-{rng.choice(sample)}")]


@pytest.mark.parametrize("lang", ["en", "es", "de"])
def test_table_gives_wordfreqs_value_for_every_word(shared, lang):
    table = freqtable.load(lang)
    assert table is not None and table.kind == freqtable.LIST
    candidates = _forms(list(wordfreq.iter_wordlist(lang)), random.Random(lang), 3000)
    skipped_tokenizer = 0
    for w in candidates:
        skipped_tokenizer += table.answers(w)
        assert table.zipf(w) == wordfreq.zipf_frequency(w, lang), w
    assert skipped_tokenizer > len(candidates) * 0.6  # most words are plain letters: a direct look-up


@pytest.mark.parametrize("lang", ["en", "es", "fr"])
def test_hyphenated_words_numbers_and_apostrophes_as_in_wordfreq(shared, lang):
    table = freqtable.load(lang)
    words = [w for w in wordfreq.iter_wordlist(lang) if w.isalpha()][:50000]
    rng = random.Random(7)
    candidates = [str(i) for i in range(0, 2100, 7)] + ["00", "0000", "007", "123456789", "1" * 45, "-", "-abc", "x--y"]
    candidates += [f"{rng.choice(words)}-{rng.choice(words)}" for _ in range(2000)]
    candidates += [f"{rng.choice(words).capitalize()}-{rng.randint(0, 3000)}" for _ in range(500)]
    candidates += ["well-known", "covid-19", "Hema-Québec", "frýdek-místek", "e-mail", "1850", "١٩٨٤", "३.१४", "12,5%", "1.850.000"]
    candidates += [w + s for w in rng.sample(words, 500) for s in ("'s", "’s", "'t")]  # one token for wordfreq
    candidates += ["regime’s", "don't", "l'homme", "it's", "rock'n'roll", "O'Neill", "'abc", "abc'", "“quoted”", "tod@s", "@s"]
    # short heads: wordfreq splits a straight apostrophe before a vowel or "h" (French elision),
    # keeps the rest as one token ("it's", "l’homme", "qu'tr")
    heads = ("l", "d", "qu", "it", "I", "we", "L", "Qu", "y", "O", "é")
    candidates += [f"{h}{ap}{w}" for h in heads for ap in ("'", "’") for w in rng.sample(words, 40) + ["homme", "Été", "s", "ve", "hara"]]
    for w in candidates:
        assert table.zipf(w) == wordfreq.zipf_frequency(w, lang), w


# Turkish and Azerbaijani dotted and dotless i, Romanian commas, Serbian transliteration, Arabic and
# Hebrew marks removed, NFKC, scripts wordfreq keeps unsplit, a code wordfreq answers from another
# language's list ("ne" from the English one), codes it has no list for
@pytest.mark.parametrize("lang", ["tr", "ro", "sr", "ar", "he", "hi", "ne", "th", "et", "el"])
def test_languages_wordfreq_normalizes_specially_give_its_values(shared, lang):
    table = freqtable.load(lang)
    assert table is not None
    try:
        words = list(wordfreq.iter_wordlist(lang))
    except LookupError:
        words = []
    rng = random.Random(lang)
    others = rng.sample(list(wordfreq.iter_wordlist("tr")), 300) + rng.sample(list(wordfreq.iter_wordlist("ru")), 300)
    for w in _forms(words, rng, 1500) + _forms(others, rng, 300):
        assert table.zipf(w) == _wordfreq(w, lang), w


def test_chinese_and_japanese_without_their_tokenizers_give_zero(shared):
    from importlib.util import find_spec

    for lang, module in (("zh", "jieba"), ("ja", "MeCab")):
        table = freqtable.load(lang)
        if find_spec(module) is None:
            assert table.kind == freqtable.ZERO
            for w in ("日本", "東京", "the", "Kyiv"):
                assert table.zipf(w) == _wordfreq(w, lang) == 0.0
        else:  # the table defers to wordfreq, which tokenizes with them
            assert table.kind == freqtable.WORDFREQ and table.zipf("日本") is None


def test_words_outside_the_table_still_get_wordfreqs_value(shared):
    zipf.cache_clear()
    for w in ("don't", "covid19", "e-mail", "a\u0301", "Kyiv", "Straße"):
        assert zipf(w, "en") == wordfreq.zipf_frequency(w, "en"), w
    assert zipf("日本", "ja") == 0.0 or zipf("日本", "ja") > 0  # a language wordfreq tokenizes itself: no crash
    assert zipf("hello", "xx") == 0.0  # no list for the language


@pytest.mark.parametrize("lang", ["en", "es", "fr", "de", "it", "pt", "nl", "pl", "cs", "sv", "tr", "ro"])
def test_guess_tables_are_exact_from_their_floor_up(shared, lang):
    """The tables tqcheck carries for guessing a word's language: wordfreq's value at or above the
    floor, a value below it otherwise (so that TQ201 guesses as it would with the whole lists)."""
    from tqcheck.lexicon import GUESS_FLOOR, guess_zipf

    table = freqtable.guess_table(lang)
    assert table is not None and table.floor == GUESS_FLOOR
    rng = random.Random(lang)
    words = list(wordfreq.iter_wordlist(lang))
    candidates = _forms(words[:60000], rng, 1500) + rng.sample(words, 1500) + _forms(list(wordfreq.iter_wordlist("pl")), rng, 300)
    for w in candidates:
        real = _wordfreq(w, lang)
        got = guess_zipf(w, lang)
        assert got == real if real >= GUESS_FLOOR else got < GUESS_FLOOR, w


def test_tq201_guesses_only_from_the_guess_tables_floor_up():
    """TQ201 asks the guess tables for values it compares with these thresholds: they must stay at
    or above the floor from which the tables are exact."""
    from tqcheck.lexicon import GUESS_FLOOR
    from tqcheck.rules import untranslated

    assert untranslated.MIN_SOURCE_ZIPF_GUESS >= GUESS_FLOOR and untranslated.MIN_SOURCE_ZIPF_JOIN >= GUESS_FLOOR


def test_a_broken_cache_file_is_rebuilt(shared):
    freqtable.load("en")
    path = next((shared / "lexicon").glob("zipf-en-*.bin"))
    size = path.stat().st_size
    broken = path.read_bytes()[: size // 3]  # truncated, as by a full disk or a killed writer
    path.unlink()  # (tqcheck itself only ever replaces the file by a rename: open copies stay valid)
    path.write_bytes(broken)
    again = freqtable.load("en")
    assert again is not None and path.stat().st_size == size
    assert _table_zipf(again, "minister") == wordfreq.zipf_frequency("minister", "en")
    path.unlink()
    path.write_bytes(b"garbage")
    assert _table_zipf(freqtable.load("en"), "minister") == wordfreq.zipf_frequency("minister", "en")


def test_a_new_wordfreq_data_file_gets_a_new_table(cache, monkeypatch):
    freqtable.load("en")
    old = {p.name for p in (cache / "lexicon").glob("zipf-en-*.bin")}
    real = freqtable._key
    monkeypatch.setattr(freqtable, "_key", lambda lang: real(lang)[::-1])  # as if wordfreq had changed
    freqtable.load("en")
    new = {p.name for p in (cache / "lexicon").glob("zipf-en-*.bin")}
    assert len(new) == 2 and old < new  # rebuilt; the other key's table stays for whoever uses it
    monkeypatch.setattr(freqtable, "_key", lambda lang: "f" * 16)  # and upgraded once more
    freqtable.load("en")
    third = {p.name for p in (cache / "lexicon").glob("zipf-en-*.bin")}
    # the oldest goes: upgrades do not make the cache grow; other languages' tables are not touched
    assert third == (new - old) | {f"zipf-en-{'f' * 16}.bin"}


def test_compiled_data_of_earlier_versions_is_removed(cache, monkeypatch):
    from tqcheck import compiled

    calls = []
    for version in ("1", "2", "3"):
        monkeypatch.setattr(compiled, "__version__", version)
        assert compiled.cached("facts", [], lambda: calls.append(version) or {"v": version}) == {"v": version}
    assert calls == ["1", "2", "3"]  # a new version rebuilds
    assert compiled.cached("facts", [], lambda: calls.append("again")) == {"v": "3"} and calls[-1] == "3"
    files = sorted((cache / "compiled").glob("facts-*.bin"))
    assert len(files) == 2  # the current one and the latest other
    monkeypatch.setattr(compiled, "__version__", "2")
    assert compiled.cached("facts", [], lambda: calls.append("2 again")) == {"v": "2"} and calls[-1] == "3"


def test_a_sorted_table_answers_as_the_mapping_it_was_built_from(cache):
    from tqcheck.compiled import SortedTable, cached

    rng = random.Random(7)
    letters = "abcdeéöłжк-' "
    mapping = {"".join(rng.choice(letters) for _ in range(rng.randint(1, 9))): rng.choice(["Kyiv", "Łódź", None, "Zürich"])
               for _ in range(3000)}
    table = SortedTable.unpack(cached("table", [], lambda: SortedTable.pack(mapping)))
    again = SortedTable.unpack(cached("table", [], lambda: pytest.fail("read from the cache, not rebuilt")))
    for t in (table, again):
        assert len(t) == len(mapping)
        assert all(t.get(k, "missing") == v and k in t for k, v in mapping.items())
        probes = [k + "x" for k in mapping] + ["", "zzzz", "\uffff"]
        assert all((p in t) == (p in mapping) and t.get(p, "missing") == mapping.get(p, "missing") for p in probes)


def test_a_place_written_two_ways_is_found_through_the_packed_place_table():
    from tqcheck.rules.name_spelling import _place_by_key

    table = _place_by_key()
    assert table.get("kyiv") == table.get("kiev") is not None and "kyiv" in table


def test_an_unwritable_cache_falls_back_to_memory(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("TQCHECK_CACHE_DIR", str(blocker))
    table = freqtable.load("en")
    assert table is not None and _table_zipf(table, "government") == wordfreq.zipf_frequency("government", "en")


def test_cli_with_a_broken_cache_runs_and_repairs_it(tmp_path):
    env = {**os.environ, "TQCHECK_CACHE_DIR": str(tmp_path), "NO_COLOR": "1"}
    cmd = [sys.executable, "-m", "tqcheck", "check", str(SEED), "--source-lang", "es", "--no-backtranslate", "--format", "json"]
    first = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    for p in (tmp_path / "lexicon").glob("*.bin"):
        p.write_bytes(b"TQZF\x01\x00")
    second = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert first.returncode == second.returncode == 1
    assert first.stdout == second.stdout and "Traceback" not in second.stderr


def test_language_facts_from_the_cache_match_langcodes_and_babel(cache):
    import langcodes

    from tqcheck import langs

    langs._facts.cache_clear()
    langs._canonical.cache_clear()
    langs.script_of.cache_clear()
    for code in ["es", "en", "pt", "zh", "ja", "ru", "hi", "iw", "spa", "en-US", "pt-BR", "zh-Hant", "sr-Latn", "no", "nb", "tl", "fil", "mo", "cmn", "zsm", "arb", "xx", "x-foo"]:
        try:
            valid = langcodes.tag_is_valid(code)
            expected = (langcodes.Language.get(langcodes.standardize_tag(code, macro=True)).language or "und") if valid else None
        except (ValueError, langcodes.LanguageTagError):
            expected = None
        try:
            got = langs.normalize_lang(code)
        except Exception:  # noqa: BLE001 - UsageError
            got = None
        assert got == expected, code
    for code in langs._canonical():
        assert langs.locale_tag(code) == langcodes.standardize_tag(code), code
        assert langcodes.Language.get(langcodes.standardize_tag(code, macro=True)).language == code, code
    assert langs.locale_tag("pt_br") == "pt-BR"
    assert langs.script_of("ru") == "Cyrl" and langs.script_of("zh") == "Hans" and langs.script_of("es") == "Latn"
    assert langs.language_name("es") == "Spanish"
    # a broken cache file is rebuilt
    for p in (cache / "compiled").glob("langs-*.bin"):
        p.write_bytes(b"TQC1" + b"\0" * 40)
    langs._facts.cache_clear()
    langs._canonical.cache_clear()
    assert langs.normalize_lang("es") == "es" and langs.language_name("de") == "German"


def test_a_table_compiled_without_numpy_is_the_same_file(monkeypatch):
    # numpy sorts the index when it is installed; a core install without it must build the same table
    with_numpy = freqtable.compile_table("nl")
    monkeypatch.setitem(sys.modules, "numpy", None)  # "import numpy" now raises ImportError
    assert freqtable.compile_table("nl") == with_numpy
