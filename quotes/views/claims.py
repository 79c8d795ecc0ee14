"""Claim pages, the ClaimReview feed, the corrections log, and making a claim."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_POST, require_safe

from quotes import selectors
from quotes.claimreview import claim_review, ndjson_line, scale_bounds, script_json
from quotes.models import Claim, Correction, Quote
from quotes.permissions import is_editor
from quotes.services.claims import TransitionError, claim_create_from_quotes
from quotes.views.caching import public_cache


def publisher(request) -> dict:
    configured = settings.CLAIMTRACKER_PUBLISHER
    return {"name": configured["name"], "url": configured["url"] or request.build_absolute_uri("/")}


def review_for(request, claim: Claim, bounds) -> dict | None:
    return claim_review(
        claim,
        url=request.build_absolute_uri(claim.get_absolute_url()),
        absolute=request.build_absolute_uri,
        publisher=publisher(request),
        bounds=bounds,
    )


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
    """A claim, its verdict, evidence, appearances and corrections.

    Models: Claim, Verdict, Rating, Evidence, Quote, Correction. Template:
    claims/claim_detail.html. Context: claim, verdict (or None), scale (where the rating
    stands, selectors.Scale, or None), latest_correction, permalink, claimreview_json
    (the ClaimReview, escaped for a <script> block; None unless published), preview (an
    editor viewing an unpublished claim).
    Drafts and claims in review are 404 for everyone but editors.
    """
    claim = get_object_or_404(Claim.objects.for_review(), pk=pk)
    if not claim.is_public and not is_editor(request.user):
        raise Http404("No such claim.")
    review = review_for(request, claim, scale_bounds()) if claim.status == "published" else None
    verdict = getattr(claim, "verdict", None)
    corrections = list(claim.corrections.all())  # newest first
    context = {
        "claim": claim,
        "verdict": verdict,
        "scale": selectors.verdict_scale(verdict),
        "latest_correction": corrections[0] if corrections else None,
        "permalink": request.build_absolute_uri(claim.get_absolute_url()),
        "claimreview_json": mark_safe(script_json(review)) if review else None,  # noqa: S308
        "preview": not claim.is_public,
        "retraction": next((c for c in corrections if c.kind == Correction.Kind.RETRACTION), None),
    }
    return render(request, "claims/claim_detail.html", context)


@require_safe
def claimreview_feed(request):
    """Every published ClaimReview, one JSON object per line, for aggregators.

    Models: Claim and its verdict, appearances and corrections. Retracted reviews are left out.
    """
    claims = Claim.objects.published().for_review().order_by("pk")
    bounds = scale_bounds()

    def lines():
        for claim in claims.iterator(chunk_size=500):
            review = review_for(request, claim, bounds)
            if review:
                yield ndjson_line(review)

    return StreamingHttpResponse(lines(), content_type="application/x-ndjson; charset=utf-8")


@require_safe
def corrections(request):
    """The public log of corrections and retractions, newest first.

    Models: Correction, Claim. Template: claims/corrections.html. Context: page (of corrections).
    """
    log = Correction.objects.for_log().filter(claim__in=Claim.objects.public())
    page = Paginator(log, 50).get_page(request.GET.get("page"))
    return render(request, "claims/corrections.html", {"page": page})


@require_POST
def claim_from_quote(request, pk):
    """An editor turns a quote into a draft claim, then writes its verdict in the admin.

    Models: Quote, Claim. Template: claims/claim_from_quote.html (when the text is missing).
    """
    quote = get_object_or_404(Quote.objects.public().select_related("speaker"), pk=pk)
    if not request.user.is_authenticated:
        return redirect_to_login(quote.get_absolute_url())
    if not is_editor(request.user):
        raise PermissionDenied("Only editors make claims.")
    try:
        claim = claim_create_from_quotes(
            quotes=[quote], text=request.POST.get("text", ""), user=request.user
        )
    except TransitionError as error:
        context = {"quote": quote, "error": str(error), "text": request.POST.get("text", "")}
        return render(request, "claims/claim_from_quote.html", context, status=400)
    messages.success(request, "Draft claim made. Write its verdict and evidence here.")
    return redirect(reverse("admin:quotes_claim_change", args=[claim.pk]))
