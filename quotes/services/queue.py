"""Editors' answers to the speakers' queue (quotes/selectors/registry.py).

A merge is `speakers.speaker_merge` (its history names the merge); "not a duplicate"
and "a real name" are remembered here, with history, so the queue never suggests
them again.
"""

from django.db import transaction

from quotes.models import QueueDecision, Speaker

from .history import record


@transaction.atomic
def queue_decide(
    *, speaker: Speaker, other: Speaker | None = None, suggestion: str = "", user=None
) -> QueueDecision:
    """Remember that `speaker` and `other` are different speakers (or, without
    `other`, that `speaker`'s name is a real one). Deciding twice changes nothing."""
    if other is not None and other.pk == speaker.pk:
        raise ValueError("A speaker is not a duplicate of itself.")
    if other is not None and other.pk < speaker.pk:
        speaker, other = other, speaker
    verdict = (
        QueueDecision.Verdict.NOT_JUNK if other is None else QueueDecision.Verdict.NOT_DUPLICATE
    )
    found = QueueDecision.objects.filter(speaker=speaker, other=other, verdict=verdict).first()
    if found:
        return found
    decision = QueueDecision(
        speaker=speaker, other=other, verdict=verdict, suggestion=suggestion[:300], decided_by=user
    )
    reason = (
        f"{speaker.name} and {other.name} are different speakers"
        if other is not None
        else f"“{speaker.name}” is a real name"
    )
    record(decision, user=user, reason=reason)
    decision.save()
    return decision
