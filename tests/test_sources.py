"""/sources/<id>/: the article with each public quote marked and linked."""

import pytest

from quotes.models import Quote
from tests.factories import AnnotationFactory, QuoteFactory, SourceFactory

pytestmark = pytest.mark.django_db

BODY = 'Opening line.\n"First part of it,\nand the rest," she said. "Second," he said.'


def quote_in(source, fragment, **kwargs):
    start = source.body.index(fragment)
    return QuoteFactory(
        source=source, text=fragment, start=start, end=start + len(fragment), **kwargs
    )


def test_each_quote_is_marked_in_its_speakers_colour_and_labelled_with_a_link_to_it(client):
    source = SourceFactory(body=BODY)
    long = quote_in(source, '"First part of it,\nand the rest,"')
    short = quote_in(source, '"Second,"', paragraph=2)
    body = client.get(source.get_absolute_url()).content.decode()
    assert body.count('<mark class="quote-mark sp-0"') == 2  # one mark per paragraph
    assert f'<mark class="quote-mark sp-1" id="quote-{short.pk}"' in body
    for quote, colour in ((long, "sp-0"), (short, "sp-1")):
        label = f'<a class="speaker-label {colour}" href="/quotes/{quote.pk}/"><bdi>'
        assert body.count(label + quote.speaker.name) == 1  # after the quote's last part
    assert '<p dir="auto">Opening line.</p>' in body


def test_a_legend_names_each_speaker_in_their_colour_with_their_quote_count(client):
    source = SourceFactory(body=BODY)
    long = quote_in(source, '"First part of it,\nand the rest,"')
    quote_in(source, '"Second,"', paragraph=2, speaker=long.speaker)
    legend = client.get(source.get_absolute_url()).content.decode().split("Who is quoted")[1]
    key = '<span class="legend-key sp-0" aria-hidden="true"></span>'
    assert f'{key} <a href="/speakers/{long.speaker.slug}/"' in legend
    assert "2 quotes" in legend.split("</ul>")[0]


def test_readers_notes_are_highlighted_in_the_quote_and_listed_beside_its_paragraph(client):
    source = SourceFactory(body=BODY)
    quote = quote_in(source, '"Second,"', paragraph=2)
    note = AnnotationFactory(quote=quote, start=1, end=7, body="Which second?")
    body = client.get(source.get_absolute_url()).content.decode()
    assert f'data-annotations="{note.pk}">Second</mark>' in body
    assert f'data-offset="0" data-length="{len(quote.text)}"' in body
    aside = body.split('<aside class="margin-notes"')[1].split("</aside>")[0]
    assert "Which second?" in aside and f'href="/quotes/{quote.pk}/#annotation-{note.pk}"' in aside


def test_rejected_quotes_are_not_marked(client):
    source = SourceFactory(body=BODY)
    rejected = quote_in(source, '"Second,"', paragraph=2, status=Quote.Status.REJECTED)
    body = client.get(source.get_absolute_url()).content.decode()
    assert f"/quotes/{rejected.pk}/" not in body


def test_hostile_article_text_is_escaped(client):
    source = SourceFactory(
        headline="<img src=x onerror=alert(1)>", body='Hi <svg onload=alert(1)>\n"Yes," he said.'
    )
    quote_in(source, '"Yes,"')
    body = client.get(source.get_absolute_url()).content.decode()
    assert "<svg" not in body and "<img" not in body


def test_the_page_costs_the_same_queries_for_5_and_50_quotes(client, page_queries):
    few = SourceFactory(body="\n".join(f'"Line {i}," he said.' for i in range(50)))
    for i in range(5):
        quote_in(few, f'"Line {i},"', paragraph=i)
    many = SourceFactory(body=few.body + "\n")
    for i in range(50):
        quote_in(many, f'"Line {i},"', paragraph=i)
    assert len(page_queries(client, few.get_absolute_url())) == 2
    assert len(page_queries(client, many.get_absolute_url())) == 2
    for quote in Quote.objects.filter(source=many):
        AnnotationFactory(quote=quote)
    assert len(page_queries(client, many.get_absolute_url())) == 3  # and the notes
