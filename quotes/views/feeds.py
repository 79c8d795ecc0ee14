"""Atom feeds: a speaker's latest quotes, and the latest quotes of any search."""

import datetime

from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape

from quotes import selectors
from quotes.models import Quote, Speaker
from quotes.plain_text import plain_text, search_words
from quotes.views.params import with_params

FEED_SIZE = 30


def _plain(value):
    if isinstance(value, str):
        return plain_text(value)
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


class PlainAtom1Feed(Atom1Feed):
    """Atom that XML 1.0 can carry whatever the rows hold: text saved before it was
    cleaned on entry (quotes.plain_text) would otherwise make the feed a 500."""

    def write(self, outfile, encoding):
        self.feed = {key: _plain(value) for key, value in self.feed.items()}
        self.items = [{key: _plain(value) for key, value in item.items()} for item in self.items]
        super().write(outfile, encoding)


class QuoteFeed(Feed):
    feed_type = PlainAtom1Feed

    def item_title(self, quote):
        who = quote.speaker.name if quote.speaker else "Unattributed"
        return f"{who}: {quote.excerpt}"

    def item_description(self, quote):
        return escape(quote.text)  # Atom says type="html": the text must stay text

    def item_pubdate(self, quote):
        day = quote.said_on or quote.source.published_on
        return datetime.datetime.combine(day, datetime.time(), tzinfo=datetime.UTC)

    def item_author_name(self, quote):
        return quote.speaker.name if quote.speaker else None


class SpeakerFeed(QuoteFeed):
    def get_object(self, request, slug):
        return get_object_or_404(Speaker, slug=slug)

    def title(self, speaker):
        return f"Quotes by {speaker.name} · Claimtracker"

    def link(self, speaker):
        return speaker.get_absolute_url()

    def items(self, speaker):
        quotes = Quote.objects.public().filter(speaker=speaker).for_list()
        return quotes.order_by("-said_on", "-pk")[:FEED_SIZE]


class SearchFeed(QuoteFeed):
    def get_object(self, request):
        return request.GET

    def title(self, params):
        words = search_words(params.get("q", "")).strip()
        return f"Quotes matching “{words}” · Claimtracker" if words else "Quotes · Claimtracker"

    def link(self, params):
        return reverse("quote-list") + with_params(params, order=None)

    def feed_url(self, params):
        """The feed's own address (rel="self"), with the search it follows."""
        return reverse("quote-feed") + with_params(params, order=None)

    def items(self, params):
        return selectors.quote_export(params, order="newest")[1].for_list()[:FEED_SIZE]
