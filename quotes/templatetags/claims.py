"""Claim fragments on quote and speaker pages."""

from django import template

from quotes.models import Claim
from quotes.permissions import is_editor

register = template.Library()


@register.simple_tag
def claims_for_quote(quote, user):
    """The claims this quote is an appearance of: public ones for everybody,
    every one for editors (who can also make a new claim from it)."""
    editor = is_editor(user)
    claims = getattr(quote, "all_claims", None)
    if claims is None:  # not prefetched by the page's selector
        claims = quote.claims.select_related("verdict__rating").order_by("-created_at", "-id")
    public = {Claim.Status.PUBLISHED, Claim.Status.RETRACTED}
    claims = [claim for claim in claims if editor or claim.status in public]
    return {"claims": claims, "can_make_claims": editor}
