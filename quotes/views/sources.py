from django.shortcuts import get_object_or_404, render

from quotes import selectors
from quotes.models import Source
from quotes.views.caching import public_cache


@public_cache
def source_detail(request, pk):
    """An article's text with each of its public quotes marked, labelled with its
    speaker (a colour per speaker, and a legend) and linked, and readers' notes on the
    quotes' words under their paragraphs; signed-in readers annotate by selecting.

    Models: Source, Quote, Speaker, Annotation. Template: quotes/source_detail.html.
    Context: article (selectors.ArticlePage).
    """
    source = get_object_or_404(Source, pk=pk)
    return render(request, "quotes/source_detail.html", {"article": selectors.article_page(source)})
