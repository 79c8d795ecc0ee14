"""The quote cards of list pages (quotes/views/cards.py)."""

import datetime

import pytest
from django.utils import dateformat, translation

from quotes.views.cards import short_date
from tests.factories import QuoteFactory, SpeakerFactory

pytestmark = pytest.mark.django_db


def test_a_card_links_its_speaker_source_and_quote(client):
    quote = QuoteFactory(
        speaker=SpeakerFactory(name="Ines Schwarz"), cue="said", said_on=datetime.date(2026, 3, 4)
    )
    html = client.get("/quotes/").content.decode()
    slug = quote.speaker.slug
    assert f'<a class="speaker-chip" dir="auto" href="/speakers/{slug}/">Ines Schwarz</a>' in html
    assert '<span class="cue" dir="auto">said</span>' in html
    source = quote.source
    assert f'<a href="/sources/{source.pk}/" dir="auto">{source.headline}</a>' in html
    assert '<time datetime="2026-03-04">4 Mar 2026</time>' in html
    assert f'<a href="/quotes/{quote.pk}/" class="permalink">Quote #{quote.pk}<span' in html


def test_a_card_without_speaker_or_date_says_so(client):
    QuoteFactory(speaker=None, said_on=None, cue="")
    html = client.get("/quotes/").content.decode()
    assert '<span class="unattributed">Unattributed</span>' in html
    assert "<time" not in html
    assert 'class="cue"' not in html


@pytest.mark.parametrize("language", ["en-gb", "de"])
def test_the_card_date_reads_as_the_date_filter_does(language):
    days = [datetime.date(2026, month, month + 10) for month in range(1, 13)]
    days += [datetime.date(987, 6, 1), datetime.date(2000, 1, 1)]
    with translation.override(language):
        for day in days:
            assert short_date(day) == dateformat.format(day, "j M Y")
