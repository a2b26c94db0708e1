"""TQ201 (untranslated) and TQ202 (calques) for every target language with a profile, and the
mechanisms that catch whole untranslated fragments in English translations."""

import pytest

import tqcheck
from tqcheck.data import DataFileError
from tqcheck.rules.calques import parse_calques


def found(text, target, source="en", select="TQ201,TQ202"):
    report = tqcheck.check_text(text, source_lang=source, target_lang=target, config={"select": select})
    return [(f.rule, f.text) for f in report.findings]


# --- TQ201: English left in a translation into es, fr, de, it, pt (and the source left in English) ---

UNTRANSLATED = {
    "en": ("The attack took place on 3 de marzo in the capital.", "es", "3 de marzo",
           "Charles de Gaulle visited Madrid in March."),
    "es": ("La empresa anunció que the new policy will start en enero.", "en", "the new policy will start",
           "El equipo de marketing lanzó el software nuevo y el blog online."),
    "fr": ("Il a ajouté que le projet était terminé. Read more", "en", "Read more",
           "Il a passé le weekend à Paris avec son smartphone."),
    "de": ("Der Minister sagte, dass the government will act soon.", "en", "the government will act soon",
           "Das Team hat den Download gestartet und die E-Mail gelesen."),
    "it": ("Il sindaco ha detto che the city is ready for the summer.", "en", "the city is ready for the summer",
           "Il weekend è dedicato allo shopping online e al marketing."),
    "pt": ("O presidente disse que the economy is growing rapidly.", "en", "the economy is growing rapidly",
           "O site oferece download grátis e suporte online para o software."),
}


@pytest.mark.parametrize("target", sorted(UNTRANSLATED))
def test_untranslated_fragment_per_language(target):
    text, source, fragment, _ = UNTRANSLATED[target]
    assert found(text, target, source, "TQ201") == [("TQ201", fragment)]


@pytest.mark.parametrize("target", sorted(UNTRANSLATED))
def test_loanwords_and_names_are_not_untranslated_per_language(target):
    _, source, _, trap = UNTRANSLATED[target]
    assert found(trap, target, source, "TQ201") == []


def test_english_is_the_assumed_source_of_other_targets_at_info_severity():
    report = tqcheck.check_text("La empresa anunció que the new policy will start en enero.", target_lang="es",
                                config={"select": "TQ201"})
    assert [(f.text, f.severity) for f in report.findings] == [("the new policy will start", "info")]
    assert found("El equipo de marketing lanzó el software nuevo el weekend.", "es", None, "TQ201") == []


def test_loanword_lists_are_generated_data_that_keep_english_function_words_out():
    from tqcheck.data import word_list

    for lang in ("es", "fr", "de", "it", "pt"):
        words = word_list(f"{lang}/loanwords.txt")
        assert len(words) > 1000
        assert not {"the", "and", "of", "with"} & words, lang
    assert {"marketing", "software"} <= word_list("es/loanwords.txt")
    assert "weekend" in word_list("fr/loanwords.txt") and "download" in word_list("de/loanwords.txt")


# --- TQ201 in English: whole fragments, boilerplate, romanised words, function words ---

def test_fragment_is_reported_whole_with_its_language():
    report = tqcheck.check_text("Lire aussi: The president will travel to Kyiv.", source_lang="fr",
                                config={"select": "TQ201"})
    assert [f.text for f in report.findings] == ["Lire aussi"]
    assert "(French)" in report.findings[0].message
    assert found("It happened in marzo de 2020 in Madrid.", "en", "es", "TQ201") == [("TQ201", "marzo de 2020")]
    # near miss: a name particle next to a name is not a fragment
    assert found("Sofía de la Cruz met Charles de Gaulle in 1960.", "en", "es", "TQ201") == []


def test_boilerplate_standing_apart():
    assert found("The minister resigned on Monday.\n\nWeiterlesen\n", "en", "de", "TQ201") == [("TQ201", "Weiterlesen")]
    assert found("The mayor visited the flooded area. (Archivo)", "en", "es", "TQ201") == [("TQ201", "Archivo")]
    # without a source language the language is guessed, at info severity
    report = tqcheck.check_text("The minister resigned on Monday.\n\nWeiterlesen\n", config={"select": "TQ201"})
    assert [(f.text, f.severity) for f in report.findings] == [("Weiterlesen", "info")]
    assert "(German)" in report.findings[0].message
    # near misses: a credit, a club name on its own line, a name in parentheses, a headline's name
    assert found("The mayor visited the flooded area (Reuters).\n\nReal Madrid\n", "en", None, "TQ201") == []
    assert found("The singer (Maria) arrived late.\n\nÖmer Çelik: Turkey is full\n", "en", None, "TQ201") == []


def test_an_english_label_held_together_by_an_english_function_word():
    # its other words are loanwords of Italian ("switch", "English"), and still English here
    text = "Questa pagina è stata tradotta automaticamente da DeepL. Switch to English\n\nCambiare la password è semplice."
    assert found(text, "it", "en", "TQ201") == [("TQ201", "Switch to English")]
    assert found("La ricetta è semplice.\n\nHOW TO\n\nCome fare la pasta in casa.", "it", "en", "TQ201") == [("TQ201", "HOW TO")]
    # a function word both languages write ("in"), or a place's name among the words, is no English label
    assert found("Prodotti di qualità.\n\nMade in Italy\n\nSpedizione gratuita.", "it", "en", "TQ201") == []
    assert found("Un viaggio indimenticabile.\n\nBack to Roma\n\nIl ritorno è previsto domani.", "it", "en", "TQ201") == []


def test_another_countrys_police_ranks_and_offices_left_in_place():
    text = "Mesuji Police Chief AKBP Edi Purnomo said the situation of Kamtibmas is calm, and Kapolsek Marang agreed."
    assert found(text, "en", "id", "TQ201") == [("TQ201", "AKBP"), ("TQ201", "Kamtibmas"), ("TQ201", "Kapolsek")]
    assert found(text, "en", None, "TQ201") == [("TQ201", "AKBP"), ("TQ201", "Kamtibmas"), ("TQ201", "Kapolsek")]
    # from another source language, in Indonesian itself, or as part of a longer word, it is left alone
    assert found(text, "en", "de", "TQ201") == []
    assert found("Kapolsek Marang mengatakan situasi Kamtibmas aman.", "id", None, "TQ201") == []
    assert found("The AKBPX protocol and the Kodimension app were launched.", "en", None, "TQ201") == []


def test_romanised_cyrillic_source_word():
    assert found("The new devaysa has a large screen.", "en", "ru", "TQ201") == [("TQ201", "devaysa")]
    # one letter too many, as MT romanisers write it (дюймовым)
    assert found("One will have a 4.7-dyuymouvym screen.", "en", "ru", "TQ201") == [("TQ201", "dyuymouvym")]
    # near miss: a place name (capitalised) that reads as Russian is a name, not a word
    assert found("Shelling hit Gavrilovka and Ivanovka overnight.", "en", "ru", "TQ201") == []
    # near misses: the same text from another source language, an English word of Russian origin
    assert found("The new devaysa has a large screen.", "en", "es", "TQ201") == []
    assert found("The borscht and the dacha were described in detail.", "en", "ru", "TQ201") == []


def test_pinyin_left_in_a_translation_from_chinese():
    text = "The Chinese team at this time in the 12 season zhanba 4 victories, coach Cai Zhenhua said."
    report = tqcheck.check_text(text, source_lang="zh", config={"select": "TQ201"})
    assert [(f.text, f.severity) for f in report.findings] == [("zhanba", "warning")]
    assert "pinyin (zhan ba)" in report.findings[0].message
    # near misses: a capitalised name in pinyin, English words that split into syllables
    # ("change", "banana"), loanwords English has ("hutong"), another source language
    assert found("Coach Cai Zhenhua will change the banana hutong plan.", "en", "zh", "TQ201") == []
    assert found(text, "en", "ja", "TQ201") == []


def test_source_function_word_opening_an_english_sentence():
    assert found("Se your phone does not charge, check the cable.", "en", "it", "TQ201") == [("TQ201", "Se")]
    # near miss: a name at the sentence start
    assert found("Se Ri Pak won the tournament.", "en", "it", "TQ201") == []


def test_short_source_word_that_is_native_to_the_target_is_not_flagged():
    # "à" is a Portuguese word, but also French: in a French text it is no evidence
    assert found("Les joueurs sont arrivés à Paris hier soir.", "fr", "pt", "TQ201") == []
    assert found("It was destroyed y rebuilt by the Portuguese.", "en", "es", "TQ201") == [("TQ201", "y")]


# --- TQ202: English false friends and calques in es, fr, de, it, pt (each in the sense it is wrong) ---

CALQUES = {
    "es": ("Eventualmente ganó el partido y se fue.", "Eventualmente ganó",
           "Actualmente la empresa tiene 500 empleados y eventualmente podría crecer."),
    "fr": ("Il a visité la librairie municipale hier.", "librairie municipale",
           "J'ai acheté un roman à la librairie du quartier."),
    "de": ("Abgeordnete sagten, der Sheriff habe den Mann verhaftet.", "Abgeordnete",
           "Die Abgeordneten des Bundestages stimmten dem Gesetz zu."),
    "it": ("Il paese si trova brutalmente 6 chilometri a nord.", "brutalmente 6",
           "Fu picchiato brutalmente da due uomini."),
    "pt": ("Ele pretendeu estar dormindo quando a mãe entrou.", "pretendeu estar dormindo",
           "Ele pretende ser médico como o pai."),
}


@pytest.mark.parametrize("target", sorted(CALQUES))
def test_calque_per_language(target):
    text, span, _ = CALQUES[target]
    assert found(text, target, "en", "TQ202") == [("TQ202", span)]


@pytest.mark.parametrize("target", sorted(CALQUES))
def test_word_right_in_its_own_sense_is_not_a_calque(target):
    _, _, trap = CALQUES[target]
    assert found(trap, target, "en", "TQ202") == []


def test_calque_messages_explain_the_sense():
    report = tqcheck.check_text("Cuando realizó que estaba solo, llamó a la policía.", source_lang="en",
                                target_lang="es", config={"select": "TQ202"})
    assert [f.text for f in report.findings] == ["realizó que"]
    assert "notice" in report.findings[0].message and report.findings[0].suggestion == "darse cuenta de que"
    # "realizar" in its own sense (carry out) passes
    assert found("La empresa realizó un estudio que duró dos años.", "es", "en", "TQ202") == []


def test_english_ordinal_and_coat_of_arms_calques():
    assert found("Desde el 17mo siglo, el nombre cambió.", "es", "en", "TQ202") == [("TQ202", "el 17mo siglo")]
    assert found("Desde el siglo XVII, el nombre cambió.", "es", "en", "TQ202") == []
    assert found("Los brazos de la municipalidad muestran un león.", "es", "en", "TQ202") == [("TQ202", "brazos de la municipalidad")]
    assert found("Lo recibió con los brazos abiertos de la madre.", "es", "en", "TQ202") == []


def test_calque_context_column_and_pattern_syntax():
    table = parse_calques(
        "pattern\texplanation\tsuggestion\texample\tseverity\tcontext\n"
        "deputat~\tsheriff's deputy\tvicesceriffo\tx\twarning\tsceriff~\n"
        "eventualmente *ò\tin the end\talla fine\tx\t\t\n"
        "nel #th secolo\tEnglish ordinal\tXVII secolo\tx\t\t\n",
        "my.tsv", "it",
    )
    assert [c.context for c in table] == [(("sceriff",),), (), ()]
    assert table[0].pattern.fullmatch("deputati") and not table[0].pattern.fullmatch("vicedeputato")
    assert table[1].pattern.fullmatch("eventualmente arrivò") and not table[1].pattern.fullmatch("eventualmente arriva")
    assert table[2].pattern.fullmatch("nel 17th secolo") and not table[2].pattern.fullmatch("nel 17 secolo")
    with pytest.raises(DataFileError, match=r"my.tsv:2: "):
        parse_calques("pattern\texplanation\n\tno pattern\n", "my.tsv", "it")


def test_calques_from_english_need_the_source_language():
    assert found("Il a visité la librairie municipale hier.", "fr", None, "TQ202") == []


def test_english_compound_left_whole():
    assert found("La cruz en el lado del armsbearer se refiere a la lealtad.", "es", "en", "TQ201") == [("TQ201", "armsbearer")]
    # near miss: a Spanish compound that wordfreq does not know ("super" + "conectados" are not both English)
    assert found("Una generación de jóvenes superconectados vive en la ciudad.", "es", "en", "TQ201") == []


def test_boilerplate_fragment_whole_across_function_words_and_shared_words():
    text = "The talks will continue next week.\n\nContinua a leggere\n"
    assert found(text, "en", "it", "TQ201") == [("TQ201", "Continua a leggere")]
    assert found("The talks will continue.\n\nMostrar original\n", "en", "es", "TQ201") == [("TQ201", "Mostrar original")]
    # near miss: an English line of words shared with Spanish is not boilerplate
    assert found("The talks will continue.\n\nOriginal version\n", "en", "es", "TQ201") == []


def test_titles_and_quotations_left_in_english_on_purpose():
    assert found("Escucharon la canción «Let it be» de los Beatles.", "es", "en", "TQ201") == []
    assert found('Su lema era "we are the champions" y lo repetían.', "es", "en", "TQ201") == []
    # the same words outside quotation marks are a fragment left untranslated
    assert found("Su lema era que we are the champions y lo repetían.", "es", "en", "TQ201") == [("TQ201", "we are the champions")]


def test_real_mt_calques_into_english_with_their_sense():
    assert found("She wrote on her page in Facebook that she was safe.", "en", "ru", "TQ202") == [("TQ202", "page in Facebook")]
    assert found("The figure is on page 4 in the report.", "en", "ru", "TQ202") == []
    sports = "The two foreign aids scored 40 points and the coach was pleased."
    assert found(sports, "en", "zh", "TQ202") == [("TQ202", "foreign aids")]
    # near miss: development aid in a text about politics
    assert found("The government cut foreign aid to Africa last year.", "en", "zh", "TQ202") == []
    assert found("He was taken in yellow code to the Civile Hospital.", "en", "it", "TQ202") == [("TQ202", "in yellow code")]
    assert found("She painted the wall in yellow and wrote code at night.", "en", "it", "TQ202") == []


@pytest.mark.parametrize("lang, text, expected", [
    ("es", "El lado soporta a Springiersbach Abbey, para la cual el emperador publicó un certificado.", [("Springiersbach Abbey", "abadía de Springiersbach")]),
    ("fr", "Nous avons visité Edinburgh Castle hier.", [("Edinburgh Castle", "château d'Edinburgh")]),
    ("it", "Il villaggio si trova sul Mississippi River.", [("Mississippi River", "fiume Mississippi")]),
    ("de", "Die Springiersbach Abbey liegt im Tal.", [("Springiersbach Abbey", "Kloster Springiersbach")]),
])
def test_an_english_head_noun_left_in_a_name(lang, text, expected):
    report = tqcheck.check_text(text, target_lang=lang, config={"select": "TQ201"})
    assert [(f.text, f.suggestion) for f in report.findings] == expected


def test_english_head_nouns_near_misses():
    # names that keep their English head, an English phrase, the target's own form, English text
    assert found("Vimos el Crystal Palace y la Church Street; la Old Castle cerró.", "es", None, "TQ201") == []
    assert found("El Club Atlético River Plate ganó; vive en Windsor Castle Road.", "es", None, "TQ201") == []
    assert found("La abadía de Springiersbach es antigua.", "es", "en", "TQ201") == []
    assert found("The village lies near Springiersbach Abbey.", "en", "de", "TQ201") == []


@pytest.mark.parametrize("lang, text, expected", [
    ("it", "Il parco di Yuhuang Mountain è sulla riva nord del fiume Hun.", [("Yuhuang Mountain", "monte Yuhuang")]),
    ("es", "Huijin Manor está ubicada en el distrito de Xiaonan.", [("Huijin Manor", "mansión Huijin")]),
    ("de", "Wir sprechen über das Dorf Dubrowna im Volsky District.", [("Volsky District", "Bezirk Volsky")]),
    ("pt", "Visite os parques da cidade, incluindo Yoyogi Park.", [("Yoyogi Park", "parque Yoyogi")]),
    ("fr", "Le siège est sur Liuquan Road, à Tonghua City.", [("Liuquan Road", "rue Liuquan"), ("Tonghua City", "ville de Tonghua")]),
    ("pt", "Ele estudou na Chungwoon University e mora em Sakyo Ward.", [("Chungwoon University", "universidade de Chungwoon"), ("Sakyo Ward", "distrito de Sakyo")]),
    # heads of landscapes, towns and sights on tour pages
    ("es", "Después del desayuno salimos de Dades Gorge y seguimos hacia las Todra Gorges.", [("Dades Gorge", "garganta de Dades"), ("Todra Gorges", "gargantas de Todra")]),
    ("de", "Daigo Town liegt im Nordwesten der Präfektur, die Khareba Winery im Osten.", [("Daigo Town", "Stadt Daigo"), ("Khareba Winery", "Weingut Khareba")]),
    ("fr", "Le lendemain, nous traversons le Dasht Desert jusqu'au Maharloo Lighthouse.", [("Dasht Desert", "désert de Dasht"), ("Maharloo Lighthouse", "phare de Maharloo")]),
    ("it", "Si visita il Mehrangarh Fort e poi la Ramnagar Citadel.", [("Mehrangarh Fort", "forte di Mehrangarh"), ("Ramnagar Citadel", "cittadella di Ramnagar")]),
    ("pt", "O passeio termina no Chapada Waterfall, perto do Osorno Volcano.", [("Chapada Waterfall", "cascata Chapada"), ("Osorno Volcano", "vulcão Osorno")]),
    # names English writes often keep their head: an English-speaking place, a brand, an English phrase
    ("es", "Visitamos el Sherwood Forest, la Red Fort y el Amber Fort con la Twins Winery.", []),
    ("es", "Estudió en la Harvard University y en la universidad de Chungwoon.", []),
    # an address glossed by its translation on a long line is prose, not an assignment in code
    ("it", "Indirizzo 8 Liuquan Road, Dongchang District, Città di Tonghua, Provincia di Jilin = Via Liuquan 8, Distretto Dongchang",
     [("Liuquan Road", "via Liuquan"), ("Dongchang District", "distretto di Dongchang")]),
])
def test_an_english_head_left_in_the_name_of_a_foreign_place(lang, text, expected):
    report = tqcheck.check_text(text, target_lang=lang, config={"select": "TQ201"})
    assert [(f.text, f.suggestion) for f in report.findings] == expected


def test_places_of_english_speaking_countries_keep_their_english_heads():
    text = "Paseamos por Oxford Street y Central Park, y luego fuimos a Kansas City y al Manchester City."
    assert found(text, "es", None, "TQ201") == []
    assert found("Wir waren in der Oxford Street und im Laramie County.", "de", "en", "TQ201") == []
    # German keeps an English road's name whole ("zwischen der Fairburn Road und der Chapel Hill Road")
    assert found("Der Vorfall geschah zwischen der Fairburn Road und der Chapel Hill Road.", "de", "en", "TQ201") == []
    assert found("total = Liuquan Road", "it", None, "TQ201") == []  # a short assignment: code


def test_a_long_german_place_name_is_not_an_untranslated_noun():
    assert found("The village lies near Springiersbach, north of Ravengiersburg.", "en", "de", "TQ201") == []
    # a long German noun left in the translation still is one
    assert found("The Wirtschaftsstandort of the region grew.", "en", "de", "TQ201") == [("TQ201", "Wirtschaftsstandort")]


def test_a_source_term_the_text_explains_is_kept_on_purpose():
    text = ("Bundenbach is an Ortsgemeinde – a municipality belonging to a Verbandsgemeinde, a kind of collective "
            "municipality. It belongs to the Verbandsgemeinde of Rhaunen.")
    assert found(text, "en", "de", "TQ201") == []
    # an untranslated word that a clause, not a gloss, follows is still reported
    assert found("According to the Czech Statistical úřadu, the average wage rose.", "en", "cs", "TQ201") == [("TQ201", "úřadu")]


def test_words_of_a_url_are_not_untranslated_text():
    text = "Il gruppo ha aumentato la produzione.\n\nFonte: https://newinform.com/45057-novyi-rekord-v-rossii-uvelichat-proizvodstvo-traktorov"
    assert found(text, "it", "ru", "TQ201") == []
    # a slash between two words is no address: "devolução/reembolso" in English text is still Portuguese
    assert found("Start the process of devolução/reembolso now.", "en", "pt", "TQ201") != []


@pytest.mark.parametrize("lang, text, expected", [
    ("es", "Una metrópolis vibrante, Yekaterinburg está en Asia.", [("Yekaterinburg", "Ekaterimburgo")]),
    ("de", "Danach fuhren wir weiter nach Moscow und Warsaw.", [("Moscow", "Moskau"), ("Warsaw", "Warschau")]),
    ("it", "Il tour parte da Samarkand e arriva a Bucharest.", [("Bucharest", "Bucarest")]),
    ("fr", "Le siège est à Brussels, près de la gare.", [("Brussels", "Bruxelles")]),
    ("pt", "A empresa abriu uma loja em Germany no ano passado.", [("Germany", "Alemanha")]),
])
def test_the_english_name_of_a_country_or_city_the_target_writes_its_own_way(lang, text, expected):
    report = tqcheck.check_text(text, target_lang=lang, config={"select": "TQ201"})
    assert [(f.text, f.suggestion) for f in report.findings] == expected


def test_english_names_inside_longer_names_and_english_phrases_are_kept():
    # a name inside a longer one, an English phrase the text quotes, a name the target borrows, English text
    assert found("Visitamos el London Eye y bebimos Havana Club en Berlin.", "es", None, "TQ201") == []
    assert found("Wir produzieren „Made in Germany“ seit Jahren.", "de", None, "TQ201") == []
    assert found("We flew from Moscow to Warsaw.", "en", None, "TQ201") == []
