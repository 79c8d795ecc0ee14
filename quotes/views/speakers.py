from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import render

from quotes import selectors
from quotes.models import Speaker
from quotes.views.caching import public_cache


@public_cache
def speaker_list(request):
    """Speakers, with a name search that tolerates typos, and the closest names when
    it finds nobody.

    Models: Speaker. Template: quotes/speaker_list.html. Context: filterset, page,
    suggestions.
    """
    filterset, speakers = selectors.speaker_list(request.GET)
    page = Paginator(speakers, selectors.PAGE_SIZE).get_page(request.GET.get("page"))
    selectors.add_quote_counts(page.object_list)
    suggestions = [] if page.object_list else selectors.speaker_suggestions(filterset)
    context = {"filterset": filterset, "page": page, "suggestions": suggestions}
    return render(request, "quotes/speaker_list.html", context)


@public_cache
def speaker_detail(request, slug):
    """A speaker's aliases, quotes over time, claim record and latest quotes.

    Models: Speaker, SpeakerAlias, Quote, Claim. Template: quotes/speaker_detail.html.
    Context: record (selectors.SpeakerRecord).
    """
    try:
        record = selectors.speaker_record(slug, page=request.GET.get("page"))
    except Speaker.DoesNotExist as error:
        raise Http404("No such speaker.") from error
    return render(request, "quotes/speaker_detail.html", {"record": record})
