"""The speaker page draws quotes per month and the verdicts of checked claims; the front
page shows the latest fact checks beside the latest quotes."""

import datetime

import pytest
from django.core.cache import cache

from quotes import charts
from tests.factories import EditorFactory, QuoteFactory, SpeakerFactory, published_claim

pytestmark = pytest.mark.django_db


def test_the_timeline_has_a_bar_for_every_month_empty_ones_too():
    chart = charts.timeline({datetime.date(2024, 11, 1): (2, 0), datetime.date(2025, 2, 1): (4, 1)})
    assert [bar.title for bar in chart.bars] == [
        "November 2024: 2 quotes",
        "December 2024: 0 quotes",
        "January 2025: 0 quotes",
        "February 2025: 4 quotes, 1 checked",
    ]
    assert [tick.label for tick in chart.ticks] == ["2024", "2025"]
    assert chart.bars[3].height == 2 * chart.bars[0].height
    assert (
        chart.summary
        == "6 quotes from November 2024 to February 2025; the most in February 2025 (4)."
    )


def test_no_dated_quotes_draw_no_timeline():
    assert charts.timeline({}) is None


def test_the_speaker_page_draws_a_labelled_monthly_timeline_and_the_verdicts(client):
    speaker = SpeakerFactory(slug="sp")
    quotes = [QuoteFactory(speaker=speaker, said_on=datetime.date(2025, m, 3)) for m in (1, 1, 3)]
    QuoteFactory(speaker=speaker, said_on=None)
    published_claim(editor=EditorFactory(), quotes=[quotes[0]])
    body = client.get("/speakers/sp/").content.decode()
    figure = body.split('<figure class="timeline">')[1].split("</figure>")[0]
    assert "<title>January 2025: 2 quotes, 1 checked</title>" in figure
    assert "<title>February 2025: 0 quotes</title>" in figure
    assert '<desc id="timeline-desc">3 quotes from January 2025 to March 2025' in figure
    assert "1 undated quote not shown" in figure
    assert 'class="verdict-bar"' in body and "checked claim:" in body
    assert "<meter" not in body


def test_the_front_page_lists_the_latest_fact_checks(client):
    claim = published_claim(editor=EditorFactory(), text="Crime doubled last year")
    checks = client.get("/").content.decode().split('id="checks-heading"')[1].split("</section>")[0]
    assert "Crime doubled last year" in checks and claim.verdict.rating.label in checks


def test_the_front_page_costs_one_query_more_for_its_fact_checks(client, page_queries):
    published_claim(editor=EditorFactory())
    QuoteFactory.create_batch(10)
    client.get("/")  # the data version is made once
    cache.clear()
    assert len(page_queries(client, "/")) == 5  # cold: was 4
    assert len(page_queries(client, "/")) == 2  # warm: as before
