"""The in-process executor, streaming: documents are checked one by one and back-translated a
chunk at a time, so only one chunk of reports is held in memory."""

from __future__ import annotations

from collections.abc import Iterator


class LocalExecutor:
    def __init__(self, chunk: int = 64):
        self.chunk = chunk

    def run(self, jobs, groups, stream) -> Iterator:
        from ..backtranslate.cache import TranslationCache
        from ..backtranslate.models import cache_dir
        from ..pipeline import _backtranslate, backtranslation_key, check_job, options_for

        caches: dict[str, TranslationCache] = {}
        translators: dict = {}
        totals = SummaryTotals()
        try:
            for start in range(0, len(jobs), self.chunk):
                part = jobs[start : start + self.chunk]
                docs = [check_job(job, *groups[job.group]) for job in part]
                # documents back-translated together: same options, same (detected) target language
                by_group: dict[str, tuple] = {}
                for job, doc in zip(part, docs):
                    opts, rules = groups[job.group]
                    if opts.backtranslate and doc.document is not None:
                        key = backtranslation_key(job.group, doc)
                        by_group.setdefault(key, (job.group, options_for(opts, doc), rules, []))[3].append(doc)
                for key, (group, opts, rules, members) in by_group.items():
                    if totals.stopped(key):  # a missing model: said once, not once per chunk
                        continue
                    if group not in caches:
                        caches[group] = TranslationCache(None if opts.no_cache else cache_dir(opts.cache_dir) / "translations.sqlite3")
                    totals.add(key, _backtranslate(members, opts, rules, cache=caches[group], translators=translators))
                yield from docs
        finally:
            for c in caches.values():
                c.close()
            for s in totals.merged():
                stream.add_backtranslation(s)


class SummaryTotals:
    """Back-translation summaries of many batches, added up per option group."""

    def __init__(self) -> None:
        self.groups: dict[str, dict] = {}
        self.warned: set[str] = set()

    def add(self, key: str, summary: dict) -> None:
        have = self.groups.get(key)
        if have is None or ("skipped" in have and "skipped" not in summary and have["skipped"] == "no segments"):
            self.groups[key] = dict(summary)
            return
        if "skipped" in have or "skipped" in summary:
            return
        for k in ("translated", "cached"):
            have[k] += summary[k]
        have["seconds"] = round(have["seconds"] + summary["seconds"], 3)

    def stopped(self, key: str) -> bool:
        have = self.groups.get(key)
        return have is not None and "skipped" in have and have["skipped"] != "no segments"

    def merged(self) -> list[dict]:
        return list(self.groups.values())
