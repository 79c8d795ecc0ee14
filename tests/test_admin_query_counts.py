"""Every changelist costs the same number of queries for 5 rows as for 50."""

import pytest
from django.urls import reverse

from tests.factories import (
    AnnotationFactory,
    QuoteFactory,
    SpeakerAliasFactory,
    TagFactory,
    VerdictFactory,
)

pytestmark = pytest.mark.django_db


def make_quotes(n):
    tag = TagFactory()
    for quote in QuoteFactory.create_batch(n):
        quote.tags.add(tag)
        SpeakerAliasFactory(speaker=quote.speaker, name=f"Alias of {quote.speaker.name}")


def make_claims(n):
    for _ in range(n):
        VerdictFactory()


ROWS = {
    "admin:quotes_quote_changelist": make_quotes,
    "admin:quotes_speaker_changelist": make_quotes,
    "admin:quotes_source_changelist": make_quotes,
    "admin:quotes_claim_changelist": make_claims,
    "admin:quotes_verdict_changelist": make_claims,
    "admin:quotes_annotation_changelist": lambda n: AnnotationFactory.create_batch(n),
    "admin:quotes_speakeralias_changelist": make_quotes,
}


@pytest.mark.parametrize("page", ROWS)
def test_a_changelist_does_not_grow_its_queries_with_its_rows(admin_client, page, page_queries):
    url = reverse(page)
    ROWS[page](5)
    few = len(page_queries(admin_client, url))
    ROWS[page](45)
    many = len(page_queries(admin_client, url))
    assert many == few
    assert few <= 12
