"""/speakers/ and /speakers/<slug>/: name search, aliases, record, quotes over time."""

import datetime

import pytest
from django.db import connection

from tests.factories import (
    ClaimFactory,
    QuoteFactory,
    RatingFactory,
    SpeakerAliasFactory,
    SpeakerFactory,
    VerdictFactory,
)

pytestmark = pytest.mark.django_db


def names(response):
    return [s.name for s in response.context["page"].object_list]


def test_the_list_shows_speakers_by_name_with_their_quote_counts(client):
    b = SpeakerFactory(name="Berta")
    SpeakerFactory(name="Anton")
    QuoteFactory.create_batch(2, speaker=b)
    response = client.get("/speakers/")
    assert names(response) == ["Anton", "Berta"]
    assert [s.quote_count for s in response.context["page"].object_list] == [0, 2]


def test_the_name_search_finds_a_speaker_by_alias(client):
    speaker = SpeakerFactory(name="Volodymyr Zelenskyy")
    SpeakerAliasFactory(speaker=speaker, name="Zelensky")
    SpeakerFactory(name="Friedrich Merz")
    assert names(client.get("/speakers/", {"q": "Zelensky"})) == ["Volodymyr Zelenskyy"]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="trigram similarity is pg_trgm's")
def test_the_name_search_tolerates_typos_and_transliterations(client):
    SpeakerFactory(name="Volodymyr Zelenskyy")
    SpeakerFactory(name="Friedrich Merz")
    assert names(client.get("/speakers/", {"q": "Zelenski"})) == ["Volodymyr Zelenskyy"]
    assert names(client.get("/speakers/", {"q": "Volodimir"})) == ["Volodymyr Zelenskyy"]
    assert names(client.get("/speakers/", {"q": "Selenskyj"})) == ["Volodymyr Zelenskyy"]


def test_an_invalid_kind_gives_an_empty_list_with_the_error(client):
    SpeakerFactory()
    response = client.get("/speakers/", {"kind": "robot"})
    assert response.status_code == 200 and names(response) == []
    assert b'role="alert"' in response.content


def test_the_list_costs_the_same_queries_for_5_and_50_speakers(client, page_queries):
    for speaker in SpeakerFactory.create_batch(5):
        QuoteFactory(speaker=speaker)
    small = len(page_queries(client, "/speakers/"))
    SpeakerFactory.create_batch(45)
    assert len(page_queries(client, "/speakers/")) == small <= 3


def test_a_speaker_page_shows_aliases_years_and_checked_counts(client):
    speaker = SpeakerFactory(name="Friedrich Merz", slug="friedrich-merz")
    SpeakerAliasFactory(speaker=speaker, name="Mr Merz")
    checked = QuoteFactory(speaker=speaker, said_on=datetime.date(2025, 1, 2))
    QuoteFactory.create_batch(2, speaker=speaker, said_on=datetime.date(2024, 1, 2))
    claim = ClaimFactory(claimant=speaker, status="published")
    claim.appearances.add(checked)
    VerdictFactory(claim=claim, rating=RatingFactory(label="Half true"))
    response = client.get("/speakers/friedrich-merz/")
    record = response.context["record"]
    assert [(y["year"], y["n"], y["checked"]) for y in record.years] == [(2025, 1, 1), (2024, 2, 0)]
    assert (record.checked_count, record.quote_count) == (1, 3)
    assert [(v["rating"], v["n"]) for v in record.verdicts] == [("Half true", 1)]
    body = response.content.decode()
    assert "Mr Merz" in body and "<strong>1</strong> of 3 quotes checked" in body


def test_a_speaker_page_costs_five_queries_for_5_or_50_quotes(client, page_queries):
    speaker = SpeakerFactory(slug="busy")
    QuoteFactory.create_batch(5, speaker=speaker)
    small = len(page_queries(client, "/speakers/busy/"))
    QuoteFactory.create_batch(45, speaker=speaker)
    assert len(page_queries(client, "/speakers/busy/")) == small <= 5


def test_a_speaker_page_shows_its_quote_cards_without_reading_the_articles(client, page_queries):
    speaker = SpeakerFactory(name="Anna Novak", slug="anna-novak")
    quote = QuoteFactory(
        speaker=speaker, source__headline="Talks resume in Geneva", words="We will sign",
        said_on=datetime.date(2025, 3, 4),
    )  # fmt: skip
    source = quote.source
    assert not [sql for sql in page_queries(client, "/speakers/anna-novak/") if '"body"' in sql]
    body = client.get("/speakers/anna-novak/").content.decode()
    assert quote.text in body and "Talks resume in Geneva" in body
    assert f'href="{source.get_absolute_url()}"' in body
    assert f'href="{quote.get_absolute_url()}"' in body
    assert '<a class="speaker-chip" dir="auto" href="/speakers/anna-novak/">Anna Novak</a>' in body
    assert '<span class="cue" dir="auto">said</span>' in body and "4 Mar 2025" in body
    assert "The talks went on." not in body  # the article around the quote


def test_an_unknown_speaker_is_not_found(client):
    assert client.get("/speakers/nobody/").status_code == 404
