"""Characters XML 1.0 cannot carry, other controls and the highlighter's sentinels:
cleaned where text enters (importer, admin, every save) and in the words searched
for, so every output format serves such text, and feeds survive rows saved before."""

import csv
import io
import json
import re
import xml.etree.ElementTree as ET

import pytest
from django.urls import reverse

from quotes.importing import import_files
from quotes.models import Quote, Source, Speaker
from quotes.plain_text import plain_text
from tests.factories import QuoteFactory, SpeakerFactory, published_claim
from tests.html import parse
from tests.importing import article

pytestmark = pytest.mark.django_db
CONTROLS = "\x01\x02\x08\x0b\x0c\x0e\x1b\x1f\x7f\x85\x9f\ufffe\uffff"
SENTINELS = "\ue000\ue001"
# What must never be served: what XML 1.0 cannot carry, and the sentinels.
UNSERVABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ue000\ue001]")
HOSTILE = "Grain\x01deal\x0bnow\x1f \ue000boom\ue001 done\x7f"


def served(response) -> str:
    assert response.status_code == 200, response.status_code
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return body.decode()


class TestCleaning:
    def test_each_unwanted_character_becomes_one_character(self):
        cleaned = plain_text(f"a{CONTROLS}{SENTINELS}b")
        assert len(cleaned) == len(CONTROLS) + len(SENTINELS) + 2
        assert not UNSERVABLE.search(cleaned)

    def test_word_separators_become_spaces_and_the_rest_replacement_characters(self):
        assert plain_text("one\x0btwo\x0cthree\x1ffour\x85five") == "one two three four five"
        assert plain_text("a\x01b\ue000c") == "a\ufffdb\ufffdc"

    def test_ordinary_text_is_unchanged(self):
        text = "Tab\there,\nnew line,\r\n«Ünïcödé» ‘quotes’ — 日本語 עברית \u202e \U0001f600"
        assert plain_text(text) == text


class TestWhereTextEnters:
    def test_the_importer_cleans_article_files_and_keeps_offsets_right(self, tmp_path):
        data = article(
            '"We will sign\x01 the \ue000grain\ue001 deal\x0b now," Anna Lindqvist said.',
            headline="Talks\x1f resume",
        )
        path = tmp_path / "hostile.txt"
        path.write_bytes(data)
        list(import_files([path]))
        source = Source.objects.get()
        quote = Quote.objects.get()
        assert not UNSERVABLE.search(source.headline + source.body + quote.text)
        assert source.headline == "Talks  resume"
        assert quote.text in source.body
        assert source.body[quote.start : quote.end].strip('"').startswith("We will sign\ufffd")

    def test_the_other_input_kinds_clean_their_text_too(self, tmp_path):
        line = {
            "headline": "Talks\x1f resume",
            "date": "2025-06-01",
            "body": '"We will sign\x01 the deal now," Anna Lindqvist said.',
        }
        path = tmp_path / "dump.jsonl"
        path.write_text(json.dumps(line) + "\n")
        list(import_files([path]))
        source = Source.objects.get()
        assert not UNSERVABLE.search(source.headline + source.body)
        assert not UNSERVABLE.search(Quote.objects.get().text)

    def test_an_editor_saving_a_quote_in_the_admin_stores_it_cleaned(self, editor_client):
        quote = QuoteFactory()
        data = {
            "text": HOSTILE,
            "kind": "direct",
            "status": "unreviewed",
            "speaker": quote.speaker_id,
            "speaker_mention": "the\x01 minister",
            "cue": "said\ue000",
            "said_on": "2025-12-14",
            "tags": [],
        }
        url = reverse("admin:quotes_quote_change", args=[quote.pk])
        assert editor_client.post(url, data).status_code == 302
        quote.refresh_from_db()
        assert quote.text.startswith("Grain\ufffddeal now") and "\ufffdboom\ufffd" in quote.text
        assert not UNSERVABLE.search(quote.text)
        assert not UNSERVABLE.search(quote.speaker_mention + quote.cue)
        assert not UNSERVABLE.search(quote.history.latest().text)

    def test_an_editor_saving_a_speaker_in_the_admin_stores_it_cleaned(self, editor_client):
        speaker = SpeakerFactory(name="Anna Lindqvist", slug="anna-lindqvist")
        data = {
            "name": "Anna\x01 Lindqvist",
            "slug": "anna-lindqvist",
            "kind": "person",
            "description": "Minister\ue000 for\x1f grain",
            "wikidata_id": "",
            "aliases-TOTAL_FORMS": "0",
            "aliases-INITIAL_FORMS": "0",
        }
        url = reverse("admin:quotes_speaker_change", args=[speaker.pk])
        assert editor_client.post(url, data).status_code == 302
        speaker.refresh_from_db()
        assert not UNSERVABLE.search(speaker.name + speaker.description)

    def test_every_service_save_is_cleaned_too(self, editor):
        claim = published_claim(editor=editor, text=f"Prices\x01 fell {SENTINELS}")
        claim.refresh_from_db()
        assert claim.text == "Prices\ufffd fell \ufffd\ufffd"
        assert not UNSERVABLE.search(claim.verdict.explanation)


@pytest.fixture
def hostile(editor):
    """A speaker, quote and published claim whose every text field was written
    with hostile characters, saved as the admin and the services save."""
    speaker = SpeakerFactory(name=f"Anna{CONTROLS} Lindqvist", slug="anna")
    quote = QuoteFactory(speaker=speaker, words=HOSTILE, cue="said\x01")
    quote.source.headline = f"Talks{CONTROLS}resume"
    quote.source.save()
    return published_claim(
        editor=editor, quotes=[quote], text=HOSTILE, explanation=f"Because{CONTROLS}."
    )


def old_rows_with_hostile_text():
    """Rows written before text was cleaned on entry: straight to the table."""
    speaker = SpeakerFactory(slug="anna")
    quote = QuoteFactory(speaker=speaker)
    Speaker.objects.filter(pk=speaker.pk).update(name=f"Anna{CONTROLS}{SENTINELS}")
    Quote.objects.filter(pk=quote.pk).update(text=HOSTILE, cue="said\x01")
    Source.objects.filter(pk=quote.source_id).update(headline=f"Talks{CONTROLS}")
    return quote


PAGES = {
    "HTML search": "/quotes/?q=grain",
    "HTML list": "/quotes/",
    "HTML speaker": "/speakers/anna/",
    "HTML speakers": "/speakers/",
    "JSON quotes": "/quotes.json",
    "JSON speakers": "/speakers.json",
    "JSON claims": "/claims.json",
    "CSV quotes": "/quotes.csv",
    "CSV speakers": "/speakers.csv",
    "CSV claims": "/claims.csv",
    "Atom search": "/quotes/feed/?q=grain",
    "Atom speaker": "/speakers/anna/feed/",
    "NDJSON ClaimReview": "/claims/claimreview.ndjson",
}


@pytest.mark.parametrize("url", PAGES.values(), ids=PAGES.keys())
def test_every_output_format_serves_text_saved_with_hostile_characters(client, hostile, url):
    body = served(client.get(url))
    assert "Grain" in body or "Anna" in body
    assert not UNSERVABLE.search(body)
    parse_as(url, body)


def test_the_quote_claim_and_source_pages_serve_it(client, hostile):
    quote = hostile.appearances.get()
    pages = [quote.get_absolute_url(), hostile.get_absolute_url(), f"/sources/{quote.source_id}/"]
    for url in pages:
        body = served(client.get(url))
        assert not UNSERVABLE.search(body) and "Grain" in body


def test_the_claimreview_json_ld_carries_it_as_json(client, hostile):
    page = parse(served(client.get(hostile.get_absolute_url())))
    [markup] = [text for kind, text in page.scripts if kind == "application/ld+json"]
    review = json.loads(markup)
    assert review["claimReviewed"].startswith("Grain\ufffddeal now")
    assert not UNSERVABLE.search(markup)
    assert review["itemReviewed"]["author"]["name"] == plain_text(f"Anna{CONTROLS} Lindqvist")


def test_a_quotes_own_sentinels_are_never_turned_into_marks(client, hostile):
    body = served(client.get("/quotes/", {"q": "grain"}))
    assert "<mark>boom</mark>" not in body
    assert "<mark>Grain</mark>" in body or "<mark>grain</mark>" in body.lower()


@pytest.mark.parametrize("url", ["/quotes/feed/", "/speakers/anna/feed/"])
def test_feeds_survive_rows_saved_before_text_was_cleaned(client, url):
    old_rows_with_hostile_text()
    body = served(client.get(url))
    assert not UNSERVABLE.search(body)
    assert ET.fromstring(body.encode()).find("{http://www.w3.org/2005/Atom}entry") is not None


@pytest.mark.parametrize("url", [u for u in PAGES.values() if "feed" not in u])
def test_other_formats_serve_rows_saved_before_text_was_cleaned(client, url):
    old_rows_with_hostile_text()
    served(client.get(url))


SEARCHES = [
    "/quotes/", "/quotes.json", "/quotes.csv", "/quotes/feed/",
    "/speakers/", "/speakers.json", "/speakers.csv",
    "/claims/", "/claims.json", "/claims.csv",
]  # fmt: skip


@pytest.mark.parametrize("char", ["%00", "%01", "%0B", "%1F", "%EE%80%80", "%EF%BF%BE"])
@pytest.mark.parametrize("url", SEARCHES)
def test_hostile_words_searched_for_are_cleaned_in_every_format(client, url, char, editor):
    QuoteFactory(words="Grain deal", speaker=SpeakerFactory(name="Grain Board"))
    published_claim(editor=editor, text="Grain prices fell")
    body = served(client.get(f"{url}?q={char}grain{char}"))
    assert not UNSERVABLE.search(body)
    parse_as(url, body)
    assert "grain" in body.lower()  # the words still search: the character is a space


def parse_as(url: str, body: str) -> None:
    """The body parses as the format it claims to be."""
    if "feed" in url:
        ET.fromstring(body.encode())
    elif url.endswith(".ndjson"):
        [json.loads(line) for line in body.splitlines()]
    elif ".json" in url:
        json.loads(body)
    elif ".csv" in url:
        list(csv.reader(io.StringIO(body)))
