"""/sources/<id>/: the article with each public quote marked and linked."""

import pytest

from quotes.models import Quote
from tests.factories import QuoteFactory, SourceFactory

pytestmark = pytest.mark.django_db

BODY = 'Opening line.\n"First part of it,\nand the rest," she said. "Second," he said.'


def quote_in(source, fragment, **kwargs):
    start = source.body.index(fragment)
    return QuoteFactory(
        source=source, text=fragment, start=start, end=start + len(fragment), **kwargs
    )


def test_each_quote_is_marked_and_links_to_its_page_even_across_paragraphs(client):
    source = SourceFactory(body=BODY)
    long = quote_in(source, '"First part of it,\nand the rest,"')
    short = quote_in(source, '"Second,"', paragraph=2)
    body = client.get(source.get_absolute_url()).content.decode()
    assert body.count(f'href="/quotes/{long.pk}/"') >= 2  # one mark per paragraph
    assert f'<a class="quote-mark" href="/quotes/{short.pk}/"' in body
    assert '<p dir="auto">Opening line.</p>' in body


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
