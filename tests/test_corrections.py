"""Corrections and retractions are public: on the claim page and in the log."""

import pytest
from django.urls import reverse

from quotes.services.claims import verdict_correct, verdict_retract
from tests.factories import RatingFactory, published_claim
from tests.html import parse

pytestmark = pytest.mark.django_db
LOG = reverse("corrections")


def correct(claim, editor, reason="We misread the table.", rating=None):
    return verdict_correct(
        claim=claim,
        user=editor,
        reason=reason,
        rating=rating or RatingFactory(label="Mostly true"),
        conclusion_only=False,
        explanation="Revised.",
    )


def test_a_correction_is_shown_on_the_claim_page_with_its_date(client, editor):
    claim = published_claim(editor=editor)
    correction = correct(claim, editor)
    page = parse(client.get(claim.get_absolute_url()).content)
    entry = page.texts[f"correction-{correction.pk}"]
    assert "Correction" in entry and "We misread the table." in entry
    assert page.attrs["verdict-rating"] and page.texts["verdict-rating"] == "Mostly true"


def test_the_log_lists_corrections_and_retractions_newest_first(client, editor):
    first = published_claim(editor=editor, text="First claim")
    second = published_claim(editor=editor, text="Second claim")
    correction = correct(first, editor)
    retraction = verdict_retract(claim=second, user=editor, reason="Misattributed.")
    response = client.get(LOG)
    page = parse(response.content)
    assert list(response.context["page"]) == [retraction, correction]
    assert "Retraction" in page.texts[f"correction-{retraction.pk}"]
    assert "Second claim" in page.texts[f"correction-{retraction.pk}"]
    assert "We misread the table." in page.texts[f"correction-{correction.pk}"]


def test_a_retracted_claims_link_from_the_log_still_works(client, editor):
    claim = published_claim(editor=editor)
    verdict_retract(claim=claim, user=editor, reason="Misattributed.")
    assert client.get(claim.get_absolute_url()).status_code == 200


def test_hostile_reasons_are_escaped(client, editor):
    claim = published_claim(editor=editor)
    correct(claim, editor, reason="<script>alert(1)</script>")
    for url in [LOG, claim.get_absolute_url()]:
        content = client.get(url).content
        assert b"<script>alert(1)" not in content and b"&lt;script&gt;alert(1)" in content


def test_the_log_costs_the_same_queries_for_5_and_50_corrections(
    client, editor, django_assert_max_num_queries
):
    rating = RatingFactory(label="Mostly true")

    def add(n):
        for i in range(n):
            correct(published_claim(editor=editor, text=f"Claim {i}"), editor, rating=rating)

    add(5)
    with django_assert_max_num_queries(3) as few:
        client.get(LOG)
    add(45)
    with django_assert_max_num_queries(3) as many:
        client.get(LOG)
    assert len(many) == len(few)
