"""Target languages other than English: TQ207 per language (a true finding and a trap each), the
profile data it reads, unprofiled targets (language-neutral checks, one line saying so), the CJK
checks TQ208/TQ209, and the back-translation pair for a non-English target."""

from __future__ import annotations

import json

import pytest

import tqcheck
from tqcheck.data import word_list
from tqcheck.profile import get_profile, profiled_languages


def conv(text: str, lang: str, rule: str = "TQ207") -> list[tuple[str, str | None]]:
    report = tqcheck.check_text(text, target_lang=lang, config={"select": [rule]})
    for f in report.findings:
        assert text[f.offset : f.end_offset] == f.text
    return [(f.text, f.suggestion) for f in report.findings]


# --- TQ207 per language: one true finding and one near miss that must pass ---------------------------

CASES = {
    # lang: (text with an English convention, expected (text, suggestion), near miss that must pass)
    "es": ("La reunión será el próximo martes y los Americanos llegarán en Enero.",
           [("Americanos", "americanos"), ("Enero", "enero")],
           # a name ("Domingo"), an institution ("Banco Español"), a sentence start, a version number
           "Domingo llegó con el Banco Español de Crédito. Según dijo Domingo, la versión 3.5 sale el lunes."),
    "fr": ("Le gouvernement Américain a parlé de la crise.",
           [("Américain", "américain")],
           # nouns of nationality take a capital in French
           "Les Américains et deux Français sont arrivés ; des Allemands aussi."),
    "de": ("Wir haben die häuser am Fluss gesehen.",
           [("häuser", "Häuser")],
           # adjectives and verbs stay lower case after an article
           "Die meisten kommen später, und die neuen Häuser sind schön. Das heißt, wir warten."),
    "it": ("Il Lunedì arrivano gli Americani.",
           [("Lunedì", "lunedì"), ("Americani", "americani")],
           "Lunedì arrivano gli americani con la Banca Centrale Europea."),
    "pt": ("Na Segunda-feira o governo Brasileiro falou.",
           [("Segunda-feira", "segunda-feira"), ("Brasileiro", "brasileiro")],
           "Na segunda-feira o governo brasileiro falou com o Banco Central Europeu."),
}


@pytest.mark.parametrize("lang", sorted(CASES))
def test_english_capitals_are_found_in_each_language(lang):
    text, expected, _ = CASES[lang]
    assert conv(text, lang) == expected


@pytest.mark.parametrize("lang", sorted(CASES))
def test_near_misses_pass_in_each_language(lang):
    _, _, trap = CASES[lang]
    assert conv(trap, lang) == []


def test_a_given_name_that_is_a_month_is_flagged_only_in_a_date():
    assert conv("Nació el 5 de Julio de 1990.", "es") == [("Julio", "julio")]
    assert conv("Ayer habló con Julio sobre el proyecto.", "es") == []


def test_english_quotation_marks():
    # German: “…” is English; „…“ is German (and its closing mark is the English opening one)
    assert conv("Er sagte “Danke” und ging.", "de") == [("“Danke”", "„Danke“")]
    assert conv("Er sagte „Danke“ und ging.", "de") == []
    # French: “…” alone is English; inside « … » it is the inner quotation of French typography
    assert conv("Il a dit “non” hier.", "fr") == [("“non”", "«\u00a0non\u00a0»")]
    assert conv("Il a dit « c’est “non” pour moi » hier.", "fr") == []
    # Spanish, Italian and Portuguese use “…” themselves
    assert conv("Dijo “no” ayer.", "es") == []


def test_french_space_before_high_punctuation():
    found = conv("Voici la liste: des pommes! Vraiment?", "fr")
    assert [t for t, _ in found] == ["e:", "s!", "t?"]
    assert found[0][1] == "e\u202f:"
    # narrow no-break, no-break or plain spaces; times, URLs and smileys are not punctuation
    assert conv("Voici la liste\u202f: des pommes\u00a0! Vraiment ? À 10:30 sur https://exemple.fr/a?b=c", "fr") == []
    # Quebec and Switzerland space the colon only
    assert conv("Vraiment? Oui!", "fr-CA") == []
    assert conv("La liste: oui", "fr-CA") == [("e:", "e\u202f:")]


def test_decimal_point_follows_the_locale():
    text = "La economía creció un 4.5% y se invirtieron 3.5 millones de euros."
    assert conv(text, "es-ES") == [("4.5", "4,5"), ("3.5", "3,5")]
    assert conv(text, "es-MX") == []  # Mexico writes a decimal point
    # versions, times, IP addresses and thousands are not decimals
    assert conv("La versión 3.5 salió a las 10.30 horas en 192.168.1.1 con 3.500 millones.", "es-ES") == []
    # without a region, Spanish is written both ways: info, not warning
    report = tqcheck.check_text(text, target_lang="es", config={"select": ["TQ207"]})
    assert {f.severity for f in report.findings} == {"info"}
    text = "A economia cresceu 4.5% e investiram 3.5 milhões de euros."
    report = tqcheck.check_text(text, target_lang="pt", config={"select": ["TQ207"]})
    assert [f.text for f in report.findings] == ["4.5", "3.5"] and {f.severity for f in report.findings} == {"warning"}


def test_english_text_is_never_touched_by_the_target_rule():
    text = "On Monday the Americans said “yes”: prices rose 3.5 million."
    assert conv(text, "en") == []


def test_rule_documentation_has_examples_in_three_languages(cli):
    proc = cli("rules", "TQ207")
    assert proc.returncode == 0
    for example in ("El Lunes", "gouvernement Américain", "die häuser"):
        assert example in proc.stdout


# --- profile data --------------------------------------------------------------------------------------

def test_every_profile_has_generated_convention_lists():
    for lang in profiled_languages():
        if lang == "en":
            continue
        for name in ("days", "months", "languages", "nationalities", "magnitudes", "determiners"):
            assert word_list(f"{lang}/{name}.txt"), f"{lang}/{name}.txt is empty"
    assert {"lunes", "sábado"} <= word_list("es/days.txt")
    assert {"janvier", "août"} <= word_list("fr/months.txt")
    assert {"americanos", "española", "alemanes"} <= word_list("es/nationalities.txt")
    assert {"haus", "häuser"} <= word_list("de/nouns.txt") and "schön" not in word_list("de/nouns.txt")
    assert "millones" in word_list("es/magnitudes.txt")


def test_region_variants_change_separators_and_spacing():
    assert get_profile("es", "es-ES").decimal == "," and get_profile("es", "es-MX").decimal == "."
    assert get_profile("fr", "fr-FR").space_before == ";:!?" and get_profile("fr", "fr-CA").space_before == ":"


# --- unprofiled targets --------------------------------------------------------------------------------

@pytest.mark.parametrize("lang", ["ja", "ru", "ar", "zh", "hi", "sw", "cmn", "tlh", "qaa", "und", "x-foo", "sr-Latn"])
def test_unprofiled_targets_run_the_neutral_rules(lang):
    report = tqcheck.check([], target_lang=lang)  # nothing to check still names nothing
    assert report.summary()["target_languages"] == []
    doc = tqcheck.check_text("Texto de prueba con con palabras dobles.", target_lang=lang)
    assert [f.rule for f in doc.findings] == ["TQ210"]  # doubled words are language-neutral


def test_any_valid_tag_runs_and_an_invalid_one_is_a_clean_error(cli, tmp_path):
    f = tmp_path / "t.txt"
    f.write_text("Text text here.\n", encoding="utf-8")
    for tag in ("cmn", "x-klingon", "und", "yue-HK"):
        proc = cli("check", str(f), "-t", tag, "--no-backtranslate")
        assert proc.returncode in (0, 1) and "Traceback" not in proc.stderr, (tag, proc.stderr)
    proc = cli("check", str(f), "-t", "klingon", "--no-backtranslate")
    assert proc.returncode == 2 and "unknown target language code 'klingon'" in proc.stderr


def test_the_report_says_once_that_only_neutral_checks_ran(cli, tmp_path):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("これはテストです。テストです。\n", encoding="utf-8")
    proc = cli("check", str(tmp_path), "-t", "ja", "--no-backtranslate")
    assert proc.returncode == 0, proc.stderr
    lines = [ln for ln in (proc.stdout + proc.stderr).splitlines() if "language-neutral" in ln]
    assert lines == ["tqcheck: no language profile for Japanese (ja): only language-neutral checks ran."]
    proc = cli("check", str(tmp_path), "-t", "ja", "--no-backtranslate", "--format", "json")
    summary = json.loads(proc.stdout)["summary"]
    assert summary["target_languages"] == ["ja"] and summary["language_neutral_only"] == ["ja"]
    # a profiled target says nothing of the kind
    (tmp_path / "c.txt").write_text("El texto está bien.\n", encoding="utf-8")
    proc = cli("check", str(tmp_path / "c.txt"), "-t", "es", "--no-backtranslate")
    assert "language-neutral" not in proc.stdout + proc.stderr


def test_html_report_names_the_target_language(cli, tmp_path):
    f = tmp_path / "t.txt"
    f.write_text("El texto está bien.\n", encoding="utf-8")
    out = tmp_path / "r.html"
    proc = cli("check", str(f), "-t", "es", "-s", "en", "--no-backtranslate", "--format", "html", "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    assert "Translated from English (en) into Spanish (es)." in out.read_text(encoding="utf-8")


# --- CJK checks (language-neutral) --------------------------------------------------------------------

def test_glued_english_in_cjk_text():
    assert conv("我们使用machinelearning技术。", "zh", "TQ208") == [("machinelearning", "machine learning")]
    # known words, names, URLs and identifiers are left alone; so is English text
    assert conv("我们使用Python和opensource软件，访问example.com/machinelearning。", "zh", "TQ208") == []
    assert conv("We use machinelearning here.", "en", "TQ208") == []


def test_full_and_half_width_mixing():
    assert conv("请升级到Ｗindows。", "zh", "TQ209") == [("Ｗindows", "Windows")]
    assert conv("我们,他们。你好，世界。", "zh", "TQ209") == [(",", "，")]
    assert conv("これは,テストです。はい、そうです。", "ja", "TQ209") == [(",", "、")]
    # one width per word, and half-width marks next to Latin text or in Korean, are right
    assert conv("请升级到Windows 11, 然后重启。我们，他们。ＷＩＮＤＯＷＳ。", "zh", "TQ209") == []
    assert conv("우리는 좋습니다, 그리고 갑니다.", "ko", "TQ209") == []


# --- back-translation pairs ----------------------------------------------------------------------------

def test_a_spanish_target_pairs_the_es_en_and_en_es_models(cli, tmp_path):
    f = tmp_path / "es.txt"
    f.write_text("El presidente habló ayer.\n", encoding="utf-8")
    env = {"HF_HOME": str(tmp_path / "hf"), "HF_HUB_OFFLINE": "1"}
    proc = cli("check", str(f), "-t", "es", "-s", "en", "--cache-dir", str(tmp_path), "--require-backtranslation", env=env)
    assert proc.returncode == 2
    # back-translation es->en first, the round trip en->es second
    assert "Helsinki-NLP/opus-mt-es-en and Helsinki-NLP/opus-mt-en-es are not available locally" in proc.stderr
    assert "tqcheck models pull es en && tqcheck models pull en es" in proc.stderr


def test_the_report_names_both_models_of_the_pair(tiny_models, tmp_path, monkeypatch):
    from tqcheck.backtranslate import models as catalogue
    from tqcheck.backtranslate.models import ModelRef

    bt, rt = tiny_models
    local = {"Helsinki-NLP/opus-mt-es-en": bt, "Helsinki-NLP/opus-mt-en-es": rt}
    # the catalogue's hub ids resolve to the tiny models the tests build (no hub here)
    monkeypatch.setattr(catalogue, "resolve", lambda ref, hint: ModelRef(ref, local[ref], "test"))
    report = tqcheck.check_text(
        "El presidente habló ayer.", source_lang="en", target_lang="es", backtranslate=True,
        config={"cache_dir": str(tmp_path)},
    )
    models = report.backtranslation["models"]
    assert models == {"backtranslation": "Helsinki-NLP/opus-mt-es-en@test", "roundtrip": "Helsinki-NLP/opus-mt-en-es@test"}
    from tqcheck.pipeline import Report
    from tqcheck.report import render_html

    html = render_html(Report([report], report.backtranslation))
    assert "Helsinki-NLP/opus-mt-es-en@test (backtranslation), Helsinki-NLP/opus-mt-en-es@test (roundtrip)" in html


def test_currency_symbol_position_follows_the_locale():
    text = "Pagó $50 y £52.000 por la casa."
    assert conv(text, "es-ES") == [("$50", "50\u00a0$"), ("£52.000", "52.000\u00a0£")]
    assert conv(text, "es-MX") == [] and conv("Paid $50.", "en") == []
    assert conv("Er zahlte 50 € für das Haus.", "de-DE") == []  # the German order
    assert conv("Er zahlte €50 für das Haus.", "de-AT") == []  # Austria writes the symbol first


def test_french_guillemets_take_spaces_inside():
    assert conv("Il a dit «non» hier.", "fr") == [("«non»", "«\u202fnon\u202f»")]
    assert conv("Il a dit « non » hier et «\u202foui\u202f» demain.", "fr") == []
    assert conv("Er sagte «nein» gestern.", "de") == []  # Swiss German sets them tight


def test_comma_inside_closing_quote_is_english():
    assert conv("Era “una zona boscosa,” ha detto il comunicato.", "it") == [(",”", "”,")]
    assert conv("Er sagte „ja,“ und ging.", "de") == [(",“", "“,")]
    # the comma after the mark is right; a full stop inside a quoted sentence is not this rule's business
    assert conv("Era “una zona boscosa”, ha detto. Dijo: “Se fue.” Luego volvió.", "it") == []
    assert conv("He said “yes,” and left.", "en") == []


def test_a_straight_quote_after_a_comma_that_opens_a_quotation_is_left_alone():
    assert conv('Disse "siamo cauti su tutto," ha detto Jones.', "it") == [(',"', '",')]
    assert conv('Lo stato di emergenza," ogni giorno porta al crollo".', "it") == []


def test_spanish_question_without_opening_mark():
    assert conv("Qué pasó ayer? Nadie lo sabe.", "es") == [("?", None)]
    assert conv("¿Qué pasó ayer? Si vienes, ¿me avisas? Ver index.php?id=3 y el dato (?) raro.", "es") == []
    assert conv("Qué pasó ayer? Nadie lo sabe.", "it") == []  # Italian has no ¿
    assert conv("El verano en Seúl aún no ha terminado! Ven pronto.", "es") == [("!", None)]
    assert conv("¡El verano aún no ha terminado! Ven pronto. ¡Hola!", "es") == []


def test_german_noun_after_article_and_adjective():
    assert conv("Wir sehen die neuen häuser.", "de") == [("häuser", "Häuser")]
    assert conv("Die meisten kommen morgen, die beiden auch. Er liest Die Zeit.", "de") == []


def test_title_case_heading_when_the_text_writes_the_words_in_lower_case():
    text = "Devolução | Política de Reembolso\n\nTemos uma política de devolução e o reembolso é rápido.\n"
    assert conv(text, "pt") == [("Política de Reembolso", "Política de reembolso")]
    # a name: its words never appear in lower case; English headings are title case
    assert conv("Ministério da Saúde\n\nO ministério informou ontem.\n", "pt") == []
    assert conv("Refund Policy\n\nOur refund policy is short.\n", "en") == []


def test_compass_point_with_a_capital_among_lower_case_ones():
    assert conv("Limita en el sur con Arbach, en el Oeste con Hasborn y en el norte con Mückeln.", "es") == [("Oeste", "oeste")]
    # names, and a text that never writes a direction in lower case
    assert conv("Viajó a Corea del Sur y al norte de España.", "es") == []
    assert conv("Las películas del Oeste son famosas.", "es") == []


def test_french_noun_of_nationality_in_lower_case_after_a_plural_determiner():
    assert conv("Les américains ont voté, et des allemands aussi", "fr") == [("américains", "Américains"), ("allemands", "Allemands")]
    # the adjective and the language stay in lower case
    assert conv("Les produits américains sont chers. Il parle le français.", "fr") == []
    assert conv("Los americanos votaron.", "es") == []  # Spanish writes the people in lower case


@pytest.mark.parametrize("lang, text, title", [
    ("es", "El santuario se construyó tras la muerte del Emperador Meiji en 1912.", "Emperador"),
    ("it", "Nel 970 l’Imperatore Enyu istituì il festival.", "Imperatore"),
    ("pt", "Já aguardavam o Arcebispo Henryk e os fiéis.", "Arcebispo"),
    ("fr", "La visite du Général Hoffmann a duré deux jours.", "Général"),
    # kinship and forms of address, which translated fiction capitalises as English does ("Elder Zhao")
    ("es", "Si el Anciano Zhao quiere tratar conmigo, tiene mil formas de hacerlo.", "Anciano"),
    ("pt", "Depois, a Abadessa Wuyin foi pessoalmente à seita.", "Abadessa"),
    ("it", "Poi il Fratello Xiao partì con la spada.", "Fratello"),
    ("es", "Lo anunció la Gobernadora Hochul en Albany.", "Gobernadora"),
    ("fr", "Il salua son Oncle Wei devant la porte.", "Oncle"),
    # a Chinese name that English text writes often is still a name, not a word ("Yang", "Li")
    ("es", "No solo el Maestro Yang, ahora los demás también comprendían.", "Maestro"),
])
def test_a_title_capitalised_before_a_name_where_the_language_writes_it_in_lower_case(lang, text, title):
    assert conv(text, lang) == [(title, title.lower())]
    # in lower case, or before a common word (a company), or at a sentence's start, it passes
    assert conv(text.replace(title, title.lower()), lang) == []


def test_a_capitalised_title_before_a_common_word_or_in_english_passes():
    assert conv("Trabaja en la fábrica de General Motors desde 1990.", "es") == []
    assert conv("Emperador Meiji murió en 1912.", "es") == []
    # an address opening the line, and a name such a word opens ("el Tío Sam"), pass
    assert conv("–Anciano Zhao, ¿está seguro?", "es") == []
    assert conv("La caricatura del Tío Sam es famosa.", "es") == []
    assert conv("After the death of Emperor Meiji the era ended.", "en") == []


def test_polish_quotation_marks_in_german():
    text = "Berghotel „Encián” und Berghütte „Murowaniec” liegen oben."
    assert conv(text, "de") == [("„Encián”", "„Encián“"), ("„Murowaniec”", "„Murowaniec“")]
    # the German pair, and „…” in a language that closes „ with ” (Polish) pass
    assert conv("Berghotel „Encián“ liegt oben.", "de") == []
    assert conv("Schronisko „Murowaniec” leży wysoko.", "pl") == []


@pytest.mark.parametrize("lang, text, word", [
    ("fr", "Temps de repos : 3 Heures, puis cuire.", "Heures"),
    ("it", "Annullamento a meno di\n50 Giorni prima dell'arrivo.", "Giorni"),
    ("es", "Cancelación hasta 45 Días antes de la llegada.", "Días"),
    ("pt", "Tempo de preparo: 20 Minutos no forno.", "Minutos"),
])
def test_a_noun_of_time_or_count_capitalised_after_a_number(lang, text, word):
    assert conv(text, lang) == [(word, word.lower())]
    assert conv(text.replace(word, word.lower()), lang) == []


def test_a_capitalised_word_after_a_section_number_is_a_heading():
    assert conv("§ 1 Alcance\n\n1.2 Estos términos se aplican.", "es") == []
    assert conv("Er wartete 3 Stunden.", "de") == []  # German capitalises every noun


@pytest.mark.parametrize("lang, text, item", [
    ("pt", "A camada é normalmente de 8011, 8079, ou 8021 micrómetros.", "8079"),
    ("fr", "Ils apparaissent quand la feuille est amincie, étirée, rayée, ou attaquée.", "rayée"),
    ("es", "Hay clases los lunes, miércoles, y viernes por la tarde.", "miércoles"),
    ("it", "Il foglio protegge da umidità, ossigeno, e luce.", "ossigeno"),
])
def test_the_english_serial_comma_before_the_last_item_of_a_list(lang, text, item):
    report = tqcheck.check_text(text, target_lang=lang, config={"select": ["TQ207"]})
    assert [(f.text, f.evidence["item"]) for f in report.findings] == [(",", item)]
    assert text.index(item) + len(item) == report.findings[0].offset
    # without it, the list is the language's own
    assert conv(text.replace(f"{item},", item), lang) == []


def test_a_comma_that_closes_an_aside_or_an_apposition_before_the_conjunction_passes():
    assert conv("O jogo realiza-se segunda-feira, em Lisboa, e a equipa volta aos treinos.", "pt") == []
    assert conv("Le maire, Jean Dupont, et ses adjoints sont venus.", "fr") == []
    assert conv("We sell red, white, and blue flags.", "en") == []
