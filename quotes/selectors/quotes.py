"""One quote, and the latest ones."""

from django.db.models import Prefetch

from quotes.models import Annotation, Claim, Quote


def quote_detail(pk: int) -> Quote:
    """A public quote with its speaker, source, tags, claims (with verdict and
    rating; the page shows drafts to editors only) and visible annotations: four
    queries."""
    claims = Claim.objects.select_related("verdict__rating").order_by("-created_at", "-id")
    return (
        Quote.objects.public()
        .for_list()
        .prefetch_related(
            "tags",
            Prefetch("claims", queryset=claims, to_attr="all_claims"),
            Prefetch(
                "annotations",
                queryset=Annotation.objects.visible().select_related("author"),
                to_attr="visible_annotations",
            ),
        )
        .get(pk=pk)
    )


def latest_quotes(n: int = 10) -> list[Quote]:
    return list(Quote.objects.public().for_cards().order_by("-said_on", "-pk")[:n])
