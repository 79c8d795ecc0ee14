"""/quotes/ facets: each count is what clicking it lists, and reloads agree."""

import datetime

import pytest

from tests.factories import (
    ClaimFactory,
    QuoteFactory,
    RatingFactory,
    SpeakerFactory,
    VerdictFactory,
)

pytestmark = pytest.mark.django_db
URL = "/quotes/"


def years(response) -> list[str]:
    return [facet.key for facet in response.context["facets"]["year"]]


@pytest.fixture
def five_years(monkeypatch):
    """Five matches, one a year, added out of date order, with a sample of three."""
    monkeypatch.setattr("quotes.selectors.search.COUNT_CAP", 3)
    monkeypatch.setattr("quotes.selectors.search.FACET_SAMPLE", 3)
    for year in (2021, 2024, 2019, 2023, 2022):
        QuoteFactory(words="Grain exports", said_on=datetime.date(year, 6, 1))


def test_sampled_facets_count_the_newest_matches_and_say_so(client, five_years):
    for params in [{}, {"q": "grain"}, {"order": "newest"}]:
        response = client.get(URL, params)
        assert years(response) == ["2024", "2023", "2022"]
        assert b"Counts among the newest 3 matches, not all of them." in response.content


def test_sampled_facets_of_the_oldest_first_list_count_the_oldest_matches(client, five_years):
    response = client.get(URL, {"order": "oldest"})
    assert years(response) == ["2022", "2021", "2019"]
    assert b"Counts among the oldest 3 matches" in response.content


def test_facets_of_every_match_say_nothing_about_a_sample(client):
    QuoteFactory.create_batch(2)
    assert b"Counts among" not in client.get(URL).content


def verdict_counts(response) -> dict[str, int]:
    return {facet.key: facet.count for facet in response.context["facets"]["verdict"]}


def claim(*quotes, status="published", rating=None, conclusion_only=False, verdict=True):
    made = ClaimFactory(status=status)
    made.appearances.add(*quotes)
    if verdict:
        VerdictFactory(claim=made, rating=rating, conclusion_only=conclusion_only)
    return made


def test_a_verdict_facet_counts_what_clicking_it_lists(client):
    false = RatingFactory(slug="false")
    rated_only, also_unrated, also_draft, also_unchecked = QuoteFactory.create_batch(4)
    claim(rated_only, also_unrated, also_draft, also_unchecked, rating=false)
    claim(also_unrated, conclusion_only=True)  # published, a written conclusion only
    claim(also_draft, status="draft", rating=false)
    claim(also_unchecked, verdict=False)  # published, no verdict yet
    listed = client.get(URL, {"verdict": "false"}).context["search"].page.items
    assert len(listed) == 4
    assert verdict_counts(client.get(URL)) == {"false": 4}


def test_a_quote_in_claims_with_two_ratings_counts_under_each(client):
    false, true = RatingFactory(slug="false"), RatingFactory(slug="true")
    quote = QuoteFactory()
    claim(quote, rating=false)
    claim(quote, rating=true)
    claim(quote, rating=true)
    assert verdict_counts(client.get(URL)) == {"false": 1, "true": 1}


def test_facet_links_keep_hostile_and_non_ascii_words_exactly(client):
    from urllib.parse import parse_qs, urlsplit

    speaker = SpeakerFactory(name="Zoë Ðurić", slug="zoe-duric")
    QuoteFactory(speaker=speaker, words="Blé & pain = vie")
    words = "pain\t& vie = blé%«»"
    response = client.get(URL, {"q": words, "kind": "direct"})
    [facet] = response.context["facets"]["speaker"]
    kept = parse_qs(urlsplit(facet.url).query, keep_blank_values=True)
    assert kept["speaker"] == ["zoe-duric"] and kept["kind"] == ["direct"]
    assert kept["q"] == [response.context["search"].filterset.form.cleaned_data["q"]]
