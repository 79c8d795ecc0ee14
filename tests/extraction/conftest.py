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
    """Extract from an article given as its body paragraphs (headline optional): the
    rules' decisions, every speaker kept as `speaker` whatever its confidence
    (test_threshold.py tests the default threshold)."""

    def run(
        *paragraphs: str, headline: str = "A headline", standfirst: str = "A standfirst"
    ) -> Extraction:
        text = article_text(*paragraphs, headline=headline, standfirst=standfirst)
        return extract_text(text, threshold=0.0)

    return run


@pytest.fixture
def quotes_of(extract_article):
    """The quotations of an article as (kind, speaker, text) triples, in order; the speaker
    is the engine's candidate, given as `speaker` or, below the threshold, as `suggestion`
    (test_threshold.py tests which). Quoted terms (kind "term") are not quotations."""

    def run(*paragraphs: str, **kwargs) -> list[tuple[str, str | None, str]]:
        return [
            (q.kind, q.speaker or q.suggestion, q.text)
            for q in extract_article(*paragraphs, **kwargs).quotes
            if q.kind != "term"
        ]

    return run
