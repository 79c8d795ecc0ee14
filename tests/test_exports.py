"""Every list as JSON and CSV, with the same filters as the page."""

import csv
import io

import pytest

from tests.factories import QuoteFactory, SpeakerFactory, VerdictFactory
from tests.helpers import queries_for

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
def test_exports_cost_the_same_queries_for_5_and_50_rows(client, url):
    for _ in range(5):
        VerdictFactory(claim__status="published").claim.appearances.add(QuoteFactory())
    small = queries_for(client, url)
    for _ in range(45):
        VerdictFactory(claim__status="published").claim.appearances.add(QuoteFactory())
    assert queries_for(client, url) == small
