"""Every list as JSON and CSV, with the same filters as the page."""

import csv
import datetime
import io
import time

import pytest
from django.core.signals import request_finished
from django.db import close_old_connections

from tests.factories import QuoteFactory, SpeakerFactory, VerdictFactory

pytestmark = pytest.mark.django_db


def csv_rows(response):
    assert response["Content-Type"].startswith("text/csv")
    text = b"".join(response.streaming_content).decode()
    return list(csv.DictReader(io.StringIO(text)))


def test_quotes_json_has_the_same_filters_and_a_permalink_per_row(client):
    anna = SpeakerFactory(slug="anna", name="Anna")
    quote = QuoteFactory(speaker=anna, words="Grain exports resume")
    QuoteFactory(words="Grain elsewhere")
    data = client.get("/quotes.json", {"q": "grain", "speaker": "anna"}).json()
    assert data["count"] == 1 and data["next"] is None
    [row] = data["results"]
    assert row["id"] == quote.pk and row["speaker"] == "Anna"
    assert row["url"] == f"http://testserver/quotes/{quote.pk}/"


def test_quotes_json_pages_link_to_the_next_page(client, monkeypatch):
    monkeypatch.setattr("quotes.selectors.paging.PAGE_SIZE", 2)
    QuoteFactory.create_batch(3)
    data = client.get("/quotes.json", {"kind": "direct"}).json()
    assert data["next"].endswith("?kind=direct&page=2")
    assert len(client.get(data["next"]).json()["results"]) == 1


def test_quotes_json_reports_invalid_filters_with_no_results(client):
    QuoteFactory()
    data = client.get("/quotes.json", {"date_from": "soon"}).json()
    assert data["results"] == [] and "date_from" in data["errors"]


def test_quotes_csv_streams_every_matching_row_in_the_list_order(client, monkeypatch):
    monkeypatch.setattr("quotes.selectors.paging.PAGE_SIZE", 2)
    quotes = QuoteFactory.create_batch(5, words="Tariffs hurt")
    QuoteFactory(words="Unrelated")
    response = client.get("/quotes.csv", {"q": "tariffs"})
    assert response.streaming
    rows = csv_rows(response)
    assert [int(r["id"]) for r in rows] == sorted((q.pk for q in quotes), reverse=True)


def test_csv_cells_that_look_like_formulas_are_defused(client):
    QuoteFactory(words="=HYPERLINK(1)")
    [row] = csv_rows(client.get("/quotes.csv"))
    assert row["text"].startswith("'=")


@pytest.mark.parametrize("sign", ["\uff1d", "\uff0b", "\uff0d", "\uff20", "\ufe66"])
def test_full_width_formula_signs_are_defused_too(client, sign):
    # Spreadsheets read a full-width equals sign (and its kin) as the ASCII one.
    QuoteFactory(words=f"{sign}HYPERLINK(1)")
    [row] = csv_rows(client.get("/quotes.csv"))
    assert row["text"] == f"'{sign}HYPERLINK(1),"


def test_speakers_and_claims_have_json_and_csv_too(client):
    SpeakerFactory(name="Zed", slug="zed")
    VerdictFactory(claim__status="published", claim__text="Prices doubled")
    assert client.get("/speakers.json", {"q": "zed"}).json()["results"][0]["slug"] == "zed"
    assert [r["slug"] for r in csv_rows(client.get("/speakers.csv"))][-1] == "zed"
    assert client.get("/claims.json").json()["results"][0]["text"] == "Prices doubled"
    assert csv_rows(client.get("/claims.csv"))[0]["text"] == "Prices doubled"


@pytest.mark.parametrize("url", ["/quotes.json", "/quotes.csv", "/speakers.json", "/claims.csv"])
def test_exports_cost_the_same_queries_for_5_and_50_rows(client, url, page_queries):
    for _ in range(5):
        VerdictFactory(claim__status="published").claim.appearances.add(QuoteFactory())
    small = len(page_queries(client, url))
    for _ in range(45):
        VerdictFactory(claim__status="published").claim.appearances.add(QuoteFactory())
    assert len(page_queries(client, url)) == small


def every_page(client, url) -> list[int]:
    """The ids of every row, following the Link headers from `url` to the last page."""
    ids = []
    while url:
        response = client.get(url)
        ids += [int(row["id"]) for row in csv_rows(response)]
        url = response.get("Link", "")[1:].partition(">")[0]
    return ids


@pytest.mark.parametrize("order", ["newest", "oldest"])
def test_a_date_ordered_csv_comes_in_capped_pages_each_starting_after_the_last(
    client, settings, order
):
    settings.EXPORT_MAX_ROWS = 2
    dated = [QuoteFactory(said_on=datetime.date(2025, 1, 1 + n % 3)) for n in range(5)]
    undated = QuoteFactory.create_batch(2, said_on=None)
    first = client.get("/quotes.csv", {"order": order})
    assert first["Link"].startswith(f"<http://testserver/quotes.csv?order={order}&after=")
    ids = every_page(client, f"/quotes.csv?order={order}")
    everything = [int(r["id"]) for r in csv_rows(client.get("/quotes.csv", {"order": order}))]
    settings.EXPORT_MAX_ROWS = 100
    in_one = [int(r["id"]) for r in csv_rows(client.get("/quotes.csv", {"order": order}))]
    assert ids == in_one and len(everything) == 2  # every row once, in the list's order
    assert sorted(ids) == sorted(q.pk for q in dated + undated)


def test_a_best_first_csv_pages_by_number(client, settings):
    settings.EXPORT_MAX_ROWS = 2
    quotes = QuoteFactory.create_batch(5, words="Tariffs hurt")
    first = client.get("/quotes.csv", {"q": "tariffs"})
    assert first["Link"] == '<http://testserver/quotes.csv?q=tariffs&page=2>; rel="next"'
    assert sorted(every_page(client, "/quotes.csv?q=tariffs")) == sorted(q.pk for q in quotes)


def test_a_malformed_page_key_gives_the_first_page(client, settings):
    settings.EXPORT_MAX_ROWS = 2
    QuoteFactory.create_batch(3)
    first = [r["id"] for r in csv_rows(client.get("/quotes.csv"))]
    for after in ["x", "2025-13-45~3", "~" + "9" * 40, "2025-01-01~-1"]:
        assert [r["id"] for r in csv_rows(client.get("/quotes.csv", {"after": after}))] == first


@pytest.mark.parametrize(
    "url",
    [
        "/quotes.csv",
        "/quotes.json",
        "/quotes/feed/",
        "/quotes/feed/?q=point",
        "/claims/claimreview.ndjson",
        "/claims.csv",
    ],
)
def test_no_export_or_feed_reads_the_articles_text(client, url, page_queries, editor):
    from tests.factories import published_claim

    published_claim(editor=editor, quotes=[QuoteFactory(words="Point one")])
    feed = client.get("/speakers/" + QuoteFactory().speaker.slug + "/feed/")
    assert feed.status_code == 200
    statements = page_queries(client, url)
    assert not [sql for sql in statements if '"body"' in sql], url


@pytest.mark.parametrize(
    "url", ["/quotes.csv", "/quotes.json", "/quotes/feed/", "/claims/claimreview.ndjson"]
)
def test_an_address_that_downloads_too_often_waits_and_others_do_not(client, reader, settings, url):
    settings.EXPORT_RATES = ["2/m"]
    settings.TRUSTED_PROXY_COUNT = 1  # behind the documented proxy
    QuoteFactory()
    crawler = {"headers": {"x-forwarded-for": "203.0.113.9"}}

    def get(**headers):
        response = client.get(url, **headers)
        if response.streaming:  # read to the end, as a download is
            b"".join(response.streaming_content)
        return response

    assert [get(**crawler).status_code for _ in range(2)] == [200, 200]
    refused = get(**crawler)
    assert refused.status_code == 429 and 1 <= int(refused["Retry-After"]) <= 60
    assert b"Too many downloads" in refused.content
    assert get(headers={"x-forwarded-for": "198.51.100.4"}).status_code == 200
    client.force_login(reader)
    assert get(**crawler).status_code == 200  # signed in: not limited


def test_while_every_stream_slot_is_taken_a_download_waits_its_turn(client, settings):
    settings.EXPORT_STREAMS = 1
    QuoteFactory.create_batch(3)
    first = client.get("/quotes.csv")  # streaming: holds the slot until it is read
    busy = client.get("/claims/claimreview.ndjson")
    assert busy.status_code == 503 and busy["Retry-After"] == "5"
    assert b"busy with other downloads" in busy.content
    assert client.get("/quotes.json").status_code == 200  # a page, not a stream
    assert len(csv_rows(first)) == 3  # read to the end: the slot is given back
    assert client.get("/claims/claimreview.ndjson").status_code == 200


def test_a_stream_the_reader_abandons_gives_its_slot_back(client, settings):
    settings.EXPORT_STREAMS = 1
    QuoteFactory.create_batch(3)
    abandoned = client.get("/quotes.csv")
    # The reader went away before reading it: the server closes the response. (Around
    # it, what the test client does: a test's database connection must stay open.)
    request_finished.disconnect(close_old_connections)
    try:
        abandoned.close()
    finally:
        request_finished.connect(close_old_connections)
    assert client.get("/quotes.csv").status_code == 200


def test_a_stream_waits_between_its_chunks_so_pages_keep_the_cores(client, settings, monkeypatch):
    from quotes.views import limits

    pauses = []
    monkeypatch.setattr(limits, "_pause", pauses.append)
    settings.EXPORT_CPU_SHARE = 0.25
    QuoteFactory.create_batch(3)
    assert len(csv_rows(client.get("/quotes.csv"))) == 3
    assert pauses  # the download's own path paused, chunk by chunk

    def slow_chunks():  # each chunk takes 20 ms to make
        for chunk in (b"a", b"b", b"c"):
            time.sleep(0.02)
            yield chunk

    pauses.clear()
    assert b"".join(limits._SlotStream(slow_chunks(), slot=None)) == b"abc"
    # a quarter of the time making, three quarters waiting: 60 ms after each 20 ms
    assert len(pauses) == 3 and all(0.06 <= pause < 0.2 for pause in pauses)
    settings.EXPORT_CPU_SHARE = 1
    pauses.clear()
    assert b"".join(limits._SlotStream(slow_chunks(), slot=None)) == b"abc"
    assert pauses == []  # 1: no pacing


def test_a_cpu_share_outside_zero_to_one_is_refused_at_start():
    from tests.test_settings import PRODUCTION, run

    for share in ("0", "1.5", "-1"):
        result = run("manage.py", "check", **PRODUCTION, EXPORT_CPU_SHARE=share)
        assert result.returncode == 2, share
        assert "EXPORT_CPU_SHARE" in result.stderr and "Traceback" not in result.stderr
