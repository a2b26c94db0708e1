"""Entity artifacts (TQ1xx): what an editor of a translated article would want flagged, and what not."""

import tqcheck
from conftest import SEED


def found(text, select="TQ1", **kw):
    return [(f.rule, f.text) for f in tqcheck.check_text(text, config={"select": select}, **kw).findings]


def test_seed_entity_findings_exactly(seed_text):
    report = tqcheck.check_text(seed_text, source_lang="es", config={"select": "TQ1"})
    got = [(f.rule, f.text, f.line, f.col, f.suggestion) for f in report.findings]
    assert got == [
        ("TQ103", "Nicolas Maduro", 3, 345, "Nicolás Maduro"),
        ("TQ103", "Volodimir Zelensky", 3, 417, "Volodymyr Zelensky"),
        ("TQ101", "kyiv", 9, 137, "Kyiv"),
        ("TQ104", "Simonián", 10, 167, "Simonian"),
        ("TQ101", "kyiv", 10, 198, "Kyiv"),
    ]
    variant = report.findings[1]
    assert variant.evidence["variants"] == [
        {"form": "Volodymyr Zelensky", "count": 1, "positions": [[9, 166]]},
        {"form": "Volodimir Zelensky", "count": 1, "positions": [[3, 417]]},
    ]


def test_lowercase_proper_nouns():
    assert found("Flights to moscow resumed on monday, the spanish government said.") == [
        ("TQ101", "moscow"), ("TQ101", "monday"), ("TQ101", "spanish"),
    ]
    assert found("They met in the united states and the european union.") == [
        ("TQ101", "united states"), ("TQ101", "european union"),
    ]
    assert found("Kyiv’s mayor met kyiv’s council.") == [("TQ101", "kyiv")]
    # China's provinces, which translations from Chinese leave in lower case, and not a word that contains one
    assert found("The herb grows in gansu, qinghai and guizhou (jiangxi too).") == [
        ("TQ101", "gansu"), ("TQ101", "qinghai"), ("TQ101", "guizhou"), ("TQ101", "jiangxi"),
    ]
    assert found("The herb grows in Gansu and Guizhou; see gansu.example.org for the henanese guide.") == []


def test_lowercase_common_words_and_urls_are_not_flagged():
    assert found("We ate turkey in may while reading about china and the internet.") == []
    assert found("Alumni came back to their alma mater to help.") == []  # Latin, not the town of Alma
    assert found("See https://moscow.example.org/kyiv or mail kyiv@example.com for details.") == []
    assert found('In Spanish "caro" means "dear".') == []


def test_document_evidence_needs_a_rare_word_capitalised_elsewhere():
    assert found("They met Maduro. Later maduro left.") == [("TQ101", "maduro")]
    # "Corona" as a brand and "corona" as a word: the lower-case use is the commoner one
    assert found("Corona sales fell. The corona of the sun and the corona virus and a corona.") == []


def test_spurious_capital_mid_sentence():
    assert found("The talks failed in Madrid He said they would resume.") == [("TQ102", "He")]
    assert found("The minister They added that talks continue.") == [("TQ102", "They")]
    assert found("Yesterday THE President spoke to reporters.") == [("TQ102", "THE")]


def test_spurious_capital_exceptions():
    assert found("She loved the film Gone With The Wind and read it twice.") == []
    # the page's title run into its first sentence, as scraped pages have it (a kicker)
    kicker = "Kehrgehilfe Der chinesische Hersteller Roborock hat eine Basisstation im Sortiment."
    assert [f for f in tqcheck.check_text(kicker, target_lang="de", config={"select": "TQ102"}).findings] == []
    assert found("Opening hours From Saturday the museum opens at nine. It closes in Madrid He said.") == [("TQ102", "He")]
    assert found('He said: "They will come," and left.') == []
    assert found("THE PRESIDENT SPOKE TODAY") == []  # a heading in capitals
    assert found("IT staff in the US office said so.") == []
    assert found("Havlíček said in May that prices would rise.") == []


def test_lowercase_sentence_start():
    assert found("the talks failed. the minister left.") == [("TQ106", "the"), ("TQ106", "the")]
    assert found("iPhone sales rose. eBay fell.") == []
    assert found("- install the package.\n- run it.") == []


def test_name_variants():
    text = "Gómez met José. Later Gomez and JOSÉ spoke. Jose left."
    assert found(text) == [("TQ103", "Gomez"), ("TQ103", "Jose")]
    assert found("Bogotá is large. Bogota is high.") == [("TQ103", "Bogota")]
    assert found("Volodymyr Zelenskiy spoke; Volodymyr Zelensky agreed; Volodymyr Zelensky left.") == [
        ("TQ103", "Volodymyr Zelenskiy")
    ]


def test_partial_mentions_and_different_names_are_not_variants():
    assert found("Nicolás Maduro spoke. Maduro left. President Nicolás Maduro returned.") == []
    assert found("South Africa and the South African team; North Korea and North Korean troops.") == []
    assert found("Mr. Price met Ms. Pryce.") == []


def test_source_language_accents_on_foreign_names():
    text = "Margarita Simonián and Dmitri Peskóv met Nicolás Maduro."
    assert found(text, source_lang="es") == [("TQ104", "Simonián"), ("TQ104", "Peskóv")]
    assert found(text) == []  # no source language: the rule does not run
    assert found("Coach Miłosz Stępiński spoke.", source_lang="pl") == []


def test_glossary_through_the_cli(cli, tmp_path):
    gl = tmp_path / "glossary.txt"
    gl.write_text("# house spellings\nKyiv: Kiev\nVolodymyr Zelensky\n")
    doc = tmp_path / "a.txt"
    doc.write_text("Talks in Kiev and kyiv. Kyiv agreed. Volodimir Zelensky and Volodymyr Zelensky spoke.\n")
    proc = cli("check", str(doc), "--glossary", str(gl), "--select", "TQ1", "--format", "json")
    import json

    findings = json.loads(proc.stdout)["documents"][0]["findings"]
    assert [(f["rule"], f["text"], f["suggestion"]) for f in findings] == [
        ("TQ105", "Kiev", "Kyiv"),
        ("TQ105", "kyiv", "Kyiv"),
        ("TQ105", "Volodimir Zelensky", "Volodymyr Zelensky"),
    ]


def test_bad_glossary_is_a_clean_error(cli, tmp_path):
    gl = tmp_path / "g.txt"
    gl.write_text("Kyiv\n: Kiev\n")
    proc = cli("check", str(SEED), "--glossary", str(gl))
    assert proc.returncode == 2 and "g.txt:2: glossary entry has no preferred form" in proc.stderr
    proc = cli("check", str(SEED), "--glossary", str(tmp_path / "missing.txt"))
    assert proc.returncode == 2 and "no such file" in proc.stderr


def test_name_variant_suggestion_follows_evidence_not_only_the_majority():
    text = "José Ramírez won. Then Jose Ramirez spoke, and Jose Ramirez left."
    report = tqcheck.check_text(text, config={"select": "TQ103"})
    # no source language: the majority spelling is suggested for the minority one
    assert [(f.text, f.suggestion) for f in report.findings] == [("José Ramírez", "Jose Ramirez")]
    # from Spanish, the Spanish spelling of a Spanish name is the evidence: every other spelling is flagged
    report = tqcheck.check_text(text, source_lang="es", config={"select": "TQ103"})
    assert [(f.text, f.suggestion) for f in report.findings] == [
        ("Jose Ramirez", "José Ramírez"), ("Jose Ramirez", "José Ramírez"),
    ]
    # each finding points at the other spellings of the name
    first = report.findings[0].to_dict()
    assert [(r["text"], r["offset"]) for r in first["related"]] == [("José Ramírez", 0), ("Jose Ramirez", 47)]
    assert "related" not in tqcheck.check_text("Kyiv is calm.").to_dict()  # only where there is something


def test_name_in_an_all_capitals_heading_is_compared_without_case():
    text = "JOSÉ RAMÍREZ WINS THE RACE\n\nJose Ramirez crossed the line first. The coach said Jose Ramirez had trained."
    # the running text decides against a heading when nothing else does
    assert [(f.text, f.suggestion) for f in tqcheck.check_text(text, config={"select": "TQ103"}).findings] == [
        ("JOSÉ RAMÍREZ", "JOSE RAMIREZ")
    ]
    # from Spanish, the heading keeps the name's accents and the text is told to follow, in its own case
    got = tqcheck.check_text(text, source_lang="es", config={"select": "TQ103"}).findings
    assert [(f.text, f.suggestion) for f in got] == [("Jose Ramirez", "José Ramírez"), ("Jose Ramirez", "José Ramírez")]
    # a heading that agrees with the text is no variant
    same = "JOSE RAMIREZ WINS\n\nJose Ramirez crossed the line first. Jose Ramirez smiled."
    assert tqcheck.check_text(same, config={"select": "TQ103"}).findings == []
