"""Bilingual checks: alignment, source-aware rules, bilingual file formats."""

import json

import tqcheck
from tqcheck.bilingual.align import align_lengths
from tqcheck.bilingual.numbers import numbers, parse

SRC = (
    "Rusia exige que la administración aclare el destino de Nicolás Maduro. Murieron 35 personas el 3 de enero.\n"
    "El PIB creció un 3,5% y la deuda llegó a 1.000 millones. El presidente Piegza lo dijo en Madrid.\n"
)
TGT = (
    "Russia demands that the administration clarify the fate of Nicolás Maduro. 45 people died on January 3.\n"
    "GDP grew by 3.5% and the debt reached 1,000 million. President Pieczka said so in Madrid.\n"
)


def found(text, src, lang="es", select="TQ4"):
    return [(f.rule, f.text) for f in tqcheck.check_text(text, source_lang=lang, source_text=src, config={"select": select}).findings]


def test_numbers_are_read_with_each_languages_separators():
    assert (parse("3,5", "es"), parse("1.000", "es"), parse("1,000", "en"), parse("1.234.567,8", "de")) == (3.5, 1000.0, 1000.0, 1234567.8)
    assert [n.value for n in numbers("five people and twenty-one dogs in June", "en")] == [5, 21, 6]
    assert [n.value for n in numbers("el siglo XIVe y 12", "fr")] == [14, 12]


def test_alignment_pairs_sentences_and_reports_sources():
    report = tqcheck.check_text(TGT, source_lang="es", source_text=SRC)
    segs = report.to_dict()["segments"]
    assert [s["source"] for s in segs] == [
        "Rusia exige que la administración aclare el destino de Nicolás Maduro.",
        "Murieron 35 personas el 3 de enero.",
        "El PIB creció un 3,5% y la deuda llegó a 1.000 millones.",
        "El presidente Piegza lo dijo en Madrid.",
    ]
    a, b, c = "a" * 90, "b" * 110, "c" * 80
    groups = align_lengths([a, b, c], [a, c], 1.0)
    assert groups == [([0], [0]), ([1], []), ([2], [1])]


def test_changed_numbers_and_names_are_flagged():
    assert found(TGT, SRC) == [("TQ401", "45"), ("TQ402", "Pieczka")]
    fixed = TGT.replace("45", "35").replace("Pieczka", "Piegza")
    assert found(fixed, SRC) == []


def test_written_out_numbers_and_countries():
    assert found("Five people died in Germany.", "Murieron 5 personas en Alemania.") == []
    # one finding for a replaced name: on the name that took the place of the source's
    assert found("Five people died in France.", "Murieron 5 personas en Alemania.") == [("TQ402", "France")]


def test_untranslated_length_and_unaligned_sentences():
    assert found("Leer más sobre el acuerdo.", "Leer más sobre el acuerdo.", select="TQ403") == [("TQ403", "Leer más sobre el acuerdo.")]
    src = "El ministro dijo que las conversaciones, suspendidas en mayo, se reanudarán el lunes en Ginebra."
    assert found("The minister spoke.", src, select="TQ404") == [("TQ404", "The minister spoke.")]
    src3 = (
        "La primera frase del texto original habla de la reunión del consejo de ministros celebrada ayer. "
        "La segunda frase, que nadie tradujo, explica con detalle por qué la reunión terminó sin ningún acuerdo. "
        "La tercera frase cuenta que volverán a reunirse el mes que viene en la capital."
    )
    tgt3 = (
        "The first sentence of the original text is about the cabinet meeting held yesterday. "
        "The third sentence says that they will meet again next month in the capital."
    )
    assert found(tgt3, src3, select="TQ405") == [("TQ405", "The first sentence of the original text is about the cabinet meeting held yesterday.")]


def test_bilingual_files_through_the_cli(cli, tmp_path):
    tsv = tmp_path / "a.tsv"
    tsv.write_text("Murieron 35 personas.\t45 people died.\nLeer más sobre el acuerdo.\tLeer más sobre el acuerdo.\n")
    po = tmp_path / "b.po"
    po.write_text('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\nmsgid "Murieron 35 personas."\nmsgstr "45 people died."\n')
    xlf = tmp_path / "c.xlf"
    xlf.write_text(
        '<?xml version="1.0"?><xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="es" '
        'target-language="en"><body><trans-unit id="1"><source>Murieron 35 personas.</source><target>45 people died.</target>'
        "</trans-unit></body></file></xliff>"
    )
    xlf2 = tmp_path / "d.xliff"
    xlf2.write_text(
        '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="es" trgLang="en"><file id="f"><unit id="u">'
        "<segment><source>Murieron 35 personas.</source><target>45 people died.</target></segment></unit></file></xliff>"
    )
    proc = cli("check", str(tsv), str(po), str(xlf), str(xlf2), "-s", "es", "--select", "TQ4", "--format", "json", "--no-backtranslate")
    docs = json.loads(proc.stdout)["documents"]
    # lines and columns of the file: the TSV target column, the msgstr line, the <target> text
    assert [[(f["rule"], f["text"], f["line"], f["col"]) for f in d["findings"]] for d in docs] == [
        [("TQ401", "45", 1, 23), ("TQ403", "Leer más sobre el acuerdo.", 2, 28)],
        [("TQ401", "45", 6, 9)],
        [("TQ401", "45", 1, xlf.read_text().index("<target>45") + len("<target>") + 1)],
        [("TQ401", "45", 1, xlf2.read_text().index("<target>45") + len("<target>") + 1)],
    ]
    assert [f.get("unit") for d in docs for f in d["findings"]] == [None, None, "Murieron 35 personas.", "1", "u"]
    assert docs[0]["segments"][0]["source"] == "Murieron 35 personas."
    bad = tmp_path / "e.xlf"
    bad.write_text("<xliff><unclosed>")
    proc = cli("check", str(bad))
    assert proc.returncode == 2 and "not valid XML" in proc.stderr


def test_xliff_with_inline_markup_and_entity_declarations(cli, tmp_path):
    """Inline tags and character references are read as text; a file that declares entities (the
    billion-laughs and quadratic-blowup attacks) is refused in one line, before any expansion."""
    xlf = tmp_path / "a.xlf"
    xlf.write_text(
        '<?xml version="1.0"?><xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="es" '
        'target-language="en"><body><!-- a note --><trans-unit id="1"><source>Murieron <g id="1">35</g> personas &amp; más.</source>'
        "<target>45 people <g id='1'>died</g> &amp; &#233;more.</target></trans-unit></body></file></xliff>"
    )
    proc = cli("check", str(xlf), "-s", "es", "--select", "TQ4", "--format", "json", "--no-backtranslate")
    seg = json.loads(proc.stdout)["documents"][0]["segments"][0]
    assert (seg["text"], seg["source"]) == ("45 people died & émore.", "Murieron 35 personas & más.")
    bomb = tmp_path / "bomb.xlf"
    lol = "".join(f'<!ENTITY l{i} "{"&l%d;" % (i - 1) * 10}">' for i in range(1, 10))
    bomb.write_text(f'<?xml version="1.0"?><!DOCTYPE xliff [<!ENTITY l0 "lol">{lol}]><xliff><trans-unit><source>&l9;</source></trans-unit></xliff>')
    proc = cli("check", str(bomb), "-s", "es", "--no-backtranslate")
    assert proc.returncode == 2 and "declares XML entities" in proc.stderr and "Traceback" not in proc.stderr


def test_source_file_option_and_config_pairs(cli, tmp_path):
    (tmp_path / "es").mkdir()
    (tmp_path / "en").mkdir()
    (tmp_path / "es" / "a.md").write_text("Murieron 35 personas.\n")
    (tmp_path / "en" / "a.md").write_text("45 people died.\n")
    proc = cli("check", "en/a.md", "--source", "es/a.md", "-s", "es", "--select", "TQ4", "--no-backtranslate", cwd=tmp_path)
    assert "TQ401" in proc.stdout
    (tmp_path / "tqcheck.toml").write_text('source_lang = "es"\nselect = ["TQ4"]\n[[pairs]]\nsource = "es/**"\ntarget = "en/**"\n')
    proc = cli("check", "en", "--no-backtranslate", cwd=tmp_path)
    assert "en/a.md:1:1: TQ401" in proc.stdout


def test_numbers_written_as_words_on_either_side():
    # the source's "drei" and the translation's "four" differ; "three" and "drei" agree
    assert found("The person fled four years ago.", "Die Person floh vor drei Jahren.", lang="de") == [("TQ401", "four")]
    assert found("The person fled three years ago.", "Die Person floh vor drei Jahren.", lang="de") == []
    assert found("Every sixth or eighth person owns a boat.", "Jeder Sechste oder Achte besitzt ein Boot.", lang="de") == []
    assert found("It rained for nine days in Beijing.", "北京下了三天雨。", lang="zh") == [("TQ401", "nine")]


def test_dates_times_decades_and_identifiers_are_not_mismatches():
    assert found("On June 20, after nearly five months, the league resumed.", "受疫情影响，联赛在中断近5个月后，于6月20日开始复赛。", lang="zh") == []
    assert found("A witness heard noises at around 3:40 a.m.", "Ein Zeuge hörte gegen 3.40 Uhr Geräusche.", lang="de") == []
    assert found("In the 1970s and 1980s they launched stars.", "Dans les années 70 et 80, ils ont lancé des stars.", lang="fr") == []
    assert found("The fire was put out at 11:35 pm.", "Il fuoco è stato domato alle 23:35.", lang="it") == []
    assert found("The RM-1 type was completed in 1957.", "El tipo RM-1 se terminó en 1957.") == []


def test_places_are_compared_across_languages_and_scripts():
    # a place must be named in the source under one of its names in another language or script
    assert found("The summit opened today in Munich.", "Oggi a Monaco di Baviera è iniziato il vertice.", "it") == []
    assert found("The summit opened today in Berlin.", "Oggi a Monaco di Baviera è iniziato il vertice.", "it") == [("TQ402", "Berlin")]
    assert found("The summit opened in Munich on Monday.", "峰会星期一在慕尼黑开幕。", "zh") == []
    assert found("The summit opened in Berlin on Monday.", "峰会星期一在慕尼黑开幕。", "zh") == [("TQ402", "Berlin")]
    # inflected source forms and short English forms
    assert found("Parades were held in St. Petersburg.", "Парады прошли в Санкт-Петербурге.", "ru") == []
    assert found("Parades were held in Kazan.", "Парады прошли в Санкт-Петербурге.", "ru") == [("TQ402", "Kazan")]
    assert found("The Allies invaded the south of the US.", "Los Aliados invadieron el sur de Francia.", "es") == [("TQ402", "US")]
    # a demonym and a town named with an English word are not places to look for
    assert found("A Sri Lankan man in the Reading Room.", "Un hombre de Sri Lanka en la sala de lectura.", "es") == []


def test_names_are_compared_by_spelling_sound_and_script():
    assert found("Obama said no.", "Dmitri Kislov dijo que no.") == [("TQ402", "Obama")]
    assert found("Dmitri Kislov said no.", "Dmitri Kislov dijo que no.") == []
    # a person's name made of English words is still a name
    assert found("US President Conte arrived in Singapore.", "Der US-Präsident George W. Bush traf in Singapur ein.", "de") == [("TQ402", "Conte")]
    # Devanagari: by consonant skeleton
    src_hi = "विदाई के समय विन्फ़्रे की आँखों में आँसू थे।"
    assert found("Winfrey had tears in her eyes.", src_hi, "hi") == []
    assert found("Tendulkar had tears in his eyes.", src_hi, "hi") == [("TQ402", "Tendulkar")]
    # Chinese: names in pinyin by their syllables, foreign names by their sounds
    assert found("Duan Mengqi, the station director, said so.", "该电站站长段梦琪说。", "zh") == []
    assert found("Wang Lei, the station director, said so.", "该电站站长段梦琪说。", "zh") == [("TQ402", "Wang Lei")]
    assert found("Trump called Whitmer a dictator.", "特朗普称密歇根州州长格雷琴·惠特默是独裁者。", "zh") == []
    # Japanese names in romaji cannot be checked against kanji: left alone
    assert found("Otani was the last batter.", "大谷は9回最後の打者だった。", "ja") == []


def test_acronyms_must_stand_in_the_source_or_be_a_known_translation():
    assert found("The UN and NATO met.", "La ONU y la OTAN se reunieron.") == []
    assert found("The UN and the EPL met.", "La ONU y la OTAN se reunieron.") == [("TQ402", "EPL")]
    assert found("The RIA agency reported it.", "Об этом сообщило агентство РИА.", "ru") == []


def test_chinese_and_japanese_numbers():
    assert [n.value for n in numbers("１２万軒と１万１０００店舗、9.1万人", "ja")] == [120000, 11000, 91000]
    src = "飲食店だけで１２万軒以上の府下でのステッカー発行は１万１０００店舗にとどまっている。"
    assert found("Stickers went to only 11,000 of the 120,000 restaurants.", src, "ja", "TQ401") == []
    assert found("Stickers went to only 11,000 of the 220,000 restaurants.", src, "ja", "TQ401") == [("TQ401", "220,000")]
    # an era year is the Western year again: "明治28年" is 1895
    assert found("He was posted to Takagushi in July 1895.", "増田巡査は１８９５（明治２８）年７月に高串に赴任。", "ja", "TQ401") == []
    assert found("City failed to reach the last 16.", "El City no ha logrado clasificarse para octavos de final.", "es", "TQ401") == []


def test_a_country_of_the_source_missing_from_the_translation():
    src = "Más de 9 millones de personas están afectadas, sobre todo en Bangladesh, India y Nepal."
    assert found("More than 9 million people are affected, mainly in Bangladesh, India and Nepal.", src) == []
    missing = tqcheck.check_text(
        "More than 9 million people are affected, mainly in Bangladesh and India.", source_lang="es", source_text=src, config={"select": "TQ402"}
    ).findings
    assert [f.message for f in missing] == ["the source names Nepal; the translation does not"]
    # inflected in the source, named by an adjective in the translation: not missing
    assert found("Polish citizens live in the United States.", "Polscy obywatele mieszkają w Stanach Zjednoczonych.", "pl") == []
    assert found("They live in the United States.", "这些人住在美国。", "zh") == []
    assert [f.message for f in tqcheck.check_text("They live there.", source_lang="zh", source_text="这些人住在美国。", config={"select": "TQ402"}).findings] == [
        "the source names United States; the translation does not"
    ]


def test_a_name_of_the_source_missing_from_the_translation():
    src = "Según Dmitri Kislov de la ONG, una pistola cuesta 100 dólares."
    assert found("According to Dmitri Kislov of the NGO, a pistol costs 100 dollars.", src) == []
    findings = tqcheck.check_text("According to the NGO, a pistol costs 100 dollars.", source_lang="es", source_text=src, config={"select": "TQ402"}).findings
    assert [f.message for f in findings] == ["name(s) of the source missing here: Kislov"]
    # German capitalises its nouns: no name is asked for
    assert found("The government met on Monday.", "Die Regierung traf sich am Montag in der Hauptstadt.", "de") == []


def test_a_country_written_in_katakana_after_latin_letters():
    # "Dデイ" (D-Day) glues a Latin letter to Japanese: フランス must still be read as France
    src = "Dデイの上陸作戦でフランス北部は解放されました。"
    assert found("The D-Day landings liberated northern France.", src, "ja") == []
    assert found("The D-Day landings liberated northern Spain.", src, "ja") == [("TQ402", "Spain")]


def test_places_named_by_an_everyday_word_or_a_given_name():
    # "New Jersey" from "Nueva Jersey": a word of the name stands in the source as it is
    assert found("The storm reached New Jersey on Monday.", "La tormenta llegó a Nueva Jersey el lunes.") == []
    assert found("The storm reached New Mexico on Monday.", "La tormenta llegó a Nueva Jersey el lunes.") == [("TQ402", "New Mexico")]
    # a given name that is also a town is a person's name first: looked up as a name
    assert found("The storm was over, Mary said.", "La tormenta había terminado, dijo Mary.") == []
    assert found("The storm was over, Florence said.", "La tormenta había terminado, dijo Mary.") == [("TQ402", "Florence")]
    # US states from Chinese by their Chinese names (CLDR and GeoNames have none)
    assert found("The storm hit Ohio on Monday.", "暴风雨星期一袭击了俄亥俄州。", "zh") == []
    assert found("The storm hit Iowa on Monday.", "暴风雨星期一袭击了俄亥俄州。", "zh") == [("TQ402", "Iowa")]
    # curated names of islands and regions in the source languages
    assert found("Many Mallorca hotels demanded a fee.", "W wielu hotelach Majorki właściciele żądali opłaty.", "pl") == []
    assert found("He lived in Stithians, Cornwall.", "Viveva a Stithians, Cornovaglia.", "it") == []
    assert found("He lived in Stithians, Devon.", "Viveva a Stithians, Cornovaglia.", "it") == [("TQ402", "Devon")]


def test_japanese_foreign_names_are_heard_in_katakana_only():
    src = "既婚者であり、成人した2人の子を持つデュバルは、この話に関係するミラーにあまり印象を残しませんでした。"
    assert found("Duvall, who is married with two adult children, did not impress Miller.", src, "ja", "TQ402") == []
    assert found("Hopkins, who is married with two adult children, did not impress Miller.", src, "ja", "TQ402") == [("TQ402", "Hopkins")]


def test_names_sound_alike_across_spellings_of_their_sounds():
    # a soft c ("Facebook" / फेसबुक), a hard g before e ("Schlegel" / श्लेगल), a Cyrillic х for h
    # ("Хоффенхайм"), a genitive s ("Mohammeds")
    assert found("Apple and Facebook were angered.", "नाराज एप्पल और फेसबुक ने", "hi") == []
    assert found("Writers such as Goethe and Schlegel.", "गोएथे और श्लेगल जैसे लेखकों", "hi") == []
    assert found("Writers such as Goethe and Hoffmann.", "गोएथे और श्लेगल जैसे लेखकों", "hi") == [("TQ402", "Hoffmann")]
    assert found("He worked at Hoffenheim before.", "До этого он работал в Хоффенхайме.", "ru") == []
    assert found("He worked at Freiburg before.", "До этого он работал в Хоффенхайме.", "ru") == [("TQ402", "Freiburg")]
    assert found("The cave offers a picture of Muhammad's leanings.", "Die Höhle bietet ein Bild von Mohammeds Neigungen.", "de") == []
    assert found("The cave offers a picture of Abraham's leanings.", "Die Höhle bietet ein Bild von Mohammeds Neigungen.", "de") == [("TQ402", "Abraham")]


def test_chinese_sources_are_read_with_a_dictionary():
    # CC-CEDICT: a name that a source word means passes, however far its sound (普京 "pu jing")
    src = "俄总统、武装力量最高统帅普京出席了波罗的海舰队的阅兵式。"
    tgt = "Russian President and Supreme Commander of the Armed Forces Vladimir Putin attended the parade of the Baltic Fleet."
    assert found(tgt, src, "zh", "TQ402") == []
    # ordinary words written as a name must mean something of the source
    rain = "暴雨致重庆71条中小河流出现涨水。"
    assert found("Heavy rain caused 71 rivers in Chongqing to rise.", rain, "zh", "TQ402") == []
    assert found("Heavy rain caused 71 rivers in the Finnish Gulf to rise.", rain, "zh", "TQ402") == [("TQ402", "Finnish Gulf")]
    assert ("TQ402", "God") in found("Heavy rain caused 71 rivers in the House of God to rise.", rain, "zh", "TQ402")
    assert found("The Ministry of Foreign Affairs said so.", "外交部这样说。", "zh", "TQ402") == []
    # a capital that opens a clause is not a name
    assert found("Here is the thing: Nobody knows it.", "问题是：没有人知道。", "zh", "TQ402") == []


def test_devanagari_names_are_heard_within_a_few_rare_words():
    src = "अन्य विषयों में यरुशलम की भविष्य की स्थिति शामिल है जो दोनों देशों के लिए पवित्र है."
    assert found("Other topics include the future status of Jerusalem, sacred to both countries.", src, "hi", "TQ402") == []
    # "पर शामिल" (par shamil) holds the consonants of Paris, but across two everyday words
    src_par = "कथित तौर पर शामिल किए गए अन्य विषयों में यरुशलम की स्थिति है."
    assert found("Other topics reportedly include the status of Paris.", src_par, "hi", "TQ402") == [("TQ402", "Paris")]
    # the pieces of a hyphenated name join, however common each piece is ("Mohan")
    src_mj = "हड़प्पा और मोहन-जोदड़ो के शहरों में लगभग हर घर में एक शौचालय था."
    assert found("Almost every house in the cities of Harappa and Mohenjo-daro had a toilet.", src_mj, "hi", "TQ402") == []
    # a place named with English words is written by their sounds
    src_ci = "इस सप्ताह क्रिसमस आईसलैण्ड पर एक शरणार्थी नाव में आने के पश्चात वह मर गया।"
    assert found("He died after arriving in a refugee boat on Christmas Island this week.", src_ci, "hi", "TQ402") == []
    # "Island" (आईसलैण्ड) alone does not name it: another island is still flagged
    assert found("He died after arriving in a refugee boat on Norfolk Island this week.", src_ci, "hi", "TQ402") == [("TQ402", "Norfolk Island")]


def missing(text, src, lang):
    return [f.evidence["missing"] for f in tqcheck.check_text(text, source_lang=lang, source_text=src, config={"select": "TQ402"}).findings if f.evidence and "missing" in f.evidence]


def messages(text, src, lang):
    return [f.message for f in tqcheck.check_text(text, source_lang=lang, source_text=src, config={"select": "TQ402"}).findings]


def test_names_the_source_writes_in_latin_letters_must_stay():
    # a source of another script keeps foreign names and acronyms in Latin letters: so must the translation
    src = "एक एंटीबॉडी कॉकटेल, ZMapp, ने शुरुआत में इस क्षेत्र में विश्वास दिखाया था।"
    assert missing("An antibody cocktail, ZMapp, initially showed promise in the field.", src, "hi") == []
    assert missing("An antibody cocktail, Glitter, initially showed promise in the field.", src, "hi") == [["ZMapp"]]
    # full-width letters, spacing and hyphens do not matter
    ja = "Ｔｗｉｔｔｅｒなどのソーシャルメディアは重要なメディアになっている。"
    assert missing("Social media such as Twitter have become important media.", ja, "ja") == []
    assert missing("Social media like these have become important media.", ja, "ja") == [["Twitter"]]
    # a name put in its place is flagged on the name: one finding, not two
    assert found("Social media such as Facebook have become important media.", ja, "ja", "TQ402") == [("TQ402", "Facebook")]
    # a Latin-script source: its acronyms, or their listed English forms ("ONU": UN)
    es = "En el ensayo PALM, la función de la ONU fue de control."
    assert missing("In the PALM trial, the UN served as a control.", es, "es") == []
    assert missing("In the trial of the Federal Court, the UN served as a control.", es, "es") == [["PALM"]]
    # an acronym inside a compound is translated with it ("US-Dollar": dollars)
    de = "Ende Mai hatte Argentinien Zinsen in Höhe von 503 Millionen US-Dollar nicht beglichen."
    assert missing("At the end of May, Argentina had failed to pay $503 million in interest.", de, "de") == []


def test_a_big_city_of_the_source_missing_from_the_translation():
    # CLDR's names of the cities of time zones, in the source language ("Paryżu" is Paris)
    src = "Polscy siatkarze odbyli w piątek pierwszy trening w Paryżu."
    assert found("The Polish volleyball players held their first training session in Paris on Friday.", src, "pl", "TQ402") == []
    assert messages("The Polish volleyball players held their first training session in the capital on Friday.", src, "pl") == ["the source names Paris; the translation does not"]
    # an English spelling without the accents still names it
    assert found("As of July 25, there were 135 confirmed cases in Urumqi.", "截至7月25日，乌鲁木齐市现有确诊病例135例。", "zh", "TQ402") == []


def test_a_known_name_of_the_source_missing_from_the_translation():
    # a name that news mentions often (Zipf 2.9 in Polish) still counts as a name
    src = "Teraz Kolonko poinformował na Twitterze, że zakończył współpracę z partią."
    assert missing("Now Kolonko announced on Twitter that he had ended his cooperation with the party.", src, "pl") == []
    assert missing("Now Harry announced on Twitter that he had ended his cooperation with the party.", src, "pl") == [["Kolonko"]]
    # a part of a name translated by its English cognate is not missing
    cba = "Centralne Biuro Antykorupcyjne aktualnie prowadzi kontrolę oświadczeń majątkowych."
    assert missing("The Central Anticorruption Bureau is currently auditing the asset declarations.", cba, "pl") == []
    # nor is a place the translation names in English ("Malouines" are the Falklands)
    fr = "Il est presque impossible d’échanger de l’argent des Malouines en dehors des îles."
    assert missing("It is almost impossible to exchange Falklands money outside the islands.", fr, "fr") == []


def test_german_sources_tell_names_from_capitalised_nouns():
    src = "Der Verband sagte, dass Grindel die Mannschaft am Montag vorstellt."
    assert missing("The association said that Grindel will present the team on Monday.", src, "de") == []
    assert missing("The association said that the president will present the team on Monday.", src, "de") == [["Grindel"]]
    # compounds of frequent words, their last part rendered by a cognate, demonyms: not names
    assert missing("Several large television screens were set up in Rome.", "Mehrere große Fernsehschirme wurden in Rom aufgestellt.", "de") == []
    assert missing("The main dolomite is a unit of the Alps.", "Als Hauptdolomit bezeichnet man eine Einheit der Alpen.", "de") == []
    assert missing("Colbert welcomed 17-year-old Thunberg.", "Colbert begrüßte die 17-jährige Schwedin Thunberg.", "de") == []
    # a listed English form of a source acronym ("DDR" is the GDR)
    assert found("The coins were minted by the GDR.", "Die Münzen wurden von der DDR geprägt.", "de", "TQ402") == []


def test_katakana_names_of_a_japanese_source_must_be_heard():
    src = "ブランビーズが２４－０で快勝し、首位に立った。"
    assert missing("The Brumbies won 24-0 and took first place.", src, "ja") == []
    assert missing("The CBI won 24-0 and took first place.", src, "ja") == [["ブランビーズ"]]
    # loanwords as katakana hears English: plural s, v, r before a consonant
    assert missing("A man was infected with the new coronavirus.", "男性が新型コロナウイルスに感染した。", "ja") == []
    assert missing("South Africa, the top seed in the tournament, won.", "このトーナメントのトップシードである南アフリカが勝った。", "ja") == []
    # units are written as symbols
    assert missing("It has a diameter of about 50 cm.", "直径約５０センチ。", "ja") == []


def test_an_international_name_frequent_in_the_source_language_is_still_a_name():
    src = "Nell'ambito della prevenzione degli incidenti, Nissan si è ispirata alla natura."
    assert missing("In accident prevention, Nissan took its inspiration from nature.", src, "it") == []
    assert missing("In accident prevention, the company took its inspiration from nature.", src, "it") == [["Nissan"]]
    # a frequent word of the source language is not ("Gobierno")
    assert missing("The government met on Monday.", "Ayer el Gobierno se reunió el lunes.", "es") == []


def test_a_us_state_of_the_source_missing_from_the_translation():
    assert found("The storm hit Texas on Monday.", "La tormenta golpeó Texas el lunes.", "es", "TQ402") == []
    assert messages("The storm hit the coast on Monday.", "La tormenta golpeó Texas el lunes.", "es") == ["the source names Texas; the translation does not"]


def test_a_famous_name_at_the_start_of_the_source():
    # an international name, romanised for the English look-up ("Обама": obama)
    src = "Обама также подчеркнул, что переговоры продолжатся."
    assert missing("Obama also stressed that the talks would go on.", src, "ru") == []
    assert missing("He also stressed that the talks would go on.", src, "ru") == [["Обама"]]
    pl = "Microsoft ogłosił w poniedziałek nowe wyniki."
    assert missing("The company announced new results on Monday.", pl, "pl") == [["Microsoft"]]


def test_given_names_kings_popes_and_german_states():
    # a given name Webster's spells only with a capital is a name, not a convention
    assert found("Piotr said so yesterday.", "Wczoraj powiedział to Jan.", "pl", "TQ402") == [("TQ402", "Piotr")]
    # nationalities, units named after people and days are conventions
    assert found("The Swede won at 25 degrees Celsius on Monday.", "Szwed wygrał w poniedziałek przy 25 stopniach.", "pl", "TQ402") == []
    # names other languages give in their own form
    assert found("The castle was built by Duke Charles II.", "Das Schloss wurde von Herzog Karl II. erbaut.", "de", "TQ402") == []
    assert found("Pope Francis welcomed the measures.", "Папа Римский Франциск приветствовал меры.", "ru", "TQ402") == []
    assert found("The state of Lower Saxony has 37 districts.", "Das Land Niedersachsen hat 37 Landkreise.", "de", "TQ402") == []
    assert found("The state of Bavaria has 37 districts.", "Das Land Niedersachsen hat 37 Landkreise.", "de", "TQ402") == [("TQ402", "Bavaria")]


def test_codes_and_places_that_name_nothing_of_the_source():
    # codes of letters and digits are copied, not translated
    pl = "Nowe oznakowanie zaczyna się na autostradzie A4 i na drodze DK19."
    assert found("The new marking starts on the A4 motorway and on the DK19 road.", pl, "pl", "TQ402") == []
    assert found("The new marking starts on the A6 motorway and on the DK19 road.", pl, "pl", "TQ402") == [("TQ402", "A6")]
    # a town's name inside a longer name is checked as a name ("Corona" for Oleg Tinkov)
    ru = "Основатель группы \"Тинькофф\" Олег Тиньков опубликовал видео."
    assert found("The founder of the Tinkoff Group Oleg Tinkov published a video.", ru, "ru", "TQ402") == []
    assert found("The founder of the Tinkoff Group Corona published a video.", ru, "ru", "TQ402") == [("TQ402", "Corona")]
    # a place of two words with Chinese names listed: they decide
    assert found("Boats sail on the Yangtze River.", "船只在长江上航行。", "zh", "TQ402") == []
    assert found("The opening ceremony was held on the Yangtze River.", "开幕式在韶山举行。", "zh", "TQ402") == [("TQ402", "Yangtze River")]


def test_countries_a_japanese_source_writes_in_short_katakana_or_kanji():
    assert messages("Arrivals from Iraq were the most numerous, 36.", "イラクからの入国者が36人で最も多かった。", "ja") == []
    assert messages("Arrivals from the Midlands were the most numerous, 36.", "イラクからの入国者が36人で最も多かった。", "ja") == ["the source names Iraq; the translation does not"]
    # a katakana name is a whole word: インド (India) is not in インドネシア
    assert messages("36 arrivals came from Indonesia.", "インドネシアからの入国者が36人。", "ja") == []
    assert messages("The Mountain Gorilla is a collection of islands.", "日本は島々の集まりです。", "ja") == ["the source names Japan; the translation does not"]


def test_japanese_regions_and_europe_in_kanji():
    assert messages("The death toll in Kyushu reached 73.", "九州の死者は計７３人になった。", "ja") == []
    assert messages("The death toll in the Iron Dome reached 73.", "九州の死者は計７３人になった。", "ja") == ["the source names Kyushu; the translation does not"]
    assert messages("Foods that came to the region from Asia.", "アジアから欧州に渡ってきた食材。", "ja") == ["the source names Europe; the translation does not"]
    # China's Chinese short forms are not read in Japanese: 中日 is also the Chunichi Dragons
    assert messages("Pitcher Katsuno started for Chunichi on the 25th.", "中日・勝野投手が２５日に先発。", "ja") == []
