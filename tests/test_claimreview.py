"""ClaimReview markup: its shape, that it matches the page, and that it cannot break out."""

import datetime
import json

import pytest
from django.urls import reverse
from django.utils import timezone

from quotes.claimreview import claim_review, scale_bounds, script_json
from quotes.models import Claim
from quotes.services.claims import verdict_correct, verdict_retract
from tests.factories import (
    QuoteFactory,
    RatingFactory,
    RatingScaleFactory,
    SourceFactory,
    SpeakerFactory,
    published_claim,
)
from tests.html import parse

pytestmark = pytest.mark.django_db


@pytest.fixture
def scale():
    scale = RatingScaleFactory()
    for value, label in [(1, "False"), (2, "Half true"), (3, "True")]:
        RatingFactory(scale=scale, value=value, label=label)
    RatingFactory(scale=scale, value=-1, label="Misleading", on_scale=False)
    return scale


def rating(scale, label):
    return scale.ratings.get(label=label)


def build(claim):
    claim = Claim.objects.for_review().get(pk=claim.pk)
    return claim_review(
        claim,
        url="https://claims.example.org/claims/1/",
        absolute=lambda path: "https://claims.example.org" + path,
        publisher={"name": "Claimtracker", "url": "https://claims.example.org/"},
        bounds=scale_bounds(),
    )


def page_review(client, claim):
    response = client.get(reverse("claim-detail", args=[claim.pk]))
    assert response.status_code == 200
    page = parse(response.content)
    blocks = [text for kind, text in page.scripts if kind == "application/ld+json"]
    return page, blocks, response


class TestShape:
    def test_a_rated_verdict_has_the_full_claimreview(self, editor, scale):
        speaker = SpeakerFactory(name="Friedrich Merz", wikidata_id="Q2518")
        quote = QuoteFactory(speaker=speaker, said_on=datetime.date(2025, 12, 13))
        claim = published_claim(
            editor=editor,
            quotes=[quote],
            text="Putin won't stop",
            rating=rating(scale, "Half true"),
        )
        review = build(claim)
        assert review["@context"] == "https://schema.org" and review["@type"] == "ClaimReview"
        assert review["claimReviewed"] == "Putin won't stop"
        assert review["url"] == "https://claims.example.org/claims/1/"
        assert review["datePublished"] == timezone.now().date().isoformat()
        assert review["author"] == {
            "@type": "Organization",
            "name": "Claimtracker",
            "url": "https://claims.example.org/",
        }
        assert review["reviewRating"] == {
            "@type": "Rating",
            "alternateName": "Half true",
            "ratingValue": 2,
            "bestRating": 3,
            "worstRating": 1,
        }
        item = review["itemReviewed"]
        assert item["@type"] == "Claim" and item["datePublished"] == "2025-12-13"
        assert item["author"] == {
            "@type": "Person",
            "name": "Friedrich Merz",
            "description": "Minister for Examples",
            "sameAs": "https://www.wikidata.org/wiki/Q2518",
        }
        source_url = f"https://claims.example.org/sources/{quote.source.pk}/"
        assert item["appearance"] == [item["firstAppearance"]]
        assert item["firstAppearance"] == {
            "@type": "NewsArticle",
            "url": source_url,
            "headline": quote.source.headline,
            "datePublished": "2025-12-13",
            "publisher": {"@type": "Organization", "name": "Example News"},
        }
        assert "dateModified" not in review

    def test_an_off_scale_rating_has_a_name_but_no_value(self, editor, scale):
        claim = published_claim(editor=editor, rating=rating(scale, "Misleading"))
        assert build(claim)["reviewRating"] == {"@type": "Rating", "alternateName": "Misleading"}

    def test_a_written_conclusion_names_its_first_sentence(self, editor):
        claim = published_claim(
            editor=editor,
            rating=None,
            conclusion_only=True,
            explanation="No such figures exist. We asked the ministry.",
        )
        rating_ = build(claim)["reviewRating"]
        assert rating_ == {"@type": "Rating", "alternateName": "No such figures exist."}

    def test_every_source_appears_once_and_the_earliest_comes_first(self, editor):
        early = SourceFactory(
            published_on=datetime.date(2025, 1, 2), outlet="", url="https://a.example/x"
        )
        late = QuoteFactory(said_on=datetime.date(2025, 3, 1))
        first = QuoteFactory(source=early, said_on=None)
        again = QuoteFactory(source=early, said_on=None, start=0, end=4, paragraph=0)
        claim = published_claim(editor=editor, quotes=[late, first, again])
        item = build(claim)["itemReviewed"]
        assert [a["datePublished"] for a in item["appearance"]] == ["2025-01-02", "2025-03-01"]
        assert item["firstAppearance"]["@type"] == "CreativeWork"
        assert item["firstAppearance"]["sameAs"] == "https://a.example/x"
        assert "author" not in item  # several speakers, no claimant chosen

    def test_an_organisation_is_an_organization(self, editor):
        speaker = SpeakerFactory(kind="organisation", name="NATO")
        claim = published_claim(editor=editor, quotes=[QuoteFactory(speaker=speaker)])
        assert build(claim)["itemReviewed"]["author"]["@type"] == "Organization"

    def test_a_correction_sets_date_modified(self, editor, scale):
        claim = published_claim(editor=editor, rating=rating(scale, "True"))
        verdict_correct(
            claim=claim,
            user=editor,
            reason="Misread",
            rating=rating(scale, "False"),
            conclusion_only=False,
            explanation="Corrected.",
        )
        review = build(claim)
        assert review["dateModified"] == timezone.now().date().isoformat()
        assert review["reviewRating"]["ratingValue"] == 1

    def test_only_a_published_verdict_has_markup(self, editor):
        claim = published_claim(editor=editor)
        verdict_retract(claim=claim, user=editor, reason="Misattributed")
        assert build(claim) is None
        assert build(Claim.objects.create(text="Draft", slug="draft")) is None


class TestPage:
    def test_the_page_carries_one_claimreview_that_matches_what_it_shows(
        self, client, editor, scale
    ):
        claim = published_claim(editor=editor, text="Prices fell", rating=rating(scale, "False"))
        page, blocks, _response = page_review(client, claim)
        assert len(blocks) == 1
        review = json.loads(blocks[0])
        assert review["claimReviewed"] == page.texts["claim-text"].strip() == "Prices fell"
        assert review["reviewRating"]["alternateName"] == page.texts["verdict-rating"] == "False"
        assert review["datePublished"] == page.attrs["verdict-date"]["datetime"]
        assert review["url"] == f"http://testserver/claims/{claim.pk}/"
        assert review["author"]["url"] == "http://testserver/"
        appearance = review["itemReviewed"]["appearance"][0]
        assert client.get(appearance["url"]).status_code == 200

    def test_the_publisher_comes_from_settings(self, client, editor, settings):
        settings.CLAIMTRACKER_PUBLISHER = {"name": "Fact Desk", "url": "https://desk.example/"}
        _, blocks, _ = page_review(client, published_claim(editor=editor))
        assert json.loads(blocks[0])["author"]["name"] == "Fact Desk"

    def test_hostile_text_cannot_break_out_of_the_script(self, client, editor):
        hostile = '</script><script>alert("x")</script> & <!--'
        claim = published_claim(
            editor=editor, text=hostile, explanation="</script><img src=x onerror=alert(1)>."
        )
        _page, blocks, response = page_review(client, claim)
        assert b"<script>alert" not in response.content
        assert b"<img src=x" not in response.content
        assert len(blocks) == 1 and "<" not in blocks[0] and "&" not in blocks[0]
        assert json.loads(blocks[0])["claimReviewed"] == " ".join(hostile.split())

    def test_script_json_escapes_markup_characters(self):
        assert script_json({"a": "</script>&"}) == '{"a": "\\u003C/script\\u003E\\u0026"}'

    def test_a_retracted_claim_page_works_without_markup_and_says_why(self, client, editor):
        claim = published_claim(editor=editor)
        verdict_retract(claim=claim, user=editor, reason="The quote was misattributed.")
        page, blocks, _response = page_review(client, claim)
        assert blocks == []
        assert "Retracted" in page.texts["retraction"]
        assert "The quote was misattributed." in page.texts["retraction"]


class TestFeed:
    def test_the_feed_has_one_review_per_line_without_retracted_ones(self, client, editor):
        kept = [published_claim(editor=editor, text=f"Claim {n}") for n in range(3)]
        gone = published_claim(editor=editor, text="Withdrawn")
        verdict_retract(claim=gone, user=editor, reason="Wrong")
        Claim.objects.create(text="Draft", slug="draft")
        response = client.get(reverse("claimreview-feed"))
        assert response["Content-Type"].startswith("application/x-ndjson")
        lines = b"".join(response.streaming_content).decode().splitlines()
        reviews = [json.loads(line) for line in lines]
        assert [r["claimReviewed"] for r in reviews] == [c.text for c in kept]
        assert all(r["@type"] == "ClaimReview" for r in reviews)

    def test_line_and_paragraph_separators_are_escaped(self, client, editor):
        # Readers that split lines as Unicode does (Python's splitlines, many
        # editors) would break a review in two at a raw U+2028 or U+2029.
        speaker = SpeakerFactory(name="Ana\u2028Lind\u2029Qvist")
        published_claim(editor=editor, quotes=[QuoteFactory(speaker=speaker)])
        body = b"".join(client.get(reverse("claimreview-feed")).streaming_content).decode()
        assert "\u2028" not in body and "\u2029" not in body
        [review] = [json.loads(line) for line in body.splitlines()]
        assert review["itemReviewed"]["author"]["name"] == "Ana\u2028Lind\u2029Qvist"
