"""/quotes/ facets: each count is what clicking it lists, and reloads agree."""

import pytest

from tests.factories import ClaimFactory, QuoteFactory, RatingFactory, VerdictFactory

pytestmark = pytest.mark.django_db
URL = "/quotes/"


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
