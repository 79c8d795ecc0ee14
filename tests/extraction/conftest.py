"""Fixtures for the extraction tests: plain Python, no Django and no database."""

import pytest

from quotes.extraction import Extraction, extract_text


def article_text(
    *paragraphs: str,
    headline: str = "A headline",
    standfirst: str = "A standfirst",
    date: str = "2025-06-01",
) -> str:
    return "\n".join([f"date {date} {headline}", standfirst, *paragraphs])


@pytest.fixture
def extract_article():
    """Extract from an article given as its body paragraphs (headline optional)."""

    def run(
        *paragraphs: str, headline: str = "A headline", standfirst: str = "A standfirst"
    ) -> Extraction:
        return extract_text(article_text(*paragraphs, headline=headline, standfirst=standfirst))

    return run


@pytest.fixture
def quotes_of(extract_article):
    """The quotations of an article as (kind, speaker, text) triples, in order."""

    def run(*paragraphs: str, **kwargs) -> list[tuple[str, str | None, str]]:
        return [(q.kind, q.speaker, q.text) for q in extract_article(*paragraphs, **kwargs).quotes]

    return run
