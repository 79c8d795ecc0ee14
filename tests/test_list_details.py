"""The smaller things a reader notices on the lists: clean addresses, choices instead of
slugs and ids, plain order names, the feed's own address, totals, empty lists."""

import pytest

from tests.factories import (
    EditorFactory,
    QuoteFactory,
    RatingFactory,
    SourceFactory,
    published_claim,
)

pytestmark = pytest.mark.django_db


def test_apply_with_blank_fields_redirects_to_the_address_without_them(client):
    response = client.get("/quotes/?q=talks&date_from=&date_to=&outlet=&kind=&verdict=&order=")
    assert response.status_code == 302 and response["Location"] == "/quotes/?q=talks"
    assert client.get("/quotes/?q=&order=")["Location"] == "/quotes/"
    assert client.get("/quotes/?q=talks").status_code == 200


def test_the_verdict_filter_is_a_choice_of_ratings(client):
    rating = RatingFactory(label="Mostly false", slug="mostly-false")
    quote = QuoteFactory()
    published_claim(editor=EditorFactory(), quotes=[quote], rating=rating)
    QuoteFactory()
    page = client.get("/quotes/").content.decode()
    select = page.split('<select name="verdict" id="id_verdict">')[1].split("</select>")[0]
    assert '<option value="" selected>Any verdict</option>' in select
    assert '<option value="mostly-false">Mostly false</option>' in select
    chosen = client.get("/quotes/", {"verdict": "mostly-false"})
    assert [q.pk for q in chosen.context["search"].page.items] == [quote.pk]
    assert client.get("/quotes/", {"verdict": "nonsense"}).context["search"].page.count == 0


def test_an_article_filter_shows_the_headline_not_an_id(client):
    source = SourceFactory(headline="Budget talks collapse")
    quote = QuoteFactory(source=source)
    QuoteFactory()
    response = client.get("/quotes/", {"source": source.pk})
    page = response.content.decode()
    assert '<label for="chosen-article"><bdi>Budget talks collapse</bdi></label>' in page
    assert 'type="number"' not in page
    assert [q.pk for q in response.context["search"].page.items] == [quote.pk]


def test_the_order_is_named_for_what_it_does(client):
    without = (
        client.get("/quotes/").content.decode().split('id="id_order"')[1].split("</select>")[0]
    )
    assert ">Newest first</option>" in without and "Best" not in without
    with_words = client.get("/quotes/?q=talks").content.decode()
    assert ">Best match first</option>" in with_words.split('id="id_order"')[1]
    assert "newest without words" not in with_words
    assert client.get("/quotes/?order=relevance&q=talks").status_code == 200


def test_the_atom_feeds_own_link_keeps_the_search(client):
    feed = client.get("/quotes/feed/?q=talks&speaker=anna").content.decode()
    assert (
        '<link href="http://testserver/quotes/feed/?q=talks&amp;speaker=anna" rel="self"/>' in feed
    )


@pytest.mark.parametrize(
    "url, message",
    [
        ("/speakers/?q=nobody", "No speaker matches."),
        ("/claims/?q=nothing", "No published claims match."),
        ("/corrections/", "No corrections yet."),
        ("/", "No quotes yet."),
    ],
)
def test_an_empty_list_is_a_sentence_not_item_zero(client, url, message):
    page = client.get(url).content.decode()
    assert f"<p>{message}" in page and f"<li>{message}" not in page
    assert 'start="0"' not in page


def test_pages_say_how_many_there_are(client, monkeypatch):
    monkeypatch.setattr("quotes.selectors.paging.PAGE_SIZE", 2)
    QuoteFactory.create_batch(5)
    page = client.get("/quotes/?page=2").content.decode()
    assert '<span aria-current="page">Page 2 of 3</span>' in page


def test_every_page_has_a_favicon(client):
    assert '<link rel="icon" href="/static/quotes/favicon.svg" type="image/svg+xml">' in (
        client.get("/").content.decode()
    )
    assert client.get("/favicon.ico")["Location"] == "/static/quotes/favicon.svg"
