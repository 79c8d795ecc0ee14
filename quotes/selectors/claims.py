"""Published claims."""

from django.db.models import Prefetch

from quotes.filters import ClaimFilter
from quotes.models import Claim, Quote


def claim_list(params):
    """(filterset, claims): published claims, newest first."""

    claims = Claim.objects.published().select_related("claimant", "verdict__rating")
    filterset = ClaimFilter(params, queryset=claims)
    if not filterset.is_valid():
        return filterset, Claim.objects.none()
    return filterset, filterset.qs.order_by("-created_at", "-pk")


def claim_detail(pk: int) -> Claim:
    """A published claim with claimant, verdict, rating, evidence and appearances."""
    return (
        Claim.objects.published()
        .select_related("claimant", "verdict__rating")
        .prefetch_related(
            "verdict__evidence",
            Prefetch("appearances", queryset=Quote.objects.public().for_list()),
        )
        .get(pk=pk)
    )
