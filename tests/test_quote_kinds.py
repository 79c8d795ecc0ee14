"""Terms in quotation marks stay out of everything readers see; reported speech is
shown as reported."""

import pytest

from quotes.models import Quote
from tests.factories import EditorFactory, QuoteFactory, SpeakerFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def term():
    return QuoteFactory(words="reforms", kind=Quote.Kind.TERM, speaker=SpeakerFactory(slug="sp"))


def test_a_term_in_quotation_marks_is_in_no_public_list_count_facet_feed_or_export(client, term):
    statement = QuoteFactory(words="The reforms will pass", speaker=term.speaker)
    pages = [
        "/",
        "/quotes/",
        "/quotes/?q=reforms",
        "/quotes.json?q=reforms",
        "/quotes.csv",
        "/quotes/feed/?q=reforms",
        "/speakers/sp/",
        "/speakers/sp/feed/",
    ]
    for url in pages:
        response = client.get(url)
        body = response.streaming_content if response.streaming else [response.content]
        text = b"".join(body).decode()
        assert f"/quotes/{statement.pk}/" in text, url
        assert f"/quotes/{term.pk}/" not in text, url
    article = client.get(f"/sources/{term.source_id}/").content.decode()
    assert f"/quotes/{term.pk}/" not in article and "0 quotes" in article
    search = client.get("/quotes/?q=reforms").context["search"]
    assert search.page.count == 1
    assert all(f.key != "term" for f in search.facets["kind"])
    assert client.get(term.get_absolute_url()).status_code == 404
    assert "1 quote" in client.get("/speakers/").content.decode()


def test_editors_see_terms_in_the_admin_and_can_filter_by_them(client, term):
    client.force_login(EditorFactory())
    page = client.get("/admin/quotes/quote/?kind__exact=term").content.decode()
    assert "reforms," in page and "Term in quotation marks" in page


def test_the_kind_filter_offers_no_terms(client):
    page = client.get("/quotes/").content.decode()
    assert 'value="indirect"' in page and 'value="term"' not in page


def test_reported_speech_is_labelled_as_reported_and_not_set_as_a_quotation(client):
    QuoteFactory(words="the talks had stalled", kind=Quote.Kind.INDIRECT)
    QuoteFactory(words="We are close", kind=Quote.Kind.DIRECT)
    page = client.get("/quotes/").content.decode()
    reported = page.split('<p class="reported">')[1].split("</p>")[0]
    assert "Reported speech" in reported and "the talks had stalled" in reported
    assert '<blockquote><p dir="auto">We are close,' in page


def test_reported_speech_is_cited_as_reported_not_in_quotation_marks(client):
    quote = QuoteFactory(words="the talks had stalled", kind=Quote.Kind.INDIRECT)
    cite = client.get(quote.get_absolute_url()).content.decode().split("<cite>")[1]
    assert cite.startswith(f"<bdi>{quote.speaker.name}</bdi>, in reported speech: ")
    assert "“<bdi>the talks" not in cite
