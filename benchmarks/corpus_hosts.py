"""Can a page join the project's real-MT corpus? Checks a URL's host against the hosts it may not come from.

A page is refused when its bare host (lower case, without a leading ``www.``) or its site (below):
- hashes (SHA-256) to a line of ../shared/eval/reserved-hosts.sha256 (hosts kept for evaluation elsewhere);
- is the host or the site of a page of ../shared/eval/real-mt (the development set: "app.wanderlog.com"
  shares its site, and so its templates, with "wanderlog.com");
- belongs to a site that already has two pages in benchmarks/corpus/*/sources.tsv (at most two pages
  a site; a site is the registered domain, subdomains together: "fr.in-ukraine.info" and
  "us.in-ukraine.info" are one site);
and a page is refused when its address (without scheme, ``www.``, a trailing slash) is already in the corpus.

Usage: python benchmarks/corpus_hosts.py URL [URL ...]   (exit 1 when any URL is refused)
"""

from __future__ import annotations

import csv
import hashlib
import sys
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

from _data import EVAL, ROOT

CORPUS = ROOT / "benchmarks" / "corpus"
MAX_PER_HOST = 2


def bare_host(url: str) -> str:
    host = (urlsplit(url if "://" in url else "http://" + url).hostname or "").lower().rstrip(".")
    return host[4:] if host.startswith("www.") else host


def _urls(path: Path) -> list[str]:
    with path.open(encoding="utf-8", newline="") as fh:
        return [r["url"] for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)]


def reserved_hashes() -> set[str]:
    lines = (EVAL / "reserved-hosts.sha256").read_text(encoding="utf-8").splitlines()
    return {ln.strip() for ln in lines if ln.strip() and not ln.startswith("#")}


#: second-level labels under which a country's domains are registered ("co.uk", "com.br", "gov.ge")
_SECOND_LEVEL = {"co", "com", "org", "net", "gov", "ac", "edu", "or", "ne", "go", "in", "nic", "info"}


#: hosting platforms whose subdomains are sites of their own ("someone.blogspot.com")
_PLATFORMS = {"blogspot.com", "wordpress.com", "wixsite.com", "weebly.com", "tumblr.com", "github.io", "livejournal.com"}


def site(url: str) -> str:
    """The registered domain of the URL's host: its last two labels, or three under a country's
    second-level label ("bbc.co.uk", "natunakab.go.id"); on a hosting platform, the whole host."""
    labels = bare_host(url).split(".")
    if ".".join(labels[-2:]) in _PLATFORMS:
        return ".".join(labels)
    if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def page_key(url: str) -> str:
    """The address without scheme, ``www.`` and a trailing slash: one page however it is written."""
    parts = urlsplit(url if "://" in url else "http://" + url)
    return bare_host(url) + parts.path.rstrip("/") + ("?" + parts.query if parts.query else "")


def verdict(url: str, reserved: set[str], dev_hosts: set[str], used: Counter, pages: set[str] = frozenset()) -> str | None:
    """Why the URL may not be used, or None."""
    host = bare_host(url)
    if not host:
        return "no host"
    if page_key(url) in pages:
        return "page already in the corpus"
    if hashlib.sha256(host.encode()).hexdigest() in reserved or hashlib.sha256(site(url).encode()).hexdigest() in reserved:
        return "reserved host (kept for evaluation elsewhere)"
    if host in dev_hosts or site(url) in {site(h) for h in dev_hosts}:
        return "host of a real-mt development page, or of its site"
    if used[site(url)] >= MAX_PER_HOST:
        return f"site {site(url)} has {used[site(url)]} pages in the corpus already"
    return None


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    reserved = reserved_hashes()
    dev_hosts = {bare_host(u) for u in _urls(EVAL / "real-mt" / "sources.tsv")}
    urls = [u for p in sorted(CORPUS.glob("*/sources.tsv")) for u in _urls(p)]
    used = Counter(site(u) for u in urls)
    pages = {page_key(u) for u in urls}
    bad = 0
    for url in argv:
        why = verdict(url, reserved, dev_hosts, used, pages)
        print(f"{'REFUSED' if why else 'ok':8} {bare_host(url)}  {why or ''}".rstrip())
        bad += bool(why)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
