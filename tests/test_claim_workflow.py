"""The editorial workflow's services: guarded transitions, each in the history."""

import pytest

from quotes.models import Claim, Correction, Quote
from quotes.services.claims import (
    TransitionError,
    claim_add_appearances,
    claim_create_from_quotes,
    claim_return_to_draft,
    claim_save,
    claim_submit_for_review,
    verdict_correct,
    verdict_publish,
    verdict_retract,
    verdict_write,
)
from quotes.services.quotes import QuoteError, quotes_set_status
from tests.factories import EditorFactory, QuoteFactory, RatingFactory, SpeakerFactory

pytestmark = pytest.mark.django_db

EVIDENCE = [("https://stats.example.org/release/1", "Labour market statistics")]


@pytest.fixture
def claim(editor):
    return claim_create_from_quotes(quotes=[QuoteFactory()], text="Prices fell", user=editor)


def ready_for_review(claim, editor, **verdict):
    verdict = {"rating": RatingFactory(), "explanation": "The figures say so.", **verdict}
    verdict_write(claim=claim, user=editor, evidence=EVIDENCE, **verdict)
    return claim_submit_for_review(claim=claim, user=editor)


def published(claim, editor, **verdict):
    """Written and sent for review by `editor`, published by another (the two-person rule)."""
    checker = EditorFactory(username=f"checker-{claim.pk}")
    return verdict_publish(claim=ready_for_review(claim, editor, **verdict), user=checker)


def test_a_claim_made_from_quotes_is_a_draft_by_their_speaker(editor):
    speaker = SpeakerFactory()
    quotes = QuoteFactory.create_batch(2, speaker=speaker)
    claim = claim_create_from_quotes(quotes=quotes, text="  Prices   fell ", user=editor)
    assert (claim.text, claim.status, claim.claimant) == ("Prices fell", "draft", speaker)
    assert set(claim.appearances.all()) == set(quotes)
    first = claim.history.earliest()
    assert first.history_user == editor and first.history_change_reason.startswith("Created")


def test_a_claim_from_several_speakers_has_no_claimant_unless_chosen(editor):
    quotes = QuoteFactory.create_batch(2)
    assert claim_create_from_quotes(quotes=quotes, text="X", user=editor).claimant is None


def test_claims_with_the_same_text_get_distinct_slugs(editor):
    slugs = {
        claim_create_from_quotes(quotes=[QuoteFactory()], text="Same words", user=editor).slug
        for _ in range(3)
    }
    assert slugs == {"same-words", "same-words-2", "same-words-3"}


@pytest.mark.parametrize(
    ("text", "message"), [("   ", "Write the claim"), ("x" * 301, "under 300")]
)
def test_a_claim_needs_short_text(editor, text, message):
    with pytest.raises(TransitionError, match=message):
        claim_create_from_quotes(quotes=[QuoteFactory()], text=text, user=editor)


def test_a_claim_needs_a_quote_that_was_not_rejected(editor):
    with pytest.raises(TransitionError, match="at least one quote"):
        claim_create_from_quotes(quotes=[], text="X", user=editor)
    with pytest.raises(TransitionError, match="rejected quote"):
        rejected = QuoteFactory(status=Quote.Status.REJECTED)
        claim_create_from_quotes(quotes=[rejected], text="X", user=editor)


def test_more_appearances_are_added_once_each(claim, editor):
    more = QuoteFactory()
    assert claim_add_appearances(claim=claim, quotes=[more, *claim.appearances.all()]) == 1
    assert claim_add_appearances(claim=claim, quotes=[more], user=editor) == 0
    assert claim.appearances.count() == 2
    assert claim.history.latest().history_change_reason == "Added 1 appearance(s)"


def test_a_draft_goes_to_review_only_with_an_explanation(claim, editor):
    with pytest.raises(TransitionError, match="explanation"):
        claim_submit_for_review(claim=claim, user=editor)
    claim = ready_for_review(claim, editor)
    assert claim.status == "in_review"
    record = claim.history.latest()
    assert (record.history_user, record.history_change_reason) == (editor, "Sent for review")


def test_publishing_needs_a_claim_in_review(claim, editor):
    with pytest.raises(TransitionError, match="Only a claim in review can be published"):
        verdict_publish(claim=claim, user=editor)


@pytest.mark.parametrize(
    ("verdict", "missing"),
    [
        ({"rating": None}, "choose a rating"),
        ({"explanation": "   "}, "write the explanation"),
    ],
)
def test_publishing_is_refused_with_what_is_missing(claim, editor, verdict, missing):
    ready_for_review(claim, editor)
    verdict_obj = claim.verdict
    for field, value in verdict.items():
        setattr(verdict_obj, field, value)
    verdict_obj.save()
    with pytest.raises(TransitionError, match=f"Cannot publish yet: {missing}"):
        verdict_publish(claim=claim, user=editor)
    claim.refresh_from_db()
    assert claim.status == "in_review" and claim.verdict.published_at is None


def test_publishing_without_evidence_is_refused(claim, editor):
    verdict_write(claim=claim, user=editor, rating=RatingFactory(), explanation="Because.")
    claim_submit_for_review(claim=claim, user=editor)
    with pytest.raises(TransitionError, match="add at least one evidence link"):
        verdict_publish(claim=claim, user=editor)


def test_a_complete_verdict_is_published_with_its_date_and_history(claim, editor):
    claim = published(claim, editor)
    claim.refresh_from_db()
    assert claim.status == "published" and claim.verdict.published_at is not None
    assert claim.verdict.reviewer == editor and claim.submitted_by == editor
    reasons = list(claim.history.values_list("history_change_reason", "history_user__username"))
    assert reasons[:2] == [("Published", f"checker-{claim.pk}"), ("Sent for review", "editor")]
    assert claim.verdict.history.latest().history_change_reason == "Published"


def test_the_editor_who_wrote_or_sent_the_verdict_cannot_publish_it(claim, editor):
    ready_for_review(claim, editor)
    with pytest.raises(TransitionError, match="another editor must publish it"):
        verdict_publish(claim=claim, user=editor)
    writer = EditorFactory(username="writer")
    claim_return_to_draft(claim=claim, user=writer)
    verdict_write(claim=claim, user=writer, explanation="Rewritten.", rating=RatingFactory())
    claim_submit_for_review(claim=claim, user=EditorFactory(username="sender"))
    # The verdict's first writer (its reviewer) is still the editor.
    with pytest.raises(TransitionError, match="two-person rule"):
        verdict_publish(claim=claim, user=editor)
    assert verdict_publish(claim=claim, user=writer).status == "published"


def test_a_public_claim_keeps_what_it_says_whoever_saves_it(claim, editor):
    claim = published(claim, editor)
    claim.claimant = SpeakerFactory()
    with pytest.raises(TransitionError, match="This claim is public"):
        claim_save(claim=claim, changed=["claimant"], user=editor)
    with pytest.raises(TransitionError, match="This claim is public"):
        claim_save(claim=Claim.objects.get(), appearances=[QuoteFactory()], user=editor)
    tagged = claim_save(claim=Claim.objects.get(), changed=["tags"], tags=[], user=editor)
    assert tagged.status == "published"


def test_a_quote_a_public_claim_cites_cannot_be_rejected(claim, editor):
    published(claim, editor)
    cited, other = claim.appearances.get(), QuoteFactory()
    with pytest.raises(QuoteError, match="is cited by the fact check “Prices fell”"):
        quotes_set_status(quotes=[cited, other], status="rejected", user=editor)
    assert set(Quote.objects.values_list("status", flat=True)) == {"unreviewed"}
    assert quotes_set_status(quotes=[other], status="rejected", user=editor) == 1


def test_a_written_conclusion_is_published_without_a_rating(claim, editor):
    claim = published(
        claim, editor, rating=None, conclusion_only=True, explanation="No data exists. Yet."
    )
    claim.refresh_from_db()
    assert claim.status == "published" and claim.verdict.conclusion == "No data exists."


def test_a_verdict_cannot_have_both_a_rating_and_a_written_conclusion_only(claim, editor):
    with pytest.raises(TransitionError, match="not both"):
        verdict_write(
            claim=claim,
            user=editor,
            rating=RatingFactory(),
            conclusion_only=True,
            explanation="x",
        )


def test_a_bad_evidence_address_is_refused(claim, editor):
    with pytest.raises(TransitionError, match="Not a web address"):
        verdict_write(claim=claim, user=editor, explanation="x", evidence=[("javascript:1", "")])


def test_a_reviewer_returns_a_claim_to_draft(claim, editor):
    claim = claim_return_to_draft(
        claim=ready_for_review(claim, editor), user=editor, reason="Needs a source"
    )
    assert claim.status == "draft"
    assert claim.history.latest().history_change_reason == "Returned to draft: Needs a source"


def test_a_public_verdict_cannot_be_rewritten_quietly(claim, editor):
    claim = published(claim, editor)
    with pytest.raises(TransitionError, match="correction"):
        verdict_write(claim=claim, user=editor, explanation="Something else")


def test_a_correction_changes_the_verdict_and_is_logged(claim, editor):
    claim = published(claim, editor)
    better = RatingFactory(label="Mostly false")
    correction = verdict_correct(
        claim=claim,
        user=editor,
        reason="We misread the table.",
        rating=better,
        conclusion_only=False,
        explanation="The figures say otherwise.",
        evidence=[("https://stats.example.org/release/2", "Revised")],
    )
    claim.refresh_from_db()
    assert claim.status == "published" and claim.verdict.rating == better
    assert claim.verdict.evidence.count() == 2
    assert (correction.kind, correction.reason, correction.editor) == (
        "correction",
        "We misread the table.",
        editor,
    )
    record = claim.verdict.history.latest()
    assert record.history_change_reason == "Correction: We misread the table."
    assert record.history_user == editor


def test_a_correction_needs_a_reason_and_a_change(claim, editor):
    claim = published(claim, editor)
    same = {
        "rating": claim.verdict.rating,
        "conclusion_only": False,
        "explanation": claim.verdict.explanation,
    }
    with pytest.raises(TransitionError, match="Say what was corrected"):
        verdict_correct(claim=claim, user=editor, reason=" ", **same)
    with pytest.raises(TransitionError, match="Nothing changed"):
        verdict_correct(claim=claim, user=editor, reason="Typo", **same)
    assert not Correction.objects.exists()


def test_a_correction_cannot_leave_the_verdict_incomplete(claim, editor):
    claim = published(claim, editor)
    with pytest.raises(TransitionError, match="choose a rating"):
        verdict_correct(
            claim=claim,
            user=editor,
            reason="Oops",
            rating=None,
            conclusion_only=False,
            explanation="x",
        )


def test_a_retraction_keeps_the_claim_and_records_why(claim, editor):
    claim = published(claim, editor)
    retraction = verdict_retract(claim=claim, user=editor, reason="The quote was misattributed.")
    claim.refresh_from_db()
    assert claim.status == "retracted" and Claim.objects.filter(pk=claim.pk).exists()
    assert retraction.kind == "retraction"
    assert claim.history.latest().history_change_reason.startswith("Retracted: The quote")
    with pytest.raises(TransitionError, match="Only a published verdict can be corrected"):
        verdict_correct(
            claim=claim,
            user=editor,
            reason="x",
            rating=None,
            conclusion_only=True,
            explanation="y",
        )
    with pytest.raises(TransitionError, match="retracted"):
        claim_add_appearances(claim=claim, quotes=[QuoteFactory()], user=editor)


def test_only_a_published_verdict_can_be_retracted(claim, editor):
    with pytest.raises(TransitionError, match="Only a published verdict can be retracted"):
        verdict_retract(claim=claim, user=editor, reason="x")
    claim = published(claim, editor)
    with pytest.raises(TransitionError, match="Say why"):
        verdict_retract(claim=claim, user=editor, reason="")
