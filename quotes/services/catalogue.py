"""The site's reference data: tags, rating scales and their ratings.

A rating that a public verdict uses keeps what it says (its label, value and whether it
is on the scale): changing it would change published fact checks and their ClaimReview
without a correction. Its colour and description may change.
"""

from collections.abc import Iterable

from django.db import transaction

from quotes.models import Claim, Rating, RatingScale, Tag

RATING_MEANING = ("label", "slug", "value", "on_scale")


class CatalogueError(ValueError):
    """A change that would alter published fact checks; the message says which."""


@transaction.atomic
def tag_save(*, tag: Tag, user=None) -> Tag:
    tag.save()
    return tag


@transaction.atomic
def tag_delete(*, tags: Iterable[Tag], user=None) -> int:
    tags = list(tags)
    for tag in tags:
        tag.delete()
    return len(tags)


@transaction.atomic
def rating_scale_save(*, scale: RatingScale, user=None) -> RatingScale:
    scale.save()
    return scale


def rating_problems(rating: Rating, changed: Iterable[str]) -> list[str]:
    if rating.pk is None or not set(changed) & set(RATING_MEANING):
        return []
    if rating.verdicts.filter(claim__in=Claim.objects.public()).exists():
        return [
            f"“{Rating.objects.get(pk=rating.pk).label}” rates published fact checks: its "
            "label, value and place on the scale stay (add a new rating instead)"
        ]
    return []


@transaction.atomic
def rating_save(*, rating: Rating, changed: Iterable[str] = (), user=None) -> Rating:
    problems = rating_problems(rating, changed)
    if problems:
        raise CatalogueError("; ".join(problems) + ".")
    rating.save()
    return rating


@transaction.atomic
def rating_delete(*, ratings: Iterable[Rating], user=None) -> int:
    ratings = list(ratings)
    for rating in ratings:
        if rating.verdicts.exists():
            raise CatalogueError(f"“{rating.label}” rates verdicts: it cannot be deleted.")
        rating.delete()
    return len(ratings)
