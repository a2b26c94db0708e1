"""Configuration found as ruff finds it (the nearest to each file wins), the target language
detected when nothing gives it, and reports that say which configuration and language applied."""

from __future__ import annotations

import json
import subprocess

import pytest

from tqcheck.language_id import detect

PAGES = {
    "fr": "Le ministre a déclaré lundi que les négociations reprendraient la semaine prochaine à Genève. "
    "Il a ajouté que le gouvernement ne céderait pas sur les points essentiels de la réforme, mais que "
    "les syndicats seraient reçus dès mercredi au ministère.\n",
    "es": "El ministro declaró el lunes que las negociaciones se reanudarán la próxima semana en Ginebra. "
    "Añadió que el gobierno no cederá en los puntos esenciales de la reforma, pero que los sindicatos "
    "serán recibidos desde el miércoles en el ministerio.\n",
    "de": "Der Minister erklärte am Montag, dass die Verhandlungen in der nächsten Woche in Genf fortgesetzt "
    "werden. Er fügte hinzu, dass die Regierung bei den wesentlichen Punkten der Reform nicht nachgeben "
    "werde, aber die Gewerkschaften ab Mittwoch im Ministerium empfangen würden.\n",
    "it": "Il ministro ha dichiarato lunedì che i negoziati riprenderanno la prossima settimana a Ginevra. "
    "Ha aggiunto che il governo non cederà sui punti essenziali della riforma, ma che i sindacati "
    "saranno ricevuti da mercoledì al ministero.\n",
    "pt": "O ministro declarou na segunda-feira que as negociações serão retomadas na próxima semana em "
    "Genebra. Acrescentou que o governo não vai ceder nos pontos essenciais da reforma, mas que os "
    "sindicatos serão recebidos a partir de quarta-feira no ministério.\n",
    "en": "The minister said on Monday that the talks would resume next week in Geneva. He added that the "
    "government would not give in on the essential points of the reform, but that the unions would be "
    "received at the ministry from Wednesday.\n",
}


def _run(cli, *args, cwd):
    proc = cli("check", *args, "--no-backtranslate", "--format", "json", cwd=cwd)
    assert proc.returncode in (0, 1), proc.stderr
    return {d["path"]: d for d in json.loads(proc.stdout)["documents"]}


@pytest.fixture
def corpus(tmp_path):
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    for lang, text in PAGES.items():
        (tmp_path / "corpus" / lang).mkdir(parents=True)
        (tmp_path / "corpus" / lang / "page.md").write_text(text)
    return tmp_path


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_the_language_of_a_page_is_detected(lang):
    found = detect(PAGES[lang])
    assert (found.lang, found.strength) == (lang, "strong")


@pytest.mark.parametrize(("text", "lang"), [
    ("Министр заявил в понедельник, что переговоры возобновятся на следующей неделе.", "ru"),
    ("Міністр заявив у понеділок, що переговори відновляться наступного тижня.", "uk"),
    ("大臣は月曜日、交渉が来週ジュネーブで再開されると述べた。", "ja"),
    ("部长周一表示，谈判将于下周在日内瓦恢复。", "zh"),
    ("Ο υπουργός δήλωσε τη Δευτέρα ότι οι συνομιλίες θα συνεχιστούν.", "el"),
    ("장관은 월요일 회담이 다음 주에 재개될 것이라고 말했다.", "ko"),
])
def test_other_scripts_tell_their_language(text, lang):
    assert detect(text).lang == lang


@pytest.mark.parametrize("text", [
    "Hello world.",  # too short to tell
    "De minister zei maandag dat de onderhandelingen volgende week in Genève worden hervat.",  # Dutch: no profile
    "Ministr v pondělí prohlásil, že jednání budou příští týden v Ženevě obnovena a že vláda neustoupí.",  # Czech
    "",
])
def test_a_text_that_does_not_tell_is_not_detected(text):
    assert detect(text).lang is None


def test_pages_without_configuration_are_checked_in_their_own_language(cli, corpus):
    docs = _run(cli, "corpus", cwd=corpus)
    for lang in PAGES:
        doc = docs[f"corpus/{lang}/page.md"]
        assert (doc["target_lang"], doc["target_lang_from"], doc["config"]) == (lang, "detected", None)
        assert doc["findings"] == [], (lang, doc["findings"])  # checked as English, French prose is full of findings


def test_the_nearest_configuration_wins_from_the_parent_directory(cli, corpus):
    (corpus / "tqcheck.toml").write_text('target_lang = "en"\nignore = ["TQ1"]\n')
    (corpus / "corpus" / "fr" / "tqcheck.toml").write_text('target_lang = "fr"\n')
    (corpus / "corpus" / "fr" / "page.md").write_text(PAGES["fr"] + "\nLe le ministre.\n")
    docs = _run(cli, "corpus/", cwd=corpus)
    fr = docs["corpus/fr/page.md"]
    assert (fr["target_lang"], fr["target_lang_from"], fr["config"]) == ("fr", "config", "corpus/fr/tqcheck.toml")
    assert [f["rule"] for f in fr["findings"]] == ["TQ210"]
    es = docs["corpus/es/page.md"]
    assert (es["target_lang"], es["target_lang_from"], es["config"]) == ("en", "config", "tqcheck.toml")
    # the declared language disagrees with the text: a note, and the page is still checked as English
    assert "TQ002" in [f["rule"] for f in es["findings"]]
    # from inside the French folder and from elsewhere, the same configuration applies
    assert _run(cli, "page.md", cwd=corpus / "corpus" / "fr")["page.md"]["config"] == "tqcheck.toml"
    elsewhere = _run(cli, str(corpus / "corpus" / "fr" / "page.md"), cwd=corpus.parent)
    assert next(iter(elsewhere.values()))["config"].endswith("corpus/fr/tqcheck.toml")


def test_config_and_no_config_options(cli, corpus):
    (corpus / "corpus" / "fr" / "tqcheck.toml").write_text('target_lang = "fr"\n')
    (corpus / "other.toml").write_text('target_lang = "de"\n')
    docs = _run(cli, "corpus", "--config", "other.toml", cwd=corpus)
    assert {d["target_lang"] for d in docs.values()} == {"de"}
    assert {d["config"] for d in docs.values()} == {"other.toml"}
    docs = _run(cli, "corpus", "--no-config", cwd=corpus)
    assert docs["corpus/fr/page.md"]["config"] is None and docs["corpus/fr/page.md"]["target_lang_from"] == "detected"
    docs = _run(cli, "corpus", "--target-lang", "es", cwd=corpus)
    assert docs["corpus/fr/page.md"]["target_lang_from"] == "option"
    assert "TQ002" in [f["rule"] for f in docs["corpus/fr/page.md"]["findings"]]
    assert "TQ002" not in [f["rule"] for f in docs["corpus/es/page.md"]["findings"]]


def test_configuration_stops_at_the_top_of_the_git_work_tree(cli, tmp_path):
    (tmp_path / "tqcheck.toml").write_text('select = ["TQ101"]\n')  # above the repository: not its configuration
    repo = tmp_path / "repo"
    repo.mkdir()
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    (repo / "doc.txt").write_text("The talks said said nothing in kyiv.\n")
    docs = _run(cli, "doc.txt", "--target-lang", "en", cwd=repo)
    assert docs["doc.txt"]["config"] is None
    assert "TQ210" in [f["rule"] for f in docs["doc.txt"]["findings"]]


def test_an_invalid_pyproject_is_an_error(cli, tmp_path):
    (tmp_path / "doc.txt").write_text("Fine text.\n")
    (tmp_path / "pyproject.toml").write_text("[tool.tqcheck\nselect = 1\n")
    proc = cli("check", "doc.txt", cwd=tmp_path)
    assert proc.returncode == 2 and proc.stdout == ""
    (line,) = proc.stderr.splitlines()
    assert "pyproject.toml: invalid TOML" in line
    # one below the file, found while looking for the file's own configuration, too
    (tmp_path / "pyproject.toml").unlink()
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "pyproject.toml").write_text("[project\n")
    (tmp_path / "sub" / "doc.txt").write_text("Fine text.\n")
    proc = cli("check", ".", cwd=tmp_path)
    assert proc.returncode == 2 and "sub/pyproject.toml: invalid TOML" in proc.stderr
    # a pyproject.toml without [tool.tqcheck] is passed over
    (tmp_path / "sub" / "pyproject.toml").write_text('[project]\nname = "x"\n')
    (tmp_path / "tqcheck.toml").write_text('target_lang = "en"\n')
    assert _run(cli, ".", cwd=tmp_path)["sub/doc.txt"]["config"] == "tqcheck.toml"


def test_the_text_report_names_configuration_and_language(cli, corpus):
    (corpus / "corpus" / "fr" / "tqcheck.toml").write_text('target_lang = "fr"\n')
    (corpus / "corpus" / "fr" / "page.md").write_text(PAGES["fr"] + "\nLe le ministre.\n")
    (corpus / "corpus" / "es" / "page.md").write_text(PAGES["es"] + "\nEl el ministro.\n")
    proc = cli("check", "corpus", "--no-backtranslate", cwd=corpus)
    out = proc.stdout
    assert "corpus/fr/page.md — French (fr), from the configuration; configuration corpus/fr/tqcheck.toml" in out
    assert "corpus/es/page.md — Spanish (es), detected; no configuration" in out
    assert "Configuration: none (5 documents), corpus/fr/tqcheck.toml (1 document)." in out
    assert "es (1 detected)" in out and "fr (1 configuration)" in out


def test_a_po_file_declares_its_language(cli, tmp_path):
    (tmp_path / "fr.po").write_text(
        'msgid ""\nmsgstr ""\n"Language: fr\\n"\n\nmsgid "The minister spoke."\nmsgstr "Le ministre a parlé."\n'
    )
    doc = _run(cli, "fr.po", cwd=tmp_path)["fr.po"]
    assert (doc["target_lang"], doc["target_lang_from"]) == ("fr", "file")
    (tmp_path / "br.po").write_text('msgid ""\nmsgstr ""\n"Language: pt_BR\\n"\n\nmsgid "Hello."\nmsgstr "Olá."\n')
    doc = _run(cli, "br.po", cwd=tmp_path)["br.po"]
    assert (doc["target_lang"], doc["target_lang_from"]) == ("pt", "file")
    # the configuration comes before the file's header
    (tmp_path / "tqcheck.toml").write_text('target_lang = "es"\n')
    assert _run(cli, "br.po", cwd=tmp_path)["br.po"]["target_lang_from"] == "config"


def test_an_untranslated_page_is_not_taken_for_a_target_language(cli, corpus):
    """With the source language given, a page in that language is not "detected" as the target: it
    is checked as the default, its sentences flagged as untranslated, and a note asks."""
    docs = _run(cli, "corpus/es", "--source-lang", "es", cwd=corpus)
    doc = docs["corpus/es/page.md"]
    assert (doc["target_lang"], doc["target_lang_from"]) == ("en", "default")
    rules = [f["rule"] for f in doc["findings"]]
    assert rules[0] == "TQ002" and "TQ201" in rules
    assert "the source language: is it translated?" in doc["findings"][0]["message"]
