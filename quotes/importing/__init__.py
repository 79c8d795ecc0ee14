"""The importer: articles in (text files, web pages, feeds, JSON Lines, zips of them,
URLs, uploads), sources, quotes and speakers out, each article whole or not at all.

`import_files(paths, options=ImportOptions(...))` is the one entry point: the
management command, an upload and a background job all call it, and read what became
of each article from the outcomes it yields, in the order the inputs came (Imported,
Skipped, Failed, and Notices: outcomes.py).

The pipeline, a module a stage: files.py (find and read: zips.py; URLs: fetching.py,
addresses.py), formats.py (which kind each input is), parsing.py (the text format, and
`Parsed`, what every kind becomes: pages.py, feeds.py, jsonl.py), lookup.py (imported
before?), batches.py (batching, and the extraction in a worker process: worker.py),
planning.py (speakers resolved: speakers.py, names.py), writing.py (one transaction,
bulk rows: rows.py; an earlier version's quotes: replacing.py), articles.py (retries,
what each article came to), run.py (it all, over many inputs).

The names below are loaded on first use, not here: the extraction worker is a
spawned process that imports `quotes.importing.worker` without setting Django up, so
this package must not import the models when it is imported.
"""

import importlib

_HOMES = {
    "import_files": "run",
    "ImportOptions": "run",
    "ImportRun": "run",
    "BATCH_SIZE": "batches",
    "Failed": "outcomes",
    "Imported": "outcomes",
    "Notice": "outcomes",
    "Outcome": "outcomes",
    "QuoteLine": "outcomes",
    "Skipped": "outcomes",
    "Item": "files",
    "Upload": "files",
    "find_articles": "files",
    "FORMATS": "formats",
}

__all__ = sorted(_HOMES)


def __getattr__(name: str):
    if name in _HOMES:
        return getattr(importlib.import_module(f".{_HOMES[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
