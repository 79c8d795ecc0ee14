"""The seed article's "If Ukraine falls, he won't stop", taken by an editor from quote
to published verdict through the pages and admin screens an editor uses, then corrected."""

import datetime
import json
from pathlib import Path

import pytest
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from quotes.models import Claim, Quote, Rating, Source, Speaker
from tests.factories import EditorFactory
from tests.html import parse

pytestmark = pytest.mark.django_db
SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_190b2f4bf00dd89e.txt"
MERZ = '"If Ukraine falls, he won\'t stop,"'


@pytest.fixture
def seed_quote():
    """The seed article and its sixth quotation, as the importer stores them."""
    call_command("loaddata", "fixtures/speakers.json", "fixtures/rating_scales.json", verbosity=0)
    first, standfirst, *paragraphs = SEED.read_text(encoding="utf-8").split("\n")
    _, day, headline = first.strip().split(" ", 2)
    body = "\n".join(paragraphs).rstrip("\n")
    source = Source.objects.create(
        headline=headline,
        standfirst=standfirst,
        body=body,
        published_on=datetime.date.fromisoformat(day),
        outlet="Seed News",
    )
    start = body.index(MERZ)
    return Quote.objects.create(
        source=source,
        speaker=Speaker.objects.get(slug="friedrich-merz"),
        speaker_mention="Mr Merz",
        text=MERZ.strip('"'),
        cue="warned",
        start=start,
        end=start + len(MERZ),
        paragraph=body[:start].count("\n"),
        said_on=source.published_on,
    )


def assert_valid_claimreview(review):
    """The fields Google's ClaimReview documentation requires or recommends."""
    assert review["@context"] == "https://schema.org" and review["@type"] == "ClaimReview"
    assert review["claimReviewed"] and review["url"].startswith("http")
    assert review["author"]["@type"] == "Organization" and review["author"]["name"]
    datetime.date.fromisoformat(review["datePublished"])
    assert review["reviewRating"]["@type"] == "Rating" and review["reviewRating"]["alternateName"]
    if "ratingValue" in review["reviewRating"]:
        r = review["reviewRating"]
        assert r["worstRating"] <= r["ratingValue"] <= r["bestRating"]
    item = review["itemReviewed"]
    assert item["@type"] == "Claim" and item["author"]["name"]
    assert item["firstAppearance"] in item["appearance"]
    for appearance in item["appearance"]:
        assert appearance["url"].startswith("http") and appearance["headline"]


def said(response):
    return " ".join(str(m) for m in response.context["messages"])


def claimreview_on(client, claim):
    response = client.get(claim.get_absolute_url())
    assert response.status_code == 200
    page = parse(response.content)
    blocks = [json.loads(t) for kind, t in page.scripts if kind == "application/ld+json"]
    assert len(blocks) == 1
    return blocks[0], page


def test_an_editor_takes_the_seed_quote_from_claim_to_corrected_verdict(
    editor_client, editor, seed_quote
):
    quote_page = editor_client.get(seed_quote.get_absolute_url())
    assert b"If Ukraine falls, he won&#39;t stop," in quote_page.content

    # 1. "Make a claim" on the quote page, then the claim's admin page.
    response = editor_client.post(
        reverse("quote-make-claim", args=[seed_quote.pk]),
        {"text": "If Ukraine falls, Putin will not stop there"},
    )
    claim = Claim.objects.get()
    change = reverse("admin:quotes_claim_change", args=[claim.pk])
    assert response["Location"] == change and claim.claimant.name == "Friedrich Merz"

    # 2. The verdict, written in the claim's admin page.
    unverifiable = Rating.objects.get(scale__slug="default", slug="unverifiable")
    explanation = (
        "This is a prediction about Vladimir Putin's future conduct, so no evidence can "
        "settle it yet. Putin has said Russia's aims include Ukraine's neutrality."
    )
    response = editor_client.post(
        change,
        {
            "text": claim.text,
            "slug": claim.slug,
            "claimant": claim.claimant_id,
            "appearances": [seed_quote.pk],
            "verdict-TOTAL_FORMS": "1",
            "verdict-INITIAL_FORMS": "0",
            "verdict-MIN_NUM_FORMS": "0",
            "verdict-MAX_NUM_FORMS": "1",
            "verdict-0-rating": unverifiable.pk,
            "verdict-0-explanation": explanation,
            "verdict-0-claim": claim.pk,
            "evidence-TOTAL_FORMS": "0",  # the evidence beside it comes later
            "evidence-INITIAL_FORMS": "0",
            "evidence-MIN_NUM_FORMS": "0",
            "evidence-MAX_NUM_FORMS": "1000",
        },
    )
    assert response.status_code == 302, response.context["errors"]
    verdict = Claim.objects.get().verdict
    assert (verdict.rating, verdict.reviewer) == (unverifiable, editor)

    # 3. Sending for review, refused publication without evidence, then evidence.
    step = lambda name: reverse("admin:quotes_claim_workflow", args=[claim.pk, name])  # noqa: E731
    editor_client.post(step("submit"))
    refused = editor_client.post(step("publish"), follow=True)
    assert "add at least one evidence link" in said(refused)
    editor_client.post(
        reverse("admin:quotes_verdict_change", args=[verdict.pk]),
        {
            "claim": claim.pk,
            "rating": unverifiable.pk,
            "explanation": explanation,
            "evidence-TOTAL_FORMS": "1",
            "evidence-INITIAL_FORMS": "0",
            "evidence-MIN_NUM_FORMS": "0",
            "evidence-MAX_NUM_FORMS": "1000",
            "evidence-0-url": "http://en.kremlin.ru/events/president/news/66181",
            "evidence-0-title": "Address by the President of the Russian Federation",
        },
    )
    own = editor_client.post(step("publish"), follow=True)
    assert "another editor must publish it" in said(own)  # the two-person rule
    checker = Client()
    checker.force_login(EditorFactory(username="checker"))
    published = checker.post(step("publish"), follow=True)
    assert said(published).endswith("Published.")

    # 4. The public page carries one valid ClaimReview that matches what it shows.
    reader = Client()
    review, page = claimreview_on(reader, claim)
    assert_valid_claimreview(review)
    assert review["claimReviewed"] == page.texts["claim-text"]
    assert review["reviewRating"] == {"@type": "Rating", "alternateName": "Unverifiable"}
    assert page.texts["verdict-rating"] == "Unverifiable"
    assert review["datePublished"] == page.attrs["verdict-date"]["datetime"]
    assert review["itemReviewed"]["author"]["name"] == "Friedrich Merz"
    assert review["itemReviewed"]["datePublished"] == "2025-12-14"
    source_url = f"http://testserver/sources/{seed_quote.source_id}/"
    assert review["itemReviewed"]["firstAppearance"]["url"] == source_url

    # 5. A correction through the admin: on the page, in the log, in the markup.
    data = {
        "reason": "We first called this a statement of fact; it is a prediction.",
        "text": claim.text,
        "rating": unverifiable.pk,
        "explanation": explanation + " Merz made the warning at a party conference in Munich.",
        "evidence": "",
    }
    corrected = editor_client.post(step("correct"), data, follow=True)
    assert said(corrected) == "Correction published."
    log = parse(reader.get(reverse("corrections")).content)
    entries = [text for key, text in log.texts.items() if key.startswith("correction-")]
    assert len(entries) == 1 and "it is a prediction" in entries[0]
    assert claim.text in entries[0]
    review, page = claimreview_on(reader, claim)
    assert review["dateModified"] and "Munich" in " ".join(page.texts.values())
