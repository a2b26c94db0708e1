"""TQ107: a well-known name spelled the way the source language writes it (English text; regnal names in other targets)."""

import pytest

import tqcheck


def spelled(text, source_lang=None):
    report = tqcheck.check_text(text, source_lang=source_lang, config={"select": "TQ107"})
    return [(f.text, f.suggestion) for f in report.findings]


def test_german_and_french_transcriptions_of_russian_names():
    text = "President Wladimir Putin met Foreign Minister Sergej Lawrow and Dmitri Peskow in Moscow."
    assert spelled(text, "de") == [
        ("Wladimir", "Vladimir"), ("Sergej", "Sergey"), ("Lawrow", "Lavrov"),
    ]  # "Peskov" is too rare in English text (wordfreq) to be evidence
    assert spelled("President Vladimir Poutine met Sergueï Lavrov on Monday.", "fr") == [
        ("Poutine", "Putin"), ("Sergueï", "Sergei"),
    ]


def test_without_source_language_only_unambiguous_forms():
    # "Wladimir" is also written in English, "Poutine" is an English word (a dish): left alone
    assert spelled("President Wladimir Putin met Sergej Lawrow.") == [("Lawrow", "Lavrov")]
    assert spelled("President Vladimir Poutine spoke.") == []


def test_russian_forms_of_ukrainian_places():
    text = "Shelling hit Kharkov and Nikolaev overnight, officials in Kiev said."
    assert spelled(text, "ru") == [("Kharkov", "Kharkiv"), ("Nikolaev", "Mykolayiv"), ("Kiev", "Kyiv")]
    # without a source language "Kiev", long the English form, is no evidence; from French, not Russian
    assert spelled(text) == [("Kharkov", "Kharkiv"), ("Nikolaev", "Mykolayiv")]
    assert spelled(text, "fr") == []
    # a city Russian and Ukrainian spell alike in Cyrillic ("Ужгород") is romanised the Russian way too
    text = "Archbishop Feodor of Mukachevo and Uzhgorod consecrated the church in Zhitomir."
    assert spelled(text, "uk") == [("Uzhgorod", "Uzhhorod"), ("Zhitomir", "Zhytomyr")]
    assert spelled("The ink painter Sumi Ito showed her sumi work.", "ja") == []


def test_names_the_source_shares_with_english_pass():
    # a surname that is a place's Russian form, German and French names, English spellings
    assert spelled("The singer Vladimir Nikolaev said Nikolaev would perform in Kharkiv.", "ru") == []
    assert spelled("Jens Stoltenberg met Olaf Scholz and Wolfgang Schäuble in West Berlin; Herr Wagner agreed.", "de") == []
    assert spelled("Michel Barnier met Jean Castex and Louis Boutin at the Bouchard house.", "fr") == []
    assert spelled("Krzysztof Piątek and Wojciech Szczęsny joined Jakub Moder.", "pl") == []
    assert spelled("Vladimir Putin met Sergei Lavrov in Kharkiv.", "de") == []
    # a Czech name from Czech: the English word its letters fold to is too rare to be evidence
    assert spelled("The company belongs to the backstage player Alexandr Čuba.", "cs") == []


def test_english_romanisation_in_a_german_text():
    text = "Der Feind hat Mikhailovka, Beryslaw, Antonowka und Gavrilovka beschossen."
    got = tqcheck.check_text(text, target_lang="de", source_lang="ru", config={"select": "TQ107"}).findings
    # the document writes other places the German way (Antonowka): the English-style ones stand out
    assert [(f.text, f.suggestion) for f in got] == [("Mikhailovka", "Michailowka"), ("Gavrilovka", "Gawrilowka")]
    # German text attests "Charkiw" far more than "Kharkiv"
    got = tqcheck.check_text("Die Angriffe auf Kharkiv gingen weiter.", target_lang="de", config={"select": "TQ107"}).findings
    assert [(f.text, f.suggestion) for f in got] == [("Kharkiv", "Charkiw")]


def test_english_romanisation_in_a_spanish_text():
    # translated from Russian: the English pivot's "kh" and "-sky" where Spanish writes "j" and "-ski"
    text = "La experta Yulia Arkhipova habló en el distrito Novotoryalsky, cerca de Jersón."
    got = tqcheck.check_text(text, target_lang="es", source_lang="ru", config={"select": "TQ107"}).findings
    assert [(f.text, f.suggestion) for f in got] == [("Arkhipova", "Arjipova"), ("Novotoryalsky", "Novotorialski")]
    # the document writes another name the Spanish way ("Jarkov"): the English-style one stands out
    got = tqcheck.check_text("Bombardearon Jarkov y luego Mikhailovka.", target_lang="es", config={"select": "TQ107"}).findings
    assert [(f.text, f.suggestion) for f in got] == [("Mikhailovka", "Mijailovka")]


def test_spanish_text_keeps_names_it_writes_with_kh_or_sky():
    # no Cyrillic source and nothing Spanish-transcribed: "Khan", a Polish "-ski", an English "-sky"
    text = "Imran Khan visitó a Jan Kowalski y al director Steven Spielberg en Sky Sports; Kharkiv resistió."
    assert tqcheck.check_text(text, target_lang="es", config={"select": "TQ107"}).findings == []


def test_german_text_keeps_names_german_writes_with_kh_or_zh():
    # "Khan" is how German writes it, "Zhang" is pinyin, nothing shows the document's convention
    text = "Imran Khan traf Xi Jinping und Zhang Wei; Mikhail Khodorkovsky sprach."
    assert tqcheck.check_text(text, target_lang="de", config={"select": "TQ107"}).findings == []


@pytest.mark.parametrize("lang, text, expected", [
    ("es", "El emperador Henry IV publicó un certificado; el papa John Paul II llegó.", [("Henry IV", "Enrique IV"), ("John Paul II", "Juan Pablo II")]),
    ("fr", "Le roi Henry IV et Louis XIV, puis Charles X régna.", [("Henry IV", "Henri IV")]),
    ("it", "Il re Louis XIV incontrò Elizabeth II.", [("Louis XIV", "Luigi XIV"), ("Elizabeth II", "Elisabetta II")]),
    ("pt", "O rei Henry VIII casou-se.", [("Henry VIII", "Henrique VIII")]),
])
def test_a_regnal_name_in_its_english_form(lang, text, expected):
    report = tqcheck.check_text(text, target_lang=lang, config={"select": "TQ107"})
    assert [(f.text, f.suggestion) for f in report.findings] == expected


def test_regnal_names_near_misses():
    # the target's own forms, a middle initial, English text, German (which keeps British monarchs' names)
    assert tqcheck.check_text("El rey Enrique IV y James V. Forrestal.", target_lang="es", config={"select": "TQ107"}).findings == []
    assert tqcheck.check_text("King Henry IV issued a charter.", config={"select": "TQ107"}).findings == []
    assert tqcheck.check_text("König Charles III. und Kaiser Henry IV.", target_lang="de", config={"select": "TQ107"}).findings == []


def test_a_ukrainian_given_name_romanised_through_russian():
    text = ("The session was attended by Mayor Mykola Romanyuk and City Council Secretary Sergei Grigorenko. "
            "Vladimir Hunchyk reported on the defence works.")
    assert spelled(text, "uk") == [("Sergei", "Serhiy"), ("Vladimir", "Volodymyr")]


def test_russians_in_a_text_from_ukrainian_and_other_sources_keep_their_names():
    # a Russian surname is a Russian's; without Ukrainian given names the text sets no romanisation;
    # from Russian, the Russian forms are the source's own
    assert spelled("Mayor Mykola Romanyuk replied to Dmitry Peskov and Sergei Shoigu.", "uk") == []
    assert spelled("Secretary Sergei Grigorenko spoke.", "uk") == []
    assert spelled("Mayor Mykola Romanyuk and Secretary Sergei Grigorenko spoke.", "ru") == []
