"""Public claims, and where a verdict stands on its rating scale."""

from dataclasses import dataclass

from quotes.filters import ClaimFilter
from quotes.models import Claim, Rating, Verdict


def claim_list(params):
    """(filterset, claims): the claims readers can see, newest first."""

    claims = Claim.objects.public().select_related("claimant", "verdict__rating")
    filterset = ClaimFilter(params, queryset=claims)
    if not filterset.is_valid():
        return filterset, Claim.objects.none()
    return filterset, filterset.qs.order_by("-created_at", "-pk")


@dataclass
class ScaleStep:
    label: str
    colour: str
    current: bool


@dataclass
class Scale:
    """A verdict's rating among its scale's on-scale ratings, worst first."""

    steps: list[ScaleStep]
    position: int  # 1-based place of the verdict's rating; 0 when it is off the scale

    @property
    def worst(self) -> str:
        return self.steps[0].label

    @property
    def best(self) -> str:
        return self.steps[-1].label


def verdict_scale(verdict: Verdict | None) -> Scale | None:
    """Where the verdict's rating stands on its scale (one query), or None for a verdict
    without a rating. An off-scale rating ("Misleading") gets the scale with no step
    marked."""
    if verdict is None or verdict.rating_id is None:
        return None
    ratings = Rating.objects.filter(scale_id=verdict.rating.scale_id, on_scale=True)
    rows = ratings.order_by("value").values_list("pk", "label", "colour")
    steps = [ScaleStep(label, colour, pk == verdict.rating_id) for pk, label, colour in rows]
    if not steps:
        return None
    position = next((n for n, step in enumerate(steps, 1) if step.current), 0)
    return Scale(steps, position)


def latest_fact_checks(n: int = 5) -> list[Claim]:
    """The newest published verdicts, for the front page."""
    published = Claim.objects.published().filter(verdict__published_at__isnull=False)
    claims = published.select_related("claimant", "verdict__rating")
    return list(claims.order_by("-verdict__published_at", "-pk")[:n])
