"""TQ301's reasons in plain words: what the back-translation (or round trip) lost or gained."""

from tqcheck.backtranslate.explain import reasons


def test_a_lost_or_added_negation_is_named():
    assert reasons("O ministro não assinou o acordo.", "O ministro assinou o acordo.", "pt") == ["the back-translation lost “não”"]
    assert reasons("The minister signed it.", "The minister didn't sign it.", "en", "roundtrip") == ["the round trip adds “not”"]


def test_numbers_missing_or_added_are_named_whatever_their_separators():
    assert reasons("Pagó 12.000 euros en 2021.", "Pagó 12,000 euros en 2020.", "es") == [
        "the source's number “2021” is missing from the back-translation",
        "the back-translation has “2020”, which the source does not",
    ]
    assert reasons("Pagó 12.000 euros.", "Pagó 12,000 euros.", "es") == []


def test_a_shortened_back_translation_and_its_missing_words():
    got = reasons("Não consultes dicionários, meu caro amigo, as gramáticas antigas.", "Eu não disse.", "pt", low_overlap=True)
    assert got[0] == "the back-translation is much shorter than the source (3 words against 9)"
    assert got[1] == "most words of the source are missing from the back-translation (5 of 5: “consultes”, “dicionários”, “amigo”, “gramáticas”…)"


def test_an_inflected_word_is_not_missing_and_a_low_score_always_has_a_reason():
    assert reasons("O ministro assinou o acordo.", "O ministro assinava o acordo.", "pt", low_overlap=True) == [
        "the back-translation reads differently from the source"]
    assert reasons("Ela foi embora cedo.", "Ela saiu cedo.", "pt", low_overlap=True) == [
        "the back-translation does not have the source's word “embora”"]


def test_a_word_turned_into_its_opposite_and_a_lost_name_raise_the_forward_drift():
    from tqcheck.backtranslate.scoring import antonym_swap, forward_drift, names_missing
    from tqcheck.rules.drift import forward_message

    assert antonym_swap("Prices fell sharply in May.", "Prices rose sharply in May.", "en") == ("fell", "rose")
    # both words in both texts, or no opposite at all, is no swap
    assert antonym_swap("Prices rose and fell.", "Prices rose and fell again.", "en") is None
    assert antonym_swap("Prices fell.", "Prices dropped.", "en") is None
    assert names_missing("The president met the minister in the capital.", "President Biden met the minister in Paris.") == ["Biden", "Paris"]
    assert names_missing("President Biden met him in Paris.", "President Biden met the minister in Paris.") == []
    # the same similarity drifts further with an opposite word or a lost name
    plain = forward_drift(0.93, "multilingual-e5-small")
    assert forward_drift(0.93, "multilingual-e5-small", antonym=True) > forward_drift(0.93, "multilingual-e5-small", missing_names=1) > plain
    entry = {"driver": "forward", "forward": "Prices rose sharply in May.", "forward_scores": {"semantic": 0.9}, "suspicion": 0.8,
             "forward_opposite": {"target": "fell", "forward": "rose"}}
    assert "\"fell\" where the source's translation says \"rose\"" in forward_message(entry, "Prices fell sharply in May.")
