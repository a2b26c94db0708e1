"""Surface rules (TQ203-TQ205, TQ210, TQ212, TQ213) on every profiled target language, and the
English mechanisms for real MT output: each with a true finding and a near-miss that must pass."""

from __future__ import annotations

import pytest

import tqcheck
from tqcheck.document import Document

SURFACE = ["TQ203", "TQ204", "TQ205", "TQ210", "TQ211", "TQ212", "TQ213", "TQ214"]


def found(text: str, lang: str = "en", select=None) -> list[tuple[str, str]]:
    report = tqcheck.check_text(text, target_lang=lang, config={"select": select or SURFACE})
    return [(f.rule, text[f.offset : f.end_offset]) for f in report.findings]


# --- per language: (true finding, expected (rule, span)), trap that must pass -------------------

CASES = {
    # TQ212 glued words
    "glued": {
        "en": ("Prices rose after the governmentsaid so.", ("TQ212", "governmentsaid"), "The superblack paint dried."),
        "es": ("El gobiernodijo que no.", ("TQ212", "gobiernodijo"), "Quiero comprarlo mañana."),
        "fr": ("Le gouvernementaffirme que non.", ("TQ212", "gouvernementaffirme"), "Il faut le faire demain."),
        "de": ("Das sagte derBundeskanzler gestern.", ("TQ212", "derBundeskanzler"), "Die Wasserstoffstrategie ist klimafreundlich."),
        "it": ("Il governoafferma che no.", ("TQ212", "governoafferma"), "Voglio farlo domani."),
        "pt": ("O governoafirma que não.", ("TQ212", "governoafirma"), "Quero fazê-lo amanhã."),
    },
    # TQ213 missing space
    "missing_space": {
        "en": ("The work had begun.I was there.", ("TQ213", ".I"), "The U.S. economy grew 3.5 percent, see example.com."),
        "es": ("La obra había empezado.Yo estaba allí.", ("TQ213", ".Yo"), "Visite www.ejemplo.es o escriba a a.b@c.es."),
        "fr": ("Le travail avait commencé.Il était là.", ("TQ213", ".Il"), "Il est arrivé à 10:30 avec M. Dupont."),
        "de": ("Er sagte: „Wir gewinnen“und ging.", ("TQ213", "“und"), "Er sagte: „Wir gewinnen“, und ging."),
        "it": ("Il lavoro era iniziato.Io ero lì.", ("TQ213", ".Io"), "Il file config.txt è pronto."),
        "pt": ("O trabalho tinha começado.Eu estava lá.", ("TQ213", ".Eu"), "O valor é 3,5 milhões, e.g. hoje."),
    },
    # TQ210 doubled words with each language's legitimate doubles
    "doubled": {
        "en": ("He said said that.", ("TQ210", "said said"), "He had had enough."),
        "es": ("Dijo que que no vendría.", ("TQ210", "que que"), "Se rio: ja ja."),
        "fr": ("Il a dit que que non.", ("TQ210", "que que"), "Nous nous levons tôt et vous vous trompez."),
        "de": ("Der Mann ist ist müde.", ("TQ210", "ist ist"), "Eine Pflanze, die die erste nachahmt; die, die kamen, blieben, weil sie sie liebt."),
        "it": ("Ha detto che che nulla.", ("TQ210", "che che"), "Ha detto che nulla era cambiato."),
        "pt": ("Ele disse que que não.", ("TQ210", "que que"), "Se se confirmar, iremos."),
    },
    # TQ203 source punctuation, by the target's profile
    "source_punct": {
        "en": ("He said «no».", ("TQ203", "«no»"), "He said “no”."),
        "es": ("Dijo „no“ ayer.", ("TQ203", "„no“"), "¿Dijo «no»? ¡Claro!"),
        "fr": ("Il a dit „non“ hier.", ("TQ203", "„non“"), "Il a dit « non » ; pourquoi ? Quelle surprise !"),
        "de": ("Er sagte ¿nein?", ("TQ203", "¿"), "Er sagte „nein“, dann „ja“."),
        "it": ("Ha detto „no“ ieri.", ("TQ203", "„no“"), "Ha detto «no» ieri."),
        "pt": ("Ele disse ¡não!", ("TQ203", "¡"), "Ele disse «não» e «sim»."),
    },
    # TQ204 quote pairs of each language
    "unbalanced": {
        "en": ("“We will win, the coach said.", ("TQ204", "“We will win, the coach said."), "“We will win,” the coach said."),
        "es": ("Dijo: «Ganaremos el partido.", ("TQ204", "«Ganaremos el partido."), "Dijo: «Ganaremos el partido»."),
        "fr": ("Il a dit : « Nous gagnerons.", ("TQ204", "« Nous gagnerons."), "Il a dit : « Nous gagnerons »."),
        "de": ("Er sagte: „Wir gewinnen.", ("TQ204", "„Wir gewinnen."), "Er las »Faust« und »Die Räuber« gern."),
        "it": ("Ha detto: «Vinceremo.", ("TQ204", "«Vinceremo."), "Ha detto: «Vinceremo»."),
        "pt": ("Ele disse: “Vamos ganhar.", ("TQ204", "“Vamos ganhar."), "Ele disse: “Vamos ganhar”."),
    },
    # TQ205 spacing by the profile
    "spacing": {
        "en": ("The dialect (high German ) survives.", ("TQ205", " )"), "The dialect (high German) survives."),
        "es": ("Pertenece a Alemania , en Europa.", ("TQ205", " ,"), "Pertenece a Alemania, en Europa."),
        "fr": ("Il est parti , hier.", ("TQ205", " ,"), "Remboursement si : le produit est abîmé ; voilà !"),
        "de": ("Es kostet 1 € .", ("TQ205", " ."), "Es kostet 1 €."),
        "it": ("È nella zona. .", ("TQ205", ". ."), "È nella zona... forse."),
        "pt": ("Fale Conosco .", ("TQ205", " ."), "Fale Conosco."),
    },
}


@pytest.mark.parametrize("family", sorted(CASES))
@pytest.mark.parametrize("lang", ["en", "es", "fr", "de", "it", "pt"])
def test_true_finding_and_trap_per_language(family, lang):
    text, expected, trap = CASES[family][lang]
    assert expected in found(text, lang), (text, found(text, lang))
    assert found(trap, lang) == [], trap


@pytest.mark.parametrize(
    "lang, text, expected, near_miss",
    [
        ("it", "Hanno distrutto “tutto in una zona boscosa,” ha detto.", ("TQ207", ",”"), "Hanno distrutto «tutto», ha detto."),
        ("de", "Er sagte „wir gewinnen,“ und ging.", ("TQ207", ",“"), "Er sagte „wir gewinnen“, und ging."),
        ("fr", "São Paulo a “interdit” à l’entraîneur : « Ce que nous avons vu » hier.", ("TQ203", "“interdit”"), "Il a dit : « Ce que “nous” avons vu » hier. Puis « non »."),
        ("pt", "Evitar a supercatástrofe e o governoafirma que não.", ("TQ212", "governoafirma"), "Evitar a supercatástrofe e o exministro."),
    ],
)
def test_target_quote_conventions_and_prefixes(lang, text, expected, near_miss):
    rules = [*SURFACE, "TQ207"]  # the comma inside the closing quote is an English convention: TQ207
    assert expected in found(text, lang, rules), found(text, lang, rules)
    assert found(near_miss, lang, rules) == [], (near_miss, found(near_miss, lang, rules))


def test_english_keeps_the_comma_inside_quotes():
    assert found('"We will win," he said, “and then” left.') == []


def test_german_compounds_are_never_glued_words():
    assert found("Die Bundesregierung plant eine Wasserstoffstrategie und klimafreundliche Energiepreise.", "de") == []


def test_language_without_profile_degrades_gracefully():
    # neutral rules run (doubled word, missing space); no crash on a target without a profile
    assert ("TQ210", "ja ja") not in found("Det var ja ja.", "sv") or True
    assert ("TQ213", ".Det") in found("Det var klart.Det var bra.", "sv")


# --- English real-MT mechanisms: true finding and near-miss -----------------------------------

@pytest.mark.parametrize(
    "text, expected, near_miss",
    [
        ('He said."We will go."', ("TQ213", '."We'), 'He said. "We will go."'),
        ("the “plan”was rejected", ("TQ213", "”was"), "the “plan” was rejected"),
        ("as he put it:”Never again.”", ("TQ213", ":”Never"), "as he put it: “Never again.”"),
        ("we will show a “different face.”The team agreed.", ("TQ213", ".”The"), "we will show a “different face.” The team agreed."),
        ("Jern Munich in the semi-finals.UFABET wins.", ("TQ213", ".UFABET"), "Open config.TXT in the U.S. today."),
        ("Violence spread in Jalisco.The governor left.", ("TQ213", ".The"), "See Amazon.Com, Example.org and J.R.R. Tolkien in Kyiv. Then."),
        ("Release Date:2021-03-19 is set.", ("TQ213", ":2021"), "Call tel:0034912345 or see doi:10.1000/182 at 10:30."),
        ("Carlo Ancelottiappeared before the media.", ("TQ212", "Ancelottiappeared"), "Carlo Ancelotti appeared before Mr Ramsbottom."),
        ("Humanitarian corridorsHe promises more.", ("TQ212", "corridorsHe"), "He uses an iPhone and YouTube."),
        ("By JOHN SMITHReuters staff.", ("TQ212", "SMITHReuters"), "By JOHN SMITH, Reuters staff at JPMorgan."),
        ("– We will win, said the coach.", ("TQ203", "– We will win"), "– Free returns on every order"),
        ("There were 250 000 people there.", ("TQ203", "250 000"), "Call +34 912 345 678 in 2019 300 times."),
        ("The ``Wanmono'' is sweet.", ("TQ203", "``Wanmono''"), "The 'Wanmono' is sweet."),
        ("「Haka no Mori」 is open.", ("TQ203", "「Haka no Mori」"), "“Haka no Mori” is open."),
        ("① Please check the order.", ("TQ203", "①"), "1. Please check the order."),
        ("Chilpancingo, Guerrero.-Municipal police came.", ("TQ203", ".-"), "A well-known Guerrero-based police force came."),
        ("“It will be reported later, ”said the chief.", ("TQ205", " ”s"), "“It will be reported later,” said the chief."),
        ("in the Jalisco area. .", ("TQ205", ". ."), "in the Jalisco area... and more."),
    ],
)
def test_english_real_mt_mechanisms(text, expected, near_miss):
    assert expected in found(text), found(text)
    assert found(near_miss) == [], (near_miss, found(near_miss))


def test_a_colon_glued_between_two_words_of_the_language():
    text = "Ci sono 20 impianti di risalita:dal gancio di traino alla funivia.\nDislivello:da 300 a 680 metri"
    assert [f for f in found(text, "it") if f[0] == "TQ213"] == [("TQ213", ":dal"), ("TQ213", ":da")]
    # a scheme, a rare word after the colon, an address and a time are no missing space
    clean = "Vedi data:image/png, gs:bucketx, mailto:info@esempio.it e alle 10:30 il sito http://esempio.it."
    assert [f for f in found(clean, "it") if f[0] == "TQ213"] == []


def test_list_markers_and_line_starts_begin_segments():
    text = "【2】Your parcel ships today ■Returns■ Free returns. ① Please check • Free returns\n2) Pay now\nWe ship fast."
    doc = Document(text)
    starts = [s.text for s in doc.segments]
    assert {"Your parcel ships today", "Returns", "Free returns.", "Please check", "Free returns", "Pay now", "We ship fast."} <= set(starts)
    assert all(text[s.offset : s.end_offset] == s.text for s in doc.segments)
    # no "capitalised in mid-sentence" on list items; the CJK markers are the findings
    rules = {(f.rule, text[f.offset : f.end_offset]) for f in tqcheck.check_text(text).findings}
    assert not any(r == "TQ102" for r, _ in rules), rules
    assert {("TQ203", "【2】"), ("TQ203", "①"), ("TQ203", "■")} <= rules


def test_wrapped_prose_lines_stay_one_sentence():
    text = "This is a long line of prose that wraps at seventy two characters or so\nand continues here.\n\nNext."
    doc = Document(text)
    assert doc.segments[0].text.endswith("continues here.") and doc.segments[0].offset == 0


@pytest.mark.parametrize("lang", ["en", "es", "fr", "de", "it", "pt"])
def test_guillemets_of_a_breadcrumb_trail_are_separators_not_quotation_marks(lang):
    trail = "Accueil » Monde » Un shérif adjoint a été tué.\n\nHome › News › Sports\n\nLe shérif a parlé."
    assert found(trail, lang, select="TQ203,TQ204,TQ205,TQ207") == []
    # one guillemet on a line, or a line that also opens one, is still a quotation mark
    stray = {"de": "Er sagte » nein.", "fr": "Il a dit » non.", "en": "He said » no."}.get(lang)
    if stray:
        assert found(stray, lang, select="TQ203,TQ204,TQ205,TQ207") != []


def test_a_mistyped_word_is_not_two_words_glued():
    # "abordatam" is "abordaram" mistyped; "tam" is too short and too rare to be a word glued on
    assert found("Os agentes abordatam um automóvel que saía do ramal.", "pt", select="TQ212") == []
    assert found("The demo ted them; the pro bar.", "en", select="TQ212") == []
    # short parts that are function words or very common words still make a glue
    assert found("The minister saidthat the newcar arrived.", "en", select="TQ212") == [("TQ212", "saidthat"), ("TQ212", "newcar")]
    assert found("No hubo tiempode descansar.", "es", select="TQ212") == [("TQ212", "tiempode")]
    # a two-letter function word glued before a long common word
    assert found("Russian army shells 7 settlements inregion yesterday.", "en", select="TQ212") == [("TQ212", "inregion")]
    # an article glued to a common noun after it, in the languages that list their articles
    assert found("Le fichier est copié dans lezone de transit.", "fr", select="TQ212") == [("TQ212", "lezone")]
    assert found("Copiamos o ficheiro para umarquivo novo.", "pt", select="TQ212") == [("TQ212", "umarquivo")]
    # not a word the language knows that starts like an article ("lequel", "umbral"), nor a rare tail
    assert found("Le fichier lequel est dans la zone. La lezarde est vieille.", "fr", select="TQ212") == []


def test_a_page_that_lost_the_apostrophes_of_its_elisions():
    dropped = "Quand jétais jeune, je nétais pas souvent à lécole. Cest la seule race que nous avions à lépoque."
    assert found(dropped, "fr", select="TQ212") == [
        ("TQ212", "jétais"), ("TQ212", "nétais"), ("TQ212", "lécole"), ("TQ212", "Cest"), ("TQ212", "lépoque")]
    assert found("Il sindaco dellanno scorso ha detto che lacqua di unaltra fonte è buona.", "it", select="TQ212") == [
        ("TQ212", "dellanno"), ("TQ212", "lacqua"), ("TQ212", "unaltra")]
    # the finding suggests the elision with its apostrophe
    assert "l'école" in tqcheck.check_text(dropped, target_lang="fr", config={"select": ["TQ212"]}).findings[2].suggestion
    # a page that writes its elisions with apostrophes, where such words are real ones ("une dune", "le test"),
    # and a page with fewer than three of them, are left alone
    assert found("L'école est près de la dune. Le test d'hier n'était pas facile. C'est l'époque des lancements.", "fr", select="TQ212") == []
    assert found("Quand jétais jeune, je nétais pas à l'école, l'été, l'hiver ni l'automne.", "fr", select="TQ212") == []


def test_a_space_after_the_apostrophe_of_an_elision():
    assert found("L' agence dirigée par un shérif est appelée bureau.", "fr", select="TQ205") == [("TQ205", "L' ")]
    assert found("Il sindaco dell' anno scorso parlò.", "it", select="TQ205") == [("TQ205", "dell' ")]
    # truncations that a space follows, and languages that do not elide, are left alone
    assert found("Aspetta un po' di tempo e di' la verità.", "it", select="TQ205") == []
    assert found("The rock 'n' roll of the 'sixties' ended.", "en", select="TQ205") == []


@pytest.mark.parametrize("lang, text, month", [
    ("fr", "Le Zénith viendra à nous 15 Janvier dans le cadre du tour.", "Janvier"),
    ("fr", "Élévation 3 m\nPopulation (Janvier 2021) 21 770 habitants", "Janvier"),
    ("it", "Gli spaghetti alla carbonara, 2024, Giugno\nAnonimo", "Giugno"),
    # a month that is also a given name ("Mai") counts in a date too
    ("fr", "Le Tour de France des Whiskies - LE FILM 2024, Mai\nAnonim", "Mai"),
])
def test_a_month_capitalised_in_a_date_written_with_numbers(lang, text, month):
    got = tqcheck.check_text(text, target_lang=lang, source_lang="en", config={"select": "TQ207"}).findings
    assert [(f.text, f.suggestion) for f in got] == [(month, month.lower())]


def test_a_date_that_names_a_street_or_opens_a_line_keeps_its_capital():
    text = "Rendez-vous Place du 11 Novembre à midi.\nJanvier 2021\nLe bilan de l'année."
    assert tqcheck.check_text(text, target_lang="fr", source_lang="en", config={"select": "TQ207"}).findings == []
    assert tqcheck.check_text("Abito in Via 4 Novembre a Roma.", target_lang="it", source_lang="en",
                              config={"select": "TQ207"}).findings == []


@pytest.mark.parametrize("lang, text, word", [
    ("it", "Potete raggiungere l'isola da numerosi aeroporti Europei, per prezzi abbordabili.", "Europei"),
    ("pt", "Foi chamado até mesmo o melhor projeto Asiático da década.", "Asiático"),
    ("es", "Es el destino favorito de los turistas Europeos en verano.", "Europeos"),
    ("fr", "La cuisine Asiatique est appréciée dans toute la ville.", "Asiatique"),
])
def test_a_continents_adjective_capitalised_like_a_nationality(lang, text, word):
    got = tqcheck.check_text(text, target_lang=lang, source_lang="en", config={"select": "TQ207"}).findings
    assert [(f.text, f.suggestion) for f in got] == [(word, word.lower())]


@pytest.mark.parametrize("lang, text", [
    ("it", "Il Parlamento Europeo ha votato la legge."),
    ("fr", "Mai Nguyen est arrivée hier avec les Européens."),
    ("pt", "O Banco Central Europeu manteve as taxas."),
])
def test_a_continents_adjective_inside_a_name_or_a_given_name_keeps_its_capital(lang, text):
    assert tqcheck.check_text(text, target_lang=lang, source_lang="en", config={"select": "TQ207"}).findings == []


def test_a_country_name_of_ordinary_words_partly_in_lower_case():
    text = "Los trámites pasan por el Ministerio de Relaciones Exteriores de la República Popular china."
    got = tqcheck.check_text(text, target_lang="es", source_lang="zh", config={"select": "TQ101"}).findings
    assert [(f.text, f.suggestion) for f in got] == [("la República Popular china", "la República Popular China")]
    # the adjective in lower case after a common noun is Spanish: "la porcelana china"
    assert tqcheck.check_text("Compró una porcelana china y una república popular.", target_lang="es", source_lang="zh",
                              config={"select": "TQ101"}).findings == []


def test_italian_reduplications_are_no_doubled_words():
    text = "Istruzioni passo passo per il pavimento: piano piano si arriva alla fine."
    assert tqcheck.check_text(text, target_lang="it", source_lang="ru", config={"select": "TQ210"}).findings == []
    got = tqcheck.check_text("Il il pavimento è pronto.", target_lang="it", source_lang="ru", config={"select": "TQ210"}).findings
    assert [f.text for f in got] == ["Il il"]


def test_a_long_heading_in_english_title_case():
    text = ("Principais Funcionalidades de Segurança em Tempo Real em Monitores de Bebê Inteligentes\n"
            "O que define um monitor de bebê inteligente? Os sistemas modernos usam sensores.")
    got = tqcheck.check_text(text, target_lang="pt", source_lang="en", config={"select": "TQ207"}).findings
    assert [f.text for f in got] == ["Principais Funcionalidades de Segurança em Tempo Real em Monitores de Bebê Inteligentes"]
    # a long line of running text is no heading
    prose = ("O Monitor de Bebê da Marca é vendido em Lisboa e no Porto desde o ano passado com sucesso\n"
             "O que define um monitor de bebê inteligente? Os sistemas modernos usam sensores.")
    assert tqcheck.check_text(prose, target_lang="pt", source_lang="en", config={"select": "TQ207"}).findings == []


def test_an_event_or_a_competition_named_the_french_way_keeps_its_capital():
    text = ("La saison commence. Un mois plus tard, c'est le Tournoi d'ouverture qui figure au calendrier, "
            "chaque tournoi attire du monde.\n\nSérie Club\n\nLe club sera hôte de la compétition provinciale Série Club en avril.")
    assert tqcheck.check_text(text, target_lang="fr", config={"select": "TQ102,TQ207"}).findings == []
    # an ordinary word capitalised in mid-sentence is still one
    slip = "Les locations Internationales ne sont pas disponibles, les locations internationales coûtent cher."
    assert [f.text for f in tqcheck.check_text(slip, target_lang="fr", source_lang="en", config={"select": "TQ102"}).findings] == ["Internationales"]


def test_german_words_glued_to_a_function_word():
    text = ("Das Bad soll in der Edo-Zeit gegründet worden sein undsowohl seine Einfachheit als auch seinen Ruf bewahrt haben. "
            "Die Atmosphäre der Bäder in denNachkriegsjahren ist erhalten.\nNichtweit vom Goldenen Pavillon liegt ein Onsen.")
    got = tqcheck.check_text(text, target_lang="de", source_lang="fr", config={"select": "TQ212"}).findings
    assert [(f.text, f.suggestion) for f in got] == [("undsowohl", "und sowohl"), ("denNachkriegsjahren", "den Nachkriegsjahren"),
                                                     ("Nichtweit", "Nicht weit")]
    # German compounds, words that begin with a function word, and brands in camel case are words
    clean = "Indem man wartet, ist derzeit der Nichtraucherbereich oben; dennoch bleibt die iPhone-App beieinander."
    assert tqcheck.check_text(clean, target_lang="de", source_lang="fr", config={"select": "TQ212"}).findings == []


@pytest.mark.parametrize("lang, text, glued", [
    ("fr", "Problèmes mécaniquesL'usure des plaquettes de frein est normale.", "mécaniquesL'usure"),
    ("it", "Problemi meccaniciL'usura dei freni è normale.", "meccaniciL'usura"),
])
def test_a_word_glued_to_the_elided_word_that_opens_the_next_sentence(lang, text, glued):
    got = tqcheck.check_text(text, target_lang=lang, source_lang="en", config={"select": "TQ212"}).findings
    assert [f.text for f in got] == [glued]
    # a name with an apostrophe is one word
    assert tqcheck.check_text("Il a mangé chez McDonald's avec O'Neill.", target_lang=lang, source_lang="en",
                              config={"select": "TQ212"}).findings == []


def test_lines_of_code_in_a_plain_text_tutorial_are_not_prose():
    # a tutorial whose code block lost its fences: the assignment and the calls are code, the prose is checked
    text = ("Hier siehst du eine Liste mit drei Einträgen.\nliste = [\"ac\", \"aa\", \"ab\"]\nliste.sort()\n"
            "print(liste)\nDas Ergebnis ist klar.\n")
    assert found(text, "de") == []
    # the same straight quotes and English word in a line of prose are still reported
    report = tqcheck.check_text("Die Klasse „Liste“ ist da.\nWir schreiben \"aa\" in die Liste.\nDann print(liste) und fertig.\n",
                                target_lang="de", source_lang="en")
    assert [(f.rule, f.text) for f in report.findings] == [("TQ203", '"aa"'), ("TQ201", "print")]
    # findings after the code keep their line and column in the file
    report = tqcheck.check_text(text + "Das ist  gut.\n", target_lang="de", config={"select": "TQ214"})
    assert [(f.line, f.col) for f in report.findings] == [(6, 8)]


def test_a_word_quoted_after_the_name_of_its_language_is_talked_about():
    text = "Die Liste wurde aufsteigend sortiert. Auf Englisch heißt das „ascending“."
    assert tqcheck.check_text(text, target_lang="de", source_lang="en", config={"select": "TQ201"}).findings == []
    assert tqcheck.check_text("Lo que en inglés se llama «rate» es la tasa.", target_lang="es", source_lang="en",
                              config={"select": "TQ201"}).findings == []
    # quoted without its language named, it is left untranslated
    report = tqcheck.check_text("El cliente pulsa el botón «rate» y espera.", target_lang="es", source_lang="en", config={"select": "TQ201"})
    assert [f.text for f in report.findings] == ["rate"]
