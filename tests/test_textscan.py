"""The hinted scan gives the very matches a full scan gives, for every pattern that uses it."""

import random

import pytest
import regex

from tqcheck.rules import casing, spacing
from tqcheck.textscan import finditer_from_hints

CASES = {
    "glued before a name": (spacing._GLUED_BEFORE_NAME, spacing._LOWER_CAPITAL, spacing._LETTER_RUN, "aBcdeT'sRxyzé9- .\u0301"),
    "hyphen before a function word": (spacing._HYPHEN_FUNCTION, spacing._HYPHEN_HINT, spacing._HYPHENATED_RUN, "abcde-fg _1.x"),
    "stop before a year": (spacing._STOP_BEFORE_YEAR, spacing._STOP_YEAR_HINT, spacing._DOTTED_RUN, "abcd.1920 \n_x"),
    "year glued to a word": (spacing._YEAR_JOIN, spacing._DIGIT_LOWER, spacing._NUMBER_RUN, "1920abcde,. x_"),
    "word glued to a date": (spacing._WORD_DATE_JOIN, spacing._LOWER_DIGIT, spacing._WORD_RUN, "abcd12-3./4 x_"),
    "capital inside a word": (casing._INNER_CAPITAL, casing._INNER_CAPITAL_HINT, casing._INNER_CAPITAL_RUN, "abCDefGh'.- x_1"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_hinted_matches_are_the_full_scans(name):
    pattern, hint, run, alphabet = CASES[name]
    rng = random.Random(name)
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))) for _ in range(5000)]
    texts.append("Il aTurquia, the McDonald'sRestaurant, well-known mInister re-do in.2019 and 2019years or times16-1-2021 done.")
    for text in texts:
        full = [(m.span(), m.groups()) for m in pattern.finditer(text)]
        assert [(m.span(), m.groups()) for m in finditer_from_hints(pattern, hint, run, text)] == full, text


def test_a_text_without_the_hint_has_no_match():
    assert list(finditer_from_hints(regex.compile(r"(?<!\w)zz\d"), regex.compile(r"z\d"), regex.compile(r"\w+", regex.REVERSE), "abc")) == []


def test_a_header_in_capitals_glued_to_a_number_is_found_from_its_hint():
    rng = random.Random(1)
    texts = ["".join(rng.choice("ABCDEFGH12 abc.-'@x") for _ in range(rng.randint(0, 40))) for _ in range(5000)]
    texts.append("PREIS PRO NACHT FUR 7 PERSONEN365465 MINDESTAUFENTHALTSDAUER2 tage3")
    for text in texts:
        full = [m.span() for m in spacing._WORD_NUMBER_GLUE.finditer(text) if m.group(1).isupper()]
        hinted = finditer_from_hints(spacing._WORD_NUMBER_GLUE, spacing._CAPITALS_DIGIT, spacing._LABEL_RUN, text)
        assert [m.span() for m in hinted if m.group(1).isupper()] == full, text


def test_a_comma_after_a_full_stop_is_found_at_each_stop_comma_as_by_a_full_scan():
    from tqcheck.rules import punctuation

    rng = random.Random(3)
    texts = ["".join(rng.choice("ab.,\n 1Ab,.é \t2Z") for _ in range(rng.randint(0, 30))) for _ in range(5000)]
    texts.append("Die Zutaten wurden hinzugefügt.,\n1., Per sostituire\n  12.,Per\netc., it., day.,The")
    for text in texts:
        full = [(m.span(), m.groupdict()) for m in punctuation._STOP_COMMA.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in punctuation._stop_commas(text)] == full, text


def test_a_phrase_joined_to_itself_is_found_at_each_conjunction_as_by_a_full_scan():
    from tqcheck.lexicon import conjunctions
    from tqcheck.rules import repetition

    conj, disj, _ = conjunctions("en")
    rng = random.Random(5)
    tokens = ["abcde", "Abcde", "fghijk", "abcde", "and", "or", "nor", "AND", ",", ".", "\n", "xyzwv"]
    texts = [" ".join(rng.choice(tokens) for _ in range(rng.randint(0, 14))).replace(" ,", ",") for _ in range(5000)]
    texts.append("directly or directly, public services and public services and more and more")
    for text in texts:  # (every lower-case word of four letters or fewer here is a conjunction)
        full = [(m.span(), m.groups()) for m in repetition._JOINED.finditer(text)]
        assert [(m.span(), m.groups()) for m in repetition._joined_matches(text, conj | disj)] == full, text


def test_the_word_before_a_position_is_the_one_a_full_search_finds():
    from tqcheck.rules import casing

    rng = random.Random(7)
    alphabet = "ab Ç_1.,- \n\u0301é"
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30))) for _ in range(3000)]
    texts.append("word " + "x" * 300 + " ... ")  # a word longer than the window looked at first
    for text in texts:
        for pos in range(len(text) + 1):
            for start in (0, min(pos, 2)):
                got, full = casing._word_before(text, start, pos), casing._BEFORE.search(text, start, pos)
                assert (got and (got.span(), got.groups())) == (full and (full.span(), full.groups())), (text, start, pos)
