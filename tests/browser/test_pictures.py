"""Pictures where people would rather look than read: the speaker's quotes per month and
verdicts, and the front page's latest fact checks, at both sizes, checked by axe-core."""

import datetime

import pytest

from tests.browser.screens import SIZES, width
from tests.factories import (
    EditorFactory,
    QuoteFactory,
    RatingFactory,
    SpeakerFactory,
    published_claim,
)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def speaker(editors_group):
    speaker = SpeakerFactory(name="Ada Example", slug="ada-example")
    quotes = [
        QuoteFactory(speaker=speaker, said_on=datetime.date(2024 + m // 12, 1 + m % 12, 5))
        for m in range(0, 20)
        for _ in range(1 + (m * 7) % 5)
    ]
    editor = EditorFactory()
    ratings = [RatingFactory(label=label, colour=colour) for label, colour in
               (("True", "#1a7f37"), ("Half true", "#bf8700"), ("False", "#cf222e"))]  # fmt: skip
    for n, quote in enumerate(quotes[:6]):
        published_claim(editor=editor, quotes=[quote], text=f"Claim {n}", rating=ratings[n % 3])
    return speaker


@pytest.mark.parametrize("size", SIZES)
def test_a_reader_sees_the_speakers_quotes_over_time_and_verdicts(
    new_page, speaker, screenshot, axe, size
):
    page = new_page(**SIZES[size])
    page.goto(speaker.get_absolute_url())
    chart = page.locator(".timeline svg")
    assert chart.get_attribute("role") == "img"
    assert page.locator(".timeline svg > g").count() == 20  # January 2024 to August 2025
    assert page.locator(".timeline .tick").all_text_contents() == ["2024", "2025"]
    assert chart.bounding_box()["width"] <= width(SIZES[size])
    assert page.locator(".verdict-bar rect").count() == 3
    assert page.evaluate("document.documentElement.scrollWidth") <= width(SIZES[size])
    axe(page)
    screenshot(page, f"speaker-{size}")


@pytest.mark.parametrize("size", SIZES)
def test_the_front_page_shows_the_latest_fact_checks_beside_the_latest_quotes(
    new_page, speaker, screenshot, axe, size
):
    page = new_page(**SIZES[size])
    page.goto("/")
    checks = page.locator(".latest-checks li")
    assert checks.count() == 5 and "Claim 5" in checks.first.inner_text()
    quotes = page.locator("#latest-heading").bounding_box()
    heading = page.locator("#checks-heading").bounding_box()
    if size == "desktop":
        assert heading["x"] > quotes["x"] + 300 and abs(heading["y"] - quotes["y"]) < 5
    axe(page)
    screenshot(page, f"home-{size}")
