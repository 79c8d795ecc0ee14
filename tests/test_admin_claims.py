"""Editors make claims from quotes and walk them through the workflow in the admin."""

import pytest
from django.urls import reverse

from quotes.models import Annotation, Claim, Correction
from quotes.services.claims import claim_submit_for_review, verdict_write
from tests.factories import (
    AnnotationFactory,
    AnnotationFlagFactory,
    ClaimFactory,
    CorrectionFactory,
    EditorFactory,
    QuoteFactory,
    RatingFactory,
    SpeakerFactory,
    published_claim,
)

pytestmark = pytest.mark.django_db
QUOTES = reverse("admin:quotes_quote_changelist")


def step(claim, name):
    return reverse("admin:quotes_claim_workflow", args=[claim.pk, name])


def messages_of(response):
    return [str(m) for m in response.context["messages"]]


class TestFromQuotes:
    def test_turning_quotes_into_a_claim_asks_for_its_text_first(self, editor_client):
        quotes = QuoteFactory.create_batch(2)
        data = {"action": "make_claim", "_selected_action": [q.pk for q in quotes]}
        response = editor_client.post(QUOTES, data)
        assert response.status_code == 200 and b"Turn quotes into a claim" in response.content
        assert not Claim.objects.exists()

    def test_an_editor_turns_quotes_into_a_draft_claim(self, editor_client, editor):
        speaker = SpeakerFactory()
        quotes = QuoteFactory.create_batch(2, speaker=speaker)
        data = {
            "action": "make_claim",
            "_selected_action": [q.pk for q in quotes],
            "apply": "1",
            "text": "Ukraine will fall",
            "claimant": "",
        }
        response = editor_client.post(QUOTES, data)
        claim = Claim.objects.get()
        assert response["Location"] == reverse("admin:quotes_claim_change", args=[claim.pk])
        assert (claim.text, claim.status, claim.claimant) == ("Ukraine will fall", "draft", speaker)
        assert set(claim.appearances.all()) == set(quotes)
        assert claim.history.earliest().history_user == editor

    def test_an_editor_adds_quotes_to_an_existing_claim(self, editor_client):
        claim = ClaimFactory()
        quote = QuoteFactory()
        data = {
            "action": "add_to_claim",
            "_selected_action": [quote.pk],
            "apply": "1",
            "claim": claim.pk,
        }
        response = editor_client.post(QUOTES, data, follow=True)
        assert "1 new appearance(s)" in " ".join(messages_of(response))
        assert list(claim.appearances.all()) == [quote]


class TestWorkflow:
    def test_the_claim_page_offers_the_steps_of_its_status(self, editor_client):
        claim = ClaimFactory()
        response = editor_client.get(reverse("admin:quotes_claim_change", args=[claim.pk]))
        assert step(claim, "submit").encode() in response.content
        assert step(claim, "publish").encode() not in response.content
        assert b"Before it can be published: write a verdict" in response.content

    def test_a_refused_step_shows_the_services_message(self, editor_client, editor):
        claim = ClaimFactory()
        claim.appearances.add(QuoteFactory())
        writer = EditorFactory(username="writer")
        verdict_write(claim=claim, user=writer, rating=RatingFactory(), explanation="Because.")
        claim_submit_for_review(claim=claim, user=writer)
        page = editor_client.get(step(claim, "publish"))
        assert b"Publishing will be refused until you add at least one evidence link" in (
            page.content
        )
        response = editor_client.post(step(claim, "publish"), follow=True)
        assert messages_of(response) == ["Cannot publish yet: add at least one evidence link."]
        claim.refresh_from_db()
        assert claim.status == "in_review"

    def test_publishing_through_the_admin_records_the_editor(self, editor_client, editor):
        claim = published_claim(editor=EditorFactory(username="writer"))
        claim.status = "in_review"
        claim.save()
        response = editor_client.post(step(claim, "publish"), follow=True)
        assert messages_of(response) == ["Published."]
        record = Claim.objects.get(pk=claim.pk).history.latest()
        assert (record.history_user, record.history_change_reason) == (editor, "Published")

    def test_an_editor_corrects_a_published_verdict_with_a_reason(self, editor_client, editor):
        claim = published_claim(editor=editor)
        better = RatingFactory(label="Mostly true")
        form = editor_client.get(step(claim, "correct"))
        assert form.context["form"].initial["explanation"] == claim.verdict.explanation
        data = {
            "reason": "A newer release revised the figures.",
            "text": claim.text,
            "rating": better.pk,
            "explanation": "Revised figures agree.",
            "evidence": "https://stats.example.org/revised Revised release",
        }
        response = editor_client.post(step(claim, "correct"), data, follow=True)
        assert messages_of(response) == ["Correction published."]
        claim.refresh_from_db()
        assert claim.verdict.rating == better
        assert claim.verdict.evidence.filter(title="Revised release").exists()
        assert Correction.objects.get().editor == editor

    def test_an_editor_retracts_a_verdict_with_a_reason(self, editor_client, editor):
        claim = published_claim(editor=editor)
        response = editor_client.post(step(claim, "retract"), {"reason": ""})
        assert response.status_code == 200 and Claim.objects.get().status == "published"
        editor_client.post(step(claim, "retract"), {"reason": "Misattributed."})
        assert Claim.objects.get().status == "retracted"

    def test_the_editor_who_sent_a_claim_for_review_cannot_publish_it(self, editor_client):
        claim = published_claim(editor=EditorFactory(username="writer"))
        Claim.objects.filter(pk=claim.pk).update(status="in_review")
        editor_client.post(step(claim, "submit"))  # not a draft: refused, nothing changes
        claim_page = editor_client.get(reverse("admin:quotes_claim_change", args=[claim.pk]))
        assert b"another editor must publish it" not in claim_page.content
        Claim.objects.filter(pk=claim.pk).update(status="draft")
        editor_client.post(step(claim, "submit"))
        claim_page = editor_client.get(reverse("admin:quotes_claim_change", args=[claim.pk]))
        assert b"another editor must publish it" in claim_page.content
        response = editor_client.post(step(claim, "publish"), follow=True)
        assert messages_of(response) == [
            "Cannot publish yet: another editor must publish it: you wrote the verdict or "
            "sent it for review (the two-person rule)."
        ]
        assert Claim.objects.get().status == "in_review"

    def test_a_one_person_newsroom_may_turn_the_two_person_rule_off(
        self, editor_client, editor, settings
    ):
        settings.CLAIMTRACKER_TWO_PERSON_RULE = False
        claim = published_claim(editor=editor, publisher=editor)
        assert claim.status == "published"

    def test_a_published_claims_claimant_and_appearances_cannot_change_in_the_admin(
        self, editor_client, editor
    ):
        claim = published_claim(editor=editor)
        quote = claim.appearances.get()
        other, stranger = QuoteFactory(), SpeakerFactory()
        url = reverse("admin:quotes_claim_change", args=[claim.pk])
        form = editor_client.get(url).context["adminform"].form
        assert {"claimant", "appearances"}.isdisjoint(form.fields)
        data = {
            "claimant": stranger.pk,
            "appearances": [other.pk],
            "tags": [],
            "verdict-TOTAL_FORMS": "1",
            "verdict-INITIAL_FORMS": "1",
        }
        editor_client.post(url, data)
        claim.refresh_from_db()
        assert claim.claimant == quote.speaker and list(claim.appearances.all()) == [quote]

    def test_a_public_verdict_is_read_only_in_the_admin(self, editor_client, editor):
        claim = published_claim(editor=editor)
        url = reverse("admin:quotes_verdict_change", args=[claim.verdict.pk])
        response = editor_client.get(url)
        assert response.status_code == 200
        assert "explanation" not in response.context["adminform"].form.fields
        claim_page = editor_client.get(reverse("admin:quotes_claim_change", args=[claim.pk]))
        assert "text" not in claim_page.context["adminform"].form.fields
        assert "status" not in claim_page.context["adminform"].form.fields

    def test_a_reader_cannot_reach_a_workflow_step(self, reader_client):
        claim = ClaimFactory()
        response = reader_client.post(step(claim, "submit"))
        assert response.status_code == 302 and "/admin/login/" in response["Location"]
        assert Claim.objects.get().status == "draft"


class TestModeration:
    def test_hiding_in_the_admin_goes_through_the_service(self, editor_client, editor):
        annotation = AnnotationFactory()
        AnnotationFlagFactory(annotation=annotation)
        changelist = reverse("admin:quotes_annotation_changelist")
        listing = editor_client.get(changelist + "?flagged=yes")
        assert list(listing.context["cl"].result_list) == [annotation]
        data = {"action": "hide", "_selected_action": [annotation.pk]}
        editor_client.post(changelist, data)
        annotation.refresh_from_db()
        assert (annotation.visibility, annotation.moderated_by) == ("hidden", editor)
        editor_client.post(changelist, {**data, "action": "show"})
        assert Annotation.objects.get().visibility == "visible"
        assert annotation.history.latest().history_change_reason == "Restored"

    def test_editors_read_the_corrections_log_but_cannot_change_it(self, editor_client):
        correction = CorrectionFactory()
        assert editor_client.get(reverse("admin:quotes_correction_changelist")).status_code == 200
        url = reverse("admin:quotes_correction_change", args=[correction.pk])
        editor_client.post(url, {"reason": "Rewritten"})
        correction.refresh_from_db()
        assert correction.reason == "We misread the table."
