"""Word classes the name checks share: is a capitalised English word an ordinary word, a word
capitalised by convention (a nationality, a day), a given name, or a name? (TQ402 and the
name-run finder of :mod:`tqcheck.bilingual.target_names`.)"""

from __future__ import annotations

from functools import lru_cache

from .bilingual.entities import places
from .data import word_list
from .lexicon import capitalized, zipf


@lru_cache(maxsize=4096)
def is_pinyin(word: str) -> bool:
    """The word splits into toneless pinyin syllables of two letters or more ("mengqi", "xian")."""
    return bool(pinyin_syllables(word))


def pinyin_syllables(word: str) -> list[str]:
    """The toneless pinyin syllables of two letters or more that ``word`` splits into, the longest
    first syllable first ("zhanba" -> zhan ba); [] when it does not split."""
    syllables = word_list("zh/pinyin.txt")

    @lru_cache(maxsize=None)
    def split(i: int) -> tuple[str, ...] | None:
        if i == len(word):
            return ()
        for j in range(min(len(word), i + 6), i + 1, -1):
            if word[i:j] in syllables and (rest := split(j)) is not None:
                return (word[i:j], *rest)
        return None

    return list(split(0) or ()) if word else []


@lru_cache(maxsize=None)
def country_names(lang: str) -> tuple[str, ...]:
    """CLDR's names of countries and territories in ``lang`` (not of regions), lower case."""
    from .cldr import territories

    names = territories(lang)
    if names is None:
        return ()
    return tuple(name.lower() for code, name in names.items() if not code.isdigit())


def name_like(word: str, lang: str) -> bool:
    """An ordinary word that makes a name when capitalised ("Gulf", "House"), not one capitalised
    by convention (a nationality, a month, a day) nor a function word or an abbreviation ("Gov")."""
    low = word.lower()
    return not (
        low in capitalized(lang)
        or (low.endswith("s") and low[:-1] in capitalized(lang))  # "Egyptians"
        or low in word_list(f"{lang}/function_words.txt")
        or low in word_list(f"abbreviations/{lang}.txt")
        or low in calendar_words(lang)
    )


@lru_cache(maxsize=None)
def calendar_words(lang: str) -> frozenset[str]:
    from .cldr import days, months

    names = {*months(lang), *days(lang)}
    return frozenset(n.lower() for n in names)


def given_name(low: str, lang: str) -> bool:
    """A given name of the census list that is not a frequent word ("Kenneth", not "Will")."""
    return low in word_list(f"{lang}/first_names.txt") and zipf(low, lang) < 4.0 and not low.endswith(ADJECTIVE_ENDINGS)


def name_word(low: str, lang: str, source_lang: str | None = None) -> bool:
    """In a person's name, a word that is also an English word is a name when it is a given name
    that is not an English word ("William") or a rare word ("Randle"); "Premier League", "Stock
    Exchange" and "Royal Bafokeng Stadium" do not name people by their common words."""
    if source_lang == "zh" and is_pinyin(low):
        return True
    return zipf(low, lang) < 4.0 or (low in word_list(f"{lang}/first_names.txt") and low not in word_list(f"{lang}/ordinary.txt"))


@lru_cache(maxsize=None)
def place_words(lang: str) -> frozenset[str]:
    """The last words of place names ("lanka" of Sri Lanka): an -n after one makes a demonym."""
    return frozenset(name.rsplit(" ", 1)[-1] for name in places(lang))


#: endings of capitalised adjectives that are also given names ("Christian", "Roman", "Irish")
ADJECTIVE_ENDINGS = ("an", "ian", "ese", "ish", "ic", "ean")


def common_word(low: str, lang: str) -> bool:
    """A lower-case English word ("reading", "mobile"): frequent, or in the dictionary lists."""
    return zipf(low, lang) >= 5.0 or low in word_list(f"{lang}/ordinary.txt") or low in word_list(f"{lang}/ordinary_extra.txt")


def ordinary(low: str, lang: str) -> bool:
    """An English word rather than a name: frequent, a dictionary word, or capitalised by
    convention without being a name that translation keeps (days, nationalities)."""
    return (
        common_word(low, lang)
        or conventional_capital(low, lang)
        or low in word_list(f"{lang}/function_words.txt")
        or low in word_list(f"abbreviations/{lang}.txt")  # "Gov", "Ltd"
        or (len(low) >= 9 and low.endswith(DERIVED))
        or (low.endswith("s") and low[:-1] in capitalized(lang))  # "Egyptians"
        or (low.endswith("n") and low[:-1] in place_words(lang))  # "Lankan", "Korean"
    )


def conventional_capital(low: str, lang: str) -> bool:
    """A word English capitalises by convention rather than as a name: one that Webster's Second
    spells only with a capital and that reads as a nationality, language or creed ("Polish",
    "Christian", "Olympic"), a day or a month, or is frequent ("God", "Christmas"). The list also
    holds given names ("Piotr", "Sean", "Noam"): those are names."""
    if low in word_list(f"{lang}/conventional_capitals.txt"):
        return True  # "Celsius"
    if low not in capitalized(lang):
        return False
    return low.endswith(NATIONALITY_ENDINGS) or low in calendar_words(lang) or zipf(low, lang) >= 4.5 or country_prefix(low, lang)


def country_prefix(low: str, lang: str) -> bool:
    """A nationality named like its country's start ("Swede", "Finn", "Turk", "Pole")."""
    if len(low) < 4:
        return False
    head = low[: min(4, len(low) - 1)]
    return any(n.startswith(head) and n != low for n in country_names(lang))


#: endings of nationalities, languages and creeds ("Polish", "Chinese", "Iraqi", "Catholic", "Marxist")
NATIONALITY_ENDINGS = ("an", "ian", "ese", "ish", "ic", "ean", "i", "ch", "ist", "ism", "ite")


#: endings of derived English words, not of names ("Hydrometeorological", "Anticorruption")
DERIVED = ("tion", "sion", "ment", "ness", "ical", "ology", "ity", "ance", "ence", "ship", "ism", "ist", "ing")
