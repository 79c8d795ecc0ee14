"""/claims/ and /claims/<id>/: published claims, verdicts, evidence, appearances."""

import pytest

from tests.factories import ClaimFactory, EvidenceFactory, QuoteFactory, VerdictFactory
from tests.helpers import queries_for

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


def test_the_list_costs_the_same_queries_for_5_and_50_claims(client):
    VerdictFactory.create_batch(5, claim__status="published")
    small = queries_for(client, "/claims/")
    VerdictFactory.create_batch(45, claim__status="published")
    assert queries_for(client, "/claims/") == small <= 2


def test_a_claim_page_shows_verdict_explanation_evidence_and_appearances(client):
    evidence = EvidenceFactory(verdict__claim__status="published", title="Labour statistics")
    claim = evidence.verdict.claim
    quote = QuoteFactory(words="Unemployment fell again")
    claim.appearances.add(quote)
    body = client.get(claim.get_absolute_url()).content.decode()
    for text in [claim.text, evidence.verdict.rating.label, "The official figures show otherwise",
                 "Labour statistics", evidence.url, "Unemployment fell again"]:  # fmt: skip
        assert text in body, text


def test_a_claim_page_costs_the_same_queries_for_5_and_50_appearances(client):
    few = VerdictFactory(claim__status="published").claim
    few.appearances.add(*QuoteFactory.create_batch(5))
    many = VerdictFactory(claim__status="published").claim
    many.appearances.add(*QuoteFactory.create_batch(50))
    EvidenceFactory.create_batch(3, verdict=many.verdict)
    assert queries_for(client, few.get_absolute_url()) == queries_for(
        client, many.get_absolute_url()
    )


def test_a_draft_claim_is_not_found(client):
    assert client.get(ClaimFactory(status="draft").get_absolute_url()).status_code == 404


def test_the_claim_page_offers_a_structured_data_block(client):
    from django.template import loader

    source = loader.get_template("base.html").template.source
    assert "{% block structured_data %}" in source
