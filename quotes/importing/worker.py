"""Quote extraction for many articles, in a worker process (see `batches`).

Imports nothing but `quotes.extraction`, which is free of Django: a spawned worker
never sets Django up.
"""

from quotes.extraction import extract


def extract_or_error(article):
    """The article's extraction, or the exception it raised: an extractor bug on one
    text must not stop the others."""
    try:
        return extract(article)
    except Exception as error:
        return error


def extract_all(articles) -> list:
    return [extract_or_error(article) for article in articles]
