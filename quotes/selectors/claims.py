"""Public claims."""

from quotes.filters import ClaimFilter
from quotes.models import Claim


def claim_list(params):
    """(filterset, claims): the claims readers can see, newest first."""

    claims = Claim.objects.public().select_related("claimant", "verdict__rating")
    filterset = ClaimFilter(params, queryset=claims)
    if not filterset.is_valid():
        return filterset, Claim.objects.none()
    return filterset, filterset.qs.order_by("-created_at", "-pk")
