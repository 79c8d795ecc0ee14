"""The editorial workflow: a claim made from quotes, and its verdict's way to readers.

    draft ──submit──> in review ──publish──> published ──retract──> retracted
      ^                  │                    │    ^
      └──return to draft─┘                    └────┘ correct

Every function is keyword-only, runs in one transaction, locks the claim's row,
refuses a transition that lacks what it needs with a `TransitionError` whose
message is meant for the editor, and leaves a history row naming who and why.
"""

from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from quotes.models import Claim, Correction, Evidence, Quote, Rating, Speaker, Verdict

CLAIM_TEXT_MAX = Claim._meta.get_field("text").max_length


class TransitionError(ValueError):
    """An editorial step that cannot happen yet; the message says what is missing."""


def _record(instance, *, user, reason: str) -> None:
    instance._change_reason = reason
    if user is not None:
        instance._history_user = user


def _locked(claim: Claim) -> Claim:
    return Claim.objects.select_for_update().get(pk=claim.pk)


def _clean_text(text: str) -> str:
    text = " ".join((text or "").split())
    if not text:
        raise TransitionError("Write the claim: one short sentence that can be checked.")
    if len(text) > CLAIM_TEXT_MAX:
        raise TransitionError(
            f"The claim is {len(text)} characters long; keep it under {CLAIM_TEXT_MAX} "
            "(ideally under 75)."
        )
    return text


def _usable_quotes(quotes: Iterable[Quote]) -> list[Quote]:
    quotes = list(quotes)
    if not quotes:
        raise TransitionError("Choose at least one quote in which the claim appears.")
    rejected = [q for q in quotes if q.status == Quote.Status.REJECTED]
    if rejected:
        raise TransitionError(
            f"A rejected quote cannot be an appearance of a claim ({rejected[0].excerpt!r})."
        )
    return quotes


def _unique_slug(text: str) -> str:
    base = slugify(text)[:100].strip("-") or "claim"
    taken = set(Claim.objects.filter(slug__startswith=base).values_list("slug", flat=True))
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    return slug


def _add_evidence(verdict: Verdict, evidence: Iterable[tuple[str, str]], *, user, reason) -> int:
    present = set(verdict.evidence.values_list("url", flat=True))
    added = 0
    for url, title in evidence:
        url = (url or "").strip()
        try:
            URLValidator(schemes=["http", "https"])(url)
        except ValidationError as error:
            raise TransitionError(f"Not a web address: {url!r}.") from error
        if url in present:
            continue
        item = Evidence(verdict=verdict, url=url, title=(title or "").strip()[:300])
        _record(item, user=user, reason=reason)
        item.save()
        present.add(url)
        added += 1
    return added


def publication_problems(verdict: Verdict | None) -> list[str]:
    """What a verdict still lacks before readers may see it (empty when ready)."""
    if verdict is None:
        return ["write a verdict"]
    problems = []
    if verdict.rating_id is None and not verdict.conclusion_only:
        problems.append('choose a rating (or tick "no rating: written conclusion only")')
    if not verdict.explanation.strip():
        problems.append("write the explanation")
    if not verdict.evidence.exists():
        problems.append("add at least one evidence link")
    return problems


def _verdict_of(claim: Claim) -> Verdict | None:
    return Verdict.objects.filter(claim=claim).select_related("rating").first()


@transaction.atomic
def claim_create_from_quotes(
    *, quotes: Iterable[Quote], text: str, user=None, claimant: Speaker | None = None
) -> Claim:
    """A draft claim appearing in `quotes`. The claimant defaults to the quotes'
    speaker when they all share one."""
    text = _clean_text(text)
    quotes = _usable_quotes(quotes)
    if claimant is None:
        speakers = {q.speaker_id for q in quotes}
        if len(speakers) == 1 and None not in speakers:
            claimant = quotes[0].speaker
    claim = Claim(text=text, slug=_unique_slug(text), claimant=claimant)
    reason = f"Created from {len(quotes)} quote(s)"
    _record(claim, user=user, reason=reason)
    claim.save()
    claim.appearances.add(*quotes)
    return claim


@transaction.atomic
def claim_add_appearances(*, claim: Claim, quotes: Iterable[Quote], user=None) -> int:
    """More places where the same claim was made; returns how many were new."""
    claim = _locked(claim)
    if claim.status == Claim.Status.RETRACTED:
        raise TransitionError("This claim's verdict was retracted; make a new claim instead.")
    quotes = _usable_quotes(quotes)
    present = set(claim.appearances.values_list("pk", flat=True))
    new = [q for q in quotes if q.pk not in present]
    if new:
        _record(claim, user=user, reason=f"Added {len(new)} appearance(s)")
        claim.appearances.add(*new)
    return len(new)


@transaction.atomic
def verdict_write(
    *,
    claim: Claim,
    user=None,
    rating: Rating | None = None,
    conclusion_only: bool = False,
    explanation: str = "",
    evidence: Iterable[tuple[str, str]] = (),
) -> Verdict:
    """Write or rewrite the verdict of a claim that is not yet public, adding
    evidence links (url, title). A public verdict changes only by correction."""
    claim = _locked(claim)
    if claim.is_public:
        raise TransitionError(
            "This verdict is public: change it with a correction, which readers can see."
        )
    if rating is not None and conclusion_only:
        raise TransitionError("Choose a rating or a written conclusion only, not both.")
    verdict = _verdict_of(claim) or Verdict(claim=claim)
    verdict.rating = rating
    verdict.conclusion_only = conclusion_only
    verdict.explanation = explanation.strip()
    verdict.reviewer = verdict.reviewer or user
    _record(verdict, user=user, reason="Verdict written")
    verdict.save()
    _add_evidence(verdict, evidence, user=user, reason="Evidence added")
    return verdict


@transaction.atomic
def claim_submit_for_review(*, claim: Claim, user=None) -> Claim:
    """draft → in review: the claim has an appearance and a drafted verdict."""
    claim = _locked(claim)
    if claim.status != Claim.Status.DRAFT:
        raise TransitionError(
            f"Only a draft can be sent for review; this claim is {claim.get_status_display()}."
        )
    if not claim.appearances.exists():
        raise TransitionError("Add at least one quote in which the claim appears.")
    verdict = _verdict_of(claim)
    if verdict is None or not verdict.explanation.strip():
        raise TransitionError("Write the verdict's explanation before sending it for review.")
    claim.status = Claim.Status.IN_REVIEW
    _record(claim, user=user, reason="Sent for review")
    claim.save()
    return claim


@transaction.atomic
def claim_return_to_draft(*, claim: Claim, user=None, reason: str = "") -> Claim:
    """in review → draft: the reviewer sends the verdict back for more work."""
    claim = _locked(claim)
    if claim.status != Claim.Status.IN_REVIEW:
        raise TransitionError(
            f"Only a claim in review can go back to draft; this one is "
            f"{claim.get_status_display()}."
        )
    claim.status = Claim.Status.DRAFT
    note = reason.strip()
    _record(claim, user=user, reason=f"Returned to draft: {note}" if note else "Returned to draft")
    claim.save()
    return claim


@transaction.atomic
def verdict_publish(*, claim: Claim, user=None) -> Claim:
    """in review → published: the verdict has a rating (or is a written conclusion
    only), an explanation and at least one evidence link."""
    claim = _locked(claim)
    if claim.status != Claim.Status.IN_REVIEW:
        raise TransitionError(
            f"Only a claim in review can be published; this one is {claim.get_status_display()}."
        )
    verdict = _verdict_of(claim)
    problems = publication_problems(verdict)
    if problems:
        raise TransitionError("Cannot publish yet: " + "; ".join(problems) + ".")
    now = timezone.now()
    verdict.published_at = now
    verdict.reviewer = verdict.reviewer or user
    _record(verdict, user=user, reason="Published")
    verdict.save()
    claim.status = Claim.Status.PUBLISHED
    _record(claim, user=user, reason="Published")
    claim.save()
    return claim


@transaction.atomic
def verdict_correct(
    *,
    claim: Claim,
    reason: str,
    rating: Rating | None,
    conclusion_only: bool,
    explanation: str,
    text: str | None = None,
    evidence: Iterable[tuple[str, str]] = (),
    user=None,
) -> Correction:
    """Change a published verdict in public: the new rating, conclusion and
    explanation (and optionally the claim's text and more evidence), with a
    correction readers see on the claim page and in the corrections log."""
    claim = _locked(claim)
    if claim.status != Claim.Status.PUBLISHED:
        raise TransitionError(
            f"Only a published verdict can be corrected; this claim is "
            f"{claim.get_status_display()}."
        )
    reason = reason.strip()
    if not reason:
        raise TransitionError("Say what was corrected and why; readers will see it.")
    if rating is not None and conclusion_only:
        raise TransitionError("Choose a rating or a written conclusion only, not both.")
    verdict = _verdict_of(claim)
    new_text = claim.text if text is None else _clean_text(text)
    explanation = explanation.strip()
    note = f"Correction: {reason}"
    changed = (verdict.rating_id, verdict.conclusion_only, verdict.explanation, claim.text) != (
        rating.pk if rating else None,
        conclusion_only,
        explanation,
        new_text,
    )
    added = _add_evidence(verdict, evidence, user=user, reason=note)
    if not changed and not added:
        raise TransitionError(
            "Nothing changed: a correction changes the rating, the explanation, the "
            "claim's wording or adds evidence."
        )
    verdict.rating, verdict.conclusion_only, verdict.explanation = (
        rating,
        conclusion_only,
        explanation,
    )
    problems = publication_problems(verdict)
    if problems:
        raise TransitionError("The corrected verdict is incomplete: " + "; ".join(problems) + ".")
    _record(verdict, user=user, reason=note)
    verdict.save()
    if new_text != claim.text:
        claim.text = new_text
        _record(claim, user=user, reason=note)
        claim.save()
    return Correction.objects.create(
        claim=claim, kind=Correction.Kind.CORRECTION, reason=reason, editor=user
    )


@transaction.atomic
def verdict_retract(*, claim: Claim, reason: str, user=None) -> Correction:
    """published → retracted: the verdict is withdrawn, never deleted. Its page
    keeps working and says so; it leaves aggregators' feeds and records."""
    claim = _locked(claim)
    if claim.status != Claim.Status.PUBLISHED:
        raise TransitionError(
            f"Only a published verdict can be retracted; this claim is "
            f"{claim.get_status_display()}."
        )
    reason = reason.strip()
    if not reason:
        raise TransitionError("Say why the verdict is retracted; readers will see it.")
    claim.status = Claim.Status.RETRACTED
    _record(claim, user=user, reason=f"Retracted: {reason}")
    claim.save()
    return Correction.objects.create(
        claim=claim, kind=Correction.Kind.RETRACTION, reason=reason, editor=user
    )
