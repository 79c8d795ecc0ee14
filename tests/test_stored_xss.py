"""Stored XSS: hostile markup in an imported headline, quote and speaker name (and in a
claim and a reader's note) comes back inert from every output the site has."""

import csv
import io
import json
import re

import pytest
from django.urls import reverse

from quotes.models import Quote, Source, Speaker
from tests.factories import published_claim
from tests.importing import article, run_import, write

pytestmark = pytest.mark.django_db

PAYLOADS = ["<script>alert(1)</script>", "<img src=x onerror=alert(2)>", '"><svg onload=alert(3)>']
# What must never reach a browser as markup: an opening tag of any payload.
RAW = re.compile(r"<script>alert|<img src=x onerror|<svg onload", re.IGNORECASE)
HOSTILE_NAME = f"Anna {PAYLOADS[2]} Lindqvist"

HOSTILE = article(
    "Ministers met on Sunday to discuss the ceasefire.",
    f'"{PAYLOADS[0]} Ceasefire talks collapsed {PAYLOADS[1]} tonight," Anna Lindqvist said.',
    headline=f"Ceasefire {PAYLOADS[0]} talks {PAYLOADS[1]} collapse {PAYLOADS[2]}",
)


@pytest.fixture
def hostile(tmp_path, editor):
    outcome = run_import(write(tmp_path, "hostile.txt", HOSTILE))
    assert not outcome.failed, outcome.stderr
    quote = Quote.objects.select_related("speaker", "source").get(location="body")
    # Stored verbatim: escaping is the output's job, not the importer's.
    assert PAYLOADS[0] in quote.text and PAYLOADS[1] in quote.source.headline
    Speaker.objects.filter(pk=quote.speaker_id).update(name=HOSTILE_NAME)
    claim = published_claim(editor=editor, quotes=[quote], text=f"Talks {PAYLOADS[0]} collapsed")
    quote.refresh_from_db()
    return quote, claim


def html_of(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def assert_inert(text, where):
    found = RAW.search(text)
    assert found is None, f"{where}: live markup {found.group(0)!r}"


def test_every_public_page_shows_the_hostile_text_escaped(client, hostile):
    quote, claim = hostile
    pages = {
        "search": reverse("quote-list") + "?q=ceasefire",
        "search, newest first": reverse("quote-list") + "?q=ceasefire&order=newest",
        "quote": quote.get_absolute_url(),
        "article": quote.source.get_absolute_url(),
        "speaker": quote.speaker.get_absolute_url(),
        "speakers": reverse("speaker-list") + "?q=Lindqvist",
        "home": reverse("home"),
        "claim": claim.get_absolute_url(),
        "claims": reverse("claim-list"),
    }
    for name, url in pages.items():
        page = html_of(client, url)
        assert_inert(page, name)
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page or "&lt;svg" in page, name


def test_the_search_snippet_marks_hits_and_nothing_else(client, hostile):
    page = html_of(client, reverse("quote-list") + "?q=ceasefire")
    assert "<mark>Ceasefire</mark>" in page or "<mark>ceasefire</mark>" in page.lower()
    assert_inert(page, "snippet")


def test_the_admin_shows_the_hostile_text_escaped(editor_client, hostile):
    quote, claim = hostile
    pages = [
        reverse("admin:quotes_quote_changelist"),
        reverse("admin:quotes_quote_change", args=[quote.pk]),
        reverse("admin:quotes_speaker_changelist"),
        reverse("admin:quotes_speaker_change", args=[quote.speaker_id]),
        reverse("admin:quotes_source_changelist"),
        reverse("admin:quotes_source_change", args=[quote.source_id]),
        reverse("admin:quotes_claim_changelist"),
        reverse("admin:quotes_claim_change", args=[claim.pk]),
    ]
    for url in pages:
        assert_inert(html_of(editor_client, url), url)


def test_json_exports_carry_the_text_as_data_never_as_html(client, hostile):
    for name in ["quote-export", "speaker-export", "claim-export"]:
        response = client.get(reverse(name, args=["json"]))
        assert response["Content-Type"].startswith("application/json")
        assert response["X-Content-Type-Options"] == "nosniff"
        data = json.loads(response.content)
        assert any(
            PAYLOADS[0] in json.dumps(row) or PAYLOADS[2] in json.dumps(row)
            for row in data["results"]
        ), name


def test_csv_exports_are_downloads_with_the_text_as_a_cell(client, hostile):
    response = client.get(reverse("quote-export", args=["csv"]))
    assert response["Content-Type"].startswith("text/csv")
    assert response["Content-Disposition"].startswith("attachment")
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert any(PAYLOADS[0] in cell for row in rows for cell in row.values())


def test_atom_feeds_escape_the_text(client, hostile):
    quote, _ = hostile
    for url in [
        reverse("quote-feed") + "?q=ceasefire",
        reverse("speaker-feed", args=[quote.speaker.slug]),
    ]:
        response = client.get(url)
        assert response["Content-Type"].startswith("application/atom+xml")
        assert_inert(response.content.decode(), url)


def test_the_claimreview_json_ld_cannot_break_out_of_its_script_block(client, hostile):
    _, claim = hostile
    page = html_of(client, claim.get_absolute_url())
    blocks = re.findall(r'<script type="application/ld\+json"[^>]*>(.*?)</script>', page, re.S)
    assert len(blocks) == 1
    assert "<" not in blocks[0] and ">" not in blocks[0]
    review = json.loads(blocks[0])
    assert PAYLOADS[0] in review["claimReviewed"]
    feed = client.get(reverse("claimreview-feed"))
    line = b"".join(feed.streaming_content).decode().splitlines()[0]
    assert PAYLOADS[0] in json.loads(line)["claimReviewed"]


def test_annotation_json_ld_carries_a_hostile_note_as_data(reader_client, hostile):
    quote, _ = hostile
    response = reader_client.post(
        reverse("annotation-create", args=[quote.pk]),
        {"exact": "Ceasefire talks", "body": PAYLOADS[1], "motivation": "commenting"},
    )
    assert response.status_code == 302
    page = html_of(reader_client, quote.get_absolute_url())
    assert_inert(page, "quote page with a note")
    assert "&lt;img src=x onerror=alert(2)&gt;" in page
    collection = reader_client.get(reverse("quote-annotations", args=[quote.pk]))
    assert collection["Content-Type"].startswith("application/ld+json")
    assert PAYLOADS[1] in collection.content.decode()


def test_the_source_keeps_the_hostile_text_verbatim(hostile):
    quote, _ = hostile
    source = Source.objects.get()
    assert source.body[quote.start : quote.end].startswith(f'"{PAYLOADS[0]}')
