"""The editorial workflow: a claim made from quotes, and its verdict's way to readers.

    draft ──submit──> in review ──publish──> published ──retract──> retracted
      ^                  │                    │    ^
      └──return to draft─┘                    └────┘ correct

Every function is keyword-only, runs in one transaction, locks the claim's row,
refuses a transition that lacks what it needs with a `TransitionError` whose
message is meant for the editor, and leaves a history row naming who and why.

Two rules hold whoever calls (the admin included):
- Once public, what a claim says (its wording, claimant, appearances, verdict and
  evidence) changes only through a correction, which readers see.
- Another editor checks: the editor who publishes is neither the one who sent the
  claim for review nor the verdict's writer, unless TWO_PERSON_RULE is off (a
  one-person newsroom).
"""

from collections.abc import Iterable

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from quotes.models import Claim, Correction, Evidence, Quote, Rating, Speaker, Verdict
from quotes.slugs import unique_slug

from .history import record

CLAIM_TEXT_MAX = Claim._meta.get_field("text").max_length


class TransitionError(ValueError):
    """An editorial step that cannot happen yet; the message says what is missing."""


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
    return unique_slug(text, taken, fallback="claim", length=100)


def _add_evidence(verdict: Verdict, evidence: Iterable[tuple[str, str]], *, user, reason) -> int:
    present = set(verdict.evidence.values_list("url", flat=True))
    added = 0
    for url, title in evidence:
        url = _web_address(url)
        if url in present:
            continue
        item = Evidence(verdict=verdict, url=url, title=(title or "").strip()[:300])
        record(item, user=user, reason=reason)
        item.save()
        present.add(url)
        added += 1
    return added


def _web_address(url: str) -> str:
    url = (url or "").strip()
    try:
        URLValidator(schemes=["http", "https"])(url)
    except ValidationError as error:
        raise TransitionError(f"Not a web address: {url!r}.") from error
    return url


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


def two_person_problems(claim: Claim, verdict: Verdict | None, user) -> list[str]:
    """Why `user` may not publish this claim under the two-person rule (empty: may)."""
    if not settings.CLAIMTRACKER_TWO_PERSON_RULE or user is None:
        return []
    authors = {claim.submitted_by_id, verdict.reviewer_id if verdict else None}
    if user.pk in authors:
        return [
            "another editor must publish it: you wrote the verdict or sent it for review "
            "(the two-person rule)"
        ]
    return []


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
    record(claim, user=user, reason=reason)
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
        record(claim, user=user, reason=f"Added {len(new)} appearance(s)")
        claim.appearances.add(*new)
    return len(new)


# What a claim says to readers: fixed once it is public, but by a correction.
PUBLIC_WORDING = ("text", "slug", "claimant")


def claim_edit_problems(claim: Claim, changed: Iterable[str], appearances=None) -> list[str]:
    """Why an edit of `claim` (its fields set, `changed` naming them, `appearances` the
    new list or None for unchanged) is refused: empty when it may be saved."""
    problems = []
    if claim.pk is not None:
        stored = Claim.objects.only("status").get(pk=claim.pk)
        moved = appearances is not None and {q.pk for q in appearances} != set(
            stored.appearances.values_list("pk", flat=True)
        )
        if stored.is_public and (set(changed) & set(PUBLIC_WORDING) or moved):
            problems.append(
                "this claim is public: change its wording, claimant or appearances with a "
                "correction, which readers can see"
            )
    rejected = [q for q in appearances or () if q.status == Quote.Status.REJECTED]
    if rejected:
        problems.append(f"a rejected quote cannot be an appearance ({rejected[0].excerpt!r})")
    return problems


@transaction.atomic
def claim_save(
    *, claim: Claim, changed: Iterable[str] = (), appearances=None, tags=None, user=None
) -> Claim:
    """An editor's edit of a claim (or a new draft, with no pk yet): its wording,
    claimant, appearances and tags. A public claim keeps what it says to readers
    (change it with a correction); its tags may change."""
    changed = set(changed)
    if claim.pk is not None:
        claim.status = _locked(claim).status  # the workflow's, never a form's
    appearances = None if appearances is None else list(appearances)
    problems = claim_edit_problems(claim, changed, appearances)
    if problems:
        message = "; ".join(problems)
        raise TransitionError(message[0].upper() + message[1:] + ".")
    if claim.pk is None or "text" in changed:
        claim.text = _clean_text(claim.text)
    if claim.pk is None:
        claim.slug = claim.slug or _unique_slug(claim.text)
        reason = "Created"
    else:
        reason = "Edited: " + ", ".join(sorted(changed)) if changed else "Saved"
    record(claim, user=user, reason=reason)
    claim.save()
    if appearances is not None:
        claim.appearances.set(appearances)
    if tags is not None:
        claim.tags.set(tags)
    return claim


def _evidence_changeable(item: Evidence) -> None:
    if item.verdict.claim.is_public:
        raise TransitionError(
            "This verdict is public: its evidence changes with a correction, which readers can see."
        )


@transaction.atomic
def evidence_save(*, evidence: Evidence, user=None) -> Evidence:
    """An evidence link added to, or corrected on, a verdict that is not public yet."""
    _evidence_changeable(evidence)
    evidence.url = _web_address(evidence.url)
    reason = "Evidence added" if evidence.pk is None else "Evidence edited"
    record(evidence, user=user, reason=reason)
    evidence.save()
    return evidence


@transaction.atomic
def evidence_remove(*, evidence: Iterable[Evidence], user=None) -> int:
    """Take evidence links off a verdict that is not public yet."""
    evidence = list(evidence)
    for item in evidence:
        _evidence_changeable(item)
        record(item, user=user, reason="Evidence removed")
        item.delete()
    return len(evidence)


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
    record(verdict, user=user, reason="Verdict written")
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
    claim.submitted_by = user
    record(claim, user=user, reason="Sent for review")
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
    record(claim, user=user, reason=f"Returned to draft: {note}" if note else "Returned to draft")
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
    problems = publication_problems(verdict) + two_person_problems(claim, verdict, user)
    if problems:
        raise TransitionError("Cannot publish yet: " + "; ".join(problems) + ".")
    now = timezone.now()
    verdict.published_at = now
    verdict.reviewer = verdict.reviewer or user
    record(verdict, user=user, reason="Published")
    verdict.save()
    claim.status = Claim.Status.PUBLISHED
    record(claim, user=user, reason="Published")
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
    record(verdict, user=user, reason=note)
    verdict.save()
    if new_text != claim.text:
        claim.text = new_text
        record(claim, user=user, reason=note)
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
    record(claim, user=user, reason=f"Retracted: {reason}")
    claim.save()
    return Correction.objects.create(
        claim=claim, kind=Correction.Kind.RETRACTION, reason=reason, editor=user
    )
