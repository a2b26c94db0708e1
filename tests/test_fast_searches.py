"""Fast searches give the matches of the plain pattern they stand for: the phrase finder those of
one case-insensitive alternation over the whole text, the glued-colon and boilerplate searches those
of their patterns; the quick list-marker test never hides a marker."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from tqcheck.document import Document
from tqcheck.phrases import PhraseIndex

PHRASES = ["new york", "new york city", "united states", "st. louis", "hong kong", "ad hoc", "l'union européenne",
           "union européenne", "x", "'s-hertogenbosch", "sri lanka", "new"]


def _regex(phrases, edge=""):
    alternatives = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?<![\w{edge}])(?:{alternatives})(?![\w{edge}])", re.IGNORECASE)


def _doc(text):
    return Document(text=text, target_lang="en")


WORDS = st.sampled_from(["new", "York", "CITY", "york", "united", "States", "st.", "Louis", "ad", "hoc", "l'Union",
                         "union", "européenne", "x", "'s-Hertogenbosch", "sri", "LANKA", "-", "newyork", "the", "news"])
SEPARATORS = st.sampled_from([" ", " ", " ", "-", "\n", ", ", "'", ""])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(WORDS, SEPARATORS), max_size=14), st.sampled_from(["", "-"]))
def test_the_matches_are_those_of_the_alternation(pieces, edge):
    text = "".join(w + s for w, s in pieces)
    index = PhraseIndex(PHRASES)
    assert list(index.find(_doc(text), edge=edge)) == [m.span() for m in _regex(PHRASES, edge).finditer(text)]


def test_a_name_is_found_after_an_elided_article_and_not_inside_a_word():
    text = "Dans l'union européenne et à New York City, pas dans newyorkais."
    assert [text[a:b] for a, b in PhraseIndex(PHRASES).find(_doc(text))] == ["l'union européenne", "New York City"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Date", "note", "hora", "x", "abc1", ":", ":", "2021", "The", " ", ".", "/", "@", "-", "é"]), max_size=16))
def test_glued_colons_are_found_as_by_the_whole_pattern(pieces):
    from tqcheck.rules.spacing import _COLON_JOIN, _colon_joins

    text = "".join(pieces)
    assert [m.span() for m in _colon_joins(text)] == [m.span() for m in _COLON_JOIN.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Leer más", "Weiterlesen", "x", " ", "\t", "\n", "\r\n", "\r", ".", "!", "?", "…", ":", "(", ")",
                                 "Lire aussi", "the end", "a" * 45]), max_size=20))
def test_boilerplate_places_are_found_as_by_each_whole_pattern(pieces):
    from tqcheck.rules.untranslated import _APART, _apart

    text = "".join(pieces)
    expected = [(m.re.pattern, m.span("x")) for pattern in _APART for m in pattern.finditer(text)]
    assert [(m.re.pattern, m.span("x")) for m in _apart(Document(text=text, target_lang="es"))] == expected


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["The talks ended. ", "1. ", "1) ", "a) ", "- ", "* ", "• ", "・", "【注】", "① ", "\n", " ", "\t",
                                 "x ", "said 3) and ", "(see) "]), max_size=10), st.integers(0, 60))
def test_the_quick_marker_test_never_hides_a_list_marker(pieces, start):
    from tqcheck.segment import _MARKER, _may_hold_marker

    text = "".join(pieces)
    start = min(start, len(text))
    if _MARKER.search(text, start, len(text)):
        assert _may_hold_marker(text, start, len(text))
