"""Invariants live in the database: each is tested with a row it accepts and one it refuses."""

import pytest
from django.db import IntegrityError, transaction

from quotes.models import Quote, Source, SpeakerAlias
from tests.factories import (
    AnnotationFactory,
    QuoteFactory,
    RatingFactory,
    SourceFactory,
    SpeakerAliasFactory,
    SpeakerFactory,
)

pytestmark = pytest.mark.django_db


def refused(make):
    with pytest.raises(IntegrityError), transaction.atomic():
        make()


def test_a_quote_must_start_before_it_ends():
    quote = QuoteFactory()
    assert quote.start < quote.end
    refused(lambda: QuoteFactory(source=quote.source, start=10, end=10, paragraph=1))
    refused(lambda: QuoteFactory(source=quote.source, start=12, end=3, paragraph=1))


def test_one_quote_per_source_and_span():
    quote = QuoteFactory()
    QuoteFactory(source=quote.source, start=quote.start, end=quote.end - 1)
    refused(lambda: QuoteFactory(source=quote.source, start=quote.start, end=quote.end))


def test_the_same_span_may_be_quoted_in_another_source():
    quote = QuoteFactory()
    other = QuoteFactory(start=quote.start, end=quote.end)
    assert other.source != quote.source


def test_confidence_lies_between_zero_and_one():
    QuoteFactory(attribution_confidence=1.0)
    QuoteFactory(attribution_confidence=0.0)
    refused(lambda: QuoteFactory(attribution_confidence=1.5))
    refused(lambda: QuoteFactory(attribution_confidence=-0.1))


def test_a_quote_kind_and_status_must_be_known():
    refused(lambda: QuoteFactory(kind="rumour"))
    refused(lambda: QuoteFactory(status="maybe"))


def test_a_body_quote_names_its_paragraph_but_a_headline_quote_need_not():
    QuoteFactory(location=Quote.Location.HEADLINE, paragraph=None)
    refused(lambda: QuoteFactory(location=Quote.Location.BODY, paragraph=None))


def test_one_source_per_content_hash():
    source = SourceFactory()
    assert len(source.content_hash) == 64
    same_text = Source(
        headline=source.headline,
        standfirst=source.standfirst,
        body=source.body,
        published_on=source.published_on,
    )
    refused(same_text.save)


def test_a_source_body_is_immutable_once_saved():
    source = Source.objects.get(pk=SourceFactory().pk)
    source.outlet = "Renamed outlet"
    source.save()
    source.body = "Rewritten history."
    with pytest.raises(ValueError, match="immutable"):
        source.save()


def test_an_alias_key_resolves_to_exactly_one_speaker():
    alias = SpeakerAliasFactory(name="Mr Zelensky")
    assert alias.key == "zelensky"
    SpeakerAliasFactory(speaker=alias.speaker, name="Zelenskiy")
    refused(lambda: SpeakerAliasFactory(speaker=SpeakerFactory(), name="zelensky"))
    refused(lambda: SpeakerAliasFactory(speaker=alias.speaker, name="Dr. ZELENSKY"))
    assert SpeakerAlias.objects.filter(key="zelensky").count() == 1


def test_a_wikidata_id_belongs_to_one_speaker_but_many_may_have_none():
    SpeakerFactory(wikidata_id="Q7747")
    SpeakerFactory(wikidata_id="")
    SpeakerFactory(wikidata_id="")
    refused(lambda: SpeakerFactory(wikidata_id="Q7747"))


def test_a_speaker_kind_must_be_known():
    refused(lambda: SpeakerFactory(kind="robot"))


def test_a_rating_value_is_unique_within_its_scale_and_signed_by_scale_membership():
    rating = RatingFactory(value=3)
    RatingFactory(value=-1, on_scale=False, scale=rating.scale)
    refused(lambda: RatingFactory(value=3, scale=rating.scale))
    refused(lambda: RatingFactory(value=-2, on_scale=True, scale=rating.scale))
    refused(lambda: RatingFactory(value=7, on_scale=False, scale=rating.scale))


def test_an_annotation_spans_at_least_one_character():
    annotation = AnnotationFactory(start=0, end=4)
    refused(lambda: AnnotationFactory(quote=annotation.quote, start=4, end=4, exact="x"))
