"""/claims/ and /claims/<id>/ (verdicts, evidence, appearances), the speaker's record,
and the fact-check fragment of a quote page."""

import re
from pathlib import Path

import pytest
from django.urls import reverse

from quotes.models import Claim
from quotes.services.claims import verdict_correct, verdict_retract
from tests.factories import (
    AnnotationFactory,
    ClaimFactory,
    EvidenceFactory,
    QuoteFactory,
    RatingFactory,
    SpeakerFactory,
    VerdictFactory,
    published_claim,
)
from tests.html import parse

pytestmark = pytest.mark.django_db


def test_the_list_shows_published_claims_with_their_verdict(client):
    verdict = VerdictFactory(claim__status="published", rating__label="False")
    ClaimFactory(text="A draft nobody may see", status="draft")
    body = client.get("/claims/").content.decode()
    assert verdict.claim.text in body and "False" in body
    assert "A draft nobody may see" not in body


def test_the_list_filters_by_claimant_and_verdict(client):
    verdict = VerdictFactory(claim__status="published", rating__slug="false")
    VerdictFactory(claim__status="published")
    response = client.get("/claims/", {"verdict": "false", "claimant": verdict.claim.claimant.slug})
    assert list(response.context["page"].object_list) == [verdict.claim]


def test_the_list_costs_the_same_queries_for_5_and_50_claims(client, page_queries):
    VerdictFactory.create_batch(5, claim__status="published")
    small = len(page_queries(client, "/claims/"))
    VerdictFactory.create_batch(45, claim__status="published")
    assert len(page_queries(client, "/claims/")) == small <= 2


def test_a_claim_page_shows_verdict_explanation_evidence_and_appearances(client):
    evidence = EvidenceFactory(verdict__claim__status="published", title="Labour statistics")
    claim = evidence.verdict.claim
    quote = QuoteFactory(words="Unemployment fell again")
    claim.appearances.add(quote)
    body = client.get(claim.get_absolute_url()).content.decode()
    for text in [claim.text, evidence.verdict.rating.label, "The official figures show otherwise",
                 "Labour statistics", evidence.url, "Unemployment fell again"]:  # fmt: skip
        assert text in body, text


def test_a_claim_page_costs_the_same_queries_for_5_and_50_appearances(client, page_queries):
    few = VerdictFactory(claim__status="published").claim
    few.appearances.add(*QuoteFactory.create_batch(5))
    many = VerdictFactory(claim__status="published").claim
    many.appearances.add(*QuoteFactory.create_batch(50))
    EvidenceFactory.create_batch(3, verdict=many.verdict)
    assert len(page_queries(client, few.get_absolute_url())) == len(
        page_queries(client, many.get_absolute_url())
    )


def test_a_draft_claim_is_not_found(client):
    assert client.get(ClaimFactory(status="draft").get_absolute_url()).status_code == 404


def test_the_claim_page_offers_a_structured_data_block(client):
    from django.template import loader

    source = Path(loader.get_template("base.html").origin.name).read_text()
    assert "{% block structured_data %}" in source


@pytest.fixture
def same_queries(page_queries):
    """Assert a page costs the same queries, at most `limit`, after growing its rows
    by 5 and again by 45."""

    def check(client, url, grow, limit):
        grow(5)
        few = len(page_queries(client, url))
        grow(45)
        many = len(page_queries(client, url))
        assert few == many <= limit

    return check


class TestQueryCounts:
    def test_a_claim_page_does_not_grow_with_appearances_evidence_or_corrections(
        self, client, editor, same_queries
    ):
        claim = published_claim(editor=editor)
        rating = RatingFactory()

        def grow(n):
            for i in range(n):
                claim.appearances.add(QuoteFactory())
                EvidenceFactory(verdict=claim.verdict)
                verdict_correct(
                    claim=claim,
                    user=editor,
                    reason=f"Fix {i}",
                    rating=rating,
                    conclusion_only=False,
                    explanation=f"Explanation {i}",
                )

        same_queries(client, claim.get_absolute_url(), grow, 7)

    def test_the_claim_list_does_not_grow_with_claims(self, client, editor, same_queries):
        def grow(n):
            for i in range(n):
                published_claim(editor=editor, text=f"Claim {i}")

        same_queries(client, reverse("claim-list"), grow, 3)

    def test_the_feed_does_not_grow_with_claims(self, client, editor, same_queries):
        def grow(n):
            for i in range(n):
                published_claim(editor=editor, text=f"Claim {i}")

        url = reverse("claimreview-feed")
        # Six for the feed, five for taking and giving back its stream slot in the
        # database cache (views/limits.py; two round trips with Redis).
        same_queries(client, url, grow, 11)

    def test_the_quote_pages_notes_do_not_grow_with_annotations(
        self, reader_client, editor, same_queries
    ):
        quote = QuoteFactory()
        published_claim(editor=editor, quotes=[quote])

        def grow(n):
            AnnotationFactory.create_batch(n, quote=quote)

        url = quote.get_absolute_url()
        same_queries(reader_client, url, grow, 8)

    def test_the_speaker_record_does_not_grow_with_claims(self, client, editor, same_queries):
        speaker = SpeakerFactory()

        def grow(n):
            for i in range(n):
                rating = RatingFactory()
                quote = QuoteFactory(speaker=speaker)
                published_claim(editor=editor, quotes=[quote], text=f"Claim {i}", rating=rating)

        url = speaker.get_absolute_url()
        same_queries(client, url, grow, 5)


class TestSpeakerRecord:
    def test_the_record_counts_published_verdicts_over_their_denominator(self, client, editor):
        speaker = SpeakerFactory(name="Friedrich Merz")
        false, true = RatingFactory(label="False", value=1), RatingFactory(label="True", value=9)
        quotes = QuoteFactory.create_batch(4, speaker=speaker)
        for quote, rating in zip(quotes[:3], [false, false, true], strict=True):
            published_claim(editor=editor, quotes=[quote], rating=rating)
        retracted = published_claim(editor=editor, quotes=[quotes[3]], rating=true)
        verdict_retract(claim=retracted, user=editor, reason="Misattributed")
        Claim.objects.create(text="Draft", slug="draft", claimant=speaker)
        response = client.get(speaker.get_absolute_url())
        record = parse(response.content).texts["record-heading"]
        assert record == "Fact-check record"
        text = " ".join(response.content.decode().split())
        assert "Claims are chosen for checking, not sampled." in text
        assert "These counts describe the 3 claims we checked, out of 4 quotes recorded" in text
        rows = " ".join(re.sub(r"<[^>]+>", " ", text).split())
        assert "True 1 of 3 33%" in rows
        assert "False 2 of 3 67%" in rows

    def test_a_written_conclusion_is_counted_as_such(self, client, editor):
        speaker = SpeakerFactory()
        quote = QuoteFactory(speaker=speaker)
        published_claim(editor=editor, quotes=[quote], rating=None, conclusion_only=True)
        text = " ".join(client.get(speaker.get_absolute_url()).content.decode().split())
        rows = " ".join(re.sub(r"<[^>]+>", " ", text).split())
        assert "Written conclusion, no rating 1 of 1 100%" in rows


class TestQuoteFragment:
    def test_readers_see_published_claims_of_a_quote_but_not_drafts(self, client, editor):
        quote = QuoteFactory()
        published_claim(editor=editor, quotes=[quote], text="Public claim")
        draft = Claim.objects.create(text="Secret draft", slug="secret-draft")
        draft.appearances.add(quote)
        content = client.get(quote.get_absolute_url()).content
        assert b"Public claim" in content and b"Secret draft" not in content
        assert b"Make a claim" not in content

    def test_editors_see_every_claim_and_can_make_one(self, editor_client):
        quote = QuoteFactory()
        draft = Claim.objects.create(text="Draft claim", slug="draft-claim")
        draft.appearances.add(quote)
        content = editor_client.get(quote.get_absolute_url()).content
        assert b"Draft claim" in content and b"(draft)" in content
        assert reverse("quote-make-claim", args=[quote.pk]).encode() in content

    def test_an_editor_makes_a_claim_from_the_quote_page(self, editor_client, editor):
        quote = QuoteFactory()
        url = reverse("quote-make-claim", args=[quote.pk])
        response = editor_client.post(url, {"text": "He won't stop"})
        claim = Claim.objects.get()
        assert response["Location"] == reverse("admin:quotes_claim_change", args=[claim.pk])
        assert list(claim.appearances.all()) == [quote] and claim.claimant == quote.speaker
        refused = editor_client.post(url, {"text": "  "})
        assert refused.status_code == 400 and b"Write the claim" in refused.content
