"""Claim fragments on quote and speaker pages."""

from django import template
from django.db.models import Q

from quotes.models import Claim, Quote
from quotes.permissions import is_editor

register = template.Library()

NO_RATING = "Written conclusion, no rating"


@register.simple_tag
def claims_for_quote(quote, user):
    """The claims this quote is an appearance of: public ones for everybody,
    every one for editors (who can also make a new claim from it)."""
    editor = is_editor(user)
    claims = quote.claims.select_related("verdict__rating").order_by("-created_at", "-id")
    if not editor:
        claims = claims.filter(Q(status="published") | Q(status="retracted"))
    return {"claims": list(claims), "can_make_claims": editor}


@register.simple_tag
def speaker_record(speaker):
    """The speaker's published verdicts as counts over the number checked, and over
    the quotes recorded: a reminder that checked claims are chosen, not sampled."""
    rows = list(Claim.objects.live().filter(claimant=speaker).rating_counts())
    checked = sum(row["n"] for row in rows)
    counts = [
        {
            "label": row["verdict__rating__label"] or NO_RATING,
            "colour": row["verdict__rating__colour"] or "#6e7781",
            "n": row["n"],
            "share": round(100 * row["n"] / checked),
        }
        for row in rows
    ]
    return {
        "counts": counts,
        "checked": checked,
        "quotes": Quote.objects.public().filter(speaker=speaker).count(),
    }
