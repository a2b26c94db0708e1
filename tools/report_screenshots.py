"""Build the HTML reports shown in docs/report.md and take their screenshots (docs/img/*.png).

    python tools/report_screenshots.py [--pages DIR] [--out docs/img] [--keep DIR]

Reports: the seed article (heuristic checks), the Dom Casmurro example against its Portuguese
source with back-translation (bergamot models; skipped with a note when they are not installed),
20 pages (the first 20 .txt files of --pages, or 20 documents made from the repository's own
texts), and 1,000 generated documents with about 20,000 findings. The browser is Debian's chromium
(/usr/bin/chromium) driven by playwright. Prints the time to build each report and, for the
1,000 documents, the time a headless browser takes to load the page and to open a document.
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "article-es-en.txt"
CASMURRO = ROOT / "reports" / "dom-casmurro-ch1.en.txt"
CASMURRO_PT = ROOT / "reports" / "dom-casmurro-ch1.pt.txt"
VIEW = {"width": 1400, "height": 1000}

#: sentence pairs for the generated bilingual documents (Spanish source, English translation)
PAIRS = [
    ("El ministro llegó a Lisboa el lunes con 12 asesores.", "The minister arrived in Lisbon on Monday with 12 advisers."),
    ("La empresa invirtió 450 millones de euros en 2023.", "The company invested 450 million euros in 2023."),
    ("El puente mide 1.200 metros y tiene 40 años.", "The bridge is 1,200 metres long and 40 years old."),
    ("Los precios subieron un 3,5 % en marzo.", "Prices rose by 3.5% in March."),
    ("El tren sale a las 7 de la mañana.", "The train leaves at 7 in the morning."),
    ("La votación terminó con 214 votos a favor.", "The vote ended with 214 votes in favour."),
]


def tqcheck(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    """The CLI, run in ``cwd`` so that the report names the documents by relative paths."""
    return subprocess.run([sys.executable, "-m", "tqcheck", *args], capture_output=True, text=True, cwd=cwd)


def build(out: Path, *args: str, cwd: Path = ROOT) -> float:
    started = time.perf_counter()
    proc = tqcheck("check", *args, "--format", "html", "-o", str(out), "--fail-on", "never", "--no-config", cwd=cwd)
    if proc.returncode != 0 or not out.is_file():
        raise SystemExit(f"tqcheck failed ({proc.returncode}): {proc.stderr.strip()}")
    return time.perf_counter() - started


def twenty_pages(pages: Path | None, work: Path) -> tuple[Path, str]:
    """Twenty multi-paragraph documents: the first 20 of ``pages``, else made from the repository's texts."""
    if pages is not None:
        files = sorted(pages.glob("*.txt"), key=lambda p: [int(t) if t.isdigit() else t for t in re.split(r"(\d+)", p.name)])[:20]
        if len(files) == 20:
            target = work / "pages"
            target.mkdir()
            for f in files:
                shutil.copy(f, target / f"page-{f.stem}.txt")
            return target, f"the first 20 pages of {pages}"
    paragraphs = [p for f in (SEED, CASMURRO) for p in re.split(r"\n\s*\n|\n", f.read_text(encoding="utf-8")) if len(p.split()) > 12]
    target = work / "pages"
    target.mkdir()
    rng = random.Random(20)
    for i in range(1, 21):
        body = "\n\n".join(rng.sample(paragraphs, 4))
        (target / f"page-{i}.txt").write_text(body + "\n", encoding="utf-8")
    return target, "20 documents made from the seed article and the Dom Casmurro translation"


def _mutate(paragraph: str, rng: random.Random) -> str:
    """One machine-translation slip in ``paragraph``: a doubled word, a double space, a missing space
    after a full stop, a city in lower case or a space before a comma."""
    words = paragraph.split(" ")
    kind = rng.randrange(5)
    if kind == 0 and len(words) > 4:
        i = rng.randrange(1, len(words) - 1)
        if words[i].isalpha():
            words.insert(i, words[i])
        return " ".join(words)
    if kind == 1 and len(words) > 4:
        i = rng.randrange(1, len(words) - 1)
        return " ".join(words[:i]) + "  " + " ".join(words[i:])
    if kind == 2 and ". " in paragraph:
        return paragraph.replace(". ", ".", 1)
    if kind == 3:
        for city in ("Moscow", "Caracas", "Kyiv", "Lisbon"):
            if city in paragraph:
                return paragraph.replace(city, city.lower(), 1)
    if ", " in paragraph:
        return paragraph.replace(", ", " , ", 1)
    return paragraph


def thousand_documents(work: Path, n: int = 1000) -> Path:
    """``n`` documents: seed paragraphs with slips (warnings, info), every seventh a bilingual TSV
    file with a number changed (errors), every tenth clean."""
    seed = [p for p in SEED.read_text(encoding="utf-8").splitlines() if p.strip()]
    target = work / "many"
    target.mkdir()
    rng = random.Random(1000)
    for i in range(1, n + 1):
        if i % 10 == 0:
            (target / f"doc-{i}.txt").write_text("The talks resumed on Monday.\n\nBoth sides said they were ready to sign.\n", encoding="utf-8")
            continue
        if i % 7 == 0:
            rows = []
            for src, tgt in rng.sample(PAIRS, 4):
                if rng.random() < 0.5:
                    tgt = re.sub(r"\d+", lambda m: str(int(m.group()) + 1), tgt, count=1)
                rows.append(f"{src}\t{tgt}")
            (target / f"doc-{i}.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
            continue
        paragraphs = rng.sample(seed, 6)
        for _ in range(25):
            k = rng.randrange(len(paragraphs))
            paragraphs[k] = _mutate(paragraphs[k], rng)
        (target / f"doc-{i}.txt").write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return target


def render_only(folder: Path) -> float:
    """Seconds to build the HTML page of ``folder``'s report, its checks already done."""
    sys.path.insert(0, str(ROOT))
    import tqcheck
    from tqcheck.report import render_html

    report = tqcheck.check([folder], source_lang="es")
    started = time.perf_counter()
    render_html(report)
    return time.perf_counter() - started


def browser():
    from playwright.sync_api import sync_playwright

    exe = shutil.which("chromium") or shutil.which("chromium-browser")
    if exe is None:
        raise SystemExit("Debian's chromium is needed (apt-get install chromium)")
    pw = sync_playwright().start()
    b = pw.chromium.launch(executable_path=exe, args=["--no-sandbox", "--disable-gpu", "--no-first-run"])
    return pw, b


def shoot(b, report: Path, png: Path, steps=None, *, full: bool = False) -> dict:
    page = b.new_page(viewport=VIEW)
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    started = time.perf_counter()
    page.goto(report.as_uri(), wait_until="load")
    page.wait_for_selector("#docs section.doc")
    loaded = time.perf_counter() - started
    timings = {"load": loaded}
    if steps:
        steps(page, timings)
    page.screenshot(path=str(png), full_page=full)
    page.close()
    if errors:
        raise SystemExit(f"{report}: page errors: {errors}")
    return timings


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=Path, help="folder of real pages (.txt); the first 20 are used")
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "img")
    ap.add_argument("--keep", type=Path, help="also keep the HTML reports in this folder")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        reports = work / "reports"
        reports.mkdir()
        seed_html, casmurro_html, pages_html, many_html = (reports / n for n in ("seed.html", "casmurro.html", "pages.html", "many.html"))
        rel = lambda p: str(p.relative_to(ROOT))  # noqa: E731
        print(f"seed: {build(seed_html, rel(SEED), '--source-lang', 'es', '--no-backtranslate'):.1f} s to build")
        casmurro = tqcheck("check", rel(CASMURRO), "--source-lang", "pt", "--source", rel(CASMURRO_PT), "--engine", "bergamot",
                           "--format", "html", "-o", str(casmurro_html), "--fail-on", "never", "--no-config", "--require-backtranslation")
        if casmurro.returncode != 0:
            print(f"Dom Casmurro with back-translation skipped: {casmurro.stderr.strip().splitlines()[-1:]}")
        pages, what = twenty_pages(args.pages, work)
        print(f"20 pages ({what}): {build(pages_html, pages.name, '--no-backtranslate', cwd=work):.1f} s to build")
        many = thousand_documents(work)
        seconds = build(many_html, many.name, "--source-lang", "es", "--no-backtranslate", cwd=work)
        print(f"1,000 documents: {seconds:.1f} s to check and build with the CLI ({many_html.stat().st_size / 1e6:.1f} MB)")
        print(f"1,000 documents: {render_only(many):.2f} s to build the page alone")
        pw, b = browser()
        try:
            def seed_steps(page, t):
                page.keyboard.press("n")
                page.keyboard.press("n")
                page.keyboard.press("n")
                page.locator("mark.is-target").first.hover()

            shoot(b, seed_html, args.out / "report-seed.png", seed_steps)
            if casmurro_html.is_file():
                def side_steps(page, t):
                    page.locator("button.tab[data-v=side]").click()
                    page.locator("#docs table.side").scroll_into_view_if_needed()
                    page.evaluate("window.scrollBy(0, -140)")

                shoot(b, casmurro_html, args.out / "report-source.png", side_steps)
            def pages_steps(page, t):
                page.locator("#documents").scroll_into_view_if_needed()
                page.locator('#doc-table button.sort[data-key="warning"]').click()
                page.evaluate("window.scrollTo(0, document.getElementById('documents').offsetTop - 60)")

            shoot(b, pages_html, args.out / "report-20-pages.png", pages_steps)

            def many_steps(page, t):
                t["rows"] = page.locator("#doc-table tbody tr").count()
                started = time.perf_counter()
                page.keyboard.press("n")
                page.wait_for_selector("mark.is-target")
                t["first finding"] = time.perf_counter() - started
                started = time.perf_counter()
                page.locator("#all-details > summary").click()
                page.wait_for_selector("#all tbody tr")
                t["all-findings table"] = time.perf_counter() - started
                page.locator("#all-details > summary").click()
                page.evaluate("window.scrollTo(0, 0)")

            t = shoot(b, many_html, args.out / "report-1000-documents.png", many_steps)
            print("1,000 documents in headless chromium: " + ", ".join(
                f"{k} {v:.2f} s" if isinstance(v, float) else f"{k} {v}" for k, v in t.items()))
        finally:
            b.close()
            pw.stop()
        if args.keep:
            args.keep.mkdir(parents=True, exist_ok=True)
            for f in reports.glob("*.html"):
                shutil.copy(f, args.keep / f.name)
    print(f"screenshots in {args.out}")


if __name__ == "__main__":
    main()
