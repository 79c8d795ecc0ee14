from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import render

from quotes import selectors
from quotes.models import Claim
from quotes.views.caching import public_cache


@public_cache
def claim_list(request):
    """Published claims with their verdicts.

    Models: Claim, Verdict, Rating. Template: quotes/claim_list.html.
    Context: filterset, page.
    """
    filterset, claims = selectors.claim_list(request.GET)
    page = Paginator(claims, selectors.PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "quotes/claim_list.html", {"filterset": filterset, "page": page})


@public_cache
def claim_detail(request, pk):
    """A claim: its verdict, evidence and the quotes where it appears.

    Models: Claim, Verdict, Evidence, Quote. Template: quotes/claim_detail.html.
    Context: claim, verdict (or None).
    """
    try:
        claim = selectors.claim_detail(pk)
    except Claim.DoesNotExist as error:
        raise Http404("No such claim.") from error
    verdict = getattr(claim, "verdict", None)
    return render(request, "quotes/claim_detail.html", {"claim": claim, "verdict": verdict})
