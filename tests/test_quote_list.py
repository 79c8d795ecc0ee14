"""/quotes/: search, filters, facets, ordering, errors; the same query count at any size."""

import datetime

import pytest
from django.core.cache import cache

from quotes.models import Quote
from tests.factories import (
    ClaimFactory,
    QuoteFactory,
    RatingFactory,
    SourceFactory,
    SpeakerFactory,
    TagFactory,
    VerdictFactory,
)

pytestmark = pytest.mark.django_db
URL = "/quotes/"


def results(response):
    return list(response.context["search"].page.items)


@pytest.mark.parametrize("url", [URL, URL + "?q=deal", URL + "?q=deal&order=newest"])
def test_the_list_costs_the_same_queries_for_5_and_50_quotes(client, url, page_queries):
    speaker = SpeakerFactory()
    QuoteFactory.create_batch(5, speaker=speaker, words="A deal is close")
    client.get(url)  # the first search of a process looks up which index the database has
    small = len(page_queries(client, url))
    QuoteFactory.create_batch(45, words="A deal is far")
    assert len(page_queries(client, url)) == small <= 3


def test_a_search_shows_highlighted_hits(client):
    QuoteFactory(words="Security guarantees must be binding")
    response = client.get(URL, {"q": "guarantee"})
    assert b"<mark>guarantees</mark>" in response.content


def test_hostile_text_never_reaches_the_page_as_markup(client):
    hostile = "<img src=x onerror=alert(1)>"
    QuoteFactory(
        words=f"Peace {hostile}",
        speaker=SpeakerFactory(name='"><svg onload=alert(1)>', slug="svg"),
        source=SourceFactory(headline=hostile),
    )
    for params in [{"q": "peace"}, {}]:
        body = client.get(URL, params).content.decode()
        assert "<img" not in body and "<svg" not in body


def test_filtering_by_two_speakers_keeps_only_their_quotes(client):
    a, b = SpeakerFactory(slug="anna"), SpeakerFactory(slug="ben")
    qa, qb = QuoteFactory(speaker=a), QuoteFactory(speaker=b)
    QuoteFactory()
    response = client.get(URL + "?speaker=anna&speaker=ben")
    assert set(results(response)) == {qa, qb}


def test_filters_by_date_outlet_kind_status_and_tag(client):
    tag = TagFactory(slug="energy")
    old = QuoteFactory(said_on=datetime.date(2020, 5, 1), kind=Quote.Kind.INDIRECT)
    new = QuoteFactory(source=SourceFactory(outlet="Daily Planet"), status="verified")
    new.tags.add(tag)
    assert results(client.get(URL, {"date_to": "2020-12-31"})) == [old]
    assert results(client.get(URL, {"date_from": "2021-01-01"})) == [new]
    assert results(client.get(URL, {"outlet": "Daily Planet"})) == [new]
    assert results(client.get(URL, {"kind": "indirect"})) == [old]
    assert results(client.get(URL, {"status": "verified"})) == [new]
    assert results(client.get(URL, {"tag": "energy"})) == [new]


def test_the_verdict_filter_uses_published_claims_only(client):
    rating = RatingFactory(slug="false")
    quote, draft_quote = QuoteFactory(), QuoteFactory()
    published = ClaimFactory(status="published")
    published.appearances.add(quote)
    VerdictFactory(claim=published, rating=rating)
    draft = ClaimFactory(status="draft")
    draft.appearances.add(draft_quote)
    VerdictFactory(claim=draft, rating=rating)
    assert results(client.get(URL, {"verdict": "false"})) == [quote]


def test_rejected_quotes_are_never_listed(client):
    QuoteFactory(words="Hidden words", status=Quote.Status.REJECTED)
    assert results(client.get(URL, {"q": "hidden"})) == []
    assert results(client.get(URL)) == []


@pytest.mark.parametrize(
    "params",
    [
        {"date_from": "yesterday"},
        {"kind": "shouting"},
        {"speaker": "not a slug!"},
        {"source": "-3"},
        {"order": "random"},
        {"tag": "<script>"},
    ],
)
def test_an_invalid_filter_shows_its_error_and_no_results(client, params):
    QuoteFactory()
    response = client.get(URL, params)
    assert response.status_code == 200
    assert results(response) == []
    assert response.context["search"].filterset.errors
    assert b'role="alert"' in response.content


def test_newest_and_oldest_order_by_date_with_or_without_words(client):
    old = QuoteFactory(words="Grain deal", said_on=datetime.date(2019, 1, 1))
    new = QuoteFactory(words="Grain deal", said_on=datetime.date(2024, 1, 1))
    assert results(client.get(URL, {"order": "newest"})) == [new, old]
    assert results(client.get(URL, {"order": "oldest"})) == [old, new]
    assert results(client.get(URL, {"q": "grain", "order": "newest"})) == [new, old]
    assert results(client.get(URL, {"q": "grain", "order": "oldest"})) == [old, new]


def test_relevance_is_the_default_order_for_words(client):
    weak = QuoteFactory(source=SourceFactory(headline="Grain news"))
    strong = QuoteFactory(words="Grain grain grain")
    assert results(client.get(URL, {"q": "grain"})) == [strong, weak]


def test_facets_count_speakers_years_kinds_and_verdicts_of_the_current_results(client):
    anna = SpeakerFactory(name="Anna", slug="anna")
    QuoteFactory.create_batch(2, speaker=anna, words="Steel", said_on=datetime.date(2024, 3, 1))
    QuoteFactory(words="Steel", said_on=datetime.date(2023, 3, 1), kind="partial")
    QuoteFactory(words="Other")
    facets = client.get(URL, {"q": "steel"}).context["facets"]
    assert (facets["speaker"][0].label, facets["speaker"][0].count) == ("Anna", 2)
    assert [(f.key, f.count) for f in facets["year"]] == [("2024", 2), ("2023", 1)]
    assert {(f.label, f.count) for f in facets["kind"]} == {("Direct", 2), ("Partial", 1)}
    assert "speaker=anna" in facets["speaker"][0].url


def test_a_selected_facet_links_back_to_the_list_without_it(client):
    anna = SpeakerFactory(name="Anna", slug="anna")
    QuoteFactory(speaker=anna)
    [facet] = client.get(URL, {"speaker": "anna"}).context["facets"]["speaker"]
    assert facet.selected and "speaker=anna" not in facet.url


def test_a_count_past_the_cap_says_so(client, settings, monkeypatch):
    monkeypatch.setattr("quotes.selectors.search.COUNT_CAP", 3)
    QuoteFactory.create_batch(5)
    response = client.get(URL)
    assert response.context["search"].page.capped
    assert b"3+ quotes" in response.content


def test_pages_follow_each_other_without_repeats(client, monkeypatch):
    monkeypatch.setattr("quotes.selectors.paging.PAGE_SIZE", 2)
    quotes = QuoteFactory.create_batch(5, words="Matching words")
    seen = []
    for page in (1, 2, 3):
        response = client.get(URL, {"q": "matching", "page": page})
        seen += results(response)
    assert sorted(q.pk for q in seen) == sorted(q.pk for q in quotes)


def test_a_very_common_word_is_ranked_among_its_newest_matches_and_says_so(client, monkeypatch):
    monkeypatch.setattr("quotes.selectors.search.COUNT_CAP", 2)
    old = QuoteFactory(words="Energy energy energy", said_on=datetime.date(2001, 1, 1))
    recent = [QuoteFactory(words="Energy", said_on=datetime.date(2024, 1, d)) for d in (1, 2, 3)]
    response = client.get(URL, {"q": "energy"})
    assert set(results(response)) == set(recent[1:])  # the newest two: the ones counted
    assert b"2+ quotes" in response.content
    assert b"the best of the newest 2 come first" in response.content
    for page in ("1", "2"):  # a page past the count is its last page: never another quote
        assert set(results(client.get(URL, {"q": "energy", "page": page}))) <= set(recent[1:])
    assert old in results(client.get(URL, {"q": "energy", "date_from": "2000-01-01"}))
    assert old in results(client.get(URL, {"q": "energy", "order": "oldest"}))


def test_a_new_rating_is_offered_in_the_verdict_filter_after_the_first_search(client):
    RatingFactory(slug="false", label="False")
    client.get(URL, {"q": "anything"})  # the form's class is built once, here
    RatingFactory(slug="misleading", label="Misleading")
    cache.clear()  # the choices are kept a minute (filters.VERDICT_CHOICES_SECONDS)
    page = client.get(URL, {"q": "anything"}).content.decode()
    assert 'value="misleading"' in page and 'value="false"' in page
    listed = client.get(URL, {"verdict": "misleading"})
    assert listed.status_code == 200 and not listed.context["search"].filterset.errors
