"""Editors' changes to quotes: review, reassignment, edits, quotes added by hand.

Every function runs in one transaction and writes history naming who and why. A quote
that a public fact check cites cannot be rejected: its text stands on the claim page,
so the claim must be corrected or retracted first.
"""

from collections.abc import Iterable

from django.db import transaction
from django.utils import timezone
from simple_history.utils import bulk_update_with_history

from quotes.models import Claim, Quote, Speaker
from quotes.search import context_around

from .history import record
from .speakers import speaker_for_name


class QuoteError(ValueError):
    """An edit an editor cannot make; the message says why."""


def rejection_problems(quotes: Iterable[Quote]) -> list[str]:
    """Why these quotes cannot be rejected: each one a public fact check cites."""
    ids = [quote.pk for quote in quotes if quote.pk]
    cited = (
        Claim.appearances.through.objects.filter(quote_id__in=ids, claim__in=Claim.objects.public())
        .select_related("quote", "claim")
        .order_by("quote_id", "claim_id")
    )
    return [
        f"“{row.quote.excerpt}” is cited by the fact check “{row.claim.text}”: correct or "
        "retract the claim first, then reject the quote"
        for row in cited
    ]


@transaction.atomic
def quotes_set_status(*, quotes, status: str, user=None) -> int:
    """Verify or reject quotes in bulk, with a history row for each."""
    if status not in Quote.Status.values:
        raise ValueError(f"Unknown review status: {status!r}")
    changed = [q for q in quotes if q.status != status]
    if status == Quote.Status.REJECTED:
        problems = rejection_problems(changed)
        if problems:
            raise QuoteError("; ".join(problems) + ".")
    now = timezone.now()
    for quote in changed:
        quote.status = status
        quote.edited_at = now
    reason = f"Marked {Quote.Status(status).label.lower()}"
    bulk_update_with_history(
        changed, Quote, ["status", "edited_at"], default_user=user, default_change_reason=reason
    )
    return len(changed)


@transaction.atomic
def quotes_reassign(*, quotes, speaker: Speaker | None, user=None) -> int:
    """Attribute quotes to another speaker (or to nobody); an editor's decision."""
    now = timezone.now()
    quotes = list(quotes)
    for quote in quotes:
        quote.speaker = speaker
        quote.speaker_match = Quote.SpeakerMatch.EDITOR
        quote.edited_at = now
    reason = f"Reassigned to {speaker.name}" if speaker else "Marked unattributed"
    bulk_update_with_history(
        quotes,
        Quote,
        ["speaker", "speaker_match", "edited_at"],
        default_user=user,
        default_change_reason=reason,
    )
    return len(quotes)


@transaction.atomic
def quotes_accept_suggestions(*, quotes, user=None) -> int:
    """An editor accepts the speakers the extractor suggested (it was not sure enough
    to name them to readers): each quote goes to the speaker its suggestion names,
    found by alias or made anew, as the editor's decision. Quotes without a suggestion
    are left alone. Returns how many were attributed."""
    chosen = [quote for quote in quotes if quote.speaker_suggestion]
    speakers = {}
    now = timezone.now()
    for quote in chosen:
        name = quote.speaker_suggestion
        if name not in speakers:
            speakers[name] = speaker_for_name(name=name, user=user)
        quote.speaker = speakers[name]
        quote.speaker_match = Quote.SpeakerMatch.EDITOR
        quote.speaker_suggestion = ""
        quote.edited_at = now
    bulk_update_with_history(
        chosen,
        Quote,
        ["speaker", "speaker_match", "speaker_suggestion", "edited_at"],
        default_user=user,
        default_change_reason="Suggested speaker accepted",
    )
    return len(chosen)


def edit_problems(quote: Quote, changed: Iterable[str]) -> list[str]:
    """Why an edit of `quote` (its fields already set, `changed` naming them) is refused."""
    changed = set(changed)
    problems = []
    if "status" in changed and quote.status == Quote.Status.REJECTED:
        problems += rejection_problems([quote])
    if quote.pk is None or {"location", "start", "end", "source"} & changed:
        text = getattr(quote.source, quote.location, "") if quote.source_id else ""
        if not 0 <= quote.start < quote.end <= len(text):
            problems.append(
                f"The quote's place ({quote.start}–{quote.end}) is not within the "
                f"{quote.get_location_display().lower()} of its article ({len(text)} characters)"
            )
    return problems


@transaction.atomic
def quote_save(*, quote: Quote, changed: Iterable[str] = (), tags=None, user=None) -> Quote:
    """An editor's edit of a quote, or a quote an editor adds by hand (no pk yet),
    with its tags. An edit marks the quote as the editor's work (a re-import keeps
    it); a speaker an editor chose says so."""
    changed = set(changed)
    problems = edit_problems(quote, changed)
    if problems:
        raise QuoteError("; ".join(problems) + ".")
    if quote.pk is None:
        quote.origin = Quote.Origin.EDITOR
        quote.speaker_match = Quote.SpeakerMatch.EDITOR
        reason = "Added by an editor"
    else:
        quote.edited_at = timezone.now()
        if "speaker" in changed:
            quote.speaker_match = Quote.SpeakerMatch.EDITOR
        reason = "Edited: " + ", ".join(sorted(changed)) if changed else "Saved"
    if quote.pk is None or {"location", "start", "end", "source"} & changed:
        text = getattr(quote.source, quote.location)
        quote.context = context_around(text, quote.start, quote.end)
    record(quote, user=user, reason=reason)
    quote.save()
    if tags is not None:
        quote.tags.set(tags)
    return quote
