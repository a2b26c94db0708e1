"""The HTML report: self-contained, escaped, and working in a real browser (Debian's chromium)."""

import tqcheck
from conftest import SEED
from tqcheck.report import render_html

HOSTILE = (
    'He said "<script>alert(1)</script>" and left the the room.\n'
    "Click <img src=x onerror=alert(2)> now " + '" onmouseover="alert(3)" x="' + " or </textarea><b>bold</b>.\n"
    "Prices fell to 3,5 percent in kyiv.\n"
)


def html_for(paths, tmp_path, cli, *extra):
    out = tmp_path / "report.html"
    proc = cli("check", *map(str, paths), "--source-lang", "es", "--format", "html", "-o", str(out), "--no-backtranslate", *extra)
    assert proc.returncode in (0, 1), proc.stderr
    return out


def test_everything_from_the_input_is_escaped(tmp_path):
    doc = tmp_path / 'bad<name>"x.txt'
    doc.write_text(HOSTILE)
    page = render_html(tqcheck.check([doc], source_lang="es"))
    for raw in ("<script>alert", "<img src=x", 'onmouseover="alert', "</textarea><b>", '<name>"x'):
        assert raw not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert page.count("<script>") == 1  # only the report's own filter script


def test_report_is_self_contained(tmp_path, cli):
    page = html_for([SEED], tmp_path, cli).read_text()
    for remote in ("http://", "https://", "//cdn", "@import", "<link", "src="):
        assert remote not in page
    assert "<style>" in page and "<svg" in page


def test_default_output_path_and_document_index(cli, tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.md"
    a.write_text("the the cat\n")
    b.write_text("Flights to moscow.\n")
    proc = cli("check", str(a), "--format", "html", "--no-backtranslate", cwd=tmp_path)
    assert (tmp_path / "reports" / "a.html").is_file(), proc.stderr
    cli("check", str(a), str(b), "--format", "html", "--no-backtranslate", cwd=tmp_path)
    page = (tmp_path / "reports" / "tqcheck-report.html").read_text()
    assert 'id="index"' in page and "a.txt" in page and "b.md" in page


def test_filters_work_in_a_real_browser(cli, tmp_path, chromium):
    from playwright.sync_api import sync_playwright

    hostile = tmp_path / "hostile.txt"
    hostile.write_text(HOSTILE)
    report = html_for([SEED, hostile], tmp_path, cli)
    errors, dialogs = [], []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=chromium,
            args=["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync"],  # playwright gives it a fresh profile
        )
        page = browser.new_page(viewport={"width": 1300, "height": 1800})
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.route("**/*", lambda route: route.abort() if not route.request.url.startswith("file:") else route.continue_())
        page.goto(report.as_uri())

        def visible():
            return page.locator(".findings li[data-rule]:visible").count()

        total = page.locator(".findings li[data-rule]").count()
        calques = page.locator('.findings li[data-rule="TQ202"]').count()
        assert total > 9 and calques >= 4 and visible() == total
        page.locator('input.flt-rule[value="TQ202"]').uncheck()
        assert visible() == total - calques
        assert page.locator('mark[data-f].off').count() >= 4  # the calque highlights are switched off
        assert page.locator("#shown-count").inner_text() == str(total - calques)
        page.locator('input.flt-sev[value="warning"]').uncheck()
        page.locator('input.flt-sev[value="info"]').uncheck()
        page.locator('input.flt-sev[value="error"]').uncheck()
        assert visible() == 0 and page.locator("mark[data-f]:not(.off)").count() == 0
        for sev in ("warning", "info", "error"):
            page.locator(f'input.flt-sev[value="{sev}"]').check()
        page.locator('input.flt-rule[value="TQ202"]').check()
        assert visible() == total
        page.locator("mark[data-f]").first.focus()
        assert page.locator("mark[data-f]:focus .tip").is_visible()  # the message shows on focus
        shot = tmp_path / "report.png"
        page.screenshot(path=str(shot), full_page=True)
        browser.close()
    assert errors == [] and dialogs == []
    assert shot.stat().st_size > 20_000
