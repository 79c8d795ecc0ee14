from django.shortcuts import get_object_or_404, render

from quotes import selectors
from quotes.models import Source
from quotes.views.caching import public_cache


@public_cache
def source_detail(request, pk):
    """An article's text with each of its public quotes marked and linked.

    Models: Source, Quote. Template: quotes/source_detail.html.
    Context: source, paragraphs (lists of selectors.Segment), quotes.
    """
    source = get_object_or_404(Source, pk=pk)
    quotes = selectors.source_quotes(source)
    paragraphs = selectors.marked_paragraphs(source.body, quotes)
    return render(
        request,
        "quotes/source_detail.html",
        {"source": source, "paragraphs": paragraphs, "quotes": quotes},
    )
