from django.shortcuts import render

from quotes.models import Quote, Speaker


def home(request):
    """The front page.

    Models: Quote, Speaker. Template: home.html.
    Context: latest (quotes), speakers (most quoted).
    """
    latest = Quote.objects.public().for_list()[:10]
    speakers = Speaker.objects.with_quote_count().filter(quote_count__gt=0)
    speakers = speakers.order_by("-quote_count", "name")[:10]
    return render(request, "home.html", {"latest": latest, "speakers": speakers})
