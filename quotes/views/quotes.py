from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse

from quotes import selectors
from quotes.models import Quote
from quotes.views.caching import public_cache
from quotes.views.params import facet_links, without_empty


@public_cache
def home(request):
    """The front page: a search box, the latest quotes beside the latest fact checks,
    the most-quoted speakers.

    Models: Quote, Speaker, Claim, Verdict. Template: home.html. Context: latest,
    fact_checks, speakers.
    """
    return render(request, "home.html", vars(selectors.front_page()))


@public_cache
def quote_list(request):
    """Search and filter quotes, with facets.

    Models: Quote. Template: quotes/quote_list.html.
    Context: search (selectors.QuoteSearch), facets (with toggle links),
    speakers (the chosen ones, as (slug, name)). A query with empty parameters
    redirects to the same query without them.
    """
    tidy = without_empty(request.GET)
    if tidy is not None:  # "Apply" sends every blank field: keep the address readable
        return redirect(reverse("quote-list") + tidy)
    search = selectors.quote_search(request.GET, page=request.GET.get("page"), cards=True)
    names = {facet.key: facet.label for facet in search.facets.get("speaker", [])}
    chosen = request.GET.getlist("speaker")
    return render(
        request,
        "quotes/quote_list.html",
        {
            "search": search,
            "facets": facet_links(search.facets, request.GET),
            "speakers": [(slug, names.get(slug, slug)) for slug in chosen],
        },
    )


@public_cache
def quote_detail(request, pk):
    """A quote in its paragraph, with speaker, source, cue, claims and annotations.

    Models: Quote, Speaker, Source, Claim, Annotation. Template: quotes/quote_detail.html.
    Context: quote, context (before, quote, after), claims, can_make_claims, notes
    (selectors.QuotePage).
    """
    try:
        page = selectors.quote_page(pk, request.user)
    except Quote.DoesNotExist as error:
        raise Http404("No such quote.") from error
    return render(request, "quotes/quote_detail.html", vars(page))
