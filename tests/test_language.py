"""Language artifacts (TQ2xx): traces of the source language that an editor would fix."""

import pytest

import tqcheck
from tqcheck.data import DataFileError
from tqcheck.rules.calques import inflections, parse_calques


def found(text, select="TQ2", **kw):
    return [(f.rule, f.text) for f in tqcheck.check_text(text, config={"select": select}, **kw).findings]


def test_seed_language_findings_exactly(seed_text):
    report = tqcheck.check_text(seed_text, source_lang="es", config={"select": "TQ2"})
    assert [(f.rule, f.text, f.line, f.col, f.suggestion) for f in report.findings] == [
        ("TQ202", "this Saturday", 2, 112, "on Saturday"),
        ("TQ202", "Dead paper", 7, 73, "a dead letter"),
        ("TQ202", "North American", 8, 90, "US"),
        ("TQ202", "social networks", 10, 140, "social media"),
    ]


def test_untranslated_words_with_source_language():
    assert found("If Walmart coloca its stores near the border, sales rise.", source_lang="es") == [("TQ201", "coloca")]
    assert found("Click Leer más for the full story.", source_lang="es") == [("TQ201", "Leer más")]
    assert found("It was destroyed y rebuilt by the Portuguese.", source_lang="es") == [("TQ201", "y")]
    assert found("They hunt thanks to their sense of all'olfatto, sniffing the ground.", source_lang="it") == [("TQ201", "all'olfatto")]


def test_untranslated_script_needs_no_source_language():
    assert found("Cyanuric acid and 三聚氰胺 were found.") == [("TQ201", "三聚氰胺")]
    assert found("The vote is on 15 марта, officials said.") == [("TQ201", "марта")]
    assert found("The ratio π matters.") == []


def test_names_and_loanwords_are_not_untranslated():
    assert found("The fiesta was an ad hoc affair that kept the status quo.", source_lang="es") == []
    assert found("Juan García and Sofía de la Cruz met Le Pen in El Salvador.", source_lang="es") == []
    assert found("Havlíček said in May that prices would rise.", source_lang="cs") == []


def test_calques_need_the_matching_source_language():
    text = "She wrote on her social networks this Saturday."
    assert found(text, source_lang="es") == [("TQ202", "social networks"), ("TQ202", "this Saturday")]
    assert found(text) == []
    assert found("The team realized a study and celebrated elections.", source_lang="es") == [
        ("TQ202", "realized a study"), ("TQ202", "celebrated elections"),
    ]
    assert found("The minister precised that the law applies.", source_lang="fr") == [("TQ202", "precised that")]


def test_calque_table_errors_name_file_and_line():
    with pytest.raises(DataFileError, match=r"my.tsv:3: "):
        parse_calques("pattern\texplanation\nsocial networks\tcalque\n\tno pattern\n", "my.tsv")
    with pytest.raises(DataFileError, match=r"my.tsv:2: .*severity"):
        parse_calques("pattern\texplanation\tseverity\nx\ty\tfatal\n", "my.tsv")
    assert "realized" in inflections("realize") and "studies" in inflections("study") and "made" in inflections("make")


def test_source_punctuation():
    assert found("«We demand clarification» , he said.") == [("TQ203", "«We demand clarification»"), ("TQ205", " ,")]
    assert found("¿Why? Growth was 3,5 percent and cost €2,5.") == [("TQ203", "¿"), ("TQ203", "3,5"), ("TQ203", "2,5")]
    assert found("Where is it ? Nobody knows !") == [("TQ203", " ?"), ("TQ203", " !")]
    assert found('"We will win", - the minister said.') == [("TQ203", '", -')]
    assert found("They counted 1.000.000 votes.") == [("TQ203", "1.000.000")]
    assert found("About 1,000 people, 3.5 million euros, at 10:30.") == []


def test_unbalanced_marks():
    assert found("“We demand clarification, the ministry said.") == [("TQ204", "“We demand clarification, the ministry said.")]
    assert found("The talks (in Geneva failed.") == [("TQ204", "(in Geneva failed.")]
    assert found("“First paragraph of a long quote.\n\n“Second paragraph.”") == []
    assert found("a) first, b) second.") == []


def test_doubled_and_spaced_punctuation():
    assert found("He left,, and the talks ended .") == [("TQ205", ",,"), ("TQ205", " .")]
    assert found("Wait... what?! Fine.") == []


def test_glued_words_and_missing_spaces():
    assert found("Pricesrose after the governmentSaid so.") == [("TQ212", "Pricesrose"), ("TQ212", "governmentSaid")]
    assert found("Watch it on YouTube near the superblack hole in the breakrooms.") == []
    # closed compounds the dictionary lacks, after heads that begin many of its compounds ("hardware", "hardwood")
    assert found("Work is needed to maintain the concrete hardstanding and the waterbus stop.") == []
    assert found("The team won and the pricesrose again.") == [("TQ212", "pricesrose")]
    # two long words, one of them rarer, glued; not a long rare word that splits into a short common one
    assert found("Não criaram um harmoniosoconjunto arquitetônico.", "TQ212", target_lang="pt") == [("TQ212", "harmoniosoconjunto")]
    assert found("The archaeologists studied the palaeoclimatology of the region.") == []
    # a dictionary head before a rest that is no word, or one of the commonest words, is a slip
    assert found("If your phone doesn't chargethe reasons vary.") == [("TQ212", "chargethe")]
    # an acronym glued to a rare name, which the document also writes on its own
    assert found("General secretary PSSIYunus Nusi spoke. Yunus said no.") == [("TQ212", "PSSIYunus")]
    assert found("General secretary PSSIYunus Nusi spoke.") == []  # nothing says Yunus is a word of its own
    # a camel-case brand the text writes the same way twice is no slip
    assert found("The teamLab space opened, and the teamLab show sold out.") == []
    # but a place's name glued to its English head noun is a translation's slip, however often it comes
    text = "A gourmet trip in NabariCity! We head to LakeShorenji first. NabariCity is near Osaka."
    assert found(text) == [("TQ212", "NabariCity"), ("TQ212", "LakeShorenji"), ("TQ212", "NabariCity")]
    assert found("Play SimCity, fly CityJet, book with ParkWhiz.") == []  # brands made of English words
    assert found("The delegation arrived.The minister spoke.") == [("TQ213", ".The")]
    # a time glued to a name that the text also writes on its own; units and model names are not
    assert found("The raid lasted until 7:00Owens said so. Owens left.") == [("TQ213", "7:00Owens")]
    assert found("It downloads at 5Mbps on 3Com gear with a 4K screen.") == []
    # a closing bracket glued to the next word; not notation ("f(x)dx", "word(s)")
    assert found("Write to [email protected]Please note the address (in 2020)rose.") == [("TQ213", "]Please"), ("TQ213", ")rose")]
    assert found("The word(s) and f(x)dx are notation.") == []
    assert found("See example.com or the U.S. figure of 3.5 percent.") == []
    assert found("The minister  said so.  Then left.") == [("TQ214", "  ")]


def test_doubled_words_like_neural_mt_makes_them():
    assert found("It ended in 2016 2016.") == [("TQ210", "2016 2016")]
    assert found('He called it an "archipelago "archipelago".', select="TQ210") == [("TQ210", '"archipelago "archipelago')]
    assert found("Sydney, Sydney, Sydney! It had had effects. Bye bye.") == []


def test_repeated_phrases():
    assert found("Prices rose in the city in the city after the storm.") == [("TQ211", "in the city")]
    assert found("It got faster and faster, and louder. Think about the cost, the cost of labour.") == []


def test_a_quotation_over_two_paragraphs_is_not_two_unpartnered_marks():
    # a source's «…» over two paragraphs, rendered without reopening the second: the marks are partners
    text = "“There is shelling of our village.\n\nThere is one victim. He is now getting care,” said the governor."
    assert found(text, select="TQ204") == []
    # over three paragraphs, the middle one without marks
    text = "“I spoke more for myself.\n\nIt was a mistake.\n\nSo let us face the truth,” Amorim said."
    assert found(text, select="TQ204") == []
    # straight marks standing where quotations close, one in each paragraph, are still strays
    text = 'Other nominations include Best Director," Best Editing.\n\nTurkey would also" take custody.'
    assert [r for r, _ in found(text, select="TQ204")] == ["TQ204", "TQ204"]
