from django.db import transaction
from django.utils import timezone
from simple_history.utils import bulk_update_with_history

from quotes.models import Quote, Speaker


@transaction.atomic
def quotes_set_status(*, quotes, status: str, user=None) -> int:
    """Verify or reject quotes in bulk, with a history row for each."""
    if status not in Quote.Status.values:
        raise ValueError(f"Unknown review status: {status!r}")
    changed = [q for q in quotes if q.status != status]
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
