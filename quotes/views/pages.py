from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_safe

from quotes.models import Claim, Quote, Source, Speaker


def home(request):
    """The front page.

    Models: Quote, Speaker. Template: home.html.
    Context: latest (quotes), speakers (most quoted).
    """
    latest = Quote.objects.public().for_list()[:10]
    speakers = Speaker.objects.with_quote_count().filter(quote_count__gt=0)
    speakers = speakers.order_by("-quote_count", "name")[:10]
    return render(request, "home.html", {"latest": latest, "speakers": speakers})


# Minimal stand-ins for the public site's pages (issue 5, built on another branch),
# so claims and annotations have somewhere to live; the site's versions replace
# them at merge, keeping the partials they include.


@require_safe
def quote_detail(request, pk):
    """A quote in its paragraph, its claims and its readers' notes.

    Models: Quote. Template: quotes/quote_detail.html. Context: quote.
    """
    quote = get_object_or_404(Quote.objects.public().for_list(), pk=pk)
    return render(request, "quotes/quote_detail.html", {"quote": quote})


@require_safe
def speaker_detail(request, slug):
    """A speaker and their record of checked claims.

    Models: Speaker. Template: quotes/speaker_detail.html. Context: speaker.
    """
    speaker = get_object_or_404(Speaker, slug=slug)
    return render(request, "quotes/speaker_detail.html", {"speaker": speaker})


@require_safe
def source_detail(request, pk):
    """An article as imported.

    Models: Source. Template: quotes/source_detail.html. Context: source.
    """
    source = get_object_or_404(Source, pk=pk)
    return render(request, "quotes/source_detail.html", {"source": source})


@require_safe
def claim_list(request):
    """Published and retracted claims, newest first.

    Models: Claim, Verdict, Rating. Template: claims/claim_list.html. Context: page.
    """
    claims = Claim.objects.published().select_related("claimant", "verdict__rating")
    page = Paginator(claims, 50).get_page(request.GET.get("page"))
    return render(request, "claims/claim_list.html", {"page": page})
