"""Casing rules (TQ101, TQ102, TQ106) in every profiled target language, and the English mechanisms
for real MT output: each with a true finding and a near-miss that must stay quiet."""

import pytest

import tqcheck


def found(text, lang="en", select="TQ101,TQ102,TQ106", **kw):
    return [(f.rule, f.text) for f in tqcheck.check_text(text, target_lang=lang, config={"select": select}, **kw).findings]


# --- no language crashes -------------------------------------------------------------------------

@pytest.mark.parametrize("lang", ["en", "es", "fr", "de", "it", "pt", "ru", "nl", "pl", "ja", "ar"])
def test_issue_sentence_runs_in_every_target(lang):
    text = "Der Präsident besuchte Kiew am Samstag. Er sagte, dass die die Häuser stehen."
    report = tqcheck.check_text(text, target_lang=lang, source_lang="en")
    assert all(text[f.offset : f.end_offset] == f.text for f in report.findings)


# --- TQ101: a lower-cased name, per language ---------------------------------------------------

LOWER_NAME = {
    "en": ("Putin wanted to take kyiv quickly.", "kyiv"),
    "es": ("El presidente visitó kiev el sábado.", "kiev"),
    "fr": ("Le président a visité kiev samedi.", "kiev"),
    "de": ("Der Präsident besuchte kiew am Samstag.", "kiew"),
    "it": ("Il presidente ha visitato kiev sabato.", "kiev"),
    "pt": ("O presidente visitou kiev no sábado.", "kiev"),
}
#: a place name that is also an ordinary word of the language, in lower case: never flagged
LOWER_WORD = {
    "en": "They ate turkey and went reading.",
    "es": "Compró una granada en el mercado.",  # Granada / granada (pomegranate)
    "fr": "Il a fait trois tours du parc.",  # Tours / tours
    "de": "Wir essen heute zu Hause.",  # Essen / essen
    "it": "Ha preso una tazza di caffè in una riunione.",  # La Riunione / riunione (meeting)
    "pt": "Ele bebeu uma cerveja de malta.",  # Malta / malta
}


@pytest.mark.parametrize("lang", sorted(LOWER_NAME))
def test_lowercase_place_in_each_language(lang):
    text, word = LOWER_NAME[lang]
    assert found(text, lang) == [("TQ101", word)]


@pytest.mark.parametrize("lang", sorted(LOWER_WORD))
def test_place_name_that_is_also_a_word_is_not_flagged(lang):
    assert found(LOWER_WORD[lang], lang) == []


def test_target_language_names_multi_word_and_institutions():
    assert found("Fue a nueva york y habló en la casa blanca.", "es") == [("TQ101", "nueva york"), ("TQ101", "la casa blanca")]
    assert found("Vive en una casa blanca cerca de Nueva York.", "es") == []


def test_partly_lowercased_name_in_a_target_language():
    assert found("Llegó a Nueva york el lunes.", "es") == [("TQ101", "Nueva york")]
    assert found("Llegó a Nueva York el lunes; la nueva casa es grande.", "es") == []


def test_semicolon_seam_in_a_target_language():
    assert found("Las conversaciones se estancaron; El ministro se fue.", "es", select="TQ102") == [("TQ102", "El")]
    assert found("Las conversaciones se estancaron; el ministro se fue.", "es", select="TQ102") == []


def test_german_nouns_give_no_document_evidence():
    # every German noun is capitalised: "Verletzte" elsewhere says nothing about "verletzte"
    text = "Die Verletzte wurde gebracht. Die Polizei sagte, der Mann verletzte sie schwer."
    assert found(text, "de") == []


# --- TQ102: a capitalised function word mid-sentence, per language ------------------------------

SEAM = {
    "en": ("The talks failed in Madrid He said they would resume.", "He"),
    "es": ("El ministro habló en Madrid El presidente dijo que no.", "El"),
    "fr": ("Il a parlé à Paris Le ministre a dit non.", "Le"),
    "de": ("Er sprach lange in Berlin Er sagte aber nichts.", "Er"),
    "it": ("Ha parlato a Roma Il ministro ha detto no.", "Il"),
    "pt": ("Ele falou em Lisboa Os ministros disseram que não.", "Os"),
}
#: a capitalised article that starts a name or title mid-sentence, and German nouns everywhere
NAME_MID_SENTENCE = {
    "en": "She read it in The Times yesterday.",
    "es": "Lo publicó El País el lunes y lo leyó en Los Ángeles.",
    "fr": "Selon Le Monde, la ministre est partie à La Rochelle.",
    "de": "Der Präsident besuchte Kiew am Samstag. Er sagte, dass die Häuser im Dorf Die Linke wählten und Sie kommen.",
    "it": "Secondo La Stampa, il ministro è andato a La Spezia.",
    "pt": "Segundo O Globo, o ministro foi a Nova Iorque.",
}


@pytest.mark.parametrize("lang", sorted(SEAM))
def test_seam_capital_in_each_language(lang):
    text, word = SEAM[lang]
    assert found(text, lang, select="TQ102") == [("TQ102", word)]


@pytest.mark.parametrize("lang", sorted(NAME_MID_SENTENCE))
def test_capitalised_name_or_noun_mid_sentence_is_not_flagged(lang):
    assert found(NAME_MID_SENTENCE[lang], lang, select="TQ102") == []


def test_german_courtesy_form_is_not_flagged():
    assert found("Wir danken Ihnen, dass Sie uns geschrieben haben.", "de", select="TQ102") == []


# --- TQ106: a sentence that starts in lower case, per language -----------------------------------

LOWER_START = {
    "en": ("The talks failed. the minister left.", "the"),
    "es": ("La reunión terminó. ¿qué pasará ahora?", "qué"),
    "fr": ("La réunion est finie. « le ministre est parti. »", "le"),
    "de": ("Der Minister sprach. „die Lage ist ernst.“", "die"),
    "it": ("La riunione è finita. il ministro ha parlato.", "il"),
    "pt": ("A reunião terminou. o ministro falou.", "o"),
}
#: an abbreviation before the lower-case word, or a Spanish series of questions
ABBREVIATION = {
    "en": "It was built by Smith et al. and others.",
    "es": "Compró frutas, verduras, etc. y volvió. ¿Quién es? ¿qué quiere?",
    "fr": "Il y avait des pommes, des poires, etc. et du pain.",
    "de": "Das gilt für Häuser bzw. für Wohnungen.",
    "it": "Ha comprato mele, pere ecc. per la cena.",
    "pt": "Veja a pág. 3 do relatório.",
}


@pytest.mark.parametrize("lang", sorted(LOWER_START))
def test_lowercase_sentence_start_in_each_language(lang):
    text, word = LOWER_START[lang]
    assert found(text, lang, select="TQ106") == [("TQ106", word)]


@pytest.mark.parametrize("lang", sorted(ABBREVIATION))
def test_lower_case_after_an_abbreviation_is_not_flagged(lang):
    assert found(ABBREVIATION[lang], lang, select="TQ106") == []


# --- English real-MT mechanisms --------------------------------------------------------------

def test_partly_lowercased_multi_word_names():
    got = found("Flights from Sri lanka and Hong kong to New zealand resumed.")
    assert got == [("TQ101", "Sri lanka"), ("TQ101", "Hong kong"), ("TQ101", "New zealand")]
    # lower case before a capital is a description, not a broken name
    assert found("Prices rose in north Korea and in Sri Lanka, the report said.") == []


def test_surname_lowercased_after_a_given_name():
    assert found("Chancellor Angela merkel met the press.") == [("TQ101", "merkel")]
    # an ordinary word, a name particle, an inflection, or a verb after a full name
    assert found("Angela smiled. Leonardo da Vinci painted it. Alice Walker trekked to the grave.") == []


def test_lone_surname_capitalised_elsewhere_in_the_document():
    assert found("The press met Merkel on Monday. Later merkel left for Paris.") == [("TQ101", "merkel")]
    # capitalised only in a title-case heading: no evidence
    assert found("Engine Knocking or Pinging\n\nOne cause is engine knocking or pinging.") == []


def test_brand_names_in_lower_case():
    assert found("He posted the video on youtube and instagram.") == [("TQ101", "youtube"), ("TQ101", "instagram")]
    assert found("He posted the video on YouTube from his iPhone, then went to twitter.") == []


def test_function_word_before_a_nationality():
    assert found("He said so in The Times The Ukrainian president promised more.", select="TQ102") == [("TQ102", "The")]
    assert found("The court in The Hague ruled. She grew up in The Bronx and left.", select="TQ102") == []


def test_capital_after_a_semicolon():
    assert found("The talks stalled; Yesterday the minister left.", select="TQ102") == [("TQ102", "Yesterday")]
    assert found("The talks stalled; Moscow said nothing. Speakers: Smith; Jones.", select="TQ102") == []


def test_word_in_capitals_mid_sentence():
    assert found("After the vote the MINISTER said he would resign.", select="TQ102") == [("TQ102", "MINISTER")]
    # acronyms that spell a word, and runs of capitals
    assert found("When SARS broke out we stayed. Read the USER MANUAL first.", select="TQ102") == []


def test_capital_inside_a_word():
    assert found("The mInister said no.", select="TQ102") == [("TQ102", "mInister")]
    assert found("She bought an iPhone on eBay from McDonald.", select="TQ102") == []


def test_prose_in_title_case():
    text = "First, Members Are Required to Carefully Check the Order When Placing an Order. If There Are Special Requirements, Please Explain Them in Time."
    got = found(text, select="TQ102")
    assert got and got[0][0] == "TQ102" and got[0][1].startswith("First, Members Are Required")
    # a sentence full of names and titles is not title-cased prose
    names = "Russian President Vladimir Putin arrived in Saint Petersburg for the Main Parade of the Russian Navy."
    assert found(names, select="TQ102") == []


def test_a_run_of_title_case_takes_in_the_title_cased_sentences_beside_it():
    # the sentence splitter cut the first sentence at "Etc.)": neither piece is title-cased prose on
    # its own, but both are capitalised throughout and stand next to a sentence that is
    text = ("First, Members Are Required to Carefully Check the Order (Price, Quantity, Etc.) When Placing an Order. "
            "If There Are Special Requirements, Please Explain Them in Time.\n\n"
            "Members Are Required to Check the Order. We will ship it today.")
    report = tqcheck.check_text(text, config={"select": "TQ102"})
    assert [(f.offset, f.message.split(":")[0]) for f in report.findings] == [(0, "3 sentences in title case")]
    # sentences capitalised throughout with no clearly title-cased one beside them are left alone
    assert found("Members Are Required to Check the Order. We will ship it today.", select="TQ102") == []

@pytest.mark.parametrize("text", [
    "【2】Your parcel ships today.",
    "See the terms.\n■Returns■\nYou may return it.",
    "Check the list.\n① Please check the box.",
    "Benefits:\n• Free returns\n• Fast delivery",
    "How to order:\n1) Choose\n2) Pay now",
    "Show original\nThe president spoke.",
])
def test_list_markers_and_line_starts_begin_something_new(text):
    assert found(text, select="TQ102,TQ106") == []


def test_a_name_whose_article_opens_the_sentence_keeps_the_capital_in_the_suggestion():
    report = tqcheck.check_text("La casa blanca respondió ayer.", target_lang="es", config={"select": "TQ101"})
    assert [(f.text, f.suggestion) for f in report.findings] == [("La casa blanca", "La Casa Blanca")]
    report = tqcheck.check_text("Habló en la casa blanca.", target_lang="es", config={"select": "TQ101"})
    assert [(f.text, f.suggestion) for f in report.findings] == [("la casa blanca", "la Casa Blanca")]


def test_a_modern_word_capitalised_in_product_names_is_no_name():
    # "seafood" is not in Webster's Second (1934); the ordinary-word list has the words English
    # made since from the hunspell en_US dictionary, so product names do not make it a name
    text = ("Vendors sell the Luxurious Seafood Roll, the Seven Joys Seafood Roll and the Special Seafood Roll. "
            "Purists insist on seafood fillings, and the shop has seafood and egg.")
    assert found(text, select="TQ101") == []
    # a rare word the document capitalises is still a name lower-cased ("merkel")
    assert found("Chancellor Merkel spoke. Later Merkel left, and merkel returned.", select="TQ101") == [("TQ101", "merkel")]


def test_an_institution_name_half_capitalised():
    text = "In a statement, the foreign Ministry said that the prime Minister would not attend."
    report = tqcheck.check_text(text, config={"select": "TQ102"})
    assert [(f.text, f.suggestion) for f in report.findings] == [("foreign Ministry", "Foreign Ministry"), ("prime Minister", "Prime Minister")]
    # all capitalised or all in lower case is right; so is a word that qualifies the noun in prose
    assert found("The Foreign Ministry and the foreign ministry agree; the state Department of Transportation too.", select="TQ102") == []


def test_a_title_half_capitalised():
    text = ("Lan Shaomin, deputy Secretary of the Provincial Committee, attended. The meeting was chaired by "
            "Deputy general Manager Wang Zhangyan.")
    report = tqcheck.check_text(text, config={"select": "TQ102"})
    assert [(f.text, f.suggestion) for f in report.findings] == [("deputy Secretary", "Deputy Secretary"), ("general Manager", "General Manager")]
    # one case throughout is right, and English writes "acting" or "former" in lower case before a title
    clean = "The Vice President met the vice president of the club, acting President Harris and former President Obama."
    assert found(clean, select="TQ102") == []


def test_a_title_in_lower_case_before_a_full_name():
    text = "“The area was secured,” indicates lieutenant-colonel Maxime Wintzer. The president Andrés Manuel López Obrador agreed."
    report = tqcheck.check_text(text, config={"select": "TQ101"})
    assert [(f.text, f.suggestion) for f in report.findings] == [("lieutenant-colonel", "Lieutenant-Colonel"), ("president", "President")]
    # after a qualifier English writes titles either way; occupations stay in lower case; other
    # languages write titles in lower case
    assert found("Texas governor Rick Perry met the director Steven Spielberg.", select="TQ101") == []
    assert tqcheck.check_text("Lo dijo el presidente Andrés Manuel López Obrador.", target_lang="es", config={"select": "TQ101"}).findings == []


@pytest.mark.parametrize("lang, text, verb", [
    ("it", "“Zio Zhou, lasci che sia io a farlo.” Disse Yang Yuefeng. Era impaziente.", "Disse"),
    ("es", "¿Estás dudando de mi voluntad?– Dijo el anciano Zhao con voz tranquila.", "Dijo"),
    ("pt", "Eles nem ousam sair da nossa seita!\" Disse a abadessa Wuyin com raiva.", "Disse"),
    ("fr", "« Il est en effet très jeune. » Demanda Cang Ji sans attendre.", "Demanda"),
    ("de", "„Wir gehen jetzt.“ Sagte der Alte und stand auf.", "Sagte"),
    # after a comma set after the closing mark, English fashion
    ("es", "“¡Exactamente!”, Agregó el Gran anciano con una sonrisa burlona.", "Agregó"),
])
def test_a_speech_verb_capitalised_after_the_quotation_it_attributes(lang, text, verb):
    report = tqcheck.check_text(text, target_lang=lang, config={"select": ["TQ102"]})
    assert [(f.text, f.suggestion) for f in report.findings] == [(verb, verb.lower())]
    # in lower case it goes on the quoted sentence; a new sentence opened by a name passes
    assert tqcheck.check_text(text.replace(verb, verb.lower()), target_lang=lang, config={"select": ["TQ102"]}).findings == []
    assert tqcheck.check_text(text.replace(verb + " ", "Yang "), target_lang=lang, config={"select": ["TQ102"]}).findings == []


def test_an_imperative_after_a_quoted_label_in_english_passes():
    text = 'Tap "Save." Add a name for the file. Then "Done." Say hello.'
    assert tqcheck.check_text(text, target_lang="en", config={"select": ["TQ102"]}).findings == []
