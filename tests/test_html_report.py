"""The HTML report: self-contained, escaped, every document in it, and working in a real browser
(Debian's chromium, driven by playwright): filters, next/previous, highlights linked to the list,
the side-by-side source view, the documents table and the CSV export."""

import csv
import io
import json
import re
import shutil

import pytest

import tqcheck
from conftest import SEED
from tqcheck.report import render_html

HOSTILE = (
    'He said "<script>alert(1)</script>" and left the the room.\n'
    "Click <img src=x onerror=alert(2)> now " + '" onmouseover="alert(3)" x="' + " or </textarea><b>bold</b>.\n"
    "Prices fell to 3,5 percent in kyiv, he said  twice.\n"
)
UNITS = (
    "El ministro llegó a Lisboa el lunes con 12 asesores.\tThe minister arrived in Lisbon on Monday with 13 advisers.\n"
    "La votación terminó con 214 votos a favor.\tThe vote ended with 214 votes in favour.\n"
)


def page_data(page: str) -> dict:
    """The results the page embeds (and its script renders)."""
    m = re.search(r'<script type="application/json" id="tq-data">(.*?)</script>', page, re.S)
    assert m, "the page embeds its data"
    return json.loads(m.group(1))


def test_everything_from_the_input_is_escaped(tmp_path):
    doc = tmp_path / 'bad<name>"x.txt'
    doc.write_text(HOSTILE + "Line\u2028separator and </script><!-- too.\n")
    page = render_html(tqcheck.check([doc], source_lang="es"))
    for raw in ("<script>alert", "<img src=x", 'onmouseover="alert', "</textarea><b>", '<name>"x', "</script><!--", "\u2028"):
        assert raw not in page
    assert page.count("<script") == 2 and page.count("</script>") == 2  # the data block and the page's script
    assert "&lt;name&gt;&#34;x" in page  # the title, escaped by the template
    (data,) = page_data(page)["docs"]
    assert data["t"] == doc.read_text() and data["p"] == str(doc)  # the JSON escapes decode to the input


def test_report_is_self_contained(tmp_path, cli):
    out = tmp_path / "r.html"
    cli("check", str(SEED), "-s", "es", "--format", "html", "-o", str(out), "--no-backtranslate")
    page = out.read_text()
    for remote in ("http://", "https://", "//cdn", "@import", "<link", "src="):
        assert remote not in page
    assert "<style>" in page and "<script>" in page


def test_html_goes_to_stdout_unless_o_names_a_file(cli, tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.md"
    a.write_text("the the cat\n")
    b.write_text("Flights to moscow.\n")
    proc = cli("check", "a.txt", "b.md", "--format", "html", "--no-backtranslate", cwd=tmp_path)
    assert proc.returncode == 1 and proc.stdout.startswith("<!doctype html>") and proc.stderr == ""
    assert not (tmp_path / "reports").exists()  # nothing written beside the inputs
    assert [d["p"] for d in page_data(proc.stdout)["docs"]] == ["a.txt", "b.md"]
    proc = cli("check", "a.txt", "--format", "html", "--no-backtranslate", "-o", "out/r.html", cwd=tmp_path)
    assert proc.stdout == "" and (tmp_path / "out" / "r.html").read_text().startswith("<!doctype html>")


def test_html_on_a_terminal_says_to_use_o(tmp_path):
    import os
    import pty
    import subprocess
    import sys
    import threading

    (tmp_path / "a.txt").write_text("the the cat\n")
    master, slave = pty.openpty()
    screen = bytearray()

    def read():
        while True:
            try:
                chunk = os.read(master, 65536)
            except OSError:
                return
            if not chunk:
                return
            screen.extend(chunk)

    reader = threading.Thread(target=read)
    reader.start()
    proc = subprocess.run([sys.executable, "-m", "tqcheck", "check", "a.txt", "--format", "html", "--no-backtranslate"],
                          stdout=slave, stderr=subprocess.PIPE, text=True, cwd=tmp_path, timeout=120)
    os.close(slave)
    reader.join(30)
    os.close(master)
    assert proc.returncode == 1
    assert proc.stderr == "tqcheck: writing the HTML report to the terminal; use -o FILE.html to write it to a file\n"
    assert b"<!doctype html>" in screen  # and it is still written, as asked


@pytest.fixture(scope="module")
def many(tmp_path_factory):
    """205 documents (every tenth with findings), checked by the CLI, and its report."""
    from conftest import run_cli

    root = tmp_path_factory.mktemp("many")
    (root / "docs").mkdir()
    for i in range(1, 206):
        body = "the the talks failed. the minister left in moscow." if i % 10 == 0 else "The talks resumed on Monday."
        (root / "docs" / f"doc-{i}.txt").write_text(body + "\n", encoding="utf-8")
    out = root / "many.html"
    proc = run_cli("check", "docs", "--no-backtranslate", "--format", "html", "-o", str(out), cwd=root)
    assert proc.returncode == 1, proc.stderr
    return out


def test_every_document_is_in_the_report_in_natural_order(many):
    page = many.read_text(encoding="utf-8")
    data = page_data(page)
    assert [d["p"] for d in data["docs"]] == [f"docs/doc-{i}.txt" for i in range(1, 206)]  # doc-2 before doc-10
    flagged = [d for d in data["docs"] if d["f"]]
    assert len(flagged) == 20 and sum(len(d["f"]) for d in data["docs"]) == 20 * len(flagged[0]["f"])
    assert "<b>205</b>documents" in page and data["many"] is True


def test_source_target_and_backtranslation_of_each_flagged_sentence(cli, tiny_models, tmp_path, browser):
    """With a source and back-translation, the page has each sentence's source, target and
    back-translation side by side; drift findings give their reasons in words, the numbers after."""
    src, tgt = tmp_path / "s.es.txt", tmp_path / "t.en.txt"
    src.write_text("El ministro llegó a Lisboa el lunes.\n\nEl ministro no firmó el acuerdo con 12 empresas.\n", encoding="utf-8")
    tgt.write_text("The minister arrived in Lisbon on monday.\n\nThe minister signed the agreement with 12 companies.\n", encoding="utf-8")
    out = tmp_path / "r.html"
    bt, rt = tiny_models
    proc = cli("check", str(tgt), "-s", "es", "--source", str(src), "--bt-model", str(bt), "--rt-model", str(rt),
               "--cache-dir", str(tmp_path / "c"), "--format", "html", "-o", str(out), "--fail-on", "never")
    assert proc.returncode == 0, proc.stderr
    (doc,) = page_data(out.read_text(encoding="utf-8"))["docs"]
    rows = doc["st"]
    assert rows["1"]["src"] == "El ministro llegó a Lisboa el lunes." and rows["2"]["src"].startswith("El ministro no firmó")
    assert all(r["bt"] is not None and "chrf" in r["sc"] and "rt" not in r for r in rows.values())  # one leg: no round trip
    drift = [f for f in doc["f"] if f["r"] == "TQ301"]
    assert drift, "random tiny models drift"
    for f in drift:
        # the reasons in words, the numbers after them: the back-translation's reasons, or the two
        # sentences of the forward leg (the source's machine translation and the target) when it drives
        assert f["v"]["reasons"] and f["m"].endswith(f"drift {rows[str(f['sg'])]['drift']:.2f})")
        if f["v"].get("driver") == "forward":
            assert f["m"].startswith("meaning may drift: the source says “") and "the translation says “" in f["m"]
        else:
            assert f["m"].startswith("meaning may drift: " + f["v"]["reasons"][0])
            assert f["m"].endswith(f"(chrF against the source {f['v']['chrf']:.0f}, drift {rows[str(f['sg'])]['drift']:.2f})")

    page = open_page(browser, out)
    page.locator("button.tab[data-v=side]").click()
    table = page.locator("table.side")
    heads = table.locator("thead th").all_inner_texts()
    # both legs: the source machine-translated into English beside the target, the target back into Spanish
    # and each leg's score: the target against the source's machine translation, the back-translation against the source
    forward_score = "similarity to the source's MT" if rows["1"]["fk"] == "semantic" else "chrF against the source's MT"
    assert heads == ["Line", "Source, Spanish (es)", "Source machine-translated, into English (en)", "Target, English (en)",
                     "Back-translation, into Spanish (es)", forward_score, "chrF against the source", "Suspicion"]
    shown = table.locator("tbody tr")
    assert shown.count() == len({f["sg"] for f in doc["f"]})  # the flagged sentences
    page.locator("input.side-all").check()
    assert shown.count() == 2
    first = shown.nth(0).locator("td").all_inner_texts()
    assert first[1] == rows["1"]["src"] and first[2] == rows["1"]["fw"] and "Lisbon" in first[3]
    assert first[4].startswith(rows["1"]["bt"])
    assert first[5] == f"{rows['1']['fs']:.2f}"
    assert re.fullmatch(r"\d+\.\d\d", first[6]) and re.fullmatch(r"\d\.\d\d", first[7])  # two decimals
    for col in range(8):  # no empty column
        assert any(shown.nth(i).locator("td").nth(col).inner_text().strip() for i in range(2))
    entry = page.locator("ol.fl li[data-rule=TQ301]").first
    assert entry.locator("ul.why li").count() >= 1 and "chrF against the source" in entry.locator(".numbers").inner_text()
    entry.locator("details.ev summary").click()
    fields = entry.locator("dl.ev dt").all_inner_texts()
    assert "chrF" in fields and "BLEU" in fields and "{" not in entry.locator("dl.ev").inner_text()  # fields, not JSON
    page.locator(".strip span[data-s='2']").click()  # the suspicion strip goes to the sentence
    assert page.locator(".sent.is-target[data-s='2']").count() == 1
    assert page.errors == []


# ---- the browser ------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def browser(chromium):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(
            executable_path=chromium,
            args=["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync"],  # playwright gives it a fresh profile
        )
        yield b
        b.close()


def open_page(browser, report):
    page = browser.new_page(viewport={"width": 1300, "height": 1000}, accept_downloads=True)
    page.errors = []
    page.on("console", lambda m: page.errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    page.on("dialog", lambda d: (page.errors.append("dialog: " + d.message), d.dismiss()))
    page.route("**/*", lambda route: route.abort() if not route.request.url.startswith("file:") else route.continue_())
    page.goto(report.as_uri())
    page.wait_for_selector("section.doc", state="attached")
    return page


def _csv_field(v) -> str:
    s = "" if v is None else str(v)
    if re.match(r"[=+@\t\r]", s) or (s.startswith("-") and not re.fullmatch(r"-\d+([.,]\d+)?", s)):
        s = "'" + s
    return s


def test_the_report_works_in_a_real_browser(cli, tmp_path, browser):
    from playwright.sync_api import expect

    shutil.copy(SEED, tmp_path / "article.txt")
    (tmp_path / "hostile.txt").write_text("🙂 " + HOSTILE + "Flights to moscow's airports.\n")
    (tmp_path / "units.tsv").write_text(UNITS, encoding="utf-8")
    (tmp_path / "clean.txt").write_text("The talks resumed on Monday.\n")
    names = ["article.txt", "clean.txt", "hostile.txt", "units.tsv"]
    proc = cli("check", *names, "-s", "es", "--no-backtranslate", "--format", "json", cwd=tmp_path)
    expected = json.loads(proc.stdout)["documents"]
    cli("check", *names, "-s", "es", "--no-backtranslate", "--format", "html", "-o", "r.html", cwd=tmp_path)
    page = open_page(browser, tmp_path / "r.html")
    by_path = {d["path"]: d for d in expected}
    findings = [(d, f) for name in names for d in [by_path[name]] for f in d["findings"]]
    total = len(findings)

    # the documents table: natural order, every severity counted, sortable, clean documents hideable
    rows = page.locator("#doc-table tbody tr")
    assert rows.locator("td.path").all_inner_texts() == names
    assert rows.nth(0).locator("td").all_inner_texts()[2:6] == ["0", "9", "0", "9"]
    page.locator('#doc-table button.sort[data-key="error"]').click()
    assert rows.nth(0).locator("td.path").inner_text() in ("hostile.txt", "units.tsv")
    page.locator("#hide-clean").check()
    assert "clean.txt" not in rows.locator("td.path").all_inner_texts() and page.locator("#doc-1").is_hidden()
    page.locator("#hide-clean").uncheck()

    # plain counts: "1 error, 9 warnings", never "0 error" or "1 warnings"
    counts = page.locator(".doc-h .counts").all_inner_texts()
    assert counts[0] == "9 warnings" and counts[1] == "no findings" and counts[3] == "1 error"
    for text in counts:
        assert not re.search(r"\b0 (error|warning|info)|\b1 (errors|warnings)|\b([2-9]|\d\d+) (error|warning)\b", text)

    # next / previous (buttons and keys n, p): the target is marked in the text and in the list
    assert page.locator("#pos").inner_text() == f"– / {total}"
    page.keyboard.press("n")
    assert page.locator("#pos").inner_text() == f"1 / {total}"
    assert page.locator("ol.fl li.is-target").get_attribute("data-f") == "0-0"
    target = page.locator('mark.is-target[data-f~="0-0"]').first
    assert target.is_visible() and target.inner_text() == findings[0][1]["text"]
    box = target.bounding_box()
    assert 0 < box["y"] < 1000  # scrolled into view
    page.locator("#next").click()
    assert page.locator("#pos").inner_text() == f"2 / {total}"
    page.keyboard.press("p")
    assert page.locator("ol.fl li.is-target").get_attribute("data-f") == "0-0"
    page.locator("#prev").click()  # wraps round to the last finding, in the last document
    assert page.locator("#pos").inner_text() == f"{total} / {total}"
    assert page.locator("ol.fl li.is-target").get_attribute("data-f").startswith("3-")

    # a highlight selects its list entry, a list entry its highlight
    page.locator('mark[data-f~="0-3"]').first.click()
    assert page.locator("ol.fl li.is-target").get_attribute("id") == "f-0-3"
    assert page.locator("#pos").inner_text() == f"4 / {total}"
    page.locator("#f-0-5 .fi-msg").click()
    assert page.locator('mark.is-target[data-f~="0-5"]').count() >= 1
    page.locator('mark[data-f~="0-5"]').first.focus()
    assert page.locator("#tip").is_visible() and findings[5][1]["rule"] in page.locator("#tip").inner_text()

    # a flagged double space stays visible, and so does its suggestion
    hostile = page.locator("#doc-2")
    hostile.scroll_into_view_if_needed()
    double = hostile.locator("ol.fl li[data-rule=TQ214]")
    assert double.locator(".flagged").inner_text() == "··" and double.locator(".sugg").inner_text() == "·"
    assert hostile.locator("mark .ws").first.inner_text() == "··"
    for k, f in enumerate(by_path["hostile.txt"]["findings"]):  # after an emoji (two UTF-16 units), marks still fit
        marks = hostile.locator(f'.view-text mark[data-f~="2-{k}"]').all_inner_texts()
        assert "".join(marks).replace("·", " ") == f["text"]
    assert "moscow'sTQ101 airports" in hostile.locator(".view-text").inner_text()  # the code after the word

    # the source view: source | target side by side
    units = page.locator("#doc-3")
    units.scroll_into_view_if_needed()
    units.locator("button.tab[data-v=side]").click()
    side = units.locator("table.side")
    assert side.locator("thead th").all_inner_texts() == ["Line", "Source, Spanish (es)", "Target, English (en)"]
    assert side.locator("tbody tr").count() == 1  # the flagged sentence
    cells = side.locator("tbody tr td").all_inner_texts()
    assert cells[1] == UNITS.split("\t")[0] and cells[2].startswith("The minister arrived in Lisbon on Monday with 13")
    assert side.locator("mark.s-error").inner_text() == "13"

    # filters: rules and severities; an empty list says so, no stale count
    page.locator("#rule-summary").click()
    page.locator('input.flt-rule[value="TQ202"]').uncheck()
    calques = sum(f["rule"] == "TQ202" for _, f in findings)
    assert calques >= 4 and page.locator("#pos").inner_text().endswith(f" / {total - calques}")
    assert page.locator('#doc-0 mark[data-f]').count() == 9 - calques
    page.locator('input.flt-rule[value="TQ202"]').check()
    page.locator("#rule-summary").click()
    for sev in ("warning", "info", "error"):
        page.locator(f'input.flt-sev[value="{sev}"]').uncheck()
    assert page.locator("ol.fl li").count() == 0 and page.locator("mark[data-f]").count() == 0
    assert page.locator("#doc-0 aside h3").inner_text() == "Findings: none of 9 shown"
    assert page.locator("#doc-0 aside").inner_text().endswith("No finding matches the filters.")
    assert page.locator("#doc-0 .counts").inner_text() == "none of 9 findings shown"
    for sev in ("warning", "info", "error"):
        page.locator(f'input.flt-sev[value="{sev}"]').check()
    page.locator("#search").fill("kyiv")
    page.wait_for_function("document.getElementById('pos').textContent.indexOf('/ 3') >= 0")  # the two in the seed, one in hostile.txt

    # CSV of the findings shown, then of all of them
    with page.expect_download() as dl:
        page.locator("#export").click()
    rows = list(csv.reader(io.StringIO(open(dl.value.path(), encoding="utf-8-sig").read(), newline="")))
    assert rows[0] == ["file", "line", "column", "severity", "rule", "rule name", "text", "message", "suggestion"]
    assert len(rows) == 4 and all("kyiv" in r[6] for r in rows[1:])
    page.locator("#search").fill("")
    page.wait_for_function(f"document.getElementById('pos').textContent.indexOf('/ {total}') >= 0")
    with page.expect_download() as dl:
        page.locator("#export").click()
    text = open(dl.value.path(), encoding="utf-8-sig", newline="").read()
    assert text.count("\r\n") >= total + 1  # RFC 4180 line ends
    rows = list(csv.reader(io.StringIO(text, newline="")))
    want = [[d["path"], str(f["line"]), str(f["col"]), f["severity"], f["rule"], f["name"], f["text"], f["message"], f["suggestion"] or ""]
            for d, f in findings]
    assert rows[1:] == [[_csv_field(v) for v in row] for row in want]
    assert any('"' in r[6] or "," in r[7] for r in rows[1:])  # quotes and commas came through

    # the all-findings table lists them and goes to one
    page.locator("#all-details > summary").click()
    expect(page.locator("#all tbody tr")).to_have_count(total)  # drawn on the details' toggle event, a task later
    page.locator("#all tbody tr").nth(2).click()
    assert page.locator("#pos").inner_text() == f"3 / {total}"
    shot = tmp_path / "report.png"
    page.screenshot(path=str(shot), full_page=True)
    assert page.errors == []
    assert shot.stat().st_size > 20_000


def test_a_big_report_opens_collapsed_and_next_opens_the_document(many, browser):
    page = open_page(browser, many)
    assert page.locator("#hide-clean").is_checked()  # many documents: clean ones hidden, all collapsed
    rows = page.locator("#doc-table tbody tr td.path")
    assert rows.all_inner_texts() == [f"docs/doc-{i}.txt" for i in range(10, 206, 10)]
    assert page.locator(".doc-body:not([hidden])").count() == 0 and page.locator("ol.fl li").count() == 0
    page.keyboard.press("n")
    assert page.locator("#doc-9 .doc-body").is_visible()  # doc-10.txt, the first with findings
    assert page.locator("ol.fl li.is-target").get_attribute("data-f") == "9-0"
    page.locator("#hide-clean").uncheck()
    assert rows.count() == 205
    page.locator("#doc-table a", has_text="docs/doc-20.txt").click()
    assert page.locator("#doc-19 .doc-body ol.fl li").count() > 0
    assert page.errors == []
